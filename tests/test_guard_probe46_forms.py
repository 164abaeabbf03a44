"""Forms the forty-sixth blind guard probe found (tests/data/guard_probe46.jsonl: values pasted or
forwarded from forms, receipts and text messages): a card beside a place one pays at, a card continued
on the next line, one label for the expiry and the code, labels glued to their values, a passcode told
by what to do with it, a mistyped try beside the value, a value typed twice; and receipts left alone."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan

CARD = "4539 1488 0343 6467"  # Luhn-valid


@pytest.mark.parametrize(
    "text",
    [
        f"the airline asked for my card {CARD} at the gate",
        f"the gym wants my card {CARD} on file",
        f"booking the hotel, card {CARD}",
    ],
)
def test_a_card_beside_a_place_one_pays_at_is_refused(text):
    assert "6467" not in redact(text), redact(text)


def test_a_programme_s_own_card_is_still_its_number():
    assert scan(f"my gym membership card {CARD}") == []


@pytest.mark.parametrize(
    "text",
    [
        "card 5105 1051\n(continued) 0510 5100",
        "number: 5105 1051 contd 0510 5100",
    ],
)
def test_a_card_continued_after_a_marker_is_one_card(text):
    assert "5100" not in redact(text) and "1051" not in redact(text), redact(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("exp/cvc: 04/28 / 771", "771"),
        ("CVC/EXP 771 04/28", "771"),
        ("cid/exp: 4410", "4410"),
        ("Expiry 04/28   security 771", "771"),
        ("expiration: 04/28\ncode: 771", "771"),
        ("good card, exp 04/28 | 771", "771"),
    ],
)
def test_one_label_for_the_expiry_and_the_code(text, code):
    assert code not in redact(text), redact(text)
    assert "04/28" in redact(text) or "04/28" not in text  # the expiry date is no secret


@pytest.mark.parametrize(
    ("text", "value"), [("cvc_771", "771"), ("pin_9034", "9034"), ("otp_660281", "660281"), ("ssn_512349876", "512349876")]
)
def test_a_label_glued_to_its_value_by_an_underscore(text, value):
    assert value not in redact(text), redact(text)


@pytest.mark.parametrize("text", ["Enter 660281 to log in", "use 660-281 to confirm it's you", "Use 660 281 for sign-in"])
def test_a_passcode_told_by_what_to_do_with_it(text):
    assert [f.kind for f in scan(text)] == ["otp"], scan(text)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("it's 5105-1051-0510-5109 hmm no, 5105-1051-0510-5100", "5109"),
        ("5105 1051 0510 5100, or maybe 5105 1051 0510 5101", "5101"),
        ("ssn 512-34-9876 no sorry 512-34-9867", "9876"),
    ],
)
def test_a_mistyped_try_beside_the_value_goes_with_it(text, left):
    assert left not in redact(text), redact(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("did you get 660281? the text code was 660281", "660281"),
        ("pin is 9034 - yes 9034", "9034"),
    ],
)
def test_a_value_typed_twice_is_removed_both_times(text, value):
    assert value not in redact(text), redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your receipt\nItem $20.00\nSubtotal $20.00\nTax $1.60\nTotal $21.60\nVisa ending 1005\nAuth code 771204",
        "paid $66.02 on the 3rd, the code was 6602",  # the amount keeps its digits; the code is another place
        "ACH trace 091000019876543 for my payment",
    ],
)
def test_receipts_amounts_and_payment_traces_keep_their_numbers(text):
    redacted = redact(text)
    assert "$66.02" in redacted or "$66.02" not in text
    if "Auth code" in text or "ACH" in text:
        assert scan(text) == [], scan(text)
