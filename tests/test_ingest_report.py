"""What an ingest tells its user: counts of what was lost, warnings in plain words, exit codes, progress."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from akhbar import Archive

ROOT = Path(__file__).resolve().parents[1]

STORY = ("أعلنت وزارة الموارد المائية عن خطة جديدة لتحديث شبكة الري في محافظات الدلتا تشمل تبطين الترع.\n\n"
         "وقال المتحدث باسم الوزارة إن الخطة تهدف إلى خفض الفاقد من المياه وتحسين وصولها إلى نهايات الترع.")


def akhbar(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "akhbar.cli", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def rows(n: int, **extra) -> str:
    """``n`` JSONL rows of distinct stories; ``extra`` adds fields to each row."""
    out = []
    for i in range(n):
        text = f"الخبر رقم {i}: " + STORY.replace("الدلتا", f"المحافظة {i}") + f" وتبلغ كلفة المرحلة {i} مليون جنيه."
        out.append(json.dumps({"title": f"خطة الري {i}", "text": text, **extra}, ensure_ascii=False))
    return "\n".join(out) + "\n"


def test_ingest_of_a_missing_path_exits_non_zero_and_creates_no_archive(tmp_path):
    result = akhbar("ingest", "/nonexistent", "--archive", str(tmp_path / "arc"))
    assert result.returncode != 0
    assert "no such file or directory" in result.stdout and "nothing could be read" in result.stderr
    assert not (tmp_path / "arc").exists()


def test_ingest_of_only_unreadable_files_exits_non_zero_and_keeps_an_existing_archive(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    assert akhbar("ingest", str(tmp_path / "story.txt"), "--archive", str(tmp_path / "arc")).returncode == 0
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = akhbar("ingest", str(tmp_path / "photo.png"), "--archive", str(tmp_path / "arc"), "--json")
    assert result.returncode != 0 and json.loads(result.stdout)["stored"] == 0
    with Archive.open(tmp_path / "arc", create=False) as arc:
        assert arc.stats()["articles"] == 1  # what was stored before is untouched


def test_reingest_with_quiet_prints_only_the_summary(tmp_path):
    src = tmp_path / "export.jsonl"
    src.write_text(rows(30, published="2024-05-01", source="الأهرام"), encoding="utf-8")
    first = akhbar("ingest", str(src), "--archive", str(tmp_path / "arc"))
    assert first.returncode == 0 and "stored: 30" in first.stdout
    again = akhbar("ingest", str(src), "--archive", str(tmp_path / "arc"), "--quiet")
    assert again.returncode == 0  # everything already there is a result, not a failure
    assert again.stdout.splitlines() == ["records read: 30   stored: 0   duplicates: 30   skipped: 0"]
    noisy = akhbar("ingest", str(src), "--archive", str(tmp_path / "arc"))
    assert len(noisy.stdout.splitlines()) < 15 and "more duplicates" in noisy.stdout  # not one line per record


def test_report_counts_articles_without_date_or_source_and_warns(tmp_path, archive):
    src = tmp_path / "export.jsonl"
    src.write_text(rows(12, date_extracted="2015-03-01"), encoding="utf-8")
    report = archive.ingest([str(src)])
    assert (report.stored, report.no_date, report.no_source) == (12, 12, 12)
    assert f"{src}: 12 of 12 articles have no date: use --field published=" in report.warnings[0]
    result = akhbar("ingest", str(src), "--archive", str(tmp_path / "cli"))
    assert "stored without a date: 12   without a source: 12" in result.stdout
    assert "12 of 12 articles have no date: use --field published=" in result.stderr


def test_no_warning_when_the_file_is_dated(tmp_path, archive):
    src = tmp_path / "export.jsonl"
    src.write_text(rows(5, published="2024-05-01", source="الأهرام"), encoding="utf-8")
    report = archive.ingest([str(src)])
    assert (report.stored, report.no_date, report.no_source, report.warnings) == (5, 0, 0, [])


def test_progress_knows_the_total_of_a_jsonl_file_and_names_the_indexing_phase(tmp_path, archive):
    src = tmp_path / "export.jsonl"
    src.write_text(rows(25, published="2024-05-01"), encoding="utf-8")
    seen = []
    archive.ingest([str(src)], progress=seen.append)
    reading = [p for p in seen if p.phase == "reading"]
    assert [(p.done, p.total, p.unit) for p in reading] == [(i, 25, "records") for i in range(1, 26)]
    indexing = [p for p in seen if p.phase == "indexing"]
    assert indexing and (indexing[-1].done, indexing[-1].total, indexing[-1].unit) == (25, 25, "articles")


def test_progress_counts_files_of_a_folder(tmp_path, archive):
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(STORY.replace("الدلتا", f"الصعيد {i}"), encoding="utf-8")
    seen = []
    archive.ingest([str(folder)], progress=seen.append)
    assert [(p.done, p.total, p.unit) for p in seen if p.phase == "reading"] == [(1, 3, "files"), (2, 3, "files"),
                                                                                (3, 3, "files")]


def test_run_script_resolves_relative_paths_from_the_callers_folder(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "story.txt").write_text(STORY, encoding="utf-8")
    result = subprocess.run([str(ROOT / "run"), "akhbar", "ingest", "data/story.txt", "--archive", "arc", "--json"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout)["stored"] == 1
    assert (tmp_path / "arc" / "archive.db").exists()


def test_lxml_html_clean_is_a_direct_dependency():
    # jusText asks for lxml[html_clean], an extra name the pip bundled with Python 3.11 does not resolve;
    # .ci/old-pip-install checks the real install with that pip.
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert any(d.startswith(("lxml_html_clean", "lxml-html-clean", "lxml[html-clean]", "lxml[html_clean]"))
               for d in deps)
