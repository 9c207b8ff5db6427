"""Timelines on real news: are the events' dates right, and are the events about the story asked for?

Journalist queries about the weeks the SaudiNewsNet sample covers (July-August 2015), in splits
(``QUERIES``): ten to tune on; ten held out at first and measured once (``dev``), whose errors were then
read, so they count as seen; eight added at the end of round 1 (``test``, since read); round 2's held-out
``blind2`` (read after that round); round 3's held-out ``blind3`` (15 queries, judged on main before any of
that round's rules, measured once at its end); round 5's held-out ``blind4`` (24 queries, committed before any
rule of that round, judged at its end); round 6's held-out ``blind5`` (22 queries, the same way). For each,
the timeline of the archive (bench/snn.py) built by the code under test, and of an earlier commit's code
(``--before``). Judged events are in
``bench/timeline_judged.jsonl`` (query, article id, sentence offsets, date: no text), each labelled by
reading the sentence in its article:

* ``date_ok``: the date is the date of what the sentence reports (its main event), counting the day the
  article speaks from (its publication or crawl day, or a weekday the text states);
* ``topic``: ``on`` — about the story the query names; ``near`` — the same field but another story
  (another land fee, another bombing); ``off`` — unrelated (a word of the query in another sense).

Which events are judged: a stable sample keyed by a hash of (query, article, sentence, date), at a rate
per query that keeps about ``SAMPLE_BEFORE`` events of the earlier code's timeline and ``SAMPLE_NOW``
of the candidates this code scores (every dated sentence of the matching articles with some coverage),
so both precisions are measured on unbiased samples of what each system shows, and the topic cut-off
can be chosen on the tune queries.

    .venv/bin/python bench/timeline_real.py --before ceaab6f            # the table
    .venv/bin/python bench/timeline_real.py --to-label tune             # print sampled events not judged yet

Writes the "## Timelines on real news" section of bench/README.md and bench/results/timeline_real.json.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snn
from readme import write_section

SECTION = "## Timelines on real news"
JUDGED = snn.BENCH / "timeline_judged.jsonl"
# blind4's labels, apart: judged at round 5's end, so tests/test_quality.py's date gate (fixed on the rows above) is
# not moved by a held-out split.
JUDGED_BLIND4 = snn.BENCH / "timeline_blind4.jsonl"
JUDGED_BLIND5 = snn.BENCH / "timeline_blind5.jsonl"  # round 6's held-out labels, apart for the same reason
JUDGED_BLIND6 = snn.BENCH / "timeline_blind6.jsonl"  # round 7's held-out labels, apart for the same reason
# Round 8's held-out labels, judged on main 103d276 before any code of the round, by the rules of the module docstring
# as blind6's were: the date is right when it is the day (month, year) of what the sentence reports — its main
# verb, from the day the article speaks from (a weekday it states, the page's issue day; a page a day or more
# late, or older than its date, when the text or the story shows it) — not of a noun, a second clause, a quoted
# "today" as the present, a reporting period or an as-of ("حتى الأمس"); topic: on (the story the query names,
# including its aftermath), near (the same field: the name in passing, another body or person of the field), off
# (another thing of the same words).
JUDGED_BLIND7 = snn.BENCH / "timeline_blind7.jsonl"
# Round 9's held-out labels (blind8), judged on main 210a507 before any code of round 9, by blind7's rules above.
JUDGED_BLIND8 = snn.BENCH / "timeline_blind8.jsonl"
# Round 10's held-out labels (blind9), judged on main 47f1dd5 before any code of round 10 landed, by blind7's rules.
JUDGED_BLIND9 = snn.BENCH / "timeline_blind9.jsonl"
# Round 11's held-out labels (blind10), judged on main 2f2168b before any code of round 11, by blind7's rules.
JUDGED_BLIND10 = snn.BENCH / "timeline_blind10.jsonl"
# Round 12's held-out labels (blind11), judged on main d6a334a before any code of round 12, by blind7's rules.
JUDGED_BLIND11 = snn.BENCH / "timeline_blind11.jsonl"
# Round 13's held-out labels (blind12), judged on main e7dbba0 before any code of round 13 was committed, by blind7's rules.
JUDGED_BLIND12 = snn.BENCH / "timeline_blind12.jsonl"
# Round 14's held-out labels (blind13), judged on main 36e5e5e before any code of round 14, by blind7's rules.
JUDGED_BLIND13 = snn.BENCH / "timeline_blind13.jsonl"
# Round 15's held-out labels (blind14), judged on main 68d9c5b before any code of round 15, by blind7's rules.
JUDGED_BLIND14 = snn.BENCH / "timeline_blind14.jsonl"
# Round 16's held-out labels (blind15), judged on main e666c2c before any code of round 16, by blind7's rules.
JUDGED_BLIND15 = snn.BENCH / "timeline_blind15.jsonl"
# Round 17's held-out labels (blind16), judged on main fb83cb5 before any code of round 17, by blind7's rules.
JUDGED_BLIND16 = snn.BENCH / "timeline_blind16.jsonl"
# Round 18's held-out labels (blind17), judged on main 447810f before any code of round 18, by blind7's rules.
JUDGED_BLIND17 = snn.BENCH / "timeline_blind17.jsonl"
# Round 19's held-out labels (blind18), judged on main ff84960 before any code of round 19, by blind7's rules.
JUDGED_BLIND18 = snn.BENCH / "timeline_blind18.jsonl"
# Round 20's held-out labels (blind19), judged on main 7f61e9f before any code of round 20, by blind7's rules.
JUDGED_BLIND19 = snn.BENCH / "timeline_blind19.jsonl"
# Round 20's second held-out labels (blind20), judged on main 5a36723 (the shipped E1 date + E0 topic models) before any
# code of that reading, by blind7's rules.
JUDGED_BLIND20 = snn.BENCH / "timeline_blind20.jsonl"
# Round 21's held-out labels (blind21), judged on main 7333eca (round 20's shipped models) before any code of round 21, by
# blind7's rules.
JUDGED_BLIND21 = snn.BENCH / "timeline_blind21.jsonl"
# Round 22's held-out labels (blind22), judged on main 6d86cfb (round 20's shipped models, round 21's rules) before any
# code of round 22, by blind7's rules.
JUDGED_BLIND22 = snn.BENCH / "timeline_blind22.jsonl"
# Round 23's held-out labels (blind23), judged on main 4bf7c99 (round 20's shipped models, round 22's rules) before any
# code of round 23, by blind7's rules.
JUDGED_BLIND23 = snn.BENCH / "timeline_blind23.jsonl"
# Round 24's held-out labels (blind24), judged on main 614178c (round 20's shipped models, round 23's rules) before any
# code of round 24, by blind7's rules.
JUDGED_BLIND24 = snn.BENCH / "timeline_blind24.jsonl"
# Round 25's held-out labels (blind25), judged on main a455f05 (round 20's shipped models, round 24's rules) before any
# code of round 25, by blind7's rules.
JUDGED_BLIND25 = snn.BENCH / "timeline_blind25.jsonl"
# Round 26's held-out labels (blind26), judged on main 8521042 (round 20's shipped models, round 25's rules) before any
# code of round 26, by blind7's rules.
JUDGED_BLIND26 = snn.BENCH / "timeline_blind26.jsonl"
# Round 27's held-out labels (blind27), judged on main 2e85af1 (round 20's shipped models, round 26's rules) before any
# code of round 27, by blind7's rules.
JUDGED_BLIND27 = snn.BENCH / "timeline_blind27.jsonl"
# Round 28's held-out labels (blind28), judged on main 7992d17 (round 20's shipped models, round 27's rules) before any
# code of round 28, by blind7's rules.
JUDGED_BLIND28 = snn.BENCH / "timeline_blind28.jsonl"
# Round 29's held-out labels (blind29), judged on main 1019ea0 (round 20's shipped models, round 28's rules) before any
# code of round 29, by blind7's rules.
JUDGED_BLIND29 = snn.BENCH / "timeline_blind29.jsonl"
# Round 30's held-out labels (blind30), judged on main 6c8b8ee (round 20's shipped models, round 29's rules) before any
# code of round 30, by blind7's rules.
JUDGED_BLIND30 = snn.BENCH / "timeline_blind30.jsonl"
# Round 31's held-out labels (blind31), judged on main b389530 (round 20's shipped models, round 30's rules) before any
# code of round 31, by blind7's rules.
JUDGED_BLIND31 = snn.BENCH / "timeline_blind31.jsonl"
# Round 32's held-out labels (blind32), judged on main e0af6a4 (round 20's shipped models, round 31's rules) before any
# code of round 32, by blind7's rules.
JUDGED_BLIND32 = snn.BENCH / "timeline_blind32.jsonl"
# Round 33's held-out labels (blind33), judged on main 23bdd20 (round 20's shipped models, round 32's rules) before any
# code of round 33, by blind7's rules.
JUDGED_BLIND33 = snn.BENCH / "timeline_blind33.jsonl"
# Round 34's held-out labels (blind34), judged on main 490a4e5 (round 20's shipped models, round 33's rules) before any
# code of round 34, by blind7's rules.
JUDGED_BLIND34 = snn.BENCH / "timeline_blind34.jsonl"
# Round 35's held-out labels (blind35), judged on main 86f6ea1 (round 20's shipped models, round 34's rules) before any
# code of round 35, by blind7's rules.
JUDGED_BLIND35 = snn.BENCH / "timeline_blind35.jsonl"
# Round 36's held-out labels (blind36), judged on main 8329f12 (round 20's shipped models, round 35's rules) before any
# code of round 36, by blind7's rules.
JUDGED_BLIND36 = snn.BENCH / "timeline_blind36.jsonl"
# Round 37's held-out labels (blind37), judged on main 17a5dee (round 20's shipped models, round 36's rules) before any
# code of round 37, by blind7's rules.
JUDGED_BLIND37 = snn.BENCH / "timeline_blind37.jsonl"
# Round 38's held-out labels (blind38), judged on main 1b2de34 (round 20's shipped models, round 37's rules) before any
# code of round 38, by blind7's rules.
JUDGED_BLIND38 = snn.BENCH / "timeline_blind38.jsonl"
# Round 39's held-out labels (blind39), judged on main 826443f (round 20's shipped models, round 38's rules) before any
# code of round 39, by blind7's rules.
JUDGED_BLIND39 = snn.BENCH / "timeline_blind39.jsonl"
# Round 40's held-out labels (blind40), judged on main 62dc00a (round 20's shipped models, round 39's rules) before any
# code of round 40, by blind7's rules.
JUDGED_BLIND40 = snn.BENCH / "timeline_blind40.jsonl"
# Round 41's held-out labels (blind41), judged on main 7ba1f17 (round 20's shipped models, round 40's rules) before any
# code of round 41, by blind7's rules.
JUDGED_BLIND41 = snn.BENCH / "timeline_blind41.jsonl"
# Round 42's held-out labels (blind42), judged on main 8422118 (round 20's shipped models, round 41's rules) before any
# code of round 42, by blind7's rules.
JUDGED_BLIND42 = snn.BENCH / "timeline_blind42.jsonl"
# Round 43's held-out labels (blind43), judged on main ae2003c (round 20's shipped models, round 42's rules) before any
# code of round 43, by blind7's rules.
JUDGED_BLIND43 = snn.BENCH / "timeline_blind43.jsonl"
# Round 44's held-out labels (blind44), judged on main 8382cfb (round 20's shipped models, round 43's rules) before any
# code of round 44, by blind7's rules.
JUDGED_BLIND44 = snn.BENCH / "timeline_blind44.jsonl"
# Round 45's held-out labels (blind45), judged on main 70a642f (round 20's shipped models, round 44's rules) before any
# code of round 45, by blind7's rules.
JUDGED_BLIND45 = snn.BENCH / "timeline_blind45.jsonl"
# Round 9's labels near the date model's cut-off: 36 on-topic events of the fitted splits (tune to blind6) that main
# 210a507 files with a date confidence of 0.6-0.9, not judged before (a stable hash sample of 635), judged by the same
# rules; they weigh where the cut-off falls. Apart from timeline_judged.jsonl so tests/test_quality.py's counts stay.
JUDGED_NEAR9 = snn.BENCH / "timeline_near9.jsonl"
# Round 19's labels near both cut-offs: 83 on-topic events of every split but blind17 and blind18 that main ff84960 files
# with a date or a topic confidence of 0.6-0.8, not judged before (a stable hash sample of 1,171), judged by the same rules.
JUDGED_NEAR19 = snn.BENCH / "timeline_near19.jsonl"
RESULTS = snn.BENCH / "results" / "timeline_real.json"
SAMPLE_BEFORE = 12
SAMPLE_NOW = 20
MIN_CANDIDATE = 0.2  # candidates scoring under this are never shown, so never sampled

QUERIES = {
    "tune": ["رسوم الأراضي البيضاء", "أسعار النفط", "الاتفاق النووي مع إيران", "تفجير مسجد قوات الطوارئ في أبها",
             "فيروس كورونا", "الانتخابات البلدية", "قناة السويس الجديدة", "مركز الملك سلمان للإغاثة",
             "سوق الأسهم السعودية", "الدوري السعودي للمحترفين"],
    "dev": ["عاصفة الحزم", "وزارة الإسكان", "تنظيم داعش", "أسعار الذهب", "مهرجان سوق عكاظ", "اللاجئين السوريين",
            "الخطوط السعودية", "هيئة مكافحة الفساد", "موسم الحج", "كأس السوبر السعودي في لندن"],
    "test": ["أزمة الديون اليونانية", "مجلس الشورى", "الهلال الأحمر السعودي", "أسعار الفائدة الأمريكية",
             "هيئة الأمر بالمعروف", "الحوثيين في عدن", "الدفاع المدني", "مطار الملك عبدالعزيز"],
    # Round 2's held-out split: chosen and judged on main's timelines before any rule of that round changed.
    "blind2": ["الأمطار والسيول", "انتخابات رئاسة الفيفا", "تخفيض اليوان الصيني", "تفجير مسجد الصادق في الكويت",
               "الحرس الثوري الإيراني", "جامعة الملك سعود", "المبتعثين السعوديين", "استقدام العمالة المنزلية",
               "انقطاع الكهرباء", "نظام ساهر"],
    # Round 3's held-out split, larger: institutions that share a name pattern (جامعة الملك …, مستشفى/مدينة الملك
    # …), people, companies, other wars. Judged on main's timelines (b11b336) before any rule of round 3 changed.
    "blind3": ["جامعة الملك عبدالعزيز", "جامعة الملك فيصل", "مستشفى الملك فيصل التخصصي",
               "مدينة الملك عبدالعزيز للعلوم والتقنية", "عادل الجبير", "بشار الأسد", "عبدربه منصور هادي",
               "الأمير خالد الفيصل", "أرامكو السعودية", "موبايلي", "معارك مأرب", "بوكو حرام", "نادي النصر",
               "قطار الحرمين", "هيئة السياحة والتراث الوطني"],
    # Round 5's held-out split: 24 queries chosen like blind3's (bodies sharing a name pattern, people, companies,
    # wars, other stories of July-August 2015), committed with main's timeline sizes before any rule of round 5
    # changed; their events were judged only at the round's end.
    "blind4": ["وزارة العمل", "وزارة الصحة", "نادي الهلال", "نادي الاتحاد", "الأمير محمد بن نايف",
               "الأمير محمد بن سلمان", "فلاديمير بوتين", "باراك أوباما", "عبدالفتاح السيسي", "رجب طيب أردوغان",
               "سابك", "الاتصالات السعودية", "معارك تعز", "جبهة النصرة", "حزب الله", "مجلس الأمن الدولي",
               "جامعة الدول العربية", "مستشفى الملك فهد", "جامعة الملك خالد", "منظمة أوبك", "المنتخب السعودي",
               "الملا عمر", "حزب العمال الكردستاني", "الطائرة الماليزية"],
    # Round 6's held-out split: 22 queries chosen like blind4's (bodies sharing a name pattern, people, wars and
    # other stories of July-August 2015), committed with main's (24c5e10) timeline sizes before any rule of round 6
    # changed; their events are judged only at the round's end.
    "blind5": ["وزارة التعليم", "وزارة الداخلية", "نادي الأهلي", "نادي الشباب", "الأمير سعود الفيصل", "جون كيري",
               "بنيامين نتنياهو", "علي عبدالله صالح", "حيدر العبادي", "المسجد الأقصى", "قطاع غزة", "تنظيم القاعدة",
               "جامعة أم القرى", "جامعة الإمام محمد بن سعود", "مستشفى الملك خالد", "صندوق التنمية العقارية",
               "مؤسسة النقد العربي السعودي", "حسن روحاني", "المهاجرين في أوروبا", "الرئاسة العامة لرعاية الشباب",
               "حرس الحدود", "هيئة الغذاء والدواء"],
    # Round 7's held-out split: 20 queries chosen like blind5's (regional and world bodies, ministries, clubs at
    # home and abroad, princes and foreign leaders, another war, banks and companies, an eponymous hospital), committed
    # with main's (24bebb0) timeline sizes and their judged sample before any rule of round 7 changed.
    "blind6": ["مجلس التعاون الخليجي", "منظمة الصحة العالمية", "صندوق النقد الدولي", "الحرس الوطني", "وزارة التجارة",
               "نادي الاتفاق", "نادي الفتح", "ريال مدريد", "الأمير فيصل بن بندر", "الأمير سلطان بن سلمان",
               "دونالد ترامب", "هيلاري كلينتون", "ديفيد كاميرون", "أبو بكر البغدادي", "الحشد الشعبي", "معارك الرمادي",
               "جامعة الأميرة نورة", "مستشفى الملك عبدالعزيز", "مصرف الراجحي", "شركة المراعي"],
    # Round 8's held-out split: 18 queries on stories no earlier split asked for (world and Islamic bodies, a
    # ministry, clubs at home and abroad, a prince, foreign leaders, a war and a battle, a company and a bank, an
    # eponymous airport, a movement, a crime, a market, an epidemic), committed with main's (103d276) timeline sizes
    # and its judged sample before any code of round 8 changed.
    "blind7": ["منظمة التعاون الإسلامي", "البنك الدولي", "وزارة العدل", "نادي التعاون", "برشلونة",
               "الأمير سعود بن نايف", "محمود عباس", "بان كي مون", "معارك الزبداني", "قاعدة العند",
               "الشركة السعودية للكهرباء", "البنك الأهلي التجاري", "مطار الملك خالد", "حركة حماس", "عائلة دوابشة",
               "الأسهم الصينية", "حمى الضنك", "وزارة الشؤون الإسلامية"],
    # Round 9's held-out split: 20 queries on stories no earlier split asked for (a union of states, ministries, clubs
    # at home and abroad, a prince, foreign leaders, a battle, a movement, an eponymous university, hospital and
    # airport, a regulator, a company, a bank, a market, a city's council, a prosecutor, an attack), committed with
    # main's (210a507) timeline sizes and its judged sample before any code of round 9 changed.
    "blind8": ["الاتحاد الأوروبي", "وزارة المالية", "وزارة النقل", "نادي الرائد", "مانشستر يونايتد",
               "الأمير متعب بن عبدالله", "أنجيلا ميركل", "نوري المالكي", "جوزيف بلاتر", "معارك حلب",
               "جماعة الإخوان المسلمين", "جامعة الملك فهد للبترول والمعادن", "مدينة الملك فهد الطبية",
               "هيئة الاتصالات وتقنية المعلومات", "شركة زين", "بنك الرياض", "سوق دبي المالي", "أمانة جدة",
               "هيئة التحقيق والادعاء العام", "مطار الملك فهد"],
    # Round 10's held-out split: 20 queries on stories no earlier split asked for (a ministry and a world body that
    # other countries have too, clubs at home and abroad, a prince, foreign leaders, a militia's leader, a regulator, a
    # state insurer, an aviation authority, a city's council, an eponymous university, a disaster, a company, a
    # bank), committed with main's (47f1dd5) rule sizes and its judged sample before any code of round 10 landed.
    "blind9": ["وزارة الخارجية", "الأمم المتحدة", "نادي القادسية", "نادي الفيصلي", "تشيلسي", "الأمير فيصل بن سلمان",
               "فرانسوا هولاند", "سيرجي لافروف", "حسن نصر الله", "عبدالملك الحوثي", "خالد بحاح", "هيئة السوق المالية",
               "المؤسسة العامة للتأمينات الاجتماعية", "هيئة الطيران المدني", "وزارة الحج", "أمانة الرياض",
               "جامعة الملك عبدالله للعلوم والتقنية", "انفجار تيانجين", "شركة معادن", "مصرف الإنماء"],
    # Round 11's held-out split: 20 queries on stories no earlier split asked for (the cabinet and four ministries, a
    # generic body every country has; clubs at home and abroad, two princes, foreign leaders and envoys, a deposed
    # president, a crisis abroad, a world body, a university, a port), committed with main's (2f2168b) rule sizes and
    # its judged sample before any code of round 11 was written.
    "blind10": ["مجلس الوزراء", "وزارة الشؤون الاجتماعية", "وزارة الثقافة والإعلام", "وزارة الزراعة",
                "وزارة الشؤون البلدية والقروية", "نادي الوحدة", "نادي هجر", "ليفربول", "بايرن ميونيخ",
                "الأمير تركي الفيصل", "الأمير خالد بن سلمان", "أليكسيس تسيبراس", "ستيفان دي ميستورا",
                "إسماعيل ولد الشيخ أحمد", "محمد جواد ظريف", "محمد مرسي", "أزمة النفايات في لبنان",
                "منظمة العفو الدولية", "جامعة القصيم", "ميناء جدة"],
    # Round 12's held-out split: 20 queries no earlier split asked for (four ministries, one of them a body every
    # country has; clubs at home and abroad, a prince and a businessman prince, foreign leaders, a battle, a dam, a
    # metro, a rights body, a cup, an industrial authority), committed with main's (d6a334a) rule sizes and its judged
    # sample before any code of round 12 was written.
    "blind11": ["وزارة الدفاع", "وزارة الاقتصاد والتخطيط", "وزارة الخدمة المدنية", "وزارة المياه والكهرباء",
                "نادي الخليج", "نادي نجران", "أرسنال", "يوفنتوس", "الأمير مقرن بن عبدالعزيز", "الأمير الوليد بن طلال",
                "مسعود بارزاني", "تمام سلام", "خليفة حفتر", "علي خامنئي", "معارك الحسكة", "سد النهضة", "مترو الرياض",
                "هيئة حقوق الإنسان", "دوري أبطال آسيا", "الهيئة الملكية للجبيل وينبع"],
    # Round 13's held-out split: 20 queries no earlier split asked for (two ministries, a security body and a weather
    # body, clubs at home and abroad, two governor princes, foreign leaders, an attack, a campaign, an election, a
    # company, a university whose name is also a word, a council of scholars, an armed group, a bank, and a ministry
    # that names its country), committed with main's (e7dbba0) rule sizes and its judged sample before any code of
    # round 13 was committed.
    "blind12": ["وزارة الاتصالات وتقنية المعلومات", "وزارة البترول والثروة المعدنية", "الأمن العام",
                "الرئاسة العامة للأرصاد وحماية البيئة", "نادي الرياض", "نادي الباطن", "باريس سان جيرمان",
                "الأمير فيصل بن مشعل", "الأمير سعود بن عبدالمحسن", "أحمد داود أوغلو", "الباجي قائد السبسي",
                "هجوم سوسة", "عملية إعادة الأمل", "الانتخابات التركية", "شركة أبل", "جامعة طيبة",
                "هيئة كبار العلماء", "ولاية سيناء", "بنك البلاد", "وزارة الداخلية البحرينية"],
    # Round 14's held-out split: 20 queries no earlier split asked for (a ministry that names its country, a water body,
    # home clubs whose names are also words, clubs abroad, two governor princes, two heads of state, a terror cell, a
    # bombing, two armed groups, a company, a bank, a university, a court and a tribunal, an airline), committed with
    # main's (36e5e5e) rule sizes and its judged sample before any code of round 14.
    "blind13": ["وزارة الداخلية الكويتية", "المؤسسة العامة لتحلية المياه", "نادي الحزم", "نادي العروبة",
                "أتلتيكو مدريد", "مانشستر سيتي", "الأمير فيصل بن خالد", "الأمير مشعل بن ماجد",
                "الملك عبدالله الثاني", "الشيخ تميم بن حمد", "خلية العبدلي", "تفجير سروج", "جيش الفتح",
                "الجيش السوري الحر", "مجموعة بن لادن", "البنك السعودي الفرنسي", "جامعة جازان", "ديوان المظالم",
                "الخطوط الجوية القطرية", "المحكمة الجزائية المتخصصة"],
    # Round 15's held-out split: 20 queries no earlier split asked for (companies and a programme whose names are two
    # or three common words, a home club and a club abroad, a university named after its region, two governor princes
    # whose names are also eponyms of a road, a hospital and a university, two heads of state, another country's
    # foreign ministry, a cup named after an office, a monetary body, a training body, a liberation, an armed movement,
    # an economic city), committed with main's (68d9c5b) rule sizes and its judged sample before any code of round 15.
    # Two first picks that main files nothing for (برنامج نطاقات, قاسم سليماني) were swapped for the last two before
    # any event was read.
    "blind14": ["دار الأركان", "طيران ناس", "جامعة الباحة", "نادي الطائي", "نادي الزمالك", "إنتر ميلان",
                "الأمير فهد بن سلطان", "الشيخ صباح الأحمد", "الملك محمد السادس", "عمر البشير", "تحرير عدن",
                "الاحتياطي الفيدرالي", "جامعة تبوك", "هيئة الإذاعة والتلفزيون", "وزارة الخارجية الأمريكية",
                "كأس ولي العهد", "المؤسسة العامة للتدريب التقني والمهني", "الأمير محمد بن ناصر", "حركة الشباب",
                "مدينة الملك عبدالله الاقتصادية"],
    # Round 16's held-out split: 20 queries no earlier split asked for (a state fund, a railway body, an industrial-cities
    # body and another region's municipality whose names share "العامة"/"هيئة"/"أمانة" with other bodies; a bank and a
    # shipping company whose names are also common words; a home club and a club abroad; another country's ministries;
    # a leader, a crown prince and a governor prince; a movement, a battle, an airline, a championship, a company, a
    # university and an eponymous library), committed with main's (e666c2c) rule sizes and its judged sample before any
    # code of round 16. Six first picks that main files nothing for (الهيئة العامة للاستثمار, الأمير حسام بن سعود,
    # الأمير فيصل بن نواف, فيروس إيبولا, مصلحة الزكاة والدخل, سعد الحريري) gave way to the next two of a list written
    # beforehand (the one after them, الهيئة العامة للإحصاء, files nothing either), before any event was read.
    "blind15": ["صندوق الاستثمارات العامة", "المؤسسة العامة للخطوط الحديدية", "نادي الفيحاء", "بوروسيا دورتموند",
                "حركة طالبان", "وزارة الدفاع الأمريكية", "شركة البحري", "شركة مايكروسوفت", "نواز شريف",
                "الشيخ محمد بن زايد", "بنك الجزيرة", "معارك الفلوجة", "الخطوط الجوية التركية",
                "بطولة العالم لألعاب القوى", "جامعة حائل", "مكتبة الملك فهد الوطنية", "هيئة المدن الصناعية",
                "الأمير جلوي بن عبدالعزيز", "وزارة الخارجية الإيرانية", "أمانة المنطقة الشرقية"],
    # Round 17's held-out split: 20 queries no earlier split asked for (a development fund and a central bank whose names
    # share "للتنمية"/"البنك المركزي" with others, another country's foreign ministry, a home club whose name is also a word
    # ("one"), two clubs abroad (one also a city), two foreign officials, a prince, two companies (one named after a
    # place, one that names a Dubai group and its affiliates), a bank whose name shares "العربي"/"الوطني" with others, a
    # hospital named after its body, an eponymous airport, a referendum, a truce, a university, a speaker of parliament
    # and a health body), committed with main's (fb83cb5) rule sizes and its judged sample before any code of round 17.
    # Five first picks that main files nothing for (هيئة الرقابة والتحقيق, نادي الشعلة, الأمير بدر بن سلطان, جامعة الملك
    # سعود للعلوم الصحية, ناريندرا مودي) gave way to the first five of a list written beforehand (the one after them,
    # معارك شبوة, files nothing either), before any event was read.
    "blind16": ["الصندوق السعودي للتنمية", "البنك المركزي الأوروبي", "وزارة الخارجية الروسية", "نادي أحد", "توتنهام",
                "فالنسيا", "أشتون كارتر", "فيديريكا موغيريني", "الأمير عبدالله بن مساعد", "شركة جبل عمر",
                "البنك العربي الوطني", "مستشفى الحرس الوطني", "مطار الأمير محمد بن عبدالعزيز", "الاستفتاء اليوناني",
                "الهدنة الإنسانية في اليمن", "شركة إعمار", "يوكيا أمانو", "جامعة نجران", "نبيه بري",
                "الهيئة السعودية للتخصصات الصحية"],
    # Round 18's held-out split: 20 queries no earlier split asked for (a home club named by a common word ("renaissance")
    # that a club abroad shares, and another home club; a club abroad named after its city; another country's interior
    # and foreign ministries; a ruler whose name is an eponym; a prince whose name is a mosque's; a company abroad and a
    # food company; a party whose name other countries' parties share; a university named after its city; a passports
    # body; another country's elections; a head of government abroad; a city's municipality; a cup named after the
    # king's title; a vice-president; a prince heading a body; a UN agency; a hospital named after a king), committed
    # with main's (447810f) rule sizes and its judged sample before any code of round 18. Six first picks that main
    # files nothing for (الهلال السوداني, شركة غوغل, مجموعة سامبا المالية, منظمة اليونيسف, مدينة الملك سعود الطبية,
    # تفجير القديح) gave way to the first six of a list written beforehand that file something (its fifth, شركة أسمنت
    # اليمامة, files nothing), before any event was read.
    "blind17": ["نادي النهضة", "نادي روما", "وزارة الداخلية المصرية", "وزارة الخارجية البريطانية", "الشيخ محمد بن راشد",
                "الأمير تركي بن عبدالله", "شركة سامسونج", "شركة صافولا", "حزب العدالة والتنمية", "جامعة الطائف",
                "المديرية العامة للجوازات", "الانتخابات البرلمانية المصرية", "شينزو آبي", "أمانة العاصمة المقدسة",
                "كأس خادم الحرمين الشريفين", "جو بايدن", "الأمير فيصل بن عبدالله", "المفوضية السامية لشؤون اللاجئين",
                "مستشفى الملك سعود", "نادي الجيل"],
    # Round 19's held-out split: 20 queries no earlier split asked for (a club abroad whose name is also a city and a
    # word ("the eye"), a home club, a club abroad whose name starts like an emperor's; two other countries' foreign
    # ministries; a governor prince; a head of state and a foreign minister abroad; two companies abroad whose names are
    # also the platforms people write on; a bank that names two countries; a council of chambers; a customs body; two
    # universities, one named after its region, one abroad; a hospital of a security body; a league named after a
    # company's founder; a UN council whose name other rights bodies share; two energy agencies whose names share
    # "الطاقة" and "الدولية"), committed with main's (ff84960) rule sizes and its judged sample before any code of round
    # 19. Three first picks that main files nothing for (الأمير عبدالعزيز بن سلمان, مهرجان الجنادرية, معارك الضالع) gave
    # way to the first three of a list written beforehand that file something (its third, الأمير عبدالعزيز بن سعود,
    # files nothing), before any event was read.
    "blind18": ["نادي العين", "نادي الأنصار", "نابولي", "وزارة الخارجية الفرنسية", "الأمير مشاري بن سعود",
                "شي جين بينغ", "لوران فابيوس", "شركة تويتر", "البنك السعودي البريطاني", "مجلس الغرف السعودية",
                "مصلحة الجمارك", "جامعة الجوف", "جامعة الأزهر", "مستشفى قوى الأمن", "دوري عبداللطيف جميل",
                "مجلس حقوق الإنسان", "وكالة الطاقة الدولية", "الوكالة الدولية للطاقة الذرية",
                "وزارة الخارجية التركية", "شركة فيسبوك"],
    # Round 20's held-out split: 20 queries no earlier split asked for, chosen for names that stand in passing and bodies
    # of the same kind (two chambers of commerce; a bank whose name two other Saudi banks share the start of; another
    # country's foreign ministry, twice; a club named by a word that also names a people and a player; a club abroad
    # named after its city; a foreign minister abroad; another country's army, whose nisba is also a given name; a
    # hospital named after a king and a hospital of a kind every city has; a company that is also a platform; another
    # country's parliament; a university abroad; elections abroad; a league abroad; a ministry named as several countries
    # name theirs; a rights body whose words other rights bodies share; a ruler abroad; a port named after a king),
    # committed with main's (7f61e9f) rule sizes and its judged sample before any code of round 20. Two first picks that
    # main files nothing for (الأمير أحمد بن عبدالعزيز, الشيخ عبدالله بن زايد) gave way to the first two of a list written
    # beforehand that file something (its second, نادي الكويت, files nothing), before any event was read.
    "blind19": ["غرفة جدة", "البنك السعودي للاستثمار", "وزارة الخارجية المصرية", "نادي العربي", "ميلان",
                "فيليب هاموند", "الجيش التركي", "مستشفى الملك عبدالله", "شركة جوجل", "مجلس النواب الليبي",
                "جامعة هارفارد", "الانتخابات الرئاسية الأمريكية", "الدوري الإنجليزي الممتاز", "وزارة التربية والتعليم",
                "الجمعية الوطنية لحقوق الإنسان", "الشيخ خليفة بن زايد", "ميناء الملك عبدالعزيز",
                "مستشفى الولادة والأطفال", "غرفة الشرقية", "وزارة الخارجية الألمانية"],
    # Round 20's second held-out split, a clean reading of the models shipped in round 20: 20 queries no earlier split
    # asked for (a club abroad named by a common word; a club abroad named with its city; two other countries'
    # ministries; two ministers and a prince of ours; a leader and a ruler abroad; a university named after its city,
    # twice; two companies; an airline; a football body; another country's army and parliament; a causeway named after a
    # king; a rights group abroad; an alliance), committed with main's (5a36723) rule sizes and its judged sample before
    # any reading of it. Four first picks that main files nothing for (سعد الحريري, مدينة الملك سعود الطبية, الهيئة
    # العامة للاستثمار, اليونيسف) gave way to the first four of a list written beforehand that file something (its
    # first, مجلس الأمة الكويتي, files nothing), before any event was read.
    "blind20": ["نادي السد", "بايرن ميونخ", "وزارة الخارجية القطرية", "وزارة الدفاع الروسية", "علي النعيمي",
                "خالد الفالح", "ميشال عون", "السلطان قابوس", "الأمير منصور بن متعب", "جامعة الدمام", "شركة تويوتا",
                "طيران الإمارات", "الاتحاد الآسيوي لكرة القدم", "الجيش العراقي", "البرلمان التركي", "جسر الملك فهد",
                "منظمة هيومن رايتس ووتش", "جامعة المجمعة", "شركة بوينغ", "حلف الناتو"],
    # Round 21's held-out split: 20 queries no earlier split asked for (two other countries' foreign ministries and one's
    # interior ministry; two of our ministers and two foreign ministers abroad; a university named after a prince; a
    # company that is also a month's name; a football federation; three armies abroad; a port named by its city; two UN and
    # aid bodies; a club abroad; a party; an airline), committed with main's (7333eca) rule sizes and its judged sample
    # before any code of the round. Seven first picks that main files nothing for (نادي الشعلة, نادي الوداد, الأمير فهد بن
    # بدر, إبراهيم الجعفري, بنك سامبا, طيران الخليج, الكونجرس الأمريكي) gave way to the first seven of lists written
    # beforehand that file something, before any event was read.
    "blind21": ["وزارة الخارجية الإماراتية", "وزارة الداخلية العراقية", "عادل فقيه", "عزام الدخيل", "ناصر جودة",
                "سامح شكري", "جامعة الأمير سطام", "شركة أوبر", "الاتحاد السعودي لكرة القدم", "الجيش اللبناني",
                "ميناء الدمام", "منظمة اليونسكو", "الصليب الأحمر", "نادي الرجاء", "وزارة الخارجية اليمنية", "شركة نيسان",
                "الجيش الليبي", "حزب النور", "الجيش المصري", "الخطوط الجوية الكويتية"],
    # Round 22's held-out split: 20 queries no earlier split or judged file asked for (another country's health ministry,
    # information ministry and central bank; two of our ministers, a foreign minister and a president abroad, a cleric
    # abroad; a club abroad; three armies abroad; two airlines whose names are also a
    # federation's word and a country's; a UN agency and a UN body whose names share "الأغذية"; a parliament; a university
    # and an airport named by their city; a company), committed with main's (6d86cfb) rule sizes and its judged sample
    # before any code of the round. Five first picks that main files nothing for (وزارة الخارجية الأردنية, وزارة الخارجية
    # الكويتية, نادي الترجي, نادي الشارقة, شركة هواوي) gave way to the first five of a list written beforehand that file
    # something (its جامعة شقراء, نادي الشرطة and الأمير خالد بن بندر file nothing), before any event was read.
    "blind22": ["وزارة الصحة المصرية", "عادل الطريفي", "مفرج الحقباني", "يوسف بن علوي", "فؤاد معصوم", "مقتدى الصدر",
                "نادي الوصل", "الجيش اليمني", "الجيش الإسرائيلي", "طيران الاتحاد", "مصر للطيران",
                "برنامج الأغذية العالمي", "البرلمان الأوروبي", "جامعة القاهرة", "مطار القاهرة", "الجيش الأمريكي",
                "منظمة الأغذية والزراعة", "وزارة الإعلام الكويتية", "شركة سوني", "البنك المركزي المصري"],
    # Round 23's held-out split: 20 queries no earlier split or judged file asked for (another country's health, interior
    # and education ministries and central bank; two of our ministers, a foreign minister abroad, two secretaries-general of
    # Arab bodies; a club abroad whose name is also a paper's and a company's; three armies abroad; an airline and an
    # airport named by their city; an international court; a parliament abroad; a university named by its country; two
    # companies), committed with main's (4bf7c99) rule sizes and its judged sample before any code of the round. Six first
    # picks that main files nothing for (إبراهيم الجعفري, نادي الوداد, الجيش الأردني, طيران الخليج, منظمة اليونيسف, مجلس
    # الأمة الكويتي) gave way to the first of a list written beforehand that file something (its مطار الكويت, طيران الجزيرة,
    # جامعة الإسكندرية and وزارة الصحة الأردنية file nothing) and then, that list spent, to the first two of a second list
    # written before any event was read (its نادي الكويت files nothing).
    "blind23": ["وزارة الصحة الكويتية", "وزارة الداخلية التونسية", "البنك المركزي الصيني", "إبراهيم العساف", "توفيق الربيعة",
                "وليد المعلم", "نبيل العربي", "نادي الجزيرة", "الجيش الباكستاني", "فلاي دبي", "المحكمة الجنائية الدولية",
                "جامعة الكويت", "مطار دبي", "شركة فولكس فاجن", "الكونغرس الأمريكي", "عبداللطيف الزياني", "الجيش الروسي",
                "شركة ياهو", "الجيش الجزائري", "وزارة التربية الكويتية"],
    # Round 24's held-out split: 20 queries no earlier split or judged file asked for (another country's health ministry,
    # foreign ministry and two central banks; two of our ministers and a foreign minister abroad; a club abroad whose name
    # is also a given name, and one that shares a Saudi club's name; three armies abroad; an airline named by its country;
    # two airports named by their city; a parliament abroad; a university abroad; three companies), committed with main's
    # (614178c) rule sizes and its judged sample before any code of the round. Four first picks that main files nothing for
    # (وزارة الداخلية الأردنية, إياد مدني, محكمة العدل الدولية, رياض المالكي) gave way to the first four of a list written
    # beforehand, all four of which file something, before any event was read.
    "blind24": ["وزارة الصحة العراقية", "البنك المركزي التركي", "بندر حجار", "ماجد القصبي", "خالد العطية", "نادي الريان",
                "نادي الأهلي المصري", "الجيش الإيراني", "الجيش الفرنسي", "الخطوط الجوية البريطانية", "مطار صنعاء",
                "البرلمان العراقي", "جامعة أكسفورد", "شركة شل", "شركة جنرال موتورز", "وزارة الخارجية السودانية",
                "البنك المركزي اليمني", "مطار عدن", "الجيش التونسي", "شركة أمازون"],
    # Round 25's held-out split: 20 queries no earlier split or judged file asked for (another country's central bank,
    # foreign ministry and defence ministry; two of our ministers and a foreign minister abroad; two clubs abroad, one
    # whose name is also a security force's; three armies abroad; an airline named by its country; an airport named by
    # its city and one by its own name; two parliaments abroad; three companies, one a car maker's name written on cars),
    # committed with main's (a455f05) rule sizes and its judged sample before any code of the round. Six first picks that
    # main files nothing for (وزارة الصحة اللبنانية, وزارة الداخلية اللبنانية, الجيش السوداني, جامعة دمشق, البنك المركزي
    # الأردني, خالد العرج) gave way to the first six of a list written beforehand that file something (its جامعة ستانفورد
    # files nothing), before any event was read.
    "blind25": ["البنك المركزي الروسي", "وليد الصمعاني", "عبدالله المقبل", "مولود جاويش أوغلو", "نادي الغرافة", "نادي لخويا",
                "الجيش النيجيري", "الجيش الأفغاني", "الخطوط الجوية اليمنية", "مطار بيروت", "البرلمان المصري", "شركة إيرباص",
                "شركة فورد", "وزارة الخارجية العراقية", "شركة إنتل", "الجيش الأوكراني", "مطار هيثرو", "وزارة الدفاع التركية",
                "البرلمان اليوناني", "عبدالرحمن الفضلي"],
    # Round 26's held-out split: 20 queries no earlier split or judged file asked for (another country's foreign ministry
    # and two defence ministries; a governor and a minister of ours and a foreign minister abroad; three clubs abroad, two
    # that share a Saudi club's name; two armies abroad; an airline named by its country; an airport named after a person
    # and one by its city; two parliaments abroad; three companies), committed with main's (8521042) rule sizes and its
    # judged sample before any code of the round. Five first picks that main files nothing for (البنك المركزي الياباني,
    # عبدالله بن زايد, الجيش الصومالي, الجيش البريطاني, البرلمان الليبي) gave way to the first five of a list written
    # beforehand that file something (its الجيش الكيني, شركة أديداس, مطار الدوحة, البنك المركزي الإماراتي and جامعة
    # كامبريدج file nothing), before any event was read.
    "blind26": ["وزارة الخارجية الصينية", "وزارة الدفاع البريطانية", "فهد المبارك", "صالح آل الشيخ", "نادي القادسية الكويتي",
                "نادي الأهلي الإماراتي", "الجيش الهندي", "الخطوط الجوية الماليزية", "مطار أتاتورك", "مطار بغداد",
                "البرلمان البريطاني", "شركة هيونداي", "شركة سيمنس", "شركة نوكيا", "وزارة الدفاع العراقية", "جبران باسيل",
                "البرلمان الإيراني", "نادي النصر الإماراتي", "وزارة الخارجية السورية", "الجيش الصيني"],
    # Round 27's held-out split: 20 queries no earlier split or judged file asked for (two foreign ministries abroad and
    # a defence ministry; two parliaments abroad; two clubs abroad, one sharing a Saudi club's name; three men of ours, two
    # of them named by a given name and a family word; two airports named after a person and one by its city; an army
    # abroad; five companies, one named by a short foreign word), committed with main's (2e85af1) rule sizes and its
    # judged sample before any code of the round. Twelve first picks that main files nothing for (وزارة الدفاع الفرنسية,
    # البرلمان الفرنسي, نادي الهلال السوداني, نادي الشباب الإماراتي, سليمان الحمدان, أحمد الخطيب, مطار شارل ديغول, الجيش
    # الأردني, الخطوط الجوية الفرنسية, الخطوط الجوية الجزائرية, شركة هواوي, البنك المركزي الكويتي) gave way to the first of
    # two lists written beforehand that file something (their محمد العيسى, مطار دمشق, نادي الاتحاد الليبي, شركة بيبسي,
    # مطار الشارقة, وزارة الخارجية الأردنية, نادي الكويت, مطار الكويت and الخطوط الجوية العراقية file nothing), before any
    # event was read.
    "blind27": ["وزارة الخارجية الإيطالية", "البرلمان الألماني", "نادي الوحدة الإماراتي", "ماجد الحقيل", "مطار الملكة علياء",
                "الجيش السوري", "شركة أرامكو", "وزارة الخارجية الإسبانية", "شركة كيا", "مطار الملك عبدالله", "شركة نستله",
                "عبدالله الربيعة", "البرلمان التونسي", "شركة سابك", "وزارة الدفاع الإيرانية", "نادي برشلونة", "عبدالعزيز الخضيري",
                "وزارة الخارجية المغربية", "شركة موبايلي", "مطار أبها"],
    # Round 28's held-out split: 20 queries no earlier split or judged file asked for (three foreign ministries abroad; three clubs
    # abroad, one sharing a Saudi club's name and one named by the word for an army; two men of ours named by a given name and a family
    # word; three airports, one named after a person and two by their region or city; two armies abroad; four companies, two of ours
    # named by a short name, one abroad by its initials and one by its country; a central bank abroad; two bodies of ours), committed
    # with main's (7992d17) rule sizes and its judged sample before any code of the round. First picks that main files nothing for
    # (وزارة الخارجية الكويتية, وزارة الدفاع المصرية, البرلمان الأردني, البرلمان اللبناني, نادي الشارقة, خالد العرج, عبدالرحمن السديس,
    # مطار الطائف, الجيش السوداني, شركة مرسيدس, وزارة الصحة الأردنية, الخطوط الملكية الأردنية) gave way to the first of three lists
    # written beforehand that file something (each list written before any event was read; their البرلمان الروسي, نادي الوداد المغربي,
    # شركة تسلا, وزارة الداخلية اللبنانية, فيصل بن معمر, مطار الأمير عبدالمحسن, شركة لينوفو, البنك المركزي القطري, نادي الاتحاد المصري,
    # شركة هوندا, وزارة الداخلية الأردنية, الجيش الإماراتي, مطار حائل, وزارة الخارجية الليبية, البرلمان الكويتي, شركة أوريدو, مجلس الأمة
    # الكويتي, بنك سامبا, شركة التصنيع الوطنية file nothing).
    "blind28": ["وزارة الخارجية الباكستانية", "نادي الأهلي القطري", "نادي الترجي التونسي", "سليمان أبا الخيل", "مطار الأمير نايف",
                "الجيش الكويتي", "شركة سافكو", "شركة ينساب", "وزارة الخارجية العمانية", "محمد الجاسر", "مطار الجوف",
                "الجيش البحريني", "نادي الجيش القطري", "شركة بي إم دبليو", "وزارة الخارجية البحرينية", "البنك المركزي البريطاني",
                "شركة الاتصالات الكويتية", "الديوان الملكي", "هيئة تقويم التعليم", "مطار المدينة المنورة"],
    # Round 29's held-out split: 20 queries no earlier split or judged file asked for (two foreign ministries, ours and
    # Lebanon's; two clubs abroad; two men of ours named "آل الشيخ"; two airports of our regions; four armies, ours and three
    # abroad; five companies, four of ours by a short name and one abroad; a central bank abroad named "بنك … المركزي";
    # two bodies of ours), committed with main's (1019ea0) rule sizes and its judged sample before any code of the round.
    # Candidates main files nothing for (وزارة الخارجية الأردنية, نادي الوحدات الأردني, سليمان الحمدان, مطار تبوك, الجيش
    # الأردني, شركة هواوي, البنك المركزي الياباني, هيئة الرقابة والتحقيق, نادي الكويت الكويتي, مطار جازان, الجيش المغربي,
    # وزارة الخارجية الجزائرية, نادي الشباب الإماراتي, بندر العيبان, شركة سبكيم, مطار الكويت, الهيئة العامة للاستثمار,
    # البنك المركزي الهندي, شركة توتال, مطار نجران, مصلحة الزكاة والدخل, وزارة الخارجية الأسترالية, مطار ينبع, وزارة
    # الخارجية التونسية, نادي السالمية الكويتي, مطار الدوحة, شركة بيبسي, البنك المركزي السوري, المؤسسة العامة للموانئ,
    # وزارة الخارجية الهندية, نادي الهلال السوداني, مطار القريات, نادي قطر القطري, نادي الوكرة) gave way to the next of the
    # two lists written beforehand (each before any event was read).
    "blind29": ["وزارة الخارجية اللبنانية", "عبداللطيف آل الشيخ", "شركة بترورابغ", "بنك الكويت المركزي", "ديوان المراقبة العامة",
                "مطار الأحساء", "الجيش السعودي", "وزارة الخارجية السعودية", "نادي الإسماعيلي", "عبدالله آل الشيخ",
                "شركة إكسون موبيل", "نادي العربي الكويتي", "الجيش القطري", "شركة بوبا", "هيئة الصحفيين السعوديين",
                "الجيش الإثيوبي", "شركة الدريس", "الجيش الجيبوتي", "شركة كيان", "مطار عرعر"],
    # Round 30's held-out split: 20 queries no earlier split or judged file asked for (three ministries of ours named with
    # "السعودية", bodies every country has; five bodies abroad named with their country: Palestine's foreign ministry, the US
    # justice ministry and House, Greece's finance ministry, France's interior ministry; a regional parliament; a central bank
    # abroad; an airport and an army abroad; four companies, three of ours and one abroad; a commission of ours; two players
    # of ours; a university of ours), committed with main's
    # (6c8b8ee) rule sizes and its judged sample before any code of the round. A list of 50 candidates was written before
    # any run; 18 of them were dropped unrun, as some split or judged file had asked for them or for the same body (الحرس
    # الثوري الإيراني, الدفاع المدني, خالد الفالح, عادل فقيه, عزام الدخيل, تركي الفيصل, الأمير الوليد بن طلال, محمد جواد
    # ظريف, سيرجي لافروف, أليكسيس تسيبراس, طيران الإمارات, مجلس الاحتياطي الفيدرالي, هيئة الهلال الأحمر السعودي, نادي
    # باريس سان جيرمان, نادي مانشستر يونايتد, شركة دار الأركان, شركة طيران ناس, مجلس الشورى السعودي); of the other 32, those
    # main files nothing for (البنك المركزي الأردني, نادي المريخ السوداني, نادي الرفاع البحريني, مطار القصيم, مطار أربيل, الجيش
    # الوطني الليبي, شركة المملكة القابضة, شركة جنرال إلكتريك, شركة رينو, شركة ميتسوبيشي, الخطوط الملكية المغربية, مستشفى
    # الملك خالد للعيون, جامعة الملك سعود بن عبدالعزيز للعلوم الصحية) gave way; 19 filed something, and the first of a
    # second list written before any event was read that files something gave the 20th (its وزارة الخارجية الموريتانية
    # files nothing).
    "blind30": ["وزارة الخارجية الفلسطينية", "مطار حمد الدولي", "الجيش التشادي", "شركة الكهرباء السعودية", "شركة أكوا باور",
                "شركة اتحاد اتصالات", "شركة لوكهيد مارتن", "وزارة الداخلية السعودية", "وزارة الدفاع السعودية",
                "وزارة الصحة السعودية", "وزارة العدل الأمريكية", "وزارة المالية اليونانية", "البرلمان العربي",
                "مجلس النواب الأمريكي", "البنك المركزي اليوناني", "الهيئة العليا لتطوير مدينة الرياض", "ياسر القحطاني",
                "محمد نور", "جامعة الأمير سلطان", "وزارة الداخلية الفرنسية"],
    # Round 31's held-out split: 20 queries no earlier split or judged file asked for, nor for the same body (two interior
    # ministries abroad, Turkey's and Libya's; three police commands of our regions; two Red Crescent societies of the Gulf;
    # two airports, ours and one abroad; a railway company of ours; a prince and a club's president of ours named with "بن";
    # eight footballers of ours, two of them of one family name), committed with main's (b389530) rule sizes and its judged
    # sample before any code of the round. Two lists were written before any run (70 and 50 names); those asked before
    # (50 of the first, 19 of the second) or for the same body were dropped unrun (وزارة التجارة والصناعة, مطار الملك خالد
    # الدولي, مطار الملك فهد الدولي, شركة آبل, أمانة منطقة الرياض, أمانة محافظة جدة, المؤسسة العامة لتحلية المياه المالحة,
    # شركة الاتحاد للطيران, شركة بوينج, شركة أرامكو السعودية, شركة الراجحي, مطار الكويت الدولي); of the rest, in the
    # lists' order, the first 20 that main's rules file something for were taken. Those that file nothing (وزارة الخارجية الكويتية, أسامة
    # هوساوي, وزارة الخارجية الجزائرية, وزارة الداخلية الأردنية, وزارة الداخلية اللبنانية, وزارة الصحة الأردنية, وزارة
    # الصحة الفلسطينية, وزارة المالية الكويتية, وزارة الدفاع الإماراتية, وزارة الدفاع الكويتية, شرطة دبي, الدفاع المدني
    # الكويتي, مطار الشارقة) gave way.
    "blind31": ["وزارة الداخلية التركية", "ناصر الشمراني", "عمر هوساوي", "تيسير الجاسم", "سعود كريري", "وليد عبدالله",
                "فيصل بن تركي", "بندر بن سلطان", "شرطة منطقة مكة المكرمة", "شرطة منطقة الرياض",
                "شركة الخطوط الحديدية السعودية", "وزارة الداخلية الليبية", "شرطة المنطقة الشرقية", "الهلال الأحمر الكويتي",
                "الهلال الأحمر القطري", "مطار أبوظبي", "مطار بيشة", "محمد الشلهوب", "عبدالله الزوري", "ياسر المسيليم"],
    # Round 32's held-out split: 20 queries no earlier split or judged file asked for, nor for the same body (six police
    # commands of our regions; four Red Crescent societies abroad, the Emirati, Egyptian, Palestinian and Turkish; ten
    # footballers of ours), committed with main's (e0af6a4) rule sizes and its judged sample before any code of the round.
    # Two lists were written before any run (60 and 20 names: `notes/r32/timeline38_files/`); those asked before, or for
    # the same body, were dropped unrun (19 and 17 of them, among them وزارة الداخلية الكويتية, مطار دبي الدولي, شركة زين
    # السعودية, الهيئة العامة للطيران المدني); of the rest, in the lists' order, the first 20 that main's rules file
    # something for were taken. Those that file nothing (الهلال الأحمر البحريني, مطار تبوك, مطار جازان) gave way.
    "blind32": ["شرطة منطقة القصيم", "الهلال الأحمر الإماراتي", "سلمان الفرج", "شرطة منطقة جازان", "الهلال الأحمر المصري",
                "فهد المولد", "شرطة منطقة المدينة المنورة", "مختار فلاتة", "شرطة منطقة عسير", "محمد السهلاوي",
                "يحيى الشهري", "شرطة منطقة تبوك", "الهلال الأحمر الفلسطيني", "نواف العابد", "شرطة منطقة حائل",
                "سالم الدوسري", "الهلال الأحمر التركي", "عبدالله عطيف", "شرطة منطقة نجران", "حسين عبدالغني"],
    # Round 33's held-out split: 20 queries no earlier split or judged file asked for, nor for the same body (eight
    # municipalities and eight emirates of our regions, the general traffic directorate; Egypt's prime minister, a Syrian
    # ex-premier, a footballer), committed with main's (23bdd20) rule sizes and its judged sample before any code of the
    # round. Two lists were written before any run (40 and 10 names: `notes/r33/timeline39_files/`); those asked before
    # (12 and 1), or for the same body under another name (سوق عكاظ, هيئة الهلال الأحمر, محمد بن راشد), were dropped
    # unrun; of the rest, in the lists' order, the first 20 that main's rules file something for were taken (the second
    # list was not reached). Those that file nothing (سعد الحريري, قاسم سليماني, عبدالله بن زايد, هادي العامري, الإدارة
    # العامة للمخدرات) gave way.
    "blind33": ["أمانة منطقة القصيم", "إمارة منطقة عسير", "أمانة منطقة عسير", "إمارة منطقة جازان",
                "الإدارة العامة للمرور", "أمانة منطقة جازان", "إمارة منطقة الرياض", "أمانة منطقة تبوك",
                "إمارة منطقة مكة المكرمة", "أمانة منطقة حائل", "إبراهيم محلب", "إمارة المنطقة الشرقية",
                "أمانة منطقة المدينة المنورة", "إمارة منطقة القصيم", "أمانة منطقة نجران", "إمارة منطقة تبوك",
                "أمانة منطقة الجوف", "رياض حجاب", "إمارة منطقة حائل", "عمر السومة"],
    # Round 34's held-out split: 20 queries no earlier split or judged file asked for, nor for the same body (regional
    # branches of national bodies: four civil defence, three education, three health affairs and two passports
    # directorates, two police commands; an emirate and a municipality of a region; a governorate's municipality named
    # "أمانة" and two named "بلدية"; the prisons directorate; the Grand Mosque's presidency; a second-division club),
    # committed with main's (490a4e5) rule sizes and its judged sample before any code of the round. Four lists were
    # written before any run (40, 10, 40 and 20 names: `notes/r34/timeline40_files/`); those asked before (36, 8, 17 and
    # 1), or for the same body under another name (جامعة الإمام محمد بن سعود الإسلامية), or run as last round's dev probe
    # (إمارة منطقة الباحة), were dropped unrun; of the rest, in the lists' order, the first 20 that main's rules file
    # something for were taken. Those that file nothing (شركة جرير, نادي الشعلة, الأمير عبدالله بن بندر, الأمير منصور بن
    # مقرن, صحة منطقة جازان, الأمير سعود بن خالد الفيصل, أمانة محافظة حفر الباطن, الأمير أحمد بن فهد, شرطة منطقة الجوف,
    # الأمير فهد بن بدر, الأمير جلوي بن مساعد, شركة سابتكو, الأمير محمد بن عبدالعزيز بن محمد) gave way.
    "blind34": ["شرطة منطقة الباحة", "إمارة منطقة الحدود الشمالية", "أمانة منطقة الحدود الشمالية", "المديرية العامة للسجون",
                "الدفاع المدني بمنطقة جازان", "أمانة محافظة الأحساء", "تعليم منطقة الرياض", "جوازات منطقة مكة المكرمة",
                "الشؤون الصحية بمنطقة عسير", "بلدية محافظة القطيف", "الرئاسة العامة لشؤون المسجد الحرام",
                "تعليم منطقة جازان", "شرطة منطقة الحدود الشمالية", "نادي الكوكب", "الدفاع المدني بمنطقة عسير",
                "جوازات منطقة الرياض", "تعليم منطقة مكة المكرمة", "الشؤون الصحية بمنطقة جازان", "بلدية محافظة الخبر",
                "الدفاع المدني بمنطقة نجران"],
    # Round 35's held-out split: 20 queries no earlier split or judged file asked for, nor for the same body (regional
    # branches of national bodies again: four civil defence, four education, four health affairs and three passports
    # directorates, a region's Red Crescent branch; three governorates' municipalities named "بلدية"), committed with
    # main's (86f6ea1) rule sizes and its judged sample before any code of the round. One list of 40 was written before
    # any run (`notes/r35/timeline41_files/blind35_candidates.txt`); those asked before (seven: six regions' police, a
    # club), or for the same body under another name (أمانة محافظة جدة, بلدية محافظة الطائف) or the same name
    # (مستشفى الملك فهد بجازان), were dropped unrun; of the rest, in the list's order, the first 20 that main's rules file
    # something for were taken (بلدية محافظة الجبيل filed nothing and gave way).
    "blind35": ["تعليم منطقة القصيم", "الشؤون الصحية بمنطقة القصيم", "جوازات منطقة جازان",
                "هيئة الهلال الأحمر بمنطقة الرياض", "الدفاع المدني بمنطقة مكة المكرمة", "تعليم منطقة عسير",
                "الشؤون الصحية بمنطقة الرياض", "بلدية محافظة صبيا", "الدفاع المدني بمنطقة تبوك",
                "جوازات المنطقة الشرقية", "تعليم المنطقة الشرقية", "الشؤون الصحية بمنطقة نجران",
                "بلدية محافظة الزلفي", "الدفاع المدني بالمنطقة الشرقية", "تعليم منطقة تبوك",
                "الشؤون الصحية بمنطقة الجوف", "جوازات منطقة القصيم", "بلدية محافظة خميس مشيط",
                "الدفاع المدني بمنطقة الرياض", "تعليم منطقة المدينة المنورة"],
    # Round 36's held-out split: 20 queries no earlier split or judged file asked for, nor for the same body (regional
    # branches of national bodies again: five civil defence, three education, four health affairs and two passports
    # directorates, two Red Crescent branches, three regions' traffic directorates; three governorates' municipalities
    # named "بلدية"), committed with main's (8329f12) rule sizes and its judged sample before any code of the round. One
    # list of 40 was written before any run (`notes/r36/timeline42_files/blind36_candidates.txt`), none of it asked
    # before; in the list's order, the first 20 that main's rules file something for were taken (الشؤون الصحية بمنطقة
    # تبوك and جوازات منطقة المدينة المنورة filed nothing and gave way).
    "blind36": ["الشؤون الصحية بمنطقة الباحة", "مرور منطقة مكة المكرمة", "بلدية محافظة بيشة", "الدفاع المدني بمنطقة القصيم",
                "تعليم منطقة حائل", "الدفاع المدني بمنطقة المدينة المنورة", "هيئة الهلال الأحمر بمنطقة مكة المكرمة",
                "جوازات منطقة عسير", "تعليم منطقة نجران", "الشؤون الصحية بمنطقة المدينة المنورة", "بلدية محافظة عنيزة",
                "الدفاع المدني بمنطقة حائل", "مرور منطقة الرياض", "تعليم منطقة الباحة", "جوازات منطقة تبوك",
                "الشؤون الصحية بمنطقة حائل", "هيئة الهلال الأحمر بالمنطقة الشرقية", "بلدية محافظة الرس",
                "الدفاع المدني بمنطقة الجوف", "مرور المنطقة الشرقية"],
    # Round 37's held-out split: 20 queries no earlier split or judged file asked for, nor for the same body (regional
    # branches of national bodies again: eight Red Crescent branches, seven regions' traffic directorates, two health
    # affairs, two passports, one civil defence and one education directorate; a governorate's municipality named
    # "بلدية"), committed with main's (17a5dee) rule sizes and its judged sample before any code of the round. One list
    # of 40 was written before any run (`notes/r37/timeline43_files/blind37_candidates.txt`), none of it asked before; in
    # the list's order, the first 20 that main's rules file something for were taken (بلدية محافظة الخرج, جوازات منطقة
    # نجران, بلدية محافظة المجمعة, الدفاع المدني بمنطقة الحدود الشمالية, تعليم منطقة الحدود الشمالية, جوازات منطقة الجوف,
    # بلدية محافظة القنفذة, بلدية محافظة ينبع, الشؤون الصحية بمنطقة الحدود الشمالية, بلدية محافظة الدوادمي, مرور منطقة
    # حائل, جوازات منطقة الحدود الشمالية, بلدية محافظة شرورة and مرور منطقة نجران filed nothing and gave way).
    "blind37": ["مرور منطقة القصيم", "هيئة الهلال الأحمر بمنطقة المدينة المنورة", "الشؤون الصحية بمنطقة مكة المكرمة",
                "جوازات منطقة حائل", "الدفاع المدني بمنطقة الباحة", "تعليم منطقة الجوف", "مرور منطقة عسير",
                "هيئة الهلال الأحمر بمنطقة القصيم", "الشؤون الصحية بالمنطقة الشرقية", "مرور منطقة المدينة المنورة",
                "هيئة الهلال الأحمر بمنطقة عسير", "مرور منطقة جازان", "هيئة الهلال الأحمر بمنطقة جازان", "جوازات منطقة الباحة",
                "مرور منطقة تبوك", "هيئة الهلال الأحمر بمنطقة تبوك", "هيئة الهلال الأحمر بمنطقة حائل",
                "هيئة الهلال الأحمر بمنطقة نجران", "بلدية محافظة محايل عسير", "مرور منطقة الباحة"],
    # Round 38's held-out split: 19 queries no earlier split or judged file asked for, nor for the same body: a governorate's
    # branches of national bodies this time (civil defence, police, health affairs, Red Crescent, traffic, education and a
    # municipality of Jeddah, Taif, al-Ahsa, Hafr al-Batin and al-Jamoum), two regions' Red Crescent branches left untried,
    # and four national bodies (a fund, a bank, a standards body, the fatwa presidency), committed with main's (1b2de34) rule
    # sizes and its judged sample before any code of the round. One list of 40 was written before any run
    # (`notes/r38/timeline44_files/blind38_candidates.txt`), none of it asked before; in the list's order every one that main's
    # rules file something for was taken: only 19 of the 40 did (the other 21 gave way).
    "blind38": ["الدفاع المدني بمحافظة جدة", "الشؤون الصحية بمحافظة الأحساء", "شرطة محافظة جدة", "صندوق تنمية الموارد البشرية",
                "الشؤون الصحية بمحافظة الطائف", "بنك التسليف والادخار", "هيئة الهلال الأحمر بمنطقة الباحة", "شرطة محافظة الطائف",
                "الشؤون الصحية بمحافظة جدة", "هيئة الهلال الأحمر بمحافظة جدة", "هيئة الهلال الأحمر بمنطقة الحدود الشمالية",
                "الدفاع المدني بمحافظة الطائف", "الهيئة السعودية للمواصفات والمقاييس والجودة",
                "الرئاسة العامة للبحوث العلمية والإفتاء", "مرور محافظة الأحساء", "الشؤون الصحية بمحافظة حفر الباطن",
                "شرطة محافظة حفر الباطن", "بلدية محافظة الجموم", "تعليم محافظة جدة"],
    # Round 39's held-out split: 16 queries no earlier split or judged file asked for, nor for the same body: four regions'
    # emirates, a governorate's civil defence, education, traffic, Red Crescent and police branches (al-Kharj,
    # Taif, al-Ahsa, al-Laith), a region's municipality and border guard, two regions' chambers of commerce, and three national
    # bodies (a water company, the grain silos body, the dialogue centre), committed with main's (826443f) rule sizes and its
    # judged sample before any code of the round. One list of 40 was written before any run
    # (`notes/r39/timeline45_files/blind39_candidates.txt`), none of it asked before nor in blind38's list; in the list's order
    # every one that main's rules file something for was taken: only 16 of the 40 did (the other 24 gave way).
    "blind39": ["الدفاع المدني بمحافظة الخرج", "إمارة منطقة المدينة المنورة", "غرفة الرياض", "شركة المياه الوطنية",
                "تعليم محافظة الطائف", "أمانة منطقة الباحة", "مرور محافظة الطائف", "إمارة منطقة نجران",
                "المؤسسة العامة لصوامع الغلال ومطاحن الدقيق", "إمارة منطقة الباحة", "هيئة الهلال الأحمر بمحافظة الأحساء",
                "حرس الحدود بمنطقة جازان", "غرفة مكة المكرمة", "مركز الملك عبدالعزيز للحوار الوطني", "شرطة محافظة الليث",
                "إمارة منطقة الجوف"],
    # Round 40's held-out split: 16 queries no earlier split or judged file asked for, nor any earlier candidates' list: seven
    # chambers of commerce named by their city or region, three literary clubs named by their city, a governorate's education
    # office twice, and four national bodies (an agricultural fund, the power regulator, the health insurance council, a public
    # library), committed with main's (62dc00a) rule sizes and its judged sample before any code of the round. One list of 40
    # was written before any run (`notes/r40/timeline46_files/blind40_candidates.txt`); in the list's order, the first 16 that
    # main's rules file something for were taken (the cap set before the run; 17 of the 40 did).
    "blind40": ["غرفة أبها", "نادي جدة الأدبي", "غرفة القصيم", "صندوق التنمية الزراعية", "غرفة المدينة المنورة", "تعليم محافظة ينبع",
                "غرفة الأحساء", "نادي أبها الأدبي", "هيئة تنظيم الكهرباء والإنتاج المزدوج", "غرفة تبوك", "مجلس الضمان الصحي التعاوني",
                "تعليم محافظة حفر الباطن", "غرفة جازان", "نادي الرياض الأدبي", "غرفة حائل", "مكتبة الملك عبدالعزيز العامة"],
    # Round 41's held-out split: 32 queries no earlier split or judged file asked for, nor any earlier candidates' list, of
    # kinds other than the regional bodies of blind37-blind40: people in the news (a coach, three footballers, a federation's
    # chief, a Palestinian leader, a president, a fund's head, a UK party candidate, a Jordanian prince, a Korean leader),
    # disasters (wildfires, a heat wave, an airliner), economy (currencies, stock exchanges, an index, iron and cement
    # prices), courts (an Egyptian criminal court, a prosecutor, a judicial council, two Jeddah courts) and sport (a European
    # cup, two national teams, a tennis championship). One list of 51 was written before any run
    # (`notes/r41/timeline47_files/blind41_candidates.txt`); every one that main's (7ba1f17) rules file something for was
    # taken (32 of the 51; no cap).
    "blind41": ["كريستيانو رونالدو", "الليرة التركية", "محكمة جنايات القاهرة", "ليونيل ميسي", "خالد مشعل", "جوزيه مورينيو",
                "البورصة المصرية", "النائب العام المصري", "كريستين لاغارد", "الطائرة الإندونيسية", "ميشيل بلاتيني",
                "الروبل الروسي", "المجلس الأعلى للقضاء", "حرائق كاليفورنيا", "مؤشر داو جونز", "المحكمة العامة بجدة",
                "الأمير علي بن الحسين", "سوق الكويت للأوراق المالية", "أشرف غني", "موجة الحر", "إيكر كاسياس", "أسعار الحديد",
                "جيريمي كوربن", "بطولة ويمبلدون", "سوق أبوظبي للأوراق المالية", "المحكمة الجزائية بجدة", "كيم جونغ أون",
                "الريال اليمني", "كأس السوبر الأوروبي", "أسعار الأسمنت", "المنتخب الأولمبي السعودي", "منتخب الإمارات"],
    # Round 42's held-out split: 20 queries no earlier split or judged file asked for, of kinds none asked for (bodies,
    # people of politics and sport, companies, wars, courts, currencies, markets and prices were): artists (two actors, a
    # singer), economic indicators (inflation, unemployment, output), kinds of crime (drug smuggling, money laundering,
    # trafficking in persons), technology (a computer system, a phone), a world event of the weeks (a bombing), a calendar
    # occasion and seasons (the holiday, the new school year, the summer break), a disease, space (a planet, an agency), an
    # animal and a labour regulation. One list of 40 was written before any run
    # (`notes/r42/timeline48_files/blind42_candidates.txt`); in the list's order, the first 20 that main's (8422118) rules
    # file something for were taken (the cap of 20 set before the run; 30 of the 40 file something).
    "blind42": ["عمر الشريف", "معدل التضخم", "تهريب المخدرات", "ويندوز 10", "تفجير بانكوك", "عيد الفطر", "الإيبولا", "كوكب بلوتو",
                "نور الشريف", "معدل البطالة", "غسل الأموال", "هاتف آيفون", "العام الدراسي الجديد", "وكالة ناسا", "محمد عبده",
                "الناتج المحلي الإجمالي", "الاتجار بالبشر", "الأسد سيسل", "نظام العمل الجديد", "الإجازة الصيفية"],
    # Round 43's held-out split: 20 queries no earlier split or judged file asked for, of kinds none asked for: a heritage
    # site, a financial instrument, sports other than football (swimming, motor racing, camel racing), social issues
    # (divorce, begging, women driving), a religious office, blood donation, residency violators, weapons (a missile, a
    # jet), a crop, a storm, a habit (smoking), an exam, a television channel, a shipwreck and producing families. One list
    # of 40 was written before any run (`notes/r43/timeline49_files/blind43_candidates.txt`); in the list's order, the
    # first 20 that main's (ae2003c) rules file something for were taken (the cap of 20 set before the run; 33 of the 40
    # file something).
    "blind43": ["مدينة تدمر", "السندات الحكومية", "بطولة العالم للسباحة", "الطلاق", "مفتي عام المملكة", "التبرع بالدم",
                "مخالفي نظام الإقامة", "سباق الهجن", "صواريخ سكود", "محصول القمح", "إعصار سوديلور", "قيادة المرأة للسيارة",
                "التدخين", "التسول", "سباق الفورمولا 1", "اختبار القدرات", "قناة الجزيرة", "طائرات إف 16", "غرق السفينة",
                "الأسر المنتجة"],
    # Round 44's held-out split: 30 queries no earlier split or judged file asked for, of kinds none asked for: summer
    # hazards, pardons, welfare, trade enforcement, chronic illness, pests, antiquities, fisheries, book fairs, energy
    # sources, quakes, road accidents, tourism, retirees, orphans, autism, sports of other kinds (basketball, horse racing,
    # falcons), an eclipse, umrah pilgrims, the Friday sermon, dust storms, harassment, group weddings, addiction, hacking,
    # visas, suicide, rumours, Quran contests and school transport. One list of 50 was written before any run
    # (`notes/r44/timeline50_files/blind44_candidates.txt`); in the list's order, the first 30 that main's (8382cfb) rules
    # file something for were taken (the cap of 30 set before the run, larger than blind43's 20 so that more shown events
    # are judged).
    "blind44": ["العفو الملكي", "الضمان الاجتماعي", "مرض السكري", "الجراد", "الاكتشافات الأثرية", "الثروة السمكية", "معرض الكتاب",
                "الطاقة الشمسية", "الزلازل", "حوادث المرور", "السياحة الداخلية", "المتقاعدين", "الأيتام", "التوحد", "كرة السلة",
                "سباقات الخيل", "الصقور", "كسوف الشمس", "المعتمرين", "خطبة الجمعة", "العواصف الترابية", "التحرش", "الزواج الجماعي",
                "الإدمان", "الاختراق الإلكتروني", "التأشيرات", "الانتحار", "الشائعات", "مسابقة القرآن الكريم", "النقل المدرسي"],
    # Round 45's held-out split: 30 queries no earlier split or judged file asked for, of kinds none asked for: fires,
    # cancer, food poisoning, mosques, museums, cinema, theatre, poets, scouts, volunteering, charities, zakat, hotels,
    # landmines, prisoner swaps, kidnapping, prisoners, camel shows, public parks, beaches, protests, strikes, a
    # constitution, reconciliation, negotiations, sanctions, taxes, privatisation, tennis and golf. One list of 50 was
    # written before any run (`notes/r45/timeline51_files/blind45_candidates.txt`); in the list's order, the first 30 that
    # main's (70a642f) rules file something for were taken (the cap of 30 set before the run, as blind44's).
    "blind45": ["الحرائق", "مرض السرطان", "التسمم الغذائي", "بناء المساجد", "المتاحف", "دور السينما", "العروض المسرحية", "الشعراء",
                "الكشافة", "العمل التطوعي", "الجمعيات الخيرية", "الزكاة", "الفنادق", "الألغام", "تبادل الأسرى", "عمليات الاختطاف",
                "السجناء", "مزاين الإبل", "الحدائق العامة", "الشواطئ", "الاحتجاجات", "الإضراب", "الدستور", "المصالحة الوطنية", "المفاوضات",
                "العقوبات الاقتصادية", "الضرائب", "الخصخصة", "التنس", "الجولف"],
}
# blind3 judges what a timeline shows (not a sample of candidates), at a rate per query fixed by the size of
# main's timeline when the split was judged (b11b336): about BLIND3_SAMPLE events per query, the same events
# whichever code is measured, so a change shows as events leaving the sample (or new ones to judge).
BLIND3_SAMPLE = 8
BLIND3_SHOWN = {"جامعة الملك عبدالعزيز": 7, "جامعة الملك فيصل": 23, "مستشفى الملك فيصل التخصصي": 6,
                "مدينة الملك عبدالعزيز للعلوم والتقنية": 9, "عادل الجبير": 17, "بشار الأسد": 26,
                "عبدربه منصور هادي": 14, "الأمير خالد الفيصل": 12, "أرامكو السعودية": 9, "موبايلي": 27,
                "معارك مأرب": 3, "بوكو حرام": 27, "نادي النصر": 33, "قطار الحرمين": 2,
                "هيئة السياحة والتراث الوطني": 22}
# blind4 the same way: about BLIND4_SAMPLE events per query at a rate fixed by the size of main's timeline at
# 696713f (counted, not read, before any rule of round 5 changed).
BLIND4_SAMPLE = 6
BLIND4_SHOWN = {"وزارة العمل": 15, "وزارة الصحة": 24, "نادي الهلال": 26, "نادي الاتحاد": 28,
                "الأمير محمد بن نايف": 20, "الأمير محمد بن سلمان": 27, "فلاديمير بوتين": 14, "باراك أوباما": 33,
                "عبدالفتاح السيسي": 18, "رجب طيب أردوغان": 16, "سابك": 19, "الاتصالات السعودية": 12, "معارك تعز": 9,
                "جبهة النصرة": 28, "حزب الله": 40, "مجلس الأمن الدولي": 39, "جامعة الدول العربية": 15,
                "مستشفى الملك فهد": 12, "جامعة الملك خالد": 5, "منظمة أوبك": 10, "المنتخب السعودي": 35,
                "الملا عمر": 21, "حزب العمال الكردستاني": 71, "الطائرة الماليزية": 9}
# blind5 the same way, at a rate fixed by the size of main's timelines at 24c5e10 (counted, not read, before any rule
# of round 6 changed).
BLIND5_SAMPLE = 5
BLIND5_SHOWN = {"وزارة التعليم": 6, "وزارة الداخلية": 35, "نادي الأهلي": 23, "نادي الشباب": 19, "الأمير سعود الفيصل": 9,
                "جون كيري": 34, "بنيامين نتنياهو": 12, "علي عبدالله صالح": 18, "حيدر العبادي": 24, "المسجد الأقصى": 29,
                "قطاع غزة": 12, "تنظيم القاعدة": 15, "جامعة أم القرى": 6, "جامعة الإمام محمد بن سعود": 6,
                "مستشفى الملك خالد": 4, "صندوق التنمية العقارية": 10, "مؤسسة النقد العربي السعودي": 26, "حسن روحاني": 11,
                "المهاجرين في أوروبا": 63, "الرئاسة العامة لرعاية الشباب": 28, "حرس الحدود": 31, "هيئة الغذاء والدواء": 9}
# blind6 the same way, at a rate fixed by the size of main's timelines at 24bebb0 (its sample judged on main before any
# rule of round 7 changed).
BLIND6_SAMPLE = 6
BLIND6_SHOWN = {"مجلس التعاون الخليجي": 38, "منظمة الصحة العالمية": 4, "صندوق النقد الدولي": 30, "الحرس الوطني": 8,
                "وزارة التجارة": 7, "نادي الاتفاق": 10, "نادي الفتح": 17, "ريال مدريد": 22, "الأمير فيصل بن بندر": 23,
                "الأمير سلطان بن سلمان": 8, "دونالد ترامب": 2, "هيلاري كلينتون": 6, "ديفيد كاميرون": 14,
                "أبو بكر البغدادي": 8, "الحشد الشعبي": 1, "معارك الرمادي": 1, "جامعة الأميرة نورة": 1,
                "مستشفى الملك عبدالعزيز": 2, "مصرف الراجحي": 2, "شركة المراعي": 2}
# blind7 the same way, at a rate fixed by the size of main's timelines at 103d276 (its sample judged on main before any
# code of round 8 changed; two queries show nothing there: معارك الزبداني, حمى الضنك).
BLIND7_SAMPLE = 4
BLIND7_SHOWN = {"منظمة التعاون الإسلامي": 13, "البنك الدولي": 5, "وزارة العدل": 9, "نادي التعاون": 9, "برشلونة": 38,
                "الأمير سعود بن نايف": 25, "محمود عباس": 12, "بان كي مون": 19, "معارك الزبداني": 0, "قاعدة العند": 29,
                "الشركة السعودية للكهرباء": 8, "البنك الأهلي التجاري": 11, "مطار الملك خالد": 8, "حركة حماس": 6,
                "عائلة دوابشة": 6, "الأسهم الصينية": 11, "حمى الضنك": 0, "وزارة الشؤون الإسلامية": 21}
# blind8 the same way, at a rate fixed by the number of events main's rules file at 210a507 (shown or held back by
# round 8's confidence models: on-topic events of ``build_timeline(near=True)``; main shows 81 of these 178), so the
# sample holds what any cut-off may show; judged before any code of round 9 changed.
BLIND8_SAMPLE = 4
BLIND8_SHOWN = {"الاتحاد الأوروبي": 55, "وزارة المالية": 3, "وزارة النقل": 4, "نادي الرائد": 9,
                "مانشستر يونايتد": 22, "الأمير متعب بن عبدالله": 2, "أنجيلا ميركل": 5, "نوري المالكي": 11,
                "جوزيف بلاتر": 15, "معارك حلب": 0, "جماعة الإخوان المسلمين": 15,
                "جامعة الملك فهد للبترول والمعادن": 0, "مدينة الملك فهد الطبية": 2,
                "هيئة الاتصالات وتقنية المعلومات": 12, "شركة زين": 1, "بنك الرياض": 3, "سوق دبي المالي": 7,
                "أمانة جدة": 4, "هيئة التحقيق والادعاء العام": 7, "مطار الملك فهد": 1}
# blind9 as blind8: a rate fixed by the number of on-topic events main's rules file at 47f1dd5 (shown or held back by
# round 9's models: 288 in all), about BLIND9_SAMPLE per query (70 events judged); before any code of round 10.
BLIND9_SAMPLE = 4
BLIND9_SHOWN = {"وزارة الخارجية": 9, "الأمم المتحدة": 63, "نادي القادسية": 8, "نادي الفيصلي": 2, "تشيلسي": 43,
                "الأمير فيصل بن سلمان": 2, "فرانسوا هولاند": 13, "سيرجي لافروف": 15, "حسن نصر الله": 4,
                "عبدالملك الحوثي": 3, "خالد بحاح": 21, "هيئة السوق المالية": 27,
                "المؤسسة العامة للتأمينات الاجتماعية": 2, "هيئة الطيران المدني": 11, "وزارة الحج": 9, "أمانة الرياض": 7,
                "جامعة الملك عبدالله للعلوم والتقنية": 1, "انفجار تيانجين": 46, "شركة معادن": 0, "مصرف الإنماء": 2}
# blind10 as blind9: a rate fixed by the number of on-topic events main's rules file at 2f2168b (shown or held back by
# round 9's models: 184 in all), about BLIND10_SAMPLE per query (54 events judged); before any code of round 11.
BLIND10_SAMPLE = 4
BLIND10_SHOWN = {"مجلس الوزراء": 28, "وزارة الشؤون الاجتماعية": 14, "وزارة الثقافة والإعلام": 4, "وزارة الزراعة": 1,
                 "وزارة الشؤون البلدية والقروية": 14, "نادي الوحدة": 20, "نادي هجر": 4, "ليفربول": 14,
                 "بايرن ميونيخ": 12, "الأمير تركي الفيصل": 2, "الأمير خالد بن سلمان": 5, "أليكسيس تسيبراس": 6,
                 "ستيفان دي ميستورا": 13, "إسماعيل ولد الشيخ أحمد": 13, "محمد جواد ظريف": 13, "محمد مرسي": 12,
                 "أزمة النفايات في لبنان": 6, "منظمة العفو الدولية": 2, "جامعة القصيم": 0, "ميناء جدة": 1}
# blind11 as blind10: a rate fixed by the number of on-topic events main's rules file at d6a334a (shown or held back by
# round 9's models: 219 in all), about BLIND11_SAMPLE per query (51 events judged); before any code of round 12.
BLIND11_SAMPLE = 4
BLIND11_SHOWN = {"وزارة الدفاع": 3, "وزارة الاقتصاد والتخطيط": 2, "وزارة الخدمة المدنية": 12, "وزارة المياه والكهرباء": 1,
                 "نادي الخليج": 2, "نادي نجران": 2, "أرسنال": 43, "يوفنتوس": 21, "الأمير مقرن بن عبدالعزيز": 45,
                 "الأمير الوليد بن طلال": 0, "مسعود بارزاني": 3, "تمام سلام": 12, "خليفة حفتر": 1, "علي خامنئي": 20,
                 "معارك الحسكة": 2, "سد النهضة": 6, "مترو الرياض": 1, "هيئة حقوق الإنسان": 19, "دوري أبطال آسيا": 21,
                 "الهيئة الملكية للجبيل وينبع": 3}
# blind12 as blind11: a rate fixed by the number of on-topic events main's rules file at e7dbba0 (shown or held back by
# round 9's models: 249 in all), about BLIND12_SAMPLE per query (66 events judged); before any code of round 13.
BLIND12_SAMPLE = 4
BLIND12_SHOWN = {"وزارة الاتصالات وتقنية المعلومات": 14, "وزارة البترول والثروة المعدنية": 3, "الأمن العام": 60,
                 "الرئاسة العامة للأرصاد وحماية البيئة": 11, "نادي الرياض": 16, "نادي الباطن": 0, "باريس سان جيرمان": 23,
                 "الأمير فيصل بن مشعل": 4, "الأمير سعود بن عبدالمحسن": 3, "أحمد داود أوغلو": 23, "الباجي قائد السبسي": 5,
                 "هجوم سوسة": 4, "عملية إعادة الأمل": 8, "الانتخابات التركية": 2, "شركة أبل": 8, "جامعة طيبة": 0,
                 "هيئة كبار العلماء": 11, "ولاية سيناء": 37, "بنك البلاد": 9, "وزارة الداخلية البحرينية": 8}
# blind13 as blind12: a rate fixed by the number of on-topic events main's rules file at 36e5e5e (shown or held back by
# round 9's models: 138 in all), about BLIND13_SAMPLE per query (67 events judged); before any code of round 14.
BLIND13_SAMPLE = 4
BLIND13_SHOWN = {"وزارة الداخلية الكويتية": 6, "المؤسسة العامة لتحلية المياه": 3, "نادي الحزم": 1, "نادي العروبة": 2,
                 "أتلتيكو مدريد": 5, "مانشستر سيتي": 23, "الأمير فيصل بن خالد": 17, "الأمير مشعل بن ماجد": 6,
                 "الملك عبدالله الثاني": 15, "الشيخ تميم بن حمد": 3, "خلية العبدلي": 0, "تفجير سروج": 0,
                 "جيش الفتح": 4, "الجيش السوري الحر": 10, "مجموعة بن لادن": 11, "البنك السعودي الفرنسي": 4,
                 "جامعة جازان": 2, "ديوان المظالم": 6, "الخطوط الجوية القطرية": 17, "المحكمة الجزائية المتخصصة": 3}
# blind14 as blind13: a rate fixed by the number of on-topic events main's rules file at 68d9c5b (shown or held back by
# round 9's models: 145 in all), about BLIND14_SAMPLE per query (66 events judged); before any code of round 15.
BLIND14_SAMPLE = 4
BLIND14_SHOWN = {"دار الأركان": 2, "طيران ناس": 1, "جامعة الباحة": 9, "نادي الطائي": 4, "نادي الزمالك": 1,
                 "إنتر ميلان": 5, "الأمير فهد بن سلطان": 10, "الشيخ صباح الأحمد": 8, "الملك محمد السادس": 3,
                 "عمر البشير": 5, "تحرير عدن": 15, "الاحتياطي الفيدرالي": 4, "جامعة تبوك": 14,
                 "هيئة الإذاعة والتلفزيون": 3, "وزارة الخارجية الأمريكية": 24, "كأس ولي العهد": 15,
                 "المؤسسة العامة للتدريب التقني والمهني": 8, "الأمير محمد بن ناصر": 5, "حركة الشباب": 8,
                 "مدينة الملك عبدالله الاقتصادية": 1}
# blind15 as blind14: a rate fixed by the number of on-topic events main's rules file at e666c2c (shown or held back by
# round 9's models: 153 in all), about BLIND15_SAMPLE per query (64 events judged); before any code of round 16.
BLIND15_SAMPLE = 4
BLIND15_SHOWN = {"صندوق الاستثمارات العامة": 8, "المؤسسة العامة للخطوط الحديدية": 9, "نادي الفيحاء": 4,
                 "بوروسيا دورتموند": 3, "حركة طالبان": 30, "وزارة الدفاع الأمريكية": 20, "شركة البحري": 13,
                 "شركة مايكروسوفت": 6, "نواز شريف": 3, "الشيخ محمد بن زايد": 8, "بنك الجزيرة": 2, "معارك الفلوجة": 1,
                 "الخطوط الجوية التركية": 3, "بطولة العالم لألعاب القوى": 7, "جامعة حائل": 4,
                 "مكتبة الملك فهد الوطنية": 1, "هيئة المدن الصناعية": 7, "الأمير جلوي بن عبدالعزيز": 4,
                 "وزارة الخارجية الإيرانية": 4, "أمانة المنطقة الشرقية": 16}
# blind16 as blind15: a rate fixed by the number of on-topic events main's rules file at fb83cb5 (shown or held back by
# round 9's models: 177 in all), about BLIND16_SAMPLE per query (63 events judged); before any code of round 17.
BLIND16_SAMPLE = 4
BLIND16_SHOWN = {"الصندوق السعودي للتنمية": 18, "البنك المركزي الأوروبي": 26, "وزارة الخارجية الروسية": 20, "نادي أحد": 7,
                 "توتنهام": 15, "فالنسيا": 3, "أشتون كارتر": 22, "فيديريكا موغيريني": 4, "الأمير عبدالله بن مساعد": 3,
                 "شركة جبل عمر": 2, "البنك العربي الوطني": 5, "مستشفى الحرس الوطني": 7, "مطار الأمير محمد بن عبدالعزيز": 1,
                 "الاستفتاء اليوناني": 8, "الهدنة الإنسانية في اليمن": 19, "شركة إعمار": 9, "يوكيا أمانو": 3,
                 "جامعة نجران": 2, "نبيه بري": 1, "الهيئة السعودية للتخصصات الصحية": 2}
# blind17 as blind16: a rate fixed by the number of on-topic events main's rules file at 447810f (shown or held back by
# round 9's models: 124 in all), about BLIND17_SAMPLE per query (54 events judged); before any code of round 18.
BLIND17_SAMPLE = 4
BLIND17_SHOWN = {"نادي النهضة": 3, "نادي روما": 2, "وزارة الداخلية المصرية": 18, "وزارة الخارجية البريطانية": 3,
                 "الشيخ محمد بن راشد": 4, "الأمير تركي بن عبدالله": 2, "شركة سامسونج": 5, "شركة صافولا": 1,
                 "حزب العدالة والتنمية": 7, "جامعة الطائف": 9, "المديرية العامة للجوازات": 9,
                 "الانتخابات البرلمانية المصرية": 4, "شينزو آبي": 5, "أمانة العاصمة المقدسة": 16,
                 "كأس خادم الحرمين الشريفين": 29, "جو بايدن": 1, "الأمير فيصل بن عبدالله": 1,
                 "المفوضية السامية لشؤون اللاجئين": 2, "مستشفى الملك سعود": 1, "نادي الجيل": 2}
# blind18 as blind17: a rate fixed by the number of on-topic events main's rules file at ff84960 (shown or held back by
# the shipped models: 158 in all), about BLIND18_SAMPLE per query (68 events judged); before any code of round 19.
BLIND18_SAMPLE = 4
BLIND18_SHOWN = {"نادي العين": 15, "نادي الأنصار": 3, "نابولي": 4, "وزارة الخارجية الفرنسية": 10,
                 "الأمير مشاري بن سعود": 2, "شي جين بينغ": 1, "لوران فابيوس": 7, "شركة تويتر": 16,
                 "البنك السعودي البريطاني": 4, "مجلس الغرف السعودية": 12, "مصلحة الجمارك": 11, "جامعة الجوف": 2,
                 "جامعة الأزهر": 1, "مستشفى قوى الأمن": 3, "دوري عبداللطيف جميل": 28, "مجلس حقوق الإنسان": 18,
                 "وكالة الطاقة الدولية": 2, "الوكالة الدولية للطاقة الذرية": 6, "وزارة الخارجية التركية": 12,
                 "شركة فيسبوك": 1}
# blind19 as blind18: a rate fixed by the number of on-topic events main's rules file at 7f61e9f (177 in all, shown or
# held back), about BLIND19_SAMPLE per query (65 events judged); before any code of round 20.
BLIND19_SAMPLE = 4
BLIND19_SHOWN = {"غرفة جدة": 3, "البنك السعودي للاستثمار": 3, "وزارة الخارجية المصرية": 32, "نادي العربي": 3,
                 "ميلان": 29, "فيليب هاموند": 5, "الجيش التركي": 23, "مستشفى الملك عبدالله": 1, "شركة جوجل": 4,
                 "مجلس النواب الليبي": 10, "جامعة هارفارد": 3, "الانتخابات الرئاسية الأمريكية": 7,
                 "الدوري الإنجليزي الممتاز": 13, "وزارة التربية والتعليم": 7, "الجمعية الوطنية لحقوق الإنسان": 21,
                 "الشيخ خليفة بن زايد": 1, "ميناء الملك عبدالعزيز": 1, "مستشفى الولادة والأطفال": 3, "غرفة الشرقية": 3,
                 "وزارة الخارجية الألمانية": 5}
# blind20 as blind19: a rate fixed by the number of on-topic events main's rules file at 5a36723 (83 in all, shown or
# held back), about BLIND20_SAMPLE per query (53 events judged); before any reading of it.
BLIND20_SAMPLE = 4
BLIND20_SHOWN = {"نادي السد": 20, "بايرن ميونخ": 4, "وزارة الخارجية القطرية": 4, "وزارة الدفاع الروسية": 1,
                 "علي النعيمي": 10, "خالد الفالح": 7, "ميشال عون": 1, "السلطان قابوس": 2, "الأمير منصور بن متعب": 2,
                 "جامعة الدمام": 2, "شركة تويوتا": 2, "طيران الإمارات": 1, "الاتحاد الآسيوي لكرة القدم": 2,
                 "الجيش العراقي": 8, "البرلمان التركي": 4, "جسر الملك فهد": 1, "منظمة هيومن رايتس ووتش": 7,
                 "جامعة المجمعة": 3, "شركة بوينغ": 1, "حلف الناتو": 1}
# blind21 as blind20: a rate fixed by the number of on-topic events main's rules file at 7333eca (151 in all, shown or
# held back), about BLIND21_SAMPLE per query (59 events judged); before any reading of it.
BLIND21_SAMPLE = 4
BLIND21_SHOWN = {"وزارة الخارجية الإماراتية": 3, "وزارة الداخلية العراقية": 15, "عادل فقيه": 1, "عزام الدخيل": 12,
                 "ناصر جودة": 1, "سامح شكري": 25, "جامعة الأمير سطام": 8, "شركة أوبر": 1, "الاتحاد السعودي لكرة القدم": 23,
                 "الجيش اللبناني": 10, "ميناء الدمام": 1, "منظمة اليونسكو": 4, "الصليب الأحمر": 14, "نادي الرجاء": 2,
                 "وزارة الخارجية اليمنية": 6, "شركة نيسان": 6, "الجيش الليبي": 4, "حزب النور": 1, "الجيش المصري": 6,
                 "الخطوط الجوية الكويتية": 8}
# blind22 as blind21: a rate fixed by the number of on-topic events main's rules file at 6d86cfb (124 in all, shown or
# held back), about BLIND22_SAMPLE per query; before any code of round 22.
BLIND22_SAMPLE = 4
BLIND22_SHOWN = {"وزارة الصحة المصرية": 18, "عادل الطريفي": 1, "مفرج الحقباني": 3, "يوسف بن علوي": 2, "فؤاد معصوم": 2,
                 "مقتدى الصدر": 1, "نادي الوصل": 3, "الجيش اليمني": 18, "الجيش الإسرائيلي": 11, "طيران الاتحاد": 1,
                 "مصر للطيران": 2, "برنامج الأغذية العالمي": 7, "البرلمان الأوروبي": 2, "جامعة القاهرة": 1,
                 "مطار القاهرة": 10, "الجيش الأمريكي": 8, "منظمة الأغذية والزراعة": 1, "وزارة الإعلام الكويتية": 13,
                 "شركة سوني": 2, "البنك المركزي المصري": 18}
# blind23 as blind22: a rate fixed by the number of on-topic events main's rules file at 4bf7c99 (143 in all, shown or
# held back), about BLIND23_SAMPLE per query; before any code of round 23.
BLIND23_SAMPLE = 4
BLIND23_SHOWN = {"وزارة الصحة الكويتية": 16, "وزارة الداخلية التونسية": 8, "البنك المركزي الصيني": 12, "إبراهيم العساف": 2,
                 "توفيق الربيعة": 1, "وليد المعلم": 5, "نبيل العربي": 5, "نادي الجزيرة": 10, "الجيش الباكستاني": 2,
                 "فلاي دبي": 34, "المحكمة الجنائية الدولية": 25, "جامعة الكويت": 1, "مطار دبي": 2, "شركة فولكس فاجن": 2,
                 "الكونغرس الأمريكي": 1, "عبداللطيف الزياني": 4, "الجيش الروسي": 8, "شركة ياهو": 2, "الجيش الجزائري": 2,
                 "وزارة التربية الكويتية": 1}
# blind24 as blind23: a rate fixed by the number of on-topic events main's rules file at 614178c (135 in all, shown or
# held back), about BLIND24_SAMPLE per query; before any code of round 24.
BLIND24_SAMPLE = 4
BLIND24_SHOWN = {"وزارة الصحة العراقية": 16, "البنك المركزي التركي": 10, "بندر حجار": 1, "ماجد القصبي": 1, "خالد العطية": 3,
                 "نادي الريان": 6, "نادي الأهلي المصري": 18, "الجيش الإيراني": 8, "الجيش الفرنسي": 5,
                 "الخطوط الجوية البريطانية": 3, "مطار صنعاء": 4, "البرلمان العراقي": 4, "جامعة أكسفورد": 1, "شركة شل": 1,
                 "شركة جنرال موتورز": 1, "وزارة الخارجية السودانية": 4, "البنك المركزي اليمني": 8, "مطار عدن": 38,
                 "الجيش التونسي": 1, "شركة أمازون": 2}
# blind25 as blind24: a rate fixed by the number of on-topic events main's rules file at a455f05 (113 in all, shown or
# held back), about BLIND25_SAMPLE per query; before any code of round 25.
BLIND25_SAMPLE = 4
BLIND25_SHOWN = {"البنك المركزي الروسي": 7, "وليد الصمعاني": 5, "عبدالله المقبل": 11, "مولود جاويش أوغلو": 2, "نادي الغرافة": 3,
                 "نادي لخويا": 7, "الجيش النيجيري": 6, "الجيش الأفغاني": 4, "الخطوط الجوية اليمنية": 8, "مطار بيروت": 1,
                 "البرلمان المصري": 24, "شركة إيرباص": 4, "شركة فورد": 7, "وزارة الخارجية العراقية": 4, "شركة إنتل": 2,
                 "الجيش الأوكراني": 1, "مطار هيثرو": 2, "وزارة الدفاع التركية": 1, "البرلمان اليوناني": 11,
                 "عبدالرحمن الفضلي": 3}
# blind26 as blind25: a rate fixed by the number of on-topic events main's rules file at 8521042 (121 in all, shown or
# held back), about BLIND26_SAMPLE per query; before any code of round 26.
BLIND26_SAMPLE = 4
BLIND26_SHOWN = {"وزارة الخارجية الصينية": 3, "وزارة الدفاع البريطانية": 2, "فهد المبارك": 5, "صالح آل الشيخ": 8,
                 "نادي القادسية الكويتي": 10, "نادي الأهلي الإماراتي": 3, "الجيش الهندي": 1, "الخطوط الجوية الماليزية": 10,
                 "مطار أتاتورك": 51, "مطار بغداد": 1, "البرلمان البريطاني": 4, "شركة هيونداي": 1, "شركة سيمنس": 1,
                 "شركة نوكيا": 1, "وزارة الدفاع العراقية": 6, "جبران باسيل": 1, "البرلمان الإيراني": 6,
                 "نادي النصر الإماراتي": 3, "وزارة الخارجية السورية": 1, "الجيش الصيني": 3}
# blind27 as blind26: a rate fixed by the number of on-topic events main's rules file at 2e85af1 (156 in all, shown or
# held back), about BLIND27_SAMPLE per query; before any code of round 27.
BLIND27_SAMPLE = 4
BLIND27_SHOWN = {"وزارة الخارجية الإيطالية": 5, "البرلمان الألماني": 1, "نادي الوحدة الإماراتي": 1, "ماجد الحقيل": 3,
                 "مطار الملكة علياء": 1, "الجيش السوري": 8, "شركة أرامكو": 4, "وزارة الخارجية الإسبانية": 2, "شركة كيا": 73,
                 "مطار الملك عبدالله": 1, "شركة نستله": 1, "عبدالله الربيعة": 5, "البرلمان التونسي": 4, "شركة سابك": 21,
                 "وزارة الدفاع الإيرانية": 1, "نادي برشلونة": 4, "عبدالعزيز الخضيري": 7, "وزارة الخارجية المغربية": 1,
                 "شركة موبايلي": 11, "مطار أبها": 2}
# blind28 as blind27: a rate fixed by the number of on-topic events main's rules file at 7992d17 (102 in all, shown or
# held back), about BLIND28_SAMPLE per query; before any code of round 28.
BLIND28_SAMPLE = 4
BLIND28_SHOWN = {"وزارة الخارجية الباكستانية": 3, "نادي الأهلي القطري": 1, "نادي الترجي التونسي": 2, "سليمان أبا الخيل": 4,
                 "مطار الأمير نايف": 1, "الجيش الكويتي": 2, "شركة سافكو": 2, "شركة ينساب": 2, "وزارة الخارجية العمانية": 2,
                 "محمد الجاسر": 1, "مطار الجوف": 4, "الجيش البحريني": 13, "نادي الجيش القطري": 12, "شركة بي إم دبليو": 4,
                 "وزارة الخارجية البحرينية": 2, "البنك المركزي البريطاني": 4, "شركة الاتصالات الكويتية": 22, "الديوان الملكي": 18,
                 "هيئة تقويم التعليم": 1, "مطار المدينة المنورة": 2}
# blind29 as blind28: a rate fixed by the number of on-topic events main's rules file at 1019ea0 (128 in all, shown or
# held back), about BLIND29_SAMPLE per query; before any code of round 29.
BLIND29_SAMPLE = 4
BLIND29_SHOWN = {"وزارة الخارجية اللبنانية": 2, "عبداللطيف آل الشيخ": 1, "شركة بترورابغ": 2, "بنك الكويت المركزي": 3,
                 "ديوان المراقبة العامة": 1, "مطار الأحساء": 3, "الجيش السعودي": 40, "وزارة الخارجية السعودية": 9, "نادي الإسماعيلي": 1,
                 "عبدالله آل الشيخ": 9, "شركة إكسون موبيل": 1, "نادي العربي الكويتي": 12, "الجيش القطري": 2, "شركة بوبا": 4,
                 "هيئة الصحفيين السعوديين": 14, "الجيش الإثيوبي": 13, "شركة الدريس": 2, "الجيش الجيبوتي": 2, "شركة كيان": 6,
                 "مطار عرعر": 1}
# blind30 as blind29: a rate fixed by the number of on-topic events main's rules file at 6c8b8ee (112 in all, shown or
# held back), about BLIND30_SAMPLE per query; before any code of round 30.
BLIND30_SAMPLE = 4
BLIND30_SHOWN = {"وزارة الخارجية الفلسطينية": 1, "مطار حمد الدولي": 1, "الجيش التشادي": 1, "شركة الكهرباء السعودية": 7,
                 "شركة أكوا باور": 1, "شركة اتحاد اتصالات": 2, "شركة لوكهيد مارتن": 2, "وزارة الداخلية السعودية": 22,
                 "وزارة الدفاع السعودية": 2, "وزارة الصحة السعودية": 24, "وزارة العدل الأمريكية": 7, "وزارة المالية اليونانية": 5,
                 "البرلمان العربي": 3, "مجلس النواب الأمريكي": 3, "البنك المركزي اليوناني": 2,
                 "الهيئة العليا لتطوير مدينة الرياض": 5, "ياسر القحطاني": 19, "محمد نور": 3, "جامعة الأمير سلطان": 1,
                 "وزارة الداخلية الفرنسية": 1}
# blind31 as blind30: a rate fixed by the number of events main's rules file at b389530 (159 in all, shown or held
# back), about BLIND31_SAMPLE per query; before any code of round 31.
BLIND31_SAMPLE = 4
BLIND31_SHOWN = {"وزارة الداخلية التركية": 5, "ناصر الشمراني": 11, "عمر هوساوي": 2, "تيسير الجاسم": 1, "سعود كريري": 16,
                 "وليد عبدالله": 2, "فيصل بن تركي": 5, "بندر بن سلطان": 1, "شرطة منطقة مكة المكرمة": 22,
                 "شرطة منطقة الرياض": 14, "شركة الخطوط الحديدية السعودية": 4, "وزارة الداخلية الليبية": 1,
                 "شرطة المنطقة الشرقية": 15, "الهلال الأحمر الكويتي": 22, "الهلال الأحمر القطري": 20, "مطار أبوظبي": 1,
                 "مطار بيشة": 1, "محمد الشلهوب": 7, "عبدالله الزوري": 8, "ياسر المسيليم": 1}
# blind32 as blind31: a rate fixed by the number of events main's rules file at e0af6a4 (255 in all, shown or held
# back), about BLIND32_SAMPLE per query; before any code of round 32.
BLIND32_SAMPLE = 4
BLIND32_SHOWN = {"شرطة منطقة القصيم": 8, "الهلال الأحمر الإماراتي": 20, "سلمان الفرج": 4, "شرطة منطقة جازان": 22,
                 "الهلال الأحمر المصري": 22, "فهد المولد": 1, "شرطة منطقة المدينة المنورة": 1, "مختار فلاتة": 2,
                 "شرطة منطقة عسير": 34, "محمد السهلاوي": 3, "يحيى الشهري": 5, "شرطة منطقة تبوك": 13,
                 "الهلال الأحمر الفلسطيني": 23, "نواف العابد": 16, "شرطة منطقة حائل": 16, "سالم الدوسري": 11,
                 "الهلال الأحمر التركي": 20, "عبدالله عطيف": 17, "شرطة منطقة نجران": 14, "حسين عبدالغني": 3}
# blind33 as blind32: a rate fixed by the number of events main's rules file at 23bdd20 (227 in all, shown or held
# back), about BLIND33_SAMPLE per query; before any code of round 33.
BLIND33_SAMPLE = 4
BLIND33_SHOWN = {"أمانة منطقة القصيم": 8, "إمارة منطقة عسير": 8, "أمانة منطقة عسير": 30, "إمارة منطقة جازان": 22,
                 "الإدارة العامة للمرور": 4, "أمانة منطقة جازان": 19, "إمارة منطقة الرياض": 8,
                 "أمانة منطقة تبوك": 13, "إمارة منطقة مكة المكرمة": 24, "أمانة منطقة حائل": 14, "إبراهيم محلب": 8,
                 "إمارة المنطقة الشرقية": 6, "أمانة منطقة المدينة المنورة": 5, "إمارة منطقة القصيم": 7,
                 "أمانة منطقة نجران": 12, "إمارة منطقة تبوك": 13, "أمانة منطقة الجوف": 8, "رياض حجاب": 1,
                 "إمارة منطقة حائل": 15, "عمر السومة": 2}
# blind34 as blind33: a rate fixed by the number of events main's rules file at 490a4e5 (227 in all, shown or held
# back), about BLIND34_SAMPLE per query; before any code of round 34.
BLIND34_SAMPLE = 4
BLIND34_SHOWN = {"شرطة منطقة الباحة": 1, "إمارة منطقة الحدود الشمالية": 1, "أمانة منطقة الحدود الشمالية": 3,
                 "المديرية العامة للسجون": 3, "الدفاع المدني بمنطقة جازان": 32, "أمانة محافظة الأحساء": 2,
                 "تعليم منطقة الرياض": 7, "جوازات منطقة مكة المكرمة": 19, "الشؤون الصحية بمنطقة عسير": 10,
                 "بلدية محافظة القطيف": 14, "الرئاسة العامة لشؤون المسجد الحرام": 6, "تعليم منطقة جازان": 21,
                 "شرطة منطقة الحدود الشمالية": 1, "نادي الكوكب": 7, "الدفاع المدني بمنطقة عسير": 27,
                 "جوازات منطقة الرياض": 9, "تعليم منطقة مكة المكرمة": 21, "الشؤون الصحية بمنطقة جازان": 9,
                 "بلدية محافظة الخبر": 7, "الدفاع المدني بمنطقة نجران": 27}
# blind35 as blind34: a rate fixed by the number of events main's rules file at 86f6ea1 (215 in all, shown or held
# back), about BLIND35_SAMPLE per query; before any code of round 35.
BLIND35_SAMPLE = 4
BLIND35_SHOWN = {"تعليم منطقة القصيم": 7, "الشؤون الصحية بمنطقة القصيم": 10, "جوازات منطقة جازان": 9,
                 "هيئة الهلال الأحمر بمنطقة الرياض": 19, "الدفاع المدني بمنطقة مكة المكرمة": 8,
                 "تعليم منطقة عسير": 28, "الشؤون الصحية بمنطقة الرياض": 11, "بلدية محافظة صبيا": 4,
                 "الدفاع المدني بمنطقة تبوك": 26, "جوازات المنطقة الشرقية": 7, "تعليم المنطقة الشرقية": 2,
                 "الشؤون الصحية بمنطقة نجران": 8, "بلدية محافظة الزلفي": 3, "الدفاع المدني بالمنطقة الشرقية": 4,
                 "تعليم منطقة تبوك": 14, "الشؤون الصحية بمنطقة الجوف": 9, "جوازات منطقة القصيم": 7,
                 "بلدية محافظة خميس مشيط": 9, "الدفاع المدني بمنطقة الرياض": 27, "تعليم منطقة المدينة المنورة": 3}
# blind36 as blind35: a rate fixed by the number of events main's rules file at 8329f12 (87 in all, shown or held
# back), about BLIND36_SAMPLE per query; before any code of round 36.
BLIND36_SAMPLE = 4
BLIND36_SHOWN = {"الشؤون الصحية بمنطقة الباحة": 3, "مرور منطقة مكة المكرمة": 22, "بلدية محافظة بيشة": 6,
                 "الدفاع المدني بمنطقة القصيم": 1, "تعليم منطقة حائل": 1, "الدفاع المدني بمنطقة المدينة المنورة": 7,
                 "هيئة الهلال الأحمر بمنطقة مكة المكرمة": 3, "جوازات منطقة عسير": 6, "تعليم منطقة نجران": 5,
                 "الشؤون الصحية بمنطقة المدينة المنورة": 2, "بلدية محافظة عنيزة": 3, "الدفاع المدني بمنطقة حائل": 1,
                 "مرور منطقة الرياض": 1, "تعليم منطقة الباحة": 2, "جوازات منطقة تبوك": 7, "الشؤون الصحية بمنطقة حائل": 1,
                 "هيئة الهلال الأحمر بالمنطقة الشرقية": 12, "بلدية محافظة الرس": 1, "الدفاع المدني بمنطقة الجوف": 1,
                 "مرور المنطقة الشرقية": 2}
# blind37 as blind36: a rate fixed by the number of events main's rules file at 17a5dee (51 in all, shown or held
# back), about BLIND37_SAMPLE per query; before any code of round 37.
BLIND37_SAMPLE = 4
BLIND37_SHOWN = {"مرور منطقة القصيم": 1, "هيئة الهلال الأحمر بمنطقة المدينة المنورة": 5, "الشؤون الصحية بمنطقة مكة المكرمة": 5,
                 "جوازات منطقة حائل": 1, "الدفاع المدني بمنطقة الباحة": 2, "تعليم منطقة الجوف": 2, "مرور منطقة عسير": 1,
                 "هيئة الهلال الأحمر بمنطقة القصيم": 3, "الشؤون الصحية بالمنطقة الشرقية": 1, "مرور منطقة المدينة المنورة": 4,
                 "هيئة الهلال الأحمر بمنطقة عسير": 4, "مرور منطقة جازان": 1, "هيئة الهلال الأحمر بمنطقة جازان": 4,
                 "جوازات منطقة الباحة": 1, "مرور منطقة تبوك": 1, "هيئة الهلال الأحمر بمنطقة تبوك": 5,
                 "هيئة الهلال الأحمر بمنطقة حائل": 3, "هيئة الهلال الأحمر بمنطقة نجران": 4, "بلدية محافظة محايل عسير": 2,
                 "مرور منطقة الباحة": 1}
# blind38 as blind37: a rate fixed by the number of events main's rules file at 1b2de34 (47 in all, shown or held
# back), about BLIND38_SAMPLE per query; before any code of round 38.
BLIND38_SAMPLE = 4
BLIND38_SHOWN = {"الدفاع المدني بمحافظة جدة": 3, "الشؤون الصحية بمحافظة الأحساء": 5, "شرطة محافظة جدة": 4,
                 "صندوق تنمية الموارد البشرية": 4, "الشؤون الصحية بمحافظة الطائف": 1, "بنك التسليف والادخار": 3,
                 "هيئة الهلال الأحمر بمنطقة الباحة": 1, "شرطة محافظة الطائف": 1, "الشؤون الصحية بمحافظة جدة": 1,
                 "هيئة الهلال الأحمر بمحافظة جدة": 3, "هيئة الهلال الأحمر بمنطقة الحدود الشمالية": 3,
                 "الدفاع المدني بمحافظة الطائف": 5, "الهيئة السعودية للمواصفات والمقاييس والجودة": 1,
                 "الرئاسة العامة للبحوث العلمية والإفتاء": 2, "مرور محافظة الأحساء": 3, "الشؤون الصحية بمحافظة حفر الباطن": 1,
                 "شرطة محافظة حفر الباطن": 3, "بلدية محافظة الجموم": 1, "تعليم محافظة جدة": 2}
# blind39 as blind38: a rate fixed by the number of events main's rules file at 826443f (81 in all, shown or held
# back), about BLIND39_SAMPLE per query; before any code of round 39.
BLIND39_SAMPLE = 4
BLIND39_SHOWN = {"الدفاع المدني بمحافظة الخرج": 1, "إمارة منطقة المدينة المنورة": 2, "غرفة الرياض": 14,
                 "شركة المياه الوطنية": 1, "تعليم محافظة الطائف": 2, "أمانة منطقة الباحة": 4, "مرور محافظة الطائف": 1,
                 "إمارة منطقة نجران": 1, "المؤسسة العامة لصوامع الغلال ومطاحن الدقيق": 6, "إمارة منطقة الباحة": 8,
                 "هيئة الهلال الأحمر بمحافظة الأحساء": 4, "حرس الحدود بمنطقة جازان": 3, "غرفة مكة المكرمة": 31,
                 "مركز الملك عبدالعزيز للحوار الوطني": 1, "شرطة محافظة الليث": 1, "إمارة منطقة الجوف": 1}
# blind40 as blind39: a rate fixed by the number of events main's rules file at 62dc00a (72 in all, shown or held
# back), about BLIND40_SAMPLE per query; before any code of round 40.
BLIND40_SAMPLE = 4
BLIND40_SHOWN = {"غرفة أبها": 1, "نادي جدة الأدبي": 6, "غرفة القصيم": 2, "صندوق التنمية الزراعية": 9, "غرفة المدينة المنورة": 31,
                 "تعليم محافظة ينبع": 1, "غرفة الأحساء": 4, "نادي أبها الأدبي": 6, "هيئة تنظيم الكهرباء والإنتاج المزدوج": 1,
                 "غرفة تبوك": 1, "مجلس الضمان الصحي التعاوني": 1, "تعليم محافظة حفر الباطن": 1, "غرفة جازان": 2,
                 "نادي الرياض الأدبي": 1, "غرفة حائل": 1, "مكتبة الملك عبدالعزيز العامة": 4}
# blind41 as blind40: a rate fixed by the number of events main's rules file at 7ba1f17 (154 in all, shown or held
# back), about BLIND41_SAMPLE per query; before any code of round 41.
BLIND41_SAMPLE = 4
BLIND41_SHOWN = {"كريستيانو رونالدو": 1, "الليرة التركية": 4, "محكمة جنايات القاهرة": 11, "ليونيل ميسي": 8, "خالد مشعل": 3,
                 "جوزيه مورينيو": 7, "البورصة المصرية": 4, "النائب العام المصري": 22, "كريستين لاغارد": 1,
                 "الطائرة الإندونيسية": 1, "ميشيل بلاتيني": 3, "الروبل الروسي": 4, "المجلس الأعلى للقضاء": 3,
                 "حرائق كاليفورنيا": 6, "مؤشر داو جونز": 2, "المحكمة العامة بجدة": 2, "الأمير علي بن الحسين": 3,
                 "سوق الكويت للأوراق المالية": 1, "أشرف غني": 3, "موجة الحر": 4, "إيكر كاسياس": 1, "أسعار الحديد": 1,
                 "جيريمي كوربن": 1, "بطولة ويمبلدون": 1, "سوق أبوظبي للأوراق المالية": 3, "المحكمة الجزائية بجدة": 3,
                 "كيم جونغ أون": 1, "الريال اليمني": 1, "كأس السوبر الأوروبي": 36, "أسعار الأسمنت": 1,
                 "المنتخب الأولمبي السعودي": 2, "منتخب الإمارات": 10}
# blind42 as blind41: a rate fixed by the number of events main's rules file at 8422118 (159 in all, shown or held
# back), about BLIND42_SAMPLE per query; before any code of round 42.
BLIND42_SAMPLE = 4
BLIND42_SHOWN = {"عمر الشريف": 3, "معدل التضخم": 16, "تهريب المخدرات": 1, "ويندوز 10": 11, "تفجير بانكوك": 1, "عيد الفطر": 17,
                 "الإيبولا": 2, "كوكب بلوتو": 5, "نور الشريف": 2, "معدل البطالة": 8, "غسل الأموال": 8, "هاتف آيفون": 2,
                 "العام الدراسي الجديد": 22, "وكالة ناسا": 2, "محمد عبده": 2, "الناتج المحلي الإجمالي": 23, "الاتجار بالبشر": 2,
                 "الأسد سيسل": 1, "نظام العمل الجديد": 30, "الإجازة الصيفية": 1}
# blind43 as blind42: a rate fixed by the number of events main's rules file at ae2003c (78 in all, shown or held
# back), about BLIND43_SAMPLE per query; before any code of round 43.
BLIND43_SAMPLE = 4
BLIND43_SHOWN = {"مدينة تدمر": 3, "السندات الحكومية": 1, "بطولة العالم للسباحة": 6, "الطلاق": 6, "مفتي عام المملكة": 1,
                 "التبرع بالدم": 6, "مخالفي نظام الإقامة": 5, "سباق الهجن": 1, "صواريخ سكود": 1, "محصول القمح": 1,
                 "إعصار سوديلور": 4, "قيادة المرأة للسيارة": 6, "التدخين": 16, "التسول": 3, "سباق الفورمولا 1": 1,
                 "اختبار القدرات": 1, "قناة الجزيرة": 1, "طائرات إف 16": 11, "غرق السفينة": 1, "الأسر المنتجة": 3}
# blind44 as blind43: a rate fixed by the number of events main's rules file at 8382cfb (237 in all, shown or held
# back), about BLIND44_SAMPLE per query; before any code of round 44.
BLIND44_SAMPLE = 4
BLIND44_SHOWN = {"العفو الملكي": 5, "الضمان الاجتماعي": 1, "مرض السكري": 8, "الجراد": 3, "الاكتشافات الأثرية": 2, "الثروة السمكية": 4,
                 "معرض الكتاب": 8, "الطاقة الشمسية": 10, "الزلازل": 2, "حوادث المرور": 1, "السياحة الداخلية": 1, "المتقاعدين": 19,
                 "الأيتام": 9, "التوحد": 4, "كرة السلة": 2, "سباقات الخيل": 2, "الصقور": 9, "كسوف الشمس": 21, "المعتمرين": 12,
                 "خطبة الجمعة": 9, "العواصف الترابية": 1, "التحرش": 18, "الزواج الجماعي": 1, "الإدمان": 6, "الاختراق الإلكتروني": 1,
                 "التأشيرات": 16, "الانتحار": 44, "الشائعات": 8, "مسابقة القرآن الكريم": 9, "النقل المدرسي": 1}
# blind45 as blind44: a rate fixed by the number of events main's rules file at 70a642f (289 in all, shown or held
# back), about BLIND45_SAMPLE per query; before any code of round 45.
BLIND45_SAMPLE = 4
BLIND45_SHOWN = {"الحرائق": 9, "مرض السرطان": 2, "التسمم الغذائي": 4, "بناء المساجد": 1, "المتاحف": 5, "دور السينما": 3,
                 "العروض المسرحية": 10, "الشعراء": 13, "الكشافة": 15, "العمل التطوعي": 3, "الجمعيات الخيرية": 6, "الزكاة": 6, "الفنادق": 12,
                 "الألغام": 5, "تبادل الأسرى": 1, "عمليات الاختطاف": 10, "السجناء": 9, "مزاين الإبل": 19, "الحدائق العامة": 3,
                 "الشواطئ": 17, "الاحتجاجات": 30, "الإضراب": 19, "الدستور": 21, "المصالحة الوطنية": 3, "المفاوضات": 24,
                 "العقوبات الاقتصادية": 4, "الضرائب": 8, "الخصخصة": 8, "التنس": 18, "الجولف": 1}
FIXED_RATE = {"blind3": (BLIND3_SAMPLE, BLIND3_SHOWN), "blind4": (BLIND4_SAMPLE, BLIND4_SHOWN),
              "blind5": (BLIND5_SAMPLE, BLIND5_SHOWN), "blind6": (BLIND6_SAMPLE, BLIND6_SHOWN),
              "blind7": (BLIND7_SAMPLE, BLIND7_SHOWN), "blind8": (BLIND8_SAMPLE, BLIND8_SHOWN),
              "blind9": (BLIND9_SAMPLE, BLIND9_SHOWN), "blind10": (BLIND10_SAMPLE, BLIND10_SHOWN),
              "blind11": (BLIND11_SAMPLE, BLIND11_SHOWN), "blind12": (BLIND12_SAMPLE, BLIND12_SHOWN),
              "blind13": (BLIND13_SAMPLE, BLIND13_SHOWN), "blind14": (BLIND14_SAMPLE, BLIND14_SHOWN),
              "blind15": (BLIND15_SAMPLE, BLIND15_SHOWN), "blind16": (BLIND16_SAMPLE, BLIND16_SHOWN),
              "blind17": (BLIND17_SAMPLE, BLIND17_SHOWN), "blind18": (BLIND18_SAMPLE, BLIND18_SHOWN),
              "blind19": (BLIND19_SAMPLE, BLIND19_SHOWN), "blind20": (BLIND20_SAMPLE, BLIND20_SHOWN),
              "blind21": (BLIND21_SAMPLE, BLIND21_SHOWN), "blind22": (BLIND22_SAMPLE, BLIND22_SHOWN),
              "blind23": (BLIND23_SAMPLE, BLIND23_SHOWN), "blind24": (BLIND24_SAMPLE, BLIND24_SHOWN),
              "blind25": (BLIND25_SAMPLE, BLIND25_SHOWN), "blind26": (BLIND26_SAMPLE, BLIND26_SHOWN),
              "blind27": (BLIND27_SAMPLE, BLIND27_SHOWN), "blind28": (BLIND28_SAMPLE, BLIND28_SHOWN),
              "blind29": (BLIND29_SAMPLE, BLIND29_SHOWN), "blind30": (BLIND30_SAMPLE, BLIND30_SHOWN),
              "blind31": (BLIND31_SAMPLE, BLIND31_SHOWN), "blind32": (BLIND32_SAMPLE, BLIND32_SHOWN),
              "blind33": (BLIND33_SAMPLE, BLIND33_SHOWN), "blind34": (BLIND34_SAMPLE, BLIND34_SHOWN),
              "blind35": (BLIND35_SAMPLE, BLIND35_SHOWN), "blind36": (BLIND36_SAMPLE, BLIND36_SHOWN),
              "blind37": (BLIND37_SAMPLE, BLIND37_SHOWN), "blind38": (BLIND38_SAMPLE, BLIND38_SHOWN),
              "blind39": (BLIND39_SAMPLE, BLIND39_SHOWN), "blind40": (BLIND40_SAMPLE, BLIND40_SHOWN),
              "blind41": (BLIND41_SAMPLE, BLIND41_SHOWN), "blind42": (BLIND42_SAMPLE, BLIND42_SHOWN),
              "blind43": (BLIND43_SAMPLE, BLIND43_SHOWN), "blind44": (BLIND44_SAMPLE, BLIND44_SHOWN),
              "blind45": (BLIND45_SAMPLE, BLIND45_SHOWN)}


def key(query: str, snn_id: str, start: int, end: int, date: str) -> str:
    return f"{query}|{snn_id}|{start}|{end}|{date}"


def unit(k: str) -> float:
    """A stable number in [0, 1) for a key: who is in the sample does not depend on anything else."""
    return int(hashlib.sha1(k.encode()).hexdigest()[:12], 16) / 16 ** 12


def load_judged() -> dict[str, dict]:
    rows = [json.loads(line) for path in (JUDGED, JUDGED_BLIND4, JUDGED_BLIND5, JUDGED_BLIND6, JUDGED_BLIND7,
                                                  JUDGED_BLIND8, JUDGED_BLIND9, JUDGED_BLIND10, JUDGED_BLIND11,
                                                  JUDGED_BLIND12, JUDGED_BLIND13, JUDGED_BLIND14, JUDGED_BLIND15,
                                                  JUDGED_BLIND16, JUDGED_BLIND17, JUDGED_BLIND18, JUDGED_BLIND19,
                                                  JUDGED_BLIND20, JUDGED_BLIND21, JUDGED_BLIND22,
                                                  JUDGED_BLIND23, JUDGED_BLIND24, JUDGED_BLIND25, JUDGED_BLIND26, JUDGED_BLIND27,
                                                  JUDGED_BLIND28, JUDGED_BLIND29, JUDGED_BLIND30, JUDGED_BLIND31, JUDGED_BLIND32,
                                                  JUDGED_BLIND33, JUDGED_BLIND34, JUDGED_BLIND35, JUDGED_BLIND36, JUDGED_BLIND37,
                                                  JUDGED_BLIND38, JUDGED_BLIND39, JUDGED_BLIND40, JUDGED_BLIND41, JUDGED_BLIND42,
                                                  JUDGED_BLIND43, JUDGED_BLIND44, JUDGED_BLIND45,
                                                  JUDGED_NEAR9, JUDGED_NEAR19)
            if path.exists()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {key(r["query"], r["snn"], r["start"], r["end"], r["date"]): r for r in rows}


def run_system(rebuild: bool, now: bool) -> dict:
    """Each query's timeline events (and, for the code under test, every scored candidate)."""
    from akhbar.timeline import build_timeline

    built = snn.build(rebuild=rebuild, log=lambda m: print(m, file=sys.stderr))
    archive = built.archive
    out: dict = {"queries": {}}
    t0 = time.perf_counter()
    for split, queries in QUERIES.items():
        for q in queries:
            shown = build_timeline(archive.store, archive.retriever, archive.analyzer, q)
            entry = {"split": split, "shown": [
                [built.snn_of[e.article_id], e.start, e.end, e.date] + ([e.coverage] if now else []) for e in shown]}
            if now:
                from akhbar.timeline import candidates

                entry["candidates"] = [
                    [built.snn_of[c.article.id], c.row.start, c.row.end, c.row.date, round(c.sentence, 3),
                     round(c.context, 3), round(c.lead, 3), c.topic]
                    for c in candidates(archive.store, archive.retriever, archive.analyzer, q) if _sampled_pool(c)]
            out["queries"][q] = entry
    out["seconds_per_query"] = round((time.perf_counter() - t0) / sum(map(len, QUERIES.values())), 2)
    archive.close()
    return out


def _sampled_pool(c) -> bool:
    """The candidates judges sample from: any that covers some of the query, in its sentence, its
    paragraph, or its article's lead (with a paragraph touching the query); the rest are never shown."""
    return max(c.sentence, 0.8 * c.context, 0.8 * c.lead if c.context > 0 else 0.0) >= MIN_CANDIDATE


def sampled(events: list[list], query: str, n: int) -> list[list]:
    """The stable sample of a list of events: about ``n`` of them (blind3, blind4: at their fixed rate)."""
    fixed = [(k, shown[query]) for k, shown in FIXED_RATE.values() if query in shown]
    if fixed:
        rate = min(1.0, fixed[0][0] / max(1, fixed[0][1]))
    else:
        rate = min(1.0, n / len(events)) if events else 0.0
    return [e for e in events if unit(key(query, *e[:4])) < rate]


def precision(rows: list[dict], field: str, good: str | bool) -> tuple[float | None, int]:
    judged = [r for r in rows if r.get(field) is not None]
    return (sum(r[field] == good for r in judged) / len(judged) if judged else None), len(judged)


def score_run(run: dict, judged: dict[str, dict], sample_of: str) -> dict:
    """Date and topic precision of what a system shows, on the judged sample of it, per split."""
    out = {}
    for split in QUERIES:
        rows, missing, shown = [], 0, 0
        for q, entry in run["queries"].items():
            if entry["split"] != split:
                continue
            shown += len(entry["shown"])
            pool = entry["candidates"] if sample_of == "candidates" and split not in FIXED_RATE else entry["shown"]
            rate_n = SAMPLE_NOW if sample_of == "candidates" else SAMPLE_BEFORE
            chosen = {tuple(e[:4]) for e in sampled(pool, q, rate_n)}
            for e in entry["shown"]:
                if tuple(e[:4]) in chosen:
                    r = judged.get(key(q, *e[:4]))
                    if r is None:
                        missing += 1
                    else:
                        rows.append(r)
        date_p, n_date = precision(rows, "date_ok", True)
        topic_p, n_topic = precision(rows, "topic", "on")
        out[split] = {"events_shown": shown, "judged": len(rows), "unjudged_in_sample": missing,
                      "date_precision": date_p, "topic_precision": topic_p,
                      "both": (sum(r.get("date_ok") is True and r.get("topic") == "on" for r in rows) / len(rows)
                               if rows else None)}
    return out


def to_label(runs: dict[str, dict], judged: dict[str, dict], split: str, shown_only: bool = False) -> None:
    """Print every sampled event of ``split`` that has no label yet, with what a judge needs to read
    (``shown_only``: of this code's candidates, only those on its timeline, the ones its precision counts)."""
    seen = set()
    for name, run in runs.items():
        for q, entry in run["queries"].items():
            if entry["split"] != split:
                continue
            pools = [("shown", SAMPLE_BEFORE)] if name.startswith("before") or split in FIXED_RATE else [
                ("candidates", SAMPLE_NOW)]
            for field, n in pools:
                for e in sampled(entry[field], q, n):
                    if shown_only and field == "candidates" and e[7] != "on":
                        continue
                    k = key(q, *e[:4])
                    if k in judged or k in seen:
                        continue
                    seen.add(k)
                    row = snn.by_id()[e[0]]
                    text = row["content"]
                    pub = dt.date.fromisoformat(row["date_extracted"][:10])
                    print(json.dumps({"query": q, "snn": e[0], "start": e[1], "end": e[2], "date": e[3]},
                                     ensure_ascii=False))
                    print(f"   pub {pub} ({pub.strftime('%a')}) title: {row['title'][:80]}")
                    print(f"   prev: {text[max(0, e[1] - 160):e[1]].strip()[-160:]}")
                    print(f"   SENT: {text[e[1]:e[2]][:420]}")
                    if len(e) > 4:
                        print(f"   scores {e[4:]}")


def _cell(value: float | None) -> str:
    return f"**{value:.3f}**" if value is not None else "–"


def table(runs: dict[str, dict]) -> str:
    lines = ["| code | split | events shown | judged (sample) | date precision | topic precision | both right |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for name, run in runs.items():
        for split, s in run["scores"].items():
            unjudged = f" (+{s['unjudged_in_sample']} not judged)" if s["unjudged_in_sample"] else ""
            lines.append(f"| {name} | {split} | {s['events_shown']} | {s['judged']}{unjudged} |"
                         f" {_cell(s['date_precision'])} | {_cell(s['topic_precision'])} | {_cell(s['both'])} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = snn.parser(__doc__)
    ap.add_argument("--to-label", metavar="SPLIT",
                    help="print the sampled events of a split (tune, dev, test, blind2, …, blind6) not judged yet")
    ap.add_argument("--shown-only", action="store_true", help="with --to-label: only the events this code shows")
    args = ap.parse_args(argv)
    # The earlier code's run (the --emit-json child) needs only what it shows; this code's, every candidate.
    runs = snn.side_by_side(args, lambda: run_system(args.rebuild, now=not args.emit_json), Path(__file__))
    if isinstance(runs, int):
        return runs
    judged = load_judged()
    if args.to_label:
        to_label(runs, judged, args.to_label, args.shown_only)
        return 0
    for name, run in runs.items():
        run["scores"] = score_run(run, judged, "shown" if name.startswith("before") else "candidates")
    print(table(runs))
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(runs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if args.before:
            write_section(SECTION, readme_section(runs, snn.before_flags(args)))
    return 0


def readme_section(runs: dict[str, dict], before: str) -> str:
    judged = load_judged().values()
    counts = {split: sum(r["split"] == split for r in judged) for split in QUERIES}
    now = runs["this code"]
    return f"""{SECTION}

Timelines of {sum(map(len, QUERIES.values()))} journalist queries over the 20,000 SaudiNewsNet articles
(`bench/snn.py`), judged by reading each sampled event's sentence in its article
(`bench/timeline_judged.jsonl`: query, article id, sentence offsets, date and the two labels; no text;
{counts['tune']} tune, {counts['dev']} dev, {counts['test']} test labels;
blind4's, blind5's and blind6's in `bench/timeline_blind4.jsonl`, `…blind5.jsonl`, `…blind6.jsonl`). `date_ok`: the date is the date of
what the sentence reports (its main verb, counting the day the article speaks from); `topic`: on (the story
the query names), near (the same field, another story), off. A stable hash sample of what each system shows
is judged, so both precisions are unbiased estimates of what a reader sees.

Splits: **tune** ({", ".join(QUERIES["tune"])}) — rules and cut-offs were chosen on it; **dev**
({", ".join(QUERIES["dev"])}) — held out and measured once, then its errors were read and general bugs they
showed were fixed, so it is no longer held out; **test** ({", ".join(QUERIES["test"])}) — added after the
first round's last change and judged once (its misses were then read, so round 2 treats it as seen: none of
its rows chose a rule); **blind2** ({", ".join(QUERIES["blind2"])}) — round 2's held-out split: queries on
other stories, written and their sampled events judged on main's timelines (2b93850) before any rule of round 2
changed, then measured once more at the end. Events of a system's sample that no one judged yet are counted
apart ("not judged"); for round 2's code they were judged after its last change.

    .venv/bin/python bench/timeline_real.py{before}

{table(runs)}

({now["seconds_per_query"]} s per timeline query with this code.) Targets: date precision ≥ 0.95, topic
precision ≥ 0.90 — met on tune only for topic; not met held out. The first measurement of test, before the one
fix its labelling showed ("أول أمس الاثنين" read as "أمس الاثنين" when finding the article's day), was date
0.781 and topic 0.766 on 64 judged events; the table is after that fix.

Round 2 (chosen on tune and dev only; blind2 judged on main before, measured once after). Main's blind2 numbers
on the same sample scheme as the "this code" rows (a hash sample of the candidates, judged where shown), taken
before any change: date 0.727, topic 0.758, both 0.515 on 33 judged events; the "before (2b93850)" rows sample
what it shows, 12 per query, which weighs the small timelines more (جامعة الملك سعود: mostly other
universities). ceaab6f's blind2 sample is left unjudged (time; its offsets are into the text that code
stored). Each new date rule was
kept only when, on the judged tune and dev events that main files as events, it took off more wrong dates than
right ones (in all: tune 3 wrong and 2 right off, dev 10 wrong and 1 right off; date precision of those events
tune 0.847 -> 0.859, dev 0.729 -> 0.768): حتى/لغاية + a date ahead of the article's day or coarser than a day
(deadlines "حتى 28 شوال", as-of "حتى منتصف 2015"; "استمرت … حتى 11 ديسمبر 2017", a past day, still dates its
sentence): 5 wrong, 1 right; a month or a year beside a day that dates the sentence: 2 wrong, 1 right; a year
after an occasion ("حج عام 1436"): 2 wrong; بعدما as a subordinator: 1 wrong, 1 right; the speaker's إننا in
reported speech, "بالأمس القريب" (lately), "زيارة مرتقبة … يوم الأربعاء": 1 wrong each. Tried and dropped: a
"وكان/وكانت" clause after the main clause as background (3 right off for 1 wrong); a date next to موعد
(schedules, "كآخر موعد"): no judged event moved; a relative clause reaching 16 words instead of 12: 2 wrong and 1
right off, too little to keep. Topic: names that share all but their last word with the query's ("مطار الملك
فهد", "هيئة مكافحة الاحتكار"): a query name's first terms followed by another word that the archive writes next
to them (a collocation) stopped counting. Best variant tune topic 0.920 -> 0.943, dev 0.753 -> 0.763, but it
took right events too ("سوق الأسهم المحلية", "الاتفاق النووي الذي أبرم … مع إيران", "قوات الطوارئ الخاصة في
عسير"): 6 on-topic events off for 3 off-topic on tune and dev; with the query's missing word required absent
from the sentence, no gain at all. Not kept. With analyzer ar-3 (مسئول = مسؤول) and the new date rules, tune's
judged sample is the same 75 events at the same precision as main's.
On blind2 the round moved little: the date errors there are mostly dates of a noun in a sentence about
something else (the next court session, the election a tweet announces, a
brigade's formation in mid-year), "اليوم" as the present in opinion pieces, and a second clause's
background (what a prosecutor had done weeks before); the topic errors are other universities (الملك خالد، الملك فيصل،
الملك عبدالعزيز for "جامعة الملك سعود") and passing mentions of the IRGC.

Round 3 (issue #18 again). **blind3**, the new held-out split ({", ".join(QUERIES["blind3"])}): 15 queries on
other stories — institutions that share a name pattern (جامعة/مستشفى/مدينة الملك …), people, companies, other
wars — written and judged on main's timelines (b11b336) before any rule of the round changed: {counts['blind3']}
events, a hash sample of what main shows at a rate fixed per query (about {BLIND3_SAMPLE} events each,
`BLIND3_SHOWN`), so every code is judged on the same events; measured once more at the end (the "this code"
blind3 row; no event of it was left to judge). The rules were chosen on tune and dev, and on blind2, which
round 2 had read. Each had to take more wrong dates than right ones off the judged events of tune and dev that
the code files as events (the `tests/test_quality.py` count), and none off blind2's right ones:
- a date ahead of the article's day, written out or a weekday (not غدا), with no verb of the coming days
  before it (سـ + verb, تقام/ينطلق …, an imperfect heading its clause or after أن, من المنتظر …) belongs to a
  noun, a start, a session or a deadline ("لافتتاح المعرض في العاشر من شوال المقبل", "إلى اجتماع الأحد
  المقبل", "موعدا نهائيا") — `scheduled`: tune 3 wrong, 1 right off; dev 3 wrong; blind2 4 wrong;
- a numbered document's date ("رقم 318 وتاريخ 28/5/1432") — `document`: dev 3 wrong;
- a date written out more than a week back in a sentence whose first word is a ي- imperfect (not يشار/يذكر/
  يعود, which tell a past event) — `background`: blind2 3 wrong, nothing on tune or dev (so it stands on
  blind2, which is seen, alone);
- "اليوم" in the speaker's own words (إننا اليوم، أننا نرى … اليوم) or after "وهم/وهو" — `nowadays`: tune 1,
  dev 1, blind2 1 wrong;
- "للسادس والعشرين من مارس" was read as the 20th (ل before the ordinal): dev 1 wrong date now right.
In all, on the judged events the code files (filed-event date precision): tune 0.859 -> 0.877 (4 wrong, 1 right
off), dev 0.762 -> 0.798 (8 wrong off, none right), blind2 0.733 -> 0.846 (8 wrong off, none right); over all
{sum(counts.values())} judged rows, 549 of 687 -> 549 of 661 filed events right (0.799 -> 0.831). Cost:
`article_mentions` 1.16 -> 1.18-1.21 CPU s per 1,000 records on 3,000 SaudiNewsNet records (best of 3, load
about 20: within noise); on the first 4,000 records the events fall from 4,318 to 4,175 (87 now scheduled, 37
background, 17 nowadays, 6 document). Topic: an eponymous institution in the query (an institution's word, then الملك/
الأمير, then a name: "جامعة الملك سعود", "مطار الملك عبدالعزيز") counts only whole — "جامعة الملك خالد",
"مدينة الملك عبدالعزيز", "مستشفى الملك فهد" count nothing of it (`timeline._eponyms`). On blind2's "جامعة الملك
سعود" it took off 10 judged near/off-topic events and no on-topic one; on tune's "مركز الملك سلمان للإغاثة" 2
off-topic (read, not in the sample) and 1 judged on-topic event (a sentence naming "الملك سلمان" and "المركز");
on test's "مطار الملك عبدالعزيز" 5 other airports and 1 on-topic event written "عبد العزيز" with a space.
Tried and dropped: an imperfect anywhere as a verb of the coming days (kept too many nouns' dates); the
background rule with ت- and ن- words as verbs too (تعرضت، تمكنت، نشأت are past: 3 right dates off). Crawl lag is still not
handled: okaz, aljazirah and aleqtisadiya URLs carry the issue's date, which is a day before the crawl date for
about 600 of the 20,000 records (an Okaz issue page of the 30th crawled on the 31st says "اليوم" of the 30th); reading
the article's day from the URL is the next step. Held out, blind3 moved date 0.777 -> 0.791 and topic 0.718 ->
0.791 (86 of main's 103 sampled events still shown): the goals (0.95 / 0.90) are not met. Its remaining date
errors are mostly crawl lag (Okaz and Asharq Al-Awsat pages dated a day or a week after they were written),
dates of a noun in a sentence whose verb is past (a book fair's opening day, a share's return to trading
"from today"), "في اليوم" as a rate (a daily output), and a later date inside a long sentence;
its topic errors are bodies whose names share a word with the query's (مستشفى الملك فيصل in Taif and Makkah for
"مستشفى الملك فيصل التخصصي") and people named in passing.

Round 3 follow-up (events v5, f501476, from a review of the round's code): "اليوم" before a noun starting with ن
("أعلن اليوم نائب رئيس الوزراء", "استقبل اليوم نادي …") made the day "nowadays" (the rule took any ن-word for a
first-person verb; now only the first-person words of `_FIRST_PERSON` do); every one-word month is now no verb for
`scheduled` (its list was a partial copy: يونيه، نيسان were read as present verbs); one و/ف is taken off a word,
not a run (وفيما was read as يما). Measured then (`--before ceaab6f --before b11b336 --before eb96478`), its "this
code" rows were exactly the round's earlier "this code" rows (the code before the change, same sampling): blind3
0.791 / 0.791 on the same 86 events, tune 0.921 / 0.921, dev 0.753 / 0.753, test 0.862 / 0.754, blind2 0.800 /
0.880; tune and test each show one more event (324, 231) outside the judged sample. No judged date or topic got
worse. (The "before" rows sample at the before-rate, so they judge a different sample of the same code; the same
holds in the table above, where blind3 and blind4 alone are sampled alike for both.)

Round 5 (events v6, issue #18 again; rules read on tune and dev only). **blind4**, the new held-out split
({", ".join(QUERIES["blind4"])}): 24 queries chosen like blind3's (bodies sharing a name pattern, people,
companies, wars, other stories of the weeks), committed with the size of main's (696713f) timelines before any rule
of the round changed, a hash sample at a fixed rate per query (about {BLIND4_SAMPLE} each, `BLIND4_SHOWN`) of what
each code shows; its events were judged only at the end, before and after code together in one shuffled list
without saying which code showed which ({counts['blind4']} events, `bench/timeline_blind4.jsonl`, kept apart so
`tests/test_quality.py`'s gate still counts the rows its floor was set on). What changed:
- **Crawl lag** (`article_day.issue_day`): a page whose address carries a date 1-3 days before the crawl date
  (Okaz "/Issues/YYYYMMDD/", Aleqtisadiya "/YYYY/MM/DD/", Al-Jazirah "/YYYY/YYYYMMDD/": 640 of the 20,000 records)
  speaks from that day (anchor `issue`). Evidence, label-free: of those pages that state their weekday ("اليوم
  الأحد"), 67 of 70 state the address's day and 1 the crawl day; of the 2 fetched 6-7 days late, neither
  (so 3 days, not 14). Older labels had judged some of these pages from the crawl day (5 on tune and dev, e.g.
  an Okaz page of the 5th fetched on the 6th, "أمس" judged the 5th); they are left as they were, so the before
  code keeps that credit; events the new code dates from the issue day were judged from it (the Aleqtisadiya page
  of 5 August saying "يدشن الرئيس غدا" now gives the 6th, the canal's opening).
- **"في اليوم" after a count is a rate** (`date_rules._rate`): "مرتين في اليوم", "ست ساعات في اليوم" (units
  from the lexicon, a digit, مرة/وجبة/حالة …); and **"اليوم إلى" is today**: إلى folds to الي, which the rule
  against "اليوم التالي/الأول" took for an article, so "وصل الوفد اليوم إلى الرياض" had no date.
- **Names in the topic match** (`timeline.topic_terms`, `Topic._known`): "عبد العزيز" = "عبدالعزيز" (and
  "عبد ربه", any "عبد ال…"), and ل/ب/ك on a query's word count for it ("لمطار", "بفيروس"): the prefix rule added 12
  judged events to the samples of tune, dev and blind2, 10 of them on topic, 1 near, 1 off.
Measured with the same sampling as the round-3 rows (date / topic, judged events): tune 0.921 / 0.921 (76) ->
0.923 / 0.923 (78); dev 0.753 / 0.753 (81) -> 0.767 / 0.756 (86); test 0.862 / 0.754 (65) -> 0.864 / 0.758
(66); blind2 0.800 / 0.880 (25) -> 0.828 / 0.862 (29, the sample moved: 4 more events, one off-topic); blind3
0.791 / 0.791 -> 0.802 / 0.791 on the same 86 events (6 new events in its sample left unjudged: held out);
**blind4 (held out) 0.726 / 0.856 (146) -> 0.747 / 0.853 (150)**. On the filed-event count
(`tests/test_quality.py`, 977 rows) 572 of 689 -> 568 of 684 (0.830 both); on blind4's filed events 112 of 153 ->
114 of 152. The goals (0.95 / 0.90) are not met. Tried and dropped: taking و and وال off too in the topic match
(test topic 0.758 -> 0.731, blind2 0.862 -> 0.806: "الصليب الأحمر والهلال الأحمر" for "الهلال الأحمر
السعودي", "لانتخابات الرئاسة" in Taiwan for FIFA's); a participle 6 words before a date instead of 5 (1 wrong
date off on tune and dev, no right one: too little to keep); a relative clause reaching 14 words (1 right and 1
wrong off). blind4's errors, read only after its numbers were taken: dates of a noun or a later clause (a
camp's dates in a squad announcement, the match day in a ticket offer, an eligibility day), "اليوم" as the
present in opinion pieces, crawl lag the address does not show (Asharq Al-Awsat, Sabq, 3alyoum pages days or
months old), a bare weekday equal to the article's day read as today ("وأكدت طالبان، الخميس" in a Thursday
paper meant the Thursday before), a weekday stated inside a quoted royal order taken as the article's own; topic:
"جامع الملك خالد" (a mosque) for "جامعة الملك خالد", people named in passing.

Round 6 (events v7, issue #18 again; rules read on tune, dev, test, blind2, blind3 and blind4, all seen now).
**blind5**, the new held-out split ({", ".join(QUERIES["blind5"])}): 22 queries chosen like blind4's, committed
with the size of main's (24c5e10) timelines before any rule of the round changed (`BLIND5_SHOWN`, about
{BLIND5_SAMPLE} events per query), its {counts['blind5']} events judged only at the end, before and after code in
one shuffled list without saying which showed which (`bench/timeline_blind5.jsonl`, apart from the gate's rows).
What changed (`akhbar.events`, `date_rules`): a span's bounds are no event (after الفترة: "في الفترة 17 - 20
أغسطس"; "بين/مابين … و…"; the day after a dash that follows a context date; the same span restated after الموافق);
a month after the article's, in a sentence no ي-present verb heads, is a plan or a forecast (`projection`: "ما قد
يدفع البنك إلى خفض الرسوم في الربع المقبل"; "ويبدأ التطبيق في يناير 2016" is kept); "اليوم أو غدا" is a guess
(`either day`); a second numbered decree ("، ورقم 52 وتاريخ …") is a `document`; "اليوم" is the present against the
past ("لكنهم اليوم", "بينما اليوم", "الظروف اليوم") or before يبدو, a pronoun, a comparative or عندما; "ونصف اليوم"
is half a day and a count up to five words before "في اليوم" a rate. Topic: "جامع" (a mosque) is written "مسجد"
before stemming (`lexicon.STEM_TWINS`): "جامع الملك خالد" no longer counts for "جامعة الملك خالد". On the judged
rows the code files (`tests/test_quality.py`, 1,003 rows with round 6's 26 new labels on dev, test and blind3):
588 of 710 -> 586 of 689 right (0.828 -> 0.850): 2 right and 19 wrong dates off. Measured with the candidate
sampling of the "this code" rows (round 5's code re-scored on today's labels -> this code; date / topic / both):
tune 0.923 / 0.923 / 0.872 (78) -> 0.935 / 0.935 / 0.883 (77); dev 0.767 / 0.756 / 0.570 (86) -> 0.823 / 0.734 /
0.608 (79); test 0.864 / 0.758 / 0.636 (66) -> 0.882 / 0.735 / 0.647 (68); blind2 0.828 / 0.862 / 0.724 (29) ->
0.833 / 0.833 / 0.700 (30); blind3 0.815 / 0.793 / 0.630 (92) -> 0.833 / 0.789 / 0.644 (90); blind4 0.747 / 0.853 /
0.620 (150) -> 0.797 / 0.855 / 0.674 (138); **blind5 (held out) 0.732 / 0.723 / 0.518 (112) -> 0.731 / 0.750 / 0.537
(108)**. Topic precision falls on dev, test, blind2 and blind3 only because the events taken off were mostly on
topic with a wrong date (dev: 6 such of 8) and the candidate sample moved: no event's topic got worse, and the
only event shown now that was not before is one unjudged blind4 event; over every judged event each code shows,
topic is dev 0.763 -> 0.753, test 0.721 -> 0.707, blind2 0.732 -> 0.750, blind3 0.793 -> 0.789, and "both right"
rises on every split. On blind5 the date rules took 2 right dates and 1 wrong one off its 113 filed judged events
(read after its numbers were taken): "إغلاق الطريق اليوم هو إجراء مؤقت" (the pronoun is the clause's, not
"today's") and "تنطلق منتصف شهر أكتوبر المقبل أعمال الصيانة" (a ت-present verb heads it); its errors are otherwise
the known kinds: dates of a noun or a later clause (a truce's start, a general assembly's day, a return flight),
Asharq Al-Awsat pages a day or more late, "في عالم اليوم" in a quote, and bodies of other countries (Malaysia's,
the US FDA) and a mosque or club sharing a name. Tried and dropped: the weekday an article states read only
before "فيما يلي نص" (quoted statements of executions state the article's own day as often as not: 29 articles
moved, most to no anchor); "هذا اليوم" not read as the article's day (fixes the royal order quoted a day later,
breaks "افتتح الوزير ظهر اليوم الخميس" in a Friday paper: 11 articles, no clear gain); a stated weekday 3+ days before
the crawl day taken as unknown lag (judged 3 wrong and 3 right: no gain); per-source crawl lag from the weekday
an article states (3alyoum states the crawl day's weekday in 46% of its pages, Okaz 96%, Al-Jazirah 94%, Asharq
Al-Awsat 74%: the lag is spread over weeks, but nothing in a page says by how much).

### Round 7 (timeline8): terms, verbal nouns and doings of today; other countries' bodies, other fathers, club names

Events v8, issue #18 again. **blind6**, the new held-out split ({", ".join(QUERIES["blind6"])}): 20 queries
(regional and world bodies, ministries, clubs at home and abroad, princes and foreign leaders, another war, a bank,
a company, an eponymous hospital), committed with the size of main's (24bebb0) timelines (`BLIND6_SHOWN`, about
{BLIND6_SAMPLE} events per query) and its {counts['blind6']} sampled events judged on main before any code of the
round changed (`bench/timeline_blind6.jsonl`). **Main measured on it, held out: date 0.646, topic 0.646, both
0.468 (79 events).** Its misses were then read, so the "this code" blind6 row is *after reading*. Every row
below samples the candidates the same way as the "this code" rows of the table (the "before" rows of the table
sample what main shows, 12 per query: another sample of the same code). Columns: `bench/timeline_real.py --no-write`
with main 24bebb0, with 950ae1e (this round's date rules), and this code.

| split | main 24bebb0 | dates of round 7 | + topic of round 7 (this code) |
|---|---|---|---|
| tune | 0.935 / 0.935 (77) | 0.936 / 0.936 (78) | 0.936 / 0.936 (78) |
| dev | 0.823 / 0.734 (79) | 0.812 / 0.738 (80) | 0.810 / 0.747 (79) |
| test | 0.882 / 0.735 (68) | 0.882 / 0.735 (68) | 0.882 / 0.735 (68) |
| blind2 | 0.833 / 0.833 (30) | 0.833 / 0.833 (30) | 0.833 / 0.833 (30) |
| blind3 | 0.833 / 0.789 (90) | 0.833 / 0.789 (90) | 0.833 / 0.789 (90) |
| blind4 | 0.791 / 0.856 (139) | 0.791 / 0.856 (139) | 0.790 / 0.862 (138) |
| blind5 | 0.731 / 0.750 (108) | 0.736 / 0.745 (110) | 0.731 / 0.759 (108) |
| blind6 (after reading) | **0.646 / 0.646 (79)** | 0.739 / 0.667 (69) | 0.738 / 0.708 (65) |

(date / topic precision, judged events in the sample.) What changed:
- **Dates** (`akhbar.events`, rules chosen on what blind5's misses showed, then blind6's): a date in a clause of
  terms after the report ("على أن يجتمع مجلس الإدارة يوم الأحد 14 ذي القعدة", "على أن تصرف المكافأة …
  بنهاية تداول يوم …", شريطة أن) is a `condition`; a date written out more than a week from the article's day
  after a verbal noun of a short list (الحوار، سداد، إطلاق، انطلاق، توقيع، انتقال …, within three words with
  meaning), in a sentence no present verb heads and no تم/قام/كان/أتم carries, is the noun's (`verbal noun`:
  "مخرجات الحوار الوطني … يناير 2014", "قسطين تأخرت في سدادهما منذ 12 آذار"); "اليوم" after what/who + an
  imperfect ("وما نراه اليوم", "من يطالب اليوم") is the present; "اليوم" + a pronoun is the present only
  within one word of its clause's head or of أن (blind5's "إغلاق الطريق اليوم هو إجراء مؤقت" is today's
  storming); a ت- present verb (not ending in the past's ت) heading a sentence reports its later month
  (blind5's "تنطلق منتصف شهر أكتوبر المقبل أعمال الصيانة"); "دار اليوم" is a publisher. On the judged rows the
  code files as events (the 1,175 labels before those two): 12 wrong dates no longer filed and no right one; 3 right and 2 wrong
  filed now (the pronoun and ت- rules: "ما تم إنجازه اليوم هو ثمرة" on dev is one of the two, which is why dev's
  date precision moves 0.823 -> 0.812: one wrong event enters its sample). `tests/test_quality.py`'s rows: 586 of
  689 -> 587 of 690 (0.851; 589 of 692 with the two tune events this code brings into its sample, judged at the end:
  both right); the gate now also counts blind4's (114 of 143, 0.797, floor 0.79).
- **Topic** (`akhbar.timeline`): another body or person of the query's words counts nothing. A body every country
  has one of (`lexicon.NATIONAL_BODIES`: وزارة، هيئة، الحرس، مجلس …) right before another country's nationality
  adjective (with ال and an adjective's ending, no comma or stopword between: "وزارة الداخلية التونسية",
  "إدارة الغذاء والدواء الأمريكية"; the archive's own country is the nationality it names most, and one the
  query says is its own); a first name followed by بن and another father ("فيصل بن ثامر"/"فيصل بن خالد" for
  "الأمير فيصل بن بندر", "محمد بن نايف" for "الأمير محمد بن سلمان"); a club's name after نادي/فريق written
  otherwise than in the query ("اتفاقية" for "نادي الاتفاق", "فتح باب" for "نادي الفتح"; "الهلاليين" and "نادي
  اتحاد جدة" still count). Of the judged events, 9 near or off-topic ones leave the timelines (dev 1, blind4 1,
  blind5 2, blind6 5) and no on-topic one; blind4 shows 554 -> 542 events, blind5 420 -> 406, blind6 196 -> 185
  (read: other princes, other countries' interior ministries, other clubs). A timeline query's CPU time moves
  within the noise of a loaded machine (0.087 -> 0.091 s, best of 2, load 12).
Tried and not kept: the verbal-noun rule by the forms of verbal nouns (إفعال، افتعال، تفعيل، مفاعلة … by regular
expression, three words): 14 wrong and 16 right dates off on the judged rows (the forms also match plurals and
nouns: أسعار، الاتحاد، تاريخ، تركيا); the list without the week's distance: 2 more wrong off on blind5 but, on 8,000
articles, a council sitting announced for "this Monday" morning with its Hijri date (right) too; the list without the carrying verbs:
most of 25 changes read in the archive were right dates ("افتُتح المعهد عام 1963", "زار الوفد … قبرص في 29
أبريل", "عُقد لقاء في مارس"). For topic: a name's own nationality from the archive (the one following it in
60% of the passages where any does, so that "ريال مدريد الإسباني" stays): it made the US FDA Saudi's "هيئة الغذاء
والدواء" (14 of 14) and the Turkish PKK foreign ("الكردستاني العراقي" is another party); a foreign stem without
its adjective form: country names share it (تركيا/التركي, سوريا, الصين/الصيني), 3 on-topic events off ("اللاجئين
السوريين في تركيا", "الحرس الثوري الإيراني في سورية", "جبهة النصرة في سوريا"); club names without the nisba and
"نادي اتحاد جدة" forms: an on-topic blind4 event off ("الهلاليين").
blind6's misses that remain: pages old or late (Asharq Al-Awsat's bay'ah of April and the 7/7 anniversary filed in
July, 3alyoum and Sabq copies a day or more after the story: 5 of the 79), the date of a second clause ("ثم يواجه
منافسه يوم الخميس المقبل", a signing "وسيلتحق … اليوم"), a period after a verb of publishing ("نشرت … خلال عام
2013"), "وكانت … أعلنت الاثنين الماضي" a week further back than read, a noun's date far from the noun ("زيارة …
إلى مدينة أبها عام 1406", 13 words); topic: a tournament named after the GCC, people attending or in passing,
a university as a place, Iraq's "قانون الحرس الوطني" (no adjective). Next: the day of an Asharq Al-Awsat page from
its article number (the numbers rise with the days), the pluperfect's "الماضي" a week back, kunyas ("أبو بكر …")
as whole names like the patronymics.

### Round 8 (timeline9): a calibrated confidence for each event; the less sure ones held back

Issue #18 again, the structural way: every round since the first fixed the misses it read, and each new held-out
split showed new kinds (blind2-blind6 came in at 0.65-0.83 date and 0.65-0.86 topic precision). So instead of more
rules, each event the rules put on a timeline now gets two calibrated probabilities (`akhbar.timeline_confidence`),
and a timeline files only the events above both thresholds; the others are **held back, not hidden**: returned with
`--near` (`near=true`) under their own heading, marked `held: "date"` or `"topic"`, every event carrying its
`date_confidence` and `topic_confidence`.

**blind7**, the new held-out split ({", ".join(QUERIES["blind7"])}): 18 queries on stories no
earlier split asked for, committed (985d26f, `bench/timeline_blind7.jsonl`) with the size of main's (103d276) timelines
(`BLIND7_SHOWN`, about 4 events per query; two queries show nothing on main) and its 61 sampled events judged on main
before any code of the round was written, by the rules written beside `JUDGED_BLIND7` (the date of what the sentence
reports, from the day the article speaks from — not a noun's, a second clause's, an as-of or a reporting period;
topic on / near / off). Read once, at the end.

The models (`bench/fit_timeline.py`): two L2-regularized logistic regressions over named features, fitted with numpy
in the bench and evaluated in plain Python from `src/akhbar/data/timeline_model.json` (no new dependency).
- **date** (35 + 12 source features): how the date is attached — its precision; written out or said from the
  article's day (اليوم، أمس، غدا, a weekday, الماضي/المقبل); which day it was read against (published, a dateline, a
  stated weekday, the page's issue day) and whether the article states a weekday that agrees; how far back or ahead
  of that day; how many words and clause breaks before it (the main verb's date comes first), a speech verb or a
  quote before it, a future verb, a relative pronoun or a subordinator before it; how many dates and context dates
  the sentence holds and whether this is its first; a present verb heading the sentence; the article's first
  sentence; its source (some papers' pages are fetched days or months late).
- **topic** (14 features): the coverage shares the rules already use (sentence, paragraph, lead, and now the title
  alone), the sentence covering the whole query, the query's words standing together, how many terms come before
  the first of the query's in the sentence (a name late in a sentence is mostly a passing mention: the strongest
  weight), how many dated sentences of the article cover the query, the article's search rank.
- Fitted on every judged event of tune, dev, test, blind2-blind6 that this code's rules still file (908 with a date
  label, on or near topic; 765 on-topic events with a topic label); **cross-validated by query** (10 folds, a
  query's events never on both sides), each fold's threshold chosen on the inner 5-fold predictions of its training
  folds only (nested), so the numbers below are of events no part of the choice saw. The shipped threshold is
  chosen the same way on the pooled out-of-fold predictions: the lowest cut-off whose kept events reach the target
  precision at every higher cut-off keeping 20 or more.

    .venv/bin/python bench/fit_timeline.py --write          # the models; --date-target / --topic-target / --l2
    .venv/bin/python bench/timeline_real.py --before 103d276 --no-write

Nested cross-validation (precision of the events kept; share of all events kept; share of the right events kept):

| what is filed | date precision | events kept | right dates kept | topic precision | events kept | on-topic kept |
|---|---:|---:|---:|---:|---:|---:|
| the rules alone (main) | 0.824 | 1.00 | 1.00 | 0.808 | 1.00 | 1.00 |
| date target 0.95 (L2 5) | 0.953 | 0.42 | 0.48 | | | |
| date target 0.93 | 0.931 | 0.62 | 0.70 | | | |
| date target 0.92 | 0.925 | 0.67 | 0.76 | | | |
| **date target 0.90 (shipped)** | **0.901** | 0.80 | **0.88** | | | |
| **topic target 0.90 (shipped)** | | | | **0.896** | 0.68 | **0.75** |

On the events a timeline shows (both labels, both models; 765 events): the rules file all of them at date 0.822,
topic 0.808; the shipped cut-offs file 415 (54%) at **date 0.906, topic 0.918**, keeping 68% of the events right on
both; the date target 0.95 files 211 (28%) at 0.943 / 0.915, keeping **36%** of the right events; 0.93, 319 at 0.928
/ 0.915 (53%). Cross-validated AUC: date 0.805, topic 0.768 (0.683 before the name's position and the article's count
were features). L2 = 5 was chosen among 1, 5 and 20 on the nested numbers at the 0.95 target (0.970 / 0.39, 0.953 /
0.48, 0.971 / 0.36 of the right dates kept).

**The 0.95 date target is not what ships.** At it the model keeps 48% of the right dates and, with the topic model,
36% of the right events — under the 40% the brief set for useful — and on hand-written clean news it held back plainly
right events ("انطلق المهرجان … في الخامس عشر من أغسطس 2022", eight words into its sentence and written out on the
article's own day: 0.84, the 0.95 cut-off is 0.907): the model learned that most right dates in SaudiNewsNet are
"أمس" right after the verb. The shipped date cut-off is for 0.90 (threshold 0.676 on the date model, 0.773 on the topic
model): precision 0.824 -> 0.901 (CV) while keeping 88% of the right dates.

Side by side, one sitting (`bench/timeline_real.py --before 103d276 --no-write`; the "before" rows sample what main
shows; "this code" samples its candidates as before, blind3-blind7 at their fixed rates, so blind7's rows are the same
judged events, the kept ones a subset):

| split | main 103d276: shown, judged, date / topic / both | this code: shown, judged, date / topic / both |
|---|---|---|
| tune | 327, 80, 0.938 / 0.938 / 0.887 | 245, 60, 0.950 / 0.950 / 0.900 |
| dev | 213, 83, 0.795 / 0.747 / 0.590 | 110, 39, 0.974 / 0.923 / 0.897 |
| test | 224, 71, 0.859 / 0.662 / 0.563 | 123, 42, 0.929 / 0.905 / 0.833 |
| blind2 | 54, 40, 0.875 / 0.750 / 0.650 | 24, 14, 1.000 / 1.000 / 1.000 |
| blind3 | 215, 90, 0.833 / 0.789 / 0.644 | 99, 42, 0.905 / 0.905 / 0.810 |
| blind4 | 542, 138, 0.790 / 0.862 / 0.674 | 339, 74, 0.878 / 0.946 / 0.824 |
| blind5 | 406, 108, 0.731 / 0.759 / 0.546 | 223, 52, 0.865 / 0.904 / 0.769 |
| blind6 | 185, 65, 0.738 / 0.708 / 0.569 | 107, 35, 0.886 / 0.857 / 0.771 |
| **blind7 (held out)** | 230, 61, **0.738 / 0.689 / 0.525** | 126, 27, **0.852 / 0.815 / 0.704** |

(tune to blind6 are the rows the models were fitted on: in-sample, see the cross-validated table for honest numbers;
blind3-blind6 show a few events no one judged, "+1 to +5": removing a held copy changes which sentence represents a
merged event.) Held out, blind7 moves +0.11 date and +0.13 topic and shows 55% of main's events (126 of 230); the
targets (0.95 / 0.90) are not met. Its errors that remain, read once after the numbers: a second clause's day
(Barcelona's "وسيخوض … بعد غد السبت" after a won friendly, date confidence 0.91), "غدا اليوم" (a garbled pair) and
"حتى الأمس" (an as-of), a sermon "غداً" after a verb of issuing; topic: the National Bank of Egypt ("البنك الأهلي
المصري") for "البنك الأهلي التجاري" (a name that shares all but its last word with the query's), and Japanese market
reports that name Chinese stocks as a cause. No rule changed this round: the date roles and topic rules are main's, and
`tests/test_quality.py`'s gates (which read the rules) are unchanged (587 of 690, 114 of 143). A timeline query's
CPU time: 0.162 -> 0.165 s (best of 3 over the 20 tune and dev queries, load 8-10: within the noise).

Tried and not kept: the date target 0.95 (above); the model without the name's position and the article's count of
covering sentences (topic AUC 0.683, 0.917 at 44% of the on-topic events kept); L2 = 1 or 20 (fewer right dates kept at
the same precision). Not tried for lack of time: monotone constraints or per-query-type slopes (a person, a body, a
club), a gradient-boosted model (the claim checker's way), and the source features' weight on other archives (they
name SaudiNewsNet's papers; an archive of other sources gets none of them).

Next: refit the models whenever a rule changes (`bench/fit_timeline.py --write`: the test
`test_the_shipped_models_read_the_features_the_code_computes` fails when the feature list moves); judge more events
near the thresholds (0.6-0.9), where the labels decide the cut-off; features for the two general misses left — a date
that belongs to a noun or a second clause (a verb between the sentence's head and the date, a future verb in its own
clause), and a name that shares all but its last word with the query's (the query's last term missing where its first
terms stand); a gate in `tests/test_quality.py` on the date model's kept precision over the judged rows (needs the
date features built from `article_mentions`, outside the archive).

What decides, and what was tried (on tune):
- **Dates.** Every date mention gets a role (`akhbar.events`): an event (the main verb's date, a dateline,
  "اليوم/أمس + weekday") or a reference kept with its reason — منذ, مقارنة بـ/عن/نفس الفترة, a range's start,
  a projection (بحلول, a later year), a reporting period or "for the year" (للعام الدراسي، لموسم حج 1436هـ),
  a relative clause (الذي/التي …, الصادر/المقرر …), a subordinate clause (بعد أن، عندما، إثر، فيما … at the
  head), reported speech about another week, "العام الماضي/هذا العام", "اليوم" as the present (حتى اليوم،
  وهو اليوم، تعد … اليوم), a second date in the same clause. Relative dates resolve against the day the
  article speaks from: a dateline, else a weekday it states ("اليوم (الأحد)"), else the publication date,
  and record which (`anchor`). A weekday or a year-less day in a sentence about the coming days is the next
  one; "الأحد 19 من الشهر الحالي" takes the Hijri month when only it has that weekday; "عام 1436" near
  today's Hijri year is Hijri, and a Hijri year is the Gregorian year holding most of it.
- **Topic.** A timeline event must cover the query in its own sentence: IDF-weighted share of the query's
  terms, a word of a multi-word name counting only next to the rest of the name (pairs of query words that
  stand together in the archive's passages at least 30% of the time, or quoted); ON at a share ≥ 0.6, or
  ≥ 0.25 when the article's lead covers ≥ 0.6. Lifting a sentence by its paragraph or its lead alone was
  tried: it finds the sentences that say "البلدان" for the countries, but on tune it took topic precision
  from about 0.95 to 0.84, so those are shown only as near-topic (`--near`, JSON `topic: "near"`). Cut-offs
  0.5–0.7 were swept on tune and 0.6 kept; "البيضاء" alone never counts for "رسوم الأراضي البيضاء".
- **Still wrong** (read on tune and dev): crawl lag (an article fetched a week after it was written, saying
  "اليوم الاثنين" of the earlier Monday: nothing in the text tells); a date that belongs to a noun rather
  than the verb ("إعلان التفاصيل … مواجهة السوبر في 12 أغسطس", deadlines "حتى 28 شوال"); background told
  in a long sentence's second clause with its own verb but no comma; a query's words in another sense or
  another body's name ("هيئة مكافحة الاحتكار" for "هيئة مكافحة الفساد", poems that mention "عاصفة الحزم").
  On test the same kinds: the topic errors are mostly names that share all but their last word with the
  query's ("مطار الملك فهد/خالد" for "مطار الملك عبدالعزيز", the Iranian مجلس الشورى, FX reports for
  "أسعار الفائدة الأمريكية"); the date errors crawl lag, deadlines and schedules inside reported speech.

Measured {dt.date.today().isoformat()} (results in `bench/results/timeline_real.json`).
"""


if __name__ == "__main__":
    sys.exit(main())
