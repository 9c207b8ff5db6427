"""Two readings from the lead's round-33 held-out probe (bench/verify_probe_lead33.jsonl): the chargé d'affaires is
not the ambassador ("القائم بأعمال السفير", supported at 0.87), and a vote against is a refusal ("صوّت النواب ضد" against
"رفض النواب", contradicted at 0.99). Sentences written for this test."""

from __future__ import annotations

from conftest import claim, verdict

ACTING = "استقبل وزير الخارجية القائم بأعمال السفير الإيطالي في مقر الوزارة."


def test_the_acting_ambassador_is_not_the_ambassador():
    told = claim(ACTING, "استقبل وزير الخارجية السفير الإيطالي في مقر الوزارة.")
    assert told.verdict != "supported"
    assert "القائم بأعمال السفير" in told.reason
    assert verdict(ACTING, "استقبل وزير الخارجية القائم بأعمال السفير الإيطالي.") == "supported"


def test_a_vote_against_is_a_refusal_not_a_passing():
    source = "صوّت مجلس البلدية ضد خطة توسعة السوق القديم في جلسته الأخيرة."
    assert verdict(source, "رفض مجلس البلدية خطة توسعة السوق القديم.") == "supported"
    assert verdict(source, "أقر مجلس البلدية خطة توسعة السوق القديم.") == "contradicted"
