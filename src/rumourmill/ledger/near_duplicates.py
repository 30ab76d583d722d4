"""Near-duplicate articles: the same story re-published with small edits.

MinHash signatures over word 5-shingles estimate the Jaccard similarity of two texts.
Locality-sensitive hashing cuts each signature into bands; the band keys live in the database
(`article_bands`), so candidates are found by an indexed look-up however many articles are
stored, and no index has to be held in memory between runs.

The signature is datasketch's MinHash in its "affine32" scheme with seed 1, value for value
(the tests check it against datasketch): computed here with a few numpy operations on the
whole article, because datasketch's per-call checks cost more than the hashing for one
article, and importing it pulls in scipy, half a second for every `ingest`.
"""

from __future__ import annotations

import hashlib
import zlib
from functools import cache

import numpy as np

PERMUTATIONS = 128
SEED = 1  # of the permutations, drawn as datasketch 2 draws them for its default "affine32" scheme
BANDS = 32  # 32 bands of 4 rows: a pair at 0.7 similarity shares a band with p > 0.999
ROWS = PERMUTATIONS // BANDS
SHINGLE_WORDS = 5
#: Estimated Jaccard similarity from which two articles count as one story.
THRESHOLD = 0.7

_ASCII = frozenset(map(chr, range(128)))


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


class Pool:
    """Original articles that may be repeated, as one signature matrix with their band keys.

    Templated or boilerplate-heavy news can put hundreds of originals in one band, so an
    article is compared with all of its candidates at once, as rows of one matrix.
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self._values = np.empty((0, PERMUTATIONS), dtype=np.uint32)
        self._by_key: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def extend(self, ids: list[str], values: np.ndarray, keys: list[tuple[int, int]]) -> None:
        """Add originals (their signatures as rows of `values`) and (band key, row) pairs,
        rows counted from 0 within this call."""
        base = len(self.ids)
        needed = base + len(ids)
        if needed > len(self._values):  # grown in doublings: a batch adds its originals one by one
            grown = np.empty((max(needed, 2 * len(self._values), 64), PERMUTATIONS), dtype=np.uint32)
            grown[:base] = self._values[:base]
            self._values = grown
        self._values[base:needed] = values
        self.ids += ids
        for key, row in keys:
            self._by_key.setdefault(key, []).append(base + row)

    def add(self, article_id: str, signature: Signature) -> None:
        self.extend([article_id], signature.values[None, :], [(key, 0) for key in signature.band_keys()])

    def best_match(self, signature: Signature) -> tuple[str, float] | None:
        """The original most like this signature among those sharing a band, if it is a near-duplicate."""
        rows: set[int] = set()
        for key in signature.band_keys():
            rows.update(self._by_key.get(key, ()))
        if not rows:
            return None
        ordered = np.fromiter(rows, dtype=np.intp, count=len(rows))
        ordered.sort()  # a tie goes to the first added
        agree = np.count_nonzero(self._values[ordered] == signature.values, axis=1)
        best = int(agree.argmax())
        similarity = agree[best] / PERMUTATIONS
        return (self.ids[ordered[best]], float(similarity)) if similarity >= THRESHOLD else None


#: ASCII bytes that are not word characters (\w), mapped to spaces.
_ASCII_NON_WORD = bytes(b if chr(b).isalnum() or b == ord("_") else ord(" ") for b in range(128)) + bytes(
    range(128, 256)
)


def words(text: str) -> list[bytes]:
    r"""The text's lower-cased words (runs of \w), UTF-8 encoded: what `\w+` finds, split on bytes.

    Splitting bytes is a few times quicker than a regex over the string: ASCII non-word
    characters become spaces in one translation, and the few distinct non-ASCII ones that are
    not word characters (curly quotes, dashes, no-break spaces) are replaced one by one.
    """
    lowered = text.lower()
    data = lowered.encode("utf-8", "surrogatepass")
    data = data.translate(_ASCII_NON_WORD)
    if not lowered.isascii():
        for char in set(lowered).difference(_ASCII):
            if not char.isalnum():
                data = data.replace(char.encode("utf-8", "surrogatepass"), b" ")
    return data.split()


def shingle_hashes(text: str) -> np.ndarray:
    """32-bit hashes of the text's word 5-shingles, without building the shingle strings.

    Each word is hashed once (crc32); a shingle's hash is a polynomial of its words' hashes,
    computed for all shingles at once with numpy. A shingle said twice is hashed twice: a
    minimum does not change for it, and removing repeats would cost more than the signature.
    """
    hashes = np.fromiter(map(zlib.crc32, words(text)), dtype=np.uint64)
    if len(hashes) == 0:
        return hashes.astype(np.uint32)
    width = min(SHINGLE_WORDS, len(hashes))
    shingles = np.zeros(len(hashes) - width + 1, dtype=np.uint64)
    for offset in range(width):
        shingles = (shingles * np.uint64(1_000_003) + hashes[offset : offset + len(shingles)]) & np.uint64(
            0xFFFFFFFF
        )
    return shingles.astype(np.uint32)


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """h -> a*h + b mod 2^32 with `a` odd (a bijection), drawn from a seeded generator as
    datasketch does, so every run and every ledger uses the same ones."""
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, PERMUTATIONS, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer, which spreads the shingle hashes before they are permuted."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


#: Shingles permuted at once: bounds the memory a very long text takes (rows x 128 x 4 bytes).
_CHUNK = 8192


def signature(text: str) -> Signature:
    """The text's MinHash: for each permutation, the least permuted shingle hash."""
    a, b = _permutations()
    values = np.full(PERMUTATIONS, 0xFFFFFFFF, dtype=np.uint32)  # no shingles: all at the maximum
    mixed = _fmix32(shingle_hashes(text))[:, None]
    for start in range(0, len(mixed), _CHUNK):
        np.minimum(values, (mixed[start : start + _CHUNK] * a + b).min(axis=0), out=values)
    return Signature(values)
