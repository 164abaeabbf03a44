"""Every intent on different accounts, followed by answers in no particular order: nothing
crashes, every turn answers, and no reply shows a template's insides."""

from __future__ import annotations

import random
import re

import pytest

from amexsim.testing import Conversation
from tests.conftest import ALEX

ACCOUNTS = {
    "alex": (ALEX, "last 4 is 2001 zip 94105"),
    "minimal": (ALEX.with_name("minimal.yaml"), "last 4 is 0001 zip 73301"),
}
ANSWERS = ["yes", "the first one", "2", "no", "cancel", "actually the other card", "$46.10", "the 5th", "12 Oak St, Springfield, IL 62701",
           "Maria Lopez", "what's my balance", "bye", "never mind", "/approve", "/deny"]  # fmt: skip
_INSIDES = re.compile(r"\{[a-z_]+\.[a-z_]+\}|\bNone\b|\[\]|\bnan\b")


@pytest.mark.parametrize("account", sorted(ACCOUNTS))
def test_every_intent_with_shuffled_answers_answers_cleanly(shipped_assistant, account):
    path, verify = ACCOUNTS[account]
    rng = random.Random(account)
    for intent in shipped_assistant.intents:
        convo = Conversation(account=path, now="2026-11-29T10:00:00")
        convo.say(verify)
        for line in [intent.examples[0].text, *rng.sample(ANSWERS, 4)]:
            if line in ("/approve", "/deny"):
                reply = convo.approve() if line == "/approve" else convo.deny()
            else:
                reply = convo.say(line)
            lines = [str(line.text) for line in reply.turn.events]  # the queue or an agent may answer instead
            assert reply.strip() or lines, (intent.name, line, convo.explain())
            assert not _INSIDES.search(reply), (intent.name, line, reply)
