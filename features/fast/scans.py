"""Candidate scans: find the few places a match can start with ``str.find``, then run a pattern only there.

A regex scan runs the matcher at every character of a text; most of what the extractors look
for starts at a word, a digit or a mark that ``str.find`` locates in C, or cannot occur at all
when a word is missing from the text's set of word runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# The non-ASCII characters that IGNORECASE matches with an ASCII letter: İ ı ſ K (Kelvin sign).
CASE_FOLD_EXTRAS = "\u0130\u0131\u017f\u212a"


def ascii_folding(text: str) -> bool:
    """Whether an IGNORECASE pattern's ASCII letters match only ASCII letters in ``text`` (it holds no İ ı ſ K)."""
    return text.isascii() or not any(ch in text for ch in CASE_FOLD_EXTRAS)


def starts_word(text: str, pos: int) -> bool:
    """Whether ``pos`` is not preceded by a word character (the left half of ``\\b``)."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


def ends_word(text: str, pos: int) -> bool:
    """Whether ``pos`` is not followed by a word character (the right half of ``\\b``)."""
    return pos == len(text) or not (text[pos].isalnum() or text[pos] == "_")


def word_boundary(text: str, pos: int, hi: int) -> bool:
    """``\\b`` at ``pos`` of ``text`` searched up to ``hi``: a word character on one side only."""
    before = pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_")
    return before != (pos < hi and (text[pos].isalnum() or text[pos] == "_"))


def run_end(text: str, pos: int, hi: int, chars: frozenset[str] | str) -> int:
    """The end of the run of ``chars`` from ``pos`` (at most ``hi``)."""
    while pos < hi and text[pos] in chars:
        pos += 1
    return pos


def word_starts(subject: str, words: Iterable[str]) -> list[int]:
    """Sorted positions where one of ``words`` occurs in ``subject`` at the start of a word."""
    found: list[int] = []
    for word in words:
        i = subject.find(word)
        while i >= 0:
            if i == 0 or not (subject[i - 1].isalnum() or subject[i - 1] == "_"):  # starts_word, inlined
                found.append(i)
            i = subject.find(word, i + 1)
    found.sort()
    return found


def whole_run_starts(text: str, token: str, run: int) -> Iterator[int]:
    """Where ``token`` starts a word of ``text`` and its first ``run`` characters are a whole ``\\w`` run there."""
    pos = text.find(token)
    while pos >= 0:
        if starts_word(text, pos) and ends_word(text, pos + run):
            yield pos
        pos = text.find(token, pos + 1)


def char_starts(text: str, chars: str, not_after: frozenset[str]) -> list[int]:
    """Sorted positions of any of ``chars`` that follow neither an alphanumeric nor one of ``not_after``.

    One ``str.find`` loop per character: a text holds few of them.
    """
    starts: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i != -1:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in not_after):
                starts.append(i)
            i = text.find(ch, i + 1)
    starts.sort()
    return starts


def char_positions(text: str, chars: Iterable[str]) -> list[tuple[int, str]]:
    """``(position, character)`` of every occurrence of each of ``chars``, character by character (not sorted)."""
    found: list[tuple[int, str]] = []
    for c in chars:
        i = text.find(c)
        while i >= 0:
            found.append((i, c))
            i = text.find(c, i + 1)
    return found


def matches_from(pattern: re.Pattern[str], subject: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(subject)`` yields, given (sorted) every position where a match may start.

    ``pattern`` must not match the empty string. Trying it at a few known places is much
    cheaper than a scan that runs the matcher at every character of the text.
    """
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(subject, start)) is not None:
            yield m
            end = m.end()


def strip_trailing_words(text: str, words: frozenset[str]) -> str:
    """``text`` without its trailing whitespace and the trailing ``words`` each preceded by whitespace.

    What substituting ``(?:\\s+(?:WORD|...))*\\s*$`` by "" gives, found by reading words back from the end
    instead of trying the pattern at every character.
    """
    end = len(text.rstrip())
    while end:
        head = text[:end].rsplit(None, 1)
        if head[-1] not in words or len(head[-1]) == end:  # not one of them, or no space before it
            break
        end = len(head[0]) if len(head) == 2 else 0
    return text[:end]


class LastMatch:
    """The end of the last match ``pattern.finditer(text)`` yields, found backwards from the end of ``text``.

    ``(?s:.*)(pattern)`` backtracks from the end to the rightmost place the pattern matches. That is
    where the scan's last match starts unless matches can overlap; the caller names the first
    characters of the matches that can (``overlapping``), and a rightmost match starting with one
    of them is settled by the scan, whose alignment decides.
    """

    def __init__(self, pattern: re.Pattern[str], overlapping: str) -> None:
        self.pattern = pattern
        self.rightmost = re.compile(r"(?s:.*)(" + pattern.pattern + ")", pattern.flags)
        self.overlapping = overlapping

    def end(self, text: str) -> int:
        """The end of the last match of the scan, or 0 without one."""
        last = self.rightmost.match(text)
        if last is None:
            return 0
        if text[last.start(1)] not in self.overlapping:
            return last.end()
        end = 0
        for m in self.pattern.finditer(text):
            end = m.end()
        return end
