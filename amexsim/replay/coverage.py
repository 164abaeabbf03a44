"""What a set of transcripts and conversation files exercises: intents, reply variants, flow
steps, guard kinds and queue teams, against everything the assistant has, and what is never
reached. Exercised means reached on replay (from each turn's trace), not merely named."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..guard import LABELS

if TYPE_CHECKING:
    from ..dialogue.engine import Assistant
    from .runner import Outcome, Played

KINDS = ("intents", "reply variants", "flow steps", "guard kinds", "queue teams")


@dataclass(frozen=True)
class Exercised:
    """What replayed turns reached, as plain sets (they cross processes)."""

    intents: frozenset[str] = frozenset()
    variants: frozenset[tuple[str, str, int]] = frozenset()
    steps: frozenset[tuple[str, int]] = frozenset()
    guard: frozenset[str] = frozenset()
    teams: frozenset[str] = frozenset()

    @classmethod
    def of(cls, played: Sequence[Played]) -> Exercised:
        intents, variants, steps, guard, teams = set(), set(), set(), set(), set()
        for item in played:
            trace = item.engine.trace
            if trace.intent and trace.outcome != "clarify":
                intents.add(trace.intent)
            variants.update(trace.variants)
            steps.update(trace.ran)
            guard.update(trace.refused)
            for event in item.events:
                team = event.get("team")
                if team:
                    teams.add(team)
        return cls(frozenset(intents), frozenset(variants), frozenset(steps), frozenset(guard), frozenset(teams))

    def __or__(self, other: Exercised) -> Exercised:
        return Exercised(
            self.intents | other.intents,
            self.variants | other.variants,
            self.steps | other.steps,
            self.guard | other.guard,
            self.teams | other.teams,
        )


@dataclass(frozen=True)
class Row:
    kind: str
    exercised: int
    total: int
    missing: tuple[str, ...]

    @property
    def percent(self) -> float:
        return 100.0 * self.exercised / self.total if self.total else 100.0


@dataclass(frozen=True)
class Report:
    rows: tuple[Row, ...]
    files: int
    failed: tuple[str, ...] = field(default=())  # one line per transcript that did not replay cleanly

    def row(self, kind: str) -> Row:
        return next(row for row in self.rows if row.kind == kind)

    @property
    def intents_percent(self) -> float:
        return self.row("intents").percent

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"files": self.files, "intents_percent": round(self.intents_percent, 2)}
        for row in self.rows:
            key = row.kind.replace(" ", "_")
            data[key] = {
                "exercised": row.exercised,
                "total": row.total,
                "percent": round(row.percent, 2),
                "never_exercised": list(row.missing),
            }
        data["failed"] = list(self.failed)
        return data


def report(exercised: Exercised, assistant: Assistant, *, files: int, failed: Iterable[str] = ()) -> Report:
    """Coverage of ``assistant``'s intents, variants, steps, guard kinds and teams."""
    intents = assistant.intents
    all_intents = [intent.name for intent in intents]
    variants: dict[tuple[str, str, int], str] = {}
    for intent in intents:
        for case, texts in intent.replies.items():
            lines = intent.reply_lines.get(case, ())
            for index in range(len(texts)):
                line = lines[index] if index < len(lines) else intent.source.line
                variants[(intent.name, case, index)] = f"{intent.name} {case} #{index + 1} ({_short(intent.source.path)}:{line})"
    steps: dict[tuple[str, int], str] = {}
    for name, flow in assistant.flows.items():
        for number, step in enumerate(flow, start=1):
            steps.setdefault(
                (step.source.path, step.source.line),
                f"{name} step {number} ({step.kind} {step.arg}) at {_short(step.source.path)}:{step.source.line}",
            )
    teams = [team.name for team in assistant.routing.staffing]
    # an intent whose flow hands on at once (``flow: other``) shows the other in traces: it counts
    # as exercised when a step written only in its own flow ran
    owners: dict[tuple[str, int], set[str]] = {}
    for name, flow in assistant.flows.items():
        for step in flow:
            owners.setdefault((step.source.path, step.source.line), set()).add(name)
    reached = set(exercised.intents)
    reached.update(next(iter(names)) for source, names in owners.items() if len(names) == 1 and source in exercised.steps)
    rows = (
        _row("intents", all_intents, frozenset(reached), dict(zip(all_intents, all_intents))),
        _row("reply variants", list(variants), exercised.variants, variants),
        _row("flow steps", list(steps), exercised.steps, steps),
        _row("guard kinds", list(LABELS), exercised.guard, {kind: kind for kind in LABELS}),
        _row("queue teams", teams, exercised.teams, {team: team for team in teams}),
    )
    return Report(rows, files, tuple(failed))


def _row(kind: str, universe: list, reached: frozenset, names: dict) -> Row:
    missing = tuple(names[item] for item in universe if item not in reached)
    return Row(kind, len(universe) - len(missing), len(universe), missing)


def _short(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path


def format_report(result: Report, *, show: int = 20) -> str:
    lines = [f"{'':16} {'exercised':>9} {'total':>6} {'percent':>8}"]
    for row in result.rows:
        lines.append(f"{row.kind:16} {row.exercised:9,} {row.total:6,} {row.percent:7.1f}%")
    for row in result.rows:
        if row.missing:
            lines.append("")
            lines.append(f"never exercised, {row.kind} ({len(row.missing)}):")
            lines += [f"  {item}" for item in row.missing[:show]]
            if len(row.missing) > show:
                lines.append(f"  ... and {len(row.missing) - show} more (--json lists them all)")
    if result.failed:
        lines.append("")
        lines.append(f"{len(result.failed)} file(s) did not replay cleanly (run amexsim replay on them):")
        lines += [f"  {line}" for line in result.failed]
    lines.append("")
    lines.append(f"{result.files} file(s); intents {result.intents_percent:.1f}%")
    return "\n".join(lines)


def measure(outcomes: Sequence[Outcome], assistant: Assistant) -> Report:
    """The report for replayed outcomes, against ``assistant``'s data."""
    total = Exercised()
    for outcome in outcomes:
        total = total | outcome.exercised
    failed = [outcome.error or f"{outcome.path}: {len(outcome.failures)} turn(s) differ" for outcome in outcomes if not outcome.passed]
    return report(total, assistant, files=len(outcomes), failed=failed)
