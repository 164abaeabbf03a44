"""Forms the thirtieth blind conversation probe found, in other words than its lines, on its account
files (tests/data/accounts/al_mansouri.yaml: Farah Al-Mansouri, Delta SkyMiles Reserve 4417 and
Platinum 7731, ZIP 33131; okoro.yaml: Gabriel Okoro, Blue Cash Everyday 6092, ZIP 77006)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
ACCOUNTS = Path(__file__).parent / "data" / "accounts"
FARAH = ACCOUNTS / "al_mansouri.yaml"
GABRIEL = ACCOUNTS / "okoro.yaml"


@pytest.mark.parametrize("said", ["ok and what's my balance?", "okay, one at a time. the balance first", "ok and when is it due"])
def test_a_weak_yes_then_another_question_at_a_yes_or_no_question_does_nothing(said):
    convo = Conversation(account=FARAH, now=NOW)
    convo.say("7731 33131")
    convo.say("lock my delta card").expect(contains="Shall I lock")
    convo.say(said)
    assert all(card.status == "active" for card in convo.state.account.cards)


def test_asking_whether_someone_tries_to_get_in_locks_nothing():
    convo = Conversation(account=GABRIEL, now=NOW)
    convo.say("6092 77006")
    convo.say("is somebody trying to log into my account?").expect(intent="hacked_question")
    assert all(card.status == "active" for card in convo.state.account.cards)


def test_an_unlock_done_in_a_digression_is_not_asked_again_with_the_old_state():
    convo = Conversation(account=FARAH, now=NOW)
    convo.say("7731 33131")
    convo.say("freeze the delta card")
    convo.say("yes")
    convo.say("is it still frozen?")
    convo.say("never mind, please unfreeze it")
    reply = convo.say("yes")
    assert "is locked" not in reply and "unlocked" in reply


def test_a_charge_said_to_differ_from_the_price_agreed_is_a_wrong_amount():
    convo = Conversation(account=GABRIEL, now=NOW)
    convo.say("6092 77006")
    reply = convo.say("spotify billed me 16.99 but my plan is only 10.99")
    assert reply.trace.intent == "dispute_incorrect_charge" and "$1 is often" not in reply


def test_a_fee_asked_whether_it_was_charged_is_looked_up_on_the_account():
    convo = Conversation(account=FARAH, now=NOW)
    convo.say("7731 33131")
    reply = convo.say("have i been charged any foreign transaction fees on this trip?")
    assert reply.trace.intent == "fees_charged" and "I don't see any foreign transaction fees" in reply
