#!/usr/bin/env python3
"""Blind probe set #4 for the amexsim intent matcher (stdlib only).

Written without looking at the matcher, its intents/tests, or the benchmark
examples/check files.  Messages imitate the style of the TEST splits of
CLINC150 (short voice-assistant queries, mostly lowercase, no final
punctuation) and BANKING77 (UK prepaid-card app customers, casual, £/€,
sometimes ungrammatical), relabelled with
/work/shared/benchmarks/intents/mapping.yaml.

Only source intents that mapping.yaml maps are used; CLINC bill rows obey the
clinc150_card_bill_only filter and out_of_scope rows obey
out_of_scope_finance_guard (both are re-checked below with the regexes parsed
from mapping.yaml).  Unmapped intents (card_declined, exchange_rate,
pin_blocked, card_arrival, cash_withdrawal_not_recognised, ...) are dropped by
mapping.yaml, so they are NOT included.

Output: /work/lead/mprobe4/matcher_probe4.jsonl
  {"text": ..., "label": ..., "source": "mprobe4:<dataset>:<source_intent>"}
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "matcher_probe4.jsonl")
MAPPING = "/work/shared/benchmarks/intents/mapping.yaml"

# (dataset, source_intent) -> messages.  Labels come from mapping.yaml.
DATA = {}

# ---------------------------------------------------------------- billing_payment
DATA[("clinc150", "pay_bill")] = [
    "i need to pay my credit card bill",
    "pay my amex bill from my checking account",
    "can you make a payment on my visa bill today",
    "go ahead and pay the bill on my mastercard",
    "i want to pay off my card balance",
    "help me pay my bill please",
    "send $200 towards my credit card",
]
DATA[("clinc150", "bill_due")] = [
    "when is my credit card bill due",
    "what's the due date for my card payment",
    "when do i have to pay my amex by",
    "is my bill due this week",
    "what day is my visa payment due",
    "when is the next payment due on my card",
]
DATA[("clinc150", "bill_balance")] = [
    "how much do i owe on my credit card",
    "what's the balance on my bill",
    "tell me how much my amex bill is this month",
    "what do i owe on my mastercard right now",
    "how much is my current bill",
    "whats the total on my card statement",
]
DATA[("clinc150", "min_payment")] = [
    "what's the minimum payment on my credit card",
    "what is my minimum payment this month",
    "tell me the lowest amount i can pay on my visa",
    "how much is the minimum due on my card",
    "whats the least i have to pay on my bill",
    "what's the smallest payment i can make on my discover card without being late",
]

# ---------------------------------------------------------------- dispute_charge
DATA[("banking77", "card_payment_not_recognised")] = [
    "There is a payment on my card that I don't recognise.",
    "I don't recognize a transaction from a shop called Zeltra, I've never been there",
    "What should I do about a card payment I didnt make?",
    "theres a charge from some company called NXT*DIGI in my app and its not mine",
    "I have a payment in my history that I can't remember making. How do I find out what it is?",
    "Why is there a payment to Booking.com on my account? I haven't booked anything.",
    "there's a card payment of £34.99 to a store i've never heard of",
    "There's a bogus looking payment from 'TLX Media' that I definitely didn't make",
    "I don't know what this payment is for, it says PAYPAL *GREENLEAF",
]
DATA[("banking77", "transaction_charged_twice")] = [
    "I was charegd twice for the same purchase",
    "Why have I been charged two times for one coffee?",
    "My card payment at Tesco went through twice, can you sort it out?",
    "there are 2 identical transactions on my account for the same thing",
    "I got charged several times for one order on ASOS",
    "The same payment appears twice in my app. I only paid once!",
    "duplicate charge on my statement, please help",
    "i paid for my train ticket and it took the money 3 times",
    "The restaurant charged me double. How do I get one of the payments back?",
]
DATA[("banking77", "request_refund")] = [
    "I'd like a refund please",
    "How can I get my money back for something I bought?",
    "The seller won't answer my emails and I want a refund for the item I never recieved",
    "I bought a jacket online and sent it back, how do I request a refund?",
    "can i get reimbursed for a purchase i cancelled",
    "I want to reverse a payment I made to a merchant yesterday",
    "what do i do to get a refund if the shop refuses to give me one?",
    "Is it possible to get a refund for something I paid for with my card last week?",
    "i need my money back from a merchant who isnt responding",
]
DATA[("banking77", "Refund_not_showing_up")] = [
    "My refund hasnt shown up yet",
    "The shop said they refunded me a week ago but I can't see the money",
    "where is my refund from amazon? it's been 10 days",
    "I returned something and the refund still isnt in my account",
    "Why has my refund not appeared on my statement?",
    "How long do refunds take to show? The merchant says it was processed on Monday.",
    "i'm still waiting for a refund from a store, its not in my balance",
    "the refund for my canceled order is mising",
]
DATA[("banking77", "extra_charge_on_statement")] = [
    "Why is there an extra £1 charge on my statement?",
    "I see an additional fee on my account that I don't understand",
    "There's an extra charge on a payment I made, why?",
    "why was i charged an extra pound for my purchase",
    "Theres a weird small fee next to one of my transactions, what is it for?",
    "My statement shows I paid more than the price at the till, there's an extra 1 euro",
    "I think a charge on my statement was listed in error, I was charged £1 more than I should have been",
    "What is this unexpected charge on my statment?",
]

# ---------------------------------------------------------------- card_replacement
DATA[("clinc150", "report_lost_card")] = [
    "i lost my credit card",
    "i need to report my card as lost",
    "my amex is missing and i can't find it anywere",
    "i think i left my visa at the restaurant last night and now it's gone",
    "my wallet was stolen with all my cards in it",
    "someone took my purse and my credit card was inside",
    "report a lost card for me",
    "i misplaced my mastercard",
]
DATA[("clinc150", "damaged_card")] = [
    "my card is damaged",
    "the chip on my credit card is scratched and won't read",
    "my dog chewed up my visa crad",
    "my card snapped in half",
    "i think my card got demagnetized since the strip wont swipe",
    "my amex is bent and the machines won't take it",
    "my card is all frayed at the edges and stopped working",
    "i accidentally put my card through the wash and now it's cracked",
]
DATA[("clinc150", "replacement_card_duration")] = [
    "how long will it take to get a replacement card",
    "when will my new card arrive",
    "how many days until my replacement visa gets here",
    "what is the wait time for a replacement credit card",
    "how long does it take to get a new card if mine is lost",
    "when should i expect my replacement amex in the mail",
    "how soon can i get a replacment card",
    "where is my new card, how long does it take to ship a replacement",
]
DATA[("banking77", "lost_or_stolen_card")] = [
    "I lost my card, what do I do?",
    "My card has been stolen!",
    "someone stole my bag wiht my card in it",
    "I can't find my card anywhere, I think I dropped it on the bus",
    "What should I do if my card was stolen?",
    "My wallet got nicked last night with my card inside. Help",
    "i have lost my card, can you stop it and send me another one",
    "I think I left my card in a taxi. How do I report it?",
]
DATA[("banking77", "card_about_to_expire")] = [
    "My card is about to expire, how do I get a new one?",
    "my card expires next month what should i do",
    "Will I be sent a new card automatically before mine expires?",
    "How do I order a new card as mine is going to expier soon?",
    "Is there a fee for replacing a card that's expiring?",
    "what happens when my card runs out? the expiry date is in 2 weeks",
    "I'm living in Spain now, can I get the new card sent here before my old one expires?",
    "card expiring soon, need a new one",
]

# ---------------------------------------------------------------- card_lock
DATA[("clinc150", "freeze_account")] = [
    "freeze my account",
    "i need you to freeze my credit card account right now",
    "please put a hold on my account",
    "can you block my account temporarily",
    "lock my amex account please",
    "i want to freeze my bank account",
    "put a freeze on my visa",
    "how do i freeze my account",
    "stop all activity on my account immediately",
    "can you suspend my acount for now",
    "i need my account frozen asap",
    "block my card from being used",
    "please freeze my checking account",
    "can i put my account on hold",
    "deactivate my account for a while so nobody can use it",
    "freeze my card account because i think someone has my info",
    "i'd like to freeze my chase account",
    "pause my account until further notice",
    "make it so my card can't be used",
    "freeze all of my accounts",
    "lock down my account",
    "i want a block placed on my account",
    "can you help me freeze my credit card",
    "please stop any charges on my account for now",
    "freze my account right away",
]

# ---------------------------------------------------------------- rewards
DATA[("clinc150", "redeem_rewards")] = [
    "how do i redeam my credit card points",
    "i want to cash in my rewards",
    "what can i use my amex points for",
    "can i redeem my points for a gift card",
    "how do i use my rewards points",
    "i'd like to redeem my points for a statement credit",
    "tell me how to turn my points into cash back",
    "can i use my reward points to pay for flights",
    "what's the best way to redeem my visa rewards",
    "how can i spend my membership rewards points",
    "i want to use my points",
    "how do i trade in my credit card rewards",
    "can i convert my points into airline miles",
    "redeem my rewards please",
    "what are my options for redeeming points",
    "help me cash out my rewards",
    "how do i claim my rewards",
    "use my points to pay off part of my bill",
    "can i exchange my rewards for merchandise",
    "is it possible to redeem my points for a hotel stay",
]
DATA[("clinc150", "rewards_balance")] = [
    "how many points do i have",
    "what's my rewards balance",
    "tell me how many reward points are on my amex",
    "check my points balance",
    "how many rewards have i earned on my visa",
    "what is the total of my credit card points",
    "how much cash back have i got",
    "how many membership rewards points do i have right now",
    "what's my current point total",
    "do i have any rewards points",
    "show me my rewards",
    "how many points have i racked up this year",
    "what is the balance of my rewards account",
    "can you check my reward points on my mastercard",
    "how many miles do i have on my card",
    "how much have i earned in rewards",
    "whats my points balence",
    "let me know my rewards total",
    "how many points are available for me to use",
    "i'd like to know how many points i've got",
]

# ---------------------------------------------------------------- account_change
DATA[("banking77", "edit_personal_details")] = [
    "How do I change my address?",
    "I've moved house and need to update my address",
    "I got married and need to change my surname",
    "Can I edit my personal details in the app?",
    "how can i update my phone number",
    "I need to change the name on my account",
    "Where do I go to change my details?",
    "my address has changed, how do i let you know",
    "Can you update my emial address please",
    "I want to change some of my personal information",
    "is it possible to change my details, I made a mistake when I signed up",
    "I spelled my name wrong when I registered, how do I fix it?",
    "How can I change the postcode on my account?",
    "I've recently divorced and want to go back to my maiden name",
    "I need to update my personal info",
    "Where can I change my home address in the app?",
    "can i change my date of birth, it's wrong",
    "What do I need to do to change my registered address?",
    "My details are out of date. How do I fix them?",
    "I have a new mobile number, how can I update it on my profile?",
    "i want to edit my details",
    "how do i change teh name on my acount",
    "Is there a way to modify my personal details?",
    "I'm moving to a new flat next week, how do I change my adress?",
    "Can I update my contact information?",
    "How do I amend my surname after getting married?",
    "what documents do i need to change my name",
    "Change of address please",
    "I'd like to edit the personal info on my profile",
    "my personal details are incorrect, can you change them",
]

# ---------------------------------------------------------------- credit_review
DATA[("clinc150", "credit_limit")] = [
    "what's my credit limit",
    "how much is the limit on my amex",
    "tell me my credit limit on my visa",
    "what is the spending limit on my card",
    "how high is my credit limit",
    "what's the max i can spend on my credit card",
    "do you know my credit limit",
    "what is my current credit line",
    "how much credit do i have in total",
    "what's the limit on my master card",
    "i want to know my credit limit",
    "whats the limit for my discover card",
    "what is the credit limt on my account",
]
DATA[("clinc150", "credit_limit_change")] = [
    "can i get a credit limit increase",
    "i want to raise my credit limit",
    "please increase the limit on my amex",
    "how do i get a higher credit limit",
    "is it possible to increase my credit line",
    "i'd like my credit limit raised to $10,000",
    "can you bump up my card limit",
    "request a credit limit increase",
    "how can i make my credit limit go up",
    "i need a bigger limit on my visa",
    "could you lower my credit limit to 2000",
    "will you increase my limit",
    "i want to change my credit limit",
    "am i eligible for a credit limit increse",
]
DATA[("clinc150", "apr")] = [
    "what's my apr",
    "what is the apr on my credit card",
    "tell me the annual percentage rate on my amex",
    "what interest rate am i paying on my visa",
    "how much interest do you charge on my card",
    "what's the current apr for my mastercard",
    "can you tell me my card's apr",
    "what is my interest rate on purchases",
    "what is the annual percentage rate for my discover card",
    "how high is the apr on my card",
    "i need to know my apr",
    "what apr does my card have",
    "whats the anual percentage rate on my account",
]

# ---------------------------------------------------------------- travel
DATA[("clinc150", "travel_notification")] = [
    "i'm going to france next week, please let my bank know",
    "i'll be in japan from march 3 to march 20",
    "please notify my credit card company that i'm travelling to mexico",
    "set up a travel notice for italy",
    "i need to tell you i'll be in spain for two weeks",
    "let amex know i'll be traveling to canada on friday",
    "i'm heading to germany from may 1st through may 10th, can you make a note of that",
    "add a travel notification to my account",
    "i will be using my card in london next month",
    "inform my bank im going to thialand",
    "i'm going on a trip to brazil, make sure my card doesn't get declined there",
    "can you put a travel alert on my visa for australia",
    "i'm visiting my family in india in december so tell my bank",
    "give my card company a heads up that i'll be in peru",
    "i need to set a travel notice because i'm going to china",
    "notify my bank of travel to portugal from june 2 to june 16",
    "i'll be out of the country from july 5th to the 19th",
    "tell my credit card i'm going to be in greece",
    "my wife and i are travelling to egypt next month, please note it on my account",
    "i'm flying to dublin tomorrow, let my card issuer know",
    "register my trip to south korea",
    "put in a travel notice for my trip to kenya",
    "i'll be using my mastercard in iceland this weekend",
    "let my bank know i'll be in cancun from the 3rd to the 10th",
    "i want to tell you about my upcoming travle to vietnam",
]

# ---------------------------------------------------------------- fraud_report
DATA[("clinc150", "report_fraud")] = [
    "i need to report fraud on my card",
    "there's a fraudulent charge on my amex",
    "someone used my credit card without my permission",
    "i want to report fraudulent activity on my account",
    "there's a bogus charge from walmart on my visa",
    "report a fraudulent transaction on my mastercard",
    "i think someone stole my identity and used my card",
    "there are charges on my card from best buy that aren't mine",
    "i need to tell you about fraud on my bank account",
    "i was a victim of credit card fraud",
    "someone is making purchses on my card that i didn't authorize",
    "how do i report a fraudulent purchase",
    "there is a shady $450 charge from an electronics store i never went to",
    "help me report fraud",
    "i got scammed and someone has my card number",
    "there's unauthorized activity on my credit card",
    "my card was used fraudulently at a gas station in ohio",
    "i need to report a fraud charge on my account",
    "i want to dispute a fraudulent charge from target",
    "i noticed some fradulent charges on my card",
]
DATA[("banking77", "compromised_card")] = [
    "I think my card has been compromised",
    "Someone else has been using my card",
    "My card details were stolen, what should I do?",
    "I think somebody copied my card at a cash machine",
    "I got a text about a payment I didn't make, I think my card info has been leaked",
    "i gave my card number to a website that turned out to be a scam",
    "How do I know if my card has been hacked?",
    "my card mightve been cloned",
    "I believe my card details have been used by someone else online",
    "What do I do if someone has my card details?",
    "A website I shopped at got hacked, is my card safe?",
    "I think my card was skimmed at a petrol station",
    "Someone may have got hold of my card number and CVV",
    "my flatmate used my card without asking me",
    "I was phished and typed my card details into a fake site",
    "There are payments from abroad on my card but I'm at home in the UK, I think my card is compromised",
    "Can you check if my card has been compromised?",
    "someone saw my pin and now there are cash withdrawals i didnt do",
    "my card details are being used by a stranger",
    "i think my card got hacked",
]

# ---------------------------------------------------------------- out_of_scope
# CLINC oos-like queries (must pass out_of_scope_finance_guard)
DATA[("clinc150", "oos")] = [
    "what's the tallest mountain in europe",
    "who won the super bowl in 2010",
    "how do i get rid of hiccups",
    "can you recommend a good mystery novel",
    "what year did the titanic sink",
    "how many legs does a spider have",
    "who is the ceo of tesla",
    "what's the best way to learn piano",
    "where was abraham lincoln born",
    "how far away is the moon",
    "find me a yoga class near me",
    "what's a good name for a golden retriever puppy",
    "how do i fix a leaky faucet",
    "when does the new star wars movie come out",
    "is there a full moon tonight",
    "what was the score of the yankees game",
    "how many bones does an adult have",
    "tell me the plot of hamlet",
    "what is the capital of mongolia",
    "how do i unclog a drain",
    "how do i get my cat to use the litter box",
    "can you help me write a poem about autumn",
    "how long do elephants live",
    "who painted the mona lisa",
    "what's the best way to get a stain out of a carpet",
]
# other-domain CLINC intents listed in out_of_scope_from_other_clinc_domains
OTHER = [
    ("weather", "will it rain in seattle tomorrow"),
    ("alarm", "set an alarm for 6:30 am"),
    ("timer", "start a timer for 12 minutes"),
    ("flip_coin", "flip a coin for me"),
    ("roll_dice", "roll a six sided die"),
    ("spelling", "how do you spell necessary"),
    ("definition", "what does the word ephemeral mean"),
    ("measurement_conversion", "how many ounces are in a liter"),
    ("calculator", "what is 47 times 12"),
    ("time", "tell me the current time"),
    ("date", "what's today's date"),
    ("recipe", "how do i make lasagna"),
    ("calories", "how many calories are in a banana"),
    ("cook_time", "how long should i bake chicken breasts for"),
    ("ingredient_substitution", "what can i use instead of eggs in brownies"),
    ("food_last", "how long will cooked rice last in the fridge"),
    ("meal_suggestion", "what should i make for dinner tonight"),
    ("tire_pressure", "what's the tire pressure on my front tires"),
    ("jump_start", "how do i jump start a dead car battery"),
    ("traffic", "how's the traffic on i-95 right now"),
    ("directions", "give me directions to the nearest walgreens"),
    ("play_music", "play some jazz"),
    ("shopping_list_update", "add milk and eggs to my shopping list"),
    ("smart_home", "turn off the living room lights"),
    ("tell_joke", "tell me a joke"),
    ("pto_balance", "how many days of pto do i have left"),
    ("change_volume", "turn the volume up"),
]
for intent, text in OTHER:
    DATA.setdefault(("clinc150", intent), []).append(text)


# ---------------------------------------------------------------- checks
def load_mapping(path):
    txt = open(path, encoding="utf-8").read()
    labels = re.findall(r"^  - (\w+)\s*$", txt.split("sources:")[0], re.M)
    mapped = {}
    sec = txt.split("\nmapping:")[1].split("\nout_of_scope_from_other_clinc_domains:")[0]
    ds = None
    for line in sec.splitlines():
        m = re.match(r"^  (\w+):\s*$", line)
        if m:
            ds = m.group(1)
            continue
        m = re.match(r"^    (\w+):\s*\{label:\s*(\w+)", line)
        if m:
            mapped[(ds, m.group(1))] = m.group(2)
    other_sec = txt.split("\nout_of_scope_from_other_clinc_domains:")[1].split("\nunmapped:")[0]
    other = set()
    for m in re.finditer(r"\[([^\]]*)\]", other_sec):
        other.update(x.strip() for x in m.group(1).split(","))

    def quoted(key):
        m = re.search(r"^\s*%s: '((?:[^']|'')*)'\s*$" % key, txt, re.M)
        return m.group(1).replace("''", "'")

    rx = {k: re.compile(quoted(k), re.I) for k in ("card", "generic", "noncard", "drop_if")}
    ok = re.search(r"ok_before_bill: \[([^\]]*)\]", txt).group(1)
    rx["ok_before_bill"] = {x.strip().lower() for x in ok.split(",")}
    return labels, mapped, other, rx


def passes_bill_filter(text, rx):
    if rx["noncard"].search(text):
        return False
    for m in re.finditer(r"\b(\S+)\s+bill", text, re.I):
        if m.group(1).lower() not in rx["ok_before_bill"]:
            return False
    return bool(rx["card"].search(text) or rx["generic"].search(text))


def norm(t):
    return re.sub(r"[^a-z0-9£€$]+", " ", t.lower()).strip()


def main():
    labels, mapped, other, rx = load_mapping(MAPPING)
    bill_intents = {"pay_bill", "bill_due", "bill_balance", "min_payment"}
    rows, seen, errors = [], set(), []
    for (ds, intent), texts in DATA.items():
        if (ds, intent) in mapped:
            label = mapped[(ds, intent)]
        elif ds == "clinc150" and intent in other:
            label = "out_of_scope"
        else:
            errors.append("unmapped source %s:%s" % (ds, intent))
            continue
        if label not in labels:
            errors.append("bad label %s" % label)
        for t in texts:
            n = norm(t)
            if n in seen:
                errors.append("duplicate: %r" % t)
                continue
            seen.add(n)
            if ds == "clinc150" and intent in bill_intents and not passes_bill_filter(t, rx):
                errors.append("fails card-bill filter: %r" % t)
            if label == "out_of_scope" and rx["drop_if"].search(t):
                errors.append("fails oos finance guard (%s): %r" % (rx["drop_if"].search(t).group(0), t))
            rows.append({"text": t, "label": label, "source": "mprobe4:%s:%s" % (ds, intent)})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT))
    for lab, c in sorted(Counter(r["label"] for r in rows).items()):
        print("  %-18s %d" % (lab, c))
    if "-v" in sys.argv:
        for src, c in sorted(Counter(r["source"] for r in rows).items()):
            print("    %-55s %d" % (src, c))


if __name__ == "__main__":
    main()
