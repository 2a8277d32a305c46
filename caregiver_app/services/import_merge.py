"""The import rule: an import only ever adds. What the diary already holds is never changed.

Every kind of record has an identity (docs/data-formats.md, "Importing into a diary that
already has entries"). For each record in the file:

- nothing in the diary has its identity: it is added;
- the diary has the very same record: it is skipped, counted as "already in the diary";
- the diary has a record with the same identity but other details (another check-in for the
  same day, another status for the same equipment item): the diary's is kept, the file's is
  skipped and counted as "kept the diary's".

Two helpers apply the rule, one per way of deciding identity: `new_by_identity` for records
identified by all of their details (episodes, therapy sessions: a day may have several), and
`new_by_key` for records with a natural key (a check-in's day). `Tally` counts what happened to
each kind; `ImportResult.summary()` says it as a message the command line prints and the window
translates. No Qt here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from caregiver_app.messages import number
from caregiver_app.services.messages import Message, message

T = TypeVar("T")

# Every kind of record an import counts, in the order the summary names them. A new kind gets
# a code here and its "count.KIND" and "count1.KIND" messages in services/messages.py.
KINDS: tuple[str, ...] = (
    "episode",
    "checkin",
    "person_detail",
    "medication",
    "dose_change",
    "dose_taken",
    "injection",
    "goal_score",
    "therapy_session",
    "daily_minutes",
    "mas_score",
    "appointment",
    "equipment_status",
    "own_equipment_item",
    "fall",
)


@dataclass
class Tally:
    """How many records of each kind were added, found already there, or differed (diary kept)."""

    added: Counter[str] = field(default_factory=Counter)
    same: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)

    def new_by_identity(
        self,
        kind: str,
        items: Sequence[T],
        identity: Callable[[T], Hashable],
        existing: Iterable[Hashable],
    ) -> list[T]:
        """The items to add: those the diary does not already hold, comparing every detail.

        Counted as a multiset: a file with two identical records adds one when the diary has
        one, so importing a file again never doubles anything and a file that is half old and
        half new adds only the new half."""
        have = Counter(existing)
        new: list[T] = []
        for item in items:
            key = identity(item)
            if have[key] > 0:
                have[key] -= 1
                self.same[kind] += 1
            else:
                new.append(item)
        self.count_added(kind, len(new))
        return new

    def new_by_key(
        self,
        kind: str,
        items: Sequence[T],
        key: Callable[[T], Hashable],
        details: Callable[[T], Hashable],
        existing: Mapping[Hashable, Hashable],
    ) -> list[T]:
        """The items whose key the diary does not have yet. For a key it has, the diary's
        record stays as it is: counted as the same when the details match, else as kept."""
        new: list[T] = []
        for item in items:
            k = key(item)
            if k in existing:
                if existing[k] == details(item):
                    self.same[kind] += 1
                else:
                    self.kept[kind] += 1
            else:
                new.append(item)
        self.count_added(kind, len(new))
        return new

    def count_added(self, kind: str, number: int = 1) -> None:
        if number:
            self.added[kind] += number


_BY_DAY = ("checkin", "daily_minutes")  # one a day: "for days that already have one"


def _things(kind: str, count: int) -> Message:
    if count == 1:
        return message(f"count1.{kind}")
    return message(f"count.{kind}", count=number(count, 0))


def _listed(parts: list[Message]) -> Message:
    """Several parts as one message: "a, b, c"."""
    first, *rest = parts
    if not rest:
        return first
    return message("import.list", first=first, rest=_listed(rest))


@dataclass(frozen=True)
class ImportResult:
    """What an import did: who it went to and, by kind, what was added and what was skipped."""

    person_id: int
    person_name: str
    created_person: bool
    tally: Tally

    @property
    def episodes(self) -> int:
        """Episodes added."""
        return self.tally.added["episode"]

    @property
    def checkins(self) -> int:
        """Check-ins added."""
        return self.tally.added["checkin"]

    def summary(self) -> Message:
        """E.g. "Imported into Sam: 120 episodes, 30 check-ins added; skipped 853 episodes
        already in the diary, 2 check-ins for days that already have one (kept the diary's)."."""
        tally = self.tally
        added = [_things(k, tally.added[k]) for k in KINDS if tally.added[k]]
        same = [_things(k, tally.same[k]) for k in KINDS if tally.same[k]]
        by_day = [_things(k, tally.kept[k]) for k in _BY_DAY if tally.kept[k]]
        kept = [_things(k, tally.kept[k]) for k in KINDS if tally.kept[k] and k not in _BY_DAY]
        skipped = [
            message(code, things=_listed(things))
            for code, things in (
                ("import.same", same),
                ("import.kept_day", by_day),
                ("import.kept", kept),
            )
            if things
        ]
        who: Message | str = self.person_name
        if self.created_person:
            who = message("import.new_person", name=self.person_name)
        what = message("import.added", things=_listed(added)) if added else message("import.none")
        if not skipped:
            return message("import.summary", who=who, added=what)
        return message("import.summary_skipped", who=who, added=what, skipped=_listed(skipped))
