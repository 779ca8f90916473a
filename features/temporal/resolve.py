"""What each date denotes: its interval, resolved against the reference date, and that reference.

Dates with an explicit year resolve on their own. The others need a reference: ``doc.published``,
else one inferred from the text (see ``infer_reference``), else they stay unresolved. Month-day
pairs and bare months resolve to the latest such day or month on or before the reference, the
next one in a future clause; "on Monday" likewise; "last/next/this" count from the reference.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..vocabulary.temporal import ENDPOINT_PREPOSITIONS, RELATIVE_OFFSETS
from .parse import Draft
from .periods import month_part, month_span, season_span, shift_month, valid_day, week, year_part


def resolve_all(drafts: list[Draft], published: date | None) -> tuple[date | None, Draft | None]:
    """Resolve every draft; return the reference and, when it was inferred, the mention that bounds it."""
    for d in drafts:
        if d.explicit or d.impossible:
            _resolve(d, None)
    reference, bound = published, None
    if reference is None:
        reference, bound = infer_reference(drafts)
    if reference is not None:
        for d in drafts:
            if not d.explicit and not d.impossible:
                _resolve(d, reference)
    return reference, bound


def _resolve(d: Draft, ref: date | None) -> None:
    """Set ``d.first``/``d.last``; never raises (an out-of-range reference leaves them unset)."""
    if d.impossible:
        return
    try:
        span = _span(d, ref)
    except (ValueError, OverflowError, KeyError):
        span = None
    if span is not None:
        d.first, d.last = span


def _span(d: Draft, ref: date | None) -> tuple[date, date] | None:
    kind, forward = d.kind, d.tense == "future"
    if d.year is not None:
        if d.day is not None:
            day = date(d.year, d.month or 1, d.day)
            return day, day
        if d.month is not None:
            return month_part(d.year, d.month, d.part)
        if d.season is not None:
            return season_span(d.season, d.year, d.part)
        return year_part(d.year, d.part)
    if ref is None:
        return None
    if d.month is not None:
        if d.day is not None:
            return _month_day(d.month, d.day, ref, forward)
        return _month_instance(d.month, d.part, d.rel, ref, forward)
    if d.season is not None:
        return _season_instance(d.season, d.part, d.rel, ref)
    if d.weekday is not None:
        return _weekday(d.weekday, d.rel, ref, forward)
    if kind in ("relative", "part_of_year", "part_of_month"):
        return _relative(d, ref)
    return None


def _month_day(month: int, day: int, ref: date, forward: bool) -> tuple[date, date] | None:
    year = ref.year
    for _ in range(9):  # February 29 may be up to eight years away
        if valid_day(year, month, day):
            found = date(year, month, day)
            if (found >= ref) if forward else (found <= ref):
                return found, found
        year += 1 if forward else -1
    return None


def _month_instance(month: int, part: str | None, rel: str | None, ref: date, forward: bool) -> tuple[date, date]:
    if rel in ("last", "past", "this past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        year = ref.year
    else:
        year = ref.year
        span = month_part(year, month, part)
        if forward and span[1] < ref:
            year += 1
        elif not forward and span[0] > ref:
            year -= 1
    return month_part(year, month, part)


def _season_instance(name: str, part: str | None, rel: str | None, ref: date) -> tuple[date, date] | None:
    spans = [(season_span(name, y, None), y) for y in range(ref.year - 2, ref.year + 2)]
    chosen: int | None = None
    if rel in ("last", "past", "this past"):
        chosen = max((y for (s, e), y in spans if e < ref), default=None)
    elif rel == "next":
        chosen = min((y for (s, e), y in spans if s > ref), default=None)
    else:  # "this": the season under way, else this year's
        chosen = next((y for (s, e), y in spans if s <= ref <= e), ref.year)
    return None if chosen is None else season_span(name, chosen, part)


def _weekday(weekday: int, rel: str | None, ref: date, forward: bool) -> tuple[date, date]:
    if rel == "this":
        day = ref - timedelta(days=ref.weekday() - weekday)
    elif rel == "last" or (rel is None and not forward):
        back = (ref.weekday() - weekday) % 7
        day = ref - timedelta(days=back or (7 if rel == "last" else 0))
    else:
        ahead = (weekday - ref.weekday()) % 7
        day = ref + timedelta(days=ahead or (7 if rel == "next" else 0))
    return day, day


def _relative(d: Draft, ref: date) -> tuple[date, date] | None:
    rel, unit = d.rel or "", d.unit or ""
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return ref, ref
    if rel in ("yesterday", "last night"):
        day = ref - timedelta(days=1)
        return day, day
    if rel == "tomorrow":
        day = ref + timedelta(days=1)
        return day, day
    if rel == "ago":
        n = d.count
        if unit == "day":
            day = ref - timedelta(days=n)
            return day, day
        if unit == "week":
            return week(ref, -n)
        if unit == "month":
            return month_span(*shift_month(ref.year, ref.month, -n))
        return year_part(ref.year - n * (10 if unit == "decade" else 1), None)
    if rel in ("earlier", "later"):
        if unit == "year":
            period = year_part(ref.year, None)
        elif unit == "month":
            period = month_span(ref.year, ref.month)
        else:
            period = week(ref, 0)
        return (period[0], ref) if rel == "earlier" else (ref, period[1])
    if rel in ("past", "coming") and d.part is None:
        days = {"week": 7, "weekend": 7, "month": 30, "year": 365}[unit]
        return (ref - timedelta(days=days), ref) if rel == "past" else (ref, ref + timedelta(days=days))
    offset = RELATIVE_OFFSETS.get(rel, 0)
    if unit == "year":
        return year_part(ref.year + offset, d.part)
    if unit == "month":
        return month_part(*shift_month(ref.year, ref.month, offset), d.part)
    monday, sunday = week(ref, offset)
    if unit == "weekend":
        return sunday - timedelta(days=1), sunday
    return monday, sunday


def infer_reference(drafts: list[Draft]) -> tuple[date | None, Draft | None]:
    """The inferred reference date, and the mention that bounds the article's date from below.

    The reference is the latest end of a period that a past-tense clause dates with an explicit
    year (failing those, a present- or unknown-tense clause), leaving out endpoints and deadlines
    ("solvent to 2033", "by 2020"). The article was written at least
    after the latest *start* of such a period: that mention is the bound the checks use.
    """
    for tenses in (("past",), ("present", "unknown")):
        dated = [
            d for d in drafts
            if d.explicit and d.first is not None and d.last is not None and d.tense in tenses
            and d.prep not in ENDPOINT_PREPOSITIONS
        ]
        if dated:
            return max(d.last for d in dated if d.last is not None), max(dated, key=lambda d: d.first or date.min)
    return None, None
