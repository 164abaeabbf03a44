"""What one conversation remembers between turns, as immutable records.

A turn never changes a state: it returns a new one (``state._replace(...)``). Mappings held
here (a frame's slots and fields) are treated as frozen: they are only ever copied with
changes, never updated in place, so an old state stays exactly as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, NamedTuple

from ..bank.accounts import Account
from ..bank.cases import Case
from ..bank.changes import Change
from ..guard import Guard
from ..understanding.entities import Entities
from .records import quick_replace

if TYPE_CHECKING:
    from .packet import HandoffPacket

EMPTY: Mapping = MappingProxyType({})


class Message(NamedTuple):
    """One stored line of the conversation; user text is always the redacted form."""

    role: Literal["user", "assistant", "agent"]  # agent: the (simulated) person who joined after a hand-off
    text: str
    # (start, end, replacement length) of redactions, in original offsets: lets a later
    # finding about this message (a card split over messages) be mapped onto the stored text.
    redactions: tuple[tuple[int, int, int], ...] = ()
    # The layout of each value redacted late (a card's first part, found when the rest came), its
    # digits written as 0 ("0000 0000"): the value is gone, and a replay types a stand-in laid out
    # the same, so the matcher (which reads digits as 0) sees that turn as it was.
    layouts: tuple[str, ...] = ()


class SlotValue(NamedTuple):
    """A filled slot: the value the actions use and the words replies show."""

    value: str
    shown: str


@quick_replace
class Waiting(NamedTuple):
    """The question a flow is waiting on: verification, a slot, a yes or no, a security prompt."""

    kind: Literal["verify", "slot", "confirm", "prompt"]
    question: str  # as last asked, to ask again after a digression
    slot: str | None = None
    choices: tuple[SlotValue, ...] = ()  # the options listed in the question, in order
    misses: int = 0  # answers in a row that did not answer it


class Done(NamedTuple):
    """An action a flow carried out: said on cancel, and undone when a correction makes it moot."""

    step: int
    text: str
    undo: tuple[Change, ...] = ()


@quick_replace
class Frame(NamedTuple):
    """One flow in progress: which intent, which step, what it has collected so far."""

    intent: str
    step: int = 0
    slots: Mapping[str, SlotValue] = EMPTY
    filled_at: Mapping[str, int] = EMPTY  # slot -> index of the step that collected it
    criteria: Entities = Entities()  # amounts, merchants and dates given for a search (a charge)
    said: str = ""  # the request and the answers to its questions: later slots are read from it
    fields: Mapping[str, Mapping[str, str]] = EMPTY  # template fields the actions produced
    waiting: Waiting | None = None
    done: tuple[Done, ...] = ()
    prompted: bool = False  # the security prompt was approved for this flow
    outcome: str = ""  # the last action's outcome (``say: outcome`` says the reply case of that name)
    offered: bool = False  # a yes-or-no question was asked on the way: the flow is not run again unasked
    resumed: int = 0  # times its question was asked again after a digression
    jumps: int = 0  # steps run in this turn (a guard against flows that loop)


class LogEntry(NamedTuple):
    """Something done in the chat, for the summary: what, a case number, the next step."""

    at: datetime
    text: str
    case: str | None = None
    next_step: str | None = None


class Handoff(NamedTuple):
    """A request to join a live-agent team's queue, with the packet the agent will read."""

    team: str  # the staffing file's team name
    case: str
    topic: str
    position: int = 1  # where the customer was told they stand
    minutes: float = 0.0  # the wait they were told
    call_first: bool = False  # calling the number on the card was recommended first
    packet: HandoffPacket | None = None  # filled in when the turn ends (it holds the whole turn)


class Rating(NamedTuple):
    """The customer's answer to the satisfaction question after a chat with an agent."""

    case: str  # the hand-off case the chat was about
    score: int  # 1 (poor) to 5 (excellent)
    at: datetime


@quick_replace
class LiveChat(NamedTuple):
    """The customer's chat with a person: in line, with the agent, or rating the chat.

    Set by the turn that hands off; the session's contact centre moves it on (``on_queue``)."""

    team: str  # the staffing file's team name
    team_name: str  # its display name
    case: str
    topic: str
    packet: HandoffPacket
    phase: Literal["queued", "agent", "rating"] = "queued"
    quiet: bool = False  # "let me know when someone is free": no position updates, only the agent joining
    position: int | None = None
    minutes: float | None = None  # estimated wait still to go
    agent: str = ""  # the agent's name, once one has joined
    agent_team: str = ""  # the team whose agent answered (general's, after an overflow)
    lines: int = 0  # scripted lines the agent has said after the opening
    asked: int = 0  # times the rating question was asked


class Effects(NamedTuple):
    """What a turn wants stored or done at the edge: cases, account changes, a hand-off to
    join, a live chat to end (``release``: its case), cases to close, a rating. The session
    commits them before the replies are shown."""

    cases: tuple[Case, ...] = ()
    changes: tuple[Change, ...] = ()
    handoff: Handoff | None = None
    release: str | None = None
    closed: tuple[str, ...] = ()
    ratings: tuple[Rating, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.cases or self.changes or self.handoff or self.release or self.closed or self.ratings)

    def plus(self, other: Effects) -> Effects:
        return Effects(
            self.cases + other.cases,
            self.changes + other.changes,
            other.handoff or self.handoff,
            other.release or self.release,
            self.closed + other.closed,
            self.ratings + other.ratings,
        )


@quick_replace
class ConversationState(NamedTuple):
    """Everything one conversation remembers between turns."""

    account: Account
    turn: int = 0
    guard: Guard = Guard()
    history: tuple[Message, ...] = ()
    verified: bool = False
    verify_attempts: int = 0
    stack: tuple[Frame, ...] = ()  # flows in progress; the last one is answered first
    clarify: tuple[str, str] | None = None  # the two intents a clarifying question offered
    remembered: Entities = Entities()  # verification details given one at a time
    authorized_user: str | None = None  # who verified with an authorized user's card (None: the primary card member)
    tried: Entities = Entities()  # the details of the last failed attempt: a correction of one retries with the other
    cases: tuple[Case, ...] = ()  # this account's cases: from the database and opened now
    focus_card: str | None = None  # the card the chat was started for (--card)
    log: tuple[LogEntry, ...] = ()
    started: datetime | None = None
    case_salt: int = 0  # bumped when a proposed case number was already taken
    intents: tuple[str, ...] = ()  # every intent the chat has reached, in order (for the hand-off packet)
    heard: Mapping[str, str] = EMPTY  # slots of flows already finished: name -> words shown
    language: str = "en"  # "es" once the customer has written a whole message in Spanish
    pending: str | None = None  # an intent asked for beside the one under way, taken up after it
    pending_said: str = ""  # the message that asked for ``pending``: its details ("my gold card") when taken up later
    accommodations: tuple[str, ...] = ()  # kinds the customer mentioned (slower_pace, written_summary, ...)
    live: LiveChat | None = None
    packet: HandoffPacket | None = None  # the latest hand-off's packet (``/packet`` shows it)
    csat: int | None = None  # the customer's rating of the chat with an agent
    offer: Frame | None = None  # a finished flow whose reply offered another intent: a yes next turn starts it
    last_done: Frame | None = None  # the flow that last ran to its end: "and the one before?" asks it again
    for_someone_else: bool = False  # the writer said they write for the card member: the member's details need them present

    @property
    def top(self) -> Frame | None:
        return self.stack[-1] if self.stack else None

    def with_top(self, frame: Frame) -> ConversationState:
        """This state with ``frame`` in place of the flow on top (a flow step does this two or three
        times: one field set without naming the other 21)."""
        values = list(self)
        values[_STACK] = (*self.stack[:-1], frame)
        return _new_tuple(ConversationState, values)


_STACK = ConversationState._fields.index("stack")
_new_tuple = tuple.__new__
