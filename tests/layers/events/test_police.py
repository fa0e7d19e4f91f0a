"""Police acts: the doer an agentless arrest implies, police vocabulary of the lexicon, and the
gerund the tagger reads as a verb ("killed in police firing")."""

from __future__ import annotations

import pytest

from newsevents.ontology.events import load_event_ontology
from newsevents.records import Document, Event

PUBLISHED = "2002-03-02"


def coded(doc: Document, prefix: str) -> list[Event]:
    return [e for e in doc.events if (e.cameo or "").startswith(prefix)]


def actor_sectors(doc: Document, ev: Event) -> set[str | None]:
    ents = {e.id: e for e in doc.entities}
    return {ents[i].sector for i in ev.actors}


def test_arrests_are_law_enforcements_act_in_the_lexicon() -> None:
    onto = load_event_ontology()
    assert (("173",), "COP") in onto.implicit_actors["arrest"]
    # charging is the prosecutors' act, never the police's
    assert [s for codes, s in onto.implicit_actors["charge"] if "173" in codes] == ["GOV"]


def test_charging_is_not_the_polices_act(read) -> None:
    doc = read("Police were at the court. Two federal prison officers were charged on Tuesday.")
    # the charge is told (a group charged, no doer named), but the police bring it never
    charges = coded(doc, "173")
    assert charges and all(not ev.actors for ev in charges)


def test_an_agentless_charge_is_brought_by_the_prosecutors_the_article_names(read) -> None:
    doc = read(
        "Two federal prison officers were charged on Tuesday with falsifying records. "
        "Federal prosecutors alleged that the officers slept."
    )
    ev = coded(doc, "173")[0]
    ents = {e.id: e for e in doc.entities}
    assert [ents[a].name for a in ev.actors] == ["Federal prosecutors"]


def test_police_who_charge_a_man_bring_a_legal_charge(read) -> None:
    # CAMEO 173 "charge with legal action" without "with": the report of one charge that
    # another report tells as "has been charged with the murders" (ECB+ train)
    doc = read("Police have this morning charged him and he will appear before magistrates.")
    assert [e.trigger.text for e in coded(doc, "173")] == ["charged"]
    assert not coded(doc, "112")
    doc = read("Critics charge that the retreat is a forced labour camp.")
    assert not coded(doc, "173")


def test_no_other_party_of_the_government_brings_a_charge(read) -> None:
    doc = read(
        "The mayor of Gdansk was stabbed on stage. The attacker was charged with murder. "
        "Interior Minister Joachim Brudzinski called it barbaric."
    )
    # an agentless charge keeps no source (the `agentless` record), never the minister
    assert [e.actors for e in coded(doc, "173")] == [()]


def test_an_agentless_arrest_is_done_by_the_police_the_article_names(read) -> None:
    doc = read(
        "Police in Godhra were on alert on Saturday. "
        "Five activists were arrested as they tried to block the highway."
    )
    ev = coded(doc, "173")[0]
    assert ev.plover == "COERCE" and ev.plover_mode == "arrest"
    assert actor_sectors(doc, ev) == {"COP"}


def test_the_police_may_be_named_after_the_arrest(read) -> None:
    doc = read("Sixty people have been booked under the new law. Police said more would follow.")
    ev = coded(doc, "173")[0]
    assert actor_sectors(doc, ev) == {"COP"}


def test_no_police_in_the_article_no_implied_actor(read) -> None:
    doc = read("Five activists were arrested as they tried to block the highway.")
    assert not coded(doc, "173")


def test_a_jail_receives_the_arrested_and_never_arrests(read) -> None:
    # ECB+ topic 35: "was arrested ... and booked into county jail" made the jail the arrester
    doc = read(
        "A man was arrested on Friday on suspicion of drunk driving and taken to the county jail."
    )
    ents = {e.id: e for e in doc.entities}
    assert all("jail" not in ents[a].name.lower() for ev in coded(doc, "17") for a in ev.actors)
    doc = read("The county jail said the man was arrested on Friday. Police said he was drunk.")
    assert [ents_of(doc, ev) for ev in coded(doc, "173")] == [{"Police"}]


def ents_of(doc: Document, ev: Event) -> set[str]:
    ents = {e.id: e for e in doc.entities}
    return {ents[i].name for i in ev.actors}


def test_a_named_arrester_is_kept(read) -> None:
    doc = read("The police were on alert. The army detained two men near the station.")
    ev = coded(doc, "173")[0]
    assert actor_sectors(doc, ev) == {"MIL"}


def test_violent_acts_imply_no_doer(read) -> None:
    # the shooting is kept with no source (an agentless record), never the police's act
    doc = read("The police were on alert. Two men were shot dead near the station.")
    assert not [e for e in doc.events if e.plover == "ASSAULT" and e.actors]


def test_booked_under_a_law_is_a_charge_a_booked_ticket_no_event(read) -> None:
    doc = read("The police booked 62 people under the anti-terror law.")
    assert coded(doc, "173")
    doc = read("The police booked tickets for the officers on a later train.")
    assert not coded(doc, "173")


def test_picked_up_by_police_is_a_detention(read) -> None:
    doc = read("Siddiqui was picked up by police from his residence on Saturday night.")
    ev = coded(doc, "173")[0]
    assert actor_sectors(doc, ev) == {"COP"}
    doc = read("The rally picked up momentum after the police left.")
    assert not coded(doc, "173")


def test_killed_in_police_firing_is_a_police_assault(read) -> None:
    doc = read("As many as 98 people were killed in police firing, he said.")
    hits = [e for e in doc.events if e.plover == "ASSAULT" and "COP" in actor_sectors(doc, e)]
    assert hits and hits[0].trigger.text == "firing"


def test_teargas_is_crowd_control(read) -> None:
    doc = read("The police lobbed teargas shells to disperse the mob.")
    ev = next(e for e in doc.events if e.plover == "ASSAULT")
    # CAMEO 175 (violent repression); its PLOVER mode is the 2021 mapping's, one code system
    assert ev.cameo == "175"
    assert actor_sectors(doc, ev) == {"COP"}


def test_an_ordered_arrest_is_the_order_not_an_arrest(read) -> None:
    doc = read("The minister instructed the police to detain the protesters.")
    assert not [e for e in doc.events if e.cameo == "173" and e.modality == "asserted"]
    assert [e.cameo for e in doc.events] == ["100"]  # the demand, as 'ordered to arrest'


@pytest.mark.parametrize(
    "sentence",
    [
        "The SHO was directed to arrest the accused.",
        "Railway police have been ordered to detain any suspicious traveller.",
        "The constables were asked to arrest the two brothers by Monday.",
    ],
)
def test_an_arrest_asked_of_a_passive_subject_is_its_arrest_to_come(read, sentence: str) -> None:
    # no asker named: the police are the ones asked, and the doers of the arrest to come,
    # never the ones asking (no 02x/10x request made by the police)
    doc = read(sentence)
    assert [(e.cameo, e.modality) for e in doc.events] == [("173", "hypothetical")]
    assert actor_sectors(doc, doc.events[0]) == {"COP"}


def test_an_order_whose_asker_is_named_stays_the_askers_request(read) -> None:
    doc = read("The constables were asked by the governor to arrest the two brothers.")
    ((ev, sectors),) = [(e, actor_sectors(doc, e)) for e in doc.events]
    assert ev.cameo.startswith("02") and sectors == {"GOV"}


def test_a_police_raid_or_crackdown_is_coercion_not_an_attack(read) -> None:
    # an arrest or search operation of law enforcement is COERCE (PLOVER: "Execute search,
    # confiscate property, raid"), not a military assault
    for text in (
        "Three smugglers were arrested on Monday in a police raid in Naples.",
        "Two gang leaders were detained in a major police crackdown in Marseille on Friday.",
        "Federal agents said the raid by police on the warehouse led to six arrests.",
        "Police raided two farms near Porto on Tuesday.",
        "Police cracked down on illegal gambling in Leeds last month.",
    ):
        doc = read(text)
        codes = {(e.plover, e.cameo) for e in doc.events}
        assert all(p != "ASSAULT" for p, _ in codes), (text, codes)
        assert any(c in ("170", "171") for _, c in codes), (text, codes)


def test_a_military_raid_or_a_crackdown_on_protesters_stays_force(read) -> None:
    doc = read("Government troops launched a raid on the rebel camp on Sunday.")
    assert any(e.plover == "ASSAULT" for e in doc.events)
    doc = read("Riot police launched a crackdown on protesters in the capital on Sunday.")
    assert any(e.cameo == "175" for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "Extra police contingents have been deployed in the old city since Sunday.",
        "Two army columns were deployed in the riot-hit town on Friday night.",
        "Extra constables were deployed around the old temple on Tuesday.",
        "A large posse of policemen was deployed outside the college on Monday.",
        "Armed policemen have been posted at the gates of the market since Sunday.",
    ],
)
def test_forces_deployed_with_no_agent_do_the_posture(read, text: str) -> None:
    # the forces moved are the mobilising party, as in "the deployment of the army"
    doc = read(text)
    ev = coded(doc, "15")
    assert ev and all(e.actors for e in ev)
    assert all(actor_sectors(doc, e) <= {"COP", "MIL"} for e in ev)
    assert all(not e.recipients for e in ev)


def test_forces_deployed_by_a_named_party_or_standing_somewhere_are_not_the_doer(read) -> None:
    doc = read("Riot police were deployed by the state government in the capital on Monday.")
    assert [actor_sectors(doc, e) for e in coded(doc, "15")] == [{"GOV"}]
    # a present passive tells where forces stand, no act
    doc = read("Some 40,000 soldiers are deployed along the northern frontier.")
    assert not [e for e in coded(doc, "15") if e.actors]


@pytest.mark.parametrize(
    "text",
    [
        "The paramilitary forces staged a flag march in the old town on Sunday.",
        "The army conducted a flag march in the tense district on Friday.",
    ],
)
def test_a_flag_march_is_a_show_of_force_not_a_protest(read, text: str) -> None:
    doc = read(text)
    assert [(e.cameo, e.plover) for e in doc.events] == [("150", "MOBILIZE")]


def test_a_march_of_students_stays_a_protest(read) -> None:
    doc = read("Thousands of students staged a march through the town on Sunday.")
    assert [e.plover for e in doc.events] == ["PROTEST"]


def test_forces_posted_somewhere_are_deployed_other_postings_are_no_event(read) -> None:
    doc = read("The district police posted armed guards at the bus depot on Friday.")
    assert [(e.cameo, actor_sectors(doc, e)) for e in coded(doc, "15")] == [("154", {"COP"})]
    for text in (
        "The shopkeeper posted a video of two constables on his blog on Friday.",
        "The steel company posted a loss of $40 million in the first quarter.",
        "The detained trader posted bail on Thursday.",
    ):
        assert not coded(read(text), "15"), text


def test_recovering_weapons_drugs_or_stolen_goods_is_a_seizure(read) -> None:
    doc = read("Detectives in Leeds recovered a handgun and heroin from the flat on Monday.")
    (ev,) = [e for e in doc.events if e.trigger.text == "recovered"]
    assert (ev.cameo, ev.plover) == ("171", "COERCE")
    doc = read("The stolen paintings were recovered by police in Leeds on Monday.")
    assert [e.cameo for e in doc.events if e.trigger.text == "recovered"] == ["171"]


def test_recovering_bodies_or_losses_is_no_seizure(read) -> None:
    doc = read("Police in Leeds recovered two bodies from the river on Monday.")
    assert not [e for e in doc.events if e.trigger.text == "recovered"]
    doc = read("The retailer recovered its losses in the third quarter.")
    assert not doc.events


def test_a_vigil_kept_by_the_police_raises_their_alert(read) -> None:
    doc = read("The district police are keeping a close vigil on the bus stands since Sunday.")
    assert [(e.cameo, e.plover, actor_sectors(doc, e)) for e in coded(doc, "15")] == [
        ("151", "MOBILIZE", {"COP"})
    ]
    doc = read("The army is maintaining a round-the-clock vigil along the canal banks.")
    assert [e.cameo for e in coded(doc, "15")] == ["152"]


def test_a_vigil_kept_by_mourners_is_no_alert(read) -> None:
    for text in (
        "Relatives kept a vigil outside the hospital through the night.",
        "Hundreds of students held a candlelight vigil on the campus.",
    ):
        assert not coded(read(text), "15"), text


def test_forces_put_kept_or_remaining_on_alert_raise_their_alert(read) -> None:
    doc = read("Police in Hyderabad were put on high alert ahead of the verdict on Friday.")
    assert [(e.cameo, actor_sectors(doc, e)) for e in coded(doc, "15")] == [("151", {"COP"})]
    doc = read("The police in Nagpur remained on high alert through the weekend.")
    assert [e.cameo for e in coded(doc, "15")] == ["151"]
    doc = read("The army was kept on alert in its barracks near Jaipur on Monday.")
    assert [(e.cameo, actor_sectors(doc, e)) for e in coded(doc, "15")] == [("152", {"MIL"})]


def test_a_hospital_or_residents_on_alert_raise_no_force_posture(read) -> None:
    for text in (
        "All the hospitals in Surat were put on alert on Tuesday.",
        "Residents of the old city remained on alert through the night.",
        "We have to remain vigilant in these times, the minister said.",
    ):
        assert not coded(read(text), "15"), text


def test_weapons_seized_or_recovered_with_no_doer_are_the_polices_seizure(read) -> None:
    doc = read(
        "Police patrolled the old quarter of Leeds on Sunday. "
        "Two pistols and forty rounds of ammunition were seized from a garage there."
    )
    (ev,) = [e for e in doc.events if e.trigger.text == "seized"]
    assert ev.cameo == "171" and actor_sectors(doc, ev) == {"COP"}
    doc = read(
        "Officers searched the market in Leeds on Sunday. "
        "Some detonators were also recovered from a van, police said."
    )
    (ev,) = [e for e in doc.events if e.trigger.text == "recovered"]
    assert actor_sectors(doc, ev) == {"COP"}


def test_a_ship_or_assets_seized_with_no_doer_are_no_police_act(read) -> None:
    doc = read("Police patrolled the port of Leeds. The cargo ship was seized on Sunday.")
    assert not [e for e in doc.events if e.trigger.text == "seized" and e.actors]
    doc = read("Police were at the bank in Leeds. His assets were seized on Sunday.")
    assert not [e for e in doc.events if e.trigger.text == "seized" and e.actors]


def test_an_act_the_police_are_told_not_to_do_is_no_failure_of_theirs(read) -> None:
    doc = read("The constables have been told not to allow anyone into the station yard.")
    assert not [e for e in doc.events if e.modality == "negated"]
