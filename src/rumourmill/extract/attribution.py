"""Attribution: who first said each claim (origin) and who passed it on (via).

Sources come from a round-up item's credit "(Marca via Express)", from crediting frames
in the sentence ("a report by Corriere dello Sport has claimed", "Sky Sports News, relaying
a Marca report"), from unnamed reports ("reports from Italy"), or are carried over from
an earlier sentence when the text says so ("it's stated that", "reportedly"). The
publishing outlet relays whatever it credits to someone else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rumourmill.extract import patterns
from rumourmill.extract.document import Doc
from rumourmill.models import Mention, Source

INNER_BEFORE = re.compile(
    r"(?:citing|relaying|quoting|via|per|according to|from|(?:a|an) (?:\w+ )?report (?:in|by|from|on)|report(?:s)? (?:in|by|from))\s+(?:the\s+)?(?:[\w']+\s+)?$"
)
SPEECH = patterns.words_regex(
    "said says told insisted insists admitted admits revealed explained added confirmed confirms stated claimed declared".split()
)
QUOTE = re.compile(r"[\"“”]|(?<![\w])[‘'][^‘’']{3,}[’'](?![\w])")
#: "Corriere dello Sport [via Sport Witness] claims": the bracketed source passed the report on.
BRACKETED_VIA = re.compile(r"[(\[]\s*via\s+(?:the\s+)?$")
PASSIVE_BEFORE = re.compile(r"(?:it's|it’s|it is|is|was|been|has been|have been)\s+$")
UNNAMED_SPEAKER = re.compile(
    r"\b((?:his|her|the player's|the club's|[a-z]+'s) (?:agent|representatives?|father|entourage|camp|advisers?)|"
    r"(?:a |the )?club (?:spokesperson|spokesman|statement|source)|sources close to [a-z ]+)\b"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    origin: Source | None
    via: tuple[str, ...] = ()
    self_asserted: bool = False


#: What a sentence crediting no one, and carrying no credit over, gets (one object for all).
UNCREDITED = Attribution(None)


class Attributor:
    """Sets `origin` and `via` on every draft claim."""

    def __call__(self, doc: Doc) -> Doc:
        by_sentence = self.sentence_attributions(doc)
        publisher = doc.article.outlet
        for draft in doc.drafts:
            attribution = by_sentence[draft.sentence]
            origin = attribution.origin
            via = list(attribution.via)
            if origin is not None and publisher and origin.name != publisher and publisher not in via:
                via.append(publisher)
            if origin is not None and publisher and origin.name == publisher:
                origin, via = None, []
            draft.origin = origin
            draft.via = tuple(via)
        return doc

    def sentence_attributions(self, doc: Doc) -> list[Attribution]:
        regexes = patterns.attribution_regexes()
        self_marked = doc.matches_by_sentence("attribution:self", regexes["self"])
        relayed = doc.matches_by_sentence("attribution:relay", regexes["relay"])
        may_credit = set(doc.matches_by_sentence("attribution:unnamed", regexes["unnamed"]))
        may_credit |= set(doc.matches_by_sentence("attribution:speech", SPEECH))
        out: list[Attribution] = []
        carried: Attribution | None = None
        carried_paragraph = -1
        for index, sentence in enumerate(doc.sentences):
            if sentence.heading:
                carried = None  # a new item or live-blog entry: "reportedly" no longer relays the last one
            mentions = doc.mentions_in(index)
            attribution = self.from_credit(doc, sentence.credit)
            if attribution is None and (
                index in may_credit or any(m.kind in ("outlet", "person") for m in mentions)
            ):
                folded = doc.folded[sentence.start : sentence.end]
                attribution = self.from_frames(doc, sentence.start, folded, mentions, regexes)
            if attribution is None and doc.article.credit:
                attribution = Attribution(Source(doc.article.credit, "outlet"))
            if attribution is None and index in self_marked:
                attribution = Attribution(None, (), self_asserted=True)
            if attribution is None and carried is not None:
                same_paragraph = sentence.paragraph == carried_paragraph
                if same_paragraph or index in relayed:
                    attribution = carried
            if attribution is None:
                attribution = UNCREDITED
            if attribution.origin is not None or attribution.self_asserted:
                carried, carried_paragraph = attribution, sentence.paragraph
            out.append(attribution)
        return out

    @staticmethod
    def from_credit(doc: Doc, credit: tuple[str, ...]) -> Attribution | None:
        if not credit:
            return None
        names = [_canonical(doc, name) for name in credit]
        return Attribution(Source(names[0], _source_kind(doc, names[0])), tuple(names[1:]))

    @staticmethod
    def from_frames(
        doc: Doc, offset: int, folded: str, mentions: list[Mention], regexes: dict
    ) -> Attribution | None:
        sources = [
            m for m in mentions if m.kind == "outlet" or (m.kind == "person" and is_journalist(doc, m))
        ]
        if sources:
            # the innermost named source is the origin: the one introduced by "citing", "a report in"…
            origin_index = 0
            for i, mention in enumerate(sources[1:], start=1):
                before = doc.folded[max(0, mention.start - 40) : mention.start]
                if INNER_BEFORE.search(before) and not BRACKETED_VIA.search(before):
                    origin_index = i
            origin = sources[origin_index]
            # "Sky Sport Germany's Florian Plettenberg", "Plettenberg of Sky Sport Germany": the
            # journalist is the source; his own paper only publishes him and relays no one
            origin = next((m for m in sources if _writes_for(doc, m, origin)), origin)
            relays = [m.ref.name for m in sources if m is not origin and not _writes_for(doc, origin, m)]
            return Attribution(
                Source(origin.ref.name, _source_kind(doc, origin.ref.name)),
                tuple(dict.fromkeys(reversed(relays))),
            )
        speaker = _speaker(doc, folded, offset, mentions)
        if speaker is not None:
            return Attribution(speaker)
        unnamed = doc.cue_search(regexes["unnamed"], offset, offset + len(folded))
        if unnamed:
            return Attribution(Source(doc.text[unnamed.start() : unnamed.end()], "unnamed"))
        return None


def _speaker(doc: Doc, folded: str, offset: int, mentions: list[Mention]) -> Source | None:
    """A quoted person: "there is nothing in it," his agent told Sky Sports; or one whose words
    are reported: "Max Eberl has confirmed that Bayern are in negotiations…"."""
    quoted = QUOTE.search(doc.text[offset : offset + len(folded)]) is not None
    for verb in doc.cue_matches(SPEECH, offset, offset + len(folded)):
        at, stop = verb.start() - offset, verb.end() - offset  # in `folded`
        if PASSIVE_BEFORE.search(folded[:at]):
            continue  # "it's stated that…" is a relay, not a speaker
        near = [
            m
            for m in mentions
            if m.kind == "person"
            and m.ref is not None
            and (quoted or m.ref.id is not None)  # reported words: a coach or official the KB knows
            and (
                0 <= at - (m.end - offset) <= 12
                or (quoted and 0 <= (m.start - offset) - stop <= 2)
            )
        ]
        if near:
            return Source(near[0].ref.name, "person")
        if not quoted:
            continue
        unnamed = UNNAMED_SPEAKER.search(folded[max(0, at - 40) : stop + 40])
        if unnamed:
            return Source(unnamed.group(1), "person")
    return None


def is_journalist(doc: Doc, mention: Mention) -> bool:
    """A writer or broadcaster the KB knows: his name credits a report, he moves no one."""
    entity = doc.kb.get(mention.ref.id) if mention.ref else None
    return bool(entity and entity.attrs.get("role") == "journalist")


def _writes_for(doc: Doc, journalist: Mention, outlet: Mention) -> bool:
    """Whether `journalist` is named right beside `outlet`, the paper he writes for."""
    if journalist.kind != "person" or outlet.kind != "outlet" or journalist.ref is None:
        return False
    entity = doc.kb.get(journalist.ref.id)
    near = min(abs(journalist.start - outlet.end), abs(outlet.start - journalist.end)) < 40
    return entity is not None and entity.attrs.get("outlet") == outlet.ref.name and near


def _canonical(doc: Doc, name: str) -> str:
    found = doc.kb.lookup(name, "outlet") or doc.kb.lookup(name, "person")
    return found[0].name if found else name


def _source_kind(doc: Doc, name: str) -> str:
    found = doc.kb.lookup(name)
    if not found:
        return "outlet"
    entity = found[0]
    if entity.kind == "outlet":
        return "outlet"
    return "journalist" if entity.attrs.get("role") == "journalist" else entity.kind
