"""What TimeML marks as a date and what it does not: sets, names, durations, generic time; decades and possessives."""

from __future__ import annotations

from datetime import date

from sourcescore.features import temporal
from sourcescore.features.document import parse

REF = date(1998, 3, 4)  # a Wednesday


def found(text: str, published: date | None = REF) -> list[tuple[str, str, str | None]]:
    """(text, kind, resolved) for each mention, its span checked against the original text."""
    doc = parse(text, published=published)
    mentions = temporal.extract(doc).mentions
    for m in mentions:
        assert m.text == doc.original[m.span.start : m.span.end]
    return [(m.text, m.kind, m.resolved) for m in mentions]


def test_weekdays_with_a_plural_part_of_day_are_a_set() -> None:
    assert found("Flights leave on Monday and Tuesday nights from March 30.") == [
        ("March 30", "month_day", "1998-03-30")
    ]
    assert found("The show airs Sunday mornings.") == []
    assert found("Talks resume Tuesday night.") == [("Tuesday", "weekday", "1998-03-10")]
    assert found("He met them on Monday and Tuesday.") == [
        ("Monday", "weekday", "1998-03-02"), ("Tuesday", "weekday", "1998-03-03")
    ]


def test_today_in_a_name_and_tomorrow_at_large_are_no_days() -> None:
    assert found("This is VOA Today.") == []
    assert found("He told USA Today that sales fell.") == []
    assert found("Today, he said, sales fell.") == [("Today", "relative", "1998-03-04")]
    assert found("I would have chosen the people of tomorrow.") == []
    assert found("The vote of tomorrow's meeting counts.") == [("tomorrow", "relative", "1998-03-05")]
    assert found("He will announce it tomorrow.") == [("tomorrow", "relative", "1998-03-05")]


def test_year_earlier_before_a_count_of_months_is_a_duration() -> None:
    assert found("Net for the year-earlier nine months included a gain.") == []
    assert found("Net for the year-earlier 6 months included a gain.") == []
    assert [k for _, k, _ in found("Net rose from the year-earlier $4.5 million.")] == ["relative"]


def test_possessive_quarters_and_sentence_initial_year() -> None:
    texts = [m[0] for m in found("Profit rose in the third quarter. The latest quarter's results included a gain.")]
    assert texts == ["the third quarter", "The latest quarter"]
    assert [m[0] for m in found("This quarter's loss includes charges.")] == ["This quarter"]
    assert [m[0] for m in found("Year-earlier results included a gain.")] == ["Year-earlier"]
    assert found("The quarter-to-quarter comparison improved.") == []


def test_spoken_and_apostrophe_decades() -> None:
    assert found("Hate groups declined through the nineties.") == [
        ("the nineties", "decade", "1990-01-01/1999-12-31")
    ]
    assert found("Sales were flat in the late eighties.") == [
        ("the late eighties", "decade", "1987-01-01/1989-12-31")
    ]
    assert found("It marked the last half of the '80s.") == [("80s", "decade", "1980-01-01/1989-12-31")]
    assert found("Prices fell in the twenties.", date(2025, 6, 1)) == [
        ("the twenties", "decade", "2020-01-01/2029-12-31")
    ]
    assert found("The temperature was in the 80s.") == []


def test_the_near_future_and_the_future_as_a_subject() -> None:
    assert [m[0] for m in found("It plans an offering in the near future.")] == ["the near future"]
    assert [m[0] for m in found("Whether it helps society in the future is yet to be seen.")] == ["the future"]
    assert found("Sales rose in the past three years.") == []
    assert found("It was the worst in the past decades.") == []


def test_a_month_modifying_a_noun_is_a_date() -> None:
    ref = date(1989, 10, 27)
    assert found("It sold itself under a June agreement with holders.", ref) == [
        ("June", "month", "1989-06-01/1989-06-30")
    ]
    assert [m[0] for m in found("Its August report was late.", ref)] == ["August"]
    assert found("Her sister June Carter sang.", ref) == []
    assert found("She said that May be true.", ref) == []
    assert found("He met a June who sang.", ref) == []
