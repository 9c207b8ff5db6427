"""The code is checked as it is tested: ruff (style, imports, likely bugs) and mypy (types) run clean.

Their settings are in pyproject.toml ([tool.ruff], [tool.mypy]); a finding fails the suite like a
failing test, so a change cannot quietly add an unchecked Optional or an unused import.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing():
    done = _run("ruff", "check", "src", "tests", "bench")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing():
    done = _run("mypy")
    assert done.returncode == 0, done.stdout + done.stderr
