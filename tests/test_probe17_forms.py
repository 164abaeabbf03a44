"""Forms fixed this session (the seventeenth black-box probe and the defects left open before it),
on the built-in demo account: two cards of the customer's own (Gold 1005, Blue Cash 3008) and an
authorized user's (Sam Rivera, 1013); statements paperless, alerts by e-mail, no marketing."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"


def demo() -> Conversation:
    convo = Conversation(now=NOW)
    convo.say("1005 10285").expect(outcome="verified")
    return convo


def test_two_preferences_in_one_message_are_both_taken_up():
    """ "switch me to paper statements and turn on text alerts" had asked only about the alerts."""
    convo = demo()
    convo.say("switch me to paper statements and turn on text alerts").expect(
        intent="communication_preferences", contains="Switch to paper statements?"
    )
    reply = convo.say("yes")
    reply.expect(contains="you're set to paper statements")
    assert "Switch to alerts by text message?" in reply
    convo.say("yes").expect(contains="you're set to alerts by text message")


def test_a_preference_already_set_is_said_and_the_other_still_asked():
    convo = demo()
    reply = convo.say("switch me to paperless and turn on text alerts")
    reply.expect(contains="already set to paperless statements")
    assert "Switch to alerts by text message?" in reply


def test_one_preference_of_two_words_is_one_request():
    """ "both email and text" is one option (alerts by both), not two requests."""
    convo = demo()
    reply = convo.say("i want alerts by both email and text")
    reply.expect(contains="Switch to alerts by e-mail and text?")
    assert "other request" not in reply


PRIYA = Path(__file__).parent / "data" / "accounts" / "priya.yaml"  # a ZARA.COM charge refunded in full


def test_when_did_it_post_after_a_refund_found_gives_the_refunds_date():
    """The refund flow may open a dispute, but this run only answered: "when did it post?" asks it
    again (the refund's date), not about the customer's last payment."""
    convo = Conversation(account=PRIYA, now=NOW)
    convo.say("4401 02139")
    convo.say("did my zara refund come through").expect(intent="refund_not_received", contains="October 28, 2026")
    reply = convo.say("when did it post")
    reply.expect(outcome="follow_up", contains="posted to the card ending 4401 on October 28, 2026")
    assert "$700.00" not in reply  # the payment


def test_a_flow_that_asked_yes_or_no_is_not_run_again_by_a_detail_question():
    convo = demo()
    convo.say("did my netflix refund come through").expect(contains="Shall I open the dispute?")
    convo.say("no")
    assert "Shall I open the dispute?" not in convo.say("when did it post")


def test_a_credit_balance_asked_as_a_balance_names_the_statement_it_means():
    convo = Conversation(account=PRIYA, now=NOW)
    convo.say("4401 02139")
    reply = convo.say("whats my balance")
    reply.expect(intent="account_balance", contains="The statement that closed on November 15, 2026 has a credit balance of $87.60")


def test_cancel_that_dont_lock_it_after_a_lock_offers_to_unlock_the_card():
    convo = demo()
    convo.say("lock my gold card")
    convo.say("yes").expect(contains="Gold Card ending 1005 is locked")
    convo.say("actually cancel that, dont lock it").expect(intent="unlock_card", contains="Shall I unlock your Gold Card ending 1005?")
    convo.say("yes").expect(contains="unlocked")


def test_i_did_not_want_it_locked_after_a_lock_takes_it_back():
    convo = demo()
    convo.say("lock my gold card")
    convo.say("yes")
    convo.say("i didnt want it locked").expect(intent="unlock_card", contains="Shall I unlock your Gold Card ending 1005?")


def test_dont_lock_it_with_no_lock_just_taken_undoes_nothing():
    """Only the action just taken is undone: "dont lock it" after a balance question changes nothing."""
    convo = demo()
    convo.say("whats my balance")
    reply = convo.say("dont lock it")
    assert "shall i unlock" not in reply.lower() and "is unlocked" not in reply.lower()
    assert all(card.status == "active" for card in convo.state.account.cards)


def test_just_lock_it_dont_replace_it_locks_the_card():
    """ "dont replace it" beside "just lock it" rules out only the replacement."""
    convo = demo()
    reply = convo.say("i lost my gold card, just lock it, dont replace it")
    reply.expect(contains="I've locked your Gold Card ending 1005")
    assert convo.state.account.card("1005").status == "locked"


def test_all_of_them_to_which_card_after_a_stolen_wallet_handles_every_card_listed():
    convo = demo()
    convo.say("my wallet was stolen").expect(contains="Which card")
    reply = convo.say("all of them")
    reply.expect(contains="locked your Gold Card ending 1005")
    for _ in range(6):
        reply = convo.say("no")
    cards = {card.last_four: card.status for card in convo.state.account.cards}
    assert cards["1005"] == cards["3008"] == cards["1013"] == "locked"


def test_no_its_not_mine_at_the_dispute_question_is_asked_again_not_taken_as_no():
    convo = demo()
    convo.say("i dont recognize the acme electronics charge").expect(contains="Shall I open the dispute?")
    again = convo.say("no its not mine, i never shop there")  # the charge disowned again: neither yes nor no
    again.expect(contains="Shall I open the dispute?")
    assert "nothing was changed" not in again
    convo.say("yes open it").expect(contains="is open for $899.00 at ACME ELECTRONICS")


def test_a_merchant_that_never_delivered_is_a_purchase_not_received():
    convo = demo()
    convo.say("acme electronics never delivered my tv").expect(intent="item_not_received", contains="ACME ELECTRONICS")


def test_whats_pending_lists_the_pending_charges():
    demo().say("whats pending").expect(intent="recent_transactions", contains="$249.99 at QUICKMART ONLINE")


def test_how_many_left_after_the_points_balance_gives_it_again():
    convo = demo()
    convo.say("how many points do i have")
    convo.say("how many left?").expect(outcome="follow_up", contains="48,250 points")


PARTLY_PAID = """\
id: partly
holder_name: Ada Lin
zip: "60614"
mailing_address: 1 Elm Street, Chicago, IL 60614
email: ada@example.com
phone: (312) 555-0100
points: 1000
credit_limit: 5000.00
purchase_apr: 24.99
cards:
  - {name: Gold Card, last_four: "4001", holder: Ada Lin}
statements:
  - {closing: 2026-10-15, due: 2026-11-09, balance: 900.00, minimum_due: 40.00}
  - {closing: 2026-11-15, due: 2026-12-10, balance: 1000.00, minimum_due: 60.00}
transactions:
  - {date: 2026-10-02, merchant: TARGET, amount: 60.00, card: "4001"}
payments:
  - {date: 2026-11-20, amount: 15.00}
fees:
  - {date: 2026-11-10, kind: late_fee, amount: 40.00}
"""


def test_a_late_fee_is_not_waived_as_paid_when_only_part_of_the_minimum_came_since(tmp_path):
    """$15 of a $40 minimum paid since: the goodwill rule's 'the payment has since been made' is false."""
    account = tmp_path / "partly.yaml"
    account.write_text(PARTLY_PAID)
    convo = Conversation(account=account, now=NOW)
    convo.say("4001 60614")
    convo.say("why was i charged a late fee")
    reply = convo.say("can you waive it, first time this happened")
    reply.expect(contains="once the missed minimum has been paid in full")
    assert "qualifies" not in reply


def test_a_refund_never_given_is_a_refund_not_received_and_ok_do_it_after_the_deadline_opens_it():
    convo = demo()
    convo.say("netflix never gave me my full refund").expect(intent="refund_not_received", contains="Shall I open the dispute?")
    convo.say("when do i have to dispute by").expect(intent="dispute_deadline", contains="until January 21, 2027")
    convo.say("ok do it").expect(contains="is open for $15.49 at NETFLIX.COM")


def test_the_deadline_asked_after_a_general_refund_answer_is_the_deadline_of_the_charge_it_named():
    """ "how do i get a refund from netflix" is answered in general; "when do i have to dispute by"
    right after asks about that charge, not every charge."""
    convo = demo()
    convo.say("how do i get a refund from netflix").expect(intent="request_refund")
    reply = convo.say("when do i have to dispute by")
    reply.expect(intent="dispute_deadline", contains="$15.49 at NETFLIX.COM")
    assert "until January 21, 2027" in reply


def test_another_charge_named_with_its_reason_takes_both():
    """ "no wait, actually the netflix one, it was cancelled": the Netflix charge, and the reason
    said with it, not the one given for the first charge."""
    convo = demo()
    convo.say("dispute the spotify charge")
    convo.say("charged twice").expect(contains="$11.99 at SPOTIFY")
    reply = convo.say("no wait, actually the netflix one, it was cancelled")
    reply.expect(outcome="corrected", contains="$15.49 at NETFLIX.COM")
    assert "you were charged after cancelling" in reply and "charged twice" not in reply


def test_another_charge_named_alone_keeps_the_reason():
    convo = demo()
    convo.say("dispute the spotify charge")
    convo.say("charged twice")
    convo.say("no wait, actually the netflix one").expect(contains="$15.49 at NETFLIX.COM", matches="charged twice")


def test_the_story_told_again_at_the_dispute_question_is_no_yes():
    """ "the subscription was cancelled but still billed" at "Shall I open the dispute?" (probe 18):
    it says what happened again; the dispute is opened only on a yes."""
    convo = demo()
    convo.say("dispute the netflix charge from october 31, i cancelled it").expect(contains="Shall I open the dispute?")
    reply = convo.say("the subscription was cancelled but still billed")
    assert "is open for" not in reply
    convo.say("yes").expect(contains="is open for $15.49 at NETFLIX.COM")


def test_hmm_ok_is_no_complaint():
    convo = demo()
    convo.say("i want to make a complaint").expect(contains="what went wrong")
    reply = convo.say("hmm ok")
    assert "logged your formal complaint" not in reply


@pytest.mark.parametrize("answer", ["both cards were in there", "they were both in it", "all my cards were in my purse too"])
def test_every_card_said_in_a_sentence_to_which_card_after_a_stolen_wallet_is_every_card(answer):
    convo = demo()
    convo.say("someone took my wallet").expect(contains="Which card")
    convo.say(answer).expect(intent="stolen_card", contains="locked your Gold Card ending 1005")
    for _ in range(6):
        convo.say("no")
    assert all(card.status == "locked" for card in convo.state.account.cards)
