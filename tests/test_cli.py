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


def akhbar(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "akhbar.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, cwd=cwd)


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
    assert {"question", "answer_type", "answer", "points", "sources", "abstained", "confidence", "missing",
            "normalized"} <= set(data)
    assert not data["abstained"] and data["answer_type"] == "date" and 0 < data["confidence"] <= 1
    source = data["sources"][0]
    stored = json.loads(akhbar("show", str(source["article_id"]), "--archive", str(archive_dir), "--json").stdout)
    assert stored["text"][source["start"]:source["end"]] == source["quote"]
    assert "1980" in source["quote"]


def test_ask_in_the_terminal_shows_the_confidence_and_what_found_nothing(archive_dir):
    shown = akhbar("ask", "متى وقع البلدان معاهدة الصداقة والتعاون؟", "--archive", str(archive_dir)).stdout
    assert "الثقة" in shown
    silent = akhbar("ask", "متى وقع البلدان معاهدة الصداقة والتعاون عام 1999؟", "--archive", str(archive_dir))
    assert silent.returncode == 0 and "1999" in silent.stdout and "لم يجد الأرشيف" in silent.stdout


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
    # The sentences that name the story; "ووقع البلدان معاهدة … في 8 أكتوبر 1980" names neither country.
    assert [(e["date"], e["topic"]) for e in events] == [("1944-07", "on"), ("2015-09-30", "on")]
    assert {"date", "precision", "text", "article_id", "source", "published", "sources", "topic",
            "coverage"} <= set(events[0])
    with_near = json.loads(akhbar("timeline", "العلاقات السورية الروسية", "--near", "--archive", str(archive_dir),
                                  "--json").stdout)
    assert [(e["date"], e["topic"]) for e in with_near] == [
        ("1944-07", "on"), ("1980-10-08", "near"), ("2015-09-30", "on")]


def test_errors_go_to_stderr_with_a_next_step(tmp_path):
    result = akhbar("show", "1", "--archive", str(tmp_path / "nothing"))
    assert result.returncode != 0 and result.stdout == ""
    assert "akhbar ingest" in result.stderr
    missing = akhbar("verify", "--answer", str(tmp_path / "nope.txt"), "--context", str(tmp_path / "nope.txt"))
    assert missing.returncode != 0 and "cannot read" in missing.stderr


def test_demo_runs_end_to_end_on_the_sample_corpus_it_ships_with(tmp_path):
    result = akhbar("demo", "--archive", str(tmp_path / "demo"), cwd=tmp_path)  # anywhere, not only in the checkout
    assert result.returncode == 0, result.stderr[-2000:]
    # The README's promise: the sample questions get cited answers (expected ones in src/akhbar/sample/README.md).
    assert "الثامن من ديسمبر/كانون الأول 2024" in result.stdout
    assert "أكثر من 200 شخص" in result.stdout
    assert "جبلة في محافظة اللاذقية" in result.stdout  # "قرب (مدينة) جبلة…": two sources say it


# --- global options, mistakes, unknown values -------------------------------------------------

def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """The CLI in process (fast): exit code, stdout, stderr."""
    try:
        code = main(list(argv))
    except SystemExit as done:
        code = int(done.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def two_sources(tmp_path, capsys):
    """An archive with one article whose source and date are unknown, and one from a known source."""
    src = tmp_path / "two.jsonl"
    rows = [{"title": "العلاقات السورية الروسية", "text": STORY, "published": "2024-12-31", "source": "الجزيرة نت"},
            {"title": "خبر بلا مصدر عن سوريا", "text": "وقال مسؤول إن الحكومة السورية تدرس خطة جديدة للنقل في دمشق."}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    where = tmp_path / "arc"
    assert main(["ingest", str(src), "--archive", str(where), "--json", "--workers", "1"]) == 0
    capsys.readouterr()
    return where


def test_global_options_work_before_and_after_the_command(capsys, two_sources):
    before = run_cli(capsys, "--archive", str(two_sources), "--json", "stats")
    after = run_cli(capsys, "stats", "--archive", str(two_sources), "--json")
    mixed = run_cli(capsys, "--json", "stats", "--archive", str(two_sources))
    assert before[0] == after[0] == mixed[0] == 0
    assert json.loads(before[1])["articles"] == json.loads(after[1])["articles"] == json.loads(mixed[1])["articles"] == 2


def test_config_option_names_the_settings_file(capsys, tmp_path, two_sources):
    config = tmp_path / "news.toml"
    config.write_text(f'archive = "{two_sources}"\nsearch_k = 1\n', encoding="utf-8")
    code, stdout, _ = run_cli(capsys, "search", "سوريا", "--config", str(config), "--json")
    assert code == 0 and len(json.loads(stdout)["hits"]) == 1  # both settings came from the file
    code, _, stderr = run_cli(capsys, "--config", str(tmp_path / "missing.toml"), "stats")
    assert code == 1 and "missing.toml does not exist" in stderr


def test_a_wrong_flag_or_command_suggests_the_right_one(capsys):
    code, _, stderr = run_cli(capsys, "search", "بيروت", "--limit", "5")
    assert code == 2 and "unknown option --limit; did you mean -k?" in stderr
    code, _, stderr = run_cli(capsys, "--archive", "x", "search", "بيروت", "--sources", "الجزيرة")
    assert code == 2 and "did you mean --source?" in stderr
    code, _, stderr = run_cli(capsys, "serch", "بيروت")
    assert code == 2 and "did you mean `akhbar search`?" in stderr
    code, _, stderr = run_cli(capsys, "stats", "extra")
    assert code == 2 and "unexpected argument: extra" in stderr


def test_unknown_source_and_date_are_null_in_json_and_words_in_the_terminal(capsys, two_sources):
    stats = json.loads(run_cli(capsys, "stats", "--archive", str(two_sources), "--json")[1])
    assert {"source": None, "articles": 1} in stats["sources"]  # no "?" anywhere
    assert "?" not in json.dumps(stats, ensure_ascii=False)
    code, shown, _ = run_cli(capsys, "stats", "--archive", str(two_sources))
    assert code == 0 and "مصدر غير معروف: 1" in shown and "?" not in shown
    hits = json.loads(run_cli(capsys, "search", "خطة النقل في دمشق", "--archive", str(two_sources), "--json")[1])["hits"]
    assert hits[0]["source"] is None and hits[0]["published"] is None
    shown = run_cli(capsys, "search", "خطة النقل في دمشق", "--archive", str(two_sources))[1]
    assert "مصدر غير معروف · بلا تاريخ" in shown and "?" not in shown


def test_search_says_when_a_quoted_phrase_is_in_no_article(capsys, archive_dir):
    code, shown, stderr = run_cli(capsys, "search", '"معاهدة موسكو السرية"', "--archive", str(archive_dir))
    assert code == 0, stderr
    assert "لا مقالة تحوي العبارة «معاهدة موسكو السرية» كما كُتبت؛ النتائج لكلماتها" in shown
    assert "العلاقات السورية الروسية" in shown  # the article of its words
    data = json.loads(run_cli(capsys, "search", '"معاهدة موسكو السرية"', "--archive", str(archive_dir), "--json")[1])
    assert data["unmatched_phrases"] == ["معاهدة موسكو السرية"] and data["total"] == 1
    code, shown, _ = run_cli(capsys, "search", '"معاهدة الصداقة"', "--archive", str(archive_dir))
    assert code == 0 and "لا مقالة تحوي" not in shown and "العلاقات السورية الروسية" in shown


def test_archive_text_with_markup_prints_as_written(capsys, tmp_path):
    src = tmp_path / "odd.jsonl"
    src.write_text(json.dumps({"title": "[bold]عنوان[/] غريب", "text": "نص عن [/] ميناء بيروت وحركة السفن فيه.",
                               "source": "[red]مصدر"}, ensure_ascii=False) + "\n", encoding="utf-8")
    where = str(tmp_path / "arc")
    assert main(["ingest", str(src), "--archive", where, "--json"]) == 0
    capsys.readouterr()
    code, shown, stderr = run_cli(capsys, "search", "ميناء بيروت", "--archive", where)
    assert code == 0, stderr
    assert "[bold]عنوان[/] غريب" in shown and "[red]مصدر" in shown and "عن [/] ميناء" in shown
    code, shown, _ = run_cli(capsys, "stats", "--archive", where)
    assert code == 0 and "[red]مصدر: 1" in shown


def test_bidi_reorders_arabic_for_terminals_that_do_not(capsys, two_sources):
    logical = run_cli(capsys, "show", "1", "--archive", str(two_sources))[1]
    visual = run_cli(capsys, "--bidi", "show", "1", "--archive", str(two_sources))[1]
    assert "العلاقات السورية الروسية" in logical  # pipes get logical order by default
    assert "العلاقات السورية الروسية" not in visual
    assert "ةيسورلا ةيروسلا تاقالعلا" in visual  # letters in display order, right to left
    title_line = next(line for line in visual.splitlines() if "ةيسورلا" in line)
    assert title_line.startswith(" ") and title_line.endswith("تاقالعلا")  # aligned to the right margin


# --- questions in bulk, citations, stdin ------------------------------------------------------

def test_ask_file_answers_one_question_a_line_as_json_lines(tmp_path, archive_dir):
    questions = tmp_path / "q.txt"
    questions.write_text("متى وقع البلدان معاهدة الصداقة والتعاون؟\n\nكم عسكري روسي شارك في العمليات؟\n",
                         encoding="utf-8")
    result = akhbar("ask", "--file", str(questions), "--archive", str(archive_dir), "--json")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["question"] for a in answers] == ["متى وقع البلدان معاهدة الصداقة والتعاون؟",
                                                "كم عسكري روسي شارك في العمليات؟"]
    assert "1980" in answers[0]["sources"][0]["quote"]
    piped = akhbar("ask", "--file", "-", "--archive", str(archive_dir), "--json",
                   stdin="كم عسكري روسي شارك في العمليات؟\n")
    assert [json.loads(line)["question"] for line in piped.stdout.splitlines()] == ["كم عسكري روسي شارك في العمليات؟"]


def test_one_bad_question_in_a_file_does_not_stop_the_others(tmp_path, archive_dir):
    questions = tmp_path / "q.txt"
    questions.write_text("سؤال " * 500 + "\nمتى وقع البلدان معاهدة الصداقة والتعاون؟\n", encoding="utf-8")
    result = akhbar("ask", "--file", str(questions), "--archive", str(archive_dir), "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert "limit" in lines[0]["error"] and not lines[1]["abstained"]
    assert result.returncode == 1 and "1 of 2 questions could not be answered" in result.stderr


def test_an_empty_question_fails_as_the_api_says(archive_dir):
    pytest.importorskip("fastapi")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from akhbar.web import create_app

    with TestClient(create_app(archive_dir), base_url="http://127.0.0.1") as client:
        detail = client.get("/api/ask", params={"q": "  "}).json()["detail"]
    result = akhbar("ask", "", "--archive", str(archive_dir))
    assert result.returncode == 1 and result.stdout == ""
    assert "the question is empty; write a few Arabic words" in result.stderr
    assert "the question is empty; write a few Arabic words" in detail


def test_cite_prints_citations_ready_to_paste(archive_dir):
    result = akhbar("ask", "متى وقع البلدان معاهدة الصداقة والتعاون؟", "--cite", "--archive", str(archive_dir))
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert re.fullmatch(r"\[1\] «[^»]*1980[^»]*» — الجزيرة، العلاقات السورية الروسية، 31 ديسمبر 2024", first), first
    data = json.loads(akhbar("ask", "متى وقع البلدان معاهدة الصداقة والتعاون؟", "--json", "--archive",
                             str(archive_dir)).stdout)
    assert data["sources"][0]["citation"] == first[len("[1] "):]


def test_verify_reads_the_answer_from_stdin(tmp_path):
    context = tmp_path / "context.txt"
    context.write_text(STORY, encoding="utf-8")
    result = akhbar("verify", "--context", str(context), "--answer", "-", "--json",
                    stdin="شارك 90 ألف عسكري روسي في العمليات.")
    assert [c["verdict"] for c in json.loads(result.stdout)["claims"]] == ["contradicted"]


def test_serve_on_a_busy_port_says_so_and_suggests_another(tmp_path, archive_dir):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = akhbar("serve", "--port", str(port), "--archive", str(archive_dir))
    assert result.returncode == 1 and "serving" not in result.stdout
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert f"--port {port + 1}" in result.stderr and "Errno" not in result.stderr
    bad = akhbar("serve", "--port", "99999", "--archive", str(archive_dir))
    assert bad.returncode == 2 and "not a TCP port" in bad.stderr and "Traceback" not in bad.stderr
