"""The live conversations of a server: each one the terminal's :class:`ChatSession` (the
same slash commands, the same transcript recorder) behind an unguessable id, with its event
log and a lock, since requests for one conversation may arrive on several threads at once.

The registry caps how many conversations live at once and forgets idle ones, so a client
cannot exhaust the server's memory; a conversation also has a cap on its turns.
"""

from __future__ import annotations

import itertools
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple, TypeVar

from ..bank.cases import CaseStore
from ..dialogue.engine import Assistant, Turn
from ..dialogue.session import Session
from ..guard import redact
from ..replay.recorder import Setup, TranscriptRecorder
from ..terminal.chat import ChatSession
from ..terminal.commands import ALIASES
from ..terminal.commands import COMMANDS as TERMINAL_COMMANDS
from .events import Event, EventLike, EventLog, state_event, turn_events

WEB_HELP = (
    "Buttons: Approve and Deny answer the security prompt, Summary asks for a summary, Why explains the last answer, "
    "Save transcript downloads it. Typed commands work too: /why, /state, /summary, /agent (a person), /activity and "
    "/statement (once verified), /packet (what the agent was handed), /wait [minutes] (let the queue move), /approve, /deny, "
    "/help, /quit."
)
SAVE_HINT = "To save the conversation, use the Save transcript link: it downloads the redacted transcript."
COMMANDS = frozenset({*TERMINAL_COMMANDS, *ALIASES})


class ConversationError(Exception):
    """A request the server refuses; the API answers it as a JSON error with ``status`` and ``code``."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status
        if code is not None:
            self.code = code


class NotFound(ConversationError):
    status, code = 404, "not_found"


class Full(ConversationError):
    status, code = 503, "too_many_conversations"


class TooLong(ConversationError):
    status, code = 409, "conversation_too_long"


class TooManyStreams(ConversationError):
    status, code = 429, "too_many_streams"


class Reply(NamedTuple):
    """What one request to a conversation produced: the turn (none for /why, /help, /state),
    the lines to show, and the events published."""

    turn: Turn | None
    replies: tuple[str, ...]
    events: list[Event]
    command: str | None = None


Tick = Callable[["LiveChat"], Iterable[EventLike]]
T = TypeVar("T")
DEFAULT_QUEUE_SPEED = 60.0  # simulated seconds of queue per real second, as in the terminal


@dataclass
class LiveChat:
    """One conversation on the server."""

    id: str
    chat: ChatSession
    max_turns: int
    events: EventLog = field(default_factory=EventLog)
    lock: threading.Lock = field(default_factory=threading.Lock)
    last_used: float = 0.0
    streams: int = 0
    users_shown: list[str] = field(default_factory=list)
    ticked: float | None = None  # when the tick hook last ran (queue_clock's real time)

    def say(self, text: str) -> Reply:
        """A message or one of the terminal's commands, exactly as the chat takes it."""
        with self.lock:
            words = text.strip().lower().split()
            command = words[0] if words and words[0] in COMMANDS else None
            if command in ("/quit", "/exit", "/bye"):
                self.events.close()
                return Reply(None, (), [], command)
            if command == "/help":
                return self._note(command, (WEB_HELP,))
            if command == "/save":  # never a file on the server: the page downloads it
                return self._note(command, (SAVE_HINT,))
            session = self.chat.session
            before = len(session.turns)
            if before >= self.max_turns:
                raise TooLong(f"this conversation has reached {self.max_turns} turns; start a new one")
            shown = self.chat.say(text)
            turns = session.turns[before:]
            items = [item for turn in turns for item in turn_events(turn, self.users_shown)]
            # /why, /state, /packet, /wait's news; through the guard, since a command's answer may
            # quote what was typed after it ("/wait 3782...": not a number of minutes)
            info = tuple(redact(line) for item in shown for line in item.info)
            if info:
                items.append(("note", {"command": command, "text": "\n".join(info)}))
            main = next((turn for turn in reversed(turns) if turn.trace.outcome != "wait"), None)
            replies = tuple(reply for item in shown for reply in item.replies) or info
            return Reply(main, replies, self.events.publish(*items), command)

    def _note(self, command: str, lines: tuple[str, ...]) -> Reply:
        return Reply(None, lines, self.events.publish(("note", {"command": command, "text": "\n".join(lines)})), command)

    def read(self, what: Callable[[ChatSession], T]) -> T:
        """Read something of the chat (state, trace, transcript) while no turn is half done."""
        with self.lock:
            return what(self.chat)

    def publish(self, *items: EventLike) -> list[Event]:
        """Show more on the page: queue position updates, the agent typing or joining..."""
        return self.events.publish(*items)


class Conversations:
    """Every live conversation of one server, by id.

    ``start`` makes a new chat (its session and recorder); ``tick``, when given, is called
    with a conversation every ``tick_seconds`` while its page is connected, and what it
    returns is published: the hook that lets a live queue move the customer's place in line
    while they wait without typing."""

    def __init__(
        self,
        start: Callable[[], ChatSession],
        *,
        limit: int = 200,
        idle_seconds: float = 1800.0,
        max_turns: int = 500,
        max_streams: int = 4,
        tick: Tick | None = None,
        tick_seconds: float = 1.0,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1 or idle_seconds <= 0 or max_turns < 1 or max_streams < 1:
            raise ValueError(f"limits must be positive (limit={limit}, idle_seconds={idle_seconds}, max_turns={max_turns})")
        self.start = start
        self.limit = limit
        self.idle_seconds = idle_seconds
        self.max_turns = max_turns
        self.max_streams = max_streams
        self.tick = tick
        self.tick_seconds = tick_seconds
        self.timer = timer
        self._live: dict[str, LiveChat] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._live)

    def create(self) -> LiveChat:
        """A new conversation with a fresh unguessable id (192 random bits)."""
        self.expire()
        with self._lock:
            if len(self._live) >= self.limit:
                raise Full(f"the server already has {self.limit} live conversations; try again later")
        chat = self.start()
        live = LiveChat(secrets.token_urlsafe(24), chat, self.max_turns, last_used=self.timer())
        live.events.publish(("assistant", {"text": chat.assistant.welcome}), state_event(chat.state))
        with self._lock:
            if len(self._live) >= self.limit:  # another request took the last place meanwhile
                raise Full(f"the server already has {self.limit} live conversations; try again later")
            self._live[live.id] = live
        return live

    def get(self, conversation_id: str) -> LiveChat:
        """The conversation with this id; unknown, ended or idle too long: :class:`NotFound`."""
        now = self.timer()
        with self._lock:
            live = self._live.get(conversation_id)
            if live is not None and live.streams == 0 and now - live.last_used > self.idle_seconds:
                del self._live[conversation_id]
                live.events.close()
                live = None
            if live is None:
                raise NotFound("no conversation with that id (it may have ended or expired)")
            live.last_used = now
            return live

    def close(self, conversation_id: str) -> None:
        live = self.get(conversation_id)
        with self._lock:
            self._live.pop(conversation_id, None)
        live.events.close()

    def close_all(self) -> None:
        """End every conversation (the server is stopping): their event streams finish at once."""
        with self._lock:
            gone, self._live = list(self._live.values()), {}
        for live in gone:
            live.events.close()

    def say(self, conversation_id: str, text: str) -> Reply:
        live = self.get(conversation_id)
        reply = live.say(text)
        if live.events.closed:  # /quit
            with self._lock:
                self._live.pop(conversation_id, None)
        return reply

    def publish(self, conversation_id: str, *items: EventLike) -> list[Event]:
        """Push events (queue position, agent typing, agent joined...) to one conversation's page."""
        return self.get(conversation_id).publish(*items)

    def expire(self) -> int:
        """Forget conversations idle for longer than ``idle_seconds`` (none with a page connected)."""
        now = self.timer()
        with self._lock:
            stale = [key for key, live in self._live.items() if live.streams == 0 and now - live.last_used > self.idle_seconds]
            gone = [self._live.pop(key) for key in stale]
        for live in gone:
            live.events.close()
        return len(gone)

    def open_stream(self, live: LiveChat) -> Callable[[], None]:
        """Count an open event stream (it keeps the conversation alive), up to ``max_streams``
        per conversation; returns the function that closes it (safe to call twice)."""
        with self._lock:
            if live.streams >= self.max_streams:
                raise TooManyStreams(f"at most {self.max_streams} event streams per conversation")
            live.streams += 1
        released = False

        def release() -> None:
            nonlocal released
            with self._lock:
                if not released:
                    released = True
                    live.streams -= 1
                    live.last_used = self.timer()

        return release

    def ticked(self, live: LiveChat) -> list[Event]:
        """Run the tick hook for one conversation and publish what it returns."""
        if self.tick is None:
            return []
        with live.lock:
            items = list(self.tick(live))
        return live.publish(*items)


def chats(
    assistant: Assistant,
    store: CaseStore | None,
    clock: Callable[[], datetime],
    *,
    seed: int,
    account: str | None = None,
    intents: str | None = None,
    staffing: str | None = None,
    card: str | None = None,
    queue_speed: float = DEFAULT_QUEUE_SPEED,
) -> Callable[[], ChatSession]:
    """What starts each conversation: a session over the shared assistant and a case store,
    and a transcript recorder, as ``amexsim chat`` makes them.

    ``store`` None (``serve`` without ``--db``): each conversation has a case database of its
    own, in memory, so visitors never see each other's cases or account changes (case
    summaries quote what the customer said) and nothing is written to disk. A store given is
    shared, as one person's chats share it in the terminal.

    The n-th conversation (from 0) uses seed ``seed + n``, and its transcript says so. With
    one seed for all, every conversation would propose the same case numbers at the same
    turns and each would have to step past all the earlier ones in a shared database; this
    way a server started with ``--seed`` and ``--now`` still repeats itself exactly, its first
    conversation is ``amexsim chat`` with the same seed, and any one replays from its transcript.

    ``queue_speed`` 0 plays a wait in line out at once after the turn that queued (as piped
    chat does); otherwise :func:`queue_clock` lets it pass while the page is open."""
    serial = itertools.count()

    def start() -> ChatSession:
        own = assistant.with_seed(seed + next(serial))
        session = Session(own, store if store is not None else CaseStore(":memory:"), clock, card=card)
        setup = Setup.of(session, seed=own.seed, account=account, intents=intents, staffing=staffing, card=card)
        return ChatSession(session, TranscriptRecorder(setup, own), play_out=queue_speed <= 0)

    return start


def queue_clock(speed: float = DEFAULT_QUEUE_SPEED, *, timer: Callable[[], float] = time.monotonic) -> Tick:
    """The terminal's ticker for the web (the tick hook of :class:`Conversations`): while a
    customer waits in line, ``speed`` simulated seconds pass per real second, and the line's
    moves and the agent joining reach the page as they happen."""

    def tick(live: LiveChat) -> list[EventLike]:
        now = timer()
        elapsed = 0.0 if live.ticked is None else now - live.ticked
        live.ticked = now
        session = live.chat.session
        if speed <= 0 or elapsed <= 0 or not session.in_line:
            return []
        before = len(session.turns)
        live.chat.tick(timedelta(seconds=elapsed * speed))
        return [item for turn in session.turns[before:] for item in turn_events(turn, live.users_shown)]

    return tick
