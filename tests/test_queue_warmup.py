"""The live centre's memoised warm-up: a copied warmed engine runs on exactly as a fresh one."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from amexsim.queue import warmup
from amexsim.queue.centre import ContactCentre
from amexsim.queue.clock import Clock
from amexsim.queue.simulation import Engine
from amexsim.queue.staffing import load_staffing

MONDAY_NOON = datetime(2026, 11, 30, 12, 0)
SUNDAY_10 = datetime(2026, 11, 29, 10, 0)


@pytest.fixture(autouse=True)
def no_memo():
    warmup.forget()
    yield
    warmup.forget()


def state(engine: Engine) -> list:
    """Everything that decides an engine's future, as plain values."""
    desks = [
        (name, desk.free, desk.waiting, desk.segment, desk.open_segment, desk.random_states(), vars(desk.tally), [c.id for c in desk.line])
        for name, desk in engine.desks.items()
    ]
    heap = [(when, n, kind, getattr(subject, "id", getattr(subject, "name", None))) for when, n, kind, subject in engine.heap]
    return [desks, heap, engine.now, engine.arrived, engine.last_arrival, engine.customers, [chat.id for chat in engine.overflow_line]]


def story(centre: ContactCentre, start: datetime) -> list:
    """What a customer sees: estimates, a hand-off to disputes, the line moving, the agent, the end."""
    told: list = [centre.estimate(team.name, start) for team in centre.staffing]
    joined = centre.join("disputes", start)
    told.append(joined)
    now = start
    for _ in range(30):
        now += timedelta(minutes=2)
        told += centre.next_news(now)
    if joined.ticket is not None:
        told += centre.end(joined.ticket, now + timedelta(minutes=1))
    told += centre.advance(now + timedelta(hours=3))
    return told + [centre.estimate(team.name, now + timedelta(hours=3)) for team in centre.staffing]


def test_a_copied_engine_runs_on_exactly_as_the_original():
    staffing = load_staffing()  # overflow, transfers, caps, patience and closing hours all at work
    original = Engine(staffing, 3, Clock(MONDAY_NOON, staffing.zone))
    original.run(300.0)
    twin = original.copy()
    assert state(twin) == state(original)
    original.run(900.0)
    assert state(twin) != state(original)  # independent: the copy has not moved
    twin.run(900.0)
    assert state(twin) == state(original)


def test_a_memoised_warm_up_tells_the_same_story_as_a_fresh_one():
    staffing = load_staffing()
    stories = [story(ContactCentre(staffing, seed=5, start=SUNDAY_10), SUNDAY_10) for _ in range(4)]
    assert len(warmup._memo) == 1 and isinstance(next(iter(warmup._memo.values())), warmup.Snapshot)
    assert stories[1:] == stories[:1] * 3  # fresh, fresh (kept), copied, copied again after a copy ran on


def test_another_seed_or_start_is_not_served_from_the_memo():
    staffing = load_staffing()
    for _ in range(3):
        kept = story(ContactCentre(staffing, seed=5, start=SUNDAY_10), SUNDAY_10)
    other_seed = story(ContactCentre(staffing, seed=6, start=SUNDAY_10), SUNDAY_10)
    later = SUNDAY_10 + timedelta(minutes=1)
    other_start = story(ContactCentre(staffing, seed=5, start=later), later)
    warmup.forget()
    assert other_seed == story(ContactCentre(staffing, seed=6, start=SUNDAY_10), SUNDAY_10) != kept
    assert other_start == story(ContactCentre(staffing, seed=5, start=later), later)
    assert len(warmup._memo) == 2  # seen once each since forget(): nothing kept yet


def test_the_memo_keeps_a_bounded_number_of_settings(monkeypatch):
    monkeypatch.setattr(warmup, "MEMO_SIZE", 2)
    staffing = load_staffing()
    for seed in range(5):
        ContactCentre(staffing, seed=seed, start=MONDAY_NOON)
    assert len(warmup._memo) == 2


def test_a_copy_restores_its_streams_only_when_it_draws():
    staffing = load_staffing()
    original = Engine(staffing, 3, Clock(MONDAY_NOON, staffing.zone))
    original.run(300.0)
    twin = original.copy()
    assert all(desk.draws is None for desk in twin.desks.values())  # nothing restored yet
    grandchild = twin.copy()  # a copy of a copy: the states are passed on unrestored
    assert state(grandchild) == state(twin) == state(original)
    twin.run(302.0)
    drawn = [name for name, desk in twin.desks.items() if desk.draws is not None]
    assert drawn and len(drawn) < len(twin.desks)  # a couple of minutes: only some desks drew
    for engine in (original, twin, grandchild):
        engine.run(900.0)
    assert state(grandchild) == state(twin) == state(original)
