"""On a shared diary each computer shows the person it chose: one caregiver switching person
does not switch the window of another computer."""

from __future__ import annotations

import socket

import pytest

from caregiver_app.services import people


def test_switching_person_on_one_computer_leaves_another_computers_choice(
    db: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = people.create_person(name="Ana's dad", cause="stroke", affected_side="left").id
    rosa = people.create_person(name="Rosa", cause="stroke", affected_side="right").id

    def on(computer: str) -> None:
        monkeypatch.setattr(socket, "gethostname", lambda: computer)

    on("kitchen-laptop")
    people.set_active(ana)
    on("nurse-tablet")
    people.set_active(rosa)
    assert people.get_active().id == rosa
    on("kitchen-laptop")
    assert people.get_active().id == ana
