"""The live centre's two-hour warm-up, memoised: the same settings give the same warmed engine.

A ``ContactCentre`` simulates two hours of every team's traffic before the customer arrives
(about 5 ms). That story depends only on the staffing, the seed, the clock and the start, so
when the same settings come back (a transcript library replayed many times, a test suite) the
warmed engine is copied (``Engine.clone``) instead of simulated again: the copy runs on exactly
as a fresh one would. Settings are only kept once they repeat, so one-off sessions (the web
server, each with its own start) pay nothing for the copying they would never use.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

from .clock import Clock
from .simulation import Engine, RandomStates
from .staffing import Staffing

MEMO_SIZE = 128  # settings remembered (each warmed engine holds a few hundred chats)


class Snapshot:
    """A warmed engine kept aside (never run) with its random states read once: cheap copies."""

    def __init__(self, engine: Engine) -> None:
        self._states: dict[str, RandomStates] = engine.random_states()
        self._seq = engine.next_seq()
        self._engine = engine.clone(self._states, self._seq)  # private: the caller runs ``engine`` on

    def engine(self) -> Engine:
        return self._engine.clone(self._states, self._seq)


_memo: OrderedDict[Hashable, Snapshot | None] = OrderedDict()  # None: seen once, not kept yet
_lock = threading.Lock()


def warmed(staffing: Staffing, seed: int, clock: Clock, until: float) -> Engine:
    """An engine over ``staffing`` run from ``clock``'s origin to minute ``until``, notes cleared."""
    key = (staffing, seed, clock.origin, clock.zone, until)
    with _lock:
        kept = _memo.get(key, False)
        if kept is not False:
            _memo.move_to_end(key)
    if isinstance(kept, Snapshot):
        return kept.engine()
    engine = Engine(staffing, seed, clock)
    engine.run(until)
    engine.notes.clear()
    snapshot = Snapshot(engine) if kept is None else None  # the second time: keep it
    with _lock:
        _memo[key] = snapshot
        while len(_memo) > MEMO_SIZE:
            _memo.popitem(last=False)
    return engine


def forget() -> None:
    """Drop every memoised warm-up (tests)."""
    with _lock:
        _memo.clear()
