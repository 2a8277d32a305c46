"""Getting a Learn page onto paper: the print and "save as PDF" dialogs, and the printing itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from caregiver_app.services.learn import Section, page_markdown
from caregiver_app.ui import prompts
from caregiver_app.ui.widgets.markdown_view import shape_document

PRINT_POINT_SIZE = 11


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The print dialog; the chosen printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_pdf_path(parent: QWidget, section_id: str) -> Path | None:
    """Where to save the PDF (suggested in the Documents folder); None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"{section_id or 'learn'}.pdf"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, tr("Save as PDF"), str(Path(folder) / name), tr("PDF files (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_pdf(parent: QWidget, section: Section | None, path: Path, language: str = "en") -> bool:
    """Write `section` to `path` as a PDF; False (after telling the user) on failure."""
    if section is not None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        print_section(printer, section, language)
    if path.is_file() and path.stat().st_size > 0:
        return True
    prompts.warn(
        parent,
        tr("Save as PDF"),
        tr("The PDF could not be saved to {0}. Try another folder.").format(path),
    )
    return False


def print_section(printer: QPrinter, section: Section, language: str = "en") -> None:
    """Print a library section in the application's font at `PRINT_POINT_SIZE`, shaped like the
    page on screen with slightly tighter lines."""
    doc = QTextDocument()
    font = QFont(QApplication.font())
    font.setPointSize(PRINT_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setMarkdown(page_markdown(section, language))
    shape_document(doc, font, body_line_height=125)
    printer.setDocName(section.title)
    # QTextDocument.print_ adds 2 cm of its own inside these, and numbers the pages.
    printer.setPageMargins(QMarginsF(6, 6, 6, 6), QPageLayout.Unit.Millimeter)
    doc.print_(printer)
