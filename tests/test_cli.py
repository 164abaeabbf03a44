"""The command line, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ALEX, ROOT, SMALL_INTENTS, read_transcript

NOW = "2026-11-29T10:00:00"


def run(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "amexsim", *args], input=stdin, capture_output=True, cwd=cwd, timeout=60)


def small(*args: str) -> list[str]:
    return [*args, "--intents", str(SMALL_INTENTS), "--account", str(ALEX), "--now", NOW, "--db", ":memory:"]


def test_ask_json_holds_reply_intent_domain_score_and_match():
    result = run(*small("ask", "last 4 is 2001 zip 94105, please lock my gold card", "--json"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["intent"] == "lock_card" and data["domain"] == "card_lock"
    assert data["score"] > 0.5
    assert "lock|freeze + card" in data["matched"]
    assert data["replies"] == ["Thanks, Alex, you're verified.", "Your Gold Card ending 2001 is locked."]
    assert data["steps"] == ["collect card = Gold Card ending 2001", "do lock_card -> locked"]


def test_ask_plain_prints_the_reply():
    assert "last 4 digits" in run(*small("ask", "unlock my card")).stdout.decode()


def test_piped_chat_prints_one_block_per_line_and_saves_transcript(tmp_path):
    transcript = tmp_path / "t.yaml"
    lines = "last 4 is 2001 zip 94105\nlock my card\n3005\nlock my card ending 3005\n\nlet me talk to a human\n/quit\nnever read\n"
    result = run(*small("chat", "--transcript", str(transcript)), stdin=lines.encode())
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.decode().strip("\n").split("\n\n")
    assert len(blocks) == 6
    assert blocks[0] == "Assistant: Thanks, Alex, you're verified."  # one line per message, with its speaker
    assert blocks[1].startswith("Assistant: ") and "Which card" in blocks[1] and "\n1. Gold Card ending 2001" in blocks[1]
    assert blocks[2] == "Assistant: Your Blue Cash Everyday Card ending 3005 is locked."
    assert blocks[3] == "Assistant: Your Blue Cash Everyday Card ending 3005 is already locked."
    assert "empty" in blocks[4]
    document = read_transcript(transcript)
    users = [turn["user"] for turn in document["turns"]]
    assert users[3:6] == ["lock my card ending 3005", "", "let me talk to a human"]
    assert users[6:] in ([], ["/wait"])  # the wait in line, played out (none when an agent was free)
    assert document["turns"][-1]["events"][-1]["speaker"] == "agent"  # and the agent joined
    assert document["now"] == NOW and document["amexsim_transcript"] == 3
    assert not list(tmp_path.glob(".t.yaml.*"))  # no temporary file left behind


def test_state_shows_verification_the_waiting_flow_and_its_slots():
    lines = b"/state\nlast 4 is 2001 zip 94105\nchange my phone number\n(415) 555-0100\n/state\n"
    shipped = ["chat", "--account", str(ALEX), "--now", NOW, "--db", ":memory:"]  # the small intents have no phone change
    blocks = run(*shipped, stdin=lines).stdout.decode().strip("\n").split("\n\n")
    assert blocks[0] == "verified: no\nflow: none waiting"
    assert blocks[-1].splitlines() == [
        "verified: yes",
        "flow: change_phone at step 1, waiting for confirm",
        "  slots: new_phone=(415) 555-0100",
        "done: Verified your identity with the last 4 digits of a card and the billing ZIP code.",
    ]


def test_piped_chat_survives_binary_input():
    result = run(*small("chat"), stdin=b"\xff\xfe\x00\x01garbage\x80\n\x00\n" + b"A" * 200_000 + b"\n")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.decode().strip("\n").split("\n\n")) == 3


def test_same_seed_same_conversation_different_seed_different_case():
    lines = b"let me talk to a human\n"
    first = run(*small("chat", "--seed", "7"), stdin=lines).stdout
    again = run(*small("chat", "--seed", "7"), stdin=lines).stdout
    other = run(*small("chat", "--seed", "8"), stdin=lines).stdout
    assert first == again
    assert first != other


def test_eval_json_reports_the_figures(tmp_path):
    data = tmp_path / "labelled.jsonl"
    rows = [
        {"text": "freeze my card right now", "label": "card_lock"},
        {"text": "what's the weather tomorrow", "label": "out_of_scope"},
        {"text": "pay my bill", "label": "billing_payment"},
        {"text": "pay my bill", "label": "dispute_charge"},
    ]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = run(*small("eval", str(data), "--json"))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["n"] == 4
    assert report["accuracy"] == 0.75
    assert report["oos_recall"] == 1.0
    assert 0 < report["macro_f1"] < 1
    assert {"gold": "dispute_charge", "predicted": "billing_payment", "count": 1} in report["confusions"]


def test_eval_bad_line_is_one_line_error(tmp_path):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"text": "hi", "label": "card_lock"}\n{"text": oops}\n')
    result = run(*small("eval", str(data)))
    assert result.returncode == 2
    assert result.stderr.decode().strip().splitlines() == [f"amexsim: error: {data}:2: not valid JSON (Expecting value)"]


def test_bad_intent_yaml_is_one_line_error(tmp_path):
    (tmp_path / "faq.yaml").write_text("domain: faq\nintents:\n  - name: x\n    colour: red\n")
    result = run("ask", "hi", "--intents", str(tmp_path))
    assert result.returncode == 2
    (line,) = result.stderr.decode().strip().splitlines()
    assert line.startswith(f"amexsim: error: {tmp_path / 'faq.yaml'}:4: unknown key 'colour'")


def test_bad_now_is_a_usage_error():
    result = run("ask", "hi", "--now", "tomorrow-ish", "--intents", str(SMALL_INTENTS))
    assert result.returncode == 2 and b"--now expects an ISO date-time" in result.stderr


def test_lint_reports_stray_examples(tmp_path):
    for path in SMALL_INTENTS.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text())
    original = (tmp_path / "card_lock.yaml").read_text()
    extra = original.replace("      - freeze my card please", "      - freeze my card please\n      - talk to a human agent")
    (tmp_path / "card_lock.yaml").write_text(extra)
    result = run("lint", "--intents", str(tmp_path), "--strict")
    assert result.returncode == 1
    assert "stray example: 'talk to a human agent' of lock_card goes to intent live_agent" in result.stdout.decode()


def test_card_split_over_piped_lines_never_reaches_the_transcript(tmp_path):
    transcript = tmp_path / "t.yaml"
    lines = "my card is 3782 822463\n10005\nthanks\n"
    result = run(*small("chat", "--transcript", str(transcript), "--seed", "7"), stdin=lines.encode())
    assert result.returncode == 0, result.stderr
    saved = transcript.read_text()
    for fragment in ("822463", "10005", "3782 8"):
        assert fragment not in saved
        assert fragment not in result.stdout.decode()
    assert saved.count("[card number removed]") == 2


SPLIT_WITH_AN_ENDING = [
    ("my card starts 3782 8224", "and ends 6310 005"),
    ("it begins with 3782 8224", "ends with 6310 005"),
    ("first 8 digits are 37828224", "the last 7 are 6310005"),
    ("my amex starts with 3782 822463", "and ends with 10005"),
]


def test_a_card_whose_second_half_says_it_ends_it_never_reaches_the_transcript(tmp_path):
    """A second message that says it ends the number ("and ends ...", "the last 7 are ...")
    continues the card: both halves are removed from the transcript and the screen echo (one
    chat, the four ways in turn: a split found starts the guard afresh)."""
    transcript = tmp_path / "t.yaml"
    lines = "".join(f"{first}\n{second}\n" for first, second in SPLIT_WITH_AN_ENDING) + "thanks\n"
    # a fixed seed: a random one is written to the transcript and could hold "005" by chance
    result = run(*small("chat", "--transcript", str(transcript), "--seed", "7"), stdin=lines.encode())
    assert result.returncode == 0, result.stderr
    saved = transcript.read_text()
    for first, second in SPLIT_WITH_AN_ENDING:
        for half in [part for part in (first + " " + second).split() if part.isdigit() and len(part) >= 3]:
            assert half not in saved
    assert saved.count("[card number removed]") == 2 * len(SPLIT_WITH_AN_ENDING)


def test_unwritable_transcript_is_a_one_line_error_before_the_chat_starts(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run(*small("chat", "--transcript", str(blocker / "t.yaml")), stdin=b"hello\n")
    assert result.returncode == 2
    assert not result.stdout  # no conversation that could not be kept
    (line,) = result.stderr.decode().strip().splitlines()
    assert line.startswith(f"amexsim: error: {blocker / 't.yaml'}: cannot save the transcript")


def test_bad_account_file_is_one_line_error(tmp_path):
    account = tmp_path / "account.yaml"
    demo = (ROOT / "amexsim" / "data" / "demo_account.yaml").read_text()
    account.write_text(demo.replace('last_four: "1005"', "last_four: 1005x"))
    result = run("ask", "hi", "--account", str(account), "--intents", str(SMALL_INTENTS))
    assert result.returncode == 2
    (line,) = result.stderr.decode().strip().splitlines()
    assert line.startswith(f"amexsim: error: {account}:") and "last_four must be 4 digits" in line


def test_other_account_verifies_with_its_own_details(tmp_path):
    account = tmp_path / "account.yaml"
    account.write_text(ALEX.read_text().replace('"2001"', '"4242"').replace("balance: 2210.40", "balance: 99.5"))
    lines = b"what is my balance\nlast 4 is 1005 zip 10285\nlast 4 is 4242 zip 94105\n"
    args = small("chat")
    args[args.index(str(ALEX))] = str(account)
    result = run(*args, stdin=lines)
    blocks = result.stdout.decode().strip().split("\n\n")
    assert "don't match" in blocks[1]
    assert "$99.50" in blocks[2]


def test_missing_or_binary_labelled_files_are_one_line_errors(tmp_path):
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\n\x8e\xff\x00garbage\n")
    for command, path, problem in (
        ("eval", tmp_path / "missing.jsonl", "cannot read file"),
        ("guard-eval", tmp_path / "missing.jsonl", "cannot read file"),
        ("eval", binary, "2: not UTF-8 text"),
        ("guard-eval", binary, "2: not UTF-8 text"),
    ):
        result = run(command, str(path), *(["--intents", str(SMALL_INTENTS)] if command == "eval" else []))
        assert result.returncode == 2, (command, result.stderr)
        (line,) = result.stderr.decode().strip().splitlines()
        assert line.startswith(f"amexsim: error: {path}:") and problem in line, line


def test_a_case_opened_in_one_chat_is_found_in_the_next_on_the_same_database(tmp_path):
    db = tmp_path / "cases.sqlite3"
    shipped = ["--account", str(ALEX), "--now", NOW, "--db", str(db), "--seed", "3"]
    first = run(
        "chat", *shipped, stdin=b"last 4 is 2001 zip 94105\nthe blue bottle charge was the wrong amount, I want to dispute it\nyes\n"
    )
    assert first.returncode == 0, first.stderr
    number = first.stdout.decode().split("Done: case ")[1].split()[0]
    second = run("ask", f"last 4 is 3005 zip 94105, what's the status of case {number}?", *shipped)
    assert number in second.stdout.decode() and "BLUE BOTTLE COFFEE" in second.stdout.decode()


def test_card_option_picks_the_card_and_an_unknown_card_is_a_usage_error():
    shipped = ["--account", str(ALEX), "--now", NOW, "--db", ":memory:"]
    result = run("chat", "--card", "3005", *shipped, stdin=b"last 4 is 2001 zip 94105\nlock my card\n")
    assert "Shall I lock your Blue Cash Everyday Card ending 3005?" in result.stdout.decode()
    bad = run("ask", "hi", "--card", "9999", *shipped)
    assert bad.returncode == 2
    assert (
        bad.stderr.decode().strip()
        == "amexsim: error: --card 9999: no card on account 'alex' ends in 9999 (its cards end in 2001, 3005, 2019)"
    )


def test_a_relative_account_date_pushed_off_the_calendar_is_a_one_line_error():
    result = run("ask", "hi", "--now", "9999-12-31T10:00", "--db", ":memory:")
    assert result.returncode == 2
    (line,) = result.stderr.decode().strip().splitlines()
    assert "demo_account.yaml:" in line and "falls outside the calendar on 9999-12-31" in line


def test_lint_finds_an_example_that_only_finds_itself_from_a_kept_build_too(tmp_path):
    """Lint asks whether each example finds its intent with itself left out. Read back from the
    kept build, the examples were other objects than the ones the chooser had noted (by id), so
    none was left out and every one found itself: a second lint said "no problems"."""
    intents = tmp_path / "intents"
    intents.mkdir()
    for path in SMALL_INTENTS.glob("*.yaml"):
        (intents / path.name).write_text(path.read_text())
    original = (intents / "card_lock.yaml").read_text()
    (intents / "card_lock.yaml").write_text(
        original.replace("      - freeze my card please", "      - freeze my card please\n      - zebra quartz meadow")
    )
    env = {**os.environ, "AMEXSIM_HOME": str(tmp_path / "home")}
    outputs = []
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-m", "amexsim", "lint", "--intents", str(intents), "--strict"],
            capture_output=True,
            cwd=ROOT,
            timeout=60,
            env=env,
        )
        outputs.append((result.returncode, result.stdout.decode()))
    assert outputs[0] == outputs[1], outputs
    assert outputs[0][0] == 1 and "zebra quartz meadow" in outputs[0][1], outputs[0]
