"""Handlers by the name an intent gives in its ``handler`` key."""

from __future__ import annotations

from .base import Handler, HandlerRequest, HandlerResult
from .dispute import dispute
from .handoff import handoff
from .lock import lock, unlock
from .reply import reply

HANDLERS: dict[str, Handler] = {
    "reply": reply,
    "dispute": dispute,
    "handoff": handoff,
    "lock": lock,
    "unlock": unlock,
}

__all__ = ["HANDLERS", "Handler", "HandlerRequest", "HandlerResult"]
