"""What a turn is expected to do, checked the same way by replay, the pytest plugin and
``Conversation.say(...).expect(...)``: the intent, domain, outcome, text it contains or
matches, slots, a hand-off, a case, what the guard refused."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import TYPE_CHECKING

import yaml

from ..guard import LABELS

if TYPE_CHECKING:
    from ..dialogue.trace import Trace
    from ..yamlnodes import YamlDoc
    from .events import Event

KEYS = ("intent", "domain", "outcome", "contains", "matches", "slots", "handoff", "case", "refused")
_KEY_SET = frozenset(KEYS)


@dataclass(frozen=True)
class Expectations:
    """Each field left at None (or empty) is not checked."""

    intent: str | None = None
    domain: str | None = None
    outcome: str | None = None
    contains: tuple[str, ...] = ()
    matches: tuple[re.Pattern[str], ...] = ()
    slots: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    handoff: str | bool | None = None  # a team, or True/False: some hand-off / none
    case: str | bool | None = None  # a case kind (dispute, replacement...), or True/False
    refused: tuple[str, ...] | None = None  # the kinds the guard removed; () means nothing

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) not in (None, (), {}) for f in fields(self)) or self.refused == ()

    def as_dict(self) -> dict[str, object]:
        """As written in a transcript (only what is set)."""
        out: dict[str, object] = {}
        for name in KEYS:
            value = getattr(self, name)
            if value is None or (value in ((), {}) and name != "refused"):
                continue
            if name == "matches":
                value = [pattern.pattern for pattern in value]
            elif name in ("contains", "refused"):
                value = value[0] if len(value) == 1 else list(value)
            elif name == "slots":
                value = dict(value)
            out[name] = value
        return out


def expectations(**given: object) -> Expectations:
    """Expectations from keyword arguments (the Python API), checked like a transcript's."""
    unknown = sorted(set(given) - set(KEYS))
    if unknown:
        raise TypeError(f"unknown expectation {unknown[0]!r} (expected one of: {', '.join(KEYS)})")
    values: dict[str, object] = {}
    for name, value in given.items():
        if value is None:
            continue
        if name in ("contains", "refused"):
            value = (value,) if isinstance(value, str) else tuple(value)  # type: ignore[arg-type]
            if name == "refused":
                _check_kinds(value)  # type: ignore[arg-type]
        elif name == "matches":
            items = (value,) if isinstance(value, (str, re.Pattern)) else tuple(value)  # type: ignore[arg-type]
            value = tuple(re.compile(item) if isinstance(item, str) else item for item in items)
        elif name == "slots":
            value = MappingProxyType({str(k): str(v) for k, v in dict(value).items()})  # type: ignore[call-overload]
        values[name] = value
    return Expectations(**values)  # type: ignore[arg-type]


def _check_kinds(kinds: tuple[str, ...]) -> None:
    for kind in kinds:
        if kind not in LABELS:
            raise ValueError(f"unknown guard kind {kind!r} (expected one of: {', '.join(LABELS)})")


def read_expectations(doc: YamlDoc, node: yaml.Node, what: str) -> Expectations:
    """A turn's ``expect:`` mapping, every problem naming its line."""
    keys = doc.mapping(node, f"the expectations of {what}", _KEY_SET)
    values: dict[str, object] = {}
    for name, value_node in keys.items():
        label = f"expect {name} in {what}"
        if name in ("intent", "domain", "outcome"):
            values[name] = doc.string(value_node, label)
        elif name == "contains":
            values[name] = _texts(doc, value_node, label)
        elif name == "matches":
            patterns = []
            for text in _texts(doc, value_node, label):
                try:
                    patterns.append(re.compile(text))
                except re.error as exc:
                    raise doc.fail(value_node, f"bad regular expression in {label}: {exc}") from None
            values[name] = tuple(patterns)
        elif name == "slots":
            slots = doc.mapping(value_node, label, _AnyName())
            values[name] = MappingProxyType({slot: doc.string(v, f"slot {slot} in {label}") for slot, v in slots.items()})
        elif name in ("handoff", "case"):
            if isinstance(value_node, yaml.ScalarNode) and value_node.tag == "tag:yaml.org,2002:bool":
                values[name] = doc.boolean(value_node, label)
            else:
                values[name] = doc.string(value_node, label)
        elif name == "refused":
            kinds = () if _empty(value_node) else _texts(doc, value_node, label)
            try:
                _check_kinds(kinds)
            except ValueError as exc:
                raise doc.fail(value_node, f"{exc} in {label}") from None
            values[name] = kinds
    return Expectations(**values)  # type: ignore[arg-type]


class _AnyName(frozenset):
    def __contains__(self, item: object) -> bool:
        return isinstance(item, str)


def _empty(node: yaml.Node) -> bool:
    return (isinstance(node, yaml.SequenceNode) and not node.value) or (
        isinstance(node, yaml.ScalarNode) and (node.tag == "tag:yaml.org,2002:null" or node.value in ("none", "nothing"))
    )


def _texts(doc: YamlDoc, node: yaml.Node, what: str) -> tuple[str, ...]:
    if isinstance(node, yaml.SequenceNode):
        items = tuple(text for text, _ in doc.strings(node, what))
        if not items:
            raise doc.fail(node, f"{what} is an empty list")
        return items
    return (doc.string(node, what),)


def check(expect: Expectations, replies: tuple[str, ...], trace: Trace, events: tuple[Event, ...], *, known_intents=None) -> list[str]:
    """The expectations this turn missed, each as one sentence (an empty list: all met)."""
    problems = []
    said = "\n".join(replies) if expect.contains or expect.matches else ""
    if expect.intent is not None:
        if known_intents is not None and expect.intent not in known_intents:
            problems.append(f"expects intent {expect.intent!r}, which no intents file defines")
        elif trace.intent != expect.intent:
            problems.append(f"intent: expected {expect.intent}, got {trace.intent or 'none'} (outcome {trace.outcome})")
    if expect.domain is not None and trace.domain != expect.domain:
        problems.append(f"domain: expected {expect.domain}, got {trace.domain or 'none'}")
    if expect.outcome is not None and trace.outcome != expect.outcome:
        problems.append(f"outcome: expected {expect.outcome}, got {trace.outcome}")
    for text in expect.contains:
        if text.lower() not in said.lower():
            problems.append(f"the replies do not contain {text!r}")
    for pattern in expect.matches:
        if not pattern.search(said):
            problems.append(f"the replies do not match /{pattern.pattern}/")
    for slot, value in expect.slots.items():
        got = trace.slots.get(slot)
        if got is None or got.lower() != value.lower():
            problems.append(f"slot {slot}: expected {value!r}, got {got!r}")
    if expect.handoff is not None:
        handoffs = [str(event.get("team")) for event in events if event.kind == "handoff"]
        problems += _events("handoff", expect.handoff, handoffs, ("a hand-off to a team", "a hand-off to {}", "team {}", "no hand-off"))
    if expect.case is not None:
        cases = [str(event.get("type")) for event in events if event.kind == "case"]
        problems += _events("case", expect.case, cases, ("a case to be opened", "a {} case", "a {} case", "none"))
    if expect.refused is not None and tuple(sorted(trace.refused)) != tuple(sorted(set(expect.refused))):
        expected = ", ".join(expect.refused) or "nothing"
        problems.append(f"refused: expected the guard to remove {expected}, it removed {', '.join(trace.refused) or 'nothing'}")
    return problems


def _events(name: str, expected: str | bool | None, found: list[str], words: tuple[str, str, str, str]) -> list[str]:
    """A ``handoff`` or ``case`` expectation: True (some), False (none) or a team / case kind."""
    some, one, named, none = words
    if expected is True and not found:
        return [f"expected {some}, there was none"]
    if expected is False and found:
        return [f"expected no {name}, got {one.format(found[0])}"]
    if isinstance(expected, str) and expected not in found:
        return [f"{name}: expected {named.format(expected)}, got {', '.join(found) or none}"]
    return []
