"""What an authorized user may know of the account's money: the charges on their own card.

The account's balance, statements, payments and credit line belong to the primary card member:
its figures add up every card's spending, so an authorized user asking "what's my balance?" is
given the charges made with their own card (on the latest statement, posted since, pending), and
told the rest is the primary card member's to see.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from ...bank.accounts import Account, Card, Statement, Transaction, long_date, money
from ...understanding.two_requests import split_requests
from ..quick_checks import may_hold_two_requests
from .base import ActionRequest, ActionResult, action

OWN_CARD_FIELDS = ("card", "closing", "on_statement", "since", "pending")


@action(outcomes=("primary", "authorized_user", "authorized_user_no_statement"), fields={"own": OWN_CARD_FIELDS})
def who_asks(request: ActionRequest) -> ActionResult:
    """``primary`` for the primary card member (the flow goes on to the account's figures); for an
    authorized user, the charges on their own card, net of credits, by where they stand: on the
    latest statement, posted since it closed, and still pending."""
    account = request.account
    if account.scope is None:
        return ActionResult("primary")
    fields, latest = _charges_on(account, request.today, account.cards)
    return ActionResult("authorized_user" if latest else "authorized_user_no_statement", {"own": fields})


@action(outcomes=("account", "one_card", "one_card_no_statement"), fields={"own": OWN_CARD_FIELDS})
def card_share(request: ActionRequest) -> ActionResult:
    """A balance asked of one card of several ("what's the balance on my blue cash card?"): the
    cards share one account balance, so what is told of the card is what its charges come to,
    before the account's figures; ``account`` when no card was named or the account has one."""
    account = request.account
    if "card" not in request.slots or len(account.usable_cards()) < 2:  # a replaced card is no other card
        return ActionResult("account")
    if may_hold_two_requests(request.said) and split_requests(request.said) is not None:
        return ActionResult("account")  # "what's my balance and lock my gold card": the card is the other request's
    fields, latest = _charges_on(account, request.today, (request.card(),))
    return ActionResult("one_card" if latest else "one_card_no_statement", {"own": fields})


def _charges_on(account: Account, today: date, cards: Sequence[Card]) -> tuple[dict[str, str], Statement | None]:
    """The charges made with ``cards``, net of credits, by where they stand: on the latest
    statement, posted since it closed, and still pending; and that statement."""
    latest = account.latest_statement(today)
    earlier = [s.closing for s in account.statements if latest is not None and s.closing < latest.closing]
    opened = max(earlier) if earlier else None
    closed = latest.closing if latest else None

    def total(charges: Iterable[Transaction]) -> str:
        return money(sum((t.amount for t in charges), Decimal(0)))

    fours = {card.last_four for card in cards}
    made = [t for t in account.transactions if t.date <= today and t.card in fours]
    posted = [t for t in made if not t.pending]
    on_statement = [t for t in posted if closed and t.date <= closed and (opened is None or t.date > opened)]
    since = [t for t in posted if closed is None or t.date > closed]
    fields = {
        "card": ", ".join(card.label for card in cards),
        "closing": long_date(closed) if closed else "",
        "on_statement": total(on_statement),
        "since": total(since),
        "pending": total(t for t in made if t.pending),
    }
    return fields, latest
