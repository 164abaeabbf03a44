"""Forms found this session (the thirteenth black-box probe and the defects left open before it),
on the built-in demo account: two cards of the customer's own (Gold 1005, Blue Cash 3008) and an
authorized user's (Sam Rivera, 1013), statements closing every month."""

from __future__ import annotations

from amexsim.testing import Conversation

NOW = "2026-12-02T10:00"


def demo() -> Conversation:
    convo = Conversation(now=NOW)
    convo.say("1005 10285").expect(outcome="verified")
    return convo


def test_a_balance_asked_of_one_card_gives_that_cards_charges_and_the_shared_balance():
    """The cards share one balance, so what is told of a named card is what its charges come to
    (Blue Cash: $46.10 + $45.10 on the statement that closed November 21, $18.00 pending), then
    the account's figures; "and the gold card?" asks the same of the other card."""
    convo = demo()
    reply = convo.say("what's the balance on my blue cash card?")
    reply.expect(intent="account_balance", contains="Blue Cash Everyday Card ending 3008")
    assert "$91.20 on the statement" in reply and "$18.00 pending" in reply and "$2,766.11" in reply
    reply = convo.say("and the gold card?")
    reply.expect(intent="account_balance", contains="Gold Card ending 1005")
    assert "$262.90 on the statement" in reply and "$249.99 pending" in reply


def test_a_balance_without_a_card_named_gives_the_account_alone():
    convo = demo()
    reply = convo.say("whats my balance")
    reply.expect(intent="account_balance", contains="$2,766.11")
    assert "Charges made with" not in reply
