"""Event precision on crime, court and disaster news (issue 21): what is protected must be a
party, an arrest avoided or sought is no arrest, and withholding a name is words."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2019-11-20"


def plover_types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover and e.modality != "negated"}


def test_protecting_a_thing_is_no_aid_but_protecting_a_party_is(read) -> None:
    assert "AID" not in plover_types(read("The new rules help the agency protect rare frogs."))
    assert "AID" not in plover_types(
        read("Crews worked through the night to protect nearby warehouses from the flames.")
    )
    assert "AID" in plover_types(
        read("Kenyan soldiers protected the villagers of Lamu from the rebels on Monday.")
    )


def test_an_arrest_avoided_or_resisted_is_no_arrest(read) -> None:
    doc = read("Prosecutors said Brandt killed the guard to avoid arrest in March.")
    assert "COERCE" not in plover_types(doc)
    doc = read("Kowalski has prior convictions for burglary, resisting arrest and fraud.")
    assert "COERCE" not in plover_types(doc)
    # an arrest that was made stays
    doc = read("Police in Leeds arrested two men on Tuesday after the riot.")
    assert "COERCE" in plover_types(doc)
