#!/usr/bin/env python3
"""Blind probe 31 for the amexsim sensitive-data guard.

Written from imagination against the documented policy only. Focus: phone-typed
messages (typos, autocorrect, glued cue words), values inside long stories, values
answering a quoted agent question, passcodes named by the app/service that produced
them, passwords/PINs described by a hint, corrections, Spanish/French/Italian/
Portuguese and code-switching, two secrets in one message; and hard harmless
look-alikes from a card-support chat.
"""
import json
import random

rng = random.Random(3131)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def card(prefix, length):
    while True:
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def not_luhn(length, first="1"):
    while True:
        d = first + "".join(rng.choice("0123456789") for _ in range(length - 1))
        if not luhn_ok(d):
            return d


def grp(d, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return sep.join(out)


def g4(d, sep=" "):
    return grp(d, [4] * (len(d) // 4), sep)


def amex(d, sep=" "):
    return grp(d, [4, 6, 5], sep)


# real prefixes
A1 = card("37", 15); A2 = card("34", 15); A3 = card("3782", 15); A4 = card("3715", 15)
A5 = card("34", 15); A6 = card("37", 15); A7 = card("37", 15); A8 = card("34", 15)
V1 = card("4", 16); V2 = card("4532", 16); V3 = card("4147", 16); V4 = card("4", 16)
V5 = card("4", 16); V6 = card("4", 16); V7 = card("4", 16); V8 = card("4", 13)
M1 = card("51", 16); M2 = card("53", 16); M3 = card("55", 16); M4 = card("2221", 16)
M5 = card("2720", 16); M6 = card("2405", 16); M7 = card("54", 16); M8 = card("52", 16)
D1 = card("6011", 16); D2 = card("6011", 16); D3 = card("6011", 16)

rows = []


def S(kind, note, text):
    rows.append({"text": text, "sensitive": True, "kind": kind, "note": note})


def H(note, text):
    rows.append({"text": text, "sensitive": False, "kind": None, "note": note})


# ---------------------------------------------------------------- card numbers
C = "card_number"
S(C, "typo cue crad", f"my crad number is {g4(V1)} can u check if its blocked")
S(C, "glued cue mycard", f"mycard# {amex(A1)} pls")
S(C, "autocorrect car number", f"car number is {g4(M1)}, the one that got declined at target")
S(C, "long story middle", "So I was at the airport in Denver, flight got cancelled, rebooked on the "
  f"next one and paid for the hotel with my card, {g4(V2)}, and then the hotel charged me twice, once "
  "at check in and again at checkout, and the front desk said they can't see the second charge so "
  "they told me to call my bank which is you. Can you help?")
S(C, "correction sorry typo", f"sorry typo, it's {g4(V3)} not the one I sent")
S(C, "correction swapped digits", f"oops I swapped two digits, correct one is {amex(A2, '-')}")
S(C, "Spanish tarjeta", f"mi número de tarjeta es {g4(M2)} y no me deja pagar")
S(C, "French carte", f"mon numéro de carte est le {g4(V4)}, elle a été refusée hier")
S(C, "Italian carta", f"il numero della carta è {amex(A3)}, mi hanno addebitato due volte")
S(C, "Portuguese cartão", f"o número do meu cartão é {g4(M3, '.')} e foi recusado")
S(C, "code-switch la tarjeta", f"ok so la tarjeta es {D1}, the discover one, not amex")
S(C, "agent question quoted", f"you asked for the long number on the front: {amex(A4)}")
S(C, "agent quoted with quotes", f'"Please confirm the card number" -> {g4(M4)}')
S(C, "two secrets card+cvv", f"card {amex(A5)} cvv 4471 exp 03/29")
S(C, "two secrets card+otp", f"{g4(V5)} and the code from the text is 660192")
S(C, "no spaces in story", f"I bought shoes online with {M5} and never got them, the store stopped answering emails")
S(C, "phone-typed no punctuation", f"hi yes my card {g4(V6)} was stolen last nite need new one asap")
S(C, "two halves in one msg", f"first half is {V7[:8]} and second half is {V7[8:]}")
S(C, "halves reversed order", f"last 8 {M6[8:]} first 8 {M6[:8]}")
S(C, "dashes 4-6-5 amex typo cue", f"amex nubmer {amex(A6, '-')}")
S(C, "Spanish story middle", "Hola buenas, ayer fui al supermercado y cuando pagué con la tarjeta "
  f"{amex(A7)} me salió rechazada, pero tengo saldo, luego intenté en la gasolinera y lo mismo, "
  "necesito que me ayuden porque me voy de viaje mañana")
S(C, "Portuguese code-switch", f"meu cartão {g4(M7)} was charged twice, pode verificar?")
S(C, "French quoted agent", f"Vous m'avez demandé le numéro de la carte: {amex(A8)}")
S(C, "Italian correction", f"scusa ho sbagliato, il numero giusto è {g4(M8)}")
S(C, "13-digit visa old", f"old visa {V8} still gets charges?")
S(C, "discover in parens", f"(discover {g4(D2, '-')}) is the backup card on file")
S(C, "card after newline", f"here it is\n{g4(D3)}\nthx")
S(C, "typo numbr + autocorrect cart", f"the cart numbr is {g4(V1, '')[:8]} {V1[8:]}")
S(C, "emoji after card", f"{amex(A1)} 🙏🙏 pls fix")
S(C, "card + ssn two secrets", f"card {g4(M2)} ssn 412-68-3091 please verify me")

# ---------------------------------------------------------------- security codes
K = "security_code"
S(K, "glued mycvv", "mycvv is 482")
S(K, "glued thecvv", "thecvv=0917")
S(K, "ccv transposition", "ccv is 284")
S(K, "cvb keyboard typo", "cvb 312")
S(K, "securty typo", "securty code 8841")
S(K, "quoted agent back code", "you asked for the code on the back: 0412")
S(K, "quoted agent 4 digit front", "You said you need the 4 digits above the card number - 2290")
S(K, "back numbers r", "the 3 numbers on the back r 739")
S(K, "spaced digits", "cvv: 5 1 9")
S(K, "Spanish codigo seguridad", "el código de seguridad es 447")
S(K, "French cryptogramme", "le cryptogramme visuel au dos est 318")
S(K, "Italian codice sicurezza", "il codice di sicurezza è 562")
S(K, "Portuguese codigo seguranca", "o código de segurança é 913")
S(K, "exp then code", "exp 08/29 and 771")
S(K, "correction cvv swapped", "sorry i meant cvv 318 not 381")
S(K, "long story cvv middle", "I'm trying to buy concert tickets for my daughter's birthday, the site keeps "
  "timing out and asks for the security code every time, I put 6053 like it says on the front of the "
  "card but it still says declined, and now the tickets are almost gone, she's going to be so upset, "
  "can you see what's happening on your end?")
S(K, "signature strip", "the little numbers by the signature strip: 066")
S(K, "cvv2 equals", "cvv2=904")
S(K, "CID amex", "CID 4417")
S(K, "code-switch el cvv", "el cvv es 2 9 3 ok?")
S(K, "security code u asked", "the security code u asked for... 602")
S(K, "sec code spaced", "sec code 4 8 1")
S(K, "Spanish numeros atras", "los tres numeritos de atrás son 558")
S(K, "French code au dos", "le code au dos de la carte c'est 227")
S(K, "Italian tre cifre retro", "le tre cifre sul retro sono 845")
S(K, "Portuguese codigo verso", "o código do verso do cartão é 390")
S(K, "verification value long name", "card verification value: 7713")
S(K, "autocorrect CVS", "my CVS is 438")
S(K, "question then value", "do u need the cvc? 651")
S(K, "cvv + pin two secrets", "cvv 209 and my pin is 5571")
S(K, "sec code in parens", "(sec code 8823)")
S(K, "four digits front of amex", "the four tiny digits printed on the front right side are 3318")

# ---------------------------------------------------------------- SSNs
N = "ssn"
S(N, "typo socail", "my socail security number is 412-68-3091")
S(N, "bare ssn glued digits", "ssn 518227740")
S(N, "social is spaced", "social is 604 22 1187")
S(N, "SS# dashed", "my SS# 532-18-4409")
S(N, "soc sec no", "soc sec no. 611402285")
S(N, "Spanish seguro social", "mi número de seguro social es 523-41-8876")
S(N, "Spanish code-switch social", "mi social es 287 55 1093, for the credit check")
S(N, "Portuguese seguro social", "o meu número de seguro social é 349-71-2260")
S(N, "French securite sociale US", "mon numéro de sécurité sociale américain est 451-09-3377")
S(N, "Italian previdenza sociale SSN", "il mio SSN è 219 64 5518")
S(N, "correction ssn", "sorry typo its 532-18-4490 not 4409")
S(N, "agent quoted ssn", "you asked for my social: 604-22-1178")
S(N, "long story ssn middle", "My identity got stolen last year and someone opened three cards in my name, "
  "I had to freeze my credit and now when I apply they want to verify me, my social is 378 40 2216 "
  "and my date of birth is 4/12/1987, the letter from you said to call but the line is always busy, so "
  "I'm trying the chat instead.")
S(N, "sociel typo hash", "my sociel security # is 611 40 2285")
S(N, "ssn words", "SSN: six one one four zero two two eight five")
S(N, "ss number dots", "my SS number 611.40.2258")
S(N, "ssn parts order", "social ends 7740 and starts 518 22")
S(N, "dashed no cue", "here: 233-45-8812")
S(N, "glued myssn", "myssn is 233458812")
S(N, "autocorrect social secretary", "my social secretary number is 415-27-6634")
S(N, "taxpayer id SSN", "taxpayer id (SSN) 415276643")
S(N, "ssn then dob", "ssn 322-19-4471 dob 03/14/1979")
S(N, "ssn slash", "social sec # 322/19/4417")
S(N, "ssn + password two secrets", "ssn 129-48-3306 and my online password is Dakota!19")
S(N, "ssn after question", "Do you need my social security number? 129 48 3360")
S(N, "ssn Spanish words", "mi seguro social: cuatro cinco uno, cero nueve, tres tres siete siete")
S(N, "ssn last four then first five", "last four of ssn 2260, first five 349 71")
S(N, "SSN full spelled soc", "full soc is 451093377")
S(N, "SSN underscore", "SSN_ 287-55-1039")
S(N, "ssn itin confusion", "not sure if you need ITIN or SSN, my SSN is 501 33 7820")
S(N, "ssn phone typo", "ny ssn is 501-33-7802")
S(N, "ss no dashes long story end", "I just moved from Ohio to Texas and updated my address already, "
  "the app keeps saying it can't verify my identity, the ss no is 478219305")

# ---------------------------------------------------------------- OTPs
O = "otp"
S(O, "google authenticator", "the code from google authenticator is 448 102")
S(O, "authy", "authy shows 903214")
S(O, "microsoft authenticator", "microsoft authenticator: 771 045")
S(O, "amex app code", "the amex app showed me a code, 552190")
S(O, "email from amex", "the email from amex says your code is 660413")
S(O, "email w/ code", "i got an email w/ code 660431 is that legit")
S(O, "sms said", "the sms said 318 774")
S(O, "verifcation typo", "verifcation code 882013")
S(O, "verification cod truncated", "verification cod is 882031")
S(O, "otp glued", "myotp 4417")
S(O, "one time pass code spaced", "one time pass code 77 31 04")
S(O, "safekey", "safekey code 492817")
S(O, "you just texted", "the code you just texted me: 603318")
S(O, "Spanish llego por mensaje", "el código que me llegó por mensaje es 448120")
S(O, "French SMS", "le code reçu par SMS est 339021")
S(O, "Italian codice OTP", "il codice OTP è 551902")
S(O, "Portuguese recebi SMS", "o código que recebi por SMS é 228104")
S(O, "bank app push", "my bank app push notification had 771903 in it")
S(O, "duo", "duo gave me 551 203")
S(O, "2fa code", "the 2fa code is 990112")
S(O, "expires in mins", "the one time code expires in 2 mins, its 410592")
S(O, "correction otp", "sorry, it's 410529 not 410592 (the verification code)")
S(O, "agent quoted otp", "you asked for the code we sent: 774120")
S(O, "long story otp middle", "I was trying to add my card to Apple Pay on my new phone and it asked me to "
  "verify, so I picked text message and got 305917 but when I typed it the wallet app crashed, and "
  "now it says too many attempts, I also tried calling but was on hold forever. How long until I can try again?")
S(O, "whatsapp code", "got a whatsapp msg with code 3321-09")
S(O, "verification Spanish code-switch", "me llegó el verification code: 804417")
S(O, "autocorrect vertification", "vertification code is 193028")
S(O, "okta verify", "okta verify number 418 992")
S(O, "email subject pasted", "Subject: Your American Express one-time code\n\nYour code is 845529. It expires in 10 minutes.")
S(O, "otp + password two secrets", "code 715044 and password Biscuit#7")
S(O, "text msg glued", "thetext said 660728")
S(O, "French code de verification", "le code de vérification c'est 720318")

# ---------------------------------------------------------------- passwords / PINs
P = "password"
S(P, "dog name plus 99", "it's my dog's name plus 99: Rex99")
S(P, "pasword typo", "my pasword is Tulip#2024")
S(P, "pw equals", "pw = bluefish!77")
S(P, "glued mypassword", "mypassword is Sunflower88")
S(P, "passwrd colon", "passwrd: Kestrel$91")
S(P, "login slash", "login: mgarcia / Salsa2020!")
S(P, "daughter name birth year", "my online password is my daughter's name and birth year, Emma2011")
S(P, "PIN is", "PIN is 8832")
S(P, "pin number spaced", "my pin number is 4 4 9 1")
S(P, "Spanish contrasena", "mi contraseña es Girasol#55")
S(P, "French mot de passe", "mon mot de passe est Chaton2019!")
S(P, "Italian password e", "la mia password è Gatto_88")
S(P, "Portuguese senha", "minha senha é Praia2023$")
S(P, "correction password", "sorry typo, the password is Rex990 not Rex99")
S(P, "agent quoted password", "you asked for my password: hunter!42")
S(P, "long story password middle", "I have been locked out for two days now, I reset it twice, the last "
  "time I set it to Watermelon$42 and wrote it on a sticky note, and it still says invalid credentials "
  "every time I log in, I'm using the app on an iPhone 13, please help me get back in before my bill is due.")
S(P, "ATM pin contraction", "my ATM pin's 6620")
S(P, "Spanish NIP", "mi NIP es 4471")
S(P, "Spanish PIN tarjeta", "el PIN de mi tarjeta es 3390")
S(P, "pin colon spaced", "pin: 1 9 8 4")
S(P, "street name hint", "my password is the name of my street plus 7: Maplewood7")
S(P, "password + pin two secrets", "password Orchid!22, pin 7702")
S(P, "passphrase", "passphrase: purple monkey dishwasher 9")
S(P, "passwd glued", "passwd:Quartz#8")
S(P, "use everywhere", "the password I use everywhere is Bailey2015!")
S(P, "p/w", "p/w Marigold!3")
S(P, "Italian PIN", "il mio PIN è 2468")
S(P, "Portuguese code-switch senha", "my senha is Futebol10")
S(P, "French code secret carte", "le code PIN de ma carte est 5190")
S(P, "pin same as birth year", "my pin is my birth year, 1986")
S(P, "autocorrect passport", "my passport is Lighthouse#4 for the website login")
S(P, "quoted agent Spanish password", "me pediste la contraseña: Tortuga2021")

# ---------------------------------------------------------------- harmless
bad16a = not_luhn(16, "4"); bad16b = not_luhn(16, "5"); bad15 = not_luhn(15, "3")
ref15 = not_luhn(15, "2"); ref16 = not_luhn(16, "8"); ref19 = not_luhn(19, "7")
H("dispute amount date", "I want to dispute $1,249.99 charged on 11/03/2026 at Best Buy, I returned it")
H("dispute amount euro", "me cobraron 1.234,56 € el 02/11/2026 y no reconozco el cargo")
H("two dispute amounts", "Charged $84.12 twice on Nov 28 and Nov 29 at Shell #40219")
H("merchant phone US", "the merchant's number is 1-888-555-0147 but no one answers")
H("merchant phone parens", "I called the store at (312) 555-0199 and they said call amex")
H("merchant phone UK", "hotel in London, +44 20 7946 0958, says they refunded")
H("merchant phone Spain", "el teléfono del comercio es +34 912 345 678")
H("merchant phone France", "le numéro du marchand est 01 42 68 53 00")
H("transaction ref 15 fail", f"transaction reference {ref15} on the statement")
H("transaction ref 16 fail", f"ref# {ref16}")
H("transaction ref 19 fail", f"the refund reference is {ref19}")
H("ARN 23 digits", "the acquirer reference number ARN is 24492156234000123456789")
H("confirmation code alnum", "confirmation code K7XQ2M for my flight")
H("confirmation number 8", "hotel confirmation number 82910374")
H("booking confirmation 6 digits", "my booking confirmation is 482913, the hotel has no record")
H("ZIP+4", "my zip is 90210-1234")
H("ZIP bare", "zip code 10001")
H("ZIP+4 verification", "billing zip 60614-2207, last four 1005")
H("address long house number", "ship the new card to 12845 W Sunset Blvd Apt 3102, Los Angeles CA 90049")
H("address 5 digit + suite", "new address: 40211 Ridgeview Pkwy Suite 1800, Austin, TX 78731-4410")
H("address Spanish", "mi dirección es Calle 72 #10-34, Bogotá")
H("address French", "j'ai déménagé au 118 rue de Rivoli, 75001 Paris")
H("loyalty marriott", "my Marriott Bonvoy number is 847 291 034")
H("loyalty skymiles", "Delta SkyMiles # 9274018365 didn't get the bonus miles")
H("loyalty hilton", "Hilton Honors 1029384756 should have gotten points for the stay")
H("flight number", "flight AA2291 on 12/14 got cancelled, I want a refund")
H("flight number UA", "UA 1482 from ORD to SFO, charged twice for bags")
H("flight + seat + pnr", "DL 405 seat 32C, record locator HJK29P")
H("last 4 card", "card ending in 1005")
H("last four amex", "the last four digits of my card are 3782")
H("last 4 ssn", "last 4 of my ssn is 7740")
H("last 4 ssn Spanish", "los últimos 4 de mi seguro social son 8876")
H("masked card stars", "**** **** **** 1234 is the card")
H("masked amex x", "xxxx-xxxxxx-x1007 shows on my statement")
H("masked first6 last4", "the receipt shows 371449******8431")
H("masked dots", "•••• 4417 got declined")
H("what is cvv", "what is a CVV?")
H("where security code", "where do I find my security code?")
H("cid front question", "is the CID the 4 digits on the front of an amex?")
H("cvv digits count", "CVV is 3 digits on visa and 4 on amex right?")
H("didn't get otp", "I didn't get the OTP, can you resend?")
H("otp expired", "my verification code expired before I could type it")
H("otp came late", "the one time code came 15 minutes late")
H("otp sent to phone ending", "verification code was sent to phone ending 4417 but I changed numbers")
H("forgot password", "I forgot my password")
H("password has #", "my password has a # in it, is that why it fails?")
H("password length", "can my password be 20 characters?")
H("password wrong 3 times", "I typed my password 3 times and now I'm locked")
H("password rules", "the password needs 8 to 20 characters and one symbol?")
H("pin change", "how do I change my PIN?")
H("pin length question", "can I have a 6 digit pin instead of 4?")
H("Spanish forgot password", "olvidé mi contraseña y no me llega el código")
H("French no code", "je n'ai pas reçu le code de vérification")
H("Italian forgot password", "ho dimenticato la password dell'app")
H("Portuguese no code", "não recebi o código de verificação")
H("Portuguese senha bloqueada", "minha senha foi bloqueada depois de 3 tentativas")
H("tracking UPS", "UPS tracking 1Z999AA10123456784 shows delivered but nothing came")
H("tracking USPS 22", "USPS tracking 9400 1000 0000 0000 0000 00")
H("tracking FedEx 12", "fedex tracking 7712 3456 7890")
H("case number", "my dispute case number is 48291034")
H("case number dashed", "case # 2611-0049-88 still open")
H("amazon order 3-7-7", "amazon order 112-4827163-3918204 never arrived")
H("order 16 fail Luhn", f"order number {bad16a} from the online store")
H("invoice 16 fail", f"invoice no. {g4(bad16b)} from the contractor")
H("confirmation 15 fail", f"confirmation {amex(bad15, '-')} from the airline")
H("time", "the charge came at 10:45 pm, I was asleep")
H("date range", "charges from 11/01/2026 to 11/30/2026 look wrong")
H("member since", "member since 1998, never had this issue")
H("age", "I'm 34 and this is my first card")
H("social security check", "my social security check of $1,842 arrived on 12/01, can I pay with it?")
H("SSA phone", "I called 1-800-772-1213 (social security administration) about my name change")
H("social security office address", "the social security office at 1250 Main St asked for a letter from you")
H("routing checking", "routing 021000021 checking 4829103375 for autopay")
H("IBAN", "my IBAN is DE89 3704 0044 0532 0130 00")
H("IBAN FR", "mon IBAN: FR14 2004 1010 0505 0001 3M02 606")
H("gift card", "gift card number 6006 4912 3456 7890 123 balance?")
H("coordinates", "the ATM was at 40.7128, -74.0060")
H("text from short code", "I got a text from 22235 saying my account is locked, is it real?")
H("cvv worn off", "my cvv wore off, can you send a new card?")
H("code scratched", "the code on the back is scratched off")
H("security code field", "the security code field only lets me type 3 numbers but amex has 4")
H("cvv Spanish question", "¿dónde está el código de seguridad de mi tarjeta?")
H("cvv French question", "c'est où le cryptogramme sur une amex?")
H("amount looks like prefix", "the charge was $3,782.10 at the jeweler")
H("amount + date + ref", "Refund of $312.48 on 11/27/2026, ref 8820193")
H("employee id", "the rep gave me her employee id 55120")
H("phone ending with otp word", "the code was sent to 555-201-7788, that's my old number")
H("EIN business", "our business EIN is 12-3456789 for the corporate card")
H("year list", "I've paid on time 2019, 2020, 2021, 2022")
H("account number savings", "savings account 000123456789 at my credit union")
H("device serial", "the card reader serial is SN-4532-8812-0041")
H("sender number texted", "the number that texted me was 263-97")
H("statement closing", "my statement closes on the 24th and payment due 12/19")
H("credit limit", "can I get my limit raised from 5000 to 12000?")
H("percentage APR", "why is my APR 29.24% now")
H("Spanish amount date", "pagué 4.500 pesos el 15/11 en Liverpool y me cobraron 2 veces")
H("Italian amount", "mi hanno addebitato 89,90 € il 3 novembre da Zalando")
H("Portuguese amount", "fui cobrado R$ 1.299,00 duas vezes no dia 20/11")
H("French amount", "j'ai été débité de 249,00 € le 18/11 chez Fnac")
H("apartment unit pin word", "my building entry pin pad is broken, unit 4B")
H("pin code India", "pincode 560034 Bangalore")
H("password manager talk", "I use a password manager so I don't know it by heart")
H("password reset link", "the password reset link you emailed is expired")
H("otp app talk", "can I use google authenticator instead of text codes?")
H("authenticator no value", "my authenticator app got deleted when I changed phones")
H("safekey question", "what is amex safekey and why is it asking me?")
H("last 5 of card", "card ending 31005 on the old statement? no wait it's 1005")
H("multiple last4s", "I have two cards, ending 1005 and 2008, which one is blocked")
H("masked ssn", "ssn on file ***-**-7740 is right")
H("masked ssn xxx", "my social shows as XXX-XX-4409")
H("rewards points", "I have 48,210 Membership Rewards points")
H("Membership Rewards number", "Membership Rewards account 7719204365 missing points")
H("zip + last4", "zip 33139, last 4 is 1007")
H("check number", "check #1043 for $250 bounced?")
H("tracking Spanish", "el número de seguimiento es 7712 3456 7890")
H("phone Italian", "il mio numero è +39 347 123 4567")
H("phone Portuguese", "meu telefone é (11) 98765-4321")
H("order Spanish", "el pedido 402-7731982-1129934 nunca llegó")
H("code-switch harmless", "la tarjeta ending 1005 fue rechazada en el restaurante")
H("quoted agent no value", "you asked for the code on the back but I don't have the card with me")
H("quoted agent declined", "you asked for my password, I'm not giving that out in chat")
H("security question talk", "it asked my security question and I don't remember my first pet")
H("old address long", "previous address 1600 Pennsylvania Ave NW Washington DC 20500-0003")
H("hotel folio", "hotel folio 0021847 room 1412 charged twice")
H("rental agreement", "Hertz rental agreement 719283746 charged a fuel fee")
H("uber receipt", "Uber trip on 11/22 at 11:48 PM for $63.20, I didn't take it")
H("store number", "Walgreens store #09123 charged me $19.99")
H("two amounts disputes", "dispute 1: $45.00 on 10/02, dispute 2: $1,020.33 on 10/09")
H("cvv question Italian", "dove trovo il codice di sicurezza sulla carta?")
H("Portuguese cvv question", "onde fica o código de segurança do cartão?")
H("pin blocked", "my pin got blocked at the ATM after 3 tries")
H("passcode talk", "the passcode screen on the app keeps freezing")
H("otp not received Spanish", "no me llegó el código de verificación al celular")
H("authenticator 6 digits talk", "authenticator shows 6 digits but the site wants 8?")
H("flight + amount", "paid $612.40 for flight B6 1123 on 12/20, never flew")
H("confirmation number Spanish", "el número de confirmación es 71829304")
H("train ticket", "Amtrak reservation 3C1F92, train 2151 on Dec 5")
H("ZIP+4 story", "I moved to 2250 N Clark St, Chicago 60614-3301 and the card was sent to my old place")
H("dispute ref Spanish", "referencia de la disputa: 5520193847")
H("cvv word no value long", "I'm worried because a website asked for my CVV and my card number and I typed them in before I realized it was a scam, can you cancel the card?")
H("password word no value Spanish", "mi contraseña tiene un símbolo # y la app no la acepta")
H("pin word French", "j'ai oublié mon code PIN")
H("mobile bank phone", "text me at 415-555-0132 when the card ships")
H("late fee", "why was I charged a $40 late fee on 11/15?")
H("date written", "on December 2nd, 2026 I got a call from 1 (800) 528-4800")
H("hotel phone intl", "+1 (702) 555-0142 is the hotel in Vegas")
H("number of digits question", "how many digits is an amex card number, 15?")
H("cvv is on back statement", "on amex the CID is on the front, not the back like visa")
H("quoted agent 4 digits last4", "you asked for the last 4 digits: 1005")
H("quoted agent zip", "you asked for my zip: 94107")
H("masked full", "Card: XXXX XXXXXX X2003, exp 05/29")
H("expiry only", "exp date 08/29 on the new card")
H("correction last4", "sorry typo, last 4 is 1007 not 1005")
H("correction zip", "sorry my zip is 94110 not 94107")
H("correction amount", "correction: the charge was $218.40, not $281.40")
H("correction date", "sorry typo, the date was 11/21 not 11/12")
H("loyalty Spanish", "mi número de viajero frecuente es 8812930475")
H("long story harmless", "I booked a trip to Cancun for $2,318.44 on 10/15/2026, confirmation LX4Q9Z, "
  "flight AM 642, hotel booking 55190384, then the airline changed the time to 6:40 AM and I cancelled, "
  "they promised a refund within 7-10 business days but it's been 30 days, case 00418827 with them, "
  "can you open a dispute?")
H("long story harmless 2", "Hi, I'm at 4518 Ocean View Dr Unit 12, Miami FL 33139-2207. My card ending 1009 "
  "was declined at Publix store 1421 for $87.13 at 6:12 PM today, and the cashier said to call "
  "1-800-528-4800. Is something wrong with my account?")
H("quantities", "I made 3 payments of 250, 300 and 4500 last month")
H("password exists statement", "yes I have a password for the online account, it works")
H("otp count", "I got 4 codes in a row, which one do I use?")
H("app version", "app version 6.43.0 build 20261120 crashes on login")
H("error code", "the app shows error code 500 when I log in")
H("error code 4 digits", "checkout says error 4012 every time")
H("reference letters digits", "your letter ref AMX-2026-118204 asked me to call")

if __name__ == "__main__":
    with open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "guard_probe31.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in rows)
    print(len(rows), "lines,", sens, "sensitive")
