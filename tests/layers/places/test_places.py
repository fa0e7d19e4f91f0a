"""The places layer (places.gazetteer.v1) on the real gazetteer and on hand-made parses."""

from __future__ import annotations

import pytest

from newsevents.layers.places import PlaceStage, find_places, load_gazetteer
from newsevents.parse.handmade import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_the_gazetteer_finds_places_under_spellings_readers_use(gaz) -> None:
    def best(name: str) -> tuple[str, str | None]:
        own = [c for c in gaz.candidates(name) if not c.alias] or gaz.candidates(name)
        top = max(own, key=lambda c: (c.feature == "country", c.population))
        return top.name, top.country

    assert best("Sao Paulo") == ("São Paulo", "BRA")
    assert best("Mazar-i-Sharif")[1] == "AFG"
    assert best("Kiev") == ("Kyiv", "UKR")
    assert best("New York") == ("New York City", "USA")
    assert gaz.country("UKR").geonames_id == 690791


def test_places_are_resolved_with_the_evidence_that_chose_them(gaz) -> None:
    doc = make_document(
        ["Protesters", "marched", "in", "Atlanta", ",", "Georgia", "."],
        heads=[1, 1, 1, 2, 3, 3, 1],
        pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
        ents=[("Atlanta", "GPE"), ("Georgia", "GPE")],
    )
    places = find_places(doc, gaz)
    assert [(p.text, p.feature, p.country, p.admin1) for p in places] == [
        ("Atlanta", "city", "USA", "GA"),
        ("Georgia", "admin1", "USA", "GA"),
    ]
    assert places[0].geonames_id == 4180439
    assert "in Georgia" in (places[0].evidence or "")
    assert all(0 < (p.confidence or 0) <= 1 for p in places)


def test_a_nationality_adjective_stands_for_its_country(gaz) -> None:
    doc = make_document(
        ["Ukrainian", "troops", "advanced", "."],
        heads=[1, 2, 2, 2],
        deps=["amod", "nsubj", "ROOT", "punct"],
        tags=["JJ", "NNS", "VBD", "."],
        ents=[("Ukrainian", "NORP")],
    )
    (place,) = find_places(doc, gaz)
    assert (place.text, place.source, place.feature, place.country) == (
        "Ukrainian", "demonym", "country", "UKR",
    )  # fmt: skip


def test_a_people_noun_is_no_place(gaz) -> None:
    doc = make_document(
        ["Ukrainians", "voted", "."],
        tags=["NNPS", "VBD", "."],
        ents=[("Ukrainians", "NORP")],
    )
    assert find_places(doc, gaz) == []


def test_the_gazetteer_finds_a_big_city_the_parser_left_unnamed(gaz) -> None:
    doc = make_document(
        ["Shelling", "hit", "Kharkiv", "."],
        pos=["NOUN", "VERB", "PROPN", "PUNCT"],
    )
    (place,) = find_places(doc, gaz)
    assert (place.text, place.source, place.country) == ("Kharkiv", "gazetteer", "UKR")


def test_stage_contract() -> None:
    stage = PlaceStage()
    assert stage.requires == {"tokens", "sentences", "ner", "entities"}
    assert stage.produces == {"places"}


def test_an_outlets_national_domain_gives_its_country(gaz) -> None:
    assert gaz.outlet_country("https://www.irishtimes.ie/news/x") == "IRL"
    assert gaz.outlet_country("http://timesofindia.indiatimes.co.in:80/a") == "IND"
    assert gaz.outlet_country("https://www.nola.com/news") is None
    assert gaz.outlet_country(None) is None


def test_ap_state_abbreviations_name_their_state_only_with_the_dot(gaz) -> None:
    (ga,) = gaz.candidates("Ga.")
    assert (ga.name, ga.feature, ga.admin1) == ("Georgia", "admin1", "GA")
    assert gaz.candidates("N.M.")[0].name == "New Mexico"
    assert all(c.feature != "admin1" for c in gaz.candidates("Miss"))
