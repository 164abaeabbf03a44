"""Someone who says they write for the card member is not verified by the card member's details; the
card member (or an authorized user with their own card) still verifies as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.dialogue.third_party import speaks_for_someone_else
from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
WHITFIELD = Path(__file__).parent / "data" / "accounts" / "whitfield.yaml"  # Teresa 8823, ZIP 55409; Maya 7322


@pytest.mark.parametrize(
    "said",
    [
        "hi im helping my grandmother, her card ends 8823 and zip 55409",
        "I'm chatting for my father, card 8823 zip 55409",
        "this is Teresa's nephew, 8823 55409",
        "writing on behalf of my mother: 8823, 55409",
        "i am her husband, last four 8823 zip 55409",
    ],
)
def test_details_typed_for_someone_else_verify_nobody(said):
    convo = Conversation(account=WHITFIELD, now=NOW)
    reply = convo.say(said)
    reply.expect(outcome="third_party", contains="only verify the card member")
    assert not convo.state.verified
    convo.say("what is the balance")
    assert not convo.state.verified


def test_the_card_member_then_verifies_themselves_by_saying_it_is_them():
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("im helping my mom with her amex")
    convo.say("8823 55409").expect(outcome="third_party", contains="writing for Teresa")
    assert not convo.state.verified and convo.state.verify_attempts == 0  # not a failed try: the details were right
    convo.say("ok she's here now. 8823 55409").expect(contains="verified")
    assert convo.state.verified and convo.state.authorized_user is None


@pytest.mark.parametrize(
    "first, details",
    [
        ("my mother Teresa is in the hospital and I need to pay her bill", "card ends 8823 zip 55409"),
        ("hi this is Ken, Teresa's husband", "her gold ends in 8823, zip 55409"),
        ("writing for my grandmother today", "8823 / 55409"),
    ],
)
def test_details_given_after_saying_who_they_write_for_verify_nobody(first, details):
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say(first).expect(outcome="third_party")
    convo.say(details).expect(outcome="third_party")
    convo.say("what's the balance")
    assert not convo.state.verified


def test_the_card_member_named_as_typing_now_is_verified():
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("I'm typing for my mom")
    convo.say("this is Teresa now, last 4 8823 zip 55409").expect(contains="verified")
    assert convo.state.verified


def test_an_authorized_user_with_their_own_card_is_verified_as_themselves():
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("i'm an authorized user on my mom's account, my card is 7322 zip 55409")
    assert convo.state.verified and convo.state.authorized_user is not None


@pytest.mark.parametrize(
    "said",
    [
        "my son has a card on my account",
        "i'm helping my daughter get her own card",
        "this is my card",
        "this is the nurse station number",
        "my mom is helping me",
        "what is my balance",
    ],
)
def test_the_card_member_talking_about_others_is_not_someone_else(said):
    assert not speaks_for_someone_else(said.lower())


def test_someone_else_s_details_after_saying_who_they_are_verify_nobody():
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("hello this is teresa's sister, she asked me to check her balance").expect(outcome="third_party")
    convo.say("her card ends 8823 and zip is 55409").expect(outcome="third_party")
    assert not convo.state.verified


def test_the_card_member_naming_someone_else_s_card_with_a_request_is_not_turned_away():
    convo = Conversation(account=WHITFIELD, now=NOW)
    reply = convo.say("lock my daughter's card ending 7322")
    assert reply.trace.outcome != "third_party"


@pytest.mark.parametrize(
    "first",
    ["I'm the accountant for Whitfield Landscaping", "my mother asked me to look at her amex", "hi, I'm just her caregiver"],
)
def test_other_ways_of_saying_one_writes_for_the_card_member(first):
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say(first).expect(outcome="third_party")
    convo.say("8823 55409").expect(outcome="third_party")
    assert not convo.state.verified


def test_a_writer_who_says_after_verifying_that_they_are_someone_else_is_no_longer_verified():
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("8823 55409").expect(contains="verified")
    reply = convo.say("oh I'm actually Teresa's assistant, she's in a meeting, what's the balance?")
    reply.expect(outcome="third_party", contains="closed that verification")
    assert not convo.state.verified and "$" not in " ".join(reply.replies)
    convo.say("what's the balance").expect(outcome="verify")


def test_the_card_member_adding_a_spouse_stays_verified():
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("8823 55409")
    convo.say("please add my husband as an authorized user, I'm his wife")
    assert convo.state.verified


def test_a_son_s_request_passed_on_by_the_card_member_is_the_card_member_s():
    assert not speaks_for_someone_else("my son asked me to lock his card")
