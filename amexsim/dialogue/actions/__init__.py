"""Flow actions by name: importing this package registers every one of them."""

from . import billing, cards, credit, disputes, profile, rewards, service
from .base import ACTIONS, Action, ActionRequest, ActionResult

__all__ = ["ACTIONS", "Action", "ActionRequest", "ActionResult", "billing", "cards", "credit", "disputes", "profile", "rewards", "service"]
