"""SRC305-SRC307: the article's own chronology: a citation, a period's figures or a duration that cannot fit its dates.

Practice: a report can be quoted only after it is out, a quarter's or a year's figures only after
it ends, and an N-year study that began fewer than N years ago cannot be finished. Rewritten or
invented copy moves one date and leaves the other, or makes a duration up. The temporal extractor
relates the dates the article gives (``features/temporal/internal.py``); these rules turn those
relations into findings and word them for an editor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ...features.pipeline import Extraction
from ...features.spans import Span
from ...features.temporal import (
    ISSUE_CITED_BEFORE_IT_HAPPENED,
    ISSUE_DURATION_LONGER_THAN_ELAPSED,
    ISSUE_PERIOD_BEFORE_ITS_END,
    DateMention,
    Relation,
)
from .base import MEDIUM, Check, Hit, Rule

Message = Callable[[str, Sequence[DateMention], DateMention, Relation], str]


def _other(text: str, mentions: Sequence[DateMention], relation: Relation) -> str:
    """The other mention a relation names, as written in ``text`` (``doc.text``)."""
    if relation.other is None:
        raise ValueError(f"a {relation.kind} relation names the other mention")
    other = mentions[relation.other]
    return text[other.start : other.end]


def cited_before_it_happened(text: str, mentions: Sequence[DateMention], mention: DateMention, relation: Relation) -> str:
    """'the report' is cited 'On March 20, 2024', before its release 'April 3, 2024' (2024-04-03)."""
    return (
        f"'{relation.subject}' is cited '{relation.phrase}', before its release '{_other(text, mentions, relation)}' "
        f"({relation.against})"
    )


def period_reported_before_its_end(
    text: str, mentions: Sequence[DateMention], mention: DateMention, relation: Relation
) -> str:
    """'in 2025' has figures ('profit') told as past, but the period ends 2025-12-31, after the article is dated 2025-03-28."""
    return (
        f"'{relation.phrase}' has figures ('{relation.subject}') told as past, but the period ends "
        f"{relation.limit}, after the article is dated {relation.against}"
    )


def duration_longer_than_elapsed(
    text: str, mentions: Sequence[DateMention], mention: DateMention, relation: Relation
) -> str:
    """'10-year study' began 'in 2020': ten years run to 2030-01-01 at the earliest, after the article is dated 2025-03-28."""
    end = f"'{_other(text, mentions, relation)}' ends it" if relation.other is not None else "the article is dated"
    return (
        f"'{relation.subject}' began '{relation.phrase}': it could not have run its length before "
        f"{relation.limit}, but {end} {relation.against}"
    )


MESSAGES: dict[str, Message] = {
    ISSUE_CITED_BEFORE_IT_HAPPENED: cited_before_it_happened,
    ISSUE_PERIOD_BEFORE_ITS_END: period_reported_before_its_end,
    ISSUE_DURATION_LONGER_THAN_ELAPSED: duration_longer_than_elapsed,
}


def _chronology(kind: str) -> Check:
    """The check of one relation kind: one finding per mention in it, with every span it involves."""
    write = MESSAGES[kind]

    def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
        mentions = ex.temporal.mentions
        for mention in mentions:
            relation = mention.relation
            if relation is None or relation.kind != kind:
                continue
            evidence: list[Span] = [mention.span]
            if relation.subject_span is not None:
                evidence.append(ex.doc.span(*relation.subject_span, "chronology"))
            if relation.other is not None:
                evidence.append(mentions[relation.other].span)
            yield write(ex.doc.text, mentions, mention, relation), tuple(sorted(evidence, key=lambda s: s.start)), rule.points

    return check


RULES = (
    Rule(
        "SRC305", "cited-before-it-happened", MEDIUM,
        "A document quoted before the release date the article itself gives is a date error or an invented citation.",
        "a report cited before its release", -6.0, 12.0, _chronology(ISSUE_CITED_BEFORE_IT_HAPPENED),
    ),
    Rule(
        "SRC306", "period-reported-before-its-end", MEDIUM,
        "A quarter's or a year's figures told as past before the period ends at publication cannot be real results.",
        "a period's figures before it ends", -6.0, 12.0, _chronology(ISSUE_PERIOD_BEFORE_ITS_END),
    ),
    Rule(
        "SRC307", "duration-longer-than-elapsed", MEDIUM,
        "An N-year study or career that began fewer than N years before its end is a date or a duration made up.",
        "a duration longer than the time elapsed", -5.0, 10.0, _chronology(ISSUE_DURATION_LONGER_THAN_ELAPSED),
    ),
)
