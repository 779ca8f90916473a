"""Future statements about what lies before the publication date, and weekdays a calendar date does not fall on.

``chronology.tense_relations`` sets a future clause against an explicit date ("will open in March
2024" published in June 2024). Two readings it leaves out:

* a relative date that points back ("last week", "yesterday", "last Tuesday", "earlier this month")
  governed by a future verb: "the endorsement will be doled out last week", "parents will come to the
  board meeting last Tuesday". Its words give the mention its tense; the verb is read as for a date
  without words of its own. Only against a publication date, outside quotations, with the future
  marker near the date; comparisons and spans ("than last year", "since last week", "from last
  year's level") and anaphoric uses ("the last week") are left alone;
* a weekday named with a calendar date it does not fall on: "on Thursday, June 16, 2018" (a Saturday).
  An explicit day only; such a date is marked impossible.
"""

from __future__ import annotations

import copy
from datetime import date

from ..document import Document
from ..vocabulary.temporal import DETERMINERS
from .chronology import ISSUE_FUTURE_ABOUT_PAST, ISSUE_IMPOSSIBLE_DATE, Relation
from .parse import Draft
from .tense import assign_tense

_NEAR_FUTURE = 6  # words at most from the future marker to the date
# Prepositions before a past relative date that make it a comparison or the start of a span, not the time
# of the future event: "higher than last year", "up from last year", "since last week", "the rise of last year".
_NOT_THE_TIME = frozenset({"than", "from", "since", "after", "with", "of", "over", "until", "before", "to", "versus", "vs"})


def future_about_behind(doc: Document, drafts: list[Draft], ref: date) -> None:
    """Mark the relative dates wholly before ``ref`` ("last week") that a future verb governs."""
    text = doc.text
    for d in drafts:
        if d.relation is not None or d.direction != "past" or d.last is None or d.last >= ref:
            continue
        if d.prep in DETERMINERS or d.prep in _NOT_THE_TIME or text.startswith(("'s", "\u2019s"), d.end):
            continue  # "the last week", "than last year", "last week's vote"
        shadow = copy.copy(d)
        shadow.tense, shadow.direction = "unknown", None
        assign_tense(text, shadow)  # the clause's own tense, as for a date without words of its own
        if shadow.tense != "future" or not shadow.marker or shadow.distance > _NEAR_FUTURE:
            continue
        if doc.in_quote(d.start) is not None:
            continue
        d.relation = Relation(ISSUE_FUTURE_ABOUT_PAST, text[d.start : d.end], ref)


def wrong_weekdays(text: str, drafts: list[Draft]) -> None:
    """Mark explicit days named with a weekday they do not fall on ("Thursday, June 16, 2018")."""
    for d in drafts:
        if d.relation is None and d.explicit and d.weekday is not None and d.first is not None and d.first == d.last:
            if d.first.weekday() != d.weekday:
                d.relation = Relation(ISSUE_IMPOSSIBLE_DATE, text[d.start : d.end])
