"""Round 30 (verify42): what a fact-checker sees change, in pairs written for these tests (other words than the
round's probe, bench/verify_probe_round30.jsonl).

- An arrest is no halt: a claim that a pursuit stopped is not contradicted by "أوقفت الشرطة …" (it arrests).
- A postponement to the claim's time neither tells the event held nor denies it: unsupported, not contradicted.
- A depth in kilometres is no magnitude in degrees: the same number in two units is two facts.
- "الأسبوع الثالث من مايو" gives no day "الثالث من مايو".
- A noun and its adjective are one mention: "رئيساً جديداً خلفاً للرئيس الذي استقال" does not say the new one resigned.
- A re-told deed: a hollow past ("باعت") links its verbal noun ("بيع"); a doer taken only by a synonym of a word the
  claim already says is no doer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar.verify import judge_pair

PROBE = Path(__file__).resolve().parent.parent / "bench" / "verify_probe_round30.jsonl"

NOT_SUPPORTED = [
    # a halt against an arrest (the honest verdict: unsupported; not "supported", never "contradicted")
    ("توقف البحث عن لص المجوهرات", "أوقفت الشرطة لص المجوهرات في محطة القطار.", "unsupported"),
    ("توقفت ملاحقة السائق الهارب", "أوقف رجال الأمن السائق الهارب قرب الجسر.", "unsupported"),
    ("توقف البحث عن الرجل المطلوب", "اعتقلت الشرطة الرجل المطلوب في شقته.", "unsupported"),  # (an arrest in its own word)
    # a postponement to the claim's time
    ("عقد المؤتمر الطبي في مايو", "أجلت الجمعية المؤتمر الطبي إلى مايو.", "unsupported"),
    # a depth is no magnitude
    ("بلغت قوة الزلزال 20 درجة", "ضرب زلزال الجزيرة على عمق 20 كيلومتراً.", "unsupported"),
    # a week's rank is no day
    ("تنطلق الحملة في الثالث من مايو", "تنطلق الحملة في الأسبوع الثالث من مايو.", "unsupported"),
    # an adjective of another mention
    ("استقال الرئيس الجديد", "انتخب المجلس رئيساً جديداً خلفاً للرئيس الذي استقال.", "unsupported"),
    # a doer the sentence never names, linked only through a synonym of the claim's own word
    ("باعت العائلة المنزل القديم", "بيع المنزل القديم في مزاد علني.", "unsupported"),
]

CONTROLS = [
    ("أطلقت الشرطة سراح لص المجوهرات", "أوقفت الشرطة لص المجوهرات في محطة القطار.", "contradicted"),
    ("أفرجت الشرطة عن الرجل المطلوب", "اعتقلت الشرطة الرجل المطلوب في شقته.", "contradicted"),
    ("عقد المؤتمر الطبي في موعده", "أجلت الجمعية المؤتمر الطبي إلى مايو.", "contradicted"),
    ("بلغت قوة الزلزال 7 درجات", "بلغت قوة الزلزال 6 درجات على مقياس ريختر.", "contradicted"),
    ("تنطلق الحملة في الأسبوع الثالث من مايو", "تنطلق الحملة في الأسبوع الثالث من مايو.", "supported"),
    ("انتخب المجلس رئيساً جديداً", "انتخب المجلس رئيساً جديداً خلفاً للرئيس الذي استقال.", "supported"),
    ("بيع مصنع الشركة القديم لمستثمرين محليين", "باعت الشركة مصنعها القديم لمستثمرين محليين.", "supported"),
]


@pytest.mark.parametrize(("claim", "source", "expected"), NOT_SUPPORTED)
def test_the_claim_is_unsupported_not_supported_nor_contradicted(claim: str, source: str, expected: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == expected, (v.verdict, v.probability, v.reason)


@pytest.mark.parametrize(("claim", "source", "expected"), CONTROLS)
def test_controls_keep_their_verdict(claim: str, source: str, expected: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == expected, (v.verdict, v.probability, v.reason)


def test_reasons_name_what_decided() -> None:
    assert "الأسبوع الثالث" in judge_pair("تنطلق الحملة في الثالث من مايو", "تنطلق الحملة في الأسبوع الثالث من مايو.").reason
    assert judge_pair("توقف البحث عن لص المجوهرات", "أوقفت الشرطة لص المجوهرات في محطة القطار.").reason.startswith(
        "no evidence for")


def test_round30_dev_probe_floor() -> None:
    """The round's dev probe: no false "supported" beyond the one left (a second deed joined by a bare "و" whose verb
    carries its object pronoun, "وأبقته"), and no true claim contradicted beyond the one left."""
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev = [r for r in rows if r["split"] == "dev"]
    verdicts = [(r["expected"], judge_pair(r["claim"], r["source"]).verdict) for r in dev]
    assert sum(e != "supported" and v == "supported" for e, v in verdicts) <= 1
    assert sum(e != "contradicted" and v == "contradicted" for e, v in verdicts) <= 1
