"""Erlang B, C and A against closed forms, a textbook example and an independent log-space sum."""

from __future__ import annotations

import math

import pytest

from amexsim.queue.erlang import agents_for_target, erlang_a, erlang_b, erlang_c, service_level


def log_space_erlang_c(agents: int, load: float) -> float:
    """Erlang C from the textbook sums A^k/k!, each term kept as a logarithm (lgamma), so no overflow."""
    logs = [k * math.log(load) - math.lgamma(k + 1) for k in range(agents)]
    top = agents * math.log(load) - math.lgamma(agents + 1) + math.log(agents / (agents - load))
    peak = max([*logs, top])
    below = sum(math.exp(value - peak) for value in logs)
    return math.exp(top - peak) / (below + math.exp(top - peak))


def test_one_agent_is_the_m_m_1_queue():
    # rho = 0.5, mean handle 1 minute: P(wait) = rho, Wq = rho / (mu (1 - rho)) = 1, Lq = rho^2 / (1 - rho) = 0.5
    estimate = erlang_c(1, 0.5, 1.0)
    assert estimate.probability_of_waiting == pytest.approx(0.5)
    assert estimate.mean_wait_minutes == pytest.approx(1.0)
    assert estimate.mean_queue_length == pytest.approx(0.5)


def test_two_agents_match_the_closed_form():
    # M/M/2 with rho = A / 2 = 0.8: P(wait) = 2 rho^2 / (1 + rho) = 1.28 / 1.8
    estimate = erlang_c(2, 0.4, 4.0)
    assert estimate.probability_of_waiting == pytest.approx(1.28 / 1.8)
    assert estimate.mean_wait_minutes == pytest.approx((1.28 / 1.8) * 4.0 / (2 - 1.6))


def test_textbook_call_centre_example():
    # 100 calls per half hour, 180 s handle time: 10 Erlangs on 11 agents waits 68.2% of the time,
    # 122.8 s on average, and 39.0% are answered within 20 s (the widely used worked example)
    estimate = erlang_c(11, 100 / 30, 3.0)
    assert estimate.probability_of_waiting == pytest.approx(0.6821, abs=5e-4)
    assert estimate.mean_wait_minutes * 60 == pytest.approx(122.8, abs=0.1)
    assert service_level(11, 100 / 30, 3.0, 20 / 60) == pytest.approx(0.390, abs=1e-3)


@pytest.mark.parametrize(("agents", "load"), [(11, 10.0), (500, 490.0), (500, 450.0), (1000, 990.0), (1000, 600.0)])
def test_agrees_with_an_independent_log_space_sum_even_at_1000_agents(agents, load):
    estimate = erlang_c(agents, load / 5.0, 5.0)
    assert estimate.probability_of_waiting == pytest.approx(log_space_erlang_c(agents, load), rel=1e-9)
    assert math.isfinite(estimate.mean_wait_minutes) and estimate.mean_wait_minutes > 0


def test_the_textbook_factorial_sum_overflows_where_the_recursion_does_not():
    with pytest.raises(OverflowError):
        _ = 990.0**990 / math.factorial(990)
    assert 0 < erlang_b(1000, 990.0) < 1


def test_unstable_or_invalid_input_is_refused():
    with pytest.raises(ValueError, match="unstable"):
        erlang_c(20, 4.0, 5.0)
    with pytest.raises(ValueError, match="agents >= 1"):
        erlang_c(0, 1.0, 1.0)


def test_service_level_runs_from_one_minus_p_wait_to_one():
    p_wait = erlang_c(20, 3.5, 5.0).probability_of_waiting
    assert service_level(20, 3.5, 5.0, 0.0) == pytest.approx(1 - p_wait)
    assert service_level(20, 3.5, 5.0, 1 / 3) < service_level(20, 3.5, 5.0, 1.0) < service_level(20, 3.5, 5.0, 60.0) <= 1.0


def test_erlang_a_tends_to_erlang_c_as_patience_grows():
    patient = erlang_a(20, 3.5, 5.0, 1e7)
    plain = erlang_c(20, 3.5, 5.0)
    assert patient.mean_wait_minutes == pytest.approx(plain.mean_wait_minutes, rel=1e-3)
    assert patient.probability_of_waiting == pytest.approx(plain.probability_of_waiting, rel=1e-3)


def test_erlang_a_is_stable_when_overloaded_and_conserves_flow():
    # 11 Erlangs on 10 agents: at least 1 - 10/11 of the customers must give up
    estimate = erlang_a(10, 2.2, 5.0, 5.0)
    assert 1 - 10 / 11 < estimate.probability_of_abandoning < 1
    # Little's law on the abandonments: P(abandon) = theta * Lq / lambda
    assert estimate.probability_of_abandoning == pytest.approx(estimate.mean_queue_length / 5.0 / 2.2)


@pytest.mark.parametrize(("rate", "handle", "seconds", "target"), [(3.5, 5.0, 20, 0.8), (0.3, 9.0, 20, 0.8), (40.0, 4.0, 30, 0.9)])
def test_fewest_agents_meet_the_target_and_one_fewer_does_not(rate, handle, seconds, target):
    agents = agents_for_target(rate, handle, within_minutes=seconds / 60, target=target)
    assert service_level(agents, rate, handle, seconds / 60) >= target
    if agents - 1 > rate * handle:
        assert service_level(agents - 1, rate, handle, seconds / 60) < target
