"""How sure a timeline event is (akhbar.timeline_confidence): the shipped models, and what a reader sees of them.

The models are fitted on judged real-news timelines by bench/fit_timeline.py; these tests check that the shipped file
is the one the code reads, and that a timeline holds back, without hiding, an event whose date is less sure. The
articles are written for these tests.
"""

from __future__ import annotations

import json

from akhbar import Archive
from akhbar.arabic import Analyzer
from akhbar.cli import main
from akhbar.models import ArticleDraft
from akhbar.timeline_confidence import DATE_FEATURES, MODEL_PATH, TOPIC_FEATURES, DateFacts, date_features, load_model
from akhbar.timeline_marks import topic_terms
from akhbar.timeline_topic import Topic, loose

# Published on Wednesday 20 August 2025. The first sentence reports yesterday's match right after its verb; the
# second sentence's date stands in its second clause, some twenty words in and more than a year back.
MATCH = ArticleDraft(
    title="فريق النخيل يفوز في أولى مبارياته الودية",
    text=("فاز فريق النخيل أمس على ضيفه فريق الساحل بهدفين مقابل هدف في أولى مبارياته الودية. "
          "وتصدر فريق النخيل ترتيب الدوري في الموسم الماضي بفارق كبير عن أقرب منافسيه وحقق لقب الكأس على حساب "
          "فريق الوادي في 12 مايو 2024."),
    published="2025-08-20", source="الرياضية", url="https://example.org/palms")


def test_the_shipped_models_read_the_features_the_code_computes():
    spec = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    model = load_model()
    assert model.date is not None and model.topic is not None, "refit with bench/fit_timeline.py --write"
    assert spec["date"]["features"] == DATE_FEATURES and spec["topic"]["features"] == TOPIC_FEATURES
    for part in ("date", "topic"):
        assert 0.0 < spec[part]["threshold"] < 1.0 and spec[part]["events"] >= 700  # fitted on the judged timelines


def test_a_date_right_after_the_verb_is_surer_than_one_deep_in_a_second_clause():
    model = load_model()
    assert model.date is not None
    first = DateFacts("فاز فريق النخيل أمس على ضيفه", 15, 18, "2025-08-19", "day", "published", "2025-08-20",
                      ("event",))
    deep = MATCH.text.split(". ")[1]
    at = deep.index("12 مايو 2024")
    later = DateFacts(deep, at, at + len("12 مايو 2024"), "2024-05-12", "day", "", "2025-08-20", ("event",))
    assert model.date(date_features(first)) > model.date.threshold > model.date(date_features(later))


def test_a_less_sure_date_is_held_back_and_shown_only_when_asked_for(tmp_path, capsys):
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_articles([MATCH])
        shown = archive.timeline("فريق النخيل")
        everything = archive.timeline("فريق النخيل", near=True)
    assert [(e.date, e.held) for e in shown] == [("2025-08-19", "")]
    held = [e for e in everything if e.held]
    assert [(e.date, e.held) for e in held] == [("2024-05-12", "date")]
    assert held[0].date_confidence is not None and shown[0].date_confidence is not None
    assert held[0].date_confidence < shown[0].date_confidence
    # The terminal lists it apart, under its own heading, after the timeline.
    assert main(["timeline", "فريق النخيل", "--near", "--archive", str(tmp_path / "archive")]) == 0
    out = capsys.readouterr().out
    assert "held back" in out and out.index("2025-08-19") < out.index("held back") < out.index("2024-05-12")


# A sentence whose head reports a match played yesterday and whose second clause, with a verb of its own in the
# future, names the next match's day: the day belongs to the second clause.
SECOND_CLAUSE = "تعادل فريق النخيل مع ضيفه فريق الساحل أمس ثم سيواجه الفريق منافسه فريق الوادي بعد غد السبت"
OWN_CLAUSE = "سيواجه فريق النخيل منافسه فريق الوادي بعد غد السبت"


def test_a_day_named_in_a_second_clause_with_its_own_future_verb_is_read_as_such():
    at = SECOND_CLAUSE.index("بعد غد")
    second = date_features(DateFacts(SECOND_CLAUSE, at, at + len("بعد غد السبت"), "2025-08-23", "day", "published",
                                     "2025-08-21", ("event", "event")))
    at = OWN_CLAUSE.index("بعد غد")
    own = date_features(DateFacts(OWN_CLAUSE, at, at + len("بعد غد السبت"), "2025-08-23", "day", "published",
                                  "2025-08-21", ("event",)))
    assert second["future_later"] == 1.0 and second["connector_later"] == 1.0
    assert own["future_later"] == 0.0 and own["connector_later"] == 0.0


def test_a_name_that_shares_all_but_the_query_names_last_word_is_marked():
    # "مصرف النخيل الزراعي" for "مصرف النخيل التجاري": the first two words of the name, and another third.
    analyzer = Analyzer()
    query = [loose(t) for t in topic_terms(analyzer, "مصرف النخيل التجاري")]
    topic = Topic(dict.fromkeys(query, 1.0), {}, order=query)
    for sentence, marked in (("أعلن مصرف النخيل الزراعي أرباحه أمس", True),
                             ("أعلن مصرف النخيل التجاري أرباحه أمس", False),
                             ("أعلن المصرف أرباحه أمس", False)):
        assert topic.last_missing(topic_terms(analyzer, sentence)) is marked, sentence
