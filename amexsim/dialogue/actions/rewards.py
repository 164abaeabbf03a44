"""Rewards actions: Pay with Points on a charge, and the monthly benefit credits (all, or one by name)."""

from __future__ import annotations

import re

from ...bank.accounts import BenefitCredit, long_date, money
from ...bank.changes import Change
from ...bank.policies import business_days_after, points_needed
from ..state import LogEntry
from .base import ActionRequest, ActionResult, action, count
from .disputes import CHARGE_FIELDS, charge_fields

POINTS_FIELDS = ("needed", "balance", "after", "rate", "short", "minimum")


def _points(request: ActionRequest) -> dict[str, str]:
    charge = request.charge()
    needed = points_needed(charge.amount, request.policies)
    balance = request.account.points
    return {
        "needed": count(needed, "point"),
        "balance": count(balance, "point"),
        "after": count(balance - needed, "point"),
        "rate": f"{request.policies.cents_per_point.normalize():f} cents a point",
        "short": count(max(needed - balance, 0), "point"),
        "minimum": count(request.policies.minimum_points, "point"),
    }


@action(
    outcomes=("enough", "not_enough", "not_eligible", "too_small"),
    fields={"charge": CHARGE_FIELDS, "points": POINTS_FIELDS},
    needs=("charge",),
)
def points_for_charge(request: ActionRequest) -> ActionResult:
    """Points needed to pay a posted charge at the stated rate, and whether there are enough."""
    charge = request.charge()
    fields = {"charge": charge_fields(request), "points": _points(request)}
    if charge.pending:
        return ActionResult("not_eligible", fields)
    needed = points_needed(charge.amount, request.policies)
    if needed < request.policies.minimum_points:
        return ActionResult("too_small", fields)
    return ActionResult("enough" if needed <= request.account.points else "not_enough", fields)


@action(outcomes=("enough", "too_few"), fields={"points": ("minimum",)})
def points_to_use(request: ActionRequest) -> ActionResult:
    """Whether the balance reaches the smallest redemption, so offering to use it makes sense."""
    minimum = request.policies.minimum_points
    enough = request.account.points >= minimum
    return ActionResult("enough" if enough else "too_few", {"points": {"minimum": count(minimum, "point")}})


@action(
    outcomes=("redeemed",),
    fields={"charge": CHARGE_FIELDS, "points": POINTS_FIELDS, "credit": ("date",)},
    needs=("charge",),
    changes_account=True,
)
def redeem_points(request: ActionRequest) -> ActionResult:
    charge = request.charge()
    needed = points_needed(charge.amount, request.policies)
    credit_date = business_days_after(request.today, 2)
    return ActionResult(
        "redeemed",
        {"charge": charge_fields(request), "points": _points(request), "credit": {"date": long_date(credit_date)}},
        changes=(Change.of("redeem_points", points=needed, amount=charge.amount, card=charge.card, date=credit_date.isoformat()),),
        log=(
            LogEntry(
                request.now,
                f"Used {needed:,} points to pay the {money(charge.amount)} {charge.merchant} charge.",
                next_step=f"The statement credit shows by {long_date(credit_date)}.",
            ),
        ),
        done=f"used {needed:,} points on the {charge.merchant} charge",
    )


@action(outcomes=("listed", "none"), fields={"benefits": ("list", "left")})
def benefit_credits(request: ActionRequest) -> ActionResult:
    credits = request.account.benefit_credits
    if not credits:
        return ActionResult("none")
    total = sum((c.left for c in credits), start=credits[0].left * 0)
    return ActionResult("listed", {"benefits": {"list": _credit_lines(credits), "left": money(total)}})


CREDIT_FIELDS = ("name", "left", "used", "monthly")
_GENERIC_WORDS = frozenset({"credit", "credits", "cash", "card", "benefit", "statement", "monthly", "the", "and", "of", "plus"})
_WORD = re.compile(r"[a-z0-9]+")


def _naming_words(name: str) -> frozenset[str]:
    """The words that pick a credit out by name ("disney" for Disney Bundle Credit, "uber" for Uber Cash)."""
    return frozenset(_WORD.findall(name.lower())) - _GENERIC_WORDS


def _credit_lines(credits: tuple[BenefitCredit, ...] | list[BenefitCredit]) -> str:
    """The credits as the full listing shows them, so both answers read alike."""
    return "\n".join(f"- {c.name}: {money(c.used_this_month)} of {money(c.monthly)} used, {money(c.left)} left this month" for c in credits)


# A word before "credit" that names no particular credit ("my credit", "the available credit").
_NOT_A_CREDIT_NAME = re.compile(
    r"(my|the|this|that|your|our|of|a|an|any|each|every|which|what|how|much|available|total|remaining|left|statement|monthly"
    r"|benefit|store|account|on|in|for|no)"
)
_NAMED_CREDIT = re.compile(r"\b([a-z]+) (credit|cash)\b")


def _credit_asked(said: str) -> str:
    """The credit the customer named by a word before "credit" or "cash" ("Hotel Credit"), or "" if none."""
    for word, noun in _NAMED_CREDIT.findall(said.lower()):
        if not _NOT_A_CREDIT_NAME.fullmatch(word):
            return f"{word} {noun}".title()
    return ""


@action(
    outcomes=("found", "several", "not_matched", "not_on_account", "none"),
    fields={"credit": (*CREDIT_FIELDS, "asked"), "benefits": ("list",)},
)
def benefit_credit_left(request: ActionRequest) -> ActionResult:
    """What is left this month of the benefit credit the customer named (by a word of its name),
    or of every credit when the words name none or several; a credit named that the account
    doesn't have ("hotel credit") is said to be missing before the list."""
    credits = request.account.benefit_credits
    if not credits:
        return ActionResult("none")
    said = frozenset(_WORD.findall(request.said.lower()))
    named = [c for c in credits if _naming_words(c.name) & said]
    if len(named) == 1:
        credit = named[0]
        fields = {"name": credit.name, "left": money(credit.left), "used": money(credit.used_this_month), "monthly": money(credit.monthly)}
        return ActionResult("found", {"credit": fields})
    asked = "" if named else _credit_asked(request.said)
    outcome = "several" if named else "not_on_account" if asked else "not_matched"
    return ActionResult(outcome, {"benefits": {"list": _credit_lines(named or credits)}, "credit": {"asked": asked}})
