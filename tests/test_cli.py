"""The command line: score, explain, rules, exit codes, bad files."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "examples" / "wire_report.txt"
BAD = ROOT / "examples" / "vague_rewrite.txt"




def test_score_text_shows_score_band_and_findings(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "score", str(BAD), "--published", "2025-06-10")
    assert status == 0
    first = out.splitlines()[0]
    assert first.startswith(f"{BAD}: ") and "UNRELIABLE" in first
    assert "SRC201 vague-source" in out


def test_score_json_is_one_report_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "score", str(GOOD), str(BAD), "--format", "json")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2
    reports = [json.loads(line) for line in lines]
    assert [r["id"] for r in reports] == [str(GOOD), str(BAD)]
    assert reports[0]["score"] > reports[1]["score"]


def test_fail_under_gates(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "score", str(GOOD), "--fail-under", "10")[0] == 0
    assert run(capsys, "score", str(BAD), "--fail-under", "90")[0] == 1


def test_ignore_drops_rule(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "score", str(BAD), "--format", "json", "--ignore", "SRC201,src402")
    codes = {f["code"] for f in json.loads(out)["findings"]}
    assert not codes & {"SRC201", "SRC402"}


def test_explain_quotes_evidence_and_rationale(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "explain", str(BAD), "--published", "2025-06-10")
    assert status == 0
    assert "Why it matters:" in out and "> \u00bbExperts\u00ab \u00bbhighlight\u00ab three shocking problems with the project." in out
    assert "not whether they are true" in out


def test_rules_lists_every_code(capsys: pytest.CaptureFixture[str]) -> None:
    from sourcescore.scoring import RULES

    status, out, _ = run(capsys, "rules")
    assert status == 0
    for rule in RULES:
        assert rule.code in out and rule.name in out
    _, out, _ = run(capsys, "rules", "--format", "json")
    table = json.loads(out)
    assert [r["code"] for r in table] == [r.code for r in RULES]
    low = next(r for r in table if r["code"] == "SRC101")
    assert low["thresholds"] == {"min_claims": 5, "min_share": 0.25, "evidence": 5}
    assert low["module"] == "sourcescore.scoring.rules.low_attribution" and low["practice"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_files_give_a_clear_error_and_status_3(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    status, out, err = run(capsys, "score", str(bad), str(GOOD))
    assert status == 3
    assert message in err and "Traceback" not in err
    assert out.startswith(f"{GOOD}: ")  # the good file is still scored


def test_invalid_utf8_is_scored_with_a_warning(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a dit que 40 personnes sont mortes \u00e0 Paris, police said.".encode("latin-1"))
    status, out, _ = run(capsys, "score", str(path), "--format", "json")
    assert status == 0
    assert any("not valid UTF-8" in w for w in json.loads(out)["warnings"])


def test_utf16_with_bom(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(GOOD.read_text(encoding="utf-8").encode("utf-16"))
    status, out, _ = run(capsys, "score", str(path), "--format", "json", "--published", "2025-06-10")
    assert status == 0 and json.loads(out)["warnings"] == []


def test_a_cms_date_time_is_a_publication_date(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "score", str(GOOD), "--format", "json", "--published", "2025-06-10T23:30:00-05:00")
    assert status == 0
    _, same, _ = run(capsys, "score", str(GOOD), "--format", "json", "--published", "2025-06-10")
    assert json.loads(out)["score"] == json.loads(same)["score"]  # June 10 in its own offset, not June 11 in UTC


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "score", str(GOOD), "--published", "2025-13-45")
    assert status == 2 and "YYYY-MM-DD" in err
    status, _, err = run(capsys, "score", str(GOOD), "--ignore", "SRC999")
    assert status == 2 and "SRC999" in err
    status, _, err = run(capsys, "score", str(ROOT / "no-such-file.txt"))
    assert status == 3 and "cannot read" in err


def test_console_script_reads_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "sourcescore.cli", "score", "-", "--format", "json"],
        input=GOOD.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["id"] == "<stdin>"


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be"])
def test_utf32_with_bom(capsys: pytest.CaptureFixture[str], tmp_path: Path, codec: str) -> None:
    path = tmp_path / "utf32.txt"
    text = GOOD.read_text(encoding="utf-8")
    path.write_bytes(("\ufeff" + text if codec.endswith("be") else text).encode(codec))
    status, out, _ = run(capsys, "score", str(path), "--format", "json", "--published", "2025-06-10")
    assert status == 0 and json.loads(out)["warnings"] == []


def test_compare_text_and_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    original = GOOD.read_text(encoding="utf-8")
    derived = tmp_path / "derived.txt"
    derived.write_text(original + "\nOfficials said 68% of residents support the plan.\n", encoding="utf-8")
    status, out, err = run(capsys, "compare", str(GOOD), str(derived), "--published", "2025-03-05")
    assert status == 0, err
    assert out.startswith(f"{derived} against {GOOD}: ") and "[HIGH] figure_invented" in out
    # each side's evidence in its sentence, marked; offsets only in JSON
    assert "      derived  > Officials said »68%« of residents support the plan.\n" in out and not re.search(r"\[\d+:\d+\]", out)
    status, out, _ = run(capsys, "compare", str(GOOD), str(GOOD), "--format", "json", "--published-original", "2025-03-05",
                         "--published-derived", "2025-03-06")
    data = json.loads(out)
    assert status == 0 and data["schema"] == "sourcescore.compare/1" and data["changes"] == []
    assert data["original"]["reference_date"]["date"] == "2025-03-05" and data["derived"]["reference_date"]["date"] == "2025-03-06"


def test_compare_reads_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(GOOD.read_bytes())))
    status, out, _ = run(capsys, "compare", "-", str(GOOD))
    assert status == 0 and "0 changes" in out.splitlines()[0]


def test_compare_errors_without_tracebacks(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    status, _, err = run(capsys, "compare", str(GOOD), str(tmp_path / "missing.txt"))
    assert status == 3 and "missing.txt" in err and "Traceback" not in err
    status, _, err = run(capsys, "compare", str(GOOD), str(empty))
    assert status == 3 and "the derivative: the article is empty" in err and "Traceback" not in err
    status, _, err = run(capsys, "compare", str(GOOD), str(GOOD), "--published", "2025-02-30")
    assert status == 2 and "not a valid YYYY-MM-DD" in err
    status, _, err = run(capsys, "compare", str(GOOD), str(GOOD), "--published-derived", "yesterday")
    assert status == 2 and "not a valid YYYY-MM-DD" in err
    status, _, err = run(capsys, "compare", "-", "-")
    assert status == 2 and "only one of ORIGINAL and DERIVED" in err


def test_compare_pairs_corpus_streams_and_resumes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    original = GOOD.read_text(encoding="utf-8")
    pairs = tmp_path / "pairs.jsonl"
    lines = [json.dumps({"id": "same", "original": original, "derived": original, "published": "2025-03-05"}),
             json.dumps({"id": "empty", "original": original, "derived": " "}),
             "{not json",
             json.dumps({"id": "bad-date", "original": original, "derived": original, "published_derived": "2025-02-30"})]
    lines += [json.dumps({"id": f"p{i}", "original": original, "derived": original + f"\nOfficials said {60 + i}% agree.\n"}) for i in range(3)]
    pairs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status, _, err = run(capsys, "compare", "--pairs", str(pairs), "-o", str(out), "--jobs", "1")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert status == 3 and "4 pairs compared, 3 failed" in err  # the empty derivative, the bad line and the bad date
    assert [r["id"] for r in rows] == ["same", "empty", f"{pairs}:3", "bad-date", "p0", "p1", "p2"]
    assert rows[0]["schema"] == "sourcescore.compare/1" and rows[0]["changes"] == []
    assert "derived" in rows[1]["error"] and "not valid JSON" in rows[2]["error"] and "YYYY-MM-DD" in rows[3]["error"]
    assert rows[4]["summary"]["by_kind"]["figure_invented"] == 1
    # A killed run: the first three rows written; --resume appends the rest, the same rows in the same order.
    out.write_text("\n".join(json.dumps(r) for r in rows[:3]) + "\n", encoding="utf-8")
    status, _, err = run(capsys, "compare", "--pairs", str(pairs), "-o", str(out), "--resume", "-j", "1")
    assert "3 skipped" in err
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [r["id"] for r in rows]


def test_compare_pairs_output_refuses_an_existing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Issue #16 item 7 for compare: -o refuses an existing file unless --force (overwrite) or --resume (append).
    original = GOOD.read_text(encoding="utf-8")
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": "same", "original": original, "derived": original}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("3,000 rows of an earlier run\n", encoding="utf-8")
    status, stdout, err = run(capsys, "compare", "--pairs", pairs, "-o", out, "-j", "1")
    assert (status, stdout) == (2, "") and out.read_text(encoding="utf-8") == "3,000 rows of an earlier run\n"
    assert err.splitlines()[-1] == (f"sourcescore compare: error: the output file {out} exists; give --force to overwrite it, "
                                    "or --resume to finish an interrupted run")
    assert run(capsys, "compare", "--pairs", pairs, "-o", out, "--force", "--resume")[0] == 2
    assert run(capsys, "compare", "--pairs", pairs, "--force")[0] == 2  # --force goes with -o FILE
    assert run(capsys, "compare", GOOD, GOOD, "--force")[0] == 2  # and with --pairs
    status, _, err = run(capsys, "compare", "--pairs", pairs, "-o", out, "--force", "-j", "1")
    assert status == 0 and [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["same"]


def test_compare_pairs_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "compare", "--pairs", str(tmp_path / "x.jsonl"), str(GOOD))[0] == 2
    assert run(capsys, "compare", "--pairs", str(tmp_path / "x.jsonl"), "--resume")[0] == 2
    assert run(capsys, "compare", str(GOOD))[0] == 2
    assert run(capsys, "compare", str(GOOD), str(GOOD), "-o", str(tmp_path / "o.jsonl"))[0] == 2
    status, _, err = run(capsys, "compare", "--pairs", str(tmp_path / "missing.jsonl"))
    assert status == 3 and "cannot read" in err
