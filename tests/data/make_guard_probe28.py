#!/usr/bin/env python3
"""Blind probe set 28 for the sensitive-data guard.

Theme: secrets (and near misses) written in settings other than a plain chat
line: structured pastes, voice transcripts, non-native English / Spanglish,
formal letters, quoted scam calls, unusual digit scripts / invisible chars.

stdlib only, seeded.  Writes guard_probe28.jsonl next to this file.
"""
import json
import os
import random

SEED = 2828
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe28.jsonl")

# ----------------------------------------------------------------- values

def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(R.randrange(10))
    total = 0
    # compute check digit
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return "".join(map(str, digits)) + str(check)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        n = luhn_complete("4", 16)
    elif brand == "mc":
        n = luhn_complete(str(R.choice([51, 52, 53, 54, 55, 2221, 2300, 2720])), 16)
    elif brand == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
    else:
        n = luhn_complete(R.choice(["6011", "65"]), 16)
    assert luhn_ok(n)
    return n


def card_16():
    return card(R.choice(["visa", "mc", "disc"]))


def group_card(n, sep=" "):
    if len(n) == 15:
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i + 4] for i in range(0, len(n), 4)]
    return sep.join(parts)


def ssn():
    area = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def fmt_ssn(s, sep="-"):
    return s[:3] + sep + s[3:5] + sep + s[5:]


def cvv(n=3):
    return "".join(str(R.randrange(10)) for _ in range(n))


def otp(n=6):
    return "".join(str(R.randrange(10)) for _ in range(n))


def pin():
    while True:
        p = "".join(str(R.randrange(10)) for _ in range(4))
        if len(set(p)) > 1:
            return p


WORDS = ["Maple", "tulip", "Harbor", "sunflower", "Granite", "puppy", "Orion",
         "bluebird", "Cactus", "river", "Pumpkin", "Nebula", "marigold", "Falcon"]
SYMS = "!#$%*&@"


def password():
    style = R.randrange(4)
    w = R.choice(WORDS)
    if style == 0:
        return w + R.choice(SYMS) + str(R.randint(10, 9999))
    if style == 1:
        return w.lower() + R.choice(["_", "-", "."]) + R.choice(WORDS).lower() + str(R.randint(1, 99))
    if style == 2:
        return w.capitalize().replace("a", "4").replace("o", "0") + str(R.randint(1950, 2012))
    return R.choice(WORDS).capitalize() + R.choice(WORDS).capitalize() + R.choice(SYMS) + str(R.randint(1, 9))


def exp():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))


def last4():
    return "%04d" % R.randint(0, 9999)


def zip5():
    return "%05d" % R.randint(1001, 99950)


def phone():
    return "(%d%02d) 555-01%02d" % (R.randint(2, 9), R.randint(0, 99), R.randint(0, 99))


def phone_digits():
    return "%d%02d55501%02d" % (R.randint(2, 9), R.randint(10, 99), R.randint(0, 99))


def amount():
    return "$%d.%02d" % (R.randint(3, 2400), R.randint(0, 99))


def date_us():
    return "%02d/%02d/2026" % (R.randint(1, 12), R.randint(1, 28))


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
         "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def dob():
    return "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1935, 1998))


def dob_long():
    return "%s %d, %d" % (R.choice(MONTHS), R.randint(1, 28), R.randint(1930, 1960))


def date_long():
    return "%s %d, 2026" % (R.choice(MONTHS), R.randint(1, 28))


def order_id():
    return R.choice(["A", "B", "W", "ORD-", "#"]) + "".join(R.choice("0123456789") for _ in range(R.randint(6, 8))) + R.choice(["", "-" + str(R.randint(10, 99))])


def case_no():
    return "CS-%d-%05d" % (R.randint(2024, 2026), R.randint(0, 99999))


def alnum(n):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


FIRST = ["Margaret", "Harold", "Dolores", "Luis", "Priya", "Chen", "Ana", "Walter",
         "Beatriz", "Kwame", "Olga", "Tomasz", "Jasmine", "Ernesto", "Ruth", "Nguyen"]
LAST = ["Whitfield", "Okafor", "Ramirez", "Kowalski", "Patel", "Lindqvist", "Moreno",
        "Bennett", "Haddad", "Silva", "O'Brien", "Tanaka", "Fischer", "Castillo"]
STREETS = ["Elm Street", "Oak Avenue", "Maple Drive", "Calle Luna", "Pine Court",
           "Jefferson Blvd", "Cedar Lane", "Lakeview Road"]
CITIES = [("Springfield", "IL"), ("Tucson", "AZ"), ("Hialeah", "FL"), ("Dayton", "OH"),
          ("El Paso", "TX"), ("Fresno", "CA"), ("Albany", "NY"), ("Boise", "ID")]
MERCH = ["AMZN Mktp", "WALGREENS #4412", "SHELL OIL", "NETFLIX.COM", "TARGET T-1187",
         "UBER *TRIP", "COSTCO WHSE", "STARBUCKS", "DELTA AIR", "SPOTIFY"]


def name():
    return R.choice(FIRST) + " " + R.choice(LAST)


def address():
    c, st = R.choice(CITIES)
    return "%d %s, %s, %s %s" % (R.randint(3, 9800), R.choice(STREETS), c, st, zip5())

# ----------------------------------------------------------- digit renderers

EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
HOMO = {"0": ["oh"], "2": ["to", "too"], "4": ["for"], "8": ["ate"]}


def words_en(s, homo=0.0, oh=0.5):
    out = []
    for c in s:
        if c in HOMO and R.random() < homo:
            out.append(R.choice(HOMO[c]))
        elif c == "0" and R.random() < oh:
            out.append("oh")
        else:
            out.append(EN[int(c)])
    return " ".join(out)


def words_es(s):
    return " ".join(ES[int(c)] for c in s)


def voice_groups(s, groups, sep_word, homo=0.0):
    parts, i = [], 0
    for g in groups:
        parts.append(words_en(s[i:i + g], homo))
        i += g
    return (" %s " % sep_word).join(parts) if sep_word else ", ".join(parts)


def card_groups(n):
    return [4, 6, 5] if len(n) == 15 else [4, 4, 4, 4]


FULLW = {str(i): chr(0xFF10 + i) for i in range(10)}
ARAB = {str(i): chr(0x0660 + i) for i in range(10)}
PERS = {str(i): chr(0x06F0 + i) for i in range(10)}
SUPER = dict(zip("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"))
BOLD = {str(i): chr(0x1D7CE + i) for i in range(10)}
DEVA = {str(i): chr(0x0966 + i) for i in range(10)}
INVIS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def remap(s, table):
    return "".join(table.get(c, c) for c in s)


def sprinkle(s, chars=None, p=0.5):
    chars = chars or INVIS
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i < len(s) - 1 and c.isdigit() and R.random() < p:
            out.append(R.choice(chars))
    return "".join(out)


# ------------------------------------------------------------- templates
# each template: (note, kind or None, fn) ; fn() -> text

S = []  # sensitive
H = []  # harmless


def sens(note, kind, n):
    def deco(fn):
        S.append((note, kind, fn, n))
        return fn
    return deco


def harm(note, n):
    def deco(fn):
        H.append((note, None, fn, n))
        return fn
    return deco

# ======================= family: form (structured pastes) ==================

@sens("form.s_block_card_cvv", "card_number", 5)
def _():
    c = card()
    return "Name: %s\nCard: %s\nExp: %s\nCVV: %s" % (name(), group_card(c, R.choice([" ", "-", ""])), exp(), cvv(4 if len(c) == 15 else 3))


@sens("form.s_keyvalue_card", "card_number", 4)
def _():
    c = card()
    return R.choice(["pls fix my autopay: ", "", "copied from my notes -> "]) + "holder=%s; card_no=%s; exp=%s; zip=%s" % (name().replace(" ", "_"), c, exp(), zip5())


@sens("form.s_json_pan", "card_number", 4)
def _():
    c = card()
    d = {"customer": name(), R.choice(["pan", "cardNumber", "card_number", "cc"]): group_card(c, R.choice(["", " ", "-"])), "expiry": exp(), "billing_zip": zip5()}
    return R.choice(["the app crashed and showed this:\n", "error payload from checkout:\n", ""]) + json.dumps(d, indent=R.choice([None, 2]), ensure_ascii=False)


@sens("form.s_json_cvc_only", "security_code", 3)
def _():
    d = {"order_id": order_id(), "last4": last4(), R.choice(["cvc", "cvv2", "security_code", "csc"]): cvv(), "amount": amount()}
    return "checkout form keeps failing, here's what I submitted: " + json.dumps(d)


@sens("form.s_csv_card", "card_number", 3)
def _():
    c = card_16()
    return "name,card,exp,amount\n%s,%s,%s,%s" % (name(), c, exp(), amount()[1:])


@sens("form.s_md_table_ssn", "ssn", 4)
def _():
    s = ssn()
    return "| Field | Value |\n|---|---|\n| Name | %s |\n| DOB | %s |\n| SSN | %s |\n| Phone | %s |" % (name(), dob(), fmt_ssn(s, R.choice(["-", " ", ""])), phone())


@sens("form.s_bullets_ssn", "ssn", 3)
def _():
    s = ssn()
    return "For the credit limit increase:\n- Employer: %s Logistics\n- Annual income: %s\n- Social: %s\n- Housing: rent" % (R.choice(LAST), "$%d,000" % R.randint(28, 140), fmt_ssn(s, R.choice(["-", ".", " "])))


@sens("form.s_login_password", "password", 4)
def _():
    return R.choice(["here are my login details so you can check:\n", "", "account info\n"]) + "%s: %s\n%s: %s" % (R.choice(["username", "user", "login", "Email"]), R.choice(FIRST).lower() + str(R.randint(1, 99)), R.choice(["password", "pass", "pwd", "Password"]), password())


@sens("form.s_fwd_email_otp", "otp", 4)
def _():
    return ("---------- Forwarded message ---------\nFrom: %s <no-reply@alerts.examplebank.com>\nDate: %s\nSubject: %s\n\n%s %s. %s" % (
        R.choice(["Card Services", "Security Alerts", "Account Team"]), date_long(),
        R.choice(["Your one-time code", "Verification", "Sign-in attempt"]),
        R.choice(["Your verification code is", "Use this code to sign in:", "Passcode:"]), otp(R.choice([6, 6, 8])),
        "It expires in 10 minutes."))


@sens("form.s_yaml_amex_cid", "security_code", 3)
def _():
    return "card:\n  type: amex\n  ending: %s\n  %s: %s\n  exp: %s" % (last4(), R.choice(["cid", "4dbc", "front_code"]), cvv(4), exp())


@sens("form.s_signature_pin", "password", 3)
def _():
    return "Please unlock my card.\n\n--\n%s\n%s\nPIN %s (in case you need it)" % (name(), phone(), pin())


@sens("form.s_card_pieces_fields", "card_number", 3)
def _():
    c = card_16()
    return "Card part 1: %s\nCard part 2: %s\nCard part 3: %s\nCard part 4: %s" % (c[:4], c[4:8], c[8:12], c[12:])


@harm("form.h_block_last4", 5)
def _():
    return "Name: %s\nCard: %s\nExp: %s\nCVV: %s" % (name(), R.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "ending in ", "•••• "]) + last4(), exp(), R.choice(["***", "(not sharing)", "n/a", "[redacted]", "—"]))


@harm("form.h_json_order", 4)
def _():
    d = {"order_id": order_id(), "amount": amount(), "status": R.choice(["shipped", "refunded", "pending"]), "tracking": "1Z" + alnum(16), "zip": zip5()}
    return R.choice(["", "the merchant sent me this: "]) + json.dumps(d, indent=R.choice([None, 2]))


@harm("form.h_csv_transactions", 3)
def _():
    rows = ["date,merchant,amount"] + ["%s,%s,%s" % (date_us(), R.choice(MERCH), amount()[1:]) for _ in range(R.randint(2, 4))]
    return "which of these are the duplicates?\n" + "\n".join(rows)


@harm("form.h_md_table_amounts", 3)
def _():
    rows = "\n".join("| %s | %s | %s |" % (date_long(), R.choice(MERCH), amount()) for _ in range(3))
    return "| Date | Merchant | Amount |\n|---|---|---|\n" + rows + "\n\nI only recognize the first one."


@harm("form.h_bullets_address", 3)
def _():
    return "Update my mailing info:\n- Name: %s\n- Address: %s\n- Phone: %s\n- Card: ends %s" % (name(), address(), phone(), last4())


@harm("form.h_signature_phone", 3)
def _():
    return "Thanks for the help with the dispute.\n\n%s\n%s | Cell %s | Fax %s\n%s" % (name(), R.choice(["Office Manager", "Retired", "Owner, " + R.choice(LAST) + " Bakery"]), phone(), phone(), address())


@harm("form.h_fwd_email_confirmation", 3)
def _():
    return "---------- Forwarded message ---------\nFrom: Bookings <no-reply@example-air.com>\nSubject: Your trip is confirmed\n\nConfirmation number: %s\nFlight %s%d, %s\nTotal charged: %s" % (alnum(6), R.choice(["DL", "UA", "AA"]), R.randint(100, 2999), date_long(), amount())


@harm("form.h_keyvalue_misc", 4)
def _():
    return "serial=%s; promo=%s; loyalty_no=%s; gift_card_balance=%s" % (
        "SN-" + alnum(4) + "-" + str(R.randint(10000, 99999)), R.choice(["SAVE20", "WELCOME10", "FALL25", "FREESHIP"]), "%08d" % R.randint(0, 99999999), amount())


@harm("form.h_json_masked", 3)
def _():
    c = card_16()
    d = {"card": c[:4] + " **** **** " + c[-4:], "zip": zip5(), "case": case_no()}
    return json.dumps(d)


@harm("form.h_blank_fields", 3)
def _():
    return R.choice(["The form says:\nCard number: ____\nSecurity code: ____\nWhere do I find these?",
                     "Card #: [ ]\nCVV: [ ]\nSSN: [ ]\nIs it safe to fill this out on your site?",
                     "Password: ********\nConfirm password: ********\nIt says they don't match."])

# ======================= family: voice transcripts =========================

@sens("voice.s_card_words", "card_number", 5)
def _():
    c = card()
    return R.choice(["[voice] ", "(transcribed) ", ""]) + "my card number is " + voice_groups(c, card_groups(c), R.choice(["dash", "space", ""]))


@sens("voice.s_card_homophones", "card_number", 5)
def _():
    c = card_16()
    return "okay the number on the card is " + voice_groups(c, [4, 4, 4, 4], R.choice(["", "dash"]), homo=0.9) + " expiration " + words_en(exp().replace("/", ""), 0.5)


@sens("voice.s_card_pieces", "card_number", 3)
def _():
    c = card_16()
    return "first four are %s, next four %s, then %s, and the last four are %s" % (words_en(c[:4], 0.5), words_en(c[4:8], 0.5), words_en(c[8:12], 0.5), words_en(c[12:], 0.5))


@sens("voice.s_ssn_words", "ssn", 5)
def _():
    s = ssn()
    return R.choice(["my social is ", "social security number ", "uh the ss n is "]) + voice_groups(s, [3, 2, 4], R.choice(["dash", "", "slash"]), homo=0.6)


@sens("voice.s_cvv_words", "security_code", 4)
def _():
    return R.choice(["the three digit code on the back is ", "c v v is ", "security code ", "the little number by the signature is "]) + words_en(cvv(), 0.8)


@sens("voice.s_otp_words", "otp", 5)
def _():
    return R.choice(["the code you texted me is ", "the text says ", "it just came in, ", "the email code is "]) + words_en(otp(), 0.7)


@sens("voice.s_pin_words", "password", 3)
def _():
    return R.choice(["my pin is ", "pin number ", "the pin i use is "]) + words_en(pin(), 0.8)


@harm("voice.h_phone", 4)
def _():
    p = phone_digits()
    return "call me back at " + voice_groups(p, [3, 3, 4], R.choice(["dash", ""]), homo=0.6)


@harm("voice.h_amount", 3)
def _():
    return "they charged me " + R.choice(["forty nine point nine nine", "one hundred twenty two dollars and eighty cents", "to hundred and ate dollars", "twelve point oh five"]) + " " + R.choice(["twice", "on the eighth", "for something I never bought"])


@harm("voice.h_date_time", 3)
def _():
    return "it happened on %s %s at %s p m" % (R.choice(MONTHS), R.choice(["third", "twenty second", "fourth", "eighth"]), R.choice(["to thirty", "for fifteen", "ate o'clock", "ten oh five"]))


@harm("voice.h_last4", 3)
def _():
    return R.choice(["the card ending in ", "last four digits are ", "the one that ends with "]) + words_en(last4(), 0.8)


@harm("voice.h_zip", 3)
def _():
    return "zip code " + words_en(zip5(), 0.6) + R.choice(["", " and the street is " + R.choice(STREETS).lower()])


@harm("voice.h_order_flight", 3)
def _():
    return R.choice(["the order number is B as in boy " + words_en(str(R.randint(1000, 9999)), 0.5),
                     "flight you a " + words_en(str(R.randint(100, 999)), 0.5) + " slash " + R.choice(MONTHS).lower(),
                     "tracking ends in " + words_en(str(R.randint(1000, 9999)), 0.5)])


@harm("voice.h_about_code", 3)
def _():
    return R.choice(["I never got the text with the code", "do you need the three numbers on the back or no", "what's the pin thing for, I don't remember setting one", "the code you sent says expired"])

# ======================= family: intl (non-native / Spanglish) =============

@sens("intl.s_es_card_digits", "card_number", 4)
def _():
    c = card()
    return R.choice(["Hola, mi tarjeta es ", "oye la card number es ", "el numero de mi tarjeta: "]) + group_card(c, R.choice([" ", "-", "."])) + R.choice([" porfa ayudame", ", no me deja pagar", ""])


@sens("intl.s_es_card_words", "card_number", 3)
def _():
    c = card_16()
    return "mi numero de tarjeta es " + ", ".join(words_es(c[i:i + 4]) for i in range(0, 16, 4))


@sens("intl.s_es_cvv", "security_code", 4)
def _():
    return R.choice(["el codigo de atras es ", "los tres numeritos de atrás son ", "mi cvv es el ", "el codigo de seguridad: "]) + R.choice([cvv(), words_es(cvv())])


@sens("intl.s_es_otp", "otp", 4)
def _():
    o = otp()
    return R.choice(["me llegó un mensaje con el código ", "el codigo que me mandaron por texto es ", "ya me llego el code: ", "me llamaron y me dijeron el codigo "]) + R.choice([o, o[:3] + " " + o[3:], words_es(o)])


@sens("intl.s_es_ssn", "ssn", 3)
def _():
    s = ssn()
    return R.choice(["mi seguro social es ", "el social mio es ", "my social es "]) + R.choice([fmt_ssn(s), fmt_ssn(s, " "), words_es(s)])


@sens("intl.s_nonnative_card", "card_number", 3)
def _():
    c = card()
    return R.choice(["Hello sir, please I am give you my card for verify: ", "Kindly do the needful, card is ", "Dear, my card numbers they are "]) + group_card(c)


@sens("intl.s_nonnative_password", "password", 4)
def _():
    return R.choice(["my password it is %s please you check why not working", "I put the password %s and is say wrong", "password of me is %s, please reset", "la contraseña es %s pero no funciona"]) % password()


@sens("intl.s_es_pin", "password", 2)
def _():
    return R.choice(["mi pin es ", "el nip de la tarjeta es ", "my pin es "]) + pin()


@harm("intl.h_es_last4", 3)
def _():
    return R.choice(["la tarjeta que termina en %s", "mi card que termina en %s no funciona", "the card finish in %s is blocked, why?"]) % last4()


@harm("intl.h_es_amount", 3)
def _():
    return R.choice(["me cobraron %s dos veces", "el cargo de %s no es mío", "I am see a charge %s I not make"]) % amount()


@harm("intl.h_es_code_about", 3)
def _():
    return R.choice(["no me llega el codigo de verificacion", "donde encuentro el cvv?", "I am not receive the code in my phone", "se me olvidó la contraseña, como la cambio?"])


@harm("intl.h_nonnative_zip_phone", 4)
def _():
    return R.choice(["my zip it is %s and I live in %s" % (zip5(), R.choice(CITIES)[0]),
                     "mi numero es %s, llamame porfa" % phone(),
                     "the address for send card is %s" % address(),
                     "mi código postal es %s" % zip5()])


@harm("intl.h_es_date", 2)
def _():
    return "el pago fue el %d de %s por %s" % (R.randint(1, 28), R.choice(MESES), amount())

# ======================= family: letter (formal / older customers) =========

def letter(body):
    return "%s\n\n%s\n\n%s\n%s" % (R.choice(["Dear Sir or Madam,", "Dear Sir,", "To Whom It May Concern,", "Dear Customer Service Department,"]), body,
                                   R.choice(["Yours faithfully,", "Sincerely yours,", "Respectfully,", "With kind regards,"]), name())


@sens("letter.s_ssn", "ssn", 4)
def _():
    s = ssn()
    return letter("I am writing concerning my account. To identify myself, my social security number is %s and my date of birth is %s. Kindly confirm receipt." % (R.choice([fmt_ssn(s), fmt_ssn(s, " "), s]), dob_long()))


@sens("letter.s_ssn_words", "ssn", 2)
def _():
    s = ssn()
    return letter("My social is %s, %s, %s. I should be grateful for a prompt reply." % (words_en(s[:3]), words_en(s[3:5]), words_en(s[5:])))


@sens("letter.s_card", "card_number", 4)
def _():
    c = card()
    return letter("On %s I noticed a charge of %s on my card, number %s, which I did not make. I trust this will be corrected." % (date_long(), amount(), group_card(c, R.choice([" ", "-"]))))


@sens("letter.s_pin", "password", 3)
def _():
    return letter("For your records, my PIN number is %s. My late husband always handled these matters and I am not familiar with the computer." % pin())


@sens("letter.s_cvv_described", "security_code", 3)
def _():
    return letter("You requested the card details. The three small numbers printed on the reverse of the card, beside the signature panel, are %s." % cvv())


@harm("letter.h_case", 3)
def _():
    return letter("Re: Case number %s\n\nFurther to my telephone call of %s, I enclose copies of the receipts totalling %s." % (case_no(), date_long(), amount()))


@harm("letter.h_account_last4", 3)
def _():
    return letter("My account ending %s was charged an annual fee of %s on %s. I was told this fee would be waived." % (last4(), amount(), date_long()))


@harm("letter.h_address", 3)
def _():
    return letter("Please send all correspondence to my new address: %s. My telephone number is %s." % (address(), phone()))


@harm("letter.h_refuse_ssn", 3)
def _():
    return letter("I would rather not write my social security number or card number in a letter. Please telephone me at %s between 9 and 11 a.m." % phone())

# ======================= family: scam (quoting a caller) ===================

@sens("scam.s_gave_cvv", "security_code", 4)
def _():
    return R.choice(["they asked for my cvv and I gave them %s", "the man wanted the 3 numbers on the back, I said %s, was that a mistake?", "she said read the security code, so I read %s to her"]) % cvv()


@sens("scam.s_gave_otp", "otp", 4)
def _():
    return R.choice(["the caller said read me the code we just texted, so I read him %s", "I got a text with %s and the guy on the phone asked for it and I told him", "they said they'd send a code to confirm it's me, it was %s and I gave it"]) % otp()


@sens("scam.s_gave_ssn", "ssn", 3)
def _():
    return R.choice(["he said fraud department and I gave him my social %s", "someone called asking to verify my ssn, I told them %s, now I'm worried"]) % fmt_ssn(ssn(), R.choice(["-", " "]))


@sens("scam.s_gave_card", "card_number", 3)
def _():
    return R.choice(["I told her my card number, %s, she said she'd cancel the charge", "caller asked me to confirm the full card so I read %s"]) % group_card(card())


@sens("scam.s_gave_pin_pw", "password", 4)
def _():
    return R.choice(["he wanted my PIN and I told him %s" % pin(), "they asked for my online banking password, I said %s" % password(), "I gave them the password %s before I realized" % password()])


@harm("scam.h_refused_cvv", 3)
def _():
    return R.choice(["they asked for my cvv but I refused", "the caller wanted the code on the back, I hung up", "someone asked for my security code and I didn't give it"])


@harm("scam.h_refused_otp_ssn", 3)
def _():
    return R.choice(["they wanted the code you texted me, I said no", "a man asked for my social, I told him I'd call the bank myself", "they kept asking for my password and pin, I never said it"])


@harm("scam.h_caller_number", 3)
def _():
    return "the scammer called from %s on %s, can you block that?" % (phone(), date_long())


@harm("scam.h_caller_claims", 3)
def _():
    return R.choice(["they said there was a %s charge at %s" % (amount(), R.choice(MERCH)), "they gave me a case number %s, is that real?" % case_no(), "the caller knew my last four, %s, how?" % last4()])

# ======================= family: script (unusual digits / invisible) =======

@sens("script.s_fullwidth_card", "card_number", 4)
def _():
    return "card: " + remap(group_card(card(), R.choice([" ", "-", ""])), FULLW)


@sens("script.s_arabic_ssn", "ssn", 3)
def _():
    return R.choice(["SSN ", "my social is ", "رقم الضمان الاجتماعي: "]) + remap(fmt_ssn(ssn()), R.choice([ARAB, PERS]))


@sens("script.s_superscript_cvv", "security_code", 3)
def _():
    return R.choice(["cvv ", "CVC: ", "security code "]) + remap(cvv(), R.choice([SUPER, BOLD]))


@sens("script.s_invisible_card", "card_number", 4)
def _():
    return R.choice(["my card ", "number: ", ""]) + sprinkle(group_card(card(), R.choice([" ", ""])), p=0.6)


@sens("script.s_invisible_otp", "otp", 3)
def _():
    return R.choice(["code from the text: ", "app code ", "OTP="]) + sprinkle(otp(), p=0.7)


@sens("script.s_mixed_pin", "password", 3)
def _():
    return R.choice(["PIN: ", "my pin is ", "passcode for the card "]) + remap(pin(), R.choice([FULLW, ARAB, DEVA]))


@sens("script.s_mixed_ssn_invisible", "ssn", 3)
def _():
    s = ssn()
    t = "".join(R.choice([FULLW, {}, {}]).get(c, c) for c in s)
    return "social security: " + sprinkle(t[:3] + "-" + t[3:5] + "-" + t[5:], p=0.4)


@harm("script.h_fullwidth_last4", 3)
def _():
    return "card ending " + remap(last4(), R.choice([FULLW, ARAB, BOLD]))


@harm("script.h_arabic_amount_date", 3)
def _():
    return R.choice(["charged ", "refund of ", "payment "]) + remap(amount(), R.choice([ARAB, FULLW])) + " on " + remap(date_us(), ARAB)


@harm("script.h_fullwidth_zip", 2)
def _():
    return "ZIP " + remap(zip5(), FULLW)


@harm("script.h_invisible_phone", 3)
def _():
    return "call me " + sprinkle(phone(), p=0.5)


@harm("script.h_superscript_footnote", 3)
def _():
    return "the late fee%s was %s and the statement says%s it can be waived once" % (SUPER["1"], amount(), SUPER["2"])


@harm("script.h_invisible_order", 3)
def _():
    return "order " + sprinkle(order_id(), p=0.5) + " never arrived"



# ======================= extra variants (all families) =====================

@sens("form.s_steps_otp_arrival", "otp", 4)
def _():
    return "What I did:\n1. logged in on the website\n2. %s %s\n3. typed it in and got error %d" % (R.choice(["got a text:", "email came with", "the app push showed", "text from the bank said"]), otp(), R.choice([401, 500, 1027]))


@sens("voice.s_otp_call", "otp", 3)
def _():
    return "the robot call said your code is " + words_en(otp(), 0.6) + R.choice(["", ", I wrote it down"])


@sens("letter.s_otp", "otp", 2)
def _():
    return letter("The number that arrived by electronic mail this morning reads %s. I was unable to enter it in time." % otp())


@sens("script.s_fullwidth_otp", "otp", 2)
def _():
    return R.choice(["the text said ", "sms code: "]) + remap(otp(), R.choice([FULLW, DEVA]))


@sens("intl.s_card_two_halves", "card_number", 2)
def _():
    c = card("visa")
    return "los primeros ocho son %s y los otros ocho %s, es la visa de mi esposo" % (c[:8], c[8:])


@harm("form.h_md_table_contacts", 3)
def _():
    return "| Name | Phone | ZIP |\n|---|---|---|\n| %s | %s | %s |\n| %s | %s | %s |\nadd both as authorized users?" % (name(), phone(), zip5(), name(), phone(), zip5())


@harm("form.h_steps_no_code", 3)
def _():
    return "What I did:\n1. logged in\n2. %s\n3. entered it, got error %d\n4. now locked out until %d:%02d" % (R.choice(["got a text", "got the email", "got the code in the app"]), R.choice([401, 500, 1027]), R.randint(1, 12), R.choice([0, 15, 30, 45]))


@harm("form.h_csv_orders", 3)
def _():
    rows = ["order_id,tracking,amount"] + ["%s,1Z%s,%s" % (order_id(), alnum(16), amount()[1:]) for _ in range(2)]
    return "\n".join(rows) + "\nonly the first one was delivered"


@harm("form.h_fwd_email_expired", 3)
def _():
    return "---------- Forwarded message ---------\nFrom: Security Alerts <no-reply@alerts.examplebank.com>\nDate: %s at %d:%02d PM\nSubject: Your code has expired\n\nYour verification code expired. Request a new one from the app." % (date_long(), R.randint(1, 11), R.randint(0, 59))


@harm("form.h_json_otp_meta", 2)
def _():
    return json.dumps({"otp_status": R.choice(["expired", "failed", "locked"]), "attempts": R.randint(2, 5), "sent_to": "***-***-%s" % last4()})


@harm("voice.h_confirmation", 3)
def _():
    return "confirmation is " + R.choice(["K as in kilo", "T as in tom", "M as in mary"]) + " " + words_en(str(R.randint(100, 999)), 0.6) + " " + R.choice(["P as in paul", "X", "Z as in zebra"])


@harm("voice.h_address", 3)
def _():
    return "I live at " + words_en(str(R.randint(100, 9999)), 0.6) + " " + R.choice(STREETS).lower() + " apartment " + words_en(str(R.randint(1, 40)), 0.5)


@harm("intl.h_es_case", 3)
def _():
    return R.choice(["mi numero de caso es %s", "ya llame y me dieron el caso %s", "the case number they give me is %s, what is happen?"]) % case_no()


@harm("intl.h_spanglish_gift", 3)
def _():
    return R.choice(["la gift card tiene balance de %s pero no me deja usarla", "el promo code SAVE20 no funciona y el total es %s", "mis puntos de loyalty son %d, cuanto vale?" % R.randint(1200, 90000)]).replace("%s", amount())


@harm("letter.h_pension", 3)
def _():
    return letter("My pension of %s is deposited on the %s of each month. Since %s the deposit has been late and I have incurred an overdraft charge." % (amount(), R.choice(["first", "third", "fifteenth"]), date_long()))


@harm("letter.h_otp_about", 2)
def _():
    return letter(R.choice(["I do not own a mobile telephone and therefore cannot receive your so-called one-time codes. Kindly advise another means of verification.",
                            "Your representative asked me for a password that I do not recall ever creating. I should like this matter explained."]))


@harm("scam.h_gave_nothing", 3)
def _():
    return R.choice(["they asked for my card number, the cvv and the texted code, I gave them nothing and called you",
                     "the caller id showed your number %s but I didn't tell them anything" % phone(),
                     "a text said my account was locked and to reply with my pin, I didn't reply"])


@harm("script.h_arabic_phone", 3)
def _():
    return "رقم هاتفي " + remap(phone(), ARAB) + R.choice(["", " please call"])


@harm("script.h_fullwidth_confirmation", 2)
def _():
    return "confirmation " + remap(alnum(3), FULLW) + remap(str(R.randint(100, 999)), FULLW)


# ----------------------------------------------------------------- build

def main():
    rows, seen = [], set()
    for note, kind, fn, n in S + H:
        made, tries = 0, 0
        while made < n and tries < 50:
            tries += 1
            t = fn()
            if t in seen:
                continue
            seen.add(t)
            rows.append({"text": t, "sensitive": kind is not None, "kind": kind, "note": note})
            made += 1
    R.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ns = sum(r["sensitive"] for r in rows)
    print("wrote", OUT, len(rows), "sensitive", ns, "harmless", len(rows) - ns)


if __name__ == "__main__":
    main()
