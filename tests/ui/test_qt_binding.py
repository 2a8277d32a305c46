"""Guards against a broken Qt binding release.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call that returns nothing;
after a few thousand calls Python aborts ("none_dealloc") and the app dies with unsaved work.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_qt_calls_do_not_leak_references_to_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 100
