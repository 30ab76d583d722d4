"""Bytes to text, refusing what is not text and saying why."""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes

from rumourmill import errors, settings


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    warning: str | None = None  # set when the bytes were not valid UTF-8 but could be read


def check_size(item: str, size: int, limit: int = settings.MAX_ARTICLE_BYTES) -> None:
    if size == 0:
        raise errors.BadInput(item, errors.EMPTY)
    if size > limit:
        raise errors.BadInput(item, errors.TOO_LARGE.format(size_mb=size / 2**20, limit_mb=limit // 2**20))


def decode(item: str, raw: bytes) -> Decoded:
    """Decode an article's bytes: UTF-8 first, then a detected legacy encoding."""
    check_size(item, len(raw), max(settings.MAX_ARTICLE_BYTES, len(raw)))
    if _looks_binary(raw):
        raise errors.BadInput(item, errors.BINARY.format(detail="it contains NUL or control bytes"))
    try:
        return Decoded(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    guess = from_bytes(raw[:200_000]).best()
    if guess is None or guess.encoding in ("utf_8", "ascii"):
        raise errors.BadInput(item, errors.UNDECODABLE)
    try:
        text = raw.decode(guess.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise errors.BadInput(item, errors.UNDECODABLE) from exc
    return Decoded(text, f"not valid UTF-8 (first bad byte at offset {first_bad}); read as {guess.encoding}")


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05
