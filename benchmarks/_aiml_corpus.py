"""Turn amexsim intents into an AIML file of similar size, for the python-aiml peer benchmark.

The peer should do comparable work to ours, so it gets one category per keyword rule (the
first alternative of each group, joined by ``*`` wildcards, e.g. ``* LOST * CARD *``), one
category per example utterance (upper-cased, punctuation removed) and a catch-all ``*``
category, the usual fallback of an AIML bot. Regex rules have no AIML equivalent and are
left out; the example categories keep the file at least as large as our rule set.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from amexsim.understanding.intents import IntentSet, KeywordRule

_NOT_WORD = re.compile(r"[^A-Z0-9]+")
FALLBACK_REPLY = "Sorry, I did not understand that."


def aiml_words(text: str) -> list[str]:
    """Upper-case words with punctuation removed: the only thing AIML patterns may hold."""
    return _NOT_WORD.sub(" ", text.upper()).split()


def keyword_pattern(rule: KeywordRule) -> str | None:
    """``* A * B *`` from the first alternative of each group, or None if a group has no word."""
    parts = []
    for group in rule.groups:
        words = aiml_words(group[0])
        if not words:
            return None
        parts.append(" ".join(words))
    return "* " + " * ".join(parts) + " *"


def example_pattern(text: str) -> str | None:
    """An example utterance as an exact-match AIML pattern."""
    words = aiml_words(text)
    return " ".join(words) if words else None


def categories(intents: IntentSet) -> list[tuple[str, str]]:
    """(pattern, reply) pairs: keyword rules and examples of every intent, then the catch-all."""
    pairs: list[tuple[str, str]] = []
    for intent in intents:
        reply = next(iter(intent.replies.get("default", ())), intent.name)
        patterns = [keyword_pattern(rule) for rule in intent.rules if isinstance(rule, KeywordRule)]
        patterns += [example_pattern(example.text) for example in intent.examples]
        pairs.extend((pattern, reply) for pattern in patterns if pattern)
    pairs.append(("*", FALLBACK_REPLY))
    return pairs


def write_aiml(intents: IntentSet, path: Path) -> int:
    """Write the AIML file and return how many categories it holds."""
    pairs = categories(intents)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<aiml version="1.0.1">']
    for pattern, reply in pairs:
        lines.append(f"  <category><pattern>{escape(pattern)}</pattern><template>{escape(reply)}</template></category>")
    lines.append("</aiml>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(pairs)
