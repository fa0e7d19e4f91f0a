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
