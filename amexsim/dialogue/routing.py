"""Which team takes a problem, and the wait a hand-off quotes (Erlang C on the team's staffing).

The full contact-centre simulation lives in ``amexsim/queue/``; this is the thin lookup the
flows use: team names and display names, the team per domain, and a wait estimate.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import DataFileError
from ..queue.erlang import erlang_c
from ..yamlnodes import ANY_KEY, YamlDoc

TEAM_NAMES = {
    "general": "customer care",
    "disputes": "disputes",
    "credit": "credit",
    "rewards": "rewards",
    "travel": "travel",
    "fraud": "fraud protection",
    "spanish": "Spanish-language",
    "supervisor": "supervisor",
}


@dataclass(frozen=True)
class Routing:
    """Teams (name -> display name), the team of each domain, and each team's staffing."""

    teams: Mapping[str, str]
    domains: Mapping[str, str]
    staffing: Mapping[str, tuple[int, float, float]]  # agents, arrivals per minute, handle minutes
    default: str = "general"

    def estimate(self, team: str) -> tuple[str, int, int]:
        """(display name, position in line, minutes to wait) from Erlang C."""
        agents, arrivals, handle = self.staffing[team]
        estimate = erlang_c(agents, arrivals, handle)
        position = max(1, math.ceil(estimate.mean_queue_length))
        minutes = max(1, math.ceil(estimate.mean_wait_minutes))
        return self.teams[team], position, minutes


def _data(name: str) -> Path:
    return Path(str(resources.files("amexsim") / "data" / name))


def load_routing(routing_path: str | Path | None = None, staffing_path: str | Path | None = None) -> Routing:
    staffing_doc = YamlDoc(Path(staffing_path) if staffing_path else _data("staffing.yaml"), DataFileError)
    staffing = {}
    for team, node in staffing_doc.mapping(staffing_doc.root, "the staffing file", set(TEAM_NAMES)).items():
        keys = staffing_doc.mapping(
            node, f"team {team!r}", {"agents", "arrivals_per_minute", "handle_minutes"}, {"agents", "arrivals_per_minute", "handle_minutes"}
        )
        values = [staffing_doc.plain(keys[key]) for key in ("agents", "arrivals_per_minute", "handle_minutes")]
        staffing[team] = (int(values[0]), float(values[1]), float(values[2]))
    doc = YamlDoc(Path(routing_path) if routing_path else _data("routing.yaml"), DataFileError)
    domains = {}
    for domain, node in doc.mapping(doc.root, "the routing file", ANY_KEY).items():
        team = doc.string(node, domain)
        if team not in staffing:
            raise doc.fail(node, f"unknown team {team!r} for {domain} (expected one of: {', '.join(staffing)})")
        domains[domain] = team
    return Routing(dict(TEAM_NAMES), domains, staffing)
