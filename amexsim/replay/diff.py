"""A failed turn as a person reads it: where, what was sent, what was expected and said, and
why the assistant answered so (intent, score, the intents file and line that decided, the
reply variants' lines, the trace). ``amexsim replay`` and the pytest plugin print the same."""

from __future__ import annotations

import textwrap
from pathlib import Path

from .runner import Outcome, TurnFailure

WIDTH = 100


def format_outcome(outcome: Outcome) -> str:
    """Every failure of one transcript, or its one-line error."""
    if outcome.error:
        return outcome.error
    return "\n\n".join(format_failure(outcome.path, failure) for failure in outcome.failures)


def format_failure(path: str, failure: TurnFailure) -> str:
    out = [f"{short(path)}:{failure.line}: turn {failure.number} differs", f"  user:     {failure.user}"]
    out += [f"  problem:  {problem}" for problem in failure.problems]
    if failure.replies_differ and failure.expected is not None:
        out += _reply_diff(failure.expected, failure.actual)
    elif failure.expected is None:
        out.append("  said:")
        out += [_wrapped("    ", reply) for reply in failure.actual] or ["    (nothing)"]
    if failure.events_differ:
        out.append("  events expected: " + (_events(failure.expected_events or ()) or "none"))
        out.append("  events actual:   " + (_events(failure.actual_events) or "none"))
    out.append("  decided by: " + (short_location(failure.decided) if failure.decided else "no pattern or example (see the flow below)"))
    if failure.reply_sources:
        out.append("  replies from: " + "; ".join(short_location(source) for source in failure.reply_sources))
    out.append("  trace:")
    out += [f"    {line}" for line in failure.trace]
    return "\n".join(out)


def _reply_diff(expected: tuple[str, ...], actual: tuple[str, ...]) -> list[str]:
    out = []
    for index in range(max(len(expected), len(actual))):
        want = expected[index] if index < len(expected) else None
        got = actual[index] if index < len(actual) else None
        if want == got:
            continue
        if want is None:
            out.append(f"  reply {index + 1} is new:")
            out.append(_wrapped("    + ", got or ""))
        elif got is None:
            out.append(f"  reply {index + 1} is missing:")
            out.append(_wrapped("    - ", want))
        else:
            at = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
            around = slice(max(0, at - 20), at + 30)
            out.append(f"  reply {index + 1} differs from character {at + 1}: ...{want[around]!r} vs ...{got[around]!r}")
            out.append(_wrapped("    expected: ", want))
            out.append(_wrapped("    actual:   ", got))
    return out


def _wrapped(prefix: str, text: str) -> str:
    lines = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, WIDTH - len(prefix)) or [""]
    return "\n".join((prefix if i == 0 else " " * len(prefix)) + line for i, line in enumerate(lines))


def _events(events) -> str:
    return "; ".join(", ".join(f"{k}={v}" for k, v in event.as_dict().items()) for event in events)


def short(path: str) -> str:
    """A path relative to the current folder when it is under it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return path


def short_location(location: str) -> str:
    path, _, rest = location.partition(":")
    return short(path) + (":" + rest if rest else "")
