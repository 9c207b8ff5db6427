"""Where ingest time goes: seconds and calls per pipeline stage, reported by the pipeline itself.

A :class:`StageTimer` is handed to an ingest (``Archive.ingest(..., timer=StageTimer())``, the bulk
loader, a shard task); each stage reports its own time through it, so a benchmark reads the split
without replacing any function of akhbar. Work done in worker processes (or Ray tasks) is timed there
and travels back with its result (:meth:`StageTimer.add_all`): the seconds of such a stage are the sum
over all workers (CPU-like time), not wall time.

Stage names are plain words ("extract", "dates", "sqlite: writes", "index: analysis"); the ingest
modules name theirs where they report them. A timer costs about a microsecond per stage entry.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")


@dataclass
class StageTimer:
    """Seconds and calls per stage name, in the order the stages were first seen."""

    seconds: dict[str, float] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)

    def add(self, stage: str, seconds: float, calls: int = 1) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
        self.calls[stage] = self.calls.get(stage, 0) + calls

    def add_all(self, seconds: Mapping[str, float], calls: Mapping[str, int] | None = None) -> None:
        """Merge stage times measured elsewhere (a worker's, a shard task's)."""
        for stage, s in seconds.items():
            self.add(stage, s, (calls or {}).get(stage, 1))

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - t0)

    def timed_iter(self, name: str, items: Iterable[T]) -> Iterator[T]:
        """``items``, with the time spent producing each one (reading, parsing) counted under ``name``."""
        it = iter(items)
        while True:
            t0 = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                self.add(name, time.perf_counter() - t0, 0)
                return
            self.add(name, time.perf_counter() - t0)
            yield item

    def to_dict(self) -> dict[str, dict[str, float]]:
        return {stage: {"seconds": round(s, 4), "calls": self.calls.get(stage, 0)} for stage, s in self.seconds.items()}
