"""Forms found by the thirteenth blind probe (tests/data/guard_probe13.jsonl), written anew as forms:
digits split by pictographs, number words among digits typed apart, an arrow before "that's the
code", a typo in both cue words, a password in brackets, and bracketed remarks that are no value."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # Pictographs between the digits stand where a separator would.
        ("cvv 5⭐1⭐9", "5⭐1⭐9", "security_code"),
        ("my card 4🔥5🔥3🔥9🔥1🔥5🔥7🔥0🔥3🔥5🔥0🔥5🔥4🔥9🔥7🔥4", "4🔥5🔥3🔥9🔥1🔥5🔥7🔥0🔥3🔥5🔥0🔥5🔥4🔥9🔥7🔥4", "card_number"),
        ("verification code 6➡️0➡️2➡️9➡️1➡️4", "6➡️0➡️2➡️9➡️1➡️4", "otp"),
        # Number words among digits typed apart stay apart.
        ("social security number: 5 two 1 eight eight 3 4 0 nine", "5 two 1 eight eight 3 4 0 nine", "ssn"),
        ("the sms code is six 1 1 four 0 2", "six 1 1 four 0 2", "otp"),
        # An arrow before "that's the code"; both cue words with a typo.
        ("730114 <- thats the verification code", "730114", "otp"),
        ("secruity cdoe: 318", "318", "security_code"),
        # A password in brackets after its link.
        ("my password (it's Maple!Leaf9) stopped working", "Maple!Leaf9", "password"),
        ("login [pass: cobalt_river44] fails", "cobalt_river44", "password"),
    ],
)
def test_thirteenth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Username: omar\nPassword: [forgot it, that's why I'm writing]",
        "Password: (don't know it)",
        "my password is [password removed]",
        "the code you texted me is [passcode removed]",
        "send the refund to my credit union account 660215873041",
        "I rated the app 5⭐ and the support 4⭐",
        "I have 2 three bedroom flats and 1 garage",
    ],
)
def test_harmless_near_misses_of_the_thirteenth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
