"""SRC003 quoted-sources: credit direct quotations of named sources.

Practice: direct quotes are the most checkable attribution; the reader can ask the speaker.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...features.pipeline import Extraction
from ...features.source_phrases import NAMED_KINDS
from .base import CREDIT, Hit, Rule, thresholds


def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
    """One credit per double-quoted passage whose sentence's cue names a named source."""
    for q in ex.doc.quotes:
        if q.kind != "double" or q.inner_end - q.inner_start < rule.thresholds["min_chars"]:
            continue  # scare quotes and short phrases are not quotations of a source
        cue = ex.attribution.coverage.get(ex.doc.sentence_index(q.inner_start))
        if cue is None or cue.source is None or cue.source.kind not in NAMED_KINDS:
            continue
        yield f"Direct quotation attributed to {cue.source.text}.", (ex.doc.span(q.start, q.end, "quote"),), rule.points


RULE = Rule(
    "SRC003", "quoted-sources", CREDIT,
    "Direct quotations from named sources are the most checkable attribution.",
    "direct quotes are the most checkable attribution", 2.0, 8.0, check,
    thresholds(min_chars=40),  # a shorter quoted passage is a phrase or a scare quote
)
