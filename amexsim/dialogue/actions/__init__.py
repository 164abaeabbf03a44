"""Flow actions by name: importing this package registers every one of them."""

from . import activity, billing, cards, credit, disputes, interest, own_card, profile, rewards, service
from .base import ACTIONS, Action, ActionRequest, ActionResult

__all__ = [
    "ACTIONS",
    "Action",
    "ActionRequest",
    "ActionResult",
    "activity",
    "billing",
    "cards",
    "credit",
    "disputes",
    "interest",
    "own_card",
    "profile",
    "rewards",
    "service",
]
