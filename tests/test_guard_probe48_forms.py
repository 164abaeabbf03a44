"""Forms the forty-eighth blind guard probe found in whole chats (values spread over messages), and the
thirtieth conversation probe's leaks: every message is screened with the ones before it."""

from __future__ import annotations

import pytest

from amexsim.testing import Conversation
from tests.test_guard import screen_all


def _screen(*messages: str) -> list:
    return screen_all(list(messages))


@pytest.mark.parametrize(
    "between",
    ["zip is 10285 btw", "order #55120 from target", "my cell is 646-555-0142", "text me at (917) 555 0188"],
)
def test_a_card_in_pieces_with_another_number_between_is_one_card(between):
    first, _, last = _screen("my card is 4539 1488", between, "0343 6467")
    assert [f.kind for f in last.findings] == ["card_number"] and last.earlier, (first, last)


@pytest.mark.parametrize(
    ("value", "named"),
    [("660281", "that's the code they texted"), ("9034", "that's my pin btw"), ("Marigold!77", "^^ that's my password")],
)
def test_a_value_sent_alone_then_named_is_taken_back(value, named):
    _, after = _screen(value, named)
    assert after.earlier and after.earlier[0].messages_back == 1


def test_a_value_refused_then_typed_again_in_a_sentence_is_refused_again():
    _, _, again = _screen("my pin is 9034", "i want to change it", "9034 is not working at the atm")
    assert [f.kind for f in again.findings] == ["password"] and "9034" not in again.redacted
    _, again = _screen("i got a code 660281", "its six six oh two eight one")
    assert [f.kind for f in again.findings] == ["otp"]
    _, again = _screen("social is 512-34-9876", "ok it's 512 34 9876 then")
    assert [f.kind for f in again.findings] == ["ssn"]


def test_a_short_word_after_a_refused_password_is_no_password():
    _, after = _screen("pw: Falcon!2024", "ok")
    assert after.findings == () and after.redacted == "ok"


@pytest.mark.parametrize(
    "lines",
    [
        ["you need my social? one sec", "512", "34", "9876"],
        ["social security number five one two", "three four", "nine eight seven six"],
        ["want the code on the back? they're 7 7 1"],
    ],
)
def test_a_value_read_out_over_messages_is_kept_nowhere(lines):
    convo = Conversation(now="2026-12-03T10:00")
    for line in lines:
        convo.say(line)
    history = " ".join(message.text for message in convo.state.history if message.role == "user")
    for digits in ("9876", "7 7 1", "nine eight seven six"):
        assert digits not in history, history


def test_the_code_named_by_where_one_signs_is_refused():
    from amexsim.guard import redact

    assert "318" not in redact("the tiny digits next to where you sign say 318")
