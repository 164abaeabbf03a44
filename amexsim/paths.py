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


PACKAGE = Path(__file__).parent  # the installed package (a folder: amexsim is never imported from a zip)


def package_data(name: str) -> Path:
    """A data file shipped in the package, ``amexsim/data/NAME`` (without importlib.resources, whose
    import alone costs start-up about 8 ms)."""
    return PACKAGE / "data" / name


def shipped_intents_dir() -> Path:
    """The shipped intents: inside the installed package (``amexsim/_intents``), or ``intents/``
    beside the package in a checkout."""
    packaged = PACKAGE / "_intents"
    return packaged if packaged.is_dir() else PACKAGE.resolve().parent / "intents"
