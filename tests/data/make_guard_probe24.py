#!/usr/bin/env python3
"""Blind probe set #24 for the amexsim sensitive-data guard (stdlib only, seeded).

Writes guard_probe24.jsonl next to this file: one JSON object per line with
{"text", "sensitive", "kind", "note"}; kind in card_number / security_code /
ssn / otp / password / None; note is "<form>.<variant>".
Multi-value messages carry the kind of their first sensitive value and a note
starting with "multi." listing the others.
"""
import json, os, random, re

SEED = 2424
R = random.Random(SEED)
FAMOUS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100",
          "378282246310005", "371449635398431", "6011111111111117", "4012888888881881",
          "4000056655665556", "3530111333300000", "30569309025904", "4222222222222",
          "6011000990139424", "5200828282828210", "378734493671000"}


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
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


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


PREFIX = {"visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2720", "23"], 16),
          "amex": (["34", "37"], 15), "disc": (["6011", "65", "644"], 16),
          "jcb": (["3528", "3566", "3589"], 16), "diners": (["36", "38"], 14),
          "v13": (["4"], 13), "v19": (["4", "62"], 19), "mc16": (["5"], 16)}


def card(kind="any"):
    if kind == "any":
        kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    pres, n = PREFIX[kind]
    while True:
        p = R.choice(pres)
        if kind == "mc16":
            p = "5" + R.choice("12345")
        d = luhn_complete(p + rdig(n - 1 - len(p)))
        if d not in FAMOUS and len(set(d)) > 4:
            return d


def groups(d, sep=" "):
    n = len(d)
    pat = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}.get(n, [4] * (n // 4))
    out, i = [], 0
    for k in pat:
        out.append(d[i:i + k]); i += k
    if i < n:
        out.append(d[i:])
    return sep.join(out)


def parts(d):
    return groups(d, " ").split(" ")


def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)


def ssn(sep="-"):
    return sep.join(ssn_parts())


def cvv(n=3):
    return "".join(R.choice("0123456789") for _ in range(n)).replace("000", "407")


def otp(n=6):
    return str(R.randint(10 ** (n - 1), 10 ** n - 1))


WORDS = ["maple", "rover", "tigger", "sunset", "pumpkin", "lola", "bruno", "falcon", "gato", "luna",
         "mango", "biscuit", "harbour", "kestrel", "pepper", "nacho", "willow", "orion", "chispa", "tornado"]


def pw():
    style = R.randint(0, 5)
    w = R.choice(WORDS)
    if style == 0:
        return w.capitalize() + R.choice("!#$*@") + str(R.randint(10, 99))
    if style == 1:
        return w + str(R.randint(1960, 2012))
    if style == 2:
        return R.choice(WORDS).capitalize() + R.choice(WORDS).capitalize() + str(R.randint(1, 9)) + R.choice("!?%&")
    if style == 3:
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + str(R.randint(10, 999))
    if style == 4:
        return "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return w.upper() + "_" + R.choice(WORDS) + str(R.randint(1, 99))


def pin(n=4):
    while True:
        p = rdig(n)
        if len(set(p)) > 1:
            return p


def exp():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(27, 32))


def spaced(s):
    return " ".join(s)


def phone_us():
    a, b, c = R.choice(["212", "415", "305", "646", "773", "512"]), "555", "%04d" % R.randint(100, 199)
    return cyc(f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1{a}{b}{c}", f"{a} {b} {c}")


def nonluhn(n):
    d = rdig(n)
    if luhn_ok(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    return d


_CYC = {}


def cyc(*opts):
    k = opts
    i = _CYC.get(k, 0)
    _CYC[k] = i + 1
    return opts[i % len(opts)]


def last4():
    return rdig(4)


# ---------------------------------------------------------------- sensitive
C, V, S, O, P = "card_number", "security_code", "ssn", "otp", "password"

SENS = [
    # ---- card numbers -------------------------------------------------
    (C, "plain.spaces_visa", 1, lambda: f"hi, my card number is {groups(card('visa'))} and the payment keeps bouncing"),
    (C, "plain.dashes_mc", 1, lambda: f"Card no. {groups(card('mc'), '-')} - can you check why it was declined at the petrol station?"),
    (C, "plain.compact_amex", 1, lambda: f"the full number is {card('amex')} pls just confirm its active"),
    (C, "order.value_first", 1, lambda: f"{groups(card('any'))} <- thats the card that got charged twice"),
    (C, "pieces.words_between", 2, lambda: (lambda p: f"ok so the card starts {p[0]}, then {p[1]}, after that {p[2]} and it finishes with {p[3]}")(parts(card('visa')))),
    (C, "pieces.dots", 1, lambda: f"number on my card: {groups(card('mc16'), '.')}"),
    (C, "pieces.amex_words", 1, lambda: (lambda p: f"amex starts with {p[0]} middle bit is {p[1]} and the end is {p[2]}")(parts(card('amex')))),
    (C, "pieces.lines", 1, lambda: (lambda p: "here u go\n" + "\n".join(p) + "\nthat's the card")(parts(card('disc')))),
    (C, "es.plain", 1, lambda: f"Hola, mi número de tarjeta es {groups(card('any'))}, me cobraron algo que no reconozco"),
    (C, "es.pieces", 1, lambda: (lambda p: f"la tarjeta empieza por {p[0]} luego {p[1]} despues {p[2]} y termina en {p[3]}")(parts(card('visa')))),
    (C, "spanglish.plain", 1, lambda: f"oye the card es {groups(card('mc'), '-')} porfa check it"),
    (C, "typo.crad", 1, lambda: f"my crad numbr is {card('visa')} i think thre is fraud"),
    (C, "spaced.digits", 1, lambda: f"card # {spaced(card('visa'))}"),
    (C, "length.13", 1, lambda: f"it's an old card, only 13 digits: {card('v13')}"),
    (C, "length.19", 1, lambda: f"the card has 19 digits which is weird: {groups(card('v19'))}"),
    (C, "length.diners14", 1, lambda: f"diners club card {groups(card('diners'))} still valid?"),
    (C, "sep.slashes", 1, lambda: f"account {groups(card('mc'), '/')} shows a pending charge from Ryanair"),
    (C, "emoji.inline", 1, lambda: f"💳 {groups(card('any'))} 💳 please help 😩"),
    (C, "cue.far_before", 1, lambda: f"About the card I phoned about last week, the one my husband also uses for groceries and which got blocked after we travelled to Lisbon in October, here it is: {groups(card('any'))}"),
    (C, "cue.description", 1, lambda: f"the long number across the front of the card reads {groups(card('amex'))}"),
    (C, "paste.block", 1, lambda: f"Cardholder: J. Okafor\nCard Number: {groups(card('any'))}\nBilling ZIP: {R.randint(10000, 99999)}"),
    (C, "nocue.bare", 1, lambda: f"{card('visa')}"),
    (C, "paren.inline", 1, lambda: f"I used my Gold card ({groups(card('amex'))}) at the hotel and got charged in dollars"),
    (C, "uk.spelling", 1, lambda: f"Good afternoon, I'd like to cancel the card numbered {groups(card('visa'))} as it has been stolen from my handbag."),
    (C, "pieces.and_then", 1, lambda: (lambda d: f"first eight digits {d[:8]} and the other eight {d[8:]}")(card('mc'))),
    (C, "mixed.seps", 1, lambda: (lambda p: f"{p[0]}-{p[1]} {p[2]}.{p[3]} is the card")(parts(card('visa')))),
    (C, "lower.runon", 1, lambda: f"so i was trying to pay my rent online and it said card invalid and i typed {card('disc')} like five times so idk whats wrong"),

    # ---- security codes -----------------------------------------------
    (V, "name.cvv", 2, lambda: f"CVV is {cvv()}"),
    (V, "name.cvc_colon", 1, lambda: f"cvc: {cvv()} if you need it for the refund"),
    (V, "name.cid_amex", 2, lambda: f"the CID on my amex is {cvv(4)}"),
    (V, "name.csc", 1, lambda: f"Card security code (CSC) = {cvv()}"),
    (V, "version.cvv2", 2, lambda: f"my CVV2 is {cvv()}, does that help verify"),
    (V, "version.cvc2", 1, lambda: f"cvc2 {cvv()}"),
    (V, "alias.cvn", 1, lambda: f"the site asked for the CVN so I put {cvv()}, was that right?"),
    (V, "alias.cvd", 1, lambda: f"CVD {cvv()}"),
    (V, "alias.card_verification_value", 1, lambda: f"card verification value is {cvv()}"),
    (V, "alias.verification_number", 1, lambda: f"the verification number on the card is {cvv()}"),
    (V, "location.back_three", 1, lambda: f"the 3 numbers on the back are {cvv()}"),
    (V, "location.signature_strip", 1, lambda: f"the little number next to the signature strip says {cvv()}"),
    (V, "location.front_amex", 1, lambda: f"the four small digits printed above the long number on the front: {cvv(4)}"),
    (V, "question_then_value", 2, lambda: f"do you need the security code? it's {cvv()}"),
    (V, "question_then_bare", 1, lambda: f"you want the cvv right?\n{cvv()}"),
    (V, "spaced.digits", 2, lambda: f"cvv {spaced(cvv())}"),
    (V, "dashed.digits", 1, lambda: f"security code is {'-'.join(cvv())}"),
    (V, "order.value_first", 1, lambda: f"{cvv()} is the cvc on the back"),
    (V, "es.codigo_seguridad", 2, lambda: f"el código de seguridad de la tarjeta es {cvv()}"),
    (V, "es.tres_digitos", 1, lambda: f"los tres dígitos de atrás son {cvv()}"),
    (V, "spanglish.cvv", 1, lambda: f"ok el cvv es {cvv()} ya lo puse pero no pasa"),
    (V, "emoji.cvc", 1, lambda: f"CVC {cvv()} 👍"),
    (V, "typo.ccv", 1, lambda: f"ccv numbr {cvv()}"),
    (V, "cue.far_before", 1, lambda: f"Regarding the security code, the website kept rejecting it even though I checked it three times under the lamp, so I'm giving it to you: {cvv()}"),

    # ---- SSNs ---------------------------------------------------------
    (S, "name.ssn_dashes", 2, lambda: f"SSN {ssn()}"),
    (S, "name.social_compact", 2, lambda: f"my social is {ssn('')}"),
    (S, "name.full_spaces", 1, lambda: f"Social Security Number: {ssn(' ')}"),
    (S, "name.tax_id", 1, lambda: f"for the 1099 my tax ID is {ssn()}"),
    (S, "name.ss_hash", 1, lambda: f"SS# {ssn()}"),
    (S, "name.soc_sec", 1, lambda: f"soc sec no. {ssn('')}"),
    (S, "pieces.words_between", 2, lambda: (lambda a, b, c: f"my ssn, first three are {a}, then {b}, last four {c}")(*ssn_parts())),
    (S, "pieces.lines", 1, lambda: (lambda a, b, c: f"social security:\n{a}\n{b}\n{c}")(*ssn_parts())),
    (S, "pieces.and", 1, lambda: (lambda a, b, c: f"social starts with {a} and then {b} and ends {c}")(*ssn_parts())),
    (S, "sep.dots", 1, lambda: f"ssn {ssn('.')}"),
    (S, "order.value_first", 2, lambda: f"{ssn()} - that's my social, verify me please"),
    (S, "es.seguro_social", 2, lambda: f"mi número de seguro social es {ssn()}"),
    (S, "es.pieces", 1, lambda: (lambda a, b, c: f"mi seguro social: primero {a}, luego {b} y al final {c}")(*ssn_parts())),
    (S, "spanglish.social", 1, lambda: f"el social mío es {ssn('')} pa que me verifiquen"),
    (S, "typo.socail", 1, lambda: f"socail securty # {ssn()}"),
    (S, "cue.far_before", 2, lambda: f"You asked earlier for my social security number to verify the balance transfer and I couldn't find my card at the time but my wife found it in the filing cabinet: {ssn()}"),
    (S, "spaced.digits", 1, lambda: f"SSN: {spaced(ssn(''))}"),
    (S, "emoji.ssn", 1, lambda: f"🙏 ssn {ssn()}"),
    (S, "paste.form", 1, lambda: f"Name: Dana Whitfield\nDOB: 04/17/1986\nSSN: {ssn()}"),
    (S, "uk.formal", 1, lambda: f"Further to your request, my US social security number is {ssn()}; I am a dual national."),
    (S, "question_then_value", 1, lambda: f"need my SSN? ok {ssn()}"),
    (S, "tin.individual", 1, lambda: f"taxpayer identification number (my personal one) {ssn()}"),
    (S, "lower.runon", 1, lambda: f"i already gave the other agent my social its {ssn('')} why do i have to repeat everything"),

    # ---- OTPs ---------------------------------------------------------
    (O, "name.verification_code", 2, lambda: f"the verification code is {otp()}"),
    (O, "channel.text_only", 2, lambda: f"you just texted me {otp()}"),
    (O, "channel.sms_says", 2, lambda: f"the SMS says {otp()}"),
    (O, "channel.in_my_messages", 1, lambda: f"in my messages it shows {otp()}"),
    (O, "channel.email", 1, lambda: f"the code you emailed me is {otp(6)}"),
    (O, "channel.app", 1, lambda: f"authenticator app is showing {otp()[:3]} {otp()[:3]} right now"),
    (O, "channel.call", 1, lambda: f"the automated call read out {spaced(otp())}"),
    (O, "name.otp", 2, lambda: f"OTP {otp()}"),
    (O, "name.one_time_passcode", 1, lambda: f"one-time passcode: {otp(8)}"),
    (O, "name.2fa", 1, lambda: f"2fa code {otp()} quick before it expires"),
    (O, "paste.sms", 2, lambda: f"got this: \"American Express: Your one-time verification code is {otp()}. Never share this code.\""),
    (O, "order.value_first", 2, lambda: f"{otp()} just came through on my phone"),
    (O, "es.sms", 2, lambda: f"el código que me llegó por SMS es {otp()}"),
    (O, "es.mensaje", 1, lambda: f"me mandaron un mensaje con {otp()}, ¿lo pongo aquí?"),
    (O, "spanglish.text", 1, lambda: f"me llegó el text con {otp()}"),
    (O, "channel.notification", 1, lambda: f"the push notification on my phone says {otp()}"),
    (O, "channel.whatsapp", 1, lambda: f"whatsapp message from you guys: {otp()}"),
    (O, "question_then_value", 1, lambda: f"do u need the code from the text? {otp()}"),
    (O, "short.4digit", 1, lambda: f"text code {otp(4)}"),
    (O, "spaced.digits", 1, lambda: f"code from the sms {spaced(otp())}"),
    (O, "cue.far_before", 1, lambda: f"The code your system sent to my mobile a minute ago, after I tried logging in on my new laptop at the library, is {otp()}"),
    (O, "emoji.text", 1, lambda: f"📱 text said {otp()}"),

    # ---- passwords / PINs ---------------------------------------------
    (P, "name.password", 2, lambda: f"my password is {pw()}"),
    (P, "short.pw", 2, lambda: f"pw: {pw()}"),
    (P, "short.pwd", 1, lambda: f"pwd {pw()}"),
    (P, "short.pass", 1, lambda: f"pass is {pw()}"),
    (P, "short.passwd", 1, lambda: f"passwd={pw()}"),
    (P, "same_as.email", 2, lambda: f"my password is the same as my email one: {pw()}"),
    (P, "same_as.netflix", 1, lambda: f"it's the same as my netflix login: {pw()}"),
    (P, "filler.um_like", 1, lambda: f"password is, um, like, i think {pw()}"),
    (P, "filler.basically", 1, lambda: f"my password is basically just {pw()}"),
    (P, "spaced.chars", 2, lambda: f"password: {spaced(pw())}"),
    (P, "pin.plain", 2, lambda: f"my PIN is {pin()}"),
    (P, "pin.atm", 1, lambda: f"ATM pin {pin()} isn't working at Chase"),
    (P, "pin.spaced", 1, lambda: f"pin {spaced(pin())}"),
    (P, "es.contrasena", 2, lambda: f"mi contraseña es {pw()}"),
    (P, "es.clave", 1, lambda: f"la clave de mi cuenta online es {pw()}"),
    (P, "es.pin", 1, lambda: f"el PIN de la tarjeta es {pin()}"),
    (P, "paste.login", 1, lambda: f"user: okafor.j\npassword: {pw()}"),
    (P, "order.value_first", 1, lambda: f"{pw()} is my password, can u log in and look"),
    (P, "passphrase", 1, lambda: f"the passphrase I set was {pw()}"),
    (P, "uk.login", 1, lambda: f"My log-in password, should you need it to sort this, is {pw()}"),
    (P, "typo.pasword", 1, lambda: f"pasword {pw()}"),
    (P, "cue.far_before", 1, lambda: f"Password-wise I reset it on Tuesday because the app made me, and I wrote it on a sticky note which says {pw()}"),
    (P, "short.p_slash_w", 1, lambda: f"p/w {pw()} (pls dont judge)"),
    (P, "emoji.pw", 1, lambda: f"🔑 password {pw()} 🔑"),
]

# ---------------------------------------------------------------- multi-value
MULTI = [
    (C, "multi.card_cvv", 2, lambda: f"card {groups(card('visa'))} cvv {cvv()}"),
    (C, "multi.card_exp_cvv_paste", 1, lambda: f"Number: {groups(card('amex'))}\nExpires: {exp()}\nCID: {cvv(4)}"),
    (C, "multi.card_ssn", 1, lambda: f"my card is {card('mc')} and my social is {ssn()} so you can verify me"),
    (V, "multi.cvv_then_card_es", 1, lambda: f"código de seguridad {cvv()} y la tarjeta {groups(card('visa'))}"),
    (S, "multi.ssn_pin", 2, lambda: f"SSN {ssn()}, pin {pin()}"),
    (S, "multi.ssn_password_runon", 1, lambda: f"ok my ssn is {ssn('')} and password {pw()} just fix it"),
    (O, "multi.otp_password", 2, lambda: f"the text code was {otp()} and my password is {pw()}"),
    (O, "multi.otp_card_es", 1, lambda: f"me llegó el SMS con {otp()} y mi tarjeta es {groups(card('mc'))}"),
    (P, "multi.user_pw_pin", 1, lambda: f"login: maria.g82 / {pw()}   card pin {pin()}"),
    (P, "multi.old_new_pw", 1, lambda: f"old password {pw()} new password {pw()}"),
    (V, "multi.cid_card_amex_lines", 1, lambda: f"CID {cvv(4)}\ncard {groups(card('amex'))}\nexp {exp()}"),
    (P, "multi.es_pin_clave", 1, lambda: f"el pin del cajero es {pin()} y la contraseña de la app {pw()}, ya no sé qué más hacer"),
    (V, "multi.cvv_phone_harmless", 1, lambda: f"call me at {phone_us()}, cvv is {cvv()}"),
    (C, "multi.card_phone_zip", 1, lambda: f"card {groups(card('disc'))}, phone {phone_us()}, zip {R.randint(10000, 99999)}"),
    (S, "multi.ssn_dob_zip", 1, lambda: f"dob 3/14/1979 ssn {ssn()} zip 60614"),
    (O, "multi.otp_ssn", 1, lambda: f"sms says {otp()} and my social security number is {ssn()}"),
]

# ---------------------------------------------------------------- harmless
H = [
    # talk without values
    ("talk.cvv_question", 2, lambda: cyc("what's a CVV and where do I find it?", "is the cvc the 3 digits on the back? im not gonna type it here lol")),
    ("talk.cid_amex", 1, lambda: "On my Amex the security code is 4 digits on the front, right? Just checking before I pay online."),
    ("talk.ssn_why", 2, lambda: cyc("why do you need my social security number?", "I'm not comfortable giving my SSN in a chat")),
    ("talk.otp_missing", 2, lambda: cyc("never got the verification code by text", "the code you texted expired before I could use it 😤")),
    ("talk.password_reset", 2, lambda: cyc("how do I reset my password", "forgot my PIN, can you mail me a new one?")),
    ("talk.password_rules", 1, lambda: "does the password need a symbol? it keeps saying it's too weak"),
    ("talk.card_number_where", 1, lambda: "where is the card number on the new metal cards? I can't see it on the front"),
    ("talk.es_codigo", 2, lambda: cyc("¿dónde encuentro el código de seguridad de mi tarjeta?", "no me llegó el SMS con el código, ¿me lo mandan otra vez?")),
    ("talk.es_contrasena", 1, lambda: "olvidé mi contraseña y no puedo entrar a la app"),
    ("talk.es_seguro_social", 1, lambda: "¿es obligatorio dar el número de seguro social para abrir la cuenta?"),
    ("talk.same_password", 1, lambda: "I used the same password as my email one, is that a problem?"),
    ("talk.never_share", 1, lambda: "your text said never share the code with anyone, so should I give it to you or not?"),
    ("talk.locked_cvv", 1, lambda: "entered the wrong CVV 3 times and now it's locked"),
    ("talk.pin_changed", 1, lambda: "I changed my pin at the ATM yesterday but the shop still declined it"),
    # amounts, dates, times
    ("amount.usd", 2, lambda: f"I was charged ${R.randint(100, 9999)}.{R.randint(10, 99)} twice on {R.randint(1, 12)}/{R.randint(1, 28)}"),
    ("amount.eur_es", 1, lambda: f"me cobraron {R.randint(1, 9)}.{R.randint(100, 999)},{R.randint(10, 99)} € en una tienda de Madrid"),
    ("amount.gbp", 1, lambda: f"the hotel took £{R.randint(200, 999)}.00 as a deposit and never released it"),
    ("amount.limit", 1, lambda: f"can you raise my limit from 12,500 to 20,000?"),
    ("date.time", 2, lambda: f"the charge posted {R.randint(1, 12)}/{R.randint(1, 28)}/2026 at {R.randint(1, 12)}:{R.randint(10, 59)} pm"),
    ("date.iso", 1, lambda: f"statement dated 2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} shows a late fee of $39"),
    ("date.es", 1, lambda: f"el cargo es del {R.randint(1, 28)} de octubre a las {R.randint(10, 23)}:{R.randint(10, 59)}"),
    # phone numbers
    ("phone.us", 2, lambda: f"call me back at {phone_us()}"),
    ("phone.uk", 1, lambda: "my number is +44 20 7946 0958, after 6pm is best"),
    ("phone.es", 2, lambda: cyc("mi teléfono es +34 612 34 56 78", "llámame al 0034 699 123 456 por favor")),
    ("phone.mx", 1, lambda: "mi cel es +52 55 1234 5678"),
    ("phone.text_from", 1, lambda: "I got a text from 262-66 saying my card was locked, is that you?"),
    ("phone.tollfree", 1, lambda: "the back of the card says to call 1-800-528-4800, is that the right one?"),
    ("phone.compact", 1, lambda: f"update my mobile to {R.choice(['07700900123', '+447700900456'])}"),
    # ZIP / postcodes / addresses
    ("zip.us", 2, lambda: f"my billing zip is {R.randint(10000, 99999)}"),
    ("zip.plus4", 1, lambda: f"zip code {R.randint(10000, 99999)}-{R.randint(1000, 9999)}"),
    ("zip.uk_postcode", 1, lambda: "new address is 14 Hartley Road, Leeds LS6 2QG"),
    ("address.us", 2, lambda: f"send the new card to {R.randint(100, 9999)} W {cyc('14th', '72nd', '53rd', '101st')} St Apt {R.randint(1, 30)}{R.choice('ABCD')}, New York NY 100{R.randint(10, 40)}"),
    ("address.es", 1, lambda: "mi dirección es Calle de Alcalá 231, 3º B, 28028 Madrid"),
    # last 4 / masked cards / BIN only
    ("last4.ending", 2, lambda: f"the card ending in {last4()} was declined"),
    ("last4.es", 1, lambda: f"la tarjeta terminada en {last4()} está bloqueada"),
    ("last4.ssn", 2, lambda: cyc(f"last 4 of my social is {R.randint(1000, 9999)}", f"ssn ends in {R.randint(1000, 9999)}")),
    ("masked.stars", 2, lambda: f"statement shows **** **** **** {last4()}"),
    ("masked.amex_x", 1, lambda: f"card {R.choice(['3782', '3714'])} XXXXXX X{last4()} is the one"),
    ("masked.paste", 1, lambda: f"Receipt:\nVISA ************{last4()}\nAUTH CODE: {rdig(6)}\nTOTAL: $64.20"),
    ("bin.first6", 1, lambda: f"the card starts with {R.choice(['3742', '3799'])}{rdig(2)}, is that a corporate card?"),
    # orders / tracking / case / reference
    ("order.amazon", 2, lambda: (lambda d: f"amazon order {d[:3]}-{d[3:10]}-{d[10:]} never arrived")(nonluhn(17))),
    ("tracking.ups", 2, lambda: f"tracking 1Z{''.join(R.choice('ABCDEFGHJKLMNPRTVWXY0123456789') for _ in range(6))}{rdig(10)}"),
    ("tracking.usps", 1, lambda: (lambda d: f"USPS tracking: {' '.join(d[i:i+4] for i in range(0, 22, 4))}")("9400" + rdig(18))),
    ("tracking.es_correos", 1, lambda: f"el número de seguimiento es PQ{rdig(2)}B{rdig(6)}0{rdig(11)}X"),
    ("case.number", 2, lambda: f"case #{rdig(8)} is still open after two weeks"),
    ("reference.dispute", 1, lambda: f"dispute reference DR-{rdig(4)}-{rdig(6)}"),
    ("reference.confirmation", 1, lambda: f"confirmation number {rdig(6)} for the hotel in Cancún"),
    ("reference.es_pedido", 1, lambda: f"pedido nº {rdig(4)}-{rdig(5)} de El Corte Inglés"),
    ("reference.ticket_long", 1, lambda: f"ticket ref {rdig(4)} {rdig(4)} {rdig(4)} from the airline"),
    ("reference.airline_eticket", 1, lambda: (lambda d: f"e-ticket number {d[:3]}-{d[3:]} was refunded?")(nonluhn(13))),
    # serials
    ("serial.letter_groups", 2, lambda: (lambda d: f"the card reader serial is {R.choice(['SN', 'R58N', 'C02X', 'F9K'])} {d[:4]} {d[4:8]} {d[8:12]} {d[12:]}")(nonluhn(16))),
    ("serial.dash", 1, lambda: f"device S/N: K4X-{rdig(4)}-{rdig(4)}-{rdig(4)}"),
    ("serial.imei_like", 1, lambda: (lambda d: f"my phone's IMEI is {d} if that matters for the app")(nonluhn(15))),
    ("serial.es", 1, lambda: f"número de serie del datáfono: SN{rdig(4)}-{rdig(4)}-{rdig(4)}"),
    # IBAN / routing / account-like
    ("iban.gb", 1, lambda: "transfer came from GB29 NWBK 6016 1331 9268 19"),
    ("iban.es", 2, lambda: f"mi IBAN es ES{rdig(2)} {rdig(4)} {rdig(4)} {rdig(2)}{rdig(2)} {rdig(4)} {rdig(4)} para la devolución"),
    ("iban.de", 1, lambda: f"IBAN DE{rdig(2)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(2)}"),
    ("account.membership", 1, lambda: f"my Membership Rewards number is {rdig(9)}"),
    # other near-misses with codes / 3-4-6 digit numbers
    ("code.error", 2, lambda: cyc(f"app says error code {rdig(3)} when I log in", f"got error {cyc('E', 'ERR-')}{rdig(4)} at checkout")),
    ("code.promo", 1, lambda: "is promo code SPRING25 valid on the Platinum card?"),
    ("code.mcc", 1, lambda: f"the merchant category code was {R.choice(['5812', '5411', '4111'])} so why no points?"),
    ("code.es_postal", 1, lambda: f"mi código postal es {R.randint(10000, 52999)}"),
    ("number.flight", 1, lambda: f"booked flight AA{rdig(3)} on my card and it got cancelled"),
    ("number.room", 1, lambda: f"hotel charged room {R.randint(100, 999)} twice"),
    ("number.year_model", 1, lambda: f"my {R.randint(2015, 2025)} Honda was towed and I paid with the card"),
    ("number.points", 1, lambda: f"I have {R.randint(10, 99)},{rdig(3)} points, how many do I need for a flight?"),
    ("number.store", 1, lambda: f"Walgreens store #{rdig(5)} charged me twice"),
    ("number.extension", 1, lambda: f"the agent said to call ext. {rdig(4)}"),
    ("text.mentions_sms_no_value", 1, lambda: "I got a weird SMS about a $1,299.00 purchase at Best Buy"),
    ("text.es_mensaje_amount", 1, lambda: "me llegó un mensaje de un cargo de 89,99 € que no hice"),
    ("text.in_messages_time", 1, lambda: "in my messages it says the payment is due 11/15"),
    ("text.password_sentence", 1, lambda: "my password has 12 characters and a number but the app still rejects it"),
    ("text.pw_length_es", 1, lambda: "la contraseña tiene que tener 8 caracteres mínimo?"),
    ("text.spanglish_balance", 1, lambda: "oye cuanto es mi balance? the app shows 2.340,15 y no entiendo"),
    ("text.security_question", 1, lambda: "can I change my security question? the one about my first pet"),
    ("text.tax_form", 1, lambda: "do you send a 1099-INT for the savings account for tax year 2025?"),
    ("text.ssn_format_question", 1, lambda: "do you need the ssn with dashes or without? I'll call in instead"),
    ("text.versioned_name_no_value", 1, lambda: "is CVV2 the same thing as the CVC on mastercards?"),
    # more near-misses: cue words next to harmless values
    ("nearcue.pin_time", 1, lambda: f"changed my PIN at {R.randint(1, 12)}:{R.randint(10, 59)} this morning and it already doesn't work"),
    ("nearcue.password_date", 1, lambda: f"it says my password expired on {R.randint(1, 12):02d}/{R.randint(1, 28):02d}/2026"),
    ("nearcue.ssn_phone", 1, lambda: f"I'd rather give my SSN over the phone, ring me on {phone_us()}"),
    ("nearcue.otp_amount", 1, lambda: f"the text with the code said the purchase was ${R.randint(100, 999)}.00 but I never bought that"),
    ("nearcue.security_code_zip", 1, lambda: f"security code keeps failing online, is it linked to my zip {R.randint(10000, 99999)}?"),
    ("nearcue.cvv_digits_count", 1, lambda: "the cvv box only lets me type 3 digits but my amex has 4??"),
    ("nearcue.card_number_case", 1, lambda: f"re my card number query, case ref {rdig(9)}"),
    ("nearcue.es_codigo_tel", 1, lambda: f"el código de verificación no llega a mi número +34 6{rdig(2)} {rdig(2)} {rdig(2)} {rdig(2)}"),
    ("nearcue.es_clave_fecha", 1, lambda: f"cambié la clave el {R.randint(1, 28)}/{R.randint(1, 12)} y sigue sin funcionar"),
    ("nearcue.sms_phone", 1, lambda: f"the SMS came from {R.choice(['+1 (855) 555-0131', '+1 855 555 0132'])}, is it legit?"),
    ("nearcue.messages_case", 1, lambda: f"in my messages there's a case number {rdig(8)} from last month"),
    ("nearcue.tax_year", 1, lambda: "is the annual fee tax deductible for 2025? my accountant asked"),
    ("nearcue.social_media", 1, lambda: "saw an ad on social media offering 100,000 points, is it real?"),
    ("nearcue.security_deposit", 1, lambda: f"the security deposit of ${R.randint(200, 900)} on the rental car still shows"),
    # more phones / refs / serials / masked / iban
    ("phone.intl_dots", 1, lambda: "whatsapp me +34.655.321.987"),
    ("phone.with_ext", 1, lambda: f"work number {phone_us()} x{rdig(3)}"),
    ("phone.ca", 1, lambda: "my Canadian number is 1 (604) 555-0199"),
    ("phone.es_fijo", 1, lambda: f"el fijo es 91 {rdig(3)} {rdig(2)} {rdig(2)}"),
    ("masked.dash", 1, lambda: f"xxxx-xxxx-xxxx-{last4()} shows up twice on the app"),
    ("masked.es", 1, lambda: f"en el extracto aparece •••• {last4()}"),
    ("masked.partial_amex", 1, lambda: f"3{R.choice('47')}{rdig(2)}-******-*{last4()} was the old card"),
    ("serial.laptop", 1, lambda: (lambda d: f"bought a laptop, serial PF{rdig(1)}X {d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}, need the receipt for warranty")(nonluhn(16))),
    ("serial.terminal_id", 1, lambda: f"terminal ID on the receipt: TID {rdig(8)} MID {rdig(12)}"),
    ("tracking.fedex", 1, lambda: f"FedEx {rdig(4)} {rdig(4)} {rdig(4)} says delivered but nothing here"),
    ("tracking.dhl_es", 1, lambda: f"envío DHL {rdig(10)}, ¿cuándo llega la tarjeta nueva?"),
    ("reference.wire", 1, lambda: f"wire ref FT{rdig(2)}{R.choice(['ABC', 'XQZ'])}{rdig(8)}"),
    ("reference.loan", 1, lambda: (lambda d: f"my loan account no. {d[:4]}-{d[4:8]}-{d[8:11]}")(rdig(11))),
    ("iban.fr_pasted", 1, lambda: f"RIB/IBAN: FR76 {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(3)}"),
    ("reference.routing_question", 1, lambda: "what's your routing number for paying from my checking?"),
    ("multi.es_pedido_tel_cp", 1, lambda: f"pedido {rdig(8)}, teléfono 6{rdig(2)} {rdig(3)} {rdig(3)}, CP 080{rdig(2)}"),
    # multi harmless
    ("multi.phone_zip_order", 2, lambda: (lambda d: f"order {d[:3]}-{d[3:10]}-{d[10:]}, call {phone_us()}, zip {R.randint(10000, 99999)}")(nonluhn(17))),
    ("multi.last4_amount_date", 2, lambda: f"card ending {last4()} charged ${R.randint(10, 999)}.{R.randint(10, 99)} on {R.randint(1, 12)}/{R.randint(1, 28)} at {R.randint(1, 12)}:{R.randint(10, 59)}am"),
    ("multi.es_tel_cp", 1, lambda: f"mi tel +34 6{rdig(2)} {rdig(3)} {rdig(3)} y el código postal {R.randint(10000, 52999)}"),
    ("multi.case_tracking", 1, lambda: f"case {rdig(7)} - the replacement card tracking is 1Z{rdig(3)}AB{rdig(10)}"),
    ("multi.serial_phone", 1, lambda: (lambda d: f"reader SN R58N {d[:4]} {d[4:8]} {d[8:12]} {d[12:]}\nsupport line {phone_us()}")(nonluhn(16))),
    ("multi.iban_amount", 1, lambda: f"refund 1.480,00 EUR to ES{rdig(2)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)}"),
]

NUMRUN = re.compile(r"\d(?:[\d .\-/]*\d)?")


def harmless_ok(text):
    for m in NUMRUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for L in range(13, 20):
            for i in range(0, len(d) - L + 1):
                if luhn_ok(d[i:i + L]) and (i == 0 and i + L == len(d)):
                    return False
    return True


def main():
    rows = []
    for kind, note, n, fn in SENS + MULTI:
        for _ in range(n):
            rows.append({"text": fn(), "sensitive": True, "kind": kind, "note": note if note.startswith("multi.") else f"{note}"})
    for note, n, fn in H:
        for _ in range(n):
            for _try in range(50):
                t = fn()
                if harmless_ok(t):
                    break
            else:
                raise SystemExit("could not make harmless: " + note)
            rows.append({"text": t, "sensitive": False, "kind": None, "note": note})
    R.shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe24.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(out, len(rows))
    print(Counter((r["sensitive"], r["kind"]) for r in rows))
    print("multi:", sum(r["note"].startswith("multi.") for r in rows))


if __name__ == "__main__":
    main()
