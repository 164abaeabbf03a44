"""Saving a conversation: redacted text only, written atomically.

The file is written to a temporary name in the same folder, flushed to disk and renamed,
so an interrupted save never leaves a half-written transcript.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..dialogue.engine import Turn
from ..dialogue.state import ConversationState

FORMAT_VERSION = 1


@dataclass
class TranscriptRecorder:
    """Collects the turns of one chat for saving.

    User text is taken from the latest conversation state when saving, not copied turn by
    turn, so a late redaction (a card number split over messages) reaches earlier lines too.
    """

    account: str | None
    seed: int
    fixed_now: str | None
    card: str | None = None
    meta: list[dict[str, object]] = field(default_factory=list)
    state: ConversationState | None = None

    def add(self, turn: Turn, now: str, command: str | None = None) -> None:
        entry: dict[str, object] = {"now": now, "assistant": list(turn.replies), "intent": turn.trace.intent, "outcome": turn.trace.outcome}
        if command is not None:
            entry["command"] = command
        if turn.events:  # the queue's and the agent's lines (a "/wait" entry: simulated time passing)
            entry["events"] = [event.as_dict() for event in turn.events]
        self.meta.append(entry)
        self.state = turn.state

    def document(self) -> dict[str, object]:
        users = iter([m.text for m in self.state.history if m.role == "user"] if self.state else [])
        turns = []
        for meta in self.meta:
            user = meta["command"] if "command" in meta else next(users, "")
            turns.append({"now": meta["now"], "user": user, **{k: v for k, v in meta.items() if k not in ("now", "command")}})
        head: dict[str, object] = {"amexsim_transcript": FORMAT_VERSION, "account": self.account, "seed": self.seed, "now": self.fixed_now}
        if self.card:
            head["card"] = self.card
        return {**head, "turns": turns}

    def save(self, path: str | Path) -> Path:
        return write_atomic(Path(path), yaml.safe_dump(self.document(), sort_keys=False, allow_unicode=True, width=100))


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
