"""Sources: who each claim is attributed to in the original, and who (if anyone) in the derivative.

Per attribution of the original to a named source (person, organization, document): the derivative's
sentence most like the claim's (cosine >= CLAIM_KEPT, source words left out) must still be attributed
to that source; to a vague or anonymous one instead, or to nobody, it is downgraded; to another named
source, reattributed. A named source the derivative never mentions is downgraded once (dropped). A
source of the derivative the original never mentions is introduced; when it is vague and stands where
the original cited a named source it is that source downgraded ("swapped").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .changes import HIGH, LOW, MEDIUM, Change, Evidence
from .matching import content, fold, tokens
from .side import Side

NAMED = ("person", "organization", "document")
VAGUE = ("vague", "anonymous", "hearsay")
CLAIM_KEPT = 0.6  # cosine from which a derived sentence is the original claim carried over
SWAP_AT = 0.15  # cosine from which an original sentence is where a derived vague source's claim came from
_DETERMINERS = frozenset("the a an this that these those its his her their".split())


@lru_cache(maxsize=4096)
def name_words(text: str) -> frozenset[str]:
    """The words that name a source ("the military's General Staff in Seoul": general, staff, seoul, military)."""
    text = text.replace("\u00ad", "").replace("\u200b", "")  # soft hyphens and zero-width spaces inside a name
    return content(w[:-2] if w.endswith("'s") else w for w, _, _ in tokens(text) if w not in _DETERMINERS)


def same_source(a: str, b: str) -> bool:
    """True when two source phrases name the same source: most of the shorter one's words in the other."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    short = min(len(wa), len(wb))
    shared = len(wa & wb)
    return shared >= 0.75 * short or (short <= 2 and _surname(a) is not None and _surname(a) == _surname(b))


def _surname(text: str) -> str | None:
    """The last capitalised word of a phrase (a person's surname), folded."""
    caps = re.findall(r"\b[A-Z][\w'’-]+", text.replace("\u00ad", "").replace("\u200b", ""))
    return fold(caps[-1]) if caps else None


def _mentioned(side: Side, text: str, kind: str) -> bool:
    """True when a source of the other text is mentioned here by name (surname of a person, full name otherwise)."""
    if kind == "person":
        surname = _surname(text)
        return surname is not None and surname in side.words
    core = re.sub(r"^(?:the|a|an)\s+", "", fold(text).strip())
    return bool(core) and core in side.folded


def _source(attr: dict[str, Any]) -> dict[str, Any] | None:
    """The source an attribution names: the resolved name for a pronoun, else the phrase at the cue."""
    return attr["resolved_source"] or attr["source"]


def _covering(side: Side, sentence: int) -> list[dict[str, Any]]:
    """Attributions of ``side`` whose cue is in the sentence (coverage of later sentences moves when paragraphs do)."""
    start, end = side.sentence_span(sentence)
    return [a for a in side.data["attributions"] if start <= a["cue"]["start"] < end]


def align(original: Side, derived: Side) -> list[Change]:
    """The source changes of the derivative against the original."""
    out: list[Change] = []
    reported: set[tuple[int, int]] = set()  # original source spans already downgraded or reattributed
    claimed: set[int] = set()  # derived sentences already explained by a change here
    for attr in original.data["attributions"]:
        src = _source(attr)
        if src is None or src["kind"] not in NAMED:
            continue
        sentence = original.sentence_at(attr["cue"]["start"])
        o_start, o_end = original.sentence_span(sentence)
        s_words = name_words(src["text"]) | name_words(attr["cue"]["text"])
        query = original.sentence_words[sentence] - s_words
        candidates = [i for i, _ in derived.index.above(query, CLAIM_KEPT)]
        whole_claim = not candidates and len(query) < 4
        if whole_claim:  # "Trump said." after a quotation: the claim is the sentences the cue covers
            query = original.words_between(attr["claim"]["start"], attr["claim"]["end"]) - s_words
            candidates = [i for i, _ in derived.index.above(query, CLAIM_KEPT)]
        if not candidates:
            continue
        # A sentence said twice, or a quotation split over sentences: any counterpart that still names the source will do.
        if any(_attributed_to(derived, i, src) for i in candidates):
            continue
        best = candidates[0]
        d_start, d_end = derived.sentence_span(best)
        o_ev = Evidence.of(original.text, src["start"], src["end"])
        covering = _covering(derived, best)
        if any(a["resolved_source"] is not None or (a["source"] or {}).get("kind") == "pronoun" for a in covering):
            continue  # "he said": whom the pronoun stands for (if anyone) is the resolver's guess, which moves with the paragraphs
        others = [a["source"] for a in covering if a["source"] is not None]
        if not others and (whole_claim or any(_mentions(derived, src, *derived.sentence_span(i)) >= _mentions(original, src, o_start, o_end)
                                              for i in candidates)):
            # The source still named there as often as in the original sentence, in words the attribution extractor
            # did not read as a cue; or a claim over several sentences, whose cue may stand in another one.
            continue
        named = [s for s in others if s["kind"] in NAMED]
        vague = [s for s in others if s["kind"] in VAGUE]
        if named and not any(same_source(s["text"], src["text"]) for s in named):
            s = named[0]
            quoted = any(q["start"] >= d_start and q["end"] <= d_end for q in derived.data["quotations"])
            what = "a quotation" if quoted else "a claim"
            out.append(Change("source_reattributed", HIGH, f"{what} of {src['text']!r} is attributed to {s['text']!r}",
                              o_ev, Evidence.of(derived.text, s["start"], s["end"])))
        elif vague:
            s = vague[0]
            out.append(Change("source_downgraded", HIGH, f"{src['text']!r} replaced by {s['kind']} {s['text']!r}",
                              o_ev, Evidence.of(derived.text, s["start"], s["end"])))
        elif not named:
            out.append(Change("source_downgraded", HIGH, f"the claim attributed to {src['text']!r} stands unattributed",
                              o_ev, Evidence.of(derived.text, d_start, _trim(derived.text, d_start, d_end))))
        else:
            continue
        reported.add((src["start"], src["end"]))
        claimed.add(best)
    out += _introduced(original, derived, claimed, reported)
    out += _dropped(original, derived, reported | {(c.original.start, c.original.end) for c in out if c.original})
    return out


def _attributed_to(side: Side, sentence: int, src: dict[str, Any]) -> bool:
    """True when an attribution of ``side`` covering the sentence names ``src`` (directly or through a pronoun)."""
    start, _ = side.sentence_span(sentence)
    # The sentence's own cues when it has any (a cue of an earlier sentence may cover it too); else what covers it.
    attrs = _covering(side, sentence) or [a for a in side.data["attributions"] if a["claim"]["start"] <= start < a["claim"]["end"]]
    return any((s := _source(a)) is not None and same_source(s["text"], src["text"]) for a in attrs)


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing whitespace."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _mentions(side: Side, src: dict[str, Any], start: int, end: int) -> int:
    """How often the source is named in ``text[start:end]``: its surname (a person), else its name's words together."""
    folded = side.folded[start:end]
    if src["kind"] == "person":
        surname = _surname(src["text"])
        return [w for w, _, _ in tokens(side.text, start, end)].count(surname) if surname else 0
    core = re.sub(r"^(?:the|a|an)\s+", "", fold(src["text"]).strip())
    return folded.count(core) if core else 0


def _mentioned_in(side: Side, src: dict[str, Any], start: int, end: int) -> bool:
    """True when the source is named inside ``text[start:end]`` (or its surname is, for a person)."""
    words = side.words_between(start, end)
    wanted = name_words(src["text"])
    if src["kind"] == "person":
        surname = _surname(src["text"])
        return surname is not None and surname in words
    return bool(wanted) and len(wanted & words) >= 0.75 * len(wanted)


def _introduced(original: Side, derived: Side, claimed: set[int], reported: set[tuple[int, int]]) -> list[Change]:
    """Sources of the derivative that the original never mentions; a vague one where the original named a source: downgraded.

    Vague newcomers and the original's named sources the derivative no longer cites are paired greedily,
    the most similar claims first (cosine of content words >= SWAP_AT), each at most once.
    """
    new = []
    for src in derived.data["sources"]:
        if any(same_source(src["text"], o["text"]) for o in original.data["sources"]) or _mentioned(original, src["text"], src["kind"]):
            continue
        if derived.sentence_at(src["start"]) not in claimed:
            new.append(src)
    # Named sources the derivative no longer cites; or any, for a claim carried over nearly whole (cosine >= CLAIM_KEPT).
    named = [a for a in original.data["attributions"] if (s := _source(a)) is not None and s["kind"] in NAMED
             and (s["start"], s["end"]) not in reported]
    cited = [_mentioned(derived, _source(a)["text"], _source(a)["kind"]) for a in named]  # type: ignore[index]
    claim_words = []
    for attr in named:
        o = _source(attr)
        assert o is not None
        claim_words.append(original.words_between(attr["claim"]["start"], attr["claim"]["end"]) - name_words(o["text"]))
    pairs = []
    for i, src in enumerate(new):
        if src["kind"] not in VAGUE:
            continue
        query = _claim_words(derived, src) - name_words(src["text"])
        for j, words in enumerate(claim_words):
            if words and query:
                score = len(words & query) / (len(words) * len(query)) ** 0.5
                if score >= (CLAIM_KEPT if cited[j] else SWAP_AT):
                    pairs.append((score, i, j))
    swaps: dict[int, dict[str, Any]] = {}
    used: set[tuple[int, int]] = set()
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        o = _source(named[j])
        assert o is not None
        if i in swaps or (o["start"], o["end"]) in used:
            continue
        swaps[i] = o
        used.add((o["start"], o["end"]))
    out = []
    for i, src in enumerate(new):
        d_ev = Evidence.of(derived.text, src["start"], src["end"])
        if i in swaps:
            o = swaps[i]
            reported.add((o["start"], o["end"]))
            out.append(Change("source_downgraded", HIGH, f"{o['text']!r} of the original gives way to {src['kind']} {src['text']!r}",
                              Evidence.of(original.text, o["start"], o["end"]), d_ev))
        else:
            severity = MEDIUM if src["kind"] in VAGUE else LOW
            out.append(Change("source_introduced", severity, f"{src['kind']} source {src['text']!r} is not in the original", None, d_ev))
    return out


def _claim_words(side: Side, src: dict[str, Any]) -> frozenset[str]:
    """Content words of the claim a source's attribution covers (its sentence when no attribution starts there)."""
    for a in side.data["attributions"]:
        s = a["source"]
        if s is not None and s["start"] == src["start"] and s["end"] == src["end"]:
            return side.words_between(min(a["claim"]["start"], s["start"]), max(a["claim"]["end"], s["end"]))
    return side.sentence_words[side.sentence_at(src["start"])]


def _dropped(original: Side, derived: Side, reported: set[tuple[int, int]]) -> list[Change]:
    """Named sources of the original that the derivative never mentions (once each)."""
    out = []
    for src in original.data["sources"]:
        if src["kind"] not in ("person", "organization") or (src["start"], src["end"]) in reported:
            continue
        mentions = {(m["start"], m["end"]) for m in src["mentions"]}
        if mentions & reported or _mentioned(derived, src["text"], src["kind"]):
            continue
        if any(same_source(src["text"], d["text"]) for d in derived.data["sources"]):
            continue
        out.append(Change("source_downgraded", MEDIUM, f"{src['text']!r} is cited in the original, not in the derivative",
                          Evidence.of(original.text, src["start"], src["end"]), None))
    return out
