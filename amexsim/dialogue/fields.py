"""The fields reply templates may use, defined once: ``{account.*}`` here, ``{slots.*}`` from
the declared slots, and each action's own groups from what it declares."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from functools import lru_cache
from types import MappingProxyType

from ..bank.accounts import Account, long_date, money
from ..bank.policies import Policies

ACCOUNT_FIELDS = (
    "holder_name", "first_name", "card_name", "last_four", "cards", "balance", "statement_balance", "minimum_due", "due_date",
    "statement_date", "next_statement_date", "credit_limit", "available_credit", "pending_note", "purchase_apr", "points",
    "points_value", "autopay", "mailing_address", "email", "phone", "statements", "alerts", "marketing",
)  # fmt: skip
ENTITY_SLOTS = ("amount", "date", "merchant", "last_four", "zip")  # what the entity extractor finds in any message
SYSTEM_GROUPS: Mapping[str, tuple[str, ...]] = {"choices": ("list",), "criteria": ("text",)}


def account_fields(account: Account, today: date, policies: Policies) -> Mapping[str, str]:
    """Display strings for ``{account.NAME}`` (only ever rendered once the customer is verified).

    Answers are kept by account object: a conversation asks again turn after turn (and a replay's
    conversations share the account of a day), and the memo below would hash the whole account
    (cards, statements, every transaction) each time to find it."""
    kept = _by_object.get(id(account))
    if kept is not None and kept[0] is account and kept[2] is policies and kept[1] == today:
        return kept[3]
    fields = _account_fields(account, today, policies)
    if len(_by_object) >= _BY_OBJECT_SIZE:
        _by_object.clear()
    _by_object[id(account)] = (account, today, policies, fields)  # holding the account keeps its id its own
    return fields


_BY_OBJECT_SIZE = 64
_by_object: dict[int, tuple[Account, date, Policies, Mapping[str, str]]] = {}


def pending_note(account: Account, today: date) -> str:
    """What besides the balance holds credit, said after it (", plus $18.00 in pending charges"); empty if nothing."""
    pending = account.pending_charges(today)
    return f", plus {money(pending)} in pending charges" if pending else ""


@lru_cache(maxsize=256)
def _account_fields(account: Account, today: date, policies: Policies) -> Mapping[str, str]:
    latest = account.latest_statement(today)
    balance = account.current_balance(today)
    primary = account.own_cards[0] if account.own_cards else account.cards[0]
    value = Decimal(account.points) * policies.cents_per_point / 100
    fields = {
        "holder_name": account.holder_name,
        "first_name": account.first_name,
        "card_name": primary.name,
        "last_four": primary.last_four,
        "cards": ", ".join(card.label for card in account.usable_cards()),
        "balance": money(balance) if balance >= 0 else f"a credit of {money(-balance)}",  # not "-$5.46"
        "statement_balance": money(latest.balance) if latest else money(0),
        "minimum_due": money(latest.minimum_due) if latest else money(0),
        "due_date": long_date(latest.due) if latest else "not set yet",
        "statement_date": long_date(latest.closing) if latest else "not yet",
        "next_statement_date": long_date(account.next_closing_after(today)),
        "credit_limit": money(account.credit_limit),
        "available_credit": _available(account, today),
        "pending_note": pending_note(account, today),
        "purchase_apr": f"{account.purchase_apr:.2f}%",
        "points": f"{account.points:,} point{'' if account.points == 1 else 's'}",
        "points_value": money(value),
        "autopay": "on" if account.autopay else "off",
        "mailing_address": account.mailing_address,
        "email": account.email,
        "phone": account.phone,
        "statements": account.preferences.statements,
        "alerts": account.preferences.alerts,
        "marketing": "on" if account.preferences.marketing else "off",
    }
    assert tuple(fields) == ACCOUNT_FIELDS
    return MappingProxyType(fields)


def _available(account: Account, today: date) -> str:
    """Available credit, and by how much the balance is over the limit when it is ("$0.00" alone
    left an over-limit customer to work that out)."""
    over = account.current_balance(today) + account.pending_charges(today) - account.credit_limit
    if over > 0:
        return f"{money(Decimal(0))} (the balance is {money(over)} over the credit limit)"
    return money(account.available_credit(today))
