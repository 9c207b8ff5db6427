"""bench/README.md holds one section per benchmark; each script rewrites only its own."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parent / "README.md"


def write_section(heading: str, section: str) -> None:
    """Replace the section that starts with ``heading`` (up to the next "## " heading) by
    ``section``, or append it; the other sections are left as they are. The file is re-read
    here, not earlier: other benchmarks may have rewritten their sections meanwhile."""
    text = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    start = text.find(heading + "\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        nxt = text.find("\n## ", start + len(heading))
        tail = text[nxt + 1:] if nxt >= 0 else ""
        text = text[:start] + section + ("\n" + tail if tail else "")
    README.write_text(text, encoding="utf-8")
