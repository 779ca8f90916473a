"""SRC201 vague-source: claims pinned on vague collectives ("experts say", "studies show").

Practice: attribute to a specific source, not to weasel words (Wikipedia MOS:WEASEL; AP Stylebook).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...features.pipeline import Extraction
from ...features.source_phrases import VAGUE
from .base import HIGH, Hit, Rule


def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
    """One penalty per cue whose source is vague, with the source and the cue as evidence."""
    for cue in ex.attribution.cues:
        if cue.source is not None and cue.source.kind == VAGUE:
            yield (
                f"Vague source \u201c{cue.source.text}\u201d: no one a reader could check.",
                (cue.source.span, cue.span),
                rule.points,
            )


RULE = Rule(
    "SRC201", "vague-source", HIGH,
    "Vague collectives (\u201cexperts say\u201d, \u201cstudies show\u201d) are weasel words, not sources "
    "(Wikipedia MOS:WEASEL; AP: attribute to a specific source).",
    '"experts say", "studies show": weasel words', -4.0, 20.0, check,
)
