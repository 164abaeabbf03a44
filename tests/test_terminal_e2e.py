"""End-to-end: the real terminal chat in a pseudo-terminal, read back through a screen emulator."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pyte
import pytest

from tests.conftest import ALEX, ROOT, SMALL_INTENTS, read_transcript

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

    def __init__(self, tmp_path: Path, *extra: str) -> None:
        self.transcript = tmp_path / "chat.yaml"
        env = {**os.environ, "TERM": "xterm-256color", "AMEXSIM_HOME": str(tmp_path / "home"), "COLUMNS": "100", "LINES": "40"}
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
        self.process = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env, start_new_session=True)
        os.close(slave)
        import fcntl
        import struct
        import termios

        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        self.screen = _AnsweringScreen(100, 40, self.master)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = b""

    def read(self, timeout: float = 0.2) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self.master, 65536)
                except OSError:
                    return
                self.raw += data
                self.stream.feed(data)

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_for(self, needle: str, timeout: float = 20.0) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.read()
            if needle in self.text():
                return self.text()
            if self.process.poll() is not None:
                self.read()
                break
        raise AssertionError(f"{needle!r} not on screen:\n{self.text()}")

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
def chat(tmp_path):
    session = TerminalChat(tmp_path, "--transcript", str(tmp_path / "chat.yaml"))
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
    chat.type("\x1b[A")  # up-arrow: the history offers the redacted line only
    chat.read(0.5)
    screen = chat.text()
    assert "[card number removed]" in screen
    chat.type("\x04")
    assert chat.finish() == 0
    for digits in (CANARY, CANARY[4:10], CANARY[10:]):
        assert digits not in chat.text(), "the card number is still visible on screen"
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert chat.transcript in written
    for path in written:
        content = path.read_bytes()
        assert CANARY.encode() not in content and CANARY[4:10].encode() not in content, path
