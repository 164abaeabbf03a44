"""Forms the twenty-ninth blind conversation probe found, in other words than its lines, on its account
files (tests/data/accounts/whitaker_moreno.yaml: Deshawn Whitaker-Moreno, Business Gold 4417, employee
cards Priya 5521 and Tomás 6630, ZIP 60614; tran.yaml: Mei-Ling Tran, Green 2284, ZIP 02134)."""

from __future__ import annotations

from pathlib import Path

from amexsim.guard import redact
from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
ACCOUNTS = Path(__file__).parent / "data" / "accounts"
DESHAWN = ACCOUNTS / "whitaker_moreno.yaml"
MEI_LING = ACCOUNTS / "tran.yaml"


def test_an_ssn_typed_in_groups_before_by_the_way_is_refused():
    assert "8276" not in redact("here's my ssn 531 44 8276 by the way, if you need it")


def test_cards_ruled_out_by_name_leave_the_one_meant():
    convo = Conversation(account=DESHAWN, now=NOW)
    convo.say("my bag was stolen with my cards")
    convo.say("4417 60614")
    convo.say("yes")
    reply = convo.say("only mine, not tomas's or priya's")
    assert "4417" in reply and "6630" not in reply and "5521" not in reply
    assert {card.last_four for card in convo.state.account.cards if card.status == "locked"} <= {"4417"}


def test_a_person_with_no_card_on_the_account_is_said_so_and_no_card_swapped_in():
    convo = Conversation(account=MEI_LING, now=NOW)
    convo.say("2284 02134")
    reply = convo.say("please freeze Marco's card")
    assert "I don't see a card for Marco" in reply
    assert all(card.status == "active" for card in convo.state.account.cards)


def test_someone_writing_for_the_card_member_is_not_verified_by_her_details():
    convo = Conversation(account=MEI_LING, now=NOW)
    convo.say("hi im mei-ling's mother, she's overseas and wants me to check her balance").expect(outcome="third_party")
    convo.say("her card ends 2284 and the zip is 02134").expect(outcome="third_party")
    assert not convo.state.verified


def test_a_zip_code_that_lost_its_leading_zero_is_given_it_back():
    convo = Conversation(account=MEI_LING, now=NOW)
    convo.say("2284, 2134")
    assert convo.state.verified


def test_fees_asked_of_the_chat_are_the_account_s_fees():
    convo = Conversation(account=DESHAWN, now=NOW)
    convo.say("4417 60614")
    convo.say("which fees have you charged my account").expect(intent="fees_charged", contains="$39.00")
