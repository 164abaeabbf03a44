"""The simulated issuer's rules: goodwill credits, credit-limit increases, points, deliveries.

The numbers live in ``amexsim/data/policies.yaml``; the rules here read them. Each rule
returns its decision together with the reason, so the reply can state the rule it applied.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from functools import cache
from pathlib import Path

from ..errors import DataFileError
from ..paths import package_data
from ..yamlnodes import YamlDoc
from .accounts import Account, Fee, add_months
from .holidays import is_federal_holiday


@dataclass(frozen=True)
class Policies:
    """The numbers behind the rules."""

    cents_per_point: Decimal = Decimal("0.6")
    minimum_points: int = 1000
    replacement_business_days: int = 3
    new_card_business_days: int = 7
    earliest_due_day: int = 1
    latest_due_day: int = 28
    goodwill_look_back_months: int = 12
    goodwill_circumstances: tuple[str, ...] = ("system_error", "natural_disaster", "bank_posting_delay")
    limit_look_back_statements: int = 6
    limit_minimum_statements: int = 3
    limit_automatic_share: Decimal = Decimal("0.25")
    limit_round_to: int = 500
    complaint_business_days: int = 10
    documents_for: tuple[str, ...] = ("incorrect_amount", "not_received", "refund_not_received", "cancelled", "not_as_described")


_LAYOUT = {
    "pay_with_points": {"cents_per_point": "cents_per_point", "minimum_points": "minimum_points"},
    "replacement": {"business_days": "replacement_business_days"},
    "new_authorized_user_card": {"business_days": "new_card_business_days"},
    "due_date_change": {"earliest_day": "earliest_due_day", "latest_day": "latest_due_day"},
    "goodwill": {"look_back_months": "goodwill_look_back_months", "circumstances": "goodwill_circumstances"},
    "credit_limit_increase": {
        "look_back_statements": "limit_look_back_statements",
        "minimum_statements": "limit_minimum_statements",
        "automatic_share": "limit_automatic_share",
        "round_to": "limit_round_to",
    },
    "complaint": {"response_business_days": "complaint_business_days"},
    "disputes": {"documents_for": "documents_for"},
}


@cache
def load_policies(path: str | Path | None = None) -> Policies:
    """Read and check the policy numbers (``amexsim/data/policies.yaml`` by default)."""
    location = Path(path) if path else package_data("policies.yaml")
    doc = YamlDoc(location, DataFileError)
    values: dict[str, object] = {}
    for section, node in doc.mapping(doc.root, "the policies", set(_LAYOUT)).items():
        for key, value_node in doc.mapping(node, section, set(_LAYOUT[section])).items():
            name = _LAYOUT[section][key]
            default = getattr(Policies, name)
            if isinstance(default, tuple):
                values[name] = tuple(text for text, _ in doc.strings(value_node, key))
                continue
            value = doc.plain(value_node)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or not 0 <= value <= 10_000:
                raise doc.fail(value_node, f"{section}.{key} must be a number from 0 to 10,000")
            values[name] = Decimal(str(value)) if isinstance(default, Decimal) else int(value)
    policies = Policies(**values)  # type: ignore[arg-type]
    if not 1 <= policies.earliest_due_day <= policies.latest_due_day <= 28:
        raise doc.fail(doc.root, "due_date_change days must satisfy 1 <= earliest_day <= latest_day <= 28")
    return policies


def business_days_after(day: date, count: int) -> date:
    """The date ``count`` business days (Monday to Friday, not a federal holiday) after ``day``."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and not is_federal_holiday(day):
            count -= 1
    return day


def points_needed(amount: Decimal, policies: Policies) -> int:
    """Points that pay ``amount`` in full at the stated rate (rounded up to a whole point)."""
    return math.ceil(amount * 100 / policies.cents_per_point)


@dataclass(frozen=True)
class Decision:
    """A yes or no with the rule that decided it (a key of the reply cases) and a figure."""

    granted: bool
    reason: str
    figure: Decimal | None = None


def goodwill_decision(account: Account, fee: Fee, circumstance: str | None, policies: Policies) -> Decision:
    """Credit a late fee when a named circumstance caused it (system error, natural disaster,
    bank posting delay) or when it is the first late fee in the look-back period and the
    payment has been made since."""
    if fee.credited:
        return Decision(False, "already_credited")
    if circumstance in policies.goodwill_circumstances:
        return Decision(True, "circumstance")
    since = add_months(fee.date, -policies.goodwill_look_back_months)
    earlier = [f for f in account.fees if f.kind == fee.kind and since <= f.date < fee.date]
    if earlier:
        return Decision(False, "repeat")
    if not _missed_minimum_paid(account, fee):
        return Decision(False, "unpaid")
    return Decision(True, "first_in_period")


def _missed_minimum_paid(account: Account, fee: Fee) -> bool:
    """Whether the minimum the fee was charged for has been paid since (all of it: $15 of a $40
    minimum leaves the account past due); with no statement before the fee, any payment since it."""
    missed = [s for s in account.statements if s.due <= fee.date]
    if not missed:
        return any(p.date >= fee.date and p.status == "posted" for p in account.payments)
    statement = max(missed, key=lambda s: s.due)
    paid = sum((p.amount for p in account.payments if p.date > statement.closing and p.status == "posted"), Decimal(0))
    return paid >= statement.minimum_due and any(p.date >= fee.date and p.status == "posted" for p in account.payments)


def limit_increase_decision(account: Account, requested: Decimal | None, today: date, policies: Policies) -> Decision:
    """Approve in chat when the recent statements were all paid on time with no late fee and the
    new limit is within the automatic share of today's; a larger request goes to the credit team."""
    closed = [s for s in account.statements if s.closing <= today][-policies.limit_look_back_statements :]
    if len(closed) < policies.limit_minimum_statements:
        return Decision(False, "too_new")
    since = closed[0].closing
    if any(f.kind == "late_fee" and f.date >= since for f in account.fees):
        return Decision(False, "late_fee")
    for statement, following in zip(closed, [*closed[1:], None]):
        window_end = statement.due if following is None else min(statement.due, following.due)
        # a payment still on its way counts from the day it was made, as it does for the due date
        paid = sum((p.amount for p in account.payments if statement.closing < p.date <= window_end), Decimal(0))
        if paid < statement.minimum_due and statement.due <= today:
            return Decision(False, "missed_minimum")
    step = Decimal(policies.limit_round_to)
    automatic = ((account.credit_limit * policies.limit_automatic_share) / step).to_integral_value(rounding=ROUND_DOWN) * step
    if automatic <= 0:
        return Decision(False, "too_new")
    if requested is None:
        return Decision(True, "offer", account.credit_limit + automatic)
    wanted = requested if requested > account.credit_limit else account.credit_limit + requested
    if wanted - account.credit_limit <= automatic:
        return Decision(True, "approved", wanted)
    return Decision(False, "needs_review", wanted)
