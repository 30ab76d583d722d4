"""Name normalisation shared by the KB and the matcher.

`fold` keeps the text the same length (one character in, one out) so that match offsets in
folded text are offsets in the original text too.
"""

from __future__ import annotations

import re
import unicodedata


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1].lower()
        if base and base.isascii() and base.isalpha():
            table[code] = base
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    special = {
        "ß": "s",
        "æ": "a",
        "Æ": "a",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ı": "i",
        "œ": "o",
        "Œ": "o",
        "þ": "t",
        "ð": "d",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
    for char, replacement in special.items():
        table[ord(char)] = replacement
    return table


FOLD_TABLE = _build_fold_table()


#: Lower-case words inside a name: "Frenkie de Jong", "van Dijk", "dos Santos".
NAME_PARTICLES = frozenset("van von de da di dos das do der den del della la le ter ten bin al el".split())


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quotes and dashes, keeping every offset."""
    if text.isascii():
        return text.translate(FOLD_TABLE)  # CPython maps ASCII text through a fast cache
    # One curly quote would send the whole text down translate's slow path (a dict look-up per
    # character): fold an ASCII copy with a '?' for each other character, then put those back.
    marked = text.encode("ascii", "replace")
    ascii_folded = marked.decode("ascii").translate(FOLD_TABLE)
    pieces, done = [], 0
    at = marked.find(b"?")
    while at != -1:
        char = text[at]
        if char != "?":
            pieces += (ascii_folded[done:at], FOLD_TABLE.get(ord(char), char))
            done = at + 1
        at = marked.find(b"?", at + 1)
    pieces.append(ascii_folded[done:])
    return "".join(pieces)


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """`Joe Gómez` -> `joe-gomez`: the stable part of KB ids."""
    return _NON_SLUG.sub("-", fold(name)).strip("-")


def alias_key(name: str) -> str:
    """The form an alias is indexed under: folded and single-spaced.

    A leading "the" is kept: it is part of "The Athletic" and "The Sun", whose bare forms
    name other things. Nicknames are listed without it and matched with or without it.
    """
    return " ".join(fold(name).split())


def is_word_char(char: str) -> bool:
    return char.isalnum()
