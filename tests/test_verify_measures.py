"""A number with a unit of measure or money after it is a quantity, not a year: "1350 كيلوغراماً" was read as the
year 1350, so a bridge "1990 متراً" long stated that it opened in 1990, and a changed weight was called a changed
year. The sentences are our own, about made-up things."""

from akhbar.sides import analyze
from conftest import claim


def test_a_number_before_a_unit_is_a_quantity():
    for text in ("ويزن المسبار 1350 كيلوغراماً.", "ويبلغ طول الجسر 1990 متراً.", "وبلغت كلفته 1500 دولار."):
        assert [v.kind for v in analyze(text).values] == ["num"], text
    for text in ("وقعت المعركة عام 1350.", "وتأسست الشركة في 1990."):
        assert [v.kind for v in analyze(text).values] == ["date"], text


def test_a_length_is_no_year_the_sentence_states():
    bridge = "ويبلغ طول الجسر الجديد 1990 متراً، وافتتح عام 2021."
    assert claim(bridge, "وافتتح الجسر الجديد عام 1990.").verdict != "supported"
    assert claim(bridge, "وافتتح الجسر الجديد عام 2021.").verdict == "supported"
    assert claim(bridge, "ويبلغ طول الجسر الجديد 1990 متراً.").verdict == "supported"


def test_a_changed_weight_is_a_changed_number():
    probe = "وأطلق المسبار في الصيف الماضي، ويزن 1350 كيلوغراماً."
    wrong = claim(probe, "ويزن المسبار 1200 كيلوغرام.")
    assert wrong.verdict == "contradicted" and wrong.reason.startswith("number"), wrong.reason
    assert claim(probe, "ويزن المسبار 1350 كيلوغراماً.").verdict == "supported"


def test_a_bare_number_is_no_price_or_length_the_sentence_states():
    # A fact-checker reads "طُرح في 1500" as a year (or a number of unknown kind), not the price "1500 دولار".
    launch = "وطرح الجهاز في الأسواق بسعر 1500 دولار، ولاقى إقبالا كبيرا."
    assert claim(launch, "وطرح الجهاز في 1500.").verdict != "supported"  # was supported
    assert claim(launch, "وطرح الجهاز عام 1500.").verdict != "supported"
    assert claim(launch, "وطرح الجهاز في الأسواق بسعر 1500 دولار.").verdict == "supported"
    assert claim(launch, "وطرح الجهاز في الأسواق بسعر 1800 دولار.").verdict == "contradicted"
