"""Claims without counterpart: factual claims of the derivative whose figures, names and dates the original lacks.

A claim (a sentence the attribution extractor counts as a factual claim) is supported when an
original sentence says much the same (cosine of content words >= SUPPORTED), or when at least half
of its checkable items (figures as values, dates, capitalised names) are in the original. A claim
with checkable items and neither is a claim without counterpart. A claim whose sentence holds a change
found by the other alignments is not supported either (it is reported as that change).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .changes import MEDIUM, Change, Evidence
from .dates import _match, interval
from .matching import fold
from .numbers import values
from .side import Side

SUPPORTED = 0.5
_NAME_RE = re.compile(r"(?<![.!?\"“‘'(\[-]\s)(?<!^)\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\b")


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """One claim of the derivative: its sentence, its checkable items and how many the original has."""

    sentence: int
    start: int
    end: int
    items: tuple[str, ...]
    found: int
    missing: tuple[str, ...]
    similarity: float
    changed: bool = False  # the sentence holds a change (an invented figure, a date moved, a source downgraded ...)

    @property
    def supported(self) -> bool:
        """True when the sentence holds no change and the original says much the same, or has half of its items or more."""
        return not self.changed and (self.similarity >= SUPPORTED or (bool(self.items) and self.found * 2 >= len(self.items)))


def check(original: Side, derived: Side) -> list[ClaimCheck]:
    """Every claim of the derivative, checked against the original."""
    out = []
    o_dates = [d for d in original.data["dates"] if interval(d["resolved"])]
    o_vocab = set(original.words)  # folded already
    d_dates = [d for d in derived.data["dates"] if interval(d["resolved"])]
    for index in sorted(set(derived.report.extraction.attribution.claims)):
        if index >= len(derived.sentences):
            continue
        start, end = derived.sentence_span(index)
        while end > start and derived.text[end - 1].isspace():
            end -= 1
        text = derived.text[start:end]
        items: list[str] = []
        missing: list[str] = []

        def item(words: str, present: bool) -> None:
            items.append(words)
            if not present:
                missing.append(words)

        for v in values(text):
            item(text[v.start : v.end], any(o.same(v) for o in original.values))
        for d in d_dates:
            if start <= d["start"] < end:
                item(d["text"], any(_match(d, o) for o in o_dates))
        dated = {(d["start"] - start, d["end"] - start) for d in d_dates if start <= d["start"] < end}
        for m in _NAME_RE.finditer(text):
            if m.start() == 0 or any(a <= m.start() < b for a, b in dated):
                continue
            item(m.group(), _known(fold(m.group()), o_vocab))
        _, similarity = original.index.best(derived.sentence_words[index])
        out.append(ClaimCheck(index, start, end, tuple(items), len(items) - len(missing), tuple(missing), similarity))
    return out


def _known(name: str, vocabulary: set[str]) -> bool:
    """True when the original has the name, or a word of its family ("Americans" for "America", "American" for "Americans")."""
    if name in vocabulary:
        return True
    stem = name[: max(4, len(name) - 2)]
    return len(name) >= 5 and any(w.startswith(stem) and abs(len(w) - len(name)) <= 3 for w in vocabulary)


def changes(derived: Side, checks: list[ClaimCheck]) -> list[Change]:
    """A change for each claim with checkable items and no counterpart."""
    out = []
    for c in checks:
        if c.supported or not c.items:
            continue
        missing = ", ".join(repr(i) for i in c.missing[:4])
        out.append(Change("claim_unsupported", MEDIUM, f"a claim with no counterpart in the original ({missing} not found)",
                          None, Evidence.of(derived.text, c.start, c.end)))
    return out
