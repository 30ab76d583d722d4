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
