"""Corpus-scale scoring: inputs, outputs, order over processes, error rows, exit codes, resume, streaming."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from conftest import run
from sourcescore.scoring.corpus import (
    CSV_COLUMNS,
    IN_FLIGHT_PER_JOB,
    CorpusRun,
    Job,
    Progress,
    RowWriter,
    Tally,
    read_earlier,
    run_batch,
    score_corpus,
    score_stream,
    summary_line,
)
from sourcescore.scoring.records import Item, read_inputs

ROOT = Path(__file__).resolve().parents[1]
GOOD_TEXT = (ROOT / "examples" / "wire_report.txt").read_text(encoding="utf-8")
BAD_TEXT = (ROOT / "examples" / "vague_rewrite.txt").read_text(encoding="utf-8")




def write_jsonl(path: Path, lines: list[object]) -> Path:
    """Write objects as JSON lines (a str is written as is: a malformed line)."""
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines), encoding="utf-8")
    return path


def jsonl_rows(path: Path) -> list[dict]:  # type: ignore[type-arg]
    """The rows of a JSONL output file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def corpus(tmp_path: Path, n: int = 6) -> Path:
    """A small JSONL corpus: alternating good and bad articles, then one malformed line."""
    records: list[object] = [{"id": f"r{i}", "text": GOOD_TEXT if i % 2 else BAD_TEXT} for i in range(n)]
    return write_jsonl(tmp_path / "corpus.jsonl", [*records[:3], "{broken", *records[3:]])


# ---------------------------------------------------------------------------------------------- inputs


def test_folder_input_recurses_text_files_in_order_skipping_hidden_and_others(tmp_path: Path) -> None:
    root = tmp_path / "news"
    for rel in ("b.txt", "a.md", "sub/c.txt", "sub/deeper/d.TXT", "sub/notes.pdf", ".hidden/x.txt", "sub/.e.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(GOOD_TEXT, encoding="utf-8")
    ids = [item.id for item in read_inputs([str(root)])]
    assert ids == [str(root / p) for p in ("a.md", "b.txt", "sub/c.txt", "sub/deeper/d.TXT")]


def test_text_file_problems_are_error_items(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("d\u00e9j\u00e0 vu, police said.".encode("latin-1"))
    missing = str(tmp_path / "missing.txt")
    items = list(read_inputs([str(binary), str(latin), missing]))
    assert items[0].error == f"{binary}: the file looks binary (it contains NUL bytes), not an article"
    assert items[1].error is None and "not valid UTF-8" in items[1].warnings[0]
    assert items[2].id == missing and items[2].error == f"{missing}: cannot read: No such file or directory"


def test_jsonl_records_are_validated_one_by_one(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "a", "text": "Some text.", "title": " A title ", "published": "2025-06-10"},
            "{not json",
            {"id": "b"},
            {"id": "c", "text": 42},
            {"text": "No id here."},
            "",  # blank lines are skipped but still counted
            {"id": 7, "text": "Integer id.", "published": "2025-02-30"},
            ["a", "list"],
            {"id": ["x"], "text": "Bad id."},
            {"id": "d", "text": "x", "title": 3},
        ],
    )
    got = [(i.id, i.error) for i in read_inputs([str(path)])]
    assert got == [
        ("a", None),
        (f"{path}:2", f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes, column 2)"),
        ("b", f"{path}:3: field 'text' is missing (the record has id; on the command line, --text-column names the field that holds the text)"),
        ("c", f"{path}:4: field 'text' must be a string, got int"),
        (f"{path}:5", None),
        ("7", f"{path}:7: publication date '2025-02-30' is not a valid YYYY-MM-DD or ISO 8601 date-time, such as 2025-03-28T09:00:00Z"),
        (f"{path}:8", f"{path}:8: expected an object with a 'text' field, got list"),
        (f"{path}:9", f"{path}:9: field 'id' must be a string or an integer, got list"),
        ("d", f"{path}:10: field 'title' must be a string or null, got int"),
    ]
    first = next(read_inputs([str(path)]))
    assert (first.text, first.title, first.published) == ("Some text.", "A title", date(2025, 6, 10))


def test_csv_records_quoted_newlines_empty_cells_and_line_ids(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        b"\xef\xbb\xbfid,title,text,published,extra\n"
        b'a,Title,"First line\nsecond line",2025-06-10,x\n'
        b",,No id here.,,\n"
        b"c,,,,\n"
        b"d,,caf\xe9 au lait,,\n"
    )
    items = list(read_inputs([str(path)]))
    assert [(i.id, i.error) for i in items] == [
        ("a", None),
        (f"{path}:4", None),  # the record starts on line 4: line 2-3 hold record "a"
        ("c", f"{path}:5: field 'text' is missing or empty"),
        ("d", None),
    ]
    assert items[0].text == "First line\nsecond line" and items[0].published == date(2025, 6, 10)
    assert items[1].title is None and items[1].published is None
    assert items[3].text == "caf\ufffd au lait" and "not valid UTF-8" in items[3].warnings[0]


def test_csv_without_text_column_is_one_error_row(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    assert [i.error for i in read_inputs([str(path)])] == [f"{path}: the CSV header has no 'text' column (found: id, body)"]


def test_input_format_overrides_the_extension(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "export.txt", [{"id": "x", "text": "Hello."}])
    assert [i.id for i in read_inputs([str(path)], "jsonl")] == ["x"]
    assert [i.id for i in read_inputs([str(path)])] == [str(path)]


def test_stdin_as_text_and_as_jsonl(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD_TEXT.encode())))
    status, out, _ = run(capsys, "score", "-", "--format", "json")
    assert status == 0 and json.loads(out)["id"] == "<stdin>"
    lines = json.dumps({"text": GOOD_TEXT}) + "\n" + json.dumps({"id": "x", "text": BAD_TEXT}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    status, out, _ = run(capsys, "score", "-", "--input-format", "jsonl", "--format", "json")
    assert status == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["<stdin>:1", "x"]


# --------------------------------------------------------------------------------------------- outputs


def test_jsonl_output_full_reports_and_error_rows(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "scores.jsonl"
    status, stdout, err = run(capsys, "score", corpus(tmp_path, 2), "-o", out)
    assert status == 3 and stdout == ""
    rows = jsonl_rows(out)
    assert [r["id"] for r in rows] == ["r0", "r1", f"{tmp_path / 'corpus.jsonl'}:3"]
    assert rows[0]["schema"] == "sourcescore.report/1" and rows[0]["findings"] and "error" not in rows[0]
    assert rows[2] == {"id": f"{tmp_path / 'corpus.jsonl'}:3", "error": rows[2]["error"]}
    assert rows[2]["error"].startswith(f"{tmp_path / 'corpus.jsonl'}:3: not valid JSON")
    assert "2 articles scored, 1 failed" in err


def test_csv_output_columns_match_the_reports(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = corpus(tmp_path, 2)
    run(capsys, "score", data, "-o", tmp_path / "full.jsonl")
    run(capsys, "score", data, "-o", tmp_path / "rows.csv")
    with (tmp_path / "rows.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        rows = list(reader)
    reports = jsonl_rows(tmp_path / "full.jsonl")
    assert [r["id"] for r in rows] == [r["id"] for r in reports]
    for row, report in zip(rows[:2], reports[:2]):
        severities = Counter(f["severity"] for f in report["findings"])
        top = list(dict.fromkeys(f["code"] for f in report["findings"] if f["points"]))[:5]
        assert float(row["score"]) == report["score"] and row["band"] == report["band"]
        assert float(row["model_probability"]) == report["model"]["probability"]
        assert {k: int(row[f"findings_{k}"]) for k in ("high", "medium", "low", "credit")} == {
            k: severities.get(k, 0) for k in ("high", "medium", "low", "credit")
        }
        assert row["top_findings"] == " ".join(top) and row["error"] == ""
    assert rows[2]["error"] == reports[2]["error"] and rows[2]["score"] == ""


def test_output_format_option_and_stdout_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "scores.dat"
    assert run(capsys, "score", corpus(tmp_path, 1), "-o", out, "--output-format", "csv")[0] == 3
    assert out.read_text(encoding="utf-8").startswith(",".join(CSV_COLUMNS) + "\n")
    status, stdout, err = run(capsys, "score", tmp_path / "corpus.jsonl", "-o", "-", "--quiet")
    assert [json.loads(line)["id"] for line in stdout.splitlines()] == ["r0", f"{tmp_path / 'corpus.jsonl'}:2"]
    assert "not valid JSON" in err  # errors echoed on stderr when rows go to stdout


def test_text_output_prints_errors_on_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = corpus(tmp_path, 1)
    status, out, err = run(capsys, "score", path, "--jobs", "1")
    assert status == 3 and out.startswith(f"{path}:1 (id r0): ") and "corpus.jsonl:2: not valid JSON" in err


# ------------------------------------------------------------------------------------- exit codes, usage


def test_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [{"id": "g", "text": GOOD_TEXT}, {"id": "b", "text": BAD_TEXT}])
    assert run(capsys, "score", good, "-o", tmp_path / "a.jsonl")[0] == 0
    assert run(capsys, "score", good, "-o", tmp_path / "b.jsonl", "--fail-under", "50")[0] == 1
    assert run(capsys, "score", corpus(tmp_path), "-o", tmp_path / "c.jsonl", "--fail-under", "50")[0] == 3
    assert run(capsys, "score", good, "--resume")[0] == 2
    assert run(capsys, "score", good, "-o", good)[0] == 2  # the output would overwrite an input
    assert run(capsys, "score", good, "--jobs", "0")[0] == 2
    assert good.read_text(encoding="utf-8").count("\n") == 2


def test_quiet_has_no_summary_and_no_progress_off_a_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = corpus(tmp_path, 2)
    _, _, err = run(capsys, "score", data, "-o", tmp_path / "a.jsonl")
    assert err.count("\n") == 1 and "\r" not in err and err.startswith("sourcescore: 2 articles scored, 1 failed")
    assert run(capsys, "score", data, "-o", tmp_path / "b.jsonl", "--quiet")[2] == ""


def test_progress_line_shows_count_rate_percent_and_eta() -> None:
    stream, times = io.StringIO(), iter([0.0, 0.1, 2.0])
    progress = Progress(stream, enabled=True, total_bytes=1000, clock=lambda: next(times))
    tally = Tally(scored=49, failed=1, done_bytes=250)
    progress.update(tally)  # at 0.1 s: under the interval, not drawn
    assert stream.getvalue() == ""
    progress.update(tally)  # at 2.0 s
    line = stream.getvalue()
    assert line.startswith("\r[#####...............]  25%  50 articles  25/s") and "ETA 0:00:06" in line
    progress.message("sourcescore: x.txt: failed")
    assert stream.getvalue().endswith("\r\x1b[Ksourcescore: x.txt: failed\n")


def test_progress_is_off_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    err = io.StringIO()
    run_ = CorpusRun(paths=(str(corpus(tmp_path, 1)),), output=str(tmp_path / "o.jsonl"), jobs=1)
    result = score_corpus(run_, stderr=err)
    assert (result.run.scored, result.run.failed) == (1, 1) and "\r" not in err.getvalue()


# ---------------------------------------------------------------------------- order, parallel, streaming


def items(n: int, pulled: list[int] | None = None) -> Iterator[Item]:
    """n items alternating good and bad articles; counts in ``pulled`` how many were read."""
    for i in range(n):
        if pulled is not None:
            pulled[0] += 1
        yield Item(f"r{i}", f"r{i}", GOOD_TEXT if i % 3 else BAD_TEXT)


def test_order_is_input_order_with_two_jobs() -> None:
    serial = list(score_stream(items(30), Job(), jobs=1))
    parallel = list(score_stream(items(30), Job(), jobs=2, chunk_size=2))
    assert [o.id for o in parallel] == [f"r{i}" for i in range(30)]
    assert [o.row for o in parallel] == [o.row for o in serial]
    assert len({o.score for o in parallel}) == 2


def test_order_with_two_jobs_through_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    records = [{"id": f"a{i}", "text": BAD_TEXT if i % 4 else GOOD_TEXT} for i in range(70)]
    data = write_jsonl(tmp_path / "many.jsonl", records)
    assert run(capsys, "score", data, "-o", tmp_path / "one.csv", "--jobs", "1")[0] == 0
    assert run(capsys, "score", data, "-o", tmp_path / "two.csv", "--jobs", "2")[0] == 0
    assert (tmp_path / "two.csv").read_text(encoding="utf-8") == (tmp_path / "one.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_consumed_lazily_with_bounded_work_in_flight(jobs: int) -> None:
    pulled, chunk, total = [0], 2, 40
    bound = 1 if jobs == 1 else IN_FLIGHT_PER_JOB * jobs * chunk
    ahead = []
    for done, outcome in enumerate(score_stream(items(total, pulled), Job(), jobs=jobs, chunk_size=chunk), 1):
        ahead.append(pulled[0] - done)
        assert outcome.error is None
    assert ahead[0] + 1 < total  # the first row came before the input was read through
    assert max(ahead) <= bound  # never more than the in-flight window read ahead


def test_internal_error_in_one_article_becomes_its_error_row(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcescore.scoring import Scorer

    real = Scorer.score

    def flaky(self: Scorer, text: str, **kwargs: object):  # type: ignore[no-untyped-def]
        if text == "boom":
            raise ZeroDivisionError("division by zero")
        return real(self, text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Scorer, "score", flaky)
    stream = [Item("a", "a", GOOD_TEXT), Item("b", "f.jsonl:2", "boom"), Item("c", "c", BAD_TEXT)]
    outcomes = list(score_stream(stream, Job(row="report"), jobs=1))
    assert [o.error for o in outcomes] == [
        None,
        "f.jsonl:2: internal error (please report it): ZeroDivisionError: division by zero",
        None,
    ]
    assert outcomes[1].row == {"id": "b", "error": outcomes[1].error}


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patched scorer reaches workers by fork")
def test_a_dead_worker_stops_the_run_but_keeps_the_rows_written(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcescore.scoring import Scorer

    real = Scorer.score

    def crash(self: Scorer, text: str, **kwargs: object):  # type: ignore[no-untyped-def]
        if text == "crash":
            os._exit(1)  # as an OOM kill would end a worker
        return real(self, text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Scorer, "score", crash)
    stream = [Item(f"r{i}", f"r{i}", "crash" if i == 12 else GOOD_TEXT) for i in range(20)]
    out = io.StringIO()
    result = run_batch(stream, Job(), RowWriter(out, "jsonl"), jobs=2, chunk_size=2)
    ids = [json.loads(line)["id"] for line in out.getvalue().splitlines()]
    assert result.aborted and ids == [f"r{i}" for i in range(len(ids))] and len(ids) <= 12
    assert "rerun with --resume" in summary_line(result)


# ---------------------------------------------------------------------------------------------- resume


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
@pytest.mark.parametrize("cut", ["mid-row", "row-boundary", "mid-header", "empty"])
def test_resume_after_a_partial_output_gives_one_row_per_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str, cut: str
) -> None:
    data = corpus(tmp_path, 6)  # 7 records: 6 articles and a malformed line (the 4th)
    full, out = tmp_path / f"full{suffix}", tmp_path / f"out{suffix}"
    assert run(capsys, "score", data, "-o", full, "--fail-under", "50")[0] == 3
    lines = full.read_bytes().splitlines(keepends=True)
    assert len(lines) == 7 + (suffix == ".csv")
    keep = {"mid-row": 5, "row-boundary": 5, "mid-header": 0, "empty": 0}[cut]
    partial = b"".join(lines[:keep])
    if cut in ("mid-row", "mid-header"):
        partial += lines[keep][: len(lines[keep]) // 2]
    out.write_bytes(partial)
    status, _, err = run(capsys, "score", data, "-o", out, "--resume", "--fail-under", "50", "--jobs", "2")
    assert out.read_bytes() == full.read_bytes()
    assert status == 3  # the malformed record's error row counts, whether this run or the earlier one wrote it
    if cut in ("mid-row", "row-boundary"):
        assert "skipped (already in" in err


def test_resume_of_a_finished_run_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "c.jsonl", [{"id": "g", "text": GOOD_TEXT}, {"id": "b", "text": BAD_TEXT}])
    out = tmp_path / "out.jsonl"
    run(capsys, "score", data, "-o", out)
    before = out.read_bytes()
    status, _, err = run(capsys, "score", data, "-o", out, "--resume", "--fail-under", "50")
    assert status == 1 and out.read_bytes() == before  # b is below 50, though scored by the earlier run
    assert "0 articles scored, 0 failed, 2 skipped" in err


def test_resume_refuses_a_file_that_is_not_an_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "c.jsonl", [{"id": "g", "text": GOOD_TEXT}])
    notes = tmp_path / "notes.jsonl"
    notes.write_text("my notes\n", encoding="utf-8")
    status, _, err = run(capsys, "score", data, "-o", notes, "--resume")
    assert status == 2 and "cannot resume" in err and notes.read_text(encoding="utf-8") == "my notes\n"
    table = tmp_path / "table.csv"
    table.write_text("a,b\n1,2\n", encoding="utf-8")
    assert run(capsys, "score", data, "-o", table, "--resume")[0] == 2


def test_resume_cuts_a_csv_row_broken_inside_a_quoted_field(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    row = ["x"] * (len(CSV_COLUMNS) - 1)
    header = ",".join(CSV_COLUMNS) + "\n"
    out.write_text(header + "a," + ",".join(row) + "\n" + '"b\nwith a newline', encoding="utf-8")
    earlier = read_earlier(str(out), "csv")
    assert list(earlier.ids()) == ["a"] and out.read_text(encoding="utf-8") == header + "a," + ",".join(row) + "\n"


def test_killed_run_resumed_yields_every_record_once(tmp_path: Path) -> None:
    long_good, long_bad = "\n\n".join([GOOD_TEXT, BAD_TEXT] * 4), "\n\n".join([BAD_TEXT] * 6)
    records = [{"id": f"k{i:03d}", "text": long_good if i % 2 else long_bad} for i in range(300)]
    data = write_jsonl(tmp_path / "big.jsonl", records)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "sourcescore.cli", "score", str(data), "-o", str(out), "--jobs", "2", "--quiet"]
    env = dict(os.environ)  # the same `sourcescore` as this test's (PYTHONPATH or the installed package)
    proc = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600  # a safety net against a hung run, not a speed check
    try:
        while proc.poll() is None and time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 30):
            time.sleep(0.01)
        assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read()!r}"  # type: ignore[union-attr]
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes, as a crash or an OOM kill would
    finally:
        proc.wait()
        proc.stderr.close()  # type: ignore[union-attr]
    written = out.read_bytes().count(b"\n")
    assert 30 <= written < 300
    done = subprocess.run([*command, "--resume"], cwd=ROOT, env=env, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert [row["id"] for row in jsonl_rows(out)] == [r["id"] for r in records]
