"""Resume: the earlier rows' ids streamed in order alongside the input, the DoneIds fallback, exact rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from sourcescore.scoring.corpus import CSV_COLUMNS, DoneIds, Tally, output, read_earlier
from sourcescore.scoring.records import Item
from test_batch import BAD_TEXT, GOOD_TEXT, run, write_jsonl

SHORT_GOOD = GOOD_TEXT.split("\n\n")[0]


def rows_of(path: Path) -> list[bytes]:
    """The output's lines (a CSV output's header included), as bytes."""
    return path.read_bytes().splitlines(keepends=True)


def full_run(capsys: pytest.CaptureFixture[str], data: Path, out: Path) -> list[bytes]:
    """Score the input from scratch into ``out``; return its lines."""
    run(capsys, "score", data, "-o", out, "--jobs", "1")
    return rows_of(out)


def resume(capsys: pytest.CaptureFixture[str], data: Path, out: Path, earlier: bytes) -> str:
    """Write ``earlier`` as the output of a killed run, resume it; return stderr."""
    out.write_bytes(earlier)
    status, _, err = run(capsys, "score", data, "-o", out, "--resume", "--jobs", "1")
    assert status in (0, 3), err
    return err


class NoFallback(DoneIds):
    """A DoneIds that must not be built: the input follows the earlier rows' order."""

    def __init__(self, ids: object) -> None:
        raise AssertionError("the in-order path built a DoneIds")


def test_skip_done_in_order_skips_the_prefix_without_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "DoneIds", NoFallback)
    items = [Item(i, i, "x", size=10) for i in "abcde"]
    for done in range(len(items) + 1):
        tally = Tally()
        kept = list(output.skip_done(items, [i.id for i in items[:done]], tally))
        assert [i.id for i in kept] == list("abcde")[done:]
        assert (tally.skipped, tally.skipped_bytes) == (done, 10 * done)


def test_skip_done_out_of_order_falls_back_and_counts_each_earlier_row_once() -> None:
    items = [Item(i, i, "x") for i in ["c", "a", "e", "a", "b", None, "d"]]
    tally = Tally()
    kept = list(output.skip_done(items, ["a", "b", "c", None, "x"], tally))
    assert [i.id for i in kept] == ["e", "a", "d"] and tally.skipped == 4  # "x" is not in the input


def test_skip_done_falls_back_midway_when_the_order_breaks() -> None:
    items = [Item(i, i, "x") for i in "abcdef"]
    tally = Tally()
    kept = list(output.skip_done(items, ["a", "b", "d", "c"], tally))
    assert [i.id for i in kept] == ["e", "f"] and tally.skipped == 4


def test_done_ids_is_a_multiset_of_str_and_none_ids() -> None:
    done = DoneIds(["a", "a", "", None, 7, ["list"], "\ud800"])
    assert len(done) == 5  # ids that are neither str nor None can never match an item's
    assert [done.take(i) for i in ["a", "b", "a", "a", "", "", None, None, "\ud800", "7"]] == [
        True, False, True, False, True, False, True, False, True, False
    ]
    assert not DoneIds([]).take("a")


def test_done_ids_hash_collisions_keep_the_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "_digest", lambda ident: 42)  # every id collides
    done = DoneIds(["a", "b"])
    # an id among the rows is always found; with colliding hashes an outsider may take a row (the documented risk)
    assert [done.take(i) for i in ["b", "z", "a"]] == [True, True, False]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_resume_after_a_kill_at_every_row_and_mid_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setattr(output, "DoneIds", NoFallback)  # the same input: the in-order path throughout
    records = [{"id": f"p{i}", "text": SHORT_GOOD if i % 2 else BAD_TEXT} for i in range(5)]
    data = write_jsonl(tmp_path / "c.jsonl", [*records[:2], "{broken", *records[2:]])  # the error row's id is c.jsonl:3
    out = tmp_path / f"out{suffix}"
    full = full_run(capsys, data, out)
    head = int(suffix == ".csv")
    assert len(full) == head + 6 and b"c.jsonl:3" in full[head + 2]
    for keep in range(head, len(full) + 1):
        for cut in (b"", full[keep][: len(full[keep]) // 2] if keep < len(full) else b""):
            err = resume(capsys, data, out, b"".join(full[:keep]) + cut)
            assert rows_of(out) == full, (keep, cut)
            if keep > head:
                assert f"{keep - head} skipped (already in" in err


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_resume_of_a_reordered_input_writes_the_missing_rows_in_the_new_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    records = {i: {"id": i, "text": SHORT_GOOD if i in "ace" else BAD_TEXT} for i in "abcde"}
    out = tmp_path / f"out{suffix}"
    full = full_run(capsys, write_jsonl(tmp_path / "c.jsonl", list(records.values())), out)
    head = full[:1] if suffix == ".csv" else []
    row = dict(zip("abcde", full[len(head):]))
    reordered = write_jsonl(tmp_path / "c.jsonl", [records[i] for i in "caebd"])  # the same input, rewritten (another path is refused)
    built: list[int] = []
    monkeypatch.setattr(output, "DoneIds", lambda ids: built.append(0) or DoneIds(ids))
    err = resume(capsys, reordered, out, b"".join([*head, row["a"], row["b"], row["c"]]))
    assert rows_of(out) == [*head, row["a"], row["b"], row["c"], row["e"], row["d"]]
    assert "2 articles scored, 0 failed, 3 skipped" in err and built == [0]


def test_resume_with_duplicate_ids_writes_one_row_per_record(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "c.jsonl", [{"id": i, "text": BAD_TEXT if i == "a" else SHORT_GOOD} for i in "abac"])
    out = tmp_path / "out.jsonl"
    full = full_run(capsys, data, out)
    assert [json.loads(line)["id"] for line in full] == list("abac")
    for keep in range(len(full) + 1):
        resume(capsys, data, out, b"".join(full[:keep]))
        assert rows_of(out) == full, keep
    # out of order: the earlier output holds "a" twice; the input's third "a" still gets its row
    # the same input, rewritten (another path is refused)
    dup = write_jsonl(tmp_path / "c.jsonl", [{"id": i, "text": BAD_TEXT if i == "a" else SHORT_GOOD} for i in "baaa"])
    err = resume(capsys, dup, out, full[0] + full[2])
    assert [json.loads(line)["id"] for line in rows_of(out)] == list("aaba")
    assert "2 articles scored, 0 failed, 2 skipped" in err


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_resume_of_records_without_ids(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setattr(output, "DoneIds", NoFallback)
    data = tmp_path / "c.csv"
    with data.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([["title", "text"], ["One", SHORT_GOOD], ["Two", ""], ["Three", BAD_TEXT]])
    out = tmp_path / f"out{suffix}"
    full = full_run(capsys, data, out)
    head = int(suffix == ".csv")
    ids = [json.loads(line)["id"] for line in full] if suffix == ".jsonl" else [line.split(b",")[0].decode() for line in full[1:]]
    assert ids == [f"{data}:2", f"{data}:3", f"{data}:4"]  # the empty text is an error row, with its id
    for keep in range(head, len(full) + 1):
        resume(capsys, data, out, b"".join(full[:keep]))
        assert rows_of(out) == full, keep


def test_cut_off_last_line_is_dropped_and_ids_stop_where_the_complete_rows_end(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "a", "score": 80, "band": "well sourced"}\n\n{"id": "b", "error": "x"}\n{"id": "c", "sco', encoding="utf-8")
    earlier = read_earlier(str(out), "jsonl", 90)
    assert (earlier.rows, earlier.tally.scored, earlier.tally.failed, earlier.tally.below) == (2, 1, 1, 1)
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "d"}\n')  # a row this run appends while the earlier ones are read
    assert list(earlier.ids()) == ["a", "b"]

    table = tmp_path / "o.csv"
    cells = ["x"] * (len(CSV_COLUMNS) - 1)
    table.write_text(",".join(CSV_COLUMNS) + "\n" + "a," + ",".join(cells) + "\n" + '"b\nwith a newline', encoding="utf-8")
    earlier = read_earlier(str(table), "csv")
    assert earlier.rows == 1 and list(earlier.ids()) == ["a"]


def test_earlier_ids_fall_back_to_a_full_parse_for_rows_not_written_as_sourcescore_does(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "a", "error": "x"}\n{"error": "x", "id": "b"}\n{"id":"c"}\n{"id": null}\n', encoding="utf-8")
    earlier = read_earlier(str(out), "jsonl")
    assert earlier.fast_ids and list(earlier.ids()) == ["a", "b", "c", None]
    out.write_text('{"id": "a", "error": "x"}\n{"id": "b", "error": "x", "id": "b2"}\n', encoding="utf-8")
    earlier = read_earlier(str(out), "jsonl")  # json.loads keeps the last of two ids
    assert not earlier.fast_ids and list(earlier.ids()) == ["a", "b2"]


def test_resume_of_a_missing_or_header_only_output_skips_nothing(tmp_path: Path) -> None:
    assert read_earlier(str(tmp_path / "none.jsonl"), "jsonl").rows == 0
    table = tmp_path / "o.csv"
    table.write_text(",".join(CSV_COLUMNS) + "\n", encoding="utf-8")
    earlier = read_earlier(str(table), "csv")
    assert earlier.rows == 0 and list(earlier.ids()) == []
