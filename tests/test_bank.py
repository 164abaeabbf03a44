"""The simulated bank: the FCBA clock, account files, account changes and the case database."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal

import pytest

from amexsim.bank.account_file import load_account
from amexsim.bank.accounts import add_months, long_date, short_date
from amexsim.bank.cases import Case, CaseNumberTaken, CaseStore
from amexsim.bank.changes import Change, apply_changes
from amexsim.bank.fcba import closing_on_or_after, dispute_clock
from amexsim.errors import AccountFileError, DataFileError
from tests.conftest import ALEX


# ----- the FCBA clock, worked by hand ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("filed", "statement", "closing_day", "deadline", "acknowledge", "resolve"),
    [
        # statement Oct 20 + 60 = Dec 19; filed Nov 29 + 30 = Dec 29; cycle ends Dec 20, two more: Feb 20 (< Feb 27)
        (date(2026, 11, 29), date(2026, 10, 20), 20, date(2026, 12, 19), date(2026, 12, 29), date(2027, 2, 20)),
        # statements close on the 31st: Jan 31 -> Feb 28 -> Mar 31; filed Jan 10: cycle ends Jan 31, two more: Mar 31;
        # the 90-day cap (Apr 10) is later, so Mar 31 stands
        (date(2027, 1, 10), date(2026, 12, 31), 31, date(2027, 3, 1), date(2027, 2, 9), date(2027, 3, 31)),
        # leap year: statement Jan 30 2028 + 60 days = Mar 30 (Feb has 29 days); filed Feb 29, which is
        # February's closing day (the 30th does not exist), so that cycle ends the same day: Mar 30, Apr 30
        (date(2028, 2, 29), date(2028, 1, 30), 30, date(2028, 3, 30), date(2028, 3, 30), date(2028, 4, 30)),
        # filed the day after a closing: the new cycle ends Mar 20, then Apr 20 and May 20 (day 88, before the cap)
        (date(2027, 2, 21), date(2027, 2, 20), 20, date(2027, 4, 21), date(2027, 3, 23), date(2027, 5, 20)),
        # filed on a closing day: that cycle ends the same day, two more end two months later
        (date(2026, 12, 20), date(2026, 11, 20), 20, date(2027, 1, 19), date(2027, 1, 19), date(2027, 2, 20)),
        # across a year end: filed Dec 30, closing day 29: the cycle in progress ends Jan 29, then Feb 28 (a short
        # month) and Mar 29; the 90-day cap (Mar 30) is a day later
        (date(2026, 12, 30), date(2026, 12, 29), 29, date(2027, 2, 27), date(2027, 1, 29), date(2027, 3, 29)),
        # the 90-day cap wins: statements close on the 31st (Feb 28 in February); filed Mar 1: the cycle in
        # progress ends Mar 31, two more end May 31, but Mar 1 + 90 days = May 30 comes first
        (date(2026, 3, 1), date(2026, 2, 28), 31, date(2026, 4, 29), date(2026, 3, 31), date(2026, 5, 30)),
    ],
)
def test_fcba_dates_worked_by_hand(filed, statement, closing_day, deadline, acknowledge, resolve):
    clock = dispute_clock(filed, statement, closing_day)
    assert (clock.dispute_deadline, clock.acknowledge_by, clock.resolve_by) == (deadline, acknowledge, resolve)
    assert clock.in_time == (filed <= deadline)


def test_closing_dates_at_month_ends_and_leap_days():
    assert closing_on_or_after(date(2027, 2, 10), 31) == date(2027, 2, 28)
    assert closing_on_or_after(date(2028, 2, 10), 31) == date(2028, 2, 29)
    assert closing_on_or_after(date(2027, 1, 31), 31) == date(2027, 1, 31)
    assert closing_on_or_after(date(2026, 12, 21), 20) == date(2027, 1, 20)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_a_charge_after_the_last_statement_belongs_to_the_next_one():
    account = load_account(ALEX).at(date(2026, 11, 29))
    assert account.statement_closing_on_or_after(date(2026, 10, 2)) == date(2026, 10, 20)
    assert account.statement_closing_on_or_after(date(2026, 11, 25)) == date(2026, 12, 20)


# ----- account files ----------------------------------------------------------------------------------
def write(tmp_path, text: str):
    path = tmp_path / "account.yaml"
    path.write_text(text)
    return path


def error(tmp_path, text: str) -> str:
    with pytest.raises(AccountFileError) as caught:
        load_account(write(tmp_path, text)).at(date(2026, 11, 29))
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_the_issue_example_loads_with_every_part():
    account = load_account(ALEX).at(date(2026, 11, 29))
    assert [card.label for card in account.cards] == [
        "Gold Card ending 2001",
        "Blue Cash Everyday Card ending 3005",
        "Additional Card ending 2019",
    ]
    assert account.current_balance(date(2026, 11, 29)) == Decimal("2210.40")
    assert account.verify("2019", "94105") and not account.verify("2001", "10285")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("balance: 2210.40", "balance: .inf"), "balance must be a finite number"),
        (("balance: 2210.40", "balance: .nan"), "balance must be a finite number"),
        (("points: 120500", "points: -5"), "points must be between 0 and"),
        (("points: 120500", "points: 99999999999999999"), "points must be between 0 and"),
        (("credit_limit: 15000.00", "credit_limit: 1.0e+308"), "credit_limit must be between"),
        (('last_four: "2001"', "last_four: 20x1"), "last_four must be 4 digits"),
        (('zip: "94105"', "zip: 941"), "zip must be 5 digits"),
        (("email: alex.kim@example.com", "email: alex"), "email 'alex' is not an e-mail address"),
        (("{date: 2026-10-02", "{date: 2026-02-30"), "invalid value 2026-02-30: day is out of range for month"),
        (("{date: 2026-10-02", "{date: yesterday"), "date must be an ISO date"),
        ((', card: "2001"}', ', card: "9999"}'), "transaction on card 9999, which is not a card on this account"),
        (("due: 2026-11-14", "due: 2026-10-01"), "due date 2026-10-01 must come after the closing date 2026-10-20"),
        (("kind: late_fee", "kind: sorry_fee"), "unknown fee kind 'sorry_fee'"),
        (("holder_name: Alex Kim", "holder_name: Alex Kim\nholder_name: Sam"), "duplicate key 'holder_name'"),
        (("purchase_apr: 22.99", "purchase_apr: 22.99\nfavourite_colour: red"), "unknown key 'favourite_colour'"),
    ],
)
def test_bad_values_are_one_line_errors_with_file_and_line(tmp_path, change, problem):
    text = ALEX.read_text().replace(*change, 1)
    original = set(ALEX.read_text().splitlines())
    changed_line = next(i for i, line in enumerate(text.splitlines(), 1) if line not in original)
    message = error(tmp_path, text)
    assert f":{changed_line}: {problem}" in message, message


def test_timestamps_and_quoted_dates_are_read_as_their_day(tmp_path):
    """A transaction written 2026-10-02T09:30:00 (or quoted) used to crash sorting against plain dates."""
    text = ALEX.read_text().replace("{date: 2026-10-02", "{date: 2026-10-02T09:30:00", 1)
    text = text.replace("closing: 2026-10-20", 'closing: "2026-10-20"', 1)
    account = load_account(write(tmp_path, text)).at(date(2026, 11, 29))
    assert account.transactions[0].date == date(2026, 10, 2)
    assert type(account.transactions[0].date) is date
    assert account.statements[0].closing == date(2026, 10, 20)


def test_relative_dates_resolve_against_the_clock_and_report_falling_off_the_calendar(tmp_path):
    text = ALEX.read_text().replace("closing: 2026-11-20, due: 2026-12-15", "closing: today-9, due: today+16")
    source = load_account(write(tmp_path, text))
    assert source.at(date(2026, 11, 29)).statements[-1].due == date(2026, 12, 15)
    line = next(i for i, text_line in enumerate(text.splitlines(), 1) if "today+16" in text_line)
    with pytest.raises(AccountFileError, match=rf":{line}: the date today\+16 falls outside the calendar on 9999-12-31"):
        source.at(date(9999, 12, 31))


def test_account_changes_apply_and_round_trip_through_json():
    account = load_account(ALEX).at(date(2026, 11, 29))
    changes = (
        Change.of("lock_card", card="3005"),
        Change.of("replace_card", card="2001", new_card="7777", arrives="2026-12-02"),
        Change.of("set_address", value="9 Elm St, Boston, MA 02108"),
        Change.of("add_authorized_user", name="Maria Lopez", card="8888", arrives="2026-12-08"),
    )
    changed = apply_changes(account, tuple(Change.from_json(change.to_json()) for change in changes))
    assert changed.card("3005").status == "locked" and changed.card("2001").status == "cancelled"
    assert changed.card("7777").name == "Gold Card" and changed.card("7777").replacement_due == date(2026, 12, 2)
    assert changed.mailing_address.startswith("9 Elm") and changed.authorized_users[-1].name == "Maria Lopez"
    assert account.card("3005").status == "active"  # the original is untouched
    with pytest.raises(ValueError, match="unknown account change"):
        Change.of("rob_the_bank")


# ----- the case database ------------------------------------------------------------------------------
def case(number: str, account: str = "alex") -> Case:
    return Case(
        number, account, "dispute", datetime(2026, 11, 29, 10, 0), "A dispute", card="2001", deadlines=(("resolve_by", date(2027, 2, 20)),)
    )


def test_cases_and_changes_survive_a_reopened_database(tmp_path):
    path = tmp_path / "cases.sqlite3"
    store = CaseStore(path)
    store.commit("alex", datetime(2026, 11, 29, 10), [case("D1234567")], [Change.of("lock_card", card="2001")])
    store.close()
    again = CaseStore(path)
    assert again.cases("alex") == (case("D1234567"),)
    assert again.changes("alex") == (Change.of("lock_card", card="2001"),)
    assert again.cases("someone-else") == ()


def test_a_taken_case_number_stores_nothing_of_that_turn(tmp_path):
    store = CaseStore(tmp_path / "cases.sqlite3")
    store.commit("alex", datetime(2026, 11, 29, 10), [case("D1234567")])
    with pytest.raises(CaseNumberTaken):
        store.commit("alex", datetime(2026, 11, 29, 11), [case("D7654321"), case("D1234567")], [Change.of("lock_card", card="2001")])
    assert [c.number for c in store.cases("alex")] == ["D1234567"]  # the whole turn rolled back
    assert store.changes("alex") == ()


def test_a_committed_case_is_on_disk_before_commit_returns(tmp_path):
    """What the customer was told is stored: another connection sees it at once."""
    path = tmp_path / "cases.sqlite3"
    CaseStore(path).commit("alex", datetime(2026, 11, 29, 10), [case("D1234567")])
    with sqlite3.connect(path) as other:
        assert other.execute("SELECT number FROM cases").fetchall() == [("D1234567",)]


def test_dump_and_load_copy_an_accounts_rows(tmp_path):
    source = CaseStore(tmp_path / "a.sqlite3")
    source.commit("alex", datetime(2026, 11, 29, 10), [case("D1234567")], [Change.of("unlock_card", card="3005")])
    copy = CaseStore()
    copy.load("alex", source.dump("alex"))
    assert copy.cases("alex") == source.cases("alex") and copy.changes("alex") == source.changes("alex")


def test_an_unopenable_database_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DataFileError, match="cannot open the case database"):
        CaseStore(blocker / "cases.sqlite3")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DataFileError, match="cannot open the case database"):
        CaseStore(garbage)


def test_long_and_short_dates_read_as_strftime_writes_them():
    for month in range(1, 13):
        day = date(2026, month, 9)
        assert long_date(day) == f"{day:%B} {day.day}, {day.year}"
        assert short_date(day) == f"{day:%b} {day.day}"
