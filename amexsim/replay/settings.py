"""Replay's own data (``amexsim/data/replay.yaml``): the named volatile parts a transcript may
ignore, and the stand-in values typed where a transcript says the guard removed something."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DataFileError
from ..guard import LABELS, scan
from ..paths import package_data
from ..yamlnodes import ANY_KEY, YamlDoc


@dataclass(frozen=True)
class ReplaySettings:
    volatile: Mapping[str, re.Pattern[str]]
    stand_ins: Mapping[str, str]


def load_replay_settings(path: str | Path | None = None) -> ReplaySettings:
    location = Path(path) if path else package_data("replay.yaml")
    doc = YamlDoc(location, DataFileError)
    keys = doc.mapping(doc.root, "the replay settings", {"volatile", "stand_ins"}, {"volatile", "stand_ins"})
    volatile = {}
    for name, node in doc.mapping(keys["volatile"], "volatile", ANY_KEY).items():
        try:
            volatile[name] = re.compile(doc.string(node, name))
        except re.error as exc:
            raise doc.fail(node, f"bad regular expression for {name!r}: {exc}") from None
    stand_ins = {}
    for kind, node in doc.mapping(keys["stand_ins"], "stand_ins", set(LABELS), set(LABELS)).items():
        value = doc.string(node, kind)
        if kind == "card_number" and [f.kind for f in scan(value)] != ["card_number"]:
            raise doc.fail(node, f"the stand-in card number {value!r} is not one the guard refuses")
        stand_ins[kind] = value
    return ReplaySettings(volatile, stand_ins)


@cache
def replay_settings() -> ReplaySettings:
    """The shipped settings, read when first needed (reading a transcript or typing a stand-in),
    not when a chat that only writes transcripts starts."""
    return load_replay_settings()
