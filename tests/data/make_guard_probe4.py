"""Fourth blind probe set for the amexsim sensitive-data guard.

Written BLIND: before (and without) reading the guard (amexsim/), any earlier test data
(tests/, apart from the tiny Luhn helper in tests/data/cardnumbers.py whose two functions are
copied below), the README, or any other worktree.  Nothing here was tuned against the guard,
and the guard was never run while writing it.

Output: guard_probe4.jsonl next to this file, one JSON object per line:
    {"text": ..., "sensitive": true|false, "kind": <only when sensitive>, "note": <family>}
kind is one of card_number, security_code, ssn, otp, password (PINs count as password).

Deterministic: a single random.Random(SEED), stdlib only, deterministic shuffle.

Families covered
----------------
card_number (all numbers Luhn-valid, asserted; Visa 13/16/19, Mastercard 51-55 and 2-series,
Amex 15 (4-6-5), Discover 16/19, JCB, Diners 14):
    card_json, card_csv, card_kv, card_email_fwd, card_receipt, card_split_aside,
    card_lookalike (O/o for 0, l/I for 1, S for 5, B for 8 mixed in), card_odd_sep (underscores,
    pipes, tildes, middle dots, em dashes, 'x', slashes, tabs, newlines), card_described,
    card_prefix_word (acct#, no., #, num:, n°, Nr.), card_number_words (EN/ES words mixed with
    digits), card_amex_465, card_19digit, card_short_brands (Diners 14, Visa 13), card_url
    (query strings / deep links), card_exp_cvv (number + expiry + CVV; labelled card_number),
    card_reversed (digits given backwards; the underlying card is Luhn-valid, the reversed
    string need not be), card_runon_emoji, card_fullwidth (U+FF10.. digits), card_invisible_sep
    (zero-width space, no-break space, thin space), card_two_halves, card_spanish,
    card_codeblock, card_spaced_digits, card_dotted, card_irregular_group
security_code:
    cvv_abbrev, cvv_back_code, cid_amex_front, cvv_next_sentence, cvv_spaced, cvv_spanish,
    cvv_words, cvv_exp_form (expiry + code, no card number)
ssn (area not 000/666/9xx, group not 00, serial not 0000, except the ITIN family):
    ssn_abbrev, ssn_sin_confusion, ssn_split_order, ssn_words (EN/ES), ssn_spanish,
    ssn_nosep, ssn_odd_sep, ssn_form, ssn_lookalike, ssn_taxid_is_social,
    itin_taxid (9xx-7x-xxxx ITIN: not an SSN, but a personal taxpayer number of the same
    sensitivity; labelled sensitive/ssn, kept in its own family so it can be filtered)
otp:
    otp_verification, otp_2fa, otp_auth, otp_digits_you_sent, otp_app, otp_pin_texted,
    otp_split_digits, otp_sms_paste, otp_spanish, otp_words
password (passwords, passcodes and PINs):
    pw_abbrev, pw_login_slash, pw_user_pass, pw_parenthetical, pw_symbols_spaces,
    pin_birthday, pin_plain, pw_spanish, pw_quoted_code, pw_passcode
harmless (many deliberately close to the sensitive forms):
    h_order_num, h_tracking, h_case_ref, h_grouped_non_luhn, h_timestamp_id, h_phone,
    h_phone_intl_luhnvalid (phone numbers whose digit run happens to pass Luhn: harmless
    because they are clearly phone numbers), h_amount_date_time, h_zip4_address, h_last4,
    h_masked, h_first6_last4, h_account_short, h_loyalty, h_sku_serial, h_iban (bank IBAN,
    out of the guard's scope), h_routing (ABA routing number, public), h_ein_business (EIN,
    business tax id, not personal), h_ssn_last4, h_ssn_shaped_example (3-2-4 numbers that are
    clearly not SSNs: all-zero placeholder, the SSA advertising range 987-65-432x),
    h_about_cvv, h_about_password, h_about_pin, h_about_otp, h_about_ssn, h_about_card,
    h_code_other (error/promo/zip/area/status/country/offer/confirmation codes), h_points,
    h_years, h_flight, h_isbn, h_version, h_coords, h_spanish, h_dob_out_of_scope, h_math,
    h_chitchat

Labelling rules and judgement calls
-----------------------------------
* A line is sensitive when it discloses the full secret, however obfuscated (look-alike letters,
  words, fullwidth or invisible separators, reversed digits, split across an aside or two halves).
  Card + expiry + CVV lines are labelled card_number (one kind per line).
* A PIN the bank texted ("the PIN you texted me") is an otp; a card/ATM PIN is a password.
* ITIN (9xx-7x-xxxx) is labelled sensitive/ssn in its own family itin_taxid; an EIN is harmless.
* Out of the guard's five kinds, hence harmless: IBAN, ABA routing number, DOB, last-4/last-5,
  first-6 + last-4 masks, 9-digit loyalty / known-traveller / customer ids.
* Checks: every harmless line has no 13-19 digit run (contiguous or with single space, dash or
  dot separators) that passes Luhn, except h_phone_intl_luhnvalid; and no 3-2-4 SSN shape,
  except h_ssn_shaped_example (000-00-0000 placeholder, SSA advertising range 987-65-432x).
  Harmless runs LONGER than 19 digits (22/20-digit USPS tracking, 20-digit IBAN bodies) are
  not checked window by window and, like most long digit strings, contain Luhn-valid 13-19
  digit sub-windows.
* Templates within a family are cycled in a seeded shuffled order (pick()), so each template is
  used before any repeats; a random draw that breaks a rule above is redrawn and reported.
"""

import json
import os
import random
import re
from collections import Counter

SEED = 40404
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe4.jsonl")


# --- Luhn helpers, copied from tests/data/cardnumbers.py ------------------------------------
def luhn_ok(digits: str) -> bool:
    """True when the digits pass the Luhn check."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def with_check_digit(body: str) -> str:
    """The body followed by the one digit that makes it pass Luhn."""
    return next(body + digit for digit in "0123456789" if luhn_ok(body + digit))


# --- value makers ----------------------------------------------------------------------------
rng = random.Random(SEED)
RECORDS = []
SEEN = set()


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


BRANDS = {
    "visa": (lambda: "4", 16),
    "visa13": (lambda: "4", 13),
    "visa19": (lambda: "4", 19),
    "mc": (lambda: str(rng.randint(51, 55)), 16),
    "mc2": (lambda: str(rng.randint(2221, 2720)), 16),
    "amex": (lambda: rng.choice(["34", "37"]), 15),
    "disc": (lambda: rng.choice(["6011", "65", "644", "649"]), 16),
    "disc19": (lambda: "6011", 19),
    "jcb": (lambda: str(rng.randint(3528, 3589)), 16),
    "diners": (lambda: "36", 14),
}
COMMON = ["visa", "visa", "mc", "mc2", "amex", "amex", "disc", "jcb"]


def card(brand=None):
    brand = brand or rng.choice(COMMON)
    prefix_fn, length = BRANDS[brand]
    prefix = prefix_fn()
    number = with_check_digit(prefix + digits(length - 1 - len(prefix)))
    assert luhn_ok(number) and len(number) == length
    return number


def groups(num):
    n = len(num)
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return out


def grp(num, sep=" "):
    return sep.join(groups(num))


def brand_name(num):
    if num[0] == "4":
        return rng.choice(["visa", "Visa", "VISA"])
    if num[:2] in ("34", "37"):
        return rng.choice(["amex", "Amex", "AMEX", "American Express"])
    if num[0] == "5" or num[0] == "2":
        return rng.choice(["mastercard", "MC", "Mastercard"])
    if num[:2] == "35":
        return "JCB"
    if num[:2] == "36":
        return "Diners"
    return rng.choice(["discover", "Discover"])


def non_luhn(n, prefix=""):
    s = prefix + digits(n - len(prefix))
    while luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def ssn():
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return "%03d" % area, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def itin():
    group = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
    return "9%02d" % rng.randint(0, 99), "%02d" % group, "%04d" % rng.randint(1, 9999)


def otp(n=6):
    return digits(n)


def pin(n=4):
    return digits(n)


def expiry():
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 31))


def cvv(num=None):
    if num and num[:2] in ("34", "37"):
        return digits(4)
    return digits(3)


EN_W = "zero one two three four five six seven eight nine".split()
ES_W = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()


def words(ds, lang="en", oh=False):
    table = ES_W if lang == "es" else EN_W
    return " ".join(("oh" if (oh and lang == "en" and d == "0" and rng.random() < 0.5) else table[int(d)]) for d in ds)


LOOK = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}


def lookalike(s, k):
    idx = [i for i, c in enumerate(s) if c in LOOK]
    chosen = set(rng.sample(idx, min(k, len(idx))))
    return "".join(rng.choice(LOOK[c]) if i in chosen else c for i, c in enumerate(s))


def unlook(s):
    return s.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}))


FIRST = ["Maria", "James", "Priya", "Luis", "Keisha", "Tom", "Ana", "Wei", "Carmen", "Dmitri", "Fatima", "Jorge"]
LAST = ["Lopez", "Smith", "Patel", "Garcia", "Johnson", "O'Brien", "Nguyen", "Hernandez", "Kowalski", "Ruiz"]


def name():
    return rng.choice(FIRST) + " " + rng.choice(LAST)


PASSWORDS = [
    "Summer2024!", "hunter2", "Tr0ub4dor&3", "P@ssw0rd!!", "mAriposa#77", "ilovemydog2",
    "Gat0Negro$", "qwerty123", "N3wY0rk!!", "bluesky_88", "Ch1c@go2019", "rosa.maria1985",
    "L0sAngeles#", "Yankees4ever", "m1c4s4_azul", "letmein!23", "Fluffy&Biscuit9", "Z!ggy_2020",
    "pepito123", "S0lYLuna*", "abc123ABC", "Dragon!ball7", "winter_is_here1", "T4c0Tuesday",
]
PHRASES = ["blue horse staple 9!", "my cat is king 22", "correct horse battery staple",
           "el perro come pan 4", "I hate mondays!! 77", "two tacos & a beer"]
USERS = ["jsmith82", "maria.lopez", "kpatel_nyc", "luisg77", "tomjohnson", "ana.ruiz@gmail.com",
         "wei.nguyen", "carmen_h", "d.kowalski", "fatima.g@yahoo.com"]


def pw():
    return rng.choice(PASSWORDS)


def emoji():
    return rng.choice(["🙏", "😅", "😩", "👍", "🤞", "💳", "😬", "🙃", "✌️", "😭"])


# --- record helpers --------------------------------------------------------------------------
def S(text, kind, note, card_num=None):
    assert kind in ("card_number", "security_code", "ssn", "otp", "password")
    if kind == "card_number":
        assert card_num is not None and luhn_ok(card_num) and 13 <= len(card_num) <= 19, text
    add({"text": text, "sensitive": True, "kind": kind, "note": note})


def H(text, note):
    add({"text": text, "sensitive": False, "note": note})


REJECTED = Counter()


def add(rec):
    if rec["text"] in SEEN:
        return False
    try:
        check(rec)
    except AssertionError:
        # a random value accidentally broke a labelling rule (e.g. a harmless id that happens to
        # pass Luhn): drop it and let many() draw again; rejections are reported at the end
        REJECTED[rec["note"]] += 1
        return False
    SEEN.add(rec["text"])
    RECORDS.append(rec)
    return True


CURRENT = [None]
ORDER = {}


def pick(options):
    """Cycle through a family's templates in a seeded shuffled order, so that every template of
    a family is used before any is repeated."""
    state = ORDER.get(CURRENT[0])
    if state is None or state[1] >= len(state[0]):
        perm = list(range(len(options)))
        rng.shuffle(perm)
        state = ORDER[CURRENT[0]] = [perm, 0]
    state[1] += 1
    return options[state[0][state[1] - 1]]


def many(n, fn):
    """Call fn until n new records were added (fn picks its own template)."""
    CURRENT[0] = fn.__name__
    start = len(RECORDS)
    tries = 0
    while len(RECORDS) - start < n:
        fn()
        tries += 1
        assert tries < n * 50, fn.__name__


# =============================================================================================
# CARD NUMBERS
# =============================================================================================
def card_json():
    c = card()
    key = rng.choice(["card", "cardNumber", "pan", "cc_num", "number", "card_no"])
    t = pick([
        '{"name": "%s", "%s": "%s", "exp": "%s"}' % (name(), key, c, expiry()),
        'here is what the app showed me {"%s":%s,"status":"declined"} why??' % (key, c),
        'error payload: {\n  "payment": {\n    "%s": "%s",\n    "amount": 82.10\n  }\n}' % (key, grp(c)),
        "copying from dev tools -> {'%s': '%s', 'zip': '10285'}" % (key, c),
    ])
    S(t, "card_number", "card_json", c)


def card_csv():
    c = card()
    t = pick([
        "name,card,exp\n%s,%s,%s" % (name(), c, expiry().replace("/", "")),
        "pasting from my spreadsheet: %s;%s;exp %s;limit 5000" % (brand_name(c), c, expiry()),
        "card\t%s\texp\t%s\tnickname\tgroceries" % (c, expiry()),
        '"%s","%s","personal"' % (name(), grp(c, "-")),
        "Card Number\n%s\nExpiration Date\n%s\nName on Card\n%s" % (grp(c), expiry(), name()),
        "Cardholder: %s   Card #: %s   Exp: %s" % (name(), c, expiry()),
    ])
    S(t, "card_number", "card_csv", c)


def card_kv():
    c = card()
    t = pick([
        "cc=%s exp=%s zip=10285" % (c, expiry().replace("/", "")),
        "card_number: %s\nholder: %s" % (c, name()),
        "PAN => %s" % c,
        "pan:%s|amt:19.99|mcc:5812" % c,
        "CardNo=%s; Type=%s" % (grp(c), brand_name(c)),
    ])
    S(t, "card_number", "card_kv", c)


def card_email_fwd():
    c = card()
    t = pick([
        "---------- Forwarded message ---------\nFrom: Billing <billing@shop-example.com>\n"
        "Subject: Payment failed\n\nWe could not charge card %s. Please update your details." % grp(c),
        "fwd from my husband:\n> hey use my card for the hotel, %s exp %s\n> love you" % (grp(c), expiry()),
        "Begin forwarded message:\n\nFrom: %s\nDate: March 3, 2025 at 9:14 AM\nSubject: card\n\n%s\n\nSent from my iPhone"
        % (name(), c),
        "> On Tue, Mar 4, %s wrote:\n> the card on file is %s, can you check why it bounced?" % (name(), grp(c, "-")),
    ])
    S(t, "card_number", "card_email_fwd", c)


def card_receipt():
    c = card()
    t = pick([
        "RECEIPT #%s\n%s %s\nAUTH OK\nTOTAL $%d.%02d\nTHANK YOU" % (
            digits(5), brand_name(c).upper(), c, rng.randint(5, 400), rng.randint(0, 99)),
        "the receipt printed my whole number?? CARD: %s  ENTRY: CHIP  TOTAL 42.18" % grp(c),
        "*** CUSTOMER COPY ***\nAcct: %s\nExp: %s\nSale $%d.00" % (c, expiry().replace("/", ""), rng.randint(10, 900)),
    ])
    S(t, "card_number", "card_receipt", c)


def card_split_aside():
    c = card(rng.choice(["visa", "mc", "disc", "amex"]))
    g = groups(c)
    cut = rng.randint(1, len(g) - 1)
    a, b = " ".join(g[:cut]), " ".join(g[cut:])
    aside = rng.choice([
        " — hang on, kid's yelling — ", "... sorry dog barking ... ", " (wait let me find my glasses) ",
        " -- ugh the bus -- ", " uh, ok where was I, ", " [phone died for a sec] ",
        " espera que se me cayó la tarjeta ", " hold on… ok ",
    ])
    t = pick([
        "it's %s%s%s" % (a, aside, b),
        "number is %s%sthen %s" % (a, aside, b),
        "ok the card: %s%s%s. got it?" % (a, aside, b),
    ])
    S(t, "card_number", "card_split_aside", c)


def card_lookalike():
    c = card()
    sep = rng.choice([" ", "", "-"])
    shown = lookalike(grp(c, sep) if sep else c, rng.randint(2, 4))
    assert unlook(shown).replace(" ", "").replace("-", "") == c
    t = pick([
        "card is %s" % shown,
        "my number %s (sorry phone autocorrects)" % shown,
        "%s thats the card" % shown,
        "the long number: %s" % shown,
    ])
    S(t, "card_number", "card_lookalike", c)


def card_odd_sep():
    c = card()
    sep = rng.choice(["_", "|", "~", "·", "—", "x", "/", " | ", "\t", "\n", "  ", " . ", "+"])
    t = pick([
        "card %s" % grp(c, sep),
        "%s is my %s" % (grp(c, sep), brand_name(c)),
        "number: %s pls check" % grp(c, sep),
    ])
    S(t, "card_number", "card_odd_sep", c)


def card_described():
    c = card(rng.choice(["visa", "amex", "mc"]))
    n = len(c)
    t = pick([
        "the %d digits on my %s, %s" % (n, brand_name(c), grp(c)),
        "the long number on the front of my card reads %s" % grp(c),
        "embossed number: %s, name on card %s" % (grp(c), name().upper()),
        "so the number across the middle of the card is %s and it's the one that got declined" % c,
    ])
    S(t, "card_number", "card_described", c)


def card_prefix_word():
    c = card()
    pre = rng.choice(["acct#", "acct no.", "no.", "#", "num:", "n°", "Nr.", "No:", "card#", "ref#"])
    t = pick([
        "%s %s" % (pre, grp(c)),
        "pls charge %s%s" % (pre, c),
        "the one with %s %s was declined at costco" % (pre, c),
    ])
    S(t, "card_number", "card_prefix_word", c)


def card_number_words():
    c = card(rng.choice(["visa", "mc", "amex"]))
    g = groups(c)
    lang = rng.choice(["en", "es", "mix"])
    parts = []
    for i, chunk in enumerate(g):
        if lang == "mix":
            parts.append(chunk if i % 2 == 0 else words(chunk, rng.choice(["en", "es"])))
        elif rng.random() < 0.75:
            parts.append(words(chunk, lang, oh=True))
        else:
            parts.append(chunk)
    joined = ", ".join(parts)
    t = pick(["card number %s" % joined,
                    "voice to text sorry: %s" % joined,
                    "el número es %s" % joined])
    S(t, "card_number", "card_number_words", c)


def card_amex_465():
    c = card("amex")
    sep = rng.choice([" ", "-", "  ", ""])
    t = pick([
        "amex %s" % grp(c, sep),
        "my platinum is %s, exp %s" % (grp(c, sep), expiry()),
        "card ending... actually here's all of it %s" % grp(c, sep),
    ])
    S(t, "card_number", "card_amex_465", c)


def card_19digit():
    c = card(rng.choice(["visa19", "disc19"]))
    t = pick([
        "it has 19 digits which is weird: %s" % grp(c),
        "card %s (the long one)" % c,
        "#%s" % grp(c, "-"),
    ])
    S(t, "card_number", "card_19digit", c)


def card_short_brands():
    c = card(rng.choice(["diners", "visa13"]))
    t = pick([
        "old diners club card %s still on the account?" % grp(c),
        "number %s" % c,
        "the old card was %s, please close it" % grp(c, "-"),
    ])
    S(t, "card_number", "card_short_brands", c)


def card_url():
    c = card()
    t = pick([
        "https://pay.shop-example.com/checkout?cc=%s&exp=%s&amt=49.99" % (c, expiry().replace("/", "")),
        "the link it gave me was http://example.net/p?card=%s&ok=1 is that safe" % c,
        "amexsim://pay?pan=%s&src=app" % c,
        "https://forms.example.org/submit#cardnumber=%s" % c,
        "site put it in the url lol ...&number=%s&cvv=" % c,
    ])
    S(t, "card_number", "card_url", c)


def card_exp_cvv():
    c = card()
    e = expiry()
    v = cvv(c)
    t = pick([
        "%s %s %s" % (grp(c), e, v),
        "%s exp %s cvv %s" % (c, e, v),
        "card %s, good thru %s, code %s" % (grp(c, "-"), e.replace("/", "-"), v),
        "%s | %s | %s | %s" % (name(), c, e, v),
    ])
    S(t, "card_number", "card_exp_cvv", c)


def card_reversed():
    c = card()
    t = pick([
        "i'll type it backwards so it's safe lol: %s" % c[::-1],
        "reverse this: %s (thats my card)" % grp(c[::-1]),
    ])
    S(t, "card_number", "card_reversed", c)


def card_runon_emoji():
    c = card()
    t = pick([
        "hi yes my card %s got declined at target %s can u fix" % (c, emoji()),
        "ok so %s%s is the card and i need the charge removed asap" % (c, emoji()),
        "%s %s %s" % (emoji(), grp(c), emoji()),
        "cardd numbr is %sand exp is %s thx" % (c, expiry()),
        "lmk if %s works now?? %s" % (grp(c), emoji()),
    ])
    S(t, "card_number", "card_runon_emoji", c)


def card_fullwidth():
    c = card()
    fw = "".join(chr(0xFF10 + int(d)) for d in c)
    t = pick(["カード番号 %s" % fw, "card: %s" % fw])
    S(t, "card_number", "card_fullwidth", c)


def card_invisible_sep():
    c = card()
    sep = rng.choice(["\u200b", "\u00a0", "\u2009", "\u202f"])
    t = pick(["card %s" % sep.join(c) if sep == "\u200b" else "card %s" % grp(c, sep),
                    "number %s ok" % grp(c, sep)])
    S(t, "card_number", "card_invisible_sep", c)


def card_two_halves():
    c = card(rng.choice(["visa", "mc", "disc"]))
    t = pick([
        "first 8 are %s %s and last 8 are %s %s" % tuple(groups(c)),
        "last eight: %s%s. first eight: %s%s" % (c[8:12], c[12:], c[:4], c[4:8]),
        "starts %s, middle is %s, ends %s" % (c[:6], c[6:12], c[12:]),
    ])
    S(t, "card_number", "card_two_halves", c)


def card_spanish():
    c = card()
    t = pick([
        "hola, el número de mi tarjeta es %s" % grp(c),
        "mi tarjeta %s vence %s" % (c, expiry()),
        "tarjeta: %s por favor revisen el cargo" % grp(c, "-"),
        "le paso el numero de la tarjeta %s gracias" % c,
        "número de tarjeta n° %s, titular %s" % (grp(c), name()),
    ])
    S(t, "card_number", "card_spanish", c)


def card_codeblock():
    c = card()
    t = pick(["```\n%s\n```" % c, "`%s`" % grp(c), "card: **%s**" % grp(c)])
    S(t, "card_number", "card_codeblock", c)


def card_spaced_digits():
    c = card()
    t = pick(["%s" % " ".join(c), "card is %s" % "-".join(c)])
    S(t, "card_number", "card_spaced_digits", c)


def card_dotted():
    c = card()
    t = pick(["%s" % grp(c, "."), "card no %s." % grp(c, ".")])
    S(t, "card_number", "card_dotted", c)


def card_irregular_group():
    c = card()
    cuts = sorted(rng.sample(range(2, len(c) - 1), 3))
    parts = [c[:cuts[0]], c[cuts[0]:cuts[1]], c[cuts[1]:cuts[2]], c[cuts[2]:]]
    t = pick(["my card %s" % " ".join(parts), "%s thanks" % "-".join(parts)])
    S(t, "card_number", "card_irregular_group", c)


# =============================================================================================
# SECURITY CODES
# =============================================================================================
def cvv_abbrev():
    v = digits(rng.choice([3, 3, 4]))
    lab = rng.choice(["cvv", "CVV2", "cvc", "cvc2", "CVV/CVC", "csc", "CVN", "security #", "sec code", "card verification value"])
    t = pick(["%s %s" % (lab, v), "%s: %s" % (lab, v), "the %s is %s" % (lab, v), "%s=%s" % (lab, v)])
    S(t, "security_code", "cvv_abbrev", None)


def cvv_back_code():
    v = digits(3)
    t = pick([
        "the 3 digit code on the back is %s" % v,
        "code on the back: %s" % v,
        "the 3 numbers on the back r %s" % v,
        "back of card says %s next to the signature strip" % v,
        "the little code by the signature, %s" % v,
    ])
    S(t, "security_code", "cvv_back_code", None)


def cid_amex_front():
    v = digits(4)
    t = pick([
        "CID (4 digits on the front) %s" % v,
        "the 4 little numbers above the amex number are %s" % v,
        "amex code on the front: %s" % v,
        "cid %s" % v,
        "4 digit security code %s" % v,
    ])
    S(t, "security_code", "cid_amex_front", None)


def cvv_next_sentence():
    v = digits(rng.choice([3, 4]))
    t = pick([
        "You asked for the security code. Ok. It's %s." % v,
        "cvv? sure. %s" % v,
        "the checkout wants the code on the back. Here: %s" % v,
        "you need the cvc right. %s. anything else?" % v,
        "Security code. %s. Is that enough to verify?" % v,
    ])
    S(t, "security_code", "cvv_next_sentence", None)


def cvv_spaced():
    v = digits(rng.choice([3, 4]))
    t = pick(["c v v: %s" % " ".join(v), "cvv %s" % "-".join(v), "security code %s" % " . ".join(v)])
    S(t, "security_code", "cvv_spaced", None)


def cvv_spanish():
    v = digits(rng.choice([3, 3, 4]))
    t = pick([
        "código de seguridad %s" % v,
        "el CVV es %s" % v,
        "los 3 números de atrás: %s" % v,
        "codigo de seguridad de la tarjeta: %s" % v,
        "CVV: %s, ¿ya pueden procesar el pago?" % v,
        "el código de atrás de la tarjeta es %s" % v,
    ])
    S(t, "security_code", "cvv_spanish", None)


def cvv_words():
    v = digits(3)
    t = pick(["cvv is %s" % words(v), "el cvv es %s" % words(v, "es"), "security code %s" % words(v, oh=True)])
    S(t, "security_code", "cvv_words", None)


def cvv_exp_form():
    v = digits(3)
    t = pick(["exp: %s | cvc: %s" % (expiry(), v), "Expiry %s  CVV %s" % (expiry(), v),
                    "vence %s, código %s" % (expiry(), v)])
    S(t, "security_code", "cvv_exp_form", None)


# =============================================================================================
# SSN
# =============================================================================================
def ssn_abbrev():
    a, g, s = ssn()
    lab = rng.choice(["ss#", "soc", "ssn", "s.s.n.", "SS no.", "social", "soc sec #", "SSN#", "social security"])
    t = pick(["%s %s-%s-%s" % (lab, a, g, s), "my %s is %s-%s-%s" % (lab, a, g, s),
                    "%s: %s %s %s" % (lab, a, g, s), "%s-%s-%s (%s)" % (a, g, s, lab)])
    S(t, "ssn", "ssn_abbrev", None)


def ssn_sin_confusion():
    a, g, s = ssn()
    t = pick([
        "my SIN, i mean social, is %s-%s-%s" % (a, g, s),
        "sin # %s-%s-%s (im american, sorry wrong word)" % (a, g, s),
        "social insurance... no social security number %s %s %s" % (a, g, s),
    ])
    S(t, "ssn", "ssn_sin_confusion", None)


def itin_taxid():
    a, g, s = itin()
    t = pick([
        "i don't have a social, my ITIN is %s-%s-%s" % (a, g, s),
        "tax id (itin) %s-%s-%s" % (a, g, s),
        "mi número ITIN es %s-%s-%s" % (a, g, s),
    ])
    S(t, "ssn", "itin_taxid", None)


def ssn_split_order():
    a, g, s = ssn()
    t = pick([
        "social ends %s and starts %s %s" % (s, a, g),
        "last 4 of my ssn is %s, first 5 are %s-%s" % (s, a, g),
        "ssn: the middle is %s, first three %s, then %s" % (g, a, s),
    ])
    S(t, "ssn", "ssn_split_order", None)


def ssn_words():
    a, g, s = ssn()
    lang = rng.choice(["en", "es"])
    t = ("my social is %s, %s, %s" if lang == "en" else "mi seguro social es %s, %s, %s") % (
        words(a, lang, oh=True), words(g, lang, oh=True), words(s, lang, oh=True))
    S(t, "ssn", "ssn_words", None)


def ssn_spanish():
    a, g, s = ssn()
    t = pick([
        "mi número de seguro social es %s-%s-%s" % (a, g, s),
        "seguro social: %s %s %s" % (a, g, s),
        "el SSN (seguro social) %s%s%s" % (a, g, s),
        "num. de seguro social %s-%s-%s, fecha de nacimiento 12/03/1979" % (a, g, s),
        "le doy mi social %s-%s-%s para la solicitud" % (a, g, s),
    ])
    S(t, "ssn", "ssn_spanish", None)


def ssn_nosep():
    a, g, s = ssn()
    t = pick(["ssn %s%s%s" % (a, g, s), "social security number:%s%s%s" % (a, g, s),
                    "SSN#%s%s%s thx" % (a, g, s)])
    S(t, "ssn", "ssn_nosep", None)


def ssn_odd_sep():
    a, g, s = ssn()
    sep = rng.choice([".", "/", " - ", "_", "  ", "–"])
    t = pick(["ssn %s" % sep.join([a, g, s]), "my social's %s" % sep.join([a, g, s])])
    S(t, "ssn", "ssn_odd_sep", None)


def ssn_form():
    a, g, s = ssn()
    t = pick([
        "Name: %s\nSSN: %s-%s-%s\nDOB: %02d/%02d/19%02d" % (name(), a, g, s, rng.randint(1, 12), rng.randint(1, 28), rng.randint(50, 99)),
        "Applicant | %s | SS# %s-%s-%s | Income 72,000" % (name(), a, g, s),
        '{"ssn": "%s-%s-%s", "zip": "10285"}' % (a, g, s),
    ])
    S(t, "ssn", "ssn_form", None)


def ssn_lookalike():
    a, g, s = ssn()
    shown = lookalike("%s-%s-%s" % (a, g, s), 2)
    t = pick(["ssn %s" % shown, "social: %s" % shown])
    S(t, "ssn", "ssn_lookalike", None)


def ssn_taxid_is_social():
    a, g, s = ssn()
    t = pick([
        "tax id: %s-%s-%s (it's my social, I'm a sole prop)" % (a, g, s),
        "TIN for the business card is just my ssn %s-%s-%s" % (a, g, s),
    ])
    S(t, "ssn", "ssn_taxid_is_social", None)


# =============================================================================================
# OTP
# =============================================================================================
def otp_verification():
    o = otp(rng.choice([6, 6, 4, 8]))
    t = pick(["verification code is %s" % o, "verification code: %s" % o, "my verification code %s" % o,
                    "here's the verifcation code %s" % o, "Verification Code - %s" % o])
    S(t, "otp", "otp_verification", None)


def otp_2fa():
    o = otp()
    t = pick(["2FA code %s" % o, "2fa: %s" % o, "the two factor code is %s" % o, "mfa code %s" % o])
    S(t, "otp", "otp_2fa", None)


def otp_auth():
    o = otp()
    t = pick(["auth code: %s" % o, "authentication code %s" % o, "authorization code you sent: %s" % o])
    S(t, "otp", "otp_auth", None)


def otp_digits_you_sent():
    o = otp()
    t = pick(["the 6 digits you sent: %s" % o, "you texted me %s" % o, "got the text, it says %s" % o,
                    "the number you just sent me is %s" % o])
    S(t, "otp", "otp_digits_you_sent", None)


def otp_app():
    o = otp()
    t = pick(["code from the app %s" % o, "google authenticator says %s" % o,
                    "the code in the amex app is %s, hurry it changes" % o, "authenticator: %s" % o])
    S(t, "otp", "otp_app", None)


def otp_pin_texted():
    o = otp(rng.choice([4, 6]))
    t = pick(["the PIN you texted me was %s" % o, "temporary pin from the sms: %s" % o])
    S(t, "otp", "otp_pin_texted", None)


def otp_split_digits():
    o = otp()
    t = pick(["code: %s" % " ".join(o), "the code is %s-%s" % (o[:3], o[3:]),
                    "it's %s %s %s" % (o[:2], o[2:4], o[4:]) + " (the text code)",
                    "one time code %s %s" % (o[:3], o[3:]), "otp %s" % ".".join(o),
                    "%s %s <- code (expires 10:45)" % (o[:3], o[3:])])
    S(t, "otp", "otp_split_digits", None)


def otp_sms_paste():
    o = otp()
    t = pick([
        "Amex: Your one-time verification code is %s. Don't share it with anyone. lol oops" % o,
        "copied: \"%s is your security code. It expires in 10 minutes.\"" % o,
        "G-%s is your code" % o,
        "[AmexSim] Codigo: %s. No lo compartas." % o,
    ])
    S(t, "otp", "otp_sms_paste", None)


def otp_spanish():
    o = otp()
    t = pick([
        "código de verificación %s" % o,
        "clave de un solo uso: %s" % o,
        "el código que me enviaron es %s" % o,
        "me llegó el codigo %s" % o,
        "el código del SMS: %s" % o,
        "clave dinámica %s" % o,
    ])
    S(t, "otp", "otp_spanish", None)


def otp_words():
    o = otp()
    t = pick(["the code is %s" % words(o), "el código es %s" % words(o, "es")])
    S(t, "otp", "otp_words", None)


# =============================================================================================
# PASSWORDS / PINS
# =============================================================================================
def pw_abbrev():
    p = pw()
    lab = rng.choice(["pw", "pwd", "pass", "passwd", "p/w", "PW", "password"])
    t = pick(["%s: %s" % (lab, p), "%s is %s" % (lab, p), "my %s %s" % (lab, p), "%s=%s" % (lab, p)])
    S(t, "password", "pw_abbrev", None)


def pw_login_slash():
    t = pick(["login is %s / %s" % (rng.choice(USERS), pw()),
                    "%s:%s" % (rng.choice(USERS), pw()) + " cant get in",
                    "creds %s / %s" % (rng.choice(USERS), pw()),
                    "user %s, password is the same as the username lol" % rng.choice(USERS[:4]),
                    "changed my password to %s yesterday and now it says wrong" % pw()])
    S(t, "password", "pw_login_slash", None)


def pw_user_pass():
    t = pick(["user: %s pass: %s" % (rng.choice(USERS), pw()),
                    "username %s\npassword %s" % (rng.choice(USERS), pw()),
                    "User ID: %s | Password: %s" % (rng.choice(USERS), pw())])
    S(t, "password", "pw_user_pass", None)


def pw_parenthetical():
    t = pick(["my password (it's %s) isn't working" % pw(),
                    "i typed the password — %s — exactly and it says wrong" % pw()])
    S(t, "password", "pw_parenthetical", None)


def pw_symbols_spaces():
    p = rng.choice(PHRASES)
    t = pick(["my password is '%s'" % p, "passphrase: \"%s\"" % p, "password = %s (with the spaces)" % p])
    S(t, "password", "pw_symbols_spaces", None)


def pin_birthday():
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    t = pick(["my pin is the same as my birthday %02d%02d" % (m, d),
                    "pin = my bday, %02d%02d" % (m, d),
                    "el pin es mi cumpleaños %02d%02d" % (d, m)])
    S(t, "password", "pin_birthday", None)


def pin_plain():
    p = pin(rng.choice([4, 4, 6]))
    t = pick(["my pin is %s" % p, "PIN: %s" % p, "atm pin %s" % p, "card pin %s can you reset it" % p])
    S(t, "password", "pin_plain", None)


def pw_spanish():
    t = pick([
        "mi contraseña es %s" % pw(),
        "contraseña: %s" % pw(),
        "la clave de la app es %s" % pw(),
        "mi PIN es %s" % pin(),
        "usuario %s clave %s" % (rng.choice(USERS), pw()),
        "mi clave del cajero es %s" % pin(),
    ])
    S(t, "password", "pw_spanish", None)


def pw_quoted_code():
    t = pick(["password: `%s`" % pw(), "```%s```" % pw() + " <- pw", 'pwd "%s"' % pw(),
                    "it's «%s» (password)" % pw()])
    S(t, "password", "pw_quoted_code", None)


def pw_passcode():
    t = pick(["passcode %s" % pin(6), "my passcode is %s" % pin(), "online passcode: %s" % pw()])
    S(t, "password", "pw_passcode", None)


# =============================================================================================
# HARMLESS
# =============================================================================================
def h_order_num():
    n = non_luhn(rng.choice([13, 14, 15, 16, 17, 18, 19]), rng.choice(["", "4", "37", "5", "6011"]))
    t = pick([
        "order number %s never arrived" % n,
        "confirmation #%s" % n,
        "invoice %s shows the wrong amount" % n,
        "Order No. %s - placed 03/02" % n,
        "my amazon order %s-%s-%s was charged twice" % (n[:3], n[3:10], n[10:]),
        "purchase id %s" % n,
    ])
    H(t, "h_order_num")


def h_tracking():
    t = pick([
        "tracking 1Z%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6)), digits(10)),
        "usps tracking %s" % non_luhn(22, "9400"),
        "fedex %s" % non_luhn(12),
        "replacement card tracking # is %s" % non_luhn(20, "92"),
        "DHL waybill %s" % non_luhn(10),
    ])
    H(t, "h_tracking")


def h_case_ref():
    t = pick([
        "case number %s" % non_luhn(rng.choice([8, 10, 13, 16])),
        "reference: REF-%s-%s" % (digits(4), digits(6)),
        "booking ref %s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
        "dispute id %s" % non_luhn(15, "3"),
        "ticket #%s opened yesterday" % digits(7),
        "claim %s" % non_luhn(14),
    ])
    H(t, "h_case_ref")


def h_grouped_non_luhn():
    n = non_luhn(16, rng.choice(["4", "5", "6"]))
    m = non_luhn(15, "37")
    t = pick([
        "gift voucher %s" % grp(n),
        "membership # %s" % grp(n, "-"),
        "the warranty claim is %s" % grp(m),
        "policy %s" % grp(n),
        "loyalty card %s" % grp(n),
    ])
    H(t, "h_grouped_non_luhn")


def h_timestamp_id():
    t = pick(["txn id %s" % non_luhn(13, "17"), "request id %s-%s" % (non_luhn(13, "17"), digits(3)),
                    "log shows ts=%s" % non_luhn(13, "17")])
    H(t, "h_timestamp_id")


def phone_us():
    a, b, c = rng.choice(["212", "305", "646", "713", "415", "786"]), "555", "%04d" % rng.randint(100, 199)
    return a, b, c


def h_phone():
    a, b, c = phone_us()
    t = pick([
        "call me at (%s) %s-%s" % (a, b, c),
        "my number is %s.%s.%s" % (a, b, c),
        "+1 %s %s %s ext. %s" % (a, b, c, digits(4)),
        "phone: 1-%s-%s-%s x%s" % (a, b, c, digits(3)),
        "text me %s%s%s" % (a, b, c),
        "mi cel es +52 55 %s %s" % (digits(4), digits(4)),
        "uk number +44 20 7946 %s" % digits(4),
        "you can reach me at +34 6%s %s %s" % (digits(2), digits(3), digits(3)),
        "work phone 800-528-4800, cell %s-%s-%s" % (a, b, c),
        "tel: +1 (%s) %s-%s, best after 5pm" % (a, b, c),
        "numero de telefono 0054 11 %s %s" % (digits(4), digits(4)),
    ])
    H(t, "h_phone")


def h_phone_intl_luhnvalid():
    # an international phone number whose 13-digit run passes Luhn: clearly a phone number
    while True:
        body = "521" + "55" + digits(8)  # +52 1 55 xxxx xxxx (Mexican mobile, 13 digits)
        if luhn_ok(body):
            break
    t = pick([
        "whatsapp me: +%s %s %s %s %s" % (body[:2], body[2], body[3:5], body[5:9], body[9:]),
        "mi número de celular es +%s" % body,
    ])
    H(t, "h_phone_intl_luhnvalid")


def h_amount_date_time():
    t = pick([
        "charged $%s,%03d.%02d on %02d/%02d/2025" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99), rng.randint(1, 12), rng.randint(1, 28)),
        "me cobraron 1.234,56 € el 14/03",
        "payment of USD 2,450.00 due 2025-04-15",
        "it posted at 14:22:05 UTC on 2025-03-15T14:22:05Z",
        "the charge was 89.99 then 89.99 again 3 mins later at 9:41pm",
        "statement closing date 03/27, due 04/21, min payment $35",
        "¥12,800 at the airport on 3/4 around 7am",
        "refund of $%d.%02d pending since March %d" % (rng.randint(10, 999), rng.randint(0, 99), rng.randint(1, 28)),
        "annual fee $695 posted 01/01/2025",
        "my balance is 3,214.07 and limit 15,000",
        "pagos de $1,500 MXN cada 15 días",
        "charged twice: 12.50, 12.50 on 2025/02/28",
    ])
    H(t, "h_amount_date_time")


def h_zip4_address():
    t = pick([
        "new address: 200 Vesey St, New York, NY 10285-%s" % digits(4),
        "zip+4 is 33131-%s" % digits(4),
        "ship to 1234 W Elm Ave Apt 5B, Chicago IL 60614",
        "PO Box 981535, El Paso TX 79998-1535",
        "mi dirección es Calle 5 #123, Col. Centro, CP 06000",
        "I moved to 4521 Maple Dr, Austin, TX 78701-2203",
        "billing zip 10285",
    ])
    H(t, "h_zip4_address")


def last4():
    return digits(4)


def h_last4():
    l = last4()
    t = pick([
        "card ending %s" % l,
        "last 4 %s zip 10285" % l,
        "the one ending in %s got declined" % l,
        "my gold card, last four %s" % l,
        "tarjeta terminada en %s" % l,
        "ends with %s, charged $%d.%02d on 03/14" % (l, rng.randint(3, 300), rng.randint(0, 99)),
        "last 5 digits %s" % digits(5),
        "amex ending -%s" % digits(5),
        "los últimos 4 dígitos son %s" % l,
        "verify with last 4 %s and dob month 04?" % l,
    ])
    H(t, "h_last4")


def h_masked():
    l = last4()
    t = pick([
        "xxxx xxxx xxxx %s" % l,
        "•••• %s" % l,
        "XXXX-XXXXXX-X%s" % l,
        "card ************%s" % l,
        "the statement shows **** **** **** %s" % l,
        "Acct ending in ...%s" % l,
        "xxxxxxxxxxx%s is the card on the receipt" % l,
        "tarjeta **** %s" % l,
    ])
    H(t, "h_masked")


def h_first6_last4():
    while True:
        c = card(rng.choice(["visa", "mc", "amex"]))
        masked = c[:6] + "*" * (len(c) - 10) + c[-4:]
        break
    t = pick(["receipt says %s" % masked, "card %s…%s" % (c[:4], c[-4:]),
                    "starts with %s ends with %s" % (c[:4], c[-4:])])
    H(t, "h_first6_last4")


def h_account_short():
    t = pick([
        "my account number is %s" % digits(rng.choice([5, 6, 7, 8])),
        "acct# %s" % digits(8),
        "account %s-%s" % (digits(4), digits(3)),
        "customer id %s" % digits(9) + " (from the letter)",
        "member since 1998, account %s" % digits(6),
    ])
    H(t, "h_account_short")


def h_loyalty():
    t = pick([
        "Delta SkyMiles #%s" % digits(10),
        "Marriott Bonvoy %s" % digits(9),
        "Hilton Honors number %s" % digits(9),
        "my frequent flyer is AA %s" % "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(7)),
        "known traveler number %s" % digits(9),
        "número de socio %s" % digits(8),
    ])
    H(t, "h_loyalty")


def h_sku_serial():
    t = pick([
        "SN: C02XK1ABJG5H",
        "model SM-G991U, serial R58%s" % digits(8) + "X",
        "SKU 4%s-BLK-XL" % digits(6),
        "part no. A2337/%s" % digits(3),
        "IMEI %s" % non_luhn(15, "35"),
        "the TV model is OLED65C3PUA",
        "receipt item 00%s Keurig K-Elite" % digits(7),
    ])
    H(t, "h_sku_serial")


def iban_de():
    while True:
        bban = digits(18)
        # DE + check digits: mod 97 over bban + "DE00" -> numeric
        num = int(bban + "1314" + "00")
        chk = 98 - num % 97
        ib = "DE%02d%s" % (chk, bban)
        runs = [bban]
        if not luhn_ok(ib[2:]) and not any(luhn_ok(r) for r in runs):
            return ib


def h_iban():
    ib = iban_de()
    spaced = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    t = pick(["send the refund to IBAN %s" % spaced, "iban: %s" % ib, "mi IBAN es %s" % spaced])
    H(t, "h_iban")


def h_routing():
    t = pick(["routing number 021000021 for the autopay", "ABA 026009593, checking account ending 4410",
                    "routing 111000025"])
    H(t, "h_routing")


def h_ein_business():
    t = pick(["business EIN %s-%s" % (rng.randint(10, 99), digits(7)),
                    "our company's tax id (EIN) is %s-%s" % (rng.randint(10, 99), digits(7))])
    H(t, "h_ein_business")


def h_ssn_last4():
    t = pick(["last 4 of my social is %s" % digits(4), "ssn ending %s" % digits(4),
                    "últimos 4 del seguro social: %s" % digits(4)])
    H(t, "h_ssn_last4")


def h_ssn_shaped_example():
    t = pick([
        "the form came prefilled with 000-00-0000 in the ssn box, is that a bug?",
        "your help page uses 987-65-4321 as the example social, confusing",
        "the sample on the application shows 987-65-4320, do i type mine the same way?",
    ])
    H(t, "h_ssn_shaped_example")


def h_about_cvv():
    t = pick([
        "what's a CVV?", "where is the cid on an amex?", "the 3 digit code on the back is rubbed off",
        "site asks for cvv but amex has 4 on the front??", "do i need the security code for apple pay",
        "the cvv keeps failing, I've tried 3 times", "¿dónde está el código de seguridad?",
        "is it safe to give the cvc to a hotel over the phone?",
        "visa has 3 digits on the back but amex has 4 on the front, right?",
    ])
    H(t, "h_about_cvv")


def h_about_password():
    t = pick([
        "I forgot my password", "password reset link isn't working", "my password has to be 8 characters?",
        "it says my password expired", "can you reset my login? user is locked", "olvidé mi contraseña",
        "the password field keeps saying invalid", "my password is my dog's name, is that bad lol",
        "I use the same password as my email, should I change it?",
    ])
    H(t, "h_about_password")


def h_about_pin():
    t = pick([
        "never share your PIN right?", "I changed my PIN yesterday", "pin pad at the store was broken",
        "can my pin be 6 digits?", "my PIN was blocked after 3 wrong tries", "PIN mailer never arrived",
        "mi pin es mi año de nacimiento, debería cambiarlo?", "how do i set a pin for cash advances",
    ])
    H(t, "h_about_pin")


def h_about_otp():
    t = pick([
        "the code didn't arrive", "code expired, can you resend?", "the 6 digit code never comes",
        "i got 5 codes in a row, is someone hacking me?", "verification code sent to phone ending %s?" % digits(4),
        "no me llegó el código de verificación", "the authenticator app lost my 2fa setup",
        "It says the code is valid for 10 minutes but I got it at 9:40",
        "nunca comparto el código que me mandan, verdad?",
        "is the otp always 6 digits long?",
    ])
    H(t, "h_about_otp")


def h_about_ssn():
    t = pick([
        "do you need my ssn for the limit increase?", "I don't want to give my social over chat",
        "why does the app ask for my full social?", "¿para qué necesitan mi número de seguro social?",
        "i don't have an SSN, can I use an ITIN?", "is my ssn stored on the card?",
    ])
    H(t, "h_about_ssn")


def h_about_card():
    t = pick([
        "should I send my card number here?", "my card number changed after the fraud alert",
        "the card number field only takes 15 digits?", "where do I find my card number in the app",
        "el número de la tarjeta nueva es distinto?", "why is my new amex number 15 digits not 16",
        "don't worry I won't paste the full number",
    ])
    H(t, "h_about_card")


def h_code_other():
    t = pick([
        "error code %d when I log in" % rng.choice([403, 500, 1005, 2231, 40012]),
        "promo code SAVE20 didn't apply",
        "zip code %s" % rng.choice(["10285", "33131", "94105"]),
        "area code 305 calls keep saying they're amex",
        "status code 502 on the website",
        "country code +52",
        "offer code AMX%s" % digits(4),
        "confirmation code 6HQ2KZ for the flight",
        "decline code 05 at the gas station",
        "mcc code 5812 means restaurant right?",
        "el código postal es 06600",
        "reason code %d on the dispute letter" % rng.choice([4853, 4855, 13, 10]),
    ])
    H(t, "h_code_other")


def h_points():
    t = pick(["I have %s points" % "{:,}".format(rng.randint(1000, 400000)),
                    "points balance 87,450 but should be 97,450",
                    "transfer 25000 MR points to Delta", "tengo 120.000 puntos"])
    H(t, "h_points")


def h_years():
    t = pick(["member since 1998", "card from 2019 still works until 2027?", "been a customer 2005-2025"])
    H(t, "h_years")


def h_flight():
    t = pick(["flight AA 1005 was cancelled", "UA2231 on 3/15", "DL 407 from JFK", "vuelo IB6251 a Madrid"])
    H(t, "h_flight")


def isbn13():
    while True:
        body = "978" + digits(9)
        s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return full


def h_isbn():
    i = isbn13()
    t = pick(["ISBN %s-%s-%s-%s-%s" % (i[:3], i[3], i[4:9], i[9:12], i[12]),
                    "bought a textbook isbn %s, charged wrong price" % i])
    H(t, "h_isbn")


def h_version():
    t = pick(["app version 12.4.1 (build 4412)", "iOS 17.3.1 and the app crashes", "v2.14.3"])
    H(t, "h_version")


def h_coords():
    t = pick(["the atm is at 40.7128° N, 74.0060° W", "coords 25.7617,-80.1918",
                    "pin dropped at 19.4326, -99.1332"])
    H(t, "h_coords")


def h_spanish():
    t = pick([
        "hola, quiero saber mi saldo", "¿cuándo llega mi tarjeta nueva?", "me cobraron dos veces en el súper",
        "gracias, muy amable 🙏", "necesito aumentar mi límite de crédito", "¿puedo pagar en una tienda OXXO?",
        "el cargo de $450 en Liverpool no lo reconozco", "mi tarjeta terminada en %s está bloqueada" % digits(4),
        "quiero cancelar la membresía", "pedido número %s no llegó" % non_luhn(14),
        "me mudé, mi nuevo código postal es 78701",
    ])
    H(t, "h_spanish")


def h_dob_out_of_scope():
    t = pick(["dob 04/12/1980 for verification", "fecha de nacimiento 12-03-1979"])
    H(t, "h_dob_out_of_scope")


def h_math():
    t = pick(["I paid 1200 + 350 + 89.99 = 1639.99, where's the rest?",
                    "so 3 payments of 433.33 and one of 433.34?"])
    H(t, "h_math")


def h_chitchat():
    t = pick(["thanks!! 🙏", "ok got it 👍", "lol ok", "perfect, that fixed it", "you're the best 💳✨",
                    "brb", "k", "jajaja ok gracias"])
    H(t, "h_chitchat")


# =============================================================================================
PLAN = [
    # card_number (~82)
    (card_json, 4), (card_csv, 3), (card_kv, 3), (card_email_fwd, 4), (card_receipt, 3),
    (card_split_aside, 5), (card_lookalike, 5), (card_odd_sep, 6), (card_described, 3),
    (card_prefix_word, 5), (card_number_words, 4), (card_amex_465, 3), (card_19digit, 3),
    (card_short_brands, 2), (card_url, 4), (card_exp_cvv, 4), (card_reversed, 2),
    (card_runon_emoji, 4), (card_fullwidth, 2), (card_invisible_sep, 2), (card_two_halves, 3),
    (card_spanish, 4), (card_codeblock, 2), (card_spaced_digits, 2), (card_dotted, 2),
    (card_irregular_group, 2),
    # security_code (30)
    (cvv_abbrev, 6), (cvv_back_code, 4), (cid_amex_front, 4), (cvv_next_sentence, 4), (cvv_spaced, 3),
    (cvv_spanish, 5), (cvv_words, 2), (cvv_exp_form, 2),
    # ssn (32)
    (ssn_abbrev, 6), (ssn_sin_confusion, 2), (itin_taxid, 2), (ssn_split_order, 3), (ssn_words, 3),
    (ssn_spanish, 4), (ssn_nosep, 2), (ssn_odd_sep, 3), (ssn_form, 3), (ssn_lookalike, 2),
    (ssn_taxid_is_social, 2),
    # otp (32)
    (otp_verification, 4), (otp_2fa, 3), (otp_auth, 3), (otp_digits_you_sent, 3), (otp_app, 3),
    (otp_pin_texted, 2), (otp_split_digits, 4), (otp_sms_paste, 3), (otp_spanish, 5), (otp_words, 2),
    # password (32)
    (pw_abbrev, 5), (pw_login_slash, 3), (pw_user_pass, 3), (pw_parenthetical, 2), (pw_symbols_spaces, 3),
    (pin_birthday, 3), (pin_plain, 3), (pw_spanish, 5), (pw_quoted_code, 3), (pw_passcode, 2),
    # harmless (~200)
    (h_order_num, 8), (h_tracking, 5), (h_case_ref, 6), (h_grouped_non_luhn, 5), (h_timestamp_id, 2),
    (h_phone, 11), (h_phone_intl_luhnvalid, 2), (h_amount_date_time, 10), (h_zip4_address, 6),
    (h_last4, 10), (h_masked, 8), (h_first6_last4, 3), (h_account_short, 5), (h_loyalty, 5),
    (h_sku_serial, 6), (h_iban, 3), (h_routing, 2), (h_ein_business, 2), (h_ssn_last4, 3),
    (h_ssn_shaped_example, 3), (h_about_cvv, 7), (h_about_password, 7), (h_about_pin, 6),
    (h_about_otp, 7), (h_about_ssn, 5), (h_about_card, 6), (h_code_other, 10), (h_points, 4),
    (h_years, 3), (h_flight, 4), (h_isbn, 2), (h_version, 3), (h_coords, 3), (h_spanish, 10),
    (h_dob_out_of_scope, 2), (h_math, 2), (h_chitchat, 6),
]


# --- checks ----------------------------------------------------------------------------------
FW = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})
RUN = re.compile(r"\d(?:[ \-.]?\d)*")
SSN_SHAPE = re.compile(r"(?<!\d)\d{3}[- .]\d{2}[- .]\d{4}(?!\d)")
LUHN_OK_HARMLESS = {"h_phone_intl_luhnvalid"}
SSN_SHAPE_OK_HARMLESS = {"h_ssn_shaped_example"}


def luhn_runs(text):
    """Digit runs of 13-19 digits (single space/dash/dot separators allowed) that pass Luhn,
    plus plain contiguous digit runs."""
    t = text.translate(FW)
    found = []
    for m in RUN.finditer(t):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            found.append(d)
    for m in re.finditer(r"\d+", t):
        d = m.group()
        if 13 <= len(d) <= 19 and luhn_ok(d):
            found.append(d)
    return found


def check(rec):
    text, note = rec["text"], rec["note"]
    if not rec["sensitive"]:
        if note not in LUHN_OK_HARMLESS:
            assert not luhn_runs(text), ("harmless line with Luhn-valid run", text)
        if note not in SSN_SHAPE_OK_HARMLESS:
            assert not SSN_SHAPE.search(text), ("harmless line with SSN shape", text)
    elif rec["kind"] != "card_number":
        assert not luhn_runs(text), ("non-card sensitive line with Luhn-valid run", text)


def main():
    for fn, n in PLAN:
        many(n, fn)
    for rec in RECORDS:
        check(rec)
    assert all(("kind" in r) == r["sensitive"] for r in RECORDS)
    rng.shuffle(RECORDS)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in RECORDS:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    sens = [r for r in RECORDS if r["sensitive"]]
    print("total %d  sensitive %d  harmless %d" % (len(RECORDS), len(sens), len(RECORDS) - len(sens)))
    print("per kind:")
    for k, v in sorted(Counter(r["kind"] for r in sens).items()):
        print("  %-14s %d" % (k, v))
    print("per family:")
    for (s, note), v in sorted(Counter((r["sensitive"], r["note"]) for r in RECORDS).items(),
                               key=lambda x: (not x[0][0], x[0][1])):
        print("  %-5s %-24s %d" % ("S" if s else "-", note, v))
    print("redrawn because a random value broke a labelling rule:", dict(REJECTED) or "none")


if __name__ == "__main__":
    main()
