"""Forms left over from earlier black-box probes and found by the seventh (acctprobe7): each
account is written here, so the facts the tests lean on are in sight."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

LENA = """\
id: lena
holder_name: Lena Park
zip: "60601"
mailing_address: 10 East Lake Street, Chicago, IL 60601
email: lena.park@example.com
phone: (312) 555-0190
points: 12000
credit_limit: 5000.00
purchase_apr: 22.99
cards:
  - {name: Green Card, last_four: "4242", holder: Lena Park}
statements:
  - {closing: 2026-10-05, due: 2026-10-30, balance: 640.00, minimum_due: 35.00}
  - {closing: 2026-11-05, due: 2026-11-30, balance: 910.00, minimum_due: 40.00}
transactions:
  - {date: 2026-11-12, merchant: BLUE LINE BOOKS, amount: 42.10, card: "4242"}
payments:
  - {date: 2026-10-28, amount: 640.00}
  - {date: 2026-11-27, amount: 910.00}
"""


def lena(tmp_path: Path, now: str = "2026-12-01T10:00") -> Conversation:
    path = tmp_path / "lena.yaml"
    path.write_text(LENA, encoding="utf-8")
    convo = Conversation(account=path, now=now)
    convo.say("last 4 is 4242, zip 60601").expect(outcome="verified")
    return convo


@pytest.mark.parametrize("asked", ["did I pay it?", "did i pay my bill", "have I paid this month", "did I make a payment?"])
def test_did_i_pay_asks_whether_the_payment_posted(tmp_path, asked):
    reply = lena(tmp_path).say(asked)
    reply.expect(intent="payment_status", contains="$910.00")


def test_how_to_pay_is_still_how_to_pay(tmp_path):
    lena(tmp_path).say("how do I make a payment?").expect(intent="make_payment")


# ----- S1: another card named while a yes or a no is awaited ------------------------------------------
TWO_CARDS = """\
id: morgan
holder_name: Morgan Reyes
zip: "60611"
mailing_address: 18 Elm Street, Chicago, IL 60611
email: morgan@example.com
phone: (312) 555-0101
points: 90000
credit_limit: 20000.00
purchase_apr: 20.99
cards:
  - {name: Platinum Card, last_four: "7001", holder: Morgan Reyes}
  - {name: Delta SkyMiles Reserve Card, last_four: "7002", holder: Morgan Reyes, status: locked}
statements:
  - {closing: 2026-11-20, due: 2026-12-15, balance: 500.00, minimum_due: 40.00}
transactions:
  - {date: 2026-11-10, merchant: HILTON NEW YORK, amount: 389.00, card: "7001"}
"""


def morgan(tmp_path: Path) -> Conversation:
    path = tmp_path / "morgan.yaml"
    path.write_text(TWO_CARDS, encoding="utf-8")
    convo = Conversation(account=path, now="2026-12-02T10:00")
    convo.say("7001 60611").expect(outcome="verified")
    return convo


def card_states(convo: Conversation) -> dict[str, str]:
    return {card.last_four: card.status for card in convo.state.account.cards}


@pytest.mark.parametrize(
    ("question", "switch"),
    [
        ("is my delta card locked?", "ok, and lock my platinum card"),
        ("is the delta card locked?", "lock the platinum too"),
        ("unlock my delta card", "wait no, lock the platinum instead"),
    ],
)
def test_another_card_named_during_a_yes_or_no_question_is_a_new_request(tmp_path, question, switch):
    convo = morgan(tmp_path)
    convo.say(question).expect(contains="unlock")
    reply = convo.say(switch)
    reply.expect(intent="lock_card", contains="Platinum Card ending 7001")
    assert "7002 is unlocked" not in reply
    convo.say("yes").expect(contains="locked")
    assert card_states(convo) == {"7001": "locked", "7002": "locked"}  # the Delta was never unlocked


def test_ok_and_lock_it_is_still_a_yes_to_the_offer(tmp_path):
    convo = morgan(tmp_path)
    convo.say("is my delta card locked?").expect(contains="Would you like to unlock it")
    convo.say("yes please")
    assert card_states(convo)["7002"] == "active"


LENA_CARDS = TWO_CARDS.replace(
    """  - {name: Platinum Card, last_four: "7001", holder: Morgan Reyes}
  - {name: Delta SkyMiles Reserve Card, last_four: "7002", holder: Morgan Reyes, status: locked}""",
    """  - {name: Gold Card, last_four: "7001", holder: Morgan Reyes}
  - {name: Gold Card, last_four: "7003", holder: Morgan Reyes, status: locked}
  - {name: Hilton Honors Card, last_four: "7002", holder: Morgan Reyes}""",
).replace('card: "7001"}', 'card: "7002"}')


def test_a_product_two_cards_share_asks_between_those_two_and_the_new_one_picks_no_merchant(tmp_path):
    path = tmp_path / "gold.yaml"
    path.write_text(LENA_CARDS, encoding="utf-8")
    convo = Conversation(account=path, now="2026-12-02T10:00")
    convo.say("7001 60611").expect(outcome="verified")
    asked = convo.say("lock my gold card")
    assert "7001" in asked and "7003" in asked and "Hilton" not in asked
    again = convo.say("the new one")  # no card is called new; HILTON NEW YORK is a merchant on the Hilton card
    again.expect(outcome="not_understood")
    assert "Hilton" not in again
    convo.say("the one ending 7001").expect(contains="Gold Card ending 7001")
    assert card_states(convo)["7002"] == "active"


# ----- S1: a pending charge the customer did not make is urgent, however it is told ------------------
SAM = """\
id: sam
holder_name: Sam Ortiz
zip: "98101"
mailing_address: 1200 Fourth Avenue, Seattle, WA 98101
email: sam@example.com
phone: (206) 555-0107
points: 0
credit_limit: 3000.00
purchase_apr: 25.99
cards:
  - {name: Everyday Card, last_four: "8802", holder: Sam Ortiz}
transactions:
  - {date: 2026-11-25, merchant: TARGET, amount: 142.18, card: "8802"}
  - {date: 2026-11-28, merchant: SHELL OIL, amount: 48.00, card: "8802", status: pending}
"""


def sam(tmp_path: Path) -> Conversation:
    path = tmp_path / "sam.yaml"
    path.write_text(SAM, encoding="utf-8")
    convo = Conversation(account=path, now="2026-12-02T10:00")
    convo.say("8802 98101").expect(outcome="verified")
    return convo


def test_a_pending_charge_in_dollars_that_is_not_mine_is_urgent_fraud(tmp_path):
    reply = sam(tmp_path).say("the Shell charge for 48 dollars isn't mine")
    reply.expect(contains="urgent")
    assert "pre-authorization" not in reply


def test_someone_using_the_card_on_a_pending_charge_is_told_to_call(tmp_path):
    reply = sam(tmp_path).say("someone used my card at Shell for $48 and it wasn't me")
    reply.expect(intent="compromised_card", contains="SHELL OIL charge of $48.00 is still pending")
    assert "1-800-528-4800" in reply


def test_someone_using_the_card_with_no_charge_named_is_not_told_of_one(tmp_path):
    reply = sam(tmp_path).say("someone used my card without permission")
    reply.expect(intent="compromised_card", contains="locked")
    assert "still pending" not in reply


# ----- S2: the details said in the same message as the request ---------------------------------------
@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("7001 60611 is my delta card locked?", "Delta SkyMiles Reserve Card ending 7002 is locked"),
        ("zip 60611 card 7001 what's my balance?", "$500.00"),
        ("my zip's 60611 and my card ends with 7001 — when is my payment due?", "December 15, 2026"),
        ("hey, it's Morgan. card ends in 7001, I live in 60611. is my delta card locked?", "7002 is locked"),
        ("what's my balance? 7001 60611", "$500.00"),
    ],
)
def test_details_said_with_the_request_verify_and_the_request_is_answered(tmp_path, said, answer):
    path = tmp_path / "morgan.yaml"
    path.write_text(TWO_CARDS, encoding="utf-8")
    reply = Conversation(account=path, now="2026-12-02T10:00").say(said)
    reply.expect(contains="you're verified")
    assert answer in reply
    assert "Shall I lock your Platinum" not in reply  # the details' 7001 names no card to act on


@pytest.mark.parametrize("said", ["my card 7001 was stolen in 60611", "order 60611 item 7001 never arrived"])
def test_numbers_inside_a_request_are_not_taken_for_details(tmp_path, said):
    path = tmp_path / "morgan.yaml"
    path.write_text(TWO_CARDS, encoding="utf-8")
    reply = Conversation(account=path, now="2026-12-02T10:00").say(said)
    assert "you're verified" not in reply


# ----- S2: an amount without a dollar sign -----------------------------------------------------------
@pytest.mark.parametrize("named", ["dispute the 142.18 charge", "dispute the 142.18 dollar charge", "I want to dispute the 142.18 one"])
def test_a_charge_named_by_an_amount_without_a_sign_is_found(tmp_path, named):
    reply = sam(tmp_path).say(named)
    reply.expect(contains="What's wrong with the charge")


# ----- S1: misreadings that offered the wrong action ----------------------------------------------
def test_is_the_old_card_cancelled_lists_the_cards_and_offers_no_closing(tmp_path):
    reply = morgan(tmp_path).say("I just got my new platinum card, is the old one cancelled?")
    reply.expect(intent="list_cards", contains="Delta SkyMiles Reserve Card ending 7002: locked")
    assert "close" not in reply


def test_the_new_cards_number_after_a_replacement_is_the_card_on_its_way(tmp_path):
    convo = morgan(tmp_path)
    convo.say("I lost my platinum card").expect(contains="replacement")
    convo.say("yes").expect(contains="new number ending")
    ordered = [card for card in convo.state.account.cards if card.replacement_due]
    assert len(ordered) == 1
    for asked in ("what's the new card number?", "when will it arrive?", "does the new card have the same number?"):
        reply = convo.say(asked)
        reply.expect(intent="card_not_arrived", contains=f"ending {ordered[0].last_four} is on its way")


def test_will_my_card_work_abroad_is_a_travel_question_not_a_lock(tmp_path):
    reply = morgan(tmp_path).say("I'm going to India for 3 weeks, will my card work there?")
    reply.expect(intent="travel_notification")
    assert "Shall I lock" not in reply and "like to lock" not in reply  # it asks which card, to say whether it works


def test_when_will_you_get_back_to_me_after_a_dispute_gives_its_dates(tmp_path):
    convo = sam(tmp_path)
    convo.say("dispute the Target charge, the amount is wrong")
    convo.say("yes").expect(contains="is open")
    convo.say("when will you get back to me?").expect(intent="case_status", contains="acknowledge it by")


def test_the_address_on_file_now_is_told_not_changed(tmp_path):
    reply = morgan(tmp_path).say("what's my address on file now?")
    reply.expect(intent="address_on_file", contains="18 Elm Street")


# ----- S1: the reason a dispute is recorded with ---------------------------------------------------
@pytest.mark.parametrize(
    ("reason", "recorded"),
    [
        ("I didn't go there, it's not mine", "you didn't make or allow the charge"),
        ("I cancelled the subscription but was still charged", "you were charged after cancelling"),
        ("I was charged 142.18 but it should be 42.18", "the amount is wrong"),
        ("the service was never provided", "you never received what you paid for"),
    ],
)
def test_the_reason_told_in_everyday_words_is_the_one_recorded(tmp_path, reason, recorded):
    convo = sam(tmp_path)
    convo.say("dispute the Target charge").expect(contains="What's wrong with the charge")
    convo.say(reason).expect(contains=f"the problem: {recorded}")


def test_not_mine_outranks_not_received_when_both_are_said(tmp_path):
    convo = sam(tmp_path)
    convo.say("dispute the Target charge")
    convo.say("I didn't stay there, it's not mine").expect(contains="the problem: you didn't make or allow the charge")


# ----- S1/S2: a card picked at a yes-or-no question, a complaint's number, a locked card replaced ----
def test_a_bare_pick_of_another_card_at_a_yes_or_no_question_changes_the_card(tmp_path):
    convo = morgan(tmp_path)
    convo.say("lock my card").expect(contains="Platinum Card ending 7001")
    reply = convo.say("the delta one")
    reply.expect(outcome="corrected", contains="Delta SkyMiles Reserve Card ending 7002")
    assert "Lounge" not in reply
    assert card_states(convo)["7001"] == "active"


def test_the_first_one_at_a_dispute_confirmation_is_no_reason_pick(tmp_path):
    convo = sam(tmp_path)
    convo.say("dispute the Target charge, I was charged twice").expect(contains="Shall I open the dispute")
    convo.say("the first one").expect(contains="Shall I open the dispute")
    convo.say("yes").expect(contains="(you were charged twice)")


def test_the_complaint_number_asked_after_a_complaint_is_given(tmp_path):
    convo = morgan(tmp_path)
    convo.say("I want to file a complaint")
    convo.say("your agents keep hanging up on me").expect(contains="supervisor")
    reply = convo.say("what's my complaint number?")
    reply.expect(intent="case_reference")
    assert "need a yes or a no" not in reply


def test_a_locked_card_replaced_with_the_same_number_is_not_said_to_keep_working(tmp_path):
    convo = morgan(tmp_path)
    convo.say("my delta card is damaged").expect(contains="same number")
    reply = convo.say("yes")
    reply.expect(contains="stays locked")
    assert "keep using" not in reply


# ----- S3: a credit balance, and what was paid -------------------------------------------------------
OVERPAID = """\
id: priya
holder_name: Priya Natarajan
zip: "02139"
mailing_address: 77 Massachusetts Avenue, Cambridge, MA 02139
email: priya.n@example.net
phone: (617) 555-0110
points: 0
credit_limit: 8000.00
purchase_apr: 27.49
cards:
  - {name: Blue Cash Preferred Card, last_four: "4401", holder: Priya Natarajan}
statements:
  - {closing: 2026-10-15, due: 2026-11-09, balance: 612.40, minimum_due: 35.00}
  - {closing: 2026-11-15, due: 2026-12-10, balance: -87.60, minimum_due: 0.00}
transactions:
  - {date: 2026-10-03, merchant: ZARA.COM, amount: 129.95, card: "4401"}
  - {date: 2026-10-28, merchant: ZARA.COM, amount: -129.95, card: "4401"}
  - {date: 2026-11-27, merchant: WHOLE FOODS MARKET, amount: 82.14, card: "4401"}
payments:
  - {date: 2026-11-05, amount: 700.00}
"""


def priya(tmp_path: Path) -> Conversation:
    path = tmp_path / "priya.yaml"
    path.write_text(OVERPAID, encoding="utf-8")
    convo = Conversation(account=path, now="2026-12-02T10:00")
    convo.say("4401 02139").expect(outcome="verified")
    return convo


def test_a_credit_balance_is_said_as_a_credit_not_a_negative_amount(tmp_path):
    reply = priya(tmp_path).say("what's my balance?")
    reply.expect(contains="credit balance of $87.60")
    assert "-$" not in reply and "a credit of $5.46" in reply


@pytest.mark.parametrize(
    "asked",
    ["why is it negative?", "why is there a credit on my account?", "refund my overpayment", "when will my $87.60 credit be refunded?"],
)
def test_a_credit_balance_is_explained_with_what_made_it(tmp_path, asked):
    reply = priya(tmp_path).say(asked)
    reply.expect(intent="credit_balance", contains="credit balance of $5.46")
    assert "you paid $700.00 against a statement balance of $612.40" in reply
    assert "live agent" in reply


def test_a_balance_that_is_no_credit_says_so(tmp_path):
    reply = sam(tmp_path).say("why do I have a credit balance?")
    reply.expect(intent="credit_balance", contains="isn't a credit")


def test_how_much_did_i_pay_gives_the_payment_not_the_balance(tmp_path):
    reply = lena(tmp_path).say("how much did I pay last month?")
    reply.expect(intent="payment_status", contains="$910.00")


# ----- S3: fees --------------------------------------------------------------------------------------
def test_a_late_fee_says_which_minimum_was_missed(tmp_path):
    path = tmp_path / "late.yaml"
    path.write_text(
        SAM.replace(
            "transactions:",
            "statements:\n  - {closing: 2026-11-05, due: 2026-11-30, balance: 900.00, minimum_due: 95.00}\n"
            "fees:\n  - {date: 2026-12-01, kind: late_fee, amount: 41.00}\ntransactions:",
        ),
        encoding="utf-8",
    )
    convo = Conversation(account=path, now="2026-12-02T10:00")
    convo.say("8802 98101").expect(outcome="verified")
    reply = convo.say("why did I get a late fee?")
    reply.expect(intent="late_fee", contains="charged because the $95.00 minimum due November 30, 2026 wasn't paid by then")


FX_REFUND = ["I was charged a foreign transaction fee, can you refund it?", "can you refund the foreign transaction fee"]
FX_FEE = "fees:\n  - {date: 2026-11-20, kind: foreign_transaction_fee, amount: 2.70, credited: true}\ntransactions:"


@pytest.mark.parametrize("asked", FX_REFUND)
def test_a_foreign_fee_refund_request_looks_at_the_fees_not_the_merchant(tmp_path, asked):
    path = tmp_path / "fx.yaml"
    path.write_text(
        SAM.replace("transactions:", FX_FEE),
        encoding="utf-8",
    )
    convo = Conversation(account=path, now="2026-12-02T10:00")
    convo.say("8802 98101").expect(outcome="verified")
    reply = convo.say(asked)
    reply.expect(intent="fees_charged", contains="$2.70 on November 20, 2026 (credited back)")
    assert "ask the merchant" not in reply


# ----- S2: a new reason at a dispute's confirmation, an address in two parts --------------------------
def test_a_new_reason_at_the_dispute_confirmation_keeps_the_charge(tmp_path):
    convo = sam(tmp_path)
    convo.say("I want to dispute the Target charge, the amount is wrong").expect(contains="the problem: the amount is wrong")
    reply = convo.say("actually I never received it")
    reply.expect(contains="$142.18 at TARGET")
    reply.expect(contains="the problem: you never received what you paid for")
    convo.say("yes").expect(contains="is open for $142.18 at TARGET")


def test_a_question_at_the_dispute_confirmation_comes_back_to_it(tmp_path):
    convo = sam(tmp_path)
    convo.say("I want to dispute the Target charge, the amount is wrong").expect(contains="Shall I open the dispute")
    convo.say("what's the deadline to dispute it?").expect(contains="Back to where we were")


def test_an_address_given_in_two_parts_is_put_together(tmp_path):
    convo = lena(tmp_path)
    convo.say("change my address to 12 Pine St").expect(contains="What's the new address")
    convo.say("Chicago IL 60614").expect(contains="to 12 Pine St, Chicago IL 60614?")


# ----- S3: one card's charges ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "asked", ["the card ending 7002, what's charged on it?", "what charges are on my delta card", "show me the charges on my delta card"]
)
def test_one_cards_charges_are_listed_for_that_card_only(tmp_path, asked):
    convo = morgan(tmp_path)
    reply = convo.say(asked)
    reply.expect(intent="recent_transactions", contains="Delta SkyMiles Reserve Card ending 7002")
    assert "HILTON NEW YORK" not in reply  # made on the Platinum


def test_a_card_with_charges_lists_them(tmp_path):
    reply = morgan(tmp_path).say("what charges are on my platinum card")
    reply.expect(intent="recent_transactions", contains="$389.00 at HILTON NEW YORK")


# ----- hostile input: letters a case-blind pattern takes for others ------------------------------------
@pytest.mark.parametrize("said", ["ſix ſix ſix ſix", "fıve fıve fıve fıve", "last four is ſix ſix ſix ſix, zip one zero two eight five"])
def test_letters_that_fold_to_digit_words_get_a_reply_not_a_crash(said):
    reply = Conversation().say(said)
    assert reply.replies  # it raised KeyError in spelled_as_digits
