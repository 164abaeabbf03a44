"""An authorized user named by name in a request: "remove Sam Park from my account" is the
removal of an authorized user (an account change), never a lock of their card."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

ACCOUNT = """\
id: people
holder_name: Wei Chen
zip: "60614"
mailing_address: 2100 N Lincoln Park West, Apt 12B, Chicago, IL 60614
email: wei@example.org
phone: (312) 555-0177
points: 1000
credit_limit: 30000
purchase_apr: 19.24
cards:
  - {name: Platinum Card, last_four: "4417", holder: Wei Chen}
authorized_users:
  - {name: Lin Chen, last_four: "6631"}
  - {name: Sam Park, last_four: "0042"}
"""


@pytest.fixture
def convo(tmp_path: Path) -> Conversation:
    path = tmp_path / "people.yaml"
    path.write_text(ACCOUNT)
    convo = Conversation(account=path, now="2026-12-31T23:30:00")
    convo.say("last 4 is 4417 zip 60614").expect(outcome="verified")
    return convo


def test_removing_a_named_authorized_user_is_a_removal_not_a_lock(convo):
    reply = convo.say("remove Sam Park from my account")
    reply.expect(intent="remove_authorized_user", contains="remove Sam Park (card ending 0042)?")
    assert "lock" not in reply.lower()
    convo.say("yes").approve().expect(contains="Sam Park is no longer an authorized user")
    assert [user.name for user in convo.state.account.authorized_users] == ["Lin Chen"]
    assert all(card.status != "locked" for card in convo.state.account.cards)


def test_taking_a_named_user_off_the_account_is_a_removal(convo):
    convo.say("take Lin Chen off my account").expect(intent="remove_authorized_user", contains="remove Lin Chen (card ending 6631)?")


def test_a_request_a_rule_already_reads_keeps_its_reading(convo):
    convo.say("Sam Park lost her card").expect(intent="lost_card", contains="Additional Card ending 0042")
