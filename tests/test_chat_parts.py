"""The chat edge's parts, one by one: safe text, commands, the toolbar, the typing delay, the
history and the transcript journal (format 3)."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime

import pytest
from rich.console import Console

from amexsim.bank.cases import CaseStore
from amexsim.dialogue.events import ChatLine
from amexsim.dialogue.session import Session
from amexsim.dialogue.tables import Table
from amexsim.errors import TranscriptError
from amexsim.printable import clean, dumps, from_argv
from amexsim.replay.journal import open_journal
from amexsim.replay.recorder import Setup, TranscriptRecorder
from amexsim.replay.runner import replay_file
from amexsim.replay.transcript import load_transcript
from amexsim.terminal import render
from amexsim.terminal.chat import ChatSession, Shown
from amexsim.terminal.commands import UNKNOWN, complete, parse
from amexsim.terminal.history import History
from amexsim.terminal.screen import Outbox, toolbar_text, typing_seconds
from tests.conftest import ALEX, NOW, SMALL_INTENTS

CARD = "378282246310005"


# ----- printable ----------------------------------------------------------------------------------
def test_clean_drops_escape_sequences_controls_and_bidi_and_keeps_the_words():
    assert clean("a\x1b]0;title\x07b\x1b[2Jc\x9b31md \u202eevil\u202c\r\ne\tf\x00") == "abcd evil\ne f"
    assert clean("lone \udcff") == "lone \ufffd"


def test_dumps_escapes_what_clean_drops_and_round_trips():
    value = {"redacted": "x\x9b\u202e\x1b y\u2028z"}
    text = dumps(value)
    assert not any(char in text for char in "\x9b\u202e\x1b\u2028") and json.loads(text) == value
    assert dumps({"t": "café"}) == '{"t": "café"}'  # other Unicode stays as it is


def test_from_argv_turns_undecodable_bytes_into_replacement_characters():
    assert from_argv("ok \udcff\udcfe") == "ok \ufffd\ufffd" and from_argv("a\ud800") == "a\ufffd" and from_argv("plain") == "plain"


# ----- commands -----------------------------------------------------------------------------------
def test_a_line_starting_with_a_slash_is_a_command_known_or_not():
    assert parse("hello /why") is None
    assert parse("  /WHY  ") == ("/why", "", "/WHY")
    assert parse("/wait 2.5") == ("/wait", "2.5", "/wait")
    assert parse("/exit").name == "/quit" and parse("/statements").name == "/statement"
    assert parse("/x 1234").name == UNKNOWN and parse("/").name == UNKNOWN
    assert complete("/s") == ["/state", "/summary", "/statement", "/save"] and complete("/why now") == [] and complete("why") == []


# ----- the chat session ---------------------------------------------------------------------------
@pytest.fixture
def chat(small_assistant, tmp_path) -> ChatSession:
    session = Session(small_assistant, CaseStore(":memory:"), lambda: NOW)
    journal = open_journal(None, tmp_path / "transcripts" / "chat.yaml")
    recorder = TranscriptRecorder(Setup.of(session, seed=0, account=ALEX, intents=SMALL_INTENTS), small_assistant, journal=journal)
    return ChatSession(session, recorder)


def test_a_message_is_echoed_as_the_guard_stored_it_and_a_late_redaction_names_the_earlier_line(chat):
    first = chat.take(f"my card is {CARD[:6]}")
    assert first.echo == f"my card is {CARD[:6]}" and first.message and not first.earlier
    second = chat.take(CARD[6:])
    assert second.echo == "[card number removed]"
    assert second.earlier == ((0, f"my card is {CARD[:6]}", "my card is [card number removed]"),)
    text = chat.transcript.read_text()
    assert CARD[:6] not in text and chat.recorder.journal.rewrites == 1  # the written line was rewritten at once


def test_the_status_says_verification_the_card_and_the_account(chat):
    assert chat.status() == ("not verified", "Alex Kim (alex)")
    chat.take("last 4 is 2001 zip 94105")
    chat.take("lock my card")
    assert chat.status() == ("verified", "Alex Kim (alex)")
    chat.take("the gold one")
    assert "verified" in chat.status()


def test_restart_without_a_way_to_start_over_says_how(chat):
    step = chat.take("/restart")
    assert not step.restarted and step.shown[0].info == ("To start over here, open a new conversation.",)


# ----- the terminal's toolbar and output ----------------------------------------------------------
def test_the_toolbar_keeps_what_fits_and_cuts_the_last_part():
    parts = ["Waiting for the disputes team: number 2, about 2 minutes to go", "verified", "Alex Kim (alex)"]
    assert toolbar_text(parts, 100) == " " + " · ".join(parts)
    narrow = toolbar_text(parts, 40)
    assert len(narrow) <= 40 and narrow.startswith(" Waiting for the disputes team") and narrow.endswith("…")
    assert toolbar_text(["verified", "Alex Kim (alex)"], 20) == " verified"  # too little room left to be worth cutting
    assert toolbar_text(["verified", "Alex Kim (alex)"], 25) == " verified · Alex Kim (a…"  # 24: the last column stays free


def test_an_agent_line_waits_for_its_typing_time_and_nothing_overtakes_it():
    clock = [0.0]
    box = Outbox(60.0, clock=lambda: clock[0])
    at = datetime(2026, 11, 29, 10, 0)
    agent = ChatLine(at, "agent", "agent", "Hi, I'm Sam.", "Sam (customer care)")
    queue = ChatLine(at, "system", "queue_position", "You're now number 1.")
    item = Shown(("Connecting you.",), (agent, queue))
    box.put(item, ["reply", "agent line", "queue line"])
    assert box.due() == ["reply"] and box.typing == "Sam"
    clock[0] = typing_seconds(agent.text, 60.0)
    assert box.due() == ["agent line", "queue line"] and box.typing == ""
    assert typing_seconds("x" * 1000, 60.0) == 1.5 and typing_seconds("x", 0) == 0
    assert typing_seconds("x" * 1000, 600.0) == pytest.approx(0.15)


def test_a_table_has_columns_where_it_fits_and_a_line_per_row_where_it_does_not():
    data = Table("Statements", ("closed", "balance"), (("Nov 20, 2026", "$2,210.40"),), right=(1,))
    wide, narrow = Console(width=80, record=True), Console(width=20, record=True)
    wide.print(render.table(data, 80))
    narrow.print(render.table(data, 20))
    assert "closed" in wide.export_text()
    assert [line.rstrip() for line in narrow.export_text().splitlines()] == ["Statements", "Nov 20, 2026 ·", "$2,210.40"]
    assert data.lines() == ["Statements", "closed          balance", "Nov 20, 2026  $2,210.40"]


# ----- history ------------------------------------------------------------------------------------
def test_history_keeps_guarded_lines_replaces_late_redactions_and_skips_a_torn_line(tmp_path):
    path = tmp_path / "home" / "history.jsonl"
    history = History(path)
    history.add("first")
    history.add("my card is 3782 82")
    history.add("my card is 3782 82")  # the same line twice in a row is kept once
    history.replace("my card is 3782 82", "my card is [card number removed]")
    with path.open("a") as handle:
        handle.write('"torn')  # killed while writing a line
    assert History(path).lines == ["first", "my card is [card number removed]"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "3782 82" not in path.read_text()


def test_history_never_writes_into_something_that_is_not_a_regular_file(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    history = History(tmp_path / "fifo")  # reading a FIFO would block; writing would feed it
    history.add("hello")
    assert history.lines == ["hello"] and history.failed


# ----- the journal and format 3 -------------------------------------------------------------------
def test_a_transcript_killed_while_writing_a_turn_is_valid_up_to_the_turn_before(chat, tmp_path):
    chat.take("last 4 is 2001 zip 94105")
    chat.take("lock my gold card")
    path = chat.transcript
    with path.open("a") as handle:
        handle.write("---\nuser: half a turn\nassistant:\n- 'cut off")  # no closing '...'
    transcript = load_transcript(path)
    assert [turn.user for turn in transcript.turns] == ["last 4 is 2001 zip 94105", "lock my gold card"]
    assert transcript.unfinished == len(path.read_text().splitlines()) - 3
    outcome = replay_file(path)
    assert outcome.passed and outcome.note.endswith("the last turn was never finished (the chat ended while writing it); left out")


def test_a_version_3_file_without_document_ends_is_a_one_line_error(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("amexsim_transcript: 3\nnow: '2026-11-29T10:00:00'\n---\nuser: hi\nassistant: [Hello]\n")
    with pytest.raises(TranscriptError, match=r"t.yaml:1: a version 3 transcript closes its header and each turn with a line '...'"):
        load_transcript(path)


def test_a_failed_append_is_cut_back_to_the_last_whole_turn(chat, monkeypatch):
    chat.take("last 4 is 2001 zip 94105")
    path = chat.transcript
    before = path.read_bytes()
    real_write = os.write

    def full(fd, data):  # the disk fills half way through the next turn
        real_write(fd, bytes(data)[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    shown = chat.say("lock my gold card")
    monkeypatch.setattr(os, "write", real_write)
    assert "locked" in shown[0].replies[0]  # the chat goes on, and says the transcript stopped
    assert chat.problem.endswith("cannot save the transcript (No space left on device)") and "transcript not saved" in chat.status()
    assert chat.transcript is None
    assert path.read_bytes() == before and len(load_transcript(path).turns) == 1  # as it was after the last whole turn


def test_a_fault_while_answering_is_said_politely_and_the_chat_goes_on(chat, monkeypatch, capsys):
    """A bug of ours (here: the engine raising) must not end the chat with a traceback or lose it:
    the message is answered with an apology, nothing is changed, and the next one is answered."""
    before = chat.session.state

    def broken(*args, **kwargs):
        raise TypeError("a bug")

    with monkeypatch.context() as patch:
        patch.setattr(chat.session.assistant, "respond", broken)
        step = chat.take("what's my balance?")
    assert any("something went wrong on my side" in line for item in step.shown for line in item.info)
    assert chat.session.state == before
    assert "internal error (TypeError)" in capsys.readouterr().err
    assert chat.take("hello").shown
