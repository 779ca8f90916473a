"""Planted-change tests over genuine, professionally edited articles: one change at a time, per-kind results.

Run: python scripts/planted_changes.py [--seed N] [--limit N] [--kinds K,K] [--corpus C,C] [--split] [--json]
                                      [--variants FILE [--texts]] [--rule-weight W,W] [--rule-points CODE=P:CAP,...]

Sources (genuine only): PolNeAR and TimeBank (../shared/gold, each with its publication date) and the
reliable half of training_data/newsroom_sample.jsonl (with its title and date). The articles are shuffled
with the seed within each corpus and taken in turn from each corpus until ``--limit``. Every kind of
``sourcescore.scoring.planted.KINDS`` is planted in each article on its own (seeded per article and kind),
the variant is scored like the original, and the table gives per kind: articles changed, articles where the
change could not be made, the share whose score moved the right way (directional kinds: lower by more than
0; invariant kinds: within 2 points) and the median change, split into the model part's and the rules'
(with the clamp). ``--split`` adds a table per corpus. ``--variants FILE`` writes every outcome with its
edits as JSONL (for ``compare``, which must find each planted change); ``--texts`` adds both texts to each line.
``--rule-weight`` and ``--rule-points`` are what-if tables: the same changes scored with other rule weights,
or with some rules' points and caps replaced (``SRC401=-8:40``), each beside the median score of the
unchanged genuine articles and their share below 40 (what a larger penalty costs genuine copy).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import shlex
import statistics
import sys
from collections.abc import Iterator
from unittest import mock
from datetime import date
from pathlib import Path

from sourcescore import Scorer
from sourcescore.scoring import rules as rule_table
from sourcescore.scoring.planted import KINDS, Outcome, Source, measure, summarise, table

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
CORPORA = {
    "polnear": GOLD / "polnear_train" / "data.jsonl",
    "timebank": GOLD / "timebank" / "data.jsonl",
    "newsroom": ROOT / "training_data" / "newsroom_sample.jsonl",
}


def _date(value: str | None) -> date | None:
    """A record's publication date (its first ten characters), or None."""
    return date.fromisoformat(value[:10]) if value else None


def read_corpus(name: str) -> list[Source]:
    """The genuine articles of one corpus, in file order."""
    path = CORPORA[name]
    if not path.exists():
        raise SystemExit(f"{path} not found: put the shared gold beside the repository as ../shared")
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("label", "reliable") != "reliable":
                continue
            title = rec.get("title") if name == "newsroom" else None  # a PolNeAR text starts with its title
            out.append(Source(f"{name}:{rec['id']}", rec["text"], _date(rec.get("published")), title))
    return out


def choose(corpora: list[str], limit: int | None, seed: int) -> Iterator[Source]:
    """Articles shuffled with the seed within each corpus, taken in turn from each until ``limit``."""
    pools = []
    for name in corpora:
        pool = read_corpus(name)
        random.Random(f"{seed}:{name}").shuffle(pool)
        pools.append(pool)
    taken = 0
    for i in range(max(map(len, pools), default=0)):
        for pool in pools:
            if i < len(pool):
                if limit is not None and taken >= limit:
                    return
                taken += 1
                yield pool[i]


def main(argv: list[str] | None = None) -> int:
    """Parse options, run the planted changes and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=150, help="articles in all (default 150; 0 for every one)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds (default: all)")
    parser.add_argument("--corpus", default=",".join(CORPORA), help="comma-separated corpora (default: all)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--split", action="store_true", help="also print one table per corpus")
    parser.add_argument("--variants", type=Path, help="write every outcome with its edits to this JSONL file")
    parser.add_argument("--texts", action="store_true", help="with --variants: add the original and the changed text")
    parser.add_argument("--model", type=Path, help="a model directory or model.json to score with (default: the bundled model)")
    parser.add_argument("--rule-weight", help="comma-separated rule weights to score with in place of the model's "
                        "(one table each; how training's MIN_RULE_WEIGHT was chosen)")
    parser.add_argument("--rule-points", help="comma-separated CODE=POINTS:CAP to score with in place of those rules' "
                        "points and caps (one table, beside the unchanged scores: what a larger penalty costs)")
    args = parser.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    corpora = [c for c in args.corpus.split(",") if c]
    unknown = [k for k in kinds if k not in KINDS] + [c for c in corpora if c not in CORPORA]
    if unknown:
        parser.error(f"unknown kind or corpus: {', '.join(unknown)} (kinds: {', '.join(KINDS)}; corpora: {', '.join(CORPORA)})")
    sources = list(choose(corpora, args.limit or None, args.seed))
    command = "python scripts/planted_changes.py " + shlex.join(sys.argv[1:] if argv is None else argv)
    if args.rule_weight or args.rule_points:
        if args.json or args.variants:
            parser.error("--rule-weight and --rule-points print tables only: leave out --json and --variants")
        if args.rule_weight and args.rule_points:
            parser.error("give --rule-weight or --rule-points, not both")
        if args.rule_points:
            return _by_rule_points(args, sources, kinds, command)
        return _by_rule_weight(args, sources, kinds, command)
    outcomes = measure(sources, Scorer(model=args.model), kinds, args.seed)
    rows = summarise(outcomes, kinds)
    split = {c: summarise([o for o in outcomes if o.article.startswith(c + ":")], kinds) for c in corpora} if args.split else {}
    if args.variants:
        originals = {s.id: s.text for s in sources}
        with args.variants.open("w", encoding="utf-8") as fh:
            for o in outcomes:
                row = o.to_dict()
                if args.texts:
                    row["original"], row["text"] = originals[o.article], o.variant.text if o.variant else None
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.json:
        by = {c: [r.to_dict() for r in split_rows] for c, split_rows in split.items()}
        print(json.dumps({"command": command.strip(), "articles": len(sources), "rows": [r.to_dict() for r in rows], "by_corpus": by}, indent=2))
    else:
        by_corpus = {c: sum(s.id.startswith(c + ":") for s in sources) for c in corpora}
        print(f"$ {command.strip()}")
        print(f"{len(sources)} genuine articles ({', '.join(f'{c} {n}' for c, n in by_corpus.items())}), seed {args.seed}\n")
        print(table(rows))
        for c, split_rows in split.items():
            print(f"\n{c} ({by_corpus[c]} articles)\n")
            print(table(split_rows))
    return 0


def _by_rule_weight(args: argparse.Namespace, sources: list[Source], kinds: list[str], command: str) -> int:
    """One table per rule weight, the model's own parts otherwise unchanged."""
    try:
        weights = [float(w) for w in args.rule_weight.split(",") if w]
    except ValueError:
        raise SystemExit(f"--rule-weight: not a list of numbers: {args.rule_weight!r}")
    if not weights or not all(0 <= w <= 1 for w in weights):
        raise SystemExit("--rule-weight: give weights between 0 and 1, comma-separated")
    base = Scorer(model=args.model).model
    print(f"$ {command.strip()}")
    print(f"{len(sources)} genuine articles, seed {args.seed}")
    for weight in weights:
        scorer = Scorer(model=dataclasses.replace(base, rule_weight=weight))  # type: ignore[type-var]
        print(f"\nrule weight {weight}\n")
        outcomes = measure(sources, scorer, kinds, args.seed)
        print(table(summarise(outcomes, kinds)))
        print(_genuine_line(outcomes))
    return 0


def _by_rule_points(args: argparse.Namespace, sources: list[Source], kinds: list[str], command: str) -> int:
    """Two tables: the rules as they are, and with the given rules' points and caps replaced."""
    replaced = dict(rule_table.RULES_BY_CODE)
    for item in (x for x in args.rule_points.split(",") if x):
        code, _, values = item.partition("=")
        points, _, cap = values.partition(":")
        try:
            replaced[code] = dataclasses.replace(replaced[code], points=float(points), cap=float(cap))
        except (KeyError, ValueError):
            raise SystemExit(f"--rule-points: expected CODE=POINTS:CAP with a known code, got {item!r}")
    print(f"$ {command.strip()}")
    print(f"{len(sources)} genuine articles, seed {args.seed}")
    scorer = Scorer(model=args.model)
    for label, table_ in (("rules as they are", rule_table.RULES), (f"with {args.rule_points}", tuple(replaced.values()))):
        with mock.patch.object(rule_table, "RULES", table_):
            outcomes = measure(sources, scorer, kinds, args.seed)
        print(f"\n{label}\n")
        print(table(summarise(outcomes, kinds)))
        print(_genuine_line(outcomes))
    return 0


def _genuine_line(outcomes: list[Outcome]) -> str:
    """The median score of the unchanged articles and their share below 40, per corpus."""
    before: dict[str, dict[str, float]] = {}
    for o in outcomes:
        before.setdefault(o.article.split(":", 1)[0], {})[o.article] = o.before
    parts = []
    for corpus, scores in before.items():
        values = list(scores.values())
        low = sum(v < 40 for v in values)
        parts.append(f"{corpus} median {statistics.median(values):.1f}, below 40: {low}/{len(values)}")
    return "\nunchanged articles: " + "; ".join(parts)


if __name__ == "__main__":
    raise SystemExit(main())
