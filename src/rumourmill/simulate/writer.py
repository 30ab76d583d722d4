"""Article writer for simulated news: our own templates around given transfer facts.

Used by the benchmark (many ~600-word articles) and by the simulated season. Every
sentence here is the team's own; only names and numbers are filled in.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

STAGE_LINES = {
    "interest": [
        "{to} are keeping close tabs on {player} and could make a move for the {age}-year-old {when}.",
        "{to} have added {player} to their shortlist as they plan for {when}.",
        "{player} is a target for {to}, who are weighing up a bid for the {position} {when}.",
    ],
    "talks": [
        "{to} have opened talks with {from_} over a deal for {player} {when}.",
        "Representatives of {player} have held discussions with {to} about a move {when}.",
    ],
    "bid": [
        "{to} have submitted an opening offer of {fee} for {player}, with {from_} yet to respond.",
        "{to} are ready to test the resolve of {from_} with a {fee} bid for {player} {when}.",
    ],
    "agreed": [
        "{to} have agreed a fee of {fee} with {from_} for {player}, who is set to undergo a medical.",
        "{player} is closing in on a move to {to} after the clubs reached an agreement worth {fee}.",
    ],
    "completed": [
        "{player} has completed his move from {from_} to {to} for a fee of {fee}.",
        "{to} have confirmed the signing of {player} from {from_}.",
    ],
    "denied": [
        "The agent of {player} has dismissed reports linking him with {to}, saying there is nothing in it.",
    ],
    "collapsed": [
        "The proposed move of {player} to {to} has collapsed after the clubs failed to agree on the structure of the deal.",
    ],
}
CREDITS = [
    "according to {outlet}",
    "{outlet} reports",
    "claims {outlet}",
]
BACKGROUND = [
    "The {age}-year-old has made {apps} appearances for {from_} this season, scoring {goals} goals.",
    "{player} joined {from_} in {joined} and has been a regular starter since.",
    "He was outstanding in the {score} win over {opponent} last weekend and set up the second goal.",
    "{from_} have injury problems at the back, with two first-choice defenders sidelined for several weeks.",
    "The {position} has two years left on his contract and has not yet opened talks over an extension.",
    "His form has drawn praise from supporters, who see him as one of the first names on the team sheet.",
    "The club face {opponent} on Saturday before a busy run of fixtures over the festive period.",
    "Sources close to the player say he is happy but would consider his options if the right project came along.",
]
FILLER = [
    "The squad has gone through a demanding spell, with midweek games stretching the depth of the group and "
    "leaving the coaching staff to rotate more often than they would like.",
    "Much will depend on how the next few weeks unfold, both on the pitch and in the boardroom, where the "
    "finances of the club are under close scrutiny after a summer of heavy spending.",
    "Supporters have been vocal on social media, with many calling for fresh faces in the final third and a "
    "more experienced presence in the dressing room to guide the younger players.",
    "The manager has repeatedly stressed that he wants a compact squad, arguing that too many players make it "
    "harder to keep everyone motivated over a long season.",
    "Analysts point out that the side concede too many chances from set pieces, and that an aerial presence "
    "would help in the matches that are decided by fine margins.",
]
OPINION = [
    "For what it's worth, we think a deal would make sense for everyone involved.",
    "Surely the club cannot afford to let him go in the middle of a title race.",
]


@dataclass(frozen=True, slots=True)
class Story:
    """The facts one article reports."""

    player: str
    from_club: str
    to_club: str
    stage: str
    outlet: str
    published: date
    fee_millions: int = 30
    age: int = 25
    position: str = "midfielder"
    opponent: str = "Everton"


def write_article(story: Story, rng: random.Random, words: int = 600) -> str:
    """A news article of about `words` words reporting `story`."""
    when = "in January" if story.published.month >= 9 or story.published.month == 1 else "this summer"
    fields = {
        "player": story.player,
        "to": story.to_club,
        "from_": story.from_club,
        "age": story.age,
        "position": story.position,
        "when": when,
        "fee": f"£{story.fee_millions}m",
        "outlet": story.outlet,
        "apps": rng.randint(5, 30),
        "goals": rng.randint(0, 9),
        "joined": rng.randint(2016, 2024),
        "score": f"{rng.randint(1, 4)}-{rng.randint(0, 1)}",
        "opponent": story.opponent,
    }
    claim = rng.choice(STAGE_LINES[story.stage]).format(**fields)
    credit = rng.choice(CREDITS).format(**fields)
    paragraphs = [f"date {story.published.isoformat()}", f"{claim[:-1]}, {credit}."]
    pool = [line.format(**fields) for line in BACKGROUND] + FILLER
    rng.shuffle(pool)
    count = sum(len(p.split()) for p in paragraphs)
    for paragraph in pool * 4:
        if count >= words - 30:
            break
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    paragraphs.append(rng.choice(OPINION))
    return "\n\n".join(paragraphs)


# -- pieces of the simulated season ------------------------------------------------------------
# In every lead the destination follows words that make it one ("a move to", "interest from",
# "Arsenal's bid"), and the selling club is named as the one he leaves or as his own: a
# bare "Arsenal have agreed a fee" would read as his current club once the KB knows the move.
SEASON_LEADS = {
    "interest": [
        "{from_} {position} {player} is wanted by {to}, who could make a move for the {age}-year-old {when}.",
        "{player} has emerged as a target for {to}, who are weighing up a move for the {from_} {position} {when}.",
        "{to_s} interest in {from_} {position} {player} is growing, and the {age}-year-old is keen on a move {when}.",
        "{from_} {position} {player} is being tracked by {to}, who see him as a priority {when}.",
        "{player} has been linked with a move from {from_} to {to}, who have him on their shortlist {when}.",
    ],
    "talks": [
        "{player_s} representatives have opened talks over a move from {from_} to {to} {when}.",
        "{to_s} approach for {from_} {position} {player} has led to talks between the two clubs {when}.",
        "{from_} {position} {player} is in discussions over a switch to {to}, with the clubs in contact {when}.",
    ],
    "bid": [
        "{player} is the subject of a {fee} bid from {to}, who are ready to test {from_s} resolve {when}.",
        "{to_s} opening offer of {fee} for {from_} {position} {player} has been submitted {when}.",
        "{from_} {position} {player} is the subject of an offer from {to} worth {fee} {when}.",
    ],
    "agreed": [
        "{player} is closing in on a move from {from_} to {to} after the clubs reached an agreement worth {fee}.",
        "{from_} {position} {player} is on the verge of a {fee} move to {to} and is set to undergo a medical.",
        "{to_s} {fee} offer for {from_} {position} {player} has been accepted, and he is set to undergo a medical.",
    ],
    "completed": [
        "{player} has completed his move from {from_} to {to} for a fee of {fee}.",
        "{from_} {position} {player} has joined {to} in a deal worth {fee}.",
        "{player} has signed for {to} from {from_} for {fee}.",
    ],
    "denied": [
        "The agent of {from_} {position} {player} has dismissed reports linking him with a move to {to}.",
        "{player_s} camp have played down talk of a move from {from_} to {to}.",
    ],
    "collapsed": [
        "{player_s} proposed move from {from_} to {to} has collapsed after the clubs failed to agree on the structure of the deal.",
        "The move of {from_} {position} {player} to {to} is off, with the two clubs unable to agree terms.",
    ],
}
#: Loans: no fee, and the word that makes the deal a loan.
LOAN_LEADS = {
    "bid": [
        "{player} is the subject of an offer from {to}, who want him on loan and are ready to test {from_s} resolve {when}.",
        "{from_} {position} {player} is the subject of an offer from {to} for a season-long loan {when}.",
    ],
    "agreed": [
        "{player} is closing in on a loan move from {from_} to {to} after the clubs reached an agreement.",
        "{from_} {position} {player} is on the verge of a loan move to {to} and is set to undergo a medical.",
    ],
    "completed": [
        "{player} has completed a loan move from {from_} to {to}.",
        "{from_} {position} {player} has joined {to} on loan.",
    ],
}
#: Moves with no fee on record: a free transfer, or terms nobody disclosed.
NO_FEE_LEADS = {
    "bid": [
        "{from_} {position} {player} is the subject of an offer from {to} {when}.",
        "{player} is the subject of an offer from {to}, who are ready to test {from_s} resolve {when}.",
    ],
    "agreed": [
        "{player} is closing in on a move from {from_} to {to} after agreeing personal terms.",
        "{from_} {position} {player} is on the verge of a move to {to} and is set to undergo a medical.",
    ],
    "completed": [
        "{player} has completed his move from {from_} to {to}{terms}.",
        "{from_} {position} {player} has joined {to}{terms}.",
    ],
}
#: A report credited to a named outlet: `{lead}` is the claim without its full stop.
NAMED_CREDITS = [
    "{lead}, according to {origin}.",
    "{lead}, {origin} reports.",
    "{lead}, claims {origin}.",
    "According to {origin}, {lead_lower}.",
]
#: A denial that names the report it answers.
NAMED_DENIALS = [
    "The agent of {from_} {position} {player} has dismissed a report by {origin} linking him with a move to {to}.",
    "{player_s} camp have played down a report by {origin} of a move from {from_} to {to}.",
]
UNNAMED_CREDITS = [
    "{lead}, according to reports in {country}.",
    "Reports in {country} claim that {lead_lower}.",
    "{lead}, according to media reports.",
]
#: The outlet stating a story as its own.
SELF_CREDITS = [
    "{outlet} understands that {lead_lower}.",
    "{lead}, {outlet} can reveal.",
    "{lead}.",
    "{lead}.",
]
#: Second sentences. A relay carries its credit on ("The report adds"); the outlet that
#: broke the story speaks for itself. None names a club again.
FOLLOW_UPS = {
    "interest": [
        "The report adds that {surname} would be open to the idea if the right offer arrived.",
        "It is understood that scouts have watched {surname} several times in recent weeks.",
    ],
    "talks": [
        "The report adds that personal terms are not expected to be a problem for {surname}.",
        "It is understood that the early discussions have been positive on both sides.",
    ],
    "bid": [
        "The report adds that a second offer could follow if the first one falls short.",
        "It is understood that the offer includes add-ons linked to appearances.",
    ],
    "agreed": [
        "The report adds that {surname} has already agreed personal terms.",
        "It is understood that only the final paperwork remains.",
    ],
    "completed": [
        "The {age}-year-old is expected to meet his new team-mates within days.",
        "{surname} said he was proud to take the next step of his career.",
    ],
    "denied": [
        "\u201cThere is nothing in it,\u201d his agent said, insisting the player is happy where he is.",
        "\u201cWe have had no contact with anybody,\u201d his representative said.",
    ],
    "collapsed": [
        "It is understood that the sticking point was the payment schedule.",
        "The report adds that there is no prospect of the talks being revived.",
    ],
}
OWN_FOLLOW_UPS = {
    "interest": [
        "We understand {surname} would be open to the idea if the right offer arrived.",
        "Scouts have watched {surname} several times in recent weeks.",
    ],
    "talks": ["Personal terms are not expected to be a problem for {surname}."],
    "bid": [
        "A second offer could follow if the first one falls short.",
        "The offer includes add-ons linked to appearances.",
    ],
    "agreed": ["{surname} has already agreed personal terms, and only the final paperwork remains."],
    "completed": FOLLOW_UPS["completed"],
    "denied": FOLLOW_UPS["denied"],
    "collapsed": ["The sticking point was the payment schedule, and there is no prospect of a revival."],
}
#: Body paragraphs: no club but the player's own, no transfer cues, many words a copy can swap.
SEASON_BODY = [
    "{surname} has made {apps} appearances for {from_} this season, scoring {goals} goals and setting up "
    "{assists} more from a range of positions.",
    "Supporters have been impressed by his work rate, and he has become one of the most consistent "
    "performers in the squad over the past year.",
    "The {position} is comfortable on the ball and reads the game well, qualities that have made him an "
    "important figure in the starting line-up.",
    "He can play in more than one role, which makes him an attractive option for a coach who likes to change "
    "shape during games and keep opponents guessing.",
    "Several clubs have sent scouts to watch him in recent weeks, and his displays have drawn strong praise "
    "from former players working in the media.",
    "The {age}-year-old missed a few games earlier in the year with a minor injury but returned quickly and "
    "has looked sharp ever since.",
    "Much will depend on how the coming weeks unfold, both on the pitch and in the boardroom, where every "
    "decision is weighed against the budget for the new season.",
    "The squad has gone through a demanding spell, with a crowded calendar stretching the group and leaving "
    "the coaching staff to rotate more often than they would like.",
    "Supporters have been vocal on social media, with many calling for experienced players who can handle "
    "the pressure of the big occasions.",
    "Analysts point out that his numbers compare well with established names in the league, particularly "
    "for chances created and duels won.",
]
TITLES = {
    "interest": ["{to_short} eye {surname}", "{surname} on {to_short} radar", "{to_short} keen on {surname}"],
    "talks": ["{to_short} open talks over {surname}", "{surname} talks under way"],
    "bid": ["{to_short} bid for {surname}", "{to_short} make offer for {surname}"],
    "agreed": ["{surname} closing in on {to_short} move", "{surname} set for medical"],
    "completed": ["{surname} joins {to_short}", "Done deal: {surname} moves to {to_short}"],
    "denied": ["Agent denies {to_short} links", "{surname} camp play down move"],
    "collapsed": ["{surname} move off", "{to_short} deal for {surname} collapses"],
}
DUPLICATE_TITLES = ["Transfer news: {surname}", "{surname} latest", "Rumour mill: {surname} and {to_short}"]
#: Single-word swaps a site makes when it re-publishes someone else's story.
SWAPS = {
    "impressed": "struck",
    "consistent": "dependable",
    "attractive": "appealing",
    "important": "key",
    "several": "many",
    "strong": "warm",
    "quickly": "swiftly",
    "demanding": "gruelling",
    "vocal": "loud",
    "often": "frequently",
    "experienced": "seasoned",
    "particularly": "especially",
    "sharp": "lively",
    "minor": "small",
    "crowded": "packed",
    "comfortable": "assured",
}


@dataclass(frozen=True, slots=True)
class Report:
    """What one piece of the simulated season says about one rumour."""

    player: str
    from_club: str
    to_club: str
    stage: str
    when: str  # "this summer", "in January"
    position: str = "midfielder"
    age: int = 25
    fee: str | None = None  # "€12m"; None when no fee is on record
    loan: bool = False
    free: bool = False


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _fields(report: Report, rng: random.Random) -> dict:
    return {
        "player": report.player,
        "surname": report.player.split()[-1],
        "from_": report.from_club,
        "to": report.to_club,
        "to_short": report.to_club,
        "player_s": possessive(report.player),
        "from_s": possessive(report.from_club),
        "to_s": possessive(report.to_club),
        "position": report.position,
        "age": report.age,
        "fee": report.fee,
        "terms": " on a free transfer" if report.free else "",
        "when": report.when,
        "apps": rng.randint(8, 40),
        "goals": rng.randint(2, 12),
        "assists": rng.randint(2, 9),
    }


def lead(report: Report, rng: random.Random) -> str:
    """The sentence stating the claim, full stop included."""
    if report.loan:
        pool = LOAN_LEADS.get(report.stage)
    else:
        pool = NO_FEE_LEADS.get(report.stage) if report.fee is None else None
    return rng.choice(pool or SEASON_LEADS[report.stage]).format(**_fields(report, rng))


def credited(sentence: str, form: str, **names: str) -> str:
    """`sentence` put in a crediting frame such as "{lead}, according to {origin}."."""
    body = sentence[:-1]
    lower = body[0].lower() + body[1:] if body.startswith(("The ", "It ")) else body
    return form.format(lead=body, lead_lower=lower, **names)


def denial(report: Report, origin: str, rng: random.Random) -> str:
    """An agent's denial of the report `origin` published."""
    return rng.choice(NAMED_DENIALS).format(**_fields(report, rng), origin=origin)


def season_article(
    report: Report, opening: str, rng: random.Random, words: int = 250, own: bool = False
) -> tuple[str, str]:
    """Title and text of a single-rumour piece that opens with `opening`; `own` when the
    outlet states the story as its own rather than passing on someone else's."""
    fields = _fields(report, rng)
    paragraphs = [opening, rng.choice((OWN_FOLLOW_UPS if own else FOLLOW_UPS)[report.stage]).format(**fields)]
    pool = [line.format(**fields) for line in SEASON_BODY]
    rng.shuffle(pool)
    count = sum(len(p.split()) for p in paragraphs)
    for paragraph in pool:
        if count >= words:
            break
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return rng.choice(TITLES[report.stage]).format(**fields), "\n\n".join(paragraphs)


def near_duplicate(text: str, rng: random.Random, changes: int = 4) -> str:
    """`text` with a few words swapped, as a site re-publishing a story does."""
    found = [word for word in SWAPS if f" {word} " in text]
    for word in rng.sample(found, min(changes, len(found))):
        text = text.replace(f" {word} ", f" {SWAPS[word]} ", 1)
    return text


def duplicate_title(report: Report, rng: random.Random) -> str:
    return rng.choice(DUPLICATE_TITLES).format(**_fields(report, rng))


ROUNDUP_OPENING = (
    "Here is the pick of the transfer stories doing the rounds today, with the outlet that first reported "
    "each one in brackets."
)
ROUNDUP_CLOSING = (
    "That is all for today's round-up. Stories like these come and go quickly at this time of year, so "
    "treat every one of them with a healthy pinch of salt until the clubs involved make an announcement. "
    "Some will turn out to be accurate, others will fade away within days, and a few will resurface later in "
    "a different form. We will be back tomorrow with the latest news and gossip from around Europe, "
    "including any updates on the stories above."
)
