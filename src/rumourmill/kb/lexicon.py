"""The curated lexicons shipped with rumourmill (see `lexicons/README.md`)."""

from __future__ import annotations

import csv
import tomllib
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path

from rumourmill.kb.entities import Alias, KBEntity
from rumourmill.kb.names import fold, slug

#: Nouns that turn a region or stadium into a club: "the Merseyside club", "the San Siro outfit".
CLUB_NOUNS = ("club", "outfit", "side", "giants", "team", "club's", "outfit's", "side's")


def lexicon_dir() -> Path:
    return Path(str(resources.files("rumourmill") / "lexicons"))


def files() -> list[Path]:
    """Every lexicon file: a change to any of them invalidates the KB's load cache."""
    return sorted(
        p for p in lexicon_dir().rglob("*") if p.is_file() and p.suffix in (".toml", ".csv", ".txt")
    )


def _read_csv(name: str) -> list[dict[str, str]]:
    path = lexicon_dir() / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]


@cache
def club_records() -> tuple[dict, ...]:
    """Every `[[club]]` of every `clubs/*.toml`, with the league taken from the file name."""
    records = []
    for path in sorted((lexicon_dir() / "clubs").glob("*.toml")):
        with path.open("rb") as handle:
            for club in tomllib.load(handle).get("club", []):
                club.setdefault("league", path.stem)
                records.append(club)
    return tuple(records)


def person_id(name: str) -> str:
    return f"person:{slug(name)}"


@cache
def _people() -> dict[str, dict[str, str]]:
    """`people.csv` rows by the slug of their name and of every alias."""
    rows: dict[str, dict[str, str]] = {}
    for row in _read_csv("people.csv"):
        for name in [row["name"], *row.get("aliases", "").split("|")]:
            if name:
                rows.setdefault(slug(name), row)
    return rows


def canonical_person(name: str) -> str:
    """The name `people.csv` uses for someone the club lexicon may write otherwise."""
    row = _people().get(slug(name))
    return row["name"] if row else name


#: Articles that open foreign nicknames ("Los Blancos", "Die Roten"): such a nickname carries
#: its own article, so it reads as a name without an English "the".
FOREIGN_ARTICLES = frozenset("los las les la le il lo i gli die der das os as o el".split())


def _nickname_how(nickname: str) -> str:
    first = nickname.split()[0].lower() if nickname.split() else ""
    return "alias" if first in FOREIGN_ARTICLES and len(nickname.split()) > 1 else "nickname"


def club_entities() -> Iterator[tuple[KBEntity, list[Alias]]]:
    """Clubs as the lexicon describes them, with all their names and metonyms."""
    for club in club_records():
        club_id = club["id"]
        attrs = {key: club[key] for key in ("league", "city", "stadium", "country") if club.get(key)}
        if club.get("usual_for"):
            attrs["usual_for"] = [fold(form) for form in club["usual_for"]]
        if club.get("coach"):
            attrs["coach"] = person_id(canonical_person(club["coach"]))
        aliases = [Alias(club["name"], club_id, "name")]
        aliases += [Alias(a, club_id, "alias") for a in club.get("aliases", [])]
        aliases += [Alias(n, club_id, _nickname_how(n)) for n in club.get("nicknames", [])]
        places = list(club.get("regions", []))
        if club.get("stadium"):
            aliases.append(Alias(club["stadium"], club_id, "stadium"))
            places.append(club["stadium"])
        if club.get("city"):
            places.append(club["city"])
        for place in places:
            aliases += [Alias(f"{place} {noun}", club_id, "metonym") for noun in CLUB_NOUNS]
        yield KBEntity(club_id, "club", club["name"], attrs), aliases


def coach_entities() -> Iterator[tuple[KBEntity, list[Alias]]]:
    """Head coaches named in the club lexicon, and `people.csv` (nationality, role, aliases)."""
    coaches: dict[str, tuple[str, set[str]]] = {}  # canonical name -> (club id, written forms)
    for club in club_records():
        if club.get("coach"):
            name = canonical_person(club["coach"])
            coaches.setdefault(name, (club["id"], set()))[1].add(club["coach"])
    rows = {row["name"]: row for row in _read_csv("people.csv")}
    for name in dict.fromkeys([*coaches, *rows]):
        row = rows.get(name, {})
        attrs = {k: row[k] for k in ("role", "nationality", "club") if row.get(k)}
        if name in coaches:
            attrs.setdefault("role", "coach")
            attrs["club"] = coaches[name][0]
        forms = {name, *coaches.get(name, ("", set()))[1], *filter(None, row.get("aliases", "").split("|"))}
        entity_id = person_id(name)
        yield KBEntity(entity_id, "person", name, attrs), [Alias(f, entity_id, "name") for f in sorted(forms)]


def outlet_entities() -> Iterator[tuple[KBEntity, list[Alias]]]:
    """Outlets and journalists with country, language and reliability tier."""
    for row in _read_csv("outlets.csv"):
        if not row.get("name"):
            continue
        is_journalist = row.get("kind") == "journalist"
        entity_id = (person_id if is_journalist else lambda n: f"outlet:{slug(n)}")(row["name"])
        attrs = {
            "role": "journalist" if is_journalist else "outlet",
            "country": row.get("country") or None,
            "language": row.get("language") or None,
            "tier": int(row["tier"]) if row.get("tier", "").isdigit() else None,
        }
        if row.get("outlet"):
            attrs["outlet"] = row["outlet"]
        aliases = [Alias(row["name"], entity_id, "name")]
        aliases += [Alias(a, entity_id, "alias") for a in row.get("aliases", "").split("|") if a]
        kind = "person" if is_journalist else "outlet"
        yield KBEntity(entity_id, kind, row["name"], attrs), aliases


def competition_entities() -> Iterator[tuple[KBEntity, list[Alias]]]:
    for row in _read_csv("competitions.csv"):
        entity_id = f"competition:{slug(row['name'])}"
        aliases = [Alias(row["name"], entity_id, "name")]
        aliases += [Alias(a, entity_id, "alias") for a in row.get("aliases", "").split("|") if a]
        yield KBEntity(entity_id, "competition", row["name"], {}), aliases


@cache
def demonyms() -> dict[str, str]:
    """'dutchman' -> 'Netherlands'."""
    return {row["demonym"].lower(): row["country"] for row in _read_csv("demonyms.csv")}


@cache
def country_names() -> tuple[str, ...]:
    """Every form of a country's name we know ("Netherlands", "Ivory Coast", "United States")."""
    lines = (lexicon_dir() / "country_names.txt").read_text(encoding="utf-8").splitlines()
    names = [row["country"] for row in _read_csv("demonyms.csv")] + [line.strip() for line in lines]
    return tuple(dict.fromkeys(name for name in names if name))


@cache
def city_names() -> tuple[str, ...]:
    """Cities news travels to ("flew to Dublin"), from `city_names.txt`."""
    lines = (lexicon_dir() / "city_names.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def place_words() -> frozenset[str]:
    """Country and city names and the adjectives of countries, one word each ("croatia",
    "croatian", "dublin"): never part of a person's name, so "Croatia Under-21 international"
    is no player and "a scout to Dublin" is no Dion Dublin."""
    # every word of a country's name: "Ivory Coast defender", "DR Congo winger"
    names = (*country_names(), *city_names())
    words = {fold(word) for name in names for word in name.split() if not word.islower()}
    return frozenset(words | {fold(word) for demonym in demonyms() for word in demonym.split()})


@cache
def positions() -> dict[str, str]:
    """'centre-back' -> 'DEF'."""
    return {row["word"].lower(): row["position"] for row in _read_csv("positions.csv")}


@cache
def word_list(name: str) -> frozenset[str]:
    """A whitespace-separated word list (lower-cased; '#' starts a comment)."""
    path = lexicon_dir() / name
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].lower().split())
    return frozenset(words)


@cache
def cues(name: str) -> dict:
    """A `cues/<name>.toml` lexicon of phrases for one extraction stage."""
    with (lexicon_dir() / "cues" / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)
