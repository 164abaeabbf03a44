"""Which card a request acts on: a card named by its last four or its product is the one
acted on, or the assistant says why it can't be and asks; it never swaps in another card.
Account files of our own, written here, so the facts under test are in view."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

NOW = "2026-12-31T23:30:00"

THREE_CARDS = """\
id: three
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
  - {name: Gold Card, last_four: "8820", holder: Wei Chen}
  - {name: Delta SkyMiles Gold Card, last_four: "5096", holder: Wei Chen, status: locked}
statements:
  - {closing: 2026-12-28, due: 2027-01-22, balance: 1964.33, minimum_due: 40.00}
transactions:
  - {date: 2026-11-14, merchant: DELTA AIR LINES, amount: 612.40, card: "5096"}
  - {date: 2026-12-20, merchant: BEST BUY, amount: 89.00, card: "4417"}
"""

ONE_CARD = """\
id: one
holder_name: Priya Nair
zip: "07030"
mailing_address: 410 Washington St, Hoboken, NJ 07030
email: priya@example.com
phone: (201) 555-0163
points: 0
credit_limit: 1000
purchase_apr: 24.99
cards:
  - {name: Blue Cash Preferred Card, last_four: "0007", holder: Priya Nair}
"""


@pytest.fixture
def three(tmp_path: Path) -> Conversation:
    path = tmp_path / "three.yaml"
    path.write_text(THREE_CARDS)
    convo = Conversation(account=path, now=NOW)
    convo.say("last 4 is 4417 zip 60614").expect(outcome="verified")
    return convo


@pytest.fixture
def one(tmp_path: Path) -> Conversation:
    path = tmp_path / "one.yaml"
    path.write_text(ONE_CARD)
    convo = Conversation(account=path, now=NOW)
    convo.say("last 4 is 0007 zip 07030").expect(outcome="verified")
    return convo


def _card_of(convo: Conversation, last_four: str):
    card = convo.state.account.card(last_four)
    assert card is not None
    return card


def test_a_cancelled_card_named_by_its_last_four_is_not_swapped_for_another(three):
    three.say("my platinum card was stolen").say("yes").expect(contains="new number ending")
    assert _card_of(three, "4417").status == "cancelled"
    reply = three.say("unlock the card ending 4417")
    reply.expect(intent="unlock_card", contains="Platinum Card ending 4417 was cancelled when it was replaced")
    assert "Shall I unlock" not in reply
    three.say("yes").expect(outcome="not_understood")
    assert _card_of(three, "5096").status == "locked"  # the locked card nobody named stays locked


def test_a_card_ending_that_is_not_on_the_account_is_asked_about(three):
    reply = three.say("lock my card ending 9999")
    reply.expect(contains="I don't see a card ending 9999")
    assert "Shall I lock" not in reply and "Platinum Card ending 4417" in reply
    three.say("the platinum one").expect(contains="Shall I lock your Platinum Card ending 4417")


def test_a_product_the_account_does_not_hold_is_asked_about(one):
    reply = one.say("lock my gold card")
    reply.expect(intent="lock_card", contains="I don't see a Gold Card on this account")
    assert "Blue Cash Preferred Card ending 0007" in reply and "Shall I lock" not in reply
    one.say("yes").expect(contains="Shall I lock your Blue Cash Preferred Card ending 0007")
    one.say("yes").expect(contains="locked")


def test_a_product_word_in_a_merchant_name_is_no_card(one):
    reply = one.say("lock my card, I am flying delta today")
    assert "I don't see" not in reply
    reply.expect(contains="Shall I lock your Blue Cash Preferred Card ending 0007")


def test_a_card_name_said_whole_wins_over_a_longer_name_holding_it(three):
    three.say("lock the gold card").expect(contains="Shall I lock your Gold Card ending 8820")
    three.say("no")
    three.say("unlock my delta gold card").expect(contains="Shall I unlock your Delta SkyMiles Gold Card ending 5096")


def test_a_new_request_while_which_card_is_open_is_not_taken_as_the_answer(three):
    three.say("my card is damaged").expect(contains="Which card is this about?")
    reply = three.say("use points to pay for the delta charge")
    reply.expect(intent="pay_with_points", outcome="digression", contains="$612.40 at DELTA AIR LINES")
    assert "Shall I send a new" not in reply and "Back to where we were (replace a damaged card)" in reply
    three.say("the delta one").expect(outcome="answer", contains="Shall I send a new Delta SkyMiles Gold Card ending 5096")


def test_a_card_named_with_words_of_another_request_is_still_an_answer(three):
    three.say("my card is damaged").expect(contains="Which card is this about?")
    three.say("the delta card I use to pay for flights").expect(outcome="answer", contains="Delta SkyMiles Gold Card ending 5096")
    three.say("no")
    three.say("my card is damaged")
    three.say("platinum, the one I pay my bills with").expect(outcome="answer", contains="Platinum Card ending 4417")


def test_a_lost_card_already_locked_is_said_to_be_locked_already(three):
    reply = three.say("I lost my delta card")
    reply.expect(intent="lost_card", contains="Your Delta SkyMiles Gold Card ending 5096 is already locked")
    assert "I've locked" not in reply and "Shall I send a replacement" in reply
    three.say("no").expect(contains="The card stays locked")
    assert [entry.text for entry in three.state.log if "Locked" in entry.text] == []


def test_a_stolen_card_still_active_is_locked_first(three):
    reply = three.say("my gold card was stolen")
    reply.expect(intent="stolen_card", contains="I've locked your Gold Card ending 8820 straight away")


def test_the_hand_off_names_the_card_a_disputed_charge_was_made_on(three):
    three.say("my platinum card was stolen").say("yes").expect(contains="new number ending")
    three.say("I want to dispute the delta charge").say("I did not make it").expect(contains="on the card ending 5096")
    three.say("yes").expect(contains="is open for $612.40 at DELTA AIR LINES")
    three.say("let me talk to a person")
    three.say("fraud on my card").expect(handoff="fraud")
    slots = dict(three.state.packet.slots)
    assert slots["card"] == "Delta SkyMiles Gold Card ending 5096 (locked)"
    assert slots["charge"] == "$612.40 at DELTA AIR LINES on November 14, 2026"


def test_the_hand_off_keeps_the_card_a_flow_was_about(three):
    three.say("lock my gold card").say("yes").expect(contains="locked")
    three.say("let me talk to a person").say("my card").expect(handoff="general")
    assert dict(three.state.packet.slots)["card"].startswith("Gold Card ending 8820")


def test_a_card_said_not_to_be_the_one_is_not_picked(three):
    three.say("my card is damaged").expect(contains="Which card is this about?")
    three.say("the gold card, not the delta one").expect(outcome="answer", contains="Shall I send a new Gold Card ending 8820")
    three.say("no")
    three.say("my card is damaged")
    three.say("not the gold card, the delta one").expect(outcome="answer", contains="Delta SkyMiles Gold Card ending 5096")


def test_a_card_asked_for_can_be_named_by_a_charge_made_on_it():
    from tests.conftest import ALEX

    convo = Conversation(account=ALEX, now="2026-11-29T10:00:00")
    convo.say("last 4 is 2001, zip 94105")
    assert "Which card" in convo.say("I lost my card")
    locked = convo.say("the one I paid city parking with")
    assert "Blue Cash Everyday Card ending 3005" in locked and "locked" in locked


def test_a_charge_the_account_does_not_have_names_no_card():
    from tests.conftest import ALEX

    convo = Conversation(account=ALEX, now="2026-11-29T10:00:00")
    convo.say("last 4 is 2001, zip 94105")
    convo.say("I lost my card")
    assert "locked" not in convo.say("the one I used for the $40 fee")


def test_the_same_request_made_again_during_a_yes_or_no_question_is_answered_again(one):
    one.say("lock my card").expect(contains="Shall I lock")
    one.say("yes").expect(contains="is locked now")
    one.say("is my card locked?").expect(intent="card_declined", contains="Would you like me to unlock it?")
    again = one.say("why was my card declined at the store")
    again.expect(outcome="intent", intent="card_declined", contains="is locked, which is why")
    assert "yes or a no" not in again
    one.say("yes").expect(contains="is unlocked")
    assert _card_of(one, "0007").status == "active"
