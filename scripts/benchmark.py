"""Benchmark: articles per second and peak memory, scoring the four shared datasets in one process.

Run: python scripts/benchmark.py [--limit N]
Pins itself to one core (where the OS allows) and prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _datasets import DATASETS, records  # noqa: E402

from sourcescore.scoring import Scorer  # noqa: E402


def main() -> None:
    """Score every shared article once and print throughput and peak RSS."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="score at most N articles (0: all)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    articles = [(r["text"], r.get("title"), r.get("published")) for name in DATASETS for r in records(name)]
    if args.limit:
        articles = articles[: args.limit]
    scorer = Scorer()
    scorer.score(articles[0][0])  # warm-up: imports, lazily loaded word lists
    chars = sum(len(t) for t, _, _ in articles)
    start, cpu_start = time.perf_counter(), time.process_time()
    for text, title, published in articles:
        scorer.score(text, title=title, published=published).to_dict()
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles:        {len(articles)}")
    print(f"characters:      {chars:,}")
    print(f"seconds:         {elapsed:.2f}")
    print(f"articles/s:      {len(articles) / elapsed:.0f}  (one core, one process, report built as a dict)")
    print(f"ms/article:      {1000 * elapsed / len(articles):.2f}")
    print(f"articles/CPU-s:  {len(articles) / cpu:.0f}  (unaffected by other processes; compare with articles/s)")
    print(f"load average:    {os.getloadavg()[0]:.2f}  (other work on the machine slows the wall-clock figure)")
    print(f"peak RSS:        {peak_mb:.0f} MB  (includes the corpus held in memory)")


if __name__ == "__main__":
    main()
