"""Erlang B, C and A: what queueing theory says a team's queue should do.

The hand-off quotes waits from these formulas and the simulation is checked against them.
All use the Erlang B recursion ``B(k) = A B(k-1) / (k + A B(k-1))``, which stays between 0 and
1, so 1,000 agents are as safe as 2 (the textbook ``A^k / k!`` sums overflow a float near
A = 709). Times are in the unit of the handle time (minutes in this project).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class QueueEstimate:
    """Steady-state figures for one team (M/M/c, nobody gives up)."""

    probability_of_waiting: float
    mean_wait_minutes: float
    mean_queue_length: float


@dataclass(frozen=True)
class AbandonEstimate:
    """Steady-state figures for one team whose customers give up (M/M/c+M, Erlang A)."""

    probability_of_waiting: float
    mean_wait_minutes: float  # time in the queue, averaged over everyone who arrived
    mean_queue_length: float
    probability_of_abandoning: float


def _check(agents: int, arrivals_per_minute: float, handle_minutes: float) -> float:
    if agents < 1 or not arrivals_per_minute >= 0 or not 0 < handle_minutes < math.inf:
        raise ValueError(f"expected agents >= 1, arrivals >= 0, handle time > 0 (not {agents}, {arrivals_per_minute}, {handle_minutes})")
    return arrivals_per_minute * handle_minutes  # offered traffic in Erlangs


def erlang_b(agents: int, load: float) -> float:
    """Blocking probability of ``agents`` servers offered ``load`` Erlangs with no queue."""
    blocking = 1.0
    for k in range(1, agents + 1):
        blocking = load * blocking / (k + load * blocking)
    return blocking


def erlang_c(agents: int, arrivals_per_minute: float, handle_minutes: float) -> QueueEstimate:
    """Erlang C for ``agents`` servers; raises ValueError when the queue is unstable."""
    load = _check(agents, arrivals_per_minute, handle_minutes)
    if load >= agents:
        raise ValueError(f"unstable queue: load {load:.2f} Erlangs needs more than {agents} agents")
    blocking = erlang_b(agents, load)
    probability = agents * blocking / (agents - load * (1.0 - blocking))
    mean_wait = probability * handle_minutes / (agents - load)
    return QueueEstimate(probability, mean_wait, probability * load / (agents - load))


def service_level(agents: int, arrivals_per_minute: float, handle_minutes: float, within_minutes: float) -> float:
    """Erlang C share of chats answered within ``within_minutes``: 1 - C e^{-(c - A) t / h}."""
    estimate = erlang_c(agents, arrivals_per_minute, handle_minutes)
    load = arrivals_per_minute * handle_minutes
    return 1.0 - estimate.probability_of_waiting * math.exp(-(agents - load) * within_minutes / handle_minutes)


def erlang_a(agents: int, arrivals_per_minute: float, handle_minutes: float, patience_minutes: float) -> AbandonEstimate:
    """Erlang A: exponential handle times and exponential patience (mean ``patience_minutes``).

    Stable at any load, since impatient customers leave. The chain above ``agents`` is summed
    relative to the state with every agent busy, term by term until the terms vanish.
    """
    load = _check(agents, arrivals_per_minute, handle_minutes)
    if not 0 < patience_minutes < math.inf:
        raise ValueError(f"expected a patience > 0 (not {patience_minutes})")
    blocking = erlang_b(agents, load)
    if blocking == 0.0:  # so few arrivals for so many agents that nobody ever waits
        return AbandonEstimate(0.0, 0.0, 0.0, 0.0)
    below = 1.0 / blocking  # sum of P(n) / P(agents) for n = 0..agents
    service_rate, give_up_rate = agents / handle_minutes, 1.0 / patience_minutes
    above = weighted = 0.0
    term, waiting = 1.0, 0
    while True:
        waiting += 1
        term *= arrivals_per_minute / (service_rate + waiting * give_up_rate)
        above += term
        weighted += waiting * term
        if term < 1e-17 * (below + above) and service_rate + waiting * give_up_rate > arrivals_per_minute:
            break
    total = below + above
    queue_length = weighted / total
    return AbandonEstimate(
        probability_of_waiting=(1.0 + above) / total,
        mean_wait_minutes=queue_length / arrivals_per_minute,
        mean_queue_length=queue_length,
        probability_of_abandoning=give_up_rate * queue_length / arrivals_per_minute,
    )


def agents_for_target(arrivals_per_minute: float, handle_minutes: float, *, within_minutes: float, target: float) -> int:
    """The fewest agents whose Erlang C service level reaches ``target`` (a share, 0 to 1)."""
    if not 0 < target < 1:
        raise ValueError(f"expected a target share between 0 and 1 (not {target})")
    load = _check(1, arrivals_per_minute, handle_minutes)
    agents = max(1, math.floor(load) + 1)
    while service_level(agents, arrivals_per_minute, handle_minutes, within_minutes) < target:
        agents += 1
    return agents
