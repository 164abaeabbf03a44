"""Interest on the account: why it was charged, and roughly what carrying a balance would cost.

The account file holds statements, payments and the purchase APR, not interest lines, so both
answers are worked out from those the way a card issuer works interest out, and the cost is said
to be an estimate: a balance carried past a statement's due date accrues interest every day at
APR/365, and new purchases get no grace period until a statement is paid in full by its due date.
A customer asking "why was I charged interest?" wants to hear which statement was not paid in
full, and by how much, not the general rule again.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ...bank.accounts import Account, Statement, long_date, money
from .base import ActionRequest, ActionResult, action

INTEREST_FIELDS = (
    *("closing", "due", "balance", "minimum_due", "paid", "carried", "apr", "estimate", "days"),
    *("earlier_closing", "earlier_carried"),  # trailing interest: the statement before, carried over
    *("paid_by_due", "settled", "days_late"),
)
_CENT = Decimal("0.01")
_DAYS_IN_YEAR = 365


def interest_for(amount: Decimal, apr: Decimal, days: int) -> Decimal:
    """Interest on ``amount`` carried ``days`` days at ``apr`` percent a year, accrued daily."""
    return (amount * apr / Decimal(100) / _DAYS_IN_YEAR * days).quantize(_CENT, ROUND_HALF_UP)


def _cycle_days(account: Account, closing: date) -> int:
    """The days of the billing period that starts when ``closing``'s statement closes."""
    return (account.next_closing(closing) - closing).days


def _carried_past_due(account: Account, statement: Statement) -> Decimal:
    """What of a statement's balance was still unpaid on its due date."""
    return max(statement.balance - account.paid_since(statement.closing, statement.due), Decimal(0))


def _fields(account: Account, statement: Statement | None, carried: Decimal = Decimal(0), paid: Decimal = Decimal(0)) -> dict[str, str]:
    fields = {name: "" for name in INTEREST_FIELDS}
    fields["apr"] = f"{account.purchase_apr:.2f}%"
    if statement is None:
        fields["days"] = "30"
        fields["carried"] = money(Decimal(1000))
        fields["estimate"] = money(interest_for(Decimal(1000), account.purchase_apr, 30))
        return fields
    days = _cycle_days(account, statement.closing)
    fields.update(
        closing=long_date(statement.closing),
        due=long_date(statement.due),
        balance=money(statement.balance),
        minimum_due=money(statement.minimum_due),
        paid=money(paid),
        paid_by_due=f"{money(paid)} of it was paid" if paid else "nothing was paid",
        carried=money(carried),
        estimate=money(interest_for(carried, account.purchase_apr, days)),
        days=str(days),
    )
    return fields


@action(
    outcomes=("carried", "paid_late", "trailing", "paid_in_full", "credit_balance", "not_due_yet", "none"),
    fields={"interest": INTEREST_FIELDS},
)
def interest_cause(request: ActionRequest) -> ActionResult:
    """Why interest would be on the account: the last statement whose due date has passed, and
    whether it was paid in full by then (or the one before it was not: trailing interest)."""
    account, today = request.account, request.today
    passed = sorted((s for s in account.statements if s.due < today), key=lambda s: s.closing)
    if not passed:
        latest = account.latest_statement(today)
        return ActionResult("not_due_yet" if latest else "none", {"interest": _fields(account, latest)})
    statement = passed[-1]
    carried = _carried_past_due(account, statement)
    paid = account.paid_since(statement.closing, statement.due)
    fields = _fields(account, statement, carried, paid)
    if statement.balance <= 0:
        return ActionResult("credit_balance", {"interest": fields})
    if carried > 0 and (settled := _settled_on(account, statement, today)) is not None:
        # paid in full, but after the due date: interest ran on it for the days in between
        late = (settled - statement.due).days
        fields.update(settled=long_date(settled), days_late=_days(late), estimate=money(interest_for(carried, account.purchase_apr, late)))
        return ActionResult("paid_late", {"interest": fields})
    if carried > 0:
        return ActionResult("carried", {"interest": fields})
    if len(passed) > 1 and (earlier := _carried_past_due(account, passed[-2])) > 0:
        fields.update(earlier_closing=long_date(passed[-2].closing), earlier_carried=money(earlier))
        return ActionResult("trailing", {"interest": fields})
    return ActionResult("paid_in_full", {"interest": fields})


def _settled_on(account: Account, statement: Statement, today: date) -> date | None:
    """The day the payments after a statement closed reached its balance, if they have."""
    running = Decimal(0)
    after = (p for p in account.payments if statement.closing < p.date <= today and p.status == "posted")
    for payment in sorted(after, key=lambda p: p.date):
        running += payment.amount
        if running >= statement.balance:
            return payment.date
    return None


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


# "if I pay 500", "paying $300 of it": the amount named is a payment, and the rest is carried;
# otherwise ("if I carry 2000 over", "on a $1,500 balance") it is the amount carried
_PAYMENT_NAMED = re.compile(r"\b(?:pay|paying|paid|put|putting|send|sending)\b(?:\s+\w+){0,3}\s+\$?\d")


@action(
    outcomes=("minimum_only", "rest_unpaid", "already_carried", "rest_carried", "amount_carried", "payment_covers", "paid_in_full", "none"),
    fields={"interest": INTEREST_FIELDS},
)
def interest_estimate(request: ActionRequest) -> ActionResult:
    """Roughly what interest a balance carried past the due date costs over the next billing period:
    the balance less the minimum (or less a payment the customer names), or an amount they name."""
    account, today = request.account, request.today
    statement = account.latest_statement(today)
    named = _amount_named(request)
    if statement is None:
        if named is not None:
            return ActionResult("amount_carried", {"interest": _named_fields(account, named)})
        return ActionResult("none", {"interest": _fields(account, None)})
    paid = account.paid_since(statement.closing, today)
    if named is not None and _PAYMENT_NAMED.search(request.said.lower()) is None:
        fields = _fields(account, statement, named, paid)
        return ActionResult("amount_carried", {"interest": fields})
    if named is not None:  # a payment: what it leaves of the statement is carried
        carried = max(statement.balance - paid - named, Decimal(0))
        fields = _fields(account, statement, carried, paid)
        fields["paid"] = money(named)
        return ActionResult("payment_covers" if carried == 0 else "rest_carried", {"interest": fields})
    if statement.due < today:  # its due date gone by: what was unpaid then is carried already
        carried = _carried_past_due(account, statement)
        outcome = "already_carried" if carried > 0 else "paid_in_full"
        return ActionResult(outcome, {"interest": _fields(account, statement, carried, paid)})
    left = statement.balance - paid
    if left <= 0:
        return ActionResult("paid_in_full", {"interest": _fields(account, statement, Decimal(0), paid)})
    if paid >= statement.minimum_due:  # the minimum is met: the rest, if it stays unpaid
        return ActionResult("rest_unpaid", {"interest": _fields(account, statement, left, paid)})
    carried = max(statement.balance - statement.minimum_due, Decimal(0))
    return ActionResult("minimum_only", {"interest": _fields(account, statement, carried, paid)})


# "if i pay 500", "carrying 2000": a bare number after paying or carrying is an amount of money
_BARE_AMOUNT = re.compile(
    r"\b(?:pay|paying|paid|carry|carrying|carried|owe|owing|leave|leaving|balance of|roll over|put|send)\s+"
    r"(?:(?:only|just|about|around|like|off|over|in)\s+)?(?P<amount>\d{2,6}(?:\.\d\d)?)\b(?!\s*(?:%|percent|days?|months?|weeks?))"
)


def _amount_named(request: ActionRequest) -> Decimal | None:
    """The amount the question names: an amount of money, or a bare number paid or carried."""
    amount = request.criteria.amount
    if amount is not None and amount.value > 0:
        return amount.value
    bare = _BARE_AMOUNT.search(request.said.lower())
    return Decimal(bare["amount"]) if bare is not None and Decimal(bare["amount"]) > 0 else None


def _named_fields(account: Account, amount: Decimal) -> dict[str, str]:
    fields = _fields(account, None)
    fields["carried"] = money(amount)
    fields["estimate"] = money(interest_for(amount, account.purchase_apr, 30))
    return fields
