"""End to end: hand-offs through the real command line (piped ``amexsim chat``) and the real
terminal (a pseudo-terminal read back through a screen emulator). Fixed clock, seed and staffing
files, so every run tells the same story."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys

import pytest

from amexsim.bank.cases import CaseStore
from tests.conftest import ALEX, ROOT, read_transcript
from tests.test_terminal_e2e import TerminalChat

STAFFING = ROOT / "tests" / "data" / "staffing"
MONDAY_NOON = "2026-11-30T12:00"
SUNDAY_10 = "2026-11-29T10:00"
_EVENT = re.compile(r"^\[(\d\d:\d\d:\d\d)\] (Queue|Chat|Agent [^:]+): (.*)$")


def chat(lines: list[str], *args: str, now: str = MONDAY_NOON, seed: int = 1, db: str = ":memory:", speakers: bool = False) -> list[str]:
    """Pipe ``lines`` through ``amexsim chat``; one block of output per line (without the
    assistant's ``Assistant:`` prefix unless ``speakers``)."""
    keep = [] if "--transcript" in args else ["--no-transcript"]
    command = [sys.executable, "-m", "amexsim", "chat", "--now", now, "--seed", str(seed), "--db", db, *keep, *args]
    result = subprocess.run(command, input="\n".join(lines).encode() + b"\n", capture_output=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    blocks = result.stdout.decode().rstrip("\n").split("\n\n")
    assert len(blocks) == len([line for line in lines if line != "/quit"]), blocks
    if not speakers:
        blocks = [re.sub(r"(?m)^Assistant: ", "", block) for block in blocks]
    return blocks


def events(block: str) -> list[tuple[str, str, str]]:
    """(time, speaker, text) of each queue or agent line of a block."""
    return [found.groups() for line in block.splitlines() if (found := _EVENT.match(line))]


def test_a_hand_off_during_hours_moves_the_line_and_the_agent_knows_the_context(tmp_path):
    db = tmp_path / "cases.sqlite3"
    transcript = tmp_path / "chat.yaml"
    lines = [
        "I use a screen reader",
        "last 4 is 1005 zip 10285",
        "I want to dispute the $349.99 Best Buy charge, I never got it",
        "no",  # no courtesy review
        "yes",  # a person from the disputes team, then
        "ok, thank you",
        "that's all",
        "4",
        "/packet",
    ]
    blocks = chat(lines, "--transcript", str(transcript), db=str(db))
    handoff = blocks[4]
    case = re.search(r"case (H\d{7})", handoff).group(1)
    assert f"I've asked for someone from our disputes team (case {case}). You're number 2 in line" in handoff
    seen = events(handoff)
    assert [speaker for _, speaker, _ in seen] == ["Queue", "Chat", "Agent Dana (disputes)"]
    assert seen[0][2] == "You're now number 1 in line for the disputes team (less than a minute to go)."
    assert seen[0][0] > "12:00:00" and seen[0][0] <= seen[1][0]  # simulated time moved on
    opening = seen[2][2]
    assert opening.startswith("Hi Jordan, I'm Dana from the disputes team.")
    assert case in opening and "$349.99 at BEST BUY on August 22, 2026" in opening and "you never received what you paid for" in opening
    assert "short and plain for your screen reader" in opening and "already verified" in opening
    assert events(blocks[5])[0][1] == "Agent Dana (disputes)" and events(blocks[5])[0][2].startswith("Thanks.")
    (close, ask) = events(blocks[6])
    assert case in close[2] and "how would you rate this chat with Dana, from 1 (poor) to 5 (excellent)?" in ask[2]
    assert events(blocks[7])[0][2] == "Thank you for rating the chat 4 out of 5. I'm still here if you need anything else."
    packet = blocks[8].splitlines()
    assert packet[:8] == [
        f"team: disputes (disputes), case {case}",
        "topic: I want to dispute the $349.99 Best Buy charge, I never got it",
        "language: en",
        "verified: yes (Jordan)",
        "intents: item_not_received",
        "slots: reason=you never received what you paid for, charge=$349.99 at BEST BUY on August 22, 2026",
        f"cases: {case}",
        "accommodations: screen_reader",
    ]
    assert packet[8] == "transcript (12 messages):" and packet[10] == "  user: I use a screen reader"
    store = CaseStore(db)
    assert store.rating(case) == 4 and {c.number: c.status for c in store.cases("demo")}[case] == "closed"
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT score FROM ratings").fetchall() == [(4,)]
    recorded = read_transcript(transcript)["turns"]
    waited = [turn for turn in recorded if turn["user"] == "/wait"]
    assert len(waited) == 1 and [event["kind"] for event in waited[0]["events"]] == ["queue_position", "agent_joined", "agent"]
    rating = {"at": "2026-11-30T12:00:40.172025", "speaker": "system", "kind": "rating", "text": events(blocks[7])[0][2]}
    assert recorded[-1]["events"] == [rating]


def test_closed_full_and_urgent_fraud_with_a_long_wait():
    lines = [
        "talk to a person",
        "a question about my bill",  # customer care: its line (a cap of 2) is full
        "3",
        "talk to a person",
        "I want to dispute a charge",  # disputes: open only at night
        "2",
        "talk to a person",
        "someone is using my card right now",  # one busy fraud agent: a long wait
    ]
    blocks = chat(lines, "--staffing", str(STAFFING / "e2e.yaml"))
    full = blocks[1].splitlines()
    assert full[:5] == [
        "Our customer care team's line is full right now, so I can't add you to it.",
        "Which would you like?",
        "1. Keep going with me",
        "2. A callback from the customer care team today at 12:15 PM",
        "3. The phone number, 1-800-555-0199",
    ]
    assert blocks[2] == "You can call us at 1-800-555-0199, any time, day or night; the number on the back of your card works too."
    assert blocks[4].startswith("Our disputes team is closed right now; it opens again today at 10:00 PM.\n")
    assert "2. A callback from the disputes team today at 10:00 PM" in blocks[4]
    booked = r"Done: the disputes team will call you today at 10:00 PM at the number on your account\. Your case number is C\d{7}\."
    assert re.fullmatch(booked, blocks[5])
    urgent = blocks[7].splitlines()
    assert "fraud protection team" in urgent[0] and "estimated wait of about 30 minutes" in urgent[0]
    assert urgent[1].startswith("The wait for the fraud protection team is about 30 minutes. If charges are going through right now,")
    assert "call the number on the back of your card (or 1-800-555-0199) first" in urgent[1]
    assert [speaker for _, speaker, _ in events(blocks[7])][-2:] == ["Chat", "Agent Omar (fraud protection)"]
    assert "callback" not in events(blocks[7])[-1][2]  # how the customer chose to be reached is not read back as the problem


def test_spanish_reaches_the_spanish_team_with_a_bilingual_notice_and_english_does_not():
    lines = ["can I get ayuda with my bill", "necesito ayuda con mi tarjeta", "sí", "gracias", "eso es todo", "cinco"]
    blocks = chat(lines, now=SUNDAY_10)
    assert "Spanish" not in blocks[0] and "español" not in blocks[0]
    assert "equipo en español" in blocks[1] and not events(blocks[1])  # offered, not handed off unasked
    notice = blocks[2].splitlines()[0]
    spanish, english = notice.split(" / ")
    assert "español" in spanish and "a Spanish-speaking agent" in english
    joined = events(blocks[2])
    assert joined[-1][1] == "Agent Lucía (Spanish-language)" and "nos escribió «necesito ayuda con mi tarjeta»" in joined[-1][2]
    assert joined[-1][2].startswith("Hola, soy Lucía, del equipo de atención en español.")  # a Spanish sentence names the team in Spanish
    assert events(blocks[3])[0][2].startswith("Gracias.")
    assert "Su número de caso es H" in events(blocks[4])[0][2]
    assert events(blocks[5])[0][2] == "Gracias por calificar el chat con 5 de 5. / Thank you for rating the chat 5 out of 5."


def test_queue_step_lets_the_customer_chat_while_the_line_moves():
    lines = ["let me talk to a human", "what is my balance", "/wait", "/wait 0.5", "/wait", "hello"]
    args = ("--intents", str(ROOT / "tests" / "data" / "intents_small"), "--account", str(ALEX), "--staffing", str(STAFFING / "busy.yaml"))
    blocks = chat(lines, *args, "--queue-step", "60", now=SUNDAY_10, seed=4)
    assert blocks[0] == "Connecting you to customer care: case H7910576, position 4, wait about 8 minutes."  # no play-out with a step
    moved, answer = events(blocks[1]), blocks[1].splitlines()[-1]
    assert moved == [] and "last 4 digits" in answer  # a minute passed, nothing moved; the assistant answers
    assert events(blocks[2]) == [("10:02:26", "Queue", "You're now number 3 in line for the customer care team (about 6 minutes to go).")]
    assert events(blocks[3]) == [("10:02:56", "Queue", "Nothing happened in the queue meanwhile.")]
    assert events(blocks[4])[0][2].startswith("You're now number 2 in line")
    last = events(blocks[5])  # a minute before "hello": the last place, the agent joins; then the agent answers it
    assert [speaker for _, speaker, _ in last] == ["Queue", "Chat", "Agent Sam (customer care)", "Agent Sam (customer care)"]
    assert last[-1] == ("10:08:45", "Agent Sam (customer care)", last[-1][2]) and last[-1][2].startswith("Thanks.")


@pytest.fixture
def terminal(tmp_path, start_up_cache):
    session = TerminalChat(
        tmp_path,
        "--transcript",
        str(tmp_path / "chat.yaml"),
        "--staffing",
        str(STAFFING / "busy.yaml"),
        "--seed",
        "4",
        "--queue-speed",
        "300",
        "--db",
        str(tmp_path / "cases.sqlite3"),
        kept=start_up_cache,
    )
    yield session
    if session.process.poll() is None:
        session.process.kill()


def test_the_terminal_prints_the_line_moving_without_breaking_the_prompt(terminal, tmp_path):
    terminal.wait_for("You:")
    terminal.type("let me talk to a human\r")
    terminal.wait_for("position 4, wait about 8 minutes")
    terminal.wait_for("number 3 in line")  # printed by the clock while the prompt waits
    terminal.type("what is my bal")  # half a line typed while the queue moves on
    terminal.wait_for("Sam from the customer care team has joined the chat.")
    terminal.wait_for("Chatting with Sam (case H7910576)")  # the bottom line follows the chat (refreshed twice a second)
    terminal.type("ance\r")
    screen = terminal.wait_for("You: what is my balance")  # the typed line survived the updates
    terminal.wait_for("Agent Sam (customer care): Thanks.")
    terminal.type("bye\r")
    terminal.wait_for("from 1")
    terminal.type("5\r")
    terminal.wait_for("Thank you for rating the chat 5 out of 5.")
    terminal.type("\x04")
    assert terminal.finish() == 0
    screen = terminal.text()
    lines = screen.splitlines()
    needles = ("number 3 in line", "number 1 in line", "has joined", "Hi, I'm Sam")
    order = [next(i for i, line in enumerate(lines) if needle in line) for needle in needles]
    assert order == sorted(order)
    recorded = read_transcript(tmp_path / "chat.yaml")["turns"]
    kinds = [event["kind"] for turn in recorded for event in turn.get("events", ())]
    assert kinds[:3] == ["case", "handoff", "queue_position"]  # the hand-off case, the line joined, then its moves
    assert "agent_joined" in kinds and kinds[-3:] == ["agent_closing", "rating_ask", "rating"]
    assert CaseStore(tmp_path / "cases.sqlite3").rating("H7910576") == 5


def test_the_readme_hand_off_example_is_what_the_chat_prints():
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Talking to a person", 1)[1]
    block = section.split("```text\n", 1)[1].split("```", 1)[0].splitlines()
    command = block[0].removeprefix("$ amexsim chat ").split("    (")[0].split()
    typed, expected = [], []
    for line in block[1:]:
        if line.startswith("You: "):
            typed.append(line.removeprefix("You: "))
            expected.append([])
        else:
            expected[-1].append(line)
    blocks = chat(typed, *command[6:], now=command[1], seed=int(command[3]), db=command[5], speakers=True)
    assert [block.splitlines() for block in blocks] == expected


def test_a_wait_that_moves_nothing_is_recorded_so_the_transcript_and_a_save_replay(tmp_path):
    """``/wait 5`` outside any line, and again once the agent is there, moves nothing: the chat
    says so, and records it, so the transcript it writes (and a /save) replays and passes."""
    transcript, saved = tmp_path / "chat.yaml", tmp_path / "saved.yaml"
    lines = ["hi", "/wait 5", "let me talk to a person", "I want to dispute a charge", "/wait 5", f"/save {saved}"]
    blocks = chat(lines, "--transcript", str(transcript))
    assert events(blocks[1]) == [("12:05:00", "Queue", "Nothing happened in the queue meanwhile.")]
    assert "Agent Dana (disputes)" in [speaker for _, speaker, _ in events(blocks[3])]
    assert events(blocks[4]) == [("12:10:15", "Queue", "Nothing happened in the queue meanwhile.")]
    waits = [turn["events"] for turn in read_transcript(transcript)["turns"] if turn["user"] == "/wait"]
    quiet = [events[0]["text"] for events in waits if events[0]["kind"] == "queue_quiet"]
    assert quiet == ["Nothing happened in the queue meanwhile."] * 2  # the played-out wait for Dana is the third /wait
    replay = [sys.executable, "-m", "amexsim", "replay", str(transcript), str(saved)]
    result = subprocess.run(replay, capture_output=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert "2 transcript(s), 12 turns: 2 passed, 0 failed" in result.stdout.decode()


# Every line the chat answers, however odd, must leave a transcript that replays: (the bytes typed,
# what the transcript keeps of it, the outcome the chat and its replay both give).
ODD_LINES = [
    (b"", "", "empty"),
    (b"   ", "   ", "empty"),
    (b"\t \x0b\x0c\x1c", "\t    ", "empty"),  # spaces of every kind
    (b"\x00\x07\x1b", "\ufffd\ufffd\ufffd", "unreadable"),  # control characters only
    (b"\xff\xfe", "\ufffd\ufffd", "unreadable"),  # not UTF-8
    (b"...", "...", "unreadable"),  # the line that ends a version 3 document
    (b"---", "---", "unreadable"),
    (b"lost\x07my card", "lost\ufffdmy card", "verify"),  # a control character read as a space
    (b"x" * 2001, "x" * 2001, "too_long"),
    (b" " * 9_000 + b"hi" + b" " * 2_000, None, "too_long"),  # longer than the history keeps, though mostly spaces
    (b"x" * 100_000, None, "too_long"),
]


def test_every_odd_line_the_chat_answers_leaves_a_transcript_and_a_save_that_replay(tmp_path):
    """An empty line, spaces, control characters, bytes that are not UTF-8, YAML's document marks
    and very long lines: the chat answers each, records it (``user: ''`` for an empty message), and
    the transcript it writes and a ``/save`` both replay and pass. A line that is only a slash (a
    command, not a message) is not recorded."""
    transcript, saved = tmp_path / "chat.yaml", tmp_path / "saved.yaml"
    typed = [b"hi", *(line for line, _, _ in ODD_LINES), b"/", b"/nonsense", f"/save {saved}".encode(), b"bye"]
    command = [sys.executable, "-m", "amexsim", "chat", "--plain", "--now", MONDAY_NOON, "--seed", "1", "--db", ":memory:"]
    result = subprocess.run([*command, "--transcript", str(transcript)], input=b"\n".join(typed) + b"\n", capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    turns = read_transcript(transcript)["turns"]
    assert turns[0]["user"] == "hi" and turns[-1]["user"] == "bye"
    odd = turns[1:-1]
    assert len(odd) == len(ODD_LINES)
    for turn, (line, kept, outcome) in zip(odd, ODD_LINES):
        assert turn["expect"]["outcome"] == outcome, (line[:20], turn)
        if kept is not None:
            assert turn["user"] == kept, line[:20]
    assert odd[-1]["assistant"][0].startswith("That message is longer than I can read in one go (more than 10,000 characters)")
    replay = subprocess.run(
        [sys.executable, "-m", "amexsim", "replay", str(transcript), str(saved)], capture_output=True, cwd=ROOT, timeout=60
    )
    assert replay.returncode == 0, replay.stdout.decode() + replay.stderr.decode()
    assert f"2 transcript(s), {2 * len(turns) - 1} turns: 2 passed, 0 failed" in replay.stdout.decode()
