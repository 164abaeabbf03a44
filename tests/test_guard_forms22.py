"""Forms found by the twenty-second blind probe (tests/data/guard_probe22.jsonl, a red team imitating
real chat): a value handed over long after its cue with "it's" or "the number is", a value before
"<- security code", a passcode named by the message that showed or brought it, a code past the
masked number it was sent to, the Social Security card, what the customer logs in with, a code
typed and refused, and a PIN in two pieces; and the harmless look-alikes beside them."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "about the ssn you need for the limit review, my accountant keeps a copy but whatever, we moved here"
            " from ohio in spring if that matters, it's 582109437",
            "582109437",
            "ssn",
        ),
        ("the cvv keeps failing at checkout, i tried two browsers and cleared everything, anyway its 318", "318", "security_code"),
        ("cvv 4877... sorry, it's 8477", "8477", "security_code"),  # the second value too, not only the first
        ("password is buster*94, no wait, I changed it, it's buster*940", "buster*940", "password"),
        ("562 <- security code", "562", "security_code"),
        ("the push notification shows 604113", "604113", "otp"),
        ("email came thru, 771204", "771204", "otp"),
        ("the code sent to ***-***-1234 is 558812", "558812", "otp"),
        ("the code sent to my phone ending in 1234 is 558812", "558812", "otp"),
        ("Enter the code sent to ***-***-6138\n83286", "83286", "otp"),
        ("the number on my blue SS card: 604421187", "604421187", "ssn"),
        ("Tulip#2281 is what i use to log in", "Tulip#2281", "password"),
        ("typed 573100 and it says invalid code??", "573100", "otp"),
        ("entered 4412 and it says wrong pin", "4412", "password"),
        ("i tried Sunny#2024 for the password", "Sunny#2024", "password"),
        ("typed 4471 for the pin", "4471", "password"),
    ],
)
def test_twenty_second_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("pin starts with 11 and ends with 63", ("11", "63")),
        ("my pin is 40 then 27", ("40", "27")),
    ],
)
def test_a_pin_in_two_pieces_is_refused_whole(text: str, pieces: tuple[str, ...]) -> None:
    found = scan(text)
    assert [f.kind for f in found] == ["password"], found
    kept = redact(text)
    assert not any(piece in kept for piece in pieces), kept


@pytest.mark.parametrize(
    "text",
    [
        "usps tracking 9429 5731 6989 5155 5129 09",  # the last groups pass Luhn, laid out 4-4-4-2
        "it says 'Enter the 6-digit code sent to (•••) •••-0890'",  # the masked phone's tail
        "code sent to xxx-xxx-0890",
        "the merchant's email shows 344008*****9038 (first 6 + last 4)",  # a masked card's first six
        "is the security of my zip code info ok? it's 90210",  # a zip code is no passcode
        "PIN must be 4 digits and can't be 1234 or repeated digits",
        "tried 12345 times, invalid code every time",
        "i typed 2024 and it said invalid date",
        "chrome is what i use to log in",
        "i used my birthday for the password",
        "tried everything for the password",
        "the email shows 3 new offers",
        "what is a cvv? it's 3 digits on the back",
    ],
)
def test_harmless_near_misses_of_the_twenty_second_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
