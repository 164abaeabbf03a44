"""The pytest plugin (entry point ``pytest11: amexsim``): conversation files are test items.

Collected: files named ``conv_*.yaml`` or ``*.conversation.yaml`` anywhere pytest looks, and
every ``*.yaml`` under the folders named by the ``amexsim_conversations`` ini option (for a
folder of recorded transcripts). Other YAML is left alone. Each file is one test that replays
it like ``amexsim replay``; a failure is shown as the conversation diff with the trace, and a
malformed file as its one-line ``file:line: problem``, never as a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SUFFIXES = (".yaml", ".yml")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "amexsim_conversations",
        "folders whose *.yaml files are all amexsim conversations or transcripts (besides conv_*.yaml and *.conversation.yaml)",
        type="paths",
        default=[],
    )


def is_conversation(path: Path, folders: list[Path]) -> bool:
    """Whether pytest should collect this file as a conversation."""
    if path.suffix not in SUFFIXES:
        return False
    name = path.name
    if name.startswith("conv_") or name.endswith((".conversation.yaml", ".conversation.yml")):
        return True
    resolved = path.resolve()
    return any(resolved.is_relative_to(folder.resolve()) for folder in folders)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    folders = [Path(p) for p in parent.config.getini("amexsim_conversations")]
    if is_conversation(file_path, folders):
        return ConversationFile.from_parent(parent, path=file_path)
    return None


class ConversationFile(pytest.File):
    def collect(self):
        yield ConversationItem.from_parent(self, name=self.path.stem)


class ConversationFailed(Exception):
    """The conversation replayed, and some turns did not do what the file says."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class ConversationItem(pytest.Item):
    def runtest(self) -> None:
        from .diff import format_outcome
        from .runner import replay_file

        outcome = replay_file(self.path)
        if not outcome.passed:
            raise ConversationFailed(format_outcome(outcome))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None) -> str:
        if isinstance(excinfo.value, ConversationFailed):
            return excinfo.value.text
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f"conversation: {self.name}"
