"""What a simulation run measured, per team and in total, beside what Erlang C predicts.

Both engines (the general event heap and the single-team fast loop) fill the same ``Tally``
and turn it into the same ``TeamReport``, so the CLI and tests never care which one ran.
Waits are minutes; a chat counts once for every team it waits for (a transfer waits twice).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import asdict, dataclass, field

from .erlang import service_level
from .staffing import Team

SERVICE_SECONDS = (20, 60)  # the service levels reported: answered within 20 and within 60 seconds


@dataclass
class Tally:
    """Running counts for one team while a simulation runs (mutable, engine-private)."""

    waits: list[float] = field(default_factory=list)  # time in queue of every chat that waited > 0
    zero_waits: int = 0  # answered at once
    answered: int = 0
    abandoned: int = 0
    turned_away: int = 0  # queue full, or the team closed for a transfer
    transferred: int = 0  # answered here, then sent to another team
    overflowed: int = 0  # answered by a general agent after waiting too long here
    busy_minutes: float = 0.0  # agent time spent on chats (done by this team's agents)
    abandoned_waits: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class TeamReport:
    """One team's figures over a run (waits in minutes)."""

    team: str
    name: str
    agents: int
    chats: int  # chats offered: answered + abandoned + turned away
    answered: int
    abandoned: int
    turned_away: int
    transferred: int
    overflowed: int
    mean_wait: float  # over chats that queued (answered or abandoned)
    p90_wait: float
    service_level: dict[str, float]  # "20s", "60s" -> share of offered chats answered that fast
    utilisation: float
    erlang_c_mean_wait: float | None  # Erlang C (or Erlang A with patience) at the mean rate
    erlang_c_service_level: float | None  # Erlang C share answered within the first service time (20 s)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def team_report(
    team: Team, tally: Tally, open_minutes: float, offered_rate: float, service_seconds: tuple[float, ...] = SERVICE_SECONDS
) -> TeamReport:
    """Summarise a tally; ``open_minutes`` is the time the team's agents were on shift."""
    tally.waits.sort()
    queued = tally.answered + tally.abandoned
    offered = queued + tally.turned_away
    levels = {}
    for seconds in service_seconds:
        # answered at once, plus answered chats among waits <= t (abandoned ones are subtracted)
        within = tally.zero_waits + bisect_right(tally.waits, seconds / 60)
        within -= sum(1 for wait in tally.abandoned_waits if wait <= seconds / 60)
        levels[f"{seconds:g}s"] = within / offered if offered else 1.0
    estimate = team.estimate(offered_rate)
    theory_level = None
    if team.patience is None and estimate is not None:
        theory_level = service_level(team.agents, offered_rate, team.handle.mean, service_seconds[0] / 60)
    return TeamReport(
        team=team.name,
        name=team.display_name,
        agents=team.agents,
        chats=offered,
        answered=tally.answered,
        abandoned=tally.abandoned,
        turned_away=tally.turned_away,
        transferred=tally.transferred,
        overflowed=tally.overflowed,
        mean_wait=math.fsum(tally.waits) / queued if queued else 0.0,
        p90_wait=percentile(tally.waits, 0.9, zeros=queued - len(tally.waits)),
        service_level=levels,
        utilisation=tally.busy_minutes / (team.agents * open_minutes) if open_minutes > 0 else 0.0,
        erlang_c_mean_wait=estimate.mean_wait_minutes if estimate is not None else None,
        erlang_c_service_level=theory_level,
    )


def percentile(ordered: list[float], share: float, *, zeros: int = 0) -> float:
    """The ``share`` quantile of ``zeros`` zero values plus the sorted positive ``ordered``."""
    count = zeros + len(ordered)
    if not count:
        return 0.0
    index = max(0, math.ceil(share * count) - 1)
    return 0.0 if index < zeros else ordered[index - zeros]


@dataclass(frozen=True)
class Report:
    """A whole run: each team, the total over the centre, and how long the run took."""

    teams: tuple[TeamReport, ...]
    total: TeamReport
    seconds: float  # wall-clock seconds the simulation took (measured by the caller)
    simulated_minutes: float
    engine: str  # "fast" (one plain team) or "events" (the general engine)

    def as_dict(self) -> dict[str, object]:
        """The JSON of ``queue simulate --json``: the total's figures at the top, then per team."""
        return {
            **{key: value for key, value in self.total.as_dict().items() if key not in ("team", "name")},
            "seconds": self.seconds,
            "simulated_minutes": self.simulated_minutes,
            "engine": self.engine,
            "teams": [team.as_dict() for team in self.teams],
        }


def combine(reports: list[TeamReport], tallies: list[Tally], open_minutes: list[float]) -> TeamReport:
    """The centre as a whole: counts summed, waits pooled, utilisation over all agent time."""
    waits = sorted(wait for tally in tallies for wait in tally.waits)
    queued = sum(report.answered + report.abandoned for report in reports)
    offered = sum(report.chats for report in reports)
    levels = {
        key: sum(report.service_level[key] * report.chats for report in reports) / offered if offered else 1.0
        for key in reports[0].service_level
    }
    shift = sum(report.agents * minutes for report, minutes in zip(reports, open_minutes))
    single = len(reports) == 1
    return TeamReport(
        team="total",
        name="whole centre",
        agents=sum(report.agents for report in reports),
        chats=offered,
        answered=sum(report.answered for report in reports),
        abandoned=sum(report.abandoned for report in reports),
        turned_away=sum(report.turned_away for report in reports),
        transferred=sum(report.transferred for report in reports),
        overflowed=sum(report.overflowed for report in reports),
        mean_wait=math.fsum(waits) / queued if queued else 0.0,
        p90_wait=percentile(waits, 0.9, zeros=queued - len(waits)),
        service_level=levels,
        utilisation=sum(tally.busy_minutes for tally in tallies) / shift if shift else 0.0,
        erlang_c_mean_wait=reports[0].erlang_c_mean_wait if single else _weighted(reports, "erlang_c_mean_wait"),
        erlang_c_service_level=reports[0].erlang_c_service_level if single else _weighted(reports, "erlang_c_service_level"),
    )


def _weighted(reports: list[TeamReport], key: str) -> float | None:
    """A figure averaged over teams by their chats (None if any team lacks it)."""
    values = [getattr(report, key) for report in reports]
    offered = sum(report.chats for report in reports)
    if any(value is None for value in values) or not offered:
        return None
    return sum(value * report.chats for value, report in zip(values, reports)) / offered
