"""Court acts (issue 21, courts helper): the court an agentless sentence or conviction implies,
"found guilty", impeachment, pardons, and the patient shared by coordinated passives."""

from __future__ import annotations

from .parties import coded, names, sectors

PUBLISHED = "2020-02-20"


def test_an_agentless_conviction_is_done_by_the_court_the_article_names(read) -> None:
    doc = read(
        "A court in Paris heard the case. "
        "Two French police officers were found guilty on Thursday of raping a Canadian tourist."
    )
    ev = coded(doc, "116")[0]
    assert ev.plover == "ACCUSE" and sectors(doc, ev.actors) == {"JUD"}
    assert sectors(doc, ev.recipients) == {"COP"}


def test_found_not_guilty_is_no_conviction(read) -> None:
    doc = read("A court in Paris heard the case. The two officers were found not guilty.")
    assert not coded(doc, "116")


def test_no_court_in_the_article_no_implied_judge(read) -> None:
    # an agentless conviction keeps no source (the `agentless` record), never an invented judge
    doc = read("Judith Negron was convicted of health care fraud in 2011.")
    assert [e.actors for e in coded(doc, "116")] == [()]


def test_coordinated_passives_share_their_patient(read) -> None:
    doc = read(
        "The Court of Appeals heard the case. Crystal Munoz was convicted of conspiracy in 2008, "
        "and was sentenced to serve 188 months in prison."
    )
    ev = coded(doc, "173")[0]
    assert ev.trigger.text == "sentenced"
    assert "Crystal Munoz" not in names(doc, ev.actors)
    assert sectors(doc, ev.actors) == {"JUD"}


def test_impeachment_is_the_legislatures_act(read) -> None:
    doc = read(
        "The House of Representatives impeached President Donald Trump on Wednesday. "
        "Bill Clinton was impeached in 1998."
    )
    evs = coded(doc, "173")
    assert len(evs) == 2 and all(e.plover == "COERCE" for e in evs)
    assert all(sectors(doc, e.actors) == {"LEG"} for e in evs)
    assert names(doc, evs[1].recipients) == {"Bill Clinton"}


def test_a_pardon_eases_a_legal_sanction(read) -> None:
    doc = read("Michael Flynn spoke for the first time since he was pardoned by Donald Trump.")
    ev = coded(doc, "081")[0]
    assert ev.plover == "CONCEDE" and names(doc, ev.actors) == {"Donald Trump"}


def test_a_clause_before_a_semicolon_is_no_complement_of_the_verb_after_it(read) -> None:
    doc = read(
        "The House of Representatives voted on Wednesday. In 1998, Bill Clinton was impeached "
        "for lying to investigators; the vote to remove him also failed."
    )
    ev = coded(doc, "173")[0]
    assert ev.trigger.text == "impeached" and ev.modality == "asserted"


def test_an_acquittal_is_a_finding_of_guilt_not_made(read) -> None:
    doc = read("The Senate acquitted President Andrew Jackson in 1868.")
    ev = coded(doc, "116")[0]
    assert ev.plover == "ACCUSE" and ev.modality == "negated"
    assert names(doc, ev.recipients) == {"Andrew Jackson"}


def test_a_bare_participle_clause_makes_its_shared_subject_the_patient(read) -> None:
    # "described ... as convicted of robbery": the attacker is the one convicted, never the
    # court or anyone else convicting
    doc = read(
        "Police spokesman Tom Baker said the knife was used by the attacker, described by "
        "local media as convicted of robbery."
    )
    ev = coded(doc, "116")[0]
    assert names(doc, ev.recipients) == {"the attacker"}
    assert "the attacker" not in names(doc, ev.actors)


def test_if_convicted_never_makes_the_defendant_the_convicter(read) -> None:
    doc = read("If convicted, Maria Lopez could face decades in jail.")
    assert all("Maria Lopez" not in names(doc, e.actors) for e in coded(doc, "116"))


def test_the_court_a_sentence_is_passed_in_is_its_doer_never_its_target(read) -> None:
    doc = read(
        "Judge Mark Hill sentenced Peter Grant to life in prison in the Riverside County court."
    )
    ev = coded(doc, "173")[0]
    assert names(doc, ev.recipients) == {"Peter Grant"}


def test_an_agentless_conviction_in_a_named_court_is_that_courts(read) -> None:
    doc = read("Mark Stone was convicted in the High Court in London of fraud.")
    ev = coded(doc, "116")[0]
    assert sectors(doc, ev.actors) == {"JUD"}
    assert names(doc, ev.recipients) == {"Mark Stone"}


def test_a_legal_verb_read_as_a_past_tense_after_a_passive_is_still_passive(read) -> None:
    # the tagger reads "sentenced" as a past tense; the one sentenced is never its doer
    doc = read(
        "The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail "
        "for breaching his bail conditions."
    )
    assert all("Australia" not in names(doc, e.actors) for e in coded(doc, "173"))


def test_overturning_a_conviction_lifts_a_legal_sanction(read) -> None:
    doc = read(
        "Yesterday, the Supreme Court overturned the criminal convictions of John Park and "
        "Mary Lee for fraud."
    )
    ev = coded(doc, "081")[0]
    assert ev.plover == "CONCEDE" and sectors(doc, ev.actors) == {"JUD"}
    # one act on two people: the first named (`docs/coding-guide.md`, section 6)
    assert names(doc, ev.recipients) == {"John Park"}


def test_an_overturned_vehicle_or_election_result_is_no_concession(read) -> None:
    doc = read(
        "The car overturned on the highway, injuring four people. "
        "Democrats want to overturn the outcome of the election."
    )
    assert not coded(doc, "08")


def test_an_active_finding_of_guilt_reads_the_small_clause_object(read) -> None:
    # "found the grocer guilty": the parser reads "guilty" as a clause of its own whose subject
    # is the one found guilty; it is the verb's object, as in the passive "was found guilty"
    doc = read("A judge in Lisbon found Paulo Costa guilty of arson on Monday.")
    ev = coded(doc, "116")[0]
    assert ev.plover == "ACCUSE" and sectors(doc, ev.actors) == {"JUD"}
    assert names(doc, ev.recipients) == {"Paulo Costa"}


def test_an_active_finding_of_innocence_is_no_conviction(read) -> None:
    doc = read("A jury in Ohio found the two brothers not guilty on Friday.")
    assert not coded(doc, "116")


def test_a_defendant_appearing_in_court_is_the_one_the_court_acts_on(read) -> None:
    # PETRARCH-2 codes APPEAR IN COURT 173 from the defendant; the lexicon swaps the roles
    doc = read("Peter Grant, 41, is expected to appear in Leeds Crown Court on Monday.")
    evs = coded(doc, "173")
    assert evs and all("Peter Grant" not in names(doc, e.actors) for e in evs)
    assert names(doc, evs[0].recipients) == {"Peter Grant"}
