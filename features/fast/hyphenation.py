"""Liang's hyphenation patterns (as Pyphen holds them) counted in one pass by an Aho-Corasick automaton."""

from __future__ import annotations

from typing import Any


class Hyphenator:
    """Counts the hyphenation points of a Pyphen object: ``len(pyphen.positions(word))``, computed alike.

    Pyphen looks up, at each position of ``.word.`` but the last, every substring of up to
    ``maxlen`` characters among its patterns, and keeps at each position between two characters
    the highest value of the patterns found; a point is an odd value. Here the patterns form an
    Aho-Corasick automaton that finds them all in one pass over ``.word.``, and values are bit
    sets: a value v at position p sets the bits ``p * levels + 0 .. v - 1`` (Liang's patterns have
    9 levels), so that taking the highest value is OR-ing, and a position's value is odd when its
    bits XOR to 1. A state holds the bits of every pattern ending there (its own and those of its
    suffixes), each placed ``longest - len(pattern)`` positions up: shifted up by the position
    after the end of a match and down by ``longest`` in the end, the bits land at the match's start.
    """

    def __init__(self, pyphen: Any) -> None:
        patterns: dict[str, tuple[int, tuple[int, ...]]] = pyphen.hd.patterns
        if "." in patterns:  # not in any Pyphen dictionary textstat uses
            raise ValueError("a pattern '.' would match at the end of the word, where Pyphen never looks")
        distinct = set(patterns.values())  # 1,562 of 11,015 in en_US
        self._levels = levels = max((max(values, default=0) for _, values in distinct), default=0) or 1
        self._longest = longest = max(map(len, patterns), default=0)
        bits = {pattern: self._bits(*pattern) for pattern in distinct}
        # A state: [next states by character, failure state, bits of the patterns ending here].
        root: list[Any] = [{}, None, 0]
        for key, pattern in patterns.items():
            state = root
            for ch in key:
                following = state[0].get(ch)
                if following is None:
                    following = state[0][ch] = [{}, root, 0]
                state = following
            state[2] = bits[pattern] << ((longest - len(key)) * levels)
        root[1], root[2] = root, 0  # Pyphen never looks up the empty string
        # Breadth first (the list grows as it is read), so that a state's failure state (its
        # longest proper suffix that is a state, shallower) has its bits complete before it.
        states = list(root[0].values())  # their failure state is the root
        for state in states:
            state[2] |= state[1][2]
            for ch, child in state[0].items():
                suffix = state[1]
                while ch not in suffix[0] and suffix is not root:
                    suffix = suffix[1]
                child[1] = suffix[0].get(ch, root)
                states.append(child)
        self._root = root
        self._left, self._right = pyphen.left, pyphen.right

    def _bits(self, offset: int, values: tuple[int, ...]) -> int:
        """A pattern's values, the first at position ``offset``, as bit sets."""
        return sum(((1 << value) - 1) << ((offset + k) * self._levels) for k, value in enumerate(values))

    def count(self, word: str) -> int:
        """How many hyphenation points ``word`` has."""
        root, levels = self._root, self._levels
        state = root
        values = 0  # the bit sets of all positions, ``levels`` bits a position, ``longest`` positions up
        shift = levels  # the position after the current character
        for ch in f".{word.lower()}.":
            while (following := state[0].get(ch)) is None and state is not root:
                state = state[1]
            if following is not None:
                state = following
                if state[2]:
                    values |= state[2] << shift
            shift += levels
        values >>= self._longest * levels
        odd = values
        for level in range(1, levels):
            odd ^= values >> level  # the lowest bit of each position: the parity of its value
        # Points between letters left..right (counted from 1 after the leading "."): positions low..high - 1.
        low, high = self._left + 1, len(word) - self._right + 2
        if high <= low:
            return 0
        each_position = ((1 << (levels * (high - low))) - 1) // ((1 << levels) - 1)  # bit 0 of each of them
        return (odd & (each_position << (low * levels))).bit_count()
