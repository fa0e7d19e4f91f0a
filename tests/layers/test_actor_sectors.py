"""Actor sectors from English and the knowledge base (entities.rules.v1): titles, 'former',
legal forms of company names, nations as a whole, 'X of the Y', undated texts."""

from __future__ import annotations

import pytest

from newsevents.config import Settings
from newsevents.readers import make_article
from newsevents.records import Document, Entity

STAGES = ("parse.spacy.v1", "entities.rules.v1")


@pytest.fixture(scope="module")
def read():
    from newsevents.api import get_pipeline

    pipeline = get_pipeline(Settings(stages=STAGES))

    def run(text: str, published: str | None = "2019-11-12") -> Document:
        return pipeline.run(make_article(text, published=published))

    return run


def entity(doc: Document, text: str) -> Entity:
    """The entity with a mention that covers `text` most tightly."""
    hits = [(m.end - m.start, e) for e in doc.entities for m in e.mentions if text in m.text]
    assert hits, f"no entity mentioned as {text!r}: {[e.name for e in doc.entities]}"
    return min(hits, key=lambda h: h[0])[1]


def codes(doc: Document, text: str) -> tuple[str | None, str | None]:
    e = entity(doc, text)
    return e.country, e.sector


def test_undated_text_gives_the_last_post_not_former(read) -> None:
    text = "Heiko Maas said on Monday that talks would continue."
    assert codes(read(text, None), "Heiko Maas") == ("DEU", "GOV")  # German foreign minister
    assert codes(read(text, "2024-05-01"), "Heiko Maas") == ("DEU", "ELI")  # after his term


def test_former_is_elite_only_for_public_offices(read) -> None:
    doc = read("Former President Barack Obama met former WeWork CEO Adam Neumann on Monday.")
    assert codes(doc, "Barack Obama")[1] == "ELI"
    assert codes(doc, "Adam Neumann")[1] == "BUS"


def test_party_word_before_an_office_yields_to_the_office(read) -> None:
    doc = read("Republican Gov. Matt Bevin signed the bill. Gov. Kristi Noem vetoed another.")
    assert codes(doc, "Matt Bevin")[1] == "GOV"
    assert codes(doc, "Kristi Noem")[1] == "GOV"


def test_legal_form_of_a_company_name_makes_business(read) -> None:
    doc = read("Pacific Gas & Electric Co. cut power to thousands of homes on Monday.")
    assert codes(doc, "Pacific Gas & Electric Co.")[1] == "BUS"
    doc = read("WeWork Inc. said on Monday it would cut jobs.")
    assert codes(doc, "WeWork Inc.")[1] == "BUS"
    doc = read("WeWork co-founder Adam Neumann left the company in October.")
    assert not any(m.text.endswith(" co") for e in doc.entities for m in e.mentions)


def test_private_agencies_and_security_services(read) -> None:
    doc = read("A Minnesota ad agency said on Monday it would cut jobs.")
    assert codes(doc, "ad agency") == ("USA", "BUS")
    doc = read("The Shin Bet security service said it arrested two men.")
    assert codes(doc, "security service")[1] == "SPY"


def test_a_bare_nation_has_no_sector_described_people_are_civilians(read) -> None:
    assert codes(read("The Palestinians rejected the plan."), "Palestinians") == ("PSE", None)
    assert codes(read("Ordinary Kazakhs protested on Monday."), "Kazakhs") == ("KAZ", "CVL")
    assert codes(read("Two Brazilians were arrested on Monday."), "Brazilians") == ("BRA", "CVL")


def test_participle_modifiers_stay_in_the_group(read) -> None:
    doc = read("Burkina Faso's ruling junta expelled the French ambassador.")
    e = entity(doc, "junta")
    assert (e.country, e.sector) == ("BFA", "GOV")
    assert any(m.text == "Burkina Faso's ruling junta" for m in e.mentions)


def test_a_weak_role_of_a_body_takes_its_sector(read) -> None:
    doc = read("The chairman of the company's board resigned on Monday.")
    assert codes(doc, "chairman")[1] == "BUS"
    doc = read("Members of the military took control of the state broadcaster.")
    assert codes(doc, "Members")[1] == "MIL"


def test_a_party_member_in_office_keeps_the_office(read) -> None:
    doc = read("Kentucky GOP Gov. Matt Bevin lost his reelection bid.")
    assert codes(doc, "Matt Bevin")[1] == "GOV"
    doc = read("GOP chairman Reince Priebus praised the result.")
    assert codes(doc, "Reince Priebus")[1] == "PTY"  # a party's own post


def test_counted_or_described_nationals_are_civilians(read) -> None:
    doc = read("Thousands of Nigerians were converging Thursday for a rally in Lagos.")
    assert codes(doc, "Nigerians") == ("NGA", "CVL")
    doc = read("Israel refused to lift the curfew on Palestinians living in the West Bank.")
    assert codes(doc, "Palestinians") == ("PSE", "CVL")


def test_carriers_and_professional_unions(read) -> None:
    doc = read("Boeing drew bids from Turkish-based carrier SunExpress on Monday.")
    assert codes(doc, "SunExpress") == ("TUR", "BUS")  # 'X-based' gives the home country
    doc = read("The Indiana State Teachers Association called a rally on Monday.")
    assert codes(doc, "Indiana State Teachers Association")[1] == "LAB"


def test_a_role_of_several_bodies_takes_no_one_body(read) -> None:
    doc = read(
        "Bilal was arrested by a joint team of the anti-terrorist squad, the town police and "
        "the railway police on Saturday night."
    )
    team = [e for e in doc.entities if any("team" in m.text for m in e.mentions)]
    assert all(e.sector != "REB" for e in team)  # 'anti-terrorist' is no rebel
    assert any(e.sector == "COP" for e in doc.entities)


def test_indian_police_ranks_and_forces_are_police(read) -> None:
    """Ranks and forces of the Indian police (agents_extra.jsonl, cited per row), also in the
    lower-cased text of the Times of India; a commissioner is police only 'of police'."""
    assert codes(read("DSP Raju Bhargav said they were arrested."), "Raju Bhargav")[1] == "COP"
    assert codes(read("dsp raju bhargav said they were arrested."), "raju bhargav")[1] == "COP"
    assert codes(read("SHO Anil Sharma arrested the accused."), "Anil Sharma")[1] == "COP"
    doc = read("The deputy commissioner of police said five men were arrested.")
    assert codes(doc, "deputy commissioner")[1] == "COP"
    assert codes(read("Assistant commissioner Satish Rao met traders."), "Satish Rao")[1] == "GOV"
    doc = read("Personnel of the Rapid Action Force fired tear gas at the crowd.")
    assert codes(doc, "Rapid Action Force")[1] == "COP"


def test_an_acronym_the_article_defines_wins_over_the_dictionary(read) -> None:
    doc = read("The Rapid Action Force (RAF) was deployed in Ayodhya. The RAF fired tear gas.")
    assert [m.text for m in entity(doc, "Rapid Action Force").mentions].count("RAF") == 2
    assert codes(doc, "Rapid Action Force")[1] == "COP"
    assert codes(read("The RAF bombed targets in Libya on Monday."), "RAF") == ("GBR", "MIL")


def test_an_acronym_may_take_the_initial_of_a_small_word_of_the_name(read) -> None:
    """'of' gives its initial to the acronym or not ('MoD', 'MD'; layers/initials.py): the
    bracketed word and its later uses are mentions of the name."""
    doc = read("The Ministry of Defence (MoD) said two soldiers died. The MoD gave no names.")
    assert [m.text for m in entity(doc, "Ministry of Defence").mentions].count("MoD") == 2


def test_a_firm_named_with_its_legal_form_or_in_the_possessive(read) -> None:
    doc = read(
        "General Motors Corporation said on Friday it would cut jobs. Standard & Poor's cut "
        "its rating of Citigroup Inc. on Monday."
    )
    assert codes(doc, "General Motors Corporation") == ("USA", "BUS")
    assert codes(doc, "Standard & Poor") == ("USA", "BUS")
    assert codes(doc, "Citigroup Inc.") == ("USA", "BUS")


def test_people_arrested_or_charged_are_suspects(read) -> None:
    doc = read(
        "Police arrested Elizabeth A. Burton, 32, after locating methamphetamine in her car. "
        "Officers also arrested Christopher L. Tays and Victor N. Burton. Ryan Hollman was "
        "charged with theft. Police arrested six people. You can charge the Mac Bookpro in "
        "the car."
    )
    for name in ("Elizabeth A. Burton", "Christopher L. Tays", "Victor N. Burton", "Hollman"):
        assert codes(doc, name)[1] == "CRM", name
    assert codes(doc, "six people")[1] == "CRM"
    assert codes(doc, "Mac Bookpro")[1] is None  # a device is charged without a crime


def test_a_named_person_who_does_a_crime_to_a_person_is_a_suspect(read) -> None:
    doc = read(
        "Gregor Malinski shot him twice near the station. Tomas Ferreira was stabbed by "
        "Liam Doyle outside a bar. Petra Lindqvist, 41, strangled her neighbour in 2015."
    )
    assert codes(doc, "Gregor Malinski")[1] == "CRM"
    assert codes(doc, "Liam Doyle")[1] == "CRM"
    assert codes(doc, "Tomas Ferreira")[1] != "CRM"  # the victim
    # no person done to, or a post of one's own: no suspect
    doc = read(
        "Carlos Mendes shot a 66 on Sunday to win the open. Jana Novak shot the film in "
        "Prague. Police officer Dan Reyes shot the gunman."
    )
    assert codes(doc, "Carlos Mendes")[1] is None
    assert codes(doc, "Jana Novak")[1] is None
    assert codes(doc, "Dan Reyes")[1] == "COP"


def test_plain_people_who_do_a_crime_to_a_person_are_suspects(read) -> None:
    doc = read("Three men shot two police officers outside a bank in Lagos on Friday.")
    assert codes(doc, "men")[1] == "CRM"
    doc = read("A taxi driver was stabbed by two men near the market in Karachi.")
    assert codes(doc, "men")[1] == "CRM"
    # nobody done to: plain people keep no crime
    doc = read("Two men shot a film about the market in Karachi last year.")
    assert codes(doc, "men")[1] != "CRM"


def test_an_unnamed_person_arrested_is_a_suspect_of_the_passage_country(read) -> None:
    doc = read(
        "German police arrested a 57-year-old man in Kassel on Sunday. In Poland, an "
        "individual has been arrested after the mayor of Gdansk was stabbed. In Los Angeles, "
        "US transit officers were able to apprehend a suspect."
    )
    assert codes(doc, "57-year-old man") == ("DEU", "CRM")
    assert codes(doc, "individual") == ("POL", "CRM")
    assert codes(doc, "suspect") == ("USA", "CRM")
    # unarrested, a plain person is no actor of its own
    doc = read("A man walked into the station. An individual spoke to reporters.")
    assert not [e for e in doc.entities if e.name in ("man", "individual")]


def test_a_plain_person_of_a_violent_act_is_its_doer_or_victim(read) -> None:
    doc = read("In Ohio, a woman shot and killed a man outside a bar on Saturday.")
    assert codes(doc, "woman") == ("USA", "CRM")
    assert codes(doc, "man") == ("USA", "CVL")
    doc = read("A man was attacked with a knife in Lyon, France, on Friday.")
    assert codes(doc, "man") == ("FRA", "CVL")
    # the victim is not the person arrested in the same words
    doc = read("Police in Boston said one man was arrested. One man was shot outside a store.")
    assert sorted(e.sector or "" for e in doc.entities if e.name.lower() == "one man") == [
        "CRM",
        "CVL",
    ]
    # a reduced passive is no doer
    doc = read("Police named the six men and one woman killed when a tram derailed in London.")
    assert ("GBR", "CRM") not in [(e.country, e.sector) for e in doc.entities if "woman" in e.name]
    # one the text names is the named person, not a plain one
    doc = read("In Ohio, a man shot and killed a woman named Mary Jones on Saturday.")
    assert not [e for e in doc.entities if e.name == "woman"]
    # one a relative or reported clause tells of is no party of the act
    doc = read("A man who wants to kill his boss told reporters he would try again.")
    assert not [e for e in doc.entities if e.name == "man"]


def test_a_bare_plural_object_is_a_group_of_its_own(read) -> None:
    doc = read(
        "The U.K. Foreign and Commonwealth Office urges citizens not to travel to the areas. "
        "The Democratic National Committee urged states not to reschedule their elections."
    )
    assert codes(doc, "citizens") == ("GBR", "CVL")
    assert codes(doc, "states")[1] == "GOV"
    # a government's people are its own, not those of the places the passage names
    doc = read(
        "Protests continued in Hong Kong. The Chinese government urged citizens to stay calm."
    )
    assert codes(doc, "citizens") == ("CHN", "CVL")
    doc = read(
        "Floods hit Indonesia. The British Foreign Office carries travel notices for the "
        "region and urges citizens not to travel there."
    )
    assert codes(doc, "citizens") == ("GBR", "CVL")
    # a bare plural subject stays generic: no actor of its own
    doc = read("Citizens say the roads are closed.")
    assert not [e for e in doc.entities if e.name.lower() == "citizens"]


def test_a_jury_and_its_jurors_are_the_court(read) -> None:
    doc = read("A federal grand jury in Dayton indicted the former mayor on Tuesday.")
    assert codes(doc, "grand jury")[1] == "JUD"
    doc = read("Jurors in Ohio deliberated for two days before they reached a verdict.")
    assert codes(doc, "Jurors")[1] == "JUD"
    # the elected county prosecutor is a prosecutor (GOV), not a defence lawyer
    doc = read("Cook County State's Attorney Maria Lopez dropped the charges against the men.")
    assert codes(doc, "Maria Lopez")[1] == "GOV"


def test_a_bare_plural_that_did_one_past_act_is_a_group(read) -> None:
    doc = read("Students marched through the centre of Lyon on Friday.")
    assert codes(doc, "Students")[1] == "EDU"
    doc = read("On Friday the mayor of Lyon was booed by residents.")
    assert codes(doc, "residents")[1] == "CVL"
    # in the present a bare plural names a kind: no party
    doc = read("Students say the exams in Lyon are too hard.")
    assert not [e for e in doc.entities if e.name.lower() == "students"]
    # a pronoun's people are left to the pronoun
    doc = read("He watched his children leave the house in Lyon.")
    assert not [e for e in doc.entities if "children" in e.name]


def test_people_a_noun_owns_are_a_group(read) -> None:
    doc = read("The victim's family filed a lawsuit against the hospital in Leeds.")
    assert codes(doc, "family")[1] == "CVL"
    doc = read("The town's residents blocked the road to the quarry near Leeds.")
    assert codes(doc, "residents")[1] == "CVL"


def test_a_coworker_is_a_plain_person_in_a_violent_act(read) -> None:
    # no sector of their own: a party of a violent act as 'a man' is
    doc = read("A factory worker in Leeds was shot by a colleague on Monday.")
    assert codes(doc, "colleague")[1] == "CRM"
    doc = read("The gunman shot two coworkers at the warehouse in Leeds.")
    assert codes(doc, "coworkers")[1] == "CVL"
    doc = read("He thanked his colleagues at the bank in Leeds.")
    assert not [e for e in doc.entities if "colleague" in e.name]


def test_a_shooter_or_an_intruder_is_a_suspect(read) -> None:
    doc = read("Police in Leeds said the shooter fled on foot after the attack on Monday.")
    assert codes(doc, "shooter")[1] == "CRM"
    doc = read("An intruder broke into a house in Leeds on Monday night.")
    assert codes(doc, "intruder")[1] == "CRM"


def test_generic_groups_a_verb_acts_on_are_groups_of_their_own(read) -> None:
    # the noun alone gives the sector (agents_extra.jsonl); the country only from the text
    doc = read("Austria will invite architects to submit plans for the building.")
    assert codes(doc, "architects") == (None, "BUS")
    doc = read("He said that GM would offer a deferred termination package to dealers.")
    assert codes(doc, "dealers")[1] == "BUS"
    doc = read("Flynn urged the crowd to consider what the counters are hiding.")
    assert codes(doc, "the crowd")[1] == "CVL"


def test_a_group_of_a_person_or_a_body_is_theirs(read) -> None:
    # a person's name after the group is whose they are, not a place ('Bella' is in Colombia)
    doc = read(
        "About 200 supporters of former President Ahmed Ben Bella blocked roads in the capital "
        "city of Algiers."
    )
    assert codes(doc, "200 supporters") == ("DZA", "CVL")
    # a body's word before a noun that needs a modifier says whose people they are
    doc = read("A Syrian was killed when government supporters attacked American troops.")
    assert codes(doc, "government supporters")[1] == "CVL"


def test_accomplices_are_criminals(read) -> None:
    doc = read("Several alleged accomplices were tried by the same court.")
    assert codes(doc, "alleged accomplices")[1] == "CRM"


def test_a_word_of_people_before_a_noun_and_no_people_are_no_group(read) -> None:
    doc = read("Staff do an excellent job of crowd control, and there were no crowds at all.")
    assert not [e for e in doc.entities if "crowd" in e.name.lower()]
    # a bare plural subject still stays generic
    doc = read("Dealers say the cars are not selling.")
    assert not [e for e in doc.entities if e.name.lower() == "dealers"]


def test_plain_officers_are_police_only_in_a_text_that_names_the_police(read) -> None:
    doc = read(
        "Police arrested six people Monday. Officers also arrested Christopher L. Tays. "
        "Deputies searched the house."
    )
    assert codes(doc, "Officers")[1] == "COP"
    assert codes(doc, "Deputies")[1] == "COP"
    doc = read("Officers met at the academy. The Air Force selected 180 officers a year.")
    assert all(e.sector != "COP" for e in doc.entities)


def test_prosecutors_are_the_executive(read) -> None:
    # the coding guide: GOV holds 'prosecutors as part of the executive'; judges stay JUD
    doc = read("Federal prosecutors charged the two guards. Judge Analisa Torres set a date.")
    assert codes(doc, "Federal prosecutors")[1] == "GOV"
    assert codes(doc, "Analisa Torres")[1] == "JUD"


def test_a_captain_is_military_only_in_a_force(read) -> None:
    # sports captains, ship captains and Star Trek's are no soldiers: 'captain' takes the
    # sector of its force ('Army Captain', 'Police Captain') and has none of its own
    doc = read(
        "England captain Harry Kane scored twice. Army Captain John Smith was wounded. "
        "Police Captain Mary Jones said the road was closed."
    )
    assert codes(doc, "Harry Kane")[1] is None
    assert codes(doc, "John Smith")[1] == "MIL"
    assert codes(doc, "Mary Jones")[1] == "COP"


def test_corporate_officers_are_business(read) -> None:
    doc = read(
        "Rick Wagoner was replaced with Fritz Henderson, the current chief operating officer. "
        '"The banks do not lend," said David Dreman, the chief investment officer of Dreman '
        "Value Management."
    )
    assert codes(doc, "Fritz Henderson")[1] == "BUS"
    assert codes(doc, "David Dreman")[1] == "BUS"


def test_a_business_post_in_apposition_is_the_persons(read) -> None:
    # a title of several words ('the Airbus chief executive'), a business noun ('CEO'), the
    # organisation of a post coordinated with it ('Chairman and Chief Operating Officer of')
    doc = read(
        "Louis Gallois, the Airbus chief executive, said the company would cut jobs. "
        "The bank's CEO, Ken Lewis, said costs remain high. "
        '"We thank Boeing," said Joe Leonard, Chairman and Chief Operating Officer of AirTran '
        "Airways."
    )
    assert codes(doc, "Louis Gallois") == ("FRA", "BUS")
    assert codes(doc, "Ken Lewis")[1] == "BUS"
    assert codes(doc, "Joe Leonard")[1] == "BUS"


def test_a_named_body_in_a_post_keeps_its_own_words(read) -> None:
    doc = read(
        "Will Moy, chief executive of the London-based fact-checking website Full Fact, told "
        "the BBC it was misleading."
    )
    assert codes(doc, "Full Fact")[0] == "GBR"


def test_post_of_a_dictionary_body_the_ner_took_for_a_person(read) -> None:
    # the NER tags 'Full Fact' PERSON; organisations.jsonl knows it (SOC, GBR): its chief
    # executive is the charity's, not a company's
    doc = read(
        "“It was an attempt to mislead voters,’’ Will Moy, chief executive of the London-based "
        "fact-checking website Full Fact, told the Associated Press."
    )
    assert codes(doc, "Will Moy") == ("GBR", "SOC")


def test_charities_foundations_and_rights_groups_are_civil_society(read) -> None:
    # agents_extra.jsonl: charity, foundation, think tank, rights group, Red
    # Cross default to SOC when nothing else gives a sector
    doc = read(
        "The Mozilla Foundation released the browser on Monday. The British Red Cross said "
        "volunteers were helping families."
    )
    assert codes(doc, "Mozilla Foundation")[1] == "SOC"
    assert codes(doc, "British Red Cross") == ("GBR", "SOC")


def test_a_firm_of_finance_named_by_its_last_word_is_business(read) -> None:
    # organisation_words.json firm_words; 'analyst' and 'strategist' take their firm's sector
    doc = read(
        '"Stocks fell again," said Peter Cardillo, chief market economist at Avalon Partners. '
        '"It is a bad week," said Dan Cook, the senior market analyst at IG Markets.'
    )
    assert codes(doc, "Avalon Partners")[1] == "BUS"
    assert codes(doc, "Peter Cardillo")[1] == "BUS"
    assert codes(doc, "Dan Cook")[1] == "BUS"


def test_a_founder_takes_the_sector_of_what_was_founded(read) -> None:
    # agents_extra.jsonl: founder, co-founder, creator are weak roles with no default
    doc = read(
        "Steve Jobs, founder of Apple, has chosen to step down. Microsoft founder Bill Gates "
        "said on Monday that the deal was good."
    )
    assert codes(doc, "Steve Jobs")[1] == "BUS"
    assert codes(doc, "Bill Gates")[1] == "BUS"


def test_national_union_confederations_are_labour(read) -> None:
    # organisations.jsonl kind union: France's, Italy's, Spain's and Japan's confederations
    doc = read(
        "Workers at four French sites stopped work, said Force Ouvrière, the main Airbus union "
        "in France. The CGIL called a general strike in Italy."
    )
    assert codes(doc, "Force Ouvrière") == ("FRA", "LAB")
    assert codes(doc, "CGIL") == ("ITA", "LAB")


def test_a_post_set_off_before_a_name_is_the_persons(read) -> None:
    # the parse hangs the name on the post's 'of' object: the post is read as for an
    # apposition after the name
    doc = read(
        "The vice president of Dacia, Constantin Stroe, said that the price Ford offers is not "
        "important. Co-founder of Google, Sergey Brin, personally met with Mohamed."
    )
    assert codes(doc, "Constantin Stroe") == ("ROU", "BUS")
    assert codes(doc, "Sergey Brin") == ("USA", "BUS")


def test_airlines_take_their_home_country(read) -> None:
    # organisations.jsonl: airlines Phoenix codes MNC (no state) or lacks, each with its source
    doc = read(
        "AirTran Airways ordered ten Boeing 737s on Monday. EVA Airways said it would buy "
        "four more."
    )
    assert codes(doc, "AirTran Airways") == ("USA", "BUS")
    assert codes(doc, "EVA Airways") == ("TWN", "BUS")


def test_think_tanks_are_civil_society_of_their_home(read) -> None:
    # organisations.jsonl kind think_tank (SOC): a scholar there takes its sector
    doc = read(
        "China scholar Derek Scissors of the American Enterprise Institute said the deal was "
        "thin. The Brookings Institution published a report."
    )
    assert codes(doc, "Derek Scissors") == ("USA", "SOC")
    assert codes(doc, "Brookings Institution") == ("USA", "SOC")


def test_a_lone_attacker_is_a_criminal_several_are_armed_men(read) -> None:
    # PLOVER: CRM 'individual criminals', UAF 'unidentified armed forces ("unknown gunmen")'
    doc = read("The attacker was shot dead by police. Multiple attackers fled the scene.")
    assert codes(doc, "The attacker")[1] == "CRM"
    assert codes(doc, "Multiple attackers")[1] == "UAF"


def test_described_police_and_suspects_take_the_country_of_a_one_country_story(read) -> None:
    doc = read(
        "Mayor Muriel Bowser of Washington criticised US President Donald Trump. Senator "
        "Chuck Schumer and Governor Larry Hogan agreed. Twenty people were arrested, and two "
        "police officers were injured. The attacker fled."
    )
    assert codes(doc, "police officers") == ("USA", "COP")
    assert codes(doc, "The attacker") == ("USA", "CRM")


def test_a_plain_man_sentenced_is_a_suspect(read) -> None:
    doc = read(
        "Judge Michael Urbanski sentenced Ohio man James Alex Fields, now 22, to life in prison."
    )
    assert codes(doc, "James Alex Fields")[1] == "CRM"


def test_title_after_an_organisation_name_is_that_organisations(read) -> None:
    # the organisation's name gives its term (a teachers' union, a company's legal form): its
    # president is no state's; a state body's title stays the state's
    doc = read(
        "Indiana State Teachers Association President Keith Gambill told teachers at the "
        "Statehouse that they would keep fighting. Acme Holdings Inc. President John Smith "
        "said the company would move. Indiana House Speaker Todd Huston said the pay would rise."
    )
    assert codes(doc, "Keith Gambill") == ("USA", "LAB")
    assert codes(doc, "John Smith")[1] == "BUS"
    assert codes(doc, "Todd Huston")[1] == "LEG"


def test_a_thing_or_an_act_of_the_phoenix_dictionary_is_no_actor(read) -> None:
    # agents_extra.jsonl kind thing: Phoenix's 'website', 'blog', 'military base', 'governance',
    # 'revolt' name no people (corpus pages, dev and train rows: 'its website' PERSON JRN)
    doc = read(
        "Montalvo came upon a blog written by Rathbun. The company said on its website that "
        "the U.S. will keep its military base. People will be up in revolt, Prakash said. "
        "The solution lies in better governance."
    )
    names = [e.name.lower() for e in doc.entities]
    for word in ("blog", "website", "military base", "revolt", "governance"):
        assert not any(word in n for n in names), names


def test_a_sheriffs_office_after_a_name_is_police(read) -> None:
    # the office word after a possessive name takes the term the two make (agents_extra:
    # "sheriff's office", "sheriff's department" COP), not the bare 'office' or 'department' GOV
    doc = read("The Orange County, Calif., sheriff’s office said the man was arrested Tuesday.")
    assert codes(doc, "sheriff’s office")[1] == "COP"
    doc = read(
        "While speaking to Blair, a Bartholomew County Sheriff’s Department canine was "
        "requested and later alerted to the odor of narcotics, Harris said."
    )
    assert codes(doc, "Sheriff’s Department")[1] == "COP"


def test_a_rank_with_a_police_body_is_a_police_officer(read) -> None:
    doc = read("Burton was arrested, said Lt. Matt Harris, Columbus Police Department spokesman.")
    assert codes(doc, "Matt Harris")[1] == "COP"
    doc = read("The man fled, said Lt. Gregg Hastings of the Oregon State Police.")
    assert codes(doc, "Gregg Hastings")[1] == "COP"
    doc = read("Army Lt. John Smith said the convoy was attacked.")
    assert codes(doc, "John Smith")[1] != "COP"


def test_an_ocean_is_no_actor(read) -> None:
    # Phoenix lists 'Indian Ocean' with the Lok Sabha (IND LEG); GeoNames says it is an ocean
    doc = read("A ship sank in the Indian Ocean on Monday, the navy said.")
    assert codes(doc, "Indian Ocean") == (None, None)
    assert codes(doc, "navy")[0] is None


def test_a_group_of_no_state_keeps_its_sector_without_a_country(read) -> None:
    # 'Islamic State' is in needs_context (its country follows the theatre): REB, not the GOV
    # of its head noun 'state'; a state's party sharing a name keeps the head noun's sector
    doc = read("The troops are there with a coalition to counter the Islamic State (ISIS).")
    assert codes(doc, "Islamic State")[1] == "REB"
    doc = read("Hong Kong's Labour Party said it would join the protest.")
    assert codes(doc, "Labour Party") == ("HKG", "PTY")


def test_a_people_noun_used_as_an_adjective_leaves_the_role_its_own(read) -> None:
    # 'a local' is a resident (CVL), but 'local officials' are officials
    doc = read("The outage outraged local officials and customers who accused the utility.")
    assert codes(doc, "local officials")[1] == "GOV"
    doc = read("US intelligence officials said the man was a spy.")
    assert codes(doc, "intelligence officials")[1] == "SPY"


def test_stock_exchanges_and_national_teams(read) -> None:
    doc = read("The Irish Stock Exchange said trading was halted on Monday.")
    assert codes(doc, "Irish Stock Exchange") == ("IRL", "BUS")
    doc = read("The Slovenian wheelchair basketball national team won the match.")
    assert codes(doc, "national team")[1] == "CVL"  # athletes, not the government


def test_people_arrested_at_a_protest_are_protesters(read) -> None:
    doc = read(
        "Friday night was the fourth night in a row that Serbians protested. Police director "
        "Vladimir Rebic said at least 71 people were arrested Friday night."
    )
    assert codes(doc, "71 people")[1] == "CVL"
    doc = read("As a result of Saturday's unrest, twenty people were arrested.")
    assert codes(doc, "twenty people")[1] == "CVL"
    doc = read("Police arrested six people Monday during a narcotics investigation.")
    assert codes(doc, "six people")[1] == "CRM"


def test_registered_forms_and_makers_words_make_a_firm(read) -> None:
    doc = read("Researchers at Ceramtech Incorporated reported the results on Monday.")
    assert codes(doc, "Ceramtech Incorporated")[1] == "BUS"
    doc = read("Boeing announced orders from Tyvak Nano-Satellite Systems on Monday.")
    assert codes(doc, "Tyvak Nano-Satellite Systems")[1] == "BUS"


def test_market_strategists_and_professors_by_rank(read) -> None:
    doc = read(
        '"Sentiment is weak," said Fritz Meyer, the senior market strategist for Invesco AIM.'
    )
    assert codes(doc, "Fritz Meyer")[1] == "BUS"
    doc = read("The prints were donated, according to Kristen Wilkins, assistant professor of art.")
    assert codes(doc, "Kristen Wilkins")[1] == "EDU"


def test_an_unlabelled_firm_name_before_a_role_is_the_firm_named_elsewhere(read) -> None:
    doc = read(
        "The office-space company WeWork will cut 4,000 jobs, The New York Times reported. "
        '"We are cooperating in the matter," said a WeWork spokesperson when contacted by Reuters.'
    )
    assert codes(doc, "WeWork spokesperson") == ("USA", "BUS")
    doc = read(
        "The American Association of Retired Persons (AARP) opposed the plan. AARP Policy "
        "Director John Rother concedes that the arguments are valid."
    )
    assert codes(doc, "John Rother")[1] == "SOC"


def test_a_year_within_a_former_term_gives_the_post_of_that_term(read) -> None:
    doc = read("Bill Clinton was impeached in 1998, and Andrew Johnson in 1868.")
    assert codes(doc, "Bill Clinton") == ("USA", "GOV")
    assert codes(doc, "Andrew Johnson") == ("USA", "GOV")
    doc = read("Bill Clinton spoke in New York on Monday.")
    assert codes(doc, "Bill Clinton") == ("USA", "ELI")  # after his term, no year of it
    doc = read("Former President Bill Clinton said in 1998 that he was sorry.")
    assert codes(doc, "Bill Clinton") == ("USA", "ELI")  # the text says 'former'


def test_a_year_of_another_noun_is_no_date_of_the_term(read) -> None:
    doc = read("Trump wanted Ukraine to investigate Joe Biden and Democrats in the 2016 election.")
    assert codes(doc, "Joe Biden") == ("USA", "ELI")  # 'the 2016 election' dates no clause


def test_an_organisation_with_an_of_phrase_before_a_title_is_the_holders(read) -> None:
    doc = read("Bureau of Prisons Director Kathleen Hawk Sawyer said the guards would be fired.")
    assert codes(doc, "Kathleen Hawk Sawyer") == ("USA", "COP")


def test_central_banks_are_government_bodies(read) -> None:
    doc = read("The United States Federal Reserve and the European Central Bank cut rates.")
    assert codes(doc, "United States Federal Reserve") == ("USA", "GOV")
    assert codes(doc, "European Central Bank") == ("IGO", "GOV")


def test_a_team_named_by_its_sport_is_its_players(read) -> None:
    doc = read("The Australian cricket team arrived in Brisbane on Monday.")
    assert codes(doc, "cricket team") == ("AUS", "CVL")


def test_a_title_with_a_complement_set_before_a_name_with_a_comma_is_the_post(read) -> None:
    doc = read("Nigeria's Minister of Information, Lai Mohammed, said the government would act.")
    assert codes(doc, "Lai Mohammed") == ("NGA", "GOV")
    doc = read(
        "An arsonist has badly damaged the church attended by the Governor of Alaska, Sarah"
        " Palin, and she has apologised."
    )
    assert codes(doc, "Sarah Palin") == ("USA", "GOV")
    # a list is no apposition: the name after 'and' keeps none of the titles
    doc = read("The president, the prime minister, and John Smith met in Paris.")
    assert codes(doc, "John Smith")[1] is None


def test_a_title_and_its_of_complement_make_one_post_where_the_agents_data_has_it(read) -> None:
    doc = read("The state Commissioner of Police, Musa Danladi Ibrahim, said five men were held.")
    assert codes(doc, "Musa Danladi Ibrahim")[1] == "COP"
    doc = read("The judge heard Adaeze Okafor, the Inspector-General of Police, on Tuesday.")
    assert codes(doc, "Adaeze Okafor")[1] == "COP"
    # the complement alone is the body the post is of: a minister of police is no officer
    doc = read("The Minister of Police, Thabo Mokoena, said five men were held.")
    assert codes(doc, "Thabo Mokoena")[1] == "GOV"


def test_a_firm_named_with_the_other_number_of_its_last_word(read) -> None:
    doc = read("Ford Motors Co. posted a profit on Friday. Nissan Motors cut jobs in Japan.")
    assert codes(doc, "Ford Motors Co.") == ("USA", "BUS")
    assert codes(doc, "Nissan Motors") == ("JPN", "BUS")


def test_a_descriptor_before_a_name_beats_its_weak_last_word(read) -> None:
    doc = read("Denmark-based retailer Salling Group bought 301 stores on Thursday.")
    assert codes(doc, "Salling Group") == ("DNK", "BUS")


def test_a_firm_of_a_country_named_after_it_is_of_that_country(read) -> None:
    doc = read(
        "Boeing announced new orders from German airline Air Berlin and ALAFCO Aviation Lease "
        "& Finance of Kuwait on Saturday."
    )
    assert codes(doc, "ALAFCO")[0] == "KWT"


def test_number_forms_of_an_overridden_term_share_its_sector(read) -> None:
    """An agent term overridden in agents_extra.jsonl keeps its sector in the other number
    (Phoenix's own plural or singular row said otherwise), and special forces are soldiers."""
    doc = read(
        "Jihadists stormed a village near the border on Monday. "
        "British special forces later freed two hostages."
    )
    assert codes(doc, "Jihadists")[1] == "REB"
    assert codes(doc, "British special forces") == ("GBR", "MIL")


def test_corporate_officer_titles_are_business_unless_their_body_says_otherwise(read) -> None:
    doc = read(
        '"Orders are up," said Zorbex senior vice president Hal Mercer on Tuesday. '
        "Lena Brandt, chief investment officer at Quillon Partners, disagreed."
    )
    assert codes(doc, "Hal Mercer")[1] == "BUS"
    assert codes(doc, "Lena Brandt")[1] == "BUS"


def test_a_weak_post_takes_the_sector_of_the_body_its_phrase_names(read) -> None:
    doc = read(
        "Rosa Delgado, director of the hospital, said three patients had died. "
        "Omar Haddad, a spokesman for the police, said nobody had been arrested."
    )
    assert codes(doc, "Rosa Delgado")[1] == "MED"
    assert codes(doc, "Omar Haddad")[1] == "COP"


def test_armed_groups_of_the_knowledge_base_with_dated_roles(read) -> None:
    text = "The Southern Transitional Council said its forces had taken the port of Aden."
    assert codes(read(text, "2020-06-20"), "Southern Transitional Council") == ("YEM", "REB")
    assert codes(read(text, "2023-03-01"), "Southern Transitional Council") == ("YEM", "GOV")
    doc = read("Polisario Front fighters shelled a Moroccan position.", "2021-01-10")
    assert codes(doc, "Polisario Front") == ("ESH", "REB")


@pytest.mark.parametrize(
    "text",
    [
        "The site was sued by the motion picture industry for copyright infringement.",
        "The pharmaceutical industry lobbied Congress against the bill.",
    ],
)
def test_an_industry_named_by_its_trade_is_a_group_of_businesses(read, text: str) -> None:
    word = "motion picture industry" if "motion" in text else "pharmaceutical industry"
    assert entity(read(text), word).sector == "BUS"


def test_a_bare_or_whole_industry_is_no_group(read) -> None:
    doc = read("Experts say the whole industry will suffer.")
    assert not [e for e in doc.entities if "industry" in e.name]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The film studios sued the website in California.", "film studios"),
        ("Regulators in Kenya fined several financial institutions.", "financial institutions"),
    ],
)
def test_firms_named_by_their_trade_are_businesses(read, text: str, words: str) -> None:
    assert entity(read(text), words).sector == "BUS"


def mentions(doc: Document) -> list[str]:
    return [m.text for e in doc.entities for m in e.mentions]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Toy Price Rise Angers Farmers\n\nToys cost more in Ohio since Monday.", "Farmers"),
        ("Bread price rise angers farmers.\n\nBread costs more in Ohio now.", "farmers"),
        ("Fuel Shortage Strands Workers In Lagos\n\nBuses stopped on Monday.", "Workers"),
    ],
)
def test_a_headline_read_as_one_noun_phrase_is_no_group_of_its_own(read, text, group) -> None:
    doc = read(text)
    assert group in mentions(doc)
    assert not [m for m in mentions(doc) if m.endswith(group) and m != group]


def test_a_group_mention_stays_in_its_own_sentence(read) -> None:
    doc = read("Storm Damage In Leeds\n\nFirefighters worked through the night, the council said.")
    assert "Firefighters" in mentions(doc)
    assert not [m for m in mentions(doc) if "\n" in m]


def test_a_plural_word_of_the_agent_term_is_no_headline_verb(read) -> None:
    doc = read("Human Rights Activists In Egypt\n\nActivists met in Cairo on Monday.")
    assert "Human Rights Activists" in mentions(doc)


def test_a_company_named_with_its_registered_form_is_no_headline(read) -> None:
    # a list line with no verb: 'Widgets' before 'Inc.' is part of the name, not a verb
    doc = read("Orbital Widgets Inc., Denver, Colorado\nKestrel Systems Inc., Irvine, California\n")
    assert {"Orbital Widgets Inc.", "Kestrel Systems Inc."} <= set(mentions(doc))
    # and a registered form the NER leaves after the name is no company of its own
    doc = read("NASA picked SpaceX and Tyvak Nano-Satellite Systems, Inc. to carry payloads.")
    assert "Inc." not in mentions(doc)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A judge in Perth charged the parents of the toddler with neglect.", "parents"),
        ("The smuggler's husband told reporters in Accra that she had fled.", "husband"),
        ("Relatives of the missing divers protested outside the port in Chile.", "Relatives"),
    ],
)
def test_people_named_by_kinship_are_civilians(read, text: str, words: str) -> None:
    assert entity(read(text), words).sector == "CVL"


def test_kinship_beside_a_name_is_no_post_of_the_relative(read) -> None:
    doc = read("Police questioned Tom Reyes, the nephew of a retired navy admiral, on Friday.")
    assert codes(doc, "Tom Reyes")[1] == "CVL"


def test_relatives_take_no_country_from_the_article_alone(read) -> None:
    text = (
        "Kenyan police said the bridge in Nairobi collapsed on Monday.\n\n"
        "Engineers inspected it for hours. Later that week, in a long statement, officials "
        "spoke about the budget. The repairs would take a year. Workers began on Friday. "
        "The relatives of one driver asked for an inquiry."
    )
    assert entity(read(text), "relatives").country is None


def test_a_relative_named_by_a_pronoun_is_left_to_the_pronoun(read) -> None:
    doc = read("He told reporters in Oslo that he had not seen his grandmother for years.")
    assert not [e for e in doc.entities if "grandmother" in e.name]


def test_road_users_and_members_of_the_public_are_civilians(read) -> None:
    # agents_extra.jsonl: road users name a private person, as 'driver' does
    doc = read("A truck hit a 45-year-old Polish cyclist on the bridge near Gdansk on Monday.")
    assert codes(doc, "cyclist") == ("POL", "CVL")
    doc = read("Police said motorist Jan Kowalski was injured in the crash.")
    assert codes(doc, "Jan Kowalski")[1] == "CVL"
    # members of the public, like 'customers': a group with a country, a body or a count
    doc = read("Thousands of French pensioners marched against the reform in Lyon.")
    assert codes(doc, "pensioners") == ("FRA", "CVL")
    doc = read("Several Canadian shoppers sued the chain over the prices.")
    assert codes(doc, "shoppers") == ("CAN", "CVL")


def test_relative_clause_of_a_post_gives_the_organisation(read) -> None:
    doc = read(
        "Lena Brandt, who heads the Alliance for American Manufacturing, criticised the tariffs. "
        "Omar Fields, who owns a small plumbing firm and a diner, said prices were rising."
    )
    assert codes(doc, "Lena Brandt") == ("USA", "SOC")  # the alliance's, a dictionary entry
    assert codes(doc, "Omar Fields")[1] == "BUS"  # 'owns a ... firm', coordinated objects too


def test_relative_clause_without_an_organisation_gives_no_post(read) -> None:
    doc = read("Maria Lopes, who led the research at the observatory, said the data were clear.")
    assert codes(doc, "Maria Lopes") == (None, None)


def test_unknown_trade_at_a_named_organisation_takes_its_codes(read) -> None:
    doc = read(
        "The cells matter, said Nora Vance, a physiologist at Johns Hopkins University. "
        "Felix Ortega, a senior fellow at the Peterson Institute for International Economics, "
        "agreed."
    )
    assert codes(doc, "Nora Vance") == ("USA", "EDU")
    assert codes(doc, "Felix Ortega") == ("USA", "SOC")


def test_unknown_trade_beside_a_critic_phrase_is_no_workplace(read) -> None:
    doc = read("Paul Archer, a longtime admirer of Johns Hopkins University, spoke on Monday.")
    assert codes(doc, "Paul Archer") == (None, None)


def test_analyst_of_the_business_press_is_business(read) -> None:
    doc = read(
        "Sales will recover, analyst Dana Whitfield said. Korvex analyst Lee Moran agreed, "
        "but political analyst Sam Ortiz and intelligence analyst Ada Quinn did not."
    )
    assert codes(doc, "Dana Whitfield")[1] == "BUS"  # bare: a market analyst
    assert codes(doc, "Lee Moran")[1] == "BUS"  # at a firm the files do not know
    assert codes(doc, "Sam Ortiz")[1] is None  # another field: no default
    assert codes(doc, "Ada Quinn")[1] in (None, "SPY")


def test_state_only_title_keeps_its_sector_under_any_organisation(read) -> None:
    doc = read(
        "The Crown prosecutor, Lena Ward, said the girl had suffered. Amtrak police officer Joe "
        "Bell said the train stopped. Meridex Corp. president Carl Hune declined to comment."
    )
    assert codes(doc, "Lena Ward")[1] == "GOV"  # 'Crown': an organisation we know nothing of
    assert codes(doc, "Joe Bell")[1] == "COP"  # not the railway's BUS
    assert codes(doc, "Carl Hune")[1] == "BUS"  # 'president' is a company's post too


def test_lawyer_acting_for_a_person_is_civilian(read) -> None:
    doc = read(
        "Tom Keller was convicted of fraud in Denver on Monday. Keller's lawyers asked the court "
        "for a new trial. His attorney, Rita Mendez, said he would appeal. The trial was heard, "
        "and defense lawyer Omar Hale criticized the police."
    )
    assert codes(doc, "Keller's lawyers")[1] == "CVL"  # the surname of a person named before
    assert codes(doc, "Rita Mendez")[1] == "CVL"  # 'his attorney': the person's, not the court
    assert codes(doc, "Omar Hale")[1] == "CVL"  # the coding guide: defence lawyers CVL


def test_state_and_bare_lawyers_keep_their_sectors(read) -> None:
    doc = read(
        "District Attorney Ben Corra charged the man. The prosecuting attorney, Lisa Dunn, "
        "dropped a count. A Kenyan attorney accused the government of torture."
    )
    assert codes(doc, "Ben Corra")[1] == "GOV"
    assert codes(doc, "Lisa Dunn")[1] == "GOV"  # a prosecutor: the state's
    assert codes(doc, "Kenyan attorney")[1] == "JUD"  # bare: whose lawyer, the text does not say


def test_party_lawyer_takes_the_country_of_the_story(read) -> None:
    doc = read(
        "Tom Keller was convicted of fraud in Denver on Monday. The jury in Denver, Colorado "
        "deliberated for two days. His attorney, Rita Mendez, said he would appeal. Defense "
        "lawyers criticized the police."
    )
    assert codes(doc, "Rita Mendez") == ("USA", "CVL")  # pleads before the story's courts
    assert codes(doc, "Defense lawyers") == ("USA", "CVL")


def test_staff_of_a_person_take_the_country_of_whom_they_serve(read) -> None:
    doc = read(
        "Russian President Boris Yeltsin met Leonid Kuchma in Kiev on Monday. Yeltsin's "
        "spokesman Sergei Yastrzhembsky said Ukraine would not join NATO."
    )
    # the employer's country, not that of the passage ('Ukraine', 'Kiev')
    assert codes(doc, "Sergei Yastrzhembsky") == ("RUS", "GOV")
    doc = read("Senator Elizabeth Warren spoke in Iowa. A Warren aide, Tom Bell, said she won.")
    assert codes(doc, "Tom Bell")[0] == "USA"


def test_group_takes_a_named_organisation_the_tagger_read_as_a_common_noun(read) -> None:
    doc = read(
        "The song recalls Guinea immigrant Amadou Diallo, who was shot at 41 times by four "
        "plain-clothes NYPD officers."
    )
    # 'NYPD' tagged NNS: the officers are the NYPD's, not of the immigrant's country
    assert codes(doc, "plain-clothes NYPD officers") == ("USA", "COP")


def test_fact_checkers_tax_think_tanks_and_outlet_news_services_are_known(read) -> None:
    doc = read(
        "PolitiFact rated the claim false, the Tax Policy Center said the plan cost too much, "
        "and the Tax Foundation agreed. Jo Reyes, VOA News, Geneva."
    )
    assert codes(doc, "PolitiFact") == ("USA", "JRN")
    assert codes(doc, "Tax Policy Center") == ("USA", "SOC")
    assert codes(doc, "Tax Foundation") == ("USA", "SOC")
    assert codes(doc, "VOA News") == ("USA", "JRN")


def test_a_weak_role_of_a_company_by_its_legal_form_is_no_state_office(read) -> None:
    # 'directors', 'chairman', 'officials' default to GOV; held in a company that the text
    # names by its legal form ('Inc.', 'Corp.') but no dictionary knows, GOV would be wrong
    doc = read(
        "Brindle Hollow Inc. directors approved a 2-for-1 stock split on Monday. "
        "Quillmark Corp. officials declined to comment."
    )
    assert codes(doc, "directors")[1] is None
    assert codes(doc, "Quillmark Corp. officials")[1] is None
    # a department, a known body or a capital keeps the state's sector
    doc = read("Interior officials, Pentagon officials and Moscow officials met on Monday.")
    assert codes(doc, "Interior officials")[1] == "GOV"
    assert codes(doc, "Pentagon officials")[1] == "GOV"
    assert codes(doc, "Moscow officials")[1] == "GOV"


def test_a_rank_after_a_police_word_is_a_police_officers(read) -> None:
    """Ranks police forces share with armed forces (person_words.json police_ranks) are the
    police's after a police word of their own phrase; an army's rank stays military."""
    doc = read("A patrolman was wounded, said Dayton police Lt. Maria Ortega on Friday.")
    assert codes(doc, "Maria Ortega")[1] == "COP"
    doc = read("A gunman shot and killed a sheriff's deputy sergeant outside the courthouse.")
    assert codes(doc, "deputy sergeant")[1] == "COP"
    doc = read("Army Sergeant Paul Reyes was wounded by a roadside bomb near the base.")
    assert codes(doc, "Paul Reyes")[1] == "MIL"


def test_chief_of_staff_is_of_the_body_that_names_it(read) -> None:
    """'chief of staff' is a weak post (agents_extra.jsonl): the White House's is GOV, an air
    force's MIL."""
    doc = read("White House Chief of Staff Mark Ellison met the governors on Tuesday.")
    assert codes(doc, "Mark Ellison")[1] == "GOV"
    doc = read("The Air Force chief of staff, Gen. Tom Walters, said the jets were ready.")
    assert codes(doc, "Tom Walters")[1] == "MIL"


def test_a_veteran_of_a_trade_is_not_a_soldier(read) -> None:
    """'veteran' takes the sector of the body before it ('a Reuters veteran'), and none alone
    before a player's name; an army's veteran and bare 'veterans' are the armed forces'."""
    doc = read("Mr. Hale, a 20-year Reuters veteran, will run the Tokyo bureau.")
    assert codes(doc, "Hale")[1] == "JRN"
    doc = read("The Saints also signed veteran Marcus Bell on Tuesday to back up the starter.")
    assert codes(doc, "Marcus Bell")[1] != "MIL"
    doc = read("Army veteran Dale Brooks, 55, testified before the committee.")
    assert codes(doc, "Dale Brooks")[1] == "MIL"


def test_an_occasions_party_and_an_arms_magazines_are_no_actors(read) -> None:
    """'party' of an occasion and 'magazines' listed with arms (organisation_words.json
    other_senses) are no political party and no press; a named party still is."""
    doc = read("A gunman opened fire at an office Christmas party in Ohio on Friday.")
    assert not [e for e in doc.entities if "party" in e.name.lower()]
    doc = read("Police seized four rifles, 20 magazines and 500 rounds of ammunition on Monday.")
    assert not [e for e in doc.entities if "magazines" in e.name]
    doc = read("Officials of the Labour party met in London after the office party on Monday.")
    assert codes(doc, "Labour party")[1] == "PTY"


def test_a_home_state_or_a_mental_state_is_no_government(read) -> None:
    """'state' of someone's home or of the mind (organisation_words.json other_senses) names a
    place or a condition, no state's government; a state's own body still is one."""
    doc = read("A similar suit was filed in Oregon, Nike's home state, on Monday.")
    assert not [e for e in doc.entities if "home state" in e.name]
    doc = read("The senator said Putin's mental state was deteriorating fast.")
    assert not [e for e in doc.entities if "mental state" in e.name]
    doc = read("The state of Ohio said on Monday that it would appeal the ruling.")
    assert codes(doc, "state")[1] == "GOV"


def test_a_state_visit_or_state_tax_names_no_state_party(read) -> None:
    """A 'state' before a noun of an occasion, a thing or a sum of a state (organisation_words.json
    state_attributes) is no party ('Orlov's three-day state visit', "Baker's state income tax
    filings"); 'state police' stays a body."""
    doc = read("The highlight of Orlov's three-day state visit was a treaty on fishing rights.")
    assert not [e for e in doc.entities if e.name.endswith("state") or e.name == "state"]
    visits = [ev for ev in doc.events if ev.trigger.text == "visit"]
    names = {e.id: e.name for e in doc.entities}
    assert all("state" not in names.get(a, "") for ev in visits for a in ev.actors)
    doc = read("The paper printed pages of Senator Baker's 2009 state income tax filings.")
    assert not [e for e in doc.entities if "state" in e.name]
    doc = read("A reporter obtained Mayor Kline's state tax returns from 2011.")
    assert not [e for e in doc.entities if "state" in e.name]
    doc = read("Ohio's state police arrested two men on Monday.")
    assert codes(doc, "state police")[1] == "COP"


def test_a_club_and_its_people_in_a_sports_report_are_no_government(read) -> None:
    """In a sports report (sports_words.json cues) a team, its president and its coach get
    no GOV sector from a post's default; a president's team outside sport keeps GOV."""
    doc = read(
        "The Boston Celtics fired head coach Tim Rowe after the playoffs. Team president Gary "
        "Lund said the season had been hard, and the league named a new coach of the year."
    )
    assert codes(doc, "Gary Lund")[1] != "GOV"
    assert codes(doc, "Tim Rowe")[1] != "GOV"
    doc = read("President Obama's team met the governors in Washington on Monday.")
    assert codes(doc, "President Obama's team")[1] == "GOV"


def test_an_acronym_before_a_head_makes_the_dictionary_term_it_completes(read) -> None:
    """An all-capital word before a lower-case head ('a SWAT team') is read with it when the
    two make an agent term (agents_extra.jsonl 'swat team': police), not as a name over a
    weak 'team' with the state's default; an acronym that makes no term changes nothing."""
    doc = read(
        "Deputies called in a SWAT team after a man fired at them from his porch in Ohio. "
        "The SWAT team entered the house at dawn."
    )
    swat = [e for e in doc.entities if "SWAT" in e.name]
    assert swat and all(e.sector == "COP" for e in swat)
    doc = read("FBI agents searched the office in Chicago on Monday.")
    assert codes(doc, "FBI agents")[0] == "USA"


def test_a_spokesperson_for_a_firm_is_the_firms(read) -> None:
    """A weak post 'for' a firm serves the firm: 'a spokesman for Boeing' is a US business
    voice (BUS), not a government's (the post's default); one 'for' a police force is its
    (COP), one for a businessman his private staff (BUS)."""
    firm = read("A spokesman for Boeing said the first jets would be delivered in May.")
    assert codes(firm, "spokesman") == ("USA", "BUS")
    police = read("A spokeswoman for the Chicago Police Department said the officer was fired.")
    assert codes(police, "spokeswoman") == ("USA", "COP")
    investor = read("An aide for Kirk Kerkorian said the investor would not sell.", "2006-01-27")
    assert codes(investor, "aide") == ("USA", "BUS")


def test_staff_named_by_a_firms_short_name_are_the_firms(read) -> None:
    """A post or a group named by the first word of a firm named before ('Upjohn Co.' ...
    'an Upjohn spokesman', 'Upjohn officials') is that firm's staff (BUS), not a government's."""
    doc = read(
        "Upjohn Co. said its quarterly profit rose 10%. An Upjohn spokesman said the new drug "
        "was safe. Upjohn officials declined to say when it would be sold.",
        "1989-11-01",
    )
    assert entity(doc, "Upjohn spokesman").sector == "BUS"
    assert entity(doc, "Upjohn officials").sector == "BUS"


def test_a_club_named_by_a_people_in_a_sports_report_is_no_people(read) -> None:
    text = (
        "The Cleveland Indians lost to the Boston Red Sox 5-2 on Sunday in the last game of the"
        " season. The Indians scored twice in the ninth inning, and Indians manager Terry"
        " Francona praised his pitchers. An Indians fan cheered from the bleachers."
    )
    doc = read(text)
    assert codes(doc, "Terry Francona")[0] != "IND"
    assert all(e.country != "IND" for e in doc.entities)
    # where the report names the people's country, the people's name is the people's
    doc = read(
        "Indians gathered in Mumbai to watch the cricket match as the season ended. The bowler"
        " took three wickets in the final innings and the coach praised the team."
    )
    assert codes(doc, "Indians")[0] == "IND"


def test_jets_named_by_an_airliner_maker_are_civil_airliners(read) -> None:
    doc = read("The carrier ordered fifteen new Airbus jets for its routes to Asia.")
    assert codes(doc, "Airbus jets")[1] == "CVL"
    doc = read("Lufthansa said 40 Boeing 787 aircraft would join its fleet next year.")
    assert codes(doc, "787 aircraft")[1] == "CVL"
    doc = read("Chinese military jets flew near the island on Tuesday.")
    assert codes(doc, "military jets")[1] == "MIL"
    doc = read("Israel will buy 25 Boeing F-15 jets from the United States.")
    assert codes(doc, "F-15 jets")[1] == "MIL"  # a maker's military model


def test_indian_central_armed_police_forces_are_police(read) -> None:
    # the Central Armed Police Forces and state armed police of India are police (COP), as the
    # CRPF and the BSF already are; their acronyms that other bodies share are left out
    doc = read("Guards of the Central Industrial Security Force stopped a truck at the port.")
    assert codes(doc, "Central Industrial Security Force") == ("IND", "COP")
    doc = read("The CISF detained a passenger carrying gold at the airport in Chennai.")
    assert codes(doc, "CISF") == ("IND", "COP")
    doc = read("Units of the Provincial Armed Constabulary were sent to Agra on Friday.")
    assert codes(doc, "Provincial Armed Constabulary") == ("IND", "COP")
    doc = read("The Sashastra Seema Bal seized smuggled cattle near the Nepal border.")
    assert codes(doc, "Sashastra Seema Bal") == ("IND", "COP")
    doc = read("RAF jets flew over Cyprus on Monday, the Ministry of Defence said.")
    assert codes(doc, "RAF")[1] != "COP"  # the Royal Air Force
    # the article's own acronym of the riot-control force is not the Royal Air Force
    doc = read("In Meerut the Rapid Action Force (RAF) patrolled the old city on Sunday.")
    assert codes(doc, "Rapid Action Force")[1] == "COP"
    assert all(e.country != "GBR" for e in doc.entities)


def test_the_men_and_units_of_an_armed_body_take_its_sector(read) -> None:
    # the 'men' or 'troops' of a police or rebel body are its people: its sector, not the
    # plain word's (men CVL, troops MIL)
    doc = read("In Jammu, BSF troops opened fire on the smugglers near the fence on Sunday.")
    assert codes(doc, "BSF troops") == ("IND", "COP")
    doc = read("In Imphal, CRPF men chased the crowd out of the market on Sunday.")
    assert codes(doc, "CRPF men") == ("IND", "COP")
    doc = read("Taliban men stopped a minibus on the road to Ghazni on Sunday.")
    assert codes(doc, "Taliban men")[1] == "REB"
    # a body of no armed sector leaves the word's own sector
    doc = read("Ford men walked out of the Dearborn plant on Sunday.")
    assert codes(doc, "Ford men")[1] not in {"COP", "MIL", "REB"}


def test_a_name_opening_with_a_noun_that_needs_a_modifier_is_no_titled_person(read) -> None:
    """'National' (a national, CVL) and 'State Department' are no titles before a name: the
    organisation the NER found stays one; a rank before a name still makes a person."""
    doc = read("Shares fell on the National Stock Exchange in Mumbai on Monday.")
    exchange = entity(doc, "National Stock Exchange")
    assert (exchange.type, exchange.sector) == ("ORG", "BUS")
    doc = read("The National Urban League held its annual meeting in Chicago.")
    assert entity(doc, "National Urban League").type == "ORG"
    doc = read("Deputy Chief Constable Adrian Hanstock said the roads were closed.")
    assert codes(doc, "Adrian Hanstock")[1] == "COP"


def test_a_prison_service_and_its_officers_are_police(read) -> None:
    """A corrections department and its officers keep prisoners for the state: COP
    (agents_extra.jsonl), also as the 'of' noun of a department's name."""
    doc = read("Nevada Department of Corrections and Rehabilitation officials met on Monday.")
    assert codes(doc, "Nevada Department of Corrections")[1] == "COP"
    doc = read("The prisoner attacked three correctional officers in Ohio on Monday.")
    assert codes(doc, "correctional officers") == ("USA", "COP")


def test_trade_agents_are_no_spies_and_bankers_and_photojournalists_have_their_trade(read) -> None:
    # an agent of a sale, a contract or a sport acts for a client: no spy, and no sector
    doc = read("The Bulls signed free agent Marcus Dell to a two-year deal on Friday.")
    assert codes(doc, "Marcus Dell")[1] is None
    doc = read("Lena Ortiz, a real estate agent in Tulsa, sold the house on Monday.")
    assert codes(doc, "Lena Ortiz")[1] is None
    # a bare agent with a spy's modifier stays a spy
    doc = read("Undercover agent Paul Verne met the smugglers in Marseille on Monday.")
    assert codes(doc, "Paul Verne")[1] == "SPY"
    # bankers and fund managers are in business, photojournalists and cameramen are press
    doc = read("Rita Gomez, a former investment banker, joined the task force on Monday.")
    assert codes(doc, "Rita Gomez")[1] == "BUS"
    doc = read("Banker Tom Avery said on Monday that rates would rise.")
    assert codes(doc, "Tom Avery")[1] == "BUS"
    doc = read("Photojournalist Omar Nasser was wounded in Taiz on Monday.")
    assert codes(doc, "Omar Nasser")[1] == "JRN"
    doc = read("Ali Karim, a cameraman, was hurt when the shell hit the car on Monday.")
    assert codes(doc, "Ali Karim")[1] == "JRN"


def test_a_named_coalition_takes_no_sector_from_its_head_word(read) -> None:
    # a coalition joins parties, armies or advocacy groups: its name's head says none of them
    doc = read("The Riverside Tenants Coalition sued the city council on Monday.")
    assert codes(doc, "Riverside Tenants Coalition")[1] is None
    # the words before the name still say what it is
    doc = read("The tenants' rights group Riverside Tenants Coalition sued the council.")
    assert codes(doc, "Riverside Tenants Coalition")[1] == "SOC"
    # a military or naval coalition is armed forces
    doc = read("A Saudi-led military coalition bombed a port in Yemen on Monday.")
    assert codes(doc, "military coalition")[1] == "MIL"


@pytest.mark.parametrize(
    "text, words",
    [
        ("jaipur: a police party reached the village late at night.", "police party"),
        ("jaipur: additional police contingents reached the old city.", "police contingents"),
        ("jaipur: cid officials questioned the trader on monday.", "cid officials"),
        ("jaipur: the case was handed to the city crime branch on monday.", "crime branch"),
        ("jaipur: the anti-terrorist squad questioned the driver.", "anti-terrorist squad"),
    ],
)
def test_police_squads_and_detective_branches_are_police(read, text: str, words: str) -> None:
    # Indian English: a 'police party' is a squad of policemen, never a political party; a
    # police contingent no army unit; the CID and the crime branch are a police force's
    # detectives
    assert entity(read(text), words).sector == "COP"


def test_a_head_of_states_guard_is_an_army_unit(read) -> None:
    doc = read("Rebels attacked a base of the Republican Guard near the capital on Monday.")
    assert codes(doc, "Republican Guard")[1] == "MIL"
    doc = read("Protesters pelted the Presidential Guard with stones outside parliament.")
    assert codes(doc, "Presidential Guard")[1] == "MIL"


def test_an_executive_committee_is_its_bodys_and_an_election_committee_the_executives(read) -> None:
    # the governing committee of a firm is the firm's, no legislature's
    doc = read("Two directors sit on Acme Corp.'s seven-member executive committee.")
    assert codes(doc, "executive committee")[1] != "LEG"
    doc = read("Ghana's National Elections Committee announced the results on Friday.")
    assert codes(doc, "National Elections Committee")[1] == "GOV"


def test_named_councils_committees_and_commissions_of_the_dictionary(read) -> None:
    """A council, committee or commission the dictionary knows takes its entry's codes, not
    the head word's (a commission GOV, a committee LEG) nor a place its name bears: an advocacy
    group is civil society, a committee named after a foreign city is the legislature's."""
    doc = read("The Commission on Presidential Debates set new rules for the town hall.")
    assert codes(doc, "Commission on Presidential Debates") == ("USA", "SOC")
    doc = read("The Refugee Council said the new asylum rules were cruel.")
    assert codes(doc, "Refugee Council") == ("GBR", "SOC")
    doc = read("The House Benghazi Committee voted to subpoena two aides on Thursday.")
    assert codes(doc, "House Benghazi Committee") == ("USA", "LEG")
    doc = read("The Niger Delta Development Commission paid the contractors in Port Harcourt.")
    assert codes(doc, "Niger Delta Development Commission") == ("NGA", "GOV")
