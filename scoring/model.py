"""The score's model part: a trained linear classifier stored as plain JSON, or the constant prior.

Model files are JSON parameters only (means, scales, coefficients), so loading one can never
execute code. A model whose feature schema differs from the code's is refused.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from features.pipeline import feature_schema

MODEL_FORMAT = "sourcescore.model/1"
MODEL_FILE = "model.json"
CARD_FILE = "model_card.json"
DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "default"

# With no trained classifier the model says nothing about the article: probability 0.5 that it
# is well sourced, i.e. 50 points, and the rules move the score from there.
PRIOR_PROBABILITY = 0.5
MODEL_POINTS = 100.0  # the model part is MODEL_POINTS * probability
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

    def predict(self, values: dict[str, float]) -> ModelOutput:
        """Probability of reliable sourcing for one article's features."""
        ...


@dataclass(frozen=True, slots=True)
class PriorModel:
    """A constant prior: no model has been trained, so every article starts at the same points."""

    name: str = "prior"
    version: str = "1"
    probability: float = PRIOR_PROBABILITY

    def predict(self, values: dict[str, float]) -> ModelOutput:
        """Return the constant prior, whatever the features."""
        return ModelOutput(self.probability)


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

    def logit(self, values: dict[str, float]) -> tuple[float, list[tuple[str, float, float]]]:
        """The log-odds of reliable sourcing and each feature's exact additive effect on it."""
        effects = [
            (name, values[name], w * (values[name] - mu) / sd)
            for name, mu, sd, w in zip(self.features, self.mean, self.scale, self.coef)
        ]
        return self.intercept + sum(e for _, _, e in effects), effects

    def predict(self, values: dict[str, float]) -> ModelOutput:
        """Probability of reliable sourcing, with the features that moved it most."""
        z, effects = self.logit(values)
        effects.sort(key=lambda e: -abs(e[2]))
        return ModelOutput(_sigmoid(z), effects[:TOP_EXPLANATION])

    def to_json(self) -> dict[str, object]:
        """The parameters as the JSON model file holds them."""
        return {
            "format": MODEL_FORMAT,
            "kind": "logistic",
            "name": self.name,
            "version": self.version,
            "feature_schema": feature_schema(),
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coef": list(self.coef),
            "intercept": self.intercept,
        }


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def model_points(output: ModelOutput) -> float:
    """The points the model part contributes to the score."""
    return round(MODEL_POINTS * output.probability, 2)


def _numbers(data: dict[str, object], key: str, n: int, path: Path) -> tuple[float, ...]:
    values = data.get(key)
    if not isinstance(values, list) or len(values) != n or not all(
        isinstance(v, (int, float)) and math.isfinite(v) for v in values
    ):
        raise ModelError(f"{path}: '{key}' must be a list of {n} finite numbers")
    return tuple(float(v) for v in values)


def load_model(path: str | Path) -> LinearModel:
    """Load a model directory (or its model.json); never executes anything from the file."""
    path = Path(path)
    file = path / MODEL_FILE if path.is_dir() else path
    if not file.is_file():
        raise ModelError(f"{path}: no {MODEL_FILE} here; train one with `sourcescore train DATA -o {path}`")
    if file.name != MODEL_FILE:
        raise ModelError(f"{file}: sourcescore loads only {MODEL_FILE} files (plain JSON parameters), not {file.suffix or file.name}")
    raw = file.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ModelError(f"{file}: not a sourcescore model (not JSON); refusing to load it") from None
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
        raise ModelError(f"{file}: not a sourcescore model (format is not {MODEL_FORMAT!r})")
    _check_card(file, raw)
    if data.get("feature_schema") != feature_schema():
        raise ModelError(
            f"{file}: trained for feature schema {data.get('feature_schema')!r}, but this sourcescore computes "
            f"{feature_schema()!r}; retrain it with `sourcescore train`"
        )
    if data.get("kind") != "logistic":
        raise ModelError(f"{file}: unsupported model kind {data.get('kind')!r}")
    features = data.get("features")
    if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
        raise ModelError(f"{file}: 'features' must be a list of names")
    n = len(features)
    intercept = data.get("intercept")
    if not isinstance(intercept, (int, float)) or not math.isfinite(intercept):
        raise ModelError(f"{file}: 'intercept' must be a finite number")
    return LinearModel(
        name=str(data.get("name", file.parent.name)),
        version=str(data.get("version", "")),
        features=tuple(features),
        mean=_numbers(data, "mean", n, file),
        scale=_numbers(data, "scale", n, file),
        coef=_numbers(data, "coef", n, file),
        intercept=float(intercept),
    )


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
