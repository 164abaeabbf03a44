"""Forms the thirty-sixth and thirty-seventh guard probes and the seventeenth conversation probe found, through the
guard's public face: each secret is refused and no character of it survives redaction."""

from __future__ import annotations

import pytest

from amexsim.guard import Guard, redact, scan


def _redacted(text: str) -> str:
    result = redact(text)
    return result if isinstance(result, str) else result[0]


def _screened(*messages: str) -> list[str]:
    guard, out = Guard(), []
    for message in messages:
        screening = guard.screen(message)
        guard = screening.guard
        out.append(screening.redacted)
    return out


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        ("ssn: five-two-three / four-four / one-nine-nine-zero", "ssn", "five-two-three"),
        ("the bank sent me 3 3 0 - 9 1 8 to confirm the login", "otp", "9 1 8"),
        ("the bank sent me 330918 to confirm the login", "otp", "330918"),
        ("contraseña = mi nombre + 77 = Lucia77", "password", "Lucia77"),
        ("dispute the delta charge, full number is 3782 8224 6318 011, cvv 4417", "card_number", "6318"),
        ("social (all nine digits) 6 0 4 2 2 7 7 1 8", "ssn", "7 7 1 8"),
        ("you sent 8-4-1-2-0-6 to my phone to confirm the $312.40 purchase", "otp", "2-0-6"),
        ("what I type to log in is sunflower1987", "password", "sunflower1987"),
    ],
)
def test_a_secret_in_these_forms_is_refused_and_removed(text: str, kind: str, secret: str) -> None:
    assert kind in {finding.kind for finding in scan(text)}
    assert secret not in _redacted(text)


def test_a_second_password_offered_in_the_same_message_is_removed_too() -> None:
    redacted = _redacted("my password is hunter2, or maybe password123")
    assert "hunter2" not in redacted and "password123" not in redacted


def test_every_password_offered_in_the_message_after_a_refused_one_is_removed() -> None:
    first, second, third = _screened(
        "i reset my password to Sunset#2026 but it still fails", "or was it sunset2026, or Palmtree!9", "whatever, whats my balance"
    )
    assert "Sunset#2026" not in first
    assert second == "or was it [password removed], or [password removed]"
    assert third == "whatever, whats my balance"


@pytest.mark.parametrize(
    "text",
    [
        "my pin code is 75008, I live in Paris",
        "my pin code area is 560034, do you ship cards to India?",
        "I live in Pune, pin code 411001",
        "code 4458 on the parking ticket",
        "the code on my parking ticket is 4458",
        "the IMEI of my phone is 356938035643809, I bought it with the card",
        "what I type to log in is hard to remember",
        "they sent me 2 cards to confirm",
        "call me at five-five-five, one two three four",
    ],
)
def test_postal_pin_codes_and_other_numbers_are_left_alone(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize("text", ["my atm pin code is 123456, I live alone", "pin code 482913 came in the mail", "my pin code is 48213"])
def test_a_pin_code_not_placed_anywhere_is_still_a_secret(text: str) -> None:
    assert scan(text)
