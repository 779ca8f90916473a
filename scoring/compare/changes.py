"""What a comparison finds: changes with a kind, a severity, a one-line message and evidence in both texts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

HIGH, MEDIUM, LOW = "high", "medium", "low"
SEVERITY_ORDER = {HIGH: 0, MEDIUM: 1, LOW: 2}

# Every kind of change, grouped as the issue lists them, with what it means (the text rendering's legend).
KINDS: dict[str, str] = {
    "figure_invented": "a figure of the derivative that the original does not have",
    "figure_changed": "a figure that differs from the original's for the same thing",
    "figure_scope_changed": "the same number with another unit or scope (percent vs count, a period added)",
    "source_downgraded": "a named source of the original dropped, or replaced by a vague or anonymous one",
    "source_reattributed": "a claim or quotation attributed to someone else",
    "source_introduced": "a source the original never cites",
    "quotation_invented": "a quotation not found, nearly verbatim, in the original",
    "quotation_altered": "a quotation whose words differ from the original's",
    "quotation_unattributed": "a quotation of the original standing in the derivative as the writer's own words",
    "date_changed": "an event dated differently",
    "date_inconsistent": "a date that became inconsistent with the publication date",
    "claim_unsupported": "a factual claim whose figures, names and dates have no counterpart in the original",
}


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of one of the texts: ``text[start:end]`` is ``quote``."""

    start: int
    end: int
    quote: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Evidence:
        """The span ``[start, end)`` of ``text``."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        """The span as plain data."""
        return {"start": self.start, "end": self.end, "text": self.quote}


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between the original and the derivative, with its evidence (None on a side with no counterpart)."""

    kind: str
    severity: str
    message: str
    original: Evidence | None
    derived: Evidence | None

    @property
    def category(self) -> str:
        """figure | source | quotation | date | claim."""
        return self.kind.split("_", 1)[0]

    def sort_key(self) -> tuple[int, int, int]:
        """Most serious first, then in the derivative's order (the original's for a change with no derived span)."""
        where = self.derived.start if self.derived else self.original.start if self.original else 0
        return SEVERITY_ORDER[self.severity], 0 if self.derived else 1, where

    def to_dict(self) -> dict[str, Any]:
        """The change as plain data."""
        return {
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "original": self.original.to_dict() if self.original else None,
            "derived": self.derived.to_dict() if self.derived else None,
        }
