#!/usr/bin/env python3
"""Blind adversarial probe set 14 for the amexsim sensitive-data guard.

Stdlib only, seeded, deterministic. Writes guard_probe14.jsonl next to this file.
Each line: {"text", "sensitive", "kind", "note"}.

Themes: obfuscated cue words, long pasted content with a buried value,
customer answering an agent's question, Unicode digit tricks, and harmless
number-rich lines near cue words.

Written blind: no knowledge of the guard's implementation.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 14014
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "guard_probe14.jsonl")

rng = random.Random(SEED)

# ---------------------------------------------------------------- values
FAMOUS = {
    "378282246310005", "371449635398431", "378734493671000", "4111111111111111",
    "4012888888881881", "4222222222222", "5555555555554444", "5105105105105100",
    "6011111111111117", "6011000990139424", "30569309025904", "38520000023237",
    "3530111333300000", "3566002020360505", "4242424242424242", "4000056655665556",
    "5200828282828210", "2223003122003222", "6011000000000004", "4000000000000002",
}


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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


PREFIXES = ["34", "37", "4", "51", "52", "53", "54", "55", "6011", "65", "36", "38", "35"] + \
           [str(x) for x in range(2221, 2721)]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return s.replace("\u200b", "")


def card_hits(s):
    s = norm(s)
    hits = []
    for m in re.finditer(r"\d(?:[ \-.\u00a0]?\d)+", s):
        d = re.sub(r"\D", "", m.group())
        for i in range(len(d)):
            for L in range(13, 20):
                sub = d[i:i + L]
                if len(sub) < L:
                    break
                if any(sub.startswith(p) for p in PREFIXES) and luhn_ok(sub):
                    hits.append(sub)
    return hits


def ssn_hits(s):
    s = norm(s)
    out = []
    for m in re.finditer(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)", s):
        a, g, sr = m.groups()
        if a not in ("000", "666") and int(a) < 900 and g != "00" and sr != "0000":
            out.append(m.group())
    return out



def safe_digits(n, lead=""):
    while True:
        d = "".join(rng.choice("0123456789") for _ in range(n))
        if not card_hits(lead + d) and not ssn_hits(lead + d):
            return d


ISSUERS = ["amex", "visa", "mc", "mc2", "discover", "discover65", "diners", "jcb"]


def card(issuer=None):
    issuer = issuer or rng.choice(ISSUERS)
    while True:
        if issuer == "amex":
            pre, n = rng.choice(["34", "37"]), 15
        elif issuer == "visa":
            pre, n = "4", 16
        elif issuer == "mc":
            pre, n = str(rng.randint(51, 55)), 16
        elif issuer == "mc2":
            pre, n = str(rng.randint(2221, 2720)), 16
        elif issuer == "discover":
            pre, n = "6011", 16
        elif issuer == "discover65":
            pre, n = "65", 16
        elif issuer == "diners":
            pre, n = rng.choice(["36", "38"]), 14
        else:
            pre, n = "35" + str(rng.randint(28, 89)), 16
        body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
        num = luhn_complete(body)
        # avoid long repeated runs / famous numbers
        if num in FAMOUS or re.search(r"(\d)\1\1\1", num):
            continue
        return issuer, num


def card_layout(num, style=None):
    style = style or rng.choice(["plain", "space", "dash", "space", "dash", "dot"])
    if style == "plain":
        return num
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    sep = {"space": " ", "dash": "-", "dot": "."}[style]
    return sep.join(groups)


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v in ("078051120", "219099999", "123456789"):
            continue
        return v


def ssn_layout(v, style=None):
    style = style or rng.choice(["dash", "dash", "space", "plain"])
    if style == "plain":
        return v
    sep = "-" if style == "dash" else " "
    return v[:3] + sep + v[3:5] + sep + v[5:]


def cvv(amex=False):
    if amex:
        while True:
            v = "%04d" % rng.randint(1000, 9999)
            if not v.startswith(("19", "20")):
                return v
    return "%03d" % rng.randint(102, 989)


def otp(n=None):
    n = n or rng.choice([6, 6, 6, 6, 5, 7, 8, 4])
    while True:
        v = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if not re.search(r"(\d)\1\1", v):
            return v


WORDS = ["Harbor", "tulip", "Maple", "granite", "Falcon", "pepper", "Orchid", "quartz",
         "Willow", "cobalt", "Saffron", "lantern", "Juniper", "walrus", "Bramble", "kettle"]
SYMS = "!@#$%&*?"


def password():
    style = rng.choice(["ww", "leet", "wn", "mix"])
    w1, w2 = rng.sample(WORDS, 2)
    d = str(rng.randint(10, 999))
    s = rng.choice(SYMS)
    if style == "ww":
        return w1.capitalize() + s + w2.capitalize() + d
    if style == "leet":
        t = w1.lower().replace("a", "@").replace("o", "0").replace("e", "3")
        return t + d + s
    if style == "wn":
        return w1 + d + s + w2.lower()
    return w2[:3].upper() + d + s + w1.lower() + rng.choice("xyzq")


def pin():
    while True:
        v = "%04d" % rng.randint(0, 9999)
        if len(set(v)) >= 3 and not v.startswith(("19", "20")):
            return v


def last4():
    return "%04d" % rng.randint(1000, 9999)


def zipc():
    return "%05d" % rng.randint(10001, 98999)


def amount():
    return "${:,}.{:02d}".format(rng.randint(3, 2400), rng.randint(0, 99))


def small_amount():
    return "$%d.%02d" % (rng.randint(1, 60), rng.randint(0, 99))


def date_md():
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(1, 28))


MERCHANTS = ["BLUE BOTTLE COFFEE", "DELTA AIR 0067", "WHOLEFDS MKT #10233", "UBER *TRIP",
             "AMZN Mktp US", "SHELL OIL 57442", "NETFLIX.COM", "MARRIOTT NYC 412",
             "CVS/PHARMACY #0871", "TRADER JOE'S #552", "APPLE.COM/BILL", "HOME DEPOT 6612",
             "STARBUCKS STORE 19921", "LYFT *RIDE", "COSTCO WHSE #0481", "SPOTIFY USA"]

# ---------------------------------------------------------------- unicode digits
def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def mbold(s):
    return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in s)


def dstruck(s):
    return "".join(chr(0x1D7D8 + int(c)) if c.isdigit() else c for c in s)


def mono(s):
    return "".join(chr(0x1D7F6 + int(c)) if c.isdigit() else c for c in s)


def circled(s):
    return "".join(("\u24EA" if c == "0" else chr(0x2460 + int(c) - 1)) if c.isdigit() else c for c in s)


SUP = {"0": "\u2070", "1": "\u00B9", "2": "\u00B2", "3": "\u00B3", "4": "\u2074",
       "5": "\u2075", "6": "\u2076", "7": "\u2077", "8": "\u2078", "9": "\u2079"}


def sup(s):
    return "".join(SUP.get(c, c) for c in s)


def mixed_fw(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() and i % 2 == 0 else c for i, c in enumerate(s))


def zwsp(s):
    return "\u200b".join(s)


UNI = [("fullwidth", fullwidth), ("mathbold", mbold), ("doublestruck", dstruck),
       ("monospace", mono), ("circled", circled), ("superscript", sup),
       ("mixed_fullwidth", mixed_fw), ("zwsp", zwsp)]

# ---------------------------------------------------------------- records
records = []


def add(text, kind, note, value=None):
    records.append({"text": text, "sensitive": kind is not None, "kind": kind,
                    "note": note, "_value": value})


def pick(lst):
    return rng.choice(lst)


# ================================================================ family 1: obfuscated cue words
PW_CUES = ["p@ssw0rd", "pa$$word", "passw*rd", "P4SSW0RD", "PASSWORD", "pass-word",
           "p a s s w o r d", "pwd", "passwrd", "pasword", "P@$$W0RD", "log-in pass"]
CVV_CUES = ["c.v.v", "C V V", "CVV", "cvv2", "c-v-c", "C.V.C.", "sec. code", "secuirty code",
            "SECURITY CODE", "s3curity c0de", "3 digit thingy (cvv)", "cvc#"]
CID_CUES = ["C.I.D", "CID", "4-digit sec. code", "card ID # (front, 4 digits)", "c1d", "amex sec code"]
SSN_CUES = ["s-s-n", "S S N", "SSN", "s.s.n.", "socail", "soc sec #", "SOCIAL", "$$N",
            "social sec. no.", "ssn#", "socal security number"]
OTP_CUES = ["0TP", "OTP", "one-time-pass-code", "verif. code", "VERIFICATION CODE",
            "verifcation code", "Safe-Key code", "SAFEKEY", "1-time code", "v3rification c0de",
            "one time pass code", "o.t.p"]
PIN_CUES = ["P I N", "p1n", "PIN", "pin#", "card p.i.n."]
FILLERS = ["um, let me think...", "hold on, grabbing it —", "ok so basically", "lol fine,",
           "(sorry typing on phone)", "wait... yes here:", "uhh it's", "if I remember right it's",
           "just a sec... ok", "as requested,"]

PW_SENS = [
    "my {c} is {v}", "{c}: {v}", "the {c} i use for the app is {v}", "{c} = {v} pls fix login",
    "new {c} after reset -> {v}", "My online {c} is {f} {v}", "{c} {f} {v}",
    "account {c} is '{v}' can you check why it fails", "ONLINE {c}: {v}",
]
CVV_SENS = [
    "{c} is {v}", "{c}: {v}", "the {c} on the back says {v}", "{c} {f} {v}",
    "here's the {c} {v} for the visa", "{c}={v}", "my {c} - {v} - does it match?",
]
SSN_SENS = [
    "{c} is {v}", "my {c} {f} {v}", "{c}: {v}", "here is my {c} {v} for the credit check",
    "{c} number {f} {v}", "for verification my {c} is {v}",
]
OTP_SENS = [
    "{c} is {v}", "the {c} you sent me {f} {v}", "{c}: {v}", "got the {c} {v}",
    "{c} {f} {v}", "entering {c} {v} but the app says invalid",
]
PIN_SENS = ["my card {c} is {v}", "{c}: {v} for the atm", "card {c} {f} {v}",
            "the {c} i set last week was {v}"]

for i in range(11):
    c = PW_CUES[i % len(PW_CUES)]
    v = password()
    t = pick(PW_SENS).format(c=c, v=v, f=pick(FILLERS))
    add(t, "password", "cue_obf.password", v)
for i in range(11):
    c = CVV_CUES[i % len(CVV_CUES)]
    v = cvv()
    add(pick(CVV_SENS).format(c=c, v=v, f=pick(FILLERS)), "security_code", "cue_obf.cvv", v)
for i in range(4):
    c = CID_CUES[i % len(CID_CUES)]
    v = cvv(True)
    add(pick(CVV_SENS).format(c=c, v=v, f=pick(FILLERS)).replace("for the visa", "for the amex"),
        "security_code", "cue_obf.cid", v)
for i in range(10):
    c = SSN_CUES[i % len(SSN_CUES)]
    v = ssn()
    add(pick(SSN_SENS).format(c=c, v=ssn_layout(v), f=pick(FILLERS)), "ssn", "cue_obf.ssn", v)
for i in range(11):
    c = OTP_CUES[i % len(OTP_CUES)]
    v = otp()
    add(pick(OTP_SENS).format(c=c, v=v, f=pick(FILLERS)), "otp", "cue_obf.otp", v)
for i in range(5):
    c = PIN_CUES[i % len(PIN_CUES)]
    v = pin()
    add(pick(PIN_SENS).format(c=c, v=v, f=pick(FILLERS)), "password", "cue_obf.pin", v)
CARD_CUES = ["c@rd #", "CC NUM", "card numb3r", "kard no.", "acct # (the card)", "CARD NUMBER",
             "crad number"]
for i in range(7):
    _, n = card()
    c = CARD_CUES[i % len(CARD_CUES)]
    add("%s %s %s" % (c, pick(["is", ":", "->", "= " + pick(FILLERS)]), card_layout(n)),
        "card_number", "cue_obf.card", n)

# typo in the cue word AND the value only after a filler
TYPO_FILLER = [
    ("password", "my passwrod is... hang on, I wrote it down somewhere... {pw}"),
    ("password", "pssword, and I know I shouldn't say this but whatever: {pw}"),
    ("password", "the pasword for the app — sorry, long day — is {pw}"),
    ("password", "my PIN numbr, after all that back and forth, is {pin}"),
    ("security_code", "the secruity code, if it matters at this point, is {cvv}"),
    ("security_code", "cvc coed... ugh typing... {cvv}"),
    ("security_code", "the CDI on the front — took me a while to find it — {cid}"),
    ("ssn", "my socal secuirty number, for what it's worth, is {ssn}"),
    ("ssn", "ssn nubmer... let me grab the card from my wallet... {ssn}"),
    ("otp", "the verfication code — it just buzzed, one sec — {otp}"),
    ("otp", "one-tim passcode, after waiting forever, finally: {otp}"),
    ("otp", "safekye code is, um, hold on, {otp}"),
    ("card_number", "crad numbre, reading it off the plastic now: {card}"),
]
for kind, t in TYPO_FILLER:
    v = {"password": password, "security_code": cvv, "ssn": ssn, "otp": otp}.get(kind, lambda: None)()
    if "{pin}" in t:
        v = pin()
    if "{cid}" in t:
        v = cvv(True)
    if kind == "card_number":
        _, v = card()
    s = t.format(pw=v, pin=v, cvv=v, cid=v, otp=v, ssn=ssn_layout(v) if kind == "ssn" else v,
                 card=card_layout(v) if kind == "card_number" else v)
    add(s, kind, "cue_obf.typo_filler." + kind, v)

# harmless counterparts: obfuscated cue words, no value
HARM_CUE = [
    "forgot my p@ssw0rd, how do I reset it?",
    "the pa$$word reset email never showed up",
    "is my PASSWORD case sensitive?",
    "why does the passw*rd field reject the ! symbol",
    "what is a c.v.v and where do I find it",
    "C V V on the back is scratched off, can you send a new card?",
    "do i need the sec. code for recurring payments?",
    "the CID on my amex is on the FRONT right? not the back",
    "my s-s-n ends in {l4}, is that enough to verify?",
    "last four of S S N: {l4}",
    "why do you need my SOCIAL at all? I won't give it in chat",
    "0TP never arrived, can you resend?",
    "the one-time-pass-code expired after 10 min, send another",
    "verif. code keeps going to my old phone ending {l4}",
    "SAFEKEY screen froze at checkout for order #{ord}",
    "I never got a VERIFICATION CODE for the {amt} purchase",
    "I changed my P I N yesterday at the branch, does it take 24h?",
    "locked out after 3 wrong p1n tries at the ATM",
    "pasword reset link says expired (error 4012)",
    "secuirty code field won't accept 4 digits on the checkout page",
    "c@rd # ending {l4} was declined at {merch}",
    "socail security office sent me a letter, unrelated but do you need my new address?",
    "should I ever type my OTP in here? the guide says no",
    "my CVV2 is on the back right? i haven't typed it anywhere",
    "verifcation code is 6 digits or 8? I haven't received it yet",
    "CARD NUMBER ending in {l4}, ZIP {zip}",
    "my P@$$W0RD manager autofilled the wrong site, password changed already",
    "Safe-Key code request came for a {amt} charge I didn't make",
    "the 1-time code text said 'do not share' so I won't, what next?",
    "pwd reset done, confirmation #{ord}",
    "soc sec # is on file already, I confirmed the last 4 {l4} with your colleague",
    "what is the 4-digit sec. code on an amex for, vs the 3 digit one?",
    "SSN verification failed on the application, ref {ref}",
    "pass-word must be 8 to 20 chars? mine is 12 and still rejected",
    "o.t.p arrives 5 minutes late every time, carrier is T-Mobile",
    "c-v-c mismatch error on {merch} but the charge of {amt} went through",
]
for t in HARM_CUE:
    t = t.format(l4=last4(), ord=rng.randint(100000, 999999), amt=amount(), merch=pick(MERCHANTS),
                 zip=zipc(), ref=rng.randint(10000000, 99999999))
    add(t, None, "cue_obf.harmless")

# ================================================================ family 2: long pasted content
def bank_email(buried):
    amt = amount()
    parts = [
        "Pasting the email I got:",
        "\"From: American Express <DoNotReplyUS@welcome.americanexpress.com>",
        "Subject: Your Account Alert",
        "Dear Cardmember,",
        "We noticed a transaction of %s at %s on %s on your Card ending in %s." % (
            amt, pick(MERCHANTS), date_md(), last4()),
    ]
    tail = [
        "If you recognize this transaction, no action is needed.",
        "If not, please call us at 1-800-528-4800 or sign in to your account.",
        "American Express will never ask for your full Card number, security code or one-time code by email.",
        "Reference: %d | Please do not reply to this email.\"" % rng.randint(10000000, 99999999),
        "is this legit?",
    ]
    return " ".join(parts + buried + tail)


def statement(buried):
    rows = ["ok here's what my statement shows:"]
    for _ in range(rng.randint(5, 7)):
        rows.append("%s %s %s" % (date_md(), pick(MERCHANTS), amount()))
    rows.insert(rng.randint(2, len(rows)), "%s PAYMENT RECEIVED - THANK YOU -%s" % (date_md(), amount()))
    pos = rng.randint(3, len(rows) - 1)
    for b in buried:
        rows.insert(pos, b)
    rows += ["New Balance %s" % amount(), "Minimum Payment Due %s" % amount(),
             "Closing Date %s/%d" % (date_md(), 2026), "which one is the double charge?"]
    return " | ".join(rows)


def chat_log(buried):
    turns = [
        "Copying our earlier chat since it disconnected:",
        "Agent: Thanks for contacting us, how can I help today?",
        "Me: I see a charge of %s from %s I don't recognize" % (amount(), pick(MERCHANTS)),
        "Agent: I can help with that. Can you confirm the last 4 of the card and your billing ZIP?",
        "Me: %s and %s" % (last4(), zipc()),
    ]
    turns += buried
    turns += [
        "Agent: Thank you. I've opened case %d for the disputed charge." % rng.randint(1000000, 9999999),
        "Agent: You should see a temporary credit within 1-2 billing cycles.",
        "Me: ok thanks",
        "-- end of chat %s 4:%02d PM --" % (date_md(), rng.randint(0, 59)),
        "can you pick up from here?",
    ]
    return "\n".join(turns)


def shipping(buried):
    trk = "1Z%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(2)),
                      "".join(rng.choice("0123456789") for _ in range(12)))
    parts = [
        "this is the shipping notice they sent:",
        "Your replacement Card is on its way!",
        "Shipped: %s via UPS Next Day Air" % date_md(),
        "Tracking number: %s" % trk,
        "Expected delivery: %s by 8:00 PM" % date_md(),
        "Ship to: %d %s St Apt %d, %s" % (rng.randint(10, 9999), pick(["Elm", "Vesey", "Cedar", "Main", "Lake"]),
                                         rng.randint(1, 40), zipc()),
    ]
    tail = [
        "Your new Card will have a new number and expiration date; update any recurring payments.",
        "Order #%d" % rng.randint(10000000, 99999999),
        "it still hasn't arrived, can you check?",
    ]
    return " / ".join(parts + buried + tail)


def receipt(buried):
    lines = [
        "receipt from the restaurant, they charged me twice:",
        "%s" % pick(["LUCA'S TRATTORIA", "HARBOR GRILL", "CAFE MERIDIAN", "THE OAK ROOM"]),
        "%d %s AVE, %s" % (rng.randint(10, 999), pick(["PARK", "LEXINGTON", "OCEAN"]), zipc()),
        "TABLE %d  SERVER %d  GUESTS %d" % (rng.randint(1, 60), rng.randint(100, 999), rng.randint(1, 8)),
        "SUBTOTAL %s" % amount(), "TAX %s" % small_amount(), "TIP %s" % small_amount(), "TOTAL %s" % amount(),
        "AMEX ****%s" % last4(),
        "AUTH %06d  TERMINAL %04d" % (rng.randint(0, 999999), rng.randint(1, 9999)),
        "%s %02d:%02d" % (date_md(), rng.randint(10, 23), rng.randint(0, 59)),
    ]
    pos = rng.randint(5, len(lines) - 1)
    for b in buried:
        lines.insert(pos, b)
    lines.append("THANK YOU - CUSTOMER COPY")
    return "\n".join(lines)


PASTERS = [("email", bank_email), ("statement", statement), ("chat_log", chat_log),
           ("shipping", shipping), ("receipt", receipt)]


def buried_value(kind, fam):
    """Return (list of buried lines, kind, value)."""
    if kind == "card_number":
        _, n = card()
        lay = card_layout(n)
        opts = {
            "email": ["(the full number they show in the app is %s btw)" % lay],
            "statement": ["card used: %s" % lay],
            "chat_log": ["Me: actually the full card is %s if that helps" % lay],
            "shipping": ["(my old card was %s, cancel it)" % lay],
            "receipt": ["CARD %s" % lay],
        }
        return opts[fam], n
    if kind == "security_code":
        v = cvv(rng.random() < 0.4)
        opts = {
            "email": ["(the %s is %s if you need it)" % ("4-digit code on the front of the card" if len(v) == 4 else "code on the back of the card", v)],
            "statement": ["[note to self: security code %s]" % v],
            "chat_log": ["Me: and the %s is %s" % ("CID" if len(v) == 4 else "CVV", v)],
            "shipping": ["(new card's security code: %s)" % v],
            "receipt": ["%s %s" % ("CID" if len(v) == 4 else "CVV", v)],
        }
        return opts[fam], v
    if kind == "ssn":
        v = ssn()
        lay = ssn_layout(v, "dash")
        opts = {
            "email": ["(they want my SSN? it's %s)" % lay],
            "statement": ["[SSN %s written on my copy]" % lay],
            "chat_log": ["Me: my social is %s" % lay],
            "shipping": ["(for the record my SSN is %s)" % lay],
            "receipt": ["(my ssn %s, for the tax form)" % lay],
        }
        return opts[fam], v
    if kind == "otp":
        v = otp(6)
        opts = {
            "email": ["Your one-time verification code is %s. It expires in 10 minutes." % v],
            "statement": ["[text from Amex: SafeKey code %s]" % v],
            "chat_log": ["Me: the verification code I just got is %s" % v],
            "shipping": ["Activation text: your one-time passcode is %s" % v],
            "receipt": ["(the SafeKey code that popped up was %s)" % v],
        }
        return opts[fam], v
    if kind == "password":
        v = password()
        opts = {
            "email": ["(my login password is %s, I think someone guessed it)" % v],
            "statement": ["[online password: %s]" % v],
            "chat_log": ["Me: my password is %s if you need to log in" % v],
            "shipping": ["(account password %s)" % v],
            "receipt": ["(wifi was free but my amex app password is %s)" % v],
        }
        return opts[fam], v
    return [], None


KINDS5 = ["card_number", "security_code", "ssn", "otp", "password"]
for fi, (fam, fn) in enumerate(PASTERS):
    # 7 sensitive (cycle through kinds) + 7 harmless per family
    for j in range(7):
        kind = KINDS5[(j + fi) % 5]
        buried, v = buried_value(kind, fam)
        add(fn(buried), kind, "paste.%s.%s" % (fam, kind), v)
    for j in range(7):
        extra = {
            "email": ["Your verification code was requested at %02d:%02d; if this wasn't you, ignore this." % (
                rng.randint(0, 23), rng.randint(0, 59))],
            "statement": ["INTEREST CHARGE ON PURCHASES %s" % amount()],
            "chat_log": ["Agent: Please don't share your password or one-time code here."],
            "shipping": ["Activation: sign in to activate; we'll never text you for your security code."],
            "receipt": ["CVM: PIN VERIFIED" if j % 2 else "APPROVED 00 SEQ %05d" % rng.randint(0, 99999)],
        }[fam]
        add(fn(extra if j % 2 == 0 else []), None, "paste.%s.harmless" % fam)

# ================================================================ family 3: answering a question
ANS = {
    "otp": [
        "Agent asked for the code so here: {v}",
        "you asked for the verification code — {v}",
        "re: the passcode you just texted me, it's {v}",
        "ok the code came through: {v}",
        "as you requested, the one-time code {v}",
        "to your question about the SafeKey prompt: it showed {v}",
        "the 6 digits you wanted are {v}",
    ],
    "security_code": [
        "you asked for the last 3 on the back — {v}",
        "re: the 3 digits on the signature strip: {v}",
        "you wanted the CVV? {v}",
        "answering your q: the security code is {v}",
        "the 4 digits printed above the number on the front are {v4}",
        "as asked, CID {v4}",
    ],
    "ssn": [
        "re: your question, the social is {v}",
        "you asked for my full SSN: {v}",
        "to answer you — social security number {v}",
        "fine, since you asked, it's {v} (my SSN)",
        "the nine digits you asked for: {v}",
    ],
    "password": [
        "you asked what password I used, it's {pw}",
        "answering: my login is janed and the password is {pw}",
        "since you asked for the PIN — {pin}",
        "re: the passcode for online banking, it's {pw}",
        "the password you asked me to confirm is {pw}",
    ],
    "card_number": [
        "you asked for the full card number: {card}",
        "re: which card — it's {card}",
        "answering your question, number on the front is {card}",
        "here's the full number like you asked {card}",
        "ok, card is {card}",
    ],
}
for kind, temps in ANS.items():
    for t in temps:
        for _ in range(1 if kind in ("card_number", "password") else 1):
            val = None
            if kind == "otp":
                val = otp()
                s = t.format(v=val)
            elif kind == "security_code":
                val = cvv() if "{v}" in t else cvv(True)
                s = t.format(v=val, v4=val)
            elif kind == "ssn":
                val = ssn()
                s = t.format(v=ssn_layout(val))
            elif kind == "password":
                val = pin() if "{pin}" in t else password()
                s = t.format(pw=val, pin=val)
            else:
                _, val = card()
                s = t.format(card=card_layout(val))
            add(s, kind, "answer." + kind, val)

# second round of answer lines so each kind is well covered
more_ans = [
    ("otp", "Agent: what's the code we just texted you? / Me: {v}"),
    ("otp", "sorry, the text took a minute to arrive. code = {v}"),
    ("security_code", "Agent wanted the back code: {v}"),
    ("ssn", "my social (you asked): {v}"),
    ("password", "you asked me to type the temp password, it was {pw}"),
    ("card_number", "Agent: which card? Me: {card}"),
]
for kind, t in more_ans:
    if kind == "otp":
        val = otp(); s = t.format(v=val)
    elif kind == "security_code":
        val = cvv(); s = t.format(v=val)
    elif kind == "ssn":
        val = ssn(); s = t.format(v=ssn_layout(val, "dash"))
    elif kind == "password":
        val = password(); s = t.format(pw=val)
    else:
        _, val = card(); s = t.format(card=card_layout(val))
    add(s, kind, "answer." + kind, val)

ANS_HARM = [
    "you asked for the last 4 of the card — {l4}",
    "re: your question, billing ZIP is {zip}",
    "Agent asked for the case number so here: {case}",
    "you asked for the last 4 of my social: {l4}",
    "answering your q: the charge was {amt} on {d}",
    "the confirmation number you asked about is {conf}",
    "you wanted the order number? #{ord}",
    "re: your question, my phone is 212-555-0{p3}",
    "the claim number from last week: CLM-{case}",
    "you asked for my Membership Rewards member number: {mr}",
    "you asked which flight — DL {fl}, seat 23C",
    "Agent asked for the code so here's the promo code from the mailer: SPRING{l4}",
    "re: the error code, it says E-{err}",
    "you asked what app version: {ver}",
    "re: your question, the hotel confirmation is {conf}",
    "you asked for the tracking number: 9400 1{trk}",
    "answering: my routing number at Chase is 0{rt} (that's the other bank, for the autopay)",
    "you asked for the code — I didn't get one yet, nothing arrived",
    "you asked for the CVV but the guide says never share it, so no",
    "you asked when: {d}/2026 at 3:{mm} PM",
    "reference number as requested: REF{ref}",
    "the amount you asked about was {amt}, posted {d}",
    "my zip? {zip}",
    "re: your question, I was born in 1987 and my card expires 08/29",
    "you asked for my old address: {hn} Cedar St, Apt {apt}",
    "your colleague asked for the dispute ID; it is {case}",
]
for t in ANS_HARM:
    s = t.format(l4=last4(), zip=zipc(), case=rng.randint(1000000, 9999999), amt=amount(), d=date_md(),
                 conf=rng.randint(10000000, 99999999), ord=rng.randint(100000, 999999),
                 p3="1%02d" % rng.randint(0, 99), mr=rng.randint(100000000, 999999999),
                 fl=rng.randint(100, 2999), err=rng.randint(100, 999),
                 ver="%d.%d.%d" % (rng.randint(5, 9), rng.randint(0, 40), rng.randint(0, 9)),
                 trk=safe_digits(9, "9400 1"),
                 rt="21000021", ref=rng.randint(100000, 999999), mm="%02d" % rng.randint(0, 59),
                 hn=rng.randint(10, 9999), apt=rng.randint(1, 40))
    add(s, None, "answer.harmless")

# ================================================================ family 4: unicode digit tricks
UNI_SENS = [
    ("card_number", "card number {x}"),
    ("card_number", "my card: {x}"),
    ("card_number", "{x} is the card"),
    ("card_number", "full number {x} pls check"),
    ("security_code", "cvv {x}"),
    ("security_code", "security code is {x}"),
    ("ssn", "SSN {x}"),
    ("ssn", "my social security number is {x}"),
    ("otp", "verification code {x}"),
    ("otp", "the one-time passcode is {x}"),
    ("password", "card PIN {x}"),
    ("password", "my password is Lantern{x}!"),
]
UNI_HARM = [
    "last 4 of card: {l4}",
    "ZIP {zip}",
    "the charge was ${n3}.{c2} on {d}",
    "case number {case}",
    "call me at 1-800-528-4800 or {p}",
    "order #{ord} hasn't shipped",
    "my SSN ends in {l4}",
    "statement closed {d}/2026, balance ${n3}.{c2}",
    "verification code expires in {ten} minutes",
    "flight {fl}, seat {seat}A",
    "member number {mr}",
]
for i, (fname, ff) in enumerate(UNI):
    # each transform: sensitive lines (rotating) + harmless lines
    picks = [UNI_SENS[(i * 3 + k) % len(UNI_SENS)] for k in range(3)]
    if fname == "zwsp":
        picks = [UNI_SENS[0], UNI_SENS[6], UNI_SENS[8]]
    for kind, t in picks:
        if kind == "card_number":
            _, v = card(); shown = card_layout(v, pick(["plain", "space"]))
        elif kind == "security_code":
            v = cvv(); shown = v
        elif kind == "ssn":
            v = ssn(); shown = ssn_layout(v, "dash")
        elif kind == "otp":
            v = otp(6); shown = v
        else:
            v = pin() if "PIN" in t else str(rng.randint(10, 99)); shown = v
        text = t.format(x=ff(shown))
        add(text, kind, "unicode.%s.%s" % (fname, kind), v if kind != "password" or "PIN" in t else None)
    for k in range(2 if fname != "zwsp" else 1):
        t = UNI_HARM[(i * 2 + k) % len(UNI_HARM)]
        # transform only the digits that are filled in
        vals = dict(l4=ff(last4()), zip=ff(zipc()), n3=ff(str(rng.randint(10, 999))),
                    c2=ff("%02d" % rng.randint(0, 99)), d=ff(date_md()), case=ff(str(rng.randint(1000000, 9999999))),
                    p=ff("212-555-01%02d" % rng.randint(0, 99)), ord=ff(str(rng.randint(100000, 999999))),
                    ten=ff("10"), fl=ff("DL " + str(rng.randint(100, 2999))), seat=ff(str(rng.randint(1, 40))),
                    mr=ff(str(rng.randint(100000000, 999999999))))
        add(t.format(**vals), None, "unicode.%s.harmless" % fname)

# ================================================================ family 5: harmless number-rich
NR = [
    ("statement", "Payment received {d} {amt} — thank you; security tip: never share your CVV"),
    ("statement", "{d} {merch} {amt} | {d2} {merch2} {amt2} | security code alerts: ON"),
    ("statement", "Statement closing date {d}/2026, payment due {d2}/2026, minimum due {amt}, card ending {l4}"),
    ("statement", "APR 29.99% purchases, cash advance fee {amt} or 5%, whichever is greater"),
    ("statement", "Membership Rewards earned this cycle: {pts} points; total {pts2}"),
    ("statement", "Annual fee {amt} posted {d}; SSN on file verified last year, no action needed"),
    ("notification", "Your verification code will expire in 10 minutes. Ref {ref}"),
    ("notification", "A one-time passcode was sent to the phone ending in {l4} at {hh}:{mm}"),
    ("notification", "SafeKey: purchase of {amt} at {merch} needs approval in the app. Never share your code."),
    ("notification", "Amex Alert: Card ending {l4} charged {amt} on {d}. Reply STOP to end texts. Msg#{ref}"),
    ("notification", "Your password was changed on {d} at {hh}:{mm}. If this wasn't you call 1-800-528-4800."),
    ("notification", "We sent a 6-digit code to your email; it expires in 15 minutes."),
    ("notification", "Your PIN was successfully updated. Ref {ref}."),
    ("notification", "Two-step verification enabled on {d}. Backup phone ends {l4}."),
    ("receipt", "AUTH {auth} TERMINAL {term} CARD ****{l4}"),
    ("receipt", "APPROVED AUTH CODE {auth} | REF# {ref} | AMEX XXXXXXXXXXX{l5} | TOTAL {amt}"),
    ("receipt", "MERCH ID {mid} TID {term} BATCH {batch} SEQ {seq} {amt}"),
    ("receipt", "CVM: SIGNATURE | ENTRY: CHIP | AID A000000025010801 | {amt}"),
    ("receipt", "INVOICE {inv}  ITEMS 3  SUBTOTAL {amt}  CARD ending {l4}"),
    ("marketing", "earn 3x points, offer code {oc}"),
    ("marketing", "Spend {amt} by {d}, get {pts} bonus points. Promo code SAVE{oc}"),
    ("marketing", "Limited time: 0% intro APR for 15 months, then 19.24%-29.99% variable"),
    ("marketing", "Use code WELCOME{oc} for $50 off; security code not required for this offer"),
    ("pwrules", "passwords need 8-64 characters and 1 digit"),
    ("pwrules", "Your password must be 8-20 characters, include 1 number and 1 symbol, and not match your last 5 passwords"),
    ("pwrules", "PIN must be 4 digits and can't be 1234 or repeated digits"),
    ("pwrules", "one-time passcodes are 6 digits and valid for 10 minutes"),
    ("pwrules", "security codes are 3 digits on Visa/Mastercard and 4 digits on the front of an Amex"),
    ("pwrules", "SSN is 9 digits but we only need the last 4 in chat"),
    ("pwrules", "After 5 failed password attempts your account locks for 30 minutes"),
    ("misc", "my password has {n} characters, is that enough? I'm not sharing it"),
    ("misc", "the verification code field only lets me type 5 digits but the text had 6 — what gives?"),
    ("misc", "card ending {l4} expires {exp}, ZIP {zip}, billing cycle closes on the {dd}th"),
    ("misc", "ticket #{ref} about my CVV being rejected at {merch} ({amt})"),
    ("misc", "error {err}: SafeKey authentication failed, try again in 5 min"),
    ("misc", "I paid {amt} on {d} with confirmation {conf}, and the OTP screen popped up twice"),
    ("misc", "version {ver} of the app keeps asking for the passcode after every update"),
    ("misc", "hotel room {room} at the Marriott, confirmation {conf}, charged {amt} twice"),
    ("misc", "my other bank account no. {acct} at Wells is where the autopay comes from"),
    ("misc", "Routing number {rt}, checking account ending {l4} — for autopay setup"),
    ("misc", "Delta SkyMiles number {mr} should be linked for the transfer of {pts} points"),
    ("misc", "tracking 9400 1{trk} says delivered but no card in the mailbox"),
    ("misc", "case {case} / claim {claim} / dispute opened {d} for {amt}"),
    ("misc", "SSN and CVV were NOT given to the caller, I hung up after they asked"),
    ("misc", "the text said 'Your Amex code is' and then nothing, blank message at {hh}:{mm}"),
    ("misc", "in 2019 I set a PIN, in 2023 I changed it; can I see when it was last changed?"),
    ("misc", "4 digits on the front, 3 on the back — which is the CID? (not sharing either)"),
    ("misc", "address: 200 Vesey Street, New York, NY 10285, suite {room}"),
    ("misc", "called 1-800-528-4800 at {hh}:{mm}, rep ID {rep}, said to chat instead"),
    ("misc", "passcode reset sent to email on {d}; link expired after 24 hours"),
]
for fam, t in NR:
    s = t.format(d=date_md(), d2=date_md(), amt=amount(), amt2=amount(), merch=pick(MERCHANTS),
                 merch2=pick(MERCHANTS), l4=last4(), l5="%05d" % rng.randint(0, 99999),
                 pts="{:,}".format(rng.randint(100, 90000)), pts2="{:,}".format(rng.randint(90000, 400000)),
                 ref=rng.randint(10000, 99999999), hh="%02d" % rng.randint(0, 23), mm="%02d" % rng.randint(0, 59),
                 auth="%06d" % rng.randint(0, 999999), term="%04d" % rng.randint(1, 9999),
                 mid=rng.randint(1000000000, 9999999999), batch="%03d" % rng.randint(1, 999),
                 seq="%04d" % rng.randint(1, 9999), inv=rng.randint(100000, 999999), oc=rng.randint(1000, 9999),
                 n=rng.randint(12, 30), exp="%02d/%02d" % (rng.randint(1, 12), rng.randint(27, 31)),
                 zip=zipc(), dd=rng.randint(1, 28), err=rng.randint(400, 599), conf=rng.randint(10000000, 99999999),
                 ver="%d.%d.%d" % (rng.randint(5, 9), rng.randint(0, 40), rng.randint(0, 9)),
                 room=rng.randint(100, 2999), acct=rng.randint(1000000000, 9999999999), rt="0" + "21000021",
                 mr=rng.randint(1000000000, 9999999999), trk=safe_digits(17, "9400 1"),
                 case=rng.randint(1000000, 9999999), claim=rng.randint(100000, 999999), rep=rng.randint(10000, 99999))
    add(s, None, "numrich." + fam)

# ---------------------------------------------------------------- validation
def validate(recs):
    errs = []
    seen = set()
    for r in recs:
        t = r["text"]
        if t in seen:
            errs.append("dup: " + t[:60])
        seen.add(t)
        if r["sensitive"] != (r["kind"] is not None):
            errs.append("label mismatch: " + t[:60])
        if r["kind"] not in (None, "card_number", "security_code", "ssn", "otp", "password"):
            errs.append("bad kind")
        v = r["_value"]
        if r["kind"] == "card_number":
            d = re.sub(r"\D", "", norm(t))
            if not v or v not in d or not luhn_ok(v):
                errs.append("card value missing/invalid: " + t[:60])
        elif card_hits(t):
            errs.append("non-card line has card-like number %s: %s" % (card_hits(t), t[:80]))
        if r["kind"] == "ssn":
            d = re.sub(r"\D", "", norm(t))
            if not v or v not in d:
                errs.append("ssn value missing: " + t[:60])
        elif ssn_hits(t):
            errs.append("non-ssn line has ssn-like number: " + t[:80])
        if v and r["kind"] in ("security_code", "otp", "ssn") and v not in re.sub(r"[^\d]", "", norm(t)):
            errs.append("value not found: " + t[:60])
        if r["kind"] == "otp" and not (4 <= len(v) <= 8):
            errs.append("otp len")
        if r["kind"] == "security_code" and len(v) not in (3, 4):
            errs.append("cvv len")
    return errs


errs = validate(records)
if errs:
    for e in errs:
        print("ERROR", e, file=sys.stderr)
    sys.exit(1)

order = list(range(len(records)))
rng.shuffle(order)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    for i in order:
        r = records[i]
        f.write(json.dumps({"text": r["text"], "sensitive": r["sensitive"], "kind": r["kind"],
                            "note": r["note"]}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    from collections import Counter
    n = len(records)
    sens = sum(r["sensitive"] for r in records)
    print("wrote %d lines to %s (sensitive %d, harmless %d)" % (n, OUT, sens, n - sens))
    print(dict(Counter(r["kind"] for r in records)))
