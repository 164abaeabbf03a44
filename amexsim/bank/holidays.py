"""US federal holidays, the days a card is not made or carried (besides weekends).

Computed by rule rather than listed, so any year works: fixed dates move to the Friday before
when they fall on a Saturday and to the Monday after on a Sunday (the observed day, 5 U.S.C.
6103), and the rest are the nth (or last) weekday of their month.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

_FIXED = ((1, 1), (6, 19), (7, 4), (11, 11), (12, 25))  # New Year's, Juneteenth, Independence, Veterans, Christmas
_MONDAY, _THURSDAY = 0, 3
# (month, weekday, nth): MLK Day, Washington's Birthday, Labor Day, Columbus Day, Thanksgiving
_NTH = ((1, _MONDAY, 3), (2, _MONDAY, 3), (9, _MONDAY, 1), (10, _MONDAY, 2), (11, _THURSDAY, 4))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _last_monday_of_may(year: int) -> date:
    last = date(year, 5, 31)
    return last - timedelta(days=(last.weekday() - _MONDAY) % 7)


def _observed(day: date) -> date:
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


@cache
def federal_holidays(year: int) -> frozenset[date]:
    """The observed federal holidays that fall in ``year`` (New Year's Day of the next year is
    observed on December 31 when it is a Saturday)."""
    days = {_observed(date(year, month, day)) for month, day in _FIXED}
    days.add(_observed(date(year + 1, 1, 1)))
    days.update(_nth_weekday(year, month, weekday, nth) for month, weekday, nth in _NTH)
    days.add(_last_monday_of_may(year))
    return frozenset(day for day in days if day.year == year)


def is_federal_holiday(day: date) -> bool:
    return day in federal_holidays(day.year)
