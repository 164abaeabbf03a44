"""The live contact centre the chat uses: a customer's chat moving through a simulated line."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from amexsim.queue.centre import ContactCentre
from amexsim.queue.distributions import Duration
from amexsim.queue.staffing import Staffing, load_staffing, single_team

MONDAY_NOON = datetime(2026, 11, 30, 12, 0)
SUNDAY_10 = datetime(2026, 11, 29, 10, 0)


def follow(centre: ContactCentre, ticket: int, start: datetime, *, step: timedelta = timedelta(seconds=20), limit: int = 200):
    events, now = [], start
    for _ in range(limit):
        now += step
        events += centre.advance(now)
        if centre.position(ticket) is None:
            break
    return events, now


def busy_team(**changes) -> Staffing:
    """One team kept busy (load 0.95) so a newcomer always waits behind others."""
    return Staffing((replace(single_team(4, 0.76, 5.0).teams[0], **changes),))


def test_the_position_moves_down_until_an_agent_joins():
    centre = ContactCentre(busy_team(), seed=4, start=MONDAY_NOON)
    joined = centre.join("general", MONDAY_NOON)
    assert joined.status == "queued" and joined.position >= 2
    assert joined.wait_minutes == pytest.approx(joined.position * 5.0 / 4)
    events, _ = follow(centre, joined.ticket, MONDAY_NOON)
    positions = [event.position for event in events if event.kind == "position"]
    assert positions and positions == sorted(positions, reverse=True) and positions[-1] == 1
    assert len(set(positions)) == len(positions)  # one event per change
    assert events[-1].kind == "agent_joined" and events[-1].team == "general"
    assert all(earlier.at <= later.at for earlier, later in zip(events, events[1:]))


def test_the_same_seed_tells_the_same_story():
    def story(seed: int) -> list:
        centre = ContactCentre(busy_team(), seed=seed, start=MONDAY_NOON)
        joined = centre.join("general", MONDAY_NOON)
        return [joined.position, *follow(centre, joined.ticket, MONDAY_NOON)[0]]

    assert story(4) == story(4)
    assert story(4) != story(5)


def test_closed_teams_say_when_they_open():
    centre = ContactCentre(load_staffing(), seed=1, start=SUNDAY_10)
    assert not centre.is_open("credit", SUNDAY_10)  # credit: weekdays and Saturday only
    assert centre.next_opening("credit", SUNDAY_10) == datetime(2026, 11, 30, 8, 0, tzinfo=centre.clock.zone)
    joined = centre.join("credit", SUNDAY_10)
    assert (joined.status, joined.ticket) == ("closed", None)
    assert joined.next_opening.hour == 8
    night = datetime(2026, 11, 30, 3, 0)
    assert centre.is_open("fraud", night) and not centre.is_open("disputes", night)
    assert centre.next_opening("fraud", night) == night.replace(tzinfo=centre.clock.zone)


def test_a_full_line_refuses_a_newcomer():
    staffing = Staffing((replace(single_team(1, 3.0, 5.0).teams[0], queue_cap=2),))  # 15x overloaded
    centre = ContactCentre(staffing, seed=2, start=MONDAY_NOON)
    assert centre.is_full("general", MONDAY_NOON)
    joined = centre.join("general", MONDAY_NOON)
    assert joined.status == "full" and joined.ticket is None
    assert [event.kind for event in joined.events] == ["full"]


def test_leaving_the_line_and_finishing_free_the_place_and_the_agent():
    centre = ContactCentre(busy_team(), seed=4, start=MONDAY_NOON)
    first = centre.join("general", MONDAY_NOON)
    second = centre.join("general", MONDAY_NOON)
    assert second.position == first.position + 1
    events = centre.leave(first.ticket, MONDAY_NOON + timedelta(seconds=1))
    assert [event.kind for event in events] == ["abandoned", "position"] and events[1].ticket == second.ticket
    assert centre.position(second.ticket) == second.position - 1
    events, now = follow(centre, second.ticket, MONDAY_NOON)
    assert events[-1].kind == "agent_joined"
    assert [event.kind for event in centre.finish(second.ticket, now + timedelta(minutes=3))] == ["done"]


def test_overflow_to_general_is_reported():
    staffing = load_staffing()
    staffing = replace(staffing, teams=tuple(replace(team, agents=1) if team.name == "disputes" else team for team in staffing))
    centre = ContactCentre(staffing, seed=3, start=MONDAY_NOON)
    joined = centre.join("disputes", MONDAY_NOON)
    events, _ = follow(centre, joined.ticket, MONDAY_NOON, step=timedelta(minutes=1), limit=30)
    kinds = [event.kind for event in events]
    assert "overflowed" in kinds
    assert events[-1].kind == "agent_joined" and events[-1].team == "general"


def test_transfer_joins_the_other_line():
    staffing = Staffing(
        (
            replace(single_team(20, 0.5, 5.0).teams[0], patience=Duration("exponential", 10.0)),
            replace(single_team(1, 0.19, 5.0, name="supervisor").teams[0], display_name="supervisor"),
        )
    )
    centre = ContactCentre(staffing, seed=1, start=MONDAY_NOON)
    joined = centre.join("general", MONDAY_NOON)
    assert joined.status == "answered" and joined.events[-1].kind == "agent_joined"
    moved = centre.transfer(joined.ticket, "supervisor", MONDAY_NOON + timedelta(minutes=2))
    assert moved.team == "supervisor" and moved.status in ("queued", "answered")
    assert moved.events[0].kind == "done"


def test_time_never_goes_backwards_and_estimates_use_the_hour():
    centre = ContactCentre(load_staffing(), seed=1, start=MONDAY_NOON)
    estimate = centre.estimate("disputes", MONDAY_NOON)
    assert estimate.erlang_minutes is not None and estimate.waiting >= 0
    with pytest.raises(ValueError, match="backwards"):
        centre.advance(MONDAY_NOON - timedelta(minutes=1))


def test_next_news_stops_at_each_change_and_tells_the_same_story_as_advancing():
    stepped = ContactCentre(busy_team(), seed=4, start=MONDAY_NOON)
    ticket = stepped.join("general", MONDAY_NOON).ticket
    expected, _ = follow(stepped, ticket, MONDAY_NOON)
    centre = ContactCentre(busy_team(), seed=4, start=MONDAY_NOON)
    centre.join("general", MONDAY_NOON)
    told = []
    while not told or told[-1].kind != "agent_joined":
        news = centre.next_news(MONDAY_NOON + timedelta(hours=1))
        assert len(news) == 1  # one change at a time: the line moves one chat at a time here
        told += news
    assert told == expected
    quiet = ContactCentre(busy_team(), seed=4, start=MONDAY_NOON)
    assert quiet.next_news(MONDAY_NOON + timedelta(hours=1)) == []  # no chat of the customer's: runs to the limit
    assert quiet.engine.now == pytest.approx(quiet.clock.minutes(MONDAY_NOON + timedelta(hours=1)))


def test_end_finishes_a_chat_with_an_agent_and_leaves_one_in_line():
    centre = ContactCentre(busy_team(), seed=4, start=MONDAY_NOON)
    first, second = centre.join("general", MONDAY_NOON), centre.join("general", MONDAY_NOON)
    assert [event.kind for event in centre.end(second.ticket, MONDAY_NOON)] == ["abandoned"]
    events, now = follow(centre, first.ticket, MONDAY_NOON)
    assert events[-1].kind == "agent_joined"
    assert [event.kind for event in centre.end(first.ticket, now)] == ["done"]
    assert centre.end(first.ticket, now) == []  # already over: nothing more happens to it
