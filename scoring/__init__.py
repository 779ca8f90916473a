"""sourcescore's library interface: score an article's sourcing, 0-100, with evidence.

    >>> from scoring import score_article
    >>> report = score_article(text, published="2025-03-28")
    >>> report.score, report.band
"""

from typing import Any

from scoring.report import Report
from scoring.rules import RULES, Finding, Rule
from scoring.scorer import InputError, Scorer, score_article


def __getattr__(name: str) -> Any:
    """``train``, ``evaluate`` and ``training`` load scikit-learn, so they are imported on first use."""
    if name in ("train", "evaluate", "training"):
        import scoring.training

        return scoring.training if name == "training" else getattr(scoring.training, name)
    raise AttributeError(f"module 'scoring' has no attribute {name!r}")


__all__ = ["Finding", "InputError", "Report", "RULES", "Rule", "Scorer", "evaluate", "score_article", "train", "training"]
