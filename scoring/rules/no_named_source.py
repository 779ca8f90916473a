"""SRC102 no-named-source: an article of factual claims that names no source at all.

Practice: an article that names no one cannot be checked (Reuters Handbook, "Sourcing"). An
opinion piece's argument in the writer's own voice is no factual claim, and in opinion the finding
costs nothing (``scoring/genre.py``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...features.pipeline import Extraction
from ..genre import OPINION_NOT_COUNTED, counts_unattributed, factual_claims
from .base import HIGH, Hit, Rule, thresholds


def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
    """One penalty when there are enough claims and not one named source."""
    claims = factual_claims(ex)
    if len(claims) >= rule.thresholds["min_claims"] and not any(s.named for s in ex.sourcing.sources):
        counted = counts_unattributed(ex)
        message = f"{len(claims)} factual claims and not one named source." + ("" if counted else OPINION_NOT_COUNTED)
        yield message, (), rule.points if counted else 0.0


RULE = Rule(
    "SRC102", "no-named-source", HIGH,
    "An article of factual claims with no named source cannot be checked.",
    "factual claims and not one named source", -10.0, 10.0, check,
    thresholds(min_claims=4),  # fewer claims: a brief or a note, not a report
)
