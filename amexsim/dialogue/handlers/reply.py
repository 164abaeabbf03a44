"""The default handler: the intent's replies, filled with account and slot fields."""

from __future__ import annotations

from .base import HandlerRequest, HandlerResult


def reply(request: HandlerRequest) -> HandlerResult:
    """Nothing to decide: the engine renders the default reply case."""
    return HandlerResult()
