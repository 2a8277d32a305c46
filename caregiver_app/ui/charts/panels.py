"""The words beside the charts: comparisons with check-in factors, and the spasm scale scores."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from caregiver_app.insight_text import describe
from caregiver_app.insight_text import title as factor_title
from caregiver_app.services.charts.frequency import Frequency
from caregiver_app.services.insights import Insight
from caregiver_app.services.periods import Period
from caregiver_app.services.scales import ScaleScores
from caregiver_app.ui.charts.text import date_text
from caregiver_app.ui.service_text import say
from caregiver_app.ui.widgets.cards import Card
from caregiver_app.ui.widgets.fit_to_width import stack_when_narrow
from caregiver_app.words import number, tr

LEARN_SCHEME = "learn:"


def verdict(insight: Insight) -> str:
    if not insight.enough_data:
        return tr("Not enough data yet")
    if insight.ratio is None and insight.ci_low is None:
        return tr("Nothing to compare")
    return tr("A clear difference") if insight.clear else tr("No clear difference")


class InsightsPanel(Card):
    """One short paragraph per factor, each with a "Learn more" link when a page exists."""

    def __init__(
        self, open_learn: Callable[[str], bool] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Check-in factors and episodes"), parent)
        self.open_learn = open_learn
        self.body.removeWidget(self.title)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        self.copy_button = QPushButton(tr("Copy text"))
        self.copy_button.setAccessibleName(tr("Copy the comparisons as text"))
        self.copy_button.clicked.connect(self.copy_text)
        header.addWidget(self.copy_button)
        self.body.insertLayout(0, header)
        stack_when_narrow(header, self, chars=60)
        intro = QLabel(
            tr(
                "Each part compares days with and without something noted in the daily check-in. "
                "Only days with that check-in answer count. Today is left out because it is not "
                "over. The likely range is a 95% confidence interval. A link is not proof of a "
                "cause, and with five factors compared one may look linked by chance; a link is "
                "claimed only with at least 14 days on each side. After a short night, episodes "
                "between midnight and 7:00 are left out: they may have caused the short night."
            )
        )
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.items: list[QLabel] = []
        self.insights: list[Insight] = []
        self.setAccessibleName(self.title.text())

    def set_insights(self, insights: Sequence[Insight]) -> None:
        for label in self.items:
            self.body.removeWidget(label)
            label.deleteLater()
        self.items = []
        self.insights = list(insights)
        for insight in self.insights:
            label = QLabel(self._html(insight))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.setOpenExternalLinks(False)
            label.linkActivated.connect(self._on_link)
            label.setAccessibleName(factor_title(insight.factor))
            label.setAccessibleDescription(f"{verdict(insight)}. {describe(insight, caveat=False)}")
            self.body.addWidget(label)
            self.items.append(label)
        self.setAccessibleDescription(" ".join(describe(i, caveat=False) for i in self.insights))

    def _html(self, insight: Insight) -> str:
        title = html.escape(factor_title(insight.factor))
        tag = html.escape(verdict(insight))
        text = html.escape(describe(insight, caveat=False))
        link = ""
        if self.open_learn is not None and insight.learn_trigger:
            more = html.escape(tr("Learn more"))  # outside the f-string: lupdate finds it there
            link = f' <a href="{LEARN_SCHEME}{insight.learn_trigger}">{more}</a>'
        return f"<p style='margin-top:6px'><b>{title}</b> &nbsp;<i>{tag}</i><br>{text}{link}</p>"

    def _on_link(self, href: str) -> None:
        if href.startswith(LEARN_SCHEME) and self.open_learn is not None:
            self.open_learn(href[len(LEARN_SCHEME) :])

    def plain_text(self) -> str:
        parts = [f"{factor_title(i.factor)} ({verdict(i)})\n{describe(i)}" for i in self.insights]
        return "\n\n".join(parts)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())


def frequency_words(score: int) -> str:
    return {
        0: tr("No spasms"),
        1: tr("Spasms only when touched or moved"),
        2: tr("Spasms less than once an hour"),
        3: tr("Spasms once an hour or more"),
        4: tr("Spasms more than 10 times an hour"),
    }[score]


def severity_words(score: int) -> str:
    return {1: tr("Mild"), 2: tr("Moderate"), 3: tr("Severe")}[score]


def recall_words(period: Period) -> str:
    """'Over the 29 days from 28 Oct 2026 to 25 Nov 2026', or 'On 25 Nov 2026'."""
    if period.days == 1:
        return tr("On %1").replace("%1", date_text(period.first_day))
    return (
        tr("Over the %1 days from %2 to %3")
        .replace("%1", str(period.days))
        .replace("%2", date_text(period.first_day))
        .replace("%3", date_text(period.last_day))
    )


class ScalesPanel(Card):
    """Penn Spasm Frequency Scale and spasm count, estimated from the diary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Spasm scores, estimated from the diary"), parent)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("recall", tr("Recall period")),
            ("frequency", tr("Penn Spasm Frequency Scale: frequency")),
            ("severity", tr("Penn Spasm Frequency Scale: severity")),
            ("count", tr("Episodes a day")),
        )
        for row, (key, name) in enumerate(rows):
            head = QLabel(name)
            head.setStyleSheet("font-weight: 600;")
            head.setWordWrap(True)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(head, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, 1)
            self.values[key] = value
        self.grid.setColumnStretch(1, 1)
        self.body.addLayout(self.grid)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)
        self.setAccessibleName(self.title.text())

    def set_scores(self, scores: ScaleScores, frequency: Frequency | None = None) -> None:
        self.values["recall"].setText(recall_words(scores.period))
        per_hour = number(scores.per_waking_hour, 2)
        self.values["frequency"].setText(
            tr("%1 of 4: %2 (about %3 an hour while awake)")
            .replace("%1", str(scores.psfs_frequency))
            .replace("%2", frequency_words(scores.psfs_frequency))
            .replace("%3", per_hour)
        )
        if scores.psfs_severity is None:
            self.values["severity"].setText(tr("Not scored (no spasms)"))
        else:
            self.values["severity"].setText(
                tr("%1 of 3: %2 (the most common; average %3)")
                .replace("%1", str(scores.psfs_severity))
                .replace("%2", severity_words(scores.psfs_severity))
                .replace("%3", number(scores.severity_mean or 0))
            )
        rate = frequency.rate if frequency is not None else None
        if rate is None:
            self.values["count"].setText(tr("No complete day yet: today is not over."))
        else:  # the report's page 1 says the same, from the same numbers
            self.values["count"].setText(
                tr(
                    "%1 a day over the %2 complete days of the period (%3 episodes); stiffness on %4 days"
                )
                .replace("%1", number(rate.per_day))
                .replace("%2", str(rate.period.days))
                .replace("%3", str(rate.episodes))
                .replace("%4", str(frequency.stiffness_days if frequency else 0))
            )
        note = " ".join(say(said) for said in scores.notes)
        self.note.setText(note)
        self.setAccessibleDescription(" ".join(v.text() for v in self.values.values()) + " " + note)
