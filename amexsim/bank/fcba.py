"""The Fair Credit Billing Act clock for a disputed charge.

A billing error must be disputed within 60 days of the closing date of the statement that
first showed it; the issuer acknowledges within 30 days of receiving the dispute and
resolves it within two complete billing cycles, and never later than 90 days after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .accounts import add_months

DISPUTE_WINDOW_DAYS = 60
ACKNOWLEDGE_DAYS = 30
RESOLVE_CAP_DAYS = 90


@dataclass(frozen=True)
class DisputeClock:
    """Deadlines of one dispute filed on ``filed`` about a charge on the statement of ``statement_date``."""

    filed: date
    statement_date: date
    dispute_deadline: date
    acknowledge_by: date
    resolve_by: date

    @property
    def in_time(self) -> bool:
        return self.filed <= self.dispute_deadline


def closing_on_or_after(day: date, closing_day: int) -> date:
    """The first statement closing date on or after ``day``, for statements closing on
    ``closing_day`` of each month (or the month's last day, when it is shorter)."""
    closing = add_months(day, 0, closing_day)
    if closing < day:
        closing = add_months(day, 1, closing_day)
    return closing


def dispute_clock(filed: date, statement_date: date, closing_day: int) -> DisputeClock:
    """Deadlines for a dispute filed on ``filed`` about a charge first billed on the statement
    closing on ``statement_date``; statements close on ``closing_day`` of each month."""
    if not 1 <= closing_day <= 31:
        raise ValueError(f"closing_day must be 1-31 (not {closing_day})")
    current_cycle_end = closing_on_or_after(filed, closing_day)
    second_full_cycle_end = add_months(current_cycle_end, 2, closing_day)
    return DisputeClock(
        filed=filed,
        statement_date=statement_date,
        dispute_deadline=statement_date + timedelta(days=DISPUTE_WINDOW_DAYS),
        acknowledge_by=filed + timedelta(days=ACKNOWLEDGE_DAYS),
        resolve_by=min(second_full_cycle_end, filed + timedelta(days=RESOLVE_CAP_DAYS)),
    )
