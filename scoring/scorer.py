"""Score articles: extract features, run the model and the rules, add the parts up."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path

from features.document import parse
from features.pipeline import extract
from scoring.model import Model, default_model, load_model, model_points
from scoring.report import CLAMP_PART, Contribution, Report, band_for
from scoring.rules import RULES_BY_CODE, run_rules

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
# conjunctions; plus "said") that are not also common words of other languages written in the
# Latin alphabet ("a", "in", "die", "was", "will", "also", "so", "no", "do" are left out). They
# are about a third of the words of English news (median 0.33 over the shared datasets) and
# none of those of a French, German, Spanish or Italian report.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of to and or is are were be been being for on at by with from that this these those it its he she "
    "they we you his her their our them him not but have has had would can could should may might does did "
    "if than then there which who what when where while after before about into over under up out also more "
    "most such only other some any all said".split()
)
MIN_LANGUAGE_WORDS = 12  # fewer words than this: too few to judge the language by
MIN_ENGLISH_SHARE = 0.05  # share of ENGLISH_FUNCTION_WORDS among the words below which it is not English
MAX_NON_LATIN_SHARE = 0.5  # share of letters outside the Latin alphabet above which it is not English
_FUNCTION_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(ENGLISH_FUNCTION_WORDS)) + r")\b", re.IGNORECASE)
_LETTERS_RE = re.compile(r"[^\W\d_]+")  # runs of letters, any script
_NON_LATIN_RE = re.compile("[^\\W\\d_\x00-\u024f]+")  # runs of letters beyond Latin Extended-B


class InputError(ValueError):
    """The article or an option cannot be scored as given; the message says why."""


def parse_published(value: str | date | None) -> date | None:
    """Accept a date, an ISO ``YYYY-MM-DD`` string or None; raise InputError otherwise."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise InputError(f"publication date {value!r} is not a valid YYYY-MM-DD date") from None


class Scorer:
    """Loads the model once and scores many articles; immutable, so safe to share between threads."""

    def __init__(self, *, model: str | Path | None = None, ignore: Iterable[str] = ()) -> None:
        unknown = sorted(set(ignore) - set(RULES_BY_CODE))
        if unknown:
            raise InputError(f"unknown rule code(s) {', '.join(unknown)}; `sourcescore rules` lists them")
        self._ignore = frozenset(ignore)
        self._model: Model = default_model() if model is None else load_model(model)

    @property
    def model(self) -> Model:
        """The model whose probability makes the score's model part."""
        return self._model

    @property
    def ignore(self) -> frozenset[str]:
        """Rule codes this scorer skips."""
        return self._ignore

    def score(self, text: str, *, title: str | None = None, published: str | date | None = None) -> Report:
        """Score one article; ``published`` is its publication date (``YYYY-MM-DD`` or a date)."""
        if not isinstance(text, str):
            raise InputError(f"article text must be str, not {type(text).__name__}")
        if not text.strip():
            raise InputError("the article is empty")
        pub = parse_published(published)
        ex = extract(parse(text, title=title, published=pub))
        output = self._model.predict(ex.values())
        findings = run_rules(ex, self._ignore)
        contributions = [Contribution(f"model:{self._model.name}", model_points(output))]
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
        )


def _warnings(ex) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    words = ex.doc.word_count
    if words < MIN_WORDS:
        out.append(f"short article ({words} words): the score rests on little text")
    if ex.temporal.reference is None:
        out.append("no publication date given and none could be inferred: date checks against publication were skipped")
    elif ex.temporal.reference_inferred:
        out.append(
            f"no publication date given: inferred {ex.temporal.reference.isoformat()} from the text; "
            "pass --published for reliable date checks"
        )
    if not ex.attribution.claims:
        out.append("no factual claims found: nothing to check the sourcing of")
    return out


@lru_cache(maxsize=1)
def default_scorer() -> Scorer:
    """The shared default Scorer (immutable, built on first use)."""
    return Scorer()


def score_article(text: str, *, title: str | None = None, published: str | date | None = None) -> Report:
    """Score one article with the default scorer."""
    return default_scorer().score(text, title=title, published=published)
