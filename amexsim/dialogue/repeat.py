""" "Can you repeat that slower please", "say that again", "sorry, what did you say?": the assistant's
last answer, said again word for word.

A customer who missed the answer (read too fast, was interrupted, or asked for a slower pace) needs
the same words again, not a guess at a new request: the matcher, looking for one in "repeat that",
finds none and falls back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import TurnBuilder
    from .flows import FlowRunner

_REPEAT = re.compile(
    r"^(?:(?:sorry|ok|okay|um|so|wait|hold on|huh)\s)*(?:(?:can|could|would|will) you |please )?"
    r"(?:(?:repeat|say|read)(?: that| it| this| what you said| your last (?:message|answer)| the last (?:part|message|bit|answer))?"
    r"(?: again| one more time| once more)?"
    r"|what did you (?:just )?say|come again|pardon(?: me)?|i did not (?:get|catch|understand|see|read) (?:that|it|what you said))"
    r"(?: (?:please|pls|slower|more slowly|slowly|for me|one more time|again))*$"
)


def repeat_the_last_answer(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """Say the last turn's answer again when the message asks for it; False otherwise."""
    if _REPEAT.match(turn.match.normalised) is None:
        return False
    history = turn.state.history
    users = [i for i, message in enumerate(history) if message.role == "user"]
    noted = {item.noted for item in turn.assistant.accommodations.kinds.values()}  # "I've noted ...": said once, not again
    said = [m.text for m in history[users[-2] + 1 : users[-1]] if m.role == "assistant" and m.text not in noted] if len(users) >= 2 else []
    if not said:
        return False
    turn.outcome("repeat")
    turn.trace.evidence = "asked to repeat the last answer"
    for text in said:
        turn.reply(text)
    return True
