"""Forms the forty-fifth blind guard probe found (tests/data/guard_probe45.jsonl): a secret's first
try left beside it, the other words of a passphrase, values typed into a named field, and numbers of
other billers left alone."""

from __future__ import annotations

import re

import pytest

from amexsim.guard import redact, scan


@pytest.mark.parametrize(
    ("text", "kept_out"),
    [
        ("card is 4111 1111... no wait, 4111 1111 1111 1111", "4111"),
        ("it starts 3782 8224 and the whole number is 3782 822463 10005 ok", "8224"),
        ("my password is purple river dance 42 please help", "river"),
        ("I typed 'lemon tree 77!' as my password", "tree"),
        ("password: ocean wave 3, the card ends 1005", "wave"),
    ],
)
def test_no_part_of_a_value_is_left_beside_it(text, kept_out):
    redacted = redact(text)
    assert kept_out not in redacted, redacted
    assert scan(text)


def test_a_passphrase_stops_where_the_sentence_goes_on():
    redacted = redact("my password is Sunset2024 and my zip is 10001")
    assert redacted.endswith("and my zip is 10001"), redacted


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I typed '512449031' in the social security box and it failed", "ssn"),
        ("I typed '6082' where it asked for the cvv", "security_code"),
        ('I entered "Maple!Leaf9" for the password twice', "password"),
        ("I typed '441 902' but it said the code was wrong", "otp"),
        ("the cid on the replacement card is 7710", "security_code"),
    ],
)
def test_a_value_typed_into_a_named_field(text, kind):
    assert [f.kind for f in scan(text)] == [kind], text
    assert not re.search(r"[0-9]{3}", redact(text).replace("[", "")) or kind == "password", redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "my electric bill account number is 55012873-4410, can I pay it with my card",
        "the policy number for the rental is 1416-4038-9520-1642, does my card cover it",
        "I typed '10001' in the zip field",
        "the password is wrong again",
    ],
)
def test_other_billers_numbers_and_fields_stay_untouched(text):
    assert scan(text) == [], (text, scan(text))
