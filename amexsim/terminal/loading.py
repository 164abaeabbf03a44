"""The chat session made in the background while the first prompt is already on the screen.

Loading the assistant (its modules, the kept assistant from the cache, the account) takes about as
long as importing prompt_toolkit and rich. A person needs longer than that to read the welcome
and type a first line, so the colour chat shows the welcome and the prompt first (the welcome
is kept beside the cached assistant: :func:`amexsim.cache.assistant.first_screen`) and loads
meanwhile; a line typed before the load is done waits for it. Plain and piped chat load first:
they have nothing slow to show, and two threads of Python work take no less time than one. A
load that fails (a bad data file, an unknown ``--card``) ends the chat with its one-line error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Loading(Generic[T]):
    """``make()`` run once, in a daemon thread (:meth:`start`) or here (:meth:`result`)."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._started = False
        self._finished = threading.Event()
        self._value: T | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        """Begin in the background (once)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._run, name="amexsim-loading", daemon=True).start()

    def result(self) -> T:
        """The value, waiting for the background load (or loading here if it never started); a
        failed load raises its error."""
        with self._lock:
            here = not self._started
            self._started = True
        if here:
            self._run()
        self._finished.wait()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]

    def settle(self) -> T | None:
        """Once started, wait for the end (well or not); the value, or None. Never raises: for
        leaving, when a half-made session must not be left behind (its transcript file reserved)."""
        with self._lock:
            started = self._started
        if started:
            self._finished.wait()
        return self.value

    @property
    def ready(self) -> bool:
        """Done, well or not (:meth:`result` will not wait)."""
        return self._finished.is_set()

    @property
    def value(self) -> T | None:
        """The value once loaded well, else None (never waits)."""
        return self._value if self._finished.is_set() and self._error is None else None

    @property
    def failed(self) -> bool:
        return self._finished.is_set() and self._error is not None

    def _run(self) -> None:
        try:
            self._value = self._make()
        except BaseException as exc:  # handed to whoever asks for the result
            self._error = exc
        finally:
            self._finished.set()


__all__ = ["Loading"]
