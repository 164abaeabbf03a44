"""Dispute actions: the FCBA window, urgent fraud on a pending charge, opening the case."""

from __future__ import annotations

from ...bank.accounts import long_date, money
from ...bank.cases import Case
from ...bank.fcba import ACKNOWLEDGE_DAYS, dispute_clock
from ..slots import DISPUTE_KINDS, charge_shown, merchants_named
from ..state import LogEntry
from .base import ActionRequest, ActionResult, action

CHARGE_FIELDS = ("label", "amount", "merchant", "date", "card", "status")
FCBA_FIELDS = ("statement_date", "dispute_deadline", "acknowledge_by", "resolve_by")
UPLOAD_LINK = "https://secure.amexsim.example/upload/{case}"  # simulated: no such site


def charge_fields(request: ActionRequest) -> dict[str, str]:
    charge = request.charge()
    return {
        "label": charge_shown(charge),
        "amount": money(charge.amount),
        "merchant": charge.merchant,
        "date": long_date(charge.date),
        "card": charge.card,
        "status": charge.status,
    }


def _clock(request: ActionRequest):
    charge = request.charge()
    statement = request.account.statement_closing_on_or_after(charge.date)
    return dispute_clock(request.today, statement, request.account.closing_day(request.today))


def _fcba_fields(request: ActionRequest) -> dict[str, str]:
    clock = _clock(request)
    return {
        "statement_date": long_date(clock.statement_date),
        "dispute_deadline": long_date(clock.dispute_deadline),
        "acknowledge_by": long_date(clock.acknowledge_by),
        "resolve_by": long_date(clock.resolve_by),
    }


@action(outcomes=("urgent", "pending", "posted"), fields={"charge": CHARGE_FIELDS}, needs=("charge", "reason"))
def fraud_urgency(request: ActionRequest) -> ActionResult:
    """A charge the customer did not make that is still pending is urgent fraud: the phone
    first. Any other pending charge cannot be disputed until it posts."""
    charge = request.charge()
    if not charge.pending:
        return ActionResult("posted", {"charge": charge_fields(request)})
    if request.slot("reason") != "not_authorised":
        return ActionResult("pending", {"charge": charge_fields(request)})
    what = f"the pending {money(charge.amount)} {charge.merchant} charge"
    # the summary's next steps must carry the call the chat asked for ("Nothing else is needed" would be wrong)
    told = LogEntry(
        request.now,
        f"Told you {what} you didn't make is urgent fraud.",
        next_step=f"Call the number on the back of your card (or 1-800-528-4800) so the fraud team can stop {what} before it posts.",
    )
    return ActionResult("urgent", {"charge": charge_fields(request)}, log=(told,))


@action(outcomes=("cancelled", "usable"), fields={"charge": CHARGE_FIELDS})
def charge_card_cancelled(request: ActionRequest) -> ActionResult:
    """Whether the card the charge was made on is cancelled already (replaced earlier in the chat):
    then there is no card to lock for it, and the new card has nothing to do with the charge."""
    charge = request.charge()
    card = next((c for c in request.account.cards if c.last_four == charge.card), None)
    return ActionResult("cancelled" if card is not None and card.status == "cancelled" else "usable", {"charge": charge_fields(request)})


@action(
    outcomes=("in_time", "too_late", "not_billed", "no_statement"), fields={"charge": CHARGE_FIELDS, "fcba": FCBA_FIELDS}, needs=("charge",)
)
def dispute_window(request: ActionRequest) -> ActionResult:
    """60 days from the closing date of the statement the charge first appeared on; a charge
    on no closed statement yet has not started its clock (``not_billed``), and on an account
    that has had no statement at all, the day it starts is not known yet (``no_statement``)."""
    clock = _clock(request)
    if not request.account.statements:
        return ActionResult("no_statement", {"charge": charge_fields(request), "fcba": _fcba_fields(request)})
    outcome = "not_billed" if clock.statement_date > request.today else "in_time" if clock.in_time else "too_late"
    return ActionResult(outcome, {"charge": charge_fields(request), "fcba": _fcba_fields(request)})


@action(outcomes=("disputed", "reviewed", "not_disputed"), fields={"case": ("number",)}, needs=("charge",))
def charge_disputed(request: ActionRequest) -> ActionResult:
    """Whether the charge already has a dispute (``reviewed``: one opened after its window)."""
    shown = charge_shown(request.charge())
    cases = [c for c in request.cases if c.charge == shown and c.account == request.account.id and c.kind in DISPUTE_KINDS]
    if not cases:
        return ActionResult("not_disputed")
    case = max(cases, key=lambda c: c.opened)
    return ActionResult("reviewed" if case.kind == "dispute_review" else "disputed", {"case": {"number": case.number}})


@action(
    outcomes=("opened", "opened_with_documents"),
    fields={"charge": CHARGE_FIELDS, "fcba": FCBA_FIELDS, "case": ("number", "reason"), "upload": ("link",)},
    needs=("charge", "reason"),
)
def open_dispute(request: ActionRequest) -> ActionResult:
    """Open the dispute case with its FCBA dates; a charge disputed after the window
    (``with: {late: yes}``) is opened for a courtesy review, acknowledged within 30 days."""
    charge = request.charge()
    reason = request.slots["reason"]
    fraud = reason.value == "not_authorised"
    case_number = request.new_case("F" if fraud else "D")
    clock = _clock(request)
    late = request.params.get("late") == "yes"
    deadlines = (
        (("acknowledge_by", clock.acknowledge_by),)
        if late
        else (("acknowledge_by", clock.acknowledge_by), ("resolve_by", clock.resolve_by))
    )
    case = Case(
        number=case_number,
        account=request.account.id,
        kind="fraud_claim" if fraud else ("dispute_review" if late else "dispute"),
        opened=request.now,
        summary=f"{'Fraud claim' if fraud else 'Dispute'}: {charge_shown(charge)} ({reason.shown})",
        card=charge.card,
        charge=charge_shown(charge),
        deadlines=deadlines,
    )
    documents = reason.value in request.policies.documents_for
    link = UPLOAD_LINK.format(case=case_number) if documents else ""
    if late:
        step = f"We acknowledge it by {long_date(clock.acknowledge_by)} (within {ACKNOWLEDGE_DAYS} days) and tell you what we can do."
    else:
        step = (
            f"Acknowledgment by {long_date(clock.acknowledge_by)}, a decision by {long_date(clock.resolve_by)}; "
            "you don't pay the disputed amount meanwhile."
        )
    if documents:
        step += " Upload receipts or messages with the merchant through the secure link."
    return ActionResult(
        "opened_with_documents" if documents else "opened",
        {
            "charge": charge_fields(request),
            "fcba": _fcba_fields(request),
            "case": {"number": case_number, "reason": reason.shown},
            "upload": {"link": link},
        },
        cases=(case,),
        log=(LogEntry(request.now, f"Opened {case.summary[0].lower() + case.summary[1:]}.", case_number, step),),
        done=f"opened case {case_number}",
    )


REFUND_FIELDS = ("amount", "date", "card", "where", "merchant")
_REFUND_LOOKBACK_DAYS = 120  # "did my refund come through?" looks at the credits of about four statements


@action(outcomes=("refund_found", "none"), fields={"refund": REFUND_FIELDS})
def refund_from_merchant(request: ActionRequest) -> ActionResult:
    """ "did the bookstore refund come through?": a credit from the merchant the request names,
    the latest of the last few months, posted or still pending, said before any charge is asked
    for (the refund is what the customer is looking for, not a charge to dispute) when the
    merchant has several charges to choose from, or none."""
    named = merchants_named(request.account, request.said, credits=True)
    credits = [
        t
        for t in request.account.transactions
        if t.amount < 0 and t.merchant in named and t.date <= request.today and (request.today - t.date).days <= _REFUND_LOOKBACK_DAYS
    ]
    charges = [t for t in request.account.transactions if t.amount > 0 and t.merchant in named and t.date <= request.today]
    if not credits or len(charges) == 1:
        return ActionResult("none")  # one charge: the refund is weighed against it (``charge_refunded``)
    latest = max(credits, key=lambda t: t.date)
    return ActionResult("refund_found", {"refund": _refund_fields([latest])})


@action(outcomes=("refunded", "credited", "not_refunded"), fields={"charge": CHARGE_FIELDS, "refund": REFUND_FIELDS}, needs=("charge",))
def charge_refunded(request: ActionRequest) -> ActionResult:
    """Whether the merchant has already credited the charge back in full: credits from the same
    merchant posted on or after the charge, up to today. A refund that has posted is said with
    its amount and date instead of chasing or disputing it. Chasing a refund, any credit from the
    merchant that falls short of that (a part refund, or one posted before the charge) is said
    too (``credited``), before the charge itself is looked at."""
    charge = request.charge()
    from_merchant = [t for t in request.account.transactions if t.amount < 0 and t.merchant == charge.merchant and t.date <= request.today]
    credits = [t for t in from_merchant if charge.date <= t.date]
    if credits and -sum(t.amount for t in credits) >= charge.amount:
        return ActionResult("refunded", {"charge": charge_fields(request), "refund": _refund_fields(credits)})
    reason = request.slots.get("reason")
    if from_merchant and reason is not None and reason.value in ("refund_not_received", "cancelled"):
        latest = max(from_merchant, key=lambda t: t.date)
        return ActionResult("credited", {"charge": charge_fields(request), "refund": _refund_fields([latest])})
    return ActionResult("not_refunded")


def _refund_fields(credits: list) -> dict[str, str]:
    """The refund's amount, and where it stands: posted on a date, or still pending (a credit the
    merchant has sent that has not posted yet is no refund that "posted")."""
    latest = max(credits, key=lambda t: t.date)
    date = long_date(latest.date)
    merchant = latest.merchant
    if any(t.pending for t in credits):
        where = f"is pending on the card ending {latest.card} (sent on {date}; it should post within a few days)"
    else:
        where = f"posted to the card ending {latest.card} on {date}"
    return {"amount": money(-sum(t.amount for t in credits)), "date": date, "card": latest.card, "where": where, "merchant": merchant}
