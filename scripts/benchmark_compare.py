"""Time `compare` on two ~1,000-word articles: the genuine seed and its fabricated rewrite, each repeated to 1,000 words.

Run: python scripts/benchmark_compare.py [--repeat N]
Prints the median wall and CPU time of one comparison (both articles scored, facts aligned, dict built), and the
CPU time of scoring the two articles alone (the rest is the alignment). On a shared machine read the CPU time.
Without ../shared it uses examples/wire_report.txt and examples/vague_rewrite.txt.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from sourcescore import Scorer, compare

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def to_words(text: str, words: int) -> str:
    """``text`` repeated (paragraph after paragraph) until it has at least ``words`` words."""
    out = text
    while len(out.split()) < words:
        out += "\n" + text
    return out


def main(argv: list[str] | None = None) -> int:
    """Time the comparison and print the median."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--words", type=int, default=1000)
    args = parser.parse_args(argv)
    if SEEDS.exists():
        a, b = (SEEDS / "000_05bf85956880f1f9.txt").read_text(), (SEEDS / "004_388af7e0b7bc39d0.txt").read_text()
    else:
        a, b = (ROOT / "examples" / "wire_report.txt").read_text(), (ROOT / "examples" / "vague_rewrite.txt").read_text()
    original, derived = to_words(a, args.words), to_words(b, args.words)
    scorer = Scorer()
    compare(original, derived, published="2025-03-28", scorer=scorer)  # warm up: model and word lists loaded
    times, cpu, scoring = [], [], []
    for _ in range(args.repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = compare(original, derived, published="2025-03-28", scorer=scorer)
        result.to_dict()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        started_cpu = time.process_time()
        scorer.score(original, published="2025-03-28")
        scorer.score(derived, published="2025-03-28")
        scoring.append(time.process_time() - started_cpu)
    print(f"compare: {len(original.split())} vs {len(derived.split())} words, {len(result.changes)} changes: "
          f"median {1000 * statistics.median(times):.1f} ms wall, {1000 * statistics.median(cpu):.1f} ms CPU "
          f"(of which scoring both articles {1000 * statistics.median(scoring):.1f} ms CPU) over {args.repeat} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
