"""A form V / VI past ("تسلل", "تظاهر", "تفاوضت", "تراجع") under a head that does not tell the deed done is not
supported as done; a pretence ("تظاهر بأنه …") and a guess over a copula ("رجح أن يكون …") tell no fact. Our own
sentences (verify_deeds.planned_as_done)."""

from __future__ import annotations

import pytest

from akhbar.verify import judge_pair


@pytest.mark.parametrize(("claim", "source", "head"), [
    ("تسلل المسلحون إلى المتحف الوطني ليلا", "حاول المسلحون التسلل إلى المتحف الوطني ليلا", "حاول"),
    ("تفاوضت النقابة مع الإدارة على الأجور", "تسعى النقابة إلى التفاوض مع الإدارة على الأجور", "تسعى"),
    ("تظاهر المعلمون أمام البرلمان", "هدد المعلمون بالتظاهر أمام البرلمان", "هدد"),
    ("تراجع الوزير عن قرار إغلاق المدارس", "طالب الأهالي الوزير بالتراجع عن قرار إغلاق المدارس", "طالب"),
    # a pretence, and a guess over a copula: a claim that states the thing is not told it
    ("السائق مخمور لحظة الحادث", "تظاهر السائق بأنه مخمور لحظة الحادث", "تظاهر"),
    ("الحريق ناجم عن ماس كهربائي", "رجح المحققون أن يكون الحريق ناجما عن ماس كهربائي", "رجح"),
])
def test_a_deed_under_a_head_is_not_told_done(claim, source, head):
    verdict = judge_pair(claim, source)
    assert verdict.verdict == "unsupported", verdict
    assert f"the source does not tell it as done: {head}" in verdict.reason


@pytest.mark.parametrize(("claim", "source"), [
    ("تسلل لصوص إلى المتحف الوطني", "تسلل لصوص إلى المتحف الوطني ليلا وسرقوا لوحات"),
    ("تظاهر المعلمون أمام البرلمان", "تظاهر المعلمون أمام البرلمان للمطالبة برفع الأجور"),
    ("الحريق ناجم عن ماس كهربائي", "أكد المحققون أن الحريق ناجم عن ماس كهربائي"),
    # before a feminine doer the letters are also a present of form III ("she goes on"), not a past to check
    ("تواصل الحكومة تصريف الأعمال", "ستواصل الحكومة تصريف الأعمال"),
])
def test_the_deed_told_stays_supported(claim, source):
    verdict = judge_pair(claim, source)
    assert verdict.verdict == "supported", verdict
