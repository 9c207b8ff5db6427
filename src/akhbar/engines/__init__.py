"""Where the per-record work of a bulk ingest runs: a small interface, one adapter per engine.

An engine runs a picklable function over a list of small task descriptions (shards to prepare,
bands to join) and returns the results in task order. The work itself (:mod:`akhbar.bulk`) is the
same whichever engine runs it, so the archive it builds is the same too:

- :class:`LocalEngine`: worker processes on this machine (:func:`akhbar.parallel.ordered_map`), or
  this process alone with one worker;
- :class:`akhbar.engines.ray.RayEngine`: Ray Data tasks, on a local Ray or a cluster
  (``pip install 'akhbar[cluster]'``).

A later engine (Spark, Dask) is one more class with ``name``, ``workers``, ``map`` and ``close``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from ..errors import ConfigError
from ..parallel import ordered_map

ENGINES = ("local", "ray")


class Engine(Protocol):
    name: str

    @property
    def workers(self) -> int:
        """Tasks it runs at once (work is cut into at least as many tasks)."""
        ...

    def map(self, fn: Callable[[Any], Any], tasks: Sequence[Any]) -> list[Any]:
        """``[fn(task) for task in tasks]``, computed wherever the engine runs things, in task order."""
        ...

    def close(self) -> None: ...


class LocalEngine:
    """Worker processes on this machine (``workers`` <= 1: this process)."""

    name = "local"

    def __init__(self, workers: int):
        self.workers = workers

    def map(self, fn: Callable[[Any], Any], tasks: Sequence[Any]) -> list[Any]:
        return [result for _, result in ordered_map(fn, tasks, workers=min(self.workers, len(tasks)),
                                                     start_after=0, chunk=1)]

    def close(self) -> None:
        pass


def make_engine(name: str, *, workers: int, address: str | None = None) -> Engine:
    """The engine called ``name``: "local" (``workers`` processes) or "ray" (a Ray cluster at
    ``address``, or a local Ray with ``workers`` CPUs)."""
    if name == "local":
        return LocalEngine(workers)
    if name == "ray":
        from .ray import RayEngine

        return RayEngine(address=address, cpus=workers)
    raise ConfigError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
