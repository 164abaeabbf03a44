"""Which chat a command line gets: the colour terminal, plain typed lines, or piped lines."""

from __future__ import annotations

import os
import sys
from typing import Literal, TextIO

Mode = Literal["terminal", "plain", "piped"]


def chat_mode(*, plain: bool = False, stdin: TextIO | None = None, stdout: TextIO | None = None) -> Mode:
    """``piped`` when input is not a terminal; ``plain`` with ``--plain``, when output is not a
    terminal, with ``NO_COLOR`` set (https://no-color.org) or a dumb terminal; else ``terminal``."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if not _tty(stdin):
        return "piped"
    if plain or not _tty(stdout) or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return "plain"
    return "terminal"


def _tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, AttributeError):  # closed
        return False


__all__ = ["Mode", "chat_mode"]
