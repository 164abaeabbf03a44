"""The session's contact centre: the live, seeded simulation a hand-off joins.

The session owns one :class:`LiveQueue`. The core asks it how a team stands (``status``, the
:class:`~amexsim.dialogue.live.QueueView` protocol); the session joins the line when a turn hands
off, moves it on as simulated time passes, and frees the agent when the chat ends. The centre
is built on first use, seeded from the assistant's seed and started at the session's start, so
a seed and the same times tell the same story; it never reads the wall clock.
"""

from __future__ import annotations

from datetime import datetime

from ..queue.centre import ChatEvent, ContactCentre
from ..queue.staffing import Staffing
from .live import TeamStatus, same_style
from .state import Handoff


class LiveQueue:
    """One customer's view into a simulated contact centre (see the module docstring)."""

    def __init__(self, staffing: Staffing, *, seed: int, start: datetime) -> None:
        self.staffing = staffing
        self.seed = seed
        self.start = start
        self._centre: ContactCentre | None = None
        self.tickets: dict[str, int] = {}  # hand-off case -> the centre's ticket

    @property
    def centre(self) -> ContactCentre:
        if self._centre is None:
            self._centre = ContactCentre(self.staffing, seed=self.seed, start=self.start)
        return self._centre

    @property
    def started(self) -> bool:
        return self._centre is not None

    def status(self, team: str, at: datetime) -> TeamStatus:
        centre = self.centre
        name = self.staffing.route(team)
        spec = self.staffing[name]
        is_open = centre.is_open(name, at)
        estimate = centre.estimate(name, at)
        full = is_open and centre.is_full(name, at)
        reopens = None
        if not is_open:
            opening = centre.next_opening(name, at)
            reopens = None if opening is None else same_style(opening, at, self.staffing)
        return TeamStatus(name, spec.display_name, is_open, full, estimate.waiting + 1, estimate.wait_minutes, reopens, self.staffing.phone)

    def join(self, handoff: Handoff, at: datetime) -> list[ChatEvent]:
        """The customer's chat joins ``handoff.team``'s line; what happened at once."""
        joined = self.centre.join(handoff.team, at)
        if joined.ticket is not None:
            self.tickets[handoff.case] = joined.ticket
        return list(joined.events)

    def advance(self, until: datetime) -> list[ChatEvent]:
        return self.centre.advance(until) if self.started else []

    def next_news(self, limit: datetime) -> list[ChatEvent]:
        return self.centre.next_news(limit) if self.started else []

    def release(self, case: str, at: datetime) -> list[ChatEvent]:
        """The chat about ``case`` ends: the agent closed it (they take the next chat), or the
        customer stopped waiting (their place is given up)."""
        ticket = self.tickets.pop(case, None)
        return [] if ticket is None else self.centre.end(ticket, at)
