"""The closing request of a longer message lifts the domain whose rule fired on it."""

from __future__ import annotations

import pytest

from amexsim.understanding.request_clause import final_request


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("i paid my bill already and the balance is zero. can you freeze it", "can you freeze it"),
        ("i think i dropped it in the taxi, calling them now. in the meantime can you lock it", "in the meantime can you lock it"),
        ("i'm going into hospital next week and won't need the card, please freeze it till i'm out", "please freeze it till i'm out"),
        ("so i've been travelling and there's one payment i can't place. can you help me figure it out?", "can you help me figure it out"),
    ],
)
def test_the_closing_request_of_a_story(text: str, closing: str) -> None:
    assert final_request(text) == closing


@pytest.mark.parametrize(
    "text",
    [
        "freeze my card please",  # too short to hold a story
        "i lost my card at the airport this morning and i am really worried",  # one clause
        "can you freeze my card. i am at the airport and my flight leaves soon",  # the request comes first
    ],
)
def test_no_closing_request(text: str) -> None:
    assert final_request(text) is None


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("i paid my bill already and the balance is zero, but i won't use the card for a few months. can you freeze it", "card_lock"),
        ("i'm going into hospital for surgery next week and won't need the card. please freeze it till i'm out", "card_lock"),
        ("i've had this card for three years and always pay the full bill. can i get my credit limit raised", "credit_review"),
        # a story of fraud keeps its domain: the fraud flow locks the card too
        ("I noticed my card was used in a town that I have never been to. Can you stop the card from being used more?", "fraud_report"),
        ("Someone has been using my card. There are unfamiliar transactions on there. Can you freeze the card?", "fraud_report"),
    ],
)
def test_the_request_after_a_story_decides(shipped_assistant, text: str, domain: str) -> None:
    match = shipped_assistant.match(text)
    assert match.outcome == "intent" and match.intent.domain == domain, match


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("cant seem to find my discover card, what do i do", "lost_card"),
        ("someone nicked my card", "stolen_card"),
        ("I think the cashier copied my card number", "compromised_card"),
        ("I got an email saying my card was part of a breach", "compromised_card"),
        ("my card isn't safe anymore, someone else knows the details", "compromised_card"),
        ("I gave my card number to a dodgy website, what do I do?", "compromised_card"),
        ("why do i see two payments for the same thing", "duplicate_charge"),
        ("miles balance?", "points_balance"),
        ("what rate do you charge on my credit card balance", "apr"),
        ("what's the maximum i can charge on my amex", "credit_limit"),
        ("new surname", "change_name"),
        ("last minute trip to vegas this weekend, can you note that on my card", "travel_notification"),
        ("heading to mexico friday", "travel_notification"),
        ("i'm not sure if my card was lost or if it's in my other jacket. freeze it just in case", "lock_card"),
    ],
)
def test_forms_of_the_eighth_and_ninth_probes(shipped_assistant, text: str, intent: str) -> None:
    match = shipped_assistant.match(text)
    assert match.outcome == "intent" and match.intent.name == intent, match


@pytest.mark.parametrize(
    "text",
    ["what is the best way to learn spanish", "what does a product manager do", "I suspect a charge was duplicated on my statement"],
)
def test_near_misses_of_those_forms_go_elsewhere(shipped_assistant, text: str) -> None:
    match = shipped_assistant.match(text)
    assert match.intent is None or match.intent.domain not in ("agent_request", "fraud_report"), match


def test_messages_passed_over_unsplit_have_no_break() -> None:
    """The quick test before splitting never passes over a message the split would cut."""
    import random

    from amexsim.understanding.request_clause import _BREAK, _may_break

    pieces = ["so", "SO", "But", "anyway", "anyways", "in the meantime", "meanwhile", "also", "sorry", "butter", "card",
              " ", "  ", "\t", "\n", "\x1c", ",", ".", "!", "?", ";", "ſo", "é", "please", "can", "i"]  # fmt: skip
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", " ", "\t")) for _ in range(rng.randint(1, 12)))
        if len([part for part in _BREAK.split(text.strip()) if part]) > 1 or _BREAK.search(text.strip()):
            assert _may_break(text), repr(text)
