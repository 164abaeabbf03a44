"""Forms the twenty-third black-box conversation probe found, on its own account files (kept in
tests/data/accounts: maria, chen, priya_shah, tyler_green)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.guard import scan
from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
ACCOUNTS = Path(__file__).parent / "data" / "accounts"


def test_a_second_card_for_an_assistant_adds_a_user_and_hands_off_nothing():
    """ "I need a second card for my assistant" put the customer in a queue, unverified."""
    convo = Conversation(account=ACCOUNTS / "priya_shah.yaml", now=NOW)
    reply = convo.say("I need a second card for my assistant")
    reply.expect(intent="add_authorized_user", outcome="verify")
    assert convo.state.live is None, reply


def test_the_last_four_after_change_my_email_is_no_passcode():
    assert scan("change my email 4417") == []
    convo = Conversation(account=ACCOUNTS / "maria.yaml", now=NOW)
    convo.say("change my email")
    reply = convo.say("4417")
    reply.expect(contains="I still need the ZIP code")


def test_a_payment_on_its_way_is_said_with_what_is_left_of_the_statement():
    convo = Conversation(account=ACCOUNTS / "chen.yaml", now=NOW)
    convo.say("1008 33431")
    reply = convo.say("So am I all paid up for this month?")
    reply.expect(contains="A payment of $1,432.47 is on its way too, which covers the rest once it posts")


def test_a_payment_story_with_a_little_over_is_no_small_fee():
    convo = Conversation(account=ACCOUNTS / "chen.yaml", now=NOW)
    reply = convo.say(
        "Anyway I paid the bill yesterday, a little over fourteen hundred dollars, plus five hundred earlier this week. "
        "Did it go through? Card ends 1008, zip 33431."
    )
    reply.expect(contains="$1,432.47")
    assert "temporary authorization" not in reply


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("did my target refund come", "refund_not_received"),
        ("do I have any credits", "benefits_credits"),
        ("what other credits do i have", "benefits_credits"),
        ("I noticed an Amazon charge for $38.40 that I don't think I made. Could you check it for me?", "dispute_unrecognized_charge"),
    ],
)
def test_these_requests_reach_their_intent(text, intent):
    convo = Conversation(account=ACCOUNTS / "maria.yaml", now=NOW)
    convo.say(text).expect(intent=intent)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("why is it different from my statement", "account_balance"),
        ("600 dollar purchase will it go thru", "purchase_check"),
        ("what is a returned payment fee", "fee_explained"),
    ],
)
def test_questions_the_small_fee_answer_took_reach_their_intent(text, intent):
    convo = Conversation(account=ACCOUNTS / "tyler_green.yaml", now=NOW)
    reply = convo.say(text)
    reply.expect(intent=intent)
    assert "temporary authorization" not in reply


def test_when_after_a_refund_was_found_says_the_refund_again_with_its_date():
    convo = Conversation(account=ACCOUNTS / "tyler_green.yaml", now=NOW)
    convo.say("did best buy refund me yet")
    convo.say("5523 85281")
    reply = convo.say("when")
    reply.expect(contains="posted to the card ending 5523 on November 27, 2026")


@pytest.mark.parametrize("answer", ["waive?", "pls", "can u take it off", "i was broke"])
def test_an_answer_naming_no_circumstance_goes_on_to_the_late_fee_decision(answer):
    convo = Conversation(account=ACCOUNTS / "tyler_green.yaml", now=NOW)
    convo.say("late fee?")
    convo.say("5523 85281").expect(contains="Did something outside your control")
    reply = convo.say(answer)
    assert "Was it a system error" not in reply, reply
    reply.expect(contains="late fee")


def test_a_question_back_to_the_late_fee_question_is_asked_again():
    convo = Conversation(account=ACCOUNTS / "tyler_green.yaml", now=NOW)
    convo.say("late fee?")
    convo.say("5523 85281")
    convo.say("what do you mean?").expect(contains="Was it a system error")


def test_please_alone_starts_no_lock():
    convo = Conversation(account=ACCOUNTS / "tyler_green.yaml", now=NOW)
    convo.say("5523 85281")
    reply = convo.say("pls")
    assert "Shall I lock" not in reply


def test_so_its_not_locked_is_asked_back_not_a_lock():
    convo = Conversation(account=ACCOUNTS / "maria.yaml", now=NOW)
    convo.say("4417 60614")
    reply = convo.say("so its not locked?")
    reply.expect(intent="card_status", contains="not locked")
