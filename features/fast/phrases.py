"""Phrase lists compiled for matching: a prefix-trie regex, tried only where a phrase's first word starts a word.

The extractors hold the phrases (word lists in ``features/vocabulary``); a :class:`PhraseMatcher`
decides how they are found, as spaCy's ``PhraseMatcher`` does for its patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .scans import matches_from, starts_word, word_starts

_RUN_RE = re.compile(r"\w+")


def trie(phrases: Iterable[str]) -> str:
    """Regex alternation over ``phrases`` factored as a prefix trie; a space matches whitespace.

    It matches what the alternation of the phrases, longest first, matches (a longer phrase is
    tried before a phrase that is its prefix), but at each character the engine follows one
    branch instead of trying every phrase in turn.
    """
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def build(node: dict[str, dict]) -> str:
        alternatives = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(root)


def first_runs(phrases: Iterable[str]) -> frozenset[str]:
    """The first ``\\w`` run of each phrase, as written: a match of the phrase starts where one starts a word."""
    return frozenset(_RUN_RE.match(p).group() for p in phrases)  # type: ignore[union-attr]


def phrase_runs(phrase: str) -> frozenset[str]:
    """The ``\\w`` runs of ``phrase``, lower-cased: each is a whole run of a lower-cased text the phrase matches."""
    return frozenset(_RUN_RE.findall(phrase.lower()))


class PhraseMatcher:
    """Word-bounded matches of a phrase list: case-folded, or case-sensitive forms as written.

    The phrases are one prefix-trie regex (:func:`trie`) followed by ``\\b``. With the set of the
    lower-cased text's ``\\w`` runs known, a list none of whose phrases has all its runs there is
    skipped (:meth:`possible`), and the regex is tried only where the first run of a phrase starts
    a word (:meth:`finditer`).
    """

    def __init__(self, phrases: Iterable[str], *, ignore_case: bool = True) -> None:
        phrases = tuple(p.lower() for p in phrases) if ignore_case else tuple(phrases)
        self.ignore_case = ignore_case
        # No leading \b: a pattern that starts with a character set lets the regex engine skip
        # ahead in C; finditer() checks the word start instead.
        pattern = trie(phrases) + r"\b"
        # Case-folded lists run over the lower-cased text when it keeps its length (almost always);
        # otherwise IGNORECASE over the text itself.
        self.exact = re.compile(pattern)
        self.folded = re.compile(pattern, re.IGNORECASE)
        self.phrase_runs = tuple(map(phrase_runs, phrases))
        self.first_runs = tuple(sorted(first_runs(phrases)))
        # For lists of case-sensitive single words: see word_positions().
        self.forms = frozenset(phrases)
        self.lowered_forms = tuple(sorted({p.lower() for p in phrases}))

    def possible(self, runs: frozenset[str] | None) -> bool:
        """Whether a phrase may match a text whose lower-cased word runs are ``runs`` (None: unknown)."""
        return runs is None or any(map(runs.issuperset, self.phrase_runs))

    def finditer(self, text: str, lowered: str | None, runs: frozenset[str] | None) -> Iterator[re.Match[str]]:
        """Word-bounded matches, leftmost first; positions are valid in ``text``.

        ``lowered`` is ``text.lower()`` when that keeps its length, ``runs`` its set of ``\\w`` runs
        (either None when unknown). With ``runs`` the pattern is tried only where the first run of
        a phrase starts a word, rather than scanned over the whole text.
        """
        if not self.ignore_case:
            pattern, subject = self.exact, text
        elif lowered is not None:
            pattern, subject = self.exact, lowered
        else:
            pattern, subject = self.folded, text
        if runs is not None:
            firsts = [run for run in self.first_runs if run.lower() in runs]
            yield from matches_from(pattern, subject, word_starts(subject, firsts))
            return
        pos = 0
        while (m := pattern.search(subject, pos)) is not None:
            if starts_word(subject, m.start()):
                yield m
                pos = m.end()
            else:
                pos = m.start() + 1  # a phrase inside a word ("dis-may"): retry just after it

    def word_positions(self, text: str, padded: str, runs: frozenset[str] | None) -> list[int]:
        """Where a case-sensitive list of single words matches: the starts :meth:`finditer` gives, in no order.

        A match of a one-word phrase is a whole ``\\w`` run of the text equal to it: found as a
        lone word in ``padded`` (``padded_blank_lower(text, NON_WORD_CHAR_RE)``), then compared
        with the text as written ("US" is not "us").
        """
        forms = self.forms
        found: list[int] = []
        for word in self.lowered_forms:
            if runs is not None and word not in runs:
                continue
            needle = " " + word + " "  # padded_word_starts, inlined
            i = padded.find(needle)
            while i >= 0:
                if text[i : i + len(word)] in forms:
                    found.append(i)
                i = padded.find(needle, i + 1)
        return found
