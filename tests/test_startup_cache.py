"""The start-up cache: a kept assistant answers exactly as a fresh one, and a stale, damaged or
foreign file is rebuilt, never trusted. Speed is measured by benchmarks/startup.py, not here."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from amexsim.cache import assistant as kept
from amexsim.cache import codegen, regexes
from amexsim.dialogue.engine import Assistant
from tests.conftest import ALEX, NOW, ROOT, SMALL_INTENTS

MESSAGES = [
    "hello",
    "last 4 is 2001 zip 94105",
    "lock my gold card",
    "my card is 3782 822463",
    "10005",
    "I want to dispute the blue bottle charge",
    "talk to a person",
    "what's the weather",
]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("AMEXSIM_HOME", str(tmp_path / "home"))
    return tmp_path / "home" / "cache"


def conversation(assistant: Assistant) -> list[tuple[tuple[str, ...], str | None, str]]:
    state = assistant.start(NOW)
    said = []
    for message in MESSAGES:
        turn = assistant.respond(state, message, NOW)
        state = turn.state
        said.append((turn.replies, turn.trace.intent, turn.trace.outcome))
    return said


def test_a_kept_assistant_answers_as_a_fresh_one(cache):
    fresh = Assistant.load(SMALL_INTENTS, ALEX, seed=5)
    first = kept.load_assistant(SMALL_INTENTS, ALEX, seed=5)  # built, then kept
    assert sorted(p.suffix for p in cache.glob("assistant-*")) == [".json", ".pickle"]  # the build and its first screen
    second = kept.load_assistant(SMALL_INTENTS, ALEX, seed=5)  # read back
    assert second is not first and second.seed == 5
    assert conversation(second) == conversation(fresh) == conversation(first)
    assert kept.load_assistant(SMALL_INTENTS, ALEX, seed=6).seed == 6  # one kept build, any seed
    assert kept.first_screen(SMALL_INTENTS) == {"welcome": fresh.welcome}


def test_a_damaged_or_foreign_file_is_rebuilt_not_trusted(cache):
    kept.load_assistant(SMALL_INTENTS, ALEX)
    (path,) = cache.glob("assistant-*.pickle")
    good = path.read_bytes()
    for damaged in (
        good[: len(good) // 2],
        good[:-10] + b"x" * 10,
        b"not a cache at all",
        good.replace(b"amexsim-assistant 1", b"amexsim-assistant 9"),
    ):
        path.write_bytes(damaged)
        key = kept._key(SMALL_INTENTS, None)
        assert kept.read(path, key, None) is None
        assistant = kept.load_assistant(SMALL_INTENTS, ALEX)
        assert conversation(assistant)[1][0] == ("Thanks, Alex, you're verified.",)
        assert kept.read(path, key, object()) is not None  # written again, whole
    path.write_bytes(good)
    assert kept.read(path, "0" * 64, None) is None  # another key: never read


def test_a_changed_data_file_is_another_build(cache, tmp_path):
    intents = tmp_path / "intents"
    shutil.copytree(SMALL_INTENTS, intents)
    kept.load_assistant(intents, ALEX)
    before = kept._key(intents, None)
    lock = intents / "card_lock.yaml"
    lock.write_text(
        lock.read_text().replace("      - freeze my card please", "      - freeze my card please\n      - put my plastic on ice")
    )
    after = kept._key(intents, None)
    assert after != before
    assistant = kept.load_assistant(intents, ALEX)
    assert assistant.match("put my plastic on ice").intent.name == "lock_card"
    assert len(list(cache.glob("assistant-*.pickle"))) == 2


def test_every_module_and_shipped_data_file_is_in_the_key(tmp_path, monkeypatch):
    package = tmp_path / "amexsim"
    shutil.copytree(kept.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(kept, "PACKAGE", package)
    key = kept.build_key(SMALL_INTENTS, None)
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "stray.py").write_text("")
    assert kept.build_key(SMALL_INTENTS, None) == key  # compiled files are not the code
    for changed in (package / "data" / "replies.yaml", package / "guard" / "__init__.py"):
        changed.write_text(changed.read_text() + "\n")
        assert kept.build_key(SMALL_INTENTS, None) != key
        key = kept.build_key(SMALL_INTENTS, None)


def test_the_account_is_read_afresh_each_time(cache, tmp_path):
    account = tmp_path / "alex.yaml"
    account.write_text(ALEX.read_text())
    kept.load_assistant(SMALL_INTENTS, account)
    account.write_text(ALEX.read_text().replace("holder_name: Alex Kim", "holder_name: Sam Kim"))
    assert kept.load_assistant(SMALL_INTENTS, account).account_on(NOW).holder_name == "Sam Kim"


def test_cached_patterns_are_the_patterns_re_builds(tmp_path):
    samples = [(r"(?P<word>\w+)\s*=\s*(\d+)", 0), (r"^card(?:s)?\b", re.IGNORECASE), (rb"[\x80-\xff]+", 0), (r"a{2,5}+b", re.MULTILINE)]
    with regexes.serving(tmp_path):
        first = [re.compile(p, f) for p, f in samples]
    with regexes.serving(tmp_path) as cache:
        second = [re.compile(p, f) for p, f in samples]
        assert cache.added == 0  # all from the file
    for (pattern, flags), a, b in zip(samples, first, second):
        plain = re.compile(pattern, flags)
        assert (
            (b.pattern, b.flags, b.groups, b.groupindex)
            == (plain.pattern, plain.flags, plain.groups, plain.groupindex)
            == (a.pattern, a.flags, a.groups, a.groupindex)
        )
    text = "x = 12; Cards here; aaab"
    assert second[0].findall(text) == re.findall(samples[0][0], text) and second[3].search(text).group() == "aaab"
    (path,) = tmp_path.glob("regexes-*.pickle")
    path.write_bytes(path.read_bytes()[:-20] + b"\0" * 20)  # damaged: ignored, compiled afresh
    with regexes.serving(tmp_path) as cache:
        assert re.compile(*samples[1]).match("CARDS")
        assert cache.entries.keys() == {samples[1]} and cache.added == 1  # the damaged file was not read


def _classes() -> tuple[type, type]:
    """A frozen dataclass with defaults and a NamedTuple, defined afresh (as an import would)."""
    import dataclasses
    from typing import NamedTuple

    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 2
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    class Pair(NamedTuple):
        left: str
        right: int = 0

    return Point, Pair


def test_kept_generated_code_makes_the_classes_python_makes(tmp_path):
    import dataclasses

    with codegen.serving(tmp_path) as cache:
        first = _classes()
        compiled = cache.added
        assert compiled >= 2  # the dataclass's methods (one text each before Python 3.13, one in all after) and __new__
    with codegen.serving(tmp_path) as cache:
        second = _classes()
        assert cache.added == 0 and len(cache.entries) == compiled  # every method from the file
    assert not hasattr(dataclasses, "exec")  # nothing left behind after serving
    plain = _classes()

    def behaviour(Point: type, Pair: type) -> tuple:
        p = Point(1)
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.x = 5
        with pytest.raises(TypeError):
            Point()
        return (repr(p), p == Point(1, 2, ()), p < Point(1, 3), hash(p) == hash(Point(1)), Pair("a"), repr(Pair("b", 3)))

    assert behaviour(*first) == behaviour(*second) == behaviour(*plain)
    assert behaviour(*second)[1:5] == (True, True, True, ("a", 0))
    (path,) = tmp_path.glob("codegen-*.marshal")
    path.write_bytes(path.read_bytes()[:-20] + b"\0" * 20)  # damaged: ignored, compiled afresh
    with codegen.serving(tmp_path) as cache:
        _classes()
        assert cache.added == len(cache.entries) == compiled


def test_a_warm_start_imports_the_guard_only_inside_the_pattern_cache(tmp_path):
    """The guard compiles ~120 patterns when imported: a start that imports it before the cache is
    in place pays them all (this happened once, through an import in the wrong order)."""
    probe = (
        "import sys, amexsim.cache.regexes as r\n"
        "real = r.serving\n"
        "def spy(folder):\n"
        "    print('guard imported before the cache:', 'amexsim.guard' in sys.modules, file=sys.stderr)\n"
        "    return real(folder)\n"
        "r.serving = spy\n"
        "import amexsim.cache.assistant as a; a.serving = spy\n"
        "from amexsim.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    common = ["--intents", str(SMALL_INTENTS), "--db", ":memory:", "--now", "2026-11-29T10:00"]
    env = {"AMEXSIM_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    others = (  # the commands that import the guard without a message to answer
        ["lint", "--intents", str(SMALL_INTENTS)],
        ["guard-eval", "tests/data/guard_corpus.jsonl"],
        ["replay", "transcripts/demo-tour.yaml"],
    )
    for args, stdin in ((["ask", "hello", *common], None), (["chat", *common], b"hello\n"), *((other, None) for other in others)):
        result = subprocess.run([sys.executable, "-c", probe, *args], input=stdin, capture_output=True, cwd=ROOT, env=env, timeout=60)
        assert result.returncode == 0, result.stderr.decode()
        assert "guard imported before the cache: False" in result.stderr.decode(), (args, result.stderr.decode())


def test_the_package_and_its_command_line_load_the_assistant_only_when_asked():
    import amexsim

    assert amexsim.Assistant is Assistant and amexsim.redact("4111 1111 1111 1111") == "[card number removed]"
    with pytest.raises(AttributeError):
        amexsim.Nothing  # noqa: B018
    probe = "import sys, amexsim.cli; print(sorted(m for m in ('amexsim.dialogue.engine', 'amexsim.guard', 'yaml') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True).stdout.strip() == "[]"


def test_a_warm_chat_starts_without_what_its_first_prompt_does_not_need(cache, tmp_path):
    """Reading the kept files needs neither hashlib (OpenSSL) nor pickle.py, argparse is not left
    to import shutil, and the queue's command line and the transcript format wait until used."""
    unwanted = ("hashlib", "shutil", "pickle", "amexsim.queue.cli", "amexsim.replay.transcript")
    # the small intents: which intents are kept changes nothing of what a warm start imports
    argv = ["chat", "--plain", "--intents", str(SMALL_INTENTS), "--transcript", str(tmp_path / "chat.yaml"), "--now", "2026-11-29T10:00"]
    probe = (
        "import sys\n"
        "from amexsim.cli import _chat_session, _clock, build_parser\n"
        f"args = build_parser('chat').parse_args({argv!r})\n"
        "chat = _chat_session(args, _clock(args.now))\n"
        f"print(sorted(m for m in {unwanted!r} if m in sys.modules))\n"
        "chat.take('what is my balance')\n"
        "print(chat.close())\n"
    )
    for _ in range(2):  # built and kept, then read once: every pattern and class this command makes is kept too
        subprocess.run([sys.executable, "-c", probe], capture_output=True, cwd=ROOT, check=True)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.splitlines() == ["[]", str(tmp_path / "chat.yaml")], result.stderr
    assert "what is my balance" in (tmp_path / "chat.yaml").read_text()
