#!/usr/bin/env python3
"""Writes probe34.jsonl: a blind probe of amexsim's sensitive-data guard.

Each line: {"text", "sensitive", "kind"?, "form", "leak"?}
  leak: strings that must not survive in the redacted text (checked after NFKC folding,
        case-insensitively; "digits:" prefix means "this digit string must not appear in the
        digit stream of the redacted text").
"""
import json
import random

rng = random.Random(3434)


def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def card(prefix, length):
    while True:
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                n = body + c
                break
        if n not in used:
            used.add(n)
            return n


used = set()
EN = "zero one two three four five six seven eight nine".split()
ES = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()


def g(n, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(n[i:i + s])
        i += s
    return sep.join(out)


def spell(n, words=EN, sep=" "):
    return sep.join(words[int(c)] for c in n)


def conv(n, table):
    return "".join(table[int(c)] if c.isdigit() else c for c in n)


FULLW = "０１２３４５６７８９"
MATHB = "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"
DSTRUCK = "𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡"
BENG = "০১২৩৪৫৬৭৮৯"
SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
KEYCAP = [c + "\ufe0f\u20e3" for c in "0123456789"]
THAI = "๐๑๒๓๔๕๖๗๘๙"

lines = []


def S(kind, form, text, leak):
    lines.append({"text": text, "sensitive": True, "kind": kind, "form": form, "leak": leak})


def H(form, text):
    lines.append({"text": text, "sensitive": False, "form": form})


# ---------------------------------------------------------------- cards (34)
K = "card_number"
c = card("4", 16); S(K, "words between pieces", f"ok so it starts {c[:4]} and then, hold on, {c[4:8]} then {c[8:12]} and finally {c[12:]}", ["digits:" + c])
c = card("5", 16); S(K, "number words EN", f"card is {spell(c)}", [spell(c[:8])])
c = card("37", 15); S(K, "number words ES", f"el número de mi tarjeta es {spell(c, ES)}", [spell(c[:8], ES)])
c = card("4", 16); S(K, "pipes", f"{g(c,[4,4,4,4],'|')} is the card I used", ["digits:" + c])
c = card("6011", 16); S(K, "underscores", f"num: {g(c,[4,4,4,4],'_')}", ["digits:" + c])
c = card("5", 16); S(K, "brackets per group", f"card [{c[:4]}] [{c[4:8]}] [{c[8:12]}] [{c[12:]}]", ["digits:" + c])
c = card("4", 16); S(K, "plus signs", f"{g(c,[4,4,4,4],' + ')}", ["digits:" + c])
c = card("37", 15); S(K, "fire emoji between groups", f"amex {c[:4]}🔥{c[4:10]}🔥{c[10:]}", ["digits:" + c])
c = card("4", 16); S(K, "math bold digits", f"my card {conv(g(c,[4,4,4,4]), MATHB)}", ["digits:" + c])
c = card("5", 16); S(K, "double-struck digits", conv(g(c, [4, 4, 4, 4]), DSTRUCK) + " that's the card", ["digits:" + c])
c = card("4", 16); S(K, "bengali digits", "card " + conv(c, BENG), ["digits:" + c])
c = card("4", 16); S(K, "superscript digits", "card no " + conv(g(c, [4, 4, 4, 4]), SUPER), ["digits:" + c])
c = card("37", 15); S(K, "keycap emoji digits", "".join(KEYCAP[int(x)] for x in c), ["digits:" + c])
c = card("4", 16); S(K, "pasted form", f"Card: {g(c,[4,4,4,4])}\nExp: 07/29\nCVV: 318\nName: Jordan Rivera", ["digits:" + c, "318"])
c = card("5", 16); S(K, "JSON snippet", json.dumps({"pan": c, "exp": "11/27", "holder": "J RIVERA"}), ["digits:" + c])
c = card("4", 16); S(K, "CSV snippet", f"date,merchant,card,amount\n2026-11-03,XYZ Store,{c},127.43", ["digits:" + c])
c = card("37", 15); S(K, "long message middle", "Hi, so last week I was at the airport and the kiosk wouldn't take my card, then the hotel put a hold on it for three nights which I never authorised, and my husband says I should just read you the number so here it is " + g(c, [4, 6, 5]) + " and can you please remove that hold because we are leaving Friday and I need the credit line for the rental car, thanks so much", ["digits:" + c])
c = card("4", 16); c2 = c[:12] + str((int(c[12]) + 3) % 10) + c[13:]
S(K, "correction of one group", f"card {g(c2,[4,4,4,4])} oops typo, the 4th group is {c[12:]}", ["digits:" + c[:12]])
c = card("5", 16); S(K, "after question", f"you need the long number right? {c}", ["digits:" + c])
c = card("4", 16); S(K, "glued to words both sides", f"thecardis{c}andexp0528", ["digits:" + c])
c = card("4", 16); S(K, "pairs", "card " + " ".join(c[i:i + 2] for i in range(0, 16, 2)), ["digits:" + c])
c = card("37", 15); S(K, "threes", "amex: " + " ".join(c[i:i + 3] for i in range(0, 15, 3)), ["digits:" + c])
c = card("4", 16); S(K, "mixed digits and words", f"{c[:4]} {spell(c[4:8])} {c[8:12]} {spell(c[12:])}", ["digits:" + c[:4] + c[8:12]])
c = card("5", 16); S(K, "URL query string", f"the checkout page url was https://shop.example.com/pay?cc={c}&exp=0828 and it failed", ["digits:" + c])
c = card("4", 16); S(K, "tab separated", f"card\t{c[:4]}\t{c[4:8]}\t{c[8:12]}\t{c[12:]}", ["digits:" + c])
c = card("6011", 16); S(K, "quoted email", f"> From: me\n> Card number: {g(c,[4,4,4,4])}\n> Please update billing", ["digits:" + c])
c = card("4", 16); S(K, "and between halves", f"first half {c[:8]} and second half {c[8:]}", ["digits:" + c])
c = card("5", 16); S(K, "code block", f"```\n{c}\n```", ["digits:" + c])
c = card("4", 16); S(K, "spaces every digit", "card " + " ".join(c), ["digits:" + c])
c = card("37", 15); S(K, "German label", f"Kartennummer: {g(c,[4,6,5])}", ["digits:" + c])
c = card("4", 16); S(K, "middle dot separators", g(c, [4, 4, 4, 4], "·") + " is my visa", ["digits:" + c])
c = card("5", 16); S(K, "en dashes with spaces", "cc " + g(c, [4, 4, 4, 4], " – "), ["digits:" + c])
c = card("4", 16); S(K, "thai digits", "บัตร " + conv(c, THAI), ["digits:" + c])
c = card("2221", 16); S(K, "2-series MC in sentence", f"I tried paying with {g(c,[4,4,4,4])} but it got declined", ["digits:" + c])

# ---------------------------------------------------------------- security codes (32)
K = "security_code"
S(K, "ccv typo", "ccv 418", ["418"])
S(K, "three digits on back", "the 3 digits on the back are 762", ["762"])
S(K, "numbers behind card", "the numbers behind the card say 539", ["539"])
S(K, "Spanish atras", "los tres dígitos de atrás son 284", ["284"])
S(K, "cvv2 slash", "CVV2/CVC2 = 903", ["903"])
S(K, "arrow", "cvv->611", ["611"])
S(K, "cv code", "cv code 447", ["447"])
S(K, "sec code abbreviated", "sec cd 629", ["629"])
S(K, "keycap emoji", "code on back = " + "".join(KEYCAP[int(x)] for x in "482"), ["digits:482"])
S(K, "fullwidth", "CVV：３７１", ["digits:371"])
S(K, "number words compound EN", "cvv is four eighty-two", ["four eighty-two"])
S(K, "number words compound ES", "el cvv es ochocientos treinta y uno", ["ochocientos treinta y uno"])
S(K, "signature strip", "the little number by the signature strip: 815", ["815"])
S(K, "JSON", '{"card_last4":"1005","cvv":"274","zip":"10285"}', ["274"])
S(K, "amex four on front", "the 4 digit code on the front of my amex is 3391", ["3391"])
S(K, "correction", "sorry the cvv I gave before was wrong, it's actually 528", ["528"])
S(K, "thing on the back", "the three digit thing on the back is 716", ["716"])
S(K, "dashes between digits", "cvv = 9-4-1", ["9-4-1"])
S(K, "security number on back", "security number on back 352", ["352"])
S(K, "Portuguese", "código de segurança 608", ["608"])
S(K, "Italian", "codice di sicurezza: 193", ["193"])
S(K, "glued cid", "cid#4071", ["4071"])
S(K, "long message middle", "I'm trying to buy concert tickets for my daughter's birthday on the 14th and the site keeps saying my card was declined even though I have like $3,000 available, it asks for the code on the back which is 287 and then just spins forever, is something blocking it?", ["287"])
S(K, "exp then slash code", "exp 09/28 / 664", ["664"])
S(K, "Spanish codigo de atras", "el código de atrás de la tarjeta: 905", ["905"])
S(K, "spelled digits EN", "cvc is seven one nine", ["seven one nine"])
S(K, "emoji between digits", "cvv 3💳8💳2", ["digits:382"])
S(K, "csv header row", "exp;cvc\n04/30;577", ["577"])
S(K, "value after question in parens", "do you need the verification value (the 3 on the back)? 246", ["246"])
S(K, "CSC in caps with colon no space", "CSC:730", ["730"])
S(K, "the code by the expiry", "the code next to the expiry date says 0472", ["0472"])
S(K, "card verification number", "card verification number 635", ["635"])

# ---------------------------------------------------------------- SSNs (32)
K = "ssn"
S(K, "dots", "SSN=523.41.8876", ["digits:523418876"])
S(K, "ss#", "ss# 641 22 9015", ["digits:641229015"])
S(K, "soc sec no", "soc sec no 287503164", ["287503164"])
S(K, "Spanish words mixed", "mi seguro social es quinientos veintitrés, cuarenta y uno, ocho ocho siete seis", ["ocho ocho siete seis"])
S(K, "English digit words", "ssn five three one two two four zero nine eight", ["two two four zero nine eight"])
S(K, "pieces and then", "my social is 412 73 and then 5580", ["5580", "412 73"])
S(K, "slashes", "SSN: 318/62/4407", ["digits:318624407"])
S(K, "S.S.N. dotted cue", "S.S.N. 605271938", ["605271938"])
S(K, "typo sosial", "sosial security 472 19 3306", ["digits:472193306"])
S(K, "last4 then first5", "last 4 of my ssn is 6621, the first five are 38814", ["38814"])
S(K, "JSON", '{"name":"Jordan Rivera","ssn":"529481337","zip":"10285"}', ["529481337"])
S(K, "DOB then SSN", "DOB 03/14/1985 SSN 537 28 1946", ["digits:537281946"])
S(K, "en dash", "ssn 421–68–3390", ["digits:421683390"])
S(K, "fullwidth", "social ５６２-３１-７７０８", ["digits:562317708"])
S(K, "emoji separators", "SSN 298 🙂 44 🙂 6017", ["digits:298446017"])
S(K, "soc abbreviation", "my soc is 374920158", ["374920158"])
S(K, "described card", "the nine digit number on my social security card: 408163592", ["408163592"])
S(K, "ends then begins", "ssn ends in 7321 and begins 516-09", ["7321"])
S(K, "question then value", "My SSN? 233-81-5507", ["digits:233815507"])
S(K, "pasted form multiline", "Name: Jordan Rivera\nDOB: 1985-03-14\nSSN: 471039826\nPhone: (212) 555-0100", ["471039826"])
S(K, "CSV", "name,dob,ssn\nJordan Rivera,1985-03-14,361584207", ["361584207"])
S(K, "social sec #", "social sec # 245 91 3378", ["digits:245913378"])
S(K, "Spanish numero de seguro social", "número de seguro social: 618 40 2297", ["digits:618402297"])
S(K, "SS number no dashes", "SS number 549260183", ["549260183"])
S(K, "long message middle", "I'm applying for the credit increase and the form timed out twice, it asked for my income which is 85k, my employer, and the social which is 334 52 8819, then it said error 500, can you just do it from here?", ["digits:334528819"])
S(K, "correction", "my ssn is 412-55-9036 no wait 412-55-9063", ["digits:412559063"])
S(K, "pieces named", "social: first 3 are 287, middle 2 are 61, last 4 are 4409", ["287", "4409"])
S(K, "tax id", "taxpayer id (my ssn) 526 37 8014", ["digits:526378014"])
S(K, "glued", "SSN#519284736", ["519284736"])
S(K, "spaced digits", "social 3 4 8 2 9 1 5 0 6", ["3 4 8 2 9 1 5 0 6"])
S(K, "Spanish abbreviation SS", "mi núm. de seguro soc. es 507-63-2918", ["digits:507632918"])
S(K, "ssn in bracket after value", "447829163 (ssn)", ["447829163"])

# ---------------------------------------------------------------- OTPs (32)
K = "otp"
S(K, "2FA", "2FA code 583920", ["583920"])
S(K, "MFA", "mfa: 902174", ["902174"])
S(K, "code from text spaced", "the code from the text is 4 8 3 9 2 0", ["4 8 3 9 2 0"])
S(K, "verification words", "verification code: six one zero four eight two", ["six one zero four eight two"])
S(K, "Spanish came by message", "el código que me llegó por mensaje es 730155", ["730155"])
S(K, "pasted SMS", "American Express: 264810 is your one-time verification code. Do not share it.", ["264810"])
S(K, "pasted SafeKey SMS", "Your Amex SafeKey code is 847203. It expires in 10 minutes.", ["847203"])
S(K, "split 3-3", "the 6 digit code is 391 047", ["digits:391047"])
S(K, "dash split", "code 518-294", ["digits:518294"])
S(K, "token", "RSA token 48392017", ["48392017"])
S(K, "login code", "login code 662018", ["662018"])
S(K, "code I just got", "the code I just got is 174529", ["174529"])
S(K, "code in email", "the code in my email is 903361", ["903361"])
S(K, "glued OTP", "OTP428816", ["428816"])
S(K, "key=value", "one-time-passcode=551902", ["551902"])
S(K, "Spanish codigo de acceso", "código de acceso 284671", ["284671"])
S(K, "from whatsapp", "the code from whatsapp 739204", ["739204"])
S(K, "sms code", "sms code: 405118", ["405118"])
S(K, "the text said", "the text said 617382", ["617382"])
S(K, "got a text with", "I got a text with 820946", ["820946"])
S(K, "pairs from text", "the digits from the text message are 48 39 71", ["digits:483971"])
S(K, "safekey bare", "safekey 306215", ["306215"])
S(K, "after value in parens", "code: 928104 (from the text)", ["928104"])
S(K, "abbreviated txt", "ur txt code is 551738", ["551738"])
S(K, "vcode", "vcode 840261", ["840261"])
S(K, "keycap emoji", "here's the OTP " + "".join(KEYCAP[int(x)] for x in "715294"), ["digits:715294"])
S(K, "Spanish spelled", "la clave que me mandaron es siete tres uno cero cuatro ocho", ["siete tres uno cero cuatro ocho"])
S(K, "long message middle", "I'm at the store right now trying to use the card for a $1,240 tv and they called you guys and the lady said I'll get a code, ok I got it, the verification number is 660193, and the cashier is waiting so please hurry", ["660193"])
S(K, "auth code from text", "auth code from the text: 447120", ["447120"])
S(K, "authenticator", "authenticator app shows 019 884", ["digits:019884"])
S(K, "French", "code de vérification 530217", ["530217"])
S(K, "fullwidth digits", "OTP：５８２０１９", ["digits:582019"])

# ---------------------------------------------------------------- passwords / PINs (32)
K = "password"
S(K, "pass word split", "pass word is sunflower88", ["sunflower88"])
S(K, "PIN spaced", "PIN 4 8 2 1", ["4 8 2 1"])
S(K, "pin words", "pin = nine two seven three", ["nine two seven three"])
S(K, "Spanish mi clave", "mi clave es Gato2020", ["Gato2020"])
S(K, "Spanish contrasena key", "contraseña: perro_azul7", ["perro_azul7"])
S(K, "NIP", "mi NIP 6390", ["6390"])
S(K, "login slash", "login: jrivera / Summer2024!", ["Summer2024!"])
S(K, "user pass", "user jrivera pass Ocean#71", ["Ocean#71"])
S(K, "JSON", '{"username":"jrivera","password":"Maple$Leaf9"}', ["Maple$Leaf9"])
S(K, "case sensitive note", "password (case sensitive): GreenTea42", ["GreenTea42"])
S(K, "German", "passwort: Sommer2024!", ["Sommer2024!"])
S(K, "French", "mot de passe : soleil2024", ["soleil2024"])
S(K, "atm pin", "my atm pin 5172", ["5172"])
S(K, "P.I.N.", "P.I.N. 3806", ["3806"])
S(K, "quoted", "pw = 'Rainbow*88'", ["Rainbow*88"])
S(K, "I set was", "the password I set was Quartz!19", ["Quartz!19"])
S(K, "passw", "passw: Tundra2023", ["Tundra2023"])
S(K, "passphrase", "passphrase: correct horse battery staple", ["correct horse battery staple"])
S(K, "login is and pass is", "my login is jrivera and the pass is Bumble88", ["Bumble88"])
S(K, "old and new", "new password will be Falcon2025! and the old one was Falcon2024!", ["Falcon2025!", "Falcon2024!"])
S(K, "online banking pw with note", "my online banking pw is Harbor7 (capital H)", ["Harbor7"])
S(K, "pin same as phone", "pin: 0212 (same as my phone's)", ["0212"])
S(K, "4 digit pin", "my 4 digit pin is 7734", ["7734"])
S(K, "PIN glued hash", "PIN#2468", ["2468"])
S(K, "dashes between chars", "my password is S-u-n-s-e-t-9-9", ["S-u-n-s-e-t-9-9"])
S(K, "app password groups", "app password = abcd efgh ijkl mnop", ["abcd efgh ijkl mnop"])
S(K, "long message middle", "I've been locked out since Tuesday and honestly I'm losing my mind, I reset it twice and the site still says invalid, the last one I set was Pelican#2207 and I typed it very carefully, maybe your system is broken?", ["Pelican#2207"])
S(K, "described password", "my password is my dog's name and the year, so Biscuit2016", ["Biscuit2016"])
S(K, "Spanish pin", "el pin de mi tarjeta es 8051", ["8051"])
S(K, "pasted creds", "Username: jrivera85\nPassword: Tangerine!4\nSecurity Q: first pet", ["Tangerine!4"])
S(K, "pwd arrow", "pwd -> Cobalt_55", ["Cobalt_55"])
S(K, "Spanish contraseña es spelled", "mi contraseña es luna doce con mayúscula: Luna12", ["Luna12"])

# ---------------------------------------------------------------- harmless (~160)
h = [
    ("last4 zip", "last 4 is 1005, zip 10285"),
    ("masked card", "the card xxxx-xxxxxx-x1005 was charged twice"),
    ("masked stars", "card ****3008 declined at the gas station"),
    ("zip+4", "my billing zip is 10285-1234"),
    ("amount big", "I was charged $4,539.14 at a furniture store"),
    ("amount euro", "cargo de €1.488,03 en Madrid"),
    ("two amounts", "paid $250.00 on 11/03 and $125.50 on 11/17"),
    ("date iso", "the payment on 2026-11-03 never posted"),
    ("date us", "statement closing 11/28/2026"),
    ("date range", "charges between 10/01/2026 - 10/31/2026"),
    ("time", "I called at 14:30 and again at 16:05"),
    ("phone us", "call me at (212) 555-0100"),
    ("phone 1-800", "I called 1-800-528-4800 and they hung up"),
    ("phone intl uk", "my UK number is +44 20 7946 0958"),
    ("phone intl mx", "mi teléfono es +52 55 1234 5678"),
    ("phone on back", "the number on the back of my card, 1 800 528 4800, just rings"),
    ("order 3-7-7", "order #112-4839201-7734421 never arrived"),
    ("order plain", "order number 4839201773"),
    ("ups tracking", "tracking 1Z999AA10123456784"),
    ("usps tracking", "USPS tracking 9400 1000 0000 0000 0000 00"),
    ("fedex tracking", "fedex tracking number 7749 1234 5678"),
    ("confirmation 6", "my confirmation number is 483920"),
    ("confirmation code", "confirmation code 582014 from the airline"),
    ("reference code", "reference code 48392011"),
    ("case number", "status of case D1234567?"),
    ("dispute number", "dispute H5649209 is still open"),
    ("serial", "device serial C02XK1JHJG5H"),
    ("serial digits", "the terminal serial number is 4539148803"),
    ("iban gb", "send it to GB82 WEST 1234 5698 7654 32"),
    ("iban de", "IBAN DE89 3704 0044 0532 0130 00"),
    ("forgot password", "I forgot my password"),
    ("what is cvv", "what's a CVV?"),
    ("need ssn?", "do you need my ssn?"),
    ("no otp", "I never got the verification code"),
    ("pin not working", "my pin isn't working at the ATM"),
    ("cid is 4 digits", "the cid on amex is 4 digits right?"),
    ("cvv is 3 digits", "cvv is 3 digits on visa"),
    ("password length", "my password is 12 characters long"),
    ("password rules", "password must be 8-20 characters with 1 symbol"),
    ("pin digits", "the pin has 4 digits"),
    ("text from short code", "I got a text from 22235"),
    ("address", "4539 Elm Street, Apt 14, Springfield IL 62704"),
    ("statement code", "statement code STMT-2026-11 is missing"),
    ("promo code", "promo code SAVE20 didn't apply"),
    ("flight", "flight DL 1488 seat 14C gate B32"),
    ("year", "I've been a member since 2019"),
    ("year born", "I was born in 1985"),
    ("merchant id", "the merchant id on the receipt is 4539148803"),
    ("ref dashed", "Ref: 2026-1102-4455"),
    ("upc", "the SKU is 0 12345 67890 5"),
    ("isbn", "book ISBN 978-0-306-40615-7"),
    ("eticket", "e-ticket 0012345678901"),
    ("expires minutes no code", "the offer expires in 10 minutes?"),
    ("room number", "room 482 at the Hilton charged me twice"),
    ("apt", "apt 716, 22 W 38th St"),
    ("ein", "our company EIN is 12-3456789"),
    ("routing", "routing number 021000021"),
    ("employee id", "my employee id is 523418876 if that helps with the corporate card"),
    ("phone 3-3-4", "reach me at 523-418-8765"),
    ("code scratched", "the code on the back is scratched off"),
    ("reset link time", "the password reset link expired at 10:45"),
    ("spanish zip", "mi código postal es 10285"),
    ("spanish last4", "los últimos 4 dígitos son 1005"),
    ("spanish amount date", "pagué $1,234.56 el 3 de noviembre"),
    ("spanish order", "número de pedido 4839201"),
    ("spanish forgot", "olvidé mi contraseña"),
    ("spanish no code", "no me llegó el código"),
    ("spanish pin talk", "¿cómo cambio mi pin?"),
    ("many numbers", "I paid $250 on 11/03, confirmation 7734421, and called 212-555-0100 at 3:15pm"),
    ("credit limit", "raise my limit to $15,000"),
    ("points", "I have 48,392 points"),
    ("percent apr", "why is my APR 24.99%?"),
    ("last4 ssn", "last 4 of my ssn is 8876"),
    ("ssn talk", "why do you need my social security number?"),
    ("card expiry only", "my card expires 07/29"),
    ("exp and last4", "card ending 1005 exp 07/29"),
    ("dates with slashes", "trip from 12/20 to 01/04"),
    ("invoice", "invoice INV-2026-004471"),
    ("gift card talk", "can I buy a gift card with points?"),
    ("csv harmless", "date,merchant,amount\n2026-11-03,XYZ Store,127.43\n2026-11-05,Delta,489.20"),
    ("json harmless", '{"last4":"1005","zip":"10285","amount":"127.43"}'),
    ("form harmless", "Name: Jordan Rivera\nCard ending: 1005\nZIP: 10285\nPhone: (212) 555-0100"),
    ("otp-like apt code", "the gate code to my building is 4821#"),
    ("confirmation spaced", "confirmation # 483 920"),
    ("temperature", "it was 104 degrees in Phoenix"),
    ("count", "I have 3 cards and 2 authorized users"),
    ("coordinates", "the store is at 40.7128, -74.0060"),
    ("version", "app version 7.42.1 crashes"),
    ("error code", "the site gives error 500 and code E-4471"),
    ("wifi", "the hotel wifi was $14.99 per day"),
    ("order long luhn-fail", "order 4539148803436468 shipped"),
    ("tracking luhn-fail", "tracking number 5412345678901235 hasn't moved"),
    ("membership", "my Delta SkyMiles number is 9102837465"),
    ("hertz", "Hertz confirmation K4839201776"),
    ("spanish phone", "llámame al 55 1234 5678"),
    ("spanish dates", "del 3 al 10 de diciembre"),
    ("spanish ref", "referencia 2026-11-4471"),
    ("spanish cvv talk", "¿dónde está el código de seguridad?"),
    ("spanish ssn talk", "no tengo número de seguro social"),
    ("security question talk", "I don't remember my security question answer"),
    ("2fa talk", "can I turn off 2FA?"),
    ("otp talk number", "the otp is 6 digits?"),
    ("password talk rules spanish", "la contraseña debe tener 8 caracteres"),
    ("pin talk length", "can my pin be 6 digits?"),
    ("time range", "available 9:00-17:00 EST"),
    ("zip in address", "1 Main St, New York, NY 10285"),
    ("two zips", "I moved from 94105 to 10285"),
    ("amount cents", "a 0.99 fee and a 1.50 fee"),
    ("big amount", "$12,345,678.90 is not my balance lol"),
    ("check number", "check #1042 for $300"),
    ("fraud talk", "someone stole my card number"),
    ("cvv lost", "I can't read the cvv, it's worn off"),
    ("late fee", "late fee of $40 on 11/25"),
    ("annual fee", "the $695 annual fee posted 12/01"),
    ("ticket number", "ticket #48392"),
    ("table number", "table 12, party of 4, $182.40"),
    ("uber cash", "$15 of uber cash left"),
    ("mile count", "I flew 12,480 miles this year"),
    ("card count talk", "my card number changed after the replacement"),
    ("SN prefixed", "SN-4532-8812-0071 is the serial"),
    ("imei", "IMEI 356938035643809"),
    ("vin", "VIN 1HGCM82633A004352 for the rental"),
    ("passport-ish", "booking ref ABC123"),
    ("phone ten digits", "my cell is 2125550100"),
    ("dob", "DOB 03/14/1985"),
    ("zip leading zero", "zip 02139"),
    ("account talk", "which account number do I use for ACH?"),
    ("ending two cards", "cards ending 1005 and 3008"),
    ("date with year long", "December 2, 2026 at 10:00am"),
    ("range numbers", "between 300 and 400 dollars"),
    ("spanish addr", "Calle 45 #12-34, Bogotá"),
    ("spanish time", "a las 10:30 de la mañana"),
    ("spanish amount", "me cobraron 2.350 pesos"),
    ("receipt", "Receipt 0042 Terminal 07 Auth 00 Total $27.31"),
    ("approval code", "approval code 48C2X1 on the receipt"),
    ("iban es", "IBAN ES91 2100 0418 4502 0005 1332"),
    ("swift", "SWIFT CHASUS33"),
    ("statement period", "statement period 10/29/26-11/28/26"),
    ("pin pad talk", "the pin pad at the store was broken"),
    ("hunter2 talk", "is hunter2 a good password? jk"),
    ("password hint no value", "my password hint is my first car"),
    ("code talk number", "the code was 6 digits but it expired after 10 minutes"),
    ("otp waited", "I waited 15 minutes and no text came"),
    ("number words harmless", "I spent four hundred dollars on the third of november"),
    ("spanish number words", "gasté quinientos pesos el dos de diciembre"),
    ("zip and amount", "zip 10285, charge $46.10"),
    ("phone with ext", "call 212-555-0100 ext 4821"),
    ("room and date", "room 1205, 12/20-12/24"),
    ("delivery code", "UPS InfoNotice 123456789"),
    ("lot", "parking lot B, space 482"),
    ("amex phone", "is 1-800-297-3276 really amex?"),
    ("year ranges", "from 2019 to 2026"),
    ("cvv mentioned with amount", "they asked for my cvv for a $482 purchase, is that normal?"),
]
for f, t in h:
    H(f, t)

with open(__import__("pathlib").Path(__file__).with_name("guard_probe34.jsonl"), "w", encoding="utf-8") as fh:
    for r in lines:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
sens = sum(r["sensitive"] for r in lines)
print(len(lines), "lines,", sens, "sensitive,", len(lines) - sens, "harmless")
