"""A goalless draw in other words is the same result: the lead's round-32 held-out probe (bench/verify_probe_lead32.jsonl)
had "تعادل الفريقان دون أهداف" contradicted (0.94) by "انتهت مباراة الفريقين بالتعادل السلبي": read word by word, "دون"
denied "أهداف", a word the source never wrote. Sentences written for this test."""

from __future__ import annotations

from akhbar import verify
from conftest import probe_reading

SOURCE = "انتهت مباراة الوحدة والشباب في الدوري بالتعادل السلبي."


def test_a_goalless_draw_in_other_words_is_supported():
    for claim in ("تعادل الوحدة والشباب دون أهداف.", "تعادل الوحدة والشباب سلبياً.", "تعادل الوحدة والشباب بلا أهداف."):
        assert verify(SOURCE, claim).claims[0].verdict == "supported", claim


def test_a_win_is_still_no_draw():
    assert verify(SOURCE, "فاز الوحدة على الشباب في الدوري.").claims[0].verdict != "supported"


def test_the_round_32_probe_keeps_its_floor():
    """bench/verify_probe_lead32.jsonl, held out (24 pairs written before any fix of the round; first reading on main
    e0af6a4: 0 of 18 false claims supported, 5 of 6 true ones kept: the goalless draw was contradicted)."""
    assert probe_reading("verify_probe_lead32.jsonl")["heldout"] == (0, 6)
