"""JSON text of the rows a corpus run writes: orjson where it is installed (ten times faster), else the json module.

Both give text that ``json.loads`` reads back to the same data: orjson's is compact (no space after
``:`` and ``,``) and may spell a float otherwise (``1e-05`` as ``1e-5``), never with another value.
Whatever orjson would write differently from ``json.dumps(data, ensure_ascii=False)``, or cannot
write, goes to the json module instead, which then writes (or refuses) it as before:

- a float that is not finite (orjson writes ``null``, json ``NaN``): :func:`dumps` is told by its
  caller which floats to check (a report's features: every other float of a report is derived
  from them or a constant);
- a str with a lone surrogate, an int beyond 64 bits, a non-str key (orjson raises);
- a subclass of str, int, dict or list, a dataclass, a date, an enum member or anything else that is
  not plain JSON data (passed to ``default``, which refuses it; an enum member is written by
  orjson as its value, and only reports' plain data comes here).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a declared dependency; the json module is the fallback
    orjson = None  # type: ignore[assignment]

_STDLIB = json.JSONEncoder(ensure_ascii=False)  # what json.dumps(data, ensure_ascii=False) uses, built once
_OPTIONS = (
    0 if orjson is None
    else orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_SUBCLASS
)


def _refuse(obj: object) -> object:
    """orjson's ``default``: anything it does not write as plain JSON data goes to the json module."""
    raise TypeError(type(obj).__name__)


def dumps(data: Any, floats: Iterable[float] = ()) -> str:
    """``data`` as one line of JSON text (see the module docstring); ``floats``: values that must be finite for orjson."""
    if orjson is not None and math.isfinite(sum(floats)):  # NaN and infinities make the sum non-finite
        try:
            return orjson.dumps(data, default=_refuse, option=_OPTIONS).decode()
        except TypeError:  # orjson.JSONEncodeError is one
            pass
    return _STDLIB.encode(data)


def stdlib_dumps(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False)``: what :func:`dumps` falls back to."""
    return _STDLIB.encode(data)
