"""Why the model reads 22 directed sourcing rates: the same trees with other inputs, held out and in fold.

Run: python scripts/input_ablation.py [--kind boosting]   (needs the saved feature vectors; ~2 min a variant)
Variants, each fitted as `train` fits (grouped folds, nested calibration, the rule weight chosen the same way):
- directed: the model's inputs (scoring/training/inputs.py), each held to its direction;
- undirected: the same inputs without the directions;
- with undirected facts: the inputs plus every non-style rate with no direction fixed by practice
  (number and date densities, tense shares, whether a date was given), left unconstrained.
Prints out-of-fold and leave-one-dataset-out ROC AUC per dataset and FakeNewsAMT pair wins. Asserts nothing.
"""

from __future__ import annotations

import argparse

from sourcescore.features.pipeline import feature_names
from sourcescore.scoring.dataset import read_all
from sourcescore.scoring.training import (
    SAMPLE_FILE, Table, breakdown, choose_rule_weight, featurize, leave_one_dataset_out, load_table, out_of_fold,
)
from sourcescore.scoring.training import inputs
from sourcescore.scoring.training.inputs import LENGTH_COUNTS

DATASETS = ("fakes", "llmfake", "perez_rosas_2018", "politifact_pp", "newsroom_sample", "pooled")


def variants() -> dict[str, tuple[inputs.ModelInput, ...]]:
    """The input sets compared, by name."""
    directed = inputs.MODEL_INPUTS
    undirected = tuple(inputs.ModelInput(m.feature, 0, m.practice) for m in directed)
    have = {m.feature for m in directed}
    extra = tuple(inputs.ModelInput(n, 0, "no direction") for n in feature_names()
                  if n not in have and not n.startswith("style.") and n not in LENGTH_COUNTS)
    return {"directed": directed, "undirected": undirected, "with undirected facts": directed + extra}


def main() -> None:
    """Fit and print each variant."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", default="boosting", choices=("boosting", "blend", "logistic"))
    kind = parser.parse_args().kind
    table = Table.concat([load_table(), featurize(read_all([SAMPLE_FILE]))])
    original = inputs.MODEL_INPUTS
    print(f"model kind {kind}; ROC AUC out of fold / dataset held out; FakeNewsAMT pair wins out of fold (probability)")
    print("| inputs | n | " + " | ".join(DATASETS) + " | AMT pairs |")
    print("|---|---:|" + "---|" * len(DATASETS) + "---:|")
    try:
        for name, chosen in variants().items():
            inputs.MODEL_INPUTS = chosen
            proba = out_of_fold(table, kind=kind)
            weight = choose_rule_weight(table, proba)
            oof = breakdown(table, proba, weight)
            lodo = leave_one_dataset_out(table, kind=kind, rule_weight=weight)
            cells = [f"{oof[d]['roc_auc']:.3f} / {lodo[d]['roc_auc']:.3f}" if d in lodo else f"{oof[d]['roc_auc']:.3f}"
                     for d in DATASETS]
            wins = oof["perez_rosas_2018 (amt)"]["pairs"]["win_rate"]
            print(f"| {name} | {len(chosen)} | " + " | ".join(cells) + f" | {wins:.1%} |")
    finally:
        inputs.MODEL_INPUTS = original


if __name__ == "__main__":
    main()
