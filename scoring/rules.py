"""The rule layer: linter-style checks with stable codes, each adding or removing documented points.

``RULES`` is the one table of rules; it reads like documentation (``sourcescore rules`` prints
it). Credits reward a practice (named, quoted sources); penalties flag a sourcing failure. A
per-occurrence rule gives each occurrence its own finding, up to the rule's cap; occurrences past
the cap are still reported, with 0 points, so an editor sees every one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..features.pipeline import Extraction
from ..features.source_phrases import ANONYMOUS, NAMED_KINDS, PERSON, VAGUE
from ..features.spans import Span
from ..features.statistics import NONE, VAGUE as VAGUE_STAT
from ..features.temporal import (
    ISSUE_CONFLICTING_YEARS,
    ISSUE_FUTURE_ABOUT_PAST,
    ISSUE_IMPOSSIBLE_DATE,
    ISSUE_PAST_ABOUT_FUTURE,
)

CREDIT, HIGH, MEDIUM, LOW = "credit", "high", "medium", "low"
SEVERITIES = (HIGH, MEDIUM, LOW, CREDIT)


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule's verdict on one thing in the article, with the evidence and its points."""

    code: str
    rule: str
    severity: str
    message: str
    points: float
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """A check: stable code, name, severity, the reporting practice it encodes, and its points."""

    code: str
    name: str
    severity: str
    rationale: str
    points: float  # per occurrence (or the maximum, for a graded rule)
    cap: float  # the most this rule can add or remove in one article
    check: Callable[[Extraction, "Rule"], Iterator[tuple[str, tuple[Span, ...], float]]] = field(repr=False)

    def run(self, ex: Extraction, weight: float = 1.0) -> list[Finding]:
        """Apply the check and turn its hits into findings, respecting the cap; points are scaled by ``weight``."""
        findings: list[Finding] = []
        budget = abs(self.cap)
        for message, evidence, points in self.check(ex, self):
            granted = max(-budget, min(budget, points))
            budget -= abs(granted)
            findings.append(Finding(self.code, self.name, self.severity, message, round(granted * weight, 2), evidence))
        return findings


def _quote(ex: Extraction, span: Span) -> str:
    return ex.doc.original[span.start : span.end]


# -- credits -------------------------------------------------------------------------------------
def _named_sources(ex: Extraction, rule: Rule) -> Iterator[tuple[str, tuple[Span, ...], float]]:
    for src in ex.sourcing.sources:
        if not src.named:
            continue
        weight = 1.0 if src.kind == PERSON and src.role else 0.75 if src.kind == PERSON else 0.5
        role = f" ({src.role})" if src.role else ""
        yield f"Named {src.kind} source: {src.best.text}{role}.", (src.best.span,), rule.points * weight


def _attributed_claims(ex: Extraction, rule: Rule) -> Iterator[tuple[str, tuple[Span, ...], float]]:
    claims = ex.attribution.claims
    if len(claims) < 3:
        return
    named = [i for i in claims if (src := ex.attribution.source_of(i)) is not None and src.kind in NAMED_KINDS]
    share = len(named) / len(claims)
    if named:
        cues = {ex.attribution.coverage[i].span for i in named}
        yield (
            f"{len(named)} of {len(claims)} factual claims ({share:.0%}) are attributed to named sources.",
            tuple(sorted(cues, key=lambda s: s.start)),
            rule.points * share,
        )


def _quoted_named(ex: Extraction, rule: Rule) -> Iterator[tuple[str, tuple[Span, ...], float]]:
    for q in ex.doc.quotes:
        if q.kind != "double" or q.inner_end - q.inner_start < 40:
            continue  # scare quotes and short phrases are not quotations of a source
        cue = ex.attribution.coverage.get(ex.doc.sentence_index(q.inner_start))
        if cue is None or cue.source is None or cue.source.kind not in NAMED_KINDS:
            continue
        yield f"Direct quotation attributed to {cue.source.text}.", (ex.doc.span(q.start, q.end, "quote"),), rule.points


# -- attribution and sourcing penalties ----------------------------------------------------------
def _low_attribution(ex: Extraction, rule: Rule) -> Iterator[tuple[str, tuple[Span, ...], float]]:
    claims = ex.attribution.claims
    if len(claims) < 5:
        return
    values = ex.attribution.values
    share = values["attribution.attributed_share"]
    if share >= 0.25:
        return
    unattributed = [i for i in claims if i not in ex.attribution.coverage][:5]
    spans = tuple(ex.doc.span(ex.doc.sentences[i].start, ex.doc.sentences[i].end, "claim") for i in unattributed)
    yield (
        f"Only {share:.0%} of {len(claims)} factual claims carry any attribution.",
        spans,
        rule.points * (0.25 - share) / 0.25,
    )


def _no_named_source(ex: Extraction, rule: Rule) -> Iterator[tuple[str, tuple[Span, ...], float]]:
    if len(ex.attribution.claims) >= 4 and not any(s.named for s in ex.sourcing.sources):
        yield f"{len(ex.attribution.claims)} factual claims and not one named source.", (), rule.points


def _vague_sources(ex: Extraction, rule: Rule) -> Iterator[tuple[str, tuple[Span, ...], float]]:
    for cue in ex.attribution.cues:
        if cue.source is not None and cue.source.kind == VAGUE:
            yield (
                f"Vague source \u201c{cue.source.text}\u201d: no one a reader could check.",
                (cue.source.span, cue.span),
                rule.points,
            )


def _hearsay(ex: Extraction, rule: Rule) -> Iterator[tuple[str, tuple[Span, ...], float]]:
    for cue in ex.attribution.cues:
        if cue.hearsay:
            sentence = ex.doc.sentences[cue.sentence]
            yield (
                f"Agentless \u201c{_quote(ex, cue.span)}\u201d: the claim is passed on without saying who made it.",
                (cue.span, ex.doc.span(sentence.start, sentence.end, "claim")),
                rule.points,
            )


def _anonymous_without_reason(ex: Extraction, rule: Rule) -> Iterator[tuple[str, tuple[Span, ...], float]]:
    for src in ex.sourcing.sources:
        if src.kind == ANONYMOUS and not any(m.anonymity_reason for m in src.mentions):
            yield f"Unnamed source \u201c{src.best.text}\u201d with no reason given for anonymity.", (src.best.span,), rule.points


# -- statistics ----------------------------------------------------------------------------------
def _stats(label: str) -> Callable[[Extraction, Rule], Iterator[tuple[str, tuple[Span, ...], float]]]:
    def check(ex: Extraction, rule: Rule) -> Iterator[tuple[str, tuple[Span, ...], float]]:
        for stat in ex.statistics.statistics:
            if stat.attribution != label:
                continue
            if label == NONE:
                yield f"Statistic \u201c{stat.text}\u201d has no source.", (stat.span,), rule.points
            else:
                source = f"\u201c{stat.source}\u201d" if stat.source else "hearsay"
                spans = (stat.span, stat.cue.source.span) if stat.cue and stat.cue.source else (stat.span,)
                yield f"Statistic \u201c{stat.text}\u201d is pinned on a vague source: {source}.", spans, rule.points

    return check


# -- dates ---------------------------------------------------------------------------------------
def _dates(issue: str) -> Callable[[Extraction, Rule], Iterator[tuple[str, tuple[Span, ...], float]]]:
    def check(ex: Extraction, rule: Rule) -> Iterator[tuple[str, tuple[Span, ...], float]]:
        for mention in ex.temporal.mentions:
            if mention.issue == issue:
                yield mention.issue_detail or f"Date problem: {mention.text}.", (mention.span,), rule.points

    return check


RULES: tuple[Rule, ...] = (
    Rule("SRC001", "named-sources", CREDIT,
         "Named people with roles, named organizations and documents let a reader check a claim "
         "(Reuters Handbook: identify sources as fully as possible).", 4.0, 16.0, _named_sources),
    Rule("SRC002", "attributed-claims", CREDIT,
         "Each factual claim should say who makes it (AP Stylebook: attribution).", 20.0, 20.0, _attributed_claims),
    Rule("SRC003", "quoted-sources", CREDIT,
         "Direct quotations from named sources are the most checkable attribution.", 2.0, 8.0, _quoted_named),
    Rule("SRC101", "low-attribution", HIGH,
         "Most factual claims carry no attribution at all: the reader cannot tell where they come from.",
         -12.0, 12.0, _low_attribution),
    Rule("SRC102", "no-named-source", HIGH,
         "An article of factual claims with no named source cannot be checked.", -10.0, 10.0, _no_named_source),
    Rule("SRC103", "hearsay", LOW,
         "Agentless passives (\u201cis said to\u201d, \u201cwas reported\u201d) pass on a claim without a source.",
         -1.0, 3.0, _hearsay),
    Rule("SRC201", "vague-source", HIGH,
         "Vague collectives (\u201cexperts say\u201d, \u201cstudies show\u201d) are weasel words, not sources "
         "(Wikipedia MOS:WEASEL; AP: attribute to a specific source).", -4.0, 20.0, _vague_sources),
    Rule("SRC202", "anonymous-without-reason", LOW,
         "An unnamed source needs a stated reason for anonymity (AP and Reuters anonymous-source rules).",
         -1.0, 3.0, _anonymous_without_reason),
    Rule("SRC301", "future-about-past", HIGH,
         "A statement in the future tense about a period already past at publication is stale or rewritten copy.",
         -8.0, 16.0, _dates(ISSUE_FUTURE_ABOUT_PAST)),
    Rule("SRC302", "past-about-future", MEDIUM,
         "A period after the publication date told as past is a date error.", -6.0, 12.0, _dates(ISSUE_PAST_ABOUT_FUTURE)),
    Rule("SRC303", "conflicting-years", MEDIUM,
         "The same event dated to two different years: one of them is wrong.", -6.0, 12.0, _dates(ISSUE_CONFLICTING_YEARS)),
    Rule("SRC304", "impossible-date", MEDIUM,
         "A date that cannot exist (February 30) signals careless or fabricated copy.", -5.0, 10.0, _dates(ISSUE_IMPOSSIBLE_DATE)),
    Rule("SRC401", "unsourced-statistic", MEDIUM,
         "A number with no source cannot be traced (AP: give the source of every figure).", -2.0, 10.0, _stats(NONE)),
    Rule("SRC402", "vague-statistic", HIGH,
         "A number pinned on a vague source looks sourced but cannot be traced.", -4.0, 16.0, _stats(VAGUE_STAT)),
)

RULES_BY_CODE: dict[str, Rule] = {r.code: r for r in RULES}


def run_rules(ex: Extraction, ignore: frozenset[str] = frozenset(), weight: float = 1.0) -> list[Finding]:
    """Run every rule not in ``ignore`` (codes) and return all findings, their points scaled by ``weight``."""
    return [f for rule in RULES if rule.code not in ignore for f in rule.run(ex, weight)]



def rules_version() -> str:
    """A short hash of every rule's code, severity, points and cap: stored beside saved rule points."""
    table = [[r.code, r.severity, r.points, r.cap] for r in RULES]
    return hashlib.sha256(json.dumps(table).encode()).hexdigest()[:12]
