"""Text matching for alignment: normalised word tokens with their offsets, sentence similarity, best counterparts.

Both texts are compared as normalised tokens: Unicode-compatible forms, curly quotes and dashes made
straight, lower case; a token is a run of letters or digits ("3,000" and "3.5" stay one token), so
line ends, quote marks and paragraph order do not matter.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

_TOKEN_RE = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                       "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})
STOPWORDS = frozenset(
    "a an the of and or but to in on at by for from with as is are was were be been being it its this that these "
    "those he she they we you i his her their our them him has have had do does did not no so than then there "
    "which who whom what when where while after before about into over also said says say told tell according "
    "will would can could should may might must just more most such only other some any all very".split()
)


def fold(text: str) -> str:
    """The text as compared: compatibility forms, straight quotes and dashes, lower case (same length per character)."""
    return text.translate(_FOLD).lower()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Normalised tokens of ``text[start:end]`` with their offsets into ``text``."""
    folded = fold(text[start:end] if end is not None or start else text)
    out = []
    for m in _TOKEN_RE.finditer(folded):
        word = unicodedata.normalize("NFKC", m.group()).replace("’", "'")
        out.append((word, start + m.start(), start + m.end()))
    return out


def content(words: Iterable[str]) -> frozenset[str]:
    """The content words of a token list: stopwords left out, plural -s folded ("troops" is "troop")."""
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words if w not in STOPWORDS)


def cosine(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two word sets, |a & b| / sqrt(|a| |b|): 1 for the same words, near 0.7 for a sentence split in two."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def coverage(needle: Sequence[str], haystack: Sequence[str], matcher: SequenceMatcher[str] | None = None) -> tuple[float, int, int]:
    """Share of ``needle``'s tokens found, in order, in runs of two or more in ``haystack``; and the haystack range found.

    This is the "nearly verbatim" test for quotations: difflib's matching blocks between the token
    lists, runs of one token ignored (a lone "the" matches anywhere) unless the needle is that short.
    ``matcher``: a SequenceMatcher already holding ``haystack`` as its second sequence (a whole text's tokens).
    """
    if not needle or not haystack:
        return 0.0, 0, 0
    if matcher is None:
        matcher = SequenceMatcher(None, needle, haystack, autojunk=False)
    else:  # a matcher whose second sequence is ``haystack``, already indexed
        matcher.set_seq1(needle)
    least = 1 if len(needle) <= 2 else 2
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= least]
    if not blocks:
        return 0.0, 0, 0
    found = sum(b.size for b in blocks)
    return found / len(needle), blocks[0].b, blocks[-1].b + blocks[-1].size


class SentenceIndex:
    """The sentences of one text as content-word sets, with an inverted index to find the most similar ones fast."""

    def __init__(self, words: list[frozenset[str]]) -> None:
        """Index the content words of each sentence."""
        self.words = words
        self._postings: dict[str, list[int]] = {}
        for i, ws in enumerate(words):
            for w in ws:
                self._postings.setdefault(w, []).append(i)

    def above(self, query: frozenset[str], threshold: float) -> list[tuple[int, float]]:
        """Every sentence at least ``threshold`` similar to ``query`` (cosine of content words), most similar first."""
        shared: dict[int, int] = {}
        for w in query:
            for i in self._postings.get(w, ()):
                shared[i] = shared.get(i, 0) + 1
        found = [(i, n / math.sqrt(len(query) * len(self.words[i]))) for i, n in shared.items()]
        return sorted(((i, s) for i, s in found if s >= threshold), key=lambda p: (-p[1], p[0]))

    def best(self, query: frozenset[str], among: Iterable[int] | None = None) -> tuple[int, float]:
        """The most similar sentence (cosine of content words) and the similarity; (-1, 0.0) when none shares a word."""
        shared: dict[int, int] = {}
        for w in query:
            for i in self._postings.get(w, ()):
                shared[i] = shared.get(i, 0) + 1
        allowed = set(among) if among is not None else None
        best, score = -1, 0.0
        for i, n in shared.items():
            if allowed is not None and i not in allowed:
                continue
            s = n / math.sqrt(len(query) * len(self.words[i]))
            if s > score or (s == score and i < best):
                best, score = i, s
        return best, score
