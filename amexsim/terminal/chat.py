"""The chat edge: a terminal session (prompt_toolkit + rich) or plain piped lines.

Both modes share one loop body, ``ChatSession.say``; the terminal only adds editing,
redacted history and colour. Nothing here decides what the assistant answers.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

from ..dialogue.session import Session
from ..dialogue.state import ConversationState
from ..dialogue.trace import Trace
from ..errors import Error
from ..guard import redact
from ..paths import data_dir
from ..replay.recorder import TranscriptRecorder

HELP = (
    "Commands: /why (why the last answer), /approve or /deny (the security prompt on your phone), "
    "/save NAME (save the conversation so far as a transcript that replays), /help, /quit. "
    "Ctrl-D or Ctrl-C also leave; the transcript is saved."
)


@dataclass
class ChatSession:
    """One conversation driven line by line, recording a transcript as it goes."""

    session: Session
    recorder: TranscriptRecorder
    done: bool = False

    @property
    def assistant(self):
        return self.session.assistant

    @property
    def state(self) -> ConversationState:
        return self.session.state

    @property
    def last_trace(self) -> Trace | None:
        return self.session.last_trace

    def say(self, line: str) -> tuple[str, ...]:
        """Reply to one line of input: a slash command or a message for the assistant."""
        command = line.strip().lower()
        if command in ("/quit", "/exit", "/bye"):
            self.done = True
            return ()
        if command == "/help":
            return (HELP,)
        if command == "/why":
            return ("\n".join(self.last_trace.lines()) if self.last_trace else "Nothing to explain yet.",)
        if command in ("/approve", "/deny"):
            now = self.session.clock()
            turn = self.session.approve() if command == "/approve" else self.session.deny()
            self.recorder.add(turn, now, command)
            return turn.replies
        if command == "/save" or command.startswith("/save "):
            return (self.save(line.strip()[len("/save") :].strip()),)
        now = self.session.clock()
        turn = self.session.send(line)
        self.recorder.add(turn, now)
        return turn.replies

    def save(self, name: str) -> str:
        """/save NAME: the conversation so far as a transcript, in the data folder's transcripts/
        (or at NAME when it is a path); it replays at once with ``amexsim replay``."""
        if not name:
            return "Usage: /save NAME (saved in your transcripts folder) or /save path/to/file.yaml"
        if not self.recorder.turns:
            return "Nothing to save yet: say something first."
        target = Path(name).expanduser()
        if not target.is_absolute() and "/" not in name and os.sep not in name:
            target = data_dir() / "transcripts" / name
        if target.suffix not in (".yaml", ".yml"):
            target = target.with_name(target.name + ".yaml")
        try:
            self.recorder.save(target)
        except (OSError, Error) as exc:
            return f"Could not save the transcript to {target} ({getattr(exc, 'strerror', None) or exc})."
        return f"Saved the conversation so far ({len(self.recorder.turns)} turns) to {target}; replay it with: amexsim replay {target}"

    @property
    def last_user_text(self) -> str:
        return next((m.text for m in reversed(self.state.history) if m.role == "user"), "")


def decode_lines(stream: Iterable[bytes]) -> Iterable[str]:
    """Lines of piped input as text; undecodable bytes become U+FFFD instead of crashing."""
    for raw in stream:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def run_piped(session: ChatSession, stream: Iterable[bytes], out: TextIO) -> None:
    """One plain-text reply block per input line, blank line between blocks."""
    for line in decode_lines(stream):
        replies = session.say(line)
        if session.done:
            break
        out.write("\n".join(replies) + "\n\n")
        out.flush()


def run_terminal(session: ChatSession) -> None:
    """The interactive chat. Ctrl-C and Ctrl-D end it like /quit."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import InMemoryHistory
    from rich.console import Console
    from rich.markup import escape

    class RedactedHistory(InMemoryHistory):
        """Up-arrow history that only ever holds the redacted form of what was typed."""

        def append_string(self, string: str) -> None:
            super().append_string(redact(string))

    console = Console(highlight=False)
    prompt = PromptSession(history=RedactedHistory(), erase_when_done=True)
    console.print(f"[bold cyan]Assistant:[/] {escape(session.assistant.welcome)}")
    console.print(f"[dim]{escape(HELP)}[/]")
    while not session.done:
        try:
            line = prompt.prompt("You: ")
        except (EOFError, KeyboardInterrupt):
            break
        replies = session.say(line)
        if session.done:
            break
        if line.strip().startswith("/"):
            console.print(f"[bold]You:[/] {escape(line)}")
            for reply in replies:
                console.print(f"[dim]{escape(reply)}[/]")
            continue
        console.print(f"[bold]You:[/] {escape(session.last_user_text)}")
        for reply in replies:
            console.print(f"[bold cyan]Assistant:[/] {escape(reply)}")
    console.print("[dim]Goodbye.[/]")


def default_transcript_path(now: datetime) -> Path:
    return data_dir() / "transcripts" / f"chat-{now:%Y%m%d-%H%M%S}.yaml"


def is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()
