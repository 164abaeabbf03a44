"""Lines shown in the chat that are not the assistant's replies: the queue's notices and the
agent's words. A :class:`~amexsim.dialogue.engine.Turn` carries them in order, after its
replies; every edge prints them (with who said them) and the transcript records them."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, NamedTuple


class ChatLine(NamedTuple):
    """One line from someone other than the assistant, at a (simulated) time."""

    at: datetime
    speaker: Literal["system", "agent"]  # system: the queue and the rating question; agent: the person who joined
    kind: str  # queue_position, queue_overflowed, agent_joined, agent, agent_closing, rating_ask, rating, ...
    text: str
    who: str = ""  # the agent's name and team ("Dana, disputes"), for agent lines

    def as_dict(self) -> dict[str, str]:
        data = {"at": self.at.isoformat(), "speaker": self.speaker, "kind": self.kind, "text": self.text}
        if self.who:
            data["who"] = self.who
        return data

    @property
    def prefix(self) -> str:
        """How plain text shows the speaker: ``Queue:``, ``Agent Dana (disputes):``."""
        return f"Agent {self.who}:" if self.speaker == "agent" else "Queue:" if self.kind.startswith("queue") else "Chat:"
