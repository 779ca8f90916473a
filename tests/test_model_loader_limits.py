"""The model loader refuses, with a message, what would blow up or mislead later (issue #17, cases 13-15 and 17)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from sourcescore.scoring.model import CARD_FILE, DEFAULT_MODEL_DIR, MAX_MODEL_BYTES, MODEL_FILE, ModelError, load_model


def _write(folder: Path, raw: bytes) -> Path:
    """A model directory holding ``raw`` as model.json and a card that vouches for it."""
    folder.mkdir()
    (folder / MODEL_FILE).write_bytes(raw)
    (folder / CARD_FILE).write_text(json.dumps({"model_sha256": hashlib.sha256(raw).hexdigest()}))
    return folder


def _default() -> dict[str, Any]:
    return json.loads((DEFAULT_MODEL_DIR / MODEL_FILE).read_text(encoding="utf-8"))


def _refused(tmp_path: Path, data: dict[str, Any], message: str) -> None:
    folder = _write(tmp_path / "m", json.dumps(data).encode())
    with pytest.raises(ModelError, match=message):
        load_model(folder)


def test_a_tree_whose_nodes_share_children_is_refused_not_walked(tmp_path: Path) -> None:
    # node 1 and node 2 both point at nodes 3 and 4: a walk or a depth count would double at every level
    tree = {"feature": [0] * 5, "threshold": [0.0] * 5, "left": [1, 3, 3, -1, -1], "right": [2, 4, 4, -1, -1],
            "value": [0.0] * 5}
    _refused(tmp_path, {**_default(), "trees": [tree]}, "exactly one parent")


def test_a_tree_node_with_one_child_is_refused(tmp_path: Path) -> None:
    tree = {"feature": [0] * 3, "threshold": [0.0] * 3, "left": [1, -1, -1], "right": [-1, -1, -1], "value": [0.0] * 3}
    _refused(tmp_path, {**_default(), "trees": [tree]}, "two children")


def test_a_fractional_feature_index_is_refused_not_truncated(tmp_path: Path) -> None:
    data = _default()
    tree = dict(data["trees"][0])
    tree["feature"] = [f + 0.5 if i == 0 else f for i, f in enumerate(tree["feature"])]
    _refused(tmp_path, {**data, "trees": [tree, *data["trees"][1:]]}, "whole numbers")


def test_a_subnormal_scale_is_refused_instead_of_a_nan_score(tmp_path: Path) -> None:
    data = _default()
    linear = {**data["linear"], "scale": [5e-324] * len(data["features"])}
    folder = _write(tmp_path / "m", json.dumps({**data, "linear": linear}).encode())
    with pytest.raises(ModelError, match="scales must be at least 1e-09"):
        load_model(folder)


def test_a_parameter_too_large_for_any_model_is_refused(tmp_path: Path) -> None:
    _refused(tmp_path, {**_default(), "baseline": 1e300}, "magnitude at most 1e\\+09")


def test_control_characters_in_the_model_name_are_refused(tmp_path: Path) -> None:
    _refused(tmp_path, {**_default(), "name": "newsroom\x1b[2J"}, "control characters")


def test_an_oversized_model_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    with (folder / MODEL_FILE).open("wb") as fh:  # sparse: no 64 MB written
        fh.truncate(MAX_MODEL_BYTES + 1)
    (folder / CARD_FILE).write_text(json.dumps({"model_sha256": "0" * 64}))
    with pytest.raises(ModelError, match="larger than any sourcescore model"):
        load_model(folder)


def test_a_file_the_card_does_not_vouch_for_is_never_parsed(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / MODEL_FILE).write_text("[" * 100_000)  # would be a RecursionError if parsed
    (folder / CARD_FILE).write_text(json.dumps({"model_sha256": "0" * 64}))
    with pytest.raises(ModelError, match="SHA-256 does not match"):
        load_model(folder)
