"""Locking and unlocking the card: the only handlers that change the card's state."""

from __future__ import annotations

from .base import HandlerRequest, HandlerResult


def lock(request: HandlerRequest) -> HandlerResult:
    if request.card_locked and "already_locked" in request.intent.replies:
        return HandlerResult(case="already_locked")
    return HandlerResult(card_locked=True)


def unlock(request: HandlerRequest) -> HandlerResult:
    if not request.card_locked and "not_locked" in request.intent.replies:
        return HandlerResult(case="not_locked")
    return HandlerResult(card_locked=False)
