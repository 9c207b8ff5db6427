"""The `akhbar` command line: each command opens the Archive and calls one method.

Machine-readable output (``--json``) goes to stdout, human output to the terminal, errors to
stderr with a non-zero exit code and a message that says what to do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import __version__
from .archive import Archive
from .cliargs import Parser, add_global_options, global_argv, suggest_flag, tcp_port
from .config import Settings, load_settings, worker_count
from .engines import ENGINES
from .errors import AkhbarError, ConfigError, InputError, ModelServerWarning
from .models import EmbedReport, IngestProgress
from .present import NO_DATE, count_phrase, show_date, source_name, title_text
from .read import parse_field_names
from .retrieve import SORTS
from .term import visible
from .views import err, out, print_answer, print_citations, print_embed_report, print_generated, print_report

COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {}


def command(name: str, help: str):
    def register(fn):
        COMMANDS[name] = (help, fn)
        return fn
    return register


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def settings_of(args: argparse.Namespace, **flags: Any) -> Settings:
    """Settings from the config file (``--config``) and environment, with ``--archive`` and the
    command's own flags (None = not given) on top."""
    return load_settings({"archive": args.archive, **flags}, config=args.config)


def open_archive(args: argparse.Namespace, create: bool = False, **flags: Any) -> Archive:
    """The archive of ``--archive``, with settings given as flags (None = not given) on top."""
    settings = settings_of(args, **flags)
    return Archive.open(settings.archive, create=create, settings=settings)


def invoke(args: argparse.Namespace, *argv: str) -> int:
    """Run another command exactly as if it were typed (``invoke(args, "search", "بيروت", "-k", "3")``),
    with this run's global options: it is parsed by the same parser, so every flag it has keeps its
    default and adding one never breaks a caller."""
    again = [*argv, *global_argv(args)]
    parsed = build_parser().parse_args(again)
    return int(parsed.run(parsed))


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
    out.line((f"tokens ({len(result['tokens'])})", "bold"))
    for t in result["tokens"]:
        out.line(f"  {t['start']:>5}-{t['end']:<5} {t['text']}  norm={t['norm']}  stem={t['stem']}")
    out.line((f"sentences ({len(result['sentences'])})", "bold"))
    for s in result["sentences"]:
        out.line(f"  {s['start']:>5}-{s['end']:<5} {s['text']}")
    out.line((f"numbers ({len(result['numbers'])})", "bold"))
    for n in result["numbers"]:
        out.line(f"  {n['start']:>5}-{n['end']:<5} {n['text']} = {n['value']}")
    out.line((f"dates ({len(result['dates'])})", "bold"))
    for d in result["dates"]:
        out.line(f"  {d['start']:>5}-{d['end']:<5} {d['text']} → {d['date']} ({d['precision']})")
    return 0


@command("analyze", "Show what the Arabic analyzer sees: tokens, stems, sentences, numbers, dates.")
def _analyze_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", nargs="*", help="text to analyze (default: standard input)")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date that relative expressions (أمس) refer to")
    p.set_defaults(run=_analyze)


# --- ingest -----------------------------------------------------------------------------------

class _ProgressBar:
    """The ingest's progress on the terminal: phase, done/total, ETA when the total is known."""

    def __init__(self) -> None:
        from rich import progress as rp

        self.bar = rp.Progress(rp.SpinnerColumn(), rp.TextColumn("{task.description}"), rp.BarColumn(),
                               rp.MofNCompleteColumn(), rp.TextColumn("{task.fields[unit]}"), rp.TimeElapsedColumn(),
                               rp.TextColumn("eta"), rp.TimeRemainingColumn(),
                               rp.TextColumn("{task.fields[label]}", markup=False), console=err.console,
                               transient=True)
        self.tasks: dict[str, Any] = {}

    def __call__(self, p: IngestProgress) -> None:
        if p.phase not in self.tasks:
            self.tasks[p.phase] = self.bar.add_task(p.phase, total=p.total, unit=p.unit, label="")
        self.bar.update(self.tasks[p.phase], completed=p.done, total=p.total, label=visible(p.label[-50:]))

    def __enter__(self) -> _ProgressBar:
        self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()


def _ingest(args: argparse.Namespace) -> int:
    fields = parse_field_names(args.field)  # a bad --field fails before any archive is created
    archive = open_archive(args, create=True, workers=args.workers, engine=args.engine, ray_address=args.ray_address)
    with archive:
        if not args.json and err.is_terminal:
            with _ProgressBar() as bar:
                report = archive.ingest(args.paths, fields=fields, progress=bar)
        else:
            report = archive.ingest(args.paths, fields=fields)
        embedded: EmbedReport | None = None
        failed: AkhbarError | None = None
        if report.nothing_read and archive.created:
            archive.discard()  # an ingest that read nothing leaves no empty archive behind
        elif args.embed:
            try:
                embedded = _embed_with_progress(archive, args)
            except AkhbarError as e:  # what was ingested stays: say so, then fail
                failed = e
    if args.json:
        data = report.to_dict()
        if embedded is not None:
            data["embedded"] = embedded.to_dict()
        emit_json(data)
    else:
        print_report(report, quiet=args.quiet)
        if embedded is not None:
            print_embed_report(embedded)
    if failed is not None:
        raise type(failed)(f"the articles were stored, but embedding them failed: {failed}; "
                           "run `akhbar embed` once the server works (it resumes)")
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
    p.add_argument("--engine", choices=ENGINES,
                   help="where records are prepared: local (the default: this machine's processes, record by record) "
                        "or ray (Ray Data tasks; shards, a global duplicate join, one bulk writer; needs "
                        "pip install 'akhbar[cluster]'); both build the same archive (setting 'engine')")
    p.add_argument("--ray-address", metavar="ADDRESS",
                   help="the Ray cluster for --engine ray, e.g. auto or ray://head:10001 (default: a Ray started "
                        "here with --workers CPUs; setting 'ray_address')")
    p.add_argument("--field", action="append", metavar="FIELD=NAME",
                   help="the name your JSONL/CSV records use for a field, e.g. --field published=date_extracted "
                        "--field text=body (FIELD: title, text, published, url, source, tags; repeatable; "
                        "setting 'fields')")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print only the summary (counts and warnings), not each skipped or duplicate record")
    p.add_argument("--embed", action="store_true",
                   help="then give the new passages vectors from the embeddings server (as `akhbar embed`)")
    p.set_defaults(run=_ingest)


# --- embed (optional embeddings server) -------------------------------------------------------

def _embed_with_progress(archive: Archive, args: argparse.Namespace) -> EmbedReport:
    rebuild = getattr(args, "rebuild", False)
    if args.json or not err.is_terminal:
        return archive.embed(rebuild=rebuild)
    with _ProgressBar() as bar:
        return archive.embed(rebuild=rebuild, progress=lambda done, total: bar(
            IngestProgress("embedding", done, total, "passages")))


def _embed(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        report = _embed_with_progress(archive, args)
    emit_json(report.to_dict()) if args.json else print_embed_report(report)
    return 0


@command("embed", "Give every passage a vector from an embeddings server, for hybrid search (resumable).")
def _embed_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rebuild", action="store_true", help="embed every passage again (e.g. after changing model)")
    p.set_defaults(run=_embed)


# --- search / show / stats / reindex ---------------------------------------------------------

DATE_HELP = "only articles published {} DATE: 2024, 2024-05, 2024-05-07, «7 مايو 2024», «1 رمضان 1445»"

def catching_up(archive: Archive) -> None:
    """Say so when the index lags the store: what was just read may miss the newest articles."""
    pending = archive.unindexed()
    if pending:
        err.line(f"note: the search index is catching up: {pending} stored article(s) are not searchable yet "
                 "(an ingest is indexing them; if none is running, `akhbar reindex` brings it up to date)",
                 style="yellow")


def _search(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        result = archive.search(" ".join(args.query), args.k, offset=args.offset, sort=args.sort, since=args.since,
                                until=args.until, source=args.source, hybrid=args.hybrid)
        catching_up(archive)
    if args.json:
        emit_json(result.to_dict())
        return 0
    for phrase in result.unmatched_phrases:  # not required, so the hits are those of its words: say so
        out.line((_unmatched(phrase), "yellow"))
    if not result.hits:
        out.line("لا نتائج — no results" if not result.total else
                 f"لا نتائج بعد الإزاحة {result.offset} — no results past --offset {result.offset} of {result.total}")
        return 0
    first, last = result.offset + 1, result.offset + len(result.hits)
    out.line((count_phrase(result.total, "نتيجة واحدة", "نتيجتان", "نتائج", "نتيجة"), "bold"),
             (f"  ({first}–{last}, {args.sort})", "dim"))
    for rank, h in enumerate(result.hits, first):
        score = f" · {h.score:.2f}" if h.score is not None else ""
        out.line((f"{rank}. {title_text(h.title)}", "bold"),
                 (f"  #{h.article_id} · {source_name(h.source)} · {show_date(h.published)}{score}", "dim"))
        parts: list[str | tuple[str, str]] = ["   "]
        last_end = 0
        for s, e in h.highlights:
            s, e = s - h.start, e - h.start
            parts += [h.text[last_end:s], (h.text[s:e], "bold yellow")]
            last_end = e
        parts.append(h.text[last_end:])
        out.line(*parts)
    facets = result.facets
    out.line(("المصادر: ", "dim"), " · ".join(f"{source_name(str(f.value or ''))} {f.count}" for f in facets["source"]))
    out.line(("السنوات: ", "dim"), " · ".join(f"{f.value or NO_DATE} {f.count}" for f in facets["year"]))
    if last < result.total:
        out.line(f"more: add --offset {last}", style="dim")
    return 0


@command("search", "Search the archive; one best passage per article, with the total and counts per source and year.")
def _search_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="+", help='words to search for (any of them; "quoted phrases" must match; '
                   'one no article holds is searched as its words, and the output says so)')
    p.add_argument("-k", type=int, default=None, help="number of hits (default: the search_k setting)")
    p.add_argument("--offset", type=int, default=0, help="skip this many hits (the next page: --offset 10)")
    p.add_argument("--sort", choices=SORTS, default="relevance",
                   help="relevance (default), date (oldest first) or -date (newest first); undated articles last")
    p.add_argument("--since", metavar="DATE", help=DATE_HELP.format("on or after"))
    p.add_argument("--until", metavar="DATE", help=DATE_HELP.format("on or before"))
    p.add_argument("--source", help="only sources whose name holds this (الجزيرة finds الجزيرة نت)")
    p.add_argument("--hybrid", action=argparse.BooleanOptionalAction, default=None,
                   help="fuse BM25 with embeddings (needs embeddings_url and `akhbar embed`; default: the hybrid setting)")
    p.set_defaults(run=_search)


def _unmatched(phrase: str) -> str:
    return (f"لا مقالة تحوي العبارة «{phrase}» كما كُتبت؛ النتائج لكلماتها — "
            f"no article holds the phrase \"{phrase}\" as written; results for its words")


def _export(args: argparse.Namespace) -> int:
    from .export import formatted

    query = " ".join(args.query) if args.query else None
    target = open(args.output, "w", encoding="utf-8", newline="") if args.output and args.output != "-" else None
    try:
        with open_archive(args) as archive:
            if query is not None:  # export matches as search does: a phrase it did not require is named on stderr
                found = archive.search(query, 1, since=args.since, until=args.until, source=args.source, facets=False)
                for phrase in found.unmatched_phrases:
                    err.line(_unmatched(phrase), style="yellow")
            rows = archive.export(query, since=args.since, until=args.until, source=args.source)
            count = 0

            def counted() -> Iterator[dict[str, Any]]:
                nonlocal count
                for row in rows:
                    count += 1
                    yield row

            for chunk in formatted(counted(), args.format):
                (target or sys.stdout).write(chunk)
    except OSError as e:
        raise InputError(f"cannot write {args.output}: {e.strerror}") from None
    finally:
        if target is not None:
            target.close()
    if target is not None:
        err.line(f"exported {count} articles to {args.output}")
    if not count:
        raise InputError("no article to export: the archive is empty, or nothing matches the query and filters")
    return 0


@command("export", "Write every article (or those matching QUERY) with its metadata and duplicates' links.")
def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="*", help="only the articles matching these words, as search finds them "
                                            "(default: every article)")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl",
                   help="jsonl (default; ingests back as is) or csv (UTF-8 with a byte order mark, for spreadsheets)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    p.add_argument("--since", metavar="DATE", help=DATE_HELP.format("on or after"))
    p.add_argument("--until", metavar="DATE", help=DATE_HELP.format("on or before"))
    p.add_argument("--source", help="only sources whose name holds this")
    p.set_defaults(run=_export)


def _show(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        article = archive.show(args.id)
    if args.json:
        emit_json(article)
        return 0
    out.line((title_text(article["title"]), "bold"))
    out.line(f"#{article['id']} · {source_name(article['source'])} · {show_date(article['published'])} · "
             f"{article['lang']} · tags: {'، '.join(article['tags']) or '-'} · {article['url'] or article['origin']}",
             style="dim")
    if article["duplicate_of"]:
        out.line(f"duplicate of article {article['duplicate_of']}", style="yellow")
    out.blank()
    out.line(article["text"])
    for d in article["duplicates"]:
        out.line(f"also published by {source_name(d['source'])} ({d['url'] or d['origin']}) as article {d['id']}",
                 style="dim")
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
        if key == "sources":
            value = "، ".join(f"{source_name(s['source'])}: {s['articles']}" for s in value) or "-"
        elif key == "published_range":
            value = " → ".join(show_date(v) for v in value)
        elif isinstance(value, dict):
            value = "، ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        out.line(f"{key:>16}  {value}")
    return 0


@command("stats", "Counts of articles, duplicates, passages, sources and dates in the archive.")
def _stats_args(p: argparse.ArgumentParser) -> None:
    p.set_defaults(run=_stats)


def _reindex(args: argparse.Namespace) -> int:
    if args.merge:
        with open_archive(args) as archive:
            merged = archive.merge_index()
        if args.json:
            emit_json(merged)
        else:
            out.line(f"search index: {merged['segments_before']} segments merged into {merged['segments_after']}"
                     f" ({merged['articles_indexed_again']} articles indexed again)")
        return 0
    with open_archive(args) as archive:
        done = archive.reindex()
    if args.json:
        emit_json({"indexed_articles": done["articles"], "indexed_passages": done["passages"]})
    else:
        out.line(f"indexed {done['articles']} articles ({done['passages']} passages)")
    return 0


@command("reindex", "Rebuild the search index from the store (it is derived data).")
def _reindex_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--merge", action="store_true",
                   help="merge the index's segments (tens after a bulk load; every search reads each) into one, in "
                        "article id order, instead of rebuilding: only the articles of small segments are analyzed again; same results")
    p.set_defaults(run=_reindex)


def _config(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    if args.json:
        emit_json({k: {"value": v, "help": Settings.help()[k]} for k, v in settings.to_dict().items()})
        return 0
    for name, value in settings.to_dict().items():
        out.line((name, "bold"), f" = {value!r}   (AKHBAR_{name.upper()})")
        out.line(f"    {Settings.help()[name]}")
    return 0


@command("config", "Show every setting, its value and where to set it.")
def _config_args(p: argparse.ArgumentParser) -> None:
    p.set_defaults(run=_config)


# --- ask / verify / timeline ------------------------------------------------------------------

def _questions(args: argparse.Namespace) -> list[str]:
    """The questions to answer: one from the arguments (or stdin), or one per line of --file (- = stdin)."""
    if args.file is None:
        return [read_text_arg(args.question, "question")]
    if args.question:
        raise InputError("give either a question or --file, not both")
    text = sys.stdin.read() if args.file == "-" else _read_file(args.file, "questions")
    questions = [line.strip() for line in text.splitlines() if line.strip()]
    if not questions:
        raise InputError(f"no question in {'standard input' if args.file == '-' else args.file}: write one per line")
    return questions


def _ask(args: argparse.Namespace) -> int:
    questions = _questions(args)
    failed = 0
    with open_archive(args) as archive:
        for i, question in enumerate(questions):
            try:
                answer = archive.ask(question, generate=args.generate)
            except AkhbarError as e:
                if args.file is None:
                    raise
                failed += 1  # one bad line does not stop the others; the exit code says so
                if args.json:
                    sys.stdout.write(json.dumps({"question": question, "error": str(e)}, ensure_ascii=False) + "\n")
                else:
                    err.line(f"error: line {i + 1}: {e}", style="red")
                continue
            if args.json and args.file is not None:  # JSON lines: one answer per line, as each is ready
                sys.stdout.write(json.dumps(answer.to_dict(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            elif args.json:
                emit_json(answer.to_dict())
            elif args.cite:
                print_citations(answer)
            else:
                print_answer(answer)
                if args.generate:
                    print_generated(answer, args.show_unsupported)
                if len(questions) > 1:
                    out.blank()
    if failed:
        raise InputError(f"{failed} of {len(questions)} questions could not be answered (see above)")
    return 0


@command("ask", "Answer an Arabic question with cited sentences from the archive, or say nothing answers it.")
def _ask_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("question", nargs="*", help="the question (default: standard input)")
    p.add_argument("--file", metavar="FILE", help="answer every question of FILE, one per line (- = standard input); "
                                                  "with --json, one JSON object per line")
    p.add_argument("--cite", action="store_true",
                   help="print only the citations, ready to paste: «quote» — source، title، date، url")
    p.add_argument("--generate", action="store_true",
                   help="also have a language model word the answer from its sources (setting llm_url); every "
                        "sentence is checked: unsupported ones are dropped, contradicted ones replaced by their source")
    p.add_argument("--show-unsupported", action="store_true",
                   help="with --generate: show the dropped sentences too, struck through and labelled")
    p.set_defaults(run=_ask)


def _read_file(path: str, what: str) -> str:
    """A UTF-8 text file, or standard input for "-"."""
    if path == "-":
        return read_text_arg(None, what)
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
            catching_up(archive)
    data = report.to_dict()
    if args.json:
        emit_json(data)
        return 0
    colors = {"supported": "green", "unsupported": "yellow", "contradicted": "red"}
    for c in report.claims:
        out.line(f"{c.verdict:>12} ({c.probability:.2f})  {c.text}", style=colors[c.verdict])
        if c.reason:
            out.line(f"{'':>14}  why: {c.reason}")
        if c.evidence:
            out.line(f"{'':>14}  ← {c.evidence}", style="dim")
    out.line(f"supported: {data['supported']}  unsupported: {data['unsupported']}  contradicted: {data['contradicted']}")
    return 0


@command("verify", "Check an answer's claims against a context file, or against the whole archive.")
def _verify_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--answer", required=True, metavar="FILE", help="the text to check (UTF-8; - = standard input)")
    p.add_argument("--context", metavar="FILE", help="source text to check against (default: the whole archive)")
    p.set_defaults(run=_verify)


def _timeline(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        events = archive.timeline(" ".join(args.query), since=args.since, until=args.until, near=args.near)
        catching_up(archive)
    if args.json:
        emit_json([e.to_dict() for e in events])
        return 0
    if not any(e.topic == "on" and not e.held for e in events):
        out.line("لا أحداث مؤرخة لهذا الموضوع — no dated events")
    held_title = "غير مؤكد — held back (their date or topic is less sure than the timeline's)"
    near_title = "قريب من الموضوع — near-topic events (they cover part of the query only)"
    for title, kind in (("", "on"), (held_title, "held"), (near_title, "near")):
        group = [e for e in events if (e.topic, bool(e.held)) == (kind, False) or (kind == "held" and e.held)]
        if title and group:
            out.line("")
            out.line((title, "bold"))
        for e in group:
            sources = "، ".join(dict.fromkeys(source_name(s["source"]) for s in e.sources))
            out.line((e.date, "bold"), (f" ({e.precision})", "dim"))
            out.line(f"  │ {e.text}")
            out.line("  │ ", (f"{sources} · #{e.article_id}", "dim"))
    return 0


@command("timeline", "Dated events behind a story, merged across sources, in date order.")
def _timeline_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="+", help="what the story is about")
    p.add_argument("--since", metavar="DATE", help="only events on or after DATE (as search --since reads it)")
    p.add_argument("--until", metavar="DATE", help="only events on or before DATE")
    p.add_argument("--near", action="store_true",
                   help="also the events held back (a less sure date or topic) and near-topic events, listed after"
                        " the timeline (in --json: each event's held is date, topic or empty, its topic on or near)")
    p.set_defaults(run=_timeline)


# --- serve ------------------------------------------------------------------------------------

def _serve(args: argparse.Namespace) -> int:
    try:
        from .web import port_is_free, serve
    except ImportError as e:
        raise ConfigError(f"the web server needs the web extra ({e.name} is missing): pip install 'akhbar[web]'") from None
    settings = settings_of(args)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        err.line(f"warning: listening on {args.host}: anyone who can reach it can read the archive", style="yellow")
    if args.host in ("0.0.0.0", "::", "") and not settings.allowed_hosts:
        err.line("note: requests are answered only when they name this machine as localhost or 127.0.0.1; set "
                 "allowed_hosts (AKHBAR_ALLOWED_HOSTS) to the names and addresses clients use", style="yellow")
    if not Archive.exists(settings.archive):
        err.line(f"no archive at {settings.archive} yet: run `akhbar demo` or `akhbar ingest PATH`; "
                 "the page says so until then", style="yellow")
    port_is_free(args.host, args.port)
    workers = worker_count(args.workers) if args.workers else 1
    shown = f"[{args.host}]" if ":" in args.host else args.host
    processes = f", {workers} worker processes" if workers > 1 else ""
    out.line(f"akhbar: serving {settings.archive} at http://{shown}:{args.port}/{processes}  (API: /docs · Ctrl+C stops)")
    serve(settings, args.host, args.port, workers, args.config)
    return 0


@command("serve", "Serve the Arabic web page and the JSON API (this machine only unless --host says otherwise).")
def _serve_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=tcp_port, default=8000, help="TCP port (default 8000)")
    p.add_argument("--workers", help="server processes over the same archive (default 1; auto = one per core): "
                                     "each reads with its own connection and index reader; uploads are "
                                     "stored by one at a time")
    p.set_defaults(run=_serve)


# --- eval -------------------------------------------------------------------------------------

def _eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_squad

    result = evaluate_squad(args.file, distractors=args.distractors, archive_path=args.archive)
    if args.json:
        emit_json(result)
        return 0
    out.line(f"{result['questions']} questions over {result['articles']} articles "
             f"({result['paragraphs']} paragraphs + {result['distractors']} distractors)")
    for key in ("R@1", "R@5", "R@20", "MRR@10"):
        out.line(f"  {key:>7}  {result[key]:.3f}")
    return 0


@command("eval", "Retrieval quality on SQuAD-format questions: R@1, R@5, R@20, MRR@10.")
def _eval_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="SQuAD-format JSON (data[].paragraphs[].context/qas)")
    p.add_argument("--distractors", metavar="FILE",
                   help="JSONL(.gz) of extra articles (text/content field) added as distractors")
    p.set_defaults(run=_eval)


# --- demo -------------------------------------------------------------------------------------

# The sample corpus ships inside the package, so `akhbar demo` works after a plain `pip install akhbar`.
SAMPLE_CORPUS = Path(__file__).resolve().parent / "sample" / "corpus"
DEMO_SENTENCE = "وبسطت فصائل سورية في الثامن من ديسمبر/كانون الأول 2024 سيطرتها على البلاد، منهية 61 عاما من حكم حزب البعث."


def _demo(args: argparse.Namespace) -> int:
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise InputError(f"no corpus directory at {corpus}; pass --corpus DIR (a folder of files to ingest)")
    out.rule("1. what the analyzer sees")
    invoke(args, "analyze", DEMO_SENTENCE)
    out.rule(f"2. ingest {corpus}")
    invoke(args, "ingest", str(corpus), *(["--workers", args.workers] if args.workers else []))
    out.rule("3. the archive")
    invoke(args, "stats")
    out.rule("4. search: انفجار مرفأ بيروت")
    invoke(args, "search", "انفجار مرفأ بيروت", "-k", "3")
    questions = corpus.parent / "questions.txt"
    if questions.is_file():
        out.rule(f"5. ask ({questions})")
        with open_archive(args) as archive:
            for line in questions.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    print_answer(archive.ask(line.strip()))
                    out.blank()
    out.rule("6. timeline: العلاقات الروسية السورية")
    invoke(args, "timeline", "العلاقات الروسية السورية")
    out.line("")
    out.line("next: `./run akhbar serve` and open http://127.0.0.1:8000/ — or `./run akhbar --help`")
    return 0


@command("demo", "Ingest the bundled sample corpus and show what akhbar does with it.")
def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", default=str(SAMPLE_CORPUS),
                   help="corpus directory, with questions.txt beside it (default: the sample corpus akhbar ships with)")
    p.add_argument("--workers", help="passed to ingest (default: the workers setting)")
    p.set_defaults(run=_demo)


# --- main -------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="akhbar",
                     description="An Arabic news archive that answers questions with cited source sentences.")
    parser.add_argument("--version", action="version", version=f"akhbar {__version__}")
    add_global_options(parser, top=True)
    common = Parser(add_help=False)
    add_global_options(common, top=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name, (help, configure) in COMMANDS.items():
        configure(sub.add_parser(name, help=help, description=help, parents=[common]))
    return parser


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """akhbar's own warnings (e.g. hybrid search falling back to BM25) as one plain line on stderr."""
    if issubclass(category, ModelServerWarning):
        err.line(f"warning: {message}", style="yellow")
    else:
        _default_showwarning(message, category, filename, lineno, file, line)


_default_showwarning = warnings.showwarning


def parse(argv: list[str] | None) -> argparse.Namespace:
    """The command line as a namespace; an unknown flag stops with the flag akhbar has for it."""
    parser = build_parser()
    given, argv = list(sys.argv[1:] if argv is None else argv), []
    while given:  # argparse would read "-date" as a flag: --sort -date means --sort=-date
        arg = given.pop(0)
        argv.append(f"--sort={given.pop(0)}" if arg == "--sort" and given and given[0].startswith("-") else arg)
    args, extras = parser.parse_known_args(argv)
    if extras:
        command_parser = parser._subparsers._group_actions[0].choices.get(args.command, parser)  # type: ignore[union-attr]
        flags = [x for x in extras if x.startswith("-") and x != "-"]
        if not flags:
            command_parser.error(f"unexpected argument{'s' if len(extras) > 1 else ''}: {' '.join(extras)}")
        hint = suggest_flag(command_parser, flags[0])
        command_parser.error(f"unknown option {flags[0]}" + (f"; did you mean {hint}?" if hint else "") +
                             f" (`{command_parser.prog} --help` lists the options)")
    return args


def main(argv: list[str] | None = None) -> int:
    warnings.showwarning = _show_warning
    args = parse(argv)
    if not getattr(args, "run", None):
        build_parser().print_help()
        return 2
    try:
        out.bidi = err.bidi = args.bidi or settings_of(args).bidi
        return int(args.run(args))
    except AkhbarError as e:
        err.line(f"error: {e}", style="red")
        return 1
    except KeyboardInterrupt:
        err.line("interrupted; everything committed so far is kept — re-run to finish")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
