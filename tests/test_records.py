"""The one reader of the record contract: what scoring and training now read alike, with their messages."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from sourcescore.scoring.dataset import DataError, read_records
from sourcescore.scoring.records import InputError, parse_published, raw_records, read_inputs
from sourcescore.scoring.scorer import parse_published as public_parse_published

LABELLED = '{"id": "ok", "text": "Police said 3 people died.", "label": "reliable"}\n'


def training_error(tmp_path: Path, content: bytes, suffix: str = ".jsonl") -> str:
    """The DataError message of reading ``content`` as a training file."""
    path = tmp_path / f"data{suffix}"
    path.write_bytes(content)
    with pytest.raises(DataError) as err:
        read_records(path)
    return str(err.value).replace(str(path), "F")


def corpus_errors(tmp_path: Path, content: bytes, suffix: str = ".jsonl") -> list[str | None]:
    """The errors of the corpus items read from ``content``."""
    path = tmp_path / f"corpus{suffix}"
    path.write_bytes(content)
    return [None if i.error is None else i.error.replace(str(path), "F") for i in read_inputs([str(path)])]


def test_parse_published_is_the_public_one_and_gives_a_datetime_its_date() -> None:
    assert public_parse_published is parse_published
    assert parse_published(datetime(2025, 6, 10, 12, 30)) == date(2025, 6, 10)
    assert type(parse_published(datetime(2025, 6, 10, 12, 30))) is date
    assert parse_published(" 2025-06-10 ") == date(2025, 6, 10) and parse_published(None) is None
    with pytest.raises(InputError, match=re.escape("publication date '2025-02-30' is not a valid YYYY-MM-DD or ISO 8601 date-time, such as 2025-03-28T09:00:00Z")):
        parse_published("2025-02-30")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-28T09:00:00Z", date(2025, 3, 28)),
        ("2025-03-28T23:30:00-05:00", date(2025, 3, 28)),  # its own calendar day, not UTC's (March 29)
        ("2025-03-29T00:30:00+09:00", date(2025, 3, 29)),
        ("2025-03-28 09:00", date(2025, 3, 28)),
        ("2025-03-28T09:00:00.123456+00:00", date(2025, 3, 28)),
        # "20250328" (ISO 8601's basic form) was read here; issue #17 names it outside the contract: tests/test_faults.py refuses it
    ],
)
def test_iso_8601_date_times_give_their_own_calendar_day(value: str, expected: date) -> None:
    assert parse_published(value) == expected


def test_a_cms_date_time_in_a_corpus_record_is_read_not_an_error(tmp_path: Path) -> None:
    line = b'{"id": "a", "text": "Police said 3 people died.", "published": "2025-03-28T09:00:00Z"}\n'
    assert corpus_errors(tmp_path, line) == [None]
    (item,) = read_inputs([str(tmp_path / "corpus.jsonl")])
    assert item.published == date(2025, 3, 28)


def test_training_and_scoring_parse_a_bad_date_alike(tmp_path: Path) -> None:
    line = b'{"id": "a", "text": "t", "label": "reliable", "published": "2025-13-45"}\n'
    message = "publication date '2025-13-45' is not a valid YYYY-MM-DD or ISO 8601 date-time, such as 2025-03-28T09:00:00Z"
    assert training_error(tmp_path, LABELLED.encode() + line) == f"F:2: {message}"
    assert corpus_errors(tmp_path, LABELLED.encode() + line) == [None, f"F:2: {message}"]
    number = b'{"id": "a", "text": "t", "label": "reliable", "published": 20250610}\n'
    assert training_error(tmp_path, number) == "F:1: field 'published' must be a string (YYYY-MM-DD or ISO 8601 date-time, such as 2025-03-28T09:00:00Z), got int"
    assert corpus_errors(tmp_path, number) == ["F:1: field 'published' must be a string (YYYY-MM-DD or ISO 8601 date-time, such as 2025-03-28T09:00:00Z), got int"]


def test_training_and_scoring_refuse_the_same_ids(tmp_path: Path) -> None:
    for raw, kind in (("1.5", "float"), ("true", "bool"), ('["x"]', "list")):
        line = f'{{"id": {raw}, "text": "t", "label": "reliable"}}\n'.encode()
        message = f"F:1: field 'id' must be a string or an integer, got {kind}"
        assert training_error(tmp_path, line) == message
        assert corpus_errors(tmp_path, line) == [message]
    blank = b'{"id": "  ", "text": "t", "label": "reliable"}\n'
    assert training_error(tmp_path, blank) == "F:1: field 'id' is missing or empty"
    assert corpus_errors(tmp_path, blank) == ["F:1: field 'id' is empty"]  # optional in a corpus, but not blank


def test_training_ids_are_stripped_as_scoring_ids_are(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text('{"id": " a ", "text": "t", "label": "reliable"}\n{"id": 7, "text": "t", "label": "unreliable"}\n')
    assert [r.id for r in read_records(path)] == ["a", "7"]
    assert [i.id for i in read_inputs([str(path)])] == ["a", "7"]


def test_optional_fields_must_be_strings_or_null_in_both(tmp_path: Path) -> None:
    line = b'{"id": "a", "text": "t", "label": "reliable", "title": 3}\n'
    assert training_error(tmp_path, line) == "F:1: field 'title' must be a string or null, got int"
    assert corpus_errors(tmp_path, line) == ["F:1: field 'title' must be a string or null, got int"]


def test_training_json_errors_name_the_column_and_survive_deep_nesting(tmp_path: Path) -> None:
    assert training_error(tmp_path, LABELLED.encode() + b"not json\n") == "F:2: not valid JSON (Expecting value, column 1)"
    assert training_error(tmp_path, b"[" * 100_000 + b"\n") == "F:1: not valid JSON (nested too deeply)"


def test_training_refuses_bytes_that_are_not_utf8_naming_the_line(tmp_path: Path) -> None:
    bad = b'{"id": "a", "text": "caf\xe9", "label": "reliable"}\n'
    assert training_error(tmp_path, LABELLED.encode() + bad) == (
        "F:2: the line is not valid UTF-8 (first bad byte at offset 24)"
    )
    assert training_error(tmp_path, b"id,text,label\na,caf\xe9,reliable\n", ".csv") == (
        "F:2: the record is not valid UTF-8 (first bad byte at offset 3)"
    )
    assert training_error(tmp_path, b'{"id": "a", "text": "t\x00", "label": "reliable"}\n') == (
        "F:1: the line looks binary (it contains NUL bytes), not an article"
    )


def test_training_accepts_a_utf8_bom_as_scoring_does(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + LABELLED.encode())
    assert [r.id for r in read_records(path)] == ["ok"]
    assert [i.id for i in read_inputs([str(path)])] == ["ok"]


def test_training_csv_reads_as_the_corpus_csv(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b' id , text ,label\na,"two\nlines",reliable\n,,\nb,t,unreliable\n')
    records = read_records(path)  # header names stripped; a row of empty cells is a blank line
    assert [(r.id, r.text, r.where) for r in records] == [("a", "two\nlines", f"{path}:2"), ("b", "t", f"{path}:5")]
    assert training_error(tmp_path, b'id,text,label\na,"two\nlines",fake\n', ".csv") == (
        "F:2: field 'label' is 'fake'; expected 'reliable' or 'unreliable'"  # the line the record starts on
    )
    assert training_error(tmp_path, b"id,body\n1,x\n", ".csv") == "F: the CSV header has no 'text', 'label' columns (found: id, body)"


def test_training_csv_with_a_nul_byte_is_a_data_error_naming_the_row(tmp_path: Path) -> None:
    message = training_error(tmp_path, b"id,text,label\na,b\x00c,reliable\n", ".csv")
    assert message == "F:2: the record looks binary (it contains NUL bytes), not an article"


def test_raw_records_leave_the_stream_open() -> None:
    stream = io.BytesIO(b"text\nhello\n")
    assert [r.fields for r in raw_records("s", stream, "csv")] == [{"text": "hello"}]
    assert not stream.closed
