"""Forms found by the eighth black-box probe (acctprobe8): each account is written here, so the
facts the tests lean on are in sight."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

NADIA = """\
id: nadia
holder_name: Nadia Shah
zip: "94110"
mailing_address: 2450 Mission Street, San Francisco, CA 94110
email: nadia.shah@example.com
phone: (415) 555-0163
points: 31250
credit_limit: 8500.00
purchase_apr: 26.99
autopay: true
cards:
  - {name: Blue Cash Everyday Card, last_four: "7004", holder: Nadia Shah, wallets: [Apple Pay]}
statements:
  - {closing: 2026-10-04, due: 2026-10-29, balance: 1386.75, minimum_due: 40.00}
  - {closing: 2026-11-04, due: 2026-11-29, balance: 1120.08, minimum_due: 38.00}
transactions:
  - {date: 2026-09-29, merchant: SOUTHWEST AIRLINES, amount: 318.40, card: "7004"}
  - {date: 2026-10-14, merchant: TARGET, amount: 82.14, card: "7004"}
  - {date: 2026-11-10, merchant: WAYFAIR, amount: 436.25, card: "7004"}
  - {date: 2026-11-26, merchant: SAFEWAY, amount: 64.38, card: "7004"}
  - {date: 2026-11-30, merchant: ONLINE GAMING LTD, amount: 299.00, card: "7004", status: pending}
payments:
  - {date: 2026-10-27, amount: 1386.75}
  - {date: 2026-11-27, amount: 1120.08}
"""


def nadia(tmp_path: Path, *, verified: bool = True, now: str = "2026-12-02T10:00", account: str = NADIA) -> Conversation:
    """A chat on NADIA's account, or on ``account`` (a variant of it the test writes)."""
    path = tmp_path / "nadia.yaml"
    path.write_text(account, encoding="utf-8")
    convo = Conversation(account=path, now=now)
    if verified:
        convo.say("7004 94110").expect(outcome="verified")
    return convo


@pytest.mark.parametrize("first, second", [("94110", "7004"), ("7004", "94110"), ("zip 94110", "7004.")])
def test_the_details_one_at_a_time_as_the_first_words_verify(tmp_path, first, second):
    convo = nadia(tmp_path, verified=False)
    convo.say(first).expect(outcome="verify", contains="still need")
    convo.say(second).expect(outcome="verified", contains="Nadia")
    convo.say("what's my balance?").expect(intent="account_balance", contains="$500.63")


def test_another_charge_disputed_at_the_lock_offer_is_a_new_request_not_a_yes(tmp_path):
    """ "ok dispute the Target charge" to the urgent dispute's "shall I lock the card?" had been
    read as a yes: the card was locked and the Target dispute never started."""
    convo = nadia(tmp_path)
    convo.say("I want to dispute the online gaming charge, it's not mine").expect(contains="shall I lock")
    reply = convo.say("ok dispute the target charge, I was charged twice")
    reply.expect(outcome="digression", contains=["TARGET", "Shall I open the dispute?"])
    assert "locked" not in " ".join(reply.replies)
    convo.say("yes").expect(contains="case D")
    assert all(card.status == "active" for card in convo.state.account.cards)


def test_yes_to_the_lock_offer_still_locks(tmp_path):
    convo = nadia(tmp_path)
    convo.say("I want to dispute the online gaming charge, it's not mine").expect(contains="shall I lock")
    convo.say("ok, lock it").expect(contains="locked")
    assert convo.state.account.cards[0].status == "locked"


@pytest.mark.parametrize(
    "details",
    [
        "My card ends 7004 and my zip is 94110",
        "my card ends in 7004 and my zip code is 94110",
        "card ending 7004, billing zip 94110",
        "the last four digits of my card are 7004 and my zip is 94110",
    ],
)
def test_the_details_in_words_verify_and_start_nothing(tmp_path, details):
    """The words naming the details ("my card ends") had been read as a request once the digits
    were taken out: a verified customer was offered a replacement card."""
    convo = nadia(tmp_path, verified=False)
    reply = convo.say(details)
    reply.expect(outcome="verified")
    assert len(reply.replies) == 1, reply.replies
    assert convo.state.top is None


def test_a_guess_that_would_lock_the_card_is_asked_first(tmp_path):
    """ "when will I get my bonus?" is guessed (no rule) as a lost card, which locks the
    card at once: a flow that acts before asking is started on a rule's reading only."""
    convo = nadia(tmp_path)
    convo.say("when will I get my bonus?").expect(outcome="clarify")
    assert convo.state.account.cards[0].status == "active"
    convo.say("I lost my card").expect(intent="lost_card", contains="locked")


@pytest.mark.parametrize(
    "said",
    [
        "there's a 299 charge from online gaming ltd, I never played any games",
        "there's an online gaming charge I never signed up for",
        "I want to dispute the online gaming charge, I never used that site",
    ],
)
def test_a_pending_charge_told_as_never_used_is_urgent_fraud(tmp_path, said):
    """ "I never played any games", "a ride I didn't take": the customer did not make the charge,
    and a pending one is urgent (call now, offer to lock); the reason had been asked again."""
    nadia(tmp_path).say(said).expect(contains=["urgent", "shall I lock"])


def test_will_my_card_number_change_is_answered_by_the_replacement_on_its_way(tmp_path):
    """It had started a change of the phone number."""
    convo = nadia(tmp_path)
    convo.say("my card is cracked and doesn't work at the chip reader").expect(contains="same number")
    convo.say("yes").expect(contains="R")
    convo.say("will my card number change?").expect(intent="card_not_arrived", contains="same number, ending 7004")
    lost = nadia(tmp_path)
    lost.say("I lost my card").expect(contains="Shall I send")
    lost.say("yes")
    lost.say("do I get a new number?").expect(intent="card_not_arrived", contains=["new number", "ending 7004 is cancelled"])


@pytest.mark.parametrize("asked", ["do I need to make a payment this month?", "how much should I pay?", "do I have to pay anything"])
def test_do_i_need_to_pay_gives_what_is_owed_not_how_to_pay(tmp_path, asked):
    """On a credit balance the answer is that nothing is due; it had been how to make a payment."""
    convo = nadia(tmp_path)
    convo.say(asked).expect(intent="account_balance", contains="$500.63")


def test_an_older_statement_is_told_in_the_past_not_with_a_due_date_gone_by(tmp_path):
    """ "what was the balance in october?" had advised paying "by October 29" (a month gone) and
    said of a statement paid later that nothing had been paid "yet"."""
    convo = nadia(tmp_path, account=NADIA.replace("{date: 2026-10-27, amount: 1386.75}", "{date: 2026-10-27, amount: 500.00}"))
    reply = convo.say("what was the balance in october?")
    paid = "$500.00 was paid before the next statement closed on November 4, 2026"
    reply.expect(contains=["$1,386.75", "that was due October 29, 2026", paid])
    assert "avoids interest" not in reply and "yet" not in reply
    # the latest statement, still open, keeps its advice
    convo.say("what's my minimum payment?").expect(contains="November 29, 2026")


@pytest.mark.parametrize(
    "asked, given, new",
    [
        ("what's my email on file", "change it to nadia.s@example.org", "nadia.s@example.org"),
        ("what's my phone number on file", "it should be 415-555-0188 now", "(415) 555-0188"),
        ("what's my address on file", "I moved to 12 Valencia Street, Apt 4, San Francisco CA 94103", "12 Valencia Street"),
    ],
)
def test_the_new_value_given_to_would_you_like_to_change_it_is_a_yes_and_is_used(tmp_path, asked, given, new):
    """ "change it to ...@gmail.com" to "would you like to change it?" had opened the
    communication preferences; an address given there had been told to answer yes or no."""
    convo = nadia(tmp_path)
    convo.say(asked).expect(contains="Would you like to change it?")
    convo.say(given).expect(contains=["Just to confirm", new])


@pytest.mark.parametrize(
    "details",
    [
        "mis últimos 4 son 7004 y mi código postal es 94110",
        "mi tarjeta termina en 7004, codigo postal 94110",
        "ultimos cuatro digitos 7004 cp 94110",
    ],
)
def test_the_details_said_in_spanish_verify(tmp_path, details):
    nadia(tmp_path, verified=False).say(details).expect(outcome="verified")


def test_never_mind_and_more_calls_the_flow_off_and_a_new_request_goes_on(tmp_path):
    """ "never mind, I want to lock my card instead" had been asked which charge again, and
    "actually never mind, I'll call the store first" had been told to answer yes or no."""
    convo = nadia(tmp_path)
    convo.say("I want to dispute a charge").expect(contains="Which charge")
    convo.say("never mind, I want to lock my card instead").expect(intent="lock_card", contains=["stopped", "Shall I lock"])
    other = nadia(tmp_path)
    other.say("dispute the target charge").expect(contains="What's wrong")
    other.say("the amount is wrong").expect(contains="Shall I open the dispute?")
    other.say("actually never mind, I'll call the store first").expect(outcome="cancelled", contains="Nothing was changed")
    assert other.state.top is None and not other.state.cases


FEES = (
    NADIA
    + """\
fees:
  - {date: 2026-10-18, kind: foreign_transaction_fee, amount: 13.38}
  - {date: 2026-11-01, kind: returned_payment_fee, amount: 39.00}
"""
)


@pytest.mark.parametrize(
    "asked, listed",
    [
        ("why was I charged a foreign transaction fee", "Foreign transaction fee: $13.38 on October 18, 2026"),
        ("why is there a returned payment fee on my account", "Returned payment fee: $39.00 on November 1, 2026"),
        ("can you refund the returned payment fee", "Returned payment fee: $39.00"),
    ],
)
def test_a_fee_named_by_its_kind_is_found_among_the_accounts_fees(tmp_path, asked, listed):
    """They had got the answer about $1 temporary authorizations, or a merchant's refund."""
    convo = nadia(tmp_path, account=FEES)
    convo.say(asked).expect(intent="fees_charged", contains=listed)


@pytest.mark.parametrize(
    "said, intent, words",
    [
        ("how do I link my bank account?", "payment_bank_account", "Payment Accounts"),
        ("can I pay from a different bank account", "payment_bank_account", "Payment Accounts"),
        ("spotify charged my old blue cash card, will that still go through?", "bills_on_old_card", "new number"),
        ("will my card work there? it's locked I think", "card_status", "is locked"),
    ],
)
def test_questions_that_had_offered_a_lock_or_a_replacement(tmp_path, said, intent, words):
    """ "how do I link my bank account?" had offered to lock the card, and a bill on an old card
    or a card that may be locked had offered a replacement."""
    convo = nadia(tmp_path, account=NADIA.replace("wallets: [Apple Pay]}", "wallets: [Apple Pay], status: locked}"))
    convo.say(said).expect(intent=intent, contains=words)


def test_a_dispute_asked_for_with_a_refund_never_made_opens_the_dispute(tmp_path):
    """ "I want to dispute it, they never refunded me" had been told to ask the merchant first."""
    convo = nadia(tmp_path)
    convo.say("what's the deadline to dispute the southwest charge").expect(contains="SOUTHWEST")
    reply = convo.say("ok I want to dispute it, they cancelled the flight and never refunded me")
    reply.expect(contains=["SOUTHWEST", "a refund you were promised never arrived", "Shall I open the dispute?"])


TWO = NADIA.replace(
    '  - {name: Blue Cash Everyday Card, last_four: "7004", holder: Nadia Shah, wallets: [Apple Pay]}\n',
    '  - {name: Blue Cash Everyday Card, last_four: "7004", holder: Nadia Shah, wallets: [Apple Pay]}\n'
    '  - {name: Delta SkyMiles Gold Card, last_four: "5002", holder: Nadia Shah}\n',
)


def two_cards(tmp_path: Path) -> Conversation:
    convo = nadia(tmp_path, account=TWO)
    return convo


def test_two_cards_lost_in_one_message_are_both_handled_in_the_order_named(tmp_path):
    """ "lost my delta card and my blue cash card" had handled one card (and a later "now the
    other" replaced the card just ordered)."""
    convo = two_cards(tmp_path)
    convo.say("lost my delta card and my blue cash card").expect(contains=["Delta SkyMiles Gold Card ending 5002", "Shall I send"])
    convo.say("yes").expect(contains=["ending 5002 is cancelled", "other request", "Blue Cash Everyday Card ending 7004"])
    convo.say("yes").expect(contains="ending 7004 is cancelled")
    assert {card.last_four: card.status for card in convo.state.account.cards}["7004"] == "cancelled"


@pytest.mark.parametrize("asked", ["lock both my cards", "please freeze all of my cards"])
def test_both_or_all_my_cards_locks_each_of_them(tmp_path, asked):
    convo = two_cards(tmp_path)
    convo.say(asked).expect(contains="Shall I lock your Blue Cash Everyday Card ending 7004")
    convo.say("yes").expect(contains="Shall I lock your Delta SkyMiles Gold Card ending 5002")
    convo.say("yes").expect(contains="locked")
    assert all(card.status == "locked" for card in convo.state.account.cards)


def test_a_card_ruled_out_is_not_a_second_request(tmp_path):
    convo = two_cards(tmp_path)
    convo.say("lock my delta card, not the blue cash one").expect(contains="Shall I lock your Delta SkyMiles Gold Card ending 5002")
    convo.say("yes")
    assert convo.state.pending is None and convo.state.top is None


def test_a_merchant_named_by_a_single_letter_is_not_a_charge_said_with_an_article(tmp_path):
    """CHICK-FIL-A had been taken for "a charge" ("I need to dispute a charge"), and a room
    cancelled was read as a wrong amount."""
    path = tmp_path / "chick.yaml"
    path.write_text(
        NADIA.replace("transactions:\n", 'transactions:\n  - {date: 2026-11-01, merchant: CHICK-FIL-A, amount: 18.47, card: "7004"}\n'),
        encoding="utf-8",
    )
    convo = Conversation(account=path, now="2026-12-02T10:00")
    convo.say("7004 94110").expect(outcome="verified")
    convo.say("I need to dispute a charge").expect(contains="Which charge is it?")
    convo.say("it was $436.25 at wayfair").expect(contains="What's wrong with the charge")
    convo.say("I was charged for an order I cancelled").expect(contains=["WAYFAIR", "you were charged after cancelling"])
    named = Conversation(account=path, now="2026-12-02T10:00")
    named.say("7004 94110 dispute the chick-fil-a charge").expect(contains="What's wrong with the charge")
    assert "CHICK-FIL-A" in named.state.top.slots["charge"].shown


@pytest.mark.parametrize(
    "said, intent, words",
    [
        ("do I still need to pay the wayfair amount while it's disputed?", "dispute_pay_meanwhile", "don't have to pay"),
        ("what happens if they rule against me?", "dispute_outcome_against", "due again"),
        ("what documents should I upload?", "dispute_documents", "secure link"),
        ("what if it takes longer than 90 days?", "dispute_timing_rules", "never more than 90 days"),
        ("is there a grace period?", "grace_period", "full statement balance"),
        ("I forgot my PIN, how do I get a new one?", "card_pin", "never type your PIN"),
        ("does my card work in Tokyo?", "foreign_transaction_fees", "abroad"),
        ("what did Sam spend last month?", "recent_transactions", "Sam"),
    ],
)
def test_questions_that_had_fallen_back(said, intent, words):
    """Clear questions about disputes, interest, the PIN and travel had got the fallback."""
    convo = Conversation(now="2026-12-02T10:00")
    convo.say("1005 10285").expect(outcome="verified")
    convo.say(said).expect(intent=intent, contains=words)


def test_documents_for_something_else_are_no_dispute_question():
    Conversation(now="2026-12-02T10:00").say("what documents do i need for a mortgage application").expect(domain="unsupported")


def test_a_question_at_the_complaint_question_is_answered_and_the_supervisor_not_offered_twice(tmp_path):
    """ "where am I in line?" had been logged as the complaint, and a customer already waiting for
    a supervisor was asked whether they'd like one."""
    convo = nadia(tmp_path)
    convo.say("I'd like to speak to a supervisor").expect(handoff="supervisor")
    convo.say("my complaint about the annual fee").expect(contains="what went wrong")
    convo.say("where am I in line?").expect(contains=["in line", "what went wrong"])
    reply = convo.say("they charged me the fee without telling me")
    reply.expect(contains=["formal complaint", "place in line is kept"])
    assert "Would you also like" not in reply


ACCENTED = NADIA.replace(
    "wallets: [Apple Pay]}\n", 'wallets: [Apple Pay]}\nauthorized_users:\n  - {name: José García, last_four: "9014"}\n'
)


@pytest.mark.parametrize("said", ["I want to remove José from my account", "I want to remove jose from my account"])
def test_an_accented_name_is_found_however_it_is_typed(tmp_path, said):
    convo = nadia(tmp_path, account=ACCENTED)
    convo.say(said).expect(contains="remove José García")


def test_yes_to_a_list_of_one_person_picks_them(tmp_path):
    convo = nadia(tmp_path, account=ACCENTED)
    convo.say("I want to remove an authorized user").expect(contains="Which authorized user")
    convo.say("yes").expect(contains="remove José García")


# ----- found by the ninth probe (acctprobe9) -------------------------------------------------------
def test_turn_it_off_after_autopay_is_about_autopay_not_a_card(tmp_path):
    convo = nadia(tmp_path)
    convo.say("is autopay on").expect(intent="autopay")
    convo.say("turn it off pls").expect(intent="autopay", contains="AutoPay")
    assert convo.state.top is None and all(card.status == "active" for card in convo.state.account.cards)


def test_never_mind_typed_nvm_calls_the_flow_off(tmp_path):
    convo = nadia(tmp_path)
    convo.say("i wanna add my mom as an authorized user").expect(contains="full name")
    convo.say("Anita Shah").expect(contains="Just to confirm")
    convo.say("actually nvm dont add her").expect(outcome="cancelled")
    assert not convo.state.account.authorized_users


def test_an_authorized_users_charge_said_wrong_is_a_dispute_not_a_new_user(tmp_path):
    path = tmp_path / "accented.yaml"
    target = '  - {date: 2026-11-19, merchant: TARGET, amount: 96.44, card: "9014"}\n'
    path.write_text(ACCENTED.replace("transactions:\n", "transactions:\n" + target), encoding="utf-8")
    convo = Conversation(account=path, now="2026-12-02T10:00")
    convo.say("7004 94110").expect(outcome="verified")
    reply = convo.say("jose got charged 96.44 at target but he says it should have been 69.44")
    reply.expect(intent="dispute_incorrect_charge", contains=["$96.44 at TARGET", "the amount is wrong"])


def test_is_his_card_cancelled_lists_the_cards_states(tmp_path):
    convo = nadia(tmp_path, account=ACCENTED)
    convo.say("is his card cancelled now?").expect(intent="list_cards")


def test_a_due_date_gone_by_with_the_minimum_paid_is_not_given_as_the_day_to_pay(tmp_path):
    """On December 2, "paying it by November 30 avoids interest" and "your next payment is due
    November 30" named a day gone by."""
    convo = nadia(tmp_path, account=NADIA.replace("{date: 2026-11-27, amount: 1120.08}", "{date: 2026-11-27, amount: 38.00}"))
    reply = convo.say("what's my balance")
    reply.expect(contains=["that was due November 29, 2026", "carries over to your next statement, closing December 4, 2026"])
    assert "avoids interest" not in reply
    convo.say("when is my next payment due").expect(contains="Your next due date comes with the statement closing December 4, 2026")


def test_an_offer_after_an_answer_is_let_go_by_a_new_request_and_last_month_follows_up(tmp_path):
    """ "whats on my latest statement" at "would you like paper statements instead?" came back
    to that offer, and "what about last month" then got "I need a yes or a no" twice."""
    convo = nadia(tmp_path)
    convo.say("am i on paperless statements").expect(contains="paper statements")
    convo.say("whats on my latest statement").expect(intent="statement_info", contains="November 4, 2026")
    assert convo.state.top is None
    convo.say("what about last month").expect(outcome="follow_up", contains="October 4, 2026")


def test_a_card_named_after_the_cards_were_listed_follows_up_on_it(tmp_path):
    """ "the gold card", said after the declined-card answer listed the cards, had got the
    product-change answer."""
    convo = two_cards(tmp_path)
    convo.say("lock my delta card").expect(contains="Shall I lock")
    convo.say("yes")
    convo.say("my card got declined at dinner").expect(contains="Delta SkyMiles Gold Card ending 5002: locked")
    convo.say("the delta card").expect(outcome="follow_up", contains=["ending 5002 is locked", "unlock it"])


def test_send_a_new_one_to_shall_i_send_a_new_card_is_a_yes(tmp_path):
    convo = nadia(tmp_path)
    convo.say("the chip on my card stopped working").expect(contains="Shall I send")
    convo.say("can u send a new one").expect(contains="on its way")


def test_two_words_guessed_at_a_yes_or_no_question_do_not_start_another_flow(tmp_path):
    """ "arrived damaged" at "shall I open the dispute?" had started a damaged-card replacement."""
    convo = nadia(tmp_path)
    convo.say("dispute the wayfair charge, the sofa came broken").expect(contains="Shall I open the dispute?")
    convo.say("arrived damaged").expect(contains="Shall I open the dispute?")
    convo.say("yes").expect(contains="case D")


def test_hardship_over_limit_wallets_and_points_for_them():
    """Probe 9: a lost job got how to pay, an over-limit balance showed "$0.00 available" alone,
    "which of my cards are in apple pay" answered about one card, and points "for the charge"
    fell back."""
    convo = Conversation(now="2026-12-02T10:00")
    convo.say("1005 10285").expect(outcome="verified")
    convo.say("i cant afford my payments right now, i lost my job").expect(intent="financial_hardship", contains="financial relief")
    convo.say("no")
    convo.say("which of my cards are in apple pay").expect(
        intent="wallet_cards", contains=["Gold Card ending 1005: Apple Pay", "Blue Cash Everyday Card ending 3008: Google Pay"]
    )
    convo.say("can i use my points to pay for the spotify charge").expect(intent="pay_with_points", contains="SPOTIFY")


def test_available_credit_over_the_limit_says_by_how_much(tmp_path):
    convo = nadia(tmp_path, account=NADIA.replace("credit_limit: 8500.00", "credit_limit: 400.00"))
    convo.say("what's my credit limit").expect(contains="$0.00 (the balance is $399.63 over the credit limit)")


def test_a_person_asked_for_at_a_yes_or_no_question_is_a_person_not_a_yes(tmp_path):
    """ "ok connect me to someone then" to "shall I open a review?" had opened the review."""
    convo = nadia(tmp_path)
    convo.say("I want to dispute the southwest charge, I never got the refund").expect(contains="Shall I open the dispute?")
    convo.say("ok connect me to someone then").expect(handoff="disputes")
    assert not convo.state.cases or all(case.kind != "dispute" for case in convo.state.cases)


def test_a_person_is_still_a_yes_where_the_question_offers_one(tmp_path):
    convo = nadia(tmp_path)
    convo.say("I want to make a complaint").expect(contains="what went wrong")
    convo.say("nobody told me about the fee").expect(contains="supervisor")
    convo.say("yes, let me talk to a supervisor").expect(handoff="supervisor")


def test_refund_those_after_the_fees_were_listed_is_about_the_fees(tmp_path):
    convo = nadia(tmp_path, account=FEES)
    convo.say("how much have i paid in foreign transaction fees").expect(intent="fees_charged", contains="$13.38")
    convo.say("can u refund those pls").expect(intent="fee_refund_request", contains="specialist")


def test_a_charge_not_made_beside_a_stolen_card_is_disputed_once_the_card_is_safe(tmp_path):
    """It had been dropped: only the card was replaced. "what happens next" then fell back."""
    convo = nadia(tmp_path)
    reply = convo.say("theres a target charge for 82.14 on my card and i never bought that, the card was stolen")
    reply.expect(contains="Shall I send")
    convo.say("yes").expect(contains=["other request", "$82.14 at TARGET", "you didn't make or allow the charge"])
    convo.say("yes").expect(contains="case F")
    convo.say("what happens next").expect(intent="case_reference", contains="Case numbers to keep")


def test_did_i_pay_it_on_time_is_about_the_statement_just_talked_about(tmp_path):
    """ "and when was it due" had answered about the latest statement, and "did i pay it on
    time" with the latest payment."""
    convo = nadia(tmp_path, account=NADIA.replace("{date: 2026-10-27, amount: 1386.75}", "{date: 2026-10-31, amount: 1386.75}"))
    convo.say("what was my october statement balance").expect(contains="October 4, 2026")
    convo.say("and when was it due").expect(contains=["October 4, 2026", "October 29, 2026"])
    convo.say("did i pay it on time").expect(intent="statement_paid_on_time", contains=["No:", "met on October 31, 2026"])
    convo.say("did i pay the november statement on time").expect(contains=["Yes:", "November 29, 2026"])


def test_a_follow_up_naming_a_month_asks_the_last_question_again_for_it(tmp_path):
    """ "and the one in october?" after a payment's answer had got the travel-notice answer."""
    convo = nadia(tmp_path)
    convo.say("did my payment on the 27th go thru").expect(contains="November 27, 2026")
    convo.say("and the one in october?").expect(outcome="follow_up", contains="$1,386.75 on October 27, 2026")


def test_a_wrong_amount_with_a_night_count_is_no_one_dollar_fee(tmp_path):
    convo = nadia(tmp_path)
    reply = convo.say("wayfair charged me 436.25 but it should be 218.12, they charged 2 of them instead of 1")
    reply.expect(intent="dispute_incorrect_charge", contains="$436.25 at WAYFAIR")


@pytest.mark.parametrize(
    "said, intent",
    [
        ("can u cancel my netflix subscription", "request_refund"),
        ("how do i cancel my amex membership", "close_account"),
        ("send me my october statement pls", "statement_info"),
    ],
)
def test_probe9_requests_that_had_fallen_back(tmp_path, said, intent):
    nadia(tmp_path).say(said).expect(intent=intent)


def test_whens_the_deadline_again_after_a_dispute_is_that_charges(tmp_path):
    convo = nadia(tmp_path)
    convo.say("dispute the target charge, the amount is wrong").expect(contains="Shall I open the dispute?")
    convo.say("yes").expect(contains="case D")
    convo.say("whens the deadline again for this").expect(intent="dispute_deadline", contains="TARGET")


def test_also_send_me_a_new_card_just_after_one_was_ordered_tells_that_one(tmp_path):
    """It had started a second replacement (and looped on "lost, stolen or damaged?")."""
    convo = nadia(tmp_path)
    convo.say("my card was stolen").expect(contains="Shall I send")
    convo.say("yes").expect(contains="on its way")
    convo.say("can u also send me a new card").expect(intent="request_new_card", contains="already on its way")
    assert sum(1 for case in convo.state.cases if case.number.startswith("R")) == 1
