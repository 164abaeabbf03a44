"""Scripted conversations for tests: the same core and session layer the chat uses, a fixed
clock, and an in-memory case database (or one you pass, to test a second chat).

    convo = Conversation(now="2026-11-29T10:00")
    convo.say("I lost my card").expect(intent="lost_card", outcome="verify")
    convo.say("last 4 is 1005, zip 10285").expect(contains="which card")

``say`` returns a :class:`Reply`: the replies joined by newlines (a ``str``, as before), with
``expect`` (checked like a transcript's expectations; a miss raises
:class:`ExpectationFailed` showing the turn, the replies and the trace) and ``say`` /
``approve`` / ``deny`` to go on in one chain.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from ..bank.cases import CaseStore
from ..dialogue.engine import Assistant
from ..dialogue.engine import Turn as EngineTurn
from ..dialogue.session import Session
from ..dialogue.state import ConversationState
from ..dialogue.trace import Trace
from .diff import format_failure
from .events import Event, events_of
from .expectations import check, expectations
from .runner import Played, _loaded, failure
from .transcript import Turn


class ExpectationFailed(AssertionError):
    """A turn of a scripted conversation did not do what ``expect`` said."""


class Reply(str):
    """What the assistant said in one turn (its replies joined by newlines), and the turn."""

    conversation: Conversation
    turn: EngineTurn
    events: tuple[Event, ...]
    number: int
    message: str

    def __new__(cls, conversation: Conversation, message: str, turn: EngineTurn, events: tuple[Event, ...]) -> Reply:
        reply = super().__new__(cls, "\n".join(turn.replies))
        reply.conversation, reply.turn, reply.events, reply.message = conversation, turn, events, message
        reply.number = conversation.turns
        return reply

    @property
    def replies(self) -> tuple[str, ...]:
        return self.turn.replies

    @property
    def trace(self) -> Trace:
        return self.turn.trace

    def expect(self, **expected: object) -> Reply:
        """Check this turn: ``intent``, ``domain``, ``outcome``, ``contains``, ``matches``,
        ``slots``, ``handoff``, ``case``, ``refused`` (as in a transcript's ``expect:``)."""
        wanted = expectations(**expected)
        assistant = self.conversation.assistant
        problems = check(wanted, self.replies, self.trace, self.events, known_intents=assistant.intents.by_name)
        if not self.replies and not self.turn.events:  # the queue or the agent may speak instead
            problems.insert(0, "the assistant said nothing")
        if problems:
            turn = Turn(self.number, 0, self.message, self.conversation.now, expect=wanted)
            detail = failure(turn, problems, Played(turn, self.turn, self.events), assistant)
            raise ExpectationFailed("\n" + format_failure("conversation", detail).replace("conversation:0: ", "", 1))
        return self

    def say(self, message: str) -> Reply:  # type: ignore[override]
        """The next message, so a conversation reads as one chain."""
        return self.conversation.say(message)

    def approve(self) -> Reply:
        return self.conversation.approve()

    def deny(self) -> Reply:
        return self.conversation.deny()


class Conversation:
    """Talk to the assistant turn by turn and inspect each answer."""

    def __init__(
        self,
        *,
        now: str = "2026-11-29T10:00:00",
        seed: int = 0,
        intents: str | Path | None = None,
        account: str | Path | None = None,
        staffing: str | Path | None = None,
        card: str | None = None,
        db: CaseStore | str | Path | None = None,
    ) -> None:
        def resolved(path: str | Path | None) -> Path | None:
            return Path(path).resolve() if path else None

        self.assistant: Assistant = _loaded(resolved(intents), resolved(account), resolved(staffing)).with_seed(seed)
        self.now = datetime.fromisoformat(now)
        self.store = db if isinstance(db, CaseStore) else CaseStore(db if db is not None else ":memory:")
        self.session = Session(self.assistant, self.store, lambda: self.now, card=card)
        self.replies: tuple[str, ...] = ()
        self.trace: Trace | None = None
        self.turns = 0

    @property
    def state(self) -> ConversationState:
        return self.session.state

    def say(self, message: str) -> Reply:
        """Send one message; returns the replies joined by newlines (a :class:`Reply`)."""
        return self._took(message, self.session.send(message))

    def approve(self) -> Reply:
        """Approve the security prompt on the (simulated) phone."""
        return self._took("/approve", self.session.approve())

    def deny(self) -> Reply:
        return self._took("/deny", self.session.deny())

    def wait(self, **delta: float) -> Conversation:
        """Move the conversation's clock on (``wait(days=3)``)."""
        self.now += timedelta(**delta)
        return self

    def _took(self, message: str, turn: EngineTurn) -> Reply:
        self.turns += 1
        self.replies, self.trace = turn.replies, turn.trace
        return Reply(self, message, turn, events_of(turn, self.assistant))

    @property
    def intent(self) -> str | None:
        return self.trace.intent if self.trace else None

    @property
    def outcome(self) -> str | None:
        return self.trace.outcome if self.trace else None

    def explain(self) -> str:
        """The last trace, for assertion messages."""
        return "\n".join(self.trace.lines()) if self.trace else "(no turn yet)"
