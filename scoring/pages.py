"""HTML pages as articles: the one place markup becomes text, with the page's title and publication date.

``read_page`` takes a saved page (its markup, as text or bytes) and gives its main text (trafilatura:
no menus, sidebars, comments or footers; each paragraph, heading or list item a paragraph of its
own, blank lines between them; no markup or entities left), its title and its publication date.
The date comes from the page's own metadata first: JSON-LD ``datePublished``, ``<meta
property="article:published_time">``, ``itemprop="datePublished"``, then the first ``<time
datetime>`` of the article; else htmldate's guess (``original_date=True``, no extensive search of
the text). A date-time counts as its calendar day in its own offset (``read_published``).

trafilatura, htmldate and lxml are imported here only when a page is read: scoring text never loads
them. Given markup, neither fetches anything (tests/test_pages.py blocks the network to show it).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .records import InputError, decode, parse_published

if TYPE_CHECKING:
    from .compare.comparison import Comparison
    from .report import Report
    from .scorer import Scorer

PAGE_SUFFIXES = (".html", ".htm")
HTML_SOURCE, TEXT_SOURCE = "html", "text"  # where a report's text came from (Report.source)
NO_DATE = "none"  # Page.published_from of a page without a date
# Page.published_from of a dated page, in the order they are tried.
PAGE_DATE_ORIGINS = ("json-ld datePublished", "meta article:published_time", "itemprop datePublished", "<time datetime>", "htmldate")
# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">, in the first bytes (HTML's prescan reads 1,024).
_META_CHARSET = re.compile(rb"<meta[^>]{0,500}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
CHARSET_PRESCAN = 4096
# Labels that browsers read as windows-1252 (the WHATWG Encoding Standard), as pages declaring them mean.
_WINDOWS_1252 = frozenset({"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "cp819", "windows-1252", "cp1252"})
# The end of a sentence: what a page's text needs to be prose, and not the words of its menus and buttons.
_SENTENCE_END = re.compile(r"\w[\"'\u201d\u2019)]?[.!?\u2026][\"'\u201d\u2019)]?(?:\s|$)")
# JSON-LD types whose datePublished is the article's (others, a WebPage's, are taken only when no article has one).
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Report)$")


@dataclass(frozen=True, slots=True)
class Page:
    """A page read as an article: its main text, title and publication date, and where the date came from."""

    text: str
    title: str | None
    published: date | None
    published_from: str  # json-ld datePublished | meta article:published_time | itemprop datePublished | <time datetime> | htmldate | none
    warnings: tuple[str, ...] = ()  # about reading it (bytes that were not in the declared encoding)


def read_page(html: str | bytes, *, name: str = "") -> Page:
    """The main text, title and publication date of an HTML page; an InputError when it holds no text to score."""
    what = name or "the page"
    warnings: tuple[str, ...] = ()
    if isinstance(html, (bytes, bytearray)):
        markup, warnings = decode_page(bytes(html), what)
    elif isinstance(html, str):
        markup = html
    else:
        raise InputError(f"{what} must be HTML as str or bytes, not {type(html).__name__}")
    if not markup.strip():
        raise InputError(f"{what} is empty")
    if "<" not in markup:
        raise InputError(f"{what} is not HTML: it holds no markup (a URL is never fetched; give plain text as text)")
    trafilatura, load_html, set_date_params, xmltotxt = _libraries()
    tree = load_html(markup)
    if tree is None:
        raise InputError(f"{what} is not an HTML page (no markup could be parsed)")
    ld = list(_json_ld(tree))
    published, published_from = _metadata_date(tree, ld)
    document = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=False, include_images=False, with_metadata=True,
        date_extraction_params=set_date_params(False),  # original_date=True, extensive_search=False
    )
    body = document.body if document is not None else None
    headline = None
    while body is not None and len(body) and body[0].tag == "head" and body[0].get("rend") == "h1":
        headline = headline or _one_line(" ".join(body[0].itertext()))  # the page's headline: the title, not text
        body.remove(body[0])
    text = "\n\n".join(line for line in map(_one_line, xmltotxt(body, False).splitlines()) if line) if body is not None else ""
    if not _SENTENCE_END.search(text):  # nothing, or the words of a menu that trafilatura fell back on
        raise InputError(f"{what} has no article text that could be found (no sentence of prose outside menus, sidebars and comments)")
    if published is None and document.date:
        published, published_from = _date(document.date), "htmldate"
    title = _headline(ld) or headline or _one_line(document.title or "") or None
    return Page(text, title, published, published_from if published else NO_DATE, warnings)


def score_page(scorer: Scorer, page: Page, *, title: str | None = None, published: str | date | None = None, published_from: str = "given") -> Report:
    """Score a page's text; ``title`` and ``published`` given (a record's, the command line's) win over the page's own.

    The report carries the text it scored (``source`` html), so its spans can be read off it, and
    where its date came from: ``published_from`` for a date given, else the page's.
    """
    given = parse_published(published)
    report = scorer.score(page.text, title=page.title if title is None else title, published=given or page.published)
    return mark_page(report, page, given=given is not None, published_from=published_from)


def mark_page(report: Report, page: Page, *, given: bool, published_from: str = "given") -> Report:
    """Mark a report of ``page.text`` as a page's: its source (so it carries the text), where its date came from, the page's warnings."""
    report.source = HTML_SOURCE
    report.published_from = published_from if given else page.published_from if page.published else None
    report.warnings.extend(page.warnings)
    return report


def mark_compared(result: Comparison, pages: tuple[Page | None, Page | None], given: tuple[bool, bool],
                  published_from: str, warnings: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())) -> Comparison:
    """A comparison of two articles, either of which may be a page's text: each side's report marked as ``score_page`` marks it.

    ``given``: whether each side's date was given (else a page's own); ``warnings``: each input's own (an undecodable byte).
    """
    for side, page, was_given, extra in zip((result.original, result.derived), pages, given, warnings):
        if page is not None:
            mark_page(side.report, page, given=was_given, published_from=published_from)
        side.report.warnings.extend(extra)
        side.data = side.report.to_dict()  # the contract as it now stands: article.text for a page
    return result


def score_text_or_page(
    scorer: Scorer,
    text: str | None,
    html: str | bytes | None = None,
    *,
    title: str | None = None,
    published: str | date | None = None,
    published_from: str = "given",
) -> Report:
    """Score an article given as ``text``, or as a page (``html``, see ``read_page``); ``published_from`` names where ``published`` came from.

    The one call of the corpus run, the CLI and the server. A date given wins over a page's own;
    without one the page's is used, and without that the date is inferred from the text.
    """
    if html is not None:
        return score_page(scorer, read_page(html), title=title, published=published, published_from=published_from)
    report = scorer.score(text, title=title, published=published)  # type: ignore[arg-type]  # the scorer says what is wrong with it
    if published is not None:
        report.published_from = published_from
    return report


def decode_page(data: bytes, what: str = "the page") -> tuple[str, tuple[str, ...]]:
    """A page's bytes as text: a byte-order mark first, then the charset its ``<meta>`` declares, else UTF-8 (``records.decode``)."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, what)
    match = _META_CHARSET.search(data[:CHARSET_PRESCAN])
    label = match.group(1).decode("ascii").lower() if match else "utf-8"
    codec = "cp1252" if label in _WINDOWS_1252 else label
    try:
        codec = codecs.lookup(codec).name
    except LookupError:
        codec = "utf-8"
    if codec in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):  # a page that is bytes says UTF-16 only with a BOM
        return decode(data, what)
    try:
        return data.decode(codec), ()
    except UnicodeDecodeError as exc:
        return data.decode(codec, errors="replace"), (f"{what} is not valid {label} (first bad byte at offset {exc.start}); undecodable bytes were replaced",)


def _libraries() -> tuple[Any, Any, Any, Any]:
    """trafilatura's extractor, HTML loader, date settings and text writer, imported on first use, their logs kept quiet."""
    import logging

    import trafilatura
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html
    from trafilatura.xml import xmltotxt

    for logger in ("trafilatura", "htmldate", "courlan"):  # a page they cannot read is our InputError, not a log line
        log = logging.getLogger(logger)
        if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
            log.addHandler(logging.NullHandler())
    return trafilatura, load_html, set_date_params, xmltotxt


def _one_line(text: str) -> str:
    """Text with its runs of whitespace (line breaks, no-break spaces) made single spaces."""
    return " ".join(text.split())


def _date(value: object) -> date | None:
    """A metadata value as a publication date (a date-time's own calendar day); None when it is not ISO 8601."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return parse_published(value.strip())
    except InputError:
        return None


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """Every object of the page's JSON-LD blocks (nested ones and ``@graph`` members too); blocks that are not JSON are skipped."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k == "@graph" or isinstance(v, (list, dict)))


def _is_article(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    return any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in (kinds if isinstance(kinds, list) else [kinds]))


def _headline(ld: list[dict[str, Any]]) -> str | None:
    """The headline of the page's JSON-LD article, if it gives one."""
    for item in ld:
        if _is_article(item) and isinstance(item.get("headline"), str) and item["headline"].strip():
            return _one_line(item["headline"])
    return None


def _metadata_date(tree: Any, ld: list[dict[str, Any]]) -> tuple[date | None, str]:
    """The publication date the page states itself, and where: JSON-LD, meta, itemprop, then ``<time datetime>`` in the article."""
    for item in sorted((i for i in ld if "datePublished" in i), key=lambda i: not _is_article(i)):  # articles first
        found = _date(item["datePublished"])
        if found:
            return found, "json-ld datePublished"
    for meta in tree.xpath("//meta[@property='article:published_time' or @name='article:published_time']"):
        found = _date(meta.get("content"))
        if found:
            return found, "meta article:published_time"
    for element in tree.xpath("//*[@itemprop='datePublished']"):
        found = _date(element.get("content") or element.get("datetime") or element.text_content())
        if found:
            return found, "itemprop datePublished"
    articles = tree.xpath("//article")
    times = articles[0].xpath(".//time[@datetime]") if articles else tree.xpath(
        "//body//time[@datetime][not(ancestor::nav or ancestor::aside or ancestor::footer)]"
    )
    for time in times:
        found = _date(time.get("datetime"))
        if found:
            return found, "<time datetime>"
    return None, NO_DATE
