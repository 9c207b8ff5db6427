"""A labelled set of noisy pages and text dumps, laid out the way Arabic news sites and scrapers lay them out.

Each *site convention* below (a function) writes 1, 2 or 3 articles of bench/noisy_bank.py as one dump:
where the title, date, source and tag lines go (before, between or after the articles), how articles are
glued ("إقرأ أيضاً:", "طالع ايضا", nothing but a metadata block, a new dateline), and which boilerplate
lines are mixed in (share rows, captions, ads, follow lines, related lists, footers, breadcrumbs).
The gold of each page is known by construction: its articles' titles, dates, sources, tags and paragraphs.

Splits (never tune on the held-out ones):
- ``tune``: conventions T1-T14 over the sample-corpus articles;
- ``heldout``: conventions H1-H6, written before the cleaner was changed and not looked at while tuning,
  over ten articles no tune page uses;
- ``real``: real SaudiNewsNet article texts (../shared, research use: read at run time, never stored)
  glued by the held-out conventions: the closest stand-in for "noisy dumps built from real pages";
- ``blind`` / ``blind-real``: conventions B1-B5, written after the marker table was last changed (the
  held-out conventions were written by the same hand that then extended the table), measured once.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from noisy_bank import HELDOUT, BankArticle, tune_bank

SNN = Path(__file__).resolve().parents[2] / "shared" / "data" / "news_saudinewsnet" / "articles_sample20k.jsonl.gz"

# --- dates as sites write them -----------------------------------------------------------------------

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول"]
MAGHREB = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"]
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def _d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def words_date(iso: str, months: list[str] = MONTHS, weekday: bool = True) -> str:
    d = _d(iso)
    return f"{DAYS[d.weekday()] + ' ' if weekday else ''}{d.day} {months[d.month - 1]} {d.year}"


def slash_date(iso: str) -> str:
    d = _d(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# --- pages --------------------------------------------------------------------------------------------

@dataclass
class GoldArticle:
    title: str = ""
    published: str | None = None
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Page:
    name: str
    split: str
    text: str
    articles: list[GoldArticle]
    noise: list[str]  # the boilerplate lines put in (none may be left)


class Writer:
    """Collects a page's lines and its gold as a convention writes them."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.lines: list[str] = []
        self.gold: list[GoldArticle] = []
        self.noise: list[str] = []

    def start(self) -> GoldArticle:
        self.gold.append(GoldArticle())
        return self.gold[-1]

    def title(self, text: str) -> None:
        self.gold[-1].title = text
        self.lines.append(text)

    def para(self, text: str) -> None:
        self.gold[-1].paragraphs.append(text)
        self.lines.append(text)

    def date(self, line: str, iso: str) -> None:
        self.gold[-1].published = self.gold[-1].published or iso
        self.lines.append(line)

    def source(self, line: str, value: str) -> None:
        self.gold[-1].source = value
        self.lines.append(line)

    def tags(self, line: str, values: list[str]) -> None:
        self.gold[-1].tags = values
        self.lines.append(line)

    def junk(self, *lines: str) -> None:
        self.noise.extend(lines)
        self.lines.extend(lines)

    def body(self, a: BankArticle, noise: list[str], first_prefix: str = "") -> None:
        """The paragraphs, with some of ``noise`` between them (never before the first)."""
        for n, p in enumerate(a.paragraphs):
            self.para(first_prefix + p if n == 0 else p)
            if n < len(a.paragraphs) - 1 and noise and self.rng.random() < 0.6:
                self.junk(noise.pop(0))


def _caption(rng: random.Random, a: BankArticle, credit: str) -> str:
    words = a.title.split()
    return " ".join(words[: max(3, len(words) - 2)]) + f" ({credit})"


def _related(titles: list[str], bullet: str = "") -> list[str]:
    return [f"{bullet}{t}" for t in titles]


OTHER_HEADLINES = [
    "ارتفاع أسعار الذهب في الأسواق المحلية", "حالة الطقس: أمطار رعدية على المرتفعات", "تعرف على مواعيد مباريات اليوم",
    "وزير التعليم يعلن موعد بدء العام الدراسي", "انخفاض أسعار النفط مع تراجع الطلب العالمي",
    "افتتاح معرض الكتاب بمشاركة مئات دور النشر", "نتائج الثانوية العامة: رابط الاستعلام", "سعر الدولار اليوم في البنوك",
]


def _headlines(rng: random.Random, n: int) -> list[str]:
    return rng.sample(OTHER_HEADLINES, n)


# --- tune conventions -----------------------------------------------------------------------------------

def t1_levant(w: Writer, arts: list[BankArticle]) -> None:
    """Breadcrumb; title, 'نشر في' date under it; captions; share column; source after; 'اقرأ أيضا' between."""
    w.junk("الرئيسية > أخبار عربية")
    for i, a in enumerate(arts):
        if i:
            w.junk("اقرأ أيضا")
        w.start()
        w.title(a.title)
        w.date(f"نشر في: {words_date(a.published)} - 10:30 ص", a.published)
        w.body(a, [_caption(w.rng, a, "رويترز"), "إعلان"])
        w.junk("شارك", "فيسبوك", "تويتر", "واتساب")
        w.source(f"المصدر: {a.source}", a.source)
    w.junk("الأكثر قراءة", *_related(_headlines(w.rng, 2), "- "), "© 2025 جميع الحقوق محفوظة")


def t2_jazeera(w: Writer, arts: list[BankArticle]) -> None:
    """Seed-like: no title for the first article; date, source, tags after; 'إقرأ أيضاً:' then the next."""
    for i, a in enumerate(arts):
        if i:
            w.junk("إقرأ أيضاً:")
        w.start()
        if i:
            w.title(a.title)
        w.body(a, [f"{_caption(w.rng, a, 'وكالات')} مجالات البحث", "إعلان"])
        w.date(slash_date(a.published), a.published)
        w.source(f"المصدر: {a.source}", a.source)
        if a.tags:
            w.tags(f"كلمات دلالية: {'، '.join(a.tags[:2])}", a.tags[:2])
    w.junk("مقالات مشابهة", *_related(_headlines(w.rng, 3), "• "))


def t3_egypt(w: Writer, arts: list[BankArticle]) -> None:
    """Youm7-like: title, 'كتب' byline, weekday date with time above the text; inline 'اقرأ أيضًا:' links."""
    for i, a in enumerate(arts):
        if i:
            w.junk("اقرأ أيضاً")
        w.start()
        w.title(a.title)
        w.junk("كتب: محمد عبد الله")
        w.date(f"{words_date(a.published).replace(' ', '، ', 1)} 03:00 م", a.published)
        w.body(a, [f"اقرأ أيضًا: {_headlines(w.rng, 1)[0]}", "مشاركة"])
        w.junk("اضف تعليق")
    w.junk("جميع الحقوق محفوظة لموقع الأخبار ©")


def t4_maghreb(w: Writer, arts: list[BankArticle]) -> None:
    """Date with a bar and time above; tags header with the tags on the lines below; related bullets."""
    w.junk("الرئيسية / مجتمع")
    for i, a in enumerate(arts):
        w.start()
        if i:
            w.title(a.title)
        w.date(f"{words_date(a.published, MAGHREB)} | 23:40", a.published)
        w.body(a, ["إعلان", _caption(w.rng, a, "أ ف ب")])
        if a.tags:
            w.junk("الكلمات الدلالية")
            w.gold[-1].tags = a.tags[:3]
            w.lines.extend(a.tags[:3])
        w.junk("مواضيع ذات صلة", *_related(_headlines(w.rng, 2), "• "))
    w.junk("تابعونا على فيسبوك وتويتر")


def t5_wire(w: Writer, arts: list[BankArticle]) -> None:
    """Wire copy: title, a dateline opening the first paragraph, publication line after; nothing else between."""
    for a in arts:
        w.start()
        w.title(a.title)
        w.body(a, [], first_prefix=f"{w.rng.choice(['الرياض', 'القاهرة', 'دبي'])} - (وكالات) - ")
        w.date(f"تاريخ النشر: {a.published}", a.published)


def t6_single_newlines(w: Writer, arts: list[BankArticle]) -> None:
    """A scraper that writes one line per block with no blank lines; 'طالع أيضا:' between; source label."""
    for i, a in enumerate(arts):
        if i:
            w.junk("طالع أيضا:")
        w.start()
        w.title(a.title)
        w.body(a, ["Advertisement", "شارك هذا المقال"])
        w.source(f"مصدر الخبر: {a.source}", a.source)
        w.date(f"آخر تحديث: {slash_date(a.published)}", a.published)


def t7_untitled(w: Writer, arts: list[BankArticle]) -> None:
    """No titles at all: bodies glued by a metadata block and 'شاهد أيضا'."""
    for i, a in enumerate(arts):
        if i:
            w.junk("شاهد أيضا")
        w.start()
        w.body(a, ["الرابط المختصر: https://example.com/s/" + str(w.rng.randint(100, 999))])
        w.date(words_date(a.published, weekday=False), a.published)
        w.source(f"المصدر - {a.source}", a.source)


def t8_share_heavy(w: Writer, arts: list[BankArticle]) -> None:
    """Share rows, follow lines, archive captions and ads all over; date and source under the title."""
    for i, a in enumerate(arts):
        if i:
            w.junk("ذات صلة", *_related(_headlines(w.rng, 1), ""))
        w.start()
        w.title(a.title)
        w.source(f"المصدر: {a.source}", a.source)
        w.date(f"{words_date(a.published)} 09:15 مساءً", a.published)
        w.junk("شارك عبر: فيسبوك | تويتر | واتساب")
        w.body(a, ["صورة أرشيفية", "تابعونا على تليجرام", "إعلانات"])
        w.junk("شارك", "نسخ الرابط")
    w.junk("حقوق النشر محفوظة لشبكة الأخبار 2025")


def t9_header_meta(w: Writer, arts: list[BankArticle]) -> None:
    """Date above the title, source under it; 'الأكثر قراءة' list between articles (no read-also line)."""
    for i, a in enumerate(arts):
        if i:
            w.junk("الأكثر قراءة", *_related(_headlines(w.rng, 2), "1. "))
        w.start()
        w.date(f"{words_date(a.published)} - 10:30", a.published)
        w.title(a.title)
        w.source(f"المصدر: {a.source}", a.source)
        w.body(a, ["إعلان", "طباعة"])


def t10_datelines(w: Writer, arts: list[BankArticle]) -> None:
    """Titles and bodies opening on a place-agency dateline, glued with nothing else."""
    for a in arts:
        w.start()
        w.title(a.title)
        w.body(a, [_caption(w.rng, a, "سانا")], first_prefix=f"{w.rng.choice(['دمشق', 'بيروت', 'عمان'])} - سانا: ")


def t11_untitled_dates(w: Writer, arts: list[BankArticle]) -> None:
    """Untitled bodies, each opened by its date line; nothing else between them."""
    for a in arts:
        w.start()
        w.date(f"بتاريخ {slash_date(a.published)}", a.published)
        w.body(a, ["اشترك في النشرة البريدية"])


def t12_inline_related(w: Writer, arts: list[BankArticle]) -> None:
    """A read-also block of two headlines in the middle of each article (the article goes on after it);
    articles glued by 'اقرأ المزيد' with the date under the title."""
    for i, a in enumerate(arts):
        if i:
            w.junk("اقرأ المزيد:")
        w.start()
        w.title(a.title)
        w.date(f"{slash_date(a.published)} 10:45", a.published)
        w.para(a.paragraphs[0])
        w.junk("اقرأ أيضا:", *_headlines(w.rng, 2))
        for p in a.paragraphs[1:]:
            w.para(p)
        w.junk("يهمك أيضاً", *_related(_headlines(w.rng, 1), "- "))


def t13_subheadings(w: Writer, arts: list[BankArticle]) -> None:
    """Short subheadings between paragraphs (part of the article); source and tags after; 'مواضيع ذات صلة'."""
    for i, a in enumerate(arts):
        if i:
            w.junk("مواضيع ذات صلة:")
        w.start()
        w.title(a.title)
        for n, p in enumerate(a.paragraphs):
            if n:
                w.para(w.rng.choice(["تفاصيل إضافية", "ردود الفعل", "خلفية", "ماذا بعد"]))
            w.para(p)
        w.source(f"المصدر: {a.source}", a.source)
        if a.tags:
            w.tags(f"الكلمات المفتاحية: {'، '.join(a.tags)}", a.tags)


def t14_interview(w: Writer, arts: list[BankArticle]) -> None:
    """An interview: short questions between the answers (one article); 'حوار:' byline; 'اقرأ أيضا:' between."""
    questions = ["*كيف تقيمون ما جرى؟", "س: وما الخطوة التالية في رأيكم؟", "- وماذا عن ردود الفعل؟"]
    for i, a in enumerate(arts):
        if i:
            w.junk("اقرأ أيضا:")
        w.start()
        w.title(a.title)
        w.junk("حوار: ليلى حسن")
        for n, p in enumerate(a.paragraphs):
            if n:
                w.para(questions[(n - 1) % len(questions)])
            w.para(p)
        w.date(f"تاريخ النشر: {slash_date(a.published)}", a.published)


TUNE: list[Callable[[Writer, list[BankArticle]], None]] = [
    t1_levant, t2_jazeera, t3_egypt, t4_maghreb, t5_wire, t6_single_newlines, t7_untitled, t8_share_heavy,
    t9_header_meta, t10_datelines, t11_untitled_dates, t12_inline_related, t13_subheadings,
    t14_interview]

# --- held-out conventions (written before tuning; not looked at while tuning) ---------------------------


def h1_bbc(w: Writer, arts: list[BankArticle]) -> None:
    """Image-source and caption labels; 'قصص مقترحة' block mid-article; 'المزيد حول هذه القصة' between."""
    for i, a in enumerate(arts):
        if i:
            w.junk("المزيد حول هذه القصة", *_related(_headlines(w.rng, 2)))
        w.start()
        w.title(a.title)
        w.date(words_date(a.published, LEVANT, weekday=False), a.published)
        w.junk("صدر الصورة، Getty Images", f"التعليق على الصورة، {_caption(w.rng, a, 'غيتي')[:-7]}")
        w.body(a, ["قصص مقترحة"])
    w.junk("قصص مقترحة", *_related(_headlines(w.rng, 2)), "نهاية")


def h2_rt(w: Writer, arts: list[BankArticle]) -> None:
    """'اقرأ المزيد' + headline inside the article; 'المصدر: X' and a follow line after; 'شاهد أيضا:' between."""
    for i, a in enumerate(arts):
        if i:
            w.junk("شاهد أيضا:")
        w.start()
        w.title(a.title)
        w.body(a, [])
        if len(a.paragraphs) > 1:  # the link block sits between the first and second paragraph
            k = w.lines.index(a.paragraphs[0]) + 1
            extra = ["اقرأ المزيد", _headlines(w.rng, 1)[0]]
            w.lines[k:k] = extra
            w.noise.extend(extra)
        w.source(f"المصدر: {a.source}", a.source)
        w.junk("تابعوا آخر الأخبار عبر قناتنا على تلغرام")


HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
         "شوال", "ذو القعدة", "ذو الحجة"]


def h3_spa(w: Writer, arts: list[BankArticle]) -> None:
    """Agency wire: title, a Hijri+Gregorian dateline line, '//انتهى//', tags; articles glued with nothing else."""
    from hijridate import Gregorian

    for a in arts:
        w.start()
        w.title(a.title)
        h = Gregorian.fromdate(_d(a.published)).to_hijri()
        w.date(f"الرياض {h.day} {HIJRI[h.month - 1]} {h.year} هـ الموافق {words_date(a.published, weekday=False)} م",
               a.published)
        w.body(a, [], first_prefix="الرياض (واس) - ")
        w.junk("//انتهى//")
        if a.tags:
            w.tags(f"الكلمات المفتاحية: {'، '.join(a.tags)}", a.tags)


def h4_petra(w: Writer, arts: list[BankArticle]) -> None:
    """Date line above the title; Levant month names; 'يهمك أيضاً' between; copyright footer."""
    for i, a in enumerate(arts):
        if i:
            w.junk("يهمك أيضاً")
        w.start()
        w.date(f"تاريخ النشر: {words_date(a.published, LEVANT)} | 10:30", a.published)
        w.title(a.title)
        w.body(a, ["- إعلان -", _caption(w.rng, a, "بترا")],
               first_prefix=f"عمان {_d(a.published).day} {LEVANT[_d(a.published).month - 1]} (بترا) - ")
    w.junk("حقوق النشر محفوظة لوكالة الأنباء 2025")


def h5_algeria(w: Writer, arts: list[BankArticle]) -> None:
    """'نُشر في … على الساعة', author line, keywords after, 'اقرأ ايضا' (no hamza, no colon) between."""
    for i, a in enumerate(arts):
        if i:
            w.junk("اقرأ ايضا")
        w.start()
        w.title(a.title)
        w.junk("بقلم: سمير بن علي")
        w.date(f"نُشر في {words_date(a.published, MAGHREB, weekday=False)} على الساعة 10:00", a.published)
        w.body(a, [_caption(w.rng, a, "أ.ف.ب"), "تابعونا على فيسبوك"])
        if a.tags:
            w.tags(f"كلمات مفتاحية: {' / '.join(a.tags)}", a.tags)


def h6_bare_glue(w: Writer, arts: list[BankArticle]) -> None:
    """Titles and bodies glued with only a date and a source line after each, then a share row."""
    for a in arts:
        w.start()
        w.title(a.title)
        w.body(a, [])
        w.date(slash_date(a.published), a.published)
        w.source(f"المصدر : {a.source}", a.source)
        w.junk("شارك على واتساب")


HELDOUT_STYLES: list[Callable[[Writer, list[BankArticle]], None]] = [h1_bbc, h2_rt, h3_spa, h4_petra, h5_algeria,
                                                                     h6_bare_glue]

# --- blind conventions: written after the marker table was last changed, measured once, not tuned on --


def b1_masry(w: Writer, arts: list[BankArticle]) -> None:
    """Byline and date on one line; a plain caption with no credit; a news-app follow line; 'اقرأ أيضًا..'."""
    for i, a in enumerate(arts):
        if i:
            w.junk("اقرأ أيضًا..")
        w.start()
        w.title(a.title)
        d = _d(a.published)
        w.date(f"كتب: محمد علي | {DAYS[d.weekday()]} {d.day:02d}-{d.month:02d}-{d.year} 10:30", a.published)
        w.body(a, ["صورة للاجتماع من أرشيف الوزارة", "تابع أحدث الأخبار عبر تطبيق جوجل نيوز"])


def b2_elaph(w: Writer, arts: list[BankArticle]) -> None:
    """Date with 'بتوقيت غرينتش'; hashtag tags; an English share row; 'لمزيد من الأخبار' between."""
    for i, a in enumerate(arts):
        if i:
            w.junk("لمزيد من الأخبار")
        w.start()
        w.title(a.title)
        w.date(f"{words_date(a.published)} - 14:20 بتوقيت غرينتش", a.published)
        w.body(a, ["Facebook Twitter LinkedIn Email", "النشرة الإخبارية"])
        if a.tags:
            w.tags(" ".join("#" + t.replace(" ", "_") for t in a.tags), [t.replace(" ", "_") for t in a.tags])


def b3_anadolu(w: Writer, arts: list[BankArticle]) -> None:
    """'أنقرة/ الأناضول' dateline; print/copy widgets; agency copyright; 'مواد ذات صلة' between."""
    for i, a in enumerate(arts):
        if i:
            w.junk("مواد ذات صلة", *_related(_headlines(w.rng, 2)))
        w.start()
        w.title(a.title)
        w.body(a, ["نسخ", "طباعة"], first_prefix="أنقرة/ الأناضول - ")
        w.date(f"{slash_date(a.published)} | 11:05", a.published)
    w.junk("حقوق الطبع © وكالة الأناضول للأنباء")


def b4_gulf(w: Writer, arts: list[BankArticle]) -> None:
    """'الرياض - «الخليج»:' dateline; 'آخر تحديث … الساعة'; 'أقرأ أيضا' misspelt; follow line on a news app."""
    for i, a in enumerate(arts):
        if i:
            w.junk("أقرأ أيضا:")
        w.start()
        w.title(a.title)
        w.date(f"آخر تحديث: {slash_date(a.published)} الساعة 10:30 م", a.published)
        w.body(a, ["تابع أحدث الأخبار على نبض", "المشاركة"], first_prefix="الرياض - «الخليج»: ")
        w.source(f"المصدر - {a.source}", a.source)


def b5_footer_glue(w: Writer, arts: list[BankArticle]) -> None:
    """Untitled bodies each closed by a source line and an ISO date; a share label and a '↑' back-to-top."""
    for a in arts:
        w.start()
        w.body(a, ["شارك الخبر:"])
        w.source(f"المصدر: {a.source}", a.source)
        w.date(a.published, a.published)
        w.junk("↑ العودة إلى أعلى الصفحة")


BLIND: list[Callable[[Writer, list[BankArticle]], None]] = [b1_masry, b2_elaph, b3_anadolu, b4_gulf, b5_footer_glue]

# --- building the splits -------------------------------------------------------------------------------


def _page(name: str, split: str, style, arts: list[BankArticle], rng: random.Random) -> Page:
    w = Writer(rng)
    style(w, arts)
    sep = "\n" if style is t6_single_newlines else "\n\n"
    return Page(name, split, sep.join(w.lines), w.gold, w.noise)


def _pages(split: str, styles, bank: list[BankArticle], per_style: int, seed: int) -> list[Page]:
    rng = random.Random(seed)
    out = []
    for style in styles:
        for k in range(per_style):
            n = 1 + (k % 3)  # 1, 2 and 3 articles glued
            arts = rng.sample(bank, n)
            out.append(_page(f"{split}-{style.__name__}-{k + 1}", split, style, arts, rng))
    return out


def _snn_bank(n: int, seed: int) -> list[BankArticle]:
    """Real SaudiNewsNet articles with at least two sentences (content cut into paragraphs at its own breaks)."""
    rows = []
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
    rng = random.Random(seed)
    out = []
    for row in rng.sample(rows, n * 3):
        paragraphs = [" ".join(p.split()) for p in row["content"].split("\n") if len(p.split()) >= 6]
        if not paragraphs or sum(len(p.split()) for p in paragraphs) < 40 or len(row["title"].split()) < 2:
            continue
        out.append(BankArticle(" ".join(row["title"].split()), row["date_extracted"][:10], row["source"], paragraphs))
        if len(out) == n:
            break
    return out


def build(splits: tuple[str, ...] = ("tune", "heldout", "real", "blind", "blind-real")) -> list[Page]:
    pages = []
    if "tune" in splits:
        pages += _pages("tune", TUNE, tune_bank(), 4, seed=13)
    if "heldout" in splits:
        pages += _pages("heldout", HELDOUT_STYLES, HELDOUT, 3, seed=29)
    if "real" in splits and SNN.exists():
        pages += _pages("real", HELDOUT_STYLES, _snn_bank(60, seed=7), 3, seed=41)
    if "blind" in splits:
        pages += _pages("blind", BLIND, HELDOUT, 3, seed=53)
    if "blind-real" in splits and SNN.exists():
        pages += _pages("blind-real", BLIND, _snn_bank(60, seed=11), 3, seed=59)
    return pages
