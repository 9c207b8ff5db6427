"""The lexicon package is one place for each Arabic fact: every list of a submodule is reachable as
``lexicon.X`` (and listed in ``__all__``), and no list is defined in two submodules."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

from akhbar import lexicon

SUBMODULES = [m.name for m in pkgutil.iter_modules(lexicon.__path__)]


def _defined_in(name: str) -> set[str]:
    """The names a submodule assigns at top level (its own lists, not the ones it imports)."""
    tree = ast.parse(Path(lexicon.__path__[0], f"{name}.py").read_text(encoding="utf-8"))
    out = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        out |= {t.id for t in targets if isinstance(t, ast.Name)}
    return out


def test_every_list_of_a_submodule_is_exported_by_the_package():
    for name in SUBMODULES:
        module = importlib.import_module(f"akhbar.lexicon.{name}")
        for listed in _defined_in(name):
            assert listed in lexicon.__all__, f"add {name}.{listed} to akhbar/lexicon/__init__.py (import and __all__)"
            assert getattr(lexicon, listed) is getattr(module, listed)


def test_no_list_is_defined_twice():
    seen: dict[str, str] = {}
    for name in SUBMODULES:
        for listed in _defined_in(name):
            assert listed not in seen, f"{listed} is defined in both lexicon/{seen[listed]}.py and lexicon/{name}.py"
            seen[listed] = name
    assert set(lexicon.__all__) == set(seen), "lexicon.__all__ names a list no submodule defines"
