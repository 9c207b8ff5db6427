"""`ask --generate`: a language model words the answer, and akhbar shows only what the sources back.

No language model can run on the test machine, so a small server on 127.0.0.1 speaks the
chat-completions protocol and returns recorded answers: seed 000's machine-written answer (read from
../shared at test time), and answers written for these tests with supported, unsupported and
contradicted sentences about src/akhbar/sample/corpus. The tests check what akhbar keeps, drops and replaces.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar import Archive, ArticleDraft, load_settings
from akhbar.backends import http as backend_http
from akhbar.cli import main
from akhbar.errors import ModelServerWarning
from akhbar.qa.generate import parse_reply
from conftest import EXAMPLES, shared_path
from model_servers import StubServer, free_port

EARTHQUAKE = "كم بلغت قوة الزلزال الذي ضرب تركيا وسوريا في فبراير 2023؟"
# One sentence of each kind about src/akhbar/sample/corpus/dumps/earthquake_2023.txt: the magnitude (supported),
# a tsunami nobody reported (unsupported), a wrong magnitude (contradicted), a second quake (supported).
# (The supported sentences stay close to the article's words, as models mostly write from their sources;
# how many freer paraphrases the claim checker accepts is measured in bench/generation_guard.py.)
EARTHQUAKE_REPLY = (
    "ضرب زلزال بقوة 7.8 درجات على مقياس ريختر جنوب تركيا وشمال سوريا [1]. "
    "وتسبب الزلزال في موجة تسونامي على سواحل البحر المتوسط [1]. "
    "وبلغت قوة الزلزال 6.8 درجات على مقياس ريختر [1]. "
    "وبعد نحو تسع ساعات ضرب زلزال ثانٍ بقوة 7.5 درجات المنطقة نفسها [1]."
)


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(backend_http, "FIRST_PAUSE", 0.01)


@pytest.fixture(scope="module")
def earthquake_archive(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gen") / "news"
    with Archive.open(path) as archive:
        report = archive.ingest([str(EXAMPLES / "corpus" / "dumps" / "earthquake_2023.txt")])
        assert report.stored
    return path


def ask(path: Path, url: str, question: str, *, generate: bool = True):
    with Archive.open(path, settings=load_settings(env={"AKHBAR_LLM_URL": url, "AKHBAR_LLM_MODEL": "recorded"})) as a:
        return a.ask(question, generate=generate)


def test_supported_kept_unsupported_dropped_contradicted_replaced_by_its_source(earthquake_archive):
    with StubServer(reply=lambda messages: EARTHQUAKE_REPLY) as server:
        answer = ask(earthquake_archive, server.url, EARTHQUAKE)
    assert not answer.abstained and answer.generator == "recorded"
    assert [(g.verdict, g.action) for g in answer.generated] == [
        ("supported", "kept"), ("unsupported", "dropped"), ("contradicted", "replaced"), ("supported", "kept")]
    kept, tsunami, wrong, second = answer.generated
    assert kept.shown == "ضرب زلزال بقوة 7.8 درجات على مقياس ريختر جنوب تركيا وشمال سوريا." and kept.citations == [1]
    assert tsunami.shown is None and "تسونامي" not in (answer.kept or "")
    # The wrong magnitude gives way to the source sentence that contradicts it, quoted from the article.
    assert wrong.shown and "7.8 درجات" in wrong.shown and "6.8" not in (answer.kept or "")
    source = next(s for s in answer.sources if s.n == wrong.shown_citations[0])
    assert wrong.shown in source.quote or source.quote in wrong.shown
    # Cited as [1], found in the article's next sentence: kept, citing that sentence as a new source.
    assert "7.5 درجات" in (second.evidence or "") and second.shown_citations != [1]
    assert any(s.n == second.shown_citations[0] and "7.5" in s.quote for s in answer.sources)
    assert answer.kept and answer.kept.startswith("ضرب زلزال بقوة 7.8 درجات على مقياس ريختر جنوب تركيا وشمال سوريا [1].")


def test_a_sentence_joining_two_source_sentences_is_checked_clause_by_clause(earthquake_archive):
    first = "ضرب زلزال بقوة 7.8 درجات جنوب تركيا وشمال سوريا، "
    reply = (first + "وبعد نحو تسع ساعات ضرب زلزال ثانٍ بقوة 7.5 درجات المنطقة نفسها [1]. "
             + first + "وبعد نحو تسع ساعات ضرب زلزال ثانٍ بقوة 6.5 درجات المنطقة نفسها [1]. "
             + first + "وتسبب في موجة تسونامي على سواحل البحر المتوسط [1].")
    with StubServer(reply=lambda messages: reply) as server:
        both, wrong, invented = ask(earthquake_archive, server.url, EARTHQUAKE).generated
    # Each clause backed by its own sentence of the article: kept, citing both.
    assert (both.verdict, both.action) == ("supported", "kept") and len(both.shown_citations) == 2
    # One clause contradicted: the sentence gives way to the source of the second quake.
    assert (wrong.verdict, wrong.action) == ("contradicted", "replaced") and "7.5 درجات" in (wrong.shown or "")
    # One clause backed, the other not: the sentence is dropped whole.
    assert (invented.verdict, invented.action) == ("unsupported", "dropped")


def test_the_prompt_holds_the_question_and_the_numbered_sources(earthquake_archive):
    with StubServer(reply=lambda messages: EARTHQUAKE_REPLY) as server:
        answer = ask(earthquake_archive, server.url, EARTHQUAKE)
        system, user = server.requests[0]["messages"]
    assert system["role"] == "system" and "[1]" in system["content"]
    assert EARTHQUAKE in user["content"]
    for s in answer.sources[:1]:
        assert f"[{s.n}]" in user["content"] and s.quote in user["content"]


def test_seed_000_machine_answer_is_not_shown(tmp_path):
    """Seed 000: an article about Russia and Syria, a question it does not answer (the economic results
    of their cooperation), and a machine-written answer whose four claims the article does not support."""
    lines = shared_path("seeds/000_*.txt").read_text(encoding="utf-8").splitlines()
    asked = next(i for i, line in enumerate(lines) if line.strip().endswith("؟"))
    article, question, machine = "\n".join(lines[:asked]), lines[asked].strip(), "\n".join(lines[asked + 1:])
    with Archive.open(tmp_path / "seed") as archive:
        archive.add_articles([ArticleDraft(text=article, title="العلاقات الروسية السورية")])
    with StubServer(reply=lambda messages: machine) as server:
        # The seed's own question: nothing answers it, so no model is asked to word an answer.
        answer = ask(tmp_path / "seed", server.url, question)
        assert answer.abstained and answer.generated == [] and answer.kept is None and server.requests == []
        # A question the article answers, and the model writes the seed's answer anyway: none of it is shown.
        answer = ask(tmp_path / "seed", server.url, "كم عسكريا روسيا شارك في العملية في سوريا؟")
        assert len(server.requests) == 1
    assert not answer.abstained and len(answer.generated) >= 4
    assert all(g.action == "dropped" for g in answer.generated), [(g.text, g.verdict) for g in answer.generated]
    assert answer.kept is None


def test_cli_json_and_struck_through_unsupported(earthquake_archive, monkeypatch, capsys):
    with StubServer(reply=lambda messages: EARTHQUAKE_REPLY) as server:
        monkeypatch.setenv("AKHBAR_LLM_URL", server.url)
        assert main(["ask", EARTHQUAKE, "--generate", "--json", "--archive", str(earthquake_archive)]) == 0
        data = json.loads(capsys.readouterr().out)
        assert {"generated", "kept", "generator", "sources", "points"} <= set(data)
        assert {"text", "citations", "verdict", "evidence", "action", "shown"} <= set(data["generated"][0])
        assert [g["verdict"] for g in data["generated"]] == ["supported", "unsupported", "contradicted", "supported"]

        assert main(["ask", EARTHQUAKE, "--generate", "--archive", str(earthquake_archive)]) == 0
        shown = capsys.readouterr().out
        assert "تسونامي" not in shown and "1 unsupported sentence(s) dropped" in shown
        assert main(["ask", EARTHQUAKE, "--generate", "--show-unsupported", "--archive", str(earthquake_archive)]) == 0
        shown = capsys.readouterr().out
        assert "تسونامي" in shown and "unsupported: dropped" in shown and "contradicted: replaced" in shown


def test_chat_server_down_keeps_the_extractive_answer_with_a_warning(earthquake_archive):
    url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.warns(ModelServerWarning, match="cannot reach the chat server"):
        answer = ask(earthquake_archive, url, EARTHQUAKE)
    assert answer.points and answer.generated is None and answer.kept is None


def test_ask_generate_without_a_chat_server_says_how(earthquake_archive, monkeypatch, capsys):
    monkeypatch.delenv("AKHBAR_LLM_URL", raising=False)
    assert main(["ask", EARTHQUAKE, "--generate", "--archive", str(earthquake_archive)]) == 1
    assert "set llm_url (AKHBAR_LLM_URL)" in capsys.readouterr().err


@pytest.mark.parametrize("reply, expected", [
    ("جملة أولى عن الزلزال [1]. جملة ثانية عن الضحايا [2].",
     [("جملة أولى عن الزلزال.", [1]), ("جملة ثانية عن الضحايا.", [2])]),
    ("جملة أولى عن الزلزال. [1][3] جملة ثانية عن الضحايا. [٢]",
     [("جملة أولى عن الزلزال.", [1, 3]), ("جملة ثانية عن الضحايا.", [2])]),
    ("<think>I should cite [9].</think>\nجملة عن الزلزال [1، 2]", [("جملة عن الزلزال", [1, 2])]),
    ("جملة بلا مصدر.", [("جملة بلا مصدر.", [])]),
])
def test_citation_marks_are_read_in_the_forms_models_write(reply, expected):
    assert parse_reply(reply) == expected


def test_a_sentence_the_archive_supports_is_kept_though_its_cited_source_reads_as_a_contradiction():
    """The cited source dates another event (the reopening, "أمس الاثنين"); the archive holds the sentence that
    dates the closure the model wrote about: the claim checker's rule (support by any sentence wins) decides,
    and the kept sentence cites that sentence. A wrong date is still replaced by it."""
    from akhbar.models import EvidenceSentence, Source
    from akhbar.qa.generate import _Sources, judge

    quote = "أعلنت البلدية أمس الاثنين إعادة فتح الطريق القديم أمام السيارات، بعد ستة أيام من إغلاقه بسبب الفيضانات."
    closed = "وكان الطريق القديم قد أُغلق صباح الثلاثاء 5 مارس/آذار 2024 بسبب الفيضانات."
    cited = Source(n=1, article_id=1, title="إعادة فتح الطريق", source="جريدة المدينة", published="2024-03-12",
                   url=None, quote=quote, start=0, end=len(quote))

    def new_source(ev: EvidenceSentence, n: int) -> Source:
        return Source(n=n, article_id=ev.article_id or 0, title="إغلاق الطريق", source="جريدة المدينة",
                      published=ev.published, url=None, quote=ev.text, start=ev.start,
                      end=ev.end if ev.end is not None else ev.start + len(ev.text))

    def archive(text: str) -> list[EvidenceSentence]:
        return [EvidenceSentence(closed, 0, len(closed), 2, "2024-03-06")]

    kept = judge("وأُغلق الطريق القديم صباح الثلاثاء 5 مارس/آذار 2024.", [1], _Sources([cited], new_source), archive)
    assert (kept.verdict, kept.action, kept.shown_citations) == ("supported", "kept", [2]), kept.reason
    wrong = judge("وأُغلق الطريق القديم صباح الأربعاء 6 مارس/آذار 2024.", [1], _Sources([cited], new_source), archive)
    assert (wrong.verdict, wrong.action, wrong.shown) == ("contradicted", "replaced", closed)
