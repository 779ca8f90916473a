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
from collections.abc import Iterator
from dataclasses import dataclass, field

from .attribution import AttributionFeatures, Cue
from .document import Document
from .fast import PhraseMatcher, matches_from
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
# Other: no attribution and no argument at all, and fewer than OTHER_MIN_CLAIMS factual claims or
# fewer than OTHER_CLAIM_SHARE of the sentences (a list, a recipe, fiction, a page of links).
OTHER_CLAIM_SHARE, OTHER_MIN_CLAIMS = 0.25, 3
LABEL_LINE_CHARS = 80  # a label, byline or footer line is short; longer lines are prose
HEAD_LINES, FOOT_LINES = 3, 2  # the lines read for labels and bylines, and for footers
ABOUT_HEADING_WORDS = 6  # "About Tallis Freight Group": a short line opening with "About"
ABOUT_LAST_LINES = 10  # ... among the last lines (the boilerplate closes a release)
CASCADE_QUESTIONS = 2  # unlabelled, with no "I think": the other stances are looked for after this many questions

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
_RUN_RE = re.compile(r"\w+")


def _words(phrases: tuple[str, ...], index: int) -> frozenset[str]:
    """The ``index``-th word of each phrase (lower-cased), of those that have one: a text without any has no match."""
    return frozenset(runs[index] for runs in (_RUN_RE.findall(p.lower()) for p in phrases) if len(runs) > index)


def _needles(phrases: tuple[str, ...], lower: bool = True) -> tuple[str, ...]:
    """Where a phrase can start: its first word and the character after it ("we ", "I'", "should"), none the prefix of another."""
    found = set()
    for phrase in phrases:
        phrase = phrase.lower() if lower else phrase
        first = _RUN_RE.match(phrase).group()  # type: ignore[union-attr]
        found.add(phrase[: len(first) + 1])
    return tuple(sorted(n for n in found if not any(o != n and n.startswith(o) for o in found)))


# Each list is tried only when one of its first words and one of its second words (the word itself,
# for one-word phrases) are among the article's words: two set operations, where
# PhraseMatcher.possible() tries every phrase. Then the pattern is tried only where a needle (a
# first word with the character after it: "we ", "I'") starts a word: str.find skips in C to the
# few places, where a first word alone ("we" in "were", "I" in "In") is found everywhere, and a
# regex scan of the whole text costs more still. The case-sensitive list is searched as written.
_GATES = (
    (_STANCE_I, STANCE, _words(FIRST_PERSON_STANCE, 0), _words(FIRST_PERSON_STANCE, 1), _needles(FIRST_PERSON_STANCE, False)),
    (_STANCE_WE, STANCE, _words(COLLECTIVE_STANCE, 0), _words(COLLECTIVE_STANCE, 1) | _words(COLLECTIVE_STANCE, 0),
     _needles(COLLECTIVE_STANCE)),
    (_NORMATIVE, NORMATIVE, _words(NORMATIVE_MODALS, 0), _words(NORMATIVE_MODALS, 0), _needles(NORMATIVE_MODALS)),
)
# Press-release phrases, each with the words it needs among the article's words, found by str.find.
_RELEASE_PHRASES = tuple(
    (phrase, frozenset(_RUN_RE.findall(phrase)), weight)
    for phrases, weight in ((PRESS_RELEASE_STRONG, 2), (PRESS_RELEASE_WEAK, 1))
    for phrase in phrases
)
_RELEASE_WORDS = frozenset(w for _, needed, _ in _RELEASE_PHRASES for w in needed) - {
    "for", "pr", "business", "globe", "ein", "media", "press", "investor", "forward", "looking", "relations", "release",
    "statements",
}  # the rarer words: a text with none of them is no release (the frequent ones are checked phrase by phrase)
_FIRST_PERSON_SOURCE = frozenset({"i", "we", "me", "us"})
# The words of the labels and byline roles, and of the footers: a text with none of them has none.
_COMMON_RUNS = frozenset({"the", "to", "my", "our", "news", "dear", "guest", "contributing", "is", "a", "an", "weekly"})
_LABEL_RUNS = frozenset(w for phrase in (*OPINION_LABELS, *BYLINE_ROLES) for w in _RUN_RE.findall(phrase.lower())) - _COMMON_RUNS
_FOOTER_RUNS = frozenset(
    w for phrase in (*FOOTER_OPENERS, *FOOTER_PHRASES) for w in _RUN_RE.findall(phrase.lower())
) - _COMMON_RUNS


@dataclass(slots=True)  # not frozen: a frozen __init__ costs 3x (see document.Sentence)
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


Found = list[tuple[int, int, str]]  # cues found: normalized [start, end) and the cue kind


def extract(doc: Document, attribution: AttributionFeatures) -> GenreFacts:
    """The genre facts of ``doc``: labels, argument sentences, press-release markers and the kind they make.

    The evidence holds the labels and press-release markers found, and the argument cues when the
    text is an opinion piece (in a news report a stray "should" is evidence of nothing).
    """
    evidence: list[GenreCue] = []
    marks: Found = []
    labels = _labels(doc, evidence, marks)
    press = _press_release(doc, marks)
    argument_cues: Found = []
    arguments, stance = _arguments(doc, attribution, argument_cues, labels > 0)
    n_sentences = len(doc.sentences)
    n_args = len(arguments)
    if press >= 2:
        kind = PRESS_RELEASE
    elif (labels and n_args >= LABELLED_MIN and n_args >= LABELLED_SHARE * n_sentences) or (
        n_args >= UNLABELLED_MIN and n_args >= UNLABELLED_SHARE * n_sentences and stance >= STANCE_MIN
    ):
        kind = OPINION
        marks += argument_cues
    elif not attribution.cues and not arguments and (
        len(attribution.claims) < OTHER_MIN_CLAIMS or len(attribution.claims) < OTHER_CLAIM_SHARE * n_sentences
    ):
        kind = OTHER
    else:
        kind = NEWS_REPORT
    if marks:
        marks.sort()
        evidence.extend(_cue(doc, start, end, cue) for start, end, cue in marks)
    return GenreFacts(kind, evidence, frozenset(arguments), stance, labels > 0, press)


def _labels(doc: Document, evidence: list[GenreCue], marks: Found) -> int:
    """Opinion labels in the title (to ``evidence``), the first lines (label, byline) and the last lines (footer, to ``marks``)."""
    found = 0
    title = doc.title
    if title:
        m = _LEADING_LABEL_RE.match(title) or _TRAILING_LABEL_RE.search(title)
        if m:
            evidence.append(GenreCue(m.start(1), m.end(1), m.group(1), LABEL, "title"))
            found += 1
    runs = doc.lowered_runs
    if runs is not None and runs.isdisjoint(_LABEL_RUNS):
        return found  # none of the words of a label, a byline role or a footer
    paragraphs, text = doc.paragraphs, doc.text
    for index in range(min(HEAD_LINES, len(paragraphs))):
        start, end = paragraphs[index]
        if end - start > LABEL_LINE_CHARS:
            break  # the body has begun
        line = text[start:end]
        cue = LABEL
        m = (_LEADING_LABEL_RE.match(line) or _TRAILING_LABEL_RE.search(line)) if index == 0 else None
        if m is None:
            m, cue = _BYLINE_RE.search(line), BYLINE
        if m is not None:
            marks.append((start + m.start(1), start + m.end(1), cue))
            found += 1
    if runs is not None and runs.isdisjoint(_FOOTER_RUNS):
        return found
    for index in range(max(len(paragraphs) - FOOT_LINES, min(HEAD_LINES, len(paragraphs))), len(paragraphs)):
        start, end = paragraphs[index]
        m = _FOOTER_RE.search(text, start, min(end, start + 2 * LABEL_LINE_CHARS))
        if m is not None:
            g = 1 if m.group(1) else 2
            marks.append((m.start(g), m.end(g), BYLINE))
            found += 1
    return found


def _press_release(doc: Document, marks: Found) -> int:
    """Press-release markers (a strong one counts 2), added to ``marks``."""
    text, lowered, runs = doc.text, doc.lowered, doc.lowered_runs
    count = 0
    if lowered is None or runs is None:  # lower-casing moved offsets: the regexes over the text itself
        for matcher, weight in ((_RELEASE_STRONG, 2), (_RELEASE_WEAK, 1)):
            for m in matcher.finditer(text, lowered, runs):
                marks.append((m.start(), m.end(), RELEASE))
                count += weight
    else:
        phrases = () if runs.isdisjoint(_RELEASE_WORDS) else _RELEASE_PHRASES
        for phrase, needed, weight in phrases:
            if needed <= runs:
                for start in _found(lowered, phrase, word_end=True):
                    marks.append((start, start + len(phrase), RELEASE))
                    count += weight
    if runs is None or "about" in runs:  # "About Tallis Freight Group": a short heading over the boilerplate
        for start, end in doc.paragraphs[1:][-ABOUT_LAST_LINES:]:
            if text.startswith("About ", start) and text.count(" ", start, end) < ABOUT_HEADING_WORDS and text[end - 1] != ".":
                marks.append((start, end, RELEASE))
                count += 1
    for start, end in doc.paragraphs[-FOOT_LINES:]:
        if end - start < 10 and text[start:end].strip() == "###":  # the end mark of a release
            marks.append((start, end, RELEASE))
            count += 2
    return count


def _arguments(doc: Document, attribution: AttributionFeatures, marks: Found, labelled: bool) -> tuple[set[int], int]:
    """The argument sentences in the writer's voice, and how many carry a first-person stance; cues added to ``marks``.

    A cascade, for speed: the first-person stances ("I think") and the questions first; the
    collective stances ("we must", "in my view") and the modals ("should") only when the text is
    labelled, has a first-person stance or CASCADE_QUESTIONS questions (a news report has none of
    these, and is spared eight scans of its text). An unlabelled piece argued only in "we must" and
    "should" is therefore read as a news report.
    """
    text, lowered, runs = doc.text, doc.lowered, doc.lowered_runs
    coverage = attribution.coverage
    arguments: set[int] = set()
    stance: set[int] = set()
    inside_stance: set[int] = set()  # the positions inside stance cues: "we must" is not also a "must"
    for step, (matcher, cue, firsts, seconds, needles) in enumerate(_GATES):
        if step == 1:
            questions = _questions(doc, coverage, arguments, marks)
            if not (labelled or stance or questions >= CASCADE_QUESTIONS):
                break
        if runs is not None and (runs.isdisjoint(firsts) or runs.isdisjoint(seconds)):
            continue
        for m in _matches(matcher, needles, text, lowered, runs):
            start = m.start()
            if start in inside_stance or doc.in_quote(start) is not None:
                continue
            index = doc.sentence_index(start)
            covering = coverage.get(index)
            if covering is not None and _someone_else(doc, covering, index) and not _before_subject(covering, start):
                continue
            arguments.add(index)
            if cue == STANCE:
                stance.add(index)
                inside_stance.update(range(start, m.end()))
            marks.append((start, m.end(), cue))
    return arguments, len(stance)


def _before_subject(cue: Cue, start: int) -> bool:
    """Whether ``start`` comes before the subject of ``cue``: "I believe that is a mistake, and my neighbours would say so"."""
    return cue.subject is not None and start < cue.subject[0]


def _questions(doc: Document, coverage: dict[int, Cue], arguments: set[int], marks: Found) -> int:
    """Questions in the writer's voice (outside quotations, attributed to no one): added to ``arguments`` and ``marks``; how many."""
    text = doc.text
    pos = text.find("?")
    if pos < 0:
        return 0
    found = 0
    sentences = doc.sentences
    while pos >= 0:
        index = doc.sentence_index(pos)
        s = sentences[index]
        if pos == s.end - 1 and index not in coverage and doc.in_quote(pos) is None:
            arguments.add(index)
            marks.append((s.start, s.end, QUESTION))
            found += 1
        pos = text.find("?", pos + 1)
    return found


_PRONOUN_I = ("I ", "I'")
_PRONOUN_I_NEXT = (" ", "'")


def _found(subject: str, needle: str, word_end: bool = False) -> list[int]:
    """Where ``needle`` occurs in ``subject`` at the start of a word (and, with ``word_end``, ending one)."""
    found: list[int] = []
    i = subject.find(needle)
    while i >= 0:
        j = i + len(needle)
        if (i == 0 or not _is_word(subject[i - 1])) and not (word_end and j < len(subject) and _is_word(subject[j])):
            found.append(i)
        i = subject.find(needle, i + 1)
    return found


def _is_word(char: str) -> bool:
    """Whether ``char`` is a ``\\w`` character."""
    return char.isalnum() or char == "_"


def _matches(
    matcher: PhraseMatcher, needles: tuple[str, ...], text: str, lowered: str | None, runs: frozenset[str] | None
) -> Iterator[re.Match[str]]:
    """What ``matcher.finditer`` yields, its pattern tried only where one of ``needles`` starts a word."""
    if lowered is None or runs is None:
        yield from matcher.finditer(text, lowered, runs)
        return
    subject = lowered if matcher.ignore_case else text
    if needles == _PRONOUN_I:  # one scan for the letter (str.find of one character is the cheapest scan)
        starts = [i for i in _found(subject, "I") if subject.startswith(_PRONOUN_I_NEXT, i + 1)]
    else:
        starts = sorted(i for needle in needles for i in _found(subject, needle))
    yield from matches_from(matcher.exact, subject, starts)


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
