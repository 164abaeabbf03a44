"""Changes to an account made in chat, as plain records that can be stored and applied again.

A turn that changes the account returns :class:`Change` records; the session stores them in
the database and applies them, so the change is seen in this chat and in the next one.
Every value is a string, so a change stores as JSON and replays exactly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from .accounts import Account, AuthorizedUser, Card, Preferences, Transaction


class Change(NamedTuple):
    """One change to one account: a kind from :data:`APPLY` and its values."""

    kind: str
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, kind: str, **values: object) -> Change:
        if kind not in APPLY:
            raise ValueError(f"unknown account change {kind!r} (expected one of: {', '.join(APPLY)})")
        return cls(kind, tuple((key, str(value)) for key, value in values.items()))

    def __getitem__(self, key: str) -> str:  # type: ignore[override]
        return dict(self.values)[key]

    def to_json(self) -> str:
        return json.dumps({"kind": self.kind, **dict(self.values)}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Change:
        data = json.loads(text)
        kind = data.pop("kind")
        return cls.of(kind, **data)


def apply_changes(account: Account, changes: tuple[Change, ...]) -> Account:
    for change in changes:
        account = APPLY[change.kind](account, change)
    return account


def _with_card(account: Account, last_four: str, update: Callable[[Card], Card]) -> Account:
    return replace(account, cards=tuple(update(card) if card.last_four == last_four else card for card in account.cards))


def _lock(account: Account, change: Change) -> Account:
    return _with_card(account, change["card"], lambda card: replace(card, status="locked"))


def _unlock(account: Account, change: Change) -> Account:
    return _with_card(account, change["card"], lambda card: replace(card, status="active"))


def _replace_card(account: Account, change: Change) -> Account:
    old, new, arrives = change["card"], change["new_card"], date.fromisoformat(change["arrives"])
    if old == new:  # damaged: same number, a new plastic on its way
        return _with_card(account, old, lambda card: replace(card, replacement_due=arrives))
    cancelled = _with_card(account, old, lambda card: replace(card, status="cancelled", replacement_due=None))
    previous = account.card(old)
    assert previous is not None
    fresh = replace(previous, last_four=new, status="active", wallets=(), replacement_due=arrives)
    users = tuple(replace(user, last_four=new) if user.last_four == old else user for user in account.authorized_users)
    return replace(cancelled, cards=(*cancelled.cards, fresh), authorized_users=users)


def _add_user(account: Account, change: Change) -> Account:
    card = Card(
        "Additional Card", change["card"], change["name"], authorized_user=True, replacement_due=date.fromisoformat(change["arrives"])
    )
    return replace(
        account, cards=(*account.cards, card), authorized_users=(*account.authorized_users, AuthorizedUser(change["name"], change["card"]))
    )


def _remove_user(account: Account, change: Change) -> Account:
    cancelled = _with_card(account, change["card"], lambda card: replace(card, status="cancelled"))
    return replace(cancelled, authorized_users=tuple(u for u in account.authorized_users if u.last_four != change["card"]))


def _credit_fee(account: Account, change: Change) -> Account:
    day, kind = date.fromisoformat(change["date"]), change["fee"]
    return replace(account, fees=tuple(replace(f, credited=True) if (f.date, f.kind) == (day, kind) else f for f in account.fees))


def _redeem_points(account: Account, change: Change) -> Account:
    credit = Transaction(date.fromisoformat(change["date"]), "PAY WITH POINTS CREDIT", -Decimal(change["amount"]), change["card"])
    return replace(account, points=account.points - int(change["points"]), transactions=(*account.transactions, credit))


def _preferences(account: Account, change: Change) -> Account:
    values: Mapping[str, str] = dict(change.values)
    current = account.preferences
    return replace(
        account,
        preferences=Preferences(
            statements=values.get("statements", current.statements),
            alerts=values.get("alerts", current.alerts),
            marketing=values["marketing"] == "True" if "marketing" in values else current.marketing,
        ),
    )


# The ZIP code closing a US address ("..., Oak Park, IL 60302", "... 60302-1234").
_ADDRESS_ZIP = re.compile(r"(?<![0-9])([0-9]{5})(?:-[0-9]{4})?[ \t.]*$")


def _set_address(account: Account, change: Change) -> Account:
    """A new mailing address; its ZIP code becomes the billing ZIP that verification checks (the
    card's billing address is the mailing address)."""
    address = change["value"]
    found = _ADDRESS_ZIP.search(address)
    return replace(account, mailing_address=address, zip=found.group(1) if found else account.zip)


APPLY: dict[str, Callable[[Account, Change], Account]] = {
    "lock_card": _lock,
    "unlock_card": _unlock,
    "replace_card": _replace_card,
    "set_address": _set_address,
    "set_phone": lambda account, change: replace(account, phone=change["value"]),
    "set_email": lambda account, change: replace(account, email=change["value"]),
    "add_authorized_user": _add_user,
    "remove_authorized_user": _remove_user,
    "set_due_day": lambda account, change: replace(account, due_day=int(change["day"])),
    "credit_fee": _credit_fee,
    "redeem_points": _redeem_points,
    "set_preferences": _preferences,
    "set_credit_limit": lambda account, change: replace(account, credit_limit=Decimal(change["limit"])),
}
