"""Forms the twenty-fourth black-box conversation probe found (critical ones: actions and hand-offs
nobody asked for, an authorized user shown the account's details), on its account file
(tests/data/accounts/rivera.yaml: Maria Rivera, 7731 and 4408; Daniel Rivera's card 5562)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.dialogue.tables import activity, statements
from amexsim.testing import Conversation

NOW = "2026-12-03T10:00"
RIVERA = Path(__file__).parent / "data" / "accounts" / "rivera.yaml"


@pytest.mark.parametrize(
    ("question", "then"),
    [
        ("what if someone steals my card, what do I do?", "the platinum"),
        ("my friend lost her card, what should she do?", "the platinum one"),
        ("should I lock my card if I can't find it for an hour?", "the blue cash one"),
        ("I lost my card last year but found it", "7731"),
    ],
)
def test_a_hypothetical_or_someone_elses_card_locks_nothing(question, then):
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("7731 60614")
    convo.say(question)
    convo.say(then)
    assert all(card.status == "active" for card in convo.state.account.cards), [c.status for c in convo.state.account.cards]


@pytest.mark.parametrize(
    "text", ["I may want to talk to someone about my late fee tomorrow", "I might want to speak with an agent later about my fee"]
)
def test_a_person_wanted_later_is_no_hand_off_now(text):
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("7731 60614")
    reply = convo.say(text)
    reply.expect(intent="agent_later")
    assert convo.state.live is None


@pytest.mark.parametrize("question", ["what's the email on file?", "what's the phone number on file?", "what's the address on file?"])
def test_an_authorized_user_is_not_shown_the_accounts_contact_details(question):
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("5562 60614").expect(contains="Daniel")
    reply = convo.say(question)
    reply.expect(contains="authorized user")
    assert "example.com" not in reply and "Chicago" not in reply and "(312)" not in reply


def test_an_authorized_users_tables_hold_only_their_card():
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("5562 60614")
    today = convo.session.now().date()
    rows = activity(convo.state, today).rows
    assert rows and all(row[3] == "5562" for row in rows), rows
    assert not any("PAYMENT" in row[1] or "FEE" in row[1] for row in rows)
    table = statements(convo.state, today)
    assert table.rows == () and "primary card member" in table.empty


def test_cancel_that_at_a_confirmation_cancels_the_change_not_a_queue_place():
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("7731 60614")
    convo.say("please change my email to maria.r@example.net")
    reply = convo.say("no wait, cancel that")
    reply.expect(contains="Nothing was changed")
    convo.say("ok")
    assert convo.state.account.email != "maria.r@example.net"


def test_a_card_found_is_offered_the_unlock_not_a_replacement():
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("7731 60614")
    reply = convo.say("I found my card, it was in my car")
    reply.expect(intent="unlock_card")
    assert "replacement" not in reply.lower()


def test_an_unlock_asked_for_later_is_not_done_now():
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("7731 60614")
    convo.say("lock my platinum card")
    convo.say("yes")
    reply = convo.say("can you unlock my card after I get back from my trip?")
    reply.expect(contains="won't unlock your card now")
    convo.say("ok")
    assert convo.state.account.card("7731").status == "locked"


def test_ok_good_to_know_is_no_yes_to_an_offer():
    convo = Conversation(account=RIVERA, now=NOW)
    convo.say("7731 60614")
    convo.say("would going paperless save me anything?").expect(contains="paperless")
    convo.say("ok good to know")
    assert convo.state.account.preferences.statements == "paper"
