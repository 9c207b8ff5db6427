"""Main-text and date extraction on the 11 raw Arabic news pages of ../shared/data/html_pages_ar.

Compares, per page:
  akhbar       akhbar.extract.extract_html (trafilatura + line cleaner + Arabic-aware dates)
  trafilatura  trafilatura.bare_extraction alone (text, title, date)
  htmldate     htmldate.find_date alone (date only)

Metrics (each only where the page has that gold):
  date         the predicted publication date equals the gold date (YYYY-MM-DD)
  snippets     share of gold snippets found in the text (``gold_with``, else the gold paragraphs);
               ``leaks`` counts ``gold_without`` snippets that wrongly appear
  F1           bag-of-tokens F1 against the full gold text (folded with akhbar.arabic.normalize)
  title        the title equals the gold title (folded, spaces collapsed)

Usage: .venv/bin/python bench/extraction.py [--data ../shared/data/html_pages_ar] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import trafilatura
from htmldate import find_date

from akhbar.arabic import normalize
from akhbar.extract import extract_html

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "html_pages_ar"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text or "")).strip()


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", normalize(text or ""))


def token_f1(predicted: str, gold: str) -> float:
    p, g = Counter(_tokens(predicted)), Counter(_tokens(gold))
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _snippets(page: dict[str, Any], gold_text: str | None) -> list[str]:
    if page.get("gold_with"):
        return list(page["gold_with"])
    if page.get("gold_paragraphs"):
        return list(page["gold_paragraphs"])
    if gold_text:
        return [p for p in re.split(r"\n\s*\n|\n", gold_text) if p.strip()]
    return []


def _share_found(snippets: list[str], text: str) -> float:
    flat = _flat(text)
    return sum(_flat(s) in flat for s in snippets) / len(snippets)


def _run_akhbar(html: str, url: str) -> dict[str, Any]:
    articles = extract_html(html, url)
    return {
        "text": "\n\n".join(a.text for a in articles),
        "title": articles[0].title if articles else "",
        "date": articles[0].published if articles else None,
        "articles": len(articles),
    }


def _run_trafilatura(html: str, url: str) -> dict[str, Any]:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        return {"text": "", "title": "", "date": None}
    d = doc if isinstance(doc, dict) else doc.as_dict()
    return {"text": d.get("text") or "", "title": d.get("title") or "", "date": d.get("date")}


def evaluate(data: Path) -> list[dict[str, Any]]:
    rows = []
    for line in (data / "index.jsonl").read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        html = (data / page["html"]).read_text(encoding="utf-8")
        gold_text = (data / page["gold_text_file"]).read_text(encoding="utf-8") if page.get("gold_text_file") else None
        gold_date = (page.get("gold_date") or "")[:10] or None
        snippets = _snippets(page, gold_text)
        url = page["url"]
        runners = {"akhbar": lambda html=html, url=url: _run_akhbar(html, url),
                   "trafilatura": lambda html=html, url=url: _run_trafilatura(html, url),
                   "htmldate": lambda html=html, url=url: {"text": None, "title": None, "date": find_date(html, url=url)}}
        row: dict[str, Any] = {"id": page["id"], "gold_date": gold_date}
        systems = {}
        for name, run in runners.items():
            t0 = time.perf_counter()
            systems[name] = run()
            row[f"{name}_seconds"] = time.perf_counter() - t0
        for name, out in systems.items():
            row[f"{name}_date"] = out["date"]
            row[f"{name}_date_ok"] = None if not gold_date else (out["date"] or "")[:10] == gold_date
            if out["text"] is None:
                continue
            row[f"{name}_snippets"] = _share_found(snippets, out["text"]) if snippets else None
            row[f"{name}_leaks"] = (sum(_flat(s) in _flat(out["text"]) for s in page["gold_without"])
                                    if page.get("gold_without") else None)
            row[f"{name}_f1"] = token_f1(out["text"], gold_text) if gold_text else None
            row[f"{name}_title_ok"] = (_flat(out["title"]) == _flat(page["gold_title"])
                                       if page.get("gold_title") else None)
        row["akhbar_articles"] = systems["akhbar"]["articles"]
        rows.append(row)
    return rows


def _mark(ok: bool | None) -> str:
    return "" if ok is None else ("✓" if ok else "✗")


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:.3f}"


def _mean(xs: list[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None


def table(rows: list[dict[str, Any]]) -> str:
    head = ("| page | gold date | akhbar date | trafilatura date | htmldate | snippets akhbar / traf "
            "| F1 akhbar / traf | title akhbar / traf |")
    out = [head, "|" + "---|" * 8]
    for r in rows:
        out.append(
            f"| {r['id']} | {r['gold_date'] or ''} "
            f"| {r['akhbar_date'] or '-'} {_mark(r['akhbar_date_ok'])} "
            f"| {r['trafilatura_date'] or '-'} {_mark(r['trafilatura_date_ok'])} "
            f"| {r['htmldate_date'] or '-'} {_mark(r['htmldate_date_ok'])} "
            f"| {_num(r['akhbar_snippets'])} / {_num(r['trafilatura_snippets'])} "
            f"| {_num(r['akhbar_f1'])} / {_num(r['trafilatura_f1'])} "
            f"| {_mark(r['akhbar_title_ok'])} / {_mark(r['trafilatura_title_ok'])} |")
    out.append("")
    out.append("| totals | akhbar | trafilatura | htmldate |")
    out.append("|---|---|---|---|")
    dated = [r for r in rows if r["gold_date"]]
    out.append("| dates correct | " + " | ".join(
        f"{sum(bool(r[f'{n}_date_ok']) for r in dated)}/{len(dated)}" for n in ("akhbar", "trafilatura", "htmldate")) + " |")
    for key, label in (("snippets", "mean snippet recall"), ("f1", "mean token F1 (gold text)")):
        vals = [_mean([r[f"{n}_{key}"] for r in rows if r.get(f"{n}_{key}") is not None]) for n in ("akhbar", "trafilatura")]
        out.append(f"| {label} | {_num(vals[0])} | {_num(vals[1])} | |")
    leaks = [sum(r.get(f"{n}_leaks") or 0 for r in rows) for n in ("akhbar", "trafilatura")]
    out.append(f"| must-not-contain snippets leaked | {leaks[0]} | {leaks[1]} | |")
    secs = [sum(r[f"{n}_seconds"] for r in rows) for n in ("akhbar", "trafilatura", "htmldate")]
    out.append("| seconds, all pages (first call loads dateparser) | " + " | ".join(f"{x:.1f}" for x in secs) + " |")
    titled = [r for r in rows if r.get("akhbar_title_ok") is not None]
    out.append(f"| titles exact | {sum(bool(r['akhbar_title_ok']) for r in titled)}/{len(titled)} "
               f"| {sum(bool(r['trafilatura_title_ok']) for r in titled)}/{len(titled)} | |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="html_pages_ar directory")
    parser.add_argument("--json", action="store_true", help="print per-page rows as JSON")
    args = parser.parse_args(argv)
    if not (args.data / "index.jsonl").exists():
        print(f"needs {args.data}/index.jsonl (../shared/data/html_pages_ar is not present)", file=sys.stderr)
        return 2
    rows = evaluate(args.data)
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.json else table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
