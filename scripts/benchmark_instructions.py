"""Benchmark: CPU instructions per scored article, counted by valgrind (deterministic, unlike seconds on a VM).

Run: python scripts/benchmark_instructions.py [--step N] [--repeat K]
Scores every N-th shared article (default 20: 281 articles) as the command line does for a JSONL
output (Scorer, report dict, JSON text: ``scoring.corpus.rows.render``) under ``valgrind --tool=cachegrind``, once more with no
article, and prints the difference per article: start-up (imports, word lists, the model) is
left out. The hash seed is fixed, yet repeated runs still differ by a few percent (start-up
alone by up to 100 M instructions), so it measures K times (default 3) and prints the median and
the range. Needs valgrind (Debian: ``apt-get install valgrind``); about 30 s a repetition. It
asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _datasets import DATASETS, records  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHILD = "--child"


def child(step: int) -> None:
    """The measured process: read the corpus, score one warm-up article, then every ``step``-th one (none for 0)."""
    sys.path.insert(0, str(ROOT))
    from sourcescore.scoring import Scorer
    from sourcescore.scoring.corpus.rows import render

    corpus = [r for name in DATASETS for r in records(name)]  # read in both runs: only scoring differs
    scorer = Scorer()
    render("jsonl", None, scorer.score("Officials said 3 people were hurt on March 3, 2024. The report was released."))
    if step:
        for r in corpus[::step]:
            render("jsonl", r.get("id"), scorer.score(r["text"], title=r.get("title"), published=r.get("published")))


def instructions(step: int) -> int:
    """Instructions valgrind counts for the child process at ``step``."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, str(Path(__file__).resolve()), CHILD, str(step)]
    proc = subprocess.run(command, capture_output=True, text=True, check=False, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    """Count the start-up and the scoring run; print instructions per article."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--step", type=int, default=20, help="score every N-th shared article (default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="measurements to take the median of (default 3)")
    args = parser.parse_args()
    if args.step < 1 or args.repeat < 1:
        parser.error("--step and --repeat must be at least 1")
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    articles = len([r for name in DATASETS for r in records(name)][:: args.step])
    start_ups, per_article = [], []
    for _ in range(args.repeat):
        start_up = instructions(0)
        start_ups.append(start_up)
        per_article.append((instructions(args.step) - start_up) // articles)
    print(f"articles:                 {articles} (every {args.step}th of the four shared datasets), {args.repeat} measurements")
    print(f"start-up instructions:    {statistics.median(start_ups):,.0f} (median; {min(start_ups):,}-{max(start_ups):,})")
    print(f"instructions per article: {statistics.median(per_article):,.0f} (median; {min(per_article):,}-{max(per_article):,})"
          "  (scoring, report dict and JSON text)")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == CHILD:
        child(int(sys.argv[2]))
    else:
        main()
