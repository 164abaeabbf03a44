"""Recording a conversation as a transcript (``chat``, ``/save``): redacted text only.

User text is taken from the latest conversation state, not copied turn by turn, so a late
redaction (a card number split over messages) reaches earlier lines too. The chat writes its
transcript as it goes (:class:`~amexsim.replay.journal.Journal`, format 3: a YAML document
per turn); ``/save`` and the web's download take a snapshot (:meth:`TranscriptRecorder.text`,
:meth:`TranscriptRecorder.document`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..dialogue.engine import Assistant, Turn, redact_earlier
from ..dialogue.session import Session
from ..dialogue.state import ConversationState
from ..guard import LABELS
from .files import write_atomic

if TYPE_CHECKING:  # the transcript format is imported at the first turn: a chat starts without it
    from .events import Event
    from .expectations import Expectations
    from .journal import Journal

_WORDS = {label: label.strip("[]").removesuffix(" removed") for label in LABELS.values()}


@dataclass(frozen=True)
class Setup:
    """What a replay needs besides the turns: the files (absolute; written relative to the
    transcript), the seed, the clock at the start and the database rows at the start."""

    now: datetime
    seed: int
    account: Path | None = None
    intents: Path | None = None
    staffing: Path | None = None
    card: str | None = None
    database: dict[str, list[dict[str, object]]] = field(default_factory=dict)

    @classmethod
    def of(cls, session: Session, *, seed: int, account=None, intents=None, staffing=None, card=None) -> Setup:
        """The setup of a session that has just started (its database rows as they are now)."""
        started = session.state.started or session.clock()
        return cls(
            started,
            seed,
            *(Path(p).resolve() if p else None for p in (account, intents, staffing)),
            card=card,
            database=session.store.dump(session.account_id),
        )


@dataclass
class _Recorded:
    now: datetime
    command: str | None
    replies: tuple[str, ...]
    events: tuple[Event, ...]
    expect: Expectations


@dataclass
class TranscriptRecorder:
    """Collects the turns of one chat; with a ``journal``, each turn is also written to its file
    (durably) before :meth:`add` returns, so before the reply is shown."""

    setup: Setup
    assistant: Assistant
    turns: list[_Recorded] = field(default_factory=list)
    state: ConversationState | None = None
    journal: Journal | None = None

    def add(self, turn: Turn, now: datetime, command: str | None = None) -> None:
        from .events import events_of
        from .expectations import Expectations

        trace = turn.trace
        expect = Expectations(intent=trace.intent, outcome=trace.outcome, refused=trace.refused or None)
        self.turns.append(_Recorded(now, command, turn.replies, events_of(turn, self.assistant), expect))
        self.state = turn.state
        if self.journal is not None:
            self.journal.write(self)

    def users(self) -> list[str]:
        """The user line of each recorded turn as it stands now (redacted; commands as typed)."""
        return [text for text, _ in self._user_lines()]

    def _user_lines(self, *, withhold_pending: bool = False) -> list[tuple[str, tuple[str, ...]]]:
        """Each recorded turn's user line and the layouts of its values redacted late; with
        ``withhold_pending``, the pieces of a card not yet complete are withheld too (a snapshot)."""
        history = self.state.history if self.state else ()
        if withhold_pending and self.state is not None:
            history = redact_earlier(history, self.state.guard.pending())
        users = iter([(m.text, m.layouts) for m in history if m.role == "user"])
        return [(recorded.command, ()) if recorded.command else next(users, ("", ())) for recorded in self.turns]

    def header(self, folder: Path, version: int | None = None) -> dict[str, Any]:
        """What a replay needs besides the turns, with file paths relative to ``folder``
        (``version``: the format written, by default the chat's, a document per turn)."""
        from .transcript import STREAM_VERSION, relative_to

        version = STREAM_VERSION if version is None else version
        setup = self.setup
        head: dict[str, Any] = {"amexsim_transcript": version, "now": setup.now.isoformat(), "seed": setup.seed}
        for name in ("account", "intents", "staffing"):
            value = getattr(setup, name)
            if value is not None:
                head[name] = relative_to(value, folder)
        if setup.card:
            head["card"] = setup.card
        head["language"] = "en"
        if any(setup.database.get(key) for key in ("cases", "changes")):
            head["database"] = {key: value for key, value in setup.database.items() if value}
        return head

    def entry(self, index: int, user: str, layouts: tuple[str, ...] = ()) -> dict[str, Any]:
        """Turn ``index`` (from 0) as written; ``now`` only when the clock moved since the turn before;
        ``layouts``: of the values redacted late in the user line (digits as 0, never the value)."""
        recorded = self.turns[index]
        before = self.turns[index - 1].now if index else self.setup.now
        entry: dict[str, Any] = {"user": user}
        if layouts:
            entry["layouts"] = list(layouts)
        if recorded.now != before:
            entry["now"] = recorded.now.isoformat()
        entry["assistant"] = list(recorded.replies)
        if recorded.events:
            entry["events"] = [event.as_dict() for event in recorded.events]
        expect = recorded.expect.as_dict()
        if expect:
            entry["expect"] = expect
        return entry

    def document(self, path: Path) -> dict[str, Any]:
        """The transcript as one format-2 document (the web's download), paths relative to ``path``."""
        from .transcript import FORMAT_VERSION

        head = self.header(path.parent, FORMAT_VERSION)
        lines = self._user_lines()
        users = [user for user, _ in lines]
        redactions = []
        for number, user in enumerate(users, start=1):
            for label, words in _WORDS.items():
                redactions += [f"{words} removed at turn {number}"] * user.count(label)
        if redactions:
            head["redactions"] = redactions
        return {**head, "turns": [self.entry(index, user, layouts) for index, (user, layouts) in enumerate(lines)]}

    def text(self, path: Path, *, withhold_pending: bool = False) -> str:
        """The transcript in format 3 (a header, then a YAML document per turn), as the chat writes it."""
        from .transcript import stream_text

        lines = self._user_lines(withhold_pending=withhold_pending)
        return stream_text(self.header(path.parent), [self.entry(index, user, layouts) for index, (user, layouts) in enumerate(lines)])

    def save(self, path: str | Path) -> Path:
        """A snapshot of the conversation so far (``/save``), written atomically (0600)."""
        path = Path(path)
        # a snapshot written between the pieces of a card keeps none of them: the live transcript is
        # redacted when the last piece comes, a copy is not (it may then replay those turns differently)
        return write_atomic(path, self.text(path, withhold_pending=True))
