"""Forms the twentieth black-box conversation probe found, on its own account files (kept in
tests/data/accounts: tyler, dorothy, priya_bell, kenji)."""

from __future__ import annotations

from pathlib import Path

from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
ACCOUNTS = Path(__file__).parent / "data" / "accounts"


def test_a_security_code_corrected_in_the_next_message_is_removed_too():
    """ "the cvv on my card is 7391 right", then "sorry i mean 7319": the second was stored as typed."""
    convo = Conversation(account=ACCOUNTS / "tyler.yaml", now=NOW)
    convo.say("the cvv on my card is 7391 right").expect(refused=("security_code",))
    reply = convo.say("sorry i mean 7319")
    reply.expect(refused=("security_code",))
    assert "7319" not in convo.state.history[-2].text


def test_an_ssn_said_in_words_after_it_was_named_is_removed_and_is_no_failed_verification():
    convo = Conversation(account=ACCOUNTS / "dorothy.yaml", now=NOW)
    convo.say("The lady on the phone said I need to give my social security number to verify")
    reply = convo.say("it is two six three, seven one, four five eight oh")
    reply.expect(refused=("ssn",))
    assert "don't match" not in reply
    assert "seven one" not in convo.state.history[-2].text


def test_a_guess_never_locks_a_card_while_a_charge_is_asked_for():
    """ "when will it post" at "which one is it?" was guessed as a lost card and locked it."""
    convo = Conversation(account=ACCOUNTS / "priya_bell.yaml", now=NOW)
    convo.say("I returned some stuff to office depot, where's my refund")
    convo.say("4410 78704").expect(contains="I can see a refund from OFFICE DEPOT")
    reply = convo.say("when will it post")
    assert "locked" not in reply
    assert all(card.status == "active" for card in convo.state.account.cards if card.last_four in ("4410", "4436"))


def test_a_refund_still_pending_is_found_before_a_charge_is_asked_for():
    convo = Conversation(account=ACCOUNTS / "tyler.yaml", now=NOW)
    convo.say("i returned a textbook to the bookstore, did the refund come through?")
    reply = convo.say("6021 48104")
    reply.expect(contains="a credit of $95.00 is pending on the card ending 6021")
    assert "Which one is it?" not in reply
    convo.say("when will it post").expect(outcome="follow_up", contains="should post within a few days")


def test_details_after_anyway_verify_and_the_question_is_answered():
    convo = Conversation(account=ACCOUNTS / "tyler.yaml", now=NOW)
    reply = convo.say("anyway 6021 48104, is the amazon charge from november on my statement?")
    reply.expect(contains=["you're verified", "AMAZON MARKETPLACE"])


def test_these_requests_reach_their_intent():
    convo = Conversation(account=ACCOUNTS / "tyler.yaml", now=NOW)
    cases = [
        ("I want to set up autopay so I never get a late fee again", "autopay"),
        ("turn on autopay for the minimum payment", "autopay"),
        ("i got a text saying my amex was suspended with a link to log in", "phishing_report"),
        ("i cant log into the app", "online_login_help"),
        ("are there foreign fees on my card?", "foreign_transaction_fees"),
        ("I got a password reset email I didn't ask for and someone changed my phone number", "compromised_card"),
    ]
    for said, intent in cases:
        convo.say(said).expect(intent=intent)


def test_remove_her_card_of_someone_who_left_and_then_lock_it_instead():
    """ "Lena doesn't work for me anymore, please remove her card" was read as a declined card;
    "actually don't remove her, ... just lock her card instead" as nothing."""
    convo = Conversation(account=ACCOUNTS / "priya_bell.yaml", now=NOW)
    convo.say("4410 78704")
    convo.say("Lena Ortiz doesn't work for me anymore, please remove her card").expect(contains="remove Lena Ortiz (card ending 4436)?")
    reply = convo.say("actually don't remove her, she's coming back in january. just lock her card instead")
    reply.expect(contains="Shall I lock your Additional Card ending 4436?")
    convo.say("yes").expect(contains="locked")
    assert [user.name for user in convo.state.account.authorized_users if user.name == "Lena Ortiz"]


def test_a_reason_corrected_at_the_dispute_question_is_the_one_opened():
    """ "wait sorry, it arrived but the screen is cracked" had kept "never received"."""
    convo = Conversation(account=ACCOUNTS / "priya_bell.yaml", now=NOW)
    convo.say("I need to dispute the Best Buy charge for 1899.99, the TV never arrived")
    convo.say("4410 78704").expect(contains="you never received what you paid for")
    convo.say("wait sorry, it arrived but the screen is cracked").expect(contains=["damaged, faulty or not as described", "Shall I open"])
    convo.say("yes").expect(contains="damaged, faulty or not as described")


def test_a_charge_named_by_its_dollars_is_found_without_the_cents():
    convo = Conversation(account=ACCOUNTS / "dorothy.yaml", now=NOW)
    convo.say("7749 33432")
    convo.say("can I use them to pay for my groceries at Publix").expect(contains="Which one is it?")
    convo.say("the 167 one").expect(contains="Covering $167.21 at PUBLIX SUPER MARKET")


def test_a_message_that_ends_with_then_never_mind_opens_nothing():
    convo = Conversation(account=ACCOUNTS / "dorothy.yaml", now=NOW)
    convo.say("7749 33432")
    reply = convo.say("oh wait they refunded it? then never mind")
    reply.expect(intent="deny")
    reply.expect(case=False)


def test_leave_the_card_alone_is_a_no_and_a_supervisor_asked_outright_is_reached():
    convo = Conversation(account=ACCOUNTS / "kenji.yaml", now=NOW)
    convo.say("5512 98121")
    convo.say("lock my platinum card").expect(contains="Shall I lock your Platinum Card ending 5512?")
    convo.say("actually don't, leave the platinum alone").expect(outcome="declined")
    assert next(card for card in convo.state.account.cards if card.last_four == "5512").status == "active"
    convo.say("this is ridiculous, my card keeps getting blocked abroad, I want a supervisor").expect(intent="supervisor")


def test_can_you_do_that_for_another_card_is_the_last_request_again():
    convo = Conversation(account=ACCOUNTS / "priya_bell.yaml", now=NOW)
    convo.say("4410 78704")
    convo.say("the office is closed for the holidays, lock Marcus's card")
    convo.say("yes").expect(contains="locked")
    convo.say("can you do that for Lena's too?").expect(outcome="follow_up", contains="Shall I lock your Additional Card ending 4436")


def test_pieces_of_an_ssn_read_out_at_the_limit_question_never_become_the_amount():
    """ "55" then "9184" after "it's 327" (an SSN read out in pieces) had raised the offer to $25,055:
    two digits of the SSN shown back as money. A bare number at a yes or no is no amount."""
    convo = Conversation(account=ACCOUNTS / "priya_raman.yaml", now=NOW)
    convo.say("1008 60614")
    convo.say("I want a credit limit increase, do you need my social? it's 327")
    for piece in ("55", "9184"):
        reply = convo.say(piece)
        assert "$25,055" not in reply and "$25,0" not in reply.replace("$25,000.00", "")
    reply.expect(refused=("ssn",))


def test_two_answers_asked_with_one_verb_are_both_given():
    convo = Conversation(account=ACCOUNTS / "priya_bell.yaml", now=NOW)
    convo.say("4410 78704")
    reply = convo.say("what's my credit limit and my APR?")
    reply.expect(contains=["credit limit", "APR"])


def test_yes_lock_it_after_login_advice_locks_the_card_not_the_password():
    convo = Conversation(account=ACCOUNTS / "tyler.yaml", now=NOW)
    convo.say("i got a text saying my amex was suspended with a link to log in").expect(intent="phishing_report")
    convo.say("i clicked it and typed in my login info :(").expect(refused=())
    convo.say("6021 48104")
    convo.say("yes lock it").expect(contains="Shall I lock your Blue Cash Everyday Card ending 6021?")


def test_text_speak_is_read():
    convo = Conversation(account=ACCOUNTS / "tyler.yaml", now=NOW)
    convo.say("6021 48104")
    convo.say("kool can u tel me my due dt").expect(intent="payment_due_date")


def test_another_benefit_credit_named_after_one_is_that_credit():
    """ "and the wireless one?" after the Dell credit had fallen back."""
    convo = Conversation(account=ACCOUNTS / "priya_bell.yaml", now=NOW)
    convo.say("4410 78704")
    convo.say("how much of my dell credit is left this month").expect(contains="Dell Technologies Credit")
    convo.say("and the wireless one?").expect(outcome="follow_up", contains="Your Wireless Credit has $0.00 left")


def test_a_charge_that_should_have_been_less_or_was_paid_already_is_a_dispute():
    """The Hilton $310 charge "only supposed to be 250" had been explained as a $1 authorization;
    the Lutetia charge "I already paid with points on the hotel site" had offered Pay with Points."""
    convo = Conversation(account=ACCOUNTS / "dorothy.yaml", now=NOW)
    convo.say("There is a Hilton charge for 310 dollars, I stayed there with my daughter but it was only supposed to be 250")
    convo.say("7749 33432").expect(contains="$310.00 charge at HILTON BOCA RATON on December 1, 2026 is still pending")
    convo = Conversation(account=ACCOUNTS / "kenji.yaml", now=NOW)
    convo.say("Hotel Lutetia charged me 1480 but I already paid with points on the hotel site")
    reply = convo.say("5512 98121")
    reply.expect(contains="$1,480.00 charge at HOTEL LUTETIA PARIS")
    assert "points would be left" not in reply
