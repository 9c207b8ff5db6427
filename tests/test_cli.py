"""The command line as a user drives it: every command documented, JSON shapes as promised."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from akhbar.cli import COMMANDS, main

README = Path(__file__).resolve().parents[1] / "README.md"

STORY = (
    "بدأت العلاقات الدبلوماسية بين سوريا والاتحاد السوفيتي في يوليو عام 1944.\n"
    "ووقع البلدان معاهدة الصداقة والتعاون في 8 أكتوبر 1980 في موسكو.\n"
    "وفي 30 سبتمبر 2015 بدأت روسيا تدخلها العسكري في سوريا بطلب من الحكومة السورية.\n"
    "وشارك أكثر من 63 ألف عسكري روسي في العمليات منذ عام 2015."
)


def akhbar(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "akhbar.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=120)


def test_every_command_has_help_and_is_in_the_readme(capsys):
    readme = README.read_text(encoding="utf-8")
    for name in COMMANDS:
        with pytest.raises(SystemExit) as done:
            main([name, "--help"])
        assert done.value.code == 0
        assert "--archive" in capsys.readouterr().out
        assert re.search(rf"`akhbar {name}\b", readme), f"README does not document `akhbar {name}`"


def test_version():
    result = akhbar("--version")
    assert result.returncode == 0 and result.stdout.startswith("akhbar ")


def test_analyze_json_shape_and_values():
    result = akhbar("analyze", "--json", "--reference-date", "2025-03-01",
                    "أصيب 2015 شخصا في 14 فبراير الماضي، وبلغت الخسائر 9.4 مليار دولار.")
    data = json.loads(result.stdout)
    assert set(data) == {"tokens", "sentences", "numbers", "dates"}
    assert {"text", "start", "end", "norm", "stem"} <= set(data["tokens"][0])
    assert [d["date"] for d in data["dates"]] == ["2025-02-14"]
    assert 9_400_000_000 in [n["value"] for n in data["numbers"]]


def test_analyze_reads_stdin():
    result = akhbar("analyze", "--json", stdin="عام 1946")
    assert json.loads(result.stdout)["dates"][0]["date"] == "1946"


@pytest.fixture
def archive_dir(tmp_path):
    src = tmp_path / "story.jsonl"
    src.write_text(json.dumps({"title": "العلاقات السورية الروسية", "text": STORY, "published": "2024-12-31",
                               "source": "الجزيرة"}, ensure_ascii=False) + "\n", encoding="utf-8")
    where = tmp_path / "arc"
    result = akhbar("ingest", str(src), "--archive", str(where), "--json")
    assert json.loads(result.stdout)["stored"] == 1, result.stderr
    return where


def test_ingest_from_stdin(tmp_path):
    result = akhbar("ingest", "-", "--archive", str(tmp_path / "arc"), "--json", stdin=STORY)
    assert json.loads(result.stdout)["stored"] == 1, result.stderr


def test_ingest_workers_flag(tmp_path):
    result = akhbar("ingest", "-", "--archive", str(tmp_path / "arc"), "--workers", "1", "--json", stdin=STORY)
    assert json.loads(result.stdout)["stored"] == 1, result.stderr
    bad = akhbar("ingest", "-", "--archive", str(tmp_path / "arc2"), "--workers", "many", stdin=STORY)
    assert bad.returncode != 0 and "workers" in bad.stderr and not (tmp_path / "arc2").exists()


def test_ask_json_cites_the_sentence(archive_dir):
    data = json.loads(akhbar("ask", "متى وقع البلدان معاهدة الصداقة والتعاون؟", "--archive",
                             str(archive_dir), "--json").stdout)
    assert {"question", "answer_type", "answer", "points", "sources", "abstained"} <= set(data)
    assert not data["abstained"] and data["answer_type"] == "date"
    source = data["sources"][0]
    stored = json.loads(akhbar("show", str(source["article_id"]), "--archive", str(archive_dir), "--json").stdout)
    assert stored["text"][source["start"]:source["end"]] == source["quote"]
    assert "1980" in source["quote"]


def test_verify_against_a_context_file(tmp_path):
    context = tmp_path / "context.txt"
    context.write_text(STORY, encoding="utf-8")
    answer = tmp_path / "answer.txt"
    answer.write_text("- شارك أكثر من 63 ألف عسكري روسي في العمليات.\n- شارك 90 ألف عسكري روسي في العمليات.\n"
                      "- وقعت روسيا مع سوريا 40 مشروعا استثماريا.\n", encoding="utf-8")
    data = json.loads(akhbar("verify", "--context", str(context), "--answer", str(answer), "--json").stdout)
    assert [c["verdict"] for c in data["claims"]] == ["supported", "contradicted", "unsupported"]
    assert (data["supported"], data["contradicted"], data["unsupported"]) == (1, 1, 1)


def test_timeline_json_in_date_order(archive_dir):
    events = json.loads(akhbar("timeline", "العلاقات السورية الروسية", "--archive", str(archive_dir),
                               "--json").stdout)
    assert [e["date"] for e in events][:3] == ["1944-07", "1980-10-08", "2015"] or \
        [e["date"] for e in events][:2] == ["1944-07", "1980-10-08"]
    assert {"date", "precision", "text", "article_id", "source", "published", "sources"} <= set(events[0])


def test_errors_go_to_stderr_with_a_next_step(tmp_path):
    result = akhbar("show", "1", "--archive", str(tmp_path / "nothing"))
    assert result.returncode != 0 and result.stdout == ""
    assert "akhbar ingest" in result.stderr
    missing = akhbar("verify", "--answer", str(tmp_path / "nope.txt"), "--context", str(tmp_path / "nope.txt"))
    assert missing.returncode != 0 and "cannot read" in missing.stderr


def test_demo_runs_end_to_end_on_the_sample_corpus(tmp_path):
    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    result = akhbar("demo", "--corpus", str(corpus), "--archive", str(tmp_path / "demo"))
    assert result.returncode == 0, result.stderr[-2000:]
    # The README's promise: the sample questions get cited answers (expected ones in examples/README.md).
    assert "الثامن من ديسمبر/كانون الأول 2024" in result.stdout
    assert "أكثر من 200 شخص" in result.stdout
    assert "قرب مدينة جبلة في محافظة اللاذقية" in result.stdout
