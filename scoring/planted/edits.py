"""What a planted change is made of: the article it starts from, its edits and the variant it yields."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..report import Report

LOWER, INVARIANT = "lower", "invariant"  # the direction a change must move the score
QUOTE_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb"  # double quote marks, straight and curly
SENTENCE_END = ".!?"
_BLOCK_RE = re.compile(r"[^\s](?:[^\n]|\n(?![ \t\r]*\n))*(?<=\S)")  # lines up to a blank line, trimmed
_LINE_RE = re.compile(r"[^\s](?:[^\n]*\S)?")  # a line, trimmed


class CannotPlant(Exception):
    """This change cannot be made on this article (the reason is the message)."""


@dataclass(frozen=True, slots=True)
class Edit:
    """One contiguous change: ``original`` at ``[start, end)`` of the article became ``new`` at ``[new_start, new_end)``."""

    start: int
    end: int
    new_start: int
    new_end: int
    original: str
    new: str

    def to_dict(self) -> dict[str, Any]:
        """The edit as plain data."""
        return {
            "start": self.start,
            "end": self.end,
            "new_start": self.new_start,
            "new_end": self.new_end,
            "original": self.original,
            "new": self.new,
        }


@dataclass(frozen=True, slots=True)
class Variant:
    """An article with one planted change: its kind, direction, new text and every edit that made it."""

    kind: str
    direction: str
    text: str
    edits: tuple[Edit, ...]
    detail: str  # one line saying what was changed, for a person reading the run

    @property
    def moved(self) -> bool:
        """True when the edits move text (a reordering) rather than replace it."""
        return any(e.original == e.new for e in self.edits)

    def to_dict(self) -> dict[str, Any]:
        """The variant as plain data (without its text, which the edits rebuild from the article)."""
        return {
            "kind": self.kind,
            "direction": self.direction,
            "detail": self.detail,
            "edits": [e.to_dict() for e in self.edits],
        }


def replace(text: str, kind: str, direction: str, changes: Iterable[tuple[int, int, str]], detail: str) -> Variant:
    """Apply non-overlapping ``(start, end, new)`` replacements to ``text`` and record them as edits."""
    ordered = sorted(changes)
    pieces: list[str] = []
    edits: list[Edit] = []
    last = shift = 0
    for start, end, new in ordered:
        if start < last:
            raise ValueError(f"overlapping edits at {start}")
        if text[start:end] == new:
            continue
        pieces += [text[last:start], new]
        edits.append(Edit(start, end, start + shift, start + shift + len(new), text[start:end], new))
        shift += len(new) - (end - start)
        last = end
    if not edits:
        raise CannotPlant("the change would leave the text as it was")
    pieces.append(text[last:])
    return Variant(kind, direction, "".join(pieces), tuple(edits), detail)


def starts_sentence(text: str, pos: int) -> bool:
    """True when ``pos`` starts a sentence: only spaces since a line start or a sentence end (. ! ? :)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n\r" or text[i] in SENTENCE_END + ":"


@dataclass(slots=True)
class Article:
    """A scored article and where its sentences, paragraphs and quotations are (original offsets)."""

    id: str
    text: str
    report: dict[str, Any]
    published: date | None
    title: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    ties: frozenset[int] = frozenset()  # paragraph i is tied to i + 1 (a quotation runs across)

    @classmethod
    def from_report(cls, id: str, report: Report, *, published: date | None = None, title: str | None = None) -> Article:
        """Build from a Report: the report contract plus the sentence and paragraph bounds of its parse."""
        doc, text = report.extraction.doc, report.text
        sentences = [doc.to_original(s.start, s.end) for s in doc.sentences]
        paragraphs = _paragraphs(text)
        ties = set()
        for q in doc.quotes:
            start, end = doc.to_original(q.start, q.end)
            first, last = _paragraph_at(paragraphs, start), _paragraph_at(paragraphs, max(start, end - 1))
            ties.update(range(first, last + (1 if q.continues else 0)))
        ties.update(i for i, (start, end) in enumerate(paragraphs) if text[start:end].endswith(":"))  # a list's lead-in
        return cls(id, report.text, report.to_dict(), published or doc.published, title, sentences, paragraphs, frozenset(ties))

    @property
    def year(self) -> int | None:
        """The publication year (the report's reference date when none was given)."""
        if self.published is not None:
            return self.published.year
        ref = (self.report.get("reference_date") or {}).get("date")
        return int(ref[:4]) if ref else None

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The original bounds of the sentence holding ``pos`` (the whole text when none does)."""
        for start, end in self.sentences:
            if start <= pos < end:
                return start, end
        return 0, len(self.text)

    def cues_in(self, start: int, end: int) -> list[dict[str, Any]]:
        """The report's attributions whose cue lies in ``[start, end)``."""
        return [a for a in self.report["attributions"] if start <= a["cue"]["start"] < end]

    def in_quotation(self, pos: int) -> bool:
        """True when ``pos`` falls strictly inside a quotation of the report."""
        return any(q["start"] < pos < q["end"] for q in self.report["quotations"])


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph bounds: blocks between blank lines (a list stays with its lead-in), else lines."""
    blocks = [m.span() for m in _BLOCK_RE.finditer(text)]
    if len(blocks) >= 3:
        return blocks
    return [m.span() for m in _LINE_RE.finditer(text)]


def _paragraph_at(paragraphs: list[tuple[int, int]], pos: int) -> int:
    """Index of the paragraph holding ``pos`` (the last before it when between two)."""
    index = 0
    for i, (start, _end) in enumerate(paragraphs):
        if start <= pos:
            index = i
    return index
