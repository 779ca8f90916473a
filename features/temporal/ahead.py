"""Past statements about what lies after the publication date that the adverbial check misses.

``chronology.tense_relations`` sets a past clause against an explicit date after a time preposition
("troops were deployed in June 2025"). These readings give a past-about-future relation too, all
only against a publication date (an inferred one is too weak), outside quotations and with no
future or modal word in the clause:

* a relative date that points ahead ("next week", "tomorrow", "later this year", "next Thursday")
  governed by a past verb: "the campaign announced next week that it hired ...", "Oneida's shares
  closed tomorrow at $18.375". Its words give the mention its tense; the verb is read as for any
  other date. A plan told from the past is not a past event: a future-in-the-past marker, an
  infinitive or a progressive ("was leaving next month", "agreed to meet next week"), a participle
  of plan ("scheduled next week") or a deadline preposition ("was delayed until next week") leaves
  it alone, and so do anaphoric uses ("the next year") and possessives ("next week's vote");
* a range that starts after publication and ends before it ("between 2025 and 2022");
* an explicit date after "ended" ("the quarter ended July 31, 1990"), after "dated" or right
  after a record noun ("a memo dated Aug. 8, 2019", "wrote the letter Feb. 2, 2017");
* a fronted explicit date a quarter or more ahead and a bare past main verb ("In 2017, the mayor
  contributed ...");
* an explicit date before a noun it dates as a record or a one-off event (``DATED_RECORDS``,
  ``DATED_EVENTS``): "an Aug. 8, 2019, affidavit" cited in 2016 (a document dated after
  publication cannot exist yet, whatever the tense but the future), "In the 2018 election, Romney
  won" in 2016 (an event told as past). A year alone must lie half a year ahead for a record.
"""

from __future__ import annotations

import copy
import re
from datetime import date

from ..document import Document
from ..vocabulary.temporal import (
    DATED_EVENTS,
    DATED_RECORDS,
    DETERMINERS,
    NOT_AT_PREPOSITIONS,
    PROSPECTIVE_PARTICIPLES,
    REPORTING_PAST,
)
from .chronology import ISSUE_PAST_ABOUT_FUTURE, Relation
from .parse import Draft, prev_word
from .tense import (
    GOVERNING_WINDOW, HARD_BOUNDARIES, assign_tense, clause_words, future_in_clause, governing_marker, marker_kind_at,
)

_NEAR_WEAK = 3  # words from a bare past form ("closed", "filed") to the date it dates
_RECORD_YEAR_MARGIN = 183  # days: "the 2017 survey" may be out in late 2016, not in early 2016
_NOUN_RE = re.compile(r"(?:,? +[A-Za-z][\w'-]*){1,4}")  # up to four words after the date
# Before a bare past form these make it a participle, not a narrated past: "be toppled", "got fired".
_BEFORE_PARTICIPLE = frozenset({"be", "been", "being", "get", "gets", "got", "cannot", "to", "having"})
_FRONTED_MARGIN = 92  # days: "In 2017, spending rose" in October 2016 may be a budget year
_STOP = HARD_BOUNDARIES | {"that", "which", "who", "if", "when", "while", "because", "although"}
_AFTER_PARTICIPLE = frozenset({"by", "in", "on", "during", "since", "last", "earlier"})
_ENDED = frozenset({"ended", "closed", "expired"})  # a period that "ended" on a date is over by then
_AT_EVENT = frozenset({"in", "during", "at", "after", "since"})
_DAY_KINDS = frozenset({"full_date", "numeric", "month_year"})


def past_about_ahead(doc: Document, drafts: list[Draft], ref: date) -> None:
    """Mark the relative dates ahead told as past and the records and events dated ahead told as past."""
    text = doc.text
    reverse = ""
    for i, d in enumerate(drafts):
        if d.relation is not None or d.first is None or d.last is None or d.first < ref or d.last <= ref:
            continue  # also "this week", "later this year" (from its first day): not wholly ahead
        if d.direction == "future":
            if d.prep in DETERMINERS or text.startswith(("'s", "\u2019s"), d.end):
                continue  # "the next year" counts from the narrative, not the publication; "next week's vote"
            past = _past_relative(text, d) or _fronted_past(text, d)
        elif not d.explicit or d.first <= ref:
            continue
        elif d.prep in ("in", "during", "on") and (d.first - ref).days > _FRONTED_MARGIN and _fronted_past(text, d):
            past = True
        elif d.prep in ("between", "from") and _reversed_range(d, drafts[i + 1 : i + 2]):
            past = d.tense != "future"  # "between 2025 and 2022": the range starts after publication and ends before it
        elif d.prep in _ENDED or (d.kind in _DAY_KINDS and (d.prep in DATED_RECORDS or d.prep == "dated")):
            past = d.tense != "future"  # "the quarter ended July 31, 1990", "a memo dated Aug. 8, 2019"
        elif d.tense != "future":
            if not reverse:
                reverse = text[::-1]
            noun, head = _dated_noun(text, reverse, d)
            past = bool(noun) and _dated_past(d, noun, head, ref)
        else:
            continue
        if past and doc.in_quote(d.start) is None and not future_in_clause(text, d):
            start = d.prep_start if d.adverbial and not d.direction else d.start
            d.relation = Relation(ISSUE_PAST_ABOUT_FUTURE, text[start : d.end], ref)


def _past_relative(text: str, d: Draft) -> bool:
    """Whether a relative date ahead ("next week") is governed by a past verb that narrates a done event."""
    if d.prep in NOT_AT_PREPOSITIONS:
        return False  # "until next week"
    shadow = copy.copy(d)
    shadow.tense, shadow.direction = "unknown", None
    assign_tense(text, shadow)  # the clause's own tense, as for a date without words of its own
    if shadow.tense != "past":
        return False
    marker = shadow.marker
    if not shadow.clear_past:
        if not marker or shadow.distance > _NEAR_WEAK or marker in PROSPECTIVE_PARTICIPLES:
            return False
    n = shadow.distance
    between: list[str] = []
    before = ""
    if marker:
        lo = max(d.s0, d.start - GOVERNING_WINDOW)
        words = clause_words(text, lo, d.start, lo > d.s0, False)[0]
        ahead = clause_words(text, d.end, min(d.s1, d.end + GOVERNING_WINDOW), False, True)[0]
        if 0 < n <= len(words) and words[-n] == marker.split()[-1]:
            between, before = words[len(words) - n + 1 :], words[-n - 1] if n < len(words) else ""
        elif 0 < n <= len(ahead) and ahead[n - 1] == marker.split()[0]:
            between = ahead[: n - 1]
        else:
            return False  # the marker is not where the reading says: do not guess
    if not shadow.clear_past and (
        before in _BEFORE_PARTICIPLE or before.endswith("n't")  # "can't be toppled next Tuesday"
        or (between and between[0] not in DETERMINERS and not between[0][:1].isdigit() and between[0][:1] != "$")
    ):
        return False  # a participle in a noun phrase: "subordinated convertible debentures next year"
    if marker in REPORTING_PAST and not _clause_ends(text, d.end):
        return False  # "he said next Tuesday is the deadline": the date belongs to what was said
    # "was leaving next month", "agreed to meet next week", "was scheduled next week": a plan
    return not any(w == "to" or w.endswith("ing") or w in PROSPECTIVE_PARTICIPLES for w in between)


def _fronted_past(text: str, d: Draft) -> bool:
    """Whether ``d`` opens its sentence as an adverbial ("Tomorrow, Compaq plunged", "In 2017, the
    mayor contributed") and the main clause after its comma narrates a done event with a past verb."""
    lead = text[d.s0 : d.start]
    if "," in lead or len(lead) > 80 or text.startswith(("'s", "\u2019s"), d.end):
        return False
    if not text[d.end : d.end + 2].lstrip().startswith(",") and lead.strip():
        return False  # without a comma only a date that opens the sentence: "Tomorrow New York's governor toured"
    words, raw = clause_words(text, d.s0, d.start, False, False)
    if governing_marker(words, raw, forward=False)[0] is not None:
        return False  # a verb before the date: it is not fronted
    words, raw = clause_words(text, d.end, min(d.s1, d.end + GOVERNING_WINDOW), False, True)
    for i, w in enumerate(words):
        if w in _STOP:
            return False
        kind = marker_kind_at(words, raw, i, True)[0]
        if kind is None:
            continue
        if kind in ("simple_past", "past_aux"):
            return w not in REPORTING_PAST
        if kind != "weak" or w in PROSPECTIVE_PARTICIPLES:
            return False
        if (i > 0 and words[i - 1] in DETERMINERS) or (i + 1 < len(words) and words[i + 1] in _AFTER_PARTICIPLE):
            continue  # a participle in a noun phrase: "a group led by", "a law passed in 2015"
        return w not in REPORTING_PAST  # a bare past form after its subject: "Compaq plunged"
    return False


def _reversed_range(d: Draft, following: list[Draft]) -> bool:
    """Whether ``d`` opens a range ("between 2025 and 2022", "from 2019 to 2011") that ends before it starts."""
    if not following:
        return False
    e = following[0]
    return (
        e.explicit and e.last is not None and d.first is not None and e.last < d.first
        and e.prep in ("and", "to") and 0 <= e.prep_start - d.end <= 3
    )


def _clause_ends(text: str, pos: int) -> bool:
    """Whether the clause ends at ``pos`` or goes on with "that": "announced next week that it hired"."""
    rest = text[pos : pos + 6].lstrip()
    return not rest or rest[0] in ",.;:" or rest.lower().startswith("that ")


def _dated_noun(text: str, reverse: str, d: Draft) -> tuple[str, str]:
    """The record or event noun ``d`` dates as its premodifier ("the 2018 election", "an Aug. 8, 2019,
    affidavit") and the word before its noun phrase ("in"), or ("", "")."""
    before, before_start = prev_word(reverse, d.start)
    if before == "s" and text[before_start - 1 : before_start] in "'\u2019":  # "the state's 2024 assessment"
        before, before_start = prev_word(reverse, before_start - 1)
        before, before_start = prev_word(reverse, before_start)
    elif before not in DETERMINERS:
        return "", ""
    head = prev_word(reverse, before_start)[0]
    if head in NOT_AT_PREPOSITIONS and head not in ("after", "since"):
        return "", ""  # "prepared for the 2018 election", "the run-up to the 2018 election"
    m = _NOUN_RE.match(text, d.end)
    if m is None:
        return "", ""
    if m.group().startswith(",") and d.kind not in _DAY_KINDS:
        return "", ""  # "the 2018, 2019 ..." is a list; only a day or a month takes commas round it
    for word in m.group().replace(",", " ").split():
        w = word.lower()
        if w in DATED_RECORDS or w in DATED_EVENTS:
            return w, head
        if word.islower() and not (w.endswith(("al", "ic", "ly", "ed", "ive", "ing")) or "-" in w):
            return "", ""  # another noun heads the phrase: "the 2018 election results" stops at "election"
    return "", ""


def _dated_past(d: Draft, noun: str, head: str, ref: date) -> bool:
    """Whether the record or event that ``d`` dates is told as already there, though it lies after ``ref``."""
    assert d.first is not None
    if noun in DATED_RECORDS:
        if d.kind in _DAY_KINDS:
            return True  # a document dated to a day or a month after publication
        return d.tense == "past" and (d.first - ref).days > _RECORD_YEAR_MARGIN
    if d.tense != "past" or head == "of":
        return False  # "ahead of the 2018 election", "on the eve of the 2018 primary"
    if d.clear_past or head in _AT_EVENT:
        return True  # "In the 2018 election, Romney won": the event is the time of the clause
    return bool(d.marker) and d.distance <= _NEAR_WEAK and d.marker not in PROSPECTIVE_PARTICIPLES
