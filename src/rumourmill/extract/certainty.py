"""Certainty: how firmly the text asserts each claim (not how likely the move is)."""

from __future__ import annotations

import itertools
import re

from rumourmill import settings
from rumourmill.extract import patterns
from rumourmill.extract.claims import Draft
from rumourmill.extract.document import Doc

#: Where a clause of its own starts: "…, and Villa would listen to offers", "…, who could leave".
CLAUSE_EDGE = re.compile(r",\s+(?:and|but|while|whereas|although|though|who|which|where|whose)\b|;|\s[–—-]\s")
#: Hedges that bear on their own clause; distancing words ("reportedly") cover the sentence.
CLAUSE_HEDGES = ("modal", "condition")


class CertaintyScorer:
    """Marks hedged claims and gives each a certainty in [0, 1].

    A claim starts from how firm its stage is ("has joined" is firmer than "keen on") and
    loses a step for each kind of hedge in its sentence: possibility modals ("could"),
    distancing ("reportedly", "it's stated"), conditions ("if"). Unnamed sources cost a
    little more; a denial is as firm as any statement.
    """

    def __call__(self, doc: Doc) -> Doc:
        regex = patterns.hedge_regex()
        for draft in doc.drafts:
            sentence = doc.sentences[draft.sentence]
            folded = doc.folded[sentence.start : sentence.end]
            clauses = _claim_clauses(doc, draft, sentence.start, folded)
            kinds = sorted(
                {
                    label
                    for m in doc.cue_matches(regex, sentence.start, sentence.end)
                    if (label := regex.label(m)) not in CLAUSE_HEDGES
                    or any(a <= m.start() - sentence.start < b for a, b in clauses)
                }
            )
            draft.hedges = tuple(kinds)
            certainty = settings.CERTAINTY_BY_STAGE.get(draft.stage, settings.CERTAINTY_PLAIN)
            certainty -= settings.CERTAINTY_PER_HEDGE * len(kinds)
            if draft.origin is not None and draft.origin.kind == "unnamed":
                certainty -= settings.CERTAINTY_PER_HEDGE / 2
            draft.certainty = round(max(settings.CERTAINTY_FLOOR, min(1.0, certainty)), 2)
        return doc


def _claim_clauses(doc: Doc, draft: Draft, offset: int, folded: str) -> list[tuple[int, int]]:
    """Spans of `folded` (a sentence) in the clauses naming the claim's player or destination:
    "Everton have asked about him, and Villa would listen to offers" hedges nothing of
    Everton's. With neither named in the sentence, the whole sentence."""
    edges = [0, *(m.start() for m in CLAUSE_EDGE.finditer(folded)), len(folded)]
    spans = list(itertools.pairwise(edges))
    named = [
        m.start - offset
        for m in doc.mentions_in(draft.sentence)
        if m is draft.player_mention or (m.ref is not None and m.ref.same_as(draft.to_club))
    ]
    chosen = [(a, b) for a, b in spans if any(a <= at < b for at in named)]
    return chosen or [(0, len(folded))]
