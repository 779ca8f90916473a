"""Where date expressions are: the candidate scan that tries the patterns only where a date can start.

Every date expression contains a digit, a month or weekday name, or a keyword ("year", "ago",
"spring", "yesterday" ...). Those are found with ``str.find`` (far cheaper than a regex scan of
every character) and are the triggers: the patterns of ``patterns.py`` are tried there and at the
prefix words before each ("the end of", "two weeks"). The digit runs met on the way also give the
distinctive numbers (>= 100, or percentages) that ``chronology.py`` uses to tell one event.
Each shortcut has an equivalence test against the plain regex scan (tests/test_candidate_scans.py).
"""

from __future__ import annotations

import re

from ..document import Document
from ..fast import ascii_folding
from ..vocabulary.temporal import DATE_PREFIX_WORDS, NUMBER_WORDS, PART_OF_YEAR
from .parse import Draft, parse_match
from .patterns import AT_DIGIT_RE, AT_NAME_RE, AT_WORD_BY_FIRST, AT_WORD_RE, AT_YEAR_RE, NAME_OF, NAMES

MAX_MENTIONS = 5000  # a guard against pathological input; real articles have a few dozen

_NUMBER_TAILS = frozenset(",.%")
_NOT_AFTER_DIGITS = frozenset("%abcdefghijklmopquvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")  # not n/r/s/t: 2nd 3rd 1st 27th
# Candidate finding: every date expression contains a digit, a month or weekday name, or one of
# these substrings (searched with str.find, which is far cheaper than a regex alternation); the
# number is how far before the substring its word starts ("esterday" -> "Yesterday"), then the
# words (lower case) of which a date found there holds one as a whole run (see ``scan``).
_KEYWORDS: tuple[tuple[str, int, frozenset[str]], ...] = tuple(
    (sub, back, frozenset(words.split()))
    for sub, back, words in (
        ("year", 0, "year years"), ("month", 0, "month months"), ("week", 0, "week weeks weekend"),
        ("ago", 0, "ago"), ("pring", 1, "spring"), ("ummer", 1, "summer"), ("fall", 0, "fall"),
        ("Fall", 0, "fall"), ("utumn", 1, "autumn"), ("winter", 0, "winter"), ("Winter", 0, "winter"),
        ("esterday", 1, "yesterday"), ("oday", 1, "today"), ("omorrow", 1, "tomorrow"),
        ("onight", 1, "tonight"), ("ast night", 1, "night"), ("his morning", 1, "morning"),
        ("his afternoon", 1, "afternoon"), ("his evening", 1, "evening"), ("quarter", 0, "quarter"),
        ("Quarter", 0, "quarter"), ("period", 0, "period"), ("now", 0, "now"), ("Now", 0, "now"),
        ("past", 0, "past"), ("future", 0, "future"), ("ineteen", 1, "nineteen"), ("ecently", 1, "recently"),
        ("century", 0, "century"), ("Year", 0, "year"), ("wenties", 1, "twenties"), ("hirties", 1, "thirties"),
        ("orties", 1, "forties"), ("ifties", 1, "fifties"), ("ixties", 1, "sixties"), ("eventies", 1, "seventies"),
        ("ighties", 1, "eighties"), ("ineties", 1, "nineties"),
    )
)
# Words that may open a date expression before its digit, name or keyword ("the end of the year").
_PREFIX_WORDS = frozenset({w for key in PART_OF_YEAR for w in key.split()} | DATE_PREFIX_WORDS | set(NUMBER_WORDS))
# The prefix, read backwards on the reversed text: up to six prefix words or day numbers.
_RPREFIX_RE = re.compile(
    r"(?:[ -]{1,3}(?:" + "|".join(sorted((w[::-1] for w in _PREFIX_WORDS), key=len, reverse=True))
    + r")(?![A-Za-z])|[ ]{1,3}(?:ht|ts|dn|dr)?[0-9]{1,3}(?![0-9])){0,6}",
    re.IGNORECASE,
)
_WORD_START_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]")
_YEARLIKE_RE = re.compile(r"(?:19|20)\d\d")
_LETTERS_RE = re.compile(r"[A-Za-z]+")
_NUMBER_RE = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?)(\s?(?:%|percent\b|per\s+cent\b))?")


def trigger_runs(doc: Document) -> frozenset[str] | None:
    """The runs ``scan`` needs: the lower-cased text's, unless IGNORECASE folds a letter of the text to ASCII."""
    return doc.lowered_runs if ascii_folding(doc.text) else None


def name_starts(text: str, runs: frozenset[str] | None) -> list[int]:
    """Where a month or weekday name that may open a date starts, in order (see ``scan``).

    A subset of the starts of ``NAME_RE.finditer(text)``, each found with ``str.find`` (far cheaper
    than the regex scan): with ``runs``, only the names among them, and "Dec" when a "decade" run
    may hold the "Dec" of "3 Decades AGO"; without, every name. Names never overlap (one capital
    each, at their start), so every occurrence found is one the scan finds.
    """
    if runs is None:
        names: list[str] = NAMES
    else:
        names = [NAME_OF[lower] for lower in runs.intersection(NAME_OF)]
        if "decade" in runs or "decades" in runs:
            names.append("Dec")
    starts: set[int] = set()
    for name in names:
        i = text.find(name)
        while i != -1:
            starts.add(i)
            i = text.find(name, i + 1)
    return sorted(starts)


def digit_runs(text: str) -> list[tuple[int, int]]:
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


def scan(text: str, runs: frozenset[str] | None) -> tuple[list[Draft], list[tuple[int, str, str]]]:
    """Date mentions, and the numbers >= 100 or percentages met on the way: (pos, key, as written).

    Each digit run, name and keyword found is a trigger: the date patterns are tried there and at
    the prefix words before it. ``runs`` (the ``\\w`` runs of the lower-cased text, which are the
    text's runs; None where IGNORECASE folds non-ASCII letters to ASCII) leaves out the triggers
    that cannot yield a date: a date found from a name or keyword holds it (or, for a keyword, one
    of its words) as a whole run, since the patterns bound every word with ``\\b``, ``\\s`` or "-",
    and a trigger inside a run finds nothing (the patterns start with ``\\b``). The one date
    that does not hold its name is "3 Decades AGO" (see ``name_starts``).
    """
    triggers = [(p, AT_NAME_RE) for p in name_starts(text, runs)]
    numbers: list[tuple[int, str, str]] = []
    for p, e in digit_runs(text):
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
        if e - p == 4 or (e - p <= 2 and after == "/") or (e - p == 2 and after == "s" and before in ("'", "\u2019")):
            triggers.append((p, AT_DIGIT_RE))
    for sub, back, words in _KEYWORDS:
        if runs is not None and runs.isdisjoint(words):
            continue
        i = text.find(sub)
        while i != -1:
            p = i - back
            # Inside a word ("know", "headquarters") no pattern can start: they all open with \b.
            if p <= 0 or not (text[p - 1].isalnum() or text[p - 1] == "_") or not text[p].isalnum():
                triggers.append((max(0, p), AT_WORD_RE))
            i = text.find(sub, i + 1)
    if not triggers:
        return [], numbers
    triggers.sort(key=lambda t: t[0])
    drafts: list[Draft] = []
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
                rx = AT_YEAR_RE if text[start + 2 : start + 4].isdigit() else AT_DIGIT_RE
            elif pattern is AT_NAME_RE:  # a name keeps its own pattern
                rx = pattern
            elif runs is None:  # a year after "early" or "the end of" is a part of year
                rx = AT_WORD_RE
            else:  # only the families that may open with the word there (see patterns.FIRST_WORDS)
                w = _LETTERS_RE.match(text, start)
                found = None if w is None else AT_WORD_BY_FIRST.get(w.group().lower())
                if found is None:
                    continue
                rx = found
            m = rx.match(text, start)
            if m is None or m.end() <= p:
                continue
            d = parse_match(text, reverse, m, last_end)
            if d is not None:
                drafts.append(d)
                last_end = d.end
                break
        if len(drafts) >= MAX_MENTIONS:
            break
    return drafts, numbers
