"""From a pattern match to a draft mention: the fields its expression states, and the word before it.

A bare number 1900-2099 is a year unless it reads as a count ("about 2000 troops", "2000
people") or a clock time ("at 1900 GMT"); "March" and "May" alone are months only after "in",
"since", "by", "last" and the like; "February 30" is a day only where a count cannot be read
("In February 30 people died" is not a date).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..vocabulary.temporal import (
    ADVERBIAL_PREPOSITIONS,
    AMBIGUOUS_MONTHS,
    COUNT_WORDS,
    DAY_FOLLOWERS,
    FUTURE_RELATIVE_WORDS,
    IRREGULAR_COUNT_NOUNS,
    MONTH_ABBREVIATIONS,
    MONTH_CONTEXT_WORDS,
    MONTHS,
    NOT_PLURAL,
    NUMBER_WORDS,
    PAST_RELATIVE_WORDS,
    TIME_FOLLOWERS,
    WEEKDAYS,
    YEAR_CONTEXT_WORDS,
)
from .periods import day_exists, valid_day

if TYPE_CHECKING:
    from .chronology import Relation

_ALL_MONTHS = {**MONTHS, **MONTH_ABBREVIATIONS}
_RWORD_RE = re.compile(r"[ ]*([A-Za-z]+)")
_NEXT_WORD_RE = re.compile(r"[ ]+([A-Za-z]+)")
_PART_NOISE_RE = re.compile(r"\b(?:the|very|of)\b|-")


class Draft:
    """A mention being built: parsed fields, then tense, then resolution and its relations."""

    # Class-level defaults: a draft sets only what its expression has.
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None
    rel: str | None = None
    unit: str | None = None
    season: str | None = None
    count = 0
    weekday: int | None = None
    prep = ""
    prep_start = 0
    adverbial = False
    explicit = False
    impossible = False
    direction: str | None = None
    tense = "unknown"
    clear_past = False
    reported = False  # a future clause after a past reporting verb: "he said he will"
    first: date | None = None  # the resolved interval
    last: date | None = None
    relation: Relation | None = None
    sentence = 0
    s0 = 0
    s1 = 0

    def __init__(self, start: int, end: int, kind: str) -> None:
        self.start, self.end, self.kind = start, end, kind


def prev_word(reverse: str, pos: int) -> tuple[str, int]:
    """The word just before ``pos`` (lowercased) and its start, read on the reversed text."""
    n = len(reverse)
    m = _RWORD_RE.match(reverse, n - pos)
    return (m.group(1)[::-1].lower(), n - m.end(1)) if m else ("", pos)


def next_word(text: str, pos: int) -> str:
    """The word just after ``pos``, as written."""
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group(1) if m else ""


def coordinated(text: str, prev: str, prev_start: int, last_end: int) -> bool:
    """True for the second date of "January and February", "2019 and 2023", "March to May"."""
    return prev in ("and", "or", "to", "through", "until") and 0 <= prev_start - last_end <= 3


def parse_match(text: str, reverse: str, m: re.Match[str], last_end: int) -> Draft | None:
    """The draft for a match of ``patterns``, or None when it is not a date after all."""
    family = m.lastgroup
    start, end = m.span()
    prev, prev_start = prev_word(reverse, start)
    if family == "iso":
        y, mo, da = (int(x) for x in m.group().split("-"))
        d = Draft(start, end, "full_date")
        d.year, d.month, d.day, d.explicit = y, mo, da, True
        d.impossible = not valid_day(y, mo, da)
    elif family == "num":
        a, b, y = (int(x) for x in m.group().split("/"))
        if len(m.group().rsplit("/", 1)[1]) == 2:
            y += 2000 if y < 70 else 1900
        d = Draft(start, end, "numeric")
        mo, da = (a, b) if a <= 12 or b > 12 else (b, a)
        d.year, d.month, d.day, d.explicit = y, mo, da, True
        d.impossible = not valid_day(y, mo, da)
    elif family == "ago":
        d = Draft(start, end, "relative")
        raw = m.group("ago_n").lower()
        d.count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 1)
        d.unit = m.group("ago_unit").lower().rstrip("s")
        d.rel, d.direction = "ago", "past"
    elif family == "md":
        d = _parse_month(text, m, prev, prev_start, last_end)
        if d is None:
            return None
    elif family == "yp":
        d = Draft(start, end, "part_of_year")
        d.part = _part_key(m.group("yp_part"))
        if m.group("yp_year"):
            d.year, d.explicit = int(m.group("yp_year")), True
        else:
            d.rel = " ".join(m.group("yp_rel").lower().split())
            d.unit = m.group("yp_unit").lower()
            d.kind = {"year": "part_of_year", "month": "part_of_month"}.get(d.unit, "relative")
            d.direction = _direction(d.rel)
    elif family == "se":
        if not (m.group("se_rel") or m.group("se_year")):
            return None
        d = Draft(start, end, "season")
        d.season = m.group("se_name").lower()
        d.part = m.group("se_part").lower() if m.group("se_part") else None
        if m.group("se_year"):
            d.year, d.explicit = int(m.group("se_year")), True
        else:
            d.rel = " ".join(m.group("se_rel").lower().split())
            d.direction = _direction(d.rel)
    elif family == "rel":
        d = Draft(start, end, "relative")
        d.unit = m.group("rel_unit").lower()
        if m.group("rel_mod"):
            d.rel = m.group("rel_mod").lower()
        else:
            d.rel = " ".join(w for w in m.group("rel_dir").lower().split() if w != "the")
        d.direction = _direction(d.rel)
    elif family == "rday":
        d = Draft(start, end, "relative")
        d.rel = " ".join(m.group().lower().split())
        d.direction = _direction(d.rel)
    elif family == "wd":
        d = Draft(start, end, "weekday")
        d.weekday = WEEKDAYS[m.group("wd_name")]
        rel = (m.group("wd_rel") or "").lower().split()
        if rel and rel[0] == "on":
            rel = rel[1:]
            d.start = m.start("wd_name") if not rel else m.start("wd_rel") + m.group("wd_rel").lower().rindex(rel[0])
            prev, prev_start = "on", m.start("wd_rel")
        d.rel = rel[0] if rel else None
        d.direction = _direction(d.rel)
    else:  # year
        if not _year_is_date(text, reverse, end, prev, prev_start, last_end):
            return None
        d = Draft(start, end, "year")
        d.year, d.explicit = int(m.group()), True
    d.prep, d.prep_start = prev, prev_start
    d.adverbial = prev in ADVERBIAL_PREPOSITIONS
    return d


def _parse_month(text: str, m: re.Match[str], prev: str, prev_start: int, last_end: int) -> Draft | None:
    name = m.group("md_mon").rstrip(".")
    month = _ALL_MONTHS[name]
    part = _part_key(m.group("md_part")) if m.group("md_part") else None
    rel = " ".join(m.group("md_rel").lower().split()) if m.group("md_rel") else None
    year = int(m.group("md_year")) if m.group("md_year") else None
    day_text = m.group("md_day1") or m.group("md_day2")
    start, end = m.span()
    day = int(day_text) if day_text else None
    if m.group("md_day2") and year is None:
        follower = next_word(text, m.end("md_day2"))
        if day is not None and (day > 31 or (follower.islower() and follower not in DAY_FOLLOWERS)):
            day, end = None, m.end("md_mon")  # "In February 30 people died": a count, not a day
    if day is None and year is None and part is None and rel is None:
        if name in MONTH_ABBREVIATIONS:
            return None
        context = prev in MONTH_CONTEXT_WORDS or coordinated(text, prev, prev_start, last_end)
        if name in AMBIGUOUS_MONTHS and not context:
            return None
    if day is not None:
        part = rel = None
    if year is not None:
        rel = None
    kind = "month"
    if day is not None:
        kind = "full_date" if year is not None else "month_day"
    elif part is not None:
        kind = "part_of_month"
    elif year is not None:
        kind = "month_year"
    d = Draft(start, end, kind)
    d.month, d.day, d.year, d.part, d.rel = month, day, year, part, rel
    d.explicit = year is not None
    d.direction = _direction(rel)
    if day is not None:
        d.impossible = not (valid_day(year, month, day) if year is not None else day_exists(month, day))
    return d


def _year_is_date(text: str, reverse: str, end: int, prev: str, prev_start: int, last_end: int) -> bool:
    """A bare 1900-2099 is a year unless it reads as a count ("about 2000 troops") or a time."""
    if prev in COUNT_WORDS:
        return False
    follower = next_word(text, end)
    if follower in TIME_FOLLOWERS:
        return False
    if prev == "to" and prev_word(reverse, prev_start)[0] == "up":
        return False
    if prev in YEAR_CONTEXT_WORDS or coordinated(text, prev, prev_start, last_end):
        return True
    if follower.islower() and (
        follower in IRREGULAR_COUNT_NOUNS or (follower.endswith("s") and follower not in NOT_PLURAL)
    ):
        return False
    return True


def _part_key(raw: str) -> str:
    return " ".join(_PART_NOISE_RE.sub(" ", raw.lower()).split())


def _direction(rel: str | None) -> str | None:
    if rel is None:
        return None
    if rel in PAST_RELATIVE_WORDS:
        return "past"
    if rel in FUTURE_RELATIVE_WORDS:
        return "future"
    return None
