"""A conversation with its effects stored: the thin layer every edge (chat, ask, replay, tests,
the web) talks through.

Each turn's cases and account changes are committed to the database in one transaction
*before* the turn is returned, so a reply never shows a case number that was not stored. A
case number already in the database (another chat took it) makes the session ask the
assistant for the same turn again with a new salt: the core stays pure, the numbers unique.

The session also owns the contact centre behind hand-offs (``contact.LiveQueue``, seeded from
the assistant's seed and started at the session's start). A turn that hands off joins its line;
``wait`` lets simulated time pass (the terminal calls it as real time goes by, faster by the
queue speed; piped chats and tests call it to play the wait out), and what happens to the
customer's chat comes back through ``Assistant.on_queue`` as the turn's events. The
conversation's time is the clock's, or the simulated time the wait has reached when that is
later (``now``), so it never falls behind the centre's; a transcript's ``/wait`` entry records
the time reached, and ``wait(until=...)`` replays it exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from ..bank.cases import CaseNumberTaken, CaseStore
from ..queue.centre import ChatEvent
from .contact import LiveQueue
from .engine import Assistant, Turn
from .events import ChatLine
from .live import same_style
from .state import ConversationState, Effects
from .trace import Trace

MAX_NUMBER_RETRIES = 50
PLAY_OUT_LIMIT = timedelta(hours=6)  # waiting "until something happens" stops after this much simulated time
QUIET = "queue_quiet"  # the line a /wait that moved nothing shows (and the reply key of its text)


class Session:
    """One customer's conversation on one account, over a case store and a contact centre."""

    def __init__(
        self,
        assistant: Assistant,
        store: CaseStore,
        clock: Callable[[], datetime],
        *,
        card: str | None = None,
        queue: LiveQueue | None = None,
    ) -> None:
        self.assistant = assistant
        self.store = store
        self.clock = clock
        now = clock()
        self.account_id = assistant.account_on(now).id
        self.state: ConversationState = assistant.start(
            now, changes=store.changes(self.account_id), cases=store.cases(self.account_id), card=card
        )
        self.queue = queue or LiveQueue(assistant.routing.staffing, seed=assistant.seed, start=now)
        self.reached = now  # the latest simulated time a wait has reached
        self.last_trace: Trace | None = None
        self.turns: list[Turn] = []

    def now(self) -> datetime:
        """The conversation's time: the clock's, or the time a wait reached when that is later."""
        return max(self.clock(), self.reached)

    def send(self, message: str) -> Turn:
        """Answer one message; its effects are stored before this returns."""
        now = self.now()
        return self._commit(lambda state: self.assistant.respond(state, message, now, queue=self.queue), now)

    def approve(self) -> Turn:
        now = self.now()
        return self._commit(lambda state: self.assistant.answer_prompt(state, True, now, queue=self.queue), now)

    def deny(self) -> Turn:
        now = self.now()
        return self._commit(lambda state: self.assistant.answer_prompt(state, False, now, queue=self.queue), now)

    # ----- the wait in line -----------------------------------------------------------------
    @property
    def in_line(self) -> bool:
        live = self.state.live
        return live is not None and live.phase == "queued"

    def wait(self, delta: timedelta | None = None, *, until: datetime | None = None, quiet_note: bool = False) -> Turn:
        """Let simulated time pass: ``delta``, up to ``until``, or (neither) until the customer
        is shown something about their chat in line. The turn holds what they see (maybe nothing;
        with ``quiet_note``, a wait the customer asked for that moved nothing says so, as a queue
        line, so the turn is recorded and replayed with something said)."""
        before = len(self.turns)
        turn = self._wait(delta, until)[0] if delta is not None or until is not None else self._play_out(until_seen=True)
        if not quiet_note or turn.events:
            return turn
        turn = replace(turn, events=(ChatLine(self.now(), "system", QUIET, self.assistant.replies.say(QUIET)),))
        if len(self.turns) > before:
            self.turns[-1] = turn  # the step that moved nothing says so
            return turn
        return self._record(turn)

    def wait_for_agent(self) -> Turn:
        """Play the wait out at once: every move of the line until an agent joins (or nothing
        happens for ``PLAY_OUT_LIMIT``), as one turn."""
        return self._play_out(until_seen=False)

    def _play_out(self, *, until_seen: bool) -> Turn:
        lines: list[ChatLine] = []
        turn = Turn((), self.state, Trace(outcome="wait", redacted=""))
        while self.in_line and not (until_seen and lines):
            turn, news = self._wait(None, None)
            lines += turn.events
            if not news:
                break
        return replace(turn, events=tuple(lines))

    # ----- helpers --------------------------------------------------------------------------
    def _wait(self, delta: timedelta | None, until: datetime | None) -> tuple[Turn, bool]:
        now = self.now()
        if until is None and delta is not None:
            until = now + delta
        if until is not None:
            until = max(until, now)
            events = self.queue.advance(until)
        else:
            events = self.queue.next_news(now + PLAY_OUT_LIMIT) if self.in_line else []
            until = self._time(events[-1].at, now) if events else now + (PLAY_OUT_LIMIT if self.in_line else timedelta(0))
        self.reached = until
        turn = self._fold(Turn((), self.state, Trace(outcome="wait", redacted=""), Effects()), events, until)
        return self._record(turn), bool(events)

    def _time(self, at: datetime, like: datetime) -> datetime:
        return same_style(at, like, self.assistant.routing.staffing)

    def _commit(self, answer: Callable[[ConversationState], Turn], now: datetime) -> Turn:
        state = self.state
        for _ in range(MAX_NUMBER_RETRIES):
            turn = answer(state)
            try:
                self._store(turn.effects, now)
            except CaseNumberTaken:
                state = state._replace(case_salt=state.case_salt + 1)
                continue
            self.last_trace = turn.trace
            return self._record(self._after(turn, now))
        raise RuntimeError("could not find a free case number")  # pragma: no cover - 50 collisions in a row

    def _store(self, effects: Effects, now: datetime) -> None:
        self.store.commit(self.account_id, now, effects.cases, effects.changes, closed=effects.closed, ratings=effects.ratings)

    def _after(self, turn: Turn, now: datetime) -> Turn:
        """Carry out what the turn asked of the contact centre: end a chat, join a line."""
        events: list[ChatEvent] = []
        if turn.effects.release is not None:
            self.queue.release(turn.effects.release, now)  # nothing the customer needs to see
        if turn.effects.handoff is not None:
            events = self.queue.join(turn.effects.handoff, now)
        return self._fold(turn, events, now)

    def _fold(self, turn: Turn, events: list[ChatEvent], now: datetime) -> Turn:
        """Pass the centre's events through the assistant: the lines they show join the turn."""
        if not events and type(turn.events) is tuple:
            return turn  # most turns: nothing from the centre, and a frozen turn needs no copy
        state, lines = turn.state, list(turn.events)
        for event in events:
            shown = self.assistant.on_queue(state, event, self._time(event.at, now))
            self._store(shown.effects, now)
            if shown.effects.release is not None:
                self.queue.release(shown.effects.release, now)
            state, lines = shown.state, lines + list(shown.events)
        return replace(turn, state=state, events=tuple(lines))

    def _record(self, turn: Turn) -> Turn:
        self.state = turn.state
        self.turns.append(turn)
        return turn
