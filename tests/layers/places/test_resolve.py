"""Ranking the candidates of a toponym (no model: a hand-made gazetteer and mentions)."""

from __future__ import annotations

from newsevents.layers.places import Candidate, Gazetteer, Mention, Resolver, name_key

PARIS_FR = Candidate(2988507, "Paris", "city", "FRA", "11", 48.85, 2.35, 2_138_551)
PARIS_TX = Candidate(4717560, "Paris", "city", "USA", "TX", 33.66, -95.56, 24_782)
GEORGIA_C = Candidate(614540, "Georgia", "country", "GEO", None, 42.0, 43.5, 3_700_000)
GEORGIA_S = Candidate(4197000, "Georgia", "admin1", "USA", "GA", 32.75, -83.5, 0)
ATLANTA = Candidate(4180439, "Atlanta", "city", "USA", "GA", 33.75, -84.39, 510_823)
ATLANTA_TX = Candidate(4671115, "Atlanta", "city", "USA", "TX", 33.11, -94.16, 5_605)
USA = Candidate(6252001, "United States", "country", "USA", None, 38.0, -97.0, 327_000_000)
UKRAINE = Candidate(690791, "Ukraine", "country", "UKR", None, 49.0, 32.0, 40_000_000)
KHARKIV = Candidate(706483, "Kharkiv", "city", "UKR", "07", 50.0, 36.25, 1_430_885)
KHARKIV_X = Candidate(9999999, "Kharkiv", "city", "RUS", "01", 51.0, 37.0, 9_000)
VILLAGE = Candidate(2517115, "Fuentes de Andalucia", "city", "ESP", "51", 37.46, -5.35, 7_344)


def _gazetteer(*places: Candidate, aliases: dict[str, list[Candidate]] | None = None) -> Gazetteer:
    listed = list(places)
    index = {c: k for k, c in enumerate(listed)}
    return Gazetteer(listed, {key: [index[c] for c in cs] for key, cs in (aliases or {}).items()})


def _resolve(gaz: Gazetteer, text: str, *names: str | tuple[str, str]) -> list[Candidate | None]:
    """Resolve the named mentions of `text`; a (word, ISO3) pair is a nationality adjective."""
    mentions, at = [], 0
    for n in names:
        word, country = (n, None) if isinstance(n, str) else n
        start = text.index(word, at)
        at = start + len(word)
        source = "demonym" if country else "ner"
        mentions.append(Mention(start, at, word, 0, 0, source, country))
    return [c.candidate if c else None for c in Resolver(gaz, mentions, text).resolve()]


def test_the_bigger_place_wins_without_context() -> None:
    gaz = _gazetteer(PARIS_TX, PARIS_FR)
    assert _resolve(gaz, "She flew to Paris.", "Paris") == [PARIS_FR]


def test_a_container_after_a_comma_picks_the_place_inside_it() -> None:
    gaz = _gazetteer(GEORGIA_C, GEORGIA_S, ATLANTA, ATLANTA_TX)
    got = _resolve(gaz, "He spoke in Atlanta, Georgia, on Monday.", "Atlanta", "Georgia")
    assert got == [ATLANTA, GEORGIA_S]


def test_the_articles_other_places_decide_between_a_country_and_a_us_state() -> None:
    gaz = _gazetteer(GEORGIA_C, GEORGIA_S, USA)
    text = "The United States said the governor of Georgia signed it."
    assert _resolve(gaz, text, "United States", "Georgia") == [USA, GEORGIA_S]
    assert _resolve(gaz, "Talks in Georgia ended.", "Georgia") == [GEORGIA_C]


def test_a_nationality_before_a_place_noun_picks_the_place_in_that_country() -> None:
    gaz = _gazetteer(KHARKIV, KHARKIV_X, UKRAINE)
    text = "Missiles struck the Ukrainian city of Kharkiv."
    assert _resolve(gaz, text, ("Ukrainian", "UKR"), "Kharkiv") == [UKRAINE, KHARKIV]


def test_an_alternate_name_loses_to_a_place_of_that_very_name() -> None:
    gaz = _gazetteer(UKRAINE, VILLAGE, aliases={"ukraine": [VILLAGE]})
    assert _resolve(gaz, "Ukraine said no.", "Ukraine") == [UKRAINE]


def test_a_name_the_gazetteer_does_not_know_stays_unresolved() -> None:
    gaz = _gazetteer(PARIS_FR)
    assert _resolve(gaz, "They met on Frenchmen Street.", "Frenchmen Street") == [None]


def test_name_keys_ignore_case_accents_hyphens_and_the_ezafe() -> None:
    assert name_key("São Paulo") == name_key("Sao Paulo") == "sao paulo"
    assert name_key("Mazar-i-Sharif") == name_key("Mazār-e Sharīf")
    assert name_key("the U.S.") == "us"


def test_a_name_kept_in_one_piece_with_its_state_resolves_inside_it() -> None:
    gaz = _gazetteer(GEORGIA_C, GEORGIA_S, ATLANTA, ATLANTA_TX)
    assert _resolve(gaz, "Rallies in Atlanta, Georgia grew.", "Atlanta, Georgia") == [ATLANTA]
    assert _resolve(gaz, "Rallies in Atlanta city grew.", "Atlanta city") == [ATLANTA]


def test_an_abbreviation_with_its_dots_names_no_town_in_small_letters() -> None:
    us_town = Candidate(2971316, "Us", "city", "FRA", "11", 49.1, 1.97, 1_248)
    gaz = _gazetteer(us_town, USA, PARIS_FR, aliases={"us": [USA]})
    # the French town beside a French place would win on context, were the dots read as words
    got = _resolve(gaz, "Paris exports to the U.S fell.", "Paris", "U.S")
    assert [c.name if c else None for c in got] == ["Paris", "United States"]


def test_an_airport_named_for_no_city_lies_at_the_city_it_serves() -> None:
    london = Candidate(2643743, "London", "city", "GBR", "ENG", 51.51, -0.13, 8_961_989)
    london_on = Candidate(6058560, "London", "city", "CAN", "08", 42.98, -81.23, 346_765)
    heathrow_fl = Candidate(4158296, "Heathrow", "city", "USA", "FL", 28.76, -81.37, 5_896)
    gaz = _gazetteer(london, london_on, heathrow_fl, USA)
    text = "The United States sent a jet that landed at Heathrow airport on Monday."
    assert _resolve(gaz, text, "United States", "Heathrow") == [USA, london]


def test_a_seat_of_government_lies_at_its_city_not_at_a_namesake_town() -> None:
    washington = Candidate(4140963, "Washington", "city", "USA", "DC", 38.9, -77.04, 689_545)
    white_house_tn = Candidate(4667282, "White House", "city", "USA", "TN", 36.47, -86.65, 11_226)
    paris = PARIS_FR
    gaz = _gazetteer(washington, white_house_tn, paris, PARIS_TX)
    text = "The senator had lunch with the president at the White House on Friday."
    assert _resolve(gaz, text, "White House") == [washington]
    text = "The two leaders talked trade at the Élysée Palace yesterday."
    assert _resolve(gaz, text, "Élysée Palace") == [paris]


def test_a_fairly_sure_reading_of_another_name_gives_the_article_its_country() -> None:
    # each name is ambiguous; the hospital's town is Irish three times in four (its Irish
    # namesake is ten times the British one), which makes the Irish Dundalk the stabbing's
    dundalk_ie = Candidate(2964540, "Dundalk", "city", "IRL", "L", 54.0, -6.4, 38_000)
    dundalk_us = Candidate(4354428, "Dundalk", "city", "USA", "MD", 39.25, -76.52, 62_000)
    dundrum_ie = Candidate(2964532, "Dundrum", "city", "IRL", "L", 53.29, -6.25, 12_000)
    dundrum_gb = Candidate(2650789, "Dundrum", "city", "GBR", "NIR", 54.26, -5.85, 1_100)
    gaz = _gazetteer(dundalk_ie, dundalk_us, dundrum_ie, dundrum_gb)
    text = "A man stabbed in Dundalk was taken to a hospital in Dundrum."
    assert _resolve(gaz, text, "Dundalk", "Dundrum") == [dundalk_ie, dundrum_ie]


TEXAS = Candidate(4736286, "Texas", "admin1", "USA", "TX", 31.25, -99.25, 0)


def test_a_big_city_name_alone_is_the_city_though_a_small_namesakes_state_is_named() -> None:
    # Atlanta, Georgia holds eighty times the people of Atlanta, Texas
    gaz = _gazetteer(ATLANTA, ATLANTA_TX, TEXAS, USA)
    text = "A pitcher from Texas signed with Atlanta on Friday."
    assert _resolve(gaz, text, "Texas", "Atlanta") == [TEXAS, ATLANTA]


def test_a_small_namesake_qualified_by_its_state_keeps_its_later_bare_mentions() -> None:
    gaz = _gazetteer(ATLANTA, ATLANTA_TX, TEXAS, USA)
    text = "A fire hit Atlanta, Texas, on Monday. Atlanta firefighters came from Texas towns."
    got = _resolve(gaz, text, "Atlanta", "Texas", "Atlanta", "Texas")
    assert got == [ATLANTA_TX, TEXAS, ATLANTA_TX, TEXAS]


def test_a_namesake_less_than_thirty_times_smaller_still_takes_its_named_state() -> None:
    portland_or = Candidate(5746545, "Portland", "city", "USA", "OR", 45.52, -122.68, 652_503)
    portland_me = Candidate(4975802, "Portland", "city", "USA", "ME", 43.66, -70.26, 66_881)
    maine = Candidate(4971068, "Maine", "admin1", "USA", "ME", 45.5, -69.25, 0)
    gaz = _gazetteer(portland_or, portland_me, maine, USA)
    text = "The governor of Maine toured Portland on Monday."
    assert _resolve(gaz, text, "Maine", "Portland") == [maine, portland_me]


TENNESSEE = Candidate(4662168, "Tennessee", "admin1", "USA", "TN", 35.75, -86.25, 0)
PARIS_TN = Candidate(4647963, "Paris", "city", "USA", "TN", 36.3, -88.33, 10_156)
MEMPHIS = Candidate(4641239, "Memphis", "city", "USA", "TN", 35.15, -90.05, 651_073)


def test_a_state_named_once_does_not_make_a_town_of_a_far_bigger_city_abroad() -> None:
    # Paris, France holds two hundred times the people of Paris, Tennessee
    gaz = _gazetteer(PARIS_FR, PARIS_TN, TENNESSEE, USA)
    text = "A senator from Tennessee praised the deal the United States signed in Paris."
    assert _resolve(gaz, text, "Tennessee", "United States", "Paris") == [
        TENNESSEE,
        USA,
        PARIS_FR,
    ]


def test_a_state_named_with_a_sure_place_of_it_keeps_its_town_of_a_foreign_citys_name() -> None:
    gaz = _gazetteer(PARIS_FR, PARIS_TN, TENNESSEE, USA, MEMPHIS)
    text = "Farmers from Memphis, Tennessee drove to Paris on Friday."
    assert _resolve(gaz, text, "Memphis", "Tennessee", "Paris") == [MEMPHIS, TENNESSEE, PARIS_TN]
    text = "Tennessee farmers met on Friday. Paris, the county seat, hosted Tennessee growers."
    assert _resolve(gaz, text, "Tennessee", "Paris", "Tennessee") == [
        TENNESSEE,
        PARIS_TN,
        TENNESSEE,
    ]
