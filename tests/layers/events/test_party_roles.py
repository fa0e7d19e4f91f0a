"""Who acts and who is acted on, read off the phrase that names them: a relative, a place or
the one a clause is about is no party where the phrase names someone else."""

from __future__ import annotations

from newsevents.records import Document

from .parties import names

PUBLISHED = "2019-11-20"


def parties_of(doc: Document, trigger: str) -> list[tuple[set[str], set[str]]]:
    return [
        (names(doc, e.actors), names(doc, e.recipients))
        for e in doc.events
        if e.trigger.text.split()[0] == trigger
    ]


def test_a_relative_is_not_the_one_whose_relative_they_are(read) -> None:
    doc = read("Maria Lopez's father criticized President Obama on Monday.")
    assert all("Maria Lopez" not in actors for actors, _ in parties_of(doc, "criticized"))
    doc = read("The mother of Carlos Mendez accused the governor of lying on Tuesday.")
    assert all("Carlos Mendez" not in actors for actors, _ in parties_of(doc, "accused"))
    doc = read("John Smith was arrested on Monday. Police also questioned his elderly father.")
    assert all("John Smith" not in recips for _, recips in parties_of(doc, "questioned"))
    # the owner of a noun that is no kin word stays the party ("Obama's government")
    doc = read("Mexico's government accused the United States of spying on Tuesday.")
    assert any(actors for actors, _ in parties_of(doc, "accused"))


def test_a_dateline_is_no_party_even_through_a_pronoun(read) -> None:
    doc = read(
        "PORTLAND (AP) - The Oregon National Guard faces a harder task than it did on its "
        "last three deployments to the border."
    )
    assert all("PORTLAND" not in actors for actors, _ in parties_of(doc, "deployments"))
    doc = read(
        "DURBAN, South Africa (CNN) - South Africa's former police minister Jacob Dlamini "
        "accused the Durban council of fraud on Friday."
    )
    found = parties_of(doc, "accused")
    assert found
    assert all("DURBAN" not in actors for actors, _ in found)


def test_words_said_in_quotation_marks_are_not_the_speakers_act(read) -> None:
    # a quoted order or slogan is said to someone else: the one who says it does not do it
    doc = read("Nurses chanted, “Fund our hospitals,” outside the parliament in Wellington.")
    assert all("Nurses" not in actors for actors, _ in parties_of(doc, "Fund"))


def test_a_jury_is_the_party_of_its_verdict(read) -> None:
    doc = read("A jury in Dayton convicted Mark Ellis of arson on Tuesday.")
    assert any("jury" in " ".join(actors) for actors, _ in parties_of(doc, "convicted"))


def aimed_at(doc: Document, word: str) -> list[set[str]]:
    """The targets of the events whose trigger holds `word`."""
    return [names(doc, e.recipients) for e in doc.events if word in e.trigger.text.split()]


def test_a_response_to_it_in_the_next_clause_is_aimed_at_who_put_it_forward(read) -> None:
    doc = read("Chile proposed a new fishing treaty in May, but Peru would not consider that.")
    assert any("Chile" in recips for recips in aimed_at(doc, "consider"))
    doc = read("The Dutch parliament passed a farm law, but it was rejected by the Senate.")
    assert any(any("parliament" in r for r in recips) for recips in aimed_at(doc, "rejected"))
    # what a party only praised was put forward by someone else: no party
    doc = read("Governor Tom Hale praised the plan, but the state senate rejected it.")
    assert aimed_at(doc, "rejected")
    assert all("Tom Hale" not in recips for recips in aimed_at(doc, "rejected"))


def test_a_response_to_an_act_is_aimed_at_its_doer_not_at_whom_it_was_done_to(read) -> None:
    doc = read("Norway condemned Serbia's occupation of Kosovo on Monday.")
    assert aimed_at(doc, "condemned") == [{"Serbia"}]
    doc = read("The European Union criticized the annexation of Crimea by Russia.")
    assert aimed_at(doc, "criticized") == [{"Russia"}]
    # a possessor of a noun whose possessor is the one it is done to stays the target
    doc = read("Amnesty International condemned Navalny's arrest on Sunday.")
    assert any("Navalny" in recips for recips in aimed_at(doc, "condemned"))


def test_one_act_on_people_joined_by_and_targets_the_first_named(read) -> None:
    doc = read("Police arrested Mark Ellis and Dana Price in Leeds on Monday.")
    assert aimed_at(doc, "arrested") == [{"Mark Ellis"}]
    # states joined by "and" keep every party (PETRARCH and PLOVER code each)
    doc = read("Iran condemned Israel and the United States on Thursday.")
    assert any(len(recips) == 2 for recips in aimed_at(doc, "condemned"))


def test_a_pictures_credit_or_label_is_no_party(read) -> None:
    # a dateline in capitals behind a picture's label ("Photo") is no doer; the verb's other
    # subject is
    doc = read(
        "Photo HERAT, Afghanistan -- Taliban fighters attacked a police post in western "
        "Afghanistan on Sunday, officials said."
    )
    found = parties_of(doc, "attacked")
    assert found
    assert all("Afghanistan" not in actors for actors, _ in found)
    assert any("Taliban fighters" in actors for actors, _ in found)
    # a name the entity layer glued to a credit and a caption label is no party either
    doc = read("Image copyright AFP Image caption Protesters gathered in front of the parliament")
    assert all(
        not any("AFP" in name for name in actors) for actors, _ in parties_of(doc, "gathered")
    )
    # a credit in a parenthesis opening the sentence leaves the sentence's subject the doer
    doc = read(
        "(Maria Keller/The Boston Globe) Elizabeth Warren blamed the FBI inquiry for her "
        "defeat in the primary."
    )
    assert [actors for actors, _ in parties_of(doc, "blamed")] == [{"Elizabeth Warren"}]


def test_a_speaker_the_pronoun_cannot_stand_for_is_no_doer(read) -> None:
    # a plural speaker is no "it" nor "he": the pronoun is the attack or someone else
    doc = read("Provincial officials said it killed eleven farmers near the dam on Sunday.")
    assert all("Provincial officials" not in actors for actors, _ in parties_of(doc, "killed"))
    doc = read("Two witnesses said he stabbed a guard outside the bank on Friday.")
    assert all("Two witnesses" not in actors for actors, _ in parties_of(doc, "stabbed"))
    # a person named is no "it": the pronoun is what the person speaks of
    doc = read("Maria Keller said it would support good jobs for farmers in the valley.")
    assert all("Maria Keller" not in actors for actors, _ in parties_of(doc, "support"))
    # a country or a common noun of one body stays the "it" it speaks of
    doc = read("Norway said it will close its border with Sweden on Monday.")
    assert any("Norway" in actors for actors, _ in parties_of(doc, "close"))
    doc = read("The Obama camp said it was inviting Carlos Mendez to sit in the front row.")
    assert any(actors for actors, _ in parties_of(doc, "inviting"))


def countries_of_targets(doc: Document, trigger: str) -> set[str | None]:
    ents = {e.id: e for e in doc.entities}
    return {
        ents[i].country
        for e in doc.events
        if e.trigger.text.split()[0] == trigger
        for i in e.recipients
    }


def test_a_party_helping_the_doer_is_not_its_target(read) -> None:
    # "with X's help", "with the help of X": X is on the doer's side
    doc = read("The coalition will tighten the blockade of Yemen next month with Egypt's help.")
    targets = countries_of_targets(doc, "tighten")
    assert "EGY" not in targets
    assert "YEM" in targets
    doc = read("Kenyan troops attacked the militants on Sunday with the help of French aircraft.")
    assert "FRA" not in countries_of_targets(doc, "attacked")
    # "alongside" X outside cooperation: X acts with the doer
    doc = read("A Dutch frigate was patrolling the Red Sea on Friday alongside two US ships.")
    assert "USA" not in countries_of_targets(doc, "patrolling")


def test_a_partner_in_cooperation_stays_its_target(read) -> None:
    # whom one meets or signs with stays the target, help or no help
    doc = read("Chile signed a trade agreement with Peru on Monday.")
    assert "PER" in countries_of_targets(doc, "signed")


def test_a_demand_noun_asks_the_subject_of_its_that_clause(read) -> None:
    # the parser hangs the "that" clause on the verb whose object the demand is
    doc = read("Protesters repeated their demand that the Mayor resign immediately.")
    assert any("the Mayor" in recips for _, recips in parties_of(doc, "demand"))
    # a passive clause names no one asked
    doc = read("The strikers renewed their demand that the law be dropped.")
    assert not countries_of_targets(doc, "demand")
