"""States' formal names, schools, coordinated places and the
adjectives of the United Kingdom's nations (real gazetteer, hand-made parses)."""

from __future__ import annotations

import pytest

from newsevents.layers.places import find_places, load_gazetteer
from newsevents.parse.handmade import make_document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_a_states_formal_name_is_the_country(gaz) -> None:
    assert [c.geonames_id for c in gaz.candidates("Republic of Armenia")] == [174982]
    assert [c.name for c in gaz.candidates("the Kingdom of Saudi Arabia")] == ["Saudi Arabia"]
    assert gaz.candidates("Republic of Nowhere") == []


def _places(gaz, words: list[str], ents: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    doc = make_document(words, ents=ents)
    return [(p.text, p.name) for p in find_places(doc, gaz)]


def test_a_school_is_placed_in_the_city_of_its_name_only(gaz) -> None:
    words = ["She", "studied", "at", "California", "State", "University", "and", "the",
             "University", "of", "Chicago", "."]  # fmt: skip
    ents = [("California State University", "ORG"), ("the University of Chicago", "ORG")]
    assert _places(gaz, words, ents) == [("Chicago", "Chicago")]


def test_places_joined_by_or_are_of_one_kind(gaz) -> None:
    words = ["Buyers", "come", "from", "California", "or", "Washington", "."]
    doc = make_document(words, ents=[("California", "GPE"), ("Washington", "GPE")])
    places = find_places(doc, gaz)
    assert [(p.text, p.feature) for p in places] == [
        ("California", "admin1"),
        ("Washington", "admin1"),
    ]
    alone = make_document(["He", "flew", "to", "Washington", "."], ents=[("Washington", "GPE")])
    assert [p.feature for p in find_places(alone, gaz)] == ["city"]


def test_an_english_pianist_is_englands(gaz) -> None:
    doc = make_document(
        ["The", "English", "pianist", "played", "."],
        heads=[2, 2, 3, 3, 3],
        deps=["det", "amod", "nsubj", "ROOT", "punct"],
        tags=["DT", "JJ", "NN", "VBD", "."],
        ents=[("English", "NORP")],
    )
    assert [(p.text, p.name, p.feature, p.country) for p in find_places(doc, gaz)] == [
        ("English", "England", "admin1", "GBR")
    ]


def test_a_name_no_place_is_called_is_read_for_the_place_it_names(gaz) -> None:
    from newsevents.layers.places import Resolver

    part = Resolver(gaz, [], "")._compound

    def top(name: str) -> tuple[str, str] | None:
        cands = part(name)
        return (cands[0].name, cands[0].feature) if cands else None

    assert top("north west London") == ("London", "city")
    assert top("South Florida") == ("Florida", "admin1")
    assert top("Marathon County Sheriff") == ("Marathon County", "admin2")
    assert top("Local Ireland") == ("Ireland", "country")
    assert top("Thruxton, Hampshire") is not None  # the place after the comma
    # a US state by its postal code after a comma ("Washington, DC", "Irving, TX")
    assert top("Washington, DC") == ("Washington", "city")
    assert (part("Irving, TX")[0].admin1, part("Mountain View, CA")[0].admin1) == ("TX", "CA")
    # named after a place, not in it; an embassy is abroad; a small town's word is too weak
    assert top("Mississippi River") is None
    assert top("Atlantic Avenue") is None
    assert top("Embassy of the Republic of Armenia") is None
    assert top("Crown Heights") is None
    # a delta or a basin is named after its river or lake, which crosses borders: the Niger
    # Delta lies in Nigeria, the Congo Basin in six states, the Lake Chad Basin in four
    assert top("Niger Delta") is None
    assert top("Congo Basin") is None
    assert top("Chad Basin") is None


def test_regions_oceans_and_seas_are_places(gaz) -> None:
    """GeoNames' features in no country (world_regions.tsv): a region under its name and its
    compass adjective's short form, an ocean or sea under its adjective; the country
    dictionaries' state names stay the states'."""
    assert [c.name for c in gaz.candidates("Middle East")] == ["Middle East"]
    assert [c.name for c in gaz.candidates("North Africa")] == ["Northern Africa"]
    ocean = [c for c in gaz.candidates("Atlantic") if c.feature == "other"]
    assert [(c.name, c.alias) for c in ocean] == [("Atlantic Ocean", False)]
    assert [c.name for c in gaz.candidates("the Gulf")] == ["Persian Gulf"]
    assert not any(c.feature == "other" for c in gaz.candidates("Red") + gaz.candidates("Indian"))
    assert all(c.feature != "other" for c in gaz.candidates("America"))
    assert [c.feature for c in gaz.candidates("South Africa")] == ["country"]


def test_the_atlantic_is_the_ocean_not_the_iowa_town(gaz) -> None:
    words = ["Storms", "form", "in", "the", "tropical", "Atlantic", "."]
    doc = make_document(words, ents=[("Atlantic", "LOC")])
    assert [(p.text, p.name) for p in find_places(doc, gaz)] == [("Atlantic", "Atlantic Ocean")]


def test_a_region_the_gazetteer_lacks_is_not_read_for_its_last_word(gaz) -> None:
    assert [c.name for c in gaz.candidates("Southeast Asia")] == ["South Eastern Asia"]
    words = ["He", "toured", "Latin", "America", "."]
    doc = make_document(words, ents=[("Latin America", "LOC")])
    assert [(p.text, p.name) for p in find_places(doc, gaz)] == [("Latin America", None)]


def test_an_english_saint_abbreviation_is_not_a_french_saint_name(gaz) -> None:
    # "St." is English; French place names hyphenate "Saint-": Senegal's and Alsace's
    # Saint-Louis count as found under an alternate name, Missouri's city under its own
    french = [c for c in gaz.candidates("St. Louis") if c.name == "Saint-Louis"]
    assert french and all(c.alias for c in french)
    assert not any(c.alias for c in gaz.candidates("Saint-Louis") if c.name == "Saint-Louis")
    words = ["Officials", "in", "Paris", "and", "Dakar", "met", "bankers", "from", "St.",
             "Louis", "."]  # fmt: skip
    ents = [("Paris", "GPE"), ("Dakar", "GPE"), ("St. Louis", "GPE")]
    places = find_places(make_document(words, ents=ents), gaz)
    assert [(p.text, p.country) for p in places][-1] == ("St. Louis", "USA")


def test_a_land_named_after_a_sea_is_not_in_the_sea(gaz) -> None:
    words = ["Rain", "fell", "across", "the", "Pacific", "Northwest", "and", "Atlantic",
             "Canada", "but", "not", "on", "the", "North", "Atlantic", "."]  # fmt: skip
    ents = [("Pacific Northwest", "LOC"), ("Atlantic Canada", "LOC"), ("North Atlantic", "LOC")]
    assert _places(gaz, words, ents) == [
        ("Pacific Northwest", None),
        ("Atlantic Canada", "Canada"),
        ("North Atlantic", "North Atlantic Ocean"),
    ]
    # before a word in small letters, the name is still the sea's
    words = ["Waters", "of", "the", "Pacific", "equatorial", "band", "warmed", "."]
    assert _places(gaz, words, [("Pacific equatorial", "LOC")]) == [
        ("Pacific equatorial", "Pacific Ocean")
    ]
