"""The one small protocol every intent handler follows.

A handler receives what it may need about the turn and returns which reply case to use,
extra template fields and the state changes it wants. The engine never switches on intent
names: the intent's ``handler`` key picks a handler from the registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import NamedTuple, Protocol

from ...bank.accounts import Account
from ...queue.staffing import Staffing
from ...understanding.entities import Entities
from ...understanding.intents import Intent


class HandlerRequest(NamedTuple):
    """Everything a handler may look at for one turn."""

    intent: Intent
    account: Account
    entities: Entities  # this turn's entities merged with those remembered from earlier turns
    today: date
    card_locked: bool
    case_number: str  # a fresh, deterministic case number the handler may hand out
    staffing: Staffing | None = None  # the contact centre's teams (None: the shipped staffing)


class HandlerResult(NamedTuple):
    """The reply case to render, extra template fields and the state changes wanted."""

    case: str = "default"
    fields: Mapping[str, Mapping[str, str]] = MappingProxyType({})
    card_locked: bool | None = None  # None: leave the lock as it is
    opened_case: str | None = None
    wants_details: bool = False  # the next message may carry the missing details


class Handler(Protocol):
    def __call__(self, request: HandlerRequest) -> HandlerResult: ...
