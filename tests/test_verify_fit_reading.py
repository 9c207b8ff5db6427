"""The model is fitted on claims read as the checker reads them at run time (verify.claim_reading): a headline
inviting the reader ("تعرف على X") is the claim X for bench/fit_verify.py's training vectors too, so the model is
not fitted on a verb the checker never shows it. The sentences are our own, about a made-up event."""

import sys
from pathlib import Path

from akhbar.align import align, analyze
from akhbar.verify import claim_reading

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_the_fit_reads_an_invitation_as_its_topic_as_the_checker_does():
    sys.path.insert(0, str(BENCH))
    from fit_verify import features

    claim = "تعرف على خطة البلدية لتنظيف الشواطئ قبل الصيف"
    source = "خطة البلدية لتنظيف الشواطئ تبدأ قبل الصيف"
    assert claim_reading(claim) == "خطة البلدية لتنظيف الشواطئ قبل الصيف"
    xs, ys = features([(claim, source, "supported")])
    # the vector the checker's model reads for this pair, not the one of the claim with its verb
    assert xs == [align(analyze(claim_reading(claim)), analyze(source)).vector()]
    assert xs != [align(analyze(claim), analyze(source)).vector()]
    # a claim that invites no one is read as written
    assert claim_reading("تعرف المدرب على لاعبيه الجدد") == "تعرف المدرب على لاعبيه الجدد"
