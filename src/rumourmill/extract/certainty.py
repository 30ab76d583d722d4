"""Certainty: how firmly the text asserts each claim (not how likely the move is)."""

from __future__ import annotations

from rumourmill import settings
from rumourmill.extract import patterns
from rumourmill.extract.document import Doc


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
            kinds = sorted({regex.label(m) for m in regex.finditer(folded)})
            draft.hedges = tuple(kinds)
            certainty = settings.CERTAINTY_BY_STAGE.get(draft.stage, settings.CERTAINTY_PLAIN)
            certainty -= settings.CERTAINTY_PER_HEDGE * len(kinds)
            if draft.origin is not None and draft.origin.kind == "unnamed":
                certainty -= settings.CERTAINTY_PER_HEDGE / 2
            draft.certainty = round(max(settings.CERTAINTY_FLOOR, min(1.0, certainty)), 2)
        return doc
