"""The article's own chronology: what it cites, reports and measures against the dates it gives.

Three relations, facts for the rules of ``scoring/rules/chronology.py`` (each set on one mention,
with the others it involves):

* ``cited-before-it-happened``: a document the text says was released on a day ("the report,
  released on April 3") is cited, with the same head noun and a definite determiner ("according
  to the report", "officials cited the ministry's report"), in a clause dated wholly before that
  day, with no word that makes an early citation normal (a draft, a leak, "ahead of", "will").
  The citing date carries the relation; ``other`` is the release date, ``against`` its first day.
* ``period-reported-before-its-end``: a period with its year (a quarter, half, month or year) that
  has begun but not ended at publication, dating figures ("first-quarter 2025 profit rose 12%",
  "sales rose 5% in 2025") in a past clause with a number, and no word that makes them partial or
  a forecast ("so far", "expected", "fiscal"). Needs the publication date; ``against`` is it,
  ``limit`` the period's last day ("First-quarter 2025": the year mention, the quarter's end).
* ``duration-longer-than-elapsed``: "an N-year <activity>" (a study, a career; not a bond or a
  plan) that began on a date ("that began in 2020", "since 2020", "from 2015 to 2020") less than
  N years before its end: the second date of "from ... to ...", else the publication date.
  ``against`` is that end, ``limit`` the start plus N years.
"""

from __future__ import annotations

import re
from datetime import date

from ..document import Document
from ..vocabulary.temporal import (
    BEFORE_RELEASE_WORDS,
    CITING_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    DURATION_NOUNS,
    DURATION_WORDS,
    ONGOING_WORDS,
    PARTIAL_PERIOD_WORDS,
    RELEASE_VERBS,
    REPORTING_PAST,
    RESULT_NOUNS,
    START_VERBS,
)
from .chronology import (
    ISSUE_CITED_BEFORE_IT_HAPPENED,
    ISSUE_DURATION_LONGER_THAN_ELAPSED,
    ISSUE_PERIOD_BEFORE_ITS_END,
    Relation,
)
from .parse import Draft
from .periods import month_span

_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d+")
_NEAR_RELEASE = 6  # words between a document noun and its release verb, or the verb and the date
_NEAR_RESULT = 4  # words after a period to the figures it dates ("2025 net profit")
_NEAR_RESULT_BEFORE = 8  # words before it ("profit rose 12% to $3 million in 2025")
_PERIOD_KINDS = frozenset({"quarter", "year", "part_of_year", "month_year"})
_PARTIAL_PHRASES = ("so far", "to date")
_FINDING_VERBS = frozenset("found finds shows showed show said says concluded concludes revealed reveals warned".split())
_DURATION_RE = re.compile(
    r"\b(?:(?P<n>\d{1,3}|" + "|".join(DURATION_WORDS) + r")[- ](?P<unit>year|decade)|(?P<decade>decade))"
    r"(?:[- ]long)?(?P<words>(?:\s{1,3}[A-Za-z][\w-]*){1,3})",
    re.IGNORECASE,
)


def internal_chronology(doc: Document, drafts: list[Draft], published: date | None) -> None:
    """Set the relations of the article's own chronology on the mentions they concern."""
    text = doc.text
    runs = doc.lowered_runs
    if runs is None or not (runs.isdisjoint(DOCUMENT_NOUNS) or runs.isdisjoint(RELEASE_VERBS)):
        _cited_before_release(doc, drafts)
    if published is not None and (runs is None or not runs.isdisjoint(RESULT_NOUNS)):
        _periods_before_their_end(doc, drafts, published)
    if runs is None or not (runs.isdisjoint(DURATION_NOUNS) or runs.isdisjoint(("year", "decade"))):
        _durations(doc, drafts, published)


def _tokens(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """(lowercased word, start, end) of the words of ``text[lo:hi]``; each digit run is one "0"."""
    return [
        ("0" if m.group()[0].isdigit() else m.group().lower(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, lo, hi)
    ]


def _definite(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """True when the word before ``tokens[k]`` is a determiner or a possessive: "the report", "its study"."""
    if k == 0:
        return False
    before = tokens[k - 1][0]
    return (before in DETERMINERS and before not in ("a", "an")) or before.endswith(("'s", "\u2019s"))


def _cited_before_release(doc: Document, drafts: list[Draft]) -> None:
    text = doc.text
    releases: dict[str, list[int]] = {}  # document noun -> the drafts that date its release
    for i, d in enumerate(drafts):
        if d.first is None or not d.adverbial or d.prep not in ("on", "in", "during") or d.tense != "past":
            continue
        lo = max(d.s0, d.prep_start - 120)
        if not any(v in text[lo : d.prep_start] for v in RELEASE_VERBS):
            continue  # no release verb near: the cheap test first
        tokens = _tokens(text, d.s0, d.prep_start)
        verbs = [k for k, t in enumerate(tokens) if t[0] in RELEASE_VERBS and len(tokens) - k <= _NEAR_RELEASE]
        if not verbs:
            continue
        r = verbs[-1]
        nouns = [k for k in range(max(0, r - _NEAR_RELEASE), len(tokens)) if tokens[k][0] in DOCUMENT_NOUNS]
        if nouns:
            noun = tokens[min(nouns, key=lambda k: abs(k - r))][0]
            releases.setdefault(noun, []).append(i)
    for noun, found in releases.items():
        if len(found) != 1:
            continue  # two releases of "a report": which one is cited cannot be told
        i = found[0]
        release = drafts[i]
        assert release.first is not None
        for j, d in enumerate(drafts):
            if (
                d.relation or d.last is None or d.sentence == release.sentence or not d.adverbial
                or d.tense != "past" or d.last >= release.first
            ):
                continue
            tokens = _tokens(text, d.s0, d.s1)
            words = {t[0] for t in tokens}
            if not words.isdisjoint(BEFORE_RELEASE_WORDS) or words.isdisjoint(CITING_WORDS | _FINDING_VERBS):
                continue
            cited = [
                k for k, t in enumerate(tokens)
                if t[0] == noun and _definite(tokens, k) and (
                    not words.isdisjoint(CITING_WORDS) or (k + 1 < len(tokens) and tokens[k + 1][0] in _FINDING_VERBS)
                )
            ]
            if not cited:
                continue
            k = cited[0]
            span = (tokens[k - 1][1], tokens[k][2])
            d.relation = Relation(
                ISSUE_CITED_BEFORE_IT_HAPPENED, text[d.prep_start : d.end], release.first, other=i,
                subject=text[span[0] : span[1]], subject_span=span,
            )


def _periods_before_their_end(doc: Document, drafts: list[Draft], published: date) -> None:
    text = doc.text
    for i, d in enumerate(drafts):
        if d.relation or not d.explicit or d.kind not in _PERIOD_KINDS or d.first is None or d.last is None:
            continue
        first, last = d.first, d.last
        before = drafts[i - 1] if i else None
        if before is not None and 0 <= d.start - before.end <= 2:
            if d.kind != "year" or before.kind != "quarter" or before.quarter is None:
                continue
            first, last = month_span(first.year, 3 * before.quarter - 2)[0], month_span(first.year, 3 * before.quarter)[1]
        if not first <= published <= last or d.tense != "past" or d.marker in REPORTING_PAST:
            continue  # "said [its] 1989 profit is likely to be": the tense of the saying, not of the figures
        sentence = text[d.s0 : d.s1]
        lowered = sentence.lower()
        tokens = _tokens(text, d.s0, d.s1)
        words = {t[0] for t in tokens}
        figure = any(t[0] == "0" and not _in_date(drafts, t[1]) for t in tokens)
        if not figure or not words.isdisjoint(PARTIAL_PERIOD_WORDS) or any(p in lowered for p in _PARTIAL_PHRASES):
            continue  # no figure, or figures partial, forecast or of a fiscal year
        clause = max(d.s0, *(text.rfind(c, d.s0, d.prep_start) for c in ",;:"))  # the figures of its own clause
        ahead = [t for t in tokens if clause <= t[1] and t[2] <= d.prep_start][-_NEAR_RESULT_BEFORE:]
        after = [t for t in tokens if t[1] >= d.end][:_NEAR_RESULT]
        results = [t for t in (*after, *reversed(ahead)) if t[0] in RESULT_NOUNS]
        if not results:
            continue
        _, lo, hi = results[0]
        start = d.prep_start if d.adverbial else d.start
        d.relation = Relation(
            ISSUE_PERIOD_BEFORE_ITS_END, text[start : d.end], published, subject=text[lo:hi], subject_span=(lo, hi),
            limit=last,
        )


def _in_date(drafts: list[Draft], pos: int) -> bool:
    """True when ``pos`` lies inside a date mention (the digits of "2025" are no figure)."""
    return any(d.start <= pos < d.end for d in drafts)


def _duration_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_DURATION_RE``, tried only around "year" and "decade" (``str.find``: far
    cheaper than a regex scan of the whole text)."""
    found: list[re.Match[str]] = []
    for unit in ("year", "decade"):
        i = text.find(unit)
        while i != -1:
            before = text[i - 1 : i] if i else ""
            # "10-year", "10 year", "decade-long": a hyphen, or a space after a digit (or "decade")
            if unit == "decade" or before == "-" or (before == " " and text[i - 2 : i - 1].isdigit()):
                m = _DURATION_RE.search(text, max(0, i - 8), i + 80)
            else:
                m = None
            if m is not None and m.start() <= i < m.end() and (not found or m.start() >= found[-1].end()):
                found.append(m)
            i = text.find(unit, i + 1)
    return found


def _durations(doc: Document, drafts: list[Draft], published: date | None) -> None:
    text = doc.text
    for m in _duration_matches(text):
        # the activity: one of up to three words after the duration ("a 10-year Harvard study")
        nouns = [w for w in _TOKEN_RE.finditer(text, m.start("words"), m.end()) if w.group().lower() in DURATION_NOUNS]
        if not nouns:
            continue
        if m.group("decade"):
            years = 10
        else:
            n = m.group("n").lower()
            years = (int(n) if n.isdigit() else DURATION_WORDS[n]) * (10 if m.group("unit").lower() == "decade" else 1)
        s = doc.sentence_index(m.start())
        tokens = _tokens(text, doc.sentences[s].start, doc.sentences[s].end) if doc.sentences else _tokens(text, 0, len(text))
        words = {t[0] for t in tokens}
        lowered = doc.sentence_text(s).lower()
        if not years or not words.isdisjoint(ONGOING_WORDS) or any(p in lowered for p in _PARTIAL_PHRASES):
            continue
        _duration(doc, drafts, (m.start(), nouns[0].end()), s, years, published)


def _duration(
    doc: Document, drafts: list[Draft], subject: tuple[int, int], s: int, years: int, published: date | None
) -> None:
    text = doc.text
    for i, d in enumerate(drafts):
        if d.sentence != s or d.start < subject[1] or d.first is None or d.relation or d.tense == "future":
            continue
        words_before = [t[0] for t in _tokens(text, max(subject[1], d.prep_start - 40), d.prep_start)][-3:]
        if d.prep != "since" and d.prep != "from" and not (d.prep in ("in", "on") and set(words_before) & START_VERBS):
            continue
        end, other = published, None
        if d.prep == "from" and i + 1 < len(drafts) and drafts[i + 1].prep in ("to", "until", "through"):
            end, other = drafts[i + 1].last, i + 1
        if end is None:
            return
        limit = _add_years(d.first, years)
        if limit > end:
            lo, hi = subject
            d.relation = Relation(
                ISSUE_DURATION_LONGER_THAN_ELAPSED, text[d.prep_start : d.end], end, other=other,
                subject=text[lo:hi], subject_span=(lo, hi), limit=limit,
            )
        return


def _add_years(day: date, years: int) -> date:
    """The same day ``years`` later (February 29 becomes February 28)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
