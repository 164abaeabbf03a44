"""Forms the nineteenth black-box conversation probe found, on its own account files (kept in
tests/data/accounts: ben, priya_raman, marcus, lucia)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from amexsim.replay.expectations import Expectations
from amexsim.replay.runner import typed
from amexsim.replay.transcript import Turn
from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
ACCOUNTS = Path(__file__).parent / "data" / "accounts"


def ben() -> Conversation:
    convo = Conversation(account=ACCOUNTS / "ben.yaml", now=NOW)
    convo.say("8006 98103").expect(outcome="verified")
    return convo


def test_an_account_taken_over_goes_to_the_fraud_team_and_locks_no_card():
    """It had locked the card right after verifying, unasked: the login, not the card, was taken."""
    convo = Conversation(account=ACCOUNTS / "ben.yaml", now=NOW)
    convo.say("i think my account was hacked, someone changed my email")
    reply = convo.say("8006 98103")
    reply.expect(contains="account takeover")
    assert "locked" not in reply.lower()
    assert all(card.status == "active" for card in convo.state.account.cards)
    assert "fraud team" in reply


def test_card_details_exposed_still_lock_the_card_first():
    convo = ben()
    convo.say("my card number was leaked in a data breach").expect(contains="I've locked your")


def test_a_card_asked_for_at_a_hotel_is_no_yes_to_the_address_on_file():
    """ "can you send a replacement here to my hotel?" had ordered the card to Seattle."""
    convo = ben()
    convo.say("I'm in Tokyo and my card stopped working at shops, it might be demagnetized").expect(contains="Shall I send")
    reply = convo.say("can you send a replacement here to my hotel?")
    reply.expect(contains="address on file")
    assert "on its way" not in reply and "Shall I send" in reply
    convo.say("ok send it home then").expect(contains="on its way")


def test_a_merchant_named_with_a_word_like_manager_hands_off_to_nobody():
    """ "pret a manger" read as "manager" put the customer in the supervisor queue."""
    convo = Conversation(account=ACCOUNTS / "priya_raman.yaml", now=NOW)
    convo.say("last 4 1008 zip 60614").expect(outcome="verified")
    convo.say("can I pay for the marriott charge with points?")
    reply = convo.say("ok what about the pret a manger one?")
    assert "supervisor" not in reply and "in line" not in reply
    reply.expect(contains="PRET A MANGER")


def test_asking_for_a_manager_still_reaches_one():
    convo = Conversation(account=ACCOUNTS / "priya_raman.yaml", now=NOW)
    convo.say("last 4 1008 zip 60614")
    convo.say("i want to talk to your manager").expect(intent="supervisor")


def test_replay_types_digits_for_a_password_a_pin_cue_took():
    """The stand-in password "Rex#4821" after "my pin ... it was" lost only its digits, so the
    replay failed on a transcript the chat had written; the digits alone are tried next."""
    said = "I forgot my pin, I think it was [password removed]"
    turn = Turn(number=2, line=15, user=said, now=datetime(2026, 12, 3, 10), expect=Expectations(refused=("password",)))
    assert typed(turn) == "I forgot my pin, I think it was 4821"


def priya() -> Conversation:
    convo = Conversation(account=ACCOUNTS / "priya_raman.yaml", now=NOW)
    convo.say("1008 60614").expect(outcome="verified")
    return convo


def test_a_password_changed_by_someone_else_is_a_takeover_not_a_preference():
    """ "I got an email that my password was changed and it wasn't me" had asked "Switch to alerts by e-mail?"."""
    convo = priya()
    reply = convo.say("I got an email that my password was changed and it wasn't me")
    reply.expect(intent="compromised_card", contains="account takeover")
    assert "alerts" not in reply


def test_a_detail_changed_by_the_customer_is_still_an_account_change():
    convo = priya()
    convo.say("my address was changed last week, how long until it shows").expect(domain="account_change")


def test_text_only_with_email_alerts_turned_off_switches_to_text():
    """ "turn off email alerts, text only please" had offered alerts by e-mail, the opposite."""
    convo = priya()
    convo.say("turn off email alerts, text only please").expect(contains="Switch to alerts by text message?")


def test_the_other_one_asks_the_same_question_of_the_other_own_card():
    """ "and the other one?" to "would you like to lock it?" (the Platinum) had kept the question,
    and the next "yes" locked the Platinum; the authorized user's card is not "the other one"."""
    convo = priya()
    convo.say("is my platinum card locked?").expect(contains="Would you like to lock it?")
    convo.say("and the other one?").expect(contains="Delta SkyMiles Gold Card ending 2017 is locked")
    convo.say("unlock that one").expect(contains="unlocked")
    assert next(card for card in convo.state.account.cards if card.last_four == "1008").status == "active"


def test_what_about_a_named_card_at_a_yes_or_no_asks_about_that_card():
    convo = priya()
    convo.say("is my platinum card locked?")
    convo.say("what about my delta card?").expect(contains="Would you like to unlock it?")
    convo.say("no")
    assert next(card for card in convo.state.account.cards if card.last_four == "1008").status == "active"


def marcus() -> Conversation:
    convo = Conversation(account=ACCOUNTS / "marcus.yaml", now=NOW)
    convo.say("4002 30309").expect(outcome="verified")
    return convo


def test_after_a_new_card_is_ordered_its_number_and_speed_are_follow_ups():
    """ "can you expedite it?" fell back and "will the number change?" asked about a phone number."""
    convo = marcus()
    convo.say("my gold card is cracked and the chip doesn't work")
    convo.say("yes send a new one").expect(contains="on its way")
    convo.say("will the number change?").expect(outcome="follow_up", contains="keeps the same number, ending 5019")
    reply = convo.say("can you expedite it?")
    reply.expect(outcome="follow_up", contains="faster delivery")
    assert "December 8, 2026" in reply


def test_a_lost_card_found_again_is_offered_the_unlock():
    """ "ok found it, it was in my jacket" had asked whether it was a lost card."""
    convo = ben()
    convo.say("I can't find my card").expect(contains="I've locked")
    convo.say("no")
    convo.say("ok found it, it was in my jacket").expect(intent="unlock_card", contains="Shall I unlock")
    convo.say("yes").expect(contains="unlocked")


def test_a_card_found_while_the_replacement_is_asked_orders_nothing_and_offers_the_unlock():
    convo = ben()
    convo.say("I lost my card").expect(contains="Shall I send a replacement")
    reply = convo.say("oh wait i found it, it was in my car")
    reply.expect(contains="Shall I unlock")
    assert "on its way" not in reply
    reply.expect(case=False)


def test_send_it_home_then_after_turning_down_another_address_asks_again():
    convo = priya()
    convo.say("my platinum card is damaged, please send a new one to my office at 100 N Riverside Plaza, Chicago IL 60606")
    convo.say("no, I don't want to change my address, just ship it to the office this once").expect(contains="haven't ordered")
    convo.say("ok fine send it home then").expect(outcome="follow_up", contains="Shall I send a new Platinum Card ending 1008")
    convo.say("yes").expect(contains="on its way")


def lucia() -> Conversation:
    convo = Conversation(account=ACCOUNTS / "lucia.yaml", now=NOW)
    convo.say("6004 33130").expect(outcome="verified")
    return convo


def test_a_benefit_credit_named_by_its_own_words_is_not_the_credit_limit():
    """ "do I have any hilton resort credit left?" had answered with the credit limit."""
    convo = lucia()
    reply = convo.say("do I have any hilton resort credit left?")
    reply.expect(intent="benefit_credit_left", contains="Hilton Resort Credit has $16.67 left")
    convo.say("how much credit do i have left").expect(contains="credit limit")


def test_how_do_i_earn_more_after_the_points_is_about_points():
    convo = ben()
    convo.say("how many points do I have?")
    convo.say("how do I earn more?").expect(intent="earn_points")


def test_when_will_his_card_arrive_after_adding_him_gives_the_date_said():
    """It had said replacements take 3 business days, against the December 14 just given."""
    convo = marcus()
    convo.say("add my son as an authorized user")
    convo.say("Darnell O'Neill")
    convo.say("yes")
    convo.approve()
    convo.say("when will his card arrive?").expect(outcome="follow_up", contains="Darnell O'Neill's card, ending")


def test_another_amount_at_the_limit_question_checks_that_amount():
    """ "to 35000" to "shall I raise it to $31,000?" had asked for a yes or a no, then raised it to $31,000."""
    convo = priya()
    convo.say("can I get a credit limit increase?")
    reply = convo.say("to 35000")
    reply.expect(contains="$35,000.00")
    assert "need a yes or a no" not in reply
    assert convo.state.account.credit_limit == 25000


def test_a_subscription_that_keeps_charging_after_cancelling_is_a_dispute_not_urgent_fraud():
    """It had told the customer to call the fraud team now and offered to lock the card."""
    convo = ben()
    reply = convo.say("I cancelled Adobe Creative Cloud in October but they keep charging me")
    reply.expect(intent="dispute_incorrect_charge", contains="you were charged after cancelling")
    assert "right now" not in reply


def test_a_bare_pick_of_another_charge_at_the_dispute_question_takes_that_charge():
    convo = ben()
    convo.say("dispute the adobe charge from october, i cancelled").expect(contains="October 22, 2026")
    convo.say("the november one").expect(outcome="corrected", contains="November 16, 2026")
    convo.say("the one from october").expect(outcome="corrected", contains="October 22, 2026")


def test_a_refund_still_pending_is_not_said_to_have_posted():
    convo = ben()
    reply = convo.say("REI said they refunded me $349.95 but I don't see it")
    reply.expect(contains="is pending on the card ending 8006")
    assert "posted to the card" not in reply
    convo.say("when will it post?").expect(outcome="follow_up", contains="should post within a few days")


def test_the_wrong_amount_with_the_right_one_answers_the_reason():
    """ "it was the wrong amount, should have been 69.15" had been taken for the same charge named again."""
    convo = priya()
    convo.say("dispute the 96.15 charge")
    reply = convo.say("it was the wrong amount, should have been 69.15")
    reply.expect(contains=["$96.15", "the amount is wrong", "Shall I open the dispute?"])


def test_take_it_off_after_a_returned_payment_fee_names_that_fee_and_who_can_review_it():
    """ "can you take it off please" after the $39 returned payment fee had fallen back."""
    convo = ben()
    convo.say("why is there a $39 fee on my account").expect(contains="returned payment fee")
    reply = convo.say("can you take it off please")
    reply.expect(intent="late_fee", contains="returned payment fee of $39.00")
    assert "credited" not in reply.lower()


def test_past_due_on_my_account_is_asked_of_the_account():
    convo = Conversation(account=ACCOUNTS / "marcus.yaml", now=NOW)
    convo.say("am I past due on my account?").expect(intent="payment_due_date")


def test_will_that_cover_my_minimum_after_a_payment_is_about_the_minimum():
    """It had answered about trip insurance."""
    convo = marcus()
    convo.say("I paid $250 yesterday, why isn't my balance lower?")
    convo.say("will that cover my minimum?").expect(intent="minimum_payment", contains="$172.00")


def test_what_about_another_amount_after_a_purchase_check_checks_that_amount():
    convo = priya()
    convo.say("I want to buy a $600 watch, will it go through?").expect(contains="$600.00")
    convo.say("what about a $20,000 one?").expect(outcome="follow_up", contains="A $20,000.00 purchase")


def test_whose_card_a_charge_was_on_is_answered_after_the_list_and_at_the_dispute_question():
    """ "whose card was that on?" had fallen back; "which card was it on?" had advertised card products."""
    convo = lucia()
    convo.say("what is this ticketmaster charge?").expect(contains="card ending 6038")
    convo.say("whose card was that on?").expect(outcome="follow_up", contains="Additional Card ending 6038, Sofía Fernández's card")
    convo = lucia()
    convo.say("I don't recognize a charge of 41.35").expect(contains="Shall I open the dispute?")
    reply = convo.say("which card was it on?")
    reply.expect(contains=["Mateo Fernández's card", "Shall I open the dispute?"])
    reply.expect(case=False)


def test_a_merchant_of_the_account_said_not_to_be_mine_is_disputed():
    """ "the lagos one isn't mine" after the list of charges had fallen back."""
    convo = marcus()
    convo.say("show my recent transactions")
    convo.say("what's pending?").expect(intent="recent_transactions")
    reply = convo.say("the lagos one isn't mine")
    reply.expect(intent="dispute_unrecognized_charge", contains=["still pending", "Gold Card ending 5019"])
    reply.expect(case=False)


def test_a_yes_to_an_either_or_question_asks_it_again():
    convo = ben()
    convo.say("when will I get my bonus?").expect(outcome="clarify")
    convo.say("yes").expect(outcome="clarify", contains="Reply 1 or 2")


def test_what_a_refused_secret_was_for_asks_nothing_more():
    """ "hi, to verify my card is <card>" had answered the APR once verified; "the verification code
    you sent is <code>" had explained how to reset a password."""
    convo = Conversation(account=ACCOUNTS / "priya_raman.yaml", now=NOW)
    convo.say("hi, to verify my card is 3782 980974 01008").expect(refused=("card_number",))
    reply = convo.say("oh sorry, last 4 1008 zip 60614")
    reply.expect(outcome="verified")
    assert "APR" not in reply
    convo = Conversation(account=ACCOUNTS / "priya_raman.yaml", now=NOW)
    convo.say("last 4 3016 zip 60614")
    reply = convo.say("the verification code you sent is 771 204")
    reply.expect(refused=("otp",))
    assert "Forgot User ID" not in reply
    convo.say("why can't I use my card online?").expect(intent="card_declined")


def test_a_request_after_thanks_is_the_request():
    convo = ben()
    convo.say("thanks what's due").expect(intent="payment_due_date")
    convo.say("thanks").expect(intent="thanks")


def test_that_was_me_try_again_after_a_denied_prompt_asks_for_the_change_again():
    convo = priya()
    convo.say("update my phone number to 312-555-0199")
    convo.say("yes")
    convo.deny().expect(contains="denied")
    reply = convo.say("wait, that was me, I hit the wrong button. try again")
    reply.expect(outcome="follow_up", contains="change the phone number on file from (312) 555-0147 to (312) 555-0199?")
    convo.say("yes")
    convo.approve().expect(contains="your phone number is now (312) 555-0199")


def test_two_details_of_one_verb_are_both_changed():
    """ "I need to update my phone number and my email" had dropped the e-mail."""
    convo = lucia()
    convo.say("I need to update my phone number and my email").expect(contains="What's the new number?")
    convo.say("(786) 555-0144")
    convo.say("yes")
    convo.approve().expect(contains=["your phone number is now (786) 555-0144", "update your email address", "What's the new one?"])


def test_no_longer_needing_the_agent_ends_the_agent_chat_and_the_next_request_is_answered():
    """ "I don't need an agent anymore" got the agent's next scripted line, and "whats my balance"
    at the rating question was asked for a number from 1 to 5."""
    convo = Conversation(account=ACCOUNTS / "priya_raman.yaml", now=NOW)
    convo.say("agent")
    convo.say("billing question")
    convo.say("I don't need an agent anymore").expect(outcome="agent_closed")
    convo.say("whats my balance").expect(intent="account_balance")
