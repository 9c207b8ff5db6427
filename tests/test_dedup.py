"""Wire copies: the same story stored once however each paper writes its numbers, copies of copies
linked to the first report, and archives fingerprinted by an older akhbar still recognising what they hold.

Every story here is written for these tests.
"""

from __future__ import annotations

import json

from akhbar import Archive
from akhbar.dedup import fingerprint, similarity
from akhbar.models import ArticleDraft

# A 55-word wire story about inflation, as one paper printed it...
INFLATION = (
    "أعلنت الهيئة العامة للإحصاء أن معدل التضخم السنوي في المملكة ارتفع إلى 5.3% خلال شهر يونيو، "
    "مدفوعا بزيادة أسعار السكن والمياه والكهرباء بنسبة 12.4% وأسعار الأغذية بنسبة 2.1%. "
    "وأوضحت الهيئة في تقريرها الشهري أن الرقم القياسي لتكلفة المعيشة بلغ 1,250 نقطة، "
    "وأن أسعار النقل تراجعت بنسبة 0.8% مقارنة بالشهر السابق، فيما استقرت أسعار الملابس والأحذية."
)
# ...and as a Gulf paper printed it: the ر decimal (fraction first), Eastern digits, percent in words.
INFLATION_GULF = (
    "أعلنت الهيئة العامة للإحصاء أن معدل التضخم السنوي في المملكة ارتفع إلى 3ر5% خلال شهر يونيو، "
    "مدفوعا بزيادة أسعار السكن والمياه والكهرباء بنسبة ٤ر١٢ في المئة وأسعار الأغذية بنسبة 1ر2 بالمائة. "
    "وأوضحت الهيئة في تقريرها الشهري أن الرقم القياسي لتكلفة المعيشة بلغ 1250 نقطة، "
    "وأن أسعار النقل تراجعت بنسبة 8ر0% مقارنة بالشهر السابق، فيما استقرت أسعار الملابس والأحذية."
)

HOUSING = (
    "وفي سياق متصل توقع محللون أن يواصل قطاع الإسكان الضغط على الأسعار حتى نهاية العام، مع تأخر تسليم "
    "المشاريع السكنية الجديدة وارتفاع الطلب في المدن الكبرى، بينما دعت الغرف التجارية إلى تسريع إجراءات "
    "التراخيص وتوفير أراض مطورة بأسعار معقولة للأسر الشابة ذات الدخل المحدود."
)


def test_a_copy_that_writes_5_3_percent_as_3r5_is_linked_to_the_first(archive):
    report = archive.add_articles([
        ArticleDraft(text=INFLATION, title="التضخم 5.3%", published="2015-07-20", source="الاقتصادية"),
        ArticleDraft(text=INFLATION_GULF, title="التضخم يرتفع", published="2015-07-20", source="واس"),
    ])
    assert report.stored == 1 and report.duplicates == 1
    first = report.articles[0]
    assert [d["source"] for d in archive.show(first)["duplicates"]] == ["واس"]
    assert archive.store.article(first + 1).duplicate_of == first
    # The copy's own text is kept as written, for its readers.
    assert "3ر5%" in archive.store.article(first + 1).text


def _edit(words: list[str], start: int, stop: int, tag: str) -> list[str]:
    return words[:start] + [f"{w}{tag}" for w in words[start:stop]] + words[stop:]


def test_a_copy_of_a_copy_joins_the_first_story(archive):
    first = (INFLATION + " " + HOUSING).split()
    n = len(first)
    second = _edit(first, int(n * 0.86), n, "ات")  # the end rewritten
    third = _edit(second, 0, int(n * 0.14), "ون")  # then the start: now far from the first text
    texts = [" ".join(t) for t in (first, second, third)]
    threshold = archive.settings.near_duplicate_threshold
    sims = [similarity(fingerprint(a).signature, fingerprint(b).blob) for a, b in
            ((texts[0], texts[1]), (texts[1], texts[2]), (texts[0], texts[2]))]
    assert sims[0] >= threshold and sims[1] >= threshold > sims[2], sims  # what the test is about
    report = archive.add_articles([ArticleDraft(text=t, title=f"نسخة {i}", published="2015-07-21", source=f"صحيفة {i}")
                                   for i, t in enumerate(texts)])
    assert report.stored == 1 and report.duplicates == 2
    assert sorted(d["source"] for d in archive.show(report.articles[0])["duplicates"]) == ["صحيفة 1", "صحيفة 2"]


def test_an_archive_fingerprinted_by_older_code_still_knows_its_articles(tmp_path):
    data = tmp_path / "wire.jsonl"
    data.write_text(json.dumps({"title": "التضخم", "text": INFLATION, "published": "2015-07-20"}, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    with Archive.open(tmp_path / "archive") as archive:
        assert archive.ingest([str(data)]).stored == 1
        # What an older akhbar left: other hashes, no signatures, no version mark.
        archive.store.set_content_hash(1, "0" * 40)
        archive.store.clear_signatures()
        archive.store.db.execute("DELETE FROM meta WHERE key = 'fingerprint_version'")
    with Archive.open(tmp_path / "archive") as archive:
        again = archive.ingest([str(data)])
        assert again.stored == 0 and again.duplicate_of == {f"{data}:line 1": 1}
        gulf = archive.add_articles([ArticleDraft(text=INFLATION_GULF, title="التضخم", published="2015-07-20")])
        assert gulf.duplicates == 1 and gulf.duplicate_of == {"api:item 1": 1}
