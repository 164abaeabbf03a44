"""Erlang C: waiting probability and mean wait of an M/M/c queue.

The hand-off quotes waits from this formula so the simulated queue agrees with queueing
theory; the full queue simulation (its own module) is checked against it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QueueEstimate:
    """Steady-state figures for one team."""

    probability_of_waiting: float
    mean_wait_minutes: float
    mean_queue_length: float


def erlang_c(agents: int, arrivals_per_minute: float, handle_minutes: float) -> QueueEstimate:
    """Erlang C for ``agents`` servers; raises ValueError when the queue is unstable."""
    if agents < 1 or arrivals_per_minute < 0 or handle_minutes <= 0:
        raise ValueError(f"expected agents >= 1, arrivals >= 0, handle time > 0 (not {agents}, {arrivals_per_minute}, {handle_minutes})")
    load = arrivals_per_minute * handle_minutes  # offered traffic in Erlangs
    if load >= agents:
        raise ValueError(f"unstable queue: load {load:.2f} Erlangs needs more than {agents} agents")
    term = 1.0  # A^k / k!, built up iteratively to avoid huge factorials
    total = 0.0
    for k in range(agents):
        total += term
        term *= load / (k + 1)
    waiting_term = term * agents / (agents - load)
    probability = waiting_term / (total + waiting_term)
    mean_wait = probability * handle_minutes / (agents - load)
    return QueueEstimate(probability, mean_wait, probability * load / (agents - load))
