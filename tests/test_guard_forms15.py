"""Forms found by the fifteenth blind probe (tests/data/guard_probe15.jsonl), written anew as forms:
groups read aloud with "then" between them, a value shouted before "THAT'S THE ...", "supposed to
be" as a password's link, "is" after a question and its answer, and bank or business numbers named
as such after the number."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "my social is four one two, then seven seven, then three oh nine one",
            "four one two, then seven seven, then three oh nine one",
            "ssn",
        ),
        (
            "card number five one nine two... four four oh one... seven seven three two... one one eight five",
            "five one nine two... four four oh one... seven seven three two... one one eight five",
            "card_number",
        ),
        ("7710!!! THAT'S THE CODE YOU SENT", "7710", "otp"),
        ("is my password supposed to be Quill_Barn1987?", "Quill_Barn1987", "password"),
        ("Security code of the card? Yes, is 417.", "417", "security_code"),
    ],
)
def test_fifteenth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "my checking account 481200937715, routing 021000021, for the autopay",
        "Tax ID 47-3921058 is the company's EIN",
        "Password\n(hidden)\nLast changed May 2",
        "I paid five, then three, then two dollars",
    ],
)
def test_harmless_near_misses_of_the_fifteenth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
