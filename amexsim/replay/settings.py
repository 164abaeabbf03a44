"""Replay's own data (``amexsim/data/replay.yaml``): the named volatile parts a transcript may
ignore, and the stand-in values typed where a transcript says the guard removed something."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from ..errors import DataFileError
from ..guard import LABELS, scan
from ..paths import package_data
from ..yamlnodes import ANY_KEY, YamlDoc


@dataclass(frozen=True)
class ReplaySettings:
    volatile: Mapping[str, re.Pattern[str]]
    stand_ins: Mapping[str, str]
    # other values of a kind, tried in turn when the first is not removed whole where it stands
    # ("it was Rex#4821" after "my pin": a PIN cue takes its digits only)
    other_stand_ins: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


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
    stand_ins, others = {}, {}
    for kind, node in doc.mapping(keys["stand_ins"], "stand_ins", set(LABELS), set(LABELS)).items():
        values = [v for v, _ in doc.strings(node, kind)] if isinstance(node, yaml.SequenceNode) else [doc.string(node, kind)]
        if not values:
            raise doc.fail(node, f"no stand-in value for {kind}")
        if kind == "card_number" and any([f.kind for f in scan(value)] != ["card_number"] for value in values):
            raise doc.fail(node, f"a stand-in card number in {values!r} is not one the guard refuses")
        stand_ins[kind], others[kind] = values[0], tuple(values[1:])
    return ReplaySettings(volatile, stand_ins, others)


@cache
def replay_settings() -> ReplaySettings:
    """The shipped settings, read when first needed (reading a transcript or typing a stand-in),
    not when a chat that only writes transcripts starts."""
    return load_replay_settings()
