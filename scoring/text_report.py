"""The text output an editor reads: ``score``'s summary of one article and ``explain``'s full account.

Evidence is shown as the sentence it sits in, the evidence marked »like this« and the sentence
trimmed with an ellipsis to the line's width (offsets are in the JSON report only). Below the
``reliable`` band penalties come before credits. The model part is put in words from its strongest
features (:func:`model_reasons`); the unattributed claims are listed (:func:`unattributed_claims`).
``explain`` groups the findings by rule and states each rule's rationale once.
"""

from __future__ import annotations

import math
import os
import re
import textwrap
from collections.abc import Callable, Sequence

from ..features.spans import Span
from .genre import GENRE_PART, factual_claims, note
from .model import MODEL_POINTS
from .records import STDIN_NAME
from .report import CLAMP_PART, DISCLAIMER, RELIABLE_AT, UNRELIABLE_AT, Report
from .rules import RULES_BY_CODE, Finding

TOP_FINDINGS = 8  # findings in the summary; explain shows every one
TOP_REASONS = 3  # model features named on each side (up, down)
SHOWN_CLAIMS = 5  # unattributed claims listed in the summary
EXPLAIN_CLAIMS = 10  # and in explain
WIDTH = 100  # the width of a line of output
OPEN, CLOSE = "\u00bb", "\u00ab"  # the marks around a piece of evidence in its sentence
ELLIPSIS = "\u2026"

# The model's features in words, each phrase given the feature's value. A feature not listed here
# (a newsroom's model may read others) is shown by its name and value (see _feature_words).
_PERCENT, _RATE, _COUNT = "{:.0%}", "{:.2f}", "{:g}"
FEATURE_WORDS: dict[str, tuple[str, str]] = {
    "attribution.attributed_share": (_PERCENT, "of factual claims attributed"),
    "attribution.cues_per_sentence": (_RATE, "attributions a sentence"),
    "attribution.hearsay_per_claim": (_PERCENT, "of claims resting on hearsay ('reportedly', 'is said to')"),
    "attribution.named_cue_share": (_PERCENT, "of attributions naming who said it"),
    "attribution.quoted_sentence_share": (_PERCENT, "of sentences in direct quotation"),
    "attribution.quotes_per_sentence": (_RATE, "direct quotations a sentence"),
    "attribution.strong_cue_share": (_PERCENT, "of attributions with a neutral verb such as said or told"),
    "attribution.unattributed_claims_per_sentence": (_RATE, "unattributed claims a sentence"),
    "sourcing.named_citations_per_claim": (_RATE, "citations of named sources a claim"),
    "sourcing.person_role_share": (_PERCENT, "of named people given their role"),
    "sourcing.vague_citations_per_claim": (_RATE, "citations of vague sources ('experts say') a claim"),
    "sourcing.vague_share": (_PERCENT, "of source mentions vague"),
    "statistics.named_share": (_PERCENT, "of figures traced to a named source"),
    "statistics.unsourced_share": (_PERCENT, "of figures with no source"),
    "statistics.vague_share": (_PERCENT, "of figures pinned on a vague source"),
    "statistics.unverifiable_per_sentence": (_RATE, "untraceable figures a sentence"),
    "temporal.issues": (_COUNT, "dates at odds with the publication date"),
    "temporal.future_about_past": (_COUNT, "future-tense mentions of a date already past"),
    "temporal.past_about_future": (_COUNT, "past-tense mentions of a date still to come"),
    "temporal.conflicting_years": (_COUNT, "events given two different years"),
    "temporal.impossible_dates": (_COUNT, "dates that do not exist"),
    "temporal.conflict_pairs": (_COUNT, "pairs of dates that contradict each other"),
}
REASONS_NOTE = (
    "Each figure is what that feature moves the model part by: the points it would lose or gain were the feature at the "
    "model's reference (the training articles' typical value), the others as they are."
)


def _feature_words(name: str, value: float) -> str:
    """A model feature and its value in plain words."""
    fmt, words = FEATURE_WORDS.get(name, ("{:g}", ""))
    if not words:  # an undescribed feature: its name in words, honestly with its value
        family, _, what = name.partition(".")
        return f"{what.replace('_', ' ')} ({family}) {value:.3g}"
    return f"{fmt.format(value)} {words}"


def model_reasons(report: Report) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """The model part's strongest reasons, up and down: (words, points) for up to TOP_REASONS features each.

    The model's explanation gives each feature's exact additive effect on the log-odds (a linear
    term's coefficient times the scaled value; a tree's path contributions). In points, a feature's
    share is the model part less what it would be without that effect: 100 * (p - sigmoid(z - effect)).
    """
    p = min(max(report.model.probability, 1e-12), 1 - 1e-12)
    z = math.log(p / (1 - p))
    up: list[tuple[str, float]] = []
    down: list[tuple[str, float]] = []
    for name, value, effect in report.model.explanation:
        points = MODEL_POINTS * (p - 1.0 / (1.0 + math.exp(effect - z)))
        if round(points, 1) == 0:
            continue
        (up if points > 0 else down).append((_feature_words(name, value), points))
    return up[:TOP_REASONS], down[:TOP_REASONS]


def model_line(report: Report) -> str:
    """The model part in words: ``model +75.8, mostly: ... ; against it: ...``."""
    model = report.contributions[0]
    up, down = model_reasons(report)
    if not up and not down:
        return f"{model.part} {model.points:+.1f}: a constant prior, no reasons from the article"

    def said(items: list[tuple[str, float]]) -> str:
        return ", ".join(f"{words} ({points:+.1f})" for words, points in items)

    parts = [f"raised by {said(up)}"] if up else []
    if down:
        parts.append(f"lowered by {said(down)}")
    return f"{model.part} {model.points:+.1f}, mostly: " + "; ".join(parts)


def unattributed_claims(report: Report) -> tuple[list[int], int]:
    """The factual claims (sentence indices) no attribution covers, as SRC101 counts them, and the number of factual claims."""
    ex = report.extraction
    claims = factual_claims(ex)
    coverage = ex.attribution.coverage
    return [i for i in claims if i not in coverage], len(claims)


def sentence_at(report: Report, offset: int) -> int:
    """The index of the sentence holding original offset ``offset`` (-1 when it is between sentences)."""
    doc = report.extraction.doc
    for i, sentence in enumerate(doc.sentences):
        start, end = doc.to_original(sentence.start, sentence.end)
        if start <= offset < end:
            return i
        if offset < start:
            break
    return -1


def _sentence_bounds(report: Report, index: int, spans: Sequence[Span]) -> tuple[int, int]:
    """Original offsets of sentence ``index``, widened to hold ``spans``."""
    doc = report.extraction.doc
    if 0 <= index < len(doc.sentences):
        s = doc.sentences[index]
        lo, hi = doc.to_original(s.start, s.end)
    elif spans:
        lo, hi = min(sp.start for sp in spans), max(sp.end for sp in spans)
    else:
        lo, hi = 0, len(report.text)
    return min([lo, *(sp.start for sp in spans)]), max([hi, *(sp.end for sp in spans)])


def marked_sentence(report: Report, index: int, spans: Sequence[Span] = (), width: int = WIDTH) -> str:
    """Sentence ``index`` on one line, each span of ``spans`` marked »so«, trimmed with an ellipsis to ``width``."""
    text = report.text
    lo, hi = _sentence_bounds(report, index, spans)
    pieces, at = [], lo
    for sp in sorted(spans, key=lambda sp: (sp.start, -sp.end)):
        if sp.start < at:  # inside (or overlapping) a span already marked
            continue
        pieces += [text[at : sp.start], OPEN, text[sp.start : sp.end], CLOSE]
        at = sp.end
    pieces.append(text[at:hi])
    return trim(" ".join("".join(pieces).split()), width)


def trim(line: str, width: int) -> str:
    """``line`` cut to ``width`` characters with an ellipsis, keeping the first marked evidence in view."""
    if len(line) <= width:
        return line
    first = line.find(OPEN)
    last = line.find(CLOSE, first) if first >= 0 else -1
    if first < 0 or last < width - 1:
        return line[: width - 1] + ELLIPSIS
    start = first - width // 4  # the evidence a quarter of the width in
    if start <= 0:  # the line's start is in view
        return line[: width - 1] + ELLIPSIS
    start = min(start, len(line) - (width - 1))
    if start + width - 1 >= len(line):  # the end of the line is in view
        return ELLIPSIS + line[len(line) - (width - 1) :]
    return ELLIPSIS + line[start : start + width - 2] + ELLIPSIS


def evidence_lines(report: Report, evidence: Sequence[Span], *, sentences: int, indent: str, width: int = WIDTH) -> list[str]:
    """The sentences holding ``evidence`` (up to ``sentences`` of them), each with its evidence marked."""
    by_sentence: dict[int, list[Span]] = {}
    for sp in evidence:
        by_sentence.setdefault(sp.sentence, []).append(sp)
    lines = [indent + marked_sentence(report, i, spans, width - len(indent)) for i, spans in list(by_sentence.items())[:sentences]]
    if len(by_sentence) > sentences:
        lines.append(f"{indent}and {len(by_sentence) - sentences} more sentence{'s' if len(by_sentence) - sentences != 1 else ''}")
    return lines


def ordered_findings(report: Report) -> list[Finding]:
    """The findings that move the score: largest first, but penalties before credits below the ``reliable`` band."""
    moving = [f for f in report.findings if f.points]
    if report.band == "reliable":
        return moving
    return sorted(moving, key=lambda f: (f.points > 0, -abs(f.points)))  # stable: the report's order within each side


def _head(name: str, report: Report) -> str:
    model, *parts = report.contributions
    rules = sum(c.points for c in parts if c.part not in (CLAMP_PART, GENRE_PART))
    clamp = " (clamped to 0-100)" if any(c.part == CLAMP_PART for c in parts) else ""
    lift = "".join(f", genre {c.points:+.1f}" for c in parts if c.part == GENRE_PART)
    return f"{name}: {report.score:.0f}/100  {report.band.upper()}  ({model.part} {model.points:+.1f}{lift}, rules {rules:+.1f}{clamp})"


def _wrapped(text: str, indent: str, more: str | None = None) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=more if more is not None else indent + "  ", break_on_hyphens=False)


def _title_lines(report: Report, indent: str) -> list[str]:
    title = report.extraction.doc.title
    return _wrapped(f"title: {' '.join(title.split())}", indent) if title and title.strip() else []


def date_line(report: Report) -> str:
    """The date the article was checked against and where it came from: ``dated 2025-03-28 (command line)``."""
    temporal = report.extraction.temporal
    if temporal.reference is None:
        return "dated: no publication date given or found in the text"
    if temporal.reference_inferred:
        return f"dated {temporal.reference.isoformat()}, inferred from the text"
    return f"dated {temporal.reference.isoformat()} ({report.published_from or 'given'})"


def _claim_lines(report: Report, shown: int, indent: str, hint: str = "") -> list[str]:
    """The unattributed factual claims, each its sentence, capped with ``and N more``."""
    missing, total = unattributed_claims(report)
    if not missing:
        return []
    lines = [f"{indent}unattributed claims: {len(missing)} of {total} factual claims carry no attribution"]
    lines += [f"{indent}    > {marked_sentence(report, i, width=WIDTH - len(indent) - 6)}" for i in missing[:shown]]
    if len(missing) > shown:
        lines.append(f"{indent}    and {len(missing) - shown} more{hint}")
    return lines


def _source_kinds(report: Report) -> str:
    kinds: dict[str, int] = {}
    for s in report.extraction.sourcing.sources:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    return ", ".join(f"{n} {k}" for k, n in kinds.items()) or "none found"


def format_summary(name: str, report: Report) -> str:
    """Editor-facing summary: score, band, title, the model's reasons, the strongest findings, the unattributed claims."""
    lines = [_head(name, report), *_title_lines(report, "  "), "  " + date_line(report), *_genre_lines(report)]
    lines += _wrapped(model_line(report), "  ", "    ")
    findings = ordered_findings(report)
    for f in findings[:TOP_FINDINGS]:
        lines.append(f"  {f.code} {f.rule:<26} {f.points:+6.1f}  {f.message}")
        lines += evidence_lines(report, f.evidence, sentences=1, indent="      > ")
    if len(findings) > TOP_FINDINGS:
        lines.append(f"  ... {len(findings) - TOP_FINDINGS} more findings ({_explain_hint(name)})")
    lines += _claim_lines(report, SHOWN_CLAIMS, "  ", f" ({_explain_hint(name)})")
    lines.append("  sources: " + _source_kinds(report))
    lines += [f"  warning: {w}" for w in report.warnings]
    return "\n".join(lines)


RECORD_NAME = re.compile(r"(?P<path>.+):\d+(?: \(id (?P<id>.+)\))?", re.DOTALL)


def _explain_hint(name: str) -> str:
    """The command that explains this article: its file, or a corpus record by its id."""
    if name == STDIN_NAME:
        return "sourcescore explain - with the same input"
    if os.path.isfile(name):
        return f"sourcescore explain {name}"
    record = RECORD_NAME.fullmatch(name)  # a corpus record, as a text row names it: ``c.jsonl:3 (id a1)`` or ``c.jsonl:3``
    if record is not None and os.path.isfile(record["path"]):
        return f"sourcescore explain {record['path']} --id {record['id'] or name}"
    return f"sourcescore explain CORPUS --id {name}"


def _genre_lines(report: Report) -> list[str]:
    """The genre line of the summary (none for a news report) and its strongest evidence, a sentence each."""
    genre = report.extraction.genre
    if genre.kind == "news_report":
        return []
    lines = textwrap.wrap(f"genre: {note(genre)}", WIDTH - 2, initial_indent="  ", subsequent_indent="    ")
    shown = [c for c in genre.evidence if c.cue in ("label", "byline", "press-release")][:2]
    shown += [c for c in genre.evidence if c not in shown][: 3 - len(shown)]
    for c in shown:
        prefix = f"      > {c.cue}: "
        if c.field == "title" or c.sentence is None:
            where = f"{OPEN}{' '.join(c.text.split())}{CLOSE} (title)"
            lines.append(prefix + trim(where, WIDTH - len(prefix)))
        else:
            lines.append(prefix + marked_sentence(report, c.sentence, [Span(c.start, c.end, c.sentence)], WIDTH - len(prefix)))
    return lines


def _rule_groups(report: Report) -> list[tuple[str, list[Finding]]]:
    """The findings by rule, the rules ordered as :func:`ordered_findings` orders findings (by their total)."""
    groups: dict[str, list[Finding]] = {}
    for f in report.findings:
        groups.setdefault(f.code, []).append(f)
    total: Callable[[str], float] = lambda code: sum(f.points for f in groups[code])
    if report.band == "reliable":
        order = sorted(groups, key=lambda code: (-abs(total(code)), code))
    else:
        order = sorted(groups, key=lambda code: (total(code) > 0, total(code) == 0, -abs(total(code)), code))
    return [(code, groups[code]) for code in order]


def format_explanation(name: str, report: Report) -> str:
    """Every finding, grouped by rule with the rule's rationale once, each with the sentence its evidence sits in."""
    out = [_head(name, report), *_title_lines(report, ""), date_line(report), "", DISCLAIMER, "", "How the score adds up:"]
    out += [f"  {c.points:+7.2f}  {c.part}" for c in report.contributions]
    out.append(f"  = {report.score:.2f}  (reliable >= {RELIABLE_AT:.0f}, unreliable <= {UNRELIABLE_AT:.0f})")
    out += ["", *_wrapped(model_line(report), "", "  "), *_wrapped(REASONS_NOTE, "  ", "  "), ""]
    for code, findings in _rule_groups(report):
        rule = RULES_BY_CODE[code]
        points = sum(f.points for f in findings)
        count = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
        out.append(f"{code} {rule.name} [{rule.severity}] {points:+.1f} ({count})")
        out += _wrapped("Why it matters: " + rule.rationale, "  ", "  ")
        for f in findings:
            out += _wrapped(f"{f.points:+.1f}  {f.message}", "  - ", "    ")
            out += evidence_lines(report, f.evidence, sentences=3, indent="      > ")
        out.append("")
    claims = _claim_lines(report, EXPLAIN_CLAIMS, "")
    if claims:
        out += [claims[0][0].upper() + claims[0][1:] + ":", *claims[1:], ""]
    out.append("Sources:")
    for s in report.extraction.sourcing.sources:
        role = f" ({s.role})" if s.role else ""
        out.append(f"  {s.kind:<12} {s.best.text}{role}  x{len(s.cue_spans)}")
    out += [f"warning: {w}" for w in report.warnings]
    return "\n".join(out)
