#!/usr/bin/env python3
"""Blind adversarial probe set #16 for the amexsim sensitive-data guard.

Theme: the customer's *reply* inside a support chat that has just asked
something (last 4 + ZIP, date + amount, which card, what happened).

stdlib only, seeded, deterministic.  Writes guard_probe16.jsonl next to this
file and validates every line before writing (fails loudly otherwise).
"""
import json
import os
import random
import re
import sys

SEED = 16016
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe16.jsonl")

# ---------------------------------------------------------------- helpers
FAMOUS_CARDS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "4222222222222",
    "4000056655665556", "4000000000000002", "378282246310005", "371449635398431",
    "378734493671000", "5555555555554444", "5105105105105100", "5200828282828210",
    "2223003122003222", "2223000048400011", "6011111111111117", "6011000990139424",
    "6011000400000000", "30569309025904", "38520000023237", "36227206271667",
    "3530111333300000", "3566002020360505", "3566111111111113",
}
FAMOUS_SSNS = {"078051120", "219099999", "123456789", "111223333"}


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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


BRANDS = {
    # brand: (length, prefix generator)
    "amex": (15, lambda r: r.choice(["34", "37"])),
    "visa": (16, lambda r: "4"),
    "mc": (16, lambda r: r.choice(["51", "52", "53", "54", "55", str(r.randint(2221, 2720))])),
    "discover": (16, lambda r: r.choice(["6011", "65"])),
    "diners": (14, lambda r: r.choice(["36", "38"])),
    "jcb": (16, lambda r: str(r.randint(3528, 3589))),
}


def boring(d):
    # avoid long runs / obviously synthetic numbers
    if re.search(r"(\d)\1{4,}", d):
        return True
    if "123456" in d or "000000" in d:
        return True
    return False


def gen_card(r, brand):
    n, pre = BRANDS[brand]
    while True:
        p = pre(r)
        body = p + "".join(r.choice("0123456789") for _ in range(n - len(p) - 1))
        d = luhn_complete(body)
        if d not in FAMOUS_CARDS and not boring(d):
            return d


def fmt_card(r, d, layout=None):
    n = len(d)
    if n == 15:
        groups = [4, 6, 5]
    elif n == 14:
        groups = [4, 6, 4]
    else:
        groups = [4, 4, 4, 4]
    parts, i = [], 0
    for g in groups:
        parts.append(d[i:i + g])
        i += g
    layout = layout or r.choice(["plain", "space", "space", "dash", "dot", "mixed", "space4"])
    if layout == "plain":
        return d
    if layout == "space":
        return " ".join(parts)
    if layout == "dash":
        return "-".join(parts)
    if layout == "dot":
        return ".".join(parts)
    if layout == "space4":  # amex/diners typed in 4s anyway
        return " ".join(d[k:k + 4] for k in range(0, n, 4))
    if layout == "mixed":
        out = parts[0]
        for p in parts[1:]:
            out += r.choice([" ", "-", "  ", " - "]) + p
        return out
    raise ValueError(layout)


def any_card_brand(r):
    return r.choice(["amex", "amex", "amex", "visa", "mc", "discover", "diners", "jcb"])


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        g = r.randint(1, 99)
        s = r.randint(1, 9999)
        raw = "%03d%02d%04d" % (a, g, s)
        if raw not in FAMOUS_SSNS:
            return raw


def fmt_ssn(r, raw, layout=None):
    layout = layout or r.choice(["dash", "dash", "dash", "space", "plain"])
    a, g, s = raw[:3], raw[3:5], raw[5:]
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": raw}[layout]


def gen_cvv(r, amex=False):
    while True:
        v = "%04d" % r.randint(0, 9999) if amex else "%03d" % r.randint(0, 999)
        if v not in ("000", "123", "111", "0000", "1234", "1111") and len(set(v)) > 1:
            return v


def gen_otp(r, n=None):
    n = n or r.choice([6, 6, 6, 6, 4, 5, 7, 8])
    while True:
        v = "".join(r.choice("0123456789") for _ in range(n))
        if len(set(v)) > 2 and v not in ("123456", "12345678"):
            return v


def gen_pin(r):
    while True:
        v = "%04d" % r.randint(0, 9999)
        if len(set(v)) > 1 and v not in ("1234", "4321"):
            return v


WORDS = ["marigold", "tulip", "harbor", "falcon", "juniper", "copper", "orchid", "maple",
         "saturn", "biscuit", "pepper", "willow", "cobalt", "lantern", "fenway", "pelican"]


def gen_password(r):
    style = r.randint(0, 4)
    w1, w2 = r.sample(WORDS, 2)
    num = str(r.randint(10, 9999))
    sym = r.choice("!#$%&*@?_")
    if style == 0:
        return w1.capitalize() + sym + num
    if style == 1:
        return w1 + sym + w2.capitalize() + num[:2]
    if style == 2:
        chars = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!$%#"
        while True:
            p = "".join(r.choice(chars) for _ in range(r.randint(9, 13)))
            if re.search(r"\d", p) and re.search(r"[A-Z]", p) and re.search(r"[a-z]", p):
                return p
    if style == 3:
        return w1 + num + sym
    return w1.capitalize() + w2.capitalize() + sym + num[-2:]


ZIPS = ["10001", "94105", "60614", "30309", "02139", "73301", "98101", "33131", "80202",
        "85004", "19103", "48226", "55401", "97205", "77002", "20001", "92101", "37203",
        "64105", "84101", "07030", "11215", "90210", "60647", "28202", "02116", "53703"]


def zip5(r):
    return r.choice(ZIPS)


def zip4(r):
    return zip5(r) + "-" + "%04d" % r.randint(1, 9999)


def last4(r):
    return "%04d" % r.randint(0, 9999)


def amount(r):
    cents = r.randint(0, 99)
    style = r.randint(0, 5)
    if style == 0:
        v = r.randint(1000, 4999)
        return "$%s,%03d.%02d" % (v // 1000, v % 1000, cents)
    if style == 1:
        return "%d.%02d USD" % (r.randint(5, 999), cents)
    if style == 2:
        return "$%d.%02d" % (r.randint(3, 999), cents)
    if style == 3:
        return "USD %d.%02d" % (r.randint(20, 999), cents)
    if style == 4:
        return "$%d" % r.randint(20, 900)
    return "%d dollars" % r.randint(15, 700)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def date(r):
    m = r.randint(8, 11)
    d = r.randint(1, 28)
    style = r.randint(0, 5)
    if style == 0:
        return "%02d/%02d/2026" % (m, d)
    if style == 1:
        return "%s %d" % (MONTHS[m - 1], d)
    if style == 2:
        sfx = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%s %d%s" % (LMONTHS[m - 1], d, sfx)
    if style == 3:
        return "%d/%d" % (m, d)
    if style == 4:
        return "2026-%02d-%02d" % (m, d)
    return "%d %s 2026" % (d, MONTHS[m - 1])


def time_(r):
    if r.random() < 0.5:
        return "%d:%02d" % (r.randint(7, 23), r.randint(0, 59))
    return "%d:%02d %s" % (r.randint(1, 12), r.randint(0, 59), r.choice(["am", "pm", "AM", "PM"]))


MERCHANTS = ["7-Eleven", "Store #4471", "Shell 0573", "Motel 6", "Super 8", "Forever 21",
             "Walgreens #12093", "CVS/pharmacy #08821", "Target T-1387", "Chevron 0209417",
             "Hotel 1000", "Route 66 Diner", "Pier 1", "AMC Empire 25", "Lot 49 Parking",
             "Gate B22 Newsstand", "Studio 54 Lounge", "99 Ranch Market", "Subway #30412",
             "Exxon 4471 Mobil", "Planet Fitness 0831", "Kwik Trip 1152", "Speedway 06614",
             "Five Guys 1609", "Home Depot #6620", "Wawa 8213", "UBER *TRIP 8005928996",
             "SQ *CAFE 43", "AMZN Mktp US*2K4L71", "Circle K 2701"]
SHOPS = ["Amazon", "Best Buy", "Wayfair", "Etsy seller", "Nike.com", "Apple", "Chewy", "Zappos",
         "Walmart.com", "a Shopify store"]


def merchant(r):
    return r.choice(MERCHANTS)


def digits(r, n, lead_nonzero=True):
    first = r.choice("123456789") if lead_nonzero else r.choice("0123456789")
    return first + "".join(r.choice("0123456789") for _ in range(n - 1))


def order_no(r):
    style = r.randint(0, 4)
    if style == 0:
        return "%s-%s-%s" % (digits(r, 3), digits(r, 7), digits(r, 7))  # amazon-like
    if style == 1:
        return digits(r, 12)
    if style == 2:
        return "W" + digits(r, 10)
    if style == 3:
        return digits(r, 8)
    return "BBY01-" + digits(r, 12)


def tracking(r):
    style = r.randint(0, 2)
    if style == 0:
        d = "9400" + "".join(r.choice("0123456789") for _ in range(18))
        return " ".join(d[k:k + 4] for k in range(0, 22, 4))
    if style == 1:
        return "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
    return digits(r, 12)


def case_no(r):
    return r.choice([digits(r, 6), digits(r, 7), "C-" + digits(r, 8), digits(r, 10)])


def ref_no(r):
    return r.choice([digits(r, 11), "REF" + digits(r, 8), digits(r, 4) + "-" + digits(r, 5),
                     digits(r, 23)])


def auth_code(r):
    return r.choice([digits(r, 6, False), digits(r, 6), digits(r, 2) + "A" + digits(r, 3)])


CARDNAMES = ["Gold card", "Platinum", "Blue Cash Everyday", "Delta SkyMiles card",
             "Hilton card", "Green card", "business Gold", "Blue Cash Preferred",
             "Marriott Bonvoy card", "EveryDay card"]


# ---------------------------------------------------------------- templates
# each template: fn(r) -> text.  Families keyed by note.

def T(*fns):
    return list(fns)


H = {}   # harmless note -> (count, [templates])
S = {}   # sensitive note -> (kind, count, [templates])

# ===== (1) verification replies, harmless
H["verify.last4_zip"] = (16, T(
    lambda r: f"last 4 is {last4(r)}, zip {zip5(r)}",
    lambda r: f"{last4(r)} / {zip5(r)}",
    lambda r: f"it's {last4(r)}, and {zip5(r)}",
    lambda r: f"four digits: {last4(r)}, postal {zip5(r)}",
    lambda r: f"card ending in {last4(r)}. billing zip {zip5(r)}. thanks",
    lambda r: f"{last4(r)} {zip5(r)}",
    lambda r: f"Sure - the {r.choice(CARDNAMES)} ending {last4(r)}; ZIP {zip5(r)}",
    lambda r: f"last4={last4(r)} zip={zip5(r)}",
    lambda r: f"l4: {last4(r)}\nzip: {zip5(r)}",
    lambda r: f"{last4(r)}, {zip5(r)}, name on the card is Dana Whitfield",
    lambda r: f"ok. last four {last4(r)} and my billing zip code is {zip5(r)}",
    lambda r: f"ends with {last4(r)}... zip {zip5(r)} (we moved, the old one was {zip5(r)})",
    lambda r: f"the last 4 digits are {last4(r)} and zip is {zip5(r)}",
    lambda r: f"Last four: {last4(r)}. Zip: {zip5(r)}.",
    lambda r: f"{last4(r)}-{zip5(r)}",
    lambda r: f"xxxx xxxxxx x{last4(r)} and zip {zip5(r)}",
    lambda r: f"ending {last4(r)}, billing address zip {zip5(r)}, apt 4B",
    lambda r: f"hi yes it's the one that ends {last4(r)}. {zip5(r)}",
))
H["verify.zip4"] = (8, T(
    lambda r: f"ending {last4(r)} zip {zip4(r)}",
    lambda r: f"{last4(r)} / {zip4(r)}",
    lambda r: f"zip+4 is {zip4(r)}, card ends {last4(r)}",
    lambda r: f"billing zip {zip4(r)} and the last four are {last4(r)}",
    lambda r: f"the one ending -{last4(r)}, billing zip is {zip4(r)}",
    lambda r: f"{zip4(r)}, {last4(r)}",
))
H["verify.reversed_order"] = (7, T(
    lambda r: f"{zip5(r)} and {last4(r)}",
    lambda r: f"zip is {zip5(r)}, card ends in {last4(r)}",
    lambda r: f"{zip5(r)} / last 4 {last4(r)}",
    lambda r: f"postal code {zip5(r)}, last four {last4(r)}",
    lambda r: f"ZIP {zip5(r)}. Ending {last4(r)}.",
    lambda r: f"{zip5(r)}, then {last4(r)} for the card",
))
H["verify.typo"] = (10, T(
    lambda r: f"lats 4 is {last4(r)} zpi {zip5(r)}",
    lambda r: f"last fuor: {last4(r)} / zip cdoe {zip5(r)}",
    lambda r: f"endng {last4(r)}, zip{zip5(r)}",
    lambda r: f"las 4 {last4(r)}  zip  {zip5(r)}",
    lambda r: f"{last4(r)},{zip5(r)}",
    lambda r: f"ladt four {last4(r)} and billin zip {zip5(r)}",
    lambda r: f"zio {zip5(r)} last4 {last4(r)}",
    lambda r: f"oops {last4(r)[:3]} - sorry, last 4 is {last4(r)}, zip {zip5(r)}",
    lambda r: f"last 4 {last4(r)} zip {zip5(r)[:4]}.. {zip5(r)} sorry fat fingers",
    lambda r: f"ending {last4(r)} zip{zip5(r)}thx",
))
H["verify.which_card"] = (8, T(
    lambda r: f"the {r.choice(CARDNAMES)}, ending {last4(r)}",
    lambda r: f"my {r.choice(CARDNAMES)} ending in {last4(r)}, not the {r.choice(CARDNAMES)} ending {last4(r)}",
    lambda r: f"the authorized user card, the one that ends {last4(r)} (my daughter's)",
    lambda r: f"the new replacement card that ends in {last4(r)}, the old one was {last4(r)}",
    lambda r: f"it's the corporate card, ending -{last4(r)}",
    lambda r: f"the metal one. ****{last4(r)}",
    lambda r: f"which card? the {r.choice(CARDNAMES)} ...{last4(r)}",
))
H["verify.ssn_last4"] = (5, T(
    lambda r: f"last 4 of my ssn is {last4(r)}",
    lambda r: f"SSN last four: {last4(r)}, zip {zip5(r)}",
    lambda r: f"last four of social {last4(r)}",
    lambda r: f"xxx-xx-{last4(r)}",
    lambda r: f"ssn ends in {last4(r)} and the card ends in {last4(r)}",
))
H["verify.phone"] = (3, T(
    lambda r: f"phone on file is ({r.choice(['312','415','212','646','617'])}) 555-01{r.randint(10,99)}, zip {zip5(r)}",
    lambda r: f"call me back at {r.choice(['312','415','212','646','617'])}-555-01{r.randint(10,99)} if we get cut off",
    lambda r: f"I called 1-800-528-4800 already, they said use chat. last 4 {last4(r)}",
))

# ===== (1) verification slips, sensitive
S["verify.full_card_slip"] = ("card_number", 18, T(
    lambda r: (lambda c: f"oh you said last 4, here's the whole thing {fmt_card(r, c)}, zip {zip5(r)}")(gen_card(r, any_card_brand(r))),
    lambda r: f"{fmt_card(r, gen_card(r, any_card_brand(r)))} / {zip5(r)}",
    lambda r: f"card # {fmt_card(r, gen_card(r, any_card_brand(r)))}  zip {zip5(r)}",
    lambda r: (lambda c: f"ending {c[-4:]}... actually just take it all: {fmt_card(r, c)}")(gen_card(r, any_card_brand(r))),
    lambda r: f"{zip5(r)}, card {fmt_card(r, gen_card(r, any_card_brand(r)))}",
    lambda r: f"last 4 is {fmt_card(r, gen_card(r, 'amex'))} and zip {zip4(r)}",
    lambda r: (lambda c: f"sorry the full one is {fmt_card(r, c)} (zip {zip5(r)})")(gen_card(r, any_card_brand(r))),
    lambda r: (lambda c: f"{c[:8]}\n{c[8:]}\nzip {zip5(r)}")(gen_card(r, "visa")),
    lambda r: f"it's {fmt_card(r, gen_card(r, 'amex'), 'plain')}, zip {zip5(r)}",
    lambda r: f"here: {fmt_card(r, gen_card(r, 'amex'), 'space')} billing zip {zip5(r)}",
    lambda r: f"zip {zip5(r)}. the card I'm asking about is {fmt_card(r, gen_card(r, r.choice(['visa','mc','discover'])))} (it's my Chase one, sorry)",
    lambda r: f"four digits: {fmt_card(r, gen_card(r, 'diners'))} hm that's more than four, whatever. {zip5(r)}",
))
S["verify.cvv_just_in_case"] = ("security_code", 12, T(
    lambda r: f"last 4 {last4(r)}, zip {zip5(r)}, and the CVV is {gen_cvv(r)} just in case",
    lambda r: f"{last4(r)} / {zip5(r)} / cvv {gen_cvv(r)}",
    lambda r: f"ending {last4(r)}, zip {zip5(r)}. security code on the back: {gen_cvv(r)}",
    lambda r: f"ending {last4(r)} zip {zip5(r)}, the 4 digit CID on the front is {gen_cvv(r, True)}",
    lambda r: f"{last4(r)}, {zip5(r)}. in case you need it the cvc is {gen_cvv(r)}",
    lambda r: f"last four {last4(r)}; zip {zip4(r)}; CVV2 {gen_cvv(r)}",
    lambda r: f"{zip5(r)} and {last4(r)}. Security code {gen_cvv(r, True)} if that helps",
    lambda r: f"card ends {last4(r)}, zip {zip5(r)}, 3 digits on back {gen_cvv(r)}",
    lambda r: f"lats 4 {last4(r)} zip {zip5(r)} cid {gen_cvv(r, True)}",
    lambda r: f"it's {last4(r)}, and {zip5(r)}. want the cvv too? it's {gen_cvv(r)}",
))
S["verify.ssn_full_slip"] = ("ssn", 10, T(
    lambda r: f"last 4 of ssn... here's the whole thing {fmt_ssn(r, gen_ssn(r))}",
    lambda r: f"ssn {fmt_ssn(r, gen_ssn(r))}, zip {zip5(r)}",
    lambda r: f"my social is {fmt_ssn(r, gen_ssn(r), 'dash')}",
    lambda r: f"SSN: {fmt_ssn(r, gen_ssn(r), 'plain')} and card ends {last4(r)}",
    lambda r: f"it's {fmt_ssn(r, gen_ssn(r), 'dash')} (social), zip {zip5(r)}",
    lambda r: f"last 4 of my social is {fmt_ssn(r, gen_ssn(r), 'space')} oops that's all of it",
    lambda r: f"{zip5(r)} / ssn {fmt_ssn(r, gen_ssn(r), 'dash')}",
    lambda r: f"social security number {fmt_ssn(r, gen_ssn(r))}, DOB not sure if you need",
))
S["verify.safekey_paste"] = ("otp", 10, T(
    lambda r: f"{last4(r)}, {zip5(r)} - oh and the SafeKey code that just popped up is {gen_otp(r, 6)}",
    lambda r: f"American Express SafeKey: Your one-time verification code is {gen_otp(r, 6)}. Do not share this code.",
    lambda r: f"zip {zip5(r)}, ending {last4(r)}, code from the text: {gen_otp(r, r.choice([4,6]))}",
    lambda r: f"Your Amex verification code is {gen_otp(r)}. It expires in 10 minutes.",
    lambda r: f"last 4 {last4(r)} / zip {zip5(r)} / otp {gen_otp(r)}",
    lambda r: f"{gen_otp(r, 6)} <- that's the safekey code, last four {last4(r)}",
    lambda r: f"one-time passcode: {gen_otp(r, 8)}. ZIP {zip5(r)}",
    lambda r: f"the verification code you sent me is {gen_otp(r, 6)} and zip {zip4(r)}",
))
S["verify.password_slip"] = ("password", 6, T(
    lambda r: f"last 4 {last4(r)}, zip {zip5(r)}, and my login password is {gen_password(r)} if you need to check",
    lambda r: f"{last4(r)} / {zip5(r)}. pw: {gen_password(r)}",
    lambda r: f"ending {last4(r)}, zip {zip5(r)}, my card PIN is {gen_pin(r)}",
    lambda r: f"zip {zip5(r)}. my online password is {gen_password(r)}, does that verify me?",
    lambda r: f"last four {last4(r)}, PIN {gen_pin(r)}",
    lambda r: f"user id dwhitfield82 password {gen_password(r)}",
))

# ===== (2) dispute details, harmless
H["dispute.amount_date"] = (11, T(
    lambda r: f"{date(r)}, {amount(r)}",
    lambda r: f"it was {amount(r)} on {date(r)}",
    lambda r: f"charged twice: {amount(r)} on {date(r)} and again on {date(r)}",
    lambda r: f"{amount(r)} posted {date(r)}, pending since {date(r)}",
    lambda r: f"Date: {date(r)}  Amount: {amount(r)}",
    lambda r: f"around {time_(r)} on {date(r)}, {amount(r)}",
    lambda r: f"the statement closing {date(r)} has a {amount(r)} charge I didn't make",
    lambda r: f"{amount(r)}. I think {date(r)}? maybe the day after",
    lambda r: f"they refunded {amount(r)} but charged {amount(r)} on {date(r)}",
))
H["dispute.merchant_digits"] = (12, T(
    lambda r: f"{merchant(r)}, {amount(r)}, {date(r)}",
    lambda r: f"it says {merchant(r)} on the statement, I've never been there",
    lambda r: f"{merchant(r)} charged me {amount(r)} on {date(r)}",
    lambda r: f"merchant shows as {merchant(r)}",
    lambda r: f"a {amount(r)} charge from {merchant(r)} and another from {merchant(r)}",
    lambda r: f"I was at {merchant(r)} on {date(r)} but only spent {amount(r)}, they billed {amount(r)}",
    lambda r: f"{merchant(r)} - {date(r)} - {amount(r)} - not me",
))
H["dispute.order_tracking"] = (10, T(
    lambda r: f"order #{order_no(r)} from {r.choice(SHOPS)}, never arrived, paid {amount(r)}",
    lambda r: f"tracking number {tracking(r)}, it says delivered but it wasn't",
    lambda r: f"order number {order_no(r)}, I returned it on {date(r)}, return tracking {tracking(r)}",
    lambda r: f"{r.choice(SHOPS)} order {order_no(r)} - {amount(r)}",
    lambda r: f"the order confirmation is {order_no(r)} and the return label tracking is {tracking(r)}",
    lambda r: (lambda d: f"USPS tracking {' '.join(d[k:k + 4] for k in range(0, 22, 4))}, shows delivered {date(r)}")("9400" + digits(r, 18, False)),
))
H["dispute.case_ref"] = (9, T(
    lambda r: f"I already opened case {case_no(r)} earlier in this chat",
    lambda r: f"reference number {ref_no(r)}",
    lambda r: f"case {digits(r, 6)} - you gave it to me like 10 minutes ago",
    lambda r: f"the merchant gave me a refund reference {ref_no(r)} on {date(r)}",
    lambda r: f"claim number {digits(r, 8)}-{digits(r, 4)}, filed {date(r)}",
    lambda r: f"confirmation number {digits(r, 10)} from my last chat",
    lambda r: f"dispute ID {digits(r, 11)}, still says in review",
))
H["dispute.auth_code"] = (8, T(
    lambda r: f"the receipt says auth code {auth_code(r)}, {amount(r)}",
    lambda r: f"approval code {auth_code(r)}, terminal {digits(r, 8)}, {date(r)}",
    lambda r: f"receipt: {merchant(r)} AUTH# {auth_code(r)} TOTAL {amount(r)}",
    lambda r: f"the code on the receipt was {digits(r, 4, False)}",
    lambda r: f"auth {auth_code(r)} / ref {digits(r, 12)} / {amount(r)}",
    lambda r: f"on the receipt: TRAN {digits(r, 6)}  APPR CODE {auth_code(r)}  {time_(r)}",
))
H["dispute.partial_card"] = (10, T(
    lambda r: f"statement shows xxxx-xxxx-xxxx-{last4(r)} for {amount(r)}",
    lambda r: f"the receipt has XXXX XXXXXX X{last4(r)}, {date(r)}",
    lambda r: f"card ****{last4(r)} was charged {amount(r)}",
    lambda r: f"the email from {r.choice(SHOPS)} says Amex ending in {last4(r)}",
    lambda r: f"receipt shows ************{last4(r)} and {amount(r)}",
    lambda r: f"AMEX xxxxxxxxxxx{last4(r)} {date(r)} {amount(r)}",
    lambda r: f"paid with the card ending {last4(r)}, then they tried my other one ending {last4(r)}",
    lambda r: f"receipt shows {r.choice(['3714', '3782', '3759', '3476'])} XXXXXX X{last4(r)}, {amount(r)}",
    lambda r: f"the merchant's email shows {r.choice(['37', '34'])}{digits(r, 4, False)}*****{last4(r)} (first 6 + last 4)",
))
H["dispute.other_bank_loyalty"] = (7, T(
    lambda r: f"I paid from my Chase checking, account number {digits(r, 10)}, routing {r.choice(['021000021','026009593','121000248'])}",
    lambda r: f"Hilton Honors member number {digits(r, 9)[:3]} {digits(r, 3)} {digits(r, 3)}, the stay wasn't credited",
    lambda r: f"Delta SkyMiles number {digits(r, 10)}, points never posted for the {amount(r)} flight",
    lambda r: f"Membership Rewards account {digits(r, 4)}-{digits(r, 6)}? not sure that's what you need",
    lambda r: f"the payment came from my Wells Fargo savings ending {last4(r)}, confirmation {digits(r, 11)}",
    lambda r: f"Marriott Bonvoy member # {digits(r, 9)}, charge was {amount(r)}",
))
H["dispute.travel"] = (5, T(
    lambda r: f"flight DL {r.randint(100, 2999)} on {date(r)}, seat {r.randint(1, 40)}{r.choice('ABCDEF')}, they charged {amount(r)} for the bag",
    lambda r: f"hotel confirmation {digits(r, 8)}, room {r.randint(2, 30)}{r.randint(0, 3)}{r.randint(1, 9)}, check-in {date(r)}",
    lambda r: f"booking ref K{digits(r, 2)}PQ{digits(r, 1)}X, ticket number 006 {digits(r, 10)}",
    lambda r: f"rental agreement {digits(r, 9)[:8]}, returned the car {date(r)} at {time_(r)}",
    lambda r: f"UA {r.randint(100, 2999)} {date(r)}, gate C{r.randint(1, 40)}, refund of {amount(r)} never came",
))

# ===== (2) dispute details with a hidden secret
S["dispute.hidden_card"] = ("card_number", 14, T(
    lambda r: f"charged {amount(r)} on {date(r)} at {merchant(r)}. The card it hit was {fmt_card(r, gen_card(r, 'amex'))}",
    lambda r: f"merchant {merchant(r)}, {date(r)}, {amount(r)}, card {fmt_card(r, gen_card(r, any_card_brand(r)))}, order #{order_no(r)}",
    lambda r: f"{date(r)} - {amount(r)} - {merchant(r)} - {fmt_card(r, gen_card(r, 'amex'))}",
    lambda r: f"the receipt printed the whole number {fmt_card(r, gen_card(r, 'amex'))} which is weird, {amount(r)} on {date(r)}",
    lambda r: f"they charged {amount(r)} to {fmt_card(r, gen_card(r, any_card_brand(r)), 'plain')} on {date(r)}",
    lambda r: f"order {order_no(r)} from {r.choice(SHOPS)} paid with {fmt_card(r, gen_card(r, any_card_brand(r)))}, never shipped",
    lambda r: f"case {digits(r, 6)}. The replacement card {fmt_card(r, gen_card(r, 'amex'))} also got the {amount(r)} charge",
    lambda r: f"{amount(r)} from {merchant(r)}, auth code {auth_code(r)}, card number {fmt_card(r, gen_card(r, 'amex'), 'space4')}",
    lambda r: f"what happened: I gave {fmt_card(r, gen_card(r, any_card_brand(r)))} to a site called deals-outlet and got charged {amount(r)} on {date(r)}",
    lambda r: f"the refund went to my old card {fmt_card(r, gen_card(r, 'amex'))} instead, {amount(r)}",
))
S["dispute.hidden_cvv"] = ("security_code", 8, T(
    lambda r: f"the site only asked for the cvv ({gen_cvv(r)}) and still billed {amount(r)} on {date(r)}",
    lambda r: f"{merchant(r)}, {amount(r)}, {date(r)}. I typed {gen_cvv(r, True)} as the CID on their checkout page",
    lambda r: f"order #{order_no(r)}, {amount(r)}, and the security code I used was {gen_cvv(r, True)}",
    lambda r: f"{date(r)}, {amount(r)}, card ending {last4(r)}, cvv {gen_cvv(r)}",
    lambda r: f"they called me asking for the 4-digit code on the front, I gave them {gen_cvv(r, True)}, then {amount(r)} went through",
    lambda r: f"charged {amount(r)} at {merchant(r)}; security code is {gen_cvv(r)} if you need to match it",
))
S["dispute.hidden_ssn"] = ("ssn", 6, T(
    lambda r: f"someone opened a card with my SSN {fmt_ssn(r, gen_ssn(r), 'dash')} and spent {amount(r)} on {date(r)}",
    lambda r: f"{date(r)}, {amount(r)}, {merchant(r)}. my ssn is {fmt_ssn(r, gen_ssn(r))} for the fraud report",
    lambda r: f"the police report (case {digits(r, 7)}) lists my social as {fmt_ssn(r, gen_ssn(r), 'dash')}",
    lambda r: f"the fraudster used my social security number, {fmt_ssn(r, gen_ssn(r), 'space')}, at {merchant(r)}",
    lambda r: f"{amount(r)} on {date(r)}. SSN {fmt_ssn(r, gen_ssn(r), 'plain')}",
))
S["dispute.hidden_otp"] = ("otp", 10, T(
    lambda r: f"someone called pretending to be you and I read them the code {gen_otp(r, 6)}, then {amount(r)} went through on {date(r)}",
    lambda r: f"{merchant(r)}, {amount(r)}. I got a SafeKey code {gen_otp(r, 6)} at {time_(r)} that I didn't request",
    lambda r: f"the text said your verification code is {gen_otp(r)} right before the {amount(r)} charge",
    lambda r: f"{date(r)} at {time_(r)}: one-time code {gen_otp(r, r.choice([6, 8]))}, then the charge for {amount(r)}",
    lambda r: f"order #{order_no(r)}. The site asked for a passcode and I entered {gen_otp(r, 6)} from the Amex text",
    lambda r: f"I have the OTP here if it helps: {gen_otp(r)}. charge was {amount(r)} on {date(r)}",
    lambda r: f"{amount(r)}, {date(r)}, and the code they sent me right now is {gen_otp(r, 6)}",
))
S["dispute.hidden_password"] = ("password", 8, T(
    lambda r: f"someone logged in and spent {amount(r)} even though my password is {gen_password(r)}",
    lambda r: f"{date(r)}, {amount(r)}, {merchant(r)}. my amex login is dwhit_{r.randint(10,99)} / {gen_password(r)}",
    lambda r: f"the ATM withdrawal of {amount(r)} on {date(r)} wasn't me, nobody knows my PIN {gen_pin(r)}",
    lambda r: f"I changed my password to {gen_password(r)} on {date(r)} and the charges kept coming",
    lambda r: f"{merchant(r)} {amount(r)} - I only use the card with PIN {gen_pin(r)}, it never leaves my wallet",
    lambda r: f"login password {gen_password(r)} - can you see who signed in on {date(r)}?",
))

# ===== (3) harmless lookalikes near cue words
H["lookalike.cue_no_value"] = (18, T(
    lambda r: "ssn isn't on file?",
    lambda r: "do you need my ssn? I'd rather not type it here",
    lambda r: "is the security code the 4 digits on the front or the 3 on the back?",
    lambda r: "I never got a SafeKey code, only an email",
    lambda r: "the verification code expired before I could enter it",
    lambda r: "my PIN isn't working at the ATM, same one I've always used",
    lambda r: "I don't want to give my password in chat, is that ok?",
    lambda r: "the CID on the front is worn off, can I still use it online?",
    lambda r: "what's a CVV? the merchant asked for it",
    lambda r: "no code came. I checked spam too",
    lambda r: "you already verified me with the text code, why again?",
    lambda r: "my password manager filled the wrong password I think",
    lambda r: "I reset my PIN last week, do I need a new card?",
    lambda r: "the one-time passcode went to my old phone",
    lambda r: "I won't share my social, the last four should be enough",
    lambda r: "which security code? the one on the card or the one you texted?",
    lambda r: "the full card number is on the card, should I read it? (not going to)",
    lambda r: "I didn't give anyone my passcode, I promise",
    lambda r: "the verification step keeps looping back to the start",
))
H["lookalike.cue_number"] = (18, T(
    lambda r: f"verification took {r.randint(2, 9)} days last time",
    lambda r: f"security deposit ${r.choice([250, 300, 500, 750, 1000])} at {merchant(r)}, they never released it",
    lambda r: f"password reset ticket {digits(r, 7)}",
    lambda r: f"OTP arrived {r.randint(2, 15)} mins late at {time_(r)}",
    lambda r: f"the CVV field gave error E{digits(r, 4)}",
    lambda r: f"my PIN mailer came on {date(r)}",
    lambda r: f"I changed my password on {date(r)} and the app still says error {r.randint(400, 599)}",
    lambda r: f"the code said valid for 10 minutes but it took {r.randint(11, 30)}",
    lambda r: f"tried the passcode {r.randint(3, 5)} times and got locked out for 24 hours",
    lambda r: f"the text with the code came from {r.randint(20000, 99999)} not the usual number",
    lambda r: f"app version {r.randint(6, 7)}.{r.randint(10, 60)}.{r.randint(0, 9)}, iOS {r.randint(17, 18)}.{r.randint(0, 6)}",
    lambda r: f"SafeKey page said error code {r.randint(1000, 9999)}-{r.choice('ABCD')}",
    lambda r: f"the OTP was sent to the phone ending {last4(r)}",
    lambda r: f"security code verification failed {r.randint(2, 4)} times on {date(r)}",
    lambda r: f"the 6-digit code box only fit 6 but the text had {r.randint(7, 8)}?",
    lambda r: f"password reset email came at {time_(r)} with case {case_no(r)}",
    lambda r: f"cvv was fine, the issue is the {amount(r)} charge on {date(r)}",
    lambda r: f"the SafeKey code worked, but the {amount(r)} purchase still declined at {time_(r)}",
    lambda r: f"my PIN works at every ATM except the one at {merchant(r)}, it took {amount(r)} and gave nothing",
))

# ===== (4) multi-value lines
H["multi.harmless"] = (12, T(
    lambda r: f"ZIP {zip5(r)}, last 4 {last4(r)}, {amount(r)} on {date(r)}, case {case_no(r)}",
    lambda r: f"{last4(r)} / {zip4(r)} / {amount(r)} / {date(r)}",
    lambda r: f"ending {last4(r)}, zip {zip5(r)}. {merchant(r)} {amount(r)} {date(r)}, auth {auth_code(r)}",
    lambda r: f"card ****{last4(r)}, billing {zip5(r)}, order {order_no(r)}, {amount(r)}",
    lambda r: f"last 4 {last4(r)} zip {zip5(r)}, the charge is {amount(r)} from {merchant(r)} at {time_(r)} on {date(r)}",
    lambda r: f"{zip5(r)}, {last4(r)}, ssn last 4 {last4(r)}, phone (212) 555-01{r.randint(10, 99)}",
    lambda r: f"verify: {last4(r)}, {zip5(r)}. dispute: {amount(r)} {date(r)} ref {ref_no(r)}",
    lambda r: f"last four {last4(r)}, ZIP {zip4(r)}, I'm at 200 Vesey Street, {amount(r)} charge on {date(r)}",
))
S["multi.card"] = ("card_number", 10, T(
    lambda r: f"ZIP {zip5(r)}, last 4 {last4(r)}, {amount(r)} on {date(r)}, and the card is {fmt_card(r, gen_card(r, 'amex'))}",
    lambda r: f"{zip4(r)} / {fmt_card(r, gen_card(r, any_card_brand(r)))} / {amount(r)} / {date(r)}",
    lambda r: (lambda c: f"ending {c[-4:]} (full: {fmt_card(r, c)}), zip {zip5(r)}, {merchant(r)} {amount(r)}")(gen_card(r, 'amex')),
    lambda r: f"case {case_no(r)}, {amount(r)}, {date(r)}, card {fmt_card(r, gen_card(r, any_card_brand(r)))}, zip {zip5(r)}",
    lambda r: f"last 4 {last4(r)}, zip {zip5(r)}, the other card they charged is {fmt_card(r, gen_card(r, r.choice(['visa', 'mc', 'discover', 'jcb'])))}",
))
S["multi.cvv"] = ("security_code", 8, T(
    lambda r: f"ZIP {zip5(r)}, last 4 {last4(r)}, {amount(r)} on {date(r)}, CID {gen_cvv(r, True)}",
    lambda r: f"{last4(r)}, {zip4(r)}, {merchant(r)} {amount(r)}, cvv {gen_cvv(r)}",
    lambda r: f"case {case_no(r)}. ending {last4(r)}, zip {zip5(r)}, security code {gen_cvv(r, True)}, charged {amount(r)}",
    lambda r: f"order {order_no(r)}, {amount(r)}, card ending {last4(r)} exp 09/29 cvc {gen_cvv(r)}",
))
S["multi.ssn"] = ("ssn", 6, T(
    lambda r: f"ZIP {zip5(r)}, last 4 {last4(r)}, {amount(r)} on {date(r)}, ssn {fmt_ssn(r, gen_ssn(r), 'dash')}",
    lambda r: f"{last4(r)} / {zip5(r)} / SSN {fmt_ssn(r, gen_ssn(r))} / {amount(r)}",
    lambda r: f"card ending {last4(r)}, zip {zip4(r)}, social {fmt_ssn(r, gen_ssn(r), 'dash')}, case {case_no(r)}",
))
S["multi.otp"] = ("otp", 8, T(
    lambda r: f"ZIP {zip5(r)}, last 4 {last4(r)}, {amount(r)} on {date(r)}, SafeKey code {gen_otp(r, 6)}",
    lambda r: f"{last4(r)}, {zip5(r)}, {merchant(r)} {amount(r)}. verification code {gen_otp(r)}",
    lambda r: f"case {case_no(r)}, ending {last4(r)}, zip {zip4(r)}, the one-time code is {gen_otp(r, r.choice([5, 6, 7]))}",
    lambda r: f"{amount(r)} {date(r)} {merchant(r)}; last 4 {last4(r)}; otp {gen_otp(r, 6)}",
))
S["multi.password"] = ("password", 8, T(
    lambda r: f"ZIP {zip5(r)}, last 4 {last4(r)}, {amount(r)} on {date(r)}, password {gen_password(r)}",
    lambda r: f"{last4(r)} / {zip5(r)} / PIN {gen_pin(r)} / {amount(r)}",
    lambda r: f"case {case_no(r)}, card ending {last4(r)}, zip {zip4(r)}, my login pw is {gen_password(r)}",
    lambda r: f"{merchant(r)} {amount(r)} {date(r)}, last 4 {last4(r)}, online password {gen_password(r)}",
))

# ---------------------------------------------------------------- validation
SEP_JOIN = re.compile(r"\d+(?:[\s\-./,_]{1,3}\d+)*")


def issuer_prefixed(w):
    if w[0] == "4":
        return True
    if w[:2] in ("34", "37", "36", "38", "35", "65") or w[:2] in ("51", "52", "53", "54", "55"):
        return True
    if w[:3] in ("300", "301", "302", "303", "304", "305"):
        return True
    if w[:4] == "6011" or w[:3] in ("644", "645", "646", "647", "648", "649"):
        return True
    if 2221 <= int(w[:4]) <= 2720:
        return True
    return False


def card_windows(text):
    """Every issuer-prefixed Luhn-valid 13-19 digit window in digit groups
    joined across short separators (space, dash, dot, slash, comma, underscore)."""
    hits = []
    for m in SEP_JOIN.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        for i in range(len(d)):
            for n in range(13, 20):
                w = d[i:i + n]
                if len(w) < n:
                    break
                if issuer_prefixed(w) and luhn_ok(w):
                    hits.append(w)
    return hits


def ssn_valid(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0


SSN_SEP = re.compile(r"(?<!\d)(\d{3})[\s\-.](\d{2})[\s\-.](\d{4})(?!\d)")
SSN_PLAIN = re.compile(r"(?<!\d)(\d{3})(\d{2})(\d{4})(?!\d)")


def ssn_hits(text):
    out = []
    for rx in (SSN_SEP, SSN_PLAIN):
        for m in rx.finditer(text):
            if ssn_valid(*m.groups()):
                out.append("".join(m.groups()))
    return out


SENS_CUES = re.compile(r"(?i)\b(cvv2?|cvc|cid|pin|pw)\b\s*[:=]?\s*\d")


def check(rec):
    t, sens, kind = rec["text"], rec["sensitive"], rec["kind"]
    cw = card_windows(t)
    sh = ssn_hits(t)
    if kind == "card_number":
        if not cw:
            return "card line without luhn window"
    elif cw:
        return "non-card line has luhn window %s" % cw
    if kind == "ssn":
        if not sh:
            return "ssn line without ssn"
    elif sh:
        return "non-ssn line has ssn-like %s" % sh
    if not sens and SENS_CUES.search(t):
        return "harmless line has cue+digits"
    for w in cw:
        if w in FAMOUS_CARDS:
            return "famous card"
    return None


# ---------------------------------------------------------------- build
def build():
    r = random.Random(SEED)
    seen = set()
    recs = []
    jobs = []
    for note in H:
        cnt, tpls = H[note]
        jobs.append((note, False, None, cnt, tpls))
    for note in S:
        kind, cnt, tpls = S[note]
        jobs.append((note, True, kind, cnt, tpls))
    for note, sens, kind, cnt, tpls in jobs:
        made = 0
        i = 0
        tries = 0
        while made < cnt:
            # cycle templates evenly; retry the same template with fresh
            # values until it yields a unique, valid line (or give up on it)
            tpl = tpls[i % len(tpls)]
            i += 1
            if i > cnt * 20:
                raise SystemExit("could not fill %s" % note)
            for _ in range(300):
                text = tpl(r)
                if text in seen:
                    continue
                rec = {"text": text, "sensitive": sens, "kind": kind, "note": note}
                if check(rec):
                    continue
                seen.add(text)
                recs.append(rec)
                made += 1
                break
    r.shuffle(recs)
    return recs


def main():
    recs = build()
    # final validation pass
    texts = set()
    for rec in recs:
        assert set(rec) == {"text", "sensitive", "kind", "note"}
        assert rec["sensitive"] == (rec["kind"] is not None)
        assert rec["kind"] in (None, "card_number", "security_code", "ssn", "otp", "password")
        assert rec["text"] not in texts
        texts.add(rec["text"])
        err = check(rec)
        assert err is None, (err, rec)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_h = sum(1 for x in recs if not x["sensitive"])
    print("wrote %d lines (%d harmless, %d sensitive) -> %s" % (len(recs), n_h, len(recs) - n_h, OUT),
          file=sys.stderr)


if __name__ == "__main__":
    main()
