"""A small resolver for the subjects of attribution cues: "he said", "she added", "..., saying", "the spokesman said".

News copy names a speaker once and then refers back ("Bernie Sanders spoke in Iowa. ... he said").
The resolver links such a subject to the nearest compatible named source, by these rules only:

- **recency and subject position**: the current sentence before the cue, then up to ``WINDOW`` sentences
  back; within a sentence the subject comes first (Hobbs 1978): the people it cites as sources (the speaker
  of "The good news for Cruz, Woolson said", or the one its "..., he said" was linked to), then the names of
  its main clause left to right, then those of a fronted adverbial ("Asked about Jeb Bush, Trump laughed");
  a main clause that opens with "he" keeps the fronted name first ("When Mook was asked ..., he laughed");
- **candidates**: sources already cited, and names that read as a person's: a title ("Sen.", "Mr."), a
  given name of the bundled list (vocabulary.given_names), alone too ("Bob said"), the surname of a person
  named in full, or a capitalised word in subject position before a verb that the text never writes in
  lower case nor after "in" ("Cruz openly admitted"); a sentence that opens with "he" or "she" offers whoever
  that pronoun stands for (centering), one that opens with "The Florida senator" the person named before
  with that title, or else the subject before it. No candidate: capitalised function words ("But
  Sanders"), a name after a determiner ("his White House bid"), a name that modifies a role before
  another name ("Obama consultant Cornell Belcher"), a title with a place and no name ("Former
  Pennsylvania"), a phrase that does not read as a name;
- **person-ness**: "he" and "she" take persons; "it" takes organizations and documents; "they" and
  "we" take the last group or organization cited (else the last speaker); "I" and "you" are the writer, a
  quoted speaker or the listener and take no one;
- **gender**, where the text shows it: a title ("Mr.", "Mrs."), a gendered role ("spokeswoman"), a
  given name of one sex, the subject pronouns after a given name no list sexes ("Hillary Clinton ...
  herself"), or a pronoun already linked to the same person; unknown gender fits both. A lone surname
  of several people named in full ("Bill Clinton", "Hillary Clinton") shows none, and is linked to the
  one whose given name fits the pronoun;
- **quotations**: names inside a quotation are not candidates, and a pronoun inside one is the quoted
  speaker's ("and he saw the story"), not the article's: it is not resolved.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .coreference_names import (  # the name patterns and helpers the resolver reads a sentence with
    _ATTRIBUTIVE_FORMS, _COURTESY, _DESCRIBED_ROLES, _DESCRIPTION_RE, _FRONT_REACH, _FRONTING, _GENDER_OF_WORD, _GIVEN,
    _NAME_BEFORE_RE, _NAMES_BEFORE_RE, _NO_SURNAMES, _NOT_GIVEN, _NOT_NAMES, _OPENING_PRONOUN_RE, _OTHER_NAME_RE,
    _PRONOUN_AFTER_COMMA_RE, _SENTENCE_OPENERS, _THIRD_PERSON_RE, _TITLE_BEFORE_RE, _TITLE_PATTERNS, _VERB_STARTS,
    _WORD_AT_RE, _candidate, _gender_of, _given_gender, _modifies_a_name, _name_like, _name_runs, _possessive,
    _whole_words,
)
from .document import Document
from .source_phrases import (
    DOCUMENT, ORGANIZATION, PERSON, SourcePhrase, classify, full_name, given_name_gender, name_evidence, place_like,
    surname_evidence,
)
from .vocabulary.sources import DETERMINERS, KNOWN_ORGANIZATIONS, PRONOUNS, TITLE_WORDS

WINDOW = 5  # sentences of the narrative searched back for a pronoun's antecedent (at most 3 * WINDOW in all)
_DEPTH = 2  # sentence-opening pronouns resolved inside a resolution (he ... He ... he said)
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# A candidate: (offset, what, data): a cited source (the phrase), a run of several capitalised words or
# one word ((start, end, text)), or a sentence-opening pronoun ((start, sentence, word)).
Candidate = tuple[int, int, object]
_CITED, _RUN, _WORD, _PRONOUN, _DESCRIPTION = range(5)


class Resolver:
    """Candidate antecedents of one document, and the links made so far."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._names: dict[int, list[Candidate]] = {}  # sentence -> its candidates, left to right
        self._spoken: list[tuple[int, SourcePhrase]] = []  # (sentence, source) of every cue so far
        self._gender: dict[str, str] = {}  # person key -> "m" | "f" | "?" (both seen)
        self._linked: dict[str, str] = {}  # person key -> the gender of the pronouns linked to it: "m" | "f" | "?"
        self._runs: dict[int, list[tuple[int, int, str]]] = {}  # sentence -> its name runs (start, end, text)
        self._classified: dict[tuple[int, int], SourcePhrase | None] = {}  # (offset, what) -> a candidate's reading
        # Kept as sources are added, so a sentence's candidates cost its own sources, not every one so far.
        self._known: dict[str, SourcePhrase] = {}  # person key -> the last person source with that key
        # sentence -> (offset, source) of the persons and organizations it cites, and of those its pronoun cues
        # were linked to ("..., he said": the speaker stays the one talked about).
        self._cited: dict[int, list[tuple[int, SourcePhrase]]] = {}
        self._fronts: dict[int, tuple[int, int]] = {}  # sentence -> where its main clause starts, where names rank first
        self._surname_genders: dict[str, str | None] = {}  # lone surname -> the gender its full mentions show
        self._members: dict[str, list[tuple[int, int, str]]] = {}  # lone surname -> (start, end, sex) of its full names
        self._propers: dict[str, bool] = {}  # capitalised word -> whether it reads as a proper name (see _proper)
        self._learned: dict[str, str | None] = {}  # given name of no listed sex -> the sex the document's pronouns show

    def add(self, source: SourcePhrase, sentence: int, *, pronoun: bool = False, word: str = "") -> None:
        """Record a cue's source; a pronoun linked to a person tells that person's gender."""
        self._spoken.append((sentence, source))
        at = self.doc.sentence_index(source.start)
        self._names.pop(at, None)  # its candidates now include this source
        if source.kind in (PERSON, ORGANIZATION):
            self._cited.setdefault(at, []).append((source.start, source))
            if pronoun and at != sentence and 0 <= sentence < len(self.doc.sentences):
                self._names.pop(sentence, None)
                self._cited.setdefault(sentence, []).append((self._pronoun_at(sentence, word), source))
        if source.kind == PERSON:
            self._known[source.key] = source
            if pronoun and word in _GENDER:
                self._note_gender(source.key, _GENDER[word])
                self._linked[source.key] = _GENDER[word] if self._linked.get(source.key, _GENDER[word]) == _GENDER[word] else "?"

    def _pronoun_at(self, sentence: int, word: str) -> int:
        """Where ``word`` (a pronoun) first stands outside quotations in a sentence; its start if nowhere."""
        s = self.doc.sentences[sentence]
        pattern = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
        for m in pattern.finditer(self.doc.text, s.start, s.end) if word else ():
            if self.doc.in_quote(m.start()) is None:
                return m.start()
        return s.start

    def resolve(self, pronoun: str, pos: int, sentence: int, depth: int = 0) -> SourcePhrase | None:
        """The named source ``pronoun`` (at normalized ``pos``) stands for, or None."""
        want = PRONOUNS.get(pronoun)
        if want in ("speaker", "addressee") or self.doc.in_quote(pos) is not None:
            return None
        if want != "person":
            # "it": the last organization or document cited; "they", "we": the last source cited that is not one
            # person ("Wilcox and Beruff", "Mexican officials", "the campaign"), within the window, else the last
            # person cited there.
            kinds = (ORGANIZATION, DOCUMENT) if want == "organization" else None
            person = None  # with no group cited in the window, "they" stays with the last speaker, as before
            for index, source in reversed(self._spoken):
                if kinds is None and source.kind == PERSON and " and " not in source.text:
                    person = person or source
                    continue
                if kinds is None or source.kind in kinds:
                    return source if person is None or sentence - index <= 3 * WINDOW else person
            return person
        gender = _GENDER.get(pronoun)
        sentences, narrative = self.doc.sentences, 0
        for index in range(sentence, max(-1, sentence - 3 * WINDOW - 1), -1):
            # The window counts the sentences of the narrative: those inside a quotation offer no name.
            if index < sentence and self.doc.in_quote(sentences[index].start) is None:
                narrative += 1
                if narrative > WINDOW:
                    break
            candidates = self._candidates(index)
            main = self._main_clause(index, demoting=True)
            if index == sentence:
                ordered = [c for c in candidates if main <= c[0] < pos] + [c for c in candidates if c[0] < main]
            else:
                # Subject first: the sources it cites, then its main clause, then a fronted adverbial.
                ordered = [c for c in candidates if c[1] == _CITED]
                ordered += [c for c in candidates if c[1] != _CITED and c[0] >= main]
                ordered += [c for c in candidates if c[1] != _CITED and c[0] < main]
            for candidate in ordered:
                if candidate[1] == _PRONOUN and gender is not None and _GENDER.get(candidate[2][2], gender) != gender:  # type: ignore[index]
                    continue  # an opening "She" stands for no one "he" may mean
                mention = self._read(candidate, depth)  # read only when reached: most links end at the first
                if mention is not None and mention.kind == PERSON and _name_like(mention.text) and self._fits(mention, gender):
                    # A person cited before is linked as cited, unless that mention shows another gender
                    # (the lone "Clinton" that fits "she" is not the "Bill Clinton" cited last).
                    cited = self._known.get(mention.key)
                    if cited is not None and self._fits(cited, gender):
                        return cited
                    return self._member(mention, gender, pos) or mention
        return None

    def subject_of(self, sentence: int, pos: int) -> tuple[SourcePhrase | None, tuple[int, int] | None]:
        """The subject of the clause an elided cue subject hangs on ("Clinton spoke, saying"): the sentence's first
        source, and the span of the pronoun it was reached through ("He spoke, saying"), if any."""
        for index, source in reversed(self._spoken):
            if index < sentence:
                break
            if index == sentence and source.start < pos and self._first_in_sentence(source, sentence):
                return source, None
        # The subject opens the main clause, after a fronted adverbial ("In interviews Sunday, he defended ..., saying").
        main = self._main_clause(sentence)
        start = main if main < pos else self.doc.sentences[sentence].start
        if main > pos:
            # "While saying that he respects her, he continued": the cue is in the fronted clause, whose subject is
            # the main clause's pronoun.
            after = _WORD_AT_RE.match(self.doc.text, main + 1)
            if after is not None and after.group() in ("he", "she"):
                return self.resolve(after.group(), after.start(), sentence), (after.start(), after.end())
        lead = self.doc.text[start:pos].lstrip("\"' (")
        first = lead.split(None, 1)[0] if lead.split() else ""
        if first.lower() in PRONOUNS:
            at = start + (len(self.doc.text[start:pos]) - len(lead))
            return self.resolve(first.lower(), at, sentence), (at, at + len(first))
        candidates = self._candidates(sentence)
        for candidate in [c for c in candidates if c[0] >= start] + [c for c in candidates if c[0] < start]:
            if candidate[0] >= pos or candidate[1] == _DESCRIPTION:
                continue
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
        # A title named before ("the senator" after "Sen. Ted Cruz"), for a subject of "say" or "tell" only: a person
        # source of an ordinary verb ("the governor has shown") needs a complement the anonymous one does not.
        after = self.doc.text[source.end : source.end + 40].split()[:3]
        if not any(w.strip(",.") in _ATTRIBUTIVE_FORMS for w in after):
            return None
        return self._described(role, source.start, sentence)

    def _previous_subject(self, sentence: int) -> SourcePhrase | None:
        """The person opening the main clause of the sentence before ``sentence`` ("Rubio offered ... . The Florida
        senator sought ...": the description renames the subject), or None."""
        if sentence == 0 or self.doc.in_quote(self.doc.sentences[sentence - 1].start) is not None:
            return None
        main = self._main_clause(sentence - 1, demoting=True)
        for candidate in self._candidates(sentence - 1):
            if candidate[0] < main or candidate[1] in (_PRONOUN, _DESCRIPTION):
                continue
            mention = self._read(candidate)
            if mention is None:
                continue
            return mention if mention.kind == PERSON and mention.start - main < 40 else None
        return None

    def _described(self, role: str, pos: int, sentence: int) -> SourcePhrase | None:
        """The nearest person named before ``pos`` with the title ``role`` ("the Florida senator" after "Sen. Marco
        Rubio", "the governor" after "Ohio Gov. John Kasich"), within the window; None if none is (memoized). The
        title is looked up in the text first: only the name it opens is read."""
        key = (pos, -1)
        if key in self._classified:
            return self._classified[key]
        found = None
        pattern = _TITLE_PATTERNS.get(role)
        doc = self.doc
        if pattern is not None:
            lo = doc.sentences[max(0, sentence - 3 * WINDOW)].start
            last = None
            for m in pattern.finditer(doc.text, lo, pos):
                if doc.in_quote(m.start()) is None:
                    last = m
            if last is not None:
                at = last.start()
                for candidate in self._candidates(doc.sentence_index(at)):
                    what = candidate[1]
                    if what == _RUN and candidate[0] <= at < candidate[2][1] or (  # type: ignore[index]
                        what == _CITED and candidate[2].start <= at < candidate[2].end  # type: ignore[union-attr]
                    ):
                        mention = self._read(candidate)
                        if mention is not None and mention.kind == PERSON:
                            found = self._known.get(mention.key, mention)
                        break
        self._classified[key] = found
        return found

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
        gender = _gender_of(phrase) or name_evidence(phrase.text)[1] or _given_gender(phrase.text)
        if gender is None and " " in phrase.text.strip():
            unknown = next((w for w in phrase.text.split()[:-1] if _GIVEN.get(w) == "?"), None)
            gender = self._learned_gender(unknown) if unknown else None  # "Hillary Clinton ... herself"
        if gender is not None:
            self._note_gender(phrase.key, gender)
            return gender
        if " " in phrase.text.strip():
            return None  # a full name that shows no gender: "Ivanka Trump" is not her father
        word = phrase.text.strip().rstrip(".").removesuffix("'s").removesuffix("\u2019s")
        family = self._surname_gender(word)
        if family == "?":
            # Full mentions of several people ("Bill Clinton", "Hillary Clinton"), or of a given name of unknown
            # sex: what one of them showed is not the lone surname's; the pronouns linked to it are.
            known = self._linked.get(phrase.key)
        else:
            # A given name's sex only for a word the document never writes after another name ("Chris Christie").
            known = self._gender.get(phrase.key) or family or (given_name_gender(word) if full_name(self.doc, word) is None else None)
        return known if known != "?" else None

    def _surname_gender(self, word: str) -> str | None:
        """The gender every "<given name> <word>" or "<courtesy title> <word>" of the document shows: "m", "f",
        "?" when both are seen (a family) or a given name of unknown sex is, None when none is (memoized)."""
        memo = self._surname_genders
        if word in memo:
            return memo[word]
        seen: set[str] = set()
        members: list[tuple[int, int, str]] = []
        if word[:1].isupper() and len(word) > 1:
            # The given name or title right before, or one word before that ("Hillary Rodham Clinton", "Joseph R. Biden").
            text, at = self.doc.text, self.doc.text.find(" " + word)
            while at >= 0:
                end = at + 1 + len(word)
                m = None
                if not text[end : end + 1].isalnum():
                    m = _NAME_BEFORE_RE.search(text, max(0, at - 16), at + 1)
                    if m is None or (m.group(1) not in _GIVEN and m.group(1).lower() not in _COURTESY):
                        m = _NAMES_BEFORE_RE.search(text, max(0, at - 30), at + 1) or m  # "Hillary Rodham Clinton"
                at = text.find(" " + word, end)
                if m is None:
                    continue
                before = m.group(1)
                if m.group(2) and before.lower() not in _COURTESY and before.lower() not in TITLE_WORDS:
                    continue  # "in Boston. Clinton": a sentence ends before the surname
                gender = _COURTESY.get(before.lower()) or (_GIVEN.get(before) if before not in _NOT_GIVEN else None)
                if gender == "?":
                    gender = self._learned_gender(before) or "?"
                if gender is not None:
                    seen.add(gender)  # a given name of unknown sex ("Hillary" is on no list of one sex): "?"
                    members.append((m.start(), end, gender))
        self._members[word] = members
        found = None if not seen else seen.pop() if len(seen) == 1 else "?"
        memo[word] = found
        return found

    def _member(self, mention: SourcePhrase, gender: str | None, pos: int) -> SourcePhrase | None:
        """For a lone surname of several people ("Clinton" after "Bill Clinton" and "Hillary Clinton"), the last one
        named in full before ``pos`` whose given name or title fits ``gender`` (one of that sex first); None else."""
        word = mention.text.strip().rstrip(".").removesuffix("'s").removesuffix("\u2019s")
        if gender is None or " " in word or self._surname_gender(word) != "?":
            return None
        before = [m for m in self._members.get(word, []) if m[1] <= pos]
        for wanted in (gender, "?"):
            for start, end, sex in reversed(before):
                if sex == wanted:
                    title = _TITLE_BEFORE_RE.search(self.doc.text, max(0, start - 40), start)
                    found = classify(self.doc, title.start() if title else start, end)  # "Ms. Jennifer Clinton"
                    if found is not None and found.kind == PERSON:
                        return found
        return None

    def _learned_gender(self, given: str) -> str | None:
        """The sex the document's own pronouns show for a given name no list gives one ("Hillary"): the first third-
        person subject or reflexive pronoun after a mention of it, in its sentence, outside quotations, with no other
        name between ("Hillary Clinton found ways to cast herself"); the majority of those, or None (memoized)."""
        memo = self._learned
        if given in memo:
            return memo[given]
        doc, text = self.doc, self.doc.text
        votes = {"m": 0, "f": 0}
        for at in _whole_words(text, given):
            if doc.in_quote(at) is not None:
                continue
            end = doc.sentences[doc.sentence_index(at)].end
            m = _THIRD_PERSON_RE.search(text, at + len(given), end)
            if m is None or _OTHER_NAME_RE.search(text, at + len(given), m.start()) or doc.in_quote(m.start()) is not None:
                continue
            votes[_GENDER_OF_WORD[m.group().lower()]] += 1
        found = "m" if votes["m"] > votes["f"] else "f" if votes["f"] > votes["m"] else None
        memo[given] = found
        return found

    def _main_clause(self, sentence: int, demoting: bool = False) -> int:
        """Where a sentence's main clause starts: after a fronted adverbial ("In an interview Monday, ...", "Asked
        about Trump, ...", "When Robby Mook, Clinton's manager, was asked ..., he laughed"), else at the sentence
        start (memoized). ``demoting``: where the names that rank first start; a main clause opening with a pronoun
        ("..., he offered") stands for the fronted name, which then stays first (the sentence start)."""
        found = self._fronts.get(sentence)
        if found is None:
            found = self._fronts[sentence] = self._find_main_clause(sentence)
        return found[1] if demoting else found[0]

    def _find_main_clause(self, sentence: int) -> tuple[int, int]:
        s = self.doc.sentences[sentence]
        text = self.doc.text
        first = _WORD_AT_RE.search(text, s.start, min(s.end, s.start + 40))
        if first is not None and text[s.start : first.start()].strip("\"'\u201c( \n"):
            first = None  # the sentence opens with a number or a mark
        if first is not None and first.group() in ("And", "But", "So", "Yet", "Or"):
            following = _WORD_AT_RE.match(text, first.end() + 1)  # "And although he thanked them, he sounded"
            if following is not None and following.group().lower() in _FRONTING:
                first = following
        if first is not None:
            word = first.group()
            participle = len(word) > 4 and word[1:].islower() and word.endswith(("ing", "ed")) and word not in _GIVEN
            if word.lower() in _FRONTING or participle:
                reach = min(s.end, first.end() + _FRONT_REACH)
                comma = text.find(",", first.end(), reach)
                if comma > 0 and self.doc.in_quote(comma) is None:
                    pronoun = _PRONOUN_AFTER_COMMA_RE.search(text, comma, min(s.end, reach + _FRONT_REACH))
                    if pronoun is not None:
                        return pronoun.start() + 1, s.start
                    return comma + 1, comma + 1
        return s.start, s.start

    def _at_subject(self, start: int, end: int) -> bool:
        """Whether the word at ``start:end`` opens its sentence's main clause and a verb group follows it
        ("Cruz openly admitted", "Since launching his bid, Trump has"): the subject position."""
        doc, text = self.doc, self.doc.text
        sentence = doc.sentence_index(start)
        lead = text[self._main_clause(sentence) : start].strip("\"'\u201c( \n")
        if lead and (lead.lower() not in _SENTENCE_OPENERS):
            return False
        after = _WORD_AT_RE.match(text, end + 1) if text[end : end + 1] == " " else None
        while after is not None:
            following = after.group()
            if not following.islower():
                return False
            if following in _VERB_STARTS or following.endswith("ed"):
                return True
            if not following.endswith("ly"):
                return False
            after = _WORD_AT_RE.match(text, after.end() + 1) if text[after.end() : after.end() + 1] == " " else None
        return False

    def _proper(self, word: str) -> bool:
        """Whether ``word`` reads as a person's proper name: never in lower case, capitalised inside a sentence
        as well, never after "in" ("Cruz"; not "People", "Moments", "China") (memoized)."""
        memo = self._propers
        found = memo.get(word)
        if found is None:
            text = self.doc.text
            found = not any(True for _ in _whole_words(text, word.lower()))
            if found:
                inside = False
                for at in _whole_words(text, word):
                    if text.endswith("in ", 0, at) and not text.startswith(("'", "\u2019"), at + len(word)):
                        inside = False
                        break  # "in China": a place
                    if at >= 2 and text[at - 1] == " " and (text[at - 2].islower() or text[at - 2] == ","):
                        inside = True
                found = inside
            memo[word] = found
        return found

    def _after_preposition(self, start: int) -> bool:
        """Whether a preposition stands right before ``start``: "WKOW-TV of Madison" names a place."""
        before = self.doc.text[max(0, start - 8) : start]
        return before.endswith(" ") and before.rstrip().rsplit(None, 1)[-1:] in (["of"], ["in"], ["at"], ["from"], ["to"], ["near"])

    def _after_determiner(self, start: int) -> bool:
        """Whether a determiner or a possessive pronoun stands right before ``start``: "his White House bid",
        "the Iowa caucuses" name no one."""
        before = self.doc.text[max(0, start - 8) : start]
        if not before.endswith(" "):
            return False
        word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
        return word in DETERMINERS

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
        if word in _NO_SURNAMES or word.isupper() or self._after_determiner(start):
            return None  # a weekday, a month, a state, a known organization, an acronym, "the Senate": no scan
        end = start + len(word)
        if word.lower() in self._gender or surname_evidence(self.doc, word)[0] or name_evidence(full_name(self.doc, word) or "")[0]:
            phrase = classify(self.doc, start, end)
            if phrase is not None and phrase.kind == PERSON:
                return phrase
            phrase = None  # read as an organization ("Cruz said" with no title): the rules below may still find a person
        if word.lower() in _NOT_NAMES or word.endswith(("ish", "ese")):
            return None  # a pronoun, a function word, a place, a nationality ("Spanish", "Chinese")
        elif (_GIVEN.get(word) in ("m", "f") and word not in _NOT_GIVEN and not self._after_preposition(start)) or (
            not place_like(word) and self._at_subject(start, end) and self._proper(word)
        ):
            # A given name alone ("Bob said"), or a capitalised word in subject position with a verb after it
            # ("Cruz openly admitted"): a person whose gender the name shows, or unknown, which fits both.
            span = self.doc.span(start, end, f"source:{PERSON}")
            text = self.doc.original[span.start : span.end]
            phrase = SourcePhrase(start, end, span, text, PERSON, None, word.lower())
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
        found = [(at, _CITED, src) for at, src in cited]
        runs = self._runs.get(sentence)
        if runs is None:
            # The runs do not depend on the sources cited so far: found once, read again when a
            # new cue in the sentence drops the memo above.
            runs = self._runs[sentence] = _name_runs(doc.text, s.start, s.end)
        for run in runs:
            if cited and any(src.start <= run[0] < src.end for _, src in cited):
                continue
            if doc.in_quote(run[0]) is None:
                found.append((run[0], _WORD if " " not in run[2] else _RUN, run))
        opening = _OPENING_PRONOUN_RE.match(doc.text, s.start, s.end)
        if opening is not None and doc.in_quote(opening.start(1)) is None:
            found.append((opening.start(1), _PRONOUN, (opening.start(1), sentence, opening.group(1).lower())))
        described = _DESCRIPTION_RE.match(doc.text, s.start, s.end)
        if described is not None and described.group(2) in _DESCRIBED_ROLES and doc.in_quote(described.start(1)) is None:
            # "The Florida senator sought to calm his supporters": the subject is the senator named before.
            found.append((described.start(1), _DESCRIPTION, (described.start(1), sentence, described.group(2))))
        found.sort(key=lambda candidate: candidate[0])
        self._names[sentence] = found
        return found

    def _read(self, candidate: Candidate, depth: int = 0) -> SourcePhrase | None:
        """The person or organization a candidate names, or None (memoized by position)."""
        _, what, data = candidate
        if what == _CITED:
            cited: SourcePhrase = data  # type: ignore[assignment]
            if cited.kind == ORGANIZATION and " " not in cited.text and cited.text[:1].isupper():
                # "Cruz openly admitted": a lone capitalised subject read as an organization when no full name
                # shows it; in subject position, with a proper name's spelling, it is a person's.
                key = (cited.start, _WORD)
                if key not in self._classified:
                    word = _possessive(cited.text.rstrip("."))
                    found = self._surname(cited.start, word) if word not in KNOWN_ORGANIZATIONS else None
                    self._classified[key] = found
                return self._classified[key] or cited
            return cited
        start = data[0]  # type: ignore[index]
        key = (start, what)
        classified = self._classified
        if key in classified:
            return classified[key]
        if what == _DESCRIPTION:
            _, sentence, role = data  # type: ignore[misc]
            found = self._described(role, start, sentence) or self._previous_subject(sentence)
            classified[key] = found
            return found
        if what == _PRONOUN:
            if depth >= _DEPTH:
                return None  # not remembered: a shallower reading goes further
            _, sentence, word = data  # type: ignore[misc]
            found = self.resolve(word, start, sentence, depth + 1)
        elif _modifies_a_name(self.doc.text, data[1]):  # type: ignore[index]
            found = None  # "Obama consultant Cornell Belcher": the name after the role is the person
        elif what == _WORD:
            found = self._surname(start, _possessive(data[2].rstrip(".")))  # type: ignore[index]
        else:
            found = _candidate(self.doc, start, data[1], self._known)  # type: ignore[index]
        classified[key] = found
        return found
