"""Forms the fortieth blind guard probe found (tests/data/guard_probe40.jsonl), in other words than
its lines: values listed after one named, passcodes named in the plural, hedges before a password,
an SSN's parts named by place and count, and last fours or device numbers that are no card."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("I got 2 verification codes, 660218 at 9:58 and 703391 at 10:01", ["660218", "703391"]),
        ("got two codes 413377, 129805 which one works", ["413377", "129805"]),
        ("the codes were 913377 and 004815", ["913377", "004815"]),
        ("texts came in: 449102 (9:58) and 118734 (10:01)", ["449102", "118734"]),
        ("the cvv is either 513 or 531", ["513", "531"]),
        ("my pin is 2839 or maybe 2893", ["2839", "2893"]),
        ("I think my password is either Sunset2023 or Sunset2024", ["Sunset2023", "Sunset2024"]),
        ("my password is something like Falcon_77", ["Falcon_77"]),
        ("mi contraseña es quizás Lobo2021", ["Lobo2021"]),
        ("verification: ssn last 4 is 8147 and first five 536 22", ["8147", "536 22"]),
        ("ssn first 3 536 middle 22 last 4 8147", ["536", "8147"]),
        ("mi seguro social: primeros 5 53622 y ultimos 4 8147", ["53622", "8147"]),
    ],
)
def test_every_value_of_the_form_is_removed(text, secrets):
    redacted = redact(text)
    assert all(secret not in redacted for secret in secrets), redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my cards end in 1005, 2211, 3390 and 4471", []),
        ("I have 3 cards: ending 1005, 2211, 3390", []),
        ("the last fours on my cards are 1234, 5678, 9012, 3456", []),
        ("the card reader serial is SN 8842-1193-5521", []),
        ("my ssn last 4 is 8147 and my zip first 5 is 10001", []),
        # the one value each names, and no more: "something" is no second password, 20 and 2019 no second value
        ("my password is Tiger77 or something, I forget", ["Tiger77"]),
        ("the code is 482913 and 20 minutes later another came", ["482913"]),
        ("pin 4821, 2019 is when I set it", ["4821"]),
    ],
)
def test_harmless_forms_beside_them_stay(text, kept):
    assert [text[f.start : f.end] for f in scan(text)] == kept, (text, scan(text))


def test_the_second_password_offered_never_reaches_the_transcript():
    convo = Conversation(now=NOW)
    convo.say("I think my password is either Sunset2023 or Sunset2024").expect(refused=("password",))
    assert "Sunset2024" not in convo.state.history[-2].text and "Sunset2023" not in convo.state.history[-2].text
