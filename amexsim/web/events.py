"""What a web conversation shows, as a numbered stream of events.

Everything the page draws comes from here: the user's line as the guard left it, the
assistant's replies, the guard's notice, the hand-off with its place in line, whether the
security prompt is waiting, and whatever else the session produces later (queue position
updates, the agent typing or joining). A turn's events go both into its HTTP response and
into the conversation's :class:`EventLog`, which the Server-Sent Events endpoint streams;
the page draws each event id once, whichever way it came first.

Anything with a ``kind`` and an ``as_dict()`` (the queue's chat lines), or a ``(kind,
data)`` pair, can be published: see :meth:`EventLog.publish`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple, Protocol

from ..dialogue.engine import Turn
from ..dialogue.live import wait_words
from ..dialogue.state import ConversationState
from ..dialogue.state_view import view_state
from ..guard import LABELS

KEEP = 500  # events a conversation keeps for streams that connect (or reconnect) late


class Event(NamedTuple):
    """One numbered thing to show: ``kind`` says how (``assistant``, ``handoff``, ...)."""

    id: int
    kind: str
    data: Mapping[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, **self.data}

    def sse(self) -> str:
        """The event as one Server-Sent Events message (the id lets a stream resume)."""
        return f"id: {self.id}\ndata: {json.dumps(self.as_dict(), ensure_ascii=False)}\n\n"


class Showable(Protocol):
    """What the queue's events look like: a kind and a dict (``ChatLine``)."""

    @property
    def kind(self) -> str: ...

    def as_dict(self) -> Mapping[str, Any]: ...


EventLike = tuple[str, Mapping[str, Any]] | Showable


class EventLog:
    """One conversation's events, numbered from 1; thread-safe, awaitable by streams.

    Publishing may happen on any thread (turns run on worker threads, the queue may run
    elsewhere); a waiting stream is woken on its own event loop."""

    def __init__(self, keep: int = KEEP) -> None:
        self._lock = threading.Lock()
        self._events: deque[Event] = deque(maxlen=keep)
        self._last = 0
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self.closed = False

    @property
    def last_id(self) -> int:
        return self._last

    def publish(self, *items: EventLike) -> list[Event]:
        """Number and keep each item, and wake the streams. Returns the events made."""
        made = []
        with self._lock:
            for item in items:
                kind, data = (item.kind, item.as_dict()) if hasattr(item, "as_dict") else item  # a ChatLine is a tuple too
                self._last += 1
                event = Event(self._last, kind, {k: v for k, v in data.items() if k not in ("id", "kind")})
                self._events.append(event)
                made.append(event)
            waiters = list(self._waiters)
        self._wake(waiters)
        return made

    def since(self, after: int) -> list[Event]:
        with self._lock:
            return [event for event in self._events if event.id > after]

    def close(self) -> None:
        """The conversation ended: streams stop."""
        with self._lock:
            self.closed = True
            waiters = list(self._waiters)
        self._wake(waiters)

    async def wait(self, after: int, timeout: float) -> list[Event]:
        """Events after ``after``, waiting up to ``timeout`` seconds for one (``[]``: none came)."""
        loop = asyncio.get_running_loop()
        flag = asyncio.Event()
        waiter = (loop, flag)
        with self._lock:
            self._waiters.add(waiter)
        try:
            ready = self.since(after)
            if ready or self.closed:
                return ready
            try:
                await asyncio.wait_for(flag.wait(), timeout)
            except TimeoutError:
                return []
            return self.since(after)
        finally:
            with self._lock:
                self._waiters.discard(waiter)

    @staticmethod
    def _wake(waiters: Iterable[tuple[asyncio.AbstractEventLoop, asyncio.Event]]) -> None:
        for loop, flag in waiters:
            with contextlib.suppress(RuntimeError):  # that stream's loop has closed
                loop.call_soon_threadsafe(flag.set)


def refused_kinds(turn: Turn) -> list[str]:
    """What the guard removed from this turn's message, in words ("card number"), never the value."""
    kinds = dict.fromkeys(finding.kind for finding in turn.trace.findings)
    return [LABELS[kind].strip("[]").removesuffix(" removed") for kind in kinds]


def state_event(state: ConversationState) -> tuple[str, dict[str, Any]]:
    """Where the conversation stands for the page: verified, the security prompt waiting, and
    the chat with a person (in line, with the agent, or rating it)."""
    live = state.live
    person = None
    if live is not None:
        minutes = None if live.minutes is None else round(live.minutes, 1)
        person = {"phase": live.phase, "team": live.team_name, "case": live.case, "position": live.position, "minutes": minutes}
        if live.agent:
            person["agent"] = live.agent
    return ("state", {"verified": state.verified, "prompt": view_state(state).prompt, "live": person})


def turn_events(turn: Turn, users_shown: list[str]) -> list[EventLike]:
    """A turn (a message's, a command's or a wait's) as events, in the order the page shows
    them: the user's line, the guard's notice, the replies, the hand-off, the lines of the
    queue and the agent (``turn.events``), then the state.

    ``users_shown`` holds the user lines already sent to the page; a line whose stored form
    changed (a card number split over messages is redacted late) is sent again, and the page
    replaces it. It is updated in place."""
    events: list[EventLike] = []
    users = [message.text for message in turn.state.history if message.role == "user"]
    for n, text in enumerate(users):
        if n >= len(users_shown) or users_shown[n] != text:
            events.append(("user", {"n": n, "text": text}))
    users_shown[:] = users
    refused = refused_kinds(turn)
    if refused:
        events.append(("refused", {"what": refused}))
    events.extend(("assistant", {"text": reply}) for reply in turn.replies)
    live = turn.state.live
    if turn.effects.handoff is not None and live is not None:
        minutes = live.minutes or 0.0
        place = {"position": live.position, "minutes": round(minutes, 1), "wait": wait_words(minutes)}
        events.append(("handoff", {"team": live.team_name, "case": live.case, "topic": live.topic, **place}))
    events.extend(turn.events)  # ChatLines: queue_position, agent_joined, agent, rating_ask...
    events.append(state_event(turn.state))
    return events
