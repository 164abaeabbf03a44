"""One conversation driven line by line: the loop body every chat edge shares.

:class:`ChatSession` reads a typed line as a slash command (:mod:`.commands`) or a message,
runs it through the session (which stores its effects) and the transcript recorder (which
writes it to disk), and returns what to show. The terminal (:mod:`.screen`), plain and piped
chat (:mod:`.plain`) and the web (``amexsim.web``) only draw it. Nothing here decides what the
assistant (or the agent) answers.

Every line goes through the guard before anything echoes it: a message as the conversation's
guard stored it (:attr:`Step.echo`), a command through :func:`~amexsim.guard.redact`. A card
number split over two messages is redacted late: :attr:`Step.earlier` says which earlier lines
changed, so an edge can redraw them.

Simulated queue time: in the terminal a ticker lets ``queue_speed`` simulated seconds pass per
real second while the customer waits in line (0: the wait is played out at once); in piped and
``--plain`` mode the wait is played out at once after the turn that queued, or, with
``queue_step``, each later line first lets that much simulated time pass. ``/wait`` works in
both. Every step that shows something is recorded in the transcript.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..dialogue.events import ChatLine
from ..dialogue.live import wait_words
from ..dialogue.session import Session
from ..dialogue.state import ConversationState
from ..dialogue.trace import Trace
from ..errors import Error
from ..guard import redact
from ..paths import data_dir
from ..printable import clean
from ..replay.recorder import TranscriptRecorder
from .commands import Command, guess, help_lines, parse

if TYPE_CHECKING:  # /state, /activity and /statement import what they show when used
    from ..dialogue.tables import Table

HELP = "\n".join(help_lines())
SUMMARY_REQUEST = "Can I have a summary of this chat?"  # what /summary says for the customer (the web's Summary button too)
AGENT_REQUEST = "I'd like to talk to a person"  # what /agent says
MAX_WAIT_MINUTES = 24 * 60

# said when answering a message failed on our side: the chat goes on, with nothing changed
INTERNAL_ERROR = (
    "Sorry, something went wrong on my side with that message, and nothing was changed. "
    "Please try it again in other words, or ask for a person."
)


@dataclass(frozen=True)
class Shown:
    """What one step of the chat shows: the assistant's replies, then the lines of others (the
    queue, the agent); ``info`` is a command's own output (/why, /help, /packet), already through
    the guard; ``table`` the same output as a table, for an edge that draws columns."""

    replies: tuple[str, ...] = ()
    events: tuple[ChatLine, ...] = ()
    info: tuple[str, ...] = ()
    table: Table | None = None

    def __bool__(self) -> bool:
        return bool(self.replies or self.events or self.info)

    def plain(self) -> list[str]:
        """Plain lines, one per message with its speaker (``Assistant:``, ``[12:00:07] Queue:``),
        a command's output as it is."""
        return [*self.info, *(f"Assistant: {reply}" for reply in self.replies), *(plain_event(event) for event in self.events)]


class Rewritten(NamedTuple):
    """An earlier user line a late redaction changed: its index in :attr:`ChatSession.user_lines`,
    and how it was and is shown."""

    index: int
    old: str
    new: str


class Step(NamedTuple):
    """One typed line handled: what it showed, the line as it may be echoed (guarded), the
    earlier user lines a late redaction changed, and whether the conversation was restarted."""

    shown: list[Shown]
    echo: str
    earlier: tuple[Rewritten, ...] = ()
    restarted: bool = False
    message: bool = False  # the line was a message to the assistant (not a command)


def plain_event(event: ChatLine) -> str:
    return f"[{event.at:%H:%M:%S}] {event.prefix} {event.text}"


Restart = Callable[[], tuple[Session, TranscriptRecorder]]


@dataclass
class ChatSession:
    """One conversation driven line by line, recording a transcript as it goes.

    ``restart``: makes a fresh session and recorder for ``/restart`` (None: the edge starts new
    conversations its own way, as the web does). ``saves``: the folder ``/save NAME`` writes to."""

    session: Session
    recorder: TranscriptRecorder
    play_out: bool = True  # a turn that leaves the customer in line is followed by the whole wait
    queue_step: timedelta | None = None  # each message first lets this much simulated time pass
    done: bool = False
    restart: Restart | None = None
    saves: Path | None = None
    finished: list[Path] = field(default_factory=list)  # transcripts of conversations ended by /restart
    problem: str | None = None  # why the transcript stopped being written, once it did

    @property
    def assistant(self):
        return self.session.assistant

    @property
    def state(self) -> ConversationState:
        return self.session.state

    @property
    def last_trace(self) -> Trace | None:
        return self.session.last_trace

    @property
    def user_lines(self) -> list[str]:
        """The customer's messages so far, as the guard stored them."""
        return [message.text for message in self.state.history if message.role == "user"]

    # ----- a typed line ----------------------------------------------------------------------
    def say(self, line: str) -> list[Shown]:
        """Reply to one line of input: a slash command or a message (with any wait around it)."""
        return self.take(line).shown

    def take(self, line: str) -> Step:
        """Handle one typed line; :class:`Step` says what to show and how to echo the line."""
        command = parse(line)
        if command is None:
            return self._message(line)
        echo = clean(redact(line.strip()))
        name = command.name
        if name == "/quit":
            self.done = True
            return Step([], echo)
        if name == "/restart":
            return self._restart(echo)
        if name in ("/summary", "/agent"):
            step = self._message(SUMMARY_REQUEST if name == "/summary" else AGENT_REQUEST)
            return step._replace(echo=echo)
        if name in ("/approve", "/deny"):
            return Step(self._turn(lambda: self.session.approve() if name == "/approve" else self.session.deny(), name), echo)
        return Step([self._info(command)], echo)

    def _info(self, command: Command) -> Shown:
        name = command.name
        if name == "/help":
            return Shown(info=(HELP,))
        if name == "/state":
            from ..dialogue.state_view import view_state

            return Shown(info=("\n".join(view_state(self.state).lines()),))
        if name == "/why":
            return Shown(info=("\n".join(self.last_trace.lines()) if self.last_trace else "Nothing to explain yet.",))
        if name == "/packet":
            packet = self.state.packet
            return Shown(info=("\n".join(packet.lines()) if packet else "Nothing was handed to an agent in this chat yet.",))
        if name in ("/activity", "/statement"):
            if not self.state.verified:
                return Shown(info=("First I need to verify you: the last 4 digits of a card on the account and your billing ZIP code.",))
            from ..dialogue.tables import activity, statements

            today = self.session.now().date()
            table = activity(self.state, today) if name == "/activity" else statements(self.state, today)
            return Shown(info=("\n".join(table.lines()),), table=table)
        if name == "/wait":
            return self.wait_command(command.argument)
        if name == "/save":
            return Shown(info=(self.save(command.argument),))
        typed = clean(redact(command.typed))
        typed = typed if len(typed) <= 24 else typed[:23] + "…"
        near = guess(command.typed)
        hint = f" Did you mean {', '.join(near[:-1])} or {near[-1]}?" if len(near) > 1 else f" Did you mean {near[0]}?" if near else ""
        return Shown(info=(f"There is no command {typed}.{hint} /help lists them; a message can't start with /.",))

    def _message(self, line: str) -> Step:
        before = self.user_lines
        shown = []
        if self.queue_step is not None and self.session.in_line:
            shown.append(self.tick(self.queue_step))
        shown += self._turn(lambda: self.session.send(line), None)
        after = self.user_lines
        earlier = tuple(Rewritten(i, clean(old), clean(new)) for i, (old, new) in enumerate(zip(before, after)) if old != new)
        echo = clean(after[-1]) if len(after) > len(before) else clean(redact(line))
        return Step([item for item in shown if item], echo, earlier, message=True)

    def _turn(self, answer: Callable, command: str | None) -> list[Shown]:
        now = self.session.now()
        try:
            turn = answer()
        except Exception as exc:  # a fault of ours never ends the chat or loses it
            # the turn is applied whole or not at all (Session._commit), so nothing was changed or stored
            print(f"amexsim: internal error ({type(exc).__name__}) while answering; the chat goes on", file=sys.stderr)
            return [Shown(info=(INTERNAL_ERROR,))]
        self._record(turn, now, command)
        shown = [Shown(turn.replies, turn.events)]
        if self.play_out and self.queue_step is None and self.session.in_line:
            shown.append(self.played_out())
        return [item for item in shown if item]

    def _record(self, turn, now: datetime, command: str | None) -> None:
        """Record a turn; the transcript file is written (durably) before anything is shown. A
        file that cannot be written any more (disk full) stops being written, and the chat says so
        once rather than end."""
        try:
            self.recorder.add(turn, now, command)
        except Error as exc:
            self.recorder.journal = None
            self.problem = str(exc)

    # ----- the queue ---------------------------------------------------------------------------
    def wait_command(self, argument: str) -> Shown:
        """``/wait``: until something happens to the chat in line; ``/wait 2``: two simulated minutes."""
        if argument:
            try:
                minutes = float(argument.split()[0])
            except ValueError:
                minutes = -1.0
            if not 0 <= minutes <= MAX_WAIT_MINUTES:  # the argument is never quoted back: it may be anything
                return Shown(info=(f"/wait takes a number of minutes from 0 to {MAX_WAIT_MINUTES}, or nothing.",))
            return self.tick(timedelta(minutes=minutes), always=True)
        if not self.session.in_line:
            return Shown(info=("You're not waiting in line for anyone.",))
        turn = self.session.wait(quiet_note=True)
        self._record(turn, self.session.now(), "/wait")
        return Shown(events=turn.events)

    def tick(self, delta: timedelta, *, always: bool = False) -> Shown:
        """Let simulated time pass (the terminal's ticker, ``queue_step``, ``/wait N``); ``always``:
        the customer asked, so the turn is recorded, saying so when nothing moved."""
        turn = self.session.wait(delta, quiet_note=always)
        if turn.events or always:
            self._record(turn, self.session.now(), "/wait")
        return Shown(events=turn.events)

    def played_out(self) -> Shown:
        turn = self.session.wait_for_agent()
        if turn.events:
            self._record(turn, self.session.now(), "/wait")
        return Shown(events=turn.events)

    # ----- files -------------------------------------------------------------------------------
    @property
    def transcript(self) -> Path | None:
        """The file this conversation is written to as it goes (None: not saved)."""
        journal = self.recorder.journal
        return journal.path if journal is not None else None

    def save(self, name: str) -> str:
        """/save NAME: the conversation so far as a transcript, in the data folder's transcripts/
        (or at NAME when it is a path); it replays at once with ``amexsim replay``."""
        if not name:
            journal = self.recorder.journal
            if journal is not None:
                when = "as it goes" if journal.turns else "from its first message"
                return f"This conversation is saved to {journal.path} {when}; /save NAME also writes a copy."
            return "Usage: /save NAME (saved in your transcripts folder) or /save path/to/file.yaml"
        if redact(name) != name or clean(name) != name:
            return "That name holds something the guard removes (a card number, a code) or a control character: pick another."
        if not self.recorder.turns:
            return "Nothing to save yet: say something first."
        target = Path(name).expanduser()
        if not target.is_absolute() and "/" not in name and os.sep not in name:
            target = (self.saves or data_dir() / "transcripts") / name
        if target.suffix not in (".yaml", ".yml"):
            target = target.with_name(target.name + ".yaml")
        try:
            self.recorder.save(target)
        except (OSError, Error) as exc:
            return f"Could not save the transcript to {target} ({getattr(exc, 'strerror', None) or exc})."
        return f"Saved the conversation so far ({_turns(len(self.recorder.turns))}) to {target}; replay it with: amexsim replay {target}"

    def close(self) -> Path | None:
        """Finish this conversation's transcript file; its path when it holds a turn."""
        journal = self.recorder.journal
        return journal.close() if journal is not None else None

    def _restart(self, echo: str) -> Step:
        if self.restart is None:
            return Step([Shown(info=("To start over here, open a new conversation.",))], echo)
        saved = self.close()
        if saved is not None:
            self.finished.append(saved)
        self.session, self.recorder = self.restart()
        note = f"The last conversation is saved to {saved}. " if saved else ""
        return Step([Shown(info=(f"{note}A new conversation starts here.",))], echo, restarted=True)

    # ----- what the edges show around the conversation ----------------------------------------
    def status(self) -> tuple[str, ...]:
        """The facts the terminal's bottom toolbar shows, most important first: the queue or the
        agent, verification, the card in focus, the account."""
        state = self.state
        parts = []
        queue = self.status_line().strip()
        if queue:
            parts.append(queue)
        tries = f" ({state.verify_attempts} failed {'try' if state.verify_attempts == 1 else 'tries'})" if state.verify_attempts else ""
        prompt = bool(state.stack) and state.stack[-1].waiting is not None and state.stack[-1].waiting.kind == "prompt"
        parts.append(("verified" if state.verified else "not verified" + tries) + (", prompt on your phone" if prompt else ""))
        card = self.focus()
        if card:
            parts.append(card)
        account = state.account
        parts.append(f"{account.holder_name} ({account.id})")
        if self.problem:
            parts.append("transcript not saved")
        return tuple(parts)

    def focus(self) -> str | None:
        """The card the conversation is about: the one a flow collected, or ``--card``'s."""
        for frame in reversed(self.state.stack):
            card = frame.slots.get("card")
            if card is not None:
                return card.shown
        last_four = self.state.focus_card
        found = self.state.account.card(last_four) if last_four else None
        return found.label if found else None

    def status_line(self) -> str:
        """The queue's part of the status: waiting (where, how long), with an agent, or rating."""
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


def _turns(count: int) -> str:
    return f"{count} turn" if count == 1 else f"{count} turns"


def default_transcript_path(now: datetime) -> Path:
    """Where a chat's transcript goes without ``--transcript`` (a ``-2``, ``-3``... is added when taken)."""
    return data_dir() / "transcripts" / f"chat-{now:%Y%m%d-%H%M%S}.yaml"


__all__ = ["HELP", "ChatSession", "Rewritten", "Shown", "Step", "default_transcript_path"]
