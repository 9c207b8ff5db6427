"""Peak memory and time of akhbar on hostile inputs ("bombs"), each run in a subprocess.

Each bomb is written to a temporary folder, then ``akhbar ingest`` (or ``akhbar serve`` and an HTTP
upload) runs in a subprocess while this script samples the resident memory of that process and all
its descendants (worker processes, the upload's ingest process) every 20 ms from /proc: the peak
is the largest sum seen. A run is stopped when the sum passes ``--cap-mb`` (so measuring old code
cannot take the shared machine down) or after ``--timeout`` seconds.

    .venv/bin/python bench/hostile_memory.py                  # all bombs, writes results and README
    .venv/bin/python bench/hostile_memory.py --only stdin     # one bomb, print only
    .venv/bin/python bench/hostile_memory.py --src /path/to/old/src --label before --no-write

``--src`` runs another checkout's ``src`` (PYTHONPATH) for a before/after table; results of each
label are kept in bench/results/hostile_memory.json and the README table shows them side by side.
Linux only (/proc).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from readme import write_section

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "hostile_memory.json"
SECTION = "## Hostile inputs: peak memory"
GIB = 2**30
PAGE = os.sysconf("SC_PAGE_SIZE")
STORY = ("أعلنت وزارة الموارد المائية عن خطة جديدة لتحديث شبكة الري في محافظات الدلتا تشمل تبطين الترع "
         "وخفض الفاقد من المياه وتحسين وصولها إلى نهايات الترع.\n")


# --- the bombs ------------------------------------------------------------------------------------

def gzip_stream(path: Path, parts: list[tuple[bytes, int]]) -> None:
    """A gzip file of each (bytes, times) part repeated, written a chunk at a time."""
    with gzip.open(path, "wb", compresslevel=6) as out:
        for chunk, times in parts:
            block = chunk * max(1, (1 << 20) // max(1, len(chunk)))
            per_block = len(block) // len(chunk)
            done = 0
            while done + per_block <= times:
                out.write(block)
                done += per_block
            out.write(chunk * (times - done))


def long_line(folder: Path) -> Path:
    path = folder / "line.jsonl.gz"
    gzip_stream(path, [(b'{"title": "x", "text": "', 1), (b"x", GIB), (b'"}\n', 1)])
    return path


def open_quote(folder: Path) -> Path:
    path = folder / "quote.csv.gz"
    line = b"x" * (1 << 20) + b"\n"  # 1 MB lines under a quote that never closes
    gzip_stream(path, [(b'title,text\n1,"', 1), (line, 1024)])
    return path


def stdin_text(folder: Path) -> Path:
    path = folder / "dump.txt"
    line = STORY.encode("utf-8")
    with open(path, "wb") as out:
        for _ in range(150_000_000 // (len(line) * 1000)):
            out.write(line * 1000)
    return path


def empty_objects(folder: Path) -> Path:
    path = folder / "empty.jsonl.gz"
    gzip_stream(path, [(b"{}\n", 500_000)])
    return path


def empty_list_items(folder: Path) -> Path:
    path = folder / "list.json.gz"
    gzip_stream(path, [(b"[", 1), (b"{},", 500_000), (b"{}]", 1)])
    return path


def many_attributes(folder: Path) -> Path:
    path = folder / "attributes.html"
    attributes = " ".join(f'data-x{i}="{i}"' for i in range(200_000))
    path.write_text(f"<html><head><title>صفحة</title></head><body><article {attributes}><h1>عنوان</h1>"
                    f"<p>{STORY * 3}</p></article></body></html>", encoding="utf-8")
    return path


def big_page(folder: Path) -> Path:
    """A legitimate worst case under the limits: one 4.5 MB page of article text."""
    path = folder / "big.html"
    paragraph = f"<p>{STORY.strip()}</p>\n"
    path.write_text("<html><head><title>صفحة كبيرة</title></head><body><article><h1>عنوان</h1>"
                    + paragraph * (4_500_000 // len(paragraph.encode())) + "</article></body></html>", encoding="utf-8")
    return path


# name → (what it is, how to make it, how it reaches akhbar: a path, stdin, or an HTTP upload)
BOMBS: dict[str, tuple[str, Callable[[Path], Path], str]] = {
    "line": ("gzip of one 1 GiB JSONL line", long_line, "path"),
    "quote": ("gzip of a CSV with an open quote (1 GiB after it)", open_quote, "path"),
    "stdin": ("150 MB of text piped to `ingest -`", stdin_text, "stdin"),
    "upload": ("the 1 GiB-line gzip uploaded to POST /api/ingest", long_line, "upload"),
    "objects": ("gzip of 500,000 `{}` lines", empty_objects, "path"),
    "list": ("gzip of a JSON list of 500,000 `{}`", empty_list_items, "path"),
    "attributes": ("an HTML tag with 200,000 attributes (2.3 MB)", many_attributes, "path"),
    "page": ("one 4.5 MB page of article text (under the limits)", big_page, "path"),
}


# --- measuring ------------------------------------------------------------------------------------

def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(children.get(pid, []))
    return total


def watch(proc: subprocess.Popen, cap_mb: float, timeout: float, done: Callable[[], bool] | None = None
          ) -> tuple[float, float, str]:
    """(peak MB of the process tree, seconds, how it ended) while ``proc`` runs (or until ``done()``)."""
    start, peak = time.monotonic(), 0
    while True:
        finished = proc.poll() is not None if done is None else done()
        if finished:
            return peak / 2**20, time.monotonic() - start, "finished"
        peak = max(peak, tree_rss(proc.pid))
        if peak > cap_mb * 2**20:
            return peak / 2**20, time.monotonic() - start, f"stopped over {cap_mb:.0f} MB"
        if time.monotonic() - start > timeout:
            return peak / 2**20, time.monotonic() - start, f"stopped after {timeout:.0f} s"
        time.sleep(0.02)


def outcome_of(stdout: str) -> str:
    """What the report says: counts and the most common skip reason."""
    try:
        report = json.loads(stdout)
    except ValueError:
        return stdout.strip().splitlines()[-1][:120] if stdout.strip() else ""
    top = (report.get("skipped") or [{}])[0].get("reason", "")
    skipped = report.get("skipped_count", len(report.get("skipped", [])))
    return f"stored {report.get('stored')}, skipped {skipped}" + (f": {top[:90]}" if top else "")


def run_ingest(source: Path, how: str, env: dict[str, str], work: Path, cap_mb: float, timeout: float) -> dict:
    archive = work / f"arc-{time.monotonic_ns()}"
    command = [sys.executable, "-m", "akhbar.cli", "ingest", "-" if how == "stdin" else str(source),
               "--archive", str(archive), "--json", "--quiet"]
    stdin = open(source, "rb") if how == "stdin" else subprocess.DEVNULL
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(command, stdin=stdin, stdout=out, stderr=err, env=env)
        peak, seconds, ended = watch(proc, cap_mb, timeout)
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    if how == "stdin":
        stdin.close()  # type: ignore[union-attr]
    result = outcome_of(stdout) or (stderr.strip().splitlines() or [""])[-1][:120]
    return {"peak_mb": round(peak), "seconds": round(seconds, 1), "ended": ended, "exit": proc.returncode,
            "outcome": result}


def run_upload(source: Path, env: dict[str, str], work: Path, cap_mb: float, timeout: float) -> dict:
    import httpx

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server_env = dict(env, AKHBAR_API_TOKEN="bench-token", AKHBAR_MAX_UPLOAD_MB="50")
    proc = subprocess.Popen([sys.executable, "-m", "akhbar.cli", "serve", "--port", str(port), "--archive",
                             str(work / "served")], env=server_env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(url + "/api/health", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        idle = tree_rss(proc.pid) / 2**20
        answer: dict = {}

        def post() -> None:
            try:
                with open(source, "rb") as f:
                    r = httpx.post(url + "/api/ingest", files={"files": (source.name, f)},
                                   headers={"authorization": "Bearer bench-token"}, timeout=timeout + 60)
                answer["status"], answer["text"] = r.status_code, r.text
            except httpx.HTTPError as e:
                answer["status"], answer["text"] = None, str(e)

        import threading

        poster = threading.Thread(target=post, daemon=True)
        poster.start()
        peak, seconds, ended = watch(proc, cap_mb, timeout, done=lambda: not poster.is_alive())
    finally:
        proc.kill()
        proc.wait()
    outcome = outcome_of(answer.get("text", "")) if answer.get("status") == 200 else \
        f"HTTP {answer.get('status')}: {answer.get('text', '')[:100]}"
    return {"peak_mb": round(peak), "idle_mb": round(idle), "seconds": round(seconds, 1), "ended": ended,
            "exit": answer.get("status"), "outcome": outcome}


# --- results --------------------------------------------------------------------------------------

def write_readme(results: dict) -> None:
    labels = [label for label in ("before", "after") if label in results] + \
        [label for label in results if label not in ("before", "after")]
    head = "| input | " + " | ".join(f"{label}: peak MB (s)" for label in labels) + " | what akhbar says now |"
    rows = [head, "|---|" + "---:|" * len(labels) + "---|"]
    for name, (what, _, _) in BOMBS.items():
        cells = []
        for label in labels:
            r = results[label].get(name)
            if r is None:
                cells.append("–")
                continue
            mark = "" if r["ended"] == "finished" else f" **{r['ended']}**"
            cells.append(f"{r['peak_mb']:,} ({r['seconds']}){mark}")
        now = results.get("after", {}).get(name, {}).get("outcome", "")
        rows.append(f"| {what} | " + " | ".join(cells) + f" | {now} |")
    conditions = "; ".join(
        f"{label}: stopped at {m.get('cap_mb', 0):.0f} MB or {m.get('timeout', 0):.0f} s, load average {m.get('load', '?')}"
        for label in labels for m in [results[label].get("_meta", {})])
    idle = results.get("after", {}).get("upload", {}).get("idle_mb", "?")
    section = f"""{SECTION}

Each input runs in a subprocess (`akhbar ingest FILE --json --quiet`, `ingest -` for stdin, or `akhbar serve`
and an HTTP upload); the peak is the largest sum of resident memory of that process and all its
descendants (ingest worker processes, the upload's ingest process), sampled every 20 ms. "before" is
the code before issue 19 (commit 08a7666, run with `--src`), "after" this code; default settings
(max_record_mb 5, max_file_mb 20, workers auto = 2) on 2 shared cores ({conditions}). Goal: under
300 MB whatever the input.

    .venv/bin/python bench/hostile_memory.py                       # after (this checkout)
    .venv/bin/python bench/hostile_memory.py --src OLD/src --label before --timeout 120

{chr(10).join(rows)}

How: a JSON line, CSV field, list item or page is read up to the record limit and skipped past it
(the 1 GiB line never reaches memory; an unclosed quote costs one field of 5 MB); stdin is spooled to
disk and refused like the same file given by name; an upload is saved to disk and ingested by a
process of its own (the server itself stays at its idle {idle} MB); skips are counted per reason,
100 of each kept in the report; a JSON list is read item by item; a tag's 200,000 attributes are
dropped before parsing (libxml2 compares them pairwise). The largest input within the limits (one
4.5 MB page) sets the peak, the same before and after.
"""
    write_section(SECTION, section)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", choices=sorted(BOMBS), help="run only these bombs")
    parser.add_argument("--src", help="the akhbar src folder to run (default: this checkout's)")
    parser.add_argument("--label", default="after", help="name of this run in the results (before/after)")
    parser.add_argument("--cap-mb", type=float, default=2000)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.src:
        env["PYTHONPATH"] = str(Path(args.src).resolve())
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    mine = results.setdefault(args.label, {})
    with tempfile.TemporaryDirectory(prefix="akhbar-bombs-") as tmp:
        work = Path(tmp)
        made: dict[Callable[[Path], Path], Path] = {}  # one file per maker (line and upload share one)
        for name in args.only or list(BOMBS):
            _, make, how = BOMBS[name]
            if make not in made:
                made[make] = make(work)
            if how == "upload":
                result = run_upload(made[make], env, work, args.cap_mb, args.timeout)
            else:
                result = run_ingest(made[make], how, env, work, args.cap_mb, args.timeout)
            mine[name] = result
            print(f"{args.label:>6}  {name:<10} {result['peak_mb']:>6} MB {result['seconds']:>7} s  "
                  f"{result['ended']:<22} {result['outcome']}", flush=True)
    mine["_meta"] = {"cap_mb": args.cap_mb, "timeout": args.timeout,
                     "load": " / ".join(f"{x:.1f}" for x in os.getloadavg())}
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        write_readme(results)


if __name__ == "__main__":
    main()
