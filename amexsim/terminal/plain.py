"""Plain chat, for pipes and screen readers: no colour, no boxes, no spinners, one line per
message with its speaker (``Assistant:``, ``[12:00:07] Queue:``, ``[12:00:40] Agent Dana
(disputes):``), and nothing that needs rich or prompt_toolkit.

Piped (input not a terminal): one block per input line, a blank line between blocks. Typed
(``--plain``, ``NO_COLOR``, or output not a terminal): a ``You:`` prompt with the line editing,
history and Tab completion of the system's readline where there is one; Ctrl-C clears the line
(a second one in a row leaves), Ctrl-D leaves. A typed line the guard changed is written over
with its guarded form, and a late redaction (a card number split over two messages) redraws
the conversation, where the output is a terminal.
"""

from __future__ import annotations

import contextlib
import sys
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from ..printable import clean
from .commands import complete
from .history import History
from .notices import LATE_NOTICE, PLAIN_HINT
from .signals import HeldInterrupt, Leave, detach, hung_up, leave_on_signals, turn_guard

if TYPE_CHECKING:  # not imported before the first prompt: the assistant loads behind it
    from .chat import ChatSession, Rewritten, Shown, Step

CLEAR_SCREEN = "\x1b[H\x1b[2J\x1b[3J"  # home, erase the screen, and the scrollback where the terminal keeps one


def decode_lines(stream: Iterable[bytes]) -> Iterable[str]:
    """Lines of piped input as text; undecodable bytes become U+FFFD instead of crashing."""
    for raw in stream:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def lines_of(shown: Iterable[Shown]) -> list[str]:
    """What a step shows, as plain lines with no control character left."""
    return [clean(text) for item in shown for text in item.plain()]


def run_piped(session: ChatSession, stream: Iterable[bytes], out: TextIO) -> None:
    """One plain-text block per input line (its replies, then one line per queue or agent
    event with a speaker prefix), blank line between blocks."""
    warned = False
    with contextlib.suppress(Leave), leave_on_signals():  # suppress: a signal as the loop ends, before the handlers are restored
        try:
            held = HeldInterrupt()  # Ctrl-C during a turn leaves once the turn is stored and shown
            for line in decode_lines(stream):
                with held:
                    with turn_guard():
                        step = session.take(line)
                    if session.done:
                        break
                    out.write("\n".join(lines_of(step.shown)) + "\n\n")
                    out.flush()
                    if session.problem and not warned:
                        warned = True
                        print(f"amexsim: warning: {session.problem}; the chat goes on without saving", file=sys.stderr)
                held.release()
        except (Leave, KeyboardInterrupt):
            pass


class PlainScreen:
    """A typed plain chat's output: what was shown, kept so it can be drawn again."""

    def __init__(self, out: TextIO, *, terminal: bool) -> None:
        self.out = out
        self.terminal = terminal  # the output is a terminal: lines can be written over
        self.log: list[int | list[str]] = []  # a user line (its index) or lines shown

    def write(self, lines: list[str]) -> None:
        if lines:
            self.log.append(lines)
            self.out.write("\n".join(lines) + "\n")
            self.out.flush()

    def echo(self, session: ChatSession, typed: str, step: Step) -> None:
        """The line as typed is on screen (the terminal echoed it): write its guarded form over it."""
        index = len(session.user_lines) - 1 if step.message else None
        if self.terminal and step.echo != typed:
            rows = rows_taken("You: " + typed, _columns(self.out))
            self.out.write(f"\x1b[{rows}F\x1b[J" + "You: " + step.echo + "\n")
        self.log.append(index if index is not None else [f"You: {step.echo}"])

    def redraw(self, session: ChatSession) -> None:
        """Draw the conversation again with every user line as the guard has it now."""
        users = session.user_lines
        self.out.write(CLEAR_SCREEN)
        for entry in self.log:
            if isinstance(entry, int):
                self.out.write(f"You: {clean(users[entry]) if entry < len(users) else ''}\n")
            else:
                self.out.write("\n".join(entry) + "\n")
        self.out.flush()


def run_plain(session: ChatSession, history: History, out: TextIO = sys.stdout) -> None:
    """The typed plain chat (input is a terminal); a terminal that goes away ends it like Ctrl-D."""
    try:
        _typed(session, history, out)
    except OSError as exc:
        if not hung_up(exc):
            raise
        detach()


def _typed(session: ChatSession, history: History, out: TextIO) -> None:
    terminal = out.isatty()
    editing = _readline(history) if terminal else None
    screen = PlainScreen(out, terminal=terminal)
    screen.write([f"Assistant: {clean(session.assistant.welcome)}", PLAIN_HINT])
    interrupted = False
    warned = False
    held = HeldInterrupt()  # Ctrl-C during a turn or its reply counts as one at the next prompt
    with contextlib.suppress(Leave), leave_on_signals():  # suppress: a signal as the loop ends, before the handlers are restored
        while True:
            try:
                held.release()
                line = input("You: ")
            except KeyboardInterrupt:
                if interrupted:
                    break
                interrupted = True
                out.write("\n(Ctrl-C again, or Ctrl-D, leaves)\n")
                out.flush()
                continue
            except (EOFError, Leave):
                break
            interrupted = False
            with held:
                if not _show_turn(session, line, screen, editing, history):
                    break
                if session.problem and not warned:
                    warned = True
                    screen.write([f"Note: {clean(session.problem)}; the chat goes on without saving."])
    out.write("\nGoodbye.\n")
    out.flush()


def _show_turn(session: ChatSession, line: str, screen: PlainScreen, editing: _Editing | None, history: History) -> bool:
    """Take one typed line and show what it brought; False when the chat ends with it."""
    try:
        with turn_guard():
            step = session.take(line)
    except Leave:
        return False
    screen.echo(session, line, step)
    if editing is not None:
        editing.add(step.echo)
    else:
        history.add(step.echo)
    if session.done:
        return False
    if step.restarted:
        screen.log.clear()
        screen.write([f"Assistant: {clean(session.assistant.welcome)}"])
    if step.earlier:
        if editing is not None:
            editing.replaced(step.earlier)
        else:
            for item in step.earlier:
                history.replace(item.old, item.new)
        if screen.terminal:
            screen.redraw(session)
        screen.write([LATE_NOTICE])
    screen.write(lines_of(step.shown))
    return True


class _Editing:
    """readline's history kept in step with :class:`History` (guarded lines only)."""

    def __init__(self, readline, history: History) -> None:
        self.readline = readline
        self.history = history

    def add(self, line: str) -> None:
        self.history.add(line)
        self.readline.add_history(line.replace("\n", " "))

    def replaced(self, earlier: tuple[Rewritten, ...]) -> None:
        for item in earlier:
            self.history.replace(item.old, item.new)
        self.readline.clear_history()
        for line in self.history.lines:
            self.readline.add_history(line.replace("\n", " "))


def _readline(history: History) -> _Editing | None:
    """The system's line editing for ``input()``, with our history and command completion."""
    try:
        import readline
    except ImportError:
        return None
    readline.set_auto_history(False)  # only guarded lines join the history
    readline.clear_history()
    for line in history.lines:
        readline.add_history(line.replace("\n", " "))
    matches: list[str] = []

    def completer(text: str, state: int) -> str | None:
        if state == 0:
            matches[:] = complete(text) if readline.get_begidx() == 0 else []
        return matches[state] if state < len(matches) else None

    readline.set_completer(completer)
    readline.set_completer_delims(" \t\n")
    readline.parse_and_bind("bind ^I rl_complete" if "libedit" in (readline.__doc__ or "") else "tab: complete")
    return _Editing(readline, history)


def rows_taken(text: str, columns: int) -> int:
    """Terminal rows a line of text takes once wrapped (wide characters count twice)."""
    width = sum(2 if unicodedata.east_asian_width(char) in "WF" else 0 if unicodedata.combining(char) else 1 for char in text)
    return max(1, -(-width // max(columns, 1)))


def _columns(out: TextIO) -> int:
    import os

    try:
        return os.get_terminal_size(out.fileno()).columns
    except (OSError, ValueError):
        return 80


__all__ = ["PlainScreen", "decode_lines", "lines_of", "rows_taken", "run_piped", "run_plain"]
