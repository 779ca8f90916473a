"""What each date denotes: its interval, resolved against the reference date, and that reference.

Dates with an explicit year resolve on their own. The others need a reference: ``doc.published``,
else one inferred from the text (see ``infer_reference``), else they stay unresolved. Month-day
pairs and bare months resolve to the latest such day or month on or before the reference, the
next one in a future clause; "on Monday" likewise; "last/next/this" count from the reference.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..vocabulary.temporal import AHEAD_WORDS, ENDPOINT_PREPOSITIONS, RELATIVE_OFFSETS
from .parse import Draft
from .periods import days_in, month_part, month_span, season_span, shift_month, valid_day, week, year_part


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
            if not d.explicit and not d.impossible and d.anchor is None:
                _resolve(d, reference)
        _resolve_anchored(drafts, reference)
    return reference, bound


def _resolve_anchored(drafts: list[Draft], ref: date) -> None:
    """Place the dates that lean on the period the text reports on (its focus), in reading order.

    The focus is the latest quarter named so far ("third-quarter profit", "the fourth quarter of
    1989"): "the latest quarter" and "the 1988 period" are that quarter (in 1988), "the year-ago
    quarter" and, in a comparison, "a year earlier" the same quarter a year before, as TimeML
    anchors them. Without a focus, a quarter is the last one that ended by the reference and "a
    year earlier" the day a year before it.
    """
    focus: tuple[int, int] | None = None  # (year, quarter)
    for d in drafts:
        if d.anchor is None:  # a quarter reported on: one that has ended by the reference
            if d.first is None or d.last is None or d.last > ref or d.count:
                continue
            if d.kind == "quarter":
                focus = (d.first.year, d.quarter or 1)
            elif d.kind == "part_of_year" and d.part in _QUARTER_PARTS:
                focus = (d.first.year, _QUARTER_PARTS[d.part])
            continue
        current = (ref.year, (ref.month - 1) // 3 + 1)
        last_done = _shift_quarter(current, -1)
        year_q: tuple[int, int] | None
        if d.anchor == "current":
            year_q = current
        elif d.anchor in ("last", "next"):
            year_q = _shift_quarter(current, -1 if d.anchor == "last" else 1)
        elif d.anchor == "focus":
            year_q = focus or last_done
            if d.year is not None:
                year_q = (d.year, year_q[1])
            elif d.year_offset is not None:
                year_q = (ref.year + d.year_offset, year_q[1])
        elif d.kind == "quarter":  # focus-1: "the year-ago quarter"
            year_q = _shift_quarter(focus or last_done, -4)
        elif focus is not None:  # "a year earlier", "year-earlier" after a quarter was named
            year_q = _shift_quarter(focus, -4)
        else:
            year_q = None
            _resolve(d, ref)
        if year_q is not None:
            y, q = year_q
            d.first, d.last = date(y, 3 * q - 2, 1), month_span(y, 3 * q)[1]


_QUARTER_PARTS = {"first quarter": 1, "second quarter": 2, "third quarter": 3, "fourth quarter": 4, "final quarter": 4}


def _shift_quarter(year_q: tuple[int, int], k: int) -> tuple[int, int]:
    idx = year_q[0] * 4 + year_q[1] - 1 + k
    return idx // 4, idx % 4 + 1


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
    if kind == "quarter" and d.quarter is not None:
        return _quarter(d, ref)
    if kind == "century":
        return date(max(1, 100 * (d.count - 1)), 1, 1), date(100 * d.count - 1, 12, 31)
    if kind == "decade" and (d.year is not None or ref is not None):
        # "the nineties" (no year): the latest such decade begun by the reference year
        year = d.year if d.year is not None else ref.year - (ref.year - 10 * d.count) % 100  # type: ignore[union-attr]
        first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(d.part or "", (0, 9))
        return date(year + first, 1, 1), date(year + last, 12, 31)
    if d.year is None and d.year_offset is not None and ref is not None and d.month is not None:
        return month_part(ref.year + d.year_offset, d.month, d.part)
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
        if d.day is not None and d.weekday is not None:  # "Saturday, April 25": the nearest year it is a Saturday
            years = sorted(range(ref.year - 6, ref.year + 7), key=lambda y: abs(y - ref.year))
            for y in years:
                if valid_day(y, d.month, d.day) and date(y, d.month, d.day).weekday() == d.weekday:
                    return date(y, d.month, d.day), date(y, d.month, d.day)
        if d.day is not None:
            return _month_day(d.month, d.day, ref, d.tense, d.prep in AHEAD_WORDS)
        return _month_instance(d.month, d.part, d.rel, ref, d.tense, d.prep in AHEAD_WORDS)
    if d.season is not None:
        return _season_instance(d.season, d.part, d.rel, ref)
    if d.weekday is not None:
        return _weekday(d.weekday, d.rel, ref, forward)
    if kind in ("relative", "part_of_year", "part_of_month"):
        return _relative(d, ref)
    return None


# How far (days) a yearless day may lie against the grain of its tense: "payable Dec. 7" in a
# past-tense sentence of late October is this December's; "will meet on March 20" written on
# March 28 is the March 20 just gone (stale copy), not next year's.
_AGAINST_PAST = 62
_AGAINST_FUTURE = 62
_AHEAD_UNKNOWN = 92  # without a tense, a day up to a quarter ahead ("payable Jan. 2"); else the one gone by


def _quarter(d: Draft, ref: date | None) -> tuple[date, date] | None:
    """A numbered quarter: of its year; else of the reference's year, the latest begun (the next, in the future)."""
    q = d.quarter or 1
    if d.year is not None:
        year = d.year
    elif ref is None:
        return None
    elif d.year_offset is not None:
        year = ref.year + d.year_offset
    else:  # the latest begun; in the future, the next unless it ended only lately ("expects to report third-quarter")
        year = ref.year if date(ref.year, 3 * q - 2, 1) <= ref else ref.year - 1
        if d.tense == "future" and (ref - month_span(year, 3 * q)[1]).days > 92:
            year += 1
    year -= d.count  # "the year-ago third quarter"
    return date(year, 3 * q - 2, 1), month_span(year, 3 * q)[1]


def _nearest(days_back: int | None, days_ahead: int | None, tense: str, ahead_word: bool = False) -> bool:
    """Whether a yearless date is the coming instance (True) or the one gone by (False).

    News writes a day or month without its year when it is the nearest one; the tense decides
    only when both are far: a past clause may name a day that is weeks ahead ("the offer, which
    was extended to Nov. 6", "payable Dec. 7": ``ahead_word``, a deadline or schedule word before
    it), a future one a day just gone only when it is a few weeks back. "On March 30, officials
    met" in an article of March 28 is last year's March 30.
    """
    if days_back is None:
        return True
    if days_ahead is None:
        return False
    if days_back == 0:
        return False
    if tense == "future":
        return days_back > _AGAINST_FUTURE
    if tense == "past":
        return ahead_word and days_ahead <= _AGAINST_PAST
    return days_ahead <= _AHEAD_UNKNOWN


def _month_day(month: int, day: int, ref: date, tense: str, ahead_word: bool) -> tuple[date, date] | None:
    back = ahead = None
    for k in range(9):  # February 29 may be up to eight years away
        if back is None and valid_day(ref.year - k, month, day) and date(ref.year - k, month, day) <= ref:
            back = date(ref.year - k, month, day)
        if ahead is None and valid_day(ref.year + k, month, day) and date(ref.year + k, month, day) > ref:
            ahead = date(ref.year + k, month, day)
    if back is None and ahead is None:
        return None
    found = ahead if _nearest(
        None if back is None else (ref - back).days, None if ahead is None else (ahead - ref).days, tense, ahead_word
    ) else back
    assert found is not None
    return found, found


def _month_instance(
    month: int, part: str | None, rel: str | None, ref: date, tense: str, ahead_word: bool
) -> tuple[date, date]:
    if rel in ("last", "past", "this past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        year = ref.year
    elif month == ref.month:
        year = ref.year
    else:
        ahead = (month - ref.month) % 12  # months to the coming one
        forward = _nearest(31 * (12 - ahead), 30 * ahead, tense, ahead_word)
        year = ref.year + (1 if forward and month < ref.month else 0) - (1 if not forward and month > ref.month else 0)
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
    """"on Monday": the last one (today's included) in the past, the next one in the future."""
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
    if unit == "now":
        return ref, ref
    if unit == "ref":
        return None  # "in the past", "in the future": no calendar value
    if rel == "year end":
        year = ref.year - 1 if d.prep == "since" else ref.year
        return date(year, 12, 31), date(year, 12, 31)
    if rel in ("ago", "hence"):  # a point: the day that many units before (after) the reference
        n = d.count if rel == "ago" else -d.count
        if unit in ("day", "week"):
            day = ref - timedelta(days=n * (7 if unit == "week" else 1))
            return day, day
        if unit == "month":
            y, mo = shift_month(ref.year, ref.month, -n)
        else:
            y, mo = ref.year - n * (10 if unit == "decade" else 1), ref.month
        day = date(y, mo, min(ref.day, days_in(y, mo)))
        return day, day
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
    if unit == "weekend" and rel == "this":  # "over the weekend": the last one, or the one under way
        offset = 0 if ref.weekday() >= 5 else (1 if d.tense == "future" else -1)
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
