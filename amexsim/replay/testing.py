"""Scripted conversations for tests: the same core the chat uses, with a fixed clock.

convo = Conversation(now="2026-11-29T10:00")
convo.say("I lost my card")
assert convo.intent == "lost_card"
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path

from ..dialogue.engine import Assistant, ConversationState, Trace


@cache
def _assistant(intents: str | None, account: str | None, seed: int) -> Assistant:
    return Assistant.load(intents, account, seed=seed)


class Conversation:
    """Talk to the assistant turn by turn and inspect each answer."""

    def __init__(
        self, *, now: str = "2026-11-29T10:00:00", seed: int = 0, intents: str | Path | None = None, account: str | Path | None = None
    ) -> None:
        self.assistant = _assistant(str(intents) if intents else None, str(account) if account else None, seed)
        self.now = datetime.fromisoformat(now)
        self.state: ConversationState = self.assistant.start()
        self.replies: tuple[str, ...] = ()
        self.trace: Trace | None = None

    def say(self, message: str) -> str:
        """Send one message; returns the replies joined by newlines."""
        turn = self.assistant.respond(self.state, message, self.now)
        self.state, self.replies, self.trace = turn.state, turn.replies, turn.trace
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
