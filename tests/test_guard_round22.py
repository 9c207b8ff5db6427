"""Round 22 of the generation guard: held out 19's false "supported" and its true sentences dropped.
The sentences are our own, about made-up matches, grounds, towns and people."""

from conftest import claim

SEMI = "خسر فريق الواحة أمام فريق الساحل بهدف نظيف في الدور نصف النهائي على ملعب النخيل."
FINAL = "وسيواجه فريق الساحل فريق الجبل في المباراة النهائية يوم الجمعة."
SCORER = "وسجل الهدف اللاعب سالم الكعبي في الدقيقة الأخيرة."


def test_a_ground_of_another_match_is_no_venue_of_this_one():
    # the semi-final was played at the ground; nothing says where the final is: TRUST BUG, both were supported, the
    # ground borrowed from the article by the sentence of the final, or taken from the pair of the two sentences
    for source in (f"{SEMI} {FINAL}", f"{SEMI} {SCORER} {FINAL}"):
        assert claim(source, "أقيمت المباراة النهائية على ملعب النخيل.").verdict != "supported"
        assert claim(source, "ويواجه فريق الساحل فريق الجبل في المباراة النهائية على ملعب النخيل.").verdict != "supported"
        assert claim(source, "وسيواجه فريق الساحل فريق الجبل في المباراة النهائية.").verdict == "supported"
    # the match that was played there keeps its ground
    assert claim(f"{SEMI} {FINAL}", "خسر فريق الواحة أمام فريق الساحل على ملعب النخيل.").verdict == "supported"
    # and so does a deed of that match told by the next sentence: the pair holds the ground and the team of the match
    # ("منتخب كولومبيا"); the team the next sentence writes with a glued ل ("لكولومبيا") is the same team, no rival
    final = ("وفاز منتخب كولومبيا بكأس القارة بعد تغلبه على منتخب البيرو 2-1 في المباراة الختامية على ملعب النخيل. "
             "وسجل اللاعب سالم الكعبي هدفين لكولومبيا، فيما أحرز حمد الراشدي هدف البيرو.")
    told = "أحرز سالم الكعبي هدفين لمنتخب كولومبيا في المباراة الختامية التي أقيمت على ملعب النخيل."
    assert claim(final, told).verdict == "supported"
    assert claim(final, told.replace("كولومبيا", "البيرو")).verdict != "supported"


def test_the_first_of_a_series_the_source_ranks_from_its_second():
    # the source tells the first storm unranked and ranks the next one "ثانٍ": "الأول" is no detail it lacks
    source = ("ضرب إعصار بسرعة 160 كيلومتراً في الساعة جزيرة الواحة فجر الخميس، وكان مركزه قرب بلدة المرسى. "
              "وبعد نحو عشر ساعات ضرب إعصار ثانٍ بسرعة 120 كيلومتراً في الساعة الجزيرة نفسها.")
    assert claim(source, "وبلغت سرعة الإعصار الأول 160 كيلومتراً في الساعة.").verdict == "supported"
    assert claim(source, "وكان مركز الإعصار الأول قرب بلدة المرسى.").verdict == "supported"
    assert claim(source, "وضرب الإعصار الثاني بعد نحو عشر ساعات من الأول.").verdict == "supported"
    # the second one's speed given to the first is still a rank conflict
    assert claim(source, "وبلغت سرعة الإعصار الأول 120 كيلومتراً في الساعة.").verdict == "contradicted"
    # with no second one in the source, "the first" is a detail it does not give
    alone = "ضرب إعصار بسرعة 160 كيلومتراً في الساعة جزيرة الواحة فجر الخميس."
    assert claim(alone, "وبلغت سرعة الإعصار الأول 160 كيلومتراً في الساعة.").verdict != "supported"


def test_a_planned_deed_framed_as_planned():
    # "من المقرر / من المنتظر أن" only frame the deed the source plans ("على أن تستقبل …"); the deed is still checked
    source = ("وعرض وزير النقل سالم الكعبي مشروع المحطة الذي قُدرت تكلفته بنحو ثلاثة مليارات دولار، "
              "على أن تستقبل المحطة في النهاية عشرة آلاف مسافر يومياً.")
    assert claim(source, "ومن المقرر أن تستقبل المحطة في النهاية عشرة آلاف مسافر يومياً.").verdict == "supported"
    assert claim(source, "ومن المنتظر أن تستقبل المحطة عشرة آلاف مسافر يومياً.").verdict == "supported"
    assert claim(source, "ومن المقرر أن تستقبل المحطة في النهاية عشرين ألف مسافر يومياً.").verdict == "contradicted"
    assert claim(source, "ومن المقرر أن تستقبل المحطة في النهاية عشرة آلاف شاحنة يومياً.").verdict != "supported"


def test_during_it_places_the_deed_in_the_one_before():
    # "خلالها" (during it: the visit the answer told before) is no fact a source must state, as "حينها" is not
    source = "زار وزير النقل سالم الكعبي ميناء الواحة يوم الأحد، حيث التقى العمال وأمر ببدء توسيع الرصيف الشمالي."
    assert claim(source, "وأمر الكعبي خلالها ببدء توسيع الرصيف الشمالي.").verdict == "supported"
    assert claim(source, "وأمر الكعبي خلالها ببدء توسيع الرصيف الجنوبي.").verdict == "contradicted"


def test_verbs_of_one_meaning_a_model_words_otherwise():
    # read as the model's own contradiction of a word in the slot, or as a word no source said: each is the source's
    # verb in other words ("تألفت من" / "ضمت", "طالبت" / "ناشدت", "انهارت" / "تهدمت", "يعول على" / "يراهن على")
    source = ("وضمت البعثة خمسة أطباء وثلاث ممرضات. وناشدت إدارة المستشفى الأهالي التبرع بالدم للمصابين. "
              "وتهدمت عشرات المنازل في القرية بعد السيول. ويراهن المزارعون على الأمطار لإنقاذ المحصول.")
    assert claim(source, "وتألفت البعثة من خمسة أطباء وثلاث ممرضات.").verdict == "supported"
    assert claim(source, "وطالبت إدارة المستشفى الأهالي بالتبرع بالدم للمصابين.").verdict == "supported"
    assert claim(source, "وانهارت عشرات المنازل في القرية بعد السيول.").verdict == "supported"
    assert claim(source, "ويعول المزارعون على الأمطار لإنقاذ المحصول.").verdict == "supported"
    # what they say is still checked
    assert claim(source, "وتألفت البعثة من سبعة أطباء وثلاث ممرضات.").verdict == "contradicted"
    assert claim(source, "ويعول المزارعون على السدود لإنقاذ المحصول.").verdict != "supported"
