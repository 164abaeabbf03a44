"""The chat edge when things go wrong (piped, as a script or a careless user would run it): hostile
text, odd files and streams, signals, and the slash commands. The terminal's own tests, in a
pseudo-terminal, are in test_terminal_e2e.py."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from amexsim.replay.runner import replay_file
from amexsim.replay.transcript import load_transcript
from amexsim.terminal.signals import HeldInterrupt
from tests.conftest import ALEX, ROOT, SMALL_INTENTS, read_transcript, warm_start

NOW = "2026-11-29T10:00"
CARD = "371449635398431"
RAW = ("\x1b", "\x9b", "\u202e", "\x07")  # ESC, the one-byte CSI, a right-to-left override, BEL


@pytest.fixture(autouse=True)
def _started_before(tmp_path, start_up_cache):
    """Each test's home (``tmp_path``) holds what a first chat keeps of its start-up: these tests are
    about the chat, not its first start (that is tests/test_startup_cache.py)."""
    warm_start(tmp_path, start_up_cache)


def amexsim(*args: str | bytes, stdin: bytes | None = b"", home: Path, env: dict[str, str] | None = None, **options):
    environment = {**os.environ, "AMEXSIM_HOME": str(home), **(env or {})}
    command = [sys.executable, "-m", "amexsim", *args]
    return subprocess.run(command, input=stdin, capture_output=True, cwd=ROOT, env=environment, timeout=60, **options)


def small(*args: str) -> list[str]:
    return ["chat", "--intents", str(SMALL_INTENTS), "--account", str(ALEX), "--now", NOW, "--db", ":memory:", *args]


def test_control_characters_and_bidi_overrides_never_reach_the_output(tmp_path):
    lines = [
        "/t \x1b]0;title\x07 \x1b[2J",  # would retitle the terminal and clear it
        "hello \x9b2J \u202eevil\u202c",
        "talk to a person",
        "a charge \u202e\x1b[31mI want to dispute",  # the agent quotes the topic back
    ]
    result = amexsim(*small(), stdin="\n".join(lines).encode(), home=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    for char in RAW:
        assert char not in out, repr(char)
    assert "There is no command /t." in out and "Agent Sam (customer care): Hi" in out


def test_a_slash_line_is_never_sent_to_the_assistant_and_never_quoted_unredacted(tmp_path):
    lines = [f"/x {CARD} and 219-09-9999", f"/wait {CARD}", f"/save {CARD}", "/sta", "/", "hello"]
    result = amexsim(*small("--no-transcript"), stdin="\n".join(lines).encode(), home=tmp_path)
    blocks = result.stdout.decode().rstrip("\n").split("\n\n")
    assert blocks[0] == "There is no command /x. /help lists them; a message can't start with /."
    assert blocks[1] == "/wait takes a number of minutes from 0 to 1440, or nothing."
    assert blocks[2].startswith("That name holds something the guard removes")
    assert blocks[3].startswith("There is no command /sta. Did you mean /state or /statement?")
    assert blocks[4].startswith("There is no command /.")
    assert blocks[5].startswith("Assistant: ")  # only a message reaches the assistant
    assert CARD not in result.stdout.decode() and "219-09-9999" not in result.stdout.decode()
    assert not list(tmp_path.rglob("*.yaml"))  # --no-transcript: nothing kept


def test_the_commands_summary_agent_restart_save_and_the_tables(tmp_path):
    lines = [
        "/statement",  # not verified yet: nothing shown
        "last 4 is 1005 zip 10285",
        "/activity",
        "/summary",
        "/agent",
        "a charge I want to dispute",
        "/save copy",
        "/restart",
        "/state",
        "hello",
        "/quit",
        "never read",
    ]
    args = ["chat", "--now", "2026-11-30T12:00", "--seed", "1", "--db", ":memory:"]
    result = amexsim(*args, stdin="\n".join(lines).encode(), home=tmp_path)
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.decode().rstrip("\n").split("\n\n")
    assert len(blocks) == 10
    assert blocks[0].startswith("First I need to verify you")
    table = blocks[2].splitlines()
    assert table[0] == "Recent activity (10 of 20)" and table[1].split() == ["date", "description", "amount", "card", "status"]
    assert len(table) == 12  # the title, the header and ten rows
    assert all(row[:3] in ("Nov", "Oct", "Sep", "Aug", "Dec") for row in table[2:])
    assert blocks[3].startswith("Assistant: Here's a summary of this chat")
    assert blocks[4].startswith("Assistant: Briefly, what is it about?")
    assert "[12:00:40] Agent Dana (disputes): Hi Jordan" in blocks[5]
    folder = tmp_path / "transcripts"
    assert blocks[6].startswith(f"Saved the conversation so far (5 turns) to {folder / 'copy.yaml'}")
    first = folder / "chat-20261130-120000.yaml"
    assert blocks[7] == f"The last conversation is saved to {first}. A new conversation starts here."
    assert blocks[8] == "verified: no\nflow: none waiting"  # a new conversation: not verified any more
    users = [turn["user"] for turn in read_transcript(first)["turns"]]
    assert users[:4] == [
        "last 4 is 1005 zip 10285",
        "Can I have a summary of this chat?",
        "I'd like to talk to a person",
        "a charge I want to dispute",
    ]
    second = read_transcript(folder / "chat-20261130-120000-2.yaml")
    assert [turn["user"] for turn in second["turns"]] == ["hello"]
    assert replay_file(first).passed and replay_file(folder / "copy.yaml").passed
    assert result.stderr.decode().splitlines() == [
        f"Transcript saved to {first}",
        f"Transcript saved to {folder / 'chat-20261130-120000-2.yaml'}",
    ]


def test_two_piped_chats_with_the_same_clock_keep_two_files_0600_in_a_0700_folder(tmp_path):
    for _ in range(2):
        assert amexsim(*small(), stdin=b"hello\n", home=tmp_path).returncode == 0
    folder = tmp_path / "transcripts"
    files = sorted(folder.iterdir())
    assert [p.name for p in files] == ["chat-20261129-100000-2.yaml", "chat-20261129-100000.yaml"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and stat.S_IMODE(tmp_path.stat().st_mode) == 0o700


def test_a_chat_without_a_message_leaves_no_file(tmp_path):
    assert amexsim(*small(), stdin=b"/help\n", home=tmp_path).returncode == 0
    assert list((tmp_path / "transcripts").iterdir()) == []


@pytest.mark.parametrize("target", ["/dev/full", "fifo", "folder"])
def test_only_regular_files_are_written(tmp_path, target):
    if target == "fifo":
        os.mkfifo(tmp_path / "fifo")
    if target == "folder":
        (tmp_path / "folder").mkdir()
    path = target if target.startswith("/") else str(tmp_path / target)
    before = os.stat(path).st_mode
    result = amexsim(*small("--transcript", path), stdin=b"hello\n", home=tmp_path)
    assert result.returncode == 2 and not result.stdout
    (line,) = result.stderr.decode().splitlines()
    assert line.startswith(f"amexsim: error: {path}: cannot save the transcript there: a ") and "not a regular file" in line
    assert os.stat(path).st_mode == before  # still the device, the FIFO, the folder


def test_no_input_and_a_full_disk_are_one_line_errors(tmp_path):
    closed = amexsim(*small(), stdin=None, home=tmp_path, preexec_fn=lambda: os.close(0))
    assert closed.returncode == 2
    assert closed.stderr.decode().splitlines() == ["amexsim: error: standard input is closed: pipe lines in, or run the chat in a terminal"]
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "amexsim", *small()], input=b"hello\n", stdout=full, stderr=subprocess.PIPE,
            cwd=ROOT, env={**os.environ, "AMEXSIM_HOME": str(tmp_path)}, timeout=60,
        )  # fmt: skip
    assert result.returncode == 2
    errors = result.stderr.decode().splitlines()
    assert errors[-1] == "amexsim: error: cannot write the output (No space left on device)" and "Traceback" not in result.stderr.decode()
    saved = next((tmp_path / "transcripts").iterdir())  # the turn was written before its reply failed to show
    assert [turn.user for turn in load_transcript(saved).turns] == ["hello"]


def test_ask_json_escapes_controls_and_survives_undecodable_bytes(tmp_path):
    message = "hello \x9b2J \u202eevil\u202c".encode() + b" \xff\xfe"
    options = ("--intents", str(SMALL_INTENTS), "--db", ":memory:")
    result = amexsim("ask", message, "--json", *options, home=tmp_path, env={"PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    for char in RAW:
        assert char not in out, repr(char)
    data = json.loads(out)
    assert "\u202e" in data["redacted"] and "\x9b" in data["redacted"] and "\ufffd\ufffd" in data["redacted"]  # escaped, not lost
    plain = amexsim("ask", message, *options, home=tmp_path, env={"PYTHONIOENCODING": "utf-8"})
    assert plain.returncode == 0 and plain.stdout.strip()


def test_stale_temporary_files_of_a_killed_save_are_removed_on_the_next_start(tmp_path):
    folder = tmp_path / "transcripts"
    folder.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    stale = folder / f".chat-20261129-100000.yaml.{dead}.a1b2c3d4.tmp"  # a save killed half way
    alive = folder / f".other.yaml.{os.getpid()}.a1b2c3d4.tmp"  # a save still going on (this process)
    old = folder / ".chat.yaml.k3j4h5g6.tmp"  # an earlier version's name, a day old
    for path in (stale, alive, old):
        path.write_text("half")
    os.utime(old, (time.time() - 2 * 86400,) * 2)
    assert amexsim(*small(), stdin=b"hello\n", home=tmp_path).returncode == 0
    assert not stale.exists() and not old.exists() and alive.exists()


def test_sigterm_ends_a_piped_chat_like_ctrl_d_with_its_transcript(tmp_path):
    command = [sys.executable, "-m", "amexsim", *small("--transcript", str(tmp_path / "t.yaml"))]
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
        env={**os.environ, "AMEXSIM_HOME": str(tmp_path)},
    )  # fmt: skip
    process.stdin.write(b"last 4 is 2001 zip 94105\n")
    process.stdin.flush()
    assert process.stdout.readline().startswith(b"Assistant: Thanks, Alex")  # the turn is done (and on disk)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=20)
    assert process.returncode == 0 and b"Traceback" not in err
    assert err.decode().splitlines() == [f"Transcript saved to {tmp_path / 't.yaml'}"]
    assert [turn.user for turn in load_transcript(tmp_path / "t.yaml").turns] == ["last 4 is 2001 zip 94105"]


def test_a_ctrl_c_during_a_turn_is_held_and_raised_once_where_the_prompt_handles_it():
    before = signal.getsignal(signal.SIGINT)
    held = HeldInterrupt()
    with held:
        os.kill(os.getpid(), signal.SIGINT)
        stored = [True for _ in range(1000)]  # handlers run between bytecodes: the turn goes on
    assert len(stored) == 1000 and held.pending
    assert signal.getsignal(signal.SIGINT) is before
    with pytest.raises(KeyboardInterrupt):
        held.release()
    held.release()  # raised once
    with held:
        pass
    held.release()  # nothing came


def test_an_error_quoting_an_argument_prints_no_control_character_and_ask_into_a_full_disk_is_one_line(tmp_path):
    hostile = "12\x1b]0;retitled\x07\u202e"
    result = amexsim("ask", "hi", "--card", hostile, "--intents", str(SMALL_INTENTS), "--db", ":memory:", home=tmp_path)
    assert result.returncode == 2
    (line,) = result.stderr.decode().splitlines()
    assert line.startswith("amexsim: error: --card 12") and not any(char in line for char in RAW)
    with open("/dev/full", "w") as full:
        ask = subprocess.run(
            [sys.executable, "-m", "amexsim", "ask", "hello", "--intents", str(SMALL_INTENTS), "--db", ":memory:"],
            stdout=full, stderr=subprocess.PIPE, cwd=ROOT, env={**os.environ, "AMEXSIM_HOME": str(tmp_path)}, timeout=60,
        )  # fmt: skip
    assert ask.returncode == 2 and ask.stderr.decode().splitlines() == ["amexsim: error: cannot write the output (No space left on device)"]
