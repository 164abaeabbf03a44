from datetime import date, datetime
from decimal import Decimal

import pytest

from amexsim.understanding.entities import extract

NOW = datetime(2026, 11, 29, 10, 0)  # a Sunday


def test_the_guide_example_sentence():
    found = extract("I want to dispute a $127.43 charge from XYZ Store on 08/15 that I didn't authorize", NOW)
    assert found.amount.value == Decimal("127.43")
    assert found.merchant == "XYZ Store"
    assert found.date == date(2026, 8, 15)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [("$1,234.56", "1234.56", "$"), ("€1.234,56", "1234.56", "€"), ("40 dollars", "40", "$"), ("£15,50", "15.50", "£"), ("$5", "5", "$")],
)
def test_amounts(text, value, currency):
    amount = extract(f"a charge of {text} yesterday", NOW).amount
    assert amount.value == Decimal(value)
    assert amount.currency == currency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on August 15", date(2026, 8, 15)),
        ("on 15th of august", date(2026, 8, 15)),
        ("on Dec 3", date(2025, 12, 3)),  # a date without a year is the latest one not in the future
        ("on 2026-10-01", date(2026, 10, 1)),
        ("on 12/24/25", date(2025, 12, 24)),
        ("yesterday", date(2026, 11, 28)),
        ("3 days ago", date(2026, 11, 26)),
        ("last friday", date(2026, 11, 27)),
        ("last sunday", date(2026, 11, 22)),
    ],
)
def test_dates_resolve_against_the_given_clock(text, expected):
    assert extract(f"I was charged {text}", NOW).date == expected


def test_impossible_dates_are_ignored():
    assert extract("charged on 13/45", NOW).date is None


@pytest.mark.parametrize(
    ("text", "merchant"),
    [("charged twice by netflix last week", "netflix"), ("a refund from Best Buy", "Best Buy"), ("money from my account", None)],
)
def test_merchants(text, merchant):
    assert extract(text, NOW).merchant == merchant


def test_last_four_and_zip():
    found = extract("card ending in 1005, zip code is 10285-1234", NOW)
    assert (found.last_four, found.zip) == ("1005", "10285")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("it was November 5th. Actually no, it was October 30th", "date", date(2026, 10, 30)),
        ("the $40 one, no wait, the $45 one", "amount", Decimal("45")),
        ("November 5, sorry I mean November 4", "date", date(2026, 11, 4)),
    ],
)
def test_a_value_the_message_corrects_itself_to_wins(text, field, value):
    found = getattr(extract(text, NOW), field)
    assert (found.value if field == "amount" else found) == value


def test_a_correction_that_names_nothing_new_keeps_the_first_value():
    assert extract("it was November 5th, I mean the netflix one", NOW).date == date(2026, 11, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("actually no, it was the 3rd", date(2026, 11, 3)),
        ("it was on the 30th", date(2026, 10, 30)),  # the 30th of this month is still to come
        ("the charge from the 29th", date(2026, 11, 29)),
        ("on the 31st", date(2026, 10, 31)),  # November has no 31st
        ("on the 3rd of november", date(2026, 11, 3)),
        ("the 3rd one", None),  # a pick from a list
        ("the 2nd charge", None),
    ],
)
def test_a_day_of_the_month_alone_is_the_latest_such_day(text, expected):
    assert extract(text, NOW).date == expected
