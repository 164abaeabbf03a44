"""An action the request itself rules out: "my card is lost somewhere at home, don't lock it yet",
"dont lock it, she'll pay me back".

The words that name the action ("lock it") would start the flow that takes it, and a lost card's
flow locks before it asks anything. Said after "don't", "no need to" or "not yet", they ask for
the opposite: nothing is done, and the reply says how to ask for it later.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..understanding.intents import FlowStep

# The actions a customer may hold off, the words that name each, and how a reply names it
_ACTIONS: Mapping[str, tuple[str, str]] = {
    "lock_card": ("lock|freeze|block|suspend|deactivate|shut off|turn off", "lock your card"),
    "replace_card": ("replace|send a new one|send me a new one|order a new one|send a new card|order a new card", "order a replacement"),
}
_DONT = r"(?:do not|dont|don t|no need to|not to|never|without)"  # not "no": "wait no, lock the green one" asks for a lock
_RULED_OUT = {
    action: re.compile(rf"\b{_DONT} (?:(?:please|pls|go ahead and|just|yet|actually) )?(?:{verbs})\b")
    for action, (verbs, _) in _ACTIONS.items()
}


def held_off(normalised: str, steps: tuple[FlowStep, ...]) -> str | None:
    """How a reply names the action the flow would take that the message rules out, or None."""
    for step in steps:
        if step.kind == "do" and step.arg in _RULED_OUT and _RULED_OUT[step.arg].search(normalised):
            return _ACTIONS[step.arg][1]
    return None
