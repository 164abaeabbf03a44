"""Forms the thirty-ninth guard probe found, through the guard's public face: each secret is
refused and no digit or character of it survives redaction; the near misses beside them stay."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan


def _redacted(text: str) -> str:
    result = redact(text)
    return result if isinstance(result, str) else result[0]


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        ("Bot: What's the code on your card?\nMe: 1352", "security_code", "1352"),
        ("my CVV is just the last three of my zip code 10639 lol, weird coincidence", "security_code", "10639"),
        ("NSS: 484 18 2151", "ssn", "484 18 2151"),
        ("W-9 attached, SSN (box 2): 400 97 2680", "ssn", "400 97 2680"),
        ("G-198518 is what the text said", "otp", "198518"),
        ("G-482913", "otp", "482913"),
        ("I changed it from OldPass1 to NewPass2! and it still won't log me in", "password", "OldPass1"),
        ("I changed it from OldPass1 to NewPass2! and it still won't log me in", "password", "NewPass2"),
        ("my password is just my phone number 2125550187", "password", "2125550187"),
        ("pass: fl0wer power", "password", "power"),
        ("password: blue sky 99", "password", "sky 99"),
    ],
)
def test_a_secret_in_these_forms_is_refused_and_removed(text: str, kind: str, secret: str) -> None:
    assert kind in {finding.kind for finding in scan(text)}
    assert secret not in _redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        "cid (1787)",
        "I never got the one-time passcode, my number is (285) 634-3135.",
        "1500 is what the email says i owe",
        "my zip 10001 is what the text said to enter",
        "promo code on the card 2025 offer",
        "I changed my address from 12 Main St to 40 Oak Ave",
        "what are the last four of my card? it ends 1234",
        "how many points do i have?\nMe: 5000",
    ],
)
def test_numbers_that_only_look_like_these_forms_are_left_as_they_should_be(text: str) -> None:
    kinds = {finding.kind for finding in scan(text)}
    assert kinds == ({"security_code"} if text.startswith("cid") else set())
