"""Questions about the customer's own account and about the chat, answered from the account file
in use (the demo account and a second account file), through the public Conversation API."""

from __future__ import annotations

from pathlib import Path

from amexsim.testing import Conversation

ACCOUNTS = Path(__file__).resolve().parent / "data" / "accounts"
ALEX = ACCOUNTS / "alex.yaml"
CASEY = ACCOUNTS / "casey.yaml"
TAYLOR = ACCOUNTS / "taylor.yaml"  # an annual fee posted, paper statements, a locked card
DEMO_VERIFY = "last 4 is 1005, zip 10285"
ALEX_VERIFY = "last 4 is 2001, zip 94105"
CASEY_VERIFY = "last 4 is 4007, zip 60601"
TAYLOR_VERIFY = "last 4 is 6004, zip 02116"


def verified(account: Path | None, verify: str, now: str = "2026-11-29T10:00") -> Conversation:
    convo = Conversation(now=now, account=account)
    convo.say(verify).expect(outcome="verified")
    return convo


# ----- the chat itself: a summary on request, the assistant's name --------------------------------
def test_summary_please_gives_the_chat_summary():
    convo = verified(ALEX, ALEX_VERIFY)
    convo.say("lock my gold card").say("yes").expect(intent="lock_card")
    convo.say("summary please").expect(intent="case_reference", contains="Locked the Gold Card ending 2001")
    Conversation().say("a recap please").expect(intent="case_reference", contains="Nothing has been done in this chat yet")


def test_the_assistants_name_is_answered_as_what_it_is():
    for question in ("what is your name", "what's your name?", "do you have a name"):
        Conversation().say(question).expect(intent="is_bot", contains="virtual assistant")


# ----- contact details on file: a question answers and offers a change; a request still changes ---
def test_a_question_about_a_contact_detail_answers_it_and_offers_a_change():
    convo = verified(None, DEMO_VERIFY)
    convo.say("what is my address on file").expect(
        intent="address_on_file", contains="200 Vesey Street, Apt 12B, New York, NY 10285. Would you like to change it?"
    )
    convo.say("no").expect(contains="it stays as it is")
    convo.say("what's my email on file?").expect(intent="email_on_file", contains="j.rivera@example.com. Would you like")
    alex = verified(ALEX, ALEX_VERIFY)
    reply = alex.say("what is my phone number on file").expect(intent="phone_on_file", contains="(415) 555-0199")
    assert "new number" not in reply
    alex.say("which email address do you have for me").expect(intent="email_on_file", contains="alex.kim@example.com")
    alex.say("what address do you have for me").expect(contains="1 Market Street, Apt 5, San Francisco, CA 94105")


def test_yes_to_the_offer_starts_the_change_and_a_change_request_starts_it_at_once():
    alex = verified(ALEX, ALEX_VERIFY)
    alex.say("what is my phone number on file").say("yes").expect(intent="change_phone", contains="What's the new number?")
    alex.say("(415) 555-0100").say("yes").approve().expect(contains="your phone number is now (415) 555-0100")
    alex.say("change my address").expect(intent="change_address", contains="What's the new address?")
    Conversation(now="2026-11-29T10:00").say("my email on file is out of date").say(DEMO_VERIFY).expect(
        intent="change_email", contains="What's the new one?"
    )


# ----- the cards on the account, and whether one is locked ---------------------------------------
def test_the_cards_on_the_account_are_listed_with_their_state_and_holders():
    listed = "- Gold Card ending 1005: active\n- Blue Cash Everyday Card ending 3008: active\n"
    listed += "- Additional Card ending 1013 (Sam Rivera, authorized user): active"
    for question in ("what cards do I have", "list my cards", "which cards are on my account"):
        verified(None, DEMO_VERIFY).say(question).expect(intent="list_cards", contains=f"You have 3 cards on this account:\n{listed}")
    taylor = verified(TAYLOR, TAYLOR_VERIFY)
    taylor.say("list my cards").expect(
        contains="- Platinum Card ending 6004: active\n- Hilton Honors Card ending 7118: locked\n"
        "- Additional Card ending 6052 (Robin Brooks, authorized user): active"
    )
    alex = verified(ALEX, ALEX_VERIFY)
    alex.say("lock my blue cash card").say("yes")
    alex.say("list my cards").expect(contains="- Blue Cash Everyday Card ending 3005: locked")


def test_a_named_cards_state_is_said_and_a_lock_or_unlock_only_offered():
    alex = verified(ALEX, ALEX_VERIFY)
    reply = alex.say("is my gold card locked").expect(intent="card_status", contains="Your Gold Card ending 2001 is active, not locked")
    assert reply.endswith("Would you like to lock it?") and alex.state.account.card("2001").status == "active"
    alex.say("yes").expect(contains="Done: your Gold Card ending 2001 is locked")
    alex.say("is my gold card locked").expect(contains="Your Gold Card ending 2001 is locked")
    alex.say("no").expect(contains="leave it as it is")
    assert alex.state.account.card("2001").status == "locked"
    taylor = verified(TAYLOR, TAYLOR_VERIFY)
    taylor.say("is my hilton card locked").expect(contains="Hilton Honors Card ending 7118 is locked").say("yes")
    assert taylor.state.account.card("7118").status == "active"
    taylor.say("is my platinum card locked").expect(contains="Platinum Card ending 6004 is active")
    verified(None, DEMO_VERIFY).say("is my gold card locked").expect(intent="card_status", contains="Gold Card ending 1005 is active")


# ----- fees charged, and the annual fee --------------------------------------------------------------
def test_the_fees_charged_are_listed_from_the_account():
    verified(None, DEMO_VERIFY).say("what fees have I been charged").expect(
        intent="fees_charged", contains="(1 fee):\n- Late fee: $40.00 on November 13, 2026"
    )
    verified(CASEY, CASEY_VERIFY).say("what fees have I been charged").expect(
        contains="- Late fee: $39.00 on April 2, 2026\n- Late fee: $39.00 on December 2, 2025 (credited back)\n"
        "Fees still standing come to $39.00"
    )
    verified(TAYLOR, TAYLOR_VERIFY).say("list the fees on my account").expect(contains="- Annual fee: $695.00 on November 12, 2026")
    verified(ACCOUNTS / "morgan.yaml", "last 4 is 4002, zip 60601").say("what fees have I been charged").expect(
        contains="I don't see any fees charged to your account"
    )


def test_the_annual_fee_question_cites_the_accounts_own_posting():
    verified(TAYLOR, TAYLOR_VERIFY).say("why was I charged an annual fee").expect(
        intent="annual_fee", contains="Your annual fee of $695.00 was charged on November 12, 2026"
    )
    verified(ALEX, ALEX_VERIFY).say("why was I charged an annual fee").expect(contains="I don't see an annual fee charged to your account")


# ----- paperless statements -----------------------------------------------------------------------------
def test_the_statement_setting_is_answered_before_a_switch_is_offered():
    demo = verified(None, DEMO_VERIFY)
    demo.say("am I on paperless statements").expect(
        intent="statement_delivery", contains="Your statements are paperless", matches=r"Would you like paper statements by mail instead\?$"
    )
    demo.say("no").expect(contains="stay as they are")
    assert demo.state.account.preferences.statements == "paperless"
    taylor = verified(TAYLOR, TAYLOR_VERIFY)
    taylor.say("do I get paper statements").expect(contains="Your statements come on paper, by mail to 88 Newbury Street")
    taylor.say("yes").expect(contains="you're set to paperless statements")
    assert taylor.state.account.preferences.statements == "paperless"
    verified(ALEX, ALEX_VERIFY).say("go paperless").expect(intent="communication_preferences")


# ----- benefit credits by name ---------------------------------------------------------------------------
def test_a_benefit_credit_named_by_its_merchant_says_what_is_left_this_month():
    verified(None, DEMO_VERIFY).say("how much of my uber cash is left").expect(
        intent="benefit_credit_left", contains="Your Uber Cash has $6.60 left this month: $3.40 of $10.00 used"
    )
    taylor = verified(TAYLOR, TAYLOR_VERIFY)
    taylor.say("how much is left on my entertainment credit").expect(contains="Digital Entertainment Credit has $2.01 left")
    taylor.say("does netflix count for the credit").expect(
        intent="benefit_credit_left", contains="Here's what's left of each of your benefit credits this month"
    ).expect(contains="- Uber Cash: $0.00 of $15.00 used, $15.00 left this month")
    verified(CASEY, CASEY_VERIFY).say("how much of my uber cash is left").expect(contains="Your Uber Cash has $0.00 left")
    verified(None, DEMO_VERIFY).say("how much credit do I have left").expect(domain="credit_review")
