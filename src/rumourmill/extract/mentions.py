"""Mention finding: KB aliases, surnames, unknown names, descriptors and possessives.

Finding only proposes; `resolve.py` decides which entity each mention means.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from rapidfuzz import fuzz

from rumourmill.extract import patterns
from rumourmill.extract.document import Doc
from rumourmill.kb.lexicon import country_names, demonyms, place_words, word_list
from rumourmill.kb.matcher import loosest
from rumourmill.kb.names import NAME_PARTICLES, fold
from rumourmill.models import Mention

#: A capitalised word, with the particles that may sit inside a name.
NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
WORD = re.compile(r"\S+")
UPPER = "".join(c for c in map(chr, range(0x250)) if c.isupper())
#: A capitalised word; "’s" is left out so that "Liverpool’s Joe Gomez" gives two runs.
CAPITALISED_WORD = rf"[{UPPER}]\w*(?:(?:['’](?!s\b)|-)\w+)*"
#: Opens with the capital itself (the word-start check follows it), so the engine skips
#: ahead to capitals in C.
CAPITALISED_RUN = re.compile(
    rf"[{UPPER}](?<![\w'’-].)\w*(?:(?:['’](?!s\b)|-)\w+)*"
    rf"(?:[ \t]+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})[ \t]+)*{CAPITALISED_WORD})*"
)
ROLES = (
    r"(?:boss|manager|coach|head coach|agent|director|chairman|president|owner|co-owner|journalist|reporter|"
    r"correspondent|presenter|pundit|executive|chief|ceo|scout|assistant|secretary|minister|referee|"
    r"photographer|analyst|insider|spokesman|spokesperson|representative|adviser|advisor|lawyer|father|"
    r"brother|sister|wife|mother|intermediary|negotiator|official|legend|great|icon|member|board member)e?s?"
    r"(?:\s+(?:of|for)\s+[\w-]+)?"
)
#: "agent Patrick Sauvage", "his agent, Patrick Sauvage,", "directors Paul Winstanley and Laurence Stewart"
ROLE_BEFORE = re.compile(rf"(?<![\w-]){ROLES}\s*,?\s*(?:[\w'’-]+\s+){{0,3}}?(?:and\s+)?$")
ROLE_BEFORE_STRICT = re.compile(rf"(?<![\w-]){ROLES}\s*,?\s*$")

#: "Croatian daily Sportske Novosti": an unknown name after a word for a medium is an outlet.
OUTLET_BEFORE = re.compile(
    r"(?<![\w-])(?:according to|as reported by|reported by|a report (?:in|by|from)|daily|newspaper|paper|outlet|website|site|magazine|broadcaster|channel|radio|tv|"
    r"publication|tabloid|journal|gazette|portal|podcast|show|programme|program)\s+$"
)
#: "Chinese side Shanghai Port", "Saudi Pro League club Al-Qadsiah": an unknown name after a word
#: for a club is a club the KB does not hold, not a person.
CLUB_BEFORE = re.compile(r"(?<![\w-])(?:side|club|outfit|giants|minnows|champions|rivals|team)\s+$")
#: "Het Parool reports", "according to Il Tempo": an unknown name that reports is an outlet.
REPORTS_AFTER = re.compile(
    r"\s*,?\s*(?:reports?|reported|claims?|claimed|writes|wrote|adds|added|understands|revealed|reveals)\b"
)
#: "Asante-" of "Asante-Boateng": a capitalised word joined by a hyphen to the name after it
#: ("ex-Chelsea", "Ex-Arsenal" stay prefixes).
HYPHENED_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:Ex|Anti|Pro|Non|Pre|Post)-)[A-Z]\w+-$")
#: What follows a capitalised name that is no person: "the Black Sea club".
NOT_A_PERSON_AFTER = re.compile(r"\s+(?:club|side|outfit|based)\b")
#: The word a saint's place name opens with: "San Sebastián", "São Paulo", "St Etienne".
SAINT_BEFORE = re.compile(r"(?<![\w'’-])(?:san|santa|santo|sao|saint|st\.?|ste)\s+$")
#: "ISTANBUL, Jan 5": a month and a day in a dateline.
MONTH_DAY = re.compile(r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s\d{1,2}\b")
#: Last words of capitalised names that are places or things, not people: "Tallaght Stadium",
#: "Finch Farm", "the East Midlands", "West Yorkshire", "the Old Firm", "Carrington Road".
VENUE_WORDS = frozenset(
    {
        "stadium",
        "stadion",
        "arena",
        "ground",
        "estadio",
        "stadio",
        "farm",
        "midlands",
        "yorkshire",
        "firm",
        "road",
        "academy",
        "centre",
        "center",
        "trophy",
    }
)
CAPTION = re.compile(r"(?:photo|picture|image|images|credit|pic)s?\s*(?:by|:)\s*$")
AGE_AFTER = re.compile(r"^,?\s*\(?\d{2}\)?\s*[,.)]")
# Descriptor patterns open with a literal ("the ", "number") so the engine can skip ahead
# to it; the word boundary before it is checked by hand.
#: "number 2", "no. 9", "#4": one pattern per opening, so that the engine jumps to its letters;
#: their matches cannot overlap, so together they give what one alternation of them would.
NUMBER_DESCRIPTORS = tuple(re.compile(p) for p in (r"number ?\d{1,2}\b", r"no\.? ?\d{1,2}\b", r"# ?\d{1,2}\b"))
NUMBER_OWNER = re.compile(r"(?:our|their|his|the)\s+$")
ROLE_DESCRIPTOR = patterns.Literals(["head coach", "manager", "boss", "coach", "gaffer"], word_end=True)
ROLE_OWNER = re.compile(r"(?<![\w'’])(?:our|their|his|the)\s+(?:current\s+|new\s+|former\s+)?$")


@cache
def _the_descriptor() -> re.Pattern[str]:
    """ "the 28-year-old", "the Dutchman", "the former centre-back", "the teenager": which one
    says the group."""
    return re.compile(
        r"the (?:(?P<age>\d{1,2}[- ]year[- ]old)|(?P<youth>teenager|teen|youngster|starlet|wonderkid|prodigy)"
        rf"|(?P<demonym>{patterns.prefix_tree([re.escape(d) for d in demonyms()])})(?!\s+{NOT_A_PERSON})"
        r"|(?:(?:former|ex-?|experienced|young|veteran|talented|in-form|star|new) )?"
        # "the Serbia midfielder", "the England under-21 right-back"
        rf"(?:{patterns.prefix_tree([re.escape(fold(c)) for c in country_names()])}(?: under-?\d+s?)? )?"
        rf"(?P<position>{patterns.position_words()}))\b"
    )


@cache
def _position_after() -> re.Pattern[str]:
    """A position word right after a club: " forward", " and England midfielder"."""
    return re.compile(rf"['’]?s?\s+(?:and\s+[a-z]+\s+)?(?P<position>{patterns.position_words()})\b")


#: Nouns after a nationality that make it describe something other than a player.
NOT_A_PERSON = (
    r"(?:club|side|outfit|giants|team|champions|press|media|papers?|outlets?|newspapers?|daily|dailies|"
    r"league|top flight|federation|fa|government|market|window|game|football|transfer|clubs|sides|capital|city|"
    r"national team|national side|coach|manager|boss|way|style|season|title|cup|supercup|club's)\b"
)


@cache
def _nation_word_after() -> re.Pattern[str]:
    """What follows a country's name when it means the national team: "Austria midfielder"."""
    return re.compile(
        rf"\s+(?:international|under-?\d+s?|u\d+s?|captain|coach|boss|manager|squad|team|national|"
        rf"{patterns.position_words()})\b"
    )


@cache
def _multiword_countries() -> list[str]:
    """Country names of several words, folded ("united states", "ivory coast")."""
    return [fold(name) for name in country_names() if " " in name]


@cache
def _country_names_text() -> str:
    """All country names of several words in one string, to ask whether a word is in one."""
    return "|".join(_multiword_countries())


@cache
def _not_names() -> frozenset[str]:
    """Common words and place words: capitalised, they still name no one."""
    return frozenset(word_list("common_words.txt") | place_words())


@cache
def _folded_countries() -> frozenset[str]:
    return frozenset(fold(name) for name in country_names())


@cache
def _country_names() -> patterns.Literals:
    """Country names of several words, in the order a longest-first alternation tries them."""
    names = sorted(_multiword_countries(), key=lambda n: len(re.escape(n)), reverse=True)
    return patterns.Literals(names, word_end=True)


def _mononym_before_unknown(doc: Doc, inside: list[Mention | None], tokens: list[tuple[int, int]]) -> bool:
    """ "Femi" of "Femi Adeyemo": a player known by one word ("Beto", "Femi"), then only words
    that name nothing and no one we know ("Romeu Lukaku" is a slip for Romelu)."""
    head = inside[0]
    return (
        head is not None
        and head.kind == "player"
        and all(" " not in doc.kb.entities[i].name for i in head.candidates)
        and all(m is None for m in inside[1:])
        and not any(_slip_for(doc, head.text, doc.folded[a:b]) for a, b in tokens[1:])
    )


def _slip_for(doc: Doc, first: str, surname: str) -> bool:
    """Whether "first surname" misspells a known player's name ("Romeu Lukaku")."""
    return any(
        fuzz.ratio(fold(first), fold(e.name.split()[0])) >= 80
        for e in doc.kb.by_surname(surname)
        if " " in e.name
    )


def _word_start(folded: str, position: int) -> bool:
    return position == 0 or not folded[position - 1].isalnum()


class MentionFinder:
    """Proposes every mention of the article; each carries its candidate KB ids."""

    def __call__(self, doc: Doc) -> Doc:
        body = doc.article.body_start
        mentions = self.given_name_runs(doc, self.kb_mentions(doc, body))
        taken = _Occupancy(mentions)
        mentions += self.descriptor_mentions(doc, body, taken, mentions)
        mentions += self.name_mentions(doc, body, taken, mentions)
        mentions.sort(key=lambda m: m.start)
        doc.mentions = mentions
        return doc

    # -- known names --------------------------------------------------------------------
    def given_name_runs(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Rodrigo Paiva", "Ivan Marek": a run of capitalised words opening with a known first
        name is one person, even where single words of it name someone or something else."""
        if not doc.kb.given_names:
            return mentions
        single = {(m.start, m.end): m for m in mentions if " " not in m.text}
        not_names = _not_names()
        replaced: set[int] = set()
        added = []
        for sentence in doc.sentences:
            chunk = doc.text[sentence.start : sentence.end]
            if sentence.heading and _mostly_capitalised(chunk):
                continue
            for _, _, words in _capitalised_runs(chunk):
                if len(words) < 2:
                    continue
                tokens = [(sentence.start + a, sentence.start + b) for a, b in words]
                # "Striker Yuri Vaz", "Meanwhile Rodrigo Paiva": opening words are not the name
                while len(tokens) > 2 and doc.folded[tokens[0][0] : tokens[0][1]] in not_names:
                    tokens.pop(0)
                if len(tokens) < 2:
                    continue
                first = doc.folded[tokens[0][0] : tokens[0][1]]
                inside = [single.get(t) for t in tokens]
                # a first name we know, or a word that is no name of anything we know, or one
                # player's one-word name before a surname we do not know ("Femi Adeyemo")
                if (
                    first not in doc.kb.given_names
                    and not _mononym_before_unknown(doc, inside, tokens)
                    and (inside[0] is not None or first in not_names or _shouting(doc.text, tokens[0]))
                ):
                    continue
                if all(m is None for m in inside) or not all(
                    m is None or m.kind in ("player", "person", "club") for m in inside
                ):
                    continue
                covered = [m for m in mentions if m.start < tokens[-1][1] and tokens[0][0] < m.end]
                if any(id(m) not in {id(i) for i in inside if i} for m in covered):
                    continue  # a longer known name overlaps: let it stand
                replaced.update(id(m) for m in inside if m is not None)
                start, end = tokens[0][0], tokens[-1][1]
                kind, how = _unknown_kind(doc, start, end)
                added.append(Mention(start, end, doc.text[start:end], kind, None, how))
        return [m for m in mentions if id(m) not in replaced] + added

    def kb_mentions(self, doc: Doc, body: int) -> list[Mention]:
        mentions = []
        text = doc.text
        # "United" of "United States winger Christian Pulisic", "Marino" of "San Marino": looked
        # for only once a hit could be part of such a name
        countries: list[tuple[int, int]] | None = None
        for hit in doc.kb.find(text, doc.folded, body):
            start, end = hit.start, hit.end
            if doc.folded[start:end] in _country_names_text():
                if countries is None:
                    countries = [
                        m.span()
                        for m in _country_names().finditer(doc.folded, body)
                        if _word_start(doc.folded, m.start())
                    ]
                if any(a <= start and end <= b for a, b in countries):
                    continue
            if doc.folded[start:end] in _folded_countries() and _nation_word_after().match(doc.folded, end):
                continue  # "the Austria midfielder": the nation, not FK Austria Wien
            if doc.folded.startswith("sporting director", start):
                continue  # the job, not Sporting CP: "Sporting director Max Eberl said"
            how = loosest(hit.hows)
            if how in ("nickname", "metonym", "stadium") and doc.folded[max(0, start - 4) : start] == "the ":
                start -= 4
            kinds = {doc.kb.entities[i].kind for i in hit.entity_ids}
            kind = "club" if "club" in kinds else next(iter(kinds))
            if kind != "club" and (
                HYPHENED_NAME_BEFORE.search(text, max(0, start - 20), start)
                or (text[end : end + 2].istitle() and text[end] == "-")
            ):
                continue  # "Boateng" of "Kwame Asante-Boateng", "Yaw Boateng-Frimpong": someone else's name
            mentions.append(Mention(start, end, text[start:end], kind, None, how, hit.entity_ids))
        return mentions

    # -- descriptors ----------------------------------------------------------------------
    def descriptor_mentions(
        self, doc: Doc, body: int, taken: _Occupancy, known: list[Mention]
    ) -> list[Mention]:
        folded, text = doc.folded, doc.text
        found: list[Mention] = []

        def add(start: int, end: int, kind: str, how: str) -> None:
            if start >= body and taken.free(start, end):
                found.append(Mention(start, end, text[start:end], kind, None, how))
                taken.add(start, end)

        for match in _the_descriptor().finditer(folded, body):
            if _word_start(folded, match.start()) and not _name_follows(text, match.end()):
                add(match.start(), match.end(), "player", f"descriptor:{match.lastgroup}")
        position_after = _position_after()
        for club in known:
            # "the Tottenham forward": the position word stands for a player named before
            if club.kind == "club" and (
                club.text[:4].lower() == "the " or folded[club.start - 4 : club.start] == "the "
            ):
                match = position_after.match(folded, club.end)
                if match and not _name_follows(text, match.end()):
                    add(match.start("position"), match.end(), "player", "descriptor:position")
        numbers = [m for regex in NUMBER_DESCRIPTORS for m in regex.finditer(folded, body)]
        for match in sorted(numbers, key=lambda m: m.start()):
            if _word_start(folded, match.start()):
                owner = NUMBER_OWNER.search(folded, max(0, match.start() - 8), match.start())
                add(owner.start() if owner else match.start(), match.end(), "player", "descriptor:number")
        for match in ROLE_DESCRIPTOR.finditer(folded, body):
            owner = ROLE_OWNER.search(folded, max(0, match.start() - 20), match.start())
            if owner and not _name_follows(text, match.end()):
                add(owner.start(), match.end(), "person", "descriptor:role")
        return found

    # -- names the KB does not hold as written ----------------------------------------------
    def name_mentions(self, doc: Doc, body: int, taken: _Occupancy, known: list[Mention]) -> list[Mention]:
        """Surnames of known people ("Gomez") and unknown full names ("Ivan Marek")."""
        text = doc.text
        common = _not_names()
        found = []
        # "marek" -> "Ivan Marek", so that a later "Marek" is known to be him
        unknown_surnames = {
            fold(m.text.split()[-1]): m.text for m in known if m.how.startswith("unknown_name")
        }

        for sentence in doc.sentences:
            chunk = text[sentence.start : sentence.end]
            title_case = sentence.heading and _mostly_capitalised(chunk)
            for run_start, run_end, words in _capitalised_runs(chunk):
                start, end = sentence.start + run_start, sentence.start + run_end
                tokens = [(sentence.start + a, sentence.start + b) for a, b in words]
                lone = len(tokens) == 1  # the run is one word, not the rest of a longer name
                if doc.folded[start:end] in _folded_countries():
                    continue  # "to face San Marino"
                # words inside known names are not part of an unknown one
                if not taken.free(start, end):
                    tokens = _first_free_stretch(tokens, taken)
                # sentence-initial or headline words are names only if not common words, unless a
                # position word vouches for the name: "attacking midfielder Can Uzun"
                vouched = (
                    len(tokens) > 1
                    and tokens[0][0] != sentence.start
                    and not title_case
                    and position_before(doc.folded, tokens[0][0])
                )
                while (
                    tokens
                    and not vouched
                    and (doc.folded[tokens[0][0] : tokens[0][1]] in common or _shouting(text, tokens[0]))
                ):
                    tokens.pop(0)
                while tokens and (
                    doc.folded[tokens[-1][0] : tokens[-1][1]] in common
                    or (len(tokens) > 1 and text[tokens[-1][0] : tokens[-1][1]].lower() in NAME_PARTICLES)
                ):
                    tokens.pop()
                if not tokens:
                    continue
                start, end = tokens[0][0], tokens[-1][1]
                if (
                    CAPTION.search(doc.folded[max(0, start - 16) : start])
                    or NOT_A_PERSON_AFTER.match(doc.folded, end)
                    or MONTH_DAY.match(doc.folded, tokens[-1][0])
                ):
                    continue  # "Getty Images", "the Black Sea club", "Jan 5", "Tallaght Stadium"
                if len(tokens) > 1 and doc.folded[tokens[-1][0] : end] in VENUE_WORDS:
                    continue
                surface = text[start:end]
                if len(tokens) == 1 and SAINT_BEFORE.search(doc.folded, max(0, start - 8), start):
                    continue  # "San Sebastián", "Santa Clara", "St Mirren": a place, not a surname
                if len(tokens) == 1:
                    at_start = start == sentence.start or title_case
                    mention = self._surname(doc, start, end, surface, at_start=at_start)
                    if mention is None and fold(surface) in unknown_surnames:
                        mention = Mention(start, end, surface, "person", None, "surname")
                    elif mention is None and OUTLET_BEFORE.search(doc.folded, max(0, start - 40), start):
                        # "according to Italian outlet Leggo": a one-word medium we do not know
                        mention = Mention(start, end, surface, "outlet", None, "unknown_name:outlet")
                    elif mention is None and lone and not at_start and position_before(doc.folded, start):
                        # "Brazilian winger Kelvinho, 18": a player known by one name
                        mention = Mention(start, end, surface, "player", None, "unknown_name")
                        unknown_surnames[fold(surface)] = surface
                elif title_case:
                    mention = None
                elif doc.kb.by_surname(surface):
                    # "De Zerbi", "Van Dijk": a surname with its particle, not a new person
                    mention = self._surname(doc, start, end, surface, at_start=False)
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
    """Which characters already belong to a mention (non-overlapping spans, kept sorted)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for mention in sorted(mentions, key=lambda m: m.start):
            self.add(mention.start, mention.end)

    def free(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # spans starting before `end`…
        return i == 0 or self.ends[i - 1] <= start  # …the last of them must end by `start`

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


@cache
def _position_word_end() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{patterns.position_words()})\s+$")


def age_after(text: str, end: int) -> bool:
    """Whether an age follows a name ending at `end` ("Kelvinho, 18,", "Vrba (21)")."""
    return AGE_AFTER.match(text[end : end + 8]) is not None


def position_before(folded: str, start: int) -> bool:
    """Whether a position word stands right before `start` ("winger Kelvinho")."""
    return _position_word_end().search(folded, max(0, start - 30), start) is not None


def _name_follows(text: str, end: int) -> bool:
    """'the 25-year-old midfielder Jack Grealish': the descriptor is a modifier, not a mention."""
    rest = text[end : end + 40]
    return NAME_AFTER.match(rest) is not None and VERB_AFTER.match(rest) is None


#: A capitalised word within two words ("the Spanish international to Manchester City": a club
#: after a preposition is no name).
NAME_AFTER = re.compile(r"\s+(?:(?!(?:to|from|for|at|with|of|in|on|by|and|or)\b)[\w-]+\s+){0,2}[A-Z][a-z]")
VERB_AFTER = re.compile(r"\s+(?:is|was|has|had|will|would|could|can|may|might|should)\b")


@lru_cache(maxsize=512)  # both name passes ask for the same sentences
def _capitalised_runs(chunk: str) -> tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...]:
    """Runs of capitalised words ("Ivan Marek", "Frenkie de Jong"), each with the (start, end)
    of its words; a possessive ends a run."""
    runs = []
    for run in CAPITALISED_RUN.finditer(chunk):
        start, end = run.span()
        if " " in run.group() or "\t" in run.group():
            words = tuple((w.start(), w.end()) for w in WORD.finditer(chunk, start, end))
        else:
            words = ((start, end),)
        runs.append((start, end, words))
    return tuple(runs)


def _shouting(text: str, token: tuple[int, int]) -> bool:
    word = text[token[0] : token[1]]
    return len(word) > 1 and word.isupper()


def _first_free_stretch(tokens: list[tuple[int, int]], taken: _Occupancy) -> list[tuple[int, int]]:
    stretch: list[tuple[int, int]] = []
    for token in tokens:
        if taken.free(*token):
            stretch.append(token)
        elif stretch:
            break
    return stretch


def _mostly_capitalised(chunk: str) -> bool:
    words = [w for w in chunk.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _words_before(folded: str, start: int) -> str:
    return folded[max(0, start - 60) : start].rstrip() + " "


def _free_agent(before: str) -> bool:
    return before.endswith(("free agent ", "free-agent "))  # a player without a club, not an agent


def named_by_role(folded: str, start: int) -> bool:
    """Whether a job word stands right before the name at `start`: "agent Patrick Sauvage",
    "Manchester United boss Ole Gunnar Solskjaer" ("free agent X" is a player)."""
    before = _words_before(folded, start)
    return not _free_agent(before) and ROLE_BEFORE_STRICT.search(before) is not None


def _unknown_kind(doc: Doc, start: int, end: int) -> tuple[str, str]:
    """Kind and how-found of an unknown name: a role word before it makes it a person for
    sure; an age after it or a position before it, a player; otherwise a person who may
    turn out to be the player of a claim."""
    before = _words_before(doc.folded, start)
    if OUTLET_BEFORE.search(before) or REPORTS_AFTER.match(doc.folded, end):
        return "outlet", "unknown_name:outlet"
    if CLUB_BEFORE.search(before):
        return "club", "unknown_name:club"
    if _free_agent(before):
        return "player", "unknown_name"
    if named_by_role(doc.folded, start) or (before.endswith(" and ") and ROLE_BEFORE.search(before)):
        return "person", "unknown_name:role"
    if age_after(doc.text, end) or position_before(doc.folded, start):
        return "player", "unknown_name"
    return "person", "unknown_name"
