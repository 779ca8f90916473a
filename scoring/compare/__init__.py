"""Compare a derivative with its original: figures, sources, quotations, dates and claims aligned, with evidence in both texts.

    >>> from sourcescore import compare
    >>> result = compare(original_text, rewrite_text, published="2025-03-28")
    >>> print(result.to_text()); result.to_dict()["summary"]
"""

from __future__ import annotations

from .changes import HIGH, KINDS, LOW, MEDIUM, Change, Evidence
from .comparison import SCHEMA, Comparison, compare

__all__ = ["HIGH", "KINDS", "LOW", "MEDIUM", "SCHEMA", "Change", "Comparison", "Evidence", "compare"]
