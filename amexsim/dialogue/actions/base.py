"""The one small protocol every flow action follows, and the registry that names them.

An action is a plain function from an :class:`ActionRequest` (the account, the slots the flow
collected, the step's parameters, the clock, the policies) to an :class:`ActionResult`: an
outcome the flow can branch on, template fields for the replies, and what it wants changed.
It changes nothing itself; the interpreter applies the result and the session stores it.
Each action declares its outcomes, the fields it fills and the slots it reads, so intents
can be checked against it when they load.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, NamedTuple

from ...bank.accounts import Account, Card, Transaction
from ...bank.cases import Case
from ...bank.changes import Change
from ...bank.policies import Policies
from ...understanding.entities import Entities
from ...understanding.intents import Intent
from ..live import Availability
from ..slots import charge_of
from ..state import EMPTY, Handoff, LiveChat, LogEntry, SlotValue

Fields = Mapping[str, Mapping[str, str]]


class ActionRequest(NamedTuple):
    """Everything an action may look at."""

    intent: Intent
    account: Account
    slots: Mapping[str, SlotValue]
    params: Mapping[str, str]
    now: datetime
    policies: Policies
    cases: tuple[Case, ...]
    log: tuple[LogEntry, ...]
    criteria: Entities
    new_case: Callable[[str], str]  # a fresh case number with this letter prefix
    route: Callable[[str], str]  # a description of a problem -> the team that handles it
    availability: Callable[[str], Availability]  # team -> how it stands now (open, full, the line, a callback time)
    salt: int = 0
    live: LiveChat | None = None  # the customer's chat with a person, if one is under way
    fields: Fields = EMPTY  # template fields earlier steps produced (a refused hand-off's, in the alternatives)
    said: str = ""  # the (redacted) request that started the flow and the answers to its questions

    @property
    def today(self) -> date:
        return self.now.date()

    def slot(self, name: str) -> str:
        return self.slots[name].value

    def card(self) -> Card:
        card = self.account.card(self.slot("card"))
        assert card is not None, "the card slot only ever holds a card of the account"
        return card

    def charge(self) -> Transaction:
        charge = charge_of(self.account, self.slot("charge"))
        assert charge is not None, "the charge slot only ever holds a charge of the account"
        return charge


class ActionResult(NamedTuple):
    """An outcome, fields for the replies, and the changes, cases and log lines wanted."""

    outcome: str = "ok"
    fields: Fields = EMPTY
    slots: Mapping[str, SlotValue] = EMPTY
    changes: tuple[Change, ...] = ()
    cases: tuple[Case, ...] = ()
    log: tuple[LogEntry, ...] = ()
    done: str | None = None  # what was done, in words ("locked the Gold Card ending 2001")
    undo: tuple[Change, ...] = ()  # changes that take it back if a correction makes it moot
    handoff: Handoff | None = None
    queue: Literal["notify", "leave"] | None = None  # for the chat in line: tell me when free / stop waiting
    closed: tuple[str, ...] = ()  # numbers of the customer's cases this closes (a callback called off)


@dataclass(frozen=True)
class Action:
    """A registered action and what it declares."""

    name: str
    run: Callable[[ActionRequest], ActionResult]
    outcomes: tuple[str, ...]
    fields: Mapping[str, tuple[str, ...]]
    needs: tuple[str, ...] = ()
    changes_account: bool = False
    reads_account: bool = True
    fills: tuple[str, ...] = ()  # slots its result may fill


ACTIONS: dict[str, Action] = {}


def action(
    *,
    outcomes: tuple[str, ...] = ("ok",),
    fields: Mapping[str, tuple[str, ...]] = EMPTY,
    needs: tuple[str, ...] = (),
    changes_account: bool = False,
    reads_account: bool = True,
    fills: tuple[str, ...] = (),
) -> Callable[[Callable[[ActionRequest], ActionResult]], Callable[[ActionRequest], ActionResult]]:
    """Register the decorated function under its name, with what it declares."""

    def register(function: Callable[[ActionRequest], ActionResult]) -> Callable[[ActionRequest], ActionResult]:
        name = function.__name__
        if name in ACTIONS:
            raise ValueError(f"action {name!r} is registered twice")
        ACTIONS[name] = Action(name, function, outcomes, dict(fields), needs, changes_account, reads_account, fills)
        return function

    return register


CARD_FIELDS = ("label", "name", "last_four", "holder", "status", "wallets")


def card_fields(card: Card) -> dict[str, str]:
    return {
        "label": card.label,
        "name": card.name,
        "last_four": card.last_four,
        "holder": card.holder,
        "status": card.status,
        "wallets": ", ".join(card.wallets) or "none",
    }


def count(number: int, noun: str) -> str:
    """``1 point``, ``2,500 points``: a number and its noun always agree."""
    return f"{number:,} {noun}" + ("" if number == 1 else "s")
