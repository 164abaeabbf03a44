"""Replaying transcripts: each user line goes to a fresh session with the recorded clock, seed,
account, intents, staffing and database state, and every turn is compared with what was
recorded and expected.

The assistant is loaded once per process for each (intents, account, staffing) and shared by
every transcript that uses them (``Assistant.with_seed``); each transcript gets its own
in-memory case database loaded with the recorded rows. Files are replayed in parallel
processes with ``jobs``; results are plain data, so they cross processes.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..bank.account_file import load_account
from ..bank.cases import CaseStore
from ..dialogue.engine import Assistant
from ..dialogue.engine import Turn as EngineTurn
from ..dialogue.session import Session
from ..errors import Error, TranscriptError
from ..guard import LABELS, redact
from .coverage import Exercised
from .events import Event, events_of
from .expectations import check
from .settings import replay_settings
from .transcript import Transcript, Turn, Volatile, load_transcript

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class TurnFailure:
    """One turn that did not do what the transcript says, with what a person needs to see why."""

    number: int
    line: int
    user: str
    problems: tuple[str, ...]
    expected: tuple[str, ...] | None
    actual: tuple[str, ...]
    expected_events: tuple[Event, ...] | None
    actual_events: tuple[Event, ...]
    trace: tuple[str, ...]  # Trace.lines()
    decided: str | None  # the intents file:line of the pattern or example that decided
    reply_sources: tuple[str, ...]  # file:line of each reply variant said
    replies_differ: bool = False
    events_differ: bool = False

    @property
    def only_recording(self) -> bool:
        """Only the recorded replies or events differ (``--update`` fixes it)."""
        return len(self.problems) == int(self.replies_differ) + int(self.events_differ)


@dataclass(frozen=True)
class Outcome:
    """How one transcript replayed."""

    path: str
    turns: int = 0
    failures: tuple[TurnFailure, ...] = ()
    error: str | None = None  # the one-line error of a file that could not be replayed
    exercised: Exercised = field(default_factory=Exercised)
    updated: bool = False
    note: str | None = None  # something to know that is no failure (an unfinished last turn left out)

    @property
    def status(self) -> str:
        return "error" if self.error else "failed" if self.failures else "passed"

    @property
    def passed(self) -> bool:
        return self.status == "passed"


@dataclass(frozen=True)
class Played:
    """One replayed turn: what the transcript says and what the assistant did."""

    turn: Turn
    engine: EngineTurn
    events: tuple[Event, ...]


# ----- the assistant, once per process ----------------------------------------------------------------


@lru_cache(maxsize=16)
def _loaded(intents: Path | None, account: Path | None, staffing: Path | None) -> Assistant:
    return _with_data(intents, staffing).with_account(load_account(account))


@lru_cache(maxsize=8)
def _with_data(intents: Path | None, staffing: Path | None) -> Assistant:
    """The intents, matcher and data files, loaded once per intents folder and staffing file and
    shared by every account file (each loads in about 2 ms; the rest in about 200)."""
    return Assistant.load(intents, staffing=staffing)


def assistant_for(transcript: Transcript) -> Assistant:
    """The assistant a transcript was recorded with (data loaded once per process)."""
    return _seeded(_loaded(transcript.intents, transcript.account, transcript.staffing), transcript.seed)


@lru_cache(maxsize=256)
def _seeded(assistant: Assistant, seed: int) -> Assistant:
    """The loaded assistant with a transcript's seed: one twin per seed, shared by every transcript
    recorded with it (an assistant is never changed once made, so sharing it is the same)."""
    return assistant.with_seed(seed)


# ----- one transcript -----------------------------------------------------------------------------


def play(transcript: Transcript, assistant: Assistant | None = None) -> list[Played]:
    """Run every turn of a transcript on a fresh session over an in-memory database holding the
    recorded rows."""
    assistant = assistant or assistant_for(transcript)
    store = _store(os.getpid())  # never a connection inherited through fork
    store.clear()
    account_id = assistant.account_on(transcript.now).id
    if transcript.database:
        store.load(account_id, dict(transcript.database))
    moment = [transcript.now]
    session = Session(assistant, store, lambda: moment[0], card=transcript.card)
    played = []
    for turn in transcript.turns:
        moment[0] = turn.now
        if turn.user == "/approve":
            result = session.approve()
        elif turn.user == "/deny":
            result = session.deny()
        elif turn.user == "/wait":  # simulated time passed in the queue, up to the time recorded
            result = session.wait(until=turn.now, quiet_note=True)
        else:
            result = session.send(typed(turn))
        played.append(Played(turn, result, events_of(result, assistant)))
    return played


@lru_cache(maxsize=1)
def _store(pid: int) -> CaseStore:
    """One in-memory case store per process, emptied before each transcript."""
    return CaseStore(":memory:")


def typed(turn: Turn) -> str:
    """What to send for a recorded line. Where the guard refused something at this turn, the
    transcript keeps only a label; a stand-in value of that kind is typed in its place so the
    guard refuses it again. A card-number label in a turn that refused nothing is the first
    part of a number split over messages (redacted later): the stand-in's digits are typed
    there as the part was laid out (the turn's ``layouts``; by default its first 8 digits),
    so the matcher reads that turn as it did and the next part completes a number again."""
    text = turn.user
    if "[" not in text:
        return text
    stand_ins = replay_settings().stand_ins
    if not turn.expect.refused:
        # pieces of a value redacted late (a card, an SSN read out over messages): the stand-in's
        # digits as each piece was laid out, in the order the labels stand
        layouts = iter(turn.layouts)
        kinds = {label: kind for kind, label in LABELS.items()}
        out, pos = [], 0
        for found in _ANY_LABEL.finditer(text):
            digits = "".join(c for c in stand_ins[kinds[found.group()]] if c.isdigit())
            out += [text[pos : found.start()], _laid_out(digits, next(layouts, "0000 0000"))]
            pos = found.end()
        return "".join(out) + text[pos:]
    settings = replay_settings()
    first = _with_stand_ins(text, stand_ins)
    for choice in range(max(map(len, settings.other_stand_ins.values()), default=0)):
        if redact(first) == text:
            break
        # the first values were not removed whole where they stand: the others of their kinds
        others = {kind: values[min(choice, len(values) - 1)] for kind, values in settings.other_stand_ins.items() if values}
        if redact(candidate := _with_stand_ins(text, {**stand_ins, **others})) == text:
            return candidate
    return first


def _with_stand_ins(text: str, stand_ins: Mapping[str, str]) -> str:
    for kind, label in LABELS.items():
        if label in text:
            text = text.replace(label, stand_ins[kind])
    return text


_ANY_LABEL = re.compile("|".join(re.escape(label) for label in LABELS.values()))


def _laid_out(digits: str, layout: str) -> str:
    """The digits written into a layout ("0000 0000" -> "3782 8224"), from the first on (repeated if short)."""
    supply = iter(digits * (1 + layout.count("0") // max(len(digits), 1)))
    return "".join(next(supply) if c == "0" else c for c in layout)


def compare(transcript: Transcript, played: Iterable[Played], assistant: Assistant) -> tuple[TurnFailure, ...]:
    """Every turn that differs from its recording or misses an expectation."""
    failures = []
    known = assistant.intents.by_name
    for item in played:
        turn, result = item.turn, item.engine
        trace = result.trace
        problems = []
        replies_differ = events_differ = False
        if not result.replies and not result.events:  # the queue or the agent may speak instead
            problems.append("the assistant said nothing")
        if turn.replies is not None and _masked(turn.replies, transcript.volatile) != _masked(result.replies, transcript.volatile):
            replies_differ = True
            problems.append("the replies differ from the recording")
        if turn.events is not None or (turn.replies is not None and transcript.version >= 2):  # version 1 kept no events
            recorded = turn.events or ()
            if not _same_events(recorded, item.events, transcript.volatile):
                events_differ = True
                problems.append("the events differ from the recording")
        if turn.expect.refused and trace.redacted != turn.user:
            problems.append(f"the guard no longer removes what it removed: with stand-in values typed, it kept {trace.redacted!r}")
        problems += check(turn.expect, result.replies, trace, item.events, known_intents=known)
        if problems:
            failures.append(failure(turn, problems, item, assistant, replies_differ=replies_differ, events_differ=events_differ))
    return tuple(failures)


def failure(turn: Turn, problems: list[str], item: Played, assistant: Assistant, **differ: bool) -> TurnFailure:
    """A failed turn with the trace and sources that explain it."""
    trace = item.engine.trace
    return TurnFailure(
        number=turn.number,
        line=turn.line,
        user=turn.user,
        problems=tuple(problems),
        expected=turn.replies,
        actual=item.engine.replies,
        expected_events=turn.events,
        actual_events=item.events,
        trace=tuple(trace.lines()),
        decided=f"{trace.decided_file}:{trace.decided_line}" if trace.decided_file else None,
        reply_sources=tuple(_reply_source(assistant, variant) for variant in trace.variants),
        **differ,
    )


def _masked(texts: Sequence[str], volatile: tuple[Volatile, ...]) -> tuple[str, ...]:
    if not volatile:
        return tuple(texts)
    out = []
    for text in texts:
        for item in volatile:
            text = item.pattern.sub(f"<{item.name}>", text)
        out.append(text)
    return tuple(out)


def _same_events(recorded: Sequence[Event], actual: Sequence[Event], volatile: tuple[Volatile, ...]) -> bool:
    if not volatile:  # nothing masked: an event, (kind, ((name, value), ...)), compares the same as its parts
        return tuple(recorded) == tuple(actual)
    return _masked_events(recorded, volatile) == _masked_events(actual, volatile)


def _masked_events(events: Sequence[Event], volatile: tuple[Volatile, ...]) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    return tuple((e.kind, tuple(k for k, _ in e.fields), _masked([v for _, v in e.fields], volatile)) for e in events)


def _reply_source(assistant: Assistant, variant: tuple[str, str, int]) -> str:
    name, case, index = variant
    intent = assistant.intents.by_name.get(name)
    if intent is None:
        return f"{name} {case}"
    lines = intent.reply_lines.get(case, ())
    line = lines[index] if index < len(lines) else intent.source.line
    return f"{intent.source.path}:{line} ({name} {case}{f' #{index + 1}' if len(intent.replies.get(case, ())) > 1 else ''})"


def replay_file(path: str | Path, *, update: bool = False) -> Outcome:
    """Replay one file; a file that cannot be read or replayed is an outcome with a one-line
    error, never an exception, so the others go on."""
    name = str(path)
    try:
        transcript = load_transcript(path)
        assistant = assistant_for(transcript)
        played = play(transcript, assistant)
        failures = compare(transcript, played, assistant)
        exercised = Exercised.of(played)
        note = None
        if transcript.unfinished is not None:
            note = f"{name}:{transcript.unfinished}: the last turn was never finished (the chat ended while writing it); left out"
        if update and any(f.replies_differ or f.events_differ for f in failures):
            from .update import update_transcript  # only ``--update`` rewrites files

            update_transcript(transcript, played)
            again = replay_file(path)
            return Outcome(name, again.turns, again.failures, again.error, exercised, updated=True, note=note)
        return Outcome(name, len(played), failures, None, exercised, note=note)
    except Error as exc:
        return Outcome(name, error=str(exc))
    except Exception as exc:  # a bug, not bad input: still only this file's failure
        return Outcome(name, error=f"{name}: replay crashed ({exc.__class__.__name__}: {exc})")


def transcript_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Outcome]]:
    """The transcript files named (folders: every *.yaml / *.yml inside, recursively, sorted),
    and an error outcome for each path that does not exist."""
    files: list[Path] = []
    missing: list[Outcome] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            missing.append(Outcome(str(path), error=str(TranscriptError(path, None, "no such file or folder"))))
    return files, missing


def replay_all(paths: Iterable[str | Path], *, jobs: int = 1, update: bool = False) -> list[Outcome]:
    """Replay every transcript under ``paths``, in ``jobs`` processes."""
    files, outcomes = transcript_files(paths)
    return outcomes + replay_files(files, jobs=jobs, update=update)


def replay_files(files: Sequence[str | Path], *, jobs: int = 1, update: bool = False) -> list[Outcome]:
    if jobs <= 1 or len(files) < 2:
        gc.freeze()  # the loaded assistants are long-lived: the collections a replay triggers skip them
        try:
            return [replay_file(path, update=update) for path in files]
        finally:
            gc.unfreeze()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, len(files) // (jobs * 8))
    gc.freeze()  # forked workers' collections then skip the inherited assistants (no copy-on-write of their pages)
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            return list(pool.map(_replay_one, [(str(path), update) for path in files], chunksize=chunk))
    finally:
        gc.unfreeze()


def _replay_one(job: tuple[str, bool]) -> Outcome:
    path, update = job
    return replay_file(path, update=update)
