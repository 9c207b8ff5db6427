"""The line cleaner: text of one record → clean article drafts with harvested metadata.

Used for text dumps directly and, by :mod:`akhbar.extract`, on the main text of web pages and the
text field of structured rows. The cascade of :func:`clean_text_dump`:

1. Lines: invisible characters removed, spaces collapsed, hard-wrapped paragraphs re-joined.
2. Each line is classified by the first row of :data:`BOILERPLATE` that matches its folded form
   ("إقرأ أيضاً" = "اقرأ ايضا"): kept text, dropped line, harvested field, related-links header.
3. Lines are assembled into articles. Under a related-links header ("اقرأ أيضاً", "مقالات مشابهة")
   the headline list is dropped, unless a title line + ≥2 prose paragraphs follow: that is the
   next article (see ``_related_block``). Metadata lines go to the article being assembled, so
   those between two articles belong to the one before them.
4. The first article's title is the first line when short, title-like and followed by prose;
   otherwise "" (a title is never invented from a sentence).

Cleaning that leaves no text gives ``[]`` (the caller records why), never an empty article.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from . import lexicon
from .arabic import normalize, normalize_with_map
from .dates import find_dates, parse_date
from .models import ArticleDraft
from .split import (
    AGENCIES,
    BULLET,
    SENTENCE_END,
    Draft,
    Unit,
    assemble,
    is_bullet,
    len_words,
    split_tags,
    take_title,
)

__all__ = ["BOILERPLATE", "Marker", "clean_lines", "clean_text_dump", "date_value", "drop_repeated_title",
           "tidy", "to_article"]

# --- the marker table ----------------------------------------------------------------------------

# Actions
DROP_LINE = "drop-line"          # the line is boilerplate
STRIP_TAIL = "strip-tail"        # junk glued to the end of a real line: cut it off, re-classify the rest
CAPTION = "drop-caption"         # image caption: ends with a photo credit and is not a sentence
RELATED = "related-block"        # header: drop the headline list under it, or split off the next article
HARVEST = "harvest-field"        # metadata line: its value goes to a field, the line is dropped
TAGS_HEADER = "harvest-tags-below"  # "الكلمات الدلالية" alone: the short lines under it are tags

# How a row matches (always on the folded line: no hamza forms, no harakat/tanween, ى→ي, ة→ه):
#   line     the whole line is the phrase (bullets, ":" "…" "-" around it ignored)
#   label    the line starts with the phrase followed by ":" "-" "|" (a "label: value" line)
#   prefix   the line starts with the phrase (then a word boundary)
#   contains the phrase occurs anywhere in the line
#   tail     the line ends with the phrase (a one-word phrase only right after punctuation)
#   credit   the line ends with "(credit)" whose every part is one of the phrases
#   words    every word of the line is one of the phrases (share/follow button rows)
#   regex    a regular expression (folded spelling) searched in the line
#   dateline the line is only a date (weekday, time, zone and separators allowed)


@dataclass(frozen=True)
class Marker:
    match: str
    phrases: tuple[str, ...]
    action: str
    field: str | None = None
    max_words: int = 14  # longer lines are prose, never this marker
    why: str = ""


_SHARE_WORDS = (
    "شارك", "شاركوا", "مشاركة", "المشاركة", "تابعنا", "تابعونا", "تابع", "على", "عبر", "فيسبوك", "فيس",
    "بوك", "فيس بوك", "تويتر", "إكس", "واتساب", "واتس", "اب", "آب", "انستغرام", "إنستغرام", "انستجرام",
    "إنستجرام", "تيليجرام", "تلغرام", "تلجرام", "يوتيوب", "لينكدإن", "لينكد", "إن", "تيك", "توك",
    "تيك توك", "ماسنجر", "بريد", "البريد", "الإلكتروني", "إيميل", "طباعة", "اطبع", "نسخ", "الرابط",
    "حفظ", "أرسل", "لصديق", "الخبر", "المقال", "و", "|", "/", "-", "·", "•",
    "facebook", "twitter", "whatsapp", "telegram", "instagram", "youtube", "linkedin", "email",
    "print", "share", "x", "tiktok", "messenger", "pinterest", "reddit", "snapchat", "سناب", "شات",
    # page furniture around them: newsletters, "more news", back to top, app links
    "النشرة", "النشرات", "الإخبارية", "البريدية", "الأخبار", "أخبار", "المزيد", "لمزيد", "للمزيد", "العودة",
    "عودة", "إلى", "أعلى", "الصفحة", "الرئيسية", "من", "في", "أحدث", "آخر", "اشترك", "اشتركوا", "قناتنا", "قناة",
    "تطبيق", "حمل", "جوجل", "نيوز", "google", "news", "copy", "link", "↑", "↓", "»", "«",
)

# Related-links headers as a family, on folded text (أ/إ/آ → ا, ة → ه, ى → ي, no tanween).
_SEPARATOR = (
    r"^(?:و?(?:اقرا|اقرءوا|اقراوا|طالع|طالعوا|شاهد|شاهدوا|انظر|راجع|تصفح|اكتشف)\s+(?:ايضا|كذلك|المزيد|اكثر)"
    r"(?:\s+(?:في|من|عن)\s+\S+)?"
    r"|(?:قد|ربما)\s+(?:يهمك|تهمك|يهمكم|يعجبك|تعجبك|يعجبكم)(?:\s+ايضا|\s+كذلك)?|يهمك\s+(?:ايضا|كذلك)"
    r"|(?:مواضيع|مقالات|اخبار|موضوعات|قصص|روابط|تقارير|فيديوهات|فيديو|صور|قراءات|مواد|عناوين|محتويات)"
    r"\s+(?:ذات\s+(?:صله|علاقه)"
    r"|متعلقه|مشابهه|مقترحه|اخري|قد\s+تهمك|ننصحك\s+بها)"
    r"|ذات\s+(?:صله|علاقه)|الاكثر\s+(?:قراءه|مشاهده|تداولا|تعليقا|شعبيه|مشاركه|زياره)(?:\s+\S+){0,2}"
    r"|المزيد\s+(?:حول\s+هذه\s+القصه|حول\s+هذا\s+الموضوع|من\s+(?:الاخبار|المقالات|\S+))"
    r"|(?:اخترنا|ننصحك|نرشح)\s+(?:لك|لكم|بقراءه)|قصص\s+مقترحه|مقترحات|للمزيد\s+اقرا)"
)

def _alternation(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted({normalize(w) for w in words}, key=len, reverse=True)) + ")"


_AGENCY_END = re.compile(r"[(\-–—|/]*\s*" + _alternation(AGENCIES) + r"\s*[)\-–—|/]*\s*$")
# Photo agencies only: "عنوان الخبر - الجزيرة نت" is a title with its site's name, not a caption.
_PHOTO_CREDIT = _alternation((
    "وكالات", "رويترز", "الفرنسية", "فرانس برس", "أ ف ب", "أ.ف.ب", "أسوشيتد برس", "الأناضول", "غيتي",
    "غيتي إيميجز", "الأوروبية", "إي بي إيه", "د ب أ", "شترستوك", "أرشيف", "أرشيفية", "afp", "reuters", "ap",
    "epa", "getty", "getty images", "shutterstock", "anadolu"))

BOILERPLATE: tuple[Marker, ...] = (
    # Related-links headers. What follows is a headline list (dropped) or, on pages gluing several
    # stories together, a title + prose paragraphs = the next article. With a headline on the
    # same line ("اقرأ أيضا: عنوان") it is an inline link: the line alone is dropped.
    Marker("line", (
        "اقرأ أيضا", "اقرأ كذلك", "اقرأ أيضا في", "اقرأ المزيد", "المزيد", "شاهد أيضا", "طالع أيضا",
        "قد يهمك", "قد يهمك أيضا", "يهمك أيضا", "ننصحك بقراءة", "اخترنا لك", "اخترنا لكم",
        "مقالات مشابهة", "مقالات ذات صلة", "مواضيع ذات صلة", "موضوعات ذات صلة", "أخبار ذات صلة",
        "تقارير ذات صلة", "قصص ذات صلة", "روابط ذات صلة", "ذات صلة", "أخبار متعلقة", "مواضيع متعلقة",
        "مقالات متعلقة", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر تعليقا",
        "الأكثر شعبية", "آخر الأخبار", "أحدث الأخبار", "المزيد من الأخبار", "أخبار أخرى",
        "related", "read more", "read also", "more stories", "you may also like",
    ), RELATED, why="related-links block; see the split rule"),
    # The same headers as a family (folded spelling): read/see/browse + also/more, "may interest you",
    # "<stories> related/similar/suggested", "most read/viewed …", with or without a colon.
    Marker("regex", (_SEPARATOR + r"[\s:：.…]*$",), RELATED, max_words=7,
           why="related-links header of the family 'اقرأ/طالع/شاهد أيضاً', 'ذات صلة', 'الأكثر قراءة'"),
    Marker("label", ("اقرأ أيضا", "اقرأ كذلك", "شاهد أيضا", "طالع أيضا", "قد يهمك", "اقرأ المزيد"),
           DROP_LINE, max_words=30, why="inline 'read also: <headline>' link inside an article"),
    Marker("regex", (_SEPARATOR + r"\s*(?:[:：|\-–—»>]|\.{2,}|…)\s*\S",), DROP_LINE, max_words=30,
           why="inline link of the same family: 'طالع ايضا .. عنوان', 'يهمك أيضاً: عنوان'"),
    # Junk glued to the end of a real line by the scraper (site menus, ad slots).
    Marker("tail", ("مجالات البحث", "إعلان", "اقرأ المزيد", "advertisement"), STRIP_TAIL,
           max_words=400, why="menu/ad label glued after a caption or paragraph"),
    # "label: value" metadata (before captions and menus: "المصدر: واس (سانا)" is a source line).
    Marker("label", ("المصدر", "مصدر الخبر", "المصادر", "source", "نقلا عن"), HARVEST, "source", max_words=10,
           why="source line 'المصدر: الجزيرة'"),
    Marker("label", ("كلمات دلالية", "الكلمات الدلالية", "كلمات مفتاحية", "الكلمات المفتاحية", "الوسوم",
                     "وسوم", "tags", "keywords", "التصنيفات", "تصنيفات", "هاشتاغ", "هاشتاج", "كلمات البحث",
                     "الموضوعات", "مواضيع"), HARVEST, "tags", max_words=40,
           why="tag line 'كلمات دلالية: حريات، سوريا'"),
    Marker("line", ("كلمات دلالية", "الكلمات الدلالية", "كلمات مفتاحية", "الكلمات المفتاحية", "الوسوم",
                    "وسوم", "tags", "التصنيفات", "هاشتاغ", "كلمات البحث"), TAGS_HEADER, why="tag header with the tags on the lines below"),
    # Ads and page furniture on a line of their own.
    Marker("line", (
        "إعلان", "إعلانات", "مساحة إعلانية", "محتوى إعلاني", "محتوى مدفوع", "برعاية", "advertisement",
        "sponsored", "ads", "الرئيسية", "home", "القائمة", "بحث", "مجالات البحث", "تسجيل الدخول",
        "التعليقات", "تعليقات", "أضف تعليق", "أضف تعليقك", "إضافة تعليق جديد", "اترك تعليقا",
        "طباعة", "نسخ الرابط", "تم نسخ الرابط", "تكبير الخط", "تصغير الخط", "حجم الخط", "استمع",
        "استمع للمقال", "النشرة البريدية", "مشاركة", "شارك", "شارك الخبر", "شارك المقال",
        "إعلان مدفوع", "إعلان تجاري", "محتوى برعاية", "مساحة إعلانية", "تعليقات الزوار", "عدد التعليقات",
        "لا توجد تعليقات", "كن أول من يعلق", "علق على الخبر", "شارك برأيك", "أضف رأيك", "عاجل", "فيديو",
        "بالفيديو", "بالصور", "صور", "شاهد الفيديو", "اضغط هنا", "للمزيد اضغط هنا", "العودة للأعلى",
        "للأعلى", "الصفحة الرئيسية", "إغلاق", "close", "menu", "التالي", "السابق", "نهاية", "انتهى",
        "صورة تعبيرية", "صورة توضيحية", "صورة من الأرشيف", "أرشيفية", "getty images", "pic",
    ), DROP_LINE, why="ad slot, menu item, badge, comment/share/print widget"),
    Marker("words", _SHARE_WORDS, DROP_LINE, max_words=12,
           why="row of share/follow buttons: 'شارك فيسبوك تويتر واتساب'"),
    Marker("prefix", (
        "تابعونا على", "تابعنا على", "تابعوا آخر الأخبار", "تابع آخر الأخبار", "تابعوا أخبار",
        "للمزيد تابع", "انضم إلى قناة", "انضم لقناة", "انضموا إلى", "اشترك في", "اشترك الآن",
        "اشترك بالنشرة", "اشترك ليصلك", "حمل تطبيق", "حمل التطبيق", "نزل تطبيق", "الرابط المختصر",
        "رابط مختصر", "انسخ الرابط", "رابط الخبر", "شارك عبر", "شارك على", "شارك هذا", "مصدر الصورة",
        "حقوق الصورة", "صورة أرشيفية", "follow us", "share this", "صدر الصورة", "مصدر الصور",
        "التعليق على الصورة", "التعليق على الفيديو", "الصورة من", "صورة:", "سجل بريدك", "أدخل بريدك",
        "المقال التالي", "المقال السابق", "الخبر التالي", "الخبر السابق", "اقرأ الخبر من المصدر",
        "اقرأ الخبر كاملا", "مدة القراءة", "وقت القراءة", "عدد المشاهدات", "عدد القراءات", "المشاهدات",
    ), DROP_LINE, max_words=24, why="follow/subscribe/short-link/image-credit/next-article lines"),
    Marker("regex", (
        r"^(?:لمتابعه|للمتابعه|تابعو[نا]?|تابعنا|تابع|انضمو?ا?|اشترك|اشتركوا|حملو?ا?|للاشتراك|يمكنكم\s+متابعه)\b"
        r".{0,80}(?:فيسبوك|فيس\s?بوك|تويتر|تلغرام|تليجرام|تلجرام|يوتيوب|انستغرام|انستجرام|انستقرام|واتساب|واتس"
        r"|قناه|قناتنا|صفحتنا|حسابنا|تطبيق|نبض|جوجل|google|facebook|twitter|telegram|youtube|instagram|whatsapp"
        r"|tiktok|تيك\s?توك|منصه\s+اكس|اكس)",), DROP_LINE, max_words=20,
        why="follow line: 'تابعوا آخر الأخبار عبر قناتنا على تلغرام'"),
    Marker("regex", (r"(?:تابع|تابعوا|اكمل|يتبع|استكمال)\s+(?:القراءه|المقال|الخبر|القصه)?.{0,20}"
                     r"(?:بعد|اسفل)\s+(?:الاعلان|الاعلانات)",), DROP_LINE, max_words=12,
           why="'story continues after the ad' line"),
    Marker("regex", (r"^[/\-–(«]*\s*(?:انتهي|انتهي الخبر|نهايه الخبر|ا\s?ه)\s*[/\-–)»]*$",), DROP_LINE,
           why="wire end mark '//انتهى//'"),
    Marker("regex", (r"pic\.twitter\.com/\S+|^[—–-]\s*.{1,60}\(@\w+\)",), DROP_LINE, max_words=40,
           why="embedded tweet signature '— name (@handle) date' or its picture link"),
    Marker("regex", (r"^(?:\d+\s*)?(?:دقيقه|دقايق|دقائق)\s+(?:للقراءه|قراءه)$",), DROP_LINE,
           why="reading time '3 دقائق قراءة'"),
    Marker("label", lexicon.CREDIT_LABELS, DROP_LINE, max_words=8,
           why="byline / photo-credit label"),
    Marker("contains", (
        "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "جميع حقوق النشر",
        "حقوق الطبع محفوظة", "حقوق الطبع والنشر", "الحقوق محفوظة", "حقوق النشر",
        "©", "all rights reserved", "copyright",
    ), DROP_LINE, max_words=25, why="copyright footer"),
    Marker("contains", (
        "لا تعبر عن رأي", "لا تعبر بالضرورة عن رأي", "لا يعبر عن رأي", "لا يعبر بالضرورة عن رأي",
        "تعبر عن رأي كاتبها", "تعبر عن رأي أصحابها", "تعكس وجهات نظر أصحابها", "التعليقات قبل نشرها",
    ), DROP_LINE, max_words=60, why="comment-section disclaimer ('الآراء الواردة أدناه لا تعبر عن رأي الموقع')"),
    Marker("line", ("سياسة الخصوصية", "شروط الاستخدام", "اتصل بنا", "من نحن", "أعلن معنا", "خريطة الموقع"),
           DROP_LINE, why="footer links"),
    # Navigation: breadcrumbs, menus, bare links, separator rows.
    Marker("regex", (r"^الرييسيه\s*[>»›/|\\-]",), DROP_LINE, max_words=20, why="breadcrumb 'الرئيسية > سياسة'"),
    Marker("regex", (r"^[^|>»›]{1,30}(?:\s[|>»›]\s[^|>»›]{1,30}){2,}$",), DROP_LINE, max_words=30,
           why="menu row 'سياسة | اقتصاد | رياضة' (short items between separators)"),
    Marker("regex", (r"^(?:https?://|www\.)\S+$",), DROP_LINE, why="bare URL (short link, share link)"),
    Marker("regex", (r"^[^\w]+$",), DROP_LINE, why="separator row: no letter or digit"),
    Marker("regex", (r"^\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|am|pm|صباحا|مساء)?$",), DROP_LINE,
           why="time stamp on its own line"),
    # Date lines: harvested only when the rest of the line is a date ("نشر الجيش قواته في …" is prose).
    Marker("prefix", ("آخر تحديث", "اخر تحديث", "تم التحديث", "تحديث", "محدث", "updated", "last updated"),
           HARVEST, "updated", max_words=24, why="update date: used only when no publication date is given"),
    Marker("prefix", ("نشر في", "نشر بتاريخ", "نشر يوم", "تاريخ النشر", "تم النشر", "تم نشره", "نشر",
                      "بتاريخ", "published", "posted"), HARVEST, "published", max_words=24,
           why="publication date line 'نشر في: الثلاثاء 31 ديسمبر 2024'"),
    Marker("dateline", (), HARVEST, "published", max_words=24,
           why="bare date line '31/12/2024' (weekday/time, a wire's place and agency allowed)"),
    # Image captions: "الشرع (يسار) التقى السوداني … (وكالات)"; a sentence ending in "(رويترز)" stays.
    Marker("credit", AGENCIES, CAPTION, max_words=45, why="photo caption with agency credit"),
    Marker("regex", (r"(?<![.!?؟])\s[-–—|/]\s*" + _PHOTO_CREDIT + r"\s*$",), CAPTION, max_words=25,
           why="photo caption with a credit after a dash: 'متظاهرون في بيروت - رويترز'"),
    Marker("regex", (r"^(?:(?:صوره|لقطه|صور|لقطات)\s+(?:من|ل\S+|تظهر|توضح|تعبيريه|ارشيفيه)|جانب\s+من"
                     r"|من\s+(?:اليمين|اليسار)\s*[:،])(?!.*[.!?؟][\"'»”)]*$)",), CAPTION, max_words=25,
           why="photo caption by its opening words: 'صورة للاجتماع …', 'جانب من الجلسة'"),
    Marker("regex", (r"\((?:الي |في )?(?:يمين|اليمين|يسار|اليسار|وسط|الوسط)\)(?!.*[.!?؟][\"'»”)]*$)",),
           CAPTION, max_words=40, why="photo caption naming positions: 'الشرع (يسار) يصافح السوداني'"),
    Marker("label", ("آخر تحديث", "تاريخ النشر", "نشر في", "نشر بتاريخ", "تحديث", "بتاريخ"), DROP_LINE,
           max_words=8, why="date label whose date cannot be read ('آخر تحديث: منذ 3 ساعات')"),
    Marker("regex", (r"^منذ\s+(?:\d+\s+)?(?:دقيقه|دقيقتين|دقايق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|شهر)$",),
           DROP_LINE, why="relative time stamp 'منذ 3 ساعات' (no reference date to resolve it)"),
)

# --- line primitives -----------------------------------------------------------------------------

_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CLOSING = ".!?؟…\"'»”’)]"
_TRIM = " \t:：-–—|•·*…."
PUNCT = " .,:;!?؟،؛…\"'«»“”‘’()[]-–—"


def tidy(line: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


_fold = normalize


# --- classification ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Compiled:
    marker: Marker
    folded: tuple[str, ...]
    regex: re.Pattern | None


def _compile(marker: Marker) -> _Compiled:
    folded = tuple(sorted({_fold(p) for p in marker.phrases}, key=len, reverse=True))
    alts = "|".join(re.escape(p) for p in folded)
    rx = None
    if marker.match == "regex":
        rx = re.compile("|".join(marker.phrases))
    elif marker.match == "label":
        rx = re.compile(rf"(?:{alts})\s*[:：|\-–—]\s*")
    elif marker.match == "prefix":
        rx = re.compile(rf"(?:{alts})(?:\b|\s|:|$)\s*[:：\-–—]?\s*")
    elif marker.match == "tail":
        multi = [rf"\s{re.escape(p)}" for p in folded if " " in p]  # "مجالات البحث": after any word
        single = [rf"(?<=[{re.escape(_CLOSING)}])\s*{re.escape(p)}" for p in folded if " " not in p]
        rx = re.compile(rf"(?:{'|'.join(multi + single)})\s*$")
    elif marker.match == "credit":
        rx = re.compile(r"\(([^()]{1,40})\)\s*$")
    return _Compiled(marker, folded, rx)


_TABLE = tuple(_compile(m) for m in BOILERPLATE)


@functools.lru_cache(maxsize=512)
def _rows_for(words: int) -> tuple[_Compiled, ...]:
    """The table rows a line of ``words`` words can match (a long paragraph skips most of them)."""
    return tuple(c for c in _TABLE if c.marker.match == "tail" or words <= c.marker.max_words)
# What may surround the date(s) of a date line: weekday, time, zone, and the date labels themselves
# ("نشر في: … | آخر تحديث: …" is one metadata line).
_DATELINE_FILLER = re.compile(
    r"\b(?:يوم|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|الموافق|بتوقيت\s+\S+(?:\s+المكرمه)?|"
    r"صباحا|مساء|ظهرا|ص|م|هـ|ه|نشر|في|تاريخ|النشر|اخر|تحديث|بتاريخ|علي|الساعه|غرينتش|جرينتش|ت\.غ|"
    r"published|updated|on|at|[a-z]{3,4})\b"
    r"|\d{1,2}:\d{2}(?::\d{2})?|[+\-]\d{2}:?\d{2}\b"
)


def _is_dateline(line: str) -> bool:
    """Nothing but a date, with weekday, time, time zone and separators around it; a wire dateline's
    place may open it and its agency close it ("الرياض 14 جمادى الأولى 1446 هـ الموافق 16 نوفمبر 2024 م واس")."""
    if len_words(line) > 24:
        return False
    mentions = [m for m in find_dates(line) if not m.relative]
    if not mentions:
        return False
    place, tail = line[: mentions[0].start], line[mentions[-1].end:]
    rest = line[mentions[0].start: mentions[-1].end]
    for m in reversed(mentions):
        rest = rest[: m.start - mentions[0].start] + " " + rest[m.end - mentions[0].start:]
    tail = _AGENCY_END.sub(" ", _fold(tail))
    rest = _DATELINE_FILLER.sub(" ", _fold(f"{rest} {tail}"))
    place = _DATELINE_FILLER.sub(" ", _fold(place))
    return not re.search(r"\w", rest) and len(re.findall(r"\w+", place)) <= 1


def date_value(text: str) -> str | None:
    """ISO date of a date line; of a "Hijri - Gregorian" pair, the Gregorian one as written."""
    mentions = [m for m in find_dates(text) if not m.relative]
    gregorian = [m for m in mentions if "هـ" not in m.text]
    m = parse_date(text) if not gregorian or len(gregorian) == len(mentions) else gregorian[0]
    return m.iso if m and not m.relative else None


def _bare(folded: str) -> int:
    """Where the line's content starts in the folded text: after bullets and leading punctuation."""
    i = len(folded) - len(folded.lstrip(_TRIM))
    bullet = BULLET.match(folded, i)
    if bullet:
        i = bullet.end()
    return len(folded) - len(folded[i:].lstrip(_TRIM))


def _original(fmap: list[int], line: str, i: int) -> int:
    """Offset in the original line of folded offset i."""
    return fmap[i] if i < len(fmap) else len(line)


def _match(c: _Compiled, line: str, folded: str, fmap: list[int], start: int, words: int) -> tuple[bool, str]:
    """Does this table row match the line (of ``words`` words)? Returns (matched, value or rewritten line)."""
    kind, m = c.marker.match, c.marker
    if kind != "tail" and words > m.max_words:
        return False, ""
    bare = folded[start:].rstrip(_TRIM)
    if kind == "line":
        return bare in c.folded, ""
    if kind == "words":
        tokens = re.findall(r"[^\s|/·•\-]+", bare)
        return bool(tokens) and all(t in c.folded for t in tokens), ""
    if kind == "contains":
        return any(p in folded for p in c.folded), ""
    if kind == "dateline":
        return _is_dateline(line), ""
    assert c.regex is not None
    if kind == "regex":
        return bool(c.regex.search(folded[start:].strip() or folded.strip())), ""
    if kind == "tail":
        hit = c.regex.search(folded)
        return (True, line[: _original(fmap, line, hit.start())].rstrip()) if hit else (False, "")
    if kind == "credit":
        hit = c.regex.search(folded)
        if not hit:
            return False, ""
        parts = [p.strip(" .") for p in re.split(r"[-–/،,|+]", hit.group(1))]
        before = folded[: hit.start()].rstrip()
        is_credit = any(parts) and all(p in c.folded for p in parts if p)
        return is_credit and not SENTENCE_END.search(before), ""
    hit = c.regex.match(folded, start)  # label / prefix: the value is what follows, as written
    if not hit:
        return False, ""
    return True, line[_original(fmap, line, hit.end()):].strip()


def _classify_line(line: str) -> list[Unit]:
    """A line's unit; a metadata row ("كتب: محمد | الأحد 05-01-2025 | المصدر: واس") gives one unit per
    field it holds, when every part of it is metadata or boilerplate."""
    unit = _classify(line)
    if unit.kind in ("text", "drop") and "|" in line:
        parts = [p.strip() for p in line.split("|")]
        if 2 <= len(parts) <= 5 and all(parts) and all(len_words(p) <= 10 for p in parts):
            units = [_classify(p) for p in parts]
            if all(u.kind in ("drop", "harvest") for u in units):
                harvested = [u for u in units if u.kind == "harvest"]
                return harvested or [Unit("drop", line)]
    return [unit]


def _classify(line: str) -> Unit:
    folded, fmap = normalize_with_map(line)
    start = _bare(folded)
    words = len_words(line)  # once, not once per table row
    for c in _rows_for(min(words, 512)):
        matched, value = _match(c, line, folded, fmap, start, words)
        if not matched:
            continue
        action = c.marker.action
        if action == STRIP_TAIL:
            return _classify(value) if value else Unit("drop", line)
        if action == RELATED:
            return Unit("related", line)
        if action == TAGS_HEADER:
            return Unit("tags-header", line)
        if action == HARVEST:
            unit = _harvest(c.marker.field or "", value, line)
            if unit is None:
                continue  # e.g. "تحديث" followed by no date: not metadata, try the next rows
            return unit
        return Unit("drop", line)
    return Unit("text", line)


def _harvest(field_name: str, value: str, line: str) -> Unit | None:
    if field_name in ("published", "updated"):
        # "نشر الجيش قواته في 12 مارس" is a sentence, not a date line: the rest must be only a date.
        if value and not _is_dateline(value):
            return None
        iso = date_value(value or line)
        return Unit("harvest", line, field_name, iso) if iso else None
    if field_name == "tags":
        tags = split_tags(value)
        return Unit("harvest", line, "tags", tags) if tags else Unit("tags-header", line)
    value = value.strip(" .،,")
    return Unit("harvest", line, field_name, value) if value else None


# --- lines ---------------------------------------------------------------------------------------

def _looks_wrapped(lines: list[str]) -> bool:
    """A paragraph hard-wrapped at a fixed width: similar line lengths, breaking mid-sentence,
    the last line ending the sentence. (Paragraphs one per line end their lines with a period.)"""
    if len(lines) < 3 or any(is_bullet(x) for x in lines):
        return False
    longest = max(len(x) for x in lines)
    if longest < 50 or not SENTENCE_END.search(lines[-1]):
        return False
    ended = sum(bool(SENTENCE_END.search(x)) for x in lines[:-1])
    return ended <= (len(lines) - 1) / 3 and all(len(x) >= 0.75 * longest for x in lines[:-1])


def _lines(text: str, unwrap: bool = True) -> list[str]:
    """Non-empty tidy lines; a hard-wrapped block becomes one line (when ``unwrap``)."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [t for t in (tidy(x) for x in block.split("\n")) if t]
        if unwrap and _looks_wrapped(lines) and not any(_classify(x).kind != "text" for x in lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


# --- drafts ------------------------------------------------------------------------------------

def drop_repeated_title(draft: Draft) -> None:
    """Extracted text often repeats the page title (or the title minus the site name) on line one."""
    if not draft.title or not draft.paragraphs:
        return
    first, title = _fold(draft.paragraphs[0]).strip(_TRIM), _fold(draft.title).strip(_TRIM)
    # Only a line the title contains: a longer first paragraph holds text of its own.
    if first and first in title and len(first) >= 0.5 * len(title):
        line = draft.paragraphs.pop(0)
        if first != title:  # "المدينة نيوز - أميركا: …" vs "أميركا: …": the line is the title proper
            draft.title = line


def to_article(d: Draft, **defaults: Any) -> ArticleDraft | None:
    text = "\n\n".join(d.paragraphs).strip()
    if not text:
        return None
    return ArticleDraft(text=text, title=d.title, published=d.published, source=d.meta.get("source"),
                        url=defaults.get("url"), tags=list(d.meta.get("tags", [])))


def clean_lines(text: str, split: bool, unwrap: bool = True) -> list[Draft]:
    """Lines of one record → drafts; several when ``split`` and the evidence says articles are glued."""
    return assemble([u for line in _lines(text, unwrap) for u in _classify_line(line)], split)


def clean_text_dump(text: str) -> list[ArticleDraft]:
    """A text dump → its articles: boilerplate removed, metadata harvested, glued articles split."""
    drafts = clean_lines(text or "", split=True)
    if drafts:
        take_title(drafts[0])
    return [a for a in (to_article(d) for d in drafts) if a is not None]
