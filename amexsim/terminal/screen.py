"""The colour terminal chat: prompt_toolkit for the line, rich for what is said.

- Ctrl-C clears the line; on an empty line a second Ctrl-C leaves, as Ctrl-D does. SIGHUP (the
  window was closed) and SIGTERM leave the same way; every turn is already on disk by then.
- Up recalls earlier lines across chats (:class:`~.history.History`: only their guarded form);
  Tab completes a slash command; a multi-line paste is one message.
- The bottom toolbar holds the chat with a person (in line, with the agent), verification, the
  card in focus and the account, cut to the terminal's width (40 columns still works).
- While the customer waits in line, ``queue_speed`` simulated seconds pass per real second and
  the line's moves are printed above the prompt. An agent's line comes after a short "typing"
  spinner in the toolbar (shorter as the queue runs faster; none with speed 0).
- What was typed is erased and drawn again as the guard left it; when a late redaction changes
  an earlier line (a card number split over two messages), the conversation is drawn again.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import AsyncGenerator, Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from ..printable import clean
from .commands import COMMANDS, complete
from .history import History
from .loading import Loading
from .notices import LATE_NOTICE, STARTING, WELCOME_HINT
from .plain import CLEAR_SCREEN
from .signals import SIGNALS, detach, hung_up, turn_guard

if TYPE_CHECKING:  # rich and the assistant's modules load behind the first prompt (see loading.py)
    from rich.console import Console, RenderableType

    from ..dialogue.events import ChatLine
    from .chat import ChatSession, Shown, Step

TICK_SECONDS = 0.1  # how often the queue moves and the spinner turns
SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"


def typing_seconds(text: str, queue_speed: float) -> float:
    """How long an agent "types" a line before it shows: longer lines longer, up to 1.5 s at the
    default speed (60), shorter as the queue runs faster, nothing at 0."""
    if queue_speed <= 0:
        return 0.0
    return min(1.5, 0.3 + len(text) / 150) * min(1.0, 60.0 / queue_speed)


class Outbox:
    """Lines waiting to be printed, in order: an agent's line waits while the agent "types"."""

    def __init__(self, queue_speed: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.queue_speed = queue_speed
        self.clock = clock
        self.items: deque[tuple[float, str, list[RenderableType]]] = deque()  # (when, who types, what)

    def put(self, item: Shown, renderables: list[RenderableType]) -> None:
        """Queue a step's output; each agent line gets its typing time, after what comes before it."""
        events = list(item.events)
        rest = renderables[: len(renderables) - len(events)]
        at = max([self.clock(), *(when for when, _, _ in self.items)])
        if rest:
            self.items.append((at, "", rest))
        for line, drawn in zip(events, renderables[len(renderables) - len(events) :]):
            if line.speaker == "agent":
                at += typing_seconds(line.text, self.queue_speed)
                self.items.append((at, _who(line), [drawn]))
            else:
                self.items.append((at, "", [drawn]))

    def due(self, *, everything: bool = False) -> list[RenderableType]:
        out: list[RenderableType] = []
        now = self.clock()
        while self.items and (everything or self.items[0][0] <= now):
            out.extend(self.items.popleft()[2])
        return out

    @property
    def typing(self) -> str:
        """Who is typing the next line, if it is waiting for its typing time."""
        return self.items[0][1] if self.items and self.items[0][0] > self.clock() else ""


def _who(line: ChatLine) -> str:
    return (line.who.split(" (")[0] or "The agent") if line.who else "The agent"


def toolbar_text(parts: list[str], columns: int) -> str:
    """The toolbar: as many parts as fit in ``columns``, in order, the last one cut with an ellipsis."""
    text = ""
    for part in parts:
        joined = f"{text} · {part}" if text else part
        if len(joined) + 1 > columns:
            room = columns - 2 - (len(text) + 3 if text else 0)
            if room >= 8:
                text = (f"{text} · " if text else "") + part[: room - 1] + "…"
            break
        text = joined
    return " " + text


LEAVE_HINT = "Ctrl-C again (or Ctrl-D) leaves"


class Terminal:
    """The colour chat in a terminal, over the :class:`ChatSession` that ``loading`` makes."""

    def __init__(self, loading: Loading[ChatSession], history: History, *, queue_speed: float, welcome: str) -> None:
        self.loading = loading
        self.history = history
        self.queue_speed = queue_speed
        self.outbox = Outbox(queue_speed)
        self.log: list[int | str | list[RenderableType]] = [welcome]  # drawn: the welcome, a user line (its index), renderables
        self.hint = ""  # a passing note in the toolbar (Ctrl-C)
        self.armed = False  # a Ctrl-C on an empty line now leaves
        self.leaving = False
        self.warned = False
        self.prompt = None
        self.disarm: Callable[[object], None] = lambda _buffer: None
        self._console: Console | None = None
        self._attached = False

    @property
    def chat(self) -> ChatSession | None:
        chat = self.loading.value
        if chat is not None and not self._attached:
            self._attached = True
            chat.play_out = self.queue_speed <= 0  # the ticker lets the line move; 0: the wait plays out at once
        return chat

    @property
    def console(self) -> Console:
        """rich's console, made on first use (rich itself is imported behind the first prompt)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(highlight=False, force_terminal=True, emoji=False)
        return self._console

    # ----- drawing ---------------------------------------------------------------------------------
    def draw(self, renderables: list[RenderableType]) -> None:
        if renderables:
            self.log.append(renderables)
            _render().draw(self.console, renderables)

    def flush(self, *, everything: bool = False) -> None:
        self.draw(self.outbox.due(everything=everything))

    def redraw(self) -> None:
        """Draw the whole conversation again, each user line as the guard has it now."""
        render = _render()
        self.console.file.write(CLEAR_SCREEN)
        self.console.file.flush()
        users = self.chat.user_lines if self.chat is not None else []
        for entry in self.log:
            if isinstance(entry, int):
                self.console.print(render.user(users[entry] if entry < len(users) else ""))
            elif isinstance(entry, str):
                render.draw(self.console, [render.said("Assistant", render.ASSISTANT, entry), render.notice(WELCOME_HINT)])
            else:
                render.draw(self.console, entry)

    def show(self, chat: ChatSession, step: Step) -> None:
        """After a line was handled: its guarded echo, what it showed, notices."""
        render = _render()
        self.remember(step)
        if step.restarted:
            self.log.clear()
            self.console.print(render.notice(step.shown[0].info[0]) if step.shown else "")
            self.draw([render.said("Assistant", render.ASSISTANT, chat.assistant.welcome)])
            return
        if step.message:
            index = len(chat.user_lines) - 1
            self.log.append(index)
            self.console.print(render.user(step.echo))
        else:
            self.draw([render.user(step.echo)])
        if step.earlier:
            self.redraw()
            self.draw([render.notice(LATE_NOTICE)])
        for item in step.shown:
            self.outbox.put(item, render.shown(item, self.console.width))
        self.flush()
        if chat.problem and not self.warned:
            self.warned = True
            self.draw([render.notice(f"Note: {chat.problem}; the chat goes on without saving.")])

    def remember(self, step: Step) -> None:
        """Keep the guarded line for Up, and put late redactions into what is kept already."""
        for item in step.earlier:
            self.history.replace(item.old, item.new)
        self.history.add(step.echo)

    def toolbar(self) -> str:
        chat = self.chat
        parts = list(chat.status()) if chat is not None else [STARTING]
        typing = self.outbox.typing
        if typing:
            frame = SPINNER[int(time.monotonic() * 10) % len(SPINNER)]
            parts.insert(0, f"{frame} {typing} is typing")
        if self.hint:
            parts.insert(0, self.hint)
        try:
            columns = os.get_terminal_size(sys.stdout.fileno()).columns
        except (OSError, ValueError, AttributeError):
            columns = 80
        return toolbar_text(parts, columns)

    # ----- the loop --------------------------------------------------------------------------------
    async def ticker(self) -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(TICK_SECONDS)
            now = time.monotonic()
            elapsed, last = now - last, now
            if self.loading.failed:  # a bad data file or --card: end with its error
                self.leave_with_error()
                return
            chat = self.chat
            if chat is None:
                continue
            if chat.session.in_line and self.queue_speed > 0:
                with turn_guard():
                    item = chat.tick(timedelta(seconds=elapsed * self.queue_speed))
                if item:
                    self.outbox.put(item, _render().shown(item, self.console.width))
            self.flush()
            if self.prompt is not None and (self.outbox.typing or self.hint):
                with contextlib.suppress(Exception):
                    self.prompt.app.invalidate()

    async def ready(self) -> ChatSession:
        """The session, once loaded (the first line typed may wait for it a moment)."""
        while not self.loading.ready:
            await asyncio.sleep(0.01)
        self.loading.result()  # its error, if the load failed
        assert self.chat is not None
        return self.chat

    def started(self, _app: object) -> None:
        """After the first prompt is drawn: load the assistant (and rich) behind it."""
        self.loading.start()
        threading.Thread(target=_render, name="amexsim-rich", daemon=True).start()
        if self.prompt is not None:
            self.prompt.app.after_render -= self.started

    async def run(self) -> None:
        from prompt_toolkit import PromptSession

        self.prompt = PromptSession(
            history=_recall(self.history),
            completer=_completer(),
            complete_while_typing=False,
            key_bindings=self.keys(),
            erase_when_done=True,
            bottom_toolbar=self.toolbar,
            refresh_interval=0.5,
        )
        self.prompt.default_buffer.on_text_changed += self.disarm
        self.prompt.app.after_render += self.started
        loop = asyncio.get_running_loop()
        for signum in SIGNALS:
            loop.add_signal_handler(signum, self.leave)
        task = loop.create_task(self.ticker())
        try:
            while not self.leaving:
                try:
                    line = await self.prompt.prompt_async("You: ")
                except (EOFError, KeyboardInterrupt):
                    break
                self.armed = False
                self.hint = ""
                loop.add_signal_handler(signal.SIGINT, self.interrupted)  # the prompt puts its own back while it runs
                chat = await self.ready()
                if self.leaving:
                    break
                self.flush(everything=True)  # the customer did not wait for the agent's typing
                with turn_guard():
                    step = chat.take(line)
                if chat.done:
                    break
                self.show(chat, step)
        finally:
            task.cancel()
            for signum in (*SIGNALS, signal.SIGINT):
                loop.remove_signal_handler(signum)
            if not self.leaving and self.chat is not None:
                self.flush(everything=True)

    def interrupted(self) -> None:
        """Ctrl-C while a turn is taken and shown (the terminal is not raw then): the turn
        completes, and the next prompt opens warned, as after a Ctrl-C on an empty line."""
        self.armed = True
        self.hint = LEAVE_HINT

    def leave(self) -> None:
        """SIGHUP or SIGTERM: end the chat as Ctrl-D does."""
        self.leaving = True
        self._exit(EOFError())

    def leave_with_error(self) -> None:
        self.leaving = True
        try:
            self.loading.result()
        except BaseException as exc:
            self._exit(exc)

    def _exit(self, exception: BaseException) -> None:
        app = self.prompt.app if self.prompt is not None else None
        if app is not None and app.is_running and not app.future.done():
            app.exit(exception=exception)

    def keys(self):
        from prompt_toolkit.key_binding import KeyBindings

        bindings = KeyBindings()

        @bindings.add("c-c")
        def _(event) -> None:
            buffer = event.app.current_buffer
            if buffer.text:
                buffer.reset()
                self.armed = False
                self.hint = ""
            elif self.armed:
                event.app.exit(exception=EOFError())
            else:
                self.interrupted()

        def disarm(_buffer) -> None:  # typing again: a later Ctrl-C on an empty line warns first
            self.armed = False
            self.hint = ""

        self.disarm = disarm
        return bindings


def _render():
    from . import render

    return render


def _first_screen(welcome: str) -> str:
    """The welcome before rich is loaded: the same look (a bold cyan label, words wrapped to the
    terminal), written with two escape sequences."""
    import textwrap

    try:
        columns = os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError):
        columns = 80
    said = textwrap.fill("Assistant: " + clean(welcome), width=max(columns - 1, 20))
    hint = textwrap.fill(WELCOME_HINT, width=max(columns - 1, 20))
    return "\x1b[1;36mAssistant:\x1b[0m" + said[len("Assistant:") :] + "\n\x1b[1;35m" + hint + "\x1b[0m\n"


def _recall(store: History):
    """prompt_toolkit's history over :class:`History`: Up shows what the chat stored, never what was typed."""
    from prompt_toolkit.history import History as Base

    class Recall(Base):
        async def load(self) -> AsyncGenerator[str, None]:
            for line in reversed(store.lines):
                yield line

        def get_strings(self) -> list[str]:
            return list(store.lines)

        def append_string(self, string: str) -> None:
            """The line as typed is not kept; the chat adds its guarded form."""

        def load_history_strings(self):
            return reversed(store.lines)

        def store_string(self, string: str) -> None:
            pass

    return Recall()


def _completer():
    from prompt_toolkit.completion import Completer, Completion

    class Commands(Completer):
        def get_completions(self, document, complete_event):
            typed = document.text_before_cursor
            for name in complete(typed):
                yield Completion(name, start_position=-len(typed), display_meta=COMMANDS[name][1])

    return Commands()


def run_terminal(loading: Loading[ChatSession], history: History, *, queue_speed: float = 60.0, welcome: str | None = None) -> None:
    """The interactive colour chat, until /quit, Ctrl-D, Ctrl-C twice, SIGHUP or SIGTERM. With
    ``welcome`` (kept from an earlier start) the first prompt is shown at once and the session
    loads behind it; without, it is loaded first."""
    from prompt_toolkit.patch_stdout import patch_stdout

    if welcome is None:
        welcome = loading.result().assistant.welcome
    terminal = Terminal(loading, history, queue_speed=queue_speed, welcome=welcome)
    sys.stdout.write(_first_screen(welcome))
    sys.stdout.flush()
    try:
        with patch_stdout(raw=True):
            asyncio.run(terminal.run())
        sys.stdout.write("\x1b[2mGoodbye.\x1b[0m\n")
        sys.stdout.flush()
    except OSError as exc:
        if not (terminal.leaving or hung_up(exc)):
            raise
        detach()  # the terminal is gone (its window closed): nothing left to print on
    loading.settle()
    if loading.failed:
        loading.result()  # its one-line error


__all__ = ["Outbox", "Terminal", "run_terminal", "toolbar_text", "typing_seconds"]
