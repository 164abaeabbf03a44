"""Seeded generator of tests/data/guard_corpus.jsonl: ``python tests/data/make_guard_corpus.py``.

Luhn-valid numbers of every network are generated with a fixed seed and written into varied
chat sentences, beside hand-written lines; re-running it rewrites the same file.
"""

import json
import random
from pathlib import Path

from cardnumbers import with_check_digit

R = random.Random(20240815)


def complete(prefix, length):
    return with_check_digit(prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1)))


def failing(prefix, length):
    d = complete(prefix, length)
    last = str((int(d[-1]) + R.randint(1, 9)) % 10)
    return d[:-1] + last


NETWORKS = [
    ("amex", ["34", "37"], [15]),
    ("visa", ["4"], [13, 16, 19]),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2500", "2720"], [16]),
    ("discover", ["6011", "65", "644", "649"], [16, 19]),
    ("diners", ["36", "38", "300", "305"], [14]),
    ("jcb", ["35"], [16, 19]),
    ("unionpay", ["62"], [17, 18, 19]),
]


def card(network=None, length=None):
    _name, prefixes, lengths = network or R.choice(NETWORKS)
    return complete(R.choice(prefixes), length or R.choice(lengths))


def group(d, sep=" ", style=None):
    n = len(d)
    if style is None:
        style = "465" if n == 15 else ("464" if n == 14 else "4s")
    if style == "none":
        return d
    if style == "465" and n == 15:
        sizes = [4, 6, 5]
    elif style == "464" and n == 14:
        sizes = [4, 6, 4]
    elif style == "3s":
        sizes = [3] * (n // 3) + ([n % 3] if n % 3 else [])
    else:
        sizes = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    return sep.join(out)


FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}
ARABIC = {str(i): chr(0x0660 + i) for i in range(10)}
PERSIAN = {str(i): chr(0x06F0 + i) for i in range(10)}
DEVANAGARI = {str(i): chr(0x0966 + i) for i in range(10)}
BENGALI = {str(i): chr(0x09E6 + i) for i in range(10)}
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def script(text, table):
    return "".join(table.get(c, c) for c in text)


def zero_width(d, ch="\u200b"):
    return ch.join(d)


def spelled(d, oh=False, sep=" "):
    return sep.join(("oh" if (oh and c == "0") else WORDS[int(c)]) for c in d)


def typo(d):
    out = []
    for c in d:
        if c == "0" and R.random() < 0.6:
            out.append(R.choice("Oo"))
        elif c == "1" and R.random() < 0.6:
            out.append(R.choice("lI"))
        else:
            out.append(c)
    return "".join(out)


lines = []


def add(text, sensitive, kind=None, note=None):
    row = {"text": text, "sensitive": sensitive}
    if kind:
        row["kind"] = kind
    if note:
        row["note"] = note
    lines.append(row)


CARD_LEADS = [
    "my card is {}",
    "card number {}",
    "here's my amex {} can you check it",
    "the number is {}",
    "{} is my card",
    "I'm using {} for the payment",
    "cc: {}",
    "acct {} please update",
    "can you verify {} for me?",
    "ok so it's {}",
    "Card no. {}, thanks!",
    "use {}",
    "it says {} on the front",
    "pls charge {}",
    "my new card {} hasn't been activated",
    "{}",
    "number: {} exp 08/27",
    "Hi, I need help with {}",
    "it's {} - can you look it up",
    "the account is {}",
    "{} <- this one",
    "my visa {} got declined",
    "Mastercard {}",
    "the discover card {}",
    "diners club {}",
    "i typed {} into the form",
    "full number {}",
]

# --- cards: every network and length, several groupings and separators ---
for net in NETWORKS:
    for length in net[2]:
        for style, sep in [("465" if length == 15 else "4s", " "), ("4s", "-"), ("none", ""), ("4s", ".")]:
            d = card(net, length)
            add(R.choice(CARD_LEADS).format(group(d, sep or " ", style)), True, "card_number", f"{net[0]} {length} {style}{sep!r}")
for _ in range(6):
    d = card()
    add(R.choice(CARD_LEADS).format(group(d, " ", "3s")), True, "card_number", "groups of three")
for _ in range(4):
    d = card(NETWORKS[0], 15)
    add(R.choice(CARD_LEADS).format(group(d, " - ", "465")), True, "card_number", "spaced dashes")
for _ in range(3):
    d = card(NETWORKS[1], 16)
    g = group(d, " ", "4s").split(" ")
    add(f"my card {g[0]}-{g[1]} {g[2]}.{g[3]} thx", True, "card_number", "mixed separators")
# named as something else but passes Luhn
for lead in ["order number {}", "my tracking number is {}", "confirmation #{}", "reference {} from last week"]:
    add(lead.format(group(card(), "", "none")), True, "card_number", "Luhn-valid whatever it is called")
# glued
for tmpl in ["card#{}thanks", "number:{}!!", "cc{}exp0827", "my card is{}.", "ref={}&x=1", "({})"]:
    add(tmpl.format(card()), True, "card_number", "glued to words")
# scripts
for table, name in [
    (FULLWIDTH, "fullwidth"),
    (ARABIC, "arabic-indic"),
    (PERSIAN, "persian"),
    (DEVANAGARI, "devanagari"),
    (BENGALI, "bengali"),
]:
    for _ in range(3):
        d = card()
        add(
            R.choice(CARD_LEADS).format(script(group(d, R.choice([" ", "-", ""]) or " ", R.choice(["4s", "none"])), table)),
            True,
            "card_number",
            name,
        )
# invisible characters
for ch, name in [
    ("\u200b", "zwsp"),
    ("\u200c", "zwnj"),
    ("\u200d", "zwj"),
    ("\u2060", "word joiner"),
    ("\ufeff", "bom"),
    ("\u00ad", "soft hyphen"),
    ("\u200e", "lrm"),
]:
    d = card()
    add(R.choice(CARD_LEADS).format(zero_width(d, ch)), True, "card_number", name)
for _ in range(3):
    d = card()
    g = group(d, "\u00a0", "4s")
    add(R.choice(CARD_LEADS).format(g), True, "card_number", "nbsp between groups")
# spelled out
for _ in range(4):
    d = card(NETWORKS[0], 15)
    add(
        R.choice(["my card is {}", "ok the number: {}", "{}", "It reads {}"]).format(spelled(d, oh=R.random() < 0.5)),
        True,
        "card_number",
        "spelled out",
    )
for _ in range(3):
    d = card(NETWORKS[1], 16)
    add("card " + spelled(d, sep=", "), True, "card_number", "spelled with commas")
for _ in range(4):
    d = card()
    cut = R.randint(6, len(d) - 4)
    add(f"my card is {group(d[:cut], ' ', '4s')} {spelled(d[cut:], oh=True)}", True, "card_number", "mixed words and digits")
for _ in range(2):
    d = card()
    add("Number is " + " ".join(WORDS[int(c)].capitalize() for c in d), True, "card_number", "capitalised words")
# O/l typos
for _ in range(6):
    d = card()
    while "0" not in d and "1" not in d:
        d = card()
    add(
        R.choice(CARD_LEADS).format(group(typo(d), R.choice([" ", "-", ""]) or " ", R.choice(["4s", "none"]))),
        True,
        "card_number",
        "O/l typed for 0/1",
    )
# mistyped but named as a card
for tmpl in [
    "my card number is {}",
    "card no {} not working",
    "account number: {}",
    "amex {} please",
    "here's my credit card {}",
    "acct# {}",
    "{} is my card number",
    "the visa is {}",
]:
    add(tmpl.format(group(failing(R.choice(["37", "4", "51"]), R.choice([15, 16])), " ")), True, "card_number", "fails Luhn, named as card")

# --- security codes ---
for tmpl, n in [
    ("the cid is {}", 4),
    ("CID: {}", 4),
    ("cvv {}", 3),
    ("my CVV2 is {}", 3),
    ("cvc={}", 3),
    ("security code {}", 4),
    ("the security code on the back is {}", 3),
    ("the code on the front of my card is {}", 4),
    ("4 digit code on the front: {}", 4),
    ("the three digit code is {}", 3),
    ("{} is the cvv", 3),
    ("my zip is 10285 and the cvv is {}", 3),
    ("card security code = {}", 4),
    ("CSC {}", 3),
    ("exp 09/28 cvv {}", 3),
    ("and the CID, it's {}", 4),
    ("cvv: {} (back of card)", 3),
    ("Card verification value {}", 3),
    ("cid ({})", 4),
    ("the four digits on the front are {}", 4),
]:
    add(tmpl.format("".join(R.choice("0123456789") for _ in range(n))), True, "security_code")
add("cid is four two one seven", True, "security_code", "spelled")
add("cvv ７３２", True, "security_code", "fullwidth")


# --- SSNs ---
def ssn():
    while True:
        a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
        if a != 666:
            return f"{a:03d}", f"{g:02d}", f"{s:04d}"


for tmpl, sep in [
    ("my ssn is {}", "-"),
    ("SSN: {}", ""),
    ("social security number {}", " "),
    ("my social is {}", "-"),
    ("{} is my social", ""),
    ("ss# {}", "-"),
    ("here's my SSN {} can you verify", "."),
    ("social security no. {}", " "),
    ("the ssn on file should be {}", ""),
    ("{}", "-"),
    ("Please note {} for the form", "-"),
    ("taxpayer id {}", "-"),
    ("my social sec number: {}", ""),
    ("SSN {} and dob 04/12/1985", "-"),
    ("ssn -> {}", " "),
    ("I gave you {} yesterday", "-"),
]:
    add(tmpl.format(sep.join(ssn())), True, "ssn")
add("my ssn is " + spelled("".join(ssn())), True, "ssn", "spelled")
add("my social is " + script("-".join(ssn()), FULLWIDTH), True, "ssn", "fullwidth")
add("SSN " + zero_width("".join(ssn())), True, "ssn", "zero-width")


# --- OTPs ---
def code(n):
    return "".join(R.choice("0123456789") for _ in range(n))


for tmpl, n in [
    ("the code you texted is {}", 6),
    ("otp {}", 6),
    ("my one-time passcode is {}", 6),
    ("verification code: {}", 6),
    ("{} is the code you sent me", 6),
    ("passcode {}", 8),
    ("here's the one time code {}", 4),
    ("the verification code was {}", 6),
    ("OTP = {}", 6),
    ("Your text said {} is my code", 6),
    ("the code I got is {}", 6),
    ("2FA code {}", 6),
    ("authentication code {}", 7),
    ("the sms code {}", 5),
    ("security code you texted me: {}", 6),
    ("got the code, it's {}", 6),
    ("code: {}", 6),
    ("the one-time password is {}", 8),
    ("activation code {}", 6),
    ("login code is {}", 6),
]:
    add(tmpl.format(code(n)), True, "otp")
add("the code you sent is 482 913", True, "otp", "grouped")
add("verification code is four seven one nine three two", True, "otp", "spelled")

# --- passwords and PINs ---
PASSWORDS = [
    "hunter2",
    "Summer2024!",
    "s3cret",
    "P@ssw0rd",
    "tr0ub4dor&3",
    "blue-Moon-77",
    "iloveNYC",
    "correcthorse",
    "Qwerty123",
    "dragon",
    "letmein99",
    "fluffy#cat",
]
for tmpl in [
    "my password is {}",
    "pw: {}",
    "pwd={}",
    "password {}",
    "My password's {}",
    "the password for my account is {}",
    "login is bob / {}",
    "username: bob password: {}",
    "user jsmith pass {}",
    "creds: jdoe@example.com / {}",
    "password = {}",
    "passwd: {}",
    "my password was {} before i changed it",
    'password: "{}"',
    "pw is {}",
    "login: mary.k | {}",
]:
    add(tmpl.format(R.choice(PASSWORDS)), True, "password")
for tmpl in [
    "my PIN is {}",
    "pin {}",
    "PIN: {}",
    "pin number is {}",
    "{} is my pin",
    "my atm pin = {}",
    "new pin should be {}",
    "the pin code {}",
]:
    add(tmpl.format(code(R.choice([4, 4, 6]))), True, "password", "PIN")
add("my pin is four eight two one", True, "password", "spelled PIN")
add("PIN ５５２９", True, "password", "fullwidth PIN")

n_sensitive = len(lines)

# --- benign but tricky ---
BENIGN = [
    # last four and masked
    "my card ending in 1005 was declined",
    "card ending 1005",
    "last 4 digits 1005",
    "the last four are 4821",
    "last 4 of my SSN is 1234",
    "last four of my social: 6789",
    "it ends in 0005",
    "xxxx-xxxxxx-x1005",
    "****1005 is the one",
    "XXXX XXXX XXXX 1005",
    "card ****-****-****-4242",
    "•••• 3005 declined",
    "amex ending with 31005",
    "the card that ends with 2001 got stolen",
    "acct ending in 88",
    "my card ending in one oh oh five",
    "XXX-XX-6789 is what the letter shows",
    # zip
    "my zip is 10285",
    "ZIP 10285-1234",
    "zip code 94105",
    "postal code 10285",
    "I live in 60614",
    "zip 10285 and my last 4 are 1005",
    "10285",
    "NY 10285-1234",
    # amounts
    "I was charged $1,234.56 twice",
    "€1.234,56 pending",
    "refund of 1 234,56 EUR",
    "$12,345.67 limit",
    "balance is $3,499.00",
    "payment of $250 on 08/15",
    "£99.99 subscription",
    "¥120000 charge in Tokyo",
    "I paid 1,250.00 on the 3rd",
    "it was 49.99 USD",
    "credit limit 15000",
    "a charge for $7,431.22 at Target",
    "charged 2 x $19.99",
    "1.234.567,89 total",
    "the fee was 39 dollars",
    # dates, expiry, times
    "on 08/15 I saw a charge",
    "2026-08-15",
    "15.08.2026 at the hotel",
    "exp 08/27",
    "expiry 08/2027",
    "valid thru 11/29",
    "at 10:30 this morning",
    "around 3:45pm",
    "it expires 12/26 cid is on the back",
    "between 9:00 and 17:30",
    "statement dated 2025-01-31",
    "since March 3, 2024",
    "from 01/01/2025 to 03/31/2025",
    "my birthday is 04/12/1985",
    "dob 1985-04-12",
    # phones
    "call 1-800-528-4800",
    "(800) 528-4800",
    "+1 800 528 4800",
    "my number is 212-555-0187",
    "call me at 212.555.0187",
    "phone +44 20 7946 0958",
    "+91 98765 43210",
    "reach me on 555 0187",
    "the number on the back of my card is 1-800-528-4800",
    "+86 138 0013 8000",
    "+33 1 42 68 53 00",
    "text me at 917 555 0134",
    "fax 212-640-2000",
    # addresses, years, quantities
    "200 Vesey Street, New York, NY 10285",
    "I moved to 1600 Pennsylvania Ave NW, Washington, DC 20500",
    "apt 4B, 350 5th Ave",
    "in 2019 I opened it",
    "I have 3 cards",
    "about 12 transactions",
    "42 Wallaby Way, Sydney 2000",
    "PO Box 1234",
    "unit 12, 77 Massachusetts Ave, Cambridge MA 02139",
    "I've been a member since 1998",
    "2 cards, 1 account",
    "7 days ago",
    # talk without values
    "can I get a new CID?",
    "where is the cvv on an amex?",
    "my new card number arrived",
    "what's a CID?",
    "I forgot my password",
    "how do I reset my PIN",
    "my password is not working",
    "my password is wrong",
    "I didn't get a verification code",
    "the verification code expired",
    "resend the one-time passcode please",
    "do you need my SSN?",
    "I won't give my social security number in chat",
    "is my card number safe?",
    "what is the security code for?",
    "my password is too short apparently",
    "password reset link is broken",
    "I changed my PIN yesterday",
    "my pin was locked after 3 attempts",
    "the code never came",
    "I typed the code but it failed",
    "should I share my card number?",
    "can you text me a code",
    "my password is case sensitive right?",
    "the login page keeps crashing",
    "username is fine, password not",
    "how many digits is the CID",
    "the cid is 4 digits right?",
    "the pin must be 4 to 6 digits",
    "the code you sent expired after 10 minutes",
    "my password has 12 characters",
    "I got 2 verification codes",
    "security code on the back is smudged",
    "password expired",
    "my ssn changed? no way",
    "it's a 15 digit card number right",
    "the OTP was sent to my phone ending 4800",
    "my social security card got lost",
    "passcode isn't working",
    "pin reset please",
    # order/tracking/reference numbers (fail Luhn where at card length)
]
for tmpl in [
    "order number {}",
    "tracking number {}",
    "my invoice # {}",
    "confirmation number {}",
    "reference number {}",
    "case number {}",
    "ticket {} still open",
    "the dispute ref is {}",
    "UPS tracking {}",
    "order #{} hasn't shipped",
    "claim number: {}",
    "transaction id {}",
    "my confirmation code is {}",
    "booking reference {}",
    "receipt no. {}",
    "case {} from yesterday",
]:
    d = failing(R.choice(["1", "7", "9", "8", "4", "3", "5"]), R.choice([12, 13, 14, 15, 16, 18, 19]))
    BENIGN.append(tmpl.format(d))
for tmpl in ["order {}", "case ID {}", "ref {}", "ticket #{}", "tracking {}"]:
    BENIGN.append(tmpl.format(code(R.choice([6, 8, 10]))))
BENIGN += [
    "1Z999AA10123456784 is my ups tracking",
    "invoice INV-2024-00123",
    "case 00123456",
    "my order 112-4455667-8899001 from amazon",
    "the merchant code is 5411",
    "error code 504",
    "promo code SAVE20",
    "area code 212",
    "zip code 10285 area code 917",
    "the reason code 4837",
    "mcc 5812 restaurants",
    "I bought 3 items for $45.99 on 2026-03-02 at 14:05",
    "room 1204, flight UA 1549 on 08/15",
    "version 2.3.1 of the app",
    "ISBN 978-3-16-148410-0",
    "on 12/25/2025 at 10:30 I paid $1,234.56",
    "I owe 1200 and paid 300 so 900 left",
    "my zip is 10285 and phone 212-640-2000",
    "flight 1549 seat 12A",
    "gate 23, terminal 4",
    "the score went from 700 to 742",
    "ordered 2 on 3/4 and 5 on 6/7",
    "my account has been open since 2012",
    "we spent 45 minutes on hold",
    "step 1 then step 2",
    "100% sure",
    "I called 3 times today",
    "at 4:15 pm on 2/14",
    "Tue 08/15 10:30-11:00",
    "members since 1999, 25 years",
    "my address is 1 Main St, Springfield 62704",
    "chase routing 021000021",
    "it said 1 of 2 payments posted",
    "the rewards are 50,000 points",
    "transfer 25,000 points to delta",
    "I earned 12,500 MR points",
    "apr is 24.99%",
    "annual fee $695",
    "statement closing 15th of each month",
    "card member since '09",
    "my one card is enough",
    "one two three testing",
    "oh no, oh well",
    "I need one more card for my son",
    "a one-time fee of $25",
    "one time I got charged twice",
    "password",
    "pin",
    "cvv",
    "ssn",
    "otp",
    "hi",
    "thanks!",
    "what's my balance?",
    "I lost my card",
    "freeze my card please",
]
for t in BENIGN:
    add(t, False)


HANDWRITTEN = [
    ("My Amex number is 3714 496353 98431", "card_number"),
    ("can you check card 5555555555554444", "card_number"),
    ("4242424242424242 exp 12/26 cvc 123", "card_number"),
    ("CVV is 737", "security_code"),
    ("cvv#: 123", "security_code"),
    ("cvv#123", "security_code"),
    ("Security code: 1234", "security_code"),
    ("The CID on the front is 7890", "security_code"),
    ("the 4-digit number above my card number is 1234", "security_code"),
    ("SSN 078-05-1120", "ssn"),
    ("my social is 219 09 9999", "ssn"),
    ("Social Security #: 123456789", "ssn"),
    ("tax id 12-3456789", "ssn"),
    ("my one time code is 847392", "otp"),
    ("Here is the 6-digit code: 123456", "otp"),
    ("The text said your code is 445566", "otp"),
    ("I received 123456 as my verification code", "otp"),
    ("OTP 123-456", "otp"),
    ("my password: Tr0ub4dor&3", "password"),
    ("Password is 'letmein'", "password"),
    ("pass: qwerty", "password"),
    ("my pin's 1234", "password"),
    ("ATM PIN 9876", "password"),
    ("login: jdoe password: hunter2", "password"),
    ("my username is jsmith and password is abc123", "password"),
    ("email bob@x.com pw hunter22", "password"),
    ("3782\n822463\n10005", "card_number"),
    ("3782_822463_10005", "card_number"),
    ("card: 3-7-8-2-8-2-2-4-6-3-1-0-0-0-5", "card_number"),
    ("3 7 8 2 8 2 2 4 6 3 1 0 0 0 5", "card_number"),
    ("#378282246310005", "card_number"),
    ("three seven eight two eight double two four six three one triple oh five", "card_number"),
    ("3782 eight two two four six three 10005", "card_number"),
    ("three-seven-eight-two-eight-two-two-four-six-three-one-zero-zero-zero-five", "card_number"),
    ("３７８２－８２２４６３－１０００５", "card_number"),
    ("𝟑𝟕𝟖𝟐𝟖𝟐𝟐𝟒𝟔𝟑𝟏𝟎𝟎𝟎𝟓", "card_number"),
    ("3\u03007\u03008\u0300282246310005", "card_number"),
    ("3782\u2009822463\u200910005", "card_number"),
    ("change password to Tr0ub4dor", "password"),
    ("the PIN for my card is 1234", "password"),
    ("pw - hunter2", "password"),
    ("6011000990139424", "card_number"),
    ("4222222222222", "card_number"),
    ("30569309025904", "card_number"),
    ("2223003122003222", "card_number"),
    ("6200000000000005", "card_number"),
    ("3530111333300000", "card_number"),
    ("my card is 4111 1111 1111 1112", "card_number"),
    ("credit card number: 5105 1051 0510 5101", "card_number"),
    ("the code I got on my phone is 482913", "otp"),
    ("verification code 48 29 13", "otp"),
    ("ssn: one two three four five six seven eight nine", "ssn"),
    ("Card: 3782 8224 6310 005 exp 05/26 CID 4821", "card_number"),
    ("my passcode is 739201", "otp"),
    ("here: 4111111111111111", "card_number"),
    ("acct# 4111111111111111", "card_number"),
    ("my cvv is seven three nine", "security_code"),
    ("pin number 0000", "password"),
    ("it's 4111-1111-1111-1111.", "card_number"),
    ("card number 37828224631000 (I think)", "card_number"),
    ("i got a one-time passcode: 554433", "otp"),
    ("The one time pin is 1234", "otp"),
    ("my password is sunshine", "password"),
    ("my online banking password is Fluffy99", "password"),
    ("username jdoe / password qwerty123", "password"),
    ("PIN=2580", "password"),
    ("४१११ ११११ ११११ ११११", "card_number"),
]
HANDWRITTEN_BENIGN = [
    "Card ending 31005",
    "my card ending in 1005 and my zip is 10285",
    "I was charged $4,111.11",
    "Date: 2024-01-15 10:45:30",
    "Call us at 1 (800) 528-4800",
    "International: +1-336-393-1111",
    "tracking 9400111899223344556677",
    "reference number 7845 1290 3382",
    "account number ending 4321",
    "Routing 021000021 and account 123456789",
    "my member id is 1234567890123",
    "phone 2125551234",
    "My SSN ends in 6789",
    "ssn last four 6789",
    "xxx-xx-1234",
    "The CVV field says 3 digits",
    "What does CID stand for?",
    "I entered the verification code 3 times",
    "code 123",
    "my new PIN will be ready in 5 days",
    "How long should my password be? 8 characters?",
    "password must be at least 8 characters",
    "Change my password to something else",
    "my password is the same as before",
    "Password is incorrect",
    "my password is 8 characters long",
    "password manager",
    "password-protected pdf",
    "password-reset email never came",
    "SSN: XXX-XX-1234",
    "987-65-4321",
    "666-12-3456",
    "exp date 08/27 and cvv",
    "expires 0827",
    "10:30am",
    "in 2024",
    "1,000 points",
    "my zip code is 10285",
    "postal code: 10285",
    "the confirmation code is 123456",
    "dispute code 4837",
    "door code 1234",
    "the code was sent at 1030",
    "I have 2 cards: one ending 1005 and one ending 4242",
    "one two three four five six seven eight nine ten",
    "My password is my dog's name",
    "the pin pad was broken",
    "is the cid the 4 digit number?",
    "I paid 2,345.67 on 3/15/2025 at 9:45",
    "my zip is 10285, phone 212 555 0187",
    "between 2019 and 2024 I spent 12000",
    "Tel: +44 (0)20 7946 0958",
    "flight 1549 on 08/15/2025",
    "I'm at 350 5th Avenue, New York, NY 10118",
    "my card number changed after the fraud",
    "what are the first 6 digits of an amex",
    "amex cards start with 34 or 37",
    "Is 15 digits normal?",
    "I need a new password please",
    "new PIN please",
    "masked: 3782 XXXXXX X1005",
    "card 3782-XXXXXX-X1005",
    "The charge was 1 234,56 €",
    "ZIP+4 10285-1234 please",
]
for text, kind in HANDWRITTEN:
    add(text, True, kind, "handwritten")
for text in HANDWRITTEN_BENIGN:
    add(text, False, None, "handwritten")

# --- forms a hidden adversarial set got through (issue 10), each generated as a form ---
F = random.Random(20261201)


def pieces(d, sizes):
    out, i = [], 0
    for size in sizes:
        out.append(d[i : i + size])
        i += size
    return out


def fcard():
    _name, prefixes, lengths = F.choice(NETWORKS)
    prefix = F.choice(prefixes)
    return with_check_digit(prefix + "".join(F.choice("0123456789") for _ in range(F.choice(lengths) - len(prefix) - 1)))


def fssn():
    return f"{F.randint(1, 665):03d}{F.randint(1, 99):02d}{F.randint(1, 9999):04d}"


def fdigits(n):
    return "".join(F.choice("0123456789") for _ in range(n))


SPANISH_WORDS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
FILLERS = ["", "basically ", "just ", "like ", "honestly ", "um ", "actually "]

# a card given in pieces inside one message, with words or dots between
CARD_PIECES = [
    "it starts with {0}, then {1}, and it ends with {2}",
    "first part is {0} then {1} then {2}",
    "the number begins {0} followed by {1} and finishes {2}",
    "{0} ... {1} ... {2}",
    "card: {0} then {1} and last {2}",
    "ok so {0}, next is {1}, and the rest is {2}",
    "starts {0} middle {1} end {2}",
    "{0}. {1}. {2}",
    "empieza con {0}, luego {1} y termina en {2}",
    "mi tarjeta: {0} después {1} y al final {2}",
]
for tmpl in CARD_PIECES:
    for _ in range(2):
        d = fcard()
        cut1 = F.randint(4, 6)
        cut2 = F.randint(cut1 + 4, len(d) - 3)
        add(tmpl.format(d[:cut1], d[cut1:cut2], d[cut2:]), True, "card_number", "pieces with words between")
for _ in range(3):
    d = fcard()[:16]
    d = with_check_digit(d[:15]) if len(d) == 16 else with_check_digit(d[:-1])
    a, b, c, e = pieces(d, [4, 4, 4, len(d) - 12])
    add(f"first four {a}, next four {b}, then {c}, last ones {e}", True, "card_number", "pieces named by count")
# an SSN given piece by piece
SSN_PIECES = [
    "my ssn starts with {0}, then {1}, then {2}",
    "social: first three {0}, middle two {1}, last four {2}",
    "ssn is {0} and then {1} and {2}",
    "my social security number, it's {0} then {1} then {2}",
    "mi seguro social es {0} luego {1} y {2}",
    "número de seguro social: {0}, {1} y {2}",
]
for tmpl in SSN_PIECES:
    for _ in range(2):
        add(tmpl.format(*pieces(fssn(), [3, 2, 4])), True, "ssn", "pieces with words between")
# security codes: digits typed apart, a version digit glued on, other names, where it sits, after a question
SEC_FORMS = [
    ("the cvv is {spaced}", 3),
    ("cvv: {commas}", 3),
    ("c v v {v}", 3),
    ("C.V.V. {v}", 3),
    ("cvv2 {v}", 3),
    ("CVC2: {v}", 3),
    ("cvv-2 = {v}", 3),
    ("card verification code {v}", 3),
    ("card validation value is {v}", 3),
    ("the card security number {v}", 3),
    ("verification value: {v}", 3),
    ("card identification number {v}", 4),
    ("security digits {v}", 3),
    ("the three numbers on the back by the signature are {v}", 3),
    ("the digits on the signature strip: {v}", 3),
    ("the little number next to the signature panel is {v}", 3),
    ("the 4 digits printed above the card number are {v}", 4),
    ("do you need the security code? it's {v}", 3),
    ("what is the CVV for? anyway it is {v}", 3),
    ("you asked for the cid. here it is: {v}", 4),
    ("el código de seguridad es {v}", 3),
    ("codigo de seguridad: {v}", 3),
]
for tmpl, n in SEC_FORMS:
    v = fdigits(n)
    add(tmpl.format(v=v, spaced=" ".join(v), commas=", ".join(v)), True, "security_code", "issue 10 form")
add("el cvv es siete tres nueve", True, "security_code", "spanish number words")
# one-time passcodes named only by how they arrived
OTP_FORMS = [
    "the text you sent says {0}",
    "I got a text with {0}",
    "the sms said {0}",
    "in my messages it's {0}",
    "{0} came in a text just now",
    "the number you texted me is {0}",
    "got it by sms: {0}",
    "your email says {0}",
    "the message from you: {0}",
    "me llegó un mensaje con {0}",
    "el código de verificación es {0}",
    "el codigo que me enviaron por sms es {0}",
]
for tmpl in OTP_FORMS:
    add(tmpl.format(fdigits(F.choice([4, 6, 6, 8]))), True, "otp", "named by how it arrived")
add("el código de verificación es " + " ".join(SPANISH_WORDS[int(c)] for c in fdigits(6)), True, "otp", "spanish number words")
# passwords: short forms, "the same as my ...: X", filler words, spaced characters, Spanish
SECRETS = ["Tiger77!", "m00nlight", "Blue$ky22", "qwe123rty", "Kiki2015", "h0use-cat"]
PW_FORMS = [
    "psw: {0}",
    "my pswrd is {0}",
    "passw {0}",
    "my p-word is {0}",
    "pass-word: {0}",
    "my password is the same as my email one: {0}",
    "the password is the same as my netflix: {0}",
    "password is {f}{0}",
    "my password, if you need it, is {0}",
    "my password is " + "{spaced}",
    "mi contraseña es {0}",
    "contraseña: {0}",
    "mi clave es {0}",
    "la clave de mi cuenta: {0}",
]
for tmpl in PW_FORMS:
    secret = F.choice(SECRETS)
    add(tmpl.format(secret, f=F.choice(FILLERS[1:]), spaced=" ".join(secret)), True, "password", "issue 10 form")
add("mi nip es " + " ".join(SPANISH_WORDS[int(c)] for c in fdigits(4)), True, "password", "spanish PIN in words")
add("número de tarjeta " + " ".join(SPANISH_WORDS[int(c)] for c in fcard()), True, "card_number", "spanish number words")
add("mi tarjeta es " + group(fcard(), " "), True, "card_number", "spanish cue")
# more forms: pieces with shorthand words and list punctuation, pairs of digits read out,
# counts alone naming an SSN, codes by where they sit, passcodes by channel, hedged passwords
TENS_EN = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TENS_ES = ["", "diez", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]


def pairs_read_out(d, tens, units, joiner):
    out = []
    for i in range(0, len(d) - 1, 2):
        t, u = int(d[i]), int(d[i + 1])
        if t < 2:
            out.append(f"{units[t]} {units[u]}")
        else:
            out.append(tens[t] + (f"{joiner}{units[u]}" if u else ""))
    if len(d) % 2:
        out.append(units[int(d[-1])])
    return ", ".join(out)


for tmpl in [
    "strts w {0} thn {1} thn {2} n ends w {3}",
    "the first group says {0}, group two says {1}, group three {2} and the final group is {3}",
    "{0} is the start, middle is {1} {2}, and it ends in {3}",
]:
    d = with_check_digit("4" + fdigits(14))
    add(tmpl.format(*pieces(d, [4, 4, 4, 4])), True, "card_number", "pieces, shorthand words")
for sep in ["~", " -- ", " | ", "\n- ", "\n"]:
    d = with_check_digit("37" + fdigits(12))
    add("card " + sep.join(pieces(d, [4, 6, 5])), True, "card_number", "pieces, list punctuation")
d = with_check_digit("4" + fdigits(14))
add("card number\n" + "\n".join(f"{i}) {p}" for i, p in enumerate(pieces(d, [4, 4, 4, 4]), 1)), True, "card_number", "numbered list")
d = with_check_digit("5" + fdigits(14))
add("it is " + " ".join(f"{i}. {p}" for i, p in enumerate(pieces(d, [4, 4, 4, 4]), 1)), True, "card_number", "numbered inline")
d = with_check_digit("37" + fdigits(12))
add("card starts with " + " then ".join(pieces(d, [2, 4, 5, 4])), True, "card_number", "two-digit first piece")
d = with_check_digit("4" + fdigits(14))
add("card number " + pairs_read_out(d, TENS_EN, WORDS, "-"), True, "card_number", "pairs read out")
d = with_check_digit("4" + fdigits(14))
add("la tarjeta es " + pairs_read_out(d, TENS_ES, SPANISH_WORDS, " y "), True, "card_number", "pairs read out in Spanish")
d = with_check_digit("6011" + fdigits(11))
add(
    " period ".join(" ".join(WORDS[int(c)] for c in p) for p in pieces(d, [4, 4, 4, 4])) + " is the card",
    True,
    "card_number",
    "spoken separators",
)
for tmpl in ["first three {0}, middle two {1}, last four {2}", "los primeros tres {0}, los dos del medio {1} y los ultimos cuatro {2}"]:
    add(tmpl.format(*pieces(fssn(), [3, 2, 4])), True, "ssn", "counts alone")
add(
    "SOCIAL STARTS {}, THE TWO IN THE MIDDLE ARE {}, AND IT ENDS {}".format(*pieces(fssn(), [3, 2, 4])),
    True,
    "ssn",
    "pieces, upper case",
)
for tmpl in [
    "do you need the cvv? {v} ok",
    "why do you need the cid?? fine, {v}",
    "the digits in the box on the back: {v}",
    "on the back next to where i signed: {v}",
    "the tiny numbers above the long number, on the right, {v}",
    "los números de atrás son {v}",
    "los números al frente: {v}",
]:
    add(
        tmpl.format(v=fdigits(4 if "cid" in tmpl or "frente" in tmpl or "above" in tmpl else 3)),
        True,
        "security_code",
        "issue 10 form, probe 3",
    )
for tmpl in [
    "the one that came to my phone is {0}",
    "la clave que me mandaron es {0}",
    "it texted me {0}",
    "texted: {0}",
    "got a txt w/ {0}",
]:
    add(tmpl.format(fdigits(6)), True, "otp", "named by channel, probe 3")
for tmpl in [
    "my password i think is {0}",
    "password has always been {0}",
    "the password should still be {0}",
    "password, if it helps, would be {0}",
    "pw for the bank, pretty sure it's {0}",
    "same one as my hotmail account {0}",
    "it's the same as my work one: {0}",
    "same password i use on spotify: {0}",
    "psswd: {0}",
    "login pass {0}",
    "pw " + "{spaced}",
]:
    secret = F.choice(SECRETS)
    add(tmpl.format(secret, spaced=" ".join(secret + "12")), True, "password", "issue 10 form, probe 3")
for text in [
    "the sms came from 22235, is that you?",
    "a text from 72975 said my card was locked",
    "loyalty card 6011000990139424 for the hotel program",
    "my membership number is 4111 1111 1111 1111 at the gym",
    "date range 2026-01-01 to 2026-03-31",
    "coordinates 40.7128, -74.0060",
    "call 555 9075 (957) 740-7654",
    "We never ask for passwords, one-time codes or your security code.",
    "it's the same as my old one",
    "same password as my email, can I change it?",
    "my pass is expired",
]:
    add(text, False, None, "issue 10 harmless, probe 3")
# harmless: serial numbers with a letter prefix, talk about these things, amounts, dates, phones, orders
for _ in range(6):
    d = fcard()[:16]
    d = with_check_digit(d[:15])
    prefix = F.choice(["SN", "S/N", "XK", "ABX", "DEV", "SER"])
    template = F.choice(["device serial {}", "the serial number is {}", "my reader's serial: {}", "S/N {}", "serial no. {} on the sticker"])
    add(template.format(prefix + "-" + "-".join(pieces(d, [4, 4, 4, 4]))), False, None, "serial with a letter prefix")
for text in [
    "what is the cvv for? I don't have my card",
    "do you need the security code? I can't find it",
    "where is the security code on the card?",
    "I got a text about a payment of $45.00 on 3/12",
    "the sms said my balance is 1,234.56",
    "I got a text from 1-800-528-4800",
    "text me at 555-123-4567",
    "in my messages there's one from 2024-03-15",
    "I sent 3 messages yesterday",
    "my password is the same as before",
    "password: I forgot it",
    "the password is basically the same as my old one",
    "mi contraseña no funciona",
    "olvidé mi clave",
    "¿dónde está el código de seguridad?",
    "no me llegó el código de verificación",
    "mi código postal es 10285",
    "pagué 250 dólares el 15/08",
    "mi tarjeta termina en 1005",
    "los últimos cuatro son 1005",
    "llámame al 555 123 4567",
    "número de pedido 4471 2209 8810",
    "the order starts with 4471, then 2209, then 8810",
    "I paid 120, then 45, then 300",
    "first 400, then 250 and finally 75 dollars",
    "the tracking number starts with 1Z 999, then AA1 0123 4567 84",
    "seguro social? no lo tengo a mano",
    "card verification value is a 3 digit number",
    "the signature strip is scratched",
    "cvv2 is on the back, right?",
    "the text you sent me says my card is locked",
]:
    add(text, False, None, "issue 10 harmless")

# --- forms a fourth blind probe set got through (issue 10), each generated as a form ---
G = random.Random(20261203)


def gcard(first="3456"):
    for _ in range(100):
        d = fcard()
        if d[0] in first:
            return d
    return d


def look_alike(d):
    """Some digits written as the letters they look like: O/o for 0, l/I for 1, S/s for 5, B/b for 8."""
    letters = {"0": "Oo", "1": "lI", "5": "Ss", "8": "Bb"}
    spots = [i for i, c in enumerate(d) if c in letters and 0 < i < len(d) - 1]
    out = list(d)
    for i in G.sample(spots, min(3, len(spots))):
        out[i] = G.choice(letters[d[i]])
    return "".join(out)


for tmpl in ["card {}", "here is the card {}", "{} <- my card", "the number on it: {}", "número {} gracias"]:
    d = gcard()
    shown = look_alike(d) if G.random() < 0.5 else " ".join(look_alike(p) for p in pieces(d, [4, 4, 4, len(d) - 12]))
    add(tmpl.format(shown), True, "card_number", "look-alike letters, probe 4")
d = with_check_digit("5" + fdigits(14))
add("my new card S" + d[1:] + " arrived", True, "card_number", "look-alike leading S, probe 4")
for tmpl in ["ssn {}-{}-{}", "social security: {}-{}-{}", "my SSN {} {} {}"]:
    a, b, c = pieces(fssn(), [3, 2, 4])
    shown = (look_alike(a + "0")[:-1], b.replace("5", "S").replace("8", "B"), look_alike(c))
    add(tmpl.format(*shown), True, "ssn", "look-alike letters, probe 4")
for tmpl in ["my amex {}", "card: {} thanks", "{} is the visa"]:
    d = with_check_digit(G.choice("3456") + fdigits(14))
    sep = G.choice(["x", "X"])
    add(tmpl.format(sep.join(pieces(d, [4, 4, 4, len(d) - 12]))), True, "card_number", "x between groups, probe 4")
for tmpl in ["mi código es {}", "Código: {}. No lo compartas", "te paso el codigo {} ya", "el código que tengo es {}"]:
    add(tmpl.format(fdigits(G.choice([5, 6, 6, 8]))), True, "otp", "bare codigo, probe 4")
add("código " + " ".join(SPANISH_WORDS[int(c)] for c in fdigits(6)), True, "otp", "bare codigo in words, probe 4")
for tmpl in ["the 6 digits you texted me: {}", "the numbers you sent are {}", "digits u sent me {}"]:
    add(tmpl.format(fdigits(6)), True, "otp", "digits you sent, probe 4")
for tmpl in ["my authenticator app shows {}", "authy says {}", "the authenticator: {}"]:
    add(tmpl.format(fdigits(6)), True, "otp", "authenticator app, probe 4")
for tmpl in ["the 4 digits over the amex number: {}", "the numbers above the embossed number are {}"]:
    add(tmpl.format(fdigits(4)), True, "security_code", "above the named card number, probe 4")
for tmpl in ["exp 09/29 code {}", "expires 11/2027, code {}", "vencimiento 03/30 codigo {}", "Exp. 1/28: code {}"]:
    add(tmpl.format(fdigits(3)), True, "security_code", "code after an expiry date, probe 4")
for tmpl in ["need the cvc? fine. {}", "the security code? yes. it's {}", "you want the cvv. ok. sure. {}"]:
    add(tmpl.format(fdigits(3)), True, "security_code", "filler sentence before the value, probe 4")
for tmpl in ["{} (the sms code)", "{} (verification code)", "{} (one-time passcode)"]:
    add(
        tmpl.format(" ".join(pieces(fdigits(6), [2, 2, 2])) if G.random() < 0.5 else fdigits(6)),
        True,
        "otp",
        "cue in brackets after the value, probe 4",
    )
for tmpl in ["“{}” (my password)", "`{}` <- password", "{} (pw)", "'{}' (the password)", "{} <-- pwd"]:
    add(tmpl.format(G.choice(SECRETS)), True, "password", "cue after the value, probe 4")
for tmpl in ["set my password to {}", "I reset the pw to {} and it still fails"]:
    add(
        tmpl.format(G.choice(["night_owl_42", "sun_rise9", "red-fox_7"])), True, "password", "password to a value with underscores, probe 4"
    )
for tmpl in ["pass is {}", "ok the pass was {}"]:
    add(tmpl.format(G.choice(SECRETS)), True, "password", "bare pass with a link, probe 4")
for tmpl in [
    "username {0}, and the password is the same as the username",
    "login {0} / password same as my user",
    "the pw is the same as my username which is {0}",
]:
    add(tmpl.format(G.choice(["jdoe_91", "maria.g84", "tkwon2020"])), True, "password", "password named the same as the username, probe 4")
for tmpl in ["password: {} (spaces included)", "pw = {} (with spaces)"]:
    add(
        tmpl.format(G.choice(["purple rain falls 7", "my dog eats socks 12", "two cats one bed 9"])),
        True,
        "password",
        "phrase with a spaces remark, probe 4",
    )
ASIDES = [
    " (one sec, someone at the door) ",
    " — sorry, train noise — ",
    " ... my kid grabbed the phone ... ",
    " espera, ya la encontré ",
    " hmm let me check again, ",
]
for aside in ASIDES:
    lead = G.choice(["4", "5", "6011", "37"])
    d = with_check_digit(lead + fdigits((14 if lead == "37" else 15) - len(lead)))
    g = pieces(d, [4, 4, 4, 4]) if len(d) == 16 else pieces(d, [4, 6, 5])
    cut = G.randint(1, len(g) - 1)
    add("the card is " + " ".join(g[:cut]) + aside + " ".join(g[cut:]), True, "card_number", "card split by an aside, probe 4")
for tmpl in ["ends in {1}, starts with {0}", "the last half is {1} and the first half is {0}", "second half {1}; first half {0}"]:
    d = with_check_digit(G.choice("3456") + fdigits(14))
    add(tmpl.format(d[:8], d[8:]), True, "card_number", "halves named out of order, probe 4")
for tmpl in ["ssn ends {2} and begins {0}-{1}", "my social: the last four are {2}, the first five {0} {1}"]:
    add(tmpl.format(*pieces(fssn(), [3, 2, 4])), True, "ssn", "SSN halves named out of order, probe 4")
for tmpl in ["typed in reverse for safety: {}", "backwards so nobody reads it: {}"]:
    add(tmpl.format(gcard()[::-1]), True, "card_number", "card typed backwards, probe 4")
for text in [
    "my company EIN is 12-3456789",
    "business tax id 45-6789012 for the invoice",
    "our llc's federal tax id (EIN) is 98-7654321",
    "my boarding pass is ready",
    "the bus pass is B1234",
    "screen resolution 1920x1080",
    "a 2x4 board costs 3 dollars",
    "I grew up in the 1990s",
    "codigo postal 28001",
    "código promocional 2024",
    "order 4471 2209 8810 (ugh, the app froze) 3349",
    "the last four are 1234 and the first six are 411111",
    "refund reversed, ref 3686349018378133",
    "I forgot it (password)",
    "the password is the same as my username",
    "the 6 digits you sent didn't work",
    "my authenticator app stopped working",
    "our company's tax id (EIN) is 34-5678901",
    "the last 4 digits you sent me are 1005",
    "last four digits you texted: 0127, is that my card?",
]:
    add(text, False, None, "issue 10 harmless, probe 4")

# split placement: interleave deterministically
R.shuffle(lines)
with Path(__file__).with_name("guard_corpus.jsonl").open("w", encoding="utf-8") as f:
    for row in lines:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(sum(r["sensitive"] for r in lines), sum(not r["sensitive"] for r in lines), len(lines))
