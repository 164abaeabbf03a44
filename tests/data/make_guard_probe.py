"""Generator of tests/data/guard_probe.jsonl: ``python tests/data/make_guard_probe.py``.

A second labelled set for the guard, written blind (before reading guard.py or the corpus)
so it measures forms rather than the corpus's examples; seeded, so re-running rewrites it.
"""

import json
import random
from pathlib import Path

from cardnumbers import luhn_ok, with_check_digit

rng = random.Random(20240611)


def make(prefix: str, length: int) -> str:
    return with_check_digit(prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1)))


def bad(prefix: str, length: int) -> str:
    good = make(prefix, length)
    last = str((int(good[-1]) + 3) % 10)
    out = good[:-1] + last
    assert not luhn_ok(out)
    return out


def nonluhn(length: int) -> str:
    while True:
        d = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(length - 1))
        if not luhn_ok(d):
            return d


def grp(d: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

amex = [make(rng.choice(["34", "37"]), 15) for _ in range(8)]
visa = [make("4", 16) for _ in range(8)]
visa13 = make("4", 13)
mc = [make(rng.choice(["51", "52", "53", "54", "55"]), 16) for _ in range(4)]
mc2 = [make(rng.choice(["2221", "2300", "2500", "2720"]), 16) for _ in range(2)]
disc = [make("6011", 16), make("65", 16), make("644", 16)]
diners = [make("36", 14), make("305", 14), make("38", 14)]
d19 = [make("62", 19), make("4", 19)]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DEV = str.maketrans("0123456789", "०१२३४५६७८९")

S: list[tuple[str, str]] = []  # sensitive
B: list[tuple[str, str]] = []  # benign

# ---------------- cards ----------------
a = amex
S += [
    ("card_number", f"my cc is {grp(visa[0], [4, 4, 4, 4])} exp 09/27 cvv 123"),
    ("card_number", f"Card number: {grp(a[0], [4, 6, 5])}"),
    ("card_number", f"acct # {grp(a[1], [4, 6, 5], '-')}"),
    ("card_number", f"here it is {grp(visa[1], [4, 4, 4, 4], '.')} thanks"),
    ("card_number", f"{visa[2]} is the card I used"),
    ("card_number", f"card#{a[2]}thanks"),
    ("card_number", f"pls charge {mc[0]}"),
    ("card_number", f"MY CARD IS {grp(mc[1], [4, 4, 4, 4], '-')}!!!"),
    ("card_number", f"crad numbr {grp(mc2[0], [4, 4, 4, 4])} pls fix"),
    ("card_number", f"use my discover ({grp(disc[0], [4, 4, 4, 4])}) instead"),
    ("card_number", f'the number is "{disc[1]}"'),
    ("card_number", f"diners club {grp(diners[0], [4, 6, 4])}"),
    ("card_number", f"old diners card {diners[1]} still active?"),
    ("card_number", f"visa {visa13}"),
    ("card_number", f"my unionpay is {grp(d19[0], [4, 4, 4, 4, 3])}"),
    ("card_number", f"19 digit one: {d19[1]}"),
    ("card_number", f"card: {a[3].translate(FW)}"),
    ("card_number", f"رقم البطاقة {a[4].translate(AR)}"),
    ("card_number", f"شماره کارت {visa[3].translate(FA)}"),
    ("card_number", f"कार्ड {visa[4].translate(DEV)}"),
    ("card_number", "card " + "\u200b".join(a[5])),
    ("card_number", "number " + "\u2060".join(grp(visa[5], [4, 4, 4, 4]).split(" ")) + " ok"),
    ("card_number", "c a r d: " + "\u00ad".join(mc[2])),
    ("card_number", "it's " + " ".join(WORDS[int(c)] for c in a[6])),
    ("card_number", "card number " + " ".join("oh" if c == "0" else WORDS[int(c)] for c in visa[6])),
    ("card_number", "Card: " + "-".join(WORDS[int(c)] for c in mc[3])),
    ("card_number", "my card is " + " ".join(WORDS[int(c)] for c in a[7][:4]) + " " + a[7][4:]),
    ("card_number", "card " + grp(visa[7], [4, 4, 4, 4]).replace("0", "O").replace("1", "l")),
    ("card_number", "number is " + a[0].replace("0", "o").replace("1", "I")),
    ("card_number", f"{grp(visa[0], [4, 4, 4, 4])}\n09/27\n123"),
    ("card_number", f"card:\n{grp(a[1], [4, 6, 5], chr(10))}"),
    ("card_number", f"💳{visa[1]}🙏"),
    ("card_number", f"ok here -> {grp(a[2], [4, 6, 5], '/')} <- thats it"),
    ("card_number", f"{grp(mc[0], [4, 4, 4, 4], chr(9))}"),
    ("card_number", f"num {mc[1][:4]}-{mc[1][4:8]} {mc[1][8:12]}.{mc[1][12:]}"),
    ("card_number", f"two cards: {visa[2]} and {mc2[1]}"),
    ("card_number", f"my order number is {disc[2]}"),
    ("card_number", f"tracking {grp(visa[3], [4, 4, 4, 4])}"),
    ("card_number", f"card number {bad('4', 16)} (I think I mistyped)"),
    ("card_number", f"acct no. {grp(bad('37', 15), [4, 6, 5])}"),
    ("card_number", f"Account number: {bad('5', 16)}"),
    ("card_number", "card\u00a0" + grp(a[3], [4, 6, 5], "\u00a0")),
    ("card_number", "card " + grp(visa[4], [4, 4, 4, 4], " \u2013 ")),
    ("card_number", f"Amex ending 1005 — actually full number is {a[4]}"),
    ("card_number", f"{grp(a[5], [4, 6, 5])} exp 11/26 cid 4321"),
]

# ---------------- security codes ----------------
S += [
    ("security_code", "CID 4821"),
    ("security_code", "cvv: 123"),
    ("security_code", "my CVC is 456"),
    ("security_code", "Security Code: 0421"),
    ("security_code", "the code on the back is 321"),
    ("security_code", "code on the front = 7781"),
    ("security_code", "the 3 digits on the back are 552"),
    ("security_code", "cvv2=918"),
    ("security_code", "sec code 864 exp 0927"),
    ("security_code", "CVV (903)"),
    ("security_code", "my cid's 3349 if you need it"),
    ("security_code", "and the security code is\n7710"),
]

# ---------------- SSNs ----------------
S += [
    ("ssn", "SSN: 123 45 6789"),
    ("ssn", "social is 219099999"),
    ("ssn", "my social security number is 536-22-8471"),
    ("ssn", "here you go 536-22-8471"),
    ("ssn", "ssn#532 44 1234"),
    ("ssn", "SSN 532.44.1234"),
    ("ssn", "my soc sec # is 532441234"),
    ("ssn", "SS#: 421-70-3316"),
    ("ssn", "tax id/ssn: 421703316"),
    ("ssn", "Social Security No. 078 05 1120"),
    ("ssn", "421-70-3316 is my social"),
    ("ssn", "ssn " + "421-70-3316".translate(FW)),
    ("ssn", "(ssn 601-44-9032)"),
]

# ---------------- OTPs ----------------
S += [
    ("otp", "code: 482913 (from your text)"),
    ("otp", "the code you texted is 5521"),
    ("otp", "OTP 99812"),
    ("otp", "verification code 773310"),
    ("otp", "passcode=2231"),
    ("otp", "one-time passcode 88123456"),
    ("otp", "here's the code you sent me: 662190"),
    ("otp", "Verification Code is 0042"),
    ("otp", "the code u sent was 123456"),
    ("otp", "OTP-883412"),
    ("otp", "one time code: 4471"),
    ("otp", "ok the verification code came through, it's 305516"),
]

# ---------------- passwords / PINs ----------------
S += [
    ("password", "my password is hunter2"),
    ("password", "pw: Tr0ub4dor&3"),
    ("password", "login is jdoe / s3cret!"),
    ("password", "login: jdoe pass: Winter2024!"),
    ("password", "Password: P@ssw0rd"),
    ("password", "passwd = correcthorse"),
    ("password", "here's my password - qwerty123"),
    ("password", "MY PASSWORD IS Bluefish88"),
    ("password", "pin=4821"),
    ("password", "my PIN is 0000"),
    ("password", "PIN: 7731"),
    ("password", "my pin's 4821"),
    ("password", "atm pin is 1234"),
    ("password", "PIN number 5520"),
    ("password", "pin code: 9090"),
    ("password", "username jsmith password letmein"),
    ("password", "my pwd is Sunshine!1"),
    ("otp", "2FA code from text: 448811"),
    ("ssn", "my ssn is 421 70 3316 and dob 01/02/1980"),
    ("card_number", f"Can you check card {grp(amex[6], [4, 6, 5])} for fraud?"),
]

# ---------------- benign ----------------
o16 = nonluhn(16)
o15 = nonluhn(15)
o14 = nonluhn(14)
o19 = nonluhn(19)
B += [
    ("last4", "last 4: 1005"),
    ("last4", "card ending in 1005"),
    ("last4", "last four of my social is 6789"),
    ("last4", "SSN last 4 6789"),
    ("last4", "my amex ending 31005 was declined"),
    ("last4", "account ending 4242, is it blocked?"),
    ("masked", "xxxx-xxxxxx-x1005"),
    ("masked", "****-****-****-4242"),
    ("masked", "•••• •••• •••• 1234"),
    ("masked", "XXXX XXXX XXXX 1111"),
    ("masked", "card 411111******1111 on file"),
    ("masked", "SSN ***-**-6789"),
    ("masked", "the app shows 3782 XXXXXX X1005"),
    ("amount", "I was charged $1,234.56 twice"),
    ("amount", "the fee was €1.234,56"),
    ("amount", "between $500 and $1,500 a month"),
    ("amount", "credit limit $12,345,678.90?"),
    ("amount", "balance 2.345,67 EUR due 15.04.2024"),
    ("amount", "Statement balance: $2,345.67, minimum due $35.00, due 04/15"),
    ("amount", "refund of USD 1 234.00 please"),
    ("order", f"order number {o16}"),
    ("order", f"tracking number {grp(o15, [5, 5, 5])}"),
    ("order", f"invoice #{o14}"),
    ("order", f"confirmation number: {o19}"),
    ("order", f"Order #112-{nonluhn(7)}-{nonluhn(7)}"),
    ("order", "Paid invoice INV-2024-000123"),
    ("order", "order 55512345 still not shipped"),
    ("tracking", "UPS 1Z999AA10123456784"),
    ("tracking", "USPS tracking 9400 1118 9922 3397 2141 63"),
    ("tracking", "fedex 7489 2345 1234"),
    ("reference", "case 0123456789"),
    ("reference", "case # 20240315-00047"),
    ("reference", "reference number 12345678"),
    ("reference", "Transaction ID 9876543210"),
    ("reference", "ticket 4521 was closed"),
    ("phone", "call 1-800-528-4800"),
    ("phone", "(800) 528-4800"),
    ("phone", "+1 800 528 4800"),
    ("phone", "+44 20 7946 0958"),
    ("phone", "800.528.4800 ext 42"),
    ("phone", "call me at 212-555-0199 or 646 555 0143"),
    ("phone", "my number is +61 2 9374 4000"),
    ("phone", "1 800 528 4800 was busy"),
    ("time", "2024-03-15T14:22:07Z"),
    ("time", "at 14:22:07.123 the app crashed"),
    ("time", "around 3:45pm"),
    ("date", "03/15/2024"),
    ("date", "15.03.2024"),
    ("date", "on 2024-03-15 and 2024-04-01"),
    ("date", "March 15, 2024"),
    ("date", "exp 09/27"),
    ("date", "expires 09/2027"),
    ("date", "from 01/01/2024-12/31/2024"),
    ("date", "12/31/1999 23:59:59"),
    ("zip", "zip 10001"),
    ("zip", "my zip is 10285-0001"),
    ("zip", "90210-4321"),
    ("address", "1234 Elm St Apt 56"),
    ("address", "200 Vesey Street, New York, NY 10285"),
    ("address", "PO Box 981535, El Paso TX 79998-1535"),
    ("misc", "flight AA 1234 then UA2291"),
    ("misc", "I've been a member since 1998"),
    ("misc", "1999-2024 cardmember"),
    ("misc", "19.99% APR vs 24.24%"),
    ("misc", "app v12.4.1 on iOS 17.4.1"),
    ("misc", "version 3.2.10.1234"),
    ("misc", "IBAN DE89 3704 0044 0532 0130 00"),
    ("misc", "routing 021000021"),
    ("misc", "Part number 123-45-67890"),
    ("misc", "coordinates 40.7128, -74.0060"),
    ("misc", "Room 1204, floor 12"),
    ("misc", "I have 3 cards and 2 supplementary cards 😊"),
    ("misc", "Order 1234, $56.78, 03/04/2024, call 1-800-528-4800"),
    ("ssnlike", "000-12-3456"),
    ("ssnlike", "666-45-6789"),
    ("ssnlike", "987-65-4321"),
    ("ssnlike", "123-00-4567"),
    ("ssnlike", "123-45-0000"),
    ("talk", "can I get a new CID?"),
    ("talk", "my new card number arrived"),
    ("talk", "what is a CVV?"),
    ("talk", "I forgot my PIN, how do I reset it?"),
    ("talk", "I never got the verification code"),
    ("talk", "change my password please"),
    ("talk", "is it safe to send my SSN here?"),
    ("talk", "where do I find the security code on an Amex?"),
    ("talk", "the code on the back is scratched off"),
    ("talk", "my pin doesn't work"),
    ("talk", "my PIN has 4 digits"),
    ("talk", "the CVV is 3 digits on visa but 4 on amex"),
    ("talk", "I got 2 verification codes"),
    ("talk", "password reset link sent at 10:45"),
    ("talk", "I entered my pin 3 times and got locked out"),
    ("talk", "the code you sent expired"),
    ("talk", "the code you texted me never came, can you resend?"),
    ("talk", "OTP not received after 5 minutes"),
    ("talk", "the verification code screen shows error 5003"),
    ("talk", "my social security payment of $1,234 arrived"),
    ("talk", "password must be 8-20 characters"),
    ("talk", "security code on my new card is on the front, right?"),
    ("talk", "do you need my card number or just the last 4?"),
    ("talk", "I'll send the card number in 2 minutes"),
    ("talk", "my password is not working"),
    ("talk", "my pin is 4 digits long"),
    ("talk", "passcode expired at 10:15 am"),
    ("talk", "Why do you need my social?"),
]

# Second wave (written after the first guard-eval run, same rules): forms the first wave missed.
S += [
    ("card_number", f"{grp(visa[6], [4, 4, 4, 4], ',')}"),
    ("ssn", "S.S.N. 536228471"),
    ("ssn", "soc: 536 22 8471"),
    ("ssn", "Social Sec. No.: 536 22 8471"),
    ("ssn", "ss # 536228471"),
    ("password", "my pin number is 4 8 2 1"),
    ("password", "my pass is Winter2024"),
    ("security_code", "cvv123"),
    ("security_code", "CID1234"),
    ("security_code", "code on back: 123"),
    ("security_code", "the back code is 123"),
    ("security_code", "the numbers on the back are 552"),
    ("security_code", "security 123"),
    ("security_code", "cvc = 9 1 8"),
    ("otp", "verification #: 552211"),
]
B += [
    ("order", "I got code 1234 as promo"),
    ("misc", "room 1204 code 7788 for wifi"),
    ("phone", "dial 001 212 555 0199"),
    ("amount", "amounts 1,234,567,890,123 total"),
    ("misc", "list: 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15"),
    ("talk", "social security benefits since 2019"),
    ("talk", "my social security check of 1,234.00"),
]

assert len({t for _, t in S}) == len(S) and len({t for _, t in B}) == len(B)
with Path(__file__).with_name("guard_probe.jsonl").open("w", encoding="utf-8") as fh:
    for kind, text in S:
        fh.write(json.dumps({"text": text, "sensitive": True, "kind": kind}, ensure_ascii=False) + "\n")
    for kind, text in B:
        fh.write(json.dumps({"text": text, "sensitive": False, "note": kind}, ensure_ascii=False) + "\n")
print(len(S), len(B))
