"""SRC002 attributed-claims: credit the share of factual claims attributed to named sources.

Practice: every factual claim says who makes it (AP Stylebook, "attribution"). An opinion piece's
argument in the writer's own voice is no factual claim (``scoring/genre.py``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...features.pipeline import Extraction
from ...features.source_phrases import NAMED_KINDS
from ..genre import factual_claims
from .base import CREDIT, Hit, Rule, thresholds


def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
    """One credit, graded by the share of claims whose cue names a named source."""
    claims = factual_claims(ex)
    if len(claims) < rule.thresholds["min_claims"]:
        return
    named = [i for i in claims if (src := ex.attribution.source_of(i)) is not None and src.kind in NAMED_KINDS]
    share = len(named) / len(claims)
    if named:
        cues = {ex.attribution.coverage[i].span for i in named}
        yield (
            f"{len(named)} of {len(claims)} factual claims ({share:.0%}) are attributed to named sources.",
            tuple(sorted(cues, key=lambda s: s.start)),
            rule.points * share,
        )


RULE = Rule(
    "SRC002", "attributed-claims", CREDIT,
    "Each factual claim should say who makes it (AP Stylebook: attribution).",
    "every factual claim says who makes it", 20.0, 20.0, check,
    thresholds(min_claims=3),  # fewer claims than this: too few for a share to mean anything
)
