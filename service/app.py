"""The FastAPI app of ``sourcescore serve``: one Scorer (the model loaded once) shared by every request.

Scoring is CPU-bound and the Scorer immutable: the endpoints are plain functions, which FastAPI runs
in its thread pool, so the event loop keeps accepting requests while articles are scored. Every
error is ``{"error": {"code", "message"}}``: bad JSON 400, a body that is not JSON 415, a missing or
empty text, a wrong type, an unknown field, a bad date or rule code 422, a body over the limit 413,
an unknown route 404, a wrong method 405; a 500 only for a bug (logged with its traceback).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, schemas
from ..scoring.corpus.rows import render
from ..scoring.model import DEFAULT_MODEL_DIR, MODEL_FILE
from ..scoring.pages import Page, mark_compared, read_page, score_page, score_text_or_page
from ..scoring.records import (
    InputError,
    id_field,
    optional_field,
    published_field,
    text_field,
)
from ..scoring.report import DISCLAIMER
from ..scoring.scorer import Scorer, rule_codes
from . import OPTIONS_ENV, ServiceOptions
from .limits import TOO_LARGE, BodyLimit, error_body, too_large_message
from .models import ArticleIn, CompareRequest, ScoreRequest

log = logging.getLogger("sourcescore.service")

STATUS_CODES = {400: "bad_json", 404: "not_found", 405: "method_not_allowed", 413: TOO_LARGE, 415: "unsupported_media_type"}
# pydantic's error types of a value of the wrong JSON type, and the names of a union's members in an error's location
_TYPE_WORDS = {"string_type": "a string", "int_type": "an integer", "list_type": "an array", "model_type": "an object",
               "model_attributes_type": "an object", "dict_type": "an object"}
_UNION_TAGS = frozenset({"str", "int"})
MAX_SCORERS = 64  # Scorers kept for requests' own `ignore` lists (they share the one model)


class ServiceError(HTTPException):
    """An error the service answers as ``{"error": {"code", "message"}}`` with a 4xx status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(status, message)
        self.code = code


class ErrorDetail(BaseModel):
    """What went wrong: a stable code and a message for people."""

    code: str
    message: str


class ErrorBody(BaseModel):
    """Every error the service answers."""

    error: ErrorDetail


@dataclass(frozen=True, slots=True)
class Article:
    """An article as the scorer takes it."""

    text: str
    title: str | None
    published: date | None
    page: Page | None = None  # the page the text was read from (its report carries the text: spans point into it)

    @property
    def date(self) -> date | None:
        """The request's date, else the page's own."""
        return self.published or (self.page.published if self.page is not None else None)

    @property
    def heading(self) -> str | None:
        """The request's title, else the page's own."""
        return self.title or (self.page.title if self.page is not None else None)


def _article_from_request(article: ArticleIn, where: str = "") -> Article:
    """The article of a request: its text, or the text, title and date read from its ``html`` (``where``: "original." in a compare)."""
    try:
        published = published_field(article.published, f"{where}published")
    except InputError as exc:
        raise ServiceError(422, "bad_date", f"{where}published: {exc}") from None
    title = optional_field(article.title, "title")
    if article.text is not None and article.html is not None:
        raise ServiceError(422, "invalid_request", f"give '{where}text' or '{where}html', not both")
    if article.html is None:
        try:
            return Article(text_field(article.text, f"{where}text"), title, published)
        except InputError as exc:
            raise ServiceError(422, "missing_text", f"{exc} (give the article as '{where}text', or its page as '{where}html')") from None
    if not article.html.strip():
        raise ServiceError(422, "missing_text", f"field '{where}html' is empty")
    try:
        page = read_page(article.html, name=f"field '{where}html'")
    except InputError as exc:
        raise ServiceError(422, "unreadable_html", str(exc)) from None
    return Article(page.text, title, published, page)  # the request's own title and date, which win over the page's


class Scorers:
    """The server's Scorer and, for requests that skip more rules, Scorers sharing its model (never loaded again)."""

    def __init__(self, base: Scorer) -> None:
        self.base = base
        self._extra: dict[tuple[str, ...], Scorer] = {}
        self._lock = threading.Lock()

    def get(self, ignore: list[str] | None) -> Scorer:
        """The Scorer that also skips ``ignore`` (codes or prefixes, as --ignore); 422 for an unknown code."""
        codes = tuple(sorted(set(rule_codes(ignore))))
        if not codes:
            return self.base
        with self._lock:
            scorer = self._extra.get(codes)
        if scorer is None:
            try:
                scorer = Scorer(model=self.base.model, ignore=(*sorted(self.base.ignore), *codes))
            except InputError as exc:
                raise ServiceError(422, "unknown_rule", f"ignore: {exc}") from None
            with self._lock:
                if len(self._extra) < MAX_SCORERS:
                    self._extra[codes] = scorer
        return scorer


def _json_response(text: str) -> Response:
    """JSON text as UTF-8; a lone surrogate taken from the input is written as its \\u escape instead, as JSON allows."""
    try:
        body = text.encode("utf-8")
    except UnicodeEncodeError:
        body = json.dumps(json.loads(text)).encode("ascii")
    return Response(body, media_type="application/json")


def model_file(model: object) -> Path | None:
    """The model.json behind a ScorerOptions.model (None: a Model object, or no bundled model)."""
    if model is None:
        path = DEFAULT_MODEL_DIR / MODEL_FILE
        return path if path.is_file() else None
    if isinstance(model, (str, os.PathLike)):
        path = Path(model)
        return path / MODEL_FILE if path.is_dir() else path
    return None


def _contract_schemas() -> dict[str, Any]:
    """The report and compare JSON Schemas (schemas/) as OpenAPI components: ``Report``, ``Comparison`` and their parts."""
    names = {"report": "Report", "comparison": "Comparison"}
    report, comparison = schemas.load("report"), schemas.load("compare")

    def component(kind: str, name: str) -> str:
        return names.get(name, f"{kind}_{name}")

    def rewrite(node: Any, kind: str) -> Any:
        if isinstance(node, list):
            return [rewrite(v, kind) for v in node]
        if not isinstance(node, dict):
            return node
        out = {k: rewrite(v, kind) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str):
            urn, _, name = ref.partition("#/$defs/")
            out["$ref"] = "#/components/schemas/" + component("report" if urn == report["$id"] else kind, name)
        return out

    out = {component("report", k): rewrite(v, "report") for k, v in report["$defs"].items() if k != "error_row"}
    out.update({component("compare", k): rewrite(v, "compare") for k, v in comparison["$defs"].items() if k == "comparison"})
    return out


def _validation_error(request: Request, exc: RequestValidationError) -> tuple[int, str, str]:
    """Status, code and message of a request FastAPI could not read into its model."""
    errors = list(exc.errors())
    for e in errors:
        if e.get("type") == "json_invalid":
            loc = e.get("loc", ())
            at = f" at character {loc[1]}" if len(loc) > 1 else ""
            return 400, "bad_json", f"the request body is not valid JSON ({e.get('ctx', {}).get('error', 'decode error')}{at})"
    content_type = request.headers.get("content-type", "")
    if content_type and "json" not in content_type.split(";")[0].lower():
        return 415, "unsupported_media_type", f"the request body must be JSON (Content-Type: application/json), not {content_type}"
    messages: dict[str, str] = {}  # by field: a union's errors (id: a string or an integer) make one message
    expected: dict[str, list[str]] = {}
    for e in errors:
        loc = [str(p) for p in e.get("loc", ()) if p != "body"]
        while loc and loc[-1] in _UNION_TAGS:
            loc.pop()
        where = ".".join(loc)
        kind = e.get("type", "")
        if not where:
            messages[where] = "the request body is missing" if kind == "missing" else "the request body must be a JSON object"
        elif kind == "extra_forbidden":
            messages[where] = f"unknown field '{where}'"
        elif kind == "missing":
            messages[where] = f"field '{where}' is required"
        elif kind in _TYPE_WORDS:
            words = expected.setdefault(where, [])
            words.append(_TYPE_WORDS[kind])
            messages[where] = f"field '{where}' must be {' or '.join(words)}, not {_json_type(e.get('input'))}"
        else:
            messages[where] = f"field '{where}': {e.get('msg', 'invalid')}"
    shown = list(messages.values())
    more = f" (and {len(shown) - 5} more)" if len(shown) > 5 else ""
    return 422, "invalid_request", "; ".join(shown[:5]) + more


def _json_type(value: object) -> str:
    """The JSON name of a parsed JSON value's type, for messages."""
    if value is None:
        return "null"
    for kind, name in ((bool, "a boolean"), (str, "a string"), ((int, float), "a number"), (list, "an array"), (dict, "an object")):
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(error_body(code, message), status_code=status, media_type="application/json", headers=headers)


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": what}
    for status, what in (
        (400, "Bad JSON (`bad_json`)."),
        (413, "The body is over the size limit (`too_large`)."),
        (415, "The body is not JSON (`unsupported_media_type`)."),
        (422, "A missing or empty text (`missing_text`), a wrong type or unknown field (`invalid_request`), a bad date "
              "(`bad_date`), an unknown rule code (`unknown_rule`), an article that cannot be scored (`unscorable`), a page with no article in it (`unreadable_html`)."),
    )
}


def create_app(options: ServiceOptions | None = None) -> FastAPI:
    """The service's app; its Scorer (and so the model) is built here, once; raises InputError or ModelError for bad options."""
    from ..cli import format_rules
    from ..scoring.compare import compare

    options = options or ServiceOptions()
    scorers = Scorers(options.scorer.build())
    model = scorers.base.model
    path = model_file(options.scorer.model)
    health = {
        "status": "ok",
        "version": __version__,
        "model": {
            "name": model.name,
            "version": model.version,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest() if path is not None else None,
        },
        "ignore": sorted(scorers.base.ignore),
        "max_bytes": options.max_bytes,
    }
    rules = format_rules("json").encode("utf-8")  # exactly `sourcescore rules --format json`

    app = FastAPI(
        title="sourcescore",
        version=__version__,
        description="Scores how well a news article's claims are sourced (0-100), with evidence spans. " + DISCLAIMER,
    )
    app.add_middleware(BodyLimit, max_bytes=options.max_bytes, make_error=lambda limit: ServiceError(413, TOO_LARGE, too_large_message(limit)))
    app.state.scorers = scorers

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = exc.code if isinstance(exc, ServiceError) else STATUS_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and not isinstance(exc, ServiceError):
            message = f"no such endpoint: {request.method} {request.url.path} (see /docs)"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}; allowed: {(exc.headers or {}).get('Allow', '?')}"
        elif exc.status_code == 400 and not isinstance(exc, ServiceError):
            message = f"the request body could not be read as JSON ({message})"
        return _error(exc.status_code, code, message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        return _error(*_validation_error(request, exc))

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path, exc_info=exc)
        return _error(500, "internal_error", "an internal error (a bug in sourcescore); it was logged")

    @app.post("/v1/score", response_class=Response, responses={
        200: {"description": "The report, `sourcescore.report/1`, as `sourcescore score --format json` writes it.",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}}, **ERRORS})
    def score(request: ScoreRequest) -> Response:
        """Score one article: the report with its evidence spans (into `text`, or the text read from `html`)."""
        try:
            ident = id_field(request.id)
        except InputError as exc:
            raise ServiceError(422, "invalid_request", str(exc)) from None
        article = _article_from_request(request)
        scorer = scorers.get(request.ignore)
        try:
            if article.page is None:  # the request's own date is a record's, as in a corpus row
                report = score_text_or_page(scorer, article.text, title=article.title, published=article.published, published_from="record")
            else:
                report = score_page(scorer, article.page, title=article.title, published=article.published, published_from="record")
        except InputError as exc:
            raise ServiceError(422, "unscorable", str(exc)) from None
        return _json_response(render("jsonl", ident, report))  # the row `sourcescore score --format json` writes

    @app.post("/v1/compare", response_class=Response, responses={
        200: {"description": "The comparison, `sourcescore.compare/1`, as `sourcescore compare --format json` writes it.",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Comparison"}}}}, **ERRORS})
    def compare_articles(request: CompareRequest) -> Response:
        """Compare a derivative with its original: what it added, changed or dropped, with evidence in both texts."""
        original = _article_from_request(request.original, "original.")
        derived = _article_from_request(request.derived, "derived.")
        scorer = scorers.get(request.ignore)
        try:
            result = compare(original.text, derived.text, published_original=original.date, published_derived=derived.date,
                             title_original=original.heading, title_derived=derived.heading, scorer=scorer)
        except InputError as exc:
            raise ServiceError(422, "unscorable", str(exc)) from None
        mark_compared(result, (original.page, derived.page), (original.published is not None, derived.published is not None), "record")
        return _json_response(result.to_json())  # as `sourcescore compare --format json` prints it

    @app.get("/v1/rules", response_class=Response, responses={200: {"description": "The rules, as `sourcescore rules --format json`."}})
    def list_rules() -> Response:
        """The rules: code, name, severity, points, cap, rationale, thresholds."""
        return Response(rules, media_type="application/json")

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        """Liveness: the version, the model in use (name, version, SHA-256 of its model.json) and the limits."""
        return health

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            doc.setdefault("components", {}).setdefault("schemas", {}).update(_contract_schemas())
            app.openapi_schema = doc
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def app_from_environment() -> FastAPI:
    """The app of a worker process started by ``sourcescore serve --workers N`` (its options in the environment)."""
    return create_app(ServiceOptions.from_json(os.environ[OPTIONS_ENV]))
