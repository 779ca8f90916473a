"""Blanked copies of a text: characters a pattern rejects turned into spaces by ``bytes.translate``.

A blanked copy has the text's length and offsets, so ``str.split``, ``str.find`` and set
operations on it answer questions a regex scan would otherwise answer character by character.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ASCII_BYTES = bytes(range(128))
MAX_REPLACED_CHARS = 16  # distinct non-ASCII characters that :func:`blank_chars` replaces one at a time
NON_WORD_CHAR_RE = re.compile(r"\W")  # a character outside the \w runs
ASCII_LOWER_TABLE = bytes(c + 32 if 65 <= c <= 90 else c for c in range(256))  # A-Z to a-z, nothing else


def non_ascii(data: bytes) -> str:
    """The non-ASCII characters of a text, in order, from its UTF-8 (``surrogatepass``) bytes.

    Deleting the ASCII bytes of UTF-8 leaves whole characters: no other character's encoding holds one.
    """
    return data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def has_non_ascii_match(text: str, char_pattern: re.Pattern[str]) -> bool:
    """Whether ``char_pattern`` (one character, no context) matches a non-ASCII character of ``text``.

    Only the non-ASCII characters are scanned, which ASCII-heavy texts hold few of.
    """
    return char_pattern.search(non_ascii(text.encode("utf-8", "surrogatepass"))) is not None


@lru_cache(maxsize=None)  # one table per pattern of the code
def byte_table(rejected: re.Pattern[str]) -> bytes:
    """The ``bytes.translate`` table of :func:`blank_chars`: ASCII characters ``rejected`` matches become spaces.

    Bytes 0x80-0xff map to themselves, so that UTF-8 stays valid.
    """
    return bytes(32 if c < 128 and rejected.match(chr(c)) else c for c in range(256))


@lru_cache(maxsize=None)
def blank_lower_table(rejected: re.Pattern[str]) -> bytes:
    """:func:`byte_table` of ``rejected`` that also lower-cases the ASCII capitals it keeps."""
    return byte_table(rejected).translate(ASCII_LOWER_TABLE)


def blank_chars(text: str, rejected: re.Pattern[str]) -> str:
    """``rejected.sub(" ", text)``, for a pattern that matches one character, whatever stands around it.

    The ASCII characters are replaced by one ``bytes.translate`` (:func:`byte_table`) of the UTF-8
    encoding, then the other characters that ``rejected`` matches by one ``str.replace`` per
    distinct character, as long as there are at most MAX_REPLACED_CHARS of them (each
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


def padded_blank_lower(text: str, rejected: re.Pattern[str]) -> str:
    """``text`` with each character ``rejected`` matches a space and ASCII capitals lower-cased, between two spaces.

    Its length is ``len(text) + 2``: ``text[i]`` stands at ``i + 1``, so ``" " + word + " "`` found
    at ``i`` is a whole run of kept characters starting at ``text[i]`` (see :func:`padded_word_starts`).
    """
    if text.isascii():
        return " " + text.encode("ascii").translate(blank_lower_table(rejected)).decode("ascii") + " "
    data = blank_chars(text, rejected).encode("utf-8", "surrogatepass")
    return " " + data.translate(ASCII_LOWER_TABLE).decode("utf-8", "surrogatepass") + " "


def padded_word_starts(padded: str, word: str) -> list[int]:
    """Offsets in the text of ``word`` standing alone in ``padded`` (:func:`padded_blank_lower` of the text)."""
    needle = " " + word + " "
    found: list[int] = []
    i = padded.find(needle)  # the run starts at text[i]
    while i >= 0:
        found.append(i)
        i = padded.find(needle, i + 1)
    return found


class JoinedRuns:
    """Tokens made of ``\\w`` runs joined by single ``joiners`` ("Korea's", "medium-range"), split without a regex scan.

    :attr:`pattern` is the definition (``\\w+(?:[joiners]\\w+)*``); :meth:`split` gives what its
    ``findall`` gives. A joiner belongs to a token exactly when a ``\\w`` character stands on each
    side of it, so the tokens are the space-separated pieces of the text once every other
    character is blanked and the loose joiners are cut out.
    """

    def __init__(self, joiners: str) -> None:
        if not joiners or any(c.isspace() or re.match(r"\w", c) for c in joiners):
            raise ValueError("joiners must be non-word, non-space characters")
        escaped = re.escape(joiners)
        self.joiners = joiners
        self.pattern = re.compile(rf"\w+(?:[{escaped}]\w+)*")
        self._rejected = re.compile(rf"[^\w{escaped}]")
        self._not_word = " " + joiners  # the characters of a blanked text that are not \w

    def split(self, text: str) -> list[str]:
        """``self.pattern.findall(text)``, computed by str/bytes methods."""
        blanked = blank_chars(text, self._rejected)
        last = len(blanked) - 1
        not_word = self._not_word
        loose: list[int] = []  # joiners without a \w character on each side
        for sep in self.joiners:
            i = blanked.find(sep)
            while i >= 0:
                if i == 0 or i == last or blanked[i - 1] in not_word or blanked[i + 1] in not_word:
                    loose.append(i)
                i = blanked.find(sep, i + 1)
        if loose:
            loose.sort()
            pieces: list[str] = []
            start = 0
            for i in loose:
                pieces.append(blanked[start:i])
                start = i + 1
            pieces.append(blanked[start:])
            blanked = " ".join(pieces)
        return blanked.split()  # no \w character is whitespace
