"""Account activity: the latest transactions on the account, or those of one person's cards, one
card, one merchant, or the pending ones."""

from __future__ import annotations

import re
from decimal import Decimal

from ...bank.accounts import Card, Transaction, long_date, money
from ...understanding.normalize import fold
from ..people import holders_named_best
from ..periods import period_named
from ..slots import merchants_named
from .base import ActionRequest, ActionResult, action, count

ACTIVITY_FIELDS = ("list", "count", "person", "card", "merchant", "total", "during", "when")
LATEST = 8  # how many transactions a listing shows
_WORD = re.compile(r"[a-z]+")


def _line(transaction: Transaction) -> str:
    when = f"{long_date(transaction.date)}, card ending {transaction.card}"
    if transaction.amount < 0:
        return f"- {money(-transaction.amount)} credit from {transaction.merchant} on {when}"
    pending = " (pending)" if transaction.pending else ""
    return f"- {money(transaction.amount)} at {transaction.merchant} on {when}{pending}"


def _spent(transactions: list[Transaction]) -> str:
    """What was spent, and how much of it came back ("$180.50, all of it refunded since")."""
    spent = sum((t.amount for t in transactions if t.amount > 0), start=Decimal(0))
    refunded = -sum((t.amount for t in transactions if t.amount < 0), start=Decimal(0))
    if not refunded:
        return money(spent)
    if refunded >= spent:
        return f"{money(spent)}, all of it refunded since"
    return f"{money(spent)}, of which {money(refunded)} was refunded since"


def _person_named(said: str, cards: tuple[Card, ...]) -> tuple[str, tuple[Card, ...]] | None:
    """The one card holder the request names, with their cards; ``None`` when it names nobody,
    or more than one person."""
    named = holders_named_best(said, (card.holder for card in cards))
    if len(named) != 1:
        return None
    return named[0], tuple(card for card in cards if card.holder == named[0])


def _spender(said: str, holder: str) -> bool:
    """Whether the request asks what the person spent ("what did jose spend", "jose's charges"),
    not what was spent at a merchant of the same name ("what did I spend at jose's tacos")."""
    parts = fold(holder).lower().split()
    if set(parts) <= set(_WORD.findall(said)):
        return True  # the full name: "jordan staples" is the person, though STAPLES is a merchant
    first = re.escape(parts[0])
    subject = rf"\b(?:did|does|has|have|had|is|was)\s+{first}\b"
    owner = rf"\b{first}(?:'s| s)?\s+(?:spend|spent|buy|bought|card|charges|purchases|transactions)\b"
    return re.search(f"{subject}|{owner}", said) is not None


_FOUR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_NAME_NOISE = frozenset({"card", "the", "american", "express", "amex", "additional"})


def _card_named(said: str, cards: tuple[Card, ...]) -> Card | None:
    """The one card the request names, by its last four or by words of its name no other card
    has ("the card ending 6204", "my hilton card"); ``None`` when it names none or several."""
    digits = set(_FOUR.findall(said))
    by_digits = [card for card in cards if card.last_four in digits]
    if by_digits:
        return by_digits[0] if len(by_digits) == 1 else None
    words = set(_WORD.findall(fold(said).lower()))
    named = [card for card in cards if (set(_WORD.findall(fold(card.name).lower())) - _NAME_NOISE) & words]
    return named[0] if len(named) == 1 else None


_NAMES_A_CARD = re.compile(r"\bcard\b")  # "the charges on my delta card": a card, not DELTA AIR LINES
# "what are the pending charges?": only what has not posted yet
_PENDING = re.compile(r"\b(?:pending|holds?|on hold|authori[sz]ations?|not (?:yet )?posted|have not posted|not gone through yet)\b")


@action(
    outcomes=(
        "listed",
        "by_person",
        "person_none",
        "by_card",
        "card_none",
        "at_merchant",
        "merchant_none",
        "pending",
        "pending_none",
        "none",
        "none_in_period",
        "which_person",
    ),
    fields={"activity": ACTIVITY_FIELDS},
)
def list_transactions(request: ActionRequest) -> ActionResult:
    """The latest transactions, newest first; when the request names someone holding a card on
    the account ("what did Morgan spend?"), only those made on that person's cards; one card's,
    one merchant's; and of those, only the ones in the month or year it names ("at shell in
    october"), the reply saying which."""
    account = request.account
    made = sorted((t for t in account.transactions if t.date <= request.today), key=lambda t: t.date, reverse=True)
    said = fold(request.said).lower()
    period = period_named(said, request.today)
    during = {"during": f" {period.said}" if period else "", "when": f" {period.said}" if period else " yet"}
    if period is not None:
        made = [t for t in made if period.holds(t.date)]
    people = holders_named_best(request.said, (card.holder for card in account.cards))
    if len(people) > 1 and len({fold(person).lower().split()[0] for person in people}) == 1:
        # "what did jordan spend?" with Jordan Staples and Jordan Stapleton on the account
        return ActionResult("which_person", {"activity": {"person": " or ".join(people)}})
    at = merchants_named(account, request.said) if not _NAMES_A_CARD.search(said) else frozenset()
    if at and len(people) == 1 and _spender(said, people[0]):
        at = frozenset()  # "what did jose spend": José's card, not JOSE'S TACOS
    if at:  # "how much did I spend at trader joes?", then "and dunkin?"
        theirs = [t for t in made if t.merchant in at]
        merchant = " and ".join(sorted(at))
        if theirs:
            fields = {
                "list": "\n".join(map(_line, theirs[:LATEST])),
                "count": count(len(theirs[:LATEST]), "transaction"),
                "merchant": merchant,
                "total": _spent(theirs),
                **during,
            }
            return ActionResult("at_merchant", {"activity": fields})
        if period is not None:
            return ActionResult("merchant_none", {"activity": {"merchant": merchant, **during}})
    if _PENDING.search(said):
        pending = [t for t in made if t.pending]
        if not pending:
            return ActionResult("pending_none")
        total = sum((t.amount for t in pending), start=Decimal(0))
        fields = {
            "list": "\n".join(map(_line, pending[:LATEST])),
            "count": count(len(pending[:LATEST]), "pending charge"),
            "total": money(total),
        }
        return ActionResult("pending", {"activity": fields})
    person = _person_named(request.said, account.cards)
    if person is not None:
        name, cards = person
        digits = {card.last_four for card in cards}
        theirs = [t for t in made if t.card in digits]
        shown = name + " (" + ", ".join(f"card ending {card.last_four}" for card in cards) + ")"
        if not theirs:
            return ActionResult("person_none", {"activity": {"person": shown, **during}})
        fields = {
            "list": "\n".join(map(_line, theirs[:LATEST])),
            "count": count(len(theirs[:LATEST]), "transaction"),
            "person": shown,
            **during,
        }
        return ActionResult("by_person", {"activity": fields})
    card = _card_named(request.said, account.cards) if len({c.last_four for c in account.cards}) > 1 else None
    if card is not None:  # "what's charged on the card ending 6204?", "what about just the hilton card?"
        on_card = [t for t in made if t.card == card.last_four]
        if not on_card:
            return ActionResult("card_none", {"activity": {"card": card.label, **during}})
        fields = {
            "list": "\n".join(map(_line, on_card[:LATEST])),
            "count": count(len(on_card[:LATEST]), "transaction"),
            "card": card.label,
            **during,
        }
        return ActionResult("by_card", {"activity": fields})
    if not made:
        return ActionResult("none_in_period" if period else "none", {"activity": during})
    latest = made[:LATEST]
    fields = {"list": "\n".join(map(_line, latest)), "count": count(len(latest), "transaction"), **during}
    return ActionResult("listed", {"activity": fields})
