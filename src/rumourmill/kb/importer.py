"""Build the knowledge base from the football data folders (see the data README).

Reads, never copies: clubs and aliases of all Europe (openfootball), Premier League players and
coaches (FPL), player names and their clubs from the transfer history, recent transfers and
market-value tables. Each step is a function over one folder, so a missing folder is skipped.
"""

from __future__ import annotations

import csv
import logging
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from rapidfuzz import fuzz, process

from rumourmill.errors import KBError
from rumourmill.kb.entities import Alias, KBEntity
from rumourmill.kb.lexicon import club_entities, person_id, place_words, word_list
from rumourmill.kb.names import alias_key, slug

log = logging.getLogger(__name__)

#: League codes whose clubs win when a name is shared (a "Liverpool" is the English one).
MAJOR_LEAGUES = ("en.1", "es.1", "it.1", "de.1", "fr.1", "pt.1", "nl.1", "sco.1", "en.2")
TM_POSITION = {
    "goalkeeper": "GKP",
    "back": "DEF",
    "defender": "DEF",
    "sweeper": "DEF",
    "midfield": "MID",
    "winger": "MID",
    "forward": "FWD",
    "striker": "FWD",
    "attack": "FWD",
}
YOUTH_MARKERS = (" u17", " u18", " u19", " u20", " u21", " u23", " b", " ii", " youth", " reserves")


@dataclass
class ImportReport:
    """What an import read, for the user."""

    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    def add(self, what: str, n: int) -> None:
        self.counts[what] = self.counts.get(what, 0) + n


@dataclass
class KBBuilder:
    """Collects entities and aliases; later facts about a player refine earlier ones."""

    entities: dict[str, KBEntity] = field(default_factory=dict)
    aliases: list[Alias] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)
    _club_keys: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: one-word names of clubs outside the covered leagues, checked again once people are known
    short_club_names: set[tuple[str, str]] = field(default_factory=set)

    def add(self, entity: KBEntity, aliases: list[Alias]) -> None:
        old = self.entities.get(entity.id)
        if old is not None:
            entity = KBEntity(entity.id, entity.kind, old.name, {**old.attrs, **entity.attrs})
        self.entities[entity.id] = entity
        self.aliases.extend(aliases)
        if entity.kind == "club":
            for alias in aliases:
                ids = self._club_keys[alias_key(alias.text)]
                if entity.id not in ids:
                    ids.append(entity.id)

    # -- club names written by other sources ------------------------------------------------
    def club_id(self, name: str, country: str | None = None) -> str | None:
        """The club a data source means by `name` ("Man Utd", "1.FC Köln"), or None."""
        key = alias_key(name)
        if not key or any(key.endswith(marker) for marker in YOUTH_MARKERS):
            return None
        ids = self._club_keys.get(key)
        if not ids:
            return None
        if len(ids) > 1:
            ids = sorted(ids, key=lambda i: self._club_rank(i, country))
        return ids[0]

    def _club_rank(self, club_id: str, country: str | None) -> tuple[int, int]:
        attrs = self.entities[club_id].attrs
        league = attrs.get("league") or ""
        same_country = country is not None and attrs.get("country") == country
        return (0 if same_country else 1, 0 if league in MAJOR_LEAGUES else 1)

    def fuzzy_club_ids(self, names: set[str]) -> dict[str, str]:
        """Exact alias look-up first, then fuzzy matching for the names left over."""
        resolved: dict[str, str] = {}
        leftovers = []
        for name in names:
            club_id = self.club_id(name)
            if club_id:
                resolved[name] = club_id
            elif not any(alias_key(name).endswith(m) for m in YOUTH_MARKERS):
                leftovers.append(name)
        keys = list(self._club_keys)
        for name in leftovers:
            best = process.extractOne(alias_key(name), keys, scorer=fuzz.token_sort_ratio, score_cutoff=90)
            if best:
                resolved[name] = self.club_id(best[0]) or ""
        return {k: v for k, v in resolved.items() if v}


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def import_clubs(builder: KBBuilder, folder: Path) -> None:
    """openfootball: every European club with its alternative names and latest league."""
    clubs = folder / "clubs.csv"
    rows = [row for row in _rows(clubs) if row["is_reserve_team"] != "1"]
    keep_short = _distinctive_short_names(rows)
    builder.short_club_names |= keep_short
    for row in rows:
        attrs = {
            "country": row["country"],
            "city": row["city"] or None,
            "stadium": row["stadium"] or None,
            "league": row["latest_league_code"] or None,
            "founded": row["founded"] or None,
        }
        names = [row["name"], *[a.strip() for a in row["alt_names"].split("|") if a.strip()]]
        names = [
            n
            for i, n in enumerate(names)
            if i == 0 or attrs["league"] or len(n.split()) > 1 or (row["club_id"], n) in keep_short
        ]
        aliases = [Alias(n, row["club_id"], "name" if i == 0 else "alias") for i, n in enumerate(names)]
        builder.add(KBEntity(row["club_id"], "club", row["name"], attrs), aliases)
        builder.report.add("clubs", 1)
    for row in _rows(folder / "club_aliases.csv"):
        club = builder.entities.get(row["club_id"])
        if club is None or _weak_alias(club, row["alias"]):
            continue
        builder.add(club, [Alias(row["alias"], row["club_id"], "alias")])
    # The lexicon's short names are what people write ("Liverpool", not "Liverpool FC"), and
    # its nicknames let other sources' spellings ("Spurs", "Man Utd") find their club.
    for entity, aliases in club_entities():
        old = builder.entities.get(entity.id)
        attrs = {**old.attrs, **entity.attrs} if old else entity.attrs
        builder.entities[entity.id] = KBEntity(entity.id, "club", entity.name, attrs)
        builder.add(builder.entities[entity.id], aliases)


#: Countries whose clubs are called by their town in English news ("Chesterfield", "Forfar").
TOWN_NAMED = frozenset({"eng", "sco", "wal", "nir"})


def _distinctive_short_names(rows: list[dict[str, str]]) -> set[tuple[str, str]]:
    """One-word names of clubs outside the covered leagues that can stand for the club alone:
    "Midtjylland", "Olympiacos", "Ferencváros", but not a city ("Vienna", "Leipzig" for a
    lower-league club of Leipzig), a common word, a short word ("Van") or a name two clubs share.
    """
    cities = {alias_key(row["city"]) for row in rows if row["city"]}
    common = word_list("common_words.txt") | word_list("minor_club_words.txt") | place_words()
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for name in [row["name"], *row["alt_names"].split("|")]:
            if name.strip():
                owners[alias_key(name.strip())].add(row["club_id"])
    keep = set()
    for row in rows:
        if row["latest_league_code"]:
            continue
        for name in (a.strip() for a in row["alt_names"].split("|")):
            key = alias_key(name)
            if (
                len(name.split()) == 1
                and len(key) >= 5
                and key not in common
                and len(owners[key]) == 1
                and (key not in cities or row["club_id"].split(":")[0] in TOWN_NAMED)
            ):
                keep.add((row["club_id"], name))
    return keep


def _history(existing: KBEntity | None, entries: list[list[str]]) -> list[list[str]]:
    """A player's dated clubs ([since, club id], oldest first), merged with what is known."""
    known = existing.attrs.get("history", []) if existing else []
    return [list(e) for e in sorted({(since, club) for since, club in [*known, *entries] if club and since})]


def _move_date(row: dict[str, str], year: int) -> str:
    """When a move of the history took effect: a loan's end on its own date when the record
    has one (so that "back at Spurs, then on loan to Leicester" keeps its order), other moves
    coarsely: 1 July for a summer move, 31 January for a winter one (loans cut short in
    January end before the move that follows them)."""
    ended = row.get("loan_end_date") or ""
    if row["transfer_type"] == "end_of_loan" and len(ended) == 10:
        return ended
    winter = row["transfer_period"].lower().startswith("w")
    return f"{year + 1}-01-31" if winter else f"{year}-07-01"


def _day_before(day: str) -> str:
    return (date.fromisoformat(day[:10]) - timedelta(days=1)).isoformat()


def _weak_alias(club: KBEntity, alias: str) -> bool:
    """One word naming a club outside the leagues we cover ("Van" for FC Van, "Marek" for
    PFC Marek Dupnitsa) is far likelier to be something else in English news."""
    return not club.attrs.get("league") and len(alias.split()) == 1 and alias != club.name


def _player_id(name: str) -> str:
    return f"player:{slug(name)}"


def _fpl_name(row: dict[str, str]) -> tuple[str, list[str]]:
    """Display name and other written forms of an FPL player ("Joe Gomez", ["Gomez"]).

    The display name is the one the press uses, read from FPL's `web_name`: "Emiliano
    Martínez" (web "Martinez", legal "Emiliano Martínez Romero"), "Lucas Paquetá"
    ("L.Paquetá"), "Fábio Vieira", and a nickname alone ("Savinho", "Casemiro").
    """
    first, second, web = row["first_name"].strip(), row["second_name"].strip(), row["web_name"].strip()
    full = f"{first} {second}".strip()
    short = web.split(".")[-1].strip()
    display = full
    surname = (
        _token_run(second.split(), short.split())
        or _token_run(second.split(), [short.replace(" ", "-")])  # "Hee Chan" of "Hee-chan"
        or _token_run(second.replace("-", " ").split(), short.split())  # "Solanke" of "Solanke-Mitchell"
    )
    if surname:
        # "Martinez" -> "Emiliano Martínez"; "J.Gomes" -> "João Gomes", not "João Victor Gomes"
        display = f"{first.split()[0] if '.' in web else first} {surname}"
    elif "." in web:
        if short and _key(web[:1]) == _key(first[:1]):
            display = f"{first.split()[0]} {short}"  # "L.Paquetá" -> "Lucas Paquetá"
    elif len(short.split()) > 1 and _token_run(full.split(), short.split()[-1:]):
        display = short  # "Fábio Vieira" for Fábio Ferreira Vieira
    elif short and " " not in short and _key(short) not in _key(full):
        display = short  # a nickname: "Savinho", "Jorginho"
    return display, list(dict.fromkeys([display, full]))


def _key(word: str) -> str:
    return alias_key(word).replace("ss", "s")  # FPL writes "Weiss" for Max Weiß ("weis")


def _token_run(tokens: list[str], wanted: list[str]) -> str | None:
    """The words of `tokens` that spell `wanted` (accents and case aside), or None:
    "Solanke" in "Solanke Mitchell", "Martinez" in "Martínez Romero"."""
    keys = [_key(t) for t in tokens]
    target = [_key(w) for w in wanted]
    if not target:
        return None
    for start in range(len(keys) - len(target) + 1):
        if keys[start : start + len(target)] == target:
            return " ".join(tokens[start : start + len(target)])
    return None


def import_fpl(builder: KBBuilder, folder: Path) -> None:
    """FPL: Premier League players (position, birth date, club) and head coaches."""
    teams = {(r["season"], r["name"]): r["name"] for r in _rows(folder / "epl_teams.csv")}
    latest: dict[str, dict[str, str]] = {}
    for row in _rows(folder / "epl_players.csv"):
        if row["fpl_code"] not in latest or row["season"] >= latest[row["fpl_code"]]["season"]:
            latest[row["fpl_code"]] = row
    newest_season = max((r["season"] for r in latest.values()), default="")
    for row in latest.values():
        name, forms = _fpl_name(row)
        club = builder.club_id(teams.get((row["season"], row["team_name"]), row["team_name"]), "England")
        if row["position"] == "MGR":
            entity_id = person_id(name)
            attrs = {"role": "coach", "club": club}
            builder.add(
                KBEntity(entity_id, "person", name, attrs), [Alias(f, entity_id, "name") for f in forms]
            )
            builder.report.add("coaches", 1)
            continue
        entity_id = _player_id(name)
        existing = builder.entities.get(entity_id)
        history = [c for c in (existing.attrs.get("clubs", []) if existing else []) if c != club]
        attrs = {
            "club": club,
            "clubs": [club, *history] if club else history,
            "club_since": row["team_join_date"] or None,
            "history": _history(
                existing, [[row["team_join_date"][:10] or f"{row['season'][:4]}-07-01", club]]
            ),
            "position": row["position"],
            "birth_date": row["birth_date"] or None,
            "current": row["season"] == newest_season,
            "season": row["season"],
            "web_name": row["web_name"],
        }
        builder.add(KBEntity(entity_id, "player", name, attrs), [Alias(f, entity_id, "name") for f in forms])
        builder.report.add("players (Premier League)", 1)


def _tm_position(text: str) -> str | None:
    low = text.lower()
    return next((code for word, code in TM_POSITION.items() if word in low), None)


def import_transfer_history(builder: KBBuilder, folder: Path) -> None:
    """Transfer history 1992-2023: player names, birth years, positions and recent clubs."""
    path = folder / "transfers_1992_2023.csv"
    moves: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # (date, origin, destination)
    info: dict[str, tuple[int | None, str | None]] = {}
    club_names: set[str] = set()
    for row in _rows(path):
        if row["transfer_type"] in ("no_fee_or_internal",):
            continue
        year = int(row["year"]) if row["year"].isdigit() else 0
        if row["transfer_movement"] == "in":
            origin, destination = row["club_involved_name"], row["club_name"]
        else:
            origin, destination = row["club_name"], row["club_involved_name"]
        moves[row["player_name"]].append((_move_date(row, year), origin, destination))
        club_names.update((origin, destination))
        age = int(row["age"]) if row["age"].isdigit() else None
        info[row["player_name"]] = (year - age if age else None, _tm_position(row["position"]))
    club_ids = builder.fuzzy_club_ids(club_names)
    for name, player_moves in moves.items():
        player_moves.sort()
        last_year = int(player_moves[-1][0][:4])
        recent = [m for m in player_moves if int(m[0][:4]) >= last_year - 4]
        clubs: list[str] = []
        for _, origin, destination in reversed(recent):
            for club_name in (destination, origin):
                club = club_ids.get(club_name)
                if club and club not in clubs:
                    clubs.append(club)
        birth_year, position = info[name]
        entity_id = _player_id(name)
        dated = [
            [day, club_ids[destination]] for day, _, destination in player_moves if destination in club_ids
        ]
        attrs = {"clubs": clubs, "last_move": last_year, "history": _history(None, dated)}
        existing = builder.entities.get(entity_id)
        if existing is None:
            attrs.update(club=club_ids.get(player_moves[-1][2]), position=position, birth_year=birth_year)
        else:
            attrs["clubs"] = list(dict.fromkeys([*existing.attrs.get("clubs", []), *clubs]))
            attrs["history"] = _history(existing, dated)
        builder.add(KBEntity(entity_id, "player", name, attrs), [Alias(name, entity_id, "name")])
        builder.report.add("players (transfer history)", 1)


def import_recent_transfers(builder: KBBuilder, folder: Path) -> None:
    """Recent moves (2025 summer window, 2025-26 sample) bring players' clubs up to date."""
    summer = folder / "epl_transfers_summer_2025.csv"
    if summer.exists():
        for row in _rows(summer):
            team = builder.club_id(row["Team"], "England")
            other = builder.club_id(row["Club that left/joined"])
            club = team if row["Direction"] == "In" else other
            _move_player(
                builder,
                row["Player"],
                club,
                previous=other if row["Direction"] == "In" else team,
                since="2025-07-01",
            )
            builder.report.add("recent transfers", 1)
    values = folder / "tm_market_values_players.csv"
    if values.exists():
        for row in _rows(values):
            entity = builder.entities.get(_player_id(row["Player"]))
            nationality = row["Nat"].split("/")[0].strip()
            if entity is not None and nationality:
                builder.add(KBEntity(entity.id, "player", entity.name, {"nationality": nationality}), [])


def import_transfermarkt_sample(builder: KBBuilder, folder: Path) -> None:
    rows = sorted(_rows(folder / "transfers.csv"), key=lambda r: r["transfer_date"])
    for row in rows:
        if row["transfer_date"] > "2026-12-31":
            continue  # pre-agreed moves years ahead do not change the current club
        _move_player(
            builder,
            row["player_name"],
            builder.club_id(row["to_club_name"]),
            previous=builder.club_id(row["from_club_name"]),
            since=row["transfer_date"][:10],
        )
        builder.report.add("recent transfers", 1)


def _move_player(builder: KBBuilder, name: str, club: str | None, previous: str | None, since: str) -> None:
    """Record a move on `since`: the club he joined that day, and the one he left the day before."""
    if not name or not club:
        return
    entity_id = _player_id(name)
    existing = builder.entities.get(entity_id)
    history = _history(existing, [[since, club], *([[_day_before(since), previous]] if previous else [])])
    latest = history[-1][1]
    older = [c for c in (existing.attrs.get("clubs", []) if existing else []) if c != latest]
    clubs = [latest, *[c for _, c in reversed(history)], *older]
    attrs = {
        "club": latest,
        "clubs": list(dict.fromkeys(c for c in clubs if c)),
        "current": True,
        "club_since": history[-1][0],
        "history": history,
    }
    builder.add(
        KBEntity(entity_id, "player", existing.name if existing else name, attrs),
        [] if existing else [Alias(name, entity_id, "name")],
    )


#: Folder -> importer, in the order they must run (clubs first: everything links to them).
STEPS: tuple[tuple[str, Callable[[KBBuilder, Path], None]], ...] = (
    ("clubs_openfootball", import_clubs),
    ("transfers_ewenme", import_transfer_history),
    ("epl_players_fpl", import_fpl),
    ("epl_2025_26_tm_scrape", import_recent_transfers),
    ("transfermarkt_sample_2026", import_transfermarkt_sample),
)


def build_from_folder(source: Path) -> KBBuilder:
    """Read every known data folder under `source` into a fresh builder."""
    source = Path(source)
    if not source.is_dir():
        raise KBError(f"{source}: no such data folder")
    builder = KBBuilder()
    found = False
    for folder_name, step in STEPS:
        folder = source / folder_name
        if not folder.is_dir():
            builder.report.skipped.append(folder_name)
            continue
        found = True
        log.info("importing %s", folder)
        step(builder, folder)
    if not found:
        raise KBError(
            f"{source}: none of the expected data folders ({', '.join(name for name, _ in STEPS)}) is there"
        )
    _drop_short_names_of_others(builder)
    return builder


def _drop_short_names_of_others(builder: KBBuilder) -> None:
    """A minor club's one-word name that is also a person's name ("Marek", "Sutton") or another
    entity's alias ("Magpies", "Olympique") would steal their mentions: it goes."""
    if not builder.short_club_names:
        return
    people = {
        alias_key(word)
        for entity in builder.entities.values()
        if entity.kind in ("player", "person")
        for word in entity.name.split()
    }
    owners: dict[str, set[str]] = defaultdict(set)
    for alias in builder.aliases:
        owners[alias_key(alias.text)].add(alias.entity_id)
    builder.aliases = [
        alias
        for alias in builder.aliases
        if (alias.entity_id, alias.text) not in builder.short_club_names
        or (alias_key(alias.text) not in people and len(owners[alias_key(alias.text)]) == 1)
    ]
