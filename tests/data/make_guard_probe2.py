"""Generate tests/data/guard_probe2.jsonl: a second, independently written probe for the sensitive-data guard.

Written before reading the guard, in the voice of customers typing into a card issuer's support chat.
Run: python tests/data/make_guard_probe2.py  (seeded, deterministic).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from cardnumbers import luhn_ok, with_check_digit

RNG = random.Random(20261129)
OUT = Path(__file__).with_name("guard_probe2.jsonl")


def card(prefix: str, length: int) -> str:
    return with_check_digit(prefix + "".join(str(RNG.randrange(10)) for _ in range(length - len(prefix) - 1)))


def bad_luhn(digits: str) -> str:
    last = (int(digits[-1]) + 1) % 10
    out = digits[:-1] + str(last)
    assert not luhn_ok(out)
    return out


def group(digits: str, sizes: list[int], sep: str | list[str] = " ") -> str:
    parts, i = [], 0
    for n in sizes:
        parts.append(digits[i : i + n])
        i += n
    if i < len(digits):
        parts.append(digits[i:])
    if isinstance(sep, str):
        return sep.join(parts)
    out = parts[0]
    for k, p in enumerate(parts[1:]):
        out += sep[k % len(sep)] + p
    return out


VISA16 = card("4", 16)
VISA13 = card("4", 13)
VISA19 = card("4", 19)
MC = card("5" + str(RNG.randint(1, 5)), 16)
MC2 = card("2" + str(RNG.randint(221, 720)), 16)
AMEX = card("37", 15)
AMEX2 = card("34", 15)
DISC = card("6011", 16)
DISC2 = card("65", 16)
DINERS = card("36", 14)
DINERS2 = card("305", 14)
JCB = card("35" + str(RNG.randint(28, 89)), 16)
UNION = card("62", 19)
UNION16 = card("62", 16)
MAESTRO = card("6759", 18)
EXTRA = [card("4", 16) for _ in range(6)] + [card("5" + str(RNG.randint(1, 5)), 16) for _ in range(3)] + [card("37", 15)]

ZWSP = "\u200b"
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spelled(digits: str, mix: bool = False) -> str:
    return " ".join(d if (mix and i % 3 == 1) else WORDS[int(d)] for i, d in enumerate(digits))


rows: list[dict] = []


def S(text: str, kind: str, note: str | None = None) -> None:
    row = {"text": text, "sensitive": True, "kind": kind}
    if note:
        row["note"] = note
    rows.append(row)


def B(text: str, note: str | None = None) -> None:
    row = {"text": text, "sensitive": False}
    if note:
        row["note"] = note
    rows.append(row)


# ---------------------------------------------------------------- card numbers (Luhn-valid, every network, mixed writing)
S(
    f"hi so i was trying to pay my phone bill last night and it kept declining, "
    f"the card is {VISA16} and i have plenty of credit, what gives??",
    "card_number",
)
S(
    f"my amex {group(AMEX, [4, 4], ['-', ' '])} keeps getting declined at the gas pump",
    "card_number",
    "3782-8224 6310 005 style mixed separators",
)
S(f"card: {group(VISA16, [4, 2, 2, 4])}", "card_number")
S(f"the number on the card is\n{group(MC, [4, 4, 4])}\nexp 09/27", "card_number")
S(f'I typed "{group(DISC, [4, 4, 4], "-")}" into the app and it says invalid', "card_number")
S(f"[{group(JCB, [4, 4, 4], '.')}] <- that's the one that got charged twice", "card_number")
S(f"cc# {MC2} pls cancel it, I lost it at the mall", "card_number")
S(f"can you check {group(DINERS, [4, 6])} for me", "card_number", "diners 14 digits 4-6-4")
S(f"old diners club card {DINERS2} still shows on my profile, remove it", "card_number")
S(f"unionpay card {group(UNION, [4, 4, 4, 4])} got blocked when I was in Shanghai", "card_number", "19-digit unionpay")
S(f"{UNION16} is the card my daughter uses", "card_number")
S(f"its a maestro {group(MAESTRO, [4, 4, 4, 4])} from my old bank, can i link it", "card_number")
S(f"visa ending... actually the whole thing is {group(VISA13, [4, 3, 3])} its an old one", "card_number", "13-digit visa")
S(f"long visa number {group(VISA19, [4, 4, 4, 4])}", "card_number", "19-digit visa")
S(f"{group(AMEX2, [4, 6])} that's my card number, why is there a hold", "card_number", "cue after value")
S(f"acct no. {group(DISC2, [4, 4, 4, 4])}", "card_number")
S(f"ok here goes: {group(EXTRA[0], [4, 4, 4, 4], '  ')} thanks", "card_number", "double spaces")
S(f"numbr is {group(EXTRA[1], [1, 3, 4, 4])}", "card_number", "odd grouping")
S(f"card {group(EXTRA[2], [4, 4, 4, 4], '/')}", "card_number", "slashes")
S(f"Card number: {EXTRA[3][:8]}\n{EXTRA[3][8:]}", "card_number", "split across a newline")
S(f"it's {spelled(EXTRA[4])}", "card_number", "spelled out")
S(f"card is {spelled(EXTRA[5], mix=True)}", "card_number", "number words mixed with digits")
S(
    f"{EXTRA[6][:4]} {EXTRA[6][4:8]} {EXTRA[6][8:12].replace('0', 'O').replace('1', 'l')} {EXTRA[6][12:]} is my mastercard",
    "card_number",
    "O/l typos",
)
S(f"my card {ZWSP.join(EXTRA[7])} doesnt work online", "card_number", "zero-width between every digit")
S(f"card {''.join(chr(0xFF10 + int(d)) for d in EXTRA[8])}", "card_number", "fullwidth digits")
S(f"card number {''.join(chr(0x0660 + int(d)) for d in EXTRA[9])} please verify", "card_number", "arabic-indic digits")
S(f"Card {VISA16} exp 11/28 cvv 381 - please update my autopay", "card_number")
S(f"{MC} 04/29 512", "card_number", "card expiry cvv with no cue words")
S(f"new card came, {group(AMEX, [4, 6, 5])}, exp 0730, CID 7721, activate it", "card_number")
S(
    f"my husband's card is {group(card('4', 16), [4, 4, 4, 4], '-')} and mine is {group(card('5', 16), [4, 4, 4, 4], '-')}",
    "card_number",
    "two cards",
)
S(
    f"Hi, ive been a member since 2009 and I've never had this problem. I was at Costco on Saturday the 14th and the "
    f"cashier said my card ({card('37', 15)}) was declined even though I paid the balance of $2,431.16 on the 2nd. "
    "Can someone please look into this before my trip on the 28th?",
    "card_number",
    "long rambling",
)
S(f"number:{card('6011', 16)}", "card_number", "no space after colon")
S(f"card#{card('4', 16)}", "card_number")
S(f"please charge this one instead -> {group(card('2' + str(RNG.randint(221, 720)), 16), [4, 4, 4, 4])}", "card_number")
mistyped = bad_luhn(card("4", 16))
S(f"my card number is {group(mistyped, [4, 4, 4, 4])}", "card_number", "fails Luhn but named card number -> likely mistyped card")
mistyped2 = bad_luhn(card("37", 15))
S(f"account number {mistyped2}, can you tell me the balance", "card_number", "fails Luhn, named account number")
mistyped3 = bad_luhn(card("5", 16))
S(f"credit card no {group(mistyped3, [4, 4, 4, 4], '-')}", "card_number", "fails Luhn, named credit card no")
S(f"{bad_luhn(card('4', 16))} is my card num i think, might have typoed", "card_number", "fails Luhn, cue after")
S(f"The card # is {card('4', 16)}", "card_number")
S(f"charge it to {card('4', 16)}", "card_number", "no cue word at all")
S("4111 11 11 1111 1111", "card_number", "test visa with odd grouping")
S("use 3782-8224 6310 005 for the refund", "card_number", "amex test number mixed separators")

# ---------------------------------------------------------------- security codes
S("the secuirty code is 482, can you verify it went through", "security_code", "typo cue")
S("CVV2: 719", "security_code")
S("cvc2 = 0381", "security_code")
S("cvv is 913", "security_code")
S("the 3 digits on the back are 624", "security_code")
S("CID on the front 4410", "security_code")
S("security code on the back of my card - 227", "security_code")
S("here's the cvv (528) and the expiry 10/27", "security_code")
S("sec code 306", "security_code")
S("CVC: 771\nexp: 03/28", "security_code")
S("code on back of card is 115", "security_code")
S("my cvv number is 0447", "security_code")
S("it asked for the CSC so I put 902", "security_code")
S("card verification value 638", "security_code")
S("security cod 551", "security_code", "typo")
S("i entered 884 as the cvv and it still failed", "security_code", "value before cue")
S("cvv - four two seven", "security_code", "spelled out")

# ---------------------------------------------------------------- SSN
S("for the credit increase app my socail security number is 219-09-9999", "ssn", "typo cue")
S("SS# 078051120", "ssn")
S("SSN#: 536 22 8833", "ssn")
S("my social is 512 44 7821", "ssn")
S("123-45-6789 that's my social", "ssn", "cue after")
S("they want the last part? whole thing is 401-28-1733", "ssn", "dashed 3-2-4 no cue")
S("ssn 432.19.8870", "ssn", "dots")
S("Social Security No. 287654321", "ssn")
S("tax id / ssn: 665-33-1029", "ssn")
S("my soc sec # is 209 88 1122 and dob 3/4/1981", "ssn")
S("please update the ssn on file to 515-71-0442, the old one was wrong", "ssn")
S("Name: Jane Doe\nDOB: 02/11/1975\nSSN: 311 20 9987\nAddress: 14 Elm St", "ssn")
S("social security number\n774-21-3303", "ssn", "value on the next line")
S("my husband's social is 609-14-2231 and mine is 611-20-7712", "ssn")
S("S.S.N. 384-02-5516", "ssn")
S("socal security 233 44 5567", "ssn", "typo cue")
S("my ss number is 501–22–4433", "ssn", "en dashes")

# ---------------------------------------------------------------- OTP
S("the verifcation code you sent is 448213", "otp", "typo cue")
S("OTP: 902 115", "otp", "spaced 6-digit")
S("2FA code 771204", "otp")
S("auth code 5521", "otp")
S("I got the code you texted, 33 81 90", "otp")
S("one-time passcode 80461273", "otp", "8 digits")
S("G-448190 is your code? thats what the text said", "otp")
S("here is the one time code: 610 442", "otp")
S("the code you sent me was 7731 but it says expired", "otp")
S("passcode 019283", "otp")
S("verification code\n552 019", "otp")
S("security code from the text: 887120", "otp", "security code from text = OTP; 6 digits")
S("the text said 481 902, do you need that?", "otp", "code you texted, cue 'text said'")
S("my login code is 2290", "otp")
S("confirmation code you emailed: 664103", "otp", "code you emailed -> otp")
S("424 718 is the code I got", "otp", "cue after")

# ---------------------------------------------------------------- passwords / PINs
S("my pasword is Tr0ub4dor&3", "password", "typo cue")
S("pw: hunter2!!", "password")
S("login is jsmith82 / Summer2024!", "password")
S("4821 is my pin", "password", "cue after")
S("security pin 7731", "password")
S("my PIN is 0915", "password")
S("username: mgarcia  password: Blue$ky77", "password")
S("pwd=letmein123", "password")
S("my password is: correct horse battery staple", "password")
S('password "Fluffy#2019"', "password")
S("passcode for the app is Kiki2015", "password", "app passcode with letters = password")
S("my new pin will be 2580", "password")
S("the password i set was MyDog$pot1 but now it won't take it", "password")
S("user jdoe pass qwerty789", "password")
S("ATM pin - 6402", "password")
S("passwrd: Sunshine!88", "password", "typo")
S("p/w is Baseball#12", "password")
S("login: alice.w@example.com / P@ssw0rd2026", "password")

# ---------------------------------------------------------------- benign but tricky
B("order number 112-4458812-7734201, where is my refund", "amazon order number")
B("tracking 1Z999AA10123456784 says delivered but nothing here", "UPS tracking")
B("FedEx tracking number 771234567890", "FedEx 12-digit")
B("USPS tracking 9400111899223100012345", "USPS 22-digit")
B("usps 92055901755477000271", "USPS 20-digit")
B("my IBAN is GB29 NWBK 6016 1331 9268 19", "IBAN")
B("wire went to DE89 3704 0044 0532 0130 00", "IBAN")
B("call me at (212) 555-0147 after 5pm")
B("my cell is +44 20 7946 0958")
B("reach me on +91 98765 43210")
B("phone 1-800-528-4800")
B("my number is 555.867.5309")
B("+61 2 9374 4000 is my office")
B("+49 30 901820 ok")
B("the charge was $1,249.99 not $124.99")
B("interest went up to 29.99% APR??")
B("payment of 2,431.16 posted on 11/02/2026")
B("appointment on 2026-12-03 at 14:30")
B("it happened 03/14/2026 10:42:17 PM EST")
B("ZIP is 10001-2345")
B("I live at 4821 Maple Ave Apt 12B", "street number is 4 digits, not a pin")
B("last 4 is 1005")
B("card ending in 8431 got declined")
B("card xxxx-xxxx-xxxx-1234 was charged")
B("**** **** **** 0005 is the one")
B("3782 XXXXXX 1005 is my amex", "masked")
B("my PIN isn't working at the ATM")
B("what's a CVV?")
B("where do I find the security code on an amex")
B("I never got the verification code")
B("reset my password please")
B("I forgot my password and my pin")
B(f"case number {bad_luhn(card('4', 16))}", "case number failing Luhn")
B(f"reference no. {bad_luhn(card('5', 16))} from your rep", "reference number failing Luhn")
B(f"claim # {bad_luhn(card('6011', 16))}", "claim number failing Luhn")
B(f"invoice {bad_luhn(card('3', 15))} is wrong", "invoice failing Luhn")
B(f"confirmation number {bad_luhn(card('4', 16))}", "confirmation failing Luhn")
B(f"order #{bad_luhn(card('5', 16))} hasn't shipped")
B("the code didn't work", "no value")
B("I typed the code 3 times and it locked me out")
B("my password has to be at least 8 characters?")
B("password reset link expired after 24 hours")
B("the pin pad at the store was broken")
B("I was born in 1985 and have had the card since 2003")
B("my credit limit is 15000 and I owe 4,500")
B("membership rewards balance 128,450 points")
B("flight AA 2231 on dec 4")
B("seat 14C, booking ref X7Y2Q9")
B("I called 3 times, ticket 90210 and ticket 90211")
B("SSN stands for social security number right?")
B("do you need my ssn or just the last 4?")
B("the last four of my social are 6789", "last 4 of SSN alone is not the SSN form")
B("account ending 1005")
B("the cvv field is greyed out")
B("it says enter your 6-digit code")
B("my zip 90210 and house number 742")
B("version 2.3.14 of the app keeps crashing")
B("iOS 17.2.1 on iPhone 15")
B("serial number C02XK1ZJJG5H of my laptop got charged for applecare")
B("there are 4 charges of $19.99 each")
B("I paid 1,234,567 yen on my trip", "large amount with commas")
B("date range 2026-01-01 to 2026-03-31")
B("temp card arrived 11/3, valid thru 11/30")
B("room 1204, floor 12")
B("the ATM at 5th and 42nd ate my card")
B("between 9:00 and 17:30 weekdays")
B("my employee id is 000-00-0000 on the form, the placeholder", "invalid SSN area 000")
B("the form sample shows 666-12-3456", "invalid SSN area 666")
B("ITIN starts with 9 like 912-70-1234", "invalid area 9xx")
B("got 123-00-4567 on the paper", "invalid group 00")
B("and 321-54-0000 on another", "invalid serial 0000")
B("phone 212-555-0147")
B("fax: 212 555 0199")
B("the dispute ID is DSP-20261114-0042")
B("rewards number 88213 tier gold")
B("ordered 2 items for $45.00 and $12.50, total $57.50")
B("meeting 10:30-11:15")
B("my otp never arrived")
B("what is 2FA?")
B("the authentication code isn't coming to my phone ending 0147")
B("send the one-time code to my email instead")
B("my login keeps failing")
B("you texted me a code but I deleted it")
B("CVV2 vs CVC2 whats the difference")
B("isbn 978-0-306-40615-7 book purchase disputed", "ISBN-13")
B("upc 036000291452 on receipt")
B("vin 1HGCM82633A004352 for the car loan")
B("amazon order 114-3941689-8772232")
B("transaction id 20261114093522871", "17-digit txn id fails Luhn?")
B("my password is the same as before, I didn't change it", "no value")
B("the pin is on the back of the letter they sent", "no value")
B("pin 4 digits or 6?")
B("the verification code is supposed to be 6 digits right")
B("call center said code 2 means declined")
B("error code 4012 when paying", "error code, not an OTP")
B("error 500 on checkout")
B("HTTP 403 forbidden on the site")
B("I was charged 3 times: 12.99, 12.99, 12.99")
B("card ending 3782, not the one ending 0005")
B("lat 40.7128 long -74.0060")
B("coordinates 34.0522, -118.2437")

# fix transaction id note: make sure it fails Luhn
txn = "20261114093522871"
if luhn_ok(txn):
    txn = bad_luhn(txn)
for r in rows:
    if r.get("note") == "17-digit txn id fails Luhn?":
        r["text"] = f"transaction id {txn}"
        r["note"] = "17-digit transaction id failing Luhn, named as such"


def _check_benign() -> None:
    """Benign rows must not contain a 13-19 digit run (joined across spaces, dashes, dots) that passes Luhn."""
    for r in rows:
        if r["sensitive"]:
            continue
        for run in re.findall(r"\d[\d \-.]*\d", r["text"]):
            digits = re.sub(r"\D", "", run)
            for i in range(len(digits)):
                for j in range(i + 13, min(len(digits), i + 19) + 1):
                    if luhn_ok(digits[i:j]) and (i == 0 and j == len(digits)):
                        raise SystemExit(f"benign row has a Luhn-valid run: {r['text']!r}")


if __name__ == "__main__":
    _check_benign()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in rows)
    print(f"wrote {len(rows)} rows ({sens} sensitive) to {OUT}")
