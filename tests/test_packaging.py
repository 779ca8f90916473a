"""The installed distribution is one package, `sourcescore`, that generic names around it cannot shadow.

The wheel is built from this checkout without network (setuptools from the test extra), inspected,
and installed without dependencies into a fresh virtual environment that sees this environment's
packages (numpy, textstat, ...). Another distribution that ships top-level ``cli``, ``features``
and ``scoring`` modules is installed beside it, and the ``sourcescore`` command still runs ours.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

import sourcescore

REPO = Path(__file__).resolve().parents[1]
PACKAGE_FOLDERS = ("features", "scoring", "service", "models", "schemas", "training_data")
ARTICLE = (
    "Mayor Helen Okafor said the Riverton council approved the flood plan on Tuesday. "
    "\u201cThis is the largest investment the city has made,\u201d she told reporters.\n"
)
# What a careless other distribution puts at the top of site-packages.
SHADOWS = {
    "cli.py": "def main():\n    print('OTHER TOOL')\n    return 0\n",
    "features.py": "raise ImportError('the wrong features module')\n",
    "scoring.py": "raise ImportError('the wrong scoring module')\n",
}


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(args, cwd=cwd, env={**clean, **(env or {})}, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from this checkout."""
    out = tmp_path_factory.mktemp("wheel")
    # A copy without build leftovers: setuptools builds in the source tree, and a stale build/
    # folder would put modules deleted since into the wheel.
    source = tmp_path_factory.mktemp("source") / "checkout"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", ".*cache"))
    build = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(out), str(source)],
        cwd=out,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (path,) = out.glob("sourcescore-*.whl")
    return path


def test_the_wheel_holds_one_top_level_package_with_every_module_and_its_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"sourcescore", f"sourcescore-{sourcescore.__version__}.dist-info"}
    expected = {"sourcescore/__init__.py", "sourcescore/cli.py", "sourcescore/py.typed"}
    for folder in PACKAGE_FOLDERS:
        expected |= {f"sourcescore/{p.relative_to(REPO).as_posix()}" for p in (REPO / folder).rglob("*.py")}
    missing = sorted(expected - set(names))
    assert missing == [], f"modules missing from the wheel (list their packages in pyproject.toml): {missing}"
    extra = sorted(n for n in names if n.endswith(".py") and n not in expected)
    assert extra == [], f"modules in the wheel that the checkout does not have: {extra}"
    for data in ("models/default/model.json", "models/default/model_card.json", "training_data/default_features.jsonl.gz",
                 "training_data/newsroom_sample.jsonl", "schemas/report.schema.json", "schemas/compare.schema.json"):
        assert f"sourcescore/{data}" in names
    assert not [n for n in names if n.startswith(("sourcescore/tests/", "sourcescore/scripts/"))]


def test_generic_top_level_modules_beside_it_change_nothing(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], tmp_path).stdout.strip())
    # Shadow the editable install of this checkout, so the wheel is what the venv imports.
    installed = _run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(site), str(wheel)],
                     tmp_path)
    assert installed.returncode == 0, installed.stderr[-3000:]
    for name, code in SHADOWS.items():
        (site / name).write_text(code, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    workdir = tmp_path / "newsroom"  # a working folder with its own features.py and scoring.py
    workdir.mkdir()
    for name, code in SHADOWS.items():
        (workdir / name).write_text(code, encoding="utf-8")

    where = _run([str(python), "-c", "import sourcescore; print(sourcescore.__file__, sourcescore.__version__)"], workdir)
    assert where.returncode == 0, where.stderr
    assert where.stdout.split() == [str(site / "sourcescore" / "__init__.py"), sourcescore.__version__]
    scored = _run([str(python), "-m", "sourcescore.cli", "score", str(article), "--format", "json"], workdir)
    assert scored.returncode == 0, scored.stderr
    # The row read as JSON (orjson writes it without spaces, the json module with them).
    assert "OTHER TOOL" not in scored.stdout and json.loads(scored.stdout)["schema"] == "sourcescore.report/1"
    schema = _run([str(python), "-m", "sourcescore.cli", "schema", "report"], workdir)  # bundled data, read from the wheel
    assert schema.returncode == 0 and json.loads(schema.stdout)["title"] == "sourcescore.report/1", schema.stderr
    version = _run([str(python), "-m", "sourcescore.cli", "--version"], workdir)
    assert version.stdout.strip() == f"sourcescore {sourcescore.__version__}"


def test_library_names_and_version() -> None:
    from sourcescore import InputError, ModelError, Report, Scorer, score_article  # noqa: F401

    assert sourcescore.rules.RULES and sourcescore.training.train is sourcescore.train
    assert sourcescore.__version__.count(".") == 2
    assert (REPO / "py.typed").is_file()
