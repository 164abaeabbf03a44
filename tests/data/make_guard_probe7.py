#!/usr/bin/env python3
"""Blind adversarial probe set for the amexsim sensitive-data guard (probe7).
Deterministic: seeded RNG, stdlib only. Writes guard_probe7.jsonl next to this file."""
import json, os, random

R = random.Random(20261201)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe7.jsonl")

FAMOUS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
          "371449635398431", "6011111111111117", "5105105105105100", "4012888888881881",
          "4000056655665556", "5200828282828210", "6011000990139424", "30569309025904",
          "3566002020360505", "378734493671000", "4222222222222"}

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        s += n
    return s % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

BRANDS = [("amex", lambda r: r.choice(["34", "37"]), 15),
          ("visa", lambda r: "4", 16),
          ("mc", lambda r: str(r.randint(51, 55)), 16),
          ("mc2", lambda r: str(r.randint(2221, 2720)), 16),
          ("discover", lambda r: r.choice(["6011", "65", str(r.randint(644, 649))]), 16),
          ("jcb", lambda r: str(r.randint(3528, 3589)), 16),
          ("diners", lambda r: r.choice(["36", "300", "301", "305", "38"]), 14)]
BRAND_W = [30, 25, 15, 7, 10, 7, 6]

def card(r, brand=None):
    while True:
        if brand is None:
            b = r.choices(BRANDS, BRAND_W)[0]
        else:
            b = [x for x in BRANDS if x[0] == brand][0]
        p = b[1](r)
        body = p + "".join(str(r.randint(0, 9)) for _ in range(b[2] - len(p) - 1))
        d = luhn_complete(body)
        if d not in FAMOUS and len(set(d)) >= 5:
            return d, b[0]

def bad_luhn(r, prefix, length):
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    d = luhn_complete(body)
    d = d[:-1] + str((int(d[-1]) + r.randint(1, 9)) % 10)
    assert not luhn_ok(d)
    return d

def groups(d):
    if len(d) == 15: return [d[:4], d[4:10], d[10:]]
    if len(d) == 14: return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]

def grp(d, sep=" "): return sep.join(groups(d))

EN = "zero one two three four five six seven eight nine".split()
ES = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
def words(d, lang=EN, sep=" "): return sep.join(lang[int(c)] for c in d)

def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666: continue
        g = r.randint(1, 99); s = r.randint(1, 9999)
        t = (f"{a:03d}", f"{g:02d}", f"{s:04d}")
        if "-".join(t) in ("078-05-1120", "219-09-9999", "123-45-6789"): continue
        return t

def otp(r, n=6):
    while True:
        v = "".join(str(r.randint(0, 9)) for _ in range(n))
        if len(set(v)) >= 3 and v not in ("123456", "654321"):
            return v

def cvv(r, n=3):
    while True:
        v = "".join(str(r.randint(0, 9)) for _ in range(n))
        if len(set(v)) >= 2: return v

WORDS = ["summer", "tiger", "mango", "rocket", "bluefish", "gatito", "lunita", "pancho", "coffee",
         "dragon", "maple", "sunshine", "panther", "brooklyn", "tacotuesday", "oreo", "pepper",
         "monkey", "river", "falcon", "bella", "chivas", "yankees", "cookie"]
def pw(r):
    w = r.choice(WORDS); k = r.randint(0, 5)
    if k == 0: return w.capitalize() + str(r.randint(1980, 2026)) + r.choice("!#$@*")
    if k == 1: return w + str(r.randint(10, 99))
    if k == 2: return w.capitalize() + r.choice("_-.") + str(r.randint(1, 999))
    if k == 3: return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!@#$%") for _ in range(r.randint(9, 13)))
    if k == 4: return w[0].upper() + w[1:].replace("a", "@").replace("o", "0") + str(r.randint(1, 99)) + "!"
    return r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize() + str(r.randint(1, 9))

def amt(r): return f"{r.randint(5, 2400)}.{r.randint(0, 99):02d}"
def date(r): return f"{r.randint(1, 12)}/{r.randint(1, 28)}"
def fdate(r): return f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2026"
def zipc(r): return f"{r.randint(10001, 98999)}"
def phone(r): return f"({r.randint(201, 989)}) 555-{r.randint(100, 199):04d}"
def last4(r): return f"{r.randint(0, 9999):04d}"
def name(r): return r.choice(["Maria Lopez", "Tom Reyes", "Jenna Park", "Luis Herrera", "Aisha Khan",
                              "Derek Olsen", "Sofia Ramirez", "Kevin Nguyen", "Patricia Gomez"])
def user(r): return r.choice(["jdoe", "mlopez84", "tkim88", "pat.gomez", "derek_o", "aishak", "kev.nguyen", "sofiar"])

# ---------------------------------------------------------------- card_number
def c_pieces(d):
    n = len(d); a = 4 if n != 15 else 4; c = 4
    return d[:a], d[a:n - c], d[n - c:]

CARD = [
 ("cc_spaced", lambda r, d: f"my card number is {grp(d)}"),
 ("cc_runon", lambda r, d: f"card {d} pls check why its declined"),
 ("cc_dashed", lambda r, d: f"{grp(d, '-')} is the card that got charged"),
 ("cc_dotted", lambda r, d: f"cc: {grp(d, '.')}"),
 ("cc_amount_date_order", lambda r, d: f"I was charged ${amt(r)} on {date(r)} for order #{r.randint(10000, 99999)} on card {grp(d)}, can you reverse it?"),
 ("cc_pieces_en", lambda r, d: "it starts with {}.. then {}.. and ends with {}".format(*c_pieces(d))),
 ("cc_two_halves", lambda r, d: f"first half of the card is {d[:8]}\nsecond half {d[8:]}"),
 ("cc_words_en", lambda r, d: f"card number {words(d)}"),
 ("cc_words_es", lambda r, d: f"el número de mi tarjeta es {words(d, ES)}"),
 ("cc_mixed_words_digits", lambda r, d: f"the number is {words(d[:4])} {d[4:8]} {words(d[8:12])} {d[12:]}"),
 ("cc_typos", lambda r, d: f"hi my crad numbr is {grp(d)} and it keeps geting declinde at the gas staton"),
 ("cc_json", lambda r, d: json.dumps({"card_number": d, "exp": "04/28", "name": name(r)})),
 ("cc_keyvalue", lambda r, d: f"card_no={d}&holder={name(r).replace(' ', '+')}"),
 ("cc_quoted", lambda r, d: f'the number printed on it is "{grp(d)}"'),
 ("cc_after_emoji", lambda r, d: f"😡😡😡 {grp(d)} THIS CARD GOT CHARGED TWICE"),
 ("cc_url_query", lambda r, d: f"the checkout url was https://shop.example.com/pay?cc={d}&amt={amt(r)} is that site legit??"),
 ("cc_es_sentence", lambda r, d: f"mi tarjeta {grp(d)} fue rechazada en el supermercado, ¿por qué?"),
 ("cc_angry_caps", lambda r, d: f"I ALREADY GAVE YOU MY CARD NUMBER {grp(d, '-')} WHY DO YOU KEEP ASKING"),
 ("cc_polite", lambda r, d: f"Good afternoon, could you please check the status of my card {grp(d)}? Thank you so much."),
 ("cc_slashes", lambda r, d: f"card number: {grp(d, '/')}"),
 ("cc_with_last4_mention", lambda r, d: f"replacement card {grp(d)} still hasn't arrived (the old one ended {last4(r)})"),
 ("cc_hash_runon", lambda r, d: f"card#{d}"),
 ("cc_lower_with_exp", lambda r, d: f"so the number on the front is {grp(d)} and exp is 09/27"),
 ("cc_es_pieces", lambda r, d: "empieza con {}, sigue {} y termina en {}".format(*c_pieces(d))),
 ("cc_backticks", lambda r, d: f"card number here: `{d}`"),
 ("cc_as_requested", lambda r, d: f"Here is my full card number as requested: {grp(d)}"),
 ("cc_irregular_spacing", lambda r, d: f"the card number is {d[:7]} {d[7:12]} {d[12:]}"),
 ("cc_partial_words", lambda r, d: f"its {words(d[:4])} then {grp(d[4:])}"),
 ("cc_pipe_record", lambda r, d: f"cardholder {name(r)} | card {d} | ${amt(r)} | {fdate(r)}"),
 ("cc_refund_to", lambda r, d: f"pls refund the {amt(r)} to {d} not my bank"),
 ("cc_business_card", lambda r, d: f"can u see {grp(d, '-')}? its my business card, the one for the restaurant"),
 ("cc_three_msgs_one", lambda r, d: f"ok ready? card number:\n{d[:4]}\n{d[4:8]}\n{d[8:12]}\n{d[12:]}"),
 ("cc_comma_sep", lambda r, d: "card digits: " + ", ".join(d)),
 ("cc_double_spaced", lambda r, d: "card  " + "  ".join(groups(d)) + "  thanks"),
 ("cc_lost_wallet", lambda r, d: f"i lost my wallet, the card was {grp(d)}, please block it NOW"),
 ("cc_es_label_dashed", lambda r, d: f"número de tarjeta: {grp(d, '-')} (la tarjeta nueva)"),
 ("cc_es_mixed", lambda r, d: f"tarjeta: {d[:4]} {words(d[4:8], ES)} {d[8:]}"),
]

# ---------------------------------------------------------------- ssn
def sd(t, sep="-"): return sep.join(t)
SSN = [
 ("ssn_dashed", lambda r, t: f"my ssn is {sd(t)}"),
 ("ssn_spaced", lambda r, t: f"social: {sd(t, ' ')}"),
 ("ssn_runon_full_label", lambda r, t: f"Social security number {''.join(t)}"),
 ("ssn_ss_hash", lambda r, t: f"SS# {sd(t)}"),
 ("ssn_tax_id", lambda r, t: f"tax id (it's my ssn) {sd(t)}"),
 ("ssn_words_en", lambda r, t: f"for verification my social is {words(''.join(t))}"),
 ("ssn_pieces", lambda r, t: f"first 3 of my social are {t[0]}, then {t[1]}, and the last four {t[2]}"),
 ("ssn_es_dashed", lambda r, t: f"mi número de seguro social es {sd(t)}"),
 ("ssn_es_words", lambda r, t: f"seguro social: {words(''.join(t), ES)}"),
 ("ssn_json", lambda r, t: json.dumps({"name": name(r), "ssn": sd(t)})),
 ("ssn_keyvalue", lambda r, t: f"ssn={''.join(t)}"),
 ("ssn_typos", lambda r, t: f"my socail securty # is {sd(t)} pls verify me already"),
 ("ssn_angry", lambda r, t: f"FINE. SSN {sd(t)}. now fix my account"),
 ("ssn_polite", lambda r, t: f"Sure, my Social Security number is {sd(t)}. Let me know if you need anything else."),
 ("ssn_dotted", lambda r, t: f"SSN: {sd(t, '.')}"),
 ("ssn_soc_sec_no", lambda r, t: f"social sec no. {sd(t)}, DOB should be on file"),
 ("ssn_you_asked", lambda r, t: f"you asked for my social to verify, here: {sd(t)}"),
 ("ssn_application", lambda r, t: f"the ssn i put on the application was {sd(t)} not the one you have"),
 ("ssn_lower_spaces", lambda r, t: f"ssn {t[0]} {t[1]} {t[2]} thanks"),
 ("ssn_taxpayer_id", lambda r, t: f"taxpayer id / ssn {''.join(t)}"),
 ("ssn_emoji", lambda r, t: f"🙏 SOCIAL {sd(t)} 🙏"),
 ("ssn_spouse", lambda r, t: f"my husband's ssn is {sd(t)}, he's the authorized user on the account"),
 ("ssn_mixed_words", lambda r, t: f"ss number: {t[0]} {words(t[1])} {t[2]}"),
 ("ssn_w2", lambda r, t: f"ssn - {sd(t)} (same one thats on my w2)"),
 ("ssn_name_and_social", lambda r, t: f"to verify: name {name(r)}, social {sd(t)}"),
 ("ssn_es_spaced", lambda r, t: f"seguro social {sd(t, ' ')} por favor verifiquen mi cuenta"),
 ("ssn_with_name_after", lambda r, t: f"my social is {sd(t)}, name on the account {name(r)}"),
 ("ssn_double_typo", lambda r, t: f"social ssecurity numbr  {sd(t)}"),
 ("ssn_colon_runon", lambda r, t: f"ssn:{''.join(t)}"),
 ("ssn_newlines", lambda r, t: f"ok my social\n{t[0]}\n{t[1]}\n{t[2]}"),
 ("ssn_es_spanglish", lambda r, t: f"mi social es {sd(t)}, ya se los di ayer"),
 ("ssn_last4_then_rest", lambda r, t: f"last 4 of my social is {t[2]} and the first five are {t[0]}{t[1]}"),
]

# ---------------------------------------------------------------- security_code
SEC = [
 ("cvv_is", lambda r: f"cvv is {cvv(r)}"),
 ("cvv_amex_4", lambda r: f"CVV: {cvv(r, 4)} (it's an amex)"),
 ("cvv_three_on_back", lambda r: f"the 3 digits on the back are {cvv(r)}"),
 ("cvv_security_code", lambda r: f"security code {cvv(r)}"),
 ("cvc", lambda r: f"cvc {cvv(r)}"),
 ("cid_front_amex", lambda r: f"the CID on the front of my amex is {cvv(r, 4)}"),
 ("cvv2_equals", lambda r: f"cvv2={cvv(r)}"),
 ("cvv_es_codigo", lambda r: f"código de seguridad: {cvv(r)}"),
 ("cvv_es_three_back", lambda r: (lambda v: f"los tres números de atrás son {v[0]} {v[1]} {v[2]}")(cvv(r))),
 ("cvv_spaced_digits", lambda r: (lambda v: f"it's {v[0]} {v[1]} {v[2]} on the back of the card")(cvv(r))),
 ("cvv_words", lambda r: f"cvv is {words(cvv(r))}"),
 ("cvv_json", lambda r: json.dumps({"exp": "11/28", "cvv": cvv(r)})),
 ("cvv_with_exp", lambda r: f"exp 04/28 cvv {cvv(r)}"),
 ("cvv_sec_code_abbrev", lambda r: f"sec code {cvv(r)}"),
 ("cvv_full_name", lambda r: f"card verification value {cvv(r)}"),
 ("cvv_little_code", lambda r: f"the little code on the back says {cvv(r)}"),
 ("cvv_ccv_typo", lambda r: f"ccv {cvv(r)}"),
 ("cvv_dashed", lambda r: (lambda v: f"cvv: {v[0]}-{v[1]}-{v[2]}")(cvv(r))),
 ("cvv_verification_number", lambda r: f"verification number on back of card: {cvv(r)}"),
 ("cvv_signature_strip", lambda r: f"the code next to the signature strip is {cvv(r)}"),
 ("cid_four_digit_front", lambda r: f"4 digit code on the front of my Amex: {cvv(r, 4)}"),
 ("cvv_angry", lambda r: f"ugh ok the CVV IS {cvv(r)} happy now?"),
 ("cvv_polite", lambda r: f"Of course, the security code is {cvv(r)}. Thanks for your help!"),
 ("cvv_es_cvv", lambda r: f"el cvv de mi tarjeta es {cvv(r)}"),
 ("cvv_keyvalue", lambda r: f"cvc2: {cvv(r)}"),
 ("cvv_emoji", lambda r: f"🔒 cvv {cvv(r)}"),
 ("cvv_filler", lambda r: f"cvv is, um, let me flip the card... {cvv(r)}"),
 ("cvv_typo_seucrity", lambda r: f"seucrity code on teh back {cvv(r)}"),
 ("cid_keyword", lambda r: f"CID# {cvv(r, 4)}"),
 ("cvv_new_card", lambda r: f"the new card's cvv is {cvv(r)}, the old one was different"),
 ("cvv_es_codigo_amex", lambda r: f"el código de 4 dígitos al frente de mi amex es {cvv(r, 4)}"),
 ("cvv_parenthetical", lambda r: f"card ending {last4(r)} (cvv {cvv(r)}) was declined"),
]

# ---------------------------------------------------------------- otp
OTP = [
 ("otp_verification_code", lambda r: f"verification code {otp(r)}"),
 ("otp_you_texted", lambda r: f"the code you texted me is {otp(r)}"),
 ("otp_six_from_sms_split", lambda r: (lambda v: f"the 6 digits from the sms: {v[:3]} {v[3:]}")(otp(r))),
 ("otp_in_my_messages", lambda r: f"in my messages it says {otp(r)}"),
 ("otp_equals", lambda r: f"OTP={otp(r)}"),
 ("otp_es_codigo", lambda r: f"código de verificación: {otp(r)}"),
 ("otp_spaced_digits", lambda r: "got the text, its " + " ".join(otp(r))),
 ("otp_one_time_passcode_8", lambda r: f"one-time passcode {otp(r, 8)}"),
 ("otp_app_dash", lambda r: (lambda v: f"your app sent {v[:3]}-{v[3:]}")(otp(r))),
 ("otp_email_code", lambda r: f"the code in the email is {otp(r)}"),
 ("otp_2fa", lambda r: f"2FA code {otp(r)}"),
 ("otp_auth_code_texted", lambda r: f"the authentication code from the text: {otp(r)}"),
 ("otp_words", lambda r: f"the number from the text is {words(otp(r))}"),
 ("otp_safekey", lambda r: f"SafeKey code {otp(r)}"),
 ("otp_just_got", lambda r: f"here's the code: {otp(r)} (just got it)"),
 ("otp_es_sms", lambda r: f"me llegó un sms con el código {otp(r)}"),
 ("otp_one_time_code", lambda r: f"one time code is {otp(r)}"),
 ("otp_4digit_text", lambda r: f"the 4-digit code you texted is {otp(r, 4)}"),
 ("otp_typos", lambda r: f"verifcation cod is {otp(r)} it says expires in 10 min"),
 ("otp_angry", lambda r: f"I TYPED {otp(r)} LIKE THE TEXT SAID AND IT STILL WONT LET ME IN"),
 ("otp_polite", lambda r: f"Thanks! The verification code I received is {otp(r)}."),
 ("otp_json", lambda r: json.dumps({"otp": otp(r)})),
 ("otp_sms_quoted", lambda r: f'text says "Your American Express code is {otp(r)}. Do not share it."'),
 ("otp_g_prefix", lambda r: f"code G-{otp(r)} from the text"),
 ("otp_es_words", lambda r: f"el código de verificación es {words(otp(r), ES)}"),
 ("otp_pieces", lambda r: (lambda v: f"code starts {v[:3]} and ends {v[3:]}, the one you just texted")(otp(r))),
 ("otp_voice_call", lambda r: f"the automated call read me the code {otp(r)}"),
 ("otp_login_code", lambda r: f"login code from my phone: {otp(r)}"),
 ("otp_emoji", lambda r: f"📱 code {otp(r)} from SMS"),
 ("otp_security_text", lambda r: f"you guys sent a one time pin {otp(r)} to my cell"),
 ("otp_lower_filler", lambda r: f"ok so the verification code is like... {otp(r)}"),
 ("otp_es_un_solo_uso", lambda r: f"código de un solo uso: {otp(r)}"),
 ("otp_push", lambda r: f"the code in the amex app notification to approve my login is {otp(r)}"),
]

# ---------------------------------------------------------------- password
def spaced(s): return " ".join(s)
PW = [
 ("pw_password_colon", lambda r: f"password: {pw(r)}"),
 ("pw_user_pass", lambda r: f"user: {user(r)} pass: {pw(r)}"),
 ("pw_my_pw_is", lambda r: f"my pw is {pw(r)}"),
 ("pw_pwd_equals", lambda r: f"pwd={pw(r)}"),
 ("pw_login_slash", lambda r: f"login is {user(r)} / {pw(r)}"),
 ("pw_same_as_email", lambda r: f"it's the same as my email password: {pw(r)}"),
 ("pw_filler", lambda r: f"the password is, um, like, {pw(r)}"),
 ("pw_spaced_chars", lambda r: f"my password is {spaced(pw(r))}"),
 ("pw_es_contrasena", lambda r: f"contraseña: {pw(r)}"),
 ("pw_es_clave", lambda r: f"mi clave es {pw(r)}"),
 ("pw_pin", lambda r: f"my pin is {cvv(r, 4)}"),
 ("pw_online_pin", lambda r: f"online banking pin {otp(r)}"),
 ("pw_passphrase", lambda r: "passphrase is " + " ".join(r.sample(["purple", "lantern", "gravel", "ocean", "tulip", "engine", "violet", "pocket"], 4))),
 ("pw_credentials", lambda r: f"credentials: {user(r)} / {pw(r)}"),
 ("pw_json", lambda r: json.dumps({"username": user(r), "password": pw(r)})),
 ("pw_try_logging", lambda r: f"can you try logging in with my password {pw(r)} and see if it works"),
 ("pw_changed_to", lambda r: f"i changed my password to {pw(r)} yesterday and now it's locked"),
 ("pw_pass_abbrev", lambda r: f"pass {pw(r)}"),
 ("pw_angry", lambda r: f"MY PASSWORD IS {pw(r)} AND YOUR SITE SAYS ITS WRONG"),
 ("pw_polite", lambda r: f"Hello, my online account password is {pw(r)}, could you check why it isn't accepted?"),
 ("pw_typo", lambda r: f"my pasword is {pw(r)} i think"),
 ("pw_quoted", lambda r: f'password "{pw(r)}" (case sensitive)'),
 ("pw_old_new", lambda r: f"old password was {pw(r)}, which one do you have on file"),
 ("pw_es_contrasena_sentence", lambda r: f"mi contraseña es {pw(r)} y no funciona"),
 ("pw_passcode_login", lambda r: f"my login passcode is {pw(r)}"),
 ("pw_keyvalue_url", lambda r: f"https://login.example.com/?user={user(r)}&password={pw(r)}"),
 ("pw_login_colon", lambda r: f"login: {user(r)} {pw(r)}"),
 ("pw_pw_abbrev", lambda r: f"pw: {pw(r)}"),
 ("pw_newline", lambda r: f"username {user(r)}\npassword {pw(r)}"),
 ("pw_emoji", lambda r: f"🔑 password {pw(r)}"),
 ("pw_hint_itself", lambda r: f"my password is my dogs name plus year: {pw(r)}"),
 ("pw_atm_pin_words", lambda r: f"my pin is {words(cvv(r, 4))}"),
 ("pw_es_usuario_contrasena", lambda r: f"usuario: {user(r)} contraseña: {pw(r)}"),
 ("pw_es_clave_internet", lambda r: f"la clave de acceso a la app es {pw(r)}"),
]

# ---------------------------------------------------------------- negatives
def iban_de(r):
    bban = "".join(str(r.randint(0, 9)) for _ in range(18))
    num = int(bban + "131400")  # D=13 E=14 00
    chk = 98 - num % 97
    s = f"DE{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def imei(r):
    body = r.choice(["35", "86", "01"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
    return luhn_complete(body)

def aba(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))

def tracking(r): return "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))

NEG = [
 ("neg_what_is_cvv", lambda r: r.choice(["what's a CVV?", "what is a cvv and where is it", "whats cvv mean"])),
 ("neg_where_cid_amex", lambda r: r.choice(["where do I find the security code on my amex?", "is the CID on the front or back of an amex card?"])),
 ("neg_forgot_password", lambda r: r.choice(["I forgot my password, how do I reset it", "forgot my pasword again lol", "i cant remember my password and the reset email never came"])),
 ("neg_should_i_give_ssn", lambda r: r.choice(["should I give you my SSN?", "do you need my social security number for this?", "is it safe to type my ssn in this chat?"])),
 ("neg_ending_last4", lambda r: f"my card ending {last4(r)} was charged twice"),
 ("neg_last_four", lambda r: f"last four are {last4(r)}"),
 ("neg_zip", lambda r: f"my zip is {zipc(r)}"),
 ("neg_amount_date", lambda r: f"there's a charge of ${r.randint(1, 9)},{r.randint(100, 999)}.{r.randint(0, 99):02d} on {fdate(r)} i dont recognize"),
 ("neg_phone", lambda r: f"call me back at {phone(r)} please"),
 ("neg_order_number", lambda r: f"order number {r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}"),
 ("neg_ups_tracking", lambda r: f"the UPS tracking number is {tracking(r)} and it says delivered but nothing here"),
 ("neg_confirmation_alnum", lambda r: "confirmation number " + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))),
 ("neg_case_number", lambda r: f"case number {r.randint(10000000, 99999999)}, I already called twice"),
 ("neg_imei", lambda r: f"the IMEI of the phone i bought is {imei(r)}, it was stolen, does purchase protection cover it?"),
 ("neg_serial_number", lambda r: f"serial number on the laptop is C02{r.randint(10, 99)}X{r.randint(1000, 9999)}QW, for the warranty claim"),
 ("neg_routing_account", lambda r: f"for autopay: routing number {aba(r)}, checking account number {r.randint(1000000000, 9999999999)}"),
 ("neg_iban", lambda r: f"can i pay from my german account? IBAN {iban_de(r)}"),
 ("neg_address", lambda r: f"send the new card to {r.randint(10, 9999)} {r.choice(['Pine St', 'Oak Ave', 'Calle Ocho', 'Maple Dr'])} Apt {r.randint(1, 30)}{r.choice('ABCD')}, {r.choice(['Seattle WA', 'Miami FL', 'Austin TX', 'Denver CO'])} {zipc(r)}"),
 ("neg_flight", lambda r: f"my flight {r.choice(['UA', 'AA', 'DL', 'B6'])} {r.randint(100, 2999)} on Dec {r.randint(1, 28)} was cancelled, can I get the airline fee credit?"),
 ("neg_order_16_luhn_invalid", lambda r: f"order number {grp(bad_luhn(r, r.choice(['4', '5', '6']), 16))} from the electronics store"),
 ("neg_time", lambda r: f"the charge went through at {r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['am', 'pm'])} but i was asleep"),
 ("neg_apr", lambda r: f"why is my APR {r.randint(18, 29)}.{r.randint(0, 99):02d}%?"),
 ("neg_points", lambda r: f"I have {r.randint(10, 250)},{r.randint(100, 999)} Membership Rewards points, how do I transfer them?"),
 ("neg_member_since", lambda r: f"i've been a member since {r.randint(1985, 2020)} and this is how you treat me"),
 ("neg_password_not_working", lambda r: r.choice(["my password is not working", "my password is wrong apparently??", "my password is expired it says"])),
 ("neg_code_never_arrived", lambda r: r.choice(["the verification code never arrived", "i never got the text code", "no sms code came to my phone"])),
 ("neg_code_expired", lambda r: f"the code expired after {r.randint(2, 15)} minutes before i could type it"),
 ("neg_cvv_scratched", lambda r: "my cvv is scratched off, I can't read it"),
 ("neg_pin_locked", lambda r: f"my pin is locked after {r.randint(3, 5)} tries"),
 ("neg_social_on_file", lambda r: "do you need my social? it should already be on file"),
 ("neg_unrequested_code", lambda r: "why did you text me a code? I didn't request one, is someone hacking me?"),
 ("neg_reference_number", lambda r: f"reference number REF-2026{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"),
 ("neg_foreign_amount", lambda r: f"dispute for a {r.randint(1, 9)},{r.randint(100, 999)}.00 MXN charge in Cancun"),
 ("neg_closing_date", lambda r: f"can i move my statement closing date to the {r.choice(['1st', '5th', '15th', '28th'])}?"),
 ("neg_credit_limit", lambda r: f"please raise my credit limit to ${r.randint(5, 50)},000"),
 ("neg_es_forgot_pw", lambda r: r.choice(["olvidé mi contraseña", "no me acuerdo de mi clave, ¿cómo la cambio?"])),
 ("neg_es_what_cvv", lambda r: r.choice(["¿qué es el código de seguridad?", "¿dónde está el cvv en mi tarjeta amex?"])),
 ("neg_es_ending", lambda r: f"mi tarjeta termina en {last4(r)}"),
 ("neg_es_zip", lambda r: f"mi código postal es {zipc(r)}"),
 ("neg_pw_requirements", lambda r: f"does the password need at least {r.choice([8, 10, 12])} characters and a symbol?"),
 ("neg_ssn_instead", lambda r: "can I verify with my SSN instead of the card number?"),
 ("neg_code_tries_count", lambda r: f"I typed the verification code {r.randint(3, 6)} times and it still fails"),
 ("neg_app_prompt", lambda r: "the app says 'enter the 6-digit code' but there's nowhere to type it"),
 ("neg_invoice", lambda r: f"invoice INV-{r.randint(1000000, 9999999)} from the vendor was billed twice"),
 ("neg_hotel_conf", lambda r: f"hotel confirmation {r.randint(10000000, 99999999)} for the Fine Hotels booking"),
 ("neg_employee_id", lambda r: f"the rep gave me his employee id {r.randint(100000, 999999)}, his name was Mark"),
 ("neg_triple_charge", lambda r: (lambda a: f"I was charged 3 times: ${a}, ${a}, ${a}")(amt(r))),
 ("neg_card_expires", lambda r: f"my card expires {r.randint(1, 12):02d}/{r.randint(27, 31)}, when will the new one come?"),
 ("neg_intl_phone", lambda r: f"my number is +1 {r.randint(201, 989)} 555 {r.randint(100, 199):04d}"),
 ("neg_tollfree", lambda r: f"the merchant's number is 1-800-555-{r.randint(100, 199):04d} but nobody answers"),
 ("neg_approval_code_receipt", lambda r: f"the merchant receipt shows approval code {r.randint(100000, 999999)} for ${amt(r)}"),
 ("neg_amazon_order", lambda r: f"amazon order {r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)} never came"),
 ("neg_arn", lambda r: "the merchant gave me an ARN for the refund: " + "".join(str(r.randint(0, 9)) for _ in range(23))),
 ("neg_reset_time", lambda r: f"I reset my password yesterday at {r.randint(1, 12)}:{r.randint(0, 59):02d} and it still says invalid"),
 ("neg_what_cid_means", lambda r: "what does CID mean on the checkout form?"),
 ("neg_didnt_share_code", lambda r: "I didn't give anyone my one-time code, I swear"),
 ("neg_scam_call", lambda r: "someone called asking for my SSN and CVV, was that you guys?"),
 ("neg_transaction_uuid", lambda r: "transaction id " + "".join(r.choice("0123456789abcdef") for _ in range(8)) + "-" + "".join(r.choice("0123456789abcdef") for _ in range(4)) + "-4" + "".join(r.choice("0123456789abcdef") for _ in range(3))),
 ("neg_balance_min", lambda r: f"my balance is {r.randint(1, 9)},{r.randint(100, 999)}.{r.randint(0, 99):02d} and the minimum payment is {r.randint(25, 140)}.00"),
 ("neg_how_many_digits", lambda r: "how many digits is an amex card number? 15?"),
 ("neg_change_pin", lambda r: "I want to change my PIN, how?"),
 ("neg_year_end", lambda r: f"where's my year-end summary for {r.randint(2019, 2025)}?"),
 ("neg_bank_ending", lambda r: f"the payment came from my bank account ending {last4(r)}"),
 ("neg_es_amount_date", lambda r: f"el cargo de ${amt(r)} del {r.randint(1, 28)} de noviembre no es mío"),
 ("neg_es_case", lambda r: f"mi número de caso es {r.randint(1000000, 9999999)}"),
 ("neg_policy_15_luhn_invalid", lambda r: f"travel insurance policy number {grp(bad_luhn(r, '37', 15))}, do you cover lost luggage?"),
 ("neg_hotel_alnum", lambda r: "confirmation code for my hotel is " + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))),
 ("neg_zip_plus4", lambda r: f"billing zip is {zipc(r)}-{r.randint(1000, 9999)}"),
 ("neg_pin_field_dots", lambda r: "the PIN field in the app only shows 4 dots and won't let me type"),
 ("neg_starts_with_37", lambda r: "does every amex card number start with 34 or 37?"),
 ("neg_how_to_find_card_number", lambda r: "where do I find my full card number in the app?"),
 ("neg_password_length", lambda r: f"my password has {r.randint(8, 20)} characters, is that too long?"),
 ("neg_otp_timer", lambda r: f"how long is the verification code valid? it says {r.randint(5, 10)} minutes"),
 ("neg_es_no_code", lambda r: "no me llegó el código de verificación"),
 ("neg_es_phone", lambda r: f"mi teléfono es {phone(r)}, llámenme por favor"),
 ("neg_es_change_pin", lambda r: "quiero cambiar mi PIN, ¿cómo lo hago?"),
 ("neg_es_tracking", lambda r: f"el número de rastreo es {tracking(r)} y no ha llegado nada"),
 ("neg_es_ssn_question", lambda r: "¿necesitan mi número de seguro social para abrir la cuenta?"),
 ("neg_gate_seat", lambda r: f"flight at gate B{r.randint(1, 40)}, seat {r.randint(1, 40)}{r.choice('ABCDEF')}, lounge access denied"),
 ("neg_dispute_count", lambda r: f"I have {r.randint(2, 6)} open disputes, case {r.randint(100000, 999999)} is the oldest"),
 ("neg_weight_pkg", lambda r: f"package weighed {r.randint(1, 40)} lbs and shipping was ${amt(r)}"),
 ("neg_cvv_question_digits", lambda r: "is the amex security code 3 or 4 digits?"),
 ("neg_ssn_last_digits_q", lambda r: "why do you need the last 4 of my social?"),
 ("neg_membership_number", lambda r: f"my frequent flyer number is {r.choice(['DL', 'AA', 'UA'])}{r.randint(100000000, 999999999)}, add it please"),
 ("neg_store_number", lambda r: f"it was at walmart store #{r.randint(1000, 5999)}, register {r.randint(1, 30)}"),
 ("neg_account_number_labelled", lambda r: f"my savings account number is {r.randint(100000000000, 999999999999)} at the credit union"),
 ("neg_tracking_16_luhn_invalid", lambda r: f"tracking # {bad_luhn(r, '9', 16)} says out for delivery"),
]

def main():
    rows, seen = [], set()
    def add(text, sens, kind, note):
        if text in seen: return False
        seen.add(text); rows.append({"text": text, "sensitive": sens, "kind": kind, "note": note}); return True

    def fill(templates, target, kind, mk):
        n, i, tries = 0, 0, 0
        while n < target and tries < target * 20:
            note, f = templates[i % len(templates)]
            i += 1; tries += 1
            if add(mk(f), kind is not None, kind, note): n += 1
        return n

    fill(CARD, 40, "card_number", lambda f: f(R, card(R)[0]))
    fill(SSN, 34, "ssn", lambda f: f(R, ssn(R)))
    fill(SEC, 34, "security_code", lambda f: f(R))
    fill(OTP, 34, "otp", lambda f: f(R))
    fill(PW, 34, "password", lambda f: f(R))
    fill(NEG, 144, None, lambda f: f(R))

    idx = list(range(len(rows))); R.shuffle(idx)
    with open(OUT, "w", encoding="utf-8") as fh:
        for k in idx:
            fh.write(json.dumps(rows[k], ensure_ascii=False) + "\n")
    print(len(rows), "rows ->", OUT)

if __name__ == "__main__":
    main()
