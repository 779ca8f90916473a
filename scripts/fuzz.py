"""Fuzz sourcescore for a fixed time budget: the scorer and its report, the corpus reader and rows, the command line.

Run:  python scripts/fuzz.py [--seconds 120] [--target all|article|corpus|cli] [--engine atheris|hypothesis] [--max-len 8192] [--out DIR]

Targets (``all``, the default, shares the budget among them): ``article``, below; ``corpus`` and
``cli``, in ``scripts/fuzz_targets.py`` (JSONL and CSV bytes through the scoring and training
readers, the row writer and the resume reader; command lines built from bytes, run in-process,
which must end in an exit status of the README and no traceback).

Every input goes the way a file given to ``sourcescore score`` goes: bytes decoded as the CLI
decodes them (``scoring.records.decode``), then scored, then checked against the report contract
of ``tests/test_properties.py`` (``check_article``: score 0-100, spans equal to the text they
point at, contributions that add up, identical JSON on a second run, standard JSON), then
rendered as the CLI's summary and explanation. Anything else than a report or an InputError for
an empty or binary input is a crash.

Engines:

* ``atheris`` (coverage-guided libFuzzer over bytes; ``pip install atheris``): seeded with the
  examples, the labelled sample and pathological snippets, mutated for the budget. It runs in a
  child process; crashing inputs are saved to ``--out`` (and printed) and the run goes on.
* ``hypothesis`` (the default when atheris is not installed): the generated articles of
  ``tests/test_properties.py``, plus random bytes, in batches until the budget is spent.

It prints what it ran (engine, inputs tried, time) and each distinct crash with its traceback and
the file holding the input; the exit status is 1 when something crashed. Turn a crash into a
regression test in tests/test_robustness.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))  # test_properties: the report contract checks
TARGETS = ("article", "corpus", "cli")

DEFAULT_SECONDS = 120
DEFAULT_MAX_LEN = 8192
PER_INPUT_TIMEOUT = 20  # seconds: an input slower than this is reported as a hang (atheris)
PUBLISHED: tuple[date | None, ...] = (None, date(2025, 3, 28), date.min, date.max)
SEEDS: tuple[str, ...] = (
    "U.S. " * 200,
    "a, " * 300,
    "said said said " * 100,
    "according to " * 200,
    '"' * 500 + " said the mayor",
    " ".join(str(i) for i in range(500)),
    "Big Red Apple Green Tree " * 100,
    "<html><body><p>Police said 3 people died on Monday.</p><p>Experts say 40% agree.</p></body></html>",
    "Le ministre a d\u00e9clar\u00e9 mardi que 40 personnes sont mortes \u00e0 Paris, selon la police.",
    "Officials\u00a0said \u201cnearly 3,000\u201d troops left\u2026 in early 2024.\r\nExperts say 40% agree.\r",
    "On February 30, 2024 the mayor will say that 2025-13-45 was the day, last year, by late 2019.",
)


_TARGET = "all"


class Crash(Exception):
    """An input broke the contract: the message says how."""


def run_one(data: bytes, scorer: object) -> None:
    """Decode ``data`` as the CLI does, score it, check the report, render it; raise on a crash."""
    from sourcescore import cli
    from sourcescore.scoring import InputError
    from sourcescore.scoring.records import decode
    from test_properties import check_article

    try:
        text, _ = decode(data)
    except InputError:
        return  # binary, or a broken UTF-16 file: a clear error, as it should be
    published = PUBLISHED[len(data) % len(PUBLISHED)]
    report = check_article(scorer, text, published)  # type: ignore[arg-type]
    if report is None:
        return
    cli.format_summary("fuzz", report)
    cli.format_explanation("fuzz", report)


def _signature(exc: BaseException) -> str:
    """What makes two crashes the same: the exception type and where it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    last = frames[-1] if frames else None
    where = f"{Path(last.filename).name}:{last.lineno}" if last else "?"
    return f"{type(exc).__name__} at {where}"


def _save(out: Path, data: bytes, exc: BaseException) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"crash-{hashlib.sha256(data).hexdigest()[:16]}.bin"
    path.write_bytes(data)
    return path


def _recorder(out: Path) -> Callable[[bytes, BaseException], bool]:
    """Record a crash once per signature; True when it is new."""
    seen: set[str] = set()

    def record(data: bytes, exc: BaseException) -> bool:
        signature = _signature(exc)
        if signature in seen:
            return False
        seen.add(signature)
        path = _save(out, data, exc)
        print(f"\nCRASH {signature}: input saved to {path} ({len(data)} bytes)", flush=True)
        print("".join(traceback.format_exception(exc)).rstrip(), flush=True)
        return True

    return record


# -- atheris -----------------------------------------------------------------------------------------
def _seed_corpus(folder: Path) -> None:
    """Write the seed inputs: the examples, the labelled sample's articles and pathological snippets."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    sample = ROOT / "training_data" / "newsroom_sample.jsonl"
    texts += [json.loads(line)["text"] for line in sample.read_text(encoding="utf-8").splitlines()[:20]]
    texts += list(SEEDS)
    for i, text in enumerate(texts):
        (folder / f"seed-{i:03d}.txt").write_bytes(text.encode("utf-8"))
    (folder / "seed-utf16.txt").write_bytes(texts[0].encode("utf-16"))
    (folder / "seed-latin1.txt").write_bytes("Le ministre a dit \u00e0 Paris, police said.".encode("latin-1"))


def _atheris_child(seconds: int, max_len: int, out: Path, corpus: Path) -> None:
    """Run inside the child process: libFuzzer for ``seconds``, crashes recorded and survived."""
    import atheris

    with atheris.instrument_imports(include=["sourcescore"]):
        from sourcescore import cli  # noqa: F401
        from sourcescore.scoring import Scorer
    scorer = Scorer()
    record = _recorder(out)
    count = {"n": 0}

    import fuzz_targets

    chosen = TARGETS if _TARGET == "all" else (_TARGET,)

    def target(data: bytes) -> None:
        count["n"] += 1
        name = chosen[data[0] % len(chosen)] if data else chosen[0]
        try:
            if name == "article":
                run_one(data, scorer)
            else:
                (fuzz_targets.corpus_one if name == "corpus" else fuzz_targets.cli_one)(data[1:])
        except Exception as exc:  # noqa: BLE001 -- every crash is recorded, and the fuzzing goes on
            record(data, exc)

    argv = [
        sys.argv[0], str(corpus), f"-max_total_time={seconds}", f"-max_len={max_len}",
        f"-timeout={PER_INPUT_TIMEOUT}", "-rss_limit_mb=4096", "-print_final_stats=1",
        f"-artifact_prefix={out}/", "-close_fd_mask=0",
    ]
    atheris.Setup(argv, target)
    atheris.Fuzz()


def fuzz_atheris(seconds: int, max_len: int, out: Path) -> int:
    """Run libFuzzer in a child process; return the number of crash files it left."""
    with tempfile.TemporaryDirectory(prefix="sourcescore-fuzz-") as tmp:
        corpus = Path(tmp)
        _seed_corpus(corpus)
        seeds = len(list(corpus.iterdir()))
        print(f"engine: atheris (libFuzzer, coverage of features/, scoring/, cli.py); {seeds} seed inputs; "
              f"{seconds} s; inputs up to {max_len} bytes", flush=True)
        out.mkdir(parents=True, exist_ok=True)
        before = set(out.glob("*"))
        cmd = [sys.executable, __file__, "--child", str(seconds), "--max-len", str(max_len), "--out", str(out), "--target", _TARGET, str(corpus)]
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace", check=False)
    executed = "?"
    for line in proc.stdout.splitlines():
        if line.startswith("stat::number_of_executed_units:"):
            executed = line.split(":")[-1].strip()
        if line.startswith(("CRASH", "Traceback", "  ", "==", "SUMMARY", "MS:", "artifact_prefix")) or "Error" in line:
            print(line)
    new = sorted(set(out.glob("*")) - before)
    print(f"ran {executed} inputs in {seconds} s; libFuzzer exit status {proc.returncode}")
    if proc.returncode != 0 and not new:
        print(f"libFuzzer stopped with status {proc.returncode}; its last output:\n{proc.stdout[-3000:]}")
        return 1
    return len(new)


# -- hypothesis ---------------------------------------------------------------------------------------
def fuzz_hypothesis(seconds: int, max_len: int, out: Path) -> int:
    """Generated articles and random bytes in batches of examples until ``seconds`` are spent."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    import fuzz_targets
    from sourcescore.scoring import Scorer
    from test_properties import articles

    scorer = Scorer()
    record = _recorder(out)
    strategies = {
        "article": st.one_of(
            articles.map(lambda t: t.encode("utf-8", "surrogatepass")),
            st.binary(max_size=max_len),
            st.lists(articles, max_size=20).map(lambda ts: "\n\n".join(ts).encode("utf-8", "surrogatepass")),
        ),
        "corpus": fuzz_targets.corpus_inputs(max_len),
        "cli": fuzz_targets.cli_inputs(max_len),
    }
    runners = {"article": lambda data: run_one(data, scorer), "corpus": fuzz_targets.corpus_one, "cli": fuzz_targets.cli_one}
    chosen = TARGETS if _TARGET == "all" else (_TARGET,)
    tried, crashes, batches = 0, 0, 0
    per_target = dict.fromkeys(chosen, 0)
    print(f"engine: hypothesis (targets: {', '.join(chosen)}); {seconds} s", flush=True)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        name = chosen[batches % len(chosen)]
        batches += 1
        failing: dict[str, bytes] = {}

        @settings(max_examples=200 if name == "article" else 50, deadline=None, database=None, derandomize=False,
                  suppress_health_check=list(HealthCheck), report_multiple_bugs=False)
        @given(strategies[name])
        def batch(data: bytes) -> None:
            nonlocal tried
            tried += 1
            per_target[name] += 1
            data = data[:max_len]
            failing["data"] = data
            runners[name](data)

        try:
            batch()
        except Exception as exc:  # noqa: BLE001 -- hypothesis re-raises the shrunk failure
            crashes += record(failing.get("data", b""), exc)
    counts = ", ".join(f"{n:,} {name}" for name, n in per_target.items())
    print(f"ran {tried:,} inputs ({counts}; {batches} batches, shrinking included) in {seconds} s")
    return crashes


def main() -> int:
    """Parse the options, run the chosen engine for the budget, print the outcome."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=DEFAULT_SECONDS, help="time budget (default %(default)s)")
    parser.add_argument("--engine", choices=("atheris", "hypothesis"), help="default: atheris when installed")
    parser.add_argument("--max-len", type=int, default=DEFAULT_MAX_LEN, help="longest input in bytes")
    parser.add_argument("--out", type=Path, default=Path("fuzz-crashes"), help="where crashing inputs are saved")
    parser.add_argument("--target", choices=("all", *TARGETS), default="all", help="what to fuzz (default: all, sharing the budget)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    global _TARGET
    _TARGET = args.target
    if args.child is not None:
        _atheris_child(args.child, args.max_len, args.out.resolve(), Path(rest[0]))
        return 0
    engine = args.engine
    if engine is None:
        try:
            import atheris  # noqa: F401
        except ImportError:
            engine = "hypothesis"
        else:
            engine = "atheris"
    started = time.monotonic()
    out = args.out.resolve()
    crashes = (fuzz_atheris if engine == "atheris" else fuzz_hypothesis)(args.seconds, args.max_len, out)
    took = time.monotonic() - started
    if crashes:
        print(f"{crashes} distinct crash(es) in {took:.0f} s; inputs in {out}/")
        return 1
    print(f"no crash in {took:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
