"""The case store keeps what the chat with an agent ends with: the case closed and the rating."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import NamedTuple

import pytest

from amexsim.bank.cases import Case, CaseNumberTaken, CaseStore


class Rating(NamedTuple):  # what the store needs of a rating (dialogue.state.Rating has these fields)
    case: str
    score: int
    at: datetime


NOON = datetime(2026, 11, 30, 12, 0)


def test_closing_a_case_and_rating_the_chat_are_stored_together(tmp_path):
    store = CaseStore(tmp_path / "cases.sqlite3")
    store.commit("A1", NOON, (Case("H1234567", "A1", "handoff", NOON, "Chat with the disputes team"),))
    assert store.rating("H1234567") is None
    store.commit("A1", NOON, closed=("H1234567",), ratings=(Rating("H1234567", 4, NOON),))
    again = CaseStore(tmp_path / "cases.sqlite3")  # a later chat sees both
    assert [case.status for case in again.cases("A1")] == ["closed"]
    assert again.rating("H1234567") == 4


def test_a_failed_commit_stores_no_rating(tmp_path):
    store = CaseStore(tmp_path / "cases.sqlite3")
    store.commit("A1", NOON, (Case("H1234567", "A1", "handoff", NOON, "x"),))
    with pytest.raises(CaseNumberTaken):
        store.commit("A1", NOON, (Case("H1234567", "A1", "handoff", NOON, "again"),), ratings=(Rating("H1234567", 5, NOON),))
    assert store.rating("H1234567") is None


def test_a_version_1_database_gains_the_ratings_table(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE cases (number TEXT PRIMARY KEY, account TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,"
            " opened TEXT NOT NULL, card TEXT, charge TEXT, deadlines TEXT NOT NULL, summary TEXT NOT NULL);"
            "CREATE TABLE account_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, at TEXT NOT NULL,"
            " change TEXT NOT NULL);"
            "PRAGMA user_version = 1;"
        )
    store = CaseStore(path)
    store.commit("A1", NOON, ratings=(Rating("H7654321", 2, NOON),))
    assert store.rating("H7654321") == 2


def test_an_emptied_memory_store_finds_what_is_stored_after(tmp_path):
    store = CaseStore(":memory:")
    assert store.cases("A1") == () and store.changes("A1") == ()
    store.clear()
    store.load("A1", {"cases": [{"number": "D1", "account": "A1", "kind": "dispute", "opened": "2026-11-30T12:00:00"}]})
    assert [case.number for case in store.cases("A1")] == ["D1"]
    store.clear()
    assert store.cases("A1") == ()
    store.commit("A1", NOON, (Case("D2", "A1", "dispute", NOON, "x"),))
    with pytest.raises(CaseNumberTaken):  # a number taken in the same chat is still refused
        store.commit("A1", NOON, (Case("D2", "A1", "dispute", NOON, "again"),))
    assert [case.number for case in store.cases("A1")] == ["D2"]
    store.clear()
    assert store.cases("A1") == () and store.changes("A1") == ()
