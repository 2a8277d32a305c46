"""When, where and why: episodes by weekday and hour, by body region and side, and by
suspected trigger. No Qt.

Places and triggers are counted from the monthly tallies for whole months and from the episodes
for the days either side (`tallies.by_month`); weekday and hour from the day totals.
"""

from __future__ import annotations

from dataclasses import dataclass

from caregiver_app.services import codes
from caregiver_app.services.charts.tallies import DAYS_SQL, by_month, day_numbers, execute
from caregiver_app.services.periods import Period
from caregiver_app.services.timeutil import LOCAL_SECONDS_SQL

_HOURS = ", ".join(f"SUM(hour_{h:02d})" for h in range(24))
_IN_RANGE = f"person_id = ? AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?"


# --- weekday and hour -----------------------------------------------------------------------


def weekday_hour(person_id: int, period: Period) -> tuple[tuple[int, ...], ...]:
    """Episodes by local weekday (rows, 0 = Monday) and hour of the day (columns, 0-23)."""
    rows = execute(
        f"SELECT (day + 3) % 7 AS weekday, {_HOURS} FROM episode_day WHERE {DAYS_SQL} GROUP BY weekday",
        (person_id, *day_numbers(period.first_day, period.last_day)),
    )
    grid = [[0] * 24 for _ in range(7)]
    for weekday, *hours in rows:
        grid[int(weekday)] = [int(n) for n in hours]
    return tuple(tuple(row) for row in grid)


# --- where ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionCount:
    region: str
    left: int
    right: int
    both: int

    @property
    def total(self) -> int:
        return self.left + self.right + self.both

    def by_side(self, side: str) -> int:
        return {"left": self.left, "right": self.right, "both": self.both}[side]


def by_region_side(person_id: int, period: Period) -> list[RegionCount]:
    """Episodes per body region with left, right and both sides kept apart; regions without
    episodes are left out; the most frequent first (ties in the order of `codes.BODY_REGIONS`)."""
    rows = by_month(
        person_id,
        period,
        "SELECT body_region, side, SUM(episodes) FROM episode_month_place"
        " WHERE person_id = ? AND month >= ? AND month <= ? GROUP BY body_region, side",
        f"SELECT body_region, side, COUNT(*) FROM episode WHERE {_IN_RANGE}"
        " GROUP BY body_region, side",
    )
    table: dict[str, dict[str, int]] = {}
    for (region, side), n in rows.items():
        table.setdefault(str(region), {})[str(side)] = n
    found = [
        RegionCount(region, sides.get("left", 0), sides.get("right", 0), sides.get("both", 0))
        for region, sides in table.items()
    ]

    def order(rc: RegionCount) -> tuple[int, int, str]:
        known = codes.BODY_REGIONS.index(rc.region) if rc.region in codes.BODY_REGIONS else 999
        return (-rc.total, known, rc.region)

    return sorted(found, key=order)


# --- triggers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TriggerCounts:
    """How often each suspected trigger was noted. An episode with two triggers counts once
    for each, so the counts can add up to more than `episodes`."""

    counts: tuple[tuple[str, int], ...]  # (code, episodes), most frequent first
    episodes: int  # episodes in the period
    without_trigger: int  # episodes with no trigger noted


def trigger_counts(person_id: int, period: Period) -> TriggerCounts:
    rows = by_month(
        person_id,
        period,
        "SELECT code, SUM(episodes) FROM episode_month_trigger"
        " WHERE person_id = ? AND month >= ? AND month <= ? GROUP BY code",
        "SELECT t.code, COUNT(*) FROM episode JOIN episode_trigger t ON t.episode_id = episode.id"
        f" WHERE {_IN_RANGE} GROUP BY t.code",
    )

    def order(item: tuple[str, int]) -> tuple[int, int, str]:
        code, n = item
        known = codes.TRIGGERS.index(code) if code in codes.TRIGGERS else 999
        return (-n, known, code)

    found = sorted(((str(code), n) for (code,), n in rows.items()), key=order)
    days = (person_id, *day_numbers(period.first_day, period.last_day))
    total = execute(
        f"SELECT SUM(episodes), SUM(with_trigger) FROM episode_day WHERE {DAYS_SQL}", days
    )
    episodes, with_trigger = (int(v or 0) for v in total[0])
    return TriggerCounts(tuple(found), episodes, episodes - with_trigger)
