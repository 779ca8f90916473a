"""Regex building blocks shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie(phrases: Iterable[str]) -> str:
    """Regex alternation over ``phrases`` factored as a prefix trie; a space matches whitespace.

    It matches what the alternation of the phrases, longest first, matches (a longer phrase is
    tried before a phrase that is its prefix), but at each character the engine follows one
    branch instead of trying every phrase in turn.
    """
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def build(node: dict[str, dict]) -> str:
        alternatives = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(root)
