"""The trigger insights in plain words: the one place their sentences are written.

No Qt here: callers pass `tr` (the window passes Qt's translation, so lupdate finds every
`tr("...")` below) and `number` (to format decimals in the user's locale). With the defaults the
sentences are English, as `Insight.text` holds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caregiver_app.services.insights import Insight

Translate = Callable[[str], str]
Number = Callable[[float, int], str]


def same(text: str) -> str:
    return text


def plain_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def title(code: str, tr: Translate = same) -> str:
    return {
        "short_sleep": tr("Short sleep (under 6 hours)"),
        "high_stress": tr("High stress (7 or more out of 10)"),
        "low_fluids": tr("Low fluids (under 6 glasses)"),
        "poor_meals": tr("Poor meals"),
        "no_exercises": tr("No exercises"),
    }.get(code, code)


def _phrases(code: str, lag: int, tr: Translate) -> tuple[str, str]:
    """(opening for days with the factor, words for the other days)."""
    table = {
        # Short sleep counts episodes from 7:00 (tallies.WAKING_HOUR): one in the night may
        # have caused the short night.
        ("short_sleep", 0): (
            tr("From 7:00 on days after a night under 6 hours"),
            tr("from 7:00 after a night of 6 hours or more"),
        ),
        ("short_sleep", 1): (
            tr("From 7:00 on the second day after a night under 6 hours"),
            tr("from 7:00 on the second day after a night of 6 hours or more"),
        ),
        ("high_stress", 0): (
            tr("On days with stress of 7 or more"),
            tr("on days with stress under 7"),
        ),
        ("high_stress", 1): (
            tr("On days after a day with stress of 7 or more"),
            tr("after a day with stress under 7"),
        ),
        ("low_fluids", 0): (
            tr("On days with under 6 glasses to drink"),
            tr("on days with 6 or more"),
        ),
        ("low_fluids", 1): (
            tr("On days after a day with under 6 glasses to drink"),
            tr("after a day with 6 or more"),
        ),
        ("poor_meals", 0): (tr("On days with poor meals"), tr("on days with fair or good meals")),
        ("poor_meals", 1): (
            tr("On days after a day with poor meals"),
            tr("after a day with fair or good meals"),
        ),
        ("no_exercises", 0): (tr("On days without exercises"), tr("on days with exercises")),
        ("no_exercises", 1): (
            tr("On days after a day without exercises"),
            tr("after a day with exercises"),
        ),
    }
    return table[(code, lag)]


def _needed(code: str, with_factor: bool, count: int, tr: Translate) -> str:
    """E.g. "3 more nights under 6 hours"."""
    one = {
        ("short_sleep", True): tr("1 more night under 6 hours"),
        ("short_sleep", False): tr("1 more night of 6 hours or more"),
        ("high_stress", True): tr("1 more day with stress of 7 or more"),
        ("high_stress", False): tr("1 more day with stress under 7"),
        ("low_fluids", True): tr("1 more day with under 6 glasses"),
        ("low_fluids", False): tr("1 more day with 6 glasses or more"),
        ("poor_meals", True): tr("1 more day with poor meals"),
        ("poor_meals", False): tr("1 more day with fair or good meals"),
        ("no_exercises", True): tr("1 more day without exercises"),
        ("no_exercises", False): tr("1 more day with exercises"),
    }
    many = {
        ("short_sleep", True): tr("%1 more nights under 6 hours"),
        ("short_sleep", False): tr("%1 more nights of 6 hours or more"),
        ("high_stress", True): tr("%1 more days with stress of 7 or more"),
        ("high_stress", False): tr("%1 more days with stress under 7"),
        ("low_fluids", True): tr("%1 more days with under 6 glasses"),
        ("low_fluids", False): tr("%1 more days with 6 glasses or more"),
        ("poor_meals", True): tr("%1 more days with poor meals"),
        ("poor_meals", False): tr("%1 more days with fair or good meals"),
        ("no_exercises", True): tr("%1 more days without exercises"),
        ("no_exercises", False): tr("%1 more days with exercises"),
    }
    key = (code, with_factor)
    return one[key] if count == 1 else many[key].replace("%1", str(count))


def _ratio(x: float, number: Number) -> str:
    """One decimal, or two when one decimal would round a value that is not 1 to 1.0."""
    decimals = 2 if f"{x:.1f}" == "1.0" and abs(x - 1) >= 0.005 else 1
    return number(x, decimals)


def describe(
    ins: Insight, tr: Translate = same, number: Number = plain_number, caveat: bool = True
) -> str:
    """The insight as one or two short sentences in the user's language. A clear link ends
    with "This is a link, not proof of a cause." unless `caveat` is False (a page that lists
    several says it once)."""
    text = _describe(ins, tr, number)
    if caveat and ins.enough_data and ins.clear:
        text += tr(" This is a link, not proof of a cause.")
    return text


def _describe(ins: Insight, tr: Translate, number: Number) -> str:
    if not ins.enough_data:
        parts = []
        if ins.needed_with:
            parts.append(_needed(ins.factor, True, ins.needed_with, tr))
        if ins.needed_without:
            parts.append(_needed(ins.factor, False, ins.needed_without, tr))
        single = len(parts) == 1 and max(ins.needed_with, ins.needed_without) == 1
        sentence = (
            tr("Not enough data yet. %1 is needed.")
            if single
            else tr("Not enough data yet. %1 are needed.")
        )
        return sentence.replace("%1", tr(" and ").join(parts))
    n1, n0 = str(ins.days_with), str(ins.days_without)
    if (
        ins.ci_low is None
        or ins.ci_high is None
        or ins.rate_with is None
        or ins.rate_without is None
    ):
        return (
            tr(
                "There were no episodes on any of these days (based on %1 and %2 days), so there is nothing to compare."
            )
            .replace("%1", n1)
            .replace("%2", n0)
        )
    opening, other = _phrases(ins.factor, ins.lag, tr)
    base = (
        tr("%1, there were on average %2 episodes a day, compared with %3 %4")
        .replace("%1", opening)
        .replace("%2", number(ins.rate_with, 1))
        .replace("%3", number(ins.rate_without, 1))
        .replace("%4", other)
    )
    low, high = _ratio(ins.ci_low, number), _ratio(ins.ci_high, number)
    if not ins.clear:
        tail = tr(
            " (based on %1 and %2 days). The data do not show a clear difference (likely range %3 to %4 times as many)."
        )
        return base + tail.replace("%1", n1).replace("%2", n0).replace("%3", low).replace(
            "%4", high
        )
    if ins.ratio is None:
        tail = tr(" (likely range %1 to %2 times as many; based on %3 and %4 days).")
        return base + tail.replace("%1", low).replace("%2", high).replace("%3", n1).replace(
            "%4", n0
        )
    if ins.ratio >= 1:
        tail = tr(" (%1 times as many; likely range %2 to %3; based on %4 and %5 days).")
    else:
        tail = tr(" (fewer: %1 times as many; likely range %2 to %3; based on %4 and %5 days).")
    return base + (
        tail.replace("%1", _ratio(ins.ratio, number))
        .replace("%2", low)
        .replace("%3", high)
        .replace("%4", n1)
        .replace("%5", n0)
    )
