"""train and evaluate (issue #16 item 9): the progress display, -q, every core by default, and evaluate's warning
when its data overlaps the model's training data (the model card's file and text hashes)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conftest import run
from sourcescore.scoring.training import SAMPLE_FILE, train
from sourcescore.scoring.training.overlap import training_overlap
from sourcescore.scoring.training.progress import StepProgress
from sourcescore.scoring.training.table import text_hash


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_steps_and_the_extraction_count_with_its_rate() -> None:
    clock = [0.0]
    out = io.StringIO()
    shown = StepProgress(out, enabled=True, clock=lambda: clock[0])
    shown.step("reading 1 file")
    clock[0] = 1.0
    shown.step("extracting")
    clock[0] = 3.0
    shown.count(256, 512)
    clock[0] = 3.1
    shown.count(300, 512)  # within the interval: not redrawn
    clock[0] = 5.0
    shown.count(512, 512)
    clock[0] = 70.0
    shown.step("fitting")
    assert out.getvalue() == (
        "[0:00:00] reading 1 file\n[0:00:01] extracting\n"
        "\r  extracting features: 256/512 articles  128.0/s  ETA 0:00:02\x1b[K"
        "\r  extracting features: 512/512 articles  128.0/s, in 0:00:04\x1b[K\n"
        "[0:01:10] fitting\n"
    )


def test_progress_only_on_a_terminal_unless_forced_and_never_quiet() -> None:
    assert StepProgress.wanted(_Terminal(), quiet=False, force=False)
    assert not StepProgress.wanted(io.StringIO(), quiet=False, force=False)
    assert StepProgress.wanted(io.StringIO(), quiet=False, force=True)
    assert not StepProgress.wanted(_Terminal(), quiet=True, force=True)
    silent = io.StringIO()
    StepProgress(silent, enabled=False).step("fitting")
    assert silent.getvalue() == ""


def _split(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """The sample set in two files by pair group (a model is trained on the first), and the first's lines."""
    lines = SAMPLE_FILE.read_text(encoding="utf-8").splitlines()
    groups = sorted({json.loads(line)["pair_id"] for line in lines})
    first = set(groups[: len(groups) * 2 // 3])
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    mine = [line for line in lines if json.loads(line)["pair_id"] in first]
    a.write_text("\n".join(mine) + "\n", encoding="utf-8")
    b.write_text("\n".join(line for line in lines if json.loads(line)["pair_id"] not in first) + "\n", encoding="utf-8")
    return a, b, mine


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, list[str]]:
    folder = tmp_path_factory.mktemp("overlap")
    a, b, lines = _split(folder)
    model = folder / "tiny"
    train([a], model, kind="logistic", folds=3, lodo=False)
    return model, a, b, lines


def test_the_card_keeps_each_training_files_text_hashes(tiny: tuple[Path, Path, Path, list[str]]) -> None:
    model, a, _, lines = tiny
    card = json.loads((model / "model_card.json").read_text(encoding="utf-8"))
    (entry,) = card["data"]
    assert entry["file"] == str(a)
    assert entry["text_hashes"] == sorted({text_hash(json.loads(line)["text"]) for line in lines})
    assert len(entry["text_hashes"][0]) == 16 and card["text_hash"].startswith("sha256 of the text")


def test_evaluate_on_the_training_data_warns_and_says_so_in_json(capsys: pytest.CaptureFixture[str],
                                                                 tiny: tuple[Path, Path, Path, list[str]]) -> None:
    model, a, _, lines = tiny
    status, out, err = run(capsys, "evaluate", a, "--model", model, "-j", "1", "--format", "json")
    n = len(lines)
    assert status == 0
    assert err == (f"sourcescore: warning: {n} of {n} evaluation records (100%) are in the training data of {model}: "
                   "these figures are not held out\n")
    assert json.loads(out)["training_overlap"] == {"records": n, "of": n, "files": [str(a)], "checked": [
        "training files (sha256)", "training texts (hashes)"]}


def test_evaluate_finds_training_texts_under_other_ids_and_whitespace(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                                     tiny: tuple[Path, Path, Path, list[str]]) -> None:
    model, _, b, lines = tiny
    mixed = tmp_path / "mixed.jsonl"
    copied = [json.loads(line) for line in lines[:3]]
    for i, record in enumerate(copied):
        record["id"], record["text"] = f"copy{i}", record["text"].replace(" ", "  ")
    others = b.read_text(encoding="utf-8").splitlines()
    mixed.write_text("\n".join([*others, *map(json.dumps, copied)]) + "\n", encoding="utf-8")
    status, out, err = run(capsys, "evaluate", mixed, "--model", model, "-j", "1", "-q")
    total = len(others) + 3
    assert status == 0 and out.startswith("not held out (see the warning):\n")
    assert err == (f"sourcescore: warning: 3 of {total} evaluation records ({3 / total:.0%}) are in the training data of "
                   f"{model}: these figures are not held out\n")


def test_evaluate_on_other_data_does_not_warn(capsys: pytest.CaptureFixture[str], tiny: tuple[Path, Path, Path, list[str]]) -> None:
    model, _, b, _ = tiny
    status, out, err = run(capsys, "evaluate", b, "--model", model, "-j", "1", "--format", "json")
    assert status == 0 and err == ""
    assert json.loads(out)["training_overlap"]["records"] == 0
    status, out, err = run(capsys, "evaluate", b, "--model", model, "-j", "1", "-q")
    assert status == 0 and err == "" and out.startswith("held out:\n")


def test_the_default_models_card_finds_its_training_file() -> None:
    # The default model's card predates the text hashes: its training files' sha256 still find the overlap.
    from sourcescore.scoring.dataset import read_all
    from sourcescore.scoring.model import DEFAULT_MODEL_DIR

    records = read_all([SAMPLE_FILE])
    overlap = training_overlap(DEFAULT_MODEL_DIR, [SAMPLE_FILE], records)
    assert overlap["records"] == overlap["of"] == len(records)
    assert "the default corpus (its datasets' sha256 and ids)" in overlap["checked"]  # type: ignore[operator]


def test_train_shows_its_steps_when_forced_and_none_when_quiet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a, _, _ = _split(tmp_path)
    status, out, err = run(capsys, "train", a, "-o", tmp_path / "m", "--kind", "logistic", "--folds", "3", "-j", "1", "--progress")
    steps = [line.split("] ", 1)[1] for line in err.splitlines() if line.startswith("[")]
    n = len(a.read_text(encoding="utf-8").splitlines())
    # Each cross-validation fold is a step (issue #16: 12 minutes of silence while it ran); the sizes of the grouped folds vary.
    folds = [line for line in steps if line.startswith("logistic: fold ")]
    assert [f.split(":")[1] for f in folds] == [" fold 1 of 3", " fold 2 of 3", " fold 3 of 3"]
    assert sum(int(f.rsplit(" ", 1)[1]) for f in folds) == n
    assert status == 0 and out.startswith(f"wrote {tmp_path / 'm'}/")
    assert steps == ["reading and extracting features", f"{n} articles; evaluating with 3 grouped folds (fitting and calibrating in each)",
                     "logistic: cross-validating", *folds, f"fitting and calibrating the logistic model on all {n} articles",
                     f"writing {tmp_path / 'm'}/"]
    assert "extracting features: " in err
    status, _, err = run(capsys, "train", a, "-o", tmp_path / "m2", "--kind", "logistic", "--folds", "3", "-j", "1", "-q", "--progress")
    assert status == 0 and err == ""


def test_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "evaluate", SAMPLE_FILE, "--model", "x", "-j", "0")
    assert (status, out) == (2, "") and err == "sourcescore: --jobs must be from 1 to 1,024, not 0\n"
