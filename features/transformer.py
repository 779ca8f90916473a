"""sourcescore's features as a scikit-learn transformer: articles in, the declared feature matrix out.

    >>> from sklearn.pipeline import Pipeline
    >>> from sklearn.linear_model import LogisticRegression
    >>> model = Pipeline([("sourcing", ArticleFeatures()), ("clf", LogisticRegression())])
    >>> model.fit(texts, labels)

Each article is a text, a mapping with ``text`` and optionally ``title`` and ``published``
(a date, ``YYYY-MM-DD`` or an ISO 8601 date-time), or an object with those attributes (a training record). Training
builds its matrix through this class too, so a user's pipeline sees exactly the scoring features.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

import joblib
import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from . import schema
from .document import read_published
from .pipeline import Extraction, extract_text

T = TypeVar("T")
Progress = Callable[[int, int], None]
Article = tuple[str, str | None, date | None]  # text, title, publication date
_CHUNK = 256  # articles between progress calls


class ArticleFeatures(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Turn news articles into sourcescore's feature matrix (the declared names, or the ``features`` chosen).

    Stateless: ``fit`` only checks the parameters and records the column names; nothing is learnt
    from the articles. ``jobs`` > 1 extracts in that many processes (joblib).
    """

    def __init__(self, features: Sequence[str] | None = None, jobs: int = 1) -> None:
        self.features = features
        self.jobs = jobs

    def fit(self, X: Any, y: Any = None) -> "ArticleFeatures":
        """Check the parameters and fix the output columns; the articles themselves are not read."""
        declared = schema.FEATURE_NAMES
        names = declared if self.features is None else tuple(self.features)
        if isinstance(self.features, str) or not all(isinstance(n, str) for n in names):
            raise ValueError("features must be a list of feature names")
        unknown = [n for n in names if n not in declared]
        if unknown:
            raise ValueError(f"unknown features {', '.join(unknown[:3])}; the declared ones are in sourcescore.features.schema")
        if len(set(names)) != len(names) or not names:
            raise ValueError("features must name each feature once, and at least one")
        if not (isinstance(self.jobs, int) and self.jobs != 0):
            raise ValueError(f"jobs must be a non-zero integer (joblib's n_jobs), got {self.jobs!r}")
        self.feature_names_out_ = np.asarray(names, dtype=object)
        self.schema_version_ = schema.SCHEMA_VERSION
        self.columns_ = None if names == declared else np.array([declared.index(n) for n in names], dtype=np.intp)
        return self

    def transform(self, X: Any) -> np.ndarray:
        """The feature matrix: one row per article, one float column per name of ``get_feature_names_out()``."""
        return self.transform_with(X, _nothing)[0]

    def transform_with(self, X: Any, also: Callable[[Extraction], T], *,
                       progress: Progress | None = None) -> tuple[np.ndarray, list[T]]:
        """:meth:`transform` plus ``also(extraction)`` for each article from the same extraction (training's rule points).

        ``also`` must be picklable (a module-level function) when ``jobs`` is not 1.
        """
        check_is_fitted(self)
        articles = articles_of(X)
        results: list[tuple[list[float], T]] = []
        with joblib.Parallel(n_jobs=self.jobs, batch_size=32) as parallel:
            for start in range(0, len(articles), _CHUNK):
                chunk = articles[start : start + _CHUNK]
                if self.jobs == 1:
                    results.extend(_row(a, also) for a in chunk)
                else:
                    results.extend(parallel(joblib.delayed(_row)(a, also) for a in chunk))
                if progress:
                    progress(min(start + _CHUNK, len(articles)), len(articles))
        matrix = np.array([v for v, _ in results], dtype=float).reshape(len(articles), len(schema.FEATURE_NAMES))
        if self.columns_ is not None:
            matrix = matrix[:, self.columns_]
        return matrix, [extra for _, extra in results]

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The output columns' names (``attribution.attributed_share``, …), in order."""
        check_is_fitted(self)
        return self.feature_names_out_.copy()

    def __sklearn_tags__(self) -> Any:
        """Input is raw articles (strings or records), not a numeric 2-D array; no target needed."""
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.target_tags.required = False
        return tags


def _nothing(extraction: Extraction) -> None:
    return None


def _row(article: Article, also: Callable[[Extraction], T]) -> tuple[list[float], T]:
    text, title, published = article
    ex = extract_text(text, title=title, published=published)
    return ex.vector(), also(ex)


def articles_of(X: Any) -> list[Article]:
    """``(text, title, published)`` of every article in ``X``: texts, mappings, records or a DataFrame's rows."""
    if isinstance(X, (str, bytes)):
        raise ValueError("expected a sequence of articles, got a single string; wrap it in a list")
    if hasattr(X, "columns") and hasattr(X, "to_dict"):  # a pandas DataFrame: one record per row, None if missing
        X = X.astype(object).where(X.notna(), None).to_dict("records")
    if not isinstance(X, Iterable):
        raise ValueError(f"expected a sequence of articles, got {type(X).__name__}")
    return [_article(item, i) for i, item in enumerate(X)]


def _article(item: object, i: int) -> Article:
    if isinstance(item, str):
        return str(item), None, None
    if isinstance(item, Mapping):
        text, title, published = item.get("text"), item.get("title"), item.get("published")
    elif hasattr(item, "text"):
        text, title, published = item.text, getattr(item, "title", None), getattr(item, "published", None)
    else:
        raise ValueError(f"article {i}: expected a text, a mapping with 'text', or a record, got {type(item).__name__}")
    if not isinstance(text, str):
        raise ValueError(f"article {i}: 'text' must be a string, got {type(text).__name__}")
    if title is not None and not isinstance(title, str):
        raise ValueError(f"article {i}: 'title' must be a string, got {type(title).__name__}")
    return text, title, _published(published, i)


def _published(value: object, i: int) -> date | None:
    if value is not None and not isinstance(value, (str, date)):
        raise ValueError(f"article {i}: 'published' must be a date or a string, got {type(value).__name__}")
    try:
        return read_published(value)
    except ValueError as exc:
        raise ValueError(f"article {i}: {exc}") from None