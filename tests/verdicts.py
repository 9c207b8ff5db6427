"""The claim checker's verdict on one claim as the real-news tests read it (tests/test_verify_real_news_round36-38)."""

from __future__ import annotations

from akhbar import verify


def verdict_of(source: str, claim: str) -> tuple[str, str]:
    """The claim's verdict and reason; a claim verify splits in parts takes its first part that is not supported."""
    parts = verify(source, claim).claims
    c = next((p for p in parts if p.verdict != "supported"), parts[0])
    return c.verdict, c.reason
