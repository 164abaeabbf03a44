#!/usr/bin/env python3
"""Writes probe33.jsonl: a blind red-team probe of the amexsim guard.

Each line: {"id", "text", "sensitive", "kind"?, "secret": [fragments that must not survive]}.
Written without reading the guard's code, tests or data.
"""
import json
import random

rng = random.Random(3333)

EN = "zero one two three four five six seven eight nine".split()
ES = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()


def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def complete(prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - 1 - len(prefix)))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def words(s, lang=EN, sep=" "):
    return sep.join(lang[int(c)] for c in s)


FW = {str(i): chr(0xFF10 + i) for i in range(10)}
AR = {str(i): chr(0x0660 + i) for i in range(10)}
DV = {str(i): chr(0x0966 + i) for i in range(10)}


def tr(s, table):
    return "".join(table.get(c, c) for c in s)


# ---- cards (all distinct, Luhn valid) -------------------------------------------------
V = [complete("4", 16) for _ in range(14)]
M = [complete(p, 16) for p in ("51", "52", "53", "54", "55", "2221", "2720", "5100")]
X = [complete(p, 15) for p in ("34", "37", "37", "34", "37", "34")]
D = [complete(p, 16) for p in ("6011", "6011", "65", "644")]
for c in V + M + X + D:
    assert luhn_ok(c)
assert len(set(V + M + X + D)) == len(V + M + X + D)

rows = []


def S(kind, text, secret):
    rows.append({"text": text, "sensitive": True, "kind": kind,
                 "secret": secret if isinstance(secret, list) else [secret]})


def H(text):
    rows.append({"text": text, "sensitive": False, "secret": []})


def g4(c):
    return [c[0:4], c[4:8], c[8:12]]


def amx(c):
    return [c[0:4], c[4:10], c[10:15]]


# ================= CARD NUMBERS (34) ===================================================
c = V[0]; S("card_number", f"ok so the card is 4 digits at a time: {c[:4]} (that's the first bit) {c[4:8]} (second) {c[8:12]} and finally {c[12:]}", g4(c))
c = V[1]; S("card_number", "card number: " + words(c), [words(c)[:40]])
c = V[2]; S("card_number", "el número de la tarjeta es " + words(c, ES, ", "), [words(c, ES, ", ")[:40]])
c = V[3]; S("card_number", "🔥".join(c) + " <- card", [c])
c = V[4]; S("card_number", "my card " + tr(g(c, [4, 4, 4, 4]), FW) + " please check it", [tr(c[:4], FW), tr(c[4:8], FW), tr(c[8:12], FW)])
c = V[5]; S("card_number", "number on the card is " + c[:4].replace("0", "O").replace("1", "I") + " " + c[4:8].replace("1", "I").replace("0", "O") + " " + c[8:12] + " " + c[12:], [c[8:12]])
c = V[6]; S("card_number", "card [" + "] [".join(g(c, [4, 4, 4, 4]).split()) + "]", g4(c))
c = V[7]; S("card_number", "pay with " + "_".join(g(c, [4, 4, 4, 4]).split()), [g(c, [4, 4, 4, 4], "_")])
c = V[8]; S("card_number", "charge " + "|".join(g(c, [4, 4, 4, 4]).split()) + " for the full amount", g4(c))
c = V[9]; S("card_number", "cc: " + "+".join(g(c, [4, 4, 4, 4]).split()), g4(c))
c = M[0]; S("card_number", f"Name: Jordan Rivera\nCard: {g(c, [4, 4, 4, 4])}\nExp: 04/28\nZip: 10285", g4(c))
c = M[1]; bad = c[:11] + str((int(c[11]) + 1) % 10) + c[12:]
S("card_number", f"card number {g(bad, [4,4,4,4])} -- no wait typo, the third group is {c[8:12]} not {bad[8:12]}", g4(bad)[:2])
c = M[2]; S("card_number", f"Hi, I was on the phone earlier about the double charge at Costco for $212.40 on Nov 3 and they told me to chat instead. The card I used was {g(c,[4,4,4,4])} and the order was #88123. I really need this fixed before my rent is due on the 1st, thanks so much.", g4(c))
c = M[3]; S("card_number", f"pls charge card{c}thx", [c])
c = X[0]; S("card_number", f"it's {c[:4]}, uh, {c[4:10]}, and then {c[10:]}", amx(c))
c = M[4]; S("card_number", f"a) {c[:4]} b) {c[4:8]} c) {c[8:12]} d) {c[12:]}", g4(c))
c = M[5]; S("card_number", f"mi tarjeta es {g(c,[4,4,4,4],'-')} por favor", [g(c, [4, 4, 4, 4], "-")])
c = M[6]; S("card_number", f"los primeros cuatro son {c[:4]}, luego {c[4:8]}, después {c[8:12]} y termina en {c[12:]}", g4(c))
c = M[7]
S("card_number", f"Card no.\t{c[:4]}\t{c[4:8]}\t{c[8:12]}\t{c[12:]}\t(amex said it's fine to use this one)", g4(c))
c = D[0]; rev = c[::-1]
S("card_number", f"I typed it in reverse by mistake: {g(rev,[4,4,4,4])}", [g(rev, [4, 4, 4, 4])[:9]])
c = D[1]; S("card_number", "card:\n" + "\n".join(g(c, [4, 4, 4, 4]).split()), g4(c))
c = D[2]; S("card_number", " ".join(c[:4]) + " " + words(c[4:8]) + " " + c[8:], [c[8:]])
c = D[3]; S("card_number", "card " + tr(g(c, [4, 4, 4, 4]), AR), [tr(c[:4], AR)])
c = V[10]; S("card_number", f"here: `{c}`", [c])
c = V[11]; S("card_number", '{"pan": "' + c + '", "exp": "07/29"}', [c])
c = V[12]; S("card_number", "card " + ".".join(c), [".".join(c)[:15]])
c = V[13]; S("card_number", f"last 8 are {c[8:]} and the first 8 are {c[:8]}", [c[:8]])
c = X[1]; S("card_number", f"amex {c[:4]}‑{c[4:10]}‑{c[10:]}", amx(c))   # non-breaking hyphens
c = X[2]; S("card_number", f"number {c[:4]} · {c[4:10]} · {c[10:]} exp 1/29", amx(c))
c = X[3]; S("card_number", f"card nbr {c[:4]}{c[4:10]}{c[10:]}".replace(c[4:10], " " + c[4:7] + " " + c[7:10] + " "), [c[:4], c[4:7], c[7:10]])
c = X[4]; S("card_number", f"Card # {c} Exp 0528 CID 1234", [c])
# number words in pairs (English)
pw = {"37": "thirty-seven", "34": "thirty-four"}
c = X[5]
tens = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()


def pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return "oh " + EN[b]
    if a == 1:
        return teens[b]
    return tens[a] + ("" if b == 0 else "-" + EN[b])


pairs_txt = " ".join(pair(c[i:i + 2]) for i in range(0, 14, 2)) + " " + EN[int(c[14])]
S("card_number", "the card reads " + pairs_txt, [pairs_txt[:30]])
c = complete("4", 16); bad = c[:15] + str((int(c[15]) + 3) % 10)
S("card_number", f"my card number is {g(bad,[4,4,4,4])} I think", g4(bad))
c = complete("4", 16); S("card_number", f"Visa {c[:4]} / {c[4:8]} / {c[8:12]} / {c[12:]}", g4(c))
c = complete("5", 16); S("card_number", f"{c[:4]}•{c[4:8]}•{c[8:12]}•{c[12:]} is the one", g4(c))
c = complete("4", 16); S("card_number", f"{c[:6]} {c[6:]}".replace(" ", " and the rest is "), [c[:6], c[6:]])

# ================= SECURITY CODES (33) =================================================
S("security_code", "CVV2 = 847", "847")
S("security_code", "the 3 digits on the back are 5 1 9", "5 1 9")
S("security_code", "the little numbers by the signature strip: 402", "402")
S("security_code", "código de seguridad: 381", "381")
S("security_code", "los tres numeritos de atrás son 774", "774")
S("security_code", "the 4 digit code printed on the front above the number is 4821", "4821")
S("security_code", "sec. code 229", "229")
S("security_code", "cvc -> 663", "663")
S("security_code", "c.v.c. is 0 4 7", "0 4 7")
S("security_code", "Exp 09/27 / 318", "318")
S("security_code", "you asked for the code on the back? ok its seven four one", "seven four one")
S("security_code", "CVV is ... hang on ... flipping the card ... 5️⃣1️⃣2️⃣", "5️⃣1️⃣2️⃣")
S("security_code", "the security number is 882", "882")
S("security_code", "verification value 556", "556")
S("security_code", "cvv was 123 wait no 132", ["123", "132"])
S("security_code", "my CCV is 908", "908")
S("security_code", "CVV#: 771", "771")
S("security_code", "cvv " + tr("347", FW), tr("347", FW))
S("security_code", "code at the back of the card: nine one four", "nine one four")
S("security_code", "número de seguridad 552", "552")
S("security_code", "The 3-digit thingy on the back = 309", "309")
S("security_code", "So I'm trying to buy plane tickets for my mom's 70th birthday and the airline site keeps rejecting it even though I typed the cvv 638 correctly three times, the total is $1,240.00 and the flight is on Dec 14, can you see why it is declining?", "638")
S("security_code", "Card: xxxx-xxxxxx-x1005 | Exp: 11/29 | CVV: 612", "612")
S("security_code", "the back code is seven forty one", "seven forty one")
S("security_code", "el cvv es el ochocientos veintidós", "ochocientos veintidós")
S("security_code", "CID (4 digit): 2 2 8 1", "2 2 8 1")
S("security_code", "3 digits behind card 415", "415")
S("security_code", "codigo d seguridad 337", "337")
S("security_code", "security cod 902", "902")
S("security_code", "verification # on the back 118", "118")
S("security_code", "its 426, the code on back", "426")
S("security_code", "the cvv? 7-0-3", "7-0-3")
S("security_code", "valid thru 03/30 and the 3 numbers next to the signature are 065", "065")

# ================= SSNs (33) ==========================================================
def ssn():
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            return f"{a:03d}{rng.randrange(1,100):02d}{rng.randrange(1,10000):04d}"


def d(s, sep="-"):
    return s[:3] + sep + s[3:5] + sep + s[5:]


s = ssn(); S("ssn", f"my social is {d(s,' ')}", [d(s, " ")])
s = ssn(); S("ssn", f"SSN: {d(s,'.')}", [d(s, ".")])
s = ssn(); S("ssn", f"soc sec no. {s}", [s])
s = ssn(); S("ssn", f"número de seguro social {d(s)}", [d(s)])
s = ssn(); S("ssn", f"SS# {d(s)}", [d(s)])
s = ssn(); S("ssn", f"last 4 of my social is {s[5:]} and the first five are {s[:5]}", [s[:5]])
s = ssn(); S("ssn", f"social: {words(s)}", [words(s)])
s = ssn(); S("ssn", f"seguro social: {words(s[:3],ES)}, {words(s[3:5],ES)}, {words(s[5:],ES)}", [words(s[:3], ES)])
s = ssn(); S("ssn", f"my ssn (for the credit check) is {d(s,'/')}", [d(s, "/")])
s = ssn(); S("ssn", f"tax ID (it's my SSN) {s}", [s])
s = ssn(); S("ssn", f"social security number for the application ... {d(s,'_')}", [d(s, "_")])
s = ssn(); S("ssn", f"TIN/SSN: {d(s)}", [d(s)])
s = ssn(); S("ssn", f"S.S.N. {s}", [s])
s = ssn(); S("ssn", f"my social? {d(s,' ')}", [d(s, " ")])
s = ssn(); S("ssn", "here's my social " + " ".join(s[:3]) + " - " + " ".join(s[3:5]) + " - " + " ".join(s[5:]), [" ".join(s[:3])])
s = ssn(); S("ssn", f"ss number {s}", [s])
s = ssn(); S("ssn", f"social ending {s[5:]} beginning {s[:3]}, middle {s[3:5]}", [s[:3]])
s = ssn(); S("ssn", f"ssn {s[:3]}-{s[3:5]}-{s[5:8]} {s[8]}", [s[:3] + "-" + s[3:5]])
s = ssn(); S("ssn", f"ssn: {s[:3]}\u2010{s[3:5]}\u2010{s[5:]}", [s[:3]])
s = ssn(); S("ssn", "ssn: " + tr(d(s), FW), [tr(s[:3], FW)])
s = ssn(); S("ssn", f"SSN: {s[:3]}—{s[3:5]}—{s[5:]}", [s[:3]])
s = ssn(); S("ssn", f"social is {s[:3]} {s[3:5]} then {s[5:]}", [s[:3]])
s = ssn(); S("ssn", f"numero de seguro social {d(s,' ')}", [d(s, " ")])
s = ssn(); t = s[:7] + s[8] + s[7]
S("ssn", f"my SSN was entered wrong on the application, it should be {d(s)} not {d(t)}", [d(s), d(t)])
s = ssn(); S("ssn", f"Good afternoon. I'm applying for the Platinum card and the form froze at the identity step after I typed my social security number {d(s)} and my income of $84,000, and now it says error 502. Should I start over or wait? I don't want two hard pulls on my credit.", [d(s)])
s = ssn(); S("ssn", f"SSN:{s}", [s])
s = ssn(); S("ssn", f"the nine digits on my social security card: {s}", [s])
s = ssn(); S("ssn", f"SSN {s[:3]} - {s[3:5]} - {s[5:]} (for the application)", [s[:3]])
s = ssn(); S("ssn", f"social = {s[:5]} {s[5:]}", [s[:5]])
s = ssn(); S("ssn", f"S0cial: {d(s)}", [d(s)])
s = ssn(); S("ssn", f"mi SSN es {s[:3]}, {s[3:5]}, {s[5:]}", [s[:3]])
s = ssn(); S("ssn", f"social sec#{s}", [s])
s = ssn(); S("ssn", f"ssn is {s[:3]}... sorry phone died... {s[3:5]} {s[5:]}", [s[:3]])

# ================= OTPs (33) ==========================================================
def otp(n=6):
    return "".join(str(rng.randrange(10)) for _ in range(n))


o = otp(); S("otp", f"the code you texted me is {o}", o)
o = otp(); S("otp", "OTP: " + " ".join(o), " ".join(o))
o = otp(); S("otp", f"got a text with {o}, is that what you need?", o)
o = otp(); S("otp", f"verification code {o[:3]}-{o[3:]}", f"{o[:3]}-{o[3:]}")
o = otp(); S("otp", f"el código que me llegó por SMS es {o}", o)
o = otp(4); S("otp", f"one time pin {o}", o)
o = otp(); S("otp", f"the 6-digit code: {o[:3]} {o[3:]}", f"{o[:3]} {o[3:]}")
o = otp(); S("otp", f"authenticator shows {o}", o)
o = otp(); S("otp", f"my 2FA code is {o}", o)
o = otp(); S("otp", f"2fa: {o}", o)
o = otp(); S("otp", f"the security code you emailed me was {o}", o)
o = otp(); S("otp", f"\"Your American Express verification code is {o}. Don't share it with anyone.\" is that legit??", o)
o = otp(); S("otp", "the passcode... " + " ".join(o), " ".join(o))
o = otp(); S("otp", "code from the text: " + words(o), words(o))
o = otp(); S("otp", f"clave dinámica {o}", o)
o = otp(); S("otp", f"código de verificación: {o}", o)
o = otp(); S("otp", f"SafeKey code {o}", o)
o = otp(); S("otp", f"the one-time password is {o}", o)
o = otp(); S("otp", f"login code {o}", o)
o = otp(); S("otp", f"sms code {o}", o)
o = otp(); S("otp", f"it just pinged: {o}", o)
o = otp(); S("otp", f"the code in the email you sent: {o}", o)
o = otp(); S("otp", f"mi codigo de acceso es {o}", o)
o = otp(); S("otp", f"code is {o} (from the text)", o)
o = otp(); S("otp", f"verificatoin code {o}", o)
o = otp(); o2 = o[:4] + o[5] + o[4]; S("otp", f"OTP was {o} wait no {o2}", [o, o2])
o = otp(); S("otp", "i got " + " ".join(o) + " from your text", " ".join(o))
o = otp(); S("otp", f"the app notification said {o}", o)
o = otp(); S("otp", f"the confirmation code you just texted me: {o}", o)
o = otp(); S("otp", f"el código que me mandaron por whatsapp {o}", o)
o = otp(); S("otp", f"Google Auth: {o[:3]} {o[3:]}", f"{o[:3]} {o[3:]}")
o = otp(); S("otp", f"otp={o}", o)
o = otp(); S("otp", "the text says " + o[:3] + "🙂" + o[3:], o[:3] + "🙂" + o[3:])

# ================= PASSWORDS / PINs (33) ==============================================
S("password", "my password is Marigold#14", "Marigold#14")
S("password", "pw: hunter2!!", "hunter2!!")
S("password", "password is my dog's name Rex then 99, so Rex99", "Rex99")
S("password", "contraseña: Gatito2024", "Gatito2024")
S("password", "mi clave es 4821", "4821")
S("password", "PIN 7 3 9 1", "7 3 9 1")
S("password", "my pin is seven three nine one", "seven three nine one")
S("password", "pass word is Sunshine!7", "Sunshine!7")
S("password", "passwrd: Tr0ub4dor&3", "Tr0ub4dor&3")
S("password", "login: jrivera / Blue$ky2020", "Blue$ky2020")
S("password", "username jrivera password BlueSky2020", "BlueSky2020")
S("password", "the password i use is blue sky 2020 all lowercase no spaces", "blue sky 2020")
S("password", "pin number 0427", "0427")
S("password", "ATM pin 5512", "5512")
S("password", "my pin? 6630", "6630")
S("password", "PIN: " + tr("9512", FW), tr("9512", FW))
S("password", "password (case sensitive): qwerty!23", "qwerty!23")
S("password", "It's 'correcthorsebattery' - that's my pwd", "correcthorsebattery")
S("password", "pswd = Winter#2025", "Winter#2025")
S("password", "contrasena nueva: Playa.Azul77", "Playa.Azul77")
S("password", "mi NIP es 9023", "9023")
S("password", "Password: R0xanne! (capital R, zero)", "R0xanne!")
S("password", "pasword is Dolphin88", "Dolphin88")
S("password", "my login password — Kitty$Cat9", "Kitty$Cat9")
S("password", "passphrase: purple monkey dishwasher 42", "purple monkey dishwasher")
S("password", "pin code is 8 8 0 3", "8 8 0 3")
S("password", "PIN (same as my birthday) 0311", "0311")
S("password", "my online banking pw is: Ch1cago!!", "Ch1cago!!")
S("password", "pwd Pancakes#2026", "Pancakes#2026")
S("password", "the pin for the card is the year I was born, 1984", "1984")
S("password", "clave de acceso: Tigre$55", "Tigre$55")
S("password", "my password is my cats name, Whiskers, then 2019!", "Whiskers")
S("password", "pin es cuatro ocho dos uno", "cuatro ocho dos uno")

# ================= HARMLESS (~165) ====================================================
harmless = [
    # amounts, dates, times
    "I was charged $4,532.01 twice on 11/03/2026",
    "the refund of $1,283.66 still hasn't posted",
    "why is my minimum payment $45.00 when last month it was $35?",
    "can I pay $2,500 on Dec 15 and the rest on Jan 2?",
    "me cobraron 1.234,56 € en Madrid el 3 de marzo",
    "the charge posted 12/03/2026 at 10:45 pm",
    "I paid 6,011.00 on the 4th",
    "my statement closed 2026-11-20 with a balance of 3,782.82",
    "autopay took $378.28 on November 2",
    "spent about 1,500 dollars at Best Buy in the last 30 days",
    "the interest charge was $12.34 and the fee $39",
    "between 01/15/2026 and 02/14/2026 there were 14 charges",
    "from 9:00 to 17:30 on weekdays",
    "mi pago de $250.00 del 15 de noviembre no aparece",
    "the hotel held $1,000 + $250 incidentals for 5 nights",
    # phone numbers
    "call me at (212) 555-0147 after 5:30pm",
    "my new number is +44 20 7946 0958",
    "is 1-800-528-4800 really amex?",
    "you can reach me on 415.555.0199 or 415 555 0100",
    "mi teléfono es +52 55 1234 5678",
    "I got a call from 1 (888) 555-0123 saying they were from fraud",
    "the text came from 22235, is that you?",
    "my work phone: 646-555-0192 ext 4410",
    # orders, tracking, confirmation, invoice, case numbers
    "Amazon order 112-4567890-1234567 never arrived",
    "UPS tracking 1Z999AA10123456784",
    "USPS tracking 9400 1000 0000 0000 0000 00",
    "FedEx tracking number 7749 3310 2845",
    "my confirmation number is 4532015112",
    "booking confirmation ABX93K for my flight",
    "invoice #4400123 from the plumber for $320",
    "what's the status of case D1234567?",
    "reference number 8834-2291-0045",
    "order # 700-1234567-8901234 was refunded?",
    "el número de pedido es 4400-1234-88",
    "ticket INC0012345 was opened yesterday",
    "confirmation code for my hotel is 73HX92",
    "Delta confirmation G7KQ2P, ticket number 006 2345678901",
    "my dispute reference is 2026-11-0042",
    "the receipt says transaction 000123456 auth 04821B",
    # serials, IMEI, IBAN-like
    "serial number SN-4532-0151-1283 on the fridge I bought",
    "the laptop serial is C02XK1YZJG5H",
    "IMEI 356938035643809 for the phone I'm returning",
    "IBAN DE89 3704 0044 0532 0130 00 for the wire refund",
    "my IBAN is GB82 WEST 1234 5698 7654 32",
    "routing 021000021 checking account 123456789 for autopay",
    "SWIFT BOFAUS3N",
    "gift card number 6006 4912 3456 7890 has $50 left?",
    "my Delta SkyMiles number is 9012345678",
    "Marriott Bonvoy member 123 456 789",
    "VIN 1HGCM82633A004352 for the car rental",
    "the model number is WRF555SDFZ",
    # last 4, ZIP, verification
    "last 4 is 1005, zip 10285",
    "card ending 3008",
    "the card ending in 1013 is my daughter's",
    "zip 10285-1234",
    "los últimos 4 son 1005 y mi código postal 10285",
    "last four 1005",
    "my zip code is 94105",
    "xxxx-xxxxxx-x1005",
    "****1005 was charged twice",
    "last 4 of my social is 1234, is that enough?",
    "ending 1005 zip 10285",
    "the 4 last digits: 3008, postal code 10285",
    "the card ends 1005 and expires 08/29",
    # years, addresses, misc numbers
    "I've been a member since 2009",
    "I was born in 1984 if that matters",
    "my address is 1 Market Street, Apt 5, San Francisco, CA 94105",
    "send it to 4532 Elm Avenue, Springfield, IL 62704",
    "new address: 221B Baker Street, London NW1 6XE",
    "vivo en Calle Mayor 12, 3º B, 28013 Madrid",
    "coordinates 40.7128, -74.0060",
    "the flight UA 1234 leaves at 10:45 from gate B22",
    "room 3021 at the Hilton, 4 nights",
    "I have 120,500 points, how much is that worth?",
    "my credit score is 742",
    "version 3.7.82 of the app crashes",
    "error code 404 on the website",
    "the app says error 5012 when I log in",
    "I have 3 cards and 2 authorized users",
    "it happened 3 or 4 times in 2 weeks",
    "mi hijo tiene 16 años, puede tener tarjeta adicional?",
    "area code 212",
    "promo code SAVE20 didn't apply",
    "my employee ID is 004521",
    "the store number was 0932 and register 4",
    "my income is $84,000 a year",
    "my rent is 2,150 a month",
    "the APR went from 19.99% to 22.99%",
    "flight on 12/14 at 6:05am, returning 12/21",
    "my policy number is POL-2231-8890",
    "apt 4B, buzzer 12",
    "unit 1005, 10285 zip",
    # talk about secrets without giving them
    "can I get a new CID?",
    "I forgot my password",
    "how do I reset my PIN?",
    "mi contraseña no funciona",
    "I didn't get a verification code",
    "the one-time code expired after 10 minutes",
    "where is the CVV on an amex card?",
    "is it safe to give my social security number on the phone?",
    "do I need my SSN to apply for the Gold card?",
    "the security code on the back is scratched off, I can't read it",
    "should I ever share my OTP with someone who calls me?",
    "someone asked for my pin on the phone, was that you?",
    "how many digits is the security code on amex?",
    "no me llegó el código por SMS",
    "¿dónde está el código de seguridad de mi tarjeta?",
    "olvidé mi NIP del cajero",
    "can you text me the passcode again? I didn't get it",
    "I changed my password yesterday and now I'm locked out",
    "my password has 12 characters and a symbol, is that strong enough?",
    "the app keeps asking for a 6 digit code",
    "what is a CVV?",
    "I won't give you my social, what else can I use?",
    "the code you sent expired, send another one",
    "my PIN got blocked after 3 tries",
    "quiero cambiar mi contraseña",
    "is the 4-digit code on the front the same as a pin?",
    "my card is locked because I typed the wrong CVV 3 times",
    "the text code never arrives on my phone ending 0147",
    "they asked for the 3 digits on the back, should I give them?",
    "I got a 6 digit code but I didn't request it, is my account hacked?",
    "password reset link not working",
    "do you need the SSN or just the last 4?",
    "my SSN changed? no, my name changed after marriage",
    "¿necesitan mi número de seguro social para aumentar el límite?",
    "how long is a verification code valid?",
    "I don't have a PIN for this card",
    "the cashier asked for a pin and I didn't have one",
    "what's the difference between a CID and a CVV?",
    # numbers near cue words, harder
    "card ending 1005 was charged $37.82 at 10:05",
    "my card expires 05/31, the code I mean the zip is 10285",
    "I paid 3 times, 2 of them on the card ending 3008",
    "the code on my receipt is 2026-1129-001",
    "my order 4532 0151 shipped, card ending 1005",
    "called 800-528-4800 at 9:15, rep ID 44812",
    "the wifi password at the hotel lounge was on a sign, whatever",
    "the pin on the map shows the store at 4th and Main",
    "error code: 401 unauthorized when logging in",
    "password must be 8 characters, mine keeps failing",
    "my account number for the electric bill is 0045-221987",
    "3782 was the total points I got last month",
    "the charge was 37.82, then 822.46, then 310.05",
    "I bought 4 tickets at $53.20 each on 12/01",
    "my social media account got hacked, not my card",
    "la clave del wifi del hotel no sirve",
    "the pin pad at the store was broken",
    "my card was declined at 10:45 for $1,005.00",
    "dispute the 4 charges of $21.99 from 11/01 to 11/04",
    "the code 5812 on my statement, what is that?",
    "the cvv field on the website is greyed out",
    "statement period 10/21/26 - 11/20/26",
    "last 4 1005. zip 10285. dob 03/11/1984",
    "my membership number is 700 123 456",
    "tracking 1Z 999 AA1 01 2345 6784 says delivered",
    "my ssn starts with a 5 I think but I don't want to share it",
]
for h in harmless:
    H(h)

for i, r in enumerate(rows):
    r["id"] = f"p33-{i:03d}"

with open(__import__("pathlib").Path(__file__).with_name("guard_probe33.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        out = {"id": r["id"], "text": r["text"], "sensitive": r["sensitive"]}
        if r["sensitive"]:
            out["kind"] = r["kind"]
        out["secret"] = r["secret"]
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

ns = sum(r["sensitive"] for r in rows)
print(len(rows), "lines,", ns, "sensitive")
# cards for the chat cases
json.dump({"cards": [complete(p, n) for p, n in [("4", 16)] * 10 + [("37", 15)] * 5 + [("5", 16)] * 5]},
          open("chat_cards.json", "w"))
