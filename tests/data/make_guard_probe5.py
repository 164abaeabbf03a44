#!/usr/bin/env python3
"""Generate the blind guard probe set guard_probe5.jsonl (seeded, reproducible)."""
import json, random, os

R = random.Random(20261201)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe5.jsonl")

def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def luhn_make(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def luhn_fail(prefix, length):
    s = luhn_make(prefix, length)
    bad = s[:-1] + str((int(s[-1]) + R.randrange(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad

USED = set()
def uniq(f):
    def g(*a):
        while True:
            v = f(*a)
            if v not in USED:
                USED.add(v); return v
    return g

@uniq
def A(): return luhn_make(R.choice(["34", "37"]), 15)
@uniq
def V(): return luhn_make("4", 16)
@uniq
def M(): return luhn_make(str(R.randint(51, 55)), 16)
@uniq
def M2(): return luhn_make(str(R.randint(2221, 2720)), 16)
@uniq
def D(): return luhn_make(R.choice(["6011", "65"]), 16)
def ANY(): return R.choice([A, V, M, M2, D])()
@uniq
def FAIL16(prefix=None): return luhn_fail(prefix or R.choice(["4", "5", "6", "37", "1", "9"]), 16)
@uniq
def FAIL15(prefix="37"): return luhn_fail(prefix, 15)

@uniq
def SSN():
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"

@uniq
def OTP(n=6): return "".join(str(R.randrange(10)) for _ in range(n))
@uniq
def CVV(n=3): return "".join(str(R.randrange(10)) for _ in range(n))
@uniq
def PIN(): return "".join(str(R.randrange(10)) for _ in range(4))

EN = "zero one two three four five six seven eight nine".split()
ES = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
def en(s, sep=" "): return sep.join(EN[int(c)] for c in s if c.isdigit())
def es(s, sep=" "): return sep.join(ES[int(c)] for c in s if c.isdigit())
def fw(s): return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)
def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return sep.join(out)
def cgrp(s, sep=" "):
    return grp(s, [4, 6, 5] if len(s) == 15 else [4, 4, 4, 4], sep)
def ssnf(s, sep="-"): return grp(s, [3, 2, 4], sep)
def mix(s):  # mixed digits and words
    return " ".join(EN[int(c)] if i % 3 == 1 else c for i, c in enumerate(s))

ROWS = []
def S(kind, note, text): ROWS.append({"text": text, "sensitive": True, "kind": kind, "note": note})
def H(note, text): ROWS.append({"text": text, "sensitive": False, "note": note})

# ======================= CARD NUMBERS =======================
k = "card_number"
c = A(); S(k, "amex_spaces_4-6-5", f"my card number is {cgrp(c)}")
c = V(); S(k, "visa_dashes", f"card # {cgrp(c, '-')} — can you check why it declined?")
c = M(); S(k, "mc_plain_no_context", f"{c}")
c = M2(); S(k, "mc_2series_spaces", f"here's the mastercard i linked: {cgrp(c)}")
c = D(); S(k, "discover_dots", f"my discover is {cgrp(c, '.')} and it keeps getting declined")
c = A(); S(k, "pieces_with_words", f"ok so it starts with {c[:4]}, then {c[4:10]}, and ends {c[10:]}")
c = V(); S(k, "pieces_first_middle_last", f"first four {c[:4]} next four {c[4:8]} then {c[8:12]} and last four {c[12:]}")
c = A(); S(k, "spelled_en", f"card number is {en(c)}")
c = V(); S(k, "spelled_en_commas", f"the number is {en(c[:4])}, {en(c[4:8])}, {en(c[8:12])}, {en(c[12:])}")
c = A(); S(k, "spelled_es", f"mi número de tarjeta es {es(c)}")
c = M(); S(k, "es_digits", f"hola, mi numero de tarjeta es {cgrp(c)} y no me deja pagar")
c = V(); S(k, "mixed_digits_words", f"card: {mix(c)}")
c = A(); S(k, "slashes", f"acct {cgrp(c, '/')} pls verify")
c = D(); S(k, "en_dash_sep", f"card {cgrp(c, '–')}")
c = M(); S(k, "em_dash_sep", f"number—{cgrp(c, '—')}")
c = A(); S(k, "zero_width_spaces", "my card is " + "\u200b".join(c))
c = V(); S(k, "zwsp_in_groups", "card num: " + "\u200b".join(cgrp(c).split(" ")))
c = A(); S(k, "fullwidth_digits", f"カード番号 {fw(cgrp(c))} (my card)")
c = M2(); S(k, "fullwidth_plain", f"card number {fw(c)}")
c = V(); S(k, "newline_split", f"ok here it is\n{c[:8]}\n{c[8:]}")
c = A(); S(k, "newline_groups", "card:\n" + "\n".join(cgrp(c).split()))
c = D(); S(k, "parentheses", f"I used my Discover ({cgrp(c)}) for the hotel")
c = V(); S(k, "quotes", f'it says "{c}" on the front')
c = A(); S(k, "code_block", f"```\ncard={c}\nexp=09/28\n```")
c = M(); S(k, "json", json.dumps({"name": "Dana Ortiz", "card_number": cgrp(c, "-"), "zip": "60614"}))
c = A(); S(k, "email_signature", f"Thanks,\nRobert Kline\nCorporate Card: {cgrp(c)}\nPhone: (312) 555-0186")
c = V(); S(k, "forwarded_msg", f"---------- Forwarded message ---------\nFrom: billing@hotelgrand.example\nSubject: Reservation\n\nCard on file: {cgrp(c)}\nAmount: $842.17\n")
c = A(); S(k, "beside_amount_date", f"charged $1,249.00 on 11/03/2026 to {cgrp(c)}, order #112-4839201-5573920")
c = M(); S(k, "beside_order_number", f"order 88213409 was paid with card {c} but never shipped")
c = D(); S(k, "with_expiry", f"{cgrp(c)} exp 04/29")
c = A(); S(k, "typo_label", f"my crad numbr is {c} can u chek it")
c = V(); S(k, "casual_lowercase", f"lol ok fine its {cgrp(c)}")
c = M2(); S(k, "filler_before", f"the number, if you really need it, is {cgrp(c)}")
c = A(); S(k, "ending_in_full", f"the card ending in {c}")
c = A(); S(k, "irregular_grouping", f"{c[:3]} {c[3:7]} {c[7:11]} {c[11:]} is my amex")
c = V(); S(k, "dashes_no_groups", "-".join([c[:2], c[2:9], c[9:]]) + " ← that's the visa")
c = D(); S(k, "es_sentence_words_between", f"mi tarjeta empieza con {c[:4]}, luego {c[4:8]}, después {c[8:12]} y termina en {c[12:]}")
c = A(); S(k, "es_words_digits_mixed", f"número de tarjeta: {es(c[:5])} {c[5:]}")
c = M(); S(k, "nbsp_sep", "card " + "\u00a0".join(cgrp(c).split()))
c = A(); S(k, "replacement_card_new", f"got my replacement today, new number {cgrp(c)}, can you activate it?")
c = V(); S(k, "prefixed_hash", f"#{c}")
c = M(); S(k, "two_numbers_one_card", f"order 4481-2290 / card {cgrp(c)} / total $56.20")
c = A(); S(k, "dots_and_spaces_mixed", f"{c[:4]}. {c[4:10]}. {c[10:]}")
c = D(); S(k, "markdown_bold", f"**Card:** `{c}`")

# ======================= SECURITY CODES =======================
k = "security_code"
S(k, "cvv_colon", f"CVV: {CVV()}")
S(k, "cvv_is", f"my cvv is {CVV()}")
S(k, "cid_amex_4", f"the CID on my amex is {CVV(4)}")
S(k, "three_digits_back", f"the 3 digits on the back are {CVV()}")
S(k, "security_number_back", f"security number on the back is {CVV()}")
S(k, "four_digit_front", f"the 4 digit code on the front of the card: {CVV(4)}")
S(k, "csc", f"csc {CVV()}")
S(k, "cvv2", f"cvv2={CVV()}")
S(k, "cvc2", f"CVC2 {CVV()} exp 07/28")
S(k, "cvc_spaced", f"cvc is {' '.join(CVV())}")
S(k, "spelled_en", f"security code is {en(CVV())}")
S(k, "spelled_en_4", f"the code on the front is {en(CVV(4), '-')}")
S(k, "es_codigo", f"el código de seguridad es {CVV()}")
S(k, "es_tres_numeros", f"los tres números de atrás son {es(CVV())}")
S(k, "es_cvv_typo", f"mi cvv es {CVV()} porfa")
S(k, "dotted_acronym", f"c.v.v. {CVV()}")
S(k, "filler_before", f"the security code, if you need it to verify, is {CVV(4)}")
S(k, "exp_and_cvv", f"exp 09/28 cvv {CVV()}, zip 10001")
S(k, "json", json.dumps({"last4": "4412", "exp": "11/27", "cvv": CVV()}))
S(k, "parentheses", f"card verification value ({CVV()})")
S(k, "em_dash", f"cvv — {CVV()}")
S(k, "typo_ccv", f"ccv is {CVV()}")
S(k, "typo_secuirty", f"secuirty code {CVV(4)}")
S(k, "back_of_card_casual", f"back of the card says {CVV()} if that helps")
S(k, "fullwidth", f"CVV {fw(CVV())}")
S(k, "newline", f"security code:\n{CVV(4)}")
S(k, "with_last4", f"last 4 is 1008 and the cvv is {CVV()}")
S(k, "card_verification_code", f"card verification code: {CVV(4)}")
S(k, "mixed_word_digit", f"cvv is {EN[R.randrange(10)]} {R.randrange(10)} {EN[R.randrange(10)]}")
S(k, "code_block", f"```\nexp: 03/29\ncid: {CVV(4)}\n```")

# ======================= SSNs =======================
k = "ssn"
S(k, "dashes", f"my ssn is {ssnf(SSN())}")
S(k, "social_spaces", f"social {ssnf(SSN(), ' ')}")
S(k, "no_sep", f"social security number {SSN()}")
S(k, "dots", f"SSN: {ssnf(SSN(), '.')}")
s = SSN(); S(k, "pieces_words", f"first three {s[:3]}, middle {s[3:5]}, last four {s[5:]} — that's my social")
s = SSN(); S(k, "spelled_en", f"my social is {en(s)}")
s = SSN(); S(k, "spelled_en_groups", f"ssn {en(s[:3])} dash {en(s[3:5])} dash {en(s[5:])}")
S(k, "es_seguro_social", f"mi número de seguro social es {ssnf(SSN())}")
s = SSN(); S(k, "es_spelled", f"mi seguro social es {es(s)}")
S(k, "ss_hash", f"SS# {ssnf(SSN())}")
S(k, "soc_sec_abbrev", f"soc sec {ssnf(SSN(), ' ')}")
S(k, "fullwidth", f"SSN {fw(ssnf(SSN()))}")
S(k, "json", json.dumps({"full_name": "Maria Lopez", "dob": "1984-02-17", "ssn": ssnf(SSN())}))
S(k, "filler_before", f"for the application, my social, just so you have it, is {SSN()}")
S(k, "en_dash", f"ssn {ssnf(SSN(), '–')}")
S(k, "slashes", f"social sec no. {ssnf(SSN(), '/')}")
S(k, "zero_width", "ssn " + "\u200b".join(SSN()))
S(k, "newline", f"my social:\n{ssnf(SSN())}")
S(k, "typo_socail", f"socail security # is {ssnf(SSN())}")
S(k, "tax_id_ssn", f"tax id (my SSN) {ssnf(SSN())} for the 1099")
s = SSN(); S(k, "mixed_words_digits", f"social is {s[:3]} {en(s[3:5])} {s[5:]}")
S(k, "email_signature", f"Regards,\nT. Nguyen\nSSN {ssnf(SSN())}\nDOB 05/11/1979")
S(k, "beside_zip_phone", f"zip 94110, phone 415-555-0132, ss number {ssnf(SSN())}")
S(k, "parentheses", f"I gave them my social ({ssnf(SSN())}) when I applied")
S(k, "quotes", f'they asked for my SSN so I typed "{SSN()}"')
S(k, "casual", f"ok fine ss is {ssnf(SSN())} happy now")
S(k, "es_ssn_abbrev", f"mi SSN es {ssnf(SSN(), ' ')}")
S(k, "last4_then_full", f"last 4 of my social are wrong on file, whole thing is {ssnf(SSN())}")
S(k, "spaced_digits", f"social security: {' '.join(SSN())}")
S(k, "code_block", f"```\nSSN={ssnf(SSN())}\n```")

# ======================= OTPs =======================
k = "otp"
S(k, "code_you_texted", f"the code you texted me is {OTP()}")
S(k, "got_in_messages", f"got {OTP()} in my messages")
S(k, "verification_code", f"verification code: {OTP()}")
S(k, "one_time_passcode_spaced", f"one time passcode {grp(OTP(), [2, 2, 2])}")
S(k, "app_code_split", f"the code from the app says {grp(OTP(), [3, 3])}")
S(k, "email_code", f"the code you emailed me is {OTP()}")
S(k, "quoted_sms", f'the text says "American Express: Your one-time code is {OTP()}. Do not share this code." should I give it to you?')
S(k, "spelled_en", f"code they sent is {en(OTP())}")
o = OTP(); S(k, "spelled_en_split", f"the sms code: {en(o[:3])}, {en(o[3:])}")
S(k, "2fa", f"2FA code {OTP()}")
S(k, "safekey", f"SafeKey code {OTP()}")
S(k, "otp_equals", f"OTP={grp(OTP(), [3, 3])}")
S(k, "passcode_spaced_digits", f"passcode they sent: {' '.join(OTP())}")
S(k, "casual_txt", f"got a txt w/ {grp(OTP(), [3, 3])}, is that what u need")
S(k, "entered_expired", f"i entered {OTP()} from the sms but it says expired")
S(k, "es_me_llego", f"me llegó el código {OTP()} por mensaje")
S(k, "es_codigo_verificacion", f"el código de verificación es {es(OTP())}")
S(k, "8_digit", f"my verification code is {OTP(8)}")
S(k, "4_digit_sms", f"the 4-digit code you sent to my phone is {OTP(4)}")
S(k, "filler_before", f"the code, which just came in by text a second ago, is {OTP()}")
S(k, "fullwidth", f"verification code {fw(OTP())}")
S(k, "zero_width", "the text code is " + "\u200b".join(OTP()))
S(k, "newline", f"here's the code you sent\n{OTP()}")
S(k, "quoted_parens", f"I got a text (code {OTP()}) right after I tried logging in")
S(k, "json", json.dumps({"event": "login", "otp": OTP()}))
S(k, "typo_verifcation", f"verifcation cod {OTP()}")
S(k, "security_code_email", f"the code sent to my email is {OTP()} and it won't take it")
S(k, "dashed", f"one-time code {grp(OTP(), [3, 3], '-')}")
S(k, "authenticator", f"authenticator app shows {OTP()} right now")
S(k, "mixed_words", f"the code is {mix(OTP())}")

# ======================= PASSWORDS / PINs =======================
k = "password"
S(k, "password_is", "my password is Sunflower!92")
S(k, "pw_colon", "pw: Tr0ub4dor&3z")
S(k, "pw_filler", "my pw, if you need it, is bluemoon1988")
S(k, "pwd_equals", "pwd = K!ttyCat77")
S(k, "passwd_quoted", "passwd is 'gR8-day#'")
S(k, "pass_colon", "pass: Mango_2024")
S(k, "pin_is", f"PIN is {PIN()}")
S(k, "pin_spaced", f"my pin is {' '.join(PIN())}")
S(k, "atm_pin", f"atm pin {PIN()}")
S(k, "pin_spelled", f"pin number: {en(PIN())}")
S(k, "es_contrasena", "mi contraseña es Perrito2023")
S(k, "es_clave", "mi clave es LunaLlena#7")
S(k, "es_pin_spelled", f"mi pin es {es(PIN())}")
S(k, "login_slash_password", "login: jdoe88 / password: Winter#Is2Coming")
S(k, "hint_with_value", "my password is my dog's name plus my birth year, rocky1987")
S(k, "changed_to", "I changed my password to Lakers4life! yesterday and now it's locked")
S(k, "old_and_new", "old pw was qwerty123, new one is Qwerty1234!")
S(k, "literal_password123", "password is literally 'password123' dont judge")
S(k, "try_logging_in_with", "can you try logging in with Bk$9mn2Lq and see if it works")
S(k, "code_block", "```\nusername=mfisher\npassword=Zx7!pLm0qR\n```")
S(k, "json", json.dumps({"user": "kpatel", "pass": "Saffron&Rain22"}))
S(k, "pin_birth_year", "my PIN is just my birth year, 1986")
S(k, "typo_pasword", "pasword: orangeJuice#5")
S(k, "typo_passowrd", "my passowrd is TacoTuesday99")
S(k, "online_password_casual", "ok my online banking pw is gators4ever lol")
S(k, "pin_fullwidth", f"PIN {fw(PIN())}")
S(k, "pin_newline", f"my card pin:\n{PIN()}")
S(k, "passphrase", "passphrase is correct horse battery staple 42")
S(k, "pin_mixed", f"pin is {EN[R.randrange(10)]} {R.randrange(10)} {R.randrange(10)} {EN[R.randrange(10)]}")
S(k, "es_mi_contrasena_filler", "mi contraseña, por si la necesitas, es Gatito_88")
S(k, "email_signature_creds", "Best,\nLinda\n--\nportal login linda.m@example.com pw: Blu3Heron!")
S(k, "password_parens", "I reset it (new password: Maple$Leaf2026) but still can't sign in")

# ======================= HARMLESS =======================
# last 4 / partial card
H("last4", "card ending in 1005")
H("last4_phrase", "the last four digits are 8431")
H("last4_es", "los últimos cuatro dígitos son 4421")
H("last5_amex", "last 5 digits of my amex are 98431")
H("masked_pan", "**** **** **** 4242 was charged twice")
H("masked_amex_x", "3782 XXXXXX 10005 is the card on the account")
H("first6_last4", "the statement shows 371449******8431, is that mine?")
H("last4_with_zip", "last 4 is 6630 and zip is 33139")
H("last4_spelled", "card ends in four two one nine")
# zip
H("zip", "my zip is 10001")
H("zip_plus4", "billing zip 10001-2345")
H("zip_es", "mi código postal es 78701")
# amounts
H("amount_large", "the charge was $1,234,567.89?? that can't be right")
H("amount_plain_digits", "the charge was 4539.12 and I didn't make it")
H("amounts_multiple", "I paid $1,234 on 12/05 and $98.43 on 12/07, balance shows $15,234.56")
H("amount_no_sep", "credit limit went from 15000 to 25000")
H("amount_es", "me cobraron 1.249,00 dólares dos veces")
# dates/times
H("date_slash", "the charge posted on 03/14/2026")
H("date_iso_time", "at 2026-11-05 14:32:07 I got locked out")
H("date_range", "statement period 10/04/2026 - 11/03/2026")
H("expiry_only", "my card expires 08/27, when will the new one come?")
H("dob", "my date of birth is 05/11/1979 if that helps")
# phones
H("phone_amex_tollfree", "I called 1-800-528-4800 and they told me to chat")
H("phone_ext", "you can reach me at +1 (212) 555-0147 ext. 4021")
H("phone_dots", "call me back at 646.555.0192")
H("phone_x_ext", "office line (305) 555-0198 x 4412")
H("phone_intl", "I'm abroad, my number is +44 20 7946 0958")
H("phone_es", "mi teléfono es 787-555-0143")
H("phone_nosep", "my cell is 3125550186")
# order / tracking / case / confirmation
H("order_amazon", "order #112-4839201-5573920 never arrived")
f = FAIL16("4"); H("tracking_16_luhnfail", f"tracking number {cgrp(f)} shows delivered but I got nothing")
f = FAIL16("5"); H("order_16_luhnfail", f"Order number: {f}")
f = FAIL16("6011"); H("order_16_luhnfail_6011", f"my order no. is {cgrp(f, '-')} from the electronics store")
f = FAIL15("37"); H("confirmation_15_luhnfail", f"confirmation # {f} for the flight refund")
f = FAIL16("4"); H("reference_16_luhnfail", f"reference number {cgrp(f)} on the merchant receipt")
H("ups_tracking", "UPS tracking 1Z999AA10123456784")
H("usps_tracking", "USPS tracking 9400 1000 0000 0000 0000 00")
H("fedex_tracking", "fedex tracking 7712 3456 7890")
H("case_number", "case number 2407-118-3390, I was told to reference it")
H("case_6digit", "my case # is 448213")
H("ticket_6digit", "ticket 730912 was closed without a fix")
H("confirmation_alnum", "confirmation code ABX7719Q")
H("dispute_id", "dispute ID D-20261103-88214")
H("invoice_9digit", "invoice 531274806 from the vendor")
H("member_id_9", "my membership rewards account shows member ID 412739018")
H("routing_number", "the bank routing number is 026009593 for autopay")
H("claim_number", "claim no. 5511-2093-44")
f = FAIL16("3"); H("loyalty_16_luhnfail", f"hotel loyalty number {cgrp(f)}")
H("flight_pnr", "flight confirmation KX7Q2L, flight 1234 on 12/20")
# serials / device
H("device_serial", "SN-4821-7730-1192-0045 is the serial of the laptop I returned")
H("serial_alnum", "S/N C02XK1JGJG5H")
imei = luhn_make("35", 15); H("imei_luhn_valid", f"my phone's IMEI is {imei}, the one that got stolen")
H("upc", "the UPC on the box is 0 12345 67890 5")
H("vin", "car VIN 1HGCM82633A004352 for the rental damage claim")
# IBAN-like
H("iban_gb", "the refund came from GB82 WEST 1234 5698 7654 32")
H("iban_de", "transfer ref IBAN DE44 5001 0517 5407 3249 31")
H("swift_acct_ref", "wire ref 2026110500017734, SWIFT BOFAUS3N")
H("ach_trace", "ACH trace number 021000021234567")
# talk about without value
H("what_is_cvv", "what is a CVV?")
H("where_cid", "where do i find the 4 digit code on my amex")
H("forgot_password", "I forgot my password")
H("reset_password", "can you reset my password please")
H("should_give_ssn", "should I give you my SSN?")
H("no_otp_policy", "you guys never ask for the one-time code right?")
H("didnt_get_code", "I didn't get the verification code")
H("pin_locked", "my pin got locked after 3 tries")
H("code_expired", "the code expired before i could type it")
H("do_you_need_social", "do you need my social?")
H("wont_share_ssn", "I'm not going to share my social security number here")
H("password_is_wrong", "my password is wrong apparently")
H("password_is_not_working", "my password is not working")
H("password_is_expired", "my password is expired and the reset link is broken")
H("password_is_too_short", "it says my password is too short")
H("password_length", "my password is 12 characters long")
H("pw_locked", "my pw is locked")
H("cvv_is_3_digits", "the cvv is 3 digits right?")
H("pin_has_4_digits", "pin has 4 digits but I forgot it")
H("changed_password_days", "I changed my password 2 days ago")
H("code_3_times", "I got the code 3 times already and none worked")
H("two_codes", "you texted me 2 codes in 5 minutes, which one do I use?")
H("pin_none", "PIN: I don't have one")
H("text_no_code", "I got a text with a code but I'm not going to share it")
H("code_didnt_work", "the code you texted me didn't work")
H("security_code_question", "does the security code change when I get a replacement card?")
H("cvv_wrong_error", "the website says my CVV is invalid but I typed it right")
H("ssn_not_linked", "my ssn isn't linked to my account?")
H("es_olvide", "olvidé mi contraseña")
H("es_que_es_codigo", "¿qué es el código de seguridad?")
H("es_no_llego_codigo", "no me llegó el código de verificación")
H("es_pin_bloqueado", "mi pin está bloqueado")
H("scam_text_no_code", "someone texted me asking for my passcode, is that you?")
H("password_requirements", "what are the password requirements? does it need a symbol")
H("password_manager", "my password manager autofills it so I don't know it")
H("otp_settings", "how do I turn off the one-time passcode for every login")
H("social_media", "I saw a post on social media about a 5% cashback offer")
H("pin_location", "where can I set up a PIN for cash advances?")
H("cvv_digits_count", "amex has a 4 digit code on the front instead of 3 on the back, right?")
H("ssn_last4", "the last 4 of my social is 6789")
H("ssn_last4_es", "los últimos 4 de mi seguro social son 0457")
H("pin_mailer", "I never received the PIN mailer for card ending 3321")
# numbers near keywords but not secret values
H("code_promo", "promo code SAVE20 didn't apply")
H("offer_code", "the offer code on the email is AMEXDINE25")
H("code_section_law", "under section 1666 of the code I have 60 days to dispute, right?")
H("error_code", "the app shows error code 500213")
H("merchant_code", "the merchant category code is 5812")
H("zip_code_phrase", "is the security of my zip code info ok? it's 90210")
H("area_code", "my area code is 415")
H("gate_code_delivery", "the delivery driver said the gate code at my building was wrong")
H("room_number", "hotel room 1412, the charge says 3 nights but I stayed 2")
H("seat_number", "flight AA 2281 seat 14C was downgraded")
# numbers that look like SSNs but aren't
H("phone_3-3-4", "my home number is 212-555-0147")
H("ssn_like_invalid_area_000", "my employee id is 000-12-3456")
H("ssn_like_666_label_ref", "ref 666-12-3456 on the letter")
H("ssn_like_9xx_ticket", "ticket 912-44-1203")
H("policy_number", "insurance policy number 412-73-9018-A for the rental coverage")
H("store_register", "the vendor's receipt lists store #0412 register 07")
# numbers that look like OTPs but aren't
H("six_digit_amount", "i spent 125000 points on the flight")
H("points_balance", "my points balance is 482,193")
H("postcode_uk", "delivery address postcode SW1A 1AA")
H("year_range", "I've been a card member since 1998")
H("six_digit_date", "statement date 110526 on the pdf")
# 4-digit non-PINs
H("four_digit_year", "the charge from 2019 is still showing")
H("four_digit_last4_es", "mi tarjeta termina en 3005")
H("four_digit_time", "they called me at 1430")
H("four_digit_store", "store 4417 charged me twice")
# card-like long numbers with labels
f = FAIL16("4"); H("gift_card_claim_number", f"the claim reference for my purchase protection is {f}")
f = FAIL16("5"); H("shipment_id", f"shipment id: {cgrp(f, '-')}")
H("timestamp_digits", "log id 20261105143207123")
H("account_number_masked", "account ending -71004")
H("bank_acct_masked", "autopay from checking ****5521")
H("mixed_numbers_no_secret", "zip 60614, last4 2209, phone 773-555-0114, amount $64.20, date 10/30")
H("json_harmless", json.dumps({"last4": "1005", "zip": "10001", "amount": "129.99", "order": "112-4839201-5573920"}))
H("email_signature_harmless", "Thanks,\nPriya Shah\nAcme Corp | (617) 555-0173 ext 209\n100 Main St, Boston MA 02110")
H("forwarded_receipt_masked", "---------- Forwarded message ---------\nFrom: orders@shop.example\nOrder 7781-2204-9915\nPaid with AMEX ****1008\nTotal: $219.45")
H("code_block_harmless", "```\norder_id=8841203377\nstatus=shipped\ncarrier=UPS\n```")
H("fullwidth_zip", f"zip {fw('10001')}")
H("spelled_phone", "call me at five five five, zero one nine two")
H("spelled_zip", "zip is nine four one one zero")
H("es_amount_words", "me cobraron cuatrocientos cincuenta dólares")
H("password_is_same", "my password is the same as before but it won't work")
H("pin_same_as_old", "is my pin the same as my old card's?")
H("new_card_activation", "I got my new card, how do I activate it?")
H("otp_delay", "the verification text took like 10 minutes to arrive")
H("security_question", "I don't remember the answer to my security question")
H("cvv_on_back_where", "the 3 digits on the back are scratched off, can I get a new card?")
H("card_number_request_refuse", "I'd rather not type my card number here")
H("card_number_changed", "did my card number change after the replacement?")
H("ssn_needed_for_app", "why does the application need my full SSN?")
H("pw_reset_link", "pw reset link expired")
H("apartment_unit", "ship to apt 4B, 1420 Lakeshore Dr, Chicago IL 60610")
H("budget_numbers", "I budget 3,700 a month and spend about 1,200 on groceries")
H("version_number", "app version 6.42.0 build 20261104 crashes")
H("ip_address", "it says login attempt from 203.0.113.42")
H("percentage_apr", "why is my APR 29.99% when it was 24.49%?")

# ---- checks ----
import collections
cnt = collections.Counter(r.get("kind", "harmless") for r in ROWS)
with open(OUT, "w", encoding="utf-8") as fh:
    for r in ROWS:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(ROWS), dict(cnt))
