#!/usr/bin/env python3
"""Blind adversarial probe set 17 for the amexsim sensitive-data guard.
Theme: travellers / international customers. Stdlib only, seeded, deterministic.
Writes guard_probe17.jsonl next to this script."""
import json, os, random, re, unicodedata

SEED = 17017
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe17.jsonl")

NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"
FAMOUS = {"4111111111111111", "4012888888881881", "4242424242424242", "5555555555554444",
          "5105105105105100", "378282246310005", "371449635398431", "378734493671000",
          "6011111111111117", "6011000990139424", "30569309025904", "38520000023237",
          "3530111333300000", "3566002020360505", "4000056655665556", "5200828282828210",
          "2223003122003222", "4222222222222", "36227206271667", "6011981111111113"}
BAD_SSN = {"123456789", "078051120", "219099999", "111111111", "987654321"}

# ---------------------------------------------------------------- helpers
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9: n -= 9
        s += n; alt = not alt
    return s % 10 == 0

def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c

CARD_SPECS = [("amex", ["34", "37"], 15), ("visa", ["4"], 16), ("mc", ["51", "52", "53", "54", "55"], 16),
              ("mc2", [str(x) for x in range(2221, 2721)], 16), ("disc", ["6011", "65"], 16),
              ("diners", ["36", "38"], 14), ("jcb", ["35"], 16)]
SPEC = {k: (p, n) for k, p, n in CARD_SPECS}

def card(brand=None):
    while True:
        b = brand or R.choice(["amex", "amex", "visa", "visa", "mc", "mc2", "disc", "diners", "jcb"])
        prefs, n = SPEC[b]
        p = R.choice(prefs)
        if b == "jcb":
            p = "35" + str(R.randint(28, 89))
        body = p + "".join(R.choice("0123456789") for _ in range(n - 1 - len(p)))
        d = body + luhn_digit(body)
        if d not in FAMOUS and len(set(d[-8:])) > 2:
            return d

def groups_for(n, style):
    if style == "std":
        return {15: [4, 6, 5], 14: [4, 6, 4]}.get(n, [4, 4, 4, 4])
    if style == "odd":
        return R.choice({15: [[3, 4, 4, 4], [5, 5, 5], [2, 4, 4, 5]], 14: [[2, 4, 4, 4], [7, 7], [3, 3, 4, 4]]}
                        .get(n, [[2, 6, 4, 4], [3, 3, 3, 3, 4], [8, 8], [4, 2, 2, 4, 4], [6, 6, 4]]))
    return [4, 4, 4, 4]

def layout(d, sep, style="std"):
    gs = groups_for(len(d), style)
    if sum(gs) != len(d):
        gs = groups_for(len(d), "std")
    out, i = [], 0
    for g in gs:
        out.append(d[i:i + g]); i += g
    return sep.join(out)

FW = str.maketrans("0123456789", "０１２３４５６７８９")
def fullwidth(s): return s.translate(FW)

def digits_only(s):
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", s))

def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v not in BAD_SSN:
            return v

def ssn_fmt(v, sep="-"):
    return v[:3] + sep + v[3:5] + sep + v[5:]

def num(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))

def iban(cc, bban):
    rearr = bban + cc + "00"
    conv = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(conv) % 97
    raw = "%s%02d%s" % (cc, chk, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

def rand_iban():
    cc, fmt = R.choice([("DE", "18n"), ("ES", "20n"), ("FR", "23n"), ("IT", "Xn22"), ("NL", "AAAA10n"),
                        ("PT", "21n"), ("GB", "BBBB14n"), ("PL", "24n"), ("IE", "BBBB14n")])
    if fmt.endswith("n") and fmt[:-1].isdigit():
        bban = num(int(fmt[:-1]), "0123456789")
    elif fmt.startswith("X"):
        bban = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + num(22, "0123456789")
    elif fmt.startswith("AAAA"):
        bban = R.choice(["ABNA", "RABO", "INGB", "TRIO"]) + num(10, "0123456789")
    else:
        bban = R.choice(["WEST", "BARC", "HSBC", "NWBK", "AIBK", "BOFI"]) + num(14, "0123456789")
    return cc, iban(cc, bban)

def phone():
    return R.choice([
        lambda: "+44 20 7946 %04d" % R.randint(0, 9999),
        lambda: "+81 3-%04d-%04d" % (R.randint(1000, 9999), R.randint(0, 9999)),
        lambda: "0049 30 %d" % R.randint(100000, 9999999),
        lambda: "+34 6%02d %03d %03d" % (R.randint(0, 99), R.randint(0, 999), R.randint(0, 999)),
        lambda: "+39 06 %04d %04d" % (R.randint(0, 9999), R.randint(0, 9999)),
        lambda: "+31 20 %03d %04d" % (R.randint(100, 999), R.randint(0, 9999)),
        lambda: "+48 22 %03d %02d %02d" % (R.randint(100, 999), R.randint(0, 99), R.randint(0, 99)),
        lambda: "+52 55 %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999)),
        lambda: "+86 10 %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999)),
        lambda: "+351 21 %03d %04d" % (R.randint(100, 999), R.randint(0, 9999)),
        lambda: "+33 1 %02d %02d %02d %02d" % tuple(R.randint(10, 99) for _ in range(4)),
        lambda: "(+57) 601 %03d %04d" % (R.randint(100, 999), R.randint(0, 9999)),
    ])()

def date_eu():
    return "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.choice([2026, 2027]))

def date_iso():
    return "%d-%02d-%02d" % (R.choice([2026, 2027]), R.randint(1, 12), R.randint(1, 28))

def amount():
    return R.choice([
        lambda: "%s,%02d €" % ("{:,}".format(R.randint(10, 4999)).replace(",", "."), R.randint(0, 99)),
        lambda: "¥%s" % "{:,}".format(R.randint(5, 300) * 100),
        lambda: "£%d.%02d" % (R.randint(3, 900), R.randint(0, 99)),
        lambda: "%d,%02d EUR" % (R.randint(5, 999), R.randint(0, 99)),
        lambda: "MXN $%s.%02d" % ("{:,}".format(R.randint(100, 25000)), R.randint(0, 99)),
        lambda: "%d,%02d zł" % (R.randint(10, 2000), R.randint(0, 99)),
        lambda: "CHF %d.%02d" % (R.randint(5, 900), R.randint(0, 99)),
        lambda: "¥%d 元" % R.randint(20, 5000),
    ])()

CITY = ["Lisboa", "Madrid", "Roma", "Milano", "Amsterdam", "Kraków", "Tokio", "Osaka", "Shanghái", "Ciudad de México",
        "Bogotá", "Buenos Aires", "Londres", "París", "Berlín", "Barcelona", "Oporto", "Warszawa", "Kyoto", "Beijing"]
AIR = ["IB", "UX", "AZ", "KL", "LO", "JL", "NH", "CA", "MU", "AM", "AV", "TP", "BA", "LH", "AF"]

def pnr():
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

def pw():
    w = R.choice(["Sevilla", "Tulipan", "Gatto", "Sakura", "Fuji", "Krakow", "Lisboa", "Mariposa", "Bambus",
                  "Tramonto", "Zonnebloem", "Panda", "Koala", "Amapola", "Pierogi", "Canal", "Ramen", "Jade"])
    return w + R.choice(["#", "_", "!", "$", "*", "."]) + str(R.randint(10, 2029)) + R.choice(["", "!", "x", "Qz", "?"])

# ---------------------------------------------------------------- sensitive generators
CARD_CUES = [
    ("es", "el número de mi tarjeta es {v}"), ("es", "número de tarjeta: {v}"),
    ("es", "Hola, estoy en {c} y me rechazan la tarjeta {v}, ¿me ayudan?"),
    ("es", "mi tarjeta Amex es la {v}, la bloquearon en el aeropuerto"),
    ("es", "Les paso el número completo de la tarjeta: {v}"),
    ("es", "tarjeta nº {v} — no funciona en los cajeros de {c}"),
    ("es", "¿Pueden revisar la tarjeta {v}? Estoy de viaje"),
    ("it", "il numero della carta è {v}"), ("it", "numero della carta: {v}, sono a {c}"),
    ("nl", "mijn kaartnummer is {v}"), ("nl", "kaartnummer {v} werkt niet in het buitenland"),
    ("pl", "numer karty: {v}"), ("pl", "mój numer karty to {v}, jestem w {c}"),
    ("ja", "カード番号は {v} です"), ("ja", "kaado bangou wa {v} desu"),
    ("zh", "我的卡号是 {v}"), ("zh", "卡号：{v}，在{c}刷不了"), ("zh", "wo de kahao shi {v}"),
    ("en", "card number {v} declined at a hotel in {c}"), ("en", "My Amex is {v}, travelling next week"),
]
SEPS = [("nbsp", NBSP), ("thin", THIN), ("nnbsp", NNBSP), ("dot", "."), ("slash", "/"), ("space", " "),
        ("hyphen", "-"), ("none", "")]

def g_card():
    lang, t = R.choice(CARD_CUES)
    d = card("amex" if "Amex" in t else None)
    sname, sep = R.choice(SEPS)
    style = R.choice(["std", "std", "odd"]) if sname != "none" else "std"
    v = layout(d, sep, style)
    det = "%s_%s%s" % (lang, sname, "_odd" if style == "odd" else "")
    return t.format(v=v, c=R.choice(CITY)), "card_number", "card_intl." + det, d

def g_card_fw():
    lang, t = R.choice(CARD_CUES)
    d = card("amex" if "Amex" in t else None)
    sep = R.choice([" ", "　", "－", "", NBSP])
    v = fullwidth(layout(d, sep, "std"))
    return t.format(v=v, c=R.choice(CITY)), "card_number", "card_fullwidth." + lang, d

HIDDEN_CARD = [
    "Mi móvil es {p}, el IBAN de mi banco es {i} y la tarjeta Amex {v}. Vuelo {f} el {d}.",
    "Hotel confirmation {h}, call me at {p}. Card for the deposit: {v}",
    "Reserva {r} en {c}, total {a}; pagué con la {v}",
    "航班 {f}，电话 {p}，卡号 {v}，金额 {a}",
    "Booking {r} / flight {f} / {d} / card {v} / tel {p}",
    "Para el cargo de {a} usé la tarjeta {v}; mi teléfono en {c} es {p}",
    "IBAN {i} (altra banca) — ma per la prenotazione {r} ho usato la carta {v}",
    "Tel. {p} · vlucht {f} · kaart {v} · bedrag {a}",
]

def g_card_hidden():
    t = R.choice(HIDDEN_CARD)
    d = card("amex" if "Amex" in t else None)
    sname, sep = R.choice(SEPS[:6])
    v = layout(d, sep, R.choice(["std", "odd"]))
    text = t.format(v=v, p=phone(), i=rand_iban()[1], f=R.choice(AIR) + " " + str(R.randint(100, 7999)),
                    d=date_eu(), h=num(9), r=pnr(), c=R.choice(CITY), a=amount())
    return text, "card_number", "card_hidden." + sname, d

CVV_T = [
    ("es", "el código de seguridad es {v}"), ("es", "CVV: {v}"), ("es", "los tres dígitos de atrás son {v}"),
    ("es", "código de seguridad de la tarjeta: {v}, por si lo necesitan"),
    ("it", "codice di sicurezza {v}"), ("it", "il CVV della carta è {v}"),
    ("nl", "de beveiligingscode is {v}"), ("nl", "CVC-code: {v}"),
    ("pl", "kod CVV2 to {v}"), ("pl", "kod bezpieczeństwa: {v}"),
    ("ja", "セキュリティコードは {v} です"), ("ja", "sekyuriti koodo {v}"),
    ("zh", "安全码是 {v}"), ("zh", "卡背面的三位数：{v}"), ("en", "the CVV2 is {v}, I'm abroad"),
]
CID_T = [
    ("es", "el CID de 4 dígitos al frente de mi Amex es {v}"), ("es", "código de seguridad (4 dígitos, Amex): {v}"),
    ("it", "il codice CID della mia Amex è {v}"), ("nl", "de 4-cijferige CID op de voorkant is {v}"),
    ("ja", "アメックスの4桁のセキュリティコードは {v}"), ("zh", "运通卡正面四位安全码 {v}"),
    ("en", "Amex CID on the front: {v}"),
]

def g_cvv():
    if R.random() < 0.3:
        lang, t = R.choice(CID_T); v = "%04d" % R.randint(0, 9999); det = "cid_" + lang
    else:
        lang, t = R.choice(CVV_T); v = "%03d" % R.randint(0, 999); det = "cvv_" + lang
    if R.random() < 0.2:
        v = fullwidth(v); det += "_fw"
    return t.format(v=v), "security_code", "seccode." + det, None

SSN_T = [
    ("es", "mi número de seguro social es {v}"), ("es", "Seguro Social: {v}"),
    ("es", "Vivo en {c} pero soy ciudadano estadounidense, SSN {v}"),
    ("es", "para verificar mi identidad, mi SSN completo: {v}"),
    ("it", "il mio Social Security Number americano è {v}"),
    ("zh", "我的美国社会安全号是 {v}"), ("ja", "米国のソーシャルセキュリティ番号は {v} です"),
    ("en", "SSN {v} — I'm living in {c} now"), ("nl", "mijn Amerikaanse SSN is {v}"),
]

def g_ssn():
    lang, t = R.choice(SSN_T)
    v = ssn()
    sname, sep = R.choice([("hyphen", "-"), ("hyphen", "-"), ("space", " "), ("nbsp", NBSP), ("dot", "."), ("none", "")])
    s = ssn_fmt(v, sep) if sname != "none" else v
    det = lang + "_" + sname
    if R.random() < 0.15:
        s = fullwidth(s); det += "_fw"
    return t.format(v=s, c=R.choice(CITY)), "ssn", "ssn_intl." + det, None

OTP_T = [
    ("es", "el código de verificación es {v}"), ("es", "me llegó el código {v} por SMS, ¿lo pongo aquí?"),
    ("es", "código SafeKey: {v}"), ("es", "el código de un solo uso que recibí: {v}"),
    ("es", "Estoy en {c}, el código de verificación que me mandaron es {v}"),
    ("it", "il codice di verifica è {v}"), ("it", "codice OTP ricevuto: {v}"),
    ("nl", "verificatiecode: {v}"), ("nl", "de eenmalige code is {v}"),
    ("pl", "kod weryfikacyjny to {v}"), ("pl", "kod SMS: {v}"),
    ("ja", "認証コードは {v} です"), ("ja", "ninshou koodo {v}"), ("ja", "ワンタイムパスワード：{v}"),
    ("zh", "验证码是 {v}"), ("zh", "yanzhengma {v}"), ("zh", "收到的动态码：{v}"),
    ("en", "SafeKey code {v} — I'm at a shop in {c}"),
]

def g_otp():
    lang, t = R.choice(OTP_T)
    n = R.choice([6, 6, 6, 6, 4, 5, 7, 8])
    v = "".join(R.choice("0123456789") for _ in range(n))
    det = lang + "_" + str(n)
    if n == 6 and R.random() < 0.25:
        v = v[:3] + R.choice([" ", NBSP, THIN, "-"]) + v[3:]; det += "_split"
    if R.random() < 0.15:
        v = fullwidth(v); det += "_fw"
    return t.format(v=v, c=R.choice(CITY)), "otp", "otp_intl." + det, None

PW_T = [
    ("es", "mi contraseña es {v}"), ("es", "contraseña: {v}"), ("es", "la clave de mi cuenta en línea es {v}"),
    ("es", "Cambié la contraseña a {v} y sigo sin poder entrar desde {c}"),
    ("it", "la mia password è {v}"), ("it", "password dell'account: {v}"),
    ("nl", "mijn wachtwoord is {v}"), ("nl", "wachtwoord: {v}"),
    ("pl", "hasło: {v}"), ("pl", "moje hasło to {v}"),
    ("ja", "パスワードは {v} です"), ("ja", "pasuwaado: {v}"),
    ("zh", "密码是 {v}"), ("zh", "我的登录密码：{v}"), ("zh", "mima shi {v}"),
]
PIN_T = [
    ("es", "el PIN de mi tarjeta es {v}"), ("es", "mi NIP es {v}, el cajero en {c} no lo acepta"),
    ("it", "il PIN della carta è {v}"), ("nl", "mijn pincode is {v}"), ("pl", "PIN do karty: {v}"),
    ("ja", "暗証番号は {v} です"), ("zh", "银行卡密码是 {v}"), ("en", "card PIN {v} doesn't work at ATMs in {c}"),
]

def g_pw():
    if R.random() < 0.3:
        lang, t = R.choice(PIN_T); v = "%04d" % R.randint(0, 9999); det = "pin_" + lang
        if R.random() < 0.2:
            v = fullwidth(v); det += "_fw"
    else:
        lang, t = R.choice(PW_T); v = pw(); det = "pw_" + lang
    return t.format(v=v, c=R.choice(CITY)), "password", "password_intl." + det, None

# ---------------------------------------------------------------- harmless generators
def h_phone():
    t = R.choice(["Pueden llamarme al {p} mientras estoy en {c}", "Mi número en el extranjero: {p}",
                  "Il mio numero di telefono è {p}", "Bel me op {p}", "Mój numer telefonu: {p}",
                  "电话：{p}", "連絡先は {p} です", "You can reach me on {p} while I'm in {c}",
                  "El hotel en {c} tiene el teléfono {p}", "Número de WhatsApp {p}, estaré en {c}"])
    return t.format(p=phone(), c=R.choice(CITY)), "phone"

def h_phone_fw():
    p = fullwidth("03-%04d-%04d" % (R.randint(1000, 9999), R.randint(0, 9999)))
    return R.choice(["電話番号は {p} です", "ホテルの電話 {p}", "联系电话 {p}"]).format(p=p), "phone_fw"

def h_iban():
    cc, i = rand_iban()
    t = R.choice(["Quiero pagar desde mi banco europeo, IBAN {i}", "Mi cuenta en {c}: IBAN {i}, ¿puedo domiciliar el pago?",
                  "IBAN van mijn andere bankrekening: {i}", "L'IBAN del mio conto presso un'altra banca è {i}",
                  "Numer IBAN mojego konta w innym banku: {i}", "Can I pay the balance from my other bank's account, IBAN {i}?",
                  "Transferencia desde IBAN {i} — ¿cuándo se acredita?"])
    return t.format(i=i, c=R.choice(CITY)), "iban_" + cc

def h_iban_fixed():
    t = R.choice(["The example IBAN GB82 WEST 1234 5698 7654 32 from the form — is that the format you want?",
                  "Mi banco alemán: IBAN DE89 3704 0044 0532 0130 00 (cuenta de otro banco)",
                  "I'm sending from my UK account GB82WEST12345698765432, is that ok?"])
    return t, "iban_example"

def h_swift():
    code = R.choice(["DEUTDEFF", "BSCHESMM", "CAIXESBB", "UNCRITMM", "INGBNL2A", "PKOPPLPW", "MHCBJPJT",
                     "BKCHCNBJ", "BCOMPTPL", "NWBKGB2L", "BNPAFRPP", "COBADEFFXXX", "BBVAESMMXXX"])
    t = R.choice(["El código SWIFT/BIC de mi banco es {s}", "BIC: {s}, ¿lo necesitan para la transferencia?",
                  "Il codice SWIFT è {s}", "SWIFT {s} — transfer from {c} pending", "BIC-code van mijn bank: {s}"])
    return t.format(s=code, c=R.choice(CITY)), "swift"

def h_amount():
    t = R.choice(["Me cobraron {a} en {c} y no lo reconozco... ah no, sí era mío", "¿Por qué aparece {a} dos veces?",
                  "Pagué {a} en el restaurante", "Mi hanno addebitato {a}", "Het bedrag was {a}",
                  "Zapłaciłem {a} w hotelu", "ホテル代は {a} でした", "在{c}消费了 {a}", "The taxi was {a}, not {b}",
                  "Saldo pendiente {a}; ¿cuál es el pago mínimo?"])
    return t.format(a=amount(), b=amount(), c=R.choice(CITY)), "amount"

def h_date():
    t = R.choice(["El cargo es del {d}", "Transaction dated {i}", "La fecha de vencimiento de mi pago es el {d}",
                  "Addebito del {d}", "Transactie op {i}", "Data transakcji: {d}", "{i} の請求について",
                  "{i} 的交易", "Statement closing {d}, due {i}?"])
    return t.format(d=date_eu(), i=date_iso()), "date"

def h_flight():
    f = R.choice(AIR) + R.choice(["", " "]) + str(R.randint(10, 7999))
    t = R.choice(["Vuelo {f} el {d}, localizador {r}", "Il mio volo è {f}, codice prenotazione {r}",
                  "Vlucht {f} op {d}, boekingscode {r}", "Lot {f}, numer rezerwacji {r}",
                  "航班 {f}，预订号 {r}", "フライト {f}、予約番号 {r}", "Flight {f}, seat {s}, PNR {r}",
                  "Me cobraron el equipaje del vuelo {f}, asiento {s}"])
    return t.format(f=f, d=date_eu(), r=pnr(), s="%d%s" % (R.randint(1, 45), R.choice("ABCDEFK"))), "flight"

def h_hotel():
    t = R.choice(["Número de confirmación del hotel: {n}", "Hotel confirmation number {n}, check-in {d}",
                  "Conferma prenotazione hotel n. {n}", "Hotelbevestiging {n}, kamer {k}",
                  "Numer potwierdzenia hotelu: {n}", "ホテルの確認番号は {n} です", "酒店确认号 {n}，房间 {k}",
                  "Habitación {k}, confirmación {n}, me cobraron el depósito dos veces"])
    return t.format(n=num(R.choice([8, 9, 10])), d=date_iso(), k=R.randint(101, 2420)), "hotel"

def h_travel():
    d1, m1 = R.randint(1, 14), R.randint(1, 12)
    d2 = d1 + R.randint(3, 14)
    t = R.choice(["Estaré en {c} del {a:02d}/{m:02d} al {b:02d}/{m:02d}, por favor no bloqueen la tarjeta",
                  "I'll be in {c} {a:02d}/{m:02d}-{b:02d}/{m:02d}", "Aviso de viaje: {c}, {a}/{m}/2027 – {b}/{m}/2027",
                  "Sarò a {c} dal {a:02d}.{m:02d} al {b:02d}.{m:02d}", "Ik ben van {a} t/m {b}-{m} in {c}",
                  "Będę w {c} od {a:02d}.{m:02d} do {b:02d}.{m:02d}", "{m}月{a}日から{m}月{b}日まで{c}にいます",
                  "我{m}月{a}日到{m}月{b}日在{c}"])
    return t.format(c=R.choice(CITY), a=d1, b=d2, m=m1), "travel_notice"

def h_fx():
    t = R.choice(["¿A qué tipo de cambio me cobraron? 1 USD = {r} MXN", "El cambio fue 1 EUR = {e} USD, ¿es correcto?",
                  "1 USD era ¥{y} ese día, pero me cobraron más", "Il cambio applicato era 1,0{x} USD per euro",
                  "Wisselkoers 1 EUR = {e} USD?", "Kurs wymiany 1 USD = {p} PLN", "汇率是 1 美元兑 {z} 人民币吗？",
                  "Why was £{g} converted at {e}?"])
    return t.format(r="%d,%02d" % (R.randint(16, 20), R.randint(0, 99)), e="1.%02d" % R.randint(2, 15),
                    y="%d.%02d" % (R.randint(140, 160), R.randint(0, 99)), x="%d" % R.randint(1, 9),
                    p="%d,%02d" % (R.randint(3, 4), R.randint(0, 99)), z="7.%02d" % R.randint(0, 40),
                    g="%d.%02d" % (R.randint(10, 500), R.randint(0, 99))), "fx_rate"

def h_fee():
    t = R.choice(["¿Por qué hay una comisión del 2,7% sobre {a}?", "2.7% fee on {e} EUR — I thought this card had no foreign fees",
                  "Commissione estera del 2,7 % su {a}", "Buitenlandtoeslag 2,7% op {a}", "Opłata 2,7% od {a}",
                  "海外手数料 2.7% が {a} にかかっています", "外币交易手续费 2.7%，金额 {a}",
                  "Me cobraron {f} de comisión por transacción internacional"])
    return t.format(a=amount(), e="%d.%02d" % (R.randint(10, 999), R.randint(0, 99)),
                    f="US$%d.%02d" % (R.randint(1, 40), R.randint(0, 99))), "foreign_fee"

def h_metro():
    t = R.choice(["Recargué la tarjeta del metro con {a}", "Mi Oyster card fue cargada dos veces, {a}",
                  "Suica のチャージ {a} が二重に請求されました", "交通卡充值 {a} 被扣了两次",
                  "Pase Navigo — cargo de {a}", "OV-chipkaart opgeladen met {a}", "Metro Lisboa (Viva Viagem) {a}"])
    a = R.choice(["%d,%02d €" % (R.randint(5, 40), R.randint(0, 99)), "£%d.%02d" % (R.randint(5, 40), R.randint(0, 99)),
                  "¥%s" % "{:,}".format(R.randint(10, 50) * 100), "%d,%02d EUR" % (R.randint(5, 40), R.randint(0, 99))])
    return t.format(c=R.choice(CITY), a=a), "metro"

def iccid():
    body = "89" + R.choice(["34", "39", "31", "48", "81", "86", "44"]) + num(14, "0123456789")
    return body + luhn_digit(body)

def imei():
    body = R.choice(["86", "01", "99", "86"]) + num(12, "0123456789")
    return body + luhn_digit(body)

def h_iccid():
    v = iccid()
    t = R.choice(["Compré una SIM local; el ICCID de la SIM es {v}", "ICCID della SIM: {v}",
                  "SIM card ICCID {v} — the eSIM charge from {c} is mine", "SIM 卡 ICCID：{v}",
                  "ICCID van de simkaart: {v}", "SIMカードのICCIDは {v}"])
    return t.format(v=R.choice([v, " ".join(v[i:i + 4] for i in range(0, len(v), 4))]), c=R.choice(CITY)), "iccid"

def h_imei():
    v = imei()
    t = R.choice(["Me robaron el teléfono en {c}, IMEI {v}", "IMEI del telefono: {v}", "Phone IMEI {v}, stolen with my wallet",
                  "手机IMEI：{v}", "Numer IMEI telefonu: {v}"])
    return t.format(v=v, c=R.choice(CITY)), "imei"

def h_last4():
    t = R.choice(["Mi tarjeta termina en {l}", "la tarjeta que acaba en {l} está bloqueada en {c}",
                  "la carta che finisce con {l}", "kaart eindigend op {l}", "karta kończąca się na {l}",
                  "末尾4桁は {l} です", "尾号 {l} 的卡", "últimos 4 del seguro social: {l}", "card ending ···· {l}",
                  "xxxx-xxxxxx-x{l} (solo los últimos dígitos)"])
    return t.format(l="%04d" % R.randint(0, 9999), c=R.choice(CITY)), "last4"

def h_secret_talk():
    t = R.choice(["No voy a compartir mi contraseña por chat, ¿verdad?", "¿Dónde está el código de seguridad en una Amex?",
                  "No me llega el código de verificación porque tengo el móvil en roaming", "Olvidé el PIN de la tarjeta, estoy en {c}",
                  "Non ricevo il codice di verifica all'estero", "Ik ben mijn wachtwoord vergeten",
                  "Nie dostałem kodu weryfikacyjnego", "验证码一直收不到", "パスワードを忘れました",
                  "卡号和密码我不会在这里发", "¿Necesitan el número de tarjeta completo? Prefiero no escribirlo",
                  "El código SafeKey expiró antes de que pudiera escribirlo", "Ho cambiato la password ieri",
                  "セキュリティコードはどこにありますか？", "¿Cuántos dígitos tiene el CID de Amex?",
                  "My SIM PIN is locked, so I can't receive the SMS code",
                  "Manden el código de verificación al {p}, no al número viejo",
                  "Mi contraseña caducó el {d} y no puedo entrar desde {c}",
                  "El cajero en {c} me bloqueó el PIN después de 3 intentos el {d}",
                  "Il codice di verifica arriva al {p}? Sono all'estero",
                  "验证码发到 {p} 了吗？我在{c}",
                  "パスワードを {i} に変更しましたが、ログインできません",
                  "Wachtwoord gewijzigd op {i}, verificatiecode komt niet aan op {p}",
                  "¿El código de seguridad de 3 dígitos? Lo tengo, pero no lo voy a escribir aquí"])
    return t.format(c=R.choice(CITY), p=phone(), d=date_eu(), i=date_iso()), "secret_talk"

def h_refs():
    t = R.choice(["Número de caso {n}", "Mi número de reclamación es {n}", "Número de pedido {n}, no ha llegado",
                  "Tracking DHL {n}", "Numero di pratica {n}", "Referentienummer {n}", "Numer zamówienia {n}",
                  "注文番号 {n}", "订单号 {n}", "Confirmation number {n} for my payment", "Ticket de soporte #{n}"])
    return t.format(n=R.choice([num(7), num(8), num(10), "A" + num(7), num(12)])), "reference"

def h_loyalty():
    t = R.choice(["Mi número de socio Iberia Plus es {n}", "Flying Blue member number {n}",
                  "Numero MilleMiglia {n}", "JAL マイレージ会員番号 {n}", "国航知音会员号 {n}",
                  "Membership Rewards: quiero transferir a mi número de socio {n}"])
    return t.format(n=R.choice([num(8), num(9), num(10)])), "loyalty"

def h_zip_addr():
    t = R.choice(["Mi código postal en EE. UU. es {z}, pero vivo en {c}", "ZIP {z}", "Dirección: Calle Mayor {h}, 28013 Madrid",
                  "Via Roma {h}, 00184 Roma", "Prinsengracht {h}, 1015 Amsterdam", "ul. Floriańska {h}, 31-019 Kraków",
                  "〒150-0002 東京都渋谷区 {h}", "billing ZIP {z}, shipping to 75008 Paris"])
    return t.format(z="%05d" % R.randint(1001, 99950), c=R.choice(CITY), h=R.randint(1, 220)), "zip_address"

def h_errors():
    t = R.choice(["La app muestra el error {e}", "Codice errore {e} al terminale POS", "Foutcode {e} bij de geldautomaat",
                  "エラーコード {e}", "错误代码 {e}", "App versión {v} en iOS {i}", "El cajero dio el error {e} en {c}"])
    return t.format(e=R.choice(["E-%d" % R.randint(100, 999), "%d" % R.randint(100, 999), "ERR_%d" % R.randint(10, 99)]),
                    v="%d.%d.%d" % (R.randint(6, 9), R.randint(0, 40), R.randint(0, 9)), i="%d.%d" % (R.randint(16, 19), R.randint(0, 5)),
                    c=R.choice(CITY)), "error_version"

def h_mixed():
    # many numbers, none sensitive
    t = R.choice(["Vuelo {f} el {d}, hotel conf. {n}, tel. {p}, cargo {a}",
                  "Tel {p} / IBAN {i} / importe {a} / fecha {x}",
                  "Reserva {r}, {a}, {d}; tarjeta terminada en {l}",
                  "航班 {f}，{x}，酒店确认号 {n}，电话 {p}",
                  "Case {n}: charge {a} on {x} in {c}, card ending {l}, phone {p}"])
    return t.format(f=R.choice(AIR) + str(R.randint(10, 7999)), d=date_eu(), x=date_iso(), n=num(9), p=phone(),
                    a=amount(), i=rand_iban()[1], r=pnr(), l="%04d" % R.randint(0, 9999), c=R.choice(CITY)), "mixed_numbers"

SENS_PLAN = [(g_card, 46), (g_card_fw, 8), (g_card_hidden, 12), (g_cvv, 26), (g_ssn, 16), (g_otp, 26), (g_pw, 24)]
HARM_PLAN = [(h_phone, 12), (h_phone_fw, 3), (h_iban, 10), (h_iban_fixed, 3), (h_swift, 6), (h_amount, 10), (h_date, 8),
             (h_flight, 10), (h_hotel, 8), (h_travel, 10), (h_fx, 8), (h_fee, 8), (h_metro, 6), (h_iccid, 7),
             (h_imei, 5), (h_last4, 8), (h_secret_talk, 16), (h_refs, 8), (h_loyalty, 5), (h_zip_addr, 6),
             (h_errors, 6), (h_mixed, 10)]

# ---------------------------------------------------------------- validation
SEP_CLS = "[ \u00a0\u2009\u202f\u3000.\\-/\uff0d]"
RUN_RE = re.compile(r"\d(?:%s?\d)*" % SEP_CLS)

def card_prefixed(d):
    if not 13 <= len(d) <= 19: return False
    return (d[:2] in ("34", "37", "36", "38", "35") or d[0] == "4" or "51" <= d[:2] <= "55"
            or "2221" <= d[:4] <= "2720" or d[:4] == "6011" or d[:2] == "65" or "644" <= d[:3] <= "649"
            or "300" <= d[:3] <= "305")

def bad_card_in(text):
    t = unicodedata.normalize("NFKC", text)
    hits = []
    for m in RUN_RE.finditer(t):
        raw = m.group()
        d = re.sub(r"\D", "", raw)
        starts, pos = [0], 0
        for ch in raw:
            if ch.isdigit():
                pos += 1
            elif pos not in starts:
                starts.append(pos)
        for i in starts:
            for L in range(13, 20):
                w = d[i:i + L]
                if len(w) == L and card_prefixed(w) and luhn_ok(w):
                    hits.append(w)
    return hits

SSN_RE = re.compile(r"(?<!\d)(\d{3})[- .\u00a0]?(\d{2})[- .\u00a0]?(\d{4})(?!\d)")
def ssn_like(text):
    t = unicodedata.normalize("NFKC", text)
    for m in SSN_RE.finditer(t):
        a, g, s = m.groups()
        if a not in ("000", "666") and int(a) < 900 and g != "00" and s != "0000":
            return True
    return False

def harmless_ok(text, fam):
    hits = bad_card_in(text)
    if hits:
        if fam not in ("iccid", "imei"): return False
        if not re.search(r"ICCID|IMEI", text): return False
        for h in hits:
            if card_prefixed(h): return False
    if ssn_like(text): return False
    return True

def main():
    rows, seen = [], set()
    for fn, n in SENS_PLAN:
        k, tries = 0, 0
        while k < n:
            tries += 1
            if tries > 20000: raise SystemExit("stuck in %s" % fn.__name__)
            text, kind, note, d = fn()
            if text in seen: continue
            if kind == "card_number":
                got = [x for x in bad_card_in(text)]
                if d not in got or not luhn_ok(d) or not card_prefixed(d): continue
            if kind != "card_number" and bad_card_in(text): continue
            if kind not in ("ssn",) and ssn_like(text) and kind != "card_number": continue
            seen.add(text); rows.append({"text": text, "sensitive": True, "kind": kind, "note": note}); k += 1
    for fn, n in HARM_PLAN:
        k, tries = 0, 0
        while k < n:
            tries += 1
            if tries > 20000: raise SystemExit("stuck in %s" % fn.__name__)
            text, det = fn()
            if text in seen or not harmless_ok(text, det): continue
            seen.add(text)
            rows.append({"text": text, "sensitive": False, "kind": None, "note": "harmless_intl." + det}); k += 1
    R.shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows to", OUT)

if __name__ == "__main__":
    main()
