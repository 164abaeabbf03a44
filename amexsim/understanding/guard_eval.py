"""Measure the sensitive-data guard against a labelled JSONL corpus.

Each line is ``{"text": ..., "sensitive": true|false, "kind": ..., "note": ...}`` (kind and
note optional). A line counts as predicted sensitive when :func:`amexsim.guard.scan`
finds anything in it. Reports never print a sensitive value: misses and false alarms
are shown by line number with the guard's redaction of the text, and a missed line
(which the guard did not redact) is shown with its digits and letters masked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from amexsim.errors import TranscriptError
from amexsim.guard import KINDS, redact, scan
from amexsim.jsonl import read_objects


@dataclass(frozen=True)
class LabelledLine:
    """One corpus line: where it is, what it says and how it is labelled."""

    line: int
    text: str
    sensitive: bool
    kind: str | None


@dataclass(frozen=True)
class Outcome:
    """A line the guard got wrong, safe to print: its number and a masked text."""

    line: int
    kind: str | None
    shown: str


@dataclass(frozen=True)
class GuardReport:
    """Confusion counts, precision and recall overall and per kind, and the errors."""

    n: int
    tp: int
    fp: int
    fn: int
    tn: int
    precision: float
    recall: float
    per_kind: dict[str, dict[str, float]] = field(default_factory=dict)
    misses: tuple[Outcome, ...] = ()
    false_alarms: tuple[Outcome, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "n": self.n,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": self.precision,
            "recall": self.recall,
            "per_kind": self.per_kind,
            "misses": [o.__dict__ for o in self.misses],
            "false_alarms": [o.__dict__ for o in self.false_alarms],
        }


def load_corpus(path: str | Path) -> list[LabelledLine]:
    """Read and check every line; a bad line raises TranscriptError naming file and line."""
    lines = [_labelled(path, number, row) for number, row in read_objects(path)]
    if not lines:
        raise TranscriptError(path, None, "no labelled lines")
    return lines


def _labelled(path: str | Path, number: int, row: dict[str, Any]) -> LabelledLine:
    sensitive, kind = row.get("sensitive"), row.get("kind")
    if not isinstance(sensitive, bool):
        raise TranscriptError(path, number, "'sensitive' must be true or false")
    if kind is not None and kind not in KINDS:
        raise TranscriptError(path, number, f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    return LabelledLine(number, row["text"], sensitive, kind)


_SECRET_CHARS = re.compile(r"[^\W_]")


def _mask(text: str) -> str:
    """Hide every letter and digit of a line the guard could not redact."""
    return _SECRET_CHARS.sub("•", text)


def evaluate(path: str | Path) -> GuardReport:
    """Run the guard over a corpus file and count what it caught and missed."""
    lines = load_corpus(path)
    tp = fp = fn = tn = 0
    misses: list[Outcome] = []
    alarms: list[Outcome] = []
    per_kind = {k: {"n": 0, "tp": 0, "fn": 0, "flagged_as": 0, "right_kind": 0} for k in KINDS}
    for item in lines:
        findings = scan(item.text)
        predicted = bool(findings)
        for kind in {f.kind for f in findings}:
            per_kind[kind]["flagged_as"] += 1
            per_kind[kind]["right_kind"] += int(item.kind == kind)
        if item.kind is not None:
            per_kind[item.kind]["n"] += 1
            per_kind[item.kind]["tp" if predicted else "fn"] += int(item.sensitive)
        if item.sensitive and predicted:
            tp += 1
        elif item.sensitive:
            fn += 1
            misses.append(Outcome(item.line, item.kind, _mask(item.text)))
        elif predicted:
            fp += 1
            alarms.append(Outcome(item.line, None, redact(item.text)))
        else:
            tn += 1
    return GuardReport(
        n=len(lines),
        tp=tp,
        fp=fp,
        fn=fn,
        tn=tn,
        precision=_ratio(tp, tp + fp),
        recall=_ratio(tp, tp + fn),
        per_kind={k: _kind_figures(v) for k, v in per_kind.items() if v["n"] or v["flagged_as"]},
        misses=tuple(misses),
        false_alarms=tuple(alarms),
    )


def _kind_figures(counts: dict[str, int]) -> dict[str, float]:
    """Recall of lines labelled with the kind; precision of lines flagged as the kind."""
    return {
        "n": counts["n"],
        "tp": counts["tp"],
        "fn": counts["fn"],
        "recall": _ratio(counts["tp"], counts["tp"] + counts["fn"]),
        "flagged_as": counts["flagged_as"],
        "precision": _ratio(counts["right_kind"], counts["flagged_as"]),
    }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def format_report(report: GuardReport) -> str:
    """A human-readable summary: totals, a per-kind table, then every error by line."""
    out = [
        f"lines: {report.n}  sensitive: {report.tp + report.fn}  benign: {report.fp + report.tn}",
        f"precision: {report.precision:.3f}  recall: {report.recall:.3f}  (tp {report.tp}, fp {report.fp}, fn {report.fn}, tn {report.tn})",
        "",
        f"{'kind':<14} {'lines':>5} {'caught':>6} {'recall':>7} {'flagged':>7} {'kind-precision':>14}",
    ]
    for kind, fig in report.per_kind.items():
        out.append(f"{kind:<14} {fig['n']:>5} {fig['tp']:>6} {fig['recall']:>7.3f} {fig['flagged_as']:>7} {fig['precision']:>14.3f}")
    for title, outcomes in (("missed (masked)", report.misses), ("false alarms (redacted)", report.false_alarms)):
        if outcomes:
            out += ["", f"{title}:"]
            out += [f"  line {o.line}{f' [{o.kind}]' if o.kind else ''}: {o.shown}" for o in outcomes]
    return "\n".join(out)
