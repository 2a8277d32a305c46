"""The Learn page: a searchable help browser over the embedded library (services/learn.py).

Left, a search field over the contents (or the search hits); right, the page itself, rendered by
Qt's own Markdown support in a QTextBrowser, with Back/Forward, text size, Print and Save as PDF.
Pages are addressed as `learn:section-id`, so QTextBrowser's history does Back and Forward.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QFont,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.learn import LINK_SCHEME, Library, Section, search_terms
from caregiver_app.ui import style, theme_images
from caregiver_app.ui.dialogs import learn_output
from caregiver_app.ui.pages.page import Page
from caregiver_app.ui.widgets.entry_list import SECTION_ROLE, TERMS_ROLE, EntryList
from caregiver_app.ui.widgets.fit_to_width import stack_when_narrow
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.ui.widgets.markdown_view import SectionBrowser, section_url

ZOOM_KEY = "learn/zoom"
LAST_SECTION_KEY = "learn/last_section"
ZOOM_MIN, ZOOM_MAX = -3, 8


class LearnPage(Page):
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

        self._list = EntryList(self)
        self._list.currentItemChanged.connect(self._on_current_item)
        self._list.itemClicked.connect(self._open_item)

        self._browser = SectionBrowser(library, self)
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

    def refresh(self) -> None:
        """The library is read once, and nothing here comes from the diary."""

    def open_section(self, section_id: str, anchor: str = "") -> None:
        """Show a section from the contents (clears any search), at the paragraph named
        `anchor` when it has one. Unknown ids are ignored."""
        if self._library.get(section_id) is None:
            return
        self._search.clear()
        self._show(section_id, anchor=anchor)

    def open_for_trigger(self, code: str) -> bool:
        """Open the reading about a trigger code; False when there is none."""
        return self._open_found(self._library.for_trigger(code))

    def open_for_relief(self, code: str) -> bool:
        """Open the reading about a relief code; False when there is none."""
        return self._open_found(self._library.for_relief(code))

    def open_for_equipment(self, item_id: str) -> bool:
        """Open the paragraph about an equipment catalogue item; False when there is none."""
        return self._open_found(self._library.for_equipment(item_id), item_id)

    def _open_found(self, section: Section | None, anchor: str = "") -> bool:
        if section is None:
            return False
        self.open_section(section.id, anchor if section.anchor_text(anchor) else "")
        return True

    def reading_position_text(self) -> str:
        """The paragraph a search or a "Learn more" link brought into view."""
        return self._browser.reading_position_text()

    def current_section_id(self) -> str:
        """The id of the section on show ("" before the first one opens)."""
        return self._current

    def save_pdf(self, path: Path) -> bool:
        """Write the open section to `path` as a PDF; False (after telling the user) on failure."""
        section = self._library.get(self.current_section_id())
        return learn_output.save_pdf(self, section, path, self._library.language)

    def print_section(self) -> None:
        printer = self._ask_printer()
        section = self._library.get(self.current_section_id())
        if printer is not None and section is not None:
            learn_output.print_section(printer, section, self._library.language)

    def save_pdf_as(self) -> None:
        path = self._ask_pdf_path()
        if path is not None:
            self.save_pdf(path)

    # ------------------------------------------------------------------- modal dialogs (seams)

    def _ask_printer(self) -> QPrinter | None:
        return learn_output.ask_printer(self)

    def _ask_pdf_path(self) -> Path | None:
        return learn_output.ask_pdf_path(self, self.current_section_id())

    # ------------------------------------------------------------------------------- building

    def _make_toolbar(self) -> QWidget:
        """The reading column's buttons, in rows that wrap when the column is narrow (a
        toolbar hid Print and Save as PDF behind its » button at large text)."""

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
        self._theme_icons()
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
        groups = (
            (self._back, self._forward),
            (self._smaller, self._larger),
            (print_action, pdf_action),
        )
        row = flow_host(*(self._tool_group(group) for group in groups), spacing=14)
        row.setObjectName("ToolRow")
        row.setContentsMargins(6, 0, 6, 2)
        return row

    def _tool_group(self, actions: tuple[QAction, ...]) -> QWidget:
        """Buttons that belong together (Back and Forward) stay on one row."""
        group = QWidget(self)
        group.setObjectName("ToolRow")
        layout = QHBoxLayout(group)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for act in actions:
            button = QToolButton(group)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            layout.addWidget(button)
        return group

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.setSpacing(8)
        left_layout.addWidget(self._search)
        left_layout.addWidget(self._status)
        left_layout.addWidget(self._list, 1)
        left.setMinimumWidth(160)
        self._left_layout = left_layout

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

        right.setMinimumWidth(280)  # the reading column never shrinks to a few letters
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 900])
        # Large text or a narrow window: the list goes above the reading column, so neither
        # is squeezed to a few letters a line.
        stack_when_narrow(splitter, self, chars=90)
        self._splitter = splitter
        self._stacked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        stacked = self._splitter.orientation() == Qt.Orientation.Vertical
        if stacked != self._stacked:
            self._stacked = stacked
            if not stacked:
                self._splitter.setSizes([320, 900])
        if stacked:
            self._size_stacked()
            # again once the list is laid out at its new width (its entries wrap less)
            QTimer.singleShot(0, self, self._size_stacked)

    STACKED_SHARE = 0.38  # of the page's height for the topic list when it is above the text

    def _size_stacked(self) -> None:
        """One above the other, both within the window's height: the list takes about a third
        (at least a topic and a half), the reading column the rest. The page never grows
        taller than the window, so the article scrolls in one place, its own."""
        if self._splitter.orientation() != Qt.Orientation.Vertical:
            return
        height = self.height()
        first = self._list.sizeHintForRow(0) if self._list.count() else 0
        first = first if first > 0 else 3 * self.fontMetrics().lineSpacing()
        margins = self._left_layout.contentsMargins()
        chrome = self._search.sizeHint().height() + self._left_layout.spacing()
        chrome += 2 * self._list.frameWidth() + 4 + margins.top() + margins.bottom()
        tall = max(int(height * self.STACKED_SHARE), chrome + first)
        # and the article keeps at least about half the page below its buttons
        toolbar = self._toolbar.sizeHint().height()
        tall = min(tall, height - toolbar - int(height * 0.4))
        self._splitter.setSizes([tall, max(1, height - tall - self._splitter.handleWidth())])

    # -------------------------------------------------------------------------------- the list

    def _fill_list(self) -> None:
        query = self._search.text()
        terms = search_terms(query)
        self._filling_list = True
        if not terms:
            self._list.show_contents(self._library.sections)
            self._status.setVisible(False)
        else:
            hits = self._library.search(query)
            self._list.show_hits(hits)
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

    def _select_current_in_list(self) -> None:
        current = self.current_section_id()
        was = self._filling_list
        self._filling_list = True
        self._list.select_section(current)
        self._filling_list = was

    def _on_current_item(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and not self._filling_list:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        section_id = str(item.data(SECTION_ROLE))
        from_search = bool(item.data(TERMS_ROLE))
        self._show(section_id, scroll_to_match=from_search)

    def _open_first_hit(self) -> None:
        if self._list.count():
            self._list.setCurrentRow(0)
            self._open_item(self._list.item(0))

    def _focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def _theme_icons(self) -> None:
        """Back and Forward arrows in the theme's text colour, grey while there is no history."""
        c = style.current_colours()
        self._back.setIcon(theme_images.icon("left", c.text, c.disabled_text))
        self._forward.setIcon(theme_images.icon("right", c.text, c.disabled_text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and hasattr(
            self, "_back"
        ):
            self._theme_icons()
        super().changeEvent(event)

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

    def _show(self, section_id: str, scroll_to_match: bool = False, anchor: str = "") -> None:
        if self._library.get(section_id) is None:
            return
        self._scroll_to_match = scroll_to_match
        url = section_url(section_id, anchor)
        if self._current == section_id and self._browser.source() == url:
            self._on_source_changed(url)
        else:
            self._browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def _on_source_changed(self, url: QUrl) -> None:
        if url.scheme() != LINK_SCHEME:
            return
        self._current = url.path()
        self._settings.setValue(LAST_SECTION_KEY, url.path())
        self._browser.format_document()
        self._select_current_in_list()
        self._highlight(search_terms(self._search.text()))
        self._scroll_to_match = False
        if url.fragment():
            self._browser.go_to_anchor(url.fragment())

    def _highlight(self, terms: tuple[str, ...]) -> None:
        groups = self._library.query_groups(" ".join(terms))
        words = tuple(dict.fromkeys(t for group in groups for t in group))
        self._browser.highlight(words, scroll_to_first=self._scroll_to_match, groups=groups)

    def highlighted_words(self) -> list[str]:
        """The text of every highlighted match in the shown page (for tests and accessibility)."""
        return self._browser.highlighted_words()

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
            self._browser.format_document()  # headings follow the new size
        self._browser.fit_reading_width()
        self._smaller.setEnabled(self._zoom > ZOOM_MIN)
        self._larger.setEnabled(self._zoom < ZOOM_MAX)

    def text_point_size(self) -> float:
        return self._browser.font().pointSizeF()
