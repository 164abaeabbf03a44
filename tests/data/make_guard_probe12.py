#!/usr/bin/env python3
"""Blind adversarial probe set #12 for the amexsim sensitive-data guard.

stdlib only, seeded.  Writes guard_probe12.jsonl next to this file.
Each line: {"text", "sensitive", "kind", "note"}.
note = "<form>.<detail>"; the form (prefix before the dot) is the form family.

Written blind: without looking at the guard, its tests or its data.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 12012
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "guard_probe12.jsonl")

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

FAMOUS = {
    "4111111111111111", "4242424242424242", "378282246310005", "371449635398431",
    "5555555555554444", "5105105105105100", "6011111111111117", "6011000990139424",
    "30569309025904", "38520000023237", "3530111333300000", "3566002020360505",
    "4012888888881881", "4222222222222", "5200828282828210", "4000056655665556",
    "2223003122003222", "378734493671000", "4000000000000002", "5454545454545454",
    "6011000000000004", "4444333322221111", "371111111111114",
}


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


BRANDS = ["amex", "amex", "amex", "visa", "mc", "mc2", "discover", "diners", "jcb", "visa"]


def card_prefix_ok(d):
    n = len(d)
    if d[:2] in ("34", "37") and n == 15:
        return True
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if 51 <= int(d[:2]) <= 55 and n == 16:
        return True
    if 2221 <= int(d[:4]) <= 2720 and n == 16:
        return True
    if (d[:4] == "6011" or d[:2] == "65") and 16 <= n <= 19:
        return True
    if d[:2] in ("36", "38") and n == 14:
        return True
    if d[:2] == "35" and 16 <= n <= 19:
        return True
    return False


def is_card(d):
    return 13 <= len(d) <= 19 and card_prefix_ok(d) and luhn_ok(d)


def make_card(rng, brand=None):
    brand = brand or rng.choice(BRANDS)
    while True:
        if brand == "amex":
            pre, n = rng.choice(["34", "37"]), 15
        elif brand == "visa":
            pre, n = "4", rng.choice([16, 16, 16, 16, 13, 19])
        elif brand == "mc":
            pre, n = str(rng.randint(51, 55)), 16
        elif brand == "mc2":
            pre, n = str(rng.randint(2221, 2720)), 16
        elif brand == "discover":
            pre, n = rng.choice(["6011", "65"]), rng.choice([16, 16, 16, 19])
        elif brand == "diners":
            pre, n = rng.choice(["36", "38"]), 14
        else:  # jcb
            pre, n = "35" + str(rng.randint(28, 89)), 16
        body = pre + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(pre)))
        num = luhn_complete(body)
        if num in FAMOUS or re.search(r"(\d)\1\1\1", num):
            continue
        assert is_card(num)
        return num


def groups_for(num):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def fmt_groups(num, sep, groups=None):
    groups = groups or groups_for(num)
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    if i < len(num):
        out.append(num[i:])
    return sep.join(out)


def fmt_card(rng, num, style=None):
    style = style or rng.choice(["space", "space", "dash", "plain", "dot", "four"])
    if style == "space":
        return fmt_groups(num, " ")
    if style == "dash":
        return fmt_groups(num, "-")
    if style == "dot":
        return fmt_groups(num, ".")
    if style == "four":  # naive groups of four even for amex
        return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    return num


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v in ("078051120", "219099999", "123456789", "111223333"):
            continue
        if re.search(r"(\d)\1\1\1", v):
            continue
        return v


def fmt_ssn(rng, v, style=None):
    style = style or rng.choice(["dash", "dash", "dash", "space", "plain", "dot"])
    a, g, s = v[:3], v[3:5], v[5:]
    return {"dash": "%s-%s-%s", "space": "%s %s %s", "dot": "%s.%s.%s",
            "plain": "%s%s%s"}[style] % (a, g, s)


def make_cvv(rng, four=False):
    if four:
        return "%04d" % rng.randint(11, 9989)
    return "%03d" % rng.randint(12, 988)


def make_otp(rng, n=None):
    n = n or rng.choice([6, 6, 6, 6, 4, 5, 7, 8])
    while True:
        v = "".join(rng.choice("0123456789") for _ in range(n))
        if v[0] != "0" and not re.search(r"(\d)\1\1", v):
            return v


PW_WORDS = ["Sunflower", "maple", "Orion", "tigerlily", "Bluejay", "koala", "Pinecone",
            "Denali", "marzipan", "Quasar", "saffron", "Harbor", "gingersnap", "Tundra",
            "Waffles", "copperfox", "Nimbus", "lemonade", "Zephyr", "biscuit", "Rosalind",
            "pickleball", "Cascadia", "mothra", "Juniper", "fernando"]


def make_password(rng):
    kind = rng.randint(0, 4)
    w = rng.choice(PW_WORDS)
    if kind == 0:
        return w + str(rng.randint(10, 9999)) + rng.choice("!@#$%&*?")
    if kind == 1:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet + rng.choice(["!", "#", "_", "$$", "!!"]) + str(rng.randint(1, 99))
    if kind == 2:
        alpha = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*"
        return "".join(rng.choice(alpha) for _ in range(rng.randint(10, 14)))
    if kind == 3:
        w2 = rng.choice(PW_WORDS)
        return w.capitalize() + rng.choice(["-", "_", "."]) + w2.lower() + str(rng.randint(1, 99))
    return rng.choice(["i<3", "ILove", "go", "my"]) + w + str(rng.randint(1970, 2026))


def make_pin(rng, n=4):
    while True:
        v = "".join(rng.choice("0123456789") for _ in range(n))
        if not re.search(r"(\d)\1\1", v) and v not in ("1234", "4321", "0000"):
            return v


def bad_luhn16(rng, first=None):
    """16-digit number that is NOT Luhn-valid (used as order/ref numbers)."""
    while True:
        d = (first or str(rng.randint(1, 9))) + "".join(rng.choice("0123456789") for _ in range(15))
        if not luhn_ok(d):
            return d


FW = {d: chr(0xFF10 + d) for d in range(10)}
AR = {d: chr(0x0660 + d) for d in range(10)}
DEV = {d: chr(0x0966 + d) for d in range(10)}
BOLD = {d: chr(0x1D7CE + d) for d in range(10)}


def uni_digits(s, table):
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def zw_insert(rng, s, chars):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c.isdigit() and i < len(s) - 1 and s[i + 1].isdigit() and rng.random() < 0.35:
            out.append(rng.choice(chars))
    res = "".join(out)
    if res == s:
        mid = len(s) // 2
        res = s[:mid] + chars[0] + s[mid:]
    return res


def lookalike(rng, s):
    out = []
    for c in s:
        if c == "0" and rng.random() < 0.7:
            out.append(rng.choice(["O", "O", "o"]))
        elif c == "1" and rng.random() < 0.7:
            out.append(rng.choice(["l", "I", "l"]))
        else:
            out.append(c)
    return "".join(out)


WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell(s, sep=" "):
    return sep.join(WORDS_EN[int(c)] for c in s if c.isdigit())


def last4_nocard(rng):
    return "%04d" % rng.randint(1000, 9999)


NAMES = ["Dana", "Marcus", "Priya", "Tomás", "Grace", "Wen", "Olu", "Keisha", "Brendan",
         "Ana Lúcia", "Françoise", "Jürgen", "Lupe", "Hiroshi", "Siobhan", "Rafael"]
MERCH = ["Delta", "Whole Foods", "Uber Eats", "Marriott", "Best Buy", "Etsy", "Shell",
         "Hilton", "Chewy", "Costco", "Lyft", "Apple.com", "Ticketmaster", "Sephora"]
CITIES = ["Phoenix", "Tulsa", "Albany", "Boise", "Raleigh", "Spokane", "Dayton", "Reno"]


def amt(rng):
    return "$%d.%02d" % (rng.randint(4, 2400), rng.randint(0, 99))


def date(rng):
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(1, 28))


def zipc(rng):
    return "%05d" % rng.randint(10001, 99950)


def phone(rng):
    return "%03d-555-%04d" % (rng.randint(201, 989), rng.randint(100, 199))



_CYC = {}


def cyc(rng, options):
    """Cycle through templates (per call site) so every template gets used; start offset is seeded."""
    f = sys._getframe(1)
    key = (f.f_code.co_name, f.f_lineno)
    if key not in _CYC:
        _CYC[key] = rng.randrange(len(options))
    i = _CYC[key]
    _CYC[key] = i + 1
    return options[i % len(options)]

# --------------------------------------------------------------------------
# families.  Each returns (text, kind or None, note, value or None)
# --------------------------------------------------------------------------

def C(rng):
    n = make_card(rng)
    return n, fmt_card(rng, n)


# ---- card_number ----------------------------------------------------------

def ramble_card(rng):
    n, f = C(rng)
    t = cyc(rng, [
        "ok so long story short I was at {m} in {c} last weekend and the machine ate my card, or at least I think it did, the cashier said it was fine but then I got home and it wasn't in my wallet and I've been looking all morning. Anyway the number is {f} if you need it to look it up, can you freeze it before someone uses it?? thanks so much",
        "Hi. I have been a member since 2009 and honestly this is the first time I've had to chat in. My husband used my card at {m} and now there's a charge for {a} that neither of us recognise. I pulled the card out and it's {f}, it's the one with the metal finish. Please just tell me what to do next, I'm getting a bit anxious about it.",
        "hello!! sorry for the wall of text. so my daughter is in college in {c} and I added her as an authorized user last spring, and now her card is showing a pending {a} charge from {m}. she read me her card number over the phone, {f}, and I just want to know if that's her card or mine because I'm confused about which one got charged",
        "I've been on hold twice already and the app keeps logging me out, which is why I'm typing this here. I need to dispute a charge from {m} for {a} on {d}. I don't have the statement in front of me but I have the card: {f}. Please don't transfer me again.",
    ])
    return t.format(m=rng.choice(MERCH), c=rng.choice(CITIES), a=amt(rng), d=date(rng), f=f), "card_number", "ramble.card", n


def typo_card(rng):
    n, f = C(rng)
    cue = rng.choice(["card numbr", "crad number", "card nubmer", "cc nuber", "acount number on the card",
                      "card #", "cardnumber", "card no", "numbr on my amex"])
    t = cyc(rng, ["my {q} is {f}", "{q}: {f} pls check if its blocked", "here u go {q} {f}",
                    "the {q} = {f}, can u see the charge now"])
    return t.format(q=cue, f=f), "card_number", "typo.card", n


def after_card(rng):
    n, f = C(rng)
    t = cyc(rng, [
        "{f} — that's the card that got declined at the pump",
        "{f} is my card number, I need it unlocked",
        "{f}\nthat's the platinum one, not the business card",
        "{f} <- this is the new card that came in the mail, it won't activate",
        "ok {f}. that's the full number off the front of the card",
        "{f} (the number on my Gold card)",
    ])
    return t.format(f=f), "card_number", "after.card", n


def split_card(rng):
    n = make_card(rng)
    k = rng.choice([6, 8, 4, 10])
    a, b = n[:k], n[k:]
    t = cyc(rng, [
        "card number is {a}\n{b}",
        "first part {a}\nand then {b}",
        "{a}\n{b}\nsorry my phone keeps sending early, that's the card",
        "the number on the card:\n{a}\n(cont) {b}",
        "card: {a}...\n...{b}",
    ])
    return t.format(a=a, b=b), "card_number", "split.card", n


def json_card(rng):
    n = make_card(rng)
    s = fmt_card(rng, n, rng.choice(["plain", "space"]))
    obj = rng.choice([
        {"customer": rng.choice(NAMES), "card_number": s, "zip": zipc(rng)},
        {"payment": {"method": "card", "pan": s, "exp": date(rng)}},
        {"cardNumber": s, "holder": rng.choice(NAMES), "billingZip": zipc(rng)},
        {"data": [{"type": "card", "number": s}]},
    ])
    pre = rng.choice(["here is what the checkout page sent, maybe it helps: ", "pasting the request body from the devtools:\n", "", "the merchant's form dumped this: "])
    return pre + json.dumps(obj, ensure_ascii=False), "card_number", "json.card", n


def url_card(rng):
    n = make_card(rng)
    t = cyc(rng, [
        "the page redirected me to https://pay.example-shop.com/confirm?amount=49.99&card={n}&zip={z} is that normal?",
        "link in the email was https://checkout.example.net/step2?pan={n}&exp={e}&lang=en",
        "weird, my browser shows /api/pay?cc_number={n}&save=true in the address bar",
    ])
    return t.format(n=n, z=zipc(rng), e=date(rng).replace("/", "%2F")), "card_number", "url.card", n


def html_card(rng):
    n, f = C(rng)
    t = cyc(rng, [
        '<input type="text" name="cardnumber" value="{f}"> <- that\'s what the form autofilled',
        "<p>Card: <b>{f}</b></p><p>Amount: {a}</p>",
        "<td>Card number</td><td>{f}</td>",
    ])
    return t.format(f=f, a=amt(rng)), "card_number", "html.card", n


def code_card(rng):
    n, f = C(rng)
    t = cyc(rng, [
        "```\nCARD={n}\nEXP={e}\n```\nthat's from the note on my phone",
        "```\ncard_number: \"{f}\"\nname: {nm}\n```",
    ])
    return t.format(n=n, f=f, e=date(rng), nm=rng.choice(NAMES)), "card_number", "code.card", n


def kv_card(rng):
    n, f = C(rng)
    t = cyc(rng, [
        "2026-11-30T14:22:07Z INFO checkout user=dana42 pan={n} amount={a} status=DECLINED",
        "ts=1764512527 event=auth_fail card={n} merchant=\"{m}\" reason=do_not_honor",
        "name={nm}; card_no={f}; zip={z}",
    ])
    return t.format(n=n, f=f, a=amt(rng)[1:], m=rng.choice(MERCH), nm=rng.choice(NAMES).split()[0], z=zipc(rng)), "card_number", "kv.card", n


def sig_card(rng):
    n = make_card(rng, "amex")
    f = fmt_card(rng, n)
    nm = rng.choice(NAMES)
    t = ("Please charge the renewal to the corporate card.\n\n--\n{nm}\nOffice Manager, Harbor Dental Group\n"
         "Tel {p}\nCorp Amex: {f}\n\nThis email and any attachments are confidential.")
    return t.format(nm=nm, p=phone(rng), f=f), "card_number", "sig.card", n


def lookalike_card(rng):
    while True:
        n = make_card(rng)
        if n.count("0") + n.count("1") >= 3:
            break
    f = fmt_card(rng, n, rng.choice(["space", "plain", "dash"]))
    g = lookalike(rng, f)
    if g == f:
        return None
    t = cyc(rng, ["card number {g}", "my card is {g}", "{g} is the card", "cc: {g} (typed it from the card)"])
    return t.format(g=g), "card_number", "lookalike.card", n


def fullwidth_card(rng):
    n, f = C(rng)
    table = rng.choice([FW, FW, AR, BOLD, DEV])
    g = uni_digits(f, table)
    t = cyc(rng, ["my card number is {g}", "カード番号 {g}", "card no. {g} (typed on my phone keyboard, sorry for the weird font)", "{g} — the card"])
    return t.format(g=g), "card_number", "unicode.card_digits", n


def zw_card(rng):
    n = make_card(rng)
    f = fmt_card(rng, n, rng.choice(["plain", "space"]))
    if " " in f and rng.random() < 0.6:
        g = f.replace(" ", rng.choice(["\u00a0", "\u202f", "\u2009"]))
    else:
        g = zw_insert(rng, f, ["\u200b", "\u200c", "\u2060", "\ufeff"])
    t = cyc(rng, ["card number {g} please check", "the card is {g}", "{g} is the one that got skimmed", "Card: {g}"])
    return t.format(g=g), "card_number", "unicode.card_spaces", n


def lang_card(rng):
    n, f = C(rng)
    lang, t = cyc(rng, [
        ("es", "Hola, mi número de tarjeta es {f} y no puedo pagar en línea, ¿me ayudan?"),
        ("fr", "Bonjour, mon numéro de carte est le {f}, elle a été refusée chez {m}."),
        ("de", "Hallo, meine Kartennummer ist {f}. Die Karte wurde gestern gesperrt."),
        ("pt", "Olá, o número do meu cartão é {f}, não consigo fazer compras"),
        ("es", "buenas, el numero de la tarjeta es {f}, me cobraron dos veces en {m}"),
        ("fr", "voici le numéro de ma carte : {f} merci de vérifier"),
        ("de", "Kreditkartennummer: {f} – bitte prüfen Sie die Abbuchung von {m}"),
        ("pt", "numero do cartao {f} foi recusado no {m}, o que houve?"),
    ])
    return t.format(f=f, m=rng.choice(MERCH)), "card_number", "lang_%s.card" % lang, n


def question_card(rng):
    n, f = C(rng)
    t = cyc(rng, [
        "is {f} the right card number to give the hotel?",
        "can you check if {f} is still active?",
        "should {f} work for Apple Pay or do I need the new card?",
        "why does {f} keep getting declined??",
    ])
    return t.format(f=f), "card_number", "question.card", n


def corrected_card(rng):
    n = make_card(rng)
    # a typo'd version: change one digit so Luhn fails
    while True:
        i = rng.randint(4, len(n) - 2)
        d = str((int(n[i]) + rng.randint(1, 9)) % 10)
        wrong = n[:i] + d + n[i + 1:]
        if not luhn_ok(wrong):
            break
    style = rng.choice(["space", "plain", "dash"])
    t = cyc(rng, [
        "card is {w}\nsorry, typo, it's {r}",
        "{w} wait no. {r} is the correct card number",
        "my card number is {w} — correction: {r}",
    ])
    return t.format(w=fmt_card(rng, wrong, style), r=fmt_card(rng, n, style)), "card_number", "corrected.card", n


def spelled_card(rng):
    n = make_card(rng)
    mode = rng.randint(0, 2)
    if mode == 0:
        g = spell(n)
    elif mode == 1:
        parts = fmt_groups(n, " ").split(" ")
        g = ", ".join(spell(p, "-") for p in parts)
    else:
        parts = fmt_groups(n, " ").split(" ")
        g = " ".join(p if i % 2 == 0 else spell(p) for i, p in enumerate(parts))
    t = cyc(rng, ["my card number is {g}", "reading it off the card: {g}", "card = {g}"])
    return t.format(g=g), "card_number", "spelled.card", n


# ---- security_code --------------------------------------------------------

def ramble_cvv(rng):
    v = make_cvv(rng, four=rng.random() < 0.5)
    t = cyc(rng, [
        "so the website for {m} keeps saying my payment info is wrong and I've tried like five times now, I double checked the expiry date and the zip {z} and everything, and the security code on the card is {v} which is what I typed in. is something blocked on your end? I really need to book this before the price goes up",
        "Hi there, I'm trying to buy concert tickets and the page asks for the CVV, I entered {v}, but it times out every single time and now I'm worried I've been charged three times. Can you see any pending charges for {a}?",
    ])
    return t.format(m=rng.choice(MERCH), z=zipc(rng), v=v, a=amt(rng)), "security_code", "ramble.cvv", v


def typo_cvv(rng):
    four = rng.random() < 0.4
    v = make_cvv(rng, four)
    cue = rng.choice(["secuirty code", "secruity code", "cvv2", "cvc", "ccv", "cvv #", "sec code",
                      "scurity code on the back", "CID numbr", "card verifcation value"])
    if "CID" in cue and not four:
        return None
    t = cyc(rng, ["{q} is {v}", "my {q}: {v}", "{q} {v} if u need it", "the {q}={v}"])
    return t.format(q=cue, v=v), "security_code", "typo.cvv", v


def after_cvv(rng):
    four = rng.random() < 0.4
    v = make_cvv(rng, four)
    t = cyc(rng, [
        "{v} is the 3 digits on the back" if not four else "{v} is the 4 digit code on the front",
        "{v} — that's the cvv, expiry is {e}",
        "{v}, that's my security code, in case the site needs it",
        "the number {v} printed by the signature strip, that one",
    ])
    if "signature" in t and four:
        return None
    return t.format(v=v, e=date(rng)), "security_code", "after.cvv", v


def split_cvv(rng):
    v = make_cvv(rng)
    t = cyc(rng, ["security code\n{v}", "cvv is\n\n{v}", "code on back:\n{a}\n{b}\n{c}"])
    return t.format(v=v, a=v[0], b=v[1], c=v[2]), "security_code", "split.cvv", v


def json_cvv(rng):
    four = rng.random() < 0.4
    v = make_cvv(rng, four)
    obj = rng.choice([
        {"last4": last4_nocard(rng), "cvv": v, "exp": date(rng)},
        {"card": {"ending": last4_nocard(rng), ("cid" if four else "cvc"): v}},
        {"securityCode": v, "postalCode": zipc(rng)},
    ])
    return "this is what the checkout error returned: " + json.dumps(obj), "security_code", "json.cvv", v


def url_cvv(rng):
    v = make_cvv(rng, rng.random() < 0.3)
    t = cyc(rng, [
        "the URL after I hit pay was https://shop.example.com/pay?last4={l}&cvv={v}&zip={z}",
        "why is ?cvc={v} showing in the link the merchant sent me",
        "https://example-tickets.com/checkout?step=3&cvv2={v}&amount={a} <- this page froze",
    ])
    return t.format(l=last4_nocard(rng), v=v, z=zipc(rng), a=amt(rng)[1:]), "security_code", "url.cvv", v


def html_cvv(rng):
    v = make_cvv(rng)
    t = cyc(rng, ['<input name="cvv" value="{v}" maxlength="4">', "<label>CVV</label><span>{v}</span>"])
    return "the page source shows " + t.format(v=v), "security_code", "html.cvv", v


def kv_cvv(rng):
    v = make_cvv(rng, rng.random() < 0.3)
    t = cyc(rng, [
        "last4={l} exp={e} cvv={v} zip={z}",
        "[checkout] card_last4={l} cvc2={v} result=declined",
        "CVV: {v} | Exp: {e} | ZIP: {z}",
    ])
    return t.format(l=last4_nocard(rng), e=date(rng), v=v, z=zipc(rng)), "security_code", "kv.cvv", v


def lang_cvv(rng):
    four = rng.random() < 0.3
    v = make_cvv(rng, four)
    lang, t = cyc(rng, [
        ("es", "el código de seguridad de mi tarjeta es {v}, ¿por qué me lo rechaza?"),
        ("fr", "le cryptogramme visuel est {v}, le paiement ne passe toujours pas"),
        ("de", "Die Kartenprüfnummer ist {v}, trotzdem wird die Zahlung abgelehnt."),
        ("pt", "o código de segurança é {v}, mas a compra não passa"),
        ("es", "CVV: {v} (los números de atrás)"),
        ("fr", "code de sécurité de la carte : {v}"),
        ("de", "Sicherheitscode hinten auf der Karte: {v}"),
        ("pt", "cvv do cartão: {v}"),
    ])
    if four and ("atrás" in t or "hinten" in t):
        return None  # the 4-digit Amex CID is on the front
    return t.format(v=v), "security_code", "lang_%s.cvv" % lang, v


def question_cvv(rng):
    four = rng.random() < 0.35
    v = make_cvv(rng, four)
    t = cyc(rng, [
        "is {v} the right cvv? it's kind of faded",
        "the site rejected {v} as the security code, did I read it wrong?",
        "does {v} count as the CID? it's the little number above the card number" if four else "is the security code {v} or is that something else on the back?",
        "quick q: {v} for the cvc, correct?",
    ])
    return t.format(v=v), "security_code", "question.cvv", v


def corrected_cvv(rng):
    four = rng.random() < 0.35
    v = make_cvv(rng, four)
    w = v[1] + v[0] + v[2:]
    if w == v:
        return None
    t = cyc(rng, ["cvv {w}... sorry, it's {v}", "security code is {w}\nno wait {v}, I flipped the digits",
                    "CID {w} - correction {v}" if four else "cvc {w} - correction {v}"])
    return t.format(w=w, v=v), "security_code", "corrected.cvv", v


def cid_amex(rng):
    v = make_cvv(rng, four=True)
    t = cyc(rng, [
        "the 4-digit code on the front of my amex is {v}",
        "Amex CID {v}, card ending {l}",
        "the little number above the card number on the right says {v}",
    ])
    return t.format(v=v, l=last4_nocard(rng)), "security_code", "plain.cid", v


def unicode_cvv(rng):
    v = make_cvv(rng, rng.random() < 0.3)
    table = rng.choice([FW, AR])
    t = cyc(rng, ["cvv {g}", "security code: {g}", "ＣＶＶ　{g}"])
    return t.format(g=uni_digits(v, table)), "security_code", "unicode.cvv", v


# ---- ssn -----------------------------------------------------------------

def S(rng, style=None):
    v = make_ssn(rng)
    return v, fmt_ssn(rng, v, style)


def ramble_ssn(rng):
    v, f = S(rng)
    t = cyc(rng, [
        "I'm applying for the credit limit increase and the form keeps timing out, and honestly I don't know why it needs all this. I've typed my social, {f}, three times and my income, and it still says we could not verify your identity. can you just do it on your side?",
        "so my mom passed away in {mo} and I'm the executor and I'm trying to close her account. the bank asked for her social security number which is {f} and her date of birth, what else do you need from me? sorry if this is the wrong place",
    ])
    return t.format(f=f, mo=rng.choice(["March", "June", "August", "October"])), "ssn", "ramble.ssn", v


def typo_ssn(rng):
    v, f = S(rng)
    cue = rng.choice(["socail security number", "social secuirty #", "ssn#", "soc sec no", "SS#", "s.s.n.",
                      "socal", "social security numbr", "SSN no."])
    t = cyc(rng, ["{q} {f}", "my {q} is {f}", "{q}: {f} for the verification", "here's my {q} -> {f}"])
    return t.format(q=cue, f=f), "ssn", "typo.ssn", v


def after_ssn(rng):
    v, f = S(rng)
    t = cyc(rng, ["{f} that's my SSN", "{f} is my social", "{f}\n^ social security number for the application",
                    "{f} (social) — do you need anything else?", "ok: {f}. that's my ss number"])
    return t.format(f=f), "ssn", "after.ssn", v


def split_ssn(rng):
    v = make_ssn(rng)
    t = cyc(rng, ["my ssn is {a}-{b}\n-{c}", "social:\n{a}\n{b}\n{c}", "ssn {a}-\n{b}-{c}"])
    return t.format(a=v[:3], b=v[3:5], c=v[5:]), "ssn", "split.ssn", v


def json_ssn(rng):
    v, f = S(rng, rng.choice(["dash", "plain"]))
    obj = rng.choice([
        {"applicant": rng.choice(NAMES), "ssn": f, "dob": "19%02d-%02d-%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28))},
        {"taxId": f, "type": "SSN"},
        {"user": {"name": rng.choice(NAMES), "social_security_number": f}},
    ])
    return "the application page had this in the error popup " + json.dumps(obj, ensure_ascii=False), "ssn", "json.ssn", v


def sig_ssn(rng):
    v, f = S(rng)
    t = "Thanks for the help.\n\nBest,\n{nm}\n{addr}\nSSN {f}\nCell {p}"
    return t.format(nm=rng.choice(NAMES), addr="%d Elm St, %s" % (rng.randint(10, 999), rng.choice(CITIES)), f=f, p=phone(rng)), "ssn", "sig.ssn", v


def html_ssn(rng):
    v, f = S(rng)
    return '<div class="field">SSN: <span>{f}</span></div>'.format(f=f), "ssn", "html.ssn", v


def kv_ssn(rng):
    v, f = S(rng)
    t = cyc(rng, ["name={nm} ssn={f} dob={d}/19{y}", "applicant_ssn=\"{f}\" income=85000 status=pending",
                    "SSN: {f} | DOB: {d}/19{y} | ZIP: {z}"])
    return t.format(nm=rng.choice(NAMES).split()[0], f=f, d=date(rng), y=rng.randint(50, 99), z=zipc(rng)), "ssn", "kv.ssn", v


def unicode_ssn(rng):
    v, f = S(rng, rng.choice(["dash", "space", "plain"]))
    mode = rng.randint(0, 2)
    if mode == 0:
        g = uni_digits(f, rng.choice([FW, AR]))
        note = "unicode.ssn_digits"
    elif mode == 1:
        g = zw_insert(rng, f, ["\u200b", "\u2060", "\u00ad"]) if rng.random() < 0.5 else f.replace("-", "\u2011").replace(" ", "\u00a0")
        if g == f:
            g = zw_insert(rng, f, ["\u200b"])
        note = "unicode.ssn_spaces"
    else:
        if v.count("0") + v.count("1") < 1:
            return None
        g = lookalike(rng, f)
        if g == f:
            return None
        note = "lookalike.ssn"
    t = cyc(rng, ["ssn {g}", "my social security number is {g}", "{g} (social)"])
    return t.format(g=g), "ssn", note, v


def lang_ssn(rng):
    v, f = S(rng)
    lang, t = cyc(rng, [
        ("es", "mi número de seguro social es {f}"),
        ("fr", "mon numéro de sécurité sociale américain est le {f}"),
        ("de", "Meine US-Sozialversicherungsnummer lautet {f}."),
        ("pt", "meu número do seguro social (SSN) é {f}"),
        ("es", "para la solicitud: seguro social {f}"),
        ("fr", "pour la demande, mon SSN : {f}"),
        ("de", "Social Security Number (USA): {f}, reicht das?"),
        ("pt", "SSN: {f}, pode verificar agora?"),
    ])
    return t.format(f=f), "ssn", "lang_%s.ssn" % lang, v


def question_ssn(rng):
    v, f = S(rng)
    t = cyc(rng, ["do you need my ssn? it's {f}", "is {f} enough to verify me or do you need more?",
                    "can you confirm the SSN on file is {f}?"])
    return t.format(f=f), "ssn", "question.ssn", v


def corrected_ssn(rng):
    v = make_ssn(rng)
    w = v[:6] + v[7] + v[6] + v[8:]
    if w == v:
        return None
    t = cyc(rng, ["ssn {w} - sorry, {r}", "my social is {w}\nactually it's {r}, fat fingers"])
    return t.format(w=fmt_ssn(rng, w, "dash"), r=fmt_ssn(rng, v, "dash")), "ssn", "corrected.ssn", v


def spelled_ssn(rng):
    v = make_ssn(rng)
    g = "%s, %s, %s" % (spell(v[:3]), spell(v[3:5]), spell(v[5:]))
    return "social security number: " + g, "ssn", "spelled.ssn", v


# ---- otp -----------------------------------------------------------------

def ramble_otp(rng):
    v = make_otp(rng)
    t = cyc(rng, [
        "ugh ok so I'm trying to log in on my new phone and it sent me a text, the verification code is {v}, but the app just spins and spins and then says session expired. I've restarted the phone twice. what am I doing wrong here",
        "I was buying a gift online at {m} and a screen popped up asking for a code sent to my phone, it came through as {v}, and then it said the transaction couldn't be completed. did the charge go through or not?",
    ])
    return t.format(v=v, m=rng.choice(MERCH)), "otp", "ramble.otp", v


def typo_otp(rng):
    v = make_otp(rng)
    cue = rng.choice(["verfication code", "verificaiton code", "one time pascode", "one-tme code", "otp cod",
                      "safe key code", "verifcation #", "securty code from the text", "2fa cod"])
    t = cyc(rng, ["{q} is {v}", "the {q} {v}", "got the {q}: {v}", "{q}={v}"])
    return t.format(q=cue, v=v), "otp", "typo.otp", v


def after_otp(rng):
    v = make_otp(rng)
    t = cyc(rng, ["{v} is the code you just texted me", "{v} — that's the one-time passcode",
                    "{v}\nthat was the verification code from the SMS", "{v}, that's the SafeKey code that popped up"])
    return t.format(v=v), "otp", "after.otp", v


def split_otp(rng):
    v = make_otp(rng, 6)
    t = cyc(rng, ["verification code {s}", "the code they texted:\n{a}\n{b}", "the code from the text is {h}"])
    return t.format(s=" ".join(v), a=v[:3], b=v[3:], h=v[:3] + " " + v[3:]), "otp", "split.otp", v


def json_otp(rng):
    v = make_otp(rng)
    obj = rng.choice([{"otp": v, "channel": "sms"}, {"verification": {"code": v, "expires_in": 600}}])
    return "copied from the app debug screen: " + json.dumps(obj), "otp", "json.otp", v


def url_otp(rng):
    v = make_otp(rng)
    t = cyc(rng, ["the link was https://verify.example.com/confirm?otp={v}&session=ab12cd",
                    "it opened /auth/verify?user=dana&code={v}&channel=sms and then 404",
                    "https://example.com/safekey?txn=88213&passcode={v} <- stuck on this page"])
    return t.format(v=v), "otp", "url.otp", v


def kv_otp(rng):
    v = make_otp(rng)
    t = cyc(rng, ["2026-12-01 09:14:55 DEBUG mfa user=kw88 otp={v} result=rejected",
                    "event=login_challenge otp_code=\"{v}\" device=iPhone15",
                    "Code: {v} | Sent: 09:41 | Channel: SMS"])
    return t.format(v=v), "otp", "kv.otp", v


def code_otp(rng):
    v = make_otp(rng)
    return "```\n> Your American Express verification code is {v}. Do not share it.\n```\nthis is the text I got, is it legit?".format(v=v), "otp", "code.otp", v


def lang_otp(rng):
    v = make_otp(rng)
    lang, t = cyc(rng, [
        ("es", "el código de verificación que me llegó es {v}"),
        ("fr", "le code de vérification reçu par SMS est {v}"),
        ("de", "Der Bestätigungscode aus der SMS lautet {v}."),
        ("pt", "o código de verificação é {v}"),
        ("es", "me mandaron el codigo {v} por SMS para confirmar la compra"),
        ("fr", "mon code à usage unique : {v}"),
        ("de", "Einmalcode: {v} – funktioniert aber nicht"),
        ("pt", "recebi o código {v} por SMS, é esse?"),
    ])
    return t.format(v=v), "otp", "lang_%s.otp" % lang, v


def question_otp(rng):
    v = make_otp(rng)
    t = cyc(rng, ["is {v} the verification code you need?", "should I type {v} in the one-time code box?",
                    "the SafeKey code says {v}, do I enter it here or in the app?", "you want the code? {v}?"])
    return t.format(v=v), "otp", "question.otp", v


def corrected_otp(rng):
    v = make_otp(rng, 6)
    w = v[:4] + v[5] + v[4]
    if w == v:
        return None
    t = cyc(rng, ["code {w} sorry {v}", "verification code is {w}\n*{v}"])
    return t.format(w=w, v=v), "otp", "corrected.otp", v


def unicode_otp(rng):
    v = make_otp(rng)
    mode = rng.randint(0, 1)
    g = uni_digits(v, rng.choice([FW, BOLD])) if mode == 0 else zw_insert(rng, v, ["\u200b", "\u2060"])
    t = cyc(rng, ["verification code {g}", "otp: {g}", "the code is {g}"])
    return t.format(g=g), "otp", "unicode.otp", v


def safekey_otp(rng):
    v = make_otp(rng)
    t = cyc(rng, ["SafeKey code {v}", "my safekey passcode for the purchase is {v}",
                    "American Express SafeKey: {v}"])
    return t.format(v=v), "otp", "plain.safekey", v


# ---- password / PIN -------------------------------------------------------

def ramble_pw(rng):
    v = make_password(rng)
    t = cyc(rng, [
        "honestly I'm about to give up, I've reset this thing twice this week. I set it to {v} on Monday and today it tells me the password is incorrect and then locks me out for 30 minutes. can you see what's going on with my login?",
        "My son set up the online account for me and he wrote the password down as {v} but I can't get in. He's away until Christmas. Can you reset it or tell me if that's wrong?",
    ])
    return t.format(v=v), "password", "ramble.password", v


def typo_pw(rng):
    v = make_password(rng)
    cue = rng.choice(["pasword", "passwrd", "pword", "passowrd", "pw", "login pass", "passwort", "pwd"])
    t = cyc(rng, ["my {q} is {v}", "{q}: {v}", "{q} = {v} and it still says invalid", "tried {q} {v} 3 times"])
    if cue == "passwort":
        return None
    return t.format(q=cue, v=v), "password", "typo.password", v


def after_pw(rng):
    v = make_password(rng)
    t = cyc(rng, ["{v} <- that's my password, why won't it work", "{v} is the password I use for the app",
                    "{v}\nthat's what I set as my login password yesterday"])
    return t.format(v=v), "password", "after.password", v


def split_pw(rng):
    v = make_password(rng)
    k = len(v) // 2
    return "password is\n{a}\n{b}\n(no space)".format(a=v[:k], b=v[k:]), "password", "split.password", v


def json_pw(rng):
    v = make_password(rng)
    obj = {"username": rng.choice(["dana.k", "mwright77", "priya_s", "tomas.r"]), "password": v, "remember": True}
    return "login request body: " + json.dumps(obj), "password", "json.password", v


def url_pw(rng):
    v = make_password(rng)
    if "&" in v or "#" in v or "%" in v:
        return None
    return "the old bookmark was https://example-login.com/signin?user=dana&pwd={v}".format(v=v), "password", "url.password", v


def code_pw(rng):
    v = make_password(rng)
    t = cyc(rng, ["```\n[amex]\nuser = wchen\npassword = {v}\n```\nthis is in my password manager export",
                    "```python\nlogin(\"rafa.g\", \"{v}\")\n```\nmy script used to work, now it says locked"])
    return t.format(v=v), "password", "code.password", v


def kv_pw(rng):
    v = make_password(rng)
    if " " in v:
        return None
    return "user=olu.a pass={v} attempts=3 status=locked".format(v=v), "password", "kv.password", v


def lang_pw(rng):
    v = make_password(rng)
    lang, t = cyc(rng, [
        ("es", "mi contraseña es {v} y no me deja entrar"),
        ("fr", "mon mot de passe est {v}, mais l'appli dit qu'il est incorrect"),
        ("de", "Mein Passwort ist {v}, aber der Login geht nicht."),
        ("pt", "minha senha é {v} e não consigo entrar"),
        ("es", "la clave de acceso que puse fue {v}"),
        ("fr", "mdp : {v} (je l'ai changé hier)"),
        ("de", "Passwort: {v}"),
        ("pt", "senha: {v}"),
    ])
    return t.format(v=v), "password", "lang_%s.password" % lang, v


def question_pw(rng):
    if rng.random() < 0.5:
        v = make_pin(rng)
        t = cyc(rng, ["is {v} my PIN? I can't remember if I changed it", "does the ATM want {v} or my old PIN?",
                        "should my pin {v} work abroad?"])
    else:
        v = make_password(rng)
        t = cyc(rng, ["is the password {v} too weak?", "why is {v} not accepted as my password?"])
    return t.format(v=v), "password", "question.password", v


def corrected_pw(rng):
    v = make_password(rng)
    w = v.lower() if v.lower() != v else v.upper()
    if w == v:
        return None
    return "password {w} - sorry caps matter, it's {v}".format(w=w, v=v), "password", "corrected.password", v


def pin_pw(rng):
    v = make_pin(rng, rng.choice([4, 4, 4, 6]))
    t = cyc(rng, ["my PIN is {v}", "pin {v} for the cash advance", "{v} is my pin number, the ATM ate my card",
                    "Mi PIN es {v}", "PIN: {v} — it says incorrect PIN"])
    return t.format(v=v), "password", "plain.pin", v


def unicode_pw(rng):
    v = make_pin(rng)
    return "pin {g}".format(g=uni_digits(v, FW)) if rng.random() < 0.5 else "my PIN is {g}".format(g=zw_insert(rng, v, ["\u200b"])), "password", "unicode.pin", v


def passcode_login(rng):
    v = make_password(rng)
    t = cyc(rng, ["my login passcode is {v}", "online banking passcode: {v}"])
    return t.format(v=v), "password", "plain.passcode", v


# --------------------------------------------------------------------------
# harmless near misses
# --------------------------------------------------------------------------

def H(text, note):
    return text, None, note, None


def nm_password(rng):
    t = cyc(rng, [
        "my password reset link expired after {n} minutes, can you send another?",
        "I forgot my password again lol",
        "the app says the password must be {a}-{b} characters, is that new?",
        "I changed my password on {d} and now face ID doesn't work",
        "my PIN got locked after {k} wrong tries",
        "please don't ask me for my password, I know you're not supposed to",
        "the password field keeps clearing itself when I paste",
        "I need to set a PIN for the cash advance, where do I do that?",
        "can I change my PIN in the app or only by phone?",
        "the reset email says my new password has to include a symbol and {k} numbers",
        "My password expired on {d} and the reset page is blank",
        "does the 'Forgot User ID or Password' link work on mobile?",
    ])
    return H(t.format(n=rng.choice([10, 15, 20, 30]), a=rng.choice([6, 8]), b=rng.choice([20, 32, 64]),
                      d=date(rng), k=rng.choice([2, 3, 5])), "nearmiss.password")


def nm_ssn(rng):
    t = cyc(rng, [
        "my SSN ends in {l}, if that helps",
        "last 4 of my social are {l}",
        "the letter shows SSN ***-**-{l}, is that mine?",
        "why do you need my social security number for a limit increase?",
        "I'd rather not give my full SSN in chat",
        "my social security card is in the safe deposit box, can I do this later?",
        "the form says SSN: XXX-XX-{l} already filled in",
        "I don't have an SSN, I'm here on a work visa, can I still apply?",
    ])
    return H(t.format(l=last4_nocard(rng)), "nearmiss.ssn")


def nm_otp(rng):
    t = cyc(rng, [
        "the verification code {h} hours ago never came",
        "I requested a code at {tm} and nothing arrived",
        "it asked for a {n}-digit code but I didn't get a text",
        "can you resend the one-time code to the phone ending in {l}?",
        "the SafeKey screen said the code expires in {m} minutes, then it froze",
        "my verification code expired before I could type it",
        "the code you sent was only valid for {m} min, too short",
        "SafeKey keeps asking for a code on every purchase over ${x}",
        "I got {k} codes in a row that I didn't ask for, should I worry?",
        "the one-time passcode went to my old number, ending {l}",
    ])
    return H(t.format(h=rng.choice([2, 3, 5]), tm="%d:%02d %s" % (rng.randint(1, 12), rng.randint(0, 59), rng.choice(["am", "pm"])),
                      n=rng.choice([4, 6, 8]), l=last4_nocard(rng), m=rng.choice([5, 10, 15]), x=rng.choice([100, 250, 500]),
                      k=rng.choice([3, 4, 7])), "nearmiss.otp")


def nm_cvv(rng):
    t = cyc(rng, [
        "where is the CVV on an amex?",
        "is the security code the 3 digits on the back or the 4 on the front?",
        "the CID on my card is worn off, can I get a replacement?",
        "checkout says cvv mismatch but the card ending {l} is brand new",
        "my card doesn't seem to have a cvv printed at all",
        "the 4-digit code on the front is smudged, what do I do",
        "the site wants a 3-digit cvv but amex has 4 right?",
        "I never saved my security code anywhere, don't worry",
        "the merchant said the CVV was wrong on {d}, but I typed it carefully",
        "do virtual card numbers have their own cvv?",
    ])
    return H(t.format(l=last4_nocard(rng), d=date(rng)), "nearmiss.cvv")


def nm_card(rng):
    o = bad_luhn16(rng, rng.choice("4537"))
    t = cyc(rng, [
        "my card ending in {l} was declined at {m}",
        "the card ending {l} shows a {a} charge I don't know",
        "order {o4} shipped but never arrived",
        "Order #{o} from {m} — I want to dispute it",
        "my Target gift card number {g} has the wrong balance, not my amex",
        "the Costco membership number on my receipt is {mem}, does that matter?",
        "the new card ending in {l} expires {e}",
        "the card number starts with 37 and ends with {l}, do you need more?",
        "I added the card ending {l} to Apple Pay and it shows a different device number, ending {l2}",
        "my virtual card ends in {l} but the statement shows the physical one",
    ])
    g = "".join(rng.choice("0123456789") for _ in range(16))
    g = "6006 " + g[:4] + " " + g[4:8] + " " + g[8:12]
    return H(t.format(l=last4_nocard(rng), l2=last4_nocard(rng), m=rng.choice(MERCH), a=amt(rng), o=o,
                      o4=" ".join(o[i:i + 4] for i in range(0, 16, 4)), g=g, mem="111" + "".join(rng.choice("0123456789") for _ in range(9)),
                      e=date(rng)), "nearmiss.card")


def nm_ids(rng):
    t = cyc(rng, [
        "case number {c} — any update?",
        "my confirmation number for the hotel is {h}",
        "flight {al} {fn} on {d} got cancelled, can I claim trip delay?",
        "the tracking number is 1Z{tr} and UPS says delivered",
        "reference number {r} from the last chat",
        "the dispute case ID is {c}, they said 2 billing cycles",
        "my Chase checking account {acct} is where the payment came from",
        "I paid from my Wells Fargo account ending {l}, routing number {rt}",
        "my Deutsche Bank IBAN is {iban}, can I pay from it?",
        "Amazon order {az} was charged twice",
        "hotel confirmation #{h}, Marriott {c2}",
        "Membership Rewards transfer reference {r}",
    ])
    iban = make_iban(rng)
    return H(t.format(c="%d%07d" % (rng.randint(1, 9), rng.randint(0, 9999999)), h=rng.randint(10000000, 99999999),
                      al=rng.choice(["DL", "UA", "AA", "B6"]), fn=rng.randint(100, 2999), d=date(rng),
                      tr="".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(16)),
                      r="R-%s" % "".join(rng.choice("0123456789ABCDEF") for _ in range(10)),
                      acct="%010d" % rng.randint(0, 9999999999), l=last4_nocard(rng),
                      rt=rng.choice(["121000248", "021000021", "026009593"]), iban=iban,
                      az="%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999)),
                      c2=rng.choice(CITIES)), "nearmiss.ids")


def make_iban(rng):
    bban = "".join(rng.choice("0123456789") for _ in range(18))
    num = int(bban + "131400")  # D=13 E=14 + "00"
    chk = 98 - num % 97
    s = "DE%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def nm_misc(rng):
    t = cyc(rng, [
        "my ZIP is {z}, billing address {n} Oak Ave, {c}",
        "the charge was {a} on {d} at {tm}",
        "please call me back at {p}",
        "APR went from {p1}% to {p2}%, why?",
        "I paid {a} on {d}, confirmation {cf}",
        "the late fee was $39 and it posted {d}",
        "my new address is {n} Pine St Apt {ap}, {c} {z}",
        "I'm in {c} until {d}, then back home in {z}",
        "the payment due date is the {dd}th, can I move it to the {dd2}th?",
        "statement closing date {d}, balance {a}",
        "I earned {pts} points last month but only {pts2} posted",
        "call 1-800-528-4800 or the number on the back of my card?",
    ])
    return H(t.format(z=zipc(rng), n=rng.randint(10, 9999), c=rng.choice(CITIES), a=amt(rng), d=date(rng),
                      tm="%d:%02d" % (rng.randint(1, 12), rng.randint(0, 59)), p=phone(rng),
                      p1="%d.%02d" % (rng.randint(18, 25), rng.randint(0, 99)), p2="%d.%02d" % (rng.randint(26, 30), rng.randint(0, 99)),
                      cf=rng.randint(1000000, 9999999), ap=rng.randint(1, 40), dd=rng.randint(4, 9), dd2=rng.randint(14, 19),
                      pts="{:,}".format(rng.randint(1000, 90000)), pts2="{:,}".format(rng.randint(100, 900))), "nearmiss.misc")


def nm_json(rng):
    obj = rng.choice([
        {"last4": last4_nocard(rng), "zip": zipc(rng), "amount": amt(rng)},
        {"order_id": bad_luhn16(rng), "status": "shipped"},
        {"cvv_check": "fail", "avs": "Y", "last4": last4_nocard(rng)},
        {"otp_status": "expired", "sent_at": "09:%02d" % rng.randint(0, 59)},
        {"password_reset": {"requested": True, "expires_in_min": 15}},
        {"ssn_last4": last4_nocard(rng), "verified": False},
        {"card": {"brand": "amex", "ending": last4_nocard(rng), "exp": date(rng)}},
    ])
    return H("the error popup showed " + json.dumps(obj), "json.nearmiss")


def nm_url(rng):
    t = cyc(rng, [
        "https://shop.example.com/order?id={o}&ref={r}",
        "the link https://example.com/reset-password?token={tok} says expired",
        "https://track.example.com/?tracking=1Z{tr}",
        "they sent me to /checkout?step=cvv&error=mismatch, what does that mean",
        "https://example.com/verify?otp=expired&retry=1 is where it stops",
        "https://www.americanexpress.com/contactus",
    ])
    return H(t.format(o=rng.randint(100000, 999999), r="".join(rng.choice("ABCDEFGH") for _ in range(6)),
                      tok="".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(20)),
                      tr="".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6)) + "%08d" % rng.randint(0, 99999999)), "url.nearmiss")


def nm_html(rng):
    t = cyc(rng, [
        '<input type="password" name="pwd" placeholder="Password">',
        '<label for="cvv">Security code</label><input id="cvv" maxlength="4">',
        "<p>Order <b>#{o}</b> total {a}</p>",
        "<span>Card ending in {l}</span>",
    ])
    return H("the page source shows " + t.format(o=rng.randint(100000, 999999), a=amt(rng), l=last4_nocard(rng)), "html.nearmiss")


def nm_code(rng):
    t = cyc(rng, [
        "```\nERROR 4{e}: invalid security code\n```",
        "```\npassword = os.environ[\"AMEX_PW\"]\n```\nthat's how my budgeting script reads it",
        "```\nOrder: {o}\nTotal: {a}\nCard: **** {l}\n```",
        "```\notp_length = 6\notp_ttl_seconds = 300\n```",
    ])
    return H(t.format(e=rng.randint(10, 99), o=rng.randint(1000000, 9999999), a=amt(rng), l=last4_nocard(rng)), "code.nearmiss")


def nm_kv(rng):
    t = cyc(rng, [
        "status=declined reason=cvv_mismatch amount={a} last4={l}",
        "event=otp_sent channel=sms phone_last4={l} ttl=600",
        "event=password_reset_requested user=dana42 ip=10.{x}.{y}.{z2}",
        "zip={z} last4={l} exp={d}",
        "order_id={o} qty=2 total={a}",
        "login_attempts=3 locked=true unlock_after=30m",
    ])
    return H(t.format(a=amt(rng)[1:], l=last4_nocard(rng), x=rng.randint(0, 255), y=rng.randint(0, 255),
                      z2=rng.randint(1, 254), z=zipc(rng), d=date(rng), o=rng.randint(10000000, 99999999)), "kv.nearmiss")


def nm_sig(rng):
    t = ("Thanks for resolving this so fast.\n\n--\n{nm}\n{n} Vesey St, Suite {s}, New York, NY 10{z3}\n"
         "Tel {p} | Fax {p2}\nCard ending {l}")
    if rng.random() < 0.4:
        t = "Sent from my iPhone\n\n{nm} | {p} | Ref {r}"
    return H(t.format(nm=rng.choice(NAMES), n=rng.randint(100, 299), s=rng.randint(100, 999), z=zipc(rng),
                      p=phone(rng), p2=phone(rng), l=last4_nocard(rng), r=rng.randint(100000, 999999), z3=rng.randint(100, 299)), "sig.nearmiss")


def nm_lang(rng):
    lang, t = cyc(rng, [
        ("es", "olvidé mi contraseña y el enlace para restablecerla expiró"),
        ("fr", "j'ai oublié mon mot de passe, comment le réinitialiser ?"),
        ("de", "Ich habe mein Passwort vergessen und der Link ist abgelaufen."),
        ("pt", "esqueci minha senha e não recebi o e-mail"),
        ("es", "no me llegó el código de verificación, ¿me lo pueden reenviar?"),
        ("fr", "le code de vérification n'est jamais arrivé"),
        ("de", "Der Bestätigungscode ist nach 10 Minuten abgelaufen."),
        ("pt", "o código de verificação não chegou no meu celular"),
        ("es", "mi tarjeta termina en {l} y me cobraron {a} dos veces"),
        ("fr", "ma carte se terminant par {l} a été refusée"),
        ("de", "Meine Karte mit Endziffern {l} wurde gesperrt."),
        ("pt", "meu cartão final {l} foi recusado no mercado"),
        ("es", "¿dónde está el código de seguridad en la tarjeta?"),
        ("fr", "où se trouve le cryptogramme sur une carte Amex ?"),
        ("de", "Wo finde ich die Kartenprüfnummer?"),
        ("pt", "preciso mudar a senha do aplicativo, como faço?"),
    ])
    return H(t.format(l=last4_nocard(rng), a=amt(rng)), "lang_%s.nearmiss" % lang)


def nm_question(rng):
    t = cyc(rng, [
        "how many digits is the SafeKey code supposed to be?",
        "is the CVV the same as the PIN?",
        "do I need my SSN to add an authorized user?",
        "what's the password rule, at least {n} characters?",
        "is a {n}-digit PIN allowed?",
        "should I give the merchant my cvv over the phone?",
        "why did the code you sent have {n} digits instead of 6?",
        "can you see my password? (I hope not)",
    ])
    return H(t.format(n=rng.choice([4, 5, 8, 12])), "question.nearmiss")


def nm_corrected(rng):
    z = zipc(rng)
    z2 = z[:3] + z[4] + z[3]
    t = cyc(rng, [
        "ZIP is {z} — sorry, {z2}",
        "the charge was {a}, sorry I mean {a2}",
        "card ending {l}... no wait, ending {l2}",
        "it was on {d}, correction, {d2}",
        "my phone is {p}, sorry typo, {p2}",
    ])
    return H(t.format(z=z, z2=z2, a=amt(rng), a2=amt(rng), l=last4_nocard(rng), l2=last4_nocard(rng), d=date(rng),
                      d2=date(rng), p=phone(rng), p2=phone(rng)), "corrected.nearmiss")


def nm_unicode(rng):
    t = cyc(rng, [
        ("the charge was " + uni_digits("$%d.%02d" % (rng.randint(10, 900), rng.randint(0, 99)), FW)),
        ("card ending " + uni_digits(last4_nocard(rng), FW)),
        ("call me at " + phone(rng).replace("-", "\u00a0")),
        ("order\u00a0#" + zw_insert(rng, str(rng.randint(1000000, 9999999)), ["\u200b"])),
        ("ZIP " + uni_digits(zipc(rng), AR)),
        ("the verification code never came, I waited " + uni_digits(str(rng.randint(10, 45)), FW) + " minutes"),
    ])
    return H(t, "unicode.nearmiss")


def nm_lookalike(rng):
    t = cyc(rng, [
        "promo code SAVE2O didn't work at checkout",
        "my username is dana_l0l, I just forgot the password",
        "order ORD-{x} never shipped",
        "the gate agent said flight B6 l{y} was oversold",
    ])
    return H(t.format(x=lookalike(rng, "%d10%d" % (rng.randint(10, 99), rng.randint(10, 99))), y=rng.randint(10, 99)), "lookalike.nearmiss")


def nm_ramble(rng):
    t = cyc(rng, [
        "Hi, sorry this is long. On {d} I booked a flight on {al} through Amex Travel, confirmation {h}, for {a}, and then the airline changed the time from {t1} to {t2} and I couldn't make it. I called them at {p} and they gave me case {c} but said to talk to you. my card ends in {l}. can I get the {a} back as a credit?",
        "ok so I got a text saying my verification code was needed, but I never tried to log in, and then a second text 2 minutes later. I didn't reply to either and I didn't share anything. my password hasn't changed since {d}. should I be worried? card ending {l}, zip {z}",
        "my dad (he's {age}) keeps getting calls from 'Amex' asking for his CVV and social security number. he hasn't given them anything, thank god. the number that called was {p}. how do we report this?",
        "Long-time cardmember here. The {a} annual fee posted on {d} and I was told by phone on {d2} that I'd get a retention offer of {pts} points. Reference number was {c}. Nothing has shown up. My ZIP is {z} and the card ends in {l}.",
        "I'm travelling in {c2} and tried to withdraw cash, the ATM asked for a PIN and I don't think I ever set one. I have about {a} left in cash and my hotel is booked until {d}. what are my options?",
    ])
    return H(t.format(d=date(rng), d2=date(rng), al=rng.choice(["Delta", "United", "JetBlue"]), h=rng.randint(100000, 999999),
                      a=amt(rng), t1="%d:%02d" % (rng.randint(6, 11), rng.randint(0, 59)), t2="%d:%02d" % (rng.randint(12, 20), rng.randint(0, 59)),
                      p=phone(rng), c="%d%06d" % (rng.randint(1, 9), rng.randint(0, 999999)), l=last4_nocard(rng), z=zipc(rng),
                      age=rng.randint(70, 92), pts="{:,}".format(rng.randint(10, 60) * 1000), c2=rng.choice(["Lisbon", "Madrid", "Lyon", "Munich"])),
             "ramble.nearmiss")


def nm_typo(rng):
    t = cyc(rng, [
        "forgot my pasword again, reset link pls",
        "the secuirty code isn't printed on the back??",
        "verfication code never came to my phone ending {l}",
        "my socail security card is lost, do I need it for this",
        "where do i find the cvv2 on the crad",
        "passwrd reset email went to spam, found it, all good now",
        "the one time pascode expired after {m} min",
    ])
    return H(t.format(l=last4_nocard(rng), m=rng.choice([5, 10])), "typo.nearmiss")


def nm_split(rng):
    t = cyc(rng, [
        "my address is {n} Maple Ave\nApt {ap}\n{c} {z}",
        "call me at\n{p}\nafter 5pm",
        "card ending\n{l}\nthe charge is {a}",
        "the code I got\n...never came actually, nothing arrived",
    ])
    return H(t.format(n=rng.randint(10, 9999), ap=rng.randint(1, 40), c=rng.choice(CITIES), z=zipc(rng),
                      p=phone(rng), l=last4_nocard(rng), a=amt(rng)), "split.nearmiss")


def nm_after(rng):
    t = cyc(rng, [
        "{l} — those are the last four of the card",
        "{z} is my zip code",
        "{a} is what they charged me",
        "{o}, that's the order number from the receipt",
        "{tm} was when the code was supposed to arrive",
    ])
    return H(t.format(l=last4_nocard(rng), z=zipc(rng), a=amt(rng), o=rng.randint(10000000, 99999999),
                      tm="%d:%02d pm" % (rng.randint(1, 11), rng.randint(0, 59))), "after.nearmiss")


def ocr_card(rng):
    n = make_card(rng, "amex")
    f = fmt_card(rng, n, "space")
    nm = rng.choice(["J SMITH", "MARIA L GOMEZ", "KWAME ASANTE", "R PATEL", "LINDA O'NEILL"])
    t = cyc(rng, [
        "copied the text from the photo of my card:\nAMERICAN EXPRESS\n{f}\nVALID THRU {e}\n{nm}",
        "my phone scanned it as: {f}  MEMBER SINCE 14  {nm}  {e}",
    ])
    return t.format(f=f, e=date(rng), nm=nm), "card_number", "ocr.card", n


def table_card(rng):
    n, f = C(rng)
    return ("| field | value |\n|---|---|\n| name | {nm} |\n| card | {f} |\n| zip | {z} |"
            .format(nm=rng.choice(NAMES), f=f, z=zipc(rng))), "card_number", "table.card", n


def passphrase_pw(rng):
    ws = ["correct", "lantern", "river", "purple", "otter", "seven", "window", "cactus", "mango", "violin"]
    rng.shuffle(ws)
    v = " ".join(ws[:4])
    t = cyc(rng, ["my password is \"{v}\" with the spaces", "login password: '{v}'"])
    return t.format(v=v), "password", "plain.passphrase", v


def nm_table(rng):
    return H("| date | merchant | amount |\n|---|---|---|\n| {d} | {m} | {a} |\n| {d2} | {m2} | {a2} |\ncard ending {l}".format(
        d=date(rng), d2=date(rng), m=rng.choice(MERCH), m2=rng.choice(MERCH), a=amt(rng), a2=amt(rng), l=last4_nocard(rng)), "table.nearmiss")


def nm_ocr(rng):
    return H("the photo of my card came out like this: AMERICAN EXPRESS  **** ****** *{l}  VALID THRU {e}  {nm}".format(
        l=last4_nocard(rng)[1:] if False else "%04d" % rng.randint(1000, 9999), e=date(rng),
        nm=rng.choice(["J SMITH", "R PATEL"])), "ocr.nearmiss")


FAMILIES = [
    # card_number (40)
    (ramble_card, 4), (typo_card, 3), (after_card, 3), (split_card, 3), (json_card, 2), (url_card, 2),
    (html_card, 1), (code_card, 1), (kv_card, 2), (sig_card, 1), (lookalike_card, 2), (fullwidth_card, 3),
    (zw_card, 3), (lang_card, 4), (question_card, 2), (corrected_card, 2), (spelled_card, 2), (ocr_card, 2), (table_card, 1),
    # security_code (30)
    (ramble_cvv, 2), (typo_cvv, 3), (after_cvv, 2), (split_cvv, 2), (json_cvv, 2), (url_cvv, 3),
    (html_cvv, 1), (kv_cvv, 2), (lang_cvv, 4), (question_cvv, 3), (corrected_cvv, 2), (cid_amex, 2),
    (unicode_cvv, 2),
    # ssn (28)
    (ramble_ssn, 2), (typo_ssn, 3), (after_ssn, 3), (split_ssn, 2), (json_ssn, 2), (sig_ssn, 1),
    (html_ssn, 1), (kv_ssn, 2), (unicode_ssn, 3), (lang_ssn, 4), (question_ssn, 2), (corrected_ssn, 2),
    (spelled_ssn, 1),
    # otp (28)
    (ramble_otp, 2), (typo_otp, 3), (after_otp, 3), (split_otp, 2), (json_otp, 1), (url_otp, 2),
    (kv_otp, 2), (code_otp, 1), (lang_otp, 4), (question_otp, 3), (corrected_otp, 2), (unicode_otp, 2),
    (safekey_otp, 1),
    # password (28)
    (ramble_pw, 2), (typo_pw, 3), (after_pw, 2), (split_pw, 1), (json_pw, 1), (url_pw, 1), (code_pw, 2),
    (kv_pw, 1), (lang_pw, 4), (question_pw, 3), (corrected_pw, 2), (pin_pw, 3), (unicode_pw, 2),
    (passcode_login, 1), (passphrase_pw, 1),
    # harmless (~168)
    (nm_password, 12), (nm_ssn, 8), (nm_otp, 12), (nm_cvv, 10), (nm_card, 13), (nm_ids, 12), (nm_misc, 10),
    (nm_json, 6), (nm_url, 5), (nm_html, 4), (nm_code, 4), (nm_kv, 6), (nm_sig, 4), (nm_lang, 14),
    (nm_question, 8), (nm_corrected, 5), (nm_unicode, 6), (nm_lookalike, 4), (nm_ramble, 7), (nm_typo, 7),
    (nm_split, 4), (nm_after, 5), (nm_table, 2), (nm_ocr, 2),
]

# --------------------------------------------------------------------------
# normalisation + checks (shared with the validator below)
# --------------------------------------------------------------------------

ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
SPACES = {ord(c): " " for c in "\u00a0\u202f\u2009\u3000"}
SPACES[ord("\u2011")] = "-"
WORD2D = {w: str(i) for i, w in enumerate(WORDS_EN)}


def normalize(text, lookalikes=False, words=False):
    t = text.translate(ZW).translate(SPACES)
    out = []
    for ch in t:
        if ch.isdigit() and not ("0" <= ch <= "9"):
            try:
                out.append(str(unicodedata.digit(ch)))
                continue
            except (TypeError, ValueError):
                pass
        out.append(ch)
    t = "".join(out)
    if lookalikes:
        t = re.sub(r"[0-9OoIl][0-9OoIl \-.]*[0-9OoIl]",
                   lambda m: m.group(0).translate(str.maketrans("OoIl", "0011"))
                   if sum(c.isdigit() for c in m.group(0)) >= 2 else m.group(0), t)
    if words:
        t = re.sub(r"\b(%s)\b" % "|".join(WORDS_EN), lambda m: WORD2D[m.group(1).lower()], t, flags=re.I)
    return t


def card_windows(text):
    """Any 13-19 digit window (digits joined by single space/dash/dot) that looks like a card."""
    t = normalize(text)
    hits = []
    for m in re.finditer(r"\d(?:[ \-.]?\d)*", t):
        d = re.sub(r"\D", "", m.group(0))
        for i in range(len(d)):
            for L in range(13, 20):
                if i + L <= len(d) and is_card(d[i:i + L]):
                    hits.append(d[i:i + L])
    return hits


SSN_FMT = re.compile(r"(?<!\d)(\d{3})[- .](\d{2})[- .](\d{4})(?!\d)")


def ssn_like(text):
    out = []
    for m in SSN_FMT.finditer(normalize(text)):
        a, g, s = m.groups()
        if a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000":
            out.append(a + g + s)
    return out


def build():
    rng = random.Random(SEED)
    rows, seen = [], set()
    for fn, count in FAMILIES:
        got, tries = 0, 0
        while got < count and tries < 500:
            tries += 1
            r = fn(rng)
            if r is None:
                continue
            text, kind, note, value = r
            if text in seen:
                continue
            cw = card_windows(text)
            if kind != "card_number" and cw:
                continue  # accidental card-like digits in a non-card line
            if kind is None and ssn_like(text):
                continue
            seen.add(text)
            rows.append({"text": text, "sensitive": kind is not None, "kind": kind, "note": note, "_v": value})
            got += 1
        if got < count:
            print("WARN: %s produced %d/%d" % (fn.__name__, got, count), file=sys.stderr)
    rng.shuffle(rows)
    return rows


def validate(rows):
    errs = []
    kinds = {"card_number", "security_code", "ssn", "otp", "password"}
    texts = set()
    for i, r in enumerate(rows):
        t, k, s, v = r["text"], r["kind"], r["sensitive"], r["_v"]
        if t in texts:
            errs.append((i, "dup"))
        texts.add(t)
        if s != (k is not None) or (k is not None and k not in kinds):
            errs.append((i, "label"))
        if not r["note"] or "." not in r["note"]:
            errs.append((i, "note"))
        if k is None:
            continue
        if k == "password":
            if v not in normalize(t) and v not in t and v not in re.sub(r"\s", "", t):
                errs.append((i, "pw value missing"))
            continue
        digits = re.sub(r"\D", "", normalize(t, lookalikes=True, words=True))
        if v not in digits:
            errs.append((i, "value missing %s" % v))
        if k == "card_number" and not is_card(v):
            errs.append((i, "card not luhn/prefix"))
        if k == "ssn":
            a, g, sr = v[:3], v[3:5], v[5:]
            if a in ("000", "666") or a[0] == "9" or g == "00" or sr == "0000":
                errs.append((i, "bad ssn"))
        if k == "security_code" and len(v) not in (3, 4):
            errs.append((i, "cvv len"))
        if k == "otp" and not 4 <= len(v) <= 8:
            errs.append((i, "otp len"))
    return errs


def main():
    rows = build()
    errs = validate(rows)
    if errs:
        for e in errs:
            print("ERR", e, rows[e[0]], file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"text": r["text"], "sensitive": r["sensitive"], "kind": r["kind"],
                                 "note": r["note"]}, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
