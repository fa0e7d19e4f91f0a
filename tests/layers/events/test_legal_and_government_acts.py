"""Legal acts and government measures a recall pass found missing (issue 21): a subpoena is a
demand for testimony or documents (CAMEO 101, PLOVER REQUEST)."""

from __future__ import annotations

from .parties import coded, names

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
