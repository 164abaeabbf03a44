"""One-slip typos read as the example word they slip from, only when a message is otherwise unreadable."""

from __future__ import annotations

from amexsim.understanding.typos import TypoReader

EXAMPLES = ["change my address", "change my phone", "update my address", "update the phone"]
EXAMPLES += ["cancel my card", "cancel it", "stuff happens", "stuff again"]


def test_a_letter_left_out_doubled_or_two_swapped_is_read_as_the_example_word():
    reader = TypoReader(EXAMPLES)
    assert reader.read("updte") == "update"  # left out
    assert reader.read("updatte") == "update"  # doubled
    assert reader.read("chnage") == "change"  # swapped
    assert reader.read("cancle") == "cancel"


def test_real_words_short_words_and_known_words_are_left_alone():
    reader = TypoReader(EXAMPLES)
    assert reader.read("staff") is None  # a letter replaced: "stuff" is near, but "staff" is a word too
    assert reader.read("cnaecl") is None and reader.read("cnacel") == "cancel"  # one swap, not two
    assert reader.read("adres") is None  # two slips from "address"
    assert reader.read("chnag") is None  # two slips from "change"
    assert reader.read("crd") is None  # shorter than five letters
    assert reader.read("happens") is None  # in an example: known as typed
    assert reader.read("12345") is None


def test_only_words_in_two_examples_are_candidates_and_the_most_common_wins():
    reader = TypoReader(["bills due", "pills daily", "pills again", "pills now"])
    assert reader.read("billls") == "pills" or reader.read("billls") is None
    assert TypoReader(["cards here", "carts there", "carts again"]).read("cardss") is None  # "cards" in one example only
    assert TypoReader(["dates one", "dates two", "gates one", "gates two", "gates three"]).read("daates") == "dates"


def test_fixed_joins_the_words_and_says_none_when_nothing_changed():
    reader = TypoReader(EXAMPLES)
    assert reader.fixed(["chnage", "my", "adres"]) == "change my adres"
    assert reader.fixed(["change", "my", "address"]) is None


def test_the_matcher_reads_typos_again_only_when_it_cannot_read_the_message(shipped_assistant):
    result = shipped_assistant.match("chnage my adress")
    assert result.outcome == "intent" and result.intent.domain == "account_change", result
    assert result.normalised == "change my address"
    # Readable as typed: the words stay ("cancelled" is in no example, "canceled" is).
    kept = shipped_assistant.match("the gym keeps charging me after I cancelled my membership")
    assert "cancelled" in kept.normalised and kept.intent.domain == "dispute_charge", kept
