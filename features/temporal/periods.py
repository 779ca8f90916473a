"""Calendar arithmetic: whether a day exists, and the first and last day of a month, part of a year, season or week."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from ..vocabulary.temporal import PART_OF_MONTH, PART_OF_YEAR, SEASONS

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in(year: int, month: int) -> int:
    """The number of days of ``month`` in ``year``."""
    if month == 2 and calendar.isleap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def valid_day(year: int, month: int, day: int) -> bool:
    """True when the day exists in the calendar (and in ``datetime.date``'s range)."""
    return 1 <= month <= 12 and 1 <= year <= 9999 and 1 <= day <= days_in(year, month)


def day_exists(month: int, day: int) -> bool:
    """True when the day exists in some year: "February 29" does, "February 30" does not."""
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else _DAYS_IN_MONTH[month])


def month_span(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, days_in(year, month))


def shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    """The (year, month) ``k`` months after (before, for negative ``k``) the given one."""
    idx = year * 12 + month - 1 + k
    return idx // 12, idx % 12 + 1


def year_part(year: int, part: str | None) -> tuple[date, date]:
    """The days of a year, or of a part of it ("early", "first half"; see ``PART_OF_YEAR``)."""
    first, last = PART_OF_YEAR.get(part or "", (1, 12))
    return date(year, first, 1), month_span(year, last)[1]


def month_part(year: int, month: int, part: str | None) -> tuple[date, date]:
    """The days of a month, or of a part of it ("late", "end"; see ``PART_OF_MONTH``)."""
    s, e = month_span(year, month)
    if part in PART_OF_MONTH:
        first, last = PART_OF_MONTH[part]
        return s.replace(day=first), s.replace(day=min(last, e.day))
    return s, e


def season_span(name: str, year: int, part: str | None) -> tuple[date, date]:
    """The days of a season that starts in ``year``, or of its early, mid or late month."""
    first, last = SEASONS[name]
    months = [shift_month(year, first, k) for k in range((last - first) % 12 + 1)]
    if part in ("early", "mid", "late"):
        y, mo = months[{"early": 0, "mid": len(months) // 2, "late": -1}[part]]
        return month_span(y, mo)
    return month_span(*months[0])[0], month_span(*months[-1])[1]


def week(ref: date, offset: int) -> tuple[date, date]:
    """Monday to Sunday of the week ``offset`` weeks from the one holding ``ref``."""
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)
