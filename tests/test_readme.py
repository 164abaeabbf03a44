"""Keep the README honest: its commands run, and its quick start exists."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import pytest

from tests.conftest import ROOT, warm_start

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
COMMANDS = [line.split("  #")[0].strip() for block in BLOCKS for line in block.splitlines() if line.startswith("amexsim ")]


def test_quick_start_is_two_make_targets():
    quick = [line.split("#")[0].strip() for line in BLOCKS[0].splitlines() if line.strip()]
    assert quick == ["make chat", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^chat: .*\n\t\$\(BIN\)/amexsim chat$", makefile, flags=re.M)
    # every test, spread over the cores (compiled modules cached even where the shell says not to)
    whole_suite = r"\t(env -u PYTHONDONTWRITEBYTECODE )?\$\(BIN\)/python -m pytest( -n auto --dist (loadfile|worksteal))?$"
    assert re.search(r"^test: .*\n(\t.*\n)*" + whole_suite, makefile, flags=re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text()


# Checked elsewhere, faster: serve in tests/test_web_api.py; cross-validation (35 s over the shared
# files) in tests/test_matcher.py on a small file, the same code path.
# The library's replay and coverage run through the same command line in tests/test_transcripts.py.
CHECKED_ELSEWHERE = ("amexsim serve", "--folds", "amexsim replay transcripts", "amexsim coverage transcripts")


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory, start_up_cache):
    """One amexsim home for the README's commands, as after a first chat: the first builds the
    assistant's part of the start-up cache, the rest start warm (a cold start is tested in
    tests/test_startup_cache.py)."""
    return warm_start(tmp_path_factory.mktemp("readme-home"), start_up_cache)


@pytest.mark.parametrize("command", [c for c in COMMANDS if not any(part in c for part in CHECKED_ELSEWHERE)])
def test_readme_command_runs(command, tmp_path, shared_home):
    args = [str(tmp_path / "chat.yaml") if arg == "chat.yaml" else arg for arg in shlex.split(command)[1:]]
    if any("../shared" in arg for arg in args) and not (ROOT.parent / "shared").exists():
        pytest.skip("shared benchmark data not beside the checkout")
    result = subprocess.run(
        [sys.executable, "-m", "amexsim", *args],
        input=b"hello\n/quit\n",
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        env={"AMEXSIM_HOME": str(shared_home), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.strip()


def test_readme_lists_every_subcommand():
    from amexsim.cli import build_parser

    subcommands = build_parser()._subparsers._group_actions[0].choices
    assert {command.split()[1] for command in COMMANDS} == set(subcommands)


SECTION = README[README.index("## Conversations, by domain") : README.index("## Account files")]
CONVERSATIONS = re.findall(r"\*\*(.+?)\*\*\n\n```text\n(.*?)```", SECTION, flags=re.S)


def test_the_readme_shows_a_conversation_per_domain():
    assert len(CONVERSATIONS) >= 10


@pytest.mark.parametrize(("title", "block"), CONVERSATIONS, ids=[title for title, _ in CONVERSATIONS])
def test_readme_conversation_replays_word_for_word(title, block):
    from amexsim.testing import Conversation
    from tests.conftest import ALEX

    convo = Conversation(account=ALEX, now="2026-11-29T10:00:00")
    turns = re.split(r"^> (.*)$", block, flags=re.M)[1:]
    for line, shown in zip(turns[::2], turns[1::2]):
        reply = convo.approve() if line == "/approve" else convo.say(line)
        assert reply == shown.strip("\n"), f"{title}: {line!r}\n{convo.explain()}"


def test_the_readme_account_example_is_the_one_the_tests_use():
    from tests.conftest import ALEX

    example = README[README.index("## Account files") :]
    example = example[example.index("```yaml\n") + 8 : example.index("```", example.index("```yaml\n") + 8)]
    assert example == ALEX.read_text().split("\n", 1)[1]
