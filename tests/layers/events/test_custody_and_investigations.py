"""Police acts (issue 21): an investigation told as the circumstance of an arrest, and a person
taken into custody by police the text does not name as the doer."""

from __future__ import annotations

from .parties import coded, names, sectors

PUBLISHED = "2021-06-10"


def test_an_investigation_during_an_arrest_is_the_arresting_polices(read) -> None:
    doc = read("Police arrested four men on Tuesday during a fraud investigation in Leeds.")
    (ev,) = coded(doc, "09")
    assert ev.plover == "ACCUSE" and ev.trigger.text == "investigation"
    assert sectors(doc, ev.actors) == {"COP"}


def test_an_investigation_after_an_agentless_arrest_is_the_named_polices(read) -> None:
    doc = read(
        "Police in Dover gave details on Monday. "
        "Twelve suspected dealers were arrested following an investigation of a shipping firm."
    )
    (ev,) = coded(doc, "09")
    assert sectors(doc, ev.actors) == {"COP"}


def test_an_investigation_on_another_act_implies_no_police(read) -> None:
    # only an arrest or a detention makes its investigation law enforcement's
    doc = read(
        "Police in Dover gave details on Monday. "
        "The company's shares fell after an investigation into its accounts."
    )
    assert not coded(doc, "09")


def test_taken_into_custody_is_the_polices_arrest(read) -> None:
    doc = read(
        "Police in Marseille said on Friday that Paul Girard was taken into custody after the raid."
    )
    (ev,) = coded(doc, "173")
    assert sectors(doc, ev.actors) == {"COP"}
    assert names(doc, ev.recipients) == {"Paul Girard"}


def test_held_or_kept_in_custody_is_a_detention(read) -> None:
    doc = read("Police in Leeds held Tom Reyes in custody overnight.")
    (ev,) = coded(doc, "173")
    assert ev.plover == "COERCE" and ev.trigger.text == "held"
    assert sectors(doc, ev.actors) == {"COP"} and names(doc, ev.recipients) == {"Tom Reyes"}
    doc = read("Police in Leeds said that Tom Reyes was being kept in custody after the raid.")
    (ev,) = coded(doc, "173")
    assert ev.trigger.text == "kept" and sectors(doc, ev.actors) == {"COP"}


def test_a_jail_where_someone_is_held_is_no_target(read) -> None:
    doc = read(
        "Tom Reyes was arrested on Friday. Police said he was being held in the county jail."
    )
    held = [ev for ev in coded(doc, "173") if ev.trigger.text == "held"]
    assert held and all("jail" not in n.lower() for n in names(doc, held[0].recipients))


def test_an_event_held_in_a_former_prison_is_no_detention(read) -> None:
    doc = read("Police in Dublin said the festival was held in a former prison on Saturday.")
    assert not coded(doc, "173")
