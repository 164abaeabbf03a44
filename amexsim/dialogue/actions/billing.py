"""Billing actions: statements, payments, the due date and late-fee goodwill credits."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from ...bank.accounts import Fee, add_months, long_date, money
from ...bank.cases import Case
from ...bank.changes import Change
from ...bank.fcba import closing_on_or_after
from ...bank.policies import goodwill_decision
from ...understanding.normalize import fold
from ..periods import period_named
from ..slots import ordinal, payment_fits, payment_of, payment_value
from ..state import LogEntry
from .base import ActionRequest, ActionResult, action

STATEMENT_FIELDS = (
    *("closing", "due", "balance", "credit", "minimum_due", "paid", "left_to_pay", "pending"),
    *("next_closing", "paid_by_next", "minimum_met"),  # an older statement, told in the past
    "pending_note",  # a payment on its way toward the rest, once the minimum is met
)


@action(
    outcomes=("paid_in_full", "minimum_paid", "minimum_paid_past", "payment_pending", "unpaid", "overdue", "closed_out", "credit_balance"),
    fields={"statement": STATEMENT_FIELDS},
    needs=("statement",),
)
def statement_details(request: ActionRequest) -> ActionResult:
    """The chosen statement's figures, and how much of it has been paid since it closed."""
    closing = date.fromisoformat(request.slot("statement"))
    statement = next(s for s in request.account.statements if s.closing == closing)
    following = [s.closing for s in request.account.statements if s.closing > closing]
    until = min(following[0], request.today) if following else request.today
    paid = request.account.paid_since(closing, until)
    pending = sum((p.amount for p in request.account.payments if closing < p.date <= until and p.status == "pending"), Decimal(0))
    left = max(statement.balance - paid, Decimal(0))
    if statement.balance <= 0:
        outcome = "credit_balance"
    elif left == 0:
        outcome = "paid_in_full"
    elif following and statement.due < request.today:
        outcome = "closed_out"  # an older statement: what was paid before the next one closed; the rest carried over
    elif paid >= statement.minimum_due:
        # its due date gone by, the minimum met: the rest carries over (no "pay it by" a day gone by)
        outcome = "minimum_paid_past" if statement.due < request.today else "minimum_paid"
    elif pending:
        outcome = "payment_pending"
    elif statement.due < request.today:
        outcome = "overdue"  # its due date has passed: "pay by then" would name a day gone by
    else:
        outcome = "unpaid"
    return ActionResult(
        outcome,
        {
            "statement": {
                "closing": long_date(statement.closing),
                "due": _due_day(statement.due, request.today),
                "balance": money(statement.balance),
                "credit": money(max(-statement.balance, Decimal(0))),  # a credit balance said as a credit
                "minimum_due": money(statement.minimum_due),
                "paid": money(paid),
                "left_to_pay": money(left),
                "pending": money(pending),
                "next_closing": long_date(following[0] if following else request.account.next_closing_after(request.today)),
                "paid_by_next": f"{money(paid)} was paid" if paid else "Nothing was paid",
                "minimum_met": "which covered the minimum" if paid >= statement.minimum_due else "so the minimum was missed",
                "pending_note": _pending_note(pending, left),
            }
        },
    )


def _pending_note(pending: Decimal, left: Decimal) -> str:
    """ "A payment of $1,432.47 is on its way too, which covers the rest once it posts": said after
    what is left of a statement, so a payment made and still pending is not asked for again."""
    if not pending or left <= 0:
        return ""
    after = max(left - pending, Decimal(0))
    rest = "which covers the rest once it posts" if after == 0 else f"which leaves {money(after)} once it posts"
    return f" A payment of {money(pending)} is on its way too, {rest}."


@action(
    outcomes=("on_time", "late", "not_yet_due"),
    fields={"statement": ("closing", "due", "minimum_due", "paid_by_due", "met_on")},
    needs=("statement",),
)
def statement_on_time(request: ActionRequest) -> ActionResult:
    """Whether a statement's minimum was paid by its due date ("did I pay it on time?"): what was
    paid between its closing and its due date, and the day the minimum was met if later."""
    closing = date.fromisoformat(request.slot("statement"))
    statement = next(s for s in request.account.statements if s.closing == closing)
    by_due = request.account.paid_since(closing, min(statement.due, request.today))
    met_on = ""
    running = Decimal(0)
    for payment in sorted((p for p in request.account.payments if p.date > closing and p.status == "posted"), key=lambda p: p.date):
        running += payment.amount
        if running >= statement.minimum_due:
            met_on = long_date(payment.date)
            break
    fields = {
        "closing": long_date(statement.closing),
        "due": long_date(statement.due),
        "minimum_due": money(statement.minimum_due),
        "paid_by_due": money(by_due),
        "met_on": met_on or "not yet",
    }
    if by_due >= statement.minimum_due or statement.minimum_due <= 0:
        outcome = "on_time"
    elif statement.due >= request.today:
        outcome = "not_yet_due"
    else:
        outcome = "late"
    return ActionResult(outcome, {"statement": fields})


def _due_day(due: date, today: date) -> str:
    """The due date, said to be today or tomorrow when it is (at midnight on the due day, "due on
    December 10" alone leaves the customer to work out that it is today)."""
    relative = {today: "today", today + timedelta(days=1): "tomorrow"}.get(due)
    return f"{long_date(due)} ({relative})" if relative else long_date(due)


OVERDUE_FIELDS = ("closing", "due", "minimum_due", "paid", "left", "last_payment", "late_fee")


def _overdue_fields(request: ActionRequest) -> dict[str, str] | None:
    """The figures of a missed minimum (see ``Account.past_due``): the minimum, what was paid,
    the last payment and a late fee charged since; ``None`` when the account is up to date."""
    overdue = request.account.past_due(request.today)
    if overdue is None:
        return None
    statement = overdue.statement
    payments = [p for p in request.account.payments if p.date <= request.today]
    last = max(payments, key=lambda p: p.date) if payments else None
    fees = [f for f in request.account.fees if f.kind == "late_fee" and statement.due < f.date <= request.today and not f.credited]
    fee = max(fees, key=lambda f: f.date) if fees else None
    return {
        "closing": long_date(statement.closing),
        "due": long_date(statement.due),
        "minimum_due": money(statement.minimum_due),
        "paid": money(overdue.paid),
        "left": money(overdue.left),
        "last_payment": f"{money(last.amount)} on {long_date(last.date)}" if last else "none yet",
        "late_fee": f"{money(fee.amount)} on {long_date(fee.date)}" if fee else "none",
    }


# "is my account past due?", "am I behind?": a question the answer must say no to before the due date
_ASKS_IF_LATE = re.compile(r"\b(?:past due|overdue|behind|late|delinquent)\b")


@action(outcomes=("past_due", "up_to_date", "up_to_date_asked"), fields={"overdue": OVERDUE_FIELDS})
def past_due(request: ActionRequest) -> ActionResult:
    """Whether the latest statement past its due date had its minimum paid (and, when the
    request asked whether it is late, that it is not: ``up_to_date_asked``)."""
    fields = _overdue_fields(request)
    if fields:
        return ActionResult("past_due", {"overdue": fields})
    return ActionResult("up_to_date_asked" if _ASKS_IF_LATE.search(fold(request.said).lower()) else "up_to_date")


PAYMENT_FIELDS = ("amount", "date", "status", "count", "asked")


@action(outcomes=("posted", "pending", "not_found", "none", "past_due"), fields={"payment": PAYMENT_FIELDS, "overdue": OVERDUE_FIELDS})
def payment_status(request: ActionRequest) -> ActionResult:
    """The payment asked about (by amount or date), or the latest one; posted or still pending.
    Asked about no payment in particular on an account past due, that comes first (``past_due``):
    "did I miss a payment" is no question about the last one that posted."""
    amount, when = request.criteria.amount, request.criteria.date
    overdue = _overdue_fields(request) if amount is None and when is None else None
    if overdue:
        return ActionResult("past_due", {"overdue": overdue})
    payments = sorted(request.account.payments, key=lambda p: p.date, reverse=True)
    if not payments:
        return ActionResult("none")
    period = period_named(fold(request.said).lower(), request.today) if when is None else None  # "and the one in october?"
    if period is not None and not period.a_past_month:
        period = None  # "have I paid this month": this month's bill, whenever it was paid; a year names no payment
    fits = [p for p in payments if payment_fits(p, amount, when) and (period is None or period.holds(p.date))]
    if not fits:
        details = [f"of {amount}" if amount else "", f"around {long_date(when)}" if when else ""]
        asked = " ".join(["a payment", *filter(None, details)]) if amount or when else "that payment"  # always a noun phrase
        fields = {"amount": str(amount) if amount else "", "asked": asked, "count": str(len(payments))}
        return ActionResult("not_found", {"payment": fields})
    payment = fits[0]
    fields = {"amount": money(payment.amount), "date": long_date(payment.date), "status": payment.status, "count": str(len(payments))}
    outcome = payment.status if payment.status == "pending" else "posted"
    return ActionResult(outcome, {"payment": fields}, slots={"payment": payment_value(payment)})  # "was it on time?" next


PAYMENT_TIMING_FIELDS = ("amount", "date", "closing", "due", "minimum_due", "paid_by_due", "paid_by_due_said", "days_late")


@action(
    outcomes=("on_time", "late", "late_minimum_met", "before_any_statement"),
    fields={"payment": PAYMENT_TIMING_FIELDS},
    needs=("payment",),
)
def payment_on_time(request: ActionRequest) -> ActionResult:
    """Whether a payment came by the due date of the statement it paid (the last one closed
    before it was made). A payment made after the due date is late only when the minimum had
    not been paid by then: earlier payments may have met it already."""
    payment = payment_of(request.account, request.slot("payment"))
    assert payment is not None, "a payment slot names a payment of the account"
    closed = [s for s in request.account.statements if s.closing < payment.date]
    fields = {"amount": money(payment.amount), "date": long_date(payment.date)}
    if not closed:
        return ActionResult("before_any_statement", {"payment": fields})
    statement = max(closed, key=lambda s: s.closing)
    # made by the due date counts, posted or still on its way
    by_due = sum((p.amount for p in request.account.payments if statement.closing < p.date <= statement.due), Decimal(0))
    fields |= {
        "closing": long_date(statement.closing),
        "due": long_date(statement.due),
        "minimum_due": money(statement.minimum_due),
        "paid_by_due": money(by_due),
        "paid_by_due_said": f"only {money(by_due)} had been paid by then" if by_due else "nothing had been paid by then",
        "days_late": _days(payment.date - statement.due),
    }
    if payment.date <= statement.due:
        outcome = "on_time"
    elif by_due >= statement.minimum_due:
        outcome = "late_minimum_met"
    else:
        outcome = "late"
    return ActionResult(outcome, {"payment": fields})


def _days(gap: timedelta) -> str:
    return "1 day" if gap.days == 1 else f"{gap.days} days"


DUE_FIELDS = ("old_day", "new_day", "first_closing", "first_due")


def _current_due_day(request: ActionRequest) -> int | None:
    latest = request.account.latest_statement(request.today)
    return request.account.due_day or (latest.due.day if latest else None)


def _first_new_due(request: ActionRequest, day: int) -> tuple[date, date]:
    """The first statement a new due day applies to (the one after the statement now in
    progress) and its due date: the first such day at least 21 days after that statement closes."""
    closing_day = request.account.closing_day(request.today)
    first_closing = add_months(closing_on_or_after(request.today + timedelta(days=1), closing_day), 1, closing_day)
    first_due = first_closing + timedelta(days=21)
    while first_due.day != day:
        first_due += timedelta(days=1)
    return first_closing, first_due


@action(outcomes=("changed",), fields={"due": DUE_FIELDS, "case": ("number",)}, needs=("due_day",), changes_account=True)
def change_due_day(request: ActionRequest) -> ActionResult:
    """Move the payment due date to another day of the month, from the statement after the
    one now in progress (that one is already on its way)."""
    day = int(request.slot("due_day"))
    old_day = _current_due_day(request)
    first_closing, first_due = _first_new_due(request, day)
    case_number = request.new_case("A")
    case = Case(
        case_number,
        request.account.id,
        "due_date_change",
        request.now,
        f"Payment due date moved to the {ordinal(day)}",
        deadlines=(("first_due", first_due),),
    )
    fields = {
        "old_day": ordinal(old_day) if old_day else "the current day",
        "new_day": ordinal(day),
        "first_closing": long_date(first_closing),
        "first_due": long_date(first_due),
    }
    return ActionResult(
        "changed",
        {"due": fields, "case": {"number": case_number}},
        changes=(Change.of("set_due_day", day=day),),
        cases=(case,),
        log=(
            LogEntry(
                request.now,
                f"Moved the payment due date to the {ordinal(day)} of the month.",
                case_number,
                f"The first payment on the new date is due {long_date(first_due)}; until then, keep paying by the current due date.",
            ),
        ),
        done=f"moved the payment due date to the {ordinal(day)}",
    )


FEE_FIELDS = ("amount", "date", "kind", "statement_closing", "why", "paid_in_time")


def _latest_late_fee(request: ActionRequest) -> Fee | None:
    fees = [fee for fee in request.account.fees if fee.kind == "late_fee" and fee.date <= request.today]
    return max(fees, key=lambda fee: fee.date) if fees else None


def _fee_fields(request: ActionRequest, fee: Fee) -> dict[str, str]:
    return {
        "amount": money(fee.amount),
        "date": long_date(fee.date),
        "kind": fee.kind.replace("_", " "),
        "statement_closing": long_date(request.account.statement_closing_on_or_after(fee.date)),
        "why": _late_fee_cause(request, fee) if fee.kind == "late_fee" else "",
        "paid_in_time": _paid_in_time(request, fee) or "" if fee.kind == "late_fee" else "",
    }


def _paid_in_time(request: ActionRequest, fee: Fee) -> str | None:
    """How the minimum due just before a late fee was paid in time, when it was (the fee then
    looks like an error): "the $57.00 minimum due November 19, 2026 was paid by then ($2,000.00)"."""
    account = request.account
    due_before = [s for s in account.statements if s.due < fee.date]
    if not due_before:
        return None
    statement = max(due_before, key=lambda s: s.due)
    paid = account.paid_since(statement.closing, statement.due)
    if paid < statement.minimum_due:
        return None
    return f"the {money(statement.minimum_due)} minimum due {long_date(statement.due)} was paid by then ({money(paid)})"


def _late_fee_cause(request: ActionRequest, fee: Fee) -> str:
    """Why a late fee was charged, said after its date ("why did I get a late fee?"): the minimum
    of the last statement due before it that was not paid by its due date; "" when none shows."""
    account = request.account
    missed = [s for s in account.statements if s.due < fee.date and account.paid_since(s.closing, s.due) < s.minimum_due]
    if not missed:
        return ""
    statement = max(missed, key=lambda s: s.due)
    return f", charged because the {money(statement.minimum_due)} minimum due {long_date(statement.due)} wasn't paid by then"


@action(outcomes=("found", "already_credited", "in_error", "other_fee", "none"), fields={"fee": FEE_FIELDS})
def find_late_fee(request: ActionRequest) -> ActionResult:
    """The latest late fee; ``in_error`` when the minimum due before it was paid in time. With no
    late fee, the latest other fee not credited ("take it off" of a returned payment fee): its
    review is not the goodwill rule's, so it is named, not credited."""
    fee = _latest_late_fee(request)
    if fee is None:
        others = [f for f in request.account.fees if f.kind != "late_fee" and not f.credited and f.date <= request.today]
        if others:
            return ActionResult("other_fee", {"fee": _fee_fields(request, max(others, key=lambda f: f.date))})
        return ActionResult("none")
    if fee.credited:
        return ActionResult("already_credited", {"fee": _fee_fields(request, fee)})
    fields = _fee_fields(request, fee)
    return ActionResult("in_error" if fields["paid_in_time"] else "found", {"fee": fields})


GOODWILL_FIELDS = ("rule", "circumstance")


@action(
    outcomes=("eligible_circumstance", "eligible_first", "declined_repeat", "declined_unpaid", "already_credited", "none"),
    fields={"fee": FEE_FIELDS, "goodwill": GOODWILL_FIELDS},
    needs=("circumstance",),
)
def goodwill_rule(request: ActionRequest) -> ActionResult:
    """Weigh the circumstance and the account's history (see bank/policies.py)."""
    fee = _latest_late_fee(request)
    if fee is None:
        return ActionResult("none")
    circumstance = request.slots["circumstance"]
    decision = goodwill_decision(request.account, fee, circumstance.value, request.policies)
    outcome = {
        "circumstance": "eligible_circumstance",
        "first_in_period": "eligible_first",
        "repeat": "declined_repeat",
        "unpaid": "declined_unpaid",
        "already_credited": "already_credited",
    }[decision.reason]
    months = request.policies.goodwill_look_back_months
    return ActionResult(
        outcome,
        {"fee": _fee_fields(request, fee), "goodwill": {"rule": f"{months} months", "circumstance": circumstance.shown}},
    )


@action(outcomes=("credited",), fields={"fee": FEE_FIELDS, "case": ("number",)}, changes_account=True)
def credit_fee(request: ActionRequest) -> ActionResult:
    fee = _latest_late_fee(request)
    assert fee is not None and not fee.credited, "credit_fee follows goodwill_rule's eligible outcomes"
    case_number = request.new_case("G")
    next_closing = request.account.statement_closing_on_or_after(request.today)
    case = Case(case_number, request.account.id, "goodwill_credit", request.now, f"Goodwill credit of the {money(fee.amount)} late fee")
    return ActionResult(
        "credited",
        {"fee": _fee_fields(request, fee), "case": {"number": case_number}},
        changes=(Change.of("credit_fee", date=fee.date.isoformat(), fee=fee.kind),),
        cases=(case,),
        log=(
            LogEntry(
                request.now,
                f"Credited the {money(fee.amount)} late fee of {long_date(fee.date)}.",
                case_number,
                f"The credit shows on the statement closing {long_date(next_closing)}.",
            ),
        ),
        done=f"credited the {money(fee.amount)} late fee",
    )


@action(outcomes=("same_day", "different_day"), fields={"due": DUE_FIELDS}, needs=("due_day",))
def due_day_check(request: ActionRequest) -> ActionResult:
    """Is the day asked for already the due day? Also works out when a change would start."""
    day = int(request.slot("due_day"))
    first_closing, first_due = _first_new_due(request, day)
    old_day = _current_due_day(request)
    fields = {
        "old_day": ordinal(old_day) if old_day else "the current day",
        "new_day": ordinal(day),
        "first_closing": long_date(first_closing),
        "first_due": long_date(first_due),
    }
    return ActionResult("same_day" if old_day == day else "different_day", {"due": fields})


FEE_LIST_FIELDS = ("list", "count", "total", "what", "kind")

# The words that name one kind of fee in a question ("what foreign transaction fees have I paid?").
_FEE_KIND_WORDS = {
    "foreign_transaction_fee": re.compile(r"\b(foreign|fx|international|currency conversion)\b"),
    "late_fee": re.compile(r"\blate\b"),
    "annual_fee": re.compile(r"\b(annual|yearly|membership)\b"),
    "returned_payment_fee": re.compile(r"\b(returned|bounced) payments?\b"),
    "cash_advance_fee": re.compile(r"\bcash advances?\b"),
    "overlimit_fee": re.compile(r"\bover ?(the )?limit\b"),
}


def _fee_kind_named(said: str) -> str | None:
    """The one fee kind the request names, if it names exactly one."""
    text = said.lower().replace("-", " ")
    kinds = [kind for kind, words in _FEE_KIND_WORDS.items() if words.search(text)]
    return kinds[0] if len(kinds) == 1 else None


def _fee_line(fee: Fee) -> str:
    credited = " (credited back)" if fee.credited else ""
    return f"- {fee.kind.replace('_', ' ').capitalize()}: {money(fee.amount)} on {long_date(fee.date)}{credited}"


@action(outcomes=("listed", "none", "none_of_kind"), fields={"fees": FEE_LIST_FIELDS})
def list_fees(request: ActionRequest) -> ActionResult:
    """Every fee charged so far, newest first, with what it was, how much and when; the total
    leaves out fees already credited back. A request naming one kind of fee ("foreign
    transaction fees") gets only the fees of that kind, or is told there are none."""
    fees = sorted((fee for fee in request.account.fees if fee.date <= request.today), key=lambda fee: fee.date, reverse=True)
    kind = _fee_kind_named(request.said)
    if kind is not None:
        fees = [fee for fee in fees if fee.kind == kind]
    what = kind.replace("_", " ") + "s" if kind else "fees"
    if not fees:
        return ActionResult("none_of_kind" if kind else "none", {"fees": {"kind": what}})
    total = sum((fee.amount for fee in fees if not fee.credited), Decimal(0))
    fields = {
        "list": "\n".join(map(_fee_line, fees)),
        "count": f"{len(fees)} fee" + ("" if len(fees) == 1 else "s"),
        "total": money(total),
        "what": what.capitalize(),
        "kind": what,
    }
    return ActionResult("listed", {"fees": fields})


@action(outcomes=("found", "already_credited", "none"), fields={"fee": FEE_FIELDS})
def find_fee(request: ActionRequest) -> ActionResult:
    """The latest fee of one kind (``with: {kind: annual_fee}``) charged so far."""
    kind = request.params["kind"]
    fees = [fee for fee in request.account.fees if fee.kind == kind and fee.date <= request.today]
    if not fees:
        return ActionResult("none")
    fee = max(fees, key=lambda fee: fee.date)
    return ActionResult("already_credited" if fee.credited else "found", {"fee": _fee_fields(request, fee)})


@action(outcomes=("named", "none"), reads_account=False)
def fee_amount_named(request: ActionRequest) -> ActionResult:
    """Whether a fee question gives an amount to look for ("why was I charged a $50.61 fee?"),
    beyond the $1 of a card check, which the general answer covers."""
    amount = request.criteria.amount
    return ActionResult("named" if amount is not None and amount.value > 1 else "none")


FEE_OF_AMOUNT_FIELDS = (*FEE_FIELDS, "about")


@action(outcomes=("found", "already_credited", "none"), fields={"fee": FEE_OF_AMOUNT_FIELDS})
def fee_of_amount(request: ActionRequest) -> ActionResult:
    """The fee charged so far of the amount the customer gave, with the charge it came with
    when one charge posted the same day (a foreign transaction fee and its purchase)."""
    amount = request.criteria.amount
    fees = [fee for fee in request.account.fees if amount is not None and fee.amount == amount.value and fee.date <= request.today]
    if not fees:
        return ActionResult("none")
    fee = max(fees, key=lambda fee: fee.date)
    same_day = [t for t in request.account.transactions if t.date == fee.date and t.amount > 0]
    about = f", with the {money(same_day[0].amount)} charge at {same_day[0].merchant}" if len(same_day) == 1 else ""
    fields = {**_fee_fields(request, fee), "about": about}
    return ActionResult("already_credited" if fee.credited else "found", {"fee": fields})


CREDIT_BALANCE_FIELDS = ("amount", "why", "balance")
_CREDIT_LOOKBACK = timedelta(days=90)  # the payments and refunds that can explain a credit balance


@action(outcomes=("credit", "none"), fields={"credit": CREDIT_BALANCE_FIELDS})
def credit_balance(request: ActionRequest) -> ActionResult:
    """Whether the balance is a credit (below zero: more paid or refunded than owed), and what
    made it one: a payment larger than the statement it paid, refunds posted lately."""
    account, today = request.account, request.today
    balance = account.current_balance(today)
    if balance >= 0:
        return ActionResult("none", {"credit": {"amount": money(Decimal(0)), "why": "", "balance": money(balance)}})
    reasons = []
    statements = sorted((s for s in account.statements if s.closing <= today and s.balance > 0), key=lambda s: s.closing)
    for statement in statements[-2:]:
        later = [s.closing for s in account.statements if s.closing > statement.closing]
        paid = account.paid_since(statement.closing, min(later[0], today) if later else today)
        if paid > statement.balance:
            closed = long_date(statement.closing)
            reasons.append(f"you paid {money(paid)} against a statement balance of {money(statement.balance)} (closed {closed})")
    for refund in (t for t in account.transactions if t.amount < 0 and not t.pending and today - _CREDIT_LOOKBACK <= t.date <= today):
        reasons.append(f"a refund of {money(-refund.amount)} from {refund.merchant} posted on {long_date(refund.date)}")
    why = "; ".join(reasons) if reasons else "payments and credits came to more than your charges"
    return ActionResult("credit", {"credit": {"amount": money(-balance), "why": why, "balance": money(balance)}})


AUTOPAY_FIELDS = ("due", "minimum_due", "balance", "pending_amount", "pending_date")


@action(outcomes=("off", "on", "on_pending", "on_next_statement"), fields={"autopay": AUTOPAY_FIELDS})
def autopay_next(request: ActionRequest) -> ActionResult:
    """When AutoPay takes its next payment, and what it stands to take ("how much will it take
    out?"): on the due date of the statement now due, or of the next one once that date has passed.
    The amount chosen (minimum, balance or fixed) is not on the account file, so both figures are said."""
    account, today = request.account, request.today
    latest = account.latest_statement(today)
    fields: dict[str, str] = {}
    if latest is not None:
        fields = {"due": _due_day(latest.due, today), "minimum_due": money(latest.minimum_due), "balance": money(latest.balance)}
    if not account.autopay:
        return ActionResult("off", {"autopay": fields})
    if latest is None or latest.due < today:
        closing = account.next_closing_after(today)
        gap = (latest.due - latest.closing) if latest is not None else timedelta(days=25)
        fields["due"] = long_date(closing + gap)
        return ActionResult("on_next_statement", {"autopay": fields})
    pending = [p for p in account.payments if p.status == "pending" and latest.closing < p.date <= latest.due]
    if pending:
        fields |= {"pending_amount": money(pending[-1].amount), "pending_date": long_date(pending[-1].date)}
        return ActionResult("on_pending", {"autopay": fields})
    return ActionResult("on", {"autopay": fields})
