"""Score each article and its planted variants, one change at a time, and summarise the moves per kind."""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..report import Report
from ..scorer import Scorer
from . import directional, invariant
from .edits import INVARIANT, LOWER, Article, CannotPlant, Variant

Generator = Callable[[Article, random.Random], Variant]

# Every kind, its direction and its generator, in the order the table prints them.
KINDS: dict[str, tuple[str, Generator]] = {
    "named_to_vague": (LOWER, directional.named_to_vague),
    "named_removed": (LOWER, directional.named_removed),
    "unsourced_statistic": (LOWER, directional.unsourced_statistic),
    "vague_statistic": (LOWER, directional.vague_statistic),
    "date_moved": (LOWER, directional.date_moved),
    "quote_to_assertion": (LOWER, directional.quote_to_assertion),
    "paragraphs_reordered": (INVARIANT, invariant.paragraphs_reordered),
    "said_told_reporters": (INVARIANT, invariant.said_told_reporters),
    "sentence_split": (INVARIANT, invariant.sentence_split),
    "quote_marks": (INVARIANT, invariant.quote_marks),
    "background_paragraph": (INVARIANT, invariant.background_paragraph),
}
INVARIANT_TOLERANCE = 2.0  # an invariant change keeps the score within this many points


@dataclass(frozen=True, slots=True)
class Source:
    """An article to plant changes in: its id, text and what the scorer is told about it."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """One kind on one article: the variant and both scores, or why the change could not be made."""

    article: str
    kind: str
    direction: str
    before: float
    after: float | None = None
    variant: Variant | None = None
    skipped: str | None = None
    model_change: float | None = None  # the change of the model part alone (the rest is the rules' and the clamp's)

    @property
    def change(self) -> float | None:
        """The score's change (variant minus original), None when skipped."""
        return None if self.after is None else round(self.after - self.before, 2)

    @property
    def right_way(self) -> bool:
        """True when the score moved as the kind requires: lower by more than 0, or within the tolerance."""
        change = self.change
        if change is None:
            return False
        return change < 0 if self.direction == LOWER else abs(change) <= INVARIANT_TOLERANCE

    def to_dict(self) -> dict[str, Any]:
        """The outcome as plain data (the variant's edits, not its text)."""
        return {
            "article": self.article,
            "kind": self.kind,
            "direction": self.direction,
            "before": self.before,
            "after": self.after,
            "change": self.change,
            "model_change": self.model_change,
            "right_way": self.right_way if self.skipped is None else None,
            "skipped": self.skipped,
            "variant": self.variant.to_dict() if self.variant else None,
        }


def plant(article: Article, kind: str, seed: int | str = 0) -> Variant | str:
    """The variant of ``article`` with one change of ``kind``, or the reason it cannot be made (seeded per article and kind)."""
    _direction, generator = KINDS[kind]
    rng = random.Random(f"{seed}:{kind}:{article.id}")
    try:
        return generator(article, rng)
    except CannotPlant as reason:
        return str(reason)


def model_points(report: Report) -> float:
    """The model's part of a report's score (its first contribution)."""
    return next(c.points for c in report.contributions if c.part.startswith("model:"))


def measure(sources: Iterable[Source], scorer: Scorer, kinds: Sequence[str] = tuple(KINDS), seed: int | str = 0) -> list[Outcome]:
    """Every kind planted in every source, one at a time, each variant scored like its original."""
    out: list[Outcome] = []
    for src in sources:
        report = scorer.score(src.text, title=src.title, published=src.published)
        model_before = model_points(report)
        article = Article.from_report(src.id, report, published=src.published, title=src.title)
        for kind in kinds:
            direction = KINDS[kind][0]
            variant = plant(article, kind, seed)
            if isinstance(variant, str):
                out.append(Outcome(src.id, kind, direction, report.score, skipped=variant))
                continue
            changed = scorer.score(variant.text, title=src.title, published=src.published)
            model_change = round(model_points(changed) - model_before, 2)
            out.append(Outcome(src.id, kind, direction, report.score, changed.score, variant, model_change=model_change))
    return out


@dataclass(frozen=True, slots=True)
class Row:
    """One kind's line of the table."""

    kind: str
    direction: str
    articles: int  # articles the change was made on
    skipped: int  # articles it could not be made on
    right: int  # of ``articles``, those whose score moved the right way
    median: float | None  # median change of the score, in points
    median_model: float | None = None  # median change of the model part
    median_rules: float | None = None  # median change of the rest (rule points and the clamp)

    @property
    def share(self) -> float | None:
        """The share of changed articles whose score moved the right way."""
        return self.right / self.articles if self.articles else None

    def to_dict(self) -> dict[str, Any]:
        """The row as plain data."""
        return {
            "kind": self.kind,
            "direction": self.direction,
            "articles": self.articles,
            "skipped": self.skipped,
            "right_way": self.right,
            "share": None if self.share is None else round(self.share, 4),
            "median_change": self.median,
            "median_model_change": self.median_model,
            "median_rules_change": self.median_rules,
        }


def summarise(outcomes: Iterable[Outcome], kinds: Sequence[str] = tuple(KINDS)) -> list[Row]:
    """Per kind: articles changed and skipped, how many moved the right way, the median change."""
    rows = []
    outcomes = list(outcomes)
    for kind in kinds:
        mine = [o for o in outcomes if o.kind == kind]
        done = [o for o in mine if o.change is not None and o.model_change is not None]
        changes = [o.change for o in done]
        model = [o.model_change for o in done]
        rules = [o.change - o.model_change for o in done]  # type: ignore[operator]
        medians = [round(statistics.median(v), 2) if v else None for v in (changes, model, rules)]
        rows.append(Row(kind, KINDS[kind][0], len(done), len(mine) - len(done), sum(o.right_way for o in mine), *medians))
    return rows


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| kind | must | articles | skipped | moved the right way | median change | of which model part / rules |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        must = "lower" if r.direction == LOWER else f"stay within {INVARIANT_TOLERANCE:g}"
        share = "n/a" if r.share is None else f"{100 * r.share:.1f}% ({r.right}/{r.articles})"
        median, model, rules = ("n/a" if v is None else f"{v:+.2f}" for v in (r.median, r.median_model, r.median_rules))
        lines.append(f"| {r.kind} | {must} | {r.articles} | {r.skipped} | {share} | {median} | {model} / {rules} |")
    return "\n".join(lines)
