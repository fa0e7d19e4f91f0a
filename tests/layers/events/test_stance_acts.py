"""Stance and speech acts told by words the lexicon lacked (issue 21, event recall): yielding
("complied with the request", "backed down", "caved in", "bowed to pressure"), a plea made to
someone, a refusal told as "would not consider", praise received, and a prize awarded."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2019-11-20"


def events(doc: Document, plover: str) -> list[tuple[str, list[str], list[str]]]:
    names = {e.id: e.name for e in doc.entities}
    return [
        (e.trigger.text, [names[a] for a in e.actors], [names[r] for r in e.recipients])
        for e in doc.events
        if e.plover == plover
    ]


def test_complying_with_a_request_concedes_and_keeps_the_request(read) -> None:
    doc = read("Google said it will comply with the request of Chancellor Angela Merkel.")
    assert any("Google" in a for _, a, _ in events(doc, "CONCEDE")), events(doc, "CONCEDE")
    assert any("Angela Merkel" in a for _, a, _ in events(doc, "REQUEST")), events(doc, "REQUEST")


def test_complying_with_a_law_is_no_concession(read) -> None:
    doc = read("Volkswagen said on Monday that it complies with the new emissions law.")
    assert not events(doc, "CONCEDE"), events(doc, "CONCEDE")


def test_backing_down_caving_in_and_bowing_to_pressure_yield(read) -> None:
    for text in (
        "Prime Minister Theresa May backed down on Tuesday.",
        "The Chilean government caved in to the striking miners.",
        "Chancellor Angela Merkel bowed to pressure from the unions.",
    ):
        doc = read(text)
        assert events(doc, "CONCEDE"), text
        assert not events(doc, "SUPPORT"), text


def test_backing_a_party_is_still_support(read) -> None:
    doc = read("France backed the rebels on Monday.")
    assert events(doc, "SUPPORT") and not events(doc, "CONCEDE")


def test_a_plea_made_to_a_party_is_an_appeal(read) -> None:
    doc = read("Senator Elizabeth Warren made a plea to President Joe Biden on Friday.")
    assert any("Elizabeth Warren" in a for _, a, _ in events(doc, "REQUEST")), events(
        doc, "REQUEST"
    )


def test_a_guilty_plea_is_no_appeal(read) -> None:
    doc = read("John Smith entered a guilty plea on Friday, his lawyer Mary Jones said.")
    assert not events(doc, "REQUEST"), events(doc, "REQUEST")


def test_would_not_consider_a_proposal_rejects_it(read) -> None:
    doc = read("China would not consider the proposal from Japan, a spokesman said on Monday.")
    assert any("China" in a for _, a, _ in events(doc, "REJECT")), events(doc, "REJECT")


def test_considering_or_not_considering_without_a_modal_rejects_nothing(read) -> None:
    for text in (
        "China said it will consider the proposal from Japan.",
        "Doctors at the Mayo Clinic don't consider these triggers.",
    ):
        assert not events(read(text), "REJECT"), text


def test_regretting_ones_own_act_blames_no_one(read) -> None:
    for text in (
        "Prime Minister Boris Johnson said he regretted not calling an early election.",
        "President Joe Biden said on Friday that he regretted calling the senator a liar.",
    ):
        doc = read(text)
        assert not [e for e in doc.events if e.trigger.text == "regretted"], text


def test_regretting_anothers_act_is_still_disapproval(read) -> None:
    for text in (
        "President Joe Biden regretted that China had expelled the reporters.",
        "President Joe Biden regretted the Chinese government's decision to expel reporters.",
    ):
        doc = read(text)
        assert [e.cameo for e in doc.events if e.trigger.text == "regretted"] == ["110"], text


def test_the_own_act_regretted_is_no_act_reported(read) -> None:
    for text in (
        "The French president said he regretted not accepting the German chancellor's offer.",
        "President Macron said he regretted rejecting Germany's offer of aid.",
    ):
        doc = read(text)
        assert {e.plover for e in doc.events} <= {"AGREE"}, text  # the offer alone
    # the act itself, told with no regret, stays
    doc = read("The French president did not accept the German chancellor's offer of talks.")
    assert "CONCEDE" in {e.plover for e in doc.events}
