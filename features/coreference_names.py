"""What reads as a person's name, for the coreference resolver: runs of capitalised words, titles, given names and
their sex, and the patterns the resolver reads a sentence with (fronted clauses, descriptions, pronouns)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .document import Document
from .source_phrases import ORGANIZATION, PERSON, SourcePhrase, classify, name_evidence, place_like
from .vocabulary.attribution import ALWAYS_ATTRIBUTIVE, AUXILIARIES, SPEECH_VERBS
from .vocabulary.given_names import FEMALE_NAMES, MALE_NAMES, OTHER_GIVEN_NAMES
from .vocabulary.sources import (
    CALENDAR_NAMES, DETERMINERS, FEMALE_WORDS, FUNCTION_WORDS, KNOWN_ORGANIZATIONS, MALE_WORDS, PLACE_WORDS, PRONOUNS,
    ROLE_NOUNS, SPEAKER_WORDS, TITLE_WORDS, US_STATES,
)

# A run of capitalised words (initials and abbreviations inside): a candidate name.
_NAME_RUN_RE = re.compile(r"[A-Z][\w'\u2019-]*\.?(?:\s(?:[A-Z][\w'\u2019-]*\.?))*")
# A sentence that opens with a subject pronoun, after quote marks or a conjunction: "He nodded", "But she".
_OPENING_PRONOUN_RE = re.compile(r"[\"'\u201c(\s]*(?:(?:And|But|So|Then|Yet)\s+)?(He|She|he|she)\b")
_NO_SURNAMES = CALENDAR_NAMES | US_STATES | KNOWN_ORGANIZATIONS
# Given names whose sex the bundled lists show, and those they list without one ("Bernie", "Ted").
_GIVEN = {**dict.fromkeys(OTHER_GIVEN_NAMES, "?"), **dict.fromkeys(FEMALE_NAMES, "f"), **dict.fromkeys(MALE_NAMES, "m")}
_NOT_GIVEN = CALENDAR_NAMES | US_STATES  # "April", "June", "Virginia": a month or a state first
_COURTESY = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# A word that opens a fronted adverbial ("In an interview Monday, Sanders said"): a preposition or a
# subordinating conjunction of FUNCTION_WORDS; determiners and adverbs that start a subject are not.
_FRONTING = FUNCTION_WORDS - DETERMINERS - frozenset(
    "and but or nor so yet then also even just only still now here there no not do does did yes well oh".split()
)
# After a subject, a verb group starts with an auxiliary or an adverb (vocabulary.attribution.AUXILIARIES).
_VERB_STARTS = AUXILIARIES | frozenset("said says told tells added wrote went made took gave spoke sent".split())
_SENTENCE_OPENERS = frozenset("and but so then yet".split())
_FRONT_REACH = 160  # characters within which a fronted adverbial must end with its comma
# Capitalised words that are no one's name: pronouns, first and second person, function words, places.
_NOT_NAMES = frozenset(PRONOUNS) | SPEAKER_WORDS | FUNCTION_WORDS | PLACE_WORDS | frozenset("his her its their him them".split())
# A title inside a run of capitalised words, a name after it: " Gov. John", " Sen. Bernie", " Secretary Hillary".
_TITLE_IN_RUN_RE = re.compile(r"(?<= )(?:" + "|".join(sorted((w.capitalize() for w in TITLE_WORDS), key=len, reverse=True)) + r")\.?(?= [A-Z])")
_TITLE_BEFORE_RE = re.compile(r"(?:(?<= )|(?<=^))(?:[A-Z][a-z]*\.? )*?(?:" + "|".join(sorted((w.capitalize() for w in TITLE_WORDS), key=len, reverse=True)) + r")\.? $")
# A name's continuation when it modifies a role before another name: lower-case words, then a capital.
_MODIFIER_RE = re.compile(r"(?:['\u2019]s)?((?: [a-z][\w-]*){1,3}) [A-Z][a-z]")
_ROLE_WORDS = ROLE_NOUNS | TITLE_WORDS | frozenset("campaign strategist consultant pollster".split())
# A sentence opening with a definite description: "The Florida senator", "the former governor", "The senator's".
_DESCRIPTION_RE = re.compile(r"[\"'\u201c(\s]*(?:(?:And|But|So|Then|Yet)\s+)?([Tt]he\s+(?:(?:[A-Z][\w.-]*|former|new|then)\s+){0,3}([a-z]+))\b")
_DESCRIBED_ROLES = frozenset("senator governor congressman congresswoman representative mayor secretary president speaker".split())
_TITLE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "rep": "representative", "pres": "president", "secy": "secretary"}
# Each role a description names -> the titles that give it before a name ("Sen. Marco Rubio", "Senator Sanders").
_TITLE_PATTERNS = {
    role: re.compile(r"\b(?:" + "|".join([role.capitalize(), *(a.capitalize() + r"\." for a, r in _TITLE_ABBREVIATIONS.items() if r == role)])
                     + r") [A-Z]")
    for role in _DESCRIBED_ROLES
}
_PRONOUN_AFTER_COMMA_RE = re.compile(r", (?:he|she|they|it|we|I)\b")
# A given name or a title right before a surname, or one word before that ("Hillary Rodham Clinton", "Joseph R.").
_NAME_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)(\.)? $")
_NAMES_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)() (?:[A-Z]\.|[A-Z][a-z]+) $")
# Third-person singular pronouns, and another name after a lower-case word or a comma ("..., said Jane Doe").
_THIRD_PERSON_RE = re.compile(r"\b(?:[Hh]e|himself|[Ss]he|herself)\b")  # subjects and reflexives: the subject's own
_GENDER_OF_WORD = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_OTHER_NAME_RE = re.compile(r"[a-z,] [A-Z][a-z]")
# The one-word forms of the cue verbs that attribute whatever their subject ("said", "tells", "testified").
_ATTRIBUTIVE_FORMS = frozenset(form for form, lemma in SPEECH_VERBS.items() if lemma in ALWAYS_ATTRIBUTIVE and " " not in form)
_WORD_AT_RE = re.compile(r"[\w'\u2019-]+")


def _modifies_a_name(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` modifies a role before another name: "Obama consultant Cornell Belcher",
    "Clinton's campaign manager Robby Mook", "Trump adviser Roger Stone"."""
    m = _MODIFIER_RE.match(text, end)
    return m is not None and any(w in _ROLE_WORDS for w in m.group(1).split())


def _name_like(text: str) -> bool:
    """Whether a person mention reads as a name: it ends in a capitalised word and holds at most two lower-case words,
    none a pronoun ("Clinton spokesman Josh Schwerin"; not "many more Latinos", "he doesn't need Dodd-Frank's")."""
    words = text.split()
    if not words or not words[-1][:1].isupper():
        return False
    lower = [w for w in words if w[:1].islower()]
    return len(lower) <= 2 and not any(w in PRONOUNS for w in lower)


def _whole_words(text: str, word: str) -> Iterator[int]:
    """Where ``word`` occurs in ``text`` as a whole word (no letter, digit or hyphen on either side)."""
    size, at = len(word), text.find(word)
    while at >= 0:
        before = text[at - 1 : at] if at else ""
        after = text[at + size : at + size + 1]
        if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
            yield at
        at = text.find(word, at + size)


def _possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


def _name_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The capitalised runs of ``text[start:end]``, leading function words dropped ("But Sanders" is "Sanders")."""
    runs = []
    for m in _NAME_RUN_RE.finditer(text, start, end):
        group, at = m.group(), m.start()
        while " " in group:
            word, rest = group.split(" ", 1)
            if word.lower() not in FUNCTION_WORDS:
                break
            at += len(word) + 1
            group = rest
        if group.lower() not in FUNCTION_WORDS:
            runs.append((at, m.end(), group))
    return runs


def _candidate(doc: Document, start: int, end: int, known: dict[str, SourcePhrase]) -> SourcePhrase | None:
    """A run of several capitalised words read as a candidate: an organization, or a person with evidence
    (a title, a given name, or a surname already cited); None for the rest ("New Hampshire", "Fox News"),
    and for a run after a determiner or a possessive pronoun ("his White House bid") that holds no title."""
    before = doc.text[max(0, start - 8) : start]
    if before.endswith(" ") and before.strip() and before.rstrip().rsplit(None, 1)[-1] in DETERMINERS:
        if not name_evidence(doc.text[start:end])[0]:
            return None
    phrase = classify(doc, start, end)
    if phrase is None or phrase.kind != PERSON or (phrase.role is None and place_like(phrase.text)):
        # "Ohio Gov. John Kasich", "Wisconsin Gov. Scott Walker": a place before a title; the name from the title on.
        titled = _TITLE_IN_RUN_RE.search(doc.text, start + 1, end)
        if titled is not None:
            inner = classify(doc, titled.start(), end)
            if inner is not None and inner.kind == PERSON:
                return inner
    if phrase is None or phrase.kind == ORGANIZATION:
        return phrase
    if phrase.kind != PERSON:
        return None
    words = [w.rstrip(".,") for w in phrase.text.split()]
    named = [w for w in words if w.lower() not in TITLE_WORDS]
    if named and all(w in US_STATES or w.lower() in PLACE_WORDS for w in named):
        return None  # "Former Pennsylvania (governor Ed Rendell)": a title and a place, no name
    if phrase.role is not None or phrase.key in known or name_evidence(phrase.text)[0] or not place_like(phrase.text):
        return phrase
    return None


def _given_gender(name: str) -> str | None:
    """The sex a given name before the last word of ``name`` shows ("Secretary of State Hillary Clinton"), if any."""
    words = name.split()
    for word in words[:-1]:
        gender = _GIVEN.get(word) if word not in _NOT_GIVEN else None
        if gender is not None:
            return gender if gender != "?" else None
    return None


def _gender_of(phrase: SourcePhrase) -> str | None:
    """The gender a person mention's own words show ("Mr.", "Mrs.", "spokeswoman"), if any."""
    words = {w.strip(".,").lower() for w in phrase.text.split()} | set((phrase.role or "").lower().split())
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    return None
