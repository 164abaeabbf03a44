"""Forms fixed this session (the seventeenth black-box probe and the defects left open before it),
on the built-in demo account: two cards of the customer's own (Gold 1005, Blue Cash 3008) and an
authorized user's (Sam Rivera, 1013); statements paperless, alerts by e-mail, no marketing."""

from __future__ import annotations

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
