"""Timelines, round 27: a query word the archive never writes; a man's two names apart; a club abroad; "بريطانيا".

* A query's own word that no passage holds ("أتاتورك" of "مطار أتاتورك") keeps its weight: the other words alone ("مطار")
  are any airport, so the timeline stays empty rather than filling with other airports.
* A man named by a given name and a family word ("عبدالله المقبل") is named only when the two stand together, or with his
  father's name between after "بن": "عبدالله" in one clause and "الأسبوع المقبل" (next week) in another name no one.
* A club abroad that shares a name with a club of the archive's own country ("نادي القادسية الكويتي") is named with its
  nationality: "نادي القادسية" bare in a Saudi archive is the Saudi club.
* A country's name whose first letter the stemmer reads as the preposition ب ("بريطانيا") still names the country: an
  article on Britain's defence ministry that writes only "بريطانيا" is not an article that never names Britain.

The rules alone file these (``timeline_rules_only``). Every sentence here is written for these tests (none is quoted from
a news source). What a user would check: the timeline of one airport, one man or one club shows that airport, man or
club, or nothing; and a report that names the country is not dropped for spelling it without an article.
"""

from __future__ import annotations

from conftest import timeline_dates

# A Saudi archive names its own country most: these pages make it so in a small test archive too, and make the query's
# country and the words of the names common enough that no single word outweighs the rest, as in real news.
_HOME = [("2015-07-20", "سعودي", "افتتح الوزير السعودي اليوم معرضا للكتاب في الرياض بمشاركة دور نشر سعودية."),
         ("2015-07-21", "سعودي", "وقع الجانب السعودي اليوم اتفاقية لتطوير الموانئ السعودية على البحر الأحمر."),
         ("2015-07-22", "سعودي", "أعلن المنتخب السعودي اليوم قائمة لاعبيه لمعسكر الإعداد في النمسا."),
         ("2015-07-23", "سعودي", "استقبل السفير السعودي اليوم وفدا تجاريا يزور المملكة."),
         ("2015-07-24", "سعودي", "سجلت الأسهم السعودية اليوم ارتفاعا طفيفا في تعاملات هادئة."),
         ("2015-07-25", "سعودي", "حقق الاتحاد السعودي للرماية اليوم فوزا في بطولة آسيا."),
         ("2015-07-26", "سعودي", "ناقش المجلس السعودي للجودة اليوم خطة العام المقبل."),
         ("2015-07-27", "سعودي", "أطلقت الهيئة السعودية للسياحة اليوم حملة صيفية جديدة."),
         ("2015-07-28", "سعودي", "فاز الفريق السعودي اليوم ببطولة الخليج للشطرنج."),
         ("2015-07-29", "سعودي", "دشنت الشركة السعودية اليوم مصنعا جديدا للورق."),
         ("2015-07-20", "الكويت", "تستضيف الكويت في الخريف معرضا للصناعات الغذائية."),
         ("2015-07-21", "الكويت", "ارتفعت صادرات الكويت من النفط الخام في يونيو."),
         ("2015-07-22", "الكويت", "وقعت الحكومة الكويتية عقدا لبناء مدارس جديدة."),
         ("2015-07-23", "الكويت", "شارك الوفد الكويتي في مؤتمر عن المياه في عمان."),
         ("2015-07-24", "بريطانيا", "تراجعت أسعار المساكن البريطانية خلال الشهر الماضي."),
         ("2015-07-25", "بريطانيا", "رفعت الحكومة البريطانية رسوم التأشيرات للطلاب."),
         ("2015-07-26", "بريطانيا", "قالت الشرطة البريطانية إنها اعتقلت ثلاثة مشتبه بهم في لندن."),
         ("2015-07-27", "بريطانيا", "خسر المنتخب البريطاني لكرة السلة مباراته الأولى."),
         ("2015-07-28", "أنباء", "وصلت الطائرة إلى المطار في موعدها رغم الغبار."),
         ("2015-07-29", "أنباء", "يشارك النادي في البطولة العربية للأندية الشهر المقبل."),
         ("2015-07-30", "أنباء", "يقام الحفل الختامي للمهرجان في الأسبوع المقبل بحضور الفنانين.")]


def _timeline_dates(tmp_path, reports: list[tuple[str, str, str]], query: str) -> list[str]:
    return timeline_dates(tmp_path, _HOME + reports, query)


_OTHER_AIRPORTS = [("2015-08-02", "مطار الملك خالد", "استقبل مطار الملك خالد الدولي اليوم أول رحلة لشركة طيران آسيوية جديدة."),
                   ("2015-08-03", "مطار دبي", "أعلن مطار دبي اليوم أن عدد المسافرين عبره زاد عشرة في المئة.")]


def test_a_query_word_no_article_holds_files_nothing_for_the_other_words(tmp_path, timeline_rules_only):
    # blind26: "مطار أتاتورك" filed 51 events, nearly all of other airports: no passage writes "أتاتورك", so "مطار"
    # alone covered the whole query.
    assert _timeline_dates(tmp_path, _OTHER_AIRPORTS, "مطار أتاتورك") == []


def test_a_query_word_the_archive_holds_still_files(tmp_path, timeline_rules_only):
    # The control: once a page names the airport, its sentence is on the timeline and the other airports are not.
    reports = _OTHER_AIRPORTS + [("2015-08-04", "إسطنبول", "علقت السلطات التركية اليوم كل الرحلات في مطار أتاتورك ساعتين بسبب عاصفة.")]
    assert _timeline_dates(tmp_path, reports, "مطار أتاتورك") == ["2015-08-04"]


def test_a_given_name_and_a_family_word_apart_name_no_one(tmp_path, timeline_rules_only):
    # blind25: "عبدالله المقبل" — "المقبل" is also "next": a sentence naming another عبدالله and next week is not his.
    reports = [("2015-08-02", "معرض", "أوضح عبدالله الشهري اليوم أن المعرض يفتح أبوابه الأسبوع المقبل في جدة."),
               ("2015-08-03", "طرق", "افتتح وزير النقل عبدالله المقبل اليوم جسرا جديدا على طريق الخرج."),
               ("2015-08-04", "طرق", "تفقد الوزير عبدالله بن عبدالرحمن المقبل اليوم أعمال الصيانة في طريق الطائف."),
               ("2015-08-05", "طرق", "زار عبدالله سعد المقبل اليوم موقع المشروع شمال المدينة برفقة المهندسين.")]
    # His name whole, with his father's after "بن" or without it, stays.
    assert _timeline_dates(tmp_path, reports, "عبدالله المقبل") == ["2015-08-03", "2015-08-04", "2015-08-05"]


def test_a_club_abroad_is_named_with_its_nationality(tmp_path, timeline_rules_only):
    # blind26: the Saudi club of the same name, written "نادي القادسية" in a league story, was filed for the Kuwaiti club.
    reports = [("2015-08-02", "الدوري", "تغلب نادي القادسية اليوم على ضيفه بهدفين في الخبر ضمن استعداداته للموسم."),
               ("2015-08-03", "الكويت", "أعلن نادي القادسية الكويتي اليوم أنه تعاقد مع حارس مرمى من البحرين."),
               ("2015-08-04", "الكويت", "يلتقي القادسية الكويتي اليوم فريقا إماراتيا في مباراة ودية بالنمسا.")]
    assert _timeline_dates(tmp_path, reports, "نادي القادسية الكويتي") == ["2015-08-03", "2015-08-04"]


def test_the_home_club_is_still_named_bare(tmp_path, timeline_rules_only):
    # The control: for the archive's own club (no nationality in the query) "نادي القادسية" stays its name.
    reports = [("2015-08-02", "الدوري", "تغلب نادي القادسية اليوم على ضيفه بهدفين في الخبر ضمن استعداداته للموسم.")]
    assert _timeline_dates(tmp_path, reports, "نادي القادسية") == ["2015-08-02"]


def test_a_country_written_with_its_leading_ba_is_named(tmp_path, timeline_rules_only):
    # Found writing round 26's tests: "بريطانيا" stems as "ريطاني", so a page on Britain's defence ministry that writes the
    # country only so read as one that never names Britain, and its bare "وزارة الدفاع" was taken for the archive's own.
    reports = [("2015-08-02", "طائرات إلى قبرص",
                "قالت وزارة الدفاع اليوم إن بريطانيا سترسل أربع طائرات مقاتلة إضافية إلى قاعدتها في قبرص.")]
    assert _timeline_dates(tmp_path, reports, "وزارة الدفاع البريطانية") == ["2015-08-02"]
