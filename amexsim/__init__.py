"""amexsim: a rule-based simulator of a card issuer's customer-care chat assistant.

Not affiliated with American Express. The public API is re-exported here.
"""

from .dialogue.engine import Assistant, ConversationState, Trace, Turn
from .errors import AccountFileError, DataFileError, Error, IntentFileError, TranscriptError, UsageError
from .guard import Finding, Guard, redact, scan

__version__ = "0.1.0"

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
