"""The Learn page: a searchable help browser over the embedded library (services/learn.py).

Left, a search field over the contents (or the search hits); right, the page itself, rendered by
Qt's own Markdown support in a QTextBrowser, with Back/Forward, text size, Print and Save as PDF.
Pages are addressed as `learn:section-id`, so QTextBrowser's history does Back and Forward.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QMarginsF,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPageLayout,
    QPainter,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QWheelEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.learn import (
    LINK_SCHEME,
    Library,
    Section,
    search_terms,
    term_pattern,
)
from caregiver_app.ui import prompts

ZOOM_KEY = "learn/zoom"
LAST_SECTION_KEY = "learn/last_section"
ZOOM_MIN, ZOOM_MAX = -3, 8
_SECTION_ROLE = Qt.ItemDataRole.UserRole
_DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
_TERMS_ROLE = Qt.ItemDataRole.UserRole + 2
_HIGHLIGHT = QColor("#ffe27a")
_READING_CHARS = 80  # widest comfortable line, in average characters
_PRINT_POINT_SIZE = 11
_HEADING_SCALE = {1: 1.75, 2: 1.3, 3: 1.1}
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


def section_url(section_id: str) -> QUrl:
    return QUrl(f"{LINK_SCHEME}:{section_id}")


class _SectionBrowser(QTextBrowser):
    """Reads `learn:` addresses from the library, so QTextBrowser's own history works."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.zoom_requested: Callable[[int], None] | None = None  # Ctrl+wheel: +1 or -1

    def loadResource(self, type_: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if url.scheme() == LINK_SCHEME:
            section = self._library.get(url.path())
            if section is not None:
                return f"# {section.title}\n\n{section.markdown}"
        return super().loadResource(type_, name)

    def fit_reading_width(self) -> None:
        """Centre the text in a column about `_READING_CHARS` wide, however wide the window."""
        doc = self.document()
        widest = self.fontMetrics().averageCharWidth() * _READING_CHARS
        side = max(24, (self.viewport().width() - widest) // 2)
        frame: QTextFrameFormat = doc.rootFrame().frameFormat()
        if (frame.leftMargin(), frame.rightMargin(), frame.topMargin()) != (side, side, 16):
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            frame.setTopMargin(16)
            frame.setBottomMargin(32)
            doc.rootFrame().setFrameFormat(frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_reading_width()

    def cursor_to_upper_quarter(self) -> None:
        """Scroll so the text cursor sits a quarter of the way down, with context above it."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect().top() - self.viewport().height() // 4)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.zoom_requested:
            self.zoom_requested(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


class _EntryList(QListWidget):
    """The contents or search hits; keeps the open section in view when entries re-wrap."""

    def doItemsLayout(self) -> None:
        super().doItemsLayout()
        item = self.currentItem()
        if item is not None:
            self.scrollToItem(item)


class _EntryDelegate(QStyledItemDelegate):
    """Paints a list entry as a bold title over a smaller grey line, both wrapped to the width."""

    PAD_X, PAD_Y = 12, 9

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _document(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        width: int,
    ) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.highlightedText().color() if selected else palette.text().color()
        back = palette.highlight().color() if selected else palette.base().color()
        grey = _mix(text, back, 0.72 if selected else 0.6)
        detail = html.escape(index.data(_DETAIL_ROLE) or "")
        for term in index.data(_TERMS_ROLE) or ():
            detail = term_pattern(html.escape(term)).sub(lambda m: f"<b>{m.group(0)}</b>", detail)
        font = QFont(option.font)
        size = font.pointSizeF()
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setHtml(
            f'<div style="color:{text.name()}; font-weight:600; font-size:{size + 1:.1f}pt">'
            f"{html.escape(index.data(Qt.ItemDataRole.DisplayRole))}</div>"
            f'<div style="color:{grey.name()}; margin-top:3px">{detail}</div>'
        )
        doc.setTextWidth(max(width - 2 * self.PAD_X, 80))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._view)
        rect = option.rect
        doc = self._document(option, index, rect.width())
        painter.save()
        painter.translate(rect.left() + self.PAD_X, rect.top() + self.PAD_Y)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width()
        doc = self._document(option, index, width)
        return QSize(width, int(doc.size().height()) + 2 * self.PAD_Y)


def _mix(front: QColor, back: QColor, amount: float) -> QColor:
    """`amount` of `front` over `back`: a readable secondary text colour in any theme."""
    return QColor.fromRgbF(
        front.redF() * amount + back.redF() * (1 - amount),
        front.greenF() * amount + back.greenF() * (1 - amount),
        front.blueF() * amount + back.blueF() * (1 - amount),
    )


class LearnPage(QWidget):
    """A help browser over the library. Other pages call `open_section` for "Learn more"."""

    def __init__(
        self, library: Library, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        try:
            zoom = int(str(settings.value(ZOOM_KEY, 0)))
        except ValueError:
            zoom = 0
        self._zoom = min(max(zoom, ZOOM_MIN), ZOOM_MAX)
        self._filling_list = False
        self._scroll_to_match = False
        self._current = ""

        self._search = QLineEdit(self)
        self._search.setPlaceholderText(self.tr("Search the library"))
        self._search.setAccessibleName(self.tr("Search the library"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._fill_list)
        self._search.returnPressed.connect(self._open_first_hit)
        self._search.installEventFilter(self)

        self._status = QLabel(self)
        self._status.setWordWrap(True)
        self._status.setVisible(False)

        self._list = _EntryList(self)
        self._list.setItemDelegate(_EntryDelegate(self._list))
        self._list.setResizeMode(QListView.ResizeMode.Adjust)
        self._list.setWordWrap(True)  # also re-measures the entries whenever the width changes
        self._list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.currentItemChanged.connect(self._on_current_item)
        self._list.itemClicked.connect(self._open_item)

        self._browser = _SectionBrowser(library, self)
        self._browser.setAccessibleName(self.tr("Library page"))
        self._browser.setOpenLinks(False)
        self._browser.setFrameShape(QFrame.Shape.NoFrame)
        self._browser.document().setUndoRedoEnabled(False)
        self._browser.zoom_requested = self._change_zoom
        self._browser.anchorClicked.connect(self._on_link)
        self._browser.sourceChanged.connect(self._on_source_changed)

        self._toolbar = self._make_toolbar()
        self._build_layout()
        self._apply_zoom()
        self._fill_list()

        last = str(settings.value(LAST_SECTION_KEY, "") or "")
        first = library.sections[0].id if library.sections else ""
        start = last if library.get(last) is not None else first
        if start:
            self._show(start)

    # ----------------------------------------------------------------------------- public API

    def open_section(self, section_id: str) -> None:
        """Show a section from the contents (clears any search). Unknown ids are ignored."""
        if self._library.get(section_id) is None:
            return
        self._search.clear()
        self._show(section_id)

    def open_for_trigger(self, code: str) -> bool:
        """Open the reading about a trigger code; False when there is none."""
        return self._open_found(self._library.for_trigger(code))

    def open_for_relief(self, code: str) -> bool:
        """Open the reading about a relief code; False when there is none."""
        return self._open_found(self._library.for_relief(code))

    def open_for_equipment(self, item_id: str) -> bool:
        """Open the reading about an equipment catalogue item; False when there is none."""
        return self._open_found(self._library.for_equipment(item_id))

    def _open_found(self, section: Section | None) -> bool:
        if section is None:
            return False
        self.open_section(section.id)
        return True

    def current_section_id(self) -> str:
        """The id of the section on show ("" before the first one opens)."""
        return self._current

    def save_pdf(self, path: Path) -> bool:
        """Write the open section to `path` as a PDF; False (after telling the user) on failure."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self._print_to(printer)
        if path.is_file() and path.stat().st_size > 0:
            return True
        prompts.warn(
            self,
            self.tr("Save as PDF"),
            self.tr("The PDF could not be saved to {0}. Try another folder.").format(path),
        )
        return False

    def print_section(self) -> None:
        printer = self._ask_printer()
        if printer is not None:
            self._print_to(printer)

    def save_pdf_as(self) -> None:
        path = self._ask_pdf_path()
        if path is not None:
            self.save_pdf(path)

    # ------------------------------------------------------------------- modal dialogs (seams)

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _ask_pdf_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{self.current_section_id() or 'learn'}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / name), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # ------------------------------------------------------------------------------- building

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        style = self.style()

        def action(text: str, tip: str, keys: list[QKeySequence], slot: Any) -> QAction:
            act = QAction(text, self)
            unique = {k.toString(): k for k in keys if not k.isEmpty()}
            act.setShortcuts(list(unique.values()))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in unique.values()
            )
            act.setToolTip(f"{tip} ({shown})" if shown else tip)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        key = QKeySequence
        self._back = action(
            self.tr("Back"), self.tr("Go back"), [key("Alt+Left"), key(key.StandardKey.Back)],
            self._browser.backward,
        )  # fmt: skip
        self._forward = action(
            self.tr("Forward"), self.tr("Go forward"),
            [key("Alt+Right"), key(key.StandardKey.Forward)], self._browser.forward,
        )  # fmt: skip
        self._back.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self._forward.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self._back.setEnabled(False)
        self._forward.setEnabled(False)
        self._browser.backwardAvailable.connect(self._back.setEnabled)
        self._browser.forwardAvailable.connect(self._forward.setEnabled)
        self._smaller = action(
            self.tr("A−"), self.tr("Smaller text"), [key("Ctrl+-"), key(key.StandardKey.ZoomOut)],
            lambda: self._change_zoom(-1),
        )  # fmt: skip
        self._larger = action(
            self.tr("A+"), self.tr("Larger text"),
            [key("Ctrl++"), key("Ctrl+="), key(key.StandardKey.ZoomIn)],
            lambda: self._change_zoom(1),
        )  # fmt: skip
        print_action = action(
            self.tr("Print…"), self.tr("Print this page"), [key(key.StandardKey.Print)],
            self.print_section,
        )  # fmt: skip
        pdf_action = action(
            self.tr("Save as PDF…"), self.tr("Save this page as a PDF file"), [], self.save_pdf_as
        )
        action(
            self.tr("Search"), self.tr("Search the library"), [key("Ctrl+F")], self._focus_search
        )
        bar.addAction(self._back)
        bar.addAction(self._forward)
        bar.addSeparator()
        bar.addAction(self._smaller)
        bar.addAction(self._larger)
        bar.addSeparator()
        bar.addAction(print_action)
        bar.addAction(pdf_action)
        return bar

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.setSpacing(8)
        left_layout.addWidget(self._search)
        left_layout.addWidget(self._status)
        left_layout.addWidget(self._list, 1)
        left.setMinimumWidth(240)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self._toolbar)
        line = QFrame(right)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        right_layout.addWidget(line)
        right_layout.addWidget(self._browser, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -------------------------------------------------------------------------------- the list

    def _fill_list(self) -> None:
        query = self._search.text()
        terms = search_terms(query)
        self._filling_list = True
        self._list.clear()
        if not terms:
            self._status.setVisible(False)
            self._list.setAccessibleName(self.tr("Library contents"))
            for section in self._library.sections:
                self._add_item(section.id, section.title, section.summary, ())
        else:
            hits = self._library.search(query)
            self._list.setAccessibleName(self.tr("Search results"))
            for hit in hits:
                self._add_item(hit.section_id, hit.title, hit.snippet, hit.terms)
            if len(hits) == 1:
                self._status.setText(self.tr("1 page found"))
            elif hits:
                self._status.setText(self.tr("{0} pages found").format(len(hits)))
            else:
                self._status.setText(
                    self.tr("Nothing found for “{0}”. Try fewer or different words.").format(
                        query.strip()
                    )
                )
            self._status.setVisible(True)
        self._select_current_in_list()
        self._filling_list = False
        self._highlight(terms)

    def _add_item(self, section_id: str, title: str, detail: str, terms: tuple[str, ...]) -> None:
        item = QListWidgetItem(title, self._list)
        item.setData(_SECTION_ROLE, section_id)
        item.setData(_DETAIL_ROLE, detail)
        item.setData(_TERMS_ROLE, terms)
        item.setToolTip(detail)

    def _select_current_in_list(self) -> None:
        current = self.current_section_id()
        was = self._filling_list
        self._filling_list = True
        self._list.setCurrentRow(-1)
        for row in range(self._list.count()):
            item = self._list.item(row)
            if item.data(_SECTION_ROLE) == current:
                self._list.setCurrentItem(item)
                self._list.scrollToItem(item)
        self._filling_list = was

    def _on_current_item(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and not self._filling_list:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        section_id = str(item.data(_SECTION_ROLE))
        from_search = bool(item.data(_TERMS_ROLE))
        self._show(section_id, scroll_to_match=from_search)

    def _open_first_hit(self) -> None:
        if self._list.count():
            self._list.setCurrentRow(0)
            self._open_item(self._list.item(0))

    def _focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self._list.count()
        ):
            self._list.setFocus(Qt.FocusReason.TabFocusReason)
            if self._list.currentRow() < 0:
                self._list.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------------------ the page

    def _show(self, section_id: str, scroll_to_match: bool = False) -> None:
        if self._library.get(section_id) is None:
            return
        self._scroll_to_match = scroll_to_match
        url = section_url(section_id)
        if self._current == section_id:
            self._on_source_changed(url)
        else:
            self._browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def _on_source_changed(self, url: QUrl) -> None:
        if url.scheme() != LINK_SCHEME:
            return
        self._current = url.path()
        self._settings.setValue(LAST_SECTION_KEY, url.path())
        self._format_document()
        self._select_current_in_list()
        self._highlight(search_terms(self._search.text()))
        self._scroll_to_match = False

    def _format_document(self) -> None:
        """Headings sized to the reading font, airy body lines, a comfortable reading width."""
        shape_document(self._browser.document(), self._browser.font(), body_line_height=140)
        self._browser.fit_reading_width()

    def _highlight(self, terms: tuple[str, ...]) -> None:
        """Mark every word of the search in the shown page, and scroll to the first if asked."""
        doc = self._browser.document()
        fmt = QTextCharFormat()
        fmt.setBackground(_HIGHLIGHT)
        fmt.setForeground(QColor("black"))
        selections = []
        for term in terms:
            pattern = QRegularExpression(
                r"(?<!\w)" + QRegularExpression.escape(term),
                QRegularExpression.PatternOption.CaseInsensitiveOption,
            )  # the same rule as services.learn.term_pattern
            cursor = doc.find(pattern, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = doc.find(pattern, cursor)
        self._browser.setExtraSelections(selections)
        if self._scroll_to_match and selections:
            first = min(selections, key=lambda s: s.cursor.selectionStart())
            position = QTextCursor(doc)
            position.setPosition(first.cursor.selectionStart())
            self._browser.setTextCursor(position)
            # once the new page is laid out, bring the match to the upper part of the view
            QTimer.singleShot(0, self._browser, self._browser.cursor_to_upper_quarter)

    def highlighted_words(self) -> list[str]:
        """The text of every highlighted match in the shown page (for tests and accessibility)."""
        return [s.cursor.selectedText() for s in self._browser.extraSelections()]

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self._show(url.path())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    # ------------------------------------------------------------------------ text size, print

    def _change_zoom(self, step: int) -> None:
        zoom = min(max(self._zoom + step, ZOOM_MIN), ZOOM_MAX)
        if zoom != self._zoom:
            self._zoom = zoom
            self._settings.setValue(ZOOM_KEY, zoom)
            self._apply_zoom()

    def _apply_zoom(self) -> None:
        base = max(QApplication.font().pointSizeF(), 10.0) + 2.0
        font = QFont(self._browser.font())
        font.setPointSizeF(round(base * 1.12**self._zoom * 2) / 2)
        self._browser.setFont(font)
        if self.current_section_id():
            self._format_document()  # headings follow the new size
        self._browser.fit_reading_width()
        self._smaller.setEnabled(self._zoom > ZOOM_MIN)
        self._larger.setEnabled(self._zoom < ZOOM_MAX)

    def text_point_size(self) -> float:
        return self._browser.font().pointSizeF()

    def _print_to(self, printer: QPrinter) -> None:
        section = self._library.get(self.current_section_id())
        if section is None:
            return
        doc = QTextDocument()
        font = QFont(QApplication.font())
        font.setPointSize(_PRINT_POINT_SIZE)
        doc.setDefaultFont(font)
        doc.setMarkdown(f"# {section.title}\n\n{section.markdown}")
        shape_document(doc, font, body_line_height=125)
        printer.setDocName(section.title)
        # QTextDocument.print_ adds 2 cm of its own inside these, and numbers the pages.
        printer.setPageMargins(QMarginsF(6, 6, 6, 6), QPageLayout.Unit.Millimeter)
        doc.print_(printer)


def shape_document(doc: QTextDocument, font: QFont, body_line_height: int) -> None:
    """Size the headings of a Markdown document to `font` and give its paragraphs room to
    breathe. Qt's Markdown import makes headings very large and lines tight. Headings are set
    as plain bold text (the library's headings hold no links or inline marks)."""
    base = font.pointSizeF()
    em = QFontMetricsF(font).height()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        spacing = QTextBlockFormat()
        if level:
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            heading = QTextCharFormat(block.charFormat())
            heading.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            heading.setFontPointSize(base * _HEADING_SCALE.get(level, 1.0))
            heading.setFontWeight(QFont.Weight.Bold)
            cursor.setCharFormat(heading)
            spacing.setTopMargin(0 if level == 1 else em * 1.1)
            spacing.setBottomMargin(em * (0.6 if level == 1 else 0.35))
            spacing.setLineHeight(110, _PROPORTIONAL)
        elif block.textList() is not None:
            spacing.setLineHeight(body_line_height - 10, _PROPORTIONAL)
            spacing.setTopMargin(em * 0.1)
            spacing.setBottomMargin(em * 0.1)
        else:
            spacing.setLineHeight(body_line_height, _PROPORTIONAL)
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(spacing)
        block = block.next()
    cursor.endEditBlock()
