"""Forms the forty-first blind guard probe found (tests/data/guard_probe41.jsonl), in other words
than its lines: markdown emphasis round a cue, a password in a link, a password column named
short, a value typed a digit at a time, and the place a PIN is used between its name and it."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("**CVV:** 512", "512"),
        ("__Code:__ 771203", "771203"),
        ("**Security code:** 0831", "0831"),
        ("sftp://ops:Gr33nTea!@files.example.net/in", "Gr33nTea!"),
        ("| login | pwd |\n|---|---|\n| ana.r | Mango_77 |", "Mango_77"),
        ("my pin is 4 0 9 1", "4 0 9 1"),
        ("the pin I use at the gas station is 5 5 1 9", "5 5 1 9"),
        ("cvv 7 1 4", "7 1 4"),
    ],
)
def test_the_value_is_removed(text, secret):
    assert secret not in redact(text), redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "card ****1005 please",
        "**Note:** my order 4471 is late",
        "https://example.com/help@faq",
        "my pin at the bank 4412 main st branch",
        "I have 2 cards 1 2 3 4",
        "__init__ failed on line 42",
    ],
)
def test_harmless_forms_of_the_same_shapes_stay(text):
    assert scan(text) == [], (text, scan(text))


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('she asked "whats the password?" tulip1948', "tulip1948"),
        ("Q: pwd? A: Maple2019", "Maple2019"),
        ("the website wont let me in, the password is wrong apparently. i typed Harbor2021", "Harbor2021"),
        ("minha senha do cartão é 7214", "7214"),
    ],
)
def test_the_forty_second_probes_forms_are_removed(text, secret):
    """The forty-second blind probe (tests/data/guard_probe42.jsonl): the answer to a quoted question
    naming the password, a value typed in a message about a password, a Portuguese card PIN."""
    assert secret not in redact(text), redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "5105105105105100 is the card I paid the airline with",
        "the card for the motel booking is 3782 822463 10005",
        "I used 6011 1111 1111 1117 at the hotel desk",
        "tarjeta 4111 1111 1111 1111 para el hotel",
        "the card i gave the airline: 5555555555554444",
    ],
)
def test_a_card_beside_a_hotel_or_airline_is_still_a_card(text):
    """The forty-third blind probe: a programme word (hotel, airline) near a card number had made it a
    loyalty number, though a card word or a payment verb named it: only a card a programme names first
    ("hotel loyalty card", "tarjeta de lealtad") is the programme's."""
    assert [f.kind for f in scan(text)] == ["card_number"], text


@pytest.mark.parametrize("text", ["my hotel loyalty card is 4111111111111111", "the membership ID on my Costco card is 169124512329"])
def test_a_programmes_own_card_number_stays_harmless(text):
    assert scan(text) == [], text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the security code on the back is\n731", "security_code"),
        ("the social on the tax form was\n401 88 2913", "ssn"),
        ("the code they texted me is:\n553102", "otp"),
    ],
)
def test_a_value_on_the_line_after_its_linked_cue(text, kind):
    """A line break after "is", "was" or a colon ends nothing: the value comes on the next line."""
    found = scan(text)
    assert [f.kind for f in found] == [kind], text
    assert not any(ch.isdigit() for ch in redact(text).split("\n", 1)[1]), redact(text)
