"""Data files cannot stall or crash the program: bad ones stop with one line naming file and line."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest

from amexsim.errors import IntentFileError, TranscriptError
from amexsim.jsonl import MAX_LINE_BYTES, read_objects
from amexsim.understanding import intents as intents_module
from amexsim.understanding.evaluate import read_labelled
from amexsim.understanding.intents import load_intents
from amexsim.understanding.regex_safety import backtracking_risk
from tests.conftest import ROOT

INTENT = """\
domain: faq
intents:
  - name: hours
    label: check support hours
    patterns:
      - regex: '{regex}'
    examples: [what are your hours, when are you open]
    replies: ["Around the clock."]
"""


@pytest.mark.parametrize(
    "pattern",
    [r"(a+)+$", r"(a*)*b", r"(\w+\s?)*x", r"(x*){2,}", r"(.*a){3}", r"(a|ab)+c", r"(a|b?)+", r"(\w|\w\d)*"],
)
def test_regexes_that_can_backtrack_for_ever_are_named(pattern):
    assert backtracking_risk(re.compile(pattern))


@pytest.mark.parametrize(
    "pattern",
    [r"\b(lost|stolen) card\b", r"^(hi|hey)( there)?$", r"(ab|cd)+", r"(\w|\d)+", r"a+b+c+", r"(hello|help)+", r"\bpay(ment)?s? due"],
)
def test_ordinary_regexes_pass(pattern):
    assert backtracking_risk(re.compile(pattern)) is None


def test_every_shipped_regex_passes():
    regexes = [rule.regex for intent in load_intents() for rule in intent.rules if hasattr(rule, "regex")]
    assert regexes and all(backtracking_risk(regex) is None for regex in regexes)


def test_a_nested_quantifier_is_refused_when_loading_not_found_by_a_message(tmp_path):
    (tmp_path / "faq.yaml").write_text(INTENT.format(regex="(a+)+$"), encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(IntentFileError) as caught:
        load_intents(tmp_path)
    assert time.perf_counter() - start < 5  # a refusal, not 30 s of backtracking
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{tmp_path / 'faq.yaml'}:6: regex '(a+)+$'")
    assert "nested quantifiers" in message


def test_an_intents_file_too_large_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(intents_module, "MAX_FILE_BYTES", 1000)
    (tmp_path / "faq.yaml").write_text(INTENT.format(regex="hours") + "#" * 1000 + "\n", encoding="utf-8")
    with pytest.raises(IntentFileError, match=r"faq\.yaml: file is 1,\d{3} bytes; an intents file may hold at most 1,000"):
        load_intents(tmp_path)


def test_intent_files_too_large_together_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(intents_module, "MAX_TOTAL_BYTES", 300)
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(INTENT.format(regex="hours").replace("name: hours", f"name: hours_{name[0]}"), encoding="utf-8")
    with pytest.raises(IntentFileError, match=r"b\.yaml: with this file the intents hold \d+ bytes; at most 300 in all"):
        load_intents(tmp_path)


def test_deeply_nested_yaml_is_a_one_line_error(tmp_path):
    (tmp_path / "faq.yaml").write_text("[" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(IntentFileError, match="nest"):
        load_intents(tmp_path)


def test_deeply_nested_json_line_is_a_one_line_error(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 50_000 + "\n", encoding="utf-8")
    with pytest.raises(TranscriptError, match=r"deep\.jsonl:1: not valid JSON \(nested too deeply\)"):
        list(read_objects(path))


def test_a_line_too_long_to_be_a_message_is_refused(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_text('{"text": "ok", "label": "travel"}\n{"text": "' + "x" * MAX_LINE_BYTES + '", "label": "travel"}\n', encoding="utf-8")
    with pytest.raises(TranscriptError, match=rf"long\.jsonl:2: line is {MAX_LINE_BYTES + 31:,} bytes"):
        list(read_objects(path))


def test_an_empty_labelled_file_is_an_error(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(TranscriptError, match="no labelled lines"):
        read_labelled(path)


@pytest.mark.parametrize("command", ["eval", "guard-eval"])
def test_both_evals_refuse_an_empty_file_the_same_way(tmp_path, command):
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "amexsim", command, str(path)], capture_output=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"amexsim: error: {path}: no labelled lines"
