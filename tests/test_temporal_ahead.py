"""Past statements about what lies after the publication date: relative dates ahead, records and events dated ahead."""

from __future__ import annotations

from datetime import date

import pytest

from sourcescore.features import temporal
from sourcescore.features.document import parse
from sourcescore.features.temporal import ISSUE_PAST_ABOUT_FUTURE
from sourcescore.scoring.rules.dates import message

PUBLISHED = date(2016, 5, 4)  # a Wednesday


def issues(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    """(mention text, issue) of every date mention found in ``text``."""
    return [(m.text, m.issue) for m in temporal.extract(parse(text, published=published)).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "next <unit>" governed by a past verb: a done event dated ahead
        ("The campaign announced next week that it hired a new spokeswoman.", [("next week", ISSUE_PAST_ABOUT_FUTURE)]),
        ("Police had next month charged the campaign manager.", [("next month", ISSUE_PAST_ABOUT_FUTURE)]),
        ("The company's shares closed tomorrow at $18.37.", [("tomorrow", ISSUE_PAST_ABOUT_FUTURE)]),
        ("The poll was taken later this year.", [("later this year", ISSUE_PAST_ABOUT_FUTURE)]),
        ("Ninety-eight senators voted next year to review the deal.", [("next year", ISSUE_PAST_ABOUT_FUTURE)]),
        # a fronted relative date and the past verb of the main clause
        ("Tomorrow, the stock plunged further.", [("Tomorrow", ISSUE_PAST_ABOUT_FUTURE)]),
        ("In composite trading tomorrow, the shares closed at $18.", [("tomorrow", ISSUE_PAST_ABOUT_FUTURE)]),
        # a plan told from the past, a deadline, an anaphoric or possessive "next": no issue
        ("The vote was delayed until next week.", [("next week", None)]),
        ("He said he was leaving next month.", [("next month", None)]),
        ("The hearing was scheduled next week.", [("next week", None)]),
        ("They agreed to meet next week.", [("next week", None)]),
        ("The board said it would vote next month.", [("next month", None)]),
        ("In 2010 he moved to Paris, and the next year he married.", [("2010", None), ("next year", None)]),
        ("Next week's vote was postponed.", [("Next week", None)]),
        ("He said next Tuesday is the deadline.", [("next Tuesday", None)]),
        ("Trump can't be toppled next Tuesday.", [("next Tuesday", None)]),
        ("Executives talked about buying back subordinated convertible debentures next year.", [("next year", None)]),
        ("Next year, a law passed in 2015 takes effect.", [("Next year", None), ("2015", None)]),
        ("Next year, the company said, sales will rise.", [("Next year", None)]),
        ('"Prices fell next week," he joked.', [("next week", None)]),
    ],
)
def test_relative_date_ahead_told_as_past(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert issues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event dated after publication, told as past
        ("In the 2018 election, Romney won Utah easily.", [("2018", ISSUE_PAST_ABOUT_FUTURE)]),
        ("He repeated a false claim that he opposed the 2018 invasion.", [("2018", ISSUE_PAST_ABOUT_FUTURE)]),
        # a record dated after publication: it cannot exist yet
        ("The lawyers filed an Aug. 8, 2019, affidavit with the court.", [("Aug. 8, 2019", ISSUE_PAST_ABOUT_FUTURE)]),
        ("She cited the state's 2018 reading assessment.", [("2018", ISSUE_PAST_ABOUT_FUTURE)]),
        # an event or a record still ahead, or announced ahead: no issue
        ("Democrats prepared for the 2018 election.", [("2018", None)]),
        ("Democrats raised money ahead of the 2018 election.", [("2018", None)]),
        ("The 2018 election will decide the Senate.", [("2018", None)]),
        ("He used the loans to fund his 2018 Senate campaign.", [("2018", None)]),
        ("The editors released the 2017 survey.", [("2017", None)]),  # a year, within half a year
        ("In the 2012 election, Romney won Utah easily.", [("2012", None)]),
    ],
)
def test_record_or_event_dated_ahead_told_as_past(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert issues(text, date(2016, 9, 3)) == expected


def test_fronted_year_with_a_bare_past_verb() -> None:
    text = "In 2017, the late mayor, a loyal ally, contributed to the campaign."
    assert issues(text, date(2015, 11, 29)) == [("2017", ISSUE_PAST_ABOUT_FUTURE)]
    assert issues("In fiscal 2017, the company earned $17 million.", date(2015, 11, 29)) == [("2017", None)]


def test_only_against_a_publication_date() -> None:
    assert issues("The campaign announced next week that it hired a spokeswoman. It was founded in 2014.", None) == [
        ("next week", None), ("2014", None),
    ]


def test_message_names_the_relative_date() -> None:
    text = "The campaign announced next week that it hired a new spokeswoman."
    doc = parse(text, published=PUBLISHED)
    mentions = temporal.extract(doc).mentions
    assert message(doc.text, mentions, mentions[0]) == (
        "'next week' is narrated as already past, but it starts after the article is dated 2016-05-04"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the quarter ended July 31, 1990, the company had 5.6 million shares.", [("the quarter", None), ("July 31, 1990", ISSUE_PAST_ABOUT_FUTURE)]),
        ("Baker wrote the letter Feb. 2, 2017 to the legal adviser.", [("Feb. 2, 2017", ISSUE_PAST_ABOUT_FUTURE)]),
        ("The court released a memo dated Aug. 8, 2019.", [("Aug. 8, 2019", ISSUE_PAST_ABOUT_FUTURE)]),
        ("In the quarter ended July 31, 1989, the company had 5.6 million shares.", [("the quarter", None), ("July 31, 1989", None)]),
        ("The quarter ending July 31, 1990, will be the last.", [("The quarter", None), ("July 31, 1990", None)]),
    ],
)
def test_period_ended_or_record_dated_ahead(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert issues(text, date(1989, 10, 30)) == expected


def test_a_modal_in_another_clause_does_not_make_the_date_future() -> None:
    text = "Utilities must file reports within 72 hours under a rule that took effect in 2028."
    assert issues(text, date(2025, 9, 4)) == [("2028", ISSUE_PAST_ABOUT_FUTURE)]
    text = "He said ridership had recovered by the end of 2029, and that the trial would test lower fares."
    assert issues(text, date(2026, 2, 9)) == [("the end of 2029", ISSUE_PAST_ABOUT_FUTURE)]
    # the modal of the date's own clause still counts
    assert issues("The rule, which took effect in 2028, must be revised.", date(2025, 9, 4)) == [("2028", None)]


def test_reversed_range_and_a_sentence_opening_relative_date() -> None:
    text = "He moved money into a personal account between 2025 and 2022."
    assert issues(text, date(2024, 1, 23)) == [("2025", ISSUE_PAST_ABOUT_FUTURE), ("2022", None)]
    assert issues("He moved money between 2019 and 2022.", date(2024, 1, 23)) == [("2019", None), ("2022", None)]
    assert issues("Tomorrow New York governor George Pataki toured five counties.", date(1998, 1, 11)) == [
        ("Tomorrow", ISSUE_PAST_ABOUT_FUTURE),
    ]
    assert issues("Tomorrow's vote was postponed.") == [("Tomorrow", None)]


def test_the_next_year_of_a_narrative_is_not_dated_from_publication() -> None:
    assert issues("Over the next year, the firm grew.") == [("next year", None)]
    assert issues("Earlier this year, he resigned.") == [("Earlier this year", None)]
