"""Forms found by blind probes: identifiers that are not cards or SSNs, dates joined into one run,
and the passcode and password forms with no usual cue word. Each harmless form has a sensitive twin."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan


def kinds(text: str) -> list[str]:
    return [f.kind for f in scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Numbers starting with a digit no payment card starts with (ISO/IEC 7812: 2 to 6).
        "ups tracking 9261 2900 0000 0000 0000 17",
        "the ach trace is 091000019876543",
        "ship ref 0000 0000 0000 0000",
        # Two dates joined into one run.
        "billing period 03/10/2025 - 02/11/2025 please",
        "cycle 2026-10-04 / 2026-11-03 closed",
        # Labelled as another identifier, and shaped like no issued card.
        "device imei 356938035643809 was blacklisted",
        "the log id is 20250317093015442",
        "request id 2025031709301544",
        # Labelled, with the identifier's letters glued on.
        "IBAN GB82 WEST 1234 5698 7654 32",
        "iban: FR14 2004 1010 0505 0001 3M02 606",
        # An SSN's layout labelled as another identifier.
        "policy no 523-41-8876-B for the car",
        "claim number 523-41-8876",
        "case no. 523-41-8876 was closed",
        "my member id is 523-41-8876",
        "student id 523-41-8876",
        "timestamp 20261105143207123",
    ],
)
def test_other_identifiers_and_dates_are_not_cards_or_ssns(text: str) -> None:
    assert scan(text) == [], redact(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Shaped like an issued card: a card whatever it is called.
        ("tracking 4144 8326 6536 7038", "card_number"),
        ("imei 378282246310005", "card_number"),
        # A card word near keeps it a card, even with another label nearer.
        ("my card, not the tracking number, is 4111 1111 1111 1111", "card_number"),
        ("imei 356938035643809 is on my credit card statement", "card_number"),
        # Named as a card: a card whatever it starts with.
        ("my card number is 9111 1111 1111 1117", "card_number"),
        # A card after a date, beside it in one run.
        ("exp 10/04/2026 4111 1111 1111 1111", "card_number"),
        # An SSN named as one, next to a policy number.
        ("policy number 523-41-8876 and my ssn 523-41-8876", "ssn"),
        ("my social is 523-41-8876-A", "ssn"),
    ],
)
def test_the_same_numbers_named_as_secrets_are_still_refused(text: str, kind: str) -> None:
    assert kind in kinds(text), redact(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Where the passcode was read, after it.
        ("i have 481 907 in my texts, is that it", "481 907"),
        ("typed 62 40 19 from the email and it failed", "62 40 19"),
        ("got 7731 via sms", "7731"),
        ("i received 553 201 on my phone", "553 201"),
        ("my opt is 90 44 12", "90 44 12"),
        ("the number i got texted was 318 774", "318 774"),
        ("in my inbox: 550193", "550193"),
        # A slip in the words naming it.
        ("verificaton cde 661204", "661204"),
        ("the one time passcdoe is 102938", "102938"),
    ],
)
def test_passcodes_named_by_where_they_were_read_or_with_a_slip(text: str, value: str) -> None:
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("otp", value)], redact(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A key of a JSON, YAML or key=value form.
        ('{"login": "mgarcia", "pass": "Tul1p*Field"}', "Tul1p*Field"),
        ("{'pwd': 'Hx7&kq29'}", "Hx7&kq29"),
        ('credentials = {"password": "Orbit!554"}', "Orbit!554"),
        # A login name, then "pass" and its value.
        ("login rmoss pass Qv8*tr22 thanks", "Qv8*tr22"),
        ("email: rmoss pass Qv8*tr22", "Qv8*tr22"),  # no "log" or "user" word at all
        # Logging in with a value shaped like a password.
        ("please try to sign in with Qz7#vv81 for me", "Qz7#vv81"),
        ("use Mn$4kd9w to log in", "Mn$4kd9w"),
        ("i tried logging in as dlee with Ra!n2026x", "Ra!n2026x"),
        # A hint, then the value.
        ("my password is our street plus the year we moved, maple2011", "maple2011"),
        ("pw is my first car - civic99", "civic99"),
        # A passphrase of several words.
        ("my passphrase is velvet lantern orbit canyon", "velvet lantern orbit canyon"),
        ("passphrase: amber river tundra 19", "amber river tundra 19"),
        ("my pass phrase is four random words: tiger lamp river cloud", "tiger lamp river cloud"),
        ("pass -> Vn4!qz80", "Vn4!qz80"),
    ],
)
def test_password_forms_without_the_usual_link(text: str, value: str) -> None:
    """The value is inside a password finding (a JSON login name beside it may be taken too)."""
    start = text.index(value)
    found = [f for f in scan(text) if f.start <= start and start + len(value) <= f.end]
    assert [f.kind for f in found] == ["password"] and value not in redact(text), redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "can i log in with my email instead",
        "log in with jane.doe@example.com fails",
        "i can't sign in with face id",
        "log in with jsmith88",
        "pass 2 of 3 is done",
        "my login works today but pass the word on",
        "my passphrase is not working since monday",
        "my passphrase is: not working since monday",
        "my password is too long, it has 20 characters",
        "order 123456 in the email",
        "i paid 45.00 in the email",
        "back in 2024 in my texts you said",
        "the sms came from 22235",
        "it's 2024 on my phone too",
        "error 553201 on my screen",
        "i opt in for 2024",
        "i was texted about my 2024 statement",
    ],
)
def test_harmless_near_misses_of_the_new_forms_stay_untouched(text: str) -> None:
    assert scan(text) == [], redact(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # A key whose words are joined by underscores or dashes, or written in camelCase.
        ("cvc_code=482", "security_code", "482"),
        ('{"security_code": "7319"}', "security_code", "7319"),
        ("security-code: 2210", "security_code", "2210"),
        ("securityCode=918", "security_code", "918"),
        ("one_time_code=550921", "otp", "550921"),
        ("verification-code: 661830", "otp", "661830"),
        ("verificationCode=207745", "otp", "207745"),
        ("otpCode: 391024", "otp", "391024"),
        ("oneTimeCode: 118402", "otp", "118402"),
        ("mfaCode=440193", "otp", "440193"),
        ("cvvCode: 713", "security_code", "713"),
        ("ssnNumber: 219448120", "ssn", "219448120"),
        ("the security_code is 604", "security_code", "604"),
        ("the otp_code i got is 719304", "otp", "719304"),
        ("payment.security.code: 4410", "security_code", "4410"),
        ("my_password is Tango_88x", "password", "Tango_88x"),
        # A three- or four-digit thing named by its digit count.
        ("ok the 4 digit one is 7702", "security_code", "7702"),
        ("and the three-digit thing is 519", "security_code", "519"),
        # A passcode named by how it came, after it, its digits typed apart too.
        ("i got 447120 by sms", "otp", "447120"),
        ("received 8 0 2 7 1 4 by email a minute ago", "otp", "8 0 2 7 1 4"),
        ("it is 552103 by text", "otp", "552103"),
        ("should i type 330918? that's what came to my phone", "otp", "330918"),
        ("type 271904, it came in my email", "otp", "271904"),
        ("612093 was sent to my phone", "otp", "612093"),
        ("got 880412 over text", "otp", "880412"),
        ("my pin is my zip haha, 60614", "password", "60614"),
        ("my pin is the same as my street number which is 2211", "password", "2211"),
        ("password hint: literally Pepper2015", "password", "Pepper2015"),
        ("904417, which is what arrived by sms", "otp", "904417"),
        # A PIN named the same as another number, then that number.
        ("pin's the same as my house number - 4471", "password", "4471"),
        ("my pin is the same as my birth year haha: 1988", "password", "1988"),
        # A password hint that is the password itself.
        ('pw hint: literally "Biscuit77"', "password", "Biscuit77"),
        # An SSN word before another label still names the SSN layout (a card word there would not).
        ("on my social security card, member id 523-41-8876", "ssn", "523-41-8876"),
    ],
)
def test_keys_counts_arrivals_and_same_as_forms(text: str, kind: str, value: str) -> None:
    start = text.index(value)
    found = [f for f in scan(text) if f.start <= start and start + len(value) <= f.end]
    assert [f.kind for f in found] == [kind] and value not in redact(text), redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "security_code is required",
        "the admin_password is not set",
        "the pin_reset page says 1234 attempts",
        "visit www.example.com: 8080",
        "my cvvcode field is missing",
        "the field security_code is missing from the form",
        "my pin is the same as before",
        "is my pin the same as my old one?",
        "the 3 digit thing on the website won't load",
        "the 6 digit thing is 200000 points",
        "i paid 4500 by email invoice",
        "order 883021 by email please",
        "the bank uses a short code for texts",
        "order 123456 came in my email",
        "I get about 1000 by email each week",
        "reply 7777 by text to opt out",
        "ref 552301 was sent to my email",
        "i paid 4500, it came in my email",
        "it's 2024, that's what came in the email",
        "password hint: born 1990",
        "password hint: my dog and the year",
        "is it 4500? that's what came in the statement",
        "do i owe 2026? that's what came in the mail",
        "I got a text from short code 262977 about a payment",
        "texts come from the shortcode 55512 usually",
        "password hint: 'my first pet'",
        "clave incorrecta",
        "mi clave, ¿dónde la cambio?",
        "olvide mi clave, ¿qué hago?",
        "the laptop I paid for with my card has serial 356938035643809",
        "bought it on my credit card, IMEI 353694109375942",
    ],
)
def test_harmless_near_misses_of_keys_counts_and_sources(text: str) -> None:
    assert scan(text) == [], redact(text)
