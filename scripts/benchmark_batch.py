"""Benchmark corpus-scale scoring end to end: articles/s with one and two jobs, and peak RSS.

Run: python scripts/benchmark_batch.py [--jobs 1 2] [--limit N] [--synthetic-mb 1024] [--synthetic-jobs 2]

Writes the four shared datasets (~5,600 articles) as one JSONL corpus in a temporary folder and
scores it as `sourcescore score CORPUS -o OUT.jsonl --jobs N --quiet` would, in a fresh process
per run (features, rules, model, JSON reports written to disk). Then, for the memory check, it
scores a synthetic JSONL of about --synthetic-mb MB (the shared articles repeated under new ids),
writing the reports to /dev/null. Memory: peak RSS from getrusage (the command's own process,
and the largest of its workers), and the peak total PSS of the command and its workers, sampled
from /proc (Linux), which counts the pages that fork shares once. CPU seconds are reported too:
unlike wall time, they do not depend on what else the machine runs. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _datasets import DATASETS, records  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHILD = "--child"  # argv[1] of this script run as the measured process
FIELDS = ("text", "title", "published")


@dataclass(frozen=True, slots=True)
class Figures:
    """One measured run."""

    label: str
    articles: int
    jobs: int
    wall: float  # the whole process, interpreter start and imports included
    run: float  # the scoring command alone, as timed inside the process
    parent_mb: float
    worker_mb: float  # the largest worker process; 0 without workers
    tree_pss_mb: float  # peak total PSS of the process and its workers, sampled (0 where /proc lacks it)
    parent_cpu: float  # CPU seconds (user + system) of the command's process, imports included
    worker_cpu: float  # CPU seconds of all its worker processes
    status: int


def shared_articles(limit: int) -> list[dict[str, object]]:
    """The shared datasets' articles, with only the fields the scorer reads and fresh ids."""
    out = []
    for name in DATASETS:
        for record in records(name):
            out.append({"id": f"{name}/{record['id']}", **{k: record.get(k) for k in FIELDS}})
    return out[:limit] if limit else out


def write_corpus(path: Path, articles: Iterator[dict[str, object]] | list[dict[str, object]]) -> int:
    """Write articles as JSONL; return how many."""
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for article in articles:
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
            count += 1
    return count


def synthetic(articles: list[dict[str, object]], megabytes: float) -> Iterator[dict[str, object]]:
    """The articles over and over under new ids, until about ``megabytes`` MB of JSONL."""
    target, written, n = megabytes * 1e6, 0, 0
    while written < target:
        for article in articles:
            record = {**article, "id": f"syn{n:08d}"}
            written += len(json.dumps(record, ensure_ascii=False).encode()) + 1
            n += 1
            yield record
            if written >= target:
                return


def measure(label: str, corpus: Path, articles: int, jobs: int, output: str) -> Figures:
    """Score a corpus in a fresh process; return its time and peak memory."""
    command = [sys.executable, str(Path(__file__).resolve()), CHILD, "score", str(corpus), "-o", output, "--output-format", "jsonl"]
    command += ["--jobs", str(jobs), "--quiet"]
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if not proc.stdout.strip():
        raise SystemExit(f"the run failed ({proc.returncode}): {proc.stderr[-2000:]}")
    child = json.loads(proc.stdout.strip().splitlines()[-1])
    return Figures(
        label, articles, jobs, wall, child["seconds"], child["self_kb"] / 1024, child["children_kb"] / 1024,
        child["tree_pss_mb"], child["self_cpu"], child["children_cpu"], child["status"],
    )


def _pss_kb(pid: int) -> int:
    """A process's proportional set size (shared pages split among their sharers), from /proc."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith("Pss:")), 0)
    except OSError:
        return 0


def tree_pss_mb(pid: int) -> float:
    """Total PSS of a process and its children (the worker processes), in MB; 0 without /proc."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
            children = [int(p) for p in fh.read().split()]
    except OSError:
        children = []
    return sum(_pss_kb(p) for p in (pid, *children)) / 1024


def sample_peak(pid: int, stop: threading.Event, peak: list[float], every: float = 0.25) -> None:
    """Keep in peak[0] the largest total PSS seen until stop is set."""
    while not stop.wait(every):
        peak[0] = max(peak[0], tree_pss_mb(pid))


def child(argv: list[str]) -> None:
    """The measured process: run the command, then print its time and peak memory as JSON."""
    sys.path.insert(0, str(ROOT))
    from sourcescore import cli

    stop, peak = threading.Event(), [0.0]
    sampler = threading.Thread(target=sample_peak, args=(os.getpid(), stop, peak), daemon=True)
    sampler.start()
    start = time.perf_counter()
    status = cli.main(argv)
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "seconds": seconds,
        "self_kb": own.ru_maxrss,  # KiB on Linux
        "children_kb": workers.ru_maxrss,  # the largest waited-for child
        "tree_pss_mb": peak[0],
        "self_cpu": own.ru_utime + own.ru_stime,
        "children_cpu": workers.ru_utime + workers.ru_stime,
        "status": status,
    }))


def report(rows: list[Figures]) -> None:
    """Print the table, and the speed-up of two jobs over one."""
    print(f"{'corpus':<28} {'articles':>9} {'jobs':>4} {'wall s':>8} {'run s':>8} {'art/s':>7} {'art/s run':>9} "
          f"{'parent MB':>9} {'worker MB':>9} {'PSS MB':>6} {'CPU s':>7} {'art/CPU-s':>9}")
    for r in rows:
        print(f"{r.label:<28} {r.articles:>9,} {r.jobs:>4} {r.wall:>8.1f} {r.run:>8.1f} {r.articles / r.wall:>7.0f} "
              f"{r.articles / r.run:>9.0f} {r.parent_mb:>9.0f} {r.worker_mb:>9.0f} {r.tree_pss_mb:>6.0f} "
              f"{r.parent_cpu + r.worker_cpu:>7.1f} {r.articles / (r.parent_cpu + r.worker_cpu):>9.0f}")
    rates = {r.jobs: r.articles / r.wall for r in rows if r.label.startswith("shared")}
    if 1 in rates and 2 in rates:
        print(f"speed-up, 2 jobs over 1 (wall): {rates[2] / rates[1]:.2f}x")
    print("wall: whole process (start, imports, scoring, writing); run: the scoring command alone;")
    print("CPU s: parent and workers together (what the articles cost, whatever else the machine runs).")
    print("parent MB, worker MB: peak RSS (getrusage) of the command's process and of its largest worker;")
    print("PSS MB: peak total proportional set size of the command and its workers, sampled every 0.25 s")
    print("(pages that fork shares are counted once); exit statuses:", sorted({r.status for r in rows}))


def main() -> None:
    """Build the corpora, run each configuration, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="job counts for the shared corpus")
    parser.add_argument("--limit", type=int, default=0, help="at most N shared articles (0: all)")
    parser.add_argument("--synthetic-mb", type=float, default=1024, help="size of the synthetic JSONL (0: skip)")
    parser.add_argument("--synthetic-jobs", type=int, default=2, help="jobs for the synthetic corpus")
    parser.add_argument("--tmp", help="folder for the temporary corpora (default: the system's)")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    articles = shared_articles(args.limit)
    rows: list[Figures] = []
    with tempfile.TemporaryDirectory(dir=args.tmp, prefix="sourcescore-bench-") as tmp:
        corpus = Path(tmp) / "shared.jsonl"
        count = write_corpus(corpus, articles)
        for jobs in args.jobs:
            rows.append(measure("shared (4 datasets)", corpus, count, jobs, str(Path(tmp) / f"out{jobs}.jsonl")))
            print(f"  done: shared, {jobs} job(s)", file=sys.stderr)
        if args.synthetic_mb > 0:
            big = Path(tmp) / "synthetic.jsonl"
            count = write_corpus(big, synthetic(articles, args.synthetic_mb))
            size = big.stat().st_size / 1e6
            label = f"synthetic {size:,.0f} MB"
            rows.append(measure(label, big, count, args.synthetic_jobs, os.devnull))
            print(f"  done: {label}", file=sys.stderr)
    report(rows)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == CHILD:
        child(sys.argv[2:])
    else:
        main()
