"""The README as a new user meets it: every snippet runs as written, and it points at nothing
outside the repository."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from akhbar.cli import parse

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Commands that need a model server (README "Model servers") or a Ray cluster, or serve until stopped
# (README "Large archives"): their flags are checked, they are not run (tests/test_engines.py runs Ray).
NEEDS_A_SERVER = re.compile(r"akhbar embed|--hybrid|--generate|akhbar serve|--engine ray")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, re.S)


def akhbar_lines() -> list[str]:
    lines = []
    for block in blocks("bash"):
        for line in block.splitlines():
            if re.search(r"(^|\|\s*)akhbar ", line.split("  #")[0]):
                lines.append(line)
    return lines


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder holding the sample corpus and its questions, as a user's checkout does."""
    where = tmp_path_factory.mktemp("readme")
    (where / "src").symlink_to(ROOT / "src")
    shutil.copy(ROOT / "src" / "akhbar" / "sample" / "questions.txt", where / "questions.txt")
    return where


def test_the_python_example_runs_as_written(workdir, capsys, monkeypatch):
    (example,) = blocks("python")
    monkeypatch.chdir(workdir)
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert re.search(r"^\d+ stored, \d+ duplicates, \d+ skipped", printed, re.M)
    assert "None []" not in printed and "contradicted" in printed


@pytest.mark.parametrize("line", akhbar_lines())
def test_every_akhbar_command_of_the_readme_parses(line):
    words = shlex.split(line.split("|")[-1], comments=True)
    words = words[1:words.index(">")] if ">" in words else words[1:]
    assert parse(words).run, line


def test_every_akhbar_command_of_the_readme_runs(workdir):
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "AKHBAR_ARCHIVE": str(workdir / "news.akhbar"), "AKHBAR_WORKERS": "1"}
    setup = subprocess.run(["akhbar", "ingest", "src/akhbar/sample/corpus", "--quiet"], cwd=workdir, env=env,
                           capture_output=True, text=True)
    assert setup.returncode == 0, setup.stderr
    ran = 0
    for line in akhbar_lines():
        if NEEDS_A_SERVER.search(line):
            continue
        done = subprocess.run(["bash", "-c", line], cwd=workdir, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{line}\n{done.stderr[-2000:]}"
        ran += 1
    assert ran >= 5
    assert (workdir / "answers.jsonl").read_text(encoding="utf-8").count("\n") == 12  # one answer a question
    assert (workdir / "archive.csv").read_text(encoding="utf-8").startswith("\ufeffid,title")


def test_the_readme_points_at_nothing_outside_the_repository():
    assert "../shared" not in README and "GUIDE.md" not in README
    for target in re.findall(r"\]\(([^)#]+)\)", README):  # every relative link leads to a file of the checkout
        if not re.match(r"[a-z]+:", target):
            assert (ROOT / target).exists(), target
    for path in [ROOT / "README.md", *(ROOT / "src").rglob("*.py"), *(ROOT / "src").rglob("*.md")]:
        assert "/work/" not in path.read_text(encoding="utf-8", errors="replace"), path
