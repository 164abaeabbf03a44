"""Loading the matcher's data files: settings and the misspellings table."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..errors import DataFileError
from ..paths import package_data
from ..yamlnodes import ANY_KEY, YamlDoc
from .matcher import MatcherSettings


def _data(name: str) -> Path:
    return package_data(name)


@cache
def load_matcher_settings(path: str | Path | None = None) -> MatcherSettings:
    """Thresholds, weights and stopwords from ``amexsim/data/matcher.yaml``."""
    doc = YamlDoc(Path(path) if path else _data("matcher.yaml"), DataFileError)
    top = doc.mapping(doc.root, "matcher settings", {"thresholds", "scoring", "stopwords"}, {"thresholds", "scoring", "stopwords"})
    values: dict[str, object] = {}
    for section in ("thresholds", "scoring"):
        names = {f for f in MatcherSettings.__dataclass_fields__ if f != "stopwords"}
        for key, node in doc.mapping(top[section], section, names).items():
            value = doc.plain(node)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise doc.fail(node, f"{key} must be a number")
            values[key] = type(getattr(MatcherSettings, key))(value)
    values["stopwords"] = frozenset(text.lower() for text, _ in doc.strings(top["stopwords"], "stopwords"))
    return MatcherSettings(**values)


@cache
def load_spelling(path: str | Path | None = None) -> dict[str, str]:
    """Misspelling -> correction, from ``amexsim/data/spelling.yaml`` (empty if absent)."""
    location = Path(path) if path else _data("spelling.yaml")
    if not location.exists():
        return {}
    doc = YamlDoc(location, DataFileError)
    keys = doc.mapping(doc.root, "the spelling table", ANY_KEY)
    return {word.lower(): doc.string(node, f"correction of {word!r}").lower() for word, node in keys.items()}
