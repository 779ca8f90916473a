"""One side of a comparison: an article's report with its sentences, tokens and figures ready for alignment."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property
from typing import Any

from ..report import Report
from . import numbers
from .matching import SentenceIndex, content, fold, tokens


@dataclass
class Side:
    """An article as the comparison reads it: the scorer's report and what alignment needs from it."""

    report: Report
    data: dict[str, Any] = field(init=False)
    sentences: list[tuple[int, int]] = field(init=False)
    sentence_words: list[frozenset[str]] = field(init=False)
    index: SentenceIndex = field(init=False)

    def __post_init__(self) -> None:
        """Read the report once: its dict, its sentences in original offsets and their content words."""
        self.data = self.report.to_dict()
        doc = self.report.extraction.doc
        self.sentences = [doc.to_original(s.start, s.end) for s in doc.sentences] or [(0, len(self.text))]
        self._starts = [s for s, _ in self.sentences]
        self.sentence_words = [self.words_between(s, e) for s, e in self.sentences]
        self.index = SentenceIndex(self.sentence_words)

    @property
    def text(self) -> str:
        """The article exactly as given."""
        return self.report.text

    @cached_property
    def folded(self) -> str:
        """The text folded for matching (same offsets)."""
        return fold(self.text)

    @cached_property
    def token_list(self) -> list[tuple[str, int, int]]:
        """Every normalised token with its offsets."""
        return tokens(self.text)

    @cached_property
    def words(self) -> list[str]:
        """The normalised tokens alone."""
        return [w for w, _, _ in self.token_list]

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every content word of the text."""
        return content(self.words)

    @cached_property
    def values(self) -> list[numbers.Value]:
        """Every figure written in the text, as values."""
        return numbers.values(self.text)

    @property
    def word_count(self) -> int:
        """Words of the article, as the report counts them."""
        return self.report.extraction.doc.word_count

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos`` (the one before it when it falls between sentences)."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def sentence_span(self, index: int) -> tuple[int, int]:
        """``[start, end)`` of sentence ``index`` in the text."""
        return self.sentences[index]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t[1] for t in self.token_list]

    def words_between(self, start: int, end: int) -> frozenset[str]:
        """Content words of the tokens that start in ``text[start:end]`` (read off the text's tokens, not re-split)."""
        lo, hi = bisect_left(self._token_starts, start), bisect_left(self._token_starts, end)
        return content(w for w, _, _ in self.token_list[lo:hi])

    @cached_property
    def matcher(self) -> SequenceMatcher[str]:
        """A difflib matcher with the text's tokens as its second sequence (indexed once, for many needles)."""
        return SequenceMatcher(None, (), self.words, autojunk=False)
