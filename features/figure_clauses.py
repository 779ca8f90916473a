"""Sources a figure's own clause names without a speech cue: the record it is "in", the subject that reports it.

Two structures of news copy pin a figure on a source with no "said" in sight (PolNeAR marks both as
attributions; the statistics extractor read the figures as unsourced):

* **"in <record>" after the figure**, in the same clause: "Obama was winning blacks by 28 points in the
  same poll", "he fell to 10 percent in the latest CNN/ORC poll released Wednesday";
* **a source as the subject of a reporting verb whose object holds the figure**, where the verb takes a
  noun phrase rather than a clause and so is no speech cue: "A Monmouth poll out Monday showed Clinton with
  51 percent", "Forbes put his net worth at $45 billion", "The company reported earnings of $8.42 a share",
  "Initial estimates put the total at 55,000 pages"; and a proposal or pledge holding a figure is its
  proposer's ("Mr. Cardin has proposed a 10 percent VAT").

Both are read inside the figure's clause only: no clause mark (semicolon, dash, parenthesis, colon)
and no sentence end between the figure and what sources it.
"""

from __future__ import annotations

import re

from .document import Document
from .source_phrases import SourcePhrase, classify
from .subject_phrases import time_tail, vague_phrase
from .vocabulary.statistics import DOCUMENT_HEADS, FIGURE_VERBS, NP_BREAKS

_NP_BREAKS = frozenset((*NP_BREAKS, "after", "before", "during", "until"))
_NP_TOKEN_RE = re.compile(r"[\w.&'\u2019/-]+\Z")
_CLAUSE_BREAKS = (";", "\u2014", "(", ")", ":", '"', "\u201c", "\u201d")
# Verb forms that are nouns as often ("a news show", "the count"): verbs only after a lower-case plural subject.
_NOUN_FORMS = frozenset({"show", "count", "tally", "estimate", "forecast", "report", "find", "put", "project"})
# A word before the verb form that makes it an adjective or a passive: the subject does not report the figure.
_NOT_BEFORE_VERB = frozenset("the a an its his her their our your my this that was were is are be been being".split())
_NOT_PLURAL = frozenset({"news", "series", "politics", "economics", "this", "his", "its", "was", "is", "has", "does"})
_MAX_GAP = 100  # characters at most between the figure and the record or verb that sources it
_AUXILIARIES = frozenset("has have had is are was were will would also has now".split())
# "in <record>": the record noun phrase after "in", up to its head (at most six words).
_IN_RECORD_RE = re.compile(r"\bin\s+((?:[\w.&'\u2019/-]+\s+){0,6}?(?:" + "|".join(sorted(DOCUMENT_HEADS, key=len, reverse=True)) + r"))(?![\w-])")
_PARTICIPLE_TAIL_RE = re.compile(r"\s+(?:released|published|conducted|taken|out)\b[^,;:.\u2014]{0,40}")  # "poll released Wednesday"
_VERB_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(FIGURE_VERBS, key=len, reverse=True)) + r")(?![\w-])")


def record_after(doc: Document, sentence_end: int, pos: int, end: int) -> SourcePhrase | None:
    """The record a figure at ``[pos, end)`` is "in", later in its clause ("28 points in the same poll"), or None."""
    text = doc.text
    stop = min(sentence_end, end + _MAX_GAP)
    m = _IN_RECORD_RE.search(text, end, stop)
    if m is None or _breaks(text, end, m.start()):
        return None
    phrase_start, phrase_end = m.start(1), m.end(1)
    if any(w.lower() in _NP_BREAKS for w in text[phrase_start:phrase_end].split()[:-1]):
        return None  # "in Iowa, where the poll": not one noun phrase
    tail = _PARTICIPLE_TAIL_RE.match(text, phrase_end, stop)
    return classify(doc, phrase_start, tail.end() if tail else phrase_end) or vague_phrase(doc, phrase_start, phrase_end)


def reporting_subject(doc: Document, sentence_start: int, pos: int) -> tuple[int, int, str, SourcePhrase] | None:
    """The reporting verb before a figure at ``pos`` and the source that is its subject: (verb start, verb end,
    verb, source), or None ("Forbes put his net worth at $45 billion")."""
    text = doc.text
    lo = max(sentence_start, pos - _MAX_GAP)
    verbs = list(_VERB_RE.finditer(doc.lowered if doc.lowered is not None else text.lower(), lo, pos))
    if not verbs:
        return None
    verb = verbs[-1]
    if _breaks(text, verb.end(), pos) or (verb.group() in _NOUN_FORMS and not _plural_before(text, verb.start())):
        return None  # "the Rachel Maddow Show hit 50%", "a news show": the noun
    before = text[max(sentence_start, verb.start() - 20) : verb.start()].split()
    if before and (before[-1].lower() in _NOT_BEFORE_VERB or before[-1].endswith(("'s", "\u2019s"))):
        return None  # "its proposed $104 billion sale", "Berlin's pledge", "was promised $90 million": no reporting subject
    subject_end = verb.start()
    words = text[sentence_start:subject_end].split()
    while words and words[-1].lower() in _AUXILIARIES:
        subject_end = text.rindex(words.pop(), sentence_start, subject_end)
    subject_end = sentence_start + len(text[sentence_start:subject_end].rstrip())
    subject = _subject_span(text, sentence_start, subject_end)
    if subject is None:
        return None
    subject_start, subject_end = subject
    source = classify(doc, subject_start, subject_end)
    if source is None:
        timed = time_tail(text, subject_start, subject_end)
        source = classify(doc, subject_start, timed) if timed > subject_start else None
    if source is None and subject_end - subject_start < 80:
        source = _record_subject(doc, subject_start, subject_end)
    return (verb.start(), verb.end(), verb.group(), source) if source is not None else None


def _plural_before(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is a lower-case plural or "data" ("polls show", "the data show")."""
    words = text[max(0, pos - 40) : pos].split()
    word = words[-1] if words else ""
    return word.islower() and (word.endswith("s") or word == "data") and word not in _NOT_PLURAL


def _subject_span(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The subject words before a verb at ``end``: from the sentence start ``lo`` or the last comma, skipping one
    parenthetical between commas ("A Fox News poll, conducted jointly with ..., shows"); None for no subject."""
    chunk = text[lo:end]
    if not chunk.strip():
        return None
    last_comma = chunk.rfind(",")
    if last_comma >= 0 and last_comma == len(chunk.rstrip()) - 1:
        first_comma = chunk.find(",")  # "<subject>, <participle phrase>, shows"
        if first_comma == last_comma:
            return None
        chunk = chunk[:first_comma]
        end = lo + first_comma
    elif last_comma >= 0:
        lo += last_comma + 1  # "In May, the campaign reported"
        chunk = chunk[last_comma + 1 :]
    words = chunk.split()
    if any(mark in chunk for mark in '"<>=\u201c\u201d'):
        return None  # markup or a quotation before the verb: no noun phrase to read
    if not words or len(words) > 10 or any(w.lower() in ("that", "which", "who", "and", "but", "if", "when") for w in words):
        return None
    return lo + (len(chunk) - len(chunk.lstrip())), end


def _record_subject(doc: Document, start: int, end: int) -> SourcePhrase | None:
    """A subject headed by a record noun that ``classify`` leaves unread ("Exit polling"), as a vague record."""
    words = doc.text[start:end].split()
    if not words or words[-1].lower().rstrip(".,") not in DOCUMENT_HEADS:
        return None
    if not all(_NP_TOKEN_RE.match(w) and w.lower() not in _NP_BREAKS for w in words):
        return None
    return vague_phrase(doc, start, end)


def _breaks(text: str, start: int, end: int) -> bool:
    """Whether a clause mark or a sentence end stands in ``text[start:end]``."""
    gap = text[start:end]
    return any(mark in gap for mark in _CLAUSE_BREAKS) or any(gap.find(m + " ") >= 0 for m in ".!?")
