"""An authorized user sees and acts on their own card only (black-box probe 5, section 2 and 1g).

A request about someone else's card is refused in the customer's own words, nothing is done to
any card, and the other card's details are never shown; the account's balance, statements and
credit line add up every card, so an authorized user is given the charges on their own card.
The primary card member keeps every power, and account-level facts are named as the account's.
An account file of our own, written here, so the people and cards under test are in view."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

ACCOUNT = """\
id: scope
holder_name: José Núñez
zip: "02116"
mailing_address: 88 Beacon Street, Unit 3, Boston, MA 02116
email: jose@example.org
phone: (617) 555-0112
points: 250
credit_limit: 25000.00
purchase_apr: 27.24
cards:
  - {name: Platinum Card, last_four: "4001", holder: José Núñez, status: locked}
  - {name: Gold Card, last_four: "4002", holder: José Núñez}
authorized_users:
  - {name: Marco D'Angelo, last_four: "4011"}
  - {name: Ana García, last_four: "4012"}
statements:
  - {closing: 2026-10-31, due: 2026-11-25, balance: 3120.55, minimum_due: 62.00}
  - {closing: 2026-11-30, due: 2026-12-25, balance: 5876.09, minimum_due: 118.00}
transactions:
  - {date: 2026-10-19, merchant: H&M 0042, amount: 59.90, card: "4012"}
  - {date: 2026-11-02, merchant: DELTA AIR LINES, amount: 612.40, card: "4002"}
  - {date: 2026-11-05, merchant: BARNES & NOBLE, amount: 42.00, card: "4011"}
  - {date: 2026-11-28, merchant: DOORDASH*BURGER & CO, amount: 45.67, card: "4012", status: pending}
  - {date: 2026-11-30, merchant: "SQ *JOE'S TACOS", amount: 31.50, card: "4011", status: pending}
"""
NOW = "2026-12-01T10:00"


def chat(tmp_path: Path, last_four: str) -> Conversation:
    path = tmp_path / "scope.yaml"
    path.write_text(ACCOUNT, encoding="utf-8")
    convo = Conversation(account=path, now=NOW)
    convo.say(f"last 4 is {last_four}, zip 02116").expect(outcome="verified")
    return convo


def card_states(convo: Conversation) -> dict[str, str]:
    return {card.last_four: card.status for card in convo.state.account.cards}


@pytest.mark.parametrize(
    ("request_text", "named"),
    [
        ("lock Ana's card", "Ana's card"),
        ("please freeze the card ending 4012", "the card ending 4012"),
        ("lock card 4012", "the card ending 4012"),
        ("I lost the gold card", "the Gold Card"),
        ("unlock the platinum card", "the Platinum Card"),
        ("is José's card locked?", "José's card"),
        ("my wife's card was stolen", "your wife's card"),
    ],
)
def test_a_request_about_another_card_is_refused_in_the_customers_words_and_nothing_is_done(tmp_path, request_text, named):
    convo = chat(tmp_path, "4011")
    before = card_states(convo)
    reply = convo.say(request_text).expect(outcome="not_own_card", contains=["Marco", "only see and manage your own", named])
    assert "ending 4011" in reply  # their own card, named as what they may manage
    assert "I don't see" not in reply and "Shall I" not in reply
    # nothing of the other cards beyond what was said: no last four, product, holder or status
    for detail in ("4001", "4002", "4012", "Platinum", "Gold", "García", "locked"):
        assert detail not in reply or detail in request_text.title() or detail in named
    assert not reply.events and convo.state.stack == ()
    convo.say("yes")  # nothing was offered, so a yes does nothing to any card
    assert card_states(convo) == before


def test_the_authorized_user_can_still_act_on_their_own_card(tmp_path):
    convo = chat(tmp_path, "4011")
    convo.say("lock Ana's card").expect(outcome="not_own_card")
    convo.say("lock my card").expect(intent="lock_card", contains="Additional Card ending 4011")
    convo.say("yes").expect(contains="is locked")
    assert card_states(convo) == {"4011": "locked"}


@pytest.mark.parametrize("request_text", ["what did José spend?", "what did Ana spend", "did Ana's doordash order go through?"])
def test_another_persons_spending_is_not_answered_with_the_users_own_list(tmp_path, request_text):
    convo = chat(tmp_path, "4011")
    reply = convo.say(request_text).expect(outcome="not_own_card", contains="only see and manage your own Additional Card ending 4011")
    assert "Your latest transactions" not in reply and "savings" not in reply
    assert "DOORDASH" not in reply and "45.67" not in reply


def test_removing_someone_named_by_first_name_is_a_change_only_the_primary_member_may_ask(tmp_path):
    convo = chat(tmp_path, "4012")
    reply = convo.say("remove José from the account")
    reply.expect(intent="remove_authorized_user", outcome="primary_only", contains="José Núñez")
    assert "savings" not in reply


@pytest.mark.parametrize("request_text", ["what's the balance on my card?", "how much do I owe on my card?", "what's my minimum payment?"])
def test_an_authorized_users_balance_is_the_charges_on_their_own_card(tmp_path, request_text):
    convo = chat(tmp_path, "4011")
    reply = convo.say(request_text).expect(contains=["Additional Card ending 4011", "$42.00", "$31.50", "primary card member, José Núñez"])
    for account_figure in ("$5,876.09", "$118.00", "$612.40"):  # the account's balance and minimum, another card's charge
        assert account_figure not in reply


def test_an_authorized_users_credit_limit_question_names_their_card_and_keeps_the_accounts_figures(tmp_path):
    convo = chat(tmp_path, "4011")
    reply = convo.say("what's my credit limit?").expect(intent="credit_limit", contains=["Additional Card ending 4011", "José Núñez"])
    assert "$25,000.00" not in reply and "$19," not in reply
    assert "card ending in 4011 has a limit" not in reply


def test_the_primary_members_credit_limit_is_the_accounts_and_the_whole_account_stays_in_view(tmp_path):
    convo = chat(tmp_path, "4002")
    reply = convo.say("what's my credit limit?").expect(intent="credit_limit", contains="$25,000.00")
    assert "4001" not in reply and "Platinum" not in reply  # the locked first card is not the limit's card
    assert "account" in reply
    convo.say("what's my balance?").expect(intent="account_balance", contains="$5,876.09")
    convo.say("what did Ana spend?").expect(contains=["Ana García", "H&M 0042"])
    convo.say("lock Ana's card").expect(intent="lock_card", contains="Additional Card ending 4012")


PAYMENTS_AND_FEES = """\
payments:
  - {date: 2026-11-20, amount: 733.33}
fees:
  - {date: 2026-11-14, kind: late_fee, amount: 39.00}
"""


@pytest.mark.parametrize(
    "request_text",
    ["did my last payment go through?", "what fees have I been charged?", "can you waive my late fee?", "how much is my annual fee?"],
)
def test_the_accounts_payments_and_fees_are_the_primary_members_not_an_authorized_users(tmp_path, request_text):
    path = tmp_path / "scope.yaml"
    path.write_text(ACCOUNT + PAYMENTS_AND_FEES, encoding="utf-8")
    user = Conversation(account=path, now=NOW)
    user.say("last 4 is 4011, zip 02116").expect(outcome="verified")
    reply = user.say(request_text).expect(contains=["Additional Card ending 4011", "primary card member, José Núñez"])
    assert "$733.33" not in reply and "$39.00" not in reply
    primary = Conversation(account=path, now=NOW)
    primary.say("last 4 is 4002, zip 02116").expect(outcome="verified")
    assert "primary card member" not in primary.say(request_text)


@pytest.mark.parametrize(
    "request_text", ["how many points do we have?", "is autopay on?", "can I change my due date?", "use points to pay for my H&M charge"]
)
def test_the_accounts_points_and_settings_are_the_primary_members(tmp_path, request_text):
    reply = chat(tmp_path, "4012").say(request_text)
    reply.expect(contains="primary card member, José Núñez")
    assert "250" not in reply and "AutoPay is currently" not in reply
    assert "Additional Card ending 4012" in reply or "ending 4012" in reply


@pytest.mark.parametrize("request_text", ["how many points do we have?", "is autopay on?"])
def test_the_primary_member_still_gets_the_points_and_settings(tmp_path, request_text):
    reply = chat(tmp_path, "4002").say(request_text)
    assert "primary card member" not in reply
