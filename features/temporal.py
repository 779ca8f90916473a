"""Date expressions, what they resolve to, and the dating errors a fabricated rewrite leaves behind.

Every date expression in ``doc.text`` (full and numeric dates, month + year, month + day, bare
months and years, seasons, early/mid/late periods, relative words, weekdays) becomes a
:class:`DateMention`: the interval it denotes, resolved against a reference date, and the tense
of its clause. Four issues follow:

* ``future-about-past``: a future (or modal + "by") clause about a period that ended before the
  reference: "Moscow may transfer ... by late 2024" in an article of March 2025;
* ``past-about-future``: a clear past-tense clause (was/were/had/did, "began") about a period
  that starts after the reference, with no future or modal word in the clause;
* ``conflicting-years``: one event dated in two years. An event is a distinctive number (>= 100,
  or a percentage) with the dates of its clause; exactly two sentences date it, sharing two
  content words (three for a percentage), and their years do not overlap;
* ``impossible-date``: "February 30", "April 31", "13/45/2025", "2025-13-45".

Reference: ``doc.published``, else inferred: the latest end of a period that a past-tense clause
dates with an explicit year ("in March 2023" -> 2023-03-31), leaving out endpoints such as "by"
and "until"; failing those, present- or unknown-tense clauses; never future ones; else None,
and only the checks that need no reference run. An inferred date is weak evidence: against it,
future-about-past compares with the start of that latest past period instead (a forecast for a
period that ended before one the text narrates as past), and past-about-future is not checked.

Heuristics, not parsing. The tense is read off the nearest auxiliary, or a finite verb heading
its own clause, to the left of the date (within 150 characters, inside ``; : \u2014`` and the
first comma or subordinator that holds one); a fronted date ("In June 2025, troops were
deployed") looks right. "would" and "was expected to" are neither future nor past. Relative
expressions ("last month", "later this year") take their tense from their words and cannot
contradict the reference; only dates with an explicit year after a time preposition ("in",
"by", "until" but not "since") are checked against the tense, and neither quoted forecasts nor,
without a publication date, reported ones ("he said he will ... in 2014"). Month-day pairs and
bare months resolve to the latest such day or month on or before the reference, the next one in
a future clause; "on Monday" likewise. Bare numbers 1900-2099 are years unless they read as a
count ("about 2000 troops", "2000 people") or a clock time ("at 1900 GMT"); "March" and "May"
alone are months only after "in", "since", "by", "last" and the like.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import combinations

from .document import Document
from .patterns import ascii_folding
from .spans import FeatureSet, Span
from .vocabulary.temporal import (
    ADVERBIAL_PREPOSITIONS,
    AMBIGUOUS_MONTHS,
    AUXILIARY_CHAIN,
    COMPARISON_STOPWORDS,
    COUNT_WORDS,
    DAY_FOLLOWERS,
    DEADLINE_PREPOSITIONS,
    FUTURE_IN_PAST_MARKERS,
    FUTURE_MARKERS,
    IRREGULAR_COUNT_NOUNS,
    IRREGULAR_PAST,
    IRREGULAR_SIMPLE_PAST,
    MODAL_VERBS,
    MONTH_ABBREVIATIONS,
    MONTH_CONTEXT_WORDS,
    MONTHS,
    NOT_PAST_ED,
    NOT_PLURAL,
    NUMBER_WORDS,
    PART_OF_MONTH,
    PART_OF_YEAR,
    PAST_AUXILIARIES,
    PRESENT_AUXILIARIES,
    REPORTING_PAST,
    SEASONS,
    SUBORDINATORS,
    TIME_FOLLOWERS,
    WEEKDAYS,
    YEAR_CONTEXT_WORDS,
)

ISSUE_FUTURE_ABOUT_PAST = "future-about-past"
ISSUE_PAST_ABOUT_FUTURE = "past-about-future"
ISSUE_CONFLICTING_YEARS = "conflicting-years"
ISSUE_IMPOSSIBLE_DATE = "impossible-date"

MAX_MENTIONS = 5000  # a guard against pathological input; real articles have a few dozen
_WINDOW = 150  # characters searched on each side of a date for the verb that governs it
_NEAR = 60  # the first, cheaper search
_NEAR_NUMBER = 100  # characters between a number and a date that date it
_MAX_SHARED = 8  # a number in more sentences than this is not distinctive; also caps pairs per sentence


# Dates written out as one day ("March 27, 2025", "27/03/2025", "March 27", "on Monday"): the
# precision of a reported event, as against "recently" or "in 2024".
DAY_KINDS = frozenset({"full_date", "numeric", "month_day", "weekday"})


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in the text."""

    start: int  # normalized offsets (doc.text)
    end: int
    span: Span  # doc.span(start, end, "date"): original offsets
    text: str  # doc.original[span.start:span.end]
    # full_date | numeric | month_year | month_day | month | part_of_month | part_of_year |
    # season | year | relative | weekday
    kind: str
    resolved_start: date | None  # the interval the expression denotes, against the reference
    resolved_end: date | None
    tense: str  # future | past | present | unknown: of the clause around it
    issue: str | None  # None or one of the ISSUE_* codes
    issue_detail: str | None  # one sentence for an editor

    @property
    def resolved(self) -> str | None:
        """ISO day ("2025-03-27"), ISO interval ("2024-09-01/2024-12-31"), or None."""
        if self.resolved_start is None or self.resolved_end is None:
            return None
        if self.resolved_start == self.resolved_end:
            return self.resolved_start.isoformat()
        return f"{self.resolved_start.isoformat()}/{self.resolved_end.isoformat()}"


@dataclass(slots=True)
class TemporalFeatures(FeatureSet):
    """The article's date mentions, the reference date they resolve against, and dating issues."""

    mentions: list[DateMention] = field(default_factory=list)
    reference: date | None = None  # the publication date, or inferred
    reference_inferred: bool = False
    conflicts: list[tuple[int, int]] = field(default_factory=list)  # mention index pairs, conflicting-years


# -- patterns ------------------------------------------------------------------------------------
_YEAR = r"(?:19|20)\d\d(?![\w%]|[.,]\d)"
_MONTH = (
    rf"(?:(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b"
    rf"|(?:{'|'.join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))})\b\.?)"
)
_PART = (
    r"(?:(?i:early|mid|late)(?:-|\s{1,3})"
    r"|(?i:(?:the\s{1,3})?(?:very\s{1,3})?(?:end|beginning|start|middle|turn|(?:first|second)\s{1,3}half"
    r"|(?:first|second|third|fourth|final|last)\s{1,3}quarter)\s{1,3}of)\s{1,3})"
)
_REL = r"(?i:this\s{1,3}past|last|next|this|past)"
_FAMILIES: dict[str, str] = {
    "iso": r"(?P<iso>(?<![\w./-])(?:19|20)\d\d-\d{1,2}-\d{1,2}(?![\w/-]|\.\d))",
    "num": r"(?P<num>(?<![\w./-])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\w/]|\.\d))",
    "ago": rf"(?P<ago>(?P<ago_n>\d{{1,3}}|(?i:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}))\s{{1,3}}"
    r"(?P<ago_unit>(?i:days?|weeks?|months?|years?|decades?))\s{1,3}(?i:ago)\b)",
    "md": rf"(?P<md>(?:(?P<md_part>{_PART})|(?P<md_rel>{_REL})\s{{1,3}})?"
    r"(?:(?<![\d,.])(?P<md_day1>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?)?"
    rf"(?P<md_mon>{_MONTH})"
    r"(?:\s{1,3}(?P<md_day2>\d{1,2})(?:st|nd|rd|th)?(?!\d|[,.:]\d|\w))?"
    rf"(?:,?\s{{1,3}}(?P<md_year>{_YEAR}))?)",
    "yp": rf"(?P<yp>(?P<yp_part>{_PART})(?:(?P<yp_year>{_YEAR})"
    r"|(?P<yp_rel>(?i:this\s{1,3}past|this|last|next|the|past))\s{1,3}(?P<yp_unit>(?i:year|month|week))\b))",
    "se": rf"(?P<se>(?:(?P<se_rel>{_REL})\s{{1,3}})?(?:(?P<se_part>(?i:early|mid|late))(?:-|\s{{1,3}}))?"
    rf"(?P<se_name>(?i:{'|'.join(SEASONS)}))\b(?:,?\s{{1,3}}(?:of\s{{1,3}})?(?P<se_year>{_YEAR}))?)",
    "rel": r"(?P<rel>(?i:(?P<rel_mod>earlier|later)\s{1,3}this|(?P<rel_dir>this\s{1,3}past|this|last|next"
    r"|(?:the\s{1,3})?past|(?:the\s{1,3})?coming))\s{1,3}(?P<rel_unit>(?i:weekend|week|month|year))\b)",
    "rday": r"(?P<rday>(?i:yesterday|today|tomorrow|tonight|last\s{1,3}night|this\s{1,3}(?:morning|afternoon|evening))\b)",
    "wd": rf"(?P<wd>(?:(?P<wd_rel>(?i:on\s{{1,3}}last|on\s{{1,3}}next|last|next|this|on))\s{{1,3}})?(?P<wd_name>{'|'.join(WEEKDAYS)})\b)",
    "year": rf"(?P<year>(?<![\w$\u00a3\u20ac#.,/])(?<![A-Za-z]-){_YEAR})",
}


def _families(*names: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_FAMILIES[n] for n in names) + ")")


# One pattern per way an expression can start, so each match tries only the families that fit.
_AT_YEAR_RE = _families("iso", "year")  # four digits: "2024-03-01", "2024"
_AT_DIGIT_RE = _families("num", "ago", "md")  # one or two: "03/27/2025", "3 days ago", "27 March"
_AT_NAME_RE = _families("md", "wd")  # "the end of February", "on Monday"
_AT_WORD_RE = _families("yp", "se", "rel", "rday", "ago")  # "early 2024", "last fall", "a year ago"
_NAMES = sorted([*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS], key=len, reverse=True)  # each a capital, then lower case
_NAME_RE = re.compile("(?:" + "|".join(_NAMES) + ")")
_NAME_OF = {name.lower(): name for name in _NAMES}  # "may" -> "May"
_NUMBER_TAILS = frozenset(",.%")
_NOT_AFTER_DIGITS = frozenset("%abcdefghijklmopquvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")  # not n/r/s/t: 2nd 3rd 1st 27th
# Candidate finding: every date expression contains a digit, a month or weekday name, or one of
# these substrings (searched with str.find, which is far cheaper than a regex alternation); the
# number is how far before the substring its word starts ("esterday" -> "Yesterday"), then the
# words (lower case) of which a date found there holds one as a whole run (see _find).
_KEYWORDS: tuple[tuple[str, int, frozenset[str]], ...] = tuple(
    (sub, back, frozenset(words.split()))
    for sub, back, words in (
        ("year", 0, "year years"), ("month", 0, "month months"), ("week", 0, "week weeks weekend"),
        ("ago", 0, "ago"), ("pring", 1, "spring"), ("ummer", 1, "summer"), ("fall", 0, "fall"),
        ("Fall", 0, "fall"), ("utumn", 1, "autumn"), ("winter", 0, "winter"), ("Winter", 0, "winter"),
        ("esterday", 1, "yesterday"), ("oday", 1, "today"), ("omorrow", 1, "tomorrow"),
        ("onight", 1, "tonight"), ("ast night", 1, "night"), ("his morning", 1, "morning"),
        ("his afternoon", 1, "afternoon"), ("his evening", 1, "evening"),
    )
)
# Words that may open a date expression before its digit, name or keyword ("the end of the year").
_PREFIX_WORDS = frozenset(
    {w for key in PART_OF_YEAR for w in key.split()}
    | {"the", "very", "of", "this", "past", "next", "last", "coming", "earlier", "later", "on"}
    | set(NUMBER_WORDS)
    | {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}
)
# The prefix, read backwards on the reversed text: up to six prefix words or day numbers.
_RPREFIX_RE = re.compile(
    r"(?:[ -]{1,3}(?:" + "|".join(sorted((w[::-1] for w in _PREFIX_WORDS), key=len, reverse=True))
    + r")(?![A-Za-z])|[ ]{1,3}(?:ht|ts|dn|dr)?[0-9]{1,3}(?![0-9])){0,6}",
    re.IGNORECASE,
)
_WORD_START_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]")
_RWORD_RE = re.compile(r"[ ]*([A-Za-z]+)")
_NEXT_WORD_RE = re.compile(r"[ ]+([A-Za-z]+)")
_YEARLIKE_RE = re.compile(r"(?:19|20)\d\d")
_NUMBER_RE = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?)(\s?(?:%|percent\b|per\s+cent\b))?")
_CONTENT_RE = re.compile(r"[A-Za-z][A-Za-z']{2,}")
_PART_NOISE_RE = re.compile(r"\b(?:the|very|of)\b|-")

# Marker kinds (see _phrase_kinds): auxiliaries and modals; "simple_past" and "weak" are verbs.
_AUX_KINDS = frozenset({"future", "fip", "modal_have", "modal", "past_aux", "present"})
_FUTURE_KINDS = frozenset({"future", "fip", "modal"})
_ALL_MONTHS = {**MONTHS, **MONTH_ABBREVIATIONS}
_PAST_WORDS = frozenset({"last", "past", "this past", "yesterday", "last night", "earlier", "ago"})
_FUTURE_WORDS = frozenset({"next", "coming", "tomorrow", "later"})
_ENDPOINT_PREPOSITIONS = frozenset({"to", "until", "till", "through", "throughout", "by", "before", "after"})


class _Draft:
    """A mention being built: parsed fields, then tense, then resolution and issue."""

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
    issue: str | None = None
    detail: str | None = None
    sentence = 0
    s0 = 0
    s1 = 0

    def __init__(self, start: int, end: int, kind: str) -> None:
        self.start, self.end, self.kind = start, end, kind


# -- extraction ----------------------------------------------------------------------------------
def extract(doc: Document) -> TemporalFeatures:
    """Find, resolve and check every date expression of ``doc``."""
    text = doc.text
    published = doc.published
    if isinstance(published, datetime):
        published = published.date()
    elif not isinstance(published, date):
        published = None
    drafts, numbers = _find(text, _trigger_runs(doc))
    sentences = doc.sentences
    prev: _Draft | None = None
    for d in drafts:
        d.sentence = doc.sentence_index(d.start)
        d.s0, d.s1 = (sentences[d.sentence].start, sentences[d.sentence].end) if sentences else (0, len(text))
        if d.direction:
            d.tense = d.direction  # "last month", "later this year": the words say it
        elif prev is not None and prev.sentence == d.sentence and _coordinated(text, d.prep, d.prep_start, prev.end):
            d.tense, d.clear_past = prev.tense, prev.clear_past  # "in 2019 and 2023"
        else:
            _assign_tense(text, d)
        prev = d
        if d.impossible:
            d.issue = ISSUE_IMPOSSIBLE_DATE
            d.detail = f"'{text[d.start:d.end]}' is not a real calendar date"
    for d in drafts:
        if d.explicit or d.impossible:
            _resolve(d, None)
    reference, inferred, bound = published, False, None
    if reference is None:
        reference, bound = _infer_reference(drafts)
        inferred = reference is not None
    if reference is not None:
        for d in drafts:
            if not d.explicit and not d.impossible:
                _resolve(d, reference)
    if reference is not None:
        _tense_issues(doc, drafts, reference, bound)
    conflicts = _conflicts(doc, drafts, numbers)
    return _features(doc, drafts, reference, inferred, conflicts)


def _trigger_runs(doc: Document) -> frozenset[str] | None:
    """The runs ``_find`` needs: the lower-cased text's, unless IGNORECASE folds a letter of the text to ASCII."""
    return doc.lowered_runs if ascii_folding(doc.text) else None


def _name_starts(text: str, runs: frozenset[str] | None) -> list[int]:
    """Where a month or weekday name that may open a date starts, in order (see ``_find``).

    A subset of the starts of ``_NAME_RE.finditer(text)``: with ``runs``, only the names among
    them are searched (``str.find``: far cheaper than the regex scan), save when a "decade" run
    may hold the "Dec" of "3 Decades AGO". Names never overlap (one capital each), so every
    occurrence found is one the scan finds.
    """
    if runs is None or "decade" in runs or "decades" in runs:
        return [m.start() for m in _NAME_RE.finditer(text)]
    starts: set[int] = set()
    for lower in runs.intersection(_NAME_OF):
        name = _NAME_OF[lower]
        i = text.find(name)
        while i != -1:
            starts.add(i)
            i = text.find(name, i + 1)
    return sorted(starts)


def _digit_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of ASCII digits, in order: what ``re.finditer("[0-9]+", text)`` yields.

    Each digit is found with ``str.find`` (articles hold a few dozen): far cheaper than a regex
    scan of every character.
    """
    found: list[int] = []
    for digit in "0123456789":
        i = text.find(digit)
        while i != -1:
            found.append(i)
            i = text.find(digit, i + 1)
    if not found:
        return []
    found.sort()
    runs: list[tuple[int, int]] = []
    start = last = found[0]
    for i in found:
        if i > last + 1:
            runs.append((start, last + 1))
            start = i
        last = i
    runs.append((start, last + 1))
    return runs


def _find(text: str, runs: frozenset[str] | None) -> tuple[list[_Draft], list[tuple[int, str, str]]]:
    """Date mentions, and the numbers >= 100 or percentages met on the way: (pos, key, as written).

    Each digit run, name and keyword found is a trigger: the date patterns are tried there and at
    the prefix words before it. ``runs`` (the ``\\w`` runs of the lower-cased text, which are the
    text's runs; None where IGNORECASE folds non-ASCII letters to ASCII) leaves out the triggers
    that cannot yield a date: a date found from a name or keyword holds it (or, for a keyword, one
    of its words) as a whole run, since the patterns bound every word with ``\\b``, ``\\s`` or "-",
    and a trigger inside a run finds nothing (the patterns start with ``\\b``). The one date
    that does not hold its name is "3 Decades AGO" (see ``_name_starts``).
    """
    triggers = [(p, _AT_NAME_RE) for p in _name_starts(text, runs)]
    numbers: list[tuple[int, str, str]] = []
    for p, e in _digit_runs(text):
        before, after = text[p - 1 : p] if p else "", text[e : e + 1]
        if before and (before.isalpha() or before in ",." and text[p - 2 : p - 1].isdigit()):
            continue  # the tail of "F16", "3,000" or "2.5"
        if e - p >= 3 or after in _NUMBER_TAILS or text.startswith(" percent", e):
            whole = _NUMBER_RE.match(text, p)
            if whole is not None:
                number, percent = whole.group(1).rstrip(","), whole.group(2)
                digits = number.replace(",", "")
                whole_part = digits.split(".")[0]
                if percent:
                    numbers.append((p, digits + "%", number + "%"))
                elif len(whole_part) >= 3 and int(whole_part[:9]) >= 100 and not _YEARLIKE_RE.fullmatch(digits):
                    numbers.append((p, digits, number))  # a count, not "2018" glued to a word
        # A year, or the month of "03/27/2025". A day ("27 March") or a count ("3 days ago") is
        # picked up as the prefix of its month name or keyword.
        if before in (",", ".") or after in _NOT_AFTER_DIGITS or (after in ",." and text[e + 1 : e + 2].isdigit()):
            continue
        if e - p == 4 or (e - p <= 2 and after == "/"):
            triggers.append((p, _AT_DIGIT_RE))
    for sub, back, words in _KEYWORDS:
        if runs is not None and runs.isdisjoint(words):
            continue
        i = text.find(sub)
        while i != -1:
            triggers.append((max(0, i - back), _AT_WORD_RE))
            i = text.find(sub, i + 1)
    if not triggers:
        return [], numbers
    triggers.sort(key=lambda t: t[0])
    drafts: list[_Draft] = []
    last_end = -10
    reverse = text[::-1]
    n = len(text)
    for p, pattern in triggers:
        if p < last_end:
            continue
        starts = [p]
        if p > 0 and text[p - 1] in " -":
            m = _RPREFIX_RE.match(reverse, n - p)
            if m.end() > m.start():
                far = p - (m.end() - m.start())
                starts = [w.start() for w in _WORD_START_RE.finditer(text, far, p)] + [p]
        for start in starts:  # the longest expression first: "the end of the year" before "year"
            if start < last_end:
                continue
            if text[start].isdigit():
                rx = _AT_YEAR_RE if text[start + 2 : start + 4].isdigit() else _AT_DIGIT_RE
            else:  # a name keeps its own pattern; a year after "early" or "the end of" is a part of year
                rx = _AT_WORD_RE if pattern is _AT_DIGIT_RE else pattern
            m = rx.match(text, start)
            if m is None or m.end() <= p:
                continue
            d = _parse_match(text, reverse, m, last_end)
            if d is not None:
                drafts.append(d)
                last_end = d.end
                break
        if len(drafts) >= MAX_MENTIONS:
            break
    return drafts, numbers


def _prev_word(reverse: str, pos: int) -> tuple[str, int]:
    """The word just before ``pos`` (lowercased) and its start, read on the reversed text."""
    n = len(reverse)
    m = _RWORD_RE.match(reverse, n - pos)
    return (m.group(1)[::-1].lower(), n - m.end(1)) if m else ("", pos)


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group(1) if m else ""


def _coordinated(text: str, prev: str, prev_start: int, last_end: int) -> bool:
    """True for the second date of "January and February", "2019 and 2023", "March to May"."""
    return prev in ("and", "or", "to", "through", "until") and 0 <= prev_start - last_end <= 3


def _parse_match(text: str, reverse: str, m: re.Match[str], last_end: int) -> _Draft | None:
    family = m.lastgroup
    start, end = m.span()
    prev, prev_start = _prev_word(reverse, start)
    if family == "iso":
        y, mo, da = (int(x) for x in m.group().split("-"))
        d = _Draft(start, end, "full_date")
        d.year, d.month, d.day, d.explicit = y, mo, da, True
        d.impossible = not _valid_day(y, mo, da)
    elif family == "num":
        a, b, y = (int(x) for x in m.group().split("/"))
        if len(m.group().rsplit("/", 1)[1]) == 2:
            y += 2000 if y < 70 else 1900
        d = _Draft(start, end, "numeric")
        mo, da = (a, b) if a <= 12 or b > 12 else (b, a)
        d.year, d.month, d.day, d.explicit = y, mo, da, True
        d.impossible = not _valid_day(y, mo, da)
    elif family == "ago":
        d = _Draft(start, end, "relative")
        raw = m.group("ago_n").lower()
        d.count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 1)
        d.unit = m.group("ago_unit").lower().rstrip("s")
        d.rel, d.direction = "ago", "past"
    elif family == "md":
        d = _parse_month(text, m, prev, prev_start, last_end)
        if d is None:
            return None
    elif family == "yp":
        d = _Draft(start, end, "part_of_year")
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
        d = _Draft(start, end, "season")
        d.season = m.group("se_name").lower()
        d.part = m.group("se_part").lower() if m.group("se_part") else None
        if m.group("se_year"):
            d.year, d.explicit = int(m.group("se_year")), True
        else:
            d.rel = " ".join(m.group("se_rel").lower().split())
            d.direction = _direction(d.rel)
    elif family == "rel":
        d = _Draft(start, end, "relative")
        d.unit = m.group("rel_unit").lower()
        if m.group("rel_mod"):
            d.rel = m.group("rel_mod").lower()
        else:
            d.rel = " ".join(w for w in m.group("rel_dir").lower().split() if w != "the")
        d.direction = _direction(d.rel)
    elif family == "rday":
        d = _Draft(start, end, "relative")
        d.rel = " ".join(m.group().lower().split())
        d.direction = _direction(d.rel)
    elif family == "wd":
        d = _Draft(start, end, "weekday")
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
        d = _Draft(start, end, "year")
        d.year, d.explicit = int(m.group()), True
    d.prep, d.prep_start = prev, prev_start
    d.adverbial = prev in ADVERBIAL_PREPOSITIONS
    return d


def _parse_month(text: str, m: re.Match[str], prev: str, prev_start: int, last_end: int) -> _Draft | None:
    name = m.group("md_mon").rstrip(".")
    month = _ALL_MONTHS[name]
    part = _part_key(m.group("md_part")) if m.group("md_part") else None
    rel = " ".join(m.group("md_rel").lower().split()) if m.group("md_rel") else None
    year = int(m.group("md_year")) if m.group("md_year") else None
    day_text = m.group("md_day1") or m.group("md_day2")
    start, end = m.span()
    day = int(day_text) if day_text else None
    if m.group("md_day2") and year is None:
        follower = _next_word(text, m.end("md_day2"))
        if day is not None and (day > 31 or (follower.islower() and follower not in DAY_FOLLOWERS)):
            day, end = None, m.end("md_mon")  # "In February 30 people died": a count, not a day
    if day is None and year is None and part is None and rel is None:
        if name in MONTH_ABBREVIATIONS:
            return None
        context = prev in MONTH_CONTEXT_WORDS or _coordinated(text, prev, prev_start, last_end)
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
    d = _Draft(start, end, kind)
    d.month, d.day, d.year, d.part, d.rel = month, day, year, part, rel
    d.explicit = year is not None
    d.direction = _direction(rel)
    if day is not None:
        d.impossible = not (_valid_day(year, month, day) if year is not None else _day_exists(month, day))
    return d


def _year_is_date(text: str, reverse: str, end: int, prev: str, prev_start: int, last_end: int) -> bool:
    """A bare 1900-2099 is a year unless it reads as a count ("about 2000 troops") or a time."""
    if prev in COUNT_WORDS:
        return False
    follower = _next_word(text, end)
    if follower in TIME_FOLLOWERS:
        return False
    if prev == "to" and _prev_word(reverse, prev_start)[0] == "up":
        return False
    if prev in YEAR_CONTEXT_WORDS or _coordinated(text, prev, prev_start, last_end):
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
    if rel in _PAST_WORDS:
        return "past"
    if rel in _FUTURE_WORDS:
        return "future"
    return None


# -- tense ---------------------------------------------------------------------------------------
def _phrase_kinds() -> dict[str, str]:
    """Tense marker (a word or a phrase) -> kind: future ("will", "plans to"), fip (future in the
    past: "would", "was expected to"), modal, modal_have ("may have"), past_aux, present,
    simple_past (a clear past: "began") and weak (a past that may be a participle: "sent")."""
    kinds: dict[str, str] = {}
    for phrase in FUTURE_MARKERS:
        kinds[phrase] = "future"
    for phrase in FUTURE_IN_PAST_MARKERS:
        kinds[phrase] = "fip"
    for modal in MODAL_VERBS:
        kinds[f"{modal} have"] = kinds[f"{modal} not have"] = "modal_have"
        kinds.setdefault(modal, "modal")
    for word in PAST_AUXILIARIES:
        kinds[word] = "past_aux"
    for word in PRESENT_AUXILIARIES:
        kinds[word] = "present"
    for word in IRREGULAR_PAST:
        kinds[word] = "weak"
    for word in IRREGULAR_SIMPLE_PAST:
        kinds[word] = "simple_past"
    return kinds


_KINDS = _phrase_kinds()
_PHRASE_FIRST = frozenset(p.split()[0] for p in _KINDS if " " in p)
_PHRASE_LAST = frozenset(p.split()[-1] for p in _KINDS if " " in p)
_HARD = frozenset({";", ":", "\u2014"})
_SOFT = frozenset({",", *SUBORDINATORS})
_SPECIAL = frozenset(_KINDS) | _PHRASE_FIRST | _PHRASE_LAST | _HARD | _SOFT  # words the walk must look at
# Clause punctuation becomes a token of its own; brackets, quotes and full stops become spaces.
_TOKEN_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    (",", " , "), (";", " ; "), (":", " : "), ("\u2014", " \u2014 "), ('"', " "), ("(", " "),
    (")", " "), (".", " "),
)


def _words(text: str, lo: int, hi: int, cut_first: bool, cut_last: bool) -> tuple[list[str], list[str]]:
    """Lowercased words of ``text[lo:hi]`` with punctuation that bounds clauses as tokens of its own."""
    chunk = text[lo:hi]
    for old, new in _TOKEN_REPLACEMENTS:  # str.replace beats translate and regex here
        if old in chunk:
            chunk = chunk.replace(old, new)
    raw = chunk.split()
    words = chunk.lower().split()
    if cut_first and raw and not chunk[:1].isspace():
        del raw[0], words[0]  # a word cut by the window edge
    if cut_last and raw and not chunk[-1:].isspace():
        del raw[-1], words[-1]
    return words, raw


def _kind_at(words: list[str], raw: list[str], i: int, forward: bool) -> tuple[str | None, int, int]:
    """Marker kind of the word (or phrase) at ``i`` and the phrase's first and last index."""
    w = words[i]
    if (w in _PHRASE_FIRST) if forward else (w in _PHRASE_LAST):
        for n in (4, 3, 2):
            lo, hi = (i, i + n - 1) if forward else (i - n + 1, i)
            if lo >= 0 and hi < len(words):
                kind = _KINDS.get(" ".join(words[lo : hi + 1]))
                if kind:
                    return kind, lo, hi
    kind = _KINDS.get(w)
    if kind is None:
        if w.endswith("'ll"):
            kind = "future"
        elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and w.isalpha() and raw[i].islower():
            kind = None if w in NOT_PAST_ED else "weak"
    elif w == "may" and raw[i] != "may":
        kind = None  # "May" is the month
    return kind, i, i


def _governing(words: list[str], raw: list[str], forward: bool) -> tuple[str | None, int, bool]:
    """The marker kind governing a date next to ``words``, the words walked, and whether the walk
    stopped for a reason (a boundary, an auxiliary) rather than running out of words.

    The first sub-clause (between commas or subordinators) that holds a marker decides: its
    nearest auxiliary, unless a nearer finite verb heads a clause of its own.
    """
    aux: tuple[str, int, int] | None = None  # (kind, first index, last index)
    verb: tuple[str, int] | None = None  # (kind, index)
    seen = 0
    n = len(words)
    step = 1 if forward else -1
    i = 0 if forward else n - 1
    settled = False
    while 0 <= i < n:
        w = words[i]
        if w not in _SPECIAL and w[-2:] not in ("ed", "ll"):
            seen += 1
            i += step  # the common case: an ordinary word
            continue
        if w in _HARD:
            settled = True
            break
        if w in _SOFT:
            if aux is not None or verb is not None:
                settled = True
                break
            i += step
            continue
        seen += 1
        kind, lo, hi = _kind_at(words, raw, i, forward)
        if kind in _AUX_KINDS:
            aux = (kind, lo, hi)  # the nearest auxiliary; nothing farther can change the outcome
            settled = True
            break
        if kind is not None and verb is None:
            verb = (kind, i)
        i = hi + 1 if forward else lo - 1
    if aux is None:
        return (verb[0] if verb else None), seen, settled
    if verb is None:
        return aux[0], seen, True
    gap = words[aux[2] + 1 : verb[1]] if not forward else words[verb[1] + 1 : aux[1]]
    # An auxiliary farther away still governs the nearer verb across "be", "already", "-ly" ...
    if all(g in AUXILIARY_CHAIN or g.endswith("ly") for g in gap):
        return aux[0], seen, True
    return verb[0], seen, True


def _assign_tense(text: str, d: _Draft) -> None:
    for window in (_NEAR, _WINDOW):  # most verbs sit near their date: look far only when needed
        lo = max(d.s0, d.start - window)
        words, raw = _words(text, lo, d.start, lo > d.s0, False)
        chosen, seen, settled = _governing(words, raw, forward=False)
        if settled or lo == d.s0:
            break
    if chosen is None and seen <= 3 and (settled or lo == d.s0):
        for window in (_NEAR, _WINDOW):  # a fronted date: "In June 2025, troops were deployed"
            hi = min(d.s1, d.end + window)
            words, raw = _words(text, d.end, hi, False, hi < d.s1)
            chosen, seen, settled = _governing(words, raw, forward=True)
            if settled or hi == d.s1:
                break
    if chosen == "future":
        d.tense = "future"
        d.reported = any(w in REPORTING_PAST for w in words)
    elif chosen == "modal":
        d.tense = "future" if d.prep in DEADLINE_PREPOSITIONS else "unknown"
    elif chosen in ("modal_have", "past_aux", "simple_past", "weak"):
        d.tense = "past"
        d.clear_past = chosen in ("past_aux", "simple_past")
    elif chosen == "present":
        d.tense = "present"


def _future_in_clause(text: str, d: _Draft) -> bool:
    """True when the clause around ``d`` has any future, modal or future-in-the-past marker."""
    lo, hi = max(d.s0, d.start - _WINDOW), min(d.s1, d.end + _WINDOW)
    for forward, (words, raw) in (
        (False, _words(text, lo, d.start, lo > d.s0, False)),
        (True, _words(text, d.end, hi, False, hi < d.s1)),
    ):
        order = range(len(words)) if forward else range(len(words) - 1, -1, -1)
        for i in order:
            if words[i] in _HARD:
                break
            if _kind_at(words, raw, i, forward)[0] in _FUTURE_KINDS:
                return True
    return False


# -- resolution ----------------------------------------------------------------------------------
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    if month == 2 and calendar.isleap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= year <= 9999 and 1 <= day <= _days_in(year, month)


def _day_exists(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else _DAYS_IN_MONTH[month])


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, _days_in(year, month))


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    idx = year * 12 + month - 1 + k
    return idx // 12, idx % 12 + 1


def _year_part(year: int, part: str | None) -> tuple[date, date]:
    first, last = PART_OF_YEAR.get(part or "", (1, 12))
    return date(year, first, 1), _month_span(year, last)[1]


def _month_part(year: int, month: int, part: str | None) -> tuple[date, date]:
    s, e = _month_span(year, month)
    if part in PART_OF_MONTH:
        first, last = PART_OF_MONTH[part]
        return s.replace(day=first), s.replace(day=min(last, e.day))
    return s, e


def _season_span(name: str, year: int, part: str | None) -> tuple[date, date]:
    first, last = SEASONS[name]
    months = [_shift_month(year, first, k) for k in range((last - first) % 12 + 1)]
    if part in ("early", "mid", "late"):
        y, mo = months[{"early": 0, "mid": len(months) // 2, "late": -1}[part]]
        return _month_span(y, mo)
    return _month_span(*months[0])[0], _month_span(*months[-1])[1]


def _week(ref: date, offset: int) -> tuple[date, date]:
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


_OFFSETS = {"this": 0, "the": 0, "last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1}


def _resolve(d: _Draft, ref: date | None) -> None:
    """Set ``d.first``/``d.last``; never raises (an out-of-range reference leaves them unset)."""
    if d.impossible:
        return
    try:
        span = _span(d, ref)
    except (ValueError, OverflowError, KeyError):
        span = None
    if span is not None:
        d.first, d.last = span


def _span(d: _Draft, ref: date | None) -> tuple[date, date] | None:
    kind, forward = d.kind, d.tense == "future"
    if d.year is not None:
        if d.day is not None:
            day = date(d.year, d.month or 1, d.day)
            return day, day
        if d.month is not None:
            return _month_part(d.year, d.month, d.part)
        if d.season is not None:
            return _season_span(d.season, d.year, d.part)
        return _year_part(d.year, d.part)
    if ref is None:
        return None
    if d.month is not None:
        if d.day is not None:
            return _month_day(d.month, d.day, ref, forward)
        return _month_instance(d.month, d.part, d.rel, ref, forward)
    if d.season is not None:
        return _season_instance(d.season, d.part, d.rel, ref)
    if d.weekday is not None:
        return _weekday(d.weekday, d.rel, ref, forward)
    if kind in ("relative", "part_of_year", "part_of_month"):
        return _relative(d, ref)
    return None


def _month_day(month: int, day: int, ref: date, forward: bool) -> tuple[date, date] | None:
    year = ref.year
    for _ in range(9):  # February 29 may be up to eight years away
        if _valid_day(year, month, day):
            found = date(year, month, day)
            if (found >= ref) if forward else (found <= ref):
                return found, found
        year += 1 if forward else -1
    return None


def _month_instance(month: int, part: str | None, rel: str | None, ref: date, forward: bool) -> tuple[date, date]:
    if rel in ("last", "past", "this past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        year = ref.year
    else:
        year = ref.year
        span = _month_part(year, month, part)
        if forward and span[1] < ref:
            year += 1
        elif not forward and span[0] > ref:
            year -= 1
    return _month_part(year, month, part)


def _season_instance(name: str, part: str | None, rel: str | None, ref: date) -> tuple[date, date] | None:
    spans = [(_season_span(name, y, None), y) for y in range(ref.year - 2, ref.year + 2)]
    chosen: int | None = None
    if rel in ("last", "past", "this past"):
        chosen = max((y for (s, e), y in spans if e < ref), default=None)
    elif rel == "next":
        chosen = min((y for (s, e), y in spans if s > ref), default=None)
    else:  # "this": the season under way, else this year's
        chosen = next((y for (s, e), y in spans if s <= ref <= e), ref.year)
    return None if chosen is None else _season_span(name, chosen, part)


def _weekday(weekday: int, rel: str | None, ref: date, forward: bool) -> tuple[date, date]:
    if rel == "this":
        day = ref - timedelta(days=ref.weekday() - weekday)
    elif rel == "last" or (rel is None and not forward):
        back = (ref.weekday() - weekday) % 7
        day = ref - timedelta(days=back or (7 if rel == "last" else 0))
    else:
        ahead = (weekday - ref.weekday()) % 7
        day = ref + timedelta(days=ahead or (7 if rel == "next" else 0))
    return day, day


def _relative(d: _Draft, ref: date) -> tuple[date, date] | None:
    rel, unit = d.rel or "", d.unit or ""
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return ref, ref
    if rel in ("yesterday", "last night"):
        day = ref - timedelta(days=1)
        return day, day
    if rel == "tomorrow":
        day = ref + timedelta(days=1)
        return day, day
    if rel == "ago":
        n = d.count
        if unit == "day":
            day = ref - timedelta(days=n)
            return day, day
        if unit == "week":
            return _week(ref, -n)
        if unit == "month":
            return _month_span(*_shift_month(ref.year, ref.month, -n))
        return _year_part(ref.year - n * (10 if unit == "decade" else 1), None)
    if rel in ("earlier", "later"):
        if unit == "year":
            period = _year_part(ref.year, None)
        elif unit == "month":
            period = _month_span(ref.year, ref.month)
        else:
            period = _week(ref, 0)
        return (period[0], ref) if rel == "earlier" else (ref, period[1])
    if rel in ("past", "coming") and d.part is None:
        days = {"week": 7, "weekend": 7, "month": 30, "year": 365}[unit]
        return (ref - timedelta(days=days), ref) if rel == "past" else (ref, ref + timedelta(days=days))
    offset = _OFFSETS.get(rel, 0)
    if unit == "year":
        return _year_part(ref.year + offset, d.part)
    if unit == "month":
        return _month_part(*_shift_month(ref.year, ref.month, offset), d.part)
    monday, sunday = _week(ref, offset)
    if unit == "weekend":
        return sunday - timedelta(days=1), sunday
    return monday, sunday


def _infer_reference(drafts: list[_Draft]) -> tuple[date | None, _Draft | None]:
    """The inferred reference date, and the mention that bounds the article's date from below.

    The reference is the latest end of a period that a past-tense clause dates with an explicit
    year (failing those, a present- or unknown-tense clause), leaving out endpoints and deadlines
    ("solvent to 2033", "by 2020"). The article was written at least
    after the latest *start* of such a period: that mention is the bound the checks use.
    """
    for tenses in (("past",), ("present", "unknown")):
        dated = [
            d for d in drafts
            if d.explicit and d.first is not None and d.last is not None and d.tense in tenses
            and d.prep not in _ENDPOINT_PREPOSITIONS
        ]
        if dated:
            return max(d.last for d in dated if d.last is not None), max(dated, key=lambda d: d.first or date.min)
    return None, None


# -- issues --------------------------------------------------------------------------------------
def _tense_issues(doc: Document, drafts: list[_Draft], ref: date, bound: _Draft | None) -> None:
    """Flag future statements about ended periods and past statements about periods to come.

    With a publication date both checks run against it, and "officials said the walls will be
    finished by late 2024" counts: a reporter keeps "will" only for what is still ahead. With an
    inferred date only the first runs, against ``bound`` (a forecast for a period that ended before
    one the article narrates as past), and reported forecasts ("he said he will ... in 2014") are
    left alone: articles that span years quote old plans. Quoted forecasts are never checked.
    """
    text = doc.text
    if bound is not None and bound.first is not None:
        limit = bound.first
        against = f"the article narrates '{text[bound.start:bound.end]}' as past"
    else:
        limit = ref
        against = f"the article is dated {ref.isoformat()}"
    for i, d in enumerate(drafts):
        if d.issue or not d.explicit or d.first is None or d.last is None or d.prep == "since":
            continue
        adverbial = d.adverbial or (
            i > 0 and drafts[i - 1].adverbial and _coordinated(text, d.prep, d.prep_start, drafts[i - 1].end)
        )
        if not adverbial:
            continue
        phrase = text[d.prep_start if d.adverbial else d.start : d.end]
        if d.tense == "future" and d.last < limit and not (d.reported and bound) and doc.in_quote(d.start) is None:
            d.issue = ISSUE_FUTURE_ABOUT_PAST
            d.detail = f"'{phrase}' is written as still to come, but {against}"
        elif bound is None and d.tense == "past" and d.clear_past and d.first > ref and not _future_in_clause(text, d):
            d.issue = ISSUE_PAST_ABOUT_FUTURE
            d.detail = f"'{phrase}' is narrated as already past, but it starts after {against}"


def _conflicts(doc: Document, drafts: list[_Draft], numbers: list[tuple[int, str, str]]) -> list[tuple[int, int]]:
    """Pairs of mentions dating, in different years, what looks like the same event.

    An event is a distinctive number with the dates of its own clause (within ``_NEAR_NUMBER``
    characters, no ``; : \u2014`` between). Two sentences, and only two, date it; they share at
    least two content words (three for a percentage). Relative words and weekdays date the
    reporting, not the event; "since" dates are open-ended; future clauses are not events yet.
    """
    text = doc.text
    by_sentence: dict[int, list[int]] = {}
    for i, d in enumerate(drafts):
        if (
            d.first is not None and d.last is not None and d.tense != "future" and d.prep != "since"
            and d.kind not in ("relative", "weekday") and d.last.year - d.first.year <= 1
        ):
            by_sentence.setdefault(d.sentence, []).append(i)
    if len(by_sentence) < 2:
        return []
    starts = [d.start for d in drafts]
    events: dict[str, dict[int, list[int]]] = {}  # number -> sentence -> the dates near it
    shown: dict[str, str] = {}  # number -> as first written
    for pos, key, written in numbers:
        s = doc.sentence_index(pos)
        members = by_sentence.get(s)
        if members is None:
            continue
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < drafts[i].end:
            continue  # a year inside a date is not a number here
        near = [j for j in members if _same_clause(text, pos, drafts[j])]
        if near:
            bucket = events.setdefault(key, {}).setdefault(s, [])
            bucket.extend(j for j in near if j not in bucket)
            shown.setdefault(key, written)
    pairs: list[tuple[int, int]] = []
    stems: dict[int, set[str]] = {}
    for key, sentences in events.items():
        if len(sentences) != 2:
            continue  # once is no conflict; three times or more is a figure followed over the years
        a, b = sorted(sentences)
        near_a, near_b = sentences[a][:_MAX_SHARED], sentences[b][:_MAX_SHARED]
        if _years(drafts, near_a) & _years(drafts, near_b):
            continue
        for s in (a, b):
            if s not in stems:
                stems[s] = _stems(doc.sentence_text(s))
        # A percentage recurs by chance more easily than a count: it needs more words in common.
        if len(stems[a] & stems[b]) < (3 if key.endswith("%") else 2):
            continue
        for i in near_a:
            for j in near_b:
                pairs.append((i, j))
                for k, other in ((i, j), (j, i)):
                    d, o = drafts[k], drafts[other]
                    if d.issue is None:
                        d.issue = ISSUE_CONFLICTING_YEARS
                        d.detail = (
                            f"'{text[d.start:d.end]}' ({_year_label(d)}) and '{text[o.start:o.end]}' ({_year_label(o)}) "
                            f"seem to date the same event (both mention {shown[key]}) in different years"
                        )
    return sorted(set(pairs))


def _same_clause(text: str, pos: int, d: _Draft) -> bool:
    """True when the number at ``pos`` and the date ``d`` are close, with no clause boundary between."""
    lo, hi = (pos, d.start) if pos < d.start else (d.end, pos)
    if hi - lo > _NEAR_NUMBER:
        return False
    between = text[lo:hi]
    return ";" not in between and ":" not in between and "\u2014" not in between


def _years(drafts: list[_Draft], members: list[int]) -> set[int]:
    years: set[int] = set()
    for i in members:
        d = drafts[i]
        if d.first is not None and d.last is not None:
            years.update(range(d.first.year, d.last.year + 1))
    return years


def _year_label(d: _Draft) -> str:
    if d.first is None or d.last is None:
        return "?"
    return str(d.first.year) if d.first.year == d.last.year else f"{d.first.year}-{d.last.year}"


def _stems(sentence: str) -> set[str]:
    words = (w.lower() for w in _CONTENT_RE.findall(sentence))
    return {w[:5] for w in words if w not in COMPARISON_STOPWORDS}


# -- output --------------------------------------------------------------------------------------
def _features(
    doc: Document, drafts: list[_Draft], reference: date | None, inferred: bool, conflicts: list[tuple[int, int]]
) -> TemporalFeatures:
    mentions: list[DateMention] = []
    evidence: list[Span] = []
    issues = dict.fromkeys((ISSUE_FUTURE_ABOUT_PAST, ISSUE_PAST_ABOUT_FUTURE, ISSUE_CONFLICTING_YEARS, ISSUE_IMPOSSIBLE_DATE), 0)
    days = resolved = future = 0
    for d in drafts:
        span = doc.span(d.start, d.end, "date")
        mention = DateMention(
            d.start, d.end, span, doc.original[span.start : span.end], d.kind, d.first, d.last, d.tense, d.issue, d.detail
        )
        mentions.append(mention)
        days += d.kind in DAY_KINDS
        resolved += d.first is not None
        future += d.tense == "future"
        if d.issue:
            evidence.append(span)
            issues[d.issue] += 1
    n = len(mentions)
    values = {
        "temporal.mentions": float(n),
        "temporal.mentions_per_sentence": n / max(1, len(doc.sentences)),
        "temporal.day_mentions_per_sentence": days / max(1, len(doc.sentences)),
        "temporal.resolved_share": resolved / n if n else 0.0,
        "temporal.future_share": future / n if n else 0.0,
        "temporal.future_about_past": float(issues[ISSUE_FUTURE_ABOUT_PAST]),
        "temporal.past_about_future": float(issues[ISSUE_PAST_ABOUT_FUTURE]),
        "temporal.conflicting_years": float(issues[ISSUE_CONFLICTING_YEARS]),
        "temporal.impossible_dates": float(issues[ISSUE_IMPOSSIBLE_DATE]),
        "temporal.issues": float(sum(issues.values())),
        "temporal.conflict_pairs": float(len(conflicts)),
        "temporal.reference_inferred": 1.0 if inferred else 0.0,
        "temporal.has_reference": 1.0 if reference is not None else 0.0,
    }
    return TemporalFeatures(
        name="temporal",
        values=values,
        evidence=evidence,
        mentions=mentions,
        reference=reference,
        reference_inferred=inferred,
        conflicts=conflicts,
    )
