"""Web load: N concurrent clients for T seconds against /api/ask and /api/search on loopback.

    .venv/bin/python bench/load.py                       # 50 clients, 30 s, sample corpus
    .venv/bin/python bench/load.py --clients 10 --seconds 5
    .venv/bin/python bench/load.py --url http://127.0.0.1:8000   # an already running `akhbar serve`

Without --url it ingests examples/corpus into a temporary archive (or uses --archive), starts
`uvicorn` over ``akhbar.web.create_app`` in a separate process on a free 127.0.0.1 port (so the load
generator does not share the server's interpreter), and stops it afterwards. Each client loops,
alternating a question from examples/questions.txt (ask) and a search; loops are bounded by the
deadline and by --max-requests per client. Only loopback URLs are accepted: this is a bench,
not a tool to load someone else's server.

Prints throughput, p50/p90/p99 latency per endpoint and the error count, plus a Markdown table
for bench/README.md ("## Web load").
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEARCHES = ["انفجار مرفأ بيروت", "مسبار الأمل", "قناة السويس", "سوريا روسيا", "كأس العالم",
            "الزلزال تركيا", "رؤية 2030", "نجيب محفوظ", "أرامكو", "حميميم"]


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    error_samples: list[str] = field(default_factory=list)


def is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_archive(path: Path) -> None:
    from akhbar import Archive

    with Archive.open(path) as archive:
        report = archive.ingest([str(ROOT / "examples" / "corpus")])
    print(f"ingested the sample corpus: {report.stored} articles into {path}", file=sys.stderr)


def start_server(archive: Path, port: int) -> subprocess.Popen:
    code = ("import uvicorn, sys; from akhbar.web import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
            "log_level='warning', access_log=False)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(archive), str(port)], env=os.environ.copy())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with code {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).json().get("ready"):
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not become ready within 60 s")


async def client(http: httpx.AsyncClient, number: int, deadline: float, max_requests: int,
                 questions: list[str], results: Results) -> None:
    for i in range(max_requests):  # bounded even if the clock misbehaves
        if time.monotonic() >= deadline:
            return
        turn = number + i
        if turn % 2 == 0:
            kind, params = "ask", {"q": questions[turn // 2 % len(questions)]}
        else:
            kind, params = "search", {"q": SEARCHES[turn // 2 % len(SEARCHES)], "k": 10}
        start = time.perf_counter()
        try:
            response = await http.get(f"/api/{kind}", params=params)
            ok = response.status_code == 200
            if not ok and len(results.error_samples) < 5:
                results.error_samples.append(f"{kind} {response.status_code}: {response.text[:200]}")
        except httpx.HTTPError as exc:
            ok = False
            if len(results.error_samples) < 5:
                results.error_samples.append(f"{kind}: {type(exc).__name__} {exc}")
        elapsed = time.perf_counter() - start
        if ok:
            results.latencies[kind].append(elapsed)
        else:
            results.errors[kind] += 1


async def run_load(url: str, clients: int, seconds: float, max_requests: int, questions: list[str]) -> Results:
    results = Results()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as http:
        await http.get("/api/ask", params={"q": questions[0]})  # warm up caches once, not measured
        deadline = time.monotonic() + seconds
        await asyncio.gather(*(client(http, n, deadline, max_requests, questions, results)
                               for n in range(clients)))
    return results


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(results: Results, seconds: float, clients: int) -> dict:
    rows = {}
    for kind in ("ask", "search"):
        lat = results.latencies.get(kind, [])
        rows[kind] = {"requests": len(lat), "errors": results.errors.get(kind, 0),
                      "rps": len(lat) / seconds, "p50_ms": percentile(lat, 50) * 1000,
                      "p90_ms": percentile(lat, 90) * 1000, "p99_ms": percentile(lat, 99) * 1000,
                      "mean_ms": (statistics.fmean(lat) * 1000) if lat else float("nan")}
    every = [x for kind in rows for x in results.latencies.get(kind, [])]
    rows["all"] = {"requests": len(every), "errors": sum(results.errors.values()), "rps": len(every) / seconds,
                   "p50_ms": percentile(every, 50) * 1000, "p90_ms": percentile(every, 90) * 1000,
                   "p99_ms": percentile(every, 99) * 1000,
                   "mean_ms": (statistics.fmean(every) * 1000) if every else float("nan")}
    return {"clients": clients, "seconds": seconds, "endpoints": rows, "error_samples": results.error_samples}


def markdown(summary: dict) -> str:
    lines = ["| endpoint | requests | errors | req/s | p50 ms | p90 ms | p99 ms |", "|---|---|---|---|---|---|---|"]
    for kind, r in summary["endpoints"].items():
        lines.append(f"| {kind} | {r['requests']} | {r['errors']} | {r['rps']:.1f} | {r['p50_ms']:.0f} | "
                     f"{r['p90_ms']:.0f} | {r['p99_ms']:.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--seconds", type=float, default=30, help="duration of the measured run (default 30)")
    parser.add_argument("--max-requests", type=int, default=100_000, help="per-client cap on requests")
    parser.add_argument("--url", help="an already running server on loopback (default: start one)")
    parser.add_argument("--archive", type=Path, help="archive to serve (default: ingest the sample corpus)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    questions = [q for q in (ROOT / "examples" / "questions.txt").read_text(encoding="utf-8").splitlines() if q.strip()]

    server = None
    with tempfile.TemporaryDirectory() as tmp:
        if args.url:
            if not is_loopback(args.url):
                raise SystemExit(f"refusing {args.url}: the load bench only targets loopback addresses")
            url = args.url.rstrip("/")
        else:
            archive = args.archive or Path(tmp) / "archive"
            if not args.archive:
                build_archive(archive)
            port = free_port()
            server = start_server(archive, port)
            url = f"http://127.0.0.1:{port}"
        try:
            results = asyncio.run(run_load(url, args.clients, args.seconds, args.max_requests, questions))
        finally:
            if server is not None:
                server.terminate()
                server.wait(10)
    summary = report(results, args.seconds, args.clients)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"{args.clients} clients, {args.seconds:g} s, {url}")
        print(markdown(summary))
        for sample in summary["error_samples"]:
            print("error:", sample)
    return 1 if summary["endpoints"]["all"]["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
