"""Leaving on SIGHUP (the terminal window was closed) and SIGTERM as on Ctrl-D.

Each turn is written to the transcript before its reply is shown, so leaving needs no save;
what must not happen is leaving in the middle of a turn (its case stored, its transcript
entry half written). :func:`turn_guard` holds the two signals back while a turn runs; they
arrive when it is done, and the handler installed by :func:`leave_on_signals` raises
:class:`Leave`, which the chat loops treat like Ctrl-D.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType

SIGNALS = tuple(getattr(signal, name) for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name))


class Leave(Exception):
    """A signal asked the chat to end (handled like Ctrl-D)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise(signum: int, frame: object) -> None:
    raise Leave(signum)


@contextlib.contextmanager
def leave_on_signals() -> Iterator[None]:
    """While inside: SIGHUP and SIGTERM raise :class:`Leave` (the handlers before are restored)."""
    before = {signum: signal.signal(signum, _raise) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def turn_guard() -> Iterator[None]:
    """Hold SIGHUP and SIGTERM back while a turn is stored and written; they are delivered after."""
    if not SIGNALS or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)


class HeldInterrupt:
    """Ctrl-C while a turn is stored and shown is noted, not raised, and acted on by
    :meth:`release` where the caller handles one (the typed chat's prompt). Raised in the
    middle, it would leave a turn half done (its case stored, its transcript not yet written) or
    its reply half shown. Inert outside the main thread, where handlers cannot be set."""

    def __init__(self) -> None:
        self.pending = False
        self._before: object = None

    def __enter__(self) -> HeldInterrupt:
        if threading.current_thread() is threading.main_thread():
            self._before = signal.signal(signal.SIGINT, self._note)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._before is not None:
            signal.signal(signal.SIGINT, self._before)  # type: ignore[arg-type]
            self._before = None

    def _note(self, signum: int, frame: FrameType | None) -> None:
        self.pending = True

    def release(self) -> None:
        """Raise the Ctrl-C held back, if one came."""
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt


def hung_up(exc: OSError) -> bool:
    """The terminal went away under the chat (EIO on a closed pseudo-terminal, and the like)."""
    return exc.errno in (errno.EIO, errno.ENXIO, errno.EBADF, errno.ENOTTY, errno.EPIPE)


def detach() -> None:
    """The terminal is gone: ignore a SIGHUP still on its way, and point standard output and error
    at /dev/null, so the last words (and Python's last flush) cannot fail on it."""
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        for fd in (1, 2):
            os.dup2(null, fd)
        os.close(null)


__all__ = ["SIGNALS", "HeldInterrupt", "Leave", "detach", "hung_up", "leave_on_signals", "turn_guard"]
