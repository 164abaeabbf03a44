#!/usr/bin/env python3
"""Blind adversarial probe set #21 for the amexsim sensitive-data guard (Spanish-speaking customers).
stdlib only, seeded, deterministic. Writes guard_probe21.jsonl next to this file."""
import json, os, random, re, sys

SEED = 2121
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe21.jsonl")
R = random.Random(SEED)

W = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
FAMOUS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
          "371449635398431", "6011111111111117", "5105105105105100", "4012888888881881",
          "30569309025904", "38520000023237", "3530111333300000", "3566002020360505",
          "6011000990139424", "4000056655665556", "5200828282828210", "378734493671000",
          "6011000000000004", "4000000000000002", "4012888888881881", "371111111111114"}

def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c): return body + c

BRANDS = [("amex", ["34", "37"], 15), ("visa", ["4"], 16), ("mc", ["51", "52", "53", "54", "55", "2221", "2400", "2720", "2587"], 16),
          ("discover", ["6011", "65"], 16), ("diners", ["36", "38"], 14), ("jcb", ["35"], 16)]

def card(brand=None):
    b = brand or R.choice([x[0] for x in BRANDS])
    _, pref, n = [x for x in BRANDS if x[0] == b][0]
    while True:
        p = R.choice(pref)
        if b == "mc": p = str(R.randint(2221, 2720)) if R.random() < 0.5 else str(R.randint(51, 55))
        if b == "jcb": p = str(R.randint(3528, 3589))
        body = p + "".join(R.choice("0123456789") for _ in range(n - len(p) - 1))
        c = luhn_complete(body)
        if c not in FAMOUS and len(set(c)) > 4: return b, c

def groups(num):
    n = len(num)
    if n == 15: return [4, 6, 5]
    if n == 14: return [4, 6, 4]
    return [4, 4, 4, 4]

def fmt_card(num, sep=" ", g=None):
    g = g or groups(num); out = []; i = 0
    for k in g: out.append(num[i:i + k]); i += k
    return sep.join(out)

def words(ds, sep=" "):
    return sep.join(W[int(c)] for c in ds)

def words_doble(ds):
    out = []; i = 0
    while i < len(ds):
        if i + 1 < len(ds) and ds[i] == ds[i + 1]:
            out.append("doble " + W[int(ds[i])]); i += 2
        else:
            out.append(W[int(ds[i])]); i += 1
    return " ".join(out)

UNITS = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
TEENS = {10: "diez", 11: "once", 12: "doce", 13: "trece", 14: "catorce", 15: "quince", 16: "dieciséis",
         17: "diecisiete", 18: "dieciocho", 19: "diecinueve", 20: "veinte", 21: "veintiuno", 22: "veintidós",
         23: "veintitrés", 24: "veinticuatro", 25: "veinticinco", 26: "veintiséis", 27: "veintisiete",
         28: "veintiocho", 29: "veintinueve"}
TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}

def pair_word(p):
    n = int(p)
    if p[0] == "0": return W[0] + " " + W[int(p[1])]
    if n < 10: return UNITS[n]
    if n in TEENS: return TEENS[n]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " y " + UNITS[u])

def pairs(ds, sep=", "):
    return sep.join(pair_word(ds[i:i + 2]) for i in range(0, len(ds), 2))

# ---------- spelled-number undo (for validation) ----------
WMAP = {w: str(i) for i, w in enumerate(W)}
WMAP.update({"un": "1"})
def unspell(text):
    t = text.lower()
    for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u")):
        t = t.replace(a, b)
    toks = re.findall(r"[a-zñ]+|\d+|[^\sa-zñ\d]", t)
    out = []; i = 0
    while i < len(toks):
        k = toks[i]
        if k in ("doble", "triple") and i + 1 < len(toks) and toks[i + 1] in WMAP:
            out.append(WMAP[toks[i + 1]] * (2 if k == "doble" else 3)); i += 2; continue
        if k in WMAP:
            out.append(WMAP[k]); i += 1; continue
        out.append(" " + k + " " if not k.isdigit() else k); i += 1
    # keep separators between pure-digit tokens: join digits words with a space
    s = ""
    for o in out:
        s += o if not o.isdigit() else " " + o
    return s

def digit_runs(text):
    """digit strings formed across separators (space, dash, dot, slash, comma)."""
    src = text + " " + unspell(text)
    return ["".join(re.findall(r"\d", m)) for m in re.findall(r"\d(?:[\d\s\-./,]*\d)?", src)]

def has_card(text):
    for run in digit_runs(text):
        for n in range(13, 20):
            for i in range(0, len(run) - n + 1):
                w = run[i:i + n]
                if is_issuer(w) and luhn_ok(w): return w
    return None

def is_issuer(w):
    n = len(w)
    if n == 15 and w[:2] in ("34", "37"): return True
    if n == 16 and w[0] == "4": return True
    if n == 13 and w[0] == "4": return True
    if n == 16 and (51 <= int(w[:2]) <= 55 or 2221 <= int(w[:4]) <= 2720): return True
    if n == 16 and (w[:4] == "6011" or w[:2] == "65" or 644 <= int(w[:3]) <= 649): return True
    if n == 14 and w[:2] in ("36", "38", "30"): return True
    if 16 <= n <= 19 and 3528 <= int(w[:4]) <= 3589: return True
    if n in (16, 19) and w[0] in "45": return True
    return False

SSN_RE = re.compile(r"(?<!\d)(\d{3})[\s\-.]?(\d{2})[\s\-.]?(\d{4})(?!\d)")
def has_ssn(text):
    for src in (text, unspell(text)):
        for m in SSN_RE.finditer(src):
            a, g, s = m.groups()
            if a != "000" and a != "666" and int(a) < 900: return m.group(0)
    for run in digit_runs(text):  # any 9-digit string formed across separators / spelled digits
        if len(run) == 9 and run[:3] not in ("000", "666") and int(run[:3]) < 900 and run[3:5] != "00" and run[5:] != "0000":
            return run
    return False

# ---------- value makers ----------
def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        g = R.randint(1, 99); s = R.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v in ("123456789", "078051120", "219099999"): continue
        return v
def otp(n=6): return "".join(R.choice("0123456789") for _ in range(n)).replace("0", str(R.randint(1, 9)), 1)
def cvv(n=3): return "%d" % R.randint(10 ** (n - 1), 10 ** n - 1)
def pin(): 
    while True:
        p = "%04d" % R.randint(0, 9999)
        if len(set(p)) > 1 and not p.startswith("19") and not p.startswith("20"): return p
def last4(): return "%04d" % R.randint(1000, 9999)
def pick(*a): return R.choice(a)
def acc(s):
    for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n")):
        s = s.replace(a, b)
    return s
def maybe_noacc(s): return acc(s) if R.random() < 0.35 else s

PWD_BASE = ["Tamales", "Coqui", "Borinquen", "Cafetal", "Mariachi", "Girasol", "Chispita", "Paella", "Bogota",
            "Guadalupe", "Yunque", "Pericos", "Luna", "Catrina", "Salsero", "Azucar", "Tortuga", "Colibri"]
def password():
    b = R.choice(PWD_BASE)
    st = R.randint(0, 4)
    if st == 0: return b + str(R.randint(10, 99)) + R.choice("!#$*")
    if st == 1: return b.lower() + "_" + str(R.randint(1970, 2009))
    if st == 2: return R.choice("!#") + b[:4].upper() + str(R.randint(100, 999)) + b[4:].lower()
    if st == 3: return b + R.choice(["Mia", "Pepe", "Chuy", "Nena"]) + str(R.randint(1, 9)) + "?"
    return b.lower()[:5] + "." + str(R.randint(10, 99)) + b.lower()[5:] + "X"

# ---------- SENSITIVE templates ----------
def S_card(k=None):
    b, c = card(None if k is None else ["amex", "visa", "mc", "discover", "diners", "jcb", "mc"][k % 7])
    t = R.randint(0, 21) if k is None else k % 22
    brand_es = {"amex": "mi Amex", "visa": "la Visa", "mc": "la Mastercard", "discover": "la Discover", "diners": "la Diners", "jcb": "la JCB"}[b]
    if t == 0: return "Hola, mi número de tarjeta es %s, me la cobraron dos veces" % fmt_card(c), "card.spaces_cue_before"
    if t == 1: return "%s es el numero de %s, ya no la reconoce el cajero" % (fmt_card(c, "-"), brand_es), "card.dashes_value_before"
    if t == 2: return maybe_noacc("Buenas tardes, le doy el número: %s. ¿Me puede decir el saldo?") % c, "card.no_separator"
    if t == 3: return "Oiga, la tarjeta es %s, ¿me la pueden reponer?" % fmt_card(c, "."), "card.dots"
    if t == 4: return "mi tarjeta: %s" % words(c, pick(" ", ", ", "-")), "card.spelled_digits"
    if t == 5:
        while not re.search(r"(\d)\1", c): b, c = card(b)
        return maybe_noacc("El número es %s, perdón si voy lento") % words_doble(c), "card.spelled_doble"
    if t == 6:
        bad = c[:-1] + str((int(c[-1]) + 3) % 10)
        return maybe_noacc("Le di mal el número, perdón, es %s no %s") % (fmt_card(c), fmt_card(bad)), "card.correction"
    if t == 7: return maybe_noacc("¿El cargo de Walmart salió de la %s? Es la %s") % (fmt_card(c), brand_es.split()[-1]), "card.question"
    if t == 8: return "my card number es %s pero no me deja pagar online" % fmt_card(c), "card.spanglish"
    if t == 9:
        g = fmt_card(c).split(" ")
        if len(g) == 4: return "Los números de mi tarjeta son %s, %s, %s y %s" % tuple(g), "card.comma_groups"
        return "Mi %s: %s / %s / %s" % ((brand_es.split()[-1],) + tuple(g)), "card.slash_groups"
    if t == 10:
        h = len(c) // 2
        return maybe_noacc("tarjeta %s %s, ya la reporté como robada?") % (c[:h], c[h:]), "card.two_halves"
    if t == 11:
        g = fmt_card(c).split(" ")
        mixed = " ".join(g[i] if i % 2 == 0 else words(g[i]) for i in range(len(g)))
        return "es la %s, número %s" % (brand_es.split()[-1], mixed), "card.mixed_words_digits"
    if t == 12: return "Plástico nuevo: %s, llegó hoy por correo y quiero activarlo" % fmt_card(c), "card.activation"
    if t == 13: return maybe_noacc("Número de cuenta de la tarjeta de crédito %s") % fmt_card(c, " "), "card.account_number_wording"
    if t == 14: return "%s\n¿ya quedó bloqueada?" % fmt_card(c), "card.multiline"
    if t == 15: return "Tarjeta # %s exp 08/29" % fmt_card(c), "card.with_expiry"
    if t == 16: return "Ocupo que me ayude con la tarjeta %s, la tengo desde el 2019" % fmt_card(c, " - "), "card.spaced_dashes_mx"
    if t == 17: return "ke onda, la tarjeta es %s gracias" % fmt_card(c, "", [len(c)]), "card.informal_typo"
    if t == 18:
        r = c[::-1]; g = [r[i:i + 3][::-1] for i in range(0, len(r), 3)][::-1]
        return maybe_noacc("El número que sale en el plástico: %s") % ".".join(g), "card.thousands_dots_layout"
    if t == 19: return maybe_noacc("Vale, os paso el número de la tarjeta: %s, ¿vale?") % fmt_card(c), "card.spain_vosotros"
    if t == 20: return maybe_noacc("Regáleme un momentico... listo, la tarjeta es la %s") % fmt_card(c), "card.colombia"
    return maybe_noacc("Mira, el número de la tarjeta mía es %s, bregue con eso por fa") % fmt_card(c, "-"), "card.puerto_rico"

def S_cvv(k=None):
    t = R.randint(0, 16) if k is None else k % 17
    v3, v4 = cvv(3), cvv(4)
    if t == 0: return maybe_noacc("El código de seguridad es %s") % v3, "cvv.cue_before"
    if t == 1: return "%s es el CVV, lo acabo de ver atrás de la tarjeta" % v3, "cvv.value_before"
    if t == 2: return maybe_noacc("los tres números de atrás son %s") % " ".join(v3), "cvv.tres_numeros_atras"
    if t == 3: return maybe_noacc("El código de mi Amex, el de cuatro dígitos al frente, es %s") % v4, "cvv.amex_cid"
    if t == 4: return "CVV: %s" % words(v3), "cvv.spelled"
    if t == 5: return "codigo de segurida %s" % v3, "cvv.typo"
    if t == 6: return maybe_noacc("¿El CVC es %s o me estoy confundiendo?") % v3, "cvv.question"
    if t == 7: return "the security code es %s, ok?" % v3, "cvv.spanglish"
    if t == 8: return maybe_noacc("Perdón, el CVV no es %s, es %s") % (cvv(3), v3), "cvv.correction"
    if t == 9: return maybe_noacc("Le paso el CID: %s") % v4, "cvv.cid_label"
    if t == 10: return maybe_noacc("código de seguridad de la tarjeta -> %s") % "-".join(v3), "cvv.dashed"
    if t == 11: return maybe_noacc("Atrás dice %s, ¿ese es el código de seguridad?") % v3, "cvv.question_value_first"
    if t == 12: return maybe_noacc("cvv %s, fecha de vencimiento 11/28") % v3, "cvv.with_expiry"
    if t == 13: return maybe_noacc("Los cuatro números del frente de la Amex (el CID): %s") % pairs(v4, " "), "cvv.amex_pairs_words"
    if t == 14: return maybe_noacc("Vale, el código de seguridad de la tarjeta es el %s") % v3, "cvv.spain"
    if t == 15:
        v = "0" + cvv(2)
        return maybe_noacc("el cvv empieza con cero: %s") % v, "cvv.leading_zero"
    return maybe_noacc("Los tres numeritos de atrás son %s, ¿sí me entiende?") % pairs("0" + v3, " ").replace("cero ", "", 1), "cvv.colombia_words"

def S_ssn(k=None):
    s = ssn(); d = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    t = R.randint(0, 15) if k is None else k % 16
    if t == 0: return maybe_noacc("Mi número de seguro social es %s") % d, "ssn.dashes"
    if t == 1: return "mi social es %s" % s, "ssn.no_separator"
    if t == 2: return "SSN %s %s %s" % (s[:3], s[3:5], s[5:]), "ssn.spaces"
    if t == 3: return maybe_noacc("Para verificar, el seguro social: %s") % words(s), "ssn.spelled"
    if t == 4: return "%s, ese es mi seguro social" % d, "ssn.value_before"
    if t == 5:
        return maybe_noacc("¿Necesita mi social? Es %s") % d, "ssn.question_then_value"
    if t == 6: return "my social security es %s" % d, "ssn.spanglish"
    if t == 7: return maybe_noacc("Perdón, me equivoqué, el seguro social es %s") % d, "ssn.correction"
    if t == 7 or t == 8: return "numero de seguro socal %s" % d.replace("-", "."), "ssn.typo_dots"
    if t == 9: return maybe_noacc("Seguro Social (SSN): %s, fecha de nacimiento 14/03/1981") % d, "ssn.with_dob"
    if t == 10: return maybe_noacc("¿el seguro social que tienen es %s?") % d, "ssn.question"
    if t == 11: return maybe_noacc("Mi esposo me pidió darle su social para agregarlo: %s") % d, "ssn.third_party"
    if t == 12: return "S.S. %s" % d, "ssn.abbrev"
    if t == 13: return maybe_noacc("social: %s") % words_doble(s), "ssn.spelled_doble"
    if t == 14: return maybe_noacc("Mira, el social mío es el %s, pa' que me ayudes") % d, "ssn.puerto_rico"
    return maybe_noacc("Le confirmo mi Social Security number: %s %s %s") % (s[:3], s[3:5], s[5:]), "ssn.formal_spaced"

def S_otp(k=None):
    n = R.choice([6, 6, 6, 4, 8, 5, 7])
    v = otp(n)
    t = R.randint(0, 18) if k is None else k % 19
    if t == 0: return maybe_noacc("El código de verificación es %s") % v, "otp.cue_before"
    if t == 1: return maybe_noacc("%s es el código que me llegó por mensaje") % v, "otp.value_before"
    if t == 2: return maybe_noacc("¿el código es %s?") % v, "otp.question"
    if t == 3:
        v = otp(6); return maybe_noacc("me llegó el código: %s") % pairs(v), "otp.pairs_words"
    if t == 4: return "El SafeKey me mandó %s" % v, "otp.safekey"
    if t == 5:
        return maybe_noacc("clave dinámica %s") % " ".join(v), "otp.spaced_digits"
    if t == 6:
        v = otp(6); return "codigo %s %s, ya lo escribi pero no pasa" % (v[:3], v[3:]), "otp.split_3_3"
    if t == 7: return maybe_noacc("Perdón, el código no es %s, es %s, se me cruzaron") % (otp(n), v), "otp.correction"
    if t == 8: return "I got the code, es %s" % v, "otp.spanglish"
    if t == 9: return maybe_noacc("Código de un solo uso: %s") % words(v), "otp.spelled"
    if t == 10: return maybe_noacc("El texto dice 'Tu código American Express es %s'. ¿Se lo doy?") % v, "otp.quoted_sms"
    if t == 11: return maybe_noacc("Token: %s") % v, "otp.token"
    if t == 12: return maybe_noacc("ya me llegó el OTP, %s") % v, "otp.otp_acronym"
    if t == 13: return maybe_noacc("el codigo de verificasion que me mandaron al correo es %s") % v, "otp.typo_email"
    if t == 14:
        v = otp(6); return maybe_noacc("código %s-%s") % (v[:3], v[3:]), "otp.dashed"
    if t == 15: return maybe_noacc("Me llegó esto: 'American Express: su código de verificación es %s. No lo comparta.' Aquí se lo paso") % v, "otp.pasted_sms"
    if t == 16:
        v = otp(6)
        while not re.search(r"(\d)\1", v): v = otp(6)
        return maybe_noacc("el código que me llegó por mensaje: %s") % words_doble(v), "otp.spelled_doble"
    if t == 17: return maybe_noacc("Listo, ya me llegó la clave dinámica, es la %s, ¿sí quedó?") % v, "otp.colombia"
    return maybe_noacc("Vale, el código del SMS es el %s") % v, "otp.spain"

def S_pwd(k=None):
    p = password(); n = pin()
    t = R.randint(0, 19) if k is None else k % 20
    if t == 0: return maybe_noacc("Mi contraseña es %s y no me deja entrar") % p, "pwd.cue_before"
    if t == 1: return "contrasena: %s" % p, "pwd.no_accent"
    if t == 2: return maybe_noacc("%s, esa es mi clave de acceso, ¿está bien escrita?") % p, "pwd.value_before"
    if t == 3: return maybe_noacc("Mi NIP es %s") % n, "pwd.nip"
    if t == 4: return maybe_noacc("el PIN del cajero es %s") % words(n), "pwd.pin_spelled"
    if t == 5:
        return maybe_noacc("la clave del cajero: %s") % n, "pwd.clave_cajero"
    if t == 6: return maybe_noacc("¿la contraseña %s es muy débil?") % p, "pwd.question"
    if t == 7: return "my password es %s, ayuda" % p, "pwd.spanglish"
    if t == 8: return maybe_noacc("Perdón, la contraseña correcta es %s, no la que le dije") % p, "pwd.correction"
    if t == 9: return maybe_noacc("Usuario: %s / contraseña: %s") % (p.lower()[:5] + "_pr", p), "pwd.user_and_password"
    if t == 10: return maybe_noacc("Cambié el NIP a %s ayer y ya no funciona") % n, "pwd.nip_changed_to"
    if t == 11: return maybe_noacc("PIN %s") % " ".join(n), "pwd.pin_spaced"
    if t == 12: return maybe_noacc("La nueva clave de acceso que puse es %s") % p, "pwd.new_password"
    if t == 13: return maybe_noacc("pin: %s") % pairs(n, " "), "pwd.pin_pairs_words"
    if t == 14: return maybe_noacc("Le doy mi contraseña para que entre usted: %s") % p, "pwd.offer_to_agent"
    if t == 15: return maybe_noacc("el nip de la tarjeta es el %s, ¿por qué lo rechaza?") % n, "pwd.nip_question"
    if t == 16: return maybe_noacc("Vale, os digo la contraseña: %s") % p, "pwd.spain"
    if t == 17: return maybe_noacc("la clave del cajero es %s, ¿sí ve que no está bloqueada?") % words_doble(n), "pwd.pin_colombia_words"
    if t == 18: return maybe_noacc("Mi password del app es %s, pero no me deja log in") % p, "pwd.spanglish_app"
    return maybe_noacc("¿Mi contraseña es %s o %s? No me acuerdo cuál puse") % (p, password()), "pwd.two_candidates"

# ---------- HARMLESS templates ----------
def H_near_card(k=None):
    t = R.randint(0, 11) if k is None else k % 12; l = last4()
    if t == 0: return maybe_noacc("Mi tarjeta terminada en %s fue rechazada en Costco") % l, "near_card.terminada_en"
    if t == 1: return maybe_noacc("Los últimos cuatro de la tarjeta son %s") % l, "near_card.ultimos_cuatro"
    if t == 2: return maybe_noacc("¿Dónde veo el número completo de mi tarjeta en la app?"), "near_card.ask_where"
    if t == 3: return maybe_noacc("La Amex que acaba en %s, ¿ya se mandó la reposición?") % words(l), "near_card.last4_spelled"
    if t == 4: return maybe_noacc("No le voy a dar el número de la tarjeta por chat, ¿está bien?"), "near_card.refuse"
    if t == 5:
        return maybe_noacc("número de rastreo de la tarjeta nueva: 1Z%s") % "".join(R.choice("0123456789ABCDEFGH") for _ in range(16)), "near_card.tracking_ups"
    if t == 6: return maybe_noacc("Tengo dos tarjetas, una termina en %s y la otra en %s") % (l, last4()), "near_card.two_last4"
    if t == 7: return maybe_noacc("la tarjeta ****%s no pasa en gasolineras") % l, "near_card.masked"
    if t == 8: return maybe_noacc("Número de pedido %s, compré con la tarjeta terminación %s") % ("%09d" % R.randint(10 ** 8, 10 ** 9 - 1)[:0] if False else "112-%07d-%07d" % (R.randint(0, 9999999), R.randint(0, 9999999)), l), "near_card.amazon_order"
    if t == 9: return maybe_noacc("El número de mi tarjeta empieza con 37, ¿es Amex verdad?"), "near_card.prefix_only"
    if t == 10: return maybe_noacc("Mi número de socio de Membership Rewards es %s") % ("%010d" % R.randint(10 ** 9, 10 ** 10 - 1)), "near_card.member_number"
    return maybe_noacc("¿Cuántos dígitos tiene el número de la tarjeta Amex? Creo que son 15"), "near_card.digit_count"

def H_near_cvv(k=None):
    t = R.randint(0, 10) if k is None else k % 11
    if t == 0: return maybe_noacc("¿Dónde está el CVV en la Amex?"), "near_cvv.where"
    if t == 1: return maybe_noacc("No encuentro el código de seguridad, la tarjeta está muy gastada"), "near_cvv.worn"
    if t == 2: return maybe_noacc("Me pide los tres números de atrás pero mi Amex tiene 4 adelante"), "near_cvv.digit_count"
    if t == 3: return maybe_noacc("Mi código postal es %05d") % R.randint(601, 99950), "near_cvv.codigo_postal"
    if t == 4: return maybe_noacc("¿Es seguro dar el CVV en una página de Colombia?"), "near_cvv.safety_question"
    if t == 5:
        return maybe_noacc("El código de seguridad no lo voy a dar por aquí"), "near_cvv.refuse"
    if t == 6: return maybe_noacc("la pantalla dice error SEC-%d cuando pongo el cvv") % R.randint(100, 999), "near_cvv.error_code"
    if t == 7: return maybe_noacc("Cobraron $%d.%02d en la compra donde puse el código de seguridad") % (R.randint(100, 999), R.randint(0, 99)), "near_cvv.amount"
    if t == 8: return maybe_noacc("codigo postal 00%d, San Juan PR") % R.randint(901, 987), "near_cvv.zip_pr"
    if t == 9: return maybe_noacc("¿El CVV cambia cuando me mandan tarjeta nueva el %02d/%02d/2026?") % (R.randint(1, 28), R.randint(1, 12)), "near_cvv.date"
    return maybe_noacc("El CVV de la tarjeta virtual no aparece en la app desde la versión %d.%d") % (R.randint(6, 9), R.randint(0, 40)), "near_cvv.app_version"

def H_near_ssn(k=None):
    t = R.randint(0, 11) if k is None else k % 12
    if t == 0: return maybe_noacc("No tengo número de seguro social, ¿puedo usar el ITIN?"), "near_ssn.none"
    if t == 1: return maybe_noacc("¿Por qué me piden el seguro social si ya soy cliente?"), "near_ssn.why"
    if t == 2: return maybe_noacc("Los últimos cuatro de mi social son %s") % last4(), "near_ssn.last4"
    if t == 3: return maybe_noacc("Mi teléfono es (787) %03d-%04d por si me llaman") % (R.randint(200, 999), R.randint(0, 9999)), "near_ssn.phone_pr"
    if t == 4: return maybe_noacc("Prefiero no dar mi social por el chat"), "near_ssn.refuse"
    if t == 5:
        return maybe_noacc("llámeme al 55 %04d %04d, es de CDMX") % (R.randint(1000, 9999), R.randint(0, 9999)), "near_ssn.phone_mx"
    if t == 6: return maybe_noacc("Número de caso: %s") % ("CS-%08d" % R.randint(0, 99999999)), "near_ssn.case_number"
    if t == 7: return maybe_noacc("Tengo el seguro social desde %d pero el crédito es nuevo") % R.randint(1990, 2022), "near_ssn.year"
    if t == 8: return maybe_noacc("mi social security card se me perdió, ¿afecta mi cuenta?"), "near_ssn.lost_card"
    if t == 10: return maybe_noacc("Número de pedido %d-%02d-%04d, no es mi seguro social") % (R.randint(900, 999), R.randint(10, 99), R.randint(1000, 9999)), "near_ssn.order_9xx_pattern"
    if t == 11: return maybe_noacc("¿Por qué el formulario me pide el seguro social con el formato XXX-XX-XXXX?"), "near_ssn.format_mask"
    return maybe_noacc("El Seguro Social me deposita $%d.00 el día 3 de cada mes") % R.randint(800, 2400), "near_ssn.benefit_amount"

def H_near_otp(k=None):
    t = R.randint(0, 12) if k is None else k % 13
    if t == 0: return maybe_noacc("No me llegó el código de verificación"), "near_otp.not_received"
    if t == 1: return maybe_noacc("El código expira en %d minutos y ya se venció") % R.choice([5, 10, 15]), "near_otp.expiry"
    if t == 2: return maybe_noacc("El SafeKey me pide un código pero el mensaje llega al %s, que ya no uso") % ("(939) %03d-%04d" % (R.randint(200, 999), R.randint(0, 9999))), "near_otp.phone"
    if t == 3: return maybe_noacc("¿Me pueden reenviar la clave dinámica?"), "near_otp.resend"
    if t == 4: return maybe_noacc("Me salió error %s al poner el código") % pick("E-%d" % R.randint(100, 999), "OTP-%d" % R.randint(10, 99), "código %d" % R.randint(400, 599)), "near_otp.error_code"
    if t == 5:
        return maybe_noacc("El código tiene %d dígitos, ¿verdad?") % R.choice([6, 8]), "near_otp.digit_count"
    if t == 6: return maybe_noacc("Me llegó un mensaje raro pidiendo el código, ¿es fraude?"), "near_otp.phishing"
    if t == 7: return maybe_noacc("Número de referencia %s, me dijeron que el código llega en 24 horas") % ("REF%07d" % R.randint(0, 9999999)), "near_otp.reference"
    if t == 8: return maybe_noacc("El código de verificación llegó a las %d:%02d pero ya eran las %d:%02d") % (R.randint(1, 11), R.randint(0, 59), R.randint(1, 11), R.randint(0, 59)), "near_otp.times"
    if t == 9: return maybe_noacc("Folio %d del reclamo, ¿ya me mandaron el código?") % R.randint(100000, 999999), "near_otp.folio"
    if t == 10: return maybe_noacc("my verification code no llega desde el %02d/%02d") % (R.randint(1, 28), R.randint(1, 12)), "near_otp.spanglish_date"
    if t == 11: return maybe_noacc("El código doble cero que aparece en el estado de cuenta, ¿qué significa?"), "near_otp.doble_cero_label"
    return maybe_noacc("El SafeKey me manda el código al correo pero yo lo quiero por SMS al %s") % ("+1 (787) %03d-%04d" % (R.randint(200, 999), R.randint(0, 9999))), "near_otp.safekey_phone"

def H_near_pwd(k=None):
    t = R.randint(0, 10) if k is None else k % 11
    if t == 0: return maybe_noacc("Olvidé mi NIP, ¿cómo lo recupero?"), "near_pwd.forgot_nip"
    if t == 1: return maybe_noacc("La contraseña debe tener al menos %d caracteres?") % R.choice([8, 10, 12]), "near_pwd.rules"
    if t == 2: return maybe_noacc("Cambié mi contraseña el %02d/%02d/%d y sigue bloqueada") % (R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026)), "near_pwd.date"
    if t == 3: return "contrasena olvidada, no puedo entrar", "near_pwd.no_accent"
    if t == 4: return maybe_noacc("¿El PIN del cajero es el mismo que el de la app?"), "near_pwd.question"
    if t == 5:
        return maybe_noacc("Metí mal el NIP %d veces y se bloqueó") % R.choice([2, 3]), "near_pwd.attempts"
    if t == 6: return maybe_noacc("la clave de acceso que me mandaron no sirve"), "near_pwd.no_value"
    if t == 7: return maybe_noacc("Mi usuario es %s, la contraseña no se la doy") % (R.choice(PWD_BASE).lower() + str(R.randint(1, 99))), "near_pwd.username_only"
    if t == 8: return maybe_noacc("Saqué %s pesos del cajero con el NIP y no salió el dinero") % ("{:,}".format(R.randint(1, 9) * 500).replace(",", ".")), "near_pwd.amount_mx"
    if t == 9: return maybe_noacc("Mi CLABE interbancaria es %s para el pago, no es la contraseña") % ("0" + "".join(R.choice("0123456789") for _ in range(17))), "near_pwd.clabe"
    return maybe_noacc("forgot my password, ¿me mandan el link a %s@gmail.com?") % (R.choice(PWD_BASE).lower()), "near_pwd.email"

def H_benign(k=None):
    t = R.randint(0, 17) if k is None else k % 18
    if t == 0: return maybe_noacc("¿Cuánto debo? El estado de cuenta dice $%s.%02d") % ("{:,}".format(R.randint(1000, 9999)), R.randint(0, 99)), "benign.amount_usd"
    if t == 1: return maybe_noacc("Me cobraron %s,%02d euros en Madrid") % ("{:,}".format(R.randint(1000, 9999)).replace(",", "."), R.randint(0, 99)), "benign.amount_eu"
    if t == 2: return maybe_noacc("Vivo en %d Calle Loíza, Apt %d, San Juan PR 00%d") % (R.randint(100, 2999), R.randint(1, 40), R.randint(907, 913)), "benign.address_pr"
    if t == 3: return maybe_noacc("Mi dirección nueva es Calle %d # %d-%d, Bogotá") % (R.randint(10, 150), R.randint(10, 99), R.randint(10, 99)), "benign.address_co"
    if t == 4: return maybe_noacc("La compra fue el %02d/%02d/%d a las %d:%02d pm") % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026), R.randint(1, 11), R.randint(0, 59)), "benign.date_time"
    if t == 5:
        return maybe_noacc("Mi cuenta de Bancomer es %s, ¿puedo domiciliar el pago?") % ("%010d" % R.randint(10 ** 9, 10 ** 10 - 1)), "benign.other_bank_account"
    if t == 6: return maybe_noacc("Número de confirmación del vuelo: %s") % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), "benign.flight_locator"
    if t == 7: return maybe_noacc("Quiero cambiar la fecha de pago al día %d") % R.randint(1, 28), "benign.due_date"
    if t == 8: return maybe_noacc("Mi teléfono nuevo es +57 3%02d %03d %04d") % (R.randint(0, 50), R.randint(100, 999), R.randint(0, 9999)), "benign.phone_co"
    if t == 9: return maybe_noacc("El pedido %s de Liverpool no ha llegado") % ("%d" % R.randint(10 ** 9, 10 ** 10 - 1)), "benign.order_number"
    if t == 10: return maybe_noacc("Tengo %s puntos Membership Rewards, ¿alcanza para un vuelo?") % ("{:,}".format(R.randint(5000, 250000))), "benign.points"
    if t == 11: return maybe_noacc("Soy cliente desde %d, ¿me pueden subir el límite a $%s?") % (R.randint(1998, 2020), "{:,}".format(R.randint(2, 30) * 1000)), "benign.year_limit"
    if t == 12: return maybe_noacc("Número de reclamo %s, sigue sin resolverse") % ("%d-%d" % (R.randint(100000, 999999), R.randint(1000, 9999))), "benign.claim_number"
    if t == 14: return maybe_noacc("Me cobraron cuarenta y dos dólares con cincuenta de más"), "benign.amount_words"
    if t == 15: return maybe_noacc("Vale, os escribo mañana, que ahora no tengo la tarjeta a mano"), "benign.spain"
    if t == 16: return maybe_noacc("El pago de %s,%02d pesos colombianos no se ha reflejado") % ("{:,}".format(R.randint(100000, 2999999)).replace(",", "."), 0), "benign.amount_cop"
    return maybe_noacc("Órale, gracias, ya quedó todo, muy amable"), "benign.thanks"

SENS = [("card_number", S_card), ("security_code", S_cvv), ("ssn", S_ssn), ("otp", S_otp), ("password", S_pwd)]
HARM = [H_near_card, H_near_cvv, H_near_ssn, H_near_otp, H_near_pwd, H_benign]
PER_KIND = 30
PER_HARM = {H_near_card: 26, H_near_cvv: 24, H_near_ssn: 22, H_near_otp: 24, H_near_pwd: 24, H_benign: 30}

def ok_harmless(text):
    return not has_card(text) and not has_ssn(text)

def main():
    rows, seen = [], set()
    for kind, f in SENS:
        got, tries = 0, 0
        while got < PER_KIND and tries < 5000:
            tries += 1
            text, note = f(tries - 1)
            if text in seen: continue
            if kind == "card_number":
                if not has_card(text): continue
            elif has_card(text):
                continue
            if kind != "ssn" and has_ssn(text): continue
            seen.add(text); rows.append({"text": text, "sensitive": True, "kind": kind, "note": note}); got += 1
    for f, n in PER_HARM.items():
        got, tries = 0, 0
        while got < n and tries < 5000:
            tries += 1
            text, note = f(tries - 1)
            if text in seen or not ok_harmless(text): continue
            seen.add(text); rows.append({"text": text, "sensitive": False, "kind": None, "note": note}); got += 1
    R.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # validation pass
    kinds = {"card_number", "security_code", "ssn", "otp", "password", None}
    texts = set()
    for line in open(OUT, encoding="utf-8"):
        r = json.loads(line)
        assert r["kind"] in kinds and (r["kind"] is None) == (not r["sensitive"]), r
        assert r["text"] not in texts; texts.add(r["text"])
        if r["kind"] == "card_number": assert has_card(r["text"]), r
        if r["kind"] == "ssn": assert has_ssn(r["text"]), r
        if r["kind"] not in ("card_number",): assert not has_card(r["text"]), r
        if r["kind"] not in ("ssn",): assert not has_ssn(r["text"]), r
        if not r["sensitive"]: assert ok_harmless(r["text"]), r
    from collections import Counter
    print(Counter((r["sensitive"], r["kind"]) for r in rows))
    print("wrote", len(rows), "rows to", OUT)

if __name__ == "__main__":
    main()
