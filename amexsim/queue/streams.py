"""Seeded random streams, one per team and purpose, so runs repeat exactly.

Each stream is seeded from the run's seed, the team's name and what it draws (arrivals,
handle times, patience, transfers): adding a team or turning on abandonment elsewhere never
shifts another team's draws, and both engines see the same numbers.
"""

from __future__ import annotations

import random
from typing import NamedTuple


class Streams(NamedTuple):
    arrivals: random.Random
    handle: random.Random
    patience: random.Random
    transfers: random.Random


def streams(seed: int, team: str) -> Streams:
    """Independent generators for one team (string seeds hash with SHA-512: stable everywhere)."""
    return Streams(*(random.Random(f"amexsim:{seed}:{team}:{purpose}") for purpose in Streams._fields))
