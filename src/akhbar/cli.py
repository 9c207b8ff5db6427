"""The `akhbar` command line: each command opens the Archive and calls one method.

Machine-readable output (``--json``) goes to stdout, human output to the terminal, errors to
stderr with a non-zero exit code and a message that says what to do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

from rich.console import Console

from . import __version__
from .archive import Archive
from .config import Settings, load_settings
from .errors import AkhbarError, InputError
from .models import IngestReport

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {}


def command(name: str, help: str):
    def register(fn):
        COMMANDS[name] = (help, fn)
        return fn
    return register


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def open_archive(args: argparse.Namespace, create: bool = False) -> Archive:
    settings = load_settings({"archive": args.archive})
    return Archive.open(settings.archive, create=create, settings=settings)


def read_text_arg(text: list[str] | None, what: str) -> str:
    if text and text != ["-"]:
        return " ".join(text)
    if sys.stdin is None or sys.stdin.isatty():
        raise InputError(f"give the {what} as an argument, or pipe it on standard input")
    return sys.stdin.read()


# --- analyze ----------------------------------------------------------------------------------

def _analyze(args: argparse.Namespace) -> int:
    from .analysis import analyze_text

    text = read_text_arg(args.text, "text to analyze")
    reference = None
    if args.reference_date:
        try:
            reference = dt.date.fromisoformat(args.reference_date)
        except ValueError:
            raise InputError(f"--reference-date must look like 2024-12-31, got {args.reference_date!r}") from None
    result = analyze_text(text, reference)
    if args.json:
        emit_json(result)
        return 0
    out.print(f"[bold]tokens[/] ({len(result['tokens'])})")
    for t in result["tokens"]:
        out.print(f"  {t['start']:>5}-{t['end']:<5} {t['text']}  norm={t['norm']}  stem={t['stem']}")
    out.print(f"[bold]sentences[/] ({len(result['sentences'])})")
    for s in result["sentences"]:
        out.print(f"  {s['start']:>5}-{s['end']:<5} {s['text']}")
    out.print(f"[bold]numbers[/] ({len(result['numbers'])})")
    for n in result["numbers"]:
        out.print(f"  {n['start']:>5}-{n['end']:<5} {n['text']} = {n['value']}")
    out.print(f"[bold]dates[/] ({len(result['dates'])})")
    for d in result["dates"]:
        out.print(f"  {d['start']:>5}-{d['end']:<5} {d['text']} → {d['date']} ({d['precision']})")
    return 0


@command("analyze", "Show what the Arabic analyzer sees: tokens, stems, sentences, numbers, dates.")
def _analyze_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", nargs="*", help="text to analyze (default: standard input)")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date that relative expressions (أمس) refer to")
    p.set_defaults(run=_analyze)


# --- ingest -----------------------------------------------------------------------------------

def _print_report(report: IngestReport) -> None:
    out.print(f"records read: {report.records}   stored: [green]{report.stored}[/]   "
              f"duplicates: {report.duplicates}   skipped: [yellow]{len(report.skipped)}[/]")
    for skip in report.skipped:
        out.print(f"  [yellow]skipped[/] {skip.source}: {skip.reason}")
    for label, kept in report.duplicate_of.items():
        out.print(f"  duplicate {label} → article {kept}")


def _ingest(args: argparse.Namespace) -> int:
    archive = open_archive(args, create=True)
    with archive:
        progress = None
        if not args.json and err.is_terminal:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            bar = Progress(SpinnerColumn(), TextColumn("{task.completed} records"), TextColumn("{task.description}"),
                           TimeElapsedColumn(), console=err, transient=True)
            task = bar.add_task("", total=None)
            bar.start()
            progress = lambda label: bar.update(task, advance=1, description=label[-60:])  # noqa: E731
        try:
            report = archive.ingest(args.paths, progress=progress)
        finally:
            if progress:
                bar.stop()
    if args.json:
        data = report.to_dict()
        emit_json({k: data[k] for k in ("records", "stored", "duplicates", "skipped", "articles", "duplicate_of")})
    else:
        _print_report(report)
    return 0


@command("ingest", "Read files, directories, globs or - (stdin) into the archive.")
def _ingest_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="files, directories (recursive), globs, or - for standard input")
    p.set_defaults(run=_ingest)


# --- search / show / stats / reindex ---------------------------------------------------------

def _search(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        hits = archive.search(" ".join(args.query), args.k, since=args.since, until=args.until, source=args.source)
    if args.json:
        emit_json([h.to_dict() for h in hits])
        return 0
    if not hits:
        out.print("لا نتائج — no results")
    for rank, h in enumerate(hits, 1):
        out.print(f"[bold]{rank}. {h.title or '(بلا عنوان)'}[/]  [dim]#{h.article_id} · {h.source or '?'} · "
                  f"{h.published or '?'} · {h.score:.2f}[/]")
        text, last, parts = h.text, 0, []
        for s, e in h.highlights:
            s, e = s - h.start, e - h.start
            parts.append(text[last:s].replace("[", r"\[") + f"[bold yellow]{text[s:e]}[/]")
            last = e
        parts.append(text[last:].replace("[", r"\["))
        out.print("   " + "".join(parts))
    return 0


@command("search", "Search the archive; one best passage per article.")
def _search_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="+", help='words to search for; "quoted phrases" must match as phrases')
    p.add_argument("-k", type=int, default=None, help="number of hits (default: the search_k setting)")
    p.add_argument("--since", metavar="DATE", help="only articles published on or after DATE (YYYY[-MM[-DD]])")
    p.add_argument("--until", metavar="DATE", help="only articles published on or before DATE (YYYY[-MM[-DD]])")
    p.add_argument("--source", help="only articles from this source (e.g. الجزيرة)")
    p.set_defaults(run=_search)


def _show(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        article = archive.show(args.id)
    if args.json:
        emit_json(article)
        return 0
    out.print(f"[bold]{article['title'] or '(بلا عنوان)'}[/]")
    out.print(f"[dim]#{article['id']} · {article['source'] or '?'} · {article['published'] or '?'} · "
              f"{article['lang']} · tags: {'، '.join(article['tags']) or '-'} · {article['url'] or article['origin']}[/]")
    if article["duplicate_of"]:
        out.print(f"[yellow]duplicate of article {article['duplicate_of']}[/]")
    out.print()
    out.print(article["text"].replace("[", r"\["))
    for d in article["duplicates"]:
        out.print(f"[dim]also published by {d['source'] or '?'} ({d['url'] or d['origin']}) as article {d['id']}[/]")
    return 0


@command("show", "Show one article with its metadata and linked duplicates.")
def _show_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int, help="article id (from search, ask or ingest)")
    p.set_defaults(run=_show)


def _stats(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        stats = archive.stats()
    if args.json:
        emit_json(stats)
        return 0
    for key, value in stats.items():
        if isinstance(value, dict):
            value = "، ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        elif isinstance(value, list):
            value = " → ".join(str(v) for v in value)
        out.print(f"{key:>16}  {value}")
    return 0


@command("stats", "Counts of articles, duplicates, passages, sources and dates in the archive.")
def _stats_args(p: argparse.ArgumentParser) -> None:
    p.set_defaults(run=_stats)


def _reindex(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        n = archive.reindex()
    emit_json({"indexed_passages": n}) if args.json else out.print(f"indexed {n} passages")
    return 0


@command("reindex", "Rebuild the search index from the store (it is derived data).")
def _reindex_args(p: argparse.ArgumentParser) -> None:
    p.set_defaults(run=_reindex)


def _config(args: argparse.Namespace) -> int:
    settings = load_settings({"archive": args.archive})
    if args.json:
        emit_json({k: {"value": v, "help": Settings.help()[k]} for k, v in settings.to_dict().items()})
        return 0
    for name, value in settings.to_dict().items():
        out.print(f"[bold]{name}[/] = {value!r}   (AKHBAR_{name.upper()})\n    {Settings.help()[name]}")
    return 0


@command("config", "Show every setting, its value and where to set it.")
def _config_args(p: argparse.ArgumentParser) -> None:
    p.set_defaults(run=_config)


# --- demo -------------------------------------------------------------------------------------

DEMO_SENTENCE = "وبسطت فصائل سورية في الثامن من ديسمبر/كانون الأول 2024 سيطرتها على البلاد، منهية 61 عاما من حكم حزب البعث."


def _demo(args: argparse.Namespace) -> int:
    from pathlib import Path

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise InputError(f"no sample corpus at {corpus}; run the demo from the akhbar checkout or pass --corpus DIR")
    out.rule("1. what the analyzer sees")
    _analyze(argparse.Namespace(text=[DEMO_SENTENCE], reference_date=None, json=False))
    out.rule(f"2. ingest {corpus}")
    _ingest(argparse.Namespace(paths=[str(corpus)], archive=args.archive, json=False))
    out.rule("3. the archive")
    _stats(argparse.Namespace(archive=args.archive, json=False))
    out.rule("4. search: انفجار مرفأ بيروت")
    _search(argparse.Namespace(query=["انفجار مرفأ بيروت"], k=3, since=None, until=None, source=None,
                               archive=args.archive, json=False))
    return 0


@command("demo", "Ingest the bundled sample corpus and show what akhbar does with it.")
def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", default="examples/corpus", help="sample corpus directory (default: examples/corpus)")
    p.set_defaults(run=_demo)


# --- main -------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="akhbar", description="An Arabic news archive that answers questions with cited source sentences.")
    parser.add_argument("--version", action="version", version=f"akhbar {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--archive", metavar="PATH",
                        help="archive directory (default: $AKHBAR_ARCHIVE, else ./.akhbar)")
    common.add_argument("--json", action="store_true", help="print machine-readable JSON on stdout")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help, configure) in COMMANDS.items():
        configure(sub.add_parser(name, help=help, description=help, parents=[common]))
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except AkhbarError as e:
        err.print(f"error: {e}", markup=False, style="red")
        return 1
    except KeyboardInterrupt:
        err.print("interrupted; everything committed so far is kept — re-run to finish")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
