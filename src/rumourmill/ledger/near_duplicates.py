"""Near-duplicate articles: the same story re-published with small edits.

MinHash signatures (datasketch) over word 5-shingles estimate the Jaccard similarity of two
texts. Locality-sensitive hashing cuts each signature into bands; the band keys live in the
database (`article_bands`), so candidates are found by an indexed look-up however many
articles are stored, and no index has to be held in memory between runs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash

PERMUTATIONS = 128
SCHEME = "affine32"  # datasketch 2's default: uint32 values, stored as they are
BANDS = 16  # 16 bands of 8 rows: pairs above ~0.7 similarity almost always share a band
ROWS = PERMUTATIONS // BANDS
SHINGLE_WORDS = 5
#: Estimated Jaccard similarity from which two articles count as one story.
THRESHOLD = 0.7

WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Signature:
    values: np.ndarray  # uint32, PERMUTATIONS long

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        return cls(np.frombuffer(data, dtype="<u4"))

    def similarity(self, other: Signature) -> float:
        return float(np.mean(self.values == other.values))

    def band_keys(self) -> list[int]:
        """One signed 64-bit key per band (band index included, so bands never collide)."""
        raw = self.values.astype("<u4").tobytes()
        width = ROWS * 4
        keys = []
        for band in range(BANDS):
            digest = hashlib.blake2b(
                raw[band * width : (band + 1) * width], digest_size=8, person=bytes([band])
            )
            keys.append(int.from_bytes(digest.digest(), "little", signed=True))
        return keys


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # made once: datasketch draws them from a seeded generator, the same in every run
    return MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME).permutations


def shingles(text: str) -> set[bytes]:
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> Signature:
    minhash = MinHash(num_perm=PERMUTATIONS, permutations=_permutations(), scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return Signature(minhash.hashvalues.astype(np.uint32))
