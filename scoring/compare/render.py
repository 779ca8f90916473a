"""The text rendering of a comparison: a verdict line, then every change, most serious first, with the sentence of each side."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ...features.spans import Span
from ..text_report import marked_sentence, sentence_at
from .changes import Evidence

if TYPE_CHECKING:
    from ..report import Report
    from .comparison import Comparison

WIDTH = 110


def _quote(label: str, ev: Evidence | None, report: Report) -> str:
    """One evidence line: which text, and the sentence around the evidence with it marked (offsets only in JSON)."""
    if ev is None:
        return f"      {label:<8} (no counterpart)"
    index = sentence_at(report, ev.start)
    return f"      {label:<8} > " + marked_sentence(report, index, [Span(ev.start, ev.end, index)], WIDTH - 17)


def render(comparison: Comparison, original_name: str, derived_name: str) -> str:
    """The comparison as an editor reads it."""
    s = comparison.summary()
    o, d = comparison.original.report, comparison.derived.report
    sev = s["by_severity"]
    lines = [
        f"{derived_name} against {original_name}: {s['changes']} change{'s' if s['changes'] != 1 else ''}"
        f" ({sev['high']} high, {sev['medium']} medium, {sev['low']} low; {s['changes_per_1000_words']:.1f} per 1,000 words)",
    ]
    share = s["claims_supported_share"]
    if share is not None:
        lines.append(f"  claims of the derivative supported by the original: {s['claims_supported']}/{s['claims']} ({share:.0%})")
    lines.append(f"  scores: original {o.score:.0f}/100 {o.band}, derivative {d.score:.0f}/100 {d.band}")
    if s["by_kind"]:
        lines.append("  " + ", ".join(f"{k} {n}" for k, n in s["by_kind"].items()))
    if not comparison.changes:
        lines.append("  no change: every figure, source, quotation and date of the derivative is in the original")
    for c in comparison.changes:
        lines.append("")
        head = f"  [{c.severity.upper()}] {c.kind}: {c.message}"
        lines.extend(textwrap.wrap(head, WIDTH, subsequent_indent="      "))
        lines.append(_quote("original", c.original, o))
        lines.append(_quote("derived", c.derived, d))
    for name, report in ((original_name, o), (derived_name, d)):
        lines.extend(f"  warning ({name}): {w}" for w in report.warnings)
    return "\n".join(lines)
