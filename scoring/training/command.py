"""`sourcescore train`: featurize, evaluate with grouped splits, fit, and write the model and its card."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import LinearModel, TreeModel
from ..training_options import DEFAULT_FOLDS, DEFAULT_KIND, DEFAULT_SEED, KINDS
from .card import check_output, model_card, write_model
from .evaluation import breakdown, choose_rule_weight, leave_one_dataset_out
from .fitting import fit_model, out_of_fold
from .table import Progress, load_training_table


@dataclass(slots=True)
class TrainResult:
    """What training produced: the model, where it went, and its evaluation."""

    model: LinearModel | TreeModel
    path: Path
    card: dict[str, object]


def train(paths: Sequence[str | Path], output: str | Path, *, kind: str = DEFAULT_KIND, include_default: bool = False,
          seed: int = DEFAULT_SEED,
          folds: int = DEFAULT_FOLDS, jobs: int = 1, compare: bool = False, lodo: bool = True,
          progress: Progress | None = None, log: Callable[[str], None] = lambda s: None) -> TrainResult:
    """Featurize, evaluate with grouped splits, fit, and write ``output``/model.json + model card, atomically."""
    output = Path(output)
    check_output(output)  # before the work: never at the end of it
    log("reading and extracting features" + (" (and the saved default corpus)" if include_default else ""))
    table, sources = load_training_table(paths, include_default=include_default, jobs=jobs, progress=progress)
    log(f"{len(table):,} articles; evaluating with {folds} grouped folds (fitting and calibrating in each)")
    evaluation: dict[str, object] = {}
    for candidate in (KINDS if compare else (kind,)):
        log(f"{candidate}: cross-validating")
        proba = out_of_fold(table, kind=candidate, folds=folds, seed=seed, log=lambda m, c=candidate: log(f"{c}: {m}"))
        weight = choose_rule_weight(table, proba)
        entry: dict[str, object] = {"rule_weight": weight, "cross_validation": breakdown(table, proba, weight)}
        if lodo and len(set(table.datasets)) > 2:
            log(f"{candidate}: leave one dataset out")
            entry["leave_one_dataset_out"] = leave_one_dataset_out(
                table, kind=candidate, seed=seed, folds=folds, rule_weight=weight
            )
        evaluation[candidate] = entry
    rule_weight = evaluation[kind]["rule_weight"]  # type: ignore[index]
    log(f"fitting and calibrating the {kind} model on all {len(table):,} articles")
    model = fit_model(table, kind=kind, name=output.name, seed=seed, folds=folds, rule_weight=rule_weight)
    log(f"writing {output}/")
    card = model_card(model, kind, table, sources, evaluation, seed, folds)
    write_model(model, card, output)
    return TrainResult(model, output, card)
