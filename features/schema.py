"""The declared feature vector: every feature's name in vector order, its owning extractor, and the schema version.

The names are declared here, not discovered by running the extractors; a test checks that every
extractor's values are exactly its family's names. A model stores the names it reads and the
schema version; it loads while the code still declares all its names under the same version
(``scoring/model.py``), so adding a feature no model reads breaks nothing.

To add a feature: compute it in its extractor (its name is ``<family>.<what>``) and add the name
here; existing models keep loading, retrain to use it. Bump :data:`SCHEMA_VERSION` only when an
existing feature's meaning changes (then every model must be retrained, and the saved vectors rebuilt
with ``python scripts/build_default_features.py``).
"""

from __future__ import annotations

import hashlib

# Bump when an existing feature's meaning changes; adding or removing a name needs no bump.
SCHEMA_VERSION = 1

# Families, in the order the pipeline merges them; a feature belongs to the family its name starts with.
FAMILIES = ("attribution", "sourcing", "temporal", "statistics", "style")

# The vector order. Every model and saved vector file selects its columns by name, so a new name
# may go anywhere; these 62 are sorted, the order the extractors' names had when the schema was
# discovered at run time, so vectors made before and after the declaration are identical.
FEATURE_NAMES: tuple[str, ...] = (
    "attribution.attributed_claims",
    "attribution.attributed_share",
    "attribution.claims",
    "attribution.cues_per_sentence",
    "attribution.evidence_verb_share",
    "attribution.hearsay_per_claim",
    "attribution.named_cue_share",
    "attribution.past_tense_cue_share",
    "attribution.quoted_sentence_share",
    "attribution.quotes_per_sentence",
    "attribution.strong_cue_share",
    "attribution.unattributed_claims_per_sentence",
    "sourcing.anonymous_sources",
    "sourcing.anonymous_without_reason",
    "sourcing.document_sources",
    "sourcing.log_named_sources",
    "sourcing.named_citations_per_claim",
    "sourcing.named_sources",
    "sourcing.organization_sources",
    "sourcing.person_role_share",
    "sourcing.person_sources",
    "sourcing.vague_citations_per_claim",
    "sourcing.vague_share",
    "sourcing.vague_sources",
    "statistics.count",
    "statistics.named_share",
    "statistics.per_sentence",
    "statistics.percent_per_sentence",
    "statistics.unsourced_share",
    "statistics.unverifiable_per_sentence",
    "statistics.vague_share",
    "style.absolutes_per_sentence",
    "style.all_caps_words_share",
    "style.bullet_header",
    "style.bullet_lines_share",
    "style.exclamations_per_sentence",
    "style.first_person_per_sentence",
    "style.flesch_reading_ease",
    "style.hedges_per_sentence",
    "style.log_words",
    "style.mean_sentence_words",
    "style.number_share",
    "style.proper_noun_share",
    "style.questions_per_sentence",
    "style.quote_chars_share",
    "style.second_person_per_sentence",
    "style.sensational_per_sentence",
    "style.sentences",
    "style.words",
    "temporal.conflict_pairs",
    "temporal.conflicting_years",
    "temporal.day_mentions_per_sentence",
    "temporal.future_about_past",
    "temporal.future_share",
    "temporal.has_reference",
    "temporal.impossible_dates",
    "temporal.issues",
    "temporal.mentions",
    "temporal.mentions_per_sentence",
    "temporal.past_about_future",
    "temporal.reference_inferred",
    "temporal.resolved_share",
)


def family_names(family: str) -> tuple[str, ...]:
    """The declared names an extractor family owns, in vector order."""
    return tuple(n for n in FEATURE_NAMES if n.partition(".")[0] == family)


def schema_id(names: tuple[str, ...] | None = None) -> str:
    """``<version>-<hash of the names in order>``: recorded in model files, cards and saved vectors."""
    digest = hashlib.sha256("\n".join(FEATURE_NAMES if names is None else names).encode()).hexdigest()[:12]
    return f"{SCHEMA_VERSION}-{digest}"


def schema_version_of(recorded: object) -> str:
    """The schema version part of a recorded schema id (``"1-ad0b7294cfbb"`` -> ``"1"``)."""
    return str(recorded).partition("-")[0]
