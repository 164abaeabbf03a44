"""Shared fixtures: a small intents folder for unit tests, paths to shipped data."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
import yaml

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
    return Assistant.load(SMALL_INTENTS, ALEX)


@pytest.fixture(scope="session")
def shipped_assistant() -> Assistant:
    return Assistant.load()


def read_transcript(path: Path) -> dict:
    """A transcript as plain data, whatever its version: the header's keys and ``turns`` (version 3
    files are a header document, then a document per turn)."""
    documents = [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc is not None]
    if documents and documents[0].get("amexsim_transcript") == 3:
        return {**documents[0], "turns": documents[1:]}
    (document,) = documents
    return document
