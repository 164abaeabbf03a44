"""A place in the list the last reply showed ("the second one", "the last one", "number 3") is read as
the line at that place: a charge, a card, a fee or an authorized user."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.dialogue.list_pointers import with_list_item
from amexsim.dialogue.state import Message
from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
WHITFIELD = Path(__file__).parent / "data" / "accounts" / "whitfield.yaml"  # 8823 (Teresa), 7314 (Caleb), 7322 (Maya); ZIP 55409

CHARGES = (
    "Your latest transactions, newest first (3 transactions):\n"
    "- $134.27 at KROGER 0551 on December 2, 2026, card ending 8823 (pending)\n"
    "- $89.00 credit from NORDSTROM on November 15, 2026, card ending 4417\n"
    "- $58.20 at CHEVRON 0093 on November 1, 2026, card ending 7314\n"
    "If one looks wrong, tell me which and I can help you dispute it."
)


def _history(*replies: str, said: str) -> tuple[Message, ...]:
    return (Message("user", "show me"), *(Message("assistant", reply) for reply in replies), Message("user", said))


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("the first one isn't mine", "the $134.27 charge at KROGER 0551 on December 2 isn't mine"),
        ("first one isnt mine", "the $134.27 charge at KROGER 0551 on December 2 isnt mine"),
        ("dispute the 3rd charge please", "dispute the $58.20 charge at CHEVRON 0093 on November 1 please"),
        ("what was the last one", "what was the $58.20 charge at CHEVRON 0093 on November 1"),
        ("the one at the bottom is wrong", "the $58.20 charge at CHEVRON 0093 on November 1 is wrong"),
        ("number 2 never arrived", "the $89.00 credit from NORDSTROM on November 15 never arrived"),
        ("the second to last one?", "the $89.00 credit from NORDSTROM on November 15?"),
    ],
)
def test_a_place_in_the_list_is_the_line_there(said, named):
    assert with_list_item(said, _history(CHARGES, said=said)) == named


@pytest.mark.parametrize(
    "said",
    [
        "what was my last payment",
        "the last charge is wrong",  # the newest one, to most people: not a place in the list
        "my due date is the first of the month",
        "the last 4 are 8823",
        "is this the first time",
        "the fifth one",  # there are three
    ],
)
def test_words_that_point_at_no_line_are_left_alone(said):
    assert with_list_item(said, _history(CHARGES, said=said)) is None


def test_only_the_last_reply_s_list_counts():
    history = (
        Message("user", "show me"),
        Message("assistant", CHARGES),
        Message("user", "thanks"),
        Message("assistant", "You're welcome."),
    )
    assert with_list_item("the first one", (*history, Message("user", "the first one"))) is None


def test_cards_fees_and_people_are_named_as_a_customer_would():
    cards = "You have 2 cards:\n- Gold Card ending 4417: active\n- Additional Card ending 6690 (Lena Fischer, authorized user): locked\n"
    assert with_list_item("lock the first one", _history(cards, said="x")) == "lock the Gold Card ending 4417"
    assert with_list_item("unlock the second one", _history(cards, said="x")) == "unlock Lena Fischer's card ending 6690"
    fees = "Fees (1 fee):\n- Late fee: $40.00 on November 9, 2026\nFees still standing come to $40.00."
    assert with_list_item("why the first one", _history(fees, said="x")) == "why the late fee"
    users = "The authorized users on your account are:\n- Lena Fischer, card ending 6690\n- Ada Fischer, card ending 6691"
    assert with_list_item("remove the 2nd one", _history(users, said="x")) == "remove Ada Fischer's card ending 6691"


def test_the_last_card_listed_is_locked_when_asked_by_its_place():
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("8823 55409")
    convo.say("what cards are on my account").expect(contains="7322")
    convo.say("freeze the last one").expect(domain="card_lock", contains="ending 7322")
    convo.say("yes")
    assert [card.last_four for card in convo.state.account.cards if card.status == "locked"] == ["7322"]


def test_a_listed_charge_said_not_mine_by_its_place_is_that_charge():
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("8823 55409")
    listing = convo.say("show my recent transactions")
    second = listing.split("\n- ")[2].split(" on ")[0]  # "$7.45 at STARBUCKS 22011"
    reply = convo.say("the second one isn't mine")
    assert reply.trace.domain in ("fraud_report", "dispute_charge"), reply.trace.intent
    said = " ".join([*reply.trace.slots.values(), *reply.trace.entities.values()])
    assert second.split(" at ")[0].lstrip("$") in said and second.split(" at ")[1].split()[0] in said, said


def test_an_authorized_user_listed_is_removed_by_place_only_after_a_yes():
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("8823 55409")
    convo.say("who has cards on my account")
    convo.say("remove the second one").expect(contains="Caleb Whitfield")
    assert {card.last_four for card in convo.state.account.cards} >= {"7314", "7322"}


def test_two_places_name_both_lines():
    said = "the 1st and 3rd ones are the same"
    assert with_list_item(said, _history(CHARGES, said=said)) == (
        "the $134.27 charge at KROGER 0551 on December 2 and the $58.20 charge at CHEVRON 0093 on November 1 are the same"
    )


@pytest.mark.parametrize("said", ["the third one", "that's the 3rd one.", "um the last one"])
def test_a_listed_charge_picked_alone_is_one_that_looks_wrong(said):
    assert with_list_item(said, _history(CHARGES, said=said)) == "i want to dispute the $58.20 charge at CHEVRON 0093 on November 1"


def test_a_duplicate_pointed_at_by_two_places_is_a_charged_twice_dispute():
    convo = Conversation(account=Path(__file__).parent / "data" / "accounts" / "whitaker_moreno.yaml", now=NOW)
    convo.say("4417 60614")
    convo.say("show my recent transactions")
    convo.say("the 6th and 7th ones are the same charge, a double charge").expect(contains="charged twice", intent="duplicate_charge")
