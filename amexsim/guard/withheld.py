"""Numbers kept out of words that are copied elsewhere: a hand-off's topic, a case's summary.

A transcript is redacted again when a later message shows that an earlier one held part of a
card ("about 5308 0673 8121 120", then "7"); a topic already copied into the agent's greeting,
the hand-off packet or a case is not. So free text copied out of the chat keeps no long number:
a run of five digits or more (separators allowed) reads "[number withheld]". Amounts and dates
stay ("$58.30", "11/03/2026").
"""

from __future__ import annotations

import re

WITHHELD = "[number withheld]"
_LONG_NUMBER = re.compile(r"(?<![0-9$€£.,/])[0-9](?:[ .-]?[0-9]){4,}+(?![0-9/]|[.,][0-9])")


def numbers_withheld(text: str) -> str:
    """``text`` with each run of five digits or more replaced by ``WITHHELD``."""
    return _LONG_NUMBER.sub(WITHHELD, text) if any(c.isdigit() for c in text) else text
