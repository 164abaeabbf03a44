"""The contact centre as a discrete-event simulation: an event heap over simulated minutes.

Chats arrive per team (Poisson at the rate of the local hour, only while the team is open),
wait in the team's first-come-first-served line up to its cap, may give up (patience), may
be answered by a general agent after ``overflow_after`` minutes, are answered, and may be
transferred to another team after being answered. Every random draw comes from a per-team
stream (``streams.py``), so a seed fixes the run.

``simulate`` answers a batch question (``queue simulate``); ``Engine`` is also driven step by
step by the live ``ContactCentre`` (``centre.py``), which adds the customer's own chats
(``tracked``) and reads their position as the background load moves the line.
"""

from __future__ import annotations

import math
import random
import time
from collections import deque
from collections.abc import Callable, Mapping
from datetime import datetime
from heapq import heappop, heappush
from itertools import count
from typing import NamedTuple

from .clock import Clock, Segment, Timeline
from .distributions import sampler
from .fast import run_fast
from .report import SERVICE_SECONDS, Report, Tally, combine, team_report
from .staffing import Staffing, Team
from .streams import Streams, streams

WAITING, SERVING, DONE, GONE = range(4)
ARRIVE, DEPART, ABANDON, OVERFLOW = range(4)

RandomStates = tuple[object, ...]  # a desk's streams' ``getstate()``, in ``Streams`` order


class Chat:
    """One customer chat. ``desk`` is the line it waits in (its team); ``agent`` who answers."""

    __slots__ = ("agent", "desk", "id", "overflowed", "queued", "started", "state", "tracked")

    def __init__(self, ident: int, desk: Desk, now: float, tracked: bool = False) -> None:
        self.id = ident
        self.desk = desk
        self.queued = self.started = now
        self.state = WAITING
        self.tracked = tracked
        self.overflowed = False
        self.agent: Desk | None = None

    def clone(self, desks: Mapping[str, Desk]) -> Chat:
        """This chat in a copied engine (``desks``: the copy's desks by name)."""
        twin = _new_chat(Chat)  # every slot set here: skips __init__ (a warmed engine holds hundreds of chats)
        twin.id, twin.desk, twin.queued, twin.started = self.id, desks[self.desk.name], self.queued, self.started
        twin.state, twin.tracked, twin.overflowed = self.state, self.tracked, self.overflowed
        agent = self.agent
        twin.agent = None if agent is None else desks[agent.name]
        return twin


_new_chat = object.__new__
_new_tally = object.__new__


class Note(NamedTuple):
    """Something that happened to a tracked chat, in simulated minutes (the centre dates it)."""

    minutes: float
    chat: Chat
    kind: str  # queued, position, agent_joined, overflowed, abandoned, closed, full, done
    team: str
    position: int | None = None


class Desk:
    """One team's live state: free agents, its line, its random streams and its tally."""

    def __init__(self, team: Team, seed: int, clock: Clock) -> None:
        self.team = team
        self.name = team.name
        self.free = team.agents
        self.line: deque[Chat] = deque()
        self.waiting = 0
        self.tally = Tally()
        self.timeline = Timeline(clock.segments(team))
        self.arrival_index = self.open_index = 0  # two walks over the timeline: arrivals, and "is it open now?"
        self.segment: Segment = self.timeline[0]
        self.open_segment: Segment = self.segment
        self.always_open = team.hours.always_open
        self._draw_from(streams(seed, team.name))

    def _draw_from(self, draws: Streams) -> None:
        self.draws, self.pending = draws, ()  # pending: the states of streams not yet restored (see _draw_later)
        self.handle = sampler(self.team.handle, draws.handle)
        self.patience = sampler(self.team.patience, draws.patience) if self.team.patience is not None else None
        self.draw_gap = draws.arrivals.random
        self.draw_transfer = draws.transfers.random

    def random_states(self) -> RandomStates:
        if self.draws is None:
            return self.pending
        return tuple(stream.getstate() for stream in self.draws)

    def clone(self, states: RandomStates) -> Desk:
        """This desk with its streams at ``states`` and an empty line (the engine's clone refills it)."""
        twin = Desk.__new__(Desk)
        twin.__dict__.update(self.__dict__)  # the team and timeline are shared; counts and positions are plain values
        twin.line = deque()
        tally = twin.tally = _new_tally(Tally)  # a plain dataclass: its fields copied, its two lists copied again
        tally.__dict__.update(self.tally.__dict__)
        tally.waits, tally.abandoned_waits = list(tally.waits), list(tally.abandoned_waits)
        twin._draw_later(states)
        return twin

    def _draw_later(self, states: RandomStates) -> None:
        """Streams restored from ``states`` at the first draw: restoring a generator costs as much
        as copying a hundred chats, and most desks of a copied warm-up never draw again."""
        self.draws, self.pending = None, states
        self.handle = self._first_draw("handle")
        self.patience = self._first_draw("patience") if self.patience is not None else None
        self.draw_gap = self._first_draw("draw_gap")
        self.draw_transfer = self._first_draw("draw_transfer")

    def _first_draw(self, name: str) -> Callable[..., float]:
        """Stands in for the draw function ``name`` until the streams are restored (then passes on:
        a caller may hold it for a loop)."""

        def draw(*args: float) -> float:
            if self.draws is None:
                self._draw_from(Streams(*(_restored(state) for state in self.pending)))
            return getattr(self, name)(*args)  # type: ignore[no-any-return]

        return draw

    def is_open(self, now: float) -> bool:
        if self.always_open:
            return True
        while now >= self.open_segment.end:
            self.open_index += 1
            self.open_segment = self.timeline[self.open_index]
        return self.open_segment.open

    def transfer_target(self) -> str | None:
        """Where an answered chat goes next, if anywhere (one draw per answered chat)."""
        draw = self.draw_transfer()
        for target, share in self.team.transfers:
            if draw < share:
                return target
            draw -= share
        return None


class Engine:
    """The event loop. ``limit`` stops new arrivals after that many chats (None: never)."""

    def __init__(self, staffing: Staffing, seed: int, clock: Clock, *, limit: int | None = None) -> None:
        self.staffing = staffing
        self.clock = clock
        self.desks = {team.name: Desk(team, seed, clock) for team in staffing}
        overflows = any(team.overflow_after is not None for team in staffing)
        self.general = self.desks[staffing.overflow_team] if overflows and staffing.overflow_team else None
        self.overflow_line: deque[Chat] = deque()
        self.heap: list[tuple[float, int, int, object]] = []
        self.seq = count()
        self.now = 0.0
        self.arrived = 0
        self.last_arrival = 0.0
        self.customers = 0
        self.limit = limit
        self.notes: list[Note] = []
        self.watched: list[Chat] = []  # tracked chats still waiting
        self.positions: dict[int, int] = {}
        for desk in self.desks.values():
            self._next_arrival(desk, 0.0)

    # ----- the loop ---------------------------------------------------------------------
    def run(self, until: float = math.inf, progress: Callable[[int], None] | None = None) -> None:
        """Process every event up to simulated minute ``until``."""
        heap, pending = self.heap, 0
        while heap and heap[0][0] <= until:
            now, _, kind, subject = heappop(heap)
            self.now = now
            if kind == ARRIVE:
                desk: Desk = subject  # type: ignore[assignment]
                self.arrived += 1
                self.last_arrival = now
                if self.limit is None or self.arrived < self.limit:
                    self._next_arrival(desk, now)
                self._offer(Chat(self.arrived, desk, now), desk, now)
                if progress is not None:
                    pending += 1
                    if pending == 65_536:
                        progress(self.arrived)
                        pending = 0
            elif kind == DEPART:
                self._depart(subject, now)  # type: ignore[arg-type]
            elif kind == ABANDON:
                self._abandon(subject, now)  # type: ignore[arg-type]
            else:
                self._overflow(subject, now)  # type: ignore[arg-type]
            if self.watched:
                self._watch(now)
        self.now = max(self.now, until) if until != math.inf else self.now
        if progress is not None:
            progress(self.arrived)

    def _push(self, when: float, kind: int, subject: object) -> None:
        heappush(self.heap, (when, next(self.seq), kind, subject))

    def _next_arrival(self, desk: Desk, now: float) -> None:
        """Schedule the desk's next arrival after ``now``: exact for piecewise-constant rates."""
        segment, draw = desk.segment, desk.draw_gap
        while True:
            if segment.rate > 0:
                when = now + -math.log(1.0 - draw()) / segment.rate
                if when < segment.end:
                    self._push(when, ARRIVE, desk)
                    return
            if segment.end == math.inf:
                return  # never again
            now = segment.end
            desk.arrival_index += 1
            segment = desk.segment = desk.timeline[desk.arrival_index]

    # ----- what happens to a chat -------------------------------------------------------
    def _offer(self, chat: Chat, desk: Desk, now: float) -> None:
        """A chat asks to join ``desk``'s line: answered at once, queued, or turned away."""
        chat.desk, chat.queued = desk, now
        if not desk.is_open(now):
            self._turn_away(chat, desk, "closed")
        elif desk.free:
            desk.waiting += 1  # _start counts it out again
            self._start(chat, desk, now)
        elif desk.team.queue_cap is not None and desk.waiting >= desk.team.queue_cap:
            self._turn_away(chat, desk, "full")
        else:
            chat.state = WAITING
            desk.line.append(chat)
            desk.waiting += 1
            if chat.tracked:
                self.watched.append(chat)
                self.notes.append(Note(now, chat, "queued", desk.name, self.position(chat)))
                self.positions[chat.id] = self.position(chat) or 0
            elif desk.patience is not None:
                self._push(now + desk.patience(), ABANDON, chat)
            if desk.team.overflow_after is not None and self.general is not None:
                self._push(now + desk.team.overflow_after, OVERFLOW, chat)

    def _turn_away(self, chat: Chat, desk: Desk, why: str) -> None:
        chat.state = GONE
        desk.tally.turned_away += 1
        if chat.tracked:
            self.notes.append(Note(self.now, chat, why, desk.name))

    def _start(self, chat: Chat, agent: Desk, now: float) -> None:
        """An agent of ``agent`` answers ``chat`` (which waited in ``chat.desk``'s line)."""
        desk = chat.desk
        chat.state, chat.agent, chat.started = SERVING, agent, now
        desk.waiting -= 1
        agent.free -= 1
        tally = desk.tally
        tally.answered += 1
        if now > chat.queued:
            tally.waits.append(now - chat.queued)
        else:
            tally.zero_waits += 1
        if agent is not desk:
            tally.overflowed += 1
        if chat.tracked:
            self.notes.append(Note(now, chat, "agent_joined", agent.name))
            return  # the conversation decides when it ends (ContactCentre.finish)
        duration = desk.handle()
        agent.tally.busy_minutes += duration
        self._push(now + duration, DEPART, chat)

    def _depart(self, chat: Chat, now: float) -> None:
        """The agent is done: maybe transfer the chat, then the agent takes the next in line."""
        chat.state = DONE
        agent, desk = chat.agent, chat.desk
        assert agent is not None
        agent.free += 1
        following = self._next_in_line(agent)
        if following is not None:
            self._start(following, agent, now)
        if desk.team.transfers and not chat.tracked:
            target = desk.transfer_target()
            if target is not None:
                desk.tally.transferred += 1
                self._offer(chat, self.desks[target], now)

    def _next_in_line(self, agent: Desk) -> Chat | None:
        line = agent.line
        while line and line[0].state != WAITING:
            line.popleft()
        if agent is self.general:
            spill = self.overflow_line
            while spill and spill[0].state != WAITING:
                spill.popleft()
            if spill and (not line or spill[0].queued < line[0].queued):
                return spill.popleft()
        return line.popleft() if line else None

    def _abandon(self, chat: Chat, now: float) -> None:
        if chat.state != WAITING:
            return
        chat.state = GONE
        desk = chat.desk
        desk.waiting -= 1
        desk.tally.abandoned += 1
        desk.tally.waits.append(now - chat.queued)
        desk.tally.abandoned_waits.append(now - chat.queued)
        if chat.tracked:
            self.notes.append(Note(now, chat, "abandoned", desk.name))

    def _overflow(self, chat: Chat, now: float) -> None:
        general = self.general
        if chat.state != WAITING or general is None or not general.is_open(now):
            return
        chat.overflowed = True
        if chat.tracked:
            self.notes.append(Note(now, chat, "overflowed", general.name))
        if general.free:
            self._start(chat, general, now)
        else:
            self.overflow_line.append(chat)

    # ----- copies (a memoised warm-up, ``warmup.py``) -----------------------------------
    def random_states(self) -> dict[str, RandomStates]:
        return {name: desk.random_states() for name, desk in self.desks.items()}

    def next_seq(self) -> int:
        """The tie-breaking number the next event will get (without using it up)."""
        following = next(self.seq)
        self.seq = count(following)
        return following

    def clone(self, states: Mapping[str, RandomStates], seq: int) -> Engine:
        """An independent engine in this state whose streams are at ``states`` and whose next event
        is numbered ``seq``: given this engine's own (``random_states``, ``next_seq``), it runs on
        exactly as this one would. Chats are copied once each, wherever they are referred to."""
        twin = Engine.__new__(Engine)
        twin.__dict__.update(self.__dict__)
        desks = twin.desks = {name: desk.clone(states[name]) for name, desk in self.desks.items()}
        chats: dict[Chat, Chat] = {}  # a chat (compared by identity) -> its copy
        known = chats.get

        def twin_of(chat: Chat) -> Chat:
            found = known(chat)
            if found is None:
                found = chats[chat] = chat.clone(desks)
            return found

        for name, desk in self.desks.items():
            desks[name].line.extend(map(twin_of, desk.line))
        twin.general = None if self.general is None else desks[self.general.name]
        twin.overflow_line = deque(map(twin_of, self.overflow_line))
        heap = twin.heap = []  # the same order: still a heap
        add = heap.append
        for when, n, kind, subject in self.heap:  # the loop of twin_of written out: a warm-up's heap holds a hundred events
            if kind == ARRIVE:
                add((when, n, kind, desks[subject.name]))  # type: ignore[attr-defined]
            else:
                found = known(subject)  # type: ignore[arg-type]
                if found is None:
                    found = chats[subject] = subject.clone(desks)  # type: ignore[attr-defined,index]
                add((when, n, kind, found))
        twin.seq = count(seq)
        twin.notes = [note._replace(chat=twin_of(note.chat)) for note in self.notes]
        twin.watched = [twin_of(chat) for chat in self.watched]
        twin.positions = dict(self.positions)
        return twin

    def copy(self) -> Engine:
        """An independent engine that runs on exactly as this one would."""
        return self.clone(self.random_states(), self.next_seq())

    # ----- tracked chats (the live centre) ----------------------------------------------
    def position(self, chat: Chat) -> int | None:
        """1 for the next chat in line; None once the chat no longer waits."""
        if chat.state != WAITING:
            return None
        ahead = 0
        for other in chat.desk.line:
            if other is chat:
                return ahead + 1
            ahead += other.state == WAITING
        return None

    def _watch(self, now: float) -> None:
        still = []
        for chat in self.watched:
            place = self.position(chat)
            if place is None:
                continue
            still.append(chat)
            if place != self.positions.get(chat.id):
                self.positions[chat.id] = place
                self.notes.append(Note(now, chat, "position", chat.desk.name, place))
        self.watched = still

    def join(self, desk: Desk, now: float) -> Chat:
        """A tracked chat (the customer's) asks for ``desk`` at ``now``."""
        self.run(now)
        self.customers += 1
        chat = Chat(self.customers, desk, now, tracked=True)
        self._offer(chat, desk, now)
        return chat

    def leave(self, chat: Chat, now: float) -> None:
        self.run(now)
        self._abandon(chat, now)
        self._watch(now)

    def finish(self, chat: Chat, now: float) -> None:
        """The customer's conversation with the agent ended: the agent takes the next chat."""
        self.run(now)
        if chat.state == SERVING and chat.agent is not None:
            chat.agent.tally.busy_minutes += now - chat.started
            self.notes.append(Note(now, chat, "done", chat.agent.name))
            self._depart(chat, now)
            self._watch(now)


def _restored(state: object) -> random.Random:
    """A generator at ``state`` (no seeding: ``setstate`` replaces it all)."""
    stream = random.Random.__new__(random.Random)
    stream.setstate(state)  # type: ignore[arg-type]
    return stream


def simulate(
    staffing: Staffing,
    *,
    chats: int,
    seed: int = 0,
    start: datetime | None = None,
    engine: str = "auto",
    progress: Callable[[int], None] | None = None,
    service_seconds: tuple[float, ...] = SERVICE_SECONDS,
) -> Report:
    """Run ``chats`` arrivals through the centre and report per team and in total.

    ``engine``: "auto" takes the fast loop for one plain team (``Team.is_simple``), "events"
    forces the general engine, "fast" insists on the fast loop. ``start`` anchors opening hours
    and hourly rates (default: a Monday 00:00 local time). ``service_seconds``: the answer
    times whose service levels are reported (default 20 and 60 seconds).
    """
    if chats < 1:
        raise ValueError(f"expected at least 1 chat (not {chats})")
    simple = len(staffing.teams) == 1 and staffing.teams[0].is_simple
    if engine == "fast" and not simple:
        raise ValueError("the fast loop needs one team open 24/7 at one rate, with no cap, patience, overflow or transfers")
    if engine not in ("auto", "fast", "events"):
        raise ValueError(f"expected engine auto, fast or events (not {engine!r})")
    clock = Clock(start or datetime(2026, 11, 30), staffing.zone)
    began = time.perf_counter()
    if simple and engine != "events":
        team = staffing.teams[0]
        tally, horizon = run_fast(team.name, team.agents, team.arrivals[0], team.handle, chats, seed, progress)
        tallies = {team.name: tally}
        used = "fast"
    else:
        sim = Engine(staffing, seed, clock, limit=chats)
        sim.run(progress=progress)
        tallies = {name: desk.tally for name, desk in sim.desks.items()}
        horizon = sim.last_arrival
        used = "events"
    seconds = time.perf_counter() - began
    offered = staffing.offered_rates()
    shifts = [_open_minutes(clock, team, horizon) for team in staffing]
    reports = [team_report(team, tallies[team.name], shift, offered[team.name], service_seconds) for team, shift in zip(staffing, shifts)]
    total = combine(reports, [tallies[team.name] for team in staffing], shifts)
    return Report(tuple(reports), total, seconds, horizon, used)


def _open_minutes(clock: Clock, team: Team, horizon: float) -> float:
    """Minutes in [0, horizon] during which the team was open (its agents on shift)."""
    total = 0.0
    for segment in clock.segments(team):
        if segment.start >= horizon:
            break
        if segment.open:
            total += min(segment.end, horizon) - segment.start
    return total
