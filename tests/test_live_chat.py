"""A hand-off through the session's contact centre: the line moves, an agent joins knowing the
context, closes with the case number, and the rating is kept. In-process, on the demo account."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import pytest

from amexsim.bank.cases import CaseStore
from amexsim.dialogue.engine import Assistant
from amexsim.dialogue.session import Session
from amexsim.queue.centre import ChatEvent

STAFFING = Path(__file__).resolve().parent / "data" / "staffing"
MONDAY_NOON = datetime(2026, 11, 30, 12, 0)
SUNDAY_10 = datetime(2026, 11, 29, 10, 0)  # credit: closed on Sundays
VERIFY = "last 4 is 1005 zip 10285"
CANARY = "371449635398431"


@cache
def assistant(seed: int = 1, staffing: str | None = None) -> Assistant:
    return Assistant.load(seed=seed, staffing=STAFFING / f"{staffing}.yaml" if staffing else None)


def session(now: datetime = MONDAY_NOON, *, seed: int = 1, staffing: str | None = None) -> Session:
    return Session(assistant(seed, staffing), CaseStore(), lambda: now)


def talk(chat: Session, *messages: str):
    return [chat.send(message) for message in messages]


def handed_off(chat: Session, *before: str, topic: str = "about a charge I want to dispute"):
    talk(chat, *before, "talk to a person")
    return chat.send(topic)


# ----- during hours ---------------------------------------------------------------------------
def test_the_line_moves_then_the_agent_joins_knowing_the_topic_and_the_case():
    chat = session()
    turn = handed_off(chat, VERIFY)
    handoff = turn.effects.handoff
    assert handoff is not None and handoff.team == "disputes"
    assert f"number {handoff.position} in the queue" in turn.replies[0] and handoff.case in turn.replies[0]
    assert chat.state.live.phase == "queued"
    waited = chat.wait_for_agent()
    positions = [event for event in waited.events if event.kind == "queue_position"]
    assert positions, "the customer sees the line move"
    numbers = [int(event.text.split("number ")[1].split()[0]) for event in positions]
    assert numbers == sorted(numbers, reverse=True) and numbers[-1] == 1 and numbers[0] < handoff.position
    assert all(a.at <= b.at for a, b in zip(waited.events, waited.events[1:])) and waited.events[0].at > MONDAY_NOON
    joined, opening = waited.events[-2:]
    assert (joined.speaker, joined.kind, opening.speaker) == ("system", "agent_joined", "agent")
    assert "a charge I want to dispute" in opening.text and handoff.case in opening.text  # no need to repeat anything
    assert "Jordan" in opening.text and "already verified" in opening.text
    assert chat.state.live.phase == "agent" and chat.now() == waited.events[-1].at


def test_the_agent_answers_closes_with_the_case_and_the_rating_is_kept_everywhere():
    chat = session()
    case = handed_off(chat, VERIFY).effects.handoff.case
    chat.wait_for_agent()
    first, second, closing = talk(chat, "thanks", "ok", "great")  # two scripted lines, then the close
    assert [line.speaker for line in first.events + second.events] == ["agent", "agent"]
    assert first.replies == () and first.events[0].text != second.events[0].text
    close, ask = closing.events
    assert close.kind == "agent_closing" and case in close.text
    assert ask.kind == "rating_ask" and "1 (poor) to 5 (excellent)" in ask.text
    assert closing.effects.release == case and closing.effects.closed == (case,)
    assert chat.queue.tickets == {}  # the agent was freed in the centre
    rated = chat.send("4 stars")
    assert rated.trace.outcome == "rated" and rated.effects.ratings[0].score == 4
    assert chat.state.csat == 4 and chat.state.live is None
    assert "Rated the chat with Dana 4 out of 5." in [entry.text for entry in chat.state.log]
    assert chat.store.rating(case) == 4
    assert {c.number: c.status for c in chat.store.cases(chat.account_id)}[case] == "closed"
    summary = chat.send("can I get a summary of this chat")
    assert "Rated the chat with Dana 4 out of 5" in summary.replies[-1]


def test_saying_goodbye_closes_early_and_a_rating_can_be_skipped_or_missed():
    chat = session()
    handed_off(chat)
    chat.wait_for_agent()
    assert chat.send("that's all, thanks").trace.outcome == "agent_closed"
    assert chat.send("skip").trace.outcome == "rating_skipped" and chat.state.csat is None
    again = session(seed=2)
    handed_off(again)
    again.wait_for_agent()
    again.send("bye")
    assert again.send("hmm").trace.outcome == "rating_again"
    dropped = again.send("not sure")  # asked twice already: the question is dropped, the words read as a message
    assert again.state.live is None and again.state.csat is None and dropped.trace.outcome != "rating_again"
    third = session(seed=3)
    handed_off(third)
    third.wait_for_agent()
    third.send("bye")
    turn = third.send("what is my balance")  # a request of its own: the question is dropped, the request answered
    assert third.state.live is None and turn.trace.intent == "account_balance"


def test_the_packet_holds_the_chat_field_by_field():
    chat = session()
    talk(chat, "I use a screen reader", f"my card number is {CANARY}", VERIFY, "I want to dispute a charge", "cancel")
    turn = handed_off(chat, topic="about a duplicate charge from XYZ Store")
    packet = turn.effects.handoff.packet
    assert packet == chat.state.live.packet == chat.state.packet
    assert (packet.team, packet.team_name, packet.case) == ("disputes", "disputes", turn.effects.handoff.case)
    assert packet.topic == "a duplicate charge from XYZ Store"
    assert packet.language == "en" and packet.verified and packet.customer == "Jordan"
    assert packet.intents == ("dispute_unrecognized_charge", "live_agent")
    assert dict(packet.slots)["topic"] == "a duplicate charge from XYZ Store"
    assert packet.cases == (turn.effects.handoff.case,)
    assert packet.accommodations == ("screen_reader",)
    assert packet.call_first is False
    roles = [role for role, _ in packet.transcript]
    assert roles[0] == "assistant" and roles.count("user") == 7 and packet.transcript[-1][0] == "assistant"
    text = "\n".join(message for _, message in packet.transcript)
    assert "[card number removed]" in text and CANARY not in text and CANARY[-5:] not in text
    assert packet.as_dict()["transcript"][1] == {"role": "user", "text": "I use a screen reader"}


def test_cases_opened_before_the_hand_off_travel_in_the_packet():
    chat = session()
    talk(chat, VERIFY, "I lost my card", "the gold card", "yes")
    opened = [entry.case for entry in chat.state.log if entry.case]
    turn = handed_off(chat)
    assert opened and turn.effects.handoff.packet.cases == (*opened, turn.effects.handoff.case)


def test_slots_of_finished_flows_travel_in_the_packet():
    chat = session()
    talk(chat, VERIFY, "lock my card", "the gold card", "yes")
    packet = handed_off(chat).effects.handoff.packet
    assert dict(packet.slots)["card"] == "Gold Card ending 1005"


# ----- while waiting ----------------------------------------------------------------------------
def test_the_customer_keeps_chatting_while_the_line_moves():
    chat = session(seed=3)
    handed_off(chat, topic="I want to dispute a charge")
    position = chat.state.live.position
    assert position >= 2
    hours = chat.send("what are your customer service hours")  # the assistant still answers
    assert hours.trace.intent == "support_hours" and chat.state.live.phase == "queued"
    where = chat.send("where am I in line")
    assert f"number {position} in line for the disputes team" in where.replies[0]
    quiet = chat.wait(timedelta(minutes=1))  # simulated time passes; nothing happened yet
    assert quiet.events == () and chat.now() == MONDAY_NOON + timedelta(minutes=1)
    moved = chat.wait(timedelta(minutes=1))
    assert [event.kind for event in moved.events] == ["queue_position"] * (position - 1)
    assert chat.state.live.position == 1 and chat.state.live.phase == "queued"


def test_let_me_know_when_someone_is_free_hides_the_moves_but_not_the_agent():
    chat = session(seed=3)
    handed_off(chat, topic="I want to dispute a charge")
    quiet = chat.send("let me know when someone is free")
    assert "let you know the moment someone from the disputes team is free" in quiet.replies[0]
    waited = chat.wait_for_agent()
    assert [event.kind for event in waited.events] == ["agent_joined", "agent"]


def test_leaving_the_line_gives_up_the_place():
    chat = session(seed=3)
    case = handed_off(chat, topic="I want to dispute a charge").effects.handoff.case
    left = chat.send("I don't need an agent anymore")
    assert left.trace.intent == "leave_queue" and left.effects.release == case
    assert chat.state.live is None and chat.queue.tickets == {}
    assert chat.wait_for_agent().events == ()


def test_asking_again_while_in_line_keeps_the_place_and_another_team_moves_the_chat():
    chat = session(seed=3)
    first = handed_off(chat, topic="I want to dispute a charge")
    again = chat.send("connect me to the disputes department")
    assert again.effects.handoff is None and "already in line for our disputes team" in again.replies[0]
    assert first.effects.handoff.case in again.replies[0]
    moved = chat.send("connect me with a credit specialist")
    assert moved.replies[0] == "I've taken you out of the line for the disputes team."
    assert moved.effects.release == first.effects.handoff.case and moved.effects.handoff.team == "credit"
    assert chat.state.live.team == "credit" and list(chat.queue.tickets) == [moved.effects.handoff.case]


def test_an_accommodation_mid_question_is_noted_and_the_question_asked_again():
    chat = session()
    chat.send("talk to a person")
    turn = chat.send("please go slowly")
    assert turn.trace.outcome == "accommodation"
    assert "slower pace" in turn.replies[0] and turn.replies[1].startswith("Briefly, what is it about?")
    packet = chat.send("a charge I want to dispute").effects.handoff.packet
    assert packet.accommodations == ("slower_pace",) and packet.topic == "a charge I want to dispute"
    chat.wait_for_agent()
    assert "one step at a time" in chat.state.history[-1].text  # the agent says how they adjust


def test_a_written_summary_comes_before_the_agent_closes():
    chat = session()
    talk(chat, "I'd like a written summary before we close", VERIFY)
    handed_off(chat)
    chat.wait_for_agent()
    close = chat.send("that's all").events[0].text
    assert "written summary before we close" in close and "- Verified your identity" in close


def test_a_card_number_typed_to_the_agent_is_refused_and_never_stored():
    chat = session()
    handed_off(chat)
    chat.wait_for_agent()
    turn = chat.send(f"here it is {CANARY}")
    assert "full card number" in turn.replies[0] and turn.events[0].speaker == "agent"
    assert all(CANARY not in message.text for message in chat.state.history)


# ----- closed, full, call first, Spanish -------------------------------------------------------------
def test_a_closed_team_offers_the_assistant_a_callback_at_opening_time_or_the_phone():
    chat = session(SUNDAY_10)
    turn = chat.send("connect me with a credit specialist")
    assert turn.effects.handoff is None and turn.effects.cases == ()
    assert turn.replies[0] == "Our credit team is closed right now; it opens again tomorrow at 8:00 AM."
    assert "2. A callback from the credit team tomorrow at 8:00 AM" in turn.replies[1] and "1-800-528-4800" in turn.replies[1]
    booked = chat.send("2")
    (case,) = booked.effects.cases
    assert case.kind == "callback" and case.deadline("call_by") == datetime(2026, 11, 30).date()
    assert case.number in booked.replies[0] and "tomorrow at 8:00 AM" in booked.replies[0]
    assert chat.state.live is None


def test_a_team_open_only_at_night_says_when_it_opens():
    chat = session(staffing="night")
    handed_off(chat, topic="my bill")
    phone = chat.send("the phone number")
    assert "1-800-555-0100" in phone.replies[0]
    assert "closed right now; it opens again today at 10:00 PM" in chat.state.history[-4].text


def test_a_full_line_says_so_and_books_a_callback_once_it_clears():
    chat = session(staffing="full")
    turn = handed_off(chat, topic="my bill")
    assert turn.replies[0] == "Our tiny desk team's line is full right now, so I can't add you to it."
    assert "callback from the tiny desk team today at 12:15 PM" in turn.replies[1]
    assert chat.send("keep going").replies == ("OK, I'm here. What can I help you with?",)


def test_urgent_fraud_with_a_long_wait_recommends_calling_first_and_keeps_the_place():
    chat = session(staffing="slow_fraud")
    turn = handed_off(chat, topic="someone is using my card right now")
    handoff = turn.effects.handoff
    assert handoff.team == "fraud" and handoff.call_first and handoff.packet.call_first
    assert handoff.minutes > assistant(1, "slow_fraud").handoff.call_first_after["fraud"]
    assert "please call the number on the back of your card (or 1-800-555-0102) first" in turn.replies[1]
    assert chat.state.live.phase == "queued"
    calm = session(staffing="slow_fraud")
    assert not handed_off(calm, topic="a question about my bill").effects.handoff.call_first  # general: no call-first rule


def test_a_whole_message_in_spanish_reaches_the_spanish_team_with_a_bilingual_notice():
    chat = session()
    offer = chat.send("necesito ayuda con mi tarjeta")
    assert offer.trace.intent == "spanish_greeting" and "Spanish: Spanish words necesito" in offer.trace.evidence
    assert offer.effects.handoff is None and "equipo en español" in offer.replies[0]  # offered first: nothing done unasked
    turn = chat.send("sí")
    assert turn.effects.handoff.team == "spanish" and " / " in turn.replies[0]  # Spanish, then English
    packet = turn.effects.handoff.packet
    assert packet.language == "es" and packet.topic == "necesito ayuda con mi tarjeta"
    opening = (chat.wait_for_agent().events or turn.events)[-1]
    assert opening.speaker == "agent" and "Lucía" in opening.who and "nos escribió «necesito ayuda con mi tarjeta»" in opening.text


def test_spanish_mid_flow_replaces_the_flow_and_english_with_one_spanish_word_does_not():
    chat = session()
    chat.send("talk to a person")
    turn = chat.send("quiero hablar con alguien en español")
    assert turn.effects.handoff.team == "spanish" and chat.state.language == "es"
    english = session()
    assert english.send("can I get ayuda with my bill").effects.handoff is None
    assert english.state.language == "en"


def test_hablan_espanol_asks_by_name():
    turn = session().send("¿hablan español?")
    assert turn.effects.handoff.team == "spanish"


# ----- the core stays pure ----------------------------------------------------------------------
def test_the_same_seed_tells_the_same_story_and_another_seed_another():
    def story(seed: int) -> list:
        chat = session(seed=seed)
        turn = handed_off(chat)
        return [*turn.replies, *(event.text for event in chat.wait_for_agent().events)]

    assert story(1) == story(1)
    assert story(1) != story(5)


def test_queue_events_are_turned_into_lines_by_a_pure_function():
    chat = session(seed=3)
    handed_off(chat, topic="I want to dispute a charge")
    state = chat.state
    event = ChatEvent(MONDAY_NOON + timedelta(seconds=30), 1, "position", "disputes", 1, 0.8)
    first = chat.assistant.on_queue(state, event, MONDAY_NOON)
    second = chat.assistant.on_queue(state, event, MONDAY_NOON)
    assert first.events == second.events and first.state == second.state and state.live.position != 1
    assert first.events[0].text == "You're now number 1 in line for the disputes team (less than a minute to go)."
    joined = chat.assistant.on_queue(first.state, event._replace(kind="agent_joined", position=None), MONDAY_NOON)
    assert joined.state.live.phase == "agent" and joined.events[-1].speaker == "agent"


def test_without_a_session_the_core_reads_hours_from_the_staffing_file():
    helper = assistant()
    state = helper.start(SUNDAY_10)
    turn = helper.respond(state, "connect me with a credit specialist", SUNDAY_10)
    assert turn.replies[0].startswith("Our credit team is closed right now") and turn.effects.handoff is None


@pytest.mark.parametrize(("answer", "score"), [("5", 5), ("4/5", 4), ("three", 3), ("I'd say 2 stars", 2), ("cinco", 5), ("10", None)])
def test_ratings_are_read_from_short_answers(answer, score):
    from amexsim.dialogue.agent import read_score

    assert read_score(answer) == score
