"""Round 40 (verify52): claims a fact-checker would check, in pairs written for these tests (other words than the
round's probes, bench/verify_probe_round39.jsonl and round40):

- TRUST BUG: a nationality names who, not where. "توجه الوفد الليبي إلى القاهرة" says where a Libyan delegation went,
  not that the delegation went to Libya; the country written after its noun ("وفد ليبيا") or after "من" ("وفد من
  ليبيا") still says whose it is, and a country the claim names alone for its team ("بلغت الجزائر" / "بلغ المنتخب
  الجزائري") is the team.

Each false claim is not supported now; the controls beside them stay supported.
"""

from __future__ import annotations

import pytest

from akhbar import verify

NATIONALITY_AS_PLACE = [
    ("توجه الوفد الليبي إلى القاهرة أمس لبحث ملف الحدود.", "توجه الوفد إلى ليبيا أمس"),
    ("زار المبعوث الأردني دمشق والتقى عدداً من المسؤولين.", "زار المبعوث الأردن والتقى عدداً من المسؤولين"),
    ("التقى الرئيس اللبناني نظيره القبرصي في نيقوسيا يوم الخميس.", "التقى الرئيس نظيره القبرصي في لبنان يوم الخميس"),
]

NATIONALITY_CONTROLS = [
    ("توجه الوفد الليبي إلى القاهرة أمس لبحث ملف الحدود.", "توجه وفد من ليبيا إلى القاهرة أمس"),
    ("توجه الوفد الليبي إلى القاهرة أمس لبحث ملف الحدود.", "توجه وفد ليبيا إلى القاهرة أمس"),
    ("بلغ المنتخب الجزائري ربع النهائي بعد فوزه بركلات الترجيح.", "بلغت الجزائر ربع النهائي بعد فوزها بركلات الترجيح"),
    ("قالت الحكومة الليبية إن البلاد ستنظم المؤتمر في الربيع.", "قالت الحكومة إن ليبيا ستنظم المؤتمر في الربيع"),
    ("ضربت عاصفة قوية الساحل اللبناني ليلة الأحد.", "ضربت عاصفة قوية الساحل في لبنان ليلة الأحد"),
]


@pytest.mark.parametrize(("source", "claim"), NATIONALITY_AS_PLACE)
def test_a_nationality_names_who_not_where(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "unsupported", (c.verdict, c.probability, c.reason)
    assert "not as where" in c.reason


@pytest.mark.parametrize(("source", "claim"), NATIONALITY_CONTROLS)
def test_a_nationality_still_says_whose(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)
