"""The model's inputs: sourcing facts as rates, each with the direction reporting practice fixes for it.

The classifier reads only what this table lists. Every input is a rate or share (it does not grow
with article length) or a count of date errors (rare, and each one a fault whatever the length),
and each has a direction: +1 when more of it is better sourcing, -1 when more of it is worse.
Training constrains the model to these directions (monotone trees, sign-constrained linear
parts), so that, for example, more vague sources can never raise a score.

Left out on purpose, though they stay in the report as context: style and readability (length,
reading ease, hedges, capitals, bullets: they separate genres and outlets, not sourcing), raw
counts that grow with length, and facts with no direction fixed by practice (how many numbers or
dates an article holds, the tense of its speech verbs, whether a publication date was given).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...features.pipeline import feature_names

MORE_IS_BETTER, MORE_IS_WORSE = 1, -1

# Raw counts that grow with article length: never model inputs (their rates are).
LENGTH_COUNTS = frozenset({
    "attribution.claims", "attribution.attributed_claims", "sourcing.named_sources", "sourcing.log_named_sources",
    "sourcing.person_sources", "sourcing.organization_sources", "sourcing.document_sources", "sourcing.anonymous_sources",
    "sourcing.vague_sources", "sourcing.anonymous_without_reason", "statistics.count", "temporal.mentions",
})


@dataclass(frozen=True, slots=True)
class ModelInput:
    """One model input: a declared feature, its direction (+1 or -1) and the practice behind it."""

    feature: str
    direction: int
    practice: str


MODEL_INPUTS: tuple[ModelInput, ...] = (
    ModelInput("attribution.attributed_share", MORE_IS_BETTER, "factual claims carry an attribution"),
    ModelInput("attribution.cues_per_sentence", MORE_IS_BETTER, "attribution is frequent (said, told, according to)"),
    ModelInput("attribution.named_cue_share", MORE_IS_BETTER, "attributions name who said it"),
    ModelInput("attribution.strong_cue_share", MORE_IS_BETTER, "neutral speech verbs (said, told, according to)"),
    ModelInput("attribution.quotes_per_sentence", MORE_IS_BETTER, "direct quotation of sources"),
    ModelInput("attribution.quoted_sentence_share", MORE_IS_BETTER, "direct quotation of sources"),
    ModelInput("attribution.hearsay_per_claim", MORE_IS_WORSE, "agentless hearsay ('is said to', 'reportedly')"),
    ModelInput("attribution.unattributed_claims_per_sentence", MORE_IS_WORSE, "claims stated with no source"),
    ModelInput("sourcing.named_citations_per_claim", MORE_IS_BETTER, "named people, organisations and documents cited"),
    ModelInput("sourcing.person_role_share", MORE_IS_BETTER, "named people are identified by their role"),
    ModelInput("sourcing.vague_citations_per_claim", MORE_IS_WORSE, "vague collectives cited ('experts say')"),
    ModelInput("sourcing.vague_share", MORE_IS_WORSE, "vague collectives among the sources cited"),
    ModelInput("statistics.named_share", MORE_IS_BETTER, "figures traced to a named source"),
    ModelInput("statistics.unsourced_share", MORE_IS_WORSE, "figures with no source"),
    ModelInput("statistics.vague_share", MORE_IS_WORSE, "figures pinned on a vague source"),
    ModelInput("statistics.unverifiable_per_sentence", MORE_IS_WORSE, "figures a reader cannot trace"),
    ModelInput("temporal.issues", MORE_IS_WORSE, "dates that contradict the publication date"),
    ModelInput("temporal.future_about_past", MORE_IS_WORSE, "the future tense about a date already past"),
    ModelInput("temporal.past_about_future", MORE_IS_WORSE, "the past tense about a date still to come"),
    ModelInput("temporal.conflicting_years", MORE_IS_WORSE, "one event given two different years"),
    ModelInput("temporal.impossible_dates", MORE_IS_WORSE, "dates that do not exist"),
    ModelInput("temporal.conflict_pairs", MORE_IS_WORSE, "dates that contradict each other"),
)


def model_inputs() -> tuple[ModelInput, ...]:
    """The model's inputs in the declared feature order."""
    order = {name: i for i, name in enumerate(feature_names())}
    return tuple(sorted(MODEL_INPUTS, key=lambda m: order[m.feature]))


def model_features() -> tuple[str, ...]:
    """The names of the features the classifier reads, in the declared feature order."""
    return tuple(m.feature for m in model_inputs())


def directions() -> tuple[int, ...]:
    """Each model feature's direction (+1 or -1), in :func:`model_features` order."""
    return tuple(m.direction for m in model_inputs())


def excluded_features() -> tuple[str, ...]:
    """Declared features the classifier does not read (report context only)."""
    kept = set(model_features())
    return tuple(n for n in feature_names() if n not in kept)
