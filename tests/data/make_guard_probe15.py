#!/usr/bin/env python3
"""Blind adversarial probe set #15 for the amexsim sensitive-data guard.

Ten personas x 32 lines (16 sensitive, 16 harmless). Stdlib only, seeded,
deterministic. Writes guard_probe15.jsonl next to this file and validates it.
"""
import json
import os
import random
import re
import sys

SEED = 15015
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "guard_probe15.jsonl")

FAMOUS = {
    "4111111111111111", "4242424242424242", "378282246310005", "371449635398431",
    "5555555555554444", "5105105105105100", "6011111111111117", "4012888888881881",
    "30569309025904", "3530111333300000", "38520000023237", "6011000990139424",
    "5500000000000004", "4000000000000002", "371111111111114", "4000056655665556",
    "5200828282828210", "3566002020360505", "36227206271667", "6011000000000004",
    "378734493671000", "4000000000000077",
}
FAMOUS_SSN = {"078051120", "123456789", "219099999", "457555462"}


# ---------------------------------------------------------------- numbers
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


def issuer_strict(d):
    n = len(d)
    if d[:2] in ("34", "37") and n == 15:
        return True
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n in (16, 17, 18, 19) and (d.startswith("6011") or d.startswith("65")
                                  or 644 <= int(d[:3]) <= 649):
        return True
    if n == 14 and (d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305):
        return True
    if n in (16, 17, 18, 19) and d[:2] == "35":
        return True
    return False


def issuer_loose(d):
    """Any major-issuer prefix, any length 13-19 (used to keep harmless lines clean)."""
    if not 13 <= len(d) <= 19:
        return False
    return (d[:2] in ("34", "37", "35", "36", "38", "65") or d[0] == "4"
            or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
            or d.startswith("6011") or 644 <= int(d[:3]) <= 649
            or 300 <= int(d[:3]) <= 305)


def ssn_valid(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


# ---------------------------------------------------------------- normaliser
WORD = {"zero": "0", "oh": "0", "one": "1", "two": "2", "to": "2", "too": "2",
        "three": "3", "four": "4", "for": "4", "five": "5", "six": "6",
        "seven": "7", "eight": "8", "nine": "9"}
SEPS = {"-", ",", ".", "dash", "then", "space", "hyphen", "\u2013", "period", ":"}


def digit_runs(text):
    """Undo spelled / voice-style digits; return maximal digit runs."""
    toks = re.findall(r"[a-z]+|\d+|[^\sa-z\d]", text.lower())
    runs, cur, i = [], "", 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            cur += t
        elif t in WORD:
            cur += WORD[t]
        elif t in ("double", "triple") and i + 1 < len(toks) and (
                toks[i + 1] in WORD or (toks[i + 1].isdigit() and len(toks[i + 1]) == 1)):
            d = WORD.get(toks[i + 1], toks[i + 1])
            cur += d * (2 if t == "double" else 3)
            i += 1
        elif t in SEPS:
            pass
        else:
            if cur:
                runs.append(cur)
            cur = ""
        i += 1
    if cur:
        runs.append(cur)
    return runs


def raw_runs(text):
    return [re.sub(r"\D", "", m) for m in re.findall(r"\d+(?:[ .\-]\d+)*", text)]


def card_windows(runs, strict):
    hits = []
    for r in runs:
        for n in range(13, 20):
            for i in range(0, len(r) - n + 1):
                w = r[i:i + n]
                if luhn_ok(w) and (issuer_strict(w) if strict else issuer_loose(w)):
                    hits.append(w)
    return hits


def ssn_hits(text):
    out = []
    for m in re.finditer(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)", text):
        if ssn_valid(*m.groups()):
            out.append(m.group(0))
    return out


# ---------------------------------------------------------------- value makers
NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
PWWORDS = ["Marigold", "tulip", "Harbor", "otter", "Juniper", "pickle", "Saffron", "walnut",
           "Cobalt", "maple", "Lantern", "fennel", "Quartz", "biscuit", "Meadow", "pepper",
           "Sparrow", "tundra", "Velvet", "cactus", "Orchid", "gravel", "Nimbus", "waffle"]
SYMS = "!#$%&*@_"
BRANDS = {  # key: (prefix maker, length, groups)
    "amex": (lambda r: r.choice(["34", "37"]), 15, [4, 6, 5]),
    "visa": (lambda r: "4", 16, [4, 4, 4, 4]),
    "mc": (lambda r: str(r.randint(51, 55)), 16, [4, 4, 4, 4]),
    "mc2": (lambda r: str(r.randint(2221, 2720)), 16, [4, 4, 4, 4]),
    "disc": (lambda r: r.choice(["6011", "65"]), 16, [4, 4, 4, 4]),
    "diners": (lambda r: r.choice(["36", "38"]), 14, [4, 6, 4]),
    "jcb": (lambda r: "35" + str(r.randint(28, 89)), 16, [4, 4, 4, 4]),
}


def make_card(r, brand):
    pre, n, groups = BRANDS[brand]
    while True:
        p = pre(r)
        body = p + "".join(r.choice("0123456789") for _ in range(n - 1 - len(p)))
        d = luhn_complete(body)
        if d not in FAMOUS and len(set(d)) > 4:
            return d, groups


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        d = "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        if d not in FAMOUS_SSN:
            return d


def digits(r, n, first_nonzero=True):
    s = str(r.randint(1, 9)) if first_nonzero else r.choice("0123456789")
    return s + "".join(r.choice("0123456789") for _ in range(n - 1))


def make_pw(r):
    w1, w2 = r.sample(PWWORDS, 2)
    forms = [
        lambda: w1 + r.choice(SYMS) + digits(r, 2),
        lambda: w1.lower() + digits(r, 2) + w2.capitalize() + r.choice(SYMS),
        lambda: w1.capitalize() + "_" + w2.lower() + str(r.randint(1950, 2011)),
        lambda: w1[:4] + r.choice(SYMS) + w2[:4].upper() + digits(r, 3),
    ]
    return r.choice(forms)()


class Style:
    def __init__(self, name, seps, zero_words=("zero", "oh")):
        self.name, self.seps, self.zero_words = name, seps, zero_words

    def render(self, r, d, groups=None):
        groups = groups or [len(d)]
        parts, i = [], 0
        for g in groups:
            parts.append(d[i:i + g])
            i += g
        if self.name == "plain":
            sep = r.choice(self.seps)
            return sep.join(parts)
        if self.name == "spell":
            out = []
            for p in parts:
                ws, j = [], 0
                while j < len(p):
                    if j + 1 < len(p) and p[j] == p[j + 1] and r.random() < 0.6:
                        ws.append("double " + self.word(r, p[j]))
                        j += 2
                    else:
                        ws.append(self.word(r, p[j]))
                        j += 1
                out.append(" ".join(ws))
            return r.choice([", then ", ", ", " \u2013 ", "... "]).join(out) if len(out) > 1 else out[0]
        if self.name == "voice":
            out = []
            for p in parts:
                toks, buf = [], ""
                for ch in p:
                    word = None
                    if ch == "4" and r.random() < 0.5:
                        word = "for"
                    elif ch == "2" and r.random() < 0.5:
                        word = r.choice(["to", "too"])
                    elif ch == "0" and r.random() < 0.5:
                        word = "oh"
                    elif ch == "8" and r.random() < 0.15:
                        word = "eight"
                    if word:
                        if buf:
                            toks.append(buf)
                            buf = ""
                        toks.append(word)
                    else:
                        buf += ch
                if buf:
                    toks.append(buf)
                out.append(" ".join(toks))
            return r.choice([" dash ", " ", " dash "]).join(out)
        raise ValueError(self.name)

    def word(self, r, ch):
        return r.choice(self.zero_words) if ch == "0" else NAMES[int(ch)]


ROUTINGS = ["021000021", "026009593", "111000025", "121000358", "071000013", "122000661",
            "031201360", "061000104", "091000019", "044000037"]
AIRLINES = ["UA", "DL", "AA", "B6", "AS", "WN", "BA", "LH", "IB", "AF"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class Slots(dict):
    def __init__(self, r, style, upper=False):
        super().__init__()
        self.r, self.style, self.upper, self.vals = r, style, upper, {}

    def rd(self, d, groups=None):
        return self.style.render(self.r, d, groups)

    def __missing__(self, key):
        r = self.r
        base = key if key in ("otp4", "otp5", "otp6", "otp7", "otp8", "last4", "l4") else key.rstrip("0123456789")
        val = None
        if base.startswith("card"):
            brand = base.split("_")[1] if "_" in base else r.choice(
                ["amex", "amex", "amex", "visa", "mc", "disc"])
            d, groups = make_card(r, brand)
            self.vals[key] = d
            val = self.rd(d, groups)
        elif base.startswith("rawcard"):
            brand = base.split("_")[1] if "_" in base else "amex"
            d, groups = make_card(r, brand)
            self.vals[key] = d
            val = d
        elif base == "cvv":
            d = digits(r, 3); self.vals[key] = d; val = self.rd(d)
        elif base == "cid":
            d = digits(r, 4); self.vals[key] = d; val = self.rd(d)
        elif base == "pin":
            d = digits(r, 4, False); self.vals[key] = d; val = self.rd(d)
        elif base.startswith("otp"):
            n = int(key[3]) if key in ("otp4", "otp5", "otp6", "otp7", "otp8") else r.choice([6, 6, 6, 6, 4, 5, 7, 8])
            d = digits(r, n, r.random() < 0.8); self.vals[key] = d
            val = self.rd(d, [3, 3] if n == 6 and r.random() < 0.3 else None)
        elif base == "ssn":
            d = make_ssn(r); self.vals[key] = d
            if self.style.name == "plain":
                val = r.choice(["-", "-", " "]).join([d[:3], d[3:5], d[5:]])
            else:
                val = self.rd(d, [3, 2, 4])
        elif base == "ssnraw":
            d = make_ssn(r); self.vals[key] = d; val = d
        elif base == "pw":
            val = make_pw(r)
            if self.upper:
                val = val.upper()
            self.vals[key] = val
        # ------------------------------------------------ harmless values
        elif base == "last4":
            val = self.rd(digits(r, 4, False))
        elif base == "l4":
            val = digits(r, 4, False)
        elif base == "zip":
            val = self.rd("%05d" % r.randint(1001, 99950))
        elif base == "zipraw":
            val = "%05d" % r.randint(1001, 99950)
        elif base == "amt":
            val = "$%d.%02d" % (r.randint(12, 2400), r.randint(0, 99))
        elif base == "bigamt":
            val = "$%s" % format(r.randint(1200, 98000), ",") + ".%02d" % r.randint(0, 99)
        elif base == "date":
            val = "%02d/%02d" % (r.randint(1, 12), r.randint(1, 28))
        elif base == "ldate":
            val = "%s %d" % (r.choice(MONTHS), r.randint(1, 28))
        elif base == "time":
            val = "%d:%02d %s" % (r.randint(1, 12), r.choice([0, 15, 30, 45, 5, 20]), r.choice(["am", "pm"]))
        elif base == "phone":
            val = "%d-%03d-%04d" % (r.randint(201, 989), r.randint(200, 989), r.randint(0, 9999))
        elif base == "phonep":
            val = "(%d) %03d-%04d" % (r.randint(201, 989), r.randint(200, 989), r.randint(0, 9999))
        elif base == "case":
            val = digits(r, r.choice([8, 9, 10]))
        elif base == "ref":
            val = r.choice(["REF", "R", "QX"]) + "-" + digits(r, 6)
        elif base == "claim":
            val = "CLM-2026-%06d" % r.randint(1000, 999999)
        elif base == "order":
            val = "%03d-%07d-%07d" % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999))
        elif base == "conf":
            val = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        elif base == "track":
            val = "1Z" + "".join(r.choice("0123456789ABCDEFGHJKRVWXY") for _ in range(16))
        elif base == "flight":
            val = r.choice(AIRLINES) + " " + str(r.randint(100, 2999))
        elif base == "seat":
            val = "%d%s" % (r.randint(1, 42), r.choice("ABCDEF"))
        elif base == "room":
            val = str(r.randint(101, 2214))
        elif base == "member":
            val = digits(r, r.choice([9, 10, 11]))
        elif base == "acct":
            val = digits(r, r.choice([10, 12]), False)
        elif base == "routing":
            val = r.choice(ROUTINGS)
        elif base == "ein":
            val = "%02d-%07d" % (r.randint(10, 98), r.randint(0, 9999999))
        elif base == "invoice":
            val = "INV-%d-%04d" % (r.randint(2024, 2026), r.randint(1, 9999))
        elif base == "po":
            val = "PO %d" % r.randint(10000, 999999)
        elif base == "year":
            val = str(r.randint(1958, 2026))
        elif base == "byear":
            val = str(r.randint(1940, 1985))
        elif base == "cyear":
            val = str(r.randint(2005, 2024))
        elif base == "ver":
            val = "%d.%d.%d" % (r.randint(4, 9), r.randint(0, 40), r.randint(0, 9))
        elif base == "err":
            val = r.choice(["E", "ERR-", "code ", "AX-"]) + str(r.randint(100, 9999))
        elif base == "pct":
            val = "%d.%d%%" % (r.randint(1, 29), r.randint(0, 99))
        elif base == "qty":
            val = str(r.randint(2, 400))
        elif base == "mcard":
            d, _ = make_card(r, "amex")
            val = r.choice(["****" + d[-4:], "xxxx-xxxxxx-x" + d[-4:], "\u2022\u2022\u2022\u2022 " + d[-4:],
                            "XXXXXXXXXXX" + d[-4:], "*" * 11 + d[-4:], "ending in " + d[-4:]])
        elif base == "badcard":
            d, g = make_card(r, r.choice(["amex", "visa", "mc"]))
            n = len(d)
            k = r.randint(3, 6)
            start = r.randint(6, n - 4 - k)
            m = d[:start] + "*" * k + d[start + k:]
            if g == [4, 6, 5]:
                val = " ".join([m[:4], m[4:10], m[10:]])
            else:
                val = " ".join(m[i:i + 4] for i in range(0, n, 4))
        elif base == "mssn":
            val = r.choice(["XXX-XX-", "***-**-", "xxx-xx-", "###-##-"]) + digits(r, 4, False)
        elif base == "badssn":
            d = make_ssn(r)
            form = r.randint(0, 2)
            if form == 0:
                val = d[:3] + "-**-" + d[5:]
            elif form == 1:
                val = "**" + d[2] + "-" + d[3:5] + "-" + d[5:]
            else:
                val = d[:3] + "-" + d[3:5] + "-**" + d[7:]
        else:
            raise KeyError(key)
        if self.upper and isinstance(val, str) and base != "pw":
            val = val.upper()
        self[key] = val
        return val


def _vpw(self_r):
    a, b = self_r.sample([w.lower() for w in PWWORDS], 2)
    return a + digits(self_r, 2) + b


_orig_missing = Slots.__missing__


def _missing(self, key):
    if key.rstrip("0123456789") == "vpw":
        v = _vpw(self.r)
        self.vals[key] = v
        self[key] = v
        return v
    return _orig_missing(self, key)


Slots.__missing__ = _missing

# ---------------------------------------------------------------- personas
# each: (name, style, upper, {kind: [templates]}, [harmless templates])
P = []

P.append(("elderly", Style("spell", None), False, {
    "card_number": [
        "Dear Sir or Madam, I hope this finds you well. My late husband always handled these matters, so do forgive me. The number on the front of my card reads {card_amex}. I should be most grateful if you could tell me why it was declined at the pharmacy.",
        "Good afternoon. I shall read the card number aloud, as my granddaughter taught me: {card_amex}. Thank you kindly for your patience with an old woman.",
        "To whom it may concern, a new card arrived in the post this morning. Its number is {card_amex}, and I wish to activate it, if you would be so kind.",
        "Hello dear. The card I use for the garden club is a Visa from my credit union, number {card_visa}, and it was charged twice for the same seed order. Could you look into it for me?",
    ],
    "security_code": [
        "Dear young man, the little code printed above the number on the front of my card, the one they call the security code, is {cid}. I do hope that is what you needed.",
        "Good morning. The gentleman on the telephone asked for the three numbers on the back of my Mastercard, and they are {cvv}. Is it quite safe to tell you as well?",
        "With apologies for my shaky handwriting, the card security code reads {cid}, as best I can make out with my reading glasses on.",
    ],
    "ssn": [
        "My Social Security number, in case you need it for your records, is {ssn}. My late husband always said never to give it out, but you seem very trustworthy.",
        "Dear Madam, I am writing on my own behalf. For identification, my Social Security number is {ssn}, and I was born in the spring.",
        "I have the little blue Social Security card here in my hand; it says {ssn}. Please confirm that you have received it, dear.",
    ],
    "otp": [
        "Good evening. A text message arrived on my telephone with a code, {otp}, and it said not to share it, but I am not sure what else to do with it, so here it is.",
        "My grandson says the computer wants a verification code. The one that came by email reads {otp}. Would you enter it for me, please?",
        "Dear Sir, the SafeKey message says my one-time code is {otp}. I trust that helps you confirm it is really me writing.",
    ],
    "password": [
        "I have written my password in my address book so I shan't forget it. It is {pw}, with the capital letters just as I have typed them.",
        "The four numbers I press at the bank machine, my PIN, are {pin}. I was told you might need them to unblock the card.",
        "For the website my nephew set up for me, the login password is {pw}. I should like to change it to something easier to remember.",
    ]}, [
    "Dear Sir or Madam, my card ends in {last4}, and I live in the ZIP code {zip}. I was charged {amt} on {ldate} for a magazine I never ordered.",
    "Good morning. I was told never to give out the whole number on my card, so I shall only say that it ends in {last4}. Could you tell me my balance, please?",
    "The pharmacy charged me {amt} twice on {date}. I have the receipt here, and the receipt number is {case}.",
    "My granddaughter warned me about scams, so I have not written down my PIN or my password anywhere in this letter. I simply wish to know my payment due date.",
    "I telephoned {phonep} yesterday at {time} and spoke with a lovely young woman named Rosa. She gave me case number {case}, but I did not catch the rest.",
    "My Social Security check arrives on the third Wednesday, so I would like my payment date moved to the twentieth of each month, if that is allowed.",
    "The little code that came by text message has expired, I'm afraid, and I deleted it. May I have a new one sent to my home telephone, {phone}?",
    "My membership number for the AARP is {member}, should you need it for the travel discount.",
    "I was born in nineteen thirty-eight and have had my card since the old green one. The last four of my Social are {last4}, if that helps you find me.",
    "We flew on {flight}, seat {seat}, on {ldate}, and the airline charged my card {amt} for a suitcase that never arrived.",
    "My address is {room} Sycamore Lane, Apartment 3, and the ZIP code is {zip}. Please send the replacement card there.",
    "The number printed on the back of my card to call is {phone}; is that the correct one for lost cards, dear?",
    "I keep my security code covered with a little sticker, as my son suggested. I have not written it here. Is that alright?",
    "The confirmation number from the hotel is {conf}, and we stayed in room {room} for three nights at {amt} a night.",
    "Would you kindly read me the last four digits of the card you are sending, so I may check them against my letter? Mine should end in {last4}.",
    "My checking account at First National, account number {acct}, is where the payment should come from. The routing number printed on the cheque is {routing}.",
]))

P.append(("teen", Style("plain", ["", " ", " "]), False, {
    "card_number": [
        "ok so my card number is {card_amex} and it keeps saying declined at the drive thru \U0001f62d pls help",
        "{card_amex} thats my card lol idk why the app wont let me add it to apple pay rn",
        "my mom said i could use her card for the concert tix its {card_visa} pls dont tell her it got declined \U0001f480",
        "yo can u check {card_amex} bc ur app says its locked and i didnt lock anything fr",
    ],
    "security_code": [
        "the lil 4 digit security code above the card number is {cid} if u need it \U0001f44d",
        "cvv is {cvv} idk if thats what u meant by security code tbh",
        "ok the security code thing {cid} now can u unlock it pls \U0001f64f",
    ],
    "ssn": [
        "my mom said to give u her social for the authorized user thing its {ssn} lmk if thats wrong",
        "ssn {ssn} ok now can i get the card rn",
        "ur form keeps asking for my ssn so here {ssn} \U0001f644",
    ],
    "otp": [
        "got the code {otp} from the text what do i do w it",
        "code is {otp} hurry it expires in like 2 min \u23f0",
        "ok i got a safekey code {otp} lol why is it called safekey",
    ],
    "password": [
        "my password is {pw} can u just log in for me im lazy rn \U0001f605",
        "pin is {pin} pls dont judge lol",
        "i forgot if my pw is {pw} or something else can u check",
    ]}, [
    "my card ends in {l4} btw not giving u the whole thing lol",
    "idk my password and im not gonna type it here anyway \U0001f480 how do i reset it",
    "the code never came to my phone pls resend \U0001f624",
    "ordered stuff for {amt} on {date} and its not showing up on my acct",
    "zip is {zipraw} if u need that",
    "lmao the app says error {err} every time i open it",
    "on app version {ver} and it keeps crashing fr",
    "my flight is {flight} seat {seat} will my card work overseas",
    "order number {order} never showed up \U0001f4e6 can u dispute it",
    "tracking says {track} but its been like 2 weeks",
    "can u text me at {phone} instead of email",
    "my social ends in {l4} if thats what u need to verify",
    "is the security code the one on the front or back idk \U0001f914",
    "i got charged {amt} twice for spotify on {date} wth",
    "my starbucks rewards member number is {member} can i link it",
    "case number {case} whats the update",
]))

P.append(("exec", Style("plain", [" ", "-", ""]), False, {
    "card_number": [
        "Card {card_amex}. Declined in Zurich. Fix it.",
        "Use {card_amex}. Corporate. Expedite.",
        "Backup card {card_mc}. Charge the deposit there.",
        "Platinum {card_amex} \u2014 lounge access denied. Unacceptable.",
    ],
    "security_code": [
        "cvv {cid}. fix it.",
        "CID {cid}. Done. Next.",
        "Security code {cvv} on the Mastercard. Proceed.",
    ],
    "ssn": [
        "SSN {ssn}. Verify and move on.",
        "My SSN: {ssn}. Don't ask again.",
        "Credit line increase \u2014 SSN {ssn}. Today.",
    ],
    "otp": [
        "Code {otp}. Go.",
        "OTP {otp}. Expires in 5. Move.",
        "Verification code: {otp}. Confirm receipt.",
    ],
    "password": [
        "Password {pw}. Reset it after.",
        "Login: jharlow. Pass: {pw}.",
        "PIN {pin}. Need cash advance in Tokyo.",
    ]}, [
    "Card ending {l4}. Declined twice. Why.",
    "Case {case}. Status.",
    "Charge of {amt} on {date}. Dispute.",
    "Flight {flight}, {date}. Card must work. Confirm.",
    "Not sending my PIN. Reset it.",
    "Ref {ref}. Escalate.",
    "Zip {zipraw}. Update billing.",
    "Call me. {phone}. 10 min.",
    "Order {order}. Refund. Now.",
    "Hotel conf {conf}. Room {room}. Charged twice.",
    "EA's number {phonep}. Loop her in.",
    "Codes not arriving. Fix the SMS.",
    "Q3 spend {bigamt}. Statement please.",
    "Claim {claim}. Where's my credit.",
    "Error {err} on login. Again.",
    "Last four {l4}. Lock it.",
]))

P.append(("nonnative", Style("plain", [" ", ".", "-", " "]), False, {
    "card_number": [
        "Hola, the number of my card is {card_amex}, por favor can you see why is blocked?",
        "Buenas tardes. My tarjeta, the number is {card_amex}, it was not accepted in the supermercado yesterday.",
        "I put here the number complete of the card: {card_visa}. Es de mi hermano, he is in M\u00e9xico and need help.",
        "Para la disputa, the card number it is {card_amex}, gracias.",
    ],
    "security_code": [
        "The code of security is {cid}, the four numbers in the front, \u00bfcorrecto?",
        "El c\u00f3digo de seguridad, three numbers behind, is {cvv}.",
        "Security code of the card? S\u00ed, is {cid}.",
    ],
    "ssn": [
        "My number of social security is {ssn}, I have it from the work.",
        "Mi seguro social es {ssn}, for the application of the card, ok?",
        "They ask me the social, so: {ssn}. Is for verify my identity, no?",
    ],
    "otp": [
        "Me lleg\u00f3 un c\u00f3digo al celular: {otp}. What I do with this?",
        "The code of verification that arrive is {otp}, pero it say not share... I share because you are the bank, no?",
        "C\u00f3digo SafeKey {otp}, is for the compra online of the flight.",
    ],
    "password": [
        "La contrase\u00f1a of my account online is {pw}, I cannot enter since yesterday.",
        "My PIN of the card, el n\u00famero secreto, is {pin}.",
        "Password for the app, I write it: {pw}. \u00bfFunciona?",
    ]}, [
    "My card finish in {l4}, the c\u00f3digo postal is {zipraw}.",
    "I don't give the contrase\u00f1a here, my son say is dangerous. How I change it?",
    "The code of security, where I find it? In the front or the back?",
    "Me cobraron {amt} two times el {date}, in a restaurant in Miami.",
    "My phone number is {phone}, please call me, mi ingl\u00e9s is better speaking.",
    "The n\u00famero de caso is {case}, ya llam\u00e9 dos veces.",
    "Vuelo {flight}, asiento {seat}. Will my card function in Espa\u00f1a?",
    "The c\u00f3digo that you send never arrive to my celular.",
    "My social ends in {l4}, solo los \u00faltimos cuatro, ok?",
    "Confirmaci\u00f3n del hotel: {conf}, habitaci\u00f3n {room}.",
    "El pedido n\u00famero {order} nunca lleg\u00f3, I want the refund.",
    "I was born in {byear}, I have the card since {cyear}.",
    "My cuenta in Banco Popular, account number {acct}, routing {routing}, for the pago autom\u00e1tico.",
    "The app say error {err}, \u00bfqu\u00e9 significa?",
    "Pagu\u00e9 {amt} el {ldate}, but not appear in the statement.",
    "Mi n\u00famero de socio Iberia Plus is {member}, can I transfer the points?",
]))

P.append(("paste", Style("plain", [" "]), False, {
    "card_number": [
        "Card Number\n{card_amex}\nCopy\nValid Thru 09/29",
        "Account Details\nCard Member: J SMITH\nCard Number: {card_amex}\nShow less",
        "pasted from my wallet app:\nVisa Signature\n{card_visa}\nTap to copy",
        "Card number\n\n{card_mc2}\n\nExpires\n11/28\n\nLock card >",
    ],
    "security_code": [
        "Security Code\n{cid}\n(4 digits on front of card)",
        "CVV\n{cvv}\nHide",
        "Card Details\nCID: {cid}\nCopied to clipboard",
    ],
    "ssn": [
        "Social Security Number*\n{ssn}\nRequired field",
        "Applicant Information\nName: Dana Ruiz\nSSN: {ssn}\nNext >",
        "SSN / ITIN\n{ssn}\n\u2713 Saved",
    ],
    "otp": [
        "Passcode\n{otp}\nThis code expires in 10 minutes.",
        "Your one-time verification code is {otp}. Do not share this code with anyone.\nReply STOP to opt out",
        "SafeKey\nEnter the code sent to ***-***-{l4}\n{otp}\nSubmit",
    ],
    "password": [
        "Password\n{pw}\n\U0001f441 Show\nForgot password?",
        "User ID: mkline_88\nPassword: {pw}\nRemember me \u2610",
        "PIN\n{pin}\nConfirm PIN\n{pin}",
    ]}, [
    "Card Number\n\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022\u2022\u2022 \u2022{l4}\nShow",
    "Security Code\n\u2022\u2022\u2022\u2022\nShow",
    "Passcode\n\u2022\u2022\u2022\u2022\u2022\u2022\nResend code",
    "Order #{order}\nOrder Total: {amt}\nTrack package",
    "Tracking Number\n{track}\nCarrier: UPS",
    "Case ID: {case}\nStatus: Open\nLast updated {date}",
    "Billing ZIP\n{zipraw}\nSave changes",
    "Payment Due Date\n{ldate}\nMinimum Payment Due\n{amt}",
    "Confirmation Code\n{conf}\nCheck-in: {ldate}\nRoom {room}",
    "Reference: {ref}\nAmount: {amt}\nMerchant: BLUE BOTTLE COFFEE",
    "Error {err}\nSomething went wrong. Try again later.\nOK",
    "App version {ver}\n\u00a9 {cyear} all rights reserved",
    "Password\n(hidden)\nLast changed {ldate}",
    "Customer Service\n{phonep}\nAvailable 24/7",
    "Flight {flight}\nSeat {seat}\nBoarding {time}",
    "SSN\nXXX-XX-{l4}\nVerified \u2713",
]))

P.append(("confused", Style("plain", [" ", "-", " "]), False, {
    "card_number": [
        "My card number is {card_amex} \u2014 wait, is that the one you need, or the one on the back?",
        "I think it's {rawcard_amex}? Or did I mix up two digits... no, that's right, I just checked.",
        "Is this the right number: {card_visa}? It's from my other wallet, not sure it's the Amex.",
        "Sorry, {card_amex1} \u2014 wait no, it's {card_amex2}, I read the old card first.",
    ],
    "security_code": [
        "The security code is 3 digits, right? Mine says {cvv}... or is it the 4 on the front? Those are {cid}.",
        "The security code on the card is {cid}, hold on, or did you mean the expiry date? Sorry.",
        "Wait no, the CVV is {cvv}, not what I said before. Is that right?",
    ],
    "ssn": [
        "Is my SSN what you need? It's {ssn}. Or was it just the last four?",
        "My social is {ssn}... hmm, or is that my husband's? No, it's mine, I'm pretty sure.",
        "Sorry, I typed it wrong earlier \u2014 the Social Security number is {ssn}.",
    ],
    "otp": [
        "I got {otp} by text, is that the verification code or something else?",
        "The code was {otp1}, wait no, a new one came in: {otp2}. Which one do you want?",
        "Is the SafeKey code the same as the passcode? Because I got {otp} just now.",
    ],
    "password": [
        "Is my password supposed to be {pw}? Because that's what I've been typing and it won't let me in.",
        "My PIN is {pin}, or was it changed? I can never remember which one is current.",
        "Sorry, I mean the password is {pw}, not the one I said before \u2014 is that the one you need?",
    ]}, [
    "Do you need the whole card number or just the last four? It ends in {l4}.",
    "Wait, I think I gave you the wrong ZIP \u2014 it's {zipraw}, not the old one.",
    "Is the case number {case} or is that the reference? The email says {ref} too.",
    "Should I tell you my PIN? I wasn't sure if I'm supposed to.",
    "Wait no, the charge was {amt}, not {amt2}. Sorry about that.",
    "Was it {date} or {date2}? I'm not sure which day I paid.",
    "Is {phone} the number you have for me? I changed phones last year.",
    "Is the code on the back the same as the security code? I haven't typed it, just asking.",
    "My social ends in {l4}, is that enough or do you need more?",
    "Hold on, the order number is {order} \u2014 or is that the tracking? No, tracking is {track}.",
    "I think my hotel loyalty number is {member}, is that the one you link for points?",
    "Was my flight {flight} or the one after? The hotel confirmation is {conf}.",
    "I didn't get a code yet. Wait... no, still nothing. Should I wait?",
    "Is my password the same as my PIN? I honestly can't remember and I'm not going to guess here.",
    "The invoice says {amt} but my statement says {amt2}, which one is right?",
    "Wait no, my birth year is {byear}, I typed it wrong on the form.",
]))

P.append(("voice", Style("voice", None), False, {
    "card_number": [
        "hi my card number is {card_amex} period i need to report it stolen",
        "yes the cardnumber is {card_amex} comma can you check the last charge",
        "okay so card number {card_visa} period thats my visa not the american express",
        "read it back card {card_amex} please confirm period",
    ],
    "security_code": [
        "the security code is {cid} period",
        "cvv {cvv} period is that what you needed",
        "the c i d on the front says {cid} comma thank you",
    ],
    "ssn": [
        "my social security number is {ssn} period",
        "social {ssn} period thanks",
        "ssn is {ssn} period for the verification",
    ],
    "otp": [
        "the verification code is {otp} period",
        "onetime passcode {otp} period",
        "safekey code {otp} comma it just came in",
    ],
    "password": [
        "my password is {vpw} all one word period",
        "pin number {pin} period",
        "the password for the app is {vpw} period no spaces",
    ]}, [
    "my card ends in {last4} period",
    "zip code {zip} period",
    "i was charged {amt} on {ldate} period i did not make that purchase",
    "the case number is {case} period",
    "please call me back at {phone} period",
    "i need to reset my password period i do not remember it",
    "the code did not come through comma can you resend it",
    "my social ends in {last4} period",
    "flight {flight} seat {seat} period",
    "order number {order} period",
    "i want to dispute the charge of {amt} period",
    "the confirmation is {conf} period",
    "for the last for digits i have {last4} period",
    "im not going to say my pin out loud period",
    "my appointment is at {time} on {ldate} period",
    "the security code on the back is scratched off comma i cant read it",
]))

P.append(("angry", Style("plain", ["-", " ", ""]), True, {
    "card_number": [
        "MY CARD NUMBER IS {card_amex}!!! WHY IS IT DECLINED AGAIN???",
        "I HAVE TYPED {card_amex} THREE TIMES!!!! FIX YOUR SYSTEM!!!",
        "{card_amex} \u2014 THIS CARD!!! I WANT A MANAGER NOW!!!",
        "USE MY OTHER CARD THEN!!! {card_mc}!!! JUST PROCESS IT!!!",
    ],
    "security_code": [
        "THE SECURITY CODE IS {cid}!!!! HOW MANY TIMES DO I HAVE TO SAY IT???",
        "CVV {cvv}!!! NOW PROCESS THE PAYMENT!!!",
        "CID {cid}!!!!! ARE YOU EVEN LISTENING???",
    ],
    "ssn": [
        "MY SSN IS {ssn}!!! I'VE BEEN A MEMBER FOR 20 YEARS!!!",
        "FINE!!! SOCIAL SECURITY NUMBER {ssn}!!! HAPPY NOW???",
        "SSN {ssn}!!!! STOP ASKING ME FOR IT!!!!",
    ],
    "otp": [
        "THE CODE YOU SENT IS {otp}!!! IT SAYS INVALID!!!",
        "{otp}!!! THAT'S THE ONE-TIME PASSCODE YOU TEXTED ME!!! WHY DOESN'T IT WORK???",
        "VERIFICATION CODE {otp} \u2014 THIRD ONE TODAY!!!",
    ],
    "password": [
        "MY PASSWORD IS {pw} AND IT SAYS WRONG!!!!",
        "PIN IS {pin}!!! THE ATM ATE MY CARD!!!",
        "I RESET MY PASSWORD TO {pw} AND I'M STILL LOCKED OUT!!!",
    ]}, [
    "CARD ENDING {l4} DECLINED AGAIN!!! UNBELIEVABLE!!!",
    "I WAS CHARGED {amt} TWICE ON {date}!!! REFUND IT!!!",
    "CASE NUMBER {case}!!! NOBODY HAS CALLED ME BACK!!!",
    "I'M NOT GIVING YOU MY PASSWORD!!! I KNOW HOW SCAMS WORK!!!",
    "YOUR CODE NEVER ARRIVED!!! FOR THE FOURTH TIME!!!",
    "CALL ME AT {phone}!!! NOW!!!",
    "ORDER {order} NEVER ARRIVED AND YOU CHARGED ME {amt}!!!",
    "ZIP CODE IS {zipraw}!!! IT HASN'T CHANGED IN 30 YEARS!!!",
    "ERROR {err} EVERY SINGLE TIME!!!!",
    "MY FLIGHT {flight} LEAVES AT {time}!!! UNLOCK MY CARD!!!",
    "REFERENCE {ref}!!! LOOK IT UP YOURSELF!!!",
    "LAST 4 OF MY SOCIAL: {l4}!!! THAT'S ALL YOU GET!!!",
    "I'VE BEEN A CARD MEMBER SINCE {year}!!! THIS IS HOW YOU TREAT ME???",
    "A LATE FEE??? I PAID {amt} ON {ldate}!!!",
    "HOTEL CONFIRMATION {conf}!!! ROOM {room}!!! CHARGED ME TWICE!!!",
    "WHY DO YOU NEED MY SECURITY CODE??? I'M NOT TYPING IT!!!",
]))

P.append(("masker", Style("plain", [" ", "-"]), False, {
    "card_number": [
        "I usually mask it, but you said the system needs it in full, so: {card_amex}.",
        "Card: ****{l4} (the Amex). And the backup card in full, since the form asked: {card_visa}.",
        "Masking the old one: ****{l4}. For the replacement card it's {card_amex}, unmasked because it hasn't been activated yet.",
        "I covered the middle digits on my screenshot, but here it is typed out: {card_amex}.",
    ],
    "security_code": [
        "Card ending ****{l4}, security code {cid}.",
        "Card XXXX XXXX XXXX {l4}, CVV {cvv}.",
        "I won't share the full number (ends {l4}), but the 4-digit code on the front is {cid} if that helps verification.",
    ],
    "ssn": [
        "SSN XXX-XX-{l4} \u2014 actually the form rejected that, so unmasked: {ssn}.",
        "My SSN is {ssn}. I normally wouldn't, but the agent asked for it.",
        "Tax ID for me personally (SSN, not masked this time): {ssn}.",
    ],
    "otp": [
        "Passcode: {otp} (I know, don't share, but it expires in a minute anyway).",
        "The code texted to ***-***-{l4} is {otp}.",
        "Verification code {otp}. Masked everything else as you can see: card ****{l4}, SSN XXX-XX-{last4}.",
    ],
    "password": [
        "Password (I'll change it right after): {pw}",
        "PIN: {pin}. I'll reset it at the branch afterwards.",
        "Masked my username as j***@mail.com, but the password is {pw}.",
    ]}, [
    "Card: {mcard}. Please check the last charge.",
    "SSN: {mssn}. That's all I'm comfortable sharing.",
    "Card {badcard} \u2014 I masked the middle digits, hope that's okay.",
    "SSN {badssn}, I blanked out part of it.",
    "My card is {mcard}, ZIP {zipraw}.",
    "Security code: *** (not sharing that, obviously).",
    "Passcode: ****** \u2014 I entered it in the app, not here.",
    "Password: ******** \u2014 redacted.",
    "Card {badcard} was charged {amt} on {date}.",
    "SSN: {badssn} \u2014 is that enough to find my file?",
    "PIN: ####. I'll only ever enter it at the ATM.",
    "Account {mcard1}, statement closing {ldate}, balance {amt}.",
    "I've masked it: {mssn}. Last four only.",
    "The card {badcard} was the one that got skimmed, I think.",
    "Case {case}, card {mcard}. Any update?",
    "Card {mcard}, code sent to phone ending {l4}, but I haven't received it.",
]))

P.append(("business", Style("plain", [" ", "-", " "]), False, {
    "card_number": [
        "For the supplier payment, charge the business card {card_amex}. Invoice {invoice}, total {amt}.",
        "Our second corporate card is {card_amex} \u2014 please add it to the vendor account for {po}.",
        "Pay invoice {invoice} with the card {card_mc}; the EIN on file is {ein}.",
        "New employee card for the warehouse: {card_amex}, spending limit {bigamt}.",
    ],
    "security_code": [
        "CID on the Business Platinum is {cid}, for the annual fee payment.",
        "Card ending {l4}, CVV {cvv} \u2014 this is the Visa we use for shipping supplies.",
        "Security code {cid}, invoice {invoice}. Please run it today.",
    ],
    "ssn": [
        "The application asks for the owner's SSN, not the EIN: {ssn}. EIN is {ein}.",
        "As a sole proprietor I file under my SSN, {ssn}, not an EIN.",
        "Personal guarantor SSN {ssn}; business routing {routing} for autopay.",
    ],
    "otp": [
        "Verification code for the business portal: {otp}. Our tax ID is {ein} if needed.",
        "The bookkeeper got the SafeKey code {otp} \u2014 I'm passing it on.",
        "Code {otp} just came in for the {po} purchase approval.",
    ],
    "password": [
        "Business online login password: {pw}. Please add our accountant as a user.",
        "The PIN for the company card is {pin} \u2014 the cashier needs it.",
        "Shared password for the accounts-payable login is {pw}.",
    ]}, [
    "Our EIN is {ein}, and the business name is Harbor Street Bakery LLC.",
    "Invoice {invoice} for {amt} is still outstanding; {po}.",
    "Sales tax on the order was {amt}, rate {pct}.",
    "Please set up autopay from our operating account {acct}, routing {routing}.",
    "Quarterly payroll was {bigamt}; EIN {ein}.",
    "{po} covers {qty} units at {amt} each.",
    "Federal tax ID {ein} \u2014 that's the EIN, not anyone's Social.",
    "Our Amex for the business ends in {l4}; the ZIP on file is {zipraw}.",
    "Vendor remit-to account at Wells Fargo: {acct}, ABA {routing}.",
    "Invoice {invoice} disputed; reference {ref}.",
    "I won't send the card's security code by chat \u2014 please use the secure form.",
    "Case {case} about the duplicate charge of {amt} on {date}.",
    "Shipment {track} for {po}, freight {amt}.",
    "The owner's SSN ends in {l4}; EIN {ein}.",
    "Our office phone is {phonep}, fax {phone}.",
    "Tax year {cyear}: 1099s issued to {qty} contractors.",
]))


# ---------------------------------------------------------------- checks
KINDS = ("card_number", "security_code", "ssn", "otp", "password")


def check_line(text, kind, vals):
    """Return None if the line is consistent with its label, else a reason."""
    low_runs = digit_runs(text) + raw_runs(text)
    loose = card_windows(low_runs, strict=False)
    if kind != "card_number" and loose:
        return "card-like number in non-card line: %s" % loose
    if kind != "ssn" and ssn_hits(text):
        return "ssn-like in non-ssn line"
    if kind is None:
        return None
    if not vals:
        return "no recorded value"
    for key, v in vals.items():
        if key.startswith(("card", "rawcard")):
            if v not in card_windows(low_runs, strict=True):
                return "card value not recoverable"
        elif key.startswith(("pw", "vpw")):
            if v not in text:
                return "password not in text"
        else:
            if not any(v in r for r in low_runs):
                return "value %s not recoverable" % key
            if key.startswith("ssn") and not ssn_valid(v[:3], v[3:5], v[5:]):
                return "bad ssn"
            if key.startswith("otp") and not 4 <= len(v) <= 8:
                return "bad otp"
            if key.startswith("cvv") and len(v) != 3:
                return "bad cvv"
            if key.startswith("cid") and len(v) != 4:
                return "bad cid"
    return None


def build():
    r = random.Random(SEED)
    rows = []
    for name, style, upper, sens, harm in P:
        items = [(k, i + 1, t) for k in KINDS for i, t in enumerate(sens[k])]
        items += [(None, i + 1, t) for i, t in enumerate(harm)]
        assert len(items) == 32, (name, len(items))
        for kind, idx, tmpl in items:
            for attempt in range(200):
                s = Slots(r, style, upper)
                text = tmpl.format_map(s)
                vals = {k: v for k, v in s.vals.items()}
                if kind != "password":
                    # only the secret of the labelled kind counts as a value
                    pass
                why = check_line(text, kind, vals if kind else None)
                if why is None:
                    break
            else:
                raise SystemExit("cannot satisfy %s %s %r: %s" % (name, kind, tmpl, why))
            form = ("%s_%s%d" % (kind, style.name, idx)) if kind else ("nearmiss_%s%d" % (style.name, idx))
            rows.append({"text": text, "sensitive": kind is not None, "kind": kind,
                         "note": "%s.%s" % (name, form)})
    r.shuffle(rows)
    return rows


def validate(rows):
    seen = set()
    for row in rows:
        assert set(row) == {"text", "sensitive", "kind", "note"}
        assert isinstance(row["text"], str) and row["text"].strip()
        assert row["sensitive"] == (row["kind"] is not None)
        assert row["kind"] in KINDS + (None,)
        assert row["text"] not in seen, row["text"]
        seen.add(row["text"])
        runs = digit_runs(row["text"]) + raw_runs(row["text"])
        if row["kind"] == "card_number":
            assert card_windows(runs, strict=True), row
        else:
            assert not card_windows(runs, strict=False), row
        if row["kind"] != "ssn":
            assert not ssn_hits(row["text"]), row
        if row["kind"] == "ssn":
            assert any(len(x) >= 9 for x in runs), row


def main():
    rows = build()
    validate(rows)
    data = "".join(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n" for x in rows)
    for line in data.splitlines():
        json.loads(line)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    from collections import Counter
    print("lines", len(rows))
    print("sensitive", sum(x["sensitive"] for x in rows), "harmless", sum(not x["sensitive"] for x in rows))
    print("kinds", dict(Counter(str(x["kind"]) for x in rows)))
    print("personas", dict(Counter(x["note"].split(".")[0] for x in rows)))


if __name__ == "__main__":
    main()
