"""Transfer claims, sentence by sentence: who would move, from where, to where, how far.

Each sentence with a transfer cue, a player and a destination club gives a draft claim.
Drafts carry their sentence; attribution and certainty are added by later components, and
`merge.py` folds the drafts of one article into one claim per player and destination.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from rumourmill.extract import patterns, roles, terms, windows
from rumourmill.extract.attribution import is_journalist
from rumourmill.extract.document import Doc, Sentence
from rumourmill.extract.resolve import title_club
from rumourmill.kb.names import fold
from rumourmill.models import NEGATIVE_STAGES, Fee, Mention, Ref, Source

CLUB_TO_CLUB = re.compile(r"\s+(?:to|for|->|→)\s+(?:the\s+)?")
SENDS = re.compile(
    r"(?:sent|sends|sending|loaned|loans|loaning|allowed|allows|allowing|let|lets|sold|sells|selling|lost)\b"
)
#: "Aberdeen have agreed to let Baah join Hearts": a deal agreed by the club he leaves.
LETTING_GO = re.compile(r"(?:agree|agrees|agreed|agreeing) to (?:let|allow)\b")
#: Where one clause ends and a coordinated one starts: ", and took", " and Simons arrived", "; ".
CLAUSE_JOIN = re.compile(r",\s*(?:before|after)\b|,?\s+(?:and|while|but|whereas)\b|;")
#: "They received £48.5m from Chelsea for Gittens": the subject was paid for the player named after.
PAID_FOR = re.compile(roles.PAID + r"\b")
PLAYER_TO_CLUB = re.compile(r"(?:['’]s?\s+(?:loan|move|transfer|switch|return))?\s+(?:to|->|→)\s+(?:the\s+)?")
#: What may come before the player who opens an entry: a time, a label ("CONFIRMED:").
ENTRY_OPENING = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:[-–:|]\s*)?)?(?:[a-z ]{3,20}:\s*)?")
#: How far (in characters) a player may be from a transfer cue and still be its object,
#: when a sentence names several players.
CUE_REACH = 45
#: How far an offer's words may run before the player it is "for".
OFFER_REACH = 120
FOR_BEFORE = re.compile(r"\bfor (?!the (?:loss|departure|exit|absence|sale|injury) )(?:[\w'’-]+ ){0,4}$")
#: Between two players of one list: "Vrba, 23, and United States winger Mensah", "Kane or Son".
LIST_GAP = re.compile(
    r"(?:,\s*\d{1,2})?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as well as\s+)"
    r"(?:(?!(?:for|to|from|as|if|but|while|with|who|whose|instead|his|their|team-?mate|should|unless|when|after|"
    r"before|because|that|are|is|was|were|have|has|had|will|would|could|can|may|might)\b)[\w'’-]+\s+){0,6}"
)
REPLACED = re.compile(
    r"(?<![\w-])(?:replacements?\s+for|replac(?:e|es|ing)|successors?\s+(?:to|for)|succeed(?:s|ing)?|"
    r"alternatives?\s+to|cover\s+for|instead\s+of|heirs?\s+to|in\s+place\s+of|understudy\s+to|"
    r"(?:back-?up|deputy|partner)\s+(?:to|for)|(?:share|sharing)\s+the\s+load\s+with)\s+"
    r"(?:[\w'’.-]+,?\s+){0,5}$"
)
CONTRACT_HINT = patterns.Literals(
    "contract deal extension extend renew releas terminat mutual future rinnovo renovaci".split()
)
REFERS_BACK = re.compile(
    patterns.at_word_start(
        [
            "he",
            "his",
            "him",
            "the (?:deal|move|transfer|switch|reports?|story|talks|approach|bid|offer|player)",
        ]
    )
    + r"\b"
)
BACKGROUND_ASIDE = re.compile(
    r",\s+(?:who|having)\s+(?:had\s+)?(?:joined|signed|arrived|moved|came|was signed|was bought|was sold)\b[^,;.]*(?:,|(?=[;.]))"
    # ", who has rejected two contract offers from the Italian club": his own contract, not the move
    r"|,\s+who\s+(?:has\s+|had\s+)?(?:already\s+)?(?:rejected|turned down|refused|snubbed)\b[^,;.]*(?:contract|deal|terms|extension)[^,;.]*(?:,|(?=[;.]))"
)
ASIDE_OPENING = re.compile(r",?\s*(?:who|having)\b")
WINDOW_FRAMING = re.compile(
    r"\b(?:deadline day|transfer window|(?:january|summer|winter) window|window (?:review|recap))\b"
)
#: Where a new clause may start: after a comma or semicolon, or at "while", before a capital.
#: (One character class opens every branch, so the engine skips ahead to commas, semicolons
#: and spaces in C; a look-behind then says which branches the character may open.)
CLAUSE_BREAK = re.compile(
    r"[;,\s](?:(?<=[;,])\s+(?:and\s+|but\s+|while\s+|whereas\s+|with\s+|as\s+)?(?=[A-Z])"
    r"|(?<=\s)\s*(?:while|whereas)\s+(?=[A-Z])"
    r"|(?<=[;,])\s+(?:and|but|while)\s+(?=they\s|the club\s)"  # "…, and they are in talks with Burnley"
    # "… clubs including Liverpool - but the 18-year-old has agreed terms with Wolfsburg"
    r"|(?<=\s)[–—-]\s+but\s+(?!(?:only|not|at|for|with|in|on|from|by)\b)"  # (not "— but only at Dortmund's price")
    # "…have asked about his client, but dismissed reports of an offer from West Ham": the same
    # speaker turns to another move
    r"|(?<=,)\s+but\s+(?=(?:also\s+)?(?:dismissed|denied|rejected|ruled out|played down|refused|insisted|admitted|"
    r"confirmed|added|said|revealed)\b))"
)
#: An article that lists moves already made: its bare "X – A to B" lines are completed moves.
DONE_DEALS = re.compile(
    r"\b(?:done deals?|deals done|completed (?:deals|transfers|signings)|confirmed (?:deals|transfers|signings)|"
    r"every (?:deal|signing|transfer)|all the (?:deals|signings|transfers)|ins and outs|window review|"
    r"(?:biggest|best|worst|key) (?:deals|signings|transfers)|signings rated|"
    r"transfer window (?:recap|round-up|roundup|review))\b"
)
EXTENSION_DONE = re.compile(r"\b(?:signed|put pen to paper|committed|extended|agreed|penned)\b")
RELEASE_DONE = re.compile(
    r"\b(?:terminated|released|has left|have left|had left|left the club|parted|departed|let go)\b"
)
FUTURE = re.compile(r"\b(?:will|set to|to sign|is to|are to|expected to|could|would|when his contract)\b")
#: A cue of completion that is really a suitor joining a chase: "Leeds have joined Wolves in the
#: race", "have joined the race to sign", "have joined Arsenal in tracking", "... in being linked".
CHASE = r"(?:race|chase|queue|battle|hunt|running|fight|scramble|pursuit)\b"
JOINED_RACE = re.compile(rf"(?:the {CHASE}|(?:[\w'’,-]+[ \t]+){{0,8}}?in (?:the {CHASE}|pursuit\b|\w+ing\b))")
SELL_WORDS = re.compile(r"\b(?:sell|sale|leave|let|part|go)\b")
PRONOUN = re.compile(r"\b(?:he|him|his|the player)\b")
#: Right after a speaker's name: "Benedetti said", "Benedetti, speaking to Sky, added".
SPEAKS_AFTER = re.compile(
    r"(?:\s*,\s*speaking to [^,]{2,40},)?\s+(?:has\s+)?(?:said|says|told|tells|added|adds|insisted|insists|"
    r"explained|explains|admitted|admits|revealed|reveals|confirmed|confirms)\b"
)
#: "Chelsea and Manchester United to keep…": the last items of a list of names.
LIST_TAIL = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:and|or)\s+(?:the\s+)?[A-Z]")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
ELLIPSIS_WORDS = frozenset("from to and or for on loan a an the in at with each both also as well".split())
#: Between a person and the verb he is the subject of: "Frank left", "Frank has left".
PERSON_GAP = r"\s+(?:(?:has|had|have|was|is|will|would|could)\s+)?(?:(?:just|now|already|finally|be)\s+)?"
PERSON_SUBJECT_GAP = re.compile(PERSON_GAP)
#: Verbs of a person's own move: "Ancelotti was returning to Real Madrid", "Frank will join".
MOVE_ROOTS = r"(?:return|rejoin|join|mov|switch|head|leav|left|arriv)"
OWN_MOVE_VERB = re.compile(rf"(?:{MOVE_ROOTS}|tak(?:e|es|ing) over|took over)")
#: "[Ancelotti] was returning to [Real Madrid]": a person's own move to a club.
PERSON_MOVES_TO = re.compile(rf"{PERSON_GAP}{MOVE_ROOTS}\w*\s+(?:back\s+)?(?:to|for|at)?\s*(?:the\s+)?")
#: The words between a player and the club he comes from: " from", ", 24, from the".
OWN_FROM = re.compile(r"(?:,\s*\d{1,2},)?\s+(?:on loan\s+)?from\s+(?:the\s+)?")
AS_COACH = re.compile(r"\s+as\s+(?:their\s+|the\s+|its\s+)?(?:new\s+)?(?:manager|head coach|coach|boss)\b")
NOT_RULED_OUT = re.compile(
    r"\b(?:refus\w*|declin\w*|won't|will not|would not|did not|didn't|not|never)\s+(?:to\s+)?rul(?:e|ed|ing)\s+out"
)
#: Cue words that only link a club to a player: "linked with", "interest from", "wanted by".
SUITOR_LINK = re.compile(r"linked|link|interest|competition|wanted by|admirers|monitor|tracked|target")
#: A done deal still to be done: "set to complete", "poised to join", "will sign".
ABOUT_TO = re.compile(
    r"\b(?:(?:set|poised|due|about|close|expected|ready) to|will|shall)\s+$"
    # "closing in on the £3m capture of Chiquinho"
    r"|\b(?:closing in on|close in on|closes in on|close to|nearing|on the verge of)\s+(?:the\s+|a\s+)?"
    r"(?:[£€$][\d.,]+\s?(?:m|million|bn)?\s+)?$"
)
#: A move spoken of as still to come, or not at all: "the proposed arrival of", "do not complete".
NOT_YET_BEFORE = re.compile(
    r"\b(?:proposed|potential|possible|prospective|mooted|planned|expected|likely|rumoured|not|never|n't)\s+$"
)
#: ", joining Neom", "before joining Chelsea" after a verb in the past: the joining is done.
JOINING_AFTER = re.compile(r"(?:,|\bbefore|\bthen)\s+$")
#: A main clause told in the past, with no modal or plan ahead in it.
PAST_CLAUSE = re.compile(
    r"\b(?:has|have|had) (?:now |already |finally )?(?:left|gone|moved|departed|completed|sealed|signed)\b"
    r"|\b(?:left|went|moved|spent|departed|completed|sealed|signed|played|made|passed|underwent)\b"
)
#: A negated talks/bid/agreement cue is no step taken: "neither club has yet made a bid", "have not
#: opened talks", "are yet to make an offer".
NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|n't|neither \w+(?: \w+)? (?:has|have)|yet to)\s+(?:\w+\s+){0,2}$"
)
#: Intent before a talks/bid cue keeps the deal at interest: "expected to try to renew negotiations".
INTENT_BEFORE = re.compile(
    r"(?:if|unless|should|must|try to|trying to|tries to|tried to|expected to|plan(?:s|ning)? to|hope(?:s)? to|hoping to|want(?:s)? to|"
    r"looking to|look to|considering|could|may|might|would|will consider|keen to|intend(?:s)? to|"
    r"aim(?:s|ing)? to|willing to)\s+(?:['‘’\"]?\s*)?(?:\w+\s+){0,4}$"
)
#: "Erling Haaland's understudy": the player after whom a role is named is not the one moving.
REPLACED_AFTER = re.compile(r"['’]s?\s+(?:understudy|replacement|successor|deputy|back-?up|heir|stand-in)\b")
#: Before a participle that tells a done deal: "…, signing Semenyo from Bournemouth", "before signing him".
DONE_PARTICIPLE_BEFORE = re.compile(r"(?:,|\band|\bbefore|\bafter|\bby|\bsince|\bwhile)\s+$")
#: A refusal as a participle, and a setback told as what went before: "after turning down".
REFUSING = ("rejecting", "rebuffing", "turning down", "knocking back", "snubbing", "refusing")
SETBACK_BEFORE = re.compile(r"\b(?:after|despite)(?:\s+[\w'’-]+){0,3}?\s+$")
#: The end of such a phrase, on the original text: a comma goes on through a list of names
#: ("rejected moves to Aston Villa, Burnley and Wolves").
PHRASE_END = re.compile(
    r"[;.]|,(?!\s+(?:and\s+|or\s+)?[A-Z])|\s[–—-]\s|\s(?:but|as|while|with|whereas)\s|\s(?:and|or)\s(?![A-Z])"
)
#: Right before a done-deal word, words that make it a wish: "interested in signing", "talks over signing".
WISH_BEFORE = re.compile(
    r"\b(?:interested in|interest in|keen on|looking at|look at|looks at|eyeing|targeting|considering|"
    r"(?:talks|discussions|negotiations) (?:over|about|on)|alternative to|idea of|chance of|prospect of|"
    r"hopes? of|dream of|in favour of|capable of|pushing for|push for)\s+$"
)
STILL_ALIVE = re.compile(
    r"\b(?:talks (?:continue|are continuing|ongoing)|still in talks|remain in talks|return with (?:an )?improved|improved (?:bid|offer)|fresh (?:bid|offer)|not giving up)\b"
)
BACKGROUND_COMPLETED = re.compile(
    r"\b(?:who (?:joined|signed|arrived|moved)|since (?:joining|signing|arriving|his move)|after (?:joining|signing|arriving)|"
    r"(?:joined|signed for|arrived at|moved to) \w+(?: \w+)? (?:from \w+(?: \w+)? )?(?:in|last|back in) (?:\d{4}|january|the summer|summer)|"
    r"(?:joined|signed|arrived|moved) (?:from|on loan from) |"
    # "who spent last season on loan at Granada", "since arriving at the Amex from Lille"
    r"on loan (?:at|with) (?!(?:a|an|the|no|his|their) )|since (?:arriving|his arrival|moving) )"
)


@dataclass(slots=True)
class Draft:
    """A claim read from one sentence, before the article's drafts are merged."""

    player: Ref
    from_club: Ref | None
    to_club: Ref | None
    sentence: int
    stage: str
    type: str
    tense: str
    window: str | None
    duration_months: int | None
    fee: Fee | None
    origin: Source | None = None
    via: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    certainty: float = 0.0
    player_mention: Mention | None = None
    background: bool = False  # an earlier move told as history ("who joined from PSV in 2022")


def is_player(mention: Mention) -> bool:
    if mention.kind == "player":
        return True
    return mention.ref is not None and mention.ref.id is None and mention.how in ("unknown_name", "surname")


class ClaimFinder:
    """Finds draft claims in every sentence that is not the writer's own view."""

    def __call__(self, doc: Doc) -> Doc:
        focus: Mention | None = None
        current: dict[str, Ref] = {}  # player key -> club the article says he is at
        drafts: list[Draft] = []
        self.windows: dict[tuple[int, bool], str | None] = {}
        title, body = doc.article.title, doc.article.body_start
        # the title and the story's first words (folding keeps every offset: the text's own fold serves)
        folded_opening = " ".join(filter(None, [fold(title) if title else "", doc.folded[body : body + 400]]))
        self.done_deals = DONE_DEALS.search(folded_opening) is not None
        # an article framed by one window ("Deadline day LIVE", "January window review") speaks of it throughout
        headline = folded_opening[:300]  # (folding keeps every offset)
        framed = self.done_deals or WINDOW_FRAMING.search(headline) is not None
        published = doc.article.published
        self.article_window = windows.find_window(headline, published)[0] if framed else None
        # the same words told of moves already made: "Deadline day done deals", the day after it
        self.article_window_past = windows.find_window(headline, published, past=True)[0] if framed else None
        self.focal = _focal_club(doc)
        self.body_players = {
            _key(m)
            for i, s in enumerate(doc.sentences)
            if not s.heading
            for m in doc.mentions_in(i)
            if is_player(m)
        }
        for index, sentence in enumerate(doc.sentences):
            if sentence.heading:
                focus = None  # a headline starts a new item: "he" no longer means the last player
            in_sentence = doc.mentions_in(index)
            # only a sentence naming a club can hold several moves worth cutting apart
            units = self.clauses(doc, sentence) if any(m.kind == "club" for m in in_sentence) else [sentence]
            for unit in units:
                mentions = [m for m in in_sentence if unit.start <= m.start < unit.end]
                players = [m for m in mentions if is_player(m)]
                if ASIDE_OPENING.match(doc.folded, unit.start):
                    # ", who arrived from Feyenoord in July": the aside is about the player just named
                    named_before = [m for m in in_sentence if m.end <= unit.start and is_player(m)]
                    focus = named_before[-1] if named_before else focus
                if index not in doc.stance_sentences:
                    found = self.sentence_claims(doc, index, unit, mentions, players, focus, current)
                    if not found and drafts:
                        found = self.turn_of_events(doc, index, unit, mentions, drafts)
                    drafts.extend(found)
                    if found and found[0].player_mention is not None:
                        # the player a claim is about stays the subject until another is named
                        players = [found[0].player_mention]
                # "back-up for Erling Haaland": the player replaced is no subject to come back to
                players = [
                    p
                    for p in players
                    if not _replaced(doc, p, unit.start) and not REPLACED_AFTER.match(doc.folded, p.end)
                ]
                if players:
                    focus = players[0]
        doc.drafts = drafts
        return doc

    @staticmethod
    def clauses(doc: Doc, sentence: Sentence) -> list[Sentence]:
        """A sentence cut where a new subject starts after a complete clause: "Brighton signed
        Vos, Leeds completed the signing of Kowalczyk, and Osei left for Sevilla"."""
        stage_regex = patterns.stage_regex()
        cuts = []
        breaks = list(CLAUSE_BREAK.finditer(doc.text, sentence.start, sentence.end))
        for number, cut in enumerate(breaks):
            after = breaks[number + 1] if number + 1 < len(breaks) else None
            last = cuts[-1] if cuts else sentence.start
            previous = doc.text[breaks[number - 1].end() if number else sentence.start : cut.start()]
            following = doc.text[cut.end() : after.start() if after else sentence.end]
            # the clause so far has its verb, and the words after the comma are not the rest of a
            # list ("interest from City, Chelsea and United", "AC Milan, Fiorentina, Napoli and
            # Roma") or a clause that leaves its verb out ("Liam Delap from Ipswich")
            if (
                doc.cue_search(stage_regex, last, cut.start())
                and not _verbless(following)
                and not (number and _verbless(previous))
                and not LIST_TAIL.match(following)
            ):
                cuts.append(cut.start() + 1)
        for aside in BACKGROUND_ASIDE.finditer(doc.folded, sentence.start, sentence.end):
            # ", who joined from Chelsea in 2025," is a past move inside a sentence about a new one
            cuts += [aside.start() + 1, aside.end()]
        if not cuts and sentence.end > sentence.start:
            return [sentence]  # one clause: the sentence itself
        bounds = sorted({sentence.start, *cuts, sentence.end})
        return [
            Sentence(a, b, sentence.paragraph, sentence.heading, sentence.credit)
            for a, b in itertools.pairwise(bounds)
            if b > a
        ]

    def sentence_claims(
        self,
        doc: Doc,
        index: int,
        sentence: Sentence,
        mentions: list[Mention],
        players: list[Mention],
        focus: Mention | None,
        current: dict[str, Ref],
    ) -> list[Draft]:
        """Draft claims of one clause (`sentence`) of sentence `index`."""
        folded = doc.folded[sentence.start : sentence.end]
        clubs = [m for m in mentions if m.kind == "club" and m.ref is not None]
        if not clubs:
            return self.own_club_claims(doc, index, players, focus, current)
        people = [m for m in mentions if m.kind == "person" and not is_player(m)]
        all_cues = _cues(doc, sentence.start, sentence.end)
        cues = _others_moves_aside(doc, all_cues, people)
        positive = [c for c in cues if c[2] != "sell"]
        if sentence.heading and _title_case(doc.text[sentence.start : sentence.end]):
            # a title-case headline names a player the story names again; its capitals prove nothing
            players = [p for p in players if _key(p) in self.body_players]
        named = players
        # "as a replacement for Alexandre Lacazette": the player to be replaced is not the one
        # moving, unless the words after his name say where he goes ("…Wijnaldum, who left for PSG")
        players = [
            p
            for p in players
            if (
                not _replaced(doc, p, sentence.start)
                or any(
                    cue[0] >= p.end and cue[2] != "sell" and doc.text[cue[0] : cue[1]].islower()
                    for cue in cues
                )
            )
            and not AS_COACH.match(doc.folded, p.end)  # "appoint Steven Gerrard as manager"
        ]
        if len({_key(p) for p in players}) > 1:
            # 'Paolo Benedetti said: "Bologna have asked about Matteo"': an unknown name that
            # speaks about another player is his agent or his coach, not the one moving
            players = [
                p for p in players if not (p.ref.id is None and SPEAKS_AFTER.match(doc.folded, p.end))
            ] or players
            players = _players_in_play(doc, players, cues)
        firsts: dict[str, Mention] = {}
        for player in players:  # "Guendouzi … the 22-year-old": each player once, as first named
            firsts.setdefault(_key(player), player)
        players = list(firsts.values())
        # "Ornstein adds that Lens made an enquiry": a journalist's name is no other subject
        if not players and (
            focus is None
            or not positive
            or any(m.kind == "person" and not is_journalist(doc, m) for m in mentions)
        ):
            return []  # (before the clubs' roles are worked out: most sentences end here)
        club_roles = _club_roles(doc, sentence, clubs, all_cues, cues, people)
        if not players:
            continues = sentence.start != doc.sentences[index].start  # a clause of a longer sentence
            if not (
                continues
                or PRONOUN.search(folded)
                or _only_suitors(clubs, club_roles, current.get(_key(focus)) or self._kb_club(doc, focus))
            ) or (not PRONOUN.search(folded) and _someone_else_wanted(folded)):
                return []
            players = [focus]
        # "Arsenal and Switzerland midfielder Granit Xhaka" is his even when no cue is about him
        attached = self._attached(doc, clubs, named, club_roles)
        for club, player in attached.items():
            current.setdefault(_key(player), next(c.ref for c in clubs if id(c) == club))
        background_sentence = BACKGROUND_COMPLETED.search(folded) is not None
        for club in clubs:
            # "from" in a past move names a former club, not the one he is at
            if club_roles[id(club)] == roles.CURRENT or (
                club_roles[id(club)] == roles.FROM and not background_sentence
            ):
                for player in players:
                    if club_roles[id(club)] == roles.FROM and _from_club_of(
                        doc, player, clubs, club_roles
                    ) not in (
                        None,
                        club.ref,
                    ):
                        continue  # "Simons from Leipzig and Kudus from West Ham": Leipzig is not Kudus's
                    current.setdefault(_key(player), club.ref)
        # "Chelsea sent Ashworth to Rangers", "Brentford allowed Pettigrew to join": a done deal
        # whose subject let the player go
        sending = [
            c
            for c in cues
            if (c[2] == "completed" and SENDS.match(doc.folded, c[0]))
            or (c[2] == "agreed" and LETTING_GO.match(doc.folded, c[0]))
        ]
        paid = [c for c in cues if c[2] == "completed" and PAID_FOR.match(doc.folded, c[0])]
        if sending or paid or any(cue[2] == "sell" for cue in cues):
            # "Real Madrid are prepared to sell Odegaard": a seller is the club he is at
            for club in clubs:
                if club_roles[id(club)] == roles.SUBJECT and id(club) not in attached:
                    for player in players:
                        if club.end <= player.start and (
                            self._verb_of(club, player, cues, players) == "sell"
                            or any(club.end <= c[0] <= player.start < c[1] for c in sending)
                            or any(club.end <= c[0] < player.start for c in paid)
                        ):
                            current.setdefault(_key(player), club.ref)
        club_to_club = any(
            club_roles[id(c)] == roles.TO and CLUB_TO_CLUB.fullmatch(doc.folded, p.end, c.start)
            for c in clubs
            for p in clubs
            if p.end <= c.start
        ) or any(
            # a live-blog entry or a list line that opens "Nicolas Jackson to Bayern – back on"
            ENTRY_OPENING.fullmatch(doc.folded, sentence.start, p.start)
            and PLAYER_TO_CLUB.fullmatch(doc.folded, p.end, c.start)
            for c in clubs
            for p in players
            if p.end <= c.start
        )
        spell_drafts: list[Draft] = []
        spells = [c for c in positive if doc.folded.startswith("on loan", c[0])]
        if spells:
            spell_drafts, positive, folded = self._loan_spells(
                doc, index, sentence, clubs, club_roles, players, current, positive, spells, folded
            )
        deal = (
            terms.deal_type(folded)
            if spells  # some words of the clause were blanked out
            else terms.deal_type(doc.folded, sentence.start, sentence.end, doc.cue_index)
        )
        whole = doc.sentences[index]
        if deal == "loan" and (sentence.start, sentence.end) != (whole.start, whole.end):
            # "…agreed a six-month loan, L'Équipe reports, with the club holding an option to buy":
            # the option may sit in another clause of the sentence
            in_sentence = terms.deal_type(doc.folded, whole.start, whole.end, doc.cue_index)
            deal = in_sentence if in_sentence.startswith("loan_with") else deal
        contract_news = deal in ("extension", "release")
        if not positive and not contract_news and not any(club_roles[id(c)] == roles.TO for c in clubs):
            return spell_drafts
        if not positive and not (sentence.heading or club_to_club or contract_news):
            return spell_drafts
        stage = _contract_stage(deal, folded, self.stage(doc, folded, positive))
        if not positive and club_to_club and self.done_deals:
            stage = "completed"  # "Florian Wirtz – Bayer Leverkusen to Liverpool, £100m" in a list of deals
        side_spans = _side_rejections(doc, positive, sentence.end)
        core_stage, refused = stage, set()  # the stage of the main clause, and the clubs refused aside
        if side_spans:
            # "poised to join Galatasaray after turning down two offers from Leeds": the refusal
            # is Leeds's; the move to Galatasaray keeps the stage of the rest of the clause
            rest = [c for c in positive if not any(a <= c[0] < b for a, b in side_spans)]
            # with nothing else said, the setback is the news ("…after they failed to sign Mbappé")
            core_stage = _contract_stage(deal, folded, self.stage(doc, folded, rest)) if rest else stage
            refused = {c.ref for c in clubs if any(a <= c.start < b for a, b in side_spans)}
        background = core_stage == "completed" and bool(BACKGROUND_COMPLETED.search(folded))
        only_linked = self._only_linked(doc, clubs, positive, core_stage)
        paragraph_window = (
            windows.find_window(folded, doc.article.published)[0]
            or self.window_of(doc, index)
            or self.paragraph_window(doc, index)
            or self.article_window
        )
        made_window = (
            self.made_window(doc, index, folded, background) if "completed" in (stage, core_stage) else None
        )
        sentence_fees = terms.fees(doc.text[sentence.start : sentence.end], folded)
        respective = _respective(players, clubs, folded, sentence.start)
        drafts = []
        for player in players:
            leaving, own, destinations = self.player_clubs(
                doc, player, clubs, club_roles, attached, cues, current, players, renewal=deal == "extension"
            )
            if respective:
                # "Huijsen, Kerkez and Zabarnyi were sold to Real Madrid, Liverpool and PSG respectively"
                destinations = [respective[_key(player)]]
                leaving = [c for c in leaving if c != destinations[0]]
                own = [c for c in own if c not in respective.values()]
            from_club = (leaving or own or [None])[0]
            refused_here = [club for club in destinations if club in refused]
            if (background or (core_stage == "completed" and leaving)) and destinations == refused_here:
                # "who joined from PSV in 2022": he went to the club he is at now (the clubs he
                # turned down on the way stay beside it), never to one the clause says he came from
                came_from = {c.ref for c in clubs if club_roles[id(c)] == roles.FROM}
                destinations = [club for club in own if club not in leaving and club not in came_from][:1]
                if not destinations and core_stage == "completed" and leaving:
                    # "Wirtz arrived from Leverkusen last month": the KB knows where he went
                    after = self._kb_next_club(doc, player, leaving[0])
                    destinations = [after] if after is not None else []
                if not destinations and core_stage == "completed" and leaving:
                    # "Nick Woltemade joined from Stuttgart" in a paragraph about Newcastle's window
                    topic = self.paragraph_topic(doc, index) or self.focal
                    destinations = [topic] if topic is not None and topic not in leaving else []
                destinations += [club for club in refused_here if club not in destinations]
                from_club = leaving[0] if leaving else None
            elif (
                core_stage == "completed" and not destinations and not leaving and own and deal != "extension"
            ):
                # "Manchester United spent £200m, bringing in Cunha, Mbeumo and Šeško": the buyer
                # named as the subject is the club the KB has him at, and he came from the one before
                buyer = self._buyer_before(own[0], clubs, club_roles, attached, positive, player)
                if buyer is not None:
                    destinations = [buyer]
                    from_club = self._kb_club(doc, player, before=buyer)
            terms_of_move = _terms_of(doc, players, player, sentence, deal)
            moves = [(club, terms_of_move) for club in destinations]
            if deal == "extension" and own:
                # a new contract at home; interest from elsewhere is a move of unstated terms
                moves = [(club, "unknown") for club in destinations if club != own[0]] + [
                    (own[0], "extension")
                ]
            if deal == "release":
                # "Wolves will release Villaverde": the club named is the one he leaves
                from_club = (leaving or own or destinations or [None])[0]
                moves = [(None, "release")] if from_club is not None else []
            for destination, player_deal in moves:
                if destination is not None and destination.same_as(from_club) and player_deal != "extension":
                    continue
                fee = _fee_of(sentence_fees, players, player, sentence) if deal != "extension" else None
                # "spent £200m, landing Cunha and Mbeumo": the sentence's money is paid for each
                player_deal = terms.with_fee(player_deal, sentence_fees)
                move_stage = stage if destination in refused else core_stage
                if move_stage == "completed" and destination not in only_linked:
                    window = made_window
                elif background:
                    window = None
                else:
                    window = paragraph_window
                drafts.append(
                    Draft(
                        player=player.ref,
                        from_club=from_club,
                        to_club=destination,
                        sentence=index,
                        stage="interest" if destination in only_linked else move_stage,
                        type=player_deal,
                        tense="completed"
                        if move_stage == "completed" and destination not in only_linked
                        else "prospective",
                        window=window,
                        duration_months=terms.duration_months(folded, paragraph_window)
                        if player_deal.startswith("loan")
                        else None,
                        fee=fee,
                        player_mention=player,
                        background=background,
                    )
                )
        return spell_drafts + drafts

    def _loan_spells(
        self,
        doc: Doc,
        index: int,
        sentence: Sentence,
        clubs: list[Mention],
        club_roles: dict,
        players: list[Mention],
        current: dict[str, Ref],
        positive: list[tuple[int, int, str]],
        spells: list[tuple[int, int, str]],
        folded: str,
    ) -> tuple[list[Draft], list[tuple[int, int, str]], str]:
        """ "Who spent last season on loan at Granada": a past loan, told as history beside the
        news. It becomes a completed loan of its own, and its words stop counting for the move
        the clause is about (its stage and its "loan"). Returns the loans, the other cues and
        the clause with the loan words blanked out. `spells` are the cues of `positive` that
        open with "on loan".
        """
        after_spell = [
            club
            for club in clubs
            if club_roles[id(club)] == roles.TO and any(0 <= club.start - cue[1] <= 30 for cue in spells)
        ]
        for club in after_spell:
            club_roles[id(club)] = roles.FORMER  # no destination of the move in the news
        # "Porto want Grujic back after his loan at the club": a club also named otherwise is news
        others = {c.ref for c in clubs if c not in after_spell}
        drafts = []
        for club in after_spell:
            player = next(
                (p for p in reversed(players) if p.end <= club.start), players[0] if players else None
            )
            own = current.get(_key(player)) or self._kb_club(doc, player) if player is not None else None
            if (
                player is None
                or club.ref in others
                or club.ref == own
                or any(d.to_club == club.ref for d in drafts)
            ):
                continue
            drafts.append(
                Draft(
                    player=player.ref,
                    from_club=own,
                    to_club=club.ref,
                    sentence=index,
                    stage="completed",
                    type="loan",
                    tense="completed",
                    window=None,
                    duration_months=None,
                    fee=None,
                    player_mention=player,
                    background=True,
                )
            )
        for start, end, _ in spells:
            a, b = start - sentence.start, end - sentence.start
            folded = folded[:a] + " " * (b - a) + folded[b:]
        return drafts, [c for c in positive if c not in spells], folded

    def turn_of_events(
        self, doc: Doc, index: int, unit: Sentence, mentions: list[Mention], drafts: list[Draft]
    ) -> list[Draft]:
        """ "But his agent has denied the reports", "the deal collapsed": a denial or collapse
        naming no club is about the move the article was just reporting."""
        if any(m.kind == "club" for m in mentions) or any(is_player(m) for m in mentions):
            return []
        last = drafts[-1]
        if doc.sentences[last.sentence].paragraph < doc.sentences[index].paragraph - 1:
            return []
        if not REFERS_BACK.search(doc.folded, unit.start, unit.end):  # (few clauses get this far)
            return []
        negative = [c[2] for c in _cues(doc, unit.start, unit.end) if c[2] in NEGATIVE_STAGES]
        if not negative:
            return []
        return [
            replace(d, sentence=index, stage=negative[0], tense="prospective", hedges=())
            for d in drafts
            if d.sentence == last.sentence and d.player == last.player
        ]

    def own_club_claims(
        self, doc: Doc, index: int, players: list[Mention], focus: Mention | None, current: dict[str, Ref]
    ) -> list[Draft]:
        """A new contract or a release names no other club: "Maguire is in talks over a new deal"."""
        sentence = doc.sentences[index]
        if not players and focus is None:
            return []
        if not doc.has_match("claims:contract-hint", CONTRACT_HINT, sentence.start, sentence.end):
            return []
        folded = doc.folded[sentence.start : sentence.end]
        if not players:
            if not PRONOUN.search(folded):
                return []
            players = [focus]
        deal = terms.deal_type(doc.folded, sentence.start, sentence.end, doc.cue_index)
        if deal not in ("extension", "release"):
            return []
        cues = _cues(doc, sentence.start, sentence.end)
        stage = _contract_stage(deal, folded, self.stage(doc, folded, [c for c in cues if c[2] != "sell"]))
        drafts = []
        for player in players[:1]:
            own = current.get(_key(player)) or self._kb_club(doc, player)
            if own is None:
                continue
            drafts.append(
                Draft(
                    player=player.ref,
                    from_club=own,
                    to_club=own if deal == "extension" else None,
                    sentence=index,
                    stage=stage,
                    type=deal,
                    tense="completed" if stage == "completed" else "prospective",
                    window=None,
                    duration_months=None,
                    fee=None,
                    player_mention=player,
                )
            )
        return drafts

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _attached(
        doc: Doc, clubs: list[Mention], players: list[Mention], club_roles: dict
    ) -> dict[int, Mention]:
        """Clubs that belong to one player ("Liverpool's Joe Gomez", "Kane, 27, of Tottenham")."""
        attached: dict[int, Mention] = {}
        for club in clubs:
            after = [p for p in players if 0 <= p.start - club.end <= 80]
            if (
                after
                and roles.attached_to_next_player(doc.text, club.end)
                and club_roles[id(club)]
                not in (roles.OPPONENT, roles.FORMER, roles.PLACE, roles.SOMEONE_ELSES)
            ):
                attached[id(club)] = after[0]
                continue
            before = [p for p in players if 0 <= club.start - p.end <= 14]
            gap = doc.folded[before[-1].end : club.start] if before else ""
            if before and re.fullmatch(r"(?:,\s*\d{2},?\s*)?\s*(?:of|at)\s+(?:the\s+)?", gap):
                attached[id(club)] = before[-1]
        return attached

    def player_clubs(
        self,
        doc: Doc,
        player: Mention,
        clubs: list[Mention],
        club_roles: dict,
        attached: dict[int, Mention],
        cues: list[tuple[int, int, str]],
        current: dict[str, Ref],
        players: list[Mention],
        renewal: bool = False,
    ) -> tuple[list[Ref], list[Ref], list[Ref]]:
        """What the sentence says of `player`'s clubs: the clubs he would leave ("from the
        Reds", a seller), the clubs he belongs to ("Liverpool's", "at Anfield", or known from
        the article and the KB), and the clubs he would join."""
        leaving: list[Ref] = []
        own: list[Ref] = []
        destinations: list[Ref] = []
        known_club = current.get(_key(player)) or self._kb_club(doc, player)
        named_buyer = any(club_roles[id(c)] == roles.TO and id(c) not in attached for c in clubs)
        for club in clubs:
            owner = attached.get(id(club))
            role = club_roles[id(club)]
            if owner is not None:
                if owner is player:
                    own.append(club.ref)
            elif role in (roles.OPPONENT, roles.FORMER, roles.PLACE, roles.SOMEONE_ELSES):
                continue
            elif role == roles.FROM:
                if _leaves_from(doc, club, player):
                    leaving.append(club.ref)
            elif role == roles.CURRENT or (
                known_club is not None and club.ref.id == known_club.id and role != roles.TO
            ):
                own.append(club.ref)
            elif role == roles.SUBJECT and self._seller_verb(
                doc, self._verb_of(club, player, cues, players), club, cues, named_buyer
            ):
                leaving.append(club.ref)
            elif role == roles.COUNTERPARTY and any(
                other.start < club.start
                and club_roles[id(other)] in (roles.SUBJECT, roles.TO)
                and id(other) not in attached
                and not (other.ref in leaving or other.ref in own)
                for other in clubs
            ):
                # "Arsenal have opened talks with Brentford": the other side of a buyer sells;
                # "Celtic have told Wolfsburg he is not for sale": the other side of a seller buys
                leaving.append(club.ref)
            elif club.ref not in destinations and (
                _goes_with(doc, club, role, player, players)
                or _buys_in_clause(doc, club, player, clubs, club_roles, attached, cues)
            ):
                destinations.append(club.ref)
        if len(leaving) > 1:
            # "the arrivals of Pedro from Brighton and Delap from Ipswich": each from his own club
            his = _from_club_of(doc, player, clubs, club_roles)
            leaving = [his] if his is not None else leaving
        if known_club is not None and known_club in destinations and not renewal:
            # the KB already knows the move the sentence reports: he came from his club before it
            known_club = self._kb_club(doc, player, before=known_club)
        if known_club is not None and known_club not in own:
            own.append(known_club)
        return leaving, own, destinations

    @staticmethod
    def _verb_of(
        club: Mention, player: Mention, cues: list[tuple[int, int, str]], others: list[Mention]
    ) -> str | None:
        """The cue that links a club to a player: between them, or else the first after the club."""
        after = [c for c in cues if c[0] >= club.end]
        if not after:
            return None
        if club.end <= player.start:
            between = [c for c in after if c[0] < player.start]
            # the club's own verb, unless it has objects of its own before this player
            # ("City could look to sell Sterling … to fund moves for Kane")
            if between and any(between[0][1] <= p.start < player.start for p in others):
                return between[-1][2]
        return after[0][2]

    @staticmethod
    def _seller_verb(
        doc: Doc, cue: str | None, club: Mention, cues: list[tuple[int, int, str]], named_buyer: bool
    ) -> bool:
        """Whether the club is the subject of a seller's verb: it sells, rejects or accepts a bid,
        or denies it will sell ("Barcelona have no plans to sell", "Tottenham have rejected a bid",
        "Aberdeen have accepted a £4m bid from Hearts", "Lazio shut down reports linking Guidi with Como")."""
        if cue in ("sell", "rejected"):
            return True
        if cue == "agreed" and named_buyer:
            after = next((c for c in cues if c[0] >= club.end), None)
            return after is not None and doc.folded.startswith("accept", after[0])
        if cue == "denied":
            if named_buyer:
                return True
            after = next((c for c in cues if c[0] >= club.end), None)
            return after is not None and bool(SELL_WORDS.search(doc.folded[after[0] : after[1]]))
        return False

    @staticmethod
    def _kb_club(doc: Doc, player: Mention, before: Ref | None = None) -> Ref | None:
        """The player's club as the KB knows it on the article's date (or, with `before`, the
        club he was at before that one): a KB written later must not rewrite older news."""
        entity = doc.kb.get(player.ref.id) if player.ref else None
        if entity is None:
            return None
        history = entity.attrs.get("history") or []
        published = doc.article.published
        if not history:
            clubs = [entity.attrs.get("club")]
        else:
            clubs = [club for since, club in history if published is None or _settled(since, published)]
        if before is not None:
            earlier = [c for c in clubs if c != before.id]
            clubs = earlier[-1:] if earlier and clubs[-1] == before.id else []
        club = doc.kb.get(clubs[-1]) if clubs else None
        return Ref(club.id, club.name) if club else None

    @staticmethod
    def _only_linked(doc: Doc, clubs: list[Mention], cues: list, stage: str) -> set[Ref]:
        """Clubs a clause further along names only as linked or interested: "set to join
        Monaco, having been linked with Leicester and Brighton" — those two are interest."""
        if stage == "interest" or stage in NEGATIVE_STAGES:
            return set()
        linked: set[Ref] = set()
        previous: Mention | None = None
        for club in clubs:
            near = [c for c in cues if 0 <= club.start - c[1] <= 30][-1:]
            own_link = (
                bool(near)
                and near[0][2] == "interest"
                and SUITOR_LINK.search(doc.folded, near[0][0], near[0][1])
            )
            listed = (
                previous is not None
                and previous.ref in linked
                and LIST_GAP.fullmatch(doc.folded, previous.end, club.start)
            )
            if own_link or listed:
                linked.add(club.ref)
            previous = club
        return linked

    @staticmethod
    def _buyer_before(
        own: Ref, clubs: list[Mention], club_roles: dict, attached: dict, cues: list, player: Mention
    ) -> Ref | None:
        """`own` when it is named, not as the player's ("Liverpool's Salah"), as the subject of a
        completed cue that has `player` after it."""
        for club in clubs:
            if (
                club.ref == own
                and club_roles[id(club)] == roles.SUBJECT
                and id(club) not in attached
                and any(c[2] == "completed" and club.end <= c[0] and c[1] <= player.start for c in cues)
            ):
                return own
        return None

    @staticmethod
    def _kb_next_club(doc: Doc, player: Mention, left: Ref) -> Ref | None:
        """The club the KB has the player joining from `left`, by a move made before the article
        or in the window it was written in (records date a summer move 1 July)."""
        entity = doc.kb.get(player.ref.id) if player.ref else None
        history = entity.attrs.get("history") or [] if entity is not None else []
        published = doc.article.published
        latest = (published + timedelta(days=62)).isoformat() if published else "9999"
        dated = [(since, club) for since, club in history if since <= latest]
        after = [dated[i + 1][1] for i, (_, club) in enumerate(dated[:-1]) if club == left.id]
        club = doc.kb.get(after[-1]) if after and after[-1] != left.id else None
        return Ref(club.id, club.name) if club else None

    @staticmethod
    def stage(doc: Doc, folded: str, cues: list[tuple[int, int, str]]) -> str:
        order = patterns.stage_order()
        best = "interest"
        negative = None
        for start, end, stage in cues:
            if stage in ("talks", "bid", "agreed") and (
                INTENT_BEFORE.search(doc.folded[max(0, start - 60) : start])
                or NEGATED_BEFORE.search(doc.folded, max(0, start - 40), start)
            ):
                stage = "interest"
            if stage == "completed" and (
                JOINED_RACE.match(doc.folded, end + 1)
                or NOT_YET_BEFORE.search(doc.folded, max(0, start - 30), start)
            ):
                stage = "interest"  # "joined the race", "his proposed arrival from Ajax"
            elif stage == "completed" and (
                ABOUT_TO.search(doc.folded, max(0, start - 30), start)
                or _gerund(doc, start, ("completing",))
                or _completing_next(doc, start)
            ):
                stage = "agreed"  # "set to complete the signing of", "will sign"
            elif stage == "completed" and (
                INTENT_BEFORE.search(doc.folded[max(0, start - 60) : start])
                or WISH_BEFORE.search(doc.folded, max(0, start - 40), start)
                # "Signing Vrba from Sparta remains Newcastle's priority": a gerund, not "…, signing"
                or _gerund(doc, start, ("signing", "selling"))
                or (doc.folded.startswith("let", start) and doc.folded.endswith(" to ", 0, start))
            ):
                stage = "interest"  # "hope to complete the signing of"
            elif (
                stage == "completed"
                and doc.folded.endswith(" to ", 0, start)
                and not doc.folded.startswith(("has ", "have ", "had "), start)  # "understood to have signed"
            ):
                # an infinitive is still to come: "Radonjic to complete Benfica move" is agreed,
                # "in a bid to sign Saliba on loan from Arsenal" only wanted
                stage = "agreed" if doc.folded.startswith("complet", start) else "interest"
            if stage in ("rejected", "denied") and NOT_RULED_OUT.search(doc.folded, max(0, start - 30), end):
                stage = "interest"  # "has refused to rule out a move": the door is open
            if (
                stage == "interest"
                and doc.folded.startswith("joining", start)
                and _joined_after_past(doc, start)
            ):
                stage = "completed"  # "has left on a free transfer, joining Neom"
            if stage in NEGATIVE_STAGES:
                negative = negative or stage
            elif order[stage] > order[best]:
                best = stage
        if negative == "rejected" and STILL_ALIVE.search(folded):
            return max(best, "bid", key=order.get)
        return negative or best

    @staticmethod
    def paragraph_topic(doc: Doc, index: int) -> Ref | None:
        """The club a paragraph opens with as its subject ("Newcastle, forced to …, moved swiftly")."""
        paragraph = doc.sentences[index].paragraph
        first = next(i for i, s in enumerate(doc.sentences) if s.paragraph == paragraph)
        opening = doc.mentions_in(first)
        sentence = doc.sentences[first]
        if (
            opening
            and opening[0].kind == "club"
            and opening[0].start - sentence.start <= 3
            and opening[0].ref
        ):
            return opening[0].ref
        return None

    def paragraph_window(self, doc: Doc, index: int, past: bool = False) -> str | None:
        paragraph = doc.sentences[index].paragraph
        for other, sentence in enumerate(doc.sentences):
            if sentence.paragraph == paragraph:
                window = self.window_of(doc, other, past)
                if window:
                    return window
        return None

    def window_of(self, doc: Doc, index: int, past: bool = False) -> str | None:
        if (index, past) not in self.windows:
            sentence = doc.sentences[index]
            self.windows[index, past], _ = windows.find_window(
                doc.folded[sentence.start : sentence.end], doc.article.published, past
            )
        return self.windows[index, past]

    def made_window(self, doc: Doc, index: int, folded: str, background: bool) -> str | None:
        """The window of a move already made: the one its clause names ("in the summer of
        2023", "on deadline day"); for a move told as news, else the one its paragraph or the
        article names, else the window open or just shut when the article appeared. A past
        move told in passing ("who joined from PSV") has no window unless its clause gives one,
        except in an article about the window's deals.
        """
        published = doc.article.published
        window = windows.find_window(folded, published, past=True)[0]
        if (
            window
            or published is None
            or (background and not self.done_deals)
            or windows.names_an_earlier_year(folded, published)
        ):
            return window
        return (
            self.window_of(doc, index, past=True)
            or self.paragraph_window(doc, index, past=True)
            or self.article_window_past
            or windows.recent_window(published)
        )


def _replaced(doc: Doc, player: Mention, floor: int) -> bool:
    """ "as a replacement for Alexandre Lacazette": the player is named as the one to replace."""
    return REPLACED.search(doc.folded, max(floor, player.start - 70), player.start) is not None


def _side_rejections(doc: Doc, cues: list[tuple[int, int, str]], end: int) -> list[tuple[int, int]]:
    """Spans of refusals told in a participle ("after turning down two offers from Leeds", "with
    the Dane rejecting offers from English clubs") and of setbacks told as what went before
    ("have resurrected talks after initially appearing to pull out of the race"): each runs from
    its cue to the end of its phrase."""
    spans = []
    for start, cue_end, stage in cues:
        setback = SETBACK_BEFORE.search(doc.folded, max(0, start - 40), start)
        if stage in NEGATIVE_STAGES and setback:
            start = setback.start()  # "after Manchester United pulled out": the club is in it
        elif not (stage == "rejected" and doc.folded.startswith(REFUSING, start)):
            continue
        stop = PHRASE_END.search(doc.text, cue_end, end)
        spans.append((start, stop.start() if stop else end))
    return spans


def _gerund(doc: Doc, start: int, words: tuple[str, ...]) -> bool:
    """A cue opening with one of `words` used as a noun ("Signing Vrba remains their priority",
    "are completing the signing"), not as a participle of a done deal ("…, signing Vrba")."""
    return doc.folded.startswith(words, start) and not DONE_PARTICIPLE_BEFORE.search(
        doc.folded, max(0, start - 10), start
    )


def _focal_club(doc: Doc) -> Ref | None:
    """The club an article is about, for arrivals it tells without saying where ("Zubimendi
    arrived from Real Sociedad" in a review of Arsenal's window): a fan site's own club, else
    the first club its headline names."""
    club = doc.kb.get(doc.home or title_club(doc))
    return Ref(club.id, club.name) if club is not None else None


def _respective(players: list[Mention], clubs: list[Mention], folded: str, offset: int) -> dict[str, Ref]:
    """Player to club, when a clause pairs as many of each in order with "respectively"."""
    at = folded.find("respectively")
    if len(players) < 2 or at < 0:
        return {}
    later = [c.ref for c in clubs if players[-1].end < c.start and c.end <= offset + at]
    if len(later) != len(players) or len(set(later)) != len(later):
        return {}
    return {_key(p): club for p, club in zip(players, later, strict=True)}


def _cues(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """Stage cues in doc.text[start:end]: (start, end, stage or 'sell')."""
    regex = patterns.stage_regex()
    return [(m.start(), m.end(), regex.label(m)) for m in doc.cue_matches(regex, start, end)]


def _completing_next(doc: Doc, start: int) -> bool:
    """ "Will have a medical on Monday before completing his move": a completion still to come,
    unless the clause before it is told in the past."""
    return (
        doc.folded.startswith("completing", start)
        and doc.folded.endswith("before ", 0, start)
        and not _joined_after_past(doc, start)
    )


def _joined_after_past(doc: Doc, start: int) -> bool:
    """ "Bobb went the other way, joining Fulham", "spent a season at Atalanta before joining
    us": the joining follows a clause told in the past, so it happened."""
    if not JOINING_AFTER.search(doc.folded, max(0, start - 8), start):
        return False
    opening = max(doc.folded.rfind(". ", 0, start), doc.folded.rfind("\n", 0, start)) + 1
    clause = doc.folded[opening:start]
    return (
        PAST_CLAUSE.search(clause) is not None
        and not FUTURE.search(clause)
        and not INTENT_BEFORE.search(clause)
    )


@lru_cache(maxsize=65536)  # the same players' records are asked about sentence after sentence
def _settled(since: str, published: date) -> bool:
    """Whether a move on record had happened, for news of `published`.

    Record dates are coarse (a summer move is dated 1 July): while its window is open, news
    still speaks of the player as the old club's, so the move counts only once it has shut.
    """
    try:
        moved = date.fromisoformat(since[:10])
    except ValueError:
        return since <= published.isoformat()
    window = windows.open_window(moved)
    return (windows.window_end(window) if window else moved) < published


def _contract_stage(deal: str, folded: str, stage: str) -> str:
    """A new deal signed or a contract terminated is done, whatever cue words say."""
    if stage in ("interest", "talks", "agreed") and (
        (deal == "extension" and EXTENSION_DONE.search(folded))
        or (deal == "release" and RELEASE_DONE.search(folded))
    ):
        return "completed" if not FUTURE.search(folded) else "agreed"
    return stage


def _goes_with(doc: Doc, club: Mention, role: str, player: Mention, players: list[Mention]) -> bool:
    """Whether a would-be destination is `player`'s: a suitor named before a list of players
    wants each of them ("Arsenal want Ivory Coast defender Vrba and winger Mensah, 21");
    otherwise it goes with the nearest player."""
    if role == roles.SUBJECT and players[0].start >= club.end:
        listed = [players[0]]
        for following in players[1:]:
            if not LIST_GAP.fullmatch(doc.folded, listed[-1].end, following.start):
                break
            listed.append(following)
        if len(listed) > 1:
            return player in listed
    return _nearest_player(club, role, players) is player


def _club_roles(
    doc: Doc, sentence: Sentence, clubs: list[Mention], all_cues: list, cues: list, people: list[Mention]
) -> dict[int, str]:
    """What each club is to the move, by the words around it (see `roles.local_role`)."""
    club_roles = {
        id(c): roles.local_role(doc.folded, c.start, c.end, doc.text, sentence.start) for c in clubs
    }
    for club in clubs:
        if any(0 <= club.start - cue[1] <= 6 for cue in all_cues if cue not in cues) or any(
            PERSON_MOVES_TO.fullmatch(doc.folded, p.end, club.start) for p in people if p.end <= club.start
        ):
            # the club a coach "left for", "was returning to"
            club_roles[id(club)] = roles.SOMEONE_ELSES
    for first, second in itertools.pairwise(clubs):
        # "Son Heung-min – Tottenham to Los Angeles FC": a move written as club to club
        if CLUB_TO_CLUB.fullmatch(doc.folded, first.end, second.start):
            club_roles[id(first)], club_roles[id(second)] = roles.FROM, roles.TO
    return club_roles


def _terms_of(doc: Doc, players: list[Mention], player: Mention, clause: Sentence, deal: str) -> str:
    """ "They brought in Haugland for £1.2m, and took Breward on loan": with several players in
    a clause, each has the terms named between his neighbours, if any are, else the clause's."""
    if len(players) < 2 or deal in ("extension", "release", "unknown"):
        return deal
    start, end = _stretch_of(players, player, clause.start, clause.end)
    # "brought in Wik for £1.2m, and took Baah on loan": Wik's fee makes his move permanent
    own = terms.with_fee(
        terms.deal_type(doc.folded, start, end, doc.cue_index),
        terms.fees(doc.text[start:end], doc.folded[start:end]),
    )
    return deal if own == "unknown" else own


def _stretch_of(players: list[Mention], player: Mention, start: int, end: int) -> tuple[int, int]:
    """The part of start..end that is `player`'s: from the player named before him to the one
    named after him, so that terms and fees named between go with him."""
    at = players.index(player)
    return (
        players[at - 1].end if at else start,
        players[at + 1].start if at + 1 < len(players) else end,
    )


def _leaves_from(doc: Doc, club: Mention, player: Mention) -> bool:
    """Whether "from Aberdeen" may be `player`'s: not when it belongs to an earlier clause
    ("brought in Wik from Aberdeen, and took Baah on loan")."""
    return not (club.end <= player.start and CLAUSE_JOIN.search(doc.folded, club.end, player.start))


def _buys_in_clause(
    doc: Doc,
    club: Mention,
    player: Mention,
    clubs: list[Mention],
    club_roles: dict,
    attached: dict[int, Mention],
    cues: list[tuple[int, int, str]],
) -> bool:
    """ "They brought in Haugland from Rosenborg, and took Brighton youngster Breward on loan":
    the subject of the clause buys each player a buying cue wraps ("took X on loan", "signing X
    from"), unless another club takes over as subject before him."""
    if club_roles[id(club)] != roles.SUBJECT or club.end > player.start:
        return False
    wrapped = any(
        club.end <= c[0] < player.start
        and player.end <= c[1]
        and c[2] != "sell"
        and not SENDS.match(doc.folded, c[0])
        for c in cues
    )
    return wrapped and not any(
        club.end <= other.start < player.start
        and club_roles[id(other)] == roles.SUBJECT
        and id(other) not in attached
        and other.ref != club.ref
        for other in clubs
    )


def _nearest_player(club: Mention, role: str, players: list[Mention]) -> Mention | None:
    """The player a destination belongs to when a clause names several: "Rashford joined
    Barcelona, Højlund went to Napoli" — a club after "to" goes with the player before it."""
    if len(players) < 2:
        return players[0] if players else None
    before = [p for p in players if p.end <= club.start]
    if role == roles.TO and before:
        return before[-1]
    return min(players, key=lambda p: min(abs(p.start - club.end), abs(club.start - p.end)))


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _players_in_play(doc: Doc, players: list[Mention], cues: list[tuple[int, int, str]]) -> list[Mention]:
    """Of several players in a sentence, those a transfer cue is about: near a cue, the one an
    offer is "for" however long the offer ("reject an offer rising to £150m from Al-Ittihad for
    Salah"), or listed right beside one that is ("moves for Kane and Grealish")."""
    kept = [
        p
        for p in players
        if any(min(abs(p.start - c[1]), abs(c[0] - p.end)) <= CUE_REACH for c in cues)
        or _offer_for(doc, p, players, cues)
    ]
    for player in players:
        if player not in kept and any(
            0 <= player.start - k.end <= 30 or 0 <= k.start - player.end <= 30 for k in kept
        ):
            kept.append(player)
    return sorted(kept, key=lambda p: p.start)


def _offer_for(doc: Doc, player: Mention, players: list[Mention], cues: list[tuple[int, int, str]]) -> bool:
    """Whether `player` is what the last cue before him was "for", with no other player between."""
    before = [c for c in cues if c[1] <= player.start and player.start - c[1] <= OFFER_REACH]
    return (
        bool(before)
        and FOR_BEFORE.search(doc.folded, max(0, player.start - 40), player.start) is not None
        and not any(before[-1][1] <= other.start < player.start for other in players)
    )


def _someone_else_wanted(clause: str) -> bool:
    """ "Everton want a striker", "are in the market for a new goalkeeper": a player not yet named."""
    return _generic_object().search(clause) is not None


@cache
def _generic_object() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:a|an|another|two|three|new|more|one more|a new|a younger|a back-up|a replacement)\s+"
        rf"(?:[\w-]+\s+)?(?:{patterns.position_words()}|player|players|signing|signings|reinforcements?|"
        r"recruits?)\b"
    )


def _verbless(clause: str) -> bool:
    """ "Barcelona and Real Madrid" (after "interest from Chelsea,"), "Liam Delap from Ipswich":
    names and the little words of a list or a move, with the verb left to the clause before."""
    return all(word in ELLIPSIS_WORDS for word in LOWER_WORD.findall(clause))


def _others_moves_aside(doc: Doc, cues: list[tuple[int, int, str]], people: list[Mention]) -> list:
    """A move made by one of `people` (coaches, officials) named right before its verb ("since
    Thomas Frank left for Tottenham") is that person's, not a player's. ("Gerrard is
    interested in" is his club's interest, and stays.)"""
    return [
        c
        for c in cues
        if (c[2] != "completed" and not OWN_MOVE_VERB.match(doc.folded, c[0]))
        or not any(PERSON_SUBJECT_GAP.fullmatch(doc.folded, p.end, c[0]) for p in people)
    ]


def _from_club_of(doc: Doc, player: Mention, clubs: list[Mention], club_roles: dict) -> Ref | None:
    """The club named right after a player as the one he comes from ("Kudus from West Ham")."""
    return next(
        (
            c.ref
            for c in clubs
            if club_roles[id(c)] == roles.FROM and OWN_FROM.fullmatch(doc.folded, player.end, c.start)
        ),
        None,
    )


def _only_suitors(clubs: list[Mention], club_roles: dict, his_club: Ref | None) -> bool:
    """ "Juventus and Inter are also keen", "Betis held talks with the Yellow Submarine" (his
    club): clubs with no role but suitor, or his own club, following a claim."""
    return all(
        club_roles[id(club)] == roles.SUBJECT
        or (his_club is not None and club.ref.id is not None and club.ref.id == his_club.id)
        for club in clubs
    )


def _key(mention: Mention) -> str:
    return mention.ref.id or mention.ref.name if mention.ref else mention.text


def _fee_of(
    fees: list[tuple[int, Fee]], players: list[Mention], player: Mention, clause: Sentence
) -> Fee | None:
    """The fee nearest the player, among those named between him and his neighbours: in "a £17m
    deal for Mykolenko, paving the way for Digne to leave", Digne's move has no fee. Fee
    positions count from the start of `clause`, as `terms.fees` gives them."""
    start, end = _stretch_of(players, player, clause.start, clause.end)
    near = [f for f in fees if start <= clause.start + f[0] < end]
    if not near:
        return None
    return min(near, key=lambda f: abs(clause.start + f[0] - player.start))[1]
