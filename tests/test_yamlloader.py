"""The memoised loader gives every node the tag PyYAML's own safe loader gives it."""

from __future__ import annotations

import yaml

from amexsim import yamlloader
from amexsim.yamlloader import Loader

TEXT = """
plain: [yes, No, on, OFF, true, "true", 'no', 1, -2, 0x1f, 0o7, 1_000, 1.5, .inf, .NaN, ~, null, '', <<, =]
dates: [2026-11-29, 2026-11-29T10:00, 2026-11-29 10:00:00 +01:00, "2026-11-29"]
words: [Thanks, the card, "I lost it", !!str 12, !!int "7", y, n, Yes please, 12:30, 1:20:30.5]
empty:
nested: {a: [1, {b: two}], c: !!binary aGk=}
"""


def _tags(node: yaml.Node) -> list[tuple[str, str]]:
    if isinstance(node, yaml.ScalarNode):
        return [(node.value, node.tag)]
    items = node.value if isinstance(node, yaml.SequenceNode) else [part for pair in node.value for part in pair]
    return [(node.tag, type(node).__name__)] + [tag for item in items for tag in _tags(item)]


def test_tags_match_pyyaml_twice_over() -> None:
    expected = _tags(yaml.compose(TEXT, Loader=yaml.SafeLoader))
    assert _tags(yaml.compose(TEXT, Loader=Loader)) == expected
    assert _tags(yaml.compose(TEXT, Loader=Loader)) == expected  # from the memo this time
    loadable = TEXT.replace(", <<, =", "")  # merge and value keys are tags only, not values in a list
    assert yaml.load(loadable, Loader=Loader) == yaml.safe_load(loadable)


def test_memo_stays_bounded() -> None:
    text = "[" + ", ".join(f"w{n}" for n in range(yamlloader.MEMO_SIZE + 50)) + ", 5, true]"
    assert _tags(yaml.compose(text, Loader=Loader)) == _tags(yaml.compose(text, Loader=yaml.SafeLoader))
    assert Loader.resolve.cache_info().currsize <= yamlloader.MEMO_SIZE


def test_mapping_keys_are_checked_the_same_on_every_path(tmp_path) -> None:
    from amexsim.errors import DataFileError
    from amexsim.yamlnodes import ANY_KEY, YamlDoc

    def problem(text: str, allowed=frozenset({"a", "b"}), required=frozenset({"a"})) -> str:
        path = tmp_path / "x.yaml"
        path.write_text(text, encoding="utf-8")
        doc = YamlDoc(path, DataFileError)
        try:
            return repr(list(doc.mapping(doc.root, "the thing", allowed, required)))
        except DataFileError as exc:
            return str(exc).removeprefix(f"{path}:")

    assert problem("a: 1\nb: 2\n") == "['a', 'b']"
    assert problem("b: 2\na: 1\n", allowed={"a", "b"}) == "['b', 'a']"
    assert problem("a: 1\na: 2\n") == "2: duplicate key 'a' in the thing"
    assert problem("a: 1\nc: 2\n") == "2: unknown key 'c' in the thing (expected one of: a, b)"
    assert problem("b: 2\n") == "1: the thing is missing required key 'a'"
    assert problem("a: 1\n[x]: 2\n") == "2: unknown key None in the thing (expected one of: a, b)"
    assert problem("a: 1\nzz: 2\n", allowed=ANY_KEY) == "['a', 'zz']"


def test_read_text_gives_what_path_read_text_gives(tmp_path) -> None:
    import pytest

    from amexsim.yamlnodes import read_text

    for i, data in enumerate([b"a\r\nb\rc\n\r\n", b"\xef\xbb\xbfbom\r", b"", "caf\u00e9 \u2014\r\n".encode(), b"x\r\r\ny"]):
        path = tmp_path / f"{i}.yaml"
        path.write_bytes(data)
        assert read_text(path) == path.read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"ok\n\xff")
    with pytest.raises(UnicodeDecodeError) as ours:
        read_text(bad)
    with pytest.raises(UnicodeDecodeError) as theirs:
        bad.read_text(encoding="utf-8")
    assert str(ours.value) == str(theirs.value)
