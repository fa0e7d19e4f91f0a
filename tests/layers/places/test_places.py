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
        "Ukrainian",
        "demonym",
        "country",
        "UKR",
    )


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


def test_divisions_outside_the_us_and_counties_are_places(gaz) -> None:
    def own(name: str, feature: str) -> list[tuple[str | None, int]]:
        return [(c.country, c.geonames_id) for c in gaz.candidates(name) if c.feature == feature]

    assert own("Tamil Nadu", "admin1") == [("IND", 1255053)]
    assert ("DEU", 2951839) in own("Bavaria", "admin1")  # an English name of Bayern
    assert ("USA", 5379524) in own("Orange County", "admin2")
    assert own("Central", "admin1") == []  # a division named by generic words only
    assert own("Charlotte", "admin1") == []  # a parish of a country under a million people
    # "St." is "Saint": the Russian city is among the candidates under its own name
    assert any(c.country == "RUS" and not c.alias for c in gaz.candidates("St. Petersburg"))


def test_a_city_is_meant_before_the_division_of_its_name(gaz) -> None:
    doc = make_document(
        ["Fans", "gathered", "in", "Hamburg", "and", "in", "Tamil", "Nadu", "."],
        heads=[1, 1, 1, 2, 1, 1, 7, 5, 1],
        pos=["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "PROPN", "PUNCT"],
        ents=[("Hamburg", "GPE"), ("Tamil Nadu", "PERSON")],
    )
    places = find_places(doc, gaz)
    assert [(p.text, p.feature, p.country) for p in places] == [
        ("Hamburg", "city", "DEU"),
        ("Tamil Nadu", "admin1", "IND"),  # a division, though the parser took it for a person
    ]


def test_places_inside_names_are_found_as_embedded(gaz) -> None:
    doc = make_document(
        [
            "The",
            "Bank",
            "of",
            "Japan",
            "and",
            "the",
            "Russian",
            "Ministry",
            "of",
            "Defence",
            "met",
            "EU",
            "officials",
            ".",
        ],
        heads=[1, 10, 1, 2, 1, 7, 7, 1, 7, 8, 10, 12, 10, 10],
        pos=[
            "DET",
            "PROPN",
            "ADP",
            "PROPN",
            "CCONJ",
            "DET",
            "ADJ",
            "PROPN",
            "ADP",
            "PROPN",
            "VERB",
            "PROPN",
            "NOUN",
            "PUNCT",
        ],
        ents=[
            ("The Bank of Japan", "ORG"),
            ("the Russian Ministry of Defence", "ORG"),
            ("EU", "ORG"),
        ],
    )
    places = find_places(doc, gaz)
    assert [(p.text, p.source, p.name) for p in places] == [
        ("Japan", "embedded", "Japan"),
        ("Russian", "embedded", "Russia"),
        ("EU", "ner", "Europe"),  # a continent's union on its continent; never the town of Eu
    ]


def test_an_arabic_name_is_found_under_the_gazetteers_romanization(gaz) -> None:
    def countries(name: str) -> set[str | None]:
        return {c.country for c in gaz.candidates(name)}

    # news spellings against GeoNames' BGN/PCGN ones: "Ra’s al ‘Ayn", "‘Ayn ‘Īsá", "Tall Abyaḑ"
    assert "SYR" in countries("Ras al-Ain")
    assert countries("Ain Issa") == {"SYR"}
    assert countries("Tel Abyad") == {"SYR"}
    assert all(c.alias for c in gaz.candidates("Ain Issa"))
    # a short vowel news writes before a word's last consonant: "Tamer" for "Tamr"
    assert [c.name for c in gaz.candidates("Tell Tamer")] == ["Tall Tamr"]
    assert [c.name for c in gaz.candidates("Deir Hafer")] == ["Dayr Ḩāfir"]
    # one word is no Arabic name ("Ain" is the French department), nor a name without the words
    assert countries("Ain") == {"FRA"}
    assert gaz.candidates("Paris Hilton") == []


def test_an_arabic_place_the_parser_calls_a_person_is_a_place(gaz) -> None:
    doc = make_document(
        ["Rebels", "left", "Ain", "Issa", "and", "Ras", "al-Ain", "in", "Syria", "."],
        pos=["NOUN", "VERB", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
        ents=[("Ain Issa", "PERSON"), ("Ras al-Ain", "PERSON"), ("Syria", "GPE")],
    )
    places = find_places(doc, gaz)
    assert [(p.text, p.feature, p.country) for p in places] == [
        ("Ain Issa", "city", "SYR"),
        ("Ras al-Ain", "city", "SYR"),
        ("Syria", "country", "SYR"),
    ]
    # a town whose population GeoNames does not know (0) is ranked as a town, not an empty
    # place: "Ra’s al ‘Ayn" in Syria before the Moroccan village "Ras El Aïn"
    assert places[1].geonames_id == 165509


def test_a_generic_word_alone_is_no_towns_alternate_name(gaz) -> None:
    # GeoNames lists "North" for North Salt Lake and "Bay" for Baia Mare among alternate names
    assert gaz.candidates("North") == []
    assert all(c.feature == "other" for c in gaz.candidates("Bay"))
    # a region's English name stays: "the Gulf"
    assert [c.name for c in gaz.candidates("Gulf")] == ["Persian Gulf"]


def test_kosovo_is_a_country(gaz) -> None:
    # countryinfo gives Kosovo and some island territories no point: they were no places
    assert gaz.candidates("Kosovo")[0].feature == "country"
    assert gaz.candidates("Kosovo")[0].country == "XKX"
    assert gaz.country("CUW") is not None


def test_an_abbreviation_names_no_city_listed_under_its_airport_code(gaz) -> None:
    doc = make_document(
        ["The", "NTSB", "and", "the", "UAE", "met", "in", "NYC", "."],
        pos=["DET", "PROPN", "CCONJ", "DET", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        ents=[("NTSB", "GPE"), ("UAE", "GPE"), ("NYC", "GPE")],
    )
    got = {p.text: p.name for p in find_places(doc, gaz)}
    # "ABC" is Albacete's airport code, "GAO" Guantánamo's: GeoNames lists them as alternate names
    assert [c.name for c in gaz.candidates("ABC")] == ["Albacete"]
    doc2 = make_document(
        ["ABC", "and", "the", "GAO", "reported", "."],
        pos=["PROPN", "CCONJ", "DET", "PROPN", "VERB", "PUNCT"],
        ents=[("ABC", "GPE"), ("GAO", "GPE")],
    )
    assert [p.name for p in find_places(doc2, gaz)] == [None, None]
    # a country or a city news writes so keeps its abbreviation
    assert got["UAE"] == "United Arab Emirates"
    assert got["NYC"] == "New York City"


def test_a_name_begun_with_a_small_letter_is_no_place(gaz) -> None:
    doc = make_document(
        ["The", "eGA", "plant", "near", "Dubai", "and", "metro", "lines", "."],
        pos=["DET", "PROPN", "NOUN", "ADP", "PROPN", "CCONJ", "NOUN", "NOUN", "PUNCT"],
        ents=[("eGA", "GPE"), ("Dubai", "GPE"), ("metro", "GPE")],
    )
    assert [p.text for p in find_places(doc, gaz)] == ["Dubai"]


def test_a_division_english_writes_as_a_word_is_a_place_only_where_named_one(gaz) -> None:
    doc = make_document(
        ["A", "Delta", "rocket", "flew", "over", "the", "Nile", "Delta", "."],
        pos=["DET", "PROPN", "NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
        ents=[("Nile Delta", "LOC")],
    )
    # neither the rocket nor the river's delta is Nigeria's Delta State
    assert [(p.text, p.country) for p in find_places(doc, gaz)] == [("Nile Delta", None)]


def test_a_town_name_before_a_street_word_names_the_street(gaz) -> None:
    # the parser names the town and leaves the (abbreviated) street word out
    doc = make_document(
        ["Shots", "were", "fired", "near", "Albany", "Ave", ".", "in", "Boston", "."],
        pos=["NOUN", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT"],
        ents=[("Albany", "GPE"), ("Boston", "GPE")],
    )
    places = find_places(doc, gaz)
    assert [(p.text, p.geonames_id is None) for p in places] == [
        ("Albany Ave", True),
        ("Boston", False),
    ]


def test_a_street_or_square_name_is_no_town_of_that_name(gaz) -> None:
    # GeoNames lists "Church Street" (a ward of London) and "Union Square" (neighbourhoods of
    # US cities) as towns; in a sentence they are the street and the square
    doc = make_document(
        ["Marchers", "left", "Church", "Street", "for", "Union", "Square", "in", "Ohio", "."],
        pos=["NOUN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
        ents=[("Church Street", "LOC"), ("Union Square", "LOC"), ("Ohio", "GPE")],
    )
    places = find_places(doc, gaz)
    assert [(p.text, p.geonames_id is None) for p in places] == [
        ("Church Street", True),
        ("Union Square", True),
        ("Ohio", False),
    ]
    # a town so named is meant where its state follows after a comma
    doc = make_document(
        ["Farmers", "met", "in", "Kennett", "Square", ",", "Pennsylvania", "."],
        pos=["NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"],
        ents=[("Kennett Square", "GPE"), ("Pennsylvania", "GPE")],
    )
    assert [(p.text, p.country, p.feature) for p in find_places(doc, gaz)] == [
        ("Kennett Square", "USA", "city"),
        ("Pennsylvania", "USA", "admin1"),
    ]


def test_a_square_is_its_neighbourhood_where_the_article_names_its_state(gaz) -> None:
    doc = make_document(
        ["Crowds", "filled", "Times", "Square", "in", "New", "York", "."],
        pos=["NOUN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"],
        ents=[("Times Square", "LOC"), ("New York", "GPE")],
    )
    assert [(p.text, p.country, p.admin1) for p in find_places(doc, gaz)] == [
        ("Times Square", "USA", "NY"),
        ("New York", "USA", "NY"),
    ]


def test_a_saints_name_in_the_possessive_before_a_building_word_names_the_building(gaz) -> None:
    # the parser cuts the name at the possessive; the words are the cathedral's, dedicated to
    # the saint, not Saint Paul, Minnesota
    words = ["Choirs", "sang", "at", "St.", "Paul", "'s", "Cathedral", "in", "London", "."]
    doc = make_document(
        words,
        pos=["NOUN", "VERB", "ADP", "PROPN", "PROPN", "PART", "PROPN", "ADP", "PROPN", "PUNCT"],
        tags=["NNS", "VBD", "IN", "NNP", "NNP", "POS", "NNP", "IN", "NNP", "."],
        spaces=[True, True, True, True, False, True, True, True, False, False],
        ents=[("St. Paul 's", "GPE"), ("London", "GPE")],
    )
    places = find_places(doc, gaz)
    assert [(p.text, p.geonames_id is None) for p in places] == [
        ("St. Paul's Cathedral", True),
        ("London", False),
    ]
    # the town itself, named without a possessive, stays the town
    doc = make_document(
        ["Choirs", "sang", "in", "St.", "Paul", "on", "Sunday", "."],
        pos=["NOUN", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
        ents=[("St. Paul", "GPE")],
    )
    assert [(p.text, p.country) for p in find_places(doc, gaz)] == [("St. Paul", "USA")]


def test_a_given_name_the_parser_calls_a_place_is_a_person_unless_a_town_or_a_site(gaz) -> None:
    # a known given name, alone or before a surname, that no place bears is the person's name;
    # a site named after a person and a town named like one stay places
    words = ["Helen", "Kovac", "thanked", "staff", "at", "Helen", "Keller", "Hospital"]
    tags = ["PROPN", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "PROPN"]
    doc = make_document(
        [*words, "in", "Charlotte", "."],
        pos=[*tags, "ADP", "PROPN", "PUNCT"],
        ents=[("Helen Kovac", "GPE"), ("Helen Keller Hospital", "FAC"), ("Charlotte", "GPE")],
    )
    assert [p.text for p in find_places(doc, gaz)] == ["Helen Keller Hospital", "Charlotte"]
    doc = make_document(
        ["Reporters", "asked", "about", "Helen", "'s", "health", "."],
        pos=["NOUN", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "IN", "NNP", "POS", "NN", "."],
        spaces=[True, True, True, False, True, False, False],
        ents=[("Helen 's", "GPE")],
    )
    assert find_places(doc, gaz) == []


def test_a_name_a_holiday_begins_is_the_day_or_its_service_not_a_place(gaz) -> None:
    # "the Easter Vigil" is a service; an island named after the day stays the island
    words = ["Pilgrims", "kept", "the", "Easter", "Vigil", "on", "Christmas", "Island", "."]
    doc = make_document(
        words,
        pos=["NOUN", "VERB", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"],
        ents=[("Easter Vigil", "FAC"), ("Christmas Island", "LOC")],
    )
    assert [p.text for p in find_places(doc, gaz)] == ["Christmas Island"]


def test_a_persons_name_the_entity_layer_took_with_its_possessive_is_no_place(gaz) -> None:
    # the entity layer's mention runs over "'s", the parser's place name stops before it
    from dataclasses import replace

    from newsevents.records import Entity, Mention

    words = ["Critics", "praised", "Ngozi", "Adeyemo", ".", "Adeyemo", "'s", "essay", "won", "."]
    doc = make_document(
        words,
        pos=["NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "PUNCT"],
        tags=["NNS", "VBD", "NNP", "NNP", ".", "NNP", "POS", "NN", "VBD", "."],
        spaces=[True, True, True, False, True, False, True, True, False, False],
        ents=[("Ngozi Adeyemo", "PERSON"), ("Adeyemo", "GPE")],
    )
    start = doc.article.text.index("Adeyemo's")
    person = Entity(
        "e1",
        "Ngozi Adeyemo",
        "PERSON",
        (
            Mention(doc.article.text.index("Ngozi"), start - 2, "Ngozi Adeyemo"),
            Mention(start, start + len("Adeyemo's"), "Adeyemo's", kind="surname"),
        ),
    )
    assert find_places(doc, gaz)[0].text == "Adeyemo"
    assert find_places(replace(doc, entities=(person,)), gaz) == []


def test_an_organisations_name_the_entity_layer_took_as_a_possessive_is_no_place(gaz) -> None:
    # an organisation named only in the possessive ("Notre Dame's guard", the university's
    # team) is no place, as its plain name is not
    from dataclasses import replace

    from newsevents.records import Entity, Mention

    words = ["Fans", "cheered", "Notre", "Dame", "'s", "guard", "."]
    doc = make_document(
        words,
        pos=["NOUN", "VERB", "PROPN", "PROPN", "PART", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "NNP", "NNP", "POS", "NN", "."],
        spaces=[True, True, True, False, True, False, False],
        ents=[("Notre Dame", "GPE")],
    )
    start = doc.article.text.index("Notre Dame's")
    school = Entity(
        "e1",
        "Notre Dame",
        "ORG",
        (Mention(start, start + len("Notre Dame's"), "Notre Dame's", kind="possessive"),),
    )
    assert find_places(doc, gaz)[0].text == "Notre Dame"
    assert find_places(replace(doc, entities=(school,)), gaz) == []


def test_an_unknown_name_the_sentence_makes_a_doer_or_an_owner_is_a_party(gaz) -> None:
    # a GPE the gazetteer places nowhere, as subject or possessor (or their conjunct), is a
    # firm or a body; after a preposition of place it stays a small place the gazetteer lacks
    doc = make_document(
        ["Then", "Veltrosa", "and", "Kanbrio", "opened", "offices", "in", "Drummakeel", "."],
        heads=[4, 4, 1, 1, 4, 4, 5, 6, 4],
        deps=["advmod", "nsubj", "cc", "conj", "ROOT", "dobj", "prep", "pobj", "punct"],
        pos=["ADV", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
        ents=[("Veltrosa", "GPE"), ("Kanbrio", "GPE"), ("Drummakeel", "GPE")],
    )
    assert [p.text for p in find_places(doc, gaz)] == ["Drummakeel"]
    doc = make_document(
        ["Staff", "praised", "Veltrosa", "'s", "managers", "."],
        heads=[1, 1, 4, 2, 1, 1],
        deps=["nsubj", "ROOT", "poss", "case", "dobj", "punct"],
        pos=["NOUN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "NNP", "POS", "NNS", "."],
        spaces=[True, True, False, True, False, False],
        ents=[("Veltrosa", "GPE")],
    )
    assert find_places(doc, gaz) == []


def test_an_unknown_name_keeps_its_place_as_subject_of_be_or_beside_a_known_place(gaz) -> None:
    doc = make_document(
        ["Officials", "said", "Drummakeel", "is", "calm", "."],
        heads=[1, 1, 3, 1, 3, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"],
        pos=["NOUN", "VERB", "PROPN", "AUX", "ADJ", "PUNCT"],
        lemmas=["official", "say", "drummakeel", "be", "calm", "."],
        ents=[("Drummakeel", "GPE")],
    )
    assert [p.text for p in find_places(doc, gaz)] == ["Drummakeel"]


def test_a_surname_of_a_person_named_in_full_is_no_town_of_that_name(gaz) -> None:
    # "Ashley Lowell ... Lowell thanked": the entity layer's surname of a person named with a
    # given name is the person, though a city bears it; a name with no given name keeps it
    from dataclasses import replace

    from newsevents.records import Entity, Mention

    words = ["Ashley", "Lowell", "won", ".", "Later", "Lowell", "thanked", "fans", "."]
    doc = make_document(
        words,
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "PROPN", "VERB", "NOUN", "PUNCT"],
        ents=[("Ashley Lowell", "PERSON"), ("Lowell", "GPE")],
    )
    text = doc.article.text
    at = text.index("Lowell thanked")

    def person(name: str) -> Entity:
        full = Mention(0, len("Ashley Lowell"), "Ashley Lowell")
        return Entity("e1", name, "PERSON", (full, Mention(at, at + 6, "Lowell", kind="surname")))

    assert find_places(replace(doc, entities=(person("Ashley Lowell"),)), gaz) == []
    kept = find_places(replace(doc, entities=(person("Harbour Lowell"),)), gaz)
    assert [p.text for p in kept] == ["Lowell"]


def test_a_bracketed_acronym_of_a_name_is_no_town_it_is_an_alternate_name_of(gaz) -> None:
    # "MoD" is an alternate name of Modesto; written in brackets after "the Ministry of
    # Defence" it is the ministry's acronym there and where the article uses it again
    words = ["The", "Ministry", "of", "Defence", "(", "MoD", ")", "thanked", "pilots", "."]
    words += ["The", "MoD", "flew", "them", "to", "Basra", "."]
    tags = ["DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"]
    doc = make_document(
        words,
        pos=[*tags, "DET", "PROPN", "VERB", "PRON", "ADP", "PROPN", "PUNCT"],
        ents=[("Ministry of Defence", "ORG"), ("MoD", "GPE"), ("MoD", "GPE"), ("Basra", "GPE")],
    )
    assert [p.text for p in find_places(doc, gaz)] == ["Basra"]
    # not spelled by the name before it, the word keeps its place; a union's acronym stays one
    tags = ["NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET", "PROPN", "PROPN"]
    doc = make_document(
        ["Growers", "(", "MoD", ")", "met", "the", "European", "Union", "(", "EU", ")", "."],
        pos=[*tags, "PUNCT", "PROPN", "PUNCT", "PUNCT"],
        ents=[("MoD", "GPE"), ("European Union", "ORG"), ("EU", "GPE")],
    )
    assert [p.text for p in find_places(doc, gaz)] == ["MoD", "European Union", "EU"]


def test_a_name_a_storm_title_begins_is_the_storms_not_a_place(gaz) -> None:
    # "Hurricane Georges" and, later alone, "Georges" name the storm; Miami stays a place
    words = ["Hurricane", "Georges", "hit", "Miami", ".", "Georges", "weakened", "."]
    doc = make_document(
        words,
        pos=["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
        ents=[("Hurricane Georges", "LOC"), ("Miami", "GPE"), ("Georges", "GPE")],
    )
    assert [p.text for p in find_places(doc, gaz)] == ["Miami"]


def test_names_a_colon_lists_after_a_plural_storm_noun_are_storms(gaz) -> None:
    # the list names the storms; a list after "states" names places
    words = ["Two", "typhoons", "struck", "Japan", ":", "Harvey", "and", "Irma", "."]
    tags = ["CD", "NNS", "VBD", "NNP", ":", "NNP", "CC", "NNP", "."]
    pos = ["NUM", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"]
    ents = [("Japan", "GPE"), ("Harvey", "GPE"), ("Irma", "GPE")]
    doc = make_document(words, tags=tags, pos=pos, ents=ents)
    assert [p.text for p in find_places(doc, gaz)] == ["Japan"]
    words[1] = "states"
    doc = make_document(words, tags=tags, pos=pos, ents=ents)
    assert [p.text for p in find_places(doc, gaz)] == ["Japan", "Harvey", "Irma"]


def test_a_town_the_gazetteer_knows_by_a_storm_word_stays_a_place(gaz) -> None:
    words = ["Farmers", "met", "in", "Storm", "Lake", "."]
    doc = make_document(
        words,
        pos=["NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
        ents=[("Storm Lake", "GPE")],
    )
    assert [p.text for p in find_places(doc, gaz)] == ["Storm Lake"]
