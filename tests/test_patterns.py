"""The fast matchers give exactly what the regular expressions they stand in for give."""

from __future__ import annotations

import re

import pytest

from conftest import real_texts
from rumourmill.extract import attribution, facts, patterns
from rumourmill.extract.patterns import CueIndex, CueRegex, Literals, all_cue_regexes
from rumourmill.kb.names import fold


def _texts() -> list[str]:
    texts = real_texts()
    # edges: a cue at the very start, next to punctuation, after a hyphen, cut by the end
    texts += [
        "Interested parties are circling. Keen on him, Roma made an offer-to-buy bid",
        "(Reportedly) talks have opened; the deal is 'close' - agreed",
        "he has been linked with a move to",
    ]
    return [fold(t) for t in texts]



def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def _cue_regexes() -> list[CueRegex]:
    return [*all_cue_regexes(), attribution.SPEECH, facts.TRIGGERS]


def test_the_cue_index_finds_what_a_full_scan_finds():
    regexes = _cue_regexes()
    assert all(regex.number is not None for regex in regexes), "every shipped cue list opens with plain letters"
    for text in _texts():
        index = CueIndex(text)
        for regex in regexes:
            assert _spans(regex.finditer(text, 0, None, index)) == _spans(regex.finditer(text)), text[:80]
            # and over stretches of it, as claims and attribution ask for sentences and clauses
            for start, end in [(0, len(text) // 2), (len(text) // 3, len(text)), (5, 60)]:
                assert _spans(regex.finditer(text, start, end, index)) == _spans(regex.finditer(text, start, end))


def test_an_index_made_for_another_text_is_not_used():
    regex = patterns.stage_regex()
    text = fold("Arsenal are interested in the striker and have opened talks.")
    other = CueIndex(fold("Nothing to see here at all, nothing whatsoever."))
    assert _spans(regex.finditer(text, 0, None, other)) == _spans(regex.finditer(text))
    assert [m.group() for m in regex.finditer(text)] == ["are interested", "opened talks"]


def test_anchors_run_on_through_the_group_after_the_first_letters():
    regex = CueRegex({"x": ["the (?:deal|move) is off", "(?:have|has) (?:asked|called)", "(?<!do )not going"]})
    assert regex.anchors == {"the deal is off", "the move is off", "have asked", "have called", "has asked", "has called", "not going"}
    assert CueRegex({"x": ["[a-z]+ talks"]}).anchors is None  # a phrase opening with regex syntax


WORD_LISTS = [
    (["head coach", "manager", "boss", "coach", "gaffer"], True, False),
    (["we", "our", "us"], True, True),
    ("contract deal extension extend renew releas terminat mutual future".split(), False, False),
    (["united states", "ivory coast", "united arab emirates"], True, False),
]


@pytest.mark.parametrize(("words", "word_end", "word_start"), WORD_LISTS)
def test_literals_match_as_the_alternation_they_replace(words, word_end, word_start):
    alternation = "|".join(re.escape(w) for w in words)
    pattern = re.compile(
        (r"(?<!\w)" if word_start else "") + f"(?:{alternation})" + (r"\b" if word_end else "")
    )
    literals = Literals(words, word_end=word_end, word_start=word_start)
    texts = [
        *_texts(),
        "our bus to us, we were the coach's coachman; the head coach, manager-to-be and boss",
        "the united states, united states-based, the united arab emirates and ivory coastal towns",
        "contracted, a deal dealt, the extension extended; renewal released",
    ]
    for text in texts:
        assert _spans(literals.finditer(text)) == _spans(pattern.finditer(text))
        assert _spans(literals.finditer(text, 7, len(text) - 3)) == _spans(pattern.finditer(text, 7, len(text) - 3))
        first = pattern.search(text)
        found = literals.search(text)
        assert (found.span() if found else None) == (first.span() if first else None)
