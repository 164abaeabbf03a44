"""Questions about the customer's own account and about the chat, answered from the account file
in use (the demo account and a second account file), through the public Conversation API."""

from __future__ import annotations

from pathlib import Path

from amexsim.testing import Conversation

ACCOUNTS = Path(__file__).resolve().parent / "data" / "accounts"
ALEX = ACCOUNTS / "alex.yaml"
CASEY = ACCOUNTS / "casey.yaml"
DEMO_VERIFY = "last 4 is 1005, zip 10285"
ALEX_VERIFY = "last 4 is 2001, zip 94105"
CASEY_VERIFY = "last 4 is 4007, zip 60601"


def verified(account: Path | None, verify: str, now: str = "2026-11-29T10:00") -> Conversation:
    convo = Conversation(now=now, account=account)
    convo.say(verify).expect(outcome="verified")
    return convo


# ----- the chat itself: a summary on request, the assistant's name --------------------------------
def test_summary_please_gives_the_chat_summary():
    convo = verified(ALEX, ALEX_VERIFY)
    convo.say("lock my gold card").say("yes").expect(intent="lock_card")
    convo.say("summary please").expect(intent="case_reference", contains="Locked the Gold Card ending 2001")
    Conversation().say("a recap please").expect(intent="case_reference", contains="Nothing has been done in this chat yet")


def test_the_assistants_name_is_answered_as_what_it_is():
    for question in ("what is your name", "what's your name?", "do you have a name"):
        Conversation().say(question).expect(intent="is_bot", contains="virtual assistant")
