"""SRC101 low-attribution: most factual claims carry no attribution at all.

Practice: claims without any attribution leave the reader unable to tell where they come from
(AP Stylebook, "attribution"; Reuters Handbook, "Sourcing"). An opinion piece's argument in the
writer's own voice is no factual claim, and in opinion the finding costs nothing (``scoring/genre.py``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...features.pipeline import Extraction
from ..genre import OPINION_NOT_COUNTED, attributed_share, counts_unattributed, factual_claims
from .base import HIGH, Hit, Rule, thresholds


def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
    """One penalty, graded by how far the attributed share falls below the threshold."""
    t = rule.thresholds
    claims = factual_claims(ex)
    if len(claims) < t["min_claims"]:
        return
    share = attributed_share(ex, claims)
    if share >= t["min_share"]:
        return
    unattributed = [i for i in claims if i not in ex.attribution.coverage][: int(t["evidence"])]
    spans = tuple(ex.doc.span(ex.doc.sentences[i].start, ex.doc.sentences[i].end, "claim") for i in unattributed)
    counted = counts_unattributed(ex)
    yield (
        f"Only {share:.0%} of {len(claims)} factual claims carry any attribution." + ("" if counted else OPINION_NOT_COUNTED),
        spans,
        rule.points * (t["min_share"] - share) / t["min_share"] if counted else 0.0,
    )


RULE = Rule(
    "SRC101", "low-attribution", HIGH,
    "Most factual claims carry no attribution at all: the reader cannot tell where they come from.",
    "claims without any attribution", -12.0, 12.0, check,
    # min_claims: fewer claims is too little to judge; min_share: the attributed share below which
    # the penalty starts (in full at 0); evidence: the unattributed claims shown
    thresholds(min_claims=5, min_share=0.25, evidence=5),
)
