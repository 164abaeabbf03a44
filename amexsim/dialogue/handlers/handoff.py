"""Hand-off to a live-agent team, with a case number and an Erlang C wait estimate."""

from __future__ import annotations

import math
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from ...queue.erlang import erlang_c
from .base import HandlerRequest, HandlerResult

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


@cache
def staffing() -> dict[str, dict[str, float]]:
    """Default staffing per team (``amexsim/data/staffing.yaml``)."""
    path = Path(str(resources.files("amexsim") / "data" / "staffing.yaml"))
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def handoff(request: HandlerRequest) -> HandlerResult:
    team = request.intent.team or "general"
    shift = staffing()[team]
    estimate = erlang_c(int(shift["agents"]), shift["arrivals_per_minute"], shift["handle_minutes"])
    position = max(1, math.ceil(estimate.mean_queue_length))
    minutes = max(1, math.ceil(estimate.mean_wait_minutes))
    fields = {
        "handoff": {
            "team": TEAM_NAMES[team],
            "case_number": request.case_number,
            "position": str(position),
            "wait": f"about {minutes} minute{'s' if minutes != 1 else ''}",
            "minutes": str(minutes),
        }
    }
    return HandlerResult(fields=fields, opened_case=request.case_number)
