"""HTML pages in (issue #16 item 1): main text, title and date from a saved page, scored like its text.

The pages in tests/data/pages/ were written for these tests in the styles of common CMSs: WordPress
(entry-content, sidebar, comments, footer, og: metas, article:published_time), Arc XP (Fusion, a
JSON-LD NewsArticle, data-* attributes, related links), a hand-written page (<h1>, <p>, <time
datetime>) and a page dated only in its JSON-LD. seed_page.html.tmpl wraps a seed's text in a
WordPress-style page, as a newsroom would have saved it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import SEED_FABRICATED, SEED_GENUINE, load_script, run, shared_path
from sourcescore.scoring.pages import read_page, score_text_or_page
from sourcescore.scoring.records import InputError, read_inputs
from sourcescore.scoring.scorer import default_scorer
from test_offline import run_offline

PAGES = Path(__file__).resolve().parent / "data" / "pages"
CMS_PAGES = ("arc.html", "jsonld_only.html", "plain.html", "wordpress.html")
# The seeds as saved pages (scripts/pages_vs_text.py): a headline each, a time stamp whose UTC day is March 27, its own March 28.
PAGES_VS_TEXT = load_script("pages_vs_text")
SEED_PAGES: dict[str, str] = PAGES_VS_TEXT.TITLES
SEED_DAY = "2025-03-28"
seed_page = PAGES_VS_TEXT.seed_page
assert sorted(SEED_PAGES) == [SEED_GENUINE, SEED_FABRICATED]


def spans_are_exact(report: dict[str, Any], text: str) -> int:
    """Assert every span of a JSON report reads its text off ``text``; return how many were checked."""
    checked = 0
    for finding in report["findings"]:
        for e in finding["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"], (finding["code"], e)
            checked += 1
    for key in ("sources", "statistics", "dates", "quotations"):
        for item in report[key]:
            assert text[item["start"] : item["end"]] == item["text"], (key, item)
            checked += 1
    for a in report["attributions"]:
        assert text[a["cue"]["start"] : a["cue"]["end"]] == a["cue"]["text"]
        checked += 1
    return checked


# ------------------------------------------------------------------------------------- reading pages


@pytest.mark.parametrize(
    ("name", "title", "published", "origin", "paragraphs", "first", "last"),
    [
        ("wordpress.html", "Harbor Street bridge repairs to close two lanes until June", "2025-04-09", "meta article:published_time", 6,
         "Two of the four lanes on the Harbor Street bridge", "Cyclists will share a marked lane with traffic heading north."),
        # JSON-LD's 22:40 at -04:00 is May 14; the meta's 02:40Z of the same instant would be May 15.
        ("arc.html", "State water board adopts limits on lawn watering as reservoirs fall", "2025-05-14", "json-ld datePublished", 6,
         "The rules take effect June 1 and allow outdoor watering two days a week", "The rules will be reviewed in September."),
        ("plain.html", "Library extends weekend hours", "2025-01-20", "<time datetime>", 6,
         "By Tomas Lindqvist,", "Ashford Community Newsletter · 14 Mill Lane · editor@ashford.example"),
        ("jsonld_only.html", "Clinic waiting times fall after triage change", "2024-11-06", "json-ld datePublished", 4,
         "Patients at the Harwick walk-in clinic waited a median of 38 minutes", "how much is the extra staff,\" he said."),
    ],
)
def test_a_cms_page_reads_as_its_article(name: str, title: str, published: str, origin: str, paragraphs: int, first: str, last: str) -> None:
    page = read_page((PAGES / name).read_bytes(), name=name)
    assert (page.title, str(page.published), page.published_from, page.warnings) == (title, published, origin, ())
    parts = page.text.split("\n\n")
    assert len(parts) == paragraphs and parts[0].startswith(first) and parts[-1].endswith(last)
    assert all(p and p == " ".join(p.split()) for p in parts)  # one line each, blank lines between
    assert not any(mark in page.text for mark in ("<", ">", "&#", "&amp;", "&ldquo;"))  # no markup or entities left
    assert page.title not in page.text  # the headline is the title, not a sentence of the text
    chrome = ("Skip to content", "Recent Posts", "mayor's cousin", "40% of the bridges", "Subscribe", "Most read", "Related",
              "Snowpack at 58%", "BREAKING", "Share", "All rights reserved", "More stories", "Leave a Reply", "Advertisement")
    assert [c for c in chrome if c in page.text] == []


def test_the_page_date_comes_from_its_own_metadata_first_then_htmldate() -> None:
    def page(head: str, body: str = "") -> str:
        paragraphs = "".join(f"<p>{s} The council said on Tuesday that it had approved the plan by six votes to one.</p>" for s in "ABC")
        return f"<html><head>{head}</head><body><article>{body}{paragraphs}</article></body></html>"

    ld = '<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2020-01-01"}</script>'
    ld += '<script type="application/ld+json">[{"@type": ["NewsArticle"], "datePublished": "2025-02-10T23:59:00-08:00"}]</script>'
    meta = '<meta property="article:published_time" content="2025-02-11T08:00:00Z">'
    item = '<meta itemprop="datePublished" content="2025-02-12">'
    time = '<time datetime="2025-02-13T09:00">Feb. 13</time>'
    cases = [
        (page(ld + meta + item, time), "2025-02-10", "json-ld datePublished"),  # the article's, not the WebPage's; its own offset
        (page(meta + item, time), "2025-02-11", "meta article:published_time"),
        (page(item, time), "2025-02-12", "itemprop datePublished"),
        (page("", time), "2025-02-13", "<time datetime>"),
        (page('<meta property="article:published_time" content="last Tuesday"><meta name="date" content="2025-02-14">'), "2025-02-14", "htmldate"),
        (page(""), "None", "none"),
    ]
    assert [(str(p.published), p.published_from) for p in (read_page(c[0]) for c in cases)] == [c[1:] for c in cases]


@pytest.mark.parametrize(
    ("data", "expected", "warning"),
    [
        ('<html><head><meta charset="windows-1252"></head><body><p>It\u2019s \u201cdone\u201d, she said.</p></body></html>'.encode("cp1252"), "It\u2019s \u201cdone\u201d, she said.", None),
        # iso-8859-1 is read as browsers read it, windows-1252: 0x92 is a right single quote.
        (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>Caf\xe9 owner\x92s claim.</p></body></html>', "Caf\u00e9 owner\u2019s claim.", None),
        ('\ufeff<html><body><p>Na\u00efve \u2014 with a BOM.</p></body></html>'.encode("utf-16"), "Na\u00efve \u2014 with a BOM.", None),
        (b"<html><body><p>Bad \xff byte in UTF-8.</p></body></html>", "Bad \ufffd byte in UTF-8.", "not valid UTF-8"),
    ],
)
def test_page_bytes_honour_the_bom_and_the_declared_charset(data: bytes, expected: str, warning: str | None) -> None:
    page = read_page(data)
    assert page.text == expected
    assert [w for w in page.warnings if warning and warning in w] == ([page.warnings[0]] if warning else [])


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("", "the page is empty"),
        ("<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2025</footer></body></html>", "the page has no article text that could be found"),
        (b"\x00\x01binary", "the page looks binary"),
        ("https://example.com/2025/03/28/story.html", "the page is not HTML: it holds no markup"),  # a URL is not fetched
    ],
)
def test_a_page_without_text_is_an_input_error(markup: str | bytes, message: str) -> None:
    with pytest.raises(InputError, match="^" + message):
        read_page(markup)


def test_reading_pages_never_touches_the_network() -> None:
    report = run_offline(
        f'''
from pathlib import Path
from sourcescore import cli
from sourcescore.scoring.pages import read_page
pages = sorted(Path({str(PAGES)!r}).glob("*.html"))
RESULT["read"] = [str(read_page(p.read_bytes()).published) for p in pages]
try:
    read_page("https://example.com/2025/03/28/story.html")
except ValueError as error:
    RESULT["url"] = str(error)
RESULT["status"] = cli.main(["score", {str(PAGES)!r}, "-q", "--format", "json", "--jobs", "1"])
'''
    )
    assert report["network_attempts"] == []
    assert report["read"] == ["2025-05-14", "2024-11-06", "2025-01-20", "2025-04-09"]
    assert report["url"] == "the page is not HTML: it holds no markup (a URL is never fetched; give plain text as text)"
    assert report["status"] == 0


def test_scoring_text_imports_no_html_library() -> None:
    code = "import sys, sourcescore.cli, sourcescore.scoring.scorer, sourcescore.scoring.corpus; " \
           "print(sorted(m for m in ('trafilatura', 'htmldate', 'lxml', 'justext') if m in sys.modules))"
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# ------------------------------------------------------------------------------------- done when


@pytest.mark.parametrize("seed", list(SEED_PAGES))
def test_a_saved_page_scores_as_its_text_with_the_pages_date_and_exact_spans(capsys: pytest.CaptureFixture[str], tmp_path: Path, seed: str) -> None:
    text_path = shared_path("seeds", seed)
    page_path = tmp_path / f"{seed[:-4]}.html"
    page_path.write_text(seed_page(text_path.read_text(encoding="utf-8"), SEED_PAGES[seed]), encoding="utf-8")
    status, out, err = run(capsys, "score", page_path, "--format", "json", "-q")
    assert (status, err) == (0, "")
    page = json.loads(out)
    status, out, _ = run(capsys, "score", text_path, "--format", "json", "-q", "--published", SEED_DAY)
    text = json.loads(out)
    assert status == 0 and abs(page["score"] - text["score"]) <= 3, (page["score"], text["score"])
    assert page["article"]["published"] == page["reference_date"]["date"] == SEED_DAY and not page["reference_date"]["inferred"]
    assert (page["article"]["source"], page["article"]["published_from"], page["article"]["title"]) == ("html", "meta article:published_time", SEED_PAGES[seed])
    assert page["warnings"] == []
    assert sum(len(f["evidence"]) for f in page["findings"]) > 0 and spans_are_exact(page, page["article"]["text"]) > 20
    assert [f["code"] for f in page["findings"]] == [f["code"] for f in text["findings"]]


def test_a_folder_of_pages_is_scored(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "site"
    (folder / "2025").mkdir(parents=True)
    for name in CMS_PAGES:
        target = folder / ("2025" if name.startswith("w") else "") / (name.replace(".html", ".htm") if name.startswith("p") else name)
        target.write_bytes((PAGES / name).read_bytes())
    (folder / "README.md").write_text("Saved pages of the site.\n", encoding="utf-8")
    status, out, err = run(capsys, "score", folder, "--format", "json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and "4 articles scored, 0 failed" in err
    assert [r["id"] for r in rows] == [str(folder / p) for p in ("arc.html", "jsonld_only.html", "plain.htm", "2025/wordpress.html")]
    assert [r["article"]["published"] for r in rows] == ["2025-05-14", "2024-11-06", "2025-01-20", "2025-04-09"]
    for row in rows:
        assert row["article"]["source"] == "html" and spans_are_exact(row, row["article"]["text"]) > 5


# ------------------------------------------------------------------------------------- inputs and precedence


def test_published_on_the_command_line_overrides_the_pages_date(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "score", PAGES / "arc.html", "--format", "json", "--published", "2025-06-01T01:00:00+02:00", "--title", "Given")
    article = json.loads(out)["article"]
    assert status == 0 and {k: article[k] for k in ("published", "published_from", "title")} == {
        "published": "2025-06-01", "published_from": "command line", "title": "Given"}
    status, out, _ = run(capsys, "explain", PAGES / "arc.html")
    assert status == 0 and out.startswith(f"{PAGES / 'arc.html'}: ") and "inferred" not in out


def test_a_text_report_names_where_its_date_came_from(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(read_page((PAGES / "wordpress.html").read_bytes()).text, encoding="utf-8")
    _, out, _ = run(capsys, "score", path, "--format", "json", "--published", "2025-04-09")
    assert json.loads(out)["article"] == {"source": "text", "title": None, "published": "2025-04-09", "published_from": "command line"}
    _, out, _ = run(capsys, "score", path, "--format", "json")
    row = json.loads(out)
    assert row["article"] == {"source": "text", "title": None, "published": None, "published_from": None} and row["reference_date"]["inferred"]
    report = score_text_or_page(default_scorer(), path.read_text(encoding="utf-8"), published="2025-04-09")
    assert report.to_dict()["article"]["published_from"] == "given"


def test_corpus_records_may_carry_a_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    arc = (PAGES / "arc.html").read_text(encoding="utf-8")
    corpus = tmp_path / "pages.jsonl"
    records = [
        {"id": "own", "html": arc},
        {"id": "dated", "html": arc, "published": "2025-05-20", "title": "Record title"},
        {"id": "both", "html": arc, "text": "Some text."},
        {"id": "blank", "html": "  "},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    status, out, _ = run(capsys, "score", corpus, "--format", "json", "--published", "2025-06-01", "-q")
    rows = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert status == 3
    own, dated = rows["own"]["article"], rows["dated"]["article"]
    assert (own["published"], own["published_from"], own["title"]) == ("2025-06-01", "command line", "State water board adopts limits on lawn watering as reservoirs fall")
    assert (dated["published"], dated["published_from"], dated["title"]) == ("2025-05-20", "record", "Record title")
    assert rows["both"]["error"] == f"{corpus}:3: fields 'text' and 'html' are both given: a record is either text or a page"
    assert rows["blank"]["error"] == f"{corpus}:4: field 'html' is missing or empty"
    csv = tmp_path / "pages.csv"
    csv.write_text('id,html\nx,"<html><body><p>Nothing to score here, the editor said.</p></body></html>"\n', encoding="utf-8")
    (item,) = read_inputs([str(csv)])
    assert (item.id, item.text, item.error) == ("x", None, None) and "editor said" in str(item.html)


def test_stdin_can_be_a_page(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((PAGES / "plain.html").read_bytes())))
    status, out, _ = run(capsys, "score", "-", "--input-format", "html", "--format", "json", "-q")
    row = json.loads(out)
    assert status == 0 and row["id"] == "<stdin>" and row["article"]["published"] == "2025-01-20"


def test_a_page_that_cannot_be_read_is_an_error_row_not_a_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>", encoding="utf-8")
    status, out, err = run(capsys, "score", path, "-q")
    assert (status, out) == (3, "")
    assert err.splitlines() == [
        f"sourcescore: {path}: the page has no article text that could be found (no sentence of prose outside menus, sidebars and comments)",
        "sourcescore: no article scored: every record failed (1)",
    ]
    status, _, err = run(capsys, "explain", path)
    assert status == 3 and err.startswith(f"sourcescore: {path}: the page has no article text") and "Traceback" not in err


def test_compare_of_two_pages_carries_their_text_title_and_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """compare a.html b.html: each side a page's report (its text, so the changes' spans can be read), as score gives it."""
    wordpress, arc = (read_page((PAGES / n).read_bytes()) for n in ("wordpress.html", "arc.html"))
    status, out, _ = run(capsys, "compare", PAGES / "wordpress.html", PAGES / "arc.html", "--format", "json")
    result = json.loads(out)
    assert status == 0 and result["summary"]["changes"] > 0
    assert result["original"]["article"] == {"source": "html", "title": wordpress.title, "published": "2025-04-09",
                                             "published_from": "meta article:published_time", "text": wordpress.text}
    assert result["derived"]["article"] == {"source": "html", "title": arc.title, "published": "2025-05-14",
                                            "published_from": "json-ld datePublished", "text": arc.text}
    for change in result["changes"]:
        for side, page in (("original", wordpress), ("derived", arc)):
            if change[side] is not None:
                assert page.text[change[side]["start"]:change[side]["end"]] == change[side]["text"]
    latin = tmp_path / "a.txt"
    latin.write_bytes(b"Mayor Anna Berg said the caf\xe9 council approved the budget on Monday.\n")
    status, out, _ = run(capsys, "compare", latin, PAGES / "arc.html", "--format", "json", "--published", "2025-05-20")
    result = json.loads(out)
    assert result["original"]["article"] == {"source": "text", "title": None, "published": "2025-05-20", "published_from": "given"}
    assert result["derived"]["article"]["published_from"] == "command line"
    assert "the file is not valid UTF-8 (first bad byte at offset 28); undecodable bytes were replaced" in result["original"]["warnings"]
