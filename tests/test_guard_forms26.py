"""Forms found by the twenty-sixth blind probe (tests/data/guard_probe26.jsonl, replies to the
assistant's own questions): a passcode said to have arrived ("yes got it, 340924"), one that went
to a named mail service, "the back says 375", and what one was logging in with."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("yes got it, 340924", "340924", "otp"),
        ("it went to my gmail: 03184643", "03184643", "otp"),
        ("sorry misread it, the back says 375", "375", "security_code"),
        ("i tried logging in with pollito_oti6 and it says wrong password", "pollito_oti6", "password"),
    ],
)
def test_twenty_sixth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    ["got it, thanks", "i got it in 2019", "got it, case 340924", "logging in with google", "the back says visa"],
)
def test_harmless_near_misses_of_the_twenty_sixth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
