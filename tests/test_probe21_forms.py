"""Forms left open by the twentieth conversation probe and the ones the twenty-first and
twenty-second found, on their account files (kept in tests/data/accounts)."""

from __future__ import annotations

from pathlib import Path

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
