"""The Dask integration: bags and DataFrames scored on a local cluster, one Scorer per worker."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sourcescore.scoring import Scorer
from sourcescore.scoring.corpus import CSV_COLUMNS

db = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed")

from sourcescore.scoring.dask import score_bag, score_dataframe  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOOD_TEXT = (ROOT / "examples" / "wire_report.txt").read_text(encoding="utf-8")
BAD_TEXT = (ROOT / "examples" / "vague_rewrite.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A local cluster of one worker process with one thread: records cross a process boundary."""
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def test_score_bag_gives_full_reports_and_error_rows_in_order(client: distributed.Client) -> None:
    records = [
        {"id": "good", "text": GOOD_TEXT, "published": "2025-06-10"},
        {"id": "no-text"},
        BAD_TEXT,
        {"id": "bad", "text": BAD_TEXT, "title": "Experts warn"},
        42,
    ]
    rows = score_bag(db.from_sequence(records, npartitions=2), ignore=["SRC103"]).compute()
    assert [r["id"] for r in rows] == ["good", "no-text", None, "bad", None]
    expected = Scorer(ignore=["SRC103"]).score(GOOD_TEXT, published="2025-06-10").to_dict()
    expected["article"]["published_from"] = "record"  # the date is the record's own
    assert rows[0] == {"id": "good", **expected}
    assert rows[1] == {"id": "no-text", "error": "record 1 of its partition: field 'text' is missing (the record has id; on the command line, --text-column names the field that holds the text)"}
    assert rows[2]["score"] == rows[3]["score"] < rows[0]["score"]
    assert not {f["code"] for r in rows if "findings" in r for f in r["findings"]} & {"SRC103"}
    assert rows[4]["error"].endswith("expected an object with a 'text' field, got int")
    json.dumps(rows)  # plain data, ready for to_textfiles


def test_score_bag_summary_rows(client: distributed.Client) -> None:
    rows = score_bag(db.from_sequence([{"id": "g", "text": GOOD_TEXT}]), summary=True).compute()
    assert list(rows[0]) == list(CSV_COLUMNS) and rows[0]["id"] == "g" and rows[0]["error"] is None


def test_score_dataframe_keeps_index_and_columns(client: distributed.Client) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    frame = pd.DataFrame(
        {
            "key": ["x", None, "z", "w"],
            "body": [GOOD_TEXT, BAD_TEXT, None, GOOD_TEXT],
            "published": ["2025-06-10", None, None, "not a date"],
        },
        index=[10, 11, 12, 13],
    )
    scored = score_dataframe(dd.from_pandas(frame, npartitions=2), text_column="body", id_column="key")
    result = scored.compute()
    assert list(result.columns) == list(CSV_COLUMNS) and list(result.index) == [10, 11, 12, 13]
    assert list(result["id"]) == ["x", "11", "z", "w"]  # a missing id falls back to the index
    assert result.loc[10, "score"] == Scorer().score(GOOD_TEXT, published="2025-06-10").score
    assert result.loc[11, "band"] == Scorer().score(BAD_TEXT).band
    assert result.loc[12, "error"] == "row 12: field 'text' is missing or empty" and pd.isna(result.loc[12, "score"])
    assert "not a valid YYYY-MM-DD or ISO 8601 date-time" in result.loc[13, "error"]
    assert dict(result.dtypes.astype(str)) == dict(scored.dtypes.astype(str))  # partitions match the declared meta
