"""Accommodations a customer mentions, found from the phrases in amexsim/data/accommodations.yaml."""

from __future__ import annotations

import pytest

from amexsim.errors import DataFileError
from amexsim.understanding.accommodations import load_accommodations

FOUND = load_accommodations()


@pytest.mark.parametrize(
    ("text", "kinds", "only"),
    [
        ("I use a screen reader", ("screen_reader",), True),
        ("please go slowly", ("slower_pace",), True),
        ("I can't hear well", ("hearing",), True),  # contractions expanded: "can not hear"
        ("I need a written summary before we close", ("written_summary",), True),
        ("I'm hard of hearing, can you help me with my bill", ("hearing",), False),
        ("I want to dispute a charge, and please take it slow", ("slower_pace",), False),
        ("I'm blind and use VoiceOver; please send a summary in writing", ("written_summary", "screen_reader"), True),
        ("what is my balance", (), False),
        ("my card was stolen", (), False),
    ],
)
def test_mentions_and_whether_the_message_says_anything_else(text, kinds, only):
    mention = FOUND.detect(text)
    assert (mention.kinds, mention.only) == (kinds, only)


def test_every_kind_has_the_agents_words_in_each_language():
    for item in FOUND.kinds.values():
        assert set(item.agent) == {"en", "es"} and all(item.agent.values()) and item.noted


def test_a_kind_without_cues_is_refused_with_its_line(tmp_path):
    bad = tmp_path / "accommodations.yaml"
    bad.write_text("filler: [i]\nkinds:\n  slower_pace:\n    shown: x\n    noted: y\n    agent: {en: z}\n")
    with pytest.raises(DataFileError, match=r"accommodations\.yaml:4: .*cues"):
        load_accommodations(bad)
