"""What the genre of a text means for its score: opinion is outside it, the sourcing of factual claims is not.

The genre extractor (``features/genre.py``) says what kind of text it is and which sentences are
argument in the writer's own voice. Here that becomes three things, and nothing else:

- **Factual claims** (:func:`factual_claims`): in an opinion or analysis piece, a sentence of argument
  in the writer's voice ("I believe the council should ...") is an opinion, not a factual claim
  that needs a source; the claim-share rules (SRC002, SRC101, SRC102) count the other claims. An
  argument sentence that carries a statistic stays a claim ("In my view the 36% casualty rate ...").
- **Claims no one is said to make** (:func:`counts_unattributed`): an opinion piece is the writer's
  signed argument, and its background facts are stated on the writer's own authority, as a column
  does; SRC101 (low attribution) and SRC102 (no named source), which count claims that no one is
  said to make, still report on it for the editor, with 0 points. What the writer cites is checked
  as in any report.
- **The model part** (:func:`model_adjustment`): the model learned from news reports, where few
  attributions mean poor sourcing; an opinion piece's argument has none by nature. So for opinion
  the model may not take the score below its prior: the difference is its own contribution, shown
  beside the model's. The genre is never a model input.
- **The note** (:func:`note`) that the report and the text output carry.

Everything a fabrication is caught by stays as it is whatever the genre: unsourced and vaguely
sourced figures (SRC401, SRC402), vague and anonymous sources (SRC201, SRC202), hearsay (SRC103)
and dates (SRC3xx). An opinion label pasted over a news report changes nothing (the kind needs
argument sentences in the body too), and "I think" added to an invented figure leaves it a claim.
"""

from __future__ import annotations

from ..features.genre import NEWS_REPORT, OPINION, OTHER, PRESS_RELEASE, GenreFacts
from ..features.pipeline import Extraction
from .model import MODEL_POINTS, PRIOR_PROBABILITY

GENRE_PART = "genre: opinion, model held at its prior"  # the contribution that keeps an opinion piece's model part at the prior

KIND_NAMES = {
    NEWS_REPORT: "news report",
    OPINION: "opinion or analysis",
    PRESS_RELEASE: "press release",
    OTHER: "other (not recognisably a news report)",
}


def factual_claims(ex: Extraction) -> list[int]:
    """The claim sentences that need a source: all claims, less an opinion piece's argument sentences without a figure."""
    claims = ex.attribution.claims
    genre = ex.genre
    if genre.kind != OPINION or not genre.argument_sentences:
        return claims
    arguments = genre.argument_sentences
    figures = {s.span.sentence for s in ex.statistics.statistics}
    return [i for i in claims if i not in arguments or i in figures]


def counts_unattributed(ex: Extraction) -> bool:
    """Whether claims that no one is said to make cost points (SRC101, SRC102): not in an opinion piece."""
    return ex.genre.kind != OPINION


OPINION_NOT_COUNTED = " (opinion or analysis: the writer's own authority; reported, not counted)"


def attributed_share(ex: Extraction, claims: list[int]) -> float:
    """The share of ``claims`` an attribution cue covers (hearsay is no attribution), as ``attribution.attributed_share``."""
    if not claims:
        return 0.0
    if claims is ex.attribution.claims:
        return ex.attribution.values["attribution.attributed_share"]
    coverage = ex.attribution.coverage
    return sum(1 for i in claims if i in coverage and not coverage[i].hearsay) / len(claims)


def model_adjustment(ex: Extraction, model_points: float) -> float:
    """Points that lift an opinion piece's model part to the prior (0 for other kinds, or when the model is at or above it)."""
    if ex.genre.kind != OPINION:
        return 0.0
    prior = MODEL_POINTS * PRIOR_PROBABILITY
    return round(prior - model_points, 2) if model_points < prior else 0.0


def note(genre: GenreFacts) -> str:
    """One sentence for the report: what kind of text it is and what the score covers."""
    if genre.kind == OPINION:
        n = len(genre.argument_sentences)
        return (
            f"Opinion or analysis ({n} sentence{'s' if n != 1 else ''} of argument in the writer's own voice): the score "
            "is about how its factual claims are sourced; the opinion is outside it and is not counted as unattributed "
            "claims, claims no one is said to make are reported but cost nothing, and the model, trained on news reports, may not take the score below its prior."
        )
    if genre.kind == PRESS_RELEASE:
        return (
            "Press release: its claims are the issuer's own; the score is about how they are sourced, as for a news "
            "report, and does not make the issuer an independent source."
        )
    if genre.kind == OTHER:
        return (
            "Not recognisably a news report (no attribution and few factual claims): the score is about sourced "
            "claims and says little about this text."
        )
    return "News report: the score is about how its factual claims are sourced."
