"""What a turn did besides talking, recorded in a transcript's ``events`` and compared on replay.

Events are generic (a kind and text fields), so whatever a turn or the session exposes can be
recorded without changing the format: cases opened, account changes, hand-offs to a team today;
queue moves and a live agent's messages when the session reports them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from ..dialogue.engine import Assistant, Turn


class Event(NamedTuple):
    """One thing a turn did: its kind (case, change, handoff, queue, agent...) and text fields."""

    kind: str
    fields: tuple[tuple[str, str], ...] = ()

    @classmethod
    def make(cls, kind: str, **fields: object) -> Event:
        return cls(kind, tuple((name, str(value)) for name, value in fields.items() if value is not None))

    def get(self, name: str) -> str | None:
        return dict(self.fields).get(name)

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, **dict(self.fields)}


def events_of(turn: Turn, assistant: Assistant) -> tuple[Event, ...]:
    """The events of one turn, in the order they happened: cases, account changes, the hand-off,
    then anything the turn reports itself (``turn.events``: queue moves, agent messages)."""
    effects = turn.effects
    events = [Event.make("case", case=case.number, type=case.kind) for case in effects.cases]
    events += [Event.make("change", change=change.kind, **dict(change.values)) for change in effects.changes]
    if effects.handoff is not None:
        team = assistant.routing.staffing.route(effects.handoff.team)
        events.append(Event.make("handoff", team=team, case=effects.handoff.case))
    for extra in getattr(turn, "events", ()):  # the session's queue and agent events, once it has them
        events.append(extra if isinstance(extra, Event) else _event(extra))
    return tuple(events)


def _event(item: object) -> Event:
    if hasattr(item, "as_dict"):  # the turn's own lines (dialogue.events.ChatLine) say how they are written
        item = item.as_dict()
    data = dict(item if isinstance(item, Mapping) else item._asdict() if hasattr(item, "_asdict") else vars(item))
    return Event.make(str(data.pop("kind", type(item).__name__.lower())), **data)
