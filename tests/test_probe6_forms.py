"""Forms of the sixth black-box account probe (acctprobe6): verification details said in
everyday ways (B3), a request told before verifying (B4), "start over" and "menu" inside a flow
(E1, E2), date questions near the due date (E3), Spanish words and refusals (D4), small ones (E5).
Each account is written here, so the dates the tests lean on are in sight."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

MARIA = """\
id: maria
holder_name: Maria Lopez
zip: "10001"
mailing_address: 200 West 24th Street, Apt 3B, New York, NY 10001
email: maria.lopez@example.com
phone: (212) 555-0142
points: 48200
credit_limit: 9000.00
purchase_apr: 24.49
cards:
  - {name: Gold Card, last_four: "1234", holder: Maria Lopez}
  - {name: Platinum Card, last_four: "5678", holder: Maria Lopez}
statements:
  - {closing: 2026-10-02, due: 2026-10-27, balance: 800.00, minimum_due: 35.00}
  - {closing: 2026-11-02, due: 2026-11-27, balance: 1200.00, minimum_due: 40.00}
transactions:
  - {date: 2026-09-28, merchant: MERCADO CENTRAL, amount: 84.20, card: "1234"}
  - {date: 2026-10-15, merchant: HOTEL SOL MADRID, amount: 412.00, card: "5678"}
  - {date: 2026-11-20, merchant: LIBRERIA EL ATENEO, amount: 23.50, card: "1234"}
payments:
  - {date: 2026-10-20, amount: 800.00}
  - {date: 2026-11-25, amount: 1200.00}
"""


def maria(tmp_path: Path, now: str = "2026-11-29T10:00") -> Conversation:
    path = tmp_path / "maria.yaml"
    path.write_text(MARIA, encoding="utf-8")
    return Conversation(account=path, now=now)


# ----- B3: verification details in everyday forms ---------------------------------------------------
@pytest.mark.parametrize("zip_said", ["my zip code is 10001", "zip code: 10001", "the billing zip code is 10001"])
def test_a_zip_code_said_alone_is_kept_and_the_card_asked_for(tmp_path, zip_said):
    convo = maria(tmp_path)
    convo.say(zip_said).expect(outcome="verify", contains="last 4 digits of your card")
    convo.say("and the card ends with 1234").expect(outcome="verified", contains="Maria")


@pytest.mark.parametrize("card_said", ["card ending 1234", "L4 1234"])
def test_a_card_ending_said_alone_is_a_detail_not_a_question(tmp_path, card_said):
    convo = maria(tmp_path)
    reply = convo.say(card_said)
    reply.expect(outcome="verify", contains="ZIP code")
    assert reply.turn.trace.intent is None  # no APR answer, no card replacement
    convo.say("zip 10001").expect(outcome="verified")


def test_details_named_by_short_labels_verify(tmp_path):
    convo = maria(tmp_path)
    convo.say("L4 1234 Z 10001").expect(outcome="verified", contains="Maria")


@pytest.mark.parametrize(
    "spelled",
    [
        "one two three four, one zero zero zero one",
        "one two three four one oh oh oh one",
        "the last four are one two three four and my zip is one oh oh oh one",
    ],
)
def test_digits_spelled_out_verify(tmp_path, spelled):
    convo = maria(tmp_path)
    convo.say("what's my balance?").expect(outcome="verify")
    convo.say(spelled).expect(outcome="verified", contains="balance")


# ----- B4: a request told before verifying ------------------------------------------------------------
def test_the_charge_named_before_verifying_is_kept_when_the_reason_follows(tmp_path):
    convo = maria(tmp_path)
    convo.say("I want to dispute the Hotel Sol Madrid charge").expect(outcome="verify")
    convo.say("I was charged twice").expect(outcome="verify")
    reply = convo.say("it's 5678 and 10001")
    reply.expect(outcome="verified", contains="HOTEL SOL MADRID")
    assert "charged twice" in reply
    assert "Which charge" not in reply


# ----- E1, E2: "start over" and "menu" inside a flow --------------------------------------------------
@pytest.mark.parametrize("words", ["start over", "let's start again", "restart"])
def test_start_over_inside_a_flow_stops_it(tmp_path, words):
    convo = maria(tmp_path)
    convo.say("1234 10001").expect(outcome="verified")
    convo.say("I want to dispute a charge").expect(contains="Which charge")
    convo.say(words).expect(outcome="cancelled")
    assert convo.state.top is None


def test_help_then_menu_keeps_the_flow_and_the_next_answer_goes_to_it(tmp_path):
    convo = maria(tmp_path)
    convo.say("1234 10001")
    convo.say("I want to dispute the Hotel Sol Madrid charge").expect(contains="What's wrong with the charge")
    convo.say("help").expect(contains="Back to where we were")
    convo.say("menu").expect(contains="Back to where we were")
    convo.say("it arrived damaged").expect(intent="dispute_unrecognized_charge", contains="HOTEL SOL MADRID")


# ----- E3: date questions near the due date -----------------------------------------------------------
# One statement due Thursday, December 10, 2026, nothing paid, and a late fee from an earlier month.
ANA = """\
id: ana
holder_name: Ana Martinez
zip: "33130"
mailing_address: 1200 Brickell Avenue, Miami, FL 33130
email: ana.martinez@example.com
phone: (305) 555-0190
points: 12000
credit_limit: 6000.00
purchase_apr: 25.99
cards:
  - {name: Gold Card, last_four: "7777", holder: Ana Martinez}
statements:
  - {closing: 2026-10-15, due: 2026-11-09, balance: 300.00, minimum_due: 35.00}
  - {closing: 2026-11-15, due: 2026-12-10, balance: 540.25, minimum_due: 35.00}
transactions:
  - {date: 2026-11-12, merchant: ZAPATERIA LUNA, amount: 120.00, card: "7777"}
payments:
  - {date: 2026-11-12, amount: 335.00}
fees:
  - {date: 2026-11-10, kind: late_fee, amount: 29.00}
"""


def ana(tmp_path: Path, now: str) -> Conversation:
    path = tmp_path / "ana.yaml"
    path.write_text(ANA, encoding="utf-8")
    convo = Conversation(account=path, now=now)
    convo.say("7777 33130").expect(outcome="verified")
    return convo


def test_the_due_date_is_said_to_be_today_on_the_day(tmp_path):
    ana(tmp_path, "2026-12-10T00:00").say("when is my payment due?").expect(intent="payment_due_date", contains="December 10, 2026 (today)")


def test_paying_tomorrow_on_time_is_a_due_date_question(tmp_path):
    reply = ana(tmp_path, "2026-12-09T23:59").say("if I pay tomorrow will it be on time?")
    reply.expect(intent="payment_due_date", contains="December 10, 2026 (tomorrow)")


def test_a_late_fee_if_paid_tomorrow_is_no_refund_of_an_old_fee(tmp_path):
    reply = ana(tmp_path, "2026-12-10T23:30").say("will I be charged a late fee if I pay tomorrow?")
    reply.expect(intent="payment_due_date", contains="(today)")
    assert "Did something outside your control" not in reply
    ana(tmp_path, "2026-12-01T10:00").say("can you waive my late fee? I paid on time").expect(intent="late_fee")


def test_am_i_late_after_the_due_date_says_past_due(tmp_path):
    reply = ana(tmp_path, "2026-12-13T00:05").say("my payment was due on Thursday. am I late?")
    reply.expect(intent="payment_due_date", contains="past due")


# ----- D4: Spanish words alone, and refusals to a Spanish speaker ---------------------------------------
@pytest.mark.parametrize(
    ("word", "intent"), [("saldo", "account_balance"), ("gracias", "thanks"), ("muchas gracias", "thanks"), ("adios", "goodbye")]
)
def test_a_common_spanish_word_alone_is_understood(tmp_path, word, intent):
    convo = ana(tmp_path, "2026-11-29T10:00")
    reply = convo.say(word)
    reply.expect(intent=intent)
    assert "didn't catch that" not in reply


def test_a_guard_refusal_to_a_spanish_speaker_is_in_spanish(tmp_path):
    path = tmp_path / "ana.yaml"
    path.write_text(ANA, encoding="utf-8")
    convo = Conversation(account=path, now="2026-11-29T10:00")
    convo.say("mi número de tarjeta es 371449635398431").expect(refused=("card_number",), contains="Por su seguridad")
    convo.say("mi código de seguridad es 1234").expect(refused=("security_code",), contains="código de seguridad")
    english = convo.say("my card number is 371449635398431")  # English again: told in English
    english.expect(refused=("card_number",), contains="For your security")


# ----- E5: a thumbs-up answers yes; a misspelt command gets a guess -------------------------------------
@pytest.mark.parametrize(("sign", "outcome"), [("👍", "answer"), ("👍🏽", "answer"), ("👎", "declined")])
def test_a_sign_alone_answers_a_yes_or_no_question(tmp_path, sign, outcome):
    convo = maria(tmp_path)
    convo.say("1234 10001")
    convo.say("lock my gold card").expect(contains="Shall I lock")
    convo.say(sign).expect(outcome=outcome)
    assert (convo.state.account.card("1234").status == "locked") == (outcome == "answer")


def test_a_misspelt_command_gets_a_guess():
    from amexsim.terminal.commands import guess

    assert "/statement" in guess("/statment")
    assert guess("/stat") == ["/state", "/statement"]  # what it begins, as before
    assert guess("/xyz") == []
