"""The score's model part. Until a classifier is trained it is a documented constant prior."""

from __future__ import annotations

from dataclasses import dataclass, field

# With no trained classifier the model says nothing about the article: probability 0.5 that it
# is well sourced, i.e. 50 points, and the rules move the score from there.
PRIOR_PROBABILITY = 0.5
MODEL_POINTS = 100.0  # the model part is MODEL_POINTS * probability


@dataclass(frozen=True, slots=True)
class ModelOutput:
    """What a model says about one article."""

    probability: float  # P(reliable sourcing)
    explanation: list[tuple[str, float, float]] = field(default_factory=list)  # (feature, value, effect)


@dataclass(frozen=True, slots=True)
class PriorModel:
    """A constant prior: no model has been trained, so every article starts at the same points."""

    name: str = "prior"
    version: str = "1"
    probability: float = PRIOR_PROBABILITY

    def predict(self, values: dict[str, float]) -> ModelOutput:
        """Return the constant prior, whatever the features."""
        return ModelOutput(self.probability)


def model_points(output: ModelOutput) -> float:
    """The points the model part contributes to the score."""
    return round(MODEL_POINTS * output.probability, 2)
