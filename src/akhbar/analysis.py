"""What the analyzer sees in a text, as plain data (``akhbar analyze``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .arabic import get_analyzer, split_sentences
from .dates import find_dates
from .numbers import find_numbers


def analyze_text(text: str, reference: dt.date | None = None) -> dict[str, Any]:
    analyzer = get_analyzer()
    return {
        "tokens": [{"text": t.text, "start": t.start, "end": t.end, "norm": t.norm, "stem": t.stem}
                   for t in analyzer.tokens(text)],
        "sentences": [{"text": s.text, "start": s.start, "end": s.end} for s in split_sentences(text)],
        "numbers": [{"text": n.text, "start": n.start, "end": n.end, "value": n.value} for n in find_numbers(text)],
        "dates": [{"text": d.text, "start": d.start, "end": d.end, "date": d.iso, "precision": d.precision}
                  for d in find_dates(text, reference)],
    }
