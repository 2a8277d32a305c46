"""Fixtures shared by the window's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from caregiver_app.ui import i18n, prompts


@pytest.fixture
def spanish(qapp: object) -> Iterator[None]:
    """The window in Spanish for one test."""
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the message boxes would have shown; every question is answered "yes"."""
    texts: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, _text, _ok: True)
    monkeypatch.setattr(prompts, "warn", lambda _parent, _title, text: texts.append(text))
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: texts.append(text))
    return texts
