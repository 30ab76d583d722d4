"""Paragraphs, sentences, headings and round-up credits."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rumourmill.extract.document import Doc, Sentence

PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
#: A sentence ends at . ! ? (and closing quotes/brackets) before a space and a capital,
#: a digit or an opening quote; abbreviations are checked separately.
#: Marks that close a sentence or a credit before a line break: "… (Source: X)\nOFFICIAL: …".
CLOSING = ")'\"’”"
BOUNDARY = re.compile(
    # One character class opens both branches, so the engine skips ahead to those marks in C
    # (four times faster than trying each branch at every character); a look-behind then says
    # which branch the mark opens.
    rf"""[.!?{re.escape(CLOSING)}](?:(?<=[.!?])[.!?]*['"’”)\]]*\s+(?=[\"'‘“(\[]?[A-Z0-9£€$])"""
    # a line that ends with a closing mark, in a paragraph of lines
    rf"|(?<=[{re.escape(CLOSING)}])[ \t]*\n\s*(?=\S))"
)
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
ENTRY_TIME = re.compile(
    r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\([A-Z]{2,4}\)|[A-Z]{2,4})?\s*:?\s*$", re.I
)
TIME_ZONE = re.compile(
    r"(?:IST|GMT|BST|UTC|CET|CEST|EET|WET|ET|PT|CT|EST|EDT|PST|PDT|CST|AEST|AEDT|local time)"
)
#: "(Source: Sky Sports)", "(via Marca)", "(per The Athletic)": the label before the credit.
CREDIT_LABEL = re.compile(
    r"^(?:sources?|via|per|h/t|hat-tip|credit|reports?|report by)\s*[:\-–]?\s*", re.IGNORECASE
)
HEADING_MAX_WORDS = 16
LINE_END = re.compile(r"\n[ \t]*")  # spaces before the newline are added by hand: see `_paragraphs`
#: Hard-wrapped prose never runs a line past this many characters.
WRAPPED_LINE_MAX = 100
#: The marker of a list item at the start of a line: "- ", "• ", "1. ".
BULLET = re.compile(r"(?:[-–—•*·▪►◦]|\d{1,2}[.)])[ \t]+(?=\S)")
#: A line of pasted web text that ends a sentence: a full stop (or a closing quote or bracket
#: after one) at its end. `_paragraphs` also wants a capital to open the next line.
PARAGRAPH_END = re.compile(r"[.!?…][\"'’”)\]]*$")


class Segmenter:
    """Splits the story into paragraphs and sentences; marks headings and credits."""

    def __call__(self, doc: Doc) -> Doc:
        sentences = []
        body = doc.article.body_start
        for number, (start, end) in enumerate(_paragraphs(doc.text, body)):
            sentences.extend(self.split(doc.text, start, end, number))
        doc.sentences = sentences
        return doc

    def split(self, text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
        chunk = text[start:end]
        first_line = chunk.split("\n", 1)[0] if "\n" in chunk else chunk
        if len(first_line) < len(chunk) and _is_headline(first_line, paragraph):
            # a page's headline sits on its own line above the text (HTML <h1>)
            line_end = start + len(first_line)
            body = line_end + 1
            return self.split(text, start, line_end, paragraph) + self.split(text, body, end, paragraph)
        stripped = chunk.rstrip()
        if (stripped[:1].isdigit() or stripped[:1].isspace()) and ENTRY_TIME.match(stripped):
            return [Sentence(start, start + len(stripped), paragraph, heading=True)]  # "18:36 (BST)"
        credit = self.credit(chunk)
        if (
            stripped[-1:] not in ".!?\"'’”)…:"
            and "\n" not in stripped
            and len(stripped.split()) <= HEADING_MAX_WORDS
        ):
            # "Atlético push for Bobb, Bayern in talks over Reinholt": one clause per item
            return [Sentence(start + a, start + b, paragraph, heading=True) for a, b in _clauses(stripped)]
        pieces = []
        cursor = 0
        for boundary in BOUNDARY.finditer(chunk):
            # the sentence ends after a closing mark, before a full stop
            end_of_sentence = boundary.start() + (chunk[boundary.start()] in CLOSING)
            if self._is_abbreviation(chunk, end_of_sentence):
                continue
            pieces.append((cursor, boundary.end()))
            cursor = boundary.end()
        pieces.append((cursor, len(stripped)))
        sentences: list[Sentence] = []
        for piece_start, piece_end in pieces:
            piece = chunk[piece_start:piece_end]
            bare = piece.strip()
            if not bare:
                continue
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            own = self.credit(piece) if bare[0] == "(" and CREDIT.fullmatch(bare) else ()
            if own and sentences:
                # "… from Norwich. (Source: Luton Town FC)": that sentence's own source, not the item's
                sentences[-1].credit = own
            sentences.append(
                Sentence(start + piece_start + lead, start + piece_end - trail, paragraph, credit=credit)
            )
        return sentences

    @staticmethod
    def credit(chunk: str) -> tuple[str, ...]:
        """Sources of a round-up item, origin first: "(Marca via Express)" -> (Marca, Express)."""
        match = CREDIT.search(chunk.rstrip()) if ")" in chunk else None
        if not match:
            return ()
        inner = CREDIT_LABEL.sub("", CREDIT_NOTES.sub("", match.group(1)).strip())
        if not inner or not inner[0].isupper() or len(inner.split()) > 8 or TIME_ZONE.fullmatch(inner):
            return ()  # "18:36 (IST)" dates a live-blog entry; it credits no one
        parts = re.split(r"\s+(?:via|and|&|/|,)\s+|\s*,\s*", inner)
        return tuple(p.strip() for p in parts if p.strip())

    @staticmethod
    def _is_abbreviation(chunk: str, dot: int) -> bool:
        word = LAST_WORD.search(chunk[max(0, dot - 12) : dot])
        if not word:
            return False
        token = word.group(1).lower().rstrip(".").lstrip("(\"'‘“")
        # "Mr.", "e.g." and initials ("J. Smith") do not end a sentence; "£79m." does
        return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


HEADLINE_CLAUSE = re.compile(r"[^,;:|]+")
LAST_WORD = re.compile(r"(\S+)$")


def _paragraphs(text: str, body: int) -> Iterator[tuple[int, int]]:
    """Paragraph spans: blocks between blank lines, and within a block each headline-like line,
    each list item ("- Fulham are hopeful…") and, in a block with no headlines, each line that
    ends a sentence before a line opening with a capital. Web pages pasted as text put one
    newline between paragraphs, or an item's headline on its own line above its lines (which
    stay together, to the item's credit); hard-wrapped prose, broken mid-sentence, stays whole."""
    for block in PARAGRAPH.finditer(text, body):
        start = line_start = _after_bullet(text, block.start())
        if start == block.start() and "\n" not in block.group():
            yield start, block.end()  # a paragraph of one line, as most are
            continue
        lines = block.group().split("\n")
        by_sentence = not any(_heading_like(line.rstrip(" \t")) for line in lines)
        # lines longer than wrapped prose ever runs are paragraphs of their own
        by_line = by_sentence and max(len(line) for line in lines) > WRAPPED_LINE_MAX
        previous_end = start
        for line_end in LINE_END.finditer(text, block.start(), block.end()):
            end = line_end.start()
            while end > line_start and text[end - 1] in " \t":
                end -= 1
            following = _after_bullet(text, line_end.end())
            if _heading_like(text[line_start:end]):
                if line_start > start:  # the lines above the headline are an item of their own
                    yield start, previous_end
                yield line_start, end
                start = following
            elif following > line_end.end() or (
                by_sentence
                and (by_line or PARAGRAPH_END.search(text, line_start, end))
                and text[following : following + 1].isupper()
            ):
                yield start, end  # the next line is a list item, or a new paragraph
                start = following
            previous_end, line_start = end, following
        if start < block.end():
            yield start, block.end()


def _after_bullet(text: str, start: int) -> int:
    """Where a line's text starts, after its list marker if it has one."""
    marker = BULLET.match(text, start)
    return marker.end() if marker else start


def _heading_like(line: str) -> bool:
    """A short capitalised line without closing punctuation ("Chelsea eyeing Johnson"); lines of
    hard-wrapped prose run to 60 characters and more."""
    if ENTRY_TIME.match(line):
        return True  # "18:36 (IST)", "10:30 AM:": a live-blog entry starts
    words = line.split()
    return (
        0 < len(words) <= 10
        and len(line.strip()) < 60
        and words[0][:1].isupper()
        and line.rstrip()[-1:] not in ".!?\"'’”)…:,;-–"
    )


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
