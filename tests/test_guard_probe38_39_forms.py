"""Forms the thirty-eighth and thirty-ninth guard probes found, through the guard's public face:
each secret is refused and no digit or character of it survives redaction; the near misses
beside them stay."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan


def _redacted(text: str) -> str:
    result = redact(text)
    return result if isinstance(result, str) else result[0]


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        ("cc%203762%20250983%2000006", "card_number", "250983"),
        ("https://example.com/pay?card=4111%2D1111%2D1111%2D1111", "card_number", "1111%2D1111"),
        ("4,911,318,368,086,084 is the number on my card", "card_number", "318,368"),
        ("cvv is 07 no sorry 070", "security_code", "070"),
        ("the app says 275 662", "otp", "275 662"),
        ("the app showed 275662.", "otp", "275662"),
        ("just got it — 988 843", "otp", "988 843"),
        ("el código de la app: 275662", "otp", "275662"),
        ("el codigo del banco es 275662", "otp", "275662"),
        ("it's my dog's name plus birth year, Rex1987 (that's what I log in with)", "password", "Rex1987"),
        ("Rex1987 is what I log in with", "password", "Rex1987"),
        ("what i sign in with: bluebird77", "password", "bluebird77"),
    ],
)
def test_a_secret_in_these_forms_is_refused_and_removed(text: str, kind: str, secret: str) -> None:
    assert kind in {finding.kind for finding in scan(text)}
    assert secret not in _redacted(text)


def test_a_short_first_try_before_the_corrected_value_is_removed_too() -> None:
    assert _redacted("cvv is 07 no sorry 070") == "cvv is [security code removed] no sorry [security code removed]"


@pytest.mark.parametrize(
    "text",
    [
        "i have 1,234,567 points",
        "the debt is $4,911,318,368,086,084",
        "search?q=50%20off%20coupon%202026",
        "the app says 1500 points",
        "the app shows 123456 points",
        "the app shows 250.00",
        "the app said 2026",
        "got it, 5000 points",
        "cvv is 07 no sorry 070 dollars",
        "my email is what i log in with",
        "el codigo de la promocion es 2026",
    ],
)
def test_numbers_that_only_look_like_these_forms_are_left_alone(text: str) -> None:
    assert not scan(text)


# ----- the thirty-ninth probe -----------------------------------------------------------------
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
def test_a_secret_in_the_thirty_ninth_probes_forms_is_refused_and_removed(text: str, kind: str, secret: str) -> None:
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
def test_numbers_that_only_look_like_the_thirty_ninth_probes_forms_are_left_as_they_should_be(text: str) -> None:
    kinds = {finding.kind for finding in scan(text)}
    assert kinds == ({"security_code"} if text.startswith("cid") else set())
