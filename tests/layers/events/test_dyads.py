"""Dyads of issue 21: whom an act is aimed at where the English names no object ("X is the
subject of an inquiry"), who asks whom ("asked X to resign"), and acts with no target
(mobilising troops). Small hand-written sentences through the default pipeline."""

from __future__ import annotations

from newsevents.records import Document, Event

PUBLISHED = "2024-06-12"


def events(doc: Document, plover: str) -> list[Event]:
    return [e for e in doc.events if e.plover == plover]


def names(doc: Document, ids: tuple[str, ...]) -> set[str]:
    ents = {e.id: e for e in doc.entities}
    return {ents[i].name for i in ids}


def test_the_subject_of_an_inquiry_is_its_target(read) -> None:
    # "WeWork is the subject of a U.S. Securities and Exchange Commission inquiry" (article gold
    # dev), "it has become subject of an SEC investigation" (article gold train)
    doc = read("Boeing is the subject of a Federal Aviation Administration investigation.")
    (ev,) = events(doc, "ACCUSE")
    assert names(doc, ev.actors) == {"Federal Aviation Administration"}
    assert names(doc, ev.recipients) == {"Boeing"}


def test_the_one_asked_is_never_the_asker(read) -> None:
    # "They had asked Hong Kong Chief Executive Carrie Lam ... to resign" (article gold dev):
    # with the asker a pronoun left unresolved, Carrie Lam is not coded as the request's source
    doc = read("They asked Hong Kong Chief Executive Carrie Lam to resign.")
    assert not [e for e in events(doc, "REQUEST") if "Carrie Lam" in names(doc, e.actors)]
    doc = read("Protesters asked Hong Kong Chief Executive Carrie Lam to resign.")
    (ev,) = events(doc, "REQUEST")
    assert names(doc, ev.actors) == {"Protesters"}
    assert names(doc, ev.recipients) == {"Carrie Lam"}


def test_mobilising_troops_has_no_target(read) -> None:
    # docs/coding-guide.md, section 2: "A target is null when the action has none (... mobilising
    # troops)"; "China has sent troops to Hong Kong" (article gold dev)
    doc = read("Russia has sent troops to Belarus.")
    (ev,) = events(doc, "MOBILIZE")
    assert names(doc, ev.actors) == {"Russia"} and not ev.recipients


def test_a_verb_shares_the_object_of_the_verb_coordinated_after_it(read) -> None:
    # right node raising: "police fired and landed a live round on a protester" (article gold
    # dev), "Police arrested and questioned the student" (article gold dev), "Authorities
    # shuttered and seized the site" (article gold dev): the first verb's patient is the second's
    doc = read("Rebels kidnapped and later released two aid workers in northern Mali.")
    (ev,) = [e for e in events(doc, "ASSAULT") if e.trigger.text == "kidnapped"]
    assert names(doc, ev.actors) == {"Rebels"}
    assert names(doc, ev.recipients) == {"aid workers"}


def test_no_object_is_shared_with_a_verb_of_speech_or_a_verb_of_its_own_subject(read) -> None:
    doc = read("The senator condemned the decision and told reporters that Moscow was to blame.")
    (ev,) = [e for e in events(doc, "ACCUSE") if e.trigger.text == "condemned"]
    assert not ev.recipients
    doc = read("The governor resigned and the rebels kidnapped two aid workers in Mali.")
    assert all(not e.recipients for e in events(doc, "CONCEDE"))


def test_parties_joined_as_the_subject_of_talks_meet_each_other(read) -> None:
    doc = read("Brazil and South Korea held talks on energy cooperation in Brasilia.")
    (ev,) = events(doc, "CONSULT")
    assert names(doc, ev.actors) == {"Brazil"}
    assert names(doc, ev.recipients) == {"South Korea"}


def test_parties_who_visit_together_stay_co_actors(read) -> None:
    doc = read("Politicians and the Archbishop of Gdańsk visited the hospital.")
    for ev in events(doc, "CONSULT"):
        assert not names(doc, ev.recipients) & {"Politicians", "Archbishop of Gdańsk"}


def test_what_is_sought_from_a_party_asks_that_party(read) -> None:
    doc = read("Chrysler sought federal aid from the Canadian government.")
    (ev,) = events(doc, "REQUEST")
    assert names(doc, ev.actors) == {"Chrysler"}
    assert "Canadian government" in names(doc, ev.recipients)
