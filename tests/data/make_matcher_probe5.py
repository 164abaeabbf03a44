#!/usr/bin/env python3
"""Blind probe set mprobe5 for the amexsim intent matcher.

Hand-written messages imitating the TEST splits of CLINC150 and BANKING77,
relabelled with /work/shared/benchmarks/intents/mapping.yaml. Stdlib only,
deterministic. Writes matcher_probe5.jsonl next to this file.

Row filters from mapping.yaml are re-checked here (clinc150_card_bill_only for the
CLINC bill intents, out_of_scope_finance_guard for every out_of_scope row).
"""
import json
import os
import re

C = "clinc150"
B = "banking77"

DATA = [
    # ------------------------------------------------------------ billing_payment
    ("billing_payment", C, "pay_bill", [
        "pay my credit card bill",
        "i need to pay my card bill today",
        "can you pay my visa bill from my checking account",
        "please make a payment on my amex",
        "go ahead and pay the bill for my mastercard",
        "use my savings to pay off my credit card",
        "i want to pay my bill",
    ]),
    ("billing_payment", C, "bill_due", [
        "when is my credit card bill due",
        "what day is my bill due",
        "when do i have to pay my visa by",
        "how long until my card payment is due",
        "tell me the due date for my amex bill",
        "whens my next card bill due",
    ]),
    ("billing_payment", C, "bill_balance", [
        "how much do i owe on my credit card",
        "whats teh balance on my bill",
        "how much is my mastercard bill this month",
        "what do i owe on my card right now",
        "tell me my current bill amount",
        "how much is due on my amex",
    ]),
    ("billing_payment", C, "min_payment", [
        "what is the minimum payment on my credit card",
        "tell me my minimum payment",
        "what's the least i can pay on my card bill this month",
        "what is the minimum i have to pay on my bill",
        "minimum payment due for my discover card",
        "whats the minimun payment for my card",
    ]),
    # ------------------------------------------------------------ dispute_charge
    ("dispute_charge", B, "card_payment_not_recognised", [
        "There is a payment on my card I don't recognise.",
        "I don't recognise a transaction in my app, what should I do?",
        "Why is there a payment from a shop I've never been to?",
        "I see a card payment that I definitely did not make",
        "there's a charge on my account i have no idea about",
        "What do I do about a payment I don't remember making?",
        "I was looking at my statement and found a payment I didn't make",
        "i dont recognize this payment on my card",
    ]),
    ("dispute_charge", B, "transaction_charged_twice", [
        "I was charged twice for the same purchase.",
        "Why has the same payment come out of my acount two times?",
        "A transaction appears twice in my app",
        "I paid for something once but I've been charged for it twice",
        "My card was debited twice for one coffee, can you fix this?",
        "There's a duplicate charge on my statement",
        "why did i get charged two times for one thing",
        "I think the merchant charged me twice, how do I get the extra money back?",
    ]),
    ("dispute_charge", B, "request_refund", [
        "How do I request a refund for something I bought?",
        "I want my money back for an item I returned",
        "Can I get a refund on a purchase I made last week?",
        "I'd like to ask for a refund please",
        "The seller won't give me a refund, can you help?",
        "What's the process for getting a refund?",
        "I need a refund for an order that never arrived",
        "can i get my money back for a purchase i cancelled",
    ]),
    ("dispute_charge", B, "Refund_not_showing_up", [
        "The shop says they refunded me but I can't see it in my account",
        "My refund still hasnt apeared",
        "Where is my refund? It's been over a week",
        "I was promised a refund but nothing has come through yet",
        "Why isn't the refund showing in my app?",
        "I'm still waiting on a refund from a merchant, how long does it take to show up?",
        "refund is missing from my statement",
        "The store confirmed my refund days ago but I still dont see it",
    ]),
    ("dispute_charge", B, "extra_charge_on_statement", [
        "Why is there an extra charge on my statement?",
        "I was charged more than I should have been",
        "There is an additional £1 fee on my statement that I don't understand",
        "What is this extra fee on my account?",
        "Why did I get charged a fee I wasn't told about?",
        "my statment shows an extra charge for a purchase, why?",
        "I noticed an unexpected charge, can you explian it?",
        "Why was I charged an extra pound on my last payment?",
    ]),
    # ------------------------------------------------------------ card_replacement
    ("card_replacement", C, "report_lost_card", [
        "i lost my credit card",
        "i cant find my card anywere",
        "report my card as lost",
        "my visa is missing, i think i left it at the store",
        "i need to report a lost card",
        "i think my card is gone, i lost it yesterday",
        "help i misplaced my amex",
        "i lost my wallet with my card in it",
    ]),
    ("card_replacement", C, "damaged_card", [
        "my card is damaged",
        "my credit card snapped in half",
        "the chip on my card is broken",
        "my card got wet and doesn't work now",
        "i need a new card because mine is all scratched up",
        "my dog chewed up my card",
        "the magnetic strip on my card is ruined",
        "how do i report a damaged card",
    ]),
    ("card_replacement", C, "replacement_card_duration", [
        "how long will it take to get a replacement card",
        "when will my new card arrive after i report it lost",
        "how many days until my replacement card comes",
        "what is the wait time for a replacement card",
        "how soon can i get a new card to replace my broken one",
        "how long does it take for a replacement card to be mailed",
        "when should i expect my replacment card",
        "how quickly will the replacement card get to me",
    ]),
    ("card_replacement", B, "lost_or_stolen_card", [
        "I lost my card, what do I do?",
        "Someone stole my card yesterdy",
        "My card was stolen, can I get a new one?",
        "I can't find my card and I think it's been stolen",
        "My wallet was stolen with my card in it, please help",
        "How do I report my card lost?",
        "I think I left my card in a taxi",
        "My card has gone missing",
    ]),
    ("card_replacement", B, "card_about_to_expire", [
        "My card is about to expire, what do I do?",
        "How do I get a new card before mine expires?",
        "My card expires next month, will you send a new one?",
        "Will I get a replacement card automatically when it expires?",
        "what happens when my card expries",
        "I need a new card as the current one is expiring soon",
        "Is there a fee for a new card when the old one expires?",
        "card expiring soon how do i get a new one",
    ]),
    # ------------------------------------------------------------ card_lock
    ("card_lock", C, "freeze_account", [
        "freeze my account",
        "please put a freeze on my account",
        "i need to freeze my bank account right now",
        "can you block my account",
        "lock my account please",
        "put a hold on my account",
        "i want to freeze my credit card account",
        "please suspend my account immediatly",
        "can you freeze my chase account",
        "i need my account frozen",
        "how do i freeze my account",
        "block all activity on my account",
        "stop all transactions on my account",
        "freeze my checking account",
        "i'd like to temporarily freeze my account",
        "can i put my account on hold",
        "please lock down my account",
        "my account needs to be frozen asap",
        "freeze my savings account please",
        "i need to block my account now",
        "put my account on freeze",
        "is it possible to freeze my account for a while",
        "i want my account blocked",
        "frezee my account",
        "help me freeze my visa acount",
    ]),
    # ------------------------------------------------------------ rewards
    ("rewards", C, "redeem_rewards", [
        "how do i redeem my rewards",
        "i want to cash in my credit card points",
        "how can i use my reward points",
        "redeem my points for a gift card",
        "what can i spend my rewards on",
        "i'd like to redeem my rewards",
        "can i use my points to book a flight",
        "tell me how to use my credit card rewards",
        "how do i cash out my points",
        "i want to turn my rewards points into cash back",
        "what are my options for redeeming ponts",
        "can i exchange my points for a statement credit",
        "redeem my amex points",
        "what's the best way to use my rewards",
        "i want to use my points",
        "how do i go about redeeming my visa rewards",
        "can i trade in my points for merchandise",
        "help me redeem my rewards points",
        "where can i redeem my card rewards",
        "how to redem rewards",
    ]),
    ("rewards", C, "rewards_balance", [
        "how many points do i have",
        "what's my rewards balance",
        "how many reward points are on my card",
        "check my points balance",
        "tell me how many rewards points i've earned",
        "how many points do i have on my visa",
        "what is my current rewards total",
        "how much have i earned in rewards",
        "what's the point balance on my credit card",
        "can you tell me my reward points",
        "how many points have i acumulated",
        "show me my rewards",
        "do i have a lot of points right now",
        "how many amex points do i have",
        "what are my rewards at",
        "i want to know my rewards balance",
        "how many points did i get this month",
        "list my current reward points",
        "how many rewards do i have on my discover card",
        "how many rewrad points do i have",
    ]),
    # ------------------------------------------------------------ account_change
    ("account_change", B, "edit_personal_details", [
        "I need to change my address.",
        "How do I update my personal details?",
        "I've moved house, how do I change my address in the app?",
        "Can I change my name on my account?",
        "I got maried and need to update my surname",
        "Where can I edit my personal infomation?",
        "My phone number has changed, how do I update it?",
        "I want to change the email address on my account",
        "How can I change my details?",
        "I need to update my home address",
        "can i change my personal details in the app",
        "I recently moved, where do I update my address?",
        "Is it possible to change my name?",
        "my details are wrong, how do I fix them",
        "How do I edit my profile details?",
        "I want to update my contact details",
        "I need to correct a spelling mistake in my name",
        "How can I change my postcode?",
        "What do I need to do to change my address?",
        "Please help me update my details, I have moved",
        "I'd like to change some of my personal info",
        "how do i change my adress",
        "My surname changed after getting divorced, how do I update it?",
        "Can my details be changed?",
        "My date of birth is wrong on my account, can I change it?",
        "Which details can I change myself?",
        "I need to update my phone number",
        "How do I change my mobile number on the account?",
        "Can I change my personal detials online",
        "I have a new address, what should I do?",
    ]),
    # ------------------------------------------------------------ credit_review
    ("credit_review", C, "credit_limit", [
        "what's my credit limit",
        "how hgih is my credit limit",
        "tell me the limit on my visa",
        "what is the credit limit on my card",
        "how much credit do i have on my amex",
        "what's the max i can spend on my credit card",
        "do you know my credit limit",
        "what is my spending limit",
        "what is the limit on my mastercard",
        "how much is my credit limit right now",
        "can you tell me my card limit",
        "what's the credit line on my discover card",
        "whats my credit limt",
    ]),
    ("credit_review", C, "credit_limit_change", [
        "can i get a higher credit limit",
        "i want to increase my credit limit",
        "please raise my credit limit",
        "how do i request a credit limit increase",
        "i need a bigger limit on my card",
        "can you bump up my credit limit",
        "i'd like to ask for a credit line increase",
        "is it possible to raise the limit on my visa",
        "increase my limit please",
        "can my credit limit be changed",
        "i want more credit on my card",
        "what do i need to do to get my limit raised",
        "can i lower my credit limit",
        "could i get a credit limit increse",
    ]),
    ("credit_review", C, "apr", [
        "what's my apr",
        "what is the apr on my credit card",
        "tell me the interest rate on my visa",
        "what's the anual percentage rate for my card",
        "how high is my apr",
        "what apr am i being charged",
        "what is my card's apr",
        "do you know the apr on my amex",
        "what's the apr for my discover card",
        "how much interest does my credit card charge",
        "what rate of interest is on my mastercard",
        "what is the current apr on my account",
        "whats the apr on my chase card",
    ]),
    # ------------------------------------------------------------ travel
    ("travel", C, "travel_notification", [
        "i'm going to be traveling to france next week",
        "let my bank know i'll be in mexico from june 5th to june 12th",
        "i need to set a travel notice",
        "please note that i will be in canada for two weeks",
        "tell my credit card company i'm going to japan",
        "i'm going abroad and want to notify my bank",
        "i'll be in london from the 3rd to the 10th",
        "set a travel notification for italy",
        "i'm taking a trip to spain next month, please note it on my account",
        "can you let my card company know i'm traveling",
        "i need to inform my bank of my upcoming travel",
        "add a travel notice for my trip to germany",
        "i'll be out of the country for a week starting tomorrow",
        "make a note that i'm going to brazil",
        "i'm heading to china on monday, make sure my card works there",
        "notfy my bank that i'll be traveling to peru",
        "how do i tell my bank i'm going on vacation",
        "i will be in australia for the month of march",
        "i'm visting thailand from the 1st through the 15th",
        "tell chase i'm going to be in dublin next week",
        "put a travel alert on my card for portugal",
        "i am going to be traveling soon so please don't block my card",
        "please let my bank know that i'll be travelling in india",
        "i'm gonna be in greece, let the bank know",
        "set up a travle notification",
    ]),
    # ------------------------------------------------------------ fraud_report
    ("fraud_report", C, "report_fraud", [
        "i want to report fraud",
        "there's fraudulent activity on my card",
        "i need to report fraudulent charges",
        "someone used my credit card without my permission",
        "i think i've been a victim of fraud",
        "how do i report a fraudulent transaction",
        "there are charges on my account that i didn't make, i want to report fraud",
        "my card has been used fraudulently",
        "report a fraudulent purchase on my visa",
        "i suspect fraud on my accuont",
        "someone stole my identity and opened a card in my name",
        "i need to file a fraud report",
        "there's a fraud charge on my amex",
        "somebody is using my account and it isn't me",
        "i want to report some suspicious activity on my account",
        "help me report fraud on my bank account",
        "i was scammed, who do i report this to",
        "i think someone is committing fraud with my card",
        "how can i let you know about fraud on my account",
        "report fruad on my card",
    ]),
    ("fraud_report", B, "compromised_card", [
        "I think someone has my card details.",
        "My card has been compromised, what should I do?",
        "Someone else is using my card",
        "I think my card details were stolen online",
        "I beleive my card has been hacked",
        "What should I do if my card details have been leaked?",
        "Someone has copied my card and is using it",
        "My card info was stolen from a website I shopped at",
        "I think somebody got hold of my card number",
        "There's someone using my card who isn't me",
        "My card might be compromised, can you help?",
        "I got a text saying my card was compromised",
        "someone has been making payments with my card details",
        "How do I protect my account if my card details are compromised?",
        "I fear my card has been cloned",
        "I think my pin and card number have been exposed",
        "What to do if someone knows my card details?",
        "My card was skimmed at a cash machine I think",
        "i think my card has been comprimised",
        "My ex has my card details and has been using them",
    ]),
    # ------------------------------------------------------------ out_of_scope (CLINC oos)
    ("out_of_scope", C, "oos", [
        "how old is the oldest tree in the world",
        "what is the tallest mountain in africa",
        "who wrote the book moby dick",
        "how do i get a rash to go away",
        "what is the population of canada",
        "how many bones does an adult have",
        "tell me about the history of the roman empire",
        "what is the best way to learn guitar",
        "who won the super bowl last year",
        "how do i get rid of ants in my kitchen",
        "what's the name of the current pope",
        "how far away is the moon",
        "what does a platypus eat",
        "how often should i water a cactus",
        "can you recommend a good movie to watch tonight",
        "how do you make slime",
        "what is the fastest aniaml on earth",
        "how many languages are spoken in india",
        "who invented the light bulb",
        "why is the sky blue",
        "what are the symptoms of the flu",
        "how long do cats usually live",
        "how do i become a better public speaker",
        "how do i fix a squeeky door",
        "can you help me write a poem",
        "whats the best way to get a stain out of a shirt",
    ]),
    # ------------------------------------------------------------ out_of_scope (other CLINC domains)
    ("out_of_scope", C, "weather", ["is it going to rain today"]),
    ("out_of_scope", C, "alarm", ["set an alarm for 6 am"]),
    ("out_of_scope", C, "timer", ["set a timer for 10 minutes"]),
    ("out_of_scope", C, "flip_coin", ["flip a coin for me"]),
    ("out_of_scope", C, "roll_dice", ["roll a six sided die"]),
    ("out_of_scope", C, "spelling", ["how do you spell necessary"]),
    ("out_of_scope", C, "definition", ["what does ubiquitous mean"]),
    ("out_of_scope", C, "measurement_conversion", ["how many ounces are in a cup"]),
    ("out_of_scope", C, "calculator", ["what's 15 times 24"]),
    ("out_of_scope", C, "time", ["what time is it in tokyo"]),
    ("out_of_scope", C, "recipe", ["how do i make lasagna"]),
    ("out_of_scope", C, "calories", ["how many calories are in a banana"]),
    ("out_of_scope", C, "cook_time", ["how long should i bake chicken breasts"]),
    ("out_of_scope", C, "ingredient_substitution", ["what can i use instead of eggs in a cake"]),
    ("out_of_scope", C, "meal_suggestion", ["what should i make for dinner tonight"]),
    ("out_of_scope", C, "oil_change_when", ["when do i need to get my oil changed"]),
    ("out_of_scope", C, "tire_pressure", ["what's the air pressure in my tires"]),
    ("out_of_scope", C, "jump_start", ["how do i jump start a dead battery"]),
    ("out_of_scope", C, "traffic", ["how bad is traffic on the way to work"]),
    ("out_of_scope", C, "play_music", ["play some jazz"]),
    ("out_of_scope", C, "what_song", ["what song is playing right now"]),
    ("out_of_scope", C, "smart_home", ["turn off the living room lights"]),
    ("out_of_scope", C, "reminder", ["remind me to call mom at 5"]),
    ("out_of_scope", C, "tell_joke", ["tell me a joke"]),
    ("out_of_scope", C, "fun_fact", ["tell me a fun fact about sharks"]),
    ("out_of_scope", C, "what_are_your_hobbies", ["what do you do for fun"]),
    ("out_of_scope", C, "meeting_schedule", ["do i have any meetings today"]),
    ("out_of_scope", C, "change_volume", ["turn the volume up"]),
]

LABELS = {"billing_payment", "dispute_charge", "card_replacement", "card_lock", "rewards",
          "account_change", "credit_review", "travel", "fraud_report", "agent_request",
          "out_of_scope"}

# --- row filters copied from mapping.yaml -------------------------------------------
I = re.IGNORECASE
CARD = re.compile(r"\b(credit cards?|cards?|cc|amex|american express|visa|mastercard|discover|capital one|chase|citi\w*|wells fargo)\b", I)
GENERIC = re.compile(r"\b(my|the|a|this|that|any|all|due|our)\s+(bill|bills|bill's)\b|\bbills?\b(?!\s+gates)|\bmy minimum payment\b|\bminimum payment of my bill\b|\bthe minumum to pay\b", I)
NONCARD = re.compile(r"\b(electric\w*|gas|water|cable|telephone|phones?|phoe|cell\w*|mobile|tmobile|t-mobile|internet|wi-?fi|medical|hospital|doctor|dent\w*|car|truck|auto|vehicle|tax|taxes|rent|renting|mortgage|insurance|loan|loans|student|utilit\w*|heat\w*|ac|energy|power|sewer|trash|garbage|at&t|verizon|sprint|comcast|xfinity|dte|peco|coned|con edison|netflix|hulu|spotify|youtube|boat|tags|plumb\w*|hydro|bribe|tuition|college|daycare|gym|subscri\w*|tv|school|house|home|apartment|lawn|landscape|vet|pet|light|lights|invoice|catering|metronorth|domain|email|donation|red cross|nordstrom|m and t|z|pass)\b", I)
OK_BEFORE_BILL = {"my", "the", "a", "this", "that", "any", "all", "due", "our", "your", "card", "cc",
                  "express", "credit", "monthly", "next", "pay", "paying", "to", "on", "of", "whole",
                  "entire", "current", "latest", "last", "amex", "visa", "mastercard", "discover",
                  "statement"}
OOS_GUARD = re.compile(r"\b(cards?|credit|apr|banks?|banking|accounts?|refunds?|charges?|charged|payments?|pay|paid|bills?|billing|points|rewards?|cash ?back|authorized|travel\w*|trips?|vacation|abroad|flights?|hotels?|fraud\w*|loans?|debit|balance|fees?|dispute|statement|agent|human|representative|customer service|limit|interest|money|dollars?|\$|amex|american express|visa|mastercard|pin|transactions?|purchases?|lost|stolen|steal|freeze|frozen|lock|locked|block|blocked|address|phone number|email|insurance|taxes?|budget|savings?|spend\w*|invest\w*|stocks?|price|cost|buy|bought|order)\b", I)
BILL_INTENTS = {"pay_bill", "bill_due", "bill_balance", "min_payment"}


def keeps_card_bill(text):
    if NONCARD.search(text):
        return False
    for m in re.finditer(r"(\S+)\s+bills?\b", text, I):
        if m.group(1).lower().strip(".,?!'") not in OK_BEFORE_BILL:
            return False
    return bool(CARD.search(text) or GENERIC.search(text))


def norm(text):
    return re.sub(r"[^a-z0-9£€ ]+", "", text.lower()).strip()


def main():
    rows, seen = [], set()
    for label, ds, intent, texts in DATA:
        assert label in LABELS, label
        for t in texts:
            if intent in BILL_INTENTS:
                assert keeps_card_bill(t), ("bill filter", t)
            if label == "out_of_scope":
                assert not OOS_GUARD.search(t), ("oos guard", t)
            k = norm(t)
            assert k not in seen, ("duplicate", t)
            seen.add(k)
            rows.append({"text": t, "label": label, "source": "mprobe5:%s:%s" % (ds, intent)})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "matcher_probe5.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
