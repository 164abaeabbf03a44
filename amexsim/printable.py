"""Text made safe to show: no control characters reach a terminal, none hide in JSON.

A message may carry escape sequences (``ESC ] 0 ; title BEL`` retitles a terminal, ``ESC [ 2 J``
clears it), C1 controls (U+009B is a one-character CSI on some terminals) or bidirectional
overrides (U+202E shows text reversed, so what is read is not what is there). The guard
removes sensitive values; this module removes what could change how the rest is displayed.
Every edge that prints (the terminal, plain and piped chat, ``ask``) passes text through
:func:`clean`; JSON output passes through :func:`dumps`, which keeps the text intact but writes
those characters as ``\\uXXXX`` escapes.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls but tab and line feed, DEL, C1 controls, bidi embeddings, overrides, isolates and
# marks, line and paragraph separators, and lone surrogates (undecodable input).
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
UNSAFE = re.compile(f"[{_UNSAFE}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# whole escape sequences go at once, so "ESC]0;title BEL" leaves nothing behind (not "]0;title")
_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*+[ -/]*+[@-~]|\][^\x07\x1b]*+(?:\x07|\x1b\\)?|[0-Z\\^-~])|\x9b[0-?]*+[ -/]*+[@-~]")
_BREAKS = re.compile("\r\n|[\r\u2028\u2029]")


def clean(text: str) -> str:
    """``text`` as it may be printed: line breaks kept (CR, CRLF and the Unicode separators become
    ``\\n``), tabs become spaces, every other control or bidi character is dropped and a lone
    surrogate becomes U+FFFD."""
    text = _BREAKS.sub("\n", _SEQUENCE.sub("", text)).replace("\t", " ")
    return UNSAFE.sub(lambda found: "\ufffd" if "\ud800" <= found.group() <= "\udfff" else "", text)


def dumps(value: Any) -> str:
    """JSON with Unicode as it is, except the characters :func:`clean` drops, which are escaped
    (``"\\u202e"``): a terminal showing the JSON shows them as text, and a parser gets them back."""
    return UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", json.dumps(value, ensure_ascii=False))


def from_argv(text: str) -> str:
    """A command-line argument as text: bytes that were not UTF-8 (kept by Python as lone
    surrogates) become U+FFFD, as in piped input."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an undecodable byte
        return _SURROGATE.sub("\ufffd", text)


__all__ = ["UNSAFE", "clean", "dumps", "from_argv"]
