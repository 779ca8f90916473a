"""A small resolver for the subjects of attribution cues: "he said", "she added", "..., saying", "the spokesman said".

News copy names a speaker once and then refers back ("Bernie Sanders spoke in Iowa. ... he said").
The resolver links such a subject to the nearest compatible named source, by these rules only:

- **recency**: the current sentence before the cue, then up to ``WINDOW`` sentences back; within the
  current sentence, left to right (the subject comes first: Hobbs 1978); in an earlier sentence, the
  people it cites as sources first (the speaker of "The good news for Cruz, Woolson said"), then its
  other names left to right;
- **candidates**: sources already cited, and names that read as a person's: a title ("Sen.", "Mr."),
  a given name of the bundled list (vocabulary.given_names), or the surname of a person named in full;
  a sentence that opens with "he" or "she" offers whoever that pronoun stands for (centering: the
  subject goes on being talked about). Capitalised function words are no part of a name ("But Sanders");
- **person-ness**: "he" and "she" take persons; "it" takes organizations and documents; "they" and
  "we" take whoever spoke last; "I" and "you" are the writer, a quoted speaker or the listener and
  take no one;
- **gender**, where the text shows it: a title ("Mr.", "Mrs."), a gendered role ("spokeswoman"), a
  given name of one sex, or a pronoun already linked to the same person; unknown gender fits both;
- **quotations**: names inside a quotation are not candidates, and a pronoun inside one is the quoted
  speaker's ("and he saw the story"), not the article's: it is not resolved.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .document import Document
from .source_phrases import (
    DOCUMENT, ORGANIZATION, PERSON, SourcePhrase, classify, full_name, name_evidence, place_like, surname_evidence,
)
from .vocabulary.sources import (
    CALENDAR_NAMES, FEMALE_WORDS, FUNCTION_WORDS, KNOWN_ORGANIZATIONS, MALE_WORDS, PRONOUNS, US_STATES,
)

WINDOW = 5  # sentences of the narrative searched back for a pronoun's antecedent (at most 3 * WINDOW in all)
_DEPTH = 2  # sentence-opening pronouns resolved inside a resolution (he ... He ... he said)
# A run of capitalised words (initials and abbreviations inside): a candidate name.
_NAME_RUN_RE = re.compile(r"[A-Z][\w'\u2019-]*\.?(?:\s(?:[A-Z][\w'\u2019-]*\.?))*")
# A sentence that opens with a subject pronoun, after quote marks or a conjunction: "He nodded", "But she".
_OPENING_PRONOUN_RE = re.compile(r"[\"'\u201c(\s]*(?:(?:And|But|So|Then|Yet)\s+)?(He|She|he|she)\b")
_NO_SURNAMES = CALENDAR_NAMES | US_STATES | KNOWN_ORGANIZATIONS
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# A candidate: (offset, what, data): a cited source (the phrase), a run of several capitalised words or
# one word ((start, end, text)), or a sentence-opening pronoun ((start, sentence, word)).
Candidate = tuple[int, int, object]
_CITED, _RUN, _WORD, _PRONOUN = range(4)


class Resolver:
    """Candidate antecedents of one document, and the links made so far."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._names: dict[int, list[Candidate]] = {}  # sentence -> its candidates, left to right
        self._spoken: list[tuple[int, SourcePhrase]] = []  # (sentence, source) of every cue so far
        self._gender: dict[str, str] = {}  # person key -> "m" | "f" | "?" (both seen)
        self._runs: dict[int, list[tuple[int, int, str]]] = {}  # sentence -> its name runs (start, end, text)
        self._classified: dict[tuple[int, int], SourcePhrase | None] = {}  # (offset, what) -> a candidate's reading
        # Kept as sources are added, so a sentence's candidates cost its own sources, not every one so far.
        self._known: dict[str, SourcePhrase] = {}  # person key -> the last person source with that key
        self._cited: dict[int, list[SourcePhrase]] = {}  # sentence of the source's start -> its persons and organizations

    def add(self, source: SourcePhrase, sentence: int, *, pronoun: bool = False, word: str = "") -> None:
        """Record a cue's source; a pronoun linked to a person tells that person's gender."""
        self._spoken.append((sentence, source))
        at = self.doc.sentence_index(source.start)
        self._names.pop(at, None)  # its candidates now include this source
        if source.kind in (PERSON, ORGANIZATION):
            self._cited.setdefault(at, []).append(source)
        if source.kind == PERSON:
            self._known[source.key] = source
            if pronoun and word in _GENDER:
                self._note_gender(source.key, _GENDER[word])

    def resolve(self, pronoun: str, pos: int, sentence: int, depth: int = 0) -> SourcePhrase | None:
        """The named source ``pronoun`` (at normalized ``pos``) stands for, or None."""
        want = PRONOUNS.get(pronoun)
        if want in ("speaker", "addressee") or self.doc.in_quote(pos) is not None:
            return None
        if want != "person":
            kinds = (ORGANIZATION, DOCUMENT) if want == "organization" else None
            for _, source in reversed(self._spoken):
                if kinds is None or source.kind in kinds:
                    return source
            return None
        gender = _GENDER.get(pronoun)
        sentences, narrative = self.doc.sentences, 0
        for index in range(sentence, max(-1, sentence - 3 * WINDOW - 1), -1):
            # The window counts the sentences of the narrative: those inside a quotation offer no name.
            if index < sentence and self.doc.in_quote(sentences[index].start) is None:
                narrative += 1
                if narrative > WINDOW:
                    break
            candidates = self._candidates(index)
            if index == sentence:
                ordered = [c for c in candidates if c[0] < pos]
            else:
                ordered = [c for c in candidates if c[1] == _CITED] + [c for c in candidates if c[1] != _CITED]
            for candidate in ordered:
                mention = self._read(candidate, depth)  # read only when reached: most links end at the first
                if mention is not None and mention.kind == PERSON and self._fits(mention, gender):
                    return self._known.get(mention.key, mention)  # a person cited before is linked as cited
        return None

    def subject_of(self, sentence: int, pos: int) -> tuple[SourcePhrase | None, tuple[int, int] | None]:
        """The subject of the clause an elided cue subject hangs on ("Clinton spoke, saying"): the sentence's first
        source, and the span of the pronoun it was reached through ("He spoke, saying"), if any."""
        for index, source in reversed(self._spoken):
            if index < sentence:
                break
            if index == sentence and source.start < pos and self._first_in_sentence(source, sentence):
                return source, None
        s = self.doc.sentences[sentence]
        lead = self.doc.text[s.start : pos].lstrip("\"' (")
        first = lead.split(None, 1)[0] if lead.split() else ""
        if first.lower() in PRONOUNS:
            at = s.start + (len(self.doc.text[s.start : pos]) - len(lead))
            return self.resolve(first.lower(), at, sentence), (at, at + len(first))
        for candidate in self._candidates(sentence):
            if candidate[0] >= pos:
                break
            mention = self._read(candidate)
            if mention is not None:
                return (mention if mention.kind in (PERSON, ORGANIZATION) else None), None
        return None, None

    def definite(self, source: SourcePhrase, sentence: int) -> SourcePhrase | None:
        """The named person a definite role ("the spokesman", "the senator") was given to before, or None."""
        if source.kind != "anonymous" or not source.text.lower().startswith("the ") or not source.role:
            return None
        role = source.role.lower().split()[-1]
        for index, earlier in reversed(self._spoken):
            if sentence - index > 3 * WINDOW:
                break
            if earlier.kind == PERSON and earlier.role and role in earlier.role.lower().split():
                return earlier
        return None

    def _first_in_sentence(self, source: SourcePhrase, sentence: int) -> bool:
        for candidate in self._candidates(sentence):
            if candidate[0] >= source.start:
                break
            mention = self._read(candidate)
            if mention is not None and mention.key != source.key:
                return False
        return True

    def _fits(self, mention: SourcePhrase, gender: str | None) -> bool:
        if gender is None:
            return True
        known = self._gender_of(mention)
        return known is None or known == gender

    def _gender_of(self, phrase: SourcePhrase) -> str | None:
        """The gender a person mention shows: its role, title or given name; a lone surname ("Sanders") takes
        what the other mentions of its person key showed, unless they disagree (a family: "Bill Clinton",
        "Hillary Clinton"). What a mention shows is noted under its key."""
        gender = _gender_of(phrase) or name_evidence(phrase.text)[1]
        if gender is not None:
            self._note_gender(phrase.key, gender)
            return gender
        if " " in phrase.text.strip():
            return None  # a full name that shows no gender: "Ivanka Trump" is not her father
        known = self._gender.get(phrase.key)
        if known is None:
            word = phrase.text.strip().rstrip(".").removesuffix("'s").removesuffix("\u2019s")
            known = surname_evidence(self.doc, word)[1] or name_evidence(full_name(self.doc, word) or word)[1]
        return known if known != "?" else None

    def _note_gender(self, key: str, gender: str) -> None:
        """Note a gender shown for a person key; two different ones make it unknown ("?")."""
        known = self._gender.get(key)
        if known is None:
            self._gender[key] = gender
        elif known != gender:
            self._gender[key] = "?"

    def _surname(self, start: int, word: str) -> SourcePhrase | None:
        """A lone capitalised word read as a person: the surname of one already cited, or of a name that reads as
        a person's elsewhere ("Sanders" after "Bernie Sanders"); None for the rest ("Iowa", "Monday")."""
        known = self._known.get(word.lower())
        if known is not None:
            # The person cited before, mentioned here: "Clinton attacked Trump, saying" cites Clinton at this clause.
            end = start + len(word)
            span = self.doc.span(start, end, f"source:{PERSON}")
            return replace(known, start=start, end=end, span=span, text=self.doc.original[span.start : span.end], role=None)
        phrase = None
        if word in _NO_SURNAMES or word.isupper():
            return None  # a weekday, a month, a state, a known organization, an acronym: no scan of the text
        if word.lower() in self._gender or surname_evidence(self.doc, word)[0] or name_evidence(full_name(self.doc, word) or "")[0]:
            phrase = classify(self.doc, start, start + len(word))
            if phrase is not None and phrase.kind != PERSON:
                phrase = None
        return phrase

    def _candidates(self, sentence: int) -> list[Candidate]:
        """Where a sentence may name someone, outside quotations, left to right (memoized): its cited sources, its
        runs of capitalised words and an opening "he"/"she"; each is read (:meth:`_read`) only when reached."""
        found = self._names.get(sentence)
        if found is not None:
            return found
        doc = self.doc
        s = doc.sentences[sentence]
        # The sources cited in the sentence are candidates as they were read ("South Korean military
        # spokesman Lee Sung Joon", not "South Korean"); the names inside them are not read again.
        cited = self._cited.get(sentence, [])
        found = [(src.start, _CITED, src) for src in cited]
        runs = self._runs.get(sentence)
        if runs is None:
            # The runs do not depend on the sources cited so far: found once, read again when a
            # new cue in the sentence drops the memo above.
            runs = self._runs[sentence] = _name_runs(doc.text, s.start, s.end)
        for run in runs:
            if cited and any(src.start <= run[0] < src.end for src in cited):
                continue
            if doc.in_quote(run[0]) is None:
                found.append((run[0], _WORD if " " not in run[2] else _RUN, run))
        opening = _OPENING_PRONOUN_RE.match(doc.text, s.start, s.end)
        if opening is not None and doc.in_quote(opening.start(1)) is None:
            found.append((opening.start(1), _PRONOUN, (opening.start(1), sentence, opening.group(1).lower())))
        found.sort(key=lambda candidate: candidate[0])
        self._names[sentence] = found
        return found

    def _read(self, candidate: Candidate, depth: int = 0) -> SourcePhrase | None:
        """The person or organization a candidate names, or None (memoized by position)."""
        _, what, data = candidate
        if what == _CITED:
            return data  # type: ignore[return-value]
        start = data[0]  # type: ignore[index]
        key = (start, what)
        classified = self._classified
        if key in classified:
            return classified[key]
        if what == _PRONOUN:
            if depth >= _DEPTH:
                return None  # not remembered: a shallower reading goes further
            _, sentence, word = data  # type: ignore[misc]
            found = self.resolve(word, start, sentence, depth + 1)
        elif what == _WORD:
            found = self._surname(start, _possessive(data[2].rstrip(".")))  # type: ignore[index]
        else:
            found = _candidate(self.doc, start, data[1], self._known)  # type: ignore[index]
        classified[key] = found
        return found


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
    (a title, a given name, or a surname already cited); None for the rest ("New Hampshire", "Fox News")."""
    phrase = classify(doc, start, end)
    if phrase is None or phrase.kind == ORGANIZATION:
        return phrase
    if phrase.kind != PERSON:
        return None
    if phrase.role is not None or phrase.key in known or name_evidence(phrase.text)[0] or not place_like(phrase.text):
        return phrase
    return None


def _gender_of(phrase: SourcePhrase) -> str | None:
    """The gender a person mention's own words show ("Mr.", "Mrs.", "spokeswoman"), if any."""
    words = {w.strip(".,").lower() for w in phrase.text.split()} | set((phrase.role or "").lower().split())
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    return None
