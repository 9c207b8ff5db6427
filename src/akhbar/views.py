"""How the command line prints results for people: ingest reports, answers, generated answers,
citations. Plain text with styles (:mod:`akhbar.term`), metadata in Arabic words (:mod:`akhbar.present`);
``--json`` output does not come through here.
"""

from __future__ import annotations

from .models import DUPLICATE_SAMPLE, SKIP_SAMPLE, Answer, EmbedReport, IngestReport
from .present import show_date, source_name, title_text
from .term import Terminal

out = Terminal()
err = Terminal(stderr=True)

SHOWN = 10  # skip and duplicate lines printed before "… and N more"


def print_report(report: IngestReport, quiet: bool = False) -> None:
    """The summary (counts, and what was lost); unless ``quiet``, the skips and duplicates, a few of each."""
    out.line(f"records read: {report.records}   stored: {report.stored}   duplicates: {report.duplicates}   "
             f"skipped: {report.skipped_count}")
    if report.stored:
        out.line(f"stored without a date: {report.no_date}   without a source: {report.no_source}")
    for warning in report.warnings:
        err.line(f"warning: {warning}", style="yellow")
    if quiet:
        return
    for skip in report.skipped[:SHOWN]:
        out.line(f"  skipped {skip.source}: {skip.reason}")
    if report.skipped_count > SHOWN:
        out.line(f"  … and {report.skipped_count - SHOWN} more skipped (--json lists the first "
                 f"{SKIP_SAMPLE:,}); all skips by reason:")
        for reason, count in list(report.to_dict()["skip_reasons"].items())[:SHOWN]:
            out.line(f"    {count:>9,} × {reason}")
    for label, kept in list(report.duplicate_of.items())[:SHOWN]:
        out.line(f"  duplicate {label} → article {kept}")
    if report.duplicates > SHOWN:
        out.line(f"  … and {report.duplicates - SHOWN} more duplicates (--json lists the first "
                 f"{DUPLICATE_SAMPLE:,})")


def print_embed_report(report: EmbedReport) -> None:
    if report.rebuilt:
        err.line(f"warning: the passage vectors were started afresh: {report.reason}", style="yellow")
    rate = f" ({report.embedded / report.seconds:.1f} passages/s)" if report.embedded and report.seconds else ""
    out.line(f"embedded: {report.embedded} passages in {report.seconds:.1f} s{rate}   "
             f"passages with a vector: {report.passages}   model: {report.model} ({report.dim} dimensions)")


def print_answer(answer: Answer) -> None:
    out.line((f"س: {answer.question}", "bold"), (f"  ({answer.answer_type})", "dim"))
    if answer.abstained:
        out.line(answer.message or "لم أجد في الأرشيف ما يجيب عن هذا السؤال.", style="yellow")
        # as the message says it: what no article tells, then what one tells only apart from the rest
        untold = [m for m in answer.missing if m not in answer.apart]
        if untold:
            out.line("  لم يجد الأرشيف: " + "، ".join(untold), style="dim")
        if answer.apart:
            out.line("  لم يجد مع بقية السؤال: " + "، ".join(answer.apart), style="dim")
        if answer.confidence:
            out.line(f"  الثقة: {answer.confidence:.0%}", style="dim")
        for h in answer.closest[:3]:
            out.line(f"  أقرب نتيجة: #{h.article_id} {h.title or ''} — {h.text[:120]}", style="dim")
        return
    if answer.answer:
        normalized = f"  ({answer.normalized})" if answer.normalized and answer.normalized != answer.answer else ""
        out.line((f"ج: {answer.answer}", "bold green"), (normalized, "dim"))
    out.line(f"الثقة: {answer.confidence:.0%}", style="dim")
    for p in answer.points:
        cites = "".join(f"[{n}]" for n in p.citations)
        out.line(f"  • {p.text} {cites}")
    out.line("المصادر:", style="dim")
    for s in answer.sources:
        out.line(f"  [{s.n}] #{s.article_id} {title_text(s.title)} — {source_name(s.source)}، {show_date(s.published)}"
                 f" (chars {s.start}–{s.end})")


GENERATED_LABELS = {"kept": ("green", "supported"), "replaced": ("red", "contradicted: replaced by its source"),
                    "dropped": ("yellow", "unsupported: dropped")}


def print_generated(answer: Answer, show_unsupported: bool) -> None:
    """The model's answer after checking: kept sentences, replacements, and (if asked) the dropped ones."""
    out.line(("الجواب المُتحقَّق منه", "bold"), (f"  (worded by {answer.generator}, every sentence checked)", "dim"))
    if not answer.generated:
        why = "nothing in the archive answers the question" if answer.abstained else "the model could not be used"
        out.line((f"  no generated answer: {why}", "dim"))
        return
    for g in answer.generated:
        if g.action == "dropped" and not show_unsupported:
            continue
        color, label = GENERATED_LABELS[g.action]
        cites = "".join(f"[{n}]" for n in (g.shown_citations or g.citations))
        text = (g.text, "strike") if g.action == "dropped" else (g.shown or g.text)
        out.line("  • ", text, f" {cites}  ", (f"({label})", color))
        if g.action == "replaced":
            out.line((f"    the model wrote: {g.text} — {g.reason}", "dim"))
    dropped = sum(g.action == "dropped" for g in answer.generated)
    if dropped == len(answer.generated):
        out.line(("  none of the model's sentences is supported by the sources", "yellow"))
    if dropped and not show_unsupported:
        out.line((f"  {dropped} unsupported sentence(s) dropped (--show-unsupported shows them)", "dim"))


def print_citations(answer: Answer) -> None:
    for s in answer.sources:
        out.line(f"[{s.n}] {s.citation}")
