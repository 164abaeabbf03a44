#!/usr/bin/env python3
"""Blind adversarial probe set #8 for the sensitive-data guard.
Deterministic (seeded), stdlib only.  Writes guard_probe8.jsonl next to this file."""
import json, os, random

rng = random.Random(80808)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe8.jsonl")

# ---------------------------------------------------------------- generators
FAMOUS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
          "371449635398431", "6011111111111117", "30569309025904", "3530111333300000",
          "5105105105105100", "4012888888881881", "6011000990139424", "38520000023237",
          "4000056655665556", "2223003122003222", "5200828282828210", "3566002020360505"}

def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def luhn_complete(prefix, length):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                n = body + c
                break
        if n not in FAMOUS and len(set(n[len(prefix):])) > 3:
            return n

def card(brand=None):
    brand = brand or rng.choice(["amex", "amex", "visa", "visa", "mc", "mc2", "disc", "disc65", "diners", "jcb"])
    if brand == "amex": return luhn_complete(rng.choice(["34", "37"]), 15), brand
    if brand == "visa": return luhn_complete("4" + str(rng.randint(0, 9)), 16), brand
    if brand == "mc": return luhn_complete(str(rng.randint(51, 55)), 16), brand
    if brand == "mc2": return luhn_complete(str(rng.randint(2221, 2720)), 16), "mc"
    if brand == "disc": return luhn_complete("6011", 16), "disc"
    if brand == "disc65": return luhn_complete("65", 16), "disc"
    if brand == "diners": return luhn_complete(rng.choice(["36", "38"]), 14), brand
    if brand == "jcb": return luhn_complete(str(rng.randint(3528, 3589)), 16), brand
    raise ValueError(brand)

def groups_of(n):
    if len(n) == 15: return [4, 6, 5]
    if len(n) == 14: return [4, 6, 4]
    return [4, 4, 4, 4]

def grp(n, sep=" ", g=None):
    g = g or groups_of(n)
    out, i = [], 0
    for k in g:
        out.append(n[i:i + k]); i += k
    return sep.join(out)

def grp4(n, sep=" "):
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))

W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]

def spoken(s, oh=False, runs=False, words=W, sep=" ", dash="dash"):
    """digits -> words; keeps non-digits as ' dash ' / pause."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            out.append(dash if c == "-" else ","); i += 1; continue
        j = i
        while j < len(s) and s[j] == c: j += 1
        run = j - i
        w = "oh" if (oh and c == "0") else words[int(c)]
        if runs and run == 3:
            out.append("triple " + w); i = j; continue
        if runs and run == 2:
            out.append("double " + w); i = j; continue
        out.append(w); i += 1
    txt = sep.join(out).replace(" ,", ",")
    return txt

def ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666: continue
        g = rng.randint(1, 99); s = rng.randint(1, 9999)
        v = f"{a:03d}{g:02d}{s:04d}"
        if v in ("078051120", "123456789", "219099999"): continue
        return v

def ssn_ok(v):
    return (len(v) == 9 and v.isdigit() and v[:3] not in ("000", "666") and v[0] != "9"
            and v[3:5] != "00" and v[5:] != "0000")

def ssn_dash(v, sep="-"): return f"{v[:3]}{sep}{v[3:5]}{sep}{v[5:]}"

def cvv(n=3):
    while True:
        v = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if len(set(v)) > 1: return v

def otp(n=6):
    while True:
        v = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if len(set(v)) > 2 and v[0] != "0": return v

PW_WORDS = ["Sunflower", "Bluebird", "Grandkids", "Rosebud", "Tigers", "Chevy", "Buster", "Maple",
            "Lighthouse", "Peaches", "Yankees", "Dolphin", "Cardinal", "Hummingbird", "Gardenia",
            "Mariposa", "Corazon", "Tortuga", "Girasol", "Paloma", "Snickers", "Bulldog", "Harley"]

def pw():
    w = rng.choice(PW_WORDS)
    style = rng.randint(0, 4)
    if style == 0: return f"{w}{rng.randint(1940, 2012)}"
    if style == 1: return f"{w}#{rng.randint(10, 99)}"
    if style == 2: return f"{w.lower()}{rng.choice('!@$*')}{rng.randint(100, 999)}"
    if style == 3: return f"{w[0].lower()}{w[1:]}_{rng.choice(PW_WORDS).lower()}{rng.randint(1, 9)}"
    return f"{w}&{rng.choice(PW_WORDS)}{rng.randint(1, 99)}!"

def pin():
    while True:
        v = "".join(str(rng.randint(0, 9)) for _ in range(4))
        if len(set(v)) > 1: return v

def last4(): return f"{rng.randint(1000, 9999)}"
def amt(lo=5, hi=3000): return f"{rng.uniform(lo, hi):,.2f}"
def zip5(): return f"{rng.randint(10000, 99950)}"
def phone(): return f"({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"
def date(): return f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2026"
def name(): return rng.choice(["Margaret Ellison", "Harold Whitaker", "Dorothy Vance", "Luis Ortega",
                               "Nguyen Van Minh", "Priya Raman", "Olga Petrenko", "Carmen Delgado",
                               "Walter Briggs", "Mei Lin Chao", "Ahmed Farouk", "Rosa Jimenez"])

def routing():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))

def non_card_digits(n, first=None):
    """n digits that are NOT a Luhn-valid number (used for order/tracking ids)."""
    while True:
        s = (first or str(rng.choice([1, 7, 8, 9]))) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if not luhn_ok(s): return s

# ---------------------------------------------------------------- templates
POS = {"card_number": [], "ssn": [], "security_code": [], "otp": [], "password": []}
NEG = []

def pos(kind, note):
    def deco(f):
        POS[kind].append((note, f)); return f
    return deco

def neg(note):
    def deco(f):
        NEG.append((note, f)); return f
    return deco

# ============================== CARD NUMBERS ==============================
@pos("card_number", "formal_letter_card")
def _():
    n, _b = card("amex")
    return (f"Dear Sir or Madam,\n\nI am writing with regard to a charge which I do not recognise on my statement dated "
            f"{date()}. For your reference, my card number is {grp(n)}. I have held this account since 1987 and "
            f"would be most grateful for your prompt attention.\n\nYours faithfully,\n{name()}")

@pos("card_number", "esl_card_it_is")
def _():
    n, _b = card()
    return f"hello, my card number it is {grp(n)} , please check why is blocked since yesterday"

@pos("card_number", "esl_word_order")
def _():
    n, _b = card("visa")
    return f"The number of card of me is {n}. Transaction is not mine, I want money back"

@pos("card_number", "field_value_block")
def _():
    n, _b = card("amex")
    return (f"Name: {name()}\nBusiness: Ellison Floral LLC\nCard Number: {grp(n, '-')}\n"
            f"Billing ZIP: {zip5()}\nAmount disputed: ${amt()}")

@pos("card_number", "pipe_row")
def _():
    n, _b = card("mc")
    return f"| {date()} | Office Depot | ${amt(20, 400)} | {n} | pending |"

@pos("card_number", "tab_row_header")
def _():
    n, _b = card("amex")
    return f"Cardholder\tCard\tLimit\n{name()}\t{n}\t$25,000"

@pos("card_number", "csv_line")
def _():
    n, _b = card("disc")
    return f"employee_id,name,corp_card,dept\n1042,{name()},{n},Sales"

@pos("card_number", "voice_spoken_dash")
def _():
    n, _b = card("visa")
    return "my card number is " + spoken(grp(n, "-"))

@pos("card_number", "voice_oh_double")
def _():
    while True:
        n, _b = card("amex")
        if "0" in n and any(n[i] == n[i + 1] for i in range(len(n) - 1)): break
    return "ok the card number is " + spoken(n, oh=True, runs=True) + " did you get that"

@pos("card_number", "voice_triple")
def _():
    n, _b = card("mc")
    while not any(n[i] == n[i + 1] == n[i + 2] for i in range(len(n) - 2)):
        n, _b = card("mc")
    return "card is " + spoken(n, runs=True, oh=True)

@pos("card_number", "self_correction")
def _():
    n, _b = card("visa")
    wrong = n[:3] + str((int(n[3]) + 3) % 10)
    return f"card number {wrong} no wait {grp(n)} sorry typo"

@pos("card_number", "self_correction_end")
def _():
    n, _b = card("amex")
    g = grp(n).split(" ")
    bad = str((int(g[2]) + 11111) % 100000).zfill(5)
    return f"Its {g[0]} {g[1]} {bad}.. actually no, the last part is {g[2]}. So {grp(n)}"

@pos("card_number", "parenthesized")
def _():
    n, _b = card("mc2")
    return f"I was charged twice on my Mastercard ({grp(n)}) at the gas station, can you reverse one?"

@pos("card_number", "bracketed")
def _():
    n, _b = card("amex")
    return f"Replacement card [{n}] arrived but it says inactive when I use it"

@pos("card_number", "delayed_reference")
def _():
    n, _b = card("amex")
    return (f"You asked me for the card number before. I had to go find my purse, it was in the car, "
            f"and my glasses also. Sorry for the wait. OK here: {grp(n)}")

@pos("card_number", "scammer_quote")
def _():
    n, _b = card("visa")
    return (f"A man called saying he was from fraud department and I read him my card {grp(n)} "
            f"before I realised. What do I do now??")

@pos("card_number", "spanish_card")
def _():
    n, _b = card("amex")
    return f"Hola, mi número de tarjeta es {grp(n)} y no me deja pagar en línea"

@pos("card_number", "spanglish_card")
def _():
    n, _b = card("visa")
    return f"oye necesito ayuda, la tarjeta {grp(n, '-')} got declined en el super and I dont know why"

@pos("card_number", "spanish_spoken")
def _():
    n, _b = card("diners")
    return "el número de la tarjeta es " + spoken(grp(n), words=WES)

@pos("card_number", "chat_speak")
def _():
    n, _b = card("mc")
    return f"yo my card {n} keeps gettin declined lol wtf fix it plz"

@pos("card_number", "dots_separated")
def _():
    n, _b = card("jcb")
    return f"JCB card no. {grp4(n, '.')} — is it accepted for the airport lounge?"

@pos("card_number", "diners_14")
def _():
    n, _b = card("diners")
    return f"My old Diners Club number was {grp(n)}, please link it to my new account"

@pos("card_number", "discover_65")
def _():
    n, _b = card("disc65")
    return f"Pay my balance using Discover {grp(n)} please, the usual amount"

@pos("card_number", "mixed_separators")
def _():
    n, _b = card("visa")
    return f"card:{n[:4]}-{n[4:8]} {n[8:12]}.{n[12:]} exp 08/29"

@pos("card_number", "irregular_grouping")
def _():
    n, _b = card("amex")
    return f"Number on the front: {n[:2]} {n[2:7]} {n[7:11]} {n[11:]} (I copied it how I see it)"

@pos("card_number", "multiline_split")
def _():
    n, _b = card("mc")
    return f"here is the card\n{n[:8]}\n{n[8:]}\nthanks"

@pos("card_number", "json_paste")
def _():
    n, _b = card("amex")
    return '{"customer": "' + name() + '", "pan": "' + n + '", "status": "declined"}'

@pos("card_number", "email_forward")
def _():
    n, _b = card("disc")
    return (f"---------- Forwarded message ---------\nFrom: accounting@harborbakery.com\n"
            f"Subject: card for supplier\n\nPlease use company card {grp(n)} for the flour order.")

@pos("card_number", "old_man_caps")
def _():
    n, _b = card("amex")
    return f"MY GRANDSON SET THIS UP. THE CARD IS {grp(n)}. I WANT TO KNOW WHY MY PAYMENT DID NOT GO THROUGH."

@pos("card_number", "number_words_mixed")
def _():
    n, _b = card("visa")
    g = grp(n).split(" ")
    return f"card # {g[0]} {g[1]} then {spoken(g[2])} then {g[3]}"

@pos("card_number", "no_label_just_number")
def _():
    n, _b = card("amex")
    return f"{grp(n)}"

@pos("card_number", "card_with_expiry_form")
def _():
    n, _b = card("mc2")
    return f"Card Number: {n}\nExpiration: 11/28\nName on card: {name().upper()}"

@pos("card_number", "apology_typed_twice")
def _():
    n, _b = card("jcb")
    return f"sorry my keyboard: {grp(n)} is the card, not the one I typed before"

@pos("card_number", "underscore_sep")
def _():
    n, _b = card("mc")
    return f"cc={grp4(n, '_')}"

@pos("card_number", "spanish_formal")
def _():
    n, _b = card("amex")
    return (f"Estimados señores: les escribo para reportar un cargo no reconocido. "
            f"Mi tarjeta American Express número {grp(n)} fue usada sin mi autorización. Atentamente, {name()}")

@pos("card_number", "trailing_question")
def _():
    n, _b = card("visa")
    return f"Is {grp(n, '-')} still active or did you cancel it when I called?"

# ============================== SSN ==============================
@pos("ssn", "formal_letter_ssn")
def _():
    v = ssn()
    return (f"To Whom It May Concern:\n\nPursuant to your letter requesting verification of my identity, "
            f"I hereby provide my Social Security Number, {ssn_dash(v)}. Kindly update your records.\n\n"
            f"Respectfully,\n{name()}")

@pos("ssn", "esl_social_it_is")
def _():
    v = ssn()
    return f"my social security it is {ssn_dash(v)} , you need for open the account yes?"

@pos("ssn", "voice_my_social_is")
def _():
    v = ssn()
    return "my social is " + spoken(ssn_dash(v))

@pos("ssn", "voice_oh_runs")
def _():
    while True:
        v = ssn()
        if "0" in v and any(v[i] == v[i + 1] for i in range(8)): break
    return "social security number " + spoken(v, oh=True, runs=True)

@pos("ssn", "field_value_block")
def _():
    v = ssn()
    return f"Applicant: {name()}\nDOB: 03/14/1951\nSSN: {ssn_dash(v)}\nAnnual income: $48,000"

@pos("ssn", "pipe_row")
def _():
    v = ssn()
    return f"| Owner | {name()} | SSN {ssn_dash(v)} | 51% |"

@pos("ssn", "tab_row_header")
def _():
    v = ssn()
    return f"Name\tSSN\tTitle\n{name()}\t{ssn_dash(v)}\tPresident"

@pos("ssn", "csv_line")
def _():
    v = ssn()
    return f"first,last,ssn,role\nDorothy,Vance,{v},authorized user"

@pos("ssn", "no_dashes")
def _():
    v = ssn()
    return f"SSN {v} for the credit limit review"

@pos("ssn", "spaces")
def _():
    v = ssn()
    return f"Social Security No. {ssn_dash(v, ' ')}"

@pos("ssn", "self_correction")
def _():
    v = ssn()
    wrong = v[:3] + "-" + str((int(v[3:5]) % 98) + 1).zfill(2)
    return f"my social is {wrong}, no sorry, {ssn_dash(v)}"

@pos("ssn", "parenthesized")
def _():
    v = ssn()
    return f"The account is under my late husband's name (his SSN was {ssn_dash(v)}) and I need to close it"

@pos("ssn", "bracketed")
def _():
    v = ssn()
    return f"Verification info: [SSN: {ssn_dash(v)}]"

@pos("ssn", "delayed_reference")
def _():
    v = ssn()
    return (f"You said you need my social to verify. Hold on. My daughter keeps the card in the safe. "
            f"She is coming. ... OK she is here. It is {ssn_dash(v)}.")

@pos("ssn", "scammer_quote")
def _():
    v = ssn()
    return (f"Somebody texted pretending to be you and I replied with my social {ssn_dash(v)}. "
            f"Please tell me my account is safe")

@pos("ssn", "spanish_ssn")
def _():
    v = ssn()
    return f"Mi número de seguro social es {ssn_dash(v)}, lo necesitan para la solicitud?"

@pos("ssn", "spanglish_ssn")
def _():
    v = ssn()
    return f"ok el social es {ssn_dash(v)} pero porfa hurry up que tengo que irme al trabajo"

@pos("ssn", "spanish_spoken")
def _():
    v = ssn()
    return "mi seguro social: " + spoken(ssn_dash(v), words=WES, dash="guion")

@pos("ssn", "chat_speak")
def _():
    v = ssn()
    return f"ssn {ssn_dash(v)} u happy now? just approve it lol"

@pos("ssn", "tax_form_paste")
def _():
    v = ssn()
    return (f"Form W-9 info you requested:\nName: {name()}\nTaxpayer Identification Number (SSN): {ssn_dash(v)}\n"
            f"Address: 418 Birch Lane, Dayton OH 45402")

@pos("ssn", "old_man_caps")
def _():
    v = ssn()
    return f"MY SOCIAL SECURITY NUMBER IS {ssn_dash(v)}. I HAVE GIVEN IT THREE TIMES NOW."

@pos("ssn", "esl_no_article")
def _():
    v = ssn()
    return f"Please find social security number of my mother, {ssn_dash(v)}, she is authorized user on card"

@pos("ssn", "dots")
def _():
    v = ssn()
    return f"SS#: {ssn_dash(v, '.')}"

@pos("ssn", "json_paste")
def _():
    v = ssn()
    return '{"applicant": {"name": "' + name() + '", "ssn": "' + ssn_dash(v) + '"}}'

@pos("ssn", "mixed_words")
def _():
    v = ssn()
    return f"social {v[:3]} {spoken(v[3:5])} {v[5:]}"

@pos("ssn", "ends_with_question")
def _():
    v = ssn()
    return f"Can you look me up by social? {ssn_dash(v)}"

@pos("ssn", "ssa_card_described")
def _():
    v = ssn()
    return f"The number on my blue Social Security card is {ssn_dash(v)}, I have it right here in front of me"

@pos("ssn", "spanish_formal")
def _():
    v = ssn()
    return (f"Por medio de la presente proporciono mi número de Seguro Social ({ssn_dash(v)}) "
            f"para completar la verificación de identidad.")

@pos("ssn", "last_four_then_full")
def _():
    v = ssn()
    return f"last four of my social are {v[5:]}. actually here is the whole thing {ssn_dash(v)}"

# ============================== SECURITY CODE ==============================
@pos("security_code", "formal_letter_cvv")
def _():
    return (f"Dear Customer Service,\n\nAs requested during our telephone conversation, the three-digit security "
            f"code printed on the reverse of my card is {cvv()}. I trust this will be sufficient.\n\nSincerely,\n{name()}")

@pos("security_code", "esl_cvv_it_is")
def _():
    return f"the cvv it is {cvv()}, now you can unlock please?"

@pos("security_code", "back_of_card")
def _():
    return f"the 3 numbers on the back of my card are {cvv()}"

@pos("security_code", "amex_front_cid")
def _():
    return f"The 4 little numbers on the front above the card number say {cvv(4)}"

@pos("security_code", "cid_label")
def _():
    return f"CID: {cvv(4)}"

@pos("security_code", "cvc_field_block")
def _():
    return f"Card holder: {name()}\nLast 4: {last4()}\nCVC: {cvv()}\nZip: {zip5()}"

@pos("security_code", "pipe_row")
def _():
    return f"| Visa ending {last4()} | exp 04/27 | cvv {cvv()} |"

@pos("security_code", "csv_line")
def _():
    return f"last4,exp,cvv2\n{last4()},09/28,{cvv()}"

@pos("security_code", "voice_spoken")
def _():
    return "security code on the back is " + spoken(cvv())

@pos("security_code", "voice_oh")
def _():
    c = str(rng.randint(1, 9)) + "0" + str(rng.randint(1, 9))
    return "cvv " + spoken(c, oh=True)

@pos("security_code", "voice_double")
def _():
    d = rng.randint(1, 9); e = (d + rng.randint(1, 8)) % 10
    return f"the code on the back of the card is {W[e]} double {W[d]}"

@pos("security_code", "self_correction")
def _():
    c = cvv()
    w = str((int(c) + 111) % 1000).zfill(3)
    return f"CVV is {w}... wait no, I read it upside down, it's {c}"

@pos("security_code", "parenthesized")
def _():
    return f"I tried to pay online with card ending {last4()} (security code {cvv()}) and it was rejected"

@pos("security_code", "bracketed")
def _():
    return f"[CVV2={cvv()}] checkout keeps failing"

@pos("security_code", "delayed_reference")
def _():
    return (f"The website asks the verification value from the card. I did not know where it is. "
            f"My neighbour show me, it is behind, near signature. It says {cvv()}.")

@pos("security_code", "scammer_quote")
def _():
    return (f"a lady called and asked for the 3 digit code on the back, I told her {cvv()} "
            f"and then she hung up. is that bad??")

@pos("security_code", "spanish_cvv")
def _():
    return f"El código de seguridad de mi tarjeta es {cvv()}"

@pos("security_code", "spanglish_cvv")
def _():
    return f"los tres numeritos de atrás son {cvv()}, ya me deja pagar?"

@pos("security_code", "spanish_amex_front")
def _():
    return f"los 4 dígitos del frente de la Amex son {cvv(4)}"

@pos("security_code", "chat_speak")
def _():
    return f"cvc {cvv()} k thx"

@pos("security_code", "signature_strip")
def _():
    return f"On the signature panel the number printed after the stripe is {cvv()}"

@pos("security_code", "card_verification_value")
def _():
    return f"Card Verification Value: {cvv()}"

@pos("security_code", "csc_label")
def _():
    return f"CSC {cvv()} exp 02/30"

@pos("security_code", "security_code_old_caps")
def _():
    return f"THE SECURITY CODE ON MY CARD IS {cvv()}. PLEASE PROCESS MY PAYMENT."

@pos("security_code", "esl_code_behind")
def _():
    return f"code behind the card is {cvv()} , number front I give before"

@pos("security_code", "json_paste")
def _():
    return '{"last4": "' + last4() + '", "exp": "07/29", "cvv": "' + cvv() + '"}'

@pos("security_code", "voice_amex_4")
def _():
    return "the four digit code on the front is " + spoken(cvv(4), oh=True)

@pos("security_code", "the_three_digits_multi_sentence")
def _():
    return (f"You want the three digits from the back, right. The card is old, numbers are faded. "
            f"I think I can read it now. {cvv()}")

@pos("security_code", "spanish_formal")
def _():
    return f"Estimados, adjunto el código CVV ({cvv()}) de la tarjeta terminada en {last4()} para completar el pago."

@pos("security_code", "cvv_in_list")
def _():
    return f"1) exp 10/27\n2) cvv: {cvv()}\n3) zip {zip5()}"

@pos("security_code", "security_code_after_exp")
def _():
    return f"exp 05/28 sec code {cvv()}"

# ============================== OTP ==============================
@pos("otp", "formal_letter_otp")
def _():
    return (f"Good afternoon. I have just received a text message containing a verification code, "
            f"namely {otp()}. I am unsure whether I ought to enter it. Kindly advise.")

@pos("otp", "esl_code_it_is")
def _():
    return f"the code you send to my phone it is {otp()}"

@pos("otp", "voice_spoken")
def _():
    return "the code from the text is " + spoken(otp())

@pos("otp", "voice_oh_double")
def _():
    while True:
        o = otp()
        if "0" in o and any(o[i] == o[i + 1] for i in range(5)): break
    return "verification code " + spoken(o, oh=True, runs=True)

@pos("otp", "voice_triple")
def _():
    d = rng.randint(1, 9)
    o = otp(3) + str(d) * 3
    return f"ok one time code is {spoken(o, runs=True)}"

@pos("otp", "self_correction")
def _():
    o = otp()
    return f"code {o[:3]}{(int(o[3]) + 1) % 10}{o[4:]} no wait, {o}"

@pos("otp", "parenthesized")
def _():
    return f"I got the text (code {otp()}) but the app says expired"

@pos("otp", "bracketed")
def _():
    return f"SMS said: [Your one-time passcode is {otp()}]"

@pos("otp", "sms_paste")
def _():
    return f"AmEx: {otp()} is your verification code. Do not share it with anyone. We will never call to ask for it."

@pos("otp", "delayed_reference")
def _():
    return (f"You said you sent me a code. My phone was charging in the kitchen. I walked there. "
            f"Here, it says {otp()}.")

@pos("otp", "scammer_quote")
def _():
    return (f"The guy said he was from the bank and needed the code they just texted me to 'cancel the fraud'. "
            f"I gave him {otp()}. Was that a scam?")

@pos("otp", "spanish_otp")
def _():
    return f"El código de verificación que me llegó es {otp()}"

@pos("otp", "spanglish_otp")
def _():
    return f"me llegó un text con el code {otp()}, lo pongo aquí?"

@pos("otp", "spanish_spoken")
def _():
    return "el código que me mandaron por mensaje es " + spoken(otp(), words=WES)

@pos("otp", "chat_speak")
def _():
    return f"otp {otp()} go"

@pos("otp", "email_code")
def _():
    return f"The email with subject 'Your sign-in code' shows {otp()}, where do I type it"

@pos("otp", "4_digit_code")
def _():
    return f"verification code: {otp(4)}"

@pos("otp", "8_digit_code")
def _():
    return f"the one-time code you emailed is {otp(8)}"

@pos("otp", "dash_split")
def _():
    o = otp()
    return f"code is {o[:3]}-{o[3:]}"

@pos("otp", "space_split")
def _():
    o = otp()
    return f"2FA code: {o[:3]} {o[3:]}"

@pos("otp", "old_caps")
def _():
    return f"I RECEIVED A CODE {otp()} ON MY CELL TELEPHONE. WHAT IS IT FOR."

@pos("otp", "esl_word_order")
def _():
    return f"Number of six digit I receive now by message: {otp()}. I put where?"

@pos("otp", "authenticator_app")
def _():
    return f"my authenticator app shows {otp()} right now"

@pos("otp", "security_code_texted")
def _():
    return f"The security code you just texted me is {otp()}"

@pos("otp", "passcode_sms_label")
def _():
    return f"one time passcode {otp()}"

@pos("otp", "field_block")
def _():
    return f"Phone: {phone()}\nOTP received: {otp()}\nTime: 2:14 PM"

@pos("otp", "pipe_row")
def _():
    return f"| login attempt | {date()} | sms code {otp()} | failed |"

@pos("otp", "json_paste")
def _():
    return '{"event": "mfa", "code": "' + otp() + '", "channel": "sms"}'

@pos("otp", "spanish_formal")
def _():
    return f"Buenas tardes. Recibí el código de un solo uso {otp()} pero no he intentado iniciar sesión. ¿Es fraude?"

@pos("otp", "voice_pause_words")
def _():
    o = otp()
    return f"the code is {spoken(o[:3])} ... {spoken(o[3:])}"

@pos("otp", "multi_code_correction")
def _():
    return f"first code expired, the new one they sent is {otp()}"

# ============================== PASSWORD ==============================
@pos("password", "formal_letter_password")
def _():
    return (f"Dear Sir,\n\nI am unable to access my online account. My password, which I have used for many years, "
            f"is {pw()}. Please be so kind as to reset whatever is preventing my access.\n\nRegards,\n{name()}")

@pos("password", "esl_password_it_is")
def _():
    return f"my password it is {pw()} but the site say wrong"

@pos("password", "login_block")
def _():
    return f"Username: {name().split()[0].lower()}{rng.randint(10, 99)}\nPassword: {pw()}"

@pos("password", "pipe_row")
def _():
    return f"| amex online | user: harborbakery | pw: {pw()} |"

@pos("password", "csv_line")
def _():
    return f"site,username,password\namericanexpress.com,walterb,{pw()}"

@pos("password", "pin_value")
def _():
    return f"my PIN is {pin()}"

@pos("password", "pin_spoken")
def _():
    return "the pin for the card is " + spoken(pin(), oh=True)

@pos("password", "pin_double")
def _():
    a = rng.randint(1, 9); b = (a + rng.randint(1, 8)) % 10; c = (b + rng.randint(1, 8)) % 10
    return f"ATM pin is double {W[a]} {W[b]} {W[c]}"

@pos("password", "self_correction")
def _():
    p = pw()
    return f"password is {p[:-1]}, no wait, I changed it, it's {p}"

@pos("password", "parenthesized")
def _():
    return f"I logged in yesterday (password {pw()}) and now it's locked"

@pos("password", "bracketed")
def _():
    return f"login [pass: {pw()}] not working on the app"

@pos("password", "delayed_reference")
def _():
    return (f"I can't get into the online account. I wrote the password in my address book. "
            f"Let me look, under A for Amex. Here: {pw()}")

@pos("password", "scammer_quote")
def _():
    return (f"The caller asked me for my online banking password and I said {pw()}. "
            f"My son says I should not have. Please help.")

@pos("password", "spanish_password")
def _():
    return f"Mi contraseña es {pw()} y no me deja entrar"

@pos("password", "spanglish_password")
def _():
    return f"el password es {pw()}, lo puse bien pero me sale error"

@pos("password", "spanish_pin")
def _():
    return f"mi PIN del cajero es {pin()}"

@pos("password", "chat_speak")
def _():
    return f"pw {pw()} doesnt work lol"

@pos("password", "passphrase")
def _():
    return f"my passphrase is \"{rng.choice(['purple', 'seven', 'quiet'])} {rng.choice(['tractor', 'harbor', 'pancake'])} {rng.choice(['river', 'moon', 'garden'])} {rng.randint(10, 99)}\""

@pos("password", "old_caps")
def _():
    return f"MY PASSWORD IS {pw().upper()} AND IT STILL SAYS INCORRECT"

@pos("password", "esl_word_order")
def _():
    return f"Password of me for website: {pw()}. Why not work?"

@pos("password", "new_and_old")
def _():
    return f"I want to change password to {pw()}"

@pos("password", "voice_spelled")
def _():
    w = rng.choice(["maple", "buster", "peaches", "tigers"])
    d = otp(4)
    return f"password is {' '.join(w.upper())} {spoken(d)} all lower case"

@pos("password", "json_paste")
def _():
    return '{"user": "dvance", "password": "' + pw() + '"}'

@pos("password", "passcode_login")
def _():
    return f"the 6-digit passcode I chose for logging into the app is {otp(6)}, I set it up myself last year"

@pos("password", "tab_row")
def _():
    return f"Login\tPassword\nellisonfloral\t{pw()}"

@pos("password", "field_block_business")
def _():
    return f"Account admin: {name()}\nEmail: admin@ortegaroofing.com\nPassword: {pw()}\nPhone: {phone()}"

@pos("password", "security_question_plus_pw")
def _():
    return f"I can't remember the security answer but my password is {pw()} if that helps"

@pos("password", "spanish_formal")
def _():
    return f"Le informo que mi clave de acceso a la banca en línea es {pw()}. Por favor desbloqueen mi cuenta."

@pos("password", "pin_in_parens")
def _():
    return f"The ATM kept my card (PIN {pin()} was right, I'm sure!)"

@pos("password", "quoted_password")
def _():
    return f"I typed '{pw()}' as my password exactly like that"

@pos("password", "pw_after_sentences")
def _():
    return (f"It keeps saying wrong password. I am typing it carefully. Caps lock is off. "
            f"{pw()} is what I type.")

# ============================== NEGATIVES ==============================
@neg("about_card_number_no_value")
def _(): return "Where do I find my card number? Is it the long number on the front?"

@neg("last4_card")
def _(): return f"My card ending in {last4()} was declined at the pharmacy today"

@neg("masked_card_row")
def _(): return f"| {date()} | Staples | ${amt(10, 300)} | XXXX-XXXXXX-{rng.randint(10000, 99999)} | posted |"

@neg("masked_card_stars")
def _(): return f"The receipt shows **** **** **** {last4()}, is that my card?"

@neg("statement_paste")
def _():
    return (f"Statement closing date {date()}\nPrevious balance ${amt()}\nPayments -${amt()}\n"
            f"New charges ${amt()}\nNew balance ${amt()}\nMinimum due ${amt(25, 200)}")

@neg("receipt_paste")
def _():
    return (f"WALGREENS #0{rng.randint(1000, 9999)}\n{rng.randint(100, 999)} MAIN ST\n"
            f"ITEM 1 @ 12.99\nITEM 2 @ 4.49\nTAX 1.40\nTOTAL 18.88\nAMEX ***********{last4()}\nAUTH {otp()}")

@neg("itinerary")
def _():
    return (f"Flight UA {rng.randint(100, 2999)} departs 7:45 AM from EWR gate C{rng.randint(70, 139)}, arrives 10:52 AM. "
            f"Confirmation {rng.choice(['KXQ7M2', 'B8TR4L', 'ZP29QW'])}. Seat {rng.randint(10, 40)}C. Was charged ${amt(200, 900)}.")

@neg("hotel_folio")
def _():
    return (f"Hilton folio #{non_card_digits(9)}, room 1412, 3 nights x $189.00 = $567.00, tax $80.51. "
            f"I was charged ${amt(700, 900)} instead. Please check.")

@neg("tax_form_no_ssn")
def _():
    return (f"From my 1099-INT: Box 1 interest income $412.37, Box 4 federal tax withheld $0.00, "
            f"payer's TIN shown as XX-XXX{rng.randint(1000, 9999)}. Does the card interest go here?")

@neg("w2_amounts")
def _():
    return f"W-2 Box 1 wages 58,214.00, Box 2 federal 6,109.42, Box 12a code D 3,500.00. Can I use this for income verification?"

@neg("zip_code")
def _(): return f"my billing zip code is {zip5()}"

@neg("zip_plus4")
def _(): return f"The ZIP on file should be {zip5()}-{rng.randint(1000, 9999)}, I moved"

@neg("phone_number")
def _(): return f"please call me back at {phone()} after 3pm"

@neg("phone_spoken")
def _(): return "you can reach me on " + spoken(f"{rng.randint(201, 989)}-555-01{rng.randint(10, 99)}")

@neg("order_number_amazon")
def _(): return f"Amazon order 1{rng.randint(10, 14)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)} was never delivered but I was charged"

@neg("tracking_ups")
def _(): return f"UPS tracking 1Z{rng.randint(100, 999)}W{rng.randint(10, 99)}0{rng.randint(1000000, 9999999)}{rng.randint(10, 99)} shows returned to sender"

@neg("tracking_usps")
def _(): return f"USPS tracking number 9400 1{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)} says delivered but nothing came"

@neg("confirmation_number")
def _(): return f"My payment confirmation number is {non_card_digits(10)}"

@neg("case_number")
def _(): return f"I already opened case number {rng.randint(10000000, 99999999)} last week, any update?"

@neg("reference_number")
def _(): return f"Reference #: {rng.choice(['DSP', 'REF', 'CLM'])}-{rng.randint(2024, 2026)}-{rng.randint(100000, 999999)}"

@neg("imei")
def _():
    # IMEI 15 digits (Luhn valid by design) with 35 prefix -> not a valid card length for JCB
    s = luhn_complete("35" + str(rng.randint(2, 9)) + str(rng.randint(0, 9)), 15)
    return f"The phone I bought with my card has IMEI {s} and it came broken, I want to dispute"

@neg("serial_number")
def _(): return f"Laptop serial number C02{rng.choice(['XK', 'ZQ', 'TL'])}{rng.randint(1000, 9999)}JGH5, bought with my card, warranty claim"

@neg("routing_account_labelled")
def _():
    return f"For autopay use routing number {routing()} and checking account number {rng.randint(10**9, 10**10 - 1)}"

@neg("bank_account_block")
def _():
    return f"Bank: First Community Credit Union\nRouting (ABA): {routing()}\nAccount #: {rng.randint(10**10, 10**11 - 1)}\nType: Checking"

@neg("address")
def _(): return f"Please send the replacement to {rng.randint(100, 9999)} Oak Hollow Dr, Apt {rng.randint(1, 40)}B, Tucson AZ {zip5()}"

@neg("amounts_many")
def _(): return f"I paid ${amt()} on {date()} and ${amt()} on {date()} but the balance still shows ${amt()}"

@neg("points_balance")
def _(): return f"I have {rng.randint(10, 300)},{rng.randint(100, 999)} Membership Rewards points, how many do I need for a $500 flight?"

@neg("percent_apr")
def _(): return f"Why did my APR go from {rng.randint(15, 22)}.{rng.randint(10, 99)}% to {rng.randint(23, 29)}.{rng.randint(10, 99)}%?"

@neg("version_number")
def _(): return f"The app crashes on version {rng.randint(6, 7)}.{rng.randint(10, 40)}.{rng.randint(0, 9)} on iOS 17.{rng.randint(1, 6)}.1"

@neg("about_ssn_no_value")
def _(): return "Why do you need my social security number? I don't want to give it in a chat."

@neg("ssn_last4")
def _(): return f"The last four of my social are {rng.randint(1000, 9999)}"

@neg("about_cvv_no_value")
def _(): return "what is the CVV and where is it on an American Express card?"

@neg("cvv_worn_off")
def _(): return "The security code on the back is rubbed off, I can't read it. Can you send a new card?"

@neg("about_otp_no_value")
def _(): return "I never received the verification code by text, can you send it again to my email?"

@neg("otp_expired_no_value")
def _(): return "the one-time code expired before I could type it, third time now"

@neg("about_password_no_value")
def _(): return "I forgot my password and the reset link doesn't work"

@neg("password_rules")
def _(): return "your site says password must be 8 to 20 characters with 1 number and 1 symbol, that's too complicated for me"

@neg("scammer_no_values_given")
def _(): return "Someone called asking for my card number, the 3-digit code and the text code. I did NOT give them anything and hung up. Should I worry?"

@neg("scam_sms_quote_no_code")
def _(): return "I got a text: 'Your Amex is locked, click amex-secure-verify.com and enter your card number and SSN'. Is this real?"

@neg("spanish_about_card")
def _(): return "¿Dónde encuentro el número de mi tarjeta? No tengo la tarjeta conmigo."

@neg("spanish_last4")
def _(): return f"Mi tarjeta que termina en {last4()} fue rechazada en la gasolinera"

@neg("spanish_no_code")
def _(): return "No me llegó el código de verificación, ¿me lo pueden mandar otra vez?"

@neg("spanish_forgot_password")
def _(): return "Olvidé mi contraseña y no puedo entrar a la aplicación"

@neg("spanish_amounts")
def _(): return f"Me cobraron ${amt()} dos veces el {rng.randint(1, 28)} de noviembre, quiero un reembolso"

@neg("spanglish_phone")
def _(): return f"llámame al {phone()} porfa, no puedo chatear mucho"

@neg("spreadsheet_expenses")
def _():
    return ("Date\tVendor\tAmount\tCategory\n"
            f"{date()}\tShell\t{amt(20, 90)}\tFuel\n{date()}\tHome Depot\t{amt(50, 900)}\tSupplies\n"
            f"{date()}\tComcast\t{amt(80, 200)}\tUtilities")

@neg("csv_employee_cards_masked")
def _():
    return f"employee,card_last4,limit\n{name()},{last4()},5000\n{name()},{last4()},2500"

@neg("field_block_no_secrets")
def _():
    return f"Business Name: Ortega Roofing LLC\nEIN: {rng.randint(10, 88)}-{rng.randint(1000000, 9999999)}\nYears in business: 12\nAnnual revenue: $1,240,000\nEmployees: 14"

@neg("formal_letter_no_values")
def _():
    return ("Dear Sir or Madam,\n\nI write to express my dissatisfaction with the service I received on the telephone "
            "on the 14th of last month. I was asked repeatedly to repeat my card number and social security number, "
            "which I declined to do over the telephone. I should like an explanation.\n\nYours faithfully,\nHarold Whitaker")

@neg("esl_no_values")
def _(): return "My card it is blocked, I am in Italy now for travel, please open it, I not can pay the hotel"

@neg("voice_amount")
def _(): return "I want to pay one thousand two hundred fifty dollars toward my balance on the fifteenth"

@neg("voice_date_time")
def _(): return "my appointment is on December third at two thirty, can the payment wait until then"

@neg("year_and_dates")
def _(): return f"I have been a card member since {rng.randint(1968, 1999)}, and my card expires 0{rng.randint(1, 9)}/{rng.randint(27, 31)}"

@neg("quantities_prices")
def _(): return f"I ordered {rng.randint(2, 40)} boxes at ${rng.randint(10, 99)}.99 each and was charged for {rng.randint(41, 90)}"

@neg("flight_numbers")
def _(): return f"Both flights AA {rng.randint(100, 2999)} and DL {rng.randint(100, 2999)} were cancelled, I want travel insurance claim"

@neg("member_since_and_limit")
def _(): return f"my credit limit is $15,000 and I used $4,312.18, why was a $900 charge declined"

@neg("error_code")
def _(): return f"The app shows error code {rng.choice(['E', 'ERR-'])}{rng.randint(100, 999)} when I try to log in"

@neg("promo_code")
def _(): return f"The promo code SAVE{rng.randint(10, 50)} didn't apply at checkout"

@neg("gate_and_seat")
def _(): return f"Gate B{rng.randint(10, 49)}, seat {rng.randint(10, 40)}A, boarding at 6:05. I need the lounge pass."

@neg("chat_speak_no_values")
def _(): return "bro my card got declined 3 times today wtf is going on, i paid the bill on the 5th"

@neg("self_correction_amount")
def _(): return f"I was charged $45.99 no wait $54.99 at the restaurant, I only ordered a salad"

@neg("bracket_last4")
def _(): return f"Card [ending {last4()}] was charged twice by Netflix"

@neg("parenthesis_zip")
def _(): return f"I live at the new address (ZIP {zip5()}) since March"

@neg("invoice_number")
def _(): return f"Invoice INV-{rng.randint(100000, 999999)} for ${amt(100, 5000)} was paid with my corporate card, vendor says they didn't get it"

@neg("long_digit_transaction_id")
def _(): return f"Transaction ID {non_card_digits(18, '9')} appears twice on my statement"

@neg("order_number_16_nonluhn")
def _(): return f"Order number {non_card_digits(16, '8')} from the electronics store, still not refunded"

@neg("account_number_labelled")
def _(): return f"my checking account number at Chase is {rng.randint(10**8, 10**9 - 1)}, can I pay from there"

@neg("date_of_birth")
def _(): return f"My date of birth is {rng.randint(1, 12)}/{rng.randint(1, 28)}/19{rng.randint(30, 70)}"

@neg("pin_about")
def _(): return "How do I set a PIN for cash advances? I never had one"

@neg("old_caps_no_values")
def _(): return "I DO NOT USE THE COMPUTER. MY DAUGHTER HELPS ME. WHY IS THERE A LATE FEE OF $40.00 WHEN I PAID ON THE 3RD."

@neg("cvv_question_with_last4")
def _(): return f"Does the card ending {last4()} have a 3 or 4 digit security code?"

@neg("passcode_length_question")
def _(): return "Is the one-time passcode 6 digits or 8 digits? mine looks different"

@neg("time_and_timezone")
def _(): return f"the charge posted at 11:{rng.randint(10, 59)} PM Pacific, I was asleep, it's not mine"

@neg("temperature_misc_numbers")
def _(): return f"I bought a 65 inch TV model QN65Q{rng.randint(60, 90)}C for $1,099.99, it arrived cracked"

@neg("tax_1099_field_block")
def _():
    return (f"1099-K summary\nGross amount: ${amt(10000, 90000)}\nNumber of transactions: {rng.randint(200, 2000)}\n"
            f"Merchant category code: {rng.choice(['5812', '5411', '7230'])}\nPayer: Payment Processor Inc.")

@neg("spanish_itinerary")
def _(): return f"Mi vuelo AV {rng.randint(10, 999)} sale a las 14:35 y me cobraron ${amt(300, 900)} por el equipaje, quiero disputar"

@neg("spanish_ssn_about")
def _(): return "No tengo número de seguro social todavía, ¿puedo solicitar la tarjeta con mi ITIN?"

@neg("scammer_asked_code_refused")
def _(): return "They told me to read them the code from the text message. I said no. The text is still on my phone, should I delete it?"

@neg("password_changed_no_value")
def _(): return "I changed my password yesterday and now the app says my password is incorrect"

@neg("spoken_last4")
def _(): return "card ending in " + spoken(last4())

@neg("points_and_miles_table")
def _():
    return f"| Month | Points earned | Miles transferred |\n| Sept | {rng.randint(1000, 9999)} | 0 |\n| Oct | {rng.randint(1000, 9999)} | {rng.randint(10, 60)},000 |"

@neg("check_number")
def _(): return f"I mailed check number {rng.randint(1000, 9999)} for ${amt()} on {date()}, did you receive it?"

@neg("membership_number_hotel")
def _(): return f"My Marriott Bonvoy member number is {rng.randint(100000000, 999999999)}, the points from my card didn't transfer"

@neg("esl_about_security_code")
def _(): return "Website ask me the code of security of card, where is it? I cannot find on front"

@neg("voice_no_values")
def _(): return "yes hi um I need to uh dispute a charge from the uh the restaurant on Tuesday it was like sixty two dollars"

@neg("statement_with_masked_and_ref")
def _():
    return (f"Account ending {rng.randint(10000, 99999)}\nClosing Date {date()}\n"
            f"{date()} AMAZON MKTPLACE  Ref {non_card_digits(12)}  ${amt(10, 200)}\n"
            f"{date()} UBER TRIP        Ref {non_card_digits(12)}  ${amt(10, 60)}")

@neg("customer_id_labelled")
def _(): return f"Customer ID {rng.randint(1000000, 9999999)} at the utility company — they say my card payment bounced"

@neg("security_question_about")
def _(): return "I don't remember my security question answer, it was about my first pet"

@neg("otp_sent_to_wrong_phone")
def _(): return f"The code keeps going to my old number ending {rng.randint(10, 99)}{rng.randint(10, 99)}, please update to {phone()}"

@neg("bracket_case_ref")
def _(): return f"[Case {rng.randint(1000000, 9999999)}] still waiting for my credit of ${amt(20, 500)}"

# ---------------------------------------------------------------- build
def main():
    rows, seen = [], set()

    def add(text, kind, note):
        if text in seen: return False
        seen.add(text)
        rows.append({"text": text, "sensitive": kind is not None, "kind": kind, "note": note})
        return True

    for kind, temps in POS.items():
        for note, f in temps:
            add(f(), kind, note)
        # a few second instantiations so each kind reaches ~35
        extra = rng.sample(temps, max(0, 35 - len(temps)))
        for note, f in extra:
            add(f(), kind, note)
    for rnd in range(2):
        for note, f in NEG:
            add(f(), None, note)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")

if __name__ == "__main__":
    main()
