"""Resolution: which entity each mention means, decided from the article's own context.

Ambiguous names ("Milan", "the Blues", "Gomez") are never settled by first match: the
candidates are scored by what else the article names (clubs, their players and coaches),
and descriptors ("the 28-year-old", "the Dutchman", "our number 2") go to the nearest
earlier mention they fit.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from rumourmill.extract.document import Doc, inside_quote
from rumourmill.extract.mentions import age_after, named_by_role, position_before
from rumourmill.extract.patterns import Literals
from rumourmill.kb import KBEntity, KnowledgeBase
from rumourmill.kb.lexicon import demonyms, positions
from rumourmill.kb.names import fold
from rumourmill.models import Mention, Ref

LEAGUE_PRIOR = {
    "en.1": 5,
    "es.1": 4,
    "it.1": 4,
    "de.1": 4,
    "fr.1": 4,
    "en.2": 3,
    "pt.1": 3,
    "nl.1": 3,
    "sco.1": 3,
}
POSSESSIVE_SIDE = re.compile(
    r"['’]s?\s+(?:side|men|team|charges|troops|squad|outfit|club|boys|players|outfit)\b"
)
CLUB_ROLE = re.compile(r"\s+(?:boss|manager|head coach|coach|gaffer)\b")
CLUB_PLAYER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:player|star|man|signing|talent|academy graduate|captain|defender|"
    r"midfielder|winger|forward|striker|keeper|goalkeeper|full-back|centre-back)\b(?!\s+[A-Z])"
)
FIRST_PERSON = Literals(["we", "our", "us"], word_end=True, word_start=True)
#: What a club does in the market, right after its subject: "… have made contact", "are in talks".
CLUB_ACTS = (
    r"(?:'ve|'re|\s+have|\s+had|\s+are|\s+were|\s+will|\s+would|\s+could)?\s+"
    r"(?:already\s+|now\s+|also\s+|reportedly\s+|finally\s+|officially\s+)?"
    r"(?=(?:made|make|opened|open|held|submitted|tabled|lodged|launched|bid|offered|agreed|signed|sign|want|"
    r"wanted|need|keen|in talks|interested|tracking|monitoring|eyeing|considering|chasing|lining up|closing in|"
    r"close to|set to|plan|planning|prepared|preparing|ready|enquired|asked|approached|contacted|rejected|"
    r"turned down|sold|sell|let|released|loaned|sent|recalled)\b)"
)
#: A fan site's "we" buying or selling: "we have made contact with Porto", "before joining us".
WE_ACTS = re.compile(CLUB_ACTS)  # right after "we"
JOINING = re.compile(
    r"\b(?:join|joins|joined|joining|sign for|signed for|signing for|move to|return to|back to)\s+$"
)  # right before "us"
#: "… and they are in talks with Burnley", "The club have also made an enquiry": a club named before.
THEY_MOVE = re.compile(
    # not after "if", "as", "once"…: "if they sell one of their own" is a condition, not a move
    r"(?:^|(?<=[\s,;:]))(?<!\bif )(?<!\bas )(?<!when )(?<!once )(?<!unless )(?<!until )(?<!because )"
    r"(?<!before )(?<!after )(?<!while )(?<!\bso )(they|the club)"  # tried only where THEY is
    + CLUB_ACTS.replace(
        r")\b)", r"|brought|received|took|signed|paid|spent|completed|landed|added|move|swoop)\b)"
    )
)
#: Where THEY_MOVE may match: opening with look-behinds, it is slow to scan a text with.
THEY = re.compile(r"(?:they|the club)\b")
DESCRIPTOR_REACH = 2500  # characters back a descriptor may point


class Resolver:
    """Sets `ref` on every mention it can, adds club mentions made by possessives."""

    def __call__(self, doc: Doc) -> Doc:
        kb = doc.kb
        resolved: list[Mention] = []
        pending: list[Mention] = []
        full_names = _full_names(kb, doc.mentions)
        for mention in doc.mentions:
            named = _named_in_full(mention, full_names)
            if named is not None:
                resolved.append(named)
            elif len(mention.candidates) == 1:
                resolved.append(_with_ref(kb, mention, mention.candidates[0]))
            elif mention.how.startswith("unknown_name"):
                resolved.append(mention.resolved(Ref(None, mention.text)))
            else:
                pending.append(mention)
        context = Counter(m.ref.id for m in resolved if m.ref)
        club_starts = {m.start for m in doc.mentions if m.kind == "club"}
        for mention in pending:
            if mention.how == "metonym" and (mention.end + 1 in club_starts or mention.end in club_starts):
                continue  # "Spanish club Eibar": a kind word before a club's name is no mention of its own
            if mention.how == "metonym" and ANY_ONE_BEFORE.search(
                doc.folded, max(0, mention.start - 30), mention.start
            ):
                continue  # "to an English or Spanish club": any club of the kind, not one named before
            clubs = tuple(i for i in mention.candidates if kb.entities[i].kind == "club")
            if clubs and len(clubs) < len(mention.candidates):
                mention = replace(
                    mention, candidates=clubs, kind="club"
                )  # "Everton" the club, not the player
            if mention.candidates and mention.how != "surname":
                # "the London club" after "a bid from Chelsea": the candidate named last before it
                named = [
                    m.ref.id
                    for m in resolved
                    if m.ref and m.end <= mention.start and m.ref.id in mention.candidates
                ]
                chosen = self.best_candidate(kb, mention, context, named[-1] if named else None)
                resolved.append(_with_ref(kb, mention, chosen))
            else:
                resolved.append(mention)
        resolved.sort(key=lambda m: m.start)
        resolved = [_in_office(doc, m) for m in resolved]
        resolved = _same_unknown_names(doc, resolved)
        context = Counter(m.ref.id for m in resolved if m.ref)
        resolved = [
            self.resolve_surname(doc, m, resolved, context) if m.how == "surname" else m for m in resolved
        ]
        resolved += self.possessive_clubs(doc, resolved)
        resolved.sort(key=lambda m: m.start)
        home = doc.home = self.home_club(doc, resolved)
        if home is not None:
            resolved = sorted(resolved + first_person_clubs(doc, home), key=lambda m: m.start)
        resolved = sorted(resolved + clubs_named_before(doc, resolved), key=lambda m: m.start)
        resolved = self.resolve_descriptors(doc, resolved, home)
        doc.mentions = [_retired(doc, m) for m in resolved if m.ref is not None]
        return doc

    # -- ambiguous known names ------------------------------------------------------------
    def best_candidate(
        self, kb: KnowledgeBase, mention: Mention, context: Counter, latest: str | None = None
    ) -> str:
        context_clubs = {i for i in context if i and kb.entities[i].kind == "club"}
        context_people = [
            kb.entities[i] for i in context if i and kb.entities[i].kind in ("player", "person")
        ]
        leagues = {kb.entities[i].attrs.get("league") for i in context_clubs}

        def score(entity_id: str) -> float:
            entity = kb.entities[entity_id]
            # "the Merseyside club" points back at the club just named; "United" leans on it less
            recency = 3.0 if mention.how == "metonym" else 1.0
            value = 3.0 * min(context[entity_id], 2) + (recency if entity_id == latest else 0.0)
            if entity.kind == "club":
                value += 2.0 * sum(
                    1
                    for p in context_people
                    if _clubs_of(p)[:1] == [entity_id] or p.attrs.get("club") == entity_id
                )
                value += 1.0 if entity.attrs.get("league") in leagues else 0.0
                value += LEAGUE_PRIOR.get(entity.attrs.get("league") or "", 0) / 10
                # a bare "United" in the press is Manchester United unless the story says otherwise
                value += (
                    0.5
                    if fold(mention.text.removeprefix("the ")) in entity.attrs.get("usual_for", ())
                    else 0.0
                )
            elif entity.kind == "player":
                value += 2.0 * len(set(_clubs_of(entity)[:3]) & context_clubs)
                value += 0.5 if entity.attrs.get("current") else 0.0
            elif entity.attrs.get("role"):
                # a coach or executive today outranks a namesake whose playing days are over
                value += 2.5 + (1.0 if entity.attrs.get("club") in context_clubs else 0.0)
            return value

        return max(mention.candidates, key=lambda i: (score(i), -mention.candidates.index(i)))

    # -- surnames -------------------------------------------------------------------------
    def resolve_surname(
        self, doc: Doc, mention: Mention, mentions: list[Mention], context: Counter
    ) -> Mention:
        key = fold(mention.text)
        # 1. someone the article already names in full
        for other in sorted(mentions, key=lambda m: abs(m.start - mention.start)):
            if (
                other is mention
                or other.ref is None
                or other.how in ("surname",)
                or other.kind not in ("player", "person")
            ):
                continue
            names = other.ref.name.split()
            if (len(names) >= 2 and fold(names[-1]) == key) or fold(" ".join(names[-2:])) == key:
                if other.how == "unknown_name:role":  # "agent Mino Raiola … Raiola": still the agent
                    return replace(mention.resolved(other.ref, other.kind), how="surname:role")
                return mention.resolved(other.ref, other.kind)
        # 2. a known person whose clubs the article talks about
        kb = doc.kb
        if mention.candidates:
            context_clubs = {i for i in context if i and kb.entities[i].kind == "club"}

            def score(entity: KBEntity) -> float:
                value = 2.0 * len(set(_clubs_of(entity)[:3]) & context_clubs)
                value += 2.0 if entity.kind == "person" and entity.attrs.get("club") in context_clubs else 0.0
                value += 1.0 if entity.attrs.get("current") else 0.0
                # "Allegri" alone is the coach, not a namesake who played in the 1990s
                value += 1.0 if entity.kind == "person" and entity.attrs.get("role") else 0.0
                return value

            ranked = sorted((kb.entities[i] for i in mention.candidates), key=score, reverse=True)
            best = ranked[0]
            if len(ranked) == 1 or score(best) > score(ranked[1]):
                return _with_ref(kb, mention, best.id)
        # 3. unknown: kept by the name as written
        return mention.resolved(Ref(None, mention.text))

    # -- "Max Allegri's side", "the Reds boss", "Liverpool's longest-serving player" ------------
    def possessive_clubs(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        added = []
        for mention in mentions:
            if mention.ref is None or mention.ref.id is None:
                continue
            entity = doc.kb.entities[mention.ref.id]
            tail = doc.text[mention.end : mention.end + 60]
            if entity.kind == "person":
                side = POSSESSIVE_SIDE.match(tail)
                club_id = doc.kb.club_of_coach(entity.id) if side else None
                if side and club_id and club_id in doc.kb.entities:
                    end = mention.end + side.end()
                    added.append(
                        _with_ref(
                            doc.kb,
                            Mention(
                                mention.start, end, doc.text[mention.start : end], "club", None, "possessive"
                            ),
                            club_id,
                        )
                    )
            elif entity.kind == "club":
                role = CLUB_ROLE.match(tail)
                coach = entity.attrs.get("coach")
                if role and coach and coach in doc.kb.entities:
                    end = mention.end + role.end()
                    added.append(
                        _with_ref(
                            doc.kb,
                            Mention(
                                mention.start,
                                end,
                                doc.text[mention.start : end],
                                "person",
                                None,
                                "descriptor:role",
                            ),
                            coach,
                        )
                    )
                player = CLUB_PLAYER.match(tail)
                if player:
                    end = mention.end + player.end()
                    added.append(
                        Mention(
                            mention.start,
                            end,
                            doc.text[mention.start : end],
                            "player",
                            None,
                            f"descriptor:club:{entity.id}",
                        )
                    )
        return added

    @staticmethod
    def home_club(doc: Doc, mentions: list[Mention]) -> str | None:
        """The club a fan site calls "we", if it speaks as "we": the club its name calls up
        ("Gunners Daily", "Anfield Whispers"), else the club it names most."""
        if not FIRST_PERSON.search(doc.folded):
            return None
        clubs = Counter(m.ref.id for m in mentions if m.kind == "club" and m.ref and m.ref.id)
        outlet = doc.article.outlet or ""
        in_name = {
            i for hit in doc.kb.find(outlet) for i in hit.entity_ids if doc.kb.entities[i].kind == "club"
        }
        if len(in_name) > 1:  # "Blue Watch Everton": two clubs of that name; the one the story is about
            in_name = {i for i in in_name if clubs[i] == max(clubs[c] for c in in_name)} if clubs else set()
        if len(in_name) == 1:
            return in_name.pop()
        headline = title_club(doc)
        if headline is not None and clubs[headline]:
            return headline  # "Newcastle transfer news: … and Bayern's Gordon enquiry"
        return clubs.most_common(1)[0][0] if clubs else None

    # -- descriptors ----------------------------------------------------------------------
    def resolve_descriptors(self, doc: Doc, mentions: list[Mention], home: str | None) -> list[Mention]:
        out: list[Mention] = []
        ages: dict[str, int] = {}
        salience: Counter[Ref] = Counter()  # how often each entity is named so far
        for mention in mentions:
            if mention.ref is not None and mention.ref.id is None:
                age = re.match(r",?\s*\(?(\d{2})\)?\s*[,.)]", doc.text[mention.end : mention.end + 8])
                if age:
                    ages[mention.ref.name] = int(age.group(1))
            if mention.how.startswith("descriptor") and mention.ref is None:
                target = self.descriptor_target(doc, mention, out, home, ages, salience)
                if target is not None:
                    # "the 28-year-old" describes a player even when his name is unknown to the KB
                    kind = "player" if target.ref.id is None and mention.kind == "player" else target.kind
                    mention = mention.resolved(target.ref, kind)
            out.append(mention)
            if mention.ref is not None:
                salience[mention.ref] += 1
        return out

    def descriptor_target(
        self,
        doc: Doc,
        mention: Mention,
        earlier: list[Mention],
        home: str | None,
        ages: dict[str, int],
        salience: Counter[Ref],
    ) -> Mention | None:
        kind = mention.how.split(":")[1]
        folded = fold(mention.text)
        owner = self.owner_club(doc, mention, earlier, home)
        if kind == "role":
            coach = doc.kb.get(owner).attrs.get("coach") if owner and doc.kb.get(owner) else None
            if coach and coach in doc.kb.entities:
                return _with_ref(doc.kb, mention, coach)
        best, best_score = None, float("-inf")
        paragraph = doc.paragraph_of(mention.start)
        for distance, other in enumerate(reversed(earlier)):
            if mention.start - other.start > DESCRIPTOR_REACH:
                break  # (mentions are in order: the rest lie further back still)
            if other.ref is None:
                continue
            if other.kind not in ("player", "person") or (
                kind in ("age", "youth", "position", "number", "club")
                and other.kind != "player"
                and other.ref.id is not None
            ):
                continue
            if other.how in ("unknown_name:role", "surname:role") and kind != "role":
                continue  # "vice president Fernando Gomez" is no "Spanish international"
            fit = self.fit(doc, kind, folded, other, owner, ages)
            same_item = doc.paragraph_of(other.start) == paragraph
            if fit is None:
                if not (same_item and kind == "demonym"):
                    continue
                fit = -1.0  # "Nico González: … for the Argentine": a dual national, or a namesake in the KB
            # nearer is likelier, and so is the player the article keeps talking about
            score = fit - distance * 0.1 + 0.3 * min(salience[other.ref], 5)
            if same_item:
                score += 1.5  # a live-blog entry or round-up item speaks of its own player
            if score > best_score:
                best, best_score = other, score
        return best

    def owner_club(self, doc: Doc, mention: Mention, earlier: list[Mention], home: str | None) -> str | None:
        if mention.how.startswith("descriptor:club:"):
            return mention.how.split(":", 2)[2]
        word = fold(mention.text).split()[0]
        if word == "our":
            return home
        before = [
            m for m in earlier if m.kind == "club" and m.ref and m.ref.id and 0 <= mention.start - m.end <= 3
        ]
        if before:
            return before[-1].ref.id
        if word in ("his", "their"):
            clubs = [m for m in earlier if m.kind == "club" and m.ref and m.ref.id]
            return clubs[-1].ref.id if clubs else None
        return home if word in ("the",) and mention.how.endswith("role") else None

    def fit(
        self, doc: Doc, kind: str, folded: str, other: Mention, owner: str | None, ages: dict[str, int]
    ) -> float | None:
        """How well `other` fits the descriptor: None if it cannot be meant, more is better."""
        entity = doc.kb.get(other.ref.id)
        attrs = entity.attrs if entity else {}
        if kind == "age":
            wanted = int(re.search(r"\d+", folded).group(0))
            known = _age(attrs, doc.article.published) if entity else ages.get(other.ref.name)
            if known is None:
                return 0.0
            return 2.0 if abs(known - wanted) <= 1 else None
        if kind == "youth":  # "the teenager", "the youngster"
            known = _age(attrs, doc.article.published) if entity else ages.get(other.ref.name)
            if known is None:
                return 0.0
            oldest = TEENAGER_MAX_AGE if "teen" in folded else YOUTH_MAX_AGE
            return 1.0 if known <= oldest else None
        if kind == "demonym":
            country = demonyms().get(folded.removeprefix("the ").strip())
            nationality = attrs.get("nationality")
            if nationality is None:
                return 0.0
            return 3.0 if country and fold(nationality) == fold(country) else None
        if kind == "position":
            word = folded.split()[-1]
            code = positions().get(word) or positions().get(folded.removeprefix("the ").strip())
            position = attrs.get("position")
            if position is None or code is None:
                return 0.0
            return 1.0 if position == code else None
        if kind in ("number", "club", "role"):
            if owner and entity and kind != "role":
                clubs = _clubs_of(entity)
                if clubs and owner not in clubs[:2]:
                    return None
                return 1.0 if clubs else 0.0
            return 0.0
        return 0.0


#: Words that make "Spanish club" any club of its kind: "a", "another", "an English or".
ANY_ONE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|another|any|one|other)\s+(?:[a-z]+\s+(?:or|and)\s+)?$")
#: The oldest a player called "the youngster" (or "the starlet", "the prodigy") is taken to be;
#: "the teenager" is 19 at most.
YOUTH_MAX_AGE = 21
TEENAGER_MAX_AGE = 19


def _full_names(kb: KnowledgeBase, mentions: list[Mention]) -> dict[str, Ref]:
    """Every first and last name of the people an article names in full ("rodrigo", "saldana")."""
    names: dict[str, Ref] = {}
    for mention in mentions:
        if " " not in mention.text.strip():
            continue
        if mention.how.startswith("unknown_name") and not mention.how.endswith("outlet"):
            ref = Ref(None, mention.text)
        elif len(mention.candidates) == 1 and kb.entities[mention.candidates[0]].kind in ("player", "person"):
            entity = kb.entities[mention.candidates[0]]
            ref = Ref(entity.id, entity.name)
        else:
            continue
        tokens = fold(ref.name).split()
        for token in (tokens[0], tokens[-1]):
            names.setdefault(token, ref)
    return names


def _named_in_full(mention: Mention, full_names: dict[str, Ref]) -> Mention | None:
    """A one-word mention of someone the article names in full: "Rodrigo" after "Rodrigo Saldaña"."""
    if (
        " " in mention.text
        or mention.how.startswith("descriptor")
        or mention.kind not in ("player", "person")
    ):
        return None
    ref = full_names.get(fold(mention.text))
    if ref is None or fold(ref.name) == fold(mention.text):
        return None
    return mention.resolved(ref)


def _same_unknown_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Ferreira Lobo" after "Tomás Ferreira Lobo" is the same unknown person; so is "Matteo"
    in a quote after "Matteo Cirillo" ("Bologna have asked about Matteo"), if no one else named
    before has that first name."""
    seen: list[Ref] = []
    full_names: dict[str, dict[Ref, Mention]] = {}  # first name -> people named in full before
    out = []
    for mention in mentions:
        named = full_names.get(fold(mention.text), {}) if mention.how in ("surname", "unknown_name") else {}
        if len(named) == 1 and inside_quote(doc.text, mention.start):
            (full,) = named.values()
            out.append(replace(mention, ref=full.ref, kind=full.kind, how=full.how))
            continue
        if mention.how.startswith("unknown_name") and mention.ref is not None:
            short = " " + fold(mention.ref.name)
            earlier = next(
                (r for r in seen if len(r.name) > len(short) - 1 and (" " + fold(r.name)).endswith(short)),
                None,
            )
            if earlier is not None:
                mention = mention.resolved(earlier)
            else:
                seen.append(mention.ref)
        if mention.kind in ("player", "person") and mention.ref is not None and " " in mention.ref.name:
            full_names.setdefault(fold(mention.ref.name).split()[0], {})[mention.ref] = mention
        out.append(mention)
    return out


def _in_office(doc: Doc, mention: Mention) -> Mention:
    """ "Manchester United boss Ole Gunnar Solskjaer", "Liverpool legend Steven Gerrard", "Rui
    Costa's board": a former player named by what he is now is a person, whose moves are no
    player's transfer."""
    if mention.kind == "player" and (
        named_by_role(doc.folded, mention.start) or OFFICE_AFTER.match(doc.folded, mention.end)
    ):
        return replace(mention, kind="person")
    return mention


#: What a president or owner has: "Rui Costa's board", "Florentino Perez's regime".
OFFICE_AFTER = re.compile(
    r"['’]s?\s+(?:board|boardroom|regime|administration|presidency|hierarchy|ownership|consortium)\b"
)


def _with_ref(kb: KnowledgeBase, mention: Mention, entity_id: str) -> Mention:
    entity = kb.entities[entity_id]
    return mention.resolved(Ref(entity.id, entity.name), entity.kind)


#: "where he played regularly under Ruud van Nistelrooy": the name after is his coach.
UNDER_COACH = re.compile(
    r"\b(?:play(?:s|ed|ing)?|work(?:s|ed|ing)?|thriv(?:e|es|ed|ing)|flourish(?:es|ed|ing)?|develop(?:s|ed|ing)?|"
    r"blossom(?:s|ed|ing)?|featur(?:e|es|ed|ing)|starr(?:ed|ing)|stars)\s+(?:\w+\s+){0,2}under\s+(?:coach\s+|boss\s+|manager\s+)?$"
)
#: Years without a move after which a player the KB knows only from old transfers has retired.
RETIRED_AFTER_YEARS = 15


def _retired(doc: Doc, mention: Mention) -> Mention:
    """ "Max Eberl has confirmed …": a name the transfer records know from a playing career that
    ended long before the article is a person now (a director, a coach), not a player."""
    if mention.kind != "player" or mention.ref is None:
        return mention
    if UNDER_COACH.search(doc.folded, max(0, mention.start - 50), mention.start):
        return mention.resolved(mention.ref, "person")
    if doc.article.published is None:
        return mention
    if (
        position_before(doc.folded, mention.start)
        or age_after(doc.text, mention.end)
        or doc.folded.endswith(("'s ", "’s "), 0, mention.start)
    ):
        return mention  # "Feyenoord midfielder Thijs van der Meulen", "…'s Thijs van der Meulen, 21"
    entity = doc.kb.get(mention.ref.id)
    if entity is None or entity.attrs.get("current"):
        return mention
    history = entity.attrs.get("history") or []
    last = history[-1][0] if history else None
    if last and int(last[:4]) < doc.article.published.year - RETIRED_AFTER_YEARS:
        return mention.resolved(mention.ref, "person")
    return mention


def _clubs_of(entity: KBEntity) -> list[str]:
    clubs = list(entity.attrs.get("clubs") or [])
    club = entity.attrs.get("club")
    if club and club not in clubs:
        clubs.insert(0, club)
    return clubs


def _age(attrs: dict, published: date | None) -> int | None:
    today = published or date.today()
    birth = attrs.get("birth_date")
    if birth:
        born = date.fromisoformat(birth[:10])
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if attrs.get("birth_year"):
        return today.year - int(attrs["birth_year"])
    return None


def first_person_clubs(doc: Doc, home: str) -> list[Mention]:
    """The home club where the writer of a fan site buys or sells as "we" (not in a quote)."""
    added = []
    folded = doc.folded
    for word in FIRST_PERSON.finditer(folded):
        start, end = word.span()
        if word.group() == "we":
            moves = WE_ACTS.match(folded, end)
        elif word.group() == "us":
            moves = JOINING.search(folded, max(0, start - 30), start)
        else:
            continue
        if moves and not inside_quote(doc.text, start):
            added.append(_club_said_as(doc, start, end, "first_person", home))
    return added


def _club_said_as(doc: Doc, start: int, end: int, how: str, club_id: str) -> Mention:
    """A club mention made by a word that is not its name ("we", "they", "the club")."""
    return _with_ref(doc.kb, Mention(start, end, doc.text[start:end], "club", None, how), club_id)


def clubs_named_before(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "City have agreed deals for two players, and they are in talks with Burnley over a third":
    "they" or "the club" acting in the market is the club that last opened a clause of its
    paragraph as its subject."""
    added = []
    for candidate in THEY.finditer(doc.folded, doc.article.body_start):
        match = THEY_MOVE.match(doc.folded, candidate.start())
        if match is None:
            continue
        start, end = match.span(1)
        if inside_quote(doc.text, start):
            continue
        paragraph = doc.paragraph_of(start)
        before = []  # clubs named earlier in the paragraph, the latest first
        for m in reversed(mentions):
            if m.end > start:
                continue
            if doc.paragraph_of(m.start) != paragraph:
                break
            if m.kind == "club" and m.ref is not None and m.ref.id is not None:
                before.append(m)
        # "They brought in Haugland… Going the other way, they let Lowrie join Livingston"
        before += [m for m in added if doc.paragraph_of(m.start) == paragraph]
        before.sort(key=lambda m: m.start, reverse=True)
        subject = next(
            (m for m in before if OPENS_CLAUSE.search(doc.folded, max(0, m.start - 4), m.start)),
            # "…the business Hearts have done. They brought in…": the one club the paragraph names,
            # if it is the subject of its own clause (not "arrived from Real Madrid", "face Celtic")
            before[0]
            if len({m.ref.id for m in before}) == 1 and HAS_VERB.match(doc.folded, before[0].end)
            else None,
        )
        if subject is not None:
            added.append(_club_said_as(doc, start, end, "anaphor", subject.ref.id))
    return added


#: What comes right after a club that is the subject of its clause: "Hearts have done", "City are".
HAS_VERB = re.compile(r"['’]ve\b|\s+(?:have|has|had|are|is|were|was|will|would|could|did|do|does)\b")
#: What comes right before a club that is the subject of its clause: a sentence start, "and".
OPENS_CLAUSE = re.compile(r"(?:^|[.:;\n]\s*|,? and |, but |^\s*)$")


def title_club(doc: Doc) -> str | None:
    """The club a headline says the story is about: "Newcastle transfer news: …", "Arsenal's
    summer window: …", "Juventus mercato: …" (not a suitor: "Milan make contact over Højlund")."""
    title = doc.article.title or ""
    for hit in doc.kb.find(title):
        clubs = [i for i in hit.entity_ids if doc.kb.entities[i].kind == "club"]
        if clubs:
            about = hit.start <= 4 and ABOUT_THE_CLUB.match(fold(title), hit.end)
            return clubs[0] if len(clubs) == 1 and about else None
    return None


#: After the club a headline opens with, words that make it the story's subject.
ABOUT_THE_CLUB = re.compile(
    r"(?:['’]s?\s+(?:summer|january|winter|transfer|window|deadline|business|ins|squad|rebuild|season)|\s*:|"
    r"\s+(?:transfer|window|summer|january|deadline|mercato|business|ins and outs|news|latest|round-?up))"
)
