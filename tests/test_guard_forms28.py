"""Forms found by the twenty-eighth blind probe (tests/data/guard_probe28.jsonl, other settings than a
chat line): digits read out by a voice-to-text engine that wrote "for", "to", "too" and "ate" for them,
a card's two halves in Spanish ("los otros ocho"), passcodes named by a push, a pop-up or an
electronic mail or said to have just come in, and American Express's "4DBC" for the card's code."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # homophones inside a number read out
        ("my pin is five for two ate", "five for two ate", "password"),
        ("the pin number is one too seven for.", "one too seven for", "password"),
        ("the three digits on the back are oh ate for", "oh ate for", "security_code"),
        ("the code they texted is six ate oh four to one", "six ate oh four to one", "otp"),
        ("it just arrived, two ate four one nine six", "two ate four one nine six", "otp"),
        ("social security number to one five, six ate, four four to nine", "to one five, six ate, four four to nine", "ssn"),
        (
            "my ss number is two one nine slash five five slash seven seven ate one",
            "two one nine slash five five slash seven seven ate one",
            "ssn",
        ),
        (
            "the card number is five eight for seven, six seven ate to, three five six nine, for three six oh",
            "five eight for seven, six seven ate to, three five six nine, for three six oh",
            "card_number",
        ),
        (
            "card number is five one three six dash three ate one nine dash to one for ate dash nine seven one too",
            "five one three six dash three ate one nine dash to one for ate dash nine seven one too",
            "card_number",
        ),
        # a count word before a group read out, and the other half
        (
            "the first four are five nine to four, the next four for nine two three, then oh four nine three, last four ate two three"
            " seven",
            "nine to four",
            "card_number",
        ),
        ("las primeras ocho cifras son 57135024 y las otras ocho 44835047", "44835047", "card_number"),
        ("first eight are 57135024, the other eight are 44835047", "44835047", "card_number"),
        # passcodes by what showed them or that they came
        ("the push said 482913", "482913", "otp"),
        ("the app pop-up showed 551204", "551204", "otp"),
        ("the electronic mail said 660142", "660142", "otp"),
        ("it came through, 730215", "730215", "otp"),
        # the card's code by American Express's name for it, and an SSN cue split by voice-to-text
        ("4DBC 7431", "7431", "security_code"),
        ("four-digit batch code: 2210", "2210", "security_code"),
        ("uh my ss n is 219 55 7781", "219 55 7781", "ssn"),
    ],
)
def test_twenty_eighth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "I paid for two tickets",
        "send it to one of my cards",
        "I ate at five guys",
        "we are open from nine to five",
        "one for all and all for one",
        "it's a two for one deal",
        "add one to my order",
        "it takes one to two business days",
        "the wait for a new pin is one to two weeks",
        "the code is valid for five to ten minutes",
        "reservations for two to three people",
        "I called two to three times a day, four to five days a week",
        "my shift is nine to five, five days a week",
        "chapter one to three, then chapter four to six",
        "the kids ate three for lunch, oh and two for dinner",
        "my new card just came in, thanks",
        "it came through 3 times",
        "the popup said 500 error",
        "the app push showed my balance as 2450",
        "the first payment was 1200 and the other 450",
        "el primer pago fue 1200 y los otros 450",
        "the batch code on the receipt is 123456",
        "I sent an e mail 2 days ago",
        "the notification showed 1200 dollars",
        "the text said 4500 pesos were charged",
    ],
)
def test_harmless_near_misses_of_the_twenty_eighth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
