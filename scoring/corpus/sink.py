"""Writing text out, one policy for every output (rows in a file, rows and reports on stdout, messages).

- A lone surrogate (a code point U+D800-U+DFFF: JSON's ``"\\udc80"``, a name decoded with
  ``surrogateescape``) cannot be written as UTF-8. Every string written has each one replaced by
  U+FFFD, one code point for one, so offsets into a text (spans count code points) stay valid and
  ``text[start:end]`` is still the evidence text. ``RowWriter`` replaces them in rows and names the
  row in a warning; the streams themselves (an output file, stdout) are opened with the error
  handler ``ERRORS``, which does the same for anything else written to them.
- A write that fails (disk full, ``-o /dev/full``, a closed pipe) is an ``OutputError`` with one
  clear message; the command exits with ``EXIT_OUTPUT`` (README "Command line").
"""

from __future__ import annotations

import codecs
import errno
import re
import sys
from collections.abc import Callable
from typing import IO, TextIO

from ..records import InputError

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
ERRORS = "sourcescore.lone-surrogates"  # codec error handler: lone surrogates -> U+FFFD when encoding
EXIT_OUTPUT = 4  # the output could not be written (disk full, closed pipe): not 1, which means "below --fail-under"


def _replace_lone(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each lone surrogate that cannot be encoded becomes U+FFFD."""
    if isinstance(exc, UnicodeEncodeError):
        return REPLACEMENT * (exc.end - exc.start), exc.end
    raise exc


codecs.register_error(ERRORS, _replace_lone)


def has_lone_surrogates(text: str) -> bool:
    """Whether ``text`` holds a code point that cannot be written as UTF-8 (a few microseconds for a row: the encoder, not a regex)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def scrub(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length: offsets stay valid)."""
    return LONE_SURROGATE.sub(REPLACEMENT, text) if has_lone_surrogates(text) else text


def warner(stream: TextIO) -> Callable[[str], None]:
    """A function printing ``sourcescore: warning: MESSAGE`` on ``stream`` (stderr), at once."""

    def warn(message: str) -> None:
        print(f"sourcescore: warning: {message}", file=stream, flush=True)

    return warn


class OutputError(Exception):
    """The output could not be written; the message says which and why (exit status ``EXIT_OUTPUT``)."""


def output_error(what: str, exc: OSError) -> OutputError:
    """An OutputError for an OSError met while writing ``what`` (the output file, or stdout)."""
    if isinstance(exc, BrokenPipeError) or exc.errno == errno.EPIPE:
        return OutputError(f"cannot write {what}: the reader closed it (broken pipe); the run stopped")
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        reason = "no space left on the device"
    return OutputError(f"cannot write {what}: {reason}; the run stopped")


def open_output(path: str, mode: str) -> IO[str]:
    """An output file opened for text rows with the lone-surrogate policy; an InputError (usage, exit 2) if it cannot be opened."""
    try:
        return open(path, mode, encoding="utf-8", errors=ERRORS, newline="")
    except FileExistsError:
        raise InputError(f"the output file {path} exists; give --force to overwrite it, or --resume to finish an interrupted run") from None
    except IsADirectoryError:
        raise InputError(f"the output {path} is a folder; -o takes a file") from None
    except OSError as exc:
        raise InputError(f"cannot write the output file {path}: {exc.strerror or exc}") from None


def safe_streams() -> None:
    """Give stdout and stderr the lone-surrogate policy (for everything the command prints)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") == "utf8":
            try:
                reconfigure(errors=ERRORS)
            except (ValueError, OSError):  # a closed or detached stream
                pass


def close_quietly(stream: TextIO | IO[str]) -> OSError | None:
    """Close ``stream``; the OSError its last flush met, if any (a full disk shows only here)."""
    try:
        stream.close()
    except OSError as exc:
        return exc
    return None
