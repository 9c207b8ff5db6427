"""The claim checker's learned model, evaluated in plain Python (no numpy at run time).

The model is a small gradient-boosted tree ensemble (multiclass: supported / contradicted /
unsupported) fitted by ``bench/fit_verify.py`` with LightGBM and shipped as JSON in
``akhbar/data/verify_model.json``. Each tree is nested lists ``[feature, threshold, left, right]``
with plain numbers as leaves; a row goes left when ``x <= threshold``, as in LightGBM. Class scores
are summed per class, divided by the calibration temperature and turned into probabilities with a
softmax. The trees are compiled once into a Python function (no numpy, no LightGBM at run time).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import AkhbarError

MODEL_PATH = Path(__file__).resolve().parent / "data" / "verify_model.json"
CLASSES = ("supported", "contradicted", "unsupported")


@dataclass(frozen=True)
class Model:
    features: tuple[str, ...]
    classes: tuple[str, ...]
    trees: tuple[tuple[int, Any], ...]  # (class index, tree)
    temperature: float
    thresholds: dict[str, float]
    info: dict[str, Any]
    scores: Callable[[list[float]], list[float]] = field(repr=False, compare=False, default=lambda row: [])

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """Calibrated class probabilities for one feature row (a dict by feature name)."""
        raw = self.scores([features[name] for name in self.features])
        top = max(raw)
        exp = [math.exp((r - top) / self.temperature) for r in raw]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}


def _compile(trees: tuple[tuple[int, Any], ...], n_classes: int) -> Callable[[list[float]], list[float]]:
    """The ensemble as one Python function of nested conditional expressions, compiled once: about
    fifty times faster than walking the nested lists for every row (a pair is judged in well under
    a millisecond)."""
    def expr(node: Any) -> str:
        if not isinstance(node, list):
            return repr(float(node))
        return f"({expr(node[2])} if x[{int(node[0])}] <= {float(node[1])!r} else {expr(node[3])})"

    sums = [[expr(tree) for k, tree in trees if k == c] or ["0.0"] for c in range(n_classes)]
    body = ", ".join(" + ".join(terms) for terms in sums)
    namespace: dict[str, Any] = {}
    exec(compile(f"def scores(x):\n    return [{body}]\n", "<verify model>", "exec"), namespace)
    return namespace["scores"]  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> Model:
    """The shipped model (read once)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise AkhbarError(f"the claim checker's model {path} is missing or unreadable ({e}); "
                          "reinstall akhbar or rebuild it with bench/fit_verify.py") from None
    return from_dict(data)


def from_dict(data: dict[str, Any]) -> Model:
    """A model from its JSON form (``features``, ``classes``, ``trees``, optional ``temperature``,
    ``thresholds``, ``info``), compiled."""
    trees = tuple((k, tree) for k, tree in data["trees"])
    return Model(features=tuple(data["features"]), classes=tuple(data["classes"]), trees=trees,
                 temperature=float(data.get("temperature", 1.0)), thresholds=dict(data.get("thresholds", {})),
                 info=dict(data.get("info", {})), scores=_compile(trees, len(data["classes"])))


def from_lightgbm(dump: dict[str, Any], features: list[str], classes: list[str]) -> list[list[Any]]:
    """LightGBM's ``Booster.dump_model()`` as ``[[class index, tree], …]`` in this module's format."""
    def convert(node: dict[str, Any]) -> Any:
        if "leaf_value" in node:
            return round(float(node["leaf_value"]), 6)
        if node.get("decision_type", "<=") != "<=":
            raise ValueError(f"unsupported split {node.get('decision_type')}")
        return [int(node["split_feature"]), float(node["threshold"]), convert(node["left_child"]),
                convert(node["right_child"])]

    n = len(classes)
    return [[i % n, convert(t["tree_structure"])] for i, t in enumerate(dump["tree_info"])]
