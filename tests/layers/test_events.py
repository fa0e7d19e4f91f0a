"""The event layer (events.rules.v1) on small hand-written sentences, and its dyad view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from newsevents.config import DEFAULT_STAGES, Settings
from newsevents.errors import PipelineError
from newsevents.layers.events import EventStage, actor_code, dyads
from newsevents.readers import make_article
from newsevents.records import Article, Document, Entity, Event, Mention, Span

# The default pipeline up to the event layer (main_event reads events; events read the rest).
FULL = DEFAULT_STAGES[: DEFAULT_STAGES.index("events.rules.v1") + 1]

Reader = Callable[..., Document]


def _reader(stages: tuple[str, ...]) -> Reader:
    from newsevents.api import get_pipeline

    pipeline = get_pipeline(Settings(stages=stages))

    def run(text: str, published: str = "2024-06-12") -> Document:
        return pipeline.run(make_article(text, published=published, language="en", detect=False))

    return run


@pytest.fixture(scope="module")
def read() -> Reader:
    return _reader(FULL)


@pytest.fixture(scope="module")
def bare(read) -> Reader:
    """Events read again as if the timex, quantity and quote layers had found nothing."""
    stage = EventStage(Settings())

    def run(text: str, published: str = "2024-06-12") -> Document:
        return stage(replace(read(text, published), timexes=(), quantities=(), quotes=()))

    return run


def one(doc: Document, cameo_prefix: str = "") -> Event:
    hits = [e for e in doc.events if (e.cameo or "").startswith(cameo_prefix)]
    assert hits, f"no {cameo_prefix}* event in {[(e.trigger.text, e.cameo) for e in doc.events]}"
    return hits[0]


def countries(doc: Document, ids: tuple[str, ...]) -> set[str | None]:
    ents = {e.id: e for e in doc.entities}
    return {ents[i].country for i in ids}


# -- codes, actors, recipients -----------------------------------------------------------------


def test_signing_an_agreement_is_057_support_with_actor_and_partner(read) -> None:
    doc = read("Poland signed a defence agreement with Ukraine on Tuesday.")
    ev = one(doc, "057")
    assert ev.plover == "SUPPORT" and ev.modality == "asserted"
    assert ev.quad_class == 1 and ev.goldstein == 8.0
    assert countries(doc, ev.actors) == {"POL"}
    assert "UKR" in countries(doc, ev.actors + ev.recipients)
    assert ev.trigger.text == "signed"


def test_a_generic_group_the_verb_acts_on_is_the_target(read) -> None:
    doc = read("Austria will invite architects to submit plans for a redesign of the building.")
    ev = one(doc, "02")
    ents = {e.id: e for e in doc.entities}
    assert [ents[i].name for i in ev.recipients] == ["architects"]
    doc = read("He stated that GM would offer a deferred termination package to dealers.")
    ev = next(e for e in doc.events if e.trigger.text == "offer")
    ents = {e.id: e for e in doc.entities}
    assert [(ents[i].name, ents[i].sector) for i in ev.recipients] == [("dealers", "BUS")]


def test_compound_subject_puts_every_party_in_actors(read) -> None:
    doc = read("Russia and China signed a trade treaty in Beijing.")
    ev = one(doc, "0")
    assert countries(doc, ev.actors) == {"RUS", "CHN"} and ev.recipients == ()
    pairs = {(d.source_code[:3], d.target_code[:3]) for d in dyads(doc, ev)}
    assert pairs == {("RUS", "CHN"), ("CHN", "RUS")}


def test_a_sentence_opening_with_both_takes_the_pair_named_before(read) -> None:
    # a coordinated pair of states: 'Both' is each of them
    doc = read("Brazil and Argentina signed a trade deal. Both criticised the United States.")
    ev = one(doc, "11")
    assert countries(doc, ev.actors) == {"BRA", "ARG"}
    assert countries(doc, ev.recipients) == {"USA"}
    # the only two persons the sentence named, and 'Both of them'
    doc = read("Joe Biden met Xi Jinping in Bali. Both of them criticised Russia.", "2022-11-14")
    ev = one(doc, "11")
    assert countries(doc, ev.actors) == {"USA", "CHN"}
    # a passive subject: the pair is the target
    doc = read(
        "The House impeached two presidents, Bill Clinton and Andrew Johnson. "
        "Both were acquitted in the Senate."
    )
    acquitted = [e for e in doc.events if e.trigger.text == "acquitted"]
    assert acquitted and len(acquitted[0].recipients) == 2


def test_both_abstains_where_the_sentence_before_names_a_third(read) -> None:
    doc = read("Angela Merkel met Emmanuel Macron and Boris Johnson. Both criticised Russia.")
    assert not [e for e in doc.events if e.trigger.text == "criticised"]


def test_passive_voice_swaps_the_roles(read) -> None:
    doc = read("Ukraine was attacked by Russia on Monday.")
    ev = one(doc, "19")
    assert countries(doc, ev.actors) == {"RUS"}
    assert countries(doc, ev.recipients) == {"UKR"}


def test_light_verb_and_nominal_trigger(read) -> None:
    doc = read("Japan held talks with South Korea in Seoul.")
    ev = one(doc, "04")
    assert ev.plover == "CONSULT"
    # the meeting keeps its dyad: the subject -> its "with" partner, the place no party
    assert countries(doc, ev.actors) == {"JPN"}
    assert countries(doc, ev.recipients) == {"KOR"}
    assert "talks" in ev.trigger.text


def test_intent_governor_makes_one_event_a_promised_withdrawal_concede(read) -> None:
    # the coding guide, section 3: "A promised retreat (release, withdrawal, ceasefire) is
    # CONCEDE (CAMEO 08, code 080)"; the governor's event is the only one
    doc = read("France agreed to withdraw its troops from Mali.")
    ev = one(doc, "08")
    assert ev.cameo == "080" and ev.plover == "CONCEDE" and "agreed" in ev.trigger.text
    assert countries(doc, ev.actors) == {"FRA"} and "MLI" in countries(doc, ev.recipients)
    assert len(doc.events) == 1


def test_promises_and_threats_are_future_offers_hypothetical(read) -> None:
    """The coding guide: what an actor agrees, promises or threatens to do keeps modality
    future; an offer ("stands ready to") is hypothetical."""
    ev = one(read("France agreed to withdraw its troops from Mali."), "08")
    assert ev.modality == "future"
    ev = one(read("Hong Kong police threatened to use live ammunition on the students."), "13")
    assert ev.plover == "THREATEN" and ev.modality == "future"
    ev = one(read("The United States stands ready to support the negotiations."), "03")
    assert ev.plover == "AGREE" and ev.modality == "hypothetical"


def test_asked_to_do_an_uncoded_act_is_a_request(read) -> None:
    """ "asked X to unwind": "ask" has frames of its own ("asked for aid"); none matching, the
    governor still makes the request."""
    doc = read("President Obama asked Congress to pass the bill.")
    ev = one(doc, "02")
    assert ev.plover == "REQUEST" and ev.modality == "asserted"


def test_appeal_names_who_is_asked(read) -> None:
    doc = read("The United States urged Israel to hold talks with Egypt.")
    ev = one(doc, "02")
    assert ev.cameo == "026" and ev.plover == "REQUEST"
    assert countries(doc, ev.actors) == {"USA"} and countries(doc, ev.recipients) == {"ISR"}


def test_refusal_is_a_rejection_not_a_meeting(read) -> None:
    doc = read("Syria refused to meet Israeli negotiators in Geneva.")
    ev = one(doc, "12")
    assert ev.plover == "REJECT" and ev.modality == "asserted"
    assert not [e for e in doc.events if e.plover == "CONSULT"]


def test_plain_statements_are_not_events(read) -> None:
    assert read("The stock market fell sharply on Monday.").events == ()
    assert read("Germany said the weather in Berlin was fine.").events == ()


def test_release_is_084_unless_the_text_names_captives(read) -> None:
    assert one(read("Israel released the mayor of Nablus."), "08").cameo == "084"
    assert one(read("Israel released 150 Palestinian prisoners."), "08").cameo == "0841"
    assert read("The interior ministry of Chile released a report on Monday.").events == ()


def test_a_place_in_the_event_phrase_is_its_target(read) -> None:
    doc = read("Obama is scheduled to attend a summit in Switzerland.")
    ev = one(doc, "04")
    assert ev.cameo == "042" and countries(doc, ev.recipients) == {"CHE"}
    doc = read("Kenya expressed sorrow for the floods in Malawi.")
    assert countries(doc, one(doc, "018").recipients) == {"MWI"}


def test_a_participle_beside_an_event_is_not_coded_again(read) -> None:
    doc = read("Kenyan protesters rallied outside the parliament, demanding new elections.")
    assert [e.plover for e in doc.events] == ["PROTEST"]
    doc = read("Turkish police opened fire on the crowd, killing two people and arresting ten.")
    assert [e.plover for e in doc.events] == ["ASSAULT", "COERCE"]


def test_what_is_demanded_or_dismissed_is_not_an_event_of_its_own(read) -> None:
    doc = read("Egypt demanded that Israel ease restrictions on imports.")
    assert [e.plover for e in doc.events] == ["REQUEST"]
    assert countries(doc, doc.events[0].recipients) == {"ISR"}
    assert [e.plover for e in read("Britain dismissed an appeal from France.").events] == ["REJECT"]


def test_a_state_saying_another_attacked_accuses_it(read) -> None:
    doc = read("Germany said that Poland had attacked its border posts.")
    ev = one(doc, "112")
    assert countries(doc, ev.actors) == {"DEU"} and countries(doc, ev.recipients) == {"POL"}
    # a threat is coded as one in CAMEO too (138), never 190 with PLOVER THREATEN
    ev = one(read("North Korea said it would attack the loudspeakers."), "138")
    assert ev.plover == "THREATEN" and ev.plover_mode == "violence"


def test_modes_from_the_weapon_and_from_the_act_threatened(read) -> None:
    ev = one(read("Rebels killed five villagers in a bomb attack."), "19")
    assert ev.plover == "ASSAULT" and ev.plover_mode == "explosives"
    ev = one(read("The Thai government threatened to impose a curfew in Bangkok."), "13")
    assert ev.plover == "THREATEN" and ev.plover_mode == "curfew"


# -- modality ------------------------------------------------------------------------------


def test_actor_own_future_cooperation_is_agree(read) -> None:
    ev = one(read("Russia will sign a treaty with China next year."), "03")  # intent, 03x
    assert ev.modality == "future" and ev.plover == "AGREE"


def test_an_outside_expectation_keeps_the_type(read) -> None:
    ev = one(read("Biden is expected to sign a security agreement with Ukraine."), "057")
    assert ev.modality == "future" and ev.plover == "SUPPORT"


def test_negation_and_denial(read) -> None:
    assert one(read("Germany did not sign the agreement with France."), "057").modality == (
        "negated"
    )
    doc = read("Iran denied that it attacked Iraq.")
    assert one(doc, "19").modality == "negated"


def test_conditions_and_open_questions_are_hypothetical(read) -> None:
    ev = one(read("Trump would meet Putin if he wins the election."), "04")
    assert ev.modality == "hypothetical"
    doc = read("Trump has not made clear whether he would continue support for Ukraine.")
    assert [e.modality for e in doc.events if e.plover in ("SUPPORT", "AID")] == ["hypothetical"]


def test_yes_no_questions_and_inverted_conditions_are_hypothetical(read) -> None:
    """An auxiliary before its subject asks about the act or sets a condition: not asserted.
    A wh-question takes the act as done."""
    assert one(read("Did Russia bomb the hospital in Kharkiv?"), "18").modality == "hypothetical"
    doc = read("Had the police arrested the gunman, the attack would not have happened.")
    assert one(doc, "17").modality == "hypothetical"
    doc = read("Were China to invade Taiwan, the United States would impose sanctions.")
    assert one(doc, "19").modality == "hypothetical"
    doc = read("Why have some Belgian fans boycotted the match?")
    assert one(doc, "14").modality == "asserted"
    assert one(read("Russia bombed the hospital in Kharkiv."), "18").modality == "asserted"


def test_volitional_negation_is_a_refusal(read) -> None:
    ev = one(read("Obama said he would not give permission to Russia."), "12")
    assert ev.modality == "asserted" and ev.plover == "REJECT"


# -- place, date, source, quantities ------------------------------------------------------


def test_location_from_the_sentence_and_from_the_clause_above(read) -> None:
    ev = one(read("Biden met Macron in Paris on Thursday."), "04")
    assert ev.location is not None and ev.location.country == "FRA"
    assert ev.location.lat is not None and 48 < ev.location.lat < 49
    doc = read("Biden is heading to Italy where he is expected to sign a deal with Ukraine.")
    assert one(doc, "057").location.country == "ITA"


def test_date_from_the_timex_else_none(read, bare) -> None:
    text = "Russia attacked Ukraine on Monday."
    assert one(read(text), "19").date.value == "2024-06-10"
    # the publication date is not the event's date (tests/layers/events/test_dates.py)
    assert one(bare(text), "19").date is None


def test_attribution_from_a_quote_else_from_the_parse(read, bare) -> None:
    text = "Spain will send troops to Latvia, according to defence minister Margarita Robles."
    for run in (read, bare):
        ev = one(run(text), "")
        assert ev.attribution is not None and "Robles" in ev.attribution.text
    ev = one(bare("Turkey closed its embassy in Syria, officials told reporters."), "")
    assert ev.attribution is not None and "officials" in ev.attribution.text


def test_quantities_in_the_event_arguments(read) -> None:
    doc = read("The United States pledged $2 billion in aid to Ukraine.")
    ev = one(doc, "03")
    assert ev.quantities and {q.id for q in doc.quantities} >= set(ev.quantities)


def test_confidence_is_a_probability(read) -> None:
    doc = read("Poland signed a defence agreement with Ukraine. Officials clashed.")
    assert all(0.0 < e.confidence < 1.0 for e in doc.events)


# -- the stage contract and the dyad view (no model) ---------------------------------------


def test_stage_contract() -> None:
    stage = EventStage(Settings())
    # everything it reads: the places layer's places, dates, sources and amounts
    assert stage.requires == {
        "tokens", "sentences", "ner", "entities", "places", "timexes", "quotes", "quantities"
    }  # fmt: skip
    assert stage.produces == {"events"}
    empty = Document(Article(id="a", text="x"), layers=frozenset({"tokens", "sentences"}))
    assert stage(empty).events == ()


def test_the_pipeline_refuses_events_before_the_layers_they_read() -> None:
    from newsevents.pipeline import Pipeline

    stages = ("parse.spacy.v1", "entities.rules.v1", "events.rules.v1")
    with pytest.raises(PipelineError, match=r"\['places', 'quantities', 'quotes', 'timexes'\]"):
        Pipeline.build(Settings(stages=stages))


def _ent(i: str, country: str | None, sector: str | None = None) -> Entity:
    return Entity(i, i, "GPE", (Mention(0, 1, "x"),), country=country, sector=sector)


def _event(actors: tuple[str, ...], recipients: tuple[str, ...] = ()) -> Event:
    return Event("v1", Span(0, 1, "x"), 0, "042", "CONSULT", actors=actors, recipients=recipients)


def test_dyads_expand_compounds_and_reciprocal_events() -> None:
    doc = Document(
        Article(id="a", text="x"),
        entities=(_ent("e1", "USA", "GOV"), _ent("e2", "RUS"), _ent("e3", None, "REB")),
    )
    pairs = [(d.source_code, d.target_code) for d in dyads(doc, _event(("e1",), ("e2", "e3")))]
    assert pairs == [("USAGOV", "RUS"), ("USAGOV", "---REB")]
    pairs = [(d.source_code, d.target_code) for d in dyads(doc, _event(("e1", "e2")))]
    assert pairs == [("USAGOV", "RUS"), ("RUS", "USAGOV")]
    assert [(d.source_code, d.target_code) for d in dyads(doc, _event(("e1",)))] == [
        ("USAGOV", "---")
    ]
    assert actor_code(None) == "---"


def test_cameo_agent_codes_follow_the_cameo_dictionary() -> None:
    # PLOVER 2021 files protesters under CVL; CAMEO's agent dictionary codes them OPP
    ent = Entity(
        "e1", "demonstrators", "GROUP", (Mention(0, 1, "x"),), "GEO", "CVL", "demonstrators"
    )
    assert actor_code(ent) == "GEOOPP"
    assert actor_code(_ent("e2", "USA", "GOV")) == "USAGOV"


def test_the_store_keeps_the_codes_of_the_dyads() -> None:
    from newsevents.store.rows import document_rows

    ents = (_ent("e1", "USA", "GOV"), _ent("e2", None, "REB"), _ent("e3", None))
    rows = document_rows(Document(Article(id="a", text="x"), entities=ents))["entities"]
    # written as GDELT writes them: no "---" for an unknown country; nothing known: NULL
    assert [r["code"] for r in rows] == ["USAGOV", "REB", None]
    assert [actor_code(e) for e in ents] == ["USAGOV", "---REB", "---"]


def test_dyads_follow_the_verb_and_add_the_counterpart_event(read) -> None:
    doc = read("The French foreign minister met with the Chinese president on Monday.")
    ev = one(doc, "04")
    assert [(d.source_code, d.target_code, d.code) for d in dyads(doc, ev)] == [
        ("FRAGOV", "CHNGOV", "040")
    ]
    doc = read("The Kenyan president hosted the Japanese prime minister.")
    ev = one(doc, "043")
    assert [(d.source_code, d.target_code, d.code) for d in dyads(doc, ev)] == [
        ("KENGOV", "JPNGOV", "043"),
        ("JPNGOV", "KENGOV", "042"),
    ]


def test_where_a_meeting_is_held_is_no_party_met(read) -> None:
    # one meets *with* a party; an institution in the meeting's "in"/"at" phrase is where it
    # was held ("met in the White House", Giveme5W1H; "met back in high school", GUM)
    doc = read("Donald Trump and Barack Obama met in the White House on Thursday.")
    ents = {e.id: e.name for e in doc.entities}
    assert "White House" not in [ents[r] for r in one(doc, "04").recipients]
    doc = read("The G7 nations had met in Washington last week.")
    assert one(doc, "04").recipients  # a place alone stays the target (PETRARCH)


# -- verb sense from the arguments (issue 21, item 4: frames in the event lexicon) -----------


def codes(doc: Document) -> set[str]:
    return {e.cameo or "" for e in doc.events}


def test_strike_by_aircraft_or_on_a_place_is_an_attack_by_workers_a_labour_strike(read) -> None:
    assert one(read("Israeli jets carried out strikes on Gaza overnight."), "19")
    assert one(read("Thousands of workers went on strike over pay."), "143")


def test_plead_guilty_is_no_appeal(read) -> None:
    # (parties placed: a plea of parties placed nowhere is abstained on, abstain.py 11)
    # the plea is no appeal (016/02); the bombings it owns are an act of their own (183)
    assert codes(read("Former US soldier Eric Rudolph pleaded guilty to the bombings.")) == {
        "015",
        "183",
    }
    assert codes(read("The American mobster Vincent Gigante had pleaded not guilty.")) == {"016"}
    assert one(read("Kenya pleaded with Uganda to reopen the border."), "02")


def test_signing_a_decree_is_no_agreement(read) -> None:
    assert not codes(read("Putin signed a decree granting power to confiscate assets.")) & {"057"}
    assert one(read("Russia signed a treaty with China."), "057")


def test_warning_of_a_hazard_is_no_threat(read) -> None:
    assert not read("The UN has warned of a famine in Gaza.").events
    assert not read("Microsoft issued a warning about a zero-day bug.").events
    assert one(read("Russia warned Ukraine against joining NATO."), "130")


def test_demonstrating_a_product_is_no_protest(read) -> None:
    assert not read("Fiat has demonstrated its new engine.").events
    assert one(read("Protesters demonstrated outside the parliament."), "141")


def test_pulling_out_money_is_no_retreat_and_ending_a_blockade_is(read) -> None:
    assert not read("Investors pulled out $36bn from the funds.").events
    assert one(read("Israel pulled out its troops from Gaza."), "0874")
    ev = one(read("The rebels ended their blockade of the city."), "0872")
    assert ev.plover == "RETREAT"


def test_beating_an_election_opponent_is_no_assault(read) -> None:
    assert not codes(read("Biden beat Trump in the election.")) & {"182"}
    assert one(read("Police beat the protesters with sticks."), "182")


# -- arguments (issue 21, item 2) -------------------------------------------------------------


def test_a_meeting_keeps_its_dyad_and_the_place_is_no_recipient(read) -> None:
    doc = read("Putin met Biden in Geneva.")
    ev = one(doc, "04")
    assert countries(doc, ev.recipients) == {"USA"}
    doc = read("Israeli soldiers arrested more than 100 Palestinians in Hebron.")
    assert countries(doc, one(doc, "173").recipients) == {"PSE"}
    assert one(read("Protesters rallied in Beijing."), "14").recipients  # no party: the place


def test_the_toll_of_a_nominal_attack_names_its_targets(read) -> None:
    doc = read("An air strike by Syrian government forces killed 29 Turkish soldiers.")
    ev = one(doc, "19")
    assert countries(doc, ev.actors) == {"SYR"} and countries(doc, ev.recipients) == {"TUR"}


def test_a_participle_of_asking_beside_an_appeal_names_whom_it_is_addressed_to(read) -> None:
    # issue 21: "issued travel warnings, advising X to ...": the appeal is addressed to X
    doc = read(
        "The Japanese foreign ministry issued travel warnings, advising Turkish citizens to leave."
    )
    ev = one(doc, "02")
    assert countries(doc, ev.actors) == {"JPN"} and countries(doc, ev.recipients) == {"TUR"}


def test_asking_in_a_letter_is_addressed_to_whom_it_is_written_to(read) -> None:
    # issue 21: "wrote to X asking to ...": the request is addressed to X
    doc = read("The mayor of Lyon wrote to the Canadian embassy asking to waive the immunity.")
    assert countries(doc, one(doc, "02").recipients) == {"CAN"}


def test_a_call_for_a_party_to_act_asks_that_party(read) -> None:
    # issue 21: "called for X to ...": X is the one asked
    doc = read("Greece called for Turkey to withdraw its troops.")
    assert countries(doc, one(doc, "02").recipients) == {"TUR"}


def test_telling_a_party_to_act_is_an_appeal_not_the_act(read) -> None:
    # issue 21: "told X to do Y" asks X to do Y (as "urged X to" does); Y is not reported done
    doc = read("Germany told Russia to release the journalist.")
    ev = one(doc, "02")
    assert countries(doc, ev.actors) == {"DEU"} and countries(doc, ev.recipients) == {"RUS"}
    assert not [e for e in doc.events if (e.cameo or "").startswith("08")]
    assert not read('Merkel told the press, "to show that we can do it".').events


def test_a_sentence_repeated_on_the_page_codes_its_event_once(read) -> None:
    text = "Rebels attacked an army base in Goma on Monday. "
    doc = read(text + "The UN condemned the raid. " + text)
    attacks = [e for e in doc.events if (e.cameo or "").startswith("19")]
    assert len(attacks) == 1 and [e.id for e in doc.events] == ["v1", "v2"][: len(doc.events)]
    doc = read(text + "Rebels attacked an army base in Beni on Tuesday.")
    assert len([e for e in doc.events if (e.cameo or "").startswith("19")]) == 2


def test_a_dyad_told_again_in_other_words_is_one_event(read) -> None:
    doc = read(
        "China accused the United States of spying. The ministry gave no evidence. "
        "China has repeatedly accused the United States of hacking."
    )
    assert len([e for e in doc.events if e.plover == "ACCUSE"]) == 1
    # the arrested are not named: two arrests, not one told twice
    doc = read("Police arrested twelve men in Kano. Police also arrested three women.")
    assert len([e for e in doc.events if e.plover_mode == "arrest"]) == 2


def test_police_nabbing_is_an_arrest_and_tear_gas_is_crowd_control(read) -> None:
    assert one(read("Police nabbed two suspects in Mumbai."), "173").plover_mode == "arrest"
    ev = one(read("Police fired tear gas at the protesters in Nairobi."), "19")
    assert ev.plover == "ASSAULT" and ev.plover_mode == "crowd-control"


def test_a_plain_person_who_shoots_another_is_an_assault(read) -> None:
    doc = read("In Ohio, a woman shot and killed a man outside a bar on Saturday.")
    ev = one(doc, "19")
    names = {e.id: e.name for e in doc.entities}
    assert [names[a] for a in ev.actors] == ["woman"]
    assert [names[r] for r in ev.recipients] == ["man"]
