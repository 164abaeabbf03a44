#!/usr/bin/env python3
"""Blind matcher probe 6 for amexsim (stdlib only, deterministic).

Every message is hand-written (paraphrased, not copied) in the style of a TEST-split row of a
public intent dataset's source intent, then relabelled through
/work/shared/benchmarks/intents/mapping.yaml (and README.md for the extra sources):

  clinc150 / banking77 intents -> label per `mapping:`
  clinc150 oos + listed other-domain intents -> out_of_scope (must pass out_of_scope_finance_guard)
  nlupp banking rows (mortgage/loan/savings/current/overdraft/cheque/standing order/appointment)
        -> out_of_scope (README "Extra rows"; no card words, no paying/balance/spending except mortgage/loan)
  bitext contact_human_agent, nlupp handoff -> agent_request (README "Extra rows")

Row filters from mapping.yaml are re-implemented below and asserted, so no row would have been
dropped by the real pipeline.

Intents the mapping leaves UNMAPPED (dropped, no gold label) but that the brief names as
precision probes (declined payment, blocked card, cash withdrawal not recognised, reverted
payment, card not arrived ...) are NOT in the main file; they go to
matcher_probe6_unmapped.jsonl with label null, for eyeballing only.

Output: matcher_probe6.jsonl (+ matcher_probe6_unmapped.jsonl) next to this script.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "matcher_probe6.jsonl")
OUT_UNMAPPED = os.path.join(HERE, "matcher_probe6_unmapped.jsonl")

# ---------------------------------------------------------------- mapping (copied from mapping.yaml)
MAP = {
    "clinc150": {
        "pay_bill": "billing_payment", "bill_due": "billing_payment",
        "bill_balance": "billing_payment", "min_payment": "billing_payment",
        "report_lost_card": "card_replacement", "damaged_card": "card_replacement",
        "replacement_card_duration": "card_replacement",
        "freeze_account": "card_lock",
        "redeem_rewards": "rewards", "rewards_balance": "rewards",
        "credit_limit": "credit_review", "credit_limit_change": "credit_review", "apr": "credit_review",
        "travel_notification": "travel",
        "report_fraud": "fraud_report",
        "oos": "out_of_scope",
    },
    "banking77": {
        "lost_or_stolen_card": "card_replacement",
        "card_about_to_expire": "card_replacement",
        "compromised_card": "fraud_report",
        "card_payment_not_recognised": "dispute_charge",
        "transaction_charged_twice": "dispute_charge",
        "request_refund": "dispute_charge",
        "Refund_not_showing_up": "dispute_charge",
        "extra_charge_on_statement": "dispute_charge",
        "edit_personal_details": "account_change",
    },
    # README.md "Extra rows"
    "bitext": {"contact_human_agent": "agent_request"},
    "nlupp": {"handoff": "agent_request", "mortgage": "out_of_scope", "loan": "out_of_scope",
              "savings": "out_of_scope", "current": "out_of_scope", "overdraft": "out_of_scope",
              "cheque": "out_of_scope", "standing_order": "out_of_scope", "appointment": "out_of_scope"},
}
OTHER_CLINC_OOS = set("""weather alarm timer flip_coin roll_dice spelling definition measurement_conversion calculator time date
recipe calories cook_time ingredient_substitution ingredients_list nutrition_info food_last meal_suggestion
oil_change_when oil_change_how tire_pressure tire_change jump_start traffic directions mpg gas_type
play_music what_song next_song update_playlist shopping_list shopping_list_update todo_list todo_list_update smart_home reminder calendar
tell_joke meaning_of_life fun_fact do_you_have_pets what_are_your_hobbies
pto_request pto_balance meeting_schedule schedule_meeting next_holiday
change_volume change_speed whisper_mode change_accent""".split())
for _i in OTHER_CLINC_OOS:
    MAP["clinc150"][_i] = "out_of_scope"

# ---------------------------------------------------------------- row filters (from mapping.yaml)
I = re.IGNORECASE
CARD = re.compile(r"\b(credit cards?|cards?|cc|amex|american express|visa|mastercard|discover|capital one|chase|citi\w*|wells fargo)\b", I)
GENERIC = re.compile(r"\b(my|the|a|this|that|any|all|due|our)\s+(bill|bills|bill's)\b|\bbills?\b(?!\s+gates)|\bmy minimum payment\b|\bminimum payment of my bill\b|\bthe minumum to pay\b", I)
NONCARD = re.compile(r"\b(electric\w*|gas|water|cable|telephone|phones?|phoe|cell\w*|mobile|tmobile|t-mobile|internet|wi-?fi|medical|hospital|doctor|dent\w*|car|truck|auto|vehicle|tax|taxes|rent|renting|mortgage|insurance|loan|loans|student|utilit\w*|heat\w*|ac|energy|power|sewer|trash|garbage|at&t|verizon|sprint|comcast|xfinity|dte|peco|coned|con edison|netflix|hulu|spotify|youtube|boat|tags|plumb\w*|hydro|bribe|tuition|college|daycare|gym|subscri\w*|tv|school|house|home|apartment|lawn|landscape|vet|pet|light|lights|invoice|catering|metronorth|domain|email|donation|red cross|nordstrom|m and t|z|pass)\b", I)
OK_BEFORE_BILL = set("my the a this that any all due our your card cc express credit monthly next pay paying to on of whole entire current latest last amex visa mastercard discover statement".split())
WORD_BILL = re.compile(r"([\w']+)\s+bills?\b", I)
FIN_GUARD = re.compile(r"\b(cards?|credit|apr|banks?|banking|accounts?|refunds?|charges?|charged|payments?|pay|paid|bills?|billing|points|rewards?|cash ?back|authorized|travel\w*|trips?|vacation|abroad|flights?|hotels?|fraud\w*|loans?|debit|balance|fees?|dispute|statement|agent|human|representative|customer service|limit|interest|money|dollars?|\$|amex|american express|visa|mastercard|pin|transactions?|purchases?|lost|stolen|steal|freeze|frozen|lock|locked|block|blocked|address|phone number|email|insurance|taxes?|budget|savings?|spend\w*|invest\w*|stocks?|price|cost|buy|bought|order)\b", I)
# README: NLU++ oos rows carry no card words and do not talk about paying/balances/spending
NLUPP_DROP = re.compile(r"\b(cards?|credit|debit|refunds?|lost|stolen|pin|pay|paying|paid|payments?|balance|top ?up|spend\w*)\b", I)


def card_bill_ok(t):
    if NONCARD.search(t):
        return False
    for m in WORD_BILL.finditer(t):
        if m.group(1).lower() not in OK_BEFORE_BILL:
            return False
    return bool(CARD.search(t) or GENERIC.search(t))


# ---------------------------------------------------------------- rows: (dataset, intent, [texts])
R = []


def add(ds, intent, texts):
    R.append((ds, intent, [t.strip() for t in texts.strip("\n").split("\n") if t.strip()]))


# ======================= dispute_charge (BANKING77) =======================
add("banking77", "request_refund", """
the seller never answers my emails, how do i get my mony back
merchant isnt responding and i want a refund for the shoes i bought
can i get my money back for something i sent back two weeks ago
i want to ask for a refund, the shop just won't reply
how do i request a refund on something i bought with my card
ordered a jacket online, never came and the store ghosted me. refund please
need my money back from a vendor who stopped picking up
can i reverse a purchase from yesterday, i changed my mind
the item arrived broken and the company won't give me my money back, what can you do
i cancelled my order but was still charged, i want that refunded
cancelled my hotel booking weeks ago and they still kept the money
how long do i have to claim a refund for a purchase
the restaurant billed me for a meal i sent back and refuses to refund it
the website took 60 bucks and sent me nothing, i want it back
concert got cancelled and the promoter is silent, how do i get a refund for the tickets
help me get money back from a merchant that doesnt respond at all
i returned the item but the seller keeps ignoring me about my refund
how can i reqest a refund for a purchse i never recieved
what's the process for getting reimbursed for a faulty product i bought
the shop owes me a refund and nobody there answers the phone
""")
add("banking77", "Refund_not_showing_up", """
the store says they refunded me but i don't see it anywhere
refund still isnt in my account after 10 days
where is my refund? the merchant says it went out last week
i was promissed a refund and it hasn't shown up yet
why hasnt my refund posted to my card
how long should a refund take to appear, it's been ages
got an email saying my refund was processed but my balance didnt change
my refund from amazon is missing
the credit from the airline never showed up on my statement
refund not showing, can you check on it
seller confirmed the return but there's no money back on my card yet
returned a sweater a month ago and still no refund
still waiting on a refund that should have landed already
refnd hasnt appeared, what do i do
the refund for my cancelled purchase is nowhere to be seen
""")
add("banking77", "transaction_charged_twice", """
i got charged twice for the same coffee
there are two identical payments for one purchase
the same transation shows up three times
why was i billed twice at the petrol station
one order, two charges. please fix
a payment seems to be listed in error, it's a copy of yesterday's one
my card was charged several times for one meal
duplicate charge from uber on my acount
i paid once but it went through twice
the hotel took the payment two times
i see double charges for my grocery shop
charged 2x for a single purchase, can you reverse one of them
same amount taken from my card twice in a row
why is there a repeated payment for the same thing
the cashier ran my card twice by mistake
i was charged multiple times for one online order
there's a dupliacte transaction on my statement
my payment went through twice and now my bill is way too high
""")
add("banking77", "card_payment_not_recognised", """
i don't recall this payment
there's a payment on my account i don't remember making
what is this charge from acme ltd, i've never shopped there
i don't recognise a card payment from last teusday
can you tell me what this transaction is, no idea what it's for
there's a purchase on my statement i can't place
i have a charge that i dont remember agreeing to
payment to a company i've never even heard of
what's this payment to paypal *xyz, i can't work out what it was
unknown transaction on my card, can you explain it
i didn't make this purchase at tesco
there's a card payment i don't know anything about
a payment shows up that i don't recognize
who is sq *bluebird and why did they take money from me
i cant remember buying anything from this shop
theres a payment i dont reconise from the weekend
found a transaction on my account i don't remember at all
i need info about a payment i dont recall making
""")
add("banking77", "extra_charge_on_statement", """
there's an extra fee on my statement i dont understand
i was charged more than the price at the till
the wrong amount was charged, receipt says 20 but my card says 45
why is there an additional charge on my statement this month
i cancelled my purchase but i'm still being charged for it
what is this extra charge of 3 pounds
the amount on my statement is higher than what i actually paid
i see a mystery fee on my last statemnet
cancelled the order before it shipped, why was my card still charged
there's a charge i wasn't expecting on my statement
merchant charged me a different amount than we agreed
i got charged extra for something and don't know why
they added a tip i never agreed to, i was overcharged
my statement has an extra charge from the hotel after i checked out
why did i get charged more than i should have
theres an unexpected charge on my statment
the price was 80 but my statement shows 95, what's going on
""")

# ======================= fraud_report =======================
add("clinc150", "report_fraud", """
i need to report some bogus charges on my card
there are charges from a store called zylo tech that aren't mine
some shady transactions showed up on my account and i want to report them
weird charges from bestbuy.com on my card, i never made them
report fraud on my amex
i think there's fraudulent activity on my account
these messed up charges from a gaming site are not mine
i have charges on my card that i didn't make
how do i report a fraudulent transaction
someone made purchaces with my card in another state
there's a bunch of charges from walmart i definitely didn't make
i want to flag fraud on my credit card
unauthorized charges on my card, help
this charge from steam games is not mine and looks dodgy
my statement has a few fishy charges from overseas
i'd like to report fraud
noticed some strange charges i never made at a gas station in ohio
report suspicious activity on my card please
somebody's been charging stuff to my card, it's not me
there are bogus purchases from an online casino on my account
fraudulant charges on my card what do i do
i'm seeing weird transactions from apple.com/bill that i didn't authorize
these charges are not mine, please report them as fraud
i need to tell you about fraud on my account
charges i never approved from a hotel in miami
a charge from quickmart 44 isn't mine, looks shady
someone's been racking up charges on my card
how can i report a fradulent charge
got a text about a purchase i never made, there's fraud on my card
""")
add("banking77", "compromised_card", """
someone is using my card without permission
i think my card details got stolen online
my card has been compromised, what do i do
i think somebody cloned my card??
my card info was leaked in a data breach
a person i know used my card behind my back
i believe my card number was hacked
somebody else has my card details and is spending with them
i suspect my card is compromised after using it on a sketchy website
my ex used my card without asking
i think a skimmer at the pump got my card
someone has been using my card, please block it
my card might be compromised, can you freeze it
someone got hold of my card number
i got phished and typed my card info into a fake site
my card's been used by someone else i think
i have reason to believe my card is compromised
a stranger is making payments with my card
card got hacked, what should i do
my flatmate has been using my card
i think someone copied my card at a restaurant
somone is using my credit card details
is my card compromised? i got alerts for stuff i didnt buy
""")

# ======================= card_replacement =======================
add("clinc150", "damaged_card", """
my card is frayed at the edges and won't swipe
the dog chewed my card, i need a new one
my card got demagnatized, can you send another
my card is bent and the machines reject it
card snapped in half in my wallet
the chip on my card is scratched and doesn't work anymore
i put my card through the washing machine and now it's ruined
my card is cracked, please replace it
the magnetic strip is totally worn out
my puppy gnawed on my amex, need a replacement
my card warped from sitting on the dashboard in the sun
my card's broken, how do i get another
the numbers have rubbed off my card
my card is damaged, can i have a new one
the chip fell out of my crd
my kid cut my card up with scissors
card got soaked and now it doesnt work
my card is peeling and the strip is damaged
how do i replace a damged card
i need a new card, mine is all warped
card got stepped on and snapped, need another one
""")
add("banking77", "lost_or_stolen_card", """
my wallet was stolen with my card in it
someone stole my bag and my card was inside
i lost my card yesterday
my card got stolen at the train station
i can't find my card anywhere, i think i lost it
my purse was snatched, card included, what now
lost my card on holiday, how do i get a new one
my card was stolen, please block it and send a new one
i left my card at a bar and now it's gone
got pickpockted and they took my card
my card is missing, please cancel it and send a replacement
stolen card, need a new one asap
my card went missing after someone broke into my car
help my card was stolen
i misplaced my card, what do i do
lost my card. can you freeze it and get me a replacement
i've lost my crad
""")
add("clinc150", "report_lost_card", """
i need to report my card lost
can you help me locate my card
i can't locate my amex
report a lost credit card
my card is lost, i need to let you know
i don't know where my card went, i want to report it
i lost my american express card
how do i report my card as missing
please mark my card as lost
i'd like to report that my card was stolen
i cant find my credit card, report it lost plz
""")
add("clinc150", "replacement_card_duration", """
how long does a replacement card take to get here
my replacement card still hasn't arrived, how long does it usually take
when will my new card arrive after i reported it lost
how many days untill i get a replacement card
what's the wait for a new card if mine is damaged
how quickly can you get me a replacement card
how long til the replacment card comes in the mail
""")
add("banking77", "card_about_to_expire", """
my card expires next month, how do i get a new one
my card is about to expier
will you send me a new card automatically before mine expires
card expiring soon, need a replacement
what happens when my card runs out, it expires in a week
do i need to order a new card before the expiry date
my card is nearly expired what should i do
""")

# ======================= card_lock =======================
add("clinc150", "freeze_account", """
freeze my account
please put a freeze on my card
i want to block my account right away
can you pause my card for now
lock my account imediately
i need to freeze my card, i don't trust what's going on
block all transactions on my account
temporarily freeze my credit card
put a hold on my account please
stop any payments on my card, freeze it
how do i freeze my account
i want my card blocked
suspend my account for the time being
freze my account now
can you block my card so nothing goes through
lock down my card please
please freeze my amex so nothing can be charged
""")

# ======================= billing_payment (CLINC, card/generic bill rows only) =======================
add("clinc150", "pay_bill", """
pay my credit card bill
i want to pay my bill
can you pay the amex bill from my checking
make a payment on my card
pay off the card bill today
i'd like to pay my visa bill
use my savings to pay the bill
pay the whole bill please
pay my cc bill
i need to pay my credit card
set up a payment for my bill
""")
add("clinc150", "bill_due", """
when is my bill due
what day is my card payment due
when's the due date on my amex
when do i have to pay my bill by
is my bill due this week
due date for my credit card bill?
when's my next bill due
wehn is my bill due
""")
add("clinc150", "bill_balance", """
how much do i owe on my card
what's my bill right now
what's the balance on my credit card bill
how much is my bill this mnth
what do i owe on my amex rn
tell me my current bill
whats the total of my bill
""")
add("clinc150", "min_payment", """
what's the minimum payment on my card
what's my minimum payment
how little can i pay on my bill this month
minimum i need to pay on my credit card
lowest amount i can pay on the bill
what's the minimun due on my card
""")

# ======================= rewards =======================
add("clinc150", "redeem_rewards", """
how do i redeam my points
i want to use my reward points for a gift card
can i cash in my points for a statement credit
use my points to book a flight
what can i get with my rewards
redeem my membership rewards
how do i turn my points into cash
cash out my rewards
""")
add("clinc150", "rewards_balance", """
how many points do i have
what's my rewards balance
check my points
how many reward points have i earned
points balance please
how much are my points worth right now
how many pionts do i have on my card
do i have enough points for anything yet
""")

# ======================= account_change =======================
add("banking77", "edit_personal_details", """
i need to updte my address
i moved, how do i change my address
can i change the name on my account, i got married
update my personal details
my last name changed and i need to fix it
how do i edit my details in the app
change my mailing address please
i want to correct a typo in my name
how can i update my personal info
my address is wrong on my account
new address, please update it
can i change my details online
need to change my surname after my divorce
where can i edit my personal information
how do i chnage my adress
i've moved house, can you update my details
""")

# ======================= credit_review =======================
add("clinc150", "credit_limit", """
what's my credit limit
how much credit do i have in total
what's the limit on my card
tell me my spending limit
how high is my credit line
""")
add("clinc150", "credit_limit_change", """
can i get a higher credit limit
i'd like to increase my limit
raise my credit limt please
is it possible to bump up my card limit
request a credit line increase
can you lower my credit limit
how do i get my limit raised
i want a limit increse
""")
add("clinc150", "apr", """
what's my apr
what's the annual percentage rate on my card
what's the apr on my amex
tell me my card's apr
how much is my apr right now
is my apr going up
what is the apr for purchases on my card
whats my card apr
""")

# ======================= travel =======================
add("clinc150", "travel_notification", """
i'm going to japan next week, letting you know so my card works
heading to mexcio from the 3rd to the 10th
i want to set a travel notice
let the bank know i'll be in france in june
i'll be traveling to canada, don't block my card
going abroad soon and need to tell you
add a travel notification for italy
i'm visiting family in india for a month
please note i'll be using my card in spain next week
i'm off to thailand tomorrow, make sure my payments go through
set a travel notice: germany march 5 to 12
tell amex i'm going to brazil
i'll be out of the country next month
notify you about my trip to peru
going to london for work, dont freeze my card
how do i let you know im travleing
""")

# ======================= agent_request (README extra sources) =======================
add("bitext", "contact_human_agent", """
can i talk to a real person
get me a human please
i want to speak with an agent
how do i reach a live person
this bot isn't helping, connect me to a rep
let me talk to a represenative
i need a live agent
put me through to a person
is there an actual human i can chat with
i'd like to speak to someone, not a bot
how can i get an agent on the line
i need help from a human being
connect me with somebody who works there
i wanna talk to an actual persn
""")
add("nlupp", "handoff", """
could i speak to a manager please
can someone from your team call me back
transfer me to a human agent
i would rather talk to someone directly
""")

# ======================= out_of_scope =======================
# CLINC oos style (incl. near-domain finance that passes the finance guard)
add("clinc150", "oos", """
what's a good mortgage rate right now
how do i open a roth ira
how do i file for bankrupcy
who founded jp morgan
how's the dow doing today
is bitcoin worth getting into
what does a financial advisor actually do
how do i work out my net worth
how tall is mount everest
can you recommend a good book
how do i get rid of hiccups
how do i fix a leaky faucet
what's the longest river in the world
can you help me write a cover letter
""")
# near-domain bank products (README: NLU++ banking rows, kept as out_of_scope)
add("nlupp", "mortgage", """
how do i aply for a mortgage with you
can i switch my mortgage to a fixed rate
i want to overpay my mortgage this year, is that allowed
what documents do i need for a mortgage application
""")
add("nlupp", "loan", """
i'd like to take out a personal loan
how long does a loan application take to get approved
can i pay off my loan early
what's the interest on a loan of 5000
""")
add("nlupp", "savings", """
i want to open a savings account
what interest rate does the savings account give
how do i close my savings account
can i move money from savings into my current account
""")
add("nlupp", "current", """
how do i open a current account
i need to close my current account
can i get a joint current account with my partner
""")
add("nlupp", "overdraft", """
can i increase my overdraft
how do i apply for an arranged overdraft
i want to cancel my overdraft
""")
add("nlupp", "cheque", """
how do i order a new cheque book
how long does it take for a cheqe to clear
i need to cancel a cheque i wrote
""")
add("nlupp", "standing_order", """
how do i set up a standing order
i want to cancel a standing order to my landlord
can i change the date of my standing order
""")
add("nlupp", "appointment", """
i'd like to book an appointment at my local branch
can i make an appointment to talk about a mortgage
""")
# other CLINC domains listed in mapping.yaml
add("clinc150", "weather", """
is it going to rain tomorrow
whats the wether like this weekend
""")
add("clinc150", "flip_coin", "flip a coin for me")
add("clinc150", "spelling", "how do you spell necessary")
add("clinc150", "definition", "what does ubiquitous mean")
add("clinc150", "calculator", "what's 17 times 23")
add("clinc150", "time", "what time is it in tokyo")
add("clinc150", "recipe", "how do i make lasagna")
add("clinc150", "ingredient_substitution", "what can i use instead of eggs in brownies")
add("clinc150", "meal_suggestion", "what should i make for dinner tonight")
add("clinc150", "tire_pressure", "what should my tire pressure be")
add("clinc150", "reminder", "remind me to call mom at 5")
add("clinc150", "tell_joke", "tell me a joke")
add("clinc150", "meaning_of_life", "what is the meaning of life")
add("clinc150", "what_are_your_hobbies", "what do you do for fun")
add("clinc150", "pto_request", "i want to request friday off work")

# ---------------------------------------------------------------- unmapped probes (NO gold label)
UNMAPPED = [
    ("banking77", "declined_card_payment", "my payment was declined at the supermarket, why"),
    ("banking77", "declined_card_payment", "why does my card keep getting declined online"),
    ("clinc150", "card_declined", "why was my card declined"),
    ("clinc150", "account_blocked", "why is my card blocked"),
    ("clinc150", "account_blocked", "my account got frozen and i dont know why"),
    ("banking77", "pin_blocked", "i entered the wrong pin too many times and now it's blocked"),
    ("banking77", "cash_withdrawal_not_recognised", "there's a cash withdrawal i didn't make"),
    ("banking77", "cash_withdrawal_not_recognised", "i don't recognise an atm withdrawal from friday"),
    ("banking77", "reverted_card_payment?", "my card payment got reverted, what does that mean"),
    ("banking77", "reverted_card_payment?", "a payment i made was returned to me, why"),
    ("banking77", "card_arrival", "my card still hasn't arrived"),
    ("banking77", "card_delivery_estimate", "when will my card be delivered"),
    ("banking77", "card_not_working", "my card stopped working, the chip won't read"),
    ("banking77", "card_swallowed", "the atm ate my card"),
    ("banking77", "card_payment_fee_charged", "why was i charged a fee for paying by card"),
    ("banking77", "pending_card_payment", "a payment has been pending for days"),
    ("banking77", "getting_spare_card", "can i get an extra card for my wife"),
    ("banking77", "terminate_account", "i want to close my account"),
    ("clinc150", "transactions", "show me my last five transactions"),
    ("clinc150", "international_fees", "do you charge fees for using my card abroad"),
    ("clinc150", "new_card", "i want to apply for a new credit card"),
    ("clinc150", "expiration_date", "when does my card expire"),
]


def main():
    rows, seen = [], set()
    for ds, intent, texts in R:
        label = MAP[ds][intent]
        for t in texts:
            key = re.sub(r"[^a-z0-9 ]", "", t.lower())
            key = " ".join(key.split())
            assert key not in seen, "duplicate: " + t
            seen.add(key)
            if ds == "clinc150" and intent in ("pay_bill", "bill_due", "bill_balance", "min_payment"):
                assert card_bill_ok(t), "card-bill filter would drop: " + t
            if label == "out_of_scope" and ds == "clinc150":
                assert not FIN_GUARD.search(t), "finance guard would drop: " + t
            if label == "out_of_scope" and ds == "nlupp":
                assert not re.search(r"\bcards?\b", t, I), "nlupp oos with card word: " + t
                if intent not in ("mortgage", "loan"):
                    assert not NLUPP_DROP.search(t), "nlupp oos filter would drop: " + t
                assert len(t.split()) >= 4, t
            if intent == "card_payment_not_recognised":
                assert "fraud" not in t.lower(), t  # mapping: explicit 'fraud' stays fraud_report
            rows.append({"text": t, "label": label, "source": "mprobe6:%s:%s" % (ds, intent)})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT_UNMAPPED, "w", encoding="utf-8") as f:
        for ds, intent, t in UNMAPPED:
            key = " ".join(re.sub(r"[^a-z0-9 ]", "", t.lower()).split())
            assert key not in seen, "duplicate: " + t
            seen.add(key)
            f.write(json.dumps({"text": t, "label": None, "source": "mprobe6:%s:%s" % (ds, intent),
                                "note": "unmapped in mapping.yaml (dropped); no gold label"}) + "\n")
    counts = {}
    for r in rows:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print(len(rows), "rows ->", OUT)
    for k in sorted(counts):
        print("  %-18s %d" % (k, counts[k]))
    print(len(UNMAPPED), "unmapped probes ->", OUT_UNMAPPED)


if __name__ == "__main__":
    main()
