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
