"""Forms found this session (the tenth black-box probe and the defects left open before it):
each test writes its account, so the facts it leans on are in sight."""

from __future__ import annotations

from tests.test_probe8_forms import nadia


def test_a_detail_question_about_the_last_answer_is_answered_by_that_answer(tmp_path):
    """ "how much was it?" after "your payment has posted" had been asked which of two unrelated
    things was meant; the answer that holds the amount is given again."""
    convo = nadia(tmp_path)
    convo.say("did my last payment go through?").expect(intent="payment_status", contains="$1,120.08")
    convo.say("how much was it").expect(intent="payment_status", outcome="follow_up", contains="$1,120.08")
    convo.say("and when was that?").expect(intent="payment_status", contains="November 27, 2026")


def test_a_detail_question_never_runs_an_action_again(tmp_path):
    """After a flow that changed something (a lock), "when was that?" must not lock again or ask to."""
    convo = nadia(tmp_path)
    convo.say("lock my card").expect(intent="lock_card")
    convo.say("yes")
    reply = convo.say("when was that?")
    assert reply.trace.outcome != "follow_up"
    assert "lock" not in reply.lower()
