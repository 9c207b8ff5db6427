"""Duplicate detection: exact (hash of folded words) and near-duplicate (MinHash + banded LSH).

The LSH buckets live in the SQLite store (``lsh`` table), so detection is persistent across
runs and needs no in-memory index: a new article looks up its band buckets, then the
candidates' signatures are compared to estimate Jaccard similarity. Every stored article has
its buckets there, duplicates included: a copy of a copy is found through the copy it is
closest to, and linked to the story's first article. (With only first articles in the table,
articles whose closest earlier text was itself a copy were left unlinked: bench/dedup_real.py.)
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from functools import cached_property

from rensa import RMinHash

from .arabic import canonical_number, normalize, token_texts
from .numbers import R_DECIMAL, R_DECIMAL_NEEDS

NUM_PERM = 128
# 42 bands x 3 rows (126 of the 128 values): a pair at Jaccard 0.7 (the default threshold) or 0.6 shares
# a bucket with probability > 0.9999, at 0.5 0.996 (32 x 4: 0.988 at 0.6), so the threshold can be lowered
# without missing pairs; a pair at 0.2 does with probability 0.29, at 0.05 (most pairs) 0.005.
BANDS = 42
ROWS = NUM_PERM // BANDS
SHINGLE = 3
_SEED = 20241208
# Bump when ``words`` or the shingles change: archives fingerprinted otherwise are re-fingerprinted
# from their stored texts before the next ingest compares anything (Ingestor.refingerprint).
FINGERPRINT_VERSION = "2"

# "%" is no token; its word forms are, and copies write whichever their paper uses (folded: ئ → ي).
_PERCENT_WORDS = re.compile(r"(?<=\d)(\s*%)?\s*(?:في\s+الم(?:ا)?يه|بالم(?:ا)?يه)(?!\w)")


def words(text: str) -> list[str]:
    """Folded words, numbers in one format: the unit of both hashes, so diacritics, hamza forms,
    punctuation or number formats do not make a republished story look new. Digits of any script
    and both decimal marks are folded by ``normalize``; here "3ر5" becomes 5.3, thousands
    separators go ("1,250,000" = "1250000"), a decimal comma becomes a point, and the percent words
    (في المئة، بالمائة …) go like the "%" sign they stand for."""
    folded = normalize(text)
    # Both patterns open with a look-behind, which makes the regex engine try them at every position
    # of the article: look first for what they cannot match without (most articles have neither).
    if R_DECIMAL_NEEDS.search(folded):  # (a Gulf paper's decimal: numbers.R_DECIMAL)
        folded = R_DECIMAL.sub(r"\2.\1", folded)
    if "لميه" in folded or "لمايه" in folded:
        folded = _PERCENT_WORDS.sub(" ", folded)
    return [(canonical_number(w) or w) if w[0].isdigit() else w for w in token_texts(folded)]



@dataclass
class Fingerprint:
    hash: str
    signature: list[int]

    @property
    def blob(self) -> bytes:
        return struct.pack(f"<{NUM_PERM}I", *self.signature)

    @cached_property  # wanted twice per stored article: the near-duplicate lookup and the insert
    def buckets(self) -> list[int]:
        """One 63-bit bucket key per band (fits SQLite's signed INTEGER)."""
        packed, width = self.blob, ROWS * 4  # each band's rows are its slice of the packed signature
        return [int.from_bytes(hashlib.blake2b(packed[band * width:(band + 1) * width], digest_size=8).digest(),
                               "little") >> 1 for band in range(BANDS)]


def fingerprint(text: str) -> Fingerprint:
    tokens = words(text)
    hashed = hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest()
    # Every run of SHINGLE consecutive words; a shorter text is one shingle of all its words.
    shingles = list(map(" ".join, zip(*(tokens[i:] for i in range(SHINGLE))))) or [" ".join(tokens)]
    mh = RMinHash(num_perm=NUM_PERM, seed=_SEED)
    mh.update(shingles)
    return Fingerprint(hash=hashed, signature=[int(v) for v in mh.digest()])


def similarity(signature: list[int], blob: bytes) -> float:
    """Estimated Jaccard similarity between a signature and a stored one."""
    other = struct.unpack(f"<{NUM_PERM}I", blob)
    return sum(a == b for a, b in zip(signature, other)) / NUM_PERM
