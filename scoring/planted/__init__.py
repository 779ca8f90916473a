"""Planted-change tests (CheckList, Ribeiro et al. 2020): one change at a time, the score must move the right way.

Directional kinds make an article worse sourced and must lower its score; invariant kinds are copy-desk edits that
must leave it within two points. Each variant records its edits (kind, original and new text, offsets in both texts).
"""

from __future__ import annotations

from .edits import INVARIANT, LOWER, Article, CannotPlant, Edit, Variant
from .measure import INVARIANT_TOLERANCE, KINDS, Outcome, Row, Source, measure, plant, summarise, table

__all__ = [
    "INVARIANT",
    "INVARIANT_TOLERANCE",
    "KINDS",
    "LOWER",
    "Article",
    "CannotPlant",
    "Edit",
    "Outcome",
    "Row",
    "Source",
    "Variant",
    "measure",
    "plant",
    "summarise",
    "table",
]
