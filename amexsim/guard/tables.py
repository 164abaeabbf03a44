"""Rows pasted under a header line: "last4,exp,cvv2\\n9710,09/28,068".

A spreadsheet's header names each column once; the values stand in the rows below, far from
the cue word. A header is a line of short cells split by commas, tabs, pipes or semicolons,
at least one of them a cue (cvv, ssn, password, otp...); every following row with as many
cells gives that column's value, which must fit the cue's kind as a value after the cue would.
"""

from __future__ import annotations

from .codes import digits_fit
from .cues import CUE_RULES, CueRule
from .kinds import Hit
from .passwords import PASSWORD_CUE, explicit_secret

_DELIMITERS = (",", "\t", "|", ";")
_MAX_CELL = 24  # a header's cells are names, not sentences
_MAX_ROWS = 50  # rows read under one header


def table_hits(s: str) -> list[Hit]:
    """Values in the rows under a header whose column is named by a cue."""
    if "\n" not in s:
        return []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in s.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    hits: list[Hit] = []
    i = 0
    # Each line is read once, as a header or as a row under one: linear in the text.
    while i < len(lines) - 1:
        header = lines[i][1]
        i += 1
        delimiter = next((d for d in _DELIMITERS if d in header), None)
        if delimiter is None:
            continue
        names = [cell.strip() for cell in header.split(delimiter)]
        if any(len(name) > _MAX_CELL for name in names):
            continue
        columns = {j: kind for j, name in enumerate(names) if (kind := _column_kind(name)) is not None}
        if columns:
            found, rows = _rows(lines[i : i + _MAX_ROWS], delimiter, len(names), columns)
            hits += found
            i += rows
    return hits


def _column_kind(name: str) -> tuple[str, CueRule | None] | None:
    """The kind a header cell names, and its rule (None for a password column)."""
    if not name:
        return None
    for rule in CUE_RULES:
        if rule.cue.fullmatch(name):
            return rule.kind, rule
    return ("password", None) if PASSWORD_CUE.fullmatch(name) or name in _PASSWORD_COLUMNS else None


# a column's short names for a password, which the cue (a word said in a sentence) leaves to its context
_PASSWORD_COLUMNS = frozenset({"pass", "pw", "pwd", "passwd", "pword", "pass word", "contrasena", "clave", "mot de passe"})


def _rows(rows: list[tuple[int, str]], delimiter: str, width: int, columns: dict[int, tuple[str, CueRule | None]]) -> tuple[list[Hit], int]:
    """The values in the rows as wide as the header, and how many rows were read."""
    hits: list[Hit] = []
    read = 0
    for start, row in rows:
        cells = row.split(delimiter)
        if len(cells) != width:
            break
        read += 1
        pos = start
        for j, cell in enumerate(cells):
            if j in columns:
                value = cell.strip()
                a = pos + cell.index(value) if value else pos
                kind, rule = columns[j]
                if value and _fits(value, rule):
                    hits.append(Hit(kind, a, a + len(value), f"value in a column named {rule.what if rule else 'password'}"))
            pos += len(cell) + 1
    return hits, read


def _fits(value: str, rule: CueRule | None) -> bool:
    return explicit_secret(value) if rule is None else digits_fit(value, rule)
