"""Credit actions: limit-increase eligibility by a stated rule, and the increase itself."""

from __future__ import annotations

from decimal import Decimal

from ...bank.accounts import money
from ...bank.cases import Case
from ...bank.changes import Change
from ...bank.policies import limit_increase_decision
from ..fields import pending_note
from ..state import LogEntry, SlotValue
from .base import CARD_FIELDS, ActionRequest, ActionResult, action, card_fields, count

LIMIT_FIELDS = ("current", "new", "increase", "statements", "months", "share")


@action(
    outcomes=("offer", "approved", "needs_review", "too_new", "late_fee", "missed_minimum"),
    fields={"limit": LIMIT_FIELDS},
    fills=("limit_amount",),
)
def limit_check(request: ActionRequest) -> ActionResult:
    """Eligible when the last statements (up to the look-back) were paid at least the minimum
    on time, with no late fee, on an account with enough history; an increase up to the
    automatic share of today's limit is decided in chat, a larger one goes to the credit team."""
    requested = Decimal(request.slot("limit_amount")) if "limit_amount" in request.slots else None
    decision = limit_increase_decision(request.account, requested, request.today, request.policies)
    current = request.account.credit_limit
    new = decision.figure or current
    fields = {
        "current": money(current),
        "new": money(new),
        "increase": money(new - current),
        "statements": _statements_examined(request),
        "months": count(request.policies.limit_look_back_statements, "month"),
        "share": f"{int(request.policies.limit_automatic_share * 100)}%",
    }
    slots = {"limit_amount": SlotValue(str(new), money(new))} if decision.reason == "offer" else {}
    return ActionResult(decision.reason, {"limit": fields}, slots=slots)


def _statements_examined(request: ActionRequest) -> str:
    """The statements the rule looked at: the look-back, or all there are when the account
    has fewer (an account with 4 statements is never told its last 6 were checked)."""
    look_back = request.policies.limit_look_back_statements
    closed = sum(1 for statement in request.account.statements if statement.closing <= request.today)
    if closed >= look_back:
        return count(look_back, "statement")
    return f"{count(closed, 'statement')} (all the account has so far; it covers up to {look_back})"


@action(outcomes=("raised",), fields={"limit": LIMIT_FIELDS, "case": ("number",)}, needs=("limit_amount",), changes_account=True)
def raise_limit(request: ActionRequest) -> ActionResult:
    decision = limit_increase_decision(request.account, Decimal(request.slot("limit_amount")), request.today, request.policies)
    assert decision.granted and decision.figure is not None, "raise_limit follows an approved limit_check"
    current, new = request.account.credit_limit, decision.figure
    case_number = request.new_case("L")
    case = Case(
        case_number, request.account.id, "credit_limit_increase", request.now, f"Credit limit raised from {money(current)} to {money(new)}"
    )
    fields = {"current": money(current), "new": money(new), "increase": money(new - current)}
    return ActionResult(
        "raised",
        {"limit": fields, "case": {"number": case_number}},
        changes=(Change.of("set_credit_limit", limit=new),),
        cases=(case,),
        log=(
            LogEntry(
                request.now,
                f"Raised the credit limit from {money(current)} to {money(new)}.",
                case_number,
                "The new limit is available now.",
            ),
        ),
        done=f"raised the credit limit to {money(new)}",
    )


@action(outcomes=("primary", "named"), fields={"card": CARD_FIELDS})
def card_limit(request: ActionRequest) -> ActionResult:
    """Which card a credit-limit question is about: none named (or the account's own first card)
    gets the plain answer, the account's limit; another card named shares that limit."""
    if "card" not in request.slots:
        return ActionResult("primary")
    card = request.card()
    primary = request.account.own_cards[0] if request.account.own_cards else request.account.cards[0]
    return ActionResult("primary" if card.last_four == primary.last_four else "named", {"card": card_fields(card)})


PURCHASE_FIELDS = ("amount", "available", "limit", "balance", "pending_note", "short")


@action(outcomes=("fits", "over"), fields={"purchase": PURCHASE_FIELDS}, needs=("purchase_amount",))
def purchase_fits(request: ActionRequest) -> ActionResult:
    """Whether a purchase of the amount asked about fits in today's available credit (the limit
    less the current balance and the pending charges); a card lock or a fraud check can still
    decline one that fits."""
    amount = Decimal(request.slot("purchase_amount"))
    account = request.account
    available = account.available_credit(request.today)
    fields = {
        "amount": money(amount),
        "available": money(available),
        "limit": money(account.credit_limit),
        "balance": money(account.current_balance(request.today)),
        "pending_note": pending_note(account, request.today),
        "short": money(max(amount - available, Decimal(0))),
    }
    return ActionResult("fits" if amount <= available else "over", {"purchase": fields})
