"""A time of day ("في الساعة 4:17") is a value the claim checker compares: a changed time is a contradiction,
a time the source never gives is not supported."""

from akhbar import verify

QUAKE = ("ضرب زلزال بقوة 7.8 درجات على مقياس ريختر جنوب تركيا وشمال سوريا فجر أمس الاثنين، في الساعة 4:17 "
         "بالتوقيت المحلي، وكان مركزه في ولاية كهرمان مرعش.")


def test_a_changed_time_of_day_is_contradicted_and_named():
    claim = verify(QUAKE, "ضرب زلزال بقوة 7.8 درجات جنوب تركيا في الساعة 6:17 بالتوقيت المحلي.").claims[0]
    assert claim.verdict == "contradicted" and "6:17" in claim.reason and "4:17" in claim.reason


def test_the_same_time_in_any_digits_is_supported():
    for time in ("4:17", "٤:١٧"):
        claim = verify(QUAKE, f"ضرب زلزال بقوة 7.8 درجات جنوب تركيا في الساعة {time} بالتوقيت المحلي.").claims[0]
        assert claim.verdict == "supported", claim.reason


def test_a_time_the_source_never_gives_is_not_supported():
    claim = verify("ضرب زلزال بقوة 7.8 درجات جنوب تركيا وشمال سوريا.",
                   "ضرب زلزال بقوة 7.8 درجات جنوب تركيا في الساعة 4:17.").claims[0]
    assert claim.verdict == "unsupported"
