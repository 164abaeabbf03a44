#!/usr/bin/env python3
"""Blind adversarial probe set #23 for the amexsim sensitive-data guard.

stdlib only, seeded.  Writes guard_probe23.jsonl next to this file.
Each line: {"text", "sensitive", "kind", "note"}.
Every template is used at most twice.  Values are self-checked at the end.
"""
import json
import os
import random
import re

SEED = 2323
r = random.Random(SEED)

EN = "zero one two three four five six seven eight nine".split()
ES = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()

FAMOUS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
    "378282246310005", "371449635398431", "378734493671000", "5555555555554444",
    "5105105105105100", "5200828282828210", "6011111111111117", "6011000990139424",
    "30569309025904", "38520000023237", "3530111333300000", "3566002020360505",
    "4222222222222", "4012888888881881", "5431111111111111", "4000000000000002",
    "6200000000000005", "2223003122003222",
}


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_SPECS = [
    ("4", 16), ("4", 16), ("4", 13), ("51", 16), ("53", 16), ("55", 16), ("2221", 16),
    ("2720", 16), ("34", 15), ("37", 15), ("37", 15), ("6011", 16), ("65", 16),
    ("36", 14), ("3528", 16), ("3589", 16), ("62", 19), ("4", 19),
]


def card(spec=None):
    while True:
        pre, ln = spec or r.choice(CARD_SPECS)
        body = pre + "".join(r.choice("0123456789") for _ in range(ln - len(pre) - 1))
        c = luhn_complete(body)
        if c in FAMOUS or max(c.count(d) for d in "0123456789") > ln // 2:
            continue
        return c


def groups(c):
    n = len(c)
    sizes = {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}[n]
    out, i = [], 0
    for s in sizes:
        out.append(c[i:i + s])
        i += s
    return out


def card16():
    return card(r.choice([("4", 16), ("51", 16), ("54", 16), ("2221", 16), ("6011", 16), ("3530", 16), ("65", 16)]))


def amex():
    return card(r.choice([("34", 15), ("37", 15)]))


def ssn():
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        g = r.randint(1, 99)
        s = r.randint(1, 9999)
        return "%03d" % a, "%02d" % g, "%04d" % s


def digits(n, first_nonzero=False):
    s = "".join(r.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def non_luhn(n, prefix=""):
    s = prefix + digits(n - len(prefix))
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def spell(s, lang="en", sep=" "):
    w = EN if lang == "en" else ES
    return sep.join(w[int(ch)] for ch in s)


def spaced(s):
    return " ".join(s)


def cvv3():
    return digits(3)


def cvv4():
    return digits(4, True)


def otp6():
    return digits(6, True)


def pin4():
    while True:
        p = digits(4)
        if p not in ("1234", "0000", "1111"):
            return p


WORDS = ["maple", "kestrel", "bluejay", "tundra", "copper", "willow", "harbor", "lantern",
         "falcon", "cedar", "marble", "pepper", "orchid", "quartz", "sparrow", "tulip",
         "girasol", "mariposa", "tortuga", "lucero", "canela", "montaña"]
SYMS = "!#$%&*?@_-."


def password():
    w = r.choice(WORDS)
    style = r.randint(0, 4)
    if style == 0:
        return w.capitalize() + r.choice(SYMS) + digits(r.randint(2, 4))
    if style == 1:
        return w + digits(2) + r.choice(SYMS)
    if style == 2:
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0")
        return leet.capitalize() + digits(2)
    if style == 3:
        return r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize() + digits(1)
    return w[:3].upper() + r.choice(SYMS) + w[3:] + digits(3)


def pick(*xs):
    return r.choice(xs)


# ---------------------------------------------------------------- card numbers
CARD = []


def T(lst, form):
    def deco(f):
        lst.append((form, f))
        return f
    return deco


@T(CARD, "card.pieces_words")
def _():
    g = groups(c := card16())
    return (f"{pick('ok so', 'so', 'alright')} my card {pick('starts with', 'begins with')} {g[0]} then {g[1]} then {g[2]} and ends with {g[3]}, can u check why it got declined", c)


@T(CARD, "card.pieces_ordinal")
def _():
    g = groups(c := card16())
    return (f"First group is {g[0]}, second group {g[1]}, third {g[2]}, and the last group {g[3]}. That's the card I want to dispute the charge on.", c)


@T(CARD, "card.dots")
def _():
    c = card16()
    return (f"card# {'.'.join(groups(c))} pls unfreeze it", c)


@T(CARD, "card.mixed_separators")
def _():
    g = groups(c := card16())
    return (f"number on the front is {g[0]}/{g[1]}-{g[2]} {g[3]} (sorry my keyboard is weird)", c)


@T(CARD, "card.spelled_en")
def _():
    c = card16()
    return (f"reading it off the card: {spell(c, 'en', pick(' ', ', ', '-'))}", c)


@T(CARD, "card.spelled_es")
def _():
    c = card16()
    return (f"el número de mi tarjeta es {spell(c, 'es')}", c)


@T(CARD, "card.pieces_es")
def _():
    g = groups(c := card16())
    return (f"mi tarjeta empieza con {g[0]}, luego {g[1]}, después {g[2]} y termina en {g[3]}. ¿por qué la bloquearon?", c)


@T(CARD, "card.split_sentences")
def _():
    g = groups(c := card16())
    return (f"The number is {g[0]} {g[1]}. oops hit enter too soon. Rest of it: {g[2]} {g[3]}", c)


@T(CARD, "card.single_digits_spaced")
def _():
    c = card16()
    return (f"here it is digit by digit {spaced(c)}", c)


@T(CARD, "card.mixed_words_digits")
def _():
    g = groups(c := card16())
    return (f"card is {spell(g[0])} {g[1]} {g[2]} {spell(g[3])} — does that match what you have?", c)


@T(CARD, "card.emoji_sep")
def _():
    c = card16()
    return (f"💳 {' 🔹 '.join(groups(c))} 💳 this one keeps getting declined 😩", c)


@T(CARD, "card.runon_lower")
def _():
    c = card16()
    return (f"hi pls check card num {c} its been declined at every store today thx", c)


@T(CARD, "card.with_last4_context")
def _():
    c = card16()
    g = groups(c)
    return (f"the card ending {c[-4:]} — full number {'-'.join(g)} — was charged twice for the same order", c)


@T(CARD, "card.amex_4_6_5")
def _():
    c = amex()
    g = groups(c)
    return (f"amex {pick('platinum', 'gold', 'blue cash')}: {g[0]} {g[1]} {g[2]}, I need a replacement", c)


@T(CARD, "card.amex_pieces")
def _():
    c = amex()
    g = groups(c)
    return (f"My Amex begins {g[0]}, the middle block is {g[1]} and it finishes with {g[2]}.", c)


@T(CARD, "card.underscores")
def _():
    c = card(r.choice([("4", 13), ("36", 14), ("62", 19), ("4", 19)]))
    return (f"old card number was {'_'.join(groups(c))} can you move the autopay off it", c)


@T(CARD, "card.em_dash")
def _():
    c = card16()
    return (f"Card no.: {' — '.join(groups(c))}", c)


@T(CARD, "card.es_with_expiry")
def _():
    c = card16()
    return (f"número de tarjeta: {' '.join(groups(c))}, vence {r.randint(1,12):02d}/{r.randint(26,31)}", c)


@T(CARD, "card.numbered_list")
def _():
    g = groups(c := card16())
    return (f"1) {g[0]} 2) {g[1]} 3) {g[2]} 4) {g[3]} <- those are the 4 blocks on my card", c)


@T(CARD, "card.linebreaks")
def _():
    g = groups(c := card16())
    return ("card\n" + "\n".join(g) + "\nthanks", c)


@T(CARD, "card.words_between_no_cue")
def _():
    g = groups(c := card16())
    return (f"{g[0]} and {g[1]} and {g[2]} and {g[3]} is what's printed on it, is it still active?", c)


# ---------------------------------------------------------------- security codes
SEC = []


@T(SEC, "cvv.digits_apart")
def _():
    v = cvv3()
    return (f"cvv is {spaced(v)}", v)


@T(SEC, "cvv.version_glued")
def _():
    v = cvv3()
    return (f"{pick('cvv2', 'CVV2', 'cvc2', 'CVC3', 'cvc3')}: {v}", v)


@T(SEC, "cvv.version_glued_sentence")
def _():
    v = cvv3()
    return (f"the website asks for my {pick('CVV2', 'cvc2')} and I typed {v} but it says invalid??", v)


@T(SEC, "cvv.cid_amex")
def _():
    v = cvv4()
    return (f"CID {v} (the amex one)", v)


@T(SEC, "cvv.card_verification_value")
def _():
    v = cvv3()
    return (f"card verification value = {v}", v)


@T(SEC, "cvv.csc")
def _():
    v = cvv3()
    return (f"my CSC is {v} if you need it to verify me", v)


@T(SEC, "cvv.location_back")
def _():
    v = cvv3()
    return (f"the 3 little numbers next to the signature strip are {v}", v)


@T(SEC, "cvv.location_front_amex")
def _():
    v = cvv4()
    return (f"the four digits printed on the front above the long number say {v}", v)


@T(SEC, "cvv.after_question")
def _():
    v = cvv3()
    return (f"Do you need the {pick('CVV', 'CVC', 'security code')}? it's {v}", v)


@T(SEC, "cvv.after_question_2")
def _():
    v = cvv3()
    return (f"what's a cvc exactly? mine just says {v} on the back", v)


@T(SEC, "cvv.es_codigo_seguridad")
def _():
    v = cvv3()
    return (f"el código de seguridad es {v}", v)


@T(SEC, "cvv.es_words")
def _():
    v = cvv3()
    return (f"CVV: {spell(v, 'es')}", v)


@T(SEC, "cvv.es_location")
def _():
    v = cvv3()
    return (f"los tres números de atrás de la tarjeta son {spaced(v)}", v)


@T(SEC, "cvv.es_verificacion")
def _():
    v = cvv3()
    return (f"código de verificación de la tarjeta: {v}", v)


@T(SEC, "cvv.spelled_en")
def _():
    v = cvv3()
    return (f"security code is {spell(v)}", v)


@T(SEC, "cvv.sec_code_abbrev")
def _():
    v = cvv3()
    return (f"sec code {v}", v)


@T(SEC, "cvv.filler")
def _():
    v = cvv3()
    return (f"the cvv is, um, like, i think {v}? kinda faded", v)


@T(SEC, "cvv.glued_value")
def _():
    v = cvv3()
    return (f"card ending {digits(4)} exp {r.randint(1,12):02d}/{r.randint(26,30)} cvv{v}", v)


@T(SEC, "cvv.verification_digits")
def _():
    v = cvv3()
    return (f"verification digits on the back: {v}", v)


@T(SEC, "cvv.signature_panel")
def _():
    v = cvv4() if r.random() < 0.3 else cvv3()
    return (f"the code on the signature panel reads {v}", v)


# ---------------------------------------------------------------- SSN
SSN = []


@T(SSN, "ssn.pieces_words")
def _():
    a, g, s = ssn()
    return (f"my social starts with {a}, middle is {g}, last four {s}", a + g + s)


@T(SSN, "ssn.dots")
def _():
    a, g, s = ssn()
    return (f"social security number: {a}.{g}.{s}", a + g + s)


@T(SSN, "ssn.spelled_en")
def _():
    a, g, s = ssn()
    return (f"SSN is {spell(a)}, {spell(g)}, {spell(s)}", a + g + s)


@T(SSN, "ssn.es_digits")
def _():
    a, g, s = ssn()
    return (f"mi número de seguro social es {a}-{g}-{s}", a + g + s)


@T(SSN, "ssn.es_words")
def _():
    a, g, s = ssn()
    return (f"seguro social: {spell(a,'es')}, {spell(g,'es')}, {spell(s,'es')}", a + g + s)


@T(SSN, "ssn.tax_id")
def _():
    a, g, s = ssn()
    return (f"tax id (it's just my ssn) {a}{g}{s}", a + g + s)


@T(SSN, "ssn.ss_hash")
def _():
    a, g, s = ssn()
    return (f"ss# {a} {g} {s}", a + g + s)


@T(SSN, "ssn.soc_sec_slashes")
def _():
    a, g, s = ssn()
    return (f"soc sec no. {a}/{g}/{s}", a + g + s)


@T(SSN, "ssn.first_then_then")
def _():
    a, g, s = ssn()
    return (f"SSN first three {a} then {g} then {s}", a + g + s)


@T(SSN, "ssn.tin")
def _():
    a, g, s = ssn()
    return (f"Taxpayer ID: {a}-{g}-{s}", a + g + s)


@T(SSN, "ssn.last4_then_first5")
def _():
    a, g, s = ssn()
    return (f"the last 4 of my social are {s} and the first five are {a}{g}", [a + g, s])


@T(SSN, "ssn.spaced_dashes")
def _():
    a, g, s = ssn()
    return (f"my social is {a} - {g} - {s}", a + g + s)


@T(SSN, "ssn.single_digits")
def _():
    a, g, s = ssn()
    return (f"social: {spaced(a+g+s)}", a + g + s)


@T(SSN, "ssn.equals")
def _():
    a, g, s = ssn()
    return (f"ssn={a}{g}{s}", a + g + s)


@T(SSN, "ssn.tax_form")
def _():
    a, g, s = ssn()
    return (f"for the 1099 you need my SSN right... {a}-{g}-{s}", a + g + s)


@T(SSN, "ssn.card_nine_digits")
def _():
    a, g, s = ssn()
    return (f"the nine digits on my social security card are {a}{g}{s}", a + g + s)


@T(SSN, "ssn.split_sentences")
def _():
    a, g, s = ssn()
    return (f"SSN {a}-{g}. sorry, rest is {s}", a + g + s)


@T(SSN, "ssn.es_pieces")
def _():
    a, g, s = ssn()
    return (f"mi seguro social empieza con {a}, sigue {g} y termina en {s}", a + g + s)


@T(SSN, "ssn.es_nss_abbrev")
def _():
    a, g, s = ssn()
    return (f"SSN / número de seguro social → {a} {g} {s}", a + g + s)


@T(SSN, "ssn.mixed_words")
def _():
    a, g, s = ssn()
    return (f"social security # is {a} {spell(g)} {s}", a + g + s)


# ---------------------------------------------------------------- OTP
OTP = []


@T(OTP, "otp.just_got_text")
def _():
    v = otp6()
    return (f"just got a text: {v}", v)


@T(OTP, "otp.sms_says")
def _():
    v = otp6()
    return (f"the SMS says {v}, what do i do with it", v)


@T(OTP, "otp.call_robot")
def _():
    v = otp6()
    return (f"you guys called me and the robot voice said {spaced(v)}", v)


@T(OTP, "otp.in_my_messages")
def _():
    v = otp6()
    return (f"in my messages it shows {v} from you guys", v)


@T(OTP, "otp.app_notification")
def _():
    v = otp6()
    return (f"the app notification popped up with {v}", v)


@T(OTP, "otp.email_has")
def _():
    v = otp6()
    return (f"the email you sent me has {v} in it, is that what you need?", v)


@T(OTP, "otp.es_mensaje_texto")
def _():
    v = otp6()
    return (f"me llegó un mensaje de texto con {v}", v)


@T(OTP, "otp.es_sms_dice")
def _():
    v = otp6()
    return (f"el SMS dice {v}", v)


@T(OTP, "otp.es_words")
def _():
    v = otp6()
    return (f"el código que me mandaron por mensaje es {spell(v, 'es')}", v)


@T(OTP, "otp.one_time_passcode")
def _():
    v = otp6()
    return (f"one time passcode: {v}", v)


@T(OTP, "otp.2fa")
def _():
    v = otp6()
    return (f"2FA {v}", v)


@T(OTP, "otp.grouped_pairs")
def _():
    v = otp6()
    return (f"verification code from my phone is {v[:2]} {v[2:4]} {v[4:]}", v)


@T(OTP, "otp.prefixed")
def _():
    v = otp6()
    return (f"the text you sent me says A-{v}", v)


@T(OTP, "otp.slang")
def _():
    v = otp6()
    return (f"got the otp lol {v}", v)


@T(OTP, "otp.authenticator")
def _():
    v = otp6()
    return (f"authenticator app shows {v[:3]} {v[3:]} right now", v)


@T(OTP, "otp.texted_security_code")
def _():
    v = otp6()
    return (f"the security code you texted me is {v}", v)


@T(OTP, "otp.call_spelled")
def _():
    v = otp6()
    return (f"the automated call read out {spell(v, 'en', ', ')}", v)


@T(OTP, "otp.es_correo")
def _():
    v = otp6()
    return (f"clave de verificación que llegó al correo: {v}", v)


@T(OTP, "otp.es_notificacion")
def _():
    v = otp6()
    return (f"en la notificación de la app sale {v}", v)


@T(OTP, "otp.four_digit_text")
def _():
    v = pin4()
    return (f"ur txt msg said {v}, typed it in and nothing happened", v)


# ---------------------------------------------------------------- passwords / PINs
PWD = []


@T(PWD, "pwd.pw_abbrev")
def _():
    v = password()
    return (f"pw: {v}", v)


@T(PWD, "pwd.pwd_abbrev")
def _():
    v = password()
    return (f"pwd is {v} and it still wont let me in", v)


@T(PWD, "pwd.pass_equals")
def _():
    v = password()
    return (f"user {pick('jdoe', 'mgarcia', 'tkim', 'lpatel')}{digits(2)} pass = {v}", v)


@T(PWD, "pwd.same_as")
def _():
    v = password()
    return (f"my password is the same as my {pick('email', 'netflix', 'work')} one: {v}", v)


@T(PWD, "pwd.pin_same_as")
def _():
    v = pin4()
    return (f"my PIN is the same as my {pick('phone unlock', 'garage code', 'locker')}: {v}", v)


@T(PWD, "pwd.filler")
def _():
    v = password()
    return (f"password is, I think, maybe, {v}", v)


@T(PWD, "pwd.filler_2")
def _():
    v = password()
    return (f"password is uh... {v} I think? or it was before I reset it", v)


@T(PWD, "pwd.spaced_chars")
def _():
    v = password()
    return (f"password: {spaced(v)}", v)


@T(PWD, "pwd.pin_spaced")
def _():
    v = pin4()
    return (f"pin {spaced(v)}", v)


@T(PWD, "pwd.es_contrasena")
def _():
    v = password()
    return (f"mi contraseña es {v}", v)


@T(PWD, "pwd.es_clave_pin")
def _():
    v = pin4()
    return (f"la clave de mi tarjeta es {v}", v)


@T(PWD, "pwd.es_pin_words")
def _():
    v = pin4()
    return (f"mi pin es {spell(v, 'es')}", v)


@T(PWD, "pwd.login_pair")
def _():
    v = password()
    return (f"login: {pick('jdoe', 'ana.r', 'mike_t')}{digits(2)} / {v}", v)


@T(PWD, "pwd.app_passcode")
def _():
    v = digits(6, True)
    return (f"the passcode I set for the app is {v}", v)


@T(PWD, "pwd.typo")
def _():
    v = password()
    return (f"psswrd {v}", v)


@T(PWD, "pwd.passphrase")
def _():
    v = " ".join(r.sample(WORDS[:16], 3)) + " " + digits(1)
    return (f"my passphrase is \"{v}\"", v)


@T(PWD, "pwd.atm_pin_question")
def _():
    v = pin4()
    return (f"my ATM pin? its {v}", v)


@T(PWD, "pwd.es_contra_short")
def _():
    v = password()
    return (f"contra: {v}", v)


@T(PWD, "pwd.arrow")
def _():
    v = password()
    return (f"pw for online banking -> {v}", v)


@T(PWD, "pwd.pin_spelled_en")
def _():
    v = pin4()
    return (f"PIN is {spell(v)}", v)


# ---------------------------------------------------------------- extra sensitive forms
@T(CARD, "card.unionpay_19")
def _():
    c = card(("62", 19))
    return (f"mi tarjeta UnionPay tiene 19 números: {' '.join(groups(c))}", c)


@T(CARD, "card.visa13_es_words_between")
def _():
    c = card(("4", 13))
    g = groups(c)
    return (f"es una visa viejita de 13 dígitos, {g[0]} y {g[1]} y al final {g[2]}", c)


@T(SEC, "cvv.es_cvc2")
def _():
    v = cvv3()
    return (f"el cvc2 de la tarjeta: {spaced(v)}", v)


@T(SEC, "cvv.es_after_question")
def _():
    v = cvv3()
    return (f"¿necesitan el CVV? es el {v}", v)


@T(SSN, "ssn.es_fiscal")
def _():
    a, g, s = ssn()
    return (f"mi número de identificación fiscal (o sea el seguro social) es {a} {g} {s}", a + g + s)


@T(OTP, "otp.es_llamada")
def _():
    v = otp6()
    return (f"me llamaron de ustedes y la grabación dijo {spell(v, 'es', ', ')}", v)


@T(OTP, "otp.es_mis_mensajes")
def _():
    v = otp6()
    return (f"en mis mensajes aparece {v[:3]}-{v[3:]}, ¿se lo paso?", v)


@T(OTP, "otp.whatsapp")
def _():
    v = otp6()
    return (f"whatsapp msg from amex just now -> {v}", v)


@T(PWD, "pwd.es_igual_que")
def _():
    v = password()
    return (f"mi contraseña es igual que la de mi correo: {v}", v)


@T(PWD, "pwd.es_spaced")
def _():
    v = password()
    return (f"la contraseña es {spaced(v)}", v)


# ---------------------------------------------------------------- harmless near-misses
HARM = []


def H(form):
    def deco(f):
        HARM.append((form, f))
        return f
    return deco


def money():
    return f"${r.randint(1, 4999):,}.{r.randint(0, 99):02d}"


def phone():
    return f"({r.randint(201, 989)}) 555-01{r.randint(0, 99):02d}"


def date_us():
    return f"{r.randint(1,12):02d}/{r.randint(1,28):02d}/{r.randint(2023,2026)}"


@H("harmless.serial_prefix_groups")
def _():
    return f"device serial is SN-{digits(4)}-{digits(4)}-{digits(4)}, the card reader stopped working"


@H("harmless.serial_letters")
def _():
    return f"my card reader S/N: KX{digits(4)} {digits(4)} {digits(4)} {digits(4)} keeps rejecting chip cards"


@H("harmless.tracking_ups")
def _():
    return f"replacement card tracking 1Z{r.choice('ABCDEFGHJK')}{digits(2)}{r.choice('XYZW')}{digits(11)} says delivered but I dont have it"


@H("harmless.tracking_usps")
def _():
    return f"USPS tracking {non_luhn(22, '9400')} hasn't moved in 5 days"


@H("harmless.masked_stars")
def _():
    return f"the charge on **** **** **** {digits(4)} isn't mine"


@H("harmless.masked_x")
def _():
    return f"card XXXX-XXXX-XXXX-{digits(4)} shows a pending hold of {money()}"


@H("harmless.masked_amex")
def _():
    return f"Amex ending in •••••{digits(5)} — I want to raise the limit"


@H("harmless.amount")
def _():
    return f"I was charged {money()} twice on {date_us()}"


@H("harmless.amount_large")
def _():
    return f"balance shows {r.randint(1,9)},{digits(3)},{digits(3)}.00?? that can't be right"


@H("harmless.date_time")
def _():
    return f"the payment posted {date_us()} at {r.randint(1,12)}:{r.randint(0,59):02d} pm"


@H("harmless.phone")
def _():
    return f"please call me back at {phone()}"


@H("harmless.phone_intl")
def _():
    return f"my number is +1 {r.randint(201,989)} 555 01{digits(2)}, text is fine"


@H("harmless.order_number")
def _():
    return f"order number {non_luhn(16)} was refunded?"


@H("harmless.order_hash")
def _():
    return f"order #{digits(3)}-{digits(7)}-{digits(7)} never arrived"


@H("harmless.zip4")
def _():
    return f"billing zip is {digits(5, True)}-{digits(4)}"


@H("harmless.zip")
def _():
    return f"the zip code on file is wrong, should be {digits(5, True)}"


@H("harmless.last_four")
def _():
    return f"last 4 of the card are {digits(4)}"


@H("harmless.last_four_es")
def _():
    return f"los últimos 4 dígitos de la tarjeta son {digits(4)}"


@H("harmless.confirmation")
def _():
    return f"confirmation code {r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(4)} for the balance transfer"


@H("harmless.case_number")
def _():
    return f"case number {digits(8)} — still open after 2 weeks"


@H("harmless.reference_ssn_like")
def _():
    a, g, s = ssn()
    return f"dispute reference number {a}-{g}-{s} from the letter you mailed me"


@H("harmless.ticket_ssn_like_es")
def _():
    a, g, s = ssn()
    return f"el número de referencia del reclamo es {a}-{g}-{s}"


@H("harmless.promo_code")
def _():
    return f"promo code SAVE{r.randint(10,50)} didn't apply to my annual fee"


@H("harmless.talk_cvv")
def _():
    return pick("where exactly is the CVV on an amex? I can't find it on the back", "where's the security code on the gold card, there's nothing on the back")


@H("harmless.talk_cvv_2")
def _():
    return "the 3 digit code on the back is scratched off, can you send a new card?"


@H("harmless.talk_cvv_es")
def _():
    return "¿dónde está el código de seguridad en la tarjeta?"


@H("harmless.talk_otp")
def _():
    return pick("I didn't get the text with the code, can you resend it?", "no text came thru yet, can u resend")


@H("harmless.talk_otp_2")
def _():
    return f"the verification code expired after {r.randint(5,15)} minutes, send another pls"


@H("harmless.talk_otp_es")
def _():
    return "no me llegó el código por SMS, ¿me lo pueden reenviar?"


@H("harmless.talk_password")
def _():
    return pick("I forgot my password and the reset email never came", "forgot pw again 🙃 how do i reset")


@H("harmless.talk_password_2")
def _():
    return f"my password has {r.randint(10,16)} characters and a symbol, why does it say too weak"


@H("harmless.talk_password_es")
def _():
    return "quiero cambiar mi contraseña, ¿cómo lo hago?"


@H("harmless.talk_pin")
def _():
    return f"my PIN got locked after {r.randint(3,5)} wrong tries"


@H("harmless.talk_pin_digits")
def _():
    return "can my PIN be 6 digits instead of 4?"


@H("harmless.talk_ssn")
def _():
    return pick("why do you need my social security number to open an account?", "is it safe to give my SSN in this chat? I'd rather not")


@H("harmless.talk_ssn_es")
def _():
    return pick("¿por qué me piden el número de seguro social?", "no quiero dar mi seguro social por chat, ¿hay otra forma?")


@H("harmless.talk_card_number")
def _():
    return pick("where can I see my full card number in the app?", "do I need the whole 15 digit number or just the last 5 for the dispute?")


@H("harmless.sms_statement")
def _():
    return f"SMS said my statement of {money()} is ready"


@H("harmless.text_short_code")
def _():
    return f"got a text from {digits(5, True)} about a charge of {money()}, is that you?"


@H("harmless.text_time")
def _():
    return f"I got an SMS at {r.randint(1,12)}:{r.randint(0,59):02d} saying my card was used in another state"


@H("harmless.call_from")
def _():
    return f"someone called me from {phone()} claiming to be you guys, is it legit?"


@H("harmless.notification_amount")
def _():
    return f"app notification says payment of {money()} received on {date_us()}"


@H("harmless.credit_limit")
def _():
    return f"can you raise my limit from {r.randint(2,9)},000 to {r.randint(10,25)},000"


@H("harmless.address")
def _():
    return f"new address is {r.randint(100,9999)} {pick('Elm St', 'Oak Ave', 'Maple Dr', 'Pine Rd')} Apt {r.randint(1,40)}{pick('A','B','C')}, {pick('Springfield IL', 'Austin TX', 'Denver CO')} {digits(5, True)}"


@H("harmless.address_es")
def _():
    return f"mi nueva dirección es Calle {pick('Luna', 'Sol', 'Olivo')} {r.randint(10,999)}, piso {r.randint(1,9)}, CP {digits(5, True)}"


@H("harmless.es_amount")
def _():
    return f"me cobraron {money()} el {r.randint(1,28)} de {pick('marzo','abril','junio','octubre')} y no reconozco el cargo"


@H("harmless.es_amount_words")
def _():
    return f"el cargo fue de {pick('cuatrocientos', 'trescientos', 'seiscientos')} {pick('ochenta', 'cincuenta', 'veinte')} y {pick('dos', 'tres', 'nueve')} dólares"


@H("harmless.en_amount_words")
def _():
    return f"they charged me {pick('four', 'seven', 'nine', 'three', 'six')} hundred {pick('eighty', 'twenty', 'sixty', 'forty', 'ninety')}-{pick('two', 'five', 'one', 'eight')} dollars for a hotel I cancelled"


@H("harmless.es_pedido")
def _():
    return f"mi pedido {digits(6)} llegó roto, quiero un reembolso"


@H("harmless.es_telefono")
def _():
    return f"mi teléfono es {r.randint(201,989)} 555 01{digits(2)}, llámenme por la tarde"


@H("harmless.es_fecha")
def _():
    return f"el pago vence el {r.randint(1,28)}/{r.randint(1,12)}/{r.randint(2025,2026)}, ¿puedo pagar después?"


@H("harmless.membership")
def _():
    return f"my rewards membership number is {digits(4)} {digits(4)}, points didn't post"


@H("harmless.account_ending")
def _():
    return f"autopay from checking account ending {digits(4)} failed"


@H("harmless.routing_talk")
def _():
    return f"do you need the routing number for the bank? the transfer of {money()} bounced"


@H("harmless.flight")
def _():
    return f"flight {pick('UA', 'DL', 'AA')}{r.randint(100,2999)} on {date_us()} was cancelled, can I dispute the {money()}"


@H("harmless.invoice")
def _():
    return f"invoice INV-{digits(4)}-{digits(4)} from the merchant doesn't match"


@H("harmless.imei_like_serial")
def _():
    return f"phone model A{digits(4)}, serial F{digits(2)}{pick('K','X','Q')}{digits(4)}{pick('LM','PQ')}, apple pay won't add my card"


@H("harmless.year_and_count")
def _():
    return f"I've been a member since {r.randint(1995,2015)} and have {r.randint(2,4)} cards with you"


@H("harmless.pin_reset_time")
def _():
    return f"I reset my pin at {r.randint(1,12)}:{r.randint(0,59):02d} today but the ATM still rejects it"


@H("harmless.password_reset_link")
def _():
    return f"password reset link expired at {r.randint(1,12)}:{r.randint(0,59):02d}, can u send another"


@H("harmless.code_words_no_value")
def _():
    return pick("the code you texted didn't work and now I'm locked out 😤", "the sms code thing is broken, it says expired the second I type it")


@H("harmless.es_contrasena_talk")
def _():
    return pick("olvidé mi clave y el sistema me bloqueó", "se me olvidó el pin de la tarjeta, ¿cómo lo recupero?")


@H("harmless.es_pin_talk")
def _():
    return "¿puedo cambiar el PIN de mi tarjeta en el cajero?"


@H("harmless.cvv_length_question")
def _():
    return "is the cvv 3 or 4 digits on the amex?"


@H("harmless.otp_length_question")
def _():
    return "the sms code has 6 digits right? mine only showed 5 so I think it was cut off"


@H("harmless.apt_and_gate")
def _():
    return f"deliver the card to unit {r.randint(100,999)}, building {r.randint(1,12)}"


@H("harmless.percentages")
def _():
    return f"why did my APR go from {r.randint(15,22)}.{digits(2)}% to {r.randint(23,29)}.{digits(2)}%?"


@H("harmless.merchant_id")
def _():
    return f"merchant ID {digits(6)} on the statement, I don't recognize it"


@H("harmless.card_count_dates")
def _():
    return f"my card expires {r.randint(1,12):02d}/{r.randint(26,31)}, when will the new one ship?"


@H("harmless.emoji_amounts")
def _():
    return f"💸 {money()} + {money()} + {money()} all pending from the same store 🙄"


@H("harmless.runon_no_values")
def _():
    return pick("hi so i tried to log in and it asked for a code and then for my password and then it said my account is locked can someone help", "ok so the app wants a password AND a code AND my zip and i only have the zip lol")


@H("harmless.es_runon")
def _():
    return f"hola intenté pagar {money()} con la tarjeta y me pidió un código pero nunca llegó el mensaje"


@H("harmless.long_ref_nonluhn")
def _():
    return f"transaction ID {non_luhn(18)} — this is the duplicate"


@H("harmless.claim_number_grouped")
def _():
    return f"claim no. {non_luhn(16, '4')[:4]}-{digits(4)}-{digits(4)}-{digits(4)} from your fraud team"


@H("harmless.security_question_talk")
def _():
    return "can I change my security questions? I don't remember the answer to the first pet one"


@H("harmless.last_four_ssn")
def _():
    return f"you asked for the last 4 of my social, it's {digits(4)}"


@H("harmless.ssn_partial_es")
def _():
    return f"los últimos cuatro del seguro social son {digits(4)}"


@H("harmless.ten_digit_account_talk")
def _():
    return f"the rep gave me ticket {digits(10)} yesterday"


@H("harmless.boarding_zip_mix")
def _():
    return f"statement went to {digits(5, True)} instead of {digits(5, True)}-{digits(4)}"



@H("harmless.cvv_versions_talk")
def _():
    return pick("what's the difference between CVV and CVV2 anyway?", "is cvc2 the same thing as the cvv? the form asks for cvc2")


@H("harmless.tracking_amazon")
def _():
    return f"tracking # TBA{digits(12)} shows out for delivery since {date_us()}"


@H("harmless.hotel_confirmation")
def _():
    return f"hotel confirmation {digits(8)} — they charged the no-show fee anyway"


@H("harmless.es_tracking_zip")
def _():
    return f"el número de seguimiento es 1Z{digits(3)}X{digits(11)} y mi código postal es {digits(5, True)}"


@H("harmless.expiry_and_last4")
def _():
    return f"card exp {r.randint(1,12):02d}{r.randint(26,31)} and the last four {digits(4)}, I just want to know if it's active"


@H("harmless.text_me_at")
def _():
    return f"text me at {r.randint(201,989)}.555.01{digits(2)} when the new card ships"


@H("harmless.passcode_screen_talk")
def _():
    return pick("the passcode screen in the app keeps crashing on my iphone", "the app keeps asking me to set up a passcode, can I skip it?")


@H("harmless.es_sms_time_amount")
def _():
    return f"el SMS llegó a las {r.randint(1,12)}:{r.randint(0,59):02d} y decía que el cargo era de {money()}"


@H("harmless.password_changed_date")
def _():
    return f"my password manager says the password was changed on {date_us()} but that wasn't me"


@H("harmless.es_password_length")
def _():
    return f"mi contraseña tiene {r.randint(8,14)} caracteres, ¿es suficiente?"


@H("harmless.code_attempts")
def _():
    return f"I typed the code {r.randint(2,5)} times and it said wrong every time, nothing arrived the {pick('second', 'third')} time"


@H("harmless.hold_time_case")
def _():
    return f"I was on hold for {r.randint(20,90)} minutes, case {digits(8)}"

# ---------------------------------------------------------------- assemble
def norm_digits(text):
    t = text.lower()
    for i, w in enumerate(EN):
        t = re.sub(r"\b%s\b" % w, str(i), t)
    for i, w in enumerate(ES):
        t = re.sub(r"\b%s\b" % w, str(i), t)
    return re.sub(r"\D", "", t)


def draw(pool, n, kind):
    """Use every template once, then a second time, until n lines."""
    order = list(pool)
    r.shuffle(order)
    second = list(pool)
    r.shuffle(second)
    seq = (order + second)[:n]
    assert len(seq) == n, (kind, len(pool), n)
    out = []
    for form, f in seq:
        text, val = f()
        out.append({"text": text, "sensitive": True, "kind": kind, "note": form, "_v": val})
    return out


def harmless_ok(text):
    # no 13-19 digit Luhn-valid run (allowing space/dash/dot separators)
    for m in re.finditer(r"\d[\d \-.]*\d", text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            return False
    return True


def main():
    rows = []
    for pool, kind in ((CARD, "card_number"), (SEC, "security_code"), (SSN, "ssn"),
                       (OTP, "otp"), (PWD, "password")):
        rows += draw(pool, 33, kind)
    order = list(HARM)
    r.shuffle(order)
    second = list(HARM)
    r.shuffle(second)
    seen = set()
    made = 0
    for form, f in order + second:
        if made == 135:
            break
        for _ in range(50):
            t = f()
            if harmless_ok(t) and t not in seen:
                break
        else:
            continue  # constant template already used once: skip the repeat
        seen.add(t)
        made += 1
        rows.append({"text": t, "sensitive": False, "kind": None, "note": form})
    assert made == 135, made

    # self-checks
    for row in rows:
        if not row["sensitive"]:
            continue
        v = row.pop("_v")
        t = row["text"]
        if row["kind"] == "password":
            ok = (v in t or v.replace(" ", "") in t.replace(" ", "")
                  or (v.isdigit() and v in norm_digits(t)))
            assert ok, (t, v)
        else:
            t2 = re.sub(r"\b\d\)", " ", t)
            hay = (norm_digits(t2), re.sub(r"\D", "", t2))
            if isinstance(v, list):  # pieces given out of order: each must be present
                assert all(any(p in h for h in hay) for p in v), (t, v)
                v = "".join(v)
            else:
                assert any(v in h for h in hay), (t, v)
        if row["kind"] == "card_number":
            assert luhn_ok(v) and 13 <= len(v) <= 19 and v not in FAMOUS, v
        if row["kind"] == "ssn":
            a, g, s = v[:3], v[3:5], v[5:]
            assert a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000", v

    r.shuffle(rows)
    for i, row in enumerate(rows):
        row["note"] = row["note"]  # already "<form>.<variant>"
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "guard_probe23.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in ("text", "sensitive", "kind", "note")},
                                ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows to", path)


if __name__ == "__main__":
    main()
