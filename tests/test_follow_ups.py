"""Follow-ups and second requests: a message read against what came just before it. A short
follow-up ("and the one before?") is about the last answer's subject, a second request in one
message is done and keeps its own details, and a question left behind by a new request never
takes a later "yes". Account files of our own, written here, so the facts under test are in view."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

NOW = "2026-12-01T10:00:00"

ACCOUNT = """\
id: follow
holder_name: Priya Shah
zip: "02116"
mailing_address: 88 Beacon Street, Unit 3, Boston, MA 02116
email: priya@example.com
phone: (617) 555-0112
points: 250
credit_limit: 25000.00
purchase_apr: 27.24
cards:
  - {name: Platinum Card, last_four: "4001", holder: Priya Shah, status: locked}
  - {name: Gold Card, last_four: "4002", holder: Priya Shah}
  - {name: Delta SkyMiles Blue Card, last_four: "4003", holder: Priya Shah}
authorized_users:
  - {name: Ada Okafor, last_four: "4011"}
  - {name: Emeka Okafor, last_four: "4012"}
statements:
  - {closing: 2026-09-30, due: 2026-10-25, balance: 412.00, minimum_due: 35.00}
  - {closing: 2026-10-31, due: 2026-11-25, balance: 3120.55, minimum_due: 62.00}
  - {closing: 2026-11-30, due: 2026-12-25, balance: 5876.09, minimum_due: 118.00}
transactions:
  - {date: 2026-09-14, merchant: "7-ELEVEN #123", amount: 4.29, card: "4002"}
  - {date: 2026-10-03, merchant: "TRADER JOE'S #552", amount: 87.14, card: "4002"}
  - {date: 2026-10-18, merchant: "HOTEL LE MEURICE PARIS", amount: 1840.33, card: "4001"}
  - {date: 2026-11-02, merchant: "DELTA AIR LINES", amount: 612.40, card: "4003"}
  - {date: 2026-11-09, merchant: "7-ELEVEN #123", amount: 4.29, card: "4002"}
  - {date: 2026-11-30, merchant: "ZARA USA", amount: 64.00, card: "4002", status: pending}
  - {date: 2026-11-12, merchant: "BARNES & NOBLE", amount: 42.00, card: "4011"}
  - {date: 2026-10-30, merchant: "MARRIOTT TOKYO", amount: 410.88, card: "4012"}
  - {date: 2026-11-29, merchant: "UBER   *EATS", amount: 27.80, card: "4003"}
payments:
  - {date: 2026-10-20, amount: 412.00}
  - {date: 2026-11-25, amount: 3120.55}
"""


@pytest.fixture
def priya(tmp_path: Path) -> Conversation:
    path = tmp_path / "follow.yaml"
    path.write_text(ACCOUNT)
    convo = Conversation(account=path, now=NOW)
    convo.say("4002 02116").expect(outcome="verified")
    return convo


def _status(convo: Conversation, last_four: str) -> str:
    card = convo.state.account.card(last_four)
    assert card is not None
    return card.status


def test_two_new_requests_instead_of_a_yes_set_the_question_aside_and_both_are_done(priya):
    priya.say("is my platinum card locked?").expect(contains="Would you like to unlock it?")
    reply = priya.say("lock the delta card and tell me my due date")
    reply.expect(contains=["December 25, 2026", "Delta SkyMiles Blue Card ending 4003"])
    assert "Would you like to unlock it?" not in reply
    priya.say("yes").expect(intent="lock_card")
    assert _status(priya, "4003") == "locked"
    assert _status(priya, "4001") == "locked"  # the Platinum nobody asked about stays locked


def test_a_second_request_taken_up_turns_later_keeps_the_card_it_named(priya):
    priya.say("dispute the $87.14 trader joe's charge and lock my gold card")
    priya.say("the amount is wrong").expect(contains="Shall I open the dispute?")
    reply = priya.say("yes")
    reply.expect(intent="lock_card", contains="Gold Card ending 4002")
    assert "Which card" not in reply


@pytest.mark.parametrize("follow", ["what about the one before that?", "and the one before?"])
def test_the_one_before_after_a_statement_answer_is_the_statement_before_it(priya, follow):
    priya.say("what was my statement balance in october?").expect(contains="October 31, 2026")
    reply = priya.say(follow)
    reply.expect(intent="account_balance", contains=["September 30, 2026", "$412.00"])
    assert "mortgage" not in reply


def test_and_a_person_after_what_one_person_spent_lists_the_other_persons_charges(priya):
    priya.say("what did Ada spend?").expect(contains="BARNES & NOBLE")
    reply = priya.say("and Emeka?")
    reply.expect(intent="recent_transactions", contains="MARRIOTT TOKYO")
    assert "BARNES" not in reply


def test_and_another_card_after_a_travel_answer_asks_the_same_and_reports_nothing_lost(priya):
    priya.say("I'll be in Paris for two weeks, will my Delta card work there?").expect(intent="travel_notification")
    reply = priya.say("and my platinum card?")
    reply.expect(intent="travel_notification")
    assert "Sorry you've lost it" not in reply
    assert "cancelled for good" not in reply


def test_the_one_on_a_date_after_a_charge_answer_is_that_charge_not_a_refusal(priya):
    priya.say("I was charged $64.00 at zara and I returned it").expect(contains="still pending")
    reply = priya.say("the one on november 30")
    reply.expect(contains="ZARA USA")
    assert "mortgage" not in reply


def test_breaking_off_a_dispute_to_say_the_card_was_stolen_reports_it_then_comes_back(priya):
    priya.say("I want to dispute a charge")
    priya.say("the delta one").expect(contains="What's wrong with the charge")
    reply = priya.say("wait, actually my card was stolen")
    reply.expect(intent="stolen_card")
    assert "the problem:" not in reply  # not taken as the dispute's reason
    priya.say("the gold card").say("yes").expect(contains=["new card is on its way", "Back to where we were"])


@pytest.mark.parametrize("tail", [", my ssn is 219-09-9999", " please"])
def test_an_address_followed_by_more_words_is_kept(priya, tail):
    reply = priya.say(f"change my address to 12 Main St, Boston MA 02118{tail}")
    reply.expect(intent="change_address", contains="to 12 Main St, Boston MA 02118?")
    assert "What's the new address?" not in reply


def test_a_new_address_after_a_card_was_sent_offers_to_change_the_address(priya):
    priya.say("my gold card is damaged, the chip is cracked").say("yes").expect(contains="on its way")
    reply = priya.say("actually send it to 5 Elm St, Cambridge MA 02139 instead")
    reply.expect(intent="change_address", contains="to 5 Elm St, Cambridge MA 02139?")
    assert "mortgage" not in reply


def test_it_just_after_a_card_was_unlocked_is_that_card(priya):
    priya.say("unlock my platinum card").say("yes").expect(contains="Platinum Card ending 4001")
    assert _status(priya, "4001") == "active"
    reply = priya.say("is it unlocked now?")
    reply.expect(contains="Platinum Card ending 4001")
    assert "Which card" not in reply


def test_a_merchant_that_is_also_a_benefit_charging_for_what_never_came_is_a_dispute(priya):
    reply = priya.say("Uber eats charged me $27.80 but I never got my food")
    reply.expect(domain="dispute_charge", contains="$27.80 at UBER *EATS")
    assert "benefits" not in reply


def test_never_stayed_at_a_hotel_is_a_reason_to_dispute_its_charge(priya):
    reply = priya.say("dispute the hotel le meurice charge, I never stayed there")
    reply.expect(contains=["HOTEL LE MEURICE PARIS", "you never received what you paid for", "Shall I open the dispute?"])


def test_a_merchant_with_an_accented_letter_is_not_split_into_words_that_match_others(tmp_path):
    path = tmp_path / "accents.yaml"
    path.write_text(
        ACCOUNT.replace(
            '  - {date: 2026-09-14, merchant: "7-ELEVEN #123", amount: 4.29, card: "4002"}\n',
            '  - {date: 2026-09-14, merchant: "LA CASA DE TOÑO", amount: 64.20, card: "4002"}\n'
            '  - {date: 2026-11-05, merchant: "IBERIA LINEAS AEREAS", amount: 733.10, card: "4002"}\n',
        )
    )
    convo = Conversation(account=path, now=NOW)
    convo.say("4002 02116").expect(outcome="verified")
    reply = convo.say("I want to dispute the iberia charge, the amount is wrong")
    reply.expect(contains="$733.10 at IBERIA LINEAS AEREAS")
    assert "TOÑO" not in reply


def test_a_month_picks_from_a_list_that_differs_only_by_date_and_corrects_to_a_twin(tmp_path):
    path = tmp_path / "twins.yaml"
    path.write_text(
        ACCOUNT.replace(
            '  - {date: 2026-11-09, merchant: "7-ELEVEN #123", amount: 4.29, card: "4002"}\n',
            '  - {date: 2026-11-09, merchant: "7-ELEVEN #123", amount: 4.29, card: "4002"}\n' * 2,
        )
    )
    convo = Conversation(account=path, now=NOW)
    convo.say("4002 02116").expect(outcome="verified")
    convo.say("I want to dispute the $4.29 7-eleven charge").expect(contains="September 14, 2026")
    convo.say("the september one").expect(slots={"charge": "$4.29 at 7-ELEVEN #123 on September 14, 2026"})
    convo.say("actually, the november one").expect(outcome="corrected", contains="$4.29 at 7-ELEVEN #123 on November 9, 2026")


def test_the_other_charge_when_only_one_fits_says_so_and_asks_again(priya):
    priya.say("the hotel charge amount is wrong").expect(contains="Shall I open the dispute?")
    reply = priya.say("no, the other hotel charge")
    reply.expect(contains=["HOTEL LE MEURICE PARIS on October 18, 2026 is the only one", "Shall I open the dispute?"])
    assert "nothing was changed" not in reply


def test_a_follow_up_that_fits_several_charges_asks_which_in_the_last_flow(priya):
    priya.say("use points to pay for the delta charge").expect(intent="pay_with_points")
    reply = priya.say("ok what about the 7-eleven one")
    reply.expect(intent="pay_with_points", contains=["More than one charge fits", "September 14, 2026"])
