"""amexsim: a rule-based simulator of a card issuer's customer-care chat assistant.

Not affiliated with American Express. The public API is re-exported here, imported on first
use (PEP 562), so ``amexsim.cli`` can start without loading the assistant's modules before it
needs them (start-up compiles the guard's patterns from a cache: see ``amexsim.cache``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_PUBLIC = {
    "AccountFileError": ".errors",
    "Assistant": ".dialogue.engine",
    "ConversationState": ".dialogue.engine",
    "DataFileError": ".errors",
    "Error": ".errors",
    "Finding": ".guard",
    "Guard": ".guard",
    "IntentFileError": ".errors",
    "Trace": ".dialogue.engine",
    "TranscriptError": ".errors",
    "Turn": ".dialogue.engine",
    "UsageError": ".errors",
    "redact": ".guard",
    "scan": ".guard",
}

if TYPE_CHECKING:
    from .dialogue.engine import Assistant, ConversationState, Trace, Turn
    from .errors import AccountFileError, DataFileError, Error, IntentFileError, TranscriptError, UsageError
    from .guard import Finding, Guard, redact, scan


def __getattr__(name: str) -> object:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'amexsim' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AccountFileError",
    "Assistant",
    "ConversationState",
    "DataFileError",
    "Error",
    "Finding",
    "Guard",
    "IntentFileError",
    "Trace",
    "TranscriptError",
    "Turn",
    "UsageError",
    "__version__",
    "redact",
    "scan",
]
