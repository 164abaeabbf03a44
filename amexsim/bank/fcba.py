"""The Fair Credit Billing Act clock for a disputed charge.

A billing error must be disputed within 60 days of the statement that first showed it; the
issuer acknowledges within 30 days and resolves within two complete billing cycles, and
never later than 90 days after receiving the dispute.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

DISPUTE_WINDOW_DAYS = 60
ACKNOWLEDGE_DAYS = 30
RESOLVE_CAP_DAYS = 90


@dataclass(frozen=True)
class DisputeClock:
    """Deadlines of one dispute filed on ``filed``."""

    statement_date: date
    dispute_deadline: date
    acknowledge_by: date
    resolve_by: date

    def in_time(self, filed: date) -> bool:
        return filed <= self.dispute_deadline


def closing_on_or_after(day: date, closing_day: int) -> date:
    """The first statement closing date on or after ``day``."""
    closing = day.replace(day=closing_day)
    if closing < day:
        closing = _next_month(closing, closing_day)
    return closing


def _next_month(day: date, closing_day: int) -> date:
    first_of_next = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first_of_next.replace(day=closing_day)


def dispute_clock(filed: date, closing_day: int, charge_date: date | None = None, latest_statement: date | None = None) -> DisputeClock:
    """Deadlines for a dispute filed on ``filed`` about a charge on ``charge_date``.

    The charge appears on the first statement closing on or after it; without a charge date
    the latest statement is assumed.
    """
    if charge_date is not None:
        statement = closing_on_or_after(charge_date, closing_day)
    elif latest_statement is not None:
        statement = latest_statement
    else:
        raise ValueError("dispute_clock needs a charge_date or a latest_statement")
    current_cycle_end = closing_on_or_after(filed, closing_day)
    second_full_cycle_end = _next_month(_next_month(current_cycle_end, closing_day), closing_day)
    return DisputeClock(
        statement_date=statement,
        dispute_deadline=statement + timedelta(days=DISPUTE_WINDOW_DAYS),
        acknowledge_by=filed + timedelta(days=ACKNOWLEDGE_DAYS),
        resolve_by=min(second_full_cycle_end, filed + timedelta(days=RESOLVE_CAP_DAYS)),
    )
