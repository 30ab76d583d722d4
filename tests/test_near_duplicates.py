"""Near-duplicate signatures: datasketch's MinHash value for value, and the candidate pool.

Signatures are stored in the ledger, so a change in how they are computed would make every
stored article look unlike the new ones: they are checked against datasketch itself, on the
seed, the team's corpus and real gossip items.
"""

from __future__ import annotations

import random
import re
import zlib

import numpy as np
import pytest
from datasketch import MinHash

from conftest import real_texts
from rumourmill.ledger import near_duplicates as nd

AWKWARD = [
    "",
    "one",
    "two words",
    "İstanbul’s Çağlar Söyüncü — “ready” to_go, 123abc; Ødegaard’s 10%",
    "no\u00a0break\u2009thin\u200bzero-width joiners",
    "a\u0301ccent combining ǅ ß ŉ ﬁ ΣΑΣ σας ١٢٣",
    "lone x\udc80y surrogate",
    "word " * 3000 + " ".join(map(str, range(12_000))),  # longer than one chunk of shingles
]


def _texts() -> list[str]:
    return real_texts(every_gossip_item=10) + AWKWARD


def _datasketch(text: str) -> bytes:
    """The signature as datasketch makes it from the same 5-shingles of \\w+ words."""
    words = [zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in re.findall(r"\w+", text.lower())]
    width = min(nd.SHINGLE_WORDS, len(words))
    shingles = set()
    for start in range(len(words) - width + 1 if words else 0):
        value = 0
        for word in words[start : start + width]:
            value = (value * 1_000_003 + word) & 0xFFFFFFFF
        shingles.add(value)
    minhash = MinHash(num_perm=nd.PERMUTATIONS, seed=nd.SEED, scheme="affine32", hashfunc=int)
    minhash.update_batch(sorted(shingles))
    return minhash.hashvalues.astype("<u4").tobytes()


def test_words_are_what_the_word_regex_finds():
    for text in _texts():
        expected = [w.encode("utf-8", "surrogatepass") for w in re.findall(r"\w+", text.lower())]
        assert nd.words(text) == expected, text[:60]


def test_signatures_are_datasketch_minhash_value_for_value():
    texts = _texts()
    assert len(texts) > 300
    for text in texts:
        assert nd.signature(text).to_bytes() == _datasketch(text), text[:60]


def test_an_empty_text_has_the_empty_signature():
    assert (nd.signature("").values == np.uint32(0xFFFFFFFF)).all()
    assert nd.signature("...").to_bytes() == nd.signature("").to_bytes()


def _story(n: int, length: int = 300) -> str:
    rng = random.Random(n)
    return " ".join(f"word{rng.randrange(100_000)}" for _ in range(length))


def test_the_pool_finds_the_closest_original_among_many():
    # every article carries the same long boilerplate, so many originals share bands with a new one
    boiler = " ".join(f"boiler{i}" for i in range(200))
    originals = [nd.signature(boiler + " " + _story(n, 150)) for n in range(200)]
    pool = nd.Pool()
    for n, sig in enumerate(originals):
        pool.add(f"a{n}", sig)
    edited = (boiler + " " + _story(42, 150)).split()
    edited[260:263] = ["three", "changed", "words"]
    query = nd.signature(" ".join(edited))
    sharing = [o for o in originals if set(o.band_keys()) & set(query.band_keys())]
    assert len(sharing) > 20
    found = pool.best_match(query)
    assert found is not None and found[0] == "a42" and nd.THRESHOLD <= found[1] < 1.0
    other = nd.signature(boiler + " " + _story(999, 150))  # the boilerplate alone in common
    assert any(set(o.band_keys()) & set(other.band_keys()) for o in originals)
    assert pool.best_match(other) is None


@pytest.mark.parametrize("count", [1, 63, 64, 65, 300])
def test_the_pool_keeps_every_signature_as_it_grows(count):
    pool = nd.Pool()
    signatures = [nd.signature(_story(n)) for n in range(count)]
    for n, sig in enumerate(signatures):
        pool.add(f"a{n}", sig)
    for n, sig in enumerate(signatures):
        assert pool.best_match(sig) == (f"a{n}", 1.0)
