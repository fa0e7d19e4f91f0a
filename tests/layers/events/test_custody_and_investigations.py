"""Police acts (issue 21): an investigation told as the circumstance of an arrest, and a person
taken into custody by police the text does not name as the doer."""

from __future__ import annotations

from .parties import coded, names, sectors

PUBLISHED = "2021-06-10"


def test_an_investigation_during_an_arrest_is_the_arresting_polices(read) -> None:
    doc = read("Police arrested four men on Tuesday during a fraud investigation in Leeds.")
    (ev,) = coded(doc, "09")
    assert ev.plover == "ACCUSE" and ev.trigger.text == "investigation"
    assert sectors(doc, ev.actors) == {"COP"}


def test_an_investigation_after_an_agentless_arrest_is_the_named_polices(read) -> None:
    doc = read(
        "Police in Dover gave details on Monday. "
        "Twelve suspected dealers were arrested following an investigation of a shipping firm."
    )
    (ev,) = coded(doc, "09")
    assert sectors(doc, ev.actors) == {"COP"}


def test_an_investigation_on_another_act_implies_no_police(read) -> None:
    # only an arrest or a detention makes its investigation law enforcement's
    doc = read(
        "Police in Dover gave details on Monday. "
        "The company's shares fell after an investigation into its accounts."
    )
    assert not coded(doc, "09")


def test_taken_into_custody_is_the_polices_arrest(read) -> None:
    doc = read(
        "Police in Marseille said on Friday that Paul Girard was taken into custody after the raid."
    )
    (ev,) = coded(doc, "173")
    assert sectors(doc, ev.actors) == {"COP"}
    assert names(doc, ev.recipients) == {"Paul Girard"}


def test_held_or_kept_in_custody_is_a_detention(read) -> None:
    doc = read("Police in Leeds held Tom Reyes in custody overnight.")
    (ev,) = coded(doc, "173")
    assert ev.plover == "COERCE" and ev.trigger.text == "held"
    assert sectors(doc, ev.actors) == {"COP"} and names(doc, ev.recipients) == {"Tom Reyes"}
    doc = read("Police in Leeds said that Tom Reyes was being kept in custody after the raid.")
    (ev,) = coded(doc, "173")
    assert ev.trigger.text == "kept" and sectors(doc, ev.actors) == {"COP"}


def test_a_jail_where_someone_is_held_is_no_target(read) -> None:
    doc = read(
        "Tom Reyes was arrested on Friday. Police said he was being held in the county jail."
    )
    held = [ev for ev in coded(doc, "173") if ev.trigger.text == "held"]
    assert held and all("jail" not in n.lower() for n in names(doc, held[0].recipients))


def test_an_event_held_in_a_former_prison_is_no_detention(read) -> None:
    doc = read("Police in Dublin said the festival was held in a former prison on Saturday.")
    assert not coded(doc, "173")


def test_the_victim_of_the_crime_behind_an_arrest_is_no_target(read) -> None:
    # an arrest, a charge or a conviction told with the crime it is about is aimed at the one
    # held, never at the crime's victim (docs/coding-guide.md, section 7, example 1)
    doc = read(
        "Police in Leeds arrested Tom Reyes on Monday in connection with the bombing of the "
        "Dutch embassy."
    )
    (ev,) = coded(doc, "173")
    assert names(doc, ev.recipients) == {"Tom Reyes"}
    doc = read("Anna Cole was convicted on Monday of the 2019 murder of Peter Walsh.")
    (ev,) = coded(doc, "116")
    assert names(doc, ev.recipients) == {"Anna Cole"}


def test_an_inquiry_into_a_killing_is_not_aimed_at_its_victim(read) -> None:
    doc = read("Police in Leeds are investigating the killing of Peter Walsh.")
    (ev,) = coded(doc, "09")
    assert "Peter Walsh" not in names(doc, ev.recipients)


def test_a_pronoun_in_the_crime_may_be_the_one_arrested(read) -> None:
    doc = read("Police in Leeds arrested Tom Reyes on Monday in the killing of his wife.")
    (ev,) = coded(doc, "173")
    assert names(doc, ev.recipients) == {"Tom Reyes"}


def test_whom_a_crime_is_blamed_on_in_its_own_clause_stays_the_target(read) -> None:
    doc = read(
        "Two men were found in Salisbury after a nerve agent attack that the British "
        "government has blamed on Russia."
    )
    (ev,) = coded(doc, "112")
    assert names(doc, ev.recipients) == {"Russia"}


def test_interrogating_a_person_is_an_investigation(read) -> None:
    doc = read("Detectives in Leeds interrogated Tom Reyes for six hours on Monday.")
    (ev,) = coded(doc, "090")
    assert ev.plover == "ACCUSE" and ev.trigger.text == "interrogated"
    assert names(doc, ev.recipients) == {"Tom Reyes"}
    doc = read("Tom Reyes was interrogated by the police in Leeds on Monday.")
    (ev,) = coded(doc, "090")
    assert sectors(doc, ev.actors) == {"COP"}
    doc = read("Tom Reyes was arrested in Leeds. Detectives interrogated him on Monday.")
    assert [ev.trigger.text for ev in coded(doc, "090")] == ["interrogated"]
    doc = read("During interrogations by customs officers in Leeds, the driver kept silent.")
    (ev,) = coded(doc, "090")
    assert ev.trigger.text == "interrogations"


def test_interrogating_an_idea_or_a_thing_is_no_investigation(read) -> None:
    doc = read("In her new book, Ann Tate interrogates the idea of progress.")
    assert not coded(doc, "09")
    doc = read("The researchers interrogated the tissue samples for signs of the virus.")
    assert not coded(doc, "09")


def test_police_named_as_custodys_keeper_hold_the_remanded(read) -> None:
    # "remanded to police custody": the court orders, the police hold the person; both are
    # doers of the detention, the police first
    doc = read("A magistrate in Pune on Monday remanded Ravi Kulkarni to police custody.")
    (ev,) = coded(doc, "173")
    assert sectors(doc, ev.actors) == {"COP", "JUD"}
    assert names(doc, ev.recipients) == {"Ravi Kulkarni"}
    doc = read("Ravi Kulkarni was arrested in Pune last week. He was remanded to police custody.")
    remands = [ev for ev in coded(doc, "173") if ev.trigger.text == "remanded"]
    assert remands and sectors(doc, remands[0].actors) == {"COP"}


def test_judicial_custody_names_no_police_keeper(read) -> None:
    doc = read("A magistrate in Pune on Monday remanded Ravi Kulkarni to judicial custody.")
    assert all("COP" not in sectors(doc, ev.actors) for ev in coded(doc, "173"))
    doc = read("Ravi Kulkarni was released from police custody in Pune on Monday.")
    assert not coded(doc, "173")
