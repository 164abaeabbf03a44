"""Sensitive-data guard: find card numbers, security codes, SSNs, passcodes and passwords.

The guard sees every chat message before anything else does. It works in four stages:

1. fold the text into a normalised view (NFKC, digits of any script to ASCII, invisible
   characters dropped, spelled-out digits and O/l typos turned into digits), keeping an
   offset map back to the original text (fold, spelled, offsets);
2. find digit runs (groups joined by space, dash, dot or slash) in that view (runs);
3. classify runs by the Luhn check and by the cue words around them, and find the
   values that follow password cues (cards, luhn, codes, passwords, words);
4. map every hit back to offsets into the ORIGINAL text (analysis).

A conversation's Guard (screening) also joins a card number split over several messages.
No pattern can backtrack (every unbounded repeat is possessive), so scanning is linear in
the length of the message. The package imports nothing from amexsim on purpose: it is the
first thing to touch user text and must stay small enough to audit. This module is its
public face; the rest is private.
"""

from __future__ import annotations

from .analysis import redact, scan
from .kinds import KINDS, LABEL_PATTERN, LABELS, Finding, Kind
from .screening import EarlierFinding, Guard, Screening
from .withheld import WITHHELD, numbers_withheld

__all__ = [
    "KINDS",
    "LABELS",
    "LABEL_PATTERN",
    "WITHHELD",
    "EarlierFinding",
    "Finding",
    "Guard",
    "Kind",
    "Screening",
    "numbers_withheld",
    "redact",
    "scan",
]
