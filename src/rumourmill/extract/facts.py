"""Facts the article states about players and clubs: the squad context of a rumour.

Ages, shirt numbers, appearances, goals, assists, injuries, availability and contracts.
Each finder is one pattern with the rule for its subject, so new kinds are one entry more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rumourmill.extract import patterns
from rumourmill.extract.claims import is_player
from rumourmill.extract.document import Doc
from rumourmill.models import Fact, Mention, Ref, Span

N = patterns.NUMBER
# (Each pattern opens with its verbs laid out by `at_word_start`, so that the engine skips to
# their letters instead of trying every character of the sentence.)
APPEARANCES = re.compile(
    patterns.at_word_start(["made", "making", "has made", "played", "playing", "featured in", "racked up", "clocked up"])
    + rf" (?:just |only |a total of |some )?({N}) (?:\w+ )?(?:appearances|games|matches|starts|outings)\b"
)
GOALS = re.compile(patterns.at_word_start(["scored", "netted", "bagged", "hit", "grabbed"]) + rf" ({N}) (?:\w+ )?goals?\b")
ASSIST = re.compile(
    patterns.at_word_start(
        ["claimed", "provided", "registered", "laid on", "supplied", "grabbed", "got", "made", "added", "chipped in with"]
    )
    + rf" (?:an|one|({N})) assists?\b(?: for ([A-Z][\w'’ -]+?)['’]s? (?:goal|opener|winner|equaliser|strike))?"
)
POSSESSIVE_GOAL = re.compile(r"\bassists? for (.+?)['’]s? (?:goal|opener|winner|equaliser|strike)\b")
INJURY = re.compile(
    r"\b(?:sidelined|ruled out|forced off|out injured|(?:is|was|got|been) injured|nursing (?:a|an) [\w -]+?(?:injury|knock|problem)|"
    r"picked up (?:a|an) [\w -]+?(?:injury|knock|problem)|suffered (?:a|an) [\w -]+?(?:injury|knock|problem)|"
    r"on the treatment table|(?:hamstring|knee|ankle|groin|calf|thigh|muscle|back|foot|shoulder) (?:injury|problem|issue))\b"
)
AGAINST = re.compile(r"\bagainst (?:the )?([A-Z][\w'’ -]+?)(?=\b(?: on| in| the| last| at|[,.;]|$))")
AVAILABLE = re.compile(
    rf"\b({N}) (?:fit )?(senior )?(outfield )?(?:players?|options|men) (?:available|fit|to choose from)\b"
)
FIXTURE_AFTER = re.compile(
    r"\b(?:to face|against|for the game (?:against|with)|for the trip to|for the visit of|versus|vs\.?)\s+(?:the )?"
)
MATCH = re.compile(
    r"\b(\d{1,2}-\d{1,2}) (win|victory|defeat|draw|loss|triumph) (?:at|over|against|to|with|versus) "
)
CONTRACT = re.compile(
    r"\b(?:contract|deal) (?:expires|runs out|ends|is up)(?: in| at the end of| next)? ((?:the )?(?:summer|season|\w+ )?\d{4}|the season|next summer|this summer)\b|\bout of contract (?:in |at the end of |next |this )?((?:the )?\w+(?: \d{4})?)"
)
ROLE = re.compile(
    patterns.at_word_start(["status", "role", "position", "job"])
    + r" as (head coach|manager|sporting director|technical director|captain|vice-captain|chairman|interim (?:head coach|manager))\b"
)


#: Words without which a kind of fact cannot be stated: one pass over the story says which
#: finders are worth running on which sentence.
TRIGGERS = patterns.CueRegex(
    {
        "appearances": ["appearances", "games", "matches", "starts", "outings"],
        "goal": ["goals?"],
        "assist": ["assists?"],
        "injury": [
            "sidelined",
            "ruled out",
            "forced off",
            "injured",
            "injury",
            "knock",
            "problem",
            "issue",
            "treatment",
        ],
        "availability": ["available", "to choose from", "fit"],
        "contract": ["contract", "deal (?:expires|runs|ends|is up)"],
        "role": ["(?:status|role|position|job) as"],
    }
)


class FactFinder:
    def __call__(self, doc: Doc) -> Doc:
        facts: list[Fact] = []
        focus: Ref | None = None
        triggered: dict[int, set[str]] = {}
        for match in doc.cue_matches(TRIGGERS, doc.article.body_start, len(doc.folded)):
            triggered.setdefault(doc.sentence_of(match.start()), set()).add(TRIGGERS.label(match))
        for index in range(len(doc.sentences)):
            mentions = doc.mentions_in(index)
            players = [m for m in mentions if is_player(m) and m.ref is not None]
            if index in triggered:
                facts.extend(self.sentence_facts(doc, index, mentions, focus, triggered[index]))
            if players:
                focus = players[0].ref
        facts.extend(self.descriptor_facts(doc))
        doc.facts = _unique(facts)
        return doc

    def sentence_facts(
        self, doc: Doc, index: int, mentions: list[Mention], subject: Ref | None, kinds: set[str]
    ) -> Iterator[Fact]:
        """The facts of one sentence, trying only the finders its words allow (`kinds`)."""
        sentence = doc.sentences[index]
        text = doc.text[sentence.start : sentence.end]
        folded = doc.folded[sentence.start : sentence.end]

        def span(match: re.Match) -> Span:
            return Span(
                text[match.start() : match.end()],
                sentence.start + match.start(),
                sentence.start + match.end(),
            )

        def nearest_player_before(offset: int) -> Ref | None:
            before = [m for m in mentions if is_player(m) and m.ref and m.start - sentence.start <= offset]
            return before[-1].ref if before else subject

        for match in APPEARANCES.finditer(folded) if "appearances" in kinds else ():
            who = nearest_player_before(match.start())
            if who:
                yield Fact(
                    "appearances", who, {"appearances": patterns.number_value(match.group(1))}, span(match)
                )
        for match in GOALS.finditer(folded) if "goal" in kinds else ():
            who = nearest_player_before(match.start())
            if who:
                yield Fact("goal", who, {"goals": patterns.number_value(match.group(1))}, span(match))
        for match in ASSIST.finditer(folded) if "assist" in kinds else ():
            who = nearest_player_before(match.start())
            if not who:
                continue
            value: dict = {"assists": patterns.number_value(match.group(1)) if match.group(1) else 1}
            scorer = POSSESSIVE_GOAL.search(text, match.start())
            if scorer:
                value["for"] = (
                    _name_at(mentions, sentence.start + scorer.start(1), sentence.start + scorer.end(1))
                    or text[scorer.start(1) : scorer.end(1)]
                )
                yield Fact(
                    "goal",
                    Ref(*_ref_at(mentions, sentence.start + scorer.start(1), value["for"])),
                    {"goals": 1, **_match(text, mentions, sentence.start)},
                    span(match),
                )
            value.update(_match(text, mentions, sentence.start))
            yield Fact("assist", who, value, span(match))
        for match in INJURY.finditer(folded) if "injury" in kinds else ():
            who = nearest_player_before(match.start())
            if not who:
                continue
            value = {"status": match.group(0)}
            against = AGAINST.search(text, match.end())
            if against and against.start() - match.end() < 30:
                value["against"] = _name_at(
                    mentions, sentence.start + against.start(1), sentence.start + against.end(1)
                ) or against.group(1)
            yield Fact("injury", who, value, span(match))
            break
        for match in AVAILABLE.finditer(folded) if "availability" in kinds else ():
            club = _sentence_club(doc, mentions, exclude_after=sentence.start + match.end())
            if club is None:
                continue
            key = (
                "senior_outfield_available"
                if match.group(2) and match.group(3)
                else "outfield_available"
                if match.group(3)
                else "players_available"
            )
            value = {key: patterns.number_value(match.group(1))}
            fixture = FIXTURE_AFTER.search(folded, match.end())
            if fixture and fixture.start() - match.end() < 20:
                value["fixture"] = (
                    _name_at(
                        mentions,
                        sentence.start + fixture.end(),
                        sentence.start + fixture.end() + 40,
                    )
                    or ""
                )
            yield Fact("availability", club, value, span(match))
        for match in CONTRACT.finditer(folded) if "contract" in kinds else ():
            who = nearest_player_before(match.start())
            if who:
                yield Fact(
                    "contract",
                    who,
                    {"expires": (match.group(1) or match.group(2) or "").strip()},
                    span(match),
                )
        for match in ROLE.finditer(folded) if "role" in kinds else ():
            people = [
                m
                for m in mentions
                if m.kind == "person" and m.ref and m.start - sentence.start <= match.start()
            ]
            if people:
                yield Fact("role", people[-1].ref, {"role": match.group(1)}, span(match))

    @staticmethod
    def descriptor_facts(doc: Doc) -> Iterator[Fact]:
        """What descriptors say about whom they describe: "the 28-year-old", "our number 2"."""
        for mention in doc.mentions:
            if mention.ref is None:
                continue
            span = Span(mention.text, mention.start, mention.end)
            if mention.how == "descriptor:age":
                yield Fact("age", mention.ref, {"age": int(re.search(r"\d+", mention.text).group(0))}, span)
            elif mention.how == "descriptor:number":
                yield Fact(
                    "shirt_number",
                    mention.ref,
                    {"number": int(re.search(r"\d+", mention.text).group(0))},
                    span,
                )
            elif mention.how == "unknown_name" or mention.kind == "player":
                age = re.match(r",\s*\(?(\d{2})\)?\s*[,.)]", doc.text[mention.end : mention.end + 8])
                if age and 15 <= int(age.group(1)) <= 45:
                    yield Fact(
                        "age",
                        mention.ref,
                        {"age": int(age.group(1))},
                        Span(
                            doc.text[mention.start : mention.end + age.end()],
                            mention.start,
                            mention.end + age.end(),
                        ),
                    )


def _name_at(mentions: list[Mention], start: int, end: int) -> str | None:
    inside = [m for m in mentions if m.ref and start <= m.start < end]
    if not inside:
        return None
    return inside[0].ref.name


def _ref_at(mentions: list[Mention], start: int, name: str) -> tuple[str | None, str]:
    for m in mentions:
        if m.ref and m.start >= start and m.ref.name == name:
            return m.ref.id, m.ref.name
    return None, name


def _match(text: str, mentions: list[Mention], offset: int) -> dict:
    """ "the 2-0 victory at West Ham" -> score and opponent."""
    match = MATCH.search(text)
    if not match:
        return {}
    opponent = _name_at(mentions, offset + match.end(), offset + match.end() + 40)
    return (
        {"match": f"{match.group(1)} {match.group(2)}", "opponent": opponent}
        if opponent
        else {"match": f"{match.group(1)} {match.group(2)}"}
    )


def _sentence_club(doc: Doc, mentions: list[Mention], exclude_after: int) -> Ref | None:
    """The club a squad count is about: named before the count, or the coach's club."""
    for mention in mentions:
        if mention.start >= exclude_after or mention.ref is None or mention.ref.id is None:
            continue
        if mention.kind == "club":
            return mention.ref
        if mention.kind == "person":
            club = doc.kb.club_of_coach(mention.ref.id)
            entity = doc.kb.get(club)
            if entity:
                return Ref(entity.id, entity.name)
    return None


def _unique(facts: list[Fact]) -> list[Fact]:
    seen = set()
    out = []
    for fact in facts:
        key = (fact.kind, fact.subject.id or fact.subject.name, repr(sorted(fact.value.items())))
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out
