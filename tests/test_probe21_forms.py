"""Forms left open by the twentieth conversation probe and the ones the twenty-first and
twenty-second found, on their account files (kept in tests/data/accounts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
ACCOUNTS = Path(__file__).parent / "data" / "accounts"


def test_was_it_on_time_asks_about_the_payment_just_told():
    """ "was it on time?" after the $140.00 payment of November 27 was told: that payment, made five
    days after its statement's November 22 due date with nothing paid before it, was late."""
    convo = Conversation(account=ACCOUNTS / "priya_bell.yaml", now=NOW)
    convo.say("4410 78704")
    convo.say("did my payment go through").expect(contains="$500.00")
    convo.say("and the one from last week?").expect(contains="$140.00 on November 27, 2026 has posted")
    reply = convo.say("was it on time?")
    reply.expect(intent="payment_on_time", contains=["came 5 days after the due date of November 22, 2026", "nothing had been paid"])


def test_a_payment_made_by_its_due_date_was_on_time():
    convo = Conversation(account=ACCOUNTS / "priya_bell.yaml", now=NOW)
    convo.say("4410 78704")
    reply = convo.say("was my last payment on time")
    reply.expect(intent="payment_on_time", contains=["so it was on time", "$500.00 on December 2, 2026", "due date of December 23, 2026"])


def test_a_late_payment_is_no_late_payment_when_the_minimum_was_already_met(tmp_path: Path):
    """$50 by the November 14 due date met the $40 minimum: the $200 of November 20 came after it,
    but the account was not late."""
    alex = (ACCOUNTS / "alex.yaml").read_text(encoding="utf-8")
    account = tmp_path / "alex_paid_twice.yaml"
    account.write_text(
        alex.replace(
            "  - {date: 2026-11-12, amount: 1530.12}", "  - {date: 2026-11-10, amount: 50.00}\n  - {date: 2026-11-20, amount: 200.00}"
        ),
        encoding="utf-8",
    )
    convo = Conversation(account=account, now=NOW)
    convo.say("2001 94105")
    reply = convo.say("was the $200 one late")
    reply.expect(
        intent="payment_on_time", contains=["6 days after the due date of November 14, 2026", "$50.00 had already been paid", "not late"]
    )


def test_when_autopay_takes_the_next_payment_and_how_much():
    """ "how much will it take out" / "and when does it come out": the payment on its way today,
    for the statement due today, not the AutoPay settings again."""
    convo = Conversation(account=ACCOUNTS / "dorothy.yaml", now=NOW)
    convo.say("is my automatic payment still turned on?")
    convo.say("my card ends in 7749 and my zip code is 33432")
    reply = convo.say("how much will it take out")
    reply.expect(intent="autopay_next_payment", contains=["$1,602.40", "on its way", "December 3, 2026 (today)"])
    convo.say("and when does it come out").expect(intent="autopay_next_payment")


def test_autopay_off_says_nothing_is_taken_and_what_is_due():
    convo = Conversation(account=ACCOUNTS / "alex.yaml", now=NOW)
    convo.say("2001 94105")
    reply = convo.say("when will autopay pay")
    reply.expect(intent="autopay_next_payment", contains=["AutoPay is off", "$2,210.40", "$45.00"])


def test_an_account_taken_over_goes_to_the_fraud_team_not_a_person_for_a_scam():
    """ "a text about a password reset i didnt ask for. please help": no message asking for a secret
    (a scam) and no plain request for a person, but someone changing the login: the fraud team."""
    convo = Conversation(account=ACCOUNTS / "priya_nair.yaml", now=NOW)
    reply = convo.say("someone changed my email on my account and i got a text about a password reset i didnt ask for. please help")
    reply.expect(intent="compromised_card")
    reply = convo.say("4021 60614")
    reply.expect(contains=["account takeover", "fraud team"])


def test_which_statements_am_i_getting_is_answered_and_another_change_is_no_yes():
    convo = Conversation(account=ACCOUNTS / "priya_nair.yaml", now=NOW)
    convo.say("4021 60614")
    convo.say("am i getting paper statements or email ones").expect(intent="statement_delivery", contains="Your statements are paperless")
    reply = convo.say("can you switch my alerts to email instead of texts")
    reply.expect(contains="alerts by e-mail")
    convo.say("yes").expect(contains="alerts by e-mail")
    assert convo.state.account.preferences.statements == "paperless"


def test_a_new_street_address_for_a_replacement_changes_the_address_then_sends_the_card_there():
    """ "wait send it to my new place, 2840 Larimer St ..., not portland": the other card was picked
    (its charge at HOME DEPOT DENVER) and the card ordered to the old address."""
    convo = Conversation(account=ACCOUNTS / "haruto.yaml", now=NOW)
    convo.say("my gold card is cracked in half from the move, can I get a new one")
    convo.say("5012 97214").expect(contains="Gold Card ending 5012")
    reply = convo.say("wait send it to my new place, 2840 Larimer St Apt 407 Denver CO 80205, not portland")
    reply.expect(contains=["update that first", "2840 Larimer St"])
    assert "Green Card" not in reply
    convo.say("yes").approve().expect(contains=["mailing address is now 2840 Larimer St", "Back to where we were", "2840 Larimer St"])
    reply = convo.say("yes")
    reply.expect(contains=["Gold Card ending 5012", "on its way to 2840 Larimer St"])


def test_goods_that_arrived_damaged_are_a_dispute_not_a_damaged_card():
    convo = Conversation(account=ACCOUNTS / "daniel.yaml", now=NOW)
    reply = convo.say("the dining table from crate and barrel came with a cracked leg and they won't take it back")
    reply.expect(intent="item_damaged")
    reply = convo.say("4417 78704")
    assert "new card" not in reply.lower() and "replacement" not in reply.lower()


def test_a_card_stolen_in_the_middle_of_a_dispute_is_locked_and_the_dispute_comes_back():
    """ "wait actually my green card just got stolen" at "shall I open a case?": read as the reason
    "you didn't make the charge", the yes filed a fraud claim on a charge the customer made."""
    convo = Conversation(account=ACCOUNTS / "daniel.yaml", now=NOW)
    convo.say("4417 78704")
    convo.say("i want to dispute the ikea charge from september, half the stuff was missing")
    reply = convo.say("wait actually my green card just got stolen out of my car")
    reply.expect(contains="locked your Green Card ending 2290")
    assert "didn't make or allow" not in reply
    reply = convo.say("yes send a replacement")
    reply.expect(contains=["on its way", "Back to where we were"])


def test_a_work_address_for_a_replacement_is_no_address_change():
    convo = Conversation(account=ACCOUNTS / "daniel.yaml", now=NOW)
    convo.say("lost my wallet at zilker park, my green card was in it")
    convo.say("4417 78704")
    reply = convo.say("actually can you send it to my work instead, 500 W 2nd St Austin TX 78701")
    assert "update that first" not in reply and "on its way" not in reply
    reply.expect(contains="only send a card to your address on file")
    convo.say("ok then just send them home").expect(contains="on its way to 1610 South Congress Avenue")


def test_an_amount_after_a_date_is_no_year():
    """ "shamrock foods charged me twice on oct 22, 1420 each": 1420 was read as the year."""
    convo = Conversation(account=ACCOUNTS / "ortega.yaml", now=NOW)
    convo.say("6002 87102")
    reply = convo.say("shamrock foods charged me twice on oct 22, 1420 each")
    reply.expect(contains=["$1,420.00 at SHAMROCK FOODS on October 22, 2026", "charged twice"])


@pytest.mark.parametrize("text", ["hold on let me flip the card", "hold on, maybe tomas made it, let me check"])
def test_a_pause_starts_no_lock(text):
    convo = Conversation(account=ACCOUNTS / "ortega.yaml", now=NOW)
    convo.say("6002 87102")
    reply = convo.say(text)
    assert "Shall I lock" not in reply and "Which card" not in reply, reply


def test_which_card_did_it_go_to_reads_the_answer_before_a_question_not_understood():
    convo = Conversation(account=ACCOUNTS / "daniel.yaml", now=NOW)
    convo.say("4425 78704")
    convo.say("i returned my zara order and never got the refund").expect(contains="card ending 4425")
    convo.say("when did it come?")
    convo.say("which card did it go to").expect(contains="Additional Card ending 4425, Priya Okafor's card")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("helo wat is my balanse", "account_balance"),
        ("wen is it dew", "payment_due_date"),
        ("lok my grean card", "lock_card"),
        ("what did you just do, in short?", "case_reference"),
        ("do I still need to pay the 749 in the meantime", "dispute_pay_meanwhile"),
        ("bump the limit to 35k", "credit_limit_increase"),
        ("wat r my pts", "points_balance"),
        ("what's the last charge on my account", "recent_transactions"),
        ("what number do you have on file now", "phone_on_file"),
    ],
)
def test_these_forms_reach_their_intent(text, intent):
    convo = Conversation(account=ACCOUNTS / "daniel.yaml", now=NOW)
    convo.say(text).expect(intent=intent)


def test_a_follow_up_scored_as_a_mortgage_gets_the_general_answer_not_a_mortgage_one():
    convo = Conversation(account=ACCOUNTS / "ortega.yaml", now=NOW)
    reply = convo.say("how many left")
    assert "mortgage" not in reply.lower() and "savings" not in reply.lower() and "checking" not in reply.lower(), reply


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I get paper statements and the November one never came in the mail", "statement_not_received"),
        ("my statement never arrived", "statement_not_received"),
        ("what's my address on file, just to check", "address_on_file"),
        ("the address on file is fine", "address_is_fine"),
        ("ok whatever. how much do I need to pay today", "minimum_payment"),
        ("what else is pending", "recent_transactions"),
        ("when will it drop off", "pending_charge"),
    ],
)
def test_the_twenty_second_probes_questions_reach_their_intent(text, intent):
    convo = Conversation(account=ACCOUNTS / "peggy.yaml", now=NOW)
    convo.say(text).expect(intent=intent)


def test_a_paper_statement_that_never_came_names_the_address_it_goes_to_and_mailing_it_again():
    convo = Conversation(account=ACCOUNTS / "peggy.yaml", now=NOW)
    convo.say("I get paper statements and the November one never came in the mail")
    account = convo.state.account
    reply = convo.say(f"{account.cards[0].last_four} {account.zip}")
    reply.expect(contains=[account.mailing_address, "download the PDF"])
    assert "already set to paper statements" not in reply


def test_an_expiry_date_with_a_card_number_is_no_date_of_a_statement():
    """ "card 3714... cvv 8215 exp 09/29, can you tell me my balance": 09/29 picked the statement of
    September 29 (an older one, paid) for the balance."""
    convo = Conversation(account=ACCOUNTS / "haruto.yaml", now=NOW)
    convo.say("card 371449635398431 cvv 8215 exp 09/29, can you tell me my balance").expect(refused=("card_number", "security_code"))
    reply = convo.say("5012, zip 97214")
    reply.expect(contains="closed on November 15, 2026")


def test_a_merchant_joined_by_an_ampersand_and_a_bare_amount_find_the_charge():
    convo = Conversation(account=ACCOUNTS / "marisol.yaml", now=NOW)
    convo.say("9184 78704")
    reply = convo.say("I ordered a lens from B&H weeks ago and it never showed up")
    reply.expect(contains="$329.00 at B&H PHOTO VIDEO")


def test_a_bare_amount_answers_which_charge_it_is():
    convo = Conversation(account=ACCOUNTS / "marisol.yaml", now=NOW)
    convo.say("9184 78704")
    convo.say("a lens I ordered never showed up").expect(contains="Which charge is it?")
    convo.say("yeah that's the one, 329").expect(contains="$329.00 at B&H PHOTO VIDEO")


def test_a_foreign_transaction_fee_complained_of_is_listed_from_the_account():
    convo = Conversation(account=ACCOUNTS / "priya_nair.yaml", now=NOW)
    convo.say("I got charged a foreign transaction fee?? I thought the Platinum didn't have those").expect(intent="fees_charged")
    convo.say("last four 4021 and zip 60614").expect(contains="Foreign transaction fee: $0.77 on November 6, 2026")
    convo.say("can you take it off")
    convo.say("ok thanks, that's it").expect(intent="goodbye")


def test_a_hold_the_merchant_put_on_is_no_lock():
    convo = Conversation(account=ACCOUNTS / "priya_nair.yaml", now=NOW)
    convo.say("4021 60614")
    reply = convo.say("I don't know, I think they put it on as a hold?")
    assert "Shall I lock" not in reply, reply


def test_the_limit_and_the_interest_rate_asked_together_are_both_answered():
    convo = Conversation(account=ACCOUNTS / "priya_nair.yaml", now=NOW)
    convo.say("4021 60614")
    reply = convo.say("whats my credit limit and my interest rate")
    reply.expect(contains=["credit limit is $25,000.00", "APR is 21.24%"])


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("we paid 500 last month, did that go in?", "payment_status"),
        ("ok can you turn autopay on, full statement balance", "autopay"),
        ("can you bump the limit to 35k, I have a big trip coming", "credit_limit_increase"),
    ],
)
def test_the_twenty_first_probes_requests_reach_their_intent(text, intent):
    convo = Conversation(account=ACCOUNTS / "chinedu.yaml", now=NOW)
    convo.say(text).expect(intent=intent)


def test_two_requests_after_a_preamble_and_the_details_are_both_taken_up():
    """ "quick, I'm in the middle of service. 6002 87102. lock the platinum and whats my balance":
    the lock had been dropped (the split was made at the preamble's full stop)."""
    convo = Conversation(account=ACCOUNTS / "ortega.yaml", now=NOW)
    reply = convo.say("quick, I'm in the middle of service. 6002 87102. lock the platinum and whats my balance")
    reply.expect(contains=["you're verified", "Your current balance is", "Shall I lock your Business Platinum Card ending 6010?"])
