"""Shared fixtures: a small intents folder for unit tests, paths to shipped data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from amexsim.dialogue.engine import Assistant

ROOT = Path(__file__).resolve().parent.parent
SMALL_INTENTS = Path(__file__).resolve().parent / "data" / "intents_small"
SHARED_BENCH = ROOT.parent / "shared" / "benchmarks" / "intents"
NOW = datetime(2026, 11, 29, 10, 0)


@pytest.fixture(scope="session")
def small_assistant() -> Assistant:
    return Assistant.load(SMALL_INTENTS)


@pytest.fixture(scope="session")
def shipped_assistant() -> Assistant:
    return Assistant.load()
