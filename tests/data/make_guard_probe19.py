#!/usr/bin/env python3
"""Blind precision probe #19 for the amexsim sensitive-data guard. stdlib only, seeded."""
import json, os, random, re

R = random.Random(1919)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe19.jsonl")

FAMOUS = {"4111111111111111", "4242424242424242", "378282246310005", "371449635398431",
          "5555555555554444", "5105105105105100", "6011111111111117", "6011000990139424",
          "30569309025904", "38520000023237", "3530111333300000", "3566002020360505",
          "4012888888881881", "5200828282828210", "4000056655665556", "378734493671000"}

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0

def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c

def card_prefixed(s):
    if s[:2] in ("34", "35", "36", "37", "38") or s[0] == "4": return True
    if "51" <= s[:2] <= "55" or s[:2] == "65" or s[:4] == "6011": return True
    if "2221" <= s[:4] <= "2720": return True
    return False

RUN = re.compile(r"\d+(?:[ .\-]\d+)*")
def has_cardlike(text):
    for m in RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for L in range(13, 20):
            for i in range(0, len(d) - L + 1):
                w = d[i:i + L]
                if card_prefixed(w) and luhn_ok(w):
                    return True
    return False

SSN_RE = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
def has_ssn_pattern(text):
    for m in SSN_RE.finditer(text):
        a = int(m.group(1))
        if a != 0 and a != 666 and a < 900:
            return True
    return False

def dig(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))

# ---------- value makers ----------
def card(issuer):
    spec = {"amex": (R.choice(["34", "37"]), 15), "visa": ("4", 16),
            "mc": (str(R.randint(51, 55)), 16), "mc2": (str(R.randint(2221, 2720)), 16),
            "disc": (R.choice(["6011", "65"]), 16), "diners": (R.choice(["36", "38"]), 14),
            "jcb": ("35" + str(R.randint(28, 89)), 16)}[issuer]
    while True:
        p, L = spec
        body = p + dig(L - len(p) - 1)
        n = body + luhn_digit(body)
        if n not in FAMOUS and len(set(n)) > 4:
            return n

def layout(n, style):
    L = len(n)
    if L == 15: groups = [4, 6, 5]
    elif L == 14: groups = [4, 6, 4]
    else: groups = [4, 4, 4, 4]
    parts, i = [], 0
    for g in groups:
        parts.append(n[i:i + g]); i += g
    if style == "plain": return n
    sep = {"space": " ", "dash": "-", "dot": "."}[style]
    return sep.join(parts)

def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if v in ("078051120", "123456789", "219099999"): continue
        return "%03d" % a, "%02d" % g, "%04d" % s

def amt(lo=5, hi=2500):
    return "$%s.%02d" % (format(R.randint(lo, hi), ","), R.randint(0, 99))

def mdate():
    return "%d/%d" % (R.randint(1, 12), R.randint(1, 28))

MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
def wdate():
    return "%s %d" % (R.choice(MONTHS), R.randint(1, 28))

def last4(): return dig(4)
def zip5(): return dig(5, "123456789")
def tm(): return "%d:%02d %s" % (R.randint(1, 12), R.randint(0, 59), R.choice(["am", "pm", "AM", "PM"]))

def phone(style):
    a, b, c = dig(3, "23456789"), dig(3, "23456789"), dig(4)
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "plain": a + b + c}[style]

def routing():
    while True:
        p = "%02d" % R.choice(list(range(1, 13)) + list(range(21, 33)))
        body = p + dig(6)
        for c in "0123456789":
            d = [int(x) for x in body + c]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0:
                return body + c

def otp(n=None):
    return dig(n or R.choice([4, 5, 6, 6, 6, 6, 7, 8]))

WORDS = ["maple", "harbor", "Juniper", "falcon", "Saffron", "otter", "Cobalt", "meadow", "Pepper", "tundra",
         "Willow", "quartz", "Marlin", "biscuit", "Lantern", "pixel", "Orchid", "granite", "Nimbus", "Tango"]
def password():
    w1, w2 = R.sample(WORDS, 2)
    pat = R.randint(0, 4)
    if pat == 0: return "%s%s%d%s" % (w1, w2.capitalize(), R.randint(10, 99), R.choice("!#$?*"))
    if pat == 1: return "%s_%s%d" % (w1.lower(), w2.lower(), R.randint(100, 999))
    if pat == 2: return "%s%s%s%d" % (w1.capitalize(), R.choice("!@#$"), w2, R.randint(1, 9))
    if pat == 3: return "%s.%s.%d" % (w1, w2, R.randint(1970, 2005))
    return "%s%d%s%s" % (w1.capitalize(), R.randint(2, 9), R.choice("&%!"), w2.upper()[:4])

def pin():
    while True:
        p = dig(4)
        if len(set(p)) > 1 and p not in ("1234", "4321"):
            return p

def no_card_digits(n, first="0123456789"):
    """random digit string with no issuer-prefixed Luhn window"""
    while True:
        s = dig(n, first)
        if not has_cardlike(s):
            return s

def imei():
    while True:
        body = R.choice(["01", "86", "99"]) + dig(12)
        s = body + luhn_digit(body)
        if not has_cardlike(s):
            return s

# ---------- harmless families ----------
H = []
def h(note, fn, n):
    H.append((note, fn, n))

# naming a secret without giving it
h("mention.cvv", lambda: R.choice([
    "I never gave anyone my CVV, so how did a %s charge from %s go through?" % (amt(), R.choice(["Temu", "a gas station in Ohio", "SHEIN", "a parking app"])),
    "The merchant site kept saying my security code was wrong, I tried it %d times on %s." % (R.randint(2, 5), wdate()),
    "Do fraud people need the CVV to use a card? I got a %s charge on %s and I never typed it anywhere." % (amt(), mdate()),
    "Is the CID the 4 digits on the front of the Amex? Not sharing it, just asking where it is.",
    "Checkout asked for CVC again even though I saved the card, order total was %s." % amt(),
    "Agent on the phone asked for my CVV and I refused, was that really Amex? Call came from %s." % phone("paren"),
    "Where is the security code on the Blue Cash card, front or back? Trying to pay a %s bill." % amt(30, 300),
    "A website stored my card without the CVV and charged %s on %s, how is that possible?" % (amt(), wdate()),
    "Why would a restaurant need my CVV on a paper form? Bill was %s on %s." % (amt(20, 400), wdate())]), 14)
h("mention.otp", lambda: R.choice([
    "The verification code took %d minutes to arrive and it expired before I could use it." % R.randint(8, 45),
    "SafeKey asked for a code but the text came from %s, is that really you?" % R.choice(["262966", "263966", "72975"]),
    "I got a one-time code at %s that I didn't request, I didn't share it with anyone." % tm(),
    "Someone called pretending to be Amex and asked me to read back the passcode, I hung up at %s." % tm(),
    "Never got the OTP text, my phone number ends in %s, can you resend?" % last4(),
    "The one-time passcode screen timed out after %d seconds on a %s purchase." % (R.choice([30, 60, 90, 120]), amt()),
    "Verification took %d hours last time, is there a faster way to confirm a %s charge?" % (R.randint(2, 72), amt()),
    "The SafeKey code never came, I tried %d times between %s and %s." % (R.randint(2, 5), tm(), tm()),
    "Can the one-time code go to my email instead? I'm abroad until %s." % wdate(),
    "I got %d verification texts in a row at %s, none requested by me." % (R.randint(3, 9), tm())]), 16)
h("mention.password", lambda: R.choice([
    "Password reset link expired at %s, can you send another to the email ending @gmail.com?" % tm(),
    "My PIN was changed on %s and it wasn't me." % mdate(),
    "I locked myself out after %d wrong password attempts, app version %d.%d.%d." % (R.randint(3, 6), R.randint(6, 7), R.randint(0, 40), R.randint(0, 9)),
    "How do I set a PIN for cash advances? My limit shows %s." % amt(200, 3000),
    "I changed my password on %s but the app still asks for the old one." % wdate(),
    "The PIN pad at register %d wouldn't take my card, charged %s anyway?" % (R.randint(1, 12), amt(5, 200)),
    "Does the new card come with a new PIN or keep the one I set in %d?" % R.randint(2018, 2025),
    "My password manager has the old login saved from %d, which site do I update?" % R.randint(2019, 2025),
    "The ATM in %s said wrong PIN %d times and kept my card." % (R.choice(["Lisbon", "Cancun", "Seoul", "Berlin"]), R.randint(2, 3)),
    "Forgot my user ID and password, phone ending %s." % last4()]), 16)
h("mention.ssn", lambda: R.choice([
    "Do you need my SSN? The last 4 are %s." % last4(),
    "Why does the credit limit increase form ask for my social when you already have it? Asking for %s." % amt(2000, 20000).split(".")[0],
    "I'm not comfortable typing my full Social Security number in chat, last four %s is all I'll give." % last4(),
    "Application on %s asked for SSN and income, I entered income of %s." % (wdate(), amt(40000, 250000).split(".")[0]),
    "My SSN was in the %d data breach, should I freeze my credit before the %s limit review?" % (R.randint(2017, 2025), amt(5000, 30000).split(".")[0]),
    "You have my social on file from %d, I'd rather not type it again." % R.randint(2010, 2024)]), 10)
h("mention.card", lambda: R.choice([
    "I won't post my full card number here, it's the Gold ending in %s." % last4(),
    "The card number on the replacement is different from the one ending %s, is that normal?" % last4(),
    "Do I need to give Netflix the new card number or does the %s charge update automatically?" % amt(7, 25),
    "Someone has my card number, %d charges on %s totaling %s." % (R.randint(2, 7), wdate(), amt()),
    "The virtual card number from the app expired on %s." % mdate()]), 8)

# last 4 / zip / addresses
h("last4.card", lambda: R.choice([
    "Charge of %s on the card ending %s posted twice on %s." % (amt(), last4(), mdate()),
    "Platinum ending in %s, statement closes on the %dth, min payment is %s." % (last4(), R.randint(4, 20), amt(35, 300)),
    "Please cancel the additional card ending -%s for my son." % last4(),
    "Card xxxx-xxxxxx-x%s was declined at the gas pump for %s." % (last4(), amt(30, 90)),
    "Is the %s charge on %s mine? Card ending %s, my wife's ending %s." % (amt(), mdate(), last4(), last4()),
    "Moving autopay from the card ending in %s to the new one, payment of %s due %s." % (last4(), amt(), wdate())]), 10)
h("zip.address", lambda: R.choice([
    "Billing ZIP is %s, the gas pump keeps rejecting it." % zip5(),
    "Update my mailing address to %d %s St Apt %d, %s %s-%s." % (R.randint(10, 9999), R.choice(["Elm", "Oak", "Cedar", "Main", "Pine"]), R.randint(1, 40), R.choice(["Austin TX", "Denver CO", "Tampa FL", "Reno NV"]), zip5(), dig(4)),
    "Ship the replacement card to ZIP %s please, not the old %s address." % (zip5(), zip5())]), 8)

# cue words next to harmless numbers
h("cue.near_word", lambda: R.choice([
    "My landlord wants a security deposit of $%d, can I put it on the card?" % R.choice([500, 750, 1200, 1850]),
    "The terminal showed code %d error and then charged me %s anyway." % (R.randint(1, 99), amt(5, 300)),
    "Is the one-time fee of %d dollars for expedited replacement refundable?" % R.choice([15, 25, 35, 95]),
    "3-D Secure %s popped up and then the page froze." % R.choice(["2.0", "2.2", "v2.1"]),
    "I'm on pass %d of %d trying to upload the dispute receipt." % (R.randint(1, 3), R.randint(3, 5)),
    "Pin %d of my itinerary shows the hotel charge of %s." % (R.randint(1, 9), amt(100, 900)),
    "Error code %s when I tried to add the card to Apple Pay." % R.choice(["E%d" % R.randint(100, 999), str(R.randint(1000, 9999)), "OR-CCSEH-%d" % R.randint(1, 99)]),
    "Security check %d of %d failed in the app, I'm on iOS %d.%d." % (R.randint(1, 3), R.randint(3, 4), R.randint(16, 18), R.randint(0, 6)),
    "The verification step says step %d of %d, then nothing." % (R.randint(1, 3), R.randint(4, 5)),
    "Password must be %d-%d characters, the app says, but it won't let me save." % (R.choice([8, 10]), R.choice([20, 32])),
    "Code %s on my statement next to the %s charge, what is it?" % (R.choice(["MCC 5812", "MCC 4511", "MCC 7011", "SIC 5411"]), amt()),
    "My passcode expired and the reset email came at %s from noreply, ref %s." % (tm(), "RST" + dig(6)),
    "The minibar in room %d charged %s, I never opened it." % (R.randint(200, 1899), amt(10, 80)),
    "Access code for the lounge was a QR, the agent said the guest fee is $%d per person." % R.choice([50, 55, 75]),
    "The hotel took a $%d security hold at check-in on %s, still pending." % (R.choice([100, 150, 200, 250]), wdate()),
    "Verification call said press %d to confirm the %s charge, I pressed it." % (R.randint(1, 2), amt()),
    "Code %d%s on the dispute letter, what does it mean?" % (R.randint(1, 99), R.choice(["A", "B", "C", ""])),
    "Promo code SAVE%d didn't apply, I was charged %s instead of %s." % (R.randint(10, 40), amt(50, 200), amt(20, 49))]), 30)

# long numbers that are not cards
def ups(): return "1Z" + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXY0123456789") for _ in range(6)) + no_card_digits(10)
h("long.tracking", lambda: R.choice([
    "Replacement card tracking says USPS %s but it hasn't moved since %s." % ("94" + no_card_digits(20), wdate()),
    "The refund item was shipped back via UPS %s on %s." % (ups(), mdate()),
    "Tracking %s shows delivered but I never got the package I disputed." % no_card_digits(R.choice([20, 22])),
    "FedEx tracking %s, merchant says they never got the return." % no_card_digits(12, "27"),
    "USPS tracking %s %s %s %s %s %s shows returned to sender." % tuple(no_card_digits(4) for _ in range(5)) + ("",) if False else
    "Return label tracking 9400 %s %s %s %s %s, refund of %s still pending." % (no_card_digits(4), no_card_digits(4), no_card_digits(4), no_card_digits(4), no_card_digits(2), amt())]), 14)
h("long.amazon_order", lambda: R.choice([
    "Amazon order %s-%s-%s was cancelled but I was still charged %s." % (no_card_digits(3, "1"), no_card_digits(7), no_card_digits(7), amt()),
    "Disputing order #%s-%s-%s, item never arrived." % (no_card_digits(3, "1"), no_card_digits(7), no_card_digits(7)),
    "Amazon says refund issued for order %s-%s-%s on %s, I don't see it." % (no_card_digits(3, "1"), no_card_digits(7), no_card_digits(7), wdate())]), 10)
def ticket(): return R.choice(["001", "016", "006"]) + no_card_digits(10)
h("long.airline_ticket", lambda: R.choice([
    "Airline ticket number %s, the flight was cancelled and they won't refund %s." % (ticket(), amt(150, 1800)),
    "E-ticket %s was charged twice, once on %s and again on %s." % (ticket(), mdate(), mdate()),
    "Ticket no. %s for my trip insurance claim, trip delay was %d hours." % (ticket(), R.randint(6, 30))]), 10)
h("long.ids", lambda: R.choice([
    "Hotel folio %s shows a %s incidental hold that was never released." % (no_card_digits(R.choice([8, 10])), amt(50, 500)),
    "My phone's IMEI is %s, I bought it with the card and want the purchase protection claim." % imei(),
    "Serial number %s on the laptop for the extended warranty claim." % ("C02" + "".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(9))),
    "Invoice number INV-%s-%s for the %s charge from the contractor." % (R.randint(2024, 2026), no_card_digits(5), amt(300, 5000)),
    "Receipt number %s from Best Buy, return was accepted on %s." % (no_card_digits(R.choice([14, 16, 18]), "0"), wdate()),
    "Transaction ID %s in the merchant's email, %s." % (no_card_digits(R.choice([15, 17, 19])), amt()),
    "Rental agreement %s, Hertz charged a %s damage fee." % (no_card_digits(R.choice([9, 11])), amt(200, 1500))]), 20)

# 9-digit numbers that are not SSNs
h("nine.named", lambda: R.choice([
    "I want to pay from my Chase checking, routing number %s, is that bank accepted?" % routing(),
    "The ACH bounced, the routing number I entered was %s." % routing(),
    "My Costco member number is %s if that helps with the dispute." % dig(9, "1"),
    "Case number %s from the call on %s, still no update." % (dig(9, "1"), wdate()),
    "Claim number %s for baggage insurance, bag was delayed %d hours." % (dig(9, "1"), R.randint(6, 48)),
    "You can call me back at %s, that's my cell." % phone("plain"),
    "Phone number on file should be %s, not the old one." % phone(R.choice(["paren", "dash", "dot"])),
    "Reference number %s for the balance transfer of %s." % (dig(9, "1"), amt(1000, 9000)),
    "Ticket %s from the earlier chat, agent said 7-10 business days." % dig(9, "1"),
    "My credit union account number is %s, routing %s, can I use it for autopay?" % (no_card_digits(R.choice([9, 10, 12])), routing()),
    "Employee ID %s for the corporate card request." % dig(9, "1"),
    "Fax number %s for the dispute documents?" % phone("plain"),
    "Wells Fargo routing %s, the payment of %s was returned." % (routing(), amt())]), 22)

# billing / disputes / credit limit (plain)
h("billing.plain", lambda: R.choice([
    "My statement closing date is the %s, minimum payment %s due %s, APR %d.%02d%%." % (R.choice(["1st", "3rd", "7th", "12th", "15th", "21st", "22nd", "26th", "28th"]), amt(35, 300), wdate(), R.randint(18, 29), R.randint(0, 99)),
    "I paid %s on %s but it still shows a %s balance." % (amt(), mdate(), amt()),
    "Can you raise my credit limit from $%s to $%s? Income went up in %d." % (format(R.choice([5000, 8000, 12000, 15000]), ","), format(R.choice([20000, 25000, 30000]), ","), R.randint(2024, 2026)),
    "Disputed a %s charge from %s on %s, was told 30 days but it's been %d." % (amt(), R.choice(["DoorDash", "Uber", "Walmart", "a hotel in Rome"]), mdate(), R.randint(31, 75)),
    "Late fee of $%d posted on %s even though autopay ran at %s." % (R.choice([29, 40, 41]), wdate(), tm()),
    "Plan It fee was %d.%d%% on a %s purchase, split over %d months." % (R.randint(1, 3), R.randint(0, 9), amt(500, 4000), R.choice([3, 6, 12, 24])),
    "Foreign transaction fee of %s on a %s charge in %s, the card is supposed to be no-FX." % (amt(1, 40), amt(40, 900), R.choice(["Lisbon", "Tokyo", "Cancun", "Paris"])),
    "The annual fee of $%d hit on %s, can I get a retention offer?" % (R.choice([95, 250, 325, 695]), wdate()),
    "Autopay is set to the statement balance, last payment %s on %s, confirmation %s." % (amt(), mdate(), no_card_digits(R.choice([10, 12]))),
    "Why did my APR go from %d.%02d%% to %d.%02d%% on %s?" % (R.randint(18, 22), R.randint(0, 99), R.randint(23, 29), R.randint(0, 99), wdate()),
    "The %s credit from the dispute on %s disappeared from my %s statement." % (amt(), mdate(), R.choice(MONTHS)),
    "Pending charge %s from %s at %s still hasn't dropped off after %d days." % (amt(), R.choice(["Shell", "Marriott", "Enterprise"]), tm(), R.randint(5, 14))]), 26)

# travel and loyalty
h("travel.loyalty", lambda: R.choice([
    "Flight %s%d on %s, seat %d%s, gate %s%d was cancelled, will trip delay cover the %s hotel?" % (R.choice(["DL", "AA", "UA", "B6"]), R.randint(100, 2999), wdate(), R.randint(1, 40), R.choice("ABCDEF"), R.choice("ABCDE"), R.randint(1, 40), amt(120, 400)),
    "Hotel confirmation %s at the Fine Hotels property, room %d, checkout %s." % (no_card_digits(R.choice([8, 9, 10])), R.randint(100, 2500), wdate()),
    "Delta SkyMiles number %s, transfer %s,000 points please." % (no_card_digits(10), R.randint(5, 150)),
    "My Marriott Bonvoy member number is %s, the points from the %s stay never posted." % (no_card_digits(9, "1"), wdate()),
    "Membership Rewards account %s shows %s points but the app says %s." % (no_card_digits(R.choice([10, 11])), format(R.randint(10000, 400000), ","), format(R.randint(10000, 400000), ",")),
    "Hilton Honors number %s, the %s airline credit hasn't posted." % (no_card_digits(9), "$" + str(R.choice([100, 200]))),
    "Booking confirmation %s through Amex Travel, %d nights, total %s." % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(1, 9), amt(300, 4000)),
    "Known Traveler Number is on file, the Global Entry credit of $%d posted on %s?" % (R.choice([100, 120]), wdate()),
    "Uber Cash of $%d didn't load on %s, Platinum card ending %s." % (R.choice([10, 15, 35]), wdate(), last4()),
    "Hotel booked for %d nights from %s, confirmation %s, $%d property credit missing." % (R.randint(2, 6), mdate(), no_card_digits(R.choice([8, 9, 10])), R.choice([100, 200])),
    "Redeemed %s points on %s for a flight on %s, points are gone but no ticket." % (format(R.randint(20000, 180000), ","), wdate(), R.choice(["Delta", "British Airways", "ANA"])),
    "Frequent flyer AAdvantage %s, points transfer not eligible?" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))]), 22)

# ---------- sensitive families ----------
S = []
def s(note, kind, fn, n):
    S.append((note, kind, fn, n))

ISS = ["amex", "amex", "amex", "visa", "mc", "mc2", "disc", "diners", "jcb"]
def card_line():
    iss = R.choice(ISS)
    num = layout(card(iss), R.choice(["plain", "space", "space", "dash", "dot"]))
    return R.choice([
        "My new card number is %s, can you confirm it's active?" % num,
        "the charge of %s was on %s not my other card" % (amt(), num),
        "Card: %s exp %02d/%d, why was it declined?" % (num, R.randint(1, 12), R.randint(27, 31)),
        "I typed %s into the merchant site on %s and now there's fraud." % (num, wdate()),
        "Please close %s, it was stolen at %s." % (num, tm()),
        "Here is the full number since you asked: %s" % num,
        "Link my husband's card %s as an authorized user please." % num,
        "is %s the right number for the %s refund to go to?" % (num, amt()),
        "card # %s" % num,
        "Hi, I need help. %s was charged %s on %s and I don't recognize it." % (num, amt(), mdate()),
        "Old card was %s, the replacement hasn't arrived after %d days." % (num, R.randint(7, 21)),
        "Pay my balance of %s with %s please" % (amt(), num),
        "The full number printed on my card: %s" % num,
        "Can you add %s to my account for the Plan It payment?" % num]), iss
S_card = [("card_number", card_line)]

def cvv_line():
    c3, c4 = dig(3), dig(4)
    return R.choice([
        ("CVV is %s, card ending %s." % (c3, last4()), "cvv3"),
        ("the 3 digits on the back are %s if you need them" % c3, "back3"),
        ("CID %s (the 4 numbers above the card number on the front)" % c4, "cid4"),
        ("Security code: %s, exp %02d/%d" % (c4, R.randint(1, 12), R.randint(27, 31)), "seccode4"),
        ("cvc %s, the site keeps saying invalid" % c3, "cvc3"),
        ("My Amex CID is %s and it still fails at checkout for %s." % (c4, amt()), "cid4b"),
        ("cvv2 = %s, please just push the %s payment through" % (c3, amt()), "cvv2"),
        ("The code on the back of my Visa is %s, is that what you mean by CVV?" % c3, "back3b"),
        ("Card ending %s, CVV %s, zip %s. Please verify it's me." % (last4(), c3, zip5()), "cvv_zip"),
        ("The 4 digit code on the front is %s" % c4, "front4"),
        ("CVV: %s" % c3, "bare"),
        ("security code %s, expiration %02d/%d, still declined at %s" % (c3, R.randint(1, 12), R.randint(27, 31), tm()), "seccode3")])

def ssn_line():
    a, g, sr = ssn()
    fmt = R.choice(["dash", "dash", "space", "plain"])
    v = {"dash": "%s-%s-%s", "space": "%s %s %s", "plain": "%s%s%s"}[fmt] % (a, g, sr)
    return R.choice([
        "My SSN is %s, please verify me." % v,
        "social security number %s for the credit limit review" % v,
        "SS# %s, you asked for it for the application." % v,
        "ok my social is %s now can you unlock the account" % v,
        "For the identity check: SSN %s, DOB %s/%d." % (v, mdate(), R.randint(1950, 2000)),
        "Here's my full social: %s. last 4 was not enough apparently" % v,
        "SSN: %s" % v,
        "The form rejected my social %s, I typed it %d times." % (v, R.randint(2, 4)),
        "my wife's SSN is %s, she's the additional card member" % v]), fmt

def otp_line():
    c = otp()
    return R.choice([
        "the code you just texted me is %s" % c,
        "Verification code %s, it just came in at %s." % (c, tm()),
        "SafeKey code they texted me: %s" % c,
        "OTP %s, go ahead and approve the %s charge" % (c, amt()),
        "Your rep asked for the one-time passcode, it's %s." % c,
        "Got the text, %s is the verification code for the login." % c,
        "one time code = %s" % c,
        "I received passcode %s by email, does that confirm my identity?" % c,
        "Text from 262966 says my SafeKey code is %s, enter it for me?" % c,
        "code: %s (expires in %d minutes)" % (c, R.choice([5, 10, 15])),
        "It says Amex verification code %s, do not share. Sharing with you since you're Amex." % c]), str(len(c))

def pw_line():
    if R.random() < 0.35:
        p = pin()
        return R.choice([
            "My PIN is %s, why does the ATM reject it?" % p,
            "I set the card PIN to %s yesterday." % p,
            "pin %s doesn't work at the ATM in %s" % (p, R.choice(["Rome", "Madrid", "the airport"])),
            "Can you reset my PIN? Current one is %s." % p,
            "new PIN: %s, confirming it took" % p]), "pin"
    p = password()
    return R.choice([
        "My password is %s, can you log in and check?" % p,
        "password: %s" % p,
        "I reset my login password to %s and it still says incorrect." % p,
        "User ID is jsmith%d and the password is %s." % (R.randint(1, 99), p),
        "The passcode for my online account is %s, please unlock it." % p,
        "changed pw to %s on %s, now locked out" % (p, mdate()),
        "login: jdoe%d / %s" % (R.randint(1, 99), p),
        "If you need it my online password is %s" % p]), "account"

SPEC = [("card_number", card_line, 34), ("security_code", cvv_line, 20), ("ssn", ssn_line, 20),
        ("otp", otp_line, 22), ("password", pw_line, 20)]

def main():
    rows, seen = [], set()
    tmpl = {}
    def add(text, sens, kind, note):
        if text in seen: return False
        key = re.sub(r"[A-Za-z0-9$][A-Za-z0-9$,.:/\-]*\d[A-Za-z0-9,.:/\-]*", "#", text)
        key = re.sub(r"\b(" + "|".join(WORDS + MONTHS) + r")\b", "#", key, flags=re.I)
        if tmpl.get(key, 0) >= 3: return False
        if not sens and (has_cardlike(text) or has_ssn_pattern(text)): return False
        seen.add(text)
        tmpl[key] = tmpl.get(key, 0) + 1
        rows.append({"text": text, "sensitive": sens, "kind": kind, "note": note})
        return True
    for note, fn, n in H:
        got, tries = 0, 0
        while got < n and tries < n * 50:
            tries += 1
            if add(fn(), False, None, "harmless." + note): got += 1
    for kind, fn, n in SPEC:
        got, tries = 0, 0
        while got < n and tries < n * 50:
            tries += 1
            text, detail = fn()
            if add(text, True, kind, "%s.%s" % (kind, detail)): got += 1
    R.shuffle(rows)
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    validate()

def validate():
    rows = [json.loads(l) for l in open(OUT)]
    texts = set()
    for r in rows:
        assert set(r) == {"text", "sensitive", "kind", "note"}
        assert r["text"] not in texts; texts.add(r["text"])
        if r["sensitive"]:
            assert r["kind"] in ("card_number", "security_code", "ssn", "otp", "password")
        else:
            assert r["kind"] is None
            assert not has_cardlike(r["text"]), r
            assert not has_ssn_pattern(r["text"]), r
        if r["kind"] == "card_number":
            assert has_cardlike(r["text"]), r
        elif r["sensitive"]:
            assert not has_cardlike(r["text"]), r
    print("ok", len(rows), sum(r["sensitive"] for r in rows))

if __name__ == "__main__":
    main()
