"""Forms the forty-fourth blind guard probe found (tests/data/guard_probe44.jsonl): secrets among
travel and shopping numbers, and the numbers of those things left alone."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("la carte pour l'hôtel: 5500 0000 0000 0004 merci", "card_number"),
        ("the hotel card 4111 1111 1111 1111 got declined twice", "card_number"),
        ("exp 09/27 and the code is 718, thanks", "security_code"),
        ("expiry 11/26; plus code 5532", "security_code"),
        ("1) name on card\n2) SSN 512.44.9031\n3) phone", "ssn"),
        ("social security number 512 44 9031 2 dependents", "ssn"),
        ("login for the app: user mgreen / pass bl4ck_c0ffee, thanks", "password"),
    ],
)
def test_a_secret_among_travel_and_shopping_words_is_refused(text, kind):
    assert [f.kind for f in scan(text)] == [kind], text
    assert redact(text) != text


@pytest.mark.parametrize(
    "text",
    [
        'the app shows "code 448812: transaction failed" when I pay',
        "our IATA code is 33512894",
        "agency code 90017734 for the group booking",
        "they texted that flight 2231 leaves from gate 12",
        "I never got the verification code, my reservation is 662190",
        "reach me at (312) 555-0199 or +44 20 7946 0958",
    ],
)
def test_travel_and_error_numbers_stay_untouched(text):
    assert scan(text) == [], (text, scan(text))
