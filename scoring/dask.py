"""Score a corpus on a Dask cluster: bag or DataFrame partitions, one Scorer per worker process.

Needs the ``dask`` extra (``pip install 'sourcescore[dask]'``; DataFrames also need pandas, as
``dask[dataframe]`` installs). Dask does the scheduling; this module only maps partitions:

    import json
    import dask.bag as db
    from distributed import Client
    from .dask import score_bag, score_dataframe

    client = Client()  # or Client("tcp://scheduler:8786")
    records = db.read_text("corpus/*.jsonl").map(json.loads)  # {"id", "text", "title"?, "published"?}
    score_bag(records).map(json.dumps).to_textfiles("scored/*.jsonl")  # full reports, error rows

    import dask.dataframe as dd
    rows = score_dataframe(dd.read_parquet("corpus/"), text_column="body", ignore=["SRC103"])
    rows.to_parquet("scores/")  # id, score, band, model_probability, findings_*, top_findings, error

Records are validated by ``records`` and scored by the corpus run's ``score_item``, with one Scorer
a worker process. A record that cannot be scored becomes an error row (``{"id", "error"}``), as in
the corpus run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .corpus import CSV_COLUMNS, Job, process_scorer, score_item
from .records import Item, record_item
from .scorer import ScorerOptions

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

# dtypes of score_dataframe's columns: nullable, so that an error row's empty cells stay empty
_FRAME_DTYPES = {
    **{name: "Int64" for name in CSV_COLUMNS if name.startswith("findings_") or name == "warnings"},
    "score": "float64",
    "model_probability": "float64",
    **{name: "string" for name in ("id", "band", "model", "top_findings", "error")},
}


def score_records(records: Iterable[object], *, options: ScorerOptions, summary: bool = False) -> list[dict[str, Any]]:
    """Score one partition, in order: a full report dict (or a ``CSV_COLUMNS`` row) or an error row each."""
    job = Job(options, "csv" if summary else "report")
    scorer = process_scorer(options)
    return [score_item(scorer, job, _item(record, f"record {n} of its partition")).row for n, record in enumerate(records)]


def _item(record: object, where: str, default_id: str | None = None) -> Item:
    """A bag's record (a mapping, or a bare text) or a frame's row, validated as the corpus run does."""
    return record_item({"text": record} if isinstance(record, str) else record, where, default_id=default_id)


def score_bag(bag: dask.bag.Bag, *, summary: bool = False, **scorer_options: Any) -> dask.bag.Bag:
    """Score a bag of records (dicts with ``text``; ``id``, ``title``, ``published`` optional; or bare texts)."""
    return bag.map_partitions(score_records, options=ScorerOptions(**scorer_options), summary=summary)


def score_frame(frame: pandas.DataFrame, *, columns: Mapping[str, str], options: ScorerOptions) -> pandas.DataFrame:
    """Score one pandas partition: a ``CSV_COLUMNS`` row per row, same index; the id defaults to the index."""
    job = Job(options, "csv")
    scorer = process_scorer(options)
    rows = []
    for label, record in zip(frame.index, _records(frame, columns)):
        rows.append(score_item(scorer, job, _item(record, f"row {label}", default_id=str(label))).row)
    return _summary_frame(rows, frame.index)


def _records(frame: pandas.DataFrame, columns: Mapping[str, str]) -> Iterable[dict[str, Any]]:
    present = {field: column for field, column in columns.items() if column in frame.columns}
    values = {field: frame[column].tolist() for field, column in present.items()}
    for n in range(len(frame)):
        yield {field: None if _missing(column[n]) else column[n] for field, column in values.items()}


def _missing(value: object) -> bool:
    import pandas

    return value is None or (not isinstance(value, str) and pandas.api.types.is_scalar(value) and bool(pandas.isna(value)))


def _summary_frame(rows: list[dict[str, Any]], index: Any) -> pandas.DataFrame:
    import pandas

    frame = pandas.DataFrame(rows, columns=list(CSV_COLUMNS), index=index)
    return frame.astype(_FRAME_DTYPES)


def score_dataframe(
    ddf: dask.dataframe.DataFrame,
    *,
    text_column: str = "text",
    id_column: str = "id",
    title_column: str = "title",
    published_column: str = "published",
    **scorer_options: Any,
) -> dask.dataframe.DataFrame:
    """Score a DataFrame's articles: a summary row (``CSV_COLUMNS``) per row, same index and partitions."""
    import pandas

    columns = {"id": id_column, "text": text_column, "title": title_column, "published": published_column}
    meta = _summary_frame([], pandas.RangeIndex(0))
    return ddf.map_partitions(score_frame, columns=columns, options=ScorerOptions(**scorer_options), meta=meta)
