"""The report: score, band, contributions that add up to it, and the evidence behind them.

JSON schema ``sourcescore.report/1`` (see DESIGN.md). Fields may be added; renaming or dropping
one needs a new schema version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..features.pipeline import Extraction, feature_names
from .model import FULL_RULE_WEIGHT, ModelOutput
from .rules import Finding

SCHEMA = "sourcescore.report/1"
DISCLAIMER = "sourcescore scores how well an article's claims are sourced, not whether they are true."

# Bands over the 0-100 score: documented in the README.
RELIABLE_AT = 65.0  # score >= 65: reliable
UNRELIABLE_AT = 40.0  # score <= 40: unreliable; in between: mixed
CLAMP_PART = "clamp to 0-100"  # the contribution that keeps the sum inside the scale


def _round6(value: float) -> float:
    """``round(value, 6)``; a whole number (most features: counts, and zeros) is already that."""
    return value if value % 1.0 == 0.0 else round(value, 6)


def band_for(score: float) -> str:
    """The band a score falls in."""
    if score >= RELIABLE_AT:
        return "reliable"
    if score <= UNRELIABLE_AT:
        return "unreliable"
    return "mixed"


@dataclass(slots=True)
class Contribution:
    """One additive part of the score."""

    part: str
    points: float


@dataclass(slots=True)
class Report:
    """Everything sourcescore says about one article."""

    score: float
    band: str
    model_name: str
    model_version: str
    model: ModelOutput
    contributions: list[Contribution]
    findings: list[Finding]
    extraction: Extraction = field(repr=False)
    warnings: list[str] = field(default_factory=list)
    rule_weight: float = FULL_RULE_WEIGHT  # the share of each rule's points the model lets count

    @property
    def text(self) -> str:
        """The original article text every span points into."""
        return self.extraction.doc.original

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data, in the ``sourcescore.report/1`` contract."""
        ex, original = self.extraction, self.extraction.doc.original
        temporal = ex.temporal
        values = ex.values()
        names = feature_names()  # every extraction's value names, sorted
        return {
            "schema": SCHEMA,
            "score": self.score,
            "band": self.band,
            "model": {
                "name": self.model_name,
                "version": self.model_version,
                "probability": round(self.model.probability, 4),
                "rule_weight": self.rule_weight,
                "explanation": [
                    {"feature": name, "value": round(value, 4), "effect": round(effect, 4)}
                    for name, value, effect in self.model.explanation
                ],
            },
            "contributions": [{"part": c.part, "points": c.points} for c in self.contributions],
            "features": dict(zip(names, map(_round6, map(values.__getitem__, names)))),
            "findings": [
                {
                    "code": f.code,
                    "rule": f.rule,
                    "severity": f.severity,
                    "message": f.message,
                    "points": f.points,
                    "evidence": [s.to_dict(original) for s in f.evidence],
                }
                for f in self.findings
            ],
            "sources": [
                {
                    "text": src.best.text,
                    "kind": src.kind,
                    "role": src.role,
                    "start": src.best.span.start,
                    "end": src.best.span.end,
                    "citations": len(src.cue_spans),
                    "mentions": [m.span.to_dict(original) for m in src.mentions],
                }
                for src in ex.sourcing.sources
            ],
            "statistics": [
                {
                    "text": s.text,
                    "start": s.span.start,
                    "end": s.span.end,
                    "kind": s.kind,
                    "attribution": s.attribution,
                    "source": s.source,
                    "source_kind": s.source_kind,
                }
                for s in ex.statistics.statistics
            ],
            "dates": [
                {
                    "text": d.text,
                    "start": d.span.start,
                    "end": d.span.end,
                    "resolved": d.resolved,
                    "tense": d.tense,
                    "issue": d.issue,
                }
                for d in temporal.mentions
            ],
            "reference_date": {
                "date": temporal.reference.isoformat() if temporal.reference else None,
                "inferred": temporal.reference_inferred,
            },
            "warnings": list(self.warnings),
            "disclaimer": DISCLAIMER,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The report as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
