"""The import rules of ARCHITECTURE.md, checked on the source: the drawing stays true."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "amexsim"

# package -> packages of ours it must never import
FORBIDDEN = {
    "guard": {"*"},  # a leaf: imports nothing of the project
    "queue": {"dialogue", "understanding", "bank", "replay", "terminal", "guard", "cli"},
    "dialogue": {"terminal", "cli"},
    "replay": {"terminal", "cli"},
    "understanding": {"dialogue", "terminal", "cli", "replay"},
    "bank": {"dialogue", "terminal", "cli", "replay", "understanding"},
}


def _imported_packages(path: Path) -> set[str]:
    """First-level amexsim subpackages/modules a file imports (relative or absolute)."""
    here = path.relative_to(PACKAGE).parts[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - (node.level - 1)]) if node.level > 1 else list(here)
                target = base + (node.module.split(".") if node.module else [])
                names = [target] if target else [[alias.name] for alias in node.names]
            elif node.module and node.module.split(".")[0] == "amexsim":
                names = [node.module.split(".")[1:] or [alias.name for alias in node.names][:1]]
            else:
                continue
            found.update(name[0] for name in names if name)
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[1] for alias in node.names if alias.name.startswith("amexsim."))
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_import_rules(package: str) -> None:
    files = sorted((PACKAGE / package).rglob("*.py"))
    assert files, f"amexsim/{package}/ has no modules"
    for path in files:
        imported = _imported_packages(path) - {package}
        bad = imported if "*" in FORBIDDEN[package] else imported & FORBIDDEN[package]
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}, which amexsim/{package}/ must not"


def test_the_check_sees_imports() -> None:
    """The checker itself finds a known import (so the rules above can fail)."""
    assert "understanding" in _imported_packages(PACKAGE / "dialogue" / "engine.py")
    assert "queue" in _imported_packages(PACKAGE / "dialogue" / "routing.py")
    assert "bank" in _imported_packages(PACKAGE / "dialogue" / "actions" / "cards.py")
