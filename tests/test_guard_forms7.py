"""Forms found by the seventh blind probe (tests/data/guard_probe7.jsonl), written anew as forms:
hesitations between a cue and its value, passcodes named by who sent them, bare password cues,
card halves placed by words further off, and accounts that are not a card's."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan


def covering(text: str, value: str) -> list[str]:
    """The kinds of the findings that cover value in text."""
    start = text.index(value)
    return [f.kind for f in scan(text) if f.start <= start and start + len(value) <= f.end]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # Fillers set off by commas, or a pause, between the cue and the value.
        ("my password is, uh, basically, Lantern#88", "Lantern#88", "password"),
        ("the security code is, hold on, let me find it... 7731", "7731", "security_code"),
        ("cvc... um... 618", "618", "security_code"),
        # A long relative clause between a passcode cue and "is".
        ("the verification code that your system sent to my work phone is 55 0913", "55 0913", "otp"),
        # A preposition between the cue and its link, Spanish too.
        ("la contrasena en el portal es Brisa!2024", "Brisa!2024", "password"),
        ("my password at the office is Gr8!Lakes", "Gr8!Lakes", "password"),
        # A passcode named by who sent it, the value closing the clause.
        ("amex sent me 84 11 20 and it says expired", "84 11 20", "otp"),
        ("you guys sent 730115", "730115", "otp"),
        # A value before the message that held it.
        ("i entered 662180 just like the sms said", "662180", "otp"),
        # A bare "pass", or a login name then the secret after a space.
        ("pass Quokka#71 pls", "Quokka#71", "password"),
        ("username: tpark Sunny2023day", "Sunny2023day", "password"),
        ("my login is: tpark Sunny2023!", "Sunny2023!", "password"),
        # Card halves placed by words further from them.
        ("the first half of my amex is 3782 8224\nand the second half 6310 005", "3782 8224\nand the second half 6310 005", "card_number"),
    ],
)
def test_seventh_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # Accounts that are not a card's, and a credit union.
        "my savings account number is 7700123456 at the credit union",
        "checking account 55012398 at my credit union",
        "mi cuenta de ahorros es 880011223344",
        # Passcode-like words with a count, points or another number.
        "you sent me 1500 points last month",
        "amex sent 2 cards to my old address",
        "i paid 2500 like the email said",
        "the code you sent me didn't work and my phone number is 5551234",
        "the code in the app is not working, the order number is 88412231",
        # Bare "pass" and login names with nothing shaped like a secret.
        "boarding pass BA2490-X1",
        "can you pass this along to billing 2024",
        "username: jdoe22 thanks a lot",
        "login: maria.g please help me",
        # Fillers with nothing secret after them.
        "my password is, like, not working",
        "the password in the app is wrong",
        # An ellipsis before an amount is still an amount.
        "my security code... $45 charge",
    ],
)
def test_harmless_near_misses_of_the_seventh_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)


# The eighth blind probe's forms (tests/data/guard_probe8.jsonl), written anew.
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A value handed over sentences after the cue that named it.
        ("I need the passcode you texted? Sorry, the phone was upstairs. Ok it says 40 91 73.", "40 91 73", "otp"),
        ("They wanted my online password. Stupidly I gave him Harbor!512.", "Harbor!512", "password"),
        ("The app rejects my password every time. Kettle77x is what I typed.", "Kettle77x", "password"),
        ("The form wants the security code. The card is worn. Here: 2281", "2281", "security_code"),
        ("me pidieron el codigo de verificacion y le di 558102.", "558102", "otp"),
        # Rows pasted under a header naming the column.
        ("name,cvc,zip\nAna Ruiz,412,10001", "412", "security_code"),
        ("employee\tssn\nJ. Okafor\t521-44-8109", "521-44-8109", "ssn"),
        ("site | password\nportal | Fennel*92", "Fennel*92", "password"),
        # A value on the first line of a numbered list, the list's next number below it.
        ("1. cvv 733\n2. zip 60614", "733", "security_code"),
        # Digits read out with "double" or "triple".
        ("security code is two double five", "two double five", "security_code"),
        # Two phrases, or a long aside, between a password cue and its link.
        ("Password for me of the website: Tulum2019. why error", "Tulum2019", "password"),
        ("My password, which my grandson set up for me last spring, is Pickle#44.", "Pickle#44", "password"),
        # A value, then what it is.
        ("'Nectar&Bay31' was my old password", "Nectar&Bay31", "password"),
        # Where the code sits, in Spanish and in other words.
        ("los tres digitos de atras son 906", "906", "security_code"),
        ("the code behind my card is 318", "318", "security_code"),
    ],
)
def test_eighth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # A handed-over phrase with no value fitting the cue, or a value that does not close its sentence.
        "I forgot my password. The screen says account locked.",
        "The verification code never came. It says 404 not found",
        "My security code is worn off. It says 2024 on the front.",
        "I told him 3 times that I won't give my pin.",
        "The cvv box was empty. I typed nothing.",
        # Headers with no cue, or rows whose values do not fit.
        "date,amount,code\n2024-01-02,45.00,PROMO10",
        "id,zip,phone\n1,10001,5551234",
        "ssn,name\n000-12-3456,bob",
        "last4,exp\n9710,09/28",
        # A value before "my password" that is a year or a question.
        "what is my password",
        "the 2024 is my password year",
        "that was my password hint",
    ],
)
def test_harmless_near_misses_of_the_eighth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)


# The ninth blind probe's forms (tests/data/guard_probe9.jsonl), written anew.
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # Markdown emphasis around a value is not a mask.
        ("my cvc is **7391** and it still fails", "7391", "security_code"),
        ("verification code: *402211*", "402211", "otp"),
        # A slip in "pin".
        ("pinn is 6620 for the card", "6620", "password"),
        # A card network's name keeps a number a card beside a hotel or airline.
        ("my JCB 3566 0020 2036 0505 for the hotel booking", "3566 0020 2036 0505", "card_number"),
    ],
)
def test_ninth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # A phone number dialled abroad beside a card's last four.
        "call me at +44 20 7946 0958, my card ending 1005 was declined",
        # An order number as online shops write it (its tail may pass Luhn).
        "pedido 804-3658820-7846157 nunca llego",
        # A gift card and a bank account are not payment cards.
        "gift card number 6035 5287 2058 9441 shows no balance",
        "pay from checking, routing 021000021, account 860115481077",
        # A masked number stays masked.
        "card **** **** **** 1005 was charged",
    ],
)
def test_harmless_near_misses_of_the_ninth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)


# The tenth blind probe's forms (tests/data/guard_probe10.jsonl, written for precision), anew.
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A date as the object of a phrase between a password cue and its link.
        ("I reset the password on 12/03/2026 to Lime$tone9 and it failed", "Lime$tone9", "password"),
        # An authentication code is still a passcode.
        ("my authentication code is 551904", "551904", "otp"),
    ],
)
def test_tenth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # A merchant's authorisation code on a receipt.
        "the receipt shows auth code 771204 and terminal 55",
        # A qualified code before where it was read.
        "the promo code 88120455 in the email is expired",
        # A label with its own index digit.
        "IMEI2 357941214321071 is the second SIM",
        # A word labelling the number right before it, whatever follows.
        "the claim reference is 9627439135678605, card ending 1477",
        # Store cards and utility accounts are other accounts.
        "my store card account number 4405896805743100 is not an amex",
        "utility account number 4158 3281 7519 40 autopays with my card",
        # Spanish "ending in" is a card's last four, not a code.
        "el codigo de seguridad de mi tarjeta terminada en 3639 esta borrado",
    ],
)
def test_harmless_near_misses_of_the_tenth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)


# The eleventh blind probe's forms (tests/data/guard_probe11.jsonl), written anew.
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A card called an account, charged: a payment word keeps it a card beside a hotel.
        ("my account 371449635398431 was charged at the hotel twice", "371449635398431", "card_number"),
        # A value handed over "as requested", on the next line too.
        ("here is my social as requested\n412 55 7788", "412 55 7788", "ssn"),
        # "it sent me" and a Spanish one-time key.
        ("it sent me 558 201 and then nothing", "558 201", "otp"),
        ("clave temporal: 661204", "661204", "otp"),
        # A password cue with no link, the value after a colon further on; an arrow; a word saying which one.
        ("password, in case you need it for the check: Quill#2024", "Quill#2024", "password"),
        ("online password => Tamarind!88", "Tamarind!88", "password"),
        ("new password: Harbor7788@", "Harbor7788@", "password"),
        ("contrasena actual: Girasol#55", "Girasol#55", "password"),
        # "secret word" and a hint followed by ", so ...".
        ("my secret word for the app is lantern77", "lantern77", "password"),
        ("my pw is my street plus the year, so elm1999", "elm1999", "password"),
    ],
)
def test_eleventh_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "reward code 412458 from the offers email",
        "it sent me 2 emails about my statement",
        "password reset link: sent to my email",
        "my secret word question is about my first pet",
        "as requested, the order number is 88-1277",
    ],
)
def test_harmless_near_misses_of_the_eleventh_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
