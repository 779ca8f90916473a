"""Benchmark reading a resume state: peak RSS and seconds for an output of N synthetic rows, before vs after.

Run: python scripts/benchmark_resume.py [--rows 2000000] [--format jsonl|csv] [--keep DIR]

Writes an output file of --rows fake rows directly (summary rows with short ids like ``syn00000042``;
nothing is scored), then, each in a fresh process, reads it for ``--resume`` and skips --rows
synthetic input records with the same ids:

- before: the code up to commit 1a9206c (taken with ``git show``): every id in a Python set;
- after, in order: ``read_earlier``, then the earlier ids streamed alongside the input;
- after, reordered: the input in reverse order, so the ``DoneIds`` fallback holds every row.

Memory: peak RSS (getrusage, Linux KiB) of the process, and its RSS just before reading (imports
done), so the difference is what resume costs. Prints figures; checks only that every record was skipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BEFORE_COMMIT = "1a9206c"  # the last commit that kept the earlier ids in a set
CHILD = "--child"
MODES = ("before", "after-in-order", "after-reordered")
_MOVED = {
    "from scoring.corpus_progress import Tally": "from sourcescore.scoring.corpus import Tally",
    "from scoring.corpus_scoring import CSV_COLUMNS, Outcome": "from sourcescore.scoring.corpus import CSV_COLUMNS, Outcome",
    "from scoring.scorer import InputError": "from sourcescore.scoring.records import InputError",
}


def fake_rows(count: int) -> Iterator[dict[str, object]]:
    """Summary rows as a corpus run writes them, one error row in 50."""
    from sourcescore.scoring.corpus import CSV_COLUMNS

    for n in range(count):
        if n % 50 == 49:
            yield {**dict.fromkeys(CSV_COLUMNS), "id": f"syn{n:08d}", "error": f"corpus.jsonl:{n + 1}: field 'text' is missing or empty"}
        else:
            score = (n * 37) % 101
            band = "well sourced" if score >= 70 else "mixed" if score >= 40 else "poorly sourced"
            yield {"id": f"syn{n:08d}", "score": score, "band": band, "model_probability": 0.5123, "findings_high": 1,
                   "findings_medium": 2, "findings_low": 0, "findings_info": 3, "top_findings": "SRC101 SRC204",
                   "warnings": 0, "error": None}


def write_output(path: Path, kind: str, count: int) -> None:
    """An output file of ``count`` fake rows, as ``score -o FILE`` writes them."""
    from sourcescore.scoring.corpus import CSV_COLUMNS

    with path.open("w", encoding="utf-8", newline="") as fh:
        if kind == "csv":
            writer = csv.DictWriter(fh, CSV_COLUMNS, lineterminator="\n", extrasaction="ignore")
            writer.writeheader()
            writer.writerows(fake_rows(count))
        else:
            fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in fake_rows(count))


def old_corpus_output() -> types.ModuleType:
    """scoring/corpus_output.py as it was at BEFORE_COMMIT, loaded as a module."""
    source = subprocess.run(["git", "show", f"{BEFORE_COMMIT}:scoring/corpus_output.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    for before, now in _MOVED.items():  # its imports, from where those names live now
        source = source.replace(before, now)
    module = types.ModuleType("corpus_output_before")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{BEFORE_COMMIT}:scoring/corpus_output.py", "exec"), module.__dict__)  # noqa: S102
    return module


def child(mode: str, path: str, kind: str, count: int) -> None:
    """Read the resume state and skip every input record; print one JSON line of figures."""
    from sourcescore.scoring.corpus import Tally, read_earlier, skip_done
    from sourcescore.scoring.records import Item

    old = old_corpus_output() if mode == "before" else None
    order = range(count - 1, -1, -1) if mode == "after-reordered" else range(count)
    items = (Item(f"syn{n:08d}", "", "x") for n in order)
    base_kb = _rss_kb()
    start = time.perf_counter()
    tally = Tally()
    if old is not None:
        earlier = old.read_earlier(path, kind)
        kept = sum(1 for item in items if item.id not in earlier.ids)  # the loop of the former _skip_done
        tally.skipped = count - kept
    else:
        earlier = read_earlier(path, kind)
        done = earlier.ids()
        kept = sum(1 for _ in skip_done(items, done, tally))
        done.close()
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"mode": mode, "base_kb": base_kb, "peak_kb": peak_kb, "seconds": seconds, "kept": kept,
                      "skipped": tally.skipped, "earlier_rows": earlier.tally.processed}))


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main() -> None:
    """Write the synthetic output, measure each mode in a fresh process, print a table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--keep", type=Path, help="write the output file here (else a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = (args.keep or Path(tmp)) / f"resume_bench.{args.format}"
        start = time.perf_counter()
        write_output(path, args.format, args.rows)
        print(f"{args.rows:,} rows, {path.stat().st_size / 1e6:,.0f} MB of {args.format}, written in {time.perf_counter() - start:.0f} s")
        print(f"{'mode':<18} {'RSS before reading':>19} {'peak RSS':>9} {'growth':>8} {'seconds':>8}  skipped")
        for mode in MODES:
            out = subprocess.run([sys.executable, __file__, CHILD, mode, str(path), args.format, str(args.rows)],
                                 check=True, capture_output=True, text=True).stdout
            f = json.loads(out.splitlines()[-1])
            assert f["skipped"] == args.rows and f["kept"] == 0 and f["earlier_rows"] == args.rows, f
            print(f"{mode:<18} {f['base_kb'] / 1024:>16.0f} MB {f['peak_kb'] / 1024:>6.0f} MB "
                  f"{(f['peak_kb'] - f['base_kb']) / 1024:>5.0f} MB {f['seconds']:>8.1f}  {f['skipped']:,}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == CHILD:
        child(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        main()
