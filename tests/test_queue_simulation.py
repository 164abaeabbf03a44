"""The simulation against queueing theory, and each mechanism (hours, caps, overflow, abandonment,
transfers) on small seeded runs: seconds, not minutes, and deterministic."""

from __future__ import annotations

from dataclasses import replace

import pytest

from amexsim.queue.distributions import Duration
from amexsim.queue.erlang import erlang_a, erlang_c, service_level
from amexsim.queue.hours import Hours
from amexsim.queue.simulation import simulate
from amexsim.queue.staffing import Staffing, Team, single_team


def team(name: str, agents: int, rate: float, handle: float = 5.0, **changes) -> Team:
    return replace(single_team(agents, rate, handle, name=name).teams[0], display_name=name, **changes)


# Bounds are 3.5-5 standard errors of each run's mean wait (measured over many seeds), so they
# hold for any seed; the seed only makes the run repeatable.
@pytest.mark.parametrize(
    ("load", "agents", "chats", "bound"),
    [(0.5, 2, 200_000, 0.06), (0.8, 5, 300_000, 0.12), (0.95, 20, 1_000_000, 0.25)],
)
def test_mean_wait_agrees_with_erlang_c(load, agents, chats, bound):
    rate = load * agents / 5.0
    report = simulate(single_team(agents, rate, 5.0), chats=chats, seed=11)
    theory = erlang_c(agents, rate, 5.0)
    assert report.total.mean_wait == pytest.approx(theory.mean_wait_minutes, rel=bound)
    assert report.total.service_level["20s"] == pytest.approx(service_level(agents, rate, 5.0, 20 / 60), abs=0.02)
    assert report.total.utilisation == pytest.approx(load, abs=0.01)
    assert report.total.erlang_c_mean_wait == pytest.approx(theory.mean_wait_minutes)


def test_the_fast_loop_and_the_event_engine_give_the_same_waits():
    staffing = single_team(20, 3.5, 5.0)
    fast = simulate(staffing, chats=30_000, seed=3, engine="fast")
    events = simulate(staffing, chats=30_000, seed=3, engine="events")
    assert (fast.engine, events.engine) == ("fast", "events")
    assert fast.total.mean_wait == events.total.mean_wait > 0
    assert fast.total.p90_wait == events.total.p90_wait
    assert fast.total.service_level == events.total.service_level
    assert fast.simulated_minutes == events.simulated_minutes


def test_a_seed_repeats_a_run_and_another_seed_does_not():
    def figures(seed: int) -> dict:
        staffing = Staffing((team("a", 3, 0.5, patience=Duration("exponential", 4.0), transfers=(("b", 0.2),)), team("b", 2, 0.2)))
        data = simulate(staffing, chats=5_000, seed=seed).as_dict()
        data.pop("seconds")
        return data

    assert figures(1) == figures(1)
    assert figures(1) != figures(2)


def test_abandonment_agrees_with_erlang_a():
    # 11 Erlangs offered to 10 agents: only impatience keeps the line finite
    staffing = Staffing((team("general", 10, 2.2, patience=Duration("exponential", 5.0)),))
    report = simulate(staffing, chats=100_000, seed=5)
    theory = erlang_a(10, 2.2, 5.0, 5.0)
    assert report.engine == "events"
    assert report.total.abandoned / report.total.chats == pytest.approx(theory.probability_of_abandoning, abs=0.015)
    assert report.total.mean_wait == pytest.approx(theory.mean_wait_minutes, rel=0.1)
    assert report.total.erlang_c_mean_wait == pytest.approx(theory.mean_wait_minutes)


def test_a_team_with_hours_only_gets_chats_while_open():
    # open 12 of 24 hours: the same number of chats takes twice as long to arrive
    half = Hours((((480, 1200),),) * 7)
    always = simulate(Staffing((team("t", 4, 1.0),)), chats=20_000, seed=2, engine="events")
    day_only = simulate(Staffing((team("t", 4, 1.0, hours=half),)), chats=20_000, seed=2)
    assert day_only.simulated_minutes == pytest.approx(2 * always.simulated_minutes, rel=0.05)
    # busy over its open hours as the 24/7 team is over all hours
    assert day_only.total.utilisation == pytest.approx(always.total.utilisation, abs=0.03)


def test_an_hourly_profile_shapes_arrivals():
    # all the day's chats in the hour 9:00-10:00 at 2/min: 1,200 chats take about 10 days
    profile = tuple(2.0 if hour == 9 else 0.0 for hour in range(24))
    report = simulate(Staffing((team("t", 20, 0.0, arrivals=profile),)), chats=1_200, seed=1)
    assert 9 * 1440 < report.simulated_minutes < 11 * 1440


def test_a_full_line_turns_chats_away_and_the_wait_stays_bounded():
    capped = Staffing((team("t", 2, 1.0, queue_cap=3),))  # 2.5x what the agents can do
    report = simulate(capped, chats=20_000, seed=4)
    assert report.total.turned_away / report.total.chats > 0.5
    assert report.total.answered + report.total.turned_away == report.total.chats
    assert report.total.p90_wait < 4 * 5.0  # at most 3 ahead, 2 agents: about 2 handle times


def test_overflow_lets_general_agents_answer_long_waits():
    busy = team("disputes", 3, 0.58, overflow_after=1.0, skills=("disputes",))
    spare = team("general", 10, 0.5, skills=("general",))
    with_overflow = simulate(Staffing((busy, spare)), chats=40_000, seed=6)
    without = simulate(Staffing((replace(busy, overflow_after=None), spare)), chats=40_000, seed=6)
    disputes, plain = with_overflow.teams[0], without.teams[0]
    assert disputes.overflowed > 0.05 * disputes.chats
    assert disputes.mean_wait < plain.mean_wait / 3
    assert disputes.p90_wait <= 1.0 + 1e-9  # nobody waits much past the overflow time: general has room


def test_transfers_send_the_given_share_to_the_other_team():
    staffing = Staffing((team("general", 10, 1.5, transfers=(("supervisor", 0.2),)), team("supervisor", 3, 0.1)))
    report = simulate(staffing, chats=30_000, seed=8)
    general, supervisor = report.teams
    assert general.transferred / general.answered == pytest.approx(0.2, abs=0.01)
    assert supervisor.chats == pytest.approx(0.1 / 1.6 * 30_000 + general.transferred, rel=0.05)
    assert report.total.chats == general.chats + supervisor.chats
