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

The parts: `summary` (page 1's headline figures: how many, how bad, better or worse, the top
triggers), `factors` (the check-ins: therapy and the table of daily factors), `episode_log`
(the appendix), `treatments` (medications, injections, markers, therapy sessions) and
`questions` (the questions for the next appointment, and where they are kept). Here they are
read together into one `ReportData`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from caregiver_app.services import charts, falls, insights, people, scales
from caregiver_app.services import therapy as therapy_sessions
from caregiver_app.services.caregivers import Share, not_recorded, shares
from caregiver_app.services.periods import Period
from caregiver_app.services.report_data.change import Change, Frequency, changes
from caregiver_app.services.report_data.clinical import Clinical, clinical
from caregiver_app.services.report_data.episode_log import (
    LOG_LIMIT,
    EpisodeLog,
    episode_log,
    log_period,
)
from caregiver_app.services.report_data.factors import (
    FactorTable,
    Therapy,
    checkin_days,
    factor_table,
    therapy_figures,
)
from caregiver_app.services.report_data.questions import (
    QuestionsPlace,
    load_questions,
    question_list,
)
from caregiver_app.services.report_data.summary import (
    Comparison,
    EpisodeFigures,
    TriggerShare,
    compare_with_previous,
    covered_period,
    episode_figures,
    top_triggers,
)
from caregiver_app.services.report_data.treatments import Treatments, treatment_summary
from caregiver_app.store.db import database_proxy


@dataclass(frozen=True)
class Safety:
    """Falls and nights woken by spasms in the period."""

    falls: tuple[falls.Fall, ...]
    nights_woken: int  # check-ins that said spasms woke them
    nights_asked: int  # check-ins that answered the question


def _safety(person_id: int, period: Period) -> Safety:
    row = database_proxy.execute_sql(
        "SELECT SUM(woken_by_spasms), COUNT(woken_by_spasms) FROM checkin"
        " WHERE person_id = ? AND day >= ? AND day <= ?",
        (person_id, period.first_day.isoformat(), period.last_day.isoformat()),
    ).fetchone()
    return Safety(tuple(falls.list_falls(person_id, period)), int(row[0] or 0), int(row[1] or 0))


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
    frequency: Frequency = field(default_factory=lambda: Frequency(None, 0))
    changes: tuple[Change, ...] = ()
    clinical: Clinical = field(default_factory=Clinical)
    safety: Safety | None = None
    logged_by: tuple[Share, ...] = ()  # who logged the period's episodes (services/caregivers)
    logged_by_unknown: int = 0  # the period's episodes that do not say who logged them

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
    log_days: int | None = 14,
) -> ReportData:
    """Every number of one report, read in one transaction. `questions` defaults to the ones
    kept for this person. The episode log covers the last `log_days` days of the period
    (None: all of it; 0: no log)."""
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
            scales=scales.scale_scores(
                person_id, scales.recall_period(covered, today, first), today=today
            ),
            insights=tuple(insights.from_dashboard(dashboard, today)),
            triggers=tuple(top_triggers(dashboard.triggers)),
            therapy=therapy_figures(
                days, therapy_sessions.visit_days(person_id, covered.first_day, covered.last_day)
            ),
            factors=factor_table(covered, days, dashboard.daily),
            log=episode_log(person_id, log_period(period, log_days), log_limit),
            questions=question_list(kept if questions is None else questions),
            questions_place=place,
            treatments=treatment_summary(person_id, covered, today),
            frequency=dashboard.frequency,
            changes=changes(person_id, period, today, first),
            clinical=clinical(person_id, covered, today),
            safety=_safety(person_id, covered),
            logged_by=tuple(shares(person_id, period.first_day, period.last_day)),
            logged_by_unknown=not_recorded(person_id, period.first_day, period.last_day),
        )
    return report
