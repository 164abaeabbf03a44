"""Forms the twenty-eighth blind conversation probe found, said in other words than its lines, on its
account files (tests/data/accounts/abernathy.yaml: Ruth Abernathy, Blue Cash Everyday 6620, ZIP 32803;
okafor_lindqvist.yaml: Imani Okafor-Lindqvist, Platinum 1042, ZIP 60614)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.guard import redact
from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
ACCOUNTS = Path(__file__).parent / "data" / "accounts"
RUTH = ACCOUNTS / "abernathy.yaml"
IMANI = ACCOUNTS / "okafor_lindqvist.yaml"


def test_a_password_it_used_to_be_is_refused():
    assert "Gardenia" not in redact("i cant log in, my password, it used to be Gardenia#58, stopped working")


@pytest.mark.parametrize("said", ["zip 32803, card ending in 6 6 2 0", "last 4 are 6-6-2-0 and zip 3 2 8 0 3", "last4 6620 zip 32803"])
def test_details_typed_apart_or_glued_verify(said):
    convo = Conversation(account=RUTH, now=NOW)
    convo.say(said)
    assert convo.state.verified


def test_a_merchant_named_between_this_and_charge_is_an_unrecognised_charge():
    convo = Conversation(account=RUTH, now=NOW)
    convo.say("6620 32803")
    convo.say("what's this sq sunshine charge? never signed up for it").expect(intent="dispute_unrecognized_charge")


@pytest.mark.parametrize("said", ["can you show me my last couple of purchases", "what were my last 3 charges"])
def test_a_few_of_the_latest_charges_are_listed(said):
    convo = Conversation(account=RUTH, now=NOW)
    convo.say("6620 32803")
    convo.say(said).expect(intent="recent_transactions", contains="CVS PHARMACY")


def test_a_purchase_asked_whether_it_went_through_is_looked_up():
    convo = Conversation(account=RUTH, now=NOW)
    convo.say("6620 32803")
    convo.say("i picked up pills at cvs yesterday, has that gone through?").expect(contains="$12.49 at CVS PHARMACY")


def test_a_merchant_membership_cancelled_or_stopped_is_the_merchant_s_not_the_account():
    convo = Conversation(account=RUTH, now=NOW)
    convo.say("6620 32803")
    convo.say("please cancel the sunshine membership for me").expect(intent="request_refund")
    convo.say("could you stop them from billing me every month").expect(intent="request_refund")
    assert not convo.state.cases


def test_they_after_the_points_are_the_points():
    convo = Conversation(account=IMANI, now=NOW)
    convo.say("1042 60614")
    convo.say("points balance?")
    convo.say("and what are those worth").expect(domain="rewards", contains="$")


def test_an_increase_to_a_figure_is_a_limit_increase():
    convo = Conversation(account=IMANI, now=NOW)
    convo.say("1042 60614")
    convo.say("could i get a bump up to 35,000").expect(intent="credit_limit_increase")


def test_a_request_to_repeat_says_the_last_answer_again_without_the_note():
    convo = Conversation(account=RUTH, now=NOW)
    convo.say("6620 32803")
    answer = convo.say("when is my payment due")
    again = convo.say("could you say that again more slowly please")
    assert str(answer) in again and "slower pace" in again
    once_more = convo.say("sorry what did you say")
    assert str(once_more) == str(answer)


def test_asked_whether_a_card_just_named_is_blocked_locks_nothing():
    convo = Conversation(account=IMANI, now=NOW)
    convo.say("1042 60614")
    convo.say("is my platinum card locked")
    convo.say("can you see whether its frozen")
    assert all(card.status == "active" for card in convo.state.account.cards)
    convo.say("is the hilton one locked")
    convo.say("could you look if it is blocked")  # a question at "Would you like to lock it?", not a yes
    assert all(card.status == "active" for card in convo.state.account.cards)
