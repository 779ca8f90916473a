"""The rule layer: linter-style checks with stable codes, each adding or removing documented points.

Each rule (or small family) is one module of this package: its code, name, severity, points,
cap, thresholds, message, rationale and the practice it encodes, beside the check that turns the
extractors' facts into findings. A module exports ``RULE`` or ``RULES``; they are collected here
in code order. Credits reward a practice (named, quoted sources); penalties flag a sourcing
failure. A per-occurrence rule gives each occurrence its own finding, up to the rule's cap;
occurrences past the cap are still reported, with 0 points, so an editor sees every one.
Codes select by prefix, as in ruff: ``SRC3`` is every date rule.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
from collections.abc import Iterable

from ...features.pipeline import Extraction
from .base import CREDIT, HIGH, LOW, MEDIUM, POINTS_FORMULA, SEVERITIES, Finding, Hit, Rule

_NOT_RULES = frozenset({"base"})


def _collect() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name in _NOT_RULES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        rules.extend(getattr(module, "RULES", ()) or (module.RULE,))
    return tuple(sorted(rules, key=lambda r: r.code))


RULES: tuple[Rule, ...] = _collect()
RULES_BY_CODE: dict[str, Rule] = {r.code: r for r in RULES}


def select(selectors: Iterable[str]) -> tuple[frozenset[str], list[str]]:
    """The codes that ``selectors`` (codes or code prefixes, as ``SRC3``) name, and the selectors that name none."""
    codes: set[str] = set()
    unknown: list[str] = []
    for selector in selectors:
        matched = {r.code for r in RULES if r.code.startswith(selector)} if selector else set()
        codes |= matched
        if not matched:
            unknown.append(selector)
    return frozenset(codes), unknown


def run_rules(ex: Extraction, ignore: frozenset[str] = frozenset(), weight: float = 1.0) -> list[Finding]:
    """Run every rule not in ``ignore`` (codes) and return all findings, their points scaled by ``weight``."""
    return [f for rule in RULES if rule.code not in ignore for f in rule.run(ex, weight)]


def rules_version() -> str:
    """A short hash of how points are granted and every rule's code, severity, points, cap and thresholds.

    Stored beside saved rule points, so that points made under another rule table are refused.
    """
    table = [POINTS_FORMULA, *([r.code, r.severity, r.points, r.cap, sorted(r.thresholds.items())] for r in RULES)]
    return hashlib.sha256(json.dumps(table).encode()).hexdigest()[:12]


__all__ = [
    "CREDIT", "HIGH", "LOW", "MEDIUM", "RULES", "RULES_BY_CODE", "SEVERITIES", "Finding", "Hit", "Rule",
    "POINTS_FORMULA", "rules_version", "run_rules", "select",
]
