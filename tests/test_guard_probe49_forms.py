"""Forms the forty-ninth blind guard probe found, through the guard's public face: whole chats whose secret is
spread over messages (each screened with the ones before it, the copy kept of every message checked), and
single messages in other word orders, dictated sounds, card dumps; and a phone number beside a last four that
is no card."""

from __future__ import annotations

import pytest

from amexsim.guard import Guard, redact, scan


def _stored(*messages: str) -> list[str]:
    """Each message as a transcript keeps it: what its own screening found, and what later messages
    found in it (``earlier``), cut out."""
    guard = Guard()
    cuts: list[list[tuple[int, int]]] = [[] for _ in messages]
    for i, message in enumerate(messages):
        screening = guard.screen(message)
        guard = screening.guard
        cuts[i] += [(f.start, f.end) for f in screening.findings]
        for item in screening.earlier:
            cuts[i - item.messages_back].append((item.start, item.end))
    return [_cut(message, spans) for message, spans in zip(messages, cuts)]


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    kept, pos = [], 0
    for start, end in sorted(spans):
        kept.append(text[pos : max(pos, start)] + "[removed]")
        pos = max(pos, end)
    return "".join(kept) + text[pos:]


def _digits(text: str) -> str:
    return "".join(filter(str.isdigit, text))


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        # a cue, then a message that ends on a link, then the value alone
        (["I'd like to reset my pin", "the old one was", "5817"], "5817"),
        (["my online password", "was", "B1ueberry77"], "B1ueberry77"),
        # an SSN's last four, then its first five
        (["my social ends in 4412", "and it begins with 318 52"], "318524412"),
        # the expiry, then the code alone
        (["card expiration 09/31", "4417"], "4417"),
        (["it expires 11/29", "803"], "803"),
        # a password told in two parts
        (["my password begins with Moon", "then light42#"], "Moonlight42#"),
        # an Amex number whose end came first, its start after
        (["card ending 55124", "the full number starts 3782 771204"], "378277120455124"),
        # a card read out two digits at a time
        (["45", "39", "14", "88", "03", "43", "64", "67"], "4539148803436467"),
        # the first part after an amount, then "the rest of the card"
        (["I was charged $48.20 on 3714 496353", "98431 is the rest of my card number"], "371449635398431"),
        # a value alone, then named by how it came or by where it is printed
        (["552901", "that's what the email said"], "552901"),
        (["7302", "is this the 4 digits on the front?"], "7302"),
    ],
)
def test_a_secret_spread_over_messages_is_kept_nowhere(messages, secret):
    stored = _stored(*messages)
    kept = "".join(stored).replace(" ", "")
    if secret.isdigit():
        assert secret not in _digits(kept), stored  # not even with the messages read together
    else:
        assert not any(secret[i : i + 4] in kept for i in range(len(secret) - 3)), stored  # no four characters of it


def test_each_part_of_a_password_told_in_two_messages_is_removed():
    first, second = _stored("my password begins with Moon", "then light42#")
    assert "Moon" not in first and "light42#" not in second


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        # PINs in sentences: remembered after a question, or typed in and refused
        ("my pin for the atm? pretty sure it was 6620", "password", "6620"),
        ("I kept typing 9034 at the machine and it said wrong pin", "password", "9034"),
        ("keyed in 7713 and got incorrect pin", "password", "7713"),
        # the whole SSN after its last four
        ("my ssn ends with 2210, the whole number is 412 55 2210", "ssn", "412 55 2210"),
        ("social last four 6021, complete one is 523116021 in case you need it", "ssn", "523116021"),
        # passcodes named by who sent them, then when or where
        ("the bank sent me 604413 two minutes ago", "otp", "604413"),
        ("you sent 928104 to my cell", "otp", "928104"),
        # the code after a card and its expiry in a dump's fields
        ("4539148803436467|11|28|552|MARY/SMITH|10001", "security_code", "552"),
        ("4539148803436467:1128:552", "security_code", "552"),
        # other languages' word order in English words
        ("the code of security is 417", "security_code", "417"),
        ("the number of security on my card 552", "security_code", "552"),
        ("the secret number of the card is 8841", "password", "8841"),
        ("my number secret is 1290", "password", "1290"),
        ("access code for my internet banking: tulip#Rain9", "password", "tulip#Rain9"),
        ("my key of the app is Daisy2020!", "password", "Daisy2020!"),
        ("the secret word to access the app is Marig0ld!", "password", "Marig0ld!"),
        # a count of digits between the name and the value
        ("a senha de 6 dígitos é 552190", "password", "552190"),
        ("the 6 digit pin is 552190", "password", "552190"),
        # a PIN in two pairs
        ("my pin 82 19", "password", "82 19"),
        # dictated sounds of digits right after the name, beside other digits said
        ("the cvc is nine won too", "security_code", "nine won too"),
        ("the cvv is for tree six", "security_code", "for tree six"),
        ("my pin is won won niner ate", "password", "won won niner ate"),
        ("see vee vee is four four one", "security_code", "four four one"),
        ("cee vee vee is 3 0 8", "security_code", "3 0 8"),
        # a quoted phrase named as the password, a Canadian SIN, a passcode sent to a whole phone number
        ('my password is the phrase "seven blue horses 4"', "password", "seven blue horses 4"),
        ("my SIN is 046 454 286", "ssn", "046 454 286"),
        ("the code you sent to 212-664-0859 is 440912 but it failed", "otp", "440912"),
        ("and the tiny code is 239", "security_code", "239"),
    ],
)
def test_a_secret_in_these_forms_is_refused_and_removed(text, kind, secret):
    assert kind in {finding.kind for finding in scan(text)}, scan(text)
    assert secret not in redact(text), redact(text)


def test_a_second_passcode_after_the_first_is_removed_too():
    redacted = redact("the text code was 771204 and then I got another one 550913, which is right")
    assert "771204" not in redacted and "550913" not in redacted


@pytest.mark.parametrize(
    "text",
    [
        # a phone's last four and a new phone number laid out as one: together they pass Luhn
        "the passcode went to my old number ending 4418, the new one is (646) 555-0197",
        "the passcode went to my old number ending 4418, the new one is 646-555-0197",
        # sounds of digits as words of their own
        "I won two tickets for the game",
        "we planted a tree in 2019 for my mom",
        "the code is won tree won",
        # a count of something, not a code of security; Spanish "sin"
        "a number of security alerts came in 2024",
        "pague sin 123456789 problemas",
        # a password described, not given
        "my password starts with a capital and then numbers",
    ],
)
def test_these_harmless_messages_pass(text):
    assert scan(text) == [], redact(text)


@pytest.mark.parametrize(
    "messages",
    [
        ["my zip is", "10285"],
        ["exp 09/31", "ok thanks, what's my balance"],
        ["I paid $48.20 at the store", "is that the rest of my statement?"],
    ],
)
def test_these_harmless_chats_keep_every_message(messages):
    assert _stored(*messages) == messages
