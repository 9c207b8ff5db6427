"""bench/snn.py keys its cached SaudiNewsNet archive by the code that builds it, and refreshes the stored dated mentions in
place when only their code changed (``EVENT_CODE``). These tests read the import graph of akhbar's modules (no archive,
no ../shared) and check that the two lists match what the dated mentions read."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "akhbar"


def _snn():
    spec = importlib.util.spec_from_file_location("bench_snn_for_tests", ROOT / "bench" / "snn.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _name(path: Path) -> str:
    return path.relative_to(SRC).as_posix()


def _module_file(dotted: str) -> Path | None:
    """The file of an akhbar module named relative to the package ("article_day", "lexicon.times", "qa")."""
    base = SRC.joinpath(*dotted.split(".")) if dotted else SRC
    if base.with_suffix(".py").exists():
        return base.with_suffix(".py")
    if (base / "__init__.py").exists():
        return base / "__init__.py"
    return None


def _top_imports(body: list[ast.stmt]):
    """A module's own imports: its top level and its top-level ifs, not an ``if TYPE_CHECKING`` block (types only) nor a
    function's lazy import, which runs only with that function (``models.Source``'s citation reads ``present`` for an
    answer, never for a dated mention)."""
    for node in body:
        if isinstance(node, ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
            yield from _top_imports(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            yield from _top_imports(node.body + node.orelse + node.finalbody + [s for h in node.handlers for s in h.body])


def _imports(path: Path) -> set[Path]:
    """The akhbar modules a module imports (relative imports of its own, ``_top_imports``)."""
    package = path.parent.relative_to(SRC).parts
    out: set[Path] = set()
    for node in _top_imports(ast.parse(path.read_text(encoding="utf-8")).body):
        if not node.level:
            continue
        parts = list(package[:len(package) - node.level + 1]) + (node.module.split(".") if node.module else [])
        found = _module_file(".".join(parts)) if node.module else None  # "from . import x" reads x, not the package
        if found:
            out.add(found)
        for alias in node.names:  # "from . import lexicon": a module, not a name
            sub = _module_file(".".join(parts + [alias.name]))
            if sub:
                out.add(sub)
    return out


def _graph() -> dict[Path, set[Path]]:
    return {path: _imports(path) for path in SRC.rglob("*.py")}


def _closure(graph: dict[Path, set[Path]], start: list[Path]) -> set[Path]:
    seen: set[Path] = set()
    todo = list(start)
    while todo:
        path = todo.pop()
        if path not in seen:
            seen.add(path)
            todo.extend(graph.get(path, ()))
    return seen


def test_the_dated_mentions_read_no_module_the_build_key_leaves_out():
    """A module the dated mentions read (events.py, crawl.py and what they import) that the build key leaves out as
    read-only would change the mentions without a refresh or a new build: stale events in every timeline bench."""
    snn = _snn()
    graph = _graph()
    read = _closure(graph, [SRC / "events.py", SRC / "crawl.py"])
    stale = sorted(_name(p) for p in read if _name(p).startswith(snn.READ_ONLY))
    assert not stale, f"the dated mentions read modules bench/snn.py calls read-only: {stale}"


def test_a_module_only_the_dated_mentions_read_refreshes_them():
    """A module that only the dated mentions' code (and read-only modules) import is in ``EVENT_CODE``: a change to it
    refreshes the stored mentions in place (``refresh_events``) instead of building the whole archive again, and the
    refresh reads it. ``article_day.py`` (the article's own day, a sentence's own weekday) is the case that was missing."""
    snn = _snn()
    graph = _graph()
    read = _closure(graph, [SRC / "events.py", SRC / "crawl.py"])
    event_code = {SRC / name for name in snn.EVENT_CODE}
    build = {p for p in graph if p not in event_code and not _name(p).startswith(snn.READ_ONLY)}
    only_events = sorted(_name(p) for p in read - event_code
                         if p.name != "__init__.py" and not any(p in graph[b] for b in build))
    assert not only_events, f"read by the dated mentions alone, not in bench/snn.py's EVENT_CODE: {only_events}"
    assert "article_day.py" in snn.EVENT_CODE


def test_the_event_code_version_hashes_every_listed_module():
    """Each name in ``EVENT_CODE`` is a module of akhbar, so ``code_version(EVENT_CODE)`` hashes it (a misspelt name
    would be skipped without a word)."""
    snn = _snn()
    missing = [name for name in snn.EVENT_CODE if not (SRC / name).exists()]
    assert not missing, missing
