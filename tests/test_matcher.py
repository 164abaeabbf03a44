import random
import re

import pytest

from amexsim.understanding.anchors import message_keys, start_key, start_texts, word_keys
from amexsim.understanding.intents import RegexRule, load_intents
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


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"^ok$", {"ok\0", "ok\n\0"}),
        (r"^(hi|hey)( there)?$", {"hi\0", "hi\n\0", "hey\0", "hey\n\0", "hi the", "hey th"}),
        (r"^x{0,2}y\Z", {"y\0", "xy\0", "xxy\0"}),
        (r"^(?=.*\$\d)pay$", {"pay\0", "pay\n\0"}),  # a lookahead takes no letter
        (r"^.*x$", None),  # "." can be any letter
        (r"^[a-z]{1,2}-?\d{7}$", None),  # \d: any script's digits
        (r"^(?i:ok)$", None),
        (r"^ok|no$", None),  # "no" matches anywhere
        (r"\bok$", None),
    ],
)
def test_start_texts_of_anchored_regexes(pattern, starts):
    found = start_texts(re.compile(pattern))
    assert found == (None if starts is None else frozenset(starts))


def test_every_text_an_anchored_regex_matches_begins_as_listed():
    """Random texts of the regexes' own words: each match begins in one of the listed ways."""
    rng = random.Random(5)
    patterns = [r"^(a|)b*c?$", r"^(?:ab|c)+$", r"^(a|b){2}d?$", r"^(?:x*)*y$", r"^[a-c][!.]*$", r"^(ok |okay )?(bye|goodbye)( now)?$"]
    for pattern in patterns:
        regex = re.compile(pattern)
        starts = start_texts(regex)
        assert starts is not None, pattern
        words = [*re.findall(r"[a-z]+", pattern), "", "!", "\n", "a", "b", "c", "d", "x", "y"]
        matched = 0
        for _ in range(3000):
            text = rng.choice(("", " ")).join(rng.choice(words) for _ in range(rng.randint(1, 8)))
            if regex.search(text):
                matched += 1
                assert start_key(text) in starts, (pattern, text)
        assert matched >= 10, pattern


def test_shipped_anchored_regexes_match_only_examples_beginning_as_listed(shipped_assistant):
    """Every example of every shipped intent, normalised as messages are: a listed regex that
    matches one matches it from one of its listed starts."""
    matcher = shipped_assistant.matcher
    texts = [matcher.normalizer.text(example.text) for intent in matcher.intents for example in intent.examples]
    for intent in matcher.intents:
        for rule in intent.rules:
            if isinstance(rule, RegexRule) and (starts := start_texts(rule.regex)) is not None:
                for text in texts:
                    if rule.regex.search(text):
                        assert start_key(text) in starts, (rule.regex.pattern, text)


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


def test_cross_validation_takes_each_fold_out_of_the_intents_before_scoring_it(tmp_path):
    from amexsim.understanding.evaluate import cross_validate
    from amexsim.understanding.normalize import Normalizer

    intents = load_intents(SMALL_INTENTS)
    texts = [example.text for intent in intents for example in intent.examples]
    labelled = tmp_path / "rows.jsonl"
    labelled.write_text("".join(f'{{"text": "{t}", "label": "out_of_scope"}}\n' for t in texts), encoding="utf-8")
    seen: list[set[str]] = []

    def build(without):
        kept = {example.text for intent in without for example in intent.examples}
        seen.append(kept)
        m = Matcher(without, settings=load_matcher_settings())

        def match(text):
            assert text not in kept, "a fold's own line was left in the intents"
            return m.match(text)

        return match

    report = cross_validate(labelled, intents, Normalizer(), build, folds=3)
    assert report.n == len(texts) and len(report.folds) == len(seen) == 3
    assert set.union(*seen) == set(texts)  # every example is kept in some folds
    assert all(kept < set(texts) for kept in seen)


def test_eval_folds_on_the_command_line(tmp_path):
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT

    labelled = tmp_path / "rows.jsonl"
    labelled.write_text('{"text": "freeze my card please", "label": "card_lock"}\n{"text": "pay my bill", "label": "billing_payment"}\n')
    command = [sys.executable, "-m", "amexsim", "eval", str(labelled), "--folds", "2", "--json", "--intents", str(SMALL_INTENTS)]
    result = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["n"] == 2
    bad = subprocess.run([*command[:5], "--folds", "1"], capture_output=True, cwd=ROOT, timeout=60)
    assert bad.returncode == 2 and b"at least 2 folds" in bad.stderr


def test_leaving_an_example_out_takes_its_counts_out_exactly():
    from amexsim.understanding.intent_choice import IntentChooser
    from amexsim.understanding.normalize import Normalizer, stems

    intents = list(load_intents(SMALL_INTENTS))
    chooser = IntentChooser(intents, Normalizer())
    own = next(i for i in intents if i.name == "pay_bill").examples[1]  # "make a payment on my card"
    words = stems(Normalizer().text(own.text).split())
    with_it = chooser.choose("billing_payment", words)
    assert intents[with_it.intent_index].name == "pay_bill" and with_it.example is own
    without = chooser.choose("billing_payment", words, without=own)
    assert without.example is not own
    assert chooser.choose("billing_payment", words) == with_it  # nothing was changed for good


def test_two_requests_in_one_message_are_asked_about():
    result = matcher().match("I want to pay my bill and dispute a charge")
    assert result.outcome == "clarify"
    assert {result.best.rule, result.rival.rule} == {"pay + bill", "dispute + charge|transaction"}
