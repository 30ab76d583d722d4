"""Near-duplicate articles: the same story re-published with small edits.

MinHash signatures (datasketch) over word 5-shingles estimate the Jaccard similarity of two
texts. Locality-sensitive hashing cuts each signature into bands; the band keys live in the
database (`article_bands`), so candidates are found by an indexed look-up however many
articles are stored, and no index has to be held in memory between runs.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import cache

import numpy as np

PERMUTATIONS = 128
SCHEME = "affine32"  # datasketch 2's default: uint32 values, stored as they are
BANDS = 32  # 32 bands of 4 rows: a pair at 0.7 similarity shares a band with p > 0.999
ROWS = PERMUTATIONS // BANDS
SHINGLE_WORDS = 5
#: Estimated Jaccard similarity from which two articles count as one story.
THRESHOLD = 0.7

WORD = re.compile(r"\w+")


class Signature:
    """A MinHash signature (uint32 values) and its LSH band keys, computed once."""

    def __init__(self, values: np.ndarray) -> None:
        self.values = values
        self._keys: list[int] | None = None

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        return cls(np.frombuffer(data, dtype="<u4"))

    def band_keys(self) -> list[int]:
        """One signed 64-bit key per band (band index included, so bands never collide)."""
        if self._keys is None:
            self._keys = self._band_keys()
        return self._keys

    def _band_keys(self) -> list[int]:
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
def _minhash() -> type:
    # datasketch imports scipy (half a second): only ingest needs it, not `extract` or the board
    from datasketch import MinHash

    return MinHash


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # made once: datasketch draws them from a seeded generator, the same in every run
    return _minhash()(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME).permutations


def shingle_hashes(text: str) -> np.ndarray:
    """32-bit hashes of the text's word 5-shingles, without building the shingle strings.

    Each word is hashed once (crc32); a shingle's hash is a polynomial of its words' hashes,
    computed for all shingles at once with numpy.
    """
    words = np.array([zlib.crc32(w.encode()) for w in WORD.findall(text.lower())], dtype=np.uint64)
    if len(words) == 0:
        return words.astype(np.uint32)
    width = min(SHINGLE_WORDS, len(words))
    hashes = np.zeros(len(words) - width + 1, dtype=np.uint64)
    for offset in range(width):
        hashes = (hashes * np.uint64(1_000_003) + words[offset : offset + len(hashes)]) & np.uint64(
            0xFFFFFFFF
        )
    return np.unique(hashes)


def signature(text: str) -> Signature:
    # the shingles come already hashed: datasketch's affine32 scheme mixes and permutes them
    minhash = _minhash()(num_perm=PERMUTATIONS, permutations=_permutations(), scheme=SCHEME, hashfunc=int)
    minhash.update_batch(shingle_hashes(text).tolist())
    return Signature(minhash.hashvalues.astype(np.uint32))
