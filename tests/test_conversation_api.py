"""The Python API for scripted conversations: say(...) is still a string, and chains expectations."""

from __future__ import annotations

import pytest

from amexsim.replay.testing import ExpectationFailed
from amexsim.testing import Conversation


def test_say_is_a_string_and_chains_expectations():
    convo = Conversation(now="2026-11-29T10:00")
    reply = convo.say("I lost my card").expect(intent="lost_card", outcome="verify", contains="last 4 digits")
    assert isinstance(reply, str) and reply.startswith("I can help with that")
    done = reply.say("last 4 is 1005, zip 10285").expect(outcome="verified").say("the gold one").say("yes")
    done.expect(case="replacement", contains="new card is on its way", matches=r"case number is R\d{7}")
    assert convo.intent == "lost_card"


def test_a_missed_expectation_shows_the_turn_and_the_trace():
    convo = Conversation(now="2026-11-29T10:00")
    with pytest.raises(ExpectationFailed) as failure:
        convo.say("I lost my card").expect(intent="stolen_card", contains="stolen")
    text = str(failure.value)
    assert "turn 1 differs" in text and "user:     I lost my card" in text
    assert "intent: expected stolen_card, got lost_card" in text and "do not contain 'stolen'" in text
    assert "decided by: " in text and "card_replacement.yaml:" in text and "trace:" in text


def test_unknown_expectations_are_refused():
    with pytest.raises(TypeError, match="unknown expectation 'intnet'"):
        Conversation().say("hi").expect(intnet="greeting")
    with pytest.raises(ValueError, match="unknown guard kind"):
        Conversation().say("hi").expect(refused="pin")


def test_refusals_and_approvals_through_the_api():
    convo = Conversation(now="2026-11-29T10:00")
    convo.say("my card number is 378282246310005").expect(refused="card_number", outcome="guard")
    convo.say("change my phone number").say("last 4 is 1005, zip 10285").say("(212) 555-0199").say("yes").expect(outcome="prompt")
    convo.approve().expect(outcome="prompt_approved", contains="(212) 555-0199")
