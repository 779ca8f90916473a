"""JSON Schemas (draft 2020-12) of the report and comparison contracts, bundled with the package.

``load("report")`` is ``sourcescore.report/1`` (``Report.to_dict()``, the rows of ``sourcescore score
--format json``); ``load("compare")`` is ``sourcescore.compare/1`` (``Comparison.to_dict()``, the rows of
``sourcescore compare --pairs``), which holds a copy of the report schema so that it stands alone.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

NAMES = ("report", "compare")


def text(name: str) -> str:
    """The schema ``name`` (report or compare) as the JSON text of its bundled file."""
    if name not in NAMES:
        raise ValueError(f"unknown schema {name!r}: expected one of {', '.join(NAMES)}")
    return files("sourcescore.schemas").joinpath(f"{name}.schema.json").read_text(encoding="utf-8")


def load(name: str) -> dict[str, Any]:
    """The schema ``name`` (report or compare) as a dict, ready for a JSON Schema validator."""
    return json.loads(text(name))


__all__ = ["NAMES", "load", "text"]
