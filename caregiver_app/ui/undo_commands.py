"""Undoable user actions. Each redo/undo is one transaction and says what changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from caregiver_app.services import checkins, episodes
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeData
from caregiver_app.ui.notifier import CHECKINS, EPISODES, DataNotifier


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class AddEpisode(QUndoCommand):
    def __init__(self, person_id: int, data: EpisodeData, notifier: DataNotifier) -> None:
        super().__init__(tr("Log episode"))
        self.person_id = person_id
        self.data = data
        self.notifier = notifier
        self.episode_id: int | None = None
        self._snapshot: episodes.Snapshot | None = None

    def redo(self) -> None:
        if self._snapshot is None:
            self.episode_id = episodes.add_episode(self.person_id, self.data)
        else:
            self.episode_id = episodes.restore(self._snapshot)[0]
        self.notifier.notify(EPISODES, self.person_id)

    def undo(self) -> None:
        assert self.episode_id is not None
        self._snapshot = episodes.delete_episodes([self.episode_id])
        self.notifier.notify(EPISODES, self.person_id)


class EditEpisode(QUndoCommand):
    def __init__(
        self,
        person_id: int,
        episode_id: int,
        old: EpisodeData,
        new: EpisodeData,
        notifier: DataNotifier,
    ) -> None:
        super().__init__(tr("Edit episode"))
        self.person_id, self.episode_id = person_id, episode_id
        self.old, self.new = old, new
        self.notifier = notifier

    def redo(self) -> None:
        episodes.update_episode(self.episode_id, self.new)
        self.notifier.notify(EPISODES, self.person_id)

    def undo(self) -> None:
        # The old values were valid when saved; "now" must not reject them later.
        episodes.update_episode(
            self.episode_id, self.old, now=dt.datetime.max.replace(tzinfo=dt.UTC)
        )
        self.notifier.notify(EPISODES, self.person_id)


class DeleteEpisodes(QUndoCommand):
    def __init__(self, person_id: int, ids: list[int], notifier: DataNotifier) -> None:
        text = (
            tr("Delete episode")
            if len(ids) == 1
            else tr("Delete %1 episodes").replace("%1", str(len(ids)))
        )
        super().__init__(text)
        self.person_id = person_id
        self.ids = list(ids)
        self.notifier = notifier
        self._snapshot: episodes.Snapshot | None = None

    def redo(self) -> None:
        self._snapshot = episodes.delete_episodes(self.ids)
        self.notifier.notify(EPISODES, self.person_id)

    def undo(self) -> None:
        assert self._snapshot is not None
        self.ids = episodes.restore(self._snapshot)
        self.notifier.notify(EPISODES, self.person_id)


class SaveCheckIn(QUndoCommand):
    def __init__(
        self, person_id: int, day: dt.date, new: CheckInData, notifier: DataNotifier
    ) -> None:
        super().__init__(tr("Save check-in"))
        self.person_id, self.day, self.new = person_id, day, new
        self.old = checkins.get(person_id, day)
        self.notifier = notifier

    def redo(self) -> None:
        checkins.save(self.person_id, self.day, self.new)
        self.notifier.notify(CHECKINS, self.person_id)

    def undo(self) -> None:
        if self.old is None:
            checkins.delete(self.person_id, self.day)
        else:
            checkins.save(self.person_id, self.day, self.old)
        self.notifier.notify(CHECKINS, self.person_id)
