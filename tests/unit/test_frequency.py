"""Page 1's frequency: the counted episodes and the days with stiffness of a period, by local day."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from caregiver_app.services import people
from caregiver_app.services.charts import frequency
from caregiver_app.services.episodes import EpisodeData, add_episode
from caregiver_app.services.periods import Period

LONDON = ZoneInfo("Europe/London")
LATER = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
PERIOD = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 10))


def log(person: int, day: dt.date, at: dt.time, kind: str | None) -> None:
    started = dt.datetime.combine(day, at, tzinfo=LONDON)
    data = EpisodeData(started=started, body_region="calf", side="left", severity=2, kind=kind)
    add_episode(person, data, now=LATER)


def test_counts_every_kind_but_stiffness_on_the_local_days_of_the_period(person: int) -> None:
    first, last = PERIOD.first_day, PERIOD.last_day
    log(person, first, dt.time(9), "spasm")
    log(person, first, dt.time(10), None)  # kind not recorded: counted
    log(person, first, dt.time(7), "stiffness")
    log(person, first + dt.timedelta(days=4), dt.time(8), "stiffness")
    log(person, first + dt.timedelta(days=4), dt.time(20), "stiffness")  # the same day
    log(person, last, dt.time(23, 59), "cramp")  # the last minute of the period
    log(person, last + dt.timedelta(days=1), dt.time(0, 0), "spasm")  # the day after
    log(person, first - dt.timedelta(days=1), dt.time(23, 30), "stiffness")  # the day before
    other = people.create_person("Someone Else").id
    log(other, first, dt.time(9), "spasm")
    log(other, first + dt.timedelta(days=2), dt.time(9), "stiffness")

    assert frequency.counted_episodes(person, PERIOD) == 3
    assert frequency.stiffness_days(person, PERIOD) == 2
    found = frequency.frequency(person, PERIOD, today=dt.date(2026, 12, 1), diary_start=first)
    assert found.rate is not None and found.rate.per_day == 3 / 10
    assert found.stiffness_days == 2
    assert frequency.counted_episodes(person, Period(last, last)) == 1
    assert frequency.stiffness_days(person, Period(last, last)) == 0
