"""Date expressions, what they resolve to, and how they stand against the reference and each other.

Every date expression in ``doc.text`` (full and numeric dates, month + year, month + day, bare
months and years, seasons, early/mid/late periods, relative words, weekdays) becomes a
:class:`DateMention`: the interval it denotes, resolved against a reference date, the tense of
its clause, and its suspect relation to the reference or to another date, if any (the facts the
date rules of ``scoring/rules/dates.py`` read; the dating errors a fabricated rewrite leaves behind).

Reference: ``doc.published``, else inferred: the latest end of a period that a past-tense clause
dates with an explicit year ("in March 2023" -> 2023-03-31), leaving out endpoints such as "by"
and "until"; failing those, present- or unknown-tense clauses; never future ones; else None,
and only the relations that need no reference are looked for.

The work is split by job: ``patterns`` (what a date looks like) and ``find`` (where to try
them), ``parse`` (match -> draft), ``tense`` (of the clause), ``resolve`` (against the
reference; ``periods`` holds the calendar arithmetic), ``chronology`` (the relations to the
reference and between dates), ``ahead`` (past statements about relative dates ahead and about
records and events dated after publication) and ``internal`` (the article's own chronology: a document cited
before its release, a period's figures before its end, a duration longer than the time elapsed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..document import Document
from ..spans import FeatureSet, Span
from .chronology import (
    CHRONOLOGY_KINDS,
    ISSUE_CITED_BEFORE_IT_HAPPENED,
    ISSUE_CONFLICTING_YEARS,
    ISSUE_DURATION_LONGER_THAN_ELAPSED,
    ISSUE_FUTURE_ABOUT_PAST,
    ISSUE_IMPOSSIBLE_DATE,
    ISSUE_PAST_ABOUT_FUTURE,
    ISSUE_PERIOD_BEFORE_ITS_END,
    RELATION_KINDS,
    Relation,
    conflicting_years,
    impossible_dates,
    tense_relations,
)
from .ahead import past_about_ahead
from .behind import future_about_behind, wrong_weekdays
from .find import MAX_MENTIONS, scan, trigger_runs
from .internal import internal_chronology
from .parse import Draft
from .resolve import resolve_all
from .tense import assign_tenses

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
    relation: Relation | None  # its suspect relation to the reference or another mention, if any

    @property
    def issue(self) -> str | None:
        """The kind of its relation (one of ``RELATION_KINDS``), or None: the report's ``dates[].issue``."""
        return None if self.relation is None else self.relation.kind

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
    """The article's date mentions, the reference date they resolve against, and their relations."""

    mentions: list[DateMention] = field(default_factory=list)
    reference: date | None = None  # the publication date, or inferred
    reference_inferred: bool = False
    conflicts: list[tuple[int, int]] = field(default_factory=list)  # mention index pairs, conflicting-years


def extract(doc: Document) -> TemporalFeatures:
    """Find, resolve and relate every date expression of ``doc``."""
    text = doc.text
    published = doc.published
    if isinstance(published, datetime):
        published = published.date()
    elif not isinstance(published, date):
        published = None
    drafts, numbers = scan(text, trigger_runs(doc))
    assign_tenses(doc, drafts)
    impossible_dates(text, drafts)
    reference, bound = resolve_all(drafts, published)
    wrong_weekdays(text, drafts)
    if reference is not None:
        tense_relations(doc, drafts, reference, bound)
        if bound is None and published is not None:
            past_about_ahead(doc, drafts, reference)
            future_about_behind(doc, drafts, reference)
    pairs = conflicting_years(doc, drafts, numbers)
    internal_chronology(doc, drafts, published)
    return _features(doc, drafts, reference, bound is not None, pairs)


def _features(
    doc: Document, drafts: list[Draft], reference: date | None, inferred: bool, conflicts: list[tuple[int, int]]
) -> TemporalFeatures:
    mentions: list[DateMention] = []
    evidence: list[Span] = []
    issues = dict.fromkeys(RELATION_KINDS, 0)
    days = resolved = future = 0
    original, to_original = doc.original, doc.to_original
    for d in drafts:
        ostart, oend = to_original(d.start, d.end)
        span = Span(ostart, oend, d.sentence, "date")  # doc.span: d.sentence is doc.sentence_index(d.start)
        mention = DateMention(d.start, d.end, span, original[ostart:oend], d.kind, d.first, d.last, d.tense, d.relation)
        mentions.append(mention)
        days += d.kind in DAY_KINDS
        resolved += d.first is not None
        future += d.tense == "future"
        if d.relation is not None:
            evidence.append(span)
            issues[d.relation.kind] += 1
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


__all__ = [
    "CHRONOLOGY_KINDS", "DAY_KINDS", "ISSUE_CITED_BEFORE_IT_HAPPENED", "ISSUE_CONFLICTING_YEARS",
    "ISSUE_DURATION_LONGER_THAN_ELAPSED", "ISSUE_PERIOD_BEFORE_ITS_END", "ISSUE_FUTURE_ABOUT_PAST", "ISSUE_IMPOSSIBLE_DATE",
    "ISSUE_PAST_ABOUT_FUTURE", "MAX_MENTIONS", "RELATION_KINDS", "DateMention", "Relation", "TemporalFeatures",
    "extract",
]
