"""Future statements about what lies before the publication date, "from now", and weekdays a date does not fall on."""

from __future__ import annotations

from datetime import date

import pytest

from sourcescore.features import temporal
from sourcescore.features.document import parse
from sourcescore.features.temporal import ISSUE_FUTURE_ABOUT_PAST, ISSUE_IMPOSSIBLE_DATE, ISSUE_PAST_ABOUT_FUTURE
from sourcescore.scoring.rules.dates import message

PUBLISHED = date(2016, 6, 20)  # a Monday


def issues(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    """(mention text, issue) of every date mention found in ``text``."""
    return [(m.text, m.issue) for m in temporal.extract(parse(text, published=published)).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past relative date governed by a future verb
        ("The endorsement won't be doled out last week, as many expected.", [("last week", ISSUE_FUTURE_ABOUT_PAST)]),
        ("Parents will come to the board meeting last Tuesday.", [("last Tuesday", ISSUE_FUTURE_ABOUT_PAST)]),
        ("The company will report its results yesterday.", [("yesterday", ISSUE_FUTURE_ABOUT_PAST)]),
        # comparisons, spans, possessives, anaphora, past verbs, quotations: no issue
        ("Sales will be higher than last year.", [("last year", None)]),
        ("Prices will rise 4 percent from last year.", [("last year", None)]),
        ("The plant will stay shut, as it has been since last week.", [("last week", None)]),
        ("He will decide on last week's proposal.", [("last week", None)]),
        ("The board will review what it decided last week.", [("last week", None)]),
        ('"We will sign it last Tuesday," he joked.', [("last Tuesday", None)]),
        # "from now": a relative date ahead, checked like "next year"
        ("Ten years from now, the city will be different.", [("Ten years from now", None)]),
        ("A year from now, the thrift had profit of $1.8 million.", [("A year from now", ISSUE_PAST_ABOUT_FUTURE)]),
        # a weekday the calendar date does not fall on
        ("Obama arrived in Orlando on Thursday, June 16, 2016.", [("Thursday, June 16, 2016", None)]),
        ("Obama arrived in Orlando on Saturday, June 16, 2016.", [("Saturday, June 16, 2016", ISSUE_IMPOSSIBLE_DATE)]),
    ],
)
def test_future_about_behind_and_weekdays(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert issues(text) == expected


def test_from_now_resolves_ahead_of_publication() -> None:
    (mention,) = temporal.extract(parse("Two weeks from now the bridge reopens.", published=PUBLISHED)).mentions
    assert (mention.resolved_start, mention.resolved_end, mention.tense) == (date(2016, 7, 4), date(2016, 7, 4), "future")


def test_a_past_relative_date_under_a_future_verb_needs_a_publication_date() -> None:
    assert issues("Parents will come to the board meeting last Tuesday.", published=None) == [("last Tuesday", None)]


def test_the_wrong_weekday_message_names_the_day_the_date_falls_on() -> None:
    doc = parse("Obama arrived in Orlando on Saturday, June 16, 2016.", published=PUBLISHED)
    features = temporal.extract(doc)
    (mention,) = features.mentions
    assert message(doc.text, features.mentions, mention) == (
        "'Saturday, June 16, 2016' is not a real calendar date: June 16, 2016 falls on a Thursday"
    )
