"""What comes after a question: the next statement projected from the account's cycle, the
dispute window of a named charge, flows that a digression or a cancel has finished, and the
assistant's own offers taken up with a yes (the account files in tests/data/accounts)."""

from __future__ import annotations

from pathlib import Path

from amexsim.testing import Conversation

ACCOUNTS = Path(__file__).resolve().parent / "data" / "accounts"
QUINN = ACCOUNTS / "quinn.yaml"  # statements close on each month's last day; a locked Delta card
ALEX = ACCOUNTS / "alex.yaml"  # statements close on the 20th
QUINN_VERIFY = "last 4 is 5120, zip 55401"
ALEX_VERIFY = "last 4 is 2001, zip 94105"


def quinn(now: str = "2026-12-01T09:00") -> Conversation:
    convo = Conversation(now=now, account=QUINN)
    convo.say(QUINN_VERIFY).expect(outcome="verified")
    return convo


def alex() -> Conversation:
    convo = Conversation(now="2026-11-29T10:00", account=ALEX)
    convo.say(ALEX_VERIFY).expect(outcome="verified")
    return convo


# ----- the next statement -----------------------------------------------------------------------
def test_the_next_statement_is_projected_to_the_last_day_of_a_month_end_cycle():
    convo = quinn()
    reply = convo.say("when does my next statement close?").expect(intent="next_statement")
    assert "next statement closes on December 31, 2026" in reply and "last one closed on November 30, 2026" in reply
    convo.say("when is my next statement?").expect(intent="next_statement", contains="December 31, 2026")


def test_a_charge_not_yet_billed_on_a_month_end_cycle_appears_on_the_31st():
    convo = quinn()
    reply = convo.say("I don't recognize the $18.40 Uber charge")
    assert "the one closing December 31, 2026" in reply and "until March 1, 2027" in reply


def test_the_next_statement_of_a_cycle_on_the_20th_and_near_misses():
    convo = alex()
    convo.say("when does my next statement close").expect(intent="next_statement", contains="closes on December 20, 2026")
    convo.say("when is my next bill due").expect(intent="payment_due_date")
    convo.say("show me my last statement").expect(intent="statement_info", contains="closed on November 20, 2026")


# ----- the dispute window of a named charge, or of the dispute just opened ------------------------
def test_the_deadline_to_dispute_a_named_charge_is_its_statement_plus_sixty_days():
    convo = quinn()
    reply = convo.say("how long do I have to dispute the Rail Europe charge?").expect(intent="dispute_deadline")
    # on the statement of October 31, 2026: 60 days later
    assert "statement of October 31, 2026" in reply and "until December 30, 2026" in reply
    assert not convo.state.cases and convo.state.top is None  # a question: no dispute started
    late = convo.say("what's the deadline for disputing the Target charge?").expect(intent="dispute_deadline")
    assert "ended on November 29, 2026" in late


def test_the_deadline_right_after_opening_a_dispute_is_that_disputes():
    convo = quinn()
    convo.say("I never received the $399.99 Best Buy order")
    convo.say("yes").expect(contains="is open for $399.99 at BEST BUY")
    opened = len(convo.state.cases)
    reply = convo.say("when does the 60 day window end?").expect(intent="dispute_deadline")
    assert "is already open for $399.99 at BEST BUY" in reply and "closes on January 29, 2027" in reply
    convo.say("what's the deadline for disputing that under the law?").expect(intent="dispute_deadline", contains="January 29, 2027")
    assert len(convo.state.cases) == opened and convo.state.top is None


def test_the_deadline_asked_mid_dispute_answers_for_its_charge_then_the_dispute_goes_on():
    convo = quinn()
    convo.say("I want to dispute the Rail Europe charge").expect(contains="What's wrong with the charge")
    reply = convo.say("what's the FCBA deadline for it?").expect(intent="dispute_deadline", outcome="digression")
    assert "until December 30, 2026" in reply and "Back to where we were" in reply
    late = quinn()
    late.say("the Target charge was the wrong amount").expect(contains="Shall I do that?")
    late.say("yes").expect(contains="open for a review")
    late.say("what's the FCBA deadline for it?").expect(intent="dispute_deadline", contains="courtesy review")


def test_a_deadline_question_without_a_charge_asks_which_and_near_misses_keep_their_intents():
    convo = quinn()
    convo.say("what's the deadline to dispute a charge?").expect(intent="dispute_deadline", contains="Tell me which charge")
    other = quinn()
    other.say("how long does a dispute take").expect(intent="dispute_status")
    other.say("what is the deadline for my payment").expect(intent="payment_due_date")
    other.say("I want to dispute a charge").expect(intent="dispute_unrecognized_charge")


# ----- finished, cancelled and answered flows do not come back -----------------------------------
def test_unlocking_the_card_the_status_question_offers_to_unlock_answers_it():
    convo = quinn()
    convo.say("is my delta card locked?").expect(intent="card_status", contains="Would you like to unlock it?")
    reply = convo.say("unlock my delta card").expect(intent="card_status", contains="is unlocked")
    assert "Back to where we were" not in reply and convo.state.top is None
    assert convo.state.account.card("5139").status == "active"
    again = quinn()
    again.say("is my delta card locked?")
    again.say("unlock it").expect(contains="Delta SkyMiles Gold Card ending 5139 is unlocked")


def test_another_card_named_is_a_request_of_its_own_and_the_question_comes_back():
    convo = quinn()
    convo.say("is my delta card locked?")
    reply = convo.say("unlock my green card").expect(intent="unlock_card", outcome="digression")
    assert "Green Card ending 5120 isn't locked" in reply and "Back to where we were" in reply
    assert convo.state.account.card("5139").status == "locked"


def test_a_cancel_after_a_filler_word_cancels_and_does_not_come_back():
    convo = quinn()
    convo.say("my green card is damaged, please replace it").expect(contains="Shall I send a new")
    convo.say("actually never mind, cancel that").expect(outcome="cancelled", contains="Nothing was changed")
    reply = convo.say("what's my balance").expect(intent="account_balance")
    assert "Back to where we were" not in reply


def test_found_the_lost_card_after_the_lock_says_it_stays_locked_and_how_to_unlock_it():
    convo = quinn()
    convo.say("I lost my green card").expect(contains="locked your Green Card ending 5120")
    reply = convo.say("oh wait, I found it, never mind").expect(outcome="cancelled")
    assert "stays locked" in reply and "unlock my card" in reply
    assert convo.state.top is None and convo.state.account.card("5120").status == "locked"
    follow = convo.say("what's my balance")
    assert "Back to where we were" not in follow


def test_cancel_the_dispute_i_opened_starts_no_dispute():
    convo = quinn()
    convo.say("cancel the dispute I opened").expect(intent="withdraw_dispute", contains="nothing to withdraw")
    assert not convo.state.cases and convo.state.top is None
    convo.say("I don't recognize the $18.40 Uber charge")
    convo.say("yes")
    reply = convo.say("cancel the dispute I opened").expect(intent="withdraw_dispute")
    assert "$18.40 at UBER TRIP" in reply and "Shall I withdraw it?" in reply
    convo.say("no").expect(contains="stays open")
    assert len(convo.state.cases) == 1 and convo.state.cases[0].status != "closed"
    convo.say("cancel the dispute I opened")
    convo.say("yes").expect(contains="withdrawn and closed")
    assert convo.state.cases[0].status == "closed"
    convo.say("what disputes do I have open?").expect(contains="I don't see any open disputes")


def test_what_disputes_do_i_have_open_is_a_question_mid_dispute():
    convo = quinn()
    convo.say("I want to dispute a charge").expect(contains="Which charge is it?")
    reply = convo.say("what disputes do I have open?").expect(intent="list_disputes", outcome="digression")
    assert "I don't see any open disputes" in reply and "Back to where we were" in reply


# ----- the assistant's own offers ----------------------------------------------------------------
def test_yes_to_the_offer_of_a_dispute_starts_it_with_the_charge_already_named():
    convo = quinn()
    convo.say("I returned my Best Buy order and want a refund").expect(intent="request_refund", contains="dispute")
    reply = convo.say("yes").expect(outcome="offer_taken", intent="dispute_unrecognized_charge")
    assert "$399.99 at BEST BUY" in reply


def test_an_offer_lapses_after_one_other_message():
    convo = quinn()
    convo.say("I returned my Best Buy order and want a refund")
    convo.say("what's my balance").expect(intent="account_balance")
    convo.say("yes").expect(intent="affirm")
    assert not convo.state.cases and convo.state.top is None


def test_yes_to_an_increase_after_the_credit_limit_asks_for_it():
    convo = quinn()
    convo.say("what's my credit limit").expect(intent="credit_limit", contains="Would you like to ask about an increase?")
    convo.say("yes").expect(intent="credit_limit_increase", outcome="offer_taken")


def test_card_details_entered_after_a_phishing_message_lock_the_card():
    convo = quinn()
    convo.say("I got an email saying my account is suspended and asking me to click a link, is that you?").expect(intent="phishing_report")
    convo.say("I already clicked it and entered my card details").expect(intent="compromised_card", contains="Which card")
    Conversation().say("how do I update my card details").expect(intent="update_personal_details")


def test_a_question_or_a_chosen_setting_is_no_yes_to_the_open_question():
    convo = quinn()
    before = convo.state.account.preferences.statements
    convo.say("am I on paperless statements?").expect(intent="statement_delivery")
    convo.say("what alerts do I have set up?").expect(outcome="digression")
    assert convo.state.account.preferences.statements == before
    status = quinn()
    status.say("is my delta card locked?")
    status.say("is my delta card locked?").expect(contains="Would you like to unlock it?")
    assert status.state.account.card("5139").status == "locked"


def test_a_general_deadline_question_answers_the_rule_without_asking():
    convo = quinn()
    reply = convo.say("how long do I have to dispute a charge?").expect(intent="dispute_deadline")
    assert "60 days from the closing date" in reply and convo.state.top is None
    convo.say("what's my balance").expect(intent="account_balance")
    assert "Back to where we were" not in convo.replies[-1]


def test_a_negated_answer_to_an_offer_is_no_yes_to_it():
    from amexsim.testing import Conversation
    from tests.conftest import ALEX

    convo = Conversation(account=ALEX, now="2027-01-05T10:00:00")
    convo.say("last 4 is 2001, zip 94105")
    offer = convo.say("I want to dispute the blue bottle charge, I didn't get my coffee")
    assert "Shall I" in offer or "?" in offer
    reply = convo.say("not received")
    assert "Done: case" not in reply
