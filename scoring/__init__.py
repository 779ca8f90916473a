"""sourcescore's library interface: score an article's sourcing, 0-100, with evidence.

    >>> from sourcescore import score_article
    >>> report = score_article(text, published="2025-03-28")
    >>> report.score, report.band
"""

import importlib
from typing import Any

from .report import Report
from .rules import RULES, Finding, Rule
from .scorer import InputError, Scorer, score_article


def __getattr__(name: str) -> Any:
    """``train``, ``evaluate`` and ``training`` load scikit-learn, so they are imported on first use."""
    if name in ("train", "evaluate", "training"):
        training = importlib.import_module(f"{__name__}.training")
        return training if name == "training" else getattr(training, name)
    raise AttributeError(f"module 'sourcescore.scoring' has no attribute {name!r}")


__all__ = ["Finding", "InputError", "Report", "RULES", "Rule", "Scorer", "evaluate", "score_article", "train", "training"]
