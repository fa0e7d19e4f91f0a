"""Agentless acts (issue 21, recall): a passive without "by" or a noun that names only whom a
criticism, an accusation, a
conviction, a lawsuit or a stabbing is done to still reports the act; the coding guide (section
2) codes it with an unnamed source, and the event keeps no actor. The codes are lexicon data
(the `agentless` record of `ontology/data/event_lexicon.jsonl`)."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2019-11-20"


def done_to(doc: Document) -> dict[str, tuple[str | None, list[str], list[str]]]:
    """Last word of each event's trigger -> (PLOVER type, actor names, recipient names)."""
    names = {e.id: e.name for e in doc.entities}
    return {
        e.trigger.text.split()[-1]: (
            e.plover,
            [names[x] for x in e.actors],
            [names[x] for x in e.recipients],
        )
        for e in doc.events
    }


def test_an_agentless_criticism_or_lawsuit_is_coded_without_a_source(read) -> None:
    doc = read("The Zambian government has previously been criticised for its ban on fishing.")
    assert done_to(doc).get("criticised") == ("ACCUSE", [], ["Zambian government"])
    doc = read("In California, a class-action lawsuit was filed against Apple in January.")
    plover, actors, recips = done_to(doc)["filed"]
    assert (plover, actors) == ("ACCUSE", []) and "Apple" in recips


def test_an_agentless_accusation_or_conviction_is_coded_without_a_source(read) -> None:
    doc = read("The former minister Ali Hassan was accused of corruption on Monday.")
    assert done_to(doc).get("accused") == ("ACCUSE", [], ["Ali Hassan"])
    doc = read("Judith Negron was convicted of health care fraud in 2011.")
    assert done_to(doc).get("convicted") == ("ACCUSE", [], ["Judith Negron"])
    assert not read("Some people were accused of fraud.").events


def test_an_agentless_stabbing_of_a_named_person_is_coded(read) -> None:
    doc = read("Sirhan Sirhan was stabbed in the neck while in prison.")
    assert done_to(doc).get("stabbed") == ("ASSAULT", [], ["Sirhan Sirhan"])


def test_no_agentless_act_unless_it_happened_to_a_named_party(read) -> None:
    # not reported as done, or done to no named party: no event
    assert not read("I had hoped you would have stabbed Roche slowly.").events
    assert not read("Some people were criticised for the ban.").events


def test_drawing_or_receiving_criticism_is_being_criticised(read) -> None:
    doc = read("Apple received criticism last month for the placement of the antenna.")
    assert done_to(doc).get("received") == ("ACCUSE", [], ["Apple"])
    doc = read("Qawi drew criticism for associating with her.")
    assert done_to(doc).get("drew") == ("ACCUSE", [], ["Qawi"])


def test_an_agentless_charge_of_a_named_person_is_coded_without_a_source(read) -> None:
    # of the 173 acts only a charge ("was charged", "was indicted"): an arrest's doer is the
    # police the article names (the `implicit_actor` records), and recalled arrests are out
    # of the ECB+ chains
    doc = read("Andrew Lopez has been charged with murder.")
    assert done_to(doc).get("charged") == ("COERCE", [], ["Andrew Lopez"])
    doc = read("David Safavian was indicted on Wednesday.")
    assert done_to(doc).get("indicted") == ("COERCE", [], ["David Safavian"])
    doc = read("Capital murder charges were filed against Andrew Lopez on Monday.")
    assert done_to(doc).get("filed") == ("COERCE", [], ["Andrew Lopez"])
    assert not read("Andrew Lopez was arrested on Monday.").events


def test_an_agentless_act_done_to_an_unnamed_group_with_a_sector_is_coded(read) -> None:
    # an unnamed group of people the article gives a sector is a party of the act, coded with
    # an unnamed source (docs/coding-guide.md section 2)
    doc = read("Officials in Beijing were accused of hiding the true number of cases.")
    assert done_to(doc).get("accused") == ("ACCUSE", [], ["Officials"])
    doc = read("Three teachers were convicted of fraud in Madrid on Friday.")
    assert done_to(doc).get("convicted") == ("ACCUSE", [], ["teachers"])
    doc = read("Local officials were criticised for the slow response to the floods in Kenya.")
    assert done_to(doc).get("criticised") == ("ACCUSE", [], ["Local officials"])


def test_no_agentless_acquittal_or_arrest_of_an_unnamed_group(read) -> None:
    # an acquittal is no act told as done; an arrest is the police's act, kept only with them
    assert not read("Two teachers were acquitted of fraud in Madrid on Friday.").events
    assert not read("Two men were arrested in Lyon on Tuesday.").events


def test_a_bomb_that_kills_people_is_a_bombing_with_no_source(read) -> None:
    # the weapon is never the source: a bombing told with no doer named keeps no actor, the
    # people it killed or wounded are the targets (frame `instrument` of kill, wound, injure)
    doc = read("A bomb went off near a cafe in Lyon on Friday, killing a police officer.")
    assert done_to(doc).get("killing") == ("ASSAULT", [], ["police officer"])
    doc = read("A car bomb killed four soldiers in Mosul on Sunday.")
    plover, actors, recips = done_to(doc)["killed"]
    assert (plover, actors, recips) == ("ASSAULT", [], ["soldiers"])
    assert {e.cameo for e in doc.events} == {"183"}


def test_an_explosion_with_no_weapon_named_is_no_bombing(read) -> None:
    # a gas or boiler explosion kills by accident: explosions and blasts are not weapons
    assert not read("A gas explosion killed three workers at a plant in Ohio.").events
    assert not read("A boiler blast injured two firefighters in Leeds.").events


def test_an_agentless_shooting_of_people_is_coded_without_a_source(read) -> None:
    # a shooting told with no doer named is still the assault, done to the people shot
    doc = read("The journalist Omar Hadi was shot outside his home in Basra on Monday.")
    assert done_to(doc).get("shot") == ("ASSAULT", [], ["Omar Hadi"])
    doc = read("Two soldiers were shot dead at a checkpoint in Kandahar on Sunday.")
    plover, actors, recips = done_to(doc)["shot"]
    assert (plover, actors) == ("ASSAULT", []) and "soldiers" in " ".join(recips)


def test_no_agentless_shooting_of_a_thing_or_with_a_shared_by_phrase(read) -> None:
    # a thing shot is no victim; "shot and killed by X" names the shooter for both verbs
    doc = read("Tiny metal pellets from Voss Industries were shot into the gel in the lab.")
    assert "shot" not in done_to(doc)
    doc = read("Carl Moore was shot and killed by a police officer in Tulsa on Friday.")
    assert all(e.actors for e in doc.events)


def test_an_agentless_jailing_of_a_named_person_is_coded_without_a_source(read) -> None:
    # no court or police named: the detention keeps no source, its target the one jailed
    doc = read("The activist Mara Ivers was imprisoned in 2015 for organising the march.")
    assert done_to(doc).get("imprisoned") == ("COERCE", [], ["Mara Ivers"])
    doc = read("Tomas Brenn was kept in solitary confinement for most of the year.")
    assert done_to(doc).get("kept") == ("COERCE", [], ["Tomas Brenn"])


def test_an_act_in_a_relative_clause_of_time_is_no_agentless_report(read) -> None:
    # "the night X was shot" says when; "for which he was criticised" reports the criticism
    doc = read("Harlan Pike said he could not remember the evening Omar Hadi was shot.")
    assert "shot" not in done_to(doc)
    doc = read("Vera Lund praised the strikers in May, for which she was criticised.")
    assert done_to(doc).get("criticised") == ("ACCUSE", [], ["Vera Lund"])


def test_a_prize_or_medal_awarded_honours_whom_it_goes_to(read) -> None:
    # an honour awarded is praise (CAMEO 051, PLOVER SUPPORT), told with or without its giver
    doc = read("The science prize was awarded on Friday to Jane Goodall.")
    assert done_to(doc).get("awarded") == ("SUPPORT", [], ["Jane Goodall"])
    doc = read("A team of Chilean students was awarded a bronze medal on Monday.")
    plover, actors, recips = done_to(doc)["awarded"]
    assert (plover, actors) == ("SUPPORT", []) and recips
    doc = read("The Norwegian Nobel Committee awarded the prize to Jane Goodall.")
    want = ("SUPPORT", ["Norwegian Nobel Committee"], ["Jane Goodall"])
    assert done_to(doc).get("awarded") == want


def test_a_contract_or_damages_awarded_is_no_honour(read) -> None:
    doc = read("The Pentagon awarded the contract to Northrop Grumman.")
    assert all(e.plover != "SUPPORT" for e in doc.events)
    doc = read("Judge Frederic Block awarded $2 million to the artists.")
    assert all(e.plover != "SUPPORT" for e in doc.events)


def test_a_release_from_detention_is_coded_without_a_releaser(read) -> None:
    # a captive set free (CAMEO 0841, PLOVER RETREAT): from prison, from custody or on bail,
    # told in the passive with no releaser named; the prison is where, no party
    doc = read("Sarah Mitchell was released from prison in May.")
    assert done_to(doc).get("released") == ("RETREAT", [], ["Sarah Mitchell"])
    doc = read("Dario Fenn was released on $5,000 bail on Thursday.")
    assert done_to(doc).get("released") == ("RETREAT", [], ["Dario Fenn"])
    doc = read("The governor released Ana Ruiz from jail on Monday.")
    assert done_to(doc).get("released") == ("RETREAT", ["The governor"], ["Ana Ruiz"])


def test_a_release_from_hospital_or_of_a_report_is_no_event(read) -> None:
    assert "released" not in done_to(read("Lena Ostrova was released from hospital on Monday."))
    assert "released" not in done_to(read("The audit report was released on Monday."))
