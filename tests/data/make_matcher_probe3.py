# Blind probe set v3 for the amexsim intent matcher. Hand-written messages.
# source = "mprobe3:<kind>" ; kinds: plain, short, slang, typo, merchant, negation, double, human, human_topic, oos_everyday, oos_near
import json, collections
D = {}
def add(label, kind, *msgs):
    for m in msgs:
        D.setdefault((label, kind), []).append(m)

# ---------------- dispute_charge ----------------
add("dispute_charge","plain",
 "i was charged twice for the same dinner",
 "how do i dispute a charge on my statement",
 "the store said they refunded me 2 weeks ago but i still dont see it",
 "i returned the shoes and never got my money back",
 "merchant overcharged me, bill said 45 but they took 54",
 "i cancelled a subscription and they still billed me this month",
 "want to open a dispute for a purchase that never arrived",
 "how long does a chargeback take",
 "the hotel charged me for a night i didnt stay",
 "can i contest a payment i made to a seller who scammed me, item never came")
add("dispute_charge","merchant",
 "amazon charged me for an order that was cancelled",
 "netflix billed me twice this month",
 "uber charged me 80 bucks for a 10 min ride, want to dispute it",
 "delta cancelled my flight and wont refund, can you help get my money back",
 "spotify keeps charging me after i cancelled premium",
 "doordash order never showed up and they wont refund",
 "got double charged at costco gas",
 "airbnb host cancelled but the charge is still on my card")
add("dispute_charge","typo",
 "refund still not showin up from walmart",
 "i got charg twice pls fix",
 "disput a tranaction")
add("dispute_charge","short",
 "dispute charge", "duplicate charge", "refund missing")
add("dispute_charge","slang",
 "yo this restaurant double dipped on my card smh",
 "got scammed by an etsy seller, stuff never came, need my $$ back")
add("dispute_charge","negation",
 "its not fraud, i made the purchase, the merchant just never sent the item",
 "i dont want to cancel my card, i just want to dispute one charge from best buy",
 "not reporting stolen card or anything, the gym just charged me after i cancelled my membership")
add("dispute_charge","double",
 "hi, hope ur well. the airline charged me twice for my bag fee, can i get that reversed",
 "thanks for the help yesterday! now theres a charge from apple i was billed for twice")

# ---------------- fraud_report ----------------
add("fraud_report","plain",
 "there are purchases on my card i definitely didnt make",
 "someone stole my card number and is using it online",
 "i think my card got skimmed at a gas station",
 "i got a text saying my card was used in another state but im home",
 "someone hacked my account and made purchases",
 "my wallet was stolen and theres already charges on it",
 "i need to report fraudulent activity",
 "i clicked a phishing link and entered my card details",
 "my card details were in a data breach",
 "there are a bunch of small charges i never authorized")
add("fraud_report","merchant",
 "theres a charge from a casino in vegas and ive never been there",
 "someone used my card on steam, i dont even game",
 "unknown charges from a shein order i never placed, someone has my card",
 "random apple.com charges, someone must have my card info")
add("fraud_report","typo",
 "someone used my card without permision",
 "fraudulant charges on my acount",
 "i think im a victim of identiy theft")
add("fraud_report","short",
 "fraud", "report fraud", "unauthorized charges", "card compromised")
add("fraud_report","slang",
 "some rando is using my card wtf",
 "bro someone jacked my card info and went shopping")
add("fraud_report","negation",
 "i never made these purchases, someone else must have my number",
 "this isnt a billing mistake, these charges are straight up fraud",
 "i didnt authorize any of these transactions from overseas")
add("fraud_report","double",
 "ugh what a day. anyway, i see charges from a store in brazil i never went to",
 "good morning, got a fraud alert text and none of those purchases are mine")

# ---------------- billing_payment ----------------
add("billing_payment","plain",
 "when is my payment due",
 "how do i pay my bill",
 "whats my current balance",
 "what is the minimum payment this month",
 "can i set up autopay",
 "how much do i owe",
 "i want to make a payment from my checking account",
 "where can i see my latest statement",
 "did my payment go through",
 "can i change my payment due date",
 "how do i turn off automatic payments",
 "i paid late, will i get charged a fee",
 "whats my statement balance vs current balance",
 "can i pay more than the minimum",
 "can i split my payment between two bank accounts",
 "can i schedule a payment for next friday")
add("billing_payment","typo",
 "wen is my bil due",
 "how do i pay my ballance",
 "minimun payment?",
 "setup auto pay plz",
 "i made a paymnet yesterday but it isnt showing")
add("billing_payment","short",
 "pay bill", "balance", "due date", "statement", "autopay", "make a payment")
add("billing_payment","slang",
 "how much am i in the hole on this card lol",
 "gotta pay this thing off before friday, hows that work",
 "wanna knock out my whole balance rn")
add("billing_payment","merchant",
 "can i pay my card bill with venmo or zelle",
 "can i pay my amex bill using apple pay")
add("billing_payment","negation",
 "i dont want to dispute anything, i just want to know how much i owe",
 "not trying to change my address, i need to update the bank account my autopay comes from",
 "i dont need a new card, i just need to pay the balance")
add("billing_payment","double",
 "hey there, quick one, whens my next payment due",
 "thanks! also i want to pay off the full statement balance today")

# ---------------- card_replacement ----------------
add("card_replacement","plain",
 "my card is cracked and wont work in readers",
 "i need a replacement card",
 "my card expires next month, when will the new one come",
 "the chip on my card stopped working",
 "i never received my new card in the mail",
 "i lost my card and need a new one sent",
 "can you send me a new card, the magnetic strip is worn out",
 "how long does it take to get a replacement card",
 "can i get a replacement shipped express, im leaving town",
 "my dog chewed up my card")
add("card_replacement","typo",
 "card broke need a new 1",
 "replacment card pls",
 "where is my new crad, its been 3 weeks")
add("card_replacement","short",
 "new card", "replace card", "damaged card")
add("card_replacement","slang",
 "card snapped in half lmao need another",
 "my card got fried in the washing machine")
add("card_replacement","merchant",
 "my card got eaten by a chase atm, need a new card",
 "the card wont tap at starbucks anymore, the chip looks scratched, can i get a new one")
add("card_replacement","negation",
 "i dont want to cancel the account, i just need a new card since mine is bent",
 "no fraud or anything, the card is just peeling apart, please send a replacement")
add("card_replacement","double",
 "hello! my card melted on my car dashboard, can i get another",
 "sorry to bother you, my replacement card still hasnt shown up")

# ---------------- card_lock ----------------
add("card_lock","plain",
 "how do i freeze my card",
 "lock my card please",
 "i cant find my card, can i temporarily lock it until i look around",
 "unfreeze my card",
 "i found my card, how do i unlock it",
 "can i put a temporary hold on my card",
 "please block my card for now",
 "turn my card back on",
 "is there a way to pause my card without cancelling it")
add("card_lock","typo",
 "how to frezze card",
 "unlcok my card pls",
 "lock my crad")
add("card_lock","short",
 "freeze card", "unlock", "lock card")
add("card_lock","slang",
 "misplaced my card somewhere in the house, can i just turn it off for a bit",
 "kid grabbed my card, need to shut it off asap til i get it back")
add("card_lock","negation",
 "i dont want a new card, i just want to lock it temporarily",
 "dont cancel it, just freeze it for now",
 "i dont need a replacement, found it in my jacket, please unlock it")
add("card_lock","double",
 "hi hi, left my card at a bar last night, can you freeze it while i call them",
 "ok thank you, now can you unfreeze my card")

# ---------------- rewards ----------------
add("rewards","plain",
 "how many points do i have",
 "how do i redeem my membership rewards points",
 "can i transfer points to an airline",
 "how many points do i earn on groceries",
 "can i use points to pay my statement",
 "when do my reward points expire",
 "my points from last months purchase havent posted",
 "whats the best way to use my points",
 "can i use my rewards for gift cards",
 "how much cash back did i get this year")
add("rewards","merchant",
 "can i transfer my points to delta skymiles",
 "do i get extra points at whole foods",
 "can i use my points on amazon",
 "how do i link my points to marriott bonvoy")
add("rewards","typo",
 "how many pionts do i have",
 "redeam rewards",
 "cashbak balance?")
add("rewards","short",
 "points", "my rewards", "redeem points")
add("rewards","slang",
 "how many points am i sittin on",
 "wanna cash in my points for a free flight")
add("rewards","negation",
 "i dont want cash back, i want to convert my points to airline miles")
add("rewards","double",
 "hey, great service as always. how many points do i have")

# ---------------- credit_review ----------------
add("credit_review","plain",
 "can i get a higher credit limit",
 "whats my credit limit",
 "i want to request a credit line increase",
 "how do i raise my spending limit",
 "why did my credit limit get lowered",
 "does a limit increase do a hard pull on my credit",
 "how much available credit do i have",
 "can you lower my credit limit",
 "what would help me get approved for a bigger limit",
 "i got a raise, can you review my credit limit")
add("credit_review","typo",
 "incrase my credit limt",
 "whats my credt limit",
 "higer limit pls")
add("credit_review","short",
 "credit limit", "limit increase", "more credit")
add("credit_review","slang",
 "can yall bump up my limit",
 "my limit is tiny, can i get it raised")
add("credit_review","merchant",
 "i want to buy a macbook at the apple store but my limit is too low, can you raise it")
add("credit_review","negation",
 "i dont want a new card, i just want a higher limit on this one",
 "not asking about my balance, i want to know my total credit line")
add("credit_review","double",
 "happy friday! can my credit limit be increased")

# ---------------- account_change ----------------
add("account_change","plain",
 "i moved, how do i update my address",
 "change my phone number on the account",
 "i need to update my email",
 "i got married and need to change my last name",
 "how do i reset my online password",
 "can i add my wife as an authorized user",
 "update my billing address",
 "i want to change my pin",
 "how do i change my username",
 "remove my son as an authorized user")
add("account_change","typo",
 "chnage my adress",
 "updte phone number",
 "new emial address")
add("account_change","short",
 "change address", "update email", "new phone number")
add("account_change","slang",
 "switched carriers, got a new number, need to update it on here",
 "just moved cribs, need to fix my address")
add("account_change","negation",
 "i dont need a new card mailed, i just need my mailing address changed",
 "not a fraud thing, i just want to change my password")
add("account_change","double",
 "hiya, just moved to denver, whats the way to update my address on file")

# ---------------- travel ----------------
add("travel","plain",
 "im going to italy next week, do i need to tell you",
 "set a travel notice for mexico from june 3 to june 10",
 "will my card work in japan",
 "are there foreign transaction fees on my card",
 "i'll be in london for business next month",
 "let the bank know im traveling to canada",
 "can i use my card in cuba",
 "do i need to notify you before flying to europe",
 "heading to germany and austria in august, please note it on my account",
 "im on vacation in peru and want to make sure my card keeps working")
add("travel","typo",
 "travle notice for france",
 "going abraod soon, will my card work")
add("travel","short",
 "travel notice", "traveling abroad")
add("travel","slang",
 "headed to cancun for spring break, gotta let yall know so my card dont get blocked")
add("travel","negation",
 "i dont want my card frozen while im in spain, how do i let you know im traveling")
add("travel","double",
 "so excited, going to thailand! do i need to set a travel alert")

# ---------------- out_of_scope: everyday ----------------
add("out_of_scope","oos_everyday",
 "whats the weather in chicago tomorrow",
 "how do i make banana bread",
 "tell me a joke",
 "who won the super bowl last year",
 "play some taylor swift",
 "what time is it in tokyo",
 "how many ounces in a cup",
 "set an alarm for 6am",
 "whats a good movie to watch tonight",
 "how do you say thank you in french",
 "what is the capital of australia",
 "how are you today",
 "are you a robot",
 "recommend me a podcast",
 "how long to boil an egg",
 "what should i name my cat",
 "whats 15 percent of 80",
 "traffic on i95 right now",
 "remind me to call mom",
 "how tall is mount everest",
 "good night",
 "whats your favorite color",
 "how do i fix a leaky faucet",
 "lol",
 "what year did the titanic sink",
 "directions to the nearest target")
add("out_of_scope","oos_near",
 "what are current mortgage rates",
 "how do i open a checking account",
 "can you buy some tesla stock for me",
 "whats the price of bitcoin",
 "how do i file my taxes",
 "can i get a car loan",
 "whats the routing number for my savings account",
 "how do i cash a check",
 "should i invest in index funds",
 "how do i open a roth ira",
 "can you help me refinance my house",
 "can i get a personal loan",
 "how do i roll over my 401k",
 "whats the best budgeting app",
 "how do i sign up for paypal",
 "what bank has the best savings interest rate",
 "how do i apply for student loans",
 "how do i get a cashiers check",
 "how do i send money internationally with wise")

# ---------------- requests for a person ----------------
# No dedicated label exists in the label set; pure "get me a human" is labelled out_of_scope.
add("out_of_scope","human",
 "i want to talk to a real person",
 "agent",
 "representative please",
 "can i speak to a human",
 "connect me to customer service",
 "operator",
 "this bot is useless, get me someone real",
 "is there a live agent available",
 "transfer me to a supervisor",
 "can someone call me",
 "i need to speak with a manager",
 "human pls",
 "live chat with a person",
 "whats the phone number for customer support")
# person requests that carry a clear card topic: labelled with the topic
add("dispute_charge","human_topic",
 "let me talk to someone about a charge i want to dispute",
 "i need a human to help me get a refund from a merchant")
add("fraud_report","human_topic",
 "i need to speak to someone right now, there are fraudulent charges on my card",
 "get me an agent, someone stole my card number")
add("billing_payment","human_topic",
 "can i talk to a person about my payment due date")
add("card_replacement","human_topic",
 "put me through to someone about my replacement card that never arrived")
add("credit_review","human_topic",
 "i want to speak with a representative about raising my credit limit")
add("rewards","human_topic",
 "need a real person to help me redeem my points")
add("account_change","human_topic",
 "can a live agent help me change my address")
add("card_lock","human_topic",
 "can i talk to someone to get my card unfrozen")

rows = []
for (label, kind), msgs in D.items():
    for m in msgs:
        # The shared files label a request for a person agent_request (examples_extra.jsonl);
        # the writer, who saw only examples.jsonl, had no such label and wrote out_of_scope.
        label = "agent_request" if kind == "human" else label
        rows.append({"text": m, "label": label, "source": f"mprobe3:{kind}"})
texts = [r["text"].strip().lower() for r in rows]
dups = [t for t, n in collections.Counter(texts).items() if n > 1]
assert not dups, dups
with open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "matcher_probe3.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
print(len(rows))
