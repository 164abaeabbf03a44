#!/usr/bin/env python3
"""Blind probe set 32 for the amexsim guard.

Writes probe32.jsonl (text, sensitive, kind, plus id/form/secret for our own analysis).
Written without reading the guard's code, tests or data: only README.md.
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(3232)


def luhn_ok(s):
    d = [int(c) for c in s]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def make_card(prefix, length):
    while True:
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def bad_luhn(prefix, length):
    while True:
        s = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix)))
        if not luhn_ok(s):
            return s


def g4(c):
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


def sep4(c, sep):
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def amex(c, sep=" "):
    return sep.join([c[:4], c[4:10], c[10:]])


EN = "zero one two three four five six seven eight nine".split()
ES = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
CIRCLED = {str(i): chr(0x2460 + i - 1) for i in range(1, 10)}
CIRCLED["0"] = "\u24ea"
SUPER = dict(zip("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"))
MATHBOLD = {str(i): chr(0x1D7CE + i) for i in range(10)}
KEYCAP = {str(i): f"{i}\ufe0f\u20e3" for i in range(10)}


def words(s, table=EN, sep=" "):
    return sep.join(table[int(c)] for c in s)


rows = []


def add(kind, form, text, secret=None):
    sensitive = kind is not None
    row = {"id": f"p32-{len(rows) + 1:03d}", "form": form, "text": text, "sensitive": sensitive}
    if sensitive:
        row["kind"] = kind
        row["secret"] = secret
    rows.append(row)


# ---------------------------------------------------------------- cards (44)
cards = [make_card(p, n) for p, n in [("4", 16)] * 14 + [("5", 16)] * 10 + [("37", 15)] * 8 +
         [("6011", 16)] * 6 + [("34", 15)] * 4 + [("2221", 16)] * 2]
C = iter(cards)

c = next(C); add("card_number", "card: pipe separators", f"card is {sep4(c, '|')} exp 11/28", c)
c = next(C); add("card_number", "card: underscores", f"{sep4(c, '_')} <- thats the card", c)
c = next(C); add("card_number", "card: plus signs", f"number on the card: {sep4(c, ' + ')}", c)
c = next(C); add("card_number", "card: asterisks between groups", f"here you go {sep4(c, '*')} thanks!!", c)
c = next(C); add("card_number", "card: brackets per group", "it's " + "".join(f"[{c[i:i+4]}]" for i in range(0, 16, 4)), c)
c = next(C); add("card_number", "card: arrows between groups", f"card {sep4(c, ' → ')}", c)
c = next(C); add("card_number", "card: middle dots", f"the long number {sep4(c, '·')} is the one that got charged", c)
c = next(C); add("card_number", "card: keycap emoji digits", "my card " + "".join(KEYCAP[d] for d in c), c)
c = next(C); add("card_number", "card: circled digits", "tarjeta " + "".join(CIRCLED[d] for d in c), c)
c = next(C); add("card_number", "card: superscript digits", "card no " + "".join(SUPER[d] for d in c), c)
c = next(C); add("card_number", "card: math bold digits", "numero de tarjeta " + " ".join("".join(MATHBOLD[d] for d in c[i:i+4]) for i in range(0, 16, 4)), c)
c = next(C)
look = c.replace("1", "I").replace("2", "Z").replace("6", "G")
add("card_number", "card: I/Z/G look-alike letters", f"card # {look[:4]} {look[4:8]} {look[8:12]} {look[12:]}", c)
c = next(C); add("card_number", "card: each digit a word with hyphens", "card number " + words(c, EN, "-"), c)
c = next(C); add("card_number", "card: Spanish words by group with commas",
                 "el número de la tarjeta es " + ", ".join(words(c[i:i+4], ES) for i in range(0, 16, 4)), c)
c = next(C); add("card_number", "card: groups joined by 'and'",
                 f"ok so it's {c[:4]} and {c[4:8]} and {c[8:12]} and {c[12:]}", c)
c = next(C); add("card_number", "card: ordinal group labels",
                 f"1st block {c[:4]}, 2nd block {c[4:8]}, 3rd block {c[8:12]}, 4th block {c[12:]}", c)
c = next(C); add("card_number", "card: in a URL query string",
                 f"the page crashed at https://checkout.example.com/pay?cc={c}&exp=0528 can you check", c)
c = next(C)
wrong = c[:12] + str((int(c[12:]) + 1) % 10000).zfill(4)
add("card_number", "card: correction of the last group",
    f"card is {g4(wrong)} sorry the last four are {c[12:]} not {wrong[12:]}", c)
c = next(C)
add("card_number", "card: full correction 'sorry I mean'",
    f"my card is {g4(bad_luhn('4', 16))} sorry i mean {g4(c)}", c)
c = next(C)
add("card_number", "card: groups backwards order named",
    f"last group {c[12:]}, the one before {c[8:12]}, second group {c[4:8]}, first group {c[:4]}", c)
c = next(C); add("card_number", "card: digits one per line",
                 "card:\n" + "\n".join(c), c)
c = next(C); add("card_number", "card: groups one per line with bullets",
                 "copying from the card\n• " + "\n• ".join(c[i:i+4] for i in range(0, 16, 4)), c)
c = next(C)
filler = ("So the story is that I was at the airport in Denver on the 14th and the kiosk wouldn't take "
          "my boarding pass, and the agent said I had to pay $35 for a bag, which I did, and then later "
          "I saw two charges of $35.00 and one of $70.00 on my statement dated 11/20/2026. ")
add("card_number", "card: buried mid long message",
    filler * 2 + f"The card I used was {g4(c)}. " + filler + "Can you please look into it, my phone is 303-555-0144.", c)
c = next(C)
add("card_number", "card: amex groups with words between",
    f"amex starts {c[:4]} and then the middle bit is {c[4:10]} and it finishes with {c[10:]}", c)
c = next(C); add("card_number", "card: amex glued to words", f"Cardnumber:{c}Expiry:0927", c)
c = next(C); add("card_number", "card: amex with slashes and spaces", f"{c[:4]} / {c[4:10]} / {c[10:]} is my blue cash card", c)
c = next(C); add("card_number", "card: amex spelled pairs mixed",
                 f"three seven {c[2:4]} {c[4:10]} {words(c[10:])}", c)
c = next(C); add("card_number", "card: amex Spanish mixed words and digits",
                 f"mi amex es {c[:4]} {words(c[4:10], ES)} {c[10:]}", c)
c = next(C); add("card_number", "card: amex thousands speech",
                 f"card number {c[:4]} {c[4:10]} {c[10:]} — wait you need it? ok", c)
c = next(C); add("card_number", "card: emoji between every digit of amex",
                 "⭐".join(c), c)
c = next(C); add("card_number", "card: after a question", f"Do you need the full number? {g4(c)}", c)
c = next(C); add("card_number", "card: discover with colons", f"discover {sep4(c, ':')}", c)
c = next(C); add("card_number", "card: discover as 'numero' in Spanish slang",
                 f"el plástico dice {g4(c)} y vence en 03/29", c)
c = next(C); add("card_number", "card: zero-width joiner between groups",
                 "card " + "\u2060".join(c[i:i+4] for i in range(0, 16, 4)), c)
c = next(C); add("card_number", "card: non-breaking/thin spaces", "card " + "\u2009".join(c[i:i+4] for i in range(0, 16, 4)), c)
c = next(C); add("card_number", "card: tabs in pasted row", f"Name\tCard\tExp\nJordan Rivera\t{c}\t04/30", c)
c = next(C); add("card_number", "card: two halves 'first half' 'second half'",
                 f"first half {c[:8]} second half {c[8:]}", c)
c = next(C); add("card_number", "card: quoted from a photo OCR with O and l",
                 "ocr says: " + " ".join(c[i:i+4] for i in range(0, 16, 4)).replace("0", "O").replace("1", "l"), c)
c = next(C); add("card_number", "card: digits with dots between each digit",
                 "card " + ".".join(c), c)
c = next(C); add("card_number", "card: amex 4-6-5 in Spanish words with 'y'",
                 "la tarjeta: " + " y ".join([words(c[:4], ES), words(c[4:10], ES), words(c[10:], ES)]), c)
c = next(C); add("card_number", "card: hashtag separators", f"#{c[:4]}#{c[4:10]}#{c[10:]}", c)
c = next(C); add("card_number", "card: 2221 Mastercard dashes in parentheses",
                 f"new mastercard ({c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}) is the one to use", c)
c = next(C); add("card_number", "card: 2221 with equals",
                 f"cc={c};exp=1129", c)

# ---------------------------------------------------------------- security codes (30)
def code3():
    return f"{rng.randrange(100, 1000)}"


def code4():
    return f"{rng.randrange(1000, 10000)}"


v = code3(); add("security_code", "cvv: CCV typo", f"ccv {v}", v)
v = code3(); add("security_code", "cvv: VCC typo", f"the vcc is {v}", v)
v = code3(); add("security_code", "cvv: 'cvvv' keyboard stutter", f"cvvv: {v}", v)
v = code3(); add("security_code", "cvv: number words", f"cvv is {words(v)}", v)
v = code3(); add("security_code", "cvv: Spanish number words", f"el código de seguridad es {words(v, ES)}", v)
v = code3(); add("security_code", "cvv: Spanish 'tres cifras de atrás'", f"las tres cifras de atrás son {v}", v)
v = code3(); add("security_code", "cvv: Spanish 'reverso'", f"los dígitos del reverso: {v}", v)
v = code3(); add("security_code", "cvv: French cryptogramme", f"le cryptogramme visuel est {v}", v)
v = code3(); add("security_code", "cvv: German Prüfziffer", f"Kartenprüfnummer {v}", v)
v = code3(); add("security_code", "cvv: signature strip description", f"the little number printed by the signature strip is {v}", v)
v = code3(); add("security_code", "cvv: 'in italics on the back'", f"on the back in italics it says {v}", v)
v = code4(); add("security_code", "cid: amex front description", f"the 4 tiny digits printed on the front right above the card number: {v}", v)
v = code3(); add("security_code", "cvv: glued", f"CVV{v}", v)
v = code3(); add("security_code", "cvv: keycap emoji", "cvv " + "".join(KEYCAP[d] for d in v), v)
v = code3(); add("security_code", "cvv: circled digits", "cvc " + "".join(CIRCLED[d] for d in v), v)
v = code3(); add("security_code", "cvv: correction", f"cvv 1{v[1:]} sorry i mean {v}", v)
v = code3(); add("security_code", "cvv: good thru + bare value", f"good thru 07/29  {v}", v)
v = code3(); add("security_code", "cvv: security code typo 'secutiry'", f"secutiry code {v}", v)
v = code3(); add("security_code", "cvv: 'the back code' after a question", f"the back code? {v}", v)
v = code4(); add("security_code", "cid: Spanish 'al frente' Amex",
                 f"en la amex los 4 numeritos al frente son {v}", v)
v = code3(); add("security_code", "cvv: Cyrillic look-alike cue", f"\u0421VV {v}", v)
v = code3(); add("security_code", "cvv: zero-width inside cue", f"c\u200bv\u200bv {v}", v)
v = code3(); add("security_code", "cvv: 'verification value'", f"card verification value = {v}", v)
v = code3(); add("security_code", "cvv: digits spaced with slashes", f"cvv {v[0]}/{v[1]}/{v[2]}", v)
v = code3(); add("security_code", "cvv: value before 'on the back'", f"{v} on the back", v)
v = code3(); add("security_code", "cvv: long message middle",
                 "I'm trying to buy concert tickets for my daughter, section 112 row F, 2 tickets at $189.50 each, "
                 f"and the site keeps timing out right when I put in the cvv {v} and hit submit, order 55810 never goes through. "
                 "I've tried 4 times since 7pm. What's going on?", v)
v = code3(); add("security_code", "cvv: Italian codice", f"codice di sicurezza {v}", v)
v = code3(); add("security_code", "cvv: Spanish Spanglish 'el cvv es'", f"ok el cvv es el {v} ya", v)
v = code3(); add("security_code", "cvv: hyphenated words", f"security code: {words(v, EN, '-')}", v)
v = code4(); add("security_code", "cid: 'CID#'", f"CID#{v}", v)

# ---------------------------------------------------------------- SSNs (30)
def ssn():
    while True:
        a = rng.randrange(1, 900)
        if a == 666:
            continue
        g = rng.randrange(1, 100)
        s = rng.randrange(1, 10000)
        return f"{a:03d}{g:02d}{s:04d}"


def dsh(s, sep="-"):
    return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}"


s = ssn(); add("ssn", "ssn: SNN typo", f"SNN {dsh(s)}", s)
s = ssn(); add("ssn", "ssn: 'SS#' undashed", f"my SS# is {s}", s)
s = ssn(); add("ssn", "ssn: soc sec with dots", f"soc sec {dsh(s, '.')}", s)
s = ssn(); add("ssn", "ssn: 'socail' typo spaces", f"socail {dsh(s, ' ')}", s)
s = ssn(); add("ssn", "ssn: words grouped", f"social is {words(s[:3])}, {words(s[3:5])}, {words(s[5:])}", s)
s = ssn(); add("ssn", "ssn: Spanish numero de seguro social spaces", f"número de seguro social {dsh(s, ' ')}", s)
s = ssn(); add("ssn", "ssn: Spanish words", f"mi seguro social es {words(s, ES)}", s)
s = ssn(); add("ssn", "ssn: Spain-style 'seguridad social'", f"número de la seguridad social {s}", s)
s = ssn()
bad = s[:8] + str((int(s[8]) + 1) % 10)
add("ssn", "ssn: correction", f"SSN {dsh(bad)} oops typo, {dsh(s)}", s)
s = ssn(); add("ssn", "ssn: glued", f"SSN{s}", s)
s = ssn(); add("ssn", "ssn: spaced characters then cue", " ".join(s) + " (social)", s)
s = ssn(); add("ssn", "ssn: 'social security card' description", f"the number on my social security card is {s}", s)
s = ssn(); add("ssn", "ssn: 'tax ID' for a person", f"my personal tax id is {dsh(s)}", s)
s = ssn(); add("ssn", "ssn: long message middle",
               "Hi, I applied for the Gold card on 10/02/2026 and got a letter (ref 2026-88412) saying you couldn't verify "
               f"my identity. My date of birth is 04/17/1986 and my social is {dsh(s)}, address 4410 N Clark St #3, Chicago IL 60640. "
               "Please call me at 773-555-0199 after 5pm.", s)
s = ssn(); add("ssn", "ssn: with slashes", f"SSN {s[:3]}/{s[3:5]}/{s[5:]}", s)
s = ssn(); add("ssn", "ssn: mixed digits and words", f"ssn {s[:3]} {words(s[3:5])} {s[5:]}", s)
s = ssn(); add("ssn", "ssn: Cyrillic S in cue", f"\u0405SN: {dsh(s)}", s)
s = ssn(); add("ssn", "ssn: after question", f"you need my social? {s}", s)
s = ssn(); add("ssn", "ssn: 'last 4 ... first 5' order", f"last four of my social {s[5:]}, first five {s[:3]}-{s[3:5]}", s)
s = ssn(); add("ssn", "ssn: emoji between groups", f"social {s[:3]} 🔹 {s[3:5]} 🔹 {s[5:]}", s)
s = ssn(); add("ssn", "ssn: fullwidth digits",
               "SSN " + "".join(chr(0xFF10 + int(d)) if d.isdigit() else d for d in dsh(s)), s)
s = ssn(); add("ssn", "ssn: Spanglish 'mi social es'", f"mi social es el {dsh(s)} por si lo necesitan", s)
s = ssn(); add("ssn", "ssn: 'SSN no.'", f"SSN no. {s}", s)
s = ssn(); add("ssn", "ssn: 'social sec #' en dash", f"social sec # {s[:3]}–{s[3:5]}–{s[5:]}", s)
s = ssn(); add("ssn", "ssn: keycap digits", "ssn " + "".join(KEYCAP[d] for d in s), s)
s = ssn(); add("ssn", "ssn: 'security number' without social", f"my social-security no: {s}", s)
s = ssn(); add("ssn", "ssn: quoted form field", f'"SSN / ITIN": "{dsh(s)}"', s)
s = ssn(); add("ssn", "ssn: Spanish 'SSN' glued to 'es'", f"el ssn: {dsh(s)} y mi fecha de nacimiento 12/05/1979", s)
s = ssn(); add("ssn", "ssn: words in hyphens", f"social security {words(s, EN, '-')}", s)
s = ssn(); add("ssn", "ssn: bare dashed in a list", f"name: Jordan Rivera\ndob: 1988-03-04\n{dsh(s)}\nzip: 10285", s)

# ---------------------------------------------------------------- OTPs (30)
def otp(n=6):
    return "".join(str(rng.randrange(10)) for _ in range(n))


o = otp(); add("otp", "otp: push notification", f"the push notification says {o}", o)
o = otp(); add("otp", "otp: email subject line", f"the email subject line has {o} in it", o)
o = otp(); add("otp", "otp: 2FA code", f"2FA code {o}", o)
o = otp(); add("otp", "otp: MFA", f"mfa: {o}", o)
o = otp(); add("otp", "otp: 'login code'", f"login code is {o}", o)
o = otp(); add("otp", "otp: confirmation code texted", f"the confirmation code you texted me is {o}", o)
o = otp(4); add("otp", "otp: one-time PIN", f"one time pin {o}", o)
o = otp(); add("otp", "otp: Spanish token", f"el token es {o}", o)
o = otp(); add("otp", "otp: Spanish 'me llegó al celular'", f"el código que me llegó al celular es {o}", o)
o = otp(); add("otp", "otp: Spanish 'el SMS dice'", f"el sms dice {o}", o)
o = otp(); add("otp", "otp: Spanish 'código de un solo uso'", f"código de un solo uso: {o}", o)
o = otp(); add("otp", "otp: number words", f"the code you sent is {words(o)}", o)
o = otp(); add("otp", "otp: Spanish words", f"el código que me mandaron es {words(o, ES)}", o)
o = otp()
bad = o[:5] + str((int(o[5]) + 3) % 10)
add("otp", "otp: correction", f"verification code {bad} wait no {o}", o)
o = otp(); add("otp", "otp: spaced digits then cue", " ".join(o) + " is the code from the text", o)
o = otp(); add("otp", "otp: automated call", f"the automated call read me {o}", o)
o = otp(); add("otp", "otp: RSA token split", f"my RSA token shows {o[:3]} {o[3:]}", o)
o = otp(); add("otp", "otp: pasted SMS", f'your text: "Amex: {o} is your one-time code. Don\'t share it."', o)
o = otp(); add("otp", "otp: 'security code you sent'", f"security code you sent me: {o}", o)
o = otp(); add("otp", "otp: 'iMessage'", f"came through on iMessage: {o}", o)
o = otp(); add("otp", "otp: Telegram", f"got it in telegram {o}", o)
o = otp(); add("otp", "otp: 'sign-in code' in email", f"sign-in code from the email = {o}", o)
o = otp(); add("otp", "otp: keycap digits", "code you texted " + "".join(KEYCAP[d] for d in o), o)
o = otp(); add("otp", "otp: 'OTP' typo 'OPT'", f"OPT {o}", o)
o = otp(); add("otp", "otp: 'verfication' typo", f"verfication code: {o}", o)
o = otp(); add("otp", "otp: long message middle",
               "I've been locked out since Tuesday. I called 1-800-528-4800 twice, waited 45 minutes, the rep said she'd "
               f"send a code so I'm giving it here: {o}. Please fix it because my rent of $1,850 is due on the 1st and autopay uses this card.", o)
o = otp(); add("otp", "otp: 'access code' email", f"access code they emailed: {o}", o)
o = otp(); add("otp", "otp: French code reçu par SMS", f"le code reçu par SMS est {o}", o)
o = otp(); add("otp", "otp: dash-separated 3-3 after 'texted'", f"you guys texted {o[:3]}-{o[3:]}", o)
o = otp(8); add("otp", "otp: Spanish 'clave temporal'", f"la clave temporal que me llegó por correo es {o}", o)

# ---------------------------------------------------------------- passwords / PINs (30)
add("password", "pw: 'pass word' split", "pass word: Tr0ub4dor&3", "Tr0ub4dor&3")
add("password", "pw: passphrase words", "my passphrase is correct horse battery staple", "correct horse battery staple")
add("password", "pw: ATM pin", "ATM pin 7314", "7314")
add("password", "pw: PIN number words", "PIN: four eight two one", "four eight two one")
add("password", "pw: Spanish contraseña", "mi contraseña es Gatito2020", "Gatito2020")
add("password", "pw: Spanish clave del cajero", "mi clave del cajero es 5830", "5830")
add("password", "pw: Spanish slang 'la contra'", "la contra es Pelusa#88", "Pelusa#88")
add("password", "pw: Spanglish 'mi password es'", "mi password es Chivas1906!", "Chivas1906!")
add("password", "pw: Spanish NIP words", "mi nip es cuatro dos siete uno", "cuatro dos siete uno")
add("password", "pw: typo 'passowrd'", "passowrd: Mango#77", "Mango#77")
add("password", "pw: typo 'contrasenia'", "contrasenia: Luna$2021", "Luna$2021")
add("password", "pw: 'login info' with no password word", "my login info: jordanr88 Rainier!44", "Rainier!44")
add("password", "pw: 'creds'", "creds are jordanr / Kestrel_909", "Kestrel_909")
add("password", "pw: Cyrillic look-alike cue", "my \u0440\u0430ssword is Harbor!612", "Harbor!612")
add("password", "pw: zero-width in cue", "pass\u200bword = Quokka$55", "Quokka$55")
add("password", "pw: correction with sorry I mean", "password is Blue42 sorry I mean Blue42!!", "Blue42")
add("password", "pw: spaced characters w/o remark", "password: M a r l i n 7 7", "M a r l i n 7 7")
add("password", "pw: filler words", "so um my password is like, honestly, probably Tangerine#19 i think", "Tangerine#19")
add("password", "pw: 'PIN' glued", "PIN#6027", "6027")
add("password", "pw: long message middle",
    "I'm so frustrated. I tried to log in from my new laptop at the library, it asked me to verify the device, "
    "I did, then it said my account was locked. For the record my password is Sycamore&Vine2 and I haven't "
    "changed it since March. Order 112-4829133-7720194 is stuck too.", "Sycamore&Vine2")
add("password", "pw: German Passwort", "Passwort: Edelweiss#61", "Edelweiss#61")
add("password", "pw: quoted after 'I log in with'", 'I log in with "Pinecone%31"', "Pinecone%31")
add("password", "pw: 'pin code' 4 digits", "card pin code 9052", "9052")
add("password", "pw: debit PIN Spanish 'PIN de la tarjeta'", "el PIN de la tarjeta es 3317", "3317")
add("password", "pw: 'pw' after question", "need my pw? Falcon!2025", "Falcon!2025")
add("password", "pw: keycap PIN", "pin " + "".join(KEYCAP[d] for d in "8140"), "8140")
add("password", "pw: 'secret word' for online login", "my online banking password? it's just lowercase: whiskeyjack", "whiskeyjack")
add("password", "pw: 'passcode' meaning app password", "my app passcode is 271828", "271828")
add("password", "pw: typo 'pasword' + colon space", "pasword : Orchid&Moon5", "Orchid&Moon5")
add("password", "pw: pin with dots", "pin 4.9.1.6", "4.9.1.6")

# ---------------------------------------------------------------- harmless (~160)
H = []


def harm(form, text):
    add(None, form, text)


# amounts
harm("amount", "I was charged $4,111.11 twice at Costco")
harm("amount", "the statement balance is $12,482.19 and minimum due $245.00")
harm("amount", "me cobraron 1.250,00 € en el hotel de Madrid")
harm("amount", "Paid 3782.82 toward the balance on 11/30")
harm("amount words", "I paid four hundred eleven dollars and twelve cents")
harm("amount words", "pagué doscientos cuarenta y cinco dólares")
harm("amount", "credit limit went from $15,000 to $22,500")
harm("amount", "refund of 219.09 still pending")
# dates / years / times
harm("date", "the charge posted on 2026-11-28 and I disputed on 12/01/2026")
harm("date", "statement closing date 11/20/2026, due 12/15/2026")
harm("date", "between 03/01/2025 and 04/15/2025 there were 6 charges")
harm("date", "vence el 05/29")
harm("year", "I've been a cardmember since 1998")
harm("time", "it happened at 10:45 pm, then again at 11:02")
harm("time", "call me back at 4:30")
harm("expiry", "the card expires 08/31, should I expect a new one?")
# phones
harm("phone", "my number is (212) 555-0187")
harm("phone", "call me at +52 55 1234 5678 I'm in Mexico")
harm("phone", "mi celular es +34 612 345 678")
harm("phone", "customer service 1-800-528-4800 hung up on me")
harm("phone", "text me at 415.555.0123")
harm("phone", "the number that texted me was 22235")
harm("phone", "my phone number changed to 646-555-0132, update it please")
harm("phone intl", "phone +44 20 7946 0958")
# order/tracking/confirmation
harm("order", "amazon order 112-4829133-7720194 never arrived")
harm("tracking UPS", "UPS tracking 1Z999AA10123456784")
harm("tracking FedEx", "FedEx tracking number 7712 3456 7890")
harm("confirmation", "hotel confirmation number 84213977")
harm("confirmation", "flight confirmation code KX7P2M")
harm("reference", "case reference 20261202-00419")
harm("reference", "dispute case D1234567 status?")
harm("invoice", "invoice INV-2026-004821 was charged twice")
harm("order", "order #558201 from Best Buy")
harm("booking", "booking ref 4829-1377 at the Marriott")
harm("receipt", "receipt says TRANS ID 883472 AUTH 04421B")
# serials
harm("serial", "serial number C02XK1ZPJG5H on the laptop I bought")
harm("serial", "device SN-4532-0151-1283 is the phone I bought with the card")
harm("serial", "model A2849 serial F4GZ81Q2LX")
harm("IMEI", "the phone's IMEI is 35 209900 176148 1, it was stolen")
# last4 / zip
harm("last4", "card ending 1005")
harm("last4", "last 4 is 3008 and zip 10285")
harm("last4", "últimos cuatro 1013, código postal 10285")
harm("last4", "the one that ends in 4521")
harm("zip", "zip code 60614")
harm("zip", "ZIP+4 10285-0001")
harm("zip", "mi código postal es 00907")
harm("last4 ssn", "last 4 of my social is 4412")
harm("last4 ssn", "los últimos 4 del seguro social son 7781")
# talking about secrets
harm("talk", "what is a CVV?")
harm("talk", "where do I find the security code on an amex?")
harm("talk", "I forgot my password")
harm("talk", "I never got the one-time passcode")
harm("talk", "can I change my PIN?")
harm("talk", "¿qué es el CVV?")
harm("talk", "olvidé mi contraseña")
harm("talk", "no me llegó el código")
harm("talk", "do you need my social security number?")
harm("talk", "why do you need my SSN?")
harm("talk", "the three digits on the back are worn off, can you send me a new card?")
harm("talk", "my password has to be 8 to 20 characters, right?")
harm("talk", "the CVV field only takes 3 digits but amex has 4")
harm("talk", "I tried the code 3 times and it's locked")
harm("talk", "the verification code expired after 10 minutes")
harm("talk", "my PIN is 4 digits, can it be 6?")
harm("talk", "I changed my password on 11/28 and now it doesn't work")
harm("talk", "got a text at 10:42 with a code but it expired")
harm("talk", "the verification code was sent to (212) 555-0187 but that's my old number")
harm("talk", "you sent the code to the email ending in 'rivera88@', not my new one")
harm("talk", "my SSN is already on file from 2019")
harm("talk", "should I ever give my CVV over the phone?")
harm("talk", "¿me pueden mandar otro código de verificación?")
harm("talk", "mi clave no funciona desde el 3 de diciembre")
harm("talk", "how many digits is the security code on the front of the card?")
harm("talk", "a scammer asked me for the 6-digit code, I didn't give it")
harm("talk", "I reset my password 2 times today")
harm("talk", "the OTP comes from 262-966 usually")
# code-word look-alikes
harm("error code", "error code 403 when I log in")
harm("error code", "the app shows error code 1005")
harm("error code", "código de error 5021 en la app")
harm("area code", "my area code is 312")
harm("country code", "country code +34")
harm("promo", "promo code SAVE20 didn't apply")
harm("promo", "offer code 2026 from the mailer")
harm("SWIFT", "SWIFT code BOFAUS3N for the wire")
harm("sort code", "UK sort code 20-00-00 account 55779911")
harm("door/gate", "delivered to gate 31 at the airport, room 482")
harm("mcc", "the MCC is 5812 for restaurants, right?")
harm("postal ES", "código postal 28013")
harm("flight", "flight AA 1234 on 12/15, seat 22C")
harm("age", "I'm 34 years old and my husband is 36")
harm("quantity", "I bought 3 tickets for 189.50 each")
# addresses
harm("address", "1234 Main St Apt 5, Springfield IL 62704")
harm("address", "vivo en Calle 72 #10-34, Bogotá")
harm("address", "PO Box 4821, Austin TX 78701")
harm("address", "4410 N Clark St #3, Chicago IL 60640")
# bank / other accounts
harm("bank", "routing 021000021 checking 000123456789 for autopay")
harm("bank", "my savings account number at the credit union is 5512 3345 (not this card)")
harm("gift card", "gift card number 6006 4912 3456 7890 123 balance?")
harm("loyalty", "Delta SkyMiles number 9023456781")
harm("EIN", "our company EIN 12-3456789 for the business card")
harm("IBAN", "IBAN ES91 2100 0418 4502 0005 1332 for the transfer")
# masked
harm("masked", "xxxx-xxxxxx-x1005")
harm("masked", "****3008 is the one I want to lock")
harm("masked", "card 3782 •••••• •1005 is the gold one")
# harmless long messages rich in numbers
harm("long harmless",
     "On 11/14/2026 at 3:12 pm I bought 2 items at Target store #1842 in Chicago for $84.17 and $12.50, "
     "receipt 4821-0093-2211, then on 11/15 I returned one ($12.50, return auth 77120). My card ending 1005 still "
     "shows both charges. Phone 773-555-0199, zip 60640. Thank you!")
harm("long harmless",
     "Hola, el día 2 de noviembre hice una compra de 349,99 USD en la tienda 118 de Miami, pedido 55-88120, y "
     "todavía no me llega el reembolso. Mi tarjeta termina en 3008 y mi código postal es 33131. Mi teléfono es 305-555-0177.")
harm("long harmless",
     "Trip: flight UA 889 on 12/20 at 6:45am, hotel conf 48213377, car rental res 1A2B3C. Please note travel "
     "to Tokyo 12/20-01/04. Card ending 1013.")
# harmless number words
harm("number words", "three charges of forty five dollars each")
harm("number words", "I have two cards, the gold and the blue one")
harm("number words", "tengo tres tarjetas y dos usuarios adicionales")
# short numeric replies that are harmless in context
harm("short", "10285")
harm("short", "1005")
harm("short", "$127.43")
harm("short", "yes the 15th")
harm("short", "option 2")
# more look-alikes next to cue-ish words
harm("card word + amount", "the card was declined for $1,234.56 at 4:15")
harm("card word + date", "card replacement arrived 12/01/2026, tracking 9405 5036 9930 0123 4567 89")
harm("security + phone", "the security team called from 1-800-528-2122, is that legit?")
harm("password + date", "password expired on 2026-11-30")
harm("pin + count", "I entered my PIN wrong 3 times")
harm("otp + time", "the one-time code took 15 minutes to arrive")
harm("ssn + count", "SSN has 9 digits, I only want to give the last 4")
harm("code + amount", "the code on the coupon gave me $20 off")
harm("social + year", "social media account hacked in 2024, not my card")
harm("cvv + date", "CVV changed when the new card came on 11/02")
harm("text + number", "I got a text from 96711 about a charge of $500")
harm("text + amount", "the text said a charge of $742.18 at Walmart, it wasn't me")
harm("verify + zip", "verify me: zip 10285 last four 1005")
harm("back of card + phone", "the number on the back of the card is 1-800-528-4800, right?")
harm("front of card + year", "the front of the card says member since 09")
harm("clave + date", "la clave del wifi del hotel no funciona")
harm("token word", "token de acceso expiró a las 15:30")
harm("security question", "what security question did I set up in 2020?")
harm("PIN talk Spanish", "quiero cambiar mi NIP del cajero")
harm("order + card word", "order 302-4419902-1183307 paid with my gold card")
harm("serial + card", "the card reader serial is 170-419-8822")
harm("reward points", "I have 48,213 points, how much is that?")
harm("statement", "statement 11/2026: new charges 2,119.40, payments 1,500.00, balance 4,882.13")
harm("percentage", "APR went up to 29.24% from 21.99%")
harm("ticket", "ticket number 0012345678901 from the airline")
harm("membership", "Costco membership 111 2223 334")
harm("apartment code", "buzzer code for delivery is apartment 4B")
harm("years range", "2019-2024 statements please")
harm("version", "app version 6.12.0 keeps crashing")
harm("model number", "bought a Samsung QN65Q80C for $1,099.99")
harm("coordinates", "I was at 40.7128, -74.0060 when it got stolen")
harm("license plate", "rental car plate 7ABC123")
harm("phone in spanish words", "mi teléfono es cinco cinco cinco, cero uno, ocho siete")
harm("postal + city", "Calle Mayor 12, 28013 Madrid")
harm("phone + last 4", "call 212-555-0187 about card ending 1005")
harm("question about code arrival", "how long does the verification text take? it's been 5 min")
harm("correction harmless", "the charge was $46.10 sorry I mean $46.01")
harm("correction harmless", "zip 10258 sorry I mean 10285")
harm("correction harmless", "last 4 1050, no wait, 1005")
harm("emoji harmless", "charged 💵 $89.99 🙄 on 11/29")
harm("keycap harmless", "option 2️⃣ please")
harm("fullwidth harmless", "ｚｉｐ １０２８５")


# harder harmless look-alikes (added after the first run, before looking at anything but the counts)
res16 = bad_luhn("5420", 16)
harm("hard: reservation 16 digits failing Luhn", f"hotel reservation {g4(res16)} for 12/20-12/23")
harm("hard: approval code on receipt", "the receipt shows approval code 482913 for $64.20")
harm("hard: amounts made of same digits", "I was charged 3 times: $4.82, $48.20 and $482.00")
harm("hard: reset code never came", "password reset code never came, I asked at 10:15 and again at 10:32")
harm("hard: expiry then zip", "exp 09/28, zip 10285")
harm("hard: expiry then last four", "exp 09/28 and 1005 is the last four")
harm("hard: back of card question then distance", "the 3 digits on the back? I don't have the card, it's at home 2 hours away")
harm("hard: text says payment amount", "the text you sent says my payment of $250.00 posted")
harm("hard: message came to my phone with phone number", "the one that came to my phone says call 844-555-0111, is that you?")
harm("hard: email with amount", "your email said my statement of $1,284.10 is ready")
harm("hard: how many fields", "Did you need the CVV? I see 3 boxes on the form")
harm("hard: PIN envelope date", "my PIN mailer came on 11/29")
harm("hard: cvv digits question", "cvv 3 digits or 4?")
harm("hard: code length question", "is the code 6 digits or 8?")
harm("hard: Spanish clave length", "mi clave tiene 8 caracteres y no me deja entrar")
harm("hard: Spanish code length", "¿el código de seguridad de la amex tiene 4 dígitos?")
harm("hard: Spanish order + reference", "número de pedido 7720194, referencia 4821")
harm("hard: confirmation 12 digits grouped", "Confirmation: 4929 1828 3911")
harm("hard: SSN refusal with last 4", "SSN? no, I'll only give you the last 4: 4412")
harm("hard: texted code expiry count", "I got 6 texts and every code expired in 10 min")
harm("hard: social + year range", "I've had the same social worker since 2019-2022")
harm("hard: security deposit", "security deposit of $1,500 for apartment 4821")
harm("hard: code word + building", "building code 2019 requires it, not card related")
harm("hard: sms short code", "I got an sms from 262966 saying my card was used")

out = HERE / "guard_probe32.jsonl"
with out.open("w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
n_s = sum(r["sensitive"] for r in rows)
print(f"wrote {len(rows)} lines ({n_s} sensitive, {len(rows) - n_s} harmless) to {out}")
