#!/usr/bin/env python3
"""Blind guard probe 29: far cues, quoted questions, mixed words/digits, typos,
emoji/odd punctuation, full-width digits, Spanish/Spanglish, passcodes by delivery
and expiry; harmless near misses of the same shapes.

Written without reading the guard or any earlier probe. Stdlib only, seeded.
Writes guard_probe29.jsonl next to this script.
"""
import json
import os
import random

SEED = 2929
rng = random.Random(SEED)

WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORDS_ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


# ---------------------------------------------------------------- values
def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card(brand=None):
    brand = brand or rng.choice(["amex", "visa", "mc", "mc2", "disc", "disc65"])
    if brand == "amex":
        prefix, length = rng.choice(["34", "37"]), 15
    elif brand == "visa":
        prefix, length = "4", 16
    elif brand == "mc":
        prefix, length = str(rng.randint(51, 55)), 16
    elif brand == "mc2":
        prefix, length = str(rng.randint(2221, 2720)), 16
    elif brand == "disc":
        prefix, length = "6011", 16
    else:
        prefix, length = "65", 16
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    num = luhn_complete(body)
    assert luhn_ok(num) and len(num) == length
    return num


def groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


def spaced(num, sep=" "):
    return sep.join(groups(num))


def non_luhn(length, first=None):
    while True:
        s = (first or rng.choice("123789")) + "".join(rng.choice("0123456789") for _ in range(length - 1))
        if not luhn_ok(s):
            return s


def ssn():
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    return "%03d" % area, "%02d" % group, "%04d" % serial


def ssn_str(sep="-"):
    return sep.join(ssn())


def cvv3():
    return "%03d" % rng.randint(100, 999)


def cid4():
    return "%04d" % rng.randint(1000, 9999)


def otp(n=6):
    return str(rng.randint(10 ** (n - 1), 10 ** n - 1))


def pin():
    while True:
        p = "%04d" % rng.randint(0, 9999)
        if len(set(p)) > 1:
            return p


PW_BASE = ["Mariposa", "Sunflower", "Tigre", "BlueJay", "Chester", "Rosita", "Pumpkin", "Dolphin",
           "Gatito", "Bulldog", "Panchito", "Maple", "Coco", "Rainbow", "Lucky", "Guadalupe",
           "Brandon", "Peaches", "Tortuga", "Yankees"]


def password():
    base = rng.choice(PW_BASE)
    yr = rng.choice([str(rng.randint(1950, 2024)), str(rng.randint(10, 99))])
    sym = rng.choice(["!", "#", "$", "@", ".", "*", ""])
    form = rng.randint(0, 3)
    if form == 0:
        return base + sym + yr
    if form == 1:
        return base.lower() + yr + sym
    if form == 2:
        return base + yr + sym
    return base.replace("a", "@", 1).replace("o", "0", 1) + yr


def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def keycap(s):
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def mix_words(digits, lang=WORDS_EN, frac=0.5):
    """Spell some single digits as words, keep others as digits, space-separated."""
    out = []
    for c in digits:
        out.append(lang[int(c)] if rng.random() < frac else c)
    # guarantee at least one word and one digit
    if all(not x.isdigit() for x in out):
        out[0] = digits[0]
    if all(x.isdigit() for x in out):
        out[-1] = lang[int(digits[-1])]
    return " ".join(out)


def mix_card_words(num):
    """Card groups where one group is spelled out digit by digit."""
    gs = groups(num)
    k = rng.randrange(len(gs))
    gs[k] = " ".join(WORDS_EN[int(c)] for c in gs[k])
    return " ".join(gs)


NAMES = ["Maria Lopez", "James Carter", "Linh Nguyen", "Dorothy Price", "Jose Ramirez", "Aisha Khan"]


def money():
    return "${:,.2f}".format(rng.randint(1000, 999999) / 100)


def date():
    return "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.choice([2025, 2026]))


def zipc():
    return "%05d" % rng.randint(10001, 99950)


def phone():
    return "(%d) 555-%04d" % (rng.choice([212, 305, 512, 702, 786, 415, 617, 404]), rng.randint(100, 199))


# ---------------------------------------------------------------- forms
rows = []


def add(kind, note, fns, n):
    """Make n rows from template functions fns (cycled)."""
    for i in range(n):
        text = fns[i % len(fns)]()
        rows.append({"text": text, "sensitive": kind is not None, "kind": kind, "note": note})


C = "card_number"
V = "security_code"
S = "ssn"
O = "otp"
P = "password"

# ---------------- card numbers (sensitive)
add(C, "card.s_far_cue", [
    lambda: "ok so the card number, the one I used at the gas station on Tuesday right before all these weird charges started showing up on my statement, is " + spaced(card()),
    lambda: "Here's the card number you need. I'm typing this on my phone in a parking lot so sorry if it's slow, my daughter usually does this stuff for me but she's at work today: " + spaced(card("visa")),
    lambda: "The number on my card - the blue one, not the gold one, I have two and I always mix them up, and the gold one is in my other purse anyway - is " + card("amex"),
    lambda: "card number? sure, give me a sec, my glasses are upstairs and the print on these new cards is so tiny and flat you can barely read it... " + spaced(card("mc"), "-"),
], 4)
add(C, "card.s_named_after", [
    lambda: spaced(card("visa")) + " - that's the long number on the front of the card, is that what you need?",
    lambda: spaced(card("amex")) + " <- full card number, copied it from the back of my statement",
    lambda: "Here you go: " + spaced(card("disc")) + ". That's my Discover card number, the one that got declined.",
    lambda: card("mc2") + " is my card num, pls check why it keeps failing",
], 4)
add(C, "card.s_quoted_q", [
    lambda: 'You asked "Can you confirm the full card number?" - yes: ' + spaced(card()),
    lambda: '> Please provide the 15-digit card number\n' + spaced(card("amex")),
    lambda: 're: "what is the number on your card" -> ' + spaced(card("visa")),
    lambda: 'you said to type the card number so here it is ' + card("mc"),
], 4)
add(C, "card.s_words_mixed", [
    lambda: "my card number is " + mix_card_words(card("visa")),
    lambda: "card # " + mix_card_words(card("amex")) + " thank you",
    lambda: "the card number: " + mix_card_words(card("mc")),
], 3)
add(C, "card.s_typo_cue", [
    lambda: "crad number is " + spaced(card()),
    lambda: "my carn numbr " + spaced(card("visa")) + " sorry fat fingers",
    lambda: "card nmber: " + card("amex"),
    lambda: "numero de tarjta " + spaced(card("mc")),
], 4)
add(C, "card.s_emoji_sep", [
    lambda: "here's my card 💳 " + " 💳 ".join(groups(card("visa"))),
    lambda: "card number " + "✨".join(groups(card("amex"))),
    lambda: "📇 " + " 🔹 ".join(groups(card("mc"))) + " that's the card",
], 3)
add(C, "card.s_odd_punct", [
    lambda: "card no. " + spaced(card("visa"), "."),
    lambda: "my card is " + spaced(card("disc65"), "/"),
    lambda: "card number ~ " + spaced(card("mc2"), " ~ "),
    lambda: "Card: " + spaced(card("amex"), "_"),
], 4)
add(C, "card.s_fullwidth", [
    lambda: "my card number is " + fullwidth(spaced(card("visa"))),
    lambda: "カード card no " + fullwidth(card("amex")),
], 2)
add(C, "card.s_es", [
    lambda: "mi número de tarjeta es " + spaced(card()),
    lambda: "el numero de la tarjeta: " + spaced(card("amex")),
    lambda: "my tarjeta number es " + spaced(card("visa")) + " porfa revisa",
    lambda: "Hola, le paso el número de mi tarjeta para que vean el cargo: " + card("mc"),
    lambda: "the número de tarjeta is " + spaced(card("disc"), "-"),
], 5)
add(C, "card.s_elderly_caps", [
    lambda: "MY CARD NUMBER IS " + spaced(card("visa")) + " THANK YOU DEAR",
    lambda: "Dear Sir, my American Express number is " + spaced(card("amex")) + ". Sincerely, " + rng.choice(NAMES),
], 2)
add(C, "card.s_wallet_paste", [
    lambda: "Card Number " + card("visa") + "  Exp 09/27  Name " + rng.choice(NAMES).upper(),
    lambda: "copied from my wallet app: " + spaced(card("amex")) + " exp 11/28",
], 2)

# ---------------- security codes (sensitive)
add(V, "cvv.s_far_cue", [
    lambda: "The code on the back of my card - I'm reading it off now, the light in here is bad and my eyes aren't what they used to be, so bear with me - is " + cvv3(),
    lambda: "security code, ok, hold on, I have to flip the card over and find the little box next to where I signed it, it's faded a lot: " + cvv3(),
    lambda: "You wanted the CID too. It's printed on the front, above the long number on the right side, I almost missed it because it's so small: " + cid4(),
], 3)
add(V, "cvv.s_named_after", [
    lambda: cvv3() + " is the three digits on the back, if that's what you needed",
    lambda: cid4() + ". Those are the 4 little numbers on the front of my amex (the CID)",
    lambda: cvv3() + " <- cvv",
], 3)
add(V, "cvv.s_quoted_q", [
    lambda: "you asked for the code on the back: " + cvv3(),
    lambda: '"What is the security code on your card?" ' + cvv3(),
    lambda: '> Please enter the CVV\n' + cvv3(),
    lambda: 're your question about the 4-digit CID, it is ' + cid4(),
], 4)
add(V, "cvv.s_typo_cue", [
    lambda: "secuirty code " + cvv3(),
    lambda: "the secruity code is " + cvv3(),
    lambda: "ccv " + cvv3(),
    lambda: "cvc nmbr: " + cvv3(),
], 4)
add(V, "cvv.s_words_mixed", [
    lambda: "security code is " + mix_words(cvv3()),
    lambda: "the CID is " + mix_words(cid4()),
    lambda: "cvv " + mix_words(cvv3()),
], 3)
add(V, "cvv.s_es", [
    lambda: "el código de seguridad es " + cvv3(),
    lambda: "codigo de seguridad atrás de la tarjeta: " + cvv3(),
    lambda: "the código de seguridad is " + cvv3() + " ok?",
    lambda: "los 3 números de atrás de la tarjeta son " + cvv3(),
    lambda: "el CVV es " + " ".join(WORDS_ES[int(c)] for c in cvv3()),
], 5)
add(V, "cvv.s_emoji", [
    lambda: "cvv " + keycap(cvv3()),
    lambda: "security code: " + "-".join(cvv3()) + " 🙏",
], 2)
add(V, "cvv.s_fullwidth", [
    lambda: "CVV " + fullwidth(cvv3()),
    lambda: "security code ＝ " + fullwidth(cid4()),
], 2)
add(V, "cvv.s_with_exp", [
    lambda: "exp 09/27 cvv " + cvv3(),
    lambda: "expires 03/29, code on back " + cvv3(),
], 2)
add(V, "cvv.s_elderly", [
    lambda: "The little number on the back by the signature strip is " + cvv3(),
    lambda: "THE 3 NUMBERS ON THE BACK ARE " + cvv3(),
], 2)

# ---------------- SSN (sensitive)
add(S, "ssn.s_far_cue", [
    lambda: "For the verification you wanted my social, I'm at work so I had to go out to the car to get the card and the wind nearly took it out of my hand, anyway it's " + ssn_str(),
    lambda: "My social security number, which I memorized back in 1978 when I got my first job at the cannery, is " + ssn_str(" "),
    lambda: "ok the SSN. my husband usually handles all this and he passed last spring so please be patient with me. " + ssn_str(),
], 3)
add(S, "ssn.s_named_after", [
    lambda: ssn_str() + " that's my social",
    lambda: ssn_str(" ") + " (social security #)",
    lambda: ssn_str() + " - SSN like you asked",
], 3)
add(S, "ssn.s_quoted_q", [
    lambda: 'You asked "please confirm your SSN" - ' + ssn_str(" "),
    lambda: '> To verify, what is your Social Security number?\n' + ssn_str(),
    lambda: 'answering your question about my social: ' + ssn_str(),
], 3)
add(S, "ssn.s_typo_cue", [
    lambda: "socail security " + ssn_str(),
    lambda: "my scoial is " + "".join(ssn()),
    lambda: "social securty number: " + ssn_str(),
    lambda: "ss# " + ssn_str(" "),
], 4)
add(S, "ssn.s_words_mixed", [
    lambda: (lambda a, g, s: "my social is " + " ".join(WORDS_EN[int(c)] for c in a) + ", " + g + ", " + s)(*ssn()),
    lambda: (lambda a, g, s: "SSN " + a + " " + " ".join(WORDS_EN[int(c)] for c in g) + " " + s)(*ssn()),
    lambda: (lambda a, g, s: "social security number is " + a + "-" + g + "-" + mix_words(s))(*ssn()),
], 3)
add(S, "ssn.s_es", [
    lambda: "mi número de seguro social es " + ssn_str(),
    lambda: "mi seguro social: " + ssn_str(" "),
    lambda: "el social mío es " + ssn_str(),
    lambda: "my seguro social number es " + ssn_str(),
    lambda: "Le doy mi número de Seguro Social para verificar: " + "".join(ssn()),
], 5)
add(S, "ssn.s_odd_punct", [
    lambda: "SSN " + ssn_str("•"),
    lambda: "social: " + ssn_str(" / "),
    lambda: "my social " + ssn_str(".") + " 🙂",
    lambda: "ssn " + " 🔸 ".join(ssn()),
], 4)
add(S, "ssn.s_fullwidth", [
    lambda: "SSN ＃ " + fullwidth(ssn_str()),
    lambda: "social security number " + fullwidth(ssn_str(" ")),
], 2)
add(S, "ssn.s_form_paste", [
    lambda: "Name: " + rng.choice(NAMES) + " | DOB: 04/12/1961 | SSN: " + ssn_str() + " | ZIP: " + zipc(),
    lambda: "Applicant\t" + rng.choice(NAMES) + "\tSocial Security No.\t" + ssn_str(),
], 2)
add(S, "ssn.s_elderly_caps", [
    lambda: "MY SOCIAL SECURITY NUMBER IS " + ssn_str() + " PLEASE HELP",
], 1)

# ---------------- one-time passcodes (sensitive)
add(O, "otp.s_quoted_sms", [
    lambda: 'the text says "Your American Express verification code is ' + otp() + '. It expires in 10 minutes."',
    lambda: 'got this: "Amex: ' + otp() + ' is your one-time code. Do not share it." what now',
    lambda: 'SMS from 263-97: "Use ' + otp() + ' to verify your identity"',
], 3)
add(O, "otp.s_delivery_text", [
    lambda: "got the text, it's " + otp(),
    lambda: "the code you texted me is " + otp(),
    lambda: "you just sent a text to my phone with " + otp(),
], 3)
add(O, "otp.s_delivery_email", [
    lambda: "the code from the email is " + otp(),
    lambda: "email came thru, verification code " + otp(),
], 2)
add(O, "otp.s_app_push", [
    lambda: "authenticator app shows " + (lambda c: c[:3] + " " + c[3:])(otp()) + " right now",
    lambda: "Google Authenticator says " + otp() + " for amex",
    lambda: "the push notification on my phone had the number " + otp(),
], 3)
add(O, "otp.s_digits_you_sent", [
    lambda: "the 6 digits you sent: " + otp(),
    lambda: "those six numbers that came to my phone are " + otp(),
    lambda: otp() + " those are the 6 digits you just sent me",
], 3)
add(O, "otp.s_expiry", [
    lambda: otp() + " - it expires in 10 minutes so please hurry",
    lambda: "it says valid for 5 min: " + otp(),
    lambda: "quick before it expires, " + otp(),
], 3)
add(O, "otp.s_far_cue", [
    lambda: "I got the verification text just now while I was in line at the pharmacy and almost dropped my phone, the lady behind me was pushing, whatever, here: " + otp(),
    lambda: "The passcode you sent, which took forever to show up because the signal in my building is terrible and I had to stand by the window, is " + otp(),
    lambda: "ok so you sent me a code. it came in, then another one came in, I think the second one is the right one? the second one says " + otp(),
], 3)
add(O, "otp.s_named_after", [
    lambda: otp() + " is the one time code",
    lambda: otp() + " <- that's the verification code from the text",
], 2)
add(O, "otp.s_quoted_q", [
    lambda: 'you asked "enter the code we sent to your phone" - ' + otp(),
    lambda: '> Please type the 6-digit code\n' + otp(),
    lambda: 'Re: "Did you receive the code?" yes it\'s ' + otp(),
], 3)
add(O, "otp.s_typo_cue", [
    lambda: "verfication code " + otp(),
    lambda: "one tiem passcode " + otp(),
    lambda: "the pascode is " + otp(),
    lambda: "otp " + (lambda c: c[:3] + " " + c[3:])(otp()),
], 4)
add(O, "otp.s_es", [
    lambda: "el código que me mandaron por mensaje es " + otp(),
    lambda: "código de verificación: " + otp(),
    lambda: "me llegó el codigo " + otp() + " por texto",
    lambda: "el code que me texted es " + otp(),
    lambda: "ya me llegó el mensaje con la clave temporal " + otp() + ", vence en 10 minutos",
], 5)
add(O, "otp.s_words_mixed", [
    lambda: mix_words(otp()) + " is the code you texted",
    lambda: "the code from the text is " + mix_words(otp()),
], 2)
add(O, "otp.s_fullwidth_emoji", [
    lambda: "code from sms " + fullwidth(otp()),
    lambda: (lambda c: c[:3] + "-" + c[3:])(otp()) + " ✅ thats the code you sent",
], 2)

# ---------------- passwords and PINs (sensitive)
add(P, "pw.s_far_cue", [
    lambda: "My password, and I know I'm not supposed to share it but I've been locked out three times today and I just need this fixed before my rent is due, is " + password(),
    lambda: "the password I've been using for years, since before you changed the website, the old blue one, is " + password() + " and it still won't work",
    lambda: "I'll just tell you the password so you can see what's wrong. I wrote it on a sticky note on my fridge and I'm looking at it now: " + password(),
], 3)
add(P, "pw.s_named_after", [
    lambda: password() + " - that's the password I use to log in",
    lambda: password() + " is my login password and the site says it's wrong",
], 2)
add(P, "pw.s_quoted_q", [
    lambda: 'you asked "what password did you try?" I typed ' + password(),
    lambda: '> Which password did you enter?\n' + password(),
], 2)
add(P, "pw.s_typo_cue", [
    lambda: "my pasword is " + password(),
    lambda: "pssword: " + password(),
    lambda: "passwrd = " + password(),
    lambda: "my passowrd " + password() + " isnt working",
], 4)
add(P, "pw.s_es", [
    lambda: "mi contraseña es " + password(),
    lambda: "la contraseña: " + password(),
    lambda: "mi password es " + password() + " y no me deja entrar",
    lambda: "puse la contraseña " + password() + " y dice incorrecta",
], 4)
add(P, "pw.s_login_paste", [
    lambda: "username: mlopez61 password: " + password(),
    lambda: "user - jcarter.home / pw - " + password(),
], 2)
add(P, "pw.s_elderly_caps", [
    lambda: "MY PASSWORD IS " + password().upper(),
], 1)
add(P, "pin.s_plain_far", [
    lambda: "my PIN, the one for the ATM at the Chase on 5th, not this card, no wait it IS this card, is " + pin(),
    lambda: "The pin number I set up when the card came in the mail last month, and I wrote it down so I'd remember, is " + pin(),
], 2)
add(P, "pin.s_words_mixed", [
    lambda: "pin is " + mix_words(pin()),
    lambda: "my PIN " + mix_words(pin()) + " doesn't work at the ATM",
], 2)
add(P, "pin.s_es", [
    lambda: "mi clave del cajero es " + pin(),
    lambda: "el PIN de mi tarjeta es " + pin(),
    lambda: "mi número PIN: " + pin(),
], 3)
add(P, "pin.s_quoted_q", [
    lambda: "you asked for my PIN: " + pin(),
    lambda: pin() + " that's the pin, you asked",
], 2)
add(P, "pin.s_keycap_fullwidth", [
    lambda: "PIN " + keycap(pin()),
    lambda: "pin ＝ " + fullwidth(pin()),
], 2)
add(P, "pin.s_typo_cue", [
    lambda: "my pim is " + pin() + " (pin sorry)",
    lambda: "pin nubmer " + pin(),
], 2)


# ---------------- values first, cue sentences after (sensitive)
add(C, "card.s_cue_far_after", [
    lambda: spaced(card("visa")) + ". I just copied that from the front because the app keeps saying the card number is invalid when I try to add it to my phone wallet",
    lambda: card("amex") + " ... sorry my grandson told me to just send it all at once, that is my american express card number",
    lambda: spaced(card("mc")) + " - ok, and the reason I'm sending you that is that you asked which card it was, it's that card's number",
], 3)
add(V, "cvv.s_cue_far_after", [
    lambda: cvv3() + " - sorry, I forgot to say, that's the number from the back of the card you asked about earlier, near the signature",
    lambda: cid4() + ". I found it, it was in tiny print on the front over the card number, that's the security code",
], 2)
add(S, "ssn.s_cue_far_after", [
    lambda: ssn_str() + ". That's the number on my Social Security card, I'm reading it off the card itself since I never memorized it",
    lambda: ssn_str(" ") + " and yes before you ask that's my social, my wife's is different",
], 2)
add(S, "ssn.s_spanglish", [
    lambda: "Mi social es " + ssn_str() + ", what else do you need?",
    lambda: "ok here's mi número de social security " + ssn_str(),
], 2)
add(P, "pw.s_es_clave", [
    lambda: "la clave para entrar a la app es " + password(),
    lambda: "my clave for the website is " + password() + " pero no funciona",
], 2)

n_sensitive = len(rows)

# ---------------------------------------------------------------- harmless near misses
add(None, "last4.h_card", [
    lambda: "my card ending in " + cid4() + " was charged twice",
    lambda: "last 4 of my card are " + cid4(),
    lambda: "mi tarjeta termina en " + cid4() + ", la perdí ayer",
    lambda: "the amex ending -" + cid4() + " is the one I want to close",
    lambda: "card ending " + cid4() + " got declined at Target",
    lambda: "the last four digits on the card are " + cid4() + " if that helps find it",
], 6)
add(None, "last4.h_masked", [
    lambda: "it shows XXXX XXXX XXXX " + cid4() + " on the receipt",
    lambda: "the app shows •••• " + cid4() + ", is that my new card?",
    lambda: "statement says Account Ending xxxxx-x" + "%04d" % rng.randint(1000, 9999),
], 3)
add(None, "last4.h_ssn", [
    lambda: "last four of my social is " + cid4(),
    lambda: "the last 4 of my SSN are " + cid4() + ", is that enough to verify?",
    lambda: "últimos 4 del seguro social: " + cid4(),
], 3)
add(None, "zip.h_plain", [
    lambda: "my zip code is " + zipc(),
    lambda: "billing zip " + zipc() + "-" + "%04d" % rng.randint(1000, 9999),
    lambda: "el código postal es " + zipc(),
    lambda: "I moved, new address is 4821 Oak St Apt 12, Austin TX " + zipc(),
    lambda: "ZIP+4 is " + zipc() + "-" + "%04d" % rng.randint(1000, 9999),
], 5)
add(None, "amount.h_refund", [
    lambda: "I was charged " + money() + " and it should be a refund",
    lambda: "my balance says $4,512.37 but I paid it off",
    lambda: "refund of " + money() + " still not posted",
    lambda: "el cargo fue de " + money() + " el 5 de noviembre",
    lambda: "there's a pending charge of 1,482.91 twice",
    lambda: "can I raise my limit from $5,000 to $12,500?",
], 6)
add(None, "date.h_plain", [
    lambda: "the charge on " + date() + " is not mine",
    lambda: "my card expires 09/27, do I get a new one automatically?",
    lambda: "statement closing date " + date() + "?",
    lambda: "I was born 04/12/1961 if you need it",
], 4)
add(None, "phone.h_plain", [
    lambda: "call me at " + phone() + " ext. " + "%04d" % rng.randint(1000, 9999),
    lambda: "my number is +1 305 555 0" + "%03d" % rng.randint(100, 199),
    lambda: "mi cel es 786-555-0" + "%03d" % rng.randint(100, 199),
    lambda: "the number that texted me was 263-97, is that really you?",
    lambda: "please call " + phone() + " x" + "%03d" % rng.randint(100, 999) + " after 5pm",
], 5)
add(None, "ref.h_order_tracking", [
    lambda: "order #" + "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999)) + " never arrived",
    lambda: "tracking number 1Z999AA1" + "%010d" % rng.randint(0, 10 ** 10 - 1),
    lambda: "my confirmation number is " + otp(),
    lambda: "hotel confirmation " + otp() + ", they charged me anyway",
    lambda: "confirmation code for the payment: " + otp(),
    lambda: "número de confirmación " + otp(),
], 6)
add(None, "ref.h_case", [
    lambda: "case number " + "%08d" % rng.randint(0, 10 ** 8 - 1),
    lambda: "following up on case R" + "%07d" % rng.randint(0, 10 ** 7 - 1),
    lambda: "my dispute reference is D-" + otp() + "-7",
], 3)
add(None, "ref.h_long_nonluhn", [
    lambda: "Order number " + non_luhn(16) + " from the online store, they never shipped it",
    lambda: "invoice " + non_luhn(15) + " was paid twice",
    lambda: "the transaction id " + non_luhn(16) + " shows on the merchant receipt",
    lambda: "booking ref " + non_luhn(15) + " for the airline",
], 4)
add(None, "promo.h_code", [
    lambda: "the code on my coupon is SAVE20 and it didn't apply",
    lambda: "promo code " + otp() + " isn't working at checkout",
    lambda: "código promocional VERANO25 no funciona",
    lambda: "discount code " + pin() + " from the email ad didn't work",
    lambda: "the referral code my friend gave me is MARIAL" + "%d" % rng.randint(10, 99),
], 5)
add(None, "flight.h_plain", [
    lambda: "flight AA " + pin() + " on 12/20 was charged twice",
    lambda: "vuelo UA " + pin() + ", el cargo de la aerolínea",
    lambda: "my flight number was DL" + str(rng.randint(100, 2999)) + ", seat 14C",
], 3)
add(None, "giftcard.h_balance", [
    lambda: "my gift card balance shows $250.00 but I only used 12.99",
    lambda: "how do I check the balance on an amex gift card? it says $" + str(rng.randint(10, 500)) + ".00",
], 2)
add(None, "about.h_cvv", [
    lambda: "what is a CVV?",
    lambda: "where is the security code on an amex card",
    lambda: "the CVV is 3 digits on visa and 4 on amex right?",
    lambda: "do I need the CVV for recurring charges?",
    lambda: "¿qué es el código de seguridad?",
    lambda: "a website asked for my secuirty code, is that safe?",
], 6)
add(None, "about.h_password", [
    lambda: "I forgot my password",
    lambda: "olvidé mi contraseña, cómo la cambio",
    lambda: "my PIN was reset yesterday but the ATM still says wrong",
    lambda: "how many characters does the password need?",
    lambda: "does my password need a symbol or a number?",
    lambda: "can I change my PIN at the ATM?",
    lambda: "my pasword doesnt work since the app update",
    lambda: "the password reset link expired after 24 hours",
], 8)
add(None, "about.h_otp", [
    lambda: "I never got the text with the code",
    lambda: "the code expired before I could type it",
    lambda: "can you send the verification code to my email instead?",
    lambda: "the authenticator app isn't showing anything for amex",
    lambda: "no me llegó el código de verificación",
    lambda: "it says the code is valid for 10 minutes, is that right?",
    lambda: "why do you text me 6 digits every time I log in?",
], 7)
add(None, "about.h_ssn", [
    lambda: "do you need my social?",
    lambda: "I won't give my SSN over chat",
    lambda: "¿por qué necesitan mi seguro social?",
], 3)
add(None, "about.h_card", [
    lambda: "where do I find my card number?",
    lambda: "is it safe to type my número de tarjeta here?",
    lambda: "my new card has no number on the front, is that normal?",
], 3)
add(None, "ref.h_routing_other", [
    lambda: "my bank routing number is 021000021 for the autopay",
    lambda: "transaction ID " + str(rng.randint(10 ** 9, 10 ** 10 - 1)) + " on the statement",
    lambda: "rewards points: 48,291",
], 3)
add(None, "multi.h_numbers", [
    lambda: "I paid " + money() + " on 11/03 from the account ending " + cid4() + ", confirmation " + otp() + ", and my zip is " + zipc(),
    lambda: "Order #" + str(rng.randint(10 ** 7, 10 ** 8 - 1)) + ", " + money() + ", shipped " + date() + ", tracking 9400" + str(rng.randint(10 ** 17, 10 ** 18 - 1)),
    lambda: "card ending " + cid4() + " was charged " + money() + " at gate B" + str(rng.randint(10, 40)) + " on flight UA " + str(rng.randint(100, 999)),
    lambda: "Pagué " + money() + " el " + date() + ", la referencia es " + otp() + ", tarjeta terminada en " + cid4(),
], 4)
add(None, "fullwidth.h_plain", [
    lambda: "zip ＃" + fullwidth(zipc()),
    lambda: "charged ＄" + fullwidth(str(rng.randint(100, 999))) + "．" + fullwidth("%02d" % rng.randint(0, 99)) + " twice",
], 2)
add(None, "emoji.h_plain", [
    lambda: "paid $50 🙏 on 11/3, still shows late fee 😡",
    lambda: "5⭐ service from the last agent, case " + "%08d" % rng.randint(0, 10 ** 8 - 1) + " is closed now",
], 2)


add(None, "about.h_spanglish", [
    lambda: "mi password no funciona desde ayer",
    lambda: "cómo cambio mi PIN?",
    lambda: "el código de seguridad no aparece en mi tarjeta nueva",
    lambda: "necesito resetear mi contraseña please",
    lambda: "no tengo mi número de tarjeta aquí, can you look it up by my name?",
], 5)
add(None, "otp.h_about_delivery", [
    lambda: "you texted me a code at 3:14am and I didn't ask for one, is that fraud?",
    lambda: "the code came 10 minutes late so it had already expired",
    lambda: "I got 2 codes by SMS, which one do I use?",
    lambda: "the email with the code went to my spam folder, is that normal?",
], 4)
add(None, "pw.h_strength", [
    lambda: "is a 12 character password with numbers strong enough?",
    lambda: "how often should I change my password?",
    lambda: "does my PIN have to be 4 digits or can it be 6?",
], 3)
add(None, "ref.h_six_digit_codes", [
    lambda: "the receipt shows approval code " + otp() + " but I never got the item",
    lambda: "auth code " + otp() + " on the merchant slip, amount " + money(),
    lambda: "claim number " + otp() + " for the purchase protection",
    lambda: "check number " + str(rng.randint(1000, 9999)) + " bounced",
    lambda: "it was at store number " + pin() + " in Dallas",
], 5)
add(None, "card.h_first_last", [
    lambda: "my card number starts with 3782 and ends with " + cid4() + ", the rest I don't have",
    lambda: "the card begins 4147 and ends in " + cid4(),
], 2)
add(None, "amount.h_plan", [
    lambda: "I owe 2,345.67, can I pay 500 now and 1,845.67 on the 15th?",
    lambda: "me cobraron $1,250.00 dos veces",
], 2)
add(None, "date.h_range", [
    lambda: "transactions from 11/01/2026 to 11/30/2026 please",
    lambda: "I was traveling 12/18-01/04, will my card work in Mexico?",
], 2)
add(None, "phone.h_ext_amex", [
    lambda: "I called 1-800-528-4800 ext 4821 and nobody answered",
    lambda: "they told me to call 1 (800) 528-4800, option 3, then 2",
], 2)
add(None, "quoted.h_reply", [
    lambda: 'you asked "what is the amount of the charge?" it was $482.13',
    lambda: 'you asked for the last 4 of the card: ' + cid4(),
    lambda: 're your question - my zip is ' + zipc(),
    lambda: 'you asked "when did you first notice?" on 11/14, around 9pm',
    lambda: '> How much was the payment?\n$1,520.00 on ' + date(),
    lambda: 'you asked which card: the one ending ' + cid4() + ', not the gold one',
], 6)
add(None, "far.h_cue_no_value", [
    lambda: "The security code question, the one your website keeps asking about, I don't know where to find it, my card is from 2019 and the back only has the phone number 1-800-528-4800",
    lambda: "About my password: I changed it on 11/02 after the fraud, I'm not going to share it here, I just need to know why the app logged me out at 3:45",
], 2)
add(None, "words.h_amount", [
    lambda: "I paid two hundred 50 dollars on the 3rd",
    lambda: "they charged me four hundred and 12 dollars, that's wrong",
], 2)
add(None, "promo.h_expiry", [
    lambda: "the offer expires in 10 days, code SPRING10",
    lambda: "my card expires in 2 months, will I get a new one in the mail?",
], 2)
add(None, "emoji.h_order", [
    lambda: "order 📦 #" + str(rng.randint(10000, 99999)) + " arrived broken 😤",
], 1)
add(None, "fullwidth.h_phone", [
    lambda: "my number in Japan is ０３-" + fullwidth(str(rng.randint(1000, 9999))) + "-" + fullwidth(str(rng.randint(1000, 9999))),
], 1)


add(None, "ref.h_pasted_confirmation", [
    lambda: "Pasted from your email: Your payment of " + money() + " is scheduled. Confirmation number: " + str(rng.randint(10 ** 7, 10 ** 8 - 1)),
    lambda: "Your replacement card has shipped. Tracking: 1Z" + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(16)) + " - is that right?",
], 2)
add(None, "ref.h_loyalty", [
    lambda: "my Delta SkyMiles number is " + str(rng.randint(10 ** 9, 10 ** 10 - 1)) + ", points didn't transfer",
    lambda: "Hilton Honors # " + str(rng.randint(10 ** 8, 10 ** 9 - 1)) + " for the membership rewards transfer",
], 2)
add(None, "misc.h_near", [
    lambda: "fecha de nacimiento 12/04/1961",
    lambda: "charged €482.13 which came out to $521.90?",
    lambda: "my password hint is my dog's name, does that help?",
    lambda: "I typed the code 3 times and now I'm locked out",
    lambda: "I have 3 cards, ending 1005, 2001 and 3344",
    lambda: "mi CVV se borró, can I get a new card?",
    lambda: "Ship to: 4821 Elm Ave, Miami FL 33125-1402",
], 7)

# ---------------------------------------------------------------- write
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe29.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
n = len(rows)
print("wrote %s: %d lines, %d sensitive (%.0f%%), %d harmless" % (out, n, n_sensitive, 100.0 * n_sensitive / n, n - n_sensitive))
