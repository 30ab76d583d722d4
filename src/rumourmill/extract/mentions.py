"""Mention finding: KB aliases, surnames, unknown names, descriptors and possessives.

Finding only proposes; `resolve.py` decides which entity each mention means.
"""

from __future__ import annotations

import re

from rumourmill.extract import patterns
from rumourmill.extract.document import Doc
from rumourmill.kb.lexicon import word_list
from rumourmill.kb.names import fold
from rumourmill.models import Mention

#: A capitalised word, with the particles that may sit inside a name.
NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
NAME_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "da",
        "di",
        "dos",
        "das",
        "do",
        "der",
        "den",
        "del",
        "della",
        "la",
        "le",
        "ter",
        "ten",
        "bin",
        "al",
        "el",
    ]
)
ROLE_BEFORE = re.compile(
    r"(?:boss|manager|coach|head coach|agent|director|chairman|president|owner|journalist|reporter|"
    r"correspondent|presenter|pundit|executive|chief|ceo|scout|assistant|secretary|minister|referee|"
    r"photographer|analyst|insider)\s*$"
)
CAPTION = re.compile(r"(?:photo|picture|image|images|credit|pic)s?\s*(?:by|:)\s*$")
AGE_AFTER = re.compile(r"^,?\s*\(?\d{2}\)?\s*[,.)]")
AGE_DESCRIPTOR = re.compile(r"\bthe (\d{1,2})[- ]year[- ]old\b")
NUMBER_DESCRIPTOR = re.compile(r"\b(?:(our|their|his|the)\s+)?(?:number|no\.?|#)\s?(\d{1,2})\b")
ROLE_DESCRIPTOR = re.compile(
    r"\b(our|their|his|the)\s+(?:current\s+|new\s+|former\s+)?(head coach|manager|boss|coach|gaffer)\b"
)


class MentionFinder:
    """Proposes every mention of the article; each carries its candidate KB ids."""

    def __call__(self, doc: Doc) -> Doc:
        body = doc.article.body_start
        mentions = self.kb_mentions(doc, body)
        taken = _Occupancy(mentions)
        mentions += self.descriptor_mentions(doc, body, taken)
        mentions += self.name_mentions(doc, body, taken)
        mentions.sort(key=lambda m: m.start)
        doc.mentions = mentions
        return doc

    # -- known names --------------------------------------------------------------------
    def kb_mentions(self, doc: Doc, body: int) -> list[Mention]:
        mentions = []
        text = doc.text
        for hit in doc.kb.find(text[body:]):
            start, end = hit.start + body, hit.end + body
            how = _how(hit.hows)
            if how in ("nickname", "metonym", "stadium") and doc.folded[max(0, start - 4) : start] == "the ":
                start -= 4
            kinds = {doc.kb.entities[i].kind for i in hit.entity_ids}
            kind = "club" if "club" in kinds else next(iter(kinds))
            mentions.append(Mention(start, end, text[start:end], kind, None, how, hit.entity_ids))
        return mentions

    # -- descriptors ----------------------------------------------------------------------
    def descriptor_mentions(self, doc: Doc, body: int, taken: _Occupancy) -> list[Mention]:
        folded, text = doc.folded, doc.text
        found: list[Mention] = []

        def add(start: int, end: int, kind: str, how: str) -> None:
            if start >= body and taken.free(start, end):
                found.append(Mention(start, end, text[start:end], kind, None, how))
                taken.add(start, end)

        for match in AGE_DESCRIPTOR.finditer(folded, body):
            if not _name_follows(text, match.end()):
                add(match.start(), match.end(), "player", "descriptor:age")
        for match in patterns.demonym_regex().finditer(folded, body):
            if not _name_follows(text, match.end()):
                add(match.start(), match.end(), "player", "descriptor:demonym")
        position = re.compile(
            rf"\bthe (?:(?:former|ex-?|experienced|young|veteran|talented|in-form|star|new) )?({patterns.position_words()})\b"
        )
        for match in position.finditer(folded, body):
            if not _name_follows(text, match.end()):
                add(match.start(), match.end(), "player", "descriptor:position")
        for match in NUMBER_DESCRIPTOR.finditer(folded, body):
            add(match.start(), match.end(), "player", "descriptor:number")
        for match in ROLE_DESCRIPTOR.finditer(folded, body):
            if not _name_follows(text, match.end()):
                add(match.start(), match.end(), "person", "descriptor:role")
        return found

    # -- names the KB does not hold as written ----------------------------------------------
    def name_mentions(self, doc: Doc, body: int, taken: _Occupancy) -> list[Mention]:
        """Surnames of known people ("Gomez") and unknown full names ("Ivan Marek")."""
        text = doc.text
        common = word_list("common_words.txt")
        found = []
        unknown_surnames: dict[str, str] = {}  # "marek" -> "Ivan Marek", for later "Marek"
        for sentence in doc.sentences:
            chunk = text[sentence.start : sentence.end]
            title_case = sentence.heading and _mostly_capitalised(chunk)
            for run_start, run_end in _capitalised_runs(chunk):
                start, end = sentence.start + run_start, sentence.start + run_end
                if not taken.free(start, end):
                    continue
                tokens = [(start + t.start(), start + t.end()) for t in re.finditer(r"\S+", text[start:end])]
                # sentence-initial or headline words are names only if not common words
                while tokens and fold(text[tokens[0][0] : tokens[0][1]]) in common:
                    tokens.pop(0)
                while tokens and (
                    fold(text[tokens[-1][0] : tokens[-1][1]]) in common
                    or (len(tokens) > 1 and text[tokens[-1][0] : tokens[-1][1]].lower() in NAME_PARTICLES)
                ):
                    tokens.pop()
                if not tokens:
                    continue
                start, end = tokens[0][0], tokens[-1][1]
                if CAPTION.search(doc.folded[max(0, start - 16) : start]):
                    continue
                surface = text[start:end]
                if len(tokens) == 1:
                    at_start = start == sentence.start or title_case
                    mention = self._surname(doc, start, end, surface, at_start=at_start)
                    if mention is None and fold(surface) in unknown_surnames:
                        mention = Mention(start, end, surface, "person", None, "surname")
                elif title_case:
                    mention = None
                else:
                    kind, how = _unknown_kind(doc, start, end)
                    mention = Mention(start, end, surface, kind, None, how)
                    unknown_surnames[fold(surface.split()[-1])] = surface
                if mention is not None:
                    found.append(mention)
                    taken.add(start, end)
        return found

    @staticmethod
    def _surname(doc: Doc, start: int, end: int, surface: str, at_start: bool) -> Mention | None:
        candidates = doc.kb.by_surname(surface)
        if not candidates:
            return None
        if at_start and fold(surface) in word_list("common_words.txt"):
            return None
        kinds = {c.kind for c in candidates}
        kind = "player" if "player" in kinds else "person"
        return Mention(start, end, surface, kind, None, "surname", tuple(c.id for c in candidates))


class _Occupancy:
    """Which characters already belong to a mention."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.spans = [(m.start, m.end) for m in mentions]

    def free(self, start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in self.spans)

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))


def _how(hows: tuple[str, ...]) -> str:
    for how in ("name", "alias", "metonym", "stadium", "nickname"):
        if how in hows:
            return how
    return hows[0]


def _name_follows(text: str, end: int) -> bool:
    """'the 25-year-old midfielder Jack Grealish': the descriptor is a modifier, not a mention."""
    rest = text[end : end + 40]
    return bool(re.match(r"\s+(?:[\w-]+\s+){0,2}[A-Z][a-z]", rest)) and not re.match(
        r"\s+(?:is|was|has|had|will|would|could|can|may|might|should)\b", rest
    )


def _capitalised_runs(chunk: str) -> list[tuple[int, int]]:
    runs = []
    run_start = run_end = None
    for token in NAME_TOKEN.finditer(chunk):
        word = token.group(0).rstrip(".")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        capital = word[:1].isupper() and not (len(word) > 1 and word.isupper())
        particle = word.lower() in NAME_PARTICLES and run_start is not None
        contiguous = run_end is not None and chunk[run_end : token.start()].strip() == ""
        if (capital or particle) and (run_start is None or contiguous):
            if run_start is None:
                run_start = token.start()
            run_end = token.start() + len(word)
        else:
            if run_start is not None:
                runs.append((run_start, run_end))
            run_start = run_end = None
            if capital:
                run_start, run_end = token.start(), token.start() + len(word)
    if run_start is not None:
        runs.append((run_start, run_end))
    return runs


def _mostly_capitalised(chunk: str) -> bool:
    words = [w for w in chunk.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _unknown_kind(doc: Doc, start: int, end: int) -> tuple[str, str]:
    """Kind and how-found of an unknown name: a role word before it makes it a person for
    sure; an age after it or a position before it, a player; otherwise a person who may
    turn out to be the player of a claim."""
    before = doc.folded[max(0, start - 30) : start].rstrip()
    if ROLE_BEFORE.search(before):
        return "person", "unknown_name:role"
    if AGE_AFTER.match(doc.text[end : end + 8]):
        return "player", "unknown_name"
    if re.search(rf"(?:{patterns.position_words()})\s*$", before):
        return "player", "unknown_name"
    return "person", "unknown_name"
