"""The HTML report (scoring/htmlreport/): every highlight on its evidence, links to highlights, escaping, the CLI's --format html.

The same span property in a real browser: tests/test_html_browser.py.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sourcescore.scoring import score_article
from sourcescore.scoring.compare import compare
from sourcescore.scoring.htmlreport import Mark, article_html, compare_page, highlights, report_page
from sourcescore.scoring.htmlreport.marks import KINDS, finding_targets
from conftest import SEED_FABRICATED, SEED_GENUINE, SEED_PUBLISHED, run, shared_path

# A small article with one of most kinds; a carriage return, and markup, an ampersand and quotes in the text.
SMALL = (
    "The city council approved a new budget on Monday, raising school spending by 12%, according to Mayor Anna Berg. "
    '"We owe this to our children," Berg told reporters at City Hall. Experts say the plan will cost 3,000 jobs. '
    "Officials reportedly fear a deficit of $40 million next year. The council will vote again in March, and the school "
    "board said it would publish its own figures.\r\nA spokesman for the teachers' union, Mark Dyer, said the "
    '<script>alert("x")</script> & "quotes" plan was late.'
)


class Page(HTMLParser):
    """The highlights of a page (id, kind, mark, start, end and the text inside each), its links and its ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[dict[str, object]] = []  # every open element; highlights collect the text inside them
        self.marks: list[dict[str, object]] = []
        self.links: list[str] = []
        self.ids: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.append(a["id"])  # type: ignore[arg-type]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])  # type: ignore[arg-type]
        element: dict[str, object] = {"tag": tag, "text": []}
        if "data-start" in a:
            element.update(id=a["id"], kind=a["data-kind"], mark=int(a["data-mark"]), start=int(a["data-start"]), end=int(a["data-end"]))  # type: ignore[arg-type]
            self.marks.append(element)
        if tag not in ("meta", "br"):
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop()["tag"] == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element["text"].append(data)  # type: ignore[union-attr]


def parse(page: str) -> Page:
    """The page, parsed."""
    p = Page()
    p.feed(page)
    p.close()
    for m in p.marks:
        m["text"] = "".join(m["text"])  # type: ignore[arg-type]
    return p


def check_page(page: str, texts: dict[str, str]) -> Page:
    """Every highlight's text is its span of the text its id prefix names; ids unique; every in-page link to a highlight."""
    p = parse(page)
    assert p.marks
    assert len(p.ids) == len(set(p.ids))
    for m in p.marks:
        prefix = str(m["id"]).split("ev-")[0]
        assert m["text"] == texts[prefix][m["start"] : m["end"]], m  # type: ignore[misc]
    ids = {str(m["id"]) for m in p.marks}
    evidence = [h for h in p.links if h.startswith("#")]
    assert evidence and all(h[1:] in ids for h in evidence)
    assert not [h for h in p.links if not h.startswith("#")]  # self-contained: no link out, no asset
    assert not re.search(r"<(script|img|link|iframe)\b|\bsrc=|url\(|@import", page, re.IGNORECASE)
    return p


def spans_of(p: Page, prefix: str = "") -> dict[int, tuple[int, int]]:
    """Each mark's whole span: from its first fragment's start to its last's end."""
    out: dict[int, tuple[int, int]] = {}
    for m in p.marks:
        if str(m["id"]).startswith(prefix + "ev-"):
            n, s, e = int(m["mark"]), int(m["start"]), int(m["end"])  # type: ignore[call-overload]
            out[n] = (min(s, out[n][0]), max(e, out[n][1])) if n in out else (s, e)
    return out


@pytest.fixture(scope="module")
def small():  # type: ignore[no-untyped-def]
    report = score_article(SMALL, published=SEED_PUBLISHED)
    return report, report_page(report, "small.txt")


def test_small_article_kinds_exact(small) -> None:  # type: ignore[no-untyped-def]
    report, page = small
    p = check_page(page, {"": SMALL})
    words = {(m["kind"], m["text"]) for m in p.marks if m["kind"] != "claim-attributed"}
    assert {
        ("stat-named", "12%"), ("cue", "according to"), ("source-named", "Mayor Anna Berg"),
        ("quote", '"We owe this to our children,"'), ("source-named", "Berg"), ("cue", "told"),
        ("source-vague", "Experts"), ("stat-vague", "3,000"), ("source-anonymous", "Officials"), ("stat-vague", "$40 million"),
        ("source-named", "A spokesman for the teachers' union, Mark Dyer"), ("quote", '"quotes"'),
    } <= words
    claims = [m["text"] for m in p.marks if m["kind"] == "claim-attributed"]
    assert claims[0] == "The city council approved a new budget on Monday, raising school spending by 12%, according to Mayor Anna Berg."
    assert claims[-1].endswith('<script>alert("x")</script> & "quotes" plan was late.')


def test_article_text_is_escaped(small) -> None:  # type: ignore[no-untyped-def]
    report, page = small
    assert "<script" not in page and 'the &lt;script&gt;alert(<mark id="ev-' in page and '>"x"</mark>)&lt;/script&gt; &amp; <mark' in page
    last = [m for m in parse(page).marks if m["kind"] == "claim-attributed"][-1]
    assert str(last["text"]).endswith('the <script>alert("x")</script> & "quotes" plan was late.')  # as the parser reads it back
    assert "&#13;\n" in page  # the carriage return survives the parser
    titled = report_page(score_article(SMALL, title='Budget <b>"cuts"</b> & more', published=SEED_PUBLISHED), "<x>.txt")
    assert "<b>\"cuts\"" not in titled and "<x>" not in titled
    assert "<h1>Budget &lt;b&gt;&quot;cuts&quot;&lt;/b&gt; &amp; more</h1>" in titled
    assert "sourcescore report: &lt;x&gt;.txt" in titled


def test_crossing_marks_are_split_and_nested_marks_nest() -> None:
    text = "abcdefghijklmnop"
    marks = sorted([Mark(0, 10, "claim-attributed", "c"), Mark(2, 4, "cue", "q"), Mark(8, 14, "quote", "x"), Mark(9, 12, "stat-none", "<&>")],
                   key=Mark.sort_key)
    html = article_html(text, marks, "p-")

    def tag(n: int, part: str, kind: str, start: int, end: int, note: str, extra: str = "") -> str:
        return (f'<mark id="p-ev-{n}{part}" class="k k-{kind}{extra}" data-kind="{kind}" data-start="{start}" data-end="{end}" '
                f'data-mark="{n}" title="{note}">')

    assert html == (
        tag(0, "", "claim-attributed", 0, 10, "c") + "ab" + tag(1, "", "cue", 2, 4, "q") + "cd</mark>efgh"
        + tag(2, "", "quote", 8, 10, "x", " split") + "i" + tag(3, "", "stat-none", 9, 10, "&lt;&amp;&gt;", " split") + "j</mark></mark></mark>"
        + tag(2, "-2", "quote", 10, 14, "x", " cont") + tag(3, "-2", "stat-none", 10, 12, "&lt;&amp;&gt;", " cont") + "kl</mark>mn</mark>op"
    )
    p = parse(html)
    assert all(m["text"] == text[m["start"] : m["end"]] for m in p.marks)  # type: ignore[misc]
    assert article_html("abc", [], "") == "abc"


def test_every_kind_has_its_own_style_and_tag() -> None:
    from sourcescore.scoring.htmlreport.style import stylesheet

    css = stylesheet()
    assert len({k.tag for k in KINDS}) == len(KINDS)
    looks = set()
    for k in KINDS:
        rule = re.search(r"\.k-" + re.escape(k.key) + r"\{([^}]*)\}", css)
        assert rule, k.key
        line = re.findall(r"(?:border-bottom|outline|text-decoration|font-style|font-weight):[^;]*", rule.group(1))
        assert line, f"{k.key} is told apart by colour only"
        looks.add(tuple(re.sub(r"#[0-9a-f]{3,6}", "", s).strip() for s in line))
        assert f'content:"{k.tag}"' in css
    assert len(looks) == len(KINDS)  # without colour, each kind still looks different


@pytest.mark.parametrize("seed", [SEED_GENUINE, SEED_FABRICATED])
def test_seed_report_highlights_and_links(seed: str) -> None:
    text = shared_path("seeds", seed).read_text(encoding="utf-8")
    report = score_article(text, published=SEED_PUBLISHED)
    data = report.to_dict()
    p = check_page(report_page(report, seed), {"": text})
    spans = spans_of(p)
    for f in data["findings"]:  # every finding's evidence is highlighted, the link on the mark of exactly that span
        for ev in f["evidence"]:
            assert (ev["start"], ev["end"]) in spans.values(), (f["code"], ev)
    links = [int(h.split("ev-")[1].split("-")[0]) for h in p.links]
    assert {spans[n] for n in links} == {(ev["start"], ev["end"]) for f in data["findings"] for ev in f["evidence"]}
    kind_of = {int(m["mark"]): m["kind"] for m in p.marks}  # type: ignore[call-overload]
    assert len({(span, kind_of[n]) for n, span in spans.items()}) == len(spans)  # one highlight a span and kind
    kinds = {m["kind"] for m in p.marks}
    assert {"source-named", "cue", "claim-attributed", "claim-unattributed", "quote", "stat-none"} <= kinds
    if seed == SEED_FABRICATED:
        assert {"source-vague", "stat-vague", "date-issue"} <= kinds
        dates = {m["text"] for m in p.marks if m["kind"] == "date-issue"}
        assert {"early 2024", "late 2024"} <= dates


def test_compare_page_links_into_both_articles() -> None:
    texts = {"o-": shared_path("seeds", SEED_GENUINE).read_text(encoding="utf-8"), "d-": shared_path("seeds", SEED_FABRICATED).read_text(encoding="utf-8")}
    result = compare(texts["o-"], texts["d-"], published=SEED_PUBLISHED)
    p = check_page(compare_page(result, "000.txt", "004.txt"), texts)
    o, d = spans_of(p, "o-"), spans_of(p, "d-")
    for c in result.changes:
        if c.original is not None:
            assert (c.original.start, c.original.end) in o.values()
        if c.derived is not None:
            assert (c.derived.start, c.derived.end) in d.values()
    assert sum(h.startswith("#d-ev-") for h in p.links) >= sum(c.derived is not None for c in result.changes)


def test_targets_outside_any_fact_become_evidence_marks(small) -> None:  # type: ignore[no-untyped-def]
    report, _ = small
    data = report.to_dict()
    hl = highlights(report, data, [*finding_targets(data), (4, 8, "change: x"), (5, 5, "empty")])
    n = hl.target(4, 8)
    assert n is not None and hl.marks[n] == Mark(4, 8, "evidence", "change: x")
    assert hl.target(5, 5) is None


def test_cli_score_html(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SMALL, encoding="utf-8")
    status, out, err = run(capsys, "score", article, "--format", "html", "--published", SEED_PUBLISHED)
    assert status == 0 and out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    check_page(out, {"": SMALL})
    target = tmp_path / "a.html"
    status, out, err = run(capsys, "score", article, "--format", "html", "-o", target, "--fail-under", "90")
    assert status == 1 and out == "" and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert f"{article}: scored" in err and "below --fail-under 90" in err
    status, _, err = run(capsys, "score", article, "--format", "html", "-o", target)
    assert status == 2 and f"the output file {target} exists; give --force to overwrite it" in err
    assert run(capsys, "score", article, "--format", "html", "-o", target, "--force")[0] == 0
    if Path("/dev/full").exists():  # a write that fails is exit 4 with one line, as for score -o (issue #17 case 11)
        status, _, err = run(capsys, "score", article, "--format", "html", "-o", "/dev/full", "--force")
        assert (status, err) == (4, "sourcescore: cannot write the output file /dev/full: no space left on the device; the run stopped\n")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "x"}\n', encoding="utf-8")
    for argv, message in (
        ((article, article), "not 2 inputs"), ((tmp_path,), "is a folder"), ((corpus,), "is a JSONL corpus"),
        ((article, "--resume", "-o", tmp_path / "b.html"), "go with a corpus"),
    ):
        status, _, err = run(capsys, "score", *argv, "--format", "html")
        assert status == 2 and "--format html" in err and message in err, (argv, err)
    assert "Traceback" not in err


def test_cli_explain_and_compare_html(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article, rewrite = tmp_path / "a.txt", tmp_path / "b.txt"
    article.write_text(SMALL, encoding="utf-8")
    changed = SMALL.replace("12%", "15%").replace("Mayor Anna Berg", "analysts")
    rewrite.write_text(changed, encoding="utf-8")
    status, out, _ = run(capsys, "explain", article, "--format", "html")
    assert status == 0 and "<h2>Why these rules matter</h2>" in out
    check_page(out, {"": SMALL})
    status, out, _ = run(capsys, "compare", article, rewrite, "--format", "html")
    assert status == 0 and "figure_changed" in out
    check_page(out, {"o-": SMALL, "d-": changed})
    status, _, err = run(capsys, "compare", "--pairs", tmp_path / "p.jsonl", "--format", "html")
    assert status == 2 and "--format html compares one pair" in err


PAGES = Path(__file__).resolve().parent / "data" / "pages"


def test_cli_html_report_of_saved_pages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A page's report highlights its extracted text; explain --id and compare take pages too (issue #16 acceptance)."""
    from sourcescore.scoring.pages import read_page

    wordpress, arc = (read_page((PAGES / n).read_bytes()).text for n in ("wordpress.html", "arc.html"))
    status, out, err = run(capsys, "score", PAGES / "wordpress.html", "--format", "html")
    assert status == 0 and err == ""
    check_page(out, {"": wordpress})
    assert "<h1>Harbor Street bridge repairs to close two lanes until June</h1>" in out
    assert f"sourcescore report: {PAGES / 'wordpress.html'}; published 2025-04-09 (meta article:published_time)</p>" in out
    status, out, _ = run(capsys, "score", PAGES / "wordpress.html", "--format", "html", "--published", "2025-05-01T23:30:00-05:00")
    assert status == 0 and "; published 2025-05-01 (command line)</p>" in out
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text("".join(json.dumps({"id": n, "html": (PAGES / f"{n}.html").read_text(encoding="utf-8")}) + "\n"
                              for n in ("wordpress", "arc")), encoding="utf-8")
    status, out, _ = run(capsys, "explain", corpus, "--id", "arc", "--format", "html")
    assert status == 0 and "<h2>Why these rules matter</h2>" in out and "(json-ld datePublished)</p>" in out
    check_page(out, {"": arc})
    status, out, _ = run(capsys, "compare", PAGES / "wordpress.html", PAGES / "arc.html", "--format", "html")
    assert status == 0
    check_page(out, {"o-": wordpress, "d-": arc})


def test_cli_html_report_of_a_page_without_an_article(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    index = tmp_path / "index.html"
    index.write_text("<html><body><nav><a href='/'>Home</a></nav><ul><li><a href='/a'>Council approves budget</a></li>"
                     "</ul></body></html>", encoding="utf-8")
    status, out, err = run(capsys, "score", index, "--format", "html")
    assert (status, out) == (3, "")
    assert err == (f"sourcescore: {index}: the page has no article text that could be found "
                   "(no sentence of prose outside menus, sidebars and comments)\n")
