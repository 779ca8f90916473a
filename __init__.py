"""sourcescore: score how well a news article's claims are sourced, 0-100, with evidence spans.

It scores sourcing, not truth.

    >>> from sourcescore import score_article
    >>> report = score_article(text, published="2025-03-28")
    >>> report.score, report.band
    >>> from sourcescore import compare
    >>> compare(original_text, rewrite_text, published="2025-03-28").to_text()
"""

import importlib
from typing import Any

# Absolute imports here (relative everywhere else): pytest imports this file as a plain module
# when it collects the repository, whatever the checkout's folder is called.
from sourcescore.scoring.model import ModelError
from sourcescore.scoring.report import Report
from sourcescore.scoring.rules import RULES, Finding, Rule
from sourcescore.scoring.scorer import InputError, Scorer, score_article
from sourcescore.scoring.compare import Comparison, compare

__version__ = "0.2.0"


def __getattr__(name: str) -> Any:
    """``train``, ``evaluate``, ``training``, ``rules`` and ``schemas`` are loaded on first use (training loads scikit-learn)."""
    if name in ("train", "evaluate", "training"):
        training = importlib.import_module("sourcescore.scoring.training")
        return training if name == "training" else getattr(training, name)
    if name == "rules":
        return importlib.import_module("sourcescore.scoring.rules")
    if name == "schemas":
        return importlib.import_module("sourcescore.schemas")
    raise AttributeError(f"module 'sourcescore' has no attribute {name!r}")


__all__ = [
    "Comparison", "Finding", "InputError", "compare", "ModelError", "Report", "RULES", "Rule", "Scorer", "__version__",
    "evaluate", "rules", "schemas", "score_article", "train", "training",
]
