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


def assistant_error_for(tmp_path: Path, text: str) -> str:
    """Names the dialogue defines (fields, slots, actions, teams) are checked when the assistant is built."""
    from amexsim.dialogue.engine import Assistant

    (tmp_path / "billing.yaml").write_text(text)
    with pytest.raises(IntentFileError) as caught:
        Assistant.load(tmp_path)
    return str(caught.value)


def test_account_field_needs_verification(tmp_path):
    message = assistant_error_for(tmp_path, GOOD.replace("Pay in the app.", "You owe {account.balance}."))
    assert ":8: reply field {account.balance}" in message


def test_unknown_template_field(tmp_path):
    message = assistant_error_for(tmp_path, GOOD.replace("Pay in the app.", "{slots.colour}"))
    assert ":8: unknown reply field {slots.colour}" in message


def test_a_format_spec_that_could_allocate_without_bound_is_refused(tmp_path):
    message = error_for(tmp_path, GOOD.replace("Pay in the app.", "{slots.amount:>999999999}"))
    assert ":8: reply field {slots.amount} in intent 'pay_bill' may not carry a format spec" in message


FLOW = """\
domain: card_lock
intents:
  - name: lock_card
    label: lock your card
    examples: [lock my card, freeze my card]
    needs_verification: true
    flow:
      - collect: card
      - do: lock_card
        on: {locked: done}
      - id: done
        say: default
    replies: ["Locked."]
"""


def test_a_good_flow_loads(tmp_path):
    from amexsim.dialogue.engine import Assistant

    (tmp_path / "card_lock.yaml").write_text(FLOW)
    assert Assistant.load(tmp_path).flows["lock_card"][1].arg == "lock_card"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("collect: card", "collect: colour"), ":8: the flow of intent 'lock_card' collects unknown slot 'colour'"),
        (("do: lock_card", "do: launch_rocket"), ":9: the flow of intent 'lock_card' calls unknown action 'launch_rocket'"),
        (("on: {locked: done}", "on: {exploded: done}"), ":9: the flow of intent 'lock_card': a 'do' step has no outcome 'exploded'"),
        (("say: default", "say: farewell"), ":11: the flow of intent 'lock_card' says reply case 'farewell'"),
        (("needs_verification: true", "needs_verification: false"), ":8: the flow of intent 'lock_card' looks up 'card' in the account"),
        (("do: lock_card", "check: lock_card"), "'lock_card' changes the account, so it is a 'do' step"),
    ],
)
def test_flow_names_are_checked_against_what_the_dialogue_defines(tmp_path, change, problem):
    from amexsim.dialogue.engine import Assistant

    (tmp_path / "card_lock.yaml").write_text(FLOW.replace(*change))
    with pytest.raises(IntentFileError) as caught:
        Assistant.load(tmp_path)
    assert problem in str(caught.value), str(caught.value)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("on: {locked: done}", "on: {locked: nowhere}"), ":9: the flow of intent 'lock_card' jumps to 'nowhere'"),
        (("      - id: done\n", "      - id: done\n        do: unlock_card\n"), "exactly one of"),
        (("      - collect: card\n", "      - collect: card\n        colour: red\n"), ":9: unknown key 'colour'"),
        (("      - collect: card\n", "      - include: nothing_shared\n"), ":8: intent 'lock_card' includes unknown flow 'nothing_shared'"),
    ],
)
def test_flow_structure_is_checked_on_load(tmp_path, change, problem):
    message = error_for(tmp_path, FLOW.replace(*change))
    assert problem in message, message


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


def test_lint_reports_flow_problems(tmp_path):
    from amexsim.dialogue.engine import Assistant
    from amexsim.dialogue.flow_lint import lint_flows

    flow = FLOW.replace(
        "      - collect: card\n",
        "      - say: early\n        next: end\n      - collect: card\n",
    ).replace(
        'replies: ["Locked."]',
        'replies:\n      default: ["Locked."]\n      early: ["Your {slots.card} first."]\n      spare: ["never said"]',
    )
    (tmp_path / "card_lock.yaml").write_text(flow)
    problems = [str(problem) for problem in lint_flows(Assistant.load(tmp_path))]
    assert any("uses slot 'card' before any step collects it" in p for p in problems), problems
    assert any("step 2 (collect card) of intent 'lock_card' is never reached" in p for p in problems), problems
    assert any("reply case 'spare' of intent 'lock_card' is never said" in p for p in problems), problems
    assert not lint_flows(Assistant.load())  # the shipped flows are clean


def test_lint_reports_a_number_field_before_a_plural_noun(tmp_path):
    from amexsim.dialogue.engine import Assistant
    from amexsim.dialogue.flow_lint import lint_flows

    (tmp_path / "card_lock.yaml").write_text(FLOW.replace('replies: ["Locked."]', 'replies: ["Locked; {slots.amount} attempts left."]'))
    problems = [str(problem) for problem in lint_flows(Assistant.load(tmp_path))]
    assert any("'{slots.amount} attempts' in intent 'lock_card' reads wrong for 1" in p for p in problems), problems
