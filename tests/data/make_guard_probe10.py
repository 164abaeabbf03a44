#!/usr/bin/env python3
"""Blind adversarial precision probe for the sensitive-data guard (probe10).
Deterministic (seeded), stdlib only. Writes guard_probe10.jsonl next to this file."""
import json, os, random, re

SEED = 1010
rng = random.Random(SEED)
R = lambda a, b: rng.randint(a, b)
C = lambda seq: rng.choice(seq)

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        s += n
    return s % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c): return body + c

FAMOUS = {"4111111111111111", "4242424242424242", "4012888888881881", "378282246310005",
          "371449635398431", "5555555555554444", "5105105105105100", "6011111111111117",
          "6011000990139424", "30569309025904", "38520000023237", "3530111333300000",
          "3566002020360505", "4000056655665556", "5200828282828210", "378734493671000"}

CARD_SPEC = {"amex": (["34", "37"], 15), "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2305", "2720", "2591"], 16),
             "disc": (["6011", "65"], 16), "diners": (["36", "38"], 14), "jcb": (["35"], 16)}

def card(kind=None):
    kind = kind or C(list(CARD_SPEC))
    pres, n = CARD_SPEC[kind]
    while True:
        p = C(pres)
        if kind == "jcb": p = str(R(3528, 3589))
        body = p + "".join(str(R(0, 9)) for _ in range(n - 1 - len(p)))
        d = luhn_complete(body)
        if d not in FAMOUS and len(set(d)) > 4: return kind, d

def fmt_card(d, style=None):
    style = style or C(["space", "dash", "plain", "space"])
    if style == "plain": return d
    sep = " " if style == "space" else "-"
    if len(d) == 15: g = [d[:4], d[4:10], d[10:]]
    elif len(d) == 14: g = [d[:4], d[4:10], d[10:]]
    else: g = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(g)

def ssn(style=None):
    while True:
        a = R(1, 899)
        if a == 666: continue
        g, s = R(1, 99), R(1, 9999)
        if (a, g, s) in {(78, 5, 1120), (219, 9, 9999), (123, 45, 6789)}: continue
        style = style or C(["dash", "dash", "space", "plain"])
        A, G, S = f"{a:03d}", f"{g:02d}", f"{s:04d}"
        return {"dash": f"{A}-{G}-{S}", "space": f"{A} {G} {S}", "plain": A + G + S}[style]

def digits(n, first_nonzero=True, luhn_bad=True):
    while True:
        d = (str(R(1, 9)) if first_nonzero else str(R(0, 9))) + "".join(str(R(0, 9)) for _ in range(n - 1))
        if n >= 6 and len(set(d)) < 4: continue
        if luhn_bad and luhn_ok(d): continue
        return d

def grp(d, size=4, sep=" "):
    return sep.join(d[i:i + size] for i in range(0, len(d), size))

def otp(n=6): return digits(n, luhn_bad=False)
def cvv3(): return f"{R(100, 999)}"
def cvv4(): return f"{R(1000, 9999)}"
def amt(): return f"${R(12, 4999):,}.{R(0, 99):02d}"
def date(): return C([f"{R(1,12):02d}/{R(1,28):02d}/2026", f"2026-{R(1,12):02d}-{R(1,28):02d}", f"{R(1,28)} {C(['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov'])} 2026", f"{C(['March','June','October'])} {R(1,28)}, 2026"])
def last4(): return f"{R(1000, 9999)}"
def case(): return str(R(10000000, 99999999))
def tm(): return f"{R(1,12)}:{R(0,59):02d} {C(['am','pm','AM','PM'])}"
def phone_us(): return f"({R(201,989)}) {R(200,989)}-{R(1000,9999)}"

PW_POOL = ["Tr0ub4dor&7x", "Maple!Harbor22", "sunflower#1988", "K9-bandit-Ray", "Qz7!mLp2#vW", "Blu3Jay$2026", "correcthorse!battery9", "Pa$$w0rd4Amy", "Rivera_Casa_77", "n0rthStar!!", "Gatito*Luna5", "Zebra-Crossing-83", "hunter7!Oak", "W1nter@Lake", "tacoTuesday$42", "Lobo#Gris2019", "Ch1cag0Bulls!", "m00nlight_Sonata", "Xv9$kT2pQ", "Abuela.Rosa1950", "Fl@mingo77", "bigRedDog!03", "Sk1ppy&Peanut", "OrangeKite#9", "Tigre_Azul88", "Jade!Pony41", "Brisk-Falcon-12"]
PW = iter(rng.sample(PW_POOL, len(PW_POOL)))
def pw(): return next(PW)

def ean13bad(): return digits(13)

# ---------------------------------------------------------------- harmless forms
H = []
def h(note):
    def deco(f): H.append((note, f)); return f
    return deco

@h("claim_number_grouped16")
def _(): return f"My claim number is {grp(digits(16))} for the {amt()} charge on {date()}."
@h("dispute_case_plain")
def _(): return f"Dispute case {digits(12)} was opened on {date()}, what is the status?"
@h("ticket_number_cue_code")
def _(): return f"Support ticket #{digits(10)} - the agent said to reference code {digits(6)}-{R(10,99)} when I call back."
@h("arn_23")
def _(): return f"The merchant gave me the ARN {digits(23)} for the refund of {amt()}."
@h("transaction_id_grouped")
def _(): return f"Transaction ID {grp(digits(16),4,'-')} shows as pending since {tm()}."
@h("airline_ticket_13")
def _(): return f"Airline ticket number {C(['001','016','006','074','125','057'])}-{digits(10,False)} was refunded but I don't see the credit."
@h("airline_ticket_plain")
def _(): return f"E-ticket {C(['0167','0017','0067','1257'])}{digits(9,False)} for flight {C(['UA','AA','DL','BA'])}{R(10,2999)} on {date()}."
@h("pnr_locator")
def _(): return f"PNR {''.join(C('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}, fare {amt()}, seat {R(1,40)}{C('ABCDEF')}."
@h("frequent_flyer")
def _(): return f"My frequent flyer number is {digits(11)} and the miles for the {date()} trip never posted."
@h("loyalty_number_grouped")
def _(): return f"Membership Rewards transfer to my hotel loyalty number {grp(digits(16))} failed."
@h("hotel_confirmation")
def _(): return f"Hotel confirmation {digits(14)} shows {R(2,7)} nights at {amt()} per night."
@h("gift_card_labelled")
def _(): return f"I bought a gift card, gift card number {grp(digits(16))}, and it was declined at checkout."
@h("store_card_labelled")
def _(): return f"My Macy's store card account number {digits(16)} isn't one of your cards, right?"
@h("routing_account")
def _(): return f"For autopay use routing number {digits(9,luhn_bad=False)} and checking account {digits(12)}."
@h("account_number_bank")
def _(): return f"Bank account {digits(10)} at my credit union, routing {digits(9,luhn_bad=False)}, please link it for payments."
@h("iban_gb")
def _(): return f"Please send the refund to IBAN GB{R(10,99)} BARC {digits(4)} {digits(4)} {digits(4)} {digits(2,False)}."
@h("iban_es")
def _(): return f"Mi IBAN es ES{R(10,99)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(4)}, ¿pueden hacer el reembolso ahí?"
@h("iban_de")
def _(): return f"IBAN DE{R(10,99)}{digits(18)} for the wire, amount {amt()}."
@h("phone_uk_plus44")
def _(): return f"Call me back at +44 {R(7100,7999)} {R(100000,999999)} after {tm()} London time."
@h("phone_mx_plus52")
def _(): return f"Mi teléfono es +52 1 {R(55,99)} {R(1000,9999)} {R(1000,9999)}, llámenme por favor."
@h("phone_in_plus91")
def _(): return f"My number in India is +91 {R(70000,99999)} {R(10000,99999)}, text me the update."
@h("phone_0044")
def _(): return f"Reach me on 0044 {R(20,79)} {R(1000,9999)} {R(1000,9999)} ext. {R(100,9999)}."
@h("phone_us_ext")
def _(): return f"The merchant's number is {phone_us()} x{R(10,999)}, they said call between {R(8,10)} and {R(4,6)}."
@h("phone_de_0049")
def _(): return f"Rufnummer: 0049 {R(30,89)} {R(10000000,99999999)} - my German number while abroad."
@h("phone_br")
def _(): return f"Brazil cell +55 11 9{R(1000,9999)}-{R(1000,9999)}, WhatsApp works too."
@h("phone_plain_digits_us")
def _(): return f"Best callback number: 1{R(201,989)}{R(200,989)}{R(1000,9999)}, account ending {last4()}."
@h("imei_labelled")
def _(): return f"The phone I bought with the card has IMEI {luhn_complete('35' + digits(12,False,False))}, it arrived broken."
@h("imei_grouped")
def _():
    d = luhn_complete('86' + digits(12, False, False)); return f"IMEI: {d[:2]}-{d[2:8]}-{d[8:14]}-{d[14]} (from the box), order total {amt()}."
@h("serial_number")
def _(): return f"Serial number {C(['SN','S/N '])}{digits(14)} on the laptop I returned, RMA {digits(8)}."
@h("model_number")
def _(): return f"Model no. {C(['HX','QN','MB'])}-{digits(4)}-{digits(5)} fridge, delivery was {date()}."
@h("vin")
def _(): return f"The car rental VIN was 1HGCM{R(10,99)}{digits(3)}A{digits(6)} and they charged me {amt()} for damage."
@h("ups_tracking")
def _(): return f"UPS tracking 1Z{''.join(C('0123456789ABCDEFGHJKLMNPRSTUVWXY') for _ in range(6))}{digits(10)} says delivered but I got nothing."
@h("usps_tracking_22")
def _(): return f"USPS tracking number {grp('9400' + digits(18,False,True))} for the return."
@h("usps_tracking_20")
def _(): return f"Return shipped via USPS, tracking {digits(20)}, on {date()}."
@h("fedex_tracking_12")
def _(): return f"FedEx tracking {digits(12)} - package with the {amt()} item never arrived."
@h("fedex_tracking_15")
def _(): return f"FedEx Ground #{digits(15)} shows exception at {tm()}."
@h("invoice_number")
def _(): return f"Invoice INV-{digits(10)} dated {date()} for {amt()} was charged twice."
@h("po_number")
def _(): return f"PO number {digits(13)} for our corporate card, cost center {R(1000,9999)}."
@h("employee_id")
def _(): return f"Employee ID {digits(9,luhn_bad=False)} is on the corporate account, not my personal one."
@h("member_id_grouped")
def _(): return f"Member ID {grp(digits(16),4,'-')} for the gym that keeps charging me {amt()} monthly."
@h("zip_plus4")
def _(): return f"My billing ZIP code is {R(10001,99950)}-{R(1000,9999)} and my old one was {R(10001,99950)}."
@h("coordinates")
def _(): return f"The ATM was at {R(25,48)}.{digits(6,False,False)}, -{R(70,122)}.{digits(6,False,False)} and it ate my card."
@h("timestamp_iso")
def _(): return f"The error popped up at 2026-{R(1,12):02d}-{R(1,28):02d}T{R(0,23):02d}:{R(0,59):02d}:{R(0,59):02d}.{R(100,999)}Z with ref {digits(12)}."
@h("unix_timestamp")
def _(): return f"The app log shows timestamp {R(1760000000,1799999999)}{R(100,999)} when the payment failed."
@h("version_number")
def _(): return f"I'm on app version {R(6,9)}.{R(0,40)}.{R(0,9)} (build {digits(8)}) and login keeps failing."
@h("amount_big_separators")
def _(): return f"My balance shows {R(1,9)},{R(100,999)},{R(100,999)}.{R(10,99)} which can't be right, I only spent {amt()}."
@h("amount_no_separators")
def _(): return f"They charged {R(1000,9999)}{R(100,999)} pesos, that's about {amt()}."
@h("dates_many_formats")
def _(): return f"Charges on {R(1,12)}/{R(1,28)}/26, {R(1,28)}.{R(1,12)}.2026 and 2026{R(1,12):02d}{R(10,28)} all look wrong."
@h("percentages_apr")
def _(): return f"Why did my APR go from {R(15,22)}.{R(10,99)}% to {R(23,29)}.{R(10,99)}% on {date()}?"
@h("quantities")
def _(): return f"I ordered {R(2,12)} items at {amt()} each, {R(100,999)} points per item, only {R(1,3)} arrived."
@h("last4_card")
def _(): return f"The card ending in {last4()} was charged {amt()} at {tm()}."
@h("last5_amex")
def _(): return f"My Amex ending in {R(10000,99999)} shows a charge I don't recognize from {date()}."
@h("masked_amex_x")
def _(): return f"Statement shows xxxx-xxxxxx-x{last4()} for the {amt()} charge."
@h("masked_stars")
def _(): return f"The receipt says ****{last4()} and auth code {R(100000,999999)}."
@h("masked_visa_grouped")
def _(): return f"The merchant's receipt printed XXXX XXXX XXXX {last4()}, approval {''.join(C('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(6))}."
@h("ssn_last4")
def _(): return f"You can verify me with the last 4 of my SSN, {last4()}, and my ZIP {R(10001,99950)}."
@h("ssn_masked")
def _(): return f"The form showed my SSN as ***-**-{last4()}, is that normal?"
@h("years_list")
def _(): return f"I've been a member since {R(1995,2012)}, card renewed in {R(2018,2024)}, expires {R(1,12):02d}/{R(27,31)}."
@h("expiry_only")
def _(): return f"My new card's expiration date is {R(1,12):02d}/{R(27,32)}, the old one expired {R(1,12):02d}/{R(24,26)}."
@h("cvv_worn_off")
def _(): return f"My CVV is worn off on the card ending {last4()}, can you send a replacement?"
@h("cvv_question")
def _(): return "What is a CVV and where do I find it on an Amex? Is it the 4 digits on the front?"
@h("cid_cant_read")
def _(): return f"The 4-digit code on the front is scratched, I can't read it; card ending {last4()}."
@h("security_code_rejected")
def _(): return f"The site rejected my security code {R(2,5)} times, now it says try again in {R(10,60)} minutes."
@h("otp_what_is")
def _(): return "What is a one-time code and why do you keep texting me one?"
@h("otp_not_received")
def _(): return f"I never got the one-time passcode, my number is {phone_us()}."
@h("otp_expired_minutes")
def _(): return f"The verification code expired after {R(5,15)} minutes; I requested it at {tm()}."
@h("otp_length_question")
def _(): return f"Is the verification code supposed to be {C(['6','8'])} digits? I got one with {C(['4','5','7'])}."
@h("otp_sender_shortcode")
def _(): return f"I got a text from short code {R(20000,99999)} asking for a code, is that really you?"
@h("password_rules")
def _(): return f"The password field says {R(6,8)}-{R(16,32)} characters, at least 1 number and 1 symbol."
@h("password_changed")
def _(): return f"I changed my password on {date()} at {tm()} and now it locks me out."
@h("pin_changed")
def _(): return f"I changed my PIN yesterday at {R(1,11)}pm at ATM #{digits(6)}."
@h("pin_charger")
def _(): return f"Pin {R(1,8)} of the charger was bent, so I returned it; refund of {amt()} pending."
@h("pin_length")
def _(): return "Does my PIN need to be 4 or 6 digits for chip-and-PIN in Europe?"
@h("error_code_404")
def _(): return f"Your site gave me code {C(['404','500','502','403'])} error when I tried to pay {amt()}."
@h("error_code_app")
def _(): return f"The app shows error code E{R(100,999)}-{R(1000,9999)} every time I log in."
@h("promo_code")
def _(): return f"Promo code SAVE{R(10,50)} didn't apply to my {amt()} order."
@h("zip_code_cue")
def _(): return f"ZIP code {R(10001,99950)} keeps being rejected at the gas pump."
@h("verification_failed_count")
def _(): return f"Verification failed {R(2,5)} times and now my account is locked until {tm()}."
@h("referral_code")
def _(): return f"My referral code is {''.join(C('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(5))}{R(1000,9999)}, my friend didn't get the {R(10,60)},000 points."
@h("offer_code")
def _(): return f"The offer code {digits(8)} in the email isn't working."
@h("auth_code_receipt")
def _(): return f"Receipt shows auth code {R(100000,999999)}, terminal {digits(8)}, batch {R(100,999)}."
@h("reference_number_grouped")
def _(): return f"Payment confirmation number {grp(digits(15))} for {amt()}."
@h("confirmation_code_cue_code")
def _(): return f"The confirmation code for my payment is {digits(10)}, sent {date()}."
@h("merchant_id")
def _(): return f"Merchant ID {digits(15)} and terminal ID {digits(8)} are on the receipt."
@h("case_ticket_combo")
def _(): return f"Case {case()}, ticket {digits(7)}, claim {digits(11)} - all for the same {amt()} charge."
@h("check_number")
def _(): return f"I paid by check number {R(1000,9999)} on {date()}, MICR line {digits(9,luhn_bad=False)} {digits(10)}."
@h("passport_number")
def _(): return f"They asked for my passport number for the travel booking, it's on file as {digits(9)}, is that required?"
@h("drivers_license")
def _(): return f"My driver's license number {C('ABCDS')}{digits(12)} was used to rent the car."
@h("tax_id_ein")
def _(): return f"Our business EIN is {R(10,98)}-{digits(7)}, please update the corporate card account."
@h("policy_number")
def _(): return f"Travel insurance policy number {digits(13)}, claim filed on {date()}."
@h("order_number_amazon_style")
def _(): return f"Order #{R(100,999)}-{digits(7)}-{digits(7)} was refunded but not credited."
@h("rental_agreement")
def _(): return f"Rental agreement {digits(10)}, they charged fuel {amt()} and {R(100,999)} miles."
@h("booking_ref_long")
def _(): return f"Booking reference {digits(16)} for the cruise, deposit {amt()}."
@h("sku_upc")
def _(): return f"Item SKU {digits(8)}, UPC {digits(12)}, was priced {amt()} but I was charged more."
@h("meter_account_utility")
def _(): return f"Utility account number {grp(digits(14))} autopays with my card; it failed on {date()}."
@h("student_id")
def _(): return f"Student ID {digits(9,luhn_bad=False)} - the university charged tuition {amt()} twice."
@h("ip_address")
def _(): return f"The login came from IP {R(11,223)}.{R(0,255)}.{R(0,255)}.{R(1,254)} at {tm()}, that wasn't me."
@h("mac_address")
def _(): return f"My router MAC is {':'.join('%02X' % R(0,255) for _ in range(6))}, not sure if that matters for the fraud alert."
@h("time_range")
def _(): return f"I'll be available {R(8,11)}:{C(['00','30'])}-{R(12,17)}:{C(['00','30'])} EST, {date()}."
@h("room_flight_numbers")
def _(): return f"Room {R(100,2999)}, flight {C(['AA','UA','BA'])}{R(100,999)}, gate {C('ABCD')}{R(1,40)} - the hotel charged {amt()}."
@h("statement_closing")
def _(): return f"Statement closing {date()}, minimum due {amt()}, new balance {amt()}."
@h("credit_limit")
def _(): return f"Can you raise my limit from {R(5,20)},000 to {R(21,50)},000? Income {R(60,250)},{R(100,999)}."
@h("points_balance")
def _(): return f"I have {R(100,999)},{R(100,999)} points and want to transfer {R(10,99)},000 to airline partner {digits(10)}."
@h("address_numbers")
def _(): return f"New address: {R(100,9999)} {C(['Oak','Main','5th','Elm'])} St Apt {R(1,40)}{C('ABCD')}, {C(['Austin TX','Denver CO','Miami FL'])} {R(10001,99950)}-{R(1000,9999)}."
@h("apartment_gate_code_no_value")
def _(): return "The courier needs the gate code but I won't put it in chat; is that ok?"
@h("lockbox_question")
def _(): return f"The delivery driver asked for a code at the door, order {digits(10)}; is that from you?"
@h("account_ending_multiple")
def _(): return f"Cards ending {last4()}, {last4()} and {R(10000,99999)} all show the same {amt()} charge."
@h("sixteen_digit_reference_dashed")
def _(): return f"Reference: {grp(digits(16),4,'-')} (that's the refund reference from the merchant, not a card)."
@h("fifteen_digit_case_grouped_like_amex")
def _():
    d = digits(15); return f"Case number {d[:4]} {d[4:10]} {d[10:]} from your fraud team, please look it up."
@h("nineteen_digit_gift")
def _(): return f"Prepaid gift card number {digits(19)} (Vanilla gift card) isn't accepted; PIN on back is scratched."
@h("sixteen_digit_ticket_plain_near_card_word")
def _(): return f"The card dispute ticket is {digits(16)}, card ending {last4()}."
@h("phone_toll_free")
def _(): return f"I called 1-800-{R(200,999)}-{R(1000,9999)} and was on hold for {R(20,90)} minutes."
@h("callback_reference")
def _(): return f"Callback ref {R(100,999)}-{R(100,999)}-{R(1000,9999)}, agent ID {R(10000,99999)}."
@h("nine_digit_claim_ssn_shape")
def _(): return f"Claim #{R(100,899)}-{R(10,99)}-{R(1000,9999)} from the insurance company (that's their claim format)."
@h("nine_digit_routing_plain")
def _(): return f"ABA routing {digits(9,luhn_bad=False)}, account ending {last4()}, for the balance transfer."
@h("exp_and_last4_and_zip")
def _(): return f"Card ending {last4()}, exp {R(1,12):02d}/{R(27,31)}, billing ZIP {R(10001,99950)} - why was it declined?"
@h("otp_codes_count_no_value")
def _(): return f"I received {R(3,9)} one-time codes in {R(2,10)} minutes that I didn't request."
@h("password_reset_link")
def _(): return f"The password reset link from {date()} expired after {R(15,60)} minutes."
@h("pin_mailer")
def _(): return f"When will my PIN mailer arrive? Card ending {last4()} was issued {date()}."
@h("security_code_where")
def _(): return "Where's the security code on a Visa versus an Amex card?"
@h("cvv_not_printed")
def _(): return f"My virtual card number ending {last4()} doesn't show a CVV in the app, what do I do?"
@h("imei_dual")
def _():
    a = luhn_complete('35' + digits(12, False, False)); b = luhn_complete('35' + digits(12, False, False))
    return f"Dual-SIM phone, IMEI1 {a} IMEI2 {b}, insured via card purchase protection."
@h("bitcoin_txid_short")
def _(): return f"Crypto purchase tx {''.join(C('0123456789abcdef') for _ in range(20))}… was charged as a cash advance of {amt()}."
@h("case_with_date_time_amount")
def _(): return f"On {date()} at {tm()} I was charged {amt()}, {amt()} and {amt()}; case {case()}."
@h("nhs_number_uk")
def _(): return f"The UK clinic asked for my NHS number ({R(100,999)} {R(100,999)} {R(1000,9999)}), charged {amt()}."
@h("sin_shaped_ref_canada_postal")
def _(): return f"My Canadian postal code is {C('KLMNT')}{R(1,9)}{C('ABCEGH')} {R(1,9)}{C('JKLMN')}{R(1,9)} and phone +1 {R(204,905)} {R(200,999)} {R(1000,9999)}."

# Spanish harmless
@h("es_numero_reclamo")
def _(): return f"Mi número de reclamo es {grp(digits(16))} por el cargo de {amt()}."
@h("es_caso_disputa")
def _(): return f"Tengo el caso de disputa {digits(12)}, abierto el {R(1,28)}/{R(1,12)}/2026."
@h("es_cvv_borrado")
def _(): return f"El código de seguridad de mi tarjeta terminada en {last4()} está borrado, ¿me mandan otra?"
@h("es_codigo_no_llego")
def _(): return f"No me llegó el código de verificación al {phone_us()}, ya lo pedí {R(2,5)} veces."
@h("es_contrasena_reglas")
def _(): return f"¿La contraseña debe tener entre {R(6,8)} y {R(16,20)} caracteres?"
@h("es_pin_cambiado")
def _(): return f"Cambié mi NIP ayer a las {R(1,11)} de la tarde en el cajero {digits(6)}."
@h("es_telefono_mx")
def _(): return f"Llámenme al 01 {R(55,99)} {R(1000,9999)} {R(1000,9999)} o al +52 {R(55,99)} {R(1000,9999)} {R(1000,9999)}."
@h("es_rastreo")
def _(): return f"El número de rastreo es {digits(20)} y el pedido {digits(10)} nunca llegó."
@h("es_ultimos4_ssn")
def _(): return f"Los últimos 4 de mi seguro social son {last4()}, ¿es suficiente para verificarme?"
@h("es_boleto_avion")
def _(): return f"Número de boleto {C(['139','016','001'])}-{digits(10,False)} de Aeroméxico, me cobraron {amt()}."
@h("es_clabe")
def _(): return f"Mi CLABE interbancaria es {digits(18)}, ¿pueden depositar ahí el reembolso?"
@h("es_codigo_promocional")
def _(): return f"El código promocional VERANO{R(10,50)} no funcionó en mi compra de {amt()}."
@h("es_tarjeta_regalo")
def _(): return f"La tarjeta de regalo número {grp(digits(16))} de la tienda no pasa."
@h("es_factura")
def _(): return f"Factura {C('ABF')}-{digits(8)} del {R(1,28)} de {C(['enero','marzo','julio'])}, total {amt()}."

# ---------------------------------------------------------------- sensitive forms
S = {"card_number": [], "ssn": [], "security_code": [], "otp": [], "password": []}
def s(kind, note):
    def deco(f): S[kind].append((note, f)); return f
    return deco

K = "card_number"
@s(K, "card_after_claim_grouped")
def _(): return f"Claim {grp(digits(16))} is about my card {fmt_card(card('amex')[1])}, charged {amt()} on {date()}."
@s(K, "card_among_ticket_phone")
def _(): return f"Ticket #{digits(10)}, call me at {phone_us()}; the card they charged is {fmt_card(card('visa')[1],'dash')}."
@s(K, "card_plain_with_arn")
def _(): return f"ARN {digits(23)} - refund should go back to {card('mc')[1]}."
@s(K, "card_with_last4_confusion")
def _(): return f"Not the card ending {last4()}, the other one: {fmt_card(card('disc')[1])}."
@s(K, "card_with_tracking")
def _(): return f"UPS 1Z{digits(6)}{digits(10)} never came, I paid with {fmt_card(card('amex')[1])} for {amt()}."
@s(K, "card_diners")
def _(): return f"My Diners Club card {fmt_card(card('diners')[1])} was declined at the hotel, confirmation {digits(12)}."
@s(K, "card_jcb_travel")
def _(): return f"In Tokyo my JCB {fmt_card(card('jcb')[1])} worked but room {R(100,999)} was charged {amt()} twice."
@s(K, "card_mc_2series")
def _():
    while True:
        k, d = card('mc')
        if d.startswith('2'): return f"New Mastercard {fmt_card(d,'space')} hasn't been activated, order {digits(10)}."
@s(K, "card_replacement_old")
def _(): return f"My old card number was {fmt_card(card('amex')[1],'plain')}, replaced on {date()} - do I need to update autopay?"
@s(K, "card_in_iban_context")
def _(): return f"IBAN GB{R(10,99)} BARC {digits(4)} {digits(4)} {digits(4)} {digits(2,False)} is for the refund; my card is {fmt_card(card('visa')[1])}."
@s(K, "card_with_expiry_zip")
def _(): return f"Card {fmt_card(card('visa')[1],'dash')}, exp {R(1,12):02d}/{R(27,31)}, ZIP {R(10001,99950)}-{R(1000,9999)}."
@s(K, "card_no_label_colon")
def _(): return f"Here: {fmt_card(card('amex')[1])} - that's the card with the {amt()} fraud."
@s(K, "card_typed_with_spaces_odd")
def _():
    d = card('mc')[1]; return f"Case {case()} - card num {d[:8]} {d[8:]}, it keeps getting declined."
@s(K, "card_virtual")
def _(): return f"The virtual card number the app generated is {fmt_card(card('visa')[1])}; merchant ID {digits(15)}."
@s(K, "card_discover65")
def _():
    while True:
        d = card('disc')[1]
        if d.startswith('65'): return f"My Discover {fmt_card(d)} was linked by mistake, invoice INV-{digits(8)}."
@s(K, "card_with_phone_intl")
def _(): return f"+44 {R(7100,7999)} {R(100000,999999)} is my UK phone and {fmt_card(card('amex')[1])} is the card I'm travelling with."
@s(K, "card_supplementary")
def _(): return f"Add my son's supplementary card to my account, mine is {fmt_card(card('amex')[1],'dash')}, his member ID {digits(9)}."
@s(K, "card_dotted")
def _():
    d = card('visa')[1]; return f"The card {'.'.join(d[i:i+4] for i in range(0,16,4))} was used at {tm()} for {amt()}."
@s(K, "card_amounts_dates")
def _(): return f"On {date()} {amt()}, on {date()} {amt()} - both on {fmt_card(card('mc')[1])}."
@s(K, "card_balance_transfer")
def _(): return f"Balance transfer from my other bank card {fmt_card(card('visa')[1])}, amount {R(2,9)},{R(100,999)}.00, routing {digits(9,luhn_bad=False)}."
@s(K, "es_tarjeta_numero")
def _(): return f"Mi número de tarjeta es {fmt_card(card('amex')[1])} y el caso es {digits(10)}."
@s(K, "es_tarjeta_cargo")
def _(): return f"Me cobraron {amt()} el {R(1,28)}/{R(1,12)} en la tarjeta {fmt_card(card('visa')[1],'dash')}, ¿pueden revisarlo?"
@s(K, "card_pasted_from_wallet")
def _(): return f"copied from my wallet app: {card('jcb')[1]} (exp {R(1,12):02d}/{R(27,31)})"
@s(K, "card_gift_vs_real")
def _(): return f"The gift card is {grp(digits(16))} but I paid for it with my credit card {fmt_card(card('disc')[1])}."
@s(K, "card_diners_plain")
def _(): return f"diners {card('diners')[1]} order {digits(8)} qty {R(2,9)}"

K = "ssn"
@s(K, "ssn_labelled_among_case")
def _(): return f"Case {case()}: my SSN is {ssn('dash')}, ZIP {R(10001,99950)}."
@s(K, "ssn_social_plain")
def _(): return f"For the credit check my social is {ssn('plain')}, income {R(60,250)},{R(100,999)}."
@s(K, "ssn_with_routing")
def _(): return f"Routing {digits(9,luhn_bad=False)}, account {digits(10)}, and my social security number {ssn('dash')}."
@s(K, "ssn_spaced")
def _(): return f"SSN {ssn('space')} - DOB {R(1,12):02d}/{R(1,28):02d}/{R(1950,2002)}."
@s(K, "ssn_verify_me")
def _(): return f"You can verify me with my full social security number, {ssn('dash')}, card ending {last4()}."
@s(K, "ssn_after_last4_said")
def _(): return f"You asked for the last 4 but here's the whole thing: {ssn('dash')} (that's my SSN)."
@s(K, "ssn_with_phone")
def _(): return f"Phone {phone_us()}, SSN {ssn('dash')}, address {R(100,9999)} Oak St."
@s(K, "ssn_application")
def _(): return f"On the application dated {date()} I typed SSN {ssn('plain')} wrong? Please check."
@s(K, "ssn_tax_form")
def _(): return f"The 1099 should show my Social Security No. {ssn('dash')}, not my EIN {R(10,98)}-{digits(7)}."
@s(K, "ssn_spouse")
def _(): return f"Add my wife as authorized user; her SSN is {ssn('dash')} and her birthday {R(1,12):02d}/{R(1,28):02d}/{R(1950,2000)}."
@s(K, "ssn_ticket_context")
def _(): return f"Ticket {digits(9)} says identity failed; SSN I entered: {ssn('space')}."
@s(K, "ssn_abbrev_ss")
def _(): return f"SS# {ssn('dash')}, member since {R(1995,2015)}."
@s(K, "ssn_numbers_soup")
def _(): return f"{amt()}, {date()}, {tm()}, and my social security number is {ssn('plain')}."
@s(K, "ssn_credit_freeze")
def _(): return f"I froze my credit; bureaus have SSN {ssn('dash')}, freeze letter ref {digits(10)}."
@s(K, "ssn_with_ein_confusion")
def _(): return f"Not the business tax ID - my personal SSN: {ssn('dash')}."
@s(K, "ssn_identity_theft")
def _(): return f"Someone used my social ({ssn('dash')}) to open card account ending {R(10000,99999)} on {date()}."
@s(K, "ssn_ssa_card")
def _(): return f"My social security card reads {ssn('space')}, the other ID number on it is for my Medicare."
@s(K, "es_seguro_social")
def _(): return f"Mi número de seguro social es {ssn('dash')}, caso {case()}."
@s(K, "es_ssn_verificar")
def _(): return f"Para verificarme, mi SSN completo es {ssn('plain')} y mi código postal {R(10001,99950)}."
@s(K, "ssn_tin_for_account")
def _(): return f"Taxpayer ID for my individual account = my SSN, {ssn('dash')}; account opened {date()}."
@s(K, "ssn_dispute_form")
def _(): return f"Dispute form #{digits(8)} asks for SSN, so: {ssn('dash')}."
@s(K, "ssn_late")
def _(): return f"sorry forgot, ssn {ssn('plain')}"

K = "security_code"
@s(K, "cvv_with_last4")
def _(): return f"Card ending {last4()}, the CVV is {cvv3()}, and it's still declining {amt()}."
@s(K, "cid_front_4digits")
def _(): return f"The 4 digits printed on the front above the number are {cvv4()} - case {case()}."
@s(K, "back_3digits")
def _(): return f"The three digits on the back of my card are {cvv3()}, order {digits(10)}."
@s(K, "cvc_mc")
def _(): return f"CVC {cvv3()}, exp {R(1,12):02d}/{R(27,31)}, billing ZIP {R(10001,99950)}."
@s(K, "security_code_labelled")
def _(): return f"Security code on my card: {cvv4()}. Ticket {digits(9)} still open."
@s(K, "cvv2")
def _(): return f"The website wants CVV2, mine is {cvv3()}, I tried it {R(2,5)} times."
@s(K, "cid_amex")
def _(): return f"Amex CID {cvv4()}, card ending {R(10000,99999)}, charged {amt()}."
@s(K, "signature_panel")
def _(): return f"The code by the signature strip says {cvv3()}, is the card broken? Case {case()}."
@s(K, "cvv_after_worn")
def _(): return f"It's half worn off but I think the CVV reads {cvv3()}; phone {phone_us()}."
@s(K, "csc_abbrev")
def _(): return f"CSC: {cvv3()} | exp {R(1,12):02d}/{R(27,31)} | invoice {digits(8)}"
@s(K, "card_code_online_checkout")
def _(): return f"At checkout the 'card verification value' box I filled with {cvv3()} and it says invalid."
@s(K, "cvv_in_numbers_soup")
def _(): return f"{date()} {tm()} {amt()} - CVV {cvv3()} - error code {C(['404','500'])}"
@s(K, "security_code_front_amex")
def _(): return f"On the front of my Amex, right side above the digits, the small number is {cvv4()}."
@s(K, "cvv_new_card")
def _(): return f"New card arrived {date()}; new CVV {cvv3()}, old one ended {last4()}."
@s(K, "cvc2")
def _(): return f"CVC2 is {cvv3()} on the Mastercard ending {last4()}."
@s(K, "cvv_to_agent")
def _(): return f"Do you need the CVV? It's {cvv3()}. Claim {digits(12)}."
@s(K, "security_code_3digit_back_phrase")
def _(): return f"back of card 3 digit code = {cvv3()}, pls fix the {amt()} charge"
@s(K, "cid_number_spelled")
def _(): return f"card ID number (the CID) {cvv4()} - member ID {digits(9)} - I can't pay online."
@s(K, "cvv_virtual_card")
def _(): return f"The virtual card's CVV the app shows is {cvv3()}, expiring {R(1,12):02d}/{R(27,31)}."
@s(K, "es_codigo_seguridad")
def _(): return f"El código de seguridad de mi tarjeta es {cvv3()}, el cargo fue de {amt()}."
@s(K, "es_tres_digitos_atras")
def _(): return f"Los tres dígitos de atrás de la tarjeta son {cvv3()}, caso {case()}."
@s(K, "es_cvv")
def _(): return f"Mi CVV es {cvv4()} (es Amex), tarjeta terminada en {R(10000,99999)}."

K = "otp"
@s(K, "otp_texted")
def _(): return f"The code you just texted to {phone_us()} is {otp()}."
@s(K, "otp_one_time_passcode")
def _(): return f"One-time passcode: {otp()} (case {case()})."
@s(K, "otp_verification_code")
def _(): return f"Verification code {otp()} - it says expires in {R(5,10)} minutes."
@s(K, "otp_security_code_sms")
def _(): return f"Your SMS said 'Amex: {otp()} is your security code', I'm reading it to you."
@s(K, "otp_two_factor")
def _(): return f"2FA code is {otp()}, order {digits(10)}."
@s(K, "otp_8digit")
def _(): return f"The 8-digit code from the email is {otp(8)}; ticket {digits(9)}."
@s(K, "otp_authenticator")
def _(): return f"Authenticator app shows {otp()[:3]} {otp()[:3]} right now."
@s(K, "otp_login_code")
def _(): return f"Login code {otp()} came at {tm()}, and ref {digits(12)}."
@s(K, "otp_numbers_soup")
def _(): return f"{amt()} on {date()} - I was asked for a code and the one I got is {otp()} - phone {phone_us()}"
@s(K, "otp_after_multiple_requests")
def _(): return f"I requested {R(2,4)} codes; the latest one-time code is {otp()}."
@s(K, "otp_confirm_purchase")
def _(): return f"To confirm the {amt()} purchase the bank sent {otp()}, should I type it here?"
@s(K, "otp_safekey")
def _(): return f"SafeKey passcode {otp()} for merchant ID {digits(15)}."
@s(K, "otp_voice_call")
def _(): return f"The automated call read me the code {otp()}, ticket #{digits(8)}."
@s(K, "otp_email_code")
def _(): return f"Email verification code: {otp()} (sent {date()} {tm()})"
@s(K, "otp_passcode_dash")
def _(): o = otp(); return f"The temporary code is {o[:3]}-{o[3:]}, it expires in {R(5,15)} min."
@s(K, "otp_ref_confusion")
def _(): return f"Reference {digits(10)}, and the one-time PIN you sent is {otp()}."
@s(K, "otp_text_from_shortcode")
def _(): return f"Text from {R(20000,99999)}: 'Do not share. Your code is {otp()}.'"
@s(K, "otp_device_enroll")
def _(): return f"Adding the card to my phone wallet, the verification code is {otp()}, card ending {last4()}."
@s(K, "otp_reset_password_code")
def _(): return f"Password reset code {otp()} arrived but the link says expired."
@s(K, "es_codigo_verificacion")
def _(): return f"El código de verificación que me llegó es {otp()}."
@s(K, "es_clave_dinamica")
def _(): return f"La clave dinámica es {otp()}, caso {case()}."
@s(K, "es_codigo_sms")
def _(): return f"Me llegó un SMS con el código {otp()} para confirmar la compra de {amt()}."

K = "password"
@s(K, "password_labelled_case")
def _(): return f"Case {case()} - my online password is {pw()} and it still won't let me in."
@s(K, "password_login_creds")
def _(): return f"Username jdoe{R(10,99)}, password {pw()}, last login {date()}."
@s(K, "password_old_new")
def _(): return f"I changed my password on {date()} to {pw()}, now it's locked."
@s(K, "pin_atm")
def _(): return f"My card PIN is {R(1000,9999)}, the ATM #{digits(6)} kept my card."
@s(K, "pin_6digit")
def _(): return f"The 6-digit PIN I set is {otp()}, card ending {last4()}."
@s(K, "passcode_app")
def _(): return f"App passcode is {otp()} - version {R(6,9)}.{R(0,40)}.{R(0,9)} won't accept it."
@s(K, "password_numbers_soup")
def _(): return f"{amt()} {date()} {tm()} - pwd: {pw()} - ticket {digits(9)}"
@s(K, "password_quoted")
def _(): return f"I typed \"{pw()}\" as my password {R(2,5)} times and got locked out."
@s(K, "password_sharing_for_help")
def _(): return f"Can you log in for me? Password is {pw()}, email is on file."
@s(K, "pin_four_digits_with_amount")
def _(): return f"Withdrew {amt()} with PIN {R(1000,9999)} at {tm()} but no cash came out."
@s(K, "password_temp_set")
def _(): return f"The temporary password I set is {pw()}, it expires {date()}."
@s(K, "password_pw_abbrev")
def _(): return f"acct ending {last4()} pw {pw()}"
@s(K, "pin_chip_and_pin")
def _(): return f"In Paris chip-and-PIN asked for my PIN, I entered {R(1000,9999)} and it failed."
@s(K, "password_numeric")
def _(): return f"My online banking password is {digits(8,luhn_bad=False)}, all numbers, is that ok?"
@s(K, "password_security_word")
def _(): return f"My login password: {pw()} (member since {R(1995,2015)})."
@s(K, "passcode_phone_banking")
def _(): return f"Telephone banking passcode {R(100000,999999)}, phone {phone_us()}."
@s(K, "password_reuse")
def _(): return f"I use {pw()} as my password everywhere, could that be how they got in on {date()}?"
@s(K, "pin_new")
def _(): return f"Set my new PIN to {R(1000,9999)} please, case {case()}."
@s(K, "password_in_error_context")
def _(): return f"Error code {C(['401','403'])} when I log in with password {pw()}."
@s(K, "es_contrasena")
def _(): return f"Mi contraseña es {pw()} y no me deja entrar, caso {case()}."
@s(K, "es_nip")
def _(): return f"Mi NIP es {R(1000,9999)}, el cajero se tragó la tarjeta."
@s(K, "es_clave_acceso")
def _(): return f"La clave de acceso de la app es {pw()}, la cambié el {R(1,28)}/{R(1,12)}."

# ---------------------------------------------------------------- build
def card_like_runs(text):
    """digit runs (joined across single space/dash/dot separators) that are Luhn-valid card numbers"""
    hits = []
    for m in re.finditer(r"\d(?:[ \-.]?\d)+", text):
        d = re.sub(r"\D", "", m.group())
        for i in range(len(d)):
            for n in (14, 15, 16):
                sub = d[i:i + n]
                if len(sub) != n: continue
                ok = ((n == 15 and sub[:2] in ("34", "37")) or (n == 14 and sub[:2] in ("36", "38")) or
                      (n == 16 and (sub[0] == "4" or 51 <= int(sub[:2]) <= 55 or 2221 <= int(sub[:4]) <= 2720 or sub.startswith("6011") or sub.startswith("65") or 3528 <= int(sub[:4]) <= 3589)))
                if ok and luhn_ok(sub) and len(d) == n: hits.append(sub)
    return hits

rows, seen = [], set()
def add(text, sens, kind, note):
    if text in seen: return False
    seen.add(text); rows.append({"text": text, "sensitive": sens, "kind": kind, "note": note}); return True

# harmless: every form once, plus a second instance of 52 forms (=192, 60%); sensitive: every form once, topped up to 128
second = rng.sample(range(len(H)), 52)
for idx in list(range(len(H))) + second:
        note, f = H[idx]
        for _try in range(20):
            t = f()
            if note.startswith("imei"): break  # IMEI is Luhn-valid by design; 15 digits not starting 34/37
            if not card_like_runs(t): break
        add(t, False, None, note)
for kind, forms in S.items():
    for note, f in forms:
        add(f(), True, kind, note)
# top up sensitive to ~40%
extra = 0
order = [k for k in S]
while sum(r["sensitive"] for r in rows) < 128:
    k = order[extra % len(order)]; note, f = S[k][(extra // len(order)) % len(S[k])]
    try: add(f(), True, k, note)
    except StopIteration: pass
    extra += 1

rng.shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guard_probe10.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(out, len(rows))
