"""``sourcescore serve``: the scorer over HTTP (FastAPI on uvicorn, the optional ``serve`` extra).

``POST /v1/score``, ``POST /v1/compare``, ``GET /v1/rules``, ``GET /healthz``, OpenAPI at ``/docs``
and ``/openapi.json``; the app is built by :func:`sourcescore.service.app.create_app`. This module
holds what the command line needs without FastAPI: the options and the runner, which says
``pip install 'sourcescore[serve]'`` (exit 2) when FastAPI or uvicorn is missing. The model is
loaded once per process, before the server listens; a bad model or rule code is a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field

from ..scoring.model import ModelError
from ..scoring.records import InputError
from ..scoring.scorer import ScorerOptions, rule_codes

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_BYTES = 2_000_000  # a request body over this is refused (413) before it is read whole
EXIT_OK, EXIT_USAGE = 0, 2
INSTALL_HINT = "pip install 'sourcescore[serve]'"
OPTIONS_ENV = "SOURCESCORE_SERVE_OPTIONS"  # how --workers N hands the options to each worker process


@dataclass(frozen=True)
class ServiceOptions:
    """How to build the app: the scorer's options (model, rule codes to skip) and the request-size limit."""

    scorer: ScorerOptions = field(default_factory=ScorerOptions)
    max_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        if isinstance(self.max_bytes, bool) or not isinstance(self.max_bytes, int) or self.max_bytes < 1:
            raise InputError(f"--max-bytes must be a whole number of bytes >= 1, not {self.max_bytes!r}")

    def to_json(self) -> str:
        """The options as JSON text (for the worker processes of ``--workers``)."""
        model = self.scorer.model
        if model is not None and not isinstance(model, (str, os.PathLike)):
            raise InputError("--workers needs a model given by path")
        return json.dumps({"model": None if model is None else os.fspath(model), "ignore": list(self.scorer.ignore), "max_bytes": self.max_bytes})

    @classmethod
    def from_json(cls, text: str) -> ServiceOptions:
        """The options :meth:`to_json` wrote."""
        data = json.loads(text)
        return cls(ScorerOptions(model=data["model"], ignore=tuple(data["ignore"])), data["max_bytes"])


def add_options(parser: argparse.ArgumentParser) -> None:
    """The ``serve`` command's options (``--config``/``--no-config`` come from scoring/config.py)."""
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default: {DEFAULT_HOST}, this machine only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port to listen on (default: {DEFAULT_PORT})")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"refuse request bodies over N bytes with 413 (default: {DEFAULT_MAX_BYTES:,})")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="server processes, each loading the model once (default: 1)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no access log line a request")
    parser.add_argument("--ignore", metavar="CODE[,CODE]", action="append", default=[], help="skip these rules in every report: codes or prefixes")
    parser.add_argument("--model", metavar="PATH", help="a model directory written by `sourcescore train` (default: the bundled one)")


def main(args: argparse.Namespace) -> int:
    """The ``serve`` command: build the app (the model loaded once) and run uvicorn until interrupted."""
    try:
        import fastapi  # noqa: F401
        import uvicorn
    except ImportError as exc:
        print(f"sourcescore: `serve` needs FastAPI and uvicorn ({exc.name or exc} is not installed): {INSTALL_HINT}", file=sys.stderr)
        return EXIT_USAGE
    from .app import create_app

    ignore = rule_codes(args.ignore)
    try:
        if args.workers < 1 or not 0 <= args.port <= 65535:
            raise InputError("--workers must be >= 1 and --port in 0-65535")
        options = ServiceOptions(ScorerOptions(model=args.model, ignore=ignore), args.max_bytes)
        app = create_app(options)  # the model loaded here, and a bad one refused before the server starts
    except (InputError, ModelError) as exc:
        print(f"sourcescore: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.workers == 1:
            uvicorn.run(app, host=args.host, port=args.port, log_level="info", access_log=not args.quiet)
        else:  # uvicorn starts each worker from an import string: the options go through the environment
            os.environ[OPTIONS_ENV] = options.to_json()
            uvicorn.run("sourcescore.service.app:app_from_environment", factory=True, host=args.host, port=args.port,
                        workers=args.workers, log_level="info", access_log=not args.quiet)
    except SystemExit as exc:  # uvicorn could not start (the port is taken): it has said why
        if exc.code:
            print(f"sourcescore: the server could not start on {args.host}:{args.port}", file=sys.stderr)
            return EXIT_USAGE
    return EXIT_OK


__all__ = ["DEFAULT_MAX_BYTES", "INSTALL_HINT", "ServiceOptions", "add_options", "main"]
