"""The numbers of the appointment report: headline figures, the comparison with the previous
period, therapy, the weekly table of daily factors and the episode log. No Qt.

Everything is read for one person and one `Period` of local calendar days, in one transaction
(`load_report`), so every figure of one report agrees with every other. The charts, insights
and scale scores come from `services.charts`, `services.insights` and `services.scales`, so the
report prints exactly what the Charts page shows.

Conventions that keep the figures honest:
- Counts, mean severity and mean pain cover every episode of the period, today's included, so
  they agree with the CSV export of the same days.
- Rates (episodes a day or a week) use only complete days: today is not over, and counting it
  would make any period that ends today look better than it was. `rate_days` says how many.
- Days before the diary started are not days without episodes: rates, scale scores, charts and
  the weekly table cover only the part of the period the diary covers (`ReportData.covered`).
- The previous period is compared only when the diary already existed on its first day;
  otherwise there is nothing fair to compare with, and `Comparison.comparable` is False.
- A percentage change is given only when the previous period has at least
  `MIN_EPISODES_FOR_PERCENT` episodes; with fewer, a percentage would exaggerate (2 to 3 is
  "up 50%"), so the report shows the two counts instead.
- A check-in value that was not recorded is unknown, never 0: averages leave it out and say
  how many days they cover.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from caregiver_app.services import charts, episodes, insights, people, scales
from caregiver_app.services.episodes import EpisodeFilter, EpisodeRow
from caregiver_app.services.messages import UserError, message
from caregiver_app.services.periods import Period
from caregiver_app.services.timeutil import LOCAL_SECONDS_SQL, day_start, week_start
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import Setting

HIGH_PAIN = 7
MIN_EPISODES_FOR_PERCENT = 5
LOG_LIMIT = 1000  # episodes in the appendix; the most recent ones when there are more
WEEKLY_UP_TO_DAYS = 371  # up to a year (53 weeks) the factor table has a row a week, then a month
QUESTIONS_KEY = "report_questions:{person_id}"
MAX_QUESTIONS_CHARS = 5000


# --- episodes: how many, how bad ---------------------------------------------------------------


@dataclass(frozen=True)
class EpisodeFigures:
    """Episodes of a period. `per_day`/`per_week` use the `rate_days` complete days only."""

    period: Period
    episodes: int
    severity_counts: tuple[int, int, int]  # mild, moderate, severe
    severity_mean: float | None
    pain_recorded: int  # episodes with a pain score
    pain_mean: float | None
    pain_high: int  # episodes with pain of HIGH_PAIN or more
    rate_days: int  # complete days the rates use
    rate_episodes: int  # episodes on those days
    includes_incomplete_day: bool  # the period reaches today (or later): rates leave it out

    @property
    def per_day(self) -> float | None:
        return self.rate_episodes / self.rate_days if self.rate_days else None

    @property
    def per_week(self) -> float | None:
        return None if self.per_day is None else self.per_day * 7

    @property
    def pain_high_share(self) -> float | None:
        return self.pain_high / self.pain_recorded if self.pain_recorded else None


def _range(period: Period) -> tuple[int, int]:
    return day_start(period.first_day), day_start(period.last_day + dt.timedelta(days=1))


def covered_period(period: Period, diary_start: dt.date | None) -> Period | None:
    """The days of `period` from the diary's first entry on; None when it has none yet."""
    if diary_start is None or diary_start > period.last_day:
        return None
    return Period(max(period.first_day, diary_start), period.last_day)


def episode_figures(
    person_id: int, period: Period, today: dt.date, diary_start: dt.date | None = None
) -> EpisodeFigures:
    """Counts over `period`; rates over its complete days from `diary_start` (when later)."""
    start, end = _range(period)
    row = database_proxy.execute_sql(
        "SELECT COUNT(*), SUM(severity = 1), SUM(severity = 2), SUM(severity = 3), AVG(severity),"
        f" COUNT(pain), AVG(pain), SUM(pain >= ?) FROM episode WHERE person_id = ?"
        f" AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?",
        (HIGH_PAIN, person_id, start, end),
    ).fetchone()
    total = int(row[0] or 0)
    first_day = period.first_day if diary_start is None else max(period.first_day, diary_start)
    last_complete = min(period.last_day, today - dt.timedelta(days=1))
    if last_complete < first_day:
        rate_days, rate_episodes = 0, 0
    elif last_complete == period.last_day and first_day == period.first_day:
        rate_days, rate_episodes = period.days, total
    else:
        complete = Period(first_day, last_complete)
        c_start, c_end = _range(complete)
        rate_days = complete.days
        rate_episodes = int(
            database_proxy.execute_sql(
                f"SELECT COUNT(*) FROM episode WHERE person_id = ?"
                f" AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?",
                (person_id, c_start, c_end),
            ).fetchone()[0]
        )
    return EpisodeFigures(
        period=period,
        episodes=total,
        severity_counts=(int(row[1] or 0), int(row[2] or 0), int(row[3] or 0)),
        severity_mean=None if row[4] is None else float(row[4]),
        pain_recorded=int(row[5] or 0),
        pain_mean=None if row[6] is None else float(row[6]),
        pain_high=int(row[7] or 0),
        rate_days=rate_days,
        rate_episodes=rate_episodes,
        includes_incomplete_day=period.last_day >= today,
    )


# --- better or worse ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    """This period against the previous one of the same length."""

    previous: Period
    figures: EpisodeFigures | None  # None when not comparable
    comparable: bool  # the diary already existed on the previous period's first day
    diary_start: dt.date | None
    rate_change: float | None  # e.g. -0.18 for 18% fewer a day; None when not meaningful

    @property
    def show_percent(self) -> bool:
        return self.rate_change is not None


def compare_with_previous(
    person_id: int,
    current: EpisodeFigures,
    today: dt.date,
    diary_start: dt.date | None,
) -> Comparison:
    previous = current.period.previous()
    if diary_start is None or diary_start > previous.first_day:
        return Comparison(previous, None, False, diary_start, None)
    before = episode_figures(person_id, previous, today, diary_start)
    change: float | None = None
    now_rate, old_rate = current.per_day, before.per_day
    if (
        now_rate is not None
        and old_rate is not None
        and old_rate > 0
        and before.rate_episodes >= MIN_EPISODES_FOR_PERCENT
    ):
        change = now_rate / old_rate - 1
    return Comparison(previous, before, True, diary_start, change)


# --- where and why -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TriggerShare:
    code: str
    episodes: int
    share: float  # of all episodes in the period


def top_triggers(counts: charts.TriggerCounts, limit: int = 3) -> list[TriggerShare]:
    if counts.episodes == 0:
        return []
    return [TriggerShare(code, n, n / counts.episodes) for code, n in counts.counts[:limit]]


# --- therapy and daily factors -----------------------------------------------------------------


@dataclass(frozen=True)
class CheckInDay:
    day: dt.date
    hours_slept: float | None
    fluids_glasses: int | None
    stress: int | None
    meals: str | None
    exercises_done: bool | None
    therapy_today: bool | None
    therapy_willingness: int | None


def checkin_days(person_id: int, period: Period) -> list[CheckInDay]:
    rows = database_proxy.execute_sql(
        "SELECT day, hours_slept, fluids_glasses, stress, meals, exercises_done, therapy_today,"
        " therapy_willingness FROM checkin WHERE person_id = ? AND day >= ? AND day <= ?"
        " ORDER BY day",
        (person_id, period.first_day.isoformat(), period.last_day.isoformat()),
    ).fetchall()

    def flag(value: Any) -> bool | None:
        return None if value is None else bool(value)

    return [
        CheckInDay(
            day=dt.date.fromisoformat(str(r[0])),
            hours_slept=None if r[1] is None else float(r[1]),
            fluids_glasses=r[2],
            stress=r[3],
            meals=r[4],
            exercises_done=flag(r[5]),
            therapy_today=flag(r[6]),
            therapy_willingness=r[7],
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Tally:
    """Yes on `yes` of the `recorded` days that recorded it."""

    yes: int
    recorded: int


@dataclass(frozen=True)
class Mean:
    """The mean of the `days` days that recorded a value (None when none did)."""

    value: float | None
    days: int


def _mean(values: Sequence[float | int | None]) -> Mean:
    known = [float(v) for v in values if v is not None]
    return Mean(sum(known) / len(known) if known else None, len(known))


def _tally(values: Sequence[bool | None]) -> Tally:
    known = [v for v in values if v is not None]
    return Tally(sum(1 for v in known if v), len(known))


@dataclass(frozen=True)
class Therapy:
    checkin_days: int
    therapy: Tally
    exercises: Tally
    willingness: Mean


def therapy_figures(days: Sequence[CheckInDay]) -> Therapy:
    return Therapy(
        checkin_days=len(days),
        therapy=_tally([d.therapy_today for d in days]),
        exercises=_tally([d.exercises_done for d in days]),
        willingness=_mean([d.therapy_willingness for d in days]),
    )


@dataclass(frozen=True)
class FactorRow:
    """One week (or month) of daily factors, clipped to the period."""

    first_day: dt.date
    last_day: dt.date
    episodes: int
    checkin_days: int
    sleep: Mean  # hours
    fluids: Mean  # glasses
    stress: Mean  # 0-10
    poor_meals: Tally  # days with poor meals, of the days that recorded meals
    exercises: Tally
    therapy: Tally
    willingness: Mean  # 0-10

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


@dataclass(frozen=True)
class FactorTable:
    unit: str  # "week" or "month"
    rows: tuple[FactorRow, ...]


def _buckets(period: Period, unit: str) -> list[Period]:
    result: list[Period] = []
    start = period.first_day
    while start <= period.last_day:
        if unit == "week":
            end = week_start(start) + dt.timedelta(days=6)
        else:
            following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            end = following - dt.timedelta(days=1)
        end = min(end, period.last_day)
        result.append(Period(start, end))
        start = end + dt.timedelta(days=1)
    return result


def factor_table(
    period: Period, days: Sequence[CheckInDay], daily: charts.DailyCounts
) -> FactorTable:
    unit = "week" if period.days <= WEEKLY_UP_TO_DAYS else "month"
    by_day: dict[dt.date, CheckInDay] = {d.day: d for d in days}
    rows: list[FactorRow] = []
    for bucket in _buckets(period, unit):
        inside = [by_day[d] for d in bucket.each_day() if d in by_day]
        first, last = period.index_of(bucket.first_day), period.index_of(bucket.last_day)
        rows.append(
            FactorRow(
                first_day=bucket.first_day,
                last_day=bucket.last_day,
                episodes=sum(daily.counts[first : last + 1]),
                checkin_days=len(inside),
                sleep=_mean([d.hours_slept for d in inside]),
                fluids=_mean([d.fluids_glasses for d in inside]),
                stress=_mean([d.stress for d in inside]),
                poor_meals=_tally([None if d.meals is None else d.meals == "poor" for d in inside]),
                exercises=_tally([d.exercises_done for d in inside]),
                therapy=_tally([d.therapy_today for d in inside]),
                willingness=_mean([d.therapy_willingness for d in inside]),
            )
        )
    return FactorTable(unit, tuple(rows))


# --- the episode log -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EpisodeLog:
    rows: tuple[EpisodeRow, ...]  # oldest first
    total: int  # episodes in the period; more than len(rows) when the log was cut

    @property
    def complete(self) -> bool:
        return len(self.rows) == self.total


def episode_log(person_id: int, period: Period, limit: int = LOG_LIMIT) -> EpisodeLog:
    """The period's episodes, oldest first; only the most recent `limit` when there are more."""
    ids = episodes.query_ids(
        EpisodeFilter(person_id, first_day=period.first_day, last_day=period.last_day),
        descending=True,
    )
    chosen = ids[:limit]
    found = episodes.fetch_rows(chosen)
    rows = [found[i] for i in reversed(chosen) if i in found]
    return EpisodeLog(tuple(rows), len(ids))


# --- treatments (medications, injections, therapy sessions, appointments) -----------------------
#
# The treatments services are imported inside these functions: the report works (and says
# nothing about treatments) in a build without them.

MARKER_KINDS = ("injection", "dose_change", "medication_start", "medication_stop", "appointment")
MAX_MARKERS = 12


@dataclass(frozen=True)
class MedicationLine:
    name: str
    dose: str  # as entered, e.g. "12.5 mg"; "" when not known
    how_often: str
    as_needed: bool
    started_on: dt.date | None
    doses_in_period: int  # as-needed doses logged in the period


@dataclass(frozen=True)
class InjectionLine:
    day: dt.date
    muscles: str
    side: str
    product: str
    dose: str


@dataclass(frozen=True)
class Marker:
    """Something on the treatment timeline, drawn on the episodes chart. `kind` is one of
    MARKER_KINDS; `label` is in the diary's own words (name and dose, muscles...)."""

    day: dt.date
    kind: str
    label: str


@dataclass(frozen=True)
class Sessions:
    sessions: int
    minutes: int
    mean_willingness: float | None


@dataclass(frozen=True)
class Treatments:
    medications: tuple[MedicationLine, ...] = ()
    last_injection: InjectionLine | None = None
    markers: tuple[Marker, ...] = ()
    sessions: Sessions | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.medications or self.last_injection or self.markers or self.sessions)


def _medications(person_id: int, period: Period, today: dt.date) -> tuple[MedicationLine, ...]:
    from caregiver_app.services import medications

    day = min(today, period.last_day)
    taken: dict[int, int] = {}
    for dose in medications.doses_taken(person_id, period.first_day, period.last_day):
        taken[dose.medication_id] = taken.get(dose.medication_id, 0) + 1
    lines = [
        MedicationLine(
            name=m.name,
            dose=medications.format_dose(m.dose_on(day), m.data.unit),
            how_often=m.data.how_often,
            as_needed=m.as_needed,
            started_on=m.data.started_on,
            doses_in_period=taken.get(m.id, 0),
        )
        for m in medications.list_medications(person_id)
        if m.is_taken_on(day)
    ]
    return tuple(sorted(lines, key=lambda line: (line.as_needed, line.name.lower())))


def _last_injection(person_id: int, day: dt.date) -> InjectionLine | None:
    from caregiver_app.services import injections

    done = [i for i in injections.list_injections(person_id) if i.day <= day]
    if not done:
        return None
    last = max(done, key=lambda i: (i.day, i.id))
    data = last.data
    return InjectionLine(last.day, data.muscles, data.side, data.product, data.dose)


def _markers(person_id: int, period: Period) -> tuple[Marker, ...]:
    from caregiver_app.services import timeline

    found: list[Marker] = []
    for event in timeline.timeline_events(person_id, period.first_day, period.last_day):
        if event.kind in ("injection", "dose_change", "appointment"):
            found.append(Marker(event.start, event.kind, event.label))
        elif event.kind == "medication" and event.code == "regular":
            if event.start in period and event.start > period.first_day:
                found.append(Marker(event.start, "medication_start", event.label))
            if event.end is not None and event.end in period and event.end < period.last_day:
                found.append(Marker(event.end, "medication_stop", event.label))
    if len(found) > MAX_MARKERS:  # the most telling ones: injections and dose changes first
        rank = {kind: i for i, kind in enumerate(MARKER_KINDS)}
        found = sorted(found, key=lambda mk: rank[mk.kind])[:MAX_MARKERS]
    return tuple(sorted(found, key=lambda mk: (mk.day, MARKER_KINDS.index(mk.kind))))


def _sessions(person_id: int, period: Period) -> Sessions | None:
    from caregiver_app.services import therapy

    found = therapy.summary(person_id, period.first_day, period.last_day)
    if not found.sessions:
        return None
    return Sessions(found.sessions, found.minutes, found.mean_willingness)


def treatment_summary(person_id: int, period: Period, today: dt.date) -> Treatments | None:
    """Current medications, the last injection, the period's treatment markers and therapy
    sessions; None when there are none (or the treatments services are not in this build)."""
    try:
        found = Treatments(
            medications=_medications(person_id, period, today),
            last_injection=_last_injection(person_id, min(today, period.last_day)),
            markers=_markers(person_id, period),
            sessions=_sessions(person_id, period),
        )
    except ImportError:
        return None
    return None if found.is_empty else found


def last_appointment_day(person_id: int, today: dt.date) -> dt.date | None:
    """The day of the last appointment before today, for "since the last appointment"; None
    when there was none (or the treatments services are not in this build)."""
    try:
        from caregiver_app.services import appointments
    except ImportError:
        return None
    return appointments.last_appointment_day(person_id, today)


# --- questions for the appointment -----------------------------------------------------------------
#
# They are kept with the next appointment (on `today` or later) when there is one. Until one is
# planned they are kept per person in the `setting` table, and move to the appointment the
# first time they are saved once it exists.


@dataclass(frozen=True)
class QuestionsPlace:
    """Where the questions are kept: the next appointment, or (None) this diary's settings."""

    appointment_id: int | None = None
    day: dt.date | None = None
    clinician: str = ""


def _next_appointment(person_id: int, today: dt.date) -> Any | None:
    try:
        from caregiver_app.services import appointments
    except ImportError:
        return None
    return appointments.next_appointment(person_id, today)


def _stored_questions(person_id: int) -> str:
    row = Setting.get_or_none(Setting.key == QUESTIONS_KEY.format(person_id=person_id))
    return str(row.value) if row is not None else ""


def _store_questions(person_id: int, text: str) -> None:
    key = QUESTIONS_KEY.format(person_id=person_id)
    if text.strip():
        Setting.insert(key=key, value=text).on_conflict_replace().execute()
    else:
        Setting.delete().where(Setting.key == key).execute()


def load_questions(person_id: int, today: dt.date | None = None) -> tuple[str, QuestionsPlace]:
    """The questions for the next appointment, one a line, and where they are kept."""
    today = today or dt.date.today()
    visit = _next_appointment(person_id, today)
    if visit is None:
        return _stored_questions(person_id), QuestionsPlace()
    place = QuestionsPlace(visit.id, visit.day, visit.data.clinician)
    kept = "\n".join(q.question for q in visit.questions)
    return (kept or _stored_questions(person_id)), place


def save_questions(person_id: int, text: str, today: dt.date | None = None) -> QuestionsPlace:
    """Keep the questions (one transaction) with the next appointment, else in the settings.

    Raises ValueError (with the appointment's own message) when they cannot be kept there,
    e.g. more questions than an appointment holds."""
    today = today or dt.date.today()
    if len(text) > MAX_QUESTIONS_CHARS:
        raise UserError(
            message("appointment.questions_too_long", limit=MAX_QUESTIONS_CHARS), "questions"
        )
    with database_proxy.atomic():
        visit = _next_appointment(person_id, today)
        if visit is None:
            _store_questions(person_id, text)
            return QuestionsPlace()
        from caregiver_app.services import appointments

        asked = {q.question: q.asked for q in visit.questions}
        lines = [line.strip() for line in question_list(text)]
        questions = tuple(appointments.QuestionData(q, asked.get(q, False)) for q in lines)
        appointments.update_appointment(visit.id, replace(visit.data, questions=questions))
        _store_questions(person_id, "")  # now kept with the appointment
        return QuestionsPlace(visit.id, visit.day, visit.data.clinician)


def question_list(text: str) -> tuple[str, ...]:
    """One question a line; blank lines are dropped, the words kept exactly as typed."""
    return tuple(line for line in text.splitlines() if line.strip())


# --- everything, in one go ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportData:
    person: people.PersonInfo
    period: Period  # as chosen
    covered: Period  # the part of it the diary covers (all of it, once the diary is old enough)
    diary_start: dt.date | None
    made_on: dt.date
    figures: EpisodeFigures
    comparison: Comparison
    dashboard: charts.Dashboard
    scales: scales.ScaleScores
    insights: tuple[insights.Insight, ...]
    triggers: tuple[TriggerShare, ...]
    therapy: Therapy
    factors: FactorTable
    log: EpisodeLog
    questions: tuple[str, ...] = ()
    questions_place: QuestionsPlace | None = None  # the appointment they are for, if planned
    treatments: Treatments | None = None

    @property
    def is_empty(self) -> bool:
        """No episodes and no check-ins in the period."""
        return self.figures.episodes == 0 and self.therapy.checkin_days == 0


def load_report(
    person_id: int,
    period: Period,
    today: dt.date | None = None,
    questions: str | None = None,
    log_limit: int = LOG_LIMIT,
) -> ReportData:
    """Every number of one report, read in one transaction. `questions` defaults to the ones
    kept for this person."""
    today = today or dt.date.today()
    with database_proxy.atomic():
        person = people.get_person(person_id)
        first = charts.first_entry_day(person_id)
        covered = covered_period(period, first) or period
        kept, place = load_questions(person_id, today)
        figures = episode_figures(person_id, period, today, first)
        dashboard = charts.load_dashboard(person_id, covered, today)
        days = checkin_days(person_id, covered)
        report = ReportData(
            person=person,
            period=period,
            covered=covered,
            diary_start=first,
            made_on=today,
            figures=figures,
            comparison=compare_with_previous(person_id, figures, today, first),
            dashboard=dashboard,
            scales=scales.scale_scores(person_id, covered, today=today),
            insights=tuple(insights.insights(person_id, covered, today=today)),
            triggers=tuple(top_triggers(dashboard.triggers)),
            therapy=therapy_figures(days),
            factors=factor_table(covered, days, dashboard.daily),
            log=episode_log(person_id, period, log_limit),
            questions=question_list(kept if questions is None else questions),
            questions_place=place,
            treatments=treatment_summary(person_id, covered, today),
        )
    return report
