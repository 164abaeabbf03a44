"""Interest worked out from the account: why it was charged (which statement was not paid in full by
its due date, and by how much) and roughly what a balance carried past the due date costs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from amexsim.dialogue.actions.interest import interest_for
from amexsim.testing import Conversation

DATA = Path(__file__).parent / "data" / "accounts"
RILEY = DATA / "riley.yaml"  # 7003 / 98101; Oct 5 statement $2,655.80, $50.00 paid by Oct 30; APR 27.24%
NOW = "2026-11-29T10:00"


def test_interest_accrues_daily_at_the_apr():
    assert interest_for(Decimal("1000"), Decimal("24.00"), 30) == Decimal("19.73")
    assert interest_for(Decimal("0"), Decimal("24.00"), 30) == Decimal("0.00")


def _verified(account: Path = RILEY) -> Conversation:
    convo = Conversation(account=account, now=NOW)
    convo.say("last 4 7003 zip 98101")
    assert convo.state.verified
    return convo


@pytest.mark.parametrize("asked", ["why did I get charged interest", "there's a finance charge on my bill, why?"])
def test_why_interest_names_the_statement_carried_over(asked):
    reply = _verified().say(asked)
    reply.expect(intent="interest_charge", contains="$2,605.80 carried over")
    # $2,605.80 at 27.24% for the 31 days from October 5 to November 5
    assert "roughly $60.29" in " ".join(reply.replies) and "27.24%" in " ".join(reply.replies)


@pytest.mark.parametrize(
    "asked",
    [
        "what happens if I just pay the minimum?",
        "how much interest would I pay if I only make the minimum payment",
        "how much will the interest be",
    ],
)
def test_an_estimate_for_paying_the_minimum_uses_the_statement(asked):
    reply = _verified().say(asked)
    # Nov 5 statement: $2,790.12, minimum $55.00 due Nov 30: $2,735.12 carried
    reply.expect(intent="interest_estimate", contains="$2,735.12 would then carry over")


@pytest.mark.parametrize(
    "asked, carried",
    [("how much interest if i pay 700", "$2,090.12"), ("if I carry 1500 how much interest would it cost me", "$1,500.00")],
)
def test_an_amount_named_is_a_payment_or_the_amount_carried(asked, carried):
    reply = _verified().say(asked)
    reply.expect(intent="interest_estimate", contains=carried)


def test_a_statement_paid_in_full_late_says_interest_ran_for_the_days_late(tmp_path):
    account = tmp_path / "late.yaml"
    account.write_text(
        RILEY.read_text(encoding="utf-8").split("statements:")[0]
        + "statements:\n"
        + "  - {closing: 2026-10-05, due: 2026-10-30, balance: 1000.00, minimum_due: 35.00}\n"
        + "  - {closing: 2026-11-05, due: 2026-11-30, balance: 400.00, minimum_due: 35.00}\n"
        + "payments:\n  - {date: 2026-11-03, amount: 1000.00}\n",
        encoding="utf-8",
    )
    reply = _verified(account).say("why was I charged interest?")
    reply.expect(contains="paid in full on November 3, 2026, 4 days later")
    assert f"roughly ${interest_for(Decimal('1000'), Decimal('27.24'), 4)}" in " ".join(reply.replies)


def test_interest_is_asked_about_only_after_verification():
    reply = Conversation(account=RILEY, now=NOW).say("why was I charged interest?")
    reply.expect(outcome="verify")
    assert "$" not in " ".join(reply.replies)
