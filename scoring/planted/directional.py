"""Directional planted changes: each must lower the score (a worse-sourced version of the article)."""

from __future__ import annotations

import random
import re
from typing import Any

from . import phrasings
from .edits import LOWER, QUOTE_CHARS, Article, CannotPlant, Variant, replace, starts_sentence

NAMED_KINDS = ("person", "organization")
# Cue verbs whose complement is the claim itself ("X said the plan failed"): removing "X said"
# leaves the claim standing as an assertion.
CLAUSE_VERBS = frozenset(
    "say add note claim argue explain state announce write insist warn contend assert acknowledge stress "
    "suggest predict report confirm believe maintain allege observe estimate tell".split()
)
_TOLD_WHOM_RE = re.compile(r"[ \t]+(?:reporters|journalists)\b")  # "X told reporters (that) ...": whom, then the claim
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MODIFIER = rf"(?:on|in|at|during|after|before|last|this|earlier|later|yesterday|today|tonight|{_WEEKDAY})\b"
# After "X said": "that" (after a time or place: "said on Monday that", "said in a statement that"), or the claim
# itself when its first word is no modifier ("said the plan failed"; "said in a statement" is not a claim).
_THAT_RE = re.compile(rf"(?:[ \t]+{_MODIFIER}[^,.;:\"\u201c\u201d\n]{{0,60}}?)?,?[ \t]+that[ \t]+(?=[A-Za-z0-9$])")
_BARE_RE = re.compile(rf"[ \t]+(?!{_MODIFIER}|(?:to|of|so|with|by|for|about|as|that)\b)(?=[A-Za-z0-9$])")
_PRONOUN_START_RE = re.compile(r"(?:he|she|it|they|we|i|his|her|its|their)\b", re.IGNORECASE)
_GAP_RE = re.compile(r"[ \t]+(?:(?:also|later|previously|then|again|recently|repeatedly|often|[a-z]+ly)[ \t]+)?")
_YEAR_RE = re.compile(r"(?<![\d-])(19\d\d|20\d\d)(?![\d-]|s\b|'s\b)")
# What ends a sentence after "X said": a time, a place or an apposition, not a further claim ("adding that ...").
_TAIL_RE = re.compile(r"(?:[ \t,]+(?:(?!\b(?:that|adding|saying|noting|who|which)\b)[^.!?;:\"\u201c\u201d\n]){0,60}?)?[.!?]")
_PAST_TO_FUTURE = {"last": "next", "yesterday": "tomorrow", "earlier": "later", "previous": "following", "ago": "from now"}
_MONTH_DAY_RE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}"
)
_DETERMINERS = frozenset("the a an this that these those its his her their our my some one another".split())
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us|you|You)\b")


def _named(attr: dict[str, Any]) -> bool:
    """True when the attribution's source is a named person or organization at the cue (not a pronoun or a link)."""
    src = attr["source"]
    if src is None or attr["resolved_source"] is not None or src["kind"] not in NAMED_KINDS:
        return False
    words = src["text"].split()
    return len(words) <= 10 and any(w[:1].isupper() and w.lower() not in _DETERMINERS for w in words) and not any(
        c in src["text"] for c in QUOTE_CHARS + "\n"
    )


def _speaker(attr: dict[str, Any]) -> bool:
    """True when the attribution has a source at its cue that is a name or a pronoun standing for one."""
    src = attr["source"]
    if src is None:
        return False
    return _named(attr) or (src["kind"] == "pronoun" and attr["resolved_source"] is not None)


def _adjacent(text: str, attr: dict[str, Any]) -> bool:
    """True when source and cue stand together: "X said", "X also said", "said X", "according to X"."""
    src, cue = attr["source"], attr["cue"]
    if src["end"] <= cue["start"]:
        return _GAP_RE.fullmatch(text, src["end"], cue["start"]) is not None
    return cue["end"] <= src["start"] and re.fullmatch(r"[ \t]+", text[cue["end"] : src["start"]]) is not None


def _plural_verb(word: str, lemma: str) -> str:
    """A third-person singular verb made plural to agree with a collective ("says" -> "say", "has" -> "have")."""
    irregular = {"has": "have", "is": "are", "was": "were", "does": "do"}
    if word.lower() in irregular:
        return irregular[word.lower()]
    if word in (lemma + "s", lemma + "es") or (lemma.endswith("y") and word == lemma[:-1] + "ies"):
        return lemma
    return word


def named_to_vague(article: Article, rng: random.Random) -> Variant:
    """A named source at a cue replaced by a vague collective ("Jane Smith said" -> "Some observers said")."""
    text, options = article.text, []
    for attr in article.report["attributions"]:
        if not _named(attr):
            continue
        if _adjacent(text, attr):
            options.append((attr, attr["source"]["end"] <= attr["cue"]["start"]))
    if not options:
        raise CannotPlant("no named source next to its cue")
    attr, source_first = rng.choice(options)
    src, cue = attr["source"], attr["cue"]
    vague = rng.choice(phrasings.VAGUE_COLLECTIVES)
    if starts_sentence(text, src["start"]):
        vague = vague[0].upper() + vague[1:]
    changes = [(src["start"], src["end"], vague)]
    if source_first:
        first = re.match(r"\S+", cue["text"])
        assert first is not None
        plural = _plural_verb(first.group(), attr["verb"])
        if plural != first.group():
            changes.append((cue["start"], cue["start"] + first.end(), plural))
    return replace(text, "named_to_vague", LOWER, changes, f"{src['text']!r} -> {vague!r}")


def _clean_sentence(article: Article, attr: dict[str, Any]) -> tuple[int, int] | None:
    """The sentence of the attribution when it holds no quotation and no other cue (else None)."""
    start, end = article.sentence_at(attr["cue"]["start"])
    sentence = article.text[start:end]
    if any(c in sentence for c in QUOTE_CHARS) or "''" in sentence or len(article.cues_in(start, end)) != 1:
        return None
    return start, end


def _removal(article: Article, attr: dict[str, Any]) -> list[tuple[int, int, str]] | None:
    """The edits that take a named source and its cue out of their sentence, or None when no pattern fits."""
    text, src, cue = article.text, attr["source"], attr["cue"]
    bounds = _clean_sentence(article, attr)
    if bounds is None:
        return None
    s_start, s_end = bounds
    body_end = s_end
    while body_end > s_start and text[body_end - 1] in " \t\n" + '")':
        body_end -= 1
    if body_end <= s_start or text[body_end - 1] not in ".!?":
        return None
    body_end -= 1  # the sentence's final mark stays
    if cue["text"].lower() == "according to" and cue["end"] <= src["start"]:
        if text[cue["end"] : src["start"]].strip():
            return None
        after = text[src["end"] : src["end"] + 1]
        if starts_sentence(text, cue["start"]) and after == ",":
            m = re.match(r",[ \t]+(?=[A-Za-z0-9])", text[src["end"] :])
            if m is None:
                return None
            rest = src["end"] + m.end()
            return [(cue["start"], rest + 1, text[rest].upper())]
        before = text[: cue["start"]].rstrip(" \t")
        if not before.endswith(","):
            return None
        comma = len(before) - 1
        if after == ",":
            return [(comma, src["end"] + 1, "")]
        if src["end"] == body_end:
            return [(comma, src["end"], "")]
        return None
    if attr["verb"] not in CLAUSE_VERBS:
        return None
    first, last = min(src["start"], cue["start"]), max(src["end"], cue["end"])
    if src["end"] <= cue["start"]:
        if not _GAP_RE.fullmatch(text, src["end"], cue["start"]):
            return None
    elif text[cue["end"] : src["start"]].strip():
        return None
    if src["start"] < cue["start"] and starts_sentence(text, src["start"]):
        after = cue["end"]
        if attr["verb"] == "tell":
            told = _TOLD_WHOM_RE.match(text, after)
            if told is None:
                return None
            after = told.end()
        m = _THAT_RE.match(text, after) or _BARE_RE.match(text, after)
        if m is None or len(text[m.end() : body_end].split()) < 3:
            return None
        return [(src["start"], m.end() + 1, text[m.end()].upper())]
    before = text[:first].rstrip(" \t")
    if before.endswith(",") and not text[last:body_end].strip(" \t") and len(text[s_start:first].split()) >= 3:
        return [(len(before) - 1, last, "")]
    return None


def named_removed(article: Article, rng: random.Random) -> Variant:
    """A named source and its cue taken out of an attributed claim, which stays as an assertion."""
    options = []
    for attr in article.report["attributions"]:
        if _named(attr):
            changes = _removal(article, attr)
            if changes:
                options.append((attr, changes))
    if not options:
        raise CannotPlant("no named attribution with a removable source")
    # A claim that starts with a pronoun ("she had been searching") would keep pointing at the removed source.
    own = [(a, c) for a, c in options if not _PRONOUN_START_RE.match(c[0][2] + article.text[c[0][1] : c[0][1] + 4])]
    attr, changes = rng.choice(own or options)
    return replace(article.text, "named_removed", LOWER, changes, f"removed {attr['source']['text']!r} {attr['cue']['text']!r}")


def _insertion_points(article: Article) -> list[int]:
    """Paragraph indexes a new paragraph may follow: mid-article, never inside a quotation."""
    n = len(article.paragraphs)
    if n < 2:
        return []
    candidates = range(1, n - 1) if n >= 3 else range(0, 1)
    return [i for i in candidates if i not in article.ties and not article.in_quotation(article.paragraphs[i][1])]


def insert_paragraph(article: Article, rng: random.Random, kind: str, direction: str, paragraph: str) -> Variant:
    """``paragraph`` inserted as a paragraph of its own after a paragraph drawn from the insertion points."""
    points = _insertion_points(article)
    if not points:
        raise CannotPlant("no paragraph break outside a quotation")
    i = rng.choice(points)
    end, next_start = article.paragraphs[i][1], article.paragraphs[i + 1][0]
    separator = article.text[end:next_start]
    at = next_start
    return replace(article.text, kind, direction, [(at, at, paragraph + separator)], f"after paragraph {i + 1}: {paragraph!r}")


def unsourced_statistic(article: Article, rng: random.Random) -> Variant:
    """A sentence stating a figure with no source, inserted as its own paragraph mid-article."""
    return insert_paragraph(article, rng, "unsourced_statistic", LOWER, phrasings.unsourced_statistic(rng))


def vague_statistic(article: Article, rng: random.Random) -> Variant:
    """A sentence stating a figure pinned on a vague source, inserted as its own paragraph mid-article."""
    return insert_paragraph(article, rng, "vague_statistic", LOWER, phrasings.vague_statistic(rng))


def _year_move(d: dict[str, Any], year: int, rng: random.Random) -> tuple[int, int, str] | None:
    """A past year moved after the publication year, a future one before it ("in 2014" -> "in 2017")."""
    years = list(_YEAR_RE.finditer(d["text"]))
    if len(years) != 1:
        return None
    value, step = int(years[0].group()), rng.choice((1, 2, 3))
    if d["tense"] == "past" and value <= year:
        new = year + step
    elif d["tense"] == "future" and value >= year:
        new = year - step
    else:
        return None
    start = d["start"] + years[0].start()
    return start, start + 4, str(new)


def _relative_move(d: dict[str, Any]) -> tuple[int, int, str] | None:
    """A relative date turned the other way round its tense ("last week" told as past -> "next week")."""
    swaps = _PAST_TO_FUTURE if d["tense"] == "past" else {v: k for k, v in _PAST_TO_FUTURE.items()}
    m = re.search(r"(?<!-)\b(" + "|".join(swaps) + r")\b", d["text"], re.IGNORECASE)  # not "year-ago"
    if m is None:
        return None
    word = m.group()
    new = swaps[word.lower()]
    new = new.capitalize() if word[0].isupper() else new
    return d["start"] + m.start(), d["start"] + m.end(), new


def _day_move(d: dict[str, Any], year: int) -> tuple[int, int, str] | None:
    """A yearless past day ("on March 27") given the year after publication ("on March 27, 2026")."""
    if d["tense"] != "past" or not _MONTH_DAY_RE.fullmatch(d["text"]):
        return None
    return d["end"], d["end"], f", {year + 1}"


def date_moved(article: Article, rng: random.Random) -> Variant:
    """A date moved against its tense across the publication date: a year, else a relative date, else a day."""
    year = article.year
    if year is None:
        raise CannotPlant("no publication date")
    dates = [d for d in article.report["dates"] if not d["issue"] and d["resolved"] and d["tense"] in ("past", "future")]
    for move in (lambda d: _year_move(d, year, rng), _relative_move, lambda d: _day_move(d, year)):
        options = [(d, change) for d in dates if (change := move(d)) is not None]
        if options:
            d, change = rng.choice(options)
            detail = f"{d['text']!r} ({d['tense']}): {article.text[change[0] : change[1]]!r} -> {change[2]!r}"
            return replace(article.text, "date_moved", LOWER, [change], detail)
    raise CannotPlant("no past or future date with a year, a relative date or a day")


def _mark_length(text: str, pos: int) -> int:
    """Length of the quote mark at ``pos``: 2 for a doubled apostrophe or backtick, else 1."""
    return 2 if text[pos : pos + 2] in ("''", "``") else 1


def _unquote(article: Article, q: dict[str, Any]) -> list[tuple[int, int, str]] | None:
    """The edits that turn a quotation and its attribution into a bare assertion, or None when no pattern fits."""
    text, speaker = article.text, q["speaker"]
    if speaker is None or q["kind"] != "double" or "\n" in q["text"]:
        return None
    open_len = _mark_length(text, q["start"])
    close_len = 2 if text[q["end"] - 2 : q["end"]] in ("''",) else 1
    inner_start, inner_end = q["start"] + open_len, q["end"] - close_len
    inner = text[inner_start:inner_end].rstrip()
    if len(inner.split()) < 3 or not inner[:1].isupper():
        return None
    # The attribution next to the quotation: named or a pronoun ("she said"), source and cue together.
    attrs = [a for a in article.report["attributions"] if _speaker(a) and _adjacent(text, a)]
    near = [a for a in attrs if q["end"] <= min(a["source"]["start"], a["cue"]["start"]) <= q["end"] + 3]
    near += [a for a in attrs if q["start"] - 3 <= max(a["source"]["end"], a["cue"]["end"]) <= q["start"]]
    if not near:
        return None
    attr = near[0]
    lo = min(attr["source"]["start"], attr["cue"]["start"])
    hi = max(attr["source"]["end"], attr["cue"]["end"])
    s_start, s_end = article.sentence_at(q["start"])
    if starts_sentence(text, q["start"]) and lo >= q["end"]:
        # "Quote," X said.  ->  Quote.
        tail = _TAIL_RE.match(text, hi)
        if text[q["end"] : lo].strip() or tail is None:
            return None
        body_end = inner_start + len(inner)
        if inner[-1] in ".!?":
            return [(q["start"], inner_start, ""), (body_end, tail.end(), "")]
        if inner[-1] == ",":
            return [(q["start"], inner_start, ""), (body_end - 1, tail.end(), ".")]
        return None
    if hi <= q["start"] and starts_sentence(text, lo) and article.sentence_at(lo) == (s_start, s_end) and re.fullmatch(r"[ \t]*[,:]?[ \t]*", text[hi : q["start"]]):
        # X said: "Quote."  ->  Quote.
        if inner[-1] not in ".!?" or text[q["end"] : s_end].strip():
            return None
        return [(lo, inner_start, ""), (inner_start + len(inner), q["end"], "")]
    return None


def quote_to_assertion(article: Article, rng: random.Random) -> Variant:
    """A direct quotation and its attribution turned into an unattributed assertion in the same words."""
    options = []
    for q in article.report["quotations"]:
        changes = _unquote(article, q)
        if changes:
            options.append((q, changes))
    if not options:
        raise CannotPlant("no attributed quotation standing as its own sentence")
    third_person = [o for o in options if not _FIRST_PERSON_RE.search(o[0]["text"])]
    q, changes = rng.choice(third_person or options)
    return replace(article.text, "quote_to_assertion", LOWER, changes, f"unquoted {q['text'][:60]!r}")
