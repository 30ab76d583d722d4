"""What part a club plays in a sentence: destination, current club, or just an opponent.

Decided from the words right around the club mention, the way a reader does: "from the
Reds" is where a player would leave, "to the San Siro" where he would go, "interest from
Milan" is a suitor, "the 2-0 win at West Ham" is a match, not a transfer.
"""

from __future__ import annotations

import re
from functools import cache

from rumourmill.extract import patterns

OPPONENT = "opponent"
FROM = "from"
TO = "to"
CURRENT = "current"  # where he plays now: "his future at Anfield"
FORMER = "former"  # "the former Arsenal striker": history, not this move
PLACE = "place"  # "travelled to Birmingham", "in Milan": the city, not the club
SUBJECT = "subject"  # no telling words: the sentence's verb decides
SOMEONE_ELSES = "someone_elses"  # "since Thomas Frank left for Tottenham": a coach's move
COUNTERPARTY = "counterparty"  # "talks with Brentford": the seller if a suitor is named, else the suitor

COUNTERPARTY_BEFORE = re.compile(
    r"(?<![\w-])(?:talks|negotiations|discussions|agreement|deal|terms|contact|meeting|dialogue|fee)\s+"
    r"(?:[\w£€$.,'’-]+\s+){0,6}?(?:with|agreed with)\s+(?:the\s+)?$"
    r"|(?<![\w-])(?:enquiry|inquiry|approach|offer|bid|proposal|request|query)\s+(?:[\w£€$.,'’-]+\s+){0,8}?to\s+(?:the\s+)?$"
    # "have agreed a season-long loan with an obligation to buy with Napoli"
    r"|(?<![\w-])(?:agreed|agree|agrees|agreeing|struck)\s+(?:a|an|the)\s+(?:[\w£€$.'’-]+\s+){0,3}?"
    r"(?:loan|fee|transfer|swap|package)\s+(?:[\w£€$.'’-]+\s+){0,6}?with\s+(?:the\s+)?$"
    r"|(?<![\w-])(?:asked|ask|asks|contacted|contact|approached|approach|sounded out|called|phoned|told|informed|"
    r"paid|pay|paying|pays|offered|offer|offers|offering)\s+(?:the\s+)?$"
)
#: "from League One side", "to join Italian club", "Bundesliga rivals": words that say what kind
#: of club follows; set aside before the words around a club are read.
KIND_ENDINGS = tuple(
    f"{word} "
    for word in "side club outfit team giants champions rivals neighbours strugglers leaders".split()
)
#: "test Brentford's resolve", "Liverpool's valuation": the club that would sell.
SELLER_AFTER = re.compile(
    r"^['’]s?\s+(?:resolve|valuation|asking price|demands|stance|price tag|reluctance|refusal|"
    r"hopes of keeping|determination to keep|\S+ valuation)\b"
)
#: "Barcelona have offered Coutinho to Everton": the club hawking its own player sells him (a
#: contract or money offered to someone is no such thing). Read on the original text: a club
#: follows "to", not a verb ("offered Messi a contract to bring him to France").
OFFERS_PLAYER_AFTER = re.compile(
    r"^\s+(?:have\s+|has\s+|had\s+|are\s+|is\s+)?(?:already\s+|now\s+|also\s+)?(?:offered|offering)\s+"
    r"(?:(?!(?:deals?|contracts?|terms|extension|wages?|salary|money|improved|new)\b)[\w'’-]+\s+){1,4}"
    r"to\s+(?:the\s+)?[A-Z]"
)
OPPONENT_BEFORE = re.compile(
    r"(?<![\w-])(?:against|versus|vs\.?|v\.?|beat|beats|beating|beaten by|defeat(?:ed)?|defeat (?:to|by|at)|loss (?:to|at)|"
    r"lost (?:to|at)|draw (?:with|at)|drew (?:with|at)|drawn with|win (?:at|over|against)|wins (?:at|over|against)|"
    r"victory (?:at|over|against)|triumph (?:at|over)|face|faces|facing|clash with|trip to|visit of|visit|visits|"
    r"host|hosts|hosting|at home to|scored against|thrash(?:ed|ing)?|hammered|game against|match against|"
    r"fixture against|tie against|meeting with|derby (?:with|against)|knocked out by|eliminated by|"
    r"(?:goal|assist|brace|hat-trick|debut|clean sheet) (?:against|at|in|versus))\s+(?:the\s+)?$"
)
FORMER_BEFORE = re.compile(
    r"(?<![\w-])(?:former|ex-|ex|one-time|onetime|boyhood"
    # "having spent last season at Atletico"; a spell on loan is a move of its own (see TO_BEFORE)
    r"|(?:spent|spending)\s+(?!(?:[\w'’-]+\s+){0,4}on\s+loan\s)(?:[\w'’-]+\s+){1,5}(?:at|with)|(?:spell|stint)\s+(?:at|with)"
    r")\s*(?:the\s+)?$"
)
#: "a return to his former club Everton", "back to parent club Real Madrid": a club he would go back to.
RETURN_BEFORE = re.compile(
    r"(?<![\w-])(?:return(?:s|ed|ing)?\s+to|rejoin(?:s|ed|ing)?|back\s+to|linked\s+with|reunion\s+with|"
    r"move\s+to|switch\s+to|go\s+back\s+to)\s+(?:his\s+|their\s+|its\s+)?(?:former|old|boyhood|parent)\s+"
    r"(?:club|side|team|employers)\s+(?:the\s+)?$"
)
PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:travel(?:led|ling|s)?|fly|flying|flew|flown|jet(?:ted|ting|s)?|drive|drove|driven)\s+(?:back\s+)?"
    r"(?:to|into|out of)|in|based in|born in|city of|streets of|outside|near)\s+$"
)
SCORE_BEFORE = re.compile(r"(?<![\w-])\d{1,2}-\d{1,2}\s+(?:\w+\s+){0,2}$")
TO_BEFORE = re.compile(
    r"(?<![\w-])(?:link(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){1,4}?(?:with|to)|to|join|joins|joined|joining|sign(?:s|ed|ing)? for|sign(?:s|ed|ing)? with|move to|switch to|transfer to|"
    r"return(?:s|ed|ing)? to|back to|loan(?:ed)? to|head(?:s|ed|ing)? to|linked with|linked to|link with|"
    r"links with|moving to|wanted by|target (?:for|of)|targeted by|interest from|interest of|offer from|offers from|"
    r"bid from|bids from|approach from|approaches from|advances from|enquiry from|enquiries from|admired by|"
    r"radar of|shortlist of|attention of|attracting|attracted|monitored by|tracked by|courted by|pursued by|"
    r"chased by|eyed by|scouted by|watched by|tempted by|lure of|destination|arrive at|arrived at|arriving at|medical at|on loan at|on loan with|"
    r"personal terms with|medical with|snapped up by|signed by|bought by|sold to|favourites|favorites|frontrunners|race with|"
    # "signing a two-year contract with AC Milan" (a new deal at his own club is an extension)
    r"sign(?:s|ed|ing)?\s+(?:a|an)\s+(?!(?:new|fresh|improved|extended|bumper)\b)(?:[\w-]+\s+){0,3}?(?:contract|deal)\s+(?:with|at)|"
    r"(?:left|leave|leaves|leaving|depart(?:s|ed|ing)?|bound) for|(?:moved|moves|gone|went|go|goes) to)\s+(?:the\s+)?$"
)
FROM_BEFORE = re.compile(
    r"(?<![\w-])(?:from|leave|leaves|leaving|left|quit|quits|quitting|departure from|exit from|exit|away from|out of|"
    r"parent club|accepted by|released by|released from|let go by|axed by|sold by|rejected by|turned down by|knocked back by|"
    r"rebuffed by|blocked by|refused by)\s+(?:the\s+)?$"
)
SUITOR_FROM = re.compile(
    r"(?<![\w-])(?:interest|offers?|bids?|approach(?:es)?|advances|enquir(?:y|ies)|inquir(?:y|ies)|attention|proposal|"
    r"overtures?|contact|calls?|competition|admiration)\s+"
    # "an offer of €30m from Brighton", "a bid worth £20m plus add-ons from"
    r"(?:(?:of|worth|in the region of|around|about|(?:potentially\s+)?rising to|up to)\s+(?:[\w£€$.,'’-]+\s+){1,5}?)?from\s+(?:the\s+)?$"
)
#: "They received £48.5m from Chelsea for Gittens": the club the money came from bought him.
PAID = r"(?:received|banked|pocketed|recouped|raked in)"
PAID_BY = re.compile(rf"(?<![\w-]){PAID}\s+(?:[\w£€$.,'’-]+\s+){{1,6}}?from\s+(?:the\s+)?$")
DEAL_AFTER = re.compile(
    r"\s+(?:medical|move|switch|transfer|loan move|loan switch|swoop|unveiling|debut deal)\b"
)
OWN_CONTRACT = re.compile(r"(?:(?<![\w-])(?:whose|his|her|their)|\w['’]s)\s+(?:current\s+)?$")
CURRENT_BEFORE = re.compile(r"(?<![\w-])(?:at|for)\s+(?:the\s+)?$")
CURRENT_CONTEXT = re.compile(
    r"(?<![\w-])(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|future|career|time|spell|contract|role|deal|minutes|game time|"
    r"appearances?|starts?|games|goals|played|plays|playing|starter|regular|captain|season|settled|"
    r"happy|stint|days)\s+(?:\w+\s+){0,2}(?:at|with|for)\s+(?:the\s+)?$"
)
PLAYER_AFTER = re.compile(r"^['’]s?\s")
#: "Tottenham's £35m bid for Sarr", "Chelsea's interest in", "Leicester's deal for", "Newcastle's
#: new owners want": a possessive suitor (or the people who run it), not his club.
SUITOR_AFTER = re.compile(
    r"^['’]s?\s+(?:[\w£€$.,-]+\s+){0,3}?(?:bid|offer|interest|pursuit|approach|move|swoop|proposal|enquiry|"
    r"inquiry|target|chase|attempt|efforts?|hopes?|plans?|shortlist|radar|admiration|raid|hijack|deal|"
    r"wish ?list|list|search|signing|owner|board|hierarchy|director|chairman|president|recruitment|scout|"
    r"priority|priorities|top target|number one target|first choice)s?\b"
)
#: Words for a player that are no position: "Bologna star Riccardo Calafiori", "Chelsea ace".
PLAYER_NOUNS = (
    r"star|ace|starlet|wonderkid|youngster|teenager|prodigy|talent|captain|skipper|loanee|outcast|flop|"
    r"academy graduate|academy product|hitman|favourite|stalwart|veteran|signing|man"
)
#: "Tottenham and England striker Harry Kane": club, nation, position, name.
CLUB_MODIFIER_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?['’]?s?)?\s+(?:\d{1,2}-year-old\s+)?"
    # two words at most between, neither a verb: "Ajax have signed striker Wik" is no modifier
    r"(?:(?!(?:for|to|from|with|of|in|on|over|about|and|the|a|an|have|has|had|are|is|was|were|be|been|will|"
    r"would|could|can|may|might|should|must|do|does|did|not|sign|signs|signed|want|wants|wanted|target|targets|"
    r"targeted|agreed|completed|confirmed|made|make|opened|held|eye|eyes|eyeing|monitor|monitoring|track|"
    r"tracking|chase|chasing|sold|bought|loaned|rejected|linked|need|needs|lure|land|landed)\b)[a-z-]+\s+){0,2}?"
    r"(?:{positions})\b"
)


@cache
def club_modifier_after() -> re.Pattern[str]:
    return re.compile(
        CLUB_MODIFIER_AFTER.pattern.replace("{positions}", f"{patterns.position_words()}|{PLAYER_NOUNS}")
    )


def _without_club_kind(before: str) -> str:
    """The words before a club with "Italian side", "Bundesliga rivals" set aside, so that "to
    join Italian side Roma" reads as "to join Roma"; as they are if no role word precedes them."""
    if not before.endswith(KIND_ENDINGS):
        return before
    words = before.split(" ")  # ends with "" after the last space
    if len(words) > 2 and words[-3] in ("current", "parent", "feeder"):
        return before  # "his current club", "parent club": the words say whose club it is
    for cut in range(2, 6):  # the kind word and up to three words qualifying it
        shorter = " ".join(words[:-cut]) + " "
        if any(
            regex.search(shorter)
            for regex in (FROM_BEFORE, TO_BEFORE, SUITOR_FROM, COUNTERPARTY_BEFORE, CURRENT_CONTEXT)
        ):
            return shorter
    return before


def local_role(folded: str, start: int, end: int, text: str, floor: int = 0) -> str:
    """The role the words right around a club mention give it.

    `folded` and `text` are the whole article; `floor` is where the sentence starts, so
    words of the previous sentence never count.
    """
    before = _without_club_kind(folded[max(floor, start - 60) : start])
    if RETURN_BEFORE.search(before):
        return TO
    if FORMER_BEFORE.search(before):
        return FORMER
    if PLACE_BEFORE.search(before):
        return PLACE
    if OPPONENT_BEFORE.search(before) or SCORE_BEFORE.search(before):
        return OPPONENT
    if SUITOR_FROM.search(before) or PAID_BY.search(before):
        return TO
    if COUNTERPARTY_BEFORE.search(before):
        return COUNTERPARTY
    if OWN_CONTRACT.search(before) and folded.startswith(" contract", end):
        return CURRENT  # "whose Bayern contract ran out", "his Ajax contract"
    if SELLER_AFTER.match(text[end : end + 40]) or OFFERS_PLAYER_AFTER.match(text[end : end + 80]):
        return FROM
    if FROM_BEFORE.search(before):
        return FROM
    if SUITOR_AFTER.match(text[end : end + 50]):
        return TO
    if TO_BEFORE.search(before) or folded[end : end + 7].startswith(("-bound", " bound")):
        return TO
    if DEAL_AFTER.match(folded, end):
        return TO  # "Valmoro set for Porto medical", "Vrba closes in on Leeds move"
    if CURRENT_CONTEXT.search(before):
        return CURRENT
    if CURRENT_BEFORE.search(before):
        return CURRENT
    return SUBJECT


def attached_to_next_player(text: str, end: int) -> bool:
    """ "Liverpool's Joe Gomez", "Liverpool defender Joe Gomez": the club is the player's own."""
    rest = text[end : end + 80]
    if SUITOR_AFTER.match(rest):
        return False
    return bool(PLAYER_AFTER.match(rest) or club_modifier_after().match(rest))
