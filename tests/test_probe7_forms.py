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
