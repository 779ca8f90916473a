"""Regular expressions specialised for ASCII text: ``\\d``, ``\\w`` and ``\\s`` as the character sets they match there.

On an ASCII text a Unicode category test matches what a plain character set matches, but the
engine tests a set (a bitmap) faster. ``re.ASCII`` is not the same: its ``\\s`` leaves out
``\\x1c``-``\\x1f``, which ``str.isspace()`` and Unicode ``\\s`` count as whitespace.
"""

from __future__ import annotations

import re

# What each class escape matches in an ASCII text, as the inside of a character set.
_INSIDE = {"d": "0-9", "w": "A-Za-z0-9_", "s": " \\t\\n\\r\\f\\v\\x1c-\\x1f"}
_OUTSIDE = {
    **{k: f"[{v}]" for k, v in _INSIDE.items()},
    **{k.upper(): f"[^{v}]" for k, v in _INSIDE.items()},
}


def ascii_source(source: str) -> str:
    """``source`` with its ``\\d \\w \\s \\D \\W \\S`` written as ASCII character sets (same matches on ASCII text).

    A negated escape inside a character set (``[\\W.]``) has no such spelling and is refused.
    """
    out: list[str] = []
    in_set = False
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            e = source[i + 1]
            if in_set and e in _INSIDE:
                out.append(_INSIDE[e])
            elif in_set and e.lower() in _INSIDE:
                raise ValueError(f"\\{e} inside a character set has no ASCII spelling: {source!r}")
            elif not in_set and e in _OUTSIDE:
                out.append(_OUTSIDE[e])
            else:
                out.append(source[i : i + 2])
            i += 2
            continue
        if in_set:
            if c == "]":
                in_set = False
        elif c == "[":
            in_set = True
            out.append(c)
            i += 1
            if source.startswith("^", i):
                out.append("^")
                i += 1
            if source.startswith("]", i):  # a leading "]" is a member, not the end of the set
                out.append("]")
                i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def ascii_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for ASCII text: :func:`ascii_source` of its source, with the same flags."""
    return re.compile(ascii_source(pattern.pattern), pattern.flags)
