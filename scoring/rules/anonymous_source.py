"""SRC202 anonymous-without-reason: an unnamed source with no stated reason for anonymity.

Practice: AP and Reuters allow anonymous sources only with a reason the reader is told
("who was not authorized to speak publicly").
"""

from __future__ import annotations

from collections.abc import Iterator

from ...features.pipeline import Extraction
from ...features.source_phrases import ANONYMOUS
from .base import LOW, Hit, Rule


def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
    """One penalty per anonymous source none of whose mentions gives a reason."""
    for src in ex.sourcing.sources:
        if src.kind == ANONYMOUS and not any(m.anonymity_reason for m in src.mentions):
            yield f"Unnamed source \u201c{src.best.text}\u201d with no reason given for anonymity.", (src.best.span,), rule.points


RULE = Rule(
    "SRC202", "anonymous-without-reason", LOW,
    "An unnamed source needs a stated reason for anonymity (AP and Reuters anonymous-source rules).",
    "anonymity needs a stated reason (AP, Reuters)", -1.0, 3.0, check,
)
