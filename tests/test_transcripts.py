"""Every saved transcript is what the assistant says today (same account, seed and clock)."""

from __future__ import annotations

from datetime import datetime

import pytest
import yaml

from amexsim.bank.cases import CaseStore
from amexsim.dialogue.engine import Assistant
from amexsim.dialogue.session import Session
from tests.conftest import ROOT

TRANSCRIPTS = sorted((ROOT / "transcripts").glob("*.yaml"))


def test_there_are_transcripts():
    assert TRANSCRIPTS


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.name)
def test_transcript_replays_exactly(path):
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert document["account"] is None  # the demo account
    assistant = Assistant.load(seed=document["seed"])
    clock = iter(
        [datetime.fromisoformat(document["turns"][0]["now"])] + [datetime.fromisoformat(turn["now"]) for turn in document["turns"]]
    )
    session = Session(assistant, CaseStore(), lambda: next(clock))
    for number, turn in enumerate(document["turns"], start=1):
        if turn["user"] in ("/approve", "/deny"):
            result = session.approve() if turn["user"] == "/approve" else session.deny()
        else:
            result = session.send(turn["user"])
        if "removed]" in turn["user"]:
            # The transcript holds only the redacted line, so the guard has nothing left to
            # refuse on replay: check the refusal was recorded and carry on.
            assert turn["outcome"] == "guard" and "removed" in turn["assistant"][0]
            continue
        assert list(result.replies) == turn["assistant"], f"{path.name} turn {number}: {turn['user']!r}\n" + "\n".join(result.trace.lines())
        assert (result.trace.intent, result.trace.outcome) == (turn["intent"], turn["outcome"]), f"{path.name} turn {number}"
