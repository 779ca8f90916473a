"""Settings from pyproject.toml [tool.sourcescore] (or --config FILE): found upwards, overridden by flags, errors exact."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import run
from sourcescore import cli

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "examples" / "wire_report.txt"
BAD = ROOT / "examples" / "vague_rewrite.txt"


def usage_error(command: str) -> str:
    """How a usage error of ``command`` starts (argparse: the command's own prog)."""
    return f"sourcescore {command}: error: "


class Captured(Exception):
    """Raised by the stand-in corpus run with the CorpusRun the score command built."""




def captured_run(monkeypatch: pytest.MonkeyPatch, *argv: str) -> object:
    """The CorpusRun that `sourcescore score ...` would run (nothing is scored)."""

    def stand_in(run: object) -> None:
        raise Captured(run)

    monkeypatch.setattr(cli, "score_corpus", stand_in)
    with pytest.raises(Captured) as caught:
        cli.main(list(argv))
    return caught.value.args[0]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (a git checkout) whose pyproject.toml is written by the test; cwd is a folder two levels down."""
    root = tmp_path.resolve() / "project"
    (root / ".git").mkdir(parents=True)
    (root / "docs" / "drafts").mkdir(parents=True)
    monkeypatch.chdir(root / "docs" / "drafts")
    return root


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_nearest_pyproject_with_the_table_is_found_upwards(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    write(project / "pyproject.toml", '[project]\nname = "desk"\n\n[tool.sourcescore]\nignore = ["src103", "SRC3"]\nfail-under = 60\njobs = 2\n')
    write(project / "docs" / "pyproject.toml", '[project]\nname = "docs"\n')  # nearer, but no [tool.sourcescore]: skipped, as ruff does
    status, out, err = run(capsys, "config")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"# {project / 'pyproject.toml'} [tool.sourcescore]",
        'ignore = ["SRC103", "SRC3"]',
        "fail-under = 60.0",
        "jobs = 2",
        "# model: not set",
    ]


def test_the_search_stops_at_the_checkout_root(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    write(project.parent / "pyproject.toml", "[tool.sourcescore]\nfail-under = 90\n")  # above the folder holding .git
    status, out, _ = run(capsys, "config")
    assert status == 0
    assert out == f"# no configuration file: no pyproject.toml with a [tool.sourcescore] table from {project / 'docs' / 'drafts'} upwards\n"
    assert run(capsys, "score", str(BAD), "-q")[0] == 0


def test_file_settings_apply_and_the_command_line_overrides_them(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    write(project / "pyproject.toml", '[tool.sourcescore]\nfail-under = 90\nignore = ["SRC201"]\n')
    status, out, err = run(capsys, "score", str(BAD), "--format", "json")
    assert status == 1  # the file's fail-under
    assert "SRC201" not in {f["code"] for f in json.loads(out)["findings"]}
    where = f"{project / 'pyproject.toml'} [tool.sourcescore]"
    assert err.splitlines()[0] == f'sourcescore: settings from {where}: ignore = ["SRC201"]; fail-under = 90.0'
    status, out, err = run(capsys, "score", str(BAD), "--format", "json", "--fail-under", "0", "--ignore", "SRC402")
    assert status == 0
    codes = {f["code"] for f in json.loads(out)["findings"]}
    assert "SRC201" in codes and "SRC402" not in codes  # --ignore replaces the file's list
    assert err.splitlines()[0] == (f'sourcescore: settings from {where}: ignore = ["SRC201"] (the command line\'s wins); '
                                   "fail-under = 90.0 (the command line's wins)")
    status, out, err = run(capsys, "score", str(BAD), "--format", "json", "--no-config", "-q")
    assert (status, err) == (0, "")
    assert "SRC201" in {f["code"] for f in json.loads(out)["findings"]}


def test_jobs_and_fail_under_reach_the_corpus_run(monkeypatch: pytest.MonkeyPatch, project: Path) -> None:
    write(project / "pyproject.toml", '[tool.sourcescore]\njobs = 3\nfail-under = 55.5\nignore = ["SRC3"]\n')
    run_ = captured_run(monkeypatch, "score", str(GOOD), "-q")
    assert (run_.jobs, run_.fail_under, run_.options.ignore) == (3, 55.5, ("SRC3",))  # type: ignore[attr-defined]
    run_ = captured_run(monkeypatch, "score", str(GOOD), "-q", "--jobs", "1", "--fail-under", "0")
    assert (run_.jobs, run_.fail_under, run_.options.ignore) == (1, 0.0, ("SRC3",))  # type: ignore[attr-defined]
    run_ = captured_run(monkeypatch, "score", str(GOOD), "-q", "--no-config")
    assert (run_.jobs, run_.fail_under, run_.options.ignore) == (None, None, ())  # type: ignore[attr-defined]


def test_explain_takes_ignore_and_model_but_not_the_gate(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    write(project / "pyproject.toml", '[tool.sourcescore]\nfail-under = 99\njobs = 2\nignore = ["SRC201"]\n')
    status, out, err = run(capsys, "explain", str(BAD))
    assert status == 0 and "SRC201" not in out and "SRC402" in out
    assert err == f'sourcescore: settings from {project / "pyproject.toml"} [tool.sourcescore]: ignore = ["SRC201"]\n'


def test_a_relative_model_path_is_resolved_against_the_file(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    shutil.copytree(ROOT / "models" / "default", project / "models" / "mine")
    write(project / "pyproject.toml", '[tool.sourcescore]\nmodel = "models/mine"\n')
    assert run(capsys, "config")[1].splitlines()[1] == f'model = "{project / "models" / "mine"}"'
    status, out, _ = run(capsys, "score", str(GOOD), "--format", "json", "-q")
    _, default, _ = run(capsys, "score", str(GOOD), "--format", "json", "-q", "--no-config")
    assert status == 0 and json.loads(out)["score"] == json.loads(default)["score"]
    write(project / "pyproject.toml", '[tool.sourcescore]\nmodel = "models/gone"\n')
    status, _, err = run(capsys, "score", str(GOOD), "-q")
    gone = project / "models" / "gone"
    assert status == 2
    assert err.splitlines()[-1] == f"{usage_error('score')}{gone}: no model.json here; train one with `sourcescore train DATA -o {gone}`"
    assert run(capsys, "score", str(GOOD), "-q", "--model", str(ROOT / "models" / "default"))[0] == 0  # the flag wins


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("[tool.sourcescore]\nfail-under = 60\nfail-under = 70\n", "not valid TOML: Cannot overwrite a value (at line 3, column 16)"),
        ("[tool.sourcescore\n", "not valid TOML: Expected ']' at the end of a table declaration (at line 1, column 18)"),
        ("[tool.sourcescore]\nfail_under = 60\n", "[tool.sourcescore] unknown key 'fail_under'; did you mean 'fail-under'? known keys: ignore, fail-under, model, jobs"),
        ("[tool.sourcescore]\ncolour = true\n", "[tool.sourcescore] unknown key 'colour'; known keys: ignore, fail-under, model, jobs"),
        ("[tool.sourcescore]\nfail-under = \"60\"\n", "[tool.sourcescore] fail-under: expected a number from 0 to 100, got a string ('60')"),
        ("[tool.sourcescore]\nfail-under = 160\n", "[tool.sourcescore] fail-under: expected a number from 0 to 100, got an integer (160)"),
        ("[tool.sourcescore]\nfail-under = -0.5\n", "[tool.sourcescore] fail-under: expected a number from 0 to 100, got a number (-0.5)"),
        ("[tool.sourcescore]\nfail-under = nan\n", "[tool.sourcescore] fail-under: expected a number from 0 to 100, got a number (nan)"),
        ("[tool.sourcescore]\nfail-under = true\n", "[tool.sourcescore] fail-under: expected a number from 0 to 100, got a boolean (True)"),
        ("[tool.sourcescore]\njobs = 0\n", "[tool.sourcescore] jobs: expected an integer >= 1, got an integer (0)"),
        ("[tool.sourcescore]\njobs = 2.0\n", "[tool.sourcescore] jobs: expected an integer >= 1, got a number (2.0)"),
        ("[tool.sourcescore]\nignore = \"SRC103\"\n", "[tool.sourcescore] ignore: expected a list of rule codes or prefixes (strings), got a string ('SRC103')"),
        ("[tool.sourcescore]\nignore = [\"SRC103\", 4]\n", "[tool.sourcescore] ignore: expected a list of rule codes or prefixes (strings), got a list"),
        ("[tool.sourcescore]\nignore = [\"SRC999\"]\n", "[tool.sourcescore] ignore: unknown rule code(s) SRC999; `sourcescore rules` lists them"),
        ("[tool.sourcescore]\nmodel = 3\n", "[tool.sourcescore] model: expected a path to a model directory (a string), got an integer (3)"),
        ("[tool.sourcescore]\nmodel = \"\"\n", "[tool.sourcescore] model: expected a path to a model directory (a string), got a string ('')"),
        ("[tool]\nsourcescore = 3\n", "[tool.sourcescore] must be a table, not an integer (3)"),
    ],
)
def test_each_error_in_the_file_is_a_usage_error_naming_file_and_key(
    capsys: pytest.CaptureFixture[str], project: Path, table: str, message: str
) -> None:
    path = write(project / "pyproject.toml", table)
    for command in (["score", str(GOOD)], ["explain", str(GOOD)], ["config"]):
        status, out, err = run(capsys, *command)
        assert (status, out) == (2, "")
        assert err.splitlines()[-1] == f"{usage_error(command[0])}{path}: {message}"
        assert "Traceback" not in err


def test_config_names_a_file_explicitly(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    write(project / "pyproject.toml", "[tool.sourcescore]\nfail-under = 99\n")
    own = write(project / "sourcescore.toml", 'fail-under = 0\nignore = ["SRC4"]\n')  # the same keys, at top level
    status, out, _ = run(capsys, "config", "--config", str(own))
    assert (status, out.splitlines()) == (0, [f"# {own}", 'ignore = ["SRC4"]', "fail-under = 0.0", "# model: not set", "# jobs: not set"])
    assert run(capsys, "score", str(BAD), "-q", "--config", str(own))[0] == 0  # not the nearer pyproject's 99
    other = write(project / "docs" / "pyproject.toml", "[tool.sourcescore]\nfail-under = 95\n")
    assert run(capsys, "score", str(GOOD), "-q", "--config", "../pyproject.toml")[0] == 1  # relative to the current folder
    assert run(capsys, "config", "--no-config")[1] == "# no configuration file: --no-config\n"
    status, _, err = run(capsys, "config", "--config", str(other), "--no-config")
    assert status == 2 and err.splitlines()[-1] == f"sourcescore config: error: argument --no-config: not allowed with argument --config"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("missing.toml", None, "no such file"),
        ("pyproject.toml", '[project]\nname = "x"\n', "no [tool.sourcescore] table"),
        ("sourcescore.toml", "[tool.sourcescore]\njobs = 2\n", "unknown key 'tool'; known keys: ignore, fail-under, model, jobs"),
        ("sourcescore.toml", "jobs = -1\n", "jobs: expected an integer >= 1, got an integer (-1)"),
    ],
)
def test_errors_in_a_named_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, project: Path, name: str, text: str | None, message: str) -> None:
    path = tmp_path.resolve() / "elsewhere" / name
    path.parent.mkdir()
    if text is not None:
        write(path, text)
    status, out, err = run(capsys, "score", str(GOOD), "--config", str(path))
    assert (status, out) == (2, "")
    assert err.splitlines()[-1] == f"{usage_error('score')}{path}: {message}"


def test_compare_takes_ignore_and_model_and_jobs_only_with_pairs(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    write(project / "pyproject.toml", '[tool.sourcescore]\njobs = 2\nignore = ["SRC201"]\nfail-under = 99\n')
    status, out, err = run(capsys, "compare", str(GOOD), str(BAD), "--format", "json")
    assert status == 0  # the file's jobs is not an error without --pairs, as --jobs would be
    derived = json.loads(out)["derived"]
    assert "SRC201" not in {f["code"] for f in derived["findings"]}
    assert err == f'sourcescore: settings from {project / "pyproject.toml"} [tool.sourcescore]: ignore = ["SRC201"]\n'
