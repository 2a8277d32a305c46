"""Actions on the episode log, each returning the `Change` that undoes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from caregiver_app.services import episodes
from caregiver_app.services.actions.change import EPISODES, Change, recorded
from caregiver_app.services.actions.undo import Rows, scope, scopes
from caregiver_app.services.episodes import EpisodeData


def add_episode(person_id: int, data: EpisodeData, now: dt.datetime | None = None) -> Change:
    """Log one episode; `ids` holds the new episode's id. Raises ValidationError."""
    return recorded(
        [EPISODES],
        person_id,
        [],
        lambda: [scope("episode", id=episodes.add_episode(person_id, data, now))],
    )


def edit_episode(
    person_id: int,
    episode_id: int,
    data: EpisodeData,
    now: dt.datetime | None = None,
    since: Rows | None = None,
) -> Change:
    """Change an episode. `since`: the copy the form started from (`opened("episode", id=...)`);
    when the episode is no longer that, raises ChangedMeanwhile and writes nothing."""
    return recorded(
        [EPISODES],
        person_id,
        [scope("episode", id=episode_id)],
        lambda: episodes.update_episode(episode_id, data, now),
        ids=lambda: [episode_id],
        since=since,
    )


def delete_episodes(person_id: int, ids: Sequence[int]) -> Change:
    def delete() -> None:
        episodes.delete_episodes(ids)

    return recorded([EPISODES], person_id, scopes("episode", "id", ids), delete)
