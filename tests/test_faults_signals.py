"""Issue #17 cases 6 and 7: Ctrl-C, SIGTERM and SIGKILL to a pooled run (the parent alone, or its process group) leave no
worker behind, never hang nor print a traceback, and --resume then yields exactly the rows of a clean run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOOD_TEXT = (ROOT / "examples" / "wire_report.txt").read_text(encoding="utf-8")
BAD_TEXT = (ROOT / "examples" / "vague_rewrite.txt").read_text(encoding="utf-8")

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")


def command(data: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "sourcescore.cli", "score", str(data), "-o", str(out), "--jobs", "2", "-q", *extra]


def start(argv: list[str]) -> subprocess.Popen[bytes]:
    """The run in its own process group (its workers join it), with Ctrl-C not ignored."""
    return subprocess.Popen(argv, cwd=ROOT, env=dict(os.environ), start_new_session=True, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)


def rows(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def wait_for_rows(proc: subprocess.Popen[bytes], out: Path, at_least: int, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while proc.poll() is None and rows(out) < at_least and time.monotonic() < deadline:
        time.sleep(0.01)


def group_gone(pgid: int, seconds: float = 5.0) -> bool:
    """Whether no process of the group is left (a worker of a killed parent dies with it)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def finish(proc: subprocess.Popen[bytes], seconds: float = 30, what: str = "") -> tuple[int, str]:
    try:
        proc.wait(seconds)
    except subprocess.TimeoutExpired:
        subprocess.run(["py-spy", "dump", "--pid", str(proc.pid)], check=False) if os.environ.get("SOURCESCORE_SPY") else None
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail(f"the run hung after {what}: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
    err = proc.stderr.read().decode()  # type: ignore[union-attr]
    proc.stderr.close()  # type: ignore[union-attr]
    return proc.returncode, err


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[bytes]]:
    """600 records (enough that no cycle below reaches the end, under load too) and the rows of a clean run over them."""
    folder = tmp_path_factory.mktemp("signals")
    data = folder / "c.jsonl"
    data.write_text("".join(json.dumps({"id": f"k{i:03d}", "text": GOOD_TEXT if i % 3 else BAD_TEXT}) + "\n" for i in range(600)), encoding="utf-8")
    clean = folder / "clean.jsonl"
    done = subprocess.run(command(data, clean), cwd=ROOT, env=dict(os.environ), capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    return data, clean.read_bytes().splitlines(keepends=True)


def test_repeated_ctrl_c_stops_at_once_without_a_traceback_or_a_worker_left(corpus: tuple[Path, list[bytes]], tmp_path: Path) -> None:
    data, _ = corpus
    out = tmp_path / "out.jsonl"
    proc = start(command(data, out))
    wait_for_rows(proc, out, 20)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    for _ in range(3):
        os.kill(proc.pid, signal.SIGINT)
        time.sleep(0.05)
    status, err = finish(proc, seconds=15)
    assert status == 130
    assert err.strip() == "sourcescore: stopped by SIGINT; an output file keeps the rows written so far (--resume finishes it)"
    assert group_gone(proc.pid)


def test_random_kills_to_the_parent_or_its_group_then_resume_give_the_clean_rows(corpus: tuple[Path, list[bytes]], tmp_path: Path) -> None:
    data, clean = corpus
    out = tmp_path / "out.jsonl"
    rng = random.Random(17)
    cycles = [(signum, group) for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL) for group in (False, True)]
    rng.shuffle(cycles)
    expected_status = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGKILL: -signal.SIGKILL}
    signalled = 0
    for signum, group in cycles:
        before = rows(out)
        proc = start(command(data, out, "--resume"))
        wait_for_rows(proc, out, before + 10)
        time.sleep(rng.uniform(0, 0.2))
        if proc.poll() is not None:
            finish(proc)
            break  # the corpus is done: nothing left to interrupt
        (os.killpg if group else os.kill)(proc.pid, signum)
        signalled += 1
        status, err = finish(proc, what=f"{signum.name} to the {'group' if group else 'parent'}")
        assert status == expected_status[signum], err
        assert "Traceback" not in err
        assert group_gone(proc.pid), f"a worker outlived {signum.name} to the {'group' if group else 'parent'}"
    assert signalled == len(cycles) == 6
    done = subprocess.run(command(data, out, "--resume"), cwd=ROOT, env=dict(os.environ), capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    assert out.read_bytes().splitlines(keepends=True) == clean
