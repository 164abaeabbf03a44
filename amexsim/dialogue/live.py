"""The core's view of the contact centre: how a team stands before a hand-off, and what the
customer is told as their place in line moves.

The core never runs the simulation. It asks a :class:`QueueView` how a team stands at the
turn's time (open, full, the line ahead, when it reopens): the session passes its live contact
centre (``contact.py``), and without one the view reads the staffing file (hours) and Erlang C
(:class:`StaffingView`). What happens to the customer's chat afterwards comes back from the
session as queue events, which :func:`queue_notice` turns into what the customer sees.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from ..errors import DataFileError
from ..paths import package_data
from ..queue.centre import ChatEvent
from ..queue.staffing import Staffing
from ..yamlnodes import ANY_KEY, YamlDoc
from .routing import Routing

if TYPE_CHECKING:
    from .engine import TurnBuilder


class TeamStatus(NamedTuple):
    """How a team stands for a customer who would join it now."""

    team: str
    name: str  # display name
    open: bool
    full: bool
    position: int  # where a newcomer would stand (1: next to be answered)
    minutes: float  # a newcomer's estimated wait (0: an agent is free)
    reopens: datetime | None  # when closed: the next opening (None: never)
    phone: str  # the centre's number, from the staffing file


class Availability(NamedTuple):
    """A team's status with what the hand-off makes of it."""

    status: TeamStatus
    call_first: bool  # a long wait for a time-sensitive team: recommend calling first
    callback: datetime  # the earliest callback that could be booked


class QueueView(Protocol):
    """Anything that can say how a team stands at a time (the session's live centre)."""

    def status(self, team: str, at: datetime) -> TeamStatus: ...


class StaffingView:
    """The view without a live centre: hours from the staffing file, the wait from Erlang C."""

    def __init__(self, routing: Routing) -> None:
        self.routing = routing

    def status(self, team: str, at: datetime) -> TeamStatus:
        staffing = self.routing.staffing
        name = staffing.route(team)
        spec = staffing[name]
        local = local_time(staffing, at)
        display, position, minutes = self.routing.estimate(name)
        opening = spec.hours.next_opening(local)
        is_open = spec.hours.is_open(local)
        reopens = None if is_open or opening is None else same_style(opening, at, staffing)
        return TeamStatus(name, display, is_open, False, position, float(minutes), reopens, staffing.phone)


class HandoffSettings(NamedTuple):
    """``amexsim/data/handoff.yaml``: when to recommend calling first, what to offer instead."""

    call_first_after: Mapping[str, float]  # skill -> minutes of wait above which to call first
    unavailable: str | None  # the intent offered when a team is closed or full
    callback_step: int  # minutes: callbacks are booked on this grid

    def call_first(self, staffing: Staffing, team: str, minutes: float) -> bool:
        spec = staffing[team]
        limits = [self.call_first_after[skill] for skill in (spec.name, *spec.skills) if skill in self.call_first_after]
        return bool(limits) and minutes > min(limits)

    def callback(self, status: TeamStatus, at: datetime) -> datetime:
        """When a callback can be booked: the next opening, or once the line ahead has cleared."""
        start = status.reopens if not status.open and status.reopens is not None else at + timedelta(minutes=status.minutes)
        step = timedelta(minutes=self.callback_step)
        midnight = start.replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight + step * math.ceil((start - midnight) / step)


def availability(settings: HandoffSettings, staffing: Staffing, status: TeamStatus, at: datetime) -> Availability:
    call_first = status.open and settings.call_first(staffing, status.team, status.minutes)
    return Availability(status, call_first, settings.callback(status, at))


def load_handoff_settings(path: str | Path | None = None) -> HandoffSettings:
    location = Path(path) if path else package_data("handoff.yaml")
    doc = YamlDoc(location, DataFileError)
    keys = doc.mapping(doc.root, "the hand-off file", {"call_first_after", "unavailable", "callback_step"}, {"callback_step"})
    limits = {}
    for skill, node in doc.mapping(keys["call_first_after"], "call_first_after", ANY_KEY).items() if "call_first_after" in keys else ():
        value = doc.plain(node)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise doc.fail(node, f"call_first_after {skill} must be minutes, a number of at least 0 (not {value!r})")
        limits[skill] = float(value)
    step = doc.plain(keys["callback_step"])
    if isinstance(step, bool) or not isinstance(step, int) or not 1 <= step <= 60:
        raise doc.fail(keys["callback_step"], f"callback_step must be whole minutes from 1 to 60 (not {step!r})")
    unavailable = doc.string(keys["unavailable"], "unavailable") if "unavailable" in keys else None
    return HandoffSettings(limits, unavailable, step)


# ----- times ------------------------------------------------------------------------------------
def local_time(staffing: Staffing, at: datetime) -> datetime:
    """``at`` as the centre's naive local time (a naive ``at`` already is)."""
    return at if at.tzinfo is None else at.astimezone(staffing.zone).replace(tzinfo=None)


def same_style(moment: datetime, like: datetime, staffing: Staffing) -> datetime:
    """``moment`` naive (centre local) when ``like`` is naive, else aware in ``like``'s zone."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=staffing.zone)
    if like.tzinfo is None:
        return aware.astimezone(staffing.zone).replace(tzinfo=None)
    return aware.astimezone(like.tzinfo)


def clock_time(moment: datetime) -> str:
    return f"{moment:%I:%M %p}".lstrip("0")


def spoken_time(moment: datetime, now: datetime) -> str:
    """ "today at 10:00 PM", "tomorrow at 8:00 AM", "Monday, December 7 at 8:00 AM"."""
    days = (moment.date() - now.date()).days
    if days == 0:
        return f"today at {clock_time(moment)}"
    if days == 1:
        return f"tomorrow at {clock_time(moment)}"
    return f"{moment:%A}, {moment:%B} {moment.day} at {clock_time(moment)}"


def wait_words(minutes: float) -> str:
    if minutes < 1:
        return "less than a minute"
    whole = math.ceil(minutes)
    return f"about {whole} minute{'s' if whole != 1 else ''}"


# ----- what the customer sees as the line moves -------------------------------------------------
def queue_notice(turn: TurnBuilder, event: ChatEvent) -> None:
    """Turn one event of the customer's chat (from the session's centre) into what they see."""
    live = turn.state.live
    if live is None or live.phase != "queued":
        return  # the chat already ended (left the line) or the agent is already here
    at = same_style(event.at, turn.now, turn.assistant.routing.staffing)
    turn.now = at
    turn.outcome(f"queue_{event.kind}")
    if event.kind in ("queued", "position"):
        minutes = event.wait_minutes or 0.0
        turn.state = turn.state._replace(live=live._replace(position=event.position, minutes=minutes))
        if event.kind == "position" and not live.quiet:
            turn.notice(
                "queue_position", turn.say("queue_position", position=event.position, team=live.team_name, wait=wait_words(minutes))
            )
    elif event.kind == "overflowed":
        general = turn.assistant.routing.teams.get(event.team, event.team)
        if not live.quiet:
            turn.notice("queue_overflowed", turn.say("queue_overflowed", team=live.team_name, general=general))
    elif event.kind == "agent_joined":
        from .agent import AgentDesk

        AgentDesk(turn).join(event.team)
