"""Loading an account file (YAML) with every error on one line: file, line, problem.

Values are checked for sense, not only type: money is finite and within bounds, points are
not negative, last four digits are four digits, every transaction names a card on the
account. Dates are ISO dates, or ``today``, ``today-9``, ``today+14`` relative to the
conversation's clock (the demo account uses these so it never goes stale); they are
resolved by :meth:`AccountSource.at`, which also reports a date pushed off the calendar.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import AccountFileError
from ..paths import package_data
from ..yamlnodes import YamlDoc
from .accounts import (
    Account,
    AuthorizedUser,
    BenefitCredit,
    Card,
    Fee,
    Payment,
    Preferences,
    Statement,
    Transaction,
)

MAX_MONEY = Decimal(1_000_000_000)
MAX_POINTS = 10**12
MAX_RELATIVE_DAYS = 36_500
_RELATIVE = re.compile(r"^today(?:\s*([+-])\s*(\d{1,6}))?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_DIGITS = re.compile(r"\d")

_TOP_REQUIRED = {"id", "holder_name", "zip", "mailing_address", "email", "phone", "points", "credit_limit", "purchase_apr", "cards"}
_TOP_KEYS = _TOP_REQUIRED | {
    "authorized_users",
    "statements",
    "transactions",
    "payments",
    "fees",
    "benefit_credits",
    "autopay",
    "preferences",
    "description",
}
FEE_KINDS = ("late_fee", "annual_fee", "foreign_transaction_fee", "returned_payment_fee", "cash_advance_fee", "overlimit_fee")


@dataclass(frozen=True)
class _When:
    """A date as written: absolute, or days relative to the clock's date."""

    absolute: date | None
    offset: int
    line: int


def demo_account_path() -> Path:
    return package_data("demo_account.yaml")


class AccountSource:
    """A validated account file; :meth:`at` gives the account with its dates resolved."""

    def __init__(self, path: Path, build: Callable[[Callable[[_When], date]], Account]) -> None:
        self.path = path
        self._build = build
        self._at = lru_cache(maxsize=8)(self._resolve)

    def at(self, today: date) -> Account:
        """The account as it stands on ``today`` (relative dates resolved)."""
        return self._at(today)

    def _resolve(self, today: date) -> Account:
        def resolve(when: _When) -> date:
            if when.absolute is not None:
                return when.absolute
            try:
                return today + timedelta(days=when.offset)
            except OverflowError:
                sign = "+" if when.offset >= 0 else "-"
                raise AccountFileError(
                    self.path, when.line, f"the date today{sign}{abs(when.offset)} falls outside the calendar on {today.isoformat()}"
                ) from None

        return self._build(resolve)


def load_account(path: str | Path | None = None) -> AccountSource:
    """Load and validate one account file (the demo account by default)."""
    location = Path(path) if path is not None else demo_account_path()
    return _Reader(YamlDoc(location, AccountFileError)).read()


class _Reader:
    """Walks the YAML node tree once, checking every value and remembering its line."""

    def __init__(self, doc: YamlDoc) -> None:
        self.doc = doc

    def read(self) -> AccountSource:
        doc = self.doc
        keys = doc.mapping(doc.root, "the account", _TOP_KEYS, _TOP_REQUIRED)
        text = {name: doc.string(keys[name], name).strip() for name in ("id", "holder_name", "mailing_address", "email", "phone")}
        if not _EMAIL.match(text["email"]):
            raise doc.fail(keys["email"], f"email {text['email']!r} is not an e-mail address")
        if len(_PHONE_DIGITS.findall(text["phone"])) not in (10, 11):
            raise doc.fail(keys["phone"], f"phone {text['phone']!r} must have 10 digits (US number)")
        zip_code = self.digits(keys["zip"], "zip", 5, '"10285"')
        points = self.integer(keys["points"], "points", 0, MAX_POINTS)
        limit = self.money(keys["credit_limit"], "credit_limit", minimum=Decimal("0.01"))
        apr = self.money(keys["purchase_apr"], "purchase_apr", maximum=Decimal(100))
        cards = tuple(self.card(node) for node in doc.sequence(keys["cards"], "cards"))
        if not cards:
            raise doc.fail(keys["cards"], "cards must list at least one card")
        users = tuple(self.user(node) for node in self.items(keys, "authorized_users"))
        cards += tuple(Card("Additional Card", user.last_four, user.name, authorized_user=True) for user, _ in users)
        self.unique_last_fours(cards, keys["cards"])
        card_fours = {card.last_four for card in cards}
        statements = [self.statement(node) for node in self.items(keys, "statements")]
        transactions = [self.transaction(node, card_fours) for node in self.items(keys, "transactions")]
        payments = [self.payment(node) for node in self.items(keys, "payments")]
        fees = [self.fee(node) for node in self.items(keys, "fees")]
        credits = tuple(self.benefit(node) for node in self.items(keys, "benefit_credits"))
        autopay = doc.boolean(keys["autopay"], "autopay") if "autopay" in keys else False
        preferences = self.preferences(keys["preferences"]) if "preferences" in keys else Preferences()
        path = doc.path

        def build(resolve: Callable[[_When], date]) -> Account:
            return Account(
                id=text["id"],
                holder_name=text["holder_name"],
                zip=zip_code,
                mailing_address=" ".join(text["mailing_address"].split()),
                email=text["email"],
                phone=text["phone"],
                points=points,
                credit_limit=limit,
                purchase_apr=apr,
                cards=cards,
                authorized_users=tuple(user for user, _ in users),
                statements=_statements(path, statements, resolve),
                transactions=tuple(sorted((_dated(t, resolve) for t in transactions), key=lambda t: t.date)),
                payments=tuple(sorted((_dated(p, resolve) for p in payments), key=lambda p: p.date)),
                fees=tuple(sorted((_dated(f, resolve) for f in fees), key=lambda f: f.date)),
                benefit_credits=credits,
                autopay=autopay,
                preferences=preferences,
            )

        return AccountSource(path, build)

    # ----- pieces ---------------------------------------------------------------------------
    def items(self, keys: dict[str, yaml.Node], name: str) -> list[yaml.Node]:
        return self.doc.sequence(keys[name], name) if name in keys else []

    def card(self, node: yaml.Node) -> Card:
        keys = self.doc.mapping(node, "a card", {"name", "last_four", "holder", "wallets", "status"}, {"name", "last_four", "holder"})
        wallets = tuple(text for text, _ in self.doc.strings(keys["wallets"], "wallets")) if "wallets" in keys else ()
        status = self.doc.string(keys["status"], "status") if "status" in keys else "active"
        if status not in ("active", "locked"):
            raise self.doc.fail(keys["status"], f"card status must be active or locked (not {status!r})")
        return Card(
            name=self.doc.string(keys["name"], "card name").strip(),
            last_four=self.digits(keys["last_four"], "last_four", 4, '"2001"'),
            holder=self.doc.string(keys["holder"], "holder").strip(),
            wallets=wallets,
            status=status,
        )

    def user(self, node: yaml.Node) -> tuple[AuthorizedUser, yaml.Node]:
        keys = self.doc.mapping(node, "an authorized user", {"name", "last_four"}, {"name", "last_four"})
        return AuthorizedUser(self.doc.string(keys["name"], "name").strip(), self.digits(keys["last_four"], "last_four", 4, '"2019"')), node

    def unique_last_fours(self, cards: tuple[Card, ...], node: yaml.Node) -> None:
        seen: set[str] = set()
        for card in cards:
            if card.last_four in seen:
                raise self.doc.fail(node, f"two cards end in {card.last_four}: last four digits must tell the cards apart")
            seen.add(card.last_four)

    def statement(self, node: yaml.Node) -> dict[str, Any]:
        keys = self.doc.mapping(
            node, "a statement", {"closing", "due", "balance", "minimum_due"}, {"closing", "due", "balance", "minimum_due"}
        )
        minimum = self.money(keys["minimum_due"], "minimum_due")
        return {
            "closing": self.when(keys["closing"], "closing"),
            "due": self.when(keys["due"], "due"),
            "balance": self.money(keys["balance"], "balance", minimum=-MAX_MONEY),
            "minimum_due": minimum,
            "line": node.start_mark.line + 1,
        }

    def transaction(self, node: yaml.Node, card_fours: set[str]) -> dict[str, Any]:
        keys = self.doc.mapping(
            node, "a transaction", {"date", "merchant", "amount", "card", "status"}, {"date", "merchant", "amount", "card"}
        )
        card = self.digits(keys["card"], "card", 4, '"2001"')
        if card not in card_fours:
            raise self.doc.fail(keys["card"], f"transaction on card {card}, which is not a card on this account")
        status = self.choice(keys, "status", ("posted", "pending"), "posted")
        amount = self.money(keys["amount"], "amount", minimum=-MAX_MONEY)
        if amount == 0:
            raise self.doc.fail(keys["amount"], "amount must not be zero")
        return {
            "kind": Transaction,
            "date": self.when(keys["date"], "date"),
            "merchant": " ".join(self.doc.string(keys["merchant"], "merchant").split()),
            "amount": amount,
            "card": card,
            "status": status,
        }

    def payment(self, node: yaml.Node) -> dict[str, Any]:
        keys = self.doc.mapping(node, "a payment", {"date", "amount", "status"}, {"date", "amount"})
        return {
            "kind": Payment,
            "date": self.when(keys["date"], "date"),
            "amount": self.money(keys["amount"], "amount", minimum=Decimal("0.01")),
            "status": self.choice(keys, "status", ("posted", "pending"), "posted"),
        }

    def fee(self, node: yaml.Node) -> dict[str, Any]:
        keys = self.doc.mapping(node, "a fee", {"date", "kind", "amount", "credited"}, {"date", "kind", "amount"})
        kind = self.doc.string(keys["kind"], "kind")
        if kind not in FEE_KINDS:
            raise self.doc.fail(keys["kind"], f"unknown fee kind {kind!r} (expected one of: {', '.join(FEE_KINDS)})")
        return {
            "kind": Fee,
            "date": self.when(keys["date"], "date"),
            "amount": self.money(keys["amount"], "amount", minimum=Decimal("0.01")),
            "credited": self.doc.boolean(keys["credited"], "credited") if "credited" in keys else False,
            "fee_kind": kind,
        }

    def benefit(self, node: yaml.Node) -> BenefitCredit:
        keys = self.doc.mapping(node, "a benefit credit", {"name", "monthly", "used_this_month"}, {"name", "monthly"})
        monthly = self.money(keys["monthly"], "monthly", minimum=Decimal("0.01"))
        used = self.money(keys["used_this_month"], "used_this_month") if "used_this_month" in keys else Decimal(0)
        if used > monthly:
            raise self.doc.fail(keys["used_this_month"], f"used_this_month ({used}) is more than the monthly credit ({monthly})")
        return BenefitCredit(self.doc.string(keys["name"], "name").strip(), monthly, used)

    def preferences(self, node: yaml.Node) -> Preferences:
        keys = self.doc.mapping(node, "preferences", {"statements", "alerts", "marketing"})
        return Preferences(
            statements=self.choice(keys, "statements", ("paperless", "paper"), "paperless"),
            alerts=self.choice(keys, "alerts", ("email", "text", "both", "none"), "email"),
            marketing=self.doc.boolean(keys["marketing"], "marketing") if "marketing" in keys else False,
        )

    # ----- values ---------------------------------------------------------------------------
    def choice(self, keys: dict[str, yaml.Node], name: str, allowed: tuple[str, ...], default: str) -> str:
        if name not in keys:
            return default
        value = self.doc.string(keys[name], name)
        if value not in allowed:
            raise self.doc.fail(keys[name], f"{name} must be one of {', '.join(allowed)} (not {value!r})")
        return value

    def digits(self, node: yaml.Node, name: str, count: int, example: str) -> str:
        value = self.doc.plain(node)
        text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
        if not (len(text) == count and text.isdigit()):
            raise self.doc.fail(node, f"{name} must be {count} digits in quotes, e.g. {example}")
        return text

    def integer(self, node: yaml.Node, name: str, minimum: int, maximum: int) -> int:
        value = self.doc.plain(node)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.doc.fail(node, f"{name} must be a whole number")
        if not minimum <= value <= maximum:
            raise self.doc.fail(node, f"{name} must be between {minimum:,} and {maximum:,} (not {value:,})")
        return value

    def money(self, node: yaml.Node, name: str, *, minimum: Decimal = Decimal(0), maximum: Decimal = MAX_MONEY) -> Decimal:
        value = self.doc.plain(node)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.doc.fail(node, f"{name} must be a number")
        if isinstance(value, float) and not math.isfinite(value):
            raise self.doc.fail(node, f"{name} must be a finite number (not {value})")
        if not minimum <= value <= maximum:
            raise self.doc.fail(node, f"{name} must be between {minimum:,} and {maximum:,} (not {value:,})")
        return Decimal(str(value)).quantize(Decimal("0.01"))

    def when(self, node: yaml.Node, name: str) -> _When:
        value = self.doc.plain(node)
        line = node.start_mark.line + 1
        if isinstance(value, datetime):  # a timestamp (2026-11-20T10:00): its day
            return _When(value.date(), 0, line)
        if isinstance(value, date):
            return _When(value, 0, line)
        quoted = _quoted_date(value)
        if quoted is not None:
            return _When(quoted, 0, line)
        found = _RELATIVE.match(str(value).strip()) if isinstance(value, str) else None
        if not found:
            raise self.doc.fail(node, f"{name} must be an ISO date such as 2026-11-20, or today, today-9, today+14 (not {value!r})")
        days = int(found.group(2) or 0)
        if days > MAX_RELATIVE_DAYS:
            raise self.doc.fail(node, f"{name}: at most {MAX_RELATIVE_DAYS:,} days from today")
        return _When(None, -days if found.group(1) == "-" else days, line)


def _quoted_date(value: object) -> date | None:
    """An ISO date or timestamp written as a quoted string ("2026-11-20"): YAML leaves it a string."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None


def _statements(path: Path, raw: list[dict[str, Any]], resolve: Callable[[_When], date]) -> tuple[Statement, ...]:
    """The statements in date order, each checked: due after closing, one statement per closing date."""
    closings: set[date] = set()
    statements = []
    for item in raw:
        statement = Statement(resolve(item["closing"]), resolve(item["due"]), item["balance"], item["minimum_due"])
        if statement.due <= statement.closing:
            raise AccountFileError(path, item["line"], f"due date {statement.due} must come after the closing date {statement.closing}")
        if statement.closing in closings:
            raise AccountFileError(path, item["line"], f"two statements close on {statement.closing}")
        closings.add(statement.closing)
        statements.append(statement)
    return tuple(sorted(statements, key=lambda s: s.closing))


def _dated(raw: dict[str, Any], resolve: Callable[[_When], date]) -> Any:
    values = {key: value for key, value in raw.items() if key != "kind"}
    values["date"] = resolve(values["date"])
    if raw["kind"] is Fee:
        values["kind"] = values.pop("fee_kind")
    return raw["kind"](**values)
