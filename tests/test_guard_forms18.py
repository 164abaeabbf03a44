"""Forms found by the eighteenth and nineteenth blind probes (tests/data/guard_probe18.jsonl, a red
team's tricks, and guard_probe19.jsonl, everyday messages dense with harmless numbers): numbers said
as quantities, a tens word among digits, letters the message says stand for digits, "in reverse
order", a password spelled backwards, cue words typed apart, and a qualifier after "code"."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("my cvv is two hundred fifty-one", "two hundred fifty-one", "security_code"),
        ("the CID is seven thousand three hundred two", "seven thousand three hundred two", "security_code"),
        ("verification code four hundred twelve thousand nine hundred six", "four hundred twelve thousand nine hundred six", "otp"),
        (
            "card number thirty-seven 82 eighty-two 24 sixty-three 10 oh oh five",
            "thirty-seven 82 eighty-two 24 sixty-three 10 oh oh five",
            "card_number",
        ),
        ("otp is TZ4A19 (T is 7, Z is 2, A is 4)", "TZ4A19", "otp"),
        ("SSN 4A1-Z6-3307 where A is 4, Z is 2", "4A1-Z6-3307", "ssn"),
        ("ssn, typed in reverse order: 1270 35 914", "1270 35 914", "ssn"),
        ("my password spelled backwards is 77tiraM#nedloG", "77tiraM#nedloG", "password"),
        ("my o t p : 552019", "552019", "otp"),
        ("my p a s s w o r d = Heron&Birch31", "Heron&Birch31", "password"),
    ],
)
def test_eighteenth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "I paid four hundred twelve dollars for the flight",
        "my limit went up by five thousand and the cvv is on the back",
        "we were twenty 5 minutes late",
        "plan a is 4 dollars a month",
        "Code MCC 5411 next to the grocery charge, what is it?",
        "the order arrived in reverse order, items 3 then 2",
    ],
)
def test_harmless_near_misses_of_the_eighteenth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
