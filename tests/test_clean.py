"""akhbar.clean: text dumps, HTML pages and structured rows → clean articles with metadata.

Fixtures are our own Arabic sentences (public facts), laid out the way news sites lay out pages.
"""

from __future__ import annotations

import json

import pytest

from akhbar.clean import BOILERPLATE, clean_text_dump
from akhbar.errors import UnreadableInput
from akhbar.extract import extract_articles, extract_html
from akhbar.models import RawRecord
from conftest import shared_path

# --- our own prose, reused by the fixtures ----------------------------------------------------------

NILE_1 = ("أعلنت وزارة الموارد المائية المصرية اليوم عن خطة جديدة لتحديث شبكة الري في محافظات الدلتا، "
          "تشمل تبطين آلاف الكيلومترات من الترع خلال العامين المقبلين.")
NILE_2 = ("وقال المتحدث باسم الوزارة إن الخطة تهدف إلى خفض الفاقد من المياه وتحسين وصولها إلى نهايات الترع، "
          "مشيرا إلى أن المرحلة الأولى بدأت بالفعل في محافظتي البحيرة وكفر الشيخ.")
NILE_3 = "وأضاف أن تكلفة المرحلة الأولى تتجاوز ثلاثة مليارات جنيه تمولها الموازنة العامة للدولة."
QATAR_TITLE = "قطر تستضيف بطولة كأس آسيا لكرة القدم مطلع العام المقبل"
QATAR_1 = ("أعلن الاتحاد الآسيوي لكرة القدم أن قطر ستستضيف نهائيات كأس آسيا، بعد اعتذار الصين عن تنظيم "
           "البطولة بسبب الظروف الصحية.")
QATAR_2 = ("وأوضح الاتحاد في بيان أن المباريات ستقام على الملاعب التي شيدت لكأس العالم 2022، "
           "وأن موعد انطلاق البطولة سيحدد بعد التشاور مع الاتحادات الوطنية.")
QATAR_3 = "ويشارك في البطولة أربعة وعشرون منتخبا من مختلف دول القارة."
ATLAS_1 = ("ضرب زلزال قوي منطقة الحوز جنوب مدينة مراكش مساء الجمعة، وشعر به سكان عدد من المدن المغربية "
           "التي خرج سكانها إلى الشوارع.")
ATLAS_2 = ("وقالت السلطات المحلية إن فرق الإنقاذ تواصل البحث عن ناجين تحت الأنقاض في القرى الجبلية، "
           "فيما أقامت وحدات الجيش مستشفيات ميدانية قرب المناطق المتضررة.")
ATLAS_3 = "ودعت وزارة الصحة المواطنين إلى التبرع بالدم في المراكز الجهوية لتحاقن الدم."
DUBAI_TITLE = "افتتاح أطول عجلة مراقبة في العالم بدبي"
DUBAI_1 = ("افتتحت دبي عجلة المراقبة الأطول في العالم على جزيرة بلوواترز، بارتفاع يتجاوز مئتين وخمسين "
           "مترا، لتضاف إلى قائمة المعالم السياحية في الإمارة.")
DUBAI_2 = ("وتتسع العجلة لنحو ألف وسبعمائة وخمسين راكبا في الدورة الواحدة، وتستغرق كل دورة قرابة "
           "ثمان وثلاثين دقيقة يشاهد خلالها الزوار أفق المدينة.")


def dump(*blocks: str) -> str:
    """A text dump as scrapers write it: one line per block, blank lines between."""
    return "\n\n".join(blocks)


def only(articles):
    assert len(articles) == 1, [a.title or a.text[:40] for a in articles]
    return articles[0]


# --- the seed page -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_articles():
    path = shared_path("seeds/004_*.txt")
    return clean_text_dump(path.read_text(encoding="utf-8"))


def test_seed_page_gives_exactly_two_articles(seed_articles):
    assert len(seed_articles) == 2


def test_seed_first_article_keeps_its_text_and_metadata(seed_articles):
    first = seed_articles[0]
    assert first.title == ""  # the dump has no title line for it: we do not invent one
    assert first.published == "2024-12-31"
    assert first.source == "الجزيرة"
    assert first.tags == ["حريات"]
    assert first.text.startswith("بدأت العلاقات الدبلوماسية بين سوريا والاتحاد السوفياتي")
    assert first.text.endswith("فما طبيعة العلاقات السورية الروسية؟ وكيف تشكلت؟")
    assert "31/12/2024" not in first.text and "المصدر" not in first.text and "إقرأ" not in first.text


def test_seed_second_article_is_the_iraqi_delegation_piece(seed_articles):
    second = seed_articles[1]
    assert second.title == "رئيس المخابرات العراقية يقود وفدا حكوميا إلى سوريا"
    assert second.text.startswith("وصل وفد عراقي حكومي")
    assert second.text.endswith("للشعب السوري نفسه\".")
    assert second.published is None  # the dump gives no date for it
    assert second.source is None and second.tags == []
    for junk in ("إعلان", "مجالات البحث", "(وكالات)", "الشرع (يسار) التقى السوداني", "مقالات مشابهة",
                 "محطات العلاقة بين سوريا والعراق", "الكرملين"):
        assert junk not in second.text, junk
    # "إعلان" the word may appear inside prose; the ad line itself is gone
    assert "\n\nإعلان\n\n" not in second.text
    assert "\n\n" in second.text and "\n\n\n" not in second.text


# --- multi-article dumps of other sites ------------------------------------------------------------------

def test_levant_style_page_splits_after_read_also_with_each_articles_own_metadata():
    text = dump(
        "الرئيسية > اقتصاد",
        "مصر تبدأ تبطين الترع في محافظات الدلتا",
        "نشر في: الأحد 5 يناير 2025 - 10:30 ص",
        NILE_1, NILE_2,
        "صورة من الجو لترعة في محافظة البحيرة (رويترز)",
        NILE_3,
        "شارك", "فيسبوك", "تويتر", "واتساب",
        "المصدر: وكالات",
        "اقرأ أيضا",
        QATAR_TITLE,
        "آخر تحديث: 6/1/2025",
        QATAR_1, QATAR_2, QATAR_3,
        "الوسوم: كرة القدم، قطر، كأس آسيا",
        "الأكثر قراءة",
        "- سعر الذهب اليوم في الأسواق المحلية",
        "- ارتفاع درجات الحرارة نهاية الأسبوع",
        "© 2025 جميع الحقوق محفوظة",
    )
    first, second = clean_text_dump(text)
    assert first.title == "مصر تبدأ تبطين الترع في محافظات الدلتا"
    assert first.published == "2025-01-05"
    assert first.source == "وكالات"
    assert first.text == "\n\n".join([NILE_1, NILE_2, NILE_3])
    assert second.title == QATAR_TITLE
    assert second.published == "2025-01-06"  # only an update date: used as the publication date
    assert second.tags == ["كرة القدم", "قطر", "كأس آسيا"]
    assert second.source is None
    assert second.text == "\n\n".join([QATAR_1, QATAR_2, QATAR_3])


def test_maghreb_style_page_with_tag_header_and_related_list_then_second_article():
    text = dump(
        "الرئيسية / مجتمع",
        "الجمعة 08 سبتمبر 2023 | 23:40",
        ATLAS_1, ATLAS_2,
        "إعلان",
        ATLAS_3,
        "الكلمات الدلالية",
        "الحوز\nمراكش\nزلزال",
        "مواضيع ذات صلة",
        "• حصيلة جديدة لضحايا الزلزال",
        "• المغرب يعلن الحداد ثلاثة أيام",
        DUBAI_TITLE,
        DUBAI_1, DUBAI_2,
        "تابعونا على فيسبوك وتويتر",
    )
    first, second = clean_text_dump(text)
    assert first.published == "2023-09-08"
    assert first.tags == ["الحوز", "مراكش", "زلزال"]
    assert first.text == "\n\n".join([ATLAS_1, ATLAS_2, ATLAS_3])
    assert second.title == DUBAI_TITLE
    assert second.text == "\n\n".join([DUBAI_1, DUBAI_2])
    assert second.published is None and second.tags == []


def test_egyptian_style_page_with_byline_and_date_line_under_second_title():
    text = dump(
        "كتب: أحمد محمود",
        "الثلاثاء، 14 يناير 2025 03:00 م",
        NILE_1, NILE_2,
        "كلمات البحث",  # not a marker: stays as text? no: it is a short line at the end of the article
        "إقرأ أيضاً:",
        DUBAI_TITLE,
        "الأربعاء 15 يناير 2025",
        DUBAI_1, DUBAI_2,
        "جميع الحقوق محفوظة لموقعنا ©",
    )
    articles = clean_text_dump(text)
    assert [a.title for a in articles] == ["", DUBAI_TITLE]
    assert articles[0].published == "2025-01-14"
    assert articles[1].published == "2025-01-15"
    assert "أحمد محمود" not in articles[0].text
    assert articles[1].text == "\n\n".join([DUBAI_1, DUBAI_2])


def test_metadata_between_two_articles_belongs_to_the_one_before():
    text = dump(QATAR_1, QATAR_2, "31/12/2024", "المصدر: الجزيرة", "كلمات دلالية: رياضة / قطر",
                "اقرأ أيضا:", DUBAI_TITLE, DUBAI_1, DUBAI_2)
    first, second = clean_text_dump(text)
    assert (first.published, first.source, first.tags) == ("2024-12-31", "الجزيرة", ["رياضة", "قطر"])
    assert (second.published, second.source, second.tags) == (None, None, [])


# --- related lists that are not a second article ---------------------------------------------------------

def test_read_also_list_in_the_middle_of_an_article_is_dropped_and_the_article_goes_on():
    text = dump(NILE_1, "اقرأ أيضا:", "• مصر تطلق مشروعا لتحلية مياه البحر", "• ارتفاع منسوب النيل",
                NILE_2, NILE_3)
    article = only(clean_text_dump(text))
    assert article.text == "\n\n".join([NILE_1, NILE_2, NILE_3])


def test_plain_headline_lines_after_read_also_mid_article_are_a_list_not_a_new_article():
    text = dump(NILE_1, "اقرأ أيضًا", "مصر تطلق مشروعا لتحلية مياه البحر", "ارتفاع منسوب النيل هذا الموسم",
                NILE_2, NILE_3)
    article = only(clean_text_dump(text))
    assert article.text == "\n\n".join([NILE_1, NILE_2, NILE_3])


def test_inline_read_also_link_is_dropped_alone():
    text = dump(QATAR_1, "اقرأ أيضا: قطر تكشف عن تميمة البطولة", QATAR_2, QATAR_3)
    article = only(clean_text_dump(text))
    assert article.text == "\n\n".join([QATAR_1, QATAR_2, QATAR_3])


def test_a_titled_one_paragraph_story_of_another_topic_after_a_related_header_is_its_own_article():
    text = dump(QATAR_1, QATAR_2, "مقالات ذات صلة", DUBAI_TITLE, DUBAI_1)
    first, second = clean_text_dump(text)
    assert first.text == "\n\n".join([QATAR_1, QATAR_2])
    assert (second.title, second.text) == (DUBAI_TITLE, DUBAI_1)


def test_related_list_at_the_end_is_dropped():
    text = dump(ATLAS_1, ATLAS_2, "الأكثر مشاهدة", "1. حصيلة جديدة لضحايا الزلزال", "2. المغرب يعلن الحداد",
                "3. أسعار الخضر في الأسواق")
    assert only(clean_text_dump(text)).text == "\n\n".join([ATLAS_1, ATLAS_2])


# --- titles ------------------------------------------------------------------------------------------

def test_short_first_line_followed_by_prose_is_the_title():
    article = only(clean_text_dump(dump(QATAR_TITLE, QATAR_1, QATAR_2)))
    assert article.title == QATAR_TITLE
    assert article.text == "\n\n".join([QATAR_1, QATAR_2])


def test_first_line_that_is_a_sentence_is_not_a_title():
    article = only(clean_text_dump(dump(QATAR_1, QATAR_2)))
    assert article.title == ""
    assert article.text.startswith(QATAR_1)


# --- line by line: what goes, what stays ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "إعلان", "- إعلان -", "Advertisement", "اعلان",
    "شارك", "شارك فيسبوك تويتر واتساب", "مشاركة عبر: فيسبوك | تويتر | واتساب", "طباعة",
    "تابعونا على تطبيق تيليجرام", "تابعنا على انستغرام", "اشترك في النشرة البريدية",
    "الرابط المختصر: https://example.com/abc", "https://example.com/news/1234", "نسخ الرابط",
    "جميع الحقوق محفوظة © 2025", "© شبكة الجزيرة الإعلامية", "كل الحقوق محفوظة لصحيفة الغد",
    "الرئيسية", "الرئيسية > سياسة", "الرئيسية » أخبار عربية » سوريا", "سياسة | اقتصاد | رياضة | ثقافة",
    "الشرع (يسار) التقى السوداني في الدوحة (وكالات) مجالات البحث",
    "متظاهرون في ساحة التحرير (الفرنسية)", "جانب من الدمار في المدينة (أسوشيتد برس)",
    "الرئيس أردوغان خلال المؤتمر (الأناضول)", "مقاتلون في الشمال السوري (غيتي)",
    "صورة أرشيفية لمبنى البرلمان (رويترز - أرشيف)", "--(بترا)",
    "الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.",
    "منذ 3 ساعات", "آخر تحديث: منذ 5 دقائق", "بقلم: سارة خليل", "*****",
])
def test_boilerplate_lines_are_removed(line):
    assert only(clean_text_dump(dump(NILE_1, line, NILE_2))).text == f"{NILE_1}\n\n{NILE_2}"


@pytest.mark.parametrize("line", [
    "شارك آلاف المتظاهرين في مسيرة سلمية وسط العاصمة للمطالبة بتحسين الأجور.",
    "نشر الجيش وحدات إضافية على الحدود الشمالية في 12 مارس 2024.",
    "وقال المصدر إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة.",
    "وأعلنت رويترز أن مراسلها وصل إلى المدينة صباح اليوم.",
    "وقالت الشرطة إن التحقيقات ما زالت جارية في الحادث (رويترز).",
    "وأكد الوزير أن بلاده ستواصل دعم اللاجئين. (الأناضول)",
    "تابع الرئيس أعمال القمة من مقر الحكومة وأجرى اتصالات مع عدد من القادة العرب.",
    "وأشار إلى أن إعلان النتائج سيتم بعد انتهاء عمليات الفرز.",
    "وتعود حقوق الطبع الأولى للكتاب إلى دار نشر لبنانية صغيرة أسست في الخمسينيات.",
])
def test_prose_that_resembles_a_marker_stays(line):
    article = only(clean_text_dump(dump(NILE_1, line, NILE_2)))
    assert line in article.text


def test_caption_with_glued_search_menu_is_dropped_but_the_next_paragraph_stays():
    text = dump(NILE_1, "وزير الري يتفقد أعمال التبطين (الجزيرة) مجالات البحث", NILE_2)
    assert only(clean_text_dump(text)).text == f"{NILE_1}\n\n{NILE_2}"


def test_glued_ad_label_after_a_sentence_is_cut_off():
    article = only(clean_text_dump(dump(f"{NILE_1} إعلان", NILE_2)))
    assert article.text == f"{NILE_1}\n\n{NILE_2}"


def test_bullets_inside_an_article_are_kept():
    text = dump(NILE_1, "• تبطين 7 آلاف كيلومتر من الترع", "• تحديث محطات الرفع", NILE_2)
    article = only(clean_text_dump(text))
    assert "• تبطين 7 آلاف كيلومتر من الترع" in article.text and "• تحديث محطات الرفع" in article.text


# --- harvested metadata -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line, iso", [
    ("31/12/2024", "2024-12-31"),
    ("الثلاثاء 31 ديسمبر 2024", "2024-12-31"),
    ("نشر في: الثلاثاء 31 ديسمبر 2024 - 10:30 ص", "2024-12-31"),
    ("نُشر في 14 فبراير/شباط 2025", "2025-02-14"),
    ("تاريخ النشر: 2024-12-31T08:15:00+03:00", "2024-12-31"),
    ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24"),
    ("الأحد 05 جانفي 2025 | 08:30", "2025-01-05"),
    ("بتاريخ 3 آذار 2023", "2023-03-03"),
    ("آخر تحديث: 12/1/2025", "2025-01-12"),
])
def test_date_lines_become_the_published_date_and_leave_the_text(line, iso):
    article = only(clean_text_dump(dump(line, NILE_1, NILE_2)))
    assert article.published == iso
    assert article.text == f"{NILE_1}\n\n{NILE_2}"


def test_publication_line_wins_over_update_line():
    text = dump("آخر تحديث: 2 يناير 2025", "نشر في: 1 يناير 2025", NILE_1, NILE_2)
    assert only(clean_text_dump(text)).published == "2025-01-01"


def test_dates_inside_prose_are_not_the_publication_date():
    article = only(clean_text_dump(dump(NILE_1, "وبدأت المرحلة الأولى في 3 مارس 2021 وانتهت بعد عام.", NILE_2)))
    assert article.published is None


@pytest.mark.parametrize("line, tags", [
    ("كلمات دلالية: حريات", ["حريات"]),
    ("الكلمات الدلالية: سوريا، العراق، الحدود", ["سوريا", "العراق", "الحدود"]),
    ("الوسوم: نفط | غاز | طاقة", ["نفط", "غاز", "طاقة"]),
    ("وسوم: الصحة, كورونا / لقاحات", ["الصحة", "كورونا", "لقاحات"]),
])
def test_tag_lines_are_split_into_tags(line, tags):
    article = only(clean_text_dump(dump(NILE_1, NILE_2, line)))
    assert article.tags == tags
    assert article.text == f"{NILE_1}\n\n{NILE_2}"


@pytest.mark.parametrize("line, source", [
    ("المصدر: الجزيرة", "الجزيرة"), ("المصدر : وكالة الأنباء السعودية (واس)", "وكالة الأنباء السعودية (واس)"),
    ("مصدر الخبر: سكاي نيوز عربية", "سكاي نيوز عربية"), ("المصدر - وكالات", "وكالات"),
])
def test_source_lines_become_the_source(line, source):
    article = only(clean_text_dump(dump(NILE_1, NILE_2, line)))
    assert article.source == source
    assert article.text == f"{NILE_1}\n\n{NILE_2}"


# --- never lose text silently ------------------------------------------------------------------------------

def test_nothing_but_boilerplate_gives_no_article():
    assert clean_text_dump(dump("الرئيسية > سياسة", "إعلان", "شارك", "فيسبوك", "© 2025 جميع الحقوق محفوظة")) == []
    assert clean_text_dump("") == []
    assert clean_text_dump("   \n\n  ") == []


def test_hard_wrapped_paragraph_after_read_also_is_kept_whole():
    wrapped = ("ضرب زلزال قوي منطقة الحوز جنوب مدينة مراكش مساء الجمعة، وشعر به\n"
               "سكان عدد من المدن المغربية التي خرج سكانها إلى الشوارع خوفا من\n"
               "الهزات الارتدادية التي تواصلت حتى ساعات الصباح الأولى من السبت.")
    article = only(clean_text_dump(dump(wrapped, ATLAS_2)))
    assert article.text.startswith("ضرب زلزال قوي منطقة الحوز جنوب مدينة مراكش مساء الجمعة، وشعر به سكان")
    assert article.text.count("\n\n") == 1


def test_invisible_characters_and_odd_spaces_are_tidied():
    article = only(clean_text_dump(dump("\u200f" + NILE_1.replace(" ", "\u00a0", 3), NILE_2 + "\u200b")))
    assert article.text == f"{NILE_1}\n\n{NILE_2}"


# --- the table itself ----------------------------------------------------------------------------------------

def test_every_marker_row_says_why_and_uses_a_known_action():
    actions = {"drop-line", "strip-tail", "drop-caption", "related-block", "harvest-field", "harvest-tags-below"}
    for marker in BOILERPLATE:
        assert marker.why, marker
        assert marker.action in actions, marker
        assert marker.match in {"line", "label", "prefix", "contains", "tail", "credit", "words", "regex", "dateline"}


# --- records of each kind ----------------------------------------------------------------------------------

def test_text_record_carries_its_url_to_every_article():
    record = RawRecord(origin="dump.txt", locator="", kind="text", url="https://example.com/p",
                       text=dump(QATAR_1, QATAR_2, "اقرأ أيضا", DUBAI_TITLE, DUBAI_1, DUBAI_2))
    articles = extract_articles(record)
    assert [a.url for a in articles] == ["https://example.com/p"] * 2


def test_fields_record_keeps_its_metadata_and_cleans_its_text():
    record = RawRecord(origin="rows.jsonl", locator="line 3", kind="fields", fields={
        "title": "العراق يرسل وفدا إلى دمشق", "published": "الجمعة 25 أبريل 2025", "source": "الجزيرة",
        "url": "https://example.com/a", "tags": ["سوريا", "العراق"],
        "text": dump(QATAR_1, "إعلان", "المصدر: وكالات", "31/12/2024", QATAR_2, "شارك على واتساب"),
    })
    article = only(extract_articles(record))
    assert article.title == "العراق يرسل وفدا إلى دمشق"
    assert article.published == "2025-04-25"  # the row's own date wins over the harvested one
    assert article.source == "الجزيرة"
    assert article.url == "https://example.com/a"
    assert article.tags == ["سوريا", "العراق"]
    assert article.text == f"{QATAR_1}\n\n{QATAR_2}"


def test_fields_record_without_metadata_takes_harvested_values():
    record = RawRecord(origin="rows.csv", locator="row 2", kind="fields",
                       fields={"text": dump(NILE_1, NILE_2, "المصدر: الأهرام", "كلمات دلالية: ري، مياه"),
                               "published": "2024-06-30T22:10:00Z", "tags": []})
    article = only(extract_articles(record))
    assert (article.published, article.source, article.tags) == ("2024-06-30", "الأهرام", ["ري", "مياه"])


def test_fields_record_is_never_split_into_several_articles():
    record = RawRecord(origin="rows.jsonl", locator="line 1", kind="fields",
                       fields={"text": dump(QATAR_1, QATAR_2, "اقرأ أيضا", DUBAI_TITLE, DUBAI_1, DUBAI_2)})
    article = only(extract_articles(record))
    assert DUBAI_1 in article.text and DUBAI_TITLE not in article.text


def test_fields_record_without_text_is_unreadable():
    record = RawRecord(origin="rows.jsonl", locator="line 9", kind="fields", fields={"title": "عنوان فقط"})
    with pytest.raises(UnreadableInput, match="no text field"):
        extract_articles(record)


def test_fields_record_whose_text_is_all_boilerplate_gives_nothing():
    record = RawRecord(origin="rows.jsonl", locator="line 4", kind="fields", fields={"text": "إعلان\n\nشارك"})
    assert extract_articles(record) == []


def test_unknown_record_kind_is_unreadable():
    with pytest.raises(UnreadableInput, match="unknown record kind"):
        extract_articles(RawRecord(origin="x.bin", locator="", kind="pdf", text="..."))


# --- HTML ---------------------------------------------------------------------------------------------------

def page(head: str = "", body_top: str = "", paragraphs: tuple[str, ...] = (NILE_1, NILE_2, NILE_3),
         title: str = "مصر تبدأ تبطين الترع في محافظات الدلتا", extra: str = "") -> str:
    ps = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} - موقع النيل</title>{head}</head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/eco">اقتصاد</a> <span class="today">الأحد 12 يناير 2025</span></nav></header>
<main><article><h1>{title}</h1>{body_top}
<div class="article-body">{ps}
<figure><img src="a.jpg"><figcaption>ترعة في محافظة البحيرة (رويترز)</figcaption></figure>
{extra}</div></article></main>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/1">سعر الذهب اليوم</a></li><li><a href="/2">حالة الطقس</a></li></ul></aside>
<footer>© 2025 جميع الحقوق محفوظة لموقع النيل</footer></body></html>"""


def test_html_main_text_title_and_meta_date():
    html = page(head='<meta property="article:published_time" content="2025-01-05T10:30:00+02:00">')
    article = only(extract_html(html, "https://example.com/nile"))
    assert article.title == "مصر تبدأ تبطين الترع في محافظات الدلتا"
    assert article.published == "2025-01-05"
    assert article.url == "https://example.com/nile"
    assert NILE_1 in article.text and NILE_3 in article.text
    assert "\n\n" in article.text
    for junk in ("سعر الذهب", "جميع الحقوق", "(رويترز)"):
        assert junk not in article.text


def test_html_date_in_arabic_words_under_the_title_beats_the_header_date():
    html = page(body_top='<div class="post-date">الثلاثاء 31 ديسمبر 2024</div>')
    assert only(extract_html(html)).published == "2024-12-31"


def test_html_json_ld_date_is_used():
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-03-09T07:00:00+03:00"})
    html = page(head=f'<script type="application/ld+json">{ld}</script>')
    assert only(extract_html(html)).published == "2024-03-09"


def test_html_utc_timestamp_just_before_midnight_yields_to_the_local_date_the_page_states():
    html = page(head='<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">',
                body_top='<span class="date">الجمعة 25 ديسمبر 2020</span>')
    assert only(extract_html(html)).published == "2020-12-25"


def test_html_with_read_also_inside_the_article_body_is_cleaned():
    extra = "<p>اقرأ أيضا:</p><ul><li>مصر تطلق مشروعا لتحلية مياه البحر</li><li>ارتفاع منسوب النيل</li></ul>"
    html = page(paragraphs=(NILE_1, NILE_2), extra=extra + f"<p>{NILE_3}</p>")
    article = only(extract_html(html))
    assert "تحلية مياه البحر" not in article.text and "اقرأ أيضا" not in article.text
    assert NILE_3 in article.text


def test_html_without_article_text_falls_back_or_gives_nothing():
    assert extract_html("<html><body><nav>الرئيسية</nav><footer>© 2025</footer></body></html>") == []
    assert extract_html("") == []
    tiny = f"<div>{QATAR_TITLE}<br><br>{QATAR_1}<br><br>{QATAR_2}</div>"
    article = only(extract_html(tiny))
    assert QATAR_1 in article.text and QATAR_2 in article.text


def test_html_record_goes_through_extract_html():
    record = RawRecord(origin="p.html", locator="", kind="html", url="https://example.com/q",
                       text=page(head='<meta name="pubdate" content="2025-02-01">'))
    article = only(extract_articles(record))
    assert article.published == "2025-02-01" and article.url == "https://example.com/q"


# --- real pages (../shared) ----------------------------------------------------------------------------------

def _pages(*ids: str):
    index = shared_path("data/html_pages_ar/index.jsonl")
    pages = {p["id"]: p for p in map(json.loads, index.read_text(encoding="utf-8").splitlines())}
    for pid in ids:
        p = pages[pid]
        yield p, (index.parent / p["html"]).read_text(encoding="utf-8")


def test_real_pages_where_trafilatura_alone_gets_the_date_wrong():
    # htmldate_1806793639: meta says 23:59:50 UTC on the 24th; the page says الجمعة 25 ديسمبر.
    for p, html in _pages("htmldate_1806793639", "htmldate_1731695567", "htmldate_1588107198"):
        assert extract_html(html, p["url"])[0].published == p["gold_date"], p["id"]


def test_real_page_main_text_matches_gold():
    for p, html in _pages("fundus_lbcgroup_2026_01_08"):
        article = only(extract_html(html, p["url"]))
        assert article.text.split("\n\n") == p["gold_paragraphs"]
        assert article.title == p["gold_title"]


def test_real_page_keeps_wanted_snippets_and_drops_unwanted_ones():
    for p, html in _pages("trafilatura_assabah_com_tn"):
        text = "\n\n".join(a.text for a in extract_html(html, p["url"]))
        flat = " ".join(text.split())
        assert all(s in flat for s in p["gold_with"])
        assert not any(s in flat for s in p["gold_without"])


# --- more page shapes -------------------------------------------------------------------------------------

def test_three_glued_articles_each_with_metadata_after_it():
    text = dump(
        ATLAS_1, ATLAS_2, "السبت 9 سبتمبر 2023", "المصدر: هسبريس",
        "اقرأ أيضا", DUBAI_TITLE, DUBAI_1, DUBAI_2, "نشر في: 10/11/2023", "المصدر: البيان",
        "إقرأ أيضاً:", QATAR_TITLE, QATAR_1, QATAR_2, "كلمات دلالية: كرة القدم",
    )
    articles = clean_text_dump(text)
    assert [a.title for a in articles] == ["", DUBAI_TITLE, QATAR_TITLE]
    assert [a.published for a in articles] == ["2023-09-09", "2023-11-10", None]
    assert [a.source for a in articles] == ["هسبريس", "البيان", None]
    assert articles[2].tags == ["كرة القدم"]


def test_bulleted_title_after_the_previous_articles_metadata_starts_a_new_article():
    text = dump(QATAR_1, QATAR_2, "المصدر: الجزيرة", "اقرأ أيضا:", f"• {DUBAI_TITLE}", DUBAI_1, DUBAI_2)
    first, second = clean_text_dump(text)
    assert second.title == DUBAI_TITLE and second.text == f"{DUBAI_1}\n\n{DUBAI_2}"


def test_caption_naming_positions_is_dropped_but_a_sentence_with_positions_stays():
    caption = "الشرع (يسار) يصافح السوداني (وسط) في الدوحة"
    sentence = "وظهر الشرع (يسار) إلى جانب السوداني في صورة نشرتها الرئاسة السورية مساء أمس."
    article = only(clean_text_dump(dump(QATAR_1, caption, sentence, QATAR_2)))
    assert caption not in article.text and sentence in article.text


def test_search_menu_glued_to_a_line_without_punctuation_is_cut_off():
    article = only(clean_text_dump(dump(f"{QATAR_1} مجالات البحث", QATAR_2)))
    assert article.text == f"{QATAR_1}\n\n{QATAR_2}"


def test_hijri_and_gregorian_date_line_gives_the_gregorian_date():
    line = "الثلاثاء 30 جمادى الآخرة 1446 هـ - 31 ديسمبر 2024 م"
    article = only(clean_text_dump(dump(line, NILE_1, NILE_2)))
    assert article.published == "2024-12-31" and "1446" not in article.text


def test_time_stamp_line_is_dropped():
    assert only(clean_text_dump(dump(NILE_1, "10:30 ص", NILE_2))).text == f"{NILE_1}\n\n{NILE_2}"


def test_new_article_title_followed_by_a_place_and_agency_line():
    text = dump(QATAR_1, QATAR_2, "اقرأ أيضا", DUBAI_TITLE, "دبي - وام", DUBAI_1, DUBAI_2)
    first, second = clean_text_dump(text)
    assert second.title == DUBAI_TITLE
    assert second.text.endswith(DUBAI_2) and DUBAI_1 in second.text
    assert first.text == f"{QATAR_1}\n\n{QATAR_2}"


def test_after_metadata_the_title_is_the_plain_line_that_matches_the_prose():
    text = dump(QATAR_1, QATAR_2, "المصدر: الجزيرة", "مقالات ذات صلة",
                "ارتفاع أسعار النفط في الأسواق العالمية", DUBAI_TITLE, "انطلاق معرض الكتاب في الشارقة",
                DUBAI_1, DUBAI_2)
    first, second = clean_text_dump(text)
    assert second.title == DUBAI_TITLE
    assert "أسعار النفط" not in second.text
    assert second.text.endswith(f"{DUBAI_1}\n\n{DUBAI_2}")
