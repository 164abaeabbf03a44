"""The simulated cardmember account: cards, statements, transactions, and what can be asked of them.

An :class:`Account` is immutable. A change made in chat (a lock, a new address, a replacement
card) is a :class:`~amexsim.bank.changes.Change` applied to it, giving a new account; the
session stores the change so the next chat on the same database sees it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

CARD_STATES = ("active", "locked", "cancelled")


@dataclass(frozen=True)
class Card:
    """One plastic: the cardmember's own or an authorized user's."""

    name: str
    last_four: str
    holder: str
    wallets: tuple[str, ...] = ()
    status: str = "active"  # one of CARD_STATES
    authorized_user: bool = False
    replacement_due: date | None = None  # a new plastic is on its way, arriving by this date

    @property
    def label(self) -> str:
        return f"{self.name} ending {self.last_four}"


@dataclass(frozen=True)
class AuthorizedUser:
    """Someone else with a card on the account."""

    name: str
    last_four: str


@dataclass(frozen=True)
class Statement:
    """One monthly statement: closing and due dates, balance and minimum due."""

    closing: date
    due: date
    balance: Decimal
    minimum_due: Decimal


@dataclass(frozen=True)
class Transaction:
    """A charge (or a credit, when the amount is negative) on one card."""

    date: date
    merchant: str
    amount: Decimal
    card: str  # last four digits of the card it was made on
    status: str = "posted"  # posted | pending

    @property
    def pending(self) -> bool:
        return self.status == "pending"


@dataclass(frozen=True)
class Payment:
    """A payment toward the account."""

    date: date
    amount: Decimal
    status: str = "posted"  # posted | pending


@dataclass(frozen=True)
class Fee:
    """A fee charged to the account; ``credited`` once a goodwill credit reversed it."""

    date: date
    kind: str
    amount: Decimal
    credited: bool = False


@dataclass(frozen=True)
class BenefitCredit:
    """A monthly statement credit (Uber Cash, digital entertainment, ...)."""

    name: str
    monthly: Decimal
    used_this_month: Decimal

    @property
    def left(self) -> Decimal:
        return max(self.monthly - self.used_this_month, Decimal(0))


@dataclass(frozen=True)
class Preferences:
    """How the cardmember wants to hear from the issuer."""

    statements: str = "paperless"  # paperless | paper
    alerts: str = "email"  # email | text | both | none
    marketing: bool = False


@dataclass(frozen=True)
class PastDue:
    """A statement's minimum not met by its due date: the statement and what was paid toward it."""

    statement: Statement
    paid: Decimal

    @property
    def left(self) -> Decimal:
        return self.statement.minimum_due - self.paid


@dataclass(frozen=True)
class Scope:
    """An authorized user's view of an account: who they are, and who and what else holds a card
    on it. The others are kept only to recognise a request about them ("lock Ana's card", "the
    card ending 4012"), so the refusal can say it is not theirs; a reply never shows them."""

    user: str
    others: tuple[str, ...]  # the names of the other people holding a card (the primary card member too)
    other_cards: tuple[str, ...]  # the last four digits of their cards


@dataclass(frozen=True)
class Account:
    """One cardmember account as the simulator knows it."""

    id: str
    holder_name: str
    zip: str
    mailing_address: str
    email: str
    phone: str
    points: int
    credit_limit: Decimal
    purchase_apr: Decimal
    cards: tuple[Card, ...]
    statements: tuple[Statement, ...] = ()
    transactions: tuple[Transaction, ...] = ()
    payments: tuple[Payment, ...] = ()
    fees: tuple[Fee, ...] = ()
    benefit_credits: tuple[BenefitCredit, ...] = ()
    authorized_users: tuple[AuthorizedUser, ...] = ()
    autopay: bool = False
    preferences: Preferences = field(default_factory=Preferences)
    due_day: int | None = None  # a due date the cardmember chose; applies from the next statement
    scope: Scope | None = None  # set on an authorized user's view of the account (``seen_by``)

    # ----- people and cards -------------------------------------------------------------
    @property
    def first_name(self) -> str:
        return self.holder_name.split()[0]

    @property
    def own_cards(self) -> tuple[Card, ...]:
        return tuple(card for card in self.cards if not card.authorized_user)

    def card(self, last_four: str) -> Card | None:
        return next((card for card in self.cards if card.last_four == last_four), None)

    def seen_by(self, user: str) -> Account:
        """The account as an authorized user verified with their own card may see and act on it:
        their cards and the charges on them, never another cardholder's card, charges or name (the
        others' names and last four digits are kept in ``scope`` only to recognise a request about them)."""
        cards = tuple(card for card in self.cards if card.authorized_user and card.holder == user)
        own = {card.last_four for card in cards}
        charges = tuple(charge for charge in self.transactions if charge.card in own)
        people = dict.fromkeys((self.holder_name, *(card.holder for card in self.cards)))
        others = tuple(person for person in people if person != user)
        other_cards = tuple(card.last_four for card in self.cards if card.last_four not in own)
        scope = Scope(user, others, other_cards)
        return replace(self, cards=cards, transactions=charges, authorized_users=(), scope=scope)

    def usable_cards(self) -> tuple[Card, ...]:
        """Cards that can still be locked, unlocked or replaced (not cancelled)."""
        return tuple(card for card in self.cards if card.status != "cancelled")

    def verify(self, last_four: str | None, zip_code: str | None) -> bool:
        """True when the last four digits are those of a card on the account and the ZIP matches."""
        return zip_code == self.zip and any(card.last_four == last_four for card in self.usable_cards())

    # ----- statements and balances --------------------------------------------------------
    def latest_statement(self, today: date) -> Statement | None:
        closed = [s for s in self.statements if s.closing <= today]
        return max(closed, key=lambda s: s.closing) if closed else None

    def statement_closing_on_or_after(self, day: date) -> date:
        """Closing date of the statement a charge made on ``day`` appears on (a future one if
        no statement has closed since)."""
        for statement in sorted(self.statements, key=lambda s: s.closing):
            if statement.closing >= day:
                return statement.closing
        closing = self.next_closing(self.statements[-1].closing) if self.statements else day
        while closing < day:
            closing = self.next_closing(closing)
        return closing

    def next_closing(self, closing: date) -> date:
        """The closing date one billing cycle after ``closing`` (same day of the month)."""
        day = self.closing_day(closing)
        return add_months(closing, 1, day)

    def closing_day(self, fallback: date) -> int:
        """Day of the month statements close on: that of the latest statement, or 31 (each
        month's last day, see ``add_months``) for a month-end cycle: every statement closes on its
        month's last day and one on the 31st (Sep 30, Oct 31, Nov 30 -> Dec 31, not Dec 30)."""
        if not self.statements:
            return fallback.day
        closings = [s.closing for s in self.statements]
        if any(c.day == 31 for c in closings) and all(c.day == days_in_month(c.year, c.month) for c in closings):
            return 31
        return max(closings).day

    def next_closing_after(self, today: date) -> date:
        """The closing date of the next statement: the first one after ``today``."""
        return self.statement_closing_on_or_after(today + timedelta(days=1))

    def current_balance(self, today: date) -> Decimal:
        """The latest statement's balance, less payments since, plus charges and fees posted since."""
        latest = self.latest_statement(today)
        since = latest.closing if latest else date.min
        balance = latest.balance if latest else Decimal(0)
        balance -= sum((p.amount for p in self.payments if since < p.date <= today and p.status == "posted"), Decimal(0))
        balance += sum((t.amount for t in self.transactions if since < t.date <= today and not t.pending), Decimal(0))
        balance += sum((f.amount for f in self.fees if since < f.date <= today and not f.credited), Decimal(0))
        return balance

    def pending_charges(self, today: date) -> Decimal:
        """Charges authorised but not posted yet: not in the balance, but they hold credit."""
        return sum((t.amount for t in self.transactions if t.pending and t.amount > 0 and t.date <= today), Decimal(0))

    def available_credit(self, today: date) -> Decimal:
        """The limit less the current balance and the pending charges that hold part of it."""
        return max(self.credit_limit - self.current_balance(today) - self.pending_charges(today), Decimal(0))

    def paid_since(self, day: date, today: date) -> Decimal:
        return sum((p.amount for p in self.payments if day < p.date <= today and p.status == "posted"), Decimal(0))

    def past_due(self, today: date) -> PastDue | None:
        """The latest statement whose due date has passed, when what was paid after it closed
        (posted or on its way) still falls short of its minimum; ``None`` when up to date."""
        passed = [s for s in self.statements if s.due < today]
        if not passed:
            return None
        statement = max(passed, key=lambda s: s.closing)
        paid = sum((p.amount for p in self.payments if statement.closing < p.date <= today), Decimal(0))
        return PastDue(statement, paid) if paid < statement.minimum_due else None

    def recent_transactions(self, today: date, count: int = 5) -> tuple[Transaction, ...]:
        ordered = sorted((t for t in self.transactions if t.date <= today), key=lambda t: t.date, reverse=True)
        return tuple(ordered[:count])


def add_months(day: date, months: int, day_of_month: int | None = None) -> date:
    """``day`` moved by whole months, keeping the day of the month where the month has it
    (31 January + 1 month = 28 or 29 February)."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    wanted = day_of_month or day.day
    return date(year, month + 1, min(wanted, days_in_month(year, month + 1)))


def days_in_month(year: int, month: int) -> int:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return (first_of_next - timedelta(days=1)).day


def money(value: Decimal | float) -> str:
    """``$1,234.56``; credits show as ``-$12.00``."""
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


# month names as strftime gives them, read once: a reply may date a dozen charges, and
# formatting through strftime costs ten times the lookup
_MONTHS = tuple(date(2001, month, 1).strftime("%B") for month in range(1, 13))
_SHORT_MONTHS = tuple(date(2001, month, 1).strftime("%b") for month in range(1, 13))


def long_date(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def short_date(day: date) -> str:
    return f"{_SHORT_MONTHS[day.month - 1]} {day.day}"
