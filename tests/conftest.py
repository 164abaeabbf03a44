"""Shared fixtures: a small intents folder for unit tests, paths to shipped data."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml

if TYPE_CHECKING:  # imported by the fixtures that use it: xdist's controller loads this file and runs no test
    from amexsim.dialogue.engine import Assistant

ROOT = Path(__file__).resolve().parent.parent
SMALL_INTENTS = Path(__file__).resolve().parent / "data" / "intents_small"
ALEX = Path(__file__).resolve().parent / "data" / "accounts" / "alex.yaml"  # the example account, absolute dates
SHARED_BENCH = ROOT.parent / "shared" / "benchmarks" / "intents"
NOW = datetime(2026, 11, 29, 10, 0)


@pytest.fixture(scope="session", autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every command a test runs keeps its files (cases, transcripts) in a temporary home."""
    home = tmp_path_factory.mktemp("amexsim-home")
    os.environ["AMEXSIM_HOME"] = str(home)
    return home


@pytest.fixture(scope="session")
def small_assistant() -> Assistant:
    from amexsim.dialogue.engine import Assistant

    return Assistant.load(SMALL_INTENTS, ALEX)


@pytest.fixture(scope="session")
def shipped_assistant() -> Assistant:
    from amexsim.dialogue.engine import Assistant

    return Assistant.load()


@pytest.fixture(scope="session")
def start_up_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache folder a first chat leaves: the start-up cache's compiled patterns and generated
    code, made once per run by a real cold start (the xdist workers share it). A subprocess test
    whose subject is not the first start copies them into its own home (:func:`warm_start`)
    rather than compile the guard's patterns again (about 1.5 s of CPU a start); cold starts are
    tested in tests/test_startup_cache.py."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # this run's folder, above each worker's own
    home = shared / "start-up-home"
    with open(shared / "start-up-home.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "start-up-home.done").exists():
            shutil.rmtree(home, ignore_errors=True)
            first = subprocess.run(
                [sys.executable, "-m", "amexsim", "chat", "--intents", str(SMALL_INTENTS), "--account", str(ALEX),
                 "--now", "2026-11-29T10:00", "--db", ":memory:", "--no-transcript"],
                input=b"hello\n", capture_output=True, cwd=ROOT, env={**os.environ, "AMEXSIM_HOME": str(home)}, timeout=120,
            )  # fmt: skip
            assert first.returncode == 0, first.stderr.decode()
            (shared / "start-up-home.done").touch()
    return home / "cache"


def warm_start(home: Path, kept: Path) -> Path:
    """``home`` as a first chat leaves it: the kept patterns and generated code in its cache folder
    (0700, files 0600, as amexsim makes them). The assistant itself is still built on the next
    start, so what a chat shows before its assistant is loaded is as on a first start."""
    folder = home / "cache"
    for each in (home, folder):
        each.mkdir(mode=0o700, exist_ok=True)
    for source in [*kept.glob("regexes-*.pickle"), *kept.glob("codegen-*.marshal")]:
        shutil.copyfile(source, folder / source.name)
        os.chmod(folder / source.name, 0o600)
    return home


def read_transcript(path: Path) -> dict:
    """A transcript as plain data, whatever its version: the header's keys and ``turns`` (version 3
    files are a header document, then a document per turn)."""
    documents = [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc is not None]
    if documents and documents[0].get("amexsim_transcript") == 3:
        return {**documents[0], "turns": documents[1:]}
    (document,) = documents
    return document


# Tests that start processes, terminals, servers or a model fit take seconds where the rest take
# milliseconds: run first, and dealt out to the workers in turn (xdist's worksteal gives each worker
# a contiguous share), so none is left to run alone at the end of the suite.
_SLOW_MODULES = (
    "test_domain_model", "test_chat_e2e", "test_terminal_e2e", "test_startup_cache", "test_transcripts", "test_readme",
    "test_web_browser", "test_web_api", "test_cli", "test_chat_edge", "test_live_chat", "test_matcher", "test_guard_linear",
)  # fmt: skip


def pytest_collection_modifyitems(items: list) -> None:
    slow = [item for item in items if item.nodeid.split("::", 1)[0].rsplit("/", 1)[-1].removesuffix(".py") in _SLOW_MODULES]
    if not slow:
        return
    chosen = set(map(id, slow))
    rest = [item for item in items if id(item) not in chosen]
    half = len(items) // 2
    # each half opens with every other slow test, then the quick ones
    first, second = slow[0::2], slow[1::2]
    quick_first = rest[: max(0, half - len(first))]
    items[:] = first + quick_first + second + rest[len(quick_first) :]
