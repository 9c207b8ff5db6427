"""A claim that says of one clause's thing the word the neighbouring clause says of another ("صعد سهم الشركة، بينما
هبط سهم المصرف" / "وصعد سهم المصرف") is contradicted by the clause that holds its thing, not supported by the clause
that holds its word. The sentences are our own, about made-up goods, towns and bodies."""

from conftest import claim

RICE = "ارتفع سعر الأرز في أسواق المدينة بنحو عشرة في المئة، بينما هبط سعر السكر."
BUDGET = "رفعت البلدية مخصصات الحدائق هذا العام، وقلصت مخصصات الإنارة."
VOTE = "وافق اتحاد المزارعين على الخطة الجديدة، في حين رفضها اتحاد الصيادين."
TRAINS = "زاد عدد ركاب القطار في الربيع، وتراجع في الخريف."


def test_the_word_of_one_clause_said_of_the_thing_of_the_other_is_contradicted():
    # TRUST BUG: the claim's verb is the first clause's word for word and the sugar is in the second clause: supported
    found = claim(RICE, "وارتفع سعر السكر في أسواق المدينة.")
    assert found.verdict == "contradicted"
    assert "هبط" in found.reason and "السكر" in found.evidence
    assert claim(BUDGET, "ورفعت البلدية مخصصات الإنارة.").verdict == "contradicted"
    # (before: unsupported; the clause that tells the fishermen's union says it refused the plan)
    found = claim(VOTE, "ووافق اتحاد الصيادين على الخطة الجديدة.")
    assert found.verdict == "contradicted" and "رفضها" in found.reason
    # the season is the second clause's, whose doer is left unsaid: the first clause's rise is not the autumn's
    assert claim(TRAINS, "وزاد عدد ركاب القطار في الخريف.").verdict != "supported"
    # the word said of its own clause's thing stays supported
    assert claim(RICE, "وارتفع سعر الأرز في أسواق المدينة.").verdict == "supported"
    assert claim(BUDGET, "ورفعت البلدية مخصصات الحدائق.").verdict == "supported"
    assert claim(TRAINS, "وزاد عدد ركاب القطار في الربيع.").verdict == "supported"


def test_the_second_clauses_word_said_of_its_own_thing_is_not_set_against_the_first():
    # the claim tells the second clause; its noun "سعر" is also the first clause's word, and the first clause's rise
    # was read as said of it: contradicted before ("opposite: وهبط / ارتفع")
    assert claim(RICE, "وهبط سعر السكر.").verdict == "supported"
    assert claim(VOTE, "ورفض اتحاد الصيادين الخطة الجديدة.").verdict == "supported"
    # while the first clause's thing given the second clause's word stays contradicted
    assert claim(RICE, "وهبط سعر الأرز.").verdict == "contradicted"
