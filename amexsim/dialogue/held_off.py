"""An action the request itself rules out: "my card is lost somewhere at home, don't lock it yet",
"dont lock it, she'll pay me back".

The words that name the action ("lock it") would start the flow that takes it, and a lost card's
flow locks before it asks anything. Said after "don't", "no need to" or "not yet", they ask for
the opposite: nothing is done, and the reply says how to ask for it later.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from ..understanding.intents import FlowStep


class HeldOff(NamedTuple):
    """An action ruled out: how a reply names it, and how to ask for it later."""

    action: str  # "lock your card"
    later: str  # a sentence or two on asking for it later


# The actions a customer may hold off, the words that name each, and what a reply says of it
_ACTIONS: Mapping[str, tuple[str, HeldOff]] = {
    "lock_card": (
        "lock|freeze|block|suspend|deactivate|shut off|turn off",
        HeldOff(
            "lock your card",
            "If you'd like me to later, just say so: 'lock my card' takes effect at once, and you can unlock it any time."
            " Tell me too if a charge you don't recognize turns up.",
        ),
    ),
    "replace_card": (
        "replace|send a new one|send me a new one|order a new one|send a new card|order a new card",
        HeldOff("order a replacement", "If you'd like one later, just say 'send me a new card'; it goes to your address on file."),
    ),
    "unlock_card": (
        "unlock|unfreeze|unblock",
        HeldOff(
            "unlock your card now",
            "An unlock can't be set for later here: when you're ready, say 'unlock my card' and it works straight away.",
        ),
    ),
}
# "can you unlock my card after I get back from my trip?": the action asked for a later time, which
# cannot be set; nothing is done now. Only an unlock: "lock it for now, I'll unlock it later" asks a lock now.
_A_LATER_TIME = (
    r"(?:after|when|once) (?:i|we) (?:get|come|am|are|re) (?:back|home)"
    r"|tomorrow|next (?:week|month)|later|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_LATER = {action: re.compile(rf"\b(?:{_ACTIONS[action][0]})\b.{{0,40}}\b(?:{_A_LATER_TIME})\b") for action in ("unlock_card",)}
_DONT = r"(?:do not|dont|don t|no need to|not to|never|without)"  # not "no": "wait no, lock the green one" asks for a lock
_RULED_OUT = {
    action: re.compile(rf"\b{_DONT} (?:(?:please|pls|go ahead and|just|yet|actually) )?(?:{verbs})\b")
    for action, (verbs, _) in _ACTIONS.items()
}


_NAMED = {action: re.compile(rf"\b(?:{verbs})\b") for action, (verbs, _) in _ACTIONS.items()}
_DONT_BEFORE = re.compile(rf"\b{_DONT} (?:(?:please|pls|go ahead and|just|yet|actually) )?$")


def held_off(normalised: str, steps: tuple[FlowStep, ...]) -> HeldOff | None:
    """The action the flow would take that the message rules out, or None: also None when the
    message asks for another of the flow's actions ("just lock it for now, dont replace it")."""
    actions = {step.arg for step in steps if step.kind == "do" and step.arg in _RULED_OUT}
    for action in sorted(actions):
        if action in _LATER and _LATER[action].search(normalised):
            return _ACTIONS[action][1]
        if _RULED_OUT[action].search(normalised):
            if any(_asked(other, normalised) for other in actions - {action}):
                return None
            return _ACTIONS[action][1]
    return None


def _asked(action: str, normalised: str) -> bool:
    """Whether the message names the action without ruling it out."""
    return any(not _DONT_BEFORE.search(normalised, max(0, m.start() - 40), m.start()) for m in _NAMED[action].finditer(normalised))
