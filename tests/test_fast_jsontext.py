"""The corpus rows' JSON text (orjson, else the json module) reads back as json.dumps(row, ensure_ascii=False) does."""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass
from datetime import date

import pytest

from sourcescore.scoring import Scorer
from sourcescore.scoring.corpus import jsontext, output
from sourcescore.scoring.corpus.rows import render, render_error

# Characters a report's strings hold: ASCII, quotes and backslashes, control characters (escaped),
# Latin-1, CJK, an emoji (outside the BMP), the line and paragraph separators, a BOM.
ALPHABET = 'abc XYZ 09"\\/\'\n\r\t\b\f\x00\x1f\x7f\u00e9\u00ff\u4e2d\U0001f600\u2028\u2029\ufeff'


def _stdlib(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


def _same_data(text: str, data: object) -> bool:
    """``text`` reads back to what json.dumps writes for ``data``, byte for byte once written again."""
    return _stdlib(json.loads(text)) == _stdlib(data)


def _random_float(rng: random.Random) -> float:
    kind = rng.randrange(6)
    if kind == 0:
        return float(rng.randrange(-1000, 1000))
    if kind == 1:
        return round(rng.uniform(-100, 100), rng.randrange(7))
    if kind == 2:
        return rng.uniform(-1, 1) * 10.0 ** rng.randrange(-30, 30)
    if kind == 3:
        return rng.choice([0.0, -0.0, 1e-5, 1e16, 1e22, 5e-324, 1.7976931348623157e308, 0.1 + 0.2])
    if kind == 4:
        return math.log(rng.randrange(1, 10**6))
    return rng.random()


def _random_data(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(8 if depth < 4 else 5)
    if kind == 0:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(12)))
    if kind == 1:
        return rng.choice([rng.randrange(-(2**63), 2**63), rng.randrange(-10, 10000)])
    if kind == 2:
        return _random_float(rng)
    if kind == 3:
        return rng.choice([None, True, False])
    if kind == 4:
        return ""
    if kind == 5:
        return [_random_data(rng, depth + 1) for _ in range(rng.randrange(5))]
    if kind == 6:
        return tuple(_random_data(rng, depth + 1) for _ in range(rng.randrange(3)))
    return {"".join(rng.choice(ALPHABET) for _ in range(rng.randrange(6))): _random_data(rng, depth + 1) for _ in range(rng.randrange(6))}


@pytest.mark.parametrize("seed", range(4))
def test_dumps_reads_back_as_json_dumps_on_random_data(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1500):
        data = _random_data(rng)
        text = jsontext.dumps(data)
        assert "\n" not in text and _same_data(text, data), data


@pytest.mark.parametrize(
    "data",
    [
        {"s": "lone \ud800 surrogate"},  # orjson refuses it
        {"n": 2**70},  # beyond 64 bits
        {1: "non-str key"},
        {"d": date(2025, 6, 10)},  # json refuses it too: the same error
        {"s": type("Text", (str,), {})("a str subclass")},
    ],
)
def test_what_orjson_cannot_write_alike_goes_to_the_json_module(data: dict[str, object]) -> None:
    try:
        expected = _stdlib(data)
    except TypeError as exc:
        with pytest.raises(TypeError, match=str(exc)):
            jsontext.dumps(data)
    else:
        assert jsontext.dumps(data) == expected


def test_a_dataclass_is_refused_as_the_json_module_refuses_it() -> None:
    @dataclass
    class Point:
        x: int

    with pytest.raises(TypeError, match="not JSON serializable"):
        jsontext.dumps({"p": Point(1)})


def test_floats_that_must_be_finite_send_nan_and_infinity_to_the_json_module() -> None:
    for bad in (math.nan, math.inf, -math.inf):
        data = {"features": {"a": 1.0, "b": bad}}
        assert jsontext.dumps(data, data["features"].values()) == _stdlib(data)  # NaN, not orjson's null


def test_without_orjson_the_json_module_writes_every_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsontext, "orjson", None)
    data = {"id": "x", "v": [1.5, "é"]}
    assert jsontext.dumps(data) == _stdlib(data) == jsontext.stdlib_dumps(data)


def test_report_rows_read_back_as_the_report_dict() -> None:
    scorer = Scorer()
    text = 'Police said 3 people were hurt on March 3, 2024. "It was a shock," said Mayor Ann Lee.\u2028Done.'
    report = scorer.score(text, published="2024-03-04")
    row = render("jsonl", "a\u00e9", report)
    assert _same_data(row, {"id": "a\u00e9", **report.to_dict()})
    assert output._fast_id(row.encode()) == "a\u00e9"
    assert _same_data(render_error("jsonl", None, "bad"), {"id": None, "error": "bad"})


@pytest.mark.parametrize("row", [b'{"id": "a", "x": 1}\n', b'{"id":"a","x":1}\n', b'{"id":  "a"}\n'])
def test_fast_id_reads_rows_with_and_without_the_space(row: bytes) -> None:
    fast = output._fast_id(row)
    assert fast is output._NOT_FAST or fast == json.loads(row)["id"]
    if b"  " not in row:
        assert fast == "a"
