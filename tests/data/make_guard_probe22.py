#!/usr/bin/env python3
"""Blind red-team probe set #22 for the amexsim sensitive-data guard.

stdlib only, seeded.  Writes guard_probe22.jsonl next to this file.
Each line: {"text", "sensitive", "kind", "note"}.
kind in card_number | security_code | ssn | otp | password | null.
Written without reading the guard or earlier test sets.
"""
import json, os, random, re

SEED = 22
rng = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe22.jsonl")

N_PER_KIND = {"card_number": 36, "security_code": 35, "ssn": 35, "otp": 35, "password": 35}
N_HARMLESS = 144

FAMOUS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "4222222222222",
    "378282246310005", "371449635398431", "378734493671000", "5555555555554444",
    "5105105105105100", "5200828282828210", "6011111111111117", "6011000990139424",
    "30569309025904", "38520000023237", "3530111333300000", "3566002020360505",
    "4000056655665556", "2223003122003222", "6200000000000005", "4000000000000002",
}

# ---------------------------------------------------------------- helpers
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def boring(d):
    # avoid long runs / obviously fake patterns
    return re.search(r"(\d)\1{3,}", d) or "1234567" in d or "0000" in d

def make_card(brand=None):
    while True:
        b = brand or rng.choice(["amex"] * 7 + ["visa"] * 5 + ["mc"] * 3 + ["mc2", "disc", "disc65", "diners", "visa13", "up19"])
        if b == "visa":   pre, n = "4", 16
        elif b == "visa13": pre, n = "4", 13
        elif b == "mc":   pre, n = str(rng.randint(51, 55)), 16
        elif b == "mc2":  pre, n = str(rng.randint(2221, 2720)), 16
        elif b == "amex": pre, n = rng.choice(["34", "37"]), 15
        elif b == "disc": pre, n = "6011", 16
        elif b == "disc65": pre, n = "65", 16
        elif b == "diners": pre, n = "36", 14
        elif b == "up19": pre, n = "62", 19
        body = pre + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(pre)))
        d = luhn_complete(body)
        if d in FAMOUS or boring(d):
            continue
        return d

def make_nonluhn(n, first=None):
    while True:
        d = (first or str(rng.randint(1, 9))) + "".join(rng.choice("0123456789") for _ in range(n - 1 - (len(first) - 1 if first else 0)))
        d = d[:n]
        if len(d) == n and not luhn_ok(d) and not boring(d):
            return d

def groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 14:
        return [d[:4], d[4:10], d[10:]]
    out = [d[i:i + 4] for i in range(0, len(d), 4)]
    return out

def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        d = "%03d%02d%04d" % (a, g, s)
        if boring(d) or d in ("078051120", "219099999", "123456789"):
            continue
        return d

def dashed_ssn(d): return "%s-%s-%s" % (d[:3], d[3:5], d[5:])

def make_digits(n, lead_zero_ok=True):
    while True:
        d = "".join(rng.choice("0123456789") for _ in range(n))
        if not lead_zero_ok and d[0] == "0":
            continue
        if len(set(d)) == 1 or d in ("1234", "123", "0000", "123456", "654321", "1111"):
            continue
        return d

EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]

def spell(d, lang="en", oh=False, sep=" "):
    w = EN if lang == "en" else ES
    out = []
    for c in d:
        if c == "0" and oh:
            out.append("oh")
        else:
            out.append(w[int(c)])
    return sep.join(out)

WORD2D = {w: str(i) for i, w in enumerate(EN)}
WORD2D.update({w: str(i) for i, w in enumerate(ES)})
WORD2D["oh"] = "0"

def norm_digits(text):
    t = text.lower()
    t = re.sub(r"[a-záéíóúñ]+", lambda m: WORD2D.get(m.group(0), " "), t)
    return re.sub(r"\D", "", t)

def is_subseq(needle, hay):
    it = iter(hay)
    return all(c in it for c in needle)

def joined_runs(text):
    """digit runs where groups are joined by single space/dash/dot/slash."""
    return [re.sub(r"\D", "", m.group(0)) for m in re.finditer(r"\d+(?:[ \-./]\d+)*", text)]

def pw():
    words = ["sunflower", "bluedog", "mango", "tigers", "Lola", "chispa", "Rocket", "pepper", "Maribel",
             "yankees", "Coco", "brooklyn", "Nacho", "daisy", "Falcon", "osito", "Winter", "gatito", "Harley", "limon"]
    w = rng.choice(words)
    style = rng.randint(0, 5)
    if style == 0: return w + str(rng.randint(1970, 2019))
    if style == 1: return w.capitalize().replace("o", "0", 1) + rng.choice("!#$*&@") + str(rng.randint(10, 99))
    if style == 2: return w + rng.choice("_.") + rng.choice(words).lower() + str(rng.randint(1, 99))
    if style == 3: return rng.choice("!#$*") + w.upper()[:4] + str(rng.randint(100, 999)) + w[-2:]
    if style == 4: return "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)) + rng.choice("!?%")
    return w.lower() + str(rng.randint(10, 99)) + w[:1].upper() + rng.choice("!$")

def pick(*xs): return rng.choice(xs)

# ---------------------------------------------------------------- sensitive: card numbers
def c_plain():
    d = make_card()
    return d, pick(
        "hi my card number is %s can u check why it got declined" % d,
        "card: %s" % d,
        "ok here it is %s" % d)

def c_spaced():
    d = make_card(); g = " ".join(groups(d)); return d, pick(
        "my card number is %s, please check the pending charge" % g,
        "Card # %s thanks" % g,
        "%s is the card, im locked out of the app" % g)

def c_dashed():
    d = make_card(); g = "-".join(groups(d)); return d, pick(
        "number on the card: %s" % g,
        "can you reissue this one %s it's bent" % g)

def c_dots_slashes():
    d = make_card(); gs = groups(d)
    seps = [pick(".", "/", " / ", "_", " . ", "|") for _ in gs[1:]]
    s = gs[0] + "".join(sp + x for sp, x in zip(seps, gs[1:]))
    return d, pick("card no %s lmk if u need anything else" % s, "%s is my card" % ",".join(d),
                   "number: %s" % s)

def c_typo_lower():
    d = make_card(); g = " ".join(groups(d)); return d, pick(
        "crad numbr is %s pls hurry" % g,
        "my acount card nubmer %s got chargd twice" % d,
        "heres teh card %s sry im on my phone" % g)

def c_spelled():
    d = make_card()
    return d, pick(
        "my card number is %s" % spell(d),
        "card number: %s" % ", ".join(spell(x, oh=True) for x in groups(d)),
        "spelling it out so the bot doesnt eat it: %s" % spell(d, sep="-"))

def c_mixed_spelled():
    d = make_card(); gs = groups(d)
    parts = [g if i % 2 == 0 else spell(g) for i, g in enumerate(gs)]
    return d, pick("the card is %s" % " ".join(parts), "card number %s thank u" % " ".join(parts))

def c_words_between():
    d = make_card(); gs = groups(d)
    conn = ["then", "and then", "after that", "next", "and finally"]
    s = gs[0]
    for i, g in enumerate(gs[1:]):
        s += " " + conn[min(i, len(conn) - 1) if i < len(gs) - 2 else 4] + " " + g
    return d, pick("ok the card number goes %s" % s, "card num: %s" % s.replace(" and finally ", " y luego ").replace(" and then ", " y ").replace(" then ", " luego "))

def c_split_message():
    d = make_card(); cut = rng.choice([6, 8, 10]); a, b = d[:cut], d[cut:]
    return d, pick(
        "card number starts %s ... hold on kid is yelling ... ok the rest is %s" % (a, b),
        "first part of the card is %s and the rest of it is %s" % (a, b),
        "%s <- first half of my card. second half -> %s" % (a, b))

def c_before_cue():
    d = make_card(); g = " ".join(groups(d)); return d, pick(
        "%s\nthat's the card number on the front, it keeps saying invalid" % g,
        "%s — card I want to dispute with" % d)

def c_far_after_cue():
    d = make_card(); g = " ".join(groups(d))
    if rng.random() < 0.5:
        return d, ("card number? sure, let me grab my wallet, it's in the car... ok got it. also can you tell me why "
                   "the annual fee posted early this year? anyway here: %s" % g)
    return d, ("so my card number, which is the one i use for groceries and gas and also for my son's "
               "school lunches every month, and which got declined yesterday at the pharmacy on 5th ave even "
               "though i paid the balance on friday, is %s" % g)

def c_multi():
    d1 = make_card(); d2 = make_card()
    if rng.random() < 0.5:
        return d1, "charge went on %s but i wanted it on my other card %s" % (d1, "-".join(groups(d2)))
    return d1, "old card %s got stolen, the replacement you sent is %s, which one is active?" % (" ".join(groups(d1)), " ".join(groups(d2)))

def c_emoji():
    d = make_card(); gs = groups(d); e = pick("🔹", "✨", "👉", "💳")
    return d, pick("💳 %s 🙏 why is it declined???" % (" %s " % e).join(gs), "😭😭 %s 😭 card keeps failing" % "".join(gs))

def c_spanish():
    d = make_card(); g = " ".join(groups(d)); return d, pick(
        "hola, mi número de tarjeta es %s y no me deja pagar" % g,
        "el numero de la tarjeta es %s porfa ayuda" % d,
        "tarjeta %s, me cobraron doble" % "-".join(groups(d)))

def c_spanglish_spelled():
    d = make_card()
    return d, pick("mi card number es %s ok?" % spell(d, "es"), "tarjeta: %s" % ", ".join(spell(g, "es") for g in groups(d)))

def c_pasted():
    d = make_card(); g = " ".join(groups(d)); mm = rng.randint(1, 12); yy = rng.randint(27, 31)
    if rng.random() < 0.5:
        return d, "%s|%02d|%d\n^^ pasted from my notes, is this card still active" % (d, mm, 2000 + yy)
    return d, "Cardholder: M. GONZALEZ\nCard Number: %s\nExp: %02d/%d\n^ copied from my wallet app" % (g, mm, yy)

def c_indirect():
    d = make_card(); g = " ".join(groups(d)); return d, pick(
        "the long number embossed on the front of my platinum is %s" % g,
        "the %d digits on my card are %s" % (len(d), g),
        "what's on the front of my card: %s" % g)

def c_nosep_in_sentence():
    d = make_card()
    return d, pick("pls refund to %s thx" % d, "why was %s declined at target" % " ".join(groups(d)))

def c_amex_odd_grouping():
    d = make_card()
    if rng.random() < 0.5:
        d = make_card("amex")
        return d, "amex %s %s %s %s" % (d[:3], d[3:7], d[7:11], d[11:])
    return d, "card %s %s %s" % (d[:5], d[5:10], d[10:])

def c_long19():
    d = make_card("up19")
    if rng.random() < 0.5:
        return d, "the 19 digit card number %s" % d
    return d, "my unionpay card %s works everywhere except here" % " ".join([d[:6], d[6:13], d[13:]])

CARD_FORMS = [("card.plain", c_plain), ("card.spaced", c_spaced), ("card.dashed", c_dashed),
              ("card.odd_separators", c_dots_slashes), ("card.typo_lower", c_typo_lower),
              ("card.spelled", c_spelled), ("card.mixed_spelled", c_mixed_spelled),
              ("card.words_between_groups", c_words_between), ("card.split_in_message", c_split_message),
              ("card.value_before_cue", c_before_cue), ("card.far_after_cue", c_far_after_cue),
              ("card.multi_value", c_multi), ("card.emoji_separators", c_emoji), ("card.spanish", c_spanish),
              ("card.spanish_spelled", c_spanglish_spelled), ("card.pasted_block", c_pasted),
              ("card.indirect_name", c_indirect), ("card.inline_no_cue", c_nosep_in_sentence),
              ("card.odd_grouping", c_amex_odd_grouping), ("card.len19", c_long19)]

# ---------------------------------------------------------------- sensitive: security codes
def cvv_val(n=None): return make_digits(n or rng.choice([3, 3, 3, 4]))

def s_named():
    v = cvv_val(3)
    return v, pick("card verification value %s" % v, "CVV2/CVC2 = %s" % v, "cvv %s" % v, "CVV: %s" % v, "cvc is %s" % v, "csc %s if u need it" % v, "the cvv2 is %s" % v)

def s_cid():
    v = cvv_val(4)
    return v, pick("CID %s (amex)" % v, "the cid on my amex is %s" % v, "card id number %s" % v, "amex 4 digit code %s" % v)

def s_security_code():
    v = cvv_val()
    return v, pick("security code is %s" % v, "sec code %s" % v, "Security Code: %s" % v)

def s_typo():
    v = cvv_val(3)
    return v, pick("ccv %s" % v, "cvv numbr is %s" % v, "securty cod %s" % v, "c v v %s" % v)

def s_back_indirect():
    v = cvv_val(3)
    return v, pick(
        "the 3 numbers on the back by the signature strip are %s" % v,
        "the little code on the back of the card says %s" % v,
        "number on the back next to where i signed: %s" % v, "the 3 digit thing on the back, %s" % v)

def s_front_indirect():
    v = cvv_val(4)
    return v, pick(
        "the small 4 digit number printed above the card number on the front is %s" % v,
        "on the front right side theres a tiny %s above the long number, is that what you need?" % v)

def s_before_cue():
    v = cvv_val()
    return v, pick("%s is the cvv" % v, "%s <- security code" % v, "%s thats the code on the back" % v)

def s_far_after():
    if rng.random() < 0.5:
        v = cvv_val(4)
        return v, ("cvv? on amex its on the front i think, yeah found it, tiny print above the right side, "
                                   "kinda hard to read with my glasses but i think its %s" % v)
    v = cvv_val(3)
    return v, ("the checkout keeps asking for the cvv and i type it and it says wrong, i checked like 5 times, "
                               "tried chrome and safari too, cleared cookies, still nothing, anyway its %s" % v)

def s_spelled():
    v = cvv_val(3)
    return v, pick("cvv is %s" % spell(v), "security code %s" % spell(v, oh=True))

def s_spanish():
    v = cvv_val(3)
    return v, pick("el código de seguridad es %s" % v, "los 3 numeritos de atrás son %s" % v,
                                   "cvv: %s gracias" % v, "el cvv es %s" % spell(v, "es"))

def s_multi():
    v1 = cvv_val(3); v2 = cvv_val(3)
    if rng.random() < 0.5:
        return v1, "security code %s (or maybe %s, the 1 looks like a 7)" % (v1, v2)
    return v1, "cvv on the old card was %s and on the new one it's %s, which should i use" % (v1, v2)

def s_with_last4():
    last4 = make_digits(4); v = cvv_val()
    return v, "card ending %s, security code %s, exp %02d/%d" % (last4, v, rng.randint(1, 12), rng.randint(27, 31))

def s_digits_spaced():
    v = cvv_val(3)
    return v, pick("cvv %s" % " ".join(v), "security code %s" % "-".join(v))

def s_emoji():
    v = cvv_val(3)
    return v, pick("🔒 code on back 👉 %s 👈 pls fix" % v, "cvv %s 🙏🙏" % v)

def s_pasted():
    v = cvv_val(4)
    if rng.random() < 0.5:
        return v, "Exp Date: %02d/%d  Security Code: %s" % (rng.randint(1, 12), rng.randint(27, 31), v)
    return v, "Name on card: J PATEL\nCID/CVV: %s\nBilling zip: %05d" % (v, rng.randint(10001, 99950))

SEC_FORMS = [("sec.named_cvv", s_named), ("sec.amex_cid", s_cid), ("sec.security_code", s_security_code),
             ("sec.typo", s_typo), ("sec.indirect_back", s_back_indirect), ("sec.indirect_front", s_front_indirect),
             ("sec.value_before_cue", s_before_cue), ("sec.far_after_cue", s_far_after), ("sec.spelled", s_spelled),
             ("sec.spanish", s_spanish), ("sec.multi_value", s_multi), ("sec.with_last4_exp", s_with_last4),
             ("sec.digits_spaced", s_digits_spaced), ("sec.emoji", s_emoji), ("sec.pasted_block", s_pasted)]

# ---------------------------------------------------------------- sensitive: SSN
def n_dashed():
    d = make_ssn()
    return d, pick("ssn %s" % dashed_ssn(d), "SSN: %s" % dashed_ssn(d), "my social security number is %s" % dashed_ssn(d))

def n_plain():
    d = make_ssn()
    return d, pick("social is %s" % d, "ss# %s" % d, "my ssn %s for the credit line increase" % d)

def n_spaced():
    d = make_ssn()
    return d, pick("social security no. %s %s %s" % (d[:3], d[3:5], d[5:]), "ssn %s  %s-%s" % (d[:3], d[3:5], d[5:]))

def n_taxid():
    d = make_ssn()
    return d, pick("tax id (its my ssn, sole prop) %s" % dashed_ssn(d), "TIN for the 1099: %s" % dashed_ssn(d),
                                   "taxpayer id number %s" % d)

def n_typo():
    d = make_ssn()
    return d, pick("my socal securty number %s" % dashed_ssn(d), "ssn# is %s" % d, "scoial %s" % dashed_ssn(d))

def n_spelled():
    d = make_ssn()
    return d, pick("my ssn is %s" % spell(d), "social: %s" % " dash ".join(spell(x, oh=True) for x in (d[:3], d[3:5], d[5:])))

def n_split():
    d = make_ssn()
    return d, pick("ssn starts with %s, middle part %s, and it ends %s" % (d[:3], d[3:5], d[5:]),
                                   "social is %s-%s... sorry hit enter... -%s" % (d[:3], d[3:5], d[5:]))

def n_before_cue():
    d = make_ssn()
    return d, pick("%s that's my social" % dashed_ssn(d), "%s (ssn)" % d, "%s\n^ss number for verification" % dashed_ssn(d))

def n_far_after():
    d = make_ssn()
    if rng.random() < 0.5:
        return d, ("for the ssn you need for the credit increase, my accountant has it on file but whatever, "
                   "i moved from texas last year if that matters, it's %s" % d)
    return d, ("you asked for my social security number earlier and i wasnt sure if i should give it in the chat "
                               "but my husband said its fine since its the official amex app so here goes: %s" % dashed_ssn(d))

def n_spanish():
    d = make_ssn()
    return d, pick("mi número de seguro social es %s" % dashed_ssn(d), "seguro social %s" % d,
                                   "el social mío es %s" % spell(d, "es"))

def n_indirect():
    d = make_ssn()
    return d, pick("the 9 digit number on my social security card is %s" % dashed_ssn(d),
                                   "the number on my blue SS card: %s" % d)

def n_with_dob():
    d = make_ssn()
    if rng.random() < 0.5:
        return d, "Name: Luis Ortega\nDOB: %d-%02d-%02d\nSSN: %s\nAnnual income: $72,000" % (rng.randint(1955, 2002), rng.randint(1, 12), rng.randint(1, 28), d)
    return d, "for the application: DOB %02d/%02d/%d, SSN %s, income 85k" % (
        rng.randint(1, 12), rng.randint(1, 28), rng.randint(1955, 2002), dashed_ssn(d))

def n_multi():
    d1 = make_ssn(); d2 = make_ssn()
    if rng.random() < 0.5:
        return d1, "ssn %s — not %s, that one is my dad's" % (dashed_ssn(d1), dashed_ssn(d2))
    return d1, "adding my wife as authorized user. my ssn %s, hers %s" % (dashed_ssn(d1), dashed_ssn(d2))

def n_odd_sep():
    d = make_ssn()
    return d, pick("SSN %s.%s.%s" % (d[:3], d[3:5], d[5:]), "social sec # %s/%s/%s" % (d[:3], d[3:5], d[5:]))

def n_words_between():
    d = make_ssn()
    return d, pick("social security: %s then %s then %s" % (d[:3], d[3:5], d[5:]),
                                   "seguro social %s guion %s guion %s" % (d[:3], d[3:5], d[5:]))

SSN_FORMS = [("ssn.dashed", n_dashed), ("ssn.plain9", n_plain), ("ssn.spaced", n_spaced), ("ssn.tax_id", n_taxid),
             ("ssn.typo", n_typo), ("ssn.spelled", n_spelled), ("ssn.split_in_message", n_split),
             ("ssn.value_before_cue", n_before_cue), ("ssn.far_after_cue", n_far_after), ("ssn.spanish", n_spanish),
             ("ssn.indirect_name", n_indirect), ("ssn.with_dob", n_with_dob), ("ssn.multi_value", n_multi),
             ("ssn.dot_separators", n_odd_sep), ("ssn.words_between_groups", n_words_between)]

# ---------------------------------------------------------------- sensitive: OTP
def otp_val(n=None): return make_digits(n or rng.choice([6, 6, 6, 4, 8]))

def o_named():
    v = otp_val()
    return v, pick("verification code %s" % v, "the one-time code is %s" % v, "OTP: %s" % v, "one time passcode %s" % v, "2FA code %s" % v, "safekey code %s" % v)

def o_by_arrival_text():
    v = otp_val(6)
    return v, pick("the code you just texted me is %s" % v, "got a text with %s" % v, "the sms says %s" % v,
                                   "the number you guys just sent to my phone: %s" % v)

def o_by_arrival_email():
    v = otp_val(6)
    return v, pick("the code in the email is %s" % v, "email came thru, %s" % v, "ok i got the email, it says %s" % v, "the code that came to my gmail %s" % v)

def o_by_arrival_app():
    v = otp_val(6)
    return v, pick("the push notification in the amex app shows %s" % v, "code from the app: %s" % v,
                                   "my authenticator app says %s" % v, "the robot call read me %s" % v)

def o_pasted_sms():
    v = otp_val(6)
    return v, pick(
        "\"American Express: Your one-time verification code is %s. Do not share this code.\" is that legit??" % v,
        "copied: Your code is %s. It expires in 10 minutes. Msg&data rates may apply" % v)

def o_before_cue():
    v = otp_val(6)
    return v, pick("%s is the code i got" % v, "%s\n^ from the text" % v, "%s thats the verification thing" % v, "%s (from the text msg)" % v)

def o_far_after():
    if rng.random() < 0.5:
        v = otp_val(6)
        return v, ("you said you sent something to my phone to confirm it's me, i have like 40 unread "
                                   "messages from my family group chat but scrolling... here: %s" % v)
    v = otp_val(6)
    return v, ("ok so the site asked me to verify and i picked text message, took like 4 minutes and i almost "
                               "closed the page, but it finally showed up and the number is %s" % v)

def o_spaced():
    v = otp_val(6)
    return v, pick("code: %s %s" % (v[:3], v[3:]), "verification code %s" % "-".join([v[:3], v[3:]]), "code %s" % " ".join(v))

def o_spelled():
    v = otp_val(6)
    return v, pick("the code you sent is %s" % spell(v), "texted code: %s" % spell(v, oh=True, sep=", "))

def o_spanish():
    v = otp_val(6)
    return v, pick("el código que me llegó por mensaje es %s" % v, "me llegó el código %s" % v,
                                   "código de verificación: %s" % v, "el codigo del correo es %s" % spell(v, "es"))

def o_multi():
    v1 = otp_val(6); v2 = otp_val(6)
    if rng.random() < 0.5:
        return v1, "i got two texts, %s and %s, which one do i type?" % (v1, v2)
    return v2, "first code %s expired, the new one you sent is %s" % (v1, v2)

def o_expired_value():
    v = otp_val(6)
    return v, pick("the code %s says expired, can u send another" % v, "typed %s and it says invalid code??" % v)

def o_typo():
    v = otp_val(6)
    return v, pick("verifcation cod %s" % v, "the txt code is %s lol" % v, "otp iz %s" % v)

def o_emoji():
    v = otp_val(6)
    return v, pick("📱 code 👉 %s ✅" % v, "ok 👍 verification %s" % v)

def o_split():
    v = otp_val(8)
    return v, pick("the code is long, %s and then %s" % (v[:4], v[4:]), "code from sms: %s... %s" % (v[:4], v[4:]))

OTP_FORMS = [("otp.named", o_named), ("otp.arrival_text", o_by_arrival_text), ("otp.arrival_email", o_by_arrival_email),
             ("otp.arrival_app", o_by_arrival_app), ("otp.pasted_sms", o_pasted_sms), ("otp.value_before_cue", o_before_cue),
             ("otp.far_after_cue", o_far_after), ("otp.spaced", o_spaced), ("otp.spelled", o_spelled),
             ("otp.spanish", o_spanish), ("otp.multi_value", o_multi), ("otp.expired_but_given", o_expired_value),
             ("otp.typo", o_typo), ("otp.emoji", o_emoji), ("otp.split_in_message", o_split)]

# ---------------------------------------------------------------- sensitive: passwords / PINs
def p_named():
    v = pw()
    return v, pick("my password is %s" % v, "password: %s" % v, "pw %s" % v, "pass is %s" % v)

def p_login_pair():
    v = pw(); u = pick("jdoe88", "maria.gonz", "tkim2020", "bigmike_nyc", "lupita.r")
    return v, pick("login: %s / %s" % (u, v), "username %s password %s" % (u, v), "user %s pw %s" % (u, v))

def p_pin():
    v = make_digits(4)
    return v, pick("my pin is %s" % v, "PIN: %s" % v, "atm pin %s" % v, "pin number %s" % v)

def p_pin6():
    v = make_digits(6)
    return v, pick("my new 6 digit pin is %s can you make sure it saved" % v, "%s is my pin" % v)

def p_passcode():
    v = make_digits(rng.choice([4, 6]))
    return v, pick("account passcode %s" % v, "the passcode on my account is %s" % v,
                                                       "phone passcode you set up for me is %s" % v)

def p_before_cue():
    v = pw()
    return v, pick("%s is what i use to log in" % v, "%s <- password, still says incorrect" % v)

def p_indirect():
    v = pw()
    return v, pick("i log in with %s and it doesnt work" % v, "i type %s on the sign in page and it just spins" % v,
                             "the thing i sign in with is %s" % v, "for the website i use %s" % v)

def p_far_after():
    v = pw()
    return v, ("i reset my password yesterday because the app logged me out, then today it asked again and "
                         "i typed the new one like 4 times, im 100%% sure its right, it's %s" % v)

def p_spanish():
    v = pw()
    return v, pick("mi contraseña es %s" % v, "la clave de acceso es %s" % v, "contraseña: %s" % v)

def p_spanish_pin():
    v = make_digits(4)
    return v, pick("el pin del cajero es %s" % v, "mi nip es %s" % v, "la clave del cajero es %s" % spell(v, "es"))

def p_pin_spelled():
    v = make_digits(4)
    return v, pick("pin is %s" % spell(v), "PIN %s" % spell(v, oh=True, sep="-"))

def p_multi():
    v1 = pw(); v2 = pw()
    return v1, pick("tried %s and %s for the password, neither works" % (v1, v2), "old password %s, new password %s" % (v1, v2))

def p_same_as():
    v = pw()
    return v, pick("its the same password as my email: %s" % v, "password is my dog's name + year, %s" % v)

def p_typo():
    v = pw()
    return v, pick("pasword %s" % v, "my passwrod is %s" % v, "psswd: %s" % v)

def p_pasted():
    v = pw()
    if rng.random() < 0.5:
        return v, "User ID: %s\nPass: %s" % (pick("lgarcia77", "dkowalski", "sam.r.nyc"), v)
    return v, "Email: ana.r@example.com\nPassword: %s\n(from my notes app)" % v

def p_pin_split():
    v = make_digits(4)
    return v, pick("pin starts with %s and ends with %s" % (v[:2], v[2:]), "PIN %s, %s" % (v[:2], v[2:]))

PW_FORMS = [("pw.named_password", p_named), ("pw.login_pair", p_login_pair), ("pw.pin4", p_pin), ("pw.pin6", p_pin6),
            ("pw.account_passcode", p_passcode), ("pw.value_before_cue", p_before_cue), ("pw.indirect_login", p_indirect),
            ("pw.far_after_cue", p_far_after), ("pw.spanish_password", p_spanish), ("pw.spanish_pin", p_spanish_pin),
            ("pw.pin_spelled", p_pin_spelled), ("pw.multi_value", p_multi), ("pw.same_as_email", p_same_as),
            ("pw.typo", p_typo), ("pw.pasted_block", p_pasted), ("pw.pin_split", p_pin_split)]

# ---------------------------------------------------------------- harmless near-misses
def money(): return "%s%s" % (pick("$", "US$", ""), "{:,.2f}".format(rng.randint(100, 999999) / 100))

def h_mention():
    return pick("I forgot my PIN, how do i reset it?", "what is a cvv?", "where is the security code on an amex card?",
                "i never got the verification code", "do you need my ssn for this?", "can i change my password in the app",
                "the code you sent expired before i could type it", "is it safe to give my card number in this chat?",
                "my pin got locked after 3 wrong tries", "how many digits is the cid on amex, 3 or 4?",
                "the 6 digit code never arrived, can you resend", "i reset my password 2 times today and still locked out",
                "the app wants an 8 digit code but the text had 6?", "why do you need my social security number",
                "I don't want to share my password here", "is the CVV the 3 on the back or 4 on the front?",
                "what's a one-time passcode and why do i keep getting them")

def h_mention_es():
    return pick("olvidé mi contraseña", "no me llegó el código por sms", "¿qué es el cvv?", "perdí mi tarjeta y no sé el número",
                "¿necesitan mi número de seguro social?", "quiero cambiar mi pin del cajero")

def h_meta_numbers():
    return pick("my password has 12 characters and 2 symbols, is that strong enough?",
                "can my new pin start with 0?", "is a 6 digit pin allowed or only 4?",
                "my card number starts with 37, is that an amex?", "the card has 15 digits not 16 right?",
                "the cvv is worn off, can't read the 3rd digit", "password must be 8-20 characters? mine is 21",
                "code expires in 10 minutes or 15?", "I typed the code 5 times within 2 minutes",
                "i dont have an SSN, i have an ITIN, is that ok?", "the text said the code is valid for 30 min")

def h_last4():
    l4 = make_digits(4)
    return pick("card ending in %s got declined" % l4, "the one ending -%s, not the gold" % l4, "last 4 are %s" % l4,
                "charge on my card ...%s i dont recognize" % l4, "last four of my social are %s" % l4,
                "terminación %s" % l4, "acct ending %s, statement closing date?" % l4)

def h_masked():
    d = make_card(); gs = groups(d)
    return pick("XXXX-XXXX-XXXX-%s is the card on my statement" % d[-4:],
                "%s **** **** %s shows in apple wallet" % (gs[0], d[-4:]),
                "card •••• %s" % d[-4:],
                "statement shows %s******%s" % (d[:6], d[-4:]),
                "ssn on file should be ***-**-%s" % make_digits(4),
                "first 6 of my card are %s and last 4 are %s" % (d[:6], d[-4:]))

def h_amount():
    return pick("i was charged %s twice on 11/03" % money(), "balance says %s but i paid %s" % (money(), money()),
                "refund of %s still pending" % money(), "cobro de MXN %s que no reconozco" % "{:,.2f}".format(rng.randint(10000, 9999999) / 100),
                "€ %s,%02d charged in Madrid" % ("{:,}".format(rng.randint(1000, 99999)).replace(",", "."), rng.randint(0, 99)),
                "credit limit went from 12,500 to 8,000??", "paid 1.299,00 € en el hotel",
                "JPY 148,200 at a ryokan, is fx fee 2.7%?", "statement balance $%s min payment $%d" % ("{:,}".format(rng.randint(1000, 20000)), rng.randint(35, 300)), "2 x $19.99 + tax = %s" % money())

def h_date():
    return pick("payment due %d-%02d-%02d" % (2026, rng.randint(1, 12), rng.randint(1, 28)),
                "card expires %02d/%02d" % (rng.randint(1, 12), rng.randint(27, 31)),
                "the charge on %02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), 2025),
                "statement from 10/15/2026 to 11/14/2026", "dob %02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2003)),
                "el cargo del %d de noviembre de 2026" % rng.randint(1, 30), "around 3rd of dec 2026, 20261203 on the receipt",
                "charge dated Nov %d, 2026" % rng.randint(1, 30), "posted %d/%d/%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(24, 26)))

def h_time():
    return pick("called at 10:45pm and waited 47 min", "the charge posted at 14:32:07 UTC", "between 9 and 5 EST?",
                "txn time 2026-11-28T18:22:41Z")

def h_phone():
    return pick("call me at +1 (%03d) 555-%04d" % (rng.randint(201, 989), rng.randint(100, 199)),
                "my new number is +44 20 7946 %04d" % rng.randint(0, 999),
                "mi cel es +52 55 %04d %04d" % (rng.randint(1000, 9999), rng.randint(1000, 9999)),
                "phone 646.555.%04d" % rng.randint(100, 199), "cell (917) 555-%04d" % rng.randint(100, 199), "0044 7700 900%03d uk mobile" % rng.randint(0, 999),
                "text the code to +1 212 555 %04d instead" % rng.randint(100, 199),
                "+49 30 %08d is my berlin number" % rng.randint(10000000, 99999999),
                "+91 98%03d %05d (india)" % (rng.randint(100, 999), rng.randint(10000, 99999)))

def h_zip_address():
    return pick("billing zip %05d" % rng.randint(10001, 99950), "zip 10027-%04d" % rng.randint(1000, 9999),
                "new address 221 W 57th St Apt 14B, New York NY 10019", "CP 06600, CDMX",
                "ship to 4821 Oak Hollow Dr, Austin TX 78749", "PO Box 30248 Salt Lake City UT 84130")

def h_order():
    n = make_nonluhn(16)
    return pick("order # %s never arrived" % n, "order %s-%s-%s from amazon" % (make_nonluhn(3), make_nonluhn(7), make_nonluhn(7)),
                "order number %s" % " ".join([n[:4], n[4:8], n[8:12], n[12:]]),
                "my order no. is %s" % make_nonluhn(rng.choice([10, 12, 13, 14, 15, 17])))

def h_tracking():
    return pick("tracking 1Z%s%s" % ("".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)), make_nonluhn(10)),
                "usps tracking %s" % " ".join([make_nonluhn(4, "94")] + [make_digits(4) for _ in range(4)] + [make_digits(2)]),
                "fedex %s" % make_nonluhn(12), "tracking number %s" % make_nonluhn(22))

def h_case_ref():
    return pick("case #%s" % make_digits(8), "confirmation code %s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                "reference 7HG2-%s-KL" % make_digits(4), "dispute case %s" % make_nonluhn(rng.choice([11, 12])),
                "ticket INC%s" % make_digits(7), "ref # %s" % make_nonluhn(14), "claim %s" % make_nonluhn(10),
                "your agent gave me case number %s-%s" % (make_digits(5), make_digits(4)))

def h_ssn_shaped():
    a = make_ssn()
    return pick("claim number %s from the insurance" % dashed_ssn(a), "policy no %s %s %s" % (a[:3], a[3:5], a[5:]),
                "routing number %s for the payment" % make_digits(9), "member id %s" % make_digits(9),
                "ups account %s" % make_digits(9), "invoice %s-%s" % (make_digits(6), make_digits(3)))

def h_serial_product():
    return pick("serial SN %s-%s-%s" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4)), make_digits(5), "KQ7"),
                "SKU %s-%s-%s" % (make_digits(4), make_digits(4), make_digits(2)), "model A%s" % make_digits(4),
                "part no. %s-%s-%s" % (make_digits(2), make_digits(4), make_digits(4)),
                "the tv model is QN65Q80CAFXZA serial 0%s" % make_digits(13, False),
                "product code B0%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                "gift card serial GC-%s-%s" % (make_digits(4), make_digits(4)))

def h_imei():
    # real IMEIs are 15 digits and Luhn-valid by design: a genuine hard near-miss
    d = luhn_complete("35" + make_digits(12))
    return "phone insurance claim, IMEI %s %s %s %s" % (d[:2], d[2:8], d[8:14], d[14:])

def h_bank_ref():
    def iban(cc, n):
        while True:
            s = "%s%02d %s" % (cc, rng.randint(10, 99), " ".join([pick("NWBK", "BARC", "MIDL", "COBA", "BKMX")] + [make_digits(4) for _ in range(n)]))
            if all(not (13 <= len(r) <= 19 and luhn_ok(r)) for r in joined_runs(s)):
                return s
    return pick("wire from IBAN %s" % iban("GB", 3), "transfer ref IBAN %s 89" % iban("DE", 4),
                "SWIFT BOFAUS3N, ref FT26335ZQ81K", "CLABE %s" % make_nonluhn(18),
                "transferencia con referencia %s" % make_digits(7), "ACH trace %s" % make_nonluhn(15))

def h_long_ids():
    return pick("transaction id %s" % make_nonluhn(17), "ARN %s for the dispute" % make_nonluhn(23),
                "auth code %s" % make_digits(6), "merchant id %s" % make_nonluhn(15), "terminal %s" % make_digits(8),
                "approval code %s on the receipt" % make_digits(6), "receipt # %s" % make_nonluhn(16))

def h_codeword():
    return pick("promo code SPRING%d didnt work" % rng.randint(10, 40), "error code 0x8007%04d" % rng.randint(0, 9999),
                "app shows error E-%d" % rng.randint(400, 599), "area code %d" % rng.randint(201, 989),
                "reason code %d on the dispute letter" % pick(4837, 4853, 4863, 10, 13), "merchant category code %d" % pick(5812, 5411, 4111, 5999),
                "zip code %05d" % rng.randint(10001, 99950), "discount code WELCOME%d" % rng.randint(5, 50),
                "the door code at my building changed so the courier couldnt deliver", "country code +%d" % pick(1, 44, 52, 34),
                "status code %d from the api" % pick(401, 403, 502))

def h_qty_misc():
    return pick("bought 3 tickets, 2 adults 1 kid, total 3 x 129", "i have 125,400 membership rewards points",
                "app version 8.14.2 on iOS 17.4.1", "1200/12 = 100 per month right?", "my card got declined 3x at 7-11 🙏",
                "member since 2009, 17 years!", "flight UA %d conf K7QZ2P" % rng.randint(100, 2999),
                "i have 4 cards with you, gold, platinum and 2 delta", "i was charged 6 times for 1 uber ride",
                "room 1412, checkout 11am", "order of 250 units at 3.49 each", "apr 29.99% is crazy")

def h_refusal_negation():
    return pick("i'm NOT going to give you my cvv in a chat lol", "don't worry i won't type my PIN here",
                "the pin is fine, the problem is the chip", "never share your password, right? so what do you need",
                "my password expired on 11/30/2026", "i got a text from %d asking me to confirm a charge, is that really amex?" % rng.randint(20000, 99999),
                "it says 'Enter the 6-digit code sent to (•••) •••-%s'" % make_digits(4),
                "i called the number on the back of my card, 1-800-528-4800, and got hung up",
                "no voy a mandar mi contraseña por aquí")

def h_intl_phone9():
    return pick("mi móvil es +34 %d %03d %03d" % (rng.randint(600, 699), rng.randint(0, 999), rng.randint(0, 999)),
                "llámame al %d %02d %02d %02d (españa)" % (rng.randint(600, 699), rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99)),
                "my french number +33 6 %02d %02d %02d %02d" % tuple(rng.randint(0, 99) for _ in range(4)),
                "office line 020 %04d %04d ext. %d" % (rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(100, 999)))

def h_nickname():
    return pick("can you rename my card nickname to 'Travel %s'" % make_digits(4), "the card i call 'groceries 2026' is the blue cash",
                "account nickname: Casa-%s" % make_digits(3), "I named it Biz Plat %s in the app" % make_digits(2))

def h_password_context():
    return pick("the password reset email came from noreply@americanexpress.com, is that real?",
                "password field won't let me paste", "the pin pad at the store was broken",
                "it says 'incorrect passcode' after 1 try", "my bank pin is different from my amex one right?",
                "I got a one-time charge of $45 for the annual fee?", "the security code field is greyed out on the website",
                "my username is %s, not my email" % pick("maria.gonz", "tkim2020", "bigmike_nyc"),
                "verification code was sent to old phone ending %s" % make_digits(4),
                "i changed my pin on %02d/%02d, still not working" % (rng.randint(1, 12), rng.randint(1, 28)))

def h_spanish_misc():
    return pick("me cobraron $%s dos veces el %d/11" % ("{:,.2f}".format(rng.randint(1000, 99999) / 100), rng.randint(1, 30)),
                "mi pedido #%s no llegó" % make_nonluhn(12), "número de caso %s" % make_digits(8),
                "llámame al 55 %04d %04d" % (rng.randint(1000, 9999), rng.randint(1000, 9999)),
                "folio %s de la aclaración" % make_digits(10))

HARM_FORMS = [("neg.mention_no_value", h_mention), ("neg.mention_spanish", h_mention_es), ("neg.meta_numbers", h_meta_numbers),
              ("neg.last4", h_last4), ("neg.masked_number", h_masked), ("neg.amount", h_amount), ("neg.date", h_date),
              ("neg.time", h_time), ("neg.phone", h_phone), ("neg.zip_address", h_zip_address), ("neg.order_number", h_order),
              ("neg.tracking", h_tracking), ("neg.case_reference", h_case_ref), ("neg.ssn_shaped_other_id", h_ssn_shaped),
              ("neg.serial_product", h_serial_product), ("neg.imei_luhn_valid", h_imei), ("neg.bank_reference", h_bank_ref),
              ("neg.long_transaction_id", h_long_ids), ("neg.code_word_not_secret", h_codeword), ("neg.quantity_misc", h_qty_misc),
              ("neg.nickname", h_nickname), ("neg.refusal_negation", h_refusal_negation), ("neg.intl_phone", h_intl_phone9), ("neg.secret_context_no_value", h_password_context), ("neg.spanish_misc", h_spanish_misc)]

# ---------------------------------------------------------------- build + self-check
def check_sensitive(kind, value, text):
    if kind in ("card_number", "ssn", "security_code", "otp") or value.isdigit():
        assert is_subseq(value, norm_digits(text)), (kind, value, text)
        if kind == "card_number":
            assert luhn_ok(value) and 13 <= len(value) <= 19 and value not in FAMOUS
        if kind == "ssn":
            a, g, s = int(value[:3]), int(value[3:5]), int(value[5:])
            assert len(value) == 9 and a not in (0, 666) and a < 900 and g and s
    else:
        assert value in text, (value, text)

def check_harmless(note, text):
    if note.startswith("neg.imei"):
        return
    for r in joined_runs(text):
        assert not (13 <= len(r) <= 19 and luhn_ok(r)), (note, text)
    assert not any(f in re.sub(r"\D", "", text) for f in FAMOUS)

def skeleton(text, value=None):
    t = text.replace(value, "<V>") if value else text
    t = re.sub(r"\d", "#", t.lower())
    t = re.sub(r"\b(%s)\b" % "|".join(sorted(WORD2D, key=len, reverse=True)), "#", t)
    return re.sub(r"[#\s,.\-/]+", "#", t)

SK_CAP = 2

def build():
    sk = {}
    rows, seen = [], set()
    kinds = [("card_number", CARD_FORMS), ("security_code", SEC_FORMS), ("ssn", SSN_FORMS), ("otp", OTP_FORMS), ("password", PW_FORMS)]
    for kind, forms in kinds:
        i = 0; made = 0; order = forms[:]
        guard_tries = 0
        while made < N_PER_KIND[kind]:
            guard_tries += 1
            assert guard_tries < 20000, kind
            if i % len(order) == 0:
                rng.shuffle(order)
            note, fn = order[i % len(order)]; i += 1
            value, text = fn()
            k = (note, skeleton(text, value))
            if text in seen or sk.get(k, 0) >= SK_CAP:
                continue
            sk[k] = sk.get(k, 0) + 1
            check_sensitive(kind, value, text)
            seen.add(text)
            rows.append({"text": text, "sensitive": True, "kind": kind, "note": note})
            made += 1
    i = 0; made = 0; order = HARM_FORMS[:]; tries = 0
    while made < N_HARMLESS:
        tries += 1
        assert tries < 20000
        if i % len(order) == 0:
            rng.shuffle(order)
        note, fn = order[i % len(order)]; i += 1
        if note == "neg.imei_luhn_valid" and sum(r["note"] == note for r in rows) >= 2:
            continue
        text = fn()
        k = (note, skeleton(text))
        if text in seen or sk.get(k, 0) >= SK_CAP:
            continue
        try:
            check_harmless(note, text)
        except AssertionError:
            continue
        seen.add(text)
        sk[k] = sk.get(k, 0) + 1
        rows.append({"text": text, "sensitive": False, "kind": None, "note": note})
        made += 1
    rng.shuffle(rows)
    return rows

if __name__ == "__main__":
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), "rows ->", OUT)
    print(Counter(r["kind"] for r in rows))
    print(Counter(r["sensitive"] for r in rows))
