#!/usr/bin/env python3
"""Blind adversarial probe set #9 for the sensitive-data guard.
Everyday support-chat requests with one embedded secret (or none).
Deterministic (seeded), stdlib only.  Output: guard_probe9.jsonl"""
import json, random, os, re

SEED = 90909
rng = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe9.jsonl")

FAMOUS = {"4111111111111111", "4242424242424242", "378282246310005", "371449635398431",
          "5555555555554444", "5105105105105100", "6011111111111117", "30569309025904",
          "3530111333300000", "4012888888881881", "38520000023237", "6011000990139424",
          "5200828282828210", "4000056655665556", "378734493671000", "3566002020360505",
          "36227206271667", "4222222222222", "4012888888881881", "5454545454545454",
          "4444333322221111", "4000000000000002", "6011000400000000", "3566111111111113"}

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
        if luhn_ok(body + c):
            return body + c

def gen_card(net):
    pre, ln = {
        "amex": (rng.choice(["34", "37"]), 15),
        "visa": ("4", 16),
        "mc": (rng.choice([str(rng.randint(51, 55)), str(rng.randint(2221, 2720))]), 16),
        "disc": (rng.choice(["6011", "65"]), 16),
        "diners": (rng.choice(["36", "38"]), 14),
        "jcb": ("35" + str(rng.randint(28, 89)), 16),
    }[net]
    while True:
        body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
        n = luhn_complete(body)
        if n not in FAMOUS and len(set(n)) > 3:
            return n

def fmt_card(n, style=None):
    style = style or rng.choice(["plain", "space", "space", "dash"])
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    elif len(n) == 14:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, len(n), 4)]
    return sep.join(g)

def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666: continue
        g = rng.randint(1, 99); s = rng.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v in ("078051120", "219099999", "123456789"): continue
        return v

def ssn_ok(v):
    v = re.sub(r"\D", "", v)
    return (len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
            and v[3:5] != "00" and v[5:] != "0000")

def digits(n, first_nonzero=True):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s

WORDS = ["Bluebird", "mango", "Tigerlily", "harbor", "Quokka", "sunset", "Falcon", "pepper",
         "Marigold", "river", "Otter", "cobalt", "Jasmine", "walnut", "Pinecone", "Lobster",
         "canyon", "Biscuit", "nebula", "Saffron"]
SYMS = "!#$%&*?@"

def gen_pw():
    w = rng.choice(WORDS)
    form = rng.randint(0, 4)
    if form == 0: return w + digits(2, False) + rng.choice(SYMS)
    if form == 1: return w + rng.choice(SYMS) + digits(4)
    if form == 2: return rng.choice(SYMS) + w.lower() + digits(3)
    if form == 3: return w.capitalize() + "_" + rng.choice(WORDS).lower() + digits(2, False)
    return w.replace("o", "0").replace("a", "@") + digits(2)

MERCH = ["Delta", "Uber", "Amazon", "Best Buy", "Marriott", "Hilton", "Costco", "Walmart",
         "Target", "DoorDash", "Airbnb", "Expedia", "Home Depot", "Apple", "Netflix", "Shell",
         "Whole Foods", "Lyft", "United", "JetBlue", "Sephora", "Nordstrom", "Starbucks",
         "Hertz", "Booking.com", "Spotify", "Etsy", "Chewy", "Walgreens", "CVS"]
CITIES = ["Cancun", "Lisbon", "Tokyo", "Rome", "Denver", "Miami", "Paris", "Bogota",
          "London", "Madrid", "Toronto", "Phoenix", "Seattle", "Mexico City", "Dublin"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
AIR = ["AA", "DL", "UA", "B6", "WN", "AS", "IB", "BA"]
EMO = ["🙏", "😩", "😡", "🤦", "😬", "🙄", "👍", "😅", "💳", "✈️"]

def vals():
    cards = {k: gen_card(k) for k in ["amex", "visa", "mc", "disc", "diners", "jcb"]}
    anynet = rng.choice(["amex", "amex", "amex", "visa", "mc", "disc", "diners", "jcb"])
    ssn = gen_ssn()
    m = rng.randint(1, 12)
    v = dict(
        amex=fmt_card(cards["amex"]), amex_sp=fmt_card(cards["amex"], "space"),
        amex_pl=cards["amex"], amex_dash=fmt_card(cards["amex"], "dash"),
        visa=fmt_card(cards["visa"]), mc=fmt_card(cards["mc"]), disc=fmt_card(cards["disc"]),
        diners=fmt_card(cards["diners"]), jcb=fmt_card(cards["jcb"]),
        card=fmt_card(cards[anynet]), card_pl=cards[anynet], card_sp=fmt_card(cards[anynet], "space"),
        ssn="%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), ssn_pl=ssn,
        ssn_sp="%s %s %s" % (ssn[:3], ssn[3:5], ssn[5:]),
        cvv=digits(3, False), cid=digits(4),
        otp=digits(6), otp4=digits(4), otp8=digits(8),
        pw=gen_pw(), pin=digits(4, False), pin6=digits(6, False),
        last4=digits(4, False), last4b=digits(4, False), last5=digits(5),
        amt="$%d.%02d" % (rng.randint(12, 2400), rng.randint(0, 99)),
        amt2="$%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99)),
        amt_r="$%d" % rng.choice([25, 40, 75, 100, 150, 200, 250, 300, 500, 1200]),
        date="%s %d" % (MONTHS[m - 1], rng.randint(1, 28)),
        date2="%d/%d" % (rng.randint(1, 12), rng.randint(1, 28)),
        fecha="%d de %s" % (rng.randint(1, 28), rng.choice(MESES)),
        phone="(%s) %s-%s" % (rng.randint(201, 989), rng.randint(201, 989), digits(4, False)),
        phone2="%s-%s-%s" % (rng.randint(201, 989), rng.randint(201, 989), digits(4, False)),
        phone_intl="+52 55 %s %s" % (digits(4), digits(4)),
        zip=digits(5), zip4="%s-%s" % (digits(5), digits(4)),
        merch=rng.choice(MERCH), merch2=rng.choice(MERCH), city=rng.choice(CITIES),
        ref=digits(10), case="C" + digits(8), case_pl=digits(7),
        order="%s-%s-%s" % (digits(3), digits(7), digits(7)),
        flight="%s %d" % (rng.choice(AIR), rng.randint(100, 2999)),
        conf="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
        pts="{:,}".format(rng.randint(2, 250) * 1000), year=str(rng.randint(2019, 2027)),
        time="%d:%02d %s" % (rng.randint(1, 12), rng.choice([0, 5, 15, 30, 45, 50]), rng.choice(["am", "pm"])),
        pct="%d.%d%%" % (rng.randint(15, 29), rng.randint(0, 99)),
        routing=digits(9), acct=digits(rng.choice([10, 11, 12])),
        fedex=digits(12), ups="1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)),
        ver="%d.%d.%d" % (rng.randint(4, 17), rng.randint(0, 20), rng.randint(0, 9)),
        qty=str(rng.randint(2, 12)), nights=str(rng.randint(2, 9)),
        exp="%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)),
        emo=rng.choice(EMO), emo2=rng.choice(EMO),
        mins=str(rng.choice([5, 10, 15, 20, 30, 45])),
        seat="%d%s" % (rng.randint(3, 40), rng.choice("ABCDEF")),
        room=str(rng.randint(101, 1899)),
        dob="%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2002)),
        tax=digits(2) + "-" + digits(7),
        air=rng.choice(["Delta", "United", "American", "JetBlue", "Southwest", "Alaska"]),
        hotel=rng.choice(["Marriott", "Hilton", "Hyatt", "Four Seasons", "Westin", "Holiday Inn"]),
        sub=rng.choice(["Netflix", "Spotify", "Hulu", "Disney+", "NYT", "Peloton"]),
        cb=str(rng.randint(1, 6)),
        inc=str(rng.choice([45, 60, 72, 85, 110, 150, 240])),
    )
    # Luhn-invalid labelled gift card (16 or 19 digits)
    while True:
        g = rng.choice(["6006", "7777", "6035", "6046"]) + digits(12, False)
        if not luhn_ok(g): break
    v["gift"] = " ".join(g[i:i + 4] for i in range(0, 16, 4))
    # IMEI: real IMEIs are Luhn-valid 15 digits (hard negative)
    v["imei"] = luhn_complete(rng.choice(["35", "86", "01"]) + digits(12, False))
    while luhn_ok(v["order"].replace("-", "")):
        v["order"] = "%s-%s-%s" % (digits(3), digits(7), digits(7))
    v["serial"] = rng.choice(["F2L", "C02", "DMP", "G6T"]) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
    v["usps"] = "9400 " + " ".join(digits(4, False) for _ in range(4)) + " " + digits(2, False)
    return v

# ---------------------------------------------------------------- templates
CARD = [
    ("dispute_fullnum", "Hi, I want to dispute a {amt} charge from {merch} on {date}, it was on my card {amex}"),
    ("lost_card_num", "lost my wallet in {city} last night, card number is {amex_sp}, pls cancel it"),
    ("frag_cc_colon", "cc: {card_pl}"),
    ("frag_card_hash", "card # {amex_dash}"),
    ("allcaps_stolen", "MY CARD WAS STOLEN!!! NUMBER {amex_sp} CALL ME AT {phone}"),
    ("typo_crad_numbr", "my crad numbr is {card} and the charge of {amt} from {merch} isnt mine"),
    ("quoted_num", "The number on the card is \"{amex_sp}\" — can you check why {merch} declined it?"),
    ("backtick_num", "here's the card: `{card}` it's expiring {exp}, need replacement sent to zip {zip}"),
    ("bracket_num", "card [{amex_pl}] got charged twice by {merch} ({amt} each) {emo}"),
    ("visa_other_card", "I paid my Amex bill ending {last4} using my Visa {visa} but the {amt} payment bounced"),
    ("mc_autopay", "Can you switch autopay to my Mastercard {mc}? current one ends in {last4}"),
    ("disc_refund", "{merch} refunded {amt2} to my Discover {disc} instead of my Amex, can you help"),
    ("diners_travel", "traveling to {city} on {date}, pls note my Diners card {diners} on file too, hotel is the {hotel}"),
    ("jcb_link", "want to link my JCB {jcb} to my rewards account, I have {pts} points"),
    ("no_punct_run", "hi need help card {card_pl} charge {amt} {merch} {date} not me"),
    ("emoji_num", "{emo} card {amex_sp} was declined at {merch} for {amt} {emo2}"),
    ("bold_md", "Replacement card please. Old card: **{amex_sp}**, ship to {zip}"),
    ("mid_sentence", "So yesterday around {time} I noticed {amex} had a {amt} charge I never made at {merch}."),
    ("abbr_acct_no", "acct no on the front of the card {amex_dash}, balance transfer of {amt} pending"),
    ("freeze_req", "freeze {card} asap, someone used it in {city} for {amt}"),
    ("full16_label", "the full 16 digits are {visa}, it's my backup card for the {sub} subscription"),
    ("es_tarjeta", "Hola, perdí mi tarjeta, el número es {amex_sp}, por favor bloquéenla"),
    ("es_cargo", "no reconozco un cargo de {amt} en {merch} del {fecha}, mi tarjeta {card}"),
    ("es_numero_tarj", "numero de tarjeta: {amex_pl} gracias"),
    ("pasted_after_colon", "Number -> {card_sp} (I know I shouldn't send this lol)"),
    ("verify_num", "is {amex} still active? I got a letter saying my card ending {last4b} was replaced"),
    ("newline_list", "Name: Dana\nCard: {card}\nIssue: {amt} double charge at {merch}"),
    ("typo_carrd", "carrd number {amex_sp} pls dont close the account i still have {pts} pts"),
]

SSN = [
    ("verify_ssn_dash", "To verify my identity for the dispute, my SSN is {ssn}"),
    ("frag_ssn", "ssn {ssn}"),
    ("frag_ss_hash", "SS#: {ssn_pl}"),
    ("social_is", "my social is {ssn_sp}, I'm trying to unlock my account after the {amt} payment"),
    ("typo_socail", "socail security number {ssn} — need to add an authorized user born {dob}"),
    ("allcaps_ssn", "I ALREADY GAVE YOU MY SOCIAL SECURITY NUMBER {ssn} TWICE, WHY IS MY CARD STILL LOCKED"),
    ("ssn_quoted", "You asked for my Social Security number: \"{ssn}\". Card ending {last4}."),
    ("ssn_backtick", "social: `{ssn_pl}` zip {zip}"),
    ("ssn_application", "Applying for the Gold card, SSN {ssn}, income ${inc}k a year"),
    ("ssn_with_phone", "call me back at {phone}, my ssn is {ssn_pl} if you need to look me up"),
    ("ssn_emoji", "{emo} here's my social {ssn} can we pls fix the late fee of {amt2}"),
    ("ssn_no_punct", "need replacement card ssn {ssn_pl} address changed zip {zip}"),
    ("ssn_paren", "My identity (social security # {ssn}) was stolen, fraudulent charges at {merch}"),
    ("ssn_credit_limit", "Requesting a credit limit increase to {amt_r}00; SSN for the credit pull: {ssn_sp}"),
    ("ssn_au", "adding my daughter as authorized user, her SSN is {ssn}, DOB {dob}"),
    ("ssn_bracket", "soc sec [{ssn}] - account locked since {date}"),
    ("ssn_abbr_sec", "Soc. Sec. No. {ssn_pl}, please update my address to {zip}"),
    ("ssn_bold", "My SSN is **{ssn}** and my card ending {last4} is blocked"),
    ("ssn_mid", "I called on {date} and the agent said I need to confirm, so the social security number is {ssn} and the phone is {phone}."),
    ("ssn_tin_label", "taxpayer id (my SSN) {ssn} for the 1099 on my {pts} points"),
    ("ssn_full9", "all 9 digits of my social: {ssn_pl}"),
    ("ssn_typo_secuirty", "social secuirty {ssn} for the fraud claim on {amt}"),
    ("ssn_newline", "Name: Luis Ortega\nSSN: {ssn}\nReason: card lost in {city}"),
    ("es_seguro_social", "mi número de seguro social es {ssn}, necesito desbloquear la cuenta"),
    ("es_ssn_frag", "seguro social: {ssn_pl}, tarjeta que termina en {last4}"),
    ("es_solicitud", "para la solicitud de la tarjeta, mi SSN es {ssn_sp} y gano {amt_r}00 al mes"),
    ("ssn_prev_asked", "the bot asked for the last 4 but here's the whole social {ssn} to save time"),
]

CVV = [
    ("frag_cvv", "cvv {cvv}"),
    ("frag_cid_colon", "CID: {cid}"),
    ("cid_front", "the 4 digit code on the front of my Amex is {cid}, why does {merch} keep rejecting it"),
    ("back_3digits", "the 3 numbers on the back are {cvv}, card ending {last4}, charge was {amt}"),
    ("typo_ccv", "ccv is {cvv} and exp {exp} still declined at {merch} {emo}"),
    ("typo_secuirty_code", "secuirty code {cid} on card ending {last4} not working online"),
    ("allcaps_cvv", "I ENTERED CVV {cvv} AND IT SAYS INVALID, ORDER {order}"),
    ("cvc_quoted", "The CVC is \"{cvv}\" and expiry {exp}, please push the {amt} payment through"),
    ("cvv_backtick", "security code: `{cid}`"),
    ("cvv_bracket", "card ending {last4}, sec code [{cid}], trying to book {flight} on {date}"),
    ("cvv_bold", "CVV **{cvv}** exp {exp} zip {zip} still failing"),
    ("sig_panel", "the number by the signature strip is {cvv}, can you tell me if it's the right one"),
    ("cid_printed_above", "the little digits printed above the card number on the right say {cid}"),
    ("cvv2_mid", "Booking at {hotel} failed; I typed CVV2 {cvv} twice and got locked out around {time}."),
    ("csc_label", "CSC = {cid} for the card ending {last4}"),
    ("cvv_emoji", "{emo} cvv {cvv} {emo2} pls help"),
    ("cvv_no_punct", "my security code is {cid} card ends {last4} zip {zip} charge {amt} declined why"),
    ("cvv_phone", "call me at {phone}, the 4-digit CID is {cid} if you need it for the {hotel} booking"),
    ("cvv_newline", "exp: {exp}\ncvv: {cvv}\nzip: {zip}"),
    ("card_code_front", "card code on front {cid}, billing zip {zip}, trying to pay {amt2}"),
    ("cvv_arrow", "verification value on the back -> {cvv}"),
    ("cvv_replacement", "new card came today (ending {last4b}), 3-digit security code {cvv}, activate pls"),
    ("es_codigo_seguridad", "el código de seguridad es {cid} y la tarjeta termina en {last4}"),
    ("es_cvv", "mi cvv es {cvv}, no me deja pagar en {merch}"),
    ("es_reverso", "los 3 números del reverso son {cvv}, ¿por qué rechazan el pago de {amt}?"),
    ("cvc_abbrev", "cvc {cvv} exp {exp}"),
    ("cvv_pasted_chat", "ok so CVV = {cid} (4 digits on the front bc it's amex)"),
]

OTP = [
    ("frag_otp", "otp {otp}"),
    ("text_code_is", "the code you texted me is {otp}, I'm trying to log in to pay the {amt} balance"),
    ("typo_verfication", "verfication code {otp} but it says expired, card ending {last4}"),
    ("allcaps_code", "GOT THE CODE {otp} BUT IT KEEPS SAYING INVALID {emo}"),
    ("otp_quoted", "The one-time code is \"{otp}\" — can you confirm the {merch} purchase of {amt}?"),
    ("otp_backtick", "passcode from the sms: `{otp}`"),
    ("otp_bracket", "verification code [{otp}] came through at {time}, my cell is {phone2}"),
    ("otp_bold", "here's the code: **{otp}**"),
    ("otp_4digit", "just got a 4 digit code {otp4} by text, is that what you need to release the {amt} charge"),
    ("otp_email", "the 6-digit code in the email says {otp}, my phone on file is {phone}"),
    ("otp_safekey", "SafeKey code for the {merch} order of {amt} is {otp}"),
    ("otp_2fa", "2FA code: {otp}"),
    ("otp_mid", "I got a text at {time} that said your code is {otp}, and I'm trying to add my card ending {last4} to Apple Pay"),
    ("otp_emoji", "{emo} code {otp} {emo2}"),
    ("otp_no_punct", "code from text {otp} need to unlock account card ends {last4}"),
    ("otp_security_code_sms", "you sent me a security code by SMS: {otp}, reset my login please"),
    ("otp_newline", "Login issue\nOTP: {otp}\nPhone: {phone2}"),
    ("otp_typo_onetime", "one tme pascode {otp} for the transfer of {pts} points to Delta"),
    ("otp_spaced", "the verification code is {otp_sp}"),
    ("otp_auth_app", "authenticator app shows {otp} right now, can you verify me so I can dispute the {amt} charge"),
    ("otp_call_code", "the automated call read me the code {otp}, pls approve the {hotel} charge for {nights} nights"),
    ("otp_8digit", "8-digit one-time password: {otp8}"),
    ("otp_abbrev_verif", "verif code {otp} pls"),
    ("es_codigo_verif", "me llegó el código de verificación {otp} pero dice que expiró"),
    ("es_codigo_sms", "el código que me mandaron por SMS es {otp}, quiero pagar {amt}"),
    ("es_otp", "código de un solo uso: {otp}"),
    ("otp_pin_text", "text says 'your American Express one-time code is {otp}' — do I share it with you?"),
]

PW = [
    ("frag_pw", "pw: {pw}"),
    ("password_is", "my password is {pw} and it still won't let me log in to see the {amt} statement"),
    ("typo_passwrod", "passwrod {pw} not working since the app updated to {ver}"),
    ("allcaps_pw", "MY PASSWORD IS {pw_up} AND THE APP SAYS WRONG PASSWORD {emo}"),
    ("pw_quoted", "Password: \"{pw}\" (user is dana{zip}), locked out since {date}"),
    ("pw_backtick", "login pw is `{pw}`"),
    ("pw_bracket", "username jsmith{last4b} / password [{pw}]"),
    ("pw_bold", "new password I set: **{pw}**, but online still rejects it"),
    ("pin_atm", "my PIN is {pin}, the ATM in {city} kept my card after I withdrew {amt_r}"),
    ("pin_frag", "pin {pin}"),
    ("pin_typo", "my pinn number is {pin} and it got rejected at {merch} for {amt2}"),
    ("pw_old_new", "I changed my password to {pw} on {date} and now I can't log in"),
    ("pw_emoji", "{emo} pass = {pw} {emo2} pls unlock"),
    ("pw_no_punct", "cant log in pw {pw} card ends {last4} zip {zip}"),
    ("pw_newline", "User ID: mgarcia{last4b}\nPassword: {pw}"),
    ("pw_mid", "My daughter set up the account so the password is probably {pw}, and the card ends {last4}."),
    ("pw_slash", "login: kmorris / {pw}"),
    ("pw_passcode", "online passcode {pw} - trying to redeem {pts} points"),
    ("pin_cash_adv", "for the cash advance the PIN is {pin}, I need {amt_r} in {city}"),
    ("pin6_phone", "my 6 digit phone banking passcode is {pin6}, call me at {phone}"),
    ("pw_abbr_pwd", "pwd {pw}"),
    ("pw_tried", "I tried the password {pw} three times around {time} and now it's locked"),
    ("es_contrasena", "mi contraseña es {pw} y no puedo entrar a la app"),
    ("es_clave", "la clave de mi cuenta en línea es {pw}"),
    ("es_pin", "mi PIN es {pin}, el cajero en {city} no lo acepta"),
    ("pw_arrow", "password -> {pw} (I know, I know)"),
    ("pw_app_login", "The app login: email rita.k{zip}@gmail.com, password {pw} — statement for {date} won't load"),
]

NEG = [
    # talking about secrets without values
    ("n_cvv_where", "where is the cvv on an amex? the {amt} payment at {merch} keeps asking"),
    ("n_cid_scratched", "The CID on the front of my card ending {last4} is scratched off, can you send a new one to zip {zip}?"),
    ("n_cvv_wrong", "I typed my security code wrong 3 times and now {merch} blocked me, order {order}"),
    ("n_otp_never", "never got the otp, my phone on file is {phone}, pls resend"),
    ("n_otp_expired", "the verification code expired after {mins} minutes, can you send another?"),
    ("n_pw_reset", "how do i reset my password? app version {ver} keeps crashing"),
    ("n_pin_forgot", "forgot my PIN, need a cash advance of {amt_r} in {city} tomorrow {emo}"),
    ("n_ssn_why", "why do you need my social security number to increase my limit to {amt_r}00?"),
    ("n_ssn_last4", "last 4 of my SSN is {last4}, DOB {dob}, please verify me"),
    ("n_ssn_wont_give", "I'm not giving my SSN over chat. Card ending {last4}, zip {zip}."),
    ("n_card_last4", "card ending in {last4} was charged {amt} by {merch} on {date}, not me"),
    ("n_card_last5", "my amex ending -{last5} is declined at {merch}, {amt2} purchase"),
    ("n_cvv_digits_q", "is the security code 3 or 4 digits on the Platinum card? the one ending {last4}"),
    ("n_otp_share_q", "someone called from {phone2} asking for the code you texted me, is that you? I didn't give it"),
    ("n_pw_chars", "does the password need a special character? it says 8-20 characters and I have until {time}"),
    ("n_cvv_no_value", "cvv? what cvv lol, i just tapped my phone at {merch} for {amt2}"),
    # amounts, dates, merchants
    ("n_dispute_amt", "Disputing {amt} from {merch} on {date}, and another {amt2} on {date2}"),
    ("n_double_charge", "double charged {amt2} at {merch} twice on {date} {emo}"),
    ("n_allcaps_dispute", "I WAS CHARGED {amt} BY {merch_up} AND I NEVER RECEIVED THE ITEM, ORDER {order}"),
    ("n_payment_posted", "made a payment of {amt} on {date} but it still shows balance {amt2}"),
    ("n_late_fee", "can u waive the late fee of $40? paid on {date2} only 1 day late"),
    ("n_no_punct_amt", "charge {amt} {merch} {date} pls refund i returned it"),
    ("n_apr", "why did my APR go up to {pct} on the card ending {last4}?"),
    ("n_min_payment", "minimum payment due {date} is {amt2}, can I pay {amt_r} instead"),
    ("n_es_cargo", "tengo un cargo de {amt} de {merch} del {fecha} que no reconozco"),
    ("n_es_pago", "hice un pago de {amt} el {fecha} y no aparece, tarjeta terminada en {last4}"),
    ("n_es_tarjeta_perdida", "perdí mi tarjeta en {city}, termina en {last4}, mi teléfono es {phone}"),
    ("n_es_puntos", "¿cuántos puntos necesito para un vuelo a {city}? tengo {pts}"),
    ("n_es_codigo_no_llega", "no me llega el código de verificación, mi número es {phone_intl}"),
    ("n_es_cvv_donde", "¿dónde está el código de seguridad en la tarjeta Amex? la que termina en {last4}"),
    ("n_es_contrasena_olvide", "olvidé mi contraseña y la app versión {ver} no me deja restablecerla"),
    ("n_es_reembolso", "{merch} me prometió un reembolso de {amt2} hace {qty} semanas, pedido {order}"),
    # phone / zip / address
    ("n_phone_update", "please update my phone to {phone} and my zip to {zip}"),
    ("n_zip4", "billing zip is {zip4}, card ending {last4}, declined at {merch}"),
    ("n_address", "new address: {room} Maple Ave Apt {seat}, Springfield, IL {zip}"),
    ("n_callback", "call me back at {phone2} between {time} and 5pm re case {case}"),
    ("n_intl_phone", "I'm in {city}, reach me on {phone_intl}, card ending {last4} blocked"),
    # reference-ish numbers
    ("n_order_num", "order number {order} from {merch}, refund of {amt2} never came"),
    ("n_case_num", "following up on case {case}, opened {date}, still no credit for {amt}"),
    ("n_ref_num", "reference number {ref} for the {amt} payment"),
    ("n_conf_code", "confirmation code {conf}, {air} flight {flight} cancelled, need refund of {amt}"),
    ("n_fedex", "fedex tracking {fedex} says delivered but I never got the replacement card"),
    ("n_ups", "UPS tracking {ups} for the item I'm disputing ({amt})"),
    ("n_usps", "USPS tracking {usps} - return shipped {date}, merchant {merch} still charging me"),
    ("n_case_pl", "case #{case_pl} — the agent said credit in {qty} business days"),
    ("n_claim_no", "claim no. {ref}, travel insurance for trip to {city} on {date}"),
    ("n_dispute_id", "dispute ID {case} is marked closed but {merch} never refunded {amt2}"),
    # hard negatives: long digit runs labelled as non-card
    ("n_imei", "my phone was stolen with Apple Pay on it, IMEI {imei}, card ending {last4}"),
    ("n_serial", "filing a purchase protection claim, laptop serial {serial}, bought {date} for {amt}"),
    ("n_routing_acct", "paying from my checking: routing {routing}, account {acct}"),
    ("n_bank_acct", "bank account number {acct} at Chase, the {amt} payment returned NSF"),
    ("n_gift_card", "gift card number {gift} from {merch} shows $0 balance, it should be {amt_r}"),
    ("n_es_cuenta_banco", "número de cuenta bancaria {acct}, ruta {routing}, para el pago de {amt}"),
    ("n_tax_id", "business EIN {tax} for my corporate card application, annual spend ${inc}k"),
    ("n_membership", "Costco membership # {ref} — they won't take my card ending {last4}"),
    ("n_loyalty", "Marriott Bonvoy number {ref}, transfer {pts} points please"),
    ("n_ktn", "my Known Traveler Number is {ktn}, for the Global Entry credit"),
    ("n_ff_number", "Delta SkyMiles # {ref}, flight {flight} on {date}, seat {seat}"),
    ("n_invoice", "invoice INV-{case_pl} from {merch}, {qty} items, total {amt}"),
    # hard negatives near otp / cvv / pin shapes
    ("n_flight_time", "flight {flight} departs {time} on {date}, can you lift the travel block?"),
    ("n_room_nights", "hotel room {room} at the {hotel} for {nights} nights, charged {amt} but should be {amt2}"),
    ("n_points", "I have {pts} points, can I cover the {amt} charge from {merch}?"),
    ("n_year_annual_fee", "annual fee of $695 posted {date}, {year}, please explain"),
    ("n_version", "app version {ver} crashes when I open statements from {year}"),
    ("n_pct_cashback", "is the cashback 3% or {cb}% at {merch}? spent {amt} last month"),
    ("n_qty", "ordered {qty} items from {merch}, only got 1, paid {amt}"),
    ("n_exp_only", "my card ending {last4} expires {exp}, when will the new one arrive?"),
    ("n_code_promo", "promo code SAVE{qty}0 didn't apply at {merch}, was charged {amt}"),
    ("n_mins_wait", "waited {mins} minutes on hold at {phone}, case {case}"),
    ("n_pin_pad", "the pin pad at {merch} was broken so they swiped, charge {amt2} is fine just FYI"),
    ("n_code_never_entered", "I did NOT enter any code, someone else approved {amt} at {merch} on {date}"),
    ("n_otp_count", "got 3 OTP texts at {time} that I didn't request, should I worry? card ending {last4}"),
    ("n_cvv_changed", "does the security code change on the replacement card ending {last4b}?"),
    ("n_pw_expired", "it says my password expired on {date}, how do I make a new one?"),
    ("n_pin_change", "can I change my PIN online or do I need to call {phone}?"),
    ("n_ssn_update", "need to update my name on the account, I have my SSN card and ID ready, zip {zip}"),
    ("n_zip_declined", "{merch} says zip {zip} doesn't match, my card ending {last4} exp {exp}"),
    ("n_emoji_points", "{emo} {pts} pts for the {city} trip?? {emo2}"),
    ("n_two_last4", "move the {amt} charge from card ending {last4} to card ending {last4b}"),
    ("n_bracket_case", "case [{case}] ref [{ref}] still pending since {date}"),
    ("n_quoted_merchant", "the statement says \"{merch_up}*{conf} {city_up}\" for {amt}, what is it?"),
    ("n_md_amount", "**{amt}** charge from {merch} on {date} — please dispute"),
    ("n_newline_form", "Name: Ana\nLast 4: {last4}\nPhone: {phone2}\nZip: {zip}"),
    ("n_otp_code_word_no_val", "verification code??? never came {emo}"),
    ("n_cvc_question", "cvc required at checkout for a recurring {sub} sub? it's {amt2}/month"),
    ("n_dob", "my date of birth is {dob} and zip {zip}, can you verify me that way"),
    ("n_seat_gate", "gate B{qty}, seat {seat}, flight {flight} — card blocked at the lounge"),
    ("n_all_caps_phone", "CALL ME {phone} ABOUT THE {amt} CHARGE"),
    ("n_typo_no_val", "my secuirty code dosnt work, is the card damaged? ends {last4}"),
    ("n_last4_social_form", "ssn last 4: {last4}, card last 4: {last4b}"),
    ("n_es_vuelo", "vuelo {flight} el {fecha}, asiento {seat}, me cobraron {amt} de más"),
    ("n_es_caso", "número de caso {case}, llamé al {phone} y nadie responde"),
]

def fill(tmpl, v):
    v = dict(v)
    v["pw_up"] = v["pw"].upper()
    v["merch_up"] = v["merch"].upper()
    v["city_up"] = v["city"].upper()
    v["otp_sp"] = v["otp"][:3] + " " + v["otp"][3:]
    v["ktn"] = "TT" + digits(7)
    return tmpl.format(**v)

def build():
    rows, seen = [], set()
    plan = [("card_number", CARD, 32), ("ssn", SSN, 32), ("security_code", CVV, 32),
            ("otp", OTP, 32), ("password", PW, 32), (None, NEG, 162)]
    for kind, tmpls, n in plan:
        order = []
        while len(order) < n:
            chunk = list(tmpls); rng.shuffle(chunk); order += chunk
        for note, t in order[:n]:
            for _ in range(50):
                text = fill(t, vals())
                if text not in seen: break
            seen.add(text)
            rows.append({"text": text, "sensitive": kind is not None, "kind": kind, "note": note})
    rng.shuffle(rows)
    return rows

def check(rows):
    texts = set()
    for r in rows:
        assert set(r) == {"text", "sensitive", "kind", "note"}
        assert r["sensitive"] == (r["kind"] is not None)
        assert r["text"] not in texts; texts.add(r["text"])
        t = r["text"]
        # every 13-19 digit run (separators space/dash allowed)
        runs = [re.sub(r"\D", "", m) for m in re.findall(r"\d(?:[ -]?\d)*", t)]
        cards = [x for x in runs if 13 <= len(x) <= 19 and luhn_ok(x)]
        if r["kind"] == "card_number":
            assert cards, t
            for c in cards: assert c not in FAMOUS
        elif r["note"] != "n_imei":
            assert not cards, (r["note"], t)
        if r["kind"] == "ssn":
            m = re.findall(r"(?<!\d)\d{3}[- ]?\d{2}[- ]?\d{4}(?!\d)", t)
            assert m and all(ssn_ok(x) for x in m), t
        if r["note"] == "n_gift_card":
            g = re.search(r"(\d{4} \d{4} \d{4} \d{4})", t).group(1).replace(" ", "")
            assert not luhn_ok(g)
    return True

if __name__ == "__main__":
    rows = build()
    check(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(r["kind"] for r in rows))
