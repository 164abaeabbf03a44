"""Forms the twenty-fifth black-box conversation probe found (critical ones: an authorized user shown
the account's figures and address, a dispute opened on a correction, a hand-off on "hola"), on its
account files (tests/data/accounts/kwame.yaml: Kwame Mensah 7732 and 8846, Aisha's card 9150, ZIP 98101;
marisol_ortega.yaml: Marisol Ortega 4417 and 5523, Diego's card 6081, ZIP 60614)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
ACCOUNTS = Path(__file__).parent / "data" / "accounts"
KWAME = ACCOUNTS / "kwame.yaml"
MARISOL = ACCOUNTS / "marisol_ortega.yaml"


@pytest.mark.parametrize("question", ["is my card locked", "why was my card declined at best buy", "my card got declined, is it locked?"])
def test_an_authorized_user_is_told_no_account_figure_about_a_decline(question):
    convo = Conversation(account=MARISOL, now=NOW)
    convo.say("6081 60614").expect(contains="Diego")
    reply = convo.say(question)
    assert "$" not in reply, reply
    assert "6081" in reply


def test_an_authorized_users_replacement_never_shows_the_address_on_file():
    convo = Conversation(account=KWAME, now=NOW)
    convo.say("9150 98101").expect(contains="Aisha")
    convo.say("whats the address on file").expect(contains="authorized user")
    offer = convo.say("i lost my card")
    done = convo.say("yes")
    for reply in (offer, done):
        assert "Pine Street" not in reply and "98101" not in reply, reply
    done.expect(contains="on its way")


def test_the_primary_card_member_still_sees_the_address_in_the_offer():
    convo = Conversation(account=KWAME, now=NOW)
    convo.say("7732 98101")
    convo.say("i lost my card")
    offer = convo.say("the blue cash one")
    assert "815 Pine Street" in offer, offer


def test_another_reason_after_ok_is_a_correction_not_a_yes():
    convo = Conversation(account=KWAME, now=NOW)
    convo.say("7732 98101")
    convo.say("i think home depot double charged me").expect(contains="Shall I open the dispute?")
    corrected = convo.say("ok then it's the amount that's wrong")
    corrected.expect(contains="Shall I open the dispute?")
    assert "Done" not in corrected and "case D" not in corrected, corrected
    convo.say("yes").expect(contains="the amount is wrong")


@pytest.mark.parametrize("question", ["how much was it?", "when?"])
def test_a_detail_asked_at_the_confirmation_is_answered_not_refused(question):
    convo = Conversation(account=KWAME, now=NOW)
    convo.say("7732 98101")
    convo.say("i think home depot double charged me")
    reply = convo.say(question)
    assert "yes or a no" not in reply
    reply.expect(contains="$356.02")


@pytest.mark.parametrize("greeting", ["hola", "hola, buenos dias", "buenas tardes"])
def test_a_spanish_greeting_alone_offers_the_spanish_team_and_opens_no_case(greeting):
    convo = Conversation(account=MARISOL, now=NOW)
    reply = convo.say(greeting)
    reply.expect(intent="spanish_greeting", contains="español")
    assert convo.state.live is None and "caso" not in reply.lower()
    convo.say("si").expect(contains="H")  # a yes hands over, with a case number
    assert convo.state.live is not None


def test_a_spanish_greeting_then_english_goes_on_in_english():
    convo = Conversation(account=MARISOL, now=NOW)
    convo.say("hola")
    convo.say("4417 60614").expect(contains="verified")
    convo.say("what's my balance").expect(intent="account_balance")
    assert convo.state.live is None


@pytest.mark.parametrize("text", ["i dont want an agent, i speak english", "no agent please", "stop transferring me to agents"])
def test_a_person_ruled_out_is_no_hand_off(text):
    convo = Conversation(account=MARISOL, now=NOW)
    convo.say(text).expect(intent="no_agent")
    assert convo.state.live is None


def test_a_payment_on_its_way_made_by_the_due_date_counts_for_an_increase():
    """The last statement's payment was made on its due date and has not posted yet: it was on time."""
    convo = Conversation(account=KWAME, now=NOW)
    convo.say("7732 98101")
    reply = convo.say("i want a credit line increase")
    assert "wasn't paid" not in reply
    reply.expect(contains="qualifies")


def test_an_unlock_done_in_a_digression_is_not_offered_again_when_the_chat_comes_back():
    convo = Conversation(account=MARISOL, now=NOW)
    convo.say("4417 60614")
    convo.say("is my delta card locked?").expect(contains="unlock it?")
    convo.say("why is my delta card being declined")
    done = convo.say("yes unlock it")
    done.expect(contains="unlocked")
    assert "is locked" not in done and "Back to where we were" not in done, done
    assert {c.last_four: c.status for c in convo.state.account.cards}["5523"] == "active"


def test_a_merchant_named_as_customers_say_it_finds_its_descriptor():
    """ "the amazon charge" is AMZN MKTP US; a charge's amount questioned is a dispute of it."""
    convo = Conversation(account=MARISOL, now=NOW)
    convo.say("4417 60614")
    reply = convo.say("why is the amazon charge so high")
    reply.expect(intent="dispute_incorrect_charge", contains="AMZN MKTP US")


@pytest.mark.parametrize("text", ["WHY IS NOBODY ANSWERING ME", "is anybody listening?"])
def test_feeling_unheard_is_answered_with_a_way_forward(text):
    Conversation(account=MARISOL, now=NOW).say(text).expect(intent="frustration", contains="agent")


def test_markup_typed_in_starts_no_settings_change():
    convo = Conversation(account=MARISOL, now=NOW)
    convo.say("4417 60614")
    reply = convo.say("<script>alert(1)</script>")
    assert reply.trace.intent != "communication_preferences"


def test_a_last_four_in_a_lock_request_is_kept_for_verification():
    convo = Conversation(account=KWAME, now=NOW)
    convo.say("lock card 7732")
    convo.say("98101").expect(contains="verified")


def test_the_reason_said_again_at_a_disputes_question_is_no_no():
    convo = Conversation(account=MARISOL, now=NOW)
    convo.say("4417 and 60614")
    convo.say("dispute the best buy charge for $899.99, the tv never arrived").expect(contains="Shall I open the dispute?")
    again = convo.say("never received it")
    again.expect(contains="Shall I open the dispute?")
    assert "nothing was changed" not in again
    convo.say("yes open it").expect(case=True)


def test_a_charge_disowned_again_at_the_lock_question_is_no_no():
    convo = Conversation(account=MARISOL, now=NOW)
    convo.say("4417 60614")
    convo.say("theres an amazon charge for 243.18 i didnt make!!!").expect(contains="shall I lock")
    again = convo.say("no i really didnt make it")
    again.expect(contains="shall I lock")
    convo.say("yes lock it")
    assert {c.last_four: c.status for c in convo.state.account.cards}["4417"] == "locked"


def test_why_at_the_late_fee_credit_question_gives_the_reason_then_asks_again():
    convo = Conversation(account=MARISOL, now=NOW)
    convo.say("last four 5523 and zip code 60614")
    convo.say("i got charged a late fee in october and i've never been late before, can you waive it??")
    reply = convo.say("why was i charged it, i paid on the 22nd")
    reply.expect(contains="charged because")
    assert "yes or a no" not in reply and reply.endswith("back to your account?")
