#!/usr/bin/env python3
"""Generate guard_probe6.jsonl: a blind adversarial test set for the sensitive-data guard.

Seeded, deterministic. Luhn-valid card numbers with real issuer prefixes, valid SSNs,
random OTPs / security codes; harmless look-alikes (Luhn-failing numbers, IMEIs,
routing numbers, IBANs, case numbers...). Run: python3 make_probe6.py
"""
import json
import os
import random

rng = random.Random(20261201)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "guard_probe6.jsonl")

FAMOUS = {
    "4111111111111111", "4012888888881881", "4222222222222", "371449635398431",
    "378282246310005", "378734493671000", "5555555555554444", "5105105105105100",
    "6011111111111117", "6011000990139424", "3530111333300000", "4242424242424242",
    "5200828282828210", "2223003122003222", "6011000400000000", "4000056655665556",
    "340000000000009", "370000000000002", "5454545454545454",
}

EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


# ---------------------------------------------------------------- numbers
def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix, length):
    while True:
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                num = body + c
                break
        if num not in FAMOUS and len(set(num[len(prefix):])) > 3:
            return num


def card(brand):
    if brand == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15)
    if brand == "visa":
        return luhn_complete("4", 16)
    if brand == "mc":
        return luhn_complete(str(rng.randint(51, 55)), 16)
    if brand == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)), 16)
    if brand == "disc":
        return luhn_complete("6011", 16)
    if brand == "disc64":
        return luhn_complete(str(rng.randint(644, 649)), 16)
    if brand == "disc65":
        return luhn_complete("65", 16)
    raise ValueError(brand)


def is_card(num):
    n = len(num)
    if not luhn_ok(num):
        return False
    if n == 15 and num[:2] in ("34", "37"):
        return True
    if n == 16:
        if num[0] == "4":
            return True
        if 51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720:
            return True
        if num[:4] == "6011" or 644 <= int(num[:3]) <= 649 or num[:2] == "65":
            return True
    return False


def luhn_fail(prefix, length):
    num = luhn_complete(prefix, length)
    last = (int(num[-1]) + rng.randint(1, 9)) % 10
    bad = num[:-1] + str(last)
    assert not luhn_ok(bad)
    return bad


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        v = f"{a:03d}{g:02d}{s:04d}"
        if v in ("078051120", "219099999", "123456789", "111111111"):
            continue
        return v


def ssn_valid(v):
    return (len(v) == 9 and v.isdigit() and v[:3] not in ("000", "666") and v[0] != "9"
            and v[3:5] != "00" and v[5:] != "0000")


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def otp(n=6):
    while True:
        v = digits(n)
        if len(set(v)) >= 3:
            return v


def cvv(n=3):
    while True:
        v = digits(n)
        if len(set(v)) >= 2:
            return v


def routing():
    # ABA checksum: 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) == 0 mod 10
    while True:
        pre = rng.choice(["02", "03", "07", "11", "12", "21", "26", "31", "32", "06"])
        body = pre + digits(6)
        for c in "0123456789":
            d = [int(x) for x in body + c]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0:
                return body + c


def imei(tac):
    return luhn_complete(tac, 15)


def iban_gb():
    bank = "NWBK"
    sort = digits(6)
    acct = digits(8)
    bban = bank + sort + acct
    conv = "".join(str(ord(ch) - 55) if ch.isalpha() else ch for ch in bban + "GB00")
    chk = 98 - int(conv) % 97
    return f"GB{chk:02d}{bban}"


# ---------------------------------------------------------------- formatting
def grp(num, sep=" "):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def ssn_fmt(v, sep="-"):
    return f"{v[:3]}{sep}{v[3:5]}{sep}{v[5:]}"


def spell(num, lang="en", sep=" "):
    table = EN if lang == "en" else ES
    return sep.join(table[int(c)] for c in num)


FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def zw(s):
    return "\u200b".join(s)


KEYCAP = {str(i): f"{i}\ufe0f\u20e3" for i in range(10)}


def keycap(s, sep=" "):
    return sep.join(KEYCAP[c] for c in s)


# ---------------------------------------------------------------- records
rows = []


def S(kind, note, text, value):
    rows.append({"text": text, "sensitive": True, "kind": kind, "note": note, "_value": value})


def H(note, text):
    rows.append({"text": text, "sensitive": False, "note": note})


# ================================================================ CARD NUMBERS
c = card("visa"); S("card_number", "plain_spaced", f"my card number is {grp(c)}", c)
c = card("amex"); S("card_number", "label_colon_nosep", f"card: {c}", c)
c = card("mc"); S("card_number", "dashes_runon", f"hi yes the card is {grp(c, '-')} can you check why it keeps declining at the pharmacy its been 3 days", c)
c = card("disc"); S("card_number", "all_caps", f"MY CARD NUMBER IS {grp(c)} PLEASE HELP ITS URGENT!!!", c)
c = card("visa"); S("card_number", "dots_emoji", f"its {grp(c, '.')} 😩🙏 pls fix asap", c)
c = card("amex"); S("card_number", "slashes_amex", f"number on the card -> {grp(c, '/')}", c)
c = card("mc"); S("card_number", "unicode_en_dash", f"Card no. {grp(c, chr(0x2013))}", c)
c = card("visa"); S("card_number", "unicode_em_dash_nbhyphen", f"the visa one: {c[:4]}\u2014{c[4:8]}\u2011{c[8:12]}\u2014{c[12:]}", c)
c = card("amex"); S("card_number", "zero_width_space", f"here is my amex {zw(c)} thanks", c)
c = card("visa"); S("card_number", "fullwidth_digits", f"card number {fullwidth(grp(c))}", c)
c = card("mc"); S("card_number", "line_breaks", f"ok here it is\n{c[:4]} {c[4:8]}\n{c[8:12]}\n{c[12:]}\nthat's the whole thing", c)
c = card("visa"); S("card_number", "pieces_with_words", f"first four are {c[:4]}, then {c[4:8]}, then comes {c[8:12]} and the last group is {c[12:]}", c)
c = card("amex"); S("card_number", "spelled_english", f"the card number is {spell(c)}", c)
c = card("visa"); S("card_number", "spelled_spanish", f"mi número de tarjeta es {spell(c, 'es')}", c)
c = card("mc"); S("card_number", "mixed_digits_words", f"card is {c[:4]} {spell(c[4:8])} {c[8:12]} {c[12:14]} {spell(c[14:])}", c)
c = card("amex"); S("card_number", "spanish_digits", f"mi número de tarjeta es {grp(c)}, es la platino", c)
c = card("disc64"); S("card_number", "json", json.dumps({"name": "R. Alvarez", "card_number": c, "exp": "07/29"}), c)
c = card("visa"); S("card_number", "key_value", f"card={c}&exp=0928&zip=30301", c)
c = card("mc2"); S("card_number", "markdown_code_mc2series", f"my new mastercard is `{grp(c)}` can i link it", c)
c = card("amex"); S("card_number", "quoted", f'the number printed on it is "{grp(c)}"', c)
c = card("disc65"); S("card_number", "brackets_discover65", f"discover card [{grp(c)}] was charged twice", c)
c = card("visa"); S("card_number", "email_signature", f"Thanks for your help,\nMaria Gonzalez\nVisa {grp(c)}\nCell 555-201-3344\nSent from my iPhone", c)
c = card("amex"); S("card_number", "forwarded_text", f"---------- Forwarded message ---------\nFrom: Billing <billing@hotelvista.example>\nSubject: Your reservation\n\nWe have charged the card on file ({grp(c)}) for $412.80.", c)
c = card("mc"); S("card_number", "beside_amount_date_order", f"order #114-3392018-5521907 was $1,249.99 on 11/14/2026 and it went on {grp(c)} but i returned it", c)
c = card("visa"); S("card_number", "after_filler", f"so umm basically what happened was i was at the store and uh they said declined?? like the number is {c} idk what is going on", c)
c = card("amex"); S("card_number", "hint_long_number", f"you'll probably need the long number on the front so here: {grp(c)}", c)
c = card("disc"); S("card_number", "typo_label", f"my crad numbr is {grp(c)} y does it say invalid", c)
c = card("visa"); S("card_number", "bare_number", f"{grp(c)}", c)
c = card("mc2"); S("card_number", "irregular_grouping", f"card {c[:5]} {c[5:10]} {c[10:]}", c)
c = card("amex"); S("card_number", "spanish_pieces", f"los primeros cuatro son {c[:4]}, luego {c[4:10]} y al final {c[10:]}", c)
c = card("visa"); S("card_number", "hash_label_with_exp", f"card # {c} exp 09/28 — is it still active?", c)
c = card("disc64"); S("card_number", "abbrev_cc", f"cc: {grp(c, '-')}", c)
c = card("mc"); S("card_number", "code_block", f"```\n{grp(c)}\n```\nthat one", c)
c = card("amex"); S("card_number", "beside_zip_last4_confusion", f"zip 10285, card {c} (ends {c[-4:]})", c)
c = card("visa"); S("card_number", "spanish_runon_caps", f"HOLA NECESITO AYUDA MI TARJETA {grp(c)} NO FUNCIONA EN NINGUN LADO", c)
c = card("mc"); S("card_number", "mixed_spanish_words_digits", f"el número es {c[:4]} {spell(c[4:8], 'es')} {c[8:12]} {spell(c[12:], 'es')}", c)
c = card("disc65"); S("card_number", "value_before_label", f"{grp(c)} <- that's my card number btw", c)

# ================================================================ SECURITY CODES
v = cvv(); S("security_code", "cvv_plain", f"cvv {v}", v)
v = cvv(); S("security_code", "cvv2_colon", f"CVV2: {v}", v)
v = cvv(); S("security_code", "cvc_is", f"the cvc is {v}", v)
v = cvv(); S("security_code", "csc_key_value", f"csc={v}", v)
v = cvv(4); S("security_code", "cid_amex_4digit", f"CID {v}", v)
v = cvv(); S("security_code", "three_digits_on_back", f"the 3 digits on the back are {v}", v)
v = cvv(); S("security_code", "code_on_the_back", f"code on the back: {v}", v)
v = cvv(); S("security_code", "spelled_english", f"security code: {spell(v)}", v)
v = cvv(); S("security_code", "spanish_spaced_digits", f"el código de seguridad es {' '.join(v)}", v)
v = cvv(); S("security_code", "spanish_spelled", f"código de seguridad: {spell(v, 'es')}", v)
v = cvv(); S("security_code", "beside_last4", f"card ending 1005 and the cvv is {v}", v)
v = cvv(); S("security_code", "beside_expiry", f"exp 09/28 cvv {v}", v)
v = cvv(4); S("security_code", "front_four_digit_hint", f"the four digit code printed above the number on the front is {v}", v)
v = cvv(); S("security_code", "sec_code_spaced", f"sec code {' '.join(v)}", v)
v = cvv(); S("security_code", "keycap_emoji", f"cvv ➡️ {keycap(v)}", v)
v = cvv(); S("security_code", "all_caps", f"CVV IS {v} PLS HURRY THE SALE ENDS TONIGHT", v)
v = cvv(); S("security_code", "json", json.dumps({"last4": "4821", "cvv": v}), v)
v = cvv(4); S("security_code", "key_value_underscore", f"security_code={v}", v)
v = cvv(); S("security_code", "signature_strip_hint", f"the little number by the signature strip says {v}", v)
v = cvv(); S("security_code", "dash_separated", f"verification value on the back {v[0]} - {v[1]} - {v[2]}", v)
v = cvv(); S("security_code", "fullwidth_digits", f"cvv {fullwidth(v)}", v)
v = cvv(); S("security_code", "narrative_typed_value", f"the site asked for the cvv so i typed {v} but it said invalid, is my card broken?", v)
v = cvv(4); S("security_code", "cid_parenthetical_spaced", f"Card security code (CID): {' '.join(v)}", v)
v = cvv(); S("security_code", "three_digit_thing", f"the 3 digit thing is {v}", v)
v = cvv(); S("security_code", "cvv2_cvc2_combo_label", f"cvv2/cvc2 {v}", v)
v = cvv(); S("security_code", "spanish_cvv", f"mi cvv es {v}", v)
v = cvv(); S("security_code", "zero_width_space", f"CVC: {zw(v)}", v)
v = cvv(); S("security_code", "beside_zip_expiry", f"exp 11/27, csc {v}, zip 10285", v)
v = cvv(); S("security_code", "line_break", f"security code\n\n{v}", v)
v = cvv(4); S("security_code", "cid_amex_spaced", f"cid is {' '.join(v)}, the amex one", v)
v = cvv(); S("security_code", "unlabeled_back_of_card", f"the back of my card says {v} next to the signature, do you need that?", v)
v = cvv(); S("security_code", "mixed_digit_spanish_word", f"cvv: {v[0]} {ES[int(v[1])]} {v[2]}", v)
v = cvv(); S("security_code", "value_then_label", f"{v} is the security code on the back", v)

# ================================================================ SSNs
v = ssn(); S("ssn", "ssn_dashed", f"my ssn is {ssn_fmt(v)}", v)
v = ssn(); S("ssn", "ssn_nosep", f"SSN: {v}", v)
v = ssn(); S("ssn", "social_spaced", f"social: {ssn_fmt(v, ' ')}", v)
v = ssn(); S("ssn", "ss_hash_dots", f"ss# {ssn_fmt(v, '.')}", v)
v = ssn(); S("ssn", "spanish_seguro_social", f"mi seguro social es {ssn_fmt(v)}", v)
v = ssn(); S("ssn", "spanish_numero_seguro_social", f"número de seguro social: {v}", v)
v = ssn(); S("ssn", "tax_id_is_social", f"tax id (it's my social) {ssn_fmt(v)}", v)
v = ssn(); S("ssn", "soc_sec_slashes", f"soc sec no. {ssn_fmt(v, '/')}", v)
v = ssn(); S("ssn", "spelled_english", f"SSN {spell(v)}", v)
v = ssn(); S("ssn", "spanish_spelled", f"seguro social: {spell(v, 'es')}", v)
v = ssn(); S("ssn", "unicode_en_dash", f"social security number \u2014 {ssn_fmt(v, chr(0x2013))}", v)
v = ssn(); S("ssn", "spaced_dashes_casual", f"my social is {ssn_fmt(v, ' - ')} if u need it", v)
v = ssn(); S("ssn", "json", json.dumps({"name": "Dana Whitfield", "ssn": v}), v)
v = ssn(); S("ssn", "key_value", f"ssn={ssn_fmt(v)}&dob=1984-03-02", v)
v = ssn(); S("ssn", "all_caps", f"SOCIAL {v} VERIFY ME NOW", v)
v = ssn(); S("ssn", "pieces_last4_then_first5", f"last 4 of my social are {v[5:]} and the first five are {v[:5]}", v)
v = ssn(); S("ssn", "pieces_with_words", f"my social starts with {v[:3]}, then {v[3:5]}, then {v[5:]}", v)
v = ssn(); S("ssn", "fullwidth_digits", f"full ssn: {fullwidth(ssn_fmt(v))}", v)
v = ssn(); S("ssn", "zero_width_space", f"SSN {zw(ssn_fmt(v))}", v)
v = ssn(); S("ssn", "line_breaks", f"SSN\n{v[:3]}-{v[3:5]}-\n{v[5:]}", v)
v = ssn(); S("ssn", "taxpayer_id_ssn", f"taxpayer id number (SSN) {v}", v)
v = ssn(); S("ssn", "forwarded_text", f"this is what my accountant sent:\n> Client: J. Moreau\n> SSN: {ssn_fmt(v)}\n> Filing status: single", v)
v = ssn(); S("ssn", "mixed_digits_words", f"ssn {v[:3]} {v[3:5]} {spell(v[5:])}", v)
v = ssn(); S("ssn", "tin_not_ein", f"tin: {ssn_fmt(v)} (that's my ssn, not an ein)", v)
v = ssn(); S("ssn", "irregular_grouping", f"my ss number is {v[:5]} {v[5:]}", v)
v = ssn(); S("ssn", "value_before_label", f"you asked to verify — {ssn_fmt(v)} is my social", v)
v = ssn(); S("ssn", "dotted_abbrev", f"S.S.N. {ssn_fmt(v)}", v)
v = ssn(); S("ssn", "typo_label", f"socal sec # {v}", v)
v = ssn(); S("ssn", "spanish_no_accent", f"numero de social {ssn_fmt(v, ' ')}", v)
v = ssn(); S("ssn", "third_party_ssn", f"i'm adding my wife as an authorized user, her social is {ssn_fmt(v)}", v)
v = ssn(); S("ssn", "quoted_brackets", f'SSN ["{ssn_fmt(v)}"]', v)

# ================================================================ OTPs
v = otp(); S("otp", "code_you_sent", f"the code you sent me is {v}", v)
v = otp(); S("otp", "that_text_you_sent", f"that text you sent me: {v}", v)
v = otp(); S("otp", "got_by_email", f"got {v} by email", v)
v = otp(); S("otp", "verification_code_spaced", f"verification code {' '.join(v)}", v)
v = otp(); S("otp", "otp_dashed", f"OTP: {v[:3]}-{v[3:]}", v)
v = otp(); S("otp", "app_6digit_split", f"the 6 digit code from the app says {v[:3]} {v[3:]}", v)
v = otp(); S("otp", "spanish_por_mensaje", f"mi código que me llegó por mensaje es {v}", v)
v = otp(4); S("otp", "one_time_passcode_4digit", f"one time passcode {v}", v)
v = otp(); S("otp", "2fa_code", f"2FA code {v}", v)
v = otp(); S("otp", "authenticator", f"authenticator shows {v}", v)
v = otp(); S("otp", "forwarded_sms", f"the sms said 'Your American Express one-time code is {v[:3]} {v[3:]}. Do not share it.' so here u go", v)
v = otp(); S("otp", "just_got_a_text", f"I just got a text with {v}, is that what you need?", v)
v = otp(); S("otp", "spelled_english_texted", f"texted code: {spell(v)}", v)
v = otp(); S("otp", "spanish_spelled", f"código de verificación: {spell(v, 'es')}", v)
v = otp(); S("otp", "passcode_pairs", f"passcode = {v[:2]} {v[2:4]} {v[4:]}", v)
v = otp(); S("otp", "fullwidth_digits", f"OTP {fullwidth(v)}", v)
v = otp(); S("otp", "email_code_still_valid", f"the email code is {v[:3]}-{v[3:]}, it says valid for 10 min", v)
v = otp(); S("otp", "security_code_texted", f"security code texted to my phone: {v[:3]} {v[3:]}", v)
v = otp(); S("otp", "question_inbox", f"enter {v}? thats what came in my inbox", v)
v = otp(); S("otp", "push_notification", f"Code: {v[:2]} {v[2:4]} {v[4:]} (from the push notification)", v)
v = otp(); S("otp", "number_you_texted", f"the number you texted me is {v[:3]} {v[3:]}", v)
v = otp(); S("otp", "received_by_text_spaced", f"I received {' '.join(v)} by text just now", v)
v = otp(); S("otp", "json", json.dumps({"otp": v}), v)
v = otp(); S("otp", "key_value", f"verification_code={v}", v)
v = otp(); S("otp", "all_caps", f"OTP IS {v[:3]} {v[3:]}!!!", v)
v = otp(); S("otp", "spanish_correo", f"el código que me mandaron al correo es {v[:3]} {v[3:]}", v)
v = otp(); S("otp", "zero_width_arrow", f"code from the text msg → {v[:3]}\u200b{v[3:]}", v)
v = otp(); S("otp", "text_said_dashes", f"text said {v[:2]} - {v[2:4]} - {v[4:]}", v)
v = otp(4); S("otp", "one_time_pin", f"my one time pin is {v}", v)
v = otp(); S("otp", "spelled_you_just_sent", f"the 6 digits you just sent: {spell(v)}", v)
v = otp(); S("otp", "email_link_code", f"login code from email: {v[:3]}-{v[3:]}", v)
v = otp()
w = v[:4] + v[5] + v[4]
S("otp", "typo_correction_two_values", f"sorry typo, the code in the text was {v} not {w}", v)
v = otp(); S("otp", "spanish_sms", f"me llegó un sms con el número {v[:3]} {v[3:]}", v)
v = otp(); S("otp", "keycap_emoji", f"got the text ✅ {keycap(v, '')}", v)

# ================================================================ PASSWORDS / PINs
S("password", "password_is", "my password is Tiger$2024", "Tiger$2024")
S("password", "pw_colon", "pw: Marbles!77", "Marbles!77")
S("password", "pwd_key_value", "pwd=Bluebird!88", "Bluebird!88")
S("password", "passwd_no_colon", "passwd Copper#1987", "Copper#1987")
v = cvv(4); S("password", "pin_is", f"my pin is {v}", v)
v = cvv(4); S("password", "pin_caps_label", f"PIN {v}", v)
S("password", "spanish_contrasena", "la contraseña es Girasol2020", "Girasol2020")
S("password", "spanish_clave", "mi clave es Pirata_55", "Pirata_55")
S("password", "user_pass_pair", "user jsmith88 pass Qwerty!23", "Qwerty!23")
S("password", "changed_to", "i changed my password to sunflower77 but it still says wrong", "sunflower77")
S("password", "spaced_letters", "password: s u n d a n c e 4 2", "sundance42")
v = cvv(4); S("password", "atm_pin_spaced", f"my atm pin is {' '.join(v)}", v)
v = cvv(4); S("password", "pin_spanish_spelled", f"pin = {spell(v, 'es')}", v)
S("password", "all_caps", "PASSWORD IS MAPLELEAF99 WHY WONT IT LET ME IN", "MAPLELEAF99")
S("password", "json", json.dumps({"username": "rosa.m", "password": "Luna#2019"}), "Luna#2019")
S("password", "login_slash_pw", "login: kdavis / pw: Orange-Cat-42", "Orange-Cat-42")
S("password", "pin_same_as_zip", "my pin is the same as my zip lol, 10285", "10285")
S("password", "old_and_new", "my password was Summer2023! then I changed it to Summer2024!", "Summer2024!")
S("password", "markdown_code", "the password i use is `Kx9#mPq2`", "Kx9#mPq2")
v = cvv(4); S("password", "pin_fullwidth", f"pin: {fullwidth(v)}", v)
S("password", "spanish_quoted", "contraseña: \"Ro$ita1975\"", "Ro$ita1975")
S("password", "line_break", "password\nHoneyBadger!9", "HoneyBadger!9")
v = cvv(4); S("password", "spanish_pin_tarjeta", f"el pin de mi tarjeta es {' '.join(v)}", v)
S("password", "hint_literally", "password hint: it's literally 'Fluffy2010'", "Fluffy2010")
S("password", "pw_with_clarification", "pw Ch@rlie_1 (capital C)", "Ch@rlie_1")
v = cvv(4); S("password", "pin_spelled_english", f"My PIN number is {spell(v)}", v)
S("password", "value_before_label", "try logging in with Brooklyn#88, that's my password", "Brooklyn#88")
S("password", "smart_quotes", "pwd:  \u2018Violeta*31\u2019", "Violeta*31")
v = cvv(4); S("password", "four_digit_pin_for_card", f"4-digit pin is {' '.join(v)} for the card", v)
S("password", "spanish_clave_secreta", "clave secreta = Mango2021!!", "Mango2021!!")
S("password", "email_and_password", "email is t.nguyen@example.com and password is Pho4Life!", "Pho4Life!")
v = cvv(4); S("password", "pin_zero_width", f"PIN: {zw(v)}", v)
S("password", "passphrase", "my passphrase is correct-horse-purple-lamp", "correct-horse-purple-lamp")

# ================================================================ HARMLESS
# -- card-adjacent
H("last4_ending_in", "my card ending in 1005 got declined at a gas station")
H("last4_colon", "last 4: 3005")
H("last4_platinum", "it's the one ending 8841, the platinum")
H("masked_asterisks", "**** **** **** 4821 shows a charge I don't recognize")
H("masked_x_amex", "statement shows xxxx-xxxxxx-x1005, is that my card?")
H("masked_bullets_first4", "3782 •••••• •1005 — that's the business card")
H("first6_last4", "the receipt says 414720******1234, is that mine?")
c = luhn_fail("4", 16); H("tracking_16_luhn_fail", f"tracking number {grp(c)} hasn't updated in a week")
c = luhn_fail("5", 16); H("order_16_luhn_fail", f"order number {c} never arrived")
c = luhn_fail("37", 15); H("reference_15_luhn_fail", f"ref {grp(c)} from the airline refund")
c = luhn_complete("99", 16); H("order_16_luhn_valid_no_issuer_prefix", f"order #{grp(c, '-')} was canceled but I was still charged")
H("imei_35", f"the phone I bought with my card has IMEI {imei('35')}, it's defective")
im = imei("86"); H("imei_86_spaced", f"IMEI: {im[:8]} {im[8:14]} {im[14]}")
im = imei("35"); H("imei_in_phone_insurance", f"filing a cell phone protection claim, device IMEI {im}, purchased 10/02/2026 for $1,099.00")
H("device_serial", "serial number C02XK1ABJG5H on the laptop I returned")
H("device_serial_numeric", "the TV serial is 2207 4419 8830 and the store refused the return")
H("amazon_order", "Amazon order 112-4456789-1234567 was charged twice")
H("ups_tracking", "UPS tracking 1Z 7E4 V92 03 4418 2270")
H("usps_tracking", f"USPS tracking 9400 1118 9922 {digits(4)} {digits(4)} {digits(2)}")
H("fedex_tracking", f"fedex {digits(4)} {digits(4)} {digits(4)} shows delivered but I never got it")
H("confirmation_alnum", "confirmation number 8KQ2ZP for the flight")
H("case_number_6digit", "case number 448213, following up on my dispute")
H("reference_6digit", "reference #552019 from the last agent, she said 5 business days")
H("claim_id_date_like", "claim id 20261114-0043")
H("dispute_case_dashed", "dispute case 781-204-339 — any update?")
H("spanish_case_number", "número de caso 550912, ¿hay alguna novedad?")
H("routing_number", f"I paid from my checking, routing number {routing()}, and it bounced")
H("routing_and_account_ref", f"routing {routing()} account ending 4421 — why was the payment returned?")
H("checking_ending", "please use the checking account ending in 7730 for autopay")
H("iban", f"the refund went to my UK account IBAN {iban_gb()} but never arrived")
H("swift_code", "the wire needs SWIFT code CHASUS33, right?")
H("ach_trace_15", f"the bank gave me ACH trace number 0{digits(14)}")
H("timestamp_iso", "the charge posted at 2026-11-28T14:32:11Z but I was asleep")
H("unix_timestamp", "error log says ts=1764340331 when the app crashed")
H("policy_number", "travel insurance policy number TRV-2026-0088123")
H("policy_numeric_10", "my phone insurance policy 7740012931 says amex covers the deductible")
H("phone_official", "I called 1-800-528-4800 and waited an hour")
H("phone_callback", "call me back at (646) 555-0142 please")
H("phone_international", "I'm abroad, my number is +44 20 7946 0958")
H("zip", "my zip code is 10285")
H("zip_plus4", "billing zip 33101-2045")
H("zip_and_last4_verification", "zip 94016 and last 4 1005 if you need to verify")
H("amount_and_date", "there's a $1,234.56 charge on 11/14 I didn't make")
H("amounts_list", "charges of 4,512.88 and 1,187.00 and 89.99")
H("date_range", "all charges from 10/01/2026 - 10/31/2026 at Costco please")
H("dates_list", "dates 11/3, 11/4, 11/9, and 11/12")
H("statement_closing", "my statement closing date is 11/27/2026")
H("points", "I have 125,400 Membership Rewards points, can I transfer them")
H("offer_id", "the offer ID is 5512-AX-09 and the credit never posted")
H("expiry_only", "my card expires 09/28, will the new one come automatically?")
H("credit_limit", "can my limit go from $15,000 to $25,000")
H("apr", "why is my APR 24.99% now")
H("member_since", "I've been a member since 1998, card ending 3005")
H("flight_number", "flight AA 2271 on 12/19 was canceled, do I get coverage?")
H("hotel_confirmation", "hotel confirmation 90412-33871, they charged a no-show fee")
H("approval_code_receipt", "the receipt shows approval code 083412 but the merchant says it didn't go through")
H("transaction_id", "transaction ID 7H2K9QX4M1 on the statement")
H("check_number", "I mailed check number 1047 for the payment")
H("address", "ship the replacement to 221 Elm St Apt 4B, Springfield IL 62704")
H("dob_date", "my date of birth is 04/12/1985 if that helps with the authorized user form")
H("app_version", "app version 7.41.2 keeps crashing on the payments page")
H("mcc", "merchant category code 5812 should earn 4x, right?")
H("dispute_reason_code", "the letter mentions reason code C08")
H("error_code", "error code 403 when logging in")
H("area_code", "area code 212")
H("short_code_sender", "I got a text from short code 262966 asking me to confirm a charge, is that really you?")
# -- security-code words without a value
H("what_is_cvv", "what is a CVV?")
H("where_is_cid", "where is the CID on an amex?")
H("cvv_worn_off", "my CVV is worn off, can I get a new card")
H("digits_on_back_scratched", "the 3 digits on the back are scratched off")
H("how_many_digits", "how many digits is the security code on an amex, 3 or 4?")
H("merchant_asked_cvv", "The merchant asked for my CVV over the phone, is that legit?")
H("cvv_field_rejects", "the CVV field on the website won't accept 4 digits")
H("code_on_back_faded", "the code on the back is faded")
H("spanish_que_es_codigo", "¿qué es el código de seguridad?")
H("masked_cvv", "cvv: *** (not typing it here)")
H("code_red", "code red!! my wallet got stolen at the airport")
H("promo_code", "promo code SAVE20 didn't apply at checkout")
H("discount_code_numeric", "the discount code WELCOME15 took off 15 but I was charged 115.00")
H("country_code", "do I need the country code +1 when I update my phone")
H("security_code_generic_question", "do you ever need the security code in chat?")
# -- ssn words without a value
H("do_you_need_ssn", "do you need my ssn?")
H("last4_social", "last four of my social is 8391")
H("ssn_ends_in", "my ssn ends in 2207")
H("masked_ssn", "SSN: ***-**-4410")
H("spanish_no_dare_ssn", "no voy a dar mi seguro social por chat")
H("social_security_deposit", "my Social Security deposit of $1,842.00 on 11/03 was used for autopay")
H("social_security_check_date", "my social security check comes on the 3rd, can I move my due date to the 5th")
H("tax_form", "where do I find the 1099 for tax year 2025")
H("refuse_social", "I won't type my social here, send me a secure form")
# -- otp words without a value
H("never_got_code", "I never got the text code")
H("code_expired", "the code you sent expired, can you send a new one")
H("email_code_failed", "the email code didn't work")
H("spanish_no_llego", "no me llegó el código")
H("otp_not_received_phone", "OTP not received, my number is 646-555-0178")
H("send_code_to_number", "send the code to 917 555 0123 instead")
H("masked_otp", "otp: ****** (I'll enter it in the app)")
H("twofa_not_working", "two-factor isn't working on my new phone")
H("reference_from_email", "I got an email quoting case reference 448213, is it phishing?")
H("text_with_payment_amount", "the text said my payment of $412.50 posted on 11/18 but my balance didn't change")
H("otp_policy_question", "your agent said never share OTPs, ok so how do I verify?")
H("code_digits_question", "is the verification code 6 digits or 8?")
# -- password words without a value
H("forgot_password", "I forgot my password")
H("pin_is_wrong", "my pin is wrong")
H("password_not_working", "my password isn't working since the update")
H("reset_pin_howto", "how do I reset my pin")
H("wrong_pin_3_times", "I entered the wrong PIN 3 times at the ATM")
H("spanish_olvide_contrasena", "olvidé mi contraseña")
H("password_length", "my password has 14 characters and a symbol, is that enough?")
H("case_sensitive", "is the password case sensitive?")
H("reset_link_expired", "password reset link expired")
H("change_tonight", "I'll change my password tonight")
H("masked_password", "password: ******** (I know not to share it)")
H("pin_mailer", "my PIN mailer never arrived")
H("cash_advance_pin", "how do I set a PIN for cash advances")
H("pin_pad", "the pin pad at the gas station was broken")
H("locked_out", "I typed my password wrong like 5 times and now I'm locked out")
H("pin_4_digits_question", "is the pin 4 digits or 6?")
H("username_only", "my username is jsmith88, can you unlock it?")
H("spanish_cambiar_clave", "quiero cambiar mi clave, ¿cómo lo hago?")
H("password_same_as_before", "I used the same password as before and it says invalid")
# -- spanish harmless numerics
H("spanish_last4", "mi tarjeta termina en 1005")
H("spanish_zip", "mi código postal es 33101")
H("spanish_amount_date", "el cargo de $89.99 del 11/02 no lo reconozco")
H("spanish_phone", "llámame al 305-555-0199 por favor")
# -- mixed tricky
H("caps_last4_amount", "CARD ENDING 4821 CHARGED $2,300.00 TWICE!!!")
H("order_and_last4_and_date", "order 4471-2209-8831 on 11/02 for $64.10, card ending 3005")
H("json_harmless", json.dumps({"last4": "1005", "zip": "10285", "amount": "412.80"}))
H("key_value_harmless", "case=448213&last4=8841&zip=30301")
H("email_signature_harmless", "Best,\nTom Reyes\nAcct ending 5521\nTel 212-555-0117\nOrder ref 90021-448")
H("forwarded_harmless", "---------- Forwarded message ---------\nFrom: Amex <noreply@americanexpress.example>\nYour payment of $500.00 is scheduled for 12/01/2026. Card ending 1005.")
H("fullwidth_zip", f"zip {fullwidth('10285')}")
H("fullwidth_last4", f"ending {fullwidth('4821')}")
H("zero_width_case", f"case {zw('448213')}")
H("spelled_last4", "the card ends in four eight two one")
H("spanish_spelled_last4", "termina en cuatro ocho dos uno")
H("line_break_order", "order\n114-3392018-5521907\nnever came")
H("emoji_amount", "💸 $1,099.00 charged on 11/29 for a phone I returned 😡")
H("gift_card_balance_question", "how do I check the balance on an amex gift card?")
H("sixteen_digit_discussion", "do I need all 16 digits to add my card to apple pay?")
H("fifteen_digit_amex_question", "why does my amex have 15 digits and my visa 16?")
H("card_number_question", "where do I find my card number if the card is lost?")
H("spanish_donde_numero", "¿dónde encuentro mi número de tarjeta en la app?")
H("cvv_and_pin_difference", "what's the difference between the CVV and the PIN?")
H("time_and_amount", "at 14:30 yesterday a $300 charge hit, ref 2026112814")
H("loyalty_number", "my Delta SkyMiles number is 9018234472, can you link it?")
H("bank_account_nickname", "pay from 'Chase checking ...7730' not savings")
H("imei_with_serial_and_order", f"phone IMEI {imei('35')}, serial F2LX9KQ0, order 3392018 — claim for cracked screen")
H("phone_with_dashes_like_ssn", "my work number is 212-555-0173 ext 44")
H("date_like_ssn_group", "payment of 512.44 on 08/31 posted late")

# remove empty placeholder rows if any
rows = [r for r in rows if r["text"]]


# ================================================================ validation
def norm_digits(text):
    t = text
    for i, w in enumerate(ES):
        t = t.replace(w, str(i))
    for i, w in enumerate(EN):
        t = t.replace(w, str(i))
    t = "".join(str(ord(ch) - 0xFF10) if 0xFF10 <= ord(ch) <= 0xFF19 else ch for ch in t)
    return "".join(ch for ch in t if ch.isdigit())


def check():
    import re
    errs = []
    kinds = {}
    notes = set()
    for r in rows:
        key = (r.get("kind"), r["note"])
        if key in notes:
            errs.append(("dup note", key))
        notes.add(key)
        if r["sensitive"]:
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
            val = r["_value"]
            if r["kind"] == "card_number":
                if not is_card(val):
                    errs.append(("bad card", r["note"]))
            if r["kind"] == "ssn" and not ssn_valid(val):
                errs.append(("bad ssn", r["note"]))
            if r["kind"] in ("card_number", "ssn", "otp", "security_code") or val.isdigit():
                nd = norm_digits(r["text"])
                if r["note"] == "pieces_last4_then_first5":
                    ok = val[5:] in nd and val[:5] in nd
                else:
                    ok = val in nd
                if not ok:
                    errs.append(("value not in text", r["note"]))
            else:
                compact = r["text"].replace(" ", "")
                if val not in r["text"] and val.lower() not in compact.lower():
                    errs.append(("pw not in text", r["note"]))
        else:
            t = "".join(str(ord(ch) - 0xFF10) if 0xFF10 <= ord(ch) <= 0xFF19 else ch for ch in r["text"])
            t = t.replace("\u200b", "")
            for m in re.finditer(r"\d[\d \-.]*\d", t):
                d = re.sub(r"\D", "", m.group())
                for L in (15, 16):
                    for i in range(0, len(d) - L + 1):
                        if is_card(d[i:i + L]):
                            errs.append(("harmless contains card", r["note"]))
    return errs, kinds


errs, kinds = check()
n_s = sum(r["sensitive"] for r in rows)
print("total", len(rows), "sensitive", n_s, "harmless", len(rows) - n_s, kinds)
if errs:
    for e in errs:
        print("ERR", e)
    raise SystemExit(1)

with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        o = {"text": r["text"], "sensitive": r["sensitive"]}
        if r["sensitive"]:
            o["kind"] = r["kind"]
        o["note"] = r["note"]
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", OUT)
