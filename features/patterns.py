"""Old home of the speed primitives, now in :mod:`.fast`; kept for the modules that still import from here.

``features/temporal.py`` imports ``ascii_folding`` and ``scoring/scorer.py`` imports
``blank_chars`` and ``non_ascii`` from this module; once they import from ``.fast``, delete it.
"""

from __future__ import annotations

from .fast import ascii_folding, blank_chars, non_ascii

__all__ = ["ascii_folding", "blank_chars", "non_ascii"]
