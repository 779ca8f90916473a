"""The rows a corpus run writes: their columns, how a report or an error becomes one, and their counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..report import Report
from ..rules import SEVERITIES
from .jsontext import dumps

ROW_KINDS = ("jsonl", "csv", "text", "report")  # how a row is rendered (see Job.row)
OUTPUT_FORMATS = ("jsonl", "csv")
TOP_CODES = 5  # finding codes listed in a CSV row's top_findings
# The score command's exit statuses that a run decides (2, a usage error, is decided before it): README "Command line".
EXIT_OK, EXIT_BELOW, EXIT_FAILED = 0, 1, 3
CSV_COLUMNS = (
    "id",
    "score",
    "band",
    "model_probability",
    "model",  # the model that scored the row, as name/version (a JSONL row's model.name and model.version)
    *(f"findings_{severity}" for severity in SEVERITIES),
    "top_findings",
    "warnings",
    "error",
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One scored or failed record, rendered for the output, with what the summary needs."""

    id: str | None
    row: Any  # str or dict, per Job.row; None for an error in text output (it goes to stderr)
    score: float | None = None
    band: str | None = None
    error: str | None = None
    size: int = 0


def report_row(ident: str | None, report: Report) -> dict[str, Any]:
    """The one-row summary of a report (``CSV_COLUMNS``): score, band, probability, findings."""
    counts = Counter(f.severity for f in report.findings)
    top = list(dict.fromkeys(f.code for f in report.findings if f.points))[:TOP_CODES]
    return {
        "id": ident,
        "score": report.score,
        "band": report.band,
        "model_probability": round(report.model.probability, 4),
        "model": f"{report.model_name}/{report.model_version}",
        **{f"findings_{severity}": counts.get(severity, 0) for severity in SEVERITIES},
        "top_findings": " ".join(top),
        "warnings": len(report.warnings),
        "error": None,
    }


def error_row(ident: str | None, error: str) -> dict[str, Any]:
    """The summary row of a record that could not be scored: id and error, the rest empty."""
    return {**dict.fromkeys(CSV_COLUMNS), "id": ident, "error": error}


def render(kind: str, ident: str | None, report: Report, text_formatter: Callable[[str, Report], str] | None = None,
           where: str | None = None) -> Any:
    """A scored record's row: a JSON line, a ``CSV_COLUMNS`` dict, ``text_formatter``'s text, or a report dict.

    ``where`` (file:line of a corpus record) names a text row's record with its id: ``c.jsonl:3 (id a1)``.
    """
    if kind == "csv":
        return report_row(ident, report)
    if kind == "text":
        name = where if where is not None and ident in (None, where) else f"{where} (id {ident})" if where is not None else ident
        return text_formatter(name or "", report)  # type: ignore[misc]
    full = {"id": ident, **report.to_dict()}
    return dumps(full, full["features"].values()) if kind == "jsonl" else full


def render_error(kind: str, ident: str | None, error: str) -> Any:
    """A failed record's row (None in text output, where errors go to stderr)."""
    if kind == "csv":
        return error_row(ident, error)
    if kind == "text":
        return None
    row = {"id": ident, "error": error}
    return dumps(row) if kind == "jsonl" else row


@dataclass(slots=True)
class Tally:
    """Counts of rows: for the progress display, the summary line and the exit status."""

    scored: int = 0
    failed: int = 0
    below: int = 0  # scored below fail_under
    skipped: int = 0  # already in the output (resume)
    bands: Counter[str] = field(default_factory=Counter)
    done_bytes: int = 0  # input bytes of the records processed in this run
    skipped_bytes: int = 0

    @property
    def processed(self) -> int:
        """Rows written: scored plus failed."""
        return self.scored + self.failed

    def add(self, score: float | None, band: str | None, error: str | None, fail_under: float | None) -> bool:
        """Count one row; whether it scored below ``fail_under``."""
        if error or score is None:
            self.failed += 1
            return False
        self.scored += 1
        self.bands[band or "?"] += 1
        if fail_under is not None and score < fail_under:
            self.below += 1
            return True
        return False

    def add_outcome(self, outcome: Outcome, fail_under: float | None) -> bool:
        """Count one outcome of this run; whether it scored below ``fail_under``."""
        self.done_bytes += outcome.size
        return self.add(outcome.score, outcome.band, outcome.error, fail_under)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a run did, with the rows an earlier run had written (``resume``) counted in ``earlier``."""

    run: Tally
    earlier: Tally
    seconds: float
    aborted: bool = False  # a worker process died; the rows written so far are kept

    @property
    def failed(self) -> int:
        """Records that are error rows in the output, this run's and earlier ones."""
        return self.run.failed + self.earlier.failed

    @property
    def below(self) -> int:
        """Articles that scored below ``fail_under``, this run's and earlier ones."""
        return self.run.below + self.earlier.below

    @property
    def scored(self) -> int:
        """Articles scored, this run's and earlier ones."""
        return self.run.scored + self.earlier.scored

    @property
    def status(self) -> int:
        """The exit status: EXIT_FAILED if a record failed, the run stopped or no article was scored; EXIT_BELOW if one scored below ``fail_under``."""
        if self.failed or self.aborted or not self.scored:
            return EXIT_FAILED
        return EXIT_BELOW if self.below else EXIT_OK
