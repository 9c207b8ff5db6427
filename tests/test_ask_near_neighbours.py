"""What a reader checks in ask's answers when the archive holds a near neighbour of the fact asked, not the fact (round
40): the children killed counted as the children hurt, the students a university holds given as its graduates (and its
graduates as the students it holds), a noun of measure shown as an official's name, another bridge's length, start of
works and traffic for the one asked by its side or as the second, the dead given as the missing.
Each rule's test fails on main 62dc00a; the controls beside them pass there too. The towns, bodies and people are used
for invented events; articles written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.arabic import get_analyzer
from akhbar.models import ArticleDraft
from akhbar.qa.counts import mention_kind
from akhbar.qa.evidence import PassageCandidate, sentences_of
from akhbar.qa.told_apart import asked_side

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"


def _draft(title: str, text: str, published: str, slug: str) -> ArticleDraft:
    return ArticleDraft(title=title, text=text, published=published, source="دفتر التجارب", url=f"https://example.org/{slug}")


DRAFTS = [
    _draft("هزة أرضية في ولاية مستغانم",
           "ضربت هزة أرضية بقوة 5.2 درجات ولاية مستغانم غرب الجزائر مساء الأحد 9 مارس 2025، فقتلت ثلاثة أطفال وأصيب 31 "
           "من السكان. وقال مركز البحث في علم الفلك إن سكان ولاية وهران المجاورة شعروا بالهزة.", "2025-03-10",
           "mostaganem-tremor"),
    _draft("كلية الزيتون للتقنية تستقبل عامها الدراسي",
           "بدأ العام الدراسي في كلية الزيتون للتقنية في مدينة جرش يوم الأحد 7 سبتمبر 2025. وتضم الكلية، التي أنشئت عام "
           "2011، ثلاثة أقسام ونحو 2300 طالب وطالبة.", "2025-09-08", "jerash-tech-college"),
    _draft("معهد الواحة للتمريض يخرج دفعته الأولى",
           "احتفل معهد الواحة للتمريض في مدينة الأحساء يوم الخميس 12 يونيو 2025 بتخريج دفعته الأولى وعددها 180 طالبة.",
           "2025-06-13", "ahsa-nursing-institute"),
    _draft("فيضان وادي الملح يغمر قرى في ولاية سيدي بوزيد",
           "غمرت مياه وادي الملح خمس قرى في ولاية سيدي بوزيد ليل الثلاثاء 14 أكتوبر 2025. وعزا والي الجهة حجم الخسائر إلى "
           "تأخر تنظيف مجرى الوادي.", "2025-10-15", "sidi-bouzid-flood"),
    _draft("افتتاح نفق جديد في مدينة سطيف",
           "دشن والي سطيف يوم الاثنين 6 أكتوبر 2025 النفق الجديد عند المدخل الغربي للمدينة بطول 420 متراً. وبدأت أشغال "
           "حفر النفق في مايو 2023. وتعبر النفق يومياً نحو 18 ألف سيارة. وأعلنت الولاية أن نفقاً ثانياً سيحفر عند "
           "المدخل الشرقي.", "2025-10-07", "setif-tunnel"),
    _draft("أمطار غزيرة تجرف سيارات في وادي بيشة",
           "جرفت سيول وادي بيشة ثلاث سيارات مساء الجمعة 17 أكتوبر 2025، ما أسفر عن وفاة 6 أشخاص. وقال الدفاع المدني إن "
           "فرقه ما زالت تبحث في مجرى الوادي.", "2025-10-18", "bisha-valley-floods"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("near_neighbours") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_a_count_is_of_its_own_verbs_family():
    # "فقتل ثلاثة أشخاص وأصيب 40": the three are the dead, whether the number is read alone or with its noun.
    text = "ضرب الزلزال المحافظة فجر السبت، فقتل ثلاثة أشخاص وأصيب 40 من السكان."
    cand = PassageCandidate(article_id=1, passage_id=1, rank=0, score=1.0, text=text, sentences=[(0, len(text))])
    sent = sentences_of([cand], get_analyzer())[0]
    three = text.index("ثلاثة أشخاص")
    assert mention_kind(sent, three, three + len("ثلاثة")) == "dead"
    assert mention_kind(sent, three, three + len("ثلاثة أشخاص")) == "dead"
    forty = text.index("40")
    assert mention_kind(sent, forty, forty + 2) == "injured"


def test_the_children_killed_are_no_children_hurt(archive):
    # "فقتلت ثلاثة أطفال وأصيب 31 من السكان": no child hurt is counted (main answered "ثلاثة أطفال").
    assert archive.ask("كم طفلاً أصيب في هزة مستغانم؟").abstained
    dead = archive.ask("كم طفلاً قتل في هزة مستغانم؟")
    assert not dead.abstained and dead.answer is not None and "ثلاثة" in dead.answer
    hurt = archive.ask("كم شخصاً أصيب في هزة مستغانم؟")
    assert not hurt.abstained and hurt.answer is not None and "31" in hurt.answer


def test_the_students_a_college_holds_are_no_graduates(archive):
    # The college holds 2,300 students; how many graduated is not told.
    assert archive.ask("كم طالباً تخرج في كلية الزيتون للتقنية؟").abstained
    held = archive.ask("كم طالباً يدرس في كلية الزيتون للتقنية؟")
    assert not held.abstained and held.answer is not None and "2300" in held.answer


def test_the_graduates_are_no_students_the_institute_holds(archive):
    # 180 graduated from the institute; how many it holds is not told.
    assert archive.ask("كم طالبة تدرس في معهد الواحة للتمريض؟").abstained
    graduates = archive.ask("كم طالبة تخرجت في معهد الواحة للتمريض؟")
    assert not graduates.abstained and graduates.answer is not None and "180" in graduates.answer


def test_a_noun_of_measure_after_an_office_is_no_name(archive):
    # "وعزا والي الجهة حجم الخسائر إلى …": the governor is never named (main showed "حجم الخسائر" as his name).
    answer = archive.ask("من هو والي ولاية سيدي بوزيد؟")
    assert answer.abstained and answer.answer is None


def test_the_tunnel_at_the_other_entrance_is_not_the_one_asked(archive):
    # The tunnel opened is at the western entrance; the eastern one is only planned, and the second one.
    assert archive.ask("كم يبلغ طول النفق عند المدخل الشرقي لمدينة سطيف؟").abstained
    assert archive.ask("متى بدأت أشغال حفر النفق عند المدخل الشرقي لسطيف؟").abstained
    assert archive.ask("كم سيارة ستعبر النفق الثاني في سطيف يومياً؟").abstained
    length = archive.ask("كم يبلغ طول النفق عند المدخل الغربي لمدينة سطيف؟")
    assert not length.abstained and length.answer is not None and "420" in length.answer
    works = archive.ask("متى بدأت أشغال حفر النفق الجديد في سطيف؟")
    assert not works.abstained and works.answer is not None and "مايو 2023" in works.answer
    cars = archive.ask("كم سيارة تعبر النفق الجديد في سطيف يومياً؟")
    assert not cars.abstained and cars.answer is not None and "18 ألف" in cars.answer


def test_a_side_is_read_after_its_noun():
    analyzer = get_analyzer()
    side = asked_side("كم يبلغ طول الجسر عند المدخل الجنوبي للمدينة؟", analyzer)
    assert side is not None and side.text == "المدخل الجنوبي" and side.side == "south"
    assert asked_side("كم يبلغ طول الجسر الجديد؟", analyzer) is None


def test_the_dead_are_not_the_missing(archive):
    # Six died; no one is told missing (main answered "6 أشخاص").
    assert archive.ask("كم شخصاً فقد في سيول وادي بيشة؟").abstained
    dead = archive.ask("كم شخصاً توفي في سيول وادي بيشة؟")
    assert not dead.abstained and dead.answer is not None and "6" in dead.answer
    lost = archive.ask("كم شخصاً فقد حياته في سيول وادي بيشة؟")
    assert not lost.abstained and lost.answer is not None and "6" in lost.answer
