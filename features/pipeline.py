"""Run every extractor over one Document and flatten their values into the feature vector."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from . import attribution, sourcing, statistics, style, temporal
from .document import Document, parse
from .spans import FeatureSet

# Bump when a feature's meaning changes; the names are hashed in automatically.
FEATURE_SCHEMA_VERSION = 1


@dataclass(slots=True)
class Extraction:
    """Everything the extractors measured on one article."""

    doc: Document
    attribution: attribution.AttributionFeatures
    sourcing: sourcing.SourcingFeatures
    temporal: temporal.TemporalFeatures
    statistics: statistics.StatisticsFeatures
    style: FeatureSet

    def values(self) -> dict[str, float]:
        """All numeric features, by name."""
        out: dict[str, float] = {}
        for fs in (self.attribution, self.sourcing, self.temporal, self.statistics, self.style):
            out.update(fs.values)
        return out

    def vector(self) -> list[float]:
        """The feature vector in schema order (see :func:`feature_names`)."""
        values = self.values()
        return [float(values[name]) for name in feature_names()]


def extract(doc: Document) -> Extraction:
    """Run all extractors over ``doc``."""
    attr = attribution.extract(doc)
    return Extraction(
        doc=doc,
        attribution=attr,
        sourcing=sourcing.extract(doc, attr),
        temporal=temporal.extract(doc),
        statistics=statistics.extract(doc, attr),
        style=style.extract(doc),
    )


def extract_text(text: str, *, title: str | None = None, published: date | None = None) -> Extraction:
    """Parse ``text`` and run all extractors."""
    return extract(parse(text, title=title, published=published))


@lru_cache(maxsize=1)
def feature_names() -> tuple[str, ...]:
    """The names of the feature vector, in order: every extractor's values, sorted."""
    sample = extract_text("Officials said 3 people were hurt on March 3, 2024. The report was released.")
    return tuple(sorted(sample.values()))


@lru_cache(maxsize=1)
def feature_schema() -> str:
    """Versioned schema id: ``<version>-<hash of the names>``; a model with another one is refused."""
    digest = hashlib.sha256("\n".join(feature_names()).encode()).hexdigest()[:12]
    return f"{FEATURE_SCHEMA_VERSION}-{digest}"
