"""Staffing of the simulated contact centre: teams, agents, hours, arrivals, handle times.

The staffing file is the one place where team names and their display names live; the
intents loader and the hand-off read them from here (``load_staffing().names``). Every
problem is reported as one ``file:line: problem`` line, including a team whose load can never
be served (more work arriving than its agents can do, with nobody giving up and no cap).
All times in the file are minutes; arrivals are chats per minute.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from ..errors import StaffingFileError
from ..paths import package_data
from ..yamlnodes import ANY_KEY, YamlDoc, line_of
from .distributions import KINDS, Duration
from .erlang import AbandonEstimate, QueueEstimate, erlang_a, erlang_c
from .hours import DAY_MINUTES, Hours, merge, parse_days, parse_span

DEFAULT_PHONE = "1-800-528-4800"
DEFAULT_TIME_ZONE = "America/New_York"
GENERAL = "general"  # the skill whose team takes overflow
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_TEAM_KEYS = {
    "name",
    "skills",
    "agents",
    "hours",
    "arrivals_per_minute",
    "handle_time",
    "queue_cap",
    "patience",
    "overflow_after",
    "transfers",
}


@dataclass(frozen=True)
class Team:
    """One team: who answers, when, how fast chats come and how long they take (minutes)."""

    name: str
    display_name: str
    agents: int
    handle: Duration
    arrivals: tuple[float, ...] = (0.0,) * 24  # chats per minute for each local hour 0..23
    hours: Hours = field(default_factory=Hours.always)
    skills: tuple[str, ...] = ()
    queue_cap: int | None = None  # most chats waiting at once; None: no limit
    patience: Duration | None = None  # how long a customer waits before giving up; None: forever
    overflow_after: float | None = None  # minutes of waiting before a general agent may answer
    transfers: tuple[tuple[str, float], ...] = ()  # (team, share of answered chats sent there)
    line: int | None = None

    @property
    def constant_rate(self) -> bool:
        return len(set(self.arrivals)) == 1

    @property
    def mean_rate(self) -> float:
        """Chats per minute averaged over the open hours of a week."""
        open_minutes = self.hours.open_minutes_per_week()
        if not open_minutes:
            return 0.0
        weighted = 0.0
        for day in self.hours.week:
            for start, end in day:
                for hour in range(start // 60, math.ceil(end / 60)):
                    weighted += self.arrivals[hour] * (min(end, hour * 60 + 60) - max(start, hour * 60))
        return weighted / open_minutes

    @property
    def is_simple(self) -> bool:
        """Open 24/7 at one rate, nobody gives up, no cap, overflow or transfer: plain M/G/c."""
        plain = self.queue_cap is None and self.patience is None and self.overflow_after is None and not self.transfers
        return plain and self.hours.always_open and self.constant_rate

    def estimate(self, rate: float | None = None, *, abandonment: bool = True) -> QueueEstimate | AbandonEstimate | None:
        """Erlang A (with patience, unless ``abandonment`` is off) or Erlang C at ``rate``
        (default: the mean rate); None when Erlang C has no steady state (load >= agents)."""
        rate = self.mean_rate if rate is None else rate
        if self.patience is not None and abandonment:
            return erlang_a(self.agents, rate, self.handle.mean, self.patience.mean)
        if rate * self.handle.mean >= self.agents:
            return None
        return erlang_c(self.agents, rate, self.handle.mean)


@dataclass(frozen=True)
class Staffing:
    """All teams in file order, with the centre's phone number and time zone."""

    teams: tuple[Team, ...]
    phone: str = DEFAULT_PHONE
    time_zone: str = DEFAULT_TIME_ZONE
    path: Path | None = None

    def __post_init__(self) -> None:
        names = [team.name for team in self.teams]
        if not names or len(set(names)) != len(names):
            raise ValueError(f"expected at least one team and unique team names (not {names})")

    def __hash__(self) -> int:
        """The dataclass's hash (of the fields), worked out once: the live centre's warm-up memo
        looks a staffing up for every session that hands off, and hashing every team's settings
        (hours, arrival rates...) each time cost more than the look-up."""
        kept = self.__dict__.get("_hash")
        if kept is None:
            kept = hash((self.teams, self.phone, self.time_zone, self.path))
            object.__setattr__(self, "_hash", kept)  # derived data, not a field
        return kept

    def __getstate__(self) -> dict[str, object]:
        """Pickled (the start-up cache) without the kept hash: strings hash differently in each process."""
        state = dict(self.__dict__)
        state.pop("_hash", None)
        return state

    def __iter__(self) -> Iterator[Team]:
        return iter(self.teams)

    def __getitem__(self, name: str) -> Team:
        for team in self.teams:
            if team.name == name:
                return team
        raise KeyError(f"unknown team {name!r} (expected one of: {', '.join(self.names)})")

    def __contains__(self, name: object) -> bool:
        return name in self.names

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(team.name for team in self.teams)

    @property
    def display_names(self) -> dict[str, str]:
        return {team.name: team.display_name for team in self.teams}

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def route(self, skill: str) -> str:
        """The team that has ``skill`` (or is named so); the general team otherwise."""
        for team in self.teams:
            if skill in team.skills or skill == team.name:
                return team.name
        return self.overflow_team or self.teams[0].name

    @property
    def overflow_team(self) -> str | None:
        """The team with the general skill, which answers chats that waited too long elsewhere."""
        for team in self.teams:
            if GENERAL in team.skills or team.name == GENERAL:
                return team.name
        return None

    def only(self, name: str, **changes: object) -> Staffing:
        """One team on its own (its overflow and transfers dropped), with fields changed."""
        team = replace(self[name], overflow_after=None, transfers=(), **changes)
        return replace(self, teams=(team,))

    def overloaded(self) -> tuple[Team, str] | None:
        """The first team that can never keep up on average (nobody gives up, no cap), and why."""
        offered = self.offered_rates()
        for team in self.teams:
            load = offered[team.name] * team.handle.mean
            if load >= team.agents and team.patience is None and team.queue_cap is None:
                return team, (
                    f"impossible load for team {team.name!r}: {offered[team.name]:.3g} chats a minute x {team.handle.mean:g} minutes = "
                    f"{load:.3g} Erlangs, more than its {team.agents} agents can ever answer (add agents, a queue_cap or patience)"
                )
        return None

    def offered_rates(self) -> dict[str, float]:
        """Mean chats per minute each team is offered, counting chats transferred to it (worked
        out once per staffing: every hand-off estimate asks)."""
        return dict(self._kept("_offered_rates", _offered_rates))

    def transferred_in(self) -> dict[str, float]:
        """Mean chats per minute each team gets from other teams' transfers (worked out once per
        staffing: the live centre asks on every estimate)."""
        return dict(self._kept("_transferred_in", _transferred_in))

    def _kept(self, name: str, work: Callable[[Staffing], tuple[tuple[str, float], ...]]) -> tuple[tuple[str, float], ...]:
        """``work(self)``, kept on this staffing: looking it up in a memo would hash every team's
        settings (hours, arrival rates...) each time the live centre asks."""
        kept = self.__dict__.get(name)
        if kept is None:
            kept = work(self)
            object.__setattr__(self, name, kept)  # derived data, not a field: equality and hashing ignore it
        return kept

    def _offered(self) -> dict[str, float]:
        own = {team.name: team.mean_rate for team in self.teams}
        offered = dict(own)
        for _ in range(500):  # each team sends less than all its chats on, so this converges
            following = dict(own)
            for team in self.teams:
                for target, share in team.transfers:
                    following[target] += share * offered[team.name]
            settled = all(abs(following[name] - offered[name]) <= 1e-12 * (1 + offered[name]) for name in own)
            offered = following
            if settled:
                break
        return offered


def _offered_rates(staffing: Staffing) -> tuple[tuple[str, float], ...]:
    return tuple(staffing._offered().items())


def _transferred_in(staffing: Staffing) -> tuple[tuple[str, float], ...]:
    offered = staffing.offered_rates()
    return tuple((team.name, offered[team.name] - team.mean_rate) for team in staffing)


def single_team(agents: int, arrivals_per_minute: float, handle_minutes: float, *, name: str = GENERAL) -> Staffing:
    """The textbook M/M/c model as a staffing: one team open 24/7, exponential handle times."""
    team = Team(name, "customer care", agents, Duration("exponential", handle_minutes), (arrivals_per_minute,) * 24, skills=(name,))
    return Staffing((team,))


def default_path() -> Path:
    return package_data("staffing.yaml")


@cache
def default_staffing() -> Staffing:
    """The shipped staffing, read once."""
    return load_staffing()


def load_staffing(path: str | Path | None = None) -> Staffing:
    """Read and check a staffing file (default: the shipped ``amexsim/data/staffing.yaml``)."""
    return _Loader(YamlDoc(Path(path) if path is not None else default_path(), StaffingFileError)).load()


class _Loader:
    """Walks the YAML node tree so each problem names its line."""

    def __init__(self, doc: YamlDoc) -> None:
        self.doc = doc

    def load(self) -> Staffing:
        doc = self.doc
        keys = doc.mapping(doc.root, "the staffing file", {"centre", "teams"}, {"teams"})
        phone, zone = DEFAULT_PHONE, DEFAULT_TIME_ZONE
        if "centre" in keys:
            centre = doc.mapping(keys["centre"], "centre", {"name", "phone", "time_zone"})
            phone = doc.string(centre["phone"], "centre phone") if "phone" in centre else phone
            if "time_zone" in centre:
                zone = doc.string(centre["time_zone"], "centre time_zone")
                try:
                    ZoneInfo(zone)
                except (ZoneInfoNotFoundError, ValueError):
                    raise doc.fail(
                        centre["time_zone"], f"unknown time zone {zone!r} (expected an IANA name such as America/New_York)"
                    ) from None
        team_nodes = doc.mapping(keys["teams"], "teams", ANY_KEY)
        if not team_nodes:
            raise doc.fail(keys["teams"], "teams must list at least one team")
        key_lines = {key.value: key for key, _ in keys["teams"].value}
        teams = tuple(self.team(name, node, key_lines[name]) for name, node in team_nodes.items())
        staffing = Staffing(teams, phone, zone, doc.path)
        self.check_links(staffing, team_nodes)
        self.check_load(staffing)
        return staffing

    def team(self, name: str, node: yaml.Node, key: yaml.Node) -> Team:
        doc = self.doc
        if not _NAME.match(name):
            raise doc.fail(key, f"team name {name!r} must be lower-case letters, digits and underscores")
        where = f"team {name!r}"
        keys = doc.mapping(node, where, _TEAM_KEYS, {"name", "agents", "arrivals_per_minute", "handle_time"})
        skills = tuple(skill for skill, _ in doc.strings(keys["skills"], f"{where} skills")) if "skills" in keys else (name,)
        for skill in skills:
            if not _NAME.match(skill):
                raise doc.fail(keys["skills"], f"skill {skill!r} of {where} must be lower-case letters, digits and underscores")
        return Team(
            name=name,
            display_name=doc.string(keys["name"], f"{where} name"),
            agents=self.integer(keys["agents"], f"{where} agents", minimum=1),
            handle=self.duration(keys["handle_time"], f"{where} handle_time"),
            arrivals=self.arrivals(keys["arrivals_per_minute"], f"{where} arrivals_per_minute"),
            hours=self.hours(keys["hours"], f"{where} hours") if "hours" in keys else Hours.always(),
            skills=skills,
            queue_cap=self.integer(keys["queue_cap"], f"{where} queue_cap", minimum=0) if "queue_cap" in keys else None,
            patience=self.duration(keys["patience"], f"{where} patience") if "patience" in keys else None,
            overflow_after=self.number(keys["overflow_after"], f"{where} overflow_after", positive=True)
            if "overflow_after" in keys
            else None,
            transfers=self.transfers(keys["transfers"], where) if "transfers" in keys else (),
            line=line_of(key),
        )

    # ----- values ---------------------------------------------------------------------
    def number(self, node: yaml.Node, what: str, *, positive: bool = False) -> float:
        value = self.doc.plain(node) if isinstance(node, yaml.ScalarNode) else None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value < 0
            or (positive and value == 0)
        ):
            raise self.doc.fail(node, f"{what} must be a number {'above' if positive else 'of at least'} 0 (not {_shown(node)})")
        return float(value)

    def integer(self, node: yaml.Node, what: str, *, minimum: int) -> int:
        value = self.doc.plain(node) if isinstance(node, yaml.ScalarNode) else None
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.doc.fail(node, f"{what} must be a whole number of at least {minimum} (not {_shown(node)})")
        return value

    def duration(self, node: yaml.Node, what: str) -> Duration:
        """``5`` (exponential, mean 5) or ``{distribution: lognormal, mean: 8, sd: 4}``."""
        if isinstance(node, yaml.ScalarNode):
            return Duration("exponential", self.number(node, f"{what} (a mean in minutes)", positive=True))
        keys = self.doc.mapping(node, what, {"distribution", "mean", "sd"}, {"mean"})
        kind = self.doc.string(keys["distribution"], f"{what} distribution") if "distribution" in keys else "exponential"
        if kind not in KINDS:
            raise self.doc.fail(keys["distribution"], f"unknown {what} distribution {kind!r} (expected one of: {', '.join(KINDS)})")
        if kind in ("lognormal", "uniform") and "sd" not in keys:
            raise self.doc.fail(node, f"a {kind} {what} needs an sd")
        if kind not in ("lognormal", "uniform") and "sd" in keys:
            raise self.doc.fail(keys["sd"], f"an {kind} {what} takes no sd")
        mean = self.number(keys["mean"], f"{what} mean", positive=True)
        sd = self.number(keys["sd"], f"{what} sd", positive=kind == "lognormal") if "sd" in keys else 0.0
        try:
            return Duration(kind, mean, sd)
        except ValueError as exc:
            raise self.doc.fail(node, f"{what}: {exc}") from None

    def arrivals(self, node: yaml.Node, what: str) -> tuple[float, ...]:
        """One rate for every hour, or 24 rates, one per local hour from midnight."""
        if isinstance(node, yaml.ScalarNode):
            return (self.number(node, what),) * 24
        items = self.doc.sequence(node, what)
        if len(items) != 24:
            raise self.doc.fail(node, f"{what} must be one number or 24 numbers, one per hour from midnight (not {len(items)})")
        return tuple(self.number(item, f"each of the {what}") for item in items)

    def hours(self, node: yaml.Node, what: str) -> Hours:
        """``24/7`` or ``{mon-fri: "08:00-20:00", sat: ["09:00-12:00", "13:00-17:00"]}``; unnamed days are closed."""
        if isinstance(node, yaml.ScalarNode) and str(node.value).replace(" ", "").lower() in ("24/7", "always"):
            return Hours.always()
        keys = self.doc.mapping(node, f"{what} (24/7 or days: spans)", ANY_KEY)
        week: list[list[tuple[int, int]]] = [[] for _ in range(7)]
        for days_text, spans_node in keys.items():
            days = parse_days(days_text)
            if days is None:
                key = next(k for k, v in node.value if v is spans_node)
                raise self.doc.fail(key, f"{what}: {days_text!r} is not a day or range of days (expected e.g. mon, mon-fri, daily)")
            span_nodes = spans_node.value if isinstance(spans_node, yaml.SequenceNode) else [spans_node]
            for span_node in span_nodes:
                text = self.doc.string(span_node, f"{what} for {days_text}")
                if text.strip().lower() == "closed":
                    continue
                pieces = parse_span(text)
                if pieces is None:
                    raise self.doc.fail(span_node, f"{what}: {text!r} is not a span such as 08:00-20:00 (or closed)")
                for day in days:
                    for shift, interval in pieces:
                        week[(day + shift) % 7].append(interval)
        hours = Hours(tuple(merge(day) for day in week))
        if hours.never_open:
            raise self.doc.fail(node, f"{what} never open: name at least one day with a span, or remove the team")
        return hours

    def transfers(self, node: yaml.Node, where: str) -> tuple[tuple[str, float], ...]:
        keys = self.doc.mapping(node, f"{where} transfers", ANY_KEY)
        shares = tuple(
            (target, self.number(value, f"{where} transfer share to {target!r}", positive=True)) for target, value in keys.items()
        )
        if sum(share for _, share in shares) >= 1:
            raise self.doc.fail(
                node, f"{where} transfers add up to {sum(s for _, s in shares):g}; they are shares of answered chats, below 1 in total"
            )
        return shares

    # ----- the whole centre ------------------------------------------------------------
    def check_links(self, staffing: Staffing, team_nodes: dict[str, yaml.Node]) -> None:
        owner: dict[str, str] = {}
        for team in staffing:
            node = team_nodes[team.name]
            keys = {key.value: (key, value) for key, value in node.value}
            for skill in team.skills:
                if skill in owner:
                    raise self.doc.fail(keys["skills"][1], f"skill {skill!r} belongs to both team {owner[skill]!r} and team {team.name!r}")
                owner[skill] = team.name
            for target, _ in team.transfers:
                if target not in staffing or target == team.name:
                    line = next(k for k, _ in keys["transfers"][1].value if k.value == target)
                    expected = ", ".join(name for name in staffing.names if name != team.name)
                    raise self.doc.fail(line, f"team {team.name!r} transfers to unknown team {target!r} (expected one of: {expected})")
            if team.overflow_after is not None and staffing.overflow_team in (None, team.name):
                raise self.doc.fail(
                    keys["overflow_after"][0], f"team {team.name!r} overflows, but no other team has the {GENERAL!r} skill to take it"
                )

    def check_load(self, staffing: Staffing) -> None:
        """A team that can never keep up (on average over its open hours) is an error."""
        found = staffing.overloaded()
        if found is not None:
            raise self.doc.error(self.doc.path, found[0].line, found[1])


def _shown(node: yaml.Node) -> str:
    return repr(node.value) if isinstance(node, yaml.ScalarNode) else f"a {node.id}"


__all__ = ["DAY_MINUTES", "GENERAL", "Staffing", "Team", "load_staffing", "single_team"]
