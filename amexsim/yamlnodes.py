"""Read YAML while keeping line numbers, so every data error can name file and line.

PyYAML's composed node tree carries marks; these helpers walk it and turn it into plain
values, raising the caller's error class with ``file:line: problem`` on the way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import DataFileError
from .yamlloader import Loader as _LOADER  # libyaml's parser where present; scalars' tags memoised


class YamlDoc:
    """One YAML file as a node tree plus the error class to raise for its problems."""

    def __init__(self, path: Path, error: type[DataFileError], text: str | None = None) -> None:
        """``text``: the file's content when the caller has already read it (not read twice)."""
        self.path = path
        self.error = error
        if text is None:
            try:
                text = read_text(path)
            except (OSError, UnicodeDecodeError) as exc:
                raise error(path, None, f"cannot read file ({exc.__class__.__name__}: {exc})") from None
        try:
            self.root: yaml.Node | None = yaml.compose(text, Loader=_LOADER)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else None
            problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
            raise error(path, line, f"invalid YAML: {problem}") from None
        except yaml.YAMLError as exc:
            raise error(path, None, f"invalid YAML: {exc}") from None
        except RecursionError:
            raise error(path, None, "invalid YAML: nested too deeply") from None

    def fail(self, node: yaml.Node | None, problem: str) -> DataFileError:
        """An error naming this file and the node's line."""
        line = node.start_mark.line + 1 if node is not None else None
        return self.error(self.path, line, problem)

    def mapping(self, node: yaml.Node | None, what: str, allowed: set[str], required: set[str] = frozenset()) -> dict[str, yaml.Node]:
        """Keys of a mapping node, checked against the allowed and required key names."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping")
        if type(allowed) in _PLAIN_SETS:  # the usual, valid mapping: checked whole, in C
            try:
                keys = {key_node.value: value_node for key_node, value_node in node.value}
            except TypeError:  # a list or mapping as a key: the loop below names it
                keys = {}
            if len(keys) == len(node.value) and keys.keys() <= allowed and required <= keys.keys():
                return keys
        keys = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                raise self.fail(key_node, f"unknown key {key!r} in {what} (expected one of: {expected})")
            if key in keys:
                raise self.fail(key_node, f"duplicate key {key!r} in {what}")
            keys[key] = value_node
        missing = sorted(required - keys.keys())
        if missing:
            raise self.fail(node, f"{what} is missing required key {missing[0]!r}")
        return keys

    def string(self, node: yaml.Node, what: str) -> str:
        """A non-empty scalar string."""
        if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            raise self.fail(node, f"{what} must be a text value")
        value = str(node.value)
        if not value.strip():
            raise self.fail(node, f"{what} must not be empty")
        return value

    def boolean(self, node: yaml.Node, what: str) -> bool:
        """A YAML true/false."""
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:bool":
            raise self.fail(node, f"{what} must be true or false")
        return str(node.value).lower() in ("true", "yes", "on")

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        """The items of a list node."""
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return list(node.value)

    def strings(self, node: yaml.Node, what: str) -> list[tuple[str, int]]:
        """A list of strings with the line of each."""
        return [(self.string(item, f"each item of {what}"), line_of(item)) for item in self.sequence(node, what)]

    def plain(self, node: yaml.Node) -> Any:
        """The node as ordinary Python values (for free-form data such as accounts)."""
        if node is None:
            return None
        try:
            return yaml.SafeLoader("").construct_document(node)
        except (ValueError, yaml.YAMLError) as exc:  # e.g. 2026-02-30 reads as a date that does not exist
            raise self.fail(node, f"invalid value {node.value if isinstance(node, yaml.ScalarNode) else '...'}: {exc}") from None


_PLAIN_SETS = (set, frozenset)  # allowed-key sets whose membership is plain (not _AnyKey's)


class _AnyKey(frozenset):
    """An 'allowed keys' set that admits every text key (free-form mappings)."""

    def __contains__(self, item: object) -> bool:
        return isinstance(item, str)


ANY_KEY: frozenset[str] = _AnyKey()


def read_text(path: Path) -> str:
    """The file's text, exactly as ``path.read_text(encoding="utf-8")`` gives it (line ends
    made ``\n``), read in one call without the text layer: a replay reads a file per transcript,
    and the text wrapper's set-up (a decoder, a terminal check) cost more than the read."""
    with open(path, "rb", buffering=0) as file:
        text = file.readall().decode("utf-8")
    if "\r" in text:  # what universal newlines do
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def line_of(node: yaml.Node) -> int:
    """1-based line where a node starts."""
    return node.start_mark.line + 1
