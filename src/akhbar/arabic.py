"""Arabic text analysis: one place for folding, tokens, sentences, stems and numbers.

Fold for matching, never for display: every function that finds something returns
character offsets into the *original* text.
"""

from __future__ import annotations

import unicodedata

# --- character folding -------------------------------------------------------------------

_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})

# One char -> one (possibly empty) string. Deletions: tatweel, harakat, superscript alef,
# zero-width and bidi controls (scraped text is full of them and they split words).
_FOLD: dict[int, str] = {
    **_DIGITS,
    ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا",
    ord("ى"): "ي", ord("ة"): "ه", ord("ؤ"): "و", ord("ئ"): "ي",
    ord("ـ"): "",
    **{cp: "" for cp in range(0x064B, 0x0653)},  # fathatan .. sukun, maddah
    0x0670: "",  # superscript alef
    **{cp: "" for cp in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF)},
    **{cp: "" for cp in range(0x202A, 0x202F)},  # bidi embeddings/overrides
    **{cp: "" for cp in range(0x2066, 0x206A)},  # bidi isolates
    ord("٫"): ".", ord("٬"): ",", ord("،"): "،",
}


def _fold_char(ch: str) -> str:
    out = _FOLD.get(ord(ch))
    if out is not None:
        return out
    cp = ord(ch)
    # Presentation forms (ﻻ, ﺍ …) decompose under NFKC into base letters.
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return "".join(_fold_char(c) for c in unicodedata.normalize("NFKC", ch))
    return ch.lower()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for matching and return, for each folded char, its index in ``text``.

    Use the map to turn a match in the folded string back into original offsets:
    ``orig_start = m[i]``; ``orig_end = m[j - 1] + 1`` for a folded match ``[i, j)``.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        for c in folded:
            out.append(c)
            index.append(i)
    return "".join(out), index


def normalize(text: str) -> str:
    """Fold text for matching: alef/hamza forms, ى→ي, ة→ه, no tatweel or harakat, ASCII digits,
    no zero-width/bidi controls, presentation forms decomposed, Latin lower-cased."""
    return "".join(_fold_char(ch) for ch in text)
