"""Forms found by blind probes: identifiers that are not cards or SSNs, dates joined into one run,
and the passcode and password forms with no usual cue word. Each harmless form has a sensitive twin."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan


def kinds(text: str) -> list[str]:
    return [f.kind for f in scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Numbers starting with a digit no payment card starts with (ISO/IEC 7812: 2 to 6).
        "ups tracking 9261 2900 0000 0000 0000 17",
        "the ach trace is 091000019876543",
        "ship ref 0000 0000 0000 0000",
        # Two dates joined into one run.
        "billing period 03/10/2025 - 02/11/2025 please",
        "cycle 2026-10-04 / 2026-11-03 closed",
        # Labelled as another identifier, and shaped like no issued card.
        "device imei 356938035643809 was blacklisted",
        "the log id is 20250317093015442",
        "request id 2025031709301544",
        # Labelled, with the identifier's letters glued on.
        "IBAN GB82 WEST 1234 5698 7654 32",
        "iban: FR14 2004 1010 0505 0001 3M02 606",
        # An SSN's layout labelled as another identifier.
        "policy no 523-41-8876-B for the car",
        "claim number 523-41-8876",
    ],
)
def test_other_identifiers_and_dates_are_not_cards_or_ssns(text: str) -> None:
    assert scan(text) == [], redact(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Shaped like an issued card: a card whatever it is called.
        ("tracking 4144 8326 6536 7038", "card_number"),
        ("imei 378282246310005", "card_number"),
        # A card word near keeps it a card, even with another label nearer.
        ("my card, not the tracking number, is 4111 1111 1111 1111", "card_number"),
        ("imei 356938035643809 is on my credit card statement", "card_number"),
        # Named as a card: a card whatever it starts with.
        ("my card number is 9111 1111 1111 1117", "card_number"),
        # A card after a date, beside it in one run.
        ("exp 10/04/2026 4111 1111 1111 1111", "card_number"),
        # An SSN named as one, next to a policy number.
        ("policy number 523-41-8876 and my ssn 523-41-8876", "ssn"),
        ("my social is 523-41-8876-A", "ssn"),
    ],
)
def test_the_same_numbers_named_as_secrets_are_still_refused(text: str, kind: str) -> None:
    assert kind in kinds(text), redact(text)
