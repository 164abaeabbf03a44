"""Forms the twenty-seventh black-box conversation probe found (critical ones: a question logged as a
formal complaint, a request taken back handed off anyway, an interjection read as the queue, the
customer's own card locked for "the other kid's"), on its account files (tests/data/accounts/
oyelaran.yaml: Marcus Oyelaran, Gold 4417 and Delta 5532, ZIP 60614; whitfield.yaml: Teresa
Whitfield 8823, Caleb's card 7314 and Maya's 7322, ZIP 55409)."""

from __future__ import annotations

from pathlib import Path

from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
ACCOUNTS = Path(__file__).parent / "data" / "accounts"
OYELARAN = ACCOUNTS / "oyelaran.yaml"
WHITFIELD = ACCOUNTS / "whitfield.yaml"


def test_a_guess_at_a_complaint_logs_nothing_and_a_question_is_answered():
    convo = Conversation(account=OYELARAN, now=NOW)
    convo.say("4417 60614")
    convo.say("can you just make it work")
    reply = convo.say("what number do I call from abroad")
    reply.expect(intent="contact_numbers")
    assert not any(case.kind == "complaint" for case in convo.state.cases)
    convo.say("ok")
    assert convo.state.live is None


def test_a_clarifying_question_asked_before_verifying_is_asked_again_after_it_and_a_card_answers_it():
    convo = Conversation(account=OYELARAN, now=NOW)
    convo.say("my card got declined in mexico city, I'm at a restaurant, help!!").expect(outcome="clarify")
    convo.say("4417")
    convo.say("60614").expect(contains="did you want to")
    convo.say("the delta one").expect(intent="card_declined", contains="Delta SkyMiles Gold Card ending 5532")


def test_a_person_asked_for_then_taken_back_is_no_hand_off():
    convo = Conversation(account=OYELARAN, now=NOW)
    convo.say("4417 60614")
    convo.say("get me a person NOW").expect(contains="what is it about")
    convo.say("actually no, ill just use the other card")
    assert convo.state.live is None


def test_an_interjection_before_a_question_is_not_the_queue():
    convo = Conversation(account=OYELARAN, now=NOW)
    convo.say("4417 60614")
    reply = convo.say("wait, do I need a new one?")
    assert reply.trace.intent != "queue_status", reply.trace.intent
    convo.say("yes send it")
    assert convo.state.live is None


def test_the_other_kids_card_is_the_other_authorized_users():
    convo = Conversation(account=WHITFIELD, now=NOW)
    convo.say("last four 8823 zip 55409")
    convo.say("lock Maya's card")
    convo.say("yes")
    convo.say("what about the other kid's").expect(contains="7314")
    convo.say("yes")
    status = {card.last_four: card.status for card in convo.state.account.cards}
    assert status["8823"] == "active" and status["7314"] == "locked" and status["7322"] == "locked"


def test_on_which_card_after_a_charge_names_its_card():
    convo = Conversation(account=OYELARAN, now=NOW)
    convo.say("4417 60614")
    convo.say("how much was the uber charge")
    convo.say("on which card").expect(contains="Gold Card ending 4417")


def test_what_happens_if_im_late_is_answered():
    convo = Conversation(account=OYELARAN, now=NOW)
    convo.say("4417 60614")
    convo.say("what happens if I'm late").expect(intent="missed_payment")


def test_do_the_same_for_the_other_card_runs_the_last_request_again():
    convo = Conversation(account=OYELARAN, now=NOW)
    convo.say("4417 60614")
    convo.say("lock my gold card")
    convo.say("yes")
    convo.say("do the same for the other card").expect(contains="Delta SkyMiles Gold Card ending 5532")
    convo.say("yes")
    assert {c.last_four: c.status for c in convo.state.account.cards}["5532"] == "locked"


def test_lets_continue_here_leaves_the_line_for_an_agent():
    convo = Conversation(account=OYELARAN, now=NOW)
    convo.say("4417 60614")
    convo.say("i want to talk to an agent about my rewards points")
    assert convo.state.live is not None
    convo.say("actually no, let's continue here").expect(contains="out of the line")
    assert convo.state.live is None


def test_lets_continue_here_ends_the_agents_chat():
    from amexsim.dialogue.agent import load_agents

    agents = load_agents()
    assert agents.is_done("actually no, let's continue here") and agents.is_done("never mind, I will do it here")
    assert not agents.is_done("where am i in line")
