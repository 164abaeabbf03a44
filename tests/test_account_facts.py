"""Facts the assistant states about an account are true of that account: how many statements
a rule looked at, when a dispute window starts, whether a payment was missed. Account files of
our own, written here, so the facts under test are in view."""

from __future__ import annotations

from pathlib import Path

from amexsim.testing import Conversation

HEADER = """\
id: facts
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
"""
VERIFY = "last 4 is 7742 zip 02139"


def chat(tmp_path: Path, body: str, now: str) -> Conversation:
    path = tmp_path / "facts.yaml"
    path.write_text(HEADER + body)
    convo = Conversation(account=path, now=now)
    convo.say(VERIFY).expect(outcome="verified")
    return convo


FOUR_PAID_STATEMENTS = """\
statements:
  - {closing: 2026-08-28, due: 2026-09-22, balance: 100.00, minimum_due: 35.00}
  - {closing: 2026-09-28, due: 2026-10-23, balance: 100.00, minimum_due: 35.00}
  - {closing: 2026-10-28, due: 2026-11-22, balance: 100.00, minimum_due: 35.00}
  - {closing: 2026-11-28, due: 2026-12-23, balance: 100.00, minimum_due: 35.00}
payments:
  - {date: 2026-09-20, amount: 100.00}
  - {date: 2026-10-20, amount: 100.00}
  - {date: 2026-11-20, amount: 100.00}
  - {date: 2026-12-20, amount: 100.00}
"""


def test_a_limit_increase_names_the_statements_the_account_has(tmp_path):
    reply = chat(tmp_path, FOUR_PAID_STATEMENTS, "2026-12-31T12:00:00").say("can I get a credit limit increase")
    reply.expect(intent="credit_limit_increase", contains="your last 4 statements (all the account has so far; it covers up to 6)")
    assert "last 6 statements" not in reply


def test_a_limit_increase_with_the_whole_look_back_names_it(tmp_path):
    more = FOUR_PAID_STATEMENTS.replace(
        "statements:\n",
        "statements:\n"
        "  - {closing: 2026-06-28, due: 2026-07-23, balance: 100.00, minimum_due: 35.00}\n"
        "  - {closing: 2026-07-28, due: 2026-08-22, balance: 100.00, minimum_due: 35.00}\n",
    ).replace("payments:\n", "payments:\n  - {date: 2026-07-20, amount: 100.00}\n  - {date: 2026-08-20, amount: 100.00}\n")
    reply = chat(tmp_path, more, "2026-12-31T12:00:00").say("can I get a credit limit increase")
    reply.expect(contains="Our rule looks at your last 6 statements: all paid")


UNBILLED_CHARGE = """\
statements:
  - {closing: 2026-11-30, due: 2026-12-25, balance: 164.00, minimum_due: 35.00}
transactions:
  - {date: 2026-11-20, merchant: GAP, amount: 64.00, card: "7742"}
  - {date: 2026-12-05, merchant: TARGET, amount: 212.45, card: "7742"}
"""


def test_a_charge_on_no_closed_statement_has_not_started_its_dispute_clock(tmp_path):
    convo = chat(tmp_path, UNBILLED_CHARGE, "2026-12-10T09:00:00")
    convo.say("I want to dispute a $212.45 charge")
    reply = convo.say("the amount is wrong")
    reply.expect(contains="It isn't on a statement yet: it will first appear on the one closing December 30, 2026")
    assert "first appeared on your statement" not in reply
    assert "runs from that date (until February 28, 2027)" in reply
    convo.say("yes").expect(contains="is open for $212.45 at TARGET")


def test_a_billed_charge_names_the_statement_it_appeared_on(tmp_path):
    convo = chat(tmp_path, UNBILLED_CHARGE, "2026-12-10T09:00:00")
    convo.say("I want to dispute the $64 charge at GAP")
    reply = convo.say("the amount is wrong")
    reply.expect(contains="It first appeared on your statement of November 30, 2026, so you're within the 60-day window")


MISSED_MINIMUM = """\
statements:
  - {closing: 2026-09-30, due: 2026-10-25, balance: 812.40, minimum_due: 35.00}
  - {closing: 2026-10-31, due: 2026-11-25, balance: 1204.77, minimum_due: 70.00}
  - {closing: 2026-11-30, due: 2026-12-25, balance: 1301.18, minimum_due: 110.00}
payments:
  - {date: 2026-10-20, amount: 35.00}
fees:
  - {date: 2026-11-26, kind: late_fee, amount: 40.00}
"""
PAST_DUE = (
    "Your account is past due: the statement that closed on October 31, 2026 needed a minimum payment of $70.00 by November 25, 2026, "
    "and $0.00 has been paid since it closed (your last payment: $35.00 on October 20, 2026; "
    "late fee charged since: $40.00 on November 26, 2026). Please pay at least $70.00"
)


def test_a_missed_minimum_is_said_when_asked_about_being_past_due(tmp_path):
    convo = chat(tmp_path, MISSED_MINIMUM, "2026-12-01T10:00:00")
    reply = convo.say("is my account past due")
    reply.expect(intent="payment_due_date", contains=PAST_DUE)
    assert "due on December 25, 2026" in reply  # and the statement now in progress


def test_did_i_miss_a_payment_is_no_question_about_the_last_one_that_posted(tmp_path):
    convo = chat(tmp_path, MISSED_MINIMUM, "2026-12-01T10:00:00")
    reply = convo.say("did I miss a payment")
    reply.expect(intent="payment_status", contains=PAST_DUE)
    assert "has posted" not in reply
    convo.say("did my $35 payment post").expect(contains="$35.00")  # a payment named is still answered


def test_the_last_payment_is_its_date_and_amount(tmp_path):
    second = "  - {date: 2026-11-20, amount: 70.00}\n"
    paid = MISSED_MINIMUM.replace("payments:\n", "payments:\n" + second)
    convo = chat(tmp_path, paid, "2026-12-01T10:00:00")
    reply = convo.say("when was my last payment")
    reply.expect(intent="payment_status", contains="$70.00")
    assert "November 20, 2026" in reply and "past due" not in reply
    answer = convo.say("is my account past due")
    assert "Your account is past due" not in answer and "isn't past due" in answer


def test_balance_and_minimum_on_a_past_due_account_say_so_and_promise_nothing(tmp_path):
    convo = chat(tmp_path, MISSED_MINIMUM, "2026-12-01T10:00:00")
    balance = convo.say("what is my balance")
    balance.expect(intent="account_balance", contains=PAST_DUE)
    assert "Your current balance is $1,301.18" in balance and "keeps the account current" not in balance
    minimum = convo.say("what is the minimum payment")
    minimum.expect(intent="minimum_payment", contains=PAST_DUE)
    assert "is $110.00, due December 25, 2026" in minimum and "keeps the account current" not in minimum


def test_balance_on_an_account_up_to_date_is_as_before(tmp_path):
    reply = chat(tmp_path, FOUR_PAID_STATEMENTS, "2026-12-31T12:00:00").say("what is my balance")
    assert "past due" not in reply and "Your current balance is" in reply


def test_a_due_date_that_has_passed_is_never_a_date_to_pay_by(tmp_path):
    account = tmp_path / "late.yaml"
    account.write_text(
        HEADER
        + """statements:
  - {closing: 2026-10-31, due: 2026-11-25, balance: 1420.55, minimum_due: 41.00}
"""
    )
    convo = Conversation(account=account, now="2026-12-01T10:00")
    convo.say(VERIFY)
    reply = convo.say("when is my payment due")
    assert "past due" in reply and "by then" not in reply
    assert "a date that has passed" in reply


MERCHANTS_SPELLING_WOULD_CORRECT = """\
statements:
  - {closing: 2026-11-28, due: 2026-12-23, balance: 559.99, minimum_due: 35.00}
transactions:
  - {date: 2026-11-20, merchant: STEAM GAMES, amount: 59.99, card: "7742"}
  - {date: 2026-11-22, merchant: CASH ADVANCE ATM, amount: 500.00, card: "7742"}
"""


def test_a_merchant_word_the_spelling_corrector_does_not_know_still_names_its_charge(tmp_path):
    # "steam" is one letter from "team": the charge is the account's word, not a typo
    convo = chat(tmp_path, MERCHANTS_SPELLING_WOULD_CORRECT, "2026-12-01T10:00:00")
    convo.say("I want to dispute a charge").expect(contains="Which charge is it?")
    convo.say("the steam charge").expect(outcome="answer", slots={"charge": "$59.99 at STEAM GAMES on November 20, 2026"})
    convo = chat(tmp_path, MERCHANTS_SPELLING_WOULD_CORRECT, "2026-12-01T10:00:00")
    convo.say("i want to dispute the steam charge").expect(slots={"charge": "$59.99 at STEAM GAMES on November 20, 2026"})


TWO_MERCHANTS_ON_NEAR_DATES = """\
statements:
  - {closing: 2026-11-28, due: 2026-12-23, balance: 1372.39, minimum_due: 40.00}
transactions:
  - {date: 2026-11-03, merchant: BEST BUY, amount: 1299.99, card: "7742"}
  - {date: 2026-11-30, merchant: AMAZON MKTP, amount: 72.40, card: "7742"}
"""


def test_a_corrected_day_keeps_the_merchant_named_before(tmp_path):
    # "the 3rd" is a day of the month; the Amazon charge on the 30th is no Best Buy charge
    convo = chat(tmp_path, TWO_MERCHANTS_ON_NEAR_DATES, "2026-12-01T10:00:00")
    convo.say("I want to dispute the best buy charge from November 30th").expect(
        slots={"charge": "$1,299.99 at BEST BUY on November 3, 2026"}
    )
    again = convo.say("actually no, it was the 3rd")
    again.expect(
        outcome="corrected",
        contains="Got it: $1,299.99 at BEST BUY on November 3, 2026",
        slots={"charge": "$1,299.99 at BEST BUY on November 3, 2026"},
    )
    assert "AMAZON" not in again


def test_a_charge_said_to_be_billed_at_another_amount_is_the_amount_wrong(tmp_path):
    convo = chat(tmp_path, TWO_MERCHANTS_ON_NEAR_DATES, "2026-12-01T10:00:00")
    reply = convo.say("I want to dispute the amazon charge, they charged me $72.40 but the bill was $27.40")
    reply.expect(contains="the problem: the amount is wrong", slots={"reason": "the amount is wrong"})
