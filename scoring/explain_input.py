"""The one article ``explain`` explains: a file, stdin, or one record of a corpus (JSONL, CSV) or folder, chosen by ``--id``.

A corpus holds many articles and ``explain`` explains one: an input with more than one record and
no ``--id`` is a usage error naming ``--id`` (and the first ids), never the whole file scored as one
article. Records are read with the score command's readers (``records.read_inputs``), lazily: the
search stops at the record asked for.
"""

from __future__ import annotations

import os
import sys
from itertools import islice

from .records import STDIN, STDIN_NAME, InputError, Item, input_format, read_inputs, read_text

SHOWN_IDS = 5  # ids named in the message that asks for --id


def _is_corpus(path: str, requested: str = "auto") -> bool:
    return path != STDIN and (os.path.isdir(path) or input_format(path, requested) in ("jsonl", "csv"))


def _matches(item: Item, ident: str, folder: str | None) -> bool:
    """Whether ``item`` is the record ``ident`` names: its id, or for a folder's file also its path under the folder."""
    if item.id == ident:
        return True
    return folder is not None and item.id is not None and os.path.relpath(item.id, folder) == os.path.normpath(ident)


def article_to_explain(path: str, ident: str | None, requested: str = "auto") -> Item:
    """The article to explain; raises InputError for a usage error (a corpus without ``--id``, an unknown id).

    A plain file or page (or ``-``) is one article, read as ``score`` reads it (``requested``: its
    ``--input-format``); ``--id`` with it is a usage error. A JSONL/CSV file or a folder: the record
    ``ident`` names, or its only record.
    """
    if not _is_corpus(path, requested):
        if ident is not None:
            raise InputError(f"--id picks a record of a corpus (JSONL, CSV) or a folder's file; {path} is one article")
        if path == STDIN and requested in ("auto", "text"):
            return read_text(STDIN_NAME, sys.stdin.buffer)
        return next(read_inputs([path], requested))
    folder = path if os.path.isdir(path) else None
    items = read_inputs([path], requested)
    if ident is None:
        first = list(islice(items, SHOWN_IDS + 1))
        if len(first) == 1:
            return first[0]
        if not first:
            raise InputError(f"{path} holds no article to explain")
        ids = ", ".join(str(i.id) for i in first[:SHOWN_IDS]) + (", ..." if len(first) > SHOWN_IDS else "")
        raise InputError(f"{path} holds several articles; give --id ID to explain one (ids: {ids}), or `sourcescore score` for all")
    for item in items:
        if _matches(item, ident, folder):
            return item
    raise InputError(f"no record with id {ident!r} in {path}")
