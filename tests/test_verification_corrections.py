"""Verification details given outside the prompt, one at a time, or corrected after a failed
attempt (acctprobe3 group 9). Alex's card ends 2001 and the billing ZIP is 94105."""

from __future__ import annotations

import pytest

from amexsim.testing import Conversation
from tests.conftest import ALEX


def conversation() -> Conversation:
    return Conversation(account=ALEX, now="2026-11-29T10:00")


def test_a_corrected_zip_retries_with_the_last_4_given_before():
    convo = conversation()
    convo.say("last 4 is 2001 zip 94106").expect(outcome="verify_failed", contains="2 attempts left")
    convo.say("sorry, the zip is 94105").expect(outcome="verified", contains="Alex")


def test_a_bare_number_after_a_failed_attempt_corrects_the_last_4():
    convo = conversation()
    convo.say("last 4 is 1234 zip 94105").expect(outcome="verify_failed")
    convo.say("oops I mean 2001").expect(outcome="verified")


def test_one_detail_given_unprompted_is_kept_and_the_other_asked_for():
    convo = conversation()
    convo.say("zip 94105").expect(outcome="verify", contains="last 4 digits of your card")
    convo.say("last 4 2001").expect(outcome="verified")
    convo = conversation()
    convo.say("last 4 is 2001, zip 9410").expect(outcome="verify", contains="ZIP code")
    convo.say("zip is 94105").expect(outcome="verified")


def test_a_correction_counts_as_an_attempt_and_the_lockout_holds():
    convo = conversation()
    convo.say("last 4 is 2001 zip 11111").expect(outcome="verify_failed", contains="2 attempts left")
    convo.say("sorry, zip 22222").expect(outcome="verify_failed", contains="1 attempt left")
    convo.say("sorry, zip 33333").expect(outcome="verify_locked")
    convo.say("zip 94105").expect(outcome="verify_locked")
    assert not convo.state.verified


def test_a_correction_in_the_verify_step_of_a_flow_retries_too():
    convo = conversation()
    convo.say("what's my balance").expect(outcome="verify")
    convo.say("last 4 is 2001 zip 94106").expect(outcome="verify_failed")
    convo.say("the zip is 94105").expect(outcome="verified")
    assert convo.state.verified


def test_a_request_naming_a_card_is_still_the_request():
    convo = conversation()
    convo.say("my card ending 2001 was stolen").expect(intent="stolen_card", outcome="verify")


@pytest.mark.parametrize("details", ["2001/94105", "94105/2001", "2001,94105", "2001 - 94105", "(2001) (94105)", "2001 94105 🙂"])
def test_the_two_details_alone_verify_whatever_parts_them(details):
    convo = conversation()
    convo.say("what's my balance?").expect(outcome="verify")
    convo.say(details).expect(outcome="verified", contains="Alex")


def test_a_zip_plus_4_alone_is_no_last_4_and_zip():
    reply = conversation().say("94105-2001")
    assert reply.turn.trace.outcome != "verified"


@pytest.mark.parametrize("details", ["1234/94105", "94105/1234"])
def test_wrong_details_alone_are_answered_not_met_with_silence(details):
    convo = conversation()
    convo.say(details).expect(outcome="verify_failed", contains="don't match")


def test_two_tries_at_the_details_in_a_row_are_not_refused_as_a_card_number():
    convo = conversation()
    convo.say("what's my balance?")
    # "3001 94105" then "2001 94105": eighteen digits that pass the Luhn check by chance
    convo.say("3001 94105").expect(outcome="verify_failed")
    reply = convo.say("2001 94105")
    reply.expect(outcome="verified")
    assert "card number" not in reply
