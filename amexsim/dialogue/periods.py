"""The stretch of time a question about spending names: "in october", "last month", "this year".

"How much did I spend at Shell in October?" is asked of one month, and a total over every month
would answer another question. A month named alone is the latest one not after today (asked in
December, "october" is this year's; asked in February, last year's).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from ..bank.accounts import add_months
from .slots import MONTHS


class Period(NamedTuple):
    """From ``start`` to ``end`` (both included), and how a reply names it ("in October 2026")."""

    start: date
    end: date
    said: str

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def a_past_month(self) -> bool:
        """A month named ("in october", "last month"), not this month so far or a whole year."""
        return self.start.month == self.end.month and self.said.startswith("in ")


_MONTH_WORD = "|".join(MONTHS) + "|" + "|".join(name[:3] for name in MONTHS if name != "may") + "|sept"
_NAMED = re.compile(
    rf"\b(?:(?P<this>this|current) month|(?P<last>last|previous|past) month|(?P<year>this|last) year"
    rf"|(?:in|for|from|during|of|since|back in) (?P<month>{_MONTH_WORD})\b(?: (?P<of_year>20\d\d))?"
    rf"|(?P<owner>{_MONTH_WORD})(?:'s| s)\b)\b"  # "october's payment"
)


def period_named(said: str, today: date) -> Period | None:
    """The one period the (folded, lower-case) words name, or None."""
    found = _NAMED.search(said)
    if found is None:
        return None
    first_of_month = today.replace(day=1)
    if found.group("this"):
        return Period(first_of_month, today, "this month")
    if found.group("last"):
        start = add_months(first_of_month, -1)
        return Period(start, first_of_month - _ONE_DAY, _month_said(start))
    if found.group("year"):
        year = today.year - (found.group("year") == "last")
        return Period(date(year, 1, 1), min(date(year, 12, 31), today), "this year" if year == today.year else f"in {year}")
    word = found.group("month") or found.group("owner")
    month = next(number for number, name in enumerate(MONTHS, start=1) if name.startswith(word[:3]))
    year = int(found.group("of_year")) if found.group("of_year") else today.year - (month > today.month)
    start = date(year, month, 1)
    return Period(start, add_months(start, 1) - _ONE_DAY, _month_said(start))


def _month_said(first: date) -> str:
    return f"in {MONTHS[first.month - 1].capitalize()} {first.year}"


_ONE_DAY = timedelta(days=1)
