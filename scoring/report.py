"""The report: score, band, contributions that add up to it, and the evidence behind them.

JSON schema ``sourcescore.report/1`` (see DESIGN.md; as a JSON Schema file: schemas/report.schema.json, kept in step by
tests/test_json_schema.py). Fields may be added; renaming or dropping
one needs a new schema version.

What the extractors found, for a newsroom tool or an evaluation to read without internals:
``attributions`` [{cue {start, end, text}, verb (the cue's lemma), source {start, end, text, kind}
or null, resolved_source {start, end, text, kind} or null, claim {start, end}}]: the source is the
mention at the cue (the cue's subject), of kind ``pronoun`` when it is one, and ``resolved_source``
is the named source a pronoun, "the spokesman" or an elided subject ("..., saying") was linked to
(the source is null for an elided subject named in an earlier sentence); the claim runs from the first to the last sentence the cue covers.
``quotations`` [{start, end, text, kind: double | single, speaker {start, end, text} or null}]: the
quotation with its marks, and the source of the attribution covering it (a pronoun's linked source).
``genre`` {kind: news_report | opinion | press_release | other, name, evidence [{start, end, text,
cue, field, sentence}], argument_sentences, note}: what kind of text it is (``features/genre.py``)
and what that means for the score (``scoring/genre.py``); an evidence span is into the title when
its ``field`` is ``title``.
``article`` {source: text | html, title, published, published_from, text?}: what was scored. The
title and publication date it was given (null when none: ``reference_date`` says whether one was
inferred) and where that date came from (``DATE_ORIGINS``); for a page (``source`` html) the main
text that was scored, which every span points into.
Every span is ``[start, end)`` into the article exactly as passed in, except a genre cue of the title.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..features.attribution import PRONOUN
from ..features.pipeline import Extraction, feature_names
from ..features.source_phrases import SourcePhrase
from .genre import KIND_NAMES, note
from .model import FULL_RULE_WEIGHT, ModelOutput
from .pages import HTML_SOURCE, PAGE_DATE_ORIGINS, TEXT_SOURCE
from .rules import Finding

SCHEMA = "sourcescore.report/1"
DISCLAIMER = "sourcescore scores how well an article's claims are sourced, not whether they are true."

# Bands over the 0-100 score: documented in the README.
RELIABLE_AT = 65.0  # score >= 65: reliable
UNRELIABLE_AT = 40.0  # score <= 40: unreliable; in between: mixed
CLAMP_PART = "clamp to 0-100"  # the contribution that keeps the sum inside the scale
# Where a report's publication date came from (``article.published_from``): a library caller, the command
# line's --published, a corpus record's field, or the page's own metadata (scoring/pages.py).
DATE_ORIGINS = ("given", "command line", "record", *PAGE_DATE_ORIGINS)
SOURCES = (TEXT_SOURCE, HTML_SOURCE)  # ``article.source``: the text as given, or a page's main text


def band_for(score: float) -> str:
    """The band a score falls in."""
    if score >= RELIABLE_AT:
        return "reliable"
    if score <= UNRELIABLE_AT:
        return "unreliable"
    return "mixed"


@dataclass(slots=True)
class Contribution:
    """One additive part of the score."""

    part: str
    points: float


@dataclass(slots=True)
class Report:
    """Everything sourcescore says about one article."""

    score: float
    band: str
    model_name: str
    model_version: str
    model: ModelOutput
    contributions: list[Contribution]
    findings: list[Finding]
    extraction: Extraction = field(repr=False)
    warnings: list[str] = field(default_factory=list)
    rule_weight: float = FULL_RULE_WEIGHT  # the share of each rule's points the model lets count
    source: str = TEXT_SOURCE  # html: the text is a page's main text (scoring/pages.py), carried in the JSON
    published_from: str | None = None  # DATE_ORIGINS: where the given publication date came from (None: "given", if one was)

    @property
    def text(self) -> str:
        """The original article text every span points into."""
        return self.extraction.doc.original

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data, in the ``sourcescore.report/1`` contract."""
        ex, original = self.extraction, self.extraction.doc.original
        temporal = ex.temporal
        values = ex.values()
        names = feature_names()  # every extraction's value names, sorted
        return {
            "schema": SCHEMA,
            "score": self.score,
            "band": self.band,
            "model": {
                "name": self.model_name,
                "version": self.model_version,
                "probability": round(self.model.probability, 4),
                "rule_weight": self.rule_weight,
                "explanation": [
                    {"feature": name, "value": round(value, 4), "effect": round(effect, 4)}
                    for name, value, effect in self.model.explanation
                ],
            },
            "contributions": [{"part": c.part, "points": c.points} for c in self.contributions],
            # round(v, 6); a whole number (most features: counts, and zeros) is already that
            "features": {name: v if v % 1.0 == 0.0 else round(v, 6) for name, v in zip(names, map(values.__getitem__, names))},
            "findings": [
                {
                    "code": f.code,
                    "rule": f.rule,
                    "severity": f.severity,
                    "message": f.message,
                    "points": f.points,
                    "evidence": [s.to_dict(original) for s in f.evidence],
                }
                for f in self.findings
            ],
            "sources": [
                {
                    "text": best.text,
                    "kind": src.kind,
                    "role": src.role,
                    "start": best.span.start,
                    "end": best.span.end,
                    "citations": len(src.cue_spans),
                    "mentions": [m.span.to_dict(original) for m in src.mentions],
                }
                for src, best in ((src, src.best) for src in ex.sourcing.sources)  # best: a max over the mentions, once
            ],
            "statistics": [
                {
                    "text": s.text,
                    "start": s.span.start,
                    "end": s.span.end,
                    "kind": s.kind,
                    "attribution": s.attribution,
                    "source": s.source,
                    "source_kind": s.source_kind,
                }
                for s in ex.statistics.statistics
            ],
            "dates": [
                {
                    "text": d.text,
                    "start": d.span.start,
                    "end": d.span.end,
                    "resolved": d.resolved,
                    "tense": d.tense,
                    "issue": d.issue,
                }
                for d in temporal.mentions
            ],
            "attributions": _attributions(ex),
            "quotations": _quotations(ex),
            "reference_date": {
                "date": temporal.reference.isoformat() if temporal.reference else None,
                "inferred": temporal.reference_inferred,
            },
            "genre": _genre(ex),
            "article": self._article(),
            "warnings": list(self.warnings),
            "disclaimer": DISCLAIMER,
        }

    def _article(self) -> dict[str, Any]:
        """What was scored: the source, the title and date given and where the date came from; a page's text."""
        doc = self.extraction.doc
        published = doc.published.isoformat() if doc.published else None
        out: dict[str, Any] = {
            "source": self.source,
            "title": doc.title,
            "published": published,
            "published_from": (self.published_from or "given") if published else None,
        }
        if self.source == HTML_SOURCE:  # the spans point into this text, which the input did not hold as such
            out["text"] = doc.original
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """The report as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _genre(ex: Extraction) -> dict[str, Any]:
    """What kind of text it is, the evidence (spans into the text, or into the title where ``field`` says so) and the note."""
    genre = ex.genre
    return {
        "kind": genre.kind,
        "name": KIND_NAMES[genre.kind],
        "evidence": [c.to_dict() for c in genre.evidence],
        "argument_sentences": len(genre.argument_sentences),
        "note": note(genre),
    }


def _phrase(phrase: SourcePhrase) -> dict[str, Any]:
    """A source mention as the contract writes it: original offsets, text and kind."""
    return {"start": phrase.span.start, "end": phrase.span.end, "text": phrase.text, "kind": phrase.kind}


def _attributions(ex: Extraction) -> list[dict[str, Any]]:
    """Every attribution cue with its source, the named source a pronoun stands for, and the claim it covers."""
    doc, original, cues = ex.doc, ex.doc.original, ex.attribution.cues
    if not cues:
        return []
    covered: dict[int, list[int]] = {}  # id(cue) -> the first and last sentence it covers
    for index, cue in ex.attribution.coverage.items():
        bounds = covered.get(id(cue))
        if bounds is None:
            covered[id(cue)] = [index, index]
        elif index < bounds[0]:
            bounds[0] = index
        elif index > bounds[1]:
            bounds[1] = index
    sentences = doc.sentences
    out = []
    for cue in cues:
        source: dict[str, Any] | None = None
        resolved: dict[str, Any] | None = None
        if cue.linked or (cue.subject is not None and cue.subject_kind == PRONOUN):
            # The words at the cue stand for a source named elsewhere: a pronoun, "the spokesman",
            # or nothing at all ("..., saying"); the resolver's link is the resolved source.
            if cue.subject is not None:
                start, end = doc.to_original(*cue.subject)
                source = {"start": start, "end": end, "text": original[start:end], "kind": cue.subject_kind}
            resolved = _phrase(cue.source) if cue.source is not None else None
        elif cue.source is not None:
            source = _phrase(cue.source)
        first = last = cue.sentence
        bounds = covered.get(id(cue))
        if bounds is not None:
            first, last = (bounds[0] if bounds[0] < first else first), (bounds[1] if bounds[1] > last else last)
        claim_start, claim_end = doc.to_original(sentences[first].start, sentences[last].end) if sentences else (0, len(original))
        out.append(
            {
                "cue": {"start": cue.span.start, "end": cue.span.end, "text": original[cue.span.start : cue.span.end]},
                "verb": cue.verb,
                "source": source,
                "resolved_source": resolved,
                "claim": {"start": claim_start, "end": claim_end},
            }
        )
    return out


def _quotations(ex: Extraction) -> list[dict[str, Any]]:
    """Every quotation (marks included) and the source the attribution covering it points at."""
    doc, original = ex.doc, ex.doc.original
    if not doc.quotes:
        return []
    coverage = ex.attribution.coverage
    out = []
    for q in doc.quotes:
        start, end = doc.to_original(q.start, q.end)
        first = doc.sentence_index(q.inner_start)
        last = doc.sentence_index(max(q.inner_start, q.inner_end - 1))
        cue = None
        for i in range(first, last + 1):  # the first covered sentence with a cue that is not hearsay
            if i in coverage and not coverage[i].hearsay:
                cue = coverage[i]
                break
        speaker = None
        if cue is not None and cue.source is not None:
            speaker = {"start": cue.source.span.start, "end": cue.source.span.end, "text": cue.source.text}
        out.append(
            {
                "start": start,
                "end": end,
                "text": original[start:end],
                "kind": q.kind,
                "speaker": speaker,
            }
        )
    return out
