"""The actor dictionaries: lookups by any variant, and office-holders on a date."""

from __future__ import annotations

import pytest

from newsevents.ontology.actors import (
    COUNTRY_SCHEMA,
    ORG_SCHEMA,
    Known,
    Window,
    check_aliases,
    lexicon,
    name_key,
)
from newsevents.ontology.codes import (
    ARMED_SECTORS,
    PLOVER_SECTORS,
    STATE_BODY_SECTORS,
    plover_sector,
    split_code,
)
from newsevents.ontology.loader import DataFileError, check_row, read_jsonl
from newsevents.ontology.normalize import norm


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_country_variants_and_demonyms_share_one_code(lex) -> None:
    for name in ("US", "U.S.", "United States", "America", "United States of America"):
        assert lex.country(name) == "USA", name
    assert lex.country("Britain") == lex.country("UK") == "GBR"
    assert lex.demonym("Ukrainian") == lex.demonym("Ukrainians") == "UKR"
    assert lex.demonym("European") == "EUR"  # a region, from regions.jsonl
    assert lex.country("North") is None  # 'the North' names no country by itself


def test_places_know_their_country(lex) -> None:
    assert lex.place("Kyiv").country == "UKR"
    assert lex.place("Baku").country == "AZE"
    assert lex.place("Texas").country == "USA"


def test_agent_terms_carry_plover_sectors(lex) -> None:
    assert lex.agent("armed forces").sector == "MIL"
    assert lex.agent("riot police").sector == "COP"
    assert lex.agent("former").kind == "status"
    assert lex.agent("spokesperson").kind == "weak"  # the sector comes from the organisation


def test_leader_lookup_depends_on_the_date(lex) -> None:
    trump = lex.actor("Donald Trump")
    assert trump.at("2018-05-01").sector == "GOV"
    former = trump.at("2022-05-01")
    assert (former.country, former.sector) == ("USA", "ELI")
    assert trump.at("2025-06-01").sector == "GOV"  # a second term
    assert lex.actor("Vladimir Putin").at("2010-01-01").role == "Prime Minister"


def test_surname_lookup_only_when_unambiguous_on_the_date(lex) -> None:
    assert lex.by_surname("Putin", "2024-01-01").name == "Vladimir Putin"
    assert lex.by_surname("Xi", "2020-01-01").name == "Xi Jinping"
    # two Bushes in the list, neither in office in 2015: no guess, but a shared country
    assert lex.by_surname("Bush", "2015-01-01") is None
    assert lex.surname_country("Bush") == "USA"


def test_a_surname_that_is_a_common_word_names_the_holder_only_in_office(lex) -> None:
    # 'Fox' the network, 'Rice' the crop, "Kohl's" the store: out of office, no one
    assert lex.by_surname("Fox", "2004-03-01").name == "Vicente Fox"
    assert lex.by_surname("Fox", "2019-03-01") is None
    assert lex.by_surname("Rice", "2006-03-01").name == "Condoleezza Rice"
    assert lex.by_surname("Rice", "2019-03-01") is None
    assert lex.by_surname("Kohl", "2019-03-01") is None
    assert lex.by_surname("Fox", None) is None  # undated: in office now, or no one
    assert lex.surname_country("Kohl") is None and lex.surname_country("Brown") is None
    # a surname that is no common word keeps its former holder
    assert lex.by_surname("Thatcher", "2013-04-08").name == "Margaret Thatcher"


def test_a_name_written_family_name_first_is_known_by_its_first_word(lex) -> None:
    # person_words.json family_name_first: China, Taiwan, Hong Kong, Macau, the two Koreas
    assert lex.by_surname("Qin", "2023-03-01").name == "Qin Gang"
    assert lex.by_surname("Moon", "2019-01-01").name == "Moon Jae-in"
    assert lex.by_surname("Tsai", "2019-01-01").name == "Tsai Ing-wen"
    assert lex.surname_country("Roh") == "KOR"
    # the given name is no key: 'Un' is never Kim Jong Un (nor 'UN'), 'In' never Moon Jae-in
    for word in ("Gang", "Un", "UN", "In", "Jinping", "Keqiang"):
        assert lex.by_surname(word, "2019-01-01") is None
    assert lex.surname_country("un") is None
    # a Western given name first keeps the family name: 'Harry Ho-jen Tseng' is 'Tseng'
    assert lex.by_surname("Tseng", "2024-01-01").name == "Harry Ho-jen Tseng"
    assert lex.by_surname("Harry", "2024-01-01") is None
    # Japanese names are given name first in English news, Vietnamese ones called by the last
    assert lex.by_surname("Kishida", "2022-01-01").name == "Fumio Kishida"
    assert lex.by_surname("Trong", "2020-01-01").name == "Nguyễn Phú Trọng"
    # a family name that is an English word needs the full name ('He Lifeng', 'Sun Chunlan')
    assert lex.by_surname("He", "2024-01-01") is None
    assert lex.by_surname("Sun", "2020-01-01") is None


def test_name_key_ignores_arabic_article_spelling(lex) -> None:
    assert name_key("Omar El Bashir") == name_key("Omar al-Bashir") == "omar bashir"
    assert lex.actor("Omar El Bashir").country == "SDN"


def test_known_window_semantics() -> None:
    k = Known("x", "X", "FRA", (Window("FRA", "GOV", "2000-01-01", "2005-01-01", "Minister"),))
    assert k.at("1999-01-01") is None  # before any office: unknown
    assert k.at("2003-01-01").sector == "GOV"
    assert k.at("2010-01-01").sector == "ELI"
    # no date: the last post, not 'former' (the text's time is unknown)
    assert k.at(None).sector == "GOV"
    assert k.at(None).role == "Minister"
    now = Known("y", "Y", "FRA", (*k.windows, Window("FRA", "LEG", "2006-01-01", None, "MP")))
    assert now.at(None).sector == "LEG"  # a post held now wins


def test_codes_map_cameo_agents_to_plover() -> None:
    assert split_code("USAGOVLEG") == ("USA", ["GOV", "LEG"])
    assert plover_sector(["GOV", "LEG"]) == "LEG"  # Congress
    assert plover_sector(["MED"]) == "JRN"  # CAMEO media
    assert plover_sector(["HLH"]) == "MED"  # CAMEO health
    assert plover_sector(["UNO"]) is None


def test_norm_folds_case_accents_and_punctuation() -> None:
    assert norm("U.S.") == "us"
    assert norm("Erdoğan") == "erdogan"
    assert norm("Ban Ki-moon") == "ban ki moon"


def test_norm_reads_plain_names_as_the_full_folding_does() -> None:
    # plain ASCII names take a short path; the edge cases must fold as the full path does
    for phrase, key in (("Santander", "santander"), ("New  York", "new york"), (" Lima", "lima"),
                        ("Port-au-Prince", "port au prince"), ("São Paulo", "sao paulo"),
                        ("O'Hare", "ohare"), ("St. Louis", "st louis"), ("", "")):  # fmt: skip
        assert norm(phrase) == key


def test_organisations_carry_their_home_country_and_sector(lex) -> None:
    for name, country, sector in (
        ("Reuters", "GBR", "JRN"),
        ("BBC", "GBR", "JRN"),
        ("AFP", "FRA", "JRN"),
        ("Yonhap", "KOR", "JRN"),
        ("KCNA", "PRK", "JRN"),
        ("Boeing", "USA", "BUS"),
        ("VTB", "RUS", "BUS"),
        ("Bank of Russia", "RUS", "GOV"),
        ("FSB", "RUS", "SPY"),
        ("PRI", "MEX", "PTY"),
        ("Houthis", "YEM", "REB"),
    ):
        w = lex.actor(name).at("2020-01-01")
        assert (w.country, w.sector) == (country, sector), name


def test_a_firm_is_found_with_or_without_its_legal_form(lex) -> None:
    for name, firm in (
        ("General Motors Corporation", "General Motors"),
        ("Citigroup Inc.", "Citigroup"),
        ("Aer Lingus Group PLC", "Aer Lingus"),
        ("Walt Disney Company", "The Walt Disney Company"),
    ):
        assert lex.actor(name).name == firm, name
    assert lex.firm("Standard & Poors").name == "S&P Global"  # "Standard & Poor's"
    # only firms: a legal form says the name is a company's; 'Times' is not The Times
    assert lex.actor("Group") is None and lex.actor("Times") is None


def test_phoenix_multinationals_are_firms_of_no_stated_home(lex) -> None:
    # CAMEO MNC is no state: a company's country is its headquarters', which MNC does not say
    for name, sector in (("Logitech", "BUS"), ("Granger Telecom", "BUS")):
        w = lex.actor(name).at("2020-01-01")
        assert (w.country, w.sector) == (None, sector), name
    # a firm a curated list places is of its headquarters' country (S&P 500: Baltimore)
    assert lex.actor("T Rowe Price").at("2020-01-01").country == "USA"
    # a curated firm beats Phoenix's entry of its legal name, and its MNC entry (Motorola)
    assert lex.actor("Barclays PLC").country == "GBR"
    assert lex.actor("Motorola").at("2020-01-01").country == "USA"


def test_a_defence_ministry_is_the_executive(lex) -> None:
    # the coding guide: GOV holds ministries; the armed forces are MIL
    assert lex.actor("Pentagon").at("2020-01-01").sector == "GOV"
    assert lex.agent("ministry of defense").sector == "GOV"
    assert lex.agent("defence ministry").sector == "GOV"


def test_economic_igos_have_no_business_sector(lex) -> None:
    # the coding guide: IGO for the IMF; no sector for an international body with no narrower role
    for name in ("IMF", "World Bank", "WTO", "OPEC"):
        w = lex.actor(name).at("2020-01-01")
        assert (w.country, w.sector) == ("IGO", None), name
    # but a central bank is GOV, an international one too (the guide's sector list; h15-sect)
    w = lex.actor("ECB").at("2020-01-01")
    assert (w.country, w.sector) == ("IGO", "GOV")


def test_a_short_name_of_an_uncurated_armed_group_is_no_name(lex) -> None:
    # Phoenix: 'CA' Greek arsonists, 'FPS' Panamanian rebels, 'ANA' the Albanian National Army
    for name in ("CA", "FPS", "ANA"):
        assert lex.actor(name) is None, name
    assert lex.actor("PKK").country == "TUR"  # curated groups keep their acronyms
    plo = lex.actor("PLO")
    assert plo.at("1985-01-01").sector == "REB" and plo.at("2020-01-01").country == "PSE"


def test_us_federal_agencies_unions_and_nasa_centres(lex) -> None:
    for name, country, sector in (
        ("FDIC", "USA", "GOV"),
        ("NTSB", "USA", "GOV"),
        ("Bureau of Prisons", "USA", "COP"),
        ("UAW", "USA", "LAB"),
        ("Canadian Auto Workers", "CAN", "LAB"),
        ("COSATU", "ZAF", "LAB"),
        ("Goddard Space Flight Center", "USA", "GOV"),
    ):
        w = lex.actor(name).at("2020-01-01")
        assert (w.country, w.sector) == (country, sector), name
    # names other states' bodies bear too need the text's word ('the Chinese CDC')
    assert lex.actor("CDC") is None and lex.actor("TUC") is None
    assert lex.actor("Kennedy Space Center").kind == "unknown"  # a place too: the NER's label


def test_organisation_terms_date_a_change_of_sector(lex) -> None:
    taliban = lex.actor("Taliban")
    assert taliban.at("2010-01-01").sector == "REB"
    assert taliban.at("2022-01-01").sector == "GOV"


def test_needs_context_keeps_a_shared_name_out_of_the_lookup(lex) -> None:
    # 'PTI' is both the Press Trust of India and Imran Khan's party: neither entry claims it
    assert all(k.name != "Press Trust of India" for k in lex.known.get("pti", []))
    assert lex.by_surname("Little", "2024-01-01") is None  # Governor Brad Little: a common word


def test_one_row_per_organisation(lex) -> None:
    # a second row of one name drifts apart from the first ('Meta Platforms' was listed twice)
    rows = read_jsonl("organisations.jsonl", ORG_SCHEMA)
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))


def test_a_former_executive_is_no_former_official(lex) -> None:
    # PLOVER ELI is a former official; a CEO after the post is still business
    assert lex.actor("Steve Jobs").at("2015-01-01").sector == "BUS"
    assert lex.actor("Rick Wagoner").at("2012-01-01").country == "USA"
    assert lex.actor("Ben Bernanke").at("2020-01-01").sector == "ELI"


def test_a_former_rebel_leader_is_no_former_official(lex) -> None:
    # ELI is a former official; an armed group's leader held no office, dead or deposed
    assert lex.actor("Osama bin Laden").at("2015-01-01").sector == "REB"
    assert lex.actor("Khaled Meshaal").at("2020-01-01").sector == "REB"
    # a leader who held a state office still ends as ELI after it
    assert lex.actor("Ismail Haniyeh").at("2010-01-01").sector == "ELI"


def test_militant_leaders_are_dated_with_their_group(lex) -> None:
    for name, date, country, sector in (
        ("Anas Haqqani", "2019-11-19", "AFG", "REB"),
        ("Sirajuddin Haqqani", "2018-01-01", "AFG", "REB"),
        ("Sirajuddin Haqqani", "2023-01-01", "AFG", "GOV"),  # the Taliban govern since 2021-08
        ("Mullah Omar", "2008-01-01", "AFG", "REB"),
        ("Abubakar Shekau", "2015-01-01", "NGA", "REB"),
        ("Abdul-Malik al-Houthi", "2020-01-01", "YEM", "REB"),
        ("Mohammed Deif", "2021-05-01", "PSE", "REB"),
        ("Ahmed Abdi Godane", "2012-01-01", "SOM", "REB"),
    ):
        w = lex.actor(name).at(date)
        assert (w.country, w.sector) == (country, sector), (name, date)
    # one surname, several Haqqanis (and Husain Haqqani, Pakistan's ambassador): full name only
    assert lex.by_surname("Haqqani", "2019-11-19") is None


def test_civilian_heads_of_an_armed_service_are_military(lex) -> None:
    # the coding guide: the Secretary of the Air Force is MIL; the Secretary of Defense GOV
    assert lex.actor("James Roche").at("2003-09-01").sector == "MIL"
    assert lex.actor("Ray Mabus").at("2012-01-01").role == "Secretary of the Navy"
    esper = lex.actor("Mark Esper")
    assert esper.at("2018-06-01").sector == "MIL" and esper.at("2020-01-01").sector == "GOV"
    assert lex.actor("Richard Spencer") is None  # a name two public figures share
    assert lex.by_surname("James", "2015-01-01") is None


def test_leaders_rows_name_their_source() -> None:
    from newsevents.ontology.actors import LEADER_SCHEMA

    rows = list(read_jsonl("leaders.jsonl", LEADER_SCHEMA))
    sourced = [r for r in rows if r.get("source")]
    assert len(sourced) >= 0.7 * len(rows)
    obama = next(r for r in rows if r["name"] == "Barack Obama")
    assert "congress-legislators" in obama["source"] or "Phoenix" in obama["source"]


def test_executives_parties_and_armed_groups_of_the_knowledge_base(lex) -> None:
    for name, date, country, sector in (
        ("Tim Cook", "2020-01-01", "USA", "BUS"),
        ("Dieter Zetsche", "2008-01-01", "DEU", "BUS"),
        ("Jean-Claude Trichet", "2007-01-01", "IGO", "GOV"),
        ("Letitia James", "2020-01-01", "USA", "GOV"),
        ("Frelimo", "2019-01-01", "MOZ", "PTY"),
        ("Renamo", "1985-01-01", "MOZ", "REB"),
        ("EADS", "2005-01-01", "NLD", "BUS"),
        ("pan-democrats", "2019-01-01", "HKG", "OPP"),
        ("Maghawir al-Thawra", "2018-01-01", "SYR", "REB"),
        # Hong Kong's government and legislators are HKG (coding guide 2; Phoenix has them CHN)
        ("Carrie Lam", "2019-08-01", "HKG", "GOV"),
        ("Regina Ip", "2016-09-05", "HKG", "LEG"),
        # an executive takes the company's home ('Tom Enders', German, at Airbus)
        ("Tom Enders", "2008-01-01", "FRA", "BUS"),
    ):
        w = lex.actor(name).at(date)
        assert (w.country, w.sector) == (country, sector), name
    assert lex.actor("Letitia James").at("2016-01-01") is None  # not yet in office
    assert lex.by_surname("Barra", "2020-01-01") is None  # needs_context: the full name only


def _org(id_: str, country: str, start: str | None = None, end: str | None = None) -> Known:
    return Known(id_, id_, country, (Window(country, "GOV", start, end),), curated=True, kind="org")


def test_alias_check_refuses_one_name_for_two_countries_at_once() -> None:
    with pytest.raises(DataFileError, match="'abc' points to"):
        check_aliases({"abc": [_org("O1", "USA"), _org("O2", "AUS")]})
    check_aliases({"abc": [_org("O1", "USA"), _org("O2", "USA")]})  # one country: fine
    # two office-holders of one name, one after the other: no clash
    early, late = _org("L1", "FRA", "2000-01-01", "2005-01-01"), _org("L2", "BEL", "2005-01-01")
    check_aliases({"jean dupont": [early, late]})


def test_a_place_name_is_read_as_the_places_gazetteer_ranks_it(lex) -> None:
    # a first-order division the dictionary lacks is read for a country only (`divisions`);
    # a city of the dictionary gives way to a division ten times as large ('Parana' is the
    # Brazilian state before the Argentine city); two countries' places of like size give none
    assert lex.divisions["sindh"].country == "PAK"
    assert "sindh" not in lex.places  # no new place name: a surname stays a person's
    assert lex.place("Parana").country == "BRA"
    assert lex.place("Victoria").country is None
    assert "punjab" not in lex.divisions  # India's and Pakistan's
    assert lex.place("Lagos").country == "NGA"
    # a territory's capital of a few hundred people is no 'Kingston' (Norfolk Island's): the
    # Jamaican capital and the city of Ontario share the name, so it has none
    assert lex.place("Kingston").country is None
    assert lex.place("Hamilton").country is None  # Bermuda's; Ontario's and New Zealand's
    assert lex.place("London").country == "GBR"
    assert lex.place("Barcelona").country == "ESP"


def test_a_place_name_beats_another_places_spelling(lex) -> None:
    # GeoNames lists 'Delhi' among the spellings of Dili, East Timor's capital
    assert lex.place("Delhi").country == "IND"
    assert lex.place("Dili").country == "TLS"


def test_phoenix_cameo_country_codes_are_read_as_iso3(lex) -> None:
    assert lex.from_cameo == {"KSV": "XKX", "TMP": "TLS"}
    assert lex.actor("Fatmir Sejdiu").country == "XKX"  # a Phoenix row coded KSV
    assert "KSV" not in {w.country for ks in lex.known.values() for k in ks for w in k.windows}


def test_territories_with_a_code_of_their_own_name_their_sovereign_state(lex) -> None:
    # countries.jsonl `sovereign` (ISO 3166-1): Hong Kong and Macau are China's, Guam the US's
    assert lex.sovereigns["HKG"] == lex.sovereigns["MAC"] == "CHN"
    assert lex.sovereigns["GUM"] == "USA"
    # every ISO 3166-1 entry marked "Independent: No" that has a sovereign, Réunion to Jersey;
    # Antarctica has none, and a disputed status (Taiwan, Palestine, Western Sahara) is no entry
    assert lex.sovereigns["REU"] == "FRA" and lex.sovereigns["JEY"] == "GBR"
    assert len(lex.sovereigns) == 50
    assert not {"ATA", "CHN", "TWN", "PSE", "ESH"} & set(lex.sovereigns)
    assert all(s in lex.country_names and s not in lex.sovereigns for s in lex.sovereigns.values())
    rows = read_jsonl("countries.jsonl", COUNTRY_SCHEMA)
    assert {r["iso3"]: r["sovereign"] for r in rows if "sovereign" in r} == lex.sovereigns


def test_the_country_schema_refuses_a_misspelt_sovereign_field() -> None:
    with pytest.raises(DataFileError, match="unknown field"):
        check_row(
            {"iso3": "HKG", "name": "Hong Kong", "aliases": [], "soverign": "CHN"},
            COUNTRY_SCHEMA,
            where="countries.jsonl:1",
        )


def test_breakaway_states_are_pre_of_the_state_they_broke_from(lex) -> None:
    for name, country in (("Abkhazia", "GEO"), ("Transnistria", "MDA"), ("Somaliland", "SOM")):
        w = lex.actor(name).at("2022-01-01")
        assert (w.country, w.sector) == (country, "PRE")


# -- US members of Congress (us_congress.jsonl, built from unitedstates/congress-legislators) ---


def test_members_of_congress_are_found_by_full_name_only(lex) -> None:
    warren = lex.actor("Elizabeth Warren")
    assert warren is not None and warren.country == "USA"
    assert warren.at("2020-02-01").sector == "LEG"
    assert lex.actor("Adam B. Schiff") is lex.actor("Adam Schiff")
    # no surname lookup: 'Warren' alone reaches her only through 'Elizabeth Warren' in the text
    assert all(k.id != warren.id for k in lex.short.get("warren", ()))


def test_a_name_two_members_share_needs_context(lex) -> None:
    # 'George Bush' is father and son: the leaders entry keeps it, the Congress file does not
    # hand it to the son; the son's own names still reach his leaders entry
    assert lex.actor("George W. Bush").name == "George W. Bush"
    assert lex.actor("George Bush").name == "George H. W. Bush"


def test_a_leader_who_sat_in_congress_keeps_one_entry_with_both_terms(lex) -> None:
    sanders = lex.actor("Bernard Sanders")
    assert sanders is lex.actor("Bernie Sanders") and sanders.id.startswith("L")
    assert sanders.at("1995-06-01").role == "U.S. Representative (VT)"


def test_cabinet_members_with_a_common_word_for_surname_need_the_full_name(lex) -> None:
    assert lex.actor("William Barr").at("2019-11-19").role == "Attorney General"
    assert lex.actor("Liu He").country == "CHN"
    assert lex.by_surname("He", "2019-11-19") is None  # never the pronoun
    assert lex.by_surname("Sessions", "2018-01-01") is None


def test_congress_builder_merges_terms_and_lists_names() -> None:
    from newsevents.ontology import builders

    terms = [
        {"type": "rep", "start": "1985-01-03", "end": "1989-01-03", "state": "VT"},
        {"type": "sen", "start": "2007-01-04", "end": "2013-01-03", "state": "VT"},
        {"type": "sen", "start": "2013-01-03", "end": "2019-01-03", "state": "VT"},
    ]
    assert builders._merged_terms(terms) == [
        {"role": "U.S. Senator (VT)", "sector": "LEG", "start": "2007-01-04", "end": "2019-01-03"}
    ]
    names = builders._congress_names(
        {"first": "Bernard", "last": "Sanders", "nickname": "Bernie", "middle": "Q"}
    )
    assert names[0] == "Bernie Sanders" and "Bernard Q. Sanders" in names
    assert builders._congress_names({"first": "J.", "last": "Doe"}) == []


def test_congress_builder_keeps_every_president_and_short_first_names() -> None:
    from newsevents.ontology import builders

    # a president's term is kept whatever its date; a member's Congress term before 1990 not
    old = [{"type": "prez", "start": "1865-04-15", "end": "1869-03-04"}]
    assert builders._merged_terms(old)[0]["role"] == "President"
    assert not builders._merged_terms([{"type": "rep", "start": "1971-01-03", "end": "1975-01-03"}])
    # news writes 'Jeff Van Drew' for Jefferson Van Drew: short forms for members of Congress
    name = {"first": "Jefferson", "last": "Van Drew"}
    assert "Jeff Van Drew" in builders._congress_names(name, short=True)
    assert "Jeff Van Drew" not in builders._congress_names(name)
    bernie = {"first": "Bernard", "last": "Sanders", "nickname": "Bernie"}
    assert "Bernie Sanders" in builders._congress_names(bernie, short=True)
    assert builders._in_congress([{"type": "sen", "start": "2007-01-04", "end": "2019-01-03"}])
    assert not builders._in_congress(old)


def test_presidents_of_every_era_and_short_names_of_members(lex) -> None:
    assert lex.actor("Andrew Johnson").at("2019-12-21").country == "USA"
    assert lex.actor("Abraham Lincoln").at("1863-01-01").sector == "GOV"
    assert lex.actor("Jeff Van Drew").at("2019-12-21").role == "U.S. Representative (NJ)"
    assert lex.actor("John Kennedy") is None  # JFK and Senator John Neely Kennedy


def test_central_bank_governors_are_dated(lex) -> None:
    for name, date, country in (
        ("Sergei Ignatiev", "2008-09-18", "RUS"),
        ("Mervyn King", "2008-09-18", "GBR"),
        ("Haruhiko Kuroda", "2016-01-29", "JPN"),
        ("Raghuram Rajan", "2015-01-01", "IND"),
    ):
        w = lex.actor(name).at(date)
        assert (w.country, w.sector) == (country, "GOV"), name
    assert lex.actor("Sergei Ignatiev").at("2015-01-01").sector == "ELI"
    assert lex.by_surname("King", "2008-09-18") is None  # a surname of too many


def test_a_national_advocacy_group_is_civil_society_of_its_home(lex) -> None:
    # the coding guide: NGO for international non-governmental organisations; a national one
    # (a US charity, foundation or lobby) takes its home country, sector SOC
    for name, country in (
        ("Planned Parenthood", "USA"),
        ("Wikimedia Foundation", "USA"),
        ("ACLU", "USA"),
        ("RSPCA", "GBR"),
    ):
        k = lex.actor(name)
        assert (k.country, k.at("2020-01-01").sector) == (country, "SOC"), name
    assert lex.actor("NRA") is None and lex.actor("EFF").country == "ZAF"  # shared short names
    assert lex.actor("Amnesty International").country == "NGO"


def test_mayors_of_large_cities_are_dated(lex) -> None:
    for name, date, country in (
        ("Muriel Bowser", "2020-11-17", "USA"),
        ("Lori Lightfoot", "2020-06-01", "USA"),
        ("Sadiq Khan", "2020-01-01", "GBR"),
        ("Sergei Sobyanin", "2020-01-01", "RUS"),
    ):
        w = lex.actor(name).at(date)
        assert (w.country, w.sector, w.role.startswith("Mayor")) == (country, "GOV", True)
    assert lex.actor("Karen Bass").at("2015-01-01").sector == "LEG"  # a House term first
    assert lex.actor("Boris Johnson").at("2010-01-01").role == "Mayor of London"
    assert lex.actor("Brandon Johnson") is None  # a name many share


def test_governors_who_left_office_before_2025_are_dated(lex) -> None:
    assert lex.actor("Eric Holcomb").at("2019-11-19").role == "Governor of Indiana"
    assert lex.actor("Matt Bevin").at("2020-01-01").sector == "ELI"  # lost in 2019
    scott = lex.actor("Rick Scott")  # one entry: the governor, then the senator
    assert scott.at("2015-01-01").sector == "GOV" and scott.at("2020-01-01").sector == "LEG"
    assert lex.actor("Mike Pence").at("2015-01-01").role == "Governor of Indiana"


def test_militia_and_movement_leaders_of_iraq_and_iran(lex) -> None:
    assert lex.actor("Abu Mahdi al-Muhandis").at("2018-01-01").sector == "PRM"
    sadr = lex.actor("Moqtada al-Sadr")
    assert sadr.at("2005-01-01").sector == "REB" and sadr.at("2020-01-01").sector == "PTY"
    assert lex.actor("Esmail Qaani").at("2020-06-01").country == "IRN"
    assert lex.actor("Hamza bin Laden").at("2019-09-17").sector == "REB"


def test_person_words_come_from_their_data_file() -> None:
    from newsevents.errors import ConfigError
    from newsevents.layers.entities.people import EXPERTISE, US_PARTY_TITLES
    from newsevents.ontology.reading import check_shape, person_words

    words = person_words()
    assert ("gop", "gov") in US_PARTY_TITLES and ("republican", "congresswoman") in US_PARTY_TITLES
    assert len(US_PARTY_TITLES) == 3 * 8 and "scholar" in EXPERTISE
    assert set(words["expertise"]) == EXPERTISE
    with pytest.raises(ConfigError):
        check_shape("person_words.json", {"us_party_titles": {}})


def test_us_office_words_and_state_titles_come_from_place_words() -> None:
    from newsevents.errors import ConfigError
    from newsevents.layers.entities.workspace import NOT_US_AFTER, STATE_WORDS, US_OFFICE_WORDS
    from newsevents.ontology.reading import check_shape, place_words

    words = place_words()
    assert {"county", "sheriff", "parish"} <= US_OFFICE_WORDS == set(words["us_office_words"])
    assert "council" in NOT_US_AFTER["county"]  # 'Kent County Council' is British
    assert {"governor", "gov"} <= STATE_WORDS == set(words["us_state_titles"])
    with pytest.raises(ConfigError, match="us_state_titles"):
        check_shape("place_words.json", {k: v for k, v in words.items() if k != "us_state_titles"})


def test_street_words_are_one_list_the_place_and_event_layers_share() -> None:
    from newsevents.errors import ConfigError
    from newsevents.layers.events.locations import STREET_WORDS
    from newsevents.layers.places.resolve import NAMED_AFTER
    from newsevents.ontology.reading import check_shape, event_circumstances, place_words

    words = place_words()
    assert {"street", "avenue", "plaza", "square"} <= STREET_WORDS == set(words["street_words"])
    assert STREET_WORDS <= NAMED_AFTER  # 'Atlantic Avenue' is not in the Atlantic
    assert {"river", "airport"} <= NAMED_AFTER
    assert "street_words" not in event_circumstances()  # one list, not two that drift apart
    with pytest.raises(ConfigError, match="street_words"):
        check_shape("place_words.json", {k: v for k, v in words.items() if k != "street_words"})


def test_words_of_several_states_and_of_arrival_come_from_data_files() -> None:
    from newsevents.errors import ConfigError
    from newsevents.layers.entities import actors
    from newsevents.ontology.reading import check_shape, event_circumstances, place_words

    words = place_words()
    assert {"international", "world"} <= actors.MANY_STATES_WORDS == set(words["many_states_words"])
    assert "globe" in actors.MANY_STATES_SCOPES == set(words["many_states_scopes"])
    assert "government" in actors.REGION_MEMBERS == set(words["state_nouns"])
    assert {"arrive", "land"} <= actors.ARRIVAL_VERBS == set(event_circumstances()["arrival_verbs"])
    with pytest.raises(ConfigError, match="state_nouns"):
        check_shape("place_words.json", {k: v for k, v in words.items() if k != "state_nouns"})
    with pytest.raises(ConfigError, match="arrival_verbs"):
        check_shape("event_circumstances.json", {**event_circumstances(), "arrival_verbs": "land"})


def test_built_lists_of_companies_and_universities(lex) -> None:
    # issue 20: whole classes from openly licensed lists (S&P 500, ODC-PDDL; Hipo's
    # university list, MIT), read after the hand-written organisations
    for name, country, sector in (
        ("Take-Two Interactive", "USA", "BUS"),
        ("DTE Energy", "USA", "BUS"),
        ("Syracuse University", "USA", "EDU"),
        ("Kettering University", "USA", "EDU"),
        ("University of York", "GBR", "EDU"),
    ):
        w = lex.actor(name).at("2020-01-01")
        assert (w.country, w.sector) == (country, sector), name
    # a one-word name that may be an English word needs the legal form ('Target Corporation')
    assert lex.actor("Ball") is None and lex.actor("Ball Corporation").country == "USA"
    # a name of generic words only is many schools'
    assert lex.actor("Polytechnic University") is None
    # a name the hand-written file holds keeps that entry and its needs_context
    assert lex.actor("Apple").id.startswith("O") and lex.actor("Amazon") is None


def test_media_leagues_and_agencies_of_the_knowledge_base(lex) -> None:
    for name, country, sector in (
        ("Rolling Stone", "USA", "JRN"),
        ("San Jose Mercury News", "USA", "JRN"),
        ("Sky Sports", "GBR", "JRN"),
        ("NBA", "USA", "BUS"),
        ("FAA", "USA", "GOV"),
        ("NHS", "GBR", "GOV"),
    ):
        w = lex.actor(name).at("2020-01-01")
        assert (w.country, w.sector) == (country, sector), name
    # shared or common names need the text's word
    for name in ("Variety", "Premier League", "Federal Police"):
        assert lex.actor(name) is None or not lex.actor(name).curated, name


def test_former_governors_and_state_attorneys_general(lex) -> None:
    assert lex.actor("Phil Bryant").at("2015-06-01").country == "USA"
    assert lex.actor("Jim Hood").at("2010-06-01").sector == "GOV"
    # a governor who went to the Senate keeps both terms ('Maggie Hassan')
    hassan = lex.actor("Maggie Hassan")
    assert hassan.at("2015-01-01").sector == "GOV" and hassan.at("2020-01-01").sector == "LEG"
    assert lex.by_surname("Bryant", "2015-06-01") is None  # surnames need the full name


def test_uk_ministers_first_ministers_premiers_and_chief_ministers(lex) -> None:
    for name, date, country in (
        ("Nick Clegg", "2012-01-01", "GBR"),
        ("Nicola Sturgeon", "2018-01-01", "GBR"),
        ("François Legault", "2020-01-01", "CAN"),
        ("Daniel Andrews", "2020-01-01", "AUS"),
        ("Mamata Banerjee", "2020-01-01", "IND"),
    ):
        w = lex.actor(name).at(date)
        assert (w.country, w.sector) == (country, "GOV"), name
    # a full name a famous namesake shares needs the text's word: Ben Wallace the basketball
    # player is no British defence secretary
    assert lex.actor("Ben Wallace") is None and lex.actor("John Carney") is None


def test_state_body_sectors_are_the_plover_sectors_marked_state_in_the_data() -> None:
    # the one list that the entity and event layers share (bare "the ministry", allegations)
    assert {"GOV", "LEG", "JUD", "COP", "MIL", "SPY"} == STATE_BODY_SECTORS
    assert STATE_BODY_SECTORS <= PLOVER_SECTORS
    assert not {"PRM", "REB", "CVL", "PTY", "OPP"} & STATE_BODY_SECTORS


def test_armed_sectors_are_the_plover_sectors_marked_armed_in_the_data() -> None:
    # police, soldiers, rebels, paramilitaries, unknown gunmen, criminals and spies bear arms
    assert {"COP", "MIL", "REB", "PRM", "UAF", "CRM", "SPY"} == ARMED_SECTORS
    assert not {"GOV", "CVL", "BUS", "PTY"} & ARMED_SECTORS
