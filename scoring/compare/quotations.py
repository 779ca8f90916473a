"""Quotations: each quotation of the derivative must be found, nearly verbatim, in the original.

"Nearly verbatim" is difflib's token coverage (matching.coverage): the share of the quotation's
normalised words found in order, in runs of two or more, in an original quotation or sentence.
VERBATIM (0.85) or more: the same quotation (its speaker then checked); ALTERED (0.5) to VERBATIM:
altered; below: invented. An original quotation of four words or more whose words stand in the
derivative outside any quotation has become the writer's own assertion (unattributed).
"""

from __future__ import annotations

from typing import Any

from .changes import HIGH, LOW, MEDIUM, Change, Evidence
from .matching import coverage, tokens
from .side import Side
from .sources import same_source

VERBATIM = 0.85
ALTERED = 0.5
SHORT = 3  # words: a quotation this short is a scare quote or a phrase ("human wave"), low severity when invented
_MARKS = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb`"


def _inner(side: Side, q: dict[str, Any]) -> tuple[int, int]:
    """The quotation's words without its marks."""
    start, end = q["start"], q["end"]
    while start < end and side.text[start] in _MARKS:
        start += 1
    while end > start and side.text[end - 1] in _MARKS:
        end -= 1
    return start, end


def _words(side: Side, start: int, end: int) -> list[str]:
    return [w for w, _, _ in tokens(side.text, start, end)]


def align(original: Side, derived: Side) -> list[Change]:
    """The quotation changes of the derivative against the original."""
    out: list[Change] = []
    o_quotes = [(q, _words(original, *_inner(original, q))) for q in original.data["quotations"]]
    for q in derived.data["quotations"]:
        start, end = _inner(derived, q)
        words = _words(derived, start, end)
        if not words:
            continue
        d_ev = Evidence.of(derived.text, q["start"], q["end"])
        best_q, best = None, 0.0
        verbatim = []
        for oq, ow in o_quotes:
            c = coverage(words, ow)[0]
            if c >= VERBATIM:
                verbatim.append(oq)
            if c > best:
                best_q, best = oq, c
        if verbatim:
            # The same words quoted more than once ("The risk,"): reattributed only when no such quotation has this speaker.
            found = [_speaker(original, derived, oq, q, d_ev) for oq in verbatim]
            if all(found):
                out += found[0]
            continue
        sentence_best, span = best, (best_q["start"], best_q["end"]) if best_q else None
        if best < VERBATIM:
            c, lo, hi = coverage(words, original.words, original.matcher)
            if c >= VERBATIM or c > best:
                sentence_best = c
                if lo < hi <= lo + 2 * len(words) + 2:
                    span = (original.token_list[lo][1], original.token_list[hi - 1][2])
        if sentence_best >= VERBATIM:
            continue  # the original has these words, unquoted: not invented
        if sentence_best >= ALTERED and span is not None:
            out.append(Change("quotation_altered", MEDIUM, f"quotation {_short(d_ev.quote)} differs from the original's words",
                              Evidence.of(original.text, *span), d_ev))
        else:
            severity = LOW if len(words) <= SHORT else HIGH
            out.append(Change("quotation_invented", severity, f"quotation {_short(d_ev.quote)} is not in the original", None, d_ev))
    out += _unattributed(original, derived, o_quotes)
    return out


def _speaker(original: Side, derived: Side, oq: dict[str, Any], dq: dict[str, Any], d_ev: Evidence) -> list[Change]:
    """A quotation found in the original, now with another named speaker in its own sentence."""
    os_, ds = oq["speaker"], dq["speaker"]
    if os_ is None or ds is None or same_source(os_["text"], ds["text"]):
        return []
    if not (_direct(original, oq, os_) and _direct(derived, dq, ds)):
        return []  # a speaker reached through a pronoun far away: the resolver's guess, not the text's
    return [Change("source_reattributed", HIGH, f"quotation {_short(d_ev.quote)} of {os_['text']!r} is attributed to {ds['text']!r}",
                   Evidence.of(original.text, os_["start"], os_["end"]), Evidence.of(derived.text, ds["start"], ds["end"]))]


def _direct(side: Side, q: dict[str, Any], speaker: dict[str, Any]) -> bool:
    """True when the speaker is named at a cue beside the quotation, not reached through a pronoun."""
    sentence = side.sentence_at(q["start"])
    return any(
        a["source"] is not None and a["resolved_source"] is None and a["source"]["start"] == speaker["start"]
        and abs(side.sentence_at(a["cue"]["start"]) - sentence) <= 1
        for a in side.data["attributions"]
    )


def _unattributed(original: Side, derived: Side, o_quotes: list[tuple[dict[str, Any], list[str]]]) -> list[Change]:
    """Original quotations whose words stand in the derivative outside any quotation."""
    out = []
    d_quotes = [_words(derived, *_inner(derived, q)) for q in derived.data["quotations"]]
    for oq, ow in o_quotes:
        if len(ow) < 4 or any(coverage(ow, dw)[0] >= VERBATIM for dw in d_quotes):
            continue
        c, lo, hi = coverage(ow, derived.words, derived.matcher)
        if c < VERBATIM or hi <= lo or hi - lo > 2 * len(ow) + 2:  # scattered words are no quotation
            continue
        start, end = derived.token_list[lo][1], derived.token_list[hi - 1][2]
        if any(q["start"] <= start < q["end"] for q in derived.data["quotations"]):
            continue
        out.append(Change("quotation_unattributed", MEDIUM,
                          f"quotation {_short(oq['text'])} stands in the derivative as the writer's own words",
                          Evidence.of(original.text, oq["start"], oq["end"]), Evidence.of(derived.text, start, end)))
    return out


def _short(text: str, width: int = 60) -> str:
    """A quotation cut to ``width`` characters for a one-line message."""
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 1] + "\u2026")
