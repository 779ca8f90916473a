"""Run every extractor over one Document and flatten their values into the feature vector."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import attribution, genre, schema, sourcing, statistics, style, temporal
from .document import Document, parse
from .spans import FeatureSet


@dataclass(slots=True)
class Extraction:
    """Everything the extractors measured on one article."""

    doc: Document
    attribution: attribution.AttributionFeatures
    sourcing: sourcing.SourcingFeatures
    temporal: temporal.TemporalFeatures
    statistics: statistics.StatisticsFeatures
    style: FeatureSet
    genre: genre.GenreFacts  # context for the scoring layer and the report, never a model input (not in values())

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
        genre=genre.extract(doc, attr),
    )


def extract_text(text: str, *, title: str | None = None, published: date | None = None) -> Extraction:
    """Parse ``text`` and run all extractors."""
    return extract(parse(text, title=title, published=published))


def feature_names() -> tuple[str, ...]:
    """The names of the feature vector, in order, as :mod:`features.schema` declares them."""
    return schema.FEATURE_NAMES


def feature_schema() -> str:
    """The schema id ``<version>-<hash of the names>`` that models, cards and saved vectors record."""
    return schema.schema_id()
