"""Logging a new episode and changing one, from the window: the episode dialog, an undoable
save, and a word in the window's status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from caregiver_app.services import episodes
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.actions import opened
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog, LearnFn
from caregiver_app.ui.meanwhile import Outcome, raise_unless_saved, save_checked
from caregiver_app.words import tr


def new_episode(window: QMainWindow, person_id: int, ctx: PageContext, learn: LearnFn) -> None:
    saved: list[episodes.EpisodeData] = []

    def save(data: episodes.EpisodeData) -> None:
        run_action(ctx, tr("Log episode"), lambda: episode_actions.add_episode(person_id, data))
        saved.append(data)

    dialog = EpisodeDialog(person_id, save, learn=learn, parent=window)
    if dialog.exec():
        window.statusBar().showMessage(tr("Episode saved. Ctrl+Z undoes it."), 6000)
        if saved and "medication" in saved[-1].relief:
            # "What helped: medication": offer to log the as-needed dose too (nothing shows
            # when the person has no as-needed medication).
            from caregiver_app.ui.dialogs.dose_dialog import log_dose

            log_dose(window, ctx, person_id, when=saved[-1].started)


def edit_episode(
    window: QMainWindow, person_id: int, episode_id: int, ctx: PageContext, learn: LearnFn
) -> None:
    since = opened("episode", id=episode_id)  # first: what the form shows is never newer
    existing = episodes.get_episode(episode_id)
    if existing is None:
        return
    outcome: list[Outcome] = []

    def save(data: episodes.EpisodeData) -> None:
        found = save_checked(
            dialog,
            ctx,
            tr("Edit episode"),
            since,
            lambda copy: episode_actions.edit_episode(person_id, episode_id, data, since=copy),
            lambda: episode_actions.add_episode(person_id, data),
        )
        outcome[:] = [found]
        raise_unless_saved(found)

    dialog = EpisodeDialog(person_id, save, existing=existing, learn=learn, parent=window)
    if dialog.exec():
        window.statusBar().showMessage(tr("Changes saved. Ctrl+Z undoes them."), 6000)
    elif outcome == [Outcome.KEPT_THEIRS]:
        window.statusBar().showMessage(tr("The other version was kept. Nothing was saved."), 6000)
