"""Relative cost checks: 10x the input must cost well under 100x the time (no absolute limits).

Times are this process's CPU time, so other processes on a busy machine do not skew the ratio.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

GROWTH = 10
MAX_RATIO = 40.0  # linear is ~10; quadratic is ~100


def _best_time(fn: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def assert_linear(run: Callable[[str], object], make: Callable[[int], str], size: int) -> None:
    """Assert ``run(make(GROWTH * size))`` costs less than MAX_RATIO times ``run(make(size))``."""
    run(make(max(1, size // 100)))  # lazy loads (word lists, dictionaries) before timing
    small, large = make(size), make(GROWTH * size)
    gc.collect()
    gc.disable()  # a collection landing in one measurement would skew the ratio
    try:
        # One cold run each: a per-word cache warmed by repeating the small input would flatter it.
        t_small = max(_best_time(lambda: run(small), repeats=1), 2e-3)
        t_large = _best_time(lambda: run(large), repeats=1)
    finally:
        gc.enable()
    ratio = t_large / t_small
    assert ratio < MAX_RATIO, f"10x input took {ratio:.0f}x the time ({t_small:.4f}s -> {t_large:.4f}s)"
