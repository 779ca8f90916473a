"""The speed engine: *how* the extractors find what they look for, with no knowledge of any language.

The extractors state *what* they look for (word lists and patterns, in ``features/vocabulary``
and their own modules); these primitives find it without running a regex over every character:

- :mod:`.blanking`: blanked copies of a text (``bytes.translate`` with a table per pattern), the
  non-ASCII characters of a text, word tokens split without the regex engine.
- :mod:`.scans`: candidate scans (``str.find`` for the places a match can start, the pattern
  tried only there), word-boundary checks, the last match found backwards, ASCII case folding.
- :mod:`.phrases`: phrase lists as one prefix-trie regex, matched only at the word starts of
  their first words (:class:`PhraseMatcher`).
- :mod:`.ascii`: patterns specialised for ASCII text (``\\d \\w \\s`` as character sets).
- :mod:`.hyphenation`: Liang's hyphenation patterns counted by an Aho-Corasick automaton.

Each primitive has a test against the plain regex or library call it stands for
(``tests/test_fast_*.py``).
"""

from .ascii import ascii_pattern, ascii_source
from .blanking import (
    ASCII_LOWER_TABLE,
    MAX_REPLACED_CHARS,
    NON_WORD_CHAR_RE,
    JoinedRuns,
    blank_chars,
    blank_lower_table,
    byte_table,
    has_non_ascii_match,
    non_ascii,
    padded_blank_lower,
    padded_word_starts,
)
from .hyphenation import Hyphenator
from .phrases import PhraseMatcher, first_runs, phrase_runs, trie
from .scans import (
    CASE_FOLD_EXTRAS,
    LastMatch,
    ascii_folding,
    char_positions,
    char_starts,
    ends_word,
    matches_from,
    run_end,
    starts_word,
    strip_trailing_words,
    whole_run_starts,
    word_boundary,
    word_starts,
)

__all__ = [
    "ASCII_LOWER_TABLE",
    "CASE_FOLD_EXTRAS",
    "MAX_REPLACED_CHARS",
    "NON_WORD_CHAR_RE",
    "Hyphenator",
    "JoinedRuns",
    "LastMatch",
    "PhraseMatcher",
    "ascii_folding",
    "ascii_pattern",
    "ascii_source",
    "blank_chars",
    "blank_lower_table",
    "byte_table",
    "char_positions",
    "char_starts",
    "ends_word",
    "first_runs",
    "has_non_ascii_match",
    "matches_from",
    "non_ascii",
    "padded_blank_lower",
    "padded_word_starts",
    "phrase_runs",
    "run_end",
    "starts_word",
    "strip_trailing_words",
    "trie",
    "whole_run_starts",
    "word_boundary",
    "word_starts",
]
