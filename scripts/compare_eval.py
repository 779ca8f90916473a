"""Evaluate `sourcescore compare`: fabricated vs faithful derivatives (AUC) and planted changes found, by kind.

Run: python scripts/compare_eval.py [--limit N] [--planted N] [--seed N] [--json]

Pairs (../shared/datasets, keyed by ``pair_id``; see each PROVENANCE.md):
- fabricated: FakeNewsAMT (perez_rosas_2018, ids ``perez_rosas_2018:amt:<key>:legit`` and ``...:fake``: the
  legitimate excerpt against the crowd-written fake of it) and llmfake information manipulation (the
  human-written real PolitiFact article ``llmfake:politifactNNN:human`` against each of its ChatGPT
  manipulations ``...:information_manipulation_<Type>``, same ``pair_id``);
- faithful (the negative control): the same human-written real original (llmfake's ``:human`` record of
  the ``pair_id``, else politifact_pp's HR) against politifact_pp MR (its machine paraphrase), same ``pair_id``.
The score of a pair is the comparison's changes per 1,000 words of the derivative; the AUC is the
probability that a fabricated derivative scores above a faithful one (ties count half).

Planted changes (scoring/planted, issue #14): the genuine articles of scripts/planted_changes.py, one
change at a time; a directional change is found when a change of the comparison has evidence
overlapping an edit (in the variant or the article), and found as the right kind when such a change is
of the kind EXPECTED names; an invariant edit (copy-desk change) is right when the comparison finds nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _datasets import records  # noqa: E402
from planted_changes import choose  # noqa: E402

from sourcescore import Scorer  # noqa: E402
from sourcescore.scoring.compare import compare  # noqa: E402
from sourcescore.scoring.planted import INVARIANT, KINDS, Article, plant  # noqa: E402

# The change kind each planted kind must be found as.
EXPECTED = {
    "named_to_vague": "source_downgraded",
    "named_removed": "source_downgraded",
    "unsourced_statistic": "figure_invented",
    "vague_statistic": "figure_invented",
    "date_moved": "date_changed",
    "quote_to_assertion": "quotation_unattributed",
}


def pairs(limit: int | None) -> Iterator[tuple[str, str, dict, dict]]:  # type: ignore[type-arg]
    """(set, pair id, original record, derived record) for every shared pair, ``limit`` per set."""
    amt: dict[str, dict[str, dict]] = defaultdict(dict)  # type: ignore[type-arg]
    for r in records("perez_rosas_2018"):
        if r["id"].startswith("perez_rosas_2018:amt:"):
            amt[r["pair_id"]][r["origin_label"]] = r
    n = 0
    for key, g in sorted(amt.items()):
        if "legit" in g and "fake" in g and (limit is None or n < limit):
            n += 1
            yield "fakenewsamt", key, g["legit"], g["fake"]
    llm = [r for r in records("llmfake") if r["pair_id"]]
    human = {r["pair_id"]: r for r in llm if r["id"].endswith(":human") and r["label"] == "reliable"}
    n = 0
    for r in llm:
        if ":information_manipulation_" in r["id"] and r["pair_id"] in human and (limit is None or n < limit):
            n += 1
            yield "llmfake", r["id"], human[r["pair_id"]], r
    pp: dict[str, dict[str, dict]] = defaultdict(dict)  # type: ignore[type-arg]
    for r in records("politifact_pp"):
        pp[r["pair_id"]].setdefault(r["origin_label"], r)
    n = 0
    for key, g in sorted(pp.items()):
        # The same original as the fabricated derivatives where llmfake has it (its full text; politifact_pp's
        # HR is often a truncated scrape of it), else politifact_pp's own HR.
        original = human.get(key) or g.get("HR")
        if original is not None and "MR" in g and (limit is None or n < limit):
            n += 1
            yield "politifact_pp", key, original, g["MR"]


def auc(positive: list[float], negative: list[float]) -> float:
    """Probability that a positive scores above a negative (Mann-Whitney), ties half."""
    if not positive or not negative:
        return float("nan")
    wins = sum((p > q) + 0.5 * (p == q) for p in positive for q in negative)
    return wins / (len(positive) * len(negative))


def run_pairs(scorer: Scorer, limit: int | None, rows_out: Path | None = None) -> dict:  # type: ignore[type-arg]
    """Changes per 1,000 words for every pair, the AUCs and per-set medians (and a row a pair to ``rows_out``)."""
    rates: dict[str, list[float]] = defaultdict(list)
    fh = rows_out.open("w", encoding="utf-8") if rows_out else None
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors = 0
    for name, _key, o, d in pairs(limit):
        try:
            c = compare(o["text"], d["text"], published_original=o.get("published"), published_derived=d.get("published"),
                        title_original=o.get("title"), title_derived=d.get("title"), scorer=scorer)
        except Exception:  # noqa: BLE001 - an unreadable record is counted, not fatal
            errors += 1
            continue
        rates[name].append(c.changes_per_1000_words)
        for ch in c.changes:
            kinds[name][ch.kind] += 1
        if fh:
            fh.write(json.dumps({"set": name, "id": d["id"], "original": o["id"], "summary": c.summary()}) + "\n")
    if fh:
        fh.close()
    fabricated = rates["fakenewsamt"] + rates["llmfake"]
    faithful = rates["politifact_pp"]
    return {
        "pairs": {k: len(v) for k, v in rates.items()},
        "errors": errors,
        "median_changes_per_1000_words": {k: round(statistics.median(v), 2) for k, v in rates.items() if v},
        "auc": {
            "fabricated_vs_faithful": round(auc(fabricated, faithful), 4),
            "fakenewsamt_vs_faithful": round(auc(rates["fakenewsamt"], faithful), 4),
            "llmfake_vs_faithful": round(auc(rates["llmfake"], faithful), 4),
        },
        "changes_by_kind": {k: dict(v) for k, v in kinds.items()},
    }


def _overlaps(c, edits, moved: bool) -> bool:  # type: ignore[no-untyped-def]
    """True when a change's evidence touches one of the edits (in the variant or in the article)."""
    for e in edits:
        if c.derived is not None and c.derived.start <= e.new_end and e.new_start <= c.derived.end:
            return True
        if c.original is not None and c.original.start <= e.end and e.start <= c.original.end:
            return True
    return False


def run_planted(scorer: Scorer, limit: int, seed: int) -> dict:  # type: ignore[type-arg]
    """Per planted kind: variants, found, found as the right kind (directional); with no change (invariant)."""
    rows: dict[str, dict[str, int]] = {k: defaultdict(int) for k in KINDS}  # type: ignore[misc]
    misses: dict[str, list[str]] = defaultdict(list)
    for src in choose(["polnear", "timebank", "newsroom"], limit, seed):
        report = scorer.score(src.text, title=src.title, published=src.published)
        article = Article.from_report(src.id, report, published=src.published, title=src.title)
        for kind, (direction, _gen) in KINDS.items():
            variant = plant(article, kind, seed)
            if isinstance(variant, str):
                continue
            c = compare(src.text, variant.text, published=src.published, title_original=src.title, title_derived=src.title, scorer=scorer)
            row = rows[kind]
            row["variants"] += 1
            if direction == INVARIANT:
                row["no_change"] += not c.changes
                if c.changes and len(misses[kind]) < 3:
                    misses[kind].append(f"{src.id}: {c.changes[0].kind}: {c.changes[0].message}")
                continue
            near = [ch for ch in c.changes if _overlaps(ch, variant.edits, variant.moved)]
            row["found"] += bool(near)
            row["right_kind"] += any(ch.kind == EXPECTED[kind] for ch in near)
            if not any(ch.kind == EXPECTED[kind] for ch in near) and len(misses[kind]) < 3:
                misses[kind].append(f"{src.id}: {variant.detail[:90]} -> {[ch.kind for ch in near]}")
    return {"rows": {k: dict(v) for k, v in rows.items()}, "misses": dict(misses)}


def main(argv: list[str] | None = None) -> int:
    """Run both evaluations and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="pairs per set (default 0: every pair)")
    parser.add_argument("--planted", type=int, default=150, help="genuine articles to plant changes in (default 150; 0: skip)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rows", type=Path, help="write each pair's summary to this JSONL file")
    args = parser.parse_args(argv)
    scorer = Scorer()
    started = time.perf_counter()
    result = {"command": "python scripts/compare_eval.py " + " ".join(sys.argv[1:] if argv is None else argv)}
    result["pairs"] = run_pairs(scorer, args.limit or None, args.rows)
    if args.planted:
        result["planted"] = run_planted(scorer, args.planted, args.seed)
    result["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    p = result["pairs"]
    print(f"$ {result['command'].strip()}")
    print(f"pairs: {p['pairs']} (errors {p['errors']})")
    print("median changes per 1,000 words: " + ", ".join(f"{k} {v}" for k, v in p["median_changes_per_1000_words"].items()))
    print("AUC (changes per 1,000 words): " + ", ".join(f"{k} {v:.3f}" for k, v in p["auc"].items()))
    if args.planted:
        print("\n| planted kind | expected change | variants | found | right kind |\n|---|---|---:|---:|---:|")
        for kind, row in result["planted"]["rows"].items():
            n = row.get("variants", 0)
            if KINDS[kind][0] == INVARIANT:
                print(f"| {kind} | no change | {n} | {row.get('no_change', 0) / max(n, 1):.1%} with none | |")
            else:
                print(f"| {kind} | {EXPECTED[kind]} | {n} | {row.get('found', 0) / max(n, 1):.1%} | {row.get('right_kind', 0) / max(n, 1):.1%} |")
        for kind, lines in result["planted"]["misses"].items():
            for line in lines:
                print(f"  miss {kind}: {line}")
    print(f"({result['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
