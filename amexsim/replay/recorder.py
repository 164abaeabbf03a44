"""Recording a conversation as a transcript (``chat --transcript``, ``/save``): redacted text
only, written atomically.

User text is taken from the latest conversation state when saving, not copied turn by turn,
so a late redaction (a card number split over messages) reaches earlier lines too. The file
is written to a temporary name in the same folder, flushed and renamed, so an interrupted
save never leaves a half-written transcript.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..dialogue.engine import Assistant, Turn
from ..dialogue.session import Session
from ..dialogue.state import ConversationState
from ..guard import LABELS
from .events import Event, events_of
from .expectations import Expectations
from .transcript import FORMAT_VERSION, relative_to, to_yaml

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
    """Collects the turns of one chat for saving."""

    setup: Setup
    assistant: Assistant
    turns: list[_Recorded] = field(default_factory=list)
    state: ConversationState | None = None

    def add(self, turn: Turn, now: datetime, command: str | None = None) -> None:
        trace = turn.trace
        expect = Expectations(intent=trace.intent, outcome=trace.outcome, refused=trace.refused or None)
        self.turns.append(_Recorded(now, command, turn.replies, events_of(turn, self.assistant), expect))
        self.state = turn.state

    def document(self, path: Path) -> dict[str, Any]:
        """The transcript as data, with file paths relative to where it will be saved."""
        folder = path.parent
        setup = self.setup
        users = iter([m.text for m in self.state.history if m.role == "user"] if self.state else [])
        head: dict[str, Any] = {"amexsim_transcript": FORMAT_VERSION, "now": setup.now.isoformat(), "seed": setup.seed}
        for name in ("account", "intents", "staffing"):
            value = getattr(setup, name)
            if value is not None:
                head[name] = relative_to(value, folder)
        if setup.card:
            head["card"] = setup.card
        head["language"] = "en"
        if any(setup.database.get(key) for key in ("cases", "changes")):
            head["database"] = {key: value for key, value in setup.database.items() if value}
        turns, redactions = [], []
        clock = setup.now
        for number, recorded in enumerate(self.turns, start=1):
            user = recorded.command or next(users, "")
            for label, words in _WORDS.items():
                redactions += [f"{words} removed at turn {number}"] * user.count(label)
            entry: dict[str, Any] = {"user": user}
            if recorded.now != clock:
                entry["now"] = recorded.now.isoformat()
                clock = recorded.now
            entry["assistant"] = list(recorded.replies)
            if recorded.events:
                entry["events"] = [event.as_dict() for event in recorded.events]
            expect = recorded.expect.as_dict()
            if expect:
                entry["expect"] = expect
            turns.append(entry)
        if redactions:
            head["redactions"] = redactions
        return {**head, "turns": turns}

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        return write_atomic(path, to_yaml(self.document(path)))


def write_atomic(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` so readers see the old file or the new one, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
