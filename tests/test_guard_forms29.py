"""Forms found by the twenty-ninth blind probe (tests/data/guard_probe29.jsonl): a message that opens
with the value and names it after ("... that's the code you sent"), a comma aside closed by ", is"
between a cue and its value, passcodes named only by how soon they expire, SSNs laid out 3-2-4 with
commas or with a group typed digit by digit, a correction in brackets after the value, a password
alone after a later colon or answering a quoted question; and the number a text came from, which is
its sender, not a passcode."""

from __future__ import annotations

import re

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # the message opens with the value; "that's", "those are" or "is" points back at it later
        ("4417 is the four digits on the front of my card", "4417", "security_code"),
        ("019. these are the three numbers on the back", "019", "security_code"),
        ("772 - oh wait, I nearly forgot, that's the code on the back of the card", "772", "security_code"),
        ("ok 3391, I had to hunt for it in the dark, those are the 4 tiny numbers on the front", "3391", "security_code"),
        ("603118 👍 that's the code you texted me", "603118", "otp"),
        ("88341 this is the code you just sent", "88341", "otp"),
        ("291 48 7730, and since you'll ask again, that's my social", "291 48 7730", "ssn"),
        # a comma aside, numbers and all, between the cue and a closing ", is"
        ("My pin, which I only use at the gas station on 4th street and nowhere else, is 5519", "5519", "password"),
        ("The code you texted me, and I had to walk outside to get any signal at all, is 407716", "407716", "otp"),
        ("my ssn, because you asked twice already and I really hate repeating myself, is 611 08 2297", "611 08 2297", "ssn"),
        ("My password, the one with my daughter's name in it from when she was 3, is Emma#2011 I think", "Emma#2011", "password"),
        ("the security code, I had to get my reading glasses for this one, is 4410", "4410", "security_code"),
        # a passcode named only by how soon it runs out
        ("048213, it expires in 5 minutes", "048213", "otp"),
        ("this one is valid for 10 mins: 7730 18", "7730 18", "otp"),
        ("hurry before it runs out - 552019", "552019", "otp"),
        ("it times out in two minutes 661042", "661042", "otp"),
        # an SSN laid out 3-2-4 with commas, or with a group typed digit by digit (in words too)
        ("social: four one two, 77, 9031", "four one two, 77, 9031", "ssn"),
        ("my ssn is 302-11-4 eight 5 two", "302-11-4 eight 5 two", "ssn"),
        ("ss# 612, 40, 7788", "612, 40, 7788", "ssn"),
        # a correction in brackets after the value names it
        ("my oin is 4471 (pin, typo)", "4471", "password"),
        ("the cbb is 883 (cvv oops)", "883", "security_code"),
        # a password alone at a line's end: after a later colon, or answering the question naming it
        ("> what password are you using?\nBlue$ky2020", "Blue$ky2020", "password"),
        ("ok the password. I keep it in my wallet on a little card and it says:\nRavens!88", "Ravens!88", "password"),
        ("My password expired yesterday. The new one they gave me:\nTemp#4410", "Temp#4410", "password"),
    ],
)
def test_twenty_ninth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    redacted = redact(text)
    assert value not in redacted
    digits = re.sub(r"[^0-9]", "", value)
    assert not digits or digits not in re.sub(r"[^0-9]", "", redacted), redacted


@pytest.mark.parametrize(
    "text",
    [
        # numbers first, named as something else or with no pointer at a cue
        "450 is what I was charged, that's the number on the back of the receipt",
        "10001 is my zip code",
        "2019 was the year I opened it, that's my pin story",
        "123456 is the order number, not the code you sent",
        "1500 points, those are the numbers on the back of my statement",
        "5 stars, those are the digits on the back",
        # a comma aside closed by ", is", then no value
        "My pin, which I changed last week, is not working",
        "My password, like I said before, is too long for your site",
        "The code you sent, which arrived at 10:45, is expired",
        "my social security check, which comes on the 3rd, is 1200 short",
        "The verification code, which took 15 minutes to arrive, is 6 digits long",
        "My account, which I opened in 2015, is 10 years old",
        "my pin, which I've had since 1985, is 4 digits",
        "The message you sent me, about the balance, was 1200.",
        # expiry with no value, or a value named otherwise
        "the code expires in 10 minutes",
        "my card expires 05/29",
        "the offer expires in 30 days, order 5512",
        "the link is valid for 15 minutes",
        "I waited 10 minutes before it expired",
        "promo code 4455 valid for 10 minutes",
        "order 123456 expires in 10 minutes",
        "pay 2500 before it expires",
        "I have 2 codes and one expires in 10 minutes",
        # commas among numbers that are no SSN
        "social security office hours are 9, 10, 11",
        "my ssn ends in 1234",
        # a bracket after a number that is no correction
        "call 5551234 (pin sorry)",
        "I got 3 texts (pin sorry)",
        # a line after a password question or a later colon that is no password
        "> what password are you using?\nthe same one as always",
        "I reset my password. Error code: AUTH401x",
        "password reset failed. my username: jdoe99",
        "password didn't work. Ticket: INC0012345",
        "My password keeps failing. Screenshot attached:\nIMG_2231.png",
        "I can't log in with my password. Browser version: Chrome120",
        "> did you change your password?\nthe usual one",
        'my password fails, the request body was {"user": "tomas", "remember": true}',
        "can you reset my password?\nthanks!!",
        # the number a text came from
        "the number that texted me was 263-97, is that really you?",
        "the short code that messaged me is 22235",
        "whoever texted me from 555-0134 said my card was locked",
    ],
)
def test_harmless_near_misses_of_the_twenty_ninth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)


def test_a_passcode_texted_to_the_customer_is_still_refused() -> None:
    assert [f.kind for f in scan("you texted me 482910")] == ["otp"]
