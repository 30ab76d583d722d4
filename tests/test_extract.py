"""How transfer news is read: each test is a short article in the style of a real one."""

from __future__ import annotations

from datetime import date

import pytest

from rumourmill.api import extract_text
from rumourmill.extract import terms
from rumourmill.kb.names import fold


def claims_of(pipeline, text, published="2026-01-10", outlet=None):
    return extract_text(text, published=published, outlet=outlet, pipeline=pipeline).claims


def one(claims, player=None, to=None):
    found = [
        c
        for c in claims
        if (player is None or player in c.player.name)
        and (to is None or (c.to_club and c.to_club.name == to))
    ]
    assert len(found) == 1, [(c.player.name, c.to_club and c.to_club.name) for c in claims]
    return found[0]


def test_roundup_item_credit_with_relay(pipeline):
    text = (
        "Newcastle are ready to test Brentford's resolve with a £35m offer for Ivan Marek, 24, "
        "while Juventus are also keen. (Marca via Express)"
    )
    claims = claims_of(pipeline, text, outlet="Gossip Daily")
    newcastle = one(claims, "Ivan Marek", "Newcastle")
    assert newcastle.player.id is None  # not in the KB, still extracted
    assert newcastle.from_club.name == "Brentford"
    assert newcastle.stage == "bid"
    assert newcastle.fee.amount == 35_000_000 and newcastle.fee.currency == "GBP"
    assert newcastle.origin.name == "Marca"
    assert newcastle.via == ("Daily Express", "Gossip Daily")  # credits are named as the KB names them
    assert one(claims, "Ivan Marek", "Juventus").stage == "interest"


def test_nested_credit_innermost_is_origin(pipeline):
    text = "Sky Sports News, relaying a report from Marca, says Atletico Madrid have agreed a €12m fee with Celta Vigo for midfielder Iker Balda."
    claim = one(claims_of(pipeline, text), "Iker Balda", "Atletico Madrid")
    assert claim.origin.name == "Marca"
    assert claim.via[0] == "Sky Sports News"
    assert claim.stage == "agreed"
    assert claim.fee.amount == 12_000_000 and claim.fee.currency == "EUR"
    assert claim.from_club.name == "Celta Vigo"


@pytest.mark.parametrize(
    "sentence",
    [
        "Aston Villa are monitoring Slavia Prague striker Ivan Marek but have not made an offer.",
        "Aston Villa and Fulham are keen on Slavia Prague striker Ivan Marek, though neither club has yet made a bid.",
        "Aston Villa are yet to open talks with Slavia Prague over striker Ivan Marek.",
        "Aston Villa have asked Slavia Prague to keep them informed about striker Ivan Marek.",
        "Aston Villa have asked to be kept informed about Slavia Prague striker Ivan Marek.",
        "Aston Villa are preparing a formal bid for Slavia Prague striker Ivan Marek.",
    ],
)
def test_a_step_not_taken_or_a_request_for_news_is_interest(pipeline, sentence):
    assert one(claims_of(pipeline, sentence), "Ivan Marek", "Aston Villa").stage == "interest"


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("Kofi Baah has left Hearts on a free transfer, joining Saudi Arabian side Neom.", "completed"),
        ("Kofi Baah spent a season at Atalanta before joining Neom in the summer of 2023.", "completed"),
        ("Kofi Baah's move to Neom went through after a dramatic 24 hours.", "completed"),
        ("Kofi Baah is keen on joining Neom.", "interest"),
        ("Kofi Baah would consider leaving Hearts, joining Neom if the terms are right.", "interest"),
    ],
)
def test_joining_after_a_clause_in_the_past_is_done(pipeline, sentence, stage):
    assert one(claims_of(pipeline, sentence, published="2025-09-03"), "Kofi Baah", "Neom").stage == stage


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Napoli could move for Aston Villa midfielder Kofi Baah in January.", True),
        ("Napoli are reportedly keen on Aston Villa midfielder Kofi Baah.", True),
        # how far a club has got is no hedge on the report: "considering", "weighing up"
        ("Napoli are considering a January move for Aston Villa midfielder Kofi Baah.", False),
        ("Napoli are weighing up a loan for Aston Villa midfielder Kofi Baah.", False),
        ("Napoli have opened talks with Aston Villa over Kofi Baah, it is understood.", False),
        # a modal in another clause bears on that clause only
        ("Napoli have asked about Kofi Baah, and Aston Villa would listen to offers.", False),
        ("Kofi Baah, who has a year left on his contract, could join Napoli in January.", True),
    ],
)
def test_hedged_is_about_how_firmly_the_report_is_made(pipeline, sentence, hedged):
    assert one(claims_of(pipeline, sentence), "Kofi Baah", "Napoli").hedged is hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "Sky Sport Germany's Florian Plettenberg reports that Dortmund have made contact over Kofi Baah.",
        "Dortmund have made contact over Kofi Baah, according to Florian Plettenberg of Sky Sport Germany.",
    ],
)
def test_a_journalist_named_with_his_own_outlet_is_the_origin(pipeline, sentence):
    claim = one(claims_of(pipeline, sentence), "Kofi Baah", "Borussia Dortmund")
    assert claim.origin.name == "Florian Plettenberg"
    assert "Sky Sport Germany" not in claim.via  # his paper publishes him; it relays no one


def test_a_coach_whose_words_are_reported_is_the_origin(pipeline):
    text = "Arne Slot has confirmed that Liverpool are in talks with Aston Villa over Kofi Baah."
    claim = one(claims_of(pipeline, text, outlet="Gossip Daily"), "Kofi Baah", "Liverpool")
    assert (claim.stage, claim.origin.name) == ("talks", "Arne Slot")
    # an unknown name that "said" something is no official the KB knows: no origin from it
    text = "Kofi Baah said farewell to Aston Villa after completing his move to Liverpool."
    claim = one(claims_of(pipeline, text, outlet="Gossip Daily"), "Kofi Baah", "Liverpool")
    assert claim.origin is None


@pytest.mark.parametrize(
    ("sentence", "clubs"),
    [
        (
            "Hearts are in a race with Hibernian to sign Aberdeen midfielder Kofi Baah.",
            {"Hearts", "Hibernian"},
        ),
        ("Hearts are making a big push for Aberdeen midfielder Kofi Baah, 24.", {"Hearts"}),
        (
            "Hearts and Hibernian are competing to sign Aberdeen midfielder Kofi Baah.",
            {"Hearts", "Hibernian"},
        ),
    ],
)
def test_rivalry_and_offers_of_a_player_are_interest(pipeline, sentence, clubs):
    claims = [c for c in claims_of(pipeline, sentence) if "Kofi Baah" in c.player.name]
    assert {c.to_club.name for c in claims} == clubs
    assert {c.stage for c in claims} == {"interest"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hearts have agreed to sign Aberdeen midfielder Kofi Baah.",
        "Aberdeen midfielder Kofi Baah will sign for Hearts next week.",
        'Hearts have a "total agreement" in place to sign Aberdeen midfielder Kofi Baah.',
    ],
)
def test_an_agreement_to_sign_is_agreed(pipeline, sentence):
    assert one(claims_of(pipeline, sentence), "Kofi Baah", "Hearts").stage == "agreed"


def test_a_verb_or_title_opening_a_sentence_is_not_part_of_a_name(pipeline):
    text = (
        "Hearts want Aberdeen midfielder Tomas Vrba. Selling Vrba would free up money for Aberdeen, "
        "and President Lars Eng said the club are listening."
    )
    names = {(e.kind, e.ref.name) for e in extract_text(text, pipeline=pipeline).entities}
    assert not {n for _, n in names if n.startswith(("Selling", "President"))}, names
    assert ("person", "Lars Eng") in names


def test_agent_denial(pipeline):
    text = (
        "Aston Villa have been linked with Atletico Madrid defender Rodrigo Saldaña.\n\n"
        'But his agent has denied the reports, saying: "There is nothing in it."'
    )
    claim = one(claims_of(pipeline, text), "Saldaña", "Aston Villa")
    assert claim.stage == "denied"


def test_collapse_after_agreement_wins(pipeline):
    text = (
        "Wolves had agreed a fee with Strasbourg for winger Bastien Koné.\n\n"
        "However, the deal collapsed on Thursday after the player failed a medical."
    )
    assert one(claims_of(pipeline, text), "Koné", "Wolves").stage == "collapsed"


def test_background_move_is_completed_not_a_rumour(pipeline):
    text = (
        "Arsenal's Noni Madueke, who joined from Chelsea in the summer of 2025, "
        "is wanted by Juventus on loan next month."
    )
    claims = claims_of(pipeline, text, published="2025-12-05")
    rumour = one(claims, "Madueke", "Juventus")
    assert (rumour.tense, rumour.type, rumour.window) == ("prospective", "loan", "2026-01")
    background = one(claims, "Madueke", "Arsenal")
    assert (background.tense, background.stage) == ("completed", "completed")
    assert background.from_club.name == "Chelsea"


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        ("on a season-long loan with an option to buy", "loan_with_option"),
        ("on loan with an obligation to buy", "loan_with_obligation"),
        ("on a six-month loan", "loan"),
        ("for a fee of £30m", "permanent"),
        ("on loan with an obligation", "loan_with_obligation"),
        ("on a six-month loan, Marca reports, with Napoli holding an option to buy him", "loan_with_option"),
    ],
)
def test_deal_terms(pipeline, wording, expected):
    claim = one(
        claims_of(pipeline, f"Napoli want to sign Chelsea defender Axel Disasi {wording}."),
        "Disasi",
        "Napoli",
    )
    assert claim.type == expected


def test_fee_makes_a_move_permanent_and_belongs_to_its_player(pipeline):
    text = (
        "Hearts have had a busy window. Jonas Wik joined from Aberdeen for £1.5m plus add-ons.\n\n"
        "Hearts agreed a £2m deal for Kofi Baah, paving the way for Lars Eng to leave for Motherwell."
    )
    claims = claims_of(pipeline, text, published="2025-09-03")
    wik = one(claims, "Jonas Wik", "Hearts")
    assert (wik.type, wik.stage, wik.fee.amount) == ("permanent", "completed", 1_500_000)
    baah = one(claims, "Kofi Baah", "Hearts")
    assert (baah.type, baah.fee.amount) == ("permanent", 2_000_000)
    eng = one(claims, "Lars Eng", "Motherwell")
    assert eng.fee is None  # the £2m is Baah's


@pytest.mark.parametrize(
    ("phrase", "published", "window"),
    [
        ("next month", "2025-12-23", "2026-01"),
        ("in January", "2025-10-02", "2026-01"),
        ("this summer", "2026-03-14", "2026-summer"),
        ("next summer", "2026-01-20", "2026-summer"),
        ("next summer", "2025-09-20", "2026-summer"),
        ("at the end of the season", "2026-02-01", "2026-summer"),
        ("in January", "2026-02-02", "2026-01"),  # deadline day of the winter window
    ],
)
def test_windows_from_publication_date(pipeline, phrase, published, window):
    text = f"Everton are keen on Hull City forward Dylan Purcell and could make a move {phrase}."
    assert one(claims_of(pipeline, text, published=published), "Purcell", "Everton").window == window


def test_opponents_and_results_are_not_claims(pipeline):
    text = (
        "Ivan Marek scored twice in the 3-1 win over Everton and was forced off against Brighton. "
        "Slavia face Sparta Prague on Saturday."
    )
    assert claims_of(pipeline, text) == ()


def test_writers_wish_is_stance_not_claim(pipeline):
    text = "Surely Arsenal should sign a striker like Ivan Marek in January; it would be madness not to."
    extraction = extract_text(text, published="2025-12-01", pipeline=pipeline)
    assert extraction.claims == ()
    assert extraction.stance and extraction.stance[0].evidence.text.startswith("Surely")


def test_ambiguous_short_names_follow_the_article(pipeline):
    text = (
        "Newcastle are weighing up a bid for Brentford striker Yoane Wissa.\n\n"
        "United are prepared to offer £25m, the Magpies' biggest bid since the summer."
    )
    claims = claims_of(pipeline, text, published="2025-08-10")
    assert {c.to_club.name for c in claims} == {"Newcastle"}


def test_san_siro_goes_to_the_club_the_article_is_about(pipeline):
    text = (
        "Inter have opened talks with Brighton over midfielder Carlos Baleba.\n\n"
        "The Nerazzurri hope to bring the Cameroonian to San Siro before the deadline."
    )
    claims = claims_of(pipeline, text, published="2026-01-12")
    assert {c.to_club.name for c in claims} == {"Inter"}


def test_title_case_headline_is_read(pipeline):
    text = "Milan Make Contact Over Joe Gomez Loan\n\nAC Milan have asked Liverpool about a January loan for defender Joe Gomez."
    claim = one(claims_of(pipeline, text, published="2025-12-20"), "Gomez", "AC Milan")
    assert (claim.type, claim.stage, claim.from_club.name) == ("loan", "talks", "Liverpool")


def test_extension_at_his_own_club(pipeline):
    text = "Manchester United have opened talks with Harry Maguire over a one-year extension to his contract."
    claim = one(claims_of(pipeline, text, published="2026-01-09"), "Maguire")
    assert (claim.to_club.name, claim.type, claim.stage) == ("Manchester United", "extension", "talks")


def test_release(pipeline):
    text = "Leicester City have terminated the contract of midfielder Dean Whitlock by mutual consent."
    claim = one(claims_of(pipeline, text, published="2025-09-01"), "Whitlock")
    assert (claim.to_club, claim.from_club.name, claim.type, claim.stage) == (
        None,
        "Leicester",
        "release",
        "completed",
    )


def test_done_deals_list(pipeline):
    text = (
        "Summer window 2025: the biggest done deals\n\n"
        "Bryan Mbeumo – Brentford to Manchester United, £65m plus £6m in add-ons.\n\n"
        "Jack Grealish – Manchester City to Everton, season-long loan."
    )
    claims = claims_of(pipeline, text, published="2025-09-02")
    mbeumo = one(claims, "Mbeumo", "Manchester United")
    assert (mbeumo.stage, mbeumo.tense, mbeumo.from_club.name, mbeumo.window) == (
        "completed",
        "completed",
        "Brentford",
        "2025-summer",
    )
    assert mbeumo.fee.amount == 65_000_000 and mbeumo.fee.add_ons == 6_000_000
    assert one(claims, "Grealish", "Everton").type == "loan"


def test_descriptors_and_possessives(pipeline):
    text = (
        "Juventus want Tottenham full-back Destiny Udogie.\n\n"
        "The Old Lady could offer a loan with an obligation to buy for the 23-year-old, "
        "and Igor Tudor's side are confident the Italian would welcome a return to Serie A."
    )
    extraction = extract_text(text, published="2025-12-02", pipeline=pipeline)
    udogie = next(e for e in extraction.entities if e.ref.name == "Destiny Udogie")
    assert {"the 23-year-old", "the Italian"} <= {m.text for m in udogie.mentions}
    juve = next(e for e in extraction.entities if e.ref.name == "Juventus")
    assert "The Old Lady" in {m.text for m in juve.mentions}
    assert one(extraction.claims, "Udogie", "Juventus").type == "loan_with_obligation"


def test_minimal_kb_still_reads_claims(minimal_pipeline):
    text = "Real Madrid are in talks with Liverpool over a summer move for defender Ivan Marek."
    claim = one(claims_of(minimal_pipeline, text, published="2026-02-01"), "Marek", "Real Madrid")
    assert claim.stage == "talks" and claim.window == "2026-summer"
    assert minimal_pipeline.kb.minimal


def test_publication_date_from_dateline(pipeline):
    extraction = extract_text(
        "LONDON, 14 March 2026 - Chelsea are keen on Lille striker Noé Lavalle.", pipeline=pipeline
    )
    assert extraction.article.published == date(2026, 3, 14)


def test_past_windows(pipeline):
    text = "Everton signed Hull City forward Dylan Purcell last summer, and Leeds loaned Jamal Osei to Sevilla in January."
    claims = claims_of(pipeline, text, published="2026-04-10")
    assert one(claims, "Purcell", "Everton").window == "2025-summer"
    assert one(claims, "Osei", "Sevilla").window == "2026-01"


@pytest.mark.parametrize(
    ("sentence", "published", "window"),
    [
        # a done deal told as news: the window open when it appeared, or just shut
        (
            "Hearts completed the signing of Jonas Wik from Aberdeen on deadline day.",
            "2025-09-03",
            "2025-summer",
        ),
        ("Hearts have signed Jonas Wik from Aberdeen for £1.2m.", "2026-01-20", "2026-01"),
        ("Hearts signed Jonas Wik from Aberdeen in July.", "2025-11-12", "2025-summer"),
        ("Hearts signed Jonas Wik from Aberdeen in January.", "2025-11-12", "2025-01"),
        ("Jonas Wik joined Hearts from Aberdeen in the summer of 2023.", "2025-11-12", "2023-summer"),
        # "until the end of the season" says how long a loan runs, not when it is made
        (
            "Hearts have signed Jonas Wik on loan from Aberdeen until the end of the season.",
            "2026-01-20",
            "2026-01",
        ),
        # long after a window, or dated to a year gone by, a done deal names no window
        ("Jonas Wik joined Hearts from Aberdeen.", "2025-11-12", None),
        ("Hearts signed Jonas Wik from Aberdeen in 2019.", "2025-08-12", None),
    ],
)
def test_windows_of_moves_already_made(pipeline, sentence, published, window):
    claim = one(claims_of(pipeline, sentence, published=published), "Jonas Wik", "Hearts")
    assert (claim.tense, claim.window) == ("completed", window)


def test_a_loan_for_the_rest_of_the_season_is_made_in_the_window_open_now(pipeline):
    text = "Hearts have agreed a deal to sign Jonas Wik on loan from Aberdeen for the rest of the season."
    assert one(claims_of(pipeline, text, published="2026-01-14"), "Jonas Wik", "Hearts").window == "2026-01"


def test_when_an_option_can_be_taken_up_is_not_the_window_of_the_loan(pipeline):
    text = (
        "Hearts have agreed a six-month loan for Aberdeen winger Jonas Wik, with an option to buy "
        "him for £2m at the end of the season."
    )
    claim = one(claims_of(pipeline, text, published="2026-01-12"), "Jonas Wik", "Hearts")
    assert (claim.type, claim.window) == ("loan_with_option", "2026-01")


def test_a_month_gone_by_is_no_window_ahead(pipeline):
    text = "Everton are keen on Hull City forward Dylan Purcell, who turned down Leeds in August."
    claim = one(claims_of(pipeline, text, published="2025-10-20"), "Purcell", "Everton")
    assert claim.window is None


def test_window_review_prose_gives_moves_to_the_paragraph_club(pipeline):
    text = (
        "Summer window review: the Premier League's big spenders\n\n"
        "Newcastle, forced to plan for life without their captain, moved swiftly. "
        "Teo Vrdoljak joined from Dinamo Zagreb for £30m, and Ivan Marek arrived from Slavia Prague on the final day."
    )
    claims = claims_of(pipeline, text, published="2025-09-03")
    for player, origin in (("Vrdoljak", "hr:gnk-dinamo-zagreb"), ("Marek", "cz:sk-slavia-praha")):
        claim = one(claims, player, "Newcastle")
        assert (claim.stage, claim.from_club.id) == ("completed", origin)


def test_a_headline_on_the_line_above_the_text_is_its_own_sentence(pipeline):
    """Pages give their <h1> as a line of its own, with no blank line before the story."""
    text = "Chelsea bid for Bowen\nChelsea have submitted a £60m bid for West Ham captain Jarrod Bowen.\n"
    bid = one(claims_of(pipeline, text), "Jarrod Bowen", "Chelsea")
    assert bid.stage == "bid"
    assert bid.evidence.text in ("Chelsea bid for Bowen", text.splitlines()[1])  # one line, not both


@pytest.mark.parametrize(
    "sentence, to, stage",
    [
        ("Brentford are close to signing Tomas Vrba from Sparta Prague.", "Brentford", "agreed"),
        (
            "Everton have stepped up their efforts to sign Tomas Vrba, 23, from Sparta Prague.",
            "Everton",
            "interest",
        ),
        ("Fulham are in pole position to land Sparta Prague's Tomas Vrba.", "Fulham", "interest"),
        ("Sparta Prague striker Tomas Vrba will have a medical at Burnley on Friday.", "Burnley", "agreed"),
        ("Leeds have failed in their bid to sign Sparta Prague striker Tomas Vrba.", "Leeds", "collapsed"),
        ("Wolves have been offered Sparta Prague forward Tomas Vrba on loan.", "Wolves", "interest"),
        (
            "Brighton are set to beat Leeds to the signing of Tomas Vrba from Sparta Prague.",
            "Brighton",
            "interest",
        ),
        (
            "Sparta Prague striker Tomas Vrba wants to cut short his loan so he can join Celtic.",
            "Celtic",
            "interest",
        ),
        (
            "West Ham's hopes of signing Sparta Prague striker Tomas Vrba have been boosted.",
            "West Ham",
            "interest",
        ),
        ("Signing Tomas Vrba from Sparta Prague remains Newcastle's top priority.", "Newcastle", "interest"),
        ("Sparta Prague have agreed to let Tomas Vrba join Rangers on loan.", "Rangers", "agreed"),
        (
            "Fulham are expected to move in January for Sparta Prague striker Tomas Vrba.",
            "Fulham",
            "interest",
        ),
        ("Leeds are hoping to beat Burnley to sign Sparta Prague striker Tomas Vrba.", "Leeds", "interest"),
        ("Celtic have offered Sparta Prague striker Tomas Vrba a two-year contract.", "Celtic", "talks"),
        ("Celtic are close to signing free agent Tomas Vrba.", "Celtic", "agreed"),
    ],
)
def test_gossip_column_wording(pipeline, sentence, to, stage):
    claim = one(claims_of(pipeline, sentence), "Tomas Vrba", to)
    assert claim.stage == stage


def test_contract_of_a_named_player_is_an_extension(pipeline):
    claim = one(claims_of(pipeline, "Napoli are working to extend the contract of striker Tomas Vrba."))
    assert claim.to_club.name == "Napoli" and claim.type == "extension"


def test_nations_in_descriptors_are_not_names(pipeline):
    text = "Arsenal want Ivory Coast defender Tomas Vrba and United States winger Kofi Mensah, 21."
    extraction = extract_text(text, published="2026-01-10", pipeline=pipeline)
    assert {c.player.name for c in extraction.claims} == {"Tomas Vrba", "Kofi Mensah"}
    assert {c.to_club.name for c in extraction.claims} == {"Arsenal"}
    assert not [e for e in extraction.entities if e.ref.name in ("Ivory Coast", "United States")]


def test_bare_united_is_manchester_united_when_nothing_else_decides(pipeline):
    assert (
        one(claims_of(pipeline, "United want Sparta Prague striker Tomas Vrba.")).to_club.name
        == "Manchester United"
    )


def test_a_manager_who_once_played_is_no_player_of_the_claim(pipeline):
    text = "Manchester United boss Ole Gunnar Solskjaer wants to sign Sparta Prague striker Tomas Vrba."
    claims = claims_of(pipeline, text, published="2021-10-01")
    assert [(c.player.name, c.to_club.name) for c in claims] == [("Tomas Vrba", "Manchester United")]


def test_a_seller_is_the_club_a_player_is_at(pipeline):
    text = (
        "Real Madrid are prepared to sell Tomas Vrba, with Arsenal ready to make a move for the 22-year-old."
    )
    claim = one(claims_of(pipeline, text), "Tomas Vrba")
    assert claim.to_club.name == "Arsenal" and claim.from_club.name == "Real Madrid"


def test_club_history_keeps_a_loan_return_before_the_move_after_it(pipeline):
    # Mbappé: on loan from Monaco in 2017, back at Monaco on 30 June 2018, bought by PSG the next day
    claim = one(claims_of(pipeline, "Real Madrid want Kylian Mbappe.", published="2021-11-01"))
    assert claim.from_club.name == "Paris Saint-Germain"


def test_the_player_to_be_replaced_is_not_the_one_moving(pipeline):
    text = "Burnley see Sparta Prague striker Tomas Vrba, 24, as a replacement for Chris Wood."
    claims = claims_of(pipeline, text, published="2021-12-01")
    assert [(c.player.name, c.to_club.name) for c in claims] == [("Tomas Vrba", "Burnley")]


def test_words_for_a_club_between_from_and_its_name(pipeline):
    text = "Bayern Munich have agreed a fee to sign Tomas Vrba from Bundesliga rivals RB Leipzig."
    claim = one(claims_of(pipeline, text))
    assert claim.to_club.name == "Bayern Munich" and claim.from_club.name == "RB Leipzig"


def test_a_pasted_roundup_with_item_headlines_and_source_lines(pipeline):
    # one line per paragraph, no blank lines: each headline starts an item with its own source
    text = (
        "Valmoro set for Porto medical\n"
        "Porto have agreed a €9m fee with Braga for winger Tiago Valmoro. (Source: Record)\n"
        "Leeds eye Vrba\n"
        "Leeds have opened talks with Sparta Prague over striker Tomas Vrba.\n"
        "He scored 14 goals last season. (Source: Sky Sports)\n"
        "DONE DEALS\n"
        "OFFICIAL: Lens have signed Kofi Baah from Genk. (Source: RC Lens)\n"
        "OFFICIAL: Ajax have signed striker Jonas Wik from Twente. (Source: AFC Ajax)\n"
    )
    claims = claims_of(pipeline, text)
    ferreira = one(claims, "Tiago Valmoro", "Porto")
    assert ferreira.stage == "agreed" and ferreira.origin.name == "Record"
    vrba = one(claims, "Tomas Vrba", "Leeds")
    assert vrba.stage == "talks" and vrba.origin.name == "Sky Sports"
    assert "Twente" in one(claims, "Jonas Wik", "Ajax").from_club.name
    assert one(claims, "Kofi Baah").to_club.name == "Lens"
    assert len(claims) == 4


def test_an_unknown_one_word_outlet_named_as_an_outlet_is_the_origin(pipeline):
    text = "According to Italian outlet Leggo, Chelsea want Sparta Prague striker Tomas Vrba."
    assert one(claims_of(pipeline, text)).origin.name == "Leggo"


def test_club_words_for_a_player_and_nations_before_positions(pipeline):
    text = "Liverpool are keen on Bologna star Tomas Vrba, the Austria midfielder."
    extraction = extract_text(text, published="2026-01-10", pipeline=pipeline)
    claim = one(extraction.claims)
    assert claim.to_club.name == "Liverpool" and claim.from_club.name == "Bologna"
    assert not [e for e in extraction.entities if e.kind == "club" and "Austria" in e.ref.name]


def test_a_descriptor_points_past_a_club_official_to_the_player(pipeline):
    text = (
        "Aston Villa midfielder Jack Grealish has no plans to leave, his agent said on Monday.\n\n"
        "A newspaper quoted Villa chief executive Tomas Dvorak as saying the club had discussed the sale "
        "of the English midfielder to Manchester City."
    )
    claim = one(claims_of(pipeline, text, published="2021-06-20"), to="Manchester City")
    assert claim.player.name == "Jack Grealish" and claim.stage == "talks"


def test_live_blog_entries_start_at_their_timestamps(pipeline):
    text = (
        "18:36 (BST)\n"
        "Sparta Prague have confirmed the loan of Tomas Vrba to Burnley.\n"
        "18:20 (BST)\n"
        "According to Sky Sports, Leeds have made a £5m offer for Celtic defender Jonas Wik.\n"
        "17:55 (BST)\n"
        "Lukas Kral is reportedly close to joining Everton. The Serbia midfielder was seen at the training ground."
    )
    claims = claims_of(pipeline, text)
    assert one(claims, "Tomas Vrba", "Burnley").origin is None  # "(BST)" credits no one
    assert one(claims, "Jonas Wik", "Leeds").origin.name == "Sky Sports"
    kral = one(claims, "Lukas Kral", "Everton")
    assert kral.origin is None or kral.origin.name != "Sky Sports"  # not carried into the next entry


def test_an_ambiguous_metonym_takes_the_club_named_last(pipeline):
    text = (
        "Bayern Munich have rejected a bid from Chelsea for Tomas Vrba. Meanwhile, the London club "
        "have made a €25m offer for Torino defender Jonas Wik."
    )
    assert one(claims_of(pipeline, text), "Jonas Wik").to_club.name == "Chelsea"


def test_a_coachs_surname_alone_is_the_coach_not_a_namesake_player(pipeline):
    claims = claims_of(pipeline, "Allegri wants Milan to sign Sparta Prague striker Tomas Vrba.")
    assert [(c.player.name, c.to_club.name) for c in claims] == [("Tomas Vrba", "AC Milan")]


def test_a_known_surname_inside_a_hyphenated_name_is_not_that_player(pipeline):
    # "Boateng" and "Frimpong" are names in the KB; here they are parts of other players' names
    claims = claims_of(
        pipeline,
        "West Ham are keen on Porto winger Kwame Asante-Boateng, 22. "
        "Fulham have also asked about Lens forward Yaw Boateng-Frimpong.",
    )
    assert {(c.player.name, c.to_club.name) for c in claims} == {
        ("Kwame Asante-Boateng", "West Ham"),
        ("Yaw Boateng-Frimpong", "Fulham"),
    }


def test_a_one_word_player_name_before_an_unknown_surname_is_someone_new(pipeline):
    # "Femi" alone names a player in the KB; "Femi Adebanjo" is another man
    claim = one(claims_of(pipeline, "Everton have made an offer for Lyon forward Femi Adebanjo, 21."))
    assert claim.player.name == "Femi Adebanjo" and claim.to_club.name == "Everton"


def test_an_agents_surname_later_on_is_still_the_agent(pipeline):
    text = (
        "Sparta Prague striker Tomas Vrba's agent Marek Dvorak has offered the 24-year-old to Barcelona. "
        "Dvorak has also held talks with Juventus."
    )
    claims = claims_of(pipeline, text)
    assert {c.player.name for c in claims} == {"Tomas Vrba"}
    assert one(claims, "Tomas Vrba", "Barcelona").stage == "interest"


def test_a_club_offering_its_own_player_is_selling_him(pipeline):
    text = (
        "Sevilla have offered 27-year-old winger Tomas Vrba to Everton, but the Merseyside club "
        "are cool on the former Liverpool man. Meanwhile, Ajax have offered a new contract to Jonas Wik."
    )
    claims = claims_of(pipeline, text, published="2026-01-05")
    assert [(c.player.name, c.from_club.name, c.to_club.name) for c in claims if c.type != "extension"] == [
        ("Tomas Vrba", "Sevilla", "Everton")
    ]


def test_an_arrival_from_a_club_goes_where_the_kb_says_he_went(pipeline):
    # the text names only the club he left; the transfer records know where he joined
    text = (
        "It has been a busy summer. Florian Wirtz arrived from Bayer Leverkusen last month, and "
        "Eberechi Eze's £60m arrival from Crystal Palace followed in August."
    )
    claims = claims_of(pipeline, text, published="2025-09-09")
    assert one(claims, "Florian Wirtz").to_club.name == "Liverpool"
    eze = one(claims, "Eberechi Eze")
    assert eze.to_club.name == "Arsenal" and eze.stage == "completed" and eze.tense == "completed"


def test_a_proposed_arrival_is_not_a_done_deal(pipeline):
    text = "Leeds are closing in on the proposed arrival of Tomas Vrba from Sparta Prague."
    assert one(claims_of(pipeline, text, published="2026-01-10"), "Tomas Vrba", "Leeds").stage != "completed"


def test_each_player_of_a_list_comes_from_the_club_named_after_him(pipeline):
    text = "Leeds brought in Tomas Vrba from Ajax and Jonas Wik from Celtic last summer."
    claims = claims_of(pipeline, text, published="2025-09-09")
    assert {(c.player.name, c.from_club.name, c.to_club.name) for c in claims} == {
        ("Tomas Vrba", "Ajax", "Leeds"),
        ("Jonas Wik", "Celtic", "Leeds"),
    }


def test_places_dates_and_venues_are_not_players(pipeline):
    text = (
        "ISTANBUL, Jan 5 - Trabzonspor have signed Norwich City striker Tomas Vrba on loan. "
        "Hull City had also wanted him but could not match the Black Sea club's offer. "
        "His goals at Tallaght Stadium caught the eye of Mainz, who sent a scout to Dublin twice."
    )
    claims = claims_of(pipeline, text, published="2026-01-05")
    assert {c.player.name for c in claims} == {"Tomas Vrba"}
    assert one(claims, "Tomas Vrba", "Trabzonspor").stage == "completed"


def test_a_coachs_own_move_is_no_players_claim(pipeline):
    text = (
        "The deal is the first piece of business since Thomas Frank left for Tottenham, and the "
        "club's scouts had identified Tomas Vrba as a priority."
    )
    assert not [c for c in claims_of(pipeline, text, published="2025-07-02") if c.to_club.name == "Tottenham"]


def test_a_coach_returning_to_a_club_takes_no_player_with_him(pipeline):
    text = (
        "Everton's players were stunned to hear manager Carlo Ancelotti was returning to Real Madrid, "
        "with forward Tomas Vrba, 24, now considering his future at the club."
    )
    assert not [
        c for c in claims_of(pipeline, text, published="2021-06-02") if c.to_club.name == "Real Madrid"
    ]


def test_whose_club_contract_names_the_club_he_leaves(pipeline):
    text = "Tomas Vrba, whose Ajax contract ran out on Monday, is in talks with Celtic about a move."
    claim = one(claims_of(pipeline, text, published="2025-07-02"))
    assert (claim.from_club.name, claim.to_club.name) == ("Ajax", "Celtic")
    text = "Celtic have held talks with Tomas Vrba about joining when the striker's Ajax contract expires."
    assert [c.to_club.name for c in claims_of(pipeline, text, published="2025-07-02")] == ["Celtic"]


def test_a_nationality_describes_the_player_not_the_director_quoted_before(pipeline):
    text = (
        "Brentford director of football Tomas Dvorak confirmed talks with Benfica over left-back "
        'Jonas Wik. "We like him," Dvorak said.\n\n'
        "The Brazilian, who joined Benfica from Fluminense in 2023, has two years left on his contract."
    )
    claims = claims_of(pipeline, text, published="2025-08-01")
    assert {c.player.name for c in claims} == {"Jonas Wik"}


def test_a_list_of_moves_that_leaves_the_verb_out_keeps_it(pipeline):
    text = "Leeds were busy in the summer: Tomas Vrba came from Ajax, Jonas Wik from Celtic, and Kofi Baah from Lens."
    claims = claims_of(pipeline, text, published="2025-10-01")
    assert {(c.player.name, c.from_club.name, c.to_club.name, c.stage) for c in claims} == {
        ("Tomas Vrba", "Ajax", "Leeds", "completed"),
        ("Jonas Wik", "Celtic", "Leeds", "completed"),
        ("Kofi Baah", "Lens", "Leeds", "completed"),
    }


def test_every_club_of_a_list_of_suitors_after_a_comma_wants_him(pipeline):
    text = (
        "Sparta Prague striker Tomas Vrba is attracting interest from Brighton, Burnley, Newcastle "
        "and Southampton. Celtic are keen on Jonas Wik, but Ajax, Feyenoord and PSV are also looking "
        "at the 24-year-old."
    )
    claims = claims_of(pipeline, text, published="2025-07-01")
    assert {c.to_club.name for c in claims if c.player.name == "Tomas Vrba"} == {
        "Brighton",
        "Burnley",
        "Newcastle",
        "Southampton",
    }
    assert {c.to_club.name for c in claims if c.player.name == "Jonas Wik"} >= {"Celtic", "Ajax", "Feyenoord"}


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("Leeds complete the £18m signing of Tomas Vrba from Ajax.", "completed"),
        ("Leeds are set to confirm the signing of Tomas Vrba from Ajax on Wednesday.", "agreed"),
        ("Leeds hope to complete the £18m signing of Tomas Vrba from Ajax this week.", "interest"),
        (
            "If Leeds do not complete the signing of Tomas Vrba from Ajax, they will look elsewhere.",
            "interest",
        ),
        ("A pre-contract agreement could be signed with Leeds by Tomas Vrba of Ajax in January.", "interest"),
        ("Ajax striker Tomas Vrba has refused to rule out a move to Leeds.", "interest"),
        ("Leeds have not ruled out a move for Ajax striker Tomas Vrba.", "interest"),
        ("Leeds have ruled out a move for Ajax striker Tomas Vrba.", "denied"),
    ],
)
def test_a_signing_is_done_only_when_the_words_say_it_is(pipeline, sentence, stage):
    assert one(claims_of(pipeline, sentence, published="2026-01-10"), "Tomas Vrba", "Leeds").stage == stage


def test_a_buyer_bringing_in_its_own_players_is_their_destination(pipeline):
    # the KB has all three at Manchester United in the autumn of 2025, and knows where they came from
    text = (
        "Manchester United spent more than £200m on attackers, bringing in Matheus Cunha, "
        "Bryan Mbeumo and Benjamin Šeško, and then moved players on."
    )
    claims = claims_of(pipeline, text, published="2025-10-01")
    assert {(c.from_club.name, c.to_club.name, c.stage) for c in claims} == {
        ("Wolves", "Manchester United", "completed"),
        ("Brentford", "Manchester United", "completed"),
        ("RB Leipzig", "Manchester United", "completed"),
    }


def test_a_target_identified_or_priced_is_interest_and_a_coach_appointed_is_no_transfer(pipeline):
    text = (
        "Lille have identified Utrecht teenager Tomas Vrba as a potential replacement. "
        "Juventus will have to pay £30m for Celtic defender Jonas Wik, 24. "
        "Aston Villa will need to pay Rangers £2m if they decide to appoint Steven Gerrard as manager."
    )
    claims = claims_of(pipeline, text, published="2025-10-01")
    assert {(c.player.name, c.to_club.name, c.stage) for c in claims} == {
        ("Tomas Vrba", "Lille", "interest"),
        ("Jonas Wik", "Juventus", "interest"),
    }


def test_clubs_only_linked_with_a_player_stay_at_interest(pipeline):
    text = (
        "Ajax striker Tomas Vrba, who has been linked with Everton and Lille, is set to join Celtic on loan. "
        "Leeds are in talks to sign Jonas Wik but face competition from Burnley."
    )
    stages = {
        (c.player.name, c.to_club.name): c.stage for c in claims_of(pipeline, text, published="2026-01-10")
    }
    assert stages[("Tomas Vrba", "Celtic")] == "agreed"
    assert stages[("Tomas Vrba", "Everton")] == stages[("Tomas Vrba", "Lille")] == "interest"
    assert stages[("Jonas Wik", "Leeds")] == "talks" and stages[("Jonas Wik", "Burnley")] == "interest"


def test_a_past_loan_spell_is_a_completed_loan_of_its_own(pipeline):
    text = (
        "Leeds are eyeing a season-long loan for Manchester City centre-back Tomas Vrba, 20, "
        "who spent last season on loan at Coventry City. "
        "Celtic's Jonas Wik, currently on loan at Spanish club Getafe, has agreed personal terms with Lille. "
        "Everton want to bring back Kofi Baah after he spent last season on loan at the club."
    )
    claims = claims_of(pipeline, text, published="2026-06-05")
    leeds, coventry = one(claims, "Vrba", "Leeds"), one(claims, "Vrba", "Coventry")
    assert (leeds.stage, leeds.type, leeds.tense) == ("interest", "loan", "prospective")
    assert (coventry.stage, coventry.type, coventry.tense) == ("completed", "loan", "completed")
    assert coventry.from_club.name == "Manchester City" and coventry.window is None
    # the loan's words neither make the news a loan nor a done deal, nor take Lille's place
    lille = one(claims, "Wik", "Lille")
    assert (lille.stage, lille.type, lille.from_club.name) == ("agreed", "unknown", "Celtic")
    assert one(claims, "Wik", "Getafe").stage == "completed"
    assert not [
        c for c in claims if c.to_club and c.to_club.name == "Athletic Club"
    ]  # "Spanish club" is Getafe
    # a club he would go back to is news, not only history
    assert one(claims, "Baah", "Everton").stage == "interest"


def test_a_completed_switch_told_with_adjectives_is_done(pipeline):
    text = (
        "Tomas Vrba completed his long-awaited switch from Sporting to Arsenal for €60m, "
        "and Jonas Wik went home to Celtic on a free transfer."
    )
    claims = claims_of(pipeline, text, published="2025-09-03")
    assert one(claims, "Vrba", "Arsenal").stage == "completed"
    assert one(claims, "Wik", "Celtic").stage == "completed"


def test_live_blog_entries_that_open_player_to_club(pipeline):
    text = (
        "Deadline day live\n\n"
        "21:40 Tomas Vrba to Leeds – medical under way.\n\n"
        "20:15 Jonas Wik's loan to Celtic from Brentford is done.\n\n"
        "19:05 Kofi Baah to Everton – back on.\n\n"
        "18:30 Everton are back on track after a win over Leeds."
    )
    claims = claims_of(pipeline, text, published="2026-02-02")
    assert one(claims, "Vrba", "Leeds").stage == "agreed"
    wik = one(claims, "Wik", "Celtic")
    assert (wik.stage, wik.type, wik.from_club.name) == ("agreed", "loan", "Brentford")
    assert one(claims, "Baah", "Everton").stage == "talks"
    assert len(claims) == 3


def test_a_fan_site_buying_as_we_means_the_club_its_name_calls_up(pipeline):
    text = (
        "Why Vrba would suit us\n\n"
        "According to Sky Sports, we have made initial contact with Porto about Tomas Vrba. "
        "Atletico Madrid are keen on Jonas Wik, and Atletico Madrid have watched him twice; "
        "Atletico Madrid scouts were at the game. "
        '"We want to sign a striker," said the Porto coach.'
    )
    claims = claims_of(pipeline, text, published="2026-01-09", outlet="Gunners Daily")
    vrba = one(claims, "Vrba")
    assert (vrba.to_club.name, vrba.from_club.name, vrba.stage) == ("Arsenal", "Porto", "talks")
    # a quoted "we" is the speaker's, not the site's
    assert {c.to_club.name for c in claims} == {"Arsenal", "Atletico Madrid"}


def test_a_club_holding_out_for_a_sale_is_the_seller_and_an_items_descriptor_is_its_player(pipeline):
    text = (
        "Tomas Vrba: Napoli want the Czech on loan. Ajax want a permanent sale, and talks go on.\n\n"
        "Nico González: according to reports in Spain, Sevilla are preparing an offer for the Argentine, "
        "who has struggled since arriving from Lazio."
    )
    claims = claims_of(pipeline, text, published="2025-08-01")
    # the KB's Nico González is Spanish: a dual national or a namesake, still the item's own player
    assert {(c.player.name, c.to_club.name) for c in claims} == {
        ("Tomas Vrba", "Napoli"),
        ("Nico González", "Sevilla"),
    }


def test_a_club_that_sends_a_player_away_is_the_seller_and_respectively_pairs_in_order(pipeline):
    text = (
        "On the loan front, Chelsea sent Tomas Vrba to Rangers for the season. "
        "Celtic have agreed a season-long loan with an obligation to buy with Lazio for winger Jonas Wik. "
        "The Cherries lose players every year: Kofi Baah, Lars Eng and Omar Diallo were sold to Ajax, "
        "Porto and Lille respectively in the summer, and yet Bournemouth's side kept winning. "
        "Leeds signed Tobias Marr as back-up to Lucas Perri."
    )
    claims = claims_of(pipeline, text, published="2025-09-03")
    vrba = one(claims, "Vrba")
    assert (vrba.to_club.name, vrba.from_club.name, vrba.stage) == ("Rangers", "Chelsea", "completed")
    wik = one(claims, "Wik")
    assert (wik.to_club.name, wik.from_club.name, wik.stage) == ("Celtic", "Lazio", "agreed")
    assert {
        (c.player.name, c.to_club.name)
        for c in claims
        if c.player.name in ("Kofi Baah", "Lars Eng", "Omar Diallo")
    } == {
        ("Kofi Baah", "Ajax"),
        ("Lars Eng", "Porto"),
        ("Omar Diallo", "Lille"),
    }
    assert not [c for c in claims if c.player.name == "Lucas Perri"]  # the keeper he backs up stays
    assert one(claims, "Marr", "Leeds").stage == "completed"


def test_buyers_signing_from_taking_on_loan_and_a_wish_to_sign(pipeline):
    text = (
        "Leeds were the biggest spenders, signing Tomas Vrba from Ajax and Jonas Wik from Celtic. "
        "Rangers took Norwich striker Kofi Baah on a six-month loan. "
        "Everton are interested in bringing in Lazio striker Lars Eng, and Fulham have opened talks over "
        "signing Omar Diallo on loan from Lille."
    )
    stages = {
        (c.player.name, c.to_club.name): (c.stage, c.from_club and c.from_club.name)
        for c in claims_of(pipeline, text, published="2026-02-03")
    }
    assert stages[("Tomas Vrba", "Leeds")] == ("completed", "Ajax")
    assert stages[("Jonas Wik", "Leeds")] == ("completed", "Celtic")
    assert stages[("Kofi Baah", "Rangers")] == ("completed", "Norwich")
    assert stages[("Lars Eng", "Everton")][0] == "interest"
    assert stages[("Omar Diallo", "Fulham")] == ("talks", "Lille")


def test_they_or_the_club_in_the_market_is_the_club_that_opened_the_clause(pipeline):
    text = (
        "Leeds have already agreed deals for Ajax midfielder Tomas Vrba and Celtic left-back Jonas Wik, "
        "and they are in talks with Burnley over a summer move for goalkeeper Kofi Baah.\n\n"
        "Everton want a striker. The club have also made an enquiry about Lazio forward Lars Eng. "
        "Fulham could move for Lille defender Omar Diallo if they sell one of their own."
    )
    claims = claims_of(pipeline, text, published="2025-06-09")
    assert {(c.player.name, c.to_club.name, c.stage) for c in claims} == {
        ("Tomas Vrba", "Leeds", "agreed"),
        ("Jonas Wik", "Leeds", "agreed"),
        ("Kofi Baah", "Leeds", "talks"),
        ("Lars Eng", "Everton", "talks"),
        ("Omar Diallo", "Fulham", "interest"),
    }


def test_the_player_a_signing_would_back_up_is_not_the_subject_that_follows(pipeline):
    text = (
        "Leeds have opened talks with Ajax over Tomas Vrba, and see him as back-up for Jonas Wik. "
        "Fulham are also keen on a January deal. Everton want a striker."
    )
    claims = claims_of(pipeline, text, published="2025-12-01")
    assert {(c.player.name, c.to_club.name) for c in claims} == {
        ("Tomas Vrba", "Leeds"),
        ("Tomas Vrba", "Fulham"),
    }


def test_a_window_review_headline_names_where_untold_arrivals_went(pipeline):
    text = (
        "Tomas Vrba arrived from Ajax for £20m, and the club completed the £38m capture of Jonas Wik "
        "from Celtic. Kofi Baah's loan from Lazio was made permanent."
    )
    article = extract_text(
        text, published="2026-08-20", title="Leeds transfer news: the summer so far", pipeline=pipeline
    )
    assert {(c.player.name, c.to_club.name, c.from_club.name, c.stage) for c in article.claims} == {
        ("Tomas Vrba", "Leeds", "Ajax", "completed"),
        ("Jonas Wik", "Leeds", "Celtic", "completed"),
        ("Kofi Baah", "Leeds", "Lazio", "completed"),
    }
    # a headline that opens with a suitor says nothing of where untold arrivals went
    other = extract_text(
        text, published="2026-08-20", title="Leeds make contact over Diallo", pipeline=pipeline
    )
    assert not [c for c in other.claims if c.to_club and c.to_club.name == "Leeds"]


def test_a_club_named_once_then_they_in_a_review_of_its_window(pipeline):
    text = (
        "Hearts had a busy winter. They brought in Norwegian striker Tomas Vrba from Rosenborg in January, "
        "and they let veteran centre-back Jonas Wik join Livingston. "
        "Leeds have made one addition, completing the £18m signing of winger Kofi Baah from Lyon, "
        "and Everton are completing the signing of Lars Eng from Lille."
    )
    claims = claims_of(pipeline, text, published="2026-03-01")
    assert {(c.player.name, c.to_club.name, c.stage) for c in claims} >= {
        ("Tomas Vrba", "Hearts", "completed"),
        ("Jonas Wik", "Livingston", "completed"),
        ("Kofi Baah", "Leeds", "completed"),
    }
    assert one(claims, "Wik").from_club.name == "Hearts"
    assert one(claims, "Eng").stage == "agreed"


def test_the_club_an_offer_of_a_sum_comes_from_is_the_suitor(pipeline):
    text = "Ajax have rejected bids of £25m and £30m from Aston Villa for midfielder Tomas Vrba."
    vrba = one(claims_of(pipeline, text, published="2025-08-01"), "Vrba")
    assert (vrba.to_club.name, vrba.from_club.name, vrba.stage) == ("Aston Villa", "Ajax", "rejected")


def test_a_name_the_records_know_from_a_long_finished_career_is_no_player_now(pipeline):
    # Max Eberl's last move in the transfer records is from 1999: in 2026 he speaks as a director
    text = (
        "Max Eberl has confirmed that Bayern Munich are in negotiations with VfB Stuttgart over Tomas Vrba."
    )
    claims = claims_of(pipeline, text, published="2026-07-01")
    assert [(c.player.name, c.to_club.name, c.stage) for c in claims] == [
        ("Tomas Vrba", "Bayern Munich", "talks")
    ]


def test_a_coach_he_played_under_and_a_star_he_understudied_are_not_moving(pipeline):
    text = (
        "Tottenham have opened talks with Everton over Tomas Vrba. He was sent on a season-long loan to "
        "PSV Eindhoven in 2022, where he played regularly under Ruud van Nistelrooy. "
        "Jonas Wik spent two years as Erling Haaland's understudy. Real Madrid are also keen on a summer deal."
    )
    claims = claims_of(pipeline, text, published="2025-07-29")
    assert {c.player.name for c in claims} == {"Tomas Vrba", "Jonas Wik"}
    assert one(claims, "Wik", "Real Madrid").stage == "interest"


def test_money_received_from_a_club_is_a_sale_to_it_and_money_spent_on_a_player_a_signing(pipeline):
    text = (
        "Borussia Dortmund are closing in on a deal for Tomas Vrba.\n\n"
        "Dortmund can afford to move quickly. They received £48.5m from Chelsea for Jonas Wik "
        "at the start of the month, and the club had already spent €30.5m on Kofi Baah, "
        "who arrived from Sunderland in June."
    )
    claims = claims_of(pipeline, text, published="2025-07-08")
    wik = one(claims, "Wik")
    assert (wik.from_club.name, wik.to_club.name, wik.stage) == ("Borussia Dortmund", "Chelsea", "completed")
    baah = one(claims, "Baah")
    assert (baah.from_club.name, baah.to_club.name, baah.stage) == (
        "Sunderland",
        "Borussia Dortmund",
        "completed",
    )


def test_a_fan_sites_cheer_is_no_name_and_counts_for_its_club(pipeline):
    text = (
        "Milan open talks with Benfica over Vrba loan\n\n"
        "We are finally doing something about the number 9 problem. Milan have opened talks with "
        "Benfica over a loan for Tomas Vrba. Benfica would prefer an obligation to buy. "
        "It is worth remembering last summer. Jonas Wik arrived on a free transfer from Real Madrid. "
        "Forza Milan."
    )
    result = extract_text(text, published="2026-01-14", outlet="Curva Sud Chronicle", pipeline=pipeline)
    assert not [e for e in result.entities if e.kind == "person" and "Forza" in e.ref.name]
    wik = one(result.claims, "Wik")
    assert (wik.from_club.name, wik.to_club.name) == ("Real Madrid", "AC Milan")


def test_they_is_the_one_club_the_paragraph_makes_a_subject_and_buys_each_player_it_takes(pipeline):
    text = (
        "Hearts land Vrba on a pre-contract\n\n"
        "Heart of Midlothian have agreed a pre-contract with Dundee United midfielder Tomas Vrba.\n\n"
        "It is not the first piece of business Hearts have done in 2026. They brought in striker "
        "Jonas Wik from Aberdeen for around £1.2m in January, and took Brighton youngster Kofi Baah "
        "on loan until the end of the season. Going the other way, they let Lars Eng join Livingston.\n\n"
        "Omar Diallo arrived on a free transfer from Rangers, and the club are keen to keep him."
    )
    claims = claims_of(pipeline, text, published="2026-03-04")
    wik = one(claims, "Wik")
    # the loan is Baah's: each player has the terms named between him and the next
    assert (wik.to_club.name, wik.type) == ("Hearts", "permanent")
    baah = one(claims, "Baah")
    assert (baah.from_club.name, baah.to_club.name, baah.type) == ("Brighton", "Hearts", "loan")
    assert one(claims, "Eng").from_club.name == "Hearts"
    # "from Rangers" names no subject: "the club" is not Rangers
    assert "Rangers" not in {c.to_club.name for c in claims if c.to_club}


def test_a_club_that_lost_a_player_to_another_sold_him_and_a_league_is_no_player(pipeline):
    text = (
        "Palace already lost Tomas Vrba to Arsenal for £60m in the summer. "
        "Leeds lost 2-0 to Everton on Saturday, and Jonas Wik lost his place to Kofi Baah. "
        "Lars Eng spent last season on loan at Mirandés in the Segunda División."
    )
    claims = claims_of(pipeline, text, published="2025-12-10")
    vrba = one(claims, "Vrba")
    assert (vrba.from_club.name, vrba.to_club.name, vrba.stage) == ("Crystal Palace", "Arsenal", "completed")
    assert {c.player.name for c in claims} == {"Tomas Vrba", "Lars Eng"}


def test_a_journalists_name_does_not_stop_a_suitor_sentence_from_meaning_the_story_player(pipeline):
    text = (
        "Everton have lodged a £22million bid for Brest forward Tomas Vrba, according to David "
        "Ornstein of The Athletic.\n\n"
        "The Toffees are not alone in tracking the Czech. Ornstein adds that Lens made an "
        "enquiry earlier this month."
    )
    claims = claims_of(pipeline, text, published="2025-06-19")
    lens = one(claims, "Vrba", "Lens")
    assert lens.origin.name == "David Ornstein"


def test_a_suitor_talking_to_the_players_club_is_about_the_story_player(pipeline):
    text = (
        "Fiorentina have agreed a loan with an obligation to buy for Villarreal defender Tomas Vrba.\n\n"
        "The Viola were not the only club in the race. Real Betis held talks with the Yellow Submarine "
        "in June over a loan with an option to buy, but the Andalusian side pulled out when Villarreal "
        "insisted on an obligation instead."
    )
    claims = claims_of(pipeline, text, published="2025-07-09")
    betis = one(claims, "Vrba", "Real Betis")
    assert (betis.from_club.name, betis.stage) == ("Villarreal", "collapsed")
    assert "Villarreal" not in {c.to_club.name for c in claims}


def test_a_first_name_in_a_quote_is_the_player_named_in_full_and_an_agent_turns_to_another_move(pipeline):
    text = (
        "Torino midfielder Matteo Vrba has offers, his agent has revealed. "
        '"Fiorentina and Bologna have both asked for information about Matteo. Bologna have made a '
        'concrete offer to buy him." The agent also confirmed that Inter have asked about his client, but '
        "dismissed reports of a bid from West Ham as fake news."
    )
    claims = claims_of(pipeline, text, published="2026-08-19")
    # "Matteo" alone is also a surname in the KB: in the quote it is the player named in full
    assert {c.player.name for c in claims} == {"Matteo Vrba"}
    stages = {c.to_club.name: c.stage for c in claims}
    assert stages["Bologna"] == "bid" and stages["Inter"] == "talks" and stages["West Ham"] == "denied"


def test_a_former_player_with_a_board_is_a_person(pipeline):
    text = "Benfica sold Tomas Vrba to Real Madrid for €50m in July, and Rui Costa's board had been braced for more offers."
    result = extract_text(text, published="2025-08-26", pipeline=pipeline)
    kinds = {e.ref.name: e.kind for e in result.entities}
    assert kinds["Rui Costa"] == "person"
    assert {c.player.name for c in result.claims} == {"Tomas Vrba"}


def test_suitors_battling_for_a_player_who_turned_down_his_contract_are_only_interested(pipeline):
    text = (
        "Liverpool, Tottenham and Juventus are set to battle it out for Bayern winger Tomas Vrba, 25, "
        "who has turned down an offer of a contract extension with the German club. (Sun)\n\n"
        "Sunderland may try to take Lyon forward Jonas Wik, 19, on loan with an option to buy in January. (Foot Mercato)"
    )
    claims = claims_of(pipeline, text, published="2025-12-16")
    assert {(c.player.name, c.to_club.name, c.stage) for c in claims if c.to_club} >= {
        ("Tomas Vrba", "Liverpool", "interest"),
        ("Tomas Vrba", "Tottenham", "interest"),
        ("Tomas Vrba", "Juventus", "interest"),
        ("Jonas Wik", "Sunderland", "interest"),
    }
    assert one(claims, "Wik").type == "loan_with_option"


def test_an_unknown_name_speaking_about_another_player_is_not_the_one_moving(pipeline):
    text = (
        "The agent of Torino midfielder Tomas Vrba has revealed his client has offers. Paolo Benedetti "
        'said: "Fiorentina and Bologna have both asked for information about Vrba. Bologna have made a '
        'concrete offer to buy him."'
    )
    claims = claims_of(pipeline, text, published="2026-08-19")
    assert {c.player.name for c in claims} == {"Tomas Vrba"}
    assert one(claims, "Vrba", "Bologna").stage == "bid"


@pytest.mark.parametrize(
    ("sentence", "clubs"),
    [
        ("Hearts are among the suitors for Aberdeen midfielder Kofi Baah, 24.", {"Hearts"}),
        ("Aberdeen midfielder Kofi Baah, 24, has a host of suitors including Hearts.", {"Hearts"}),
        (
            "Aberdeen would sell midfielder Kofi Baah, 24, in January, with Hearts and Hibernian the main contenders.",
            {"Hearts", "Hibernian"},
        ),
        (
            "Hearts could turn to Aberdeen midfielder Kofi Baah, 24, if their first choice stays put.",
            {"Hearts"},
        ),
    ],
)
def test_suitors_contenders_and_a_club_turning_to_a_player_are_interest(pipeline, sentence, clubs):
    claims = [c for c in claims_of(pipeline, sentence) if "Kofi Baah" in c.player.name]
    assert {c.to_club.name for c in claims} == clubs
    assert {c.stage for c in claims} == {"interest"}


def test_reaching_out_is_talks_and_letting_a_player_join_is_agreed(pipeline):
    reached = one(claims_of(pipeline, "Hearts have reached out to Aberdeen midfielder Kofi Baah, 24."))
    assert (reached.to_club.name, reached.stage) == ("Hearts", "talks")
    let_go = one(
        claims_of(
            pipeline,
            "Aberdeen have agreed to let 24-year-old Ghanaian midfielder Kofi Baah join Hearts on a season-long loan.",
        )
    )
    assert (let_go.to_club.name, let_go.stage, let_go.type) == ("Hearts", "agreed", "loan")


def test_a_refusal_told_in_passing_belongs_to_the_club_it_names(pipeline):
    text = (
        "Aberdeen midfielder Kofi Baah, 24, is poised to join Hearts after turning down two offers "
        "from Hibernian."
    )
    claims = claims_of(pipeline, text)
    assert one(claims, "Kofi Baah", "Hearts").stage == "agreed"
    assert one(claims, "Kofi Baah", "Hibernian").stage == "rejected"
    rejecting = one(
        claims_of(
            pipeline,
            "Aberdeen are set to keep Kofi Baah after rejecting two bids from Hearts for the 24-year-old.",
        )
    )
    assert (rejecting.to_club.name, rejecting.stage) == ("Hearts", "rejected")


def test_an_unknown_name_after_a_word_for_a_club_is_a_club(pipeline):
    text = (
        "Kofi Baah, 29, is completing a move from Norwegian side Lillestrom Vale to Emirati club Ras Kharma."
    )
    extraction = extract_text(text, published="2026-01-10", pipeline=pipeline)
    kinds = {e.ref.name: e.kind for e in extraction.entities}
    assert kinds["Lillestrom Vale"] == kinds["Ras Kharma"] == "club"
    claim = one(extraction.claims, "Kofi Baah")
    assert (claim.from_club.name, claim.to_club.name, claim.stage) == (
        "Lillestrom Vale",
        "Ras Kharma",
        "agreed",
    )


def test_signing_a_contract_with_another_club_is_a_move_there(pipeline):
    claim = one(
        claims_of(
            pipeline,
            "Aberdeen midfielder Kofi Baah, 29, is on the verge of signing a two-year contract with Scottish side Hearts.",
        )
    )
    assert (claim.to_club.name, claim.stage) == ("Hearts", "agreed")


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("Kofi Baah will have a medical on Monday before completing his move to Hearts.", "agreed"),
        ("Kofi Baah passed a medical on Monday before completing his move to Hearts.", "completed"),
    ],
)
def test_completing_after_a_step_still_to_come_is_not_done(pipeline, sentence, stage):
    assert one(claims_of(pipeline, sentence), "Kofi Baah", "Hearts").stage == stage


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("Hearts have been quoted £5m for Aberdeen midfielder Kofi Baah, 24.", "talks"),
        ("Hearts have offered Aberdeen midfielder Kofi Baah, 24, a three-year deal.", "talks"),
        ("Hearts are optimistic about their chances of signing Aberdeen midfielder Kofi Baah.", "interest"),
        (
            "Hearts scouts were in attendance for the 2-0 win over Motherwell on Saturday to watch Aberdeen "
            "midfielder Kofi Baah.",
            "interest",
        ),
    ],
)
def test_a_price_quoted_a_deal_offered_and_scouts_sent_to_watch(pipeline, sentence, stage):
    claim = one(claims_of(pipeline, sentence), "Kofi Baah")
    assert (claim.to_club.name, claim.stage) == ("Hearts", stage)


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        (
            "Hearts have stepped up efforts to sign Kofi Baah after the midfielder missed out on selection for Ghana.",
            "interest",
        ),
        (
            "Kofi Baah will be frozen out at Aberdeen if he does not leave this month, with Hearts linked with a move.",
            "interest",
        ),
        (
            "Hearts tried to agree a fee with Aberdeen for Kofi Baah, but the midfielder refused to go.",
            "interest",
        ),
    ],
)
def test_a_missed_selection_a_condition_and_an_attempt_are_no_collapse_denial_or_agreement(
    pipeline, sentence, stage
):
    assert one(claims_of(pipeline, sentence), "Kofi Baah", "Hearts").stage == stage


def test_clubs_alerted_are_interested_and_personal_terms_are_agreed_with_the_buyer(pipeline):
    text = (
        "Aberdeen midfielder Kofi Baah, 24, has alerted clubs including Hearts and Hibernian by handing "
        "in a transfer request - but he has already agreed personal terms with Celtic."
    )
    claims = claims_of(pipeline, text)
    assert {(c.to_club.name, c.stage) for c in claims if "Kofi Baah" in c.player.name} == {
        ("Hearts", "interest"),
        ("Hibernian", "interest"),
        ("Celtic", "agreed"),
    }


@pytest.mark.parametrize(
    ("sentence", "stages"),
    [
        (
            "Hearts have agreed to sign Kofi Baah from Aberdeen after Hibernian turned down the chance to sign him.",
            {"Hearts": "agreed"},
        ),
        (
            "Celtic will try to sign Kofi Baah in January after Hearts pulled out of the race for the Aberdeen midfielder.",
            {"Celtic": "interest", "Hearts": "collapsed"},
        ),
        (
            "Hearts failed to sign Aberdeen midfielder Kofi Baah in the summer.",
            {"Hearts": "collapsed"},
        ),
        (
            "Kofi Baah is set to stay at Aberdeen after rejecting moves to Hearts, Celtic and Hibernian.",
            {"Hearts": "rejected", "Celtic": "rejected", "Hibernian": "rejected"},
        ),
    ],
)
def test_a_setback_told_as_what_went_before_belongs_to_the_clubs_it_names(pipeline, sentence, stages):
    claims = [c for c in claims_of(pipeline, sentence) if "Kofi Baah" in c.player.name and c.to_club]
    got = {c.to_club.name: c.stage for c in claims}
    assert {club: got.get(club) for club in stages} == stages


def test_list_items_and_pasted_paragraphs_are_read_one_by_one(pipeline):
    text = (
        "date 2026-01-10\n\n"
        "Latest transfer gossip\n"
        "- Hearts are hopeful of securing a £2m deal with Aberdeen for midfielder Kofi Baah.\n"
        "- Celtic have rejected a bid from Hibernian for striker Jonas Wik.\n"
        "Rangers to complete Lars Eng move\n"
        "Lars Eng is close to joining Rangers from Motherwell.\n"
        "He will have a medical on Monday.\n"
    )
    claims = claims_of(pipeline, text)
    baah, wik = one(claims, "Kofi Baah"), one(claims, "Jonas Wik")
    assert (baah.from_club.name, baah.to_club.name, baah.stage) == ("Aberdeen", "Hearts", "interest")
    assert (wik.from_club.name, wik.to_club.name, wik.stage) == ("Celtic", "Hibernian", "rejected")
    eng = one(claims, "Lars Eng")
    assert (eng.to_club.name, eng.stage) == ("Rangers", "agreed")


def test_a_buy_back_clause_is_no_loan_and_no_price(pipeline):
    text = "Hearts have offered £2m with £500,000 in add-ons plus a £6m buy-back clause for Aberdeen's Kofi Baah."
    claim = one(claims_of(pipeline, text), "Kofi Baah")
    assert (claim.to_club.name, claim.stage, claim.type) == ("Hearts", "bid", "permanent")
    assert (claim.fee.amount, claim.fee.add_ons) == (2_000_000, 500_000)


def test_pulling_out_all_the_stops_is_no_collapse(pipeline):
    text = (
        "Kofi Baah wants his advisers to pull out all the stops to secure his move to Hearts from Aberdeen."
    )
    assert one(claims_of(pipeline, text), "Kofi Baah", "Hearts").stage == "interest"


def test_the_teenager_is_the_young_player_and_a_bracketed_via_is_a_relay(pipeline):
    text = (
        "date 2026-01-10\n\n"
        "Hearts are working on a £2m deal to sign Aberdeen midfielder Kofi Baah, 18.\n\n"
        "Thursday's Corriere dello Sport [via Sport Witness] claims Hearts sporting director Lars Eng "
        "has now held talks with Aberdeen over a summer deal for the teenager."
    )
    claim = one(claims_of(pipeline, text, outlet="Example Football Site"), "Kofi Baah", "Hearts")
    assert claim.stage == "talks" and claim.window == "2026-summer"
    assert claim.origin.name == "Corriere dello Sport"
    assert claim.via[0] == "Sport Witness"


@pytest.mark.parametrize(
    ("published", "window"),
    [("2026-07-28", "2026-summer"), ("2026-01-20", "2026-01"), ("2026-10-14", None)],
)
def test_a_deal_days_away_belongs_to_the_window_open_then(pipeline, published, window):
    text = "Kofi Baah will have a medical at Hearts this weekend after the clubs agreed a fee with Aberdeen."
    assert one(claims_of(pipeline, text, published=published), "Kofi Baah", "Hearts").window == window


def test_an_accepted_bid_with_its_sum_is_agreed_and_add_ons_alone_are_no_price(pipeline):
    text = (
        "Aberdeen have accepted a £4m bid from Hearts for midfielder Kofi Baah.\n"
        "It is understood there is an additional £1m in add-ons as part of the deal according to BBC Sport\n"
        "Baah, 25, joined Aberdeen in 2023 from Motherwell for a club-record fee and has made 121 appearances for the Dons.\n"
        "Hearts are hopeful of completing the move before Thursday's transfer deadline."
    )
    claims = claims_of(pipeline, text, published="2026-08-05")
    move = one(claims, "Kofi Baah", "Hearts")
    assert (move.stage, move.fee.amount, move.window) == ("agreed", 4_000_000, "2026-summer")
    earlier = one(claims, "Kofi Baah", "Aberdeen")
    assert earlier.stage == "completed" and earlier.fee is None
    extra = "Hearts will pay an additional £1m in add-ons for Kofi Baah."
    assert terms.fees(extra, fold(extra)) == []


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("Hearts sign Ghana international Kofi Baah from Aberdeen in a deal worth £2.5million", "completed"),
        ("Hearts seal £2million deal for Aberdeen midfielder Kofi Baah", "completed"),
        ("Hearts have announced the return of midfielder Kofi Baah on loan from Aberdeen.", "completed"),
        ("Hearts will go in a bid to sign midfielder Kofi Baah on loan from Aberdeen.", "interest"),
    ],
)
def test_a_signing_told_in_the_present_is_done_and_one_to_come_is_not(pipeline, sentence, stage):
    claim = one(claims_of(pipeline, sentence, published="2026-08-31"), "Kofi Baah", "Hearts")
    assert (claim.from_club.name, claim.stage) == ("Aberdeen", stage)


def test_the_player_a_long_offer_is_for_is_its_object(pipeline):
    text = (
        "Aberdeen reject an offer rising to £3million from Emirati side Ras Kharma for Kofi Baah, "
        "but sign Hibernian midfielder Jonas Wik."
    )
    claim = one(claims_of(pipeline, text), "Kofi Baah")
    assert (claim.from_club.name, claim.to_club.name, claim.stage) == ("Aberdeen", "Ras Kharma", "rejected")


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("Kofi Baah is understood to have signed for Hearts from Aberdeen.", "completed"),
        ("Hearts should sign Kofi Baah from Aberdeen.", "interest"),
        ("If Hearts sign Kofi Baah from Aberdeen, they will need to sell first.", "interest"),
    ],
)
def test_a_signing_reported_as_done_and_one_only_hoped_for(pipeline, sentence, stage):
    assert one(claims_of(pipeline, sentence), "Kofi Baah", "Hearts").stage == stage


def test_a_reporting_day_gives_way_to_the_window_a_sentence_names(pipeline):
    text = "Hearts told Aberdeen this week that they want to sign Kofi Baah next summer."
    assert one(claims_of(pipeline, text), "Kofi Baah", "Hearts").window == "2026-summer"


def test_a_club_a_player_joined_keeps_its_move_beside_a_refusal_in_passing(pipeline):
    text = "Hearts midfielder Kofi Baah joined from Aberdeen in the summer after turning down offers from Hibernian."
    claims = claims_of(pipeline, text, published="2026-10-10")
    assert one(claims, "Kofi Baah", "Hearts").stage == "completed"
    assert one(claims, "Kofi Baah", "Hibernian").stage == "rejected"


def test_interest_shown_is_interest_and_any_club_of_a_kind_is_no_club(pipeline):
    shown = claims_of(
        pipeline, "Kofi Baah may be on the move this summer, with Hearts showing strong interest."
    )
    assert one(shown, "Kofi Baah").to_club.name == "Hearts"
    text = "Aberdeen would prefer to sell Kofi Baah to an English or Spanish club, rather than Hearts."
    generic = extract_text(text, published="2026-01-10", pipeline=pipeline)
    assert {e.ref.name for e in generic.entities if e.kind == "club"} == {"Aberdeen", "Hearts"}


def test_a_saints_place_name_is_no_surname(pipeline):
    text = "Kofi Baah has been a regular in San Sebastián since joining Real Sociedad from Aberdeen."
    extraction = extract_text(text, published="2026-01-10", pipeline=pipeline)
    assert not [e for e in extraction.entities if e.kind == "person" and "Sebasti" in e.ref.name]


def test_training_grounds_regions_and_derbies_are_no_people(pipeline):
    text = (
        "Kofi Baah trained at Finch Farm on Monday before the Old Firm game, "
        "and clubs in the East Midlands and West Yorkshire have asked about him."
    )
    extraction = extract_text(text, published="2026-01-10", pipeline=pipeline)
    people = {e.ref.name for e in extraction.entities if e.kind == "person"}
    assert not people & {"Finch Farm", "Old Firm", "East Midlands", "West Yorkshire"}


def test_a_done_deals_round_up_the_day_after_the_deadline_is_of_the_window_just_shut(pipeline):
    text = (
        "Deadline day done deals: Hearts reload\n\n"
        "The summer window closed at 7pm on Monday.\n\n"
        "Hearts left it late. Kofi Baah joined on a season-long loan from Aberdeen."
    )
    claim = one(claims_of(pipeline, text, published="2026-09-04"), "Kofi Baah", "Hearts")
    assert (claim.stage, claim.window) == ("completed", "2026-summer")


def test_a_who_aside_is_about_the_player_named_just_before_it(pipeline):
    text = (
        "Hearts are monitoring Aberdeen midfielder Kofi Baah as a replacement for Jonas Wik, "
        "who joined Celtic earlier this week."
    )
    claims = claims_of(pipeline, text)
    assert one(claims, "Jonas Wik", "Celtic").stage == "completed"
    assert not [
        c for c in claims if "Kofi Baah" in c.player.name and c.to_club and c.to_club.name == "Celtic"
    ]
