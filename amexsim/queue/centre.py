"""The live contact centre the chat talks to: a customer's chat in a simulated, moving line.

``ContactCentre`` runs the event simulation (``simulation.Engine``) in simulated time only: the
caller passes the times (datetimes; naive ones are the centre's local time), never the wall
clock, so a seed and the same calls give the same story. Other customers come from the
simulation (it warms up for two hours before ``start``), so the customer's position really
moves; each call returns the ``ChatEvent``s of the customer's chats up to that time.

    centre = ContactCentre(load_staffing(), seed=7, start=datetime(2026, 11, 30, 10, 0))
    if not centre.is_open("credit", now):
        reopens = centre.next_opening("credit", now)      # say so, offer a callback then
    joined = centre.join("disputes", now)                 # status queued/answered/closed/full
    print(joined.position, joined.wait_minutes)           # "you're number 3, about 4 minutes"
    for event in centre.advance(now + timedelta(seconds=30)):
        print(event.kind, event.position, event.wait_minutes)  # position / agent_joined / overflowed
    news = centre.next_news(now + timedelta(hours=1))     # run on to the next thing that happens to it
    centre.finish(joined.ticket, later)                   # the agent closes; they take the next chat

Times must not go backwards between calls (ValueError). Tracked chats never give up on their
own: the caller says so with ``leave``; an agent stays with them until ``finish``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from .clock import Clock
from .simulation import GONE, SERVING, WAITING, Chat, Engine, Note
from .staffing import Staffing, Team
from .warmup import warmed

WARMUP = timedelta(hours=2)
MICROSECOND = 1 / 60_000_000  # in minutes: the resolution of the datetimes the centre is given


class ChatEvent(NamedTuple):
    """Something that happened to one of the customer's chats."""

    at: datetime
    ticket: int
    kind: str  # queued, position, agent_joined, overflowed, abandoned, closed, full, done
    team: str  # the team whose line it is in, or (agent_joined) whose agent answered
    position: int | None = None  # 1: next to be answered
    wait_minutes: float | None = None  # expected time still to wait, from the line ahead


class Joined(NamedTuple):
    """The answer to ``join``: where the chat stands right away."""

    ticket: int | None  # None when closed or full
    status: str  # queued, answered, closed, full
    team: str
    position: int | None
    wait_minutes: float | None  # from the line ahead of the chat (None unless queued)
    erlang_minutes: float | None  # the team's steady-state mean wait at this hour (Erlang C, or A with patience)
    next_opening: datetime | None  # when closed: when the team opens next (None: never)
    events: tuple[ChatEvent, ...] = ()


class Estimate(NamedTuple):
    """What a customer joining ``team`` now could expect."""

    waiting: int  # chats in line now
    wait_minutes: float  # expected wait behind them (0 when an agent is free)
    erlang_minutes: float | None


class ContactCentre:
    """A seeded contact centre advancing in simulated time (see the module docstring)."""

    def __init__(self, staffing: Staffing, *, seed: int = 0, start: datetime, warmup: timedelta = WARMUP) -> None:
        self.staffing = staffing
        zone = staffing.zone
        start = start.replace(tzinfo=zone) if start.tzinfo is None else start
        self.clock = Clock(start - warmup, zone)
        self.engine: Engine = warmed(staffing, seed, self.clock, self.clock.minutes(start))  # memoised (warmup.py)
        self.tickets: dict[int, Chat] = {}

    # ----- questions about a team ---------------------------------------------------------
    def team(self, name: str) -> Team:
        return self.staffing[name]

    def route(self, skill: str) -> str:
        """The team with ``skill`` (general when none has it)."""
        return self.staffing.route(skill)

    def is_open(self, team: str, at: datetime) -> bool:
        return self.staffing[team].hours.is_open(self._local(at))

    def next_opening(self, team: str, at: datetime) -> datetime | None:
        """``at`` when open, else the next time the team opens (in the centre's time zone)."""
        local = self.staffing[team].hours.next_opening(self._local(at))
        return None if local is None else local.replace(tzinfo=self.clock.zone)

    def is_full(self, team: str, at: datetime) -> bool:
        """Whether the team's line has reached its cap at ``at`` (the centre advances to ``at``)."""
        self._run(at)
        desk = self.engine.desks[team]
        return desk.team.queue_cap is not None and desk.waiting >= desk.team.queue_cap and not desk.free

    def estimate(self, team: str, at: datetime) -> Estimate:
        self._run(at)
        desk = self.engine.desks[team]
        line = 0.0 if desk.free else (desk.waiting + 1) * desk.team.handle.mean / desk.team.agents
        return Estimate(desk.waiting, line, self._erlang(team, at))

    # ----- the customer's chats -----------------------------------------------------------
    def join(self, team: str, at: datetime) -> Joined:
        """The customer asks for ``team`` at ``at``: queued, answered at once, closed or full."""
        self._run(at)
        desk = self.engine.desks[team]
        erlang = self._erlang(team, at)
        if not desk.is_open(self.clock.minutes(at)):
            return Joined(None, "closed", team, None, None, erlang, self.next_opening(team, at))
        chat = self.engine.join(desk, self.clock.minutes(at))
        events = self._events()
        if chat.state == GONE:
            return Joined(None, "full", team, None, None, erlang, None, events)
        self.tickets[chat.id] = chat
        position = self.engine.position(chat)
        status = "queued" if chat.state == WAITING else "answered"
        return Joined(chat.id, status, team, position, self._wait(chat, position), erlang, None, events)

    def advance(self, until: datetime) -> list[ChatEvent]:
        """Run the centre to ``until``; the customer's events on the way, oldest first."""
        self._run(until)
        return list(self._events())

    def next_news(self, limit: datetime) -> list[ChatEvent]:
        """Run the centre until something happens to one of the customer's chats (or to
        ``limit``): what a chat shows while "waiting" is played out at once, event by event."""
        self._check(limit)
        end = self.clock.minutes(limit) + MICROSECOND
        heap = self.engine.heap
        while heap and heap[0][0] <= end and not self.engine.notes:
            self.engine.run(heap[0][0])
        if not self.engine.notes:
            self.engine.run(end)
        return list(self._events())

    def position(self, ticket: int) -> int | None:
        """1 for next in line; None once answered or gone."""
        return self.engine.position(self.tickets[ticket])

    def leave(self, ticket: int, at: datetime) -> list[ChatEvent]:
        """The customer stops waiting (counts as abandoned)."""
        self._check(at)
        self.engine.leave(self.tickets[ticket], self.clock.minutes(at))
        return list(self._events())

    def finish(self, ticket: int, at: datetime) -> list[ChatEvent]:
        """The agent's conversation with the customer ended; the agent takes the next chat."""
        self._check(at)
        self.engine.finish(self.tickets[ticket], self.clock.minutes(at))
        return list(self._events())

    def end(self, ticket: int, at: datetime) -> list[ChatEvent]:
        """The customer's chat ends, wherever it is: ``finish`` with an agent, ``leave`` in line."""
        chat = self.tickets[ticket]
        if chat.state == SERVING:
            return self.finish(ticket, at)
        if chat.state == WAITING:
            return self.leave(ticket, at)
        self._run(at)
        return list(self._events())

    def transfer(self, ticket: int, team: str, at: datetime) -> Joined:
        """The agent passes the chat to ``team`` (e.g. a supervisor): it joins that line."""
        chat = self.tickets[ticket]
        events = self.finish(ticket, at) if chat.state == SERVING else self.leave(ticket, at)
        joined = self.join(team, at)
        return joined._replace(events=(*events, *joined.events))

    # ----- helpers ------------------------------------------------------------------------
    def _local(self, at: datetime) -> datetime:
        return self.clock.aware(at).astimezone(self.clock.zone).replace(tzinfo=None)

    def _check(self, at: datetime) -> None:
        if self.clock.minutes(at) < self.engine.now - 60 * MICROSECOND:  # datetimes keep microseconds; minutes are floats
            raise ValueError(
                f"time went backwards: {at.isoformat()} is before the centre's clock ({self.clock.at(self.engine.now).isoformat()})"
            )

    def _run(self, at: datetime) -> None:
        self._check(at)
        self.engine.run(self.clock.minutes(at) + MICROSECOND)  # an event dated ``at`` (to the microsecond) has happened

    def _erlang(self, team: str, at: datetime) -> float | None:
        spec = self.staffing[team]
        estimate = spec.estimate(spec.arrivals[self._local(at).hour] + self._transferred_in(team))
        return estimate.mean_wait_minutes if estimate is not None else None

    def _transferred_in(self, team: str) -> float:
        return self.staffing.transferred_in()[team]

    def _wait(self, chat: Chat, position: int | None) -> float | None:
        if position is None:
            return None
        return position * chat.desk.team.handle.mean / chat.desk.team.agents

    def _events(self) -> tuple[ChatEvent, ...]:
        notes, self.engine.notes = self.engine.notes, []
        return tuple(self._event(note) for note in notes)

    def _event(self, note: Note) -> ChatEvent:
        wait = self._wait(note.chat, note.position) if note.kind in ("queued", "position") else None
        return ChatEvent(self.clock.at(note.minutes), note.chat.id, note.kind, note.team, note.position, wait)
