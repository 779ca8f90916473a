"""Score articles: extract features, run the model and the rules, add the parts up."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path

from ..features.document import parse
from ..features.fast import blank_chars, non_ascii
from ..features.pipeline import Extraction, extract
from .model import Model, default_model, load_model, model_points
from .genre import GENRE_PART, model_adjustment
from .records import InputError, parse_published  # re-exported: the public API's names for them
from .report import CLAMP_PART, Contribution, Report, band_for
from .rules import run_rules
from .rules import select as select_rules

MIN_WORDS = 80  # below this the score rests on too little text to mean much

# Input that the scorer reads as text but that is probably not a plain-text English article:
# each gets a warning (see _warnings); nothing is stripped or truncated, so spans stay exact.
# HTML: opening or closing tags of common elements, counted up to HTML_TAGS (a news story that
# mentions a "<p>" tag or two is not markup).
HTML_TAGS = 5
_HTML_TAG_RE = re.compile(
    r"</?(?:html|head|body|meta|link|script|style|title|div|span|p|a|br|hr|img|ul|ol|li|h[1-6]|table|thead|tbody|"
    r"tr|td|th|strong|em|b|i|u|blockquote|figure|figcaption|iframe|section|article|header|footer|nav|aside|main|"
    r"form|input|button|label|noscript|source|picture|video|time|sup|sub|small|cite|code|pre)(?=[\s/>])[^<>]{0,500}>",
    re.IGNORECASE,
)
# Control characters other than tab, line feed, vertical tab, form feed and carriage return:
# binary data, or text decoded with the wrong encoding (UTF-32 read as UTF-16 is full of NULs).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# English: closed-class words of English (articles, pronouns, auxiliaries, prepositions,
# conjunctions; plus "said") that are not also frequent words of another language written in the
# Latin alphabet: "a", "in", "to", "on", "at", "for", "by", "we", "her", "over", "under", "also",
# "was", "will" are left out. They are a quarter of the words of English news (median 0.26 over
# the shared datasets, 1st percentile 0.14) and none of a French, German, Spanish, Italian,
# Portuguese, Danish, Swedish, Polish or Romanian report (Dutch: 0.03, its "is").
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and or is are were be been being with from that this these those it its he she they you his their "
    "our them him not but has have had would can could should may might does did if than then there which who "
    "what when where while after before about into up out more most such only other some any all said".split()
)
MIN_LANGUAGE_WORDS = 20  # fewer words than this: too few to judge the language by (headlines have no "the")
MIN_ENGLISH_SHARE = 0.05  # share of ENGLISH_FUNCTION_WORDS among the words below which it is not English
MIN_LANGUAGE_LETTERS = 20  # fewer letters than this: too few to judge the script by (20 CJK characters: a sentence)
MAX_NON_LATIN_SHARE = 0.5  # share of letters outside the Latin alphabet above which it is not English
# Prose: letters are 0.7-0.9 of the visible characters of a news article (below 0.55 in one of
# the 5,640 shared articles of 200 or more: a table of poll figures). Below MIN_PROSE_LETTERS
# the text is mostly digits, punctuation or symbols: a list of numbers, a run of quote marks.
MIN_PROSE_LETTERS = 0.5
MIN_PROSE_CHARS = 200  # fewer visible characters than this: too few to judge
_NON_LETTER_RE = re.compile(r"[\W\d_]")  # what is not a letter: a text's runs of letters lie between these
# A control or whitespace character of ASCII is one byte of a UTF-8 text, a byte no other character's
# encoding contains: the bytes that are none of these are deleted to count or find them.
_NOT_CONTROL_BYTES = bytes(c for c in range(256) if not _CONTROL_RE.match(chr(c)))
_NOT_ASCII_WHITESPACE_BYTES = bytes(c for c in range(256) if not (c < 128 and chr(c).isspace()))  # str.split()'s
_NON_LATIN_RE = re.compile("[\u0250-\U0010ffff](?<![\\W\\d_])")


class Scorer:
    """Loads the model once and scores many articles; immutable, so safe to share between threads."""

    def __init__(self, *, model: str | Path | Model | None = None, ignore: Iterable[str] = ()) -> None:
        """Load ``model`` (a path, a Model, or the bundled default) and skip the rules ``ignore`` selects (codes or prefixes)."""
        codes, unknown = select_rules(ignore)
        if unknown:
            raise InputError(f"unknown rule code(s) {', '.join(sorted(unknown))}; `sourcescore rules` lists them")
        self._ignore = codes
        if model is None:
            self._model: Model = default_model()
        else:
            self._model = load_model(model) if isinstance(model, (str, Path)) else model

    @property
    def model(self) -> Model:
        """The model whose probability makes the score's model part."""
        return self._model

    @property
    def ignore(self) -> frozenset[str]:
        """Rule codes this scorer skips (prefixes given to it expanded to the codes they select)."""
        return self._ignore

    def score(self, text: str, *, title: str | None = None, published: str | date | None = None) -> Report:
        """Score one article; ``published`` is its publication date (a date, or an ISO 8601 date or date-time string)."""
        if not isinstance(text, str):
            raise InputError(f"article text must be str, not {type(text).__name__}")
        if title is not None and not isinstance(title, str):
            raise InputError(f"the title must be str, not {type(title).__name__}")
        if not text.strip():
            raise InputError("the article is empty")
        pub = parse_published(published)
        doc = parse(text, title=title, published=pub)
        if not doc.text.strip():
            raise InputError("the article is empty (it holds only invisible characters: zero-width spaces, BOMs, soft hyphens)")
        ex = extract(doc)
        output = self._model.predict(ex.values())
        findings = run_rules(ex, self._ignore, self._model.rule_weight)
        contributions = [Contribution(f"model:{self._model.name}", model_points(output))]
        lift = model_adjustment(ex, contributions[0].points)  # an opinion piece: the model held at its prior
        if lift:
            contributions.append(Contribution(GENRE_PART, lift))
        by_code: dict[str, float] = {}
        for f in findings:
            by_code[f"{f.code} {f.rule}"] = by_code.get(f"{f.code} {f.rule}", 0.0) + f.points
        contributions += [Contribution(part, round(points, 2)) for part, points in by_code.items() if points]
        raw = round(sum(c.points for c in contributions), 2)
        score = min(100.0, max(0.0, raw))
        if score != raw:
            contributions.append(Contribution(CLAMP_PART, round(score - raw, 2)))
        warnings = _warnings(ex)
        findings.sort(key=lambda f: (-abs(f.points), f.code))
        return Report(
            score=score,
            band=band_for(score),
            model_name=self._model.name,
            model_version=self._model.version,
            model=output,
            contributions=contributions,
            findings=findings,
            extraction=ex,
            warnings=warnings,
            rule_weight=self._model.rule_weight,
        )


def _warnings(ex: Extraction) -> list[str]:
    """What the report should say was assumed or is doubtful about this article (the one place warnings are built)."""
    out: list[str] = []
    n_words = ex.doc.word_count
    if n_words < MIN_WORDS:
        out.append(f"short article ({n_words} words): the score rests on little text")
    if ex.temporal.reference is None:
        out.append("no publication date given and none could be inferred: date checks against publication were skipped")
    elif ex.temporal.reference_inferred:
        out.append(
            f"no publication date given: inferred {ex.temporal.reference.isoformat()} from the text; "
            "pass --published for reliable date checks"
        )
    if not ex.attribution.claims:
        out.append("no factual claims found: nothing to check the sourcing of")
    text = ex.doc.original
    data = text.encode("utf-8", "surrogatepass")
    control = _CONTROL_RE.search(text) if data.translate(None, _NOT_CONTROL_BYTES) else None
    if control:
        out.append(
            f"the text contains control characters (the first, {control.group()!r}, at offset {control.start()}): "
            "binary data or a wrong encoding? They were scored as text"
        )
    if "<" in text:  # where every tag starts
        tags = sum(1 for _ in islice(_HTML_TAG_RE.finditer(text), HTML_TAGS))
        if tags >= HTML_TAGS:
            out.append("the text looks like HTML: tags and entities were scored as text; read it as a page for a meaningful score (a .html file, --input-format html, an html field)")
    others = non_ascii(data)
    # Characters that str.split() does not take for whitespace: the ASCII ones counted in the bytes.
    ascii_whitespace = len(data.translate(None, _NOT_ASCII_WHITESPACE_BYTES))
    visible = len(text) - ascii_whitespace - len(others) + sum(map(len, others.split()))
    letter_text = blank_chars(text, _NON_LETTER_RE)  # the letters; each other character a space
    letters = len(letter_text) - letter_text.count(" ")
    if visible >= MIN_PROSE_CHARS and letters < MIN_PROSE_LETTERS * visible:
        out.append(
            f"the text is mostly digits and symbols ({letters / visible:.0%} letters), not prose: the score is low-confidence"
        )
    elif not _looks_english_letters(others, letter_text, letters):
        out.append("the text does not look like English: the score is low-confidence (the word lists and rules are English)")
    return out


def _looks_english_letters(others: str, letter_text: str, letters: int) -> bool:
    """False when the text is long enough to judge and is mostly another script, or lacks English function words.

    That is: more than MAX_NON_LATIN_SHARE of its ``letters`` (at least MIN_LANGUAGE_LETTERS) lie
    outside the Latin alphabet, or, with MIN_LANGUAGE_WORDS runs of letters or more, under
    MIN_ENGLISH_SHARE of those runs (lower-cased) are English function words. ``letter_text`` is the text with each character that is not a letter replaced by a space: its
    ``split()`` is the runs of letters. The letters outside the Latin alphabet are among
    ``others``. The function words are counted in the first third of the text first: that is
    enough to decide an English text, without the rest or the number of runs.
    """
    if letters >= MIN_LANGUAGE_LETTERS and len(_NON_LATIN_RE.findall(others)) > MAX_NON_LATIN_SHARE * letters:
        return False
    cut = letter_text.find(" ", len(letter_text) // 3)  # at a space: no run is cut in two
    if cut < 0:
        cut = len(letter_text)
    function_words = _function_words(letter_text[:cut])
    # Every run but the first follows a space: there are at most spaces + 1 runs.
    if function_words >= MIN_ENGLISH_SHARE * (len(letter_text) - letters + 1):
        return True
    runs = len(letter_text.split())
    if runs < MIN_LANGUAGE_WORDS:
        return True
    return function_words + _function_words(letter_text[cut:]) >= MIN_ENGLISH_SHARE * runs


def _function_words(letter_text: str) -> int:
    """How many of the runs of letters of ``letter_text`` (see :func:`_looks_english_letters`) are English function words."""
    lowered = letter_text.lower().split() if letter_text.isascii() else map(str.lower, letter_text.split())
    return sum(map(ENGLISH_FUNCTION_WORDS.__contains__, lowered))


@lru_cache(maxsize=1)
def default_scorer() -> Scorer:
    """The shared default Scorer (immutable, built on first use)."""
    return Scorer()


def score_article(text: str, *, title: str | None = None, published: str | date | None = None) -> Report:
    """Score one article with the default scorer."""
    return default_scorer().score(text, title=title, published=published)


def rule_codes(values: Iterable[str] | None) -> tuple[str, ...]:
    """The rule codes of ``--ignore`` values (each may hold several, comma-separated; any case), blanks dropped."""
    return tuple(code.strip().upper() for value in values or () for code in value.split(",") if code.strip())


@dataclass(frozen=True, slots=True)
class ScorerOptions:
    """How to build a Scorer: its model (a directory, a Model, or None: the bundled one) and the rule codes to skip."""

    model: str | Path | Model | None = None
    ignore: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "ignore", tuple(self.ignore))  # a list given by a caller becomes hashable

    def build(self) -> Scorer:
        """A new Scorer with these options; raises InputError or ModelError for a bad option."""
        return Scorer(model=self.model, ignore=self.ignore)
