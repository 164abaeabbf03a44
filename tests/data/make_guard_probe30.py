#!/usr/bin/env python3
"""Blind probe set 30 for the amexsim sensitive-data guard.

Writes guard_probe30.jsonl next to this file. Written from the README's policy only,
without reading the guard's code, tests or earlier probe sets.
"""

import json
import random
from pathlib import Path

rng = random.Random(3030)


def luhn_ok(digits: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_fail(prefix: str, length: int) -> str:
    while True:
        n = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix)))
        if not luhn_ok(n):
            return n


PREFIXES = [("34", 15), ("37", 15), ("4", 16), ("51", 16), ("52", 16), ("53", 16), ("54", 16), ("55", 16), ("6011", 16), ("4", 13)]


def card(prefix=None, length=None):
    if prefix is None:
        prefix, length = rng.choice(PREFIXES[:9])
    return luhn_complete(prefix, length)


def grp(n: str, sep=" "):
    """Group like a printed card: 4-6-5 for 15 digits, 4-4-4-4 for 16."""
    if len(n) == 15:
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i : i + 4] for i in range(0, len(n), 4)]
    return sep.join(parts)


def parts(n: str):
    if len(n) == 15:
        return [n[:4], n[4:10], n[10:]]
    return [n[i : i + 4] for i in range(0, len(n), 4)]


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


def words(d: str, vocab=WORDS, sep=" "):
    return sep.join(vocab[int(c)] for c in d)


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        return f"{a:03d}", f"{g:02d}", f"{s:04d}"


def otp(n=6):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def code3():
    return f"{rng.randint(100, 999)}"


def code4():
    return f"{rng.randint(1000, 9999)}"


rows = []


def S(kind, note, text):
    rows.append({"text": text, "sensitive": True, "kind": kind, "note": note})


def H(note, text):
    rows.append({"text": text, "sensitive": False, "kind": None, "note": note})


# ---------------------------------------------------------------- card numbers
K = "card_number"
c = card("37", 15)
S(K, "bare reply, amex spaced", f"{grp(c)}")
c = card("4", 16)
S(K, "bare reply after 'which card?'", f"it's this one {c}")
c = card("55", 16)
S(K, "spanish cue, dots", f"mi número de tarjeta es {grp(c, '.')}")
c = card("34", 15)
S(K, "french cue", f"voici mon numéro de carte : {grp(c)} merci")
c = card("4", 16)
S(K, "portuguese cue", f"o número do cartão é {grp(c, '-')}")
c = card("52", 16)
S(K, "german cue", f"Meine Kartennummer lautet {grp(c)}.")
c = card("6011", 16)
S(K, "pipe separators", f"card: {grp(c, '|')}")
c = card("4", 16)
S(K, "underscore separators", f"{grp(c, '_')} is the one that got charged twice")
c = card("37", 15)
S(K, "colon separators", f"amex {grp(c, ':')}")
c = card("53", 16)
S(K, "plus separators", f"cc {grp(c, ' + ')}")
c = card("4", 16)
S(K, "asterisk separators (not masked)", f"my card {grp(c, '*')}")
c = card("51", 16)
S(K, "semicolon separators", f"{grp(c, ';')}")
c = card("37", 15)
p = parts(c)
S(K, "line break per group", f"here\n{p[0]}\n{p[1]}\n{p[2]}")
c = card("4", 16)
p = parts(c)
S(K, "emoji between groups", f"{p[0]} 💳 {p[1]} 💳 {p[2]} 💳 {p[3]}")
c = card("54", 16)
p = parts(c)
S(K, "words between groups", f"ok it goes {p[0]} and then {p[1]} and then {p[2]} and finally {p[3]}")
c = card("4", 16)
S(K, "first group in words, rest digits", f"card is {words(c[:4])} {c[4:8]} {c[8:12]} {c[12:]}")
c = card("37", 15)
S(K, "all digits spelled out, hyphenated words", "card number " + words(c, sep="-"))
c = card("4", 16)
S(K, "JSON paste", json.dumps({"name": "R. Okafor", "pan": c, "exp": "07/29"}))
c = card("55", 16)
S(K, "CSV paste", f"name,card,amount\nJ Ruiz,{c},89.20")
c = card("6011", 16)
S(K, "log line", f"2026-11-30T09:12:44Z WARN payment declined card={c} amt=45.00 mcc=5812")
c = card("37", 15)
S(K, "pasted e-mail receipt", f"Fwd: Your order\n> Thanks for shopping!\n> Paid with: {grp(c)}\n> Total: $212.40\nwhy was I charged twice?")
c = card("4", 16)
S(K, "SMS paste", f"this is the text i got: 'FRAUD ALERT: Did you use card {c} at BESTBUY for $899.99? Reply YES or NO'")
c = card("52", 16)
S(K, "card + expiry two values", f"{grp(c)} exp 10/28")
c = card("34", 15)
S(K, "value before cue", f"{grp(c, '-')} <- that's my amex number")
c = card("4", 16)
S(K, "cc# abbreviation glued", f"cc#{c}")
c = card("53", 16)
S(K, "markdown code block", f"```\n{grp(c)}\n```")
c = card("4", 16)
S(K, "URL query parameter", f"the page froze at https://pay.example.com/checkout?cardnumber={c}&step=2")
c = card("37", 15)
S(K, "every digit spaced", " ".join(c))
c = card("4", 16)
S(K, "math bold digits", "card " + "".join(chr(0x1D7CE + int(d)) for d in c))
c = card("51", 16)
S(K, "keycap emoji digits", "".join(d + "\ufe0f\u20e3" for d in c))
c = card("37", 15)
p = parts(c)
S(K, "pieces named first/middle/last", f"the first part is {p[0]}, middle is {p[1]}, last part {p[2]}")
c = card("4", 16)
p = parts(c)
S(K, "bulleted groups", f"- {p[0]}\n- {p[1]}\n- {p[2]}\n- {p[3]}")
c = card("6011", 16)
S(K, "13-19 odd grouping 3s", " ".join(c[i : i + 3] for i in range(0, 16, 3)))
c = card("55", 16)
S(K, "form field paste", f"Cardholder Name: Mina Park\nCard Number: {c}\nBilling ZIP: 94110")
c = card("4", 13)
S(K, "13-digit visa", f"old visa {c[:4]} {c[4:8]} {c[8:]}")
c = card("37", 15)
S(K, "spanish digits spelled", "tarjeta " + words(c, ES))
c = card("4", 16)
S(K, "tabs between groups", "\t".join(parts(c)))
c = card("54", 16)
p = parts(c)
S(K, "groups in quotes", f'"{p[0]}" "{p[1]}" "{p[2]}" "{p[3]}" are the numbers on the front')
c1 = card("37", 15)
c2 = card("4", 16)
S(K, "two cards in one message", f"I have two: {grp(c1)} and {grp(c2)}, which one is blocked?")
c = card("4", 16)
S(K, "typo cue 'crad numbr'", f"crad numbr {c}")

# ---------------------------------------------------------------- security codes
K = "security_code"
S(K, "CCV misspelling", f"CCV {code3()}")
S(K, "CSV misspelling", f"my csv is {code3()}")
S(K, "french cryptogramme", f"le cryptogramme visuel est {code3()}")
S(K, "german Kartenprüfnummer", f"Kartenprüfnummer: {code3()}")
S(K, "portuguese código de segurança", f"código de segurança {code3()}")
S(K, "spanish digits from the back", f"los tres números de atrás son {code3()}")
S(K, "french 'au dos'", f"les 3 chiffres au dos : {code3()}")
S(K, "german 'Rückseite'", f"die drei Ziffern auf der Rückseite sind {code3()}")
S(K, "value before cue dash", f"{code3()} — the little code on the back")
S(K, "JSON cvv", json.dumps({"last4": "1005", "cvv": code3()}))
S(K, "CSV header cvc", f"last4,exp,cvc\n2207,04/29,{code3()}")
S(K, "expiry then 'sec'", f"exp 08/28 sec {code3()}")
S(K, "amex front four digits", f"the four digits printed above the number on the front: {code4()}")
S(K, "last4 + exp + cvv", f"card ending 1005, exp 11/27, cvv {code3()}")
d = code3()
S(K, "cvv in words", f"cvv is {words(d)}")
d = code3()
S(K, "keycap emoji cvv", "cvv " + "".join(x + "\ufe0f\u20e3" for x in d))
S(K, "reply to 'code on back?'", f"the code on the back of my card? sure: {' '.join(code3())}")
S(K, "verification digits", f"verification digits {code3()}")
S(K, "3 digit code on card", f"3 digit code on my card: {code3()}")
S(K, "card code (authorize.net)", f"card code {code3()}")
S(K, "signature strip", f"the last 3 on the signature strip are {code3()}")
S(K, "cvc2 glued", f"cvc2:{code3()}")
S(K, "CID hash", f"CID# {code4()}")
d = code3()
S(K, "spanish words", f"código de seguridad: {words(d, ES)}")
S(K, "typo 'securty cod'", f"securty cod {code3()}")
S(K, "italian codice di sicurezza", f"codice di sicurezza {code3()}")
S(
    K,
    "cvv in email paste",
    f"---------- Forwarded ----------\nFrom: me\nTo: mom\nhere's the card for the hotel: ends 4471, exp 02/30, CVV {code3()}\n----\ncan she use it?",
)
S(K, "cvv reply with pause", f"cvv..... hold on..... {code3()}")
S(K, "cvv newline", f"cvv\n{code3()}")
S(K, "amex CID on front in words", f"the CID on the front is {code4()}, does that help")
S(K, "security number (typo of code)", f"security number on back {code3()}")
S(K, "emoji before value", f"CVV 👉 {code3()}")

# ---------------------------------------------------------------- SSNs
K = "ssn"
a, g, s = ssn()
S(K, "social spaced", f"social: {a} {g} {s}")
a, g, s = ssn()
S(K, "SS# no separators", f"SS# {a}{g}{s}")
a, g, s = ssn()
S(K, "soc sec no. dots", f"soc sec no. {a}.{g}.{s}")
a, g, s = ssn()
S(K, "groups in words with commas", f"my social is {words(a)}, {words(g)}, {words(s)}")
a, g, s = ssn()
S(K, "spanish seguro social", f"número de seguro social {a}-{g}-{s}")
a, g, s = ssn()
S(K, "tax id", f"TIN {a}-{g}-{s}")
a, g, s = ssn()
S(K, "JSON ssn", json.dumps({"first": "Ana", "ssn": f"{a}{g}{s}"}))
a, g, s = ssn()
S(K, "starts/middle/ends", f"my social starts {a} middle {g} ends {s}")
a, g, s = ssn()
S(K, "value before cue in parens", f"{a}-{g}-{s} (social)")
a, g, s = ssn()
S(K, "typo socail", f"socail {a}{g}{s}")
a, g, s = ssn()
S(K, "bare dashed anywhere", f"here you go {a}-{g}-{s}")
a, g, s = ssn()
S(K, "ssn + dob two values", f"ssn {a}-{g}-{s} and dob 04/12/1987")
a, g, s = ssn()
S(K, "line breaks", f"SSN\n{a}\n{g}\n{s}")
a, g, s = ssn()
S(K, "all nine in words", f"ssn is {words(a + g + s)}")
a, g, s = ssn()
S(K, "reply 'my SSN?'", f"my SSN? {a}{g}{s}")
a, g, s = ssn()
S(K, "social security card 9 digit", f"the 9 digit number on my social security card: {a}{g}{s}")
a, g, s = ssn()
S(K, "slashes", f"social {a}/{g}/{s}")
a, g, s = ssn()
S(K, "soc abbreviation", f"soc {a} {g} {s}")
a, g, s = ssn()
S(K, "pasted form", f"APPLICANT INFO\nName: Dale Whitcomb\nDOB: 1979-03-02\nSSN: {a}-{g}-{s}\nIncome: $84,000")
a, g, s = ssn()
S(K, "CSV header ssn", f"name,ssn,zip\nLee Tran,{a}{g}{s},30305")
a, g, s = ssn()
S(K, "social pieces with words", f"social is {a} then {g} then {s}")
a, g, s = ssn()
S(K, "emoji separators", f"ssn {a}🔹{g}🔹{s}")
a, g, s = ssn()
S(K, "spanish words", f"mi seguro social es {words(a + g + s, ES)}")
a, g, s = ssn()
S(K, "value before 'that's my social'", f"{a}{g}{s} that's my social")
a, g, s = ssn()
S(K, "soc sec typo 'securty'", f"social securty {a} {g} {s}")
a, g, s = ssn()
S(K, "dashes with spaces", f"SSN {a} - {g} - {s}")
a, g, s = ssn()
S(K, "last 4 first then rest", f"last four of my social is {s} and the first five are {a}{g}")
a, g, s = ssn()
S(K, "SSN inside a sentence with amounts", f"I make $4,200 a month, my ssn is {a}-{g}-{s}, and rent is $1,650")
a, g, s = ssn()
S(K, "mixed words and digits", f"social {a}-{g}-{words(s[:2])} {s[2:]}")
a, g, s = ssn()
S(K, "ITIN/SSN 'social #'", f"social # {a} {g}-{s}")
a, g, s = ssn()
S(K, "log line", f"INFO kyc.verify user=42 ssn={a}{g}{s} result=FAIL")
a, g, s = ssn()
S(K, "SMS paste dashed", f"my brother texted me my social for the form: '{a}-{g}-{s}' can you add him")

# ---------------------------------------------------------------- one-time passcodes
K = "otp"
S(K, "text I just got says", f"the text I just got says {otp()}")
S(K, "code from the sms", f"code from the sms {otp()}")
d = otp()
S(K, "bank texted, spaced", f"you guys texted {d[:3]} {d[3:]}")
S(K, "came to my email", f"it came to my email: {otp()}")
S(K, "push notification shows", f"the push notification shows {otp()}")
d = otp()
S(K, "authenticator spaced", f"authenticator: {d[:3]} {d[3:]}")
S(K, "SafeKey code", f"SafeKey code {otp()}")
S(K, "one time pin", f"one time pin {otp(4)}")
d = otp()
S(K, "verification code with dashes", f"verification code {d[:2]}-{d[2:4]}-{d[4:]}")
S(K, "spanish código de verificación", f"código de verificación {otp()}")
S(K, "spanish me llegó por mensaje", f"el código que me llegó por mensaje: {otp()}")
S(K, "french code reçu par SMS", f"code reçu par SMS : {otp()}")
S(K, "portuguese recebi por SMS", f"o código que recebi por SMS é {otp()}")
S(K, "german Bestätigungscode", f"Bestätigungscode {otp()}")
S(K, "german TAN", f"meine TAN ist {otp()}")
S(K, "pasted SMS verbatim", f"AMEX: Your one-time verification code is {otp()}. Do not share it with anyone.")
S(K, "G- style code", f"G-{otp()} is your verification code")
S(K, "2FA code", f"2FA code {otp()}")
d = otp()
S(K, "phone buzzed with", f"my phone buzzed with {d[:3]} {d[3:]}")
S(K, "popup on phone says", f"the popup on my phone says {otp()}, should I enter it here?")
S(K, "quoted 'use X to verify'", f"it says 'use {otp()} to verify'")
S(K, "dynamic code", f"dynamic code {otp()}")
d = otp()
S(K, "passcode in pairs", f"passcode {d[:2]} {d[2:4]} {d[4:]}")
S(K, "2 step code", f"the 2 step code is {otp()}")
S(K, "verif abbreviation", f"verif code {otp()}")
S(K, "sent by text", f"they just sent me {otp()} by text")
S(K, "what my phone says", f"your rep asked for what my phone says, it's {otp()}")
d = otp()
S(K, "cue then blank lines then value", f"one-time code below\n\n{d[:3]} {d[3:]}")
d = otp()
S(K, "otp in words", f"otp {words(d)}")
S(K, "code before cue 'from the text'", f"{otp()} from the text")
S(K, "expires soon phrasing", f"{otp()} hurry it only lasts 5 min")
S(K, "8-digit app code", f"the code the app gave me is {otp(8)}")

# ---------------------------------------------------------------- passwords / PINs
K = "password"
S(K, "I log in with", "I log in with Sunflower!22")
S(K, "pw is", "pw is Tr0ub4dor&3")
S(K, "user / pass slash", "my login: jdoe88 / Bluebird#77")
S(K, "spanish contraseña", "contraseña: Gato*Negro9")
S(K, "french mot de passe", "mon mot de passe : Chaton2024!")
S(K, "portuguese senha", "senha: Brasil@2026")
S(K, "german Passwort", "mein Passwort ist Kuchen#55")
S(K, "german Kennwort", "Kennwort: Schnee!88")
S(K, "ATM pin", "ATM pin 8830")
S(K, "pin number equals", "pin number = 4417")
S(K, "password arrow", "password → Mango$Tree7")
S(K, "passphrase words", "the passphrase is correct horse battery staple")
S(K, "pass word two words", "my pass word is Kiwi_2020")
S(K, "typo passwrd", "passwrd: Falcon*09")
S(K, "pwd space", "pwd Jaguar#11")
S(K, "secret I use to sign in", "the secret I use to sign in is Lemon77tree")
S(K, "I type when logging in", "I type Blue$ky2025 when logging in")
S(K, "credentials key=value", "credentials: user=mkeller pass=Rocket!909")
S(K, "JSON password", json.dumps({"username": "mkeller", "password": "Rocket!909x"}))
S(K, "reset to new value", "the login pw was reset to Harbor%31 yesterday")
S(K, "temporary password", "the temporary password they gave me was Tmp-48a9xQ")
S(K, "online banking password equals", "my online banking password = Violet.River.42")
S(K, "case sensitive remark", "password (case sensitive): qWeRtY!12")
S(K, "spanish NIP", "mi NIP es 4412")
S(K, "spanish clave", "mi clave es perro123")
S(K, "pasted notes app", "from my notes app:\nAmex login\nuser: sgarcia\npw: Tacos4Ever!")
S(K, "still is, why", "yes the password is still Winter#2025 why")
S(K, "value then 'is what I type'", "Sunflower!22 is what I type to log in and it fails")
S(K, "PIN digits spaced", "the PIN for my card is 0 4 7 2")
S(K, "pin contraction", "my pin's 7731")
S(K, "PIN in words", "my pin is nine two zero six")
S(K, "password for app", "the app password is Qz7!mRt4")


# ---------------------------------------------------------------- harmless look-alikes
def fail16(prefix="4"):
    return safe_long(16, prefix)


def grouped_windows_ok(n: str) -> bool:
    """True when no window of 13-19 consecutive digits passes Luhn."""
    for L in range(13, 20):
        for i in range(0, len(n) - L + 1):
            if luhn_ok(n[i : i + L]):
                return False
    return True


def safe_long(length, prefix=""):
    while True:
        n = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix)))
        if grouped_windows_ok(n):
            return n


o = fail16("7")
H("16-digit order number failing Luhn", f"order number {grp(o)} hasn't shipped yet")
o = fail16("4")
H("16-digit tracking failing Luhn beside 'card'", f"the tracking number for my replacement card is {o}")
o = fail16("5")
H("reference number beside card, fails Luhn", f"reference {grp(o, '-')} on my card statement, what is it?")
o = safe_long(22, "9400")
H("USPS 22-digit tracking", f"USPS tracking {o} for the new card, it says delivered but nothing came")
H("UPS tracking 1Z", "UPS tracking 1Z999AA10123456784, card was supposed to arrive Tuesday")
o = safe_long(12)
H("FedEx 12-digit", f"fedex {o[:4]} {o[4:8]} {o[8:]}")
H("phone beside code", "the code was sent to 212-555-0187 but that's my old number")
H("area code", "area code 415, can you call me back?")
H("country code phone", "country code +44 20 7946 0958 is where I am now")
H("security deposit amount", "I paid a $350 security deposit on the apartment with my card")
H("security deposit spanish", "el depósito de seguridad fue de $1,200")
H("expiry date", "exp date 09/28 on the new card")
H("due date", "payment due 12/15/2026, can I move it to the 20th?")
H("zip+4", "zip 10001-2345")
H("verification last4 + zip", "last 4 is 1005 and zip 33139")
H("card ending", "the card ending in 3005 was declined at the pump")
H("case number dashed", "case 4417-22-9981, following up")
H("case ref alnum", "ref #CS-883120, any update?")
H("loyalty member number", "Marriott Bonvoy member 334 221 908 — points didn't post")
H("skymiles number", "Delta SkyMiles #9182736450 not linked to my card")
H("promo code", "promo code HOLIDAY2026 didn't apply")
H("numeric promo code", "the promo code 4471 didn't work at checkout")
H("wifi password question", "what's the Wi-Fi password at the Centurion Lounge in JFK?")
H("password manager question", "what's a good password manager?")
H("PIN not working", "my PIN isn't working at the ATM")
H("forgot password", "I forgot my password and the reset link expired")
H("didn't get code", "I never got the verification code, can you resend?")
H("new cvv question", "can I get a new CVV? I think someone saw it")
H("amount cents", "I was charged $4,111.11 instead of $411.11")
H("euro amount", "me cobraron €1.234,56 en Madrid")
H("time", "the charge was at 10:45 pm on 11/28")
H("street address", "my new address is 1234 Elm St Apt 5, Springfield IL 62704")
o = safe_long(19, "6035")
H("gift card 19 digits fails Luhn", f"gift card {o} balance shows $0")
H("routing + checking", "pay from checking: routing 021000021, account 483920175")
H("IBAN", "my IBAN is DE89 3704 0044 0532 0130 00 for the refund")
H("masked amex", "statement shows xxxx-xxxxxx-x1005")
H("masked bullets", "•••• •••• •••• 4242 is the one")
H("confirmation alnum", "confirmation 8H3K2P for the hotel")
o = safe_long(12)
H("12-digit conf number", f"conf # {o[:4]} {o[4:8]} {o[8:]}")
H("amazon order 3-7-7", "order 112-4839201-7736108 was charged twice")
H("sender short code", "I got a text from 22235 about a charge of $89.10")
H("sender number 'texted me'", "the number that texted me was 263-97, is that you?")
H("last four of social", "last four of my social are 8876")
H("business EIN", "our business EIN is 12-3456789")
H("sample SSN impossible", "the form shows 000-12-3456 as an example, what goes there?")
H("error code 4 digits", "error code 5104 when I try to pay")
H("HTTP code", "the site throws a 403 code when I log in")
H("pin code question", "how do I change my pin code?")
H("expires soon w/ amount", "my session expires in 10 minutes, I need to pay $125 fast")
H("account nickname", "rename the card to 'Gold 2024 travel'")
H("coordinates", "the ATM at 40.7128, -74.0060 ate my card")
H("device serial", "my phone serial SN-4532-8812-0034 was stolen with the wallet")
H("IMEI labelled", "IMEI 356938035643809 — my phone was stolen, please note it on file")
o = safe_long(13, "978")
H("ISBN-13 failing Luhn", f"bought the book ISBN {o[:3]}-{o[3]}-{o[4:7]}-{o[7:12]}-{o[12]} and got charged twice")
H("flight and seat", "flight AA 2291 seat 14C was cancelled, refund to card please")
H("costco member", "Costco member 111 222 333 444 — they won't take my amex")
H("member since", "I've been a member since 1998")
H("CVV length question", "the CVV field only takes 3 digits but mine has 4, help")
H("CID question", "is the CID the 4 digit number on the front?")
H("what is cvv", "what does CVV stand for?")
H("spanish zip", "mi código postal es 28013")
H("spanish no code", "no me llegó el código de verificación")
H("french zip", "mon code postal est 75011")
H("french forgot password", "j'ai oublié mon mot de passe")
H("german zip", "meine Postleitzahl ist 10115")
H("german forgot password", "Ich habe mein Passwort vergessen")
H("brazil CEP", "meu CEP é 01310-100")
H("portuguese forgot senha", "esqueci minha senha")
H("password requirements", "does the password need a symbol? it keeps saying too weak")
H("password length", "my password has 12 characters, is that enough?")
H("text me at phone", "can you text the code to 917-555-0143 instead?")
H("code I got later", "I'll use the code when I get home")
H("merchant ID 12", "the merchant ID on the receipt is 4445 0221 8871")
H("reservation code", "reservation code 7HX3Q2, the hotel charged a no-show fee")
H("transaction id date-ish", "transaction ID 20261130-0457 shows pending")
H("dispute amounts list", "three charges: $12.99, $129.00 and $1,299.00 on 11/02, 11/09, 11/16")
H("credit limit", "can you raise my limit from 15000 to 25000?")
H("annual fee", "the $695 annual fee posted today")
H("points balance", "I have 184,250 points, can I transfer 100000 to Delta?")
H("statement period", "statement 10/28/2026 - 11/27/2026 is missing a payment")
H("apartment + zip", "apt 4417, zip 60614")
H("birth year", "I was born in 1987, is that why the form failed?")
H("age and kids", "I'm 42 with 3 kids, can I add my 16 year old as authorized user?")
H("phone with ext", "call me at (305) 555-0199 ext 4471")
H("toll free", "is 1-800-528-4800 the real amex number?")
H("intl phone", "my number in Spain is +34 612 345 678")
H("ZIP beside code word", "code postal? it's 94110 in SF")
H("bank account with bank word", "savings account 004417229981 at Chase")
H("check number", "check #1042 for $250 bounced")
H("invoice", "invoice INV-2026-004417 from the contractor")
H("case number long failing Luhn", f"case number {safe_long(16, '1')}")
o = safe_long(15, "37")
H("15-digit confirmation beside Amex failing Luhn", f"Amex Travel confirmation {o}")
H("verification code sent phrase, no value", "the verification code you sent expired before I typed it")
H("otp question", "why do I need an OTP every time?")
H("TAN question german", "Wo bekomme ich meine TAN?")
H("security deposit 3 digits", "security deposit 500 on the rental car, when is it released?")
H("security question no answer", "which security question did I set up?")
H("last 4 after 'card number'", "card number ends 2207")
H("last 4 in words", "the card ends in four four seven one")
H("wifi password of hotel", "the hotel wifi password on the room key sleeve was guest2026 and it still charged me $14.99 for internet")
H("code of conduct", "is there a code of conduct for agents? the last one was rude")
H("discount code alnum", "discount code SAVE20NOW")
H("seat/gate", "gate 44, flight 1208, boarding at 6:15")
H("rewards number", "Hilton Honors 1234567890 should earn double points")
H("phone beside 'sms'", "send sms to 312 555 0144")
H("sms short code in words", "I got an sms from 262966 saying the card is locked")
H("otp phrase with time", "I waited 30 seconds for the one-time code and nothing came")
H("pin length question", "can my PIN be 6 digits?")
H("pin changed no value", "I changed my PIN yesterday but it still says wrong PIN")
H("password expired no value", "password expired message keeps popping up")
H("password hint no value", "is there a hint for my password?")
H("cvv on virtual card", "where's the CVV on the virtual card in the app?")
H("amount + card word", "I put $1,500 on the card for the deposit")
H("dates dashed", "trip 2026-12-20 to 2027-01-04, please note travel")
H("numbers as quantities", "I bought 4 tickets at $75 each for 2 shows")
H("tracking with word code", f"tracking code {safe_long(22, '9261')}? UPS says lost")
H("receipt lines", "Receipt\nItem 1 $19.99\nItem 2 $4.50\nTax $2.10\nTotal $26.59\nCard ****1005")
H("CSV harmless", "date,merchant,amount\n11/28,Uber,23.40\n11/29,Lyft,19.10")
H("JSON harmless", json.dumps({"case": "C-448120", "status": "open", "last4": "1005"}))
H("log harmless", "2026-11-30T09:12:44Z INFO chat started session=7f3a9 user_zip=94110")
H("social media", "can I follow amex on social media for offers?")
H("social security benefits deposit", "my social security deposit of $1,845 didn't arrive")
H("ssn question", "do you need my SSN to increase the limit?")
H("ssn last four phrase", "ssn ending 4412")
H("passcode app question", "how do I set up a passcode on the amex app?")
H("pin on statement", "what's the 4-digit pin box on the paper statement for?")
H("cvv changed question", "does the CVV change when the card is replaced?")
H("promo with code word 6 digits", "promo code 202612 for the holiday offer failed")
H("zip in spanish form", "código postal 06600, Ciudad de México")
H("apartment code", "apt 12B, buzz 1204")
H("year range", "card member since 2011-2026, 15 years")
H("sku", "sku 883120447 at Costco")
H("table harmless", "| date | amount |\n|---|---|\n| 11/02 | $44.10 |\n| 11/03 | $5.25 |")
H("email address", "my email is rita.gomez1987@example.com")
H("username only", "my username is rgomez1987, can you unlock it?")
H("masked ssn", "the letter shows SSN ***-**-4412")
H("masked card x's", "card XXXX XXXX XXXX 7714 was charged")
H("loyalty number beside card", "add my Bonvoy number 445 883 120 to the card profile")
H("phone + code cue french", "le code a été envoyé au 06 12 34 56 78")
H("text message content harmless", "the text said 'your payment of $48.12 was received'")
H("amount near 'sec code' question", "is the sec code the same as the $0.99 hold?")
H("2 values harmless", "card ending 3005, zip 02139, phone 617-555-0100")
H("cvv word with last4", "my last 4 is 3005, do you also need the CVV?")
H("one-time code mention future", "send me a one time code please")
H("code name with digits", "is the Platinum 2026 code still active for the lounge?")
H("amount expires soon", "the offer expires in 5 days, spend $250 get $50")
H("spanish monto", "pagué 2.450 pesos con la tarjeta terminada en 1005")
H("german amount", "ich habe 1.299,00 € bezahlt, Karte endet auf 4471")
H("reset link token", "the link https://example.com/reset-password?token=ab12cd34 just spins")
o = safe_long(16, "4")
H("grouped order number beside card", f"order #{grp(o, '-')} — replacement card, still processing")
H("SWIFT code", "the SWIFT is BOFAUS3N for the wire")
H("cvv scratched", "the cvv on my old card was scratched off, can I still use it?")
H("IVR option code", "the phone menu said press 1 then enter code 2 for English")
H("hotel hold", "room 1412, checkout 11/30, the hotel put a $200 hold")

out = Path(__file__).with_name("guard_probe30.jsonl")
with out.open("w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

sens = sum(r["sensitive"] for r in rows)
from collections import Counter

print(len(rows), "lines,", sens, "sensitive", Counter(r["kind"] for r in rows))
