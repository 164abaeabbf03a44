"""System replies (``amexsim/data/replies.yaml``) and reply-template rendering."""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..paths import package_data
from ..yamlnodes import YamlDoc

_KEYS = {
    "in_spanish",
    "welcome",
    "fallback",
    "clarify",
    "clarify_first",
    "clarify_second",
    "empty",
    "too_long",
    "unreadable",
    "verify_ask",
    "verify_ask_one",
    "verify_need_both",
    "verify_address_first",
    "verify_still_need",
    "verify_failed",
    "verify_replaced_card",
    "verify_locked",
    "third_party",
    "third_party_details",
    "third_party_verified",
    "verified",
    "primary_only",
    "not_own_card",
    "not_own_card_person",
    "guard_refusal",
    "guard_what",
    "guard_why",
    "cancelled",
    "declined",
    "cancelled_after_changes",
    "resume",
    "confirm_hint",
    "confirm_detail",
    "give_up",
    "corrected",
    "only_match",
    "undone",
    "flow_stuck",
    "prompt_sent",
    "prompt_waiting",
    "prompt_approved",
    "prompt_denied",
    "prompt_none",
    "handed_off",
    "set_aside",
    "also_asked",
    "handoff_closed",
    "handoff_full",
    "handoff_alternatives",
    "handoff_call_first",
    "handoff_already",
    "handoff_moved",
    "queue_position",
    "queue_overflowed",
    "queue_quiet",
    "agent_joined",
    "back_to_english",
    "back_to_english_ask",
    "held_off",
    "address_on_file_only",
    "address_change_first",
    "expedite",
    "their_card_arrives",
    "whose_card",
}


@dataclass(frozen=True)
class SystemReplies:
    """Every sentence the engine says on its own, loaded from YAML."""

    texts: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.texts[key]

    def say(self, key: str, **fields: object) -> str:
        text = str(self.texts[key])
        return text if is_plain(text) else text.format(**fields)  # most system replies have nothing to fill


def load_system_replies(path: str | Path | None = None) -> SystemReplies:
    location = Path(path) if path is not None else package_data("replies.yaml")
    doc = YamlDoc(location, DataFileError)
    keys = doc.mapping(doc.root, "the replies file", _KEYS, _KEYS)
    return SystemReplies({key: doc.plain(node) for key, node in keys.items()})


class _Fields(dict):
    """Template fields; a missing group or attribute renders as an empty string."""

    def __missing__(self, key: str) -> _Group:
        return _Group({})


class _Group:
    def __init__(self, values: Mapping[str, str]) -> None:
        self._values = values

    def __getattr__(self, name: str) -> str:
        return self._values.get(name, "")


def is_plain(template: str) -> bool:
    """A template with no placeholder (and no escaped brace) renders as itself."""
    return "{" not in template and "}" not in template


def render(template: str, groups: Mapping[str, Mapping[str, str]]) -> str:
    """Fill ``{group.field}`` placeholders; unknown ones were rejected when intents loaded."""
    fields = _Fields({name: _Group(values) for name, values in groups.items()})
    return template.format_map(fields)


def stable_number(*parts: object) -> int:
    """A number from 0 to 2**32-1 fixed by the parts (seed, turn, ...): replays repeat it."""
    return zlib.crc32(":".join(map(str, parts)).encode())


def pick(variants: tuple[str, ...], seed: int, turn: int, salt: str) -> str:
    """A reply variant chosen by the seed, so replays say exactly the same thing."""
    return variants[variant_index(variants, seed, turn, salt)]


def variant_index(variants: tuple[str, ...], seed: int, turn: int, salt: str) -> int:
    """Which variant :func:`pick` chooses (traces record it, for coverage)."""
    return stable_number(seed, turn, salt) % len(variants)
