"""A narrow When column shows a shorter date with its time, not a date cut before the time."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from caregiver_app.ui.widgets.fitting_text import SHORTER_ROLE, ShortestFitDelegate


def shown_text(view: QTableView, width: int) -> str:
    view.setColumnWidth(0, width)
    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    delegate = view.itemDelegateForColumn(0)
    assert isinstance(delegate, ShortestFitDelegate)
    delegate.initStyleOption(option, index)
    return option.text


def test_the_longest_text_that_fits_is_shown(qtbot: QtBot) -> None:
    model = QStandardItemModel(1, 1)
    item = QStandardItem("Wednesday 25 November 2026  21:45")
    item.setData(["25 Nov 2026  21:45", "25/11/26  21:45"], SHORTER_ROLE)
    model.setItem(0, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, ShortestFitDelegate(view))
    view.show()
    metrics = view.fontMetrics()
    full = metrics.horizontalAdvance("Wednesday 25 November 2026  21:45")
    short = metrics.horizontalAdvance("25/11/26  21:45")
    assert shown_text(view, full + 40) == "Wednesday 25 November 2026  21:45"
    assert shown_text(view, short + 30) == "25/11/26  21:45"  # the time is still there
