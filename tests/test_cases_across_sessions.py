"""Cases a customer opened in one chat, asked about in a later chat on the same database: the
status matches the facts, asking opens nothing new, and every open case is listed. Account
files of our own, written here, so the facts under test are in view."""

from __future__ import annotations

from pathlib import Path

from amexsim.bank.cases import CaseStore
from amexsim.testing import Conversation

ACCOUNT = """\
id: across
holder_name: Wei Chen
zip: "94110"
mailing_address: 880 Valencia Street, San Francisco, CA 94110
email: wei.chen@example.com
phone: (415) 555-0133
points: 50000
credit_limit: 20000.00
purchase_apr: 21.24
cards:
  - {name: Platinum Card, last_four: "9001", holder: Wei Chen}
  - {name: Gold Card, last_four: "9002", holder: Wei Chen}
statements:
  - {closing: 2026-10-10, due: 2026-11-04, balance: 2100.00, minimum_due: 50.00}
  - {closing: 2026-11-10, due: 2026-12-05, balance: 1875.60, minimum_due: 45.00}
transactions:
  - {date: 2026-10-08, merchant: ELECTRO WORLD, amount: 699.99, card: "9001"}
  - {date: 2026-11-01, merchant: NOODLE HOUSE, amount: 42.80, card: "9002"}
payments:
  - {date: 2026-11-02, amount: 2100.00}
"""
VERIFY = "9001 94110"
SUNDAY_NIGHT = "2026-12-06T02:00:00"  # the supervisor team is closed: a callback is offered


def chat(tmp_path: Path, now: str, *, seed: int = 0) -> Conversation:
    """A new chat on the test's one database, verified (the seed decides when an agent joins)."""
    account = tmp_path / "across.yaml"
    account.write_text(ACCOUNT)
    convo = Conversation(account=account, now=now, db=CaseStore(tmp_path / "cases.sqlite3"), seed=seed)
    convo.say(VERIFY).expect(outcome="verified")
    return convo


def book_callback(tmp_path: Path) -> str:
    convo = chat(tmp_path, SUNDAY_NIGHT)
    convo.say("I want to talk to a supervisor").expect(contains="A callback from the supervisor team")
    convo.say("2").expect(contains="will call you today at 9:00 AM")
    return convo.state.cases[-1].number


def open_two_disputes_and_a_replacement(tmp_path: Path) -> tuple[str, str, str]:
    convo = chat(tmp_path, "2026-12-01T10:00:00")
    convo.say("I want to dispute the Electro World charge, it never arrived")
    convo.say("yes").expect(contains="is open for $699.99 at ELECTRO WORLD")
    convo.say("I want to dispute the Noodle House charge, I was charged the wrong amount")
    convo.say("yes").expect(contains="is open for $42.80 at NOODLE HOUSE")
    convo.say("I lost my gold card")
    convo.say("yes").expect(contains="arrives by December 4, 2026")
    electro, noodle, replacement = (case.number for case in convo.state.cases)
    return electro, noodle, replacement


def test_a_booked_callback_is_scheduled_until_it_happens(tmp_path):
    number = book_callback(tmp_path)
    reply = chat(tmp_path, "2026-12-06T08:00:00").say(f"what's the status of case {number}?")
    assert "Status: scheduled" in reply and "December 6, 2026" in reply
    assert "Status: done" not in reply


def test_asking_about_a_callback_books_no_second_one(tmp_path):
    number = book_callback(tmp_path)
    convo = chat(tmp_path, "2026-12-06T08:00:00")
    reply = convo.say("did my callback get scheduled?").expect(intent="callback_status")
    assert number in reply and "Status: scheduled" in reply
    convo.say("when will they call me?").expect(intent="callback_status", contains=number)
    convo.say("what's the status of my callback").expect(intent="callback_status", contains=number)
    assert [case.number for case in convo.state.cases] == [number]  # asking opened nothing


def test_a_callback_can_be_cancelled_and_stays_cancelled(tmp_path):
    number = book_callback(tmp_path)
    cancelled = chat(tmp_path, "2026-12-06T08:00:00").say("cancel the callback")
    cancelled.expect(intent="cancel_callback", contains=f"callback {number} is cancelled")
    later = chat(tmp_path, "2026-12-06T08:30:00")
    later.say("what cases do I have open?").expect(intent="list_cases", contains="I don't see any open cases")
    later.say("cancel the callback").expect(contains="already cancelled")


def test_asking_about_a_callback_with_none_booked_books_nothing(tmp_path):
    convo = chat(tmp_path, "2026-12-06T08:00:00")
    convo.say("did my callback get scheduled?").expect(contains="I don't see a callback booked")
    assert convo.state.cases == ()


def test_a_replacement_past_its_date_is_late_not_delivered(tmp_path):
    _, _, replacement = open_two_disputes_and_a_replacement(tmp_path)
    reply = chat(tmp_path, "2026-12-08T10:00:00").say(f"what's the status of case {replacement}?")
    assert "Status: late" in reply and "delivered" not in reply


def test_a_handoff_is_not_reported_done(tmp_path):
    open_two_disputes_and_a_replacement(tmp_path)
    convo = chat(tmp_path, "2026-12-03T09:00:00")
    convo.say("I want to talk to someone about the Electro World dispute").expect(handoff=True)
    handoff = convo.state.cases[-1].number
    reply = chat(tmp_path, "2027-01-05T10:00:00").say(f"what's the status of case {handoff}?")
    assert "Status: done" not in reply and "passed to our team" in reply


def test_a_dispute_withdrawn_in_one_chat_is_closed_in_the_next(tmp_path):
    """A withdrawal had been a hand-off that never marked the dispute withdrawn."""
    electro, noodle, _ = open_two_disputes_and_a_replacement(tmp_path)
    convo = chat(tmp_path, "2026-12-03T09:00:00")
    convo.say("cancel the electro world dispute, they sent the refund").expect(intent="withdraw_dispute", contains=electro)
    convo.say("yes").expect(contains=["withdrawn and closed", electro])
    listed = chat(tmp_path, "2026-12-04T09:00:00").say("what disputes do I have open?")
    assert electro not in listed and noodle in listed


def test_every_open_case_is_listed_from_earlier_chats(tmp_path):
    electro, noodle, replacement = open_two_disputes_and_a_replacement(tmp_path)
    convo = chat(tmp_path, "2026-12-03T09:00:00")
    reply = convo.say("what disputes do I have open?").expect(intent="list_disputes")
    assert electro in reply and noodle in reply and replacement not in reply
    everything = convo.say("what cases do I have open?").expect(intent="list_cases")
    assert all(number in everything for number in (electro, noodle, replacement))
    summary = convo.say("what's the case number?")
    assert "still open from earlier chats" in summary and electro in summary
    assert len(convo.state.cases) == 3  # asking opened nothing


def test_a_dispute_named_by_its_merchant_is_that_dispute(tmp_path):
    electro, noodle, _ = open_two_disputes_and_a_replacement(tmp_path)
    convo = chat(tmp_path, "2026-12-20T10:00:00")
    reply = convo.say("when will my Electro World dispute be acknowledged?").expect(intent="dispute_status")
    assert electro in reply and noodle not in reply and "acknowledge it by" in reply
    convo.say("what's the deadline for them to resolve it?").expect(intent="dispute_status", contains="decide by")
    assert len(convo.state.cases) == 3


def test_cancelling_a_replacement_orders_no_new_card(tmp_path):
    _, _, replacement = open_two_disputes_and_a_replacement(tmp_path)
    convo = chat(tmp_path, "2026-12-02T10:00:00")
    reply = convo.say(f"please cancel replacement {replacement}, I found the old card").expect(intent="cancel_replacement")
    assert replacement in reply and "haven't ordered another" in reply
    convo.say("cancel my replacement card order").expect(intent="cancel_replacement")
    assert len(convo.state.cases) == 3


def test_a_case_number_alone_asks_for_its_status(tmp_path):
    electro, noodle, _ = open_two_disputes_and_a_replacement(tmp_path)
    convo = chat(tmp_path, "2026-12-08T10:00:00")
    convo.say(f"status of {electro}").expect(intent="case_status", contains=f"Case {electro}")
    convo.say(f"where is {noodle} at?").expect(intent="case_status", contains=f"Case {noodle}")


def test_another_accounts_case_number_is_no_case_of_this_one(tmp_path):
    electro, _, _ = open_two_disputes_and_a_replacement(tmp_path)
    other = tmp_path / "other.yaml"
    other.write_text(ACCOUNT.replace("id: across", "id: other").replace('"9001"', '"1111"'))
    convo = Conversation(account=other, now="2026-12-08T10:00:00", db=CaseStore(tmp_path / "cases.sqlite3"))
    convo.say("1111 94110").expect(outcome="verified")
    reply = convo.say(f"status of {electro}")
    assert "don't see any cases" in reply and "ELECTRO WORLD" not in reply


def test_a_card_lost_on_vacation_is_locked_first(tmp_path):
    convo = chat(tmp_path, "2026-12-25T03:00:00")
    convo.say("I lost my card on vacation, when would a new one arrive?").expect(intent="lost_card", contains="Which card")
    reply = convo.say("the platinum")
    assert "locked your Platinum Card ending 9001" in reply and "Shall I send a replacement" in reply


def test_a_federal_holiday_is_no_business_day_for_a_new_card(tmp_path):
    convo = chat(tmp_path, "2026-12-24T16:00:00")  # Thursday; Friday the 25th is Christmas Day
    convo.say("I lost my gold card").expect(intent="lost_card")
    convo.say("yes").expect(contains="arrives by December 30, 2026")


def test_the_federal_holidays_of_a_year():
    from datetime import date

    from amexsim.bank.holidays import federal_holidays

    assert date(2026, 12, 25) in federal_holidays(2026) and date(2026, 11, 26) in federal_holidays(2026)
    assert date(2026, 7, 3) in federal_holidays(2026)  # July 4th on a Saturday: observed on Friday
    assert date(2021, 12, 31) in federal_holidays(2021)  # New Year's Day 2022 on a Saturday
    assert len(federal_holidays(2027)) == 12  # eleven, and New Year's Day 2028 observed on Dec 31


# ----- while in line for a person ----------------------------------------------------------------
def test_short_wait_questions_in_line_get_the_place_in_line(tmp_path):
    convo = chat(tmp_path, "2026-12-01T10:00:00", seed=1)
    convo.say("I want to talk to a person about a dispute").expect(handoff=True)
    for question in ("how long now?", "how much longer?", "am I still in line?"):
        convo.say(question).expect(intent="queue_status", contains="in line for the disputes team")


def test_a_topic_set_aside_moves_the_chat_to_the_right_team(tmp_path):
    convo = chat(tmp_path, "2026-12-01T10:00:00", seed=1)
    convo.say("I want to talk to a person about a dispute").expect(contains="disputes team")
    convo.say("talk to a person")
    convo.say("actually it's about my rewards points, not a dispute").expect(contains="rewards team")
    convo.say("where am I in line?").expect(contains="in line for the rewards team")


def test_put_me_back_in_line_rejoins_the_line_left(tmp_path):
    convo = chat(tmp_path, "2026-12-01T10:00:00", seed=1)
    convo.say("I want to talk to someone about my rewards points").expect(contains="Rewards team")
    convo.say("cancel, I don't want to wait").expect(intent="leave_queue")
    convo.say("actually put me back in line").expect(intent="rejoin_queue", contains="back in line for our rewards team")
