"""The model card (JSON and Markdown) and writing a trained model directory atomically."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import joblib
import numpy as np
import sklearn

from ...features.pipeline import feature_names, feature_schema
from ..model import CARD_FILE, MODEL_FILE, LinearModel, ModelError, TreeModel
from ..rules import rules_version
from .evaluation import RULE_WEIGHT_TOLERANCE, RULE_WEIGHTS
from .fitting import DEFAULT_C, MIN_PAIR_GROUPS, pair_groups
from .inputs import excluded_features, model_inputs
from .table import TEXT_HASH, Table, counts


def model_card(model: LinearModel | TreeModel, kind: str, table: Table, sources: list[dict[str, object]],
               evaluation: dict[str, object], seed: int, folds: int) -> dict[str, object]:
    """The model card's contents: data, schema, settings, evaluation, largest effects."""
    return {
        "name": model.name,
        "version": model.version,
        "kind": kind,
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "feature_schema": feature_schema(),
        "features": list(model.features),
        "rules_version": rules_version(),  # the rule table its rule weight was chosen with
        "excluded_features": list(excluded_features()),
        "data": sources,  # each file's sha256, and a file of articles' text_hashes (evaluate's overlap check)
        "text_hash": TEXT_HASH,
        "counts": counts(table),
        "seed": seed,
        "folds": folds,
        "regularisation_C": DEFAULT_C,
        "calibration": "Platt scaling on grouped out-of-fold decision values, both labels weighted equally (a 50/50 prior), "
                       "folded into the coefficients",
        "rule_weight": model.rule_weight,
        "rule_weight_choice": f"the largest of {list(RULE_WEIGHTS)} (the last at least, chosen by the planted-change tests) whose out-of-fold score AUC is within "
                              f"{RULE_WEIGHT_TOLERANCE} of the probability's",
        "libraries": {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
                      "numpy": np.__version__, "joblib": joblib.__version__},
        **({"ranker": _ranker_note(table)} if kind == "blend" else {}),
        "inputs": input_effects(model, table),
        "evaluation": evaluation,
        "note": "Scores how well claims are sourced, not whether they are true.",
    }


def _ranker_note(table: Table) -> str:
    """What the blend's ranker part was fitted on, or why there is none."""
    groups = pair_groups(table)
    if groups < MIN_PAIR_GROUPS:
        return f"none: the data hold {groups} genuine/fabricated pair groups, fewer than {MIN_PAIR_GROUPS}; the model is the trees alone"
    return (f"fitted on the within-pair feature differences of {groups} genuine/fabricated pair groups; its value and the "
            "trees' are each divided by their spread over the calibration folds and summed before calibration")


def input_effects(model: LinearModel | TreeModel, table: Table) -> list[dict[str, object]]:
    """Each model input with its direction, the practice behind it and its share of the explanation.

    The share is the input's mean absolute effect on the log-odds over the training articles (at
    most 1,000 of them, evenly spaced), divided by the sum of all inputs' means; largest first.
    """
    names = feature_names()
    totals = dict.fromkeys(model.features, 0.0)
    rows = table.X[:: max(1, len(table) // 1000)]
    for row in rows:
        for name, _, effect in model.logit(dict(zip(names, row)))[1]:
            totals[name] += abs(effect) / len(rows)
    whole = sum(totals.values()) or 1.0
    described = {m.feature: m for m in model_inputs()}
    out = []
    for name, value in sorted(totals.items(), key=lambda t: -t[1]):
        known = described.get(name)
        out.append({"feature": name, "direction": known.direction if known else 0,
                    "practice": known.practice if known else "", "mean_abs_effect": round(value, 4),
                    "share": round(value / whole, 4)})
    return out


MODEL_FILES = (MODEL_FILE, CARD_FILE, "MODEL_CARD.md")  # what a model directory holds


def check_output(output: Path) -> None:
    """Refuse an output that training would destroy: a file, or a folder holding anything but an earlier model's files.

    A new path, an empty folder, or a model folder (model.json and model_card.json, and MODEL_CARD.md
    at most) may be written; training never deletes a user's other files.
    """
    if output.is_symlink() or (output.exists() and not output.is_dir()):
        raise ModelError(f"the output {output} is a file, not a model folder; give a new or empty folder")
    if not output.exists():
        return
    names = sorted(p.name for p in output.iterdir())
    if not names:
        return
    others = [n for n in names if n not in MODEL_FILES]
    if others or MODEL_FILE not in names or CARD_FILE not in names:
        shown = ", ".join(others[:3] or names[:3]) + (", ..." if len(others or names) > 3 else "")
        raise ModelError(f"the output folder {output} holds files that are not a sourcescore model ({shown}); "
                         "training replaces only a model folder: give a new or empty folder")


def write_model(model: LinearModel | TreeModel, card: dict[str, object], output: Path) -> None:
    """Write model.json, model_card.json and MODEL_CARD.md into a temp dir, then swap it in (``check_output`` first)."""
    check_output(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    tmp.chmod(0o755)
    try:
        raw = (json.dumps(model.to_json(), indent=1) + "\n").encode()
        (tmp / MODEL_FILE).write_bytes(raw)
        card = {**card, "model_sha256": hashlib.sha256(raw).hexdigest()}
        (tmp / CARD_FILE).write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
        (tmp / "MODEL_CARD.md").write_text(card_markdown(card), encoding="utf-8")
        if output.exists():
            old = output.with_name(f".{output.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(output, old)
            os.replace(tmp, output)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else ("" if value is None else str(value))


def metrics_table(rows: dict[str, dict[str, object]]) -> str:
    """Markdown table of metrics rows."""
    lines = ["| data | n | reliable | ROC AUC (prob.) | ROC AUC (score) | bal. acc. | F1 unreliable | Brier | pair wins |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, m in rows.items():
        pairs = m.get("pairs")
        win = f"{pairs['win_rate']:.1%} of {pairs['pairs']}" if isinstance(pairs, dict) else ""
        auc = m.get("roc_auc", f"acc {m['accuracy']:.3f}" if "accuracy" in m else "")
        lines.append(f"| {name} | {m['n']} | {m['reliable']} | {_fmt(auc)} | {_fmt(m.get('roc_auc_score'))} | "
                     f"{_fmt(m.get('balanced_accuracy'))} | {_fmt(m['f1_unreliable'])} | {_fmt(m['brier'])} | {win} |")
    return "\n".join(lines)


_KIND_NAMES = {
    "blend": "Gradient-boosted trees plus a pairwise linear ranker",
    "boosting": "Gradient-boosted trees",
    "logistic": "Logistic regression",
}


def card_markdown(card: dict[str, object]) -> str:
    """The short human-readable model card."""
    kind = _KIND_NAMES[card["kind"]]  # type: ignore[index]
    out = [f"# Model card: {card['name']} ({card['version']})", "",
           f"{kind} over sourcescore's features; it scores how well claims are sourced, not truth.", "",
           *([f"- pairwise ranker: {card['ranker']}"] if "ranker" in card else []),
           f"- feature schema `{card['feature_schema']}`, {len(card['features'])} features "  # type: ignore[arg-type]
           f"(sourcing rates only, each held to its direction; style and length-proportional counts excluded); seed {card['seed']}, {card['folds']} grouped folds",
           f"- calibration: {card['calibration']}",
           f"- rule weight {card['rule_weight']}: each rule's points count at this share in the score; "
           f"{card['rule_weight_choice']}",
           f"- libraries: {', '.join(f'{k} {v}' for k, v in card['libraries'].items())}", "", "## Data", ""]  # type: ignore[union-attr]
    for src in card["data"]:  # type: ignore[union-attr]
        out.append(f"- `{src['file']}` sha256 `{src['sha256'][:16]}…`")
    out += ["", "| dataset | reliable | unreliable |", "|---|---:|---:|"]
    for name, c in card["counts"].items():  # type: ignore[union-attr]
        out.append(f"| {name} | {c['reliable']} | {c['unreliable']} |")
    for kind, ev in card["evaluation"].items():  # type: ignore[union-attr]
        out += ["", f"## Evaluation: {kind}, grouped cross-validation (out of fold; rule weight {ev['rule_weight']})", "",
                metrics_table(ev["cross_validation"])]
        if "leave_one_dataset_out" in ev:
            out += ["", f"## Evaluation: {kind}, leave one dataset out", "", metrics_table(ev["leave_one_dataset_out"])]
    out += ["", "## Inputs: direction and share of the explanation", "",
            "Share: the input's mean |effect| on the log-odds of reliable over the training articles, over all inputs'.", "",
            "| input | direction | practice | share |", "|---|---|---|---:|"]
    for c in card["inputs"]:  # type: ignore[union-attr]
        arrow = {1: "more is better", -1: "more is worse"}.get(c["direction"], "none")
        out.append(f"| `{c['feature']}` | {arrow} | {c['practice']} | {c['share']:.1%} |")
    out += ["", f"Not model inputs (report context only): {', '.join(f'`{n}`' for n in card['excluded_features'])}."]
    return "\n".join(out) + "\n"
