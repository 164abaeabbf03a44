"""The simulated cardmember account: loading, derived dates and verification.

Verification compares the partial details the real chat accepts (last four digits and
ZIP code) with the account; full card numbers never get this far (the guard refuses them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from ..errors import AccountFileError
from ..yamlnodes import YamlDoc


@dataclass(frozen=True)
class Account:
    """One cardmember account as the simulator knows it."""

    id: str
    holder_name: str
    card_name: str
    last_four: str
    zip: str
    balance: float
    minimum_due: float
    statement_closing_day: int
    payment_due_days: int
    credit_limit: float
    purchase_apr: float
    points: int
    autopay: bool
    mailing_address: str
    email: str
    phone: str

    def statement_date(self, today: date) -> date:
        """Closing date of the latest statement on or before ``today``."""
        day = min(self.statement_closing_day, 28)
        closing = today.replace(day=day)
        if closing > today:
            previous_month = closing.replace(day=1) - timedelta(days=1)
            closing = previous_month.replace(day=day)
        return closing

    def due_date(self, today: date) -> date:
        """Payment due date of the latest statement."""
        return self.statement_date(today) + timedelta(days=self.payment_due_days)

    def verify(self, last_four: str | None, zip_code: str | None) -> bool:
        """True when both partial details match the account."""
        return last_four == self.last_four and zip_code == self.zip

    def fields(self, today: date) -> Mapping[str, str]:
        """Display strings for reply templates (``{account.balance}`` and friends)."""
        return _fields_of_the_day(self, today)

    def _format_fields(self, today: date) -> dict[str, str]:
        return {
            "holder_name": self.holder_name,
            "first_name": self.holder_name.split()[0],
            "card_name": self.card_name,
            "last_four": self.last_four,
            "balance": money(self.balance),
            "minimum_due": money(self.minimum_due),
            "due_date": long_date(self.due_date(today)),
            "statement_date": long_date(self.statement_date(today)),
            "credit_limit": money(self.credit_limit),
            "available_credit": money(max(self.credit_limit - self.balance, 0.0)),
            "purchase_apr": f"{self.purchase_apr:.2f}%",
            "points": f"{self.points:,}",
            "autopay": "on" if self.autopay else "off",
            "mailing_address": self.mailing_address,
            "email": self.email,
            "phone": self.phone,
        }


@lru_cache(maxsize=64)
def _fields_of_the_day(account: Account, today: date) -> Mapping[str, str]:
    """The account's template fields for one day (the same all day, so computed once)."""
    return MappingProxyType(account._format_fields(today))


# What reply templates may use as {account.NAME}; Account.fields() returns exactly these.
TEMPLATE_FIELDS = (
    "holder_name", "first_name", "card_name", "last_four", "balance", "minimum_due", "due_date",
    "statement_date", "credit_limit", "available_credit", "purchase_apr", "points", "autopay",
    "mailing_address", "email", "phone",
)  # fmt: skip
_REQUIRED = {field.name for field in fields(Account)}


def money(value: float) -> str:
    return f"${value:,.2f}"


def long_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def demo_account_path() -> Path:
    return Path(str(resources.files("amexsim") / "data" / "demo_account.yaml"))


def load_account(path: str | Path | None = None) -> Account:
    """Load and validate one account file (the demo account by default)."""
    doc = YamlDoc(Path(path) if path is not None else demo_account_path(), AccountFileError)
    keys = doc.mapping(doc.root, "the account", _REQUIRED, _REQUIRED)
    values = {key: doc.plain(node) for key, node in keys.items()}
    for key in ("last_four", "zip"):
        values[key] = str(values[key])
    if not (len(values["last_four"]) == 4 and values["last_four"].isdigit()):
        raise doc.fail(keys["last_four"], 'last_four must be 4 digits in quotes, e.g. "1005"')
    if not (len(values["zip"]) == 5 and values["zip"].isdigit()):
        raise doc.fail(keys["zip"], 'zip must be 5 digits in quotes, e.g. "10285"')
    for key, kind in (
        ("balance", float),
        ("minimum_due", float),
        ("credit_limit", float),
        ("purchase_apr", float),
        ("points", int),
        ("statement_closing_day", int),
        ("payment_due_days", int),
    ):
        if isinstance(values[key], bool) or not isinstance(values[key], (int, float)):
            raise doc.fail(keys[key], f"{key} must be a number")
        values[key] = kind(values[key])
    if not isinstance(values["autopay"], bool):
        raise doc.fail(keys["autopay"], "autopay must be true or false")
    if not 1 <= values["statement_closing_day"] <= 28:
        raise doc.fail(keys["statement_closing_day"], "statement_closing_day must be between 1 and 28")
    for key in ("id", "holder_name", "card_name", "mailing_address", "email", "phone"):
        values[key] = doc.string(keys[key], key)
    return Account(**values)
