"""Numeric claims (percentages, counts, money, ratios, multipliers, ranks) and whom they are pinned on.

A statistic's attribution is ``named`` when the cue covering it points at a named person,
organization or document a reader could check; ``vague`` when it points at a vague collective,
an unnamed source or hearsay ("are said to"); ``none`` when nothing covers it.

What covers a figure, first found first taken:

1. inside a double quotation, the cue the quotation hangs on: the cue right after it in its
   paragraph ('"... 30,000 emails." Trump said.'), or right before it ('Smith said: "..."', or at the
   end of the paragraph before when a colon introduces the quotation), or the cue of the quotation it
   goes on from ('"...," Varmus said. "It was 10 years ago."'), or else a named source a colon
   hands it to with no verb ('Michael P. McDonald: "..."');
2. a sourced cue (or hearsay) in the figure's sentence, the nearest;
3. the cue attribution says covers the sentence;
   (in 2 and 3, not a cue whose subject is a share of the people polled, "47 percent said ...", which names
   no source for the poll's figures; nor a cue for a figure inside the words naming its speaker, "Trump, who
   has 9 million followers, tweeted")
4. a document named in the sentence ("In a Gallup poll released Monday, 52 percent ...");
5. what the figure's own clause names (``figure_clauses``): the record it is "in" ("by 28 points in the
   same poll"), or the subject of a reporting verb whose object holds it ("Forbes put his net worth at
   $45 billion", "A Monmouth poll showed Clinton with 51 percent");
6. a report or document the sentence before names, in the same paragraph: the sentence right
   after "according to the report" or "The Labor Department's report came out on Friday."
   elaborates it when it holds a figure, has no cue of its own and is not a question. (Longer
   chains were measured on the PolNeAR gold: they attributed narrator figures, nothing more.)

A figure's kind (named / vague) follows its source's specificity as ``source_phrases.classify``
reads it; a bare statistic with none of these stays unsourced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .attribution import AttributionFeatures, Cue
from .document import Document, Quote
from .figure_clauses import record_after, reporting_subject
from .fast import ascii_folding, char_starts, has_non_ascii_match, matches_from, word_starts
from .source_phrases import DOCUMENT, NAMED_KINDS, SourcePhrase, classify
from .spans import FeatureSet, Span
from .vocabulary.statistics import (
    COUNT_NOUN_STOPWORDS,
    DOCUMENT_HEADS,
    MONTH_PREFIXES,
    NP_BREAKS,
    MULTIPLIERS,
    NUMBER_WORDS,
    ORDINAL_RANKS,
    SCALE_WORDS,
    SUPERLATIVES,
)

NAMED, VAGUE, NONE = "named", "vague", "none"

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = "|".join(SCALE_WORDS)
# Matched by _statistics() only where one can start (see there); the lookahead lets a full scan
# skip, cheaply, every position that cannot start a statistic.
_STAT_RE = re.compile(
    rf"(?=[\d$\u20ac\u00a3\u00a5dtqhofstne])(?<![\w.,$\u20ac\u00a3-])(?:"
    rf"(?P<percent>(?:{_NUM})\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b))"
    rf"|(?P<money>[$\u20ac\u00a3\u00a5]\s?(?:{_NUM})(?:\s?(?:{_SCALE}|bn|m|k)\b)?)"
    rf"|(?P<ratio>(?:\d+|{'|'.join(NUMBER_WORDS)})\s+(?:in|out\s+of)\s+(?:\d+|{'|'.join(NUMBER_WORDS[1:])}|every)\b)"
    rf"|(?P<count>(?:{_NUM})(?:\s+(?:{_SCALE}))?(?=\s+\[?(?:[a-z][a-z-]+\s+){{0,2}}[a-z][a-z-]+))"
    rf"|(?P<multiplier>\b(?:{'|'.join(MULTIPLIERS)})\b|\b\d+-fold\b)"
    rf"|(?P<rank>\b(?:{'|'.join(ORDINAL_RANKS)})-(?:{'|'.join(SUPERLATIVES)})\b)"
    rf")",
    re.IGNORECASE,
)
# Where a statistic can start: a digit or currency sign that starts a word, or one of these words.
_STAT_START_RE = re.compile(r"[\d$\u20ac\u00a3\u00a5](?<![\w.,$\u20ac\u00a3-].)")
_STAT_WORDS = (*NUMBER_WORDS, *MULTIPLIERS, *ORDINAL_RANKS)
_START_CHARS = "0123456789$\u20ac\u00a3\u00a5"  # _STAT_START_RE's class, but for non-ASCII digits
_NOT_BEFORE_START = frozenset("_.,$\u20ac\u00a3-")  # _STAT_START_RE's lookbehind, but for alphanumerics
_DECIMAL_RE = re.compile(r"\d")
_FOLLOW_RE = re.compile(r"\s+\[?([a-z][a-z-]+)")
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d$")
_MONTH_BEFORE_RE = re.compile(r"(?:" + "|".join(MONTH_PREFIXES) + r")[a-z]*\.?\s+$")
# A document named in a sentence: one of DOCUMENT_HEADS as a whole word (lower case: "Poll" in a
# name is caught by the lower-cased head after it, or not at all).
# The lookahead on the heads' first letters lets the scan skip every other position in C.
_DOC_HEAD_RE = re.compile(
    r"(?=[" + "".join(sorted({w[0] for w in DOCUMENT_HEADS})) + r"])(?<![\w-])(?:"
    + "|".join(sorted(DOCUMENT_HEADS, key=len, reverse=True)) + r")(?![\w-])"
)
_NP_TOKEN_RE = re.compile(r"[\w.&'\u2019/-]+\Z")
_NP_BREAKS = frozenset(NP_BREAKS)
_CLAUSE_END_RE = re.compile(r"[^,;:.!?\"()\u2014\n]{0,120}")
_PARTICIPLES = frozenset({"released", "published", "issued", "conducted", "taken", "out", "dated", "filed"})
_QUOTE_GAP = 120
_FIGURE_RE = re.compile(r"[\d%$\u20ac\u00a3\u00a5]")  # what a sentence holding a figure holds  # characters at most between a quotation and the cue it hangs on


@dataclass(frozen=True, slots=True)
class Statistic:
    """A numeric claim and the source it is pinned on."""

    start: int
    end: int
    span: Span
    text: str
    kind: str  # percent | money | ratio | count | multiplier | rank
    attribution: str  # named | vague | none
    source: str | None  # original text of the source phrase
    source_kind: str | None  # person | organization | document | anonymous | vague | hearsay
    cue: Cue | None


@dataclass(slots=True)
class StatisticsFeatures(FeatureSet):
    """The article's numeric claims with their attribution."""

    statistics: list[Statistic] = field(default_factory=list)


def extract(doc: Document, attribution: AttributionFeatures) -> StatisticsFeatures:
    """Find numeric claims and say whether each is traceable to a named source."""
    stats: list[Statistic] = []
    finder: _CueFinder | None = None
    for m in _statistics(doc):
        kind = m.lastgroup or "count"
        if kind == "count" and not _is_count(doc.text, m):
            continue
        start, end = m.start(), m.end()
        finder = finder or _CueFinder(doc, attribution)
        cue = finder.cue_for(start, end)
        label, source, source_kind = _attribution_of(cue)
        span = doc.span(start, end, f"statistic:{label}")
        stats.append(
            Statistic(start, end, span, doc.original[span.start : span.end], kind, label, source, source_kind, cue)
        )
    result = StatisticsFeatures("statistics", statistics=stats)
    result.evidence = [s.span for s in stats if s.attribution != NAMED]
    result.values = _values(doc, stats)
    return result


class _CueFinder:
    """Which cue covers a figure at a position: see the module docstring for the order."""

    def __init__(self, doc: Document, attribution: AttributionFeatures) -> None:
        self.doc = doc
        self.attribution = attribution
        self.by_sentence: dict[int, list[Cue]] = {}
        for cue in attribution.cues:
            self.by_sentence.setdefault(cue.sentence, []).append(cue)
        self._quote_cues: dict[int, Cue | None] = {}
        self._documents: dict[int, list[tuple[Cue, bool]]] = {}
        self._speech: list[Cue] | None = None

    def cue_for(self, pos: int, end: int | None = None) -> Cue | None:
        """The cue a figure at normalized ``[pos, end)`` is pinned on, or None."""
        doc = self.doc
        sentence = doc.sentence_index(pos)
        quote = doc.in_quote(pos)
        if quote is not None and quote.kind == "double":
            cue = self._quote_cue(quote)
            if cue is not None:
                return cue
        here = [c for c in self.by_sentence.get(sentence, ()) if (c.source is not None or c.hearsay) and _may_source(c, pos)]
        if here:
            return min(here, key=lambda c: abs(c.start - pos))
        cue = self.attribution.coverage.get(sentence)
        if cue is not None and _may_source(cue, pos):
            return cue
        documents = [c for c, framing in self._documents_in(sentence) if framing]
        if documents:
            return min(documents, key=lambda c: abs(c.start - pos))
        return self._in_clause(sentence, pos, pos if end is None else end) or self._carried(sentence)

    def _in_clause(self, sentence: int, pos: int, end: int) -> Cue | None:
        """The record a figure is "in", or the subject reporting it, in the figure's own clause (see figure_clauses)."""
        doc = self.doc
        s = doc.sentences[sentence]
        record = record_after(doc, s.end, pos, end)
        if record is not None:
            return Cue(record.start, record.end, record.span, "document", sentence, record)
        found = reporting_subject(doc, s.start, pos)
        if found is None:
            return None
        v_start, v_end, verb, source = found
        return Cue(v_start, v_end, doc.span(v_start, v_end, "attribution"), verb, sentence, source)

    # -- quotations ------------------------------------------------------------------------------
    def _outside_cues(self) -> list[Cue]:
        """The sourced cues outside every quotation, in text order."""
        if self._speech is None:
            self._speech = [c for c in self.attribution.cues if c.source is not None and self.doc.in_quote(c.start) is None]
        return self._speech

    def _quote_cue(self, quote: Quote) -> Cue | None:
        """The cue a double quotation hangs on: after it, before it, or that of the quotation it goes on from."""
        key = quote.start
        if key not in self._quote_cues:
            self._quote_cues[key] = None  # a quotation chained to itself finds nothing
            self._quote_cues[key] = self._find_quote_cue(quote)
        return self._quote_cues[key]

    def _find_quote_cue(self, quote: Quote) -> Cue | None:
        doc, text = self.doc, self.doc.text
        paragraph = self._paragraph(quote.start)
        cues = self._outside_cues()
        after = next((c for c in cues if c.start >= quote.end), None)
        before = next((c for c in reversed(cues) if c.end <= quote.start), None)
        if after is not None and self._paragraph(after.start) == paragraph:
            gap = text[quote.end : after.start]
            if len(gap) <= _QUOTE_GAP and '"' not in gap and not _ends_sentence(gap):
                return after  # '"...," Smith said' / '"... missing." Trump said.'
        introduced = text[: quote.start].rstrip().endswith(":")  # 'Smith said:' / 'Michael McDonald:' before it
        if before is not None and (
            self._paragraph(before.end) == paragraph or (introduced and self._paragraph(before.end) == paragraph - 1)
        ):
            gap = text[before.end : quote.start]
            if len(gap) <= _QUOTE_GAP and '"' not in gap:
                return before  # 'Smith said: "..."' / 'Smith said. "..."' / 'The Times reported: ¶ "..."'
        previous = self._previous_quote(quote)
        if previous is not None:
            between = (previous.end, quote.start)
            if not any(between[0] <= c.start < between[1] for c in cues):
                return self._quote_cue(previous)  # '"...," Varmus said. "It was 10 years ago."'
        return self._introducer(quote) if introduced else None

    def _introducer(self, quote: Quote) -> Cue | None:
        """The source a colon hands a quotation to, with no cue verb: 'Michael P. McDonald: "..."'."""
        doc, text = self.doc, self.doc.text
        colon = text.rindex(":", 0, quote.start)
        s = doc.sentences[doc.sentence_index(colon)]
        start = max(s.start, colon - _QUOTE_GAP, *(text.rfind(mark, s.start, colon) + 1 for mark in "-\u2014;("))
        source = classify(doc, start, colon) if text[start:colon].strip() else None
        if source is None or source.kind not in NAMED_KINDS:
            return None
        return Cue(colon, colon + 1, doc.span(colon, colon + 1, "attribution"), "colon", s.index, source)

    def _previous_quote(self, quote: Quote) -> Quote | None:
        """The double quotation before ``quote`` in its paragraph, or the one left open at the end of the paragraph before."""
        doc = self.doc
        paragraph = self._paragraph(quote.start)
        previous = None
        for q in doc.quotes:
            if q.start >= quote.start:
                break
            if q.kind == "double" and q.end <= quote.start:
                previous = q
        if previous is None:
            return None
        p = self._paragraph(previous.start)
        if p == paragraph or (p == paragraph - 1 and previous.continues):
            return previous
        return None

    def _paragraph(self, pos: int) -> int:
        sentences = self.doc.sentences
        return sentences[self.doc.sentence_index(pos)].paragraph if sentences else 0

    # -- documents and what carries them ----------------------------------------------------------
    def _documents_in(self, sentence: int) -> list[tuple[Cue, bool]]:
        """The documents named in ``sentence`` as cues, each with whether it frames the sentence's figures ("In a poll, ...")."""
        if sentence not in self._documents:
            self._documents[sentence] = list(_document_mentions(self.doc, sentence))
        return self._documents[sentence]

    def _carried(self, sentence: int) -> Cue | None:
        """The report or document the sentence before names, which ``sentence`` (no cue of its own) elaborates.

        The sentence right after "according to the report" or "The Labor Department's report came
        out on Friday." in the same paragraph goes on with that document, unless it is a question.
        """
        doc = self.doc
        if sentence == 0 or doc.sentences[sentence - 1].paragraph != doc.sentences[sentence].paragraph:
            return None
        if doc.text[doc.sentences[sentence].end - 1] == "?":
            return None
        before = sentence - 1
        own = self.by_sentence.get(before)
        cue = self.attribution.coverage.get(before)
        if own or cue is not None:
            sourced = [c for c in own or () if c.source is not None]
            cue = cue if cue is not None and cue.source is not None else (sourced[-1] if sourced else None)
            return cue if cue is not None and _is_report(cue) else None
        s = doc.sentences[before]
        figure = _FIGURE_RE.search(doc.text, s.start, s.end) is not None
        for c, framing in reversed(self._documents_in(before)):
            if framing or (not figure and c.source is not None and c.source.kind == DOCUMENT):
                return c  # "In a poll, ..." or "The Labor Department's report came out on Friday."
            if not figure:
                break
        return None


def _may_source(cue: Cue, pos: int) -> bool:
    """Whether ``cue`` may source the figure at ``pos`` of its sentence: not when the figure is in the words that
    name the speaker ("Mrs. Clinton, who won 49 states, said", "said Jane Doe, whose group has 25,000 members"),
    and not when the speaker is a share of the people polled ("47 percent said": the figures are the poll's)."""
    if cue.respondents:
        return False
    subject = cue.subject
    if subject is None or cue.linked:
        return True
    return not (min(cue.start, subject[0]) <= pos < max(cue.end, subject[1]))


def _ends_sentence(gap: str) -> bool:
    """Whether ``gap`` (text between a quotation and a cue) holds a sentence end: a mark, then a space."""
    return any(gap.find(mark + " ") >= 0 for mark in ".!?")


def _is_report(cue: Cue) -> bool:
    """Whether the sentences after ``cue`` may elaborate what it attributes: a document or a report, poll or study."""
    source = cue.source
    if source is None:
        return False
    if source.kind == DOCUMENT:
        return True
    words = source.text.lower().split()
    head = words[-1].removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019") if words else ""
    return head in DOCUMENT_HEADS


def _opens_clause_with_in(text: str, lo: int, start: int) -> bool:
    """Whether "in" stands before ``start`` and opens the sentence (from ``lo``) or a clause after a comma, semicolon or dash."""
    k = start - 1
    if k - 2 < lo or text[k] != " " or text[k - 2 : k].lower() != "in":
        return False
    before = text[lo : k - 2].rstrip()
    return not before or before[-1] in ",;:\u2014("


def _document_mentions(doc: Document, sentence: int) -> Iterator[tuple[Cue, bool]]:
    """Noun phrases of ``sentence`` headed by a document noun that ``classify`` reads as a source.

    Two places count: after an "In" that opens the sentence or a clause, where the document frames
    the figures of the sentence ("In a Gallup poll released Monday, 52 percent ..."; True), and at
    the start of the sentence, where it is the topic the next sentences elaborate ("The Labor
    Department's report came out on Friday."; False). Elsewhere a document noun is too often the
    subject of a figure rather than its source ("the poll surveyed 1,000 adults").
    """
    s = doc.sentences[sentence]
    text = doc.text
    for m in _DOC_HEAD_RE.finditer(text, s.start, s.end):
        start = m.start()
        taken = 0
        while taken < 6 and start - 1 > s.start and text[start - 1] == " ":
            k = text.rfind(" ", s.start, start - 1) + 1 or s.start
            token = text[k : start - 1]
            if not _NP_TOKEN_RE.match(token) or token.lower() in _NP_BREAKS:
                break
            start, taken = k, taken + 1
        framing = taken > 0 and _opens_clause_with_in(text, s.start, start)
        if not framing and (start != s.start or not taken):
            continue
        end = m.end()
        tail = _CLAUSE_END_RE.match(text, end, s.end)
        if tail is not None and tail.group().split()[:1] and tail.group().split()[0] in _PARTICIPLES:
            end = tail.end()
        source = classify(doc, start, end)
        if source is None:
            continue
        yield Cue(source.start, source.end, source.span, "document", sentence, source), framing


def _statistics(doc: Document) -> Iterator[re.Match[str]]:
    """What ``_STAT_RE.finditer(doc.text)`` yields, trying the pattern only where a match can start.

    A statistic starts with a digit or currency sign, or with one of _STAT_WORDS, which then is
    a whole word of the lower-cased text (the pattern ignores case: see fast.ascii_folding).
    """
    text, runs = doc.text, doc.lowered_runs
    if runs is None or not ascii_folding(text):
        return _STAT_RE.finditer(text)
    starts = _start_positions(text)
    words = runs.intersection(_STAT_WORDS)
    if words:
        starts = sorted(starts + word_starts(doc.lowered, words))  # type: ignore[arg-type]
    return matches_from(_STAT_RE, text, starts)


def _start_positions(text: str) -> list[int]:
    """What ``[m.start() for m in _STAT_START_RE.finditer(text)]`` gives, found with ``str.find``.

    Every digit or currency sign is looked up with ``str.find`` (articles hold a few dozen) and
    kept unless an alphanumeric (``\\w``) or one of ``_.,$\u20ac\u00a3-`` precedes it: far cheaper than
    a regex scan of every character. ``\\d`` also matches non-ASCII decimals ("\u0663"): a text
    holding one is scanned.
    """
    if not text.isascii() and _has_non_ascii_decimal(text):
        return [m.start() for m in _STAT_START_RE.finditer(text)]
    return char_starts(text, _START_CHARS, _NOT_BEFORE_START)


def _has_non_ascii_decimal(text: str) -> bool:
    """Whether ``text`` holds a non-ASCII ``\\d``; only its non-ASCII characters are scanned."""
    return has_non_ascii_match(text, _DECIMAL_RE)


def _is_count(text: str, m: re.Match[str]) -> bool:
    number = m.group("count")
    digits = number.replace(",", "")
    follow = _FOLLOW_RE.match(text, m.end())
    noun = follow.group(1).lower() if follow else ""
    if noun in COUNT_NOUN_STOPWORDS:
        return False
    if "," not in number and _YEAR_RE.match(digits.split(".")[0]) and " " not in number:
        return False  # a year, not a count
    if _MONTH_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "March 27"
    try:
        return float(digits.split()[0]) >= 10 or " " in number
    except ValueError:
        return False


def _attribution_of(cue: Cue | None) -> tuple[str, str | None, str | None]:
    if cue is None:
        return NONE, None, None
    if cue.hearsay or cue.source is None:
        return VAGUE, None, "hearsay"
    label = NAMED if cue.source.kind in NAMED_KINDS else VAGUE
    return label, cue.source.text, cue.source.kind


def _values(doc: Document, stats: list[Statistic]) -> dict[str, float]:
    n = len(stats)
    n_sent = max(1, len(doc.sentences))
    by_label = dict.fromkeys((NAMED, VAGUE, NONE), 0)
    percents = 0
    for s in stats:
        by_label[s.attribution] += 1
        percents += s.kind == "percent"
    share = {k: (count / n if n else 0.0) for k, count in by_label.items()}
    return {
        "statistics.count": float(n),
        "statistics.per_sentence": n / n_sent,
        "statistics.named_share": share[NAMED],
        "statistics.vague_share": share[VAGUE],
        "statistics.unsourced_share": share[NONE],
        "statistics.unverifiable_per_sentence": (n - by_label[NAMED]) / n_sent,
        "statistics.percent_per_sentence": percents / n_sent,
    }
