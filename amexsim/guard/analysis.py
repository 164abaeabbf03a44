"""One message through every stage: normalise, find runs, classify, merge, and map back to the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cards import card_hits
from .codes import cue_hits, derived_hits, dumped_code_hits, ssn_hits
from .completions import first_tries, repeated_values, whole_passwords
from .corrections import corrected_hits
from .fold import normalise
from .halves import aside_card_hits, labelled_part_hits
from .homophones import CUED_HOMOPHONES, HOMOPHONES
from .iban import in_an_iban
from .kinds import LABELS, RANK, Finding, Hit
from .offsets import View
from .passwords import password_hits
from .pieces import piece_hits, piece_links, unlisted
from .presented import presented_hits
from .runs import Runs
from .spelled import DIGIT_WORDS, REPEAT_WORDS
from .tables import table_hits
from .words import alternation, by_first_letter

# Anything sensitive needs a digit (of any script), a password cue, or at least two
# number words in a row (or a homophone of one between them); messages with none of these skip every other stage.
_DIGIT_WORD = by_first_letter(sorted(DIGIT_WORDS))
_HOMOPHONE = "(?:" + "|".join(sorted(HOMOPHONES)) + ")"
_CUED_HOMOPHONE = "(?:" + "|".join(sorted(CUED_HOMOPHONES)) + r")\b"
_SEP = "[ \t,.-]{1,3}"
_TRIGGER_WORDS = re.compile(
    alternation(
        [
            "pa?s",
            "p[a-z]ssw",
            "pw",
            "p/w",
            "pin",
            "nip",
            "log",
            "sign",
            "cred(?!it)",
            "user",
            "contras",
            "clave",
            # "one hundred thirty-five": a number said as a quantity.
            "hundred",
            "thousand",
            # "oh ate for": a homophone of a digit between them, or after one and before another homophone.
            *(
                rf"{word}{_SEP}(?:(?:{_HOMOPHONE}{_SEP})?(?:{_DIGIT_WORD})|{_HOMOPHONE}{_SEP}{_HOMOPHONE}|{_CUED_HOMOPHONE})"
                for word in sorted(DIGIT_WORDS)
            ),
            # "nine won too", "for tree six": a rarer sound of a digit beside a digit word or a homophone
            *(rf"{word}{_SEP}{_CUED_HOMOPHONE}" for word in sorted(HOMOPHONES)),
            *(rf"{word}{_SEP}(?:{_DIGIT_WORD}|{_HOMOPHONE}\b)" for word in sorted(CUED_HOMOPHONES)),
            # "the cvv is for ate to": "ate" beside another homophone is a digit said, not a word
            *(rf"{word}{_SEP}ate\b" for word in ("for", "to", "too", "ate")),
            *(rf"ate{_SEP}{word}\b" for word in ("for", "to", "too")),
            # "eight double four": a repeat word before a digit word is two digits already.
            *(rf"{word}[ \t-]{{1,3}}(?:{by_first_letter(sorted(DIGIT_WORDS))})" for word in sorted(REPEAT_WORDS)),
        ]
    )
)
# One set (not two alternatives), so a search scans for its characters in C.
_DIGIT_OR_WIDE = re.compile("[0-9\x80-\U0010ffff]")


def _may_hold_secret(text: str) -> bool:
    return bool(_DIGIT_OR_WIDE.search(text) or _TRIGGER_WORDS.search(text.lower()))


@dataclass(frozen=True)
class Analysis:
    """What one message held: its normalised view, digit runs, hits there and findings in the original."""

    view: View
    runs: Runs
    hits: tuple[Hit, ...]
    findings: tuple[Finding, ...]


def analyse(text: str) -> Analysis | None:
    """All four stages, or None when the text cannot hold a sensitive value at all."""
    if not _may_hold_secret(text):
        return None
    view = normalise(text)
    s = unlisted(view.text)
    runs = Runs(s)
    links = piece_links(s, runs)
    pieces = piece_hits(s, runs, links) if max(links.next, default=-1) >= 0 else []
    pieces += aside_card_hits(s, runs, links.next) + labelled_part_hits(s, runs)
    cards = card_hits(s, runs)
    hits = cards + pieces + ssn_hits(s) + cue_hits(s, runs, links) + password_hits(s)
    hits += presented_hits(s) + table_hits(s) + derived_hits(s)
    hits = [h for h in hits if h.kind != "card_number" or not in_an_iban(s, h.start, h.end)]
    if cards:  # "3430...882|05|29|087|...": the code among a card dump's fields
        hits += dumped_code_hits(s, hits)
    if "-" in s:
        hits = [h for h in hits if not _identifier_tail(s, h)]
    hits += corrected_hits(s, hits)
    hits = whole_passwords(s, hits) + first_tries(s, runs, hits)
    hits += repeated_values(s, runs, hits)
    hits = _resolve(hits)
    starts, ends = view.originals([h.start for h in hits], [h.end for h in hits])
    findings = tuple(map(Finding, [h.kind for h in hits], starts, ends, [h.reason for h in hits]))
    return Analysis(view, runs, hits, findings)


# "code E-4471", "statement code STMT-2026-11": digits after letters and a dash are the tail of an
# identifier, not a code given on its own ("cvv-482" keeps its cue: the letters are a cue word)
_LETTERS_DASH = re.compile(r"\b([a-z]{2,8}+)-$")  # "G-448190" is how some passcodes come, so two letters at least
_CUE_PREFIXES = frozenset({"cvv", "cvc", "cid", "csc", "cvn", "cv", "code", "otp", "pin", "sec", "ssn", "pw", "pwd", "tan", "nip"})


def _identifier_tail(s: str, hit: Hit) -> bool:
    if hit.kind not in ("otp", "security_code") or hit.start < 3 or s[hit.start - 1] != "-" or not s[hit.start - 2].isalpha():
        return False
    prefix = _LETTERS_DASH.search(s, max(0, hit.start - 10), hit.start)
    return prefix is not None and prefix.group(1) not in _CUE_PREFIXES


def _resolve(hits: list[Hit]) -> tuple[Hit, ...]:
    """Order hits by position; two overlapping hits merge into one covering both.

    Merging keeps every sensitive character covered. The merged hit is named by a hit that
    strictly contains the other ("Kiki2015" after "passcode is" is a password, though its
    digits alone read as a passcode), otherwise by the stronger kind, then the longer hit.
    """
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, RANK[h.kind], h.start - h.end)):
        if kept and hit.start < kept[-1].end:
            last = kept[-1]
            winner = _namer(last, hit)
            kept[-1] = Hit(winner.kind, last.start, max(last.end, hit.end), winner.reason)
            continue
        kept.append(hit)
    return tuple(kept)


def _namer(a: Hit, b: Hit) -> Hit:
    """Which of two overlapping hits names their merged span."""
    if a.start <= b.start and b.end <= a.end and a.end - a.start > b.end - b.start:
        return a
    if b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start:
        return b
    return b if (RANK[b.kind], b.start - b.end) < (RANK[a.kind], a.start - a.end) else a


def scan(text: str) -> list[Finding]:
    """Find sensitive values in one message; spans index the original text."""
    analysis = analyse(text)
    return list(analysis.findings) if analysis else []


def apply_labels(text: str, findings: tuple[Finding, ...] | list[Finding]) -> str:
    pieces: list[str] = []
    pos = 0
    for f in findings:
        pieces.append(text[pos : f.start])
        pieces.append(LABELS[f.kind])
        pos = f.end
    pieces.append(text[pos:])
    return "".join(pieces)


def redact(text: str) -> str:
    """The message with each sensitive value replaced by a label naming its kind."""
    return apply_labels(text, scan(text))


# ---------------------------------------------------------------------------
