"""The chat's slash commands: their names, what each does in a few words, and how a typed line
is read as one. Every edge that takes typed lines (terminal, plain, piped, web) reads them here,
so a line starting with ``/`` is never sent to the assistant by accident."""

from __future__ import annotations

import difflib
from typing import NamedTuple

# name -> (argument, what it does); the order of /help and of tab completion
COMMANDS: dict[str, tuple[str, str]] = {
    "/help": ("", "this list"),
    "/why": ("", "why the last answer: intent, score, what matched"),
    "/state": ("", "verification, the flow waiting and its slots"),
    "/summary": ("", "a summary of this chat with its case numbers"),
    "/agent": ("", "talk to a person"),
    "/activity": ("", "recent charges and payments (once verified)"),
    "/statement": ("", "statements (once verified)"),
    "/approve": ("", "approve the security prompt on your phone"),
    "/deny": ("", "deny it"),
    "/wait": ("[MINUTES]", "let the queue move"),
    "/packet": ("", "what the agent was handed"),
    "/save": ("[FILE]", "save the conversation so far"),
    "/restart": ("", "start a new conversation"),
    "/quit": ("", "leave (Ctrl-D too); the transcript is kept"),
}
ALIASES = {"/exit": "/quit", "/bye": "/quit", "/statements": "/statement", "/transactions": "/activity", "/person": "/agent"}
UNKNOWN = "?"  # the name of a line that starts with / but names no command


class Command(NamedTuple):
    """A typed command: its name (``/why``, or :data:`UNKNOWN`) and the rest of the line."""

    name: str
    argument: str = ""
    typed: str = ""  # the first word as typed (for the hint about an unknown one)


def parse(line: str) -> Command | None:
    """The command a line holds, or None for a message (a line not starting with ``/``)."""
    text = line.strip()
    if not text.startswith("/"):
        return None
    word, _, rest = text.partition(" ")
    name = word.lower()
    name = ALIASES.get(name, name)
    return Command(name if name in COMMANDS else UNKNOWN, rest.strip(), word)


def help_lines(*, compact: bool = False) -> list[str]:
    """``/help``: one line per command (``compact``: all on one line, for the welcome)."""
    if compact:
        return ["Commands: " + " ".join(COMMANDS) + ". /help says what each does; Ctrl-D leaves."]
    width = max(len(f"{name} {arg}".strip()) for name, (arg, _) in COMMANDS.items())
    lines = [f"{f'{name} {arg}'.strip():<{width}}  {what}" for name, (arg, what) in COMMANDS.items()]
    return [*lines, "Ctrl-C clears the line (twice on an empty line leaves); Tab completes a command; Up recalls earlier lines."]


def complete(prefix: str) -> list[str]:
    """The commands a partly typed first word could become (``/s`` -> /state, /summary, ...)."""
    if not prefix.startswith("/") or " " in prefix:
        return []
    wanted = prefix.lower()
    return [name for name in COMMANDS if name.startswith(wanted)]


def guess(typed: str) -> list[str]:
    """The commands an unknown one may have meant: those it begins ("/stat" -> /state, /statement),
    else those spelt nearly the same ("/statment" -> /statement)."""
    near = complete(typed)
    if near or not typed.startswith("/") or " " in typed:
        return near
    return sorted(difflib.get_close_matches(typed.lower(), COMMANDS, n=2, cutoff=0.75))


__all__ = ["ALIASES", "COMMANDS", "UNKNOWN", "Command", "complete", "guess", "help_lines", "parse"]
