"""Acts of force in the air and with missiles, read from the event lexicon (aerial helper h31):
a craft downed (CAMEO 190), a missile intercepted (1711), a weapon test-fired or fired into the
sea (150), military craft in another state's airspace (150), a bombing by planes (195)."""

from __future__ import annotations

from newsevents.records import Document

from .parties import coded, first, names

PUBLISHED = "2022-08-14"


def test_downing_a_craft_is_force_against_its_owner(read) -> None:
    doc = read("Venezuelan troops downed a Colombian military helicopter near the border.")
    ev = first(doc, "downed")
    assert ev.cameo == "190" and ev.plover == "ASSAULT", ev
    assert names(doc, ev.actors) == {"Venezuelan troops"}, names(doc, ev.actors)
    assert any("Colombian" in n for n in names(doc, ev.recipients)), names(doc, ev.recipients)


def test_a_craft_downed_in_the_passive_keeps_its_shooter(read) -> None:
    doc = read("A Turkish surveillance drone was downed by Greek forces on Friday.")
    ev = first(doc, "downed")
    assert ev.cameo == "190", ev
    assert names(doc, ev.actors) == {"Greek forces"}, names(doc, ev.actors)


def test_downing_what_does_not_fly_is_no_force(read) -> None:
    for text in (
        "High winds downed power lines across the valley on Sunday.",
        "The Boston Celtics downed the Chicago Bulls 104-99 on Saturday.",
        "Dock workers downed tools at the port of Rotterdam.",
    ):
        doc: Document = read(text)
        assert not coded(doc, "19"), (text, [e.cameo for e in doc.events])


def test_intercepting_missiles_stops_their_owners_weapons(read) -> None:
    doc = read("Egyptian air defences intercepted Libyan missiles over Alexandria on Monday.")
    ev = first(doc, "intercepted")
    assert ev.cameo == "1711" and ev.plover == "COERCE", ev
    assert "Libya" in names(doc, ev.recipients), names(doc, ev.recipients)


def test_intercepting_goods_or_passes_is_no_interception_of_weapons(read) -> None:
    for text in (
        "Customs officers intercepted a shipment of counterfeit watches in Hamburg.",
        "The cornerback intercepted two passes in the fourth quarter.",
    ):
        doc = read(text)
        assert not coded(doc, "1711"), (text, [e.cameo for e in doc.events])


def test_a_test_fired_missile_is_a_show_of_force_at_no_one(read) -> None:
    for text, trig in (
        ("India test-fired a long-range cruise missile on Wednesday.", "test-fired"),
        ("Iran test-launched three ballistic missiles last week.", "test-launched"),
    ):
        doc = read(text)
        ev = first(doc, trig)
        assert ev.cameo == "150" and ev.plover == "MOBILIZE", (text, ev)
        assert not ev.recipients, (text, names(doc, ev.recipients))
        assert not coded(doc, "19"), (text, [e.cameo for e in doc.events])


def test_missiles_fired_at_a_state_stay_an_attack(read) -> None:
    doc = read("Militants fired four rockets at Jordan from across the border on Tuesday.")
    ev = first(doc, "fired")
    assert ev.cameo == "194", ev


def test_military_craft_in_anothers_airspace_show_force(read) -> None:
    for text, trig in (
        ("Belarusian helicopters violated Polish airspace on Thursday.", "violated"),
        ("Two Syrian jets breached Turkish airspace near Hatay.", "breached"),
        ("Two Chinese fighter jets flew into Vietnamese airspace without permission.", "flew"),
    ):
        doc = read(text)
        ev = first(doc, trig)
        assert ev.cameo == "150" and ev.plover == "MOBILIZE", (text, ev)


def test_breaching_a_contract_or_flying_to_a_city_is_no_show_of_force(read) -> None:
    for text in (
        "The supplier breached its contract with the hospital.",
        "The foreign minister flew into Nairobi on Monday.",
        "A passenger jet from Qatar flew into Omani airspace after the storm.",
        "A commercial airliner violated Cuban airspace in bad weather.",
    ):
        doc = read(text)
        assert not coded(doc, "15"), (text, [e.cameo for e in doc.events])


def test_bombing_by_planes_is_an_air_strike(read) -> None:
    doc = read("Saudi planes bombed a market in northern Yemen on Friday.")
    ev = first(doc, "bombed")
    assert ev.cameo == "195", ev


def test_missiles_fired_into_the_sea_show_force_at_no_one(read) -> None:
    doc = read("Pyongyang fired two cruise missiles into the sea off its west coast on Sunday.")
    ev = first(doc, "fired")
    assert ev.cameo == "150" and not ev.recipients, (ev, names(doc, ev.recipients))
