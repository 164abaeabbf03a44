"""Verification tried again over several messages: the last four and the ZIP code sent one by one,
wrong and then right, are the details the chat asked for (never pieces of a card), and a detail
typed again alone starts the attempt over (tests/data/accounts/rivera.yaml: 7731 and 4408, ZIP 60614)."""

from __future__ import annotations

import random
from pathlib import Path

from amexsim.guard import Guard
from amexsim.guard.luhn import luhn
from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
RIVERA = Path(__file__).parent / "data" / "accounts" / "rivera.yaml"


def _screened(messages: list[str]) -> list[str]:
    guard, redacted = Guard(), []
    for text in messages:
        screening = guard.screen(text)
        redacted.append(screening.redacted)
        assert not screening.earlier, (messages, screening.earlier)
        guard = screening.guard
    return redacted


def test_last_fours_and_zips_sent_alone_in_turn_are_never_a_card():
    rng = random.Random(27)
    joined_valid = 0
    for _ in range(300):
        four = f"{rng.randint(1000, 9999)}"
        messages = [four, f"{rng.randint(10000, 99999)}", four, f"{rng.randint(10000, 99999)}"]
        joined_valid += luhn("".join(messages)) or luhn("".join(messages[1:]))
        assert _screened(messages) == messages
    assert joined_valid > 10  # the tries did join into Luhn-valid runs: the rule, not luck, kept them


def test_a_card_read_out_in_fours_is_still_caught():
    guard = Guard()
    found = []
    for piece in ("4111", "1111", "1111", "1111"):
        screening = guard.screen(piece)
        found += screening.findings
        guard = screening.guard
    assert [f.kind for f in found] == ["card_number"]


def test_a_zip_typed_again_after_a_failed_try_is_used_not_redacted():
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("4408").expect(contains="ZIP")
    convo.say("60615").expect(contains="2 attempts left")
    retyped = convo.say("4408")
    retyped.expect(contains="still need the ZIP")
    assert "attempt" not in retyped
    zip_again = convo.say("60601")
    zip_again.expect(contains="1 attempt left")
    assert zip_again.trace.redacted == "60601" and not zip_again.trace.findings
    convo.say("4408 60614").expect(contains="verified")


def test_a_corrected_detail_still_reuses_the_other_one():
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("4408 60615").expect(contains="2 attempts left")
    convo.say("sorry, the zip is 60614").expect(contains="verified")
