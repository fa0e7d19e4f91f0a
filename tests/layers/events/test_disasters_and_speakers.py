"""False events of disaster, accident and casualty news (issue 21, precision): the speaker of a
report is not the doer of what "it" did, a beast or a storm is no attacker, and the dead of a
reported toll are no attackers."""

from __future__ import annotations

from newsevents.records import Document

from .parties import names

PUBLISHED = "2019-11-20"


def actors_of(doc: Document, trigger: str) -> list[set[str]]:
    return [names(doc, e.actors) for e in doc.events if e.trigger.text.split()[0] == trigger]


def test_it_is_no_person_and_no_plural_speaker(read) -> None:
    doc = read(
        "A blaze swept through a textile depot in Khulna on Monday. "
        "Rescue officials said it killed eleven workers and hurt dozens more."
    )
    assert all("officials" not in " ".join(a).lower() for a in actors_of(doc, "killed"))
    doc = read("Governor Maria Alvarez said it would help thousands of farmers in the valley.")
    assert actors_of(doc, "help") in ([], [set()])
    # an organisation or a state "it" points back to stays the doer
    doc = read("The Hungarian government said it will support the proposal of the Commission.")
    assert any("Hungarian government" in " ".join(a) for a in actors_of(doc, "support"))


def test_a_beast_or_a_disaster_is_no_attacker(read) -> None:
    doc = read("Anna Kowalski, a keeper at the Warsaw zoo, was killed by her tigers on Friday.")
    assert [e for e in doc.events if e.plover == "ASSAULT"] == []
    doc = read("Two typhoons, Hagibis and Faxai, struck Japan in the autumn of 2019.")
    assert [e for e in doc.events if e.plover == "ASSAULT"] == []
    doc = read("Typhoon Hagibis struck Japan on Saturday.")
    assert [e for e in doc.events if e.plover == "ASSAULT"] == []
    # an animal an armed party sets on people stays that party's force
    doc = read("Police dogs attacked marchers in Selma on Sunday.")
    assert any("Police" in " ".join(a) for a in actors_of(doc, "attacked"))
    # a party named after a beast is a party
    doc = read("The Tamil Tigers attacked an army camp near Jaffna.")
    assert any("Tamil Tigers" in " ".join(a) for a in actors_of(doc, "attacked"))


def test_the_dead_of_a_reported_toll_are_no_attackers(read) -> None:
    doc = read("The governor said on Monday that fourteen villagers have been confirmed killed.")
    assert all("villagers" not in " ".join(a) for a in actors_of(doc, "killed"))
    doc = read("Six miners were reported killed in the province of Sindh on Sunday.")
    assert all("miners" not in " ".join(a) for a in actors_of(doc, "killed"))
    # the doer a "by" phrase names stays the doer
    doc = read("Two farmers were reported abducted by Boko Haram fighters near Maiduguri.")
    assert any("Boko Haram" in " ".join(a) for a in actors_of(doc, "abducted"))


def test_an_investors_stake_is_no_support(read) -> None:
    doc = read("Stripe, backed by the investment firm Sequoia Capital, opened an office in Dublin.")
    assert [e for e in doc.events if e.plover in ("SUPPORT", "AID")] == []
    # a state's backing stays
    doc = read("The militia, backed by Iran, seized the town of Tikrit on Sunday.")
    assert any(e.plover == "SUPPORT" for e in doc.events)
