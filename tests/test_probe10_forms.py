"""Forms found this session (the tenth black-box probe and the defects left open before it):
each test writes its account, so the facts it leans on are in sight."""

from __future__ import annotations

import pytest

from amexsim.testing import Conversation
from tests.test_probe8_forms import NADIA, nadia


def test_a_detail_question_about_the_last_answer_is_answered_by_that_answer(tmp_path):
    """ "how much was it?" after "your payment has posted" had been asked which of two unrelated
    things was meant; the answer that holds the amount is given again."""
    convo = nadia(tmp_path)
    convo.say("did my last payment go through?").expect(intent="payment_status", contains="$1,120.08")
    convo.say("how much was it").expect(intent="payment_status", outcome="follow_up", contains="$1,120.08")
    convo.say("and when was that?").expect(intent="payment_status", contains="November 27, 2026")


def test_a_detail_question_never_runs_an_action_again(tmp_path):
    """After a flow that changed something (a lock), "when was that?" must not lock again or ask to."""
    convo = nadia(tmp_path)
    convo.say("lock my card").expect(intent="lock_card")
    convo.say("yes")
    reply = convo.say("when was that?")
    assert reply.trace.outcome != "follow_up"
    assert "lock" not in reply.lower()


def test_yes_and_a_request_for_what_was_already_done_keeps_it_and_orders_nothing(tmp_path):
    """ "yes lock it" to "I've locked your card first. Shall I send a replacement?" had ordered
    the replacement and cancelled the card for good: the customer asked for the lock only."""
    convo = nadia(tmp_path)
    convo.say("i think i left my card at a bar last night").expect(intent="lost_card", contains="Shall I send a replacement")
    convo.say("yes lock it").expect(contains="won't order a replacement")
    convo.say("actually i found it, unlock it").expect(intent="unlock_card", contains="ending 7004")


def test_a_dispute_called_off_with_its_reason_is_stopped_and_a_thanks_opens_nothing(tmp_path):
    """ "oh wait that's my son's card, nevermind he bought a laptop" at "Shall I open the
    dispute?" had been asked for a yes or a no, and the "ok thanks" after it opened the case."""
    convo = nadia(tmp_path)
    convo.say("there's a wayfair charge for 436.25 i dont recognize").expect(intent="dispute_unrecognized_charge")
    convo.say("oh wait thats my son's purchase, nevermind he bought a rug").expect(contains="stopped", case=False)
    convo.say("ok thanks").expect(case=False)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # an amount in dollars names the charge as well as the word "charge" does
        ("the safeway 64 dollars is not mine", "dispute_unrecognized_charge"),
        # a booking nobody made is a charge to question, not a booking to make
        ("there is a charge from southwest airlines for 318.40 i didnt book any flight", "dispute_unrecognized_charge"),
        # where the account stands, not a lock
        ("hows my account looking", "account_balance"),
        # the reason for a lock, not a request for one
        ("why was my card locked in the first place", "card_declined"),
        ("what happens if i miss a payment", "missed_payment"),
    ],
)
def test_forms_of_the_tenth_probe_are_read_as_their_request(tmp_path, text, intent):
    nadia(tmp_path).say(text).expect(intent=intent)


def test_yes_to_the_question_the_last_reply_asked_takes_it_up(tmp_path):
    """ "Would you like me to check your points balance first?" then "yes do it" had answered
    "Great. What would you like to do next?" and dropped what it had offered."""
    convo = nadia(tmp_path)
    convo.say("how do i redeem my points").expect(contains="check your points balance first?")
    convo.say("yes do it").expect(intent="points_balance", contains="31,250")


def test_a_lost_job_is_financial_hardship_and_never_locks_a_card(tmp_path):
    """ "i lost my job and cant pay" had been guessed as a lost card (which is locked at once)."""
    convo = nadia(tmp_path)
    reply = convo.say("i lost my job and cant pay").expect(intent="financial_hardship")
    assert "locked" not in reply
    convo.say("can i make a payment arrangement").expect(intent="financial_hardship")


def test_the_pending_charges_and_the_spending_at_one_merchant_are_listed_from_the_account(tmp_path):
    """ "what are the pending charges" had been told what a hold is, and "how much did I spend at
    trader joes" refused as off-topic: both are answered from the account's transactions."""
    convo = nadia(tmp_path)
    convo.say("what are the pending charges").expect(intent="recent_transactions", contains="$299.00 at ONLINE GAMING LTD")
    convo.say("how much did i spend at target").expect(intent="recent_transactions", contains="At TARGET you've spent $82.14")
    convo.say("and safeway?").expect(contains="$64.38 at SAFEWAY")


def test_how_long_after_a_dispute_gives_its_dates_even_after_a_thanks(tmp_path):
    """ "how long will this take" right after a dispute opened had fallen back; a "yes" or a
    "thanks" in between is no subject of its own and leaves the dispute to follow up on."""
    convo = nadia(tmp_path)
    convo.say("i was charged twice at target").expect(intent="duplicate_charge")
    convo.say("yes")
    convo.say("thanks")
    convo.say("how long will this take").expect(intent="dispute_status", outcome="follow_up", contains="decide by")


def test_a_fee_just_explained_is_the_one_a_refund_asks_for(tmp_path):
    """ "can i get that refunded, i barely use the card" after the annual fee was explained had
    been told to ask the merchant for a refund."""
    account = NADIA.replace("payments:", "fees:\n  - {date: 2026-11-05, kind: annual_fee, amount: 95.00}\npayments:")
    convo = nadia(tmp_path, account=account)
    convo.say("why was i charged an annual fee").expect(intent="annual_fee", contains="$95.00")
    convo.say("can i get that refunded i barely use the card").expect(intent="fee_refund_request")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("which ones are in apple pay", "wallet_cards"),
        ("what if you decide against me", "dispute_outcome_against"),
    ],
)
def test_more_forms_of_the_tenth_probe(tmp_path, text, intent):
    nadia(tmp_path).say(text).expect(intent=intent)


UBER = (
    NADIA.replace(
        '  - {name: Blue Cash Everyday Card, last_four: "7004", holder: Nadia Shah, wallets: [Apple Pay]}\n',
        '  - {name: Blue Cash Everyday Card, last_four: "7004", holder: Nadia Shah, wallets: [Apple Pay], status: locked}\n',
    )
    + "benefit_credits:\n  - {name: Uber Cash, monthly: 15.00, used_this_month: 9.50}\n"
)


def test_two_questions_of_one_domain_are_both_answered(tmp_path):
    """ "whats my uber cash balance and how many points do i have" had answered the points only."""
    reply = nadia(tmp_path, account=UBER).say("whats my uber cash balance and how many points do i have")
    assert "31,250 points" in reply and "$5.50 left" in reply


def test_a_yes_with_another_request_does_both(tmp_path):
    """ "unlock it and also how much uber cash is left" to "would you like to unlock it?" had
    unlocked the card and dropped the question."""
    convo = nadia(tmp_path, account=UBER)
    convo.say("is my card locked").expect(contains="unlock it?")
    reply = convo.say("unlock it and also how much uber cash is left")
    assert "unlocked" in reply and "$5.50 left" in reply


def test_a_payment_today_and_autopay_in_one_message_are_both_answered(tmp_path):
    reply = nadia(tmp_path).say("I need to pay 35 dollars today how do I do that, also my autopay isnt set up right?")
    assert "AutoPay is currently on" in reply and "Now your other request (make a payment)" in reply


TWO_OF_A_KIND = NADIA.replace(
    '  - {name: Blue Cash Everyday Card, last_four: "7004", holder: Nadia Shah, wallets: [Apple Pay]}\n',
    '  - {name: Blue Cash Everyday Card, last_four: "7004", holder: Nadia Shah, wallets: [Apple Pay]}\n'
    '  - {name: Gold Card, last_four: "4417", holder: Nadia Shah}\n'
    '  - {name: Gold Card, last_four: "8823", holder: Nadia Shah}\n',
).replace(
    '  - {date: 2026-10-14, merchant: TARGET, amount: 82.14, card: "7004"}\n',
    '  - {date: 2026-09-14, merchant: TARGET, amount: 96.33, card: "7004"}\n'
    '  - {date: 2026-10-14, merchant: TARGET, amount: 82.14, card: "7004"}\n',
)


def test_both_cards_of_one_product_are_each_handled(tmp_path):
    """ "lost my wallet with both gold cards in it" had asked which of the two, and looped."""
    convo = nadia(tmp_path, account=TWO_OF_A_KIND)
    convo.say("lost my wallet with both gold cards in it").expect(intent="lost_card", contains="Gold Card ending 4417")
    convo.say("yes")
    reply = convo.say("yes")
    assert "Gold Card ending 8823" in reply


def test_a_month_named_picks_the_charge_of_that_month(tmp_path):
    """ "the target one from september" had listed both TARGET charges."""
    convo = nadia(tmp_path, account=TWO_OF_A_KIND)
    reply = convo.say("i want to dispute the target one from september")
    assert "$96.33" in str(reply.trace.slots["charge"])


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ("i was charged 82.14 but the price is 62.14", "the amount is wrong"),
        ("same day same amount, it's there twice", "you were charged twice"),
    ],
)
def test_dispute_reasons_in_everyday_words(tmp_path, answer, reason):
    convo = nadia(tmp_path)
    convo.say("i want to dispute the target charge")
    convo.say(answer).expect(contains=reason)


def test_and_email_at_the_phone_offer_tells_the_email_and_a_new_one_changes_it(tmp_path):
    """ "and email?" at "The phone number on file is ... would you like to change it?" had been
    asked for a yes or a no, and so had the new e-mail address given after it."""
    convo = nadia(tmp_path)
    convo.say("whats my phone number on file").expect(contains="Would you like to change it?")
    convo.say("and email?").expect(intent="email_on_file", contains="nadia.shah@example.com")
    convo.say("update it to nadia@shah.io").expect(contains="to nadia@shah.io?")


def test_a_complaint_that_tells_its_story_is_logged_with_it_and_yes_is_no_story(tmp_path):
    convo = nadia(tmp_path)
    story = "this is the third time im contacting you about the wayfair charge and nobody fixes it, i want to file a complaint"
    convo.say(story).expect(intent="complaint", case=True)
    convo = nadia(tmp_path)
    convo.say("i want to file a complaint").expect(contains="what went wrong")
    convo.say("yes").expect(contains="what went wrong", case=False)


def test_a_request_for_the_supervisor_offered_is_a_yes(tmp_path):
    convo = nadia(tmp_path)
    convo.say("i want to file a complaint")
    convo.say("you charged me twice and nobody helped").expect(contains="speak with a supervisor")
    convo.say("supervisor please").expect(handoff="supervisor")


def test_is_my_account_past_due_is_answered_no_before_the_due_date(tmp_path):
    """ "is my account past due" had been given the next due date, never a no."""
    nadia(tmp_path).say("is my account past due").expect(intent="payment_due_date", contains="No, your account isn't past due")


def test_a_lower_apr_asked_for_offers_a_credit_specialist(tmp_path):
    """ "can you lower my apr" had the APR read back; a rate change is a credit decision."""
    convo = nadia(tmp_path)
    convo.say("can you lower my apr").expect(intent="apr", contains="credit specialist")
    convo.say("yes").expect(handoff="credit")
    nadia(tmp_path).say("what is my apr").expect(intent="apr", contains="26.99%")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("will that hurt my credit score", "missed_payment"),
        ("freeze my card for now i cant find it", "lock_card"),
        ("I'm abroad and the hotel charged me in euros, why is there a fee", "foreign_transaction_fees"),
    ],
)
def test_forms_of_the_tenth_probe_read_as_their_request(tmp_path, text, intent):
    nadia(tmp_path).say(text).expect(intent=intent)


def test_will_my_card_work_there_on_a_trip_says_whether_it_is_locked(tmp_path):
    """ "going to paris next week, will my card work there" had been told no travel notice is
    needed, never that the card was locked and would be declined."""
    convo = nadia(tmp_path, account=UBER)
    convo.say("going to paris next week, will my card work there").expect(intent="travel_notification", contains="is locked right now")
    convo.say("yes").expect(contains="unlocked and ready for your trip")
    active = tmp_path / "active"
    active.mkdir()
    nadia(active).say("going to paris next week, will my card work there").expect(contains="is active")
    nadia(active).say("going to paris next week").expect(contains="travel notice")


def test_which_cards_are_locked_lists_them_and_offers_no_lock(tmp_path):
    """The eleventh probe: "which cards are locked" had been read as a lock request."""
    reply = nadia(tmp_path, account=TWO_OF_A_KIND).say("which cards are locked")
    reply.expect(intent="list_cards")
    assert "Shall I lock" not in reply


def test_a_yes_to_an_either_or_question_picks_neither(tmp_path):
    """ "Would you like to unlock it, or report it lost or stolen?" then "yes" had started the
    lost-card flow (and the next card named was cancelled for good)."""
    convo = nadia(tmp_path, account=UBER)
    convo.say("lock my card").expect(contains="or report it lost or stolen?")
    reply = convo.say("yes")
    assert reply.trace.intent != "lost_card" and "replacement" not in reply


def test_a_charge_already_disputed_gets_no_second_case(tmp_path):
    convo = nadia(tmp_path)
    convo.say("dispute the wayfair charge, the amount is wrong")
    convo.say("yes").expect(case=True)
    convo.say("dispute the wayfair charge, i was charged twice").expect(contains="already disputed", case=False)


def test_back_to_the_dispute_asks_its_question_again(tmp_path):
    """ "ok back to the dispute" at "Shall I open the dispute?" had opened it."""
    convo = nadia(tmp_path)
    convo.say("dispute the wayfair charge, the amount is wrong").expect(contains="Shall I open the dispute?")
    convo.say("how many points do i have")
    convo.say("ok back to the dispute").expect(contains="Shall I open the dispute?", case=False)


FAMILY = NADIA.replace(
    "payments:",
    'authorized_users:\n  - {name: Ana Lucía Shah, last_four: "3579"}\n  - {name: Ana María Shah, last_four: "9753"}\npayments:',
)


def test_an_authorized_user_naming_a_namesake_s_card_is_refused(tmp_path):
    """Ana María asking to lock Ana Lucía's card had locked her own (their first name is one)."""
    path = tmp_path / "family.yaml"
    path.write_text(FAMILY, encoding="utf-8")
    convo = Conversation(account=path, now="2026-12-02T10:00")
    convo.say("9753 94110").expect(outcome="verified")
    reply = convo.say("lock Ana Lucia's card, she lost her phone")
    assert "Ana Lucía's card" in reply and "Shall I lock" not in reply


def test_why_at_a_yes_or_no_question_gets_the_reason_and_the_question_again(tmp_path):
    """ "why?" at "would you like to unlock it?" and "what do you mean too late" at the courtesy
    review offer had both been told to say yes or no."""
    convo = nadia(tmp_path, account=UBER)
    convo.say("is my card locked").expect(contains="unlock it?")
    reply = convo.say("why?")
    assert "can't see why the card was locked" in reply and reply.endswith("unlock it?")


def test_the_other_one_at_a_question_about_a_charge_changes_the_charge(tmp_path):
    """ "what about the other one from november" at the late-review offer for an August charge
    had been asked for a yes or a no."""
    account = TWO_OF_A_KIND.replace("2026-09-14, merchant: TARGET", "2026-07-14, merchant: TARGET").replace(
        "statements:\n", "statements:\n  - {closing: 2026-08-04, due: 2026-08-29, balance: 96.33, minimum_due: 25.00}\n"
    )
    convo = nadia(tmp_path, account=account)
    convo.say("i want to dispute the target charge, i never made it")
    convo.say("the july one").expect(contains="courtesy")
    convo.say("what do you mean too late, I only just noticed").expect(contains="not from when it was noticed")
    convo.say("what about the other one from october").expect(contains="$82.14")


def test_an_urgent_fraud_charge_on_a_card_just_replaced_offers_no_lock_of_the_new_card(tmp_path):
    """ "I lost my card and also there is a charge I did not make": the lock had been offered for
    the brand-new replacement card, which the charge was never made on."""
    convo = nadia(tmp_path)
    convo.say("I lost my card and also there is an online gaming charge I did not make")
    reply = convo.say("yes")
    assert "already cancelled" in reply and "shall i lock" not in reply.lower()


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("wait no, lock my card instead", "lock_card"),
        ("did my email change go through", "email_on_file"),
        ("can I upload the cancellation email", "dispute_documents"),
        ("did I pay the last one", "payment_status"),
    ],
)
def test_forms_of_the_eleventh_probe_read_as_their_request(tmp_path, text, intent):
    nadia(tmp_path).say(text).expect(intent=intent)


def test_do_i_still_have_to_pay_it_after_a_dispute_is_about_the_disputed_amount(tmp_path):
    """ "and do I still have to pay it?" after a dispute had been told how to make a payment."""
    convo = nadia(tmp_path)
    convo.say("dispute the wayfair charge, the amount is wrong")
    convo.say("yes").expect(case=True)
    convo.say("and do I still have to pay it?").expect(intent="dispute_pay_meanwhile")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("thank you dear", "thanks"),
        ("ok thanks, you are great", "thanks"),
        ("hi its Ana Lucia", "greeting"),
        ("your app is garbage", "frustration"),
        ("is my card ok", "card_status"),
        ("I dont understand my bill", "statement_info"),
    ],
)
def test_everyday_lines_of_the_eleventh_probe_get_an_answer(tmp_path, text, intent):
    """Each had fallen back ("Sorry, I didn't catch that")."""
    nadia(tmp_path).say(text).expect(intent=intent)


def test_a_namesake_named_in_full_without_accents_picks_their_card_and_their_user(tmp_path):
    """ "Ana Maria" beside Ana Lucía and Ana María had looped on the pick list (the first name
    alone was read, and both have it)."""
    convo = nadia(tmp_path, account=FAMILY)
    convo.say("lock the card")
    convo.say("Ana Maria").expect(contains="ending 9753")
    other = tmp_path / "other"
    other.mkdir()
    nadia(other, account=FAMILY).say("remove Ana Maria from my account").expect(contains="Ana María Shah (card ending 9753)")


def test_a_late_fee_after_a_minimum_paid_in_time_is_said_to_be_our_error(tmp_path):
    """ "why was I charged a late fee? I paid on the 19th": the minimum had been paid on its due
    date, yet the fee was explained as a missed payment and a circumstance asked for."""
    account = NADIA.replace("payments:", "fees:\n  - {date: 2026-11-30, kind: late_fee, amount: 39.00}\npayments:")
    convo = nadia(tmp_path, account=account)
    convo.say("why was I charged a late fee? I paid on time").expect(intent="late_fee", contains="looks like our error")
    convo.say("yes").expect(contains="is credited")


def test_a_pending_charge_nobody_made_on_another_card_of_the_account_is_urgent(tmp_path):
    """ "there is a 74 dollar shell charge on tomas card, neither of us made it" had been told about
    a $1 authorisation hold; "she does not have netflix" was no reason the dispute read."""
    reply = nadia(tmp_path).say("there is a 299 dollar online gaming charge, neither of us made it")
    assert "urgent" in reply


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I want to add an employee to my account", "add_authorized_user"),
        ("change it to the 15th", "change_due_date"),
    ],
)
def test_more_forms_of_the_eleventh_probe(tmp_path, text, intent):
    """ "add an employee" had been read as removing the only authorized user; "change it to the
    15th" after the due date as off-topic."""
    nadia(tmp_path).say(text).expect(intent=intent)


def test_never_mind_with_a_reason_at_the_dispute_question_opens_nothing(tmp_path):
    """ "ok so they're different amounts, never mind then" at "Shall I open the dispute?" had been
    read as a yes (its "ok") and the dispute opened."""
    convo = nadia(tmp_path)
    convo.say("dispute the wayfair charge, i was charged twice").expect(contains="Shall I open the dispute?")
    convo.say("ok so they're different amounts, never mind then").expect(case=False, contains="stopped")


def test_a_guess_of_a_flow_that_acts_at_once_with_nothing_beside_it_starts_nothing(tmp_path):
    """ "and the other card?" after a balance had been guessed as a stolen card, and the card named
    next was locked at once."""
    convo = nadia(tmp_path, account=TWO_OF_A_KIND)
    convo.say("whats my balance")
    reply = convo.say("and the other card?")
    assert reply.trace.intent != "stolen_card" and "locked" not in reply


def test_ok_and_a_question_at_an_offer_is_no_yes(tmp_path):
    """ "ok whats my available credit" at "Would you like me to connect you with a credit
    specialist?" had been a yes, and the chat was handed off."""
    convo = nadia(tmp_path)
    convo.say("can you lower my apr").expect(contains="Would you like me to connect you")
    convo.say("ok whats my available credit").expect(contains="$7,700.37", handoff=False)


def test_a_request_for_what_an_offer_gives_is_not_declined(tmp_path):
    """ "switch me to paperless please" at "Would you like to switch to paperless statements?" had
    been read as a no ("your statements stay as they are")."""
    account = NADIA.replace("autopay: true\n", "autopay: true\npreferences: {statements: paper}\n")
    convo = nadia(tmp_path, account=account)
    convo.say("am i on paperless").expect(contains="switch to paperless")
    reply = convo.say("switch me to paperless please")
    assert "stay as they are" not in reply


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("cancel my spotify subscription", "request_refund"),
        ("can i get it raised to 20000", "credit_limit_increase"),
        ("pay it for me from my bank", "make_payment"),
    ],
)
def test_forms_of_the_twelfth_probe_read_as_their_request(tmp_path, text, intent):
    """ "cancel my spotify subscription" had offered to close the account; the others fell back."""
    nadia(tmp_path).say(text).expect(intent=intent)


def test_english_asked_for_after_a_spanish_hand_off_comes_back_to_the_assistant(tmp_path):
    """ "english is fine actually" after "hola necesito ayuda" had gone to the Spanish team's
    scripted agent, which then took every message, a card choice as a rating among them."""
    convo = nadia(tmp_path)
    convo.say("hola necesito ayuda").expect(contains="equipo en español")
    convo.say("si").expect(handoff=True)
    convo.say("sorry english please. what is my balance").expect(contains="continue in English", intent="account_balance")


def test_and_lock_the_other_one_too_at_the_lock_question_locks_both(tmp_path):
    """ "and lock the gold one too" to "Shall I lock your Blue Cash card?" had been asked for a yes
    or a no (and, said as "instead", it sets the first aside: that stays)."""
    convo = nadia(tmp_path, account=TWO_OF_A_KIND)
    convo.say("lock my blue cash card").expect(contains="Shall I lock your Blue Cash Everyday Card ending 7004?")
    reply = convo.say("and lock the gold card ending 4417 too")
    assert "Blue Cash Everyday Card ending 7004 is locked" in reply and "Gold Card ending 4417" in reply


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how much was the safeway one", "recent_transactions"),
        ("what else is on my card this month", "recent_transactions"),
        ("are my chats recorded", "chat_security"),
        ("anyone there", "greeting"),
    ],
)
def test_more_forms_of_the_twelfth_probe(tmp_path, text, intent):
    """Each had fallen back or been read as off-topic."""
    nadia(tmp_path).say(text).expect(intent=intent)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can i pay less than that this month im short on cash", "financial_hardship"),
        ("money is tight this month", "financial_hardship"),
        ("i want to pay 200 anyway", "make_payment"),
    ],
)
def test_money_troubles_and_an_amount_to_pay(tmp_path, text, intent):
    nadia(tmp_path).say(text).expect(intent=intent)


def test_when_will_mine_arrive_after_a_replacement_gives_its_date(tmp_path):
    """ "when will mine arrive" just after a replacement was ordered had been told replacements
    usually take 3 business days, not the date of the one just ordered."""
    convo = nadia(tmp_path)
    convo.say("i lost my card")
    convo.say("yes").expect(contains="arrives by")
    convo.say("when will mine arrive").expect(intent="card_not_arrived", contains="should arrive by")
    convo.say("how long will it take").expect(intent="card_not_arrived")
