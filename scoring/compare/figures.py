"""Figures: each statistic of the derivative looks for the same value in the original, however written.

Same value and unit anywhere in the original: no change, unless the scope moved (a period such as
"since 2023" added beside it, or the counted noun changed and appears nowhere near the original's).
Same value, other unit, in a counterpart sentence: scope changed (percent vs count). Otherwise a
figure of the same unit in the counterpart sentence (the original sentence most like the
derivative's, cosine >= COUNTERPART) is the figure that was changed; with none, the figure is invented.
"""

from __future__ import annotations

import re

from .changes import HIGH, LOW, MEDIUM, Change, Evidence
from .matching import STOPWORDS, fold, tokens
from .numbers import Value, value_of
from .side import Side

COUNTERPART = 0.35  # cosine of content words from which an original sentence stands for a derived one
_PERIOD_RE = re.compile(r"\b(?:since|in|by|during|from|through)\s+(?:(?:early|late|mid)[- ])?((?:19|20)\d\d)\b", re.IGNORECASE)
_FILLER = STOPWORDS | {"additional", "more", "new", "total", "extra", "other", "further", "another", "estimated", "reported"}
# The counted noun ("3,000 troops" vs "3,000 casualties") is off by default: without synonyms it flags
# every faithful paraphrase that says "soldiers" for "troops" (44 of the first 100 politifact_pp pairs).
STRICT_NOUNS = False
NOUN_WINDOW = 8  # tokens each side of an original figure in which the derivative's counted noun may stand


def _noun_after(side: Side, end: int) -> str | None:
    """The first content word after a figure (within three tokens): what it counts."""
    for word, _, _ in tokens(side.text, end, min(len(side.text), end + 60))[:3]:
        if word.isalpha() and word not in _FILLER:
            return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
    return None


def _period(side: Side, start: int, end: int) -> str | None:
    """A year the figure is scoped to right after it ("11,000 ... since 2023"), within its clause."""
    tail = side.text[end : end + 50]
    cut = re.search(r"[.;:!?\n]|, (?:and|but|while|which)\b", tail)
    m = _PERIOD_RE.search(tail[: cut.start()] if cut else tail)
    return m.group(1) if m else None


def _near(side: Side, v: Value, word: str) -> bool:
    """True when ``word`` stands within NOUN_WINDOW tokens of the original figure ``v``."""
    toks = side.token_list
    i = next((k for k, t in enumerate(toks) if t[2] > v.start), len(toks))
    window = toks[max(0, i - NOUN_WINDOW) : i + NOUN_WINDOW + 1]
    return any(w == word or w.rstrip("s") == word for w, _, _ in window)


def align(original: Side, derived: Side) -> list[Change]:
    """The figure changes of the derivative against the original."""
    out: list[Change] = []
    for stat in derived.data["statistics"]:
        if stat["kind"] == "rank":
            continue
        v = value_of(stat["text"], stat["kind"])
        if v is None:
            continue
        v = Value(stat["start"] + v.start, stat["start"] + v.end, v.value, v.unit, v.approximate)
        d_ev = Evidence.of(derived.text, v.start, v.end)
        sentence = derived.sentence_at(v.start)
        d_words = derived.sentence_words[sentence]
        # The same value counts only in a sentence that shares a word with the derivative's besides figures
        # and units: "45 percent of families" is not the original's "45 percent of the vote".
        same = [o for o in original.values if o.same(v) and _related(original, o, d_words)]
        same_unit = [o for o in same if o.unit == v.unit]
        if same_unit:
            o = max(same_unit, key=lambda o: (_similarity(original, o, d_words), -o.start))
            change = _scope(original, derived, o, v, d_ev)
            if change:
                out.append(change)
            continue
        if _verbatim(original, d_words, stat["text"]):
            continue  # "557" of "$557 million", read otherwise by the statistics extractor in a sentence kept as it was
        best, score = original.index.best(d_words)
        in_counterpart = [o for o in original.values if best >= 0 and original.sentence_at(o.start) == best] if score >= COUNTERPART else []
        other_unit = [o for o in same if o in in_counterpart]
        if other_unit:
            o = other_unit[0]
            out.append(Change("figure_scope_changed", MEDIUM,
                              f"{d_ev.quote!r} is a {v.unit} where the original's {original.text[o.start:o.end]!r} is a {o.unit}",
                              Evidence.of(original.text, o.start, o.end), d_ev))
            continue
        changed = [o for o in in_counterpart if o.unit == v.unit]
        if changed:
            o = min(changed, key=lambda o: abs(o.value - v.value) / max(abs(o.value), abs(v.value), 1e-9))
            out.append(Change("figure_changed", HIGH,
                              f"{d_ev.quote!r} where the original has {original.text[o.start:o.end]!r}",
                              Evidence.of(original.text, o.start, o.end), d_ev))
            continue
        source = f" (pinned on {stat['source']!r})" if stat.get("source") else ""
        out.append(Change("figure_invented", HIGH, f"{stat['text']!r} appears nowhere in the original{source}", None, d_ev))
    return out


KEPT = 0.6  # cosine from which an original sentence is the derived one carried over


def _verbatim(original: Side, d_words: frozenset[str], text: str) -> bool:
    """True when the figure's words stand as they are in an original sentence the derived one carries over."""
    wanted = fold(text).strip()
    return any(wanted in fold(original.text[slice(*original.sentence_span(i))]) for i, _ in original.index.above(d_words, KEPT))


_UNIT_WORDS = frozenset("percent per cent percentage point million billion thousand trillion dollar".split())


def _related(original: Side, o: Value, d_words: frozenset[str]) -> bool:
    """True when the original figure's sentence shares a content word (not a number or unit) with the derived one."""
    shared = original.sentence_words[original.sentence_at(o.start)] & d_words
    return any(not w[:1].isdigit() and w not in _UNIT_WORDS for w in shared)


def _similarity(original: Side, o: Value, d_words: frozenset[str]) -> float:
    """How like the derived figure's sentence the sentence of an original figure is."""
    words = original.sentence_words[original.sentence_at(o.start)]
    return len(words & d_words) / (len(d_words) or 1)


def _scope(original: Side, derived: Side, o: Value, v: Value, d_ev: Evidence) -> Change | None:
    """A scope change of a figure whose value the original has: a period added, or another counted noun."""
    o_ev = Evidence.of(original.text, o.start, o.end)
    period = _period(derived, v.start, v.end)
    o_clause = original.text[max(0, o.start - 120) : o.end + 120]
    if period and period not in o_clause and _period(original, o.start, o.end) is None:  # another year there: a date change
        return Change("figure_scope_changed", MEDIUM, f"{d_ev.quote!r} is now scoped to {period}, which the original does not say",
                      o_ev, Evidence.of(derived.text, v.start, derived.text.index(period, v.end) + 4))
    if not STRICT_NOUNS:
        return None
    d_noun, o_noun = _noun_after(derived, v.end), _noun_after(original, o.end)
    if d_noun and o_noun and d_noun != o_noun and not any(_near(original, x, d_noun) for x in original.values if x.same(v)):
        return Change("figure_scope_changed", LOW, f"{d_ev.quote!r} now counts {d_noun!r} where the original counts {o_noun!r}",
                      o_ev, d_ev)
    return None
