"""Forms found by the sixteenth blind probe (tests/data/guard_probe16.jsonl): replies to the chat's
own questions. Above all, the verification answer it asks for (a ZIP code, ZIP+4 too, and the
card's last four) is never a card, whatever Luhn says of the digits side by side."""

from __future__ import annotations

import random

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering

_ANSWERS = [
    "zip+4 is {zip}-{plus}, card ends {last}",
    "{last} / {zip}-{plus}",
    "{zip}-{plus} {last}",
    "{last}, {zip}-{plus}, thanks",
    "ending {last}, zip {zip}-{plus}",
    "last four {last}, billing zip {zip}",
]


def test_a_zip_plus_four_beside_the_last_four_is_never_a_card() -> None:
    """About one pair in ten passes Luhn as 13 digits starting 4 (a Visa's length)."""
    rng = random.Random(16)
    flagged = []
    for _ in range(3000):
        text = rng.choice(_ANSWERS).format(
            zip=f"{rng.randrange(1000, 99999):05d}", plus=f"{rng.randrange(10000):04d}", last=f"{rng.randrange(10000):04d}"
        )
        if scan(text):
            flagged.append(text)
    assert flagged == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("3024 / 60614 / PIN 5518 / 77 dollars", "5518", "password"),
        ("4716 2098 3311 7, zip 98101", "4716 2098 3311 7", "card_number"),  # a 13-digit Visa beside a ZIP still is one
        ("4222222222222 / 94105-1234", "4222222222222", "card_number"),
    ],
)
def test_sixteenth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)
