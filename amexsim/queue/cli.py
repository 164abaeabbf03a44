"""``amexsim queue simulate`` and ``amexsim queue staff``: the contact centre on its own.

Thin edges over ``simulation.simulate`` and ``erlang.agents_for_target``: parse, build the
staffing, run, print a rich table (or one JSON object). The progress bar appears only on a
terminal and only once a run has taken more than a second.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from ..errors import UsageError

if TYPE_CHECKING:  # the simulation is imported by the commands that run it, so other commands start without it
    from .report import Report, TeamReport
    from .staffing import Staffing

DEFAULT_CHATS = 100_000
STAFF_CHATS = 200_000
TEXTBOOK = {"agents": 20, "arrival_rate": 3.5, "handle_time": 5.0}  # the benchmark's M/M/c model


def add_queue_parser(subparsers: argparse._SubParsersAction) -> None:
    """Add ``queue simulate`` and ``queue staff`` to the main parser's subcommands."""
    queue = subparsers.add_parser("queue", help="simulate the contact centre, or find the staffing a service level needs")
    commands = queue.add_subparsers(dest="queue_command", required=True)

    sim = commands.add_parser("simulate", help="simulate chats through the teams: service level, waits, abandonment, utilisation")
    _common(sim)
    sim.add_argument("--team", metavar="NAME", help="only this team (its overflow and transfers dropped)")
    sim.add_argument("--agents", type=int, metavar="N", help="agents (with no --staffing/--team: one textbook M/M/c team)")
    sim.add_argument("--arrival-rate", type=float, metavar="R", help="chats per minute")
    sim.add_argument("--handle-time", type=float, metavar="T", help="mean handle time in minutes (exponential)")
    sim.add_argument("--chats", type=int, default=DEFAULT_CHATS, metavar="N", help=f"chats to simulate (default {DEFAULT_CHATS:,})")
    sim.add_argument(
        "--start", metavar="ISO-DATETIME", help="local time the run starts, for opening hours (default 2026-11-30T00:00, a Monday)"
    )
    sim.set_defaults(run=cmd_simulate)

    staff = commands.add_parser(
        "staff", help="the fewest agents per team that meet a service-level target (Erlang C, checked by simulation)"
    )
    _common(staff)
    staff.add_argument("--target", default="80/20", metavar="P/S", help="P%% of chats answered within S seconds (default 80/20)")
    staff.add_argument("--chats", type=int, default=STAFF_CHATS, metavar="N", help=f"chats per team in the check (default {STAFF_CHATS:,})")
    staff.set_defaults(run=cmd_staff)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--staffing", metavar="FILE", help="staffing YAML (default: the shipped amexsim/data/staffing.yaml)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the simulation (default 0)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")


# ----- simulate -------------------------------------------------------------------------
def cmd_simulate(args: argparse.Namespace) -> int:
    from .simulation import simulate

    if args.chats < 1:
        raise UsageError(f"--chats must be at least 1 (not {args.chats})")
    staffing = _model(args)
    start = _start(args.start)
    with _Progress(args.chats, enabled=not args.json) as progress:
        report = simulate(staffing, chats=args.chats, seed=args.seed, start=start, progress=progress.update)
    if args.json:
        print(json.dumps(report.as_dict()))
    else:
        _print_report(report)
    return 0


def _model(args: argparse.Namespace) -> Staffing:
    """The staffing to simulate: the file, one team of it, or the textbook single team."""
    from .distributions import Duration
    from .staffing import load_staffing, single_team

    overrides = {key: getattr(args, key) for key in TEXTBOOK if getattr(args, key) is not None}
    for key, value in overrides.items():
        if value <= 0:
            raise UsageError(f"--{key.replace('_', '-')} must be above 0 (not {value:g})")
    if overrides and args.staffing is None and args.team is None:
        values = {**TEXTBOOK, **overrides}
        staffing = single_team(int(values["agents"]), values["arrival_rate"], values["handle_time"])
    else:
        staffing = load_staffing(args.staffing)
        if args.team is not None and args.team not in staffing:
            raise UsageError(f"unknown team {args.team!r} (expected one of: {', '.join(staffing.names)})")
        if overrides and args.team is None and len(staffing.teams) > 1:
            raise UsageError("--agents, --arrival-rate and --handle-time change one team: name it with --team")
        name = args.team or (staffing.names[0] if overrides else None)
        if name is not None:
            changes: dict[str, object] = {}
            if "agents" in overrides:
                changes["agents"] = int(overrides["agents"])
            if "arrival_rate" in overrides:
                changes["arrivals"] = (overrides["arrival_rate"],) * 24
            if "handle_time" in overrides:
                changes["handle"] = Duration("exponential", overrides["handle_time"])
            staffing = staffing.only(name, **changes)
    found = staffing.overloaded()
    if found is not None:
        raise UsageError(found[1])
    return staffing


def _start(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--start expects an ISO date-time such as 2026-11-30T08:00 (not {text!r})") from None


def _seconds(minutes: float | None) -> str:
    return "-" if minutes is None else f"{minutes * 60:,.1f}"


def _print_report(report: Report) -> None:
    from rich.table import Table

    table = Table(title=f"Simulated {report.total.chats:,} chats ({report.engine} engine, {report.seconds:.2f} s)", title_justify="left")
    for header in ("team", "agents", "chats", "≤20s", "≤60s", "mean s", "p90 s", "Erlang s", "gave up", "full", "busy"):
        table.add_column(header, justify="left" if header == "team" else "right")

    def row(team: TeamReport, *, bold: bool = False) -> None:
        cells = [
            team.name,
            f"{team.agents}",
            f"{team.chats:,}",
            f"{team.service_level['20s']:.1%}",
            f"{team.service_level['60s']:.1%}",
            _seconds(team.mean_wait),
            _seconds(team.p90_wait),
            _seconds(team.erlang_c_mean_wait),
            f"{team.abandoned / team.chats:.1%}" if team.chats else "-",
            f"{team.turned_away:,}",
            f"{team.utilisation:.1%}",
        ]
        table.add_row(*cells, style="bold" if bold else None)

    for team in report.teams:
        row(team)
    if len(report.teams) > 1:
        table.add_section()
        row(report.total, bold=True)
    _console().print(table)


class _Progress:
    """A rich progress bar on stderr, shown only on a terminal once a second has passed."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and sys.stderr.isatty()
        self.began = time.perf_counter()
        self.bar = None
        self.task = None

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    @property
    def update(self) -> Callable[[int], None] | None:
        return self._update if self.enabled else None

    def _update(self, done: int) -> None:
        if self.bar is None:
            if time.perf_counter() - self.began < 1.0:
                return
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("simulating chats", total=self.total)
        self.bar.update(self.task, completed=done)


def _console():
    """Rich's console; wide enough for the tables when the output is not a terminal."""
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=140)


# ----- staff ----------------------------------------------------------------------------
_TARGET = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%?\s*/\s*(\d+(?:\.\d+)?)\s*s?\s*$")


def parse_target(text: str) -> tuple[float, float]:
    """``"80/20"`` -> (0.80, 20.0): the share answered and within how many seconds."""
    found = _TARGET.match(text)
    if not found or not 0 < float(found.group(1)) < 100 or float(found.group(2)) <= 0:
        raise UsageError(f"--target expects PERCENT/SECONDS such as 80/20, with 0 < PERCENT < 100 (not {text!r})")
    return float(found.group(1)) / 100, float(found.group(2))


def cmd_staff(args: argparse.Namespace) -> int:
    from .erlang import agents_for_target, service_level
    from .hours import Hours
    from .simulation import simulate
    from .staffing import load_staffing

    share, seconds = parse_target(args.target)
    if args.chats < 1:
        raise UsageError(f"--chats must be at least 1 (not {args.chats})")
    staffing = load_staffing(args.staffing)
    offered = staffing.offered_rates()
    rows = []
    for team in staffing:
        rate, handle = offered[team.name], team.handle.mean
        needed = agents_for_target(rate, handle, within_minutes=seconds / 60, target=share)
        # the Erlang C model of the team: open 24/7 at its mean rate, nobody gives up, no cap
        check = staffing.only(team.name, agents=needed, arrivals=(rate,) * 24, hours=Hours.always(), queue_cap=None, patience=None)
        simulated = simulate(check, chats=args.chats, seed=args.seed, service_seconds=(seconds,))
        below = service_level(needed - 1, rate, handle, seconds / 60) if needed - 1 > rate * handle else 0.0
        rows.append(
            {
                "team": team.name,
                "name": team.display_name,
                "arrivals_per_minute": rate,
                "handle_minutes": handle,
                "handle_time": team.handle.describe(),
                "agents_now": team.agents,
                "agents_needed": needed,
                "erlang_c_service_level": service_level(needed, rate, handle, seconds / 60),
                "erlang_c_service_level_one_fewer": below,
                "simulated_service_level": simulated.total.service_level[f"{seconds:g}s"],
                "erlang_c_mean_wait": simulated.total.erlang_c_mean_wait,
                "simulated_mean_wait": simulated.total.mean_wait,
                "chats": args.chats,
            }
        )
    if args.json:
        print(json.dumps({"target": share, "within_seconds": seconds, "teams": rows}))
    else:
        _print_staff(rows, share, seconds)
    return 0


def _print_staff(rows: list[dict[str, object]], share: float, seconds: float) -> None:
    from rich.table import Table

    table = Table(
        title=f"Fewest agents for {share:.0%} of chats answered within {seconds:g} s (Erlang C; checked by simulation)",
        title_justify="left",
    )
    for header in ("team", "chats/min", "handle min", "agents now", "needed", "Erlang C", "one fewer", "simulated"):
        table.add_column(header, justify="left" if header == "team" else "right")
    for row in rows:
        table.add_row(
            str(row["name"]),
            f"{row['arrivals_per_minute']:.2f}",
            f"{row['handle_minutes']:g}",
            str(row["agents_now"]),
            str(row["agents_needed"]),
            f"{row['erlang_c_service_level']:.1%}",
            f"{row['erlang_c_service_level_one_fewer']:.1%}",
            f"{row['simulated_service_level']:.1%}",
        )
    _console().print(table)
