#!/usr/bin/env python3
"""Blind adversarial probe set for the sensitive-data guard (probe11). stdlib only, seeded."""
import json, random, os

R = random.Random(1101)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe11.jsonl")

def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c): return body + c

FAMOUS = {"378282246310005","371449635398431","4111111111111111","4242424242424242","5555555555554444",
          "5105105105105100","6011111111111117","30569309025904","3530111333300000","4012888888881881",
          "6011000990139424","38520000023237","3566002020360505","5200828282828210","378734493671000"}
PREFIX = {"amex": (["34","37"],15), "visa": (["4"],16), "mc": (["51","52","53","54","55","2221","2300","2511","2720"],16),
          "disc": (["6011","65"],16), "diners": (["36","38"],14), "jcb": (["35"],16)}
used_cards = set()
def card(net):
    pres, n = PREFIX[net]
    while True:
        p = R.choice(pres)
        body = p + "".join(R.choice("0123456789") for _ in range(n - len(p) - 1))
        c = luhn_complete(body)
        if c not in FAMOUS and c not in used_cards and len(set(c)) > 4:
            used_cards.add(c); return c

def nonluhn(n, first=None):
    while True:
        s = (first or R.choice("123456789")) + "".join(R.choice("0123456789") for _ in range(n - len(first or "x")))
        s = s[:n]
        if not luhn_ok(s): return s

def grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes: out.append(s[i:i+k]); i += k
    return sep.join(out)
def g4(s, sep=" "):
    return sep.join(s[i:i+4] for i in range(0, len(s), 4))
def amexfmt(s, sep=" "): return grp(s, [4,6,5], sep)

used_ssn = []
def ssn():
    while True:
        a = R.randint(1, 899)
        if a in (0, 666): continue
        g = R.randint(1, 99); s = R.randint(1, 9999)
        v = f"{a:03d}{g:02d}{s:04d}"
        if v not in ("078051120", "123456789", "219099999") and v not in used_ssn:
            used_ssn.append(v); return v
def ssn_dash(v): return f"{v[:3]}-{v[3:5]}-{v[5:]}"
def ssn_ok(v):
    return len(v) == 9 and v.isdigit() and v[:3] not in ("000","666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000"

def digits(n): return "".join(R.choice("0123456789") for _ in range(n))
def dn(n):  # no leading zero
    return R.choice("123456789") + digits(n-1)
WORDS = {"0":"zero","1":"one","2":"two","3":"three","4":"four","5":"five","6":"six","7":"seven","8":"eight","9":"nine"}
ES = {"0":"cero","1":"uno","2":"dos","3":"tres","4":"cuatro","5":"cinco","6":"seis","7":"siete","8":"ocho","9":"nueve"}
def words(s, m=WORDS, sep=" "): return sep.join(m[c] for c in s)
def pw():
    stems = ["Sunflower","Tacoma","Bluejay","Marigold","Rocket","Pumpkin","Harbor","Lemonade","Granite","Falcon","Willow","Cobalt","Juniper","Mustang","Oregano"]
    syms = "!@#$%&*?"
    return R.choice(stems) + str(R.randint(10, 9999)) + R.choice(syms)
def pw2():
    a = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(R.choice(a) for _ in range(10)) + R.choice("!#%")

rows = []
def add(text, sens, kind, note):
    rows.append({"text": text, "sensitive": sens, "kind": kind if sens else None, "note": note})
S = lambda t, k, n: add(t, True, k, n)
H = lambda t, n: add(t, False, None, n)

# ---------------- card_number ----------------
K = "card_number"
c = card("amex"); S(f"My card number is {amexfmt(c)}, can you check why it was declined?", K, "amex_spaced_445_labeled")
c = card("visa"); S(f"{g4(c)} - that's the card, the charge from yesterday isn't mine", K, "visa_value_first")
c = card("mc"); S(f"card: {c}", K, "mc_bare_colon_nospace")
c = card("disc"); S(f"Please cancel {g4(c,'-')} immediately, I lost my wallet", K, "discover_dashes_inline")
c = card("diners"); S(f"the number on my diners card is {grp(c,[4,6,4])}", K, "diners_14_grouped")
c = card("jcb"); S(f"JCB {g4(c,'.')} exp 09/28", K, "jcb_dots_with_expiry")
c = card("amex"); S(f"I'm reading it off the front: {' '.join(c)}", K, "amex_every_digit_spaced")
c = card("visa"); S(f"full card # is {words(c)}", K, "visa_spelled_words")
c = card("mc"); S(f"Hi, my Mastercard ending is... actually here's the whole thing {c[:8]} {c[8:]}", K, "mc_split_two_chunks")
c = card("amex"); S(f"Account {c} was charged twice for the same hotel stay", K, "amex_called_account")
c = card("visa"); S(f"here\n{g4(c)}\nthanks", K, "visa_multiline")
c = card("mc"); S(f"Could you verify card {c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]} for the travel notice? I'm going to Lisbon Dec 12-20", K, "mc_with_dates_noise")
c = card("disc"); S(f"PAN={c}", K, "discover_key_equals")
c = card("amex"); S(f"the replacement card you sent me, {amexfmt(c,'')}, still doesn't work at the pump", K, "amex_midsentence_appositive")
c = card("visa"); S(f"Why was {g4(c)} declined at Costco for $214.87 on 11/28?", K, "visa_question_with_amount")
c = card("mc"); S(f'"{g4(c)}" <- my card', K, "mc_quoted_arrow")
c = card("amex"); S(f"Mi número de tarjeta es {amexfmt(c)}, no puedo pagar en línea", K, "es_amex_numero_tarjeta")
c = card("visa"); S(f"Tarjeta {g4(c,'-')} bloqueada, ¿por qué?", K, "es_visa_bloqueada")
c = card("mc"); S(f"el numero completo: {words(c, ES)}", K, "es_mc_spelled_spanish")
c = card("jcb"); S(f"my card number (JCB) → {c}", K, "jcb_arrow_parenthetical")
c = card("diners"); S(f"{c} is the number on the club card my husband uses", K, "diners_value_first_bare")
c = card("disc"); S(f"cc {g4(c)} cvv not included on purpose lol", K, "discover_cc_abbrev_no_cvv")
c = card("amex"); S(f"I typed {c[:4]} {c[4:10]} {c[10:]} into the merchant site and it said invalid", K, "amex_typed_into_site")
c = card("visa"); S(f"Card no.{c}. Name on card Maria Gutierrez.", K, "visa_no_abbrev_with_name")
c = card("mc"); S(f"1) card {g4(c)}\n2) billing zip 60614\n3) please add my daughter as authorized user", K, "mc_list_item")
c = card("visa"); S(f"can u look up {c} pls", K, "visa_lowercase_casual")
c = card("amex"); S(f"Old card {amexfmt(c)} was stolen; please don't reissue with the same number", K, "amex_old_stolen")
c = card("mc"); S(f"{g4(c,'/')}", K, "mc_slashes_only_value")
c = card("disc"); S(f"Para la disputa, la tarjeta usada fue la {c}", K, "es_discover_disputa")
c = card("jcb"); S(f"Number: {c[:4]}  {c[4:8]}  {c[8:12]}  {c[12:]} (double spaces, sorry)", K, "jcb_double_spaces")
c = card("visa"); S(f"The card number is {c[:6]}******... no wait, all of it: {c}", K, "visa_mask_then_full")

# ---------------- ssn ----------------
K = "ssn"
v = ssn(); S(f"My SSN is {ssn_dash(v)}", K, "ssn_dashed_labeled")
v = ssn(); S(f"social security number: {v}", K, "ssn_nodash_spelled_label")
v = ssn(); S(f"{ssn_dash(v)} is my social, you can use it to verify me", K, "ssn_value_first_social")
v = ssn(); S(f"SS# {v[:3]} {v[3:5]} {v[5:]}", K, "ssn_hash_spaced")
v = ssn(); S(f"for the credit line increase: social sec no. {ssn_dash(v)}, annual income $84,000", K, "ssn_with_income")
v = ssn(); S(f"my social is {words(v)}", K, "ssn_spelled_words")
v = ssn(); S(f"Here's my SSN as requested\n{v}", K, "ssn_newline_value")
v = ssn(); S(f"Mi número de seguro social es {ssn_dash(v)}", K, "es_ssn_seguro_social")
v = ssn(); S(f"SSN {v[:3]}.{v[3:5]}.{v[5:]}", K, "ssn_dots")
v = ssn(); S(f"you asked for my tax ID / social — it's {ssn_dash(v)}", K, "ssn_tax_id_social")
v = ssn(); S(f"ssn={v}", K, "ssn_key_equals")
v = ssn(); S(f"My wife's social security number is {ssn_dash(v)}, she wants to be added to the account", K, "ssn_third_party")
v = ssn(); S(f"Applying for the Gold card. Name: Derek Olsen, DOB 04/17/1986, SSN {ssn_dash(v)}", K, "ssn_application_form")
v = ssn(); S(f"the nine digits of my social are {v}", K, "ssn_nine_digits_phrase")
v = ssn(); S(f"S.S.N.: {ssn_dash(v)}", K, "ssn_dotted_acronym")
v = ssn(); S(f"Social Security: {v[:5]}-{v[5:]}", K, "ssn_odd_dash_placement")
v = ssn(); S(f"SSN is {v[:3]}-{v[3:5]}-{v[5:]} and last four is obviously {v[5:]}", K, "ssn_full_plus_last4")
v = ssn(); S(f"SSN — {ssn_dash(v)} — please update your records, the old one was typed wrong", K, "ssn_em_dash_correction")
v = ssn(); S(f"seguro social: {v}", K, "es_ssn_bare_label")
v = ssn(); S(f"for identity verification my SSN reads {' '.join(v)}", K, "ssn_every_digit_spaced")
v = ssn(); S(f"I don't know why you need it but fine, social security # {ssn_dash(v)}", K, "ssn_reluctant")
v = ssn(); S(f"my soc sec number {v} - is my application approved yet?", K, "ssn_socsec_abbrev")
v = ssn(); S(f"Número de Seguro Social (SSN): {words(v, ES)}", K, "es_ssn_spelled_spanish")
v = ssn(); S(f"The SSN on file should be {ssn_dash(v)}, not the one ending in {dn(4)}", K, "ssn_on_file_correction")
v = ssn(); S(f"SSN:{v}", K, "ssn_colon_nospace")
v = ssn(); S(f"ok. {ssn_dash(v)}. that's my social security number. now can you unlock my account", K, "ssn_value_then_label_sentence")
v = ssn(); S(f"Primary cardholder SSN {ssn_dash(v)} / phone (312) 555-0{dn(3)}", K, "ssn_with_phone")
v = ssn(); S(f"social = {v[:3]} - {v[3:5]} - {v[5:]}", K, "ssn_spaced_dashes")
v = ssn(); S(f"Mi SSN es el {v[:3]} {v[3:5]} {v[5:]}", K, "es_ssn_spaced")

# ---------------- security_code ----------------
K = "security_code"
S(f"CVV is {dn(3)}", K, "cvv_labeled")
S(f"the 3 digits on the back are {dn(3)}", K, "back_three_digits")
S(f"CID {dn(4)}", K, "amex_cid_4")
S(f"the 4-digit code on the front of my Amex, above the number, is {dn(4)}", K, "front_four_digit_described")
S(f"{dn(3)} is the security code", K, "value_first_security_code")
S(f"CVC: {dn(3)}", K, "cvc_colon")
S(f"security code = {dn(3)}, exp 11/27", K, "security_code_with_expiry")
S(f"code on the back by the signature strip: {dn(3)}", K, "signature_strip_described")
S(f"CVV2 {digits(3)}", K, "cvv2")
S(f"card verification value {dn(3)}", K, "cvv_spelled_out")
S(f"the little number on the back is {words(dn(3))}", K, "back_number_spelled")
S(f"El código de seguridad es {dn(3)}", K, "es_codigo_seguridad")
S(f"CVV: {dn(3)} (the merchant keeps asking for it)", K, "cvv_parenthetical")
S(f"los 3 números de atrás de la tarjeta son {dn(3)}", K, "es_tres_numeros_atras")
S(f"my cvv {dn(3)} isn't being accepted on the airline website", K, "cvv_lowercase_problem")
S(f"CSC {dn(3)}", K, "csc_acronym")
S(f"Security code for the card ending 4{digits(3)} is {dn(3)}", K, "security_code_with_last4")
S(f"cvv-{dn(3)}", K, "cvv_hyphen_joined")
S(f"CID: {words(dn(4))}", K, "cid_spelled")
S(f"the card id number printed on the front right side: {dn(4)}", K, "front_right_described")
S(f"Verification code on back of card — {dn(3)}", K, "verification_code_back")
S(f"CVV {dn(3)[0]} {dn(3)[0]} {dn(3)[0]}", K, "cvv_spaced_digits")
S(f"It says 'enter security code' and I put {dn(3)}, is that wrong?", K, "security_code_entered_question")
S(f"3-digit code: {dn(3)}", K, "three_digit_code_label")
S(f"código CVV {dn(3)}", K, "es_codigo_cvv")
S(f"CVC2 = {dn(3)}", K, "cvc2_equals")
_v = dn(3); S(f"on the back it says {dn(4)} {_v} - the {_v} part is the code right?", K, "back_panel_code_question")
S(f"Sec code {dn(4)} for my amex", K, "sec_code_abbrev_amex")
S(f"the 3 digit number after the last 4 on the back is {dn(3)}", K, "after_last4_on_back")
S(f"Card Security Code (CSC): {dn(3)}", K, "csc_spelled_paren")

# ---------------- otp ----------------
K = "otp"
S(f"The code you texted me is {dn(6)}", K, "texted_code")
S(f"OTP {dn(6)}", K, "otp_bare")
S(f"{dn(6)} is the verification code I just got", K, "value_first_verification_code")
S(f"one-time passcode: {dn(6)}", K, "one_time_passcode_label")
S(f"got the text, it says {dn(3)}-{dn(3)}", K, "text_says_dashed")
S(f"2FA code {dn(6)}", K, "twofa_code")
S(f"El código que me llegó por SMS es {dn(6)}", K, "es_codigo_sms")
S(f"Your message said 'Your American Express one-time code is {dn(6)}' - here it is", K, "pasted_sms_verbatim")
S(f"verification code: {words(dn(6))}", K, "verification_code_spelled")
S(f"the email code was {dn(8)}", K, "email_code_8")
S(f"security code from the text message: {dn(6)}", K, "security_code_from_text_is_otp")
S(f"OTP={dn(4)}", K, "otp_4digit_equals")
S(f"authentication code {dn(3)} {dn(3)}", K, "auth_code_spaced")
S(f"I received {dn(6)} by SMS, do I enter it here?", K, "received_by_sms_question")
S(f"the app pushed me a code to approve the login: {dn(6)}", K, "app_push_login_code")
S(f"código de verificación {dn(6)}", K, "es_codigo_verificacion")
S(f"the 6 digit code is {' '.join(dn(6))}", K, "six_digit_spaced")
S(f"one time password {dn(6)}", K, "one_time_password_phrase")
S(f"my login code came through: {dn(6)}", K, "login_code")
S(f"Code: {dn(6)} (from the text you just sent)", K, "code_paren_from_text")
S(f"it sent me {dn(6)} but it expired already, can you send another?", K, "expired_code_value")
S(f"the temporary code you emailed me is {R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{dn(5)}", K, "alnum_temp_code")
S(f"verification pin from SMS: {dn(6)}", K, "sms_verification_pin")
S(f"clave de un solo uso: {dn(6)}", K, "es_clave_un_solo_uso")
S(f"Amex sent me a code to confirm the purchase: {dn(6)}", K, "purchase_confirm_code")
S(f"security key from my authenticator app is {dn(6)}", K, "authenticator_app")
S(f"OTP - {dn(6)} - please hurry, the merchant is waiting", K, "otp_urgent")
S(f"the code on my phone says {dn(6)}", K, "code_on_phone")
S(f"mfa: {dn(6)}", K, "mfa_lower")
S(f"Ya me llegó el código, es el {dn(6)}", K, "es_ya_me_llego")

# ---------------- password ----------------
K = "password"
S(f"My password is {pw()}", K, "password_labeled")
S(f"pw: {pw2()}", K, "pw_abbrev")
S(f"{pw()} is my login password, I think someone changed it", K, "value_first_password")
S(f"my online banking passcode is {pw2()}", K, "online_passcode")
S(f"PIN is {dn(4)}", K, "pin_4")
S(f"the pin for my card is {words(dn(4))}", K, "pin_spelled")
S(f"Mi contraseña es {pw()}", K, "es_contrasena")
S(f"password = \"{pw2()}\"", K, "password_quoted_equals")
S(f"username jdoe88, password {pw()}", K, "username_password_pair")
S(f"I changed my password to {pw()} yesterday but it won't let me in", K, "changed_password_to")
S(f"passwd {pw2()}", K, "passwd")
S(f"my ATM PIN {dn(4)} keeps getting rejected", K, "atm_pin_rejected")
S(f"login: mcarter / {pw()}", K, "login_slash_pair")
S(f"the pass is {pw2()}", K, "the_pass_is")
S(f"Here's my password so you can check: {pw()}", K, "password_so_you_can_check")
S(f"online banking pin: {dn(6)}", K, "pin_6")
S(f"Tried {pw()} and {pw()} - which is my real password?", K, "two_password_guesses")
S(f"Clave de acceso: {pw2()}", K, "es_clave_acceso")
S(f"mi PIN es {dn(4)}", K, "es_pin")
S(f"Password: {pw().lower()}", K, "password_lowercase_value")
S(f"my password is my dog's name plus year, so {R.choice(['Biscuit','Rufus','Pepper','Nala'])}{R.randint(2010,2022)}", K, "password_explained_then_value")
S(f"account password → {pw2()}", K, "password_arrow")
S(f"secret word for online access: {R.choice(['tangerine','wombat','cathedral','lighthouse'])}{R.randint(10,99)}", K, "secret_word_online")
S(f"the passphrase I use is \"{R.choice(['purple','quiet','brave'])} {R.choice(['river','tiger','canyon'])} {R.choice(['dances','sleeps','sings'])} {R.randint(10,99)}\"", K, "passphrase_multiword")
S(f"PIN number {dn(4)} for the cash advance", K, "pin_cash_advance")
S(f"pwd={pw2()}", K, "pwd_equals")
S(f"app passcode {dn(6)} (the one I use to open the Amex app)", K, "app_open_passcode")
S(f"my password is {' '.join(pw2())}", K, "password_char_spaced")
S(f"Contraseña nueva: {pw()}", K, "es_contrasena_nueva")
S(f"online password {pw()} — please reset it, I think it leaked", K, "password_leaked_reset")

# ---------------- harmless ----------------
H("What's my card number? I can't find it", "ask_for_card_number")
H(f"Card ending in {dn(4)} was declined", "last4_ending_in")
H(f"My card ending {dn(4)}, not the old one ending {dn(4)}", "last4_twice")
H(f"xxxx-xxxx-xxxx-{dn(4)} is the card I'm asking about", "masked_card_x")
H(f"**** **** **** {dn(4)}", "masked_card_stars_only")
H(f"Amex ending {dn(5)}", "amex_last5")
H(f"How do I find the CVV on my card?", "how_find_cvv")
H("Where is the security code on an Amex?", "where_security_code")
H("I don't want to give you my CVV over chat", "refuse_cvv")
H("What's an OTP and why do I need one?", "what_is_otp")
H("I never received the verification code", "never_received_code")
H("Please resend the one-time passcode", "resend_otp")
H("I forgot my password", "forgot_password")
H("How do I reset my PIN?", "reset_pin_question")
H("Can I change my password to something longer than 20 characters?", "password_length_question")
H("Why do you need my SSN for a credit line increase?", "why_need_ssn")
H(f"Last 4 of my social is {dn(4)}", "ssn_last4")
H(f"last four SSN {dn(4)}", "ssn_last4_terse")
H(f"Últimos 4 dígitos de mi seguro social: {dn(4)}", "es_ssn_last4")
H(f"My ZIP is {dn(5)}", "zip5")
H(f"billing zip {dn(5)}-{digits(4)}", "zip9")
H(f"I was charged ${R.randint(100,9999)}.{digits(2)} twice", "amount_dollars")
H(f"Payment of $1,{digits(3)}.{digits(2)} posted on 11/{R.randint(10,28)}/2026", "amount_with_date")
H(f"Call me at ({dn(3)}) 555-{digits(4)}", "phone_paren")
H(f"my number is +1 {dn(3)} 555 {digits(4)}", "phone_intl")
H(f"Order #{nonluhn(16)} never arrived", "order_number_16_nonluhn")
H(f"Tracking number 1Z{R.choice('ABCDEFGHJKLMNPRSTVWXY')}{digits(5)}{R.choice('ABCDEFGHJKL')}{digits(9)}", "ups_tracking")
H(f"USPS tracking {nonluhn(22, '9')}", "usps_tracking_22")
H(f"FedEx tracking {nonluhn(12)}", "fedex_tracking_12")
H(f"Case number {dn(9)}", "case_number_9")
H(f"reference number: {nonluhn(15)}", "reference_15_nonluhn")
H(f"Confirmation code {R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{dn(4)}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}", "confirmation_alnum")
H(f"My flight confirmation is {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}", "airline_pnr")
H(f"The dispute reference is {nonluhn(16, '4')}", "dispute_ref_16_starting4_nonluhn")
imei = luhn_complete(dn(14)); H(f"My phone's IMEI is {imei}, the phone I bought with the card got stolen", "imei_luhn_labeled")
H(f"Routing number {dn(9)}", "routing_number")
H(f"bank account {nonluhn(12)} for autopay", "bank_account_autopay")
H(f"Date of birth 03/{R.randint(10,28)}/19{R.randint(50,99)}", "dob")
H(f"My card expires {R.randint(1,12):02d}/{R.randint(27,31)}", "expiry_only")
H(f"Membership Rewards points balance is {R.randint(10,400)},{digits(3)}", "points_balance")
H(f"transaction ID {nonluhn(16)}", "transaction_id_16")
H(f"Invoice INV-{dn(8)} from the hotel", "invoice")
H(f"Merchant ID {nonluhn(15)} on the statement", "merchant_id_15")
H(f"Employee ID {dn(6)}", "employee_id_6")
H(f"My member number is {dn(11)}", "member_number_11")
H(f"The code on the receipt is {dn(6)}", "receipt_code")
H(f"Promo code SAVE{R.randint(10,50)} didn't apply", "promo_code")
H(f"Gift card number {nonluhn(19,'6')}", "gift_card_19_nonluhn")
H(f"The store said approval code {dn(6)}", "approval_code")
H(f"authorization code {''.join(R.choice('0123456789ABCDEF') for _ in range(6))} on my receipt", "auth_code_receipt")
H(f"apartment {dn(3)}, {dn(4)} Maple Ave", "address")
H(f"Passport number {R.choice('ABCDEF')}{dn(8)}", "passport")
H(f"Driver's license D{dn(7)}", "drivers_license")
H(f"My EIN for the business card is {dn(2)}-{dn(7)}", "ein_business")
H(f"ITIN not SSN, I don't have a social", "itin_no_value")
H("Is it safe to type my social security number here?", "ssn_safety_question")
H("Never share your password, right?", "password_advice")
H("Your agent asked me for my one-time code, is that a scam?", "scam_report_otp")
H(f"I got a text saying my code is needed to cancel a $500 order from {dn(3)}-{dn(3)}-{digits(4)}, scam?", "scam_text_phone")
H(f"The 3 digits on the back are scratched off, can I get a new card?", "back_digits_scratched")
H("The security code on the back is worn, can't read it", "security_code_worn")
H("I entered the wrong PIN three times", "wrong_pin_count")
H("my password has a # in it, is that allowed?", "password_char_question")
H(f"Password must be at least {R.randint(8,12)} characters?", "password_rule")
H(f"the OTP expires after {R.randint(5,15)} minutes, right?", "otp_expiry_minutes")
H(f"I got the code at {R.randint(1,12)}:{R.randint(10,59)} pm but it didn't work", "code_time")
H(f"Sent you ${R.randint(20,900)} on {R.randint(1,12)}/{R.randint(1,28)}", "amount_short_date")
H(f"I've had the card since {R.randint(1990,2020)}", "year")
H(f"credit limit {R.randint(5,50)},000", "credit_limit")
H(f"Statement balance is ${R.randint(1000,9999)}.{digits(2)} and minimum due ${R.randint(35,200)}", "balance_min_due")
H(f"Card ending {dn(4)}, exp {R.randint(1,12):02d}/{R.randint(27,31)}, zip {dn(5)}", "last4_exp_zip")
H(f"APR 2{R.randint(0,9)}.{digits(2)}%", "apr")
H(f"I'm calling about dispute case {dn(10)}", "dispute_case_10")
H(f"Ticket {dn(13)} from the airline was refunded?", "ticket_13_digits")
H(f"Hotel folio {nonluhn(14)}", "folio_14_nonluhn")
H(f"Account ending in {dn(5)}", "account_ending_5")
H(f"loan number {nonluhn(13)}", "loan_13_nonluhn")
H(f"My ticket number is {nonluhn(16,'3')}", "ticket_16_starting3_nonluhn")
H(f"Serial number SN{dn(10)} on the laptop I bought", "serial_number")
H(f"Please mail it to PO Box {dn(4)}, Austin TX 787{digits(2)}", "po_box")
H(f"I was charged {R.randint(2,5)} times at store #{dn(4)}", "store_number")
H(f"the cashier said terminal {dn(8)}", "terminal_id")
H(f"mi código postal es {dn(5)}", "es_zip")
H(f"¿Dónde encuentro el código de seguridad?", "es_where_security_code")
H("No recibí el código de verificación", "es_no_code")
H("Olvidé mi contraseña", "es_forgot_password")
H(f"Mi tarjeta que termina en {dn(4)} fue rechazada", "es_last4")
H(f"Me cobraron ${R.randint(100,999)}.{digits(2)} dos veces", "es_amount")
H(f"Número de pedido {nonluhn(16)}", "es_order_16")
H(f"Mi teléfono es {dn(3)}-{dn(3)}-{digits(4)}", "es_phone")
H(f"Número de caso {dn(9)}", "es_case_9")
H("¿Por qué necesitan mi número de seguro social?", "es_why_ssn")
H(f"Mi fecha de nacimiento es {R.randint(1,28)}/{R.randint(1,12)}/19{R.randint(50,99)}", "es_dob")
H("¿Cómo cambio mi PIN?", "es_change_pin")
H(f"El número de confirmación es {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{dn(5)}", "es_confirmation")
H(f"CVV stands for card verification value, my card's has {R.randint(3,4)} digits", "cvv_digit_count")
H("Is the CID the same as the CVV?", "cid_vs_cvv")
H(f"The OTP was sent to the phone ending {dn(4)}", "otp_sent_to_phone_last4")
H(f"Please text the code to {dn(3)}-555-{digits(4)} instead", "text_code_to_phone")
H("my password stopped working after the app update", "password_stopped")
H(f"I have {R.randint(2,5)} cards, the Gold and the Platinum", "card_count")
H(f"I'm {R.randint(20,80)} years old, can I get a card for my {R.randint(13,17)}-year-old?", "ages")
H(f"The number {R.randint(100,999)} on my statement page {R.randint(1,5)} — what is it?", "statement_page_number")
H(f"Flight {R.choice(['AA','UA','DL'])}{R.randint(100,2999)} was cancelled, I want the travel insurance", "flight_number")
H(f"Reward code {dn(6)} from the Amex Offers email", "offer_code")
H(f"My account number starts with {dn(2)}… sorry, I only know the last {R.randint(4,5)}", "partial_prefix")
H(f"BIN {R.choice(['3','4','5'])}{digits(5)} - is that an Amex range?", "bin6_only")
H(f"The 1-800 number on the back is 1-800-{dn(3)}-{digits(4)}", "phone_on_back")
H("What do I do if someone got my password?", "password_compromise_q")
H("Do you ever ask for a full card number in chat?", "full_card_number_question")
H("Lock my card please, I think my SSN was in a data breach", "ssn_breach_mention")
H(f"Temperature was {R.randint(60,99)} degrees and my card melted lol", "joke_number")
H(f"Order {dn(3)}-{dn(7)}-{dn(7)} from the online store", "amazon_order_format")
H(f"my transaction of ${R.randint(1,9)},{digits(3)}.{digits(2)} at Best Buy store {dn(3)}", "amount_store")
H(f"Seat {R.randint(1,40)}{R.choice('ABCDEF')}, row {R.randint(1,40)}", "seat_row")
H(f"The package weighed {R.randint(1,30)} lbs", "weight")
H(f"Mileage: {R.randint(10,99)},{digits(3)} miles on the rental car", "mileage")
H(f"The rental agreement number is {nonluhn(10)}", "rental_agreement")
H(f"VIN {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(17))}", "vin")
H(f"Medicare number {dn(1)}{R.choice('ABCDEFG')}{R.choice('ABCDEFG')}{dn(1)}-{R.choice('ABCDEFG')}{dn(2)}-{R.choice('ABCDEFG')}{R.choice('ABCDEFG')}{dn(2)}", "medicare_mbi")
H(f"Coordinates {R.randint(30,45)}.{digits(4)}, -{R.randint(70,120)}.{digits(4)}", "coordinates")
H(f"The code 'SUMMER{R.randint(20,26)}' is a promo, not a password", "promo_not_password")
H("My password is the same as my email password, is that bad?", "password_without_value")
H("The PIN I set is 4 digits", "pin_length_no_value")
H("my security code is on the back, I see it, what do you need?", "security_code_no_value")
H("I have the OTP ready, should I read it to you?", "otp_ready_no_value")
H("Please don't make me type my SSN again", "ssn_no_value")
H(f"How long does a balance transfer of ${R.randint(1000,20000)} take?", "balance_transfer")
H(f"I paid with check number {dn(4)}", "check_number")
H(f"The ATM at {dn(3)} Main St ate my card", "atm_address")
H(f"Version {R.randint(1,9)}.{R.randint(0,20)}.{R.randint(0,99)} of the app keeps crashing", "app_version")
H(f"iPhone {R.randint(11,16)} Pro, iOS {R.randint(16,18)}.{R.randint(0,5)}", "device_model")
H(f"My income is ${R.randint(40,300)},{digits(3)} per year", "income")
H(f"I want to pay ${R.randint(100,999)} on the {R.randint(1,28)}th", "payment_on_day")
H(f"Fax it to {dn(3)}.{dn(3)}.{digits(4)}", "fax_dots")
H(f"The charge says AMZN MKTP US*{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(9))}", "merchant_descriptor")
H(f"Reference {dn(3)}-{dn(2)}-{dn(4)} on my dispute letter", "ref_ssn_shaped_labelled")
H(f"My phone number is {dn(3)} {dn(2)} {dn(4)}... wait that's missing a digit", "phone_partial_ssn_shape")
H(f"Invalid: 000-{dn(2)}-{dn(4)} was printed on the form by mistake, it's not a real SSN", "invalid_ssn_area_000")
H(f"Order {nonluhn(15,'3')} shipped", "order_15_starting3_nonluhn")
H(f"The amounts were ${dn(3)}, ${dn(3)}, ${dn(3)} and ${dn(3)}", "several_amounts")
H(f"IMEI {luhn_complete(dn(14))} is the phone I want to insure with card protection", "imei_luhn_labeled_2")
H(f"Gift card PIN is scratched, card ends {dn(4)}", "gift_pin_no_value")
H(f"account number on my statement ends in {dn(4)}, closing date 12/{R.randint(10,28)}", "statement_last4_closing")
H(f"I need the code to be sent by voice call to {dn(3)}-{dn(3)}-{digits(4)}", "voice_call_phone")
H(f"My reservation number is {dn(8)}", "reservation_8")
H(f"Booking ref {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(2))}{dn(7)}", "booking_ref")
H(f"the item costs {R.randint(10,99)}.{digits(2)} EUR", "eur_amount")
H(f"Cuenta que termina en {dn(4)}, pago de ${R.randint(50,500)}", "es_account_last4_amount")
H("¿Es seguro darles mi contraseña por chat?", "es_password_safety")
H(f"Número de rastreo {nonluhn(12)}", "es_tracking")
H("No tengo el código CVV a mano ahora", "es_no_cvv_value")
H(f"Mi código de referencia es {dn(7)}", "es_reference_code")
H(f"Compré boletos por ${R.randint(100,900)} el {R.randint(1,28)} de noviembre", "es_purchase_date")
H(f"Llámame al +52 {dn(2)} {dn(4)} {digits(4)}", "es_mexico_phone")
H(f"My pin code (postal) is {dn(6)}, I'm in India", "india_pin_code")
H("The OTP field won't accept letters", "otp_field_question")
H(f"Hours: 9 to 5, room {dn(3)}, floor {R.randint(2,40)}", "room_floor")
H(f"{R.randint(2,9)} transactions totaling ${R.randint(100,999)}.{digits(2)} were flagged", "count_total")
H(f"Policy number {nonluhn(13)} for trip insurance", "policy_13_nonluhn")
H(f"Statement dated {R.randint(1,12)}/{R.randint(1,28)}/26 shows card ****{dn(4)}", "masked_statement")
H(f"ending in {dn(4)} and {dn(4)} — two cards, both declined", "two_last4")
H("What is my password requirement for the new app?", "password_requirement")
H("Why does the verification code keep coming from a different number?", "verification_code_sender")
H(f"Confirmation number {nonluhn(16,'5')} for my payment", "confirmation_16_starting5_nonluhn")
H(f"Order ID {nonluhn(14,'3')}", "order_14_starting3_nonluhn")
H(f"The membership ID on my Costco card is {dn(12)}", "costco_member_12")
H(f"Phone: {dn(10)}", "phone_10_bare")
H(f"Tax refund ${R.randint(100,5000)} from IRS", "tax_refund")
H("I typed my CVV wrong, how many attempts do I have?", "cvv_attempts")
H("The text said my passcode is expiring, do I need a new one?", "passcode_expiring_no_value")

# ---------------- checks ----------------
import re
texts = [r["text"] for r in rows]
assert len(texts) == len(set(texts)), "duplicate text"
notes = [r["note"] for r in rows]
assert len(notes) == len(set(notes)), "duplicate note: " + str([n for n in notes if notes.count(n) > 1])
for r in rows:
    assert (r["kind"] is None) == (not r["sensitive"])
    assert set(r) == {"text","sensitive","kind","note"}
# every card-like digit run in card_number lines: reconstruct from used_cards
for c in used_cards:
    assert luhn_ok(c) and c not in FAMOUS
    assert any(c[:2] in ("34","37","36","38","35","65") or c[0]=="4" or c[:4]=="6011" or 51<=int(c[:2])<=55 or 2221<=int(c[:4])<=2720 for _ in [0])
# harmless: any 13-19 digit run must be luhn-invalid unless IMEI
for r in rows:
    if not r["sensitive"]:
        for m in re.findall(r"\d{13,19}", r["text"]):
            assert (not luhn_ok(m)) or "IMEI" in r["text"], r
# ssn checks
assert len(used_ssn) == sum(r["kind"] == "ssn" for r in rows)
for v in used_ssn: assert ssn_ok(v), v
for r in rows:
    if r["kind"] == "card_number":
        assert sum(c in re.sub(r"\D", "", r["text"]) or " ".join(WORDS[d] for d in c) in r["text"] or " ".join(ES[d] for d in c) in r["text"] for c in used_cards) == 1, r
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(rows), Counter(r["kind"] for r in rows))
