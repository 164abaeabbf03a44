"""Opening hours of a team, per weekday, in the centre's local (wall-clock) time.

Kept as minutes of the local day so "is it open?" is a lookup; a span past midnight
(``22:00-06:00``) is split across the two days when the staffing file is read. Everything here
works on naive local datetimes: turning them into instants is the clock's job (``clock.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MINUTES = 24 * 60
_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")

Interval = tuple[int, int]  # [start, end) in minutes of the local day


@dataclass(frozen=True)
class Hours:
    """Open intervals for each weekday, Monday first (7 tuples of sorted, disjoint intervals)."""

    week: tuple[tuple[Interval, ...], ...]

    def __post_init__(self) -> None:
        valid = len(self.week) == 7 and all(
            isinstance(span, tuple) and len(span) == 2 and 0 <= span[0] < span[1] <= DAY_MINUTES for day in self.week for span in day
        )
        if not valid:
            raise ValueError(f"expected 7 days of (start, end) minute intervals within 0..{DAY_MINUTES} (not {self.week!r})")

    @classmethod
    def always(cls) -> Hours:
        return cls((((0, DAY_MINUTES),),) * 7)

    @property
    def always_open(self) -> bool:
        return all(day == ((0, DAY_MINUTES),) for day in self.week)

    @property
    def never_open(self) -> bool:
        return not any(self.week)

    def open_minutes_per_week(self) -> int:
        return sum(end - start for day in self.week for start, end in day)

    def is_open(self, local: datetime) -> bool:
        minute = local.hour * 60 + local.minute + local.second / 60
        return any(start <= minute < end for start, end in self.week[local.weekday()])

    def next_change(self, local: datetime) -> datetime | None:
        """The next local time (after ``local``) at which the team opens or closes, if ever."""
        if self.always_open or self.never_open:
            return None
        is_open = self.is_open(local)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        for days in range(8):
            for start, end in self.week[(local.weekday() + days) % 7]:
                for edge in (start, end):
                    moment = midnight + timedelta(days=days, minutes=edge)
                    if moment > local and self.is_open(moment) != is_open:
                        return moment
        return None

    def next_opening(self, local: datetime) -> datetime | None:
        """``local`` itself when open, else the next local time the team opens (None: never)."""
        if self.is_open(local):
            return local
        if self.never_open:
            return None
        return self.next_change(local)


def parse_span(text: str) -> list[tuple[int, Interval]] | None:
    """``"08:00-20:00"`` -> [(0, (480, 1200))]; past midnight -> a second piece on day +1.

    None when the text is not a valid span (the loader reports it with its line).
    """
    found = _SPAN.match(text)
    if not found:
        return None
    h1, m1, h2, m2 = (int(part) for part in found.groups())
    if m1 > 59 or m2 > 59 or h1 > 23 or h2 > 24 or (h2 == 24 and m2):
        return None
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if start == end:
        return None
    if start < end:
        return [(0, (start, end))]
    pieces = [(0, (start, DAY_MINUTES))]
    return pieces + [(1, (0, end))] if end else pieces


def parse_days(text: str) -> list[int] | None:
    """``"mon-fri"`` -> [0..4]; ``"sat"``, ``"daily"``, ``"sat-sun"``; ``"fri-mon"`` wraps."""
    text = text.strip().lower()
    if text in ("daily", "every day"):
        return list(range(7))
    first, _, last = text.partition("-")
    if first not in DAYS or (last and last not in DAYS):
        return None
    a, b = DAYS.index(first), DAYS.index(last or first)
    return [(a + k) % 7 for k in range((b - a) % 7 + 1)]


def merge(day: list[Interval]) -> tuple[Interval, ...]:
    """Sorted intervals with overlaps and touching ends joined."""
    merged: list[Interval] = []
    for start, end in sorted(day):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
