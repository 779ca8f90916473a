"""Evaluate the score on the shared datasets: ROC AUC per dataset and genuine-vs-fabricated pair wins.

Run: python scripts/evaluate_baseline.py
Nothing is fitted here: the score is the rule layer over the constant model prior, so every
dataset is held out. Prints a Markdown table (the README's baseline table comes from it).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _datasets import DATASETS, records  # noqa: E402

from scoring import Scorer  # noqa: E402


def main() -> None:
    """Score every shared article and print the baseline table."""
    scorer = Scorer()
    rows = []
    pooled_y: list[int] = []
    pooled_s: list[float] = []
    amt_pairs: dict[str, dict[str, float]] = defaultdict(dict)
    for name in DATASETS:
        y, s = [], []
        for r in records(name):
            score = scorer.score(r["text"], title=r.get("title"), published=r.get("published")).score
            y.append(1 if r["label"] == "reliable" else 0)
            s.append(score)
            if r["id"].startswith("perez_rosas_2018:amt:") and r.get("pair_id"):
                amt_pairs[r["pair_id"]][r["label"]] = score
        rows.append((name, len(y), sum(y), roc_auc_score(y, s), sum(s) / len(s)))
        pooled_y += y
        pooled_s += s
    print("| dataset | articles | reliable | ROC AUC of score | mean score |")
    print("|---|---:|---:|---:|---:|")
    for name, n, pos, auc, mean in rows:
        print(f"| {name} | {n} | {pos} | {auc:.3f} | {mean:.1f} |")
    print(f"| **pooled** | {len(pooled_y)} | {sum(pooled_y)} | {roc_auc_score(pooled_y, pooled_s):.3f} | "
          f"{sum(pooled_s) / len(pooled_s):.1f} |")
    complete = [p for p in amt_pairs.values() if len(p) == 2]
    wins = sum(p["reliable"] > p["unreliable"] for p in complete)
    ties = sum(p["reliable"] == p["unreliable"] for p in complete)
    print()
    print(f"FakeNewsAMT pairs: genuine outscores its fabricated twin in {wins}/{len(complete)} "
          f"({wins / len(complete):.1%}); ties {ties} ({ties / len(complete):.1%})")


if __name__ == "__main__":
    main()
