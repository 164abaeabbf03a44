"""The account's activity and statements as tables, for ``/activity`` and ``/statement``.

A reply lists at most a charge or two in words; a person checking their account wants the
rows. Like :mod:`~amexsim.dialogue.state_view`, these read the state and decide nothing: one
:class:`Table` that the terminal draws with columns, plain and piped chat as aligned lines,
and the web as a note. Nothing is shown before the customer is verified.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ..bank.accounts import money, short_date
from .state import ConversationState

ACTIVITY_ROWS = 10


class Table(NamedTuple):
    """A titled table of text cells; ``right`` holds the indexes of columns aligned right (money)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    right: tuple[int, ...] = ()
    empty: str = "Nothing to show."

    def lines(self) -> list[str]:
        """The table as aligned plain lines: the title, the header, one line per row."""
        if not self.rows:
            return [self.title, self.empty]
        widths = [max(len(row[i]) for row in (self.columns, *self.rows)) for i in range(len(self.columns))]

        def line(cells: tuple[str, ...]) -> str:
            return "  ".join(cell.rjust(w) if i in self.right else cell.ljust(w) for i, (cell, w) in enumerate(zip(cells, widths))).rstrip()

        return [self.title, line(self.columns), *(line(row) for row in self.rows)]

    def as_dict(self) -> dict[str, object]:
        return {"title": self.title, "columns": list(self.columns), "rows": [list(row) for row in self.rows]}


def activity(state: ConversationState, today: date, count: int = ACTIVITY_ROWS) -> Table:
    """The latest charges, credits and payments up to ``today``, newest first. An authorized user
    sees the charges on their own card only: payments and fees are the account's, the primary card
    member's to see (as the replies say)."""
    account = state.account
    own = _own_card(state)
    rows: list[tuple[date, tuple[str, ...]]] = []
    for t in account.transactions:
        if t.date <= today:  # an authorized user's view of the account holds their own card's charges only
            rows.append((t.date, (_day(t.date), t.merchant, money(t.amount), t.card, t.status)))
    if own is not None:
        rows.sort(key=lambda row: row[0], reverse=True)
        shown = tuple(cells for _, cells in rows[:count])
        return Table(
            f"Recent activity on your card ending {own}",
            ("date", "description", "amount", "card", "status"),
            shown,
            right=(2,),
            empty="No activity on your card yet.",
        )
    for p in account.payments:
        if p.date <= today:
            rows.append((p.date, (_day(p.date), "PAYMENT - THANK YOU", money(-p.amount), "", p.status)))
    for f in account.fees:
        if f.date <= today:
            status = "credited" if f.credited else "posted"
            rows.append((f.date, (_day(f.date), f.kind.replace("_", " ").upper(), money(f.amount), "", status)))
    rows.sort(key=lambda row: row[0], reverse=True)
    shown = tuple(cells for _, cells in rows[:count])
    title = f"Recent activity ({len(shown)} of {len(rows)})" if len(rows) > count else "Recent activity"
    return Table(title, ("date", "description", "amount", "card", "status"), shown, right=(2,), empty="No activity yet.")


def statements(state: ConversationState, today: date) -> Table:
    """The statements closed up to ``today``, newest first (none for an authorized user: they add up
    every card on the account, which is the primary card member's to see)."""
    if _own_card(state) is not None:
        holder = state.account.holder_name
        return Table(
            "Statements",
            ("closed", "due", "balance", "minimum due"),
            (),
            empty=f"Statements add up every card on the account, so they're for the primary card member, {holder}, to see."
            " /activity lists the charges on your own card.",
        )
    closed = sorted((s for s in state.account.statements if s.closing <= today), key=lambda s: s.closing, reverse=True)
    rows = tuple((_day(s.closing), _day(s.due), money(s.balance), money(s.minimum_due)) for s in closed)
    return Table("Statements", ("closed", "due", "balance", "minimum due"), rows, right=(2, 3), empty="No statement has closed yet.")


def _own_card(state: ConversationState) -> str | None:
    """The last four of an authorized user's cards (their view of the account holds only theirs), or
    None for the primary card member."""
    if state.authorized_user is None and state.account.scope is None:
        return None
    return ", ".join(card.last_four for card in state.account.cards) or "-"


def _day(day: date) -> str:
    return f"{short_date(day)}, {day.year}"


__all__ = ["Table", "activity", "statements"]
