"""The dialogs for getting the equipment checklist onto paper: print preview and "save as PDF"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from caregiver_app.report import checklist as report
from caregiver_app.services.equipment import Catalogue


def _tr(text: str) -> str:
    return QCoreApplication.translate("EquipmentOutput", text)


def show_print_preview(
    parent: QWidget, person_id: int, catalogue: Catalogue, only_wanted: bool
) -> None:
    """Preview the checklist and print it from the preview (margins as on the PDF)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    margin = report.MARGIN_MM
    printer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print the equipment checklist"))
    dialog.paintRequested.connect(
        lambda device: report.print_checklist(device, person_id, catalogue, only_wanted)
    )
    dialog.exec()


def ask_pdf_path(parent: QWidget, suggested_name: str) -> Path | None:
    """Where to save the PDF (suggested in the Documents folder); None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = "".join(c for c in suggested_name if c not in '\\/:*?"<>|').strip() or "checklist"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Save the checklist as PDF"),
        str(Path(folder) / f"{name}.pdf"),
        _tr("PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(path.suffix + ".pdf")
