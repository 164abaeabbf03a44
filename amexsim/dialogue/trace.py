"""Why the assistant answered as it did: one record printed by ``/why``, ``ask --json``,
replay diffs and test failures alike."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import attrgetter
from types import MappingProxyType
from typing import NamedTuple

from ..guard import Finding
from .records import quick_replace


@quick_replace
class Trace(NamedTuple):
    """The guard's findings, the match, the flow's steps and the slots, for one turn.

    Built in a :class:`TraceDraft` as the turn goes; a named tuple because one is made every turn."""

    outcome: str
    redacted: str
    normalised: str = ""
    findings: tuple[Finding, ...] = ()
    intent: str | None = None
    domain: str | None = None
    score: float = 0.0
    evidence: str = ""
    runner_up: str | None = None
    runner_up_score: float = 0.0
    entities: Mapping[str, str] = MappingProxyType({})
    reply_case: str | None = None
    flow: str | None = None  # the flow that answered, and where it stopped
    steps: tuple[str, ...] = ()  # what the flow did this turn: "do lock_card -> locked", ...
    slots: Mapping[str, str] = MappingProxyType({})
    # the intents file and line of the pattern or example that decided (replay diffs point there)
    decided_file: str | None = None
    decided_line: int | None = None
    variants: tuple[tuple[str, str, int], ...] = ()  # reply variants said: (intent, reply case, index)
    ran: tuple[tuple[str, int], ...] = ()  # file and line of each flow step run this turn

    def as_dict(self) -> dict[str, object]:
        return {
            "outcome": self.outcome,
            "intent": self.intent,
            "domain": self.domain,
            "score": round(self.score, 4),
            "matched": self.evidence,
            "runner_up": self.runner_up,
            "runner_up_score": round(self.runner_up_score, 4),
            "entities": dict(self.entities),
            "guard": [{"kind": f.kind, "start": f.start, "end": f.end} for f in self.findings],
            "redacted": self.redacted,
            "reply_case": self.reply_case,
            "flow": self.flow,
            "steps": list(self.steps),
            "slots": dict(self.slots),
            "decided_by": {"file": self.decided_file, "line": self.decided_line} if self.decided_file else None,
            "variants": [list(variant) for variant in self.variants],
        }

    @property
    def refused(self) -> tuple[str, ...]:
        """The kinds of sensitive value the guard removed from this turn's message, in order."""
        return tuple(dict.fromkeys(finding.kind for finding in self.findings))

    def lines(self) -> list[str]:
        """A short human-readable explanation."""
        out = [f"outcome: {self.outcome}"]
        if self.findings:
            out.append("guard: " + ", ".join(f"{f.kind} at {f.start}-{f.end}" for f in self.findings))
        if self.intent:
            out.append(f"intent: {self.intent} ({self.domain}) score {self.score:.2f}")
        if self.evidence:
            out.append(f"matched: {self.evidence}")
        if self.runner_up:
            out.append(f"runner-up: {self.runner_up} score {self.runner_up_score:.2f}")
        if self.entities:
            out.append("entities: " + ", ".join(f"{k}={v}" for k, v in self.entities.items()))
        if self.flow:
            out.append(f"flow: {self.flow}")
        if self.steps:
            out.append("steps: " + "; ".join(self.steps))
        if self.slots:
            out.append("slots: " + ", ".join(f"{k}={v}" for k, v in self.slots.items()))
        if self.reply_case and self.reply_case != "default":
            out.append(f"reply case: {self.reply_case}")
        return out


class Deferred:
    """A trace text worked out when it is first read, not when the turn ends.

    The evidence of a match (the deciding words weighed, the rule and the example, with their
    files) costs about as much as the rest of a short turn's trace, and most turns' traces are
    never printed. It is the same text whenever it is written (the match it reads is immutable),
    so it equals, hashes, prints and pickles as that text; ``Trace.evidence`` reads it as a str."""

    __slots__ = ("_text", "_write")

    def __init__(self, write: Callable[[], str]) -> None:
        self._write: Callable[[], str] | None = write
        self._text = ""

    def __str__(self) -> str:
        if self._write is not None:
            self._text, self._write = self._write(), None
        return self._text

    def __repr__(self) -> str:
        return repr(str(self))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Deferred | str):
            return str(self) == str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def __reduce__(self) -> tuple[type[str], tuple[str]]:
        return str, (str(self),)


def _evidence(trace: Trace) -> str:
    """``Trace.evidence``: the stored text, or a :class:`Deferred` one written now."""
    value = tuple.__getitem__(trace, _EVIDENCE)
    return value if type(value) is str else str(value)


_EVIDENCE = Trace._fields.index("evidence")
Trace.evidence = property(_evidence, doc="What decided: the rule or the words weighed, and an example (file:line).")  # type: ignore[assignment,method-assign]


class TraceDraft:
    """The trace of a turn still being worked out: the same fields, set one by one as the turn
    goes (a flow step sets two or three), then frozen into one :class:`Trace` when it ends.
    A field never set reads as the class's default, which is the trace's."""

    outcome: str
    redacted: str
    normalised: str
    findings: tuple[Finding, ...]
    intent: str | None
    domain: str | None
    score: float
    evidence: str | Deferred
    runner_up: str | None
    runner_up_score: float
    entities: Mapping[str, str]
    reply_case: str | None
    flow: str | None
    steps: tuple[str, ...]
    slots: Mapping[str, str]
    decided_file: str | None
    decided_line: int | None
    variants: tuple[tuple[str, str, int], ...]
    ran: tuple[tuple[str, int], ...]

    def __init__(self, outcome: str, redacted: str, findings: tuple[Finding, ...] = ()) -> None:
        self.outcome = outcome
        self.redacted = redacted
        self.findings = findings

    def freeze(self) -> Trace:
        return _new_tuple(Trace, _values(self))


assert tuple(TraceDraft.__annotations__) == Trace._fields
for _name, _default in Trace._field_defaults.items():
    setattr(TraceDraft, _name, _default)  # the defaults, written once (Trace states them)

_values = attrgetter(*Trace._fields)
_new_tuple = tuple.__new__
