"""Date mentions, their resolution, the clause's tense, the dating issues and the article's own chronology."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from sourcescore.features import temporal
from sourcescore.features.document import parse
from sourcescore.features.temporal import (
    ISSUE_CITED_BEFORE_IT_HAPPENED,
    ISSUE_CONFLICTING_YEARS,
    ISSUE_DURATION_LONGER_THAN_ELAPSED,
    ISSUE_FUTURE_ABOUT_PAST,
    ISSUE_IMPOSSIBLE_DATE,
    ISSUE_PAST_ABOUT_FUTURE,
    ISSUE_PERIOD_BEFORE_ITS_END,
    TemporalFeatures,
)
from sourcescore.scoring.rules.dates import message
from linearity import assert_linear

REF = date(2025, 3, 28)  # the seeds' publication date, a Friday
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def run(text: str, published: date | None = REF) -> TemporalFeatures:
    """Extract, checking every mention's span against the original text."""
    doc = parse(text, published=published)
    result = temporal.extract(doc)
    for m in result.mentions:
        assert m.text == doc.original[m.span.start : m.span.end]
        assert m.text == doc.original[slice(*doc.to_original(m.start, m.end))]
    return result


def found(text: str, published: date | None = REF) -> list[tuple[str, str, str | None]]:
    """(text, kind, resolved) for each mention."""
    return [(m.text, m.kind, m.resolved) for m in run(text, published).mentions]


def issues(text: str, published: date | None = REF) -> list[tuple[str, str]]:
    """(text, issue) for each mention that has one."""
    return [(m.text, m.issue) for m in run(text, published).mentions if m.issue]


def messages(text: str, published: date | None = REF) -> list[str | None]:
    """The date rules' message for each mention (None where it has no relation)."""
    doc = parse(text, published=published)
    found = temporal.extract(doc).mentions
    return [message(doc.text, found, m) for m in found]


def seed(name: str) -> str:
    """A seed article from ../shared; skipped when absent, except under CI."""
    path = SHARED / "seeds" / name
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing; CI must have ../shared beside the repository")
        pytest.skip(f"{path} not found: ../shared (the seed articles) is not beside this checkout")
    return path.read_text(encoding="utf-8")


# -- recognition and resolution ------------------------------------------------------------------
def test_full_dates() -> None:
    text = (
        "On March 27, 2025, officials met. The deal was signed 27 March 2025. "
        "The note from Jan. 5, 2024 was read. Data from 2024-03-01 and 03/27/2025 and 27/03/2025 were compared."
    )
    assert found(text) == [
        ("March 27, 2025", "full_date", "2025-03-27"),
        ("27 March 2025", "full_date", "2025-03-27"),
        ("Jan. 5, 2024", "full_date", "2024-01-05"),
        ("2024-03-01", "full_date", "2024-03-01"),
        ("03/27/2025", "numeric", "2025-03-27"),
        ("27/03/2025", "numeric", "2025-03-27"),
    ]


def test_month_year_and_month_day() -> None:
    text = "In January 2024 prices rose. On March 27, Pyongyang released images. Jan. 5 was quiet."
    assert found(text) == [
        ("January 2024", "month_year", "2024-01-01/2024-01-31"),
        ("March 27", "month_day", "2025-03-27"),
        ("Jan. 5", "month_day", "2025-01-05"),
    ]


def test_month_day_resolves_backwards_unless_the_clause_is_future() -> None:
    assert found("On March 30, officials met.") == [("March 30", "month_day", "2024-03-30")]
    assert found("Officials will meet on March 30.") == [("March 30", "month_day", "2025-03-30")]


def test_bare_years_but_not_counts_codes_or_units() -> None:
    text = (
        "Kim visited Moscow in 2019 and 2023. About 3,000 people and 2,000 troops arrived with 170mm guns "
        "and Orion-10 drones. He dispatched 2000 troops. Up to 1999 soldiers died. The meeting is at 1900 GMT. "
        "The 2024 election was close."
    )
    assert found(text) == [
        ("2019", "year", "2019-01-01/2019-12-31"),
        ("2023", "year", "2023-01-01/2023-12-31"),
        ("2024", "year", "2024-01-01/2024-12-31"),
    ]


def test_seasons_and_parts_of_periods() -> None:
    text = (
        "The deployment began last fall. This spring is mild. Fall 2024 was wet, and the winter of 2023 was cold. "
        "Prices rose in early 2024, by mid-2024 and in late 2024. It was reported at the end of February."
    )
    assert found(text) == [
        ("last fall", "season", "2024-09-01/2024-11-30"),
        ("This spring", "season", "2025-03-01/2025-05-31"),
        ("Fall 2024", "season", "2024-09-01/2024-11-30"),
        ("the winter of 2023", "season", "2023-12-01/2024-02-29"),  # TimeML spans keep "the"
        ("early 2024", "part_of_year", "2024-01-01/2024-04-30"),
        ("mid-2024", "part_of_year", "2024-05-01/2024-08-31"),
        ("late 2024", "part_of_year", "2024-09-01/2024-12-31"),
        ("the end of February", "part_of_month", "2025-02-21/2025-02-28"),
    ]


def test_relative_expressions_and_weekdays() -> None:
    text = (
        "Earlier this month prices fell. Last month, Kim spoke. He will visit next year, or later this year. "
        "This year is busy. Last week was calm. On Monday, officials spoke. Yesterday it rained; today it is dry. "
        "Two years ago it snowed."
    )
    assert found(text) == [
        ("Earlier this month", "relative", "2025-03-01/2025-03-28"),
        ("Last month", "relative", "2025-02-01/2025-02-28"),
        ("next year", "relative", "2026-01-01/2026-12-31"),
        ("later this year", "relative", "2025-03-28/2025-12-31"),
        ("This year", "relative", "2025-01-01/2025-12-31"),
        ("Last week", "relative", "2025-03-17/2025-03-23"),
        ("Monday", "weekday", "2025-03-24"),
        ("Yesterday", "relative", "2025-03-27"),
        ("today", "relative", "2025-03-28"),
        ("Two years ago", "relative", "2023-03-28"),  # a point, as TIMEX3 values it (was the whole year)
    ]


def test_day_mentions_per_sentence_counts_dates_written_as_one_day() -> None:
    # Day-level: "March 27, 2025", "Monday", "April 2". Not: "last year", "2024", "spring".
    text = "On March 27, 2025, troops moved. On Monday, talks began. Prices rose last year and in 2024. It ends April 2 or in spring."
    values = temporal.extract(parse(text, published=REF)).values
    assert values["temporal.day_mentions_per_sentence"] == 0.75


def test_bare_months_and_words_that_only_look_like_months() -> None:
    text = (
        "Nearly 3,000 soldiers were transferred in January and February. Troops will march on the capital. "
        "It may rain. Theresa May spoke. In May the talks resumed. Since March, prices rose."
    )
    assert found(text) == [
        ("January", "month", "2025-01-01/2025-01-31"),
        ("February", "month", "2025-02-01/2025-02-28"),
        ("May", "month", "2024-05-01/2024-05-31"),
        ("March", "month", "2025-03-01/2025-03-31"),
    ]


def test_resolved_is_an_iso_day_or_interval() -> None:
    day, interval = run("On March 27, 2025, and in late 2024, it rained.").mentions
    assert (day.resolved_start, day.resolved_end, day.resolved) == (date(2025, 3, 27), date(2025, 3, 27), "2025-03-27")
    assert interval.resolved == "2024-09-01/2024-12-31"


# -- tense ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("The company will open a plant in 2026.", "future"),
        ("The company plans to deploy systems by 2026.", "future"),
        ("The summit is expected to take place in 2026.", "future"),
        ("Moscow may transfer the technology to Pyongyang by 2026.", "future"),
        ("Moscow may have transferred the technology in 2024.", "past"),
        ("He said the plant would open in 2026.", "unknown"),
        ("The summit, which was expected to take place in 2024, did not happen.", "unknown"),
        ("Kim had already visited Moscow in 2019.", "past"),
        ("Troops deployed to Russia in 2024.", "past"),
        ("In 2024, troops were deployed.", "past"),
        ("The troops will be deployed to the eastern front in 2026.", "future"),
        ("The company will publish the results it collected in 2024.", "past"),
        ("Prices have risen since 2023.", "present"),
    ],
)
def test_tense_of_the_clause(text: str, tense: str) -> None:
    (mention,) = run(text).mentions
    assert mention.tense == tense


# -- issues --------------------------------------------------------------------------------------
def test_future_about_past_fires() -> None:
    text = "South Korea warns that Moscow may transfer SLBM technology to Pyongyang by late 2024."
    result = run(text)
    (mention,) = result.mentions
    assert (mention.text, mention.kind, mention.tense, mention.issue) == ("late 2024", "part_of_year", "future", ISSUE_FUTURE_ABOUT_PAST)
    assert messages(text) == ["'by late 2024' is written as still to come, but the article is dated 2025-03-28"]
    assert result.evidence == [mention.span]
    assert result.values["temporal.future_about_past"] == 1.0
    assert result.values["temporal.issues"] == 1.0
    # Reported speech keeps "will" only for what is still ahead.
    assert issues("Officials said the walls will be finished by late 2024.") == [("late 2024", ISSUE_FUTURE_ABOUT_PAST)]
    # Without a publication date, a forecast for a period before one the text narrates as past.
    undated_text = "The walls were finished in 2023. The city will open them by 2022."
    undated = run(undated_text, published=None)
    assert [(m.text, m.issue) for m in undated.mentions] == [("2023", None), ("2022", ISSUE_FUTURE_ABOUT_PAST)]
    assert messages(undated_text, published=None) == [
        None, "'by 2022' is written as still to come, but the article narrates '2023' as past"
    ]


def test_future_about_past_does_not_fire() -> None:
    assert issues("The ministry plans to deploy AI-powered swarm systems by 2025.") == []  # 2025 is not over
    assert issues("Kim will visit Moscow later this year.") == []
    assert issues('"We will leave in 2014," he said.') == []  # a quoted forecast is the speaker's
    old_plan = "The war ended in 2016. In 2010 he said he will end the war in 2014."
    assert issues(old_plan, published=None) == []  # undated: a reported forecast may be old
    assert issues("Moscow may transfer the technology by late 2024.", published=None) == []  # nothing to compare


def test_past_about_future_fires() -> None:
    text = "In June 2025, troops were deployed to the front."
    (mention,) = run(text).mentions
    assert (mention.text, mention.issue) == ("June 2025", ISSUE_PAST_ABOUT_FUTURE)
    assert messages(text) == ["'In June 2025' is narrated as already past, but it starts after the article is dated 2025-03-28"]


def test_past_about_future_does_not_fire() -> None:
    assert issues("In June 2025, troops will be deployed to the front.") == []
    assert issues("Talks were scheduled to take place in June 2026.") == []
    assert issues("Troops were deployed in January 2025.") == []
    assert issues("FIFA confirmed the venue for the 2026 World Cup.") == []  # a name, not the time of the clause


CONFLICT = (
    "- 3,000 North Korean soldiers deployed to Russia in early 2024 amid stalled ceasefire talks\n"
    "South Korean intelligence confirmed Pyongyang dispatched approximately 3,000 military personnel to Russia "
    "during January and February."
)


def test_conflicting_years_fires() -> None:
    result = run(CONFLICT)
    assert [(m.text, m.resolved, m.issue) for m in result.mentions] == [
        ("early 2024", "2024-01-01/2024-04-30", ISSUE_CONFLICTING_YEARS),
        ("January", "2025-01-01/2025-01-31", ISSUE_CONFLICTING_YEARS),
        ("February", "2025-02-01/2025-02-28", ISSUE_CONFLICTING_YEARS),
    ]
    assert result.conflicts == [(0, 1), (0, 2)]
    assert messages(CONFLICT)[0] == (
        "'early 2024' (2024) and 'January' (2025) seem to date the same event (both mention 3,000) in different years"
    )
    assert result.values["temporal.conflicting_years"] == 3.0
    assert result.values["temporal.conflict_pairs"] == 2.0


def test_conflicting_years_does_not_fire() -> None:
    assert issues(CONFLICT.replace("early 2024", "early 2025")) == []  # the same year
    assert issues(CONFLICT.replace("approximately 3,000", "approximately 4,000")) == []  # another number
    unrelated = "Exports rose 3,000 tonnes in 2023.\nA festival drew 3,000 visitors to Seoul in 2024."
    assert issues(unrelated) == []  # no content words in common
    assert run(CONFLICT, published=None).conflicts == []  # January/February then resolve to 2024


def test_impossible_dates_fire() -> None:
    text = "He was born on February 30. April 31 is not real. See 13/45/2025 and 2025-13-45 and February 29, 2023."
    result = run(text)
    assert [(m.text, m.resolved, m.issue) for m in result.mentions] == [
        ("February 30", None, ISSUE_IMPOSSIBLE_DATE),
        ("April 31", None, ISSUE_IMPOSSIBLE_DATE),
        ("13/45/2025", None, ISSUE_IMPOSSIBLE_DATE),
        ("2025-13-45", None, ISSUE_IMPOSSIBLE_DATE),
        ("February 29, 2023", None, ISSUE_IMPOSSIBLE_DATE),
    ]
    assert messages(text)[0] == "'February 30' is not a real calendar date"
    assert result.values["temporal.impossible_dates"] == 5.0
    assert len(result.evidence) == 5


def test_impossible_dates_do_not_fire() -> None:
    assert issues("The deal was signed on February 28, 2025, and on February 29, 2024.") == []
    assert found("In February 30 people died.") == [("February", "month", "2025-02-01/2025-02-28")]


# -- reference ----------------------------------------------------------------------------------
def test_reference_is_the_publication_date() -> None:
    result = run("Kim visited Moscow in 2019.")
    assert (result.reference, result.reference_inferred) == (REF, False)
    assert result.values["temporal.reference_inferred"] == 0.0
    assert run("In 2019.", published=datetime(2025, 3, 28, 9, 30)).reference == REF


def test_reference_inferred_from_past_clauses() -> None:
    text = "Kim visited Moscow in 2019 and in March 2023. He will return in 2030. Last month he spoke."
    result = run(text, published=None)
    assert (result.reference, result.reference_inferred) == (date(2023, 3, 31), True)
    assert result.values["temporal.reference_inferred"] == 1.0
    assert [m.resolved for m in result.mentions][-1] == "2023-02-01/2023-02-28"


def test_no_reference_leaves_relative_dates_unresolved() -> None:
    result = run("Last month, on Monday, it was February 30.", published=None)
    assert (result.reference, result.reference_inferred) == (None, False)
    assert [(m.text, m.resolved, m.issue) for m in result.mentions] == [
        ("Last month", None, None),
        ("Monday", None, None),
        ("February 30", None, ISSUE_IMPOSSIBLE_DATE),
    ]
    assert result.values["temporal.resolved_share"] == 0.0


# -- values and robustness -----------------------------------------------------------------------
def test_values() -> None:
    result = run("Kim will visit next year. He visited in 2019. It rained.")
    assert result.name == "temporal"
    assert result.values == {
        "temporal.mentions": 2.0,
        "temporal.mentions_per_sentence": 2 / 3,
        "temporal.day_mentions_per_sentence": 0.0,
        "temporal.resolved_share": 1.0,
        "temporal.future_share": 0.5,
        "temporal.future_about_past": 0.0,
        "temporal.past_about_future": 0.0,
        "temporal.conflicting_years": 0.0,
        "temporal.impossible_dates": 0.0,
        "temporal.issues": 0.0,
        "temporal.conflict_pairs": 0.0,
        "temporal.reference_inferred": 0.0,
        "temporal.has_reference": 1.0,
    }
    assert all(isinstance(v, float) for v in result.values.values())


def test_original_offsets_survive_normalization() -> None:
    text = "\u201cOn\u00a0March\u00a027, 2025\u201d \u2014 they said\u2026 in early\u00a02024."
    result = run(text)
    assert [m.text for m in result.mentions] == ["March\u00a027, 2025", "early\u00a02024"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "2024",
        "the end of",
        "February 30, 2025-13-45, 00/00/00, 99/99/2099",
        "\u2014\u2026\u201c\u2019" * 50,
        "March 27 yesterday next week two years ago",
    ],
)
@pytest.mark.parametrize("published", [REF, None, date(1, 1, 1), date(9999, 12, 31)])
def test_never_raises(text: str, published: date | None) -> None:
    run(text, published)


@pytest.mark.parametrize(
    ("make", "size"),
    [
        (lambda n: "word " * n, 20_000),  # up to a 1 MB sentence without punctuation
        (lambda n: " ".join(str(i) for i in range(n)), 10_000),  # up to 100,000 numbers
        (lambda n: "Troops arrived in 2019, " * n, 2_000),
        (lambda n: "the end of " * n + "February", 5_000),
        (lambda n: " " * n + "1" + " " * n + "March", 50_000),
        (lambda n: "3,000 soldiers deployed in 2024.\n" * n, 500),
    ],
)
def test_cost_grows_linearly(make: Callable[[int], str], size: int) -> None:
    assert_linear(lambda text: temporal.extract(parse(text, published=REF)), make, size)


# -- the seed articles ---------------------------------------------------------------------------
def test_genuine_seed_has_no_issue() -> None:
    result = run(seed("000_05bf85956880f1f9.txt"))
    assert [(m.text, m.resolved, m.issue) for m in result.mentions] == [
        ("March 27", "2025-03-27", None),
        ("January", "2025-01-01/2025-01-31", None),
        ("February", "2025-02-01/2025-02-28", None),
        ("the end of February", "2025-02-21/2025-02-28", None),
        ("later this year", "2025-03-28/2025-12-31", None),
        ("2019", "2019-01-01/2019-12-31", None),
        ("2023", "2023-01-01/2023-12-31", None),
        ("2018", "2018-01-01/2018-12-31", None),
        ("2019", "2019-01-01/2019-12-31", None),
        ("2022", "2022-01-01/2022-12-31", None),
        ("Last month", "2025-02-01/2025-02-28", None),
        ("last fall", "2024-09-01/2024-11-30", None),
        ("the end of January", "2025-01-21/2025-01-31", None),
        ("recently", None, None),  # PAST_REF: a date in TimeML, with no calendar value
        ("March 27", "2025-03-27", None),
    ]
    assert result.mentions[4].tense == "future"
    assert result.evidence == [] and result.conflicts == []


def test_fabricated_seed_dating_errors() -> None:
    result = run(seed("004_388af7e0b7bc39d0.txt"))
    flagged = {(m.text, m.issue) for m in result.mentions if m.issue}
    assert flagged == {
        ("late 2024", ISSUE_FUTURE_ABOUT_PAST),
        ("early 2024", ISSUE_CONFLICTING_YEARS),
        ("January", ISSUE_CONFLICTING_YEARS),
        ("February", ISSUE_CONFLICTING_YEARS),
    }
    texts = [m.text for m in result.mentions]
    assert result.mentions[texts.index("2025")].issue is None  # "plans to deploy ... by 2025"
    pairs = {(result.mentions[i].text, result.mentions[j].text) for i, j in result.conflicts}
    assert pairs == {("early 2024", "January"), ("early 2024", "February")}
    assert result.values["temporal.future_about_past"] == 1.0
    assert result.values["temporal.conflicting_years"] == 3.0
    assert len(result.evidence) == 4


@pytest.mark.parametrize("name", ["000_05bf85956880f1f9.txt", "004_388af7e0b7bc39d0.txt"])
def test_seeds_without_publication_date(name: str) -> None:
    result = run(seed(name), published=None)
    assert result.reference is not None and result.reference_inferred
    if name.startswith("000"):
        assert [m for m in result.mentions if m.issue] == []


# -- TimeBank-grade detection and resolution (issue 13) -------------------------------------------
FALL_REF = date(1989, 10, 26)  # a Thursday in late October: quarterly earnings season


def values(text: str, published: date | None = FALL_REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.resolved) for m in run(text, published).mentions]


def test_quarters_and_the_quarter_reported_on() -> None:
    text = (
        "Du Pont reported that third-quarter profit grew 19% from a year earlier. In the year-ago quarter, "
        "it earned $461 million. Sales in the latest quarter rose. It expects a charge in the fourth quarter. "
        "Sales for the current quarter began well. In the 1988 period, sales fell."
    )
    assert values(text) == [
        ("third-quarter", "1989-07-01/1989-09-30"),
        ("a year earlier", "1988-07-01/1988-09-30"),
        ("the year-ago quarter", "1988-07-01/1988-09-30"),
        ("the latest quarter", "1989-07-01/1989-09-30"),
        ("the fourth quarter", "1989-10-01/1989-12-31"),
        ("the current quarter", "1989-10-01/1989-12-31"),
        ("the 1988 period", "1988-07-01/1988-09-30"),
    ]


def test_a_quarter_that_is_not_a_date() -> None:
    assert values("A quarter of the shares were sold. The period was calm. She owns a quarter-point stake.") == []


def test_a_year_earlier_without_a_reported_quarter_is_a_point() -> None:
    assert values("Wages were 3.8 percent higher than a year earlier.", date(1998, 2, 6)) == [
        ("a year earlier", "1997-02-06")
    ]


def test_month_days_later_in_the_year_are_this_years_when_they_are_near() -> None:
    # "payable Dec. 7" in a past-tense sentence, "expire Nov. 21" in a present one: the coming day
    assert values("Directors authorized a split, payable Dec. 7 to stock of record Nov. 22.") == [
        ("Dec. 7", "1989-12-07"), ("Nov. 22", "1989-11-22"),
    ]
    assert values("The rights, which expire Nov. 21, can be exercised.") == [("Nov. 21", "1989-11-21")]
    assert values("The dividend is payable Jan. 2.") == [("Jan. 2", "1990-01-02")]
    # a past narrative keeps the day gone by
    assert values("On March 30, officials met.", REF) == [("March 30", "2024-03-30")]


def test_a_month_day_followed_by_a_lower_case_word_is_a_day() -> None:
    assert values("The so-called poison pill took effect Aug. 9 pending ratification by holders.") == [
        ("Aug. 9", "1989-08-09")
    ]
    assert values("In February 30 people died.", REF) == [("February", "2025-02-01/2025-02-28")]


def test_weekdays_in_a_future_context_and_with_their_date() -> None:
    sunday = date(1998, 3, 22)
    assert values("The peace process, set to resume Monday in Belfast, stalled.", sunday) == [("Monday", "1998-03-23")]
    assert values("Women's Day is this coming Sunday.", date(1998, 3, 5)) == [("this coming Sunday", "1998-03-08")]
    assert values("The Times said in an editorial on Saturday, April 25: the court erred.", date(1998, 4, 24)) == [
        ("Saturday, April 25", "1998-04-25")
    ]
    assert values("Flights depart each Thursday.", sunday) == []


def test_month_with_a_relative_year_and_deictic_words() -> None:
    ref = date(1998, 2, 19)
    assert values("In June last year, Pol Pot was arrested. Now the army is split.", ref) == [
        ("June last year", "1997-06-01/1997-06-30"), ("Now", "1998-02-19"),
    ]
    assert values("Now, he says, it is over.", ref) == []  # a discourse marker
    assert values("In the past, Russia objected. It has lost ground in the past three months.", ref) == [
        ("the past", None)
    ]


def test_spoken_years_decades_and_year_end() -> None:
    assert values("In nineteen ninety-one Keating was convicted. It began in the late 1970s.", date(1998, 1, 15)) == [
        ("nineteen ninety-one", "1991-01-01/1991-12-31"), ("the late 1970s", "1977-01-01/1979-12-31"),
    ]
    assert values("It hopes to close the deal by year-end.") == [("year-end", "1989-12-31")]


def test_future_about_past_needs_the_date_to_belong_to_the_future_verb() -> None:
    ref = date(2016, 7, 27)
    # a date far after "will" dates a noun; "his plan to" is a noun; "as in 1990" a comparison
    assert run("The address will bookend his career-launching address to the Democratic convention in 2004.", ref).evidence == []
    assert run("Clinton attacked his plan to provide free tuition and his vote in 2005.", ref).evidence == []
    assert run("She fears that the generals will not honor the results, as in 1990.", ref).evidence == []
    # a deadline after a modal and a date right after "will" still count
    assert [m.issue for m in run("Moscow may transfer missile technology to Pyongyang by late 2015.", ref).mentions] == [
        "future-about-past"
    ]
    assert [m.issue for m in run("The company will open a plant in 2015.", ref).mentions] == ["future-about-past"]


# -- past/future checks: participles, "since", "set for", present for future, yearless days --------
def test_a_participle_dates_a_done_event() -> None:
    # a past participle next to its date narrates a done event; far enough ahead, it is a date error
    assert issues("The 3,000 troops sent in August 2025 are fighting in Kursk.") == [("August 2025", ISSUE_PAST_ABOUT_FUTURE)]
    assert issues("Troops deployed to the front in late 2025 suffered losses.") == [("late 2025", ISSUE_PAST_ABOUT_FUTURE)]


def test_a_participle_that_plans_or_reports_is_not_a_done_event() -> None:
    assert issues("Results expected in August 2025 will show more.") == []  # a plan
    assert issues("Troops sent in August 2025 will reinforce the front.") == []  # a future in the clause
    assert issues("Congress boosted funding levels in 2026, officials said.", date(2025, 12, 22)) == []  # near: a budget year
    assert issues("Sanders noted that the next round of redistricting in 2026 is approaching.") == []  # "that" between
    assert issues("Tester said of prospects for gun measures in 2026 that they are dim.") == []  # dates the noun


def test_since_a_later_year_is_a_period_not_yet_begun() -> None:
    assert issues("Prices have risen 20% since 2026.") == [("2026", ISSUE_PAST_ABOUT_FUTURE)]
    assert messages("Prices have risen since June 2025.") == [
        "'since June 2025' is narrated as already past, but it starts after the article is dated 2025-03-28"
    ]
    assert issues("Prices have risen since 2023.") == []
    assert issues("Prices will have risen sharply since 2026.") == []  # a future clause
    assert issues("Prices have risen since 2026.", published=None) == []  # nothing to compare with


def test_set_for_a_past_period_is_a_stale_plan() -> None:
    assert issues("The vote is set for late 2024.") == [("late 2024", ISSUE_FUTURE_ABOUT_PAST)]
    assert issues("The talks, scheduled for late 2024, will address sanctions.") == [("late 2024", ISSUE_FUTURE_ABOUT_PAST)]
    assert messages("The vote is set for late 2024.") == [
        "'for late 2024' is written as still to come, but the article is dated 2025-03-28"
    ]


def test_set_for_told_from_the_past_is_not_stale() -> None:
    assert issues("The vote was set for late 2024.") == []
    assert issues("The talks, scheduled for late 2024, were cancelled.") == []
    assert issues("The vote is set for late 2025.") == []
    assert issues("He set aside money for 2024.") == []  # "for" after anything else is no time adverbial


def test_the_present_of_a_timetabled_event_is_future() -> None:
    assert values("The summit opens Tuesday. Talks resume Monday in Geneva.", REF) == [
        ("Tuesday", "2025-04-01"), ("Monday", "2025-03-31"),
    ]
    assert issues("The exhibition closes on March 2, 2025.") == [("March 2, 2025", ISSUE_FUTURE_ABOUT_PAST)]
    assert issues("The exhibition closes on March 2.") == [("March 2", ISSUE_FUTURE_ABOUT_PAST)]
    assert issues("The exhibition closes on April 2.") == []


def test_the_present_that_is_no_timetable() -> None:
    assert values("At the close Tuesday, shares fell.", REF) == [("Tuesday", "2025-03-25")]  # a noun
    assert issues("Q: You open your book on May 17, 2001.") == []  # transitive, with a person: a narrative present


def test_a_yearless_day_in_the_future_already_past_at_publication() -> None:
    # "will <do> on March 20" written on March 28 resolves to the March 20 just gone: stale copy
    assert values("Kim will meet Putin on March 20.", REF) == [("March 20", "2025-03-20")]
    assert issues("Kim will meet Putin on March 20.") == [("March 20", ISSUE_FUTURE_ABOUT_PAST)]
    assert messages("Kim will meet Putin on March 20.") == [
        "'on March 20' is written as still to come, but the article is dated 2025-03-28"
    ]
    assert issues("Kim will meet Putin on March 28.") == []  # today
    assert issues("Kim will meet Putin on April 2.") == []  # ahead
    assert issues("Kim will meet Putin on March 20.", published=None) == []  # only against a publication date
    assert issues('"We will meet on March 20," Kim said.') == []  # a quoted forecast


# -- the article's own chronology -----------------------------------------------------------------
RELEASE = "The ministry's report, released on April 3, 2024, found that exports fell. "


def test_cited_before_it_happened_fires() -> None:
    text = RELEASE + "On March 20, 2024, officials cited the report in parliament."
    result = run(text)
    assert [(m.text, m.issue) for m in result.mentions] == [
        ("April 3, 2024", None), ("March 20, 2024", ISSUE_CITED_BEFORE_IT_HAPPENED),
    ]
    relation = result.mentions[1].relation
    assert relation is not None
    assert (relation.other, relation.against, relation.subject) == (0, date(2024, 4, 3), "the report")
    assert messages(text)[1] == "'the report' is cited 'On March 20, 2024', before its release 'April 3, 2024' (2024-04-03)"
    # the citation before the release statement, and "the report found" as the citation; no publication date needed
    text = "In March 2024, the report found that exports fell. The report was published on April 3, 2024."
    assert issues(text, published=None) == [("March 2024", ISSUE_CITED_BEFORE_IT_HAPPENED)]
    assert result.values["temporal.issues"] == 1.0


def test_cited_before_it_happened_does_not_fire() -> None:
    assert issues(RELEASE + "On May 20, 2024, officials cited the report in parliament.") == []  # after the release
    assert issues(RELEASE + "On March 20, 2024, officials cited a leaked draft of the report.") == []  # a leak
    assert issues(RELEASE + "On March 20, 2024, officials discussed the report ahead of its release.") == []
    assert issues(RELEASE + "On March 20, 2024, officials cited a report on imports.") == []  # another report
    assert issues(RELEASE + "In April 2024, officials cited the report.") == []  # the same month: not wholly before
    two = RELEASE + "A second report was released on May 9, 2024. On March 20, 2024, officials cited the report."
    assert issues(two) == []  # which report is cited cannot be told


def test_period_reported_before_its_end_fires() -> None:
    text = "The company's profit rose 12% to $3 million in the first quarter of 2025."
    result = run(text)
    assert [(m.text, m.issue) for m in result.mentions] == [("the first quarter of 2025", ISSUE_PERIOD_BEFORE_ITS_END)]
    relation = result.mentions[0].relation
    assert relation is not None
    assert (relation.subject, relation.against, relation.limit) == ("profit", REF, date(2025, 3, 31))
    assert issues("Sales rose 5% in 2025, the company said.") == [("2025", ISSUE_PERIOD_BEFORE_ITS_END)]
    # "First-quarter 2025": the period is the quarter of that year
    assert issues("First-quarter 2025 profit rose 12% to $3 million.") == [("2025", ISSUE_PERIOD_BEFORE_ITS_END)]


def test_period_reported_before_its_end_does_not_fire() -> None:
    assert issues("Sales rose 5% in 2024, the company said.") == []  # ended
    assert issues("First-quarter 2025 profit rose 12% to $3 million.", date(2025, 4, 20)) == []  # the quarter ended
    assert issues("Sales have risen 5% so far in 2025.") == []  # partial
    assert issues("Sales are expected to rise 5% in 2025.") == []  # a forecast
    assert issues("Fiscal 2025 sales rose 5% to $3 million.") == []  # a fiscal year is not the calendar's
    assert issues("Profits were squeezed in 2025, the company said.") == []  # no figure
    assert issues("He said the 2025 profit is likely to be 4.7 billion francs.") == []  # the tense of the saying
    assert issues("Sales rose 5% in 2025.", published=None) == []  # only against a publication date
    assert issues("In 2025, 3,000 troops were deployed to Kursk.") == []  # no figures of the period


def test_duration_longer_than_elapsed_fires() -> None:
    text = "A 10-year Harvard study that began in 2020 found that sleep matters."
    result = run(text)
    assert [(m.text, m.issue) for m in result.mentions] == [("2020", ISSUE_DURATION_LONGER_THAN_ELAPSED)]
    relation = result.mentions[0].relation
    assert relation is not None
    assert (relation.subject, relation.against, relation.limit) == ("10-year Harvard study", REF, date(2030, 1, 1))
    assert issues("She ended her 20-year career, which began in 2010, last week.") == [
        ("2010", ISSUE_DURATION_LONGER_THAN_ELAPSED)
    ]
    # the end stated in the text: no publication date needed
    assert issues("The decade-long study, which ran from 2015 to 2020, found links.", published=None) == [
        ("2015", ISSUE_DURATION_LONGER_THAN_ELAPSED)
    ]


def test_duration_longer_than_elapsed_does_not_fire() -> None:
    assert issues("A five-year study that began in 2020 found that sleep matters.") == []
    assert issues("A 10-year study that began in 2020 will end in 2030.") == []  # still running
    assert issues("Early results of a 10-year study that began in 2020 show that sleep matters.") == []  # interim
    assert issues("A 10-year bond issued in 2020 pays 3%.") == []  # a term, not an activity
    assert issues("A 10-year-old boy who began school in 2020 won.") == []
    assert issues("A 10-year study that began in 2020 found that sleep matters.", published=None) == []
