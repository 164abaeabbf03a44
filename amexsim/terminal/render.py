"""How the colour terminal draws a chat (rich): who said what, tables, notices.

Speakers are told apart by a coloured label (``You``, ``Assistant``, ``Agent Dana
(disputes)``, ``Queue``, ``Chat``) as well as by their words, so the difference never rests on
colour alone. Every text passes :func:`~amexsim.printable.clean` and is drawn as rich
``Text`` (never parsed as markup), so nothing typed or quoted can style or move the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Group
from rich.table import Table as RichTable
from rich.text import Text

from ..dialogue.events import ChatLine
from ..dialogue.tables import Table
from ..printable import clean

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from .chat import Shown

YOU = "bold"
ASSISTANT = "bold cyan"
AGENT = "bold green"
SYSTEM = "bold yellow"
INFO = "dim"
NOTICE = "bold magenta"


def said(label: str, style: str, text: str) -> Text:
    """``Label: text``, the label styled; continuation lines are indented under the text."""
    return Text.assemble((f"{label}:", style), " ", clean(text))


def user(text: str) -> Text:
    return said("You", YOU, text)


def event(line: ChatLine) -> Text:
    style = AGENT if line.speaker == "agent" else SYSTEM
    return Text.assemble((f"{line.at:%H:%M:%S} ", INFO), (clean(line.prefix), style), " ", clean(line.text))


def table(data: Table, width: int = 80) -> RenderableType:
    """A data table with columns where it fits in ``width``; narrower, one line per row with its
    cells joined by " · " (wrapping between words, never inside them)."""
    natural = sum(max(len(row[i]) for row in (data.columns, *data.rows)) for i in range(len(data.columns)))
    if natural + 3 * (len(data.columns) - 1) + 2 > width:
        lines = [Text(clean(data.title), style="bold")]
        lines += [Text(" · ".join(clean(cell) for cell in row if cell)) for row in data.rows] or [Text(clean(data.empty))]
        return Group(*lines)
    drawn = RichTable(title=clean(data.title), box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False, expand=False)
    for index, name in enumerate(data.columns):
        right = index in data.right
        drawn.add_column(clean(name), justify="right" if right else "left", no_wrap=right, overflow="fold")
    for row in data.rows:
        drawn.add_row(*(clean(cell) for cell in row))
    if not data.rows:
        drawn.caption = clean(data.empty)
    return drawn


def shown(item: Shown, width: int = 80) -> list[RenderableType]:
    """One step's output: a command's (as a table where it is one), the replies, then the others' lines."""
    out: list[RenderableType] = []
    if item.table is not None:
        out.append(table(item.table, width))
    else:
        out.extend(Text(clean(text), style=INFO) for text in item.info)
    out.extend(said("Assistant", ASSISTANT, reply) for reply in item.replies)
    out.extend(event(line) for line in item.events)
    return out


def notice(text: str) -> Text:
    return Text(clean(text), style=NOTICE)


def draw(console: Console, renderables: list[RenderableType]) -> None:
    for renderable in renderables:
        console.print(renderable)


__all__ = ["draw", "event", "notice", "said", "shown", "table", "user"]
