"""Scripted conversations for tests: the same core and session layer the chat uses, a fixed
clock, and an in-memory case database (or one you pass, to test a second chat).

convo = Conversation(now="2026-11-29T10:00")
convo.say("I lost my card")
assert convo.intent == "lost_card"
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from ..bank.cases import CaseStore
from ..dialogue.engine import Assistant
from ..dialogue.session import Session
from ..dialogue.state import ConversationState
from ..dialogue.trace import Trace


@cache
def _assistant(intents: str | None, account: str | None, seed: int) -> Assistant:
    return Assistant.load(intents, account, seed=seed)


class Conversation:
    """Talk to the assistant turn by turn and inspect each answer."""

    def __init__(
        self,
        *,
        now: str = "2026-11-29T10:00:00",
        seed: int = 0,
        intents: str | Path | None = None,
        account: str | Path | None = None,
        card: str | None = None,
        db: CaseStore | str | Path | None = None,
    ) -> None:
        self.assistant = _assistant(str(intents) if intents else None, str(account) if account else None, seed)
        self.now = datetime.fromisoformat(now)
        self.store = db if isinstance(db, CaseStore) else CaseStore(db if db is not None else ":memory:")
        self.session = Session(self.assistant, self.store, lambda: self.now, card=card)
        self.replies: tuple[str, ...] = ()
        self.trace: Trace | None = None

    @property
    def state(self) -> ConversationState:
        return self.session.state

    def say(self, message: str) -> str:
        """Send one message; returns the replies joined by newlines."""
        return self._took(self.session.send(message))

    def approve(self) -> str:
        """Approve the security prompt on the (simulated) phone."""
        return self._took(self.session.approve())

    def deny(self) -> str:
        return self._took(self.session.deny())

    def wait(self, **delta: float) -> None:
        """Move the conversation's clock on (``wait(days=3)``)."""
        self.now += timedelta(**delta)

    def _took(self, turn) -> str:
        self.replies, self.trace = turn.replies, turn.trace
        return "\n".join(turn.replies)

    @property
    def intent(self) -> str | None:
        return self.trace.intent if self.trace else None

    @property
    def outcome(self) -> str | None:
        return self.trace.outcome if self.trace else None

    def explain(self) -> str:
        """The last trace, for assertion messages."""
        return "\n".join(self.trace.lines()) if self.trace else "(no turn yet)"
