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


def test_withholding_a_name_or_a_value_is_no_rejection_or_appeal(read) -> None:
    doc = read("The shop owner declined to give his surname, fearing reprisals.")
    assert "REJECT" not in plover_types(doc)
    doc = read("The club declined to provide the value of the contract on Friday.")
    assert "REJECT" not in plover_types(doc)
    doc = read("A senior official, who requested anonymity, said the talks had stalled.")
    assert "REQUEST" not in plover_types(doc)
    doc = read("The officer asked not to be identified because he was not authorised to speak.")
    assert "REQUEST" not in plover_types(doc)
    # a refusal of an act, and an appeal to a party, stay
    assert "REJECT" in plover_types(read("Hungary declined to give aid to the refugees."))
    assert "REQUEST" in plover_types(read("Poland requested extradition of the banker."))
