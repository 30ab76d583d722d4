"""Completed-transfer records in the formats of the football data folder, as `Transfer`s.

Three layouts are read: the 1992-2023 history (one row per move in or out of a club of nine
leagues), the Premier League summer-2025 window, and the recent Transfermarkt sample. Each
file also says which windows it covers, so a thread is only called "did not happen" where
the records could have shown it happening.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rumourmill.errors import BadInput
from rumourmill.extract import windows
from rumourmill.ingest.dates import parse_date

#: Moves that are not transfers: a loan coming back, a player retiring or left without a club.
NOT_A_MOVE = re.compile(r"end of loan|retired|without club|career break|unknown|^-$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Transfer:
    player: str
    from_club: str | None
    to_club: str
    window: str
    moved_on: date | None
    loan: bool
    fee_eur: int | None
    source: str


class UnknownFormat(ValueError):
    pass


def read_transfers(path: str | Path) -> Iterator[Transfer | BadInput]:
    """Transfers in any of the known layouts, told apart by their header.

    A row that cannot be read comes back as a `BadInput` naming the file and line; the
    other rows are still read. A file in no known layout raises `UnknownFormat`.
    """
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = set(reader.fieldnames or ())
        if {"club_name", "club_involved_name", "transfer_movement", "season"} <= header:
            parse = _history
        elif {"Team", "Player", "Direction", "Club that left/joined"} <= header:
            parse = _premier_league_2025
        elif {"transfer_date", "from_club_name", "to_club_name", "player_name"} <= header:
            parse = _transfermarkt
        else:
            raise UnknownFormat(
                f"not a known transfer layout (columns: {', '.join(sorted(header)) or 'none'})"
            )
        for line, row in enumerate(reader, start=2):
            try:
                transfer = parse(row, path.name)
            except (KeyError, ValueError, TypeError, IndexError) as exc:
                yield BadInput(f"{path}:{line}", f"unreadable transfer record: {type(exc).__name__}: {exc}")
                continue
            if transfer is None:
                continue
            if not transfer.player.strip() or not transfer.to_club.strip():
                yield BadInput(f"{path}:{line}", "transfer record without a player or a destination")
                continue
            yield transfer


def _fee_millions(value: str) -> int | None:
    try:
        return round(float(value) * 1_000_000)
    except (TypeError, ValueError):
        return None


def _history(row: dict, name: str) -> Transfer | None:
    # a row "in" names its destination in `club_name`, always a real club; where he came from
    # may be "Without Club" (a free agent) and is then unknown
    if row["transfer_movement"] != "in" or row["transfer_type"] == "end_of_loan":
        return None
    first_year = int(row["season"][:4])
    window = (
        windows.summer(first_year) if row["transfer_period"] == "Summer" else windows.january(first_year + 1)
    )
    came_from = row["club_involved_name"] or ""
    return Transfer(
        player=row["player_name"],
        from_club=None if NOT_A_MOVE.search(came_from or "-") else came_from,
        to_club=row["club_name"],
        window=window,
        moved_on=None,
        loan=row["transfer_type"] == "loan",
        fee_eur=_fee_millions(row["fee_cleaned"]) if row["transfer_type"] == "permanent_fee" else None,
        source=name,
    )


def _money(value: str) -> int | None:
    match = re.search(r"€\s*([\d.]+)\s*(m|k|th\.?)?", value or "", re.IGNORECASE)
    if not match:
        return None
    scale = {"m": 1_000_000, "k": 1_000, "th": 1_000, "th.": 1_000}.get((match.group(2) or "").lower(), 1)
    return round(float(match.group(1)) * scale)


def _premier_league_2025(row: dict, name: str) -> Transfer | None:
    if row["Direction"] != "In" or NOT_A_MOVE.search(row["Fee"] or ""):
        return None  # loan returns ("End of loan …") are not moves
    came_from = row["Club that left/joined"] or ""
    return Transfer(
        player=row["Player"],
        from_club=None if NOT_A_MOVE.search(came_from or "-") else came_from,
        to_club=row["Team"],
        window=windows.summer(2025),
        moved_on=None,
        loan="loan" in (row["Fee"] or "").lower(),
        fee_eur=_money(row["Fee"]),
        source=name,
    )


def _transfermarkt(row: dict, name: str) -> Transfer | None:
    moved_on = parse_date(row["transfer_date"])
    if moved_on is None:
        raise ValueError(f"no date in {row['transfer_date']!r}")
    if NOT_A_MOVE.search(row["to_club_name"] or "-"):
        return None
    fee = row.get("transfer_fee") or ""
    return Transfer(
        player=row["player_name"],
        from_club=row["from_club_name"] or None,
        to_club=row["to_club_name"],
        window=windows.current_or_next(moved_on),
        moved_on=moved_on,
        loan=False,  # the sample does not flag loans
        fee_eur=round(float(fee)) if fee and float(fee) > 0 else None,
        source=name,
    )
