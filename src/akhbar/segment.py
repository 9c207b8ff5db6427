"""Article text → paragraphs, sentences and passages, all as offsets into the stored text.

A passage (the retrieval unit) is a run of whole consecutive sentences of about
``passage_words`` words; it may cross a paragraph break, because scraped news often puts
every sentence on its own line and one-sentence passages retrieve poorly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .arabic import split_sentences

_LINE = re.compile(r"[^\n]+")


@dataclass
class Segments:
    paragraphs: list[tuple[int, int]]
    passages: list[tuple[int, int, list[tuple[int, int]]]]  # (start, end, sentences)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        return [s for _, _, sentences in self.passages for s in sentences]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if stripped:
            start = m.start() + (len(line) - len(line.lstrip()))
            out.append((start, start + len(stripped)))
    return out


def segment(text: str, passage_words: int = 60) -> Segments:
    paragraphs = _paragraphs(text)
    sentences: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        for span in split_sentences(text[p_start:p_end]):
            sentences.append((p_start + span.start, p_start + span.end))

    passages: list[tuple[int, int, list[tuple[int, int]]]] = []
    current: list[tuple[int, int]] = []
    words = 0
    for s, e in sentences:
        n = text.count(" ", s, e) + 1
        # Close the passage before a sentence that would make it much longer than the target.
        if current and words + n > passage_words * 1.5 and words >= passage_words // 2:
            passages.append((current[0][0], current[-1][1], current))
            current, words = [], 0
        current.append((s, e))
        words += n
        if words >= passage_words:
            passages.append((current[0][0], current[-1][1], current))
            current, words = [], 0
    if current:
        passages.append((current[0][0], current[-1][1], current))
    return Segments(paragraphs=paragraphs, passages=passages)
