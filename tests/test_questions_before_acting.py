"""Questions about an action answered before the action is offered: a move ahead, what paperless
changes, whether one was hacked, no money to pay, and "why not?" after a refusal
(tests/data/accounts/rivera.yaml: Maria Rivera, 7731 and 4408, ZIP 60614)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
RIVERA = Path(__file__).parent / "data" / "accounts" / "rivera.yaml"


def _verified() -> Conversation:
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("7731 60614").expect(contains="verified")
    return convo


@pytest.mark.parametrize(
    "text",
    [
        "we're moving in two weeks to 900 Pine Rd, Austin TX 78701 - do I have to update my address?",
        "i am going to be relocating next month, when should i change my address",
    ],
)
def test_a_move_ahead_is_answered_and_changes_nothing_unless_wanted(text):
    convo = _verified()
    before = convo.state.account.mailing_address
    convo.say(text).expect(intent="moving_soon", contains="once you've moved")
    convo.say("no, not yet")
    assert convo.state.account.mailing_address == before


@pytest.mark.parametrize(
    "text", ["does going paperless cost less?", "is there a fee for paper statements", "why should i switch to paperless"]
)
def test_what_paperless_changes_is_answered_before_the_switch_is_offered(text):
    convo = _verified()
    reply = convo.say(text)
    reply.expect(intent="paperless_question", contains="no fee for paper statements")
    convo.say("ok good to know")
    assert convo.state.account.statements != "paperless"


@pytest.mark.parametrize("text", ["did i get hacked?", "i'm worried my account was hacked", "have we been compromised?"])
def test_a_worry_about_being_hacked_gets_the_signs_and_locks_nothing(text):
    convo = _verified()
    convo.say(text).expect(intent="hacked_question")
    convo.say("ok")
    assert all(card.status == "active" for card in convo.state.account.cards)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("i'm broke right now, can't pay this month", "financial_hardship"),
        ("we won't be able to make a payment this month", "financial_hardship"),
        ("i can't pay with my card, the button does nothing", "make_payment"),
        ("i want to pay my bill this month", "make_payment"),
    ],
)
def test_no_money_to_pay_is_hardship_and_a_payment_that_fails_is_not(text, intent):
    _verified().say(text).expect(intent=intent)


def test_why_not_after_a_refused_increase_gives_the_reason_again():
    convo = _verified()
    refused = convo.say("can you raise my limit to 40000")
    assert "late fee" in refused
    again = convo.say("why not?")
    again.expect(contains="late fee")
