"""The chat edge: a terminal session (prompt_toolkit + rich) or plain piped lines.

Both modes share one loop body, ``ChatSession.say``; the terminal only adds editing,
redacted history, colour and a clock that lets the queue move while the customer types.
Nothing here decides what the assistant (or the agent) answers.

Simulated queue time: in the terminal a ticker lets ``queue_speed`` simulated seconds pass per
real second while the customer waits in line (0: the wait is played out at once); in piped and
``--plain`` mode the wait is played out at once after the turn that queued, or, with
``queue_step``, each later line first lets that much simulated time pass. ``/wait`` works in
both. Every step that shows something is recorded in the transcript.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO

from ..dialogue.events import ChatLine
from ..dialogue.live import wait_words
from ..dialogue.session import Session
from ..dialogue.state import ConversationState
from ..dialogue.trace import Trace
from ..errors import Error
from ..guard import redact
from ..paths import data_dir
from ..replay.recorder import TranscriptRecorder

HELP = (
    "Commands: /why (why the last answer), /approve or /deny (the security prompt on your phone), "
    "/wait [minutes] (let the queue move), /packet (what the agent was handed), "
    "/save NAME (save the conversation so far as a transcript that replays), /help, /quit. "
    "Ctrl-D or Ctrl-C also leave; the transcript is saved."
)
TICK_SECONDS = 0.25  # how often the terminal lets the queue move


@dataclass(frozen=True)
class Shown:
    """What one step of the chat shows: the assistant's replies, then the lines of others (the
    queue, the agent); ``info`` is a command's own output (/why, /help, /packet)."""

    replies: tuple[str, ...] = ()
    events: tuple[ChatLine, ...] = ()
    info: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.replies or self.events or self.info)

    def plain(self) -> list[str]:
        """Plain lines: replies as they are (as before the queue existed), then one line per event."""
        return [*self.info, *self.replies, *(plain_event(event) for event in self.events)]


def plain_event(event: ChatLine) -> str:
    return f"[{event.at:%H:%M:%S}] {event.prefix} {event.text}"


@dataclass
class ChatSession:
    """One conversation driven line by line, recording a transcript as it goes."""

    session: Session
    recorder: TranscriptRecorder
    play_out: bool = True  # a turn that leaves the customer in line is followed by the whole wait
    queue_step: timedelta | None = None  # each message first lets this much simulated time pass
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

    def say(self, line: str) -> list[Shown]:
        """Reply to one line of input: a slash command or a message (with any wait around it)."""
        command = line.strip().lower()
        if command in ("/quit", "/exit", "/bye"):
            self.done = True
            return []
        if command == "/help":
            return [Shown(info=(HELP,))]
        if command == "/why":
            return [Shown(info=("\n".join(self.last_trace.lines()) if self.last_trace else "Nothing to explain yet.",))]
        if command == "/packet":
            packet = self.state.packet
            return [Shown(info=("\n".join(packet.lines()) if packet else "Nothing was handed to an agent in this chat yet.",))]
        if command.split()[:1] == ["/wait"]:
            return [self.wait_command(command)]
        if command == "/save" or command.startswith("/save "):
            return [Shown(info=(self.save(line.strip()[len("/save") :].strip()),))]
        shown = []
        if self.queue_step is not None and self.session.in_line:
            shown.append(self.tick(self.queue_step))
        now = self.session.now()
        if command in ("/approve", "/deny"):
            turn = self.session.approve() if command == "/approve" else self.session.deny()
            self.recorder.add(turn, now, command)
        else:
            turn = self.session.send(line)
            self.recorder.add(turn, now)
        shown.append(Shown(turn.replies, turn.events))
        if self.play_out and self.queue_step is None and self.session.in_line:
            shown.append(self.played_out())
        return [item for item in shown if item]

    def wait_command(self, command: str) -> Shown:
        """``/wait``: until something happens to the chat in line; ``/wait 2``: two simulated minutes."""
        parts = command.split()
        if len(parts) > 1:
            try:
                minutes = float(parts[1])
            except ValueError:
                minutes = -1.0
            if not 0 <= minutes <= 24 * 60:
                return Shown(info=(f"/wait takes a number of minutes from 0 to 1440 (not {parts[1]!r}).",))
            shown = self.tick(timedelta(minutes=minutes), always=True)
        else:
            if not self.session.in_line:
                return Shown(info=("You're not waiting in line for anyone.",))
            turn = self.session.wait()
            self.recorder.add(turn, self.session.now(), "/wait")
            shown = Shown(events=turn.events)
        return shown or Shown(info=("Nothing happened in the queue meanwhile.",))

    def tick(self, delta: timedelta, *, always: bool = False) -> Shown:
        """Let simulated time pass (the terminal's ticker, ``queue_step``, ``/wait N``)."""
        turn = self.session.wait(delta)
        if turn.events or always:
            self.recorder.add(turn, self.session.now(), "/wait")
        return Shown(events=turn.events)

    def played_out(self) -> Shown:
        turn = self.session.wait_for_agent()
        if turn.events:
            self.recorder.add(turn, self.session.now(), "/wait")
        return Shown(events=turn.events)

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

    def status_line(self) -> str:
        """The terminal's bottom line while someone waits or an agent is in the chat."""
        live = self.state.live
        if live is None:
            return ""
        if live.phase == "queued":
            place = f"number {live.position}" if live.position else "in line"
            return f" Waiting for the {live.team_name} team: {place}, {wait_words(live.minutes or 0.0)} to go (case {live.case})"
        if live.phase == "agent":
            return f" Chatting with {live.agent} (case {live.case})"
        return " Rate the chat: 1 to 5"

    @property
    def last_user_text(self) -> str:
        return next((m.text for m in reversed(self.state.history) if m.role == "user"), "")


def decode_lines(stream: Iterable[bytes]) -> Iterable[str]:
    """Lines of piped input as text; undecodable bytes become U+FFFD instead of crashing."""
    for raw in stream:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def run_piped(session: ChatSession, stream: Iterable[bytes], out: TextIO) -> None:
    """One plain-text block per input line (its replies, then one line per queue or agent
    event with a speaker prefix), blank line between blocks."""
    for line in decode_lines(stream):
        shown = session.say(line)
        if session.done:
            break
        out.write("\n".join(text for item in shown for text in item.plain()) + "\n\n")
        out.flush()


def run_terminal(session: ChatSession, *, queue_speed: float = 60.0) -> None:
    """The interactive chat. Ctrl-C and Ctrl-D end it like /quit. While the customer waits in
    line, ``queue_speed`` simulated seconds pass per real second and the line's moves are
    printed above the prompt as they happen (0: the wait is played out at once)."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import InMemoryHistory
    from prompt_toolkit.patch_stdout import patch_stdout
    from rich.console import Console
    from rich.markup import escape

    class RedactedHistory(InMemoryHistory):
        """Up-arrow history that only ever holds the redacted form of what was typed."""

        def append_string(self, string: str) -> None:
            super().append_string(redact(string))

    session.play_out = queue_speed <= 0
    console = Console(highlight=False, force_terminal=True)
    prompt = PromptSession(
        history=RedactedHistory(),
        erase_when_done=True,
        bottom_toolbar=lambda: session.status_line() or None,
        refresh_interval=0.5,
    )

    def show(item: Shown) -> None:
        for text in item.info:
            console.print(f"[dim]{escape(text)}[/]")
        for reply in item.replies:
            console.print(f"[bold cyan]Assistant:[/] {escape(reply)}")
        for event in item.events:
            style = "bold green" if event.speaker == "agent" else "yellow"
            console.print(f"[dim]{event.at:%H:%M:%S}[/] [{style}]{escape(event.prefix)}[/] {escape(event.text)}")

    async def ticker() -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(TICK_SECONDS)
            now = time.monotonic()
            elapsed, last = now - last, now
            if session.session.in_line and queue_speed > 0:
                show(session.tick(timedelta(seconds=elapsed * queue_speed)))

    async def chat() -> None:
        task = asyncio.get_running_loop().create_task(ticker())
        try:
            while not session.done:
                try:
                    line = await prompt.prompt_async("You: ")
                except (EOFError, KeyboardInterrupt):
                    break
                shown = session.say(line)
                if session.done:
                    break
                typed = line if line.strip().startswith("/") else session.last_user_text
                console.print(f"[bold]You:[/] {escape(typed)}")
                for item in shown:
                    show(item)
        finally:
            task.cancel()

    console.print(f"[bold cyan]Assistant:[/] {escape(session.assistant.welcome)}")
    console.print(f"[dim]{escape(HELP)}[/]")
    with patch_stdout(raw=True):
        asyncio.run(chat())
    console.print("[dim]Goodbye.[/]")


def default_transcript_path(now: datetime) -> Path:
    return data_dir() / "transcripts" / f"chat-{now:%Y%m%d-%H%M%S}.yaml"


def is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


__all__ = ["ChatSession", "Shown", "run_piped", "run_terminal"]
