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
