import re

import pytest

from amexsim.understanding.anchors import message_keys, word_keys
from amexsim.understanding.intents import load_intents
from amexsim.understanding.matcher import Matcher
from amexsim.understanding.settings import load_matcher_settings
from tests.conftest import SMALL_INTENTS


def matcher() -> Matcher:
    return Matcher(load_intents(SMALL_INTENTS), settings=load_matcher_settings())


def test_keyword_rule_routes_whatever_the_word_order_and_inflection():
    m = matcher()
    for text in ("Please lock my card", "my cards need locking", "can you freeze the card"):
        result = m.match(text)
        assert result.outcome == "intent", text
        assert result.intent.name == "lock_card"
        assert "lock|freeze + card" in result.best.evidence()


def test_unless_blocks_a_rule():
    result = matcher().match("unlock my card")
    assert result.intent.name == "unlock_card"


def test_synonyms_from_the_file_apply():
    assert matcher().match("pay my statement").intent.name == "pay_bill"


def test_similarity_without_a_rule_reports_the_example_and_its_line():
    result = matcher().match("there's a charge on there I don't recognise at all")
    assert result.intent.name == "dispute_charge"
    assert "dispute_charge.yaml:" in result.best.evidence()


def test_gibberish_falls_back():
    result = matcher().match("zebra quantum trombone")
    assert result.outcome == "fallback"
    assert result.intent is None


def test_candidates_are_sorted_with_a_runner_up():
    result = matcher().match("I want to pay my bill and dispute a charge")
    assert result.best.score >= result.runner_up.score
    assert {result.best.intent.name, result.runner_up.intent.name} == {"pay_bill", "dispute_charge"}
    assert result.outcome == "clarify"


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        (r"\b(lost|stolen) card\b", {"car"}),  # the rarest required set wins only on rarity; both are valid
        (r"\bcvv\b", {"cvv"}),
        (r"^(ok |okay )?(bye|goodbye)$", {"bye", "goo"}),
        (r"\bpayment status\b|\bstatus of my payment\b", {"pay", "sta"}),
        (r"^(yes|no)$", None),  # "no" is too short to be a key
        (r"pay(ment)?s? due", {"pay"}),
        (r"xcard", {"xca"}),
        (r"[a-z]+card", None),  # "card" does not start a word here
    ],
)
def test_regex_word_keys(pattern, keys):
    found = word_keys(re.compile(pattern))
    if keys is None:
        assert found is None
    else:
        assert found is not None and found <= keys | {"los", "sto"}


def test_every_text_a_regex_matches_offers_one_of_its_keys():
    samples = ["i lost card today", "my stolen card", "ok bye", "goodbye", "what is my payment status", "status of my payment"]
    for pattern in (r"\b(lost|stolen) card\b", r"^(ok |okay )?(bye|goodbye)$", r"\bpayment status\b|\bstatus of my payment\b"):
        regex = re.compile(pattern)
        keys = word_keys(regex)
        for text in samples:
            if regex.search(text):
                assert keys & message_keys(text.split()), (pattern, text)


def test_regex_rules_fire_through_their_anchor(tmp_path):
    (tmp_path / "faq.yaml").write_text(
        "domain: faq\nintents:\n  - name: is_ai\n    label: ask if this is a bot\n"
        "    patterns:\n      - regex: '\\bare you (a )?(bot|robot|human)\\b'\n"
        '    examples: [is this a bot, am I chatting with ai]\n    replies: ["I\'m a virtual assistant."]\n',
        encoding="utf-8",
    )
    m = Matcher(load_intents(tmp_path))
    assert m.match("hey, are you a robot?").intent.name == "is_ai"
    assert m.unanchored_regexes() == []


def test_phrase_only_groups_must_really_match(tmp_path):
    (tmp_path / "rewards.yaml").write_text(
        "domain: rewards\nintents:\n  - name: pay_with_points\n    label: pay with points\n"
        '    patterns:\n      - keywords: "pay with points|use my points + bill|charge"\n'
        '      - keywords: "pay with points"\n'
        "    examples: [zzz one, zzz two]\n    replies: [ok]\n",
        encoding="utf-8",
    )
    m = Matcher(load_intents(tmp_path), settings=load_matcher_settings())
    assert m.match("can I pay with points").best.rule == "pay with points"
    assert m.match("can I use my points on this charge").best.rule == "pay with points|use my points + bill|charge"
    assert m.match("points for my bill").outcome == "fallback"
    assert m.match("pay my bill with cash").outcome == "fallback"
