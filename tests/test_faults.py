"""Issue #17 faults: output writing (lone surrogates, failed writes), the record reader's limits, CSV rows that read back."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run
from sourcescore.scoring.corpus import CSV_COLUMNS, Outcome, RowWriter, read_earlier
from sourcescore.scoring.corpus import run as corpus_run
from sourcescore.scoring.corpus.rows import render
from sourcescore.scoring.corpus.sink import EXIT_OUTPUT, REPLACEMENT, scrub
from sourcescore.scoring.dataset import DataError, read_records
from sourcescore.scoring.rawread import MAX_RECORD_BYTES
from sourcescore.scoring.records import read_inputs
from sourcescore.scoring.scorer import Scorer

ROOT = Path(__file__).resolve().parents[1]
GOOD_TEXT = (ROOT / "examples" / "wire_report.txt").read_text(encoding="utf-8")
SHORT = GOOD_TEXT[:600].replace('"', "'")


def cli(*argv: str | Path, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """The command in a subprocess (for real stdout and stderr bytes)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT.parent) if (ROOT.parent / "sourcescore").exists() else os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-m", "sourcescore.cli", *map(str, argv)], capture_output=True, cwd=cwd, env=env, input=stdin, timeout=120)


def lone_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "lone.jsonl"
    records = [{"id": "\udc80x", "text": SHORT}, {"id": "y", "text": SHORT + " Officials said \udc80 it was so."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="ascii")  # JSON's \udc80 escape: valid JSON, a lone surrogate
    return path


# ------------------------------------------------------------------------------------ case 2


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_lone_surrogate_is_written_as_u_fffd_with_a_warning_and_resume_passes_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str
) -> None:
    data = lone_corpus(tmp_path)
    out = tmp_path / f"scores{suffix}"
    status, _, err = run(capsys, "score", data, "-o", out, "-q")
    assert status == 0, err
    assert "\ufffdx: the row held lone surrogates" in err and "Traceback" not in err
    text = out.read_bytes().decode("utf-8")  # valid UTF-8
    assert text.count("\ufffdx") == 1
    status, _, err = run(capsys, "score", data, "-o", out, "--resume")
    assert status == 0, err
    assert "2 skipped" in err or "skipped" in err
    assert out.read_bytes().decode("utf-8") == text  # nothing appended: the replaced id is the record's


def test_a_lone_surrogate_on_stdout_is_valid_utf8_json(tmp_path: Path) -> None:
    done = cli("score", lone_corpus(tmp_path), "--format", "json", "-q")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["\ufffdx", "y"]
    assert b"Traceback" not in done.stderr


def test_replacing_a_lone_surrogate_keeps_every_span_on_its_text() -> None:
    scorer = Scorer()
    for candidate in (e for f in scorer.score(GOOD_TEXT).findings for e in f.evidence if e.end - e.start > 20):
        at = GOOD_TEXT.index(" ", candidate.start + 5)  # a space inside an evidence span becomes a lone surrogate
        text = GOOD_TEXT[:at] + "\udc80" + GOOD_TEXT[at + 1 :]
        report = scorer.score(text)
        if any("\udc80" in text[e.start : e.end] for f in report.findings for e in f.evidence):
            break
    else:
        pytest.fail("the test needs a surrogate inside an evidence span")
    buffer, warnings = io.StringIO(), []
    RowWriter(buffer, "jsonl", warn=warnings.append).write(Outcome("r", render("jsonl", "r", report), report.score, report.band))
    row = json.loads(buffer.getvalue())
    assert len(warnings) == 1
    clean = scrub(text)
    assert len(clean) == len(text)
    evidence = [e for f in row["findings"] for e in f["evidence"]]
    assert evidence and all(clean[e["start"] : e["end"]] == e["text"] for e in evidence)
    assert any(REPLACEMENT in e["text"] for e in evidence)


# ----------------------------------------------------------------------------------- case 11


def test_a_full_disk_is_exit_4_with_one_message(tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    for argv in (("-o", "/dev/full"), ("-o", "/dev/full", "--output-format", "csv")):
        done = cli("score", tmp_path / "a.txt", *argv)
        assert done.returncode == EXIT_OUTPUT == 4
        assert done.stderr.decode().strip() == "sourcescore: cannot write the output file /dev/full: no space left on the device; the run stopped"
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "sourcescore.cli", "score", str(tmp_path / "a.txt")], stdout=full, stderr=subprocess.PIPE,
                              env=os.environ.copy(), timeout=120)
    assert done.returncode == 4
    assert b"cannot write stdout: no space left on the device" in done.stderr and b"Traceback" not in done.stderr


def test_a_closed_pipe_is_exit_4_with_one_message(tmp_path: Path) -> None:
    files = []
    for i in range(12):  # about 200 KB of JSON: more than a pipe holds
        files.append(tmp_path / f"a{i}.txt")
        files[-1].write_text(GOOD_TEXT, encoding="utf-8")
    done = subprocess.run(f"set -o pipefail; {sys.executable} -m sourcescore.cli score {' '.join(map(str, files))} --format json -q | head -c 10 >/dev/null",
                          shell=True, executable="/bin/bash", capture_output=True, env=os.environ.copy(), timeout=120)
    assert done.returncode == 4
    assert done.stderr.decode().strip() == "sourcescore: cannot write stdout: the reader closed it (broken pipe); the run stopped"


def test_output_folders_that_cannot_hold_the_file_are_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    status, out, err = run(capsys, "score", tmp_path / "a.txt", "-o", tmp_path / "missing" / "x.jsonl")
    assert status == 2 and out == ""
    assert f"cannot write the output file {tmp_path / 'missing' / 'x.jsonl'}: No such file or directory" in err
    status, _, err = run(capsys, "score", tmp_path / "a.txt", "-o", tmp_path)
    assert status == 2 and f"the output {tmp_path} is a folder; -o takes a file" in err


def test_a_write_that_fails_before_any_row_leaves_no_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    out = tmp_path / "scores.csv"

    class Full(io.StringIO):
        def flush(self) -> None:
            raise OSError(28, "No space left on device")

    real = corpus_run.open_file

    def full(path: str, mode: str) -> io.StringIO:
        real(path, mode).close()  # the file is created, as a real open would
        return Full()

    monkeypatch.setattr(corpus_run, "open_file", full)
    status, _, err = run(capsys, "score", tmp_path / "a.txt", "-o", out)
    assert status == 4
    assert err.strip() == f"sourcescore: cannot write the output file {out}: no space left on the device; the run stopped"
    assert not out.exists()


# ------------------------------------------------------------------------------------ case 3


def test_a_huge_integer_is_an_error_row_naming_the_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "big.jsonl"
    data.write_text('{"id": "a", "text": %s, "n": %s}\n%s\n' % (json.dumps(SHORT), "9" * 5000, json.dumps({"id": "b", "text": SHORT})), encoding="utf-8")
    out = tmp_path / "s.jsonl"
    status, _, err = run(capsys, "score", data, "-o", out, "-q")
    assert status == 3 and "Traceback" not in err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0] == {"id": f"{data}:1", "error": f"{data}:1: an integer of 5,000 digits, more than 4,300"}
    assert rows[1]["id"] == "b" and rows[1]["score"] > 0


@pytest.mark.parametrize("line", ['{"id": "a", "label": "reliable", "text": "x", "n": ' + "9" * 5000 + "}",
                                  '{"id": "a", "label": "reliable", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
                                  '{"id": "a", "label": "reliable", "text": ' + '{"a":' * 100_000 + "1" + "}" * 100_000 + "}"])
def test_training_data_with_a_huge_integer_or_deep_nesting_is_a_data_error(tmp_path: Path, line: str) -> None:
    data = tmp_path / "train.jsonl"
    data.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"^{data}:1: (an integer of 5,000 digits|not valid JSON \(nested too deeply\))"):
        read_records(data)


def test_a_line_over_the_record_limit_is_an_error_row_and_the_next_line_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcescore.scoring import rawread

    monkeypatch.setattr(rawread, "MAX_RECORD_BYTES", 1000)
    data = tmp_path / "c.jsonl"
    data.write_text(json.dumps({"id": "long", "text": "x" * 5000}) + "\n" + json.dumps({"id": "ok", "text": "short"}) + "\n", encoding="utf-8")
    items = list(read_inputs([str(data)]))
    assert [i.id for i in items] == [f"{data}:1", "ok"]
    assert items[0].error == f"{data}:1: a line of 5,027 bytes, longer than 0 MB"
    assert MAX_RECORD_BYTES == 64 << 20


# ------------------------------------------------------------------------------------ case 4


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_csv_is_read(capsys: pytest.CaptureFixture[str], tmp_path: Path, codec: str) -> None:
    data = tmp_path / "c.csv"
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[codec]
    data.write_bytes(bom + f'id,text\nx,"{SHORT}"\n'.encode(codec))
    items = list(read_inputs([str(data)]))
    assert [(i.id, i.text, i.error) for i in items] == [("x", SHORT, None)]


# ------------------------------------------------------------------------------------ case 9


def test_an_unterminated_csv_quote_is_an_error_row_naming_its_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "q.csv"
    one_line = SHORT.replace("\n", " ")
    data.write_text(f'id,text\n1,"{one_line}"\n2,"never closed\n3,third\n4,fourth\n', encoding="utf-8")
    items = list(read_inputs([str(data)]))
    assert [(i.id, i.error) for i in items] == [
        ("1", None),
        (f"{data}:3", f"{data}:3: a quoted field is never closed: it runs from here to the end of the file (3 lines)"),
    ]
    status, _, err = run(capsys, "score", data, "-q")
    assert status == 3 and "a quoted field is never closed" in err


def test_a_closed_multiline_quote_at_the_end_is_no_error(tmp_path: Path) -> None:
    data = tmp_path / "q.csv"
    data.write_text('id,text\n1,"two ""quoted""\nlines"\n', encoding="utf-8")
    assert [(i.id, i.text, i.error) for i in read_inputs([str(data)])] == [("1", 'two "quoted"\nlines', None)]


# ------------------------------------------------------------------------------------ case 5


def test_csv_rows_with_a_cr_or_a_long_id_read_back_for_resume(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "c.jsonl"
    long_id = "L" * 200_000
    data.write_text("".join(json.dumps(r) + "\n" for r in [{"id": "a\rb", "text": SHORT}, {"id": long_id, "text": SHORT}]), encoding="utf-8")
    out = tmp_path / "s.csv"
    status, _, err = run(capsys, "score", data, "-o", out, "-q")
    assert status == 0, err
    assert '"a\rb"' in out.read_bytes().decode("utf-8")
    earlier = read_earlier(str(out), "csv")
    assert earlier.rows == 2 and list(earlier.ids()) == ["a\rb", long_id]
    status, _, err = run(capsys, "score", data, "-o", out, "--resume")
    assert status == 0, err
    assert "2 skipped" in err or "skipped" in err
    assert len(out.read_bytes().decode("utf-8").split("\n")) == 4  # the header, two rows, the final newline
    assert CSV_COLUMNS[0] == "id"


# ------------------------------------------------------------------------------------ case 1


def test_train_refuses_a_folder_that_is_not_a_model_and_deletes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    status, out, err = run(capsys, "train", ROOT / "training_data" / "newsroom_sample.jsonl", "-o", folder)
    assert status == 2 and out == ""
    assert err.strip() == (f"sourcescore: the output folder {folder} holds files that are not a sourcescore model (notes.txt); "
                           "training replaces only a model folder: give a new or empty folder")
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "x" and sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    (tmp_path / "file").write_text("x", encoding="utf-8")
    status, _, err = run(capsys, "train", ROOT / "training_data" / "newsroom_sample.jsonl", "-o", tmp_path / "file")
    assert status == 2 and "is a file, not a model folder" in err and (tmp_path / "file").read_text(encoding="utf-8") == "x"


def test_train_may_replace_a_model_folder_or_fill_an_empty_one(tmp_path: Path) -> None:
    from sourcescore.scoring.model import ModelError
    from sourcescore.scoring.training.card import check_output

    check_output(tmp_path / "new")
    (tmp_path / "empty").mkdir()
    check_output(tmp_path / "empty")
    check_output(ROOT / "models" / "default")  # model.json, model_card.json, MODEL_CARD.md
    model = tmp_path / "model"
    model.mkdir()
    for name in ("model.json", "model_card.json", "extra.txt"):
        (model / name).write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match=r"not a sourcescore model \(extra.txt\)"):
        check_output(model)
    (model / "extra.txt").unlink()
    (model / "model_card.json").unlink()
    with pytest.raises(ModelError, match=r"not a sourcescore model \(model.json\)"):
        check_output(model)


# ------------------------------------------------------------------------------------ case 8


def test_an_output_inside_an_input_folder_is_not_read_back_nor_an_input_truncated(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    out = folder / "out.txt"
    status, _, err = run(capsys, "score", folder, "-o", out, "--output-format", "csv", "-q")
    assert status == 0, err
    assert [line.split(",")[0] for line in out.read_text(encoding="utf-8").splitlines()] == ["id", str(folder / "a.txt")]
    for flag in ("--force", "--resume"):
        status, _, err = run(capsys, "score", folder, "-o", folder / "a.txt", flag)
        assert status == 2 and f"the output file {folder / 'a.txt'} is also an input: an article file of the folder {folder}" in err
    assert (folder / "a.txt").read_text(encoding="utf-8") == SHORT
    status, _, err = run(capsys, "score", folder, "--glob", "*", "-o", folder / "all.jsonl", "-q")  # every file: not the output, nor its run record
    assert status == 0, err
    assert sorted(json.loads(line)["id"] for line in (folder / "all.jsonl").read_text(encoding="utf-8").splitlines()) == sorted(
        str(folder / name) for name in ("a.txt", "out.txt", "out.txt.sourcescore-run.json"))
    status, _, err = run(capsys, "score", folder, "-o", out, "--output-format", "csv", "--force", "-q")
    assert status == 2 and "is also an input" in err  # out.txt is now an article file of the folder: refused, never truncated


# ----------------------------------------------------------------------------------- case 10


def test_fifos_and_links_to_devices_in_a_folder_are_skipped_with_a_warning(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"):
        pytest.skip("needs mkfifo and /dev/zero")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    os.mkfifo(folder / "f.txt")
    os.symlink("/dev/zero", folder / "z.txt")
    status, out, err = run(capsys, "score", folder, "--format", "json", "-q")
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [str(folder / "a.txt")]
    assert err.splitlines() == [f"sourcescore: warning: {folder / 'f.txt'}: skipped: not a regular file (a FIFO)",
                                f"sourcescore: warning: {folder / 'z.txt'}: skipped: not a regular file (a character device)"]
    status, _, err = run(capsys, "score", "/dev/zero", "-q")
    assert status == 3 and "sourcescore: /dev/zero: not a regular file (a character device), not an article file" in err


def test_an_article_file_over_the_size_cap_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcescore.scoring import rawread

    monkeypatch.setattr(rawread, "MAX_RECORD_BYTES", 1 << 20)
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 300_000)
    [item] = read_inputs([str(big)])
    assert item.error == f"{big}: larger than 1 MB, not an article"


# ----------------------------------------------------------------------------------- case 16


def test_jobs_out_of_bounds_is_a_usage_error_and_too_many_are_clamped(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcescore.scoring.corpus import work

    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    for jobs, shown in (("99999999999999999999", "99999999999999999999"), ("0", "0"), ("1025", "1025")):
        status, out, err = run(capsys, "score", tmp_path / "a.txt", "--jobs", jobs)
        assert status == 2 and out == "" and f"error: --jobs must be from 1 to 1,024, not {shown}" in err
    monkeypatch.setattr(work, "available_cores", lambda: 2)
    messages: list[str] = []
    assert work.worker_count(1000, messages.append) == 8
    assert messages == ["--jobs 1000 is more than 4 workers a core (2 cores here): using 8"]
    assert work.worker_count(8, messages.append) == 8 and work.worker_count(None) == 2 and len(messages) == 1
    status, _, err = run(capsys, "train", tmp_path / "x.jsonl", "-o", tmp_path / "m", "--jobs", "0")
    assert status == 2 and "--jobs must be from 1 to 1,024, not 0" in err


# ----------------------------------------------------------------------------------- case 12


def test_resume_refuses_another_run_and_names_what_differs(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("x.jsonl").write_text("".join(json.dumps({"text": f"{SHORT} {i}"}) + "\n" for i in range(3)), encoding="utf-8")
    status, _, err = run(capsys, "score", "x.jsonl", "-o", "s.jsonl", "-q")
    assert status == 0, err
    record = json.loads(Path("s.jsonl.sourcescore-run.json").read_text(encoding="utf-8"))
    assert record["inputs"] == ["x.jsonl"] and record["resolved_inputs"] == [str(tmp_path.resolve() / "x.jsonl")]
    assert len(record["model_sha256"]) == 64 and record["options"]["ignore"] == []
    rows = Path("s.jsonl").read_bytes()
    status, _, err = run(capsys, "score", "./x.jsonl", "-o", "s.jsonl", "--resume")
    assert status == 0 and "0 articles scored, 0 failed, 3 skipped" in err
    assert Path("s.jsonl").read_bytes() == rows  # ./x.jsonl gives x.jsonl's ids: nothing duplicated
    Path("y.jsonl").write_text(Path("x.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    cases = [
        (("y.jsonl",), f"other inputs: {tmp_path.resolve() / 'x.jsonl'} then, {tmp_path.resolve() / 'y.jsonl'} now"),
        (("x.jsonl", "--ignore", "SRC1"), 'another --ignore: [] then, ["SRC1"] now'),
    ]
    for argv, difference in cases:
        status, _, err = run(capsys, "score", *argv, "-o", "s.jsonl", "--resume")
        assert status == 2 and f"cannot resume s.jsonl: it was written by another run, with {difference}. Rerun with the same" in err
    model = tmp_path / "m"
    import shutil

    shutil.copytree(ROOT / "models" / "default", model)
    card = json.loads((model / "model_card.json").read_text(encoding="utf-8"))
    raw = (model / "model.json").read_bytes().replace(b'"name": "default"', b'"name": "other"', 1)
    import hashlib

    (model / "model.json").write_bytes(raw)
    (model / "model_card.json").write_text(json.dumps({**card, "model_sha256": hashlib.sha256(raw).hexdigest()}), encoding="utf-8")
    status, _, err = run(capsys, "score", "x.jsonl", "-o", "s.jsonl", "--resume", "--model", model)
    assert status == 2 and "with another model: SHA-256" in err
    assert Path("s.jsonl").read_bytes() == rows


def test_csv_rows_name_their_model(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    status, _, err = run(capsys, "score", tmp_path / "a.txt", "-o", tmp_path / "s.csv", "-q")
    assert status == 0, err
    import csv

    with (tmp_path / "s.csv").open(encoding="utf-8", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    report = Scorer().score(SHORT)
    assert row["model"] == f"{report.model_name}/{report.model_version}" == "default/" + report.model_version


# ----------------------------------------------------------------------------------- case 17


@pytest.mark.parametrize("value", ["20250101", "2025-W01-1", "2025W011", "2025-087", "20250328T090000Z"])
def test_basic_and_week_dates_are_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, value: str) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    status, out, err = run(capsys, "score", tmp_path / "a.txt", "--published", value)
    assert status == 2 and out == ""
    assert f"publication date '{value}' is not a valid YYYY-MM-DD or ISO 8601 date-time, such as 2025-03-28T09:00:00Z" in err
    data = tmp_path / "c.jsonl"
    data.write_text(json.dumps({"id": "a", "text": SHORT, "published": value}) + "\n", encoding="utf-8")
    [item] = read_inputs([str(data)])
    assert item.error == f"{data}:1: publication date '{value}' is not a valid YYYY-MM-DD or ISO 8601 date-time, such as 2025-03-28T09:00:00Z"


def test_extended_dates_and_date_times_are_read() -> None:
    from datetime import date

    from sourcescore.scoring.records import parse_published

    for value in ("2025-03-28", " 2025-03-28 ", "2025-03-28T09:00:00Z", "2025-03-28T23:30:00-05:00", "2025-03-28 09:00", "2025-03-28T09:00:00.5+01:00"):
        assert parse_published(value) == date(2025, 3, 28), value


# ----------------------------------------------------------------------------- fuzz targets


def test_the_corpus_and_cli_fuzz_targets_hold_on_the_cases_of_issue_17(tmp_path: Path) -> None:
    from conftest import load_script

    targets = load_script("fuzz_targets")
    for data in (
        b'{"id": "\\udc80x", "text": "a"}\n{"id": "a\\rb", "text": "b"}\n{"text": "c", "n": ' + b"9" * 5000 + b"}\n" + b"[" * 5000,
        "id,text\nx,hello\n".encode("utf-16"),
        b'id,text\n1,"never closed\n2,b\n',
        b"id,text\n" + b"L" * 200_000 + b",x\n",
        bytes(range(256)),
    ):
        targets.corpus_one(data)
    for head in (b"\x00\x00\x00\x00\x00\x00\x00\x00", b"\x01\x02\x03\x04\x05\x06\x07\x08", b"\x00\x05\x01\x11\x07\x00\x00\x00"):
        targets.cli_one(head + GOOD_TEXT[:800].encode("utf-8"))
    assert targets.argv_of(b"\x00\x00\x00\x00\x00\x00\x00\x00", ["a.txt"]) == ["score", "a.txt", "--jobs", "1"]
