#!/usr/bin/env python3
"""Blind red-team probe set #25 for the amexsim sensitive-data guard.
Stdlib only, seeded. Writes guard_probe25.jsonl next to this file.
Each template is used exactly twice with fresh values.
"""
import json, os, random, re

SEED = 2025_12_02
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "guard_probe25.jsonl")

FAMOUS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100",
          "378282246310005", "371449635398431", "6011111111111117", "4012888888881881",
          "4000056655665556", "5200828282828210", "6011000990139424", "3530111333300000"}

def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def luhn_complete(prefix, length):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                num = body + c
                break
        if num not in FAMOUS and len(set(num)) > 4:
            return num

def luhn_bad(length, first=None):
    while True:
        s = (first or str(rng.randint(1, 9))) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
        if not luhn_ok(s):
            return s

def card16():
    p = rng.choice(["4", "4", "51", "52", "53", "54", "55", "2221", "2305", "2511", "6011", "65"])
    if p in ("4",):
        p += str(rng.randint(0, 9)) + str(rng.randint(0, 9))
    return luhn_complete(p, 16)

def amex():
    return luhn_complete(rng.choice(["34", "37"]), 15)

def grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return out

def ocr(s, rate=0.6):
    out = []
    for c in s:
        if c == "0" and rng.random() < rate: out.append("O")
        elif c == "1" and rng.random() < rate: out.append("l")
        else: out.append(c)
    return "".join(out)

def ensure_ocr(s):
    # make sure at least one O/l substitution appears if possible
    for _ in range(20):
        o = ocr(s)
        if o != s or not any(c in "01" for c in s):
            return o
    return s

def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666: break
    g = rng.randint(1, 99); s = rng.randint(1, 9999)
    return "%03d" % a, "%02d" % g, "%04d" % s

def aba():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))

WORDS = ["Sunflower", "bluejay", "Gardenia", "maverick", "Tulip", "Biscuit", "Riverside", "Pumpkin",
         "Dolphin", "Marigold", "Chelsea", "Rocket", "Juniper", "Pepper", "Lakers", "Sweetpea"]

def password():
    k = rng.randint(0, 3)
    w = rng.choice(WORDS)
    if k == 0: return "%s#%d" % (w, rng.randint(1940, 2009))
    if k == 1: return "%s%d!" % (w.lower(), rng.randint(10, 99))
    if k == 2: return "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!$%") for _ in range(10))
    return "%s_%s%d" % (w, rng.choice(WORDS).lower(), rng.randint(1, 9))

def pin(n=4):
    while True:
        p = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if len(set(p)) > 1: return p

def digits(n):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))

FIRST = ["Margaret", "Harold", "Dolores", "Walter", "Eunice", "Bernard", "Gladys", "Clarence"]
STREETS = ["Maple Ave", "N Clark St", "Oak Hollow Dr", "W 43rd St", "Peachtree Rd", "Elm Ct", "Lakeshore Blvd"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

def ctx():
    c = {}
    n = card16(); a = amex()
    c["card"] = n
    c["card_sp"] = " ".join(grp(n, [4, 4, 4, 4]))
    c["card_dash"] = "-".join(grp(n, [4, 4, 4, 4]))
    c["card_l1"] = " ".join(grp(n, [4, 4])); c["card_l2"] = " ".join(grp(n[8:], [4, 4]))
    c["card_ocr"] = ensure_ocr(c["card_sp"])
    c["card_nosep_half1"] = n[:8]; c["card_nosep_half2"] = n[8:]
    c["amex"] = a; c["amex_sp"] = " ".join(grp(a, [4, 6, 5]))
    c["card19"] = luhn_complete(rng.choice(["6011", "65", "4"]) + str(rng.randint(0, 9)), 19)
    c["card13"] = luhn_complete("4" + str(rng.randint(0, 9)), 13)
    c["card_dots"] = ".".join(grp(n, [4, 4, 4, 4]))
    c["cvv"] = "%03d" % rng.randint(100, 999) if rng.random() < .8 else "%03d" % rng.randint(0, 99)
    c["cid"] = "%04d" % rng.randint(1000, 9999)
    c["cvv_ocr"] = ensure_ocr("%03d" % rng.choice([rng.randint(100, 199), rng.randint(0, 199), rng.randint(10, 100)]))
    s = ssn(); c["ssn_dash"] = "-".join(s); c["ssn_sp"] = " ".join(s); c["ssn_plain"] = "".join(s)
    c["ssn_ocr"] = ensure_ocr(c["ssn_dash"])
    s2 = ssn(); c["ssn_wrong"] = "-".join(s2)
    c["ssn_a"], c["ssn_g"], c["ssn_s"] = s
    c["otp"] = digits(6); c["otp4"] = digits(4); c["otp8"] = digits(8)
    c["otp_sp"] = " ".join(c["otp"]); c["otp_ocr"] = ensure_ocr(c["otp"])
    c["otp_old"] = digits(6)
    c["pin"] = pin(4); c["pin6"] = pin(6); c["pin_sp"] = " ".join(c["pin"])
    c["pwd"] = password(); c["pwd2"] = password()
    # harmless material
    c["last4"] = digits(4); c["last5"] = "%05d" % rng.randint(10000, 99999)
    c["amt"] = "%d.%02d" % (rng.randint(12, 4999), rng.randint(0, 99))
    c["amt_big"] = "{:,}".format(rng.randint(1200, 98000)) + ".%02d" % rng.randint(0, 99)
    c["amt_int"] = str(rng.randint(100, 999))
    c["mon"] = rng.choice(MONTHS); c["day"] = str(rng.randint(1, 28)); c["yr"] = str(rng.choice([2025, 2026]))
    c["date_us"] = "%02d/%02d/%s" % (rng.randint(1, 12), rng.randint(1, 28), c["yr"])
    c["exp"] = "%02d/%02d" % (rng.randint(1, 12), rng.randint(27, 31))
    c["time"] = "%d:%02d" % (rng.randint(1, 12), rng.randint(0, 59))
    c["phone"] = "(%d) 555-%04d" % (rng.randint(201, 989), rng.randint(100, 199))
    c["phone_plain"] = "%d555%04d" % (rng.randint(201, 989), rng.randint(100, 199))
    c["phone_ng"] = "+234 80%d %03d %04d" % (rng.randint(1, 9), rng.randint(100, 999), rng.randint(1000, 9999))
    c["phone_in"] = "+91 9%04d %05d" % (rng.randint(1000, 9999), rng.randint(10000, 99999))
    c["zip"] = "%05d" % rng.randint(10001, 99950); c["zip4"] = c["zip"] + "-%04d" % rng.randint(1, 9999)
    c["case"] = digits(rng.choice([5, 6, 7, 8])); c["case2"] = digits(6)
    c["order"] = "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999))
    c["track16"] = luhn_bad(16, "9"); c["track22"] = "9400" + digits(18)
    c["bad16_sp"] = " ".join(grp(luhn_bad(16, "4"), [4, 4, 4, 4]))
    c["bad15"] = luhn_bad(15, "3")
    c["flight"] = rng.choice(["UA", "DL", "AA", "BA", "EK", "WN"]) + str(rng.randint(100, 2999))
    c["loyalty"] = digits(11); c["loyalty_sp"] = " ".join(grp(c["loyalty"], [4, 4, 3]))
    c["routing"] = aba(); c["acct_masked"] = "******" + digits(4)
    c["member9"] = digits(9) 
    c["serial"] = rng.choice(["SN", "S/N "]) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    c["imei_bad"] = luhn_bad(15, "3")
    c["addr"] = "%d %s" % (rng.randint(12, 9870), rng.choice(STREETS))
    c["apt"] = str(rng.randint(2, 40)) + rng.choice("ABCDEF")
    c["year"] = str(rng.randint(1941, 1962)); c["age"] = str(rng.randint(71, 93))
    c["n_small"] = str(rng.randint(2, 5)); c["n_codes"] = str(rng.randint(3, 6))
    c["minutes"] = str(rng.choice([5, 10, 15, 30]))
    c["shortcode"] = str(rng.randint(22000, 99999)) + str(rng.randint(0, 9))
    c["name"] = rng.choice(FIRST)
    c["ref"] = "REF-" + digits(6); c["promo"] = rng.choice(["SAVE20", "WELCOME15", "FALL25", "BONUS10"])
    c["atm_id"] = "ATM" + digits(4); c["ext"] = digits(4)
    c["pts"] = "{:,}".format(rng.randint(1000, 250000))
    return c


# ---------------------------------------------------------------- sensitive
SENS = {
"card_number": [
 ("elderly", "letter_card",
  "Dear Sir or Madam,\n\nI do hope you will forgive an old woman for writing at such length. My late husband always handled our accounts, and I am now trying to learn. The card I am writing about has the following number printed on the front: {card_sp}. It has been refused at the pharmacy twice this week and I am quite worried.\n\nWith kind regards,\n{name}"),
 ("elderly", "grandson_typing",
  "hello this is {name} my grandson is typing for me. i am {age} years old. the long number on my card is {card} and the store says it is no good. could somebody please call me back at {phone}"),
 ("teen", "slang_cardnum",
  "ok so my card keeps getting declined on steam?? like wtf. its {card} not even maxed out lol pls fix"),
 ("teen", "abbrev_cc",
  "yo cc # is {card_dash} bc the app wont load my card rn, can u check if its locked or smth"),
 ("nonnative_es", "spanish_mix",
  "Hola buenas tardes, I have problem with mi tarjeta, the number is {card_sp}, in the supermercado they say rechazada. Please can you help me? Gracias"),
 ("nonnative_zh", "chinese_pattern",
  "Hello, I want to ask you. My card number {card} cannot use in online shop, always say error. Why like this? Please check for me, thank you very much."),
 ("nonnative_in", "indian_needful",
  "Respected Sir/Madam, kindly check my card no. {card_sp} as the same is getting blocked for international transaction. Please do the needful at the earliest and revert back."),
 ("nonnative_ng", "nigerian_abeg",
  "Good afternoon ma, please I have been trying since morning, my card is not going through. The card number is {card_dash}. Abeg help me check it, I have school fees to pay."),
 ("voice", "dictated_noformat",
  "hi yes I'm calling about my card the number is {card_sp} period I was charged twice at the gas station can you reverse one of them"),
 ("notes_paste", "notes_block",
  "Pasting from my notes so you have it:\n\nAmex gold\n{amex_sp}\nexp {exp}\nbilling zip {zip}\n\nthe charge from Marriott is wrong"),
 ("email_paste", "forwarded_email",
  "-----Original Message-----\nFrom: {name}\nSent: {mon} {day}, {yr}\nSubject: card\n\nHere's the card I want to dispute the charge on (it's the long 19-digit store card): {card19}\n\n-----\nI'm forwarding this because your email bounced."),
 ("ocr", "screenshot_ocr",
  "I copied this from a screenshot of my card so some numbers came out as letters (O is zero, l is one): {card_ocr}. That's the card that got the fraud alert."),
 ("self_correct", "retype_full",
  "card number {card_l1} 1234 5678 oops no that's wrong, scratch that, the real one is {card_sp}"),
 ("implied_cue", "answer_long_number",
  "Sure, the 16 digits across the front are {card}. Let me know if you need anything else."),
 ("split_lines", "two_lines",
  "the number is\n{card_l1}\n{card_l2}\nsorry my phone split it"),
 ("split_lines", "chunks_in_msgs",
  "first half: {card_nosep_half1}\nsecond half: {card_nosep_half2}\n(that's the whole card number on the front)"),
 ("plain", "amex15_or_long",
  "My Amex {amex} was charged {amt} by a merchant I don't recognize, and my other card, the store one, shows nothing."),
],
"security_code": [
 ("elderly", "letter_cvv",
  "Good morning,\n\nThe young man at the hotel asked me for the little security code on the back of the card, and I am told I should also give it to you so that you may verify the reservation. It is {cvv}. I trust this is in order.\n\nSincerely,\n{name}"),
 ("elderly", "amex_front_cid",
  "My daughter says the security number on an American Express is the small one printed above the long number on the front. Mine reads {cid}. Is that what the website wants?"),
 ("teen", "cvv_slang",
  "bruh i put cvv {cvv} like 3 times and it still says invalid?? is my card broken"),
 ("teen", "cvc_emoji",
  "ok the cvc is {cvv} 🙏 pls just make the payment go thru i need it for tonight"),
 ("nonnative_es", "codigo_seguridad",
  "Buenos dias, the código de seguridad of my card, the 3 numbers at the back, is {cvv}. The website of the airline don't accept it, why?"),
 ("nonnative_zh", "safety_code",
  "The safety code behind the card is {cvv}, I input many times but system say wrong. Please help check is my card have problem?"),
 ("nonnative_in", "cvv_kindly",
  "Kindly note CVV number is {cvv} for my card ending {last4}, please verify and process the refund at the earliest."),
 ("nonnative_ng", "cvv_pls",
  "Please sir the CVV is {cvv}, I have input am well well but the payment is still failing. Help me."),
 ("voice", "see_vee_vee",
  "the see vee vee on the back is {cvv} can you tell me why the online order keeps failing thank you"),
 ("voice", "spaced_digits",
  "okay the three digit security code is {cvv_sp} I said it slowly so it would come out right"),
 ("notes_paste", "csc_notes",
  "from my notes:\nCSC: {cvv}\nthe Best Buy checkout rejects it"),
 ("email_paste", "email_cid",
  "> Please reply with your card identification number (CID) so we can complete the booking\n\nCID is {cid}\n\nSent from my iPad"),
 ("ocr", "ocr_cvv",
  "screenshot text from the back of my card (the O is a zero): security code {cvv_ocr}"),
 ("self_correct", "cvv_fix",
  "cvv is {cvv_wrong} wait no thats my zip prefix lol, the code on the back is actually {cvv}"),
 ("implied_cue", "three_on_back",
  "Oh, the 3 numbers on the back by the signature strip? Those are {cvv}."),
 ("implied_cue", "answer_only",
  "you asked for the code from the back of the card, here: {cvv}"),
 ("split_lines", "cvv_newline",
  "security code\n{cvv}"),
],
"ssn": [
 ("elderly", "letter_ssn",
  "To Whom It May Concern,\n\nI was asked to confirm my identity for the credit line increase. My Social Security number is {ssn_dash}. I was born in {year} and have held an account with you for many years.\n\nRespectfully,\n{name}"),
 ("elderly", "husband_ssn",
  "My husband's social security number, since the account is in his name and he is in hospital, is {ssn_sp}. I hope I can handle this for him."),
 ("teen", "ssn_lol",
  "my mom said give u my ssn for the student card so here {ssn_dash} lol"),
 ("teen", "social_abbrev",
  "soc sec # {ssn_plain} . can u approve me now"),
 ("nonnative_es", "seguro_social",
  "Hola, mi número de seguro social es {ssn_dash}, I need to update my información for the new card please."),
 ("nonnative_zh", "social_number",
  "For the application, my social security number is {ssn_plain}, please help me to continue the process, thank you."),
 ("nonnative_in", "ssn_kindly",
  "Kindly find below my SSN for the KYC verification purpose: {ssn_dash}. Please update the same and revert."),
 ("nonnative_ng", "ssn_sir",
  "Good evening sir, as you requested, my social security is {ssn_sp}. I am just new in the country so please bear with me."),
 ("voice", "ssn_dictated",
  "my social is {ssn_sp} and I need to know why the application was denied"),
 ("notes_paste", "tax_form_paste",
  "Copied from my W-2:\nEmployee's social security number\n{ssn_dash}\nWages {amt_big}"),
 ("email_paste", "email_ssn",
  "On {mon} {day}, your team wrote:\n> please provide your taxpayer ID to finish enrollment\n\nMy tax ID (it's my SSN, I'm a sole proprietor) is {ssn_dash}."),
 ("ocr", "ocr_ssn_card",
  "OCR from a photo of my social security card (O = zero): {ssn_ocr}"),
 ("self_correct", "ssn_retype",
  "ssn {ssn_wrong}.. no sorry that's my wife's. Mine is {ssn_dash}"),
 ("implied_cue", "nine_digits",
  "The nine digits from my Social Security card: {ssn_plain}."),
 ("implied_cue", "you_asked_ssn",
  "Re: your question about my social — {ssn_dash}"),
 ("split_lines", "ssn_split",
  "social security no.\n{ssn_a}\n{ssn_g}\n{ssn_s}"),
 ("plain", "ssn_itin_context",
  "Applying for the card with my SSN ({ssn_dash}) instead of my old ITIN, is that okay?"),
],
"otp": [
 ("elderly", "letter_otp",
  "Dear Support,\n\nI have received a text message on my mobile telephone containing a verification code, which I am told to enter. I am not very good with these gadgets, so I shall simply tell you: the code is {otp}. Please let me know whether the matter is now resolved.\n\nYours truly,\n{name}"),
 ("elderly", "phone_call_code",
  "A recorded voice called my landline and read out a code for signing in. I wrote it on the pad by the telephone: {otp}. What should I do with it?"),
 ("teen", "txt_code",
  "bro the code they txted me is {otp} it keeps saying expired?? i literally just got it"),
 ("teen", "2fa_slang",
  "2fa code {otp} help im locked out of the app rn"),
 ("nonnative_es", "codigo_verificacion",
  "I receive the código de verificación in my phone, it is {otp}, but the app don't let me enter, what I do?"),
 ("nonnative_zh", "message_code",
  "I received message code {otp} from your bank, please tell me where I need to fill it, thank you."),
 ("nonnative_in", "otp_revert",
  "Dear team, OTP received is {otp}. Kindly process my limit enhancement request and revert."),
 ("nonnative_ng", "otp_abeg",
  "Please the OTP you people sent me is {otp}, I have tried to input am but the app is just loading. Abeg check am for me."),
 ("voice", "code_spaced_voice",
  "the verification code from the text message is {otp_sp} can you log me in"),
 ("notes_paste", "email_code_paste",
  "Your one-time passcode is: {otp}\nThis code expires in {minutes} minutes.\n\n^ that's what the email says, what do I do with it"),
 ("email_paste", "email_fwd_code",
  "Fwd: Your sign-in code\n\nUse {otp8} to verify your identity. Do not share this code.\n\n--- I'm forwarding it so you can finish setting up my account"),
 ("ocr", "ocr_code",
  "the screenshot text of the sms is messed up, letters O and l are zero and one: code {otp_ocr}"),
 ("self_correct", "old_new_code",
  "code was {otp_old} but that one expired, a new one just came: {otp}"),
 ("implied_cue", "the_text_said",
  "it's {otp} — that's what the text you just sent me says"),
 ("implied_cue", "authenticator",
  "Authenticator app is showing {otp} right now for the amexsim entry"),
 ("split_lines", "code_after_cue",
  "got the security text\n\n{otp4}"),
 ("plain", "short_otp",
  "The 4-digit passcode sent to my email is {otp4}, please confirm the address change."),
],
"password": [
 ("elderly", "letter_password",
  "Dear Madam,\n\nI cannot seem to log in to the website. I have written my password down very carefully on an index card, and it is {pwd}. Could you please check whether it has been changed without my knowledge?\n\nThank you kindly,\n{name}"),
 ("elderly", "pin_letter",
  "I have been using the same PIN for the cash machine for many years and it is {pin}. Today the machine kept my card. Why would it do that?"),
 ("teen", "pw_slang",
  "pw is {pwd} and it says wrong?? i literally just made it"),
 ("teen", "pin_lol",
  "my pin is {pin} lol dont judge. why did the atm eat my card"),
 ("nonnative_es", "contrasena",
  "My contraseña for the app is {pwd}, I write exactly but it say incorrect. Please reset?"),
 ("nonnative_zh", "pin_code",
  "My card PIN code is {pin6}, the ATM say wrong, but I am sure is correct. Please check for me."),
 ("nonnative_in", "pwd_kindly",
  "Kindly note my net banking password is {pwd}, the same is not working since yesterday. Please do the needful."),
 ("nonnative_ng", "pin_sir",
  "Sir my ATM pin is {pin}, the machine said incorrect pin but I know my pin very well. Please check am."),
 ("voice", "pass_word",
  "I want to no why I cant sign in my pass word is {pwd} and I typed it write every time"),
 ("voice", "pin_spaced",
  "my pin number is {pin_sp} and the machine keeps saying no"),
 ("notes_paste", "login_notes",
  "from my notes app:\namexsim login\nuser: {name_lc}{year}\npass: {pwd}\n\nit stopped working after the update"),
 ("email_paste", "email_pw",
  "Subject: can't log in\n\nHi, I've tried password {pwd} and also reset it twice. Please look into this.\n\n{name}"),
 ("ocr", "ocr_pin",
  "this is from a photo of my PIN mailer (O means zero, l means one): PIN {pin_ocr}"),
 ("self_correct", "pw_changed",
  "password is {pwd2} — no wait, I changed it last week, it's {pwd} now"),
 ("implied_cue", "the_one_i_use",
  "The one I use to log in? It's {pwd}."),
 ("implied_cue", "four_digits_atm",
  "the 4 digits I punch in at the ATM are {pin}, that's right isn't it?"),
 ("split_lines", "pwd_newline",
  "new password I set:\n{pwd}\nstill says invalid"),
],
}

# ---------------------------------------------------------------- harmless
HARM = [
 ("elderly", "letter_last4",
  "Dear Sir,\n\nI write regarding my card ending in {last4}. On {mon} {day} I was charged ${amt} by a firm I have never heard of. I would be grateful if you could look into this matter. My telephone number is {phone}.\n\nYours faithfully,\n{name}"),
 ("elderly", "pin_blocked",
  "My PIN was blocked after 3 tries at the bank machine on {addr}. I am {age} and my memory is not what it was. How do I get a new one?"),
 ("elderly", "letter_address",
  "Please send the replacement card to my new address: {addr}, Apt {apt}, ZIP {zip4}. I moved on {date_us}."),
 ("elderly", "never_give_code",
  "My nephew told me never to give anyone the code from the back of the card or the numbers they text me. So I will not type them. Can you help me without them?"),
 ("teen", "code_2of3",
  "code 2 of 3 expired before i could type it lmaooo can u send another"),
 ("teen", "pin_tries",
  "typed my pin wrong like {n_small} times and now its locked 💀 how long till it unlocks"),
 ("teen", "amount_slang",
  "why did u guys charge me ${amt} for a subscription i cancelled on {date_us}"),
 ("teen", "password_rules",
  "ur password rules r so dumb, 8-20 characters 1 number 1 symbol?? i just want to log in"),
 ("nonnative_es", "tracking_es",
  "Hola, my new card never arrive. The tracking number is {track22}, it say delivered but I don't have nothing."),
 ("nonnative_es", "cvv_faded",
  "El código de seguridad in the back of my card is borrado, I cannot read it. Can you send new card to {addr}?"),
 ("nonnative_zh", "flight_refund",
  "I buy air ticket flight {flight} on {mon} {day}, the flight is cancel, the money ${amt} still not return. Please help check."),
 ("nonnative_zh", "no_message_code",
  "I did not receive the message code, I wait {minutes} minutes already. My phone number is {phone}."),
 ("nonnative_in", "case_revert",
  "Dear team, my complaint no. {case} is pending since {n_small} weeks. Kindly revert on the same at the earliest."),
 ("nonnative_in", "phone_in",
  "Kindly update my mobile number to {phone_in} as the OTP is going to my old number. Please do the needful."),
 ("nonnative_ng", "phone_ng",
  "Good day, please the OTP is not coming to my line. My number is {phone_ng}. What should I do?"),
 ("nonnative_ng", "amount_ng",
  "Please I was debited ${amt} twice on {date_us} for one transaction. Kindly reverse the second one sir."),
 ("voice", "voice_pin_reset",
  "hi I need to reset my pin number because I forgot it can you mail me a new one to {addr} thank you"),
 ("voice", "voice_four_numbers",
  "the last four numbers on my card are {last4} and the charge was {amt_int} dollars on {mon} {day}"),
 ("voice", "voice_code_didnt",
  "the code didn't come to my phone at {time} I waited and then it said too many attempts try again in {minutes} minutes"),
 ("notes_paste", "notes_trip",
  "From my notes:\nTrip to Denver\nflight {flight}\nhotel conf # {case2}\ncard ending {last4}\n\nthe hotel charged me twice"),
 ("notes_paste", "notes_order",
  "order #{order}\nplaced {date_us}\ntotal ${amt}\nnever shipped — I'd like to dispute it"),
 ("email_paste", "email_receipt",
  "Pasting the receipt email:\nMerchant: Costco Wholesale\nCard: {acct_masked}\nAuth code: {otp4}\nAmount: ${amt}\n\nI returned this item on {date_us}."),
 ("email_paste", "email_case",
  "Your email said: \"We have opened case {case} regarding your dispute. Reference {ref}.\" It's been {n_small} weeks with no update."),
 ("ocr", "ocr_masked",
  "screenshot of my statement says XXXX XXXX XXXX {last4} and a charge of ${amt} from APPLE.COM/BILL"),
 ("ocr", "ocr_receipt",
  "the receipt text came out like TOTAL $l{amt_int}.OO CARD ****{last4} (the l and O are 1 and 0) — that's the one I want refunded"),
 ("self_correct", "date_correction",
  "the charge was on the 14th — no sorry, the {day}th of {mon}, for ${amt}"),
 ("self_correct", "last4_correction",
  "card ending {last5} — wait that's five digits, ending {last4}, sorry"),
 ("implied_cue", "back_scratched",
  "the 3 numbers on the back are scratched off, I can only see part of it, can you send a replacement?"),
 ("implied_cue", "asked_for_zip",
  "you asked for the billing zip, it's {zip}"),
 ("implied_cue", "asked_for_phone",
  "the number you should reach me at is {phone}, evenings are best"),
 ("split_lines", "address_split",
  "new address:\n{addr}\nApt {apt}\n{zip}"),
 ("split_lines", "loyalty_split",
  "my Delta SkyMiles number\n{loyalty_sp}\nthe miles from my card didn't post"),
 ("plain", "routing_number",
  "For autopay I'm using my checking account, routing number {routing}, account {acct_masked}. Is that set up?"),
 ("plain", "member_id",
  "My health insurance member ID {member9} is on the card you issued for my HSA — can you confirm the HSA card is active?"),
 ("plain", "tracking_16_invalid",
  "FedEx tracking for the replacement card: {track16}. It's been stuck in Memphis."),
 ("plain", "order_16ish",
  "Gift card order confirmation {bad16_sp} — I was charged but never received the gift card email."),
 ("plain", "imei_device",
  "I added the card to my new phone, IMEI {imei_bad}, but Apple Pay says it can't be added."),
 ("plain", "serial_reader",
  "the card reader at my shop, serial {serial}, keeps rejecting contactless payments"),
 ("plain", "shortcode_sender",
  "Is a text from {shortcode} actually from you? It asked me to call about my account, I didn't reply."),
 ("plain", "code_expires",
  "The text says the code expires in {minutes} minutes but it arrives after {n_small} minutes every time."),
 ("plain", "cvv_question",
  "Is the CVV the 3-digit or the 4-digit one on an Amex? The checkout page asks for a 3-digit security code."),
 ("plain", "ssn_last4",
  "The form only asked for the last 4 of my SSN, I typed {last4}, is that enough for the credit check?"),
 ("plain", "ssn_no_value",
  "Why do you need my social security number for a balance transfer? I'm not comfortable sending it in chat."),
 ("plain", "password_hint",
  "The password hint says 'first dog' but I never set a hint. Was my account changed on {date_us}?"),
 ("plain", "password_manager",
  "I use 1Password and it autofilled the wrong login on {date_us}, now my account is locked for {n_small} hours."),
 ("plain", "pin_mailer",
  "My PIN mailer arrived on {date_us} but the envelope was torn open. Please cancel that PIN and send a new one."),
 ("plain", "points_balance",
  "I have {pts} points but the portal only shows part of them. Statement closing date was {date_us}."),
 ("plain", "expiry_only",
  "My card expires {exp}, when will the new one be mailed? It's the one ending {last4}."),
 ("plain", "amount_cents",
  "Pending charge of ${amt_big} from a furniture store, I only authorized a deposit of ${amt_int}.00"),
 ("plain", "promo_code",
  "The promo code {promo} didn't apply to my statement credit, is it still valid?"),
 ("plain", "atm_id",
  "The machine ({atm_id}) at {addr} took my card. Case number {case} was given to me on the phone."),
 ("plain", "auth_code_receipt",
  "The merchant gave me an authorization code {otp4} from their terminal for the refund, but I don't see it on my account."),
 ("plain", "year_birth",
  "I was born in {year} and my card still shows my maiden name, how do I update it?"),
 ("plain", "extension_call",
  "The rep told me to call {phone} ext {ext} but nobody picks up."),
 ("plain", "pin_change_time",
  "I changed my PIN at {time} yesterday at the branch and now it's not working at the gas pump."),
 ("plain", "how_many_digits_code",
  "How many digits is the verification code supposed to be? Mine looks shorter than usual."),
 ("plain", "reference_number",
  "Reference number for my balance transfer is {ref}, amount ${amt_big}, submitted {mon} {day}."),
 ("plain", "bad15_number",
  "My Costco membership number {bad15} is linked to the wrong card, can you fix the link?"),
 ("plain", "flight_gate",
  "Lounge access denied at gate B{n_small}{n_small} for flight {flight} even though my card includes it."),
 ("plain", "zip_plus4",
  "Billing ZIP is {zip4}, the site keeps saying the address doesn't match."),
 ("plain", "security_word_topic",
  "I never got a security code or passcode at all — I just want to know if my payment of ${amt} on {date_us} went through."),
 ("plain", "password_reset_link",
  "I clicked 'forgot password' {n_codes} times and the reset email never comes. My email is {name_lc}{year}@mail.com."),
 ("plain", "codes_count",
  "I got {n_codes} verification codes in a row that I didn't request. Is someone trying to get into my account?"),
 ("plain", "pin_length_question",
  "Can my new PIN be 6 digits or only 4? The ATM in Paris on my trip only took 4."),
 ("plain", "statement_period",
  "Statement period {date_us} to the end of the month shows a late fee of $39.00 even though I paid ${amt}."),
 ("plain", "account_masked_only",
  "The letter you sent lists account {acct_masked} and a balance of ${amt_big}, but I closed that account."),
 ("plain", "scam_warning_no_value",
  "Someone called pretending to be you asking for the code on the back of my card and my PIN. I hung up. Should I get a new card?"),
 ("plain", "dispute_amount_date",
  "Dispute: ${amt} on {date_us} at {time} from UBER *TRIP, I was at home in ZIP {zip} at the time."),
]

# ---------------------------------------------------------------- build
def fill(tpl, c):
    def rep(m):
        k = m.group(1)
        if k not in c:
            raise KeyError(k)
        return c[k]
    return re.sub(r"\{([a-z0-9_]+)\}", rep, tpl)

def extra(c):
    c["cvv_sp"] = " ".join(c["cvv"])
    while True:
        w = "%03d" % rng.randint(100, 999)
        if w != c["cvv"]: break
    c["cvv_wrong"] = w
    c["name_lc"] = c["name"].lower()
    c["pin_ocr"] = ensure_ocr(rng.choice([pin(4), "1" + pin(3), pin(2) + "0" + str(rng.randint(2, 9))]))
    return c

def sens_value(kind, variant, c):
    """The sensitive value(s) the line must contain, normalized to check presence."""
    if kind == "card_number":
        if variant == "amex15_or_long" or variant == "notes_block": return c["amex"]
        if variant == "forwarded_email": return c["card19"]
        return c["card"]
    if kind == "security_code":
        if variant in ("amex_front_cid", "email_cid"): return c["cid"]
        if variant == "ocr_cvv": return c["cvv_ocr"].replace("O", "0").replace("l", "1")
        return c["cvv"]
    if kind == "ssn": return c["ssn_plain"]
    if kind == "otp":
        if variant == "email_fwd_code": return c["otp8"]
        if variant in ("code_after_cue", "short_otp"): return c["otp4"]
        if variant == "ocr_code": return c["otp_ocr"].replace("O", "0").replace("l", "1")
        return c["otp"]
    if kind == "password":
        if variant in ("pin_letter", "pin_lol", "pin_sir", "pin_spaced", "four_digits_atm"): return c["pin"]
        if variant == "pin_code": return c["pin6"]
        if variant == "ocr_pin": return c["pin_ocr"].replace("O", "0").replace("l", "1")
        return c["pwd"]

def norm_digits(t):
    # O/l -> 0/1 only inside digit-ish tokens, then strip separators
    t = re.sub(r"(?<=[0-9Ol ])[Ol](?=[0-9Ol ])|(?<=\d)[Ol]|[Ol](?=\d)", lambda m: "0" if m.group() == "O" else "1", t)
    return re.sub(r"[\s\-.]", "", t)

def luhn_runs(text):
    """Luhn-valid 13-19 digit runs (allowing space/dash separators) in text."""
    hits = []
    for m in re.finditer(r"\d[\d \-]{11,30}\d", text):
        d = re.sub(r"\D", "", m.group())
        for L in range(13, 20):
            for i in range(0, len(d) - L + 1):
                if luhn_ok(d[i:i + L]) and (i == 0 and L == len(d)):
                    hits.append(d[i:i + L])
    return hits

def main():
    rows = []
    for kind, tpls in SENS.items():
        assert len(tpls) == 17, (kind, len(tpls))
        for form, variant, tpl in tpls:
            for _ in range(2):
                c = extra(ctx())
                text = fill(tpl, c)
                v = sens_value(kind, variant, c)
                if kind == "password" and not v.isdigit():
                    assert v in text, (variant, v)
                else:
                    ok = v in norm_digits(text)
                    if variant in ("chunks_in_msgs", "ssn_split"):
                        ok = v in re.sub(r"\D", "", text)
                    assert ok, (variant, v, text)
                rows.append({"text": text, "sensitive": True, "kind": kind, "note": "%s.%s" % (form, variant)})
    for form, variant, tpl in HARM:
        for _ in range(2):
            for attempt in range(50):
                c = extra(ctx())
                text = fill(tpl, c)
                if not luhn_runs(text):
                    break
            else:
                raise SystemExit("luhn-valid run in harmless " + variant)
            rows.append({"text": text, "sensitive": False, "kind": None, "note": "%s.%s" % (form, variant)})
    notes = [r["note"] for r in rows]
    assert len(notes) == len(set(notes)) * 2
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(OUT, len(rows))
    print(Counter(r["kind"] for r in rows))
    print("sensitive", sum(r["sensitive"] for r in rows), "harmless", sum(not r["sensitive"] for r in rows))

if __name__ == "__main__":
    main()
