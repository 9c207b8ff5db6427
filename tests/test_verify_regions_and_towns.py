"""Regions and towns of real news are places: a claim putting the deed in another region is not supported. Read on
perturbed SaudiNewsNet sentences (round 33), "باشرت فرق الهلال الأحمر في جازان …" was supported (0.84) by a sentence of
the Red Crescent in الباحة: neither region was a place the checker knew, so the two names were two unknown words.
Sentences written for this test."""

from __future__ import annotations

import pytest

from conftest import verdict

SOURCE = "تعاملت فرق الإطفاء بمنطقة نجران خلال الأسبوع الماضي 40 حادثاً نتج عنها 12 إصابة."


@pytest.mark.parametrize("region", ["جازان", "تبوك", "حائل", "القصيم", "الأحساء", "عسير"])
def test_another_region_is_not_supported(region):
    assert verdict(SOURCE, f"تعاملت فرق الإطفاء بمنطقة {region} 40 حادثاً نتج عنها 12 إصابة.") != "supported"


def test_the_same_region_is_supported():
    assert verdict(SOURCE, "تعاملت فرق الإطفاء بمنطقة نجران 40 حادثاً نتج عنها 12 إصابة.") == "supported"


def test_towns_of_other_countries_too():
    source = "قتل خمسة مسلحين في اشتباكات مع الجيش قرب مدينة تكريت."
    assert verdict(source, "قتل خمسة مسلحين في اشتباكات مع الجيش قرب مدينة الفلوجة.") != "supported"
    assert verdict(source, "قتل خمسة مسلحين في اشتباكات مع الجيش قرب تكريت.") == "supported"
