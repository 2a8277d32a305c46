"""Getting the equipment checklist onto paper: the Print and PDF menus, the print preview, the
"save as PDF" dialog, and writing the PDF off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from caregiver_app.report import checklist as report
from caregiver_app.services.equipment import Catalogue
from caregiver_app.ui import prompts, tasks
from caregiver_app.ui.service_text import error_text
from caregiver_app.words import tr


def output_menu(parent: QWidget, action: Callable[[bool], None]) -> QMenu:
    """What to put on paper: `action(False)` for everything, `action(True)` for the shopping list."""
    menu = QMenu(parent)
    menu.addAction(tr("Everything on the checklist"), lambda: action(False))
    menu.addAction(tr("Shopping list (might help and ordered)"), lambda: action(True))
    return menu


def show_print_preview(
    parent: QWidget, person_id: int, catalogue: Catalogue, only_wanted: bool
) -> None:
    """Preview the checklist and print it from the preview (margins as on the PDF)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    margin = report.MARGIN_MM
    printer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(tr("Print the equipment checklist"))
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
        tr("Save the checklist as PDF"),
        str(Path(folder) / f"{name}.pdf"),
        tr("PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(path.suffix + ".pdf")


def write_pdf(
    parent: QWidget,
    person_id: int,
    catalogue: Catalogue,
    path: Path,
    only_wanted: bool,
    paper: str,
    show_message: Callable[[str], None],
) -> None:
    """Write the checklist PDF off the GUI thread; `show_message` says how it is going, and a
    warning explains a failure."""
    show_message(tr("Saving the PDF…"))

    def job() -> None:
        report.write_checklist_pdf(person_id, path, only_wanted, paper, catalogue)

    def done(_result: object) -> None:
        show_message(tr("Saved %1").replace("%1", path.name))

    def failed(exc: BaseException) -> None:
        show_message("")
        prompts.warn(
            parent,
            tr("The PDF was not saved"),
            tr("Could not write %1:\n%2").replace("%1", str(path)).replace("%2", error_text(exc)),
        )

    tasks.run_task(job, done, failed)
