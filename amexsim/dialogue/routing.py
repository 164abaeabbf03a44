"""Which team takes a problem, and the wait a hand-off quotes.

Team names and display names come from the staffing file (``amexsim/queue/``), the team of
each domain from ``amexsim/data/routing.yaml``. The wait is Erlang C on the team's staffing
(Erlang A when only customers giving up keep the queue stable).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..errors import DataFileError
from ..paths import package_data
from ..queue.staffing import Staffing, default_staffing
from ..yamlnodes import ANY_KEY, YamlDoc


@dataclass(frozen=True)
class Routing:
    """The contact centre's teams and the team of each domain."""

    staffing: Staffing
    domains: Mapping[str, str]

    @property
    def teams(self) -> Mapping[str, str]:
        """Team name -> display name."""
        return self.staffing.display_names

    @property
    def known(self) -> Mapping[str, str]:
        """Every team or skill name an intent may hand off to (the shipped staffing's and this
        one's); one this staffing lacks is routed to its general team."""
        names = {}
        for staffing in (default_staffing(), self.staffing):
            for team in staffing:
                for name in (team.name, *team.skills):
                    names[name] = team.display_name
        return names

    @cached_property
    def _offered(self) -> Mapping[str, float]:
        """Each team's offered rate, worked out once (it walks every team's week of hours)."""
        return self.staffing.offered_rates()

    @property
    def default(self) -> str:
        return self.staffing.route("general")

    def estimate(self, team: str) -> tuple[str, int, int]:
        """(display name, position in line, minutes to wait) for a team, from queueing theory."""
        chosen = self.staffing[self.staffing.route(team)]  # a team the staffing lacks: general
        rate = self._offered[chosen.name]
        estimate = chosen.estimate(rate, abandonment=False) or chosen.estimate(rate)
        assert estimate is not None, "the staffing loader refuses a team that can never keep up"
        position = max(1, math.ceil(estimate.mean_queue_length))
        minutes = max(1, math.ceil(estimate.mean_wait_minutes))
        return chosen.display_name, position, minutes


def load_routing(path: str | Path | None = None, *, staffing: Staffing | None = None) -> Routing:
    """The routing table (``amexsim/data/routing.yaml`` by default), checked against the staffing's teams."""
    staffing = staffing or default_staffing()
    location = Path(path) if path else package_data("routing.yaml")
    doc = YamlDoc(location, DataFileError)
    domains = {}
    for domain, node in doc.mapping(doc.root, "the routing file", ANY_KEY).items():
        team = doc.string(node, domain)
        domains[domain] = staffing.route(team)  # a team this staffing lacks goes to general
    return Routing(staffing, domains)
