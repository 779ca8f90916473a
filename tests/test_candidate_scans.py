"""The candidate searches of features.temporal and features.statistics find what the regex scans they replace find."""

from __future__ import annotations

import random
import re

import pytest

from sourcescore.features import statistics
from sourcescore.features.document import parse
from sourcescore.features.temporal import find as temporal_find
from sourcescore.features.temporal.parse import Draft
from sourcescore.features.temporal.patterns import NAME_RE

TEXTS = [
    "In May 2024 the Mayor said, in March, that 3 Decades AGO (xMay) the Sept. 11 attacks ...",
    "3 decades ago; 2 DECADES AGO; 4 Decade\u017f AGO; on Monday, Mondays, Sunday-Monday, Sat. Sat",
    "Jan. 5, 2020 / 03/27/2025 / 2025-13-45 / the end of December 2019 and early Jan 2020.",
    "\u0130n March, the K\u0131ng said 5 weeks ago: Decembers, Dec 3, DEC 4, Decem 5, Octo 6.",
    "Since Sept 2019, 1,500 troops and 2.5% of 3,000,000 (up to 2000 GMT) 12th May 7th-June.",
    "4 Decade\u017f AGO",
    "It ended 3 years AGO, two months AGO and 5 weeks AGO; a week AGO, this evening, last weekend, 6 days AGO.",
    "See you last weekend.",
    "It came three days ago.",
    "Yesterday, this Afternoon, LAST NIGHT, later this Year, the past month, early Spring, \u017fpring 2020.",
    "",
    "May",
    "1234567890 0 00 9a9 x1 1x F16 2018s \u0663\u0664 \uff11\uff12 2\u00b2",
]

_PIECES = [
    "May", "Mayor", "March", "Mar", "Mar.", "Sept", "Sep", "September", "Dec", "Decades", "decades", "Decade",
    "DECADES", "Monday", "Mon", "Sunday", "Sun", "June", "Jun", "ago", "AGO", "Ago", "years", "months", "weeks",
    "early", "the end of", "last", "next", "this", "on", "in", "by", "yesterday", "Yesterday", "today", "TODAY",
    "todays", "xoday", "oday", "spring", "Spring", "springs", "\u017fpring", "last night", "Last Night", "night",
    "this morning", "this Morning", "whis morning", "his evening", "afternoon", "evening", "morning", "weekend", "Weekend", "weekends",
    "week", "weeks", "Week", "day", "days", "year", "years", "yearly", "year-end", "the end of the year", "this past", "the coming",
    "a", "an", "two", "fall", "Fall", "FALL", "Winter", "winter", "autumn", "summer", "tonight", "tomorrow", "later", "3", "27", "2024", "1999", "12", "/", "-", ",",
    ".", "%", " percent", "st", "th", " ", " ", "  ", "\n", "x", "\u017f", "\u212a", "\u0130", "\u2014", "(", ")",
]


_GLUE = [" ", " ", " ", " ", "", "-", "  ", ", "]


def _random_texts(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) + rng.choice(_GLUE) for _ in range(rng.randrange(1, 30))) for _ in range(count)]


def _drafts(found: tuple[list[Draft], list[tuple[int, str, str]]]) -> tuple[list[dict[str, object]], list[tuple[int, str, str]]]:
    drafts, numbers = found
    return [vars(d) for d in drafts], numbers


def _check_triggers(text: str) -> None:
    doc = parse(text)
    runs = temporal_find.trigger_runs(doc)
    starts = temporal_find.name_starts(doc.text, runs)
    scanned = [m.start() for m in NAME_RE.finditer(doc.text)]
    assert set(starts) <= set(scanned) and starts == sorted(starts), text
    # The name and keyword triggers left out never yield a date: the mentions are those of them all.
    assert _drafts(temporal_find.scan(doc.text, runs)) == _drafts(temporal_find.scan(doc.text, None)), text


@pytest.mark.parametrize("text", TEXTS)
def test_triggers_left_out_yield_no_date(text: str) -> None:
    _check_triggers(text)


def test_triggers_left_out_yield_no_date_in_random_texts() -> None:
    for text in _random_texts(1500):
        _check_triggers(text)


def test_digit_runs_are_the_regex_runs() -> None:
    for text in [*TEXTS, *_random_texts(300, seed=5)]:
        assert temporal_find.digit_runs(text) == [m.span() for m in re.finditer("[0-9]+", text)], text


_STAT_PIECES = [
    "1", "23", "456", "$", "$5", "\u20ac", "\u00a3", "\u00a5", "x", "_", ".", ",", "-", " ", "  ", "%", "a1", "\u0663",
    "\uff11", "\u00b2", "\u00e9", "\u2014", "\u2160", "\ud800", "one", "In", "\U0001d7d9",
]


def _random_stat_texts(count: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_STAT_PIECES) for _ in range(rng.randrange(0, 25))) for _ in range(count)]


def test_statistic_starts_are_the_regex_starts() -> None:
    for text in [*TEXTS, *_random_stat_texts(800)]:
        assert statistics._start_positions(text) == [m.start() for m in statistics._STAT_START_RE.finditer(text)], text
        assert statistics._has_non_ascii_decimal(text) == any(c.isdecimal() and not c.isascii() for c in text), text
