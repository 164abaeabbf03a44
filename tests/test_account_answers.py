"""Questions whose answer is in the account file: the fees of one kind, a benefit credit named,
the limit of a named card, a card's lock state, a refund that already posted, whether a
purchase fits, the latest transactions or one person's, an address change, identity theft.
Each answer is checked against an account written here, and near misses keep their old answer."""

from __future__ import annotations

import hashlib
from pathlib import Path

from amexsim.testing import Conversation

ACCOUNT = """\
id: answers
holder_name: Maria Lopez
zip: "02139"
mailing_address: 12 Brattle St, Cambridge, MA 02139
email: maria@example.org
phone: (617) 555-0142
points: 500
credit_limit: 2500
purchase_apr: 21.24
cards:
  - {name: Gold Card, last_four: "7742", holder: Maria Lopez}
  - {name: Platinum Card, last_four: "8801", holder: Maria Lopez, status: locked}
authorized_users:
  - {name: Jamie Rivera, last_four: "7790"}
statements:
  - {closing: 2026-10-28, due: 2026-11-22, balance: 300.00, minimum_due: 35.00}
  - {closing: 2026-11-28, due: 2026-12-23, balance: 2100.00, minimum_due: 40.00}
transactions:
  - {date: 2026-10-15, merchant: ZARA ONLINE, amount: 89.90, card: "7742"}
  - {date: 2026-10-20, merchant: TRATTORIA ROMA, amount: 210.10, card: "8801"}
  - {date: 2026-11-12, merchant: ZARA ONLINE, amount: -89.90, card: "7742"}
  - {date: 2026-11-20, merchant: GAP, amount: 64.00, card: "7790"}
  - {date: 2026-11-26, merchant: APPLE STORE, amount: 1999.00, card: "7742"}
payments:
  - {date: 2026-11-20, amount: 300.00}
fees:
  - {date: 2026-10-20, kind: foreign_transaction_fee, amount: 6.30}
  - {date: 2026-11-02, kind: foreign_transaction_fee, amount: 12.00, credited: true}
  - {date: 2026-11-05, kind: annual_fee, amount: 250.00}
benefit_credits:
  - {name: Uber Cash, monthly: 15.00, used_this_month: 5.00}
"""
VERIFY = "last 4 is 7742 zip 02139"
NOW = "2026-12-01T09:00:00"


def chat(tmp_path: Path, account: str = ACCOUNT) -> Conversation:
    # one file per content: a loaded assistant is kept by the account file's path
    path = tmp_path / f"answers-{hashlib.sha256(account.encode()).hexdigest()[:12]}.yaml"
    path.write_text(account)
    convo = Conversation(account=path, now=NOW)
    convo.say(VERIFY).expect(outcome="verified")
    return convo


def only_gold(account: str = ACCOUNT) -> str:
    """The account with one card of the holder's own and no authorized user."""
    return (
        account.replace('  - {name: Platinum Card, last_four: "8801", holder: Maria Lopez, status: locked}\n', "")
        .replace('authorized_users:\n  - {name: Jamie Rivera, last_four: "7790"}\n', "")
        .replace('  - {date: 2026-10-20, merchant: TRATTORIA ROMA, amount: 210.10, card: "8801"}\n', "")
        .replace('  - {date: 2026-11-20, merchant: GAP, amount: 64.00, card: "7790"}\n', "")
    )


# ----- fees of one kind ------------------------------------------------------------------------
def test_the_fees_of_the_kind_named_are_listed_from_the_account(tmp_path):
    convo = chat(tmp_path)
    reply = convo.say("what foreign transaction fees have I paid?").expect(intent="fees_charged")
    reply.expect(contains="Foreign transaction fees charged to your account so far (2 fees):")
    reply.expect(contains="$12.00 on November 2, 2026 (credited back)\n- Foreign transaction fee: $6.30 on October 20")
    assert "Annual fee" not in reply and "Rates & Fees" not in reply
    convo.say("was the foreign transaction fee refunded?").expect(intent="fees_charged", contains="$12.00 on November 2, 2026 (credited")
    convo.say("what late fees have I been charged?").expect(contains="I don't see any late fees charged to your account")


def test_fees_of_no_kind_are_all_listed_and_the_product_question_keeps_its_answer(tmp_path):
    convo = chat(tmp_path)
    convo.say("what fees have I been charged").expect(intent="fees_charged", contains="Fees charged to your account so far (3 fees)")
    convo.say("does my amex charge foreign transaction fees").expect(intent="foreign_transaction_fees")


# ----- benefit credits ---------------------------------------------------------------------------
def test_a_benefit_credit_the_account_lacks_is_said_to_be_missing_never_the_credit_limit(tmp_path):
    convo = chat(tmp_path)
    reply = convo.say("how much of my hotel credit is left?").expect(intent="benefit_credit_left")
    reply.expect(contains="I don't see any Hotel Credit on your account").expect(contains="- Uber Cash: $5.00 of $15.00 used, $10.00 left")
    assert "limit" not in reply
    convo.say("how much of my uber cash is left?").expect(contains="Your Uber Cash has $10.00 left this month")
    convo.say("how much credit do I have left").expect(intent="credit_limit")


def test_a_hotel_credit_on_the_account_is_answered(tmp_path):
    hotel = "  - {name: Hotel Credit, monthly: 100.00, used_this_month: 37.25}\n"
    account = ACCOUNT.replace("  - {name: Uber Cash,", hotel + "  - {name: Uber Cash,")
    chat(tmp_path, account).say("how much of my hotel credit is left?").expect(contains="Your Hotel Credit has $62.75 left this month")


# ----- the limit of a named card -------------------------------------------------------------------
def test_a_limit_question_naming_another_card_is_about_that_card(tmp_path):
    convo = chat(tmp_path)
    convo.say("what's my spending limit on the platinum card?").expect(
        intent="credit_limit", contains="Your Platinum Card ending 8801 shares the account's credit limit of $2,500.00"
    )
    reply = convo.say("what's my credit limit")
    assert "Platinum" not in reply and "$2,500.00" in reply


# ----- lock state and declines ------------------------------------------------------------------
def test_is_my_card_locked_says_the_cards_state(tmp_path):
    chat(tmp_path, only_gold()).say("is my card locked?").expect(contains="Your Gold Card ending 7742 isn't locked")
    listed = chat(tmp_path).say("is my card locked?")
    listed.expect(contains="- Gold Card ending 7742: active").expect(contains="- Platinum Card ending 8801: locked")
    assert "Declines usually come from" not in listed


def test_a_declined_card_that_is_locked_is_said_to_be_locked_and_unlocked_on_yes(tmp_path):
    convo = chat(tmp_path)
    convo.say("why is my platinum card declined?").expect(
        intent="card_declined", contains="Your Platinum Card ending 8801 is locked, which is why new purchases on it are declined"
    )
    convo.say("yes").expect(contains="unlocked and ready to use again")
    assert convo.state.account.card("8801").status == "active"
    chat(tmp_path).say("is my platinum card locked").expect(intent="card_status")


# ----- refunds that already posted ----------------------------------------------------------------
def test_a_missing_refund_that_has_posted_is_said_with_its_amount_and_date(tmp_path):
    convo = chat(tmp_path)
    reply = convo.say("I returned my Zara order and the refund never arrived").expect(intent="refund_not_received")
    reply.expect(contains="ZARA ONLINE has already refunded this charge: a credit of $89.90 posted to the card ending 7742 on November 12")
    assert not convo.state.cases
    chat(tmp_path).say("I want to dispute the Zara charge").expect(contains="has already refunded this charge")


def test_a_charge_with_no_refund_is_still_disputed(tmp_path):
    convo = chat(tmp_path)
    convo.say("my refund from Trattoria Roma never arrived").expect(intent="refund_not_received", contains="Shall I open the dispute?")


def test_a_dispute_on_an_account_without_charges_says_there_are_none(tmp_path):
    account = ACCOUNT.split("transactions:\n")[0] + "transactions: []\n" + "payments:" + ACCOUNT.split("payments:")[1]
    reply = chat(tmp_path, account).say("I want to dispute a charge")
    reply.expect(contains="I don't see any charges on this account yet")
    assert "latest charges are" not in reply


# ----- a purchase against the available credit ---------------------------------------------------
def test_whether_a_purchase_goes_through_is_answered_from_the_available_credit(tmp_path):
    convo = chat(tmp_path)
    convo.say("I want to make a purchase of $600, will it go through?").expect(
        intent="purchase_check", contains="A $600.00 purchase is $200.00 more than your available credit of $400.00"
    )
    convo.say("do I have enough credit for a $200 purchase?").expect(contains="A $200.00 purchase fits within your available credit")
    convo.say("did my $300 payment go through?").expect(intent="payment_status")


# ----- transactions ----------------------------------------------------------------------------------
def test_recent_transactions_are_listed_newest_first(tmp_path):
    reply = chat(tmp_path).say("show my recent transactions").expect(intent="recent_transactions")
    reply.expect(contains="- $1,999.00 at APPLE STORE on November 26, 2026, card ending 7742\n- $64.00 at GAP on November 20, 2026")
    reply.expect(contains="- $89.90 credit from ZARA ONLINE on November 12, 2026")
    assert "Which charge is it?" not in reply


def test_an_authorized_users_charges_are_listed_by_their_first_name(tmp_path):
    convo = chat(tmp_path)
    for question in ("what charges has Jamie made?", "what did Jamie spend?"):
        reply = convo.say(question).expect(intent="recent_transactions", contains="on the cards of Jamie Rivera (card ending 7790)")
        reply.expect(contains="- $64.00 at GAP on November 20, 2026")
        assert "APPLE STORE" not in reply
    convo.say("I want to dispute a charge").expect(intent="dispute_unrecognized_charge", contains="Which charge is it?")


# ----- the address on file ---------------------------------------------------------------------------
def test_an_address_change_is_checked_against_the_address_on_file(tmp_path):
    convo = chat(tmp_path)
    convo.say("I moved recently, did the address change go through?").expect(
        intent="address_change_status", contains="The mailing address on file is 12 Brattle St, Cambridge, MA 02139"
    )
    convo.say("yes").expect(contains="your address is up to date")
    convo.say("I moved and need to change my address").expect(intent="change_address", contains="What's the new address?")


def test_no_to_the_address_on_file_starts_the_change(tmp_path):
    convo = chat(tmp_path)
    convo.say("has my address been updated?").expect(intent="address_change_status")
    convo.say("no").expect(intent="change_address", contains="What's the new address?")


# ----- identity theft ------------------------------------------------------------------------------
def test_accounts_opened_in_the_customers_name_go_to_the_fraud_team(tmp_path):
    convo = chat(tmp_path)
    reply = convo.say("someone opened accounts in my name").expect(intent="compromised_card", handoff="fraud")
    reply.expect(contains="identity theft")
    assert "Which card" not in reply
    assert convo.state.account.card("7742").status == "active"
    chat(tmp_path).say("someone stole my card details").expect(intent="compromised_card", contains="Which card is this about?")
