"""Transfer windows from football time phrases, resolved against the publication date.

Windows are named `YYYY-01` (the January window) and `YYYY-summer`. General date parsers
do not know "next summer" or "the end of the season", so these rules are our own.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}


def january(year: int) -> str:
    return f"{year}-01"


def summer(year: int) -> str:
    return f"{year}-summer"


def next_january(published: date) -> str:
    still_open = published.month == 1 or (published.month == 2 and published.day <= 3)
    return january(published.year if still_open else published.year + 1)


def _last_summer(published: date) -> str:
    return summer(published.year if published.month >= 9 else published.year - 1)


def _last_january(published: date) -> str:
    return january(published.year if published.month >= 2 else published.year - 1)


def coming_summer(published: date) -> str:
    still_open = published.month <= 8 or (published.month == 9 and published.day <= 2)
    return summer(published.year if still_open else published.year + 1)


def open_window(day: date) -> str | None:
    """The window open on `day` (1 June - 2 September, 1 January - 3 February), if any."""
    if day.month == 1 or (day.month == 2 and day.day <= 3):
        return january(day.year)
    if 6 <= day.month <= 8 or (day.month == 9 and day.day <= 2):
        return summer(day.year)
    return None


def current_or_next(published: date) -> str:
    """The window open on `published`, or else the next one to open."""
    return open_window(published) or (
        next_january(published) if published.month >= 9 else coming_summer(published)
    )


def previous_window(published: date) -> str:
    """The last window to have shut before `published`."""
    january_shut = published.month >= 3 or (published.month == 2 and published.day > 3)
    summer_shut = published.month >= 10 or (published.month == 9 and published.day > 2)
    if summer_shut:
        return summer(published.year)
    if january_shut and published.month < 9:
        return january(published.year)
    return summer(published.year - 1)


def order(window: str) -> tuple[int, int]:
    """Sort key: windows in the order they open."""
    year, part = window.split("-")
    return int(year), 0 if part == "01" else 1


def window_end(window: str) -> date:
    """The day a window shuts (the first days of February or September)."""
    year, part = window.split("-")
    return date(int(year), 2, 3) if part == "01" else date(int(year), 9, 2)


def latest_opened(published: date) -> str:
    """The window open on `published`, or else the last one to have shut."""
    return open_window(published) or previous_window(published)


def recent_window(published: date, days: int = 21) -> str | None:
    """The window open on `published` or shut at most `days` before it: the one in which a
    move reported as news ("Simons arrived from Leipzig for £52m") was made."""
    window = open_window(published)
    if window:
        return window
    last = previous_window(published)
    return last if (published - window_end(last)).days <= days else None


def in_the_past(window: str, published: date) -> str:
    """A window named for a move already made: the last of its kind to have opened. "In January"
    in a November article about a done deal is the January gone, not the one ahead."""
    if order(window) <= order(latest_opened(published)):
        return window
    if window.endswith("-01"):
        return january(published.year)
    return summer(published.year if published.month >= 6 else published.year - 1)


def _summer_month(published: date, month: int, past: bool) -> str | None:
    """ "In July": for a move already made, the last July to have come; for one ahead, the
    coming summer, unless the month went by in the last three ("his move to Chelsea in August",
    written in October, is no window ahead)."""
    if past:
        return summer(published.year if month <= published.month else published.year - 1)
    if 0 < published.month - month <= 3 and published.month > 8:
        return None
    return coming_summer(published)


EARLIER_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def names_an_earlier_year(folded: str, published: date) -> bool:
    """ "When they sold him to Sevilla in 2019": the text dates the move to a year gone by."""
    return any(int(year) < published.year for year in EARLIER_YEAR.findall(folded))


def _next_month(published: date) -> str | None:
    month = published.month % 12 + 1
    year = published.year + (1 if published.month == 12 else 0)
    if month == 1:
        return january(year)
    if 6 <= month <= 9:
        return summer(year)
    return None


PAST_TENSE = re.compile(
    r"\b(?:had|was|were|did|last|final days|remained|failed|tried|made|spent|during|signed|joined|loaned|moved|"
    r"left|completed|sold|bought|arrived|sent|went|came|took)\b"
)


def _named_summer(published: date, year: str | None, sentence: str = "") -> str:
    """ "The summer window": after it has shut, a past-tense sentence means the one just gone."""
    if year:
        return summer(int(year))
    if published.month >= 9 and PAST_TENSE.search(sentence):
        return summer(published.year)
    return coming_summer(published)


def _next_summer(published: date) -> str:
    # "next summer" in January-May is this year's summer; from June on, next year's
    return summer(published.year if published.month <= 5 else published.year + 1)


def _named_january(published: date, year: str | None, sentence: str = "") -> str:
    """ "In January": after it has shut, a past-tense sentence in spring means the one just gone."""
    if year:
        return january(int(year))
    if 2 <= published.month <= 6 and PAST_TENSE.search(sentence):
        return january(published.year)
    return next_january(published)


#: "An option to buy him for €18m at the end of the season" says when a loan may turn permanent,
#: not when the move is made.
OPTION_BEFORE = re.compile(
    r"\b(?:option|obligation|buy(?:-| )?(?:clause|option)|made permanent|make (?:it|the (?:deal|move)) permanent)\b"
)


def _of_an_option(match: re.Match[str]) -> bool:
    return OPTION_BEFORE.search(match.string, max(0, match.start() - 70), match.start()) is not None


#: (pattern on folded text, how to turn a match into a window; `past` is true for a move already
#: made). First match in the text wins.
RULES: tuple[tuple[re.Pattern[str], object], ...] = tuple(
    (re.compile(pattern), rule)
    for pattern, rule in (
        (r"\bnext month\b", lambda p, m, past: _next_month(p)),
        (r"\blast summer\b|\bprevious summer\b|\bsummer just gone\b", lambda p, m, past: _last_summer(p)),
        (
            r"\blast january\b|\bin the (?:last|previous) (?:january|winter) window\b",
            lambda p, m, past: _last_january(p),
        ),
        (
            r"\b(?:this|current|the current) (?:transfer )?window\b|\bdeadline day\b|\bbefore (?:the |[\w'’]+ )?(?:transfer )?(?:deadline|window (?:shuts|closes))\b|\bthis month\b",
            lambda p, m, past: latest_opened(p) if past else current_or_next(p),
        ),
        (r"\bnext summer\b|\bsummer of next year\b", lambda p, m, past: _next_summer(p)),
        (r"\bthis summer\b", lambda p, m, past: summer(p.year)),
        (
            r"\b(?:(?:the|coming|upcoming) summer|summer (?:transfer )?window|in the summer)\b(?! of \d)",
            lambda p, m, past: _named_summer(p, None, m.string),
        ),
        (
            # "a loan until the end of the season" says how long, not when: not this rule
            r"\b(?:pre-?season|(?<!until the )(?<!till the )(?<!to the )end of (?:the|this) (?:season|campaign)|ahead of next season|close[- ]season|off-?season|when (?:his|the) contract (?:expires|runs out))\b",
            # an option taken up at the end of the season belongs to a loan made in the window open now
            lambda p, m, past: open_window(p) if _of_an_option(m) else coming_summer(p),
        ),
        (
            r"\b(?:in|since|during|early|late|mid-?|end of|start of|beginning of) (june|july|august)\b",
            lambda p, m, past: _summer_month(p, MONTHS[m.group(1)], past),
        ),
        (
            r"\bsummer(?: of)? (\d{4})\b|\b(\d{4}) summer\b",
            lambda p, m, past: summer(int(m.group(1) or m.group(2))),
        ),
        (
            r"\b(?:\d{1,2}(?:st|nd|rd|th)? september|september \d{1,2}(?:st|nd|rd|th)?|september) deadline\b",
            lambda p, m, past: summer(p.year),
        ),
        (
            r"\b(?:january|winter|mid-?season|new year)(?: transfer)?(?: window)?(?: (\d{4}))?\b|\bsecond half of (?:the|this) season\b|\bend of january\b",
            lambda p, m, past: _named_january(p, m.group(1) if m.lastindex else None, m.string),
        ),
        (r"\b(\d{4})[-/](?:\d{2}|\d{4}) season\b", lambda p, m, past: summer(int(m.group(1)))),
        (
            # a loan "until the end of the season" is made in the window open now (or next)
            r"\b(?:until|till) the end of (?:the|this) (?:season|campaign)\b|\bfor the (?:rest|remainder) of (?:the|this) (?:season|campaign)\b",
            lambda p, m, past: latest_opened(p) if past else current_or_next(p),
        ),
        (r"\bsummer\b", lambda p, m, past: _named_summer(p, None, m.string)),
    )
)


#: Days away, in an open window: "will have a medical this weekend", "in the coming days". Only
#: when no rule above names a window: "told Aberdeen this week they want him next summer" is summer.
DAYS_AWAY = re.compile(
    r"\b(?:this week(?:end)?|in the (?:coming|next) (?:few )?days|within (?:the next )?(?:\d+|a few|a couple of) days"
    r"|by the (?:end of the )?weekend|over the weekend|(?:later )?today|tomorrow)\b"
)

#: Every rule above needs one of these words: most sentences have none and are passed over.
ANY_WINDOW_WORD = re.compile(
    r"month|summer|january|winter|window|deadline|season|campaign|contract|september|new year|june|july|august"
    r"|week|days|today|tomorrow"
)


def find_window(folded: str, published: date | None, past: bool = False) -> tuple[str | None, int]:
    """The window a stretch of text speaks of, and where the phrase starts (-1 if none).

    With `past`, the text tells of a move already made, so the window is one that has opened by
    the publication date: "on deadline day" two days after it is the window just shut.
    """
    if published is None or not ANY_WINDOW_WORD.search(folded):
        return None, -1
    best: tuple[str | None, int] = (None, -1)
    for pattern, rule in RULES:
        match = pattern.search(folded)
        if match and (best[1] < 0 or match.start() < best[1]):
            window = rule(published, match, past)
            if window:
                best = (in_the_past(window, published) if past else window, match.start())
    if best[1] < 0 and (soon := DAYS_AWAY.search(folded)):
        window = latest_opened(published) if past else open_window(published)
        if window:
            best = (window, soon.start())
    return best


def is_past(window: str, published: date | None) -> bool:
    """Whether the window had closed by the publication date."""
    return published is not None and window_end(window) < published
