"""The public home of :class:`Conversation`, for tests written in code (``amexsim.testing``)."""

from .replay.testing import Conversation

__all__ = ["Conversation"]
