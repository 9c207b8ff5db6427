"""Ingest as a user meets it: messy inputs in, clean deduplicated articles out, nothing lost."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.config import load_settings
from akhbar.errors import ConfigError
from akhbar.models import ArticleDraft
from conftest import shared_path

PORT_STORY = (
    "انفجرت كميات كبيرة من نترات الأمونيوم المخزنة في مرفأ بيروت في الرابع من أغسطس 2020.\n"
    "وأسفر الانفجار عن مقتل أكثر من مئتي شخص وإصابة الآلاف، ودمر أحياء واسعة من العاصمة اللبنانية.\n"
    "وكانت الشحنة مخزنة في العنبر رقم 12 منذ سنوات دون إجراءات سلامة كافية، بحسب التحقيقات الأولية."
)
MARS_STORY = (
    "دخل مسبار الأمل الإماراتي مدار كوكب المريخ بنجاح في التاسع من فبراير 2021.\n"
    "وكان المسبار قد انطلق من مركز تانيغاشيما الفضائي في اليابان في يوليو 2020 في رحلة استمرت سبعة أشهر.\n"
    "ويهدف المشروع إلى دراسة الغلاف الجوي للمريخ وتقلبات الطقس فيه على مدار عام مريخي كامل."
)


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def test_seed_004_gives_two_clean_articles(archive):
    seed = shared_path("seeds/004_*.txt")
    report = archive.ingest([str(seed)])
    assert report.stored == 2, report
    first, second = (archive.show(i) for i in report.articles)
    assert first["published"] == "2024-12-31" and first["source"] == "الجزيرة" and first["tags"] == ["حريات"]
    assert "بدأت العلاقات الدبلوماسية بين سوريا والاتحاد السوفياتي" in first["text"]
    assert second["title"] == "رئيس المخابرات العراقية يقود وفدا حكوميا إلى سوريا"
    assert second["text"].startswith("وصل وفد عراقي حكومي")
    for text in (first["text"], second["text"]):
        lines = {line.strip() for line in text.splitlines()}
        assert "إعلان" not in lines  # the ad marker line (the word itself may be prose: "مع إعلان حلف بغداد")
        for junk in ("مجالات البحث", "مقالات مشابهة", "كلمات دلالية", "المصدر:", "(وكالات)",
                     "الشيباني أمام مجلس الأمن"):
            assert junk not in text


def test_every_record_is_accounted_for_and_reingest_adds_nothing(archive, tmp_path):
    data = tmp_path / "in"
    data.mkdir()
    write_jsonl(data / "export.jsonl", [
        {"title": "انفجار مرفأ بيروت", "text": PORT_STORY, "published": "2020-08-05", "source": "النهار"},
        {"title": "مسبار الأمل", "text": MARS_STORY, "published": "2021-02-10", "source": "الخليج"},
    ])
    with open(data / "export.jsonl", "a", encoding="utf-8") as f:
        f.write('{"title": "نص مبتور", "text": "بلا نهاية\n')
    (data / "empty.txt").write_bytes(b"")
    (data / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)

    first = archive.ingest([str(data)])
    assert first.stored == 2
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in first.skipped}
    assert any("line 3" in src or "line 3" in r for src, r in reasons.items()), reasons
    assert any(src.startswith("empty.txt") for src in reasons)
    assert any(src.startswith("photo.png") for src in reasons)
    assert first.records == first.stored + first.duplicates + len(first.skipped)

    again = archive.ingest([str(data)])
    assert again.stored == 0 and again.duplicates == 2
    assert archive.stats()["articles"] == 2


def test_republished_wire_story_is_stored_once_and_linked(archive):
    reworded = MARS_STORY.replace("بنجاح", "بنجاح كبير").replace("سبعة أشهر", "نحو سبعة أشهر") + "\n(وكالات)"
    report = archive.add_articles([
        ArticleDraft(text=MARS_STORY, title="مسبار الأمل يصل المريخ", source="الخليج"),
        ArticleDraft(text=reworded, title="الإمارات تصل إلى المريخ", source="البيان"),
        ArticleDraft(text=PORT_STORY, title="انفجار بيروت", source="النهار"),
    ])
    assert report.stored == 2 and report.duplicates == 1
    kept = report.articles[0]
    assert list(report.duplicate_of.values()) == [kept]
    assert [d["source"] for d in archive.show(kept)["duplicates"]] == ["البيان"]
    # indexed once: a search finds the story as one hit
    hits = archive.search("مسبار الأمل المريخ").hits
    assert [h.article_id for h in hits].count(kept) == 1 and len({h.article_id for h in hits}) == 1


def test_truncated_gzip_keeps_records_before_the_damage(archive, tmp_path):
    lines = [json.dumps({"title": f"خبر {i}", "text": f"{PORT_STORY} رقم {i} في السلسلة. " * 3}, ensure_ascii=False)
             for i in range(40)]
    blob = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(blob[: len(blob) * 2 // 3])
    report = archive.ingest([str(path)])
    assert report.stored + report.duplicates >= 1
    assert any("truncat" in s.reason or "damaged" in s.reason or "corrupt" in s.reason for s in report.skipped)


def test_segments_cite_the_stored_text_exactly(archive):
    report = archive.add_articles([ArticleDraft(text=PORT_STORY, title="انفجار")])
    article = archive.show(report.articles[0])
    sentences = [article["text"][s["start"]:s["end"]] for s in article["sentences"]]
    assert sentences[0].startswith("انفجرت كميات") and sentences[0].endswith("2020.")
    assert len(sentences) == 3


def test_non_arabic_articles_are_stored_and_tagged(archive):
    report = archive.add_articles([ArticleDraft(
        text="The Hope probe entered Mars orbit in February 2021 after a seven month journey from Japan.")])
    assert report.stored == 1
    assert archive.show(report.articles[0])["lang"] == "en"


def _processes_naming(text: str) -> list[int]:
    """Pids whose command line mentions ``text`` (Linux /proc; empty elsewhere)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if text in (proc / "cmdline").read_bytes().decode("utf-8", "replace"):
                found.append(int(proc.name))
        except OSError:
            pass
    return found


@pytest.mark.parametrize("workers", ["1", "2"])
def test_killed_ingest_leaves_a_whole_archive_that_finishes_on_rerun(tmp_path, workers):
    words = (PORT_STORY + " " + MARS_STORY).split()
    rows = []
    for i in range(3000):
        rng = random.Random(i)
        body = " ".join(rng.choice(words) for _ in range(60))
        rows.append({"title": f"خبر رقم {i}", "text": f"{body}.\nوهذا هو الخبر رقم {i}."})
    data = tmp_path / "big.jsonl"
    write_jsonl(data, rows)
    where = tmp_path / "arc"
    env = dict(os.environ, PYTHONUNBUFFERED="1", AKHBAR_WORKERS=workers)
    proc = subprocess.Popen([sys.executable, "-m", "akhbar.cli", "ingest", str(data), "--archive", str(where),
                             "--json"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 60
    # kill it once some batches are committed, mid-run
    while time.time() < deadline and proc.poll() is None:
        if (where / "archive.db").exists():
            with Archive.open(where, create=False) as arc:
                if arc.store.stats()["articles"] + arc.store.stats()["duplicates"] >= 400:
                    break
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # worker processes notice and exit by themselves
    deadline = time.time() + 10
    while _processes_naming(str(where)) and time.time() < deadline:
        time.sleep(0.2)
    assert not _processes_naming(str(where))
    with Archive.open(where, create=False) as arc:
        stats = arc.store.stats()
        stored = stats["articles"] + stats["duplicates"]
        assert stored >= 400
        # no half-written article: every kept article has its passages
        orphans = arc.store.db.execute(
            "SELECT COUNT(*) FROM articles a WHERE duplicate_of IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM passages p WHERE p.article_id = a.id)").fetchone()[0]
        assert orphans == 0
        report = arc.ingest([str(data)])
        assert report.records == 3000
        assert arc.store.stats()["articles"] + arc.store.stats()["duplicates"] == 3000
        assert report.duplicates >= stored


def test_ingest_cli_json_report_shape(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(textwrap.dedent(f"""\
        عنوان الخبر الأول عن المريخ

        {MARS_STORY}
        """), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "akhbar.cli", "ingest", str(src), str(tmp_path / "missing.txt"),
                          "--archive", str(tmp_path / "arc"), "--json"], capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    assert {"records", "stored", "duplicates", "skipped", "articles"} <= set(report)
    assert report["stored"] == 1 and len(report["articles"]) == 1
    assert any("missing.txt" in s["source"] for s in report["skipped"])


# --- worker processes ---------------------------------------------------------------------------

def _stored_rows(arc) -> dict[str, list]:
    """Everything an ingest stores, without timestamps and run numbers."""
    tables = {
        "articles": "id, title, text, published, source, url, tags, lang, origin, locator, content_hash, duplicate_of",
        "paragraphs": "*", "passages": "*", "sentences": "*", "signatures": "*", "lsh": "*", "events": "*",
        "ingest_log": "record, status, article_id, duplicate_of, reason",
    }
    return {t: arc.store.db.execute(f"SELECT {cols} FROM {t} ORDER BY rowid").fetchall() for t, cols in tables.items()}


@pytest.fixture
def pool_at_once(monkeypatch):
    """Workers start from the first record, in chunks of 3 (so a small input spans several chunks), with
    fork (so a monkeypatched function is the workers' too); yields the list of pools started."""
    import akhbar.ingest
    import akhbar.parallel

    monkeypatch.setattr(akhbar.ingest, "POOL_AFTER", 0)
    monkeypatch.setattr(akhbar.parallel, "CHUNK", 3)
    monkeypatch.setattr(akhbar.parallel, "_context", lambda: multiprocessing.get_context("fork"))
    started = []
    start = akhbar.parallel._start

    def counting(workers):
        pool = start(workers)
        started.append(pool)
        return pool

    monkeypatch.setattr(akhbar.parallel, "_start", counting)
    return started


def test_two_workers_store_the_same_archive_as_one(tmp_path, pool_at_once):
    corpus = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"
    rows, reports = {}, {}
    for workers in ("1", "2"):
        with Archive.open(tmp_path / f"w{workers}", settings=load_settings({"workers": workers}, env={})) as arc:
            report = arc.ingest([str(corpus)])
            reports[workers] = report.to_dict()
            rows[workers] = _stored_rows(arc)
            hits = [h.article_id for h in arc.search("مسبار الأمل").hits]
        assert report.stored > 20 and hits
    assert len(pool_at_once) == 1 and pool_at_once[0] is not None  # only the 2-worker ingest started one
    assert reports["1"] == reports["2"]
    for table in rows["1"]:
        assert rows["1"][table] == rows["2"][table], table


def test_workers_report_broken_records_and_skip_the_one_a_bug_meets(tmp_path, pool_at_once, monkeypatch):
    import akhbar.ingest
    from akhbar.ingest import Ingestor
    from akhbar.models import RawRecord, Skip

    items = [RawRecord("feed", "row 1", "fields", fields={"title": "مسبار", "text": MARS_STORY}),
             RawRecord("feed", "row 2", "pdf", text="%PDF-1.4"),  # extraction raises UnreadableInput
             Skip("feed:row 3", "damaged line"),
             RawRecord("feed", "row 4", "fields", fields={"title": "مرفأ", "text": PORT_STORY}),
             RawRecord("feed", "row 5", "fields", fields={"title": "بلا نص"})]
    with Archive.open(tmp_path / "a") as arc:
        report = Ingestor(arc.store, passage_words=60, near_threshold=0.7, workers=2).run(iter(items))
        log = arc.store.db.execute("SELECT record, status, reason FROM ingest_log ORDER BY id").fetchall()
    assert pool_at_once[0] is not None
    assert report.records == 5 and report.stored == 2
    assert [(s.source, s.reason) for s in report.skipped] == [
        ("feed:row 2", "unknown record kind 'pdf' (expected html, text, fields or feed)"),
        ("feed:row 3", "damaged line"), ("feed:row 5", "record has no text field")]
    assert [status for _, status, _ in log] == ["stored", "skipped", "skipped", "stored", "skipped"]

    # An unexpected error met by one record (a bug) skips that record, saying so, in a worker as in
    # this process; the records around it are stored.
    detect = akhbar.ingest.detect_language

    def failing(text):
        if "نترات" in text:
            raise RuntimeError("analysis bug")
        return detect(text)

    monkeypatch.setattr(akhbar.ingest, "detect_language", failing)
    for workers in (1, 2):
        with Archive.open(tmp_path / f"b{workers}") as arc:
            report = Ingestor(arc.store, passage_words=60, near_threshold=0.7, workers=workers).run(iter(items))
            assert report.stored == 1 and arc.store.stats()["articles"] == 1
            assert ("feed:row 4", "akhbar failed on this record (RuntimeError: analysis bug); please report it") \
                in [(s.source, s.reason) for s in report.skipped]


def test_generators_of_drafts_go_through_workers(tmp_path, pool_at_once):
    def drafts():
        for i in range(12):
            yield ArticleDraft(text=f"{PORT_STORY}\nوهذا هو الخبر رقم {i} في يوم 5 أغسطس 2020.", title=f"خبر {i}",
                               published="2020-08-06")

    rows = {}
    for workers in ("1", "2"):
        with Archive.open(tmp_path / f"w{workers}", settings=load_settings({"workers": workers}, env={})) as arc:
            arc.add_articles(drafts())
            rows[workers] = _stored_rows(arc)
    assert pool_at_once[0] is not None
    assert rows["1"] == rows["2"] and rows["1"]["events"]


def test_workers_setting_values():
    from akhbar.config import worker_count

    assert worker_count("1") == 1 and worker_count(3) == 3
    assert worker_count("auto") == worker_count("0") >= 1
    with pytest.raises(ConfigError, match="workers"):
        load_settings(env={"AKHBAR_WORKERS": "many"})


def _open_and_count(path: str) -> str:
    try:
        with Archive.open(path) as arc:
            return str(arc.store.stats()["articles"])
    except Exception as err:
        return f"{type(err).__name__}: {err}"


def test_processes_opening_a_new_archive_at_once_all_succeed(tmp_path):
    # A user starts `akhbar ingest` and, at the same moment, `akhbar stats` or the web server on
    # the same new archive: whoever creates the schema second must not call the archive corrupt.
    ctx = multiprocessing.get_context("fork")
    for trial in range(4):
        with ctx.Pool(4) as pool:
            results = pool.map(_open_and_count, [str(tmp_path / f"arc{trial}")] * 4)
        assert results == ["0"] * 4, results
