"""The quick looks taken before costly regexes never say "nothing here" where the regex finds
something: held to their patterns on the data files' messages and on generated ones."""

from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from amexsim.dialogue import details
from amexsim.dialogue.quick_checks import may_hold_two_requests
from amexsim.understanding.two_requests import split_requests

DATA = Path(__file__).resolve().parent / "data"

_PIECES = [
    *details._DIGIT_WORDS, "last", "four", "Four", "FOUR", "card", "ending", "zip", "code", "my", "is", "1234", "10001",
    "94105-2001", "l4", "z", "and", "AND", "also", "Also", "then", "plus", "PLUS", "i", "lock", "my", "tell", "me",
    "balance", "alſo", "İn", "café", "٤٥٦٧", "it's", "'", "oh-", "o,", "lastfour", "last4", "postalcode", "zipcode",
    "zip's", "card'", "_", "card_", "L4", "Card Number Ending", "ends in", "ending with", "billing zip code", "digits", "I'm",
    "that's", "um", "12345", "123", "1234-5678",
]  # fmt: skip
_SEPARATORS = [" ", ", ", "-", " - ", "  ", ",", "\n", "\t", "\x1c", ".", ". ", "? ", "!\n", ";", "", "\u00a0"]


@lru_cache(maxsize=1)
def messages() -> list[str]:
    """Every message of the test data and 30,000 made of the pieces (built when first asked, not at collection)."""
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                texts.append(item["text"])
    rng = random.Random(7)
    for _ in range(30_000):
        count = rng.randint(1, 8)
        texts.append("".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(count)))
    return texts


def test_a_message_said_to_hold_no_join_is_never_split():
    assert len(messages()) > 20_000
    for text in messages():
        if not may_hold_two_requests(text):
            assert split_requests(text) is None, text


def test_a_message_said_to_spell_no_digits_has_no_run_of_digit_words():
    for text in messages():
        if not details._may_spell_digits(text):
            assert details._SPELLED_RUN.search(text) is None and details._LAST_FOUR_WORDS.search(text) is None, text


def test_details_are_read_the_same_with_and_without_the_quick_look(monkeypatch):
    quick = [(details.details_only(text), details.spelled_as_digits(text)) for text in messages()[-10_000:]]
    monkeypatch.setattr(details, "_may_spell_digits", lambda text: True)
    monkeypatch.setattr(details, "_only_detail_words", lambda text: True)
    slow = [(details.details_only(text), details.spelled_as_digits(text)) for text in messages()[-10_000:]]
    assert quick == slow


def test_a_message_said_to_hold_no_details_gives_none():
    from amexsim.dialogue import engine

    for text in messages():
        if not details.may_hold_details(text):
            assert details.details_only(text) is None and details.details_around(text) is None, text
            assert not engine._BARE_DETAILS.fullmatch(text) and not engine._BARE_ONE_DETAIL.fullmatch(text), text
            assert not engine._BARE_LAST_FOUR.search(text) and not engine._BARE_ZIP.search(text), text
