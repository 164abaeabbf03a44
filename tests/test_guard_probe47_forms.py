"""Forms the forty-seventh blind guard probe found (tests/data/guard_probe47.jsonl: voice-to-text and
hurried typing), and a row sent after its header: homophones dictated right after a secret's name, a
value corrected mid-sentence (typed apart, or only its last group), a header then its row."""

from __future__ import annotations

import pytest

from amexsim.guard import Guard, redact, scan


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("cvc is uh ate for to", "security_code"),
        ("my pin is too ate for oh", "password"),
        ("the code they texted, code is to to ate one for oh", "otp"),
        ("security code nine ate for", "security_code"),
    ],
)
def test_a_value_dictated_with_homophones_after_its_name_is_refused(text, kind):
    assert [f.kind for f in scan(text)] == [kind], scan(text)


@pytest.mark.parametrize("text", ["I ate too much for two", "the code is for my work account", "send it to my office for the team"])
def test_homophones_in_plain_sentences_stay_words(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("cvc 7 1 2 no wait 7 2 1", "7 2 1"),
        ("the card is 5105 1051 0510 5100 sorry 5109", "5109"),
        ("ssn 512 34 9876 oops 9867", "9867"),
    ],
)
def test_a_value_corrected_in_the_same_breath_is_removed_both_times(text, left):
    assert left not in redact(text), redact(text)


def test_a_row_sent_after_its_header_is_read_under_it():
    guard = Guard()
    first = guard.screen("last4,exp,cvv")
    second = first.guard.screen("1005,11/29,733")
    assert [f.kind for f in second.findings] == ["security_code"] and "733" not in second.redacted


@pytest.mark.parametrize("text", ["card 4539 period 1488 period 0343 period 6467", "number 4539 hyphen 1488 hyphen 0343 hyphen 6467"])
def test_a_separator_said_between_typed_groups_joins_them(text):
    assert "6467" not in redact(text) and [f.kind for f in scan(text)] == ["card_number"]
