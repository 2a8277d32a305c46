"""Getting a Learn page onto paper: the print and "save as PDF" dialogs, and the printing itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from caregiver_app.services import outputs
from caregiver_app.services.learn import Section, page_markdown
from caregiver_app.ui import output_guard, prompts
from caregiver_app.ui.service_text import error_text
from caregiver_app.ui.widgets.markdown_view import shape_document
from caregiver_app.words import tr

PRINT_POINT_SIZE = 11


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
    """Write `section` to `path` as a PDF, whole or not at all (a checked temporary file, then a
    rename); False (after telling the user) on failure or when `path` is one of the app's own
    files."""
    title = tr("Save as PDF")
    if section is None or not output_guard.may_write(parent, title, path):
        return False

    def write(temporary: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temporary))
        print_section(printer, section, language)

    try:
        outputs.write_output(path, write, outputs.verify_pdf)
    except outputs.OutputError as exc:
        prompts.warn(parent, title, error_text(exc))
        return False
    return True


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
