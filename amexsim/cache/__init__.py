"""What start-up keeps between runs in the user's cache folder: the built assistant and the
compiled regular expressions (see ``assistant.py`` and ``regexes.py``). Deleting the folder is
always safe; it is rebuilt at the next start."""

from .assistant import load_assistant

__all__ = ["load_assistant"]
