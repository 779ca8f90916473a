"""The extractors' scans that try their pattern only where a match can start find what a scan of the whole text finds.

The primitives they are built of have their own tests: tests/test_fast_*.py.
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from sourcescore.features import attribution, document, statistics, style
from sourcescore.features.document import parse
from sourcescore.features.fast import MAX_REPLACED_CHARS
from sourcescore.scoring import scorer

TEXTS = [
    "According to officials, one in five people doubled their savings; ACCORDING TO Reuters, sales tripled.",
    "Citing sources, the second-largest bank said it reportedly may cut 3,000 jobs, as reported by AP.",
    "Prices rose 12 percent to $4.5 billion, the twofold rise said to be unprecedented, analysts noted.",
    "CITING the report, ONE IN TEN said we never knew; the ministry claimed it found nothing.",
    # Characters IGNORECASE matches with ASCII letters (ſ for s, K for k, ı and İ for i): full scans.
    "Acc\u0131ording to him, \u017fales doubled; the third-large\u017ft firm \u017faid so. Citing \u212aeys.",
    "\u0130stanbul officials said one in two residents were shocked, according to the mayor.",
    "-said he; pre-according to; x-one in five; re-doubled; it was said-to be; said",
    '"As I said, according to the polls we lead," Lee said. He told "them" nothing; "unclosed said it',
]


def assert_candidates_find_what_scans_find(text: str) -> None:
    doc = parse(text)
    quoted = [(q.inner_start, q.inner_end) for q in doc.quotes if q.kind == "double"]
    outside = [m.span() for m in attribution._CUE_RE.finditer(doc.text) if not any(a <= m.start() < b for a, b in quoted)]
    assert [m.span() for m in attribution._cue_matches(doc)] == outside  # cues inside a double quotation are not read
    assert [m.span() for m in statistics._statistics(doc)] == [m.span() for m in statistics._STAT_RE.finditer(doc.text)]


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_find_what_scans_find(text: str) -> None:
    assert_candidates_find_what_scans_find(text)


def test_candidates_find_what_scans_find_in_the_seeds(genuine_seed: str, fabricated_seed: str) -> None:
    assert_candidates_find_what_scans_find(genuine_seed)
    assert_candidates_find_what_scans_find(fabricated_seed)


def _random_ascii_texts(count: int, seed: int = 7) -> list[str]:
    """ASCII texts dense in what splits or joins runs: apostrophes, hyphens, digits, underscores, CR, tabs, double spaces."""
    rng = random.Random(seed)
    alphabet = ["a", "B", "c", "Z", "e", "0", "7", "_", "'", "-", "--", " ", "  ", "\t", "\r\n", "\r", ".", ",", "K", "I"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 60))) for _ in range(count)]


def test_runs_taken_from_word_tokens_are_the_texts_runs() -> None:
    for text in [*TEXTS, *_random_ascii_texts(400)]:
        doc = parse(text)
        if doc.text.isascii():
            assert doc.lowered_runs == frozenset(re.findall(r"[a-z0-9_]+", doc.text.lower())), repr(text)


# -- scans by str/bytes methods instead of the regex engine -----------------------------------------
# Characters around which Unicode, str methods and the regex engine might disagree: letters of
# other scripts, digits that are not decimal (², ½), decimal digits of other scripts, marks,
# Unicode spaces and line breaks, characters that case-fold to ASCII or lower-case to two
# characters, the right single quote (a word separator), a lone surrogate, an emoji, controls.
ODD = list("\u00e9\u0416\u03a3\u00df\u00b2\u00bd\u0663\u0301\u00a0\u3000\u2028\x85\u212a\u0130\u0131\u017f\u2019\ud800\U0001f600\u00ad\u2014\x00\x1c\x7f")
ASCII_PIECES = ["a", "Z", "the ", "0", "_", "'", "-", " ", "\n", "\t", ".", "<p>"]


def _random_texts(count: int, seed: int) -> list[str]:
    """Texts mixing ASCII with some of ODD, or with a few random code points, or with many (the regex fallback)."""
    rng = random.Random(seed)
    texts = []
    for i in range(count):
        if i % 3 == 0:
            pool = ASCII_PIECES + rng.sample(ODD, rng.randrange(len(ODD)))
        else:
            extra = rng.randrange(1, MAX_REPLACED_CHARS + 1) if i % 3 == 1 else rng.randrange(MAX_REPLACED_CHARS + 1, 60)
            pool = ASCII_PIECES + [chr(rng.randrange(0x80, 0x110000)) for _ in range(extra)]
        texts.append("".join(rng.choice(pool) for _ in range(rng.randrange(1, 120))))
    return texts


def test_word_tokens_are_the_regex_tokens() -> None:
    for text in [*TEXTS, *_random_texts(3000, seed=12), *_random_ascii_texts(1000, seed=13)]:
        assert document._words(text) == document._WORD_RE.findall(text), repr(text)


def test_lowered_runs_are_the_regex_runs() -> None:
    for text in [*TEXTS, *_random_texts(1000, seed=14)]:
        doc = parse(text)
        expected = None if doc.lowered is None else frozenset(re.findall(r"\w+", doc.lowered))
        assert doc.lowered_runs == expected, repr(text)


def test_lowered_words_are_the_lower_cased_words() -> None:
    # Only a final sigma may differ: str.lower reads it from the characters around the token.
    for text in [*TEXTS, *_random_texts(1000, seed=15), "\u039f\u0394\u039f\u03a3.\u0391 \u039f\u0394\u039f\u03a3"]:
        doc = parse(text)
        if doc.lowered_words is None:
            assert doc.lowered is None, repr(text)
            continue
        sigma = str.maketrans("\u03c2", "\u03c3")
        assert [w.translate(sigma) for w in doc.lowered_words] == [w.lower().translate(sigma) for w in doc.words], repr(text)
        assert doc.word_count == len(doc.words), repr(text)


def test_syllables_of_lowered_words_are_those_of_the_words() -> None:
    for text in [*TEXTS, *_random_texts(300, seed=16), "\u039f\u0394\u039f\u03a3.\u0391 \u039f\u0394\u039f\u03a3 The THE the"]:
        doc = parse(text)
        if doc.lowered_words is not None:
            assert [style._word_syllables(w) for w in doc.lowered_words] == [style._word_syllables(w) for w in doc.words], repr(text)


def _reference_warnings(text: str) -> list[str]:
    """The text warnings of _warnings computed as the regexes and str.split() define them."""
    out = []
    control = re.search("[\x00-\x08\x0e-\x1f\x7f]", text)
    if control:
        out.append(f"control {control.group()!r} {control.start()}")
    if len(scorer._HTML_TAG_RE.findall(text)) >= scorer.HTML_TAGS:
        out.append("html")
    words = re.findall(r"[^\W\d_]+", text)  # runs of letters, any script
    letters = sum(map(len, words))
    visible = sum(map(len, text.split()))
    if visible >= scorer.MIN_PROSE_CHARS and letters < scorer.MIN_PROSE_LETTERS * visible:
        out.append(f"prose {letters / visible:.0%}")
    elif not _reference_looks_english(text, words, letters):
        out.append("english")
    return out


def _reference_looks_english(text: str, words: list[str], letters: int) -> bool:
    """The language check as defined: mostly another script, or too few English function words among the runs of letters."""
    if letters >= scorer.MIN_LANGUAGE_LETTERS and len(scorer._NON_LATIN_RE.findall(text)) > scorer.MAX_NON_LATIN_SHARE * letters:
        return False
    if len(words) < scorer.MIN_LANGUAGE_WORDS:
        return True
    function_words = sum(word.lower() in scorer.ENGLISH_FUNCTION_WORDS for word in words)
    return function_words >= scorer.MIN_ENGLISH_SHARE * len(words)


def _text_warnings(text: str) -> list[str]:
    doc = parse(text)
    ex = SimpleNamespace(doc=doc, temporal=SimpleNamespace(reference=None), attribution=SimpleNamespace(claims=[1]))
    out = []
    for warning in scorer._warnings(ex):  # type: ignore[arg-type]
        if warning.startswith("the text contains control characters"):
            out.append(f"control {warning.split('the first, ')[1].split(', at offset ')[0]} {warning.split('at offset ')[1].split(')')[0]}")
        elif warning.startswith("the text looks like HTML"):
            out.append("html")
        elif warning.startswith("the text is mostly digits"):
            out.append(f"prose {warning.split('(')[1].split(' letters')[0]}")
        elif warning.startswith("the text does not look like English"):
            out.append("english")
    return out


def _english_like_texts(count: int, seed: int) -> list[str]:
    """Runs of words whose share of function words is near MIN_ENGLISH_SHARE, somewhere in the text."""
    rng = random.Random(seed)
    function_words = sorted(scorer.ENGLISH_FUNCTION_WORDS)
    others = ["Der", "minister", "sagte", "\u00e9t\u00e9", "THE", "Said", "x", "\u0416\u0438"]
    texts = []
    for _ in range(count):
        n = rng.randrange(15, 200)
        share = rng.uniform(0.0, 0.12)
        words = [rng.choice(function_words) if rng.random() < share else rng.choice(others) for _ in range(n)]
        if rng.random() < 0.3:
            words.sort(key=lambda w: w in scorer.ENGLISH_FUNCTION_WORDS)  # the function words last
        texts.append(rng.choice([" ", ", ", " 12 ", "\u2014", "  "]).join(words))
    return texts


def test_text_warnings_are_those_the_regexes_define() -> None:
    texts = [*TEXTS, *_random_texts(3000, seed=15), *_english_like_texts(3000, seed=16)]
    texts += ["x" * 300, "1 " * 300, "\u4e2d\u6587" * 30 + " the" * 10, "<p>" * 5 + "the said " * 20]
    for text in texts:
        if text.strip() and parse(text).text.strip():
            assert _text_warnings(text) == _reference_warnings(text), repr(text)


def test_normalization_matches_are_the_regex_matches() -> None:
    rng = random.Random(17)
    alphabet = [*"aZ0%\"')$( \r\n\t\x0b\x0c.", *document._REPLACED, "  ", "   ", "\r\n", *ODD]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(20000)]
    for text in [*TEXTS, *texts]:
        expected = [(m.start(), m.group()) for m in document._NORMALIZE_RE.finditer(text)]
        assert document._normalization_matches(text) == expected, repr(text)


def test_boundary_candidates_are_the_marks_followed_by_a_word() -> None:
    """The candidates with the following word in their lookahead, in a paragraph with or without ! and ?."""
    marks = re.compile(r"[.!?](?<![.!?].)[.!?]*+[\"')\]]*+(?=\s)")
    rng = random.Random(18)
    alphabet = [*"aZ.!?\"')] ", "...", "\u2028", "\x1c", "\u00a0", "U.S. ", "Mr. "]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(20000)]
    for para in [*TEXTS, *texts]:
        expected = [(m.span(), n.group(1)) for m in marks.finditer(para) if (n := re.compile(r"\s+(\S+)").match(para, m.end()))]
        assert [(m.span(), m.group(1)) for m in document._BOUNDARY_RE.finditer(para)] == expected, repr(para)
        if "!" not in para and "?" not in para:
            assert [(m.span(), m.group(1)) for m in document._DOT_BOUNDARY_RE.finditer(para)] == expected, repr(para)
