"""Forms the twenty-sixth black-box conversation probe found (critical ones: an employee card holder
handed to an agent as the primary card member, "I'm his manager" handed to a supervisor, a payment's
date misread from its amount, another card locked than the one named), on its account file
(tests/data/accounts/raman_business.yaml: Devendra Raman 4417, Tomasz Wirth's card 4425, ZIP 58103)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
RAMAN = Path(__file__).parent / "data" / "accounts" / "raman_business.yaml"


def test_an_authorized_user_handed_to_an_agent_is_greeted_as_himself_and_told_what_is_the_primarys():
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("last four 4425 zip 58103").expect(contains="Tomasz")
    convo.say("I want to talk to someone about increasing our limit")
    convo.say("credit")
    packet = convo.state.live.packet
    assert packet.customer == "Tomasz" and packet.primary == "Devendra"
    said = " ".join(m.text for m in convo.state.history if m.role == "agent")
    assert "Hi Tomasz" in said and "Hi Devendra" not in said
    line = convo.say("can you raise it to 50000?")
    assert "reviewed the account" not in line and "primary card member" in " ".join(m.text for m in convo.state.history)


def test_the_primary_card_member_is_still_greeted_by_name_with_the_teams_lines():
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("4417 58103")
    convo.say("I want to talk to someone about increasing our limit")
    convo.say("credit")
    assert convo.state.live.packet.primary == ""
    assert any("Hi Devendra" in m.text for m in convo.state.history if m.role == "agent")


@pytest.mark.parametrize("text", ["he said it's fine, I'm his manager", "i am the office manager here"])
def test_saying_one_is_a_manager_asks_for_no_supervisor(text):
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("last four 4425 zip 58103")
    convo.say(text)
    assert convo.state.live is None


def test_a_payments_date_is_not_read_from_its_cents():
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("4417 58103")
    reply = convo.say("paid 8420.10 nov 1 posted?")
    reply.expect(contains="November 1, 2026 has posted")


def test_another_card_named_at_a_lock_question_is_not_a_yes_for_the_first():
    convo = Conversation(account=Path(__file__).parent / "data" / "accounts" / "marisol_ortega.yaml", now=NOW)
    convo.say("4417 60614")
    convo.say("is my platinum card locked?").expect(contains="Would you like to lock it?")
    convo.say("could you lock the one ending 6081 instead")
    assert {c.last_four: c.status for c in convo.state.account.cards}["4417"] == "active"


@pytest.mark.parametrize("text", ["could you lock the old one ending 7731", "the amex ends 7731"])
def test_a_card_named_by_its_ending_is_a_last_four(text):
    from datetime import datetime

    from amexsim.understanding.entities import extract

    assert extract(text, datetime(2026, 12, 3)).last_four == "7731"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("And when must that be paid by? I like to write it on my calendar.", "payment_due_date"),
        ("Is my account behind at all? I had some trouble with my bank last month.", "payment_due_date"),
    ],
)
def test_an_elderly_customers_polite_questions_about_paying(text, intent):
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("4417 58103")
    convo.say(text).expect(intent=intent)


def test_writing_it_down_oneself_asks_for_no_written_summary():
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("4417 58103")
    convo.say("what is my minimum payment? I want to be sure I write it down correctly")
    assert "written_summary" not in convo.state.accommodations


def test_a_case_number_given_by_the_customer_is_kept_not_refused():
    reply = Conversation(account=RAMAN, now=NOW).say("The case number they gave me is D5731110.")
    assert not reply.trace.findings and "D5731110" in reply.trace.redacted


def test_a_returned_payment_is_explained_with_its_fee_not_disputed():
    convo = Conversation(account=Path(__file__).parent / "data" / "accounts" / "kwame.yaml", now=NOW)
    convo.say("7732 98101")
    reply = convo.say("my bank says my payment got returned, what happens now?")
    reply.expect(intent="payment_returned", contains="returned payment fee of $39.00")


@pytest.mark.parametrize("text", ["lock the employee card", "lock emp card"])
def test_an_employee_card_is_the_additional_card(text):
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("4417 58103")
    convo.say(text).expect(contains="Shall I lock your Additional Card ending 4425")


def test_the_primary_named_by_a_short_form_is_another_persons_card_for_the_employee():
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("last four 4425 zip 58103")
    reply = convo.say("lock Dev's card please, he lost it")
    reply.expect(contains="Devendra")
    assert {c.last_four: c.status for c in convo.state.account.cards}["4425"] == "active"


@pytest.mark.parametrize(
    ("text", "intent"),
    [("min?", "minimum_payment"), ("fees?", "fees_charged"), ("cli", "credit_limit_increase"), ("avail credit?", "credit_limit"),
     ("what was charged yesterday", "recent_transactions")],
)  # fmt: skip
def test_a_busy_owners_terse_requests(text, intent):
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("4417 58103")
    convo.say(text).expect(intent=intent)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("did you keep my card number?", "chat_security"),
        ("will you store my social security number", "chat_security"),
        ("is card locked?", "card_status"),
        ("who has cards on my account", "list_cards"),
        ("what are my points worth in dollars?", "points_balance"),
    ],
)
def test_questions_the_elderly_and_the_busy_ask(text, intent):
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("4417 58103")
    convo.say(text).expect(intent=intent)


def test_keep_it_open_at_the_closing_question_closes_nothing():
    convo = Conversation(account=RAMAN, now=NOW)
    convo.say("4417 58103")
    convo.say("i want to close my account")
    convo.say("keep it open")
    assert all(card.status != "cancelled" for card in convo.state.account.cards)
