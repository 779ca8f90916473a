"""Write every shared article's full report, one JSON line each, to compare two commits byte for byte.

Run: python scripts/snapshot_reports.py OUT.jsonl [--limit N] [--without KEY ...]
Then `cmp before.jsonl after.jsonl`; the script also prints the file's SHA-256. ``--without``
leaves report fields out, to compare a commit that added them with one from before.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _datasets import DATASETS, records  # noqa: E402

try:
    from sourcescore import Scorer
except ImportError:  # a commit from before the package had one namespace
    from scoring import Scorer  # type: ignore[no-redef]


def main() -> None:
    """Score every shared article with the default model and write its report as one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="score at most N articles (0: all)")
    parser.add_argument("--without", nargs="*", default=[], metavar="KEY", help="report fields to leave out")
    args = parser.parse_args()
    scorer = Scorer()
    digest = hashlib.sha256()
    count = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for name in DATASETS:
            for record in records(name):
                if args.limit and count >= args.limit:
                    break
                report = scorer.score(record["text"], title=record.get("title"), published=record.get("published"))
                data = report.to_dict()
                for key in args.without:
                    data.pop(key, None)
                line = json.dumps(data, ensure_ascii=False) + "\n"
                fh.write(line)
                digest.update(line.encode("utf-8", "surrogatepass"))
                count += 1
    print(f"{count} reports -> {args.out}  sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main()
