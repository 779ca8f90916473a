"""Dates: each resolved date of the derivative must match a date of the original in the counterpart sentence, or anywhere.

Two dates match when they read the same (folded) or their resolved intervals overlap ("January and
February" and "early 2025"). In a sentence carried over from the original (cosine >= KEPT) a date
that matches none of the original sentence's dates was changed. Elsewhere a date that matches no
date of the original is changed when an original sentence with a date stands for its sentence
(cosine >= COUNTERPART), and inconsistent when the temporal extractor flags it against the
publication date (a past event told as future, years that conflict) while its counterpart is not.
"""

from __future__ import annotations

import re
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from .changes import HIGH, MEDIUM, Change, Evidence
from .matching import fold, tokens
from .side import Side

KEPT = 0.6
COUNTERPART = 0.25
# A word that says a time: what a rewritten date's new words must hold ("later", "2017", "March", "from now").
_TIME_WORD_RE = re.compile(
    r"\d{1,4}(?:st|nd|rd|th|s)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|later|earlier|ago|now|next|last|previous|following|coming|past|yesterday|today|tomorrow|tonight|week|weeks|month|months"
    r"|year|years|day|days|decade|decades|spring|summer|autumn|fall|winter|early|late|mid|since|until|before|after"
)
_VAGUE = frozenset("now today currently recently lately soon".split())


def interval(resolved: str | None) -> tuple[date, date] | None:
    """A resolved value ("2025-03-27" or "2025-01-01/2025-01-31") as first and last day."""
    if not resolved:
        return None
    try:
        first, _, last = resolved.partition("/")
        return date.fromisoformat(first[:10]), date.fromisoformat((last or first)[:10])
    except ValueError:
        return None


def _match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when two date mentions say the same time: same words, or overlapping intervals."""
    if fold(a["text"]).strip() == fold(b["text"]).strip():
        return True
    ia, ib = interval(a["resolved"]), interval(b["resolved"])
    if ia is None or ib is None:
        return False
    # One inside the other ("January" in "early 2025"); overlapping is not enough: "earlier this year"
    # and "later this year" meet on the publication date.
    return (ia[0] <= ib[0] and ib[1] <= ia[1]) or (ib[0] <= ia[0] and ia[1] <= ib[1])


def align(original: Side, derived: Side) -> list[Change]:
    """The date changes of the derivative against the original."""
    out: list[Change] = []
    o_dates = [d for d in original.data["dates"] if interval(d["resolved"])]
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    every: dict[int, list[dict[str, Any]]] = {}  # unresolved dates too ("a year earlier"), for sentences carried over
    for d in original.data["dates"]:
        every.setdefault(original.sentence_at(d["start"]), []).append(d)
        if interval(d["resolved"]):
            by_sentence.setdefault(original.sentence_at(d["start"]), []).append(d)
    for d in derived.data["dates"]:
        if fold(d["text"]).strip() in _VAGUE:
            continue
        d_ev = Evidence.of(derived.text, d["start"], d["end"])
        words = derived.sentence_words[derived.sentence_at(d["start"])]
        best, score = original.index.best(words)
        if score >= KEPT and best in every:
            here = every[best]
            if any(_match(d, o) for o in here):
                continue
            o = _pick(here, d)
            out.append(_changed(original, o, d, d_ev))
            continue
        if interval(d["resolved"]) is None:
            continue
        matched = [o for o in o_dates if _match(d, o)]
        if matched:
            if d["issue"] and d["issue"] != "conflicting-years" and not any(o["issue"] for o in matched):
                o = matched[0]
                out.append(Change("date_inconsistent", MEDIUM, f"{d['text']!r} is now inconsistent with the publication date ({d['issue']})",
                                  Evidence.of(original.text, o["start"], o["end"]), d_ev))
            continue
        dated = by_sentence.keys()
        best, score = original.index.best(words, among=dated)
        if best >= 0 and score >= COUNTERPART:
            out.append(_changed(original, _pick(by_sentence[best], d), d, d_ev))
        elif d["issue"]:
            out.append(Change("date_inconsistent", MEDIUM, f"{d['text']!r} is inconsistent with the publication date ({d['issue']})",
                              None, d_ev))
    seen = {(c.original.start, c.original.end) for c in out if c.original}
    return out + [c for c in _rewritten(original, derived) if c.original and (c.original.start, c.original.end) not in seen]


def _rewritten(original: Side, derived: Side) -> list[Change]:
    """Dates of the original whose words were replaced in a sentence carried over ("a year earlier" -> "a year later").

    The temporal extractor may not read the new words as a date ("50 years from now"): the two
    sentences' tokens are aligned with difflib, and a date whose tokens were replaced is changed,
    with the replacing words as the derivative's evidence. A date merely left out is not a change here.
    """
    out = []
    for d in original.data["dates"]:
        if fold(d["text"]).strip() in _VAGUE:
            continue
        sentence = original.sentence_at(d["start"])
        best, score = derived.index.best(original.sentence_words[sentence])
        if best < 0 or score < KEPT:
            continue
        o_toks = tokens(original.text, *original.sentence_span(sentence))
        d_toks = tokens(derived.text, *derived.sentence_span(best))
        inside = [i for i, t in enumerate(o_toks) if d["start"] <= t[1] < d["end"]]
        if not inside or not d_toks:
            continue
        if fold(d["text"]).strip() in derived.folded[slice(*derived.sentence_span(best))]:
            continue  # the date's words are still there, elsewhere in the sentence
        first, last = inside[0], inside[-1] + 1
        matcher = SequenceMatcher(None, [t[0] for t in o_toks], [t[0] for t in d_toks], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag in ("replace", "insert") and i1 < last and first < max(i2, i1 + 1) and j2 > j1:
                if not any(_TIME_WORD_RE.fullmatch(t[0]) for t in d_toks[j1:j2]):
                    continue  # words reordered by a paraphrase, not a date rewritten: the new words say no time
                start, end = d_toks[j1][1], d_toks[j2 - 1][2]
                out.append(Change("date_changed", HIGH, f"{d['text']!r} of the original reads {derived.text[start:end]!r}",
                                  Evidence.of(original.text, d["start"], d["end"]), Evidence.of(derived.text, start, end)))
                break
    return out


def _pick(candidates: list[dict[str, Any]], d: dict[str, Any]) -> dict[str, Any]:
    """The original date a changed date most likely was: the same tense, else the first."""
    same = [o for o in candidates if o["tense"] == d["tense"]]
    return (same or candidates)[0]


def _changed(original: Side, o: dict[str, Any], d: dict[str, Any], d_ev: Evidence) -> Change:
    when = lambda m: f"{m['text']!r} ({m['resolved']})" if m["resolved"] else repr(m["text"])  # noqa: E731
    return Change("date_changed", HIGH, f"dated {when(d)} where the original has {when(o)}",
                  Evidence.of(original.text, o["start"], o["end"]), d_ev)
