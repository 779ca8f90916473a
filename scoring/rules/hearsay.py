"""SRC103 hearsay: agentless passives ("is said to", "was reported") that pass a claim on with no source.

Practice: say who said it; "it is said" names no one (AP Stylebook, "attribution").
"""

from __future__ import annotations

from collections.abc import Iterator

from ...features.pipeline import Extraction
from .base import LOW, Hit, Rule, quote


def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
    """One penalty per hearsay cue, with the cue and its sentence as evidence."""
    for cue in ex.attribution.cues:
        if cue.hearsay:
            sentence = ex.doc.sentences[cue.sentence]
            yield (
                f"Agentless \u201c{quote(ex, cue.span)}\u201d: the claim is passed on without saying who made it.",
                (cue.span, ex.doc.span(sentence.start, sentence.end, "claim")),
                rule.points,
            )


RULE = Rule(
    "SRC103", "hearsay", LOW,
    "Agentless passives (\u201cis said to\u201d, \u201cwas reported\u201d) pass on a claim without a source.",
    '"is said to", "was reported": no source at all', -1.0, 3.0, check,
)
