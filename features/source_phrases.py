"""Classify the noun phrase an attribution points at: person, organization, document, anonymous or vague.

Rules, gazetteers and capitalisation only; no statistical NER model is downloaded or shipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .document import Document
from .fast import run_end, starts_word, whole_run_starts, word_boundary
from .spans import Span
from .vocabulary.sources import (
    ANONYMITY_REASONS,
    ARTICLES,
    CALENDAR_NAMES,
    CLAUSE_OPENERS,
    COLLECTIVE_WORDS,
    DATING_WORDS,
    DEFINITE_OWNERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    HEAD_ENDS,
    INDEFINITE,
    KNOWN_ORGANIZATIONS,
    NOT_IN_NOUN_PHRASE,
    ORG_WORDS,
    PLACE_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    SERIES_WORDS,
    SINGULAR_VAGUE_DOCUMENTS,
    SPEAKER_WORDS,
    TITLE_WORDS,
    US_STATES,
    VAGUE_HEADS,
    WEEKDAYS,
)
from .vocabulary.given_names import FEMALE_NAMES, MALE_NAMES, OTHER_GIVEN_NAMES

PERSON, ORGANIZATION, DOCUMENT, ANONYMOUS, VAGUE = "person", "organization", "document", "anonymous", "vague"
NAMED_KINDS = frozenset({PERSON, ORGANIZATION, DOCUMENT})

_TOKEN_RE = re.compile(r"[A-Za-z0-9][\w.&'\u2019-]*")
# Where a source phrase's head ends: a preposition, a relative pronoun or a participle.
_PREPOSITION_RE = re.compile(r"\s(?:" + "|".join(HEAD_ENDS) + r")\s")
# An unnamed circle around someone: "people close to the senator", "those around him", "insiders".
_CIRCLE_RE = re.compile(
    r"^(?:\w+\s+){0,2}(?:people|persons|those|insiders|friends|allies|associates|confidants|many|some|others)\s+"
    r"(?:close\s+to|around|near|in\s+(?:\w+\s+)?(?:circle|orbit|camp))\b",
    re.IGNORECASE,
)
_FAMILIAR_RE = re.compile(
    r"^(?:\w+\s+){0,2}(?:sources|people|persons|officials|insiders|a\s+source|a\s+person)\s+"
    r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)",
    re.IGNORECASE,
)
# What makes an unnamed report one specific document: when it came out, or its quoted title...
_DATED_DOC_RE = re.compile(r"\b(?:" + "|".join(DATING_WORDS) + "|on (?:" + "|".join(WEEKDAYS) + r"))\b|\"")
# ... or, after a definite article or a possessive, which issue of a series it is ("its monthly
# report"). After "a" these only describe: "a recent 2017 study" is any study.
_SERIES_DOC_RE = re.compile(r"\b(?:" + "|".join(SERIES_WORDS) + r"|\d{4})\b")
_POSSESSIVE_RE = re.compile(r"\w['\u2019]s?\s")  # "the department's data", "the states' figures"
_ANONYMITY_REASON_RE = re.compile("|".join(map(re.escape, ANONYMITY_REASONS)))
# The head words some rule below classifies without a capitalised name.
_HEAD_NOUNS = ORG_WORDS | VAGUE_HEADS | DOCUMENT_NOUNS | ROLE_NOUNS
# Words that show a subject is a clause, not a noun phrase ("what everyone else wants to").
_NOT_IN_NOUN_PHRASE = frozenset(PRONOUNS) | NOT_IN_NOUN_PHRASE
# Words of a subject that are no third party's name: pronouns ("He", "I'll", "You").
_NOT_A_NAME = frozenset(PRONOUNS) | SPEAKER_WORDS
# Where a capitalised run stops, read back from its end: a lower-case word, or a capitalised function word ("But").
_RUN_STOPS = FUNCTION_WORDS | frozenset(ARTICLES)
# A party tag after a legislator's name, read as the subject when the parenthesis opens a clause:
# "Sen. Rob Portman (R-Ohio) said", "Mike Huckabee (R) announced".
_PARTY_TAG_RE = re.compile(r"[RDI](?:-[A-Z][A-Za-z.]*)?\.?\)?")
_NAME_BEFORE_RE = re.compile(r"([A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*)*)\s*[(,]$")
# Courtesy titles that show a gender (AP Stylebook, "courtesy titles").
_COURTESY_GENDER = {"mrs": "f", "ms": "f", "miss": "f", "mr": "m"}
_MONTHS_AND_DAYS = frozenset(w.lower() for w in CALENDAR_NAMES)
_GENDERS: dict[str, str | None] = {**dict.fromkeys(OTHER_GIVEN_NAMES), **dict.fromkeys(FEMALE_NAMES, "f"), **dict.fromkeys(MALE_NAMES, "m")}


@dataclass(frozen=True, slots=True)
class SourcePhrase:
    """A source mention: where it is, what kind it is, and the role given for a person."""

    start: int  # normalized offsets of the phrase
    end: int
    span: Span
    text: str  # original text of the phrase
    kind: str  # person | organization | document | anonymous | vague
    role: str | None
    key: str  # identity for grouping mentions of one source
    anonymity_reason: bool = False


def _possessive(token: str) -> str:
    return token[:-2] if token.endswith(("'s", "\u2019s")) else token.rstrip("'\u2019")


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


def classify(doc: Document, start: int, end: int) -> SourcePhrase | None:
    """Classify the phrase ``doc.text[start:end]``; ``None`` when it does not name a source."""
    text = doc.text
    phrase = text[start:end]
    cut = _PREPOSITION_RE.search(phrase)
    if cut is not None and cut.start() == 0:
        cut = None
    # The head is the tokens before the cut (a whitespace, which no token crosses), else the first; the
    # tokens after the cut are read only past the early return below.
    head = _TOKEN_RE.findall(text, start, start + cut.start() if cut else end)
    if not head:
        if cut is None:
            return None
        head = _TOKEN_RE.findall(text, start, end)[:1]
        if not head:
            return None
    if cut is None and len(head) == 1 and head[0][0] in "RDI" and len(head[0]) < 9 and _PARTY_TAG_RE.fullmatch(head[0]):
        return _party_tag_owner(doc, start)
    tail = head[-1]
    last = _possessive(tail).lower()
    caps = tail[0].isupper() and tail.lower() not in ARTICLES  # the head ends in a capitalised run
    stripped = phrase.strip()
    if _CIRCLE_RE.match(stripped):
        return SourcePhrase(*_whole(doc, start, end), VAGUE, None, stripped.lower())
    if not caps and last not in _HEAD_NOUNS and not _FAMILIAR_RE.match(stripped):
        return None  # what the rules below conclude, without building their inputs
    tokens = head if cut is None else _TOKEN_RE.findall(text, start, end)
    # A token's offset is where its text first occurs from the previous token's end: every token
    # starts at the first [A-Za-z0-9] there, and its text starts with one.
    p_start = text.find(tokens[0], start, end)
    p_end = text.rfind(tokens[-1], start, end) + len(tokens[-1])
    # Start at the last determiner of the head ("a scenario the IAEA" -> "the IAEA").
    for i in range(len(head) - 1, 0, -1):
        if head[i].lower() in ARTICLES:
            for token in head[:i]:
                p_start = text.find(token, p_start, end) + len(token)
            p_start = text.find(head[i], p_start, end)
            head = head[i:]
            break
    words = [_possessive(t) for t in head]
    lower = [w.lower() for w in words]
    first = lower[0]

    def make(kind: str, role: str | None = None, key: str | None = None) -> SourcePhrase:
        span = doc.span(p_start, p_end, f"source:{kind}")
        text = doc.original[span.start : span.end]
        # Only an anonymous source owes a reason for being unnamed (sourcing and the rules read it for no other kind).
        reason = kind == ANONYMOUS and _anonymity_reason(doc, p_start, p_end)
        return SourcePhrase(p_start, p_end, span, text, kind, role, key or text.lower(), reason)

    if len(head) == 1 and first in PRONOUNS:
        return None  # the caller resolves pronouns to an earlier source
    if last in _NOT_A_NAME or (("'" in tail or "\u2019" in tail) and tail.lower().replace("\u2019", "'") in _NOT_A_NAME):
        return None  # "If I", "And I", "You", "They're", "Somebody": no third party named
    if first in CLAUSE_OPENERS:
        return None  # "who lives outside Minneapolis": a clause, not a noun phrase
    if _FAMILIAR_RE.match(stripped):
        return SourcePhrase(*_whole(doc, start, end), ANONYMOUS, "sources familiar with the matter", stripped.lower(), True)
    caps_run = _trailing_caps(head) if caps else []
    if last in ORG_WORDS and not _is_cap(words[-1]) and not caps_run:
        return make(ORGANIZATION)  # "the South Korean military", "state media", "the agency"
    if last in VAGUE_HEADS:
        return _classify_evidence_head(make, words, lower, text[p_start:end])
    if last in DOCUMENT_NOUNS:
        # "court records", "the State Department's statement": an owner (a name, an institution) and a record.
        # A dated one is specific too, after "a" as well ("a Gallup poll released Monday").
        owned = first not in INDEFINITE and (
            any(_is_cap(w) or w.lower() in ORG_WORDS for w in words[:-1]) or first in DETERMINERS - INDEFINITE
        )
        dated = _DATED_DOC_RE.search(text, p_start, end) is not None
        return make(DOCUMENT if owned or dated else VAGUE)
    if caps_run:
        return _classify_name(doc, make, words, caps_run, _sentence_initial(doc, p_start))
    if last in ROLE_NOUNS:
        if first in INDEFINITE or _anonymity_reason(doc, p_start, p_end):
            return make(ANONYMOUS, role=" ".join(w for w in words if w.lower() not in INDEFINITE))
        if last.endswith("s") and len(words) == 1:
            return make(VAGUE)  # bare "officials said"
        return make(ANONYMOUS, role=" ".join(w for w in words if w.lower() not in DETERMINERS))
    return None


def classify_unnamed(doc: Document, start: int, end: int) -> SourcePhrase | None:
    """A subject with no name that still says who spoke: an unnamed collective ("proponents of the law",
    "some supporters", "42%": vague) or one unnamed person ("the woman", "a top GOP strategist":
    anonymous); ``None`` for anything that is no noun phrase."""
    text = doc.text
    phrase = text[start:end]
    cut = _PREPOSITION_RE.search(phrase)
    head_end = start + cut.start() if cut and cut.start() > 0 else end
    head = _TOKEN_RE.findall(text, start, head_end)
    if not head or len(head) > 6:
        return None
    words = [_possessive(t).lower() for t in head]
    if any(w in _NOT_IN_NOUN_PHRASE for w in words) or not all(w.replace("-", "").isalpha() or w.endswith("%") for w in words[-1:]):
        return None
    p_start = text.find(head[0], start, end)
    p_end = text.rfind(head[-1], start, end) + len(head[-1])
    if cut and cut.start() > 0:
        p_end = start + len(phrase.rstrip())
    span = doc.span(p_start, p_end, "source:unnamed")
    original = doc.original[span.start : span.end]
    last, first = words[-1], words[0]
    if last in COLLECTIVE_WORDS or last.endswith("%") or (last.endswith("s") and not last.endswith(("ss", "us", "is"))):
        return SourcePhrase(p_start, p_end, doc.span(p_start, p_end, "source:vague"), original, VAGUE, None, original.lower())
    if first in DETERMINERS or first in INDEFINITE or len(words) == 1 and head[0][0].islower():
        role = " ".join(w for w in head if w.lower() not in DETERMINERS and w.lower() not in INDEFINITE) or None
        return SourcePhrase(p_start, p_end, doc.span(p_start, p_end, "source:anonymous"), original, ANONYMOUS, role,
                            original.lower(), _anonymity_reason(doc, p_start, p_end))
    return None


def _anonymity_reason(doc: Document, start: int, end: int) -> bool:
    """Whether the phrase at normalized ``[start, end)``, or the 120 characters after it, say why the source is unnamed."""
    if doc.lowered is None:
        return _ANONYMITY_REASON_RE.search(doc.text[start : end + 120].lower()) is not None
    return _ANONYMITY_REASON_RE.search(doc.lowered, start, end + 120) is not None


def _whole(doc: Document, start: int, end: int) -> tuple[int, int, Span, str]:
    text = doc.text[start:end]
    start += len(text) - len(text.lstrip())
    end = start + len(text.strip())
    span = doc.span(start, end, "source:anonymous")
    return start, end, span, doc.original[span.start : span.end]


def _trailing_caps(head: list[str]) -> list[str]:
    """The capitalised words that end ``head``, possessive 's dropped; the run stops at a function word
    ("But Sanders") and after an owner's possessive ("Reuters' Luciana Lopez", "Germany's Angela Merkel")."""
    run: list[str] = []
    for tok in reversed(head):
        if not _is_cap(tok) or (run and tok.lower() in _RUN_STOPS):
            break
        if run and tok.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            break  # the owner of what follows
        run.append(_possessive(tok))
    run.reverse()
    return run


def _party_tag_owner(doc: Document, start: int) -> SourcePhrase | None:
    """The name a party tag at ``start`` follows, classified: "Paul D. Ryan (R-Wis.)", "Sen. Marco Rubio, R-Fla.,"."""
    text = doc.text
    open_at = start - 1
    while open_at > 0 and text[open_at] == " ":
        open_at -= 1
    if open_at <= 0 or text[open_at] not in "(,":
        return None
    owner = _NAME_BEFORE_RE.search(text, max(0, open_at - 80), open_at + 1)
    if owner is None:
        return None
    found = classify(doc, owner.start(1), owner.end(1))
    return found if found is not None and found.kind == PERSON else None


def function_words_only(phrase: str) -> bool:
    """Whether ``phrase`` holds words and all are function words ("So", "Why not just"): no subject at all."""
    if len(phrase) > 24:
        return False  # longer than any run of function words a subject is left with
    words = phrase.lower().split()
    return bool(words) and all(w in FUNCTION_WORDS for w in words)


def pronoun_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the pronoun that ends ``text[start:end]`` after function words only ("And I", "While he",
    "Although in September she"), or None. Clitics are dropped ("I'm" gives "I")."""
    if end - start > 40 or text.find(" ", start, end) < 0:
        return None  # one word, or more than a few
    words = text[start:end].split()
    if len(words) > 5:
        return None
    last = words[-1].lower().replace("\u2019", "'").split("'")[0]
    if last not in PRONOUNS or not all(w.lower() in FUNCTION_WORDS or w[:1].isupper() and w.lower() in _MONTHS_AND_DAYS
                                       for w in words[:-1]):
        return None
    at = text.rfind(words[-1], start, end)
    return at, at + len(last)


def given_name_gender(word: str) -> str | None:
    """``"f"`` or ``"m"`` when ``word`` is a given name of one sex (vocabulary.given_names), else None."""
    return _GENDERS.get(word)


def name_evidence(name: str) -> tuple[bool, str | None]:
    """Whether a capitalised name reads as a person's (a title, or a given name before a surname), and the
    gender its courtesy title or given name shows: "Sen. Bernie Sanders" (True, "m"), "New Hampshire" (False, None)."""
    words = name.split()
    titled, gender = False, None
    for i, word in enumerate(words):
        bare = word.rstrip(".").lower()
        if bare in TITLE_WORDS:
            titled, gender = True, gender or _COURTESY_GENDER.get(bare)
            continue
        if i + 1 < len(words) and word in _GENDERS and word not in US_STATES and word not in CALENDAR_NAMES:
            return True, gender or _GENDERS[word]
        break
    return titled, gender


def place_like(name: str) -> bool:
    """Whether a capitalised run holds a place or calendar word, or opens with a participle ("Speaking Sunday")."""
    words = name.split()
    first = words[0].lower() if words else ""
    return first.endswith(("ing", "ed")) or any(
        w.rstrip(".,") in US_STATES or w.rstrip(".,") in CALENDAR_NAMES or w.lower().rstrip(".,") in PLACE_WORDS for w in words
    )


def surname_evidence(doc: Document, word: str) -> tuple[bool, str | None]:
    """Whether a capitalised ``word`` follows a given name or a title somewhere in ``doc`` ("Donald Trump",
    "Mr. Trump"), and the gender the first such one shows: the surname of a person (memoized per document)."""
    memo: dict[str, tuple[bool, str | None]] = doc.__dict__.setdefault("_surname_evidence", {})
    found = memo.get(word)
    if found is None:
        found = (False, None)
        text = doc.text
        for pos in _word_occurrences(text, word):
            if pos < 2 or text[pos - 1] != " ":
                continue
            before = text[text.rfind(" ", max(0, pos - 24), pos - 1) + 1 : pos - 1]  # the word before
            bare = before.rstrip(".").lower()
            if bare in TITLE_WORDS:
                found = (True, _COURTESY_GENDER.get(bare))
                break
            if before in _GENDERS and before not in US_STATES and before not in CALENDAR_NAMES:
                found = (True, _GENDERS[before])
                break
        memo[word] = found
    return found


def full_name(doc: Document, word: str) -> str | None:
    """A longer capitalised name holding ``word`` elsewhere in ``doc`` ("Sanders" -> "Bernie Sanders"), or None."""
    return _full_name(doc, word)


def _classify_evidence_head(make, words: list[str], lower: list[str], tail: str) -> SourcePhrase:  # type: ignore[no-untyped-def]
    last = lower[-1]
    # Specific means checkable: a definite owner and record ("the department's data", "its figures",
    # "the 2023 audit") or a dated one ("a report released Monday"). An indefinite or bare reference
    # is any of many, whatever prestige name it carries ("a Harvard report", "Defense Ministry data",
    # "RAND Corporation studies").
    definite = lower[0] in DEFINITE_OWNERS or _POSSESSIVE_RE.search(tail) is not None
    dated = _DATED_DOC_RE.search(tail) is not None
    if lower[0] in INDEFINITE:
        return make(DOCUMENT if dated else VAGUE)
    if last in ("data", "figures") and (definite or dated):
        return make(DOCUMENT)  # "the ministry's data", "its figures": an owned dataset
    if last in SINGULAR_VAGUE_DOCUMENTS and (definite or dated or _SERIES_DOC_RE.search(tail)):
        return make(DOCUMENT)  # "its monthly report", "the report": one specific document
    return make(VAGUE)  # "Military experts", "RAND Corporation studies", "Defense Ministry data"


def _classify_name(doc: Document, make, words: list[str], run: list[str], initial: bool = False) -> SourcePhrase:  # type: ignore[no-untyped-def]
    low = [w.lower() for w in run]
    # Split a title off the name: "Russian Deputy Foreign Minister Andrey Rudenko". A name after a
    # title is a person's even when the title holds an organisation ("Senate Majority Leader Mitch McConnell").
    cut = 0
    for i, w in enumerate(low):
        if (w in TITLE_WORDS or w in ROLE_NOUNS) and not (i and (run[i - 1] in _GENDERS or _initial(run[i - 1]))):
            cut = i + 1  # a title; after a given name or an initial it is a surname ("Matthew Prince", "Peter T. King")
    name = run[cut:]
    titled = 0 < cut and name and not any(w in ORG_WORDS for w in low[cut:]) and not name[-1].isupper()
    if not titled and (any(w in ORG_WORDS for w in low) or any(w in KNOWN_ORGANIZATIONS for w in run) or run[-1].isupper()):
        return make(ORGANIZATION, key=" ".join(run).lower())
    role_words = [w for w in words[: len(words) - len(name)] if w.lower() not in DETERMINERS and w.lower() not in _RUN_STOPS]
    role = " ".join(role_words) or None
    if not name:
        return make(ANONYMOUS, role=role)  # "the Deputy Minister": a title with no name
    if len(name) == 1:
        full = _full_name(doc, name[0])
        if full is None and initial and len(words) == 1 and _plural(name[0]):
            return make(VAGUE)  # "Proponents of the law say": a capital that only starts the sentence
        if full is None and not titled and not surname_evidence(doc, name[0])[0]:
            return make(ORGANIZATION, key=name[0].lower())  # "Pyongyang said", "Moscow says"; not "Mr. Trump"
        return make(PERSON, role=role, key=_person_key(full.split() if full else name))
    return make(PERSON, role=role, key=_person_key(name))


def _initial(word: str) -> bool:
    """Whether ``word`` is a name's initial: "T.", "J"."""
    return len(word) <= 2 and word[:1].isupper() and word[1:] in ("", ".")


def _sentence_initial(doc: Document, pos: int) -> bool:
    """Whether only quote marks, brackets or spaces stand between the start of ``pos``'s sentence and ``pos``."""
    if not doc.sentences:
        return pos == 0
    s = doc.sentences[doc.sentence_index(pos)]
    return not doc.text[s.start : pos].strip("\"'( \n")


def _plural(word: str) -> bool:
    """A common noun's plural, by its ending ("Proponents", "Critics"; not "Moss", "Xerxes" is a guess)."""
    return word.islower() is False and word[1:].islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _person_key(name: list[str]) -> str:
    # Family name last for most names; East Asian names ("Kim Jong Un", "Lee Sung Joon") put it first.
    return (name[0] if len(name) == 3 and len(name[1]) <= 4 and len(name[2]) <= 4 else name[-1]).lower()


_LEADING_RUN_RE = re.compile(r"\w+")
_SCANNED_NAMES = 8  # names per document looked up by str.find before the index of capitalised words
_NAME_REACH = 200  # characters searched on each side of an occurrence for the name around it
# What must sit right beside an occurrence for a name to match around it (see _names_around).
_NAME_WORD_BEFORE_RE = re.compile(r"[a-z'\u2019-] $")
_NAME_WORD_AFTER_RE = re.compile(r" [A-Z][a-z'\u2019-]")
_NAME_TAIL = frozenset("abcdefghijklmnopqrstuvwxyz'\u2019-")  # [a-z'’-]: what follows a name's capital


def _full_name(doc: Document, token: str) -> str | None:
    """Return a longer capitalised name containing ``token`` elsewhere in ``doc`` ("Saakyan" -> "Oleh Saakyan").

    The first name :func:`_names_around` finds in the text that reads as a person's name. Only the
    neighbourhoods of ``token``'s occurrences are searched (every match contains one), and the
    answer is remembered per document: a scan of the whole text for each cue made a long article
    with many single-word sources quadratic. The first few tokens are found with ``str.find``;
    past those, the document's index of capitalised words (linear to build, but dearer than a
    few scans) lists the occurrences.
    """
    memo: dict[str, str | None] = doc.__dict__.setdefault("_full_names", {})
    if token not in memo:
        if len(memo) < _SCANNED_NAMES:
            occurrences: Iterable[int] = _word_occurrences(doc.text, token)
        else:
            lead = _LEADING_RUN_RE.match(token)
            occurrences = doc.capitalised_words.get(lead.group() if lead else token, ())
        memo[token] = _find_full_name(doc.text, token, occurrences)
    return memo[token]


def _word_occurrences(text: str, token: str) -> Iterator[int]:
    """The offsets ``Document.capitalised_words`` lists under ``token``'s leading ``\\w`` run where ``text`` goes on with ``token``.

    That is, where ``token`` (which starts with A-Z) starts a word and its leading run is the
    whole ``\\w`` run there (``\\w`` is ``str.isalnum()`` or "_").
    """
    if not "A" <= token[:1] <= "Z":
        return iter(())
    return whole_run_starts(text, token, _LEADING_RUN_RE.match(token).end())  # type: ignore[union-attr]


def _find_full_name(text: str, token: str, occurrences: Iterable[int]) -> str | None:
    after = 0  # matches do not overlap: the search goes on after the last one, as finditer's would
    for pos in occurrences:
        if pos < after or not text.startswith(token, pos):
            continue
        if not (_NAME_WORD_BEFORE_RE.match(text, max(0, pos - 2), pos) or _NAME_WORD_AFTER_RE.match(text, pos + len(token))):
            continue  # no capitalised word beside it
        hi = min(len(text), pos + len(token) + _NAME_REACH)
        for start, end in _names_around(text, token, max(after, pos - _NAME_REACH), hi):
            if end <= pos:
                continue  # a match around an earlier occurrence, already judged
            if start > pos or (end == hi < len(text)):
                break  # not around this occurrence, or cut short by the window
            after = end
            words = [w for w in text[start:end].split() if w.lower() not in TITLE_WORDS]
            if len(words) >= 2 and not any(w.lower() in ORG_WORDS for w in words):
                return " ".join(words)
            break
    return None


def _names_around(text: str, token: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The spans ``re.finditer`` yields in ``text[lo:hi]`` for ``token`` (which starts with A-Z) and this pattern::

        \\b((?:[A-Z][a-z'’-]+ ){1,2}TOKEN|TOKEN(?: [A-Z][a-z'’-]+){1,2})\\b

    one or two capitalised words before the token, or after it. Matched by hand, with the
    regex engine's backtracking order: compiling that pattern for each new token cost more
    than all the rest of the attribution reading. A match starts at an occurrence of the
    token or one or two words before one, so only those capitals (``(?<!\\w)[A-Z]``) are tried.
    """
    pos = lo
    for start in _name_starts(text, token, lo, hi):
        if start < pos or not starts_word(text, start):
            continue  # inside the last match, or not a capital that starts a word
        end = _name_end(text, token, start, hi)
        if end >= 0:
            yield start, end
            pos = end


def _name_starts(text: str, token: str, lo: int, hi: int) -> list[int]:
    """Sorted offsets in ``[lo, hi)`` of A-Z at the token's occurrences and one or two ``[A-Z][a-z'’-]* `` before them.

    The walks back over ``[a-z'’-]`` are separated by the spaces before the occurrences, so
    together they read each character of the window at most twice.
    """
    starts: set[int] = set()
    t = text.find(token, lo, hi)
    while t >= 0:
        starts.add(t)
        end = t
        for _ in range(2):
            if end - 1 <= lo or text[end - 1] != " ":
                break
            i = end - 2
            while i >= lo and text[i] in _NAME_TAIL:
                i -= 1
            if i < lo or not "A" <= text[i] <= "Z":
                break
            starts.add(i)
            end = i
        t = text.find(token, t + 1, hi)
    return sorted(starts)


def _name_end(text: str, token: str, start: int, hi: int) -> int:
    """End of the pattern's match at ``start`` (a word start with a capital A-Z), or -1."""
    n = len(token)
    first = _word_and_space(text, start, hi)
    if first >= 0:  # capitalised words, then the token: two words tried before one
        second = _word_and_space(text, first, hi)
        if second >= 0 and _token_at(text, token, second, hi) and word_boundary(text, second + n, hi):
            return second + n
        if _token_at(text, token, first, hi) and word_boundary(text, first + n, hi):
            return first + n
    after = start + n
    if not (_token_at(text, token, start, hi) and after + 2 < hi and text[after] == " " and "A" <= text[after + 1] <= "Z"):
        return -1
    end1 = run_end(text, after + 2, hi, _NAME_TAIL)
    if end1 == after + 2:
        return -1
    # The token, then two capitalised words or one; the last word's tail gives back letters until \b holds.
    if end1 + 2 < hi and text[end1] == " " and "A" <= text[end1 + 1] <= "Z":
        end2 = run_end(text, end1 + 2, hi, _NAME_TAIL)
        for end in range(end2, end1 + 2, -1):
            if word_boundary(text, end, hi):
                return end
    for end in range(end1, after + 2, -1):
        if word_boundary(text, end, hi):
            return end
    return -1


def _token_at(text: str, token: str, pos: int, hi: int) -> bool:
    return pos + len(token) <= hi and text.startswith(token, pos)


def _word_and_space(text: str, pos: int, hi: int) -> int:
    """The position after ``[A-Z][a-z'’-]+ `` at ``pos``, or -1."""
    if pos < hi and "A" <= text[pos] <= "Z":
        end = run_end(text, pos + 1, hi, _NAME_TAIL)
        if pos + 1 < end < hi and text[end] == " ":
            return end + 1
    return -1
