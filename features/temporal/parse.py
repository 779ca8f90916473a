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
    PLURAL_DAY_PARTS,
    RELATIVE_OFFSETS,
    SCHEDULE_PARTICIPLES,
    SPOKEN_DECADES,
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
_COMPARISON_RE = re.compile(r"\b(?:compared\s(?:with|to)|from|than|versus|period|quarter)\b[^.;]{0,30}$")
# Before a month used as a noun modifier ("a June agreement"): articles and possessives, and the
# words after it that show it is none (a name, a modal: "a June who sang", "that May be").
_ARTICLES = frozenset("a an the his her its their our my your".split())
_NOT_A_HEAD = frozenset("who whom whose which that be have has had not and or is was".split())
_PART_NOISE_RE = re.compile(r"\b(?:the|very|of)\b|-")
_DURATION_AFTER_RE = re.compile(
    rf"\s{{1,3}}(?:\d{{1,3}}|{'|'.join(NUMBER_WORDS)}|several|few)[\s-]{{1,3}}(?:days?|weeks?|months?|years?)\b", re.IGNORECASE
)
_DAY_PARTS_AFTER_RE = re.compile(
    rf"(?:\s{{1,3}}(?:and|or|&)\s{{1,3}}(?:{'|'.join(WEEKDAYS)}))?\s{{1,3}}(?:{'|'.join(PLURAL_DAY_PARTS)})\b"
)


def _in_sentence(text: str, lo: int, hi: int) -> bool:
    """True when no sentence ends between ``lo`` and ``hi`` (a capital there is not a sentence's first word)."""
    return not any(c in text[lo:hi] for c in ".!?\n\"")


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
    quarter: int | None = None  # 1-4: "the third quarter"
    # How a date without a calendar anchor of its own is placed: "focus" (the quarter the text reports
    # on: "the latest quarter"), "focus-1" (that quarter a year before: "the year-ago quarter", "a year
    # earlier"), "current" (the quarter of the reference), "last"/"next" (the quarter before/after it).
    anchor: str | None = None
    year_offset: int | None = None  # "June last year": the year relative to the reference's
    prep = ""
    prep_start = 0
    adverbial = False
    explicit = False
    impossible = False
    direction: str | None = None
    tense = "unknown"
    clear_past = False
    reported = False  # a future clause after a past reporting verb: "he said he will"
    reach = 0  # future clauses: the words from the date back to the future marker
    distance = 0  # the words from the date to its marker, the marker included
    marker = ""  # the word or phrase that set the tense: "will", "set for", "deployed", "opens"
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
        raw = " ".join(m.group("ago_n").lower().split())
        d.count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 3)  # "several", "a few": about 3
        d.unit = m.group("ago_unit").lower().rstrip("s")
        d.rel, d.direction = "ago", "past"
        if m.group("ago_word")[0] in "fFhH":  # "50 years from now", "two weeks hence": that many units ahead
            d.rel, d.direction = "hence", "future"
        elif d.count == 1 and d.unit == "year":
            d.anchor = "focus-1"  # "up from $3 million a year earlier": the reported period a year before
    elif family == "qt":
        d = _parse_quarter(text, m)
        if d is None:
            return None
    elif family == "yadj":
        if _DURATION_AFTER_RE.match(text, end):
            return None  # "the year-earlier nine months": a span of time, not a date
        d = Draft(start, end, "relative")
        d.rel, d.unit, d.count, d.direction, d.anchor = "ago", "year", 1, "past", "focus-1"
    elif family == "yend":
        d = Draft(start, end, "relative")
        d.rel, d.unit = "year end", "year"
    elif family == "rin":
        d = Draft(start, end, "relative")
        d.rel, d.unit = m.group("rin_mod").lower(), m.group("rin_unit").lower()
        d.direction = _direction(d.rel)
    elif family == "the":
        d = Draft(start, end, "relative")
        d.rel, d.unit = "this", m.group("the_unit").lower()
    elif family == "rec":
        d = Draft(start, end, "relative")
        d.rel, d.unit, d.direction = "recently", "ref", "past"
    elif family == "cen":
        d = Draft(start, end, "century")
        d.count = int(m.group("cen_n"))
        if not 1 <= d.count <= 30:
            return None
    elif family == "now":
        if m.group().startswith("Now") and text[end : end + 1] == ",":
            return None  # "Now, he says ...": a discourse marker
        d = Draft(start, end, "relative")
        d.rel = "today"
        d.unit = "now"
    elif family == "ref":
        if prev not in ("in", "into", "of", "over", "for"):
            return None
        d = Draft(start, end, "relative")
        d.rel = m.group("ref_word").lower()
        d.unit = "ref"
        d.direction = "past" if d.rel == "past" else "future"
    elif family == "spk":
        d = Draft(start, end, "year")
        if m.group("spk_c"):
            tens = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
            unit = NUMBER_WORDS.get((m.group("spk_u") or "").lower(), 0)
            d.year = 1900 + 10 * (tens.index(m.group("spk_t").lower()) + 2) + unit
        else:
            d.year = 2000
        d.explicit = True
    elif family == "dec":
        d = Draft(start, end, "decade")
        d.year, d.explicit = int(m.group("dec_y")), True
        d.part = m.group("dec_part").lower() if m.group("dec_part") else None
    elif family in ("sdec", "adec"):  # "the nineties", "the '80s": the century from the reference
        d = Draft(start, end, "decade")
        d.count = SPOKEN_DECADES[m.group("sdec_t").lower()] if family == "sdec" else int(m.group("adec_t"))
        d.part = m.group("sdec_part").lower() if family == "sdec" and m.group("sdec_part") else None
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
        if d.rel == "last" and d.unit == "year" and _COMPARISON_RE.search(text, max(0, start - 40), start):
            d.anchor = "focus-1"  # "compared with $3 million last year": the reported period, a year before
    elif family == "rday":
        word = m.group()
        if word[0] == "T" and prev_start < start and text[prev_start : prev_start + 1].isupper() and _in_sentence(text, prev_start, start):
            return None  # "USA Today", "VOA Today": a name
        if prev == "of" and text[end : end + 1] not in ("'", "\u2019") and word.lower() in ("today", "tomorrow"):
            return None  # "the people of tomorrow": the future at large, not a day
        d = Draft(start, end, "relative")
        d.rel = " ".join(m.group().lower().split())
        d.direction = _direction(d.rel)
    elif family == "wd" and m.group("wd_mon"):  # "Saturday, April 25": the day the date names
        if m.group("wd_rel") and m.group("wd_rel").lower() == "on":
            start, prev, prev_start = m.start("wd_name"), "on", m.start("wd_rel")
        d = Draft(start, end, "month_day")
        d.month, d.day = _ALL_MONTHS[m.group("wd_mon").rstrip(".")], int(m.group("wd_day"))
        d.weekday = WEEKDAYS[m.group("wd_name")]  # tells the year of a yearless day
        if m.group("wd_year"):
            d.year, d.explicit, d.kind = int(m.group("wd_year")), True, "full_date"
            d.impossible = not valid_day(d.year, d.month, d.day)
        else:
            d.impossible = not day_exists(d.month, d.day)
    elif family == "wd":
        if _DAY_PARTS_AFTER_RE.match(text, end):
            return None  # "Tuesday nights", "Monday and Tuesday nights": a set of days
        d = Draft(start, end, "weekday")
        d.weekday = WEEKDAYS[m.group("wd_name")]
        rel = (m.group("wd_rel") or "").lower().split()
        if rel and rel[0] == "on":
            rel = rel[1:]
            d.start = m.start("wd_name") if not rel else m.start("wd_rel") + m.group("wd_rel").lower().rindex(rel[0])
            prev, prev_start = "on", m.start("wd_rel")
        d.rel = ("next" if rel[-1] == "coming" else rel[0]) if rel else None
        d.direction = _direction(d.rel)
    else:  # year
        if not _year_is_date(text, reverse, end, prev, prev_start, last_end):
            return None
        d = Draft(start, end, "year")
        d.year, d.explicit = int(m.group()), True
    if prev in ("each", "every") and d.kind in ("weekday", "month"):
        return None  # "each Thursday", "every July": a set of days, not a date
    d.prep, d.prep_start = prev, prev_start
    # "set for late 2024", "scheduled for March 2": the time of the planned event
    d.adverbial = prev in ADVERBIAL_PREPOSITIONS or (
        prev == "for" and prev_word(reverse, prev_start)[0] in SCHEDULE_PARTICIPLES
    )
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
        count = follower.islower() and follower not in DAY_FOLLOWERS and (
            follower in IRREGULAR_COUNT_NOUNS or (follower.endswith("s") and follower not in NOT_PLURAL)
        )
        if day is not None and (day > 31 or (count and name not in MONTH_ABBREVIATIONS)):
            day, end = None, m.end("md_mon")  # "In February 30 people died": a count, not a day
    year_offset = RELATIVE_OFFSETS[m.group("md_ry").lower()] if m.group("md_ry") else None
    if year_offset is not None:
        rel = None
    if day is None and year is None and part is None and rel is None and year_offset is None:
        if name in MONTH_ABBREVIATIONS:
            return None
        # "a June agreement", "the May vote": a month naming when its noun happened
        follower = next_word(text, end)
        modifier = prev in _ARTICLES and follower.islower() and follower not in _NOT_A_HEAD
        context = prev in MONTH_CONTEXT_WORDS or modifier or coordinated(text, prev, prev_start, last_end)
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
    d.year_offset = year_offset
    if year_offset is not None:
        d.kind = "month_year"
    d.explicit = year is not None
    d.direction = _direction(rel)
    if day is not None:
        d.impossible = not (valid_day(year, month, day) if year is not None else day_exists(month, day))
    return d


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


def _parse_quarter(text: str, m: re.Match[str]) -> Draft | None:
    """A quarter or reported period: "the third quarter", "the year-ago quarter", "the latest period"."""
    det = (m.group("qt_det") or "").lower()
    mods = set(m.group("qt_mods").lower().replace("-", " ").split())
    ordinal = (m.group("qt_ord") or "").lower()
    year = int(m.group("qt_year")) if m.group("qt_year") else None
    rel = (m.group("qt_rel") or "").lower()
    unit = m.group("qt_unit").lower()
    start, end = m.span()
    if unit == "period" and not (year or rel or mods & {"latest", "ago", "earlier", "comparable", "same", "previous"}):
        return None  # "the period", "the fiscal period": not a calendar period
    if not (det or mods or ordinal or year or rel):
        return None  # "a quarter of the shares"
    if not ordinal and re.match(r"\s{1,3}of\s{1,3}(?!(?:19|20)\d\d)", text[end : end + 12]):
        return None  # "the quarter of the market held by ...": a fraction
    d = Draft(start, end, "quarter")
    d.quarter = _ORDINALS.get(ordinal)
    if d.quarter is not None and mods & {"ago", "earlier"}:
        d.count = 1  # "the year-ago third quarter": a year before
    if year is not None:
        d.year, d.explicit = year, d.quarter is not None
        if d.quarter is None:
            d.anchor = "focus"  # "the 1988 period": the quarter reported on, in 1988
    elif rel:
        d.year_offset = RELATIVE_OFFSETS[rel]
        if d.quarter is None:
            d.anchor = "focus"
    if d.quarter is None and d.anchor is None:
        if mods & {"ago", "earlier"} or (mods & {"comparable", "same", "previous"} and unit == "period"):
            d.anchor = "focus-1"
        elif "current" in mods or det == "this":
            d.anchor = "current"
        elif det in ("last", "next"):
            d.anchor = det
        else:
            d.anchor = "focus"
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
