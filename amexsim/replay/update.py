"""``amexsim replay --update``: write what the assistant says now into a transcript.

Only the recorded parts change (each turn's ``assistant`` replies and ``events``); the
expectations, comments and everything else stay as written, because each value is replaced
where it stands in the text (its span) instead of dumping the whole file again. A turn that
was written with expectations only stays that way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .files import write_atomic
from .transcript import Span, Transcript, to_yaml

if TYPE_CHECKING:
    from .runner import Played


def update_transcript(transcript: Transcript, played: Sequence[Played]) -> bool:
    """Rewrite the replies and events that differ; True when the file changed."""
    text = transcript.path.read_text(encoding="utf-8")
    starts = _line_starts(text)
    edits: list[tuple[int, int, str]] = []
    for item in played:
        turn = item.turn
        if turn.replies is None:
            continue
        if tuple(item.engine.replies) != turn.replies and item.engine.replies:
            edits.append(_replace(text, starts, turn.replies_span, list(item.engine.replies), turn.indent))
        actual = [event.as_dict() for event in item.events]
        recorded = [event.as_dict() for event in turn.events or ()]
        if actual != recorded and transcript.version >= 2:  # version 1 has no events to record
            span = turn.events_span
            if span is not None and not actual and span.key_line is not None:  # no events any more: drop the key
                end = _offset(starts, span.end_line, 0) if span.end_line <= len(starts) else len(text)  # up to the next key's line
                edits.append((starts[span.key_line - 1], end, ""))
            elif span is not None:
                edits.append(_replace(text, starts, span, actual, turn.indent))
            elif turn.replies_span is not None:  # a new ``events`` key after the replies
                at = _offset(starts, turn.replies_span.end_line, turn.replies_span.end_column)
                key = " " * turn.indent + "events:" + _block(actual, turn.indent + 2, new_line=True)
                # a block scalar (|-) ends after its line break, a plain one before it: the key gets its own line
                edits.append((at, at, key + "\n" if at and text[at - 1] == "\n" else "\n" + key))
    if not edits:
        return False
    for start, end, new in sorted(edits, reverse=True):
        if end > start and text[end - 1] == "\n" and not new.endswith("\n"):
            new += "\n"  # a block scalar (|-) ends after its line break: keep the next key on its own line
        text = text[:start] + new + text[end:]
    write_atomic(transcript.path, text, keep_mode=True)
    return True


def _replace(text: str, starts: list[int], span: Span | None, items: list, indent: int) -> tuple[int, int, str]:
    assert span is not None
    start = _offset(starts, span.start_line, span.start_column)
    end = _offset(starts, span.end_line, span.end_column)
    if not items:
        return start, end, "[]"
    if span.block:  # a block list's span runs to the next key: keep the line break and indent before it
        old = text[start:end]
        return start, end, _block(items, span.start_column, new_line=False) + old[len(old.rstrip()) :]
    # a scalar or [flow, list] after the key: the new block list goes on the lines below
    return start, end, _block(items, indent + 2, new_line=True)


def _block(items: list, column: int, *, new_line: bool) -> str:
    lines = to_yaml(items).rstrip("\n").split("\n")
    pad = " " * column
    body = lines[0] + "".join("\n" + pad + line for line in lines[1:])
    return ("\n" + pad + body) if new_line else body


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            starts.append(index + 1)
    return starts


def _offset(starts: list[int], line: int, column: int) -> int:
    return starts[line - 1] + column
