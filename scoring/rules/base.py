"""What every rule is made of: the Rule record, the Finding it emits, severities and the hit type."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ...features.pipeline import Extraction
from ...features.spans import Span

CREDIT, HIGH, MEDIUM, LOW = "credit", "high", "medium", "low"
SEVERITIES = (HIGH, MEDIUM, LOW, CREDIT)

# How a rule's hits share its cap (part of rules_version): "diminishing", see Rule.run.
POINTS_FORMULA = "diminishing"

Hit = tuple[str, tuple[Span, ...], float]  # message, evidence spans, points before the cap
Check = Callable[[Extraction, "Rule"], Iterator[Hit]]


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule's verdict on one thing in the article, with the evidence and its points."""

    code: str
    rule: str
    severity: str
    message: str
    points: float
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """A check: stable code, name, severity, the reporting practice it encodes, its points and thresholds."""

    code: str
    name: str
    severity: str
    rationale: str  # one sentence: why this matters for sourcing, with the guideline it comes from
    practice: str  # the reporting practice, a few words (the README's rule table)
    points: float  # per occurrence (or the maximum, for a graded rule)
    cap: float  # the most this rule can add or remove in one article, approached with diminishing points
    check: Check = field(repr=False, compare=False)
    thresholds: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}), compare=False)

    def run(self, ex: Extraction, weight: float = 1.0) -> list[Finding]:
        """Apply the check and turn its hits into findings with diminishing points; points are scaled by ``weight``.

        Each hit gets its points times the share of the cap still unspent, so the total approaches the
        cap without reaching a cliff: every further vague source or unsourced figure still costs
        something (a rule of 2 points and cap 10 gives 2, 1.6, 1.28, ...). A hit worth the whole cap
        (a graded rule's single verdict) gets it all.
        """
        findings: list[Finding] = []
        cap = abs(self.cap)
        budget = cap
        for message, evidence, points in self.check(ex, self):
            granted = max(-budget, min(budget, points * budget / cap)) if cap else 0.0
            budget -= abs(granted)
            findings.append(Finding(self.code, self.name, self.severity, message, round(granted * weight, 2), evidence))
        return findings


def thresholds(**values: float) -> Mapping[str, float]:
    """A rule's named thresholds, read-only."""
    return MappingProxyType(dict(values))


def quote(ex: Extraction, span: Span) -> str:
    """The original text of ``span``."""
    return ex.doc.original[span.start : span.end]
