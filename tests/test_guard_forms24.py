"""Forms found by the twenty-fourth blind probe (tests/data/guard_probe24.jsonl): a passcode before
"just came through on my phone", a message "from you guys" carrying one, "the verification number on
the card", and "I'm giving it to you:" handing over a value named sentences before."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("235929 just came through on my phone", "235929", "otp"),
        ("the code came in on my phone: 508142", "508142", "otp"),
        ("whatsapp message from you guys: 293770", "293770", "otp"),
        ("text from amex says 771043", "771043", "otp"),
        ("the verification number on the card is 847", "847", "security_code"),
        (
            "About the security code: the site kept rejecting it though I checked it twice, so I'm giving it to you: 270",
            "270",
            "security_code",
        ),
    ],
)
def test_twenty_fourth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "text from amex: your payment of $120.00 posted",
        "the text came through on my phone at 10:45",
        "a text from you guys said my statement is ready",
        "the verification number on the card is the long one, right?",
    ],
)
def test_harmless_near_misses_of_the_twenty_fourth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
