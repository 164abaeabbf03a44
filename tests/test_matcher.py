import re

from amexsim.intents import load_intents
from amexsim.matcher import Matcher, _anchors
from amexsim.settings import load_matcher_settings
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


def test_regex_anchors_are_required_literals():
    assert _anchors(re.compile(r"\b(lost|stolen) card\b")) == [" card"]
    assert sorted(_anchors(re.compile(r"\b(?:replace|renew)\w* my\b"))) in (["renew", "replace"], [" my"])
    assert _anchors(re.compile(r"^(yes|no)$")) is None


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
