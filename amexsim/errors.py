"""One exception tree for everything amexsim raises.

Callers catch :class:`Error` for anything, or a precise family member. Errors about
data files always name the file, the line and the problem, on one line, because that is
what a person editing YAML or a transcript needs to fix it.
"""

from __future__ import annotations

from pathlib import Path


class Error(Exception):
    """Base class for every error amexsim raises on purpose."""


class DataFileError(Error):
    """A data file (YAML, JSONL, transcript) could not be used as it is."""

    def __init__(self, path: str | Path, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


class IntentFileError(DataFileError):
    """An intents YAML file is malformed or inconsistent."""


class AccountFileError(DataFileError):
    """An accounts YAML file is malformed."""


class StaffingFileError(DataFileError):
    """A staffing YAML file (teams of the simulated contact centre) is malformed or impossible."""


class TranscriptError(DataFileError):
    """A transcript or a JSONL evaluation file is malformed."""


class UsageError(Error):
    """A command was called with arguments that cannot work."""
