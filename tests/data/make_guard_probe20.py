#!/usr/bin/env python3
"""Blind probe set 20 for the amexsim sensitive-data guard (stdlib only, seeded).
Writes guard_probe20.jsonl next to this file. Common, everyday phrasings first."""
import json, os, random, re

SEED = 20
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe20.jsonl")
rng = random.Random(SEED)

FAMOUS = {"378282246310005", "371449635398431", "378734493671000", "4111111111111111",
          "4242424242424242", "4012888888881881", "5555555555554444", "5105105105105100",
          "6011111111111117", "6011000990139424", "30569309025904", "38520000023237",
          "3530111333300000", "3566002020360505", "4000056655665556", "5200828282828210"}
FAMOUS_SSN = {"123456789", "078051120", "219099999"}

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

ISSUERS = {"amex": (["34", "37"], 15), "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2400", "2720"], 16),
           "disc": (["6011", "65"], 16), "diners": (["36", "38"], 14), "jcb": (["35"], 16)}

def card(issuer):
    pres, n = ISSUERS[issuer]
    while True:
        p = rng.choice(pres)
        body = p + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(p)))
        c = luhn_complete(body)
        if c not in FAMOUS and len(set(c)) > 3:
            return c

def layout(c, style):
    n = len(c)
    if style == "plain": return c
    if n == 15: groups = [4, 6, 5]
    elif n == 14: groups = [4, 6, 4]
    else: groups = [4, 4, 4, 4]
    parts, i = [], 0
    for g in groups:
        parts.append(c[i:i + g]); i += g
    sep = {"space": " ", "dash": "-", "dot": "."}[style]
    return sep.join(parts)

def ssn(style="dash"):
    while True:
        a = rng.randint(1, 899)
        if a == 666: continue
        g = rng.randint(1, 99); s = rng.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v in FAMOUS_SSN: continue
        if style == "dash": return "%s-%s-%s" % (v[:3], v[3:5], v[5:])
        if style == "space": return "%s %s %s" % (v[:3], v[3:5], v[5:])
        return v

def digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))

WORDS = ["tulip", "marigold", "bluefish", "Sunset", "pancake", "Rocket", "maple", "Garnet", "willow", "Falcon", "cobalt", "Juniper", "otter", "Biscuit", "harbor"]
SYMS = "!#$@*&"
def password():
    w = rng.choice(WORDS)
    form = rng.randint(0, 3)
    if form == 0: return w + str(rng.randint(10, 99)) + rng.choice(SYMS)
    if form == 1: return w.capitalize() + rng.choice(SYMS) + str(rng.randint(1000, 9999))
    if form == 2: return w.lower() + str(rng.randint(1, 9)) + rng.choice(WORDS).lower()
    return w.capitalize() + str(rng.randint(1950, 2010))

def pin():
    while True:
        p = digits(4, "0123456789")
        if len(set(p)) > 1: return p

def cvv3(): return digits(3, "0123456789")
def cid4(): return digits(4, "0123456789")
def otp(n=None): return digits(n or rng.choice([6, 6, 6, 4, 5, 7, 8]), "0123456789")

# ---------------- value factories ----------------
def V(kind):
    return {
        "amex_space": lambda: layout(card("amex"), "space"),
        "amex_plain": lambda: card("amex"),
        "amex_dash": lambda: layout(card("amex"), "dash"),
        "visa_space": lambda: layout(card("visa"), "space"),
        "visa_plain": lambda: card("visa"),
        "visa_dash": lambda: layout(card("visa"), "dash"),
        "mc_space": lambda: layout(card("mc"), "space"),
        "mc_plain": lambda: card("mc"),
        "disc_space": lambda: layout(card("disc"), "space"),
        "diners_space": lambda: layout(card("diners"), "space"),
        "jcb_plain": lambda: card("jcb"),
        "any_card": lambda: layout(card(rng.choice(list(ISSUERS))), rng.choice(["plain", "space", "dash"])),
        "cvv": cvv3, "cid": cid4,
        "ssn": lambda: ssn("dash"), "ssn_space": lambda: ssn("space"), "ssn_plain": lambda: ssn("plain"),
        "otp": otp, "otp6": lambda: otp(6), "otp4": lambda: otp(4), "otp8": lambda: otp(8),
        "pw": password, "pin": pin,
        # harmless values
        "last4": lambda: digits(4, "0123456789"),
        "zip": lambda: digits(5, "0123456789"),
        "amt": lambda: "%d.%02d" % (rng.randint(12, 2999), rng.randint(0, 99)),
        "amt3": lambda: str(rng.randint(100, 999)),
        "phone": lambda: "%s-%s-%s" % (rng.choice(["212", "312", "415", "617", "702"]), digits(3, "23456789"), digits(4, "0123456789")),
        "order16": lambda: digits(16, "1789"),
        "order": lambda: digits(rng.choice([8, 10, 11]), "123456789"),
        "case": lambda: digits(rng.choice([7, 8]), "123456789"),
        "conf6": lambda: digits(6, "123456789"),
        "claim9": lambda: digits(9, "9"),
        "acct10": lambda: digits(10, "123456789"),
        "track": lambda: "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)),
        "usps": lambda: "9400" + digits(18, "0123456789"),
        "mr": lambda: digits(11, "123456789"),
        "err": lambda: rng.choice(["403", "500", "502", "404", "1001", "E-2043", "429"]),
        "ver": lambda: "%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 40), rng.randint(0, 300)),
        "year": lambda: str(rng.randint(1998, 2026)),
        "date": lambda: "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(2024, 2026)),
        "dob": lambda: "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1948, 2003)),
        "exp": lambda: "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)),
        "tries": lambda: str(rng.randint(3, 6)),
        "time": lambda: "%d:%02d" % (rng.randint(1, 12), rng.choice([0, 5, 15, 30, 45, 50])),
        "apt": lambda: str(rng.randint(100, 999)),
        "street": lambda: str(rng.randint(100, 9999)),
        "min": lambda: str(rng.randint(2, 30)),
        "n3": lambda: str(rng.randint(100, 999)),
    }[kind]()

# ---------------- templates: (kind_or_None, tag, text) ----------------
T = []
def S(kind, tag, text): T.append((kind, tag, text))
def H(fam, tag, text): T.append((None, fam + "|" + tag, text))

# card numbers (sensitive)
S("card_number", "heres_my_card", "here's my card {amex_space}")
S("card_number", "card_number_is", "My card number is {amex_plain}")
S("card_number", "hi_then_number", "Hi there! card # {visa_space}, can you check why it was declined?")
S("card_number", "value_first", "{mc_space} is the card that got charged twice")
S("card_number", "colon", "Card: {any_card}")
S("card_number", "lowercase_typo", "my crad number {amex_dash} pls check")
S("card_number", "two_sentences", "I need help with a charge. The card is {disc_space}.")
S("card_number", "question_after", "can you look up {visa_plain}? it says inactive")
S("card_number", "uppercase", "CARD NUMBER {mc_plain} PLEASE HELP")
S("card_number", "use_this", "Please use this one instead: {amex_space} thanks")
S("card_number", "old_card", "the old card was {visa_dash} and the new one hasn't arrived")
S("card_number", "diners", "diners club card {diners_space}")
S("card_number", "jcb", "It's a JCB, number {jcb_plain}")
S("card_number", "not_just_last4", "not just the last 4, the whole number is {amex_plain}")
S("card_number", "split_message", "number is\n{any_card}")
S("card_number", "full_number_dispute", "I want to dispute a $42.10 charge on {amex_space}")
# card near misses
H("card", "last4", "my card ending in {last4} was charged twice")
H("card", "last4_question", "Is the card ending {last4} still active?")
H("card", "order16", "order number {order16} never shipped")
H("card", "tracking_ups", "tracking number {track} shows delivered but I got nothing")
H("card", "tracking_usps", "USPS tracking {usps} for the replacement card")
H("card", "mr_member", "my Membership Rewards member number is {mr}")
H("card", "phone", "I called {phone} about my card and got disconnected")
H("card", "amount", "the card was charged ${amt} on {date}")
H("card", "talk_no_value", "do you need my full card number or just the last 4?")
H("card", "refuse", "I'm not going to type my card number in here")
H("card", "confirmation", "confirmation number {order} for the card replacement")
H("card", "case", "case number {case}, card still not working")
H("card", "other_bank_acct", "my Chase checking account number is {acct10} if you need it for autopay")
H("card", "reference", "Reference #{order16} for the dispute you opened")
H("card", "expiry", "the card expires {exp} is that right")
H("card", "order_with_last4", "order {order} was paid with the card ending {last4}")
H("card", "phone_and_last4", "call me at {phone} about the card ending {last4}")
H("card", "lost_card", "I lost my card yesterday around {time}, please send a new one")

# security codes (sensitive)
S("security_code", "cvv_space", "cvv {cvv}")
S("security_code", "cvv_is", "the CVV is {cvv}")
S("security_code", "cvc_colon", "CVC: {cvv}")
S("security_code", "cid_amex", "the 4 digit code on the front is {cid}")
S("security_code", "security_code_is", "My security code is {cvv}, does that help?")
S("security_code", "value_first", "{cvv} is the cvv on the back")
S("security_code", "cvv2", "CVV2 {cvv}")
S("security_code", "typo", "the cvc numer is {cvv}")
S("security_code", "greeting", "Hello, the security code on my card is {cid}")
S("security_code", "two_sentences", "You asked for the code on the back. It's {cvv}.")
S("security_code", "cid_word", "CID {cid}")
S("security_code", "back_of_card", "3 digits on back of card: {cvv}")
S("security_code", "question_after", "cvv {cvv} is that what you need?")
S("security_code", "uppercase", "SECURITY CODE {cid}")
S("security_code", "sec_code_abbrev", "sec code {cvv}")
# security code near misses
H("security_code", "where_is_cvv", "where do I find the CVV on an Amex card?")
H("security_code", "zip", "billing zip is {zip}")
H("security_code", "amount3", "I was charged ${amt3} twice")
H("security_code", "error", "I get error {err} when I enter the security code")
H("security_code", "cvv_refuse", "I don't want to share my CVV in chat")
H("security_code", "cvv_wrong", "the website says my security code is wrong, why?")
H("security_code", "apartment", "I moved to apt {apt}, please update my address")
H("security_code", "flight", "I was on flight {n3} when the charge happened")
H("security_code", "last4", "last four on the card is {last4}")
H("security_code", "cvv_digits_count", "does the CID have 3 or 4 digits?")
H("security_code", "version", "the app is on version {ver} and the code field is missing")
H("security_code", "year", "the card was issued in {year}")
H("security_code", "time", "the charge posted at {time}")
H("security_code", "store_number", "it was store #{n3} on Main St")
H("security_code", "street", "my address is {street} Oak Avenue")

H("security_code", "zip_and_last4", "zip {zip}, card ends in {last4}")
H("security_code", "cvv_and_amount", "the CVV box rejected it and I got charged ${amt3} anyway")

# ssn (sensitive)
S("ssn", "social_is", "my social is {ssn}")
S("ssn", "ssn_colon", "SSN: {ssn}")
S("ssn", "ssn_plain", "ssn {ssn_plain}")
S("ssn", "spaced", "Social security number {ssn_space}")
S("ssn", "greeting", "Hi, to verify, my SSN is {ssn}")
S("ssn", "value_first", "{ssn} is my social security number")
S("ssn", "question_after", "my ss# is {ssn}, is that enough to verify me?")
S("ssn", "typo", "my socail is {ssn_plain}")
S("ssn", "two_sentences", "You need my social? Here it is. {ssn}")
S("ssn", "uppercase", "SOCIAL SECURITY {ssn}")
S("ssn", "for_application", "for the application my social security # is {ssn}")
S("ssn", "last_then_full", "the full social is {ssn_plain} not just the last 4")
S("ssn", "taxpayer", "Tax ID (my SSN) {ssn}")
S("ssn", "newline", "ssn\n{ssn}")
S("ssn", "spouse", "my wife's social is {ssn}, she's the additional cardmember")
# ssn near misses
H("ssn", "last4", "last 4 of my social is {last4}")
H("ssn", "phone", "you can call me at {phone}")
H("ssn", "phone_paren", "my number is (617) {phone_tail}")
H("ssn", "claim9", "claim number {claim9}")
H("ssn", "case", "case # {case} about my SSN being wrong on file")
H("ssn", "refuse", "why do you need my social security number?")
H("ssn", "date", "born on {dob}")
H("ssn", "zip4", "zip is {zip}-{last4}")
H("ssn", "other_bank_acct", "my Wells Fargo account number is {acct10}")
H("ssn", "order", "order {order} still pending")
H("ssn", "ssn_wrong", "the SSN on my account is wrong, how do I fix it?")
H("ssn", "tracking", "tracking number {track}")
H("ssn", "amount", "the balance is ${amt} as of {date}")
H("ssn", "member", "member number {mr}")
H("ssn", "ssn_last4_ending", "it's the one ending {last4} on my social")

H("ssn", "phone_1800", "I called 1-800-{phone_tail} and they asked for my SSN")
H("ssn", "dob_and_zip", "DOB {dob}, zip {zip}")

# otp (sensitive)
S("otp", "code_colon", "code: {otp6}")
S("otp", "the_code_is", "the code is {otp}")
S("otp", "verification", "verification code {otp6}")
S("otp", "safekey", "SafeKey code {otp6}")
S("otp", "value_first", "{otp6} is the code I just got")
S("otp", "texted", "you texted me {otp6}")
S("otp", "greeting", "hi! the one time passcode is {otp}")
S("otp", "question_after", "I got {otp6} by text, do you need that?")
S("otp", "otp_word", "OTP {otp}")
S("otp", "typo", "verifcation code is {otp6}")
S("otp", "two_sentences", "I just received the text. It says {otp6}.")
S("otp", "email_code", "the code from the email is {otp8}")
S("otp", "uppercase", "MY CODE IS {otp6}")
S("otp", "four_digit", "the 4 digit code they sent is {otp4}")
S("otp", "passcode", "one-time passcode: {otp}")
# otp near misses
H("otp", "no_code", "I didn't get the verification code")
H("otp", "expired", "the code expired, can you send another?")
H("otp", "wait", "still no code after {min} minutes")
H("otp", "error_code", "error code {err} when I log in")
H("otp", "zip", "my zip code is {zip}")
H("otp", "conf", "confirmation number {conf6}")
H("otp", "order", "order #{conf6} from the online store")
H("otp", "case", "case number {case}")
H("otp", "amount", "payment of ${amt} posted on {date}")
H("otp", "time", "I tried at {time} and again at {time}")
H("otp", "phone", "send the code to {phone} instead")
H("otp", "ref", "ref no. {conf6}")
H("otp", "refuse", "should I give you the code that was texted to me?")
H("otp", "dont_share", "you told me never to share the SafeKey code, right?")
H("otp", "member", "Membership Rewards number {mr}")

H("otp", "code_promised", "you said the code would come at {time} but nothing arrived")
H("otp", "claim6", "claim number {conf6}, no code received yet")

# password (sensitive)
S("password", "password_is", "password is {pw}")
S("password", "my_password", "my password is {pw}")
S("password", "pw_colon", "pw: {pw}")
S("password", "pin_is", "my PIN is {pin}")
S("password", "pin_value_first", "{pin} is my pin")
S("password", "greeting", "Hello, login is jdoe and the password is {pw}")
S("password", "question_after", "i tried {pw} as my password, is that right?")
S("password", "typo", "my pasword is {pw}")
S("password", "two_sentences", "I can't log in. My password is {pw}.")
S("password", "current_password", "my current password is {pw}, can you reset it")
S("password", "pin_atm", "the ATM rejects my PIN {pin}")
S("password", "uppercase", "PASSWORD: {pw}")
S("password", "passcode", "login passcode {pw}")
S("password", "changed_to", "I changed my password to {pw} yesterday")
S("password", "card_pin", "card PIN = {pin}")
# password near misses
H("password", "forgot", "I forgot my password")
H("password", "reset", "how do I reset my password?")
H("password", "locked", "I got locked out after {tries} tries")
H("password", "rules", "the password needs at least 8 characters right?")
H("password", "pin_changed", "I changed my PIN yesterday and now it doesn't work")
H("password", "pin_length", "is the PIN 4 digits?")
H("password", "error", "login error {err} after entering my password")
H("password", "link_expired", "the password reset link expired at {time}")
H("password", "refuse", "I won't tell you my password, just send a reset link")
H("password", "wont_share_pin", "I'm not sharing my PIN here")
H("password", "zip", "it asked for my zip {zip} after the password")
H("password", "year", "I've had this login since {year}")
H("password", "version", "the app update {ver} logged me out")
H("password", "amount", "the ATM gave me ${amt3} but my PIN worked fine")
H("password", "case", "case {case} about my password reset")

H("password", "username", "my user ID is the same as my email, I just need the password reset, case {case}")
H("password", "pin_order", "I ordered a new PIN mailer, order {order}")
H("password", "locked_time", "locked out of my account since {time} after typing my password wrong")
def render(text):
    def rep(m):
        k = m.group(1)
        if k == "phone_tail":
            return "%s-%s" % (digits(3, "23456789"), digits(4, "0123456789"))
        return V(k)
    return re.sub(r"\{(\w+)\}", rep, text)

# ---------------- validators ----------------
def all_runs(text):
    """digit strings joined across separators (space - . / ( ))"""
    runs = re.findall(r"\d(?:[\d .\-/()]*\d)?", text)
    return [re.sub(r"\D", "", r) for r in runs]

def has_card_window(text):
    prefixes = ("34", "37", "4", "51", "52", "53", "54", "55", "6011", "65", "36", "38", "35")
    for d in all_runs(text):
        for L in range(13, 20):
            for i in range(0, len(d) - L + 1):
                w = d[i:i + L]
                mc2 = 2221 <= int(w[:4]) <= 2720
                if (w.startswith(prefixes) or mc2) and luhn_ok(w):
                    return True
    return False

def has_ssn_shape(text):
    for m in re.finditer(r"(?<![\d-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\d-])", text):
        a, _, g, s = m.groups()
        if a not in ("000", "666") and int(a) < 900 and g != "00" and s != "0000":
            return True
    return False

def ok(kind, text):
    if kind is None:
        return not has_card_window(text) and not has_ssn_shape(text)
    if kind == "card_number":
        return has_card_window(text)
    return not has_card_window(text) and (kind == "ssn" or not has_ssn_shape(text))

def main():
    rows, seen = [], set()
    for rnd in range(2):
        for kind, tag, text in T:
            for _ in range(50):
                t = render(text)
                if t not in seen and ok(kind, t):
                    break
            else:
                continue
            if t in seen:
                continue
            seen.add(t)
            if kind is None:
                fam, det = tag.split("|")
                note = "%s_nearmiss.%s" % (fam, det)
            else:
                note = "%s.%s" % (kind, tag)
            rows.append({"text": t, "sensitive": kind is not None, "kind": kind, "note": note})
    rng.shuffle(rows)
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows to", OUT)

if __name__ == "__main__":
    main()
