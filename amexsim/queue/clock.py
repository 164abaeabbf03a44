"""Simulated time: minutes since an origin instant, and the centre's wall clock around it.

The simulation counts plain float minutes; people (and the chat) speak in datetimes. A naive
datetime is read as the centre's local time; an aware one is converted. Opening hours and
hourly arrival rates become ``Segment``s: stretches of simulated minutes with one arrival rate,
open or closed, built day by day in local time so a daylight-saving change moves them correctly.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from .hours import DAY_MINUTES
from .staffing import Team


class Segment(NamedTuple):
    """Simulated minutes [start, end) with one arrival rate (chats per minute)."""

    start: float
    end: float
    rate: float
    open: bool


class Clock:
    """Converts between datetimes and simulated minutes since ``origin``."""

    def __init__(self, origin: datetime, zone: ZoneInfo) -> None:
        self.zone = zone
        self.origin = self.aware(origin).astimezone(UTC)

    def aware(self, at: datetime) -> datetime:
        """``at`` with a time zone: naive datetimes are the centre's local time."""
        return at.replace(tzinfo=self.zone) if at.tzinfo is None else at

    def minutes(self, at: datetime) -> float:
        return (self.aware(at).astimezone(UTC) - self.origin).total_seconds() / 60

    def at(self, minutes: float) -> datetime:
        """The instant ``minutes`` after the origin, in the centre's time zone."""
        return (self.origin + timedelta(minutes=minutes)).astimezone(self.zone)

    def local(self, minutes: float) -> datetime:
        """The centre's wall-clock time (naive) ``minutes`` after the origin."""
        return self.at(minutes).replace(tzinfo=None)

    def segments(self, team: Team) -> Iterator[Segment]:
        """The team's arrival rate and open state from minute 0 on, merged where unchanged."""
        if team.hours.always_open and team.constant_rate:
            yield Segment(0.0, math.inf, team.arrivals[0], True)
            return
        day = self.local(0).date()
        pending: Segment | None = None
        while True:
            midnight = datetime(day.year, day.month, day.day, tzinfo=self.zone)
            intervals = team.hours.week[day.weekday()]
            edges = sorted({0, DAY_MINUTES, *range(60, DAY_MINUTES, 60), *(edge for span in intervals for edge in span)})
            for a, b in zip(edges, edges[1:]):
                start = max(0.0, self.minutes(midnight + timedelta(minutes=a)))
                end = self.minutes(midnight + timedelta(minutes=b))
                if end <= start:
                    continue
                is_open = any(low <= a < high for low, high in intervals)
                rate = team.arrivals[a // 60] if is_open else 0.0
                if pending is not None and (pending.rate, pending.open) == (rate, is_open):
                    pending = pending._replace(end=end)
                    continue
                if pending is not None:
                    yield pending
                pending = Segment(start, end, rate, is_open)
            day += timedelta(days=1)


class Timeline:
    """A team's segments (``Clock.segments``), walked once and shared: a desk keeps an index
    into it, so a copied engine (a memoised warm-up) resumes without walking the days again."""

    def __init__(self, walk: Iterator[Segment]) -> None:
        self._walk = walk
        self._seen: list[Segment] = []
        self._lock = threading.Lock()  # copies in other threads may extend it at once

    def __getitem__(self, index: int) -> Segment:
        seen = self._seen
        if index < len(seen):
            return seen[index]
        with self._lock:
            while len(seen) <= index:
                seen.append(next(self._walk))
        return seen[index]
