"""Paragraphs, sentences, headings and round-up credits."""

from __future__ import annotations

import re

from rumourmill.extract.document import Doc, Sentence

PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
#: A sentence ends at . ! ? (and closing quotes/brackets) before a space and a capital,
#: a digit or an opening quote; abbreviations are checked separately.
BOUNDARY = re.compile(r"""[.!?]+['"’”)\]]*\s+(?=[\"'‘“(\[]?[A-Z0-9£€$])""")
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sr",
        "jr",
        "no",
        "nos",
        "vs",
        "v",
        "e.g",
        "i.e",
        "etc",
        "fc",
        "afc",
        "inc",
        "ltd",
        "co",
        "gen",
        "prof",
        "rev",
        "capt",
        "sgt",
        "utd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "est",
        "mt",
        "ft",
        "a.m",
        "p.m",
        "u.s",
    ]
)
#: A round-up item's closing credit: "(Telegraph - subscription required)", "(Marca via Express)".
CREDIT = re.compile(r"\(([^()]{2,80})\)\s*$")
CREDIT_NOTES = re.compile(
    r"\s*[-–—,:]\s*(?:subscription(?: required)?|in [A-Z][a-z]+|external|paywall|paywalled|podcast|video|audio).*$",
    re.IGNORECASE,
)
HEADING_MAX_WORDS = 16


class Segmenter:
    """Splits the story into paragraphs and sentences; marks headings and credits."""

    def __call__(self, doc: Doc) -> Doc:
        sentences = []
        body = doc.article.body_start
        for number, paragraph in enumerate(PARAGRAPH.finditer(doc.text, body)):
            sentences.extend(self.split(doc.text, paragraph.start(), paragraph.end(), number))
        doc.sentences = sentences
        return doc

    def split(self, text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
        chunk = text[start:end]
        first_line = chunk.split("\n", 1)[0]
        if len(first_line) < len(chunk) and _is_headline(first_line, paragraph):
            # a page's headline sits on its own line above the text (HTML <h1>)
            line_end = start + len(first_line)
            body = line_end + 1
            return self.split(text, start, line_end, paragraph) + self.split(text, body, end, paragraph)
        credit = self.credit(chunk)
        stripped = chunk.rstrip()
        words = len(stripped.split())
        if words <= HEADING_MAX_WORDS and stripped[-1:] not in ".!?\"'’”)…:" and "\n" not in stripped:
            # "Atlético push for Bobb, Bayern in talks over Reinholt": one clause per item
            return [Sentence(start + a, start + b, paragraph, heading=True) for a, b in _clauses(stripped)]
        pieces = []
        cursor = 0
        for boundary in BOUNDARY.finditer(chunk):
            if self._is_abbreviation(chunk, boundary.start()):
                continue
            pieces.append((cursor, boundary.end()))
            cursor = boundary.end()
        pieces.append((cursor, len(stripped)))
        sentences = []
        for piece_start, piece_end in pieces:
            piece = chunk[piece_start:piece_end]
            if not piece.strip():
                continue
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            sentences.append(
                Sentence(start + piece_start + lead, start + piece_end - trail, paragraph, credit=credit)
            )
        return sentences

    @staticmethod
    def credit(chunk: str) -> tuple[str, ...]:
        """Sources of a round-up item, origin first: "(Marca via Express)" -> (Marca, Express)."""
        match = CREDIT.search(chunk.rstrip())
        if not match:
            return ()
        inner = CREDIT_NOTES.sub("", match.group(1)).strip()
        if not inner or not inner[0].isupper() or len(inner.split()) > 8:
            return ()
        parts = re.split(r"\s+(?:via|and|&|/|,)\s+|\s*,\s*", inner)
        return tuple(p.strip() for p in parts if p.strip())

    @staticmethod
    def _is_abbreviation(chunk: str, dot: int) -> bool:
        word = re.search(r"(\S+)$", chunk[max(0, dot - 12) : dot])
        if not word:
            return False
        token = word.group(1).lower().rstrip(".").lstrip("(\"'‘“")
        # "Mr.", "e.g." and initials ("J. Smith") do not end a sentence; "£79m." does
        return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


HEADLINE_CLAUSE = re.compile(r"[^,;:|]+")


def _is_headline(line: str, paragraph: int) -> bool:
    """The story's first line when it is short and has no closing punctuation: a headline,
    not the first line of hard-wrapped prose."""
    words = line.split()
    if paragraph != 0 or not words or len(words) > 12 or line.rstrip()[-1:] in ".!?\"'’”)…:,;":
        return False
    return words[0][:1].isupper()


def _clauses(headline: str) -> list[tuple[int, int]]:
    spans = []
    for match in HEADLINE_CLAUSE.finditer(headline):
        piece = match.group(0)
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((match.start() + lead, match.start() + len(piece.rstrip())))
    return spans or [(0, len(headline))]


def _lead(chunk: str) -> int:
    return len(chunk) - len(chunk.lstrip())
