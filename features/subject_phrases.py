"""Subject phrases around an attribution cue that the source readings do not name by themselves.

A share of the people polled ("47 percent said"), a subject with a time adjunct after its head ("a
CNN/ORC poll last month showed"), the name before a relative pronoun ("held by Mr. Tom Park, who
said"), and whatever "according to" points at when no reading names it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .document import Document
from .source_phrases import ANONYMOUS, VAGUE, SourcePhrase, classify, classify_unnamed
from .vocabulary.attribution import SHARE_APPROXIMATORS, SHARE_WORDS
from .vocabulary.sources import PREPOSITIONS, PRONOUNS, US_STATES
from .vocabulary.statistics import NUMBER_WORDS

# A share of the people polled ending a subject: "47 percent", "Seventy-four percent of voters", "About 4 in 10
# voters", "Nearly half", "compared with 23 percent" (before "who said").
_SHARE_RE = re.compile(
    r"(?<![\w-])(?:(?:" + "|".join(SHARE_APPROXIMATORS) + r")\s+)*(?:"
    r"(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s*(?:%|\s(?:percent|per\s+cent)\b)"
    r"|(?:\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?:in|out\s+of)\s+(?:\d+|" + "|".join(NUMBER_WORDS) + r")\b"
    r"|(?:(?:\d+|" + "|".join(NUMBER_WORDS) + r"|a|an)[\s-])?(?:" + "|".join(SHARE_WORDS) + r")\b"
    r")(?:\s+(?:of|among)\s+[^,;:]{1,80}|(?:\s+[A-Za-z][\w'\u2019-]*){1,6})?\s*$",
    re.I,
)
# A time adjunct ending a subject, after its head noun: "a WBUR poll last week", "A Monmouth poll out Monday".
_TIME_TAIL_ENDS = ("day", "week", "weekend", "month", "year", "night", "morning", "quarter")
_TIME_TAIL_RE = re.compile(
    r"\s+(?:(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|weekend|month|year|night|morning|quarter)"
    r"|(?:out\s+|on\s+|last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|to|yester)day)$"
)
# What every _SHARE_RE match holds, lower-cased: a share word (or its start: "per" of percent), "%", or the
# "in"/"out of" of "4 in 10".
# The comma inside "Houston, Texas," / "Ava, Mo., who": a capitalised place, then a US state (or its AP
# abbreviation) that ends at a comma. "Jersey", "York" ... only with their first word ("New York").
_STATE_TAILS = frozenset("Jersey York Hampshire Mexico Carolina Dakota Columbia".split())
_PLACE_COMMA_RE = re.compile(
    r"(?<=[A-Za-z.]), (?=(?:New (?:Jersey|York|Hampshire|Mexico)|(?:North|South) (?:Carolina|Dakota)|"
    + "|".join(map(re.escape, sorted(US_STATES - _STATE_TAILS)))
    + r"),)"
)
# After an initial or a title abbreviation, the name goes on: "Alan B. Krueger", "Rev. Kyev Tatum".
_AFTER_INITIAL_RE = re.compile(r"\.\s?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")
_NAME_ABBREVIATIONS = frozenset("mr mrs ms dr rev sen rep gov gen lt col sgt capt adm maj prof jr sr st".split())
_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "F.A.A" of "F.A.A. records", "U.S", "J.J"
_DOMAINS = ("com", "org", "net", "gov", "edu")  # "Factcheck.org", "Tchadinfos.com": a website's name
_REST_RE = re.compile(r"[^,.;:!?\"()\u2014\n]*")  # the rest of a phrase after an abbreviation ("U.S. lobbying records")
_SHARE_MARKS = ("%", "per", " in ", " out of ", "hal", "third", "quarter", "fifth", "majorit", "plurality", "minority")


def time_tail(text: str, start: int, end: int) -> int:
    """Where a time adjunct ending ``text[start:end]`` starts ("a WBUR poll last week"); ``start`` without one."""
    if not text.endswith(_TIME_TAIL_ENDS, start, end):
        return start
    timed = _TIME_TAIL_RE.search(text, start, end)
    return timed.start() if timed is not None else start


def name_tail(text: str, start: int, end: int) -> int:
    """Where the run of capitalised words ending ``text[start:end]`` starts ("by Mr. Tom Park", "Cruz of Texas");
    ``end`` when the last word is not capitalised."""
    words = text[start:end].split(" ")
    pos, k = end, len(words) - 1
    while k >= 0 and (words[k][:1].isupper() or (words[k] == "of" and k and words[k - 1][:1].isupper() and pos < end)):
        pos -= len(words[k]) + 1
        k -= 1
    return min(end, pos + 1)


def share_of_people(doc: Document, start: int, end: int) -> SourcePhrase | None:
    """A subject ending in a share of the people polled ("47 percent", "Nearly half of voters"): a vague collective."""
    low = doc.lowered[start:end] if doc.lowered is not None else doc.text[start:end].lower()
    if not any(word in low for word in _SHARE_MARKS):
        return None  # no share word: the pattern cannot match (a scan of it costs more than these lookups)
    m = _SHARE_RE.search(doc.text, start, end)
    return vague_phrase(doc, m.start(), end) if m else None


def unread_source(doc: Document, start: int, end: int) -> SourcePhrase | None:
    """What "according to" points at when no reading names it ("unofficial returns", "an account she gave"):
    a vague source, when it is a phrase of at most eight words that starts with a letter."""
    phrase = doc.text[start:end].rstrip()
    if not phrase[:1].isalpha() or phrase.count(" ") > 7 or phrase.lower() in PRONOUNS:
        return None
    return vague_phrase(doc, start, start + len(phrase))


def vague_phrase(doc: Document, start: int, end: int) -> SourcePhrase:
    """The phrase at normalized ``[start, end)`` as a vague source."""
    span = doc.span(start, end, "source:vague")
    original = doc.original[span.start : span.end]
    return SourcePhrase(start, end, span, original, VAGUE, None, original.lower())


def place_commas(left: str) -> str:
    """``left`` with the comma of each "City, State" blanked (same length), so that it splits no appositive:
    "Christopher Harvey, an African-American delegate from Houston, Texas, said" names Harvey, not Texas."""
    if not left.endswith((", ", ",")) or left.count(",") < 2:
        return left  # only a subject that ends at a comma is read back past one
    return _PLACE_COMMA_RE.sub(lambda m: "  " if _capitalised_before(left, m.start()) else m.group(), left)


def _capitalised_before(text: str, pos: int) -> bool:
    """Whether the word ending at ``pos`` starts with a capital ("Houston" in "Houston, Texas") and no article stands
    before it: "a Hollywood, Fla., rabbi" is a place modifying a noun, its commas those of an appositive."""
    at = text.rfind(" ", 0, pos) + 1
    return text[at : at + 1].isupper() and text[max(0, at - 3) : at] not in (" a ", "an ") and not text.endswith(" the ", 0, at)


def opens_with_preposition(phrase: str) -> bool:
    """Whether ``phrase`` opens with a preposition: a prepositional phrase ("on Twitter on Monday", "of Huntsville")."""
    return phrase.lstrip().partition(" ")[0].lower() in PREPOSITIONS


def role_start(doc: Document, start: int, end: int) -> int:
    """Where a role before a name starts ("Carter's press secretary" of "Carter's press secretary, Peter Cook,"),
    clause words dropped; -1 when ``doc.text[start:end]`` reads as no role ("On Monday", "Speaking in Iowa")."""
    words = doc.text[start:end].split()
    while words and words[0].lower() in ("and", "but", "or", "so", "that", "when", "while", "as", "because"):
        start = doc.text.find(words[0], start, end) + len(words[0])
        words = words[1:]
    if not words or words[0].lower() in PREPOSITIONS:
        return -1  # "On Monday, Jane Doe, said": no role
    start = doc.text.find(words[0], start, end)
    found = classify(doc, start, end)
    if found is None or found.kind != ANONYMOUS:
        found = classify_unnamed(doc, start, end)
    return start if found is not None and found.kind == ANONYMOUS else -1


def widened(doc: Document, phrase: SourcePhrase, start: int) -> SourcePhrase:
    """``phrase`` starting at normalized ``start`` instead (its kind, role and key kept)."""
    span = doc.span(start, phrase.end, f"source:{phrase.kind}")
    return replace(phrase, start=start, span=span, text=doc.original[span.start : span.end])


def name_end_after(text: str, end: int, s_end: int) -> int:
    """Extend a phrase read after a cue (ending at ``end``, at a period) past initials and abbreviations: "Alan B.
    Krueger", "Rev. Kyev Tatum", "the F.A.A." / "F.A.A. records", "U.S. lobbying records", "Factcheck.org"."""
    while end < s_end and text[end] == ".":
        word = text[text.rfind(" ", 0, end) + 1 : end]
        if text.startswith(_DOMAINS, end + 1) and not text[end + 4 : end + 5].isalnum():
            end += 4  # "according to Factcheck.org"
            continue
        m = _AFTER_INITIAL_RE.match(text, end, s_end)
        initials = len(word) > 2 and _INITIALS_RE.fullmatch(word) is not None
        if m is not None and (len(word) == 1 and word.isupper() or initials or word.lower() in _NAME_ABBREVIATIONS):
            end = m.end()
            continue
        if initials:  # the abbreviation's last period; a lower-case word goes on with the phrase
            end += 1
            if text.startswith(" ", end) and text[end + 1 : end + 2].islower():
                end = _REST_RE.match(text, end, s_end).end()  # type: ignore[union-attr]
                end -= len(text[:end]) - len(text[:end].rstrip())
        break
    return end


_PLURAL_GROUP_WORDS = frozenset("have are were both all".split())  # "have said", "both stressed": a plural subject
_CONJUNCT_WORDS = frozenset("both the".split())  # lower-case words that may open a conjunct ("Both The New York Times")
_NAME_INNER_WORDS = frozenset("of for on".split())  # lower-case words inside a name ("Centers for Disease Control")


def coordinated_start(text: str, first: int, second: int, group: str, bare: bool, named: bool) -> int:
    """Where a subject with "and" starts, when its first part ``text[first:second]`` (" and" included) is a name and
    either the verb ``group`` is plural (an auxiliary "have"/"are", "both", or a bare present verb with no auxiliary:
    ``bare``) or the part after "and" is a name too (``named``): "Jeb Bush and Chris Christie say", "The Centers for
    Disease Control and Prevention estimates"; -1 otherwise ("Clinton won Iowa and Sanders said")."""
    words = group.lower().split()
    if not (named or bare and len(words) == 1 or any(w in _PLURAL_GROUP_WORDS for w in words)):
        return -1
    conjunct = text[first:second].split()[:-1]  # without "and"
    if not 0 < len(conjunct) <= 6 or not conjunct[-1][:1].isupper():
        return -1
    if not all(w[:1].isupper() or w.lower() in _CONJUNCT_WORDS or 0 < i < len(conjunct) - 1 and w in _NAME_INNER_WORDS
               for i, w in enumerate(conjunct)):
        return -1
    return text.find(conjunct[0], first, second)
