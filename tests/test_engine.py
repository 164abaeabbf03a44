"""The core turn function with the small test intents on the issue's example account (alex)."""

import pytest

from amexsim.dialogue.engine import Assistant
from amexsim.testing import Conversation
from tests.conftest import ALEX, NOW, SMALL_INTENTS

VERIFY = "last 4 is 2001, zip 94105"


def talk(assistant: Assistant, *messages: str, state=None):
    state = state or assistant.start(NOW)
    turns = []
    for message in messages:
        turn = assistant.respond(state, message, NOW)
        state = turn.state
        turns.append(turn)
    return turns


def test_account_details_only_after_verification(small_assistant):
    ask, partial, done = talk(small_assistant, "what is my balance", "last 4 is 3005", "zip 94105")
    assert ask.trace.outcome == "verify"
    assert "$2,210.40" not in " ".join(ask.replies + partial.replies)
    assert "ZIP code" in partial.replies[0]
    assert done.state.verified
    assert "$2,210.40" in done.replies[-1]


def test_any_card_of_the_account_verifies_even_an_authorized_users(small_assistant):
    (turn,) = talk(small_assistant, "last 4 is 2019 zip 94105, what is my balance")
    assert turn.state.verified and "$2,210.40" in turn.replies[-1]


def test_wrong_details_are_refused_then_locked_out(small_assistant):
    turns = talk(small_assistant, "what is my balance", "1234 10001", "1234 10001", "1234 10001", "what is my balance")
    assert "don't match" in turns[1].replies[0] and "2 attempts left" in turns[1].replies[0]
    assert "1 attempt left" in turns[2].replies[0]
    assert turns[3].trace.outcome == "verify_locked"
    assert not turns[-1].state.verified
    assert "$2,210.40" not in " ".join(r for t in turns for r in t.replies)


def test_after_lock_out_even_the_right_details_do_not_verify(small_assistant):
    turns = talk(small_assistant, "what is my balance", "1234 10001", "1234 10001", "1234 10001", f"{VERIFY} balance?")
    assert not turns[-1].state.verified
    assert turns[-1].trace.outcome == "verify_locked"
    assert "$2,210.40" not in " ".join(turns[-1].replies)


def test_volunteered_details_verify_in_the_same_turn(small_assistant):
    (turn,) = talk(small_assistant, f"my {VERIFY}, what is my balance")
    assert turn.state.verified
    assert "$2,210.40" in turn.replies[-1]


def test_dispute_finds_the_charge_then_quotes_fcba_dates(small_assistant):
    turns = talk(small_assistant, "I want to dispute a charge", VERIFY, "it was $6.50 at Blue Bottle", "yes")
    assert "Which charge" in turns[1].replies[-1]
    opened = turns[-1].replies[0]
    # charge Oct 2 -> statement closing Oct 20 -> dispute by Dec 19; filed Nov 29: ack Dec 29;
    # the cycle in progress ends Dec 20, two full cycles end Feb 20 (< Nov 29 + 90 = Feb 27)
    assert "$6.50 at BLUE BOTTLE COFFEE on October 2, 2026" in opened
    assert "December 19, 2026" in opened and "December 29, 2026" in opened and "February 20, 2027" in opened
    assert turns[-1].state.cases and turns[-1].effects.cases == turns[-1].state.cases[-1:]


def test_dispute_past_sixty_days_is_too_late(small_assistant):
    from datetime import datetime

    late = datetime(2027, 1, 5, 10, 0)
    state = small_assistant.start(late)
    turn = small_assistant.respond(state, f"{VERIFY}, I want to dispute the $6.50 blue bottle charge", late)
    assert turn.trace.reply_case == "too_late" and "December 19, 2026" in turn.replies[-1]
    assert not turn.effects.cases


def test_lock_and_unlock_change_the_chosen_card(small_assistant):
    turns = talk(small_assistant, VERIFY, "lock my card", "the gold one", "lock my gold card", "unlock my card ending 2001")
    assert "Which card" in turns[1].replies[0]
    assert turns[2].state.account.card("2001").status == "locked"
    assert turns[2].effects.changes and turns[2].effects.changes[0].kind == "lock_card"
    assert turns[3].trace.reply_case == "already_locked"
    assert turns[4].state.account.card("2001").status == "active"


def test_handoff_gives_case_number_position_and_wait(small_assistant):
    (turn,) = talk(small_assistant, "let me talk to a human")
    assert turn.state.cases[0].number in turn.replies[0]
    assert "position" in turn.replies[0] and "minute" in turn.replies[0]
    assert turn.effects.handoff is not None and turn.effects.handoff.team == "general"


def test_guard_refuses_and_redacts_before_anything_else(small_assistant):
    (turn,) = talk(small_assistant, "my card number is 378282246310005 and I want to pay my bill")
    assert turn.trace.outcome == "intent" and turn.trace.intent == "pay_bill"
    assert "full card number" in turn.replies[0]
    everything = " ".join(turn.replies) + " ".join(m.text for m in turn.state.history)
    assert "378282246310005" not in everything
    stored = [m.text for m in turn.state.history if m.role == "user"]
    assert stored == ["my card number is [card number removed] and I want to pay my bill"]


def test_card_split_over_messages_is_redacted_in_history(small_assistant):
    turns = talk(small_assistant, "my card is 3782 822463", "10005")
    history = " ".join(m.text for m in turns[-1].state.history)
    assert "822463" not in history and "10005" not in history
    assert "full card number" in turns[-1].replies[0]


def test_clarifying_question_then_answer(small_assistant):
    ask, answer = talk(small_assistant, "I want to pay my bill or dispute a charge", "2")
    assert ask.trace.outcome == "clarify"
    assert "1 or 2" in ask.replies[0]
    assert answer.trace.intent in ("pay_bill", "dispute_charge")
    assert answer.trace.intent != ask.trace.intent


def test_hostile_input_gets_polite_replies(small_assistant):
    empty, binary, huge, junk = talk(small_assistant, "   ", "\x00\x01\x02", "lock my card " * 500, "%%%% ~~~~ ????")
    assert empty.trace.outcome == "empty"
    assert binary.trace.outcome == "unreadable"  # control characters only: stored as U+FFFD, so its replay says the same
    assert huge.trace.outcome == "too_long"
    assert junk.trace.outcome == "unreadable"
    assert "\x00" not in binary.state.history[-2].text
    assert len(huge.state.history[-2].text) < 10_100


def test_respond_is_pure_and_deterministic(small_assistant):
    state = small_assistant.start(NOW)
    first = small_assistant.respond(state, "let me talk to a human", NOW)
    second = small_assistant.respond(state, "let me talk to a human", NOW)
    assert first == second
    assert state == small_assistant.start(NOW)  # the old state is untouched


def test_seed_changes_case_numbers():
    a = Assistant.load(SMALL_INTENTS, ALEX, seed=1)
    b = Assistant.load(SMALL_INTENTS, ALEX, seed=2)
    assert talk(a, "human please")[0].state.cases != talk(b, "human please")[0].state.cases


def test_trace_explains_the_match_and_the_flow(small_assistant):
    turns = talk(small_assistant, VERIFY, "lock my card", "3005")
    text = "\n".join(turns[1].trace.lines())
    assert "lock_card" in text and "card_lock.yaml:" in text
    assert "collect card" in text
    last = "\n".join(turns[2].trace.lines())
    assert "do lock_card -> locked" in last and "card=Blue Cash Everyday Card ending 3005" in last
    data = turns[1].trace.as_dict()
    assert data["domain"] == "card_lock" and data["score"] > 0.5


def test_state_is_replaceable(small_assistant):
    verified = small_assistant.start(NOW)._replace(verified=True)
    turn = small_assistant.respond(verified, "what is my balance", NOW)
    assert "$2,210.40" in turn.replies[0]


def test_a_refused_value_with_nothing_else_gets_only_the_refusal(shipped_assistant):
    (turn,) = talk(shipped_assistant, "my card number is 3782 822463 10005")
    assert len(turn.replies) == 1 and "full card number" in turn.replies[0]
    assert turn.trace.outcome == "guard"


def test_clarifying_answer_in_words_picks_the_first(small_assistant):
    ask, answer = talk(small_assistant, "I want to pay my bill or dispute a charge", "the first one")
    assert ask.trace.outcome == "clarify"
    assert answer.trace.intent == ask.trace.intent


@pytest.mark.parametrize("details", ["2001 94105", "94105, 2001", "2001 and 94105"])
def test_the_two_details_alone_as_a_first_message_verify(details):
    convo = Conversation(account=ALEX, now="2026-11-29T10:00")
    assert "you're verified" in convo.say(details)
    assert convo.state.verified
    assert "$" in convo.say("what is my balance")


def test_the_two_details_alone_but_wrong_use_up_an_attempt():
    convo = Conversation(account=ALEX, now="2026-11-29T10:00")
    assert "don't match" in convo.say("2001 94106")
    assert not convo.state.verified and convo.state.verify_attempts == 1


def test_other_numbers_alone_are_not_read_as_the_details():
    convo = Conversation(account=ALEX, now="2026-11-29T10:00")
    convo.say("2001 94105 12")
    assert not convo.state.verified and convo.state.verify_attempts == 0


def test_a_message_with_neither_detail_is_not_thanked_for_during_verification():
    """Only a message that gave one of the two details is thanked for; the other is asked for."""
    convo = Conversation(account=ALEX, now="2026-11-29T10:00")
    convo.say("lock my gold card").expect(outcome="verify")
    nothing = convo.say("ok one moment")
    assert nothing == "I still need the last 4 digits of your card and your billing ZIP code to confirm it's you."
    assert convo.say("last 4 is 2001") == "Thanks. I still need the ZIP code to confirm it's you."
    assert convo.say("hold on, let me find it") == "I still need the ZIP code to confirm it's you."
    assert "you're verified" in convo.say("94105")


def test_two_requests_joined_by_and_are_both_done_not_offered_as_a_choice(small_assistant):
    (turn,) = talk(small_assistant, "I want to pay my bill and dispute a charge")
    assert turn.trace.outcome != "clarify"
    assert turn.replies[:2] == ("You can pay your bill in the app under Payments.", "Now your other request (dispute a charge):")
