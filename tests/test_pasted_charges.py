"""A charge named by its statement line alone (merchant and exact amount, pasted or typed) is a
question about that charge, not an off-topic message; other messages keep their reading."""

from __future__ import annotations

from pathlib import Path

from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
# Teresa Whitfield 8823 (ZIP 55409); SHEIN US $86.45 Nov 18 on Maya's 7322; STEAM GAMES $59.99 Nov 6 on Caleb's 7314
WHITFIELD = Path(__file__).parent / "data" / "accounts" / "whitfield.yaml"


def _verified() -> Conversation:
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("8823 55409")
    return convo


def test_a_pasted_statement_line_is_a_question_about_that_charge():
    convo = _verified()
    convo.say("Nov 18  SHEIN US  MAYA WHITFIELD  -7322  $86.45").expect(domain="dispute_charge")
    convo.say("it never arrived").expect(contains="$86.45 at SHEIN US on November 18, 2026")


def test_what_the_line_is_followed_by_says_what_is_wrong():
    convo = _verified()
    reply = convo.say("11/06/2026 STEAM GAMES 425-952-2985 WA 59.99 - no idea what this is")
    reply.expect(domain="dispute_charge", contains="$59.99 at STEAM GAMES")


def test_a_merchant_and_an_amount_of_no_charge_of_the_account_is_not_read_as_one():
    convo = _verified()
    reply = convo.say("SHEIN US 12.00")
    assert reply.trace.domain != "dispute_charge", reply.trace.intent
    reply = convo.say("TARGET 86.45")  # SHEIN's amount, another merchant
    assert reply.trace.domain != "dispute_charge", reply.trace.intent


def test_a_request_beside_the_charge_keeps_its_own_reading():
    convo = _verified()
    convo.say("kroger 134.27 is that pending").expect(intent="pending_charge")
