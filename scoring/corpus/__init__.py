"""Corpus-scale scoring: many articles in, one row per article out, in input order, in bounded memory.

Inputs: text files, folders (their article files, recursively, or those ``globs`` choose), ``-`` for
stdin, and JSONL or CSV corpora (``text`` required; ``id``, ``title``, ``published`` optional; ``fields``
names others), read by ``..records``. An existing output file is refused unless ``force`` or ``resume``.
Outputs: JSONL (one full report a line, with ``"id"``), CSV (one summary row an article,
``CSV_COLUMNS``) or the command's text. Items are read lazily, sent to worker processes in chunks
with at most ``2 * jobs`` chunks in flight, and written (and flushed) as they come back, so memory
does not grow with the corpus.

The exit status (``BatchResult.status``) is 3 when no article was scored, so a gate never passes on
nothing. A record that cannot be read or scored becomes an error row (``{"id", "error"}``) naming the record
and the reason, and the run goes on. ``resume`` skips the records an earlier run already wrote to
the output (each earlier row accounts for one record with its id), after cutting off a last row
that a killed run left unfinished. Ids must be unique: a text file's id is its path, a JSONL or CSV
record without an ``id`` gets ``<file>:<line>``. Resume's memory does not grow with the rows done
while the input gives the earlier rows' ids in their order, as a rerun of the same input does;
see ``output.skip_done``.

Data flows one way, ``run`` driving it: ``records`` (read) -> ``output.skip_done`` (resume) ->
``work`` (score, one Scorer a process) -> ``output.RowWriter`` (write); ``rows`` holds the row
format and counts, and ``progress`` observes the rows written.
"""

from .output import DoneIds, Earlier, RowWriter, read_earlier, skip_done
from .progress import Observer, Progress, below_line, summary_line, verdict
from .rows import (
    CSV_COLUMNS,
    EXIT_BELOW,
    EXIT_FAILED,
    EXIT_OK,
    OUTPUT_FORMATS,
    ROW_KINDS,
    TOP_CODES,
    BatchResult,
    Outcome,
    Tally,
    error_row,
    report_row,
)
from .run import CorpusRun, check_output, open_output, run_batch, score_corpus
from .work import (
    CHUNK_CHARS,
    CHUNK_SIZE,
    IN_FLIGHT_PER_JOB,
    Job,
    available_cores,
    chunked,
    process_scorer,
    score_chunk,
    score_item,
    score_stream,
)

__all__ = [
    "BatchResult",
    "CHUNK_CHARS",
    "CHUNK_SIZE",
    "CSV_COLUMNS",
    "CorpusRun",
    "DoneIds",
    "EXIT_BELOW",
    "EXIT_FAILED",
    "EXIT_OK",
    "Earlier",
    "IN_FLIGHT_PER_JOB",
    "Job",
    "OUTPUT_FORMATS",
    "Observer",
    "Outcome",
    "Progress",
    "ROW_KINDS",
    "RowWriter",
    "TOP_CODES",
    "Tally",
    "available_cores",
    "below_line",
    "check_output",
    "chunked",
    "error_row",
    "open_output",
    "process_scorer",
    "read_earlier",
    "report_row",
    "run_batch",
    "score_chunk",
    "score_corpus",
    "score_item",
    "score_stream",
    "skip_done",
    "summary_line",
    "verdict",
]
