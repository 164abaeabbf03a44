"""Two requests in one message: the first is done, then the second is taken up, never dropped."""

from __future__ import annotations

import pytest

from amexsim.testing import Conversation
from amexsim.understanding.two_requests import split_requests
from tests.conftest import ALEX

NOW = "2026-11-29T10:00:00"


def alex() -> Conversation:
    convo = Conversation(account=ALEX, now=NOW)
    convo.say("last 4 is 2001, zip 94105")
    assert convo.state.verified
    return convo


def test_a_balance_and_a_lock_in_one_message_are_both_done():
    convo = alex()
    reply = convo.say("lock my gold card and tell me my balance")
    assert "balance" in reply and "Now your other request (lock (freeze) your card)" in reply
    assert "Shall I lock your Gold Card ending 2001" in reply
    assert "is locked" in convo.say("yes")
    assert convo.state.pending is None


def test_the_other_request_waits_until_the_first_flow_is_done():
    convo = alex()
    first = convo.say("my card was stolen and I also want to dispute the blue bottle charge")
    assert "other request" not in first and convo.state.pending == "stolen_card"
    done = convo.say("yes")  # opens the dispute
    assert "Now your other request (report a stolen card)" in done
    assert convo.state.pending is None


def test_a_story_joined_by_and_is_one_request():
    convo = alex()
    reply = convo.say("I paid my bill on time this month and everything is fine, but I've misplaced the card itself")
    assert "other request" not in reply and convo.state.pending is None


@pytest.mark.parametrize(
    ("text", "first", "second", "said_also"),
    [
        ("lock my gold card and tell me my balance", "lock my gold card", "tell me my balance", False),
        ("my card was stolen and I also want to dispute a charge", "my card was stolen", "want to dispute a charge", True),
        (
            "I was charged twice. Also can you tell me when my statement closes?",
            "I was charged twice",
            "can you tell me when my statement closes",
            True,
        ),
    ],
)
def test_a_message_is_split_at_its_join(text, first, second, said_also):
    split = split_requests(text)
    assert split is not None and (split.first, split.second, split.said_also) == (first, second, said_also)


@pytest.mark.parametrize("text", ["lock my card", "freeze it and thanks", "my card and my wallet were stolen"])
def test_no_split_without_two_parts_of_three_words(text):
    assert split_requests(text) is None


def test_requests_made_before_verifying_are_all_answered_after_it():
    convo = Conversation(account=ALEX, now=NOW)
    convo.say("how many points do I have").expect(outcome="verify")
    convo.say("what's my balance?").expect(outcome="verify")
    reply = convo.say("last 4 is 2001, zip 94105")
    assert "balance" in reply and "Now your other request (check your points balance)" in reply and "120,500 points" in reply


def test_a_charge_named_by_its_merchant_with_another_amount_is_still_found():
    convo = alex()
    reply = convo.say("I want to dispute the blue bottle charge, they charged me $16.50 but the bill was $6.50")
    assert "$6.50 at BLUE BOTTLE COFFEE" in reply and "the amount is wrong" in reply and "Shall I open the dispute" in reply


def test_two_requests_the_matcher_cannot_choose_between_are_both_done():
    convo = alex()
    reply = convo.say("what's my balance and also lock my gold card")
    assert "Reply 1 or 2" not in reply and "balance" in reply and "Now your other request (lock (freeze) your card)" in reply
    assert "is locked" in convo.say("yes")


def test_a_named_benefit_credit_without_my_is_that_credit_not_the_limit(shipped_assistant):
    assert shipped_assistant.match("how much dining credit is left").intent.name == "benefit_credit_left"
    assert shipped_assistant.match("how much credit is left").intent.name == "credit_limit"
