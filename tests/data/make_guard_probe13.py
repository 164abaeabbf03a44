#!/usr/bin/env python3
"""Blind adversarial probe set 13 for the amexsim sensitive-data guard.

Theme: rushed / sloppy / over-helpful live-chat customers plus deliberate
filter-evasion (digit words, punctuation or emoji between digits, brackets,
repetition, abbreviated labels, UK/Canadian wording, SMS-speak, quoted
messages, form-like text), with harmless near misses for each trick.

Stdlib only, seeded: running it twice gives byte-identical output.
Writes guard_probe13.jsonl next to this file and self-validates.
"""
import json
import os
import random
import re
import sys

SEED = 1313
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe13.jsonl")

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FAMOUS = {
    "4111111111111111", "4012888888881881", "4222222222222", "378282246310005",
    "371449635398431", "378734493671000", "5555555555554444", "5105105105105100",
    "6011111111111117", "6011000990139424", "30569309025904", "38520000023237",
    "3530111333300000", "3566002020360505", "4242424242424242", "5200828282828210",
    "2223003122003222", "4000056655665556", "36227206271667",
}
FAMOUS_SSN = {"078051120", "123456789", "219099999", "457555462"}
EMOJI = ["🙂", "💳", "⭐", "🔹", "✨", "👉", "🔸", "❤️"]
NAMES = ["Dana Whitfield", "Marco Ruiz", "Priya Natarajan", "Tom O'Connell", "Aisha Bello",
         "Kevin Tran", "Liesl Brandt", "Jorge Almeida", "Hannah Cho", "Sam Okafor"]
PW_WORDS = ["Maple", "Harbor", "Tulip", "River", "Falcon", "Cobalt", "Juniper", "Orchid",
            "Summit", "Pepper", "Willow", "Comet", "Granite", "Saffron", "Badger", "Lantern"]
PW_SYMS = ["!", "#", "$", "@", "&", "*", "%", "?"]
CITIES = ["Denver", "Austin", "Leeds", "Toronto", "Phoenix", "Calgary", "Boston", "Manchester"]


# ---------------------------------------------------------------- helpers
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


ISSUERS = [
    ("amex", lambda r: r.choice(["34", "37"]), 15),
    ("visa", lambda r: "4", 16),
    ("mc", lambda r: str(r.randint(51, 55)), 16),
    ("mc2", lambda r: str(r.randint(2221, 2720)), 16),
    ("disc", lambda r: r.choice(["6011", "65"]), 16),
    ("diners", lambda r: r.choice(["36", "38"]), 14),
    ("jcb", lambda r: "35" + str(r.randint(28, 89)), 16),
]


def card(r, brand=None):
    while True:
        if brand is None:
            # amex-heavy, it is an Amex simulator
            b = r.choice(["amex", "amex", "amex", "visa", "mc", "mc2", "disc", "diners", "jcb"])
        else:
            b = brand
        name, pref, length = [x for x in ISSUERS if x[0] == b][0]
        p = pref(r)
        body = p + "".join(r.choice("0123456789") for _ in range(length - len(p) - 1))
        num = luhn_complete(body)
        if num not in FAMOUS and len(set(num)) > 3:
            return num


def groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 14:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        g = r.randint(1, 99)
        s = r.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v not in FAMOUS_SSN:
            return v


def ssn_fmt(v, sep="-"):
    return v[:3] + sep + v[3:5] + sep + v[5:]


def digits(r, n, lead_nonzero=False):
    first = r.choice("123456789") if lead_nonzero else r.choice("0123456789")
    return first + "".join(r.choice("0123456789") for _ in range(n - 1))


def cvv(r):
    return digits(r, 3, lead_nonzero=True)


def cid(r):
    return digits(r, 4, lead_nonzero=True)


def otp(r, n=None):
    return digits(r, n or r.choice([6, 6, 6, 4, 5, 7, 8]), lead_nonzero=True)


def pin(r):
    while True:
        p = digits(r, 4)
        if len(set(p)) > 1:
            return p


def password(r):
    a, b = r.sample(PW_WORDS, 2)
    style = r.randint(0, 3)
    if style == 0:
        return a + r.choice(PW_SYMS) + b + str(r.randint(10, 99))
    if style == 1:
        return a.lower() + str(r.randint(1960, 2011)) + r.choice(PW_SYMS)
    if style == 2:
        return a + "_" + b.lower() + "_" + str(r.randint(1, 9))
    return b[0] + a.lower() + str(r.randint(100, 999)) + r.choice(PW_SYMS) + r.choice(PW_SYMS)


def mix_words(r, v, frac=0.5):
    """digits -> space separated tokens, about frac of them spelled as words"""
    out = []
    for ch in v:
        out.append(WORDS[int(ch)] if r.random() < frac else ch)
    # guarantee at least one word and one digit for 'mixed'
    if all(not t.isdigit() for t in out):
        out[0] = v[0]
    if all(t.isdigit() for t in out):
        out[-1] = WORDS[int(v[-1])]
    return " ".join(out)


def split_every(v, sep):
    return sep.join(v)


def undisguise(s):
    t = s.lower()
    for i, w in enumerate(WORDS):
        t = re.sub(r"\b" + w + r"\b", str(i), t)
    t = re.sub(r"\boh\b", "0", t)
    return re.sub(r"\D", "", t)


_CYC = {}


def cyc(n):
    """round-robin sub-template index per family (deterministic, even coverage)"""
    key = sys._getframe(1).f_code.co_name
    v = _CYC.get(key, 0)
    _CYC[key] = v + 1
    return v % n


def name(r):
    return r.choice(NAMES)


def exp(r):
    return "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31))


def zipc(r):
    return "%05d" % r.randint(1001, 99950)


def last4(r):
    return digits(r, 4)


def amount(r):
    return "$%d.%02d" % (r.randint(3, 2400), r.randint(0, 99))


PREAMBLES = [
    "Hi there, hope your day is going better than mine! I've been on hold with the phone line for ages and my kids are yelling, so I'm trying chat instead. I really appreciate you helping me out with this.",
    "Good evening. First of all thank you so much, the last agent I chatted with was lovely and sorted out my dispute in no time. I'm travelling this week and I just want to get everything in order before my flight tomorrow morning, so bear with me.",
    "Hello! Long time cardmember here, been with you since 2009. I just moved house, my new ZIP is different, and honestly I'm not sure which details you need so I'll just give you everything I can to save us both time.",
    "hey sorry for the wall of text, I'm on my phone at the airport gate and the wifi keeps dropping. The app logged me out twice already and I'm worried my booking will fail. anyway to speed things up",
    "Hi, I'm helping my elderly father with his account, he's sitting right next to me and has given permission. He gets confused by the app so I'm typing for him. He asked me to pass this along:",
    "Morning! Quick one I hope. I tried the virtual assistant three times and it kept sending me in circles, so I'd rather just hand the details over to a real person and let you take it from there.",
]


# ------------------------------------------------------------ sensitive families
def S(text, kind, note, card_num=None, disg=None):
    return {"text": text, "sensitive": True, "kind": kind, "note": note,
            "_card": card_num, "_disg": disg}


def H(text, note):
    return {"text": text, "sensitive": False, "kind": None, "note": note,
            "_card": None, "_disg": None}


def f_words_mixed(r):
    k = cyc(6)
    if k == 0:
        c = card(r)
        d = mix_words(r, c, 0.45)
        t = r.choice(["card number is {d}", "ok the full card no. {d}", "typing it out so it's clear: {d} is my card",
                      "my card number {d}"]).format(d=d)
        return S(t, "card_number", "words_mixed.card", c, d)
    if k == 1:
        v = ssn(r)
        d = mix_words(r, v, 0.5)
        t = r.choice(["social is {d}", "my ssn: {d}", "social security number {d}"]).format(d=d)
        return S(t, "ssn", "words_mixed.ssn")
    if k == 2:
        v = cvv(r)
        d = mix_words(r, v, 0.6)
        t = r.choice(["cvv is {d}", "the 3 digit code on the back is {d}", "security code {d}"]).format(d=d)
        return S(t, "security_code", "words_mixed.cvv")
    if k == 3:
        v = cid(r)
        d = mix_words(r, v, 0.5)
        t = r.choice(["the 4 digit CID on the front says {d}", "amex security code (front, 4 digits): {d}"]).format(d=d)
        return S(t, "security_code", "words_mixed.cid")
    if k == 4:
        v = otp(r, 6)
        d = mix_words(r, v, 0.5)
        t = r.choice(["the text code says {d}", "verification code {d}", "safekey code is {d}"]).format(d=d)
        return S(t, "otp", "words_mixed.otp")
    v = pin(r)
    d = mix_words(r, v, 0.5)
    t = r.choice(["my pin is {d}", "card PIN = {d}", "pin number {d}, can you reset it"]).format(d=d)
    return S(t, "password", "words_mixed.pin")


def f_punct_split(r):
    k = cyc(5)
    sep = r.choice([".", "-", ",", "|", "/", "*", "_"] + EMOJI)
    if k == 0:
        c = card(r)
        d = split_every(c, sep)
        t = r.choice(["card {d}", "here's my card number so the bot doesn't eat it {d}", "full number: {d}",
                      "{d} <- card"]).format(d=d)
        return S(t, "card_number", "punct_split.card", c, d)
    if k == 1:
        v = cvv(r)
        d = split_every(v, sep)
        t = r.choice(["cvv {d}", "security code is {d}", "cvc: {d}"]).format(d=d)
        return S(t, "security_code", "punct_split.cvv")
    if k == 2:
        v = otp(r)
        d = split_every(v, sep)
        t = r.choice(["code is {d}", "the one time passcode: {d}", "otp {d} hurry it expires"]).format(d=d)
        return S(t, "otp", "punct_split.otp")
    if k == 3:
        v = ssn(r)
        d = split_every(v, sep)
        t = r.choice(["ssn {d}", "my social: {d}", "social security # {d}"]).format(d=d)
        return S(t, "ssn", "punct_split.ssn")
    v = pin(r)
    d = split_every(v, sep)
    return S(r.choice(["pin {d}", "my PIN is {d}"]).format(d=d), "password", "punct_split.pin")


def f_bracketed(r):
    k = cyc(6)
    o, c_ = r.choice([("(", ")"), ("[", "]"), ("{", "}"), ("<", ">"), ("((", "))")])
    if k == 0:
        c = card(r)
        d = " ".join(groups(c))
        t = r.choice(["my card {o}{d}{c} got declined at the pump", "card number {o}{d}{c}",
                      "please check this one {o}{d}{c}"]).format(o=o, c=c_, d=d)
        return S(t, "card_number", "bracketed.card", c, d)
    if k == 1:
        v = cvv(r)
        t = r.choice(["cvv {o}{v}{c}", "the card (cvv {v}) keeps failing online", "security code {o}{v}{c} - is that right?"]).format(o=o, c=c_, v=v)
        return S(t, "security_code", "bracketed.cvv")
    if k == 2:
        v = otp(r)
        t = r.choice(["verification code {o}{v}{c}", "I got a text {o}code: {v}{c}", "otp={o}{v}{c}"]).format(o=o, c=c_, v=v)
        return S(t, "otp", "bracketed.otp")
    if k == 3:
        v = ssn(r)
        t = r.choice(["ssn {o}{d}{c}", "my social {o}{d}{c} for the credit check"]).format(o=o, c=c_, d=ssn_fmt(v))
        return S(t, "ssn", "bracketed.ssn")
    if k == 4:
        v = password(r)
        t = r.choice(["my login password is {o}{v}{c}", "pwd {o}{v}{c}"]).format(o=o, c=c_, v=v)
        return S(t, "password", "bracketed.password")
    v = cid(r)
    t = "amex CID {o}{v}{c} on the front".format(o=o, c=c_, v=v)
    return S(t, "security_code", "bracketed.cid")


def f_repeated(r):
    k = cyc(5)
    if k == 0:
        v = cvv(r)
        t = r.choice(["the cvv is {v}, {v}", "cvv {v} ... {v} again in case it got cut off", "CVV {v} (yes {v})"]).format(v=v)
        return S(t, "security_code", "repeated.cvv")
    if k == 1:
        c = card(r)
        d = " ".join(groups(c))
        t = "card number {d}\ncard number {d}".format(d=d) if r.random() < 0.5 else \
            "{p} - repeating: {p}".format(p=c)
        return S(t, "card_number", "repeated.card", c, d if "\n" in t else c)
    if k == 2:
        v = otp(r)
        t = r.choice(["code {v} {v}", "the code was {v}. again: {v}", "{v}!! the code is {v}"]).format(v=v)
        return S(t, "otp", "repeated.otp")
    if k == 3:
        v = ssn(r)
        t = "ssn {a}, i repeat {a}".format(a=ssn_fmt(v))
        return S(t, "ssn", "repeated.ssn")
    v = password(r)
    t = "password is {v} / {v}".format(v=v)
    return S(t, "password", "repeated.password")


def f_two_kinds(r):
    k = cyc(6)
    if k == 0:
        c = card(r, "amex")
        d = " ".join(groups(c))
        t = "card {d} and the 4 digit code on the front is {x}".format(d=d, x=cid(r))
        return S(t, "card_number", "two_kinds.card_then_cid", c, d)
    if k == 1:
        c = card(r)
        t = "{c} cvv {x}".format(c=c, x=cvv(r))
        return S(t, "card_number", "two_kinds.card_then_cvv", c, c)
    if k == 2:
        t = "ssn {s} and my pin is {p}".format(s=ssn_fmt(ssn(r)), p=pin(r))
        return S(t, "ssn", "two_kinds.ssn_then_pin")
    if k == 3:
        t = "code {o} - and my password is {p} if you need it".format(o=otp(r), p=password(r))
        return S(t, "otp", "two_kinds.otp_then_password")
    if k == 4:
        t = "password: {p}\nsocial: {s}".format(p=password(r), s=ssn_fmt(ssn(r), " "))
        return S(t, "password", "two_kinds.password_then_ssn")
    t = "security code {v}, and the verification code they texted me is {o}".format(v=cvv(r), o=otp(r))
    return S(t, "security_code", "two_kinds.cvv_then_otp")


def f_preamble(r):
    pre = r.choice(PREAMBLES)
    k = cyc(5)
    if k == 0:
        c = card(r)
        d = "-".join(groups(c))
        return S(pre + " My card number is " + d + ".", "card_number", "preamble.card", c, d)
    if k == 1:
        return S(pre + " The security code on the back is " + cvv(r) + ".", "security_code", "preamble.cvv")
    if k == 2:
        return S(pre + " Social security number " + ssn_fmt(ssn(r)) + ".", "ssn", "preamble.ssn")
    if k == 3:
        return S(pre + " The code that just came through is " + otp(r) + ".", "otp", "preamble.otp")
    return S(pre + " My online password is " + password(r) + " if that helps.", "password", "preamble.password")


def f_abbrev(r):
    k = cyc(9)
    if k == 0:
        return S("sec code " + cvv(r), "security_code", "abbrev.sec_code")
    if k == 1:
        return S("ver code " + otp(r) + " pls", "otp", "abbrev.ver_code")
    if k == 2:
        return S("pwd: " + password(r), "password", "abbrev.pwd")
    if k == 3:
        return S("soc " + ssn_fmt(ssn(r), " "), "ssn", "abbrev.soc")
    if k == 4:
        c = card(r)
        d = " ".join(groups(c))
        return S("acct # " + d, "card_number", "abbrev.acct_card", c, d)
    if k == 5:
        c = card(r)
        return S("cc# " + c + " exp " + exp(r), "card_number", "abbrev.cc", c, c)
    if k == 6:
        return S("SS# " + ssn_fmt(ssn(r)), "ssn", "abbrev.ss_hash")
    if k == 7:
        return S("ccv " + cvv(r), "security_code", "abbrev.ccv")
    return S("pw " + password(r) + " user " + r.choice(["dwhit", "mruiz88", "pnat", "tomoc"]), "password", "abbrev.pw")


def f_uk_ca(r):
    k = cyc(6)
    if k == 0:
        return S("the security number on the back is " + cvv(r), "security_code", "uk_ca.security_number")
    if k == 1:
        c = card(r)
        d = " ".join(groups(c))
        return S("long card number is " + d + " cheers", "card_number", "uk_ca.long_card_number", c, d)
    if k == 2:
        return S("passcode for the app is " + password(r), "password", "uk_ca.app_passcode")
    if k == 3:
        return S("my chip and PIN number is " + pin(r) + ", it's been blocked", "password", "uk_ca.chip_and_pin")
    if k == 4:
        return S("the last three digits on the signature strip are " + cvv(r), "security_code", "uk_ca.signature_strip")
    return S("right, the one-time passcode you texted through is " + otp(r) + ", ta", "otp", "uk_ca.passcode_texted")


def f_sms(r):
    k = cyc(5)
    if k == 0:
        v = cvv(r)
        return S("my cvv iz " + " ".join(v), "security_code", "sms.cvv")
    if k == 1:
        return S("ssn iz " + ssn_fmt(ssn(r), " ") + " thx", "ssn", "sms.ssn")
    if k == 2:
        return S("code iz " + otp(r) + " plz hurry", "otp", "sms.otp")
    if k == 3:
        c = card(r)
        return S("k card # " + c + " lmk if u need more", "card_number", "sms.card", c, c)
    return S("pw = " + password(r) + " y cant i log in??", "password", "sms.password")


def f_quoted(r):
    k = cyc(4)
    if k == 0:
        v = otp(r, 6)
        t = "> Your American Express verification code is {v}. It expires in 10 minutes.\nis this the one you need?".format(v=v)
        return S(t, "otp", "quoted.otp_sms")
    if k == 1:
        v = otp(r)
        t = "copying the text they sent me:\n> your code is {v}".format(v=v)
        return S(t, "otp", "quoted.otp_copy")
    if k == 2:
        v = otp(r, 6)
        t = '"American Express SafeKey: {v} is your one-time code" <- got this, what now'.format(v=v)
        return S(t, "otp", "quoted.safekey")
    c = card(r)
    d = " ".join(groups(c))
    t = "> Agent: please confirm the card\n> Me: {d}\nsorry the earlier chat dropped, that was my card".format(d=d)
    return S(t, "card_number", "quoted.card_in_transcript", c, d)


def f_here_newline(r):
    k = cyc(5)
    lead = r.choice(["ok here:", "here:", "here you go:", "fine, here:"])
    if k == 0:
        c = card(r)
        d = " ".join(groups(c))
        return S(lead + "\n" + d, "card_number", "here_newline.card", c, d)
    if k == 1:
        return S("you asked for the back code, " + lead + "\n" + cvv(r), "security_code", "here_newline.cvv")
    if k == 2:
        return S("the code from the text " + lead + "\n" + otp(r), "otp", "here_newline.otp")
    if k == 3:
        return S("for the social " + lead + "\n" + ssn_fmt(ssn(r)), "ssn", "here_newline.ssn")
    return S("login pw " + lead + "\n" + password(r), "password", "here_newline.password")


def f_leading(r):
    k = cyc(5)
    if k == 0:
        c = card(r)
        d = " ".join(groups(c))
        return S(d + " - that's the card number", "card_number", "leading.card", c, d)
    if k == 1:
        return S(cvv(r) + " is the cvv", "security_code", "leading.cvv")
    if k == 2:
        return S(otp(r) + " <- that's the code you just sent", "otp", "leading.otp")
    if k == 3:
        return S(ssn_fmt(ssn(r)) + " (my social)", "ssn", "leading.ssn")
    return S(password(r) + " is my password btw", "password", "leading.password")


def f_form(r):
    k = cyc(4)
    n = name(r)
    if k == 0:
        c = card(r)
        d = " ".join(groups(c))
        cv = cid(r) if c[:2] in ("34", "37") else cvv(r)
        t = "Name: {n}\nCard: {d}\nExp: {e}\nCVV: {v}".format(n=n, d=d, e=exp(r), v=cv)
        return S(t, "card_number", "form.card_block", c, d)
    if k == 1:
        c = card(r)
        t = "Name: {n} Card: {c} Exp: {e} CVV: {v} Zip: {z}".format(n=n, c=c, e=exp(r), v=cvv(r), z=zipc(r))
        return S(t, "card_number", "form.card_inline", c, c)
    if k == 2:
        t = "Full name: {n}\nDOB: {m:02d}/{d:02d}/19{y}\nSSN: {s}".format(n=n, m=r.randint(1, 12), d=r.randint(1, 28),
                                                                            y=r.randint(50, 99), s=ssn_fmt(ssn(r)))
        return S(t, "ssn", "form.ssn")
    t = "Username: {u}\nPassword: {p}".format(u=n.split()[0].lower() + str(r.randint(1, 99)), p=password(r))
    return S(t, "password", "form.login")


def f_plain_sloppy(r):
    """rushed, typo-ridden but plain values"""
    k = cyc(5)
    if k == 0:
        c = card(r)
        d = "  ".join(groups(c))
        return S("crad nmber " + d, "card_number", "sloppy.card_typo", c, d)
    if k == 1:
        return S("securty cdoe " + cvv(r), "security_code", "sloppy.cvv_typo")
    if k == 2:
        return S("verfication coed " + otp(r), "otp", "sloppy.otp_typo")
    if k == 3:
        return S("scoial " + ssn_fmt(ssn(r)), "ssn", "sloppy.ssn_typo")
    return S("pasword " + password(r), "password", "sloppy.password_typo")


# ------------------------------------------------------------- harmless families
def n_last4(r):
    l = last4(r)
    return H(r.choice(["card ending in {l}", "last four {l}", "it's the one ending -{l}", "the card ending {l}, {l}",
                       "last 4 of the card: {l}", "(ending {l})", "ending in four 2 ... sorry, ending {l}",
                       "card **** {l}"]).format(l=l), "nm.last4_card")


def n_last4_ssn(r):
    l = last4(r)
    return H(r.choice(["ssn last 4 is {l}", "last four of my soc {l}", "social ends in {l}",
                       "last 4 ssn: {l}", "the last 4 of my social are {l} ({l})"]).format(l=l), "nm.last4_ssn")


def n_zip(r):
    z = zipc(r)
    return H(r.choice(["card ending {l} and zip {z}", "zip {z}", "ZIP: {z}, last four {l}",
                       "billing zip is {w}", "zip code {z} {z}"]).format(l=last4(r), z=z, w=mix_words(r, z, 0.5)),
             "nm.zip")


def n_error(r):
    e = r.choice(["400", "403", "500", "502", "E-1021", "ERR_0417", "CV-301", "2011"])
    return H(r.choice(["CVV field shows error {e}", "the security code box says error {e}",
                       "password reset page gives error {e}", "verification code screen: error code {e}",
                       "PIN change failed with error {e}"]).format(e=e), "nm.error_code")


def n_expiry(r):
    m = r.choice(["10", "5", "15", "30"])
    return H(r.choice(["the code expires in {m} minutes", "the otp was sent at 14:{m:0>2}",
                       "verification code is valid for {m} min?", "it says the passcode expires in {m} minutes, I got it at 9:{m:0>2}",
                       "the safekey code took {m} minutes to arrive"]).format(m=m), "nm.code_timing")


def n_length(r):
    return H(r.choice(["my PIN has 4 digits", "does the password need 12 characters?", "is the cvv 3 or 4 digits on amex?",
                       "the code they sent was 6 digits but the box only takes 5", "my old PIN had 6 digits, the new one only 4",
                       "password must be 8-20 characters apparently", "the security code is 4 digits on the front right?",
                       "my SSN is 9 digits obviously, which part do you need"]), "nm.length_talk")


def n_ticket(r):
    t = digits(r, 6, True)
    return H(r.choice(["ticket #{t} about my password reset", "case {t} - the verification code issue",
                       "reference no. {t} for the PIN change", "claim #{t} (the cvv mismatch one)",
                       "ticket {t}, {t}, about the SSN update"]).format(t=t), "nm.ticket_about")


def n_amount(r):
    return H(r.choice(["I was charged {a} and the verification code was 3 days late",
                       "charged {a} twice, and no I won't give the security code",
                       "payment of {a} went through but the pin reset didn't",
                       "{a} pending since the 12th, the code never came"]).format(a=amount(r)), "nm.amount")


def n_about(r):
    return H(r.choice([
        "I forgot my PIN", "where do I find the CVV?", "the code never came", "do you need my SSN?",
        "do u need my cvv or not", "i dont want to type my social in here is that ok",
        "can you resend the verification code", "my password got locked after 3 tries",
        "how do I change my app passcode", "is it safe to share the security number on the back?",
        "which one is the CID, the 4 digits on the front?", "the safekey text never arrives on my new phone",
        "should I give you my long card number or just the last four?", "what's a ver code lol",
        "sec code keeps getting rejected", "pwd reset link expired", "soc sec # - do you actually need it?",
        "my pin iz blocked wat do i do", "i'll read the code when it arrives, give me a sec",
        "I typed the wrong cvv 3 times, is the card blocked now?", "Can I set my PIN to my birth year?",
        "the one time passcode went to my old number", "agent asked for my password, is that legit??",
        "I'd rather not post my full card number here",
    ]), "nm.about_value")


def n_refs(r):
    k = cyc(9)
    if k == 0:
        return H("order #{a}-{b}-{c}".format(a=digits(r, 3, True), b=digits(r, 7, True), c=digits(r, 7, True)), "nm.ref.order")
    if k == 1:
        return H("tracking number 1Z{a}{b}".format(a="".join(r.choice("ABCDEFGHJKW0123456789") for _ in range(6)),
                                                   b=digits(r, 10)), "nm.ref.tracking")
    if k == 2:
        return H("confirmation {c} for the replacement card".format(c=digits(r, 8, True)), "nm.ref.confirmation")
    if k == 3:
        return H("case number ({c})".format(c=digits(r, 9, True)), "nm.ref.case_bracket")
    if k == 4:
        v = digits(r, 6, True)
        return H("order {d}".format(d=split_every(v, r.choice([".", "-"] + EMOJI))), "nm.ref.order_split")
    if k == 5:
        return H("reference {v}, {v}".format(v=digits(r, 7, True)), "nm.ref.repeated")
    if k == 6:
        v = digits(r, 8, True)
        return H("claim no. " + mix_words(r, v, 0.4), "nm.ref.claim_words")
    if k == 7:
        return H("dispute ref: D{v}".format(v=digits(r, 10, True)), "nm.ref.dispute")
    return H("return authorization RMA-{v}".format(v=digits(r, 6, True)), "nm.ref.rma")


def n_travel(r):
    k = cyc(4)
    if k == 0:
        return H("flight {a}{n} seat {s}{c}".format(a=r.choice(["UA", "DL", "BA", "AC", "AA"]), n=r.randint(100, 2999),
                                                    s=r.randint(1, 40), c=r.choice("ABCDEF")), "nm.travel.flight")
    if k == 1:
        return H("hotel confirmation {v}, Marriott {c}".format(v=digits(r, 8, True), c=r.choice(CITIES)), "nm.travel.hotel")
    if k == 2:
        return H("my Delta SkyMiles number is {v}".format(v=digits(r, 10, True)), "nm.travel.loyalty")
    return H("Hilton Honors member # {v} - the points didn't post".format(v=digits(r, 9, True)), "nm.travel.member")


def n_other_bank(r):
    v = digits(r, r.choice([10, 11, 12]), True)
    return H(r.choice(["autopay comes from my Chase checking account number {v}",
                       "my Wells Fargo savings account # {v}", "pay from my credit union account {v}"]).format(v=v),
             "nm.other_bank_account")


def n_phone(r):
    a, b, c = r.randint(201, 989), r.randint(200, 989), digits(r, 4)
    return H(r.choice(["call me back at ({a}) {b}-{c}", "my cell is {a}.{b}.{c}", "text me at {a}-{b}-{c}, that's where the code should go",
                       "phone {a} {b} {c}"]).format(a=a, b=b, c=c), "nm.phone")


def n_misc(r):
    return H(r.choice([
        "app version {v1}.{v2}.{v3} still won't show the code".format(v1=r.randint(6, 9), v2=r.randint(0, 60), v3=r.randint(0, 9)),
        "APR went from {a}.{b}% to {c}.{d}%".format(a=r.randint(18, 22), b=r.randint(10, 99), c=r.randint(23, 29), d=r.randint(10, 99)),
        "cardmember since {y}".format(y=r.randint(1988, 2020)),
        "the statement dated {m}/{d}/2026 shows it".format(m=r.randint(1, 12), d=r.randint(1, 28)),
        "I live at {n} {s} St, apt {a}".format(n=r.randint(10, 9999), s=r.choice(["Maple", "Oak", "High", "King"]), a=r.randint(1, 40)),
        "I moved in {y} and my password hasn't worked since".format(y=r.randint(2019, 2026)),
    ]), "nm.misc")


def n_form(r):
    n = name(r)
    return H(r.choice([
        "Name: {n}\nCard: ending {l}\nExp: {e}\nCVV: (not typing that here)",
        "Name: {n} Card: xxxx-xxxxxx-x{l} Zip: {z}",
        "Name: {n}\nSSN: last 4 only - {l}\nPhone: on file",
        "Username: {u}\nPassword: [forgot it, that's why I'm here]",
    ]).format(n=n, l=last4(r), e=exp(r), z=zipc(r), u=n.split()[0].lower()), "nm.form_no_value")


def n_quoted(r):
    return H(r.choice([
        "> Your American Express verification code expires in 10 minutes. Never share it.\nthat's all it said, no code",
        "> We will never ask for your PIN or password\nso why did the last agent ask for it?",
        "> Your SafeKey code is on its way\nit never arrived",
        "> Card ending {l} was used for {a}\nthis wasn't me".format(l=last4(r), a=amount(r)),
        "> Your replacement card ending {l} has shipped\nwhen does it arrive?".format(l=last4(r)),
    ]), "nm.quoted_no_value")


def n_here(r):
    k = cyc(3)
    if k == 0:
        return H("here:\n" + "order " + digits(r, 6, True), "nm.here_newline.order")
    if k == 1:
        return H("here:\nlast four {l}, zip {z}".format(l=last4(r), z=zipc(r)), "nm.here_newline.last4_zip")
    return H("ok here:\n{a}".format(a=amount(r)) + " is the charge I don't recognise", "nm.here_newline.amount")


def n_leading(r):
    k = cyc(4)
    if k == 0:
        return H(zipc(r) + " is my zip", "nm.leading.zip")
    if k == 1:
        return H(digits(r, 6, True) + " - that's the ticket number, not a code", "nm.leading.ticket")
    if k == 2:
        return H(last4(r) + " is the last four of the card", "nm.leading.last4")
    return H(amount(r) + " is what they charged, the code screen froze", "nm.leading.amount")


def n_sms(r):
    return H(r.choice([
        "my cvv iz worn off cant read it", "wer do i find da security code", "pin iz 4 digits rite?",
        "code not cumin thru", "ssn? nah not giving that lol", "pwd rset link dead",
        "txt me da code at 555 0142 plz", "card ending {l} iz frozen".format(l=last4(r)),
    ]), "nm.sms")


def n_uk(r):
    return H(r.choice([
        "where's the security number on the back on the new cards?",
        "do you need the long card number or is the last four enough?",
        "I've forgotten the passcode for the app",
        "my chip and PIN stopped working in Tesco",
        "postcode is LS1 4DY, card ending {l}".format(l=last4(r)),
        "sort code 20-{a:02d}-{b:02d} and account {c} is my Barclays account for the direct debit".format(
            a=r.randint(10, 99), b=r.randint(10, 99), c=digits(r, 8, True)),
    ]), "nm.uk_ca")


def n_abbrev(r):
    return H(r.choice([
        "sec code box is greyed out", "ver code expired b4 i could type it", "pwd too weak it says",
        "soc sec office said to call you", "acct # is on the statement right?", "cc# ending {l}".format(l=last4(r)),
        "ccv field keeps erroring", "ss# not on file? weird",
    ]), "nm.abbrev_label")


def n_two_harmless(r):
    return H("card ending {l} and zip {z}, charge of {a} on {m}/{d}".format(
        l=last4(r), z=zipc(r), a=amount(r), m=r.randint(1, 12), d=r.randint(1, 28)), "nm.two_harmless")


def f_extra(r):
    """misc evasions: visa spelled out, question form, cvv2 label, short otp, pin as question"""
    k = cyc(7)
    if k == 0:
        c = card(r, "visa")
        d = mix_words(r, c, 0.5)
        return S("4 is the first digit... full thing: " + d, "card_number", "words_mixed.visa_spelled", c, d)
    if k == 1:
        return S("my cvv? " + cvv(r), "security_code", "evasion.question_form")
    if k == 2:
        return S("CVV2: " + cvv(r) + " (back of card)", "security_code", "evasion.cvv2_label")
    if k == 3:
        return S("otp: " + otp(r, 4), "otp", "evasion.otp_4digit")
    if k == 4:
        return S("is " + pin(r) + " the right pin? the ATM keeps rejecting it", "password", "evasion.pin_question")
    if k == 5:
        c = card(r)
        return S(c + " is my card", "card_number", "leading.card_nolabel_run", c, c)
    return S("one-time code " + " ".join(otp(r, 6)), "otp", "evasion.otp_spaced")


def n_masked(r):
    k = cyc(4)
    l = last4(r)
    if k == 0:
        return H("**** **** **** " + l, "nm.masked_card")
    if k == 1:
        return H("37xx xxxxxx x" + l + " is the card on the account", "nm.masked_card")
    if k == 2:
        return H("card 3782 ****** *" + l, "nm.masked_card")
    return H("it shows XXXX-XXXXXX-X" + l + " in the app", "nm.masked_card")


def n_cue_near(r):
    return H(r.choice([
        "the 3 digits on the back are scratched off",
        "I typed 4 digits for the CID but it wants 3?",
        "the verification code went to ***-***-{l}",
        "error 404 on the SafeKey page",
        "password reset email sent at 10:42",
        "my PIN is the same as my old card, can I keep it?",
        "cvv field max length is 4 on your site, bug?",
        "ticket #448812 about my password reset",
        "I've asked for the code 5 times in 20 minutes",
        "ssn last 4 is 1234 I think, or 1243, let me check",
        "got 2 codes, which one do I use? not pasting them here",
        "the security code on my replacement card (arrived 3/14) is different from the old one, is that normal?",
    ]).format(l=last4(r)), "nm.cue_near")


SENS = [  # (family fn, count)
    (f_words_mixed, 14), (f_punct_split, 14), (f_bracketed, 12), (f_repeated, 11), (f_two_kinds, 10),
    (f_preamble, 10), (f_abbrev, 14), (f_uk_ca, 12), (f_sms, 10), (f_quoted, 9), (f_here_newline, 10),
    (f_leading, 9), (f_form, 10), (f_plain_sloppy, 5), (f_extra, 12),
]
HARM = [
    (n_last4, 10), (n_last4_ssn, 6), (n_zip, 8), (n_error, 8), (n_expiry, 8), (n_length, 7), (n_ticket, 8),
    (n_amount, 6), (n_about, 16), (n_refs, 12), (n_travel, 8), (n_other_bank, 5), (n_phone, 4), (n_misc, 5),
    (n_form, 5), (n_quoted, 5), (n_here, 5), (n_leading, 5), (n_sms, 6), (n_uk, 5), (n_abbrev, 6), (n_two_harmless, 3), (n_masked, 4), (n_cue_near, 10),
]


# ------------------------------------------------------------------ checks
PREFIX_RE = re.compile(r"^(3[47]\d{13}|4\d{15}|5[1-5]\d{14}|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|"
                       r"(6011\d{12}|65\d{14})|3[68]\d{12}|35\d{14})$")


def digit_stream_chunks(text):
    """undo word digits, then join digit runs separated by short non-letter gaps"""
    t = text.lower()
    for i, w in enumerate(WORDS):
        t = re.sub(r"\b" + w + r"\b", str(i), t)
    chunks, cur, gap = [], "", ""
    for ch in t:
        if ch.isdigit():
            cur += ch
            gap = ""
        elif ch.isalpha() or len(gap) >= 3:
            if cur:
                chunks.append(cur)
            cur, gap = "", ""
        else:
            gap += ch
    if cur:
        chunks.append(cur)
    return chunks


def has_card_like(text):
    for ch in digit_stream_chunks(text):
        for L in range(13, 20):
            for i in range(0, len(ch) - L + 1):
                s = ch[i:i + L]
                if PREFIX_RE.match(s) and luhn_ok(s):
                    return True
    return False


def build():
    r = random.Random(SEED)
    rows, seen = [], set()
    plan = [(f, n) for f, n in SENS] + [(f, n) for f, n in HARM]
    for fn, n in plan:
        got, tries = 0, 0
        while got < n:
            tries += 1
            if tries > n * 60:
                break  # small fixed pools: accept fewer rather than duplicate
            row = fn(r)
            if row["text"] in seen:
                continue
            if row["kind"] != "card_number" and has_card_like(row["text"]):
                continue
            seen.add(row["text"])
            rows.append(row)
            got += 1
    r.shuffle(rows)
    return rows


def validate(rows):
    kinds = {"card_number", "security_code", "ssn", "otp", "password"}
    texts = set()
    for row in rows:
        assert row["text"] not in texts, row
        texts.add(row["text"])
        if row["sensitive"]:
            assert row["kind"] in kinds, row
        else:
            assert row["kind"] is None, row
            assert not has_card_like(row["text"]), row
        fam = row["note"].split(".")[0]
        assert (fam == "nm") == (not row["sensitive"]), row
        if row["kind"] == "card_number":
            c, d = row["_card"], row["_disg"]
            assert c and d and d in row["text"], row
            assert undisguise(d) == c, row
            assert luhn_ok(c) and PREFIX_RE.match(c), row
            assert c not in FAMOUS, row
        elif row["_card"]:
            raise AssertionError(row)


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in ("text", "sensitive", "kind", "note")}, ensure_ascii=False) + "\n")
    n_s = sum(1 for x in rows if x["sensitive"])
    sys.stderr.write("wrote %d rows (%d sensitive, %d harmless) to %s\n" % (len(rows), n_s, len(rows) - n_s, OUT))


if __name__ == "__main__":
    main()
