"""The run record beside an output file: what wrote its rows, so that ``--resume`` never mixes two runs.

``scores.jsonl`` gets ``scores.jsonl.sourcescore-run.json``: the inputs (as given, and resolved), the
model's SHA-256 and the options that change rows (format, ignored rules, title, date, globs, fields).
``--resume`` compares it with the run being started and refuses a difference, naming it. An output
without a record (written before records existed) is resumed with a warning that it cannot be checked.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from ..model import DEFAULT_MODEL_DIR, MODEL_FILE
from ..records import STDIN, InputError

SUFFIX = ".sourcescore-run.json"
SCHEMA = "sourcescore.run/1"


def record_path(output: str) -> str:
    """Where the run record of ``output`` lives."""
    return output + SUFFIX


def model_sha256(model: object) -> str | None:
    """The SHA-256 of the model.json a run scores with (the bundled one for None); None for a Model object given directly."""
    if model is not None and not isinstance(model, (str, Path)):
        return None
    path = Path(model) if model is not None else DEFAULT_MODEL_DIR
    file = path / MODEL_FILE if path.is_dir() else path
    try:
        with file.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return "prior" if model is None else None  # no bundled model: the constant prior


def run_record(paths: tuple[str, ...], model: object, options: dict[str, Any]) -> dict[str, Any]:
    """The record of a run: its inputs, its model and the options that change its rows."""
    return {
        "schema": SCHEMA,
        "inputs": [os.path.normpath(p) if p != STDIN else p for p in paths],
        "resolved_inputs": [os.path.realpath(p) if p != STDIN else p for p in paths],
        "model_sha256": model_sha256(model),
        "options": options,
    }


def write_record(output: str, record: dict[str, Any]) -> None:
    """Write the run record beside ``output`` (replacing an earlier one whole)."""
    path = record_path(output)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(record, fh, indent=1, ensure_ascii=True)
            fh.write("\n")
        os.replace(tmp, path)
    except OSError:
        try:
            os.remove(tmp)
        except OSError:
            pass
        raise


def remove_record(output: str) -> None:
    """Remove the run record of an output that was removed."""
    try:
        os.remove(record_path(output))
    except OSError:
        pass


def check_resume(output: str, record: dict[str, Any]) -> str | None:
    """Refuse (InputError) to resume ``output`` with another run than the one that wrote it; a warning when it has no record."""
    path = record_path(output)
    try:
        with open(path, encoding="utf-8") as fh:
            earlier = json.load(fh)
    except FileNotFoundError:
        return f"{output} has no run record ({os.path.basename(path)}): resuming without checking that the inputs, model and options are the same"
    except (OSError, ValueError, RecursionError) as exc:
        raise InputError(f"cannot resume: the run record {path} is unreadable ({exc}); rerun with --force") from None
    if not isinstance(earlier, dict) or earlier.get("schema") != SCHEMA:
        raise InputError(f"cannot resume: {path} is not a sourcescore run record; rerun with --force")
    differences = []
    if earlier.get("resolved_inputs") != record["resolved_inputs"]:
        differences.append(f"other inputs: {_list(earlier.get('resolved_inputs'))} then, {_list(record['resolved_inputs'])} now")
    elif earlier.get("inputs") != record["inputs"]:
        differences.append(f"the inputs named otherwise: {_list(earlier.get('inputs'))} then, {_list(record['inputs'])} now "
                           "(records without ids take their id from the name: name them as before)")
    if earlier.get("model_sha256") != record["model_sha256"]:
        differences.append(f"another model: SHA-256 {str(earlier.get('model_sha256'))[:12]} then, {str(record['model_sha256'])[:12]} now")
    options = earlier.get("options") if isinstance(earlier.get("options"), dict) else {}
    for key, value in record["options"].items():
        if options.get(key) != value:
            differences.append(f"another {OPTION_NAMES.get(key, key)}: {json.dumps(options.get(key))} then, {json.dumps(value)} now")
    if differences:
        raise InputError(f"cannot resume {output}: it was written by another run, with " + "; ".join(differences)
                         + ". Rerun with the same inputs, model and options, or give --force to start over")
    return None


OPTION_NAMES = {"output_format": "output format", "input_format": "--input-format", "ignore": "--ignore", "title": "--title",
                "published": "--published", "glob": "--glob", "columns": "--text-column/--id-column/--published-column"}


def _list(paths: object) -> str:
    return ", ".join(map(str, paths)) if isinstance(paths, list) else str(paths)
