"""The Ray engine: tasks as Ray Data map tasks, on a local Ray or a cluster (``akhbar[cluster]``).

Each task is one row of a Ray Data dataset in its own block, so Ray schedules them one CPU each and
streams them (a shard task writes its Parquet file itself and returns a small summary). Results are
put back in task order. On a cluster, every node needs akhbar installed (the same version) and the
input paths and the staging folder on storage that all of them see.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import ConfigError


def _ray() -> Any:
    try:
        import ray
        import ray.data  # Ray Data, not just Ray core
    except ImportError as e:
        raise ConfigError(f"the ray engine needs the cluster extra ({e.name} is missing): "
                          "pip install 'akhbar[cluster]'") from None
    return ray


class RayEngine:
    """Runs tasks on Ray: the cluster at ``address`` ("auto" = the one this machine belongs to), or
    a Ray started here with ``cpus`` CPUs (stopped again by :meth:`close`). A Ray already started
    in this process (by the caller, or a test) is used as it is."""

    name = "ray"

    def __init__(self, address: str | None = None, cpus: int | None = None):
        ray = _ray()
        self.ray = ray
        self.started = False
        if not ray.is_initialized():
            options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                       "logging_level": logging.WARNING, "configure_logging": False}
            if address:
                ray.init(address=address, **options)
            else:
                # Ray runs its workers at nice 15 by default; a Ray started for this ingest works at
                # the ingest's own priority, as the local process pool does.
                ray.init(num_cpus=cpus, _system_config={"worker_niceness": 0}, **options)
            self.started = True
        for name in ("ray", "ray.data"):  # progress chatter of every dataset: not for an ingest's terminal
            logging.getLogger(name).setLevel(logging.ERROR)
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        context.print_on_execution_start = False

    @property
    def workers(self) -> int:
        """The CPUs of the Ray cluster (one task each)."""
        return max(1, int(self.ray.cluster_resources().get("CPU", 1)))

    def map(self, fn: Callable[[Any], Any], tasks: Sequence[Any]) -> list[Any]:
        if not tasks:
            return []
        items = [{"i": i, "task": pickle.dumps(task)} for i, task in enumerate(tasks)]

        def run(row: dict[str, Any]) -> dict[str, Any]:
            return {"i": row["i"], "result": pickle.dumps(fn(pickle.loads(row["task"])))}

        dataset = self.ray.data.from_items(items, override_num_blocks=len(items)).map(run, num_cpus=1)
        rows = sorted(dataset.take_all(), key=lambda r: r["i"])
        return [pickle.loads(r["result"]) for r in rows]

    def close(self) -> None:
        if self.started:
            self.ray.shutdown()
            self.started = False
