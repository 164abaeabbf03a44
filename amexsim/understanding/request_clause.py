"""The request at the end of a longer message: "i paid my bill already and the balance is zero, but
i'm not going to use the card for a few months. can you freeze it".

A story before the request names other domains' words, and a scorer that reads every word is
pulled toward them (probe 9: a third of its misses were such messages). The last sentence or
clause, when it reads as a request, says what the customer wants; the matcher lets it lift a
domain whose rule fired on the message (it never decides alone: see ``Matcher.match``).
"""

from __future__ import annotations

import re

# Where a story ends and a request may begin: a sentence end, "anyway", "in the meantime", or a
# comma before "can you", "please"...; read on the raw message (normalising drops punctuation).
_BREAK = re.compile(
    r"[.!?;\n]+\s+|,\s*+(?=(?:can|could|would|will|please|pls|so|but)\b)"
    r"|\s+(?:anyway|anyways|in the meantime|meanwhile|but|so)\b[,\s]+",
    re.IGNORECASE,
)
# What every break above needs (searched for first: most long messages have no break, and this
# is a fifth of splitting them): a mark then a space, or a comma; or, in ASCII text, one of the
# words as a word of its own ("so" followed by a comma has the comma). ``IGNORECASE`` folds some
# non-ASCII letters to ASCII ones ("ſo"), so other text is always split.
_MARK = re.compile(r"[.!?;\n,](?:(?<=,)|\s)")
_BREAK_WORDS = frozenset({"anyway", "anyways", "meanwhile", "but", "so"})
# A request opens with a question word, a modal, "please" or a verb of asking for something.
_REQUEST = re.compile(
    r"(?:(?:ok|okay|so|but|and|just|first|please|pls|now|in the meantime|meanwhile|anyway|anyways)\b[,\s]+)*"
    r"(?:can|could|would|will|please|pls|what|whats|what's|how|when|where|why|is|are|do|does|did"
    r"|freeze|lock|block|unlock|cancel|send|tell|let|help|report|pay|change|update|add|remove|raise|increase"
    r"|put|note|show|give|get|make|dispute|refund|switch|turn|set|stop|start|enroll|enrol|opt|sign"
    r"|i (?:just |really |only |simply )?(?:want|need|.d like|would like)|need|want)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 2
# Only messages this long have a story before a request.
_MIN_MESSAGE_WORDS = 9


def final_request(text: str) -> str | None:
    """The last clause of a message of several, when it reads as a request; None otherwise."""
    if text.count(" ") < _MIN_MESSAGE_WORDS - 1 or not _may_break(text):
        return None
    parts = [part for part in _BREAK.split(text.strip()) if part and not part.isspace()]
    if len(parts) < 2:
        return None
    last = parts[-1].strip(" ,.!?")
    if len(last.split()) < _MIN_WORDS or not reads_as_request(last):
        return None
    return last


def _may_break(text: str) -> bool:
    """False when ``_BREAK`` cannot match the text (so it need not be split)."""
    if not text.isascii() or _MARK.search(text) is not None:
        return True
    lower = text.lower()
    return "meantime" in lower or not _BREAK_WORDS.isdisjoint(lower.split())


def reads_as_request(clause: str) -> bool:
    """Whether a clause opens as a request: a question word, a modal, "please", a verb of asking."""
    return _REQUEST.match(clause) is not None
