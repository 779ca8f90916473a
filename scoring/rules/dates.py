"""SRC301-SRC304: dates that contradict the publication date, each other, or the calendar.

Practice: a reporter dates events against the day of publication; stale or rewritten copy keeps
the tense of another day ("will ... by late 2024" in a 2025 article), moves events between years,
or writes a day that does not exist. The temporal extractor finds the dates, resolves them, reads
their tense and works out how each stands against the reference date and the other dates (its
``Relation``); these rules turn those relations into findings and word them for an editor.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator, Sequence

from ...features.pipeline import Extraction
from ...features.temporal import (
    ISSUE_CONFLICTING_YEARS,
    ISSUE_FUTURE_ABOUT_PAST,
    ISSUE_IMPOSSIBLE_DATE,
    ISSUE_PAST_ABOUT_FUTURE,
    DateMention,
    Relation,
)
from .base import HIGH, MEDIUM, Check, Hit, Rule
from .chronology import MESSAGES as CHRONOLOGY_MESSAGES

Message = Callable[[str, Sequence[DateMention], DateMention, Relation], str]


def _against(text: str, mentions: Sequence[DateMention], relation: Relation) -> str:
    """What the date is compared with: the publication date, or the mention that bounds an inferred one."""
    if relation.bound is not None:
        bound = mentions[relation.bound]
        return f"the article narrates '{text[bound.start:bound.end]}' as past"
    return f"the article is dated {relation.against}"  # str(date): ISO


def _years(mention: DateMention) -> str:
    """The year (or years) a mention resolves to: "2024", "2024-2025"."""
    first, last = mention.resolved_start, mention.resolved_end
    if first is None or last is None:
        return "?"
    return str(first.year) if first.year == last.year else f"{first.year}-{last.year}"


def future_about_past(text: str, mentions: Sequence[DateMention], mention: DateMention, relation: Relation) -> str:
    """'by late 2024' is written as still to come, but the article is dated 2025-03-28."""
    return f"'{relation.phrase}' is written as still to come, but {_against(text, mentions, relation)}"


def past_about_future(text: str, mentions: Sequence[DateMention], mention: DateMention, relation: Relation) -> str:
    """'In June 2025' is narrated as already past, but it starts after the article is dated 2025-03-28."""
    return f"'{relation.phrase}' is narrated as already past, but it starts after {_against(text, mentions, relation)}"


def conflicting_years(text: str, mentions: Sequence[DateMention], mention: DateMention, relation: Relation) -> str:
    """'early 2024' (2024) and 'January' (2025) seem to date the same event (both mention 3,000) in different years."""
    if relation.other is None:
        raise ValueError("a conflicting-years relation names the other mention")
    other = mentions[relation.other]
    return (
        f"'{relation.phrase}' ({_years(mention)}) and '{text[other.start:other.end]}' ({_years(other)}) "
        f"seem to date the same event (both mention {relation.number}) in different years"
    )


def impossible_date(text: str, mentions: Sequence[DateMention], mention: DateMention, relation: Relation) -> str:
    """'February 30' is not a real calendar date; 'Saturday, June 16, 2016' names the wrong weekday."""
    day = mention.resolved_start
    named = relation.phrase.split(",")[0].strip().lower()
    if day is not None and day == mention.resolved_end and named in _WEEKDAY_NAMES:
        return f"'{relation.phrase}' is not a real calendar date: {day:%B} {day.day}, {day.year} falls on a {day:%A}"
    return f"'{relation.phrase}' is not a real calendar date"


_WEEKDAY_NAMES = frozenset(calendar.day_name[i].lower() for i in range(7))

MESSAGES: dict[str, Message] = {
    ISSUE_FUTURE_ABOUT_PAST: future_about_past,
    ISSUE_PAST_ABOUT_FUTURE: past_about_future,
    ISSUE_CONFLICTING_YEARS: conflicting_years,
    ISSUE_IMPOSSIBLE_DATE: impossible_date,
}


def message(text: str, mentions: Sequence[DateMention], mention: DateMention) -> str | None:
    """The editor's sentence for ``mention``'s relation (``text`` is ``doc.text``), or None when it has none."""
    relation = mention.relation
    if relation is None:
        return None
    write = MESSAGES.get(relation.kind) or CHRONOLOGY_MESSAGES[relation.kind]  # SRC305-SRC307
    return write(text, mentions, mention, relation)


def _dates(kind: str) -> Check:
    """The check of one relation kind: one finding per mention in that relation."""
    write = MESSAGES[kind]

    def check(ex: Extraction, rule: Rule) -> Iterator[Hit]:
        mentions = ex.temporal.mentions
        for mention in mentions:
            relation = mention.relation
            if relation is not None and relation.kind == kind:
                yield write(ex.doc.text, mentions, mention, relation), (mention.span,), rule.points

    return check


RULES = (
    Rule(
        "SRC301", "future-about-past", HIGH,
        "A statement in the future tense about a period already past at publication is stale or rewritten copy.",
        "future tense about a period already past", -8.0, 16.0, _dates(ISSUE_FUTURE_ABOUT_PAST),
    ),
    Rule(
        "SRC302", "past-about-future", MEDIUM,
        "A period after the publication date told as past is a date error.",
        "a later period told as past", -6.0, 12.0, _dates(ISSUE_PAST_ABOUT_FUTURE),
    ),
    Rule(
        "SRC303", "conflicting-years", MEDIUM,
        "The same event dated to two different years: one of them is wrong.",
        "one event dated in two years", -6.0, 12.0, _dates(ISSUE_CONFLICTING_YEARS),
    ),
    Rule(
        "SRC304", "impossible-date", MEDIUM,
        "A date that cannot exist (February 30, or a Thursday that falls on a Saturday) signals careless or fabricated copy.",
        "February 30", -5.0, 10.0, _dates(ISSUE_IMPOSSIBLE_DATE),
    ),
)
