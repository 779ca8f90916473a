"""Figures as values: "3,000", "three thousand", "3k" and "about 3,000" are all 3,000 (alignment, not extraction).

The statistics extractor decides which figures of the derivative are claims; this module only turns
a figure's words into a value and a unit, and lists every value written in a text so that a figure
can look for its counterpart however the other text writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Relative tolerance between two values that are the same figure. A round or hedged figure ("about
# 3,000", "nearly 3,000") stands for anything within ROUND_TOLERANCE of it (2,850-3,150); an exact
# one ("2,917", "47%") only for itself, give or take the rounding of its last digit (EXACT_TOLERANCE).
ROUND_TOLERANCE = 0.05
EXACT_TOLERANCE = 0.01

_UNITS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12, "tn": 1e12}
_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_WORDS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
_WORDS.update({"a dozen": 12, "dozen": 12, "half": 0.5})
_HEDGES = ("about", "around", "approximately", "nearly", "almost", "some", "roughly", "more than", "over", "under",
           "less than", "fewer than", "up to", "as many as", "at least", "close to", "estimated", "an estimated", "~")
_WORD_RE = "|".join(sorted((w for w in _WORDS if w != "half"), key=len, reverse=True))
_SCALE_RE = r"(?:thousand|million|billion|trillion|bn|mn|mln|tn|[kmb])"
NUMBER_RE = re.compile(
    r"(?P<cur>[$€£¥]\s?)?"
    r"(?:(?P<digits>(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?)"
    r"|(?P<words>\b(?:" + _WORD_RE + r")(?:[- ](?:" + _WORD_RE + r"))?)(?P<hundred>\s+hundred)?)"
    r"(?:\s?(?P<scale>" + _SCALE_RE + r")\b)?"
    r"(?P<pct>\s?(?:%|per\s?cent\b|percent\b|percentage points?\b))?",
    re.IGNORECASE,
)
_HEDGE_RE = re.compile(r"(?:" + "|".join(re.escape(h) for h in _HEDGES) + r")\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Value:
    """A figure written in a text: where, its value, its unit (percent | money | count) and whether it is hedged or round."""

    start: int
    end: int
    value: float
    unit: str
    approximate: bool

    def same(self, other: Value) -> bool:
        """True when both stand for the same quantity (units aside), within the rounding either allows."""
        tolerance = ROUND_TOLERANCE if self.approximate or other.approximate else EXACT_TOLERANCE
        return abs(self.value - other.value) <= tolerance * max(abs(self.value), abs(other.value))


def _round(value: float) -> bool:
    """A number with trailing zeros (3,000; 40; 1.5 million), which writers round to."""
    return value >= 10 and value == int(value) and int(value) % 10 == 0


def _is_year(m: re.Match[str], value: float) -> bool:
    """A bare four-digit year ("2023"): a date, not a figure."""
    d = m.group("digits")
    return bool(d and re.fullmatch(r"1[89]\d\d|20\d\d", d) and not m.group("cur") and not m.group("pct") and not m.group("scale"))


def values(text: str) -> list[Value]:
    """Every figure written in ``text`` (years, ordinals and parts of words left out), in order."""
    out: list[Value] = []
    for m in NUMBER_RE.finditer(text):
        value = _parse(m)
        if value is None or _is_year(m, value):
            continue
        end = m.end()
        if end < len(text) and (text[end].isalpha() and not m.group("pct") and not m.group("scale")):
            continue  # "3rd", "170mm": an ordinal or a measurement glued to its unit
        unit = "percent" if m.group("pct") else "money" if m.group("cur") else "count"
        hedged = _HEDGE_RE.search(text, max(0, m.start() - 20), m.start()) is not None
        out.append(Value(m.start(), m.end(), value, unit, hedged or _round(value) or bool(m.group("words"))))
    return out


def _parse(m: re.Match[str]) -> float | None:
    """The value a match writes, scale words applied."""
    if m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
    else:
        words = re.split(r"[- ]", m.group("words").lower())
        value = float(sum(_WORDS.get(w, 0) for w in words)) if "dozen" not in m.group("words").lower() else 12.0
        if m.group("hundred"):
            value *= 100
    scale = m.group("scale")
    if scale:
        value *= _UNITS[scale.lower()]
    return value


def value_of(text: str, kind: str) -> Value | None:
    """The first figure of a statistic's words (``kind`` from the statistics extractor), or None."""
    found = values(text)
    if not found:
        return None
    v = found[0]
    unit = "percent" if kind == "percent" else "money" if kind == "money" else v.unit if v.unit != "count" else "count"
    return Value(v.start, v.end, v.value, unit, v.approximate)
