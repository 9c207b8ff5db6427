"""`akhbar serve --workers 2`: two server processes over one archive answer alike, an upload stored
through one of them is found through both, and stopping the server leaves no process behind."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES

httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn", reason="serve needs the web extra: pip install 'akhbar[web]'")

TOKEN = "workers-test-token"
NEW_STORY = """عنوان: افتتاح مرصد فلكي جديد في واحة سيوة
افتتحت الحكومة مرصدا فلكيا جديدا في واحة سيوة يضم تلسكوبا بقطر أربعة أمتار، في خطوة تهدف إلى
تشجيع السياحة الفلكية ودعم البحث العلمي في صحراء مصر الغربية.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> set[int]:
    """Every live descendant of ``pid``."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - tree
        tree |= frontier
    return tree


@pytest.mark.skipif(not Path("/proc").exists(), reason="counts server processes through /proc (Linux)")
def test_two_workers_serve_one_archive_and_see_an_upload(tmp_path):
    archive = tmp_path / "news.akhbar"
    env = {**os.environ, "AKHBAR_WORKERS": "1", "AKHBAR_API_TOKEN": TOKEN}
    akhbar = [sys.executable, "-m", "akhbar.cli"]
    subprocess.run([*akhbar, "ingest", str(EXAMPLES / "corpus"), "--archive", str(archive), "--quiet"],
                   env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([*akhbar, "serve", "--archive", str(archive), "--port", str(port), "--workers", "2"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert server.poll() is None, server.communicate()[1]
            try:
                if httpx.get(f"{url}/api/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the server did not answer within 90 s"
            time.sleep(0.3)
        assert len(children(server.pid)) >= 2  # the two worker processes (uvicorn's own supervisor above them)
        with httpx.Client(base_url=url, timeout=30) as http:
            before = {http.get("/api/search", params={"q": "مسبار الأمل", "k": 3}).json()["total"] for _ in range(8)}
            assert len(before) == 1 and before.pop() > 0  # every process answers alike
            upload = http.post("/api/ingest", files={"files": ("siwa.txt", NEW_STORY.encode())},
                               headers={"Authorization": f"Bearer {TOKEN}"})
            assert upload.status_code == 200 and upload.json()["stored"] == 1
            found = [http.get("/api/search", params={"q": "مرصد واحة سيوة", "k": 3}).json()["total"] for _ in range(12)]
            assert all(n >= 1 for n in found), found  # whichever process answers, it sees the new article
    finally:
        workers = children(server.pid)
        server.send_signal(signal.SIGINT)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    deadline = time.monotonic() + 10
    while (left := {p: state(p) for p in workers if state(p) not in (None, "Z")}) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, f"server processes left running: {left}"


def state(pid: int) -> str | None:
    """A process's state letter (Z: exited, not yet reaped), or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None
