"""One parse of an article: normalized text, offset map, paragraphs, sentences and quotations.

Every extractor reads a :class:`Document`; nobody re-splits the text. Positions inside the
Document are offsets into the *normalized* text; :meth:`Document.span` maps them back to the
ORIGINAL text, which is what every report exposes.
"""

from __future__ import annotations

import bisect
import re
import string
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from .fast import JoinedRuns, char_positions
from .spans import Span
from .vocabulary.abbreviations import ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS

# Characters rewritten by normalization. Quotes keep their direction in a side table because the
# normalized text only has straight marks.
_DOUBLE_OPEN = "\u201c\u201e\u00ab"  # “ „ «
_DOUBLE_CLOSE = "\u201d\u00bb\u201f\u2033"  # ” » ‟ ″
_SINGLE_OPEN = "\u2018\u201a"  # ‘ ‚
_SINGLE_CLOSE = "\u2019\u201b\u2032"  # ’ ‛ ′
_REPLACEMENTS: dict[str, str] = {
    "\r\n": "\n",
    "\r": "\n",
    "\t": " ",
    "\u2026": "...",
    "\u2013": "\u2014",
    "\u2012": "\u2014",
    "\u2015": "\u2014",
    **{c: '"' for c in _DOUBLE_OPEN + _DOUBLE_CLOSE},
    **{c: "'" for c in _SINGLE_OPEN + _SINGLE_CLOSE},
    **{c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\x0b\x0c"},
    **{c: "" for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},
}
# Some corpora strip every comma, leaving two spaces ("Alex Jones  a prominent theorist"):
# restoring the comma keeps clause and appositive detection working on such text.
_STRIPPED_COMMA = "  "
_REPLACEMENTS[_STRIPPED_COMMA] = ", "
# Two apostrophes are a double quote mark: the typewriter and TeX convention, and how the New York
# Times texts of PolNeAR (and other wire archives) write both marks (''No,'' he said). Their
# direction is left to the context, as for a straight mark.
_DOUBLED_APOSTROPHE = "''"
_REPLACEMENTS[_DOUBLED_APOSTROPHE] = '"'
_REPLACED_CHARS = "".join(re.escape(k) for k in _REPLACEMENTS if len(k) == 1)
# Two apostrophes, "\r\n", a stripped comma's two spaces between words, or a replaced character (the definition:
# parse finds these matches with str.find, see _normalization_matches).
_NORMALIZE_RE = re.compile(
    "''|"
    f"[\r {_REPLACED_CHARS}]"
    + f"(?:(?<=\r)\n|(?<=[A-Za-z0-9%\"')] ) (?=[A-Za-z0-9\"$(])|(?<=[{_REPLACED_CHARS}]))"
)
_REPLACED = tuple(k for k in _REPLACEMENTS if len(k) == 1)
_ASCII_REPLACED = tuple(c for c in _REPLACED if c.isascii())
_BEFORE_STRIPPED_COMMA = string.ascii_letters + string.digits + "%\"')"
_AFTER_STRIPPED_COMMA = string.ascii_letters + string.digits + "\"$("
_QUOTE_MARK_RE = re.compile(r'"')
_SINGLE_MARK_RE = re.compile("'")
_PARAGRAPH_RE = re.compile(r"[^\n]+")
# A sentence may end at . ! ? (possibly repeated) followed by closing quotes/brackets and a space.
# Starts only at the first mark of a run, possessive: linear on "......" (no rescans of the run).
# The lookahead takes the word after it (group 1): a mark at the end of a paragraph is no candidate.
_BOUNDARY_RE = re.compile(r"[.!?](?<![.!?].)[.!?]*+[\"')\]]*+(?=\s+(\S+))")
# The same in a paragraph without "!" or "?": a pattern that starts with a literal character is
# searched by a much cheaper loop than one that starts with a character set.
_DOT_BOUNDARY_RE = re.compile(r"\.(?<!\.\.)\.*+[\"')\]]*+(?=\s+(\S+))")
_ABBREVIATION_CHARS = string.ascii_letters + "."
_WORD_SEPARATORS = "'\u2019-"  # what joins two \w runs into one word token ("Korea's", "medium-range")
_WORDS = JoinedRuns(_WORD_SEPARATORS)
_WORD_RE = _WORDS.pattern  # a word token: \w+(?:['\u2019-]\w+)*
_CAPITALISED_RE = re.compile(r"[A-Z](?<!\w.)\w*")  # a capital that starts a word

MAX_SINGLE_QUOTE = 300  # longest span taken for a single-quoted phrase (scare quotes, titles)


@dataclass(slots=True, unsafe_hash=True)  # not frozen: a frozen __init__ costs 3x, built ~20 times an article
class Sentence:
    """A sentence: ``[start, end)`` in normalized text, its index and its paragraph."""

    start: int
    end: int
    index: int
    paragraph: int


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see Sentence
class Quote:
    """A quotation: ``[start, end)`` includes the marks; ``inner_*`` excludes them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    kind: str  # "double" | "single"
    closed: bool  # False when the closing mark was missing (best-effort span)
    continues: bool = False  # a multi-paragraph quote that goes on in the next paragraph


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see Sentence
class _Segment:
    norm_start: int
    orig_start: int
    orig_end: int
    identity: bool


class Document:
    """A parsed article. Build it once with :func:`parse`; all attributes are read-only."""

    def __init__(
        self,
        original: str,
        text: str,
        segments: list[_Segment],
        quote_directions: dict[int, str],
        title: str | None,
        published: date | None,
    ) -> None:
        self.original = original
        self.text = text
        self.title = title
        self.published = published
        self._segments = segments
        self._segment_starts = [s.norm_start for s in segments]
        # Normalization changed nothing (most ASCII articles): offsets are the same in both texts.
        self._unchanged = text == original
        self.paragraphs: list[tuple[int, int]] = [m.span() for m in _PARAGRAPH_RE.finditer(text) if m.group().strip()]
        self.sentences: list[Sentence] = _split_sentences(text, self.paragraphs)
        self._sentence_starts = [s.start for s in self.sentences]
        self.quotes: list[Quote] = _find_quotes(text, self.paragraphs, quote_directions)

    # -- offsets -------------------------------------------------------------------------------
    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized ``[start, end)`` to the original text."""
        if not self._segments:
            return 0, 0
        if self._unchanged and end > start:
            return start, end
        if end <= start:
            pos = self._orig_start(start) if start < len(self.text) else len(self.original)
            return pos, pos
        return self._orig_start(start), self._orig_end(end - 1)

    def _segment(self, pos: int) -> _Segment:
        return self._segments[bisect.bisect_right(self._segment_starts, pos) - 1]

    def _orig_start(self, pos: int) -> int:
        seg = self._segment(pos)
        return seg.orig_start + (pos - seg.norm_start) if seg.identity else seg.orig_start

    def _orig_end(self, last: int) -> int:
        seg = self._segment(last)
        return seg.orig_start + (last - seg.norm_start) + 1 if seg.identity else seg.orig_end

    def span(self, start: int, end: int, label: str = "") -> Span:
        """Evidence span for normalized ``[start, end)``: original offsets plus sentence index."""
        # to_original and sentence_index, inlined (a span is built for every piece of evidence)
        if self._unchanged and end > start:
            ostart, oend = start, end
        else:
            ostart, oend = self.to_original(start, end)
        index = bisect.bisect_right(self._sentence_starts, start) - 1
        return Span(ostart, oend, index if index > 0 else 0, label)

    # -- lookups -------------------------------------------------------------------------------
    def sentence_index(self, pos: int) -> int:
        """Index of the sentence containing (or nearest before) normalized position ``pos``."""
        index = bisect.bisect_right(self._sentence_starts, pos) - 1
        return index if index > 0 else 0

    def sentence_text(self, index: int) -> str:
        """Normalized text of sentence ``index``."""
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def in_quote(self, pos: int) -> Quote | None:
        """The innermost quotation whose inner text contains ``pos``, if any."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        # Walk back past quotes nested in an enclosing one ("... 'no' and we left," she said).
        while i >= 0 and self._quote_reach[i] > pos:
            if self.quotes[i].inner_start <= pos < self.quotes[i].inner_end:
                return self.quotes[i]
            i -= 1
        return None

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.inner_start for q in self.quotes]

    @cached_property
    def _quote_reach(self) -> list[int]:
        """Running maximum of ``inner_end`` over the quotes in start order."""
        reach: list[int] = []
        for q in self.quotes:
            reach.append(max(q.inner_end, reach[-1]) if reach else q.inner_end)
        return reach

    @cached_property
    def capitalised_words(self) -> dict[str, list[int]]:
        """Start offsets of the words that begin with a capital A-Z, by their leading ``\\w`` run.

        ``"O'Brien"`` is found under ``"O"``, ``"Saakyan's"`` under ``"Saakyan"``. Built once, on first
        use, so that looking a name up elsewhere in the article costs its occurrences, not a scan.
        """
        index: dict[str, list[int]] = {}
        for m in _CAPITALISED_RE.finditer(self.text):
            index.setdefault(m.group(), []).append(m.start())
        return index

    @cached_property
    def words(self) -> list[str]:
        """The article's word tokens ("Korea's" and "medium-range" are one token each)."""
        return _words(self.text)

    @cached_property
    def lowered(self) -> str | None:
        """The text lower-cased, or None when that changes its length ("İ"): offsets would shift."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    @cached_property
    def lowered_words(self) -> list[str] | None:
        """The word tokens of :attr:`lowered` (None without it): :attr:`words`, each lower-cased.

        Lower-casing keeps each character's class (``\\w``, joiner or other) when it keeps the
        text's length, so these are the lower-cased tokens; only a final sigma may read otherwise,
        as ``str.lower`` decides it from the characters around the token.
        """
        lowered = self.lowered
        return None if lowered is None else _words(lowered)

    @cached_property
    def lowered_runs(self) -> frozenset[str] | None:
        """The ``\\w`` runs of :attr:`lowered` (None without it)."""
        words = self.lowered_words
        if words is None:
            return None
        # A token is a \w run unless it holds a joiner: those few are split at their joiners. The
        # set reuses the tokens' hashes, computed once for the syllables too.
        runs = frozenset(words)
        joined = _joined_tokens(" ".join(runs))
        if not joined:
            return runs
        parts = " ".join(joined)
        for joiner in _WORD_SEPARATORS:
            parts = parts.replace(joiner, " ")
        return runs.difference(joined).union(parts.split())

    @cached_property
    def word_count(self) -> int:
        """Number of word tokens in the article."""
        words = self.lowered_words
        return len(self.words if words is None else words)

    @cached_property
    def quoted_sentences(self) -> frozenset[int]:
        """Indices of sentences that overlap a quotation."""
        hit: set[int] = set()
        for q in self.quotes:
            hit.update(range(self.sentence_index(q.inner_start), self.sentence_index(max(q.inner_start, q.inner_end - 1)) + 1))
        return frozenset(hit)


PUBLISHED_FORMS = "YYYY-MM-DD or ISO 8601 date-time, such as 2025-03-28T09:00:00Z"


def read_published(value: str | date | None) -> date | None:
    """The one publication-date reader: a date; a datetime or an ISO 8601 date-time gives its calendar day in its
    own offset ("2025-03-28T23:30:00-05:00" is March 28); an ISO 8601 date; None. ValueError otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date):
        return value
    text = value.strip() if isinstance(value, str) else None
    try:
        if text is not None and len(text) > 10:
            return datetime.fromisoformat(text).date()
        if text is not None:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise ValueError(f"publication date {value!r} is not a valid {PUBLISHED_FORMS}")


def parse(text: str, *, title: str | None = None, published: date | None = None) -> Document:
    """Normalize ``text`` and build its :class:`Document`."""
    pieces: list[str] = []
    segments: list[_Segment] = []
    directions: dict[int, str] = {}
    norm_len = 0
    last = 0
    for start, raw in _normalization_matches(text):
        if start > last:
            segments.append(_Segment(norm_len, last, start, True))
            pieces.append(text[last:start])
            norm_len += start - last
        repl = _REPLACEMENTS[raw]
        end = start + len(raw)
        if repl:
            segments.append(_Segment(norm_len, start, end, len(repl) == len(raw) == 1))
            if raw in _DOUBLE_OPEN or raw in _SINGLE_OPEN:
                directions[norm_len] = "open"
            elif raw in _DOUBLE_CLOSE or raw in _SINGLE_CLOSE:
                directions[norm_len] = "close"
            pieces.append(repl)
            norm_len += len(repl)
        last = end
    if last < len(text):
        segments.append(_Segment(norm_len, last, len(text), True))
        pieces.append(text[last:])
    return Document(text, "".join(pieces), segments, directions, title, published)


def _normalization_matches(text: str) -> list[tuple[int, str]]:
    """``[(m.start(), m.group()) for m in _NORMALIZE_RE.finditer(text)]``, found with str.find.

    No two matches overlap: each is a replaced character, a "\\r\\n" (a line feed is not
    replaced) or the two spaces of a stripped comma (a space is not replaced, and two such pairs
    never touch: the character before each is not a space), so finditer finds each of them.
    """
    found = char_positions(text, _ASCII_REPLACED if text.isascii() else _REPLACED)
    if found and "\r" in text:  # one memchr: most texts hold no carriage return
        found = [(i, "\r\n" if c == "\r" and text.startswith("\n", i + 1) else c) for i, c in found]
    i = text.find(_STRIPPED_COMMA, 1)
    while i >= 0:
        if text[i - 1] in _BEFORE_STRIPPED_COMMA and i + 2 < len(text) and text[i + 2] in _AFTER_STRIPPED_COMMA:
            found.append((i, _STRIPPED_COMMA))
        i = text.find(_STRIPPED_COMMA, i + 1)
    i = text.find(_DOUBLED_APOSTROPHE)
    while i >= 0:
        found.append((i, _DOUBLED_APOSTROPHE))
        i = text.find(_DOUBLED_APOSTROPHE, i + 2)
    found.sort()
    return found


# -- words ---------------------------------------------------------------------------------------
_words = _WORDS.split  # _WORD_RE.findall(text), computed by str/bytes methods instead of the regex engine


def _joined_tokens(tokens: str) -> list[str]:
    """The tokens of ``tokens`` (word tokens, each between single spaces) that hold a joiner; one may come twice."""
    found: list[str] = []
    for joiner in _WORD_SEPARATORS:
        i = tokens.find(joiner)
        while i >= 0:
            end = tokens.find(" ", i)
            if end < 0:
                end = len(tokens)
            found.append(tokens[tokens.rfind(" ", 0, i) + 1 : end])
            i = tokens.find(joiner, end)
    return found


# -- sentences ---------------------------------------------------------------------------------
def _split_sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[Sentence]:
    """The sentences of each paragraph (never blank), each without the whitespace around it.

    The paragraph is cut after each boundary. No piece is blank and none needs stripping but at
    the paragraph's ends: a boundary ends at a mark, quote or bracket, and the next piece starts at
    the word its match looked ahead to (group 1, after the whitespace: ``\\s`` is ``str.isspace``).
    """
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        para = text[p_start:p_end]  # never blank
        start = p_start + len(para) - len(para.lstrip())
        boundaries = _BOUNDARY_RE if "!" in para or "?" in para else _DOT_BOUNDARY_RE
        for m in boundaries.finditer(para):
            if _is_boundary(para, m):
                sentences.append(Sentence(start, p_start + m.end(), len(sentences), p_index))
                start = p_start + m.start(1)
        sentences.append(Sentence(start, p_start + len(para.rstrip()), len(sentences), p_index))
    return sentences


def _is_boundary(para: str, m: re.Match[str]) -> bool:
    """Whether the candidate ``m`` of _BOUNDARY_RE ends a sentence, judging by the words around it."""
    following = m.group(1)
    first = following[0]
    if not (first.isupper() or first.isdigit() or first in "\"'([*\u2022-"):
        return False  # "... as well", "?" he asked
    start = m.start()
    if para[start] != ".":
        return True
    if para.startswith("...", start):
        return True  # an ellipsis followed by a capital starts a new sentence
    # The word before the mark: its run of letters and dots, from the first letter (40 characters at most).
    before = para[max(0, start - 40) : start]
    word = before[len(before.rstrip(_ABBREVIATION_CHARS)) :].lstrip(".")
    if not word:
        return True
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. K. Rowling"
    key = word.rstrip(".").lower()
    if key in SENTENCE_FINAL_ABBREVIATIONS:
        bare = following.strip("\"'(")
        return bare in SENTENCE_STARTERS
    if key in ABBREVIATIONS or "." in word.rstrip("."):
        return first.isdigit() is False and following.strip("\"'(") in SENTENCE_STARTERS
    return True


# -- quotations --------------------------------------------------------------------------------
def _mark_direction(text: str, pos: int, directions: dict[int, str]) -> str:
    known = directions.get(pos)
    if known:
        return known
    prev = text[pos - 1] if pos > 0 else "\n"
    nxt = text[pos + 1] if pos + 1 < len(text) else "\n"
    if prev.isspace() or prev in "([{\u2014-/:":
        return "open" if not nxt.isspace() else "ambiguous"
    return "close"


def _find_quotes(text: str, paragraphs: list[tuple[int, int]], directions: dict[int, str]) -> list[Quote]:
    quotes: list[Quote] = []
    wrapper = _wrapper_marks(text, directions)
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        opened: int | None = None
        for m in _QUOTE_MARK_RE.finditer(text, p_start, p_end):
            pos = m.start()
            if pos in wrapper:
                continue
            direction = _mark_direction(text, pos, directions)
            if opened is None:
                if direction != "close":
                    opened = pos
            elif direction == "open" and directions.get(pos) == "open":
                quotes.append(Quote(opened, pos, opened + 1, pos, "double", False))
                opened = pos
            else:
                quotes.append(Quote(opened, pos + 1, opened + 1, pos, "double", True))
                opened = None
        if opened is not None:
            end = p_end
            while end > opened + 1 and text[end - 1].isspace():
                end -= 1
            nxt = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
            continues = nxt is not None and text[nxt] == '"'
            quotes.append(Quote(opened, end, opened + 1, end, "double", continues, continues))
        quotes.extend(_single_quotes(text, p_start, p_end, directions))
    quotes.sort(key=lambda q: q.start)
    return quotes


def _wrapper_marks(text: str, directions: dict[int, str]) -> tuple[int, ...]:
    """The two marks of a pair of double quote marks around the entire article, else nothing.

    Such a pair is an export artifact (CSV quoting, a crowd worker's habit in FakeNewsAMT), not a
    quotation: nobody is quoted, and counting it would make every sentence "quoted". The first
    mark opens a real quotation instead when a mark inside closes it ('"Yes," she said. "No."').
    """
    body_end = len(text.rstrip())
    body_start = len(text) - len(text.lstrip())
    last = body_end - 1
    if last <= body_start or text[body_start] != '"' or text[last] != '"':
        return ()
    if directions.get(body_start) == "close" or directions.get(last) == "open":
        return ()
    first_inner = text.find('"', body_start + 1, last)
    if first_inner >= 0:
        if _mark_direction(text, first_inner, directions) == "close":
            return ()
        if _mark_direction(text, text.rfind('"', body_start + 1, last), directions) == "open":
            return ()
    return body_start, last


def _single_quotes(text: str, p_start: int, p_end: int, directions: dict[int, str]) -> list[Quote]:
    found: list[Quote] = []
    opened: int | None = None
    for m in _SINGLE_MARK_RE.finditer(text, p_start, p_end):
        pos = m.start()
        prev = text[pos - 1] if pos > 0 else " "
        nxt = text[pos + 1] if pos + 1 < len(text) else " "
        if opened is None:
            if (prev.isspace() or prev in "(\u2014\"") and nxt.isalnum() and directions.get(pos) != "close":
                opened = pos
        elif not nxt.isalnum() and not prev.isspace():
            if pos - opened <= MAX_SINGLE_QUOTE:
                found.append(Quote(opened, pos + 1, opened + 1, pos, "single", True))
            opened = None
    return found
