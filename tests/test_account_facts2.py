"""Facts the assistant states about an account are true of that account (black-box probe 5):
the charge a dispute opens on is the one named, a refund that posted is found, a new account's
charge is on no statement yet, pending charges use up credit, a fee is found by its amount.
Account files of our own, written here, so the facts under test are in view."""

from __future__ import annotations

from pathlib import Path

from amexsim.testing import Conversation

HEADER = """\
id: facts2
holder_name: Grace Okafor
zip: "98101"
mailing_address: 400 Pine Street, Seattle, WA 98101
email: grace@example.org
phone: (206) 555-0190
points: 500
credit_limit: 10000
purchase_apr: 21.24
cards:
  - {name: Gold Card, last_four: "8001", holder: Grace Okafor}
authorized_users:
  - {name: Chidi Okafor, last_four: "8011"}
  - {name: Ada Okafor, last_four: "8012"}
"""
VERIFY = "last 4 is 8001 zip 98101"
NOW = "2026-12-01T10:00:00"


def chat(tmp_path: Path, body: str, now: str = NOW, header: str = HEADER, verify: str = VERIFY) -> Conversation:
    path = tmp_path / "facts2.yaml"
    path.write_text(header + body)
    convo = Conversation(account=path, now=now)
    convo.say(verify).expect(outcome="verified")
    return convo


STATEMENTS = """\
statements:
  - {closing: 2026-10-31, due: 2026-11-25, balance: 3400.00, minimum_due: 35.00}
  - {closing: 2026-11-30, due: 2026-12-25, balance: 400.00, minimum_due: 35.00}
"""
TWIN_PURCHASES = (
    STATEMENTS
    + """\
transactions:
  - {date: 2026-10-02, merchant: "APPLE STORE #R102", amount: 3299.00, card: "8011"}
  - {date: 2026-10-02, merchant: "APPLE STORE #R102", amount: 3299.00, card: "8012"}
  - {date: 2026-10-03, merchant: "TRADER JOE'S #552", amount: 87.14, card: "8001"}
  - {date: 2026-11-28, merchant: "TRADER JOE'S #552", amount: -25.00, card: "8001"}
"""
)


# ----- 1a: the dispute is on the charge named --------------------------------------------------


def test_a_dispute_on_a_named_persons_card_takes_that_cards_charge(tmp_path):
    convo = chat(tmp_path, TWIN_PURCHASES)
    convo.say("dispute the apple store charge on Chidi's card")
    reply = convo.say("I was charged twice")
    reply.expect(contains="$3,299.00 at APPLE STORE #R102 on October 2, 2026, on the card ending 8011")


def test_the_same_purchase_on_two_cards_is_listed_with_its_cards_not_picked(tmp_path):
    convo = chat(tmp_path, TWIN_PURCHASES)
    reply = convo.say("I see two apple store charges on oct 2 for $3,299, I was charged twice")
    reply.expect(contains="on different cards")
    assert "on the card ending 8011 (Chidi Okafor)" in reply and "on the card ending 8012 (Ada Okafor)" in reply
    assert "Shall I open the dispute" not in reply
    convo.say("the second one").expect(contains="$3,299.00 at APPLE STORE #R102 on October 2, 2026, on the card ending 8012")


def test_a_credit_named_by_its_amount_is_said_to_be_a_credit_not_swapped_for_a_charge(tmp_path):
    convo = chat(tmp_path, TWIN_PURCHASES)
    reply = convo.say("dispute the $25.00 trader joe's credit")
    reply.expect(contains="The $25.00 from TRADER JOE'S #552 on November 28, 2026 is a credit")
    assert "$87.14 at TRADER JOE'S #552 on October 3, 2026" in reply  # listed, in case the refund was short
    assert "Shall I open the dispute" not in reply and "What's wrong with the charge" not in reply


# ----- 1e: a refund that has posted is found ----------------------------------------------------
REFUNDS = (
    STATEMENTS
    + """\
transactions:
  - {date: 2026-10-03, merchant: "TRADER JOE'S #552", amount: 87.14, card: "8001"}
  - {date: 2026-11-05, merchant: SEPHORA, amount: 212.30, card: "8012"}
  - {date: 2026-11-26, merchant: ZARA USA, amount: -49.90, card: "8001"}
  - {date: 2026-11-28, merchant: "TRADER JOE'S #552", amount: -25.00, card: "8001"}
  - {date: 2026-11-29, merchant: SEPHORA, amount: -212.30, card: "8012"}
  - {date: 2026-11-30, merchant: ZARA USA, amount: 49.90, card: "8001", status: pending}
"""
)


def test_a_refund_posted_before_a_new_charge_from_the_merchant_is_said_with_its_date(tmp_path):
    reply = chat(tmp_path, REFUNDS).say("I returned my Zara order and the refund never arrived")
    reply.expect(contains="I can see a refund from ZARA USA: a credit of $49.90 posted to the card ending 8001 on November 26, 2026")
    assert "is still pending, so it can't be disputed yet" in reply  # and the new charge is where it stands


def test_a_part_refund_is_said_before_the_charge_is_looked_at(tmp_path):
    reply = chat(tmp_path, REFUNDS).say("I returned stuff at Trader Joe's, did the refund come through?")
    reply.expect(intent="refund_not_received", contains="a credit of $25.00 posted to the card ending 8001 on November 28, 2026")
    assert "handled by the merchant" not in reply and "The quickest route is to ask the merchant" not in reply


def test_did_my_refund_come_through_finds_the_refund_that_posted(tmp_path):
    reply = chat(tmp_path, REFUNDS).say("did my Sephora refund come through?")
    reply.expect(intent="refund_not_received", contains="a credit of $212.30 posted to the card ending 8012 on November 29, 2026")


# ----- 1c: an account with no statements has no statement date to give -------------------------
NO_STATEMENTS = """\
statements: []
transactions:
  - {date: 2026-11-24, merchant: "WALGREENS #9912", amount: 12.48, card: "8001"}
"""


def test_a_charge_on_an_account_with_no_statement_yet_gets_no_invented_statement(tmp_path):
    convo = chat(tmp_path, NO_STATEMENTS)
    reply = convo.say("dispute the walgreens charge, the amount is wrong")
    reply.expect(contains="It isn't on a statement yet: your account hasn't had its first statement")
    assert "your statement of November 24, 2026" not in reply and "January 23, 2027" not in reply
    convo.say("yes").expect(contains="is open for $12.48 at WALGREENS #9912")


def test_the_deadline_of_a_charge_on_an_account_with_no_statement_yet_is_not_invented(tmp_path):
    reply = chat(tmp_path, NO_STATEMENTS).say("how long do I have to dispute the walgreens charge?")
    reply.expect(contains="your account hasn't had its first statement, and you'll have 60 days from that statement's closing date")
    assert "January 23, 2027" not in reply


# ----- 1d: pending charges hold credit ----------------------------------------------------------
NEW_ACCOUNT_PENDING = """\
statements: []
transactions:
  - {date: 2026-11-24, merchant: "WALGREENS #9912", amount: 12.48, card: "8001"}
  - {date: 2026-11-29, merchant: NETFLIX.COM, amount: 22.99, card: "8001", status: pending}
  - {date: 2026-11-30, merchant: STEAM GAMES, amount: 999.99, card: "8001", status: pending}
"""
SMALL_LIMIT = HEADER.replace("credit_limit: 10000", "credit_limit: 1000")


def test_a_purchase_check_counts_the_pending_charges(tmp_path):
    reply = chat(tmp_path, NEW_ACCOUNT_PENDING, header=SMALL_LIMIT).say("$600 purchase, will it go through?")
    reply.expect(contains="your available credit of $0.00 (limit $1,000.00, current balance $12.48, plus $1,022.98 in pending charges)")
    assert "would likely be declined" in reply


def test_the_available_credit_counts_the_pending_charges(tmp_path):
    reply = chat(tmp_path, NEW_ACCOUNT_PENDING.replace("999.99", "99.99")).say("how much available credit do I have")
    reply.expect(intent="credit_limit")
    assert "$9,864.54" in reply  # 10,000 - 12.48 - 22.99 - 99.99


# ----- 1f: a fee asked about by its amount is found ---------------------------------------------
FEES = (
    STATEMENTS
    + """\
transactions:
  - {date: 2026-10-18, merchant: HOTEL LE MEURICE PARIS, amount: 1840.33, card: "8001"}
fees:
  - {date: 2026-10-18, kind: foreign_transaction_fee, amount: 50.61}
  - {date: 2026-09-01, kind: annual_fee, amount: 695.00, credited: true}
"""
)


def test_a_fee_asked_about_by_its_amount_is_the_accounts_fee_with_its_charge(tmp_path):
    reply = chat(tmp_path, FEES).say("why was I charged a $50.61 fee?")
    reply.expect(contains="That's the foreign transaction fee of $50.61, charged on October 18, 2026")
    assert "with the $1,840.33 charge at HOTEL LE MEURICE PARIS" in reply
    assert "pre-authorization" not in reply and "about $1" not in reply


def test_a_fee_asked_about_before_verifying_is_looked_up_only_after(tmp_path):
    path = tmp_path / "facts2.yaml"
    path.write_text(HEADER + FEES)
    convo = Conversation(account=path, now=NOW)
    first = convo.say("why was I charged a $695 fee?").expect(outcome="verify")
    assert "$695" not in first and "annual" not in first
    convo.say(VERIFY).expect(contains="That's the annual fee of $695.00 from September 1, 2026, and it has already been credited back")


# ----- 1b: a follow-up is about the item just talked about --------------------------------------
ACCENTED = (
    STATEMENTS
    + """\
transactions:
  - {date: 2026-10-01, merchant: "LA CASA DE TOÑO", amount: 64.20, card: "8001"}
  - {date: 2026-11-05, merchant: IBERIA LINEAS AEREAS, amount: 733.10, card: "8001"}
"""
)


def test_an_accented_merchant_name_is_not_found_by_its_ascii_pieces(tmp_path):
    convo = chat(tmp_path, ACCENTED)
    convo.say("I want to dispute the iberia charge for $733.10, I never received the flight")
    convo.say("yes").expect(contains="is open for $733.10 at IBERIA LINEAS AEREAS")
    reply = convo.say("how long do I have to dispute?")  # "to" is no word of "TOÑO"
    reply.expect(contains="open for $733.10 at IBERIA LINEAS AEREAS")
    assert "TOÑO" not in reply


PENDING_PAYMENT = """\
statements:
  - {closing: 2026-09-30, due: 2026-10-25, balance: 412.00, minimum_due: 35.00}
  - {closing: 2026-10-31, due: 2026-11-25, balance: 3120.55, minimum_due: 62.00}
  - {closing: 2026-11-30, due: 2026-12-25, balance: 5876.09, minimum_due: 118.00}
payments:
  - {date: 2026-10-20, amount: 412.00}
  - {date: 2026-11-25, amount: 3120.55}
  - {date: 2026-12-01, amount: 500.00, status: pending}
"""


def test_a_due_date_named_picks_the_statement_due_then(tmp_path):
    convo = chat(tmp_path, PENDING_PAYMENT)
    convo.say("when will my $500 payment post?")
    reply = convo.say("will it count toward my December 25 due date?")
    reply.expect(contains="The statement that closed on November 30, 2026 is due on December 25, 2026: the minimum is $118.00")
    assert "A payment of $500.00 is on its way" in reply


# ----- 1h: a fraud claim names its charge, and the charge its card ------------------------------
def test_a_card_in_fraud_is_the_card_of_the_charge_named(tmp_path):
    body = (
        STATEMENTS
        + """\
transactions:
  - {date: 2026-11-30, merchant: "DOORDASH*BURGER & CO", amount: 45.67, card: "8012", status: pending}
"""
    )
    reply = chat(tmp_path, body).say("someone is using my card right now, there's a doordash charge I didn't make")
    reply.expect(contains="Additional Card ending 8012")
    assert "Which card is this about?" not in reply


def test_urgent_fraud_on_a_locked_card_says_it_is_locked_instead_of_offering_to_lock_it(tmp_path):
    header = HEADER.replace("holder: Grace Okafor}", "holder: Grace Okafor, status: locked}")
    body = (
        STATEMENTS
        + """\
transactions:
  - {date: 2026-11-28, merchant: AMAZON MKTPLACE, amount: 1234.56, card: "8001", status: pending}
"""
    )
    reply = chat(tmp_path, body, header=header).say("I want to dispute the $1,234.56 amazon charge, I didn't make it")
    reply.expect(contains="this is urgent")
    assert "Your Gold Card ending 8001 is already locked" in reply
    assert "shall I lock" not in reply
