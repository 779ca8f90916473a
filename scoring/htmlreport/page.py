"""One self-contained HTML page for a report or a comparison: the verdict, its parts and the article with its evidence.

No external asset and no script: the stylesheet is inline and every link is within the page.
Everything from the article (text, title, names, messages quoting it) is escaped.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from ..model import MODEL_POINTS
from ..report import CLAMP_PART, DISCLAIMER, RELIABLE_AT, UNRELIABLE_AT
from ..text_report import REASONS_NOTE, model_reasons
from .marks import KINDS, Highlights, article_html, finding_targets, highlights
from .style import stylesheet

if TYPE_CHECKING:
    from ..compare import Comparison
    from ..report import Report

BAND_SIGN = {"reliable": "\u2713 RELIABLE", "mixed": "~ MIXED", "unreliable": "\u2717 UNRELIABLE"}
QUOTE_CHARS = 70  # longest evidence quote shown as a link's text


def _page(title: str, header: str, body: str) -> str:
    """The HTML document around a header and a body."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{stylesheet()}</style>\n</head>\n<body>\n"
        f'<header class="top">{header}</header>\n{body}\n</body>\n</html>\n'
    )


def _points(p: float) -> str:
    """Signed points with the sign spelled (U+2212 for minus) and a class for its colour."""
    cls = "pos" if p > 0 else "neg" if p < 0 else ""
    return f'<span class="{cls}">{"+" if p >= 0 else chr(0x2212)}{abs(p):.2f}</span>'


def _quote(text: str) -> str:
    """Evidence words on one line, cut to QUOTE_CHARS, quoted and escaped."""
    words = " ".join(text.split())
    if len(words) > QUOTE_CHARS:
        words = words[: QUOTE_CHARS - 1] + "\u2026"
    return escape(f"\u201c{words}\u201d")


def _verdict(data: dict[str, Any]) -> str:
    """Score, band (in words, not colour alone) and the band limits."""
    band = data["band"]
    return (
        f'<div class="verdict"><span class="score">{data["score"]:.0f}<small>/100</small></span>'
        f'<span class="band band-{escape(band)}">{BAND_SIGN.get(band, escape(band))}</span>'
        f'<span class="muted">reliable \u2265 {RELIABLE_AT:.0f}, unreliable \u2264 {UNRELIABLE_AT:.0f}</span></div>'
    )


def _parts(data: dict[str, Any]) -> str:
    """The contributions as a table that adds up to the score."""
    rows = []
    for c in data["contributions"]:
        part = c["part"]
        what = "the model" if part.startswith("model:") else "keeps the score within 0\u2013100" if part == CLAMP_PART else ""
        label = escape(part) + (f' <span class="muted">({what})</span>' if what else "")
        rows.append(f'<tr><td>{label}</td><td class="pts">{_points(c["points"])}</td></tr>')
    rows.append(f'<tr class="total"><td>score</td><td class="pts">{data["score"]:.2f}</td></tr>')
    return '<section><h2>How the score adds up</h2><table class="parts">' + "".join(rows) + "</table></section>"


def _model(report: Report, data: dict[str, Any]) -> str:
    """The model part in plain words: its points, the probability, and the features that moved it most (text_report)."""
    model = data["model"]
    points = next((c["points"] for c in data["contributions"] if c["part"].startswith("model:")), None)
    head = (
        f"<p>The model part{f' ({points:.1f} points)' if points is not None else ''} is {MODEL_POINTS:.0f} \u00d7 the "
        f"probability ({model['probability']:.3f}) that model <b>{escape(model['name'])}</b> gives to the article being "
        f"well sourced, read from its sourcing rates. Rule points count at {model['rule_weight']:.0%}.</p>"
    )
    up, down = model_reasons(report)
    items = [f"<li><b>\u25b2 raised it</b> {p:+.1f}: {escape(words)}</li>" for words, p in up]
    items += [f"<li><b>\u25bc lowered it</b> {p:+.1f}: {escape(words)}</li>" for words, p in down]
    if not items:
        return f'<section class="model"><h2>The model part</h2>{head}</section>'
    return (
        f'<section class="model"><h2>The model part</h2>{head}<p>What moved it most:</p>'
        f'<ul>{"".join(items)}</ul><p class="muted">{escape(REASONS_NOTE)}</p></section>'
    )


def _links(evidence: list[dict[str, Any]], hl: Highlights, prefix: str) -> str:
    """A link to each evidence span's highlight, its words as the link text."""
    out = []
    for ev in evidence:
        n = hl.target(ev["start"], ev["end"])
        if n is not None:
            out.append(f'<a class="ev" href="#{prefix}ev-{n}">{_quote(ev["text"])}</a>')
    return " ".join(out)


def _findings(data: dict[str, Any], hl: Highlights, prefix: str = "") -> str:
    """The findings, penalties first below the reliable band (credits first above it), each linked to its evidence."""
    groups = {"lower": [], "raise": [], "none": []}  # type: dict[str, list[str]]
    for f in data["findings"]:
        li = (
            f'<li><span class="code">{escape(f["code"])}</span> {escape(f["rule"])} '
            f'<span class="sev sev-{escape(f["severity"])}">{escape(f["severity"])}</span> <b>{_points(f["points"])}</b>'
            f'<br>{escape(f["message"])}<br>{_links(f["evidence"], hl, prefix)}</li>'
        )
        groups["lower" if f["points"] < 0 else "raise" if f["points"] > 0 else "none"].append(li)
    titles = {"lower": "What lowers the score", "raise": "What raises it", "none": "Reported, no points"}
    order = ("raise", "lower", "none") if data["score"] >= RELIABLE_AT else ("lower", "raise", "none")
    body = "".join(f'<h3>{titles[g]} ({len(groups[g])})</h3><ol class="findings">{"".join(groups[g])}</ol>' for g in order if groups[g])
    return f'<section><h2>Findings</h2>{body or "<p>No findings.</p>"}</section>'


def _legend() -> str:
    """Every kind of highlight as a sample in its style with its tag, then what each marks."""
    chips = "".join(f'<span class="k k-{k.key}" title="{escape(k.legend)}">{escape(k.label)}</span>' for k in KINDS)
    items = "".join(f"<li><b>{escape(k.label)}</b> ({escape(k.tag)}): {escape(k.legend)}</li>" for k in KINDS)
    return (
        f'<div class="legend" role="note" aria-label="legend">{chips}</div><details class="legend"><summary>What the highlights '
        "mean</summary><p class=\"muted\">Each kind has its own colour, line style and tag; hover a highlight for what it is. "
        f"A finding\u2019s quoted evidence links to its place in the article.</p><ul>{items}</ul></details>"
    )


def _notes(report: Report, data: dict[str, Any]) -> str:
    """The genre note (for anything but a news report) and the warnings."""
    out = []
    if data["genre"]["kind"] != "news_report":
        out.append(f"<p>{escape(data['genre']['note'])}</p>")
    out.extend(f"<p><b>Warning:</b> {escape(w)}</p>" for w in report.warnings)
    return f'<section><h2>Notes</h2>{"".join(out)}</section>' if out else ""


def _article(report: Report, hl: Highlights, prefix: str, heading: str) -> str:
    """The article with its highlights."""
    title = report.extraction.doc.title
    head = f"<h2>{escape(heading)}</h2>" + (f'<p class="where">Title: {escape(title)}</p>' if title else "") + _legend()
    return f'<article class="text">{head}<div class="body">{article_html(report.text, hl.marks, prefix)}</div></article>'


def _rationales(data: dict[str, Any]) -> str:
    """Each rule of the findings with the reporting practice behind it, once."""
    from ..rules import RULES

    codes = {f["code"] for f in data["findings"]}
    items = "".join(f'<li><span class="code">{escape(r.code)}</span> {escape(r.name)}: {escape(r.rationale)}</li>' for r in RULES if r.code in codes)
    return f'<section><h2>Why these rules matter</h2><ul>{items}</ul></section>' if items else ""


def _dated(data: dict[str, Any]) -> str:
    """The date the article was scored against and where it came from (the page's metadata, the command line, the text)."""
    article, reference = data["article"], data["reference_date"]
    if article["published"]:
        return escape(f"; published {article['published']} ({article['published_from']})")
    return escape(f"; no publication date given, {reference['date']} inferred from the text") if reference["date"] else ""


def report_page(report: Report, name: str, *, explain: bool = False) -> str:
    """The report of one article as a self-contained HTML page; ``explain`` adds each rule's rationale."""
    data = report.to_dict()
    hl = highlights(report, data, finding_targets(data))
    title = report.extraction.doc.title
    header = (
        f"<h1>{escape(title or name)}</h1><p class=\"where\">sourcescore report: {escape(name)}{_dated(data)}</p>"
        f'{_verdict(data)}<p class="disclaimer">{escape(DISCLAIMER)}</p>'
    )
    panel = (
        f'<aside class="panel">{_notes(report, data)}{_parts(data)}{_model(report, data)}{_findings(data, hl)}'
        f'{_rationales(data) if explain else ""}</aside>'
    )
    body = f'<main class="layout">{_article(report, hl, "", "The article, with its evidence")}{panel}</main>'
    return _page(f"sourcescore: {title or name}", header, body)


def compare_page(comparison: Comparison, original_name: str, derived_name: str) -> str:
    """A comparison as a self-contained HTML page: its changes, linked into both articles shown side by side."""
    s = comparison.summary()
    sides = []
    for prefix, side, which in (("o-", comparison.original, "original"), ("d-", comparison.derived, "derived")):
        targets = finding_targets(side.data) + [
            (ev.start, ev.end, f"change: {c.kind}") for c in comparison.changes for ev in [getattr(c, which)] if ev is not None
        ]
        sides.append((prefix, side, highlights(side.report, side.data, targets)))
    o_hl, d_hl = sides[0][2], sides[1][2]
    items = []
    for c in comparison.changes:
        links = []
        for label, ev, hl, prefix in (("original", c.original, o_hl, "o-"), ("derivative", c.derived, d_hl, "d-")):
            n = hl.target(ev.start, ev.end) if ev is not None else None
            links.append(f'{label}: <a class="ev" href="#{prefix}ev-{n}">{_quote(ev.quote)}</a>' if ev is not None and n is not None
                         else f'{label}: <span class="muted">no counterpart</span>')
        items.append(
            f'<li><span class="sev sev-{escape(c.severity)}">{escape(c.severity)}</span> <span class="code">{escape(c.kind)}</span> '
            f'{escape(c.message)}<br>{"<br>".join(links)}</li>'
        )
    sev = s["by_severity"]
    share = s["claims_supported_share"]
    summary = (
        f"<p>{s['changes']} change{'s' if s['changes'] != 1 else ''} ({sev['high']} high, {sev['medium']} medium, {sev['low']} low; "
        f"{s['changes_per_1000_words']:.1f} per 1,000 words of the derivative)"
        + (f"; claims of the derivative supported by the original: {s['claims_supported']}/{s['claims']} ({share:.0%})" if share is not None else "")
        + "</p>"
    )
    header = (
        f"<h1>{escape(derived_name)} against {escape(original_name)}</h1>{summary}"
        f'<p class="disclaimer">{escape(DISCLAIMER)}</p>'
    )
    changes = (
        '<aside class="panel"><h2>Changes, most serious first</h2>'
        + (f'<ul class="changes">{"".join(items)}</ul>' if items else "<p>No change: every figure, source, quotation and date of the derivative is in the original.</p>")
        + "</aside>"
    )
    columns = []
    for (prefix, side, hl), name, label in ((sides[0], original_name, "Original"), (sides[1], derived_name, "Derivative")):
        data = side.data
        columns.append(
            f'<div><div class="panel"><h2>{label}: {escape(name)}</h2>{_verdict(data)}{_notes(side.report, data)}'
            f'<details><summary>Findings ({len(data["findings"])}) and how the score adds up</summary>'
            f"{_parts(data)}{_findings(data, hl, prefix)}</details></div>"
            f'{_article(side.report, hl, prefix, f"{label}, with its evidence")}</div>'
        )
    body = f'<main class="layout trio">{"".join(columns)}{changes}</main>'
    return _page(f"sourcescore compare: {derived_name} against {original_name}", header, body)
