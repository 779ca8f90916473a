"""The text output an editor reads (issue #16 item 5): sentences around evidence, the title, the model in words,
penalties first below the reliable band, the unattributed claims, each rule's rationale once, explain --id."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conftest import run
from sourcescore.scoring.rules import RULES_BY_CODE
from sourcescore.scoring.scorer import Scorer
from sourcescore.scoring.text_report import date_line, format_explanation, format_summary, model_reasons, trim

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "examples" / "wire_report.txt"
BAD = ROOT / "examples" / "vague_rewrite.txt"
SCORER = Scorer()
FIVE = (
    "Riverton council approved a new flood plan on Tuesday. The plan will cost $48 million, according to experts. "
    "Mayor Helen Okafor said the work would begin in the spring of 2026. About 2,300 homes in the city are at risk "
    "of flooding. The vote ended a dispute that began in 2023.\n"
)
TITLE = "Riverton approves flood plan"


def five() -> object:
    return SCORER.score(FIVE, title=TITLE, published="2025-06-10")


def test_the_summary_of_a_five_sentence_article_line_by_line() -> None:
    assert format_summary("five.txt", five()).splitlines() == [
        "five.txt: 49/100  MIXED  (model:default +50.0, rules -1.0)",
        "  title: Riverton approves flood plan",
        "  dated 2025-06-10 (given)",
        "  model:default +50.0, mostly: raised by 100% of attributions with a neutral verb such as said or",
        "    told (+10.4); lowered by 0.20 citations of vague sources ('experts say') a claim (-4.2), 0% of",
        "    sentences in direct quotation (-2.3), 0% of figures traced to a named source (-2.2)",
        "  SRC201 vague-source                 -2.0  Vague source \u201cexperts\u201d: no one a reader could check.",
        "      > The plan will cost $48 million, \u00bbaccording to\u00ab \u00bbexperts\u00ab.",
        "  SRC402 vague-statistic              -2.0  Statistic \u201c$48 million\u201d is pinned on a vague source: \u201cexperts\u201d.",
        "      > The plan will cost \u00bb$48 million\u00ab, according to \u00bbexperts\u00ab.",
        "  SRC401 unsourced-statistic          -1.0  Statistic \u201c2,300\u201d has no source.",
        "      > About \u00bb2,300\u00ab homes in the city are at risk of flooding.",
        "  SRC001 named-sources                +2.0  Named person source: Mayor Helen Okafor (Mayor).",
        "      > \u00bbMayor Helen Okafor\u00ab said the work would begin in the spring of 2026.",
        "  SRC002 attributed-claims            +2.0  1 of 5 factual claims (20%) are attributed to named sources.",
        "      > Mayor Helen Okafor \u00bbsaid\u00ab the work would begin in the spring of 2026.",
        "  unattributed claims: 3 of 5 factual claims carry no attribution",
        "      > Riverton council approved a new flood plan on Tuesday.",
        "      > About 2,300 homes in the city are at risk of flooding.",
        "      > The vote ended a dispute that began in 2023.",
        "  sources: 1 vague, 1 person",
        "  warning: short article (52 words): the score rests on little text",
    ]


def test_the_text_output_says_which_date_it_checked_against() -> None:
    undated = "The council approved the plan, the mayor said. Experts say it will cost more."
    assert date_line(SCORER.score(undated)) == "dated: no publication date given or found in the text"
    assert date_line(SCORER.score(undated + " The vote was on June 9, 2025.")) == "dated 2025-06-09, inferred from the text"
    given = SCORER.score(FIVE, published="2025-06-10")
    given.published_from = "command line"
    assert date_line(given) == "dated 2025-06-10 (command line)"


def test_no_offsets_in_the_text_output() -> None:
    report = five()
    for text in (format_summary("five.txt", report), format_explanation("five.txt", report)):
        for f in report.findings:
            for span in f.evidence:
                assert f"[{span.start}:{span.end}]" not in text


def test_the_model_reasons_are_its_explanation_in_points() -> None:
    up, down = model_reasons(five())
    assert [round(p, 1) for _, p in up] == [10.4] and [round(p, 1) for _, p in down] == [-4.2, -2.3, -2.2]
    assert up[0][0] == "100% of attributions with a neutral verb such as said or told"


def test_penalties_come_before_credits_below_the_reliable_band_only() -> None:
    mixed = five()
    assert mixed.band == "mixed"
    points = [float(line.split()[2]) for line in format_summary("f", mixed).splitlines() if line.startswith("  SRC")]
    assert points == [-2.0, -2.0, -1.0, 2.0, 2.0]
    # Reliable: the largest first, whatever the sign (the wire report's first finding is a credit of 5.9 points).
    good = SCORER.score(GOOD.read_text(encoding="utf-8"), published="2025-06-10")
    assert good.band == "reliable"
    lines = [line for line in format_summary("g", good).splitlines() if line.startswith("  SRC")]
    values = [abs(float(line.split()[2])) for line in lines]
    assert values == sorted(values, reverse=True) and float(lines[0].split()[2]) > 0


def test_explain_gives_each_rationale_once_with_its_findings_under_it() -> None:
    report = SCORER.score(BAD.read_text(encoding="utf-8"), published="2025-06-10")
    out = format_explanation("bad.txt", report)
    codes = {f.code for f in report.findings}
    assert out.count("Why it matters:") == len(codes) < len(report.findings)
    for code in codes:
        assert out.count(RULES_BY_CODE[code].rationale[:40]) == 1
    heads = [line.split()[0] for line in out.splitlines() if line[:3] == "SRC"]
    assert heads == ["SRC201", "SRC402", "SRC301", "SRC102", "SRC401", "SRC103", "SRC202"]  # the largest totals first
    five_heads = [line.split()[0] for line in format_explanation("f", five()).splitlines() if line[:3] == "SRC"]
    assert five_heads == ["SRC201", "SRC402", "SRC401", "SRC001", "SRC002"]  # mixed: penalties first, credits last


def test_explain_a_five_sentence_article_rule_block() -> None:
    out = format_explanation("five.txt", five()).splitlines()
    at = out.index("SRC402 vague-statistic [high] -2.0 (1 finding)")
    assert out[at : at + 4] == [
        "SRC402 vague-statistic [high] -2.0 (1 finding)",
        "  Why it matters: A number pinned on a vague source looks sourced but cannot be traced.",
        "  - -2.0  Statistic \u201c$48 million\u201d is pinned on a vague source: \u201cexperts\u201d.",
        "      > The plan will cost \u00bb$48 million\u00ab, according to \u00bbexperts\u00ab.",
    ]
    assert out[1] == "title: Riverton approves flood plan"


def test_a_long_sentence_is_trimmed_around_its_evidence() -> None:
    line = "word " * 40 + "\u00bbevidence\u00ab" + " tail" * 40
    cut = trim(line, 60)
    assert len(cut) == 60 and cut[0] == cut[-1] == "\u2026" and "\u00bbevidence\u00ab" in cut
    assert trim("short \u00bbone\u00ab", 60) == "short \u00bbone\u00ab"
    near_end = "word " * 40 + "\u00bbevidence\u00ab end"
    assert trim(near_end, 60) == "\u2026" + near_end[-59:]
    at_start = "\u00bb" + "long evidence " * 10 + "\u00ab and more " * 10
    cut = trim(at_start, 60)
    assert len(cut) == 60 and cut == at_start[:59] + "\u2026"  # the start is in view: no ellipsis before it


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "c.jsonl"
    rows = [{"id": "good", "text": GOOD.read_text(encoding="utf-8"), "title": "Flood plan", "published": "2025-06-10"},
            {"id": "bad", "text": BAD.read_text(encoding="utf-8")}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_explain_on_a_corpus_without_id_is_a_usage_error_naming_id(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    status, out, err = run(capsys, "explain", corpus)
    assert (status, out) == (2, "")
    assert err.splitlines()[-1] == (f"sourcescore explain: error: {corpus} holds several articles; give --id ID to explain one "
                                    "(ids: good, bad), or `sourcescore score` for all")


def test_explain_id_picks_the_record_with_its_title_and_date(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    status, out, err = run(capsys, "explain", corpus, "--id", "good")
    lines = out.splitlines()
    assert status == 0 and err == ""
    assert lines[0].startswith(f"{corpus}:1 (id good): ") and "RELIABLE" in lines[0] and lines[1] == "title: Flood plan"
    assert "warning:" not in out  # the record's published date was used: no date inferred
    status, out, _ = run(capsys, "explain", corpus, "--id", "bad")
    assert status == 0 and out.startswith(f"{corpus}:2 (id bad): ")


def test_explain_an_unknown_id_or_an_id_on_one_article(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    status, out, err = run(capsys, "explain", corpus, "--id", "nope")
    assert (status, out) == (2, "") and err.splitlines()[-1] == f"sourcescore explain: error: no record with id 'nope' in {corpus}"
    status, out, err = run(capsys, "explain", GOOD, "--id", "good")
    assert (status, out) == (2, "")
    assert err.splitlines()[-1] == f"sourcescore explain: error: --id picks a record of a corpus (JSONL, CSV) or a folder's file; {GOOD} is one article"


def test_the_summary_of_a_corpus_record_says_how_to_explain_it(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    status, out, _ = run(capsys, "score", corpus, "-q")
    lines = out.splitlines()
    assert status == 0 and f"  ... 10 more findings (sourcescore explain {corpus} --id bad)" in lines
    assert any(line.startswith(f"{corpus}:") and " (id bad): " in line for line in lines)  # the record named with its id
    _, out, _ = run(capsys, "score", BAD, "-q")
    assert f"  ... 10 more findings (sourcescore explain {BAD})" in out.splitlines()


def test_the_summary_of_stdin_says_explain_reads_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(BAD.read_bytes()), encoding="utf-8"))
    status, out, _ = run(capsys, "score", "-", "-q")
    assert status == 0 and "  ... 10 more findings (sourcescore explain - with the same input)" in out.splitlines()


def test_a_one_record_corpus_needs_no_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "only", "text": BAD.read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "explain", path)
    assert status == 0 and out.startswith(f"{path}:1 (id only): ")


def test_explain_of_the_seeds_is_the_length_the_readme_gives(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue #16 found explain at 184 lines with each rationale repeated per finding; the README gives 116 and 131 lines."""
    from conftest import SEED_FABRICATED, SEED_GENUINE, SEED_PUBLISHED, shared_path

    lengths = []
    for seed in (SEED_GENUINE, SEED_FABRICATED):
        status, out, _ = run(capsys, "explain", shared_path("seeds", seed), "--published", SEED_PUBLISHED)
        assert status == 0 and out.count("Why it matters:") == len({line.split()[0] for line in out.splitlines() if line[:3] == "SRC"})
        lengths.append(len(out.splitlines()))
    assert lengths == [116, 131]


def test_explain_reads_a_page_on_stdin_with_input_format_html(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """As score does: a page piped in is read as a page (its main text and date), not scored as markup."""
    page = ROOT / "tests" / "data" / "pages" / "arc.html"
    status, out, _ = run(capsys, "explain", page)
    assert status == 0 and out.startswith(f"{page}: 82/100  RELIABLE") and "looks like HTML" not in out
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page.read_bytes()), encoding="utf-8"))
    status, piped, _ = run(capsys, "explain", "-", "--input-format", "html")
    assert status == 0 and piped == out.replace(str(page), "<stdin>", 1)
    status, _, err = run(capsys, "explain", page, "--id", "x")
    assert status == 2 and err.splitlines()[-1] == f"sourcescore explain: error: --id picks a record of a corpus (JSONL, CSV) or a folder's file; {page} is one article"
