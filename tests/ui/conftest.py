"""Fixtures shared by the window's tests."""

from __future__ import annotations

import pytest

from caregiver_app.ui import prompts


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the message boxes would have shown; every question is answered "yes"."""
    texts: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, _text, _ok: True)
    monkeypatch.setattr(prompts, "warn", lambda _parent, _title, text: texts.append(text))
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: texts.append(text))
    return texts
