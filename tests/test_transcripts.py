"""The conversation library replays, covers every intent, and replay fails loudly and clearly."""

from __future__ import annotations

import gc
import json
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from amexsim.cli import main
from amexsim.errors import TranscriptError
from amexsim.replay.runner import replay_all, replay_file
from amexsim.replay.transcript import load_transcript
from tests.conftest import ROOT, read_transcript, warm_start

LIBRARY = ROOT / "transcripts"
LOST_CARD = """\
amexsim_transcript: 2
now: '2026-11-29T10:00:00'
seed: 1
turns:
- user: I lost my card
  assistant:
  - 'I can help with that. First, to confirm it''s you, please send the last 4 digits of your card and
    your billing ZIP code (for example: "last 4 is 1234, ZIP 10001"). Never send the full card number.'
  expect:
    intent: lost_card
- user: last 4 is 1005, zip 10285
  expect:
    outcome: verified
    contains: which card
- user: the gold one
  expect: {contains: "locked your Gold Card ending 1005"}
- user: 'yes'
  expect:
    case: replacement
"""


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_library_has_forty_conversations_that_all_replay(capsys):
    files = sorted(LIBRARY.glob("*.yaml"))
    assert len(files) >= 40
    code, out = run(capsys, "replay", str(LIBRARY), "--json")
    summary = json.loads(out)
    assert code == 0, [r for r in summary["results"] if r["status"] != "passed"]
    assert summary["passed"] == len(files) and summary["turns"] > 250


def test_library_covers_every_intent(capsys):
    code, out = run(capsys, "coverage", str(LIBRARY), "--fail-under", "100", "--json")
    figures = json.loads(out)
    assert code == 0 and figures["intents_percent"] == 100.0
    assert figures["guard_kinds"]["percent"] == 100.0 and figures["queue_teams"]["percent"] == 100.0


def test_coverage_lists_what_is_never_exercised_and_fails_under(tmp_path, capsys):
    (tmp_path / "one.yaml").write_text(LOST_CARD)
    code, out = run(capsys, "coverage", str(tmp_path), "--fail-under", "50")
    assert code == 1
    assert "never exercised, intents" in out and "change_address" in out
    assert "lost_card" not in out.split("never exercised, intents")[1].split("never exercised, reply")[0]


def test_a_changed_reply_fails_with_a_diff_and_update_fixes_it(tmp_path, capsys):
    path = tmp_path / "lost.yaml"
    shutil.copy(LIBRARY / "cards-lost.yaml", path)
    text = path.read_text()
    changed = text.replace("  - Sorry you've lost it.", "  # a comment the update keeps\n  - Sorry you misplaced it.", 1)
    assert changed != text
    path.write_text(changed)
    code, out = run(capsys, "replay", str(path))
    assert code == 1
    assert "turn 3 differs" in out and "the gold one" in out
    assert "expected: Sorry you misplaced it." in out and "actual:   Sorry you've lost it." in out
    assert "lost_card" in out and "card_replacement.yaml:" in out  # the reply variant's file and line
    code, out = run(capsys, "replay", str(path), "--update")
    assert code == 0 and "updated" in out
    updated = path.read_text()
    assert "# a comment the update keeps" in updated and "Sorry you've lost it." in updated
    assert yaml.safe_load(updated) == yaml.safe_load(text)
    assert run(capsys, "replay", str(path))[0] == 0


def test_update_replaces_a_multi_line_block_reply_and_keeps_the_next_key_apart(tmp_path, capsys):
    path = tmp_path / "which.yaml"
    path.write_text(
        LOST_CARD.replace(
            "    outcome: verified\n    contains: which card\n",
            "    outcome: verified\n",
        ).replace(
            "- user: last 4 is 1005, zip 10285\n",
            "- user: last 4 is 1005, zip 10285\n  assistant:\n  - |-\n    Thanks, Jordan.\n    An old question\n    over lines\n",
        )
    )
    code, out = run(capsys, "replay", str(path), "--update")
    assert code == 0, out
    document = yaml.safe_load(path.read_text())  # still valid YAML, the expectation still its own key
    assert document["turns"][1]["expect"] == {"outcome": "verified"}
    assert document["turns"][1]["assistant"][0] == "Thanks, Jordan, you're verified."
    assert run(capsys, "replay", str(path))[0] == 0


def test_update_adds_events_after_a_block_reply_on_their_own_lines(tmp_path, capsys):
    # a turn recorded without the events it now has, its reply a block scalar (|-) that ends
    # after its line break: the new key must not run into the expectation after it
    path = tmp_path / "lost.yaml"
    text = (LIBRARY / "cards-lost.yaml").read_text()
    start = text.index("  - Sorry you've lost it.")
    end = text.index("    card: '1005'\n", start) + len("    card: '1005'\n")
    path.write_text(text[:start] + "  - |-\n    An old reply\n    over two lines\n" + text[end:])
    code, out = run(capsys, "replay", str(path), "--update")
    assert code == 0, out
    assert yaml.safe_load(path.read_text()) == yaml.safe_load(text)
    assert run(capsys, "replay", str(path))[0] == 0


def test_update_keeps_expectations_so_a_changed_intent_still_fails(tmp_path, capsys):
    path = tmp_path / "lost.yaml"
    path.write_text(LOST_CARD.replace("intent: lost_card", "intent: stolen_card"))
    code, out = run(capsys, "replay", str(path), "--update")
    assert code == 1
    assert "intent: expected stolen_card, got lost_card" in out
    assert "intent: stolen_card" in path.read_text()


def test_the_decisive_pattern_file_and_line_are_shown(tmp_path, capsys):
    path = tmp_path / "lost.yaml"
    path.write_text(LOST_CARD.replace("intent: lost_card", "intent: damaged_card"))
    _, out = run(capsys, "replay", str(path))
    pattern_line = next(
        i for i, line in enumerate((ROOT / "intents/card_replacement.yaml").read_text().splitlines(), 1) if "lost|lose|misplace" in line
    )
    assert f"decided by: intents/card_replacement.yaml:{pattern_line}" in out
    assert re.search(r"intent: lost_card \(card_replacement\) score [01]\.\d\d", out)


def test_expectations_only_conversation_passes(tmp_path):
    path = tmp_path / "conv_lost.yaml"
    path.write_text(LOST_CARD)
    outcome = replay_file(path)
    assert outcome.passed, outcome.failures


@pytest.mark.parametrize(
    ("expect", "problem"),
    [
        ("contains: nothing like this", "do not contain 'nothing like this'"),
        ("matches: 'R\\d{9}'", "do not match"),
        ("handoff: disputes", "handoff: expected team disputes, got no hand-off"),
        ("case: dispute", "case: expected a dispute case, got replacement"),
        ("refused: card_number", "expected the guard to remove card_number, it removed nothing"),
        ("slots: {card: Blue Cash Everyday Card ending 3008}", "slot card"),
        ("domain: billing_payment", "domain: expected billing_payment, got card_replacement"),
        ("intent: no_such_intent", "no intents file defines"),
    ],
)
def test_each_expectation_can_fail(tmp_path, expect, problem):
    path = tmp_path / "conv.yaml"
    path.write_text(LOST_CARD.replace("    case: replacement", "    " + expect))
    outcome = replay_file(path)
    assert outcome.status == "failed"
    assert any(problem in p for f in outcome.failures for p in f.problems), outcome.failures


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (LOST_CARD.replace("  expect:\n    outcome: verified\n    contains: which card\n", ""), "turn 2 has neither"),
        (LOST_CARD.replace("  assistant:\n  - 'I can", "  assistant: []\n  x:\n  - 'I can"), "unknown key 'x'"),
        (LOST_CARD.replace("amexsim_transcript: 2", "amexsim_transcript: 7"), "version 7"),
        (LOST_CARD.replace("now: '2026-11-29T10:00:00'", "now: yesterday"), "ISO date-time"),
        (LOST_CARD.replace("seed: 1", "seed: 1\naccount: missing.yaml"), "account file 'missing.yaml' not found"),
        (LOST_CARD.replace("    case: replacement", "    refused: pin"), "unknown guard kind 'pin'"),
        (LOST_CARD.replace("seed: 1", "seed: 1\nvolatile: [case_number]"), "unknown volatile name 'case_number'"),
        (LOST_CARD.replace("seed: 1", "seed: 1\nvolatile: ['(']"), "bad regular expression"),
        ("turns: [\n", "invalid YAML"),
    ],
)
def test_a_malformed_transcript_is_one_line_and_the_others_still_replay(tmp_path, capsys, text, message):
    (tmp_path / "a-bad.yaml").write_text(text)
    (tmp_path / "b-good.yaml").write_text(LOST_CARD)
    code, out = run(capsys, "replay", str(tmp_path))
    assert code == 2
    bad = [line for line in out.splitlines() if "a-bad.yaml" in line]
    assert len(bad) == 1 and message in bad[0]
    assert re.fullmatch(r"\S*a-bad\.yaml:\d+: .+", bad[0]), bad[0]
    assert "1 passed" in out


def test_an_empty_assistant_turn_is_an_error(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("amexsim_transcript: 2\nnow: 2026-11-29T10:00\nturns:\n- user: hi\n  assistant: []\n")
    with pytest.raises(TranscriptError, match=r"t.yaml:5: the assistant's replies in turn 1 are empty"):
        load_transcript(path)


def test_volatile_case_numbers_are_ignored_and_only_they(tmp_path):
    path = tmp_path / "t.yaml"
    text = (LIBRARY / "cards-lost.yaml").read_text()
    number = next(word for word in text.split() if word.startswith("R") and word[1:8].isdigit())[:8]
    path.write_text(text.replace(number, "R0000000"))
    assert replay_file(path).status == "failed"
    path.write_text("volatile: [case_numbers]\n" + text.replace(number, "R0000000"))
    assert replay_file(path).passed
    path.write_text("volatile: [case_numbers]\n" + text.replace(number, "R0000000").replace("a new number ending", "a number ending"))
    assert replay_file(path).status == "failed"


def test_parallel_replay_gives_the_same_results(tmp_path):
    files = sorted(LIBRARY.glob("*.yaml"))[:12]
    one = replay_all(files, jobs=1)
    two = replay_all(files, jobs=2)
    assert [(o.path, o.status, o.turns, o.exercised) for o in one] == [(o.path, o.status, o.turns, o.exercised) for o in two]
    assert gc.get_freeze_count() == 0  # the parent's objects, frozen while the workers forked, are collectable again


def test_chat_with_account_records_a_transcript_that_replays(tmp_path):
    out = tmp_path / "deep" / "chat.yaml"
    script = "I lost my card\nlast 4 is 2001, zip 94105\nthe gold card\nmy card number is 378282246310005\nyes\n"
    result = subprocess.run(
        [sys.executable, "-m", "amexsim", "chat", "--plain", "--now", "2026-11-29T10:00", "--seed", "4", "--db", ":memory:",
         "--account", "tests/data/accounts/alex.yaml", "--transcript", str(out)],
        input=script, capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    assert "Sorry you've lost it" in result.stdout
    text = out.read_text()
    document = read_transcript(out)
    assert "378282246310005" not in text and document["turns"][3]["user"] == "my card number is [card number removed]"
    assert document["amexsim_transcript"] == 3 and document["turns"][3]["expect"]["refused"] == "card_number"
    assert (out.parent / document["account"]).resolve() == (ROOT / "tests/data/accounts/alex.yaml").resolve()
    outcome = replay_file(out)
    assert outcome.passed, outcome.failures


@pytest.mark.parametrize("first", ["the number on my card starts 378282", "my card starts 3782 8224", "card: 3782-8224-6"])
def test_a_card_split_over_two_messages_replays_as_the_chat_saw_it(tmp_path, first):
    """The first part is redacted when the second arrives; the transcript keeps how it was laid
    out (digits as 0, never the value), so the replay types a stand-in of that layout and the
    matcher reads the turn as the chat did."""
    out = tmp_path / "split.yaml"
    digits = "".join(c for c in first if c.isdigit())
    rest = "378282246310005"[len(digits) :]
    script = f"last 4 is 1005 zip 10285\n{first}\nthen {rest}\n"
    subprocess.run(
        [sys.executable, "-m", "amexsim", "chat", "--plain", "--now", "2026-12-01T10:00", "--seed", "1", "--db", ":memory:",
         "--transcript", str(out)],
        input=script, capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    text = out.read_text()
    assert digits not in text.replace("-", "").replace(" ", "") and rest not in text
    turn = read_transcript(out)["turns"][1]
    assert turn["user"].endswith("[card number removed]")
    fragment = re.search(r"[0-9][0-9 -]*$", first).group()
    assert turn["layouts"] == [re.sub("[0-9]", "0", fragment)]
    outcome = replay_file(out)
    assert outcome.passed, outcome.failures


def test_a_layout_that_is_not_digits_as_zeros_is_a_one_line_error(tmp_path):
    path = tmp_path / "t.yaml"
    turn = "- user: hi [card number removed]\n  layouts: ['3782 0000']\n  expect: {outcome: intent}\n"
    path.write_text("amexsim_transcript: 2\nnow: 2026-11-29T10:00\nturns:\n" + turn)
    with pytest.raises(TranscriptError, match=r"t.yaml:5: each layout in turn 1 must be digits written as 0"):
        load_transcript(path)


def test_save_command_writes_a_transcript_that_replays_at_once(tmp_path, start_up_cache):
    home = warm_start(tmp_path / "home", start_up_cache)  # as after a first chat
    script = "what's my balance\nlast 4 is 1005, zip 10285\n/save tuesday\n/why\n"
    result = subprocess.run(
        [sys.executable, "-m", "amexsim", "chat", "--plain", "--now", "2026-11-29T10:00", "--seed", "2", "--db", str(tmp_path / "d.db")],
        input=script, capture_output=True, text=True, cwd=ROOT, env={"AMEXSIM_HOME": str(home), "PATH": "/usr/bin:/bin"}, check=True,
    )  # fmt: skip
    saved = home / "transcripts" / "tuesday.yaml"
    assert f"to {saved}" in result.stdout
    assert len(read_transcript(saved)["turns"]) == 2
    assert replay_file(saved).passed


def test_a_second_chat_replays_from_the_recorded_database():
    second = load_transcript(LIBRARY / "disputes-status-second-chat.yaml")
    assert [case["kind"] for case in second.database["cases"]] == ["fraud_claim", "replacement"]
    assert replay_file(second.path).passed


def test_version_one_is_still_read():
    transcript = load_transcript(LIBRARY / "demo-tour.yaml")
    assert transcript.version == 1 and transcript.turns[0].expect.intent == "greeting"
    assert replay_file(transcript.path).passed


def test_pytest_plugin_collects_conversations_and_shows_a_conversation_diff(tmp_path):
    (tmp_path / "conv_good.yaml").write_text(LOST_CARD)
    (tmp_path / "bad.conversation.yaml").write_text(LOST_CARD.replace("contains: which card", "contains: which account"))
    (tmp_path / "conv_broken.yaml").write_text(LOST_CARD.replace("seed: 1", "seed: one"))
    (tmp_path / "unrelated.yaml").write_text("just: data\n")
    unused = ("xdist", "xdist.looponfail", "hypothesispytest", "anyio")  # installed, not needed here: loading them costs 2 s
    others = [arg for name in unused for arg in ("-p", f"no:{name}")]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *others, "-q", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    out = result.stdout
    assert result.returncode == 1
    assert "2 failed, 1 passed" in out
    assert "turn 2 differs" in out and "the replies do not contain 'which account'" in out and "trace:" in out
    assert "conv_broken.yaml:3: seed must be a whole number" in out
    assert "Traceback" not in out and "def runtest" not in out


def test_save_between_the_pieces_of_a_card_keeps_none_of_them(tmp_path, start_up_cache):
    """The thirty-fifth guard probe: a /save before the last piece kept all digits but the check digit."""
    home = warm_start(tmp_path / "home", start_up_cache)
    script = "my card is 3714\n6573\n8291\n40\n/save midway\n6\n"
    subprocess.run(
        [sys.executable, "-m", "amexsim", "chat", "--plain", "--now", "2026-11-29T10:00", "--seed", "2", "--db", str(tmp_path / "d.db")],
        input=script, capture_output=True, text=True, cwd=ROOT, env={"AMEXSIM_HOME": str(home), "PATH": "/usr/bin:/bin"}, check=True,
    )  # fmt: skip
    saved = (home / "transcripts" / "midway.yaml").read_text(encoding="utf-8")
    assert not any(piece in saved for piece in ("3714", "6573", "8291")) and "[card number removed]" in saved


def test_an_ssn_read_out_over_three_messages_replays_as_the_chat_saw_it(tmp_path, start_up_cache):
    """Its later pieces were stored as "[SSN removed]" and a replay typed the label itself; a piece
    stored with words in its span ("then 44") had no valid layout."""
    home = warm_start(tmp_path / "home", start_up_cache)
    script = "1005 10285\nmy social starts with 512\nthen 44\nand 7831\nyes\n"
    target = tmp_path / "ssn.yaml"
    subprocess.run(
        [sys.executable, "-m", "amexsim", "chat", "--plain", "--now", "2026-11-29T10:00", "--seed", "2", "--db", str(tmp_path / "d.db"),
         "--transcript", str(target)],
        input=script, capture_output=True, text=True, cwd=ROOT, env={"AMEXSIM_HOME": str(home), "PATH": "/usr/bin:/bin"}, check=True,
    )  # fmt: skip
    text = target.read_text(encoding="utf-8")
    assert "512" not in text and "7831" not in text
    assert replay_file(target).passed
