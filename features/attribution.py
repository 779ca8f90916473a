"""Attribution cues ("said", "told", "according to" ...), who they point at, and which claims they cover.

A **claim sentence** is a declarative sentence of at least five words (not a question, not a
caption line) that carries a factual anchor: a digit, or a capitalised word past its first word
(a named actor, place or organization). A claim is **attributed** when an attribution cue covers
its sentence: the cue is in it, it belongs to a quotation the cue attributes, it continues an
attributed quotation in the next paragraph, or it continues a list a cue introduced with a colon
("Military experts highlight three implications: First ... Second ..."), or it is in the paragraph
after a cue sentence ending in a colon ("The organization points out the figures:").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from .document import Document, Sentence
from .fast import LastMatch, ascii_folding, ascii_pattern, matches_from, strip_trailing_words, trie, word_starts
from .coreference import Resolver
from .source_phrases import (
    ANONYMOUS, DOCUMENT, NAMED_KINDS, ORGANIZATION, PERSON, VAGUE, SourcePhrase, classify, classify_unnamed, function_words_only,
    pronoun_subject,
)
from .spans import FeatureSet, Span
from .vocabulary.attribution import (
    ACCORDING_TO,
    AFTER_RECIPIENT,
    ALWAYS_ATTRIBUTIVE,
    APPOSITIVE_OPENERS,
    AUXILIARIES,
    BE_FORMS,
    COGNITION_VERBS,
    COMPLEMENT_WORDS,
    ENUMERATORS,
    EVIDENCE_VERBS,
    GENERIC_AUDIENCES,
    GOVERNING_LINKS,
    HEARSAY_PARTICIPLES,
    LY_NOUNS,
    NEEDS_THAT,
    NOUN_LIKE_FORMS,
    NOUN_PRECEDERS,
    PASSIVE_ADVERBS,
    PASSIVE_PARTICIPLES,
    PAST_FORMS,
    PRESENT_FORMS,
    QUOTED_AS_SAYING,
    RELATIVE_WORDS,
    SENTENCE_CONJUNCTIONS,
    SPEECH_VERBS,
    VERB_PARTICLES,
)
from .subject_phrases import (
    coordinated_start, name_end_after, name_tail, opens_with_preposition, place_commas, role_start, share_of_people, time_tail,
    unread_source, widened,
)
from .vocabulary.sources import PRONOUNS

PRONOUN = "pronoun"  # the kind of a cue's subject when its words are a pronoun ("he said")

_EVIDENCE_LEMMAS = frozenset(EVIDENCE_VERBS.values())
_COLLECTIVE_LEMMAS = frozenset(COGNITION_VERBS.values())  # attribute only an unnamed collective or anonymous subject
_OTHER_VERBS = {**EVIDENCE_VERBS, **COGNITION_VERBS}
_CUE_RE = re.compile(
    r"(?<![\w-])(?:(?i:(?P<acc>" + trie(ACCORDING_TO) + r"))|(?P<verb>" + trie([*SPEECH_VERBS, *_OTHER_VERBS]) + r"))(?![\w-])"
)
# The first word of each cue phrase: a cue starts where one of them starts a word.
_VERB_FIRST_WORDS = frozenset(re.match(r"\w+", w).group() for w in [*SPEECH_VERBS, *_OTHER_VERBS])  # type: ignore[union-attr]
# "according to", "as reported by", "citing": each phrase's words, lower-cased, and its first word.
_ACCORDING_WORDS = tuple((frozenset(re.findall(r"\w+", w.lower())), re.match(r"\w+", w.lower()).group()) for w in ACCORDING_TO)  # type: ignore[union-attr]
# Where a subject phrase starts, scanning back from the verb: punctuation or a clause word.
# It matches what (?:[,;:\u2014(\"]|\.\.\.|\b(?:that|when|as|while|because|but|and|after|where|which|
# who|whom|if|although|since|whereas|though|whether)\b)\s* matches, written to start with one
# character set (a mark, or the first letter of a clause word, after no word character) so that
# the engine skips in C to the candidates instead of trying the alternation at every character.
_CLAUSE_START_RE = re.compile(
    r"[,;:\u2014(\".abistw](?:(?<=[,;:\u2014(\"])|(?<=\.)\.\.|(?<!\w[abistw])(?:(?<=t)(?:hat|hough)"
    r"|(?<=w)(?:hen|hile|here|hich|hom|ho|hereas|hether)|(?<=a)(?:s|nd|fter|lthough)|(?<=b)(?:ecause|ut)"
    r"|(?<=i)f|(?<=s)ince)\b)\s*"
)
# The last match of _CLAUSE_START_RE.finditer(left). Matches cannot overlap, except in a run of dots
# ("...." holds two "..."): a rightmost match that starts with a dot is settled by a scan.
_LAST_CLAUSE_START = LastMatch(_CLAUSE_START_RE, overlapping=".")
# "Jane Doe, the chief executive, said": the subject sits before an appositive.
_APPOSITIVE_BEFORE_RE = re.compile(r"([^,;:\"(\u2014]{2,80}),\s+([^,;:\"\u2014]{2,80}),\s*$")
# '... said Jane Doe, the chief executive' / 'says Saakyan, co-founder of ...': a role after the name.
_APPOSITIVE_AFTER_RE = re.compile(r",\s+((?:" + "|".join(APPOSITIVE_OPENERS) + r")\b[^,;:.!?\"]{0,100})")
_RELATIVE_RE = re.compile(r"\s*(?:" + "|".join(RELATIVE_WORDS) + r")\b", re.I)
_PHRASE_AFTER_RE = re.compile(r"\s*([^,.;:!?\"()\u2014\n]{1,120})")
_ADVERB_RE = re.compile(r"(?:\s+(?:" + "|".join(PASSIVE_ADVERBS) + r"))*\s*$")  # what _without_adverbs removes
_ADVERBS = frozenset(PASSIVE_ADVERBS)
_ENUMERATOR_RE = re.compile(r"(?:" + "|".join(ENUMERATORS) + r"|\d\)|[a-e]\))[\s,]", re.I)
# A digit, or a capitalised word after a space: [\d\s](?:(?<=\d)|[A-Z][a-z]) found one character later,
# starting with the rarer capital (a digit at the sentence's first character is checked apart).
_CLAIM_ANCHOR_RE = re.compile(r"[\dA-Z](?:(?<=\d)|(?<=\s[A-Z])[a-z])")
_FIVE_WORDS_RE = re.compile(r"\W*+\w++\W*+\w++\W*+\w++\W*+\w++\W*+\w++")  # (?:\W*+\w++){5}, unrolled
# The same for ASCII text (most articles): character sets the engine tests faster than Unicode categories.
_ASCII_CLAIM_ANCHOR_RE = ascii_pattern(_CLAIM_ANCHOR_RE)
_ASCII_FIVE_WORDS_RE = ascii_pattern(_FIVE_WORDS_RE)
_SPACES_RE = re.compile(r"\s+")
_BY_RE = re.compile(r"\s+by\s+")
_COMPLEMENT_RE = re.compile(
    r"\s*(?:$|[,:.\"']|that\b|on\s+\w+|in\s+an?\s+\w+|to\s+(?:the\s+)?[A-Z]|[A-Z]|[a-z]+ing\b|(?:" + "|".join(COMPLEMENT_WORDS) + r")\b)"
)
_AFTER_RECIPIENT_RE = re.compile(r"\s+(?:" + "|".join(AFTER_RECIPIENT) + r")\s")
_THAT_RE = re.compile(r"\s+(?:that\b|[\"'])")
_VERB_COMPLEMENT_RE = re.compile(r"\s*(?:that\b|:|\")")
_KIND_PREFERENCE = (PERSON, ORGANIZATION, DOCUMENT, ANONYMOUS, VAGUE)
_LOOKBACK = 200  # characters scanned for a subject; bounds the cost on a 1 MB sentence


@dataclass(frozen=True, slots=True)
class Cue:
    """One attribution: the cue words, the source they point at, and the sentences they cover."""

    start: int
    end: int
    span: Span
    verb: str  # lemma: "say", "according to", "highlight" ...
    sentence: int
    source: SourcePhrase | None  # None for hearsay or an unresolved pronoun
    hearsay: bool = False  # agentless passive: "are said to", "was first reported"
    via: str | None = None  # who the source told: "Radio Free Europe's Current Time program"
    quoter: SourcePhrase | None = None  # "Yonhap news agency quoted X as saying": Yonhap
    subject: tuple[int, int] | None = None  # normalized span of the subject words at the cue ("he", "the spokesman")
    subject_kind: str | None = None  # "pronoun", or the kind of the phrase there
    linked: bool = False  # the source was reached from the subject (a pronoun, an elided subject, "the spokesman")
    respondents: bool = False  # the subject is a share of the people polled ("47 percent said"): no figure's source


@dataclass(slots=True)
class AttributionFeatures(FeatureSet):
    """Attribution cues, claim sentences and which of them are attributed."""

    cues: list[Cue] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)  # sentence indices
    coverage: dict[int, Cue] = field(default_factory=dict)  # sentence index -> covering cue

    def source_of(self, sentence: int) -> SourcePhrase | None:
        """The source covering ``sentence``, if any."""
        cue = self.coverage.get(sentence)
        return cue.source if cue else None


def extract(doc: Document) -> AttributionFeatures:
    """Find attribution cues and compute attribution density over claim sentences."""
    cues: list[Cue] = []
    resolver = Resolver(doc)
    for m in _cue_matches(doc):
        cue = _read_cue(doc, m, resolver)
        if cue is None:
            continue
        cues.append(cue)
        if cue.source is not None:
            resolver.add(cue.source, cue.sentence, pronoun=cue.subject_kind == PRONOUN and cue.subject is not None,
                         word=doc.text[cue.subject[0] : cue.subject[1]].lower() if cue.subject else "")
    claims = _claims(doc.text, doc.sentences)
    coverage = _coverage(doc, cues)
    result = AttributionFeatures("attribution", cues=cues, claims=claims, coverage=coverage)
    result.evidence = [c.span for c in cues]
    result.values = _values(doc, result)
    return result


def _cue_matches(doc: Document) -> Iterator[re.Match[str]]:
    """What ``_CUE_RE.finditer(doc.text)`` yields outside double quotations, trying the pattern only where a cue can start.

    A cue inside a quotation is the quoted speaker's ('"As I said at the debate, ..." Clinton
    said'): the quotation is attributed by the cue it hangs on, so the words inside are not read.

    A cue verb (lower case, as listed) is a whole word of the text; an "according to" phrase,
    whose case is ignored, starts a word of the lower-cased text, all of whose words hold it
    (see fast.ascii_folding).
    """
    text, runs = doc.text, doc.lowered_runs
    quoted = _double_quoted(doc)
    if runs is None or not ascii_folding(text):
        matches = _CUE_RE.finditer(text)
        return (m for m in matches if not _inside(quoted, m.start())) if quoted else matches
    starts = word_starts(text, _VERB_FIRST_WORDS & runs)
    according = {first for words, first in _ACCORDING_WORDS if words <= runs}
    if according:
        starts = sorted(starts + word_starts(doc.lowered, according))  # type: ignore[arg-type]
    if quoted and starts:
        starts = _outside(quoted, starts)
    return matches_from(_CUE_RE, text, starts)


def _double_quoted(doc: Document) -> list[tuple[int, int]]:
    """The inner spans of the double quotations, in text order (they do not nest)."""
    return [(q.inner_start, q.inner_end) for q in doc.quotes if q.kind == "double"]


def _outside(quoted: list[tuple[int, int]], starts: list[int]) -> list[int]:
    """The sorted ``starts`` that no span of ``quoted`` (sorted, disjoint) holds: one walk through both."""
    kept: list[int] = []
    i, n = 0, len(quoted)
    for pos in starts:
        while i < n and quoted[i][1] <= pos:
            i += 1
        if i == n or pos < quoted[i][0]:
            kept.append(pos)
    return kept


def _inside(quoted: list[tuple[int, int]], pos: int) -> bool:
    """Whether a span of ``quoted`` (sorted, disjoint) holds ``pos``."""
    i = bisect_right(quoted, (pos, 1 << 62)) - 1
    return i >= 0 and quoted[i][0] <= pos < quoted[i][1]


def _read_cue(doc: Document, m: re.Match[str], resolver: Resolver | None) -> Cue | None:
    text, m_start, m_end = doc.text, m.start(), m.end()
    sentence = doc.sentence_index(m_start)
    s = doc.sentences[sentence] if doc.sentences else None
    s_start, s_end = (s.start, s.end) if s else (0, len(doc.text))
    if m.group("acc"):
        after = _PHRASE_AFTER_RE.match(doc.text, m.end(), s_end)
        if after is None:
            return None
        a_start, a_end = after.start(1), name_end_after(doc.text, after.end(1), s_end)
        dash = doc.text.find(" -", a_start, a_end)
        if dash > a_start:
            a_end = dash  # "according to the Tax Policy Center - half a point": an aside follows
        source = classify(doc, a_start, a_end) or classify_unnamed(doc, a_start, a_end) or unread_source(doc, a_start, a_end)
        if source is None:
            return None
        return Cue(m.start(), m.end(), doc.span(m.start(), m.end(), "attribution"), "according to", sentence, source,
                   subject=(source.start, source.end), subject_kind=source.kind)
    verb = m.group("verb")
    form = verb if verb.isalpha() else _SPACES_RE.sub(" ", verb)
    lemma = SPEECH_VERBS.get(form) or _OTHER_VERBS[form]
    left_start = max(s_start, m_start - _LOOKBACK)
    left = text[left_start : m_start]
    if "," in left[-2:]:
        left = place_commas(left)  # "Houston, Texas, said": no clause ends at that comma
    left_end = len(left.rstrip())  # where the words before the verb end
    if not _noun_like_is_verb(form, text, left[max(0, left_end - 24) : left_end], m_end, s_end):
        return None  # "the states", "state law", "the final say", "Editor's note:"
    if form == "saying" and left.endswith(" as", 0, left_end):
        return None  # "quoted X as saying": the quote cue carries it
    passive = False  # "Sanders was told that", "It was not disclosed": the subject is spoken to or about
    if form in PASSIVE_PARTICIPLES and lemma not in _COLLECTIVE_LEMMAS and _after_be(left):
        passive = _BY_RE.match(text[m_end : m_end + 5]) is None
        if passive and form in HEARSAY_PARTICIPLES:
            # Agentless passive: "North Korean forces are said to have played a role".
            return Cue(m_start, m_end, doc.span(m_start, m_end, "attribution"), lemma, sentence, None, hearsay=True)
    # The verb group: "has said", "would later say", "went on to say" read as one cue; the subject
    # is what stands before it.
    group_start = left_start + _verb_group_start(left, left_end)
    clause = _last_clause_end(left[: group_start - left_start])
    subj_start = left_start + clause
    subj_text = text[subj_start:group_start]
    first, _, rest = subj_text.lstrip().partition(" ")
    if rest and first in SENTENCE_CONJUNCTIONS:
        subj_start, subj_text = group_start - len(rest), rest  # "But he said", "And Trump told"
    if form.endswith("ing") and group_start == left_start + left_end:
        k = (" " + subj_text).rfind(" with ")  # where "with" starts in subj_text
        if k >= 0:  # absolute "with NP V-ing": "with 95 percent of precincts reporting", "with voters saying"
            subj_start, subj_text = subj_start + k + 5, subj_text[k + 5 :]
    lead_start = -1  # where the subject starts before its name: a role ("Carter's press secretary, Peter Cook,") or a conjunct
    clause_word = text[left_start : subj_start].rstrip()[-8:].lower()
    if clause_word.endswith(" and") or clause_word == "and":  # "Jeb Bush and Chris Christie say": both are the subject
        lead_start = coordinated_start(text, left_start + _last_clause_end(text[left_start : subj_start].rstrip()[:-3]),
                                       subj_start, text[group_start:m_end], form == lemma, subj_text.lstrip()[:1].isupper())
    inverted = not subj_text.strip() or function_words_only(subj_text)  # "So says a voice": no subject before
    m_end_subject = group_start
    relative = -1  # where "who" stands as the cue's subject
    if inverted and clause_word.endswith("who") and not clause_word[-4:-3].isalnum():
        # "Mr. Trump, who said", "23 percent who said": the relative pronoun's antecedent is the subject.
        relative = left_start + len(text[left_start:subj_start].rstrip()) - 3
        before = text[left_start:subj_start].rstrip()[:-3].rstrip().rstrip(",")
        if before.strip():
            subj_start, m_end_subject = left_start + _last_clause_end(before), left_start + len(before)
            tail = name_tail(text, subj_start, m_end_subject)
            if tail > subj_start and classify(doc, subj_start, m_end_subject) is None:
                subj_start = tail  # "The rally was held by Mr. Tom Park, who said": the name before "who"
            subj_text, inverted = text[subj_start:m_end_subject], False
    has_group = group_start < left_start + left_end  # auxiliaries or adverbs before the verb
    elided = inverted and form in SPEECH_VERBS and (form.endswith("ing") or clause_word.endswith((" and", " but", " or")) or has_group)
    role: str | None = None
    appositive = _appositive_before(left) if inverted and not elided and left.endswith(",", 0, left_end) else None
    if appositive:
        # "Jane Doe, the chief executive, said" or "The city's chief engineer, Priya Raman, said".
        options = []
        for name_group, role_group in ((1, 2), (2, 1)):
            if opens_with_preposition(appositive.group(name_group)):
                continue  # "29, of Huntsville, Ala., says": a prepositional phrase names no one
            found = classify(doc, left_start + appositive.start(name_group), left_start + appositive.end(name_group))
            if found is not None:
                options.append((_KIND_PREFERENCE.index(found.kind), name_group, role_group))
        if not options or _KIND_PREFERENCE[min(options)[0]] != PERSON:
            chain = _appositive_chain(doc, left_start, left)
            if chain is not None and (chain[3] == PERSON or not options):
                # "Marley Anderson, 21, a junior from Las Vegas, said", "Matthew Prince, chief executive of
                # CloudFlare, a San Francisco company, said": the name that heads the chain.
                inverted, (subj_start, m_end_subject, role, _), options = False, chain, []
                subj_text = text[subj_start:m_end_subject]
        if not options and inverted and opens_with_preposition(appositive.group(2)):
            # "Several candidates, including Trump, said": the prepositional phrase modifies the subject before it.
            inverted, subj_start = False, left_start + appositive.start(1)
            m_end_subject = left_start + appositive.end(1)
            subj_text = text[subj_start:m_end_subject]
        if options:
            _, name_group, role_group = min(options)
            inverted = False
            subj_start, subj_text = left_start + appositive.start(name_group), appositive.group(name_group)
            m_end_subject = left_start + appositive.end(name_group)
            role_text = appositive.group(role_group)
            role = None if _RELATIVE_RE.match(role_text) else role_text.strip()
            if name_group == 2:
                lead_start = role_start(doc, left_start + appositive.start(1), left_start + appositive.end(1))
    after = _PHRASE_AFTER_RE.match(text, m_end, s_end) if inverted and not elided else None
    if after is not None and (lemma == "tell" or lemma in ALWAYS_ATTRIBUTIVE and opens_with_preposition(after.group(1))):
        # "X, 35, the daughter of ..., said on Twitter", "X, who ..., told the New York Times that": no subject
        # follows (what follows "told" is the one spoken to); it is the clause's, before the commas.
        elided, after = True, None
    if inverted and not elided:
        # '"...," said Lee' or '..., says Saakyan, co-founder of ...': the subject follows the verb.
        if after is None:
            return None
        p_start, p_end = after.start(1), name_end_after(text, after.end(1), s_end)
        role_after = _APPOSITIVE_AFTER_RE.match(text, p_end, s_end)
        role = role_after.group(1).strip() if role_after else None
    elif elided:
        p_start = p_end = group_start
    else:
        p_start = subj_start + (len(subj_text) - len(subj_text.lstrip()))
        p_end = p_start + len(text[p_start:m_end_subject].rstrip())
        p_start, p_end = pronoun_subject(text, p_start, p_end) or (p_start, p_end)  # "And I", "While he"
    phrase = text[p_start:p_end].strip().lower()
    respondents = False
    subject: tuple[int, int] | None = (p_start, p_end) if p_end > p_start else None
    subject_kind: str | None = None
    linked = False
    if elided:
        # "..., saying", "and said", "went on to say": the subject of the clause it hangs on.
        source, pronoun_at = resolver.subject_of(sentence, group_start) if resolver else (None, None)
        linked, subject = True, None
        if pronoun_at is not None:
            subject, subject_kind = pronoun_at, PRONOUN  # "He went further, saying": his words, through "he"
        elif source is not None and doc.sentence_index(source.start) == sentence:
            linked, subject, subject_kind = False, (source.start, source.end), source.kind  # the clause's own subject
        if source is None and lemma not in ALWAYS_ATTRIBUTIVE:
            return None
    elif lemma in _COLLECTIVE_LEMMAS and phrase in PRONOUNS:
        return None  # "I think", "we fear": an opinion, not a source
    elif phrase in PRONOUNS:
        source = resolver.resolve(phrase, p_start, sentence) if resolver else None
        if lemma in NEEDS_THAT and lemma in _EVIDENCE_LEMMAS and (source is None or source.kind in (PERSON, ORGANIZATION)) \
                and not _THAT_RE.match(text, m_end):
            return None  # "He showed a video": an ordinary verb, as after a name; "It [the report] showed $200,000" is not
        subject_kind, linked = PRONOUN, True
        if source is None and lemma not in ALWAYS_ATTRIBUTIVE:
            return None
    else:
        source = classify(doc, p_start, p_end)
        if source is None:
            timed = time_tail(text, p_start, p_end)
            if timed > p_start:  # "a CNN/ORC poll last month showed"
                source = classify(doc, p_start, timed)
        if source is None and (lemma in ALWAYS_ATTRIBUTIVE or lemma in _COLLECTIVE_LEMMAS):
            # "47 percent said", "About 4 in 10 voters say"; "proponents say", "the woman said"
            source = share_of_people(doc, p_start, p_end)
            respondents = source is not None
            source = source or classify_unnamed(doc, p_start, p_end)
        if source is None or (lemma in _COLLECTIVE_LEMMAS and source.kind not in (VAGUE, ANONYMOUS)):
            return None
        if lemma in NEEDS_THAT and source.kind in (PERSON, ORGANIZATION) and not _THAT_RE.match(text, m_end):
            return None  # "Smith found the keys": not an attribution
        if role and source.kind == PERSON and source.role is None:
            source = replace(source, role=role)
        if lead_start >= 0 and source.kind in (PERSON, ORGANIZATION) and (source.kind == PERSON or appositive is None):
            source = widened(doc, source, lead_start)  # the role or the first conjunct before the name is the subject's
        subject, subject_kind = (source.start, source.end), source.kind
        if relative >= 0 and source.kind in (PERSON, ORGANIZATION):
            # "Mr. Trump, who said": "who" stands at the cue for the name before it, as "he" would.
            subject, subject_kind, linked = (relative, relative + 3), PRONOUN, True
        elif resolver is not None:
            linked_to = resolver.definite(source, sentence)
            if linked_to is not None:  # "the spokesman said": the spokesman named before
                source, linked = linked_to, True
    needs_complement = source is not None and source.kind in (ORGANIZATION, PERSON)
    if lemma not in ALWAYS_ATTRIBUTIVE and needs_complement and not inverted and not _COMPLEMENT_RE.match(text, m_end, s_end):
        return None  # "the company reported revenue of ...": an ordinary verb
    via, quoter = None, None
    if lemma == "tell":
        rec = _PHRASE_AFTER_RE.match(text, m_end, s_end)
        if rec:
            via_text = _AFTER_RECIPIENT_RE.split(rec.group(1).strip())[0]
            via = None if via_text.lower() in GENERIC_AUDIENCES else via_text
    if lemma == "quote":
        tail = text[m_end : min(s_end, m_end + 160)]
        k = tail.find(QUOTED_AS_SAYING)
        if k > 0:
            quoted = classify(doc, m_end, m_end + k)
            if quoted is not None:
                quoter, source = source, quoted
    start = group_start + (len(text[group_start : m_start]) - len(text[group_start : m_start].lstrip())) if has_group else m_start
    span = doc.span(start, m_end, "attribution")
    if passive and source is not None:  # an agentless passive names no source: the subject was read for the cue only
        return Cue(start, m_end, span, lemma, sentence, None, hearsay=True)
    return Cue(start, m_end, span, lemma, sentence, source, via=via, quoter=quoter,
               subject=subject, subject_kind=subject_kind, linked=linked, respondents=respondents)


def _appositive_chain(doc: Document, left_start: int, left: str) -> tuple[int, int, str | None, str] | None:
    """The name before two or three appositives ending ``left`` ("Marley Anderson, 21, a junior from Las Vegas,"):
    its normalized start and end, the role after it and its kind; None when no person or organization heads the chain."""
    body = left.rstrip()[:-1]
    hard = max(body.rfind(mark) for mark in ';:"(\u2014')
    parts = body[hard + 1 :].split(",")
    if not 3 <= len(parts) <= 4:
        return None
    first = parts[0]
    p_start = left_start + hard + 1 + _last_clause_end(first)
    p_end = left_start + hard + 1 + len(first.rstrip())
    found = classify(doc, p_start, p_end) if p_end > p_start else None
    if found is None or found.kind not in (PERSON, ORGANIZATION):
        return None
    return p_start, p_end, ",".join(parts[1:]).strip() or None, found.kind


def _verb_group_start(left: str, pos: int) -> int:
    """Where the verb group before a cue verb starts in ``left`` (whose words end at ``pos``): its auxiliaries and
    adverbs ("has also", "would later", "did not", "went on to", "began by") and a clitic ("He's said"); ``pos``
    without one."""
    while pos:
        cut = left.rfind(" ", 0, pos) + 1
        if cut == 0 and left[:1].isspace():
            cut = 0
        word = left[cut:pos]
        low = word.lower()
        if "\u2019" in low:
            low = low.replace("\u2019", "'")
        if low in AUXILIARIES or low.endswith(("n't", "ly")) and (
            low.endswith("n't") or word.islower() and len(low) > 4 and low not in LY_NOUNS
        ):
            pos = len(left[:cut].rstrip())
            continue
        if low in GOVERNING_LINKS and cut:
            # "went on to say", "declined to say", "began by saying": drop the governing verb too.
            rest = left[:cut].rstrip()
            words = rest.rsplit(None, 2)[-2:]
            if words and words[-1].lower() in VERB_PARTICLES and len(words) == 2:
                words = words[:1]
                rest = rest[: len(rest) - len(rest.rsplit(None, 1)[-1])].rstrip()
            verb = rest.rsplit(None, 1)[-1] if rest.split() else ""
            if verb.isalpha() and verb.islower() and verb not in AUXILIARIES:
                pos = len(rest[: len(rest) - len(verb)].rstrip())
                continue
            break
        if "'" in low:
            for clitic in ("'s", "'ve", "'d"):
                if low.endswith(clitic) and len(low) > len(clitic) and low[: -len(clitic)] in PRONOUNS:
                    return pos - len(clitic)  # "He's said", "they've told"
        break
    return pos


def _noun_like_is_verb(form: str, text: str, near: str, end: int, s_end: int) -> bool:
    """Whether the cue form ending at ``end`` is a verb: not after a determiner or a possessive ("the final say",
    "Editor's note"), and "state(s)" only before a clause or a quotation ("the states", "state law"). ``near``: the
    last 24 characters before the verb, trailing spaces dropped."""
    before = near.rsplit(None, 1)[-1].lower() if near else ""
    if before in NOUN_PRECEDERS or before.endswith(("'s", "\u2019s", "s'")):
        return False
    return form not in NOUN_LIKE_FORMS or _VERB_COMPLEMENT_RE.match(text, end, s_end) is not None


def _after_be(left: str) -> bool:
    """Whether ``left`` ends in a be-form, past adverbs and "not" ("was", "has been", "wasn't", "is first", "is famously")."""
    words = left[-40:].rsplit(None, 4)
    last = words[-1].lower() if words else ""
    while last in _ADVERBS or last in ("not", "n't", "n\u2019t") or last.endswith("ly") and len(last) > 4:
        words.pop()
        last = words[-1].lower() if words else ""
    if last.endswith(("n't", "n\u2019t")):
        last = last[:-3]  # "wasn't"
    return last in BE_FORMS


def _without_adverbs(text: str) -> str:
    """``_ADVERB_RE.sub("", text)``: ``text`` without its trailing spaces and the adverbs among them."""
    return strip_trailing_words(text, _ADVERBS)


_last_clause_end = _LAST_CLAUSE_START.end  # the end of the last match of _CLAUSE_START_RE.finditer(left), or 0


def _appositive_before(left: str) -> re.Match[str] | None:
    """``_APPOSITIVE_BEFORE_RE.search(left)``, tried at the one place a match can start.

    A match's two commas are the last two of ``left`` (its groups hold none), so its first group
    ends at the first of them and starts after the last of ,;:"(\u2014 before it, 80 characters
    back at most: a match starting later would start there too.
    """
    first = left.rfind(",", 0, left.rfind(","))
    if first < 0:
        return None
    start = max(first - 80, *(left.rfind(mark, 0, first) + 1 for mark in ',;:"(\u2014'))
    return _APPOSITIVE_BEFORE_RE.match(left, start)


def _claims(text: str, sentences: list[Sentence]) -> list[int]:
    five_words, anchor = (_ASCII_FIVE_WORDS_RE, _ASCII_CLAIM_ANCHOR_RE) if text.isascii() else (_FIVE_WORDS_RE, _CLAIM_ANCHOR_RE)
    claims = []
    for s in sentences:
        start, end = s.start, s.end
        if (
            text[end - 1] != "?"
            and text[start] not in "*#"
            and five_words.match(text, start, end)
            and (text[start].isdecimal() or anchor.search(text, start + 1, end))  # \d is str.isdecimal()
        ):
            claims.append(s.index)
    return claims


def _coverage(doc: Document, cues: list[Cue]) -> dict[int, Cue]:
    coverage: dict[int, Cue] = {}
    for cue in cues:
        if cue.sentence not in coverage or (coverage[cue.sentence].hearsay and not cue.hearsay):
            coverage[cue.sentence] = cue
    # A quotation is attributed as a whole when a cue covers any of its sentences.
    for q in doc.quotes:
        first = doc.sentence_index(q.inner_start)
        last = doc.sentence_index(max(q.inner_start, q.inner_end - 1))
        cue = next((coverage[i] for i in range(first, last + 1) if i in coverage and not coverage[i].hearsay), None)
        if cue is None:
            continue
        for i in range(first, last + 1):
            coverage.setdefault(i, cue)
    # "The organization points out some statistics:" ending its paragraph introduces the next one.
    text, sentences = doc.text, doc.sentences
    for cue in cues:
        s = sentences[cue.sentence] if sentences else None
        if cue.hearsay or s is None or s.index + 1 >= len(sentences) or text[max(s.start, s.end - 4) : s.end].rstrip()[-1:] != ":":
            continue
        paragraph = s.paragraph + 1
        i = s.index + 1
        if sentences[i].paragraph != paragraph:
            continue
        while i < len(sentences) and sentences[i].paragraph == paragraph:
            coverage.setdefault(i, cue)
            i += 1
    for s in doc.sentences:
        if s.index in coverage or s.index == 0:
            continue
        prev = coverage.get(s.index - 1)
        if prev is None or prev.hearsay:
            continue
        text = doc.sentence_text(s.index)
        if text.startswith('"') and s.index - 1 in doc.quoted_sentences:
            coverage[s.index] = prev  # the same speaker's quotation goes on
        elif _ENUMERATOR_RE.match(text) and ":" in doc.sentence_text(prev.sentence):
            coverage[s.index] = prev  # "Experts highlight three points: First ... Second ..."
    return coverage


def _values(doc: Document, result: AttributionFeatures) -> dict[str, float]:
    n_sent = max(1, len(doc.sentences))
    n_claims = len(result.claims)
    attributed = [i for i in result.claims if i in result.coverage and not result.coverage[i].hearsay]
    hearsay = [i for i in result.claims if i in result.coverage and result.coverage[i].hearsay]
    sourced = [c for c in result.cues if c.source is not None]
    strong = [c for c in result.cues if c.verb in ALWAYS_ATTRIBUTIVE]
    forms = [doc.text[c.start : c.end].lower() for c in result.cues]
    past, present = sum(f in PAST_FORMS for f in forms), sum(f in PRESENT_FORMS for f in forms)
    return {
        "attribution.claims": float(n_claims),
        "attribution.attributed_claims": float(len(attributed)),
        "attribution.attributed_share": len(attributed) / n_claims if n_claims else 0.0,
        "attribution.unattributed_claims_per_sentence": (n_claims - len(attributed)) / n_sent,
        "attribution.hearsay_per_claim": len(hearsay) / n_claims if n_claims else 0.0,
        "attribution.cues_per_sentence": len(result.cues) / n_sent,
        "attribution.strong_cue_share": len(strong) / len(result.cues) if result.cues else 0.0,
        "attribution.evidence_verb_share": (
            sum(c.verb in _EVIDENCE_LEMMAS for c in result.cues) / len(result.cues) if result.cues else 0.0
        ),
        "attribution.named_cue_share": (
            sum(c.source.kind in NAMED_KINDS for c in sourced) / len(sourced) if sourced else 0.0
        ),
        "attribution.quotes_per_sentence": sum(q.kind == "double" for q in doc.quotes) / n_sent,
        "attribution.quoted_sentence_share": len(doc.quoted_sentences) / n_sent,
        "attribution.past_tense_cue_share": past / (past + present) if past + present else 0.0,
    }
