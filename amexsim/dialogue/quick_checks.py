"""Cheap necessary conditions looked at before a costly regex runs on every message.

Most messages hold no second request and no sentence break: a few substring tests say so in a
fraction of what the full pattern costs. Each check may say yes when the pattern then finds
nothing, never no when it would find something; tests hold every check to the pattern it
stands before, on the data files' messages and on generated ones.
"""

from __future__ import annotations

import re

# ``understanding.two_requests._JOIN`` matches a join word ("and ", "also ", "then ", "plus ",
# any case) or a sentence break (one of ;.!? then white space); a message with neither has no split
_SENTENCE_BREAK = re.compile(r"[;.!?]\s")


def may_hold_two_requests(text: str) -> bool:
    """False when ``text`` surely has no join ``split_requests`` could cut it at. Only ASCII is
    looked at closely: beyond it, case-insensitive letters pair with more than their capitals
    ("ſ" is an "s")."""
    if not text.isascii():
        return True
    lower = text.lower()
    return "and " in lower or "also " in lower or "then " in lower or "plus " in lower or _SENTENCE_BREAK.search(text) is not None
