"""Invariant planted changes: edits a copy desk makes that leave the sourcing, and so the score, as it was."""

from __future__ import annotations

import random
import re

from . import phrasings
from .directional import insert_paragraph
from .edits import INVARIANT, QUOTE_CHARS, Article, CannotPlant, Edit, Variant, replace

_SAID_BLOCKER_RE = re.compile(r"[ \t]+(?:to|of|so|in|on|at|via|through|by|with)\b")  # "said to be", "said in a statement"
_TOLD_REPORTERS_RE = re.compile(r"\btold reporters\b")
# "; the" or ", and the": a clause that can stand as its own sentence starts after the joint.
_SUBJECT = r"(?:the|a|an|he|she|it|they|we|this|these|those|his|her|their|its|there)\b"
_SPLIT_RE = re.compile(rf"(;(?= [a-z])|, (?:and|but|so|yet)(?= {_SUBJECT})) ")
_CURLY = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}
_OPENERS = " \t\n([{\u2014\u2013-/"


def paragraphs_reordered(article: Article, rng: random.Random) -> Variant:
    """The paragraphs after the first shuffled (a quotation running across paragraphs moves as one block)."""
    paras, fixed = article.paragraphs, 0
    while fixed in article.ties:  # a quotation that starts in the first paragraph keeps its sequel in place
        fixed += 1
    blocks: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(paras[fixed + 1 :], start=fixed + 1):
        if blocks and (i - 1) in article.ties:
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
    if len(blocks) < 2:
        raise CannotPlant("fewer than two paragraphs after the first")
    order = list(range(len(blocks)))
    while order == sorted(order):
        rng.shuffle(order)
    text = article.text
    pieces = [text[: blocks[0][0]]]
    edits = []
    for slot, index in enumerate(order):
        start, end = blocks[index]
        new_start = sum(map(len, pieces))
        pieces.append(text[start:end])
        if index != slot:
            edits.append(Edit(start, end, new_start, new_start + end - start, text[start:end], text[start:end]))
        following = blocks[slot + 1][0] if slot + 1 < len(blocks) else len(text)
        pieces.append(text[blocks[slot][1] : following])
    return Variant("paragraphs_reordered", INVARIANT, "".join(pieces), tuple(edits), f"paragraph blocks 2.. in order {[i + 2 for i in order]}")


def said_told_reporters(article: Article, rng: random.Random) -> Variant:
    """One "said" after its source made "told reporters", or one "told reporters" made "said"."""
    text, options = article.text, []
    for attr in article.report["attributions"]:
        cue, src = attr["cue"], attr["source"]
        if attr["verb"] != "say" or not cue["text"].endswith("said") or src is None or src["end"] > cue["start"]:
            continue
        if _SAID_BLOCKER_RE.match(text, cue["end"]) or article.in_quotation(cue["start"]):
            continue
        options.append((cue["end"] - 4, cue["end"], "told reporters"))
    options += [(m.start(), m.end(), "said") for m in _TOLD_REPORTERS_RE.finditer(text) if not article.in_quotation(m.start())]
    if not options:
        raise CannotPlant("no 'said' after its source and no 'told reporters'")
    start, end, new = rng.choice(options)
    return replace(text, "said_told_reporters", INVARIANT, [(start, end, new)], f"{text[start:end]!r} -> {new!r}")


def sentence_split(article: Article, rng: random.Random) -> Variant:
    """A sentence with no attribution or quotation in it split in two at "; " or ", and" / ", but"."""
    text, options = article.text, []
    for start, end in article.sentences:
        sentence = text[start:end]
        if article.cues_in(start, end) or any(c in sentence for c in QUOTE_CHARS + "'"):
            continue
        for m in _SPLIT_RE.finditer(sentence):
            left, right = sentence[: m.start()], sentence[m.end() :]
            clause = left.rsplit(",", 1)[-1]  # "A, B, and the C" is a list, not two clauses
            if len(clause.split()) < 4 or len(right.split()) < 4 or left.count("(") != left.count(")"):
                continue
            at = start + m.start()
            if article.in_quotation(at):  # a sentence cut short by "..." inside a quotation
                continue
            joint = m.group(1)
            word = text[start + m.end()]
            if joint == ";":
                options.append((at, start + m.end() + 1, ". " + word.upper()))
            else:
                options.append((at, start + m.end(), ". " + joint[2:].capitalize() + " "))
    if not options:
        raise CannotPlant("no unattributed sentence joined by '; ' or ', and' / ', but'")
    start, end, new = rng.choice(options)
    return replace(text, "sentence_split", INVARIANT, [(start, end, new)], f"{text[start:end]!r} -> {new!r}")


def _curly(text: str) -> list[tuple[int, int, str]]:
    """Edits that make every straight quote mark and apostrophe curly (direction from the character before)."""
    changes = []
    for m in re.finditer(r"''|\"|'", text):
        before = text[m.start() - 1] if m.start() else "\n"
        opening = before in _OPENERS or before in "\u201c\u2018"
        if m.group() == "'":
            changes.append((m.start(), m.end(), "\u2018" if opening else "\u2019"))
        else:
            changes.append((m.start(), m.end(), "\u201c" if opening else "\u201d"))
    return changes


def quote_marks(article: Article, rng: random.Random) -> Variant:
    """Every quote mark and apostrophe made straight when the article has curly ones, else curly."""
    text = article.text
    curly = [(i, i + 1, _CURLY[c]) for i, c in enumerate(text) if c in _CURLY]
    changes = curly or _curly(text)
    if not changes:
        raise CannotPlant("no quote mark or apostrophe")
    way = "curly -> straight" if curly else "straight -> curly"
    return replace(text, "quote_marks", INVARIANT, changes, f"{way}: {len(changes)} marks")


def background_paragraph(article: Article, rng: random.Random) -> Variant:
    """A paragraph of neutral background (no figure, date, name, source or quotation) added mid-article."""
    return insert_paragraph(article, rng, "background_paragraph", INVARIANT, phrasings.background_paragraph(rng))
