"""When an event happened: the date of its own clause, of a clause above it, or of the simple
past told just before it; never the publication date by default (docs/coding-guide.md, 4)."""

from __future__ import annotations

import pytest

from newsevents.layers.events.circumstances import calendar_date
from newsevents.records import Document, Event, EventDate
from newsevents.store.rows import document_rows

PUBLISHED = "2019-11-20"  # a Wednesday


def event(doc: Document, trigger: str) -> Event:
    hits = [e for e in doc.events if e.trigger.text.split()[0] == trigger]
    assert hits, f"no {trigger!r} event in {[e.trigger.text for e in doc.events]}"
    return hits[0]


def value(ev: Event) -> str | None:
    return ev.date.value if ev.date else None


def evidence(ev: Event) -> str | None:
    return ev.date.evidence if ev.date else None


# -- (a) no date in the text: none, and the store files the event under the publication day ----


def test_an_event_without_a_date_in_its_text_has_none(read) -> None:
    doc = read("Jordan closed its borders with Syria.")
    ev = event(doc, "closed")
    assert ev.date is None
    row = document_rows(doc)["events"][0]
    assert row["date_value"] is None and str(row["event_date"]) == PUBLISHED


# -- (b) a time expression of another clause dates that clause's event, not this one -----------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "After the general resigned in October, the army seized the capital.",
            "seized",
        ),
        (
            "The governor criticized the budget approved by Republicans in April.",
            "criticized",
        ),
        (
            "Blue Origin will offer NASA the lander that the company unveiled in May.",
            "offer",
        ),
    ],
)
def test_a_date_in_a_clause_with_its_own_participants_is_not_the_event_date(
    read, text: str, trigger: str
) -> None:
    assert value(event(read(text), trigger)) is None


def test_a_date_of_a_fronted_clause_of_another_time_does_not_date_the_main_clause(read) -> None:
    # "after/before/since/until" + a finite clause before the comma, whatever the parse
    doc = read(
        "After CEO and co-founder Adam Neumann left the company in October, SoftBank, its"
        " largest investor, committed to a $9.5 billion lifeline to bail out the company."
    )
    assert value(event(doc, "committed")) is None


@pytest.mark.parametrize(
    "text",
    [
        "After his arrest last summer, the former minister accused the police of torture.",
        "Since its election in 2015, the government has accused the rebels of sabotage.",
    ],
)
def test_a_date_of_a_fronted_phrase_of_another_time_does_not_date_the_main_clause(
    read, text: str
) -> None:
    # "after/before/since/until" + a noun phrase before the comma: the noun's time, not the
    # main clause's
    assert value(event(read(text), "accused")) is None


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "In addition to its purchase of ten Boeing planes Wednesday, Qantas announced an"
            " order of forty Airbus jets on Monday.",
            "announced",
            "2019-11-18",
        ),
        (
            "Besides the talks with the rebels on Tuesday, the minister met the governor on"
            " Monday.",
            "met",
            "2019-11-18",
        ),
    ],
)
def test_a_time_after_a_noun_of_an_opening_phrase_yields_to_the_main_clauses_own(
    read, text: str, trigger: str, day: str
) -> None:
    # the opening phrase's time dates its noun's act; the main clause's own time dates the event
    assert value(event(read(text), trigger)) == day


def test_the_time_of_an_opening_phrase_itself_still_dates_the_main_clause(read) -> None:
    doc = read("On Tuesday, the minister met the governor of the province.")
    assert value(event(doc, "met")) == "2019-11-19"


def test_a_relative_clause_of_its_own_participants_keeps_out_of_the_time_above(read) -> None:
    # the clause above tells its own day; what the relative clause tells happened at its time
    doc = read(
        "On Monday, the president thanked the senators who criticized the rebels for the"
        " attack on the capital."
    )
    assert value(event(doc, "thanked")) == "2019-11-18"
    assert value(event(doc, "criticized")) is None
    # a time inside the antecedent's whole noun phrase dates what the clause tells of it
    doc = read(
        "Rudolph has been on the run since the January 1998 bombing of a Birmingham abortion"
        " clinic that killed an off-duty police officer."
    )
    assert value(event(doc, "killed")) == "1998-01"


def test_a_date_of_the_clause_above_or_of_a_participle_without_participants_counts(read) -> None:
    doc = read("The lawmakers gathered in Abuja on Friday to protest against the election.")
    assert value(event(doc, "protest")) == "2019-11-15"
    assert evidence(event(doc, "protest")) == "above"
    doc = read(
        "In a joint statement published Oct. 25, the Russian and Syrian defense ministries"
        " accused U.S. forces of controlling bandit formations."
    )
    assert value(event(doc, "accused")) == "2019-10-25"
    assert evidence(event(doc, "accused")) == "clause"


# -- (c) the narrative's time: the day of the simple past told just before ---------------------


def test_a_simple_past_takes_the_day_of_the_simple_past_before_it(read) -> None:
    doc = read(
        "U.S. Defense Secretary Mark Esper on Wednesday accused China of intimidation."
        " He urged Vietnam and others in the region to push back."
    )
    assert value(event(doc, "urged")) == "2019-11-20"
    assert [evidence(e) for e in doc.events] == ["clause", "narrative"]
    doc = read(
        "Police arrested six people Monday during a narcotics investigation.\n\n"
        "Columbus police officers later arrested Elizabeth Burton after a traffic stop."
    )
    arrests = [e for e in doc.events if e.trigger.text.startswith("arrested")]
    assert [value(e) for e in arrests] == ["2019-11-18", "2019-11-18"]


def test_background_steps_out_of_the_narrative(read) -> None:
    # a year is background, not the narrative's day
    doc = read("In 2016, Jordan admitted refugees from Syria. Jordan closed its borders.")
    assert value(event(doc, "closed")) is None
    # a pluperfect or perfect does not take the day before it
    doc = read(
        "Esper on Wednesday accused China of intimidation. Vietnam had accused Beijing of"
        " encroaching into its waters."
    )
    assert value([e for e in doc.events if e.trigger.text.startswith("accused")][-1]) is None


# -- (d) a weekday is the last such day before publication in past-tense text ------------------


def test_a_weekday_in_past_tense_is_the_last_one_before_publication(read) -> None:
    assert value(event(read("Police arrested six people Monday."), "arrested")) == "2019-11-18"
    assert value(event(read("Israel attacked Gaza on Wednesday."), "attacked")) == "2019-11-20"


def test_a_governed_event_takes_the_date_of_its_governor_clause(read) -> None:
    # "agreed ... to hold talks": what is agreed to keeps modality future, and the agreement is
    # dated by the talks agreed to, next week (2019-W48, in November), not by Monday, the day it
    # was made (docs/coding-guide.md: the date of AGREE and THREATEN is the promised act's)
    ev = event(read("Russia agreed on Monday to hold talks with Ukraine next week."), "agreed")
    assert (value(ev), ev.modality) == ("2019-11", "future")


def test_a_reported_clause_of_another_time_does_not_take_the_reporting_verb_date(read) -> None:
    # "today" is the day of the announcement: the offer comes later, the signing came before
    # (an offer to other firms: one to the firm's own employees is a layoff, no event)
    ev = event(read("GM announced today that it will offer a package to 2,000 dealers."), "offer")
    assert (value(ev), ev.modality) == (None, "future")
    doc = read("China Eastern stated on Thursday that it had signed a contract with Airbus.")
    assert value(event(doc, "signed")) is None
    # a reported simple past keeps the reporting verb's day
    doc = read("The ministry said on Tuesday that troops attacked the village.")
    assert value(event(doc, "attacked")) == "2019-11-19"


def test_a_reported_past_passive_or_progressive_does_not_take_the_reporting_verb_date(
    read,
) -> None:
    # an outcome or a state under way when the report is made: older than the report's day
    doc = read("Yesterday, the authorities announced that 337 suspects were arrested by police.")
    assert value(event(doc, "arrested")) is None
    doc = read("A doctor was stabbed to death by an attacker, the police reported on Wednesday.")
    assert value(event(doc, "stabbed")) is None
    doc = read("On Friday Ford announced the Department of Justice was investigating the firm.")
    assert value(event(doc, "investigating")) is None


def test_a_reported_future_progressive_takes_the_reporting_verb_date(read) -> None:
    # an arrangement already made, told on the day it is announced
    doc = read(
        "Yesterday, Nancy Pelosi announced that she would be launching an impeachment inquiry"
        " into the conduct of President Donald Trump."
    )
    ev = event(doc, "launching")
    assert (value(ev), ev.modality) == ("2019-11-19", "future")
    # not under a report told in the pluperfect
    doc = read(
        "On Tuesday a case was filed against the mayor, and the police had said they would be"
        " investigating the allegations."
    )
    assert value(event(doc, "investigating")) is None


def test_a_report_of_arrests_keeps_its_day_over_sentences_without_a_time(read) -> None:
    # a report of coercion or violence tells its arrests on the day first given; a sentence
    # that gives another time ends the narrative, and other events reach one sentence only
    doc = read(
        "Police arrested six people Monday during a narcotics investigation.\n\n"
        "Police officers stopped a car near the school.\n\n"
        "Police officers also arrested Christopher Tays, 32, of Franklin."
    )
    arrests = [e for e in doc.events if e.trigger.text.startswith("arrested")]
    assert [value(e) for e in arrests] == ["2019-11-18", "2019-11-18"]
    assert evidence(arrests[-1]) == "narrative"
    doc = read(
        "Police arrested six people Monday during a narcotics investigation.\n\n"
        "The county jail was built in 1990.\n\n"
        "Police officers also arrested Christopher Tays, 32, of Franklin."
    )
    assert value([e for e in doc.events if e.trigger.text == "arrested"][-1]) is None
    doc = read(
        "Esper on Wednesday accused China of intimidation. He spoke for an hour. He urged"
        " Vietnam to push back."
    )
    assert value(event(doc, "urged")) is None
    # a court's day is not the day of the crime the report recounts
    doc = read(
        "A judge on Saturday sentenced Brian Nichols to life in prison. Nichols was a football"
        " player. He burst into the courtroom and shot Judge Rowland Barnes."
    )
    assert value(event(doc, "shot")) is None
    # nor is a report's day the day of what it tells
    doc = read(
        "Fritz von Weizsaecker was stabbed to death, Kan reported on Wednesday. The stabbing"
        " occurred at a clinic in Berlin. Police arrested a 57-year-old man."
    )
    assert value(event(doc, "arrested")) is None
    # "later" may be another day: no day from beyond the sentence before
    doc = read(
        "Police arrested six people Monday during a narcotics investigation.\n\n"
        "Police officers stopped a car near the school.\n\n"
        "Police officers later arrested Christopher Tays, 32, of Franklin."
    )
    assert value([e for e in doc.events if e.trigger.text == "arrested"][-1]) is None
    # only the day of a main clause: "on Monday" dates the robbery, not the walk
    doc = read(
        "The man who robbed the bank on Monday walked into a bar in Lyon. He ordered a drink."
        " Police arrested the man."
    )
    assert value(event(doc, "arrested")) is None


def test_the_narrative_day_is_never_after_publication(read) -> None:
    # a deadline told in the simple past does not date the next simple past
    doc = read(
        "The ministry gave the rebels a Dec. 14 deadline for the talks. The rebels rejected"
        " the offer."
    )
    assert value(event(doc, "rejected")) is None


def test_a_relative_clause_in_the_perfect_does_not_take_the_date_above(read) -> None:
    # "which have killed": the antecedent's state, not an event of Wednesday's; a simple past
    # relative clause keeps it ("customers who accused the utility ... last month")
    doc = read(
        "Clinton met with his aides Wednesday to assess the bombings at the embassies, which"
        " have killed 250 people."
    )
    assert value(event(doc, "killed")) is None
    doc = read("Officials and customers who accused the utility of overkill protested last month.")
    assert value(event(doc, "accused")) == "2019-10"


def test_an_event_put_before_or_after_the_dated_one_does_not_take_its_date(read) -> None:
    # "days after a sniper killed", "13 days after the bombings": before Friday, not on it
    doc = read("Kopp was seen crossing the border on Friday, days after a sniper killed a doctor.")
    assert value(event(doc, "killed")) is None
    doc = read(
        "Retaliating 13 days after the deadly embassy bombings, U.S. forces Thursday launched"
        " cruise missile strikes."
    )
    assert value(event(doc, "bombings")) is None
    assert value(event(doc, "launched")) == "2019-11-14"


def test_a_date_in_the_infinitive_an_act_noun_takes_is_not_the_nouns_date(read) -> None:
    # the time of the act asked or refused, not of the request or the refusal
    doc = read("Lawmakers debated the governor's request to delay the vote until March.")
    assert value(event(doc, "request")) is None
    doc = read(
        "The committee cited the minister's refusal to release the records of the 2016 campaign."
    )
    assert value(event(doc, "refusal")) is None
    # a time of the noun's own phrase, outside its infinitive, still dates it
    doc = read(
        "On Monday, the mayor made a request to the governor to reopen the schools in January."
    )
    assert value(event(doc, "made")) == "2019-11-18"


def test_an_event_of_last_week_is_not_future(read) -> None:
    # a week compares with the publication day by its first day ("2019-W46" is no later day)
    doc = read("Last week, Taylor Swift posted on Twitter accusing Big Machine of censorship.")
    ev = event(doc, "accusing")
    # the event is dated by the month holding most of that week (coding guide 9); the time
    # expression keeps its week
    assert (value(ev), ev.modality) == ("2019-11", "asserted")
    assert [t.value for t in doc.timexes if t.text.lower() == "last week"] == ["2019-W46"]


@pytest.mark.parametrize(
    "week, month",
    [
        ("2019-W44", "2019-10"),
        ("2019-W44-WE", "2019-11"),
        ("2020-W01", "2020-01"),
        ("2019-11-20", "2019-11-20"),
        ("2019-SU", "2019-SU"),
        ("2019-W60", "2019-W60"),
    ],
)
def test_a_week_dates_an_event_by_the_month_holding_most_of_its_days(week, month) -> None:
    # 2019-W44 runs Mon 28 Oct - Sun 3 Nov: four days in October, its weekend in November
    assert calendar_date(EventDate("that week", week)).value == month


# -- (d) a main clause after a fronted clause of the same time: the story's last day -----------


def test_a_main_clause_after_an_as_clause_takes_the_day_last_told(read) -> None:
    # the sentence between gives no time, so the narrative's day does not reach "testified"
    doc = read(
        "Police arrested six protesters in Hong Kong on Tuesday. The protesters were taken to a"
        " police station. As the charges were unsealed in New York, FBI Director Christopher"
        " Wray testified before the Senate Judiciary Committee."
    )
    ev = event(doc, "testified")
    assert value(ev) == "2019-11-19"
    assert evidence(ev) == "narrative"


@pytest.mark.parametrize(
    "second",
    [
        # no fronted clause of the same time: the narrative reaches one sentence only
        "FBI Director Christopher Wray testified before the Senate Judiciary Committee.",
        # the main clause is not past: no day of the story
        "As the charges were unsealed in New York, FBI Director Christopher Wray will testify"
        " before the Senate Judiciary Committee.",
    ],
)
def test_without_a_past_main_clause_after_an_as_clause_no_day_is_taken(read, second: str) -> None:
    doc = read(
        "Police arrested six protesters in Hong Kong on Tuesday. The protesters were taken to"
        " a police station. " + second
    )
    assert value(event(doc, "testified" if "testified" in second else "testify")) is None


def test_an_as_clause_takes_no_day_told_weeks_before_publication(read) -> None:
    doc = read(
        "Police arrested six protesters in Hong Kong on Oct. 1. The protesters were taken to a"
        " police station. As the charges were unsealed in New York, FBI Director Christopher"
        " Wray testified before the Senate Judiciary Committee."
    )
    assert value(event(doc, "testified")) is None


# -- (e) a date right after "before", "after" or "until" bounds the event, it does not date it -


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Several suspects were convicted by a court in Seoul before yesterday's announcements.",
            "convicted",
        ),
        ("Porsche is in talks with several automakers to replace GM after 2011.", "talks"),
        ("Airbus has asked that a decision be made before the end of the month.", "asked"),
        # "until" puts the end of a span: the act is not of that day
        ("Until Monday, the senator had refused to release his tax returns.", "refused"),
        ("A judge in Leeds freed the driver on bail until March.", "freed"),
    ],
)
def test_a_date_after_before_or_after_does_not_date_the_event(
    read, text: str, trigger: str
) -> None:
    hits = [e for e in read(text).events if trigger in e.trigger.text]
    assert hits and all(value(e) is None for e in hits)


def test_a_date_after_since_bounds_a_verbs_acts_but_starts_a_nouns_state(read) -> None:
    doc = read("Police have arrested the activist in several cities since 2015.")
    assert value(event(doc, "arrested")) is None
    doc = read("The bank has been the target of American sanctions since 2016.")
    assert value(event(doc, "sanctions")) == "2016"


def test_a_time_of_the_events_own_clause_without_a_day_keeps_it_out_of_the_narrative(
    read,
) -> None:
    doc = read(
        "Police arrested six people Monday during a narcotics investigation."
        " In the past, officers arrested the leader of the gang."
    )
    arrests = [e for e in doc.events if e.trigger.text.startswith("arrested")]
    assert [value(e) for e in arrests] == ["2019-11-18", None]
    # "now" is the story's time
    doc = read(
        "Police arrested six people Monday during a narcotics investigation."
        " Now officers arrested the leader of the gang."
    )
    arrests = [e for e in doc.events if e.trigger.text.startswith("arrested")]
    assert [value(e) for e in arrests] == ["2019-11-18", "2019-11-18"]


def test_a_date_after_another_preposition_still_dates_the_event(read) -> None:
    doc = read("The rebels seized the town before dawn on Tuesday.")
    assert value(event(doc, "seized")) == "2019-11-19"


# -- (f) a year in the name of a law or a treaty is the document's ------------------------------


def test_a_year_in_a_laws_name_does_not_date_the_event(read) -> None:
    doc = read(
        "On Tuesday, the American Civil Liberties Union filed a lawsuit against the state of"
        " Montana over its 2018 Ballot Interference Prevention Act."
    )
    assert value(event(doc, "filed")) == "2019-11-19"
    doc = read(
        "The American Civil Liberties Union filed a lawsuit against the state of Montana over"
        " its 2018 Ballot Interference Prevention Act."
    )
    assert value(event(doc, "filed")) is None


# -- (f) a clock time naming no day: the narrative's day, not publication's --------------------


def test_a_clock_time_without_a_day_takes_the_narratives_day(read) -> None:
    # "at around 14:00" gives the publication day only by default; "eventually" does not open
    # another day for an event timed by the clock
    doc = read(
        "On Sunday in London, Sudesh Amman stabbed two women on Streatham High Road. Armed police"
        " chased him on foot. Police officers eventually shot Amman dead at around 14:00 local"
        " time."
    )
    assert value(event(doc, "shot")) == "2019-11-17"


def test_a_clock_time_without_a_day_gives_the_next_sentence_no_day(read) -> None:
    doc = read(
        "The gunman shot the senator just after midnight. California outlawed the death penalty."
    )
    assert value(event(doc, "outlawed")) is None


# -- (g) the lead's day: a day of the lead's own act, not of a report ------------------------


def test_a_later_report_of_the_leads_act_takes_its_day(read) -> None:
    # "voted" is no verb of speech: the lead tells the story's day
    doc = read(
        "Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops"
        " from the country. The vote was boycotted by Kurdish and Sunni members of parliament."
    )
    ev = event(doc, "boycotted")
    assert (value(ev), evidence(ev)) == ("2019-11-19", "story")


# -- (k) a stance said in the first person present inside a direct quote: said when quoted ----


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            '"We urge the government to release the journalists," the minister said on Monday.',
            "urge",
            "2019-11-18",
        ),
        (
            "The foreign minister on Tuesday accused Moscow of meddling in the vote. "
            '"We condemn these attacks on our democracy," she said.',
            "condemn",
            "2019-11-19",
        ),
        (
            "Yesterday, the senate voted to cut funding for the police. "
            'The union spoke to reporters after the vote: "We demand that the senators '
            'resign."',
            "demand",
            "2019-11-19",
        ),
    ],
)
def test_a_stance_said_in_a_quote_takes_the_day_the_quote_was_spoken(
    read, text: str, trigger: str, day: str
) -> None:
    assert value(event(read(text), trigger)) == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"We urge the government to release the journalists," the minister said.', "urge"),
        (
            "The foreign minister on Tuesday accused Moscow of meddling in the vote. "
            '"We will condemn any attack on our democracy," she said.',
            "condemn",
        ),
    ],
)
def test_a_quoted_stance_whose_quote_tells_no_day_has_none(read, text: str, trigger: str) -> None:
    assert event(read(text), trigger).date is None


# -- (l) the same act told again: the day its earlier report gave ------------------------------


def last(doc: Document, trigger: str) -> Event:
    hits = [e for e in doc.events if e.trigger.text.split()[0] == trigger]
    assert hits, f"no {trigger!r} event in {[e.trigger.text for e in doc.events]}"
    return max(hits, key=lambda e: e.trigger.start)


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "A former state senator was sentenced in federal court on Monday. "
            "Tom Baxter was sentenced by Judge Ellen Ward to five years in prison.",
            "sentenced",
            "2019-11-18",
        ),
        (
            "The foreign minister met the Iranian envoy in Geneva on Tuesday. Reporters "
            "waited outside for hours. The minister met the envoy for three hours.",
            "met",
            "2019-11-19",
        ),
    ],
)
def test_an_act_told_again_takes_the_day_its_first_report_gave(
    read, text: str, trigger: str, day: str
) -> None:
    assert value(last(read(text), trigger)) == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (  # two days told for acts so named: which one is retold is not known
            "The minister met the Polish envoy on Monday. The minister met the Czech envoy on "
            "Tuesday. Protesters gathered outside. The minister met Jan Kowal.",
            "met",
        ),
        (  # a day long before publication is not the story's
            "A former state senator was sentenced in federal court on March 4. "
            "Tom Baxter was sentenced by Judge Ellen Ward to five years in prison.",
            "sentenced",
        ),
        (  # "also": another act of the kind, not the same one
            "A former state senator was sentenced in federal court on Monday. "
            "Tom Baxter was also sentenced by Judge Ellen Ward to five years in prison.",
            "sentenced",
        ),
        (  # "later": maybe another day
            "A former state senator was sentenced in federal court on Monday. "
            "Tom Baxter was later sentenced by Judge Ellen Ward to five years in prison.",
            "sentenced",
        ),
    ],
)
def test_an_act_told_again_keeps_no_day_when_its_reports_do_not_give_one(
    read, text: str, trigger: str
) -> None:
    assert last(read(text), trigger).date is None


# -- a time of an incident noun dates the incident, not an act about it ------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Police arrested a man in connection with last year's bombing of the market.",
            "arrested",
            None,
        ),
        (
            "The governor condemned the January 2018 attack on the border post.",
            "condemned",
            None,
        ),
        (
            "Prosecutors on Monday charged the farmer in the 2015 shooting of a guard.",
            "charged",
            "2019-11-18",
        ),
        # a killing, a murder, an invasion or a coup is an incident too
        (
            "The European Union will not lift sanctions imposed on Russia after its 2014"
            " invasion of Crimea.",
            "lift",
            None,
        ),
        (
            "Police arrested a retired teacher in the 1988 killing of a shopkeeper.",
            "arrested",
            None,
        ),
    ],
)
def test_a_time_of_an_incident_noun_does_not_date_an_act_about_it(
    read, text: str, trigger: str, expected: str | None
) -> None:
    assert value(event(read(text), trigger)) == expected


def test_an_outcome_of_an_incident_takes_its_time(read) -> None:
    doc = read("Gunmen killed four soldiers in Monday's attack on the border post.")
    assert value(event(doc, "killed")) == "2019-11-18"


# -- a time in the possessive dates the noun it qualifies, not an act told before that noun -----


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "On Monday the mayor endorsed Ms Okafor for this year's council race.",
            "endorsed",
            "2019-11-18",
        ),
        (
            "The mayor endorsed Ms Okafor for this year's council race.",
            "endorsed",
            None,
        ),
        (
            "The senator praised last month's ruling by the supreme court.",
            "praised",
            None,
        ),
        (
            "The opposition leader criticized next year's budget as unfair to farmers.",
            "criticized",
            None,
        ),
    ],
)
def test_a_possessive_time_after_the_event_dates_its_noun_not_the_event(
    read, text: str, trigger: str, expected: str | None
) -> None:
    assert value(event(read(text), trigger)) == expected


def test_a_possessive_time_in_a_phrase_before_the_clause_frames_it(read) -> None:
    doc = read("In last month's operation, the police arrested nine smugglers.")
    assert value(event(doc, "arrested")) == "2019-10"


# -- an act told apart from a dated clause above it takes no story or narrative day -------------


def test_an_act_told_apart_from_a_dated_frame_takes_no_story_day(read) -> None:
    doc = read(
        "Rebels attacked a convoy near the border on Sunday.\n\n"
        "Last year, the general won a medal after his troops attacked a rebel base."
    )
    attacks = [e for e in doc.events if e.trigger.text.startswith("attacked")]
    assert value(attacks[0]) == "2019-11-17"
    assert [value(e) for e in attacks[1:]] == [None]


def test_a_time_between_a_reporting_verb_and_its_clauses_subject_is_the_reports(read) -> None:
    # "said on Monday it will hold talks": the parser hangs "on Monday" on "hold", but a
    # reported clause without "that" starts at its subject, so Monday is the saying's (past),
    # and a future told under it takes no date from it
    doc = read("Iran said on Monday it will hold talks with Saudi Arabia.")
    ev = event(doc, "hold")
    assert ev.modality == "future" and ev.date is None
    monday = next(t for t in doc.timexes if t.text == "Monday")
    assert monday.value == "2019-11-18"
    # with "that", the phrase after it is the reported clause's own
    doc = read("Iran said that on Monday it will hold talks with Saudi Arabia.")
    assert value(event(doc, "hold")) == "2019-11-25"


# -- a promise or a threat is dated by the act it commits to, not by the day it was made --------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "The European Union on Monday pledged to impose new tariffs on Chinese steel.",
            "pledged",
            None,
        ),
        (
            "On Tuesday, the leaders of Peru and Chile met in Lima and agreed to settle their"
            " border dispute.",
            "agreed",
            None,
        ),
        (
            "Prime Minister Ardern promised on Monday to meet the Chinese president in March.",
            "promised",
            "2020-03",
        ),
        (
            "Iran on Monday threatened to close the Strait of Hormuz next week.",
            "threatened",
            "2019-11",
        ),
    ],
)
def test_a_promise_takes_the_time_of_the_act_promised(
    read, text: str, trigger: str, expected: str | None
) -> None:
    assert value(event(read(text), trigger)) == expected


def test_a_meeting_beside_a_promise_keeps_its_day(read) -> None:
    doc = read("On Tuesday, the leaders of Peru and Chile met in Lima and agreed to settle it.")
    assert value(event(doc, "met")) == "2019-11-19"
