"""Shared fixtures: the seed articles and the shared datasets, skipped only outside CI."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_GENUINE = "000_05bf85956880f1f9.txt"
SEED_FABRICATED = "004_388af7e0b7bc39d0.txt"
SEED_PUBLISHED = "2025-03-28"


def shared_path(*parts: str) -> Path:
    """Path under ../shared; skips the test when it is absent, except in CI where that is an error."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing, and CI must have ../shared beside the repository")
        pytest.skip(f"{path} not found: ../shared (seeds and datasets) is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def genuine_seed() -> str:
    """Seed 000: the genuine wire-style report."""
    return shared_path("seeds", SEED_GENUINE).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fabricated_seed() -> str:
    """Seed 004: the fabricated rewrite of seed 000."""
    return shared_path("seeds", SEED_FABRICATED).read_text(encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Call the CLI in-process; return (exit status, stdout, stderr)."""
    from sourcescore import cli

    try:
        status = cli.main([str(a) for a in argv])
    except SystemExit as exc:  # argparse usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py``, loaded as a module (the scripts are not a package)."""
    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
