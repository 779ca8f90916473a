"""A small resolver for the subjects of attribution cues: "he said", "she added", "..., saying", "the spokesman said".

News copy names a speaker once and then refers back ("Bernie Sanders spoke in Iowa. ... he said").
The resolver links such a subject to the nearest compatible named source, by these rules only:

- **recency**: the current sentence before the cue, then up to ``WINDOW`` sentences back; within a
  sentence, left to right (the subject comes first: Hobbs 1978), so an object named after the
  subject is second choice;
- **person-ness**: "he" and "she" take persons (a name read as a person by
  :func:`source_phrases.classify`: a given name, a title, or a surname named in full elsewhere);
  "it" takes organizations and documents; "they" and "we" take whoever spoke last;
- **gender**, where the text shows it: a title ("Mr.", "Mrs.", "Ms."), a gendered role
  ("spokeswoman"), or a pronoun already linked to the same person; unknown gender fits both;
- names inside a quotation are not candidates: the quoted words are someone else's.
"""

from __future__ import annotations

import re

from .document import Document
from .source_phrases import DOCUMENT, ORGANIZATION, PERSON, SourcePhrase, classify
from .vocabulary.sources import FEMALE_WORDS, MALE_WORDS, PRONOUNS

WINDOW = 5  # sentences searched back for a pronoun's antecedent
# A run of capitalised words (initials and abbreviations inside): a candidate name.
_NAME_RUN_RE = re.compile(r"[A-Z][\w'\u2019-]*\.?(?:\s(?:[A-Z][\w'\u2019-]*\.?))*")
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


class Resolver:
    """Candidate antecedents of one document, and the links made so far."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._names: dict[int, list[tuple[int, SourcePhrase]]] = {}  # sentence -> (offset, person/organization), left to right
        self._spoken: list[tuple[int, SourcePhrase]] = []  # (sentence, source) of every cue so far
        self._gender: dict[str, str] = {}  # person key -> "m" | "f"
        self._runs: dict[int, list[tuple[int, int, str]]] = {}  # sentence -> its name runs (start, end, text)
        self._classified: dict[tuple[int, int], SourcePhrase | None] = {}  # classify() of a run, once per document
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
        if source.kind == PERSON:
            gender = _GENDER.get(word) if pronoun else _gender_of(source)
            if gender and source.key not in self._gender:
                self._gender[source.key] = gender

    def resolve(self, pronoun: str, pos: int, sentence: int) -> SourcePhrase | None:
        """The named source ``pronoun`` (at normalized ``pos``) stands for, or None."""
        want = PRONOUNS.get(pronoun)
        if want != "person":
            kinds = (ORGANIZATION, DOCUMENT) if want == "organization" else None
            for _, source in reversed(self._spoken):
                if kinds is None or source.kind in kinds:
                    return source
            return None
        gender = _GENDER.get(pronoun)
        for index in range(sentence, max(-1, sentence - WINDOW - 1), -1):
            for at, mention in self._mentions(index):
                if index == sentence and at >= pos:
                    break
                if mention.kind == PERSON and self._fits(mention, gender):
                    return mention
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
        for at, mention in self._mentions(sentence):
            if at >= pos:
                break
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
        s = self.doc.sentences[sentence]
        return not any(at < source.start for at, m in self._mentions(sentence) if at >= s.start and m.key != source.key)

    def _fits(self, mention: SourcePhrase, gender: str | None) -> bool:
        known = self._gender.get(mention.key) or _gender_of(mention)
        return gender is None or known is None or known == gender

    def _mentions(self, sentence: int) -> list[tuple[int, SourcePhrase]]:
        """Person and organization names of a sentence, outside quotations, left to right (memoized)."""
        found = self._names.get(sentence)
        if found is None:
            doc = self.doc
            s = doc.sentences[sentence]
            found = []
            known = self._known
            # The sources cited in the sentence are candidates as they were read ("South Korean military
            # spokesman Lee Sung Joon", not "South Korean"); the names inside them are not read again.
            cited = self._cited.get(sentence, [])
            found.extend((src.start, src) for src in cited)
            runs = self._runs.get(sentence)
            if runs is None:
                # The runs do not depend on the sources cited so far: found once, read again when a
                # new cue in the sentence drops the memo above.
                runs = self._runs[sentence] = [
                    (m.start(), m.end(), m.group()) for m in _NAME_RUN_RE.finditer(doc.text, s.start, s.end)
                ]
            classified = self._classified
            for m_start, m_end, group in runs:
                if cited and any(src.start <= m_start < src.end for src in cited):
                    continue
                if " " not in group:
                    # One capitalised word is a candidate only as the surname of a person already
                    # cited ("Sanders"): most are places, months or a sentence's first word.
                    if known:
                        word = group.rstrip(".").lower()
                        if word in known and doc.in_quote(m_start) is None:
                            found.append((m_start, known[word]))
                    continue
                if doc.in_quote(m_start) is not None:
                    continue
                key = (m_start, m_end)
                if key in classified:
                    phrase = classified[key]
                else:
                    phrase = classified[key] = classify(doc, m_start, m_end)
                if phrase is not None and phrase.kind in (PERSON, ORGANIZATION):
                    found.append((m_start, phrase))
            found.sort(key=lambda pair: pair[0])
            self._names[sentence] = found
        return found


def _gender_of(phrase: SourcePhrase) -> str | None:
    """The gender a person mention's own words show ("Mr.", "Mrs.", "spokeswoman"), if any."""
    words = {w.strip(".,").lower() for w in phrase.text.split()} | set((phrase.role or "").lower().split())
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    return None
