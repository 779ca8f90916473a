"""The request-size limit, as plain ASGI middleware, and the one JSON shape of every error.

A body whose ``Content-Length`` is over the limit is refused before a byte of it is read; a
chunked body (no length) is counted as it arrives and refused as soon as it passes the limit, so
at most ``max_bytes`` plus one chunk is ever held. The connection is not closed on the client: the
server (uvicorn) discards the rest of a body it answered early, so a client still sending reads
its 413 instead of a connection reset.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOO_LARGE = "too_large"
LENGTH_DIGITS = 18  # a Content-Length of more digits is over any limit


def error_body(code: str, message: str) -> bytes:
    """``{"error": {"code": ..., "message": ...}}`` as JSON bytes (ASCII, so any message can be sent)."""
    return json.dumps({"error": {"code": code, "message": message}}).encode("ascii")


def too_large_message(limit: int) -> str:
    """The message of a 413."""
    return f"the request body is larger than the limit of {limit:,} bytes (sourcescore serve --max-bytes)"


class BodyTooLarge(Exception):
    """Raised from ``receive`` when a streamed body passes the limit; ``make_error`` turns it into the app's 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(too_large_message(limit))
        self.limit = limit


class BodyLimit:
    """ASGI middleware refusing request bodies over ``max_bytes`` with 413, without buffering them.

    ``make_error(limit)`` builds the exception raised while the app reads a streamed body (the app's
    exception handlers turn it into the 413 JSON error; it must be one that the framework's body
    reading passes through, an HTTPException for FastAPI).
    """

    def __init__(self, app: ASGIApp, max_bytes: int, make_error: Callable[[int], Exception] = BodyTooLarge) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.make_error = make_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1:
            await _send_error(send, 400, "bad_request", "the Content-Length header is not a whole number of bytes")
            return
        if declared is not None and declared > self.max_bytes:
            await _send_error(send, 413, TOO_LARGE, too_large_message(self.max_bytes))
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise self.make_error(self.max_bytes)
            return message

        await self.app(scope, limited, send)


def _content_length(scope: Scope) -> int | None:
    """The declared body length; None when not given, -1 when malformed."""
    for name, value in scope.get("headers", ()):
        if name.lower() == b"content-length":
            text = value.decode("latin-1").strip()
            if not (text.isascii() and text.isdigit()):  # not "12a", nor a digit of another script ("\xb2")
                return -1
            return int(text) if len(text) <= LENGTH_DIGITS else 10**LENGTH_DIGITS  # past any limit, without int()'s digit cap
    return None


async def _send_error(send: Send, status: int, code: str, message: str) -> None:
    body = error_body(code, message)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
