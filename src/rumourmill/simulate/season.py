"""A simulated season of transfer news, written around real transfer records.

Real rumour archives cannot be shipped, so we write the news ourselves (`writer.py`) around
real moves from the transfers_ewenme history, read at run time from the data folder. Every
rumour has an origin outlet whose reliability tier sets the chance that the rumour is true:
a backtest that scores outlets from the ledger must get those rates back. The truth goes to
`rumours.csv`; the real records of the windows go to `outcomes.csv` in the layout of the
source file, so the outcome importer reads both the same way.
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, timedelta
from pathlib import Path

from rumourmill.extract.windows import order, window_end
from rumourmill.kb.lexicon import lexicon_dir
from rumourmill.kb.names import fold
from rumourmill.simulate import writer
from rumourmill.simulate.writer import Report

TRANSFERS = Path("transfers_ewenme") / "transfers_1992_2023.csv"
#: Chance that a rumour is true, by the reliability tier (1 best .. 5 worst) of its origin.
#: The backtest must recover these rates from the ledger.
TRUE_RATE = {1: 0.8, 2: 0.6, 3: 0.4, 4: 0.25, 5: 0.12}
#: Share of rumours each tier starts: tier 1 has few outlets but must start enough rumours
#: for its rate to be measurable.
TIER_SHARE = {1: 0.22, 2: 0.24, 3: 0.22, 4: 0.18, 5: 0.14}
LADDER = ("interest", "talks", "bid", "agreed", "completed")
#: How far the news of a true move gets (some never get past talk of interest).
TRUE_FINAL = {"interest": 0.1, "talks": 0.08, "bid": 0.07, "agreed": 0.15, "completed": 0.6}
#: How far a false rumour gets before it dies: some reach a bid or an agreed fee.
FALSE_PEAK = {"interest": 0.55, "talks": 0.2, "bid": 0.15, "agreed": 0.1}
#: How a false rumour ends, by its peak: (denied, collapsed); the rest fade away.
FALSE_END = {"interest": (0.4, 0.0), "talks": (0.3, 0.35), "bid": (0.1, 0.75), "agreed": (0.1, 0.8)}
#: A true rumour is sometimes denied on the way, to keep the signal noisy.
TRUE_DENIAL = 0.1
NEAR_DUPLICATE = 0.2
MAX_ARTICLES = 6
#: Rumours per gossip round-up of the window.
PER_ROUNDUP = 40
#: Outlet names that are ordinary words ("i", "Sport", "Record"): a reader cannot tell them
#: from the text around them, so they never start a rumour or pass one on.
AMBIGUOUS_OUTLETS = {
    "i", "tz", "AS", "Sport", "Record", "Metro", "ABC", "Rai", "NOS", "Sabah", "Globo Esporte", "UOL",
}  # fmt: skip
#: Report countries the extractor knows ("reports in Spain"); other origins give "media reports".
REPORT_COUNTRIES = {"Italy", "Spain", "Germany", "France", "Portugal", "Turkey", "Brazil", "Argentina"}
#: The names clubs go by in the news, where the record's formal name is not it.
USUAL_NAMES = {
    "Atlético de Madrid": "Atlético Madrid",
    "Bayer 04 Leverkusen": "Bayer Leverkusen",
    "1.FC Union Berlin": "Union Berlin",
    "1.FSV Mainz 05": "Mainz",
    "1. FC Köln": "Köln",
    "TSG 1899 Hoffenheim": "Hoffenheim",
    "Real Betis Balompié": "Real Betis",
    "RCD Espanyol Barcelona": "Espanyol",
    "Olympique Lyon": "Lyon",
    "Olympique Marseille": "Marseille",
    "Twente Enschede FC": "Twente",
    "Ajax Amsterdam": "Ajax",
    "Feyenoord Rotterdam": "Feyenoord",
    "FC Nizhniy Novgorod": "Nizhny Novgorod",
    "FC Pari Nizhniy Novgorod": "Nizhny Novgorod",
    "PFK Tambov": "FC Tambov",
    "VVV-Venlo": "VVV Venlo",
    "LOSC Lille": "Lille",
    "Stade Brestois 29": "Brest",
    "Stade Rennais FC": "Rennes",
    "Clermont Foot 63": "Clermont",
    "ESTAC Troyes": "Troyes",
    "FC Girondins Bordeaux": "Girondins Bordeaux",
    "RC Strasbourg Alsace": "Strasbourg",
    "Celta de Vigo": "Celta Vigo",
    "Deportivo Alavés": "Alavés",
    "Brighton & Hove Albion": "Brighton",
    "West Bromwich Albion": "West Brom",
    "Wolverhampton Wanderers": "Wolves",
    "Tottenham Hotspur": "Tottenham",
    "Hertha BSC": "Hertha Berlin",
    "SpVgg Greuther Fürth": "Greuther Fürth",
    "FC Schalke 04": "Schalke",
    "SC Cambuur-Leeuwarden": "SC Cambuur",
    "SC Cambuur Leeuwarden": "SC Cambuur",
    "Excelsior Rotterdam": "Excelsior",
    "AC Milan": "AC Milan",
    "Inter Milan": "Inter Milan",
}
#: Clubs the club data names only in full: their short names ("Reading", "Emmen") would not
#: be recognised, so the news here keeps the recorded name.
AS_RECORDED = {
    "Barnsley FC", "Blackpool FC", "Reading FC", "Benevento Calcio", "CS Marítimo", "Dijon FCO", "FC Crotone",
    "FC Emmen", "Nîmes Olympique", "Belenenses SAD", "FC Sochi", "Zenit St. Petersburg",
}  # fmt: skip
#: Legal-form words that the news leaves out: "Arsenal FC" is "Arsenal".
FORM_WORDS = {
    "FC", "AFC", "CF", "CFC", "SC", "BC", "AC", "ACF", "AS", "SS", "SSC", "US", "UC", "CA", "CD", "SD", "UD",
    "RCD", "OGC", "RC", "SL", "GD", "CS", "FK", "PFK", "SV", "VfB", "VfL", "AJ", "HSC", "SCO", "FCO", "SAD",
    "Calcio",
}  # fmt: skip
#: Window phrases, for summer (False) and January (True) windows.
WHEN = {
    False: ["this summer", "this summer", "before the window shuts", "ahead of next season"],
    True: ["in January", "in January", "in the January window", "before the window shuts"],
}
POSITIONS = {
    "goalkeeper": "goalkeeper",
    "centre-back": "centre-back",
    "sweeper": "defender",
    "left-back": "left-back",
    "right-back": "right-back",
    "defence": "defender",
    "defensive midfield": "midfielder",
    "central midfield": "midfielder",
    "attacking midfield": "midfielder",
    "left midfield": "midfielder",
    "right midfield": "midfielder",
    "midfield": "midfielder",
    "winger": "winger",
    "second striker": "striker",
    "centre-forward": "striker",
    "attack": "forward",
}


@dataclass(frozen=True, slots=True)
class Move:
    """A real move of one window: both clubs in the leagues of the record."""

    player: str
    from_club: str
    to_club: str
    window: str
    loan: bool
    fee: float | None  # EUR millions; None when no fee is on record
    free: bool
    age: int
    position: str


@dataclass(slots=True)
class SimulatedRumour:
    """One rumour and the truth about it. Clubs carry their names in the transfer record."""

    player: str
    from_club: str
    to_club: str
    window: str
    happened: bool
    origin: str
    origin_tier: int
    stage_reached: str  # furthest stage of the news: interest .. completed
    ending: str  # completed | denied | collapsed | faded | open (true, but the news stops early)
    articles: int = 0


@dataclass(frozen=True, slots=True)
class Line:
    """What one article says about one rumour, and whom the text credits for it."""

    rumour: int  # index in Season.rumours
    stage: str
    credit: str | None  # outlet named as the source, "unnamed" for "reports in Spain", None for none

    def expected_origin(self, outlet: str) -> str | None:
        """The origin an extractor should read: none when the outlet states the claim itself."""
        return None if self.credit == outlet else self.credit


@dataclass(frozen=True, slots=True)
class Piece:
    """The truth about one article, kept beside its JSONL record (same index)."""

    kind: str  # origin | follow-up | relay | unnamed | denial | collapse | duplicate | roundup
    outlet: str
    lines: tuple[Line, ...]
    copy_of: int | None = None  # index of the article a near-duplicate re-publishes


@dataclass(slots=True)
class Season:
    """The news of the simulated windows, the truth behind it and the real records to check it by."""

    articles: list[dict] = field(default_factory=list)  # JSONL records, in order of publication
    rumours: list[SimulatedRumour] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)  # truth about articles[i]
    outcomes: list[dict] = field(default_factory=list)  # the real records of the windows
    outcome_columns: list[str] = field(default_factory=list)


# -- the transfer record --------------------------------------------------------------------------
def window_of(row: dict) -> str:
    """ "2021/2022" Summer is 2021-summer, its Winter 2022-01."""
    start = int(row["season"][:4])
    return f"{start}-summer" if row["transfer_period"].lower().startswith("s") else f"{start + 1}-01"


def run_up(window: str) -> tuple[date, date]:
    """First and last day news of a window is published: mid-May or December to its close."""
    year, part = window.split("-")
    first = date(int(year) - 1, 12, 1) if part == "01" else date(int(year), 5, 15)
    return first, window_end(window) - timedelta(days=1)


def usual_name(club: str) -> str:
    """The name the news calls a club: "FC Barcelona" is "Barcelona", "Bologna FC 1909" "Bologna"."""
    if club in USUAL_NAMES:
        return USUAL_NAMES[club]
    if club in AS_RECORDED:
        return club
    if club.startswith("FK "):
        return "FC " + club[3:]
    words = [w for w in club.split() if w not in FORM_WORDS and not re.fullmatch(r"\d+", w)]
    return " ".join(words) or club


def position_word(text: str) -> str:
    low = text.lower()
    return next((word for key, word in POSITIONS.items() if key in low), "midfielder")


def _related(short: str, long: str) -> bool:
    """Whether a short club name ("Man Utd", "Spurs") may stand for a long one."""
    short_words = [w for w in re.findall(r"\w+", fold(short)) if len(w) >= 3]
    long_words = re.findall(r"\w+", fold(long))
    return not short_words or any(lw.startswith(sw[:4]) for sw in short_words for lw in long_words)


def _age(row: dict) -> int:
    return int(row["age"]) if row["age"].isdigit() else 25


class Record:
    """The transfer record, indexed for picking true and false rumours of a window."""

    def __init__(self, path: Path, windows: list[str]) -> None:
        """Reads the seasons of `windows` and the two before them (for who stayed where)."""
        starts = [_season_start(w) for w in windows]
        wanted = {str(year) for year in range(min(starts) - 2, max(starts) + 1)}
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            self.columns = next(reader)
            season = self.columns.index("season")
            # plain rows first, dicts only for the seasons we need: the file has 177,000 rows
            self.rows = [
                dict(zip(self.columns, row, strict=True)) for row in reader if row[season][:4] in wanted
            ]
        self.by_window: dict[str, list[dict]] = defaultdict(list)
        for row in self.rows:
            self.by_window[window_of(row)].append(row)
        clubs = {row["club_name"] for row in self.rows}
        self.club_words = {word for club in clubs for word in re.findall(r"\w{4,}", fold(club))}

    def readable(self, player: str) -> bool:
        """A full name of two words or more whose surname is no club's name: "Toni Villa"
        would be read as Aston Villa wherever his surname stands alone."""
        words = fold(player).split()
        return len(words) >= 2 and words[-1] not in self.club_words

    def rows_of(self, window: str) -> list[dict]:
        rows = self.by_window.get(window)
        if not rows:
            raise ValueError(f"no transfers on record for the window {window}")
        return rows

    def moves(self, window: str) -> list[Move]:
        """Real moves of the window between two clubs of the record's leagues.

        A move is an "in" row of the buyer paired with the only "out" row of the seller;
        returns from loan and players with several moves in the window are left out.
        """
        ins: dict[str, list[dict]] = defaultdict(list)
        outs: dict[str, list[dict]] = defaultdict(list)
        for row in self.rows_of(window):
            if row["transfer_type"] == "end_of_loan":
                continue
            (ins if row["transfer_movement"] == "in" else outs)[row["player_name"]].append(row)
        moves = []
        for player in sorted(ins):
            if not self.readable(player) or len(ins[player]) != 1 or len(outs.get(player, [])) != 1:
                continue
            arrive, leave = ins[player][0], outs[player][0]
            loan = arrive["transfer_type"] == "loan"
            if (
                arrive["club_name"] == leave["club_name"]
                or loan != (leave["transfer_type"] == "loan")
                or abs(_age(arrive) - _age(leave)) > 1
                or not _related(arrive["club_involved_name"], leave["club_name"])
                or not _related(leave["club_involved_name"], arrive["club_name"])
            ):
                continue
            fee = float(arrive["fee_cleaned"]) if re.fullmatch(r"[\d.]+", arrive["fee_cleaned"]) else None
            moves.append(
                Move(
                    player=player,
                    from_club=leave["club_name"],
                    to_club=arrive["club_name"],
                    window=window,
                    loan=loan,
                    fee=fee if fee else None,
                    free=arrive["transfer_type"] == "free_transfer",
                    age=_age(arrive),
                    position=position_word(arrive["position"]),
                )
            )
        return moves

    def stayers(self, window: str, moved: set[str]) -> list[Move]:
        """Players who stayed put through the window: their last move, within two years,
        took them to a club of the record, and they have no record in the window."""
        windows = sorted({w for w in self.by_window}, key=order)
        earlier = [w for w in windows if order(w) < order(window)][-4:]
        latest: dict[str, tuple[dict, bool]] = {}
        for w in earlier:
            left = {
                (r["player_name"], r["club_name"])
                for r in self.by_window[w]
                if r["transfer_movement"] == "out"
            }
            for row in self.by_window[w]:
                name = row["player_name"]
                if row["transfer_movement"] == "in":
                    latest[name] = (row, (name, row["club_name"]) in left)
                elif name in latest and latest[name][0]["club_name"] == row["club_name"]:
                    latest[name] = (latest[name][0], True)
        here = {row["player_name"] for row in self.rows_of(window)} | moved
        out = []
        for name in sorted(latest):
            row, gone = latest[name]
            if gone or name in here or not self.readable(name):
                continue
            years = int(window[:4]) - int(row["year"]) if row["year"].isdigit() else 0
            out.append(
                Move(
                    player=name,
                    from_club=row["club_name"],
                    to_club=row["club_name"],
                    window=window,
                    loan=False,
                    fee=None,
                    free=False,
                    age=_age(row) + max(0, years),
                    position=position_word(row["position"]),
                )
            )
        return out

    def clubs(self, window: str) -> dict[str, str]:
        """Clubs of the record's leagues in the window's season, with their country."""
        return {row["club_name"]: row["country"] for row in self.rows_of(window)}

    def joined(self, window: str) -> set[tuple[str, str]]:
        """(player, club) for every arrival on record in the window."""
        return {
            (row["player_name"], row["club_name"])
            for row in self.rows_of(window)
            if row["transfer_movement"] == "in"
        }


def _season_start(window: str) -> int:
    """The year a window's season starts: 2021 for both 2021-summer and 2022-01."""
    year, part = window.split("-")
    return int(year) - 1 if part == "01" else int(year)


# -- outlets -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Outlet:
    """An outlet of our lexicon, with its reliability tier."""

    name: str
    tier: int
    country: str
    language: str


def outlets() -> list[Outlet]:
    """The outlets (not journalists) of our lexicon that a reader can tell apart in text."""
    with (lexicon_dir() / "outlets.csv").open(encoding="utf-8", newline="") as handle:
        return [
            Outlet(row["name"], int(row["tier"]), row["country"], row["language"])
            for row in csv.DictReader(handle)
            if row["kind"] == "outlet" and row["name"] not in AMBIGUOUS_OUTLETS
        ]


# -- the season ----------------------------------------------------------------------------------
def simulate_season(data: Path, windows: list[str], seed: int = 7, rumours_per_window: int = 120) -> Season:
    """Rumours and their news for each window; the same seed gives the same season."""
    record = Record(Path(data) / TRANSFERS, windows)
    rng = random.Random(seed)
    sources = outlets()
    season = Season(outcome_columns=record.columns)
    drafts: list[tuple[date, str, dict, Piece]] = []
    copies: dict[str, str] = {}  # a near-duplicate's id -> the id of the article it copies
    for window in windows:
        writer_ = _WindowWriter(record, window, sources, rng, len(season.rumours))
        season.rumours.extend(writer_.rumours(rumours_per_window))
        drafts.extend(writer_.articles)
        copies |= {
            draft[1]: writer_.articles[draft[3].copy_of][1]
            for draft in writer_.articles
            if draft[3].copy_of is not None
        }
        season.outcomes.extend(record.rows_of(window))
    drafts.sort(key=lambda d: (d[0], d[1]))
    position = {draft[1]: index for index, draft in enumerate(drafts)}
    for _, ident, article, piece in drafts:
        if ident in copies:
            piece = replace(piece, copy_of=position[copies[ident]])
        season.articles.append(article)
        season.pieces.append(piece)
    for piece in season.pieces:
        for line in piece.lines:
            season.rumours[line.rumour].articles += 1
    return season


class _WindowWriter:
    """Picks the rumours of one window and writes their articles."""

    def __init__(self, record: Record, window: str, sources: list[Outlet], rng: random.Random, first: int):
        self.window = window
        self.rng = rng
        self.first = first  # index of this window's first rumour in the season
        self.sources = sources
        self.english = [o for o in sources if o.language == "en"]
        per_tier = defaultdict(list)
        for outlet in sources:
            per_tier[outlet.tier].append(outlet)
        self.origin_weights = [TIER_SHARE[o.tier] / len(per_tier[o.tier]) for o in sources]
        self.moves = record.moves(window)
        self.stayers = record.stayers(window, {m.player for m in self.moves})
        self.clubs = record.clubs(window)
        self.joined = record.joined(window)
        self.start, self.end = run_up(window)
        self.articles: list[tuple[date, str, dict, Piece]] = []
        self.taken: set[tuple[str, str]] = set()
        self.reports: dict[int, Move] = {}
        self.counts: dict[int, int] = defaultdict(int)  # articles so far, by rumour

    def rumours(self, count: int) -> list[SimulatedRumour]:
        unused = list(self.moves)
        self.rng.shuffle(unused)
        out: list[SimulatedRumour] = []
        timelines: list[list[tuple[date, str]]] = []
        for _ in range(count):
            origin = self.rng.choices(self.sources, weights=self.origin_weights)[0]
            happened = self.rng.random() < TRUE_RATE[origin.tier]
            move = self._true(unused) if happened else self._false()
            if move is None:
                continue
            rumour = SimulatedRumour(
                player=move.player,
                from_club=move.from_club,
                to_club=move.to_club,
                window=self.window,
                happened=happened,
                origin=origin.name,
                origin_tier=origin.tier,
                stage_reached="interest",
                ending="open",
            )
            index = self.first + len(out)
            self.reports[index] = move
            timelines.append(self._news(index, rumour, origin))
            out.append(rumour)
        self._roundups(out, timelines)
        return out

    # -- picking rumours ------------------------------------------------------------------------
    def _true(self, unused: list[Move]) -> Move | None:
        while unused:
            move = unused.pop()
            if (move.player, move.to_club) not in self.taken:
                self.taken.add((move.player, move.to_club))
                return move
        return None

    def _false(self) -> Move | None:
        """A real player of the window and a club of the record he did not join in it."""
        clubs = sorted(self.clubs)
        for _ in range(50):
            pool = self.moves if self.rng.random() < 0.5 or not self.stayers else self.stayers
            if not pool:
                return None
            base = self.rng.choice(pool)
            country = self.clubs.get(base.from_club)
            near = [c for c in clubs if self.clubs[c] == country]
            club = self.rng.choice(near if near and self.rng.random() < 0.5 else clubs)
            if (
                club in (base.from_club, base.to_club)
                or (base.player, club) in self.joined
                or (base.player, club) in self.taken
            ):
                continue
            self.taken.add((base.player, club))
            fee = None if base.loan else float(self.rng.choice([2, 5, 8, 10, 12, 15, 20, 25, 30, 40, 50]))
            return Move(
                base.player, base.from_club, club, self.window, base.loan, fee, False, base.age, base.position
            )
        return None

    # -- the news of one rumour ------------------------------------------------------------------
    def _stages(self, rumour: SimulatedRumour) -> tuple[list[str], str]:
        """Stages of the rumour's positive articles, and how it ends."""
        rng = self.rng
        if rumour.happened:
            final = rng.choices(list(TRUE_FINAL), weights=list(TRUE_FINAL.values()))[0]
            count = rng.choice([2, 2, 3, 3, 4, 4])
            ending = "completed" if final == "completed" else "open"
        else:
            final = rng.choices(list(FALSE_PEAK), weights=list(FALSE_PEAK.values()))[0]
            count = rng.choice([1, 1, 1, 2, 2, 3])
            denied, collapsed = FALSE_END[final]
            roll = rng.random()
            ending = "denied" if roll < denied else "collapsed" if roll < denied + collapsed else "faded"
        reach = LADDER[: LADDER.index(final) + 1]
        stages = [*sorted(rng.choices(reach, k=count - 1), key=LADDER.index), final]
        return stages, ending

    def _dates(self, stages: list[str]) -> list[date]:
        """Later stages later: a move is agreed and completed near the window's close."""
        span = (self.end - self.start).days
        low = {"interest": 0.0, "talks": 0.25, "bid": 0.35, "agreed": 0.5, "completed": 0.65}
        days, last = [], -1
        for stage in stages:
            day = int(span * self.rng.uniform(low[stage], min(1.0, low[stage] + 0.55)))
            last = min(span - 2, max(day, last + 1))
            days.append(last)
        return [self.start + timedelta(days=d) for d in days]

    def _news(self, index: int, rumour: SimulatedRumour, origin: Outlet) -> list[tuple[date, str]]:
        rng = self.rng
        stages, ending = self._stages(rumour)
        when = self._dates(stages)
        plan: list[tuple[str, str, date]] = [("origin", stages[0], when[0])]
        for stage, day in zip(stages[1:], when[1:], strict=True):
            kind = rng.choices(["follow-up", "relay", "unnamed"], weights=[0.35, 0.5, 0.15])[0]
            plan.append((kind, stage, day))
        if rumour.happened and len(plan) > 1 and rng.random() < TRUE_DENIAL:
            at = rng.randrange(1, len(plan))
            plan.insert(at, ("denial", "denied", plan[at - 1][2] + timedelta(days=1)))
        if ending in ("denied", "collapsed"):
            day = min(self.end, plan[-1][2] + timedelta(days=rng.randint(2, 20)))
            plan.append(("denial" if ending == "denied" else "collapse", ending, day))
        rumour.stage_reached, rumour.ending = stages[-1], ending
        written = [self._piece(index, rumour, origin, kind, stage, day) for kind, stage, day in plan]
        if rng.random() < NEAR_DUPLICATE:
            source = rng.choice([w for w in written if self.articles[w][3].kind != "denial"])
            self._duplicate(index, source, origin)
        return [(day, stage) for _, stage, day in plan if stage in LADDER]

    def _report(self, index: int, stage: str) -> Report:
        move = self.reports[index]
        fee = None
        if move.fee:
            fee = f"€{move.fee:g}m" if move.fee >= 1 else f"€{round(move.fee * 1000)}k"
        return Report(
            player=move.player,
            from_club=usual_name(move.from_club),
            to_club=usual_name(move.to_club),
            stage=stage,
            when=self.rng.choice(WHEN[self.window.endswith("01")]),
            position=move.position,
            age=move.age,
            fee=fee,
            loan=move.loan,
            free=move.free,
        )

    def _piece(
        self, index: int, rumour: SimulatedRumour, origin: Outlet, kind: str, stage: str, day: date
    ) -> int:
        rng = self.rng
        report = self._report(index, stage)
        others = [o for o in self.english if o.name != origin.name]
        credit: str | None = origin.name
        if kind in ("origin", "follow-up") or (kind == "collapse" and rng.random() < 0.5):
            outlet = origin
            opening = writer.credited(
                writer.lead(report, rng), rng.choice(writer.SELF_CREDITS), outlet=outlet.name
            )
            credit = origin.name if origin.name in opening else None
        elif kind == "unnamed":
            outlet = rng.choice(others)
            country = origin.country if origin.country in REPORT_COUNTRIES else None
            forms = writer.UNNAMED_CREDITS if country else writer.UNNAMED_CREDITS[-1:]
            opening = writer.credited(writer.lead(report, rng), rng.choice(forms), country=country or "")
            credit = "unnamed"
        elif kind == "denial":
            outlet = rng.choice(others)
            opening = writer.denial(report, origin.name, rng)
        else:  # relay, or a collapse passed on
            outlet = rng.choice(others)
            form = rng.choice(writer.NAMED_CREDITS)
            opening = writer.credited(writer.lead(report, rng), form, origin=origin.name)
        own = kind in ("origin", "follow-up") or outlet is origin
        title, text = writer.season_article(report, opening, rng, words=rng.randint(150, 360), own=own)
        line = Line(index, stage, credit)
        return self._add(day, title, text, Piece(kind, outlet.name, (line,)))

    def _duplicate(self, index: int, source: int, origin: Outlet) -> None:
        day, _, article, piece = self.articles[source]
        outlet = self.rng.choice([o for o in self.english if o.name not in (origin.name, piece.outlet)])
        text = writer.near_duplicate(article["text"], self.rng, self.rng.randint(3, 5))
        title = writer.duplicate_title(self._report(index, piece.lines[0].stage), self.rng)
        copy = Piece("duplicate", outlet.name, piece.lines, copy_of=source)
        self._add(day + timedelta(days=self.rng.randint(0, 1)), title, text, copy)

    def _roundups(self, rumours: list[SimulatedRumour], timelines: list[list[tuple[date, str]]]) -> None:
        """Gossip columns: five rumours alive on the day, each credited to its origin."""
        rng = self.rng
        for _ in range(max(1, len(rumours) // PER_ROUNDUP)):
            outlet = rng.choice(self.english)
            day = self.start + timedelta(days=rng.randint(0, (self.end - self.start).days - 3))
            items = []
            for offset, (rumour, timeline) in enumerate(zip(rumours, timelines, strict=True)):
                alive = [stage for when, stage in timeline if when <= day]
                if (
                    alive
                    and timeline[-1][0] >= day
                    and alive[-1] in ("interest", "talks", "bid")
                    and rumour.origin != outlet.name
                    and rumour.origin[0].isupper()  # a credit in brackets starts with a capital
                    and self.counts[self.first + offset] < MAX_ARTICLES
                ):
                    items.append((self.first + offset, rumour, alive[-1]))
            if len(items) < 3:
                continue
            chosen = rng.sample(items, min(5, len(items)))
            paragraphs, lines = [writer.ROUNDUP_OPENING], []
            for index, rumour, stage in chosen:
                sentence = writer.lead(self._report(index, stage), rng)
                paragraphs.append(f"{sentence} ({rumour.origin})")
                lines.append(Line(index, stage, rumour.origin))
            paragraphs.append(writer.ROUNDUP_CLOSING)
            surnames = [self.reports[i].player.split()[-1] for i, _, _ in chosen]
            title = f"Transfer gossip: {surnames[0]}, {surnames[1]} and more"
            self._add(day, title, "\n\n".join(paragraphs), Piece("roundup", outlet.name, tuple(lines)))

    def _add(self, day: date, title: str, text: str, piece: Piece) -> int:
        ident = f"sim-{self.window}-{len(self.articles) + 1:04d}"
        slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")
        host = re.sub(r"[^a-z0-9]+", "", fold(piece.outlet)) or "news"
        article = {
            "id": ident,
            "title": title,
            "text": text,
            "published": day.isoformat(),
            "outlet": piece.outlet,
            "url": f"https://www.{host}.example/{day:%Y/%m/%d}/{slug}-{len(self.articles) + 1}",
            "language": "en",
        }
        self.articles.append((day, ident, article, piece))
        for line in piece.lines:
            self.counts[line.rumour] += 1
        return len(self.articles) - 1


# -- writing ---------------------------------------------------------------------------------------
def write_season(season: Season, folder: Path) -> None:
    """articles.jsonl (the news), rumours.csv (the truth), outcomes.csv (the real records)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for article in season.articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    with (folder / "rumours.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, fieldnames=[f.name for f in fields(SimulatedRumour)])
        out.writeheader()
        out.writerows(asdict(r) for r in season.rumours)
    with (folder / "outcomes.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, fieldnames=season.outcome_columns)
        out.writeheader()
        out.writerows(season.outcomes)
