"""Regex building blocks shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache


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


# The non-ASCII characters that IGNORECASE matches with an ASCII letter: İ ı ſ K (Kelvin sign).
_CASE_FOLD_EXTRAS = "\u0130\u0131\u017f\u212a"


def ascii_folding(text: str) -> bool:
    """Whether an IGNORECASE pattern's ASCII letters match only ASCII letters in ``text`` (it holds no İ ı ſ K)."""
    return text.isascii() or not any(ch in text for ch in _CASE_FOLD_EXTRAS)


def starts_word(text: str, pos: int) -> bool:
    """Whether ``pos`` is not preceded by a word character (the left half of ``\\b``)."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


def ends_word(text: str, pos: int) -> bool:
    """Whether ``pos`` is not followed by a word character (the right half of ``\\b``)."""
    return pos == len(text) or not (text[pos].isalnum() or text[pos] == "_")


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


_ASCII_BYTES = bytes(range(128))


def non_ascii(data: bytes) -> str:
    """The non-ASCII characters of a text, in order, from its UTF-8 (``surrogatepass``) bytes.

    Deleting the ASCII bytes of UTF-8 leaves whole characters: no other character's encoding holds one.
    """
    return data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


MAX_REPLACED_CHARS = 16  # distinct non-ASCII characters that :func:`blank_chars` replaces one at a time
NON_WORD_CHAR_RE = re.compile(r"\W")  # a character outside the \w runs


@lru_cache(maxsize=None)  # one table per pattern of the code
def byte_table(rejected: re.Pattern[str]) -> bytes:
    """The ``bytes.translate`` table of :func:`blank_chars`: ASCII characters ``rejected`` matches become spaces.

    Bytes 0x80-0xff map to themselves, so that UTF-8 stays valid.
    """
    return bytes(32 if c < 128 and rejected.match(chr(c)) else c for c in range(256))


def blank_chars(text: str, rejected: re.Pattern[str]) -> str:
    """``rejected.sub(" ", text)``, for a pattern that matches one character, whatever stands around it.

    The ASCII characters are replaced by one ``bytes.translate`` (:func:`byte_table`) of the UTF-8 encoding, then the other characters that ``rejected`` matches by one ``str.replace``
    per distinct character, as long as there are at most MAX_REPLACED_CHARS of them (each
    ``str.replace`` scans the whole text); the regex does it when there are more.
    """
    table = byte_table(rejected)
    if text.isascii():
        return text.encode("ascii").translate(table).decode("ascii")
    data = text.encode("utf-8", "surrogatepass")  # lone surrogates come back unchanged
    others = set(non_ascii(data))
    replaced = [c for c in others if rejected.match(c)]
    if len(replaced) > MAX_REPLACED_CHARS:
        return rejected.sub(" ", text)
    out = data.translate(table).decode("utf-8", "surrogatepass")
    for c in replaced:
        out = out.replace(c, " ")
    return out
