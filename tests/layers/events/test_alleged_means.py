"""Event type precision (issue 21, eleventh session, round 2): the means of an alleged act is
alleged too, no event of its own."""

from __future__ import annotations

PUBLISHED = "2019-11-20"


def test_the_means_of_an_alleged_act_is_no_event(read) -> None:
    doc = read(
        "Russia and the Syrian government have been accused of creating a humanitarian "
        "disaster in the Rukban camp by blocking the delivery of aid."
    )
    assert {e.plover for e in doc.events} == {"ACCUSE"}
    doc = read("Police arrested the protesters by blocking the road.")
    assert {e.plover for e in doc.events} == {"COERCE"}
