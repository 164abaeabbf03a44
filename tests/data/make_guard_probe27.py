#!/usr/bin/env python3
"""Blind probe set 27 for the amexsim sensitive-data guard. stdlib only, seeded."""
import json, random, os

R = random.Random(2727)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe27.jsonl")

# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        s += n
    return s % 10 == 0

def card(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "amex", "amex", "disc"])
    if brand == "visa": pre, ln = "4", 16
    elif brand == "mc": pre, ln = str(R.randint(51, 55)), 16
    elif brand == "amex": pre, ln = R.choice(["34", "37"]), 15
    else: pre, ln = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def groups(d):
    if len(d) == 15: return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]

def fmt_card(d, sep=None):
    sep = sep if sep is not None else R.choice([" ", " ", "-", "", ".", "  ", " / "])
    return sep.join(groups(d))

def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)

def fmt_ssn(s, sep=None):
    sep = sep if sep is not None else R.choice(["-", " ", "", ".", " - "])
    return sep.join(s)

def otp(n=None):
    n = n or R.choice([6, 6, 6, 6, 4, 8, 5])
    return "".join(str(R.randint(0, 9)) for _ in range(n))

def cvv(n=3):
    return "".join(str(R.randint(0, 9)) for _ in range(n))

def pin():
    return "%04d" % R.randint(0, 9999)

WORDS = ["sunflower", "bluebird", "marmalade", "thunderbolt", "pineapple", "snickerdoodle",
         "wildflower", "ravenclaw", "hummingbird", "tangerine", "lighthouse", "butterscotch",
         "goldfinch", "moonbeam", "cinnamon", "grasshopper"]
ES_WORDS = ["girasol", "mariposa", "tortuga", "chocolate", "estrella", "manzana", "lucero", "azucena"]

def pw_letters(): return R.choice(WORDS)
def pw_mixed():
    w = R.choice(WORDS + ES_WORDS)
    return pick([w.capitalize() + str(R.randint(10, 99)) + R.choice(["!", "#", "", "$"]),
                     w + str(R.randint(1980, 2012)),
                     w[:4].upper() + w[4:] + "_" + str(R.randint(1, 9)),
                     w.replace("o", "0").replace("e", "3") + str(R.randint(1, 99))])

EN_D = "zero one two three four five six seven eight nine".split()
ES_D = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()

def words(d, lang="en"):
    t = EN_D if lang == "en" else ES_D
    out = []
    for ch in d:
        if lang == "en" and ch == "0" and R.random() < 0.4: out.append("oh")
        else: out.append(t[int(ch)])
    return out

def words_grouped(d, lang="en", gs=None):
    gs = gs or groups(d)
    return ", ".join(" ".join(words(g, lang)) for g in gs)

def last4(): return "%04d" % R.randint(0, 9999)
def zipc(): return "%05d" % R.randint(1001, 99950)
def phone():
    a = R.choice(["212", "415", "646", "305", "718", "312", "917", "702"])
    n = "555" if R.random() < 0.5 else str(R.randint(201, 989))
    s = "%04d" % R.randint(0, 9999)
    return pick(["%s-%s-%s" % (a, n, s), "(%s) %s-%s" % (a, n, s), "%s %s %s" % (a, n, s),
                     "+1 %s %s %s" % (a, n, s), "%s.%s.%s" % (a, n, s)])
def amount(): return "$" + R.choice(["%d.%02d" % (R.randint(3, 999), R.randint(0, 99)),
                                      "{:,}.{:02d}".format(R.randint(1000, 9999), R.randint(0, 99))])
def date(): return pick(["%d/%d" % (R.randint(1, 12), R.randint(1, 28)),
                             "%02d/%02d/2026" % (R.randint(1, 12), R.randint(1, 28)),
                             R.choice(["March", "Oct", "November", "Jan"]) + " %d" % R.randint(1, 28)])
def tm(): return "%d:%02d%s" % (R.randint(1, 12), R.randint(0, 59), R.choice(["pm", "am", " PM", ""]))

ASIDES = [
    "— sorry, my toddler just knocked the cereal over and I'm typing one handed in the kitchen here —",
    "(hold on the dog is barking at the mailman again and I can barely hear myself think)",
    "... ugh I have been on hold with three different departments today and honestly nobody knows anything ...",
    "— I'm literally standing at the pharmacy counter and the line behind me is getting annoyed —",
    "(my phone is at 4% so please bear with me if I drop off in the middle of this)",
    ", and I swear I already gave this to the last person who then transferred me and hung up,",
    "— sorry my glasses are upstairs so I'm squinting at the tiny print to read it —",
    "... this is the third time this week your app logged me out for no reason whatsoever ...",
    "(my husband usually handles this stuff but he is on a plane right now so it's me)",
    "— ok I had to dig through my purse and the receipt pocket to find it —",
]
def aside(): return R.choice(ASIDES)

ROWS = []
def add(text, sens, kind, note):
    ROWS.append({"text": text, "sensitive": sens, "kind": kind if sens else None, "note": note})

def fam(name, n, templates, sens, kind):
    for i in range(n):
        tid, fn = templates[i % len(templates)]
        add(fn(), sens, kind, "%s.%s" % (name, tid))

import sys
_CYC = {}
def pick(opts):
    """round-robin over a call site's templates (random start) so every template shows up"""
    key = sys._getframe(1).f_code.co_name
    if key not in _CYC: _CYC[key] = R.randrange(len(opts))
    i = _CYC[key]; _CYC[key] += 1
    return opts[i % len(opts)]

# ================================================================ SENSITIVE: card_number
def c_ramble():
    return pick([
        "ok so the card number is %s %s" % (aside(), fmt_card(card())),
        "You asked for the card number right? %s anyway it's %s" % (aside(), fmt_card(card())),
        "the number on the front %s is %s, and yes it's the platinum one" % (aside(), fmt_card(card())),
        "Fine, full card # %s here: %s" % (aside(), fmt_card(card())),
    ])
def c_pieces():
    g = groups(card())
    if len(g) == 3:
        return pick([
            "it starts with %s, then the middle chunk is %s and the last bit is %s" % tuple(g),
            "first part %s... second part (the long one) %s ... and it ends %s" % tuple(g),
        ])
    return pick([
        "starts with %s, then %s, uh then %s and it ends %s" % tuple(g),
        "first four are %s next four %s then %s and finally %s, that's the whole card" % tuple(g),
        "ok reading it off: %s... hang on glare... %s, %s and the last ones %s" % tuple(g),
        "the card goes %s then %s (sorry) %s %s" % tuple(g),
    ])
def c_words_en():
    d = card()
    return pick([
        "my card number is %s" % words_grouped(d),
        "I'll spell it so autocorrect doesn't mess it up: %s" % words_grouped(d),
        "number on the card: %s" % " ".join(words(d)),
    ])
def c_words_es():
    d = card()
    return pick([
        "el número de mi tarjeta es %s" % words_grouped(d, "es"),
        "te lo digo en letras: %s" % words_grouped(d, "es"),
        "la tarjeta es %s, es la Gold" % " ".join(words(d, "es")),
    ])
def c_emoji():
    g = groups(card())
    e = R.choice(["🙏", "💳", "😩", "👉", "➡️", "🔥"])
    return pick([
        ("card: " + (" %s " % e).join(g)),
        "here it is %s" % " ".join(x + " " + e for x in g),
        "😭😭 ok " + (" %s " % e).join(g) + " please just fix it",
    ])
def c_correction():
    d = card(); bad = d[:-2] + str((int(d[-2]) + 3) % 10) + d[-1]
    return pick([
        "card is %s wait no sorry it's %s" % (fmt_card(bad), fmt_card(d)),
        "%s — no hold on, I typed it wrong, it's %s" % (fmt_card(bad), fmt_card(d)),
        "typo before, the correct card number is %s" % fmt_card(d),
    ])
def c_after_harmless():
    return pick([
        "order 88%d, charged %s on %s at %s, card %s" % (R.randint(1000, 9999), amount(), date(), tm(), fmt_card(card())),
        "zip %s, phone %s, and the card itself is %s" % (zipc(), phone(), fmt_card(card())),
        "Case %d from %s. The disputed card was %s" % (R.randint(10000000, 99999999), date(), fmt_card(card())),
        "it was %s at the gas station on %s with %s" % (amount(), date(), fmt_card(card())),
    ])
def c_reply():
    return pick([
        "here you go %s" % fmt_card(card()),
        "sure: %s" % fmt_card(card()),
        "ok 👍 %s" % fmt_card(card()),
        "That one? %s" % fmt_card(card()),
    ])
def c_quoted():
    return pick([
        'the number printed on it is "%s"' % fmt_card(card()),
        "my card (%s) got declined twice at Target" % fmt_card(card()),
        "[%s] <- that's the card that keeps getting declined" % fmt_card(card()),
    ])
def c_es():
    return pick([
        "mi tarjeta es la %s, me la bloquearon ayer" % fmt_card(card()),
        "el número completo de la tarjeta %s es %s" % (aside(), fmt_card(card())),
        "ok so la tarjeta, the number is %s, ¿me pueden ayudar?" % fmt_card(card()),
        "número de tarjeta: %s" % fmt_card(card()),
    ])
fam("card.ramble", 6, [("a", c_ramble)], True, "card_number")
fam("card.pieces", 6, [("a", c_pieces)], True, "card_number")
fam("card.words_en", 4, [("a", c_words_en)], True, "card_number")
fam("card.words_es", 3, [("a", c_words_es)], True, "card_number")
fam("card.emoji", 3, [("a", c_emoji)], True, "card_number")
fam("card.correction", 3, [("a", c_correction)], True, "card_number")
fam("card.after_harmless", 4, [("a", c_after_harmless)], True, "card_number")
fam("card.reply", 4, [("a", c_reply)], True, "card_number")
fam("card.quoted", 3, [("a", c_quoted)], True, "card_number")
fam("card.es", 4, [("a", c_es)], True, "card_number")

# ================================================================ SENSITIVE: security_code
def v_typo():
    return pick([
        "securty code is %s" % cvv(),
        "the secuirty code on the back: %s" % cvv(),
        "cvc nmber %s" % cvv(),
        "sec code %s" % cvv(),
        "the ccv is %s I think" % cvv(),
        "verificaton number on back = %s" % cvv(),
    ])
def v_location():
    return pick([
        "the three little numbers on the back by the signature strip are %s" % cvv(),
        "flipped it over, the digits next to where I signed say %s" % cvv(),
        "the 4 tiny numbers printed above the long number on the front right side are %s" % cvv(4),
        "on the back in the white box it says %s" % cvv(),
        "the last 3 digits on the signature panel: %s" % cvv(),
        "the small numbers on the front of my amex, above the card number, are %s" % cvv(4),
    ])
def v_reply():
    return pick([
        "ok the back one: %s" % cvv(),
        "here you go, back of card says %s" % cvv(),
        "sure — %s (the 3 on the back)" % cvv(),
        "the one you asked for on the back is %s" % cvv(),
    ])
def v_es():
    return pick([
        "el código de seguridad es %s" % cvv(),
        "los tres números de atrás son %s" % cvv(),
        "el CVV es %s" % cvv(),
        "el codigo de atras de la tarjeta: %s" % cvv(),
        "los 4 numeritos de enfrente (es amex) son %s" % cvv(4),
    ])
def v_two():
    d = card()
    return pick([
        ("card %s and the 4 little ones on the front say %s" % (fmt_card(d), cvv(4))) if len(d) == 15 else ("card %s and the back says %s" % (fmt_card(d), cvv())),
        "%s exp %02d/%d cvv %s" % (fmt_card(d), R.randint(1, 12), R.randint(27, 31), cvv(4 if len(d) == 15 else 3)),
        "number is %s, security code %s, please just push the payment through" % (fmt_card(d), cvv(4 if len(d) == 15 else 3)),
    ])
def v_ramble():
    return pick([
        "the CVV %s is %s" % (aside(), cvv()),
        "Security code %s: %s" % (aside(), cvv()),
        "you want the code on the back? %s it's %s" % (aside(), cvv()),
    ])
def v_amex():
    return pick([
        "CID: %s" % cvv(4),
        "my amex CID is %s" % cvv(4),
        "the card security code (CSC) is %s" % cvv(4),
        "card verification value %s" % cvv(),
    ])
fam("cvv.typo", 5, [("a", v_typo)], True, "security_code")
fam("cvv.location", 6, [("a", v_location)], True, "security_code")
fam("cvv.reply", 4, [("a", v_reply)], True, "security_code")
fam("cvv.es", 5, [("a", v_es)], True, "security_code")
fam("cvv.two_with_card", 4, [("a", v_two)], True, "card_number")
fam("cvv.ramble", 4, [("a", v_ramble)], True, "security_code")
fam("cvv.names", 4, [("a", v_amex)], True, "security_code")

# ================================================================ SENSITIVE: ssn
def s_typo():
    return pick([
        "sosial is %s" % fmt_ssn(ssn()),
        "my socail security number %s" % fmt_ssn(ssn()),
        "SSN# %s" % fmt_ssn(ssn()),
        "soc sec no. %s" % fmt_ssn(ssn()),
        "social secuirty: %s" % fmt_ssn(ssn()),
        "my ss# is %s" % fmt_ssn(ssn()),
    ])
def s_pieces():
    a, b, c = ssn()
    return pick([
        "first three of my social are %s, middle two %s, last four %s" % (a, b, c),
        "social starts %s then %s and ends in %s" % (a, b, c),
        "ok SSN: %s... then %s... then %s" % (a, b, c),
    ])
def s_layout():
    return pick([
        "social security number %s" % fmt_ssn(ssn(), ""),
        "ssn %s" % fmt_ssn(ssn(), "."),
        "my social is %s" % fmt_ssn(ssn(), " "),
        "SSN: %s" % fmt_ssn(ssn(), "/"),
    ])
def s_words():
    a, b, c = ssn()
    return pick([
        "my social is %s" % " ".join(words(a + b + c)),
        "mi seguro social: %s" % ", ".join(" ".join(words(x, "es")) for x in (a, b, c)),
        "ssn spelled out: %s dash %s dash %s" % tuple(" ".join(words(x)) for x in (a, b, c)),
    ])
def s_es():
    return pick([
        "mi número de seguro social es %s" % fmt_ssn(ssn()),
        "el seguro social %s" % fmt_ssn(ssn()),
        "te paso mi social: %s" % fmt_ssn(ssn()),
        "my SSN, o sea mi seguro social, es %s" % fmt_ssn(ssn()),
    ])
def s_ramble():
    return pick([
        "social security number %s %s" % (aside(), fmt_ssn(ssn())),
        "you need my SSN? %s fine, %s" % (aside(), fmt_ssn(ssn())),
        "For the verification %s my social is %s" % (aside(), fmt_ssn(ssn())),
    ])
def s_after():
    return pick([
        "DOB %s/%s/19%d, zip %s, social %s" % (R.randint(1, 12), R.randint(1, 28), R.randint(50, 99), zipc(), fmt_ssn(ssn())),
        "phone %s and SSN %s" % (phone(), fmt_ssn(ssn())),
        "I was charged %s on %s, my ssn is %s if you need to verify" % (amount(), date(), fmt_ssn(ssn())),
    ])
def s_reply():
    return pick([
        "here you go: %s" % fmt_ssn(ssn(), "-"),
        "sure %s (social)" % fmt_ssn(ssn(), "-"),
    ])
fam("ssn.typo", 5, [("a", s_typo)], True, "ssn")
fam("ssn.pieces", 5, [("a", s_pieces)], True, "ssn")
fam("ssn.layout", 4, [("a", s_layout)], True, "ssn")
fam("ssn.words", 3, [("a", s_words)], True, "ssn")
fam("ssn.es", 4, [("a", s_es)], True, "ssn")
fam("ssn.ramble", 4, [("a", s_ramble)], True, "ssn")
fam("ssn.after_harmless", 3, [("a", s_after)], True, "ssn")
fam("ssn.reply", 3, [("a", s_reply)], True, "ssn")

# ================================================================ SENSITIVE: otp
def o_event():
    return pick([
        "it buzzed with %s a sec ago" % otp(),
        "the text said %s" % otp(),
        "just got a text, %s" % otp(),
        "the email that just came in has %s in big bold letters" % otp(),
        "your app pinged me with %s" % otp(),
        "ok my phone just lit up: %s" % otp(),
        "the SMS from you guys says %s" % otp(),
        "the message that came to my phone reads %s, is that what you need?" % otp(),
        "got the notification. %s" % otp(),
    ])
def o_pasted():
    return pick([
        "Your verification code is %s. Do not share this code with anyone." % otp(6),
        "American Express: %s is your one-time code. It expires in 10 minutes." % otp(6),
        "[SMS] Use %s to verify your identity. We will never call to ask for it." % otp(6),
        "copied from the email -> \"Your Amex SafeKey code: %s\"" % otp(6),
        "Fwd: Your one-time passcode is %s" % otp(8),
        "this is what it says: 'Security Code: %s. Valid for 5 min'" % otp(6),
        "<#> %s is your sign-in code" % otp(6),
    ])
def o_es():
    return pick([
        "me llegó el código %s por mensaje" % otp(6),
        "el SMS dice %s" % otp(6),
        "acaba de llegar el mensaje de texto con %s" % otp(6),
        "Tu código de verificación es %s (lo copié del mensaje)" % otp(6),
        "el código que me mandaron al correo es %s" % otp(6),
        "ya me llegó! %s" % otp(6),
    ])
def o_emoji():
    d = otp(6)
    return pick([
        "the text said %s 😅 %s" % (d[:3], d[3:]),
        "code ➡️ %s" % "".join(ch + "\ufe0f\u20e3" for ch in d),
        "got it 🙌 %s 🙌 %s" % (d[:2], d[2:]),
    ])
def o_corr():
    return pick([
        "%s — oh wait that was the old one, newest text says %s" % (otp(6), otp(6)),
        "the code is %s no sorry %s, a second one just came" % (otp(6), otp(6)),
        "ignore what I typed earlier, the verification code is %s" % otp(6),
    ])
def o_call():
    d = otp(6)
    return pick([
        "the automated call read out %s" % " ".join(d),
        "the robot voice said %s" % " ".join(words(d)),
        "voicemail from you guys with the code: %s" % "-".join(d),
    ])
def o_ramble():
    return pick([
        "the code you texted me %s is %s" % (aside(), otp(6)),
        "ok the verification code %s %s" % (aside(), otp(6)),
        "one time passcode %s %s" % (aside(), otp(6)),
    ])
def o_after():
    return pick([
        "I called at %s, spent %s, zip %s, and the code they texted is %s" % (tm(), amount(), zipc(), otp(6)),
        "order %d is still missing. also the text with %s just arrived" % (R.randint(100000, 999999), otp(6)),
        "my number is %s and the code sent to it is %s" % (phone(), otp(6)),
    ])
def o_reply():
    return pick([
        "ok it came: %s" % otp(6),
        "here, from the text: %s" % otp(6),
    ])
fam("otp.event", 8, [("a", o_event)], True, "otp")
fam("otp.pasted", 7, [("a", o_pasted)], True, "otp")
fam("otp.es", 5, [("a", o_es)], True, "otp")
fam("otp.emoji", 3, [("a", o_emoji)], True, "otp")
fam("otp.correction", 3, [("a", o_corr)], True, "otp")
fam("otp.spoken", 3, [("a", o_call)], True, "otp")
fam("otp.ramble", 3, [("a", o_ramble)], True, "otp")
fam("otp.after_harmless", 3, [("a", o_after)], True, "otp")
fam("otp.reply", 2, [("a", o_reply)], True, "otp")

# ================================================================ SENSITIVE: password
def p_letters():
    return pick([
        "my password is %s" % pw_letters(),
        "pw: %s" % pw_letters(),
        "password = %s (all lowercase)" % pw_letters(),
        "login pass is just %s" % pw_letters(),
        "it's %s, that's my password for everything honestly" % pw_letters(),
    ])
def p_typo():
    return pick([
        "pasword is %s" % pw_mixed(),
        "my passwrd: %s" % pw_mixed(),
        "pword %s" % pw_mixed(),
        "passowrd = %s" % pw_mixed(),
        "my pssword is %s" % pw_letters(),
    ])
def p_pin():
    return pick([
        "PIN is %s" % pin(),
        "my pin's %s" % pin(),
        "atm pin = %s" % pin(),
        "the PIN I set was %s" % pin(),
        "pin number %s" % pin(),
    ])
def p_spaced():
    w = R.choice([pw_letters(), pw_mixed()])
    return pick([
        "password: %s" % " ".join(w),
        "pw is %s (spaced so you can read it)" % " ".join(w),
        "it's %s - that's the password" % "-".join(w),
    ])
def p_es():
    return pick([
        "mi contraseña es %s" % R.choice(ES_WORDS),
        "la clave es %s" % pin(),
        "mi NIP es %s" % pin(),
        "contraseña: %s" % pw_mixed(),
        "mi clave del app es %s" % pw_mixed(),
        "the password, la contraseña, es %s" % R.choice(ES_WORDS),
    ])
def p_quoted():
    return pick([
        'password "%s"' % pw_mixed(),
        "my password ('%s') stopped working" % pw_mixed(),
        "I typed (%s) as my password and it says wrong" % pw_mixed(),
        "i've been using «%s» as my password" % pw_letters(),
    ])
def p_filler():
    return pick([
        "my password is um like, basically, %s" % pw_mixed(),
        "password is, I mean I think it is, %s" % pw_letters(),
        "my password %s is %s" % (aside(), pw_mixed()),
        "the pass I always use — ok don't judge — %s" % pw_letters(),
    ])
def p_login():
    return pick([
        "login: jsmith%d / %s" % (R.randint(10, 99), pw_mixed()),
        "username maria.g%d password %s" % (R.randint(10, 99), pw_mixed()),
        "user id kd%d, pass %s" % (R.randint(100, 999), pw_letters()),
    ])
def p_corr():
    return pick([
        "my password is %s wait no I changed it, it's %s now" % (pw_mixed(), pw_mixed()),
        "pin %s... no sorry that's my old card, the new PIN is %s" % (pin(), pin()),
    ])
fam("pw.letters", 6, [("a", p_letters)], True, "password")
fam("pw.typo", 5, [("a", p_typo)], True, "password")
fam("pw.pin", 5, [("a", p_pin)], True, "password")
fam("pw.spaced", 4, [("a", p_spaced)], True, "password")
fam("pw.es", 6, [("a", p_es)], True, "password")
fam("pw.quoted", 4, [("a", p_quoted)], True, "password")
fam("pw.filler", 4, [("a", p_filler)], True, "password")
fam("pw.login", 3, [("a", p_login)], True, "password")
fam("pw.correction", 2, [("a", p_corr)], True, "password")

# ================================================================ HARMLESS
def h_last4():
    return pick([
        "the card ending in %s was declined" % last4(),
        "last four are %s" % last4(),
        "it's the one that ends %s, the blue one" % last4(),
        "card number ends with %s, can you check it?" % last4(),
        "the last 4 digits of my card are %s %s" % (aside(), last4()),
        "sure: %s (last 4 of the card)" % last4(),
        "charged %s on %s to my card ending %s" % (amount(), date(), last4()),
        "card ending %s exp %02d/%d" % (last4(), R.randint(1, 12), R.randint(27, 31)),
    ])
def h_masked():
    l = last4()
    return pick([
        "the statement shows •••• %s" % l,
        "it says xxxx-xxxx-xxxx-%s on the receipt" % l,
        "**** **** **** %s got charged twice" % l,
        "account XXXXXXXXXXXX%s is the one" % l,
        "the email said card ****%s was used at %s" % (l, tm()),
        "Amex •••• •••••• •%s is the business card" % l,
    ])
def h_zip():
    return pick([
        "my zip code is %s" % zipc(),
        "zip %s" % zipc(),
        "the billing code is the zip: %s" % zipc(),
        "postal code %s, I moved recently" % zipc(),
        "zip is %s wait no %s, I always mix them up" % (zipc(), zipc()),
        "sure: %s (that's my zip)" % zipc(),
    ])
def h_amt():
    return pick([
        "I was charged %s on %s at %s" % (amount(), date(), tm()),
        "the payment of %s posted on %s but my balance still shows %s" % (amount(), date(), amount()),
        "my credit limit is %s and I'm at %s" % (amount(), amount()),
        "it buzzed with a fraud alert for %s a sec ago" % amount(),
        "the text said my payment of %s was received" % amount(),
        "statement closing date %s, due %s, minimum %s" % (date(), date(), amount()),
    ])
def h_phone():
    return pick([
        "call me at %s" % phone(),
        "my number is %s" % phone(),
        "text it to %s please" % phone(),
        "the number that texted me was %s, is that really you?" % phone(),
        "update my phone to %s, the old one was %s" % (phone(), phone()),
        "here you go %s (cell)" % phone(),
    ])
def h_order():
    return pick([
        "order #%03d-%07d-%07d never arrived" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)),
        "tracking number 9400 %s %s %s %s %s" % tuple("%04d" % R.randint(0, 9999) for _ in range(5)),
        "UPS tracking 1Z%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPRTVWXY0123456789") for _ in range(6)), "".join(str(R.randint(0, 9)) for _ in range(10))),
        "case number %d" % R.randint(10000000, 99999999),
        "my confirmation number is %s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
        "dispute reference %d-%d" % (R.randint(1000, 9999), R.randint(100000, 999999)),
        "the refund confirmation # was %d" % R.randint(100000000, 999999999),
        "ticket %d, opened %s" % (R.randint(1000000, 9999999), date()),
    ])
def h_acct():
    return pick([
        "account reference AR-%010d" % R.randint(0, 10**10 - 1),
        "my member ID is M%d" % R.randint(10**7, 10**8 - 1),
        "loyalty number %d" % R.randint(10**8, 10**9 - 1),
        "customer ref: %d-%d" % (R.randint(100, 999), R.randint(1000000, 9999999)),
    ])
def h_about_otp():
    return pick([
        "the code never arrived",
        "I never got the text with the code",
        "it buzzed a sec ago but it was just my mom",
        "the text said the code expires in %d minutes, is that normal?" % R.choice([5, 10, 15]),
        "I requested %d codes and none of them came" % R.randint(2, 5),
        "the email with the verification code went to spam I think, let me look",
        "why do you keep texting me codes I didn't ask for?",
        "can you send the one-time code to my email instead of SMS?",
        "the code you sent at %s didn't work" % tm(),
        "I got the text but the code is cut off on my lock screen",
        "my phone number changed so the texts go to %s now" % phone(),
        "the automated call hung up before it read the code",
        "Your verification code is never shared by us — that's what the email says, so is this a scam?",
    ])
def h_about_pw():
    return pick([
        "I forgot my password",
        "my password is not working",
        "my password is expired apparently",
        "my password is wrong? I typed it %d times" % R.randint(2, 6),
        "pw: forgot it lol",
        "my PIN is locked after 3 tries",
        "how do I reset my PIN?",
        "password must be 8-20 characters, mine is %d, why won't it take?" % R.randint(8, 20),
        "I changed my password on %s and now the app won't let me in" % date(),
        "my password is case sensitive right?",
        "olvidé mi contraseña",
        "my pin is the same as my old card's pin, do I need a new one?",
        "the password reset email never came",
    ])
def h_about_cvv():
    return pick([
        "what is a CVV?",
        "where is the security code on an amex?",
        "the three digits on the back are scratched off, I can't read them",
        "is the CID the 4 digits on the front or the back?",
        "the website keeps saying my security code is invalid",
        "do I need the code on the back for a phone order?",
        "my securty code is worn off, can you send a new card?",
        "el código de seguridad está borrado, no se ve",
    ])
def h_about_ssn():
    return pick([
        "do you need my social?",
        "I'd rather not give my SSN over chat",
        "last four of my social are %s" % last4(),
        "why does the application ask for my sosial security number?",
        "can I verify with the last 4 of my SSN instead? it's %s" % last4(),
        "no tengo seguro social, tengo ITIN",
        "I mailed a copy of my SSN card on %s" % date(),
    ])
def h_serial():
    return pick([
        "the card reader serial is SN %d-%d-%d" % (R.randint(1000, 9999), R.randint(1000, 9999), R.randint(1000, 9999)),
        "serial number on the laptop I bought: C02%s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
        "model %d, serial %d" % (R.randint(100, 999), R.randint(10**9, 10**10 - 1)),
        "IMEI on the phone box is %d" % R.randint(10**14, 10**15 - 1),
    ])
def h_flight():
    return pick([
        "flight %s%d on %s got cancelled" % (R.choice(["UA", "AA", "DL", "B6", "WN"]), R.randint(100, 2999), date()),
        "I booked %s %d departing %s, confirmation %s" % (R.choice(["Delta", "United", "JetBlue"]), R.randint(100, 2999), tm(), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))),
        "the hotel charged %s for room %d on %s" % (amount(), R.randint(100, 1299), date()),
    ])
def h_addr():
    return pick([
        "%d Oak Street Apt %d, %s" % (R.randint(10, 9999), R.randint(1, 40), zipc()),
        "ship it to %d W %dth St, New York NY %s" % (R.randint(100, 999), R.randint(10, 120), zipc()),
        "my new address is %d Calle Ocho, Miami FL %s" % (R.randint(100, 9999), zipc()),
        "PO Box %d, %s" % (R.randint(100, 99999), zipc()),
    ])
def h_es():
    return pick([
        "no me llegó el código",
        "mi código postal es %s" % zipc(),
        "la tarjeta que termina en %s" % last4(),
        "mi número de teléfono es %s" % phone(),
        "olvidé mi NIP, ¿cómo lo cambio?",
        "mi clave no funciona desde el %s" % date(),
        "me cobraron %s el %s" % (amount(), date()),
        "el mensaje dice que mi pago de %s fue recibido" % amount(),
        "¿qué es el CVV?",
        "número de pedido %d" % R.randint(1000000, 9999999),
        "me llegó un SMS raro de un número %s, ¿es de ustedes?" % phone(),
        "ya cambié la contraseña ayer a las %s" % tm(),
        "la tarjeta que termina en %s me la cobraron dos veces, %s cada una" % (last4(), amount()),
        "el número de confirmación es %d" % R.randint(10**7, 10**8 - 1),
        "el SMS nunca llegó y ya pedí %d códigos" % R.randint(2, 5),
        "mi dirección es %d Calle Ocho, Miami FL %s" % (R.randint(100, 9999), zipc()),
    ])
def h_codes():
    return pick([
        "the app says error code %d" % R.choice([401, 403, 500, 503, 1004, 2207]),
        "promo code SAVE%d didn't apply" % R.choice([10, 15, 20, 25]),
        "the merchant category code is %d" % R.randint(5000, 5999),
        "SWIFT code %s" % R.choice(["CHASUS33", "BOFAUS3N", "CITIUS33"]),
        "routing number 0%d" % R.randint(10000000, 99999999),
        "discount code WELCOME%d" % R.randint(1, 99),
    ])
def h_reply():
    return pick([
        "here you go: order %d" % R.randint(100000, 999999),
        "sure: %s (zip)" % zipc(),
        "ok: %s is my cell" % phone(),
        "the date was %s, around %s" % (date(), tm()),
        "here you go, ends in %s" % last4(),
        "it was %s exactly" % amount(),
    ])
def h_user():
    return pick([
        "my username is %s%d" % (pw_letters(), R.randint(1, 99)),
        "user ID: %s_%d, I can't remember the password though" % (pw_letters(), R.randint(1, 99)),
        "email on file is %s%d@gmail.com" % (pw_letters(), R.randint(1, 99)),
        "my dog's name is %s, why does that matter for the security question?" % pw_letters().capitalize(),
    ])
def x_es():
    d = card()
    return pick([
        "ok entonces, la tarjeta %s, y el código de atrás %s" % (fmt_card(d), cvv(4 if len(d) == 15 else 3)),
        "I'm at the bank ahorita, the teller needs it, mi social es %s" % fmt_ssn(ssn()),
        "oye me llegó un text con %s, is that the one?" % otp(6),
        "pues my PIN es %s, no sé si sirve" % pin(),
        "la contra del app es %s (sí, así tal cual)" % pw_mixed(),
        "el correo de ustedes dice: \"Su código de acceso es %s\"" % otp(6),
        "número de seguro social %s %s" % (aside(), fmt_ssn(ssn())),
        "mi NIP, wait no, mi clave de internet es %s" % R.choice(ES_WORDS),
        "la de Amex termina... no, mejor te doy todo: %s" % fmt_card(card("amex")),
        "el CVC dice %s, está medio borrado pero se lee" % cvv(),
    ])
KX = {0: "card_number", 1: "ssn", 2: "otp", 3: "password", 4: "password", 5: "otp", 6: "ssn", 7: "password", 8: "card_number", 9: "security_code"}
for i in range(10):
    _CYC["x_es"] = i
    add(x_es(), True, KX[i], "mix.es_codeswitch.%d" % i)

fam("h.last4", 9, [("a", h_last4)], False, None)
fam("h.masked", 8, [("a", h_masked)], False, None)
fam("h.zip", 8, [("a", h_zip)], False, None)
fam("h.amount_date", 7, [("a", h_amt)], False, None)
fam("h.phone", 6, [("a", h_phone)], False, None)
fam("h.order_case", 10, [("a", h_order)], False, None)
fam("h.account_ref", 5, [("a", h_acct)], False, None)
fam("h.about_otp", 13, [("a", h_about_otp)], False, None)
fam("h.about_pw", 13, [("a", h_about_pw)], False, None)
fam("h.about_cvv", 8, [("a", h_about_cvv)], False, None)
fam("h.about_ssn", 7, [("a", h_about_ssn)], False, None)
fam("h.serial", 5, [("a", h_serial)], False, None)
fam("h.flight", 5, [("a", h_flight)], False, None)
fam("h.address", 6, [("a", h_addr)], False, None)
fam("h.es", 16, [("a", h_es)], False, None)
fam("h.other_codes", 6, [("a", h_codes)], False, None)
fam("h.reply", 6, [("a", h_reply)], False, None)
fam("h.username", 4, [("a", h_user)], False, None)
def h_event():
    return pick([
        "it buzzed with a text from %d saying my statement is ready" % R.choice([262966, 81916, 639722]),
        "the text said my card ending %s was used for %s, was that you guys?" % (last4(), amount()),
        "the email said 'your one-time code was requested at %s' but I didn't ask for one" % tm(),
        "got a call from %s asking for my code, I didn't give it, is that a scam?" % phone(),
        "the SMS says to call %s about suspicious activity" % phone(),
        "el mensaje decía que mi código vence en %d minutos" % R.choice([5, 10]),
    ])
def h_hint():
    return pick([
        "my password has my dog's name in it, does that matter?",
        "my PIN is 4 digits right? not 6?",
        "is my password supposed to have a symbol? mine doesn't",
        "the password I set on %s isn't working anymore" % date(),
        "my pin should be the same one I use at the ATM, right?",
        "pasword reset link expired after %d minutes" % R.choice([15, 30, 60]),
    ])
fam("h.event_no_secret", 6, [("a", h_event)], False, None)
fam("h.pw_hint", 6, [("a", h_hint)], False, None)

# dedupe, keep order
seen, out = set(), []
for r in ROWS:
    if r["text"] in seen: continue
    seen.add(r["text"]); out.append(r)
R.shuffle(out)
with open(OUT, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(OUT, len(out))
