"""Cases and account changes, kept in SQLite so a later chat can find them.

The session commits a turn's new cases and account changes in one transaction before the
replies are shown, so a case number the customer has seen is always stored. Case numbers
are unique in the database (a primary key); a number already taken is reported with
:class:`CaseNumberTaken` and the session asks the assistant for another.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from ..errors import DataFileError
from .changes import Change

SCHEMA_VERSION = 2  # 2: the ratings table (version 1 files gain it when opened)
_COLUMNS = "number, account, kind, status, opened, card, charge, deadlines, summary"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS cases (
    number    TEXT PRIMARY KEY,
    account   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    status    TEXT NOT NULL,
    opened    TEXT NOT NULL,
    card      TEXT,
    charge    TEXT,
    deadlines TEXT NOT NULL,
    summary   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_by_account ON cases (account);
CREATE TABLE IF NOT EXISTS account_changes (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    at      TEXT NOT NULL,
    change  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_by_account ON account_changes (account);
CREATE TABLE IF NOT EXISTS ratings (
    number  TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    at      TEXT NOT NULL,
    score   INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5)
);
"""


@dataclass(frozen=True)
class Case:
    """A case opened in chat: a dispute, a replacement, a complaint, a hand-off..."""

    number: str
    account: str
    kind: str
    opened: datetime
    summary: str
    status: str = "open"
    card: str | None = None
    charge: str | None = None
    deadlines: tuple[tuple[str, date], ...] = ()

    def deadline(self, name: str) -> date | None:
        return dict(self.deadlines).get(name)


class Rated(Protocol):
    """A rating to store: the case of the chat, the score and when (``dialogue.state.Rating``)."""

    case: str
    score: int
    at: datetime


class CaseNumberTaken(Exception):
    """A case number the assistant proposed is already in the database."""


class CaseStore:
    """The cases and account changes of every account, in one SQLite file (or in memory)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self._lock = threading.Lock()
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA busy_timeout = 5000")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = FULL")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise DataFileError(self.path, None, f"database schema {version} is newer than this amexsim understands ({SCHEMA_VERSION})")
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            # an in-memory database is this object's alone: while nothing has been stored since it
            # was made or emptied, it has no cases and no changes, and asking the database is moot
            self._known_empty = self.path == ":memory:"
        except (sqlite3.Error, OSError) as exc:
            raise DataFileError(self.path, None, f"cannot open the case database ({exc})") from None

    def close(self) -> None:
        self._db.close()

    def clear(self) -> None:
        """Delete every case and change (replay reuses one in-memory store per process: emptying
        it costs far less than creating the tables again for each transcript)."""
        with self._lock:
            if self._known_empty:
                return
            self._db.execute("DELETE FROM cases")
            self._db.execute("DELETE FROM account_changes")
            self._known_empty = self.path == ":memory:"

    def cases(self, account: str) -> tuple[Case, ...]:
        with self._lock:
            if self._known_empty:
                return ()
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM cases WHERE account = ? ORDER BY opened, number",
                (account,),
            ).fetchall()
        return tuple(_case(row) for row in rows)

    def changes(self, account: str) -> tuple[Change, ...]:
        with self._lock:
            if self._known_empty:
                return ()
            rows = self._db.execute("SELECT change FROM account_changes WHERE account = ? ORDER BY id", (account,)).fetchall()
        return tuple(Change.from_json(text) for (text,) in rows)

    def rating(self, number: str) -> int | None:
        """The customer's rating (1-5) of the chat with an agent about case ``number``, if given."""
        with self._lock:
            row = self._db.execute("SELECT score FROM ratings WHERE number = ?", (number,)).fetchone()
        return None if row is None else int(row[0])

    def commit(
        self,
        account: str,
        at: datetime,
        cases: Iterable[Case] = (),
        changes: Iterable[Change] = (),
        *,
        closed: Iterable[str] = (),
        ratings: Iterable[Rated] = (),
    ) -> None:
        """Store a turn's cases, changes, closed cases and ratings together, or nothing at all."""
        cases, changes, closed, ratings = tuple(cases), tuple(changes), tuple(closed), tuple(ratings)
        if not cases and not changes and not closed and not ratings:
            return
        with self._lock:
            if cases or changes:
                self._known_empty = False
            try:
                self._db.execute("BEGIN IMMEDIATE")
                for case in cases:
                    self._db.execute(
                        f"INSERT INTO cases ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
                        (
                            case.number,
                            case.account,
                            case.kind,
                            case.status,
                            case.opened.isoformat(),
                            case.card,
                            case.charge,
                            json.dumps([[name, day.isoformat()] for name, day in case.deadlines]),
                            case.summary,
                        ),
                    )
                for change in changes:
                    self._db.execute(
                        "INSERT INTO account_changes (account, at, change) VALUES (?,?,?)", (account, at.isoformat(), change.to_json())
                    )
                for number in closed:
                    self._db.execute("UPDATE cases SET status = 'closed' WHERE number = ? AND account = ?", (number, account))
                for rated in ratings:
                    self._db.execute(
                        "INSERT OR REPLACE INTO ratings (number, account, at, score) VALUES (?,?,?,?)",
                        (rated.case, account, rated.at.isoformat(), rated.score),
                    )
                self._db.execute("COMMIT")
            except sqlite3.IntegrityError:
                self._db.execute("ROLLBACK")
                raise CaseNumberTaken(", ".join(case.number for case in cases)) from None
            except sqlite3.Error as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise DataFileError(self.path, None, f"cannot save to the case database ({exc})") from None

    def taken(self, number: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM cases WHERE number = ?", (number,)).fetchone() is not None

    def dump(self, account: str) -> dict[str, list[dict[str, object]]]:
        """This account's rows as plain data (recorded in transcripts, so a replay starts from them)."""
        return {
            "cases": [case_to_dict(case) for case in self.cases(account)],
            "changes": [json.loads(change.to_json()) for change in self.changes(account)],
        }

    def load(self, account: str, data: dict[str, list[dict[str, object]]]) -> None:
        """Put recorded rows back (the opposite of :meth:`dump`), e.g. into a fresh in-memory store."""
        cases = tuple(case_from_dict(item) for item in data.get("cases", ()))
        changes = tuple(Change.from_json(json.dumps(item)) for item in data.get("changes", ()))
        self.commit(account, datetime(1970, 1, 1), cases, changes)


def case_to_dict(case: Case) -> dict[str, object]:
    return {
        "number": case.number,
        "account": case.account,
        "kind": case.kind,
        "status": case.status,
        "opened": case.opened.isoformat(),
        "card": case.card,
        "charge": case.charge,
        "deadlines": {name: day.isoformat() for name, day in case.deadlines},
        "summary": case.summary,
    }


def case_from_dict(data: dict[str, object]) -> Case:
    deadlines = data.get("deadlines") or {}
    assert isinstance(deadlines, dict)
    return Case(
        number=str(data["number"]),
        account=str(data["account"]),
        kind=str(data["kind"]),
        opened=datetime.fromisoformat(str(data["opened"])),
        summary=str(data.get("summary", "")),
        status=str(data.get("status", "open")),
        card=None if data.get("card") is None else str(data["card"]),
        charge=None if data.get("charge") is None else str(data["charge"]),
        deadlines=tuple((str(name), date.fromisoformat(str(day))) for name, day in deadlines.items()),
    )


def _case(row: tuple) -> Case:
    number, account, kind, status, opened, card, charge, deadlines, summary = row
    return Case(
        number=number,
        account=account,
        kind=kind,
        opened=datetime.fromisoformat(opened),
        summary=summary,
        status=status,
        card=card,
        charge=charge,
        deadlines=tuple((name, date.fromisoformat(day)) for name, day in json.loads(deadlines)),
    )
