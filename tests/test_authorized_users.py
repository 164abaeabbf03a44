"""An authorized user verified with their own card (acctprobe3 group 15): greeted by their name,
and refused the changes to the account itself that only the primary card member may make.
Alex Kim's account: Alex's Gold Card ends 2001, Jamie Kim's additional card 2019, ZIP 94105."""

from __future__ import annotations

import pytest

from amexsim.testing import Conversation
from tests.conftest import ALEX


def as_jamie() -> Conversation:
    convo = Conversation(account=ALEX, now="2026-11-29T10:00")
    convo.say("last 4 is 2019, zip 94105").expect(outcome="verified", contains="Thanks, Jamie")
    assert convo.state.authorized_user == "Jamie Kim"
    return convo


@pytest.mark.parametrize(
    "request_text",
    [
        "change my address to 500 Congress Ave, Austin, TX 78701",
        "I need to update my phone number",
        "update my email address",
        "I want to add an authorized user",
        "remove an authorized user",
        "I'd like a credit limit increase",
    ],
)
def test_an_authorized_user_is_refused_changes_to_the_account_and_told_why(request_text):
    convo = as_jamie()
    reply = convo.say(request_text).expect(outcome="primary_only", contains=["Jamie", "primary card member, Alex Kim", "ending 2019"])
    assert not reply.events
    assert convo.state.account.mailing_address == "1 Market Street, Apt 5, San Francisco, CA 94105"
    assert convo.state.stack == ()


def test_an_authorized_user_asking_first_and_verifying_after_is_refused_too():
    convo = Conversation(account=ALEX, now="2026-11-29T10:00")
    convo.say("change my address to 500 Congress Ave, Austin, TX 78701").expect(outcome="verify")
    convo.say("last 4 is 2019, zip 94105").expect(contains=["Thanks, Jamie", "as an authorized user"])
    assert convo.state.stack == ()


def test_an_authorized_user_can_still_look_after_their_own_card_and_ask_the_balance():
    convo = as_jamie()
    convo.say("lock my card").expect(intent="lock_card", contains="Additional Card ending 2019")
    convo.say("yes").expect(contains="is locked now")
    convo.say("what's my balance").expect(intent="account_balance", contains="balance")
    assert convo.intent == "account_balance" and convo.outcome != "primary_only"


def test_the_primary_card_member_keeps_every_power():
    convo = Conversation(account=ALEX, now="2026-11-29T10:00")
    convo.say("last 4 is 2001, zip 94105").expect(outcome="verified", contains="Thanks, Alex")
    assert convo.state.authorized_user is None
    convo.say("change my address to 500 Congress Ave, Austin, TX 78701").expect(intent="change_address", contains="Just to confirm")


def test_an_authorized_user_cannot_lock_or_replace_the_primary_members_card():
    convo = as_jamie()
    reply = convo.say("lock the gold card")
    assert "Gold Card ending 2001" not in reply and "Additional Card ending 2019" in reply
    assert [card.last_four for card in convo.state.account.cards] == ["2019"]
    convo.say("my gold card was stolen")
    assert all(card.last_four != "2001" for card in convo.state.account.cards)


def test_an_authorized_user_sees_only_the_charges_on_their_own_card():
    convo = as_jamie()
    assert all(charge.card == "2019" for charge in convo.state.account.transactions)
    assert "BLUE BOTTLE" not in convo.say("show my recent transactions")  # made on Alex's Gold Card
