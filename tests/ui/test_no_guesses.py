"""The episode form stores only what was chosen: the place it fills in is the latest episode's,
and it says so; the kind starts as "not recorded"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog
from tests.helpers import at, episode


def test_the_place_filled_in_is_the_latest_in_time_and_labelled(qtbot: QtBot, person: int) -> None:
    episodes.add_episode(
        person, episode(started=at(2026, 11, 5, 8), body_region="calf", side="right")
    )
    # Entered afterwards, but earlier in time (a forgotten one, added later).
    episodes.add_episode(
        person, episode(started=at(2026, 11, 1, 8), body_region="hand", side="left")
    )
    dialog = EpisodeDialog(person, lambda _data: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.region.currentData(), dialog.side.value()) == ("calf", "right")
    assert dialog.same_place.isVisible() and dialog.same_place.text() == "Same as last time"
    assert dialog.kind.currentData() is None and dialog.kind.currentText() == "Not recorded"
    dialog.side.buttons["both"].click()
    assert not dialog.same_place.isVisible()


def test_with_no_earlier_episode_and_no_side_in_the_profile_the_side_is_asked(
    qtbot: QtBot, db: object
) -> None:
    from caregiver_app.services import people

    maria = people.create_person(name="Maria")  # side with weakness not given
    dialog = EpisodeDialog(maria.id, lambda _data: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.side.value() is None and not dialog.same_place.isVisible()
    assert dialog.focusWidget() is dialog.side.buttons["left"]  # the first unanswered question
