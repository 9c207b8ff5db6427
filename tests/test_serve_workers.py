"""`akhbar serve --workers 2`: two server processes over one archive answer alike, an upload stored
through one of them is found through both, many clients at once are all answered, a kept-alive
connection is not dropped while a client may still reuse it, the connections are spread over both
processes, and stopping the server leaves no
process behind."""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
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


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory):
    """`akhbar serve --workers 2` over the example corpus, HTTP ingest enabled: (its URL, its process)."""
    if not Path("/proc").exists():
        pytest.skip("counts server processes through /proc (Linux)")
    archive = tmp_path_factory.mktemp("workers") / "news.akhbar"
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
        yield url, server
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


def test_two_workers_serve_one_archive_and_see_an_upload(two_workers):
    url, server = two_workers
    assert len(children(server.pid)) >= 2  # the two worker processes (uvicorn's own supervisor above them)
    with httpx.Client(base_url=url, timeout=30) as http:
        before = {http.get("/api/search", params={"q": "مسبار الأمل", "k": 3}).json()["total"] for _ in range(8)}
        assert len(before) == 1 and before.pop() > 0  # every process answers alike
        upload = http.post("/api/ingest", files={"files": ("siwa.txt", NEW_STORY.encode())},
                           headers={"Authorization": f"Bearer {TOKEN}"})
        assert upload.status_code == 200 and upload.json()["stored"] == 1
        found = [http.get("/api/search", params={"q": "مرصد واحة سيوة", "k": 3}).json()["total"] for _ in range(12)]
        assert all(n >= 1 for n in found), found  # whichever process answers, it sees the new article


def test_many_clients_at_once_are_all_answered_by_both_workers(two_workers):
    url, server = two_workers
    clients = 50  # as bench/load.py, each on a connection of its own, kept alive
    ports: set[int] = set()

    async def one_client(http: httpx.AsyncClient, n: int) -> list[int]:
        first = await (http.get("/api/ask", params={"q": "متى وصل مسبار الأمل إلى مدار المريخ؟"}) if n % 2
                       else http.get("/api/search", params={"q": "قناة السويس", "k": 5}))
        second = await http.get("/api/search", params={"q": "مسبار الأمل", "k": 5})
        ports.add(second.extensions["network_stream"].get_extra_info("client_addr")[1])
        return [first.status_code, second.status_code]

    async def all_clients() -> tuple[list[list[int]], dict[int, int]]:
        limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
        async with httpx.AsyncClient(base_url=url, limits=limits, timeout=120) as http:
            answers = await asyncio.gather(*(one_client(http, n) for n in range(clients)))
            return answers, connections_by_process(children(server.pid), ports)  # while they are open

    answers, held = asyncio.run(all_clients())
    assert answers == [[200, 200]] * clients
    # The kernel spreads the connections over the two workers (a burst once went 49 to one, 1 to the other).
    # (a client whose first answer came early may reuse another's connection: fewer than 50 at times)
    assert len(held) == 2 and sum(held.values()) == len(ports) and min(held.values()) >= len(ports) // 5, held


def test_a_worker_process_that_dies_is_replaced(two_workers):
    url, server = two_workers
    workers = serving_processes(server.pid)
    assert len(workers) == 2
    os.kill(min(workers), signal.SIGKILL)
    deadline = time.monotonic() + 90
    while (now := serving_processes(server.pid)) == workers - {min(workers)} or len(now) < 2:
        assert time.monotonic() < deadline, f"no new worker process within 90 s: {now}"
        time.sleep(0.3)
    assert min(workers) not in now
    with httpx.Client(base_url=url, timeout=60) as http:  # (new connections, to either process)
        assert all(http.get("/api/stats").json()["articles"] > 0 for _ in range(6))


def serving_processes(pid: int) -> set[int]:
    """The worker processes under ``akhbar serve`` (multiprocessing's resource tracker aside)."""
    found = set()
    for child in children(pid):
        try:
            with open(f"/proc/{child}/cmdline", "rb") as f:
                if b"spawn_main" in f.read():
                    found.add(child)
        except OSError:
            pass
    return found


def connections_by_process(pids: set[int], client_ports: set[int]) -> dict[int, int]:
    """How many of the connections from ``client_ports`` (on 127.0.0.1) each of ``pids`` holds (/proc)."""
    owner = {}
    for pid in pids:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:["):
                owner[target[8:-1]] = pid
    held: dict[int, int] = {}
    with open("/proc/net/tcp") as table:
        for line in table.read().splitlines()[1:]:
            fields = line.split()
            remote_port, inode = int(fields[2].split(":")[1], 16), fields[9]
            if remote_port in client_ports and inode in owner:
                held[owner[inode]] = held.get(owner[inode], 0) + 1
    return held


def test_a_kept_alive_connection_idle_for_seconds_is_still_answered(two_workers):
    """A client may reuse a connection after it sat idle as long as its own keep-alive allows (httpx:
    5 s, a load balancer: 60 s); a server that closes first, at that very time, loses the request."""
    url, _ = two_workers
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    connections = [http.client.HTTPConnection(host, port, timeout=30) for _ in range(4)]  # on either process
    try:
        for connection in connections:
            connection.request("GET", "/api/stats")
            assert connection.getresponse().read() and connection.sock is not None
        sockets = [connection.sock for connection in connections]
        time.sleep(6)  # longer than uvicorn's default keep-alive (5 s)
        for connection in connections:
            connection.request("GET", "/api/stats")  # http.client does not reconnect on its own
            response = connection.getresponse()
            assert response.status == 200 and json.loads(response.read())["articles"] > 0
        assert [connection.sock for connection in connections] == sockets
    finally:
        for connection in connections:
            connection.close()


def state(pid: int) -> str | None:
    """A process's state letter (Z: exited, not yet reaped), or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None
