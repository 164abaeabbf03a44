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
    """The latest charges, credits and payments up to ``today``, newest first."""
    account = state.account
    rows: list[tuple[date, tuple[str, ...]]] = []
    for t in account.transactions:
        if t.date <= today:
            rows.append((t.date, (_day(t.date), t.merchant, money(t.amount), t.card, t.status)))
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
    """The statements closed up to ``today``, newest first."""
    closed = sorted((s for s in state.account.statements if s.closing <= today), key=lambda s: s.closing, reverse=True)
    rows = tuple((_day(s.closing), _day(s.due), money(s.balance), money(s.minimum_due)) for s in closed)
    return Table("Statements", ("closed", "due", "balance", "minimum due"), rows, right=(2, 3), empty="No statement has closed yet.")


def _day(day: date) -> str:
    return f"{short_date(day)}, {day.year}"


__all__ = ["Table", "activity", "statements"]
