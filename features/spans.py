"""Evidence spans and the feature-set container every extractor returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of evidence: ``[start, end)`` into the ORIGINAL article text, with its sentence."""

    start: int
    end: int
    sentence: int
    label: str = ""

    def text(self, original: str) -> str:
        """Return the evidence text: always ``original[start:end]``."""
        return original[self.start : self.end]

    def to_dict(self, original: str) -> dict[str, object]:
        """Serialise as the report contract's evidence object."""
        return {
            "start": self.start,
            "end": self.end,
            "text": original[self.start : self.end],
            "sentence": self.sentence,
        }


@dataclass(slots=True)
class FeatureSet:
    """What one extractor measured: named numeric values plus the spans that back them."""

    name: str
    values: dict[str, float] = field(default_factory=dict)
    evidence: list[Span] = field(default_factory=list)
