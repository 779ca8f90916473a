"""sourcescore's library interface: score an article's sourcing, 0-100, with evidence.

    >>> from scoring import score_article
    >>> report = score_article(text, published="2025-03-28")
    >>> report.score, report.band
"""

from scoring import training
from scoring.report import Report
from scoring.rules import RULES, Finding, Rule
from scoring.scorer import InputError, Scorer, score_article
from scoring.training import evaluate, train

__all__ = ["Finding", "InputError", "Report", "RULES", "Rule", "Scorer", "evaluate", "score_article", "train", "training"]
