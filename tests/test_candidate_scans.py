"""The candidate searches of features.temporal and features.statistics find what the regex scans they replace find."""

from __future__ import annotations

import random
import re

import pytest

from sourcescore.features import statistics
from sourcescore.features.document import parse
from sourcescore.features.temporal import find as temporal_find
from sourcescore.features.temporal.parse import Draft
from sourcescore.features.temporal import patterns as temporal_patterns
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
    "a", "an", "two", "fall", "the very end of", "right now", "Now", "more recently", "nineteen ninety-one", "mid-",
    "the year-ago quarter", "its fourth quarter's", "third-quarter", "year-earlier", "Year-end", "several", "twenty",
    "coming", "the past", "the future", "the 21st century", "latest period", "just-ended", "know", "headquarters",
    "Chicago", "pastor", "fallen", "Fall", "FALL", "Winter", "winter", "autumn", "summer", "tonight", "tomorrow", "later", "3", "27", "2024", "1999", "12", "/", "-", ",",
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


_WORD_PHRASES = [
    "the end of the year", "the very beginning of 2020", "early 2024", "mid-2019", "late last year", "the first half of next year",
    "the third quarter", "its fourth quarter", "their fiscal year", "that quarter", "last quarter", "next period",
    "the latest quarter", "current quarter", "previous period", "comparable period", "same quarter", "fiscal 2020",
    "year-earlier", "year-ago", "just-ended quarter", "first-quarter", "second quarter", "final quarter", "quarter",
    "period", "year-end", "the 1990s", "early 1990s", "mid-1980s", "late 2000s", "this past summer", "last fall",
    "next spring", "past winter", "the summer", "early autumn", "later this month", "earlier this year", "the past week",
    "the coming month", "earlier in the year", "later in the week", "the year", "the full year", "the week",
    "yesterday", "today", "tomorrow", "tonight", "last night", "this morning", "two years ago", "several weeks ago",
    "a few days earlier", "an hour ago", "twenty years ago", "more recently", "until recently", "recently",
    "the 21st century", "right now", "now", "the past", "the near future", "the year nineteen ninety", "nineteen eighty-four",
    "THE END OF THE YEAR", "Early 2024", "Last Fall", "Yesterday", "Now", "Recently", "Several Weeks Ago",
]


def test_word_families_open_with_their_first_words() -> None:
    """Each family of AT_WORD_RE matches only where the letters at its start are one of its FIRST_WORDS."""
    texts = [*_WORD_PHRASES, *TEXTS, *_random_texts(300, seed=7)]
    for family in temporal_patterns._WORD_FAMILIES:
        rx = temporal_patterns._families(family)
        for text in texts:
            for pos, ch in enumerate(text):
                if not ch.isascii() or not ch.isalpha():
                    continue
                m = rx.match(text, pos)
                if m is not None:
                    word = re.match("[A-Za-z]+", text[pos:]).group().lower()  # type: ignore[union-attr]
                    assert word in temporal_patterns.FIRST_WORDS[family], (family, text, pos)
    for text in _WORD_PHRASES:  # the narrowed patterns find what the whole alternation finds
        word = re.match("[A-Za-z]+", text).group().lower()  # type: ignore[union-attr]
        whole = temporal_patterns.AT_WORD_RE.match(text)
        narrowed = temporal_patterns.AT_WORD_BY_FIRST.get(word)
        assert (whole and whole.span()) == (narrowed and narrowed.match(text) and narrowed.match(text).span()), text  # type: ignore[union-attr]


def test_keyword_inside_a_word_opens_no_date() -> None:
    """A keyword found inside a word ("know", "headquarters") is left out: no pattern matches there."""
    for text in [*TEXTS, *_random_texts(500, seed=9), "I know; headquarters; Chicago; pastor; fallen; snowfall"]:
        for sub, back, _words in temporal_find._KEYWORDS:
            i = text.find(sub)
            while i != -1:
                p = i - back
                if p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_") and text[p].isalnum():
                    for rx in (temporal_patterns.AT_WORD_RE, temporal_patterns.AT_NAME_RE, temporal_patterns.AT_DIGIT_RE):
                        assert rx.match(text, p) is None, (text, p)
                i = text.find(sub, i + 1)


def test_name_starts_are_regex_starts_without_runs() -> None:
    for text in [*TEXTS, *_random_texts(300, seed=13)]:
        assert temporal_find.name_starts(text, None) == [m.start() for m in NAME_RE.finditer(text)], text
