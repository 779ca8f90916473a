"""Who the article's sources are: the mentions attribution cues point at, grouped into sources."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from .attribution import AttributionFeatures
from .document import Document
from .source_phrases import ANONYMOUS, DOCUMENT, NAMED_KINDS, ORGANIZATION, PERSON, VAGUE, SourcePhrase
from .spans import FeatureSet, Span

KINDS = (PERSON, ORGANIZATION, DOCUMENT, ANONYMOUS, VAGUE)


@dataclass(slots=True)
class Source:
    """One source of the article and every place it is cited."""

    kind: str
    key: str
    mentions: list[SourcePhrase] = field(default_factory=list)
    cue_spans: list[Span] = field(default_factory=list)

    @property
    def best(self) -> SourcePhrase:
        """The fullest mention: the one with a role, else the longest."""
        return max(self.mentions, key=lambda p: (p.role is not None, len(p.text)))

    @property
    def role(self) -> str | None:
        """The role the article gives this source, if any."""
        return next((p.role for p in self.mentions if p.role), None)

    @property
    def named(self) -> bool:
        """Whether a reader could trace this source: a named person, organization or document."""
        return self.kind in NAMED_KINDS


@dataclass(slots=True)
class SourcingFeatures(FeatureSet):
    """The article's sources and measures of how specific they are."""

    sources: list[Source] = field(default_factory=list)


def extract(doc: Document, attribution: AttributionFeatures) -> SourcingFeatures:
    """Group the sources attribution cues point at and measure named against vague sourcing."""
    by_key: dict[tuple[str, str], Source] = {}
    seen: set[SourcePhrase] = set()  # a phrase is one mention however many cues point at it
    mentions = 0
    antecedents: dict[tuple[str, str], SourcePhrase] = {}  # the name each linked source was reached from
    standing_in: set[SourcePhrase] = set()  # mentions that are a pronoun or "the spokesman" standing for a name
    for cue in attribution.cues:
        for phrase in (cue.quoter, cue.source):
            if phrase is None:
                continue
            if phrase is cue.source and cue.linked:
                # "he said": the source is cited where the pronoun stands; the name it stands for is
                # a mention only when the source has no other one.
                antecedents.setdefault((phrase.kind, phrase.key), phrase)
                if cue.subject is None:  # "..., saying": cited with no words of its own
                    mentions += 1
                    by_key.setdefault((phrase.kind, phrase.key), Source(phrase.kind, phrase.key)).cue_spans.append(cue.span)
                    continue
                start, end = cue.subject
                span = doc.span(start, end, f"source:{phrase.kind}")
                phrase = replace(phrase, start=start, end=end, span=span, text=doc.original[span.start : span.end], role=None)
                standing_in.add(phrase)
            mentions += 1
            key = (phrase.kind, phrase.key)
            src = by_key.get(key)
            if src is None:
                src = by_key[key] = Source(phrase.kind, phrase.key)
            if phrase not in seen:  # a set, not `in src.mentions`: linear in a source's mentions
                seen.add(phrase)
                src.mentions.append(phrase)
            src.cue_spans.append(cue.span)
    for key, antecedent in antecedents.items():
        src = by_key.get(key)
        if src is None:
            continue
        if all(m in standing_in for m in src.mentions) and antecedent not in seen:
            seen.add(antecedent)
            src.mentions.append(antecedent)  # only pronouns cite it: name it once
        src.mentions.sort(key=lambda p: p.start)
    sources = sorted(by_key.values(), key=lambda s: s.mentions[0].start)
    result = SourcingFeatures("sourcing", sources=sources)
    result.evidence = [m.span for s in sources for m in s.mentions]
    result.values = _values(attribution, sources, mentions)
    return result


def _values(attribution: AttributionFeatures, sources: list[Source], mentions: int) -> dict[str, float]:
    claims = max(1, len(attribution.claims))
    count = dict.fromkeys(KINDS, 0)  # sources of each kind
    cited = dict.fromkeys(KINDS, 0)  # and the cues that point at them
    for s in sources:
        if s.kind in count:
            count[s.kind] += 1
            cited[s.kind] += len(s.cue_spans)
    named = count[PERSON] + count[ORGANIZATION] + count[DOCUMENT]
    persons = [s for s in sources if s.kind == PERSON]
    anonymous = [s for s in sources if s.kind == ANONYMOUS]
    values = {f"sourcing.{k}_sources": float(v) for k, v in count.items()}
    values.update(
        {
            "sourcing.named_sources": float(named),
            "sourcing.log_named_sources": math.log1p(named),
            "sourcing.named_citations_per_claim": (cited[PERSON] + cited[ORGANIZATION] + cited[DOCUMENT]) / claims,
            "sourcing.vague_citations_per_claim": cited[VAGUE] / claims,
            "sourcing.vague_share": cited[VAGUE] / mentions if mentions else 0.0,
            "sourcing.person_role_share": sum(s.role is not None for s in persons) / len(persons) if persons else 0.0,
            "sourcing.anonymous_without_reason": float(
                sum(not any(m.anonymity_reason for m in s.mentions) for s in anonymous)
            ),
        }
    )
    return values
