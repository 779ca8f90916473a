"""Logistic regression whose coefficients keep the signs reporting practice gives each input.

scikit-learn's ``LogisticRegression`` takes no bounds, so this one minimises the same penalised
log-loss (L2 on the coefficients, intercept free, sample weights) with SciPy's L-BFGS-B, whose
box bounds hold each coefficient at or above zero (direction +1) or at or below it (-1). Inputs
are standardised first, so the penalty treats every input alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit, log_expit


@dataclass(slots=True)
class SignedLogistic:
    """A standardised logistic model with coefficient signs fixed by ``directions`` (+1 or -1 each)."""

    directions: Sequence[int]
    C: float = 1.0
    fit_intercept: bool = True
    class_weight: str | None = None  # "balanced": both labels weigh the same in all
    standardize: bool = True  # False: the inputs are already on a common scale
    mean_: np.ndarray = field(init=False, repr=False)
    scale_: np.ndarray = field(init=False, repr=False)
    coef_: np.ndarray = field(init=False, repr=False)  # on standardised inputs
    intercept_: float = field(init=False, default=0.0)

    def fit(self, X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None) -> "SignedLogistic":
        """Fit on rows ``X`` and 0/1 labels ``y``."""
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        if len(self.directions) != X.shape[1]:
            raise ValueError(f"{len(self.directions)} directions for {X.shape[1]} inputs")
        scale = X.std(axis=0) if self.standardize else np.ones(X.shape[1])
        self.mean_ = X.mean(axis=0) if self.standardize else np.zeros(X.shape[1])
        self.scale_ = np.where(scale > 0, scale, 1.0)
        Z = (X - self.mean_) / self.scale_
        w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        if self.class_weight == "balanced":
            for label in (0.0, 1.0):
                mask = y == label
                if mask.any():
                    w = np.where(mask, w * len(y) / (2.0 * mask.sum()), w)
        sign = 2.0 * y - 1.0
        n = X.shape[1]

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            coef, b = theta[:n], (theta[n] if self.fit_intercept else 0.0)
            margin = sign * (Z @ coef + b)
            value = -(w * log_expit(margin)).sum() + 0.5 / self.C * coef @ coef
            g = -w * sign * expit(-margin)  # d loss / d decision, per row
            grad = np.empty_like(theta)
            grad[:n] = Z.T @ g + coef / self.C
            if self.fit_intercept:
                grad[n] = g.sum()
            return float(value), grad

        bounds = [(0.0, None) if d > 0 else (None, 0.0) for d in self.directions]
        if self.fit_intercept:
            bounds.append((None, None))
        start = np.zeros(n + int(self.fit_intercept))
        result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 5000})
        self.coef_ = result.x[:n].copy()
        self.intercept_ = float(result.x[n]) if self.fit_intercept else 0.0
        return self

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        """The log-odds of label 1 for rows ``X``."""
        return ((np.asarray(X, dtype=float) - self.mean_) / self.scale_) @ self.coef_ + self.intercept_
