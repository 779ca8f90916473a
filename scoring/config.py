"""Settings from a file: ``[tool.sourcescore]`` in the nearest pyproject.toml, or a sourcescore.toml.

The nearest pyproject.toml holding a ``[tool.sourcescore]`` table is searched from the current folder
upwards, as ruff does; the search stops at the filesystem root or at a folder holding ``.git``.
Keys: ``ignore`` (rule codes or prefixes), ``fail-under`` (0-100), ``model`` (a path, relative to the
file's folder), ``jobs`` (>= 1). Options given on the command line override the file's.
"""

from __future__ import annotations

import argparse
import difflib
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .rules import select as select_rules

PYPROJECT = "pyproject.toml"
TABLE = "[tool.sourcescore]"
KEYS = ("ignore", "fail-under", "model", "jobs")


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    """The settings a file gives (None: not set) and where they come from (path None: no file)."""

    path: Path | None = None
    ignore: tuple[str, ...] | None = None
    fail_under: float | None = None
    model: str | None = None
    jobs: int | None = None

    @property
    def where(self) -> str:
        """The file and, for a pyproject.toml, its table."""
        if self.path is None:
            return "no configuration file"
        return f"{self.path} {TABLE}" if self.path.name == PYPROJECT else str(self.path)

    def values(self) -> dict[str, object]:
        """The keys the file sets, in KEYS order, as TOML spells them."""
        raw = {"ignore": self.ignore, "fail-under": self.fail_under, "model": self.model, "jobs": self.jobs}
        return {k: list(v) if isinstance(v, tuple) else v for k, v in raw.items() if v is not None}


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml with a [tool.sourcescore] table, from ``start`` upwards (None: none)."""
    folder = start.resolve()
    while True:
        candidate = folder / PYPROJECT
        if candidate.is_file():
            tool = _read(candidate).get("tool")
            if isinstance(tool, dict) and "sourcescore" in tool:
                return candidate
        if (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent


def load(path: str | Path) -> Config:
    """The settings of ``path``: a pyproject.toml's [tool.sourcescore] table, or any other TOML file's top level."""
    path = Path(os.path.abspath(path))
    if not path.is_file():
        raise ConfigError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    data = _read(path)
    if path.name == PYPROJECT:
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "sourcescore" not in tool:
            raise ConfigError(f"{path}: no {TABLE} table")
        data = tool["sourcescore"]
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: {TABLE} must be a table, not {_shown(data)}")
    return _parse(path, data)


def discover(start: Path | None = None) -> Config:
    """The settings of the nearest pyproject.toml with a [tool.sourcescore] table (an empty Config: none)."""
    found = find_pyproject(Path.cwd() if start is None else start)
    return Config() if found is None else load(found)


def _read(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _shown(value: object) -> str:
    kind = {bool: "a boolean", str: "a string", int: "an integer", float: "a number", list: "a list", dict: "a table"}
    name = kind.get(type(value), type(value).__name__)
    return f"{name} ({value!r})" if isinstance(value, (bool, str, int, float)) else name


def _parse(path: Path, data: dict[str, object]) -> Config:
    prefix = f"{path}: {TABLE + ' ' if path.name == PYPROJECT else ''}"
    for key in data:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise ConfigError(f"{prefix}unknown key '{key}'; {hint}known keys: {', '.join(KEYS)}")

    def bad(key: str, expected: str) -> ConfigError:
        return ConfigError(f"{prefix}{key}: expected {expected}, got {_shown(data[key])}")

    ignore = data.get("ignore")
    if ignore is not None:
        if not isinstance(ignore, list) or not all(isinstance(c, str) and c.strip() for c in ignore):
            raise bad("ignore", "a list of rule codes or prefixes (strings)")
        ignore = tuple(c.strip().upper() for c in ignore)
        unknown = select_rules(ignore)[1]
        if unknown:
            raise ConfigError(f"{prefix}ignore: unknown rule code(s) {', '.join(sorted(unknown))}; `sourcescore rules` lists them")
    fail_under = data.get("fail-under")
    if fail_under is not None:
        if isinstance(fail_under, bool) or not isinstance(fail_under, (int, float)) or not (0 <= fail_under <= 100):
            raise bad("fail-under", "a number from 0 to 100")
        fail_under = float(fail_under)
    model = data.get("model")
    if model is not None:
        if not isinstance(model, str) or not model.strip():
            raise bad("model", "a path to a model directory (a string)")
        model = os.path.normpath(path.parent / Path(model).expanduser())
    jobs = data.get("jobs")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise bad("jobs", "an integer >= 1")
    return Config(path, ignore, fail_under, model, jobs)  # type: ignore[arg-type]


def add_options(parser: argparse.ArgumentParser) -> None:
    """``--config PATH`` and ``--no-config`` on a command that reads the settings."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--config", metavar="PATH", help="read settings from this pyproject.toml ([tool.sourcescore]) or sourcescore.toml "
                       "(default: the nearest pyproject.toml with [tool.sourcescore], from here upwards)")
    group.add_argument("--no-config", action="store_true", help="read no configuration file")


def resolve(args: argparse.Namespace) -> Config:
    """The file ``args`` names or the nearest one (none with --no-config); raises ConfigError."""
    if getattr(args, "no_config", False):
        return Config()
    return load(args.config) if getattr(args, "config", None) else discover()


def apply(args: argparse.Namespace) -> tuple[Config, dict[str, str]]:
    """Fill the options of ``args`` not given on the command line from the configuration file.

    Returns the file's settings and, for each key it sets that this command uses, where the value in
    effect comes from: ``"file"`` or ``"command line"``.
    """
    config = resolve(args)
    given = {"ignore": args.ignore or None, "model": args.model}
    if args.command == "score":
        given["fail-under"] = args.fail_under
    if args.command == "score" or (args.command == "compare" and args.pairs is not None):
        given["jobs"] = args.jobs
    origins: dict[str, str] = {}
    for key, value in config.values().items():
        if key not in given:
            continue
        origins[key] = "file" if given[key] is None else "command line"
        if given[key] is None:
            setattr(args, key.replace("-", "_"), [",".join(config.ignore or ())] if key == "ignore" else value)
    return config, origins


def note(config: Config, origins: dict[str, str]) -> str | None:
    """The stderr line naming the file in effect and what it sets for this command (None: no file)."""
    if config.path is None:
        return None
    values = config.values()
    parts = [f"{k} = {_toml(values[k])}" + (" (the command line's wins)" if how == "command line" else "") for k, how in origins.items()]
    return f"sourcescore: settings from {config.where}: {'; '.join(parts) or 'none this command uses'}"


def _toml(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def show(config: Config, args: argparse.Namespace) -> str:
    """The file's settings as TOML, headed by where they come from (`sourcescore config`)."""
    if config.path is None:
        why = "--no-config" if args.no_config else f"no pyproject.toml with a {TABLE} table from {Path.cwd()} upwards"
        return f"# no configuration file: {why}"
    lines = [f"# {config.where}"]
    lines += [f"{k} = {_toml(v)}" for k, v in config.values().items()]
    lines += [f"# {k}: not set" for k in KEYS if k not in config.values()]
    return "\n".join(lines)
