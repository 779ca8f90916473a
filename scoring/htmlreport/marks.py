"""The evidence of a report as highlight marks by kind, and the article as HTML with every mark nested in place.

A mark is ``[start, end)`` into ``report.text`` with a kind (:data:`KINDS`). Overlapping marks are
nested where they nest; a mark that crosses another is split into fragments, each a
``<mark>`` whose text is exactly ``text[data-start:data-end]``. The first fragment of mark ``N``
has the id ``{prefix}ev-N`` (what a finding links to), the others ``{prefix}ev-N-2``, ``-3`` ...
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from ..genre import factual_claims

if TYPE_CHECKING:
    from ..report import Report


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of evidence: its key (CSS class ``k-KEY``, ``data-kind``), name, visible tag and nesting layer."""

    key: str
    label: str
    tag: str  # shown after the highlight (before, for a claim), not part of the DOM text: CSS content
    layer: int  # 0 sentences (outermost), 1 quotations, 2 words
    legend: str


# The order of the legend. Every kind has a colour, a border or underline style of its own and a tag.
KINDS: tuple[Kind, ...] = (
    Kind("claim-attributed", "attributed claim", "\u2713claim", 0, "a factual claim that names who says it (said, told, according to)"),
    Kind("claim-unattributed", "unattributed claim", "?claim", 0, "a factual claim no one is said to make (or only 'reportedly')"),
    Kind("quote", "quotation", "quote", 1, "a direct quotation, marks included"),
    Kind("source-named", "named source", "source", 2, "a named person, organisation or document the article cites"),
    Kind("source-anonymous", "anonymous source", "anon", 2, "an unnamed source (officials who spoke on condition of anonymity)"),
    Kind("source-vague", "vague source", "vague", 2, "a vague collective no reader could check ('experts say')"),
    Kind("cue", "attribution", "said", 2, "the words that attribute a claim (said, told, according to)"),
    Kind("stat-named", "sourced figure", "fig\u2713", 2, "a statistic traced to a named source"),
    Kind("stat-vague", "vaguely sourced figure", "fig?", 2, "a statistic pinned on a vague source"),
    Kind("stat-none", "unsourced figure", "fig\u2717", 2, "a statistic with no source"),
    Kind("date-issue", "date problem", "date!", 2, "a date that contradicts the publication date or another date"),
    Kind("evidence", "other evidence", "\u25b8", 2, "evidence of a finding that is none of the above"),
)
KIND = {k.key: k for k in KINDS}
STAT_KINDS = {"named": "stat-named", "vague": "stat-vague", "none": "stat-none"}
SOURCE_KINDS = {"vague": "source-vague", "anonymous": "source-anonymous"}  # any other kind of source is named


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight: ``text[start:end]`` of a kind, with a note for its tooltip."""

    start: int
    end: int
    kind: str
    note: str

    def sort_key(self) -> tuple[int, int, int]:
        """Earlier first; of marks starting together, the longer (then the lower layer) outside."""
        return self.start, -self.end, KIND[self.kind].layer


@dataclass(slots=True)
class Highlights:
    """A report's marks (list index = the N of ``ev-N``) and where a link to a span goes."""

    marks: list[Mark]
    index: dict[tuple[int, int], int]  # (start, end) -> the mark a link to that span points at

    def target(self, start: int, end: int) -> int | None:
        """The mark a link to ``[start, end)`` points at (None: an empty or out-of-range span)."""
        return self.index.get((start, end))


def highlights(report: Report, data: dict | None = None, targets: Iterable[tuple[int, int, str]] = ()) -> Highlights:  # type: ignore[type-arg]
    """Every piece of evidence of ``report`` as marks (``data``: its ``to_dict()``, when already made).

    ``targets`` are spans (with a note) that must be highlighted for a link to point at: a finding's
    or a change's evidence; a span no fact of the report has becomes an ``evidence`` mark.
    """
    data = report.to_dict() if data is None else data
    text = report.text
    found: dict[tuple[int, int, str], Mark] = {}  # one mark a span and kind: the first note

    def add(start: int, end: int, kind: str, note: str) -> None:
        if 0 <= start < end <= len(text):
            found.setdefault((start, end, kind), Mark(start, end, kind, note))

    ex, doc = report.extraction, report.extraction.doc
    coverage = ex.attribution.coverage
    for i in factual_claims(ex):
        start, end = doc.to_original(doc.sentences[i].start, doc.sentences[i].end)
        cue = coverage.get(i)
        if cue is not None and not cue.hearsay:
            add(start, end, "claim-attributed", "attributed claim" + (f": {cue.source.text}" if cue.source is not None else ""))
        else:
            add(start, end, "claim-unattributed", "unattributed claim" + (" (hearsay only)" if cue is not None else ""))
    for q in data["quotations"]:
        add(q["start"], q["end"], "quote", "quotation" + (f" of {q['speaker']['text']}" if q["speaker"] else ""))
    for s in data["sources"]:
        kind = SOURCE_KINDS.get(s["kind"], "source-named")
        for m in s["mentions"]:
            add(m["start"], m["end"], kind, f"{KIND[kind].label} ({s['kind']}): {s['text']}")
    for a in data["attributions"]:
        who = a["resolved_source"] or a["source"]
        add(a["cue"]["start"], a["cue"]["end"], "cue", f"attribution '{a['verb']}'" + (f" to {who['text']}" if who else ""))
    for s in data["statistics"]:
        kind = STAT_KINDS.get(s["attribution"], "stat-none")
        add(s["start"], s["end"], kind, KIND[kind].label + (f": {s['source']}" if s["source"] else ""))
    for d in data["dates"]:
        if d["issue"]:
            add(d["start"], d["end"], "date-issue", f"date problem: {d['issue']}")
    spans = {(m.start, m.end) for m in found.values()}
    for start, end, note in targets:
        if (start, end) not in spans:
            add(start, end, "evidence", note)
            spans.add((start, end))
    marks = sorted(found.values(), key=Mark.sort_key)
    index: dict[tuple[int, int], int] = {}
    for n, m in enumerate(marks):  # a link goes to the innermost mark of its span
        index[(m.start, m.end)] = n
    return Highlights(marks, index)


def finding_targets(data: dict) -> list[tuple[int, int, str]]:  # type: ignore[type-arg]
    """The evidence spans of a report's findings, as :func:`highlights` targets."""
    return [(ev["start"], ev["end"], f"evidence of {f['code']} {f['rule']}") for f in data["findings"] for ev in f["evidence"]]


@dataclass(slots=True)
class _Node:
    """An open fragment of a mark while the article is laid out."""

    mark: int
    start: int
    part: int
    children: list[_Node | tuple[int, int]] = field(default_factory=list)
    end: int = -1


def _esc(text: str) -> str:
    """Escape text for an element's content; a carriage return survives the parser as a character reference."""
    return escape(text, quote=False).replace("\r", "&#13;")


def article_html(text: str, marks: list[Mark], prefix: str = "") -> str:
    """``text`` as HTML with every mark highlighted (split where marks cross); ids are ``{prefix}ev-N``."""
    starts: dict[int, list[int]] = {}
    ends: set[int] = set()
    for n, m in enumerate(marks):
        starts.setdefault(m.start, []).append(n)
        ends.add(m.end)
    bounds = sorted({0, len(text), *starts, *ends})
    root: list[_Node | tuple[int, int]] = []
    stack: list[_Node] = []
    parts: dict[int, int] = {}

    def open_(n: int, at: int) -> None:
        parts[n] = parts.get(n, 0) + 1
        node = _Node(n, at, parts[n])
        (stack[-1].children if stack else root).append(node)
        stack.append(node)

    for i, p in enumerate(bounds):
        closing = [j for j, node in enumerate(stack) if marks[node.mark].end == p]
        if closing:
            lowest = closing[0]
            reopen = [node.mark for node in stack[lowest:] if marks[node.mark].end != p]
            for node in stack[lowest:]:
                node.end = p
            del stack[lowest:]
            for n in reopen:
                open_(n, p)
        for n in sorted(starts.get(p, ()), key=lambda n: marks[n].sort_key()):
            open_(n, p)
        if i + 1 < len(bounds):
            (stack[-1].children if stack else root).append((p, bounds[i + 1]))
    out: list[str] = []

    def emit(items: list[_Node | tuple[int, int]]) -> None:
        for item in items:
            if isinstance(item, tuple):
                out.append(_esc(text[item[0] : item[1]]))
                continue
            m = marks[item.mark]
            kind = KIND[m.kind]
            ident = f"{prefix}ev-{item.mark}" + (f"-{item.part}" if item.part > 1 else "")
            more = " cont" if item.part > 1 else ""
            tail = " split" if item.end != m.end else ""
            out.append(
                f'<mark id="{ident}" class="k k-{kind.key}{more}{tail}" data-kind="{kind.key}" data-start="{item.start}" '
                f'data-end="{item.end}" data-mark="{item.mark}" title="{escape(m.note)}">'
            )
            emit(item.children)
            out.append("</mark>")

    emit(root)
    return "".join(out)
