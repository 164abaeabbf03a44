"""The loader rejects bad intent files with one line naming file, line and problem."""

from pathlib import Path

import pytest

from amexsim.errors import IntentFileError
from amexsim.understanding.intents import load_intents

GOOD = """\
domain: billing_payment
intents:
  - name: pay_bill
    label: pay your bill
    patterns:
      - keywords: "pay + bill"
    examples: [pay my bill, make a payment]
    replies: ["Pay in the app."]
"""


def write(tmp_path: Path, text: str, name: str = "billing_payment.yaml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def error_for(tmp_path: Path, text: str) -> str:
    with pytest.raises(IntentFileError) as caught:
        load_intents(write(tmp_path, text))
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_good_file_loads_with_sources(tmp_path):
    intents = load_intents(write(tmp_path, GOOD))
    intent = intents.by_name["pay_bill"]
    assert intent.domain == "billing_payment"
    assert intent.source.line == 3
    assert intent.rules[0].source.line == 6


def test_unknown_key_names_file_and_line(tmp_path):
    message = error_for(tmp_path, GOOD.replace("    label:", "    lable: x\n    label:"))
    assert message.startswith(f"{tmp_path / 'billing_payment.yaml'}:4: unknown key 'lable'")


def test_bad_regex(tmp_path):
    message = error_for(tmp_path, GOOD.replace('keywords: "pay + bill"', "regex: 'pay (bill'"))
    assert ":6: bad regex 'pay (bill'" in message


def test_duplicate_intent_name_across_files(tmp_path):
    write(tmp_path, GOOD.replace("billing_payment", "faq"), "faq.yaml")
    message = error_for(tmp_path, GOOD)
    assert "duplicate intent name 'pay_bill'" in message
    assert "first defined at" in message


def test_missing_reply(tmp_path):
    message = error_for(tmp_path, GOOD.replace('    replies: ["Pay in the app."]\n', ""))
    assert ":3: an intent is missing required key 'replies'" in message


def test_empty_reply_list(tmp_path):
    message = error_for(tmp_path, GOOD.replace('["Pay in the app."]', "[]"))
    assert "no reply" in message


def test_account_field_needs_verification(tmp_path):
    message = error_for(tmp_path, GOOD.replace("Pay in the app.", "You owe {account.balance}."))
    assert ":8: reply field {account.balance}" in message


def test_unknown_template_field(tmp_path):
    assert "unknown reply field {slots.colour}" in error_for(tmp_path, GOOD.replace("Pay in the app.", "{slots.colour}"))


def test_invalid_yaml_reports_line(tmp_path):
    message = error_for(tmp_path, GOOD + "  - name: [unclosed\n")
    assert ":10: invalid YAML" in message or ":11: invalid YAML" in message


def test_unknown_domain(tmp_path):
    assert "unknown domain 'billing'" in error_for(tmp_path, GOOD.replace("domain: billing_payment", "domain: billing"))


def test_empty_folder(tmp_path):
    with pytest.raises(IntentFileError, match="no intent files"):
        load_intents(tmp_path)


def test_keyword_group_without_words(tmp_path):
    from amexsim.dialogue.engine import Assistant

    with pytest.raises(IntentFileError, match=r":6: keyword rule 'pay \+ !!!' has a group with no words"):
        Assistant.load(write(tmp_path, GOOD.replace('"pay + bill"', '"pay + !!!"')))
