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
from pathlib import Path
from typing import Any

from rich.console import Console

from . import __version__
from .archive import Archive
from .config import Settings, load_settings
from .errors import AkhbarError, ConfigError, InputError
from .models import Answer, IngestProgress, IngestReport
from .read import parse_field_names

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


def open_archive(args: argparse.Namespace, create: bool = False, **flags: Any) -> Archive:
    """The archive of ``--archive``, with settings given as flags (None = not given) on top."""
    settings = load_settings({"archive": args.archive, **flags})
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

SHOWN = 10  # skip and duplicate lines printed before "… and N more"


def _print_report(report: IngestReport, quiet: bool = False) -> None:
    """The summary (counts, and what was lost); unless ``quiet``, the skips and duplicates, a few of each."""
    out.print(f"records read: {report.records}   stored: {report.stored}   duplicates: {report.duplicates}   "
              f"skipped: {len(report.skipped)}", markup=False)
    if report.stored:
        out.print(f"stored without a date: {report.no_date}   without a source: {report.no_source}", markup=False)
    for warning in report.warnings:
        err.print(f"warning: {warning}", markup=False, style="yellow")
    if quiet:
        return
    for skip in report.skipped[:SHOWN]:
        out.print(f"  skipped {skip.source}: {skip.reason}", markup=False)
    if len(report.skipped) > SHOWN:
        out.print(f"  … and {len(report.skipped) - SHOWN} more skipped (--json lists them all)", markup=False)
    duplicates = list(report.duplicate_of.items())
    for label, kept in duplicates[:SHOWN]:
        out.print(f"  duplicate {label} → article {kept}", markup=False)
    if len(duplicates) > SHOWN:
        out.print(f"  … and {len(duplicates) - SHOWN} more duplicates (--json lists them all)", markup=False)


class _ProgressBar:
    """The ingest's progress on the terminal: phase, done/total, ETA when the total is known."""

    def __init__(self) -> None:
        from rich import progress as rp

        self.bar = rp.Progress(rp.SpinnerColumn(), rp.TextColumn("{task.description}"), rp.BarColumn(),
                               rp.MofNCompleteColumn(), rp.TextColumn("{task.fields[unit]}"), rp.TimeElapsedColumn(),
                               rp.TextColumn("eta"), rp.TimeRemainingColumn(),
                               rp.TextColumn("{task.fields[label]}", markup=False), console=err, transient=True)
        self.tasks: dict[str, Any] = {}

    def __call__(self, p: IngestProgress) -> None:
        if p.phase not in self.tasks:
            self.tasks[p.phase] = self.bar.add_task(p.phase, total=p.total, unit=p.unit, label="")
        self.bar.update(self.tasks[p.phase], completed=p.done, total=p.total, label=p.label[-50:])

    def __enter__(self) -> _ProgressBar:
        self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()


def _ingest(args: argparse.Namespace) -> int:
    fields = parse_field_names(args.field)  # a bad --field fails before any archive is created
    archive = open_archive(args, create=True, workers=args.workers)
    with archive:
        if not args.json and err.is_terminal:
            with _ProgressBar() as bar:
                report = archive.ingest(args.paths, fields=fields, progress=bar)
        else:
            report = archive.ingest(args.paths, fields=fields)
        if report.nothing_read and archive.created:
            archive.discard()  # an ingest that read nothing leaves no empty archive behind
    if args.json:
        data = report.to_dict()
        emit_json({k: data[k] for k in ("records", "stored", "duplicates", "skipped", "articles", "duplicate_of",
                                        "no_date", "no_source", "warnings")})
    else:
        _print_report(report, quiet=args.quiet)
    if report.nothing_read:
        where = " ".join(args.paths)
        raise InputError(f"nothing could be read from {where}: no article was stored "
                         "(the reasons are listed above); check the paths and formats")
    return 0


@command("ingest", "Read files, directories, globs or - (stdin) into the archive.")
def _ingest_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="files, directories (recursive), globs, or - for standard input")
    p.add_argument("--workers", help="processes preparing records: auto (the default: one per core) or a number;"
                                     " 1 = no worker processes (setting 'workers', AKHBAR_WORKERS)")
    p.add_argument("--field", action="append", metavar="FIELD=NAME",
                   help="the name your JSONL/CSV records use for a field, e.g. --field published=date_extracted "
                        "--field text=body (FIELD: title, text, published, url, source, tags; repeatable; "
                        "setting 'fields')")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print only the summary (counts and warnings), not each skipped or duplicate record")
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


# --- ask / verify / timeline ------------------------------------------------------------------

def _print_answer(answer: Answer) -> None:
    out.print(f"[bold]س: {answer.question}[/]  [dim]({answer.answer_type})[/]")
    if answer.abstained:
        out.print(f"[yellow]{answer.message or 'لم أجد في الأرشيف ما يجيب عن هذا السؤال.'}[/]")
        for h in answer.closest[:3]:
            out.print(f"  [dim]أقرب نتيجة: #{h.article_id} {h.title or ''} — {h.text[:120]}[/]", markup=True)
        return
    if answer.answer:
        out.print(f"[bold green]ج: {answer.answer}[/]")
    for p in answer.points:
        cites = "".join(f"[{n}]" for n in p.citations)
        out.print(f"  • {p.text} {cites}", markup=False)
    out.print("[dim]المصادر:[/]")
    for s in answer.sources:
        out.print(f"  [{s.n}] #{s.article_id} {s.title or '(بلا عنوان)'} — {s.source or '?'}، {s.published or '?'}"
                  f" (chars {s.start}–{s.end})", markup=False)


def _ask(args: argparse.Namespace) -> int:
    question = read_text_arg(args.question, "question")
    with open_archive(args) as archive:
        answer = archive.ask(question)
    if args.json:
        data = answer.to_dict()
        emit_json({k: data[k] for k in ("question", "answer_type", "answer", "points", "sources", "abstained",
                                        "message", "closest")})
    else:
        _print_answer(answer)
    return 0


@command("ask", "Answer an Arabic question with cited sentences from the archive, or say nothing answers it.")
def _ask_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("question", nargs="*", help="the question (default: standard input)")
    p.set_defaults(run=_ask)


def _read_file(path: str, what: str) -> str:
    try:
        with open(path, encoding="utf-8-sig") as f:
            return f.read()
    except OSError as e:
        raise InputError(f"cannot read the {what} file {path}: {e.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"the {what} file {path} is not UTF-8 text; convert it (e.g. iconv -f cp1256 -t utf-8)") from None


def _verify(args: argparse.Namespace) -> int:
    answer = _read_file(args.answer, "answer")
    if args.context:
        from .verify import verify

        report = verify(_read_file(args.context, "context"), answer)
    else:
        with open_archive(args) as archive:
            report = archive.verify(answer)
    data = report.to_dict()
    if args.json:
        emit_json(data)
        return 0
    colors = {"supported": "green", "unsupported": "yellow", "contradicted": "red"}
    for c in report.claims:
        out.print(f"{c.verdict:>12} ({c.probability:.2f})  {c.text}", markup=False, style=colors[c.verdict])
        if c.reason:
            out.print(f"{'':>14}  why: {c.reason}", markup=False)
        if c.evidence:
            out.print(f"{'':>14}  ← {c.evidence}", markup=False, style="dim")
    out.print(f"supported: {data['supported']}  unsupported: {data['unsupported']}  contradicted: {data['contradicted']}")
    return 0


@command("verify", "Check an answer's claims against a context file, or against the whole archive.")
def _verify_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--answer", required=True, metavar="FILE", help="the text to check (UTF-8)")
    p.add_argument("--context", metavar="FILE", help="source text to check against (default: the whole archive)")
    p.set_defaults(run=_verify)


def _timeline(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        events = archive.timeline(" ".join(args.query), since=args.since, until=args.until)
    if args.json:
        emit_json([e.to_dict() for e in events])
        return 0
    if not events:
        out.print("لا أحداث مؤرخة لهذا الموضوع — no dated events")
    for e in events:
        sources = "، ".join(dict.fromkeys(s["source"] or "?" for s in e.sources))
        out.print(f"[bold]{e.date}[/] [dim]({e.precision})[/]")
        out.print(f"  │ {e.text}", markup=False)
        out.print(f"  │ [dim]{sources} · #{e.article_id}[/]")
    return 0


@command("timeline", "Dated events behind a story, merged across sources, in date order.")
def _timeline_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="+", help="what the story is about")
    p.add_argument("--since", metavar="DATE", help="only events on or after DATE (YYYY[-MM[-DD]])")
    p.add_argument("--until", metavar="DATE", help="only events on or before DATE (YYYY[-MM[-DD]])")
    p.set_defaults(run=_timeline)


# --- serve ------------------------------------------------------------------------------------

def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from .web import create_app
    except ImportError as e:
        raise ConfigError(f"the web server needs the web extra ({e.name} is missing): pip install 'akhbar[web]'") from None
    settings = load_settings({"archive": args.archive})
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"warning: listening on {args.host}: anyone who can reach it can read the archive", style="yellow")
    if not Archive.exists(settings.archive):
        err.print(f"no archive at {settings.archive} yet: run `akhbar demo` or `akhbar ingest PATH`; "
                  "the page says so until then", style="yellow")
    app = create_app(settings.archive, settings)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    out.print(f"akhbar: serving {settings.archive} at http://{shown}:{args.port}/  (API: /docs · Ctrl+C stops)",
              markup=False)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


@command("serve", "Serve the Arabic web page and the JSON API (this machine only unless --host says otherwise).")
def _serve_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    p.set_defaults(run=_serve)


# --- eval -------------------------------------------------------------------------------------

def _eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_squad

    result = evaluate_squad(args.file, distractors=args.distractors, archive_path=args.archive)
    if args.json:
        emit_json(result)
        return 0
    out.print(f"{result['questions']} questions over {result['articles']} articles "
              f"({result['paragraphs']} paragraphs + {result['distractors']} distractors)")
    for key in ("R@1", "R@5", "R@20", "MRR@10"):
        out.print(f"  {key:>7}  {result[key]:.3f}")
    return 0


@command("eval", "Retrieval quality on SQuAD-format questions: R@1, R@5, R@20, MRR@10.")
def _eval_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="SQuAD-format JSON (data[].paragraphs[].context/qas)")
    p.add_argument("--distractors", metavar="FILE",
                   help="JSONL(.gz) of extra articles (text/content field) added as distractors")
    p.set_defaults(run=_eval)


# --- demo -------------------------------------------------------------------------------------

DEMO_SENTENCE = "وبسطت فصائل سورية في الثامن من ديسمبر/كانون الأول 2024 سيطرتها على البلاد، منهية 61 عاما من حكم حزب البعث."


def _demo(args: argparse.Namespace) -> int:
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise InputError(f"no sample corpus at {corpus}; run the demo from the akhbar checkout or pass --corpus DIR")
    out.rule("1. what the analyzer sees")
    _analyze(argparse.Namespace(text=[DEMO_SENTENCE], reference_date=None, json=False))
    out.rule(f"2. ingest {corpus}")
    _ingest(argparse.Namespace(paths=[str(corpus)], archive=args.archive, json=False, workers=None, quiet=False,
                               field=None))
    out.rule("3. the archive")
    _stats(argparse.Namespace(archive=args.archive, json=False))
    out.rule("4. search: انفجار مرفأ بيروت")
    _search(argparse.Namespace(query=["انفجار مرفأ بيروت"], k=3, since=None, until=None, source=None,
                               archive=args.archive, json=False))
    questions = corpus.parent / "questions.txt"
    if questions.is_file():
        out.rule(f"5. ask ({questions})")
        with open_archive(args) as archive:
            for line in questions.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    _print_answer(archive.ask(line.strip()))
                    out.print()
    out.rule("6. timeline: العلاقات الروسية السورية")
    _timeline(argparse.Namespace(query=["العلاقات الروسية السورية"], since=None, until=None,
                                 archive=args.archive, json=False))
    out.print("\nnext: `./run akhbar serve` and open http://127.0.0.1:8000/ — or `./run akhbar --help`")
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
