"""Forms from the thirty-second conversation probe, written in other words: a one-word topic asked
about, a card said lost while verification is asked, another request wanted instead, a charge named by
its day of the month, typos in a dispute, the benefit credits left, a payment looked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

DATA = Path(__file__).parent / "data" / "accounts"
FLORAL = DATA / "raman_floral.yaml"  # Priya 2248 (Business Gold), 6615 locked; employees Marcus 2284, Dana 7730, Sam 5102; ZIP 60614
HAROLD = DATA / "harold_beaumont.yaml"  # 7413 Blue Cash Everyday, ZIP 33432
NOW = "2026-12-03T10:00"


def verified(account: Path = HAROLD, details: str = "7413 33432") -> Conversation:
    convo = Conversation(account=account, now=NOW)
    convo.say(details)
    assert convo.state.verified
    return convo


@pytest.mark.parametrize("topic", ["card", "my amex?", "account"])
def test_a_topic_alone_is_asked_about_and_nothing_is_started(topic):
    convo = Conversation(account=HAROLD, now=NOW)
    convo.say(topic).expect(intent="vague_request")
    assert convo.state.top is None


def test_a_card_said_lost_while_verification_is_asked_is_locked_and_replaced_with_a_new_number():
    convo = Conversation(account=HAROLD, now=NOW)
    convo.say("amex")
    convo.say("it's lost").expect(intent="lost_card", outcome="verify")
    reply = convo.say("7413 33432")
    reply.expect(contains=["locked", "new card number"])
    assert convo.state.account.card("7413").status == "locked"


def test_another_request_wanted_instead_sets_the_first_aside():
    convo = verified(FLORAL, "2248 60614")
    convo.say("I need a replacement card").expect(contains="lost, stolen, damaged")
    reply = convo.say("actually never mind that, freeze the business gold instead")
    reply.expect(contains="Business Gold Card ending 2248")


def test_a_charge_named_by_its_day_is_no_small_authorisation():
    reply = verified().say("there's a Publix charge on November 30 I don't recognize")
    reply.expect(intent="dispute_unrecognized_charge")
    assert "temporary authorization" not in " ".join(reply.replies)


@pytest.mark.parametrize("asked", ["i want to disptue the uber cahrge", "dipsute that lyft chrge"])
def test_typos_in_a_dispute_are_read(asked):
    verified(FLORAL, "2248 60614").say(asked).expect(intent="dispute_unrecognized_charge")


def test_the_benefit_credits_left_are_not_the_credit_limit():
    verified(FLORAL, "2248 60614").say("which credits have I got left this month?").expect(intent="benefit_credit_left")


def test_a_payment_made_and_looked_for_is_its_status():
    verified().say("I sent a payment last friday and it's not showing").expect(intent="payment_status")


def test_a_request_beside_a_refused_card_number_is_taken_up():
    convo = Conversation(account=HAROLD, now=NOW)
    reply = convo.say("here's my card 4539 1488 0343 6467 - what do I owe this month?")
    reply.expect(refused=("card_number",), outcome="verify")
    convo.say("7413 33432").expect(contains="balance")


@pytest.mark.parametrize("asked", ["wait, how would you know that?", "that's not right", "are you sure?"])
def test_the_last_answer_questioned_says_where_it_came_from(asked):
    convo = verified()
    convo.say("how many points do I have")
    convo.say(asked).expect(intent="answer_questioned", contains="records")


def test_a_balance_asked_why_so_high_lists_the_charges():
    convo = verified()
    convo.say("what's my balance")
    convo.say("why's it so high").expect(intent="recent_transactions", contains="PUBLIX")


def test_two_requests_counted_off_first_and_second_are_both_done():
    convo = Conversation(account=HAROLD, now=NOW)
    reply = convo.say(
        "Good morning, it's Harold here. My daughter showed me this chat. I have two questions. First, how much do I owe,"
        " and second, we're moving to 12 Palm Way, Boynton Beach FL 33435 in January so please change my address."
        " Card 7413, zip 33432."
    )
    reply.expect(contains="12 Palm Way, Boynton Beach FL 33435")
    assert convo.state.pending == "account_balance"  # the balance once the address change is settled


def test_a_check_asked_for_after_a_credit_balance_is_the_credit_paid_out():
    convo = verified()
    reply = convo.say("could you mail me a check for it?")
    reply.expect(intent="credit_balance")
    assert "savings" not in " ".join(reply.replies)
