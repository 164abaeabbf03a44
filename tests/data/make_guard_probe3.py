"""Third blind probe set for the sensitive-data guard: writes guard_probe3.jsonl next to this file.

Written blind: this generator and its phrasings were written before, and without, reading the
guard's code (amexsim/), its tests (tests/test_guard*.py), the earlier generators
(make_guard_corpus.py, make_guard_probe.py, make_guard_probe2.py) or their .jsonl output. Only the
small Luhn helper in cardnumbers.py was read and is used here. The set was not run against the
guard and nothing in it was tuned to the guard's behaviour.

Each line is {"text", "sensitive", "kind" (only when sensitive), "note" (the family name)}.

Sensitive families
  card_pieces_words    a Luhn-valid card (Amex 15, Visa 16/13/19, Mastercard 51-55 and 2221-2720,
                       Discover 6011, 19-digit) given in pieces inside one message with words
                       between the pieces ("starts with ... then ... and ends ...", ordinals, "space")
  card_pieces_punct    the same with dots, slashes, "--", "|", commas, "and", newlines, bullets,
                       numbered lists, or one digit at a time
  card_adjacent        a card right next to another number: an amount, a date, an order number, a
                       single digit, a 4-digit year, a trailing 1234, an expiry
  card_words_en        a card in English number words (digit by digit, "oh", "double", pairs)
  card_words_es        a card in Spanish number words ("cuatro uno uno ...", "cero", pairs)
  card_plain           plain baselines, English and Spanish, across issuers and lengths
  ssn_pieces           an SSN piece by piece with words between the pieces
  ssn_spanish          SSNs in Spanish, in digits and in words
  ssn_plain            plain SSN forms
  cvv_spaced_digits    security code typed with its digits (or its name) apart
  cvv_versioned_name   cvv2 / cvc2 / CID2 and similar glued names
  cvv_synonyms         CSC, CVN, CID, "card verification value/code", "card security number", ...
  cvv_location         the code described by where it sits on the card instead of by name
  cvv_after_question   the value in a sentence after a question that names it
  cvv_spanish          Spanish security-code phrasings
  otp_by_channel       one-time passcodes named only by how they arrived (text, sms, message)
  otp_spanish          Spanish one-time passcode phrasings
  otp_plain            plain one-time passcode baselines
  password_short_cue   pw / pwd / passwd / pass / p/w cues
  password_same_as     "it's the same as my email one: ..."
  password_filler      filler words between the cue and the value
  password_spaced      a password typed with spaces or dashes between its characters
  pin                  PINs, spaced or not
  password_spanish     contraseña / clave / PIN / NIP

Harmless families (sensitive: false): serial_number, order_reference, tracking, amount,
date_time, phone, zip_address, last_four, masked, talk_about, near_miss_cue, spanish_harmless,
points, year, flight, loyalty_number, phone_with_text.

Every card in a sensitive line passes Luhn (asserted). In every harmless line, every digit run of
13+ digits and every concatenation of consecutive digit runs totalling 13-19 digits fails Luhn
(asserted), and no harmless line holds a ddd-dd-dddd shape. SSNs are plausible: area not 000, 666
or 900-999, group not 00, serial not 0000.

Run from the repo root (python tests/data/make_guard_probe3.py) or from tests/data/.
"""

import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from cardnumbers import luhn_ok, with_check_digit  # noqa: E402

SEED = 30303
OUT = os.path.join(HERE, "guard_probe3.jsonl")

rng = random.Random(SEED)


# ---------------------------------------------------------------------------- number helpers


def digits(n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def non_luhn(n, prefix=""):
    """n digits starting with prefix that fail Luhn."""
    while True:
        s = prefix + digits(n - len(prefix))
        if s[0] == "0":
            continue
        if not luhn_ok(s):
            return s


FAMOUS_CARDS = [
    "371449635398431",
    "378282246310005",
    "378734493671000",
    "4111111111111111",
    "4012888888881881",
    "5555555555554444",
    "5105105105105100",
    "6011111111111117",
    "6011000990139424",
    "4222222222222",
    "2223003122003222",
]


def card(brand=None):
    if brand is None and rng.random() < 0.12:
        c = rng.choice(FAMOUS_CARDS)
        assert luhn_ok(c) and 13 <= len(c) <= 19
        return c
    if brand is None:
        brand = rng.choices(["amex", "visa", "mc", "mc2", "discover", "visa13", "len19"], weights=[30, 18, 12, 8, 10, 8, 14])[0]
    if brand == "amex":
        prefix, length = rng.choice(["34", "37"]), 15
    elif brand == "visa":
        prefix, length = "4", 16
    elif brand == "mc":
        prefix, length = str(rng.randint(51, 55)), 16
    elif brand == "mc2":
        prefix, length = str(rng.randint(2221, 2720)), 16
    elif brand == "discover":
        prefix, length = "6011", 16
    elif brand == "visa13":
        prefix, length = "4", 13
    else:
        prefix, length = rng.choice(["4", "6011", "62", "6011"]), 19
    c = with_check_digit(prefix + digits(length - 1 - len(prefix)))
    assert luhn_ok(c) and 13 <= len(c) <= 19, c
    return c


def std_groups(c):
    n = len(c)
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 16:
        sizes = [4, 4, 4, 4]
    elif n == 13:
        sizes = rng.choice([[4, 4, 5], [4, 3, 3, 3]])
    elif n == 19:
        sizes = rng.choice([[4, 4, 4, 4, 3], [4, 4, 4, 7], [6, 13]])
    else:
        sizes = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    return cut(c, sizes)


def odd_groups(c):
    """An irregular split into 3-5 pieces, as people read a card aloud."""
    while True:
        k = rng.randint(3, 5)
        cuts = sorted(rng.sample(range(2, len(c) - 1), k - 1))
        sizes = [b - a for a, b in zip([0] + cuts, cuts + [len(c)])]
        if min(sizes) >= 2:
            return cut(c, sizes)


def groups(c):
    """Three or more pieces: usually the printed grouping, sometimes an irregular one."""
    g = odd_groups(c) if rng.random() < 0.25 else std_groups(c)
    return g if len(g) >= 3 else odd_groups(c)


def cut(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    assert "".join(out) == s
    return out


def ssn_parts():
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    assert a != "000" and a != "666" and not a.startswith("9") and g != "00" and s != "0000"
    return a, g, s


def cvv(n=None):
    n = n or rng.choice([3, 3, 4])
    return digits(n)


def otp(n=6):
    return digits(n)


def pin():
    return rng.choice(["0000", "1234", "2580"]) if rng.random() < 0.12 else digits(4)


WORDS = [
    "sunshine",
    "hunter",
    "dragon",
    "maple",
    "fluffy",
    "yankees",
    "summer",
    "monkey",
    "charlie",
    "princess",
    "football",
    "tigger",
    "bella",
    "coco",
    "riverside",
    "buster",
    "jasmine",
    "pepper",
    "oliver",
    "shadow",
    "mustang",
    "blessed",
    "gatito",
    "mariposa",
]
LEET = str.maketrans({"o": "0", "a": "4", "e": "3", "i": "1", "s": "$"})


def password():
    w = rng.choice(WORDS)
    style = rng.randint(0, 6)
    if style == 0:
        return w + digits(2)
    if style == 1:
        return w.capitalize() + digits(rng.choice([2, 4])) + rng.choice("!#$@")
    if style == 2:
        return w.translate(LEET).capitalize() + rng.choice(["&3", "99", "!", "2024"])
    if style == 3:
        return rng.choice(["Tr0ub4dor&3", "Hunter2!", "correcthorsebattery", "P@ssw0rd1", "qwerty123", "iloveyou2", "Letmein!7"])
    if style == 4:
        return w + rng.choice(["_", ".", ""]) + rng.choice(WORDS) + digits(1)
    if style == 5:
        return w.upper()[:3] + digits(3) + w[3:]
    return rng.choice(["M@ple", "B3lla", "Sh@dow", "Coco"]) + digits(2) + rng.choice(["!", "?", "*"])


EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ES_TEENS = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"]
ES_VEINTI = [
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
ES_TENS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]


def en_digits(s, oh=False, sep=" "):
    return sep.join(("oh" if (oh and ch == "0") else EN[int(ch)]) for ch in s)


def en_digits_double(s):
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1] and (i + 2 >= len(s) or s[i + 2] != s[i]):
            out.append("double " + EN[int(s[i])])
            i += 2
        else:
            out.append(EN[int(s[i])])
            i += 1
    return " ".join(out)


def en_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return ("oh " if rng.random() < 0.7 else "zero ") + EN[b]
    if a == 1:
        return EN_TEENS[b]
    return EN_TENS[a] + ("" if b == 0 else rng.choice(["-", " "]) + EN[b])


def en_pairs(s):
    parts = []
    if len(s) % 2:
        parts.append(EN[int(s[0])])
        s = s[1:]
    parts += [en_pair(s[i : i + 2]) for i in range(0, len(s), 2)]
    return " ".join(parts)


def es_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return "cero " + ES[b]
    if a == 1:
        return ES_TEENS[b]
    if a == 2:
        return ES_VEINTI[b]
    return ES_TENS[a] + ("" if b == 0 else " y " + ES[b])


def es_pairs(s):
    parts = []
    if len(s) % 2:
        parts.append(ES[int(s[0])])
        s = s[1:]
    parts += [es_pair(s[i : i + 2]) for i in range(0, len(s), 2)]
    return ", ".join(parts)


def es_digits(s, sep=" "):
    return sep.join(ES[int(ch)] for ch in s)


def spaced(s, sep=" "):
    return sep.join(s)


ORD = ["first", "second", "third", "fourth", "fifth", "sixth"]
COUNT_EN = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 13: "thirteen"}


def card_name(c):
    names = ["card", "card number", "card #", "credit card", "cc", "card no", "account number on the card"]
    if c[:2] in ("34", "37"):
        names += ["amex", "amex number"]
    return rng.choice(names)


# ---------------------------------------------------------------------------- card families


def cpw_starts_then_ends():
    c = card()
    g = groups(c)
    mid = " then ".join(g[1:-1])
    return f"{card_name(c)} starts with {g[0]} then {mid} and ends {g[-1]}"


def cpw_first_next_last():
    g = groups(card())
    parts = [f"first {COUNT_EN.get(len(g[0]), len(g[0]))} {g[0]}"]
    for x in g[1:-1]:
        parts.append(f"{rng.choice(['next', 'then', 'after that'])} {x}")
    parts.append(f"last {COUNT_EN.get(len(g[-1]), len(g[-1]))} {g[-1]}")
    return "ok " + ", ".join(parts)


def cpw_and_then():
    c = card()
    g = groups(c)
    return f"the {card_name(c)} is {' and then '.join(g)}" + rng.choice([" i think", "", " if i read it right", " lol my eyes"])


def cpw_begins_followed():
    g = groups(card())
    mid = "".join(f", followed by {x}" for x in g[1:-1])
    return f"it begins with {g[0]}{mid}, and finishes with {g[-1]}"


def cpw_ordinal_parts():
    g = groups(card())
    return "card number: " + " ".join(f"{ORD[i]} part {x}" for i, x in enumerate(g))


def cpw_space_word():
    g = groups(card())
    return f"number on the card is {' space '.join(g)}"


def cpw_ends_in():
    g = groups(card())
    return f"{g[0]} is the start, middle is {' '.join(g[1:-1])}, and it ends in {g[-1]}"


def cpw_typo():
    g = groups(card())
    return f"strats with {g[0]} thn {' thn '.join(g[1:-1])} an ends w {g[-1]} can u check it"


def cpw_bits():
    g = groups(card())
    names = ["(first bit)", "(second bit)", "(third bit)", "(fourth bit)", "(fifth bit)"]
    return "so its " + " ".join(f"{x} {names[i]}" for i, x in enumerate(g[:-1])) + f" {g[-1]} (last bit)"


def cpw_group_says():
    g = groups(card())
    s = f"the first group says {g[0]}"
    for i, x in enumerate(g[1:-1], start=1):
        s += f", group {COUNT_EN.get(i + 1)} says {x}"
    return s + f" and the final group is {g[-1]}"


def cpw_wait():
    g = groups(card())
    return f"hold on reading it off the card... {g[0]} ... ok {' ... '.join(g[1:-1])} ... and {g[-1]}"


def cpw_runon():
    g = groups(card())
    return (
        f"yes so i need to dispute a charge on my card which is {g[0]} then {g[1]} and the "
        f"rest is {' '.join(g[2:])} and the charge was from a store i never went to"
    )


CARD_PIECES_WORDS = [
    cpw_starts_then_ends,
    cpw_first_next_last,
    cpw_and_then,
    cpw_begins_followed,
    cpw_ordinal_parts,
    cpw_space_word,
    cpw_ends_in,
    cpw_typo,
    cpw_bits,
    cpw_group_says,
    cpw_wait,
    cpw_runon,
]


def _lead():
    return rng.choice(["card is ", "here: ", "my card number ", "", "number -> ", "its ", "ok here it is ", "cc: "])


def cpp_dots():
    return _lead() + ". ".join(groups(card()))


def cpp_dots_tight():
    return _lead() + ".".join(std_groups(card()))


def cpp_slash():
    return _lead() + rng.choice(["/", " / "]).join(groups(card()))


def cpp_dashdash():
    return _lead() + " -- ".join(groups(card()))


def cpp_newlines():
    g = groups(card())
    return rng.choice(["card:\n", "here it is\n", "my card\n", ""]) + "\n".join(g) + rng.choice(["\nthx", "", "\nthats it"])


def cpp_numbered_lines():
    g = groups(card())
    fmt = rng.choice(["{i}) {x}", "{i}. {x}", "{i}: {x}"])
    return "card number\n" + "\n".join(fmt.format(i=i + 1, x=x) for i, x in enumerate(g))


def cpp_numbered_inline():
    g = groups(card())
    return "number is " + " ".join(f"{i + 1}. {x}" for i, x in enumerate(g))


def cpp_bullets():
    g = groups(card())
    return "my card:\n" + "\n".join(f"- {x}" for x in g)


def cpp_and():
    return _lead() + " and ".join(groups(card()))


def cpp_commas():
    return _lead() + ", ".join(groups(card()))


def cpp_pipes():
    return _lead() + " | ".join(groups(card()))


def cpp_underscore_colon():
    return _lead() + rng.choice(["_", ":", "~", "*"]).join(std_groups(card()))


def cpp_single_digits():
    c = card()
    return _lead() + spaced(c, rng.choice([" ", " ", "  ", "-", ". "]))


def cpp_ellipsis():
    return _lead() + "...".join(groups(card()))


def cpp_mixed():
    g = std_groups(card())
    seps = [". ", " / ", " - ", ", ", " -- ", "\n"]
    s = g[0]
    for x in g[1:]:
        s += rng.choice(seps) + x
    return _lead() + s


def cpp_parens():
    g = groups(card())
    return _lead() + " ".join(f"({x})" for x in g)


CARD_PIECES_PUNCT = [
    cpp_dots,
    cpp_dots_tight,
    cpp_slash,
    cpp_dashdash,
    cpp_newlines,
    cpp_numbered_lines,
    cpp_numbered_inline,
    cpp_bullets,
    cpp_and,
    cpp_commas,
    cpp_pipes,
    cpp_underscore_colon,
    cpp_single_digits,
    cpp_ellipsis,
    cpp_mixed,
    cpp_parens,
]


def _maybe_grouped(c):
    return " ".join(std_groups(c)) if rng.random() < 0.35 else c


def ca_amount():
    amt = rng.choice(["$200", "$1,250.00", "$45", "200", "$89.99", "$3500"])
    return rng.choice(["please charge {a} {c}", "pay {a} {c}", "can you take {a} from {c}", "put {a} on {c} today"]).format(
        a=amt, c=_maybe_grouped(card())
    )


def ca_date():
    d = rng.choice(["11/15/2026", "2026-11-15", "03/02", "12/01/2025", "on 4/7"])
    return rng.choice(["charge on {d} {c} was declined", "{d} {c} i was double billed", "{c} {d} that was the date it got stolen"]).format(
        d=d, c=_maybe_grouped(card())
    )


def ca_order():
    o = digits(rng.choice([5, 6, 7, 8]), first_nonzero=True)
    return rng.choice(["order {o} {c}", "order number {o}, {c} is the card i paid with", "ref {o} {c}"]).format(
        o=o, c=_maybe_grouped(card())
    )


def ca_single_digit():
    d = rng.choice("123456789")
    return rng.choice(["option {d} {c}", "{d} {c}", "i have {d} cards, this one is {c}", "card {d} {c}"]).format(
        d=d, c=_maybe_grouped(card())
    )


def ca_year():
    y = str(rng.randint(1995, 2031))
    return rng.choice(["since {y} {c}", "{c} {y}", "opened in {y} {c}", "the {y} card {c}"]).format(y=y, c=_maybe_grouped(card()))


def ca_trailing_1234():
    t = rng.choice(["1234", digits(4)])
    return rng.choice(["{c} {t}", "acct {c} {t} thanks", "{c} {t} main st is the billing address"]).format(t=t, c=_maybe_grouped(card()))


def ca_leading_5():
    return rng.choice(["5 {c}", "card 5 {c}", "#5 {c}"]).format(c=_maybe_grouped(card()))


def ca_expiry():
    e = f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}"
    return rng.choice(["{c} exp {e}", "{c} {e}", "{c} expires {e}"]).format(e=e, c=_maybe_grouped(card()))


def ca_comma_joined():
    o = digits(5, first_nonzero=True)
    return f"order {o},{card()}"


def ca_two_numbers():
    return f"my zip is {digits(5, True)} and the card is {_maybe_grouped(card())} and i owe {rng.randint(20, 900)}"


CARD_ADJACENT = [
    ca_amount,
    ca_date,
    ca_order,
    ca_single_digit,
    ca_year,
    ca_trailing_1234,
    ca_leading_5,
    ca_expiry,
    ca_comma_joined,
    ca_two_numbers,
]


def cwe_plain():
    c = card()
    return f"my card number is {en_digits(c, oh=rng.random() < 0.4)}"


def cwe_grouped():
    g = std_groups(card())
    return "the card is " + ", ".join(en_digits(x) for x in g)


def cwe_double():
    return f"ok its {en_digits_double(card())}"


def cwe_pairs():
    return f"card number {en_pairs(card())}"


def cwe_hyphen():
    return "number: " + en_digits(card(), sep="-")


def cwe_caps():
    g = std_groups(card())
    return "Card Number Is " + "  ".join(en_digits(x).title() for x in g)


def cwe_dictated():
    g = std_groups(card())
    return "using voice to text sorry. " + " period ".join(en_digits(x, oh=True) for x in g) + " that's the card"


CARD_WORDS_EN = [cwe_plain, cwe_grouped, cwe_double, cwe_pairs, cwe_hyphen, cwe_caps, cwe_dictated]


def cws_plain():
    return f"mi tarjeta es {es_digits(card())}"


def cws_grouped():
    g = std_groups(card())
    return "el número de mi tarjeta es " + ", ".join(es_digits(x) for x in g)


def cws_noaccent():
    return f"numero de tarjeta: {es_digits(card())}"


def cws_luego():
    g = std_groups(card())
    return "te paso la tarjeta: " + " y luego ".join(es_digits(x) for x in g)


def cws_pairs():
    return f"los números de la tarjeta son {es_pairs(card())}"


def cws_empieza():
    g = groups(card())
    return f"empieza con {es_digits(g[0])}, sigue {es_digits(''.join(g[1:-1]))} y termina en {es_digits(g[-1])}"


CARD_WORDS_ES = [cws_plain, cws_grouped, cws_noaccent, cws_luego, cws_pairs, cws_empieza]


def cpl_en():
    return rng.choice(["my card number is {c}", "card: {c}", "here's the number {c}", "its {c} can you check why it got declined"]).format(
        c=_maybe_grouped(card())
    )


def cpl_es():
    return rng.choice(["mi número de tarjeta es {c}", "tarjeta {c}", "el numero es {c}"]).format(c=_maybe_grouped(card()))


def cpl_dashed():
    return "card # " + "-".join(std_groups(card()))


CARD_PLAIN = [cpl_en, cpl_es, cpl_dashed]


# ---------------------------------------------------------------------------- SSN families


def sp_first_middle_last():
    a, g, s = ssn_parts()
    return f"the first three are {a}, middle two {g}, last four {s}"


def sp_social_then():
    a, g, s = ssn_parts()
    return f"social: {a} then {g} then {s}"


def sp_starts_ends():
    a, g, s = ssn_parts()
    return f"ssn starts with {a}, then {g}, ends with {s}"


def sp_and():
    a, g, s = ssn_parts()
    return f"my social is {a} and {g} and {s}"


def sp_parts():
    a, g, s = ssn_parts()
    return f"ss number first part {a} second part {g} last part {s}"


def sp_dots():
    a, g, s = ssn_parts()
    return f"for the ssn: {a}... {g}... {s}"


def sp_newlines():
    a, g, s = ssn_parts()
    return f"ssn\n{a}\n{g}\n{s}"


def sp_slashes():
    a, g, s = ssn_parts()
    return f"social security # {a} / {g} / {s}"


def sp_runon():
    a, g, s = ssn_parts()
    return f"they asked me for my social so its {a} and the middle is {g} and the end is {s} please hurry i need this fixed"


def sp_verify():
    a, g, s = ssn_parts()
    return f"to verify: social begins {a}, the two in the middle {g}, and it finishes {s}"


SSN_PIECES = [sp_first_middle_last, sp_social_then, sp_starts_ends, sp_and, sp_parts, sp_dots, sp_newlines, sp_slashes, sp_runon, sp_verify]


def ses_dashes():
    a, g, s = ssn_parts()
    return f"mi número de seguro social es {a}-{g}-{s}"


def ses_spaces():
    a, g, s = ssn_parts()
    return f"mi seguro social: {a} {g} {s}"


def ses_run():
    a, g, s = ssn_parts()
    return f"numero de seguro social {a}{g}{s}"


def ses_pieces():
    a, g, s = ssn_parts()
    return f"del seguro social, los primeros tres son {a}, los dos del medio {g} y los últimos cuatro {s}"


def ses_ssn():
    a, g, s = ssn_parts()
    return f"mi ssn es {a}-{g}-{s}"


def ses_luego():
    a, g, s = ssn_parts()
    return f"el social es {a} luego {g} luego {s}"


def ses_words():
    a, g, s = ssn_parts()
    return f"mi seguro social es {es_digits(a)}, {es_digits(g)}, {es_digits(s)}"


def ses_seguridad():
    a, g, s = ssn_parts()
    return f"número de seguridad social: {a}-{g}-{s}"


SSN_SPANISH = [ses_dashes, ses_spaces, ses_run, ses_pieces, ses_ssn, ses_luego, ses_words, ses_seguridad]


def spl_dashes():
    a, g, s = ssn_parts()
    return f"my ssn is {a}-{g}-{s}"


def spl_run():
    a, g, s = ssn_parts()
    return f"SSN:{a}{g}{s}"


def spl_spaces():
    a, g, s = ssn_parts()
    return f"social security number {a} {g} {s}"


def spl_hash():
    a, g, s = ssn_parts()
    return f"ss# {a}-{g}-{s}"


def spl_dots():
    a, g, s = ssn_parts()
    return f"soc sec {a}.{g}.{s}"


def spl_taxid():
    a, g, s = ssn_parts()
    return f"tax id (my social) is {a}-{g}-{s}"


def spl_verify():
    a, g, s = ssn_parts()
    return f"here's my social {a}-{g}-{s} can you verify me now"


def spl_words():
    a, g, s = ssn_parts()
    return f"my social is {en_digits(a)} {en_digits(g)} {en_digits(s)}"


SSN_PLAIN = [spl_dashes, spl_run, spl_spaces, spl_hash, spl_dots, spl_taxid, spl_verify, spl_words]


# ---------------------------------------------------------------------------- security codes


def csd_cvv_spaced_name():
    return f"c v v is {spaced(cvv(3))}"


def csd_cvv():
    return f"cvv {spaced(cvv(3))}"


def csd_security_code():
    return f"security code {spaced(cvv(4))}"


def csd_dashes():
    return f"the cvc is {spaced(cvv(3), '-')}"


def csd_cid():
    return f"CID: {spaced(cvv(4))}"


def csd_wide():
    return f"ok cvv   {spaced(cvv(3), '  ')}"


def csd_dotted_name():
    return f"c.v.v. {cvv(3)}"


def csd_back():
    return f"code on back {spaced(cvv(3))}"


CVV_SPACED = [csd_cvv_spaced_name, csd_cvv, csd_security_code, csd_dashes, csd_cid, csd_wide, csd_dotted_name, csd_back]


def cvn_cvv2():
    return f"cvv2 {cvv(3)}"


def cvn_cvc2():
    return f"cvc2: {cvv(3)}"


def cvn_cid2():
    return f"CID2 {cvv(4)}"


def cvn_cvv2_code():
    return f"CVV2 code is {cvv(3)}"


def cvn_eq():
    return f"my cvc2 = {cvv(3)}"


def cvn_dash():
    return f"cvv-2 {cvv(3)}"


def cvn_slash():
    return f"CVV2/CVC2 {cvv(3)}"


def cvn_cvn2():
    return f"the cvn2 on it is {cvv(3)}"


CVV_VERSIONED = [cvn_cvv2, cvn_cvc2, cvn_cid2, cvn_cvv2_code, cvn_eq, cvn_dash, cvn_slash, cvn_cvn2]


def csy_csc():
    return f"CSC {cvv(3)}"


def csy_cvn():
    return f"CVN: {cvv(3)}"


def csy_value():
    return f"card verification value is {cvv(3)}"


def csy_code():
    return f"card verification code {cvv(3)}"


def csy_security_number():
    return f"card security number {cvv(4)}"


def csy_four_digit():
    return f"the 4 digit code is {cvv(4)}"


def csy_security_num():
    return f"security number {cvv(3)}"


def csy_cid_number():
    return f"card identification number is {cvv(4)}"


def csy_cvv_plain():
    return f"the CVV is {cvv(3)}"


def csy_cvc_plain():
    return f"cvc {cvv(3)} expiry is fine"


def csy_cid_plain():
    return f"and the cid {cvv(4)}"


CVV_SYNONYMS = [
    csy_csc,
    csy_cvn,
    csy_value,
    csy_code,
    csy_security_number,
    csy_four_digit,
    csy_security_num,
    csy_cid_number,
    csy_cvv_plain,
    csy_cvc_plain,
    csy_cid_plain,
]


def cl_signature():
    return f"the 3 numbers on the back by the signature strip are {cvv(3)}"


def cl_front_above():
    return f"the little 4-digit number printed above the card number on the front is {cvv(4)}"


def cl_signed():
    return f"on the back next to where i signed it says {cvv(3)}"


def cl_last_three():
    return f"the last three digits on the back of the card: {cvv(3)}"


def cl_right_side():
    return f"the small numbers on the front above the long number, right side, {cvv(4)}"


def cl_white_box():
    return f"the digits in the white box on the back {cvv(3)}"


def cl_panel():
    return f"back of card, after the signature panel: {cvv(3)}"


CVV_LOCATION = [cl_signature, cl_front_above, cl_signed, cl_last_three, cl_right_side, cl_white_box, cl_panel]


def cq_what_for():
    return f"what's the cvv for? anyway it's {cvv(3)}"


def cq_need():
    return f"do you need the security code? {cvv(4)}"


def cq_why_cid():
    return f"why do u need the cid?? fine {cvv(4)}"


def cq_cvc_needed():
    return f"is the cvc needed? here {cvv(3)}"


def cq_three_digit():
    return f"wait you want the 3 digit one on the back? ok {cvv(3)}"


def cq_csc_too():
    return f"do i give you the csc too? its {cvv(3)}"


CVV_AFTER_Q = [cq_what_for, cq_need, cq_why_cid, cq_cvc_needed, cq_three_digit, cq_csc_too]


def cs_codigo():
    return f"código de seguridad {cvv(3)}"


def cs_el_cvv():
    return f"el cvv es {cvv(3)}"


def cs_atras():
    return f"los tres números de atrás son {cvv(3)}"


def cs_noaccent():
    return f"codigo de seguridad de la tarjeta: {cvv(4)}"


def cs_numero_seg():
    return f"el número de seguridad atrás de la tarjeta es {cvv(3)}"


def cs_frente():
    return f"los 4 números chiquitos al frente son {cvv(4)}"


CVV_SPANISH = [cs_codigo, cs_el_cvv, cs_atras, cs_noaccent, cs_numero_seg, cs_frente]


# ---------------------------------------------------------------------------- one-time passcodes


def split_otp(o):
    k = rng.choice([2, 3, 4])
    return o[:k] + rng.choice([" ", "-", " "]) + o[k:]


OTP_CHANNEL = [
    lambda: f"the text you just sent says {otp()}",
    lambda: f"got an sms with {otp()}",
    lambda: f"in my messages it says {otp()}",
    lambda: f"the number you texted me is {split_otp(otp())}",
    lambda: f"your text: {otp()}",
    lambda: f"just got your text, {otp()}",
    lambda: f"the message from amex reads {otp()}",
    lambda: f"your sms came through: {otp()}",
    lambda: f"it just texted me {otp()} is that what u need",
    lambda: f"the email you sent me has {otp()} in it",
    lambda: f"the notification on my phone says {otp()}",
    lambda: f"i got a txt w/ {otp()}",
    lambda: f"the one that came to my phone is {otp(rng.choice([6, 6, 4, 8]))}",
    lambda: f"texted: {otp()}",
    lambda: f"ur message says {split_otp(otp())}",
    lambda: f"ok the text came, it's {otp()}",
]

OTP_SPANISH = [
    lambda: f"el código que me llegó por mensaje es {otp()}",
    lambda: f"clave de verificación {otp()}",
    lambda: f"me llegó un sms con {otp()}",
    lambda: f"el mensaje de texto dice {otp()}",
    lambda: f"codigo de verificacion: {otp()}",
    lambda: f"la clave que me mandaron es {otp()}",
    lambda: f"el número que me enviaron por sms es {split_otp(otp())}",
    lambda: f"clave dinámica {otp()}",
]

OTP_PLAIN = [
    lambda: f"verification code is {otp()}",
    lambda: f"one time passcode {otp()}",
    lambda: f"otp: {otp()}",
    lambda: f"the passcode is {otp()}",
    lambda: f"2fa code {otp()}",
]


# ---------------------------------------------------------------------------- passwords and PINs

PW_SHORT = [
    lambda: f"pw is {password()}",
    lambda: f"pwd: {password()}",
    lambda: f"passwd {password()}",
    lambda: f"pass: {password()}",
    lambda: f"p/w {password()}",
    lambda: f"pword is {password()}",
    lambda: f"my pw = {password()}",
    lambda: f"login pass {password()}",
    lambda: f"psswd: {password()}",
    lambda: f"user is jsmith, pw {password()}",
]

PW_SAME_AS = [
    lambda: f"it's the same as my email one: {password()}",
    lambda: f"same as my gmail password, {password()}",
    lambda: f"it's the same password i use for netflix: {password()}",
    lambda: f"the login is the same as my bank one which is {password()}",
    lambda: f"same one as my yahoo account {password()}",
]

PW_FILLER = [
    lambda: f"my password is basically just {password()}",
    lambda: f"password, if that helps, would be {password()}",
    lambda: f"my password i think is {password()}",
    lambda: f"the password should still be {password()} unless my son changed it",
    lambda: f"password is probably {password()} or maybe {password()}",
    lambda: f"my online password is literally {password()}",
    lambda: f"password for the app, pretty sure it's {password()}",
    lambda: f"my password has always been {password()}",
]


def _pw_spaced():
    return spaced(password(), rng.choice([" ", " ", "-"]))


PW_SPACED = [
    lambda: f"my password is {_pw_spaced()}",
    lambda: f"password: {spaced(password(), '-')}",
    lambda: f"pw {spaced(password().upper())}",
    lambda: f"the password is {spaced(password().lower())} all lowercase",
    lambda: f"typing it slowly: my password = {_pw_spaced()}",
]

PIN = [
    lambda: f"pin {spaced(pin())}",
    lambda: f"my pin number is {pin()}",
    lambda: f"pin: {pin()}",
    lambda: f"my atm pin is {pin()}",
    lambda: f"PIN {pin()} for the card",
    lambda: f"the pin i set was {pin()}",
    lambda: f"pin# {pin()}",
    lambda: f"my pin is {spaced(pin(), rng.choice([' ', '-']))}",
    lambda: f"card pin = {digits(6)}",
]

PW_SPANISH = [
    lambda: f"mi contraseña es {password()}",
    lambda: f"contraseña: {password()}",
    lambda: f"mi clave es {password()}",
    lambda: f"mi PIN es {pin()}",
    lambda: f"mi nip es {pin()}",
    lambda: f"la contraseña de la app es {password()}",
    lambda: f"contrasena {password()}",
    lambda: f"mi clave del cajero es {pin()}",
]


# ---------------------------------------------------------------------------- harmless families

US_AREAS = ["212", "646", "718", "917", "415", "312", "773", "305", "213", "617", "404", "702"]


def ul(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def g4(k):
    return [digits(4) for _ in range(k)]


SERIAL = [
    lambda: "serial SN-" + "-".join(g4(4)),
    lambda: "model XJ " + " ".join(g4(3)),
    lambda: "my card reader's serial is SN" + digits(12),
    lambda: "device id: DEV-" + "-".join(g4(5)),
    lambda: f"the terminal S/N is {ul(2)}{' '.join(g4(4))}",
    lambda: "the sticker on the router says S/N " + " ".join(g4(4)),
    lambda: "part no. PN " + "-".join(g4(3)),
    lambda: f"my phone is a SM-G{digits(3)} serial R58{ul(1)}{digits(7)}",
    lambda: f"the pos terminal shows TID {ul(3)}-" + "-".join(g4(4)) + " on the receipt",
    lambda: f"asset tag {ul(2)}-{digits(4)}-{digits(4)}-{digits(4)}-{digits(4)} fell off the laptop",
    lambda: "model no " + ul(2) + digits(4) + " / serial " + ul(3) + digits(8),
    lambda: f"card reader firmware v{rng.randint(1, 9)}.{rng.randint(0, 20)} serial {ul(2)}{digits(10)}",
]

ORDER_REF = [
    lambda: f"order #{digits(rng.choice([6, 7, 8]), True)}",
    lambda: f"order number {non_luhn(rng.choice([13, 14, 15, 16]))} never arrived",
    lambda: f"confirmation number {digits(10, True)}",
    lambda: f"invoice INV-{digits(6)}",
    lambda: "reference " + " ".join(cut(non_luhn(16), [4, 4, 4, 4])),
    lambda: f"case number {digits(8, True)}",
    lambda: f"the confirmation for my payment was {ul(2)}{digits(2)}{ul(2)}{digits(2)}",
    lambda: f"ticket 00{digits(6)}",
    lambda: "dispute reference " + " ".join(cut(non_luhn(16), [4, 4, 4, 4])),
    lambda: f"transaction id {non_luhn(18)}",
    lambda: f"my payment confirmation is {non_luhn(15)} from yesterday",
    lambda: f"receipt no. {digits(4)}-{digits(6)}-{digits(3)}",
    lambda: f"booking ref {ul(6)}, hotel confirmation {non_luhn(14)}",
    lambda: f"amazon order {digits(3)}-{digits(7)}-{digits(7)} shows a charge i don't recognize",
]

TRACKING = [
    lambda: f"ups tracking 1Z{digits(3)}{ul(3)}{digits(10)}",
    lambda: f"fedex tracking {digits(12, True)}",
    lambda: f"fedex says {non_luhn(15)} is out for delivery",
    lambda: "usps tracking 9400 1" + digits(3) + " " + " ".join(g4(3)) + " " + digits(2),
    lambda: f"USPS {non_luhn(20, '92')}",
    lambda: f"my replacement card shipped? tracking {non_luhn(22, '94')}",
    lambda: f"the tracking number on the envelope is {non_luhn(16)}",
    lambda: f"dhl waybill {digits(10, True)}",
    lambda: "track " + " ".join(cut(non_luhn(20, "9"), [4, 4, 4, 4, 4])),
    lambda: f"tracking 1Z {ul(3)} {digits(3)} {digits(2)} {digits(4)} {digits(4)}",
]

AMOUNT = [
    lambda: f"i want to pay ${rng.randint(1, 9)},{digits(3)}.{digits(2)}",
    lambda: f"pay {rng.choice([100, 200, 250, 500])} on the {rng.choice(['1st', '15th', '20th', '3rd'])}",
    lambda: f"I paid ${rng.randint(1, 9)},{digits(3)}.{digits(2)} on the 3rd and it's not showing",
    lambda: "can i split 1500 into 3 payments of 500",
    lambda: f"my minimum due is ${rng.randint(25, 140)}.00",
    lambda: f"the charge of ${rng.randint(10, 999)}.{digits(2)} from 11/02 is wrong",
    lambda: f"i want to pay 2,500 now and the rest {rng.randint(1, 3)},{digits(3)} next month",
    lambda: f"can my credit limit go to {rng.choice([15000, 20000, 25000])}?",
    lambda: f"refund of {rng.randint(10, 99)}.{digits(2)} still pending",
    lambda: f"balance says {rng.randint(1000, 9999)}.{digits(2)} but i paid {rng.randint(100, 999)}",
    lambda: "autopay took $1,234.56 twice",
]

DATE_TIME = [
    lambda: f"payment due 11/{rng.randint(10, 28)}/2026",
    lambda: f"statement date 2026-11-{rng.randint(10, 28)}",
    lambda: f"call me at {rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])}pm",
    lambda: f"due date {rng.randint(1, 28)} nov 2026",
    lambda: "open between 9:00 and 17:30?",
    lambda: f"on 03/04/2025 at 10:{rng.randint(10, 59)} am i was charged twice",
    lambda: "statement closes on the 28th",
    lambda: f"my card expires {rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
    lambda: f"i'll be traveling from 12/{rng.randint(10, 20)} to 01/{rng.randint(2, 9):02d}",
    lambda: f"the charge posted 2025-10-{rng.randint(10, 30)} 14:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
]

PHONE = [
    lambda: "call 1-800-528-4800",
    lambda: f"my number is (212) 555-01{rng.randint(10, 99)}",
    lambda: "i'm abroad, reach me at +44 20 7946 0958",
    lambda: f"mexico number +52 55 {digits(4, True)} {digits(4)}",
    lambda: f"call me 646.555.01{rng.randint(10, 99)}",
    lambda: f"my cell is 917 555 01{rng.randint(10, 99)}",
    lambda: f"+1 (415) 555-01{rng.randint(10, 99)} ext {digits(3)}",
    lambda: "international: +33 1 42 68 53 00",
    lambda: f"work phone 312-555-01{rng.randint(10, 99)}, home 773-555-01{rng.randint(10, 99)}",
    lambda: "is 1 800 992 3404 really amex?",
    lambda: f"you can call me back on 07700 900{digits(3)} (uk mobile)",
    lambda: f"phone: 1{rng.choice(US_AREAS)}55501{rng.randint(10, 99)}",
]

ZIP_ADDRESS = [
    lambda: "zip 10285",
    lambda: f"ZIP+4 10285-{digits(4)}",
    lambda: "200 Vesey Street, New York, NY 10285",
    lambda: f"my billing zip is 90210-{digits(4)}",
    lambda: f"i moved to {rng.randint(100, 9999)} N Kenmore Ave Apt {rng.randint(1, 9)}B, Chicago IL 60640",
    lambda: f"PO Box {rng.randint(100, 9999)} Phoenix AZ 85001",
    lambda: f"new address {rng.randint(10, 999)} Main St, Springfield, IL 627{digits(2)}",
    lambda: f"ship it to {rng.randint(1000, 99999)} Ocean Dr Unit {rng.randint(100, 2400)}, Miami FL 33139",
]

LAST_FOUR = [
    lambda: f"last 4 is {digits(4)} zip {digits(5, True)}",
    lambda: f"ends in {digits(4)}",
    lambda: f"last four of my social is {digits(4)}",
    lambda: f"card ending {digits(4)}",
    lambda: f"the last 4 digits of my ssn are {digits(4)} and dob 03/14/19{rng.randint(50, 99)}",
    lambda: f"amex ending in {digits(5)}",
    lambda: f"my card ends with {digits(4)}, the one i use for gas",
    lambda: f"its the gold card, last 5 {digits(5)}",
    lambda: f"ssn last 4: {digits(4)}",
    lambda: f"the card ending in {digits(4)} was lost, not the one ending in {digits(4)}",
    lambda: f"last four {digits(4)}, name on card Maria Lopez",
    lambda: f"verify with last 4 of social {digits(4)} and zip {digits(5, True)}",
]

MASKED = [
    lambda: f"xxxx-xxxxxx-x{digits(4)}",
    lambda: f"****{digits(4)}",
    lambda: f"XXX-XX-{digits(4)}",
    lambda: f"statement shows •••• {digits(4)}",
    lambda: f"card 3xxx xxxxxx x{digits(4)}",
    lambda: f"****-****-****-{digits(4)}",
    lambda: f"it says ending ...{digits(4)}",
    lambda: f"acct ending in x{digits(4)}",
    lambda: f"the app shows ***-**-{digits(4)} for my ssn",
    lambda: f"my card number is XXXX XXXXXX X{digits(4)} on the letter",
]

TALK_ABOUT = [
    "I forgot my password",
    "do you need my CVV?",
    "I didn't get the text with the code",
    "what is a CID",
    "my pin got blocked",
    "the sms never arrived",
    "where do i find the security code on my card",
    "can you resend the one time passcode",
    "how do i reset my pin",
    "i won't give my social over chat",
    "is it safe to type my card number here?",
    "my password isn't working",
    "the verification text went to my old number",
    "what does cvv2 mean",
    "why does the app keep asking for my ssn",
    "i think someone stole my card number",
    "can i change my password to something longer",
    "the code expired before i could type it",
    "do you guys ever ask for the pin?",
    "no sms yet, still waiting",
    "my cvv is scratched off, can you send a new card",
    "what's the difference between cvc and cid",
    "should i read you the numbers on the back?",
    "i got a text asking for my password, is that a scam",
    "my social security card is lost, do i need to tell you",
]

NEAR_MISS = [
    lambda: f"my password is {rng.choice([8, 10, 12, 16])} characters long, is that enough",
    lambda: "the pin has to be 4 digits right?",
    lambda: "is the cvv 3 or 4 digits on amex",
    lambda: f"the code you texted expires in {rng.choice([5, 10, 15])} minutes?",
    lambda: f"i got {rng.choice([2, 3, 4])} texts from you today",
    lambda: f"my password expired {rng.choice([30, 60, 90])} days ago",
    lambda: f"you sent the code {rng.choice([3, 4, 5])} times and none worked",
    lambda: "the security code box only lets me type 3 numbers",
    lambda: "how many digits is a social security number, 9?",
    lambda: "my card number has 15 digits, is that normal for amex",
    lambda: f"your text at 10:{rng.randint(10, 59)} said my payment posted",
    lambda: f"I entered my pin wrong {rng.choice([2, 3])} times",
    lambda: f"the otp was sent {rng.choice([2, 3, 4])} minutes ago but nothing came",
    lambda: f"i changed my password on {rng.randint(1, 12)}/{rng.randint(1, 28)}",
]

SPANISH_HARMLESS = [
    lambda: "quiero pagar mi saldo",
    lambda: "mi código postal es 10285",
    lambda: f"llámame al 212 555 01{rng.randint(10, 99)}",
    lambda: "olvidé mi contraseña",
    lambda: "no me llegó el código",
    lambda: f"mi pedido {digits(6, True)} no ha llegado",
    lambda: f"pagué $1,{digits(3)}.{digits(2)} el 15/11/2026",
    lambda: "¿dónde está el código de seguridad en mi tarjeta?",
    lambda: f"mi tarjeta termina en {digits(4)}",
    lambda: f"tengo {rng.randint(10, 99)}000 puntos",
    lambda: "quiero cambiar mi pin",
    lambda: "el mensaje nunca llegó",
    lambda: f"mándame un texto al 415 555 01{rng.randint(10, 99)}",
    lambda: f"vivo en la calle {rng.randint(2, 40)} número {rng.randint(100, 999)}",
    lambda: "¿cuál es el número de atención al cliente?",
    lambda: f"mi vuelo es el AM {rng.randint(100, 999)} el 15 de noviembre",
    lambda: "no voy a dar mi número de seguro social por chat",
    lambda: f"los últimos cuatro de mi seguro social son {digits(4)}",
]

POINTS = [
    lambda: f"I have {rng.randint(100, 250)}{digits(3)} points",
    lambda: f"transfer {rng.randint(10, 90)},000 points to delta",
    lambda: f"how many points do i get for {rng.randint(1, 9)}{digits(3)} spent",
    lambda: f"i had {rng.randint(90, 99)}{digits(3)} points yesterday and now fewer",
    lambda: f"redeem 25000 points for a {rng.choice([150, 200, 250])} statement credit",
    lambda: f"my membership rewards balance is {rng.randint(1, 9)}{digits(2)},{digits(3)}",
    lambda: f"i earned {rng.randint(2, 9)}x points on {rng.randint(1, 9)}{digits(3)} of dining",
    lambda: f"welcome offer said {rng.choice([60, 80, 100])},000 points after {rng.choice([3, 4, 6])},000 spend",
]

YEAR = [
    lambda: f"member since {rng.randint(1985, 2015)}",
    lambda: f"I've had this card since {rng.randint(1995, 2020)}",
    lambda: f"can i get my {rng.randint(2015, 2019)} and {rng.randint(2020, 2024)} statements",
    lambda: f"born in {rng.randint(1940, 2002)}",
    lambda: f"we opened the account in {rng.randint(1990, 2005)} and closed it {rng.randint(2006, 2020)}",
    lambda: f"annual fee for {rng.randint(2025, 2027)}?",
]

FLIGHT = [
    lambda: f"flight AA {rng.randint(100, 2999)}",
    lambda: f"UA{rng.randint(100, 2999)} on 11/15",
    lambda: f"DL {rng.randint(100, 999)} from JFK got cancelled",
    lambda: f"booked BA {rng.randint(100, 299)} seat {rng.randint(10, 45)}A with my card",
    lambda: f"my flight number is {rng.randint(1000, 2999)}, can i get lounge access",
    lambda: f"B6 {rng.randint(100, 1999)} JFK-LAX 11/20 {rng.randint(6, 11)}:{rng.choice(['05', '40'])}am",
]

LOYALTY = [
    lambda: f"my skymiles number is {digits(10, True)}",
    lambda: f"Marriott Bonvoy member {digits(9, True)}",
    lambda: f"hilton honors # {non_luhn(13)}",
    lambda: f"delta skymiles {digits(10, True)}",
    lambda: f"costco membership {digits(12, True)}",
    lambda: f"my known traveler number is {digits(9, True)}",
    lambda: f"aadvantage number {ul(3)}{digits(4)}",
    lambda: f"my frequent flyer number is {non_luhn(14)}, please link it",
    lambda: f"loyalty card {non_luhn(16)} for the hotel program",
    lambda: f"membership no. {non_luhn(13)} (gym)",
]

PHONE_WITH_TEXT = [
    lambda: f"text me at 415 555 01{rng.randint(10, 99)}",
    lambda: f"you can sms me on +1 646 555 01{rng.randint(10, 99)}",
    lambda: f"send the code to my cell 917-555-01{rng.randint(10, 99)}",
    lambda: f"my new number for texts is (312) 555-01{rng.randint(10, 99)}",
    lambda: f"pls text 212 555 01{rng.randint(10, 99)} instead of my old number",
    lambda: f"whatsapp me +52 55 {digits(4, True)} {digits(4)}",
    lambda: f"the sms came from 2{digits(4)}, is that you?",
    lambda: f"texts should go to 1-{rng.choice(US_AREAS)}-555-01{rng.randint(10, 99)} now",
    lambda: f"i never got a text on 718 555 01{rng.randint(10, 99)}",
    lambda: f"update my mobile for verification messages: 305.555.01{rng.randint(10, 99)}",
]


# ---------------------------------------------------------------------------- voice and checks

PREFIX_EN = ["", "", "", "hi ", "ok ", "hello, ", "um ", "so ", "hey there ", "yes ", "sorry ", "ok so ", "ugh "]
SUFFIX_EN = ["", "", "", " thanks", " thx", " pls", "!!", " ok?", " ty", ".", " asap", " can you help", "?"]
PREFIX_ES = ["", "", "hola, ", "buenas, ", "oye ", "ok "]
SUFFIX_ES = ["", "", " gracias", " por favor", ".", " porfa"]

SPANISH_FAMILIES = {"card_words_es", "ssn_spanish", "cvv_spanish", "otp_spanish", "password_spanish", "spanish_harmless"}


PW_FAMILIES = {"password_short_cue", "password_same_as", "password_filler", "password_spaced", "pin", "password_spanish"}


def voice(text, family):
    """Customer voice: an optional greeting and sign-off (never digits), sometimes all lower or
    all upper case (never upper for passwords, which would change what is typed)."""
    pre, suf = (PREFIX_ES, SUFFIX_ES) if family in SPANISH_FAMILIES else (PREFIX_EN, SUFFIX_EN)
    prefix, suffix = rng.choice(pre), rng.choice(suf)
    if prefix and text.lower().split()[0] == prefix.split()[0].rstrip(","):
        prefix = ""  # no "ok ok ..."
    if suffix.strip() in (".", "?", "!!") and text[-1] in ".?!":
        suffix = ""
    text = prefix + text + suffix
    r = rng.random()
    if r < 0.2:
        text = text.lower()
    elif r < 0.25 and family not in PW_FAMILIES:
        text = text.upper()
    return text


def harmless_ok(text):
    """No 13+ digit run and no concatenation of consecutive runs (13-19 digits) passes Luhn."""
    if re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", text):
        return False
    runs = re.findall(r"\d+", text)
    for i in range(len(runs)):
        if len(runs[i]) >= 13 and luhn_ok(runs[i]):
            return False
        total = ""
        for j in range(i, len(runs)):
            total += runs[j]
            if len(total) > 19:
                break
            if len(total) >= 13 and luhn_ok(total):
                return False
    return True


def make(template):
    return template() if callable(template) else template


FAMILIES = [
    # (family, kind or None, count, templates)
    ("card_pieces_words", "card_number", 14, CARD_PIECES_WORDS),
    ("card_pieces_punct", "card_number", 15, CARD_PIECES_PUNCT),
    ("card_adjacent", "card_number", 14, CARD_ADJACENT),
    ("card_words_en", "card_number", 8, CARD_WORDS_EN),
    ("card_words_es", "card_number", 9, CARD_WORDS_ES),
    ("card_plain", "card_number", 3, CARD_PLAIN),
    ("ssn_pieces", "ssn", 10, SSN_PIECES),
    ("ssn_spanish", "ssn", 8, SSN_SPANISH),
    ("ssn_plain", "ssn", 7, SSN_PLAIN),
    ("cvv_spaced_digits", "security_code", 8, CVV_SPACED),
    ("cvv_versioned_name", "security_code", 8, CVV_VERSIONED),
    ("cvv_synonyms", "security_code", 11, CVV_SYNONYMS),
    ("cvv_location", "security_code", 7, CVV_LOCATION),
    ("cvv_after_question", "security_code", 6, CVV_AFTER_Q),
    ("cvv_spanish", "security_code", 6, CVV_SPANISH),
    ("otp_by_channel", "otp", 16, OTP_CHANNEL),
    ("otp_spanish", "otp", 8, OTP_SPANISH),
    ("otp_plain", "otp", 5, OTP_PLAIN),
    ("password_short_cue", "password", 10, PW_SHORT),
    ("password_same_as", "password", 5, PW_SAME_AS),
    ("password_filler", "password", 8, PW_FILLER),
    ("password_spaced", "password", 5, PW_SPACED),
    ("pin", "password", 9, PIN),
    ("password_spanish", "password", 8, PW_SPANISH),
    ("serial_number", None, 12, SERIAL),
    ("order_reference", None, 14, ORDER_REF),
    ("tracking", None, 10, TRACKING),
    ("amount", None, 10, AMOUNT),
    ("date_time", None, 10, DATE_TIME),
    ("phone", None, 12, PHONE),
    ("zip_address", None, 8, ZIP_ADDRESS),
    ("last_four", None, 12, LAST_FOUR),
    ("masked", None, 10, MASKED),
    ("talk_about", None, 25, TALK_ABOUT),
    ("near_miss_cue", None, 13, NEAR_MISS),
    ("spanish_harmless", None, 18, SPANISH_HARMLESS),
    ("points", None, 8, POINTS),
    ("year", None, 5, YEAR),
    ("flight", None, 5, FLIGHT),
    ("loyalty_number", None, 10, LOYALTY),
    ("phone_with_text", None, 10, PHONE_WITH_TEXT),
]


def build():
    rows, seen = [], set()
    for family, kind, count, templates in FAMILIES:
        order = list(templates)
        rng.shuffle(order)
        made, slot = 0, 0
        while made < count:
            assert slot < count * 3, (family, made, count)
            template = order[slot % len(order)]  # every template before any repeats
            slot += 1
            for _ in range(100):  # redraw the numbers (and voice) until the line is usable
                text = voice(make(template), family)
                if (kind is not None or harmless_ok(text)) and text.lower() not in seen:
                    break
            else:
                continue
            seen.add(text.lower())
            row = {"text": text, "sensitive": kind is not None}
            if kind:
                row["kind"] = kind
            row["note"] = family
            rows.append(row)
            made += 1
    rng.shuffle(rows)
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    sensitive = sum(r["sensitive"] for r in rows)
    print(f"wrote {len(rows)} lines to {OUT}: {sensitive} sensitive, {len(rows) - sensitive} harmless")
    print("per kind:")
    for kind, n in sorted(Counter(r.get("kind", "(harmless)") for r in rows).items()):
        print(f"  {kind:20s} {n}")
    print("per family:")
    for fam, n in sorted(Counter(r["note"] for r in rows).items()):
        print(f"  {fam:20s} {n}")


if __name__ == "__main__":
    main()
