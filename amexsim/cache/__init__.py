"""What start-up keeps between runs in the user's cache folder: the built assistant, the
compiled regular expressions and the code dataclasses generate (see ``assistant.py``,
``regexes.py`` and ``codegen.py``). Deleting the folder is
always safe; it is rebuilt at the next start."""

from .assistant import load_assistant, start_up

__all__ = ["load_assistant", "start_up"]
