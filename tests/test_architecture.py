"""ARCHITECTURE.md is the code's map: every module is on it, and it names no module or bench that is gone."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "akhbar"
MAP = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")


def _modules_on_the_map() -> set[str]:
    # Module rows of the tables: | `qa/rank.py` | job |
    return set(re.findall(r"^\| `([\w/]+\.py)` \|", MAP, flags=re.M))


def test_every_module_has_a_line_on_the_map():
    modules = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")}
    listed = _modules_on_the_map()
    assert not modules - listed, f"add a line for these modules to ARCHITECTURE.md: {sorted(modules - listed)}"
    assert not listed - modules, f"ARCHITECTURE.md lists modules that do not exist: {sorted(listed - modules)}"


def test_every_bench_named_on_the_map_exists():
    named = set(re.findall(r"`(\w+\.py)`", MAP.split("## Where each decision is measured")[1].split("\n## ")[0]))
    missing = {n for n in named if not (ROOT / "bench" / n).exists() and not (ROOT / "tests" / n).exists()}
    assert not missing, f"ARCHITECTURE.md names benchmarks that do not exist: {sorted(missing)}"
