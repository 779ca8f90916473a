"""The README's evaluation tables: rule baseline vs trained model, out of fold, and leave one dataset out.

Run: python scripts/evaluation_table.py [--kind blend|boosting|logistic]   (after scripts/build_default_features.py
if features or rules changed; the default kind is the one `sourcescore train` fits)
Reads training_data/default_features.jsonl.gz (the four shared datasets) and the shipped sample set.
- baseline: the rule layer over the constant prior (50 + rule points, clamped); nothing is fitted.
- trained, out of fold: grouped 5-fold cross-validation (pair_id, else source, else id).
- leave one dataset out: trained on the other datasets, tested on this one.
"""

from __future__ import annotations

import argparse

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from sourcescore.scoring.dataset import read_all
from sourcescore.scoring.model import MODEL_POINTS, PRIOR_PROBABILITY
from sourcescore.scoring.training_options import DEFAULT_KIND, KINDS
from sourcescore.scoring.training import (
    SAMPLE_FILE,
    Table,
    pair_wins,
    breakdown,
    choose_rule_weight,
    final_scores,
    featurize,
    leave_one_dataset_out,
    metrics,
    load_table,
    out_of_fold,
)


SAMPLE_DATASET = "newsroom_sample"
SHARED_POOL = "pooled (four shared datasets)"


def main() -> None:
    """Print the baseline-vs-trained table and the AMT pair win rates."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", choices=KINDS, default=DEFAULT_KIND, help="the model kind to evaluate")
    kind = parser.parse_args().kind
    table = Table.concat([load_table(), featurize(read_all([SAMPLE_FILE]))])
    baseline = np.clip(MODEL_POINTS * PRIOR_PROBABILITY + table.rule_points, 0, 100)
    proba = out_of_fold(table, kind=kind)
    weight = choose_rule_weight(table, proba)
    oof = breakdown(table, proba, weight)
    lodo = leave_one_dataset_out(table, kind=kind, rule_weight=weight)
    datasets = np.array(table.datasets)
    shared = datasets != SAMPLE_DATASET
    oof[SHARED_POOL] = metrics(table.take(shared), proba[shared], weight)
    print("| dataset | articles | reliable | baseline AUC (rules + prior) | trained AUC, out of fold (score) | "
          "trained AUC, out of fold (probability) | trained AUC, dataset held out (probability) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in [*sorted(set(table.datasets)), SHARED_POOL, "pooled"]:
        mask = shared if name == SHARED_POOL else np.ones(len(table), bool) if name == "pooled" else datasets == name
        base = roc_auc_score(table.y[mask], baseline[mask])
        held = lodo.get(name, {}).get("roc_auc")
        held_text = f"{held:.3f}" if isinstance(held, float) else "n/a"
        print(f"| {name} | {mask.sum()} | {table.y[mask].sum()} | {base:.3f} | {oof[name]['roc_auc_score']:.3f} | "
              f"{oof[name]['roc_auc']:.3f} | {held_text} |")
    amt = np.array([i.startswith("perez_rosas_2018:amt:") for i in table.ids])
    amt_table = table.take(amt)
    base_pairs = pair_wins(amt_table, baseline[amt])
    print()
    print(f"FakeNewsAMT pairs (240): genuine outscores its fabricated twin: baseline {base_pairs['win_rate']:.1%} "
          f"(ties {base_pairs['tie_rate']:.1%}); trained, out of fold: probability "
          f"{oof['perez_rosas_2018 (amt)']['pairs']['win_rate']:.1%}, score {oof['perez_rosas_2018 (amt)']['pairs_score']['win_rate']:.1%}")
    llm = {k: v for k, v in oof.items() if "(" in k and k != SHARED_POOL}
    print()
    full = roc_auc_score(table.y, final_scores(table, proba, 1.0))
    lodo_shared = [lodo[d] for d in sorted(set(table.datasets)) if d != SAMPLE_DATASET and d in lodo]
    print(f"Model kind: {kind}; leave-one-dataset-out, mean over the four shared datasets: AUC "
          f"{np.mean([m['roc_auc'] for m in lodo_shared]):.3f}, Brier {np.mean([m['brier'] for m in lodo_shared]):.3f}; "
          f"pooled Brier score (probability) {oof['pooled']['brier']:.3f}, "
          f"balanced accuracy {oof['pooled']['balanced_accuracy']:.3f}")
    print(f"Rule weight chosen out of fold: {weight} (the score counts each rule's points at this share); "
          f"pooled score AUC with every rule counted in full: {full:.3f}")
    print()
    for name, m in llm.items():
        value = f"AUC {m['roc_auc']:.3f}" if "roc_auc" in m else f"share labelled right {m['accuracy']:.3f}"
        print(f"- {name}: {m['n']} articles, {value}")
    print()
    print_pool_diagnostics(table.y[shared], proba[shared], datasets[shared])


def print_pool_diagnostics(y: np.ndarray, proba: np.ndarray, datasets: np.ndarray) -> None:
    """Where the pooled out-of-fold AUC of the shared datasets comes from.

    A pooled AUC compares every reliable article with every unreliable one, most of them from
    another dataset, so it also measures how the datasets' scores line up with each other.
    """
    rows = {d: datasets == d for d in sorted(set(datasets))}
    within = sum(int(y[m].sum()) * int((1 - y[m]).sum()) for m in rows.values())
    total = int(y.sum()) * int((1 - y).sum())
    print(f"Pooled AUC of the shared datasets (probability): {roc_auc_score(y, proba):.3f}; "
          f"{within / total:.0%} of its reliable/unreliable comparisons are within one dataset.")
    for d, m in rows.items():
        print(f"- pooled without {d}: {roc_auc_score(y[~m], proba[~m]):.3f}")
    # An oracle that knows each article's dataset and recalibrates it on that dataset's own labels
    # (in sample, so optimistic). Dataset identity is a shortcut, never a model feature: this only
    # bounds what lining the datasets up could add.
    clipped = np.clip(proba, 1e-6, 1 - 1e-6)
    logit = np.log(clipped / (1 - clipped))
    aligned = np.empty_like(proba)
    for m in rows.values():
        platt = LogisticRegression().fit(logit[m, None], y[m])
        aligned[m] = platt.predict_proba(logit[m, None])[:, 1]
    print(f"- pooled after recalibrating each dataset on its own labels (oracle, in sample): "
          f"{roc_auc_score(y, aligned):.3f}")
    for d, m in rows.items():
        print(f"- {d}: mean probability {proba[m].mean():.3f}, reliable share {y[m].mean():.3f}")


if __name__ == "__main__":
    main()
