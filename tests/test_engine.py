"""Conversations through the core with the small test intents."""

from amexsim.dialogue.engine import Assistant
from tests.conftest import NOW, SMALL_INTENTS


def talk(assistant: Assistant, *messages: str):
    state = assistant.start()
    turns = []
    for message in messages:
        turn = assistant.respond(state, message, NOW)
        state = turn.state
        turns.append(turn)
    return turns


def test_account_details_only_after_verification(small_assistant):
    ask, partial, done = talk(small_assistant, "what is my balance", "last 4 is 1005", "zip 10285")
    assert ask.trace.outcome == "verify"
    assert "$1,842.37" not in " ".join(ask.replies + partial.replies)
    assert "ZIP code" in partial.replies[0]
    assert done.state.verified
    assert "$1,842.37" in done.replies[-1]


def test_wrong_details_are_refused_then_locked_out(small_assistant):
    turns = talk(small_assistant, "what is my balance", "1234 10001", "1234 10001", "1234 10001", "what is my balance")
    assert "don't match" in turns[1].replies[0]
    assert turns[3].trace.outcome == "verify_locked"
    assert not turns[-1].state.verified
    assert "$1,842.37" not in " ".join(r for t in turns for r in t.replies)


def test_after_lock_out_even_the_right_details_do_not_verify(small_assistant):
    turns = talk(small_assistant, "what is my balance", "1234 10001", "1234 10001", "1234 10001", "last 4 is 1005 zip 10285 balance?")
    assert not turns[-1].state.verified
    assert turns[-1].trace.outcome == "verify_locked"
    assert len(turns[-1].replies) == 1 and "$1,842.37" not in turns[-1].replies[0]


def test_volunteered_details_verify_in_the_same_turn(small_assistant):
    (turn,) = talk(small_assistant, "my last 4 is 1005 and zip 10285, what is my balance")
    assert turn.state.verified
    assert "$1,842.37" in turn.replies[-1]


def test_dispute_collects_details_then_quotes_fcba_dates(small_assistant):
    ask, details = talk(small_assistant, "I want to dispute a charge", "it was $40 from Amazon on November 2")
    assert "amount" in ask.replies[0]
    reply = details.replies[0]
    # charge Nov 2 -> statement closing Nov 20 -> dispute by Jan 19; ack 30 days; resolve within two cycles (Feb 20) < 90 days
    assert "$40.00 from Amazon" in reply
    assert "January 19, 2027" in reply
    assert "December 29, 2026" in reply
    assert "February 20, 2027" in reply
    assert details.state.cases


def test_dispute_past_sixty_days_is_too_late(small_assistant):
    (turn,) = talk(small_assistant, "I want to dispute a $50 charge from Acme on June 3")
    assert turn.trace.reply_case == "too_late"


def test_lock_and_unlock_change_state(small_assistant):
    locked, again, unlocked, not_locked = talk(small_assistant, "lock my card", "freeze my card", "unlock my card", "unlock my card")
    assert locked.state.card_locked and not unlocked.state.card_locked
    assert again.trace.reply_case == "already_locked"
    assert not_locked.trace.reply_case == "not_locked"


def test_handoff_gives_case_number_position_and_wait(small_assistant):
    (turn,) = talk(small_assistant, "let me talk to a human")
    assert turn.state.cases[0] in turn.replies[0]
    assert "position" in turn.replies[0] and "minute" in turn.replies[0]


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
    ask, answer = talk(small_assistant, "I want to pay my bill and dispute a charge", "2")
    assert ask.trace.outcome == "clarify"
    assert "1 or 2" in ask.replies[0]
    assert answer.trace.intent in ("pay_bill", "dispute_charge")
    assert answer.trace.intent != ask.trace.intent


def test_hostile_input_gets_polite_replies(small_assistant):
    empty, binary, huge, junk = talk(small_assistant, "   ", "\x00\x01\x02", "lock my card " * 500, "%%%% ~~~~ ????")
    assert empty.trace.outcome == "empty"
    assert binary.trace.outcome == "empty"
    assert huge.trace.outcome == "too_long"
    assert junk.trace.outcome == "unreadable"
    assert "\x00" not in binary.state.history[-2].text
    assert len(huge.state.history[-2].text) < 10_100


def test_respond_is_pure_and_deterministic(small_assistant):
    state = small_assistant.start()
    first = small_assistant.respond(state, "let me talk to a human", NOW)
    second = small_assistant.respond(state, "let me talk to a human", NOW)
    assert first == second
    assert state == small_assistant.start()  # the old state is untouched


def test_seed_changes_case_numbers():
    a = Assistant.load(SMALL_INTENTS, seed=1)
    b = Assistant.load(SMALL_INTENTS, seed=2)
    assert talk(a, "human please")[0].state.cases != talk(b, "human please")[0].state.cases


def test_trace_explains_the_match(small_assistant):
    (turn,) = talk(small_assistant, "lock my card")
    text = "\n".join(turn.trace.lines())
    assert "lock_card" in text and "card_lock.yaml:" in text
    data = turn.trace.as_dict()
    assert data["domain"] == "card_lock" and data["score"] > 0.5


def test_state_is_replaceable(small_assistant):
    verified = small_assistant.start()._replace(verified=True)
    turn = small_assistant.respond(verified, "what is my balance", NOW)
    assert "$1,842.37" in turn.replies[0]


def test_a_refused_value_with_nothing_else_gets_only_the_refusal(shipped_assistant):
    (turn,) = talk(shipped_assistant, "my card number is 3782 822463 10005")
    assert len(turn.replies) == 1 and "full card number" in turn.replies[0]
    assert turn.trace.outcome == "guard"


def test_account_template_fields_are_exactly_what_the_account_provides(small_assistant):
    from datetime import date

    from amexsim.bank.accounts import TEMPLATE_FIELDS

    assert tuple(small_assistant.account.fields(date(2026, 11, 29))) == TEMPLATE_FIELDS


def test_clarifying_answer_in_words_picks_the_first(small_assistant):
    ask, answer = talk(small_assistant, "I want to pay my bill and dispute a charge", "the first one")
    assert ask.trace.outcome == "clarify"
    assert answer.trace.intent == ask.trace.intent
