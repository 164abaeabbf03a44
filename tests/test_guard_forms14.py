"""Forms found by the fourteenth blind probe (tests/data/guard_probe14.jsonl), written anew as forms:
cue words disguised with digits and symbols or typed apart, who asked for a password between the
cue and its link, SafeKey as a passcode's name, and harmless numbers glued to words, in times,
in years or named by another key."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A cue word with digits or symbols for letters, or a star for one, reads as the word.
        ("my pa$$w0rd is Linden#402", "Linden#402", "password"),
        ("the p@sscode is Fjord!77x", "Fjord!77x", "password"),
        ("passw*rd = Osprey&19", "Osprey&19", "password"),
        ("$$N 457 29 6104 for the application", "457 29 6104", "ssn"),
        ("0TP 8841 27", "8841 27", "otp"),
        ("s3curity c0de: 772", "772", "security_code"),
        # A value that spells a cue word, right after its link, stays a value.
        ("my password is P@ssw0rd", "P@ssw0rd", "password"),
        # Letters typed apart.
        ("P I N is 6021", "6021", "password"),
        ("s s n: 521-38-7740", "521-38-7740", "ssn"),
        # Who asked for it, or chose it, between the cue and its link; "it was" as the link.
        ("the passcode you asked me to confirm is Kestrel_88", "Kestrel_88", "password"),
        ("the password i use for the bank app is Tundra9$", "Tundra9$", "password"),
        ("the temp password, it was Heron!204", "Heron!204", "password"),
        ("new pwd after the reset -> Cedar77&", "Cedar77&", "password"),
        # The card issuer's own name for an online purchase's passcode.
        ("SafeKey: 40917735", "40917735", "otp"),
        ("the safekey code popped up as 661902", "661902", "otp"),
        # A long clause ending in "it's".
        ("the verification code you sent me, if i read it right it's 309118", "309118", "otp"),
        # A code with a letter before its digits.
        ("the temporary code is K48120", "48120", "otp"),
    ],
)
def test_fourteenth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your password was changed on 03/14 at 08:45. Not you? Call us.",
        "use code SPRING2417 at checkout; no security code needed",
        "A one-time passcode was sent to the phone ending in 7730 at 11:02",
        "I chose a PIN in 2019 and changed it in 2024",
        "the safekey page https://bank.example/safekey?txn=55102&step=2 hangs",
        "my p@ssw0rd reset email never came",
        "the word password is spelled p-a-s-s-w-o-r-d",
    ],
)
def test_harmless_near_misses_of_the_fourteenth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
