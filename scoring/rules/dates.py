"""SRC301-SRC304: dates that contradict the publication date, each other, or the calendar.

Practice: a reporter dates events against the day of publication; stale or rewritten copy keeps
the tense of another day ("will ... by late 2024" in a 2025 article), moves events between years,
or writes a day that does not exist. The temporal extractor finds the dates, resolves them and
reads their tense; these rules turn its chronology facts into findings.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...features.pipeline import Extraction
from ...features.temporal import (
    ISSUE_CONFLICTING_YEARS,
    ISSUE_FUTURE_ABOUT_PAST,
    ISSUE_IMPOSSIBLE_DATE,
    ISSUE_PAST_ABOUT_FUTURE,
)
from .base import HIGH, MEDIUM, Check, Hit, Rule


def _dates(issue: str) -> Check:
    def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
        for mention in ex.temporal.mentions:
            if mention.issue == issue:
                yield mention.issue_detail or f"Date problem: {mention.text}.", (mention.span,), rule.points

    return check


RULES = (
    Rule(
        "SRC301", "future-about-past", HIGH,
        "A statement in the future tense about a period already past at publication is stale or rewritten copy.",
        "future tense about a period already past", -8.0, 16.0, _dates(ISSUE_FUTURE_ABOUT_PAST),
    ),
    Rule(
        "SRC302", "past-about-future", MEDIUM,
        "A period after the publication date told as past is a date error.",
        "a later period told as past", -6.0, 12.0, _dates(ISSUE_PAST_ABOUT_FUTURE),
    ),
    Rule(
        "SRC303", "conflicting-years", MEDIUM,
        "The same event dated to two different years: one of them is wrong.",
        "one event dated in two years", -6.0, 12.0, _dates(ISSUE_CONFLICTING_YEARS),
    ),
    Rule(
        "SRC304", "impossible-date", MEDIUM,
        "A date that cannot exist (February 30) signals careless or fabricated copy.",
        "February 30", -5.0, 10.0, _dates(ISSUE_IMPOSSIBLE_DATE),
    ),
)
