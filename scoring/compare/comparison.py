"""compare(original, derived): both articles scored by the same Scorer, their facts aligned into changes.

JSON schema ``sourcescore.compare/1``: ``changes`` [{kind, severity, message, original {start, end,
text} or null, derived {start, end, text} or null}] most serious first, every span exact in its
text; ``summary`` {changes, by_kind, by_severity, words_original, words_derived,
changes_per_1000_words, claims, claims_supported, claims_supported_share}; ``original`` and
``derived``: both single-article reports (``sourcescore.report/1``). Fields may be added; renaming
or dropping one needs a new schema version.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..records import InputError
from ..report import DISCLAIMER
from ..scorer import Scorer, default_scorer, parse_published
from . import claims, dates, figures, quotations, sources
from .changes import KINDS, SEVERITY_ORDER, Change
from .side import Side

SCHEMA = "sourcescore.compare/1"


@dataclass
class Comparison:
    """What the derivative added, changed or dropped against the original, with both reports."""

    original: Side
    derived: Side
    changes: list[Change]
    claims: list[claims.ClaimCheck]

    @property
    def supported_share(self) -> float | None:
        """Share of the derivative's claims the original supports (None with no claims)."""
        return sum(c.supported for c in self.claims) / len(self.claims) if self.claims else None

    @property
    def changes_per_1000_words(self) -> float:
        """Changes located in the derivative (evidence in its text) per 1,000 of its words.

        What the derivative dropped (a source of the original it never cites) has no place in its
        words: it is listed and counted in ``by_kind``, not in this rate, so a faithful summary of a
        long article does not look like a fabrication for being short.
        """
        return 1000.0 * sum(1 for c in self.changes if c.derived is not None) / max(1, self.derived.word_count)

    def summary(self) -> dict[str, Any]:
        """Counts per kind and severity, the rate of changes and the share of supported claims."""
        by_kind: dict[str, int] = {}
        by_severity = {s: 0 for s in SEVERITY_ORDER}
        for c in self.changes:
            by_kind[c.kind] = by_kind.get(c.kind, 0) + 1
            by_severity[c.severity] += 1
        share = self.supported_share
        return {
            "changes": len(self.changes),
            "by_kind": {k: by_kind[k] for k in KINDS if k in by_kind},
            "by_severity": by_severity,
            "words_original": self.original.word_count,
            "words_derived": self.derived.word_count,
            "changes_per_1000_words": round(self.changes_per_1000_words, 2),
            "claims": len(self.claims),
            "claims_supported": sum(c.supported for c in self.claims),
            "claims_supported_share": None if share is None else round(share, 4),
        }

    def to_dict(self) -> dict[str, Any]:
        """The comparison as plain data, in the ``sourcescore.compare/1`` contract."""
        return {
            "schema": SCHEMA,
            "summary": self.summary(),
            "changes": [c.to_dict() for c in self.changes],
            "original": self.original.data,
            "derived": self.derived.data,
            "disclaimer": DISCLAIMER,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The comparison as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_text(self, original_name: str = "original", derived_name: str = "derived") -> str:
        """The rendering an editor reads top-down: the verdict in a line, then each change, most serious first."""
        from .render import render

        return render(self, original_name, derived_name)


def compare(
    original: str,
    derived: str,
    *,
    published: str | date | None = None,
    published_original: str | date | None = None,
    published_derived: str | date | None = None,
    title_original: str | None = None,
    title_derived: str | None = None,
    scorer: Scorer | None = None,
) -> Comparison:
    """Compare a derivative (a rewrite, a summary, syndicated copy) with its original; ``published`` dates both."""
    scorer = scorer or default_scorer()
    pub = parse_published(published)
    pub_o = parse_published(published_original) if published_original is not None else pub
    pub_d = parse_published(published_derived) if published_derived is not None else pub
    sides = []
    for name, text, title, when in (("original", original, title_original, pub_o), ("derivative", derived, title_derived, pub_d)):
        try:
            sides.append(Side(scorer.score(text, title=title, published=when)))
        except InputError as exc:
            raise InputError(f"the {name}: {exc}") from None
    o, d = sides
    changes = figures.align(o, d) + sources.align(o, d) + quotations.align(o, d) + dates.align(o, d)
    explained = {d.sentence_at(c.derived.start) for c in changes if c.derived}
    checks = [dataclasses.replace(c, changed=c.sentence in explained) for c in claims.check(o, d)]
    changes += [c for c in claims.changes(d, checks) if d.sentence_at(c.derived.start) not in explained]  # type: ignore[union-attr]
    unique: dict[tuple, Change] = {}  # type: ignore[type-arg]
    for c in changes:  # a reattributed quotation is found by both the source and the quotation alignment
        key = (c.kind, c.original and (c.original.start, c.original.end), c.derived and (c.derived.start, c.derived.end))
        unique.setdefault(key, c)
    return Comparison(o, d, sorted(unique.values(), key=Change.sort_key), checks)
