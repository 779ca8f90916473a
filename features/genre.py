"""Genre: is the text a news report, an opinion or analysis piece, a press release, or something else?

Facts, with their evidence: the labels printed over opinion copy ("Opinion:", "Analysis |", "Letter
to the editor") in the title, the first line, the byline or the footer; the **argument sentences**,
sentences in the writer's own voice (outside quotations, not attributed to anyone else) that carry
a stance ("I believe", "in my view", "we must"), a deontic modal ("should", "must", "ought to") or
a question put to the reader; and press-release boilerplate ("FOR IMMEDIATE RELEASE", "/PRNewswire/",
"Media contact:", "About <Company>", "###"). The kind is decided from these counts (thresholds
below); what it means for the score is the scoring layer's business (``scoring/genre.py``).

Cheap by construction: the word lists are tried only when their words are among the article's
words (``Document.lowered_runs``) and only where they start; labels are looked for in the title
and the first and last few short lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .attribution import AttributionFeatures, Cue
from .document import Document
from .fast import PhraseMatcher
from .vocabulary.genre import (
    BYLINE_ROLES,
    COLLECTIVE_STANCE,
    FIRST_PERSON_STANCE,
    FOOTER_OPENERS,
    FOOTER_PHRASES,
    NORMATIVE_MODALS,
    OPINION_LABELS,
    PRESS_RELEASE_STRONG,
    PRESS_RELEASE_WEAK,
)

NEWS_REPORT, OPINION, PRESS_RELEASE, OTHER = "news_report", "opinion", "press_release", "other"
KINDS = (NEWS_REPORT, OPINION, PRESS_RELEASE, OTHER)

# Cue kinds of the evidence.
LABEL, BYLINE, STANCE, NORMATIVE, QUESTION, RELEASE = "label", "byline", "stance", "normative", "question", "press-release"

# An opinion piece: with a label, at least LABELLED_MIN argument sentences making LABELLED_SHARE of
# all sentences (a label alone can be pasted over any copy); without one, UNLABELLED_MIN making
# UNLABELLED_SHARE, STANCE_MIN of them with the writer's stance (a news report's "must" of a
# regulation, or a question in a headline-like line, is not argument).
LABELLED_MIN, LABELLED_SHARE = 2, 0.08
UNLABELLED_MIN, UNLABELLED_SHARE, STANCE_MIN = 3, 0.2, 2
# Other: no attribution at all, and fewer than OTHER_MIN_CLAIMS factual claims or fewer than
# OTHER_CLAIM_SHARE of the sentences (a list, a recipe, fiction, a page of links).
OTHER_CLAIM_SHARE, OTHER_MIN_CLAIMS = 0.25, 3
LABEL_LINE_CHARS = 80  # a label, byline or footer line is short; longer lines are prose
HEAD_LINES, FOOT_LINES = 3, 2  # the lines read for labels and bylines, and for footers
ABOUT_HEADING_WORDS = 6  # "About Tallis Freight Group": a short line opening with "About"

_LABELS = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in sorted(OPINION_LABELS, key=len, reverse=True))
# "Opinion: ...", "ANALYSIS | ...", "Op-Ed — ...", "Opinion by Jane Doe", or the label alone.
_LEADING_LABEL_RE = re.compile(r"\W{0,3}(" + _LABELS + r")\s*(?:[:|\u2014\-/,]|\bby\b|$)", re.IGNORECASE)
_TRAILING_LABEL_RE = re.compile(r"[|\u2014\-]\s*(" + _LABELS + r")\W{0,3}$", re.IGNORECASE)
_BYLINE_RE = re.compile(r"\b(" + "|".join(map(re.escape, BYLINE_ROLES)) + r")\b", re.IGNORECASE)
_FOOTER_RE = re.compile(
    r"^\W{0,3}(" + "|".join(map(re.escape, FOOTER_OPENERS)) + r")|\b(" + "|".join(map(re.escape, FOOTER_PHRASES)) + r")\b",
    re.IGNORECASE,
)
_STANCE_I = PhraseMatcher(FIRST_PERSON_STANCE, ignore_case=False)
_STANCE_WE = PhraseMatcher(COLLECTIVE_STANCE)
_NORMATIVE = PhraseMatcher(NORMATIVE_MODALS)
_RELEASE_STRONG = PhraseMatcher(PRESS_RELEASE_STRONG)
_RELEASE_WEAK = PhraseMatcher(PRESS_RELEASE_WEAK)
_FIRST_PERSON_SOURCE = frozenset({"i", "we", "me", "us"})


@dataclass(frozen=True, slots=True)
class GenreCue:
    """One piece of genre evidence: ``[start, end)`` into the original text, or into the title when ``field`` says so."""

    start: int
    end: int
    text: str
    cue: str  # label | byline | stance | normative | question | press-release
    field: str = "text"  # "text" or "title"
    sentence: int | None = None  # the sentence of a cue in the text

    def to_dict(self) -> dict[str, object]:
        """The report contract's evidence object (with the cue kind and where it is)."""
        return {"start": self.start, "end": self.end, "text": self.text, "cue": self.cue, "field": self.field,
                "sentence": self.sentence}


@dataclass(slots=True)
class GenreFacts:
    """The kind of text, the evidence for it, and the sentences of argument in the writer's own voice."""

    kind: str = NEWS_REPORT
    evidence: list[GenreCue] = field(default_factory=list)
    argument_sentences: frozenset[int] = frozenset()  # sentence indices: the writer's own argument
    stance_sentences: int = 0  # argument sentences with a first-person stance ("I believe", "we must")
    labelled: bool = False  # an opinion label, byline role or footer was found
    press_markers: int = 0  # press-release markers: strong ones count 2


def extract(doc: Document, attribution: AttributionFeatures) -> GenreFacts:
    """The genre facts of ``doc``: labels, argument sentences, press-release markers and the kind they make."""
    evidence: list[GenreCue] = []
    labels = _labels(doc, evidence)
    press = _press_release(doc, evidence)
    arguments, stance = _arguments(doc, attribution, evidence)
    n_sentences = len(doc.sentences)
    n_args = len(arguments)
    if press >= 2:
        kind = PRESS_RELEASE
    elif (labels and n_args >= LABELLED_MIN and n_args >= LABELLED_SHARE * n_sentences) or (
        n_args >= UNLABELLED_MIN and n_args >= UNLABELLED_SHARE * n_sentences and stance >= STANCE_MIN
    ):
        kind = OPINION
    elif not attribution.cues and (
        len(attribution.claims) < OTHER_MIN_CLAIMS or len(attribution.claims) < OTHER_CLAIM_SHARE * n_sentences
    ):
        kind = OTHER
    else:
        kind = NEWS_REPORT
    evidence.sort(key=lambda c: (c.field != "title", c.start))
    return GenreFacts(kind, evidence, frozenset(arguments), stance, labels > 0, press)


def _labels(doc: Document, evidence: list[GenreCue]) -> int:
    """Opinion labels in the title, the first lines (label, byline) and the last lines (footer); added to ``evidence``."""
    found = 0
    title = doc.title
    if title:
        m = _LEADING_LABEL_RE.match(title) or _TRAILING_LABEL_RE.search(title)
        if m:
            evidence.append(GenreCue(m.start(1), m.end(1), m.group(1), LABEL, "title"))
            found += 1
    paragraphs, text = doc.paragraphs, doc.text
    for index in range(min(HEAD_LINES, len(paragraphs))):
        start, end = paragraphs[index]
        if end - start > LABEL_LINE_CHARS:
            break  # the body has begun
        line = text[start:end]
        m = _LEADING_LABEL_RE.match(line) if index == 0 else None
        if m is None:
            m = _TRAILING_LABEL_RE.search(line) if index == 0 else None
        group = 1
        cue = LABEL
        if m is None:
            m, cue = _BYLINE_RE.search(line), BYLINE
        if m is not None:
            evidence.append(_cue(doc, start + m.start(group), start + m.end(group), cue))
            found += 1
    for index in range(max(len(paragraphs) - FOOT_LINES, min(HEAD_LINES, len(paragraphs))), len(paragraphs)):
        start, end = paragraphs[index]
        m = _FOOTER_RE.search(text, start, min(end, start + 2 * LABEL_LINE_CHARS))
        if m is not None:
            g = 1 if m.group(1) else 2
            evidence.append(_cue(doc, m.start(g), m.end(g), BYLINE))
            found += 1
    return found


def _press_release(doc: Document, evidence: list[GenreCue]) -> int:
    """Press-release markers (a strong one counts 2), added to ``evidence``."""
    text, lowered, runs = doc.text, doc.lowered, doc.lowered_runs
    count = 0
    for matcher, weight in ((_RELEASE_STRONG, 2), (_RELEASE_WEAK, 1)):
        if matcher.possible(runs):
            for m in matcher.finditer(text, lowered, runs):
                evidence.append(_cue(doc, m.start(), m.end(), RELEASE))
                count += weight
    paragraphs = doc.paragraphs
    if runs is None or "about" in runs:
        for start, end in paragraphs[1:]:  # "About Tallis Freight Group": a heading over the boilerplate
            if text.startswith("About ", start) and text.count(" ", start, end) < ABOUT_HEADING_WORDS and text[end - 1] != ".":
                evidence.append(_cue(doc, start, end, RELEASE))
                count += 1
    for start, end in paragraphs[-FOOT_LINES:]:
        if text[start:end].strip() == "###":  # the end mark of a release
            evidence.append(_cue(doc, start, end, RELEASE))
            count += 2
    return count


def _arguments(doc: Document, attribution: AttributionFeatures, evidence: list[GenreCue]) -> tuple[set[int], int]:
    """The argument sentences in the writer's voice, and how many carry a first-person stance; cues added to ``evidence``."""
    text, lowered, runs = doc.text, doc.lowered, doc.lowered_runs
    coverage = attribution.coverage
    arguments: set[int] = set()
    stance: set[int] = set()
    stance_ends: dict[int, int] = {}  # start -> end of each stance cue: "we must" is not also a "must"
    for matcher, cue in ((_STANCE_I, STANCE), (_STANCE_WE, STANCE), (_NORMATIVE, NORMATIVE)):
        if not matcher.possible(runs):
            continue
        for m in matcher.finditer(text, lowered, runs):
            start = m.start()
            if doc.in_quote(start) is not None or any(s <= start < e for s, e in stance_ends.items()):
                continue
            index = doc.sentence_index(start)
            covering = coverage.get(index)
            if covering is not None and _someone_else(doc, covering, index):
                continue
            arguments.add(index)
            if cue == STANCE:
                stance.add(index)
                stance_ends[start] = m.end()
            evidence.append(_cue(doc, start, m.end(), cue))
    if "?" in text:
        sentences = doc.sentences
        pos = text.find("?")
        while pos >= 0:
            index = doc.sentence_index(pos)
            s = sentences[index]
            if pos == s.end - 1 and doc.in_quote(pos) is None and index not in coverage:
                arguments.add(index)
                evidence.append(_cue(doc, s.start, s.end, QUESTION))
            pos = text.find("?", pos + 1)
    return arguments, len(stance)


def _someone_else(doc: Document, cue: Cue, index: int) -> bool:
    """Whether ``cue`` gives sentence ``index`` to a source other than the writer ("I said", "we believe" do not)."""
    source = cue.source
    if source is None:
        return not cue.hearsay  # an unresolved pronoun: someone else's words; hearsay is the writer passing a claim on
    if source.text.split()[-1].lower() in _FIRST_PERSON_SOURCE:
        return False
    sentence = doc.sentences[index]
    return source.start >= sentence.start or cue.sentence != index  # a subject read from an earlier sentence is no source


def _cue(doc: Document, start: int, end: int, cue: str) -> GenreCue:
    """A cue at normalized ``[start, end)`` of ``doc``, in original offsets."""
    ostart, oend = doc.to_original(start, end)
    return GenreCue(ostart, oend, doc.original[ostart:oend], cue, "text", doc.sentence_index(start))
