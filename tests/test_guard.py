"""Forms the guard must refuse, forms it must allow, offsets, and split card numbers."""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

import pytest

from amexsim.guard import LABELS, WITHHELD, EarlierFinding, Finding, Guard, numbers_withheld, redact, scan

ZW = "\u200b"


def ascii_digits(text: str) -> str:
    """Every digit of any script as ASCII, everything else kept (for leak checks)."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in folded)


def only_digits(text: str) -> str:
    return "".join(c for c in ascii_digits(text) if c.isdigit())


# (text, kind, value): the finding must cover exactly `value`.
REFUSED = [
    # card numbers: groupings and separators
    ("my card is 3782 822463 10005", "card_number", "3782 822463 10005"),
    ("4111 1111 1111 1111", "card_number", "4111 1111 1111 1111"),
    ("card 4111-1111-1111-1111 please", "card_number", "4111-1111-1111-1111"),
    ("it's 3782.822463.10005.", "card_number", "3782.822463.10005"),
    ("number 378282246310005 ok", "card_number", "378282246310005"),
    ("4111 / 1111 / 1111 / 1111", "card_number", "4111 / 1111 / 1111 / 1111"),
    ("3 7 8 2 8 2 2 4 6 3 1 0 0 0 5", "card_number", "3 7 8 2 8 2 2 4 6 3 1 0 0 0 5"),
    ("3782\n822463\n10005", "card_number", "3782\n822463\n10005"),
    ("card#378282246310005thanks", "card_number", "378282246310005"),
    ("cc4111111111111111exp0827", "card_number", "4111111111111111"),
    # every network length
    ("visa 4222222222222", "card_number", "4222222222222"),
    ("visa 4111111111111111111", "card_number", "4111111111111111111"),
    ("mc 5555 5555 5555 4444", "card_number", "5555 5555 5555 4444"),
    ("mc 2223 0031 2200 3222", "card_number", "2223 0031 2200 3222"),
    ("discover 6011 1111 1111 1117", "card_number", "6011 1111 1111 1117"),
    ("diners 3056 930902 5904", "card_number", "3056 930902 5904"),
    ("jcb 3530 1113 3330 0000", "card_number", "3530 1113 3330 0000"),
    ("unionpay 6200000000000005", "card_number", "6200000000000005"),
    # Luhn-valid is a card whatever it is called
    ("order number 378282246310005", "card_number", "378282246310005"),
    # card followed by expiry and code in one run of groups
    ("4111 1111 1111 1111 08 27 123", "card_number", "4111 1111 1111 1111"),
    # fails Luhn but named as a card or account number
    ("my card number is 3782 8224 6310 006", "card_number", "3782 8224 6310 006"),
    ("account number: 123456789012", "card_number", "123456789012"),
    # scripts, invisible characters, words, typos
    ("card ４１１１ １１１１ １１１１ １１１１", "card_number", "４１１１ １１１１ １１１１ １１１１"),
    ("card ٣٧٨٢٨٢٢٤٦٣١٠٠٠٥", "card_number", "٣٧٨٢٨٢٢٤٦٣١٠٠٠٥"),
    ("card ४१११ ११११ ११११ ११११", "card_number", "४१११ ११११ ११११ ११११"),
    (f"card 3{ZW}7{ZW}8{ZW}2822463{ZW}10005", "card_number", f"3{ZW}7{ZW}8{ZW}2822463{ZW}10005"),
    ("card 3782\u00ad822463\u00ad10005", "card_number", "3782\u00ad822463\u00ad10005"),
    ("card 3782\u00a0822463\u00a010005", "card_number", "3782\u00a0822463\u00a010005"),
    (
        "it is three seven eight two eight two two four six three one oh oh oh five",
        "card_number",
        "three seven eight two eight two two four six three one oh oh oh five",
    ),
    ("3782 822463 one zero zero zero five", "card_number", "3782 822463 one zero zero zero five"),
    (
        "three seven eight two eight double two four six three one triple oh five",
        "card_number",
        "three seven eight two eight double two four six three one triple oh five",
    ),
    ("card 4lll 1111 IIII 1111", "card_number", "4lll 1111 IIII 1111"),
    ("card 378282246310OO5", "card_number", "378282246310OO5"),
    # security codes
    ("my zip is 10285 and the cvv is 123", "security_code", "123"),
    ("CID: 4821", "security_code", "4821"),
    ("the code on the back is 737", "security_code", "737"),
    ("the 4 digits on the front are 1234", "security_code", "1234"),
    ("123 is the cvv", "security_code", "123"),
    ("cvv is seven three nine", "security_code", "seven three nine"),
    # SSNs
    ("my ssn is 123-45-6789", "ssn", "123-45-6789"),
    ("social security number 123 45 6789", "ssn", "123 45 6789"),
    ("SSN: 123456789", "ssn", "123456789"),
    ("please file 219-09-9999 today", "ssn", "219-09-9999"),
    # one-time passcodes
    ("the code you texted is 482913", "otp", "482913"),
    ("my one-time passcode is 123 456", "otp", "123 456"),
    ("verification code: 48213", "otp", "48213"),
    ("482913 is the code you sent me", "otp", "482913"),
    ("OTP 55443322", "otp", "55443322"),
    # passwords and PINs
    ("my password is hunter2", "password", "hunter2"),
    ("pw: X", "password", "X"),
    ("pwd=Tr0ub4dor&3", "password", "Tr0ub4dor&3"),
    ("login is bob / s3cret", "password", "s3cret"),
    ("username: bob password: x", "password", "x"),
    ('my password is "correct horse"', "password", "correct horse"),
    ("my PIN is 4821", "password", "4821"),
    ("pin 4821", "password", "4821"),
    ("my pin is four eight two one", "password", "four eight two one"),
    # cue words with one slip in them
    ("the secuirty code is 482, thanks", "security_code", "482"),
    ("security cod 551", "security_code", "551"),
    ("ccv 123", "security_code", "123"),
    ("socal security 233 44 5567", "ssn", "233 44 5567"),
    ("my socail security number is 219099999", "ssn", "219099999"),
    ("the verifcation code is 448213", "otp", "448213"),
    ("my pasword is Tr0ub4dor&3", "password", "Tr0ub4dor&3"),
    ("passwrod: xyzzy99", "password", "xyzzy99"),
    # passcodes named by how they came
    ("security code from the text: 887120", "otp", "887120"),
    ("confirmation code you emailed: 664103", "otp", "664103"),
    ("the text said 481 902, do you need that?", "otp", "481 902"),
    # passwords: more links, short forms and passphrases
    ("p/w is Baseball#12", "password", "Baseball#12"),
    ("the password i set was MyDog$pot1 but it fails", "password", "MyDog$pot1"),
    ("password for online banking is Fluffy99", "password", "Fluffy99"),
    ("my password is: correct horse battery staple", "password", "correct horse battery staple"),
    ("passcode for the app is Kiki2015", "password", "Kiki2015"),
    ("pincode 4821", "password", "4821"),
    ("my pass word is hunter22", "password", "hunter22"),
    # cues after the value, and the code on the card named by where it is
    ("123456789 - that's my social", "ssn", "123456789"),
    ("4821 its my pin", "password", "4821"),
    ("back of card says 123", "security_code", "123"),
    # values in pieces with words between
    (
        "my amex begins with 3714 then comes 496353 and it finishes with 98431",
        "card_number",
        "3714 then comes 496353 and it finishes with 98431",
    ),
    ("first four 4111, second four 1111, third 1111, last four 1111", "card_number", "4111, second four 1111, third 1111, last four 1111"),
    ("ok the ssn: 219 ... 09 ... 9999", "ssn", "219 ... 09 ... 9999"),
    ("cvv is 4 then 8 then 2", "security_code", "4 then 8 then 2"),
    # a piece of three characters with a space inside ("8 2") is two digits, not three
    ("my card starts 3782 then 8 2 then 246310005", "card_number", "3782 then 8 2 then 246310005"),
    # security codes: a version digit, where it sits, after a question
    ("cvc-2: 482", "security_code", "482"),
    ("the code by the signature on the back is 482", "security_code", "482"),
    ("need the cvv? it's 482", "security_code", "482"),
    # passcodes named by how they came
    ("I just got a text, it says 448213", "otp", "448213"),
    ("the email you sent has 66 21 90 in it", "otp", "66 21 90"),
    # passwords: short forms, asides, filler words, typed apart
    ("pwd basically Hunter22!", "password", "Hunter22!"),
    ("my pw, for the record, is Trombone7", "password", "Trombone7"),
    ("mi clave es g a t o 9 9", "password", "g a t o 9 9"),
    # Spanish
    ("mi contraseña es: gatito99", "password", "gatito99"),
    (
        "número de tarjeta: cuatro uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno",
        "card_number",
        "cuatro uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno",
    ),
    ("clave dinámica 882211", "otp", "882211"),
    # forms a fourth blind probe set found: look-alike letters, x between groups, asides, parts out of order
    ("card 4O84 o3B4 8765 1375", "card_number", "4O84 o3B4 8765 1375"),
    ("social: 3l6-9S-6598", "ssn", "3l6-9S-6598"),
    ("card 4025x9735x2704x4722", "card_number", "4025x9735x2704x4722"),
    ("it's 5479 2499 0037 uh, ok where was I, 3162", "card_number", "5479 2499 0037 uh, ok where was I, 3162"),
    ("last eight: 09218098. first eight: 64996905", "card_number", "09218098. first eight: 64996905"),
    ("social ends 4693 and starts 247 32", "ssn", "4693 and starts 247 32"),
    ("typed backwards: 3686349018378132", "card_number", "3686349018378132"),
    ("mi código es 755879", "otp", "755879"),
    ("google authenticator says 536127", "otp", "536127"),
    ("the 6 digits you sent: 080271", "otp", "080271"),
    ("it's 04 80 66 (the text code)", "otp", "04 80 66"),
    ("exp 05/31, code 521", "security_code", "521"),
    ("cvv? sure. 6410", "security_code", "6410"),
    ("it's «Summer2024!» (password)", "password", "Summer2024!"),
    ("changed my password to bluesky_88 yesterday", "password", "bluesky_88"),
    ("user luisg77, password is the same as the username", "password", "luisg77"),
    ("password = my cat is king 22 (with the spaces)", "password", "my cat is king 22"),
    ("pass is T4c0Tuesday", "password", "T4c0Tuesday"),
]


@pytest.mark.parametrize(("text", "kind", "value"), REFUSED)
def test_refused_forms_are_found_exactly_and_redacted(text: str, kind: str, value: str) -> None:
    findings = scan(text)
    covering = [f for f in findings if text[f.start : f.end] == value]
    assert covering, f"{[(f.kind, text[f.start : f.end]) for f in findings]}"
    assert covering[0].kind == kind
    redacted = redact(text)
    assert LABELS[kind] in redacted
    digits = only_digits(value)
    if len(digits) >= 3:
        assert digits not in only_digits(redacted.replace(LABELS[kind], " "))
    assert value not in redacted


ALLOWED = [
    "my card ending in 1005 was declined",
    "last 4 digits 1005",
    "last 4 of my SSN is 1234",
    "xxxx-xxxxxx-x1005",
    "****1005",
    "XXXX XXXX XXXX 1005",
    "my zip is 10285",
    "ZIP+4 10285-1234",
    "I was charged $1,234.56",
    "€1.234,56 pending",
    "1 234,56 EUR",
    "on 08/15 and 2026-08-15 and 15.08.2026",
    "exp 08/27",
    "at 10:30",
    "call 1-800-528-4800",
    "(800) 528-4800",
    "+1 800 528 4800",
    "+86 138 0013 8000",
    "200 Vesey Street, New York, NY 10285",
    "order number 3782 8224 6310 006",
    "tracking number 1234567890123",
    "case 00123456",
    "in 2019 I bought 3 cards",
    "can I get a new CID?",
    "my new card number arrived",
    "I forgot my password",
    "how do I reset my PIN",
    "my password is not working",
    "I didn't get a verification code",
    "the code expired after 10 minutes",
    "000-12-3456",
    "666-12-3456",
    "900-12-3456",
    "123-00-4567",
    "123-45-0000",
    "my zip code is 10285",
    "password-protected statement",
    "oh no, one more thing",
    "sign-in: email / phone",
    "password: ********",
    "the card number on my statement shows 3782 **** 1005",
    "call me at 555-123-4567 or 555-765-4321",
    "sms said your card 1234 was used",
    "the text said my payment is late",
    "my social media account was hacked",
    "password: keeps getting rejected",
    "my password is: not working since monday",
    "security code on my card is worn off",
    "the back of my card is scratched, my balance is 123",
    "back of the card has a 1-800 number",
    "device S/N: XK-4111-1111-1111-1111",
    "text me the code please",
    "I got a text from you at 10:30",
    "the sms said to call 1-800-528-4800",
    "what's a cvv2?",
    "el código postal es 10285",
    "el pago de 250 dólares fue el 15/08/2026",
    "password still not working",
    "order 409095359, 2026-04-28",
    "12/25 555 5680 555 7803",
    "our company's tax id (EIN) is 12-3456789",
    "I grew up in the 1990s, in my 20s-30s",
    "screen resolution 1920x1080",
    "my boarding pass is ready",
    "order 4471 2209 8810 (ugh, the app froze) 3349",
    "the last four are 1234 and the first six are 411111",
    "refund reversed, ref 3686349018378133",
    "I forgot it (password)",
    "2022 (pin was mailed separately)",
    "codigo postal 28001",
    "the last 4 digits you sent me are 1234",
]


@pytest.mark.parametrize("text", ALLOWED)
def test_allowed_forms_are_never_flagged(text: str) -> None:
    assert scan(text) == []
    assert redact(text) == text


def test_offsets_index_the_original_text_with_fullwidth_and_invisible_characters() -> None:
    value = f"４{ZW}１１１ １１１１\u00ad １１１１ １１１１"
    text = f"Hé, ｍｙ card: {value} — thanks"
    (finding,) = scan(text)
    assert (finding.start, finding.end) == (text.index(value), text.index(value) + len(value))
    assert redact(text) == f"Hé, ｍｙ card: {LABELS['card_number']} — thanks"


def test_offsets_with_spelled_words_and_expanding_characters() -> None:
    text = "ﬁne, ﬁne: my pin is four eight two one ok"
    (finding,) = scan(text)
    assert text[finding.start : finding.end] == "four eight two one"


def test_several_findings_are_sorted_and_do_not_overlap() -> None:
    text = "card 4111 1111 1111 1111 exp 08/27 cvv 123 and my ssn is 123-45-6789"
    findings = scan(text)
    assert [f.kind for f in findings] == ["card_number", "security_code", "ssn"]
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:]))


def test_reason_never_contains_the_value() -> None:
    for text, _, value in REFUSED:
        for finding in scan(text):
            assert value not in finding.reason
            assert only_digits(value)[:4] not in finding.reason or len(only_digits(value)) < 4


def screen_all(messages: list[str]) -> list:
    guard, out = Guard(), []
    for message in messages:
        screening = guard.screen(message)
        out.append(screening)
        guard = screening.guard
    return out


def test_card_split_over_two_messages_is_flagged_with_the_earlier_span() -> None:
    first, second = screen_all(["my card is 3782 822463", "10005"])
    assert first.findings == () and first.earlier == ()
    assert [f.kind for f in second.findings] == ["card_number"]
    assert (second.findings[0].start, second.findings[0].end) == (0, 5)
    assert second.redacted == LABELS["card_number"]
    text = "my card is 3782 822463"
    assert second.earlier == (EarlierFinding(1, text.index("3782"), len(text), "card_number"),)


def test_card_split_over_three_messages_of_digit_groups() -> None:
    *_, third = screen_all(["3782", "822463", "10005"])
    assert [f.kind for f in third.findings] == ["card_number"]
    assert third.earlier == (EarlierFinding(2, 0, 4, "card_number"), EarlierFinding(1, 0, 6, "card_number"))


def test_unrelated_numbers_across_messages_are_not_joined() -> None:
    screenings = screen_all(["1005", "10285", "1234.56", "my zip is 10285", "$250 on 08/15"])
    assert all(s.findings == () and s.earlier == () for s in screenings)


def test_a_split_card_joins_across_short_chatter_but_not_across_other_numbers_or_long_messages() -> None:
    """Two blind probes typed "sorry my dog is barking" between a card's halves, and both halves
    were stored: up to two short messages with no number in them no longer part the pieces."""
    *_, last = screen_all(["3782 822463", "what is my balance?", "10005"])
    assert [f.kind for f in last.findings] == ["card_number"] and [e.messages_back for e in last.earlier] == [2]
    *_, last = screen_all(["3782 822463", "what", "is", "my balance?", "10005"])
    assert last.findings == ()  # three messages between
    *_, last = screen_all(["3782 822463", "i paid 40 dollars", "10005"])
    assert last.findings == ()  # a number between
    long = "and " * 13 + "so on"
    *_, last = screen_all(["3782 822463", long, "10005"])
    assert last.findings == ()


def test_a_topic_handed_to_an_agent_keeps_no_long_number() -> None:
    """The agent's greeting quoted "about 5308 0673 8121 120" before the next message showed it
    was most of a card: copied text withholds long numbers (amounts and dates stay)."""
    assert numbers_withheld("about 5308 0673 8121 120") == f"about {WITHHELD}"
    assert numbers_withheld("my social starts 523 41") == f"my social starts {WITHHELD}"
    assert numbers_withheld("a $1,234.56 charge on 11/03/2026 on my 1005 card") == "a $1,234.56 charge on 11/03/2026 on my 1005 card"


def test_a_later_half_may_say_it_ends_the_number_but_a_lone_ending_is_a_last_four() -> None:
    _, second = screen_all(["my card starts 3782 8224", "and ends 6310 005"])
    assert [f.kind for f in second.findings] == ["card_number"] and second.earlier
    # the chat's own verification answer: a card's last four after other numbers stays allowed
    assert all(s.findings == () and s.earlier == () for s in screen_all(["last 4 is 1005 zip 10285", "my card ends in 1005"]))
    # a phone alone is no first half ("+33 1 42 68 53 00" and "0005" pass the Luhn check together)
    assert all(s.findings == () for s in screen_all(["+33 1 42 68 53 00", "it ends in 0005"]))


def test_screen_is_pure_and_the_old_guard_is_unchanged() -> None:
    guard = Guard()
    first = guard.screen("my card is 3782 822463")
    assert guard == Guard()
    assert first.guard.screen("10005").findings
    assert guard.screen("10005").findings == ()


def test_guard_repr_never_shows_fragments() -> None:
    screening = Guard().screen("my card is 3782 822463")
    for shown in (repr(screening.guard), str(screening.guard), f"{screening.guard!r}"):
        assert "3782" not in shown and "822463" not in shown
        assert "withheld" in shown


def test_screening_matches_scan_for_a_single_message() -> None:
    text = "cvv 123 and card 4111 1111 1111 1111"
    screening = Guard().screen(text)
    assert list(screening.findings) == scan(text)
    assert screening.redacted == redact(text)


def test_finding_is_a_plain_record() -> None:
    assert Finding("otp", 1, 2, "r") == Finding("otp", 1, 2, "r")


MEGABYTE = 1_000_000


# A quarter of a megabyte of each shape that once made a pattern backtrack: a quadratic pattern would
# take minutes here; timing a whole megabyte of each belongs to benchmarks/guard_linear.py.
LONG = MEGABYTE // 4


def _random_mix(seed: int = 7) -> str:
    rng = random.Random(seed)
    words = ["the", "my", "card", "is", "pay", "one", "oh", "two", "cvv", "code", "pin", "password", "ssn", "order", "zip", "please"]
    parts, size = [], 0
    while size < LONG:
        if rng.random() < 0.6:
            part = rng.choice(words)
        else:
            part = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 8)))
        parts.append(part)
        size += len(part) + 1
    return " ".join(parts)


ADVERSARIAL = {
    "spaced": lambda: "1 " * (LONG // 2),
    "dashed": lambda: "1-" * (LONG // 2),
    "digits": lambda: "7" * LONG,
    "groups": lambda: "1234 " * (LONG // 5),
    "ssn-like": lambda: "123-45-" * (LONG // 7),
    "typos": lambda: "o1" * (LONG // 2),
    "words": lambda: "one " * (LONG // 4),
    "zero-width": lambda: f"1{ZW}" * (LONG // 2),
    "arabic": lambda: "٣ " * (LONG // 2),
    "cues": lambda: "password: " * (LONG // 10),
    "letters": lambda: "a" * LONG,
    "mix": _random_mix,
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_long_adversarial_messages_complete(name: str) -> None:
    text = ADVERSARIAL[name]()
    findings = scan(text)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)
    # the conversation guard reads a message as scan does (checked on an eighth of it)
    part = text[: LONG // 8]
    assert list(Guard().screen(part).findings) == scan(part)


def test_a_card_hidden_in_a_megabyte_is_still_found() -> None:
    text = "1 " * (MEGABYTE // 4) + "4111 1111 1111 1111" + " 1" * (MEGABYTE // 4)
    assert [f.kind for f in scan(text)] == ["card_number"]


def _cards_by_direct_search(groups: list[str]) -> list[str]:
    """The card spans of a run of groups typed apart by spaces, found the slow obvious way.

    The whole run when it has 13 to 19 digits, starts like a payment card (2 to 6) and passes
    Luhn; otherwise every window that starts so and passes Luhn with 13 to 19 digits, either up to seven groups laid out like a card (one
    group; equal groups of 3 to 8 digits then a last of up to 8; or 4-6-x), or only single
    digits in a stretch of at most 40 of them;
    overlapping windows merge (windows come by start, so only the last can overlap).
    """
    whole = "".join(groups)
    if 13 <= len(whole) <= 19 and whole[0] in "23456" and _passes_luhn(whole):
        return [" ".join(groups)]
    singles = [len(g) == 1 for g in groups]
    spans: list[list[int]] = []
    for i in range(len(groups)):
        for j in range(i + 1, len(groups) + 1):
            digits = "".join(groups[i:j])
            if not (13 <= len(digits) <= 19 and digits[0] in "23456" and _passes_luhn(digits)):
                continue
            head = [len(g) for g in groups[i : j - 1]]
            shaped = j - i <= 7 and (
                not head or head == [4, 6] or (3 <= head[0] <= 8 and set(head) == {head[0]} and len(groups[j - 1]) <= max(head[0], 7))
            )
            a, b = i, j
            while a > 0 and singles[a - 1]:
                a -= 1
            while b < len(groups) and singles[b]:
                b += 1
            if shaped or (all(singles[i:j]) and b - a <= 40):
                if spans and i < spans[-1][1]:
                    spans[-1][1] = max(spans[-1][1], j)
                else:
                    spans.append([i, j])
    return [" ".join(groups[i:j]) for i, j in spans]


def _passes_luhn(digits: str) -> bool:
    total = 0
    for k, c in enumerate(reversed(digits)):
        d = int(c) * (2 if k % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_cards_inside_long_runs_match_a_direct_window_search() -> None:
    rng = random.Random(11)
    for k in range(600):
        pool = [1] if k % 5 == 0 else [1, 2, 3, 4, 4, 4, 5, 6, 8, 13, 16]
        sizes = [rng.choice(pool) for _ in range(rng.randint(2, 30))]
        groups = ["".join(rng.choice("0123456789") for _ in range(n)) for n in sizes]
        text = " ".join(groups)
        cards = [text[f.start : f.end] for f in scan(text) if f.kind == "card_number"]
        assert cards == _cards_by_direct_search(groups), text


def _luhn_complete(body: str) -> str:
    return next(body + d for d in "0123456789" if _passes_luhn(body + d))


def test_cards_typed_with_letters_for_zeros_and_ones_are_found_exactly() -> None:
    """O or o for 0 and l or I for 1, inside a group or as a whole group between groups of digits."""
    rng = random.Random(5)
    for _ in range(500):
        prefix = rng.choice(["4", "37", "51", "6011"])
        digits = _luhn_complete(prefix + "".join(rng.choice("0011123456789") for _ in range(15 - len(prefix))))
        typed = "".join(rng.choice({"0": "0Oo", "1": "1lI"}.get(c, c)) for c in digits[:-1]) + digits[-1]
        sep = rng.choice([" ", "-", "."])
        written = sep.join(typed[i : i + 4] for i in range(0, len(typed), 4))
        text = f"my card is {written} thanks"
        found = [text[f.start : f.end] for f in scan(text) if f.kind == "card_number"]
        assert found == [written], text


def test_a_run_named_as_a_card_fails_luhn_but_is_refused_and_a_reference_number_is_not() -> None:
    """The nearest naming word decides: a card word refuses a 12-19 digit number that fails Luhn."""
    number = "3782 8224 6310 006"
    for word in ["card", "acct", "account", "cc", "amex", "visa", "mastercard", "discover", "credit", "debit"]:
        for text in [f"my {word} number is {number}", f"{number} is my {word}", f"{word}#{number}"]:
            assert [f.kind for f in scan(text)] == ["card_number"], text
    for word in ["order", "tracking", "invoice", "policy", "po", "ticket", "serial", "member id", "imei"]:
        for text in [f"my {word} number is {number}", f"the card {word} number is {number}", f"{word}#{number}"]:
            assert scan(text) == [], text
    for word in ["discard", "cardholder", "placard", "visage", "pancake"]:
        assert scan(f"the {word} said {number}") == [], word


def _one_slip(word: str) -> set[str]:
    """Every word one slip from word (after its first letter), spelled out."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = {word}
    for i in range(1, len(word) + 1):
        out.update(word[:i] + c + word[i:] for c in letters)
    for i in range(1, len(word)):
        out.add(word[:i] + word[i + 1 :])
        out.update(word[:i] + c + word[i + 1 :] for c in letters)
    for i in range(1, len(word) - 1):
        out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return out


# A cue word with one slip in it, in a message where only that cue names the value.
SLIPPED_CUES = {
    "security": ("the {} code is 482", "security_code"),
    "social": ("my {} number 219099999", "ssn"),
    "password": ("my {} is Xy7!kq", "password"),
    "verification": ("{} number 448213", "otp"),
}


@pytest.mark.parametrize("word", sorted(SLIPPED_CUES))
def test_a_cue_word_with_one_slip_still_names_the_value(word: str) -> None:
    template, kind = SLIPPED_CUES[word]
    for slipped in sorted(_one_slip(word)):
        text = template.format(slipped)
        assert [f.kind for f in scan(text)] == [kind], text


@pytest.mark.parametrize("word", sorted(SLIPPED_CUES))
def test_a_word_two_slips_away_is_not_that_cue(word: str) -> None:
    template, _ = SLIPPED_CUES[word]
    near = _one_slip(word)
    rng = random.Random(11)
    for _ in range(300):
        far = sorted(_one_slip(rng.choice(sorted(near - {word}))) - near)
        text = template.format(rng.choice(far))
        assert scan(text) == [], text


def test_short_forms_of_security_are_cues() -> None:
    assert [f.kind for f in scan("sec. code 482")] == ["security_code"]
    assert [f.kind for f in scan("sec code: 482")] == ["security_code"]


def test_overlapping_hits_merge_so_no_character_of_either_leaks() -> None:
    text = "passcode for the app is Kiki2015"
    [finding] = scan(text)
    assert text[finding.start : finding.end] == "Kiki2015"


NEIGHBOURS = Path(__file__).resolve().parent / "data" / "card_neighbours.jsonl"


def test_cards_beside_amounts_dates_order_numbers_and_digits_never_leak() -> None:
    """400 generated messages (tests/data/make_card_neighbours.py): no character of the card survives."""
    rows = [json.loads(line) for line in NEIGHBOURS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 400
    leaked = []
    for row in rows:
        text, covered = row["text"], set()
        for finding in scan(text):
            covered.update(range(finding.start, finding.end))
        if any(text[i].isdigit() and i not in covered for i in range(row["start"], row["end"])):
            leaked.append(redact(text))
    assert leaked == []


@pytest.mark.parametrize(
    "parts", [["4111", "1111", "1111", "1111"], ["378", "282", "246", "310", "005"], ["my card is 4111", "1111", "1111", "1111"]]
)
def test_card_split_over_four_or_five_messages(parts: list[str]) -> None:
    *earlier, last = screen_all(parts)
    assert all(s.findings == () for s in earlier)
    assert [f.kind for f in last.findings] == ["card_number"]
    assert [e.messages_back for e in last.earlier] == list(range(len(parts) - 1, 0, -1))


@pytest.mark.parametrize(
    "parts",
    [
        ["my card number is 3782 8224", "6310 005 and I need help"],
        ["3782 822463", "10005, can you help me with my balance?"],
        ["my card is 3782", "8224 6310", "005 thanks"],
    ],
)
def test_the_last_piece_of_a_split_card_may_run_on_into_a_request(parts: list[str]) -> None:
    """ "6310 005 and I need help" had ended the number with too many words to count as a piece,
    so the whole card reached the transcript (probe 8)."""
    *earlier, last = screen_all(parts)
    assert [f.kind for f in last.findings] == ["card_number"]
    assert len(last.earlier) == len(earlier)
    assert not any(c.isdigit() for c in last.redacted)


def test_a_number_with_a_request_after_an_amount_or_a_last_four_is_no_piece() -> None:
    for parts in (["I paid 3782 dollars", "8224 6310 005 is my order"], ["card ending 1005", "10285 and I need help"]):
        *_, last = screen_all(parts)
        assert last.findings == () and last.earlier == ()


def test_four_unrelated_numbers_in_a_row_are_not_joined() -> None:
    """Last four, ZIP, an amount and a day: 16 digits, but the first cannot start a card."""
    *_, last = screen_all(["1005", "10285", "250", "0815"])
    assert last.findings == () and last.earlier == ()


@pytest.mark.parametrize("second", ["1005 10285", "1005/10285", "10285, 1005", "(1005) (10285)"])
def test_two_tries_at_the_verification_details_are_no_card_split_over_two_messages(second):
    # "3333 10285" then "1005 10285": eighteen digits that pass the Luhn check by chance
    assert _passes_luhn("333310285100510285")
    guard = Guard()
    first = guard.screen("3333 10285")
    assert first.findings == ()
    again = first.guard.screen(second)
    assert again.findings == () and again.earlier == () and again.redacted == second


def test_a_card_read_out_in_its_own_groups_is_still_caught_over_messages():
    guard = Guard()
    for piece in ("3782", "822463"):
        guard = guard.screen(piece).guard
    last = guard.screen("10005")
    assert [f.kind for f in last.findings] == ["card_number"] and len(last.earlier) == 2


@pytest.mark.parametrize(
    ("first", "value", "kind"),
    [
        ("my password is", "Marigold#14", "password"),
        ("do you need the cvv?", "482", "security_code"),
        ("I just got a text with a code", "559021", "otp"),
        ("my social starts 523 41", "8876", "ssn"),
    ],
)
def test_a_value_sent_on_its_own_after_the_message_that_named_it_is_refused(first: str, value: str, kind: str) -> None:
    """Found by the thirtieth blind probe: a cue left at the end of one message ("my password is")
    and the value alone in the next had both passed, and the value was stored word for word."""
    before, after = screen_all([first, value])
    assert before.findings == ()
    assert [f.kind for f in after.findings] == [kind]
    assert value not in after.redacted
    if kind == "ssn":  # the part of the number in the message before is removed from it too
        assert [e.messages_back for e in after.earlier] == [1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("what's the zip on file", "10285"),
        ("my card ends in", "1005"),
        ("how much is the annual fee", "695"),
        ("call me at", "212 555 0143"),
        ("my order number is", "4417 2290 1133"),
        ("i want to change my password", "thanks"),
        ("whats my security code for", "1005 10285"),
    ],
)
def test_a_harmless_number_after_a_harmless_message_stays_allowed(first: str, second: str) -> None:
    assert all(s.findings == () for s in screen_all([first, second]))


def test_a_card_given_as_its_first_twelve_then_its_last_four_is_joined() -> None:
    """ "the first twelve are 5529 5181 7560" then "and the last 4 are 4802": the count of digits
    says the first piece is part of a number; the second had been taken as a last four."""
    _, second = screen_all(["the first twelve are 5529 5181 7560", "and the last 4 are 4802"])
    assert [f.kind for f in second.findings] == ["card_number"] and second.earlier


@pytest.mark.parametrize(
    ("text", "kind", "kept_out"),
    [
        ("cvv is 381 sorry 318", "security_code", ["381", "318"]),
        ("pw Rex99, sorry I mean Rex990", "password", ["Rex99"]),
        ("social 604 22 1187, no sorry, 604 22 1178", "ssn", ["1187", "1178"]),
        ("el código es 330918, perdón, 330981", "otp", ["330918", "330981"]),
        ("sorry, it's 410529 not 410592 (the verification code)", "otp", ["410529", "410592"]),
    ],
)
def test_a_value_corrected_in_the_same_message_is_removed_with_the_first(text: str, kind: str, kept_out: list[str]) -> None:
    """The thirty-first blind probe: the mistyped value was removed and the corrected one stored,
    while the reply said the secret was removed."""
    screening = Guard().screen(text)
    assert {f.kind for f in screening.findings} == {kind}
    assert all(value not in screening.redacted for value in kept_out), screening.redacted


@pytest.mark.parametrize(
    "text", ["my cvv is 381, not sure if thats right", "the code is 482913 sorry about that", "code 4821 no 2 is fine"]
)
def test_words_after_a_value_that_correct_nothing_take_nothing_more(text: str) -> None:
    assert len(Guard().screen(text).findings) == 1


@pytest.mark.parametrize(
    ("text", "kind"), [("mycvv is 482", "security_code"), ("myssn is 233458812", "ssn"), ("mypassword is Sunflower88", "password")]
)
def test_a_possessive_glued_to_the_cue_word_still_names_it(text: str, kind: str) -> None:
    assert [f.kind for f in Guard().screen(text).findings] == [kind]


def test_a_card_split_as_the_answer_to_the_last_four_question_is_joined() -> None:
    """The eleventh conversation probe: "last 4? ok my card is 3782" then "8224 6310" then "005",
    and "... here is the whole thing 3782" then "822463 10005" (printed 4-6-5) were stored whole."""
    *_, last = screen_all(["last 4? ok my card is 3782", "8224 6310", "005"])
    assert [f.kind for f in last.findings] == ["card_number"] and len(last.earlier) == 2
    _, second = screen_all(["you asked for the last 4? here is the whole thing 3782", "822463 10005"])
    assert [f.kind for f in second.findings] == ["card_number"] and second.earlier


def test_a_split_card_whose_second_half_comes_before_a_zip_code_is_joined() -> None:
    """The twelfth conversation probe: "3714 4963" then "5398 431 and my zip is 60614" was stored
    whole (the ZIP, the second message's last number, was tried as the piece)."""
    _, second = screen_all(["my card is 3714 4963", "5398 431 and my zip is 60614"])
    assert [f.kind for f in second.findings] == ["card_number"] and second.earlier
    assert "60614" in second.redacted


def test_a_correction_after_an_aside_is_removed_too() -> None:
    screening = Guard().screen("my ssn is 219-09-9999 if you need it, no wait i mean 219 09 9999")
    assert "9999" not in screening.redacted


# ----- the thirty-second probe and the thirteenth conversation probe: values across messages -----


@pytest.mark.parametrize(
    "messages",
    [
        ["cvv 482", "sorry 428"],
        ["cvv 482", "no wait, it's 428"],
        ["my cvv is 482", "oops typo, 248"],
        ["the code you texted is 558201", "sorry I mean 558210"],
        ["my pin is 4821", "sorry I mean 4812"],
        ["password is Rex99", "actually it's Rex990"],
        ["pw: Rex99", "Rex990 sorry"],
    ],
)
def test_a_correction_sent_as_the_next_message_is_removed_too(messages: list[str]) -> None:
    """The value refused, then the right one in the next message: kept as typed, it was the secret."""
    first, second = screen_all(messages)
    assert first.findings and second.findings
    corrected = messages[1]
    value = max(corrected.replace(",", " ").split(), key=lambda word: sum(c.isdigit() for c in word))
    assert value not in second.redacted


@pytest.mark.parametrize(
    "messages",
    [
        ["ssn 523", "41", "8876"],
        ["my social security number is 523", "then 41", "then 8876"],
        ["my ssn is", "512", "44", "7831"],
    ],
)
def test_an_ssn_read_out_over_three_messages_is_removed_from_each(messages: list[str]) -> None:
    *_, last = screen_all(messages)
    assert [f.kind for f in last.findings] == ["ssn"]
    assert sorted(e.messages_back for e in last.earlier) == [1, 2]


@pytest.mark.parametrize(
    ("messages", "back"),
    [
        (["the cvv is", "let me flip the card", "482"], 0),
        (["my password is", "hold on", "Marigold#14"], 0),
        (["card 4835 2298", "hold on", "3712 5408"], 2),
        (["card 4835 2298", "one sec", "3712 5408"], 2),
    ],
)
def test_a_message_asking_for_a_moment_does_not_part_a_value_from_its_cue(messages: list[str], back: int) -> None:
    """ "hold on" between the cue (or the first half) and the value: the value is still read with it,
    and the pause itself is never taken for the value."""
    _, pause, last = screen_all(messages)
    assert pause.findings == () and pause.redacted == messages[1]
    assert last.findings and messages[2] not in last.redacted
    assert [e.messages_back for e in last.earlier] == ([back] if back else [])


@pytest.mark.parametrize(
    "messages",
    [
        ["cvv 482", "sorry, 1005 10285"],  # the verification details after a refusal
        ["cvv 482", "1005"],
        ["my pin is 4821", "no I want to pay 2000"],
        ["my cvv is 482", "sorry, what is my balance"],
        ["hold on", "1005 10285"],
        ["what is my balance", "hold on", "ok thanks"],
    ],
)
def test_what_follows_a_refusal_or_a_pause_is_otherwise_left_alone(messages: list[str]) -> None:
    assert screen_all(messages)[-1].findings == ()


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (["i forgot my password", "it used to be Sacher#Torte99"], "Sacher#Torte99"),
        (["the app won't take my password", "i type Sacher#Torte99 and it says invalid"], "Sacher#Torte99"),
        (["hi", "need my pw? Falcon!2025"], "Falcon!2025"),
        (["hi", "my login info: jordanr88 Rainier!44"], "Rainier!44"),
    ],
)
def test_a_password_shaped_value_in_or_after_a_message_about_a_password_is_removed(messages: list[str], value: str) -> None:
    assert value not in screen_all(messages)[-1].redacted


@pytest.mark.parametrize("text", ["login_attempts=3 locked=true unlock_after=30m", "reset my password, my e-mail is j.doe99@mail.com"])
def test_settings_and_addresses_beside_a_password_word_are_no_password(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("СVV 619", "security_code", "619"),  # a Cyrillic С
        ("my раssword is Harbor!612", "password", "Harbor!612"),  # a Cyrillic р and а
        ("the vcc is 781", "security_code", "781"),
        ("cvvv: 320", "security_code", "320"),
        ("secutiry code 763", "security_code", "763"),
        ("good thru 07/29  857", "security_code", "857"),
        ("came through on iMessage: 602902", "otp", "602902"),
        ("got it in telegram 562583", "otp", "562583"),
        ("it's [4144][0439][9797][4000]", "card_number", "4144][0439][9797][4000"),
        ("#3767#303093#43000", "card_number", "3767#303093#43000"),
    ],
)
def test_forms_of_the_thirty_second_probe_are_found(text: str, kind: str, value: str) -> None:
    findings = scan(text)
    assert [(f.kind, text[f.start : f.end]) for f in findings] == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    ["exp 09/28 and 1005 is the last four", "order #123#456 ok", "Привет, мой номер заказа 12345", "good thru 07/29 and my zip is 10285"],
)
def test_look_alikes_of_the_thirty_second_probe_stay(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize(
    "messages",
    [
        ["first half 4582 5772", "hold on my dog is barking", "second half 0568 2268"],
        ["card 4009 3070", "what time do you close", "sorry", "6808 0888"],
        ["amex 3763 234156", "sorry my kid is yelling", "90728"],
        ["hi i need help with my gold card, number is 3794 120738", "sorry my dog is barking", "72046"],
    ],
)
def test_a_card_read_out_with_chatter_between_its_pieces_is_removed_from_each(messages: list[str]) -> None:
    *_, last = screen_all(messages)
    assert [f.kind for f in last.findings] == ["card_number"] and last.earlier


@pytest.mark.parametrize(
    ("messages", "kind"),
    [
        (["I lost my card", "the verification code you sent is", "9 1 7 2 2 4"], "otp"),  # digits typed apart
        (["my pin is 73", "91"], "password"),  # a PIN typed on in the next message
    ],
)
def test_a_value_after_its_cue_message_in_other_shapes_is_removed(messages: list[str], kind: str) -> None:
    *_, last = screen_all(messages)
    assert [f.kind for f in last.findings] == [kind]


@pytest.mark.parametrize(
    "messages", [["my card ends 1005", "what's my balance", "10285"], ["1005", "hi", "10285"], ["my zip is 102", "85"]]
)
def test_verification_details_around_chatter_stay(messages: list[str]) -> None:
    assert all(s.findings == () for s in screen_all(messages))


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("it just pinged: 708581", "otp", "708581"),
        ("Google Auth: 891 776", "otp", "891 776"),
        ("codigo d seguridad 337", "security_code", "337"),
    ],
)
def test_forms_of_the_thirty_third_probe_are_found(text: str, kind: str, value: str) -> None:
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [(kind, value)]


@pytest.mark.parametrize("text", ["the code 5812 on my statement, what is that?", "what is code 5812 on my bill"])
def test_a_code_printed_on_a_statement_is_no_passcode(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the password i use is blue sky 2020 all lowercase no spaces", "blue sky 2020"),  # only "blue" had gone
        ("my password is red apple 77 no spaces", "red apple 77"),
        ("password is Blue Sky 2020 (no spaces)", "Blue Sky 2020"),
    ],
)
def test_a_password_of_words_typed_together_is_removed_whole(text: str, value: str) -> None:
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("password", value)]


def test_a_remark_on_how_passwords_are_typed_is_no_password() -> None:
    assert scan("my password is case sensitive or all lowercase") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("my online pin is Tiger99", "password", "Tiger99"),  # a PIN with letters is a password
        ("security pin: Tiger99", "password", "Tiger99"),
        ("my atm pin is Rex#2291 can you reset it", "password", "Rex#2291"),
        ("cv code 447", "security_code", "447"),
        ("sec cd 629", "security_code", "629"),
        ("vcode 840261", "otp", "840261"),
        ("ok so it starts 4499 and then, hold on, 6402 then 7658 and finally 6719", "card_number", None),
    ],
)
def test_forms_of_the_thirty_fourth_probe_and_the_fifteenth_conversations_are_found(text: str, kind: str, value: str | None) -> None:
    findings = scan(text)
    assert [f.kind for f in findings] == [kind]
    if value is not None:
        assert text[findings[0].start : findings[0].end] == value


@pytest.mark.parametrize("text", ["statement code STMT-2026-11 is missing", "my pin is locked", "pin is required", "my cv is attached"])
def test_identifiers_and_talk_about_a_pin_stay(text: str) -> None:
    assert scan(text) == []


def test_a_passcode_with_a_one_letter_prefix_is_still_one() -> None:
    """ "G-448190" is how some passcodes come: only a prefix of two letters or more makes an identifier."""
    assert [f.kind for f in scan("G-448190 is your code")] == ["otp"]


@pytest.mark.parametrize(
    "messages",
    [
        ["cvv 7391", "7319"],
        ["cvv 7391", "ok fine: 7319"],
        ["cvv 7391", "or 7319"],
        ["cvv 7391", "why did you remove it? it is 7319"],
        ["cvv 7391", "hmm that might be wrong, let me check", "ok it's 7319"],
        ["el cvv es 7391", "o 7319"],
        ["my password is Bluejay$2231", "or maybe Redfox#7780"],
        ["my password is Bluejay$2231", "why did you remove it, I need help, try Redfox#7780"],
        ["my pin is 5821", "fine, 5812 then"],
        ["the code you texted is 604219", "a new one came: 771203"],
        ["my ssn is 612-38-4471", "ok then 287 65 9023"],
    ],
)
def test_another_value_sent_after_a_refused_one_is_removed(messages: list[str]) -> None:
    """The thirty-fifth probe: after a refusal, the value typed again (the same, another one, or
    "or ...") was stored as typed, with or without a word of correction."""
    last = screen_all(messages)[-1]
    assert last.findings and not any(c.isdigit() for c in last.redacted)


@pytest.mark.parametrize(
    "messages",
    [
        ["cvv 7391", "last 4 1005 zip 10285"],
        ["cvv 7391", "1005 10285"],
        ["cvv 482", "i paid 2000 yesterday"],
        ["cvv 482", "1005"],
        ["my pin is 5821", "my zip is 10285"],
        ["my social is 612", "hang on", "38", "sorry my dog", "4471", "last 4 1005 zip 10285"],
    ],
)
def test_the_details_the_chat_asks_for_after_a_refusal_stay(messages: list[str]) -> None:
    assert screen_all(messages)[-1].findings == ()


@pytest.mark.parametrize(
    "text", ["cvv 7391 or maybe 7319", "soc 612-38-4471 ok then 287 65 9023", "the code you texted is 604219, a new one came: 771203"]
)
def test_a_second_value_offered_in_the_same_message_is_removed_too(text: str) -> None:
    assert len(scan(text)) == 2


def test_pieces_of_a_card_not_yet_complete_are_pending_and_verification_details_are_not() -> None:
    """ "/save" between the pieces of a card had kept all but its check digit in the copy."""
    *_, last = screen_all(["my card is 3714", "6573", "8291", "40"])
    assert len(last.guard.pending()) == 4
    *_, last = screen_all(["1005", "10285"])
    assert last.guard.pending() == ()
