"""The score's model part: a trained linear classifier stored as plain JSON, or the constant prior.

Model files are JSON parameters only (means, scales, coefficients), so loading one can never
execute code. A model reads its features by name: it loads while the code declares every name it
reads under the same schema version (:mod:`features.schema`), and is refused otherwise, with the
command that retrains it.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Protocol

import numpy as np

from ..features import schema
from ..features.pipeline import feature_schema

MODEL_FORMAT = "sourcescore.model/1"
MODEL_FILE = "model.json"
CARD_FILE = "model_card.json"
# What a loader accepts, checked before anything is parsed or computed: a model file's size (the default
# model is 0.2 MB, a newsroom's a few MB), the magnitude of every parameter (features are rates and
# counts per sentence; nothing a trainer writes comes near), a linear term's smallest scale.
MAX_MODEL_BYTES = 64 * 1024 * 1024
MAX_PARAMETER = 1e9
MIN_SCALE = 1e-9
# Bundled data is found through importlib.resources, wherever the package is installed.
DEFAULT_MODEL_DIR = Path(str(files("sourcescore.models").joinpath("default")))

# With no trained classifier the model says nothing about the article: probability 0.5 that it
# is well sourced, i.e. 50 points, and the rules move the score from there.
PRIOR_PROBABILITY = 0.5
MODEL_POINTS = 100.0  # the model part is MODEL_POINTS * probability
FULL_RULE_WEIGHT = 1.0  # rule points count in full unless a trained model says otherwise
TOP_EXPLANATION = 5  # features named in a report's model explanation


class ModelError(ValueError):
    """A model file that cannot be used; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class ModelOutput:
    """What a model says about one article."""

    probability: float  # P(reliable sourcing)
    explanation: list[tuple[str, float, float]] = field(default_factory=list)  # (feature, value, logit effect)


class Model(Protocol):
    """What the scorer needs from a model."""

    name: str
    version: str
    rule_weight: float  # the share of each rule's points that counts in the score

    def predict(self, values: dict[str, float]) -> ModelOutput:
        """Probability of reliable sourcing for one article's features."""
        ...


@dataclass(frozen=True, slots=True)
class PriorModel:
    """A constant prior: no model has been trained, so every article starts at the same points."""

    name: str = "prior"
    version: str = "1"
    probability: float = PRIOR_PROBABILITY
    rule_weight: float = FULL_RULE_WEIGHT

    def predict(self, values: dict[str, float]) -> ModelOutput:
        """Return the constant prior, whatever the features."""
        return ModelOutput(self.probability)


@dataclass(frozen=True, slots=True)
class LinearTerm:
    """A linear part of a model's log-odds: ``sum(coef * (x - mean) / scale)``, exact per feature."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    _arrays: tuple[np.ndarray, np.ndarray] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if any(not v >= MIN_SCALE for v in self.scale):
            raise ValueError(f"a linear term's scales must be at least {MIN_SCALE:g}")
        object.__setattr__(self, "_arrays", (np.array(self.mean), np.array(self.coef) / np.array(self.scale)))

    def effects(self, x: np.ndarray) -> np.ndarray:
        """Each feature's addend for the feature values ``x`` (in the model's feature order)."""
        mean, slope = self._arrays
        return (x - mean) * slope

    def to_json(self) -> dict[str, object]:
        """The parameters as the JSON model file holds them."""
        return {"mean": list(self.mean), "scale": list(self.scale), "coef": list(self.coef)}


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Standardised logistic regression with probabilities calibrated into its coefficients."""

    name: str
    version: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    rule_weight: float = FULL_RULE_WEIGHT
    term: LinearTerm = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "term", LinearTerm(self.mean, self.scale, self.coef))

    def logit(self, values: dict[str, float]) -> tuple[float, list[tuple[str, float, float]]]:
        """The log-odds of reliable sourcing and each feature's exact additive effect on it."""
        z, x, added = self._effects(values)
        return z, list(zip(self.features, x.tolist(), added.tolist()))

    def _effects(self, values: dict[str, float]) -> tuple[float, np.ndarray, np.ndarray]:
        """The log-odds, the feature values and each feature's effect, as arrays in the model's feature order."""
        x = _vector(self.features, values)
        added = self.term.effects(x)
        return self.intercept + float(added.sum()), x, added

    def predict(self, values: dict[str, float]) -> ModelOutput:
        """Probability of reliable sourcing, with the features that moved it most."""
        return _explained(self.features, *self._effects(values))

    def to_json(self) -> dict[str, object]:
        """The parameters as the JSON model file holds them."""
        return {
            **_header("logistic", self.name, self.version, self.features, self.rule_weight),
            **self.term.to_json(),
            "intercept": self.intercept,
        }


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree: parallel arrays; a leaf has ``left == -1``; ``value`` of an inner node is
    the count-weighted mean of its leaves (what the tree predicts before that split is known)."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class _Forest:
    """All trees laid end to end in flat arrays, each node's two children side by side.

    A node's children are ``base[node]`` (right: ``x > threshold``) and ``base[node] + 1`` (left),
    so a step of the walk is one addition. ``gain[child]`` is the child's value minus its parent's
    (a path contribution). A leaf's children are two sink nodes that lead to themselves and gain 0,
    so every walk has equal depth.
    """

    feature: np.ndarray
    threshold: np.ndarray
    base: np.ndarray
    gain: np.ndarray
    roots: np.ndarray  # flat index of each tree's root
    root_sum: float  # the roots' values summed: every walk's starting point
    depth: int

    @staticmethod
    def pack(trees: tuple[Tree, ...]) -> "_Forest":
        """Lay ``trees`` out breadth first, children in pairs, with the sink pair at the end."""
        feature: list[int] = []
        threshold: list[float] = []
        base: list[int] = []
        gain: list[float] = []
        roots: list[int] = []
        links: list[tuple[int, int]] = []  # (flat index, tree) of each inner node, to fill in base
        for t, tree in enumerate(trees):
            roots.append(len(feature))
            queue = [(0, tree.value[0])]  # (node, its parent's value); a root gains nothing
            for node, parent_value in queue:
                if tree.left[node] >= 0:
                    links.append((len(feature), t))
                    queue += [(tree.right[node], tree.value[node]), (tree.left[node], tree.value[node])]
                feature.append(tree.feature[node])
                threshold.append(tree.threshold[node])
                gain.append(tree.value[node] - parent_value)
                base.append(-1)
        sink = len(feature)
        feature += [0, 0]
        threshold += [0.0, 0.0]
        gain += [0.0, 0.0]
        base = [sink] * (sink + 2)
        # Breadth first, the children pairs come in the order their parents do: the k-th inner
        # node of a tree has its pair at 2k + 1 (right) and 2k + 2 (left) within that tree.
        k_in_tree: dict[int, int] = {}
        for flat, t in links:
            k = k_in_tree.get(t, 0)
            k_in_tree[t] = k + 1
            base[flat] = roots[t] + 2 * k + 1
        return _Forest(
            np.array(feature, np.intp), np.array(threshold), np.array(base, np.intp), np.array(gain),
            np.array(roots, np.intp), float(np.array([tree.value[0] for tree in trees]).sum()), max(_depth(tree) for tree in trees),
        )


def _depth(tree: Tree, node: int = 0) -> int:
    if tree.left[node] < 0:
        return 0
    return 1 + max(_depth(tree, tree.left[node]), _depth(tree, tree.right[node]))


@dataclass(frozen=True, slots=True)
class TreeModel:
    """Gradient-boosted trees with Platt calibration; explained by exact path contributions (Saabas).

    A ``blend`` model adds a :class:`LinearTerm` (a pairwise ranker's weights, calibrated alongside the
    trees): its effects are exact and add to the trees' per feature.
    """

    name: str
    version: str
    features: tuple[str, ...]
    baseline: float
    trees: tuple[Tree, ...]
    a: float  # calibration: logit = a * raw + b (+ the linear term's sum)
    b: float
    rule_weight: float = FULL_RULE_WEIGHT
    linear: LinearTerm | None = None
    forest: _Forest = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "forest", _Forest.pack(self.trees))

    def logit(self, values: dict[str, float]) -> tuple[float, list[tuple[str, float, float]]]:
        """Calibrated log-odds and each feature's additive effect (path contributions, summed over trees)."""
        z, x, effect = self._effects(values)
        return z, list(zip(self.features, x.tolist(), effect.tolist()))

    def _effects(self, values: dict[str, float]) -> tuple[float, np.ndarray, np.ndarray]:
        """The calibrated log-odds, the feature values and each feature's effect, as arrays in the model's feature order."""
        x = _vector(self.features, values)
        f = self.forest
        node = f.roots
        effect = np.zeros(len(x))
        raw = self.baseline + f.root_sum
        for _ in range(f.depth):
            split = f.feature[node]
            node = f.base[node] + (x[split] <= f.threshold[node])  # the left child sits after the right
            effect += np.bincount(split, weights=f.gain[node], minlength=len(x))
        raw += float(effect.sum())
        effect *= self.a
        z = self.a * raw + self.b
        if self.linear is not None:
            added = self.linear.effects(x)
            effect += added
            z += float(added.sum())
        return z, x, effect

    def predict(self, values: dict[str, float]) -> ModelOutput:
        """Probability of reliable sourcing, with the features that moved it most."""
        return _explained(self.features, *self._effects(values))

    def to_json(self) -> dict[str, object]:
        """The parameters as the JSON model file holds them."""
        kind = "boosting" if self.linear is None else "blend"
        return {
            **_header(kind, self.name, self.version, self.features, self.rule_weight),
            "baseline": self.baseline,
            "calibration": {"a": self.a, "b": self.b},
            **({} if self.linear is None else {"linear": self.linear.to_json()}),
            "trees": [
                {"feature": list(t.feature), "threshold": list(t.threshold), "left": list(t.left),
                 "right": list(t.right), "value": list(t.value)}
                for t in self.trees
            ],
        }


def _vector(features: tuple[str, ...], values: dict[str, float]) -> np.ndarray:
    """The values of ``features``, in that order, as a float array."""
    return np.fromiter(map(values.__getitem__, features), float, len(features))


def _header(kind: str, name: str, version: str, features: tuple[str, ...], rule_weight: float) -> dict[str, object]:
    return {
        "format": MODEL_FORMAT,
        "kind": kind,
        "name": name,
        "version": version,
        "feature_schema": feature_schema(),
        "features": list(features),
        "rule_weight": rule_weight,
    }


def _explained(features: tuple[str, ...], z: float, x: np.ndarray, effect: np.ndarray) -> ModelOutput:
    """The model's output: the probability and the TOP_EXPLANATION (feature, value, effect) of largest |effect|."""
    # What sorting the (feature, value, effect) list by -|effect| puts first: the sort sees the same
    # keys in the same order (so the same permutation, ties in feature order), and only the first
    # few become tuples.
    keys = (-np.abs(effect)).tolist()
    top = sorted(range(len(keys)), key=keys.__getitem__)[:TOP_EXPLANATION]
    values, effects = x.tolist(), effect.tolist()
    return ModelOutput(_sigmoid(z), [(features[i], values[i], effects[i]) for i in top])


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def model_points(output: ModelOutput) -> float:
    """The points the model part contributes to the score."""
    return round(MODEL_POINTS * output.probability, 2)


def _numbers(data: dict[str, object], key: str, n: int, path: Path) -> tuple[float, ...]:
    values = data.get(key)
    if not isinstance(values, list) or len(values) != n or not all(_plain_number(v) for v in values):
        raise ModelError(f"{path}: '{key}' must be a list of {n} finite numbers of magnitude at most {MAX_PARAMETER:g}")
    return tuple(float(v) for v in values)


def _plain_number(v: object) -> bool:
    """A JSON number (not a bool) that is finite and within MAX_PARAMETER of zero."""
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and abs(v) <= MAX_PARAMETER


def load_model(path: str | Path) -> LinearModel | TreeModel:
    """Load a model directory (or its model.json); never executes anything from the file."""
    try:
        return _load(Path(path))
    except ModelError:
        raise
    except (RecursionError, TypeError, ValueError, OverflowError, AttributeError) as exc:
        # Valid JSON of the wrong shape: nesting too deep, a number where a list belongs, 1e400.
        raise ModelError(f"{path}: malformed sourcescore model ({type(exc).__name__}); retrain it") from None


def _load(path: Path) -> LinearModel | TreeModel:
    file = path / MODEL_FILE if path.is_dir() else path
    if not file.is_file():
        raise ModelError(f"{path}: no {MODEL_FILE} here; train one with `sourcescore train DATA -o {path}`")
    if file.name != MODEL_FILE:
        raise ModelError(f"{file}: sourcescore loads only {MODEL_FILE} files (plain JSON parameters), not {file.suffix or file.name}")
    size = file.stat().st_size
    if size > MAX_MODEL_BYTES:
        raise ModelError(
            f"{file}: {size / 2**20:.0f} MB, larger than any sourcescore model ({MAX_MODEL_BYTES // 2**20} MB at most); "
            "refusing to read it"
        )
    raw = file.read_bytes()
    _check_card(file, raw)  # the hash before the parse: a file the card does not vouch for is never parsed
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ModelError(f"{file}: not a sourcescore model (not JSON); refusing to load it") from None
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
        raise ModelError(f"{file}: not a sourcescore model (format is not {MODEL_FORMAT!r})")
    features = data.get("features")
    if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
        raise ModelError(f"{file}: 'features' must be a list of names")
    _check_schema(file, data.get("feature_schema"), features)
    name, version = str(data.get("name", file.parent.name)), str(data.get("version", ""))
    if any(not c.isprintable() for c in name + version):
        raise ModelError(f"{file}: the model's name or version holds control characters: {(name + ' ' + version)!r}")
    rule_weight = _number({"rule_weight": FULL_RULE_WEIGHT, **data}, "rule_weight", file)
    if not 0.0 <= rule_weight <= 1.0:
        raise ModelError(f"{file}: 'rule_weight' must lie between 0 and 1")
    try:
        return _build(file, data, features, name, version, rule_weight)
    except ValueError as exc:  # a parameter the model's own checks refuse (a linear scale below MIN_SCALE)
        if isinstance(exc, ModelError):
            raise
        raise ModelError(f"{file}: {exc}") from None


def _build(file: Path, data: dict[str, object], features: list[str], name: str, version: str, rule_weight: float) -> LinearModel | TreeModel:
    """The model ``data`` describes, its parameters checked as they are read."""
    if data.get("kind") == "logistic":
        n = len(features)
        return LinearModel(
            name=name, version=version, features=tuple(features),
            mean=_numbers(data, "mean", n, file), scale=_numbers(data, "scale", n, file),
            coef=_numbers(data, "coef", n, file), intercept=_number(data, "intercept", file),
            rule_weight=rule_weight,
        )
    if data.get("kind") in ("boosting", "blend"):
        calibration = data.get("calibration")
        trees = data.get("trees")
        linear = data.get("linear")
        if not isinstance(calibration, dict) or not isinstance(trees, list) or not trees:
            raise ModelError(f"{file}: 'calibration' and 'trees' are required for a {data['kind']} model")
        if (data["kind"] == "blend") != isinstance(linear, dict):
            raise ModelError(f"{file}: a blend model must have a 'linear' object, and no other kind may")
        n = len(features)
        return TreeModel(
            name=name, version=version, features=tuple(features), baseline=_number(data, "baseline", file),
            trees=tuple(_tree(t, n, file) for t in trees),
            a=_number(calibration, "a", file), b=_number(calibration, "b", file), rule_weight=rule_weight,
            linear=None if linear is None else LinearTerm(
                _numbers(linear, "mean", n, file), _numbers(linear, "scale", n, file), _numbers(linear, "coef", n, file)
            ),
        )
    raise ModelError(f"{file}: unsupported model kind {data.get('kind')!r}")


def _check_schema(file: Path, recorded: object, features: list[str]) -> None:
    """Refuse a model from another schema version, or one that reads a feature the code no longer declares."""
    retrain = f"retrain it with `sourcescore train DATA -o {file.parent}` (add --include-default for the shipped corpus)"
    if schema.schema_version_of(recorded) != str(schema.SCHEMA_VERSION):
        raise ModelError(
            f"{file}: trained for feature schema {recorded!r} (version {schema.schema_version_of(recorded)}), but this "
            f"sourcescore computes version {schema.SCHEMA_VERSION} ({feature_schema()}), whose features mean "
            f"something else; {retrain}"
        )
    declared = set(schema.FEATURE_NAMES)
    missing = [f for f in features if f not in declared]
    if missing:
        raise ModelError(
            f"{file}: reads features this sourcescore no longer computes ({', '.join(missing[:3])}"
            f"{', …' if len(missing) > 3 else ''}); {retrain}"
        )


def _number(data: dict[str, object], key: str, file: Path) -> float:
    value = data.get(key)
    if not _plain_number(value):
        raise ModelError(f"{file}: '{key}' must be a finite number of magnitude at most {MAX_PARAMETER:g}")
    return float(value)  # type: ignore[arg-type]


def _tree(raw: object, n_features: int, file: Path) -> Tree:
    if not isinstance(raw, dict):
        raise ModelError(f"{file}: a tree must be an object")
    values = raw.get("value")
    size = len(values) if isinstance(values, list) else 0
    left, right, feature = (_indices(raw, key, size, file) for key in ("left", "right", "feature"))
    if size == 0 or any(not (-1 <= v < size) for v in left + right) or any(not (0 <= f < n_features) for f in feature):
        raise ModelError(f"{file}: a tree has out-of-range node or feature indices")
    if any((left[i] >= 0) != (right[i] >= 0) or (left[i] >= 0 and (left[i] <= i or right[i] <= i)) for i in range(size)):
        raise ModelError(f"{file}: a tree's inner nodes need two children, each after its parent")
    parents = [0] * size
    for child in left + right:
        if child >= 0:
            parents[child] += 1
    if any(n != 1 for n in parents[1:]):
        raise ModelError(f"{file}: a tree's nodes other than the root must each have exactly one parent (shared or unreachable nodes)")
    return Tree(feature, _numbers(raw, "threshold", size, file), left, right, _numbers(raw, "value", size, file))


def _indices(raw: dict[str, object], key: str, size: int, file: Path) -> tuple[int, ...]:
    """A tree's integer array ``key``: whole numbers only (a fractional index is refused, not truncated)."""
    values = _numbers(raw, key, size, file)
    if any(not v.is_integer() for v in values):
        raise ModelError(f"{file}: a tree's '{key}' must hold whole numbers")
    return tuple(int(v) for v in values)


def _check_card(file: Path, raw: bytes) -> None:
    card = file.parent / CARD_FILE
    if not card.is_file():
        raise ModelError(f"{file.parent}: {CARD_FILE} is missing; a model directory holds both files `train` wrote")
    try:
        expected = json.loads(card.read_text(encoding="utf-8"))["model_sha256"]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
        raise ModelError(f"{card}: unreadable model card (no model_sha256)") from None
    if hashlib.sha256(raw).hexdigest() != expected:
        raise ModelError(f"{file}: its SHA-256 does not match the one {CARD_FILE} records; the file was changed")


def default_model() -> Model:
    """The bundled default model, or the constant prior if none has been trained."""
    if (DEFAULT_MODEL_DIR / MODEL_FILE).is_file():
        return load_model(DEFAULT_MODEL_DIR)
    return PriorModel()
