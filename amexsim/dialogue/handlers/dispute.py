"""Disputes: collect the charge details and quote the FCBA deadlines for them."""

from __future__ import annotations

from ...bank.accounts import long_date
from ...bank.fcba import dispute_clock
from .base import HandlerRequest, HandlerResult


def dispute(request: HandlerRequest) -> HandlerResult:
    """Quote the deadlines; ask for details first when neither amount nor merchant is known."""
    found = request.entities
    if found.amount is None and found.merchant is None and "missing_details" in request.intent.replies:
        return HandlerResult(case="missing_details", wants_details=True)
    clock = dispute_clock(
        request.today,
        request.account.statement_closing_day,
        charge_date=found.date,
        latest_statement=request.account.statement_date(request.today),
    )
    fields = {
        "fcba": {
            "statement_date": long_date(clock.statement_date),
            "dispute_deadline": long_date(clock.dispute_deadline),
            "acknowledge_by": long_date(clock.acknowledge_by),
            "resolve_by": long_date(clock.resolve_by),
        }
    }
    if not clock.in_time(request.today) and "too_late" in request.intent.replies:
        return HandlerResult(case="too_late", fields=fields)
    return HandlerResult(fields=fields, opened_case=request.case_number)
