"""The five kinds of sensitive value, their labels, and the records of what was found.

Defined once here: the engine and guard-eval read the kinds and labels from the guard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

Kind = Literal["card_number", "security_code", "ssn", "otp", "password"]

# What replaces each kind of value in a redacted message; the keys, in this order, are the kinds.
LABELS: dict[str, str] = {
    "card_number": "[card number removed]",
    "security_code": "[security code removed]",
    "ssn": "[SSN removed]",
    "otp": "[passcode removed]",
    "password": "[password removed]",
}

KINDS: tuple[str, ...] = tuple(LABELS)
# Any label in a redacted text (what a reader of redacted text skips over).
LABEL_PATTERN = re.compile("|".join(map(re.escape, LABELS.values())))

# When two hits overlap, the one with the lower rank wins.
RANK = {"card_number": 0, "ssn": 1, "security_code": 2, "otp": 3, "password": 4}


@dataclass(frozen=True)
class Finding:
    """One sensitive value: its kind, its span in the original text and a safe reason."""

    kind: str
    start: int
    end: int
    reason: str


class Hit(NamedTuple):
    """A finding in normalised-text coordinates (a named tuple: a long message makes thousands)."""

    kind: str
    start: int
    end: int
    reason: str
