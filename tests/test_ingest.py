"""Ingest as a user meets it: messy inputs in, clean deduplicated articles out, nothing lost."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

from akhbar import Archive
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
    hits = archive.search("مسبار الأمل المريخ")
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


def test_killed_ingest_leaves_a_whole_archive_that_finishes_on_rerun(tmp_path):
    words = (PORT_STORY + " " + MARS_STORY).split()
    rows = []
    for i in range(3000):
        rng = random.Random(i)
        body = " ".join(rng.choice(words) for _ in range(60))
        rows.append({"title": f"خبر رقم {i}", "text": f"{body}.\nوهذا هو الخبر رقم {i}."})
    data = tmp_path / "big.jsonl"
    write_jsonl(data, rows)
    where = tmp_path / "arc"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
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
