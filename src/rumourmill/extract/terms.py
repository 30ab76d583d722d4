"""Deal terms: loan or permanent (with option or obligation), duration and fee."""

from __future__ import annotations

import re

from rumourmill.extract import patterns
from rumourmill.models import Fee

#: Most specific first: a loan with an option is still a loan.
TYPE_PRIORITY = (
    "loan_with_obligation",
    "loan_with_option",
    "loan",
    "extension",
    "release",
    "permanent",
    "unknown",
)

CURRENCY_SIGNS = {"£": "GBP", "€": "EUR", "$": "USD"}
CURRENCY_WORDS = {
    "pounds": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "di euro": "EUR",
    "de euros": "EUR",
    "d'euros": "EUR",
    "millionen euro": "EUR",
    "dollars": "USD",
    "usd": "USD",
}
MULTIPLIERS = {
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "mil": 1e6,
    "milioni": 1e6,
    "millones": 1e6,
    "millionen": 1e6,
    "milhoes": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "k": 1e3,
    "thousand": 1e3,
}
AMOUNT = re.compile(
    r"(?P<sign>[£€$])\s?(?P<num>\d+(?:[.,]\d+)?)\s?(?P<mult>m|mn|million|bn|billion|k|thousand)?(?![\w])"
    r"|(?<![\w.])(?P<num2>\d+(?:[.,]\d+)?)\s?(?P<mult2>m|mn|million|millions|milioni|millones|millionen|milhoes|bn|billion)\s"
    r"(?:(?:of |di |de |d')?)(?P<word>pounds|euros?|dollars|euro|eur)\b"
)
WAGES = re.compile(
    r"^\S*\s?(?:-?a-?\s?week|per week|a week|p/w|pw\b|a year|per year|per annum|a season|per season|in wages|wages|salary|a month|per month)"
)
#: Sums that are no price for the player: "a £40m buy-back clause", "a 20% sell-on".
OTHER_SUMS = re.compile(r"^\S*\s?(?:buy-?back|sell-on|sell on)")
ADD_ONS = re.compile(r"^\s*(?:in |of |worth of )?(?:add-ons|add ons|bonuses|performance-related|variables)")
RISING = re.compile(r"(?:rising to|up to|potentially rising to|which could rise to|could rise to)\s*$")
MONTHS_DURATION = re.compile(
    rf"\b({patterns.NUMBER})[- ]month\b|\b(?:for|of) ['‘’\"]?(?:at least |a further |another )?(?:the next )?({patterns.NUMBER}) months\b"
)
YEARS_DURATION = re.compile(rf"\b({patterns.NUMBER})[- ](?:year|season)[- ]loan\b")


def deal_type(
    folded: str, start: int = 0, end: int | None = None, index: patterns.CueIndex | None = None
) -> str:
    """The most specific deal type folded[start:end] names, or 'unknown' (`index`: see `CueIndex`)."""
    regex = patterns.type_regex()
    found = {regex.label(m) for m in regex.finditer(folded, start, end, index)}
    return next((t for t in TYPE_PRIORITY if t in found), "unknown")


def with_fee(deal: str, fees: list) -> str:
    """A move of no stated terms for which a fee is named is a sale: "joined from Frankfurt for £69m"."""
    return "permanent" if deal == "unknown" and fees else deal


def duration_months(folded: str, window: str | None) -> int | None:
    match = MONTHS_DURATION.search(folded)
    if match:
        return patterns.number_value(match.group(1) or match.group(2))
    match = YEARS_DURATION.search(folded)
    if match:
        return 12 * (patterns.number_value(match.group(1)) or 1)
    for match in patterns.duration_regex().finditer(folded):
        label = patterns.duration_regex().label(match)
        if label == "season_long":
            return 12
        if label == "rest_of_season":
            # from the window's opening to the end of the season in June
            return 5 if window and window.endswith("-01") else None
    return None


def fees(text: str, folded: str) -> list[tuple[int, Fee]]:
    """Every transfer fee in a stretch of text with its offset; wages are not fees."""
    found: list[tuple[int, Fee]] = []
    for match in AMOUNT.finditer(folded):
        after = folded[match.end() : match.end() + 24]
        if WAGES.match(after) or OTHER_SUMS.match(after):
            continue
        number = match.group("num") or match.group("num2")
        multiplier_word = match.group("mult") or match.group("mult2")
        value = (
            float(number.replace(",", "."))
            if number.count(",") == 1 and len(number.split(",")[1]) != 3
            else float(number.replace(",", ""))
        )
        amount = value * MULTIPLIERS.get(multiplier_word or "", 1)
        if amount < 100_000:
            continue  # "£5" is not a transfer fee; "45" without a multiplier is not either
        currency = CURRENCY_SIGNS.get(match.group("sign") or "") or CURRENCY_WORDS.get(
            match.group("word") or "", "EUR"
        )
        fee = Fee(round(amount), currency, None, text[match.start() : match.end()])
        if ADD_ONS.match(after):
            if found:  # "£40m plus £5m in add-ons"; alone ("an extra £1m in add-ons") it is no price
                start, base = found[-1]
                found[-1] = (start, Fee(base.amount, base.currency, fee.amount, base.text))
            continue
        if RISING.search(folded[max(0, match.start() - 40) : match.start()]) and found:
            start, base = found[-1]
            found[-1] = (start, Fee(base.amount, base.currency, fee.amount - base.amount, base.text))
            continue
        found.append((match.start(), fee))
    return found
