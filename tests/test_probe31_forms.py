"""Forms from the thirty-first conversation probe, written in other words: a card question declined, a
replacement's reason that changes the flow keeping the card named, a payment or refund asked after, a
message about the card asked whether it is real, an offer kept across verification, and a new address
sent before verifying."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

DATA = Path(__file__).parent / "data" / "accounts"
MARCUS = DATA / "marcus_whitfield.yaml"  # 4410 (Gold) and 8836 (Blue Cash Everyday), ZIP 78704
RAMAN = DATA / "raman_household.yaml"  # 3318 Platinum, 2284 Delta (locked), 5561; ZIP 07030
NOW = "2026-12-03T10:00"


def verified(account: Path = MARCUS, details: str = "4410 78704") -> Conversation:
    convo = Conversation(account=account, now=NOW)
    convo.say(details)
    assert convo.state.verified
    return convo


@pytest.mark.parametrize("answer", ["no", "nope, don't", "actually no"])
def test_no_to_which_card_stops_and_nothing_is_locked(answer):
    convo = verified()
    convo.say("freeze my card").expect(contains="Which card")
    convo.say(answer).expect(outcome="cancelled")
    convo.say("when is my payment due")
    assert all(card.status == "active" for card in convo.state.account.cards)
    assert convo.state.top is None  # the lock's question does not come back


def test_a_replacement_turned_stolen_keeps_the_card_the_request_named():
    convo = verified(RAMAN, "3318 07030")
    convo.say("i need a new blue cash card").expect(contains="lost, stolen, damaged")
    reply = convo.say("someone stole it I think")
    reply.expect(intent="stolen_card", contains="Blue Cash Preferred Card ending 5561")
    assert convo.state.account.card("5561").status == "locked"


@pytest.mark.parametrize("asked", ["I sent my payment on the 21st, did you guys get it?", "paid you on nov 21, have you received it"])
def test_a_payment_asked_after_is_its_status(asked):
    verified().say(asked).expect(intent="payment_status", contains="$1,289.33")


def test_a_refund_status_asked_finds_the_merchant_credit():
    reply = verified().say("any update on my refund from home depot?")
    reply.expect(intent="refund_not_received", contains="a credit of $58.20")


@pytest.mark.parametrize(
    "said",
    [
        "got an email that my amex was charged $740 in denver, is that really you?",
        "a text says my card paid for something in miami, is this legit",
    ],
)
def test_a_message_about_the_card_asked_whether_it_is_real_is_a_suspicious_message(said):
    Conversation(account=MARCUS, now=NOW).say(said).expect(intent="phishing_report")


def test_an_offer_stands_across_the_verification_details():
    convo = Conversation(account=MARCUS, now=NOW)
    convo.say("please cancel my amex account").expect(contains="Shall I connect you with an agent?")
    convo.say("4410, 78704").expect(contains=["verified", "Shall I connect you with an agent?"])
    reply = convo.say("yes please")
    reply.expect(outcome="offer_taken", contains="connecting you")
    assert convo.state.live is not None


def test_a_new_address_before_verifying_is_no_failed_try_and_is_used_after():
    convo = Conversation(account=MARCUS, now=NOW)
    convo.say("I moved, need to update my address")
    convo.say("it's 77 Lamar Blvd Apt 4, Austin, TX 78745 now").expect(outcome="verify", contains="once you're verified")
    assert convo.state.verify_attempts == 0
    reply = convo.say("4410 78704")
    reply.expect(contains="77 Lamar Blvd Apt 4, Austin, TX 78745")


def test_a_long_story_with_also_before_its_second_request_does_both():
    convo = verified(RAMAN, "3318 07030")
    reply = convo.say(
        "so we spent two weeks in portugal which was great, but there's a foreign transaction fee on my bill I didn't expect,"
        " also while I have you, I moved in october and need to change my address"
    )
    reply.expect(contains=["Foreign transaction fee", "What's the new address?"])


def test_details_closing_a_story_of_two_requests_leave_both_requests():
    convo = Conversation(account=MARCUS, now=NOW)
    reply = convo.say(
        "ok long story, my cousin borrowed my gold card for a festival and now there's a stubhub charge for 286 I don't recognize,"
        " and also how many points have I got, I want to book a trip. Card ends 4410 zip 78704"
    )
    reply.expect(contains="verified")
    # both requests: the one the whole message's rule reads now, the other once it is done
    asked = {reply.trace.intent, convo.state.pending}
    assert "points_balance" in asked and "dispute_unrecognized_charge" in asked, asked


def test_the_wrong_goods_sent_are_not_as_described_not_a_wrong_amount():
    convo = verified(RAMAN, "3318 07030")
    reply = convo.say("the chewy order, they shipped me the wrong cat litter")
    reply.expect(intent="item_damaged", contains=["CHEWY.COM", "not as described"])
    assert "amount is wrong" not in " ".join(reply.replies)


def test_no_wait_to_which_charge_stops():
    convo = verified(RAMAN, "3318 07030")
    convo.say("pay off a charge with my points").expect(contains="Which charge")
    convo.say("nope wait").expect(outcome="cancelled")


def test_points_for_a_purchase_named_by_what_was_bought_is_pay_with_points():
    verified().say("can I put points toward the stubhub tickets").expect(intent="pay_with_points", contains="STUBHUB")


@pytest.mark.parametrize("asked", ["where is my sign up bonus, I hit the spend last month", "welcome offer points not here? spent 6k"])
def test_a_welcome_offer_is_answered_and_the_rewards_team_offered(asked):
    convo = Conversation(account=MARCUS, now=NOW)
    convo.say(asked).expect(intent="welcome_offer", contains="rewards team")
    convo.say("yes").expect(outcome="offer_taken")
