"""SRC001 named-sources: credit each named person, organization or document an article cites.

Practice: identify sources as fully as possible (Reuters Handbook of Journalism, "Sourcing").
A person with a role ("military spokesman Lee Sung Joon") is the most checkable, then a person,
then an organization or a document.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...features.pipeline import Extraction
from ...features.source_phrases import PERSON
from .base import CREDIT, Hit, Rule, thresholds


def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
    """One credit per named source, weighted by how fully it is identified."""
    t = rule.thresholds
    for src in ex.sourcing.sources:
        if not src.named:
            continue
        share = t["person_with_role"] if src.kind == PERSON and src.role else t["person"] if src.kind == PERSON else t["other"]
        role = f" ({src.role})" if src.role else ""
        yield f"Named {src.kind} source: {src.best.text}{role}.", (src.best.span,), rule.points * share


RULE = Rule(
    "SRC001", "named-sources", CREDIT,
    "Named people with roles, named organizations and documents let a reader check a claim "
    "(Reuters Handbook: identify sources as fully as possible).",
    "identify sources as fully as possible", 4.0, 16.0, check,
    # the share of the points each kind of named source earns
    thresholds(person_with_role=1.0, person=0.75, other=0.5),
)
