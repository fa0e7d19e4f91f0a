"""A ban told with no doer of its own: the act of the government the article names, placed in
its country, and coded once, where the article first tells it."""

from __future__ import annotations

from newsevents.ontology.events import load_event_ontology
from newsevents.records import Document, Event

PUBLISHED = "2020-06-21"


def bans(doc: Document) -> list[Event]:
    return [e for e in doc.events if (e.cameo or "").startswith("172")]


def test_bans_are_a_governments_act_in_the_lexicon() -> None:
    onto = load_event_ontology()
    assert (("172",), "GOV") in onto.implicit_actors["ban"]
    assert ("prohibit", "GOV") in onto.implicit_first
    assert onto.implicit_realm["ban"] == ("172",)


def test_a_ban_with_no_doer_is_the_government_the_article_names(read) -> None:
    doc = read(
        "The government of Kenya raised fuel taxes on Monday, officials in Nairobi said. "
        "The plastic bag ban, introduced in 2017, has also hurt traders in Mombasa."
    )
    [ban] = bans(doc)
    ents = {e.id: e for e in doc.entities}
    assert [(ents[a].country, ents[a].sector) for a in ban.actors] == [("KEN", "GOV")]
    # a state's ban holds in its whole country, not in the town of the traders it hurt
    assert ban.location is not None and ban.location.name == "Kenya"


def test_a_ban_told_again_is_not_a_second_ban(read) -> None:
    doc = read(
        "The Kenyan government banned plastic bags in 2017. "
        "Traders said the ban on plastic bags has cut their sales."
    )
    assert [e.trigger.text for e in bans(doc)] == ["banned"]
    doc = read(
        "The Kenyan government raised fuel taxes on Monday. Traders said this ban hurt them."
    )
    assert not bans(doc)


def test_a_ban_in_an_article_naming_no_government_keeps_no_doer(read) -> None:
    doc = read("The smoking ban has cut hospital visits, doctors in Leeds said.")
    assert not bans(doc)


def test_a_standing_rule_or_another_places_rule_takes_no_government_as_doer(read) -> None:
    # the present passive tells a rule that stands, not its imposition
    doc = read(
        "Prime Minister Ana Brnabic spoke in Belgrade on Monday. "
        "The monk said members of the order are forbidden from owning land and are prohibited "
        "from eating meat."
    )
    assert not bans(doc)
    # a ban said to hold in a named place or body is that place's, not the nearest government's
    doc = read(
        "Minister Budi Karya said on Tuesday the airline would appeal. "
        "Its planes were banned in the European Union last year."
    )
    assert not bans(doc)
