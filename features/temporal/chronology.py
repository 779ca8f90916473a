"""How the dates stand against the reference date and against each other: facts for the rules.

Four relations make a date suspect (the date rules of ``scoring/rules/dates.py`` turn them into
findings and messages; their counts are model features too), and three more, of the article's own
chronology, are found by ``internal.py`` (kinds ``CHRONOLOGY_KINDS``; ``scoring/rules/chronology.py``):

* ``future-about-past``: a future (or modal + "by") clause about a period that ended before the
  reference: "Moscow may transfer ... by late 2024" in an article of March 2025; "set/scheduled
  for <date>" ("the vote is set for late 2024", unless a past verb tells the plan from the past:
  "the talks, scheduled for late 2024, were cancelled") and the present of a timetabled event
  ("the exhibition closes on March 2") are future too. Against a publication date, so is a
  yearless day in a future clause that the resolver places in the weeks just gone ("will meet on
  March 20" written on March 28);
* ``past-about-future``: a clear past-tense clause (was/were/had/did, "began") about a period
  that starts after the reference, with no future or modal word in the clause; also a participle
  next to its date ("troops sent in August 2025", not "expected in" or "said of", and a quarter or
  more ahead: weaker evidence), and "since <a later date>" (a period told as already running);
* ``conflicting-years``: one event dated in two years. An event is a distinctive number (>= 100,
  or a percentage) with the dates of its clause; exactly two sentences date it, sharing two
  content words (three for a percentage), and their years do not overlap;
* ``impossible-date``: "February 30", "April 31", "13/45/2025", "2025-13-45".

Only dates with an explicit year (or, as above, a yearless day) after a time preposition ("in",
"by", "until"; "since" only as above) are set against the tense, and neither quoted forecasts nor, without a publication date,
reported ones ("he said he will ... in 2014"); relative expressions cannot contradict the
reference. An inferred reference is weak evidence: against it, future-about-past compares with
the start of the latest period the text narrates as past instead (a forecast for a period that
ended before one the text narrates as past), and past-about-future is not looked for.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from ..document import Document
from ..vocabulary.temporal import AHEAD_WORDS, COMPARISON_STOPWORDS, DEADLINE_PREPOSITIONS
from .parse import Draft, coordinated
from .tense import future_in_clause, past_participle, planned_in_the_past

# The relation kinds; the report's ``dates[].issue`` shows them.
ISSUE_FUTURE_ABOUT_PAST = "future-about-past"
ISSUE_PAST_ABOUT_FUTURE = "past-about-future"
ISSUE_CONFLICTING_YEARS = "conflicting-years"
ISSUE_IMPOSSIBLE_DATE = "impossible-date"
# The article's own chronology (see ``internal_chronology``).
ISSUE_CITED_BEFORE_IT_HAPPENED = "cited-before-it-happened"
ISSUE_PERIOD_BEFORE_ITS_END = "period-reported-before-its-end"
ISSUE_DURATION_LONGER_THAN_ELAPSED = "duration-longer-than-elapsed"
CHRONOLOGY_KINDS = (ISSUE_CITED_BEFORE_IT_HAPPENED, ISSUE_PERIOD_BEFORE_ITS_END, ISSUE_DURATION_LONGER_THAN_ELAPSED)
RELATION_KINDS = (
    ISSUE_FUTURE_ABOUT_PAST, ISSUE_PAST_ABOUT_FUTURE, ISSUE_CONFLICTING_YEARS, ISSUE_IMPOSSIBLE_DATE, *CHRONOLOGY_KINDS,
)

_NEAR_VERB = 6  # words from a future marker to a date it governs, unless the date is a deadline
# A participle is weaker evidence of a past than "was" or "began": the period it dates must start this
# many days after the reference ("boosted funding levels in 2016" in December 2015 is a budget year).
_PARTICIPLE_MARGIN = 92
_NEAR_NUMBER = 100  # characters between a number and a date that date it
_MAX_SHARED = 8  # a number in more sentences than this is not distinctive; also caps pairs per sentence
_CONTENT_RE = re.compile(r"[A-Za-z][A-Za-z']{2,}")


@dataclass(frozen=True, slots=True)
class Relation:
    """A date's suspect relation to the reference or to another date, with the pieces a message names."""

    kind: str  # one of RELATION_KINDS
    phrase: str  # the words concerned, as in doc.text: "by late 2024" (with its preposition), or the date itself
    against: date | None = None  # the date compared with: the reference, or the start of the bounding mention
    bound: int | None = None  # the mention narrated as past that bounds an inferred reference (index)
    other: int | None = None  # conflicting-years: the first mention dating the same event in another year (index)
    number: str | None = None  # conflicting-years: the number both sentences mention, as first written
    # The article's own chronology: the words the relation is about ("the report", "first-quarter
    # profit", "10-year study"), their doc.text offsets, and the day the compared date had to reach
    # (period-reported-before-its-end: the period's last; duration-longer-than-elapsed: the start plus the duration).
    subject: str | None = None
    subject_span: tuple[int, int] | None = None
    limit: date | None = None


def impossible_dates(text: str, drafts: list[Draft]) -> None:
    """Mark the days that do not exist: "February 30", "2025-13-45"."""
    for d in drafts:
        if d.impossible:
            d.relation = Relation(ISSUE_IMPOSSIBLE_DATE, text[d.start : d.end])


def tense_relations(doc: Document, drafts: list[Draft], ref: date, bound: Draft | None) -> None:
    """Mark future statements about ended periods and past statements about periods to come.

    With a publication date both are looked for against it, and "officials said the walls will be
    finished by late 2024" counts: a reporter keeps "will" only for what is still ahead. With an
    inferred date only the first is, against ``bound`` (a forecast for a period that ended before
    one the article narrates as past), and reported forecasts ("he said he will ... in 2014") are
    left alone: articles that span years quote old plans. Quoted forecasts never count.
    """
    text = doc.text
    if bound is not None and bound.first is not None:
        limit, bound_index = bound.first, drafts.index(bound)
    else:
        limit, bound_index = ref, None
    for i, d in enumerate(drafts):
        if d.relation or d.first is None or d.last is None:
            continue
        if not d.explicit and not (bound is None and d.kind == "month_day" and d.tense == "future"):
            continue  # a yearless day is checked only against a publication date, in a future clause
        if d.prep == "since":  # "prices have risen since 2026": a period after the reference told as running
            if (
                bound is None and d.explicit and d.first > ref and d.tense != "future"
                and not future_in_clause(text, d) and doc.in_quote(d.start) is None
            ):
                d.relation = Relation(ISSUE_PAST_ABOUT_FUTURE, text[d.prep_start : d.end], ref)
            continue
        adverbial = d.adverbial or (
            i > 0 and drafts[i - 1].adverbial and coordinated(text, d.prep, d.prep_start, drafts[i - 1].end)
        )
        if not adverbial:
            continue
        # A deadline ("by late 2024") belongs to the verb; "in 2004" far after "will" may date a noun
        # ("will bookend his address to the convention in 2004").
        near = d.prep in DEADLINE_PREPOSITIONS or d.reach <= _NEAR_VERB
        if (
            d.tense == "future" and near and d.last < limit and not (d.reported and bound)
            and doc.in_quote(d.start) is None and not planned_in_the_past(text, d)
        ):
            phrase = text[d.prep_start if d.adverbial else d.start : d.end]
            d.relation = Relation(ISSUE_FUTURE_ABOUT_PAST, phrase, limit, bound_index)
        elif (
            bound is None and d.tense == "past" and d.first > ref
            and (d.clear_past or (past_participle(d) and (d.first - ref).days > _PARTICIPLE_MARGIN))
            and not future_in_clause(text, d)
        ):
            phrase = text[d.prep_start if d.adverbial else d.start : d.end]
            d.relation = Relation(ISSUE_PAST_ABOUT_FUTURE, phrase, ref)


def conflicting_years(doc: Document, drafts: list[Draft], numbers: list[tuple[int, str, str]]) -> list[tuple[int, int]]:
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
            and d.prep not in AHEAD_WORDS  # "bonds due 1993", "expire Nov. 21": terms, not events
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
                    d = drafts[k]
                    if d.relation is None:
                        d.relation = Relation(ISSUE_CONFLICTING_YEARS, text[d.start : d.end], other=other, number=shown[key])
    return sorted(set(pairs))


def _same_clause(text: str, pos: int, d: Draft) -> bool:
    """True when the number at ``pos`` and the date ``d`` are close, with no clause boundary between."""
    lo, hi = (pos, d.start) if pos < d.start else (d.end, pos)
    if hi - lo > _NEAR_NUMBER:
        return False
    between = text[lo:hi]
    return ";" not in between and ":" not in between and "\u2014" not in between


def _years(drafts: list[Draft], members: list[int]) -> set[int]:
    years: set[int] = set()
    for i in members:
        d = drafts[i]
        if d.first is not None and d.last is not None:
            years.update(range(d.first.year, d.last.year + 1))
    return years


def _stems(sentence: str) -> set[str]:
    words = (w.lower() for w in _CONTENT_RE.findall(sentence))
    return {w[:5] for w in words if w not in COMPARISON_STOPWORDS}
