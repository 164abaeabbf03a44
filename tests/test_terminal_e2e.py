"""End-to-end: the real terminal chat in a pseudo-terminal, read back through a screen emulator."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import stat
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pyte
import pytest

from amexsim.replay.runner import replay_file
from amexsim.replay.transcript import load_transcript
from tests.conftest import ALEX, ROOT, SMALL_INTENTS, read_transcript, warm_start

CANARY = "371449635398431"  # Luhn-valid 15-digit test number: must never reach a file or the screen


class _AnsweringScreen(pyte.Screen):
    """A screen that answers the terminal's cursor-position queries, as a real terminal does."""

    def __init__(self, columns: int, lines: int, master: int) -> None:
        super().__init__(columns, lines)
        self._master = master

    def write_process_input(self, data: str) -> None:
        os.write(self._master, data.encode())


class TerminalChat:
    """``amexsim chat`` running in a pty, with a pyte screen of what a person would see."""

    def __init__(
        self,
        tmp_path: Path,
        *extra: str,
        columns: int = 100,
        lines: int = 40,
        env: dict[str, str] | None = None,
        controlling: bool = False,
        kept: Path | None = None,
    ) -> None:
        """``controlling``: the pty becomes the chat's controlling terminal, as in a real window
        (closing it sends SIGHUP; Ctrl-C in a cooked line sends SIGINT). ``kept``: the start-up
        cache a first chat leaves (the ``start_up_cache`` fixture), copied into a new home first,
        as after an earlier chat; without it the chat makes its home on a first start."""
        self.transcript = tmp_path / "chat.yaml"
        self.home = tmp_path / "home"
        if kept is not None and not self.home.exists():
            warm_start(self.home, kept)
        env = {
            **{key: value for key, value in os.environ.items() if key != "NO_COLOR"},  # colour unless a test asks otherwise
            "TERM": "xterm-256color",
            "AMEXSIM_HOME": str(self.home),
            "COLUMNS": str(columns),
            "LINES": str(lines),
            **(env or {}),
        }
        self.master, slave = pty.openpty()
        os.set_blocking(self.master, False)
        args = [
            sys.executable,
            "-m",
            "amexsim",
            "chat",
            "--intents",
            str(SMALL_INTENTS),
            "--account",
            str(ALEX),
            "--now",
            "2026-11-29T10:00",
            *extra,
        ]
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        take = (lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0)) if controlling else None
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env, start_new_session=True, preexec_fn=take
        )
        os.close(slave)
        self.screen = _AnsweringScreen(columns, lines, self.master)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = b""

    def read(self, timeout: float = 0.2, *, until: str | None = None) -> bool:
        """Read what the chat writes for ``timeout`` seconds; with ``until``, stop as soon as that
        text is on the screen (checked after every chunk: a short-lived line, such as a typing
        indicator, may be gone again by the end of a read). True when ``until`` was seen."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self.master, 65536)
                except OSError:
                    return False
                self.raw += data
                self.stream.feed(data)
                if until is not None and until in self.text():
                    return True
        return False

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_for(self, needle: str, timeout: float = 20.0) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.read(until=needle) or needle in self.text():
                return self.text()
            if self.process.poll() is not None:
                self.read()
                break
        raise AssertionError(f"{needle!r} not on screen:\n{self.text()}")

    def wait_for_prompt(self, prompt: str = "You:", timeout: float = 20.0) -> str:
        """Wait until the last line on the screen is an empty prompt (the chat waits for a line)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.read(timeout=0.05)
            lines = [line.rstrip() for line in self.screen.display if line.strip()]
            if lines and lines[-1] == prompt:
                return self.text()
        raise AssertionError(f"no empty {prompt!r} prompt on screen:\n{self.text()}")

    def wait_gone(self, needle: str, timeout: float = 20.0) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.read()
            if needle not in self.text():
                return self.text()
        raise AssertionError(f"{needle!r} still on screen:\n{self.text()}")

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def finish(self, timeout: float = 20.0) -> int:
        end = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < end:
            self.read()
        self.read()
        os.close(self.master)
        return self.process.wait(timeout=1)


@pytest.fixture
def chat(tmp_path, start_up_cache):
    session = TerminalChat(tmp_path, "--transcript", str(tmp_path / "chat.yaml"), kept=start_up_cache)
    yield session
    if session.process.poll() is None:
        session.process.kill()


def test_terminal_chat_answers_and_ctrl_d_saves_the_transcript(chat):
    chat.wait_for("You:")
    chat.type("last 4 is 2001 zip 94105, lock my gold card\r")
    screen = chat.wait_for("Your Gold Card ending 2001 is locked.")
    assert "You: last 4 is 2001 zip 94105, lock my gold card" in screen
    chat.type("/why\r")
    chat.wait_for("intent: lock_card")
    chat.type("\x04")  # Ctrl-D
    assert chat.finish() == 0
    document = read_transcript(chat.transcript)
    assert [turn["user"] for turn in document["turns"]] == ["last 4 is 2001 zip 94105, lock my gold card"]


def test_ctrl_c_clears_the_line_and_twice_on_an_empty_line_leaves_with_the_transcript(chat):
    chat.wait_for("You:")
    chat.type("let me talk to a human\r")
    chat.wait_for("Connecting you")
    chat.type("I typed half a li")
    chat.wait_for("You: I typed half a li")
    chat.type("\x03")  # Ctrl-C mid-line: the line is cleared, the chat goes on
    chat.wait_gone("half a li")
    assert chat.process.poll() is None and "Ctrl-C again" not in chat.text()
    chat.type("\x03")  # on the empty line: a warning in the toolbar
    chat.wait_for("Ctrl-C again (or Ctrl-D) leaves")
    chat.type("\x03")  # the second in a row: leave
    assert chat.finish() == 0
    assert "Goodbye" in chat.text()
    assert read_transcript(chat.transcript)["turns"][0]["expect"]["intent"] == "live_agent"


def test_canary_card_number_reaches_no_file_and_not_the_screen(chat, tmp_path):
    chat.wait_for("You:")
    chat.type(f"my card is {CANARY[:4]} {CANARY[4:10]} {CANARY[10:]} please lock my card\r")
    chat.wait_for("last 4 digits")
    chat.type(f"/x {CANARY} and 219-09-9999\r")  # a command line is guarded before it is echoed too
    chat.wait_for("There is no command /x.")
    chat.type("\x1b[A")  # up-arrow: the history offers the redacted line only
    chat.wait_for("You: /x [card number removed] and [SSN removed]")
    chat.type("\x03")  # clear it
    chat.type(f"my card number is {CANARY[:7]}\r")  # a card split over two messages: the first part alone is no card
    chat.wait_for(f"You: my card number is {CANARY[:7]}")
    chat.type(f"{CANARY[7:]}\r")
    screen = chat.wait_for("An earlier line held part of a card number")
    assert CANARY[:7] not in screen and "You: my card number is [card number removed]" in screen  # drawn again, redacted
    chat.type("/wh\t")  # Tab completes the command
    chat.wait_for("You: /why")
    chat.type("\r")
    chat.wait_for("guard: card_number")
    chat.type("\x04")
    assert chat.finish() == 0
    screen = chat.text()
    for digits in (CANARY, CANARY[4:10], CANARY[10:], CANARY[:7], CANARY[7:], "219-09-9999"):
        assert digits not in screen, "the card number is still visible on screen"
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert chat.transcript in written and chat.home / "history.jsonl" in written
    for path in written:
        content = path.read_bytes()
        for digits in (CANARY, CANARY[4:10], CANARY[:7], CANARY[7:], "219-09-9999"):
            assert digits.encode() not in content, (path, digits)


def test_history_survives_the_chat_and_two_chats_at_the_same_clock_keep_two_private_transcripts(tmp_path):
    first = TerminalChat(tmp_path)  # no --transcript: a new file in the data folder's transcripts/ (and a first start: it makes the home)
    first.wait_for("You:")
    first.type(f"what is my balance, my card is {CANARY}\r")
    first.wait_for("removed the full card number")
    first.type("/quit\r")
    assert first.finish() == 0
    second = TerminalChat(tmp_path)  # the same --now
    second.wait_for("You:")
    second.type("\x1b[A")  # Up: the line of the chat before, as the guard left it
    second.wait_for("You: what is my balance, my card is [card number removed]")
    second.type("\x03hello\r")
    second.wait_for("Assistant: Sorry")  # the turn is done: a Ctrl-D typed during it, in cooked mode, is no key
    second.type("\x04")
    assert second.finish() == 0
    folder = first.home / "transcripts"
    files = sorted(folder.iterdir())
    assert [p.name for p in files] == ["chat-20261129-100000-2.yaml", "chat-20261129-100000.yaml"]
    assert [read_transcript(p)["turns"][0]["user"] for p in files] == ["hello", "what is my balance, my card is [card number removed]"]
    history = first.home / "history.jsonl"
    for path in (*files, history):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert CANARY.encode() not in path.read_bytes()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and stat.S_IMODE(first.home.stat().st_mode) == 0o700


@pytest.mark.parametrize("ending", ["hangup", "kill"])
def test_a_closed_window_or_a_killed_chat_leaves_a_valid_redacted_transcript(tmp_path, ending, start_up_cache):
    chat = TerminalChat(tmp_path, "--transcript", str(tmp_path / "chat.yaml"), "--seed", "3", controlling=True, kept=start_up_cache)
    chat.wait_for("You:")
    chat.type("last 4 is 2001 zip 94105\r")
    chat.wait_for("you're verified")
    chat.type(f"my card is {CANARY}, lock my gold card\r")
    chat.wait_for("Your Gold Card ending 2001 is locked.")
    chat.type("half a line never sent")
    chat.wait_for("half a line never sent")
    if ending == "hangup":
        os.close(chat.master)  # the terminal window closes: SIGHUP
        assert chat.process.wait(timeout=20) == 0
    else:
        chat.process.kill()  # kill -9: no chance to save anything at the end
        chat.process.wait(timeout=20)
        os.close(chat.master)
    text = chat.transcript.read_text()
    assert CANARY not in text and "half a line" not in text
    transcript = load_transcript(chat.transcript)
    assert [turn.user for turn in transcript.turns] == ["last 4 is 2001 zip 94105", "my card is [card number removed], lock my gold card"]
    assert transcript.unfinished is None
    outcome = replay_file(chat.transcript)
    assert outcome.passed, outcome.failures
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_plain_in_a_terminal_has_speakers_no_colour_and_writes_a_refused_line_over(tmp_path, start_up_cache):
    chat = TerminalChat(tmp_path, "--transcript", str(tmp_path / "chat.yaml"), env={"NO_COLOR": "1"}, controlling=True, kept=start_up_cache)
    chat.wait_for("You:")
    chat.type(f"my card is {CANARY}\r")
    screen = chat.wait_for("Assistant: For your security I removed the full card number")
    assert "You: my card is [card number removed]" in screen and CANARY not in screen  # the echo was written over
    chat.type("/state\r")
    chat.wait_for("verified: no")
    chat.wait_for_prompt()  # the line is typed at the prompt, not while /state is still printing
    chat.type("half a line")
    chat.wait_for("You: half a line")
    chat.type("\x03")  # Ctrl-C: the line is dropped, the chat goes on
    chat.wait_for("(Ctrl-C again, or Ctrl-D, leaves)")
    chat.type("\x03")
    assert chat.finish() == 0
    assert "Goodbye." in chat.text()
    assert not re.search(rb"\x1b\[[0-9;]*m", chat.raw), "colour codes in plain mode"
    assert [turn["user"] for turn in read_transcript(chat.transcript)["turns"]] == ["my card is [card number removed]"]


def test_ctrl_c_right_after_enter_lets_the_turn_finish_and_only_warns(tmp_path, start_up_cache):
    """The Ctrl-C may land while the turn is stored and shown (the terminal is cooked then): the
    turn completes and is saved, and the toolbar warns as after a Ctrl-C on an empty line. (The
    plain chat holds such a Ctrl-C the same way, tested in test_chat_edge.py without a terminal:
    there a Ctrl-C landing just as input() starts waiting is only seen at the next key, a race in
    Python's readline that no test can time.)"""
    chat = TerminalChat(tmp_path, "--transcript", str(tmp_path / "chat.yaml"), kept=start_up_cache)
    chat.wait_for("You:")
    chat.type("what is my balance\r\x03")
    chat.wait_for("Ctrl-C again (or Ctrl-D) leaves")
    assert chat.process.poll() is None
    chat.type("/state\r")
    chat.wait_for("verified: no")
    chat.type("\x04")  # (the warning is on screen already: a second Ctrl-C timed against it would race)
    assert chat.finish() == 0
    users = [turn["user"] for turn in read_transcript(chat.transcript)["turns"]] if chat.transcript.exists() else []
    assert users in ([], ["what is my balance"])  # the line was taken whole, or dropped before it was read (no file then)


def test_at_40_columns_a_pasted_message_a_table_the_toolbar_and_an_agent_typing(tmp_path, start_up_cache):
    staffing = ROOT / "tests" / "data" / "staffing" / "busy.yaml"
    chat = TerminalChat(tmp_path, "--transcript", str(tmp_path / "chat.yaml"), "--staffing", str(staffing), "--seed", "4",
                        "--queue-speed", "600", columns=40, lines=30, kept=start_up_cache)  # fmt: skip
    chat.wait_for("You:")
    chat.wait_for("not verified · Alex Kim (alex)")  # the toolbar: verification and the account
    chat.type("\x1b[200~last 4 is 2001\nzip 94105\x1b[201~\r")  # a two-line paste is one message
    chat.wait_for("Thanks, Alex")
    chat.type("/activity\r")
    screen = chat.wait_for("BLUE BOTTLE")
    assert "$6.50" in screen and "CITY PARKING" in screen
    chat.type("let me talk to a human\r")
    chat.wait_for("Sam is typing")  # the agent's first line waits behind a spinner in the toolbar
    chat.wait_for("Agent Sam (customer care):")
    screen = chat.wait_for("Chatting with Sam")
    assert "Chatting with Sam" in screen.splitlines()[-1]  # in the toolbar, at the bottom
    assert all(len(line) <= 40 for line in screen.splitlines())
    chat.type("\x04")
    assert chat.finish() == 0
    turns = read_transcript(chat.transcript)["turns"]
    assert turns[0]["user"] == "last 4 is 2001\nzip 94105"
