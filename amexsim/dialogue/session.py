"""A conversation with its effects stored: the thin layer every edge (chat, ask, replay, tests,
the web) talks through.

Each turn's cases and account changes are committed to the database in one transaction
*before* the turn is returned, so a reply never shows a case number that was not stored. A
case number already in the database (another chat took it) makes the session ask the
assistant for the same turn again with a new salt: the core stays pure, the numbers unique.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..bank.cases import CaseNumberTaken, CaseStore
from .engine import Assistant, Turn
from .state import ConversationState
from .trace import Trace

MAX_NUMBER_RETRIES = 50


class Session:
    """One customer's conversation on one account, over a case store."""

    def __init__(self, assistant: Assistant, store: CaseStore, clock: Callable[[], datetime], *, card: str | None = None) -> None:
        self.assistant = assistant
        self.store = store
        self.clock = clock
        now = clock()
        self.account_id = assistant.account_on(now).id
        self.state: ConversationState = assistant.start(
            now, changes=store.changes(self.account_id), cases=store.cases(self.account_id), card=card
        )
        self.last_trace: Trace | None = None
        self.turns: list[Turn] = []

    def send(self, message: str) -> Turn:
        """Answer one message; its effects are stored before this returns."""
        now = self.clock()
        return self._commit(lambda state: self.assistant.respond(state, message, now), now)

    def approve(self) -> Turn:
        now = self.clock()
        return self._commit(lambda state: self.assistant.answer_prompt(state, True, now), now)

    def deny(self) -> Turn:
        now = self.clock()
        return self._commit(lambda state: self.assistant.answer_prompt(state, False, now), now)

    def _commit(self, answer: Callable[[ConversationState], Turn], now: datetime) -> Turn:
        state = self.state
        for _ in range(MAX_NUMBER_RETRIES):
            turn = answer(state)
            try:
                self.store.commit(self.account_id, now, turn.effects.cases, turn.effects.changes)
            except CaseNumberTaken:
                state = state._replace(case_salt=state.case_salt + 1)
                continue
            self.state = turn.state
            self.last_trace = turn.trace
            self.turns.append(turn)
            return turn
        raise RuntimeError("could not find a free case number")  # pragma: no cover - 50 collisions in a row
