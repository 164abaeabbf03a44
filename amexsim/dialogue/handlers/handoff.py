"""Hand-off to a live-agent team, with a case number and an Erlang C (or A) wait estimate."""

from __future__ import annotations

import math

from ...queue.staffing import default_staffing
from .base import HandlerRequest, HandlerResult


def handoff(request: HandlerRequest) -> HandlerResult:
    staffing = request.staffing or default_staffing()
    team = staffing[staffing.route(request.intent.team or "general")]  # a team missing from --staffing: general
    rate = staffing.offered_rates()[team.name]
    estimate = team.estimate(rate, abandonment=False) or team.estimate(rate)  # Erlang C, else Erlang A
    assert estimate is not None  # the loader refuses a team that can never keep up
    position = max(1, math.ceil(estimate.mean_queue_length))
    minutes = max(1, math.ceil(estimate.mean_wait_minutes))
    fields = {
        "handoff": {
            "team": team.display_name,
            "case_number": request.case_number,
            "position": str(position),
            "wait": f"about {minutes} minute{'s' if minutes != 1 else ''}",
            "minutes": str(minutes),
        }
    }
    return HandlerResult(fields=fields, opened_case=request.case_number)
