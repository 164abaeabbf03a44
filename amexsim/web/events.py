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

from ..dialogue.engine import Assistant, Turn
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
                kind, data = item if isinstance(item, tuple) else (item.kind, item.as_dict())
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


def turn_events(turn: Turn, assistant: Assistant, users_shown: list[str]) -> list[tuple[str, dict[str, Any]]]:
    """A turn as events, in the order the page shows them.

    ``users_shown`` holds the user lines already sent to the page; a line whose stored form
    changed (a card number split over messages is redacted late) is sent again, and the page
    replaces it. It is updated in place."""
    events: list[tuple[str, dict[str, Any]]] = []
    users = [message.text for message in turn.state.history if message.role == "user"]
    for n, text in enumerate(users):
        if n >= len(users_shown) or users_shown[n] != text:
            events.append(("user", {"n": n, "text": text}))
    users_shown[:] = users
    refused = refused_kinds(turn)
    if refused:
        events.append(("refused", {"what": refused}))
    events.extend(("assistant", {"text": reply}) for reply in turn.replies)
    handoff = turn.effects.handoff
    if handoff is not None:
        team, position, minutes = assistant.queue_estimate(handoff.team)  # what the reply quoted
        events.append(("handoff", {"team": team, "case": handoff.case, "topic": handoff.topic, "position": position, "minutes": minutes}))
    view = view_state(turn.state)
    events.append(("state", {"verified": view.verified, "prompt": view.prompt}))
    return events
