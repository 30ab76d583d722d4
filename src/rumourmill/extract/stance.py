"""The writer's own view, kept apart from the claims the article reports.

A sentence that carries an opinion marker ("surely", "the last thing they need", "if Milan
were to…") and credits nobody is the writer talking: it becomes stance, and the claim
finder skips it, so an opinion is never mistaken for a report.
"""

from __future__ import annotations

from rumourmill.extract import patterns
from rumourmill.extract.claims import is_player
from rumourmill.extract.document import Doc, Sentence
from rumourmill.models import Ref, Span, Stance


class StanceDetector:
    def __call__(self, doc: Doc) -> Doc:
        regexes = patterns.stance_regexes()
        attribution = patterns.attribution_regexes()
        for index in sorted(doc.matches_by_sentence("stance:markers", regexes["markers"])):
            sentence = doc.sentences[index]
            mentions = doc.mentions_in(index)
            if sentence.credit or any(m.kind == "outlet" for m in mentions):
                continue
            if _says(doc, attribution["relay"], sentence) or _says(doc, attribution["before_source"], sentence):
                continue
            view = (
                "unlikely"
                if _says(doc, regexes["unlikely"], sentence)
                else "likely"
                if _says(doc, regexes["likely"], sentence)
                else "opinion"
            )
            doc.stance_sentences.add(index)
            doc.stance.append(
                Stance(
                    self.about(doc, index),
                    view,
                    Span(doc.text[sentence.start : sentence.end], sentence.start, sentence.end),
                )
            )
        return doc

    @staticmethod
    def about(doc: Doc, index: int) -> Ref | None:
        """The player the view is about: named in the sentence, or the last one named before."""
        for i in range(index, -1, -1):
            players = [m for m in doc.mentions_in(i) if is_player(m) and m.ref is not None]
            if players:
                return players[0].ref
        return None


def _says(doc: Doc, regex: patterns.CueRegex, sentence: Sentence) -> bool:
    """Whether a cue of `regex` is in the sentence."""
    return doc.cue_search(regex, sentence.start, sentence.end) is not None
