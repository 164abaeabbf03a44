"""Where amexsim keeps a user's files: ``$AMEXSIM_HOME``, else the XDG data and cache folders."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """Cases, transcripts and chat history: ``$AMEXSIM_HOME`` or ``$XDG_DATA_HOME/amexsim``."""
    home = os.environ.get("AMEXSIM_HOME")
    if home:
        return Path(home)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "amexsim"


def cache_dir() -> Path:
    """Rebuildable files (the matcher's index): ``$AMEXSIM_HOME/cache`` or ``$XDG_CACHE_HOME/amexsim``."""
    home = os.environ.get("AMEXSIM_HOME")
    if home:
        return Path(home) / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "amexsim"


def default_db_path() -> Path:
    return data_dir() / "cases.sqlite3"
