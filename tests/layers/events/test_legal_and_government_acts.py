"""Legal acts and government measures a recall pass found missing (issue 21): a subpoena is a
demand for testimony or documents (CAMEO 101, PLOVER REQUEST); placing someone under arrest is
detaining them (CAMEO 173, PLOVER COERCE)."""

from __future__ import annotations

from .parties import coded, names, sectors

PUBLISHED = "2022-03-15"


def test_subpoenaing_a_party_is_a_demand_for_information(read) -> None:
    doc = read("Senator Alice Moreno subpoenaed the Northwind Bank on Tuesday.")
    (ev,) = coded(doc, "101")
    assert ev.plover == "REQUEST" and ev.trigger.text == "subpoenaed"
    assert names(doc, ev.actors) == {"Alice Moreno"}


def test_subpoenaing_a_witness_to_testify_is_the_demand_not_the_testimony(read) -> None:
    doc = read("Senator Alice Moreno subpoenaed Carl Dunn to testify before the committee.")
    assert [ev.plover for ev in doc.events] == ["REQUEST"]
    assert names(doc, doc.events[0].recipients) == {"Carl Dunn"}


def test_an_issued_or_authorized_subpoena_is_the_demand(read) -> None:
    doc = read("The Senate Banking Committee issued a subpoena to Carl Dunn on Monday.")
    assert [ev.cameo for ev in doc.events] == ["101"]
    doc = read("The Senate Banking Committee authorized subpoenas for the bank's records.")
    assert [ev.cameo for ev in doc.events] == ["101"]


def test_a_subpoena_served_or_ignored_is_no_new_demand(read) -> None:
    doc = read("Marshals serving Carl Dunn with a subpoena found him at his office in Denver.")
    assert not coded(doc, "10")
    doc = read("Carl Dunn did not appear at the hearing despite a subpoena.")
    assert not coded(doc, "10")


def test_placing_or_putting_under_arrest_is_a_detention(read) -> None:
    doc = read("Venezuela's government placed Maria Santos under house arrest on Monday.")
    (ev,) = coded(doc, "173")
    assert ev.plover == "COERCE" and ev.trigger.text == "placed"
    assert names(doc, ev.recipients) == {"Maria Santos"}
    doc = read("A judge in Santiago put Carlos Ortega under house arrest.")
    (ev,) = coded(doc, "173")
    assert ev.trigger.text == "put" and names(doc, ev.recipients) == {"Carlos Ortega"}


def test_placing_under_other_things_is_no_detention(read) -> None:
    doc = read("The central bank of Peru put the economy under pressure in March.")
    assert not coded(doc, "17")
    doc = read("A court in Lima placed the Andes Mining Company under administration.")
    assert not coded(doc, "17")


def test_placed_under_arrest_with_no_doer_is_the_named_polices(read) -> None:
    doc = read("Police in Leeds said three men were placed under arrest on Friday.")
    (ev,) = coded(doc, "173")
    assert ev.trigger.text == "placed" and sectors(doc, ev.actors) == {"COP"}
