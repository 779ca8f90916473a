"""The request bodies of the service, as pydantic models (their JSON Schema is the OpenAPI documentation)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from ..features.document import PUBLISHED_FORMS

_IGNORE = Field(
    None,
    description="Rule codes or prefixes to skip (SRC3: every date rule), besides those the server skips; `GET /v1/rules` lists them.",
    examples=[["SRC202", "SRC3"]],
)


class ArticleIn(BaseModel):
    """One article: its text (or the HTML page it is in), headline and publication date."""

    model_config = ConfigDict(extra="forbid")

    text: StrictStr | None = Field(None, description="The article's plain text; every span of the report points into it. Give text or html.")
    html: StrictStr | None = Field(None, description="The article's web page instead of text: its main text, title and date are read from it.")
    title: StrictStr | None = Field(None, description="The headline (overrides a page's).")
    published: StrictStr | None = Field(
        None,
        description=f"Publication date, {PUBLISHED_FORMS} (a date-time gives its own calendar day); overrides a page's. "
        "Date checks are weaker without it.",
        examples=["2025-03-28", "2025-03-28T09:00:00Z"],
    )


class ScoreRequest(ArticleIn):
    """``POST /v1/score``: an article, with an optional id echoed in the report and rules to skip."""

    id: Annotated[StrictStr | StrictInt | None, Field(description="Echoed as the report's id, as in `sourcescore score` rows.")] = None
    ignore: list[StrictStr] | None = _IGNORE


class CompareRequest(BaseModel):
    """``POST /v1/compare``: a derivative (rewrite, summary) and its original."""

    model_config = ConfigDict(extra="forbid")

    original: ArticleIn = Field(description="The original article.")
    derived: ArticleIn = Field(description="The derivative: a rewrite, a summary, syndicated copy.")
    ignore: list[StrictStr] | None = _IGNORE
