"""One claim per player and destination: an article's drafts folded together.

An article often states the same move several times (headline, report, recap). The merged
claim keeps the furthest stage reached (a later denial or collapse wins), the most specific
terms, the window that is still ahead of the publication date, and the most-cited named
origin; its evidence is the sentence that says the most.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable

from rumourmill.extract import patterns, windows
from rumourmill.extract.claims import Draft
from rumourmill.extract.document import Doc
from rumourmill.extract.terms import TYPE_PRIORITY
from rumourmill.models import NEGATIVE_STAGES, Claim, Source, Span

TIMESTAMP = re.compile(r"\s*(\d{1,2})[:.](\d{2})\b")


class ClaimMerger:
    def __call__(self, doc: Doc) -> Doc:
        groups: dict[tuple, list[Draft]] = {}
        self.newest_first = newest_first(doc)
        for draft in doc.drafts:
            groups.setdefault(_group_key(draft), []).append(draft)
        doc.claims = [self.merge(doc, drafts) for drafts in groups.values()]
        return doc

    def merge(self, doc: Doc, drafts: list[Draft]) -> Claim:
        # a move back to a club he has played for is news of its own; the old spell is history,
        # though it may still say where he came from ("spent €30m on Baah, who arrived from Sunderland")
        told = drafts
        drafts = [d for d in drafts if not d.background] or drafts
        published = doc.article.published
        order = patterns.stage_order()
        stage = _stage(drafts, order, self.newest_first)
        origin, via = _origin(drafts)
        # the evidence is the first sentence that reports the final stage from the chosen origin
        best = min(drafts, key=lambda d: (d.stage != stage, d.origin != origin, d.sentence))
        sentence = doc.sentences[best.sentence]
        supporting = [d for d in drafts if d.stage == stage and d.origin == origin] or [best]
        hedged = any(d.hedges for d in drafts if d.stage == stage or d.origin == origin)
        window = _window([d.window for d in drafts], published)
        type_ = next((t for t in TYPE_PRIORITY if any(d.type == t for d in drafts)), "unknown")
        from_club = _first(d.from_club for d in drafts) or _first(d.from_club for d in told)
        tense = "completed" if stage == "completed" else "prospective"
        return Claim(
            player=best.player,
            from_club=from_club,
            to_club=best.to_club,
            type=type_,
            stage=stage,
            tense=tense,
            window=window,
            duration_months=_first(d.duration_months for d in drafts),
            fee=_first(d.fee for d in drafts),
            origin=origin,
            via=via,
            hedged=hedged,
            certainty=round(sum(d.certainty for d in supporting) / len(supporting), 2),
            evidence=Span(doc.text[sentence.start : sentence.end], sentence.start, sentence.end),
        )


def _group_key(draft: Draft) -> tuple:
    player = draft.player.id or draft.player.name.split()[-1].lower()
    club = draft.to_club.id or draft.to_club.name if draft.to_club else None
    return player, club


def _stage(drafts: list[Draft], order: dict[str, int], newest_first: bool) -> str:
    """Furthest positive stage, unless a denial or collapse is reported after it."""
    positive = [d for d in drafts if d.stage not in NEGATIVE_STAGES]
    negative = [d for d in drafts if d.stage in NEGATIVE_STAGES]
    best = max(positive, key=lambda d: order[d.stage], default=None)

    def when(draft: Draft) -> int:
        return -draft.sentence if newest_first else draft.sentence

    if negative:
        latest = max(negative, key=when)
        if best is None or when(latest) >= when(best):
            return latest.stage
    return best.stage if best else "interest"


def newest_first(doc: Doc) -> bool:
    """A live blog: entries open with a time and run from the latest to the earliest."""
    times = []
    for sentence in doc.sentences:
        stamp = TIMESTAMP.match(doc.text, sentence.start)
        if stamp:
            times.append(int(stamp.group(1)) * 60 + int(stamp.group(2)))
    falling = sum(1 for a, b in itertools.pairwise(times) if b < a)
    return len(times) >= 3 and falling > (len(times) - 1) / 2


def _origin(drafts: list[Draft]) -> tuple[Source | None, tuple[str, ...]]:
    named = [d for d in drafts if d.origin is not None and d.origin.kind != "unnamed"]
    unnamed = [d for d in drafts if d.origin is not None and d.origin.kind == "unnamed"]
    pool = named or unnamed
    if not pool:
        relays = [v for d in drafts for v in d.via]
        return None, tuple(dict.fromkeys(relays))
    counts = Counter(d.origin for d in pool)
    origin = max(counts, key=lambda o: (counts[o], -next(d.sentence for d in pool if d.origin == o)))
    via = [v for d in pool if d.origin == origin for v in d.via]
    return origin, tuple(dict.fromkeys(via))


def _window(found: list[str | None], published) -> str | None:
    """The most cited window still open or ahead; past windows only if nothing else."""
    found = [w for w in found if w]
    ahead = [w for w in found if not windows.is_past(w, published)]
    pool = ahead or found
    return Counter(pool).most_common(1)[0][0] if pool else None


def _first(values: Iterable):
    return next((v for v in values if v is not None), None)
